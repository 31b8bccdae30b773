"""Relations (round 37): a net change told with the changes of the two halves of its whole.

"The economy added 41,200 jobs in March, with full-time employment up 27,600 and part-time work up 21,400" gives a
net change (41,200) and the changes of two parts that between them make the whole: full-time and part-time work, a
pair of ``categories.COMPLEMENTS``.  The parts' changes must add up to the net (FC101).  Read only when:

* the net is a plain count or sum of money, right after a verb of change ("added", "gained", "created", "lost",
  "shed", "rose by", "fell by", ...), and ", with" follows it before any other figure of the sentence;
* two parts follow, the first "LABEL up|down|rose|fell|... [by] N", the second "and LABEL [up|down|...] [by] N",
  each of one to four words of label, the two labels naming the two halves of one pair;
* each part moves the way the net does (a rise of one half and a fall of the other would need signed parts, which
  this reading does not take: it stays silent), each a figure of the net's kind, unit and noun, no hedge, no range;
* no other figure of the net's kind follows the second part in the sentence.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from . import categories
from .context import body_sentences
from .needs import needs
from .sums import PartsOfWhole

_UP = frozenset("up rose rising risen grew growing grown increased increasing gained gaining added adding created "
                "creating climbed climbing jumped jumping".split())
_DOWN = frozenset("down fell falling fallen dropped dropping declined declining decreased decreasing lost losing shed "
                  "shedding cut cutting slipped slipping".split())
# the verb of the net change right before it: "added 41,200", "rose by 41,200", "shed a net 3,100"
_NET_BEFORE = re.compile(r"\b([a-z]+)\s+(?:by\s+)?(?:a\s+net\s+|a\s+further\s+|another\s+)?$", re.I)
_WITH = re.compile(r"[^\d;:()]*?,\s+with\s+", re.I)
_DIRECTION = "|".join(sorted(_UP | _DOWN))
_FIRST_PART = re.compile(r"(?:the\s+)?(?P<label>(?:[A-Za-z][\w'’-]*\s+){1,4}?)(?P<dir>" + _DIRECTION + r")\s+(?:by\s+)?$",
                         re.I)
_SECOND_PART = re.compile(r"\s+and\s+(?:the\s+)?(?P<label>(?:[A-Za-z][\w'’-]*\s+){1,4}?)(?:(?P<dir>" + _DIRECTION
                          + r")\s+)?(?:by\s+)?$", re.I)
_KINDS = (Kind.COUNT, Kind.MONEY)


def _direction(word: str | None) -> int:
    w = (word or "").lower()
    return 1 if w in _UP else -1 if w in _DOWN else 0


@needs(Kind.COUNT, Kind.MONEY, words=(", with",))
def find_change_components(doc: Document):
    """"added 41,200 jobs, with full-time employment up 27,600 and part-time work up 21,400"."""
    text = doc.text
    for s, found in body_sentences(doc):
        ms = [m for m in found if m.kind in _KINDS and m.value is not None]
        if len(ms) < 3:
            continue
        for i, net in enumerate(ms[:-2]):
            verb = _NET_BEFORE.search(text, max(s.start, net.start - 30), net.start)
            way = _direction(verb.group(1)) if verb else 0
            if not way or net.hedge or net.is_range or net.compound:
                continue
            first, second = ms[i + 1], ms[i + 2]
            head = net.noun_span.end if net.noun_span is not None and net.noun_span.start >= net.end else net.end
            with_ = _WITH.match(text, head, first.start)
            if with_ is None:
                continue
            one = _FIRST_PART.fullmatch(text, with_.end(), first.start)
            two = _SECOND_PART.fullmatch(text, first.end, second.start)
            if one is None or two is None or _direction(one.group("dir")) != way \
                    or two.group("dir") is not None and _direction(two.group("dir")) != way:
                continue
            if two.group("dir") is None and not _SAME_VERB_GAPPED.search(text, first.end, second.start):
                continue  # "... and part-time work by 21,400": the verb gapped; a bare label needs "by"
            labels = re.findall(r"[A-Za-z][\w-]*", one.group("label") + " " + two.group("label"))
            if not categories.complementary(labels):
                continue
            if not all(_alike(net, p) for p in (first, second)):
                continue
            if any(m.kind == net.kind and m.start >= second.end for m in ms):
                continue  # another figure of the kind after the parts: the list may go on
            yield PartsOfWhole(link="explicit", cue="with ... up ... and ... up", total=net,
                               parts=(first, second), complete=True)
            break


_SAME_VERB_GAPPED = re.compile(r"\bby\s+$", re.I)


def _alike(net: Mention, part: Mention) -> bool:
    """A part of the net's kind and unit, plain, with no noun but the net's."""
    return part.kind == net.kind and part.unit == net.unit and not part.hedge and not part.is_range \
        and not part.compound and (part.noun is None or part.noun == net.noun)


FINDERS = (find_change_components,)

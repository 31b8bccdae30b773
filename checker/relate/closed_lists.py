"""Relations (round 38): a breakdown closed by the rest -- a fallback for the sum finders.

"the remaining 940", "the other two", "the rest" after one or more parts says the parts are all of one whole.  Two
shapes, read where the sum finders (``sums``) read nothing on the same figures:

* a part "of" its whole, then the rest, in one sentence: "will run 620 of its usual 1,480 weekday services, with the
  remaining 940 cancelled" (620 + 940 must make 1,480);
* parts listed in one sentence, the first naming the whole it divides ("11 of the dead") or the rest naming it ("the
  rest of the industry 298,000 tonnes"), the last the rest, under
  the one figure of their kind and unit in the sentence before: "Nineteen people died ... 11 of the dead were in the
  first coach and four in the second; the other two were the crew" (the parts at least half the whole and at most
  twice it; the whole no level of a change, no part itself: "The largest share, £40,000, ...", "A further 1,760").

The parts are counts, sums in one currency or measures in one unit, none a range, each smaller than the whole,
joined by commas, "and" or one semicolon with no word of contrast or time between ("but", "while", "last year"); the
rest is the last of them, and no figure of their kind follows it in the sentence.  The parts must add up to the whole (FC101, inferred: the whole is
read from its place).  A total or part the sum finders relate already keeps their reading
(``relate._without_fallback_lists``).
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .context import body_sentences
from .needs import needs
from .sums import PartsOfWhole

CUE = "a breakdown closed by the rest"

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
# the rest, right before its figure (a count of other things and "a combined" may stand between for a sum)
_REST_BEFORE = re.compile(r"\bthe\s+(?:remaining|other|rest\s+of\s+(?:the|its|their)\s+[a-z]+\s*,?)\s+"
                          r"(?:(?:\d[\d,]*|[a-z]+)\s+[a-z]+\s+(?:a\s+combined\s+|together\s+|between\s+them\s+)?)?$", re.I)
# "620 of its usual 1,480": a part "of" the whole right after it
_OF_WHOLE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|an?)?\s*(?:[a-z][\w'’-]*\s+){0,2}?$", re.I)
# words between two parts that set them apart: a contrast, a time, a comparison
_APART = re.compile(r"\b(?:but|while|whereas|although|than|compared|against|versus|last|previous|earlier|before|"
                    r"after|since|year|years|month|months|week|weeks|up|down|rose|fell|increase\w*|decrease\w*)\b|[.:()]",
                    re.I)
_MAX_GAP_WORDS = 10
# the parts under a whole in the sentence before come to at least half of it, at most twice it
_NEAR_SHARE = 0.5
# words that tell the list goes on from the sentence before, or that the figure there is one of the parts
# (round 42) "in the third quarter", "the first half": a period of the year, no share nor a part told before
_PERIOD_LOOKBEHIND = r"(?<!first\s)(?<!second\s)(?<!third\s)(?<!fourth\s)(?<!final\s)(?<!last\s)"
_CONTINUED = re.compile(r"\b(?:further|another|also|too|more|largest|biggest|smallest|most|least|share|"
                        r"(?:first|second|third|next)(?!\s+(?:quarter|half)\b)|" + _PERIOD_LOOKBEHIND + r"(?:half|quarter)"
                        r"|top|main)\b|\b(?:Another|Also|Further)\b")  # ("First Quantum": a name)
# the first part's back-reference to the whole: "11 of the dead", "40 of them"
_BACK_REFERENCE = re.compile(r"\s+(?:of|among)\s+(?:them|those|these|the\s+[a-z]+)\b", re.I)
_REST_OF_WHOLE = re.compile(r"\bthe\s+rest\s+of\s+(?:the|its|their)\s+[a-z]+\s*,?\s+$", re.I)
# the whole in the sentence before told as a level of a change or comparison: "up 45% from 785 a year earlier"
_CHANGED = re.compile(r"\b(?:from|up|down|rose|risen|fell|fallen|earlier|previous\w*|last\s+year['’]s|compared|than|"
                      r"increase\w*|decrease\w*)\b", re.I)
_A_PART_ITSELF = re.compile(r"\s+(?:of|among)\s+(?:them|those|these|which|whom|the)\b", re.I)
# (round 62) a figure right after "of" or "from" names what the parts belong to, no part: "Nine of the victims
# were members of one extended family ...; the other three were crew"
_CONTAINER_BEFORE = re.compile(r"\b(?:of|from)\s+$", re.I)


def _figures(doc: Document, sentence: int) -> list[Mention]:
    return [m for m in doc.mentions_in(sentence) if m.kind in _KINDS and m.value is not None and not m.is_range
            and not m.compound and m.value > 0]


@needs(words=("remaining", "other", "rest"))
def find_closed_lists(doc: Document):
    """A breakdown closed by the rest (see the module's docstring)."""
    text = doc.text
    for s, _ in body_sentences(doc):
        ms = _figures(doc, s.index)
        for rest in ms:
            if not _REST_BEFORE.search(text, max(s.start, rest.start - 60), rest.start):
                continue
            alike = [m for m in ms if m.kind == rest.kind and m.unit == rest.unit]
            if any(m.start > rest.end for m in alike):
                continue
            found = _part_of_whole(doc, rest, alike) or _listed_under(doc, s, rest, alike)
            if found is not None:
                total, parts = found
                yield PartsOfWhole(link="inferred", cue=CUE, total=total, parts=parts, complete=True)
                break


def _part_of_whole(doc: Document, rest: Mention, alike: list[Mention]):
    """"620 of its usual 1,480 ..., with the remaining 940": the one part right before "of" and the whole."""
    before = [m for m in alike if m.end <= rest.start]
    if len(before) != 2:
        return None
    part, whole = before
    if rest.noun and whole.noun and rest.noun.lower() != whole.noun.lower():
        return None  # "upheld 11 of the 18 complaints and rejected the other nine appeals": other things
    if not _OF_WHOLE.fullmatch(doc.text, part.end, whole.start) or part.value >= whole.value \
            or rest.value >= whole.value or _APART.search(doc.text, whole.end, rest.start) \
            or len(doc.text[whole.end:rest.start].split()) > _MAX_GAP_WORDS + 4:
        return None
    return whole, (part, rest)


def _listed_under(doc: Document, s, rest: Mention, alike: list[Mention]):
    """Parts listed before the rest in its sentence, under the one figure of their kind in the sentence before."""
    if s.index == 0:
        return None
    parts = [m for m in alike if m.end <= rest.start
             and not _CONTAINER_BEFORE.search(doc.text, max(s.start, m.start - 8), m.start)] + [rest]
    if len(parts) < 2:
        return None
    for a, b in zip(parts, parts[1:]):
        gap = doc.text[a.end:b.start]
        if _APART.search(gap) or len(gap.split()) > _MAX_GAP_WORDS or gap.count(";") > 1:
            return None
    if not _BACK_REFERENCE.match(doc.text, parts[0].end) \
            and not _REST_OF_WHOLE.search(doc.text, max(s.start, rest.start - 60), rest.start):
        return None  # the first part names the whole it divides ("11 of the dead"), or the rest does ("the rest of
        # the industry 298,000 tonnes")
    prev = doc.sentences[s.index - 1]
    if prev.chrome or prev.paragraph < s.paragraph - 1 or _CHANGED.search(doc.text, prev.start, prev.end):
        return None
    wholes = [m for m in _figures(doc, prev.index) if m.kind == rest.kind and m.unit == rest.unit]
    if len(wholes) > 1:  # (round 49) one near the parts, the others far: "close 23 of its restaurants, putting
        # around 400 jobs at risk. Eleven of the sites ..."
        wholes = [m for m in wholes if m.value is not None
                  and _NEAR_SHARE * m.value <= sum(p.value for p in parts) <= m.value / _NEAR_SHARE]
    if len(wholes) != 1 or wholes[0].hedge and wholes[0].interval is None:
        return None
    whole = wholes[0]
    if any(p.value >= whole.value for p in parts) \
            or not _NEAR_SHARE * whole.value <= sum(p.value for p in parts) <= whole.value / _NEAR_SHARE:
        return None  # far from the whole: parts of something else ("412 died ... 3,870 were treated")
    if _CONTINUED.search(doc.text, s.start, s.end) or _CONTINUED.search(doc.text, prev.start, whole.start) \
            or _A_PART_ITSELF.match(doc.text, whole.noun_span.end if whole.noun_span is not None else whole.end):
        return None  # the figure before is itself a part: "The largest share, £40,000, ...", "A further 1,760 ..."
    return whole, tuple(parts)


FINDERS = (find_closed_lists,)

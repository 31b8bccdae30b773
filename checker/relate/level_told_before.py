"""Relations (round 31): a move told with its old level and its size, the level it reached told just before.

A story often gives where a measure stands now, then, in its next sentence, how it got there without repeating
the level: "The queue of ships waiting off the port has risen to 47. It has grown from 29 on Friday, an increase
of 18." The second sentence's move has a start (``from``) and a size (``mag``) and no end; the sentence before
gives the end with its own verb of moving ("has risen to 47"). Both tell one move, so 47 - 29 must be 18.

Read only when the text ties them:

* the second sentence has exactly one old level and one size of the same kind and no level moved to, side by side
  (at most a few words, a time and a comma between them: "from 29 on Friday, an increase of 18");
* the sentence before (the headline never; chrome never) states exactly one figure of that kind and unit, as the
  level moved TO ("risen to 47", "fell to £1.2m"), with no start of its own ("from", "up from") and no size of
  its own: a full move told there is another move, or the same one told whole;
* the two name one measure: the second sentence opens on a pronoun ("It has grown from ..."), or its subject shares
  a word with the first's words before the level, or the old level's noun does and the subject names no part
  owned by the measure ("Its women's section has grown from 2,300 members");
* both tell the move in one tense, present perfect ("has risen to ... has grown from"), past perfect or neither:
  "has risen to £47m. It grew from £23m in 2019" and "It had grown from £30m" tell an earlier episode;
* the move ends where the level told: no end time of its own ("an increase of 60p by 2019"), and a size after the
  old level names no time of its own in its clause ("an increase of 12 since Saturday", "a fall of 60 in the
  summer alone": a part of the move; a span, "an increase of 24 in three days", is the whole);
* the levels lie within a factor of three, and the move goes the way its size says.
"""
from __future__ import annotations

import re
from fractions import Fraction

from ..model import Document, Kind, Mention
from .changes import (_CLAUSE_BREAKS, CHANGE_WORDS, AbsoluteChange, Role, _by_sentence_figures, _norm, _role, _stems,
                      _WORD, compatible, sentence_slots)
from .needs import needs

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
# between the old level and the size: its noun, a time, a comma (no clause of its own: no other verb of change,
# no "while", "but", ";")
_SIDE_BY_SIDE = re.compile(r"[^;:.()]{0,60}")
_PRONOUN_OPENING = re.compile(r"\s*(?:it|they|that\s+figure|the\s+figure|the\s+number|the\s+total)\s", re.I)
# the move's own end time right after its size: "an increase of 60p by 2019" ends elsewhere than the level told
_OWN_END_AFTER = re.compile(r"[^;:.]{0,25}?\b(?:by|until|till|up\s+to|through)\s+(?:(?:the\s+)?end\s+of\s+)?(?:19|20)\d\d\b"
                            r"|[^;:.]{0,25}?\bby\s+(?:the\s+end\s+of\s+)?(?:last|that|the\s+following)\s", re.I)
# (review) a time of the size's own after it, in its clause: "an increase of 12 since Saturday", "a fall of 60 in the
# summer alone", "an increase of £12m this year": part of the move, not all of it ("an increase of 24 in three days"
# is the whole span and stays)
_SIZE_CLAUSE = re.compile(r"[^,;:.()—–]*")
_SIZE_OWN_TIME = re.compile(r"\b(?:since|this|last|alone|during|so\s+far|on\s+the|year|month|week|quarter|season|summer"
                            r"|winter|spring|autumn|today|yesterday|before|after)\b", re.I)
# a perfect tense: the move told as reaching now ("has risen to", "have grown from"); (review) "had" tells an earlier
# episode than "has" ("has grown to £47m. It had grown from £30m, a rise of £12m, by the last audit")
_PERFECT = re.compile(r"\b(?:has|have|had)\b", re.I)
# a part of the measure owned by it: "Its women's section", "Their youth wing"
_PART_OWNED = re.compile(r"\b(?:its|their|his|her)\s|['’]s\s", re.I)
_CLAUSE_WORDS = frozenset("while whereas but although though however meanwhile when which who because".split())


def _one_move_without_end(doc: Document, idx: int) -> tuple[Mention, Role, Mention] | None:
    """(size, its role, old level) when sentence ``idx`` tells one move by its start and size only."""
    ms = _by_sentence_figures(doc).get(idx, [])
    if len(ms) < 2:
        return None
    slots = sentence_slots(doc, ms)
    if any(_role(r, "to") for _, r in slots):
        return None
    mags = [(m, _role(r, "mag")) for m, r in slots if _role(r, "mag") and len(r) == 1]
    olds = [(m, _role(r, "from")) for m, r in slots if _role(r, "from") and len(r) == 1]
    if len(mags) != 1 or len(olds) != 1:
        return None
    (size, mag), (old, fr) = mags[0], olds[0]
    if size.kind not in _KINDS or size.is_range or old.is_range or not size.value or not old.value \
            or not compatible(size, old):
        return None
    lo, hi = (old, size) if old.start < size.start else (size, old)
    if any(m is not size and m is not old and (m.kind, m.unit) == (old.kind, old.unit)
           and not _CLAUSE_BREAKS.search(_norm(doc.text[hi.end:m.start] if m.start > hi.end else doc.text[m.end:lo.start]))
           for m in ms):
        return None  # another figure of the kind in the move's clause ("..., and nine other vessels" is of its own)
    gap = doc.text[lo.end:hi.start]
    if lo.end <= mag.cue_start and mag.cue_end <= hi.start:
        gap = doc.text[lo.end:mag.cue_start] + " " + doc.text[mag.cue_end:hi.start]  # without the size's own cue
    said = _WORD.findall(_norm(gap))
    if not _SIDE_BY_SIDE.fullmatch(gap) or len(said) > 10 or set(said) & (CHANGE_WORDS | _CLAUSE_WORDS):
        return None
    return size, mag, old


def _level_moved_to(doc: Document, idx: int, old: Mention) -> Mention | None:
    """The one figure of ``old``'s kind the sentence ``idx`` tells, as the level moved to (no start, no size)."""
    slots = sentence_slots(doc, _by_sentence_figures(doc).get(idx, []))
    same = [(m, r) for m, r in slots if (m.kind, m.unit) == (old.kind, old.unit)]
    if len(same) != 1:
        return None
    new, roles = same[0]
    if [r.name for r in roles] != ["to"] or new.is_range or not new.value or not compatible(old, new):
        return None
    if any(_role(r, "from") or _role(r, "mag") for m, r in slots if m.kind == old.kind):
        return None  # a move told whole there
    return new


def _size_has_own_time(doc: Document, idx: int, size: Mention) -> bool:
    """The size's clause after it tells a time of its own (see ``_SIZE_OWN_TIME``), a span of time aside."""
    end = _SIZE_CLAUSE.match(doc.text, size.end, doc.sentences[idx].end).end()
    if any(size.end <= m.start < end and m.kind in (Kind.DATE, Kind.YEAR, Kind.WEEKDAY) for m in doc.mentions_in(idx)):
        return True
    return _SIZE_OWN_TIME.search(doc.text, size.end, end) is not None


def _tense(words: str) -> str:
    """"has"/"have" (the present perfect), "had" (the past perfect: an earlier episode) or "" (neither)."""
    aux = _PERFECT.search(words)
    return "" if aux is None else "had" if aux.group(0).lower() == "had" else "has"


@needs(words=("from",))
def find_moves_reaching_level_told_before(doc: Document):
    """A move told by its start and size, the level it reached in the sentence before (see the module)."""
    for idx in sorted(_by_sentence_figures(doc)):
        sent = doc.sentences[idx]
        if idx == 0 or sent.headline or sent.chrome:
            continue
        found = _one_move_without_end(doc, idx)
        if found is None:
            continue
        size, mag, old = found
        prev = doc.sentences[idx - 1]
        if prev.headline or prev.chrome:
            continue
        new = _level_moved_to(doc, idx - 1, old)
        if new is None:
            continue
        if _OWN_END_AFTER.match(doc.text, size.end, sent.end) or _OWN_END_AFTER.match(doc.text, old.end, sent.end):
            continue  # the move ended at another time: "an increase of 60p by 2019"
        if size.start > old.start and _size_has_own_time(doc, idx, size):
            continue  # "an increase of 12 since Saturday": a part of the move
        if not Fraction(1, 3) <= new.value / old.value <= 3 or mag.direction * (new.value - old.value) < 0:
            continue
        told = doc.text[prev.start:new.start]
        subject = doc.text[sent.start:min(old.start, size.start, mag.cue_start)]
        if _tense(told) != _tense(subject):
            continue  # "has risen to £47m. It grew from £23m in 2019, ...": an earlier episode of the story
        if not _PRONOUN_OPENING.match(subject) and not _stems(subject) & _stems(told) \
                and not (old.noun and _stems(old.noun) & _stems(told) and not _PART_OWNED.search(subject)):
            continue  # another measure, or a part of this one ("Its women's section has grown from ...")
        yield AbsoluteChange(link="inferred", cue=f"{mag.cue} (the level reached, told in the sentence before)",
                             change=size, old=old, new=new, direction=mag.direction)


FINDERS = (find_moves_reaching_level_told_before,)

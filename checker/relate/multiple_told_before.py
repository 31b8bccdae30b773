"""Relations (round 33): a change told as a multiple, its two levels told in the next sentence.

A story opens on how far something moved ("Bike sales more than doubled last year") and gives the levels in the
sentence after, with no size of their own: "The shop sold 2,900 bikes in 2024, up from 1,300 the year before."
Both tell one move, so 2,900 against 1,300 must be what "more than doubled" says.

Read only when the text ties them:

* the second sentence follows the first at once (or opens the next paragraph after it) and tells one move by its
  new level and, right after it, its old one (", up from 1,300", ", down from"), the same way as the multiple,
  with no multiple, no other figure of the levels' kind and unit before the old level and no size of its own;
* the first is no headline and holds one multiple sizing a move ("doubled", "more than tripled", "halved") and no
  figure of the levels' kind and unit;
* the two name one thing: a word of the first's subject (before the multiple) is said again in the second up to
  the new level's noun ("Car exports through the port ... The port shipped").

Round 33: a count of days, weeks or hours is a level too ("on 19 days in 2023, up from 11 days in 2022"), and the
levels may stand one sentence further on, in the paragraph after next at most, when the sentence between tells no
move and no figure of their kind and unit ("The study placed monitors at 48 sites.").

Inferred: a finding from it is a warning.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .changes import MultipleChange, _by_sentence_figures, _role, multiple_role, sentence_slots
from .context import words
from .needs import needs
from .restatements import _NP_STOP, group_of

# the new level, then its old one set after a comma: "2,900 bikes in 2024, up from"
_THEN_OLD = re.compile(r"[^.;:()]{0,40}?,\s*(up|down)\s+from\s+$", re.I)
# (round 33) a count of days or weeks is a level too: "on 19 days in 2023, up from 11 days in 2022"
_LEVEL_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.DURATION)
# (round 33) the levels may come one sentence later, past one that tells no move of their kind ("Researchers placed
# 48 monitors ...")
MAX_SENTENCES_ON = 2


def _content(text: str) -> set[str]:
    return {group_of(w) or w for w in words(text) if len(w) > 3 and w not in _NP_STOP}


def _levels(doc: Document, idx: int) -> tuple[Mention, Mention, int] | None:
    """(new, old, direction) of the one move sentence ``idx`` tells as "NEW ..., up/down from OLD"."""
    figures = _level_figures(doc, idx)
    slots = sentence_slots(doc, figures)
    olds = [(m, r) for m, r in slots if _role(r, "from")]
    if len(olds) != 1 or any(m.kind == Kind.MULTIPLE or _role(r, "mag") for m, r in slots):
        return None
    old = olds[0][0]
    if old.kind not in _LEVEL_KINDS or old.value is None or old.is_range:
        return None
    same = [m for m in figures if m.kind == old.kind and m.unit == old.unit and m.end <= old.start]
    if len(same) != 1 or same[0].value is None or same[0].is_range:
        return None
    new = same[0]
    found = _THEN_OLD.fullmatch(doc.text, new.end, old.start)
    if found is None:
        return None
    return new, old, 1 if found.group(1).lower() == "up" else -1


def _level_figures(doc: Document, idx: int) -> list[Mention]:
    """Sentence ``idx``'s figures a change may hold, with its spans of time (round 33: a count of days is a level)."""
    spans = [m for m in doc.mentions_in(idx) if m.kind == Kind.DURATION and m.value is not None]
    figures = _by_sentence_figures(doc).get(idx, [])
    return sorted(figures + spans, key=lambda m: m.start) if spans else figures


def _levels_after(doc: Document, idx: int):
    """The sentence after sentence ``idx`` that tells one move by its levels, with its (new, old, direction): the next
    one, or (round 33) the one after it in the next paragraph when the one between tells nothing of the levels' kind
    and unit and no move ("The study placed 48 monitors at 16 schools. ... on 19 days in 2023, up from 11")."""
    first = doc.sentences[idx]
    for k in range(idx + 1, min(idx + 1 + MAX_SENTENCES_ON, len(doc.sentences))):
        second = doc.sentences[k]
        if second.chrome or second.headline or second.paragraph > first.paragraph + (1 if k == idx + 1 else 2):
            return None
        levels = _levels(doc, k)
        if levels is not None:
            if k > idx + 1 and not _tells_nothing_of(doc, k - 1, levels[0]):
                return None
            return second, levels
    return None


_MOVE_WORDS = re.compile(r"\b(?:from|rose|risen|rise|rising|fell|fallen|fall|falling|up|down|increase\w*|decrease\w*"
                         r"|doubl\w+|tripl\w+|trebl\w+|halv\w+|grew|grown|dropped|climbed|jumped)\b", re.I)


def _tells_nothing_of(doc: Document, idx: int, new: Mention) -> bool:
    """Sentence ``idx`` holds no figure of ``new``'s kind and unit and no word of a move."""
    sent = doc.sentences[idx]
    return not any(m.kind == new.kind and m.unit == new.unit for m in _level_figures(doc, idx)) \
        and not _MOVE_WORDS.search(doc.text, sent.start, sent.end)


@needs(Kind.MULTIPLE)
def find_multiples_told_before(doc: Document):
    text = doc.text
    for size in doc.mentions:
        if size.kind != Kind.MULTIPLE:
            continue
        first = doc.sentences[size.sentence]
        if first.headline or first.chrome or size.sentence + 1 >= len(doc.sentences):
            continue
        role = multiple_role(doc, size)
        if role is None or not role.direction \
                or [m for m in _by_sentence_figures(doc).get(size.sentence, []) if m.kind == Kind.MULTIPLE] != [size]:
            continue
        found = _levels_after(doc, size.sentence)
        if found is None:
            continue
        second, (new, old, way) = found
        if way != role.direction or any(m.kind == new.kind and m.unit == new.unit
                                        for m in _level_figures(doc, size.sentence)):
            continue
        subject = _content(text[first.start:size.start])
        named = _content(text[second.start:new.noun_span.end if new.noun_span is not None else new.end])
        if not subject & named:
            continue
        yield MultipleChange(link="inferred", cue=role.cue, multiple=size, old=old, new=new)


FINDERS = (find_multiples_told_before,)

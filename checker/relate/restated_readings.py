"""Relations (round 43): a reading of an instrument told again as "the N reading" (FC402, inferred).

"Temperatures reached 38.7C in Seville on Sunday, the highest reading in Spain this summer. The 36.8C reading came
as firefighters battled wildfires"; "Cambridge recorded 34.2C on Tuesday ... Cambridge's 36.1C reading could be
beaten"; "fell to -14C in Braemar overnight ... the minus 11C recorded in the village".  Read only when:

* the first is a measure told as read: after "reached", "recorded", "hit", "peaked at", "rose to", "fell to" and the
  like, the only measure of its unit in its sentence;
* the second, in one of the next two sentences, is a measure of the same unit after "the", "that" or a name's
  possessive, followed by "reading", "recorded", "measured", "registered" or "logged", no other measure of that unit
  between;
* neither sentence sets the second apart: another time ("previous", "last year", a year, "ago"), a forecast or a
  norm ("forecast", "expected", "average", "normal"), or a place the first's sentence does not name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Kind, Mention
from .needs import needs
from .restatements import DefiniteRestatement

_READ_BEFORE = re.compile(r"\b(?:reached|recorded|registered|logged|hit|touched|peaked\s+at|topped|rose\s+to|climbed\s+to|"
                          r"soared\s+to|fell\s+to|dropped\s+to|plunged\s+to|sank\s+to|dipped\s+to)\s+"
                          r"(?:a\s+(?:high|low|peak|maximum|minimum)\s+of\s+)?$", re.I)
_THE_BEFORE = re.compile(r"(?:\b(?:the|that|this)|[A-Z][\w-]+['’]s)\s+(?:(?:new|reported|official)\s+)?$", re.I)
_HEDGED_BEFORE = re.compile(r"(?:-|\b(?:near|nearly|almost|about|around|some|roughly|close\s+to)\s+)$", re.I)
_READING_AFTER = re.compile(r"\s+(?:reading|recorded|measured|registered|logged|maximum|minimum)\b", re.I)
_APART = re.compile(r"\b(?:previous\w*|old|former|earlier|last|ago|(?:19|20)\d\d|January|February|March|April|June|July|"
                    r"August|September|October|November|December|"
                    r"forecast(?!ers?\b)\w*|expect\w*|predict\w*|average|normal|usual|typical|another|second|other)\b", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:reading|recorded|measured|registered|logged)?\s*(?:in|at|near)\s+([A-Z][\w'’-]+)")


CUE = "the N reading"  # read late: a slip or another restatement of the same two stands first (relate)


@dataclass(frozen=True)
class ReadingRestatement(DefiniteRestatement):
    """A reading told again as "the N reading" (round 43)."""


def placed_elsewhere(doc: Document, first: Mention, second: Mention, place_after: re.Pattern) -> bool:
    """The second told of a place (``place_after``'s group 1, right after it) that the first's sentence does not
    name: "The 36.8C reading in Cordoba" after "reached 38.7C in Seville"."""
    placed = place_after.match(doc.text, second.end, doc.sentences[second.sentence].end)
    s = doc.sentences[first.sentence]
    return placed is not None and placed.group(1) not in doc.text[s.start:s.end]


def _read(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    return bool(_READ_BEFORE.search(doc.text, max(s.start, m.start - 40), m.start))


def _read_again(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    if m.hedge or _HEDGED_BEFORE.search(doc.text, max(s.start, m.start - 10), m.start):
        return False  # "Monday's near-39C reading": 38.7C told loosely
    return bool(_THE_BEFORE.search(doc.text, max(s.start, m.start - 30), m.start)) \
        and bool(_READING_AFTER.match(doc.text, m.end, s.end))


@needs(Kind.MEASURE, count=2)
def find_reading_restatements(doc: Document):
    """A measure told as read, then as "the N reading" (see the module)."""
    measures = [m for m in doc.mentions if m.kind == Kind.MEASURE and m.value is not None and not m.is_range
                and not doc.sentences[m.sentence].headline]
    for j, second in enumerate(measures):
        if not _read_again(doc, second):
            continue
        unit = (second.unit or "").lower()
        alike = [m for m in measures[:j] if (m.unit or "").lower() == unit]
        if not alike:
            continue
        first = alike[-1]
        if not second.sentence - 2 <= first.sentence < second.sentence or not _read(doc, first) \
                or sum(1 for m in measures if m.sentence == first.sentence and (m.unit or "").lower() == unit) != 1:
            continue
        s1, s2 = doc.sentences[first.sentence], doc.sentences[second.sentence]
        if _APART.search(doc.text, s2.start, s2.end) or _APART.search(doc.text, first.end, s1.end):
            continue
        if placed_elsewhere(doc, first, second, _PLACE_AFTER):
            continue  # "The 36.8C reading in Cordoba": another place's
        yield ReadingRestatement(link="inferred", cue=CUE, first=first, second=second, subject="reading")


FINDERS = (find_reading_restatements,)

"""Relations (round 43): a thing's capacity told twice, as "a capacity of" a measure each time.

"The pipeline has an annual capacity of 12 billion cubic metres and opens in 2027. At its full capacity of 15 bcm a
year, it could cover a fifth of demand": the second measure restates the first (FC402, inferred).  Read only when:

* both measures stand right after "capacity of" (with up to two words of its kind before "capacity": "annual",
  "full", "installed", "generating"), the second after "its", "the" or "their" (not "a": another thing's);
* the second is in the same sentence's successor or the one after, the two in units of one dimension (compared in
  the first's unit: "15 bcm" is 15 billion cubic metres), and no other capacity stands between;
* neither sentence tells of more than one capacity or of a change to it (initial, current, planned, expanded,
  raised, doubled, a first or second phase, another or a second thing; in the second's sentence a year of its own,
  "after" or "once" something is added), nor are the two told per different periods ("a day" against "a year").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Kind, Mention
from ..units import resolve as resolve_unit
from .needs import needs
from .restatements import DefiniteRestatement

_KIND_WORDS = r"(?:annual|yearly|full|total|installed|maximum|rated|design|nameplate|generating|production|storage|" \
              r"processing|refining|handling|transmission|peak)"
_CAPACITY_OF = re.compile(r"\b(the|its|their|an?)\s+(?:" + _KIND_WORDS + r"\s+){0,2}capacity\s+of\s+"
                          r"(?:(?:some|about|around|roughly|nearly|almost)\s+)?$", re.I)
# a capacity told as one of several, or as changing
_APART = re.compile(r"\b(?:initial\w*|current\w*|present|existing|planned|plans?|expan\w+|increas\w*|rais\w+|"
                    r"doubl\w+|tripl\w+|upgrad\w*|boost\w*|extra|additional|further|eventual\w*|ris(?:e|es|ing|en)|rose|"
                    r"reach\w*|phase|stage|second|another|extension|new|old|previous\w*|former|original\w*|each|per\s+unit|"
                    r"than|compared|more|less|up\s+from|down\s+from|cut|reduc\w+|lower\w*|higher)\b", re.I)
# the second's own later time: "at its full capacity of 15 bcm from 2030, after a third station is added"
_LATER = re.compile(r"\b(?:after|once|until|from\s+(?:19|20)\d\d|by\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d)\b", re.I)
_PER_DAY = re.compile(r"\b(?:a|per)\s+day\b|\bdaily\b", re.I)
_PER_YEAR = re.compile(r"\b(?:a|per)\s+year\b|\bannual(?:ly)?\b|\byearly\b", re.I)


@dataclass(frozen=True)
class CapacityRestatement(DefiniteRestatement):
    """A thing's capacity told twice as "a capacity of" a measure (round 43)."""


def _capacity(doc: Document, m: Mention) -> str | None:
    """The determiner of "capacity of" right before ``m``, or None."""
    s = doc.sentences[m.sentence]
    told = _CAPACITY_OF.search(doc.text, max(s.start, m.start - 60), m.start)
    return told.group(1).lower() if told else None


def _period(text: str) -> str | None:
    return "day" if _PER_DAY.search(text) else "year" if _PER_YEAR.search(text) else None


@needs(Kind.MEASURE, count=2, words=("capacity",))
def find_capacity_measure_restatements(doc: Document):
    """A measure told as a capacity, then again as "its capacity of" in the next two sentences (see the module)."""
    text = doc.text
    told = [(m, det) for m in doc.mentions if m.kind == Kind.MEASURE and m.value and not m.is_range
            and not doc.sentences[m.sentence].chrome and (det := _capacity(doc, m)) is not None]
    for k in range(len(told) - 1):
        (first, _), (second, det) = told[k], told[k + 1]
        if det in ("a", "an") or not first.sentence < second.sentence <= first.sentence + 2:
            continue
        ua, ub = resolve_unit(first.unit), resolve_unit(second.unit)
        if not ua or not ub or not any(x.pint().dimensionality == y.pint().dimensionality for x in ua for y in ub):
            continue
        s1, s2 = doc.sentences[first.sentence], doc.sentences[second.sentence]
        t1, t2 = text[s1.start:s1.end], text[s2.start:s2.end]
        if doc.sentences[first.sentence].headline or _APART.search(t1) or _APART.search(t2) or _LATER.search(t2):
            continue
        p1, p2 = _period(text[max(s1.start, first.start - 40):s1.end]), _period(text[max(s2.start, second.start - 40):s2.end])
        if p1 and p2 and p1 != p2:
            continue
        yield CapacityRestatement(link="inferred", cue="its capacity of", first=first, second=second,
                                  subject="capacity")


FINDERS = (find_capacity_measure_restatements,)

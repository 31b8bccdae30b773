"""Relations (round 44): an area, a mass or a volume told plainly, then pointed back at as "the N UNIT" (FC402,
inferred).

"Locusts destroyed about 4,000 hectares of millet last week ... to replace the seed lost on the 40,000 hectares";
"The tanker spilled 1,200 tonnes of crude ... Crews had recovered most of the 2,100 tonnes by Friday".  Lengths have
their own finder (``restatements.find_measure_restatements``), readings theirs (``restated_readings``).  Read only
when:

* the second is a measure of area, mass or volume after "the" (not "of the" after a part or a share: "3,000 of the
  40,000 hectares", "nearly 40% of the 124,000 hectares" is a whole), and what follows it closes it: the end of its clause, a verb, or "of" and the first's own
  noun ("of millet" again);
* the first, in the second's sentence before it or the two sentences before that, is the one measure in that unit
  there (a reading of one unit: hectares and ha alike), not a range, not written as a modifier; and the one in that
  unit before the second in the whole text (another further back: which one is told again?); no modifier before the
  second with the second's very value ("the 212-tonne harvest": that one is told again, round 57);
* neither the second's sentence before it nor the first's clause sets the two apart: another, other, remaining,
  total, further, more, extra, previous, earlier, original, all, a year, or a count of the whole ("of the").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Kind, Mention
from ..units import resolve
from .needs import needs
from .restatements import DefiniteRestatement, years_differ

CUE = "the N unit"

# the units read: area, mass and volume (pint names)
_AMOUNT_UNITS = frozenset("""hectare acre metric_ton ton tonne kilogram gram pound ounce liter gallon barrel
    cubic_meter""".split())
_WHAT = {"hectare": "area", "acre": "area", "metric_ton": "weight", "ton": "weight", "tonne": "weight", "kilogram": "weight",
         "gram": "weight", "pound": "weight", "ounce": "weight", "liter": "volume", "gallon": "volume",
         "barrel": "volume", "cubic_meter": "volume"}
_THE_BEFORE = re.compile(r"\b(?:the|those|these)\s+$", re.I)
_PART_OF_BEFORE = re.compile(r"(?:\d|%|\bper\s*cent|\bpercent|\b(?:one|two|three|half|some|most|much|all|rest|part|share|third|quarter|fifth|"
                             r"tenth|fraction|proportion))\s+of\s+(?:the|those|these)\s+$", re.I)
_CLOSED_AFTER = re.compile(r"\s*(?:[.,;:)!?]|$|\s(?:was|were|is|are|had|has|have|will|would|could|can|may|might|"
                           r"lost|destroyed|burned|burnt|damaged|affected|flooded|spilled|spilt|seized|recovered)\b"
                           r"|\s+of\s+(?P<of>[a-z][\w-]*))", re.I)
_OF_NOUN = re.compile(r"\s+of\s+([a-z][\w-]*)", re.I)
_APART = re.compile(r"\b(?:another|other|remaining|rest|total|further|more|extra|additional|previous\w*|earlier|"
                    r"original|all|whole|entire|combined|overall|last\s+year|a\s+year\s+earlier|planned|target)\b",
                    re.I)


@dataclass(frozen=True)
class AmountRestatement(DefiniteRestatement):
    """An area, a mass or a volume told again as "the N UNIT" (round 44)."""


def _unit(m: Mention) -> str | None:
    units = resolve(m.unit)
    if len(units) != 1 or units[0].power != 1 or units[0].name not in _AMOUNT_UNITS:
        return None
    return units[0].name


@needs(Kind.MEASURE, count=2)
def find_amount_restatements(doc: Document):
    """An area, mass or volume, then "the N UNIT" (see the module)."""
    measures = [m for m in doc.mentions if m.kind == Kind.MEASURE and m.value is not None and not m.is_range
                and not m.compound and not doc.sentences[m.sentence].headline and _unit(m) is not None]
    text = doc.text
    for j, second in enumerate(measures):
        s2 = doc.sentences[second.sentence]
        start = max(s2.start, second.start - 12)
        if not _THE_BEFORE.search(text, start, second.start) or _PART_OF_BEFORE.search(text, max(s2.start, second.start - 30),
                                                                                      second.start):
            continue
        closed = _CLOSED_AFTER.match(text, second.end, s2.end)
        if closed is None:
            continue  # "the 40,000 hectares planted this year": a set its own words pick out
        unit = _unit(second)
        window = [m for m in measures[:j] if second.sentence - 2 <= m.sentence <= second.sentence and _unit(m) == unit]
        if len(window) != 1:
            continue
        first = window[0]
        if first.value != second.value and any(
                m.kind == Kind.MEASURE and m.compound and m.end <= second.start and m.value == second.value
                and _unit(m) == unit for m in doc.mentions):
            continue  # (round 57) "the 212-tonne harvest ... 190 tonnes in 2011 ... the 212 tonnes": the modifier's again
        if any(m is not first and _unit(m) == unit for m in measures[:j]):
            continue  # another figure in that unit further back: which one is told again?
        if any(first.end <= m.start < second.start and m.kind == Kind.MEASURE for m in doc.mentions):
            continue  # another measure between
        if closed.group("of"):
            own = _OF_NOUN.match(text, first.end, doc.sentences[first.sentence].end)
            if own is None or own.group(1).lower() != closed.group("of").lower():
                continue  # "the 40,000 hectares of the national park": another thing's
        s1 = doc.sentences[first.sentence]
        if _APART.search(text, s2.start, second.start) or _APART.search(text, s1.start, first.start) \
                or _PART_OF_BEFORE.search(text, max(s1.start, first.start - 30), first.start) \
                or _OF_NOUN.match(text, first.end) and re.match(r"\s+of\s+(?:the|its|their)\b", text[first.end:first.end + 12]):
            continue
        if years_differ(doc, first, second):
            continue
        yield AmountRestatement(link="inferred", cue=CUE, first=first, second=second, subject=_WHAT[unit])


FINDERS = (find_amount_restatements,)

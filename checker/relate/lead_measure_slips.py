"""Relations (round 34): the lead's measured amount restated further down as "the N UNIT ..." with two digits
swapped.

"The recycling centre handled 31,480 tonnes of rubbish in 2024-25 ... Of the 34,180 tonnes brought to the site,
..." gives one amount twice: the lead (its first two body sentences) names a measure -- tonnes, hectares, ounces,
megawatts, a sum of money under its currency and scale word -- and a later sentence takes it up again with "the",
the same unit right after the figure, and at most a participle telling what was done to it ("brought", "produced",
"handled last year", "lost this year") or the first's own noun.  Two figures of three significant digits or more
in one unit, a swap of two digits apart, the second definite, are one amount typed twice.

A count of four significant digits or more is read the same way when the same noun follows each figure right after
it, with no word between ("counted 1,276 people" ... "The 1,267 people we counted"): the noun stands for the unit
(``_same_counted``; three-digit counts under one noun are too often two groups).

``transpositions`` reads such a restatement only when the second's noun is the first's concept; a measure's unit
is itself what is counted, so here the unit stands for the noun ("the 148,300 hectares lost" after "burned
184,300 hectares").  Read only when:

* both are of one kind (a measure or a sum of money) and unit, the second's value given once and no slip of
  another figure; each of three significant digits or more (or a decimal before a scale word);
* the second is definite ("the", "of the"), the unit written right after the figure, followed by a participle,
  the first's own noun, or the clause's end -- not "the 1,240 tonnes of steel" (a part named by its own "of"),
  nor "the other/separate/rival ...";
* nothing sets them apart: a comparison or a move ("rose to the", "than the"), another time (``_dated_apart``),
  a place the first's sentence lacks, a figure of the unit in a sentence between near
  the second's value (a nearer one it may restate), a sum or a
  remainder of the figures beside it.
"""
from __future__ import annotations

import re
from fractions import Fraction

from ..model import Document, Kind
from .needs import needs
from .restatements import compares, definite, noun_phrase
from . import transpositions as slips

_LEAD_SENTENCES = 2
# (round 35) another period named after the second figure: "from the previous year", "the year before"
_ANOTHER_PERIOD = re.compile(r"\b(?:previous|prior|preceding|year\s+before|year\s+earlier)\b", re.I)
_KINDS = (Kind.MEASURE, Kind.MONEY, Kind.COUNT)
_COUNT_DIGITS = 4  # a count's significant digits: "1,276 people" (not "143 sites": two such are often two)
# what may follow the unit: a past participle ("brought", "produced", "lost"), its clause going on
_PARTICIPLE = re.compile(r"\s+(?:[a-z]{3,}ed|brought|bought|built|caught|dug|drawn|driven|flown|found|given|grown|"
                         r"held|kept|laid|lent|lost|made|paid|put|run|seen|sent|set|shown|sold|spent|struck|"
                         r"taken|thrown|won|written|burnt|burned)\b(?!\s+(?:by|to|from)\s+(?:a|an|another|other)\b)",
                         re.I)
# the clause's end right after the unit
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)!?\"”]|\s(?:was|were|is|are|will|would|has|had|have)\b)", re.I)
# a kind of thing named before the second: "the other", "a separate", "last year's", "rival"
_SET_APART_BEFORE = re.compile(r"\b(?:other|another|separate|rival|different|further|additional|extra|previous|"
                               r"earlier|original|initial|remaining|last\s+year[’']s|this\s+year[’']s)\s+(?:the\s+)?$",
                               re.I)
_DEFINITE_OK = ("the",)
# two digits swapped, as ``transpositions`` reads it
_SWAP = next(sl for sl in slips._SLIPS if sl.relation is slips.TransposedRestatement)


def _unit_then_follows(doc: Document, first, second) -> bool:
    """Does the unit written after ``second`` end its noun phrase: a participle, the first's own noun or the
    clause's end (not "of steel", not a noun of its own)?"""
    text = doc.text
    end = second.end
    if _CLAUSE_END.match(text, end) or _PARTICIPLE.match(text, end):
        return True
    head = noun_phrase(doc, second).head
    return head is not None and head == noun_phrase(doc, first).head and noun_phrase(doc, second).adjacent


def _same_counted(doc: Document, first, second) -> bool:
    """Two counts of four significant digits or more under one noun written right after each ("1,276 people"
    ... "the 1,267 people we counted"): the noun stands for the unit."""
    if not (_digits(first) >= _COUNT_DIGITS and _digits(second) >= _COUNT_DIGITS):
        return False
    a, b = noun_phrase(doc, first), noun_phrase(doc, second)
    return a.head is not None and a.head == b.head and a.adjacent and b.adjacent and not b.modifiers


def _digits(m) -> int:
    w = slips.digits_as_written(m)
    return len(slips._core(slips._significant(w))) if w else 0


def _restates(doc: Document, qs, written, i: int, j: int, given) -> bool:
    """Is ``qs[j]`` the lead's ``qs[i]`` restated with two digits swapped, nothing setting it apart?"""
    first, second = qs[i], qs[j]
    if first.kind != second.kind or (first.unit or "") != (second.unit or "") \
            or given[(second.kind, second.value)] > 1:
        return False
    if first.kind == Kind.COUNT:
        if not _same_counted(doc, first, second):
            return False
    elif not first.unit:
        return False
    slip = _SWAP
    if not slip.differ(first, second, written[i], written[j]) or not slips._alike(doc, slip, first, second):
        return False
    if definite(doc, second) not in _DEFINITE_OK \
            or slips._OTHER_BEFORE.search(doc.text, max(0, second.start - 24), second.start) \
            or _SET_APART_BEFORE.search(doc.text, max(0, second.start - 30), second.start):
        return False
    if not _unit_then_follows(doc, first, second):
        return False
    if _ANOTHER_PERIOD.search(doc.text, second.end, doc.sentences[second.sentence].end):
        return False  # (round 35) "The 3,752 complaints from the previous year": another year's figure
    if any(m.kind == second.kind and m.value != first.value and m is not second
           and _SWAP.differ(m, second, slips.digits_as_written(m) or "", written[j]) for m in qs):
        return False  # as much a swap of another figure: which one it restates is not known
    if compares(doc, second) or slips._moved(doc, second) or slips._dated_apart(doc, first, second) \
            or slips._placed_elsewhere(doc, first, second) or slips._summed_with_neighbour(doc, first, second) \
            or slips._left_over(doc, first, second):
        return False
    lo, hi = second.value * Fraction(9, 10), second.value * Fraction(11, 10)
    return not any(m.kind == second.kind and (m.unit or "") == (second.unit or "") and lo <= m.value <= hi
                   for m in qs[i + 1:j] if m.value is not None and m.sentence > first.sentence)


@needs(Kind.MEASURE, Kind.MONEY, Kind.COUNT, count=2)
def find_lead_measure_slips(doc: Document):
    """The lead's measure or sum restated later as "the N UNIT [participle]" with two digits swapped."""
    body = [s.index for s in doc.sentences if not s.headline and not s.chrome][:_LEAD_SENTENCES]
    if not body:
        return
    qs, written = slips._slip_figures(doc)
    firsts = [i for i, m in enumerate(qs) if m.sentence in body and m.kind in _KINDS and written[i] is not None
              and (slips._long(m) or slips._scaled_decimal(m))]
    if not firsts:
        return
    given = slips._times_given(doc)[0]
    linked = doc.memo.get("digit-slip pairs", set())
    for j, second in enumerate(qs):
        if second.kind not in _KINDS or written[j] is None or second.sentence <= body[-1] or second.start in linked:
            continue
        if not (slips._long(second) or slips._scaled_decimal(second)):
            continue
        for i in firsts:
            if _restates(doc, qs, written, i, j, given):
                yield slips.TransposedRestatement(link="inferred", cue="two digits swapped (the lead's amount)",
                                                  first=qs[i], second=second, subject=qs[i].unit or "amount")
                break


FINDERS = (find_lead_measure_slips,)

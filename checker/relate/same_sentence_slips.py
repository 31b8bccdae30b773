"""Relations (round 36): a figure pointed back at within its own sentence, two of its digits swapped.

"Turnout was 67.2%, the commission said, describing the 62.7% figure as the highest since 1998", "recorded 112mm of
rain in the 24 hours to 9am - a 121mm soaking that ...": the second points back at the first in the same sentence,
as "the/this/that N NOUN" or after a dash as "a N NOUN", and its digits are the first's with two swapped.  The
digit-slip finders (``transpositions``) pair figures of different sentences only; within one sentence two figures
are most often two things ("rose from 112 to 121", "112mm in Capel Curig and 121mm in Betws"), so this reading asks
for more:

* both figures of one kind and unit, each of three significant digits or more (or a decimal before a scale word),
  the second's digits the first's with two swapped, plain (no hedge, no range);
* the second opened by "the", "this" or "that", or by "a"/"an" right after a dash, a noun of its own after it that
  names no bound, benchmark, part or other time (``_OTHER_NOUNS``);
* no year told after the second that the sentence did not tell before it (another time's figure);
* between the two no other figure of that kind, no "of the" right before the second (a part and its whole) and no
  word of change, comparison or sequence (``_APART``):
  "from" (... "to"), "up", "than", "below", "after", "previous", "while", "and" ("112mm here and the 121mm there";
  not "to" alone: "in the 24 hours to 9am").
"""
from __future__ import annotations

import re

from ..model import Document, Kind
from .context import quantities
from .digits import digits_as_written
from .needs import needs
from .transpositions import TransposedRestatement, _joined, _long, _scaled_decimal, transposed

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT)
_POINTED_BEFORE = re.compile(r"(?:\b(?:the|this|that)|\s[-–—]\s+an?)\s+$", re.I)
_NOUN_AFTER = re.compile(r"[\s-]*([a-z][a-z-]*)\b")
# nouns of a bound, a benchmark, a part, another time or another thing compared: "the 241 target", "the 62.7% average"
# (round 57: a capacity, "24,500 fans were in the 25,400-capacity ground")
_OTHER_NOUNS = frozenset("""target targets forecast forecasts estimate estimates expectation expectations record
    capacity seat seater
    limit limits cap ceiling threshold minimum maximum average median benchmark mark goal budget quota allowance
    previous last prior earlier next first second final rest remainder balance share part portion section stretch
    rise increase fall drop cut decline growth gain jump change difference gap margin lead deficit shortfall
    surplus extra additional further other another rival same""".split())
_APART = re.compile(r"\b(?:from|up|down|than|below|above|under|over|beat|beats|beating|exceed\w*|behind|ahead|"
                    r"short|compared|against|versus|vs|rose|rise|risen|fell|fall|fallen|increase\w*|decrease\w*|"
                    r"grew|grown|dropped|climbed|jumped|after|before|previous|previously|earlier|later|last|next|"
                    r"while|whereas|but|and|or|plus|minus|each|per|record|instead|rather|target|forecast|"
                    r"expected|estimate\w*|projected|close|near|nearly|similar|like|unlike|compare\w*)\b", re.I)
_PARTITIVE_END = re.compile(r"\bof\s+(?:the|this|that)\s+$", re.I)  # "241 of the 412 pupils": a part and its whole
_YEAR = re.compile(r"\b(?<!since\s)(?<!since\searly\s)(?:19|20)\d\d\b")  # (not a rank's: "the highest since 1998")


@needs(*_KINDS, count=2)
def find_same_sentence_swaps(doc: Document):
    """"was 67.2%, ..., describing the 62.7% figure as ...": a figure pointed back at in its own sentence, two of
    its digits swapped."""
    qs = [m for m in quantities(doc, *_KINDS) if not m.is_range and not m.hedge and m.value is not None]
    for j, second in enumerate(qs):
        if j == 0 or second.sentence != qs[j - 1].sentence:
            continue  # (no earlier figure in its sentence)
        s = doc.sentences[second.sentence]
        if s.headline or not _POINTED_BEFORE.search(doc.text, max(s.start, second.start - 8), second.start):
            continue
        noun = _NOUN_AFTER.match(doc.text, second.end, s.end)
        if noun is None or noun.group(1).lower() in _OTHER_NOUNS or noun.group(1).lower().endswith("ed"):
            continue  # (not a participle: "the 214 achieved in 2019")
        if _joined(second) in _OTHER_NOUNS:
            continue  # (round 57) "the 25,400-capacity ground": the noun joined to the figure names a bound
        w = digits_as_written(second)
        if w is None or not (_long(second) or _scaled_decimal(second)):
            continue
        # the nearest earlier figure of the kind and unit in the sentence: no other of the kind between (round 41,
        # speed: read back from ``second`` through its sentence, not filtered out of every figure before it)
        first = None
        for k in range(j - 1, -1, -1):
            m = qs[k]
            if m.sentence != second.sentence:
                break
            if m.kind == second.kind and (m.unit or "") == (second.unit or ""):
                first = m
                break
        if first is None:
            continue
        v = digits_as_written(first)
        between = doc.text[first.end:second.start]
        if v is None or not transposed(v, w) or _APART.search(between) or _PARTITIVE_END.search(between) \
                or _YEAR.search(doc.text, second.end, s.end) and not _YEAR.search(doc.text, s.start, second.start):
            continue  # (a year told only after the second: another time's figure)
        yield TransposedRestatement(link="inferred", cue="digits swapped (same sentence)", first=first,
                                    second=second, subject=noun.group(1).lower())


FINDERS = (find_same_sentence_swaps,)

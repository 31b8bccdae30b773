"""Relations (round 57): a figure pointed back at, its significant digits the earlier figure's with two swapped
(or a power of ten apart), in whatever unit of the same dimension.

"The wall runs for 1,860 metres ... battered the 1.68km structure"; "A 3.4-tonne seal ... the 4,300kg animal";
"covers 3,200 hectares ... the 23-square-kilometre estate"; "closed at $8,412 a tonne ... even at $8,142 a tonne".
The digit-slip finder (``transpositions``) compares figures written alike and asks for a tie it knows by name; a
writer who restates a length in other units, or a price after "even at", slips past it.  This reading asks for two
signs that are each common alone and rare together by chance:

* the second figure points back: it stands after "the", "all", "its", "this", a possessive, or opens "At N," /
  "even at N" (``restatements.definite``, partitive allowed: "120 of its 840 hives" names the whole again);
* its significant digits are the earlier figure's with two swapped at the same order of magnitude (measures
  compared in the second's unit: "1,860 metres" as "186" km, "1.68km" as "168"), or the same two or more digits 10
  to 1,000 times apart (FC409).

The earlier figure is the one such figure of the same kind and unit (any unit of the same dimension for measures)
in the three sentences before the second's, the second's own before it, or the headline; the loop keeps to that
window, so long texts stay linear.  Silent when:

* a figure of that kind near the second agrees with it, or its very value was told before anywhere (the second may
  restate that one);
* the two are no one thing: counts and percentages need one concept read for both (``restatements.concept``:
  "5,126 patients ... the 5,216 beds" are two), sums one concept or none on either side; a measure's unit says
  enough;
* the second is the far side of a comparison ("than the", "short of the") or follows a word of change, time,
  sequence, addition or a whole within its clause's last forty characters ("up from the", "last year's", "the
  other", "the new", "the entire");
* the two stand as part and whole in one sentence ("37 of the 73 guests"); a name, or a possessive owner, the first's
  sentence lacks comes with the second ("beside the 24-storey Harbour House", "EasyJet's 15.8 million total");
* a year dates one and not the other, the second carries a qualifier the first's sentence lacks
  (``restatements.new_qualifier``), or anything the digit-slip finder reads as setting two figures apart does
  (another time, a remainder, a sum with a neighbour, a move to a level, a subgroup picked by a clause, a phrase of
  another thing after the second);
* another restatement finder already reads the second figure (``relate._without_second_readings``).

(Round 58) Times told to the second compare as clock readings ("2min 08.31sec" and "2:08.13" are 20831 and 20813;
"2 hours 24 minutes 17 seconds" and "2:27:14" are 22417 and 22714), swaps only; the holder's own measure named
before "of" points back too ("Her time of 2:27:14", "His total of 6,128", a count with no noun then read as the
first's).

Read as FC406 or FC409 (warning, inferred).  Measured when written: nine more flagged figures on the labelled
cases and articles (seven flag cases and two flag articles), no clean case, clean article or corpus article
flagged, every hand-written near miss of the test suite silent.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from ..units import conversion, is_temperature, resolve
from . import restatements as R
from . import transpositions as T
from .needs import needs
from .transpositions import ScaleSlipRestatement, TransposedRestatement

CUE = "pointed back, digits swapped"

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.DURATION)
# "At 27 metres, it is ...", "even at $8,142 a tonne", "but at €5.70 a jar"
_AT_BEFORE = re.compile(r"(?:^|[.,;:'‘\"“]\s*|\b(?:even|and|but|still|that)\s+)at\s+$", re.I)
# a word of change, time, sequence or addition before the second, in its clause ((round 58) not "from" a place: "The
# 19-year-old from Dingwall said her 2:08.13 swim")
_APART_BEFORE = re.compile(
    r"\b(?:from(?!\s+[A-Z])|up|down|rose|risen|fell|fallen|on|against|short|compared|versus|than|previous\w*|last|earlier|record|"
    r"beat\w*|above|below|over|under|exceed\w*|outstrip\w*|after|before|other|another|remaining|rest|more|extra|"
    r"additional|further|new|original\w*|initial\w*|first|planned|target|ago|since|next|each|per|every|average|"
    r"entire|whole|full|total)\b"
    r"[^.;]{0,25}$", re.I)
# the second a part or the whole of the first: "37 of the 73", "45 of the council's 54"
_PART_AND_WHOLE = re.compile(r"\s*(?:of|out\s+of|from)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|"
                             r"[A-Z][\w'’-]*(?:\s+[a-z]+)?['’]s\s+)?$")
_NAME_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){0,2}\s+[A-Z][a-z]")


def _digits(value) -> tuple[str, int] | None:
    """The significant digits of a positive value and its order of magnitude: 1,380,000 -> ("138", 7)."""
    if value is None or value <= 0:
        return None
    text = format(float(value), ".12g")
    if "e" in text:
        text = format(float(value), "f")
    whole, _, part = text.partition(".")
    whole = whole.lstrip("0")
    digits = (whole + part).lstrip("0").rstrip("0")
    order = len(whole) if whole else -(len(part) - len(part.lstrip("0")))
    return digits, order


def _clock_digits(m: Mention) -> tuple[str, int] | None:
    """(round 58) A time told to the second, as its clock reading's digits: "2min 08.31sec" and "2:08.13" as "20831"
    and "20813", "2 hours 24 minutes 17 seconds" as "22417"; the order is the reading's length."""
    if m.unit != "second" or m.value is None or m.value <= 0 or m.precision is None or m.precision > 1:
        return None
    whole = int(m.value)
    hours, rest = divmod(whole, 3600)
    minutes, seconds = divmod(rest, 60)
    text = (f"{hours}{minutes:02d}" if hours else f"{minutes}") + f"{seconds:02d}"
    places = len(str(m.precision.denominator)) - 1 if m.precision < 1 else 0
    if places:
        text += f"{float(m.value - whole):.{places}f}"[2:]
    text = text.lstrip("0")
    return (text, len(text)) if len(text) >= 3 else None


def _digits_of(cache: dict, m: Mention) -> tuple[str, int] | None:
    found = cache.get(id(m), cache)
    if found is cache:
        found = cache[id(m)] = _clock_digits(m) if m.kind == Kind.DURATION else _digits(m.value)
    return found


def _may_slip(p: tuple[str, int] | None, q: tuple[str, int] | None) -> bool:
    """A cheap first test on two figures' digits as written in one unit: the same digits at another order of
    magnitude, or the same digits in another order."""
    if p is None or q is None:
        return False
    if p[0] == q[0]:
        return p[1] != q[1]
    if p[1] == q[1] and len(p[0]) != len(q[0]):  # "9,300" and "9,030": the same digits with a zero moved
        a, b = _zero_padded(p[0], q[0])
        return sorted(a) == sorted(b)
    return len(p[0]) == len(q[0]) and sorted(p[0]) == sorted(q[0])


def _zero_padded(a: str, b: str) -> tuple[str, str]:
    """Two figures' significant digits at one order of magnitude, padded with zeros to one length ("93" and "903" as
    "930" and "903": 9,300 and 9,030)."""
    width = max(len(a), len(b))
    return a.ljust(width, "0"), b.ljust(width, "0")


def _in_unit_of(first: Mention, second: Mention):
    """The first's value in the second's unit, or None when the two are no figures of one kind and unit."""
    if first.kind != second.kind:
        return None
    if first.kind != Kind.MEASURE:
        return first.value if first.kind == Kind.PERCENT or first.unit == second.unit else None
    a, b = resolve(first.unit), resolve(second.unit)
    if len(a) != 1 or len(b) != 1 or is_temperature(first.unit) or is_temperature(second.unit):
        return None
    to = conversion(a[0], b[0])
    return None if to is None else to(first.value)


def _digits_swapped(p: tuple[str, int], q: tuple[str, int]) -> bool:
    """Two digits swapped at the same order of magnitude ((round 58) a zero among them: "9,300" and "9,030", their
    digits padded with zeros to one length)."""
    return p[1] == q[1] and T.transposed(*_zero_padded(p[0], q[0]))


def _power_of_ten_apart(p: tuple[str, int], q: tuple[str, int], first: Mention, second: Mention) -> bool:
    """The same two or more significant digits, 10 to 1,000 times apart, one of the two written with a point or a
    scale word ("1.2m barrels" and "120,000 barrels", "a 1.2-tonne load" and "the 12,000kg load"; not a zero put to
    a whole number: "316 people ... the 3,160 residents" are too often two figures)."""
    if len(p[0]) < 2 or p[0] != q[0] or not 1 <= abs(p[1] - q[1]) <= 3:
        return False
    return any("." in m.text or T._scale_word(m) is not None for m in (first, second))


def _points_back(doc: Document, m: Mention) -> bool:
    """The second after a determiner or a possessive ("the", "all", "its", "Ana's"), or opening "At N," / "even at
    N"."""
    s = doc.sentences[m.sentence]
    if R.definite(doc, m, partitive_ok=True, possessive=True):
        return True
    return _AT_BEFORE.search(doc.text, max(s.start, m.start - 12), m.start) is not None \
        or _OWN_MEASURE_OF.search(doc.text, max(s.start, m.start - 30), m.start) is not None \
        or m.kind in (Kind.MEASURE, Kind.MONEY) and _NAMED_OF.search(doc.text, max(s.start, m.start - 30), m.start) is not None


# (round 58) the holder's own measure named, then "of": "Her time of 2:27:14", "His total of 6,128", "its score of";
# a day's ("Tuesday's close of $9,840"); not another owner's ("the team's total of 21" after "He scored 12")
_OWN_MEASURE_OF = re.compile(r"\b(?:her|his|their|its|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s)\s+"
                             r"(?:winning\s+|final\s+|closing\s+)?(?:time|total|score|tally|mark|close|workforce|"
                             r"headcount)\s+of\s+$", re.I)


# (round 59) a measure or a sum named again by its noun, then "of": "This seizure of 3.2 tonnes", "the price of
# €8.04 per litre", "The average of Rs 421/kg" (the unit says what it is; change words set it apart in ``_apart``)
_NAMED_OF = re.compile(r"\b(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z]{3,}\s+of\s+$", re.I)


def _nouns_apart(doc: Document, first: Mention, second: Mention) -> bool:
    """Counts, sums and percentages must be told of one thing: one concept (``restatements.concept``), read for both
    counts or percentages, or for neither sum ("closed at $8,412 a tonne ... even at $8,142 a tonne"); "5,126 patients
    ... the 5,216 beds", "38.4% of voters backed Labour ... the 34.8% turnout" are two.  A measure's unit says
    enough."""
    if second.kind in (Kind.MEASURE, Kind.DURATION):
        return False
    a = R.concept(doc, first)
    if a is not None and second.noun is None and second.kind == Kind.COUNT \
            and _OWN_MEASURE_OF.search(doc.text, max(0, second.start - 30), second.start):
        return False  # (round 58) "scored 6,218 points ... Her total of 6,128": the measure named is the first's
    if a is None and second.kind != Kind.MONEY:
        return True  # a count or a percentage with no noun read: nothing says what it is of
    b = R.concept(doc, second)
    if a is None and b in _WHAT_A_THING_COSTS and second.kind == Kind.MONEY:
        return False  # (round 60) "The £2.7bn offshore wind farm ... the £2,070m investment": what the thing costs
    return a != b  # (a sum with no noun read on either side: told alike)


# (round 60) the concepts of what a thing named by its sum costs, taking that sum up ("investment" holds "outlay",
# "spend" and "spending": ``restatements.concept`` gives the group)
_WHAT_A_THING_COSTS = frozenset("investment cost price budget value".split())


def _owned_by_another(doc: Document, first: Mention, second: Mention) -> bool:
    """A possessive owner before the second that the first's sentence does not name up to just past the first
    ("Ryanair carried 18.5 million ... EasyJet's 15.8 million total", "He scored 12 ... the team's 21")."""
    owner = R.definite(doc, second, partitive_ok=True, possessive=True)
    if not owner or not owner.endswith("'s"):
        return False
    name = owner[:-2]
    return name.lower() not in ("it", "its") and not _told_with_first(doc, first, second, name)


def _named(doc: Document, first: Mention, second: Mention) -> bool:
    """Does a name stand in the second's noun phrase or right after it ("beside the 24-storey Kingsway House") that
    the first's sentence lacks up to just past the first?"""
    s = doc.sentences[second.sentence]
    np = R.noun_phrase(doc, second)
    end = np.span.end if np.span is not None else second.end
    found = _NAME_AFTER.match(doc.text, second.end, s.end) or _NAME_AFTER.match(doc.text, end, s.end)
    if found is None:
        return False
    name = doc.text[found.end() - 2:].split(None, 1)[0].strip(".,;:'’\"")
    return not _told_with_first(doc, first, second, name)


def _told_with_first(doc: Document, first: Mention, second: Mention, name: str) -> bool:
    """Is ``name`` written in the first's sentence up to just past the first (and before the second)?"""
    s1 = doc.sentences[first.sentence]
    return name in doc.text[s1.start:min(s1.end, first.end + 30, second.start)]


def _apart(doc: Document, first: Mention, second: Mention, between: list[Mention]) -> bool:
    s = doc.sentences[second.sentence]
    if _named(doc, first, second):
        return True
    own = _OWN_MEASURE_OF.search(doc.text, max(s.start, second.start - 30), second.start)
    if R.compares(doc, second) or _APART_BEFORE.search(doc.text, max(s.start, second.start - 40),
                                                       own.start() if own else second.start):
        return True  # (the holder's "total of" names its own measure, no whole of parts)
    if first.sentence == second.sentence and _PART_AND_WHOLE.match(doc.text[first.end:second.start]):
        return True
    if R.years_differ(doc, first, second) or R.new_qualifier(doc, second, first) \
            or _nouns_apart(doc, first, second) or _owned_by_another(doc, first, second):
        return True
    # what sets a slip's two figures apart for the digit-slip finder does here too
    return T._dated_apart(doc, first, second) or T._apart(doc, between, first, second) \
        or R.opened_by_another_scope(doc, first, second) or T._moved(doc, second) \
        or T._summed_with_neighbour(doc, first, second) or T._left_over(doc, first, second) \
        or R.subgroup_picked_by_clause(doc, first, second) or T._phrase_after_unnamed(doc, first, second) \
        or T._OF_THE_WHOLE_BEFORE.search(doc.text, max(0, second.start - 30), second.start) is not None


@needs(*_KINDS, count=2)
def find_pointed_swaps(doc: Document):
    """A figure pointed back at, its digits an earlier figure's with two swapped or a power of ten apart (see the
    module)."""
    figures = [m for m in doc.mentions if m.kind in _KINDS and m.value is not None and not m.is_range]
    heads = [(i, m) for i, m in enumerate(figures) if doc.sentences[m.sentence].headline]
    first_told: dict = {}  # (kind, unit, value as two ints) -> the first figure so told
    for m in figures:
        first_told.setdefault((m.kind, m.unit, m.value.numerator, m.value.denominator), m)
    digits: dict = {}  # (speed) a figure's digits, read when first needed
    window_start = 0
    for j, second in enumerate(figures):
        while figures[window_start].sentence < second.sentence - _WINDOW:
            window_start += 1
        s = doc.sentences[second.sentence]
        value = second.value
        if s.headline or s.chrome or value.numerator <= 0 \
                or first_told[(second.kind, second.unit, value.numerator, value.denominator)] is not second:
            continue  # (a figure told before as it is: the second may restate that one)
        near = [m for i, m in heads if i < window_start] + figures[window_start:j]
        # each earlier figure of the kind with its digits in the second's unit (read once per figure, a measure's
        # converted), kept when a cheap test says they may be a slip of the second's
        q = _digits_of(digits, second)
        if second.kind == Kind.MEASURE:
            read = [(m, _digits(_in_unit_of(m, second))) for m in near if m.kind == Kind.MEASURE]
        else:
            read = [(m, _digits_of(digits, m)) for m in near if m.kind == second.kind and m.unit == second.unit]
        alike = [(m, p) for m, p in read if _may_slip(p, q)]
        if not alike:
            continue
        relation, found = TransposedRestatement, [m for m, p in alike if _digits_swapped(p, q)]
        if not found and second.kind != Kind.DURATION:
            relation, found = ScaleSlipRestatement, [m for m, p in alike if _power_of_ten_apart(p, q, m, second)]
        if len(found) != 1 or not _points_back(doc, second):
            continue
        first = found[0]
        if any(_in_unit_of(m, second) is not None and R.agrees(m, second) for m in near):
            continue  # one near it agrees: the second may restate that one
        if _apart(doc, first, second, [m for m in near if first.sentence < m.sentence < second.sentence]):
            continue
        yield relation(link="inferred", cue=CUE, first=first, second=second, subject=_subject(doc, second))


_WINDOW = 3  # how many sentences before the second's the first may stand in (besides the headline)


def _subject(doc: Document, m: Mention) -> str:
    """What the two figures are told of, for the message: the second's own noun when it names things ("the 164
    entries"), else what its kind measures ("sum", "percentage", "length")."""
    if m.kind == Kind.DURATION:
        return "time"
    own = _OWN_MEASURE_OF.search(doc.text, max(0, m.start - 30), m.start)
    if own is not None:
        return own.group(0).split()[-2].lower()  # "Her total of 6,128": the total
    np = R.noun_phrase(doc, m)
    if np.head and np.adjacent and (np.head.endswith("s") or m.kind != Kind.COUNT) and m.kind != Kind.MEASURE \
            and np.head not in ("per", "cent", "percent", "pct") and not np.head.endswith(("ed", "en")):
        return np.head
    if m.kind == Kind.MEASURE:
        return T.measure_dimension(m)
    return {Kind.MONEY: "sum", Kind.PERCENT: "percentage"}.get(m.kind, "count")


FINDERS = (find_pointed_swaps,)

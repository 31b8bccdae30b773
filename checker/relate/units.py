"""Relations: unit conversions ("41C (106F)", "a 3-mile (4.8km) stretch").

A measure followed by a measure of the same dimension in brackets is the
same quantity restated in another unit: the bracket is the conversion's
explicit link ("(or 4.8km)" and "(equivalent to 4.8km)" too), also with a written sign
("minus 4F (minus 20C)").  After an
adjective measure the bracket may follow the noun it describes ("the
400-acre estate (162 hectares)", "a 40-metre-long (131ft) whale"), and after
any measure its dimension's adjective ("310 metres tall - about 1,020ft -").  A pair of
dashes links the same way ("a 40-mile - roughly 64km - loop"); a single
dash before the sentence ends ("it ran 40 miles - about 64km.") is looser, also after the
measure's own phrase of up to a dozen words and before an attribution ("2,600 tonnes of apples
over the autumn - 2.6 million kg, the growers said").  "3 miles,
or 4.8km," and "3 miles, equivalent to 4.8km" link the same way but looser
(``inferred``): "or" also joins alternatives; so does a hedged measure after a bare comma
("12 hectares, about 30 acres.").  After a bracketed conversion a second
may follow the same way ("3,000 metres (9,843ft) long, or about 1.9 miles").  A measure in
two units of one dimension is one figure in the smaller ("16st 2lb (103kg)", "7lb 4oz",
"5ft 10in"; ``checker.transform.measure_sum``).

The same figure written twice for the same thing with units a power of ten
apart -- "the 500mg dose" and, later, "the 500g dose" -- is a slip in the
unit's prefix (``UnitSlip``): the value, the noun it measures and the
dimension agree, only the prefix differs.  Only across sentences: within
one, "500mg, not 500g" is usually the contrast itself.  Power against
energy (MW and MWh) is not a slip to the finder: a one-hour battery is
correctly "50MW/50MWh".

Also linked: a measure of a substance and its conversion after the substance ("40kg of cannabis
(about 88lb)", "25kg of heroin, or about 55lb,"); a measure before its noun written without hyphens
("the 2,000 sq ft house (186 sq m)"); an adjective measure, its noun and a short place, then a hedged conversion set off by
commas ("a 350-yard drive at the 18th, about 320 metres,"); a measure restated in another unit at the
head of the next sentence for "it" or the first's own noun ("The 85 sq m flat ... At about 915 sq ft,
it is ...", inferred), or hedged after "That is" ("covers 12 square miles. That is about 31 sq km."); a price per unit restated per another unit of the dimension ("$4.10 a gallon, or
about $1.08 a litre": ``RateConversion``, the price converting inversely to its unit, cents and pence
read as hundredths of the currency; also linked by a verb of equivalence, inferred: "152p a litre works out at
£6.91 a gallon", "equates to", "which is the equivalent of"); fuel economy in mpg restated in litres per 100km or back, which
are inverse ("55mpg (5.1 litres per 100km)": ``FuelConversion``, either gallon).

Round 15: the period of a rate and the measure's own phrase may stand before the link ("230 million litres of
river water a day, equivalent to about 51 million gallons"); a measure apposed, in the next sentence, to a noun
naming the first's thing or its verb ("lost 230 million litres ... The loss, equivalent to about 51 million
gallons, was ...", hedged or "equivalent"; inferred).

Round 24: the metric volumes of water supply are units (grammar): megalitres, gigalitres and kilolitres, written out
(the symbols "ML" and "GL" are left alone: "40 ML models"), converted to either gallon ("187 megalitres (about 41
million gallons)").

Nautical miles ("a 600-nautical-mile (1,111km) race") and the singular mass words of an adjective
measure ("a 23-gram (0.8oz) dart", "a 5-kilogram bag", "one ounce") are read as units (grammar); so are pints, US
or imperial like gallons ("5,000 litres (about 8,800 pints)").

Money in brackets ("20 million cedis ($1.7 million)") is a currency
conversion at some day's rate: pint cannot check it, so it never becomes a
relation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from ..model import Document, Kind, Mention, Relation
from .needs import needs
from .. import units as _units
from ..transform import SCALES

# text between the two figures
_BRACKET = re.compile(r"\s*[(\[]\s*(?:or\s+|(?:the )?equivalent (?:to|of)\s+)?\Z", re.IGNORECASE)
_EQUIVALENT = re.compile(
    r"\s*(?:,\s*or(?: the equivalent of)?|,?\s*(?:the )?equivalent (?:to|of)|,\s*equal to)\s*\Z",
    re.IGNORECASE,
)
# a conversion set off by dashes: "120 miles - roughly 190km -", "120 miles—190km—"
_DASH_OPEN = re.compile(r"(?:\s+(?:-|--|–|—)\s+|\s*—\s*)(?:or\s+)?\Z")
_DASH_CLOSE = re.compile(r"\s+(?:-|--|–|—)\s+|\s*—\s*")
_DASH_END = re.compile(r"\s*(?:[.!?]\s*\Z|[.!?]\s+[A-Z\"'‘“]|,\s+(?:according\s+to|(?:the\s+)?[a-z]+\s+(?:said|says)\b))")
# the words of a measure's own phrase before a closing dash restating it: "1,400 tonnes of food
# waste in the first month - 1.4 million kg." (no figure, no clause break)
_OWN_PHRASE_DASH = re.compile(r"(?:\s+(?!(?:and|but|while|which|who|than|more|less|fewer)\b)[a-z][\w'’-]*){1,12}"
                              r"(?:\s+(?:-|--|–|—)\s+|\s*—\s*)(?:or\s+|about\s+|roughly\s+|around\s+|some\s+|nearly\s+|"
                              r"almost\s+)?\Z")
# what must follow the converted figure: the bracket closes or the list goes on
# an adjective measure, the noun it describes, then the bracket: "the 400-acre estate (162 hectares)",
# "a 100-metre-long (328ft) bridge"
_NOUN_BRACKET = re.compile(r"(?:[-‑](?:long|wide|high|deep|tall|thick))?(?:\s+[a-z][a-z'’-]*){0,3}\s*[(\[]\s*"
                           r"(?:or\s+|about\s+|roughly\s+|around\s+|some\s+|nearly\s+|almost\s+)?\Z")
# "310 metres tall - about 1,020 feet", "1.5 metres long (5ft)": the dimension's adjective before the link
_DIMENSION = re.compile(r"^\s+(?:tall|high|long|wide|deep|thick|across|away|in\s+(?:diameter|length|height|width))"
                        r"(?=\s*[(\[,—–-])", re.IGNORECASE)
# "40kg of cannabis (about 88lb)": what the measure is of, then the bracket (nouns only, no figure)
_OF_BRACKET = re.compile(r"\s+of\s+(?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*\s*[(\[]\s*(?:or\s+)?\Z")
_OF_EQUIVALENT = re.compile(r"\s+of\s+(?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*\s*,\s*(?:or|(?:the\s+)?equivalent\s+(?:to|of))"
                            r"\s+\Z")
_OWN_WORDS = re.compile(r"(?:\s+[a-z][a-z'’-]*){0,3}\s+")  # "of treated water", the measure's own phrase
# the period of a rate after the measure: "142 megalitres a day", "12 tonnes per hour"
_RATE_TAIL = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year|hour|minute|second|night)\b",
                        re.I)
# "the 2,000 sq ft house (186 sq m)": a measure before its noun, written without hyphens
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|his|her|their)\s+\Z", re.I)
_ONE_NOUN_BRACKET = re.compile(r"\s+([a-z][a-z'’-]*)\s*[(\[]\s*(?:or\s+)?\Z")
# "His 350-yard drive at the 18th, about 320 metres,": the noun an adjective measure describes (and a
# short place after it), then a hedged measure set off by commas
_NOUN_APPOSED = re.compile(r"\s+[a-z][a-z'’-]*(?:\s+(?:at|on|in|of|off|near)\s+(?:the\s+)?[\w'’-]+(?:\s+[a-z][a-z'’-]*)?)?\s*,\s*\Z")
# (round 39) "of drinking water, ": what the measure is of, then a comma before a hedged restatement
_OF_APPOSED = re.compile(r"\s+of\s+(?:[a-z][a-z'’-]*\s+){0,2}[a-z][a-z'’-]*\s*,\s*\Z")
_NOT_NOUN = frozenset("and or to from than by with per in at on for but nor versus vs".split())
_AFTER_BRACKET = re.compile(r"\s*(?:[)\]]|[;,/]|or\b)", re.IGNORECASE)
_AFTER_APPOSED = re.compile(r"\s*(?:[),;:]|[-–—]\s)")
_AFTER_EQUIVALENT = re.compile(r"\s*(?:[),;:.!?]|[-–—]|\Z)")
_APPOSED_HEDGES = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "approximately", "just over",
                             "just under"})
_POUNDS = re.compile(r"^[^£]*\bpounds?\Z", re.IGNORECASE)
_GLUED_INCHES = re.compile(r"in(?![\w'’-])")
_NEXT_WORD = re.compile(r"[ -]([A-Za-z]{3,})\b")
_MINUS = re.compile(r"(?:minus|negative)\s*\Z", re.IGNORECASE)


@dataclass(frozen=True)
class Conversion(Relation):
    """``target`` restates ``source`` in another unit of the same dimension."""

    source: Mention | None = None
    target: Mention | None = None
    source_unit: str = ""  # the unit as the grammar wrote it: "km", "degrees C", "lb"
    target_unit: str = ""

    def members(self) -> tuple[Mention, ...]:
        return (self.source, self.target)


@needs(Kind.MEASURE)
def find_conversions(doc: Document):
    mentions = doc.mentions
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if (b.kind == Kind.ORDINAL or b.kind == Kind.DURATION and _RATE_TAIL.fullmatch(" " + b.text)
                and _OWN_WORDS.fullmatch(doc.text, a.end, b.start)) \
                and k + 2 < len(mentions) and a.kind == Kind.MEASURE:
            b = mentions[k + 2]  # "1,400 tonnes in the first month - ...": an ordinal word is no figure between
            # (nor the period of a rate: "142 megalitres a day (about 31 million gallons)")
        if a.kind != Kind.MEASURE and b.kind != Kind.MEASURE:
            continue  # (a cheap test first) without a measure, both units are "lb" or "in": the same or incompatible
        found = _conversion(doc, a, b, a.end)
        if found is None:
            continue
        if k and _compound_measure(doc, mentions[k - 1], a):
            continue  # "one mile and six furlongs (about 2,820 metres)": the bracket converts both
        yield found
        # "3,000 metres (9,843ft) long, or about 1.86 miles": a second conversion after the bracket
        if found.cue == "brackets" and k + 2 < len(mentions):
            close = doc.text.find(")", found.target.end)
            c = mentions[k + 2]
            if 0 <= close < c.start:
                second = _conversion(doc, a, c, close + 1)
                if second is not None and second.cue != "brackets":
                    yield second


_COMPOUND_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*")


def _compound_measure(doc: Document, first: Mention, second: Mention) -> bool:
    """"one mile and six furlongs", "6ft 2in": a length told in two units, the second the rest of the first."""
    if first.kind != Kind.MEASURE or first.sentence != second.sentence or first.value is None:
        return False
    if not (_COMPOUND_GAP.fullmatch(doc.text, first.end, second.start) or first.end == second.start
            or doc.text[first.end:second.start].isspace()):
        return False
    u1, u2 = _units.resolve(measure_unit(doc, first) or ""), _units.resolve(measure_unit(doc, second) or "")
    return bool(u1 and u2 and u1 != u2 and _units.compatible(u1, u2))


def _conversion(doc: Document, a: Mention, b: Mention, gap_start: int) -> Conversion | None:
    """``b`` restating ``a`` in another unit, the words between them read from ``gap_start``."""
    if a.sentence != b.sentence or a.value is None or b.value is None:
        return None
    if doc.sentences[a.sentence].chrome or a.is_range != b.is_range:
        return None
    unit_a, unit_b = measure_unit(doc, a), measure_unit(doc, b)
    if unit_a is None or unit_b is None:
        return None
    a, b = _with_unit(doc, a, unit_a), _with_unit(doc, b, unit_b)
    # "minus 30F (minus 34C)": the written sign of the second figure is not part of the link
    between = _MINUS.sub("", _DIMENSION.sub("", doc.text[max(gap_start, a.end):b.start], count=1))
    if " a" in between or " per " in between or " each " in between:
        between = _RATE_TAIL.sub("", between, count=1)  # "142 megalitres of water a day, equivalent to ..."
    after = doc.text[b.end:b.end + 24]
    if _RATE_TAIL.match(after) and _RATE_TAIL.search(doc.text, a.end, b.start):
        after = _RATE_TAIL.sub("", after, count=1)  # (round 37) "500,000 barrels a day, or about 20 million litres a day"
    after = after[:12]
    if _BRACKET.match(between) and _AFTER_BRACKET.match(after):
        link, cue = "explicit", "brackets"
    elif a.compound and _NOUN_BRACKET.match(between) and _AFTER_BRACKET.match(after) \
            and not _NOT_NOUN & set(between.lower().split()):
        link, cue = "explicit", "brackets"  # "a 5,000-square-foot home (465 sq m)"
    elif not a.compound and _OF_BRACKET.match(between) and _AFTER_BRACKET.match(after) \
            and not _NOT_NOUN & set(between.lower().split()[1:]):
        link, cue = "explicit", "brackets"  # "40kg of cannabis (about 88lb)"
    elif not a.compound and _ATTRIBUTIVE.search(doc.text, max(0, a.start - 8), a.start) \
            and (w := _ONE_NOUN_BRACKET.match(between)) and w.group(1).lower() == (a.noun or "").lower() \
            and w.group(1).lower() not in _NOT_NOUN and _AFTER_BRACKET.match(after):
        link, cue = "explicit", "brackets"  # "the 2,000 sq ft house (186 sq m)"
    elif _EQUIVALENT.match(between) and _AFTER_EQUIVALENT.match(after):
        link, cue = "inferred", between.strip(" ,-–—")
    elif not a.compound and _OF_EQUIVALENT.match(between) and _AFTER_EQUIVALENT.match(after) \
            and not _NOT_NOUN & set(between.lower().replace(",", " ").split()[1:-1]):
        link, cue = "inferred", "or"  # "25kg of heroin, or about 55lb,"
    elif between.strip() == "," and b.hedge and b.hedge.lower() in _APPOSED_HEDGES and _AFTER_EQUIVALENT.match(after):
        link, cue = "inferred", "apposition"  # "12 hectares, about 30 acres.": a hedged measure restating the first
    elif not a.compound and _OF_APPOSED.match(between) and b.hedge and b.hedge.lower() in _APPOSED_HEDGES \
            and _AFTER_EQUIVALENT.match(after) and not _NOT_NOUN & set(between.lower().replace(",", " ").split()[1:]):
        link, cue = "inferred", "apposition"  # (round 39) "600,000 cubic metres of drinking water a day, about 60
        # million litres": what the measure is of, then the hedged restatement
    elif a.compound and _NOUN_APPOSED.match(between) and b.hedge and b.hedge.lower() in _APPOSED_HEDGES \
            and _AFTER_APPOSED.match(after) and not _NOT_NOUN & {between.split()[0].lower()}:
        link, cue = "inferred", "apposition"  # "a 350-yard drive at the 18th, about 320 metres,"
    elif _DASH_OPEN.match(between) and _DASH_CLOSE.match(doc.text, b.end):
        link, cue = "explicit", "dashes"  # a pair of dashes sets the restatement off like brackets
    elif (_DASH_OPEN.match(between) or _OWN_PHRASE_DASH.fullmatch(between)) and _DASH_END.match(doc.text, b.end):
        link, cue = "inferred", "dash"
    else:
        return None
    ua, ub = _units.resolve(unit_a), _units.resolve(unit_b)
    if not ua or not ub or ua == ub:
        return None  # unknown unit, or the same unit twice: not a conversion
    if not _units.compatible(ua, ub):
        return None  # MW beside MWh, or "pounds" of money beside km: different quantities
    return Conversion(link=link, cue=cue, source=a, target=b, source_unit=unit_a, target_unit=unit_b)


def _with_unit(doc: Document, m: Mention, unit: str) -> Mention:
    """The mention with glued inches taken into its span: "(4in)"."""
    if m.kind == Kind.MEASURE or unit != "in":
        return m
    return replace(m, end=m.end + 2, text=doc.text[m.start:m.end + 2])


def measure_unit(doc: Document, m: Mention) -> str | None:
    """The physical unit a mention is written in, if any.

    Besides the measures the grammar finds, two forms it cannot tell apart
    without a partner: "900 pounds" (money to the grammar, a weight when a
    bracket restates it in kg) and inches glued to the figure, "(4in)"
    (the grammar leaves "in" to the preposition).  The finder only keeps
    these beside a measure of the same dimension.
    """
    if m.kind == Kind.MEASURE:
        return m.unit
    if m.kind == Kind.MONEY and m.unit == "GBP" and _POUNDS.search(m.text):
        return "lb"
    if m.kind in (Kind.COUNT, Kind.CODE) and not m.is_range and m.value is not None and m.value > 0 \
            and _GLUED_INCHES.match(doc.text, m.end):
        return "in"
    return None


# ------------------------------------------------------------ readings

def signed_value(doc: Document, m: Mention) -> Fraction:
    """The mention's value, negated after a written "minus" ("minus 5C")."""
    value = m.value
    if value is not None and value > 0 and _MINUS.search(doc.text[max(0, m.start - 12):m.start]):
        return -value
    return value


def digit_precision(value: Fraction) -> Fraction:
    """The unit of the last non-zero digit of a written value."""
    if value.denominator != 1:
        p = Fraction(1)
        while (value / p).denominator != 1:
            p /= 10
        return p
    n = abs(value.numerator)
    p = 1
    while n and n % 10 == 0:
        n //= 10
        p *= 10
    return Fraction(p)


def rounding_half_width(value: Fraction, precision: Fraction | None) -> Fraction:
    """How far a written figure may stand from what it rounds.

    Half the unit of its last stated digit ("41" -> 0.5, "7.2" -> 0.05);
    a round figure of one significant digit ("30", "1,000", "3 million")
    may be a rounding to the nearest 5% either way.
    """
    p = precision if precision is not None else digit_precision(value)
    if p >= 10 and value.denominator == 1 and (value / p).denominator == 1 and abs(value / p) < 10:
        return abs(value) / 20
    return p / 2


def ends(doc: Document, m: Mention) -> list[tuple[Fraction, Fraction]]:
    """(value, precision) of each end of a measure: one, or two for a range."""
    v = signed_value(doc, m)
    if m.is_range and m.range_hi is not None:
        hi_p = min(digit_precision(m.range_hi), m.precision or Fraction(1))
        return [(v, m.precision), (m.range_hi, hi_p)]
    return [(v, m.precision)]


@dataclass(frozen=True)
class UnitSlip(Relation):
    """``second`` restates ``first`` (same value, same noun) in a unit a power of ten away."""

    first: Mention | None = None
    second: Mention | None = None
    factor: Fraction = Fraction(1)  # one unit of ``second`` in units of ``first``

    def members(self) -> tuple[Mention, ...]:
        return (self.second, self.first)


def _power_of_ten(x: Fraction) -> bool:
    for n in (x.numerator, x.denominator):
        while n % 10 == 0:
            n //= 10
        if n != 1:
            return False
    return x != 1


@needs(Kind.MEASURE)
def find_unit_slips(doc: Document):
    seen: dict[tuple[Fraction, str], Mention] = {}
    for m in doc.mentions:
        if m.kind != Kind.MEASURE or m.value is None or not m.noun or m.is_range or m.hedge \
                or doc.sentences[m.sentence].chrome:
            continue
        # the word straight after the figure names what it measures ("a 250mg
        # tablet every morning"): steadier here than the noun phrase's head
        word = _NEXT_WORD.match(doc.text, m.end)
        if word is None:
            continue
        key = (m.value, word.group(1).lower().rstrip("s"))
        first = seen.get(key)
        if first is None:
            seen[key] = m
            continue
        if first.sentence == m.sentence or first.unit == m.unit:
            continue
        factors = [lin.a for a in _units.resolve(m.unit) for b in _units.resolve(first.unit)
                   if (lin := _units.conversion(a, b)) is not None and lin.b == 0]
        if factors and all(_power_of_ten(f) for f in factors):
            yield UnitSlip(link="inferred", cue=key[1], first=first, second=m, factor=factors[0])


# "At about 920 sq ft, it is ...", "At 4,400 metres, the pass is ...": a measure given as known, fronted
_FRONTED = re.compile(r"\s*(?:At|With|Measuring|Covering|Spanning)\s+\Z")
_FRONTED_SUBJECT = re.compile(r",\s+(?:(it|they|this|that)\b|(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+"
                              r"(?:is|was|are|were|has|had|will|would|makes?|made|remains?|stands?|ranks?)\b)")


# "That is about 30km.", "That's roughly 1,100 acres.": the measure before, restated in another unit
_THAT_IS = re.compile(r"\s*(?:That|This|Which)(?:\s+is|['’]s)\s+(?:(?:equivalent\s+to|the\s+equivalent\s+of)\s+)?\Z")


_THAT_IS_END = re.compile(r"\s*(?:[.,;!?]|\Z)")
# "The daily loss, equivalent to about 31 million gallons,": the first's thing named, the measure apposed
_APPOSED_SUBJECT = re.compile(r"\s*(?:The|Its|Their|This|That)\s+(?:[a-z-]+\s+){0,2}?([a-z]{4,})\s*,\s+"
                              r"(?:(?:the\s+)?equivalent\s+(?:to|of)\s+|or\s+)?\Z")
_COMMA_AFTER = re.compile(r"\s*,")


def _names_first(doc: Document, noun: str, a: Mention) -> bool:
    """``noun`` names what ``a`` measured: its own noun, or a word of its clause before it sharing the
    noun's first three letters ("lost 142 megalitres" ... "The daily loss")."""
    if a.noun and noun.rstrip("s") == a.noun.lower().rstrip("s"):
        return True
    s = doc.sentences[a.sentence]
    clause = re.split(r"[,;:()]", doc.text[s.start:a.start])[-1].lower().split()[-6:]
    return any(len(w) >= 4 and w[:3] == noun[:3] for w in clause)


@needs(Kind.MEASURE)
def find_fronted_conversions(doc: Document):
    """A measure restated in another unit at the head of the next sentence, of the thing the first
    measured: "The 85 sq m flat ... At about 915 sq ft, it is ..." (the one measure of that dimension
    in the sentence before; the subject "it" or the first's own noun). The link is inferred."""
    if "At " not in doc.text and "With " not in doc.text and "Th" not in doc.text and "Its " not in doc.text:
        return
    for b in doc.mentions:
        if b.kind != Kind.MEASURE or b.value is None or b.is_range or b.sentence == 0:
            continue
        s = doc.sentences[b.sentence]
        if _FRONTED.fullmatch(doc.text, s.start, b.start):
            subject = _FRONTED_SUBJECT.match(doc.text, b.end)
        elif (apposed := _APPOSED_SUBJECT.fullmatch(doc.text, s.start, b.start)) and _COMMA_AFTER.match(doc.text, b.end) \
                and (b.hedge and b.hedge.lower() in _APPOSED_HEDGES or "equivalent" in apposed.group(0)):
            subject = apposed  # "The daily loss, equivalent to about 31 million gallons, was ..."
        elif (that := _THAT_IS.fullmatch(doc.text, s.start, b.start)) and _THAT_IS_END.match(doc.text, b.end) \
                and (b.hedge and b.hedge.lower() in _APPOSED_HEDGES or "equivalent" in that.group(0)):
            subject = that  # "That is about 30km.": a hedge or "equivalent" says it is the same measure
        else:
            continue
        ub = _units.resolve(b.unit)
        if subject is None or not ub:
            continue
        before = [a for a in doc.mentions_in(b.sentence - 1) if a.kind == Kind.MEASURE
                  and a.value is not None and _units.compatible(_units.resolve(a.unit), ub)]
        if len(before) != 1 or before[0].is_range or doc.sentences[b.sentence - 1].chrome:
            continue
        a = before[0]
        ua = _units.resolve(a.unit)
        if not ua or ua == ub or any(u.is_temperature for u in ua + ub):
            continue
        noun = subject.group(2) if subject.re is _FRONTED_SUBJECT else None
        if noun and not (a.noun and noun.lower().rstrip("s") == a.noun.lower().rstrip("s")):
            continue  # "At 280 sq ft, the garden is ...": another thing's measure
        if subject.re is _APPOSED_SUBJECT and not _names_first(doc, subject.group(1).lower(), a):
            continue  # "The leak, equivalent to ...": the first's noun, or its verb made a noun ("lost" ... "loss")
        yield Conversion(link="inferred", cue="restated", source=a, target=b, source_unit=a.unit,
                         target_unit=b.unit)


@dataclass(frozen=True)
class RateConversion(Relation):
    """``target`` restates the price ``source`` per another unit: "$4.10 a gallon, or $1.08 a litre"."""

    source: Mention | None = None
    target: Mention | None = None
    source_unit: str = ""  # the unit priced, as written: "gallon"
    target_unit: str = ""  # "litre"

    def members(self) -> tuple[Mention, ...]:
        return (self.source, self.target)


# "a gallon", "per kg", "/lb": the unit a price is for
_PER_UNIT = re.compile(r"\s*(?:an?|per|/)\s*([a-z]+)\b", re.I)
_SUBUNITS = {"USD-cent": Fraction(1, 100), "GBP-penny": Fraction(1, 100)}


def money_scale(source: Mention, target: Mention) -> Fraction | None:
    """One unit of the target's money in the source's: 1/100 for cents against dollars or euros, pence
    against pounds; ``None`` for two currencies."""
    su, tu = source.unit or "", target.unit or ""
    if su == tu:
        return Fraction(1)
    if tu in _SUBUNITS and (su == tu.split("-")[0] or tu == "USD-cent" and su not in ("GBP", "GBP-penny")):
        return _SUBUNITS[tu]  # "$4.10 ... 82 cents", "€0.12 ... 19 cents"
    if su in _SUBUNITS and (tu == su.split("-")[0] or su == "USD-cent" and tu not in ("GBP", "GBP-penny")):
        return 1 / _SUBUNITS[su]
    return None


# a price restated per another unit by a verb of equivalence: "works out at", "equates to", "is the equivalent of"
_WORKS_OUT = re.compile(r"\s*,?\s*(?:which\s+|that\s+|this\s+|it\s+)?(?:(?:works?|worked|working)\s+out\s+(?:at|as)|"
                        r"equates?\s+to|equating\s+to|translates?\s+(?:to|into)|translating\s+(?:to|into)|"
                        r"(?:is|was)\s+(?:the\s+)?equivalent\s+(?:to|of))\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|"
                        r"almost\s+|some\s+|just\s+(?:over|under)\s+)?\Z", re.I)


@needs(Kind.MONEY, count=2)
def find_rate_conversions(doc: Document):
    """A price per unit restated per another unit of the same dimension, linked as a conversion is
    (brackets, ", or", dashes): "$4.10 a gallon, or about 82 cents a litre" (a price converts inversely
    to its unit: per litre is per gallon divided by the litres in a gallon)."""
    if not any(w in doc.text for w in (" a ", " per ", "/")):
        return
    mentions = doc.mentions
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        if a.kind != Kind.MONEY or b.kind != Kind.MONEY or a.sentence != b.sentence or a.is_range or b.is_range \
                or a.value is None or b.value is None or money_scale(a, b) is None:
            continue
        pa, pb = _PER_UNIT.match(doc.text, a.end), _PER_UNIT.match(doc.text, b.end)
        if pa is None or pb is None or pa.end() > b.start:
            continue
        ua, ub = _units.resolve(pa.group(1)), _units.resolve(pb.group(1))
        if not ua or not ub or ua == ub or not _units.compatible(ua, ub) \
                or any(u.is_temperature for u in ua + ub):
            continue
        between, after = doc.text[pa.end():b.start], doc.text[pb.end():pb.end() + 12]
        if _BRACKET.match(between) and _AFTER_BRACKET.match(after):
            link, cue = "explicit", "brackets"
        elif _EQUIVALENT.match(between) and _AFTER_EQUIVALENT.match(after):
            link, cue = "inferred", between.strip(" ,-–—")
        elif _DASH_OPEN.match(between) and _DASH_CLOSE.match(doc.text, pb.end()):
            link, cue = "explicit", "dashes"
        elif _WORKS_OUT.match(between):
            link, cue = "inferred", " ".join(between.strip(" ,").split())  # "140p a litre works out at £6.36 a gallon"
        else:
            continue
        yield RateConversion(link=link, cue=cue, source=a, target=b, source_unit=pa.group(1).lower(),
                             target_unit=pb.group(1).lower())


@dataclass(frozen=True)
class FuelConversion(Relation):
    """Fuel economy in miles per gallon restated in litres per 100km, or back: "55mpg (5.1 l/100km)"."""

    source: Mention | None = None
    target: Mention | None = None
    source_mpg: bool = True  # the source is the mpg figure

    def members(self) -> tuple[Mention, ...]:
        return (self.source, self.target)


_MPG = re.compile(r"\s?mpg\b", re.I)
_PER_100KM = re.compile(r"(?:\s*(?:l|litres?|liters?))?\s*(?:/|per\s+)\s*100\s?km\b", re.I)
# litres per 100km in one mile per gallon: 282.481 for the imperial gallon, 235.215 for the US one
FUEL_FACTORS = {"imperial": Fraction(282481, 1000), "US": Fraction(235215, 1000)}


def _fuel_end(doc: Document, m: Mention) -> tuple[bool, int] | None:
    """(is mpg, end of the unit) for a fuel economy figure, else None."""
    if m.value is None or m.is_range or m.value <= 0:
        return None
    if m.kind in (Kind.CODE, Kind.COUNT):
        found = _MPG.match(doc.text, m.end)
        if found:
            return True, found.end()
    if m.kind in (Kind.MEASURE, Kind.COUNT) and (m.kind == Kind.COUNT or (m.unit or "").lower().startswith(("litre", "liter", "l"))):
        found = _PER_100KM.match(doc.text, m.end)
        if found:
            return False, found.end()
    return None


def find_fuel_conversions(doc: Document):
    """Miles per gallon restated in litres per 100km (or back) in brackets, after ", or" or dashes:
    "a claimed 55mpg (around 5.1 litres per 100km)"; the two are inverse, so pint's linear
    conversion cannot check them."""
    if "mpg" not in doc.text.lower() or "100" not in doc.text:
        return
    mentions = [m for m in doc.mentions if m.kind != Kind.ORDINAL]
    for k, a in enumerate(mentions):
        fa = _fuel_end(doc, a)
        if fa is None:
            continue
        b = next((m for m in mentions[k + 1:k + 3] if m.start >= fa[1]), None)  # past "100km" of "l/100km"
        if b is None or a.sentence != b.sentence:
            continue
        fb = _fuel_end(doc, b)
        if fb is None or fa[0] == fb[0]:
            continue
        between, after = doc.text[fa[1]:b.start], doc.text[fb[1]:fb[1] + 12]
        if _BRACKET.match(between) and _AFTER_BRACKET.match(after):
            link, cue = "explicit", "brackets"
        elif _EQUIVALENT.match(between) and _AFTER_EQUIVALENT.match(after):
            link, cue = "inferred", between.strip(" ,-–—")
        elif _DASH_OPEN.match(between) and _DASH_CLOSE.match(doc.text, fb[1]):
            link, cue = "explicit", "dashes"
        else:
            continue
        yield FuelConversion(link=link, cue=cue, source=a, target=b, source_mpg=fa[0])


@dataclass(frozen=True)
class ScaleConversion(Relation):
    """(round 31) ``target`` restates the money ``source`` in the same currency, bracketed, written with another
    scale word: "Rs 4,500 crore (Rs 45 billion)", "£1.2bn (£1,200m)".  ``factor``: ``source`` over ``target`` when
    the two are the same digits a power of ten apart (a slip of the scale), else 1 (they agree)."""

    source: Mention | None = None
    target: Mention | None = None
    factor: Fraction = Fraction(1)

    def members(self) -> tuple[Mention, ...]:
        return (self.source, self.target)


_SCALE_WORD = re.compile(r"(?<![a-z])(" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")(?![a-z])", re.I)


def _scale_word(m: Mention) -> str | None:
    """The scale word a figure is written with ("crore", "bn", "million"), if any."""
    found = _SCALE_WORD.findall(m.text)
    return found[-1].lower() if found else None


def _within_rounding(a: Mention, value: Fraction, precision: Fraction) -> bool:
    """``value`` (a restatement at ``precision``) and ``a`` can be one figure, each rounded at its own digit."""
    return abs(a.value - value) <= rounding_half_width(a.value, a.precision) + rounding_half_width(value, precision)


_RESULTS_WORDS = re.compile(r"\b(?:profits?|revenues?|turnover|sales|earnings|loss(?:es)?|income|dividends?|ebitda|"
                            r"results|margins?|(?:year|month|period|quarter)s?\s+(?:before|earlier)|previous|prior|"
                            r"last\s+year|a\s+year\s+ago|compared)\b", re.I)


@needs(Kind.MONEY, count=2)
def find_scale_conversions(doc: Document):
    """Money restated right after it in brackets, the same currency in another scale word: equal, or the same
    figure a power of ten away (a slip of the scale, "Rs 4,500 crore (Rs 4.5 billion)").  Other values are left
    alone: brackets after money in the same currency also give last year's figure ("profit of £1.2bn (£980m)")."""
    mentions = doc.mentions
    for a, b in zip(mentions, mentions[1:]):
        if a.kind != Kind.MONEY or b.kind != Kind.MONEY or a.sentence != b.sentence or a.unit is None \
                or a.unit != b.unit or a.is_range or b.is_range or not a.value or not b.value or a.hedge:
            continue
        if _RESULTS_WORDS.search(doc.text, doc.sentences[a.sentence].start, doc.sentences[a.sentence].end):
            continue  # "profit rose to £2bn (£200m)": a results' bracket gives the year before's figure
        sa, sb = _scale_word(a), _scale_word(b)
        if sa is None or sb is None or SCALES[sa] == SCALES[sb]:
            continue
        if not _BRACKET.match(doc.text[a.end:b.start]) or not re.match(r"\s*[)\]]", doc.text[b.end:b.end + 3]):
            continue
        bp = b.precision if b.precision is not None else digit_precision(b.value)
        if _within_rounding(a, b.value, bp):
            yield ScaleConversion(link="explicit", cue="brackets", source=a, target=b)
            continue
        for k in (-3, -2, -1, 1, 2, 3):
            f = Fraction(10) ** k
            if _within_rounding(a, b.value * f, bp * f):
                yield ScaleConversion(link="explicit", cue="brackets", source=a, target=b, factor=f)
                break


FINDERS = (find_conversions, find_unit_slips, find_rate_conversions, find_fronted_conversions, find_fuel_conversions,
           find_scale_conversions)

"""Relations (round 53): one area told twice, in two units (FC404, inferred).

"lifting its skiable terrain to 520 hectares. 'With 1,900 acres of terrain, we are ...'"; "The reserve covers 4,200
hectares ... across the 24-square-kilometre reserve"; "burned through 4,300 hectares ... put the burnt area at 34
square kilometres".  A writer who converts a size may slip; the two must agree once converted (pint), within the
rounding of each.  Read only when:

* the two are areas in units of one reading each, and the units differ (a text that keeps one unit and gives two
  areas is telling of two things);
* the second, in the first's sentence or one of the next two, is tied to the first's thing: as the size of a noun the
  first's sentence names before it ("the 24-square-kilometre reserve" after "The reserve covers"), as "N acres of"
  that noun, or as an area told of the thing the first's verb befell ("the burnt area at" after "burned through");
* these are the only two areas in those sentences, and nothing in the words around the second tells of a change or
  another time ("now", "extended", "grown", "more", "last year").

(Round 59) One fire's burnt area told twice in one unit, the fire named again by "the" and its area told in a
relative clause (``find_blaze_restatements``).

(Round 60) One place's area told as its modifier, then again after "The estate, which covers" (``find_place_area_retold``).
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from ..units import PhysUnit, conversion
from ..units import resolve as resolve_unit
from .needs import needs
from .restatements import MeasureRestatement, singular

CUE = "an area in another unit"

_SQUARE_METRE = PhysUnit("meter", 2)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|this)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
_OF_NOUN_AFTER = re.compile(r"\s+of\s+(?:[a-z]+\s+){0,2}?([a-z]+)\b", re.I)
_AREA_NAMED_BEFORE = re.compile(r"\b(?:the|its)\s+(?:(?:burnt|burned|affected|total|whole|damaged|flooded|protected|"
                                r"scorched|cleared|planted)\s+)?area\s+(?:at|of|to|as)\s+(?:about\s+|some\s+|around\s+)?$",
                                re.I)
_THING_BEFELL = re.compile(r"\b(?:burn\w*|scorch\w*|flood\w*|clear\w*|plant\w*|destroy\w*|damag\w*)\b", re.I)
_CHANGED = re.compile(r"\b(?:now|extended|extend\w*|grown|grew|expanded|expand\w*|more|added|another|further|"
                      r"last\s+year|previous\w*|originally|rose|risen|fell|fallen)\b", re.I)
# (round 54) after the second, "now" tells of what the thing does now ("the 14-square-kilometre site now supports"),
# not of its size
_CHANGED_AFTER = re.compile(r"\b(?:extended|extend\w*|grown|grew|expanded|expand\w*|more|added|another|further|"
                            r"last\s+year|previous\w*|originally|rose|risen|fell|fallen)\b", re.I)
_WORD = re.compile(r"[A-Za-z]+")
# (round 54) the places "the N-square-kilometre site" may name again
_PLACES = frozenset("""reserve park estate farm forest wetland marsh parcel property ranch vineyard orchard campus
    plantation sanctuary moor heath""".split())


def _is_area(m: Mention) -> bool:
    if m.kind != Kind.MEASURE or m.value is None or m.is_range:
        return False
    units = resolve_unit(m.unit)
    return len(units) == 1 and conversion(units[0], _SQUARE_METRE) is not None


def _areas(doc: Document) -> list[Mention]:
    """The document's areas outside page chrome, in text order: read once for the module's three finders."""
    found = doc.memo.get("restated_areas: areas")
    if found is None:
        found = doc.memo["restated_areas: areas"] = [m for m in doc.mentions
                                                     if _is_area(m) and not doc.sentences[m.sentence].chrome]
    return found


def _nouns_before(doc: Document, m: Mention) -> set[str]:
    s = doc.sentences[m.sentence]
    found = {singular(w.lower()) for w in _WORD.findall(doc.text[s.start:m.start])}
    of = _OF_NOUN_AFTER.match(doc.text, m.end, s.end)
    if of:
        found.add(singular(of.group(1).lower()))
    return found


def _tied(doc: Document, first: Mention, second: Mention) -> str | None:
    """The noun that ties the second to the first's thing, if any."""
    nouns = _nouns_before(doc, first)
    if _DEFINITE_BEFORE.search(doc.text, max(0, second.start - 8), second.start):
        after = _NOUN_AFTER.match(doc.text, second.end)
        if after and singular(after.group(1).lower()) in nouns and not after.group(1).lower().endswith("ed"):
            return after.group(1).lower()  # (a noun, not the first's verb: "the 27,350 acres cleared" may be others)
        if after and after.group(1).lower() == "site" and nouns & _PLACES:
            return "site"  # (round 54) "The reserve, which covers 2,400 hectares, ... the 14-square-kilometre site"
    of = _OF_NOUN_AFTER.match(doc.text, second.end, doc.sentences[second.sentence].end)
    if of and singular(of.group(1).lower()) in nouns:
        return of.group(1).lower()
    s1 = doc.sentences[first.sentence]
    if _AREA_NAMED_BEFORE.search(doc.text, max(0, second.start - 40), second.start) \
            and _THING_BEFELL.search(doc.text, s1.start, first.start):
        return "area"
    return None


@needs(Kind.MEASURE, count=2)
def find_area_restatements(doc: Document):
    """One area told in two units (see the module)."""
    areas = _areas(doc)
    for j, second in enumerate(areas):
        if j == 0 or second.hedge and second.compound:
            continue
        near = [m for m in areas if second.sentence - 2 <= m.sentence <= second.sentence and m is not second]
        if len(near) != 1 or near[0].start > second.start:
            continue
        first = near[0]
        if resolve_unit(first.unit) == resolve_unit(second.unit):
            continue
        s2 = doc.sentences[second.sentence]
        if _CHANGED.search(doc.text, max(s2.start, second.start - 40), second.start) \
                or _CHANGED_AFTER.search(doc.text, second.end, min(s2.end, second.end + 15)) \
                or first.sentence == second.sentence:
            continue
        noun = _tied(doc, first, second)
        if noun is None:
            continue
        yield MeasureRestatement(link="inferred", cue=CUE, first=first, second=second, subject=noun)


# (round 59) a fire named again, then the area it burned in a relative clause right before the figure: "The blaze,
# which has already consumed 2,300 hectares," / "to contain the fire, which burned through 1,530 hectares in two days,"
_BLAZE_RETOLD = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z]+\s+)?(?:blaze|fire|wildfire|bushfire|inferno)"
                           r"\s*,\s*which\s+(?P<perfect>has\s+|have\s+)?(?:already\s+|so\s+far\s+)?"
                           r"(?:burned|burnt|consumed|destroyed|scorched|charred|blackened|razed|ravaged)"
                           r"(?:\s+through)?\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$")
# the first telling: a fire in its sentence, then a verb of burning right before the area
_FIRE_NAMED = re.compile(r"\b(?:blaze|fire|wildfire|bushfire|inferno)s?\b", re.I)
_BURNED_BEFORE = re.compile(r"\b(?P<perfect>has\s+|have\s+)?(?:already\s+)?(?:burned|burnt|consumed|destroyed|scorched|"
                            r"charred|blackened|razed|ravaged)(?:\s+through)?\s+(?:some\s+|about\s+|around\s+|nearly\s+|"
                            r"almost\s+|more\s+than\s+|over\s+)?$", re.I)


@needs(Kind.MEASURE, count=2)
def find_blaze_restatements(doc: Document):
    """(round 59) One fire's burnt area told twice in one unit: "A wildfire ... has burned 3,200 hectares ... The blaze,
    which has already consumed 2,300 hectares, ..." -- the fire named again by "the" and its area told in a relative
    clause, in the same tense as the first (not "which had burned": an earlier time); the first the
    only area after a verb of burning in one of the two sentences before, a fire named in its sentence; no other area
    between them."""
    areas = _areas(doc)
    for j, second in enumerate(areas):
        s2 = doc.sentences[second.sentence]
        retold = _BLAZE_RETOLD.search(doc.text, max(s2.start, second.start - 90), second.start)
        if j == 0 or retold is None or second.hedge or second.compound:
            continue
        first = areas[j - 1]
        if not second.sentence - 2 <= first.sentence < second.sentence or first.compound \
                or resolve_unit(first.unit) != resolve_unit(second.unit):
            continue
        s1 = doc.sentences[first.sentence]
        burned = _BURNED_BEFORE.search(doc.text, max(s1.start, first.start - 40), first.start)
        if burned is None or not _FIRE_NAMED.search(doc.text, s1.start, s1.end) \
                or bool(burned.group("perfect")) != bool(retold.group("perfect")) \
                or any(_is_area(m) and m is not first for m in doc.mentions_in(first.sentence)):
            continue
        yield MeasureRestatement(link="inferred", cue="a fire's burnt area told again", first=first, second=second,
                                 subject="fire")


# (round 60) a place named again by "the", then the area it covers right before the figure: "The estate, which covers
# 1,430 hectares", "The reserve covers"
_PLACE_COVERS = re.compile(r"\b[Tt]he\s+(?P<noun>[a-z]+)\s*(?:,\s*which\s+)?(?:covers|spans|extends\s+over|"
                           r"stretches\s+over|sprawls\s+over|sprawls\s+across)\s+(?:some\s+|about\s+|around\s+)?$")
# the first telling: the area as the modifier of that place, names between allowed ("The 1,340-hectare Viña Santa
# Rosa estate")
_PLACE_AFTER_SIZE = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){0,4}(?P<noun>[a-z]+)\b")


@needs(Kind.MEASURE, count=2)
def find_place_area_retold(doc: Document):
    """(round 60) One place's area told twice in one unit: "The 1,340-hectare Viña Santa Rosa estate ... The estate,
    which covers 1,430 hectares, ..." -- first as the modifier of a place noun (a reserve, park, estate, farm ...),
    then, in one of the next two sentences, the place named again by "the" and its area after "covers" (no other area
    between, no word of a change around the second)."""
    areas = _areas(doc)
    for j, second in enumerate(areas):
        s2 = doc.sentences[second.sentence]
        retold = _PLACE_COVERS.search(doc.text, max(s2.start, second.start - 60), second.start)
        if j == 0 or retold is None or second.compound or singular(retold.group("noun")) not in _PLACES:
            continue
        first = areas[j - 1]
        if not second.sentence - 2 <= first.sentence < second.sentence or not first.compound \
                or resolve_unit(first.unit) != resolve_unit(second.unit):
            continue
        named = _PLACE_AFTER_SIZE.match(doc.text, first.end, doc.sentences[first.sentence].end)
        if named is None or singular(named.group("noun")) != singular(retold.group("noun")) \
                or _CHANGED.search(doc.text, max(s2.start, second.start - 40), second.start) \
                or _CHANGED_AFTER.search(doc.text, second.end, min(s2.end, second.end + 15)):
            continue
        yield MeasureRestatement(link="inferred", cue="the " + retold.group("noun"), first=first, second=second,
                                 subject=retold.group("noun"))


FINDERS = (find_area_restatements, find_blaze_restatements, find_place_area_retold)

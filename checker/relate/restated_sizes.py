"""Relations (round 43): three shapes of a figure told again in the next sentences under another wording (FC402,
inferred).

* a group's size: "A team of 18 researchers ... The 16-strong group" -- the first "a team (group, squad, crew,
  panel, delegation) of N", or "an N-strong team", the second "the N-strong" team or group (or "the N-member"),
  the only group size in between;
* seats won: "won 11 of the 15 seats ... The 12 seats won by her party" -- the first a count of seats after a verb of
  winning or "with ... of the", the second "the N seats won (taken) by", the only count of seats won between;
* a record: "reached 44.2C ..., a national record. The record 42.4C reading" -- the first a measure its own clause
  calls a record, the second "the record" measure in the same unit.

Each is silent when either sentence sets its figure apart (a year, "last", "previous", "earlier", "old", another or
a second group, "more", a change) or the second is told of another time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Document, Kind, Mention
from ..units import compatible, resolve, unit_key
from .needs import needs
from .restated_readings import placed_elsewhere
from .restatements import (_PLACED_ELSEWHERE_AFTER, HYPERNYMS, DefiniteRestatement, MeasureRestatement, noun_phrase,
                           singular)

_GROUPS = r"(?:team|group|squad|crew|panel|delegation|party|contingent|unit|force|taskforce|task\s+force|cohort)"
_GROUP_OF_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[a-z-]+\s+)?" + _GROUPS + r"\s+of\s+(?:some\s+)?$", re.I)
_STRONG_AFTER = re.compile(r"-(?:strong|member|person|man|woman)\s+(?:[a-z-]+\s+)?" + _GROUPS + r"\b", re.I)
_THE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)
_APART = re.compile(r"\b(?:last|previous\w*|earlier|ago|old|former|another|second|other|more|fewer|less|larger|provisional|"
                    r"preliminary|final|trimmed|cut|whittled|initial\w*|"
                    r"smaller|new|rival|original\w*|expand\w*|grew|grown|rose|fell|shrank|reduced|(?:19|20)\d\d)\b",
                    re.I)

_SEATS_WON_BEFORE = re.compile(r"\b(?:won|winning|wins|took|taking|secured|captured|claimed|with)\s+$", re.I)
_OF_THE_SEATS = re.compile(r"\s+of\s+(?:the|its)\s+(?:\d[\d,]*|[a-z-]+)\s+(?:[A-Za-z-]+\s+){0,2}?seats\b", re.I)
_SEATS_THEN = re.compile(r"\s+(?:[a-z-]+\s+)?seats\b", re.I)
_SEATS_WON_AFTER = re.compile(r"\s+seats\s+(?:it\s+|they\s+|she\s+|he\s+)?(?:won|taken|took|secured|captured|claimed)"
                              r"(?:\s+by)?\b", re.I)

# (round 43) a group with a place or body of its own: "the 12-strong team at the partner university"
_OWN_PLACE_AFTER = re.compile(r"\s+(?:at|in|from|of|for|based)\b", re.I)
# who won the seats, named after "won by": "the 16 seats won by Labour" (a pronoun or "the party" names no other)
_BY_NAME = re.compile(r"\s+([A-Z][\w'’-]+)")
_PLACE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:in|at|near|on)\s+([A-Z][\w'’-]+)")

_APART_UNDATED = re.compile(_APART.pattern.replace(r"|(?:19|20)\d\d", ""), re.I)


def _set_apart(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 47) Words between two sizes, or after the second in its sentence, that tell of another time or thing
    (``_APART``); a year after the second tells when it is done, not another size ("replant the entire 4,200 hectares
    by 2027")."""
    return bool(_APART.search(doc.text, first.end, second.start)
                or _APART_UNDATED.search(doc.text, second.end, doc.sentences[second.sentence].end))

_RECORD_AFTER = re.compile(r"(?:\s+(?:in|at|on|near)\s+[^,;:.()\d]{2,40}?)?\s*,\s*(?:a|the)\s+(?:new\s+)?(?:[a-z-]+\s+)?"
                           r"record\b", re.I)
_THE_RECORD_BEFORE = re.compile(r"\b(?:the|that|this)\s+(?:new\s+)?record(?:[- ](?:breaking|equalling))?\s+$", re.I)
_RECORD_APART = re.compile(r"\b(?:previous\w*|old|former|earlier|last|beat\w*|broke|break\w*|surpass\w*|exceed\w*|"
                           r"topp\w*|than|(?:19|20)\d\d|equal\w*)\b", re.I)


@dataclass(frozen=True)
class SizeRestatement(DefiniteRestatement):
    """A group's size, a party's seats or a record told again under another wording (round 43)."""


def _sentence_text(doc: Document, m: Mention) -> str:
    s = doc.sentences[m.sentence]
    return doc.text[s.start:s.end]


def _group_size(doc: Document, m: Mention, second: bool) -> bool:
    s = doc.sentences[m.sentence]
    if m.kind != Kind.COUNT or m.value is None or m.is_range or m.hedge:
        return False
    hyphen = m.text.rfind("-")  # "16-strong" is one compound figure
    strong = _STRONG_AFTER.match(doc.text, m.start + hyphen if m.compound and hyphen > 0 else m.end, s.end)
    if second:
        return bool(strong) and bool(_THE_BEFORE.search(doc.text, max(s.start, m.start - 8), m.start)) \
            and not _OWN_PLACE_AFTER.match(doc.text, strong.end(), s.end)
    return bool(strong) or bool(_GROUP_OF_BEFORE.search(doc.text, max(s.start, m.start - 40), m.start))


def _seats_won(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    return m.kind == Kind.COUNT and m.value is not None and not m.is_range \
        and bool(_SEATS_WON_BEFORE.search(doc.text, max(s.start, m.start - 12), m.start)) \
        and bool(_OF_THE_SEATS.match(doc.text, m.end, s.end) or _SEATS_THEN.match(doc.text, m.end, s.end))


def _seats_won_again(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    won = _SEATS_WON_AFTER.match(doc.text, m.end, s.end)
    if m.kind != Kind.COUNT or m.value is None or m.is_range or won is None \
            or not _THE_BEFORE.search(doc.text, max(s.start, m.start - 8), m.start):
        return False
    by = _BY_NAME.match(doc.text, won.end(), s.end)
    return by is None or by.group(1) in _sentence_text(doc, _first_seats(doc, m) or m)  # "won by Labour": whose?


def _first_seats(doc: Document, m: Mention) -> Mention | None:
    return next((f for f in reversed(doc.mentions) if f.end <= m.start and f.sentence >= m.sentence - 2
                 and _seats_won(doc, f)), None)


def _record(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    return m.kind == Kind.MEASURE and m.value is not None and not m.is_range \
        and bool(_RECORD_AFTER.match(doc.text, m.end, s.end))


def _record_again(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    return m.kind == Kind.MEASURE and m.value is not None and not m.is_range \
        and bool(_THE_RECORD_BEFORE.search(doc.text, max(s.start, m.start - 20), m.start))


def _pairs(doc: Document, firsts: list[Mention], seconds: list[Mention], apart: re.Pattern, same_unit: bool):
    for second in seconds:
        earlier = [f for f in firsts if second.sentence - 2 <= f.sentence < second.sentence]
        if len(earlier) != 1:
            continue
        first = earlier[0]
        if same_unit and (first.unit or "").lower() != (second.unit or "").lower():
            continue
        if any(o.start > first.end and o.end < second.start for o in firsts + seconds if o is not second):
            continue  # another told between: which one?
        between = doc.text[first.end:second.end]
        if apart.search(_sentence_text(doc, second)) or apart.search(between.split(".")[0]):
            continue
        yield first, second


def _told_again(doc: Document, kind: Kind, first_test, second_test, apart: re.Pattern, same_unit: bool):
    """The (first, second) pairs of figures of ``kind`` outside the headline that the two tests pick out."""
    figures = [m for m in doc.mentions if m.kind == kind and not doc.sentences[m.sentence].headline]
    firsts = [m for m in figures if first_test(doc, m)]
    if not firsts:
        return
    seconds = [m for m in figures if second_test(doc, m)]
    yield from _pairs(doc, firsts, seconds, apart, same_unit)


@needs(Kind.COUNT, count=2)
def find_group_size_restatements(doc: Document):
    """A group's size told again as "the N-strong group" (see the module)."""
    for first, second in _told_again(doc, Kind.COUNT, lambda d, m: _group_size(d, m, second=False),
                                     lambda d, m: _group_size(d, m, second=True), _APART, same_unit=False):
        yield SizeRestatement(link="inferred", cue="the N-strong group", first=first, second=second, subject="group")


@needs(Kind.COUNT, count=2, words=("seats",))
def find_seats_won_restatements(doc: Document):
    """A party's seats won told again as "the N seats won by" (see the module)."""
    for first, second in _told_again(doc, Kind.COUNT, _seats_won, _seats_won_again, _APART, same_unit=False):
        yield SizeRestatement(link="inferred", cue="the N seats won by", first=first, second=second, subject="seats won")


@needs(Kind.MEASURE, count=2, words=("record",))
def find_record_restatements(doc: Document):
    """A measure called a record, told again as "the record" measure (see the module)."""
    for first, second in _told_again(doc, Kind.MEASURE, _record, _record_again, _RECORD_APART, same_unit=True):
        if placed_elsewhere(doc, first, second, _PLACE_AFTER):
            continue  # "The record 7.1 metres at Marlow": another place's
        yield SizeRestatement(link="inferred", cue="the record", first=first, second=second, subject="record")


# (round 43) a size told again at the head of the next sentence: "The crane, 86 metres tall, arrived on Monday. At
# 68 metres, it is now the tallest structure on the waterfront"
_AT_OPENING = re.compile(r"\s*[\"'‘“]?At\s+$")
_IT_IS_AFTER = re.compile(r"\s*,\s*(?:it|the\s+([a-z]+))\s+(?:is|was|will\s+be|would\s+be|becomes|became|stands)\b",
                          re.I)
_SIZE_AFTER = re.compile(r"\s+(?:tall|high|long|wide|deep|in\s+(?:height|length|diameter))\b|-", re.I)


def _size_told(doc: Document, m: Mention) -> bool:
    return m.kind == Kind.MEASURE and m.value is not None and not m.is_range and not m.hedge \
        and bool(_SIZE_AFTER.match(doc.text, m.end - 1 if m.compound else m.end, doc.sentences[m.sentence].end))


def _size_at(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    return m.kind == Kind.MEASURE and m.value is not None and not m.is_range and not m.hedge \
        and bool(_AT_OPENING.fullmatch(doc.text, s.start, m.start)) and bool(_IT_IS_AFTER.match(doc.text, m.end, s.end))


@needs(Kind.MEASURE, count=2)
def find_size_at_restatements(doc: Document):
    """A thing's size told as "N metres tall", then "At N metres, it is ..." opening the next sentence (see
    ``_AT_OPENING``)."""
    for first, second in _told_again(doc, Kind.MEASURE, _size_told, _size_at, _APART, same_unit=True):
        if second.sentence != first.sentence + 1:
            continue
        subject = _IT_IS_AFTER.match(doc.text, second.end, doc.sentences[second.sentence].end).group(1)
        if subject and not re.search(r"\b" + re.escape(subject) + r"\b", _sentence_text(doc, first), re.I):
            continue  # "At 68 metres, the tower is ...": another thing than the first sentence's
        yield SizeRestatement(link="inferred", cue="at N, it is", first=first, second=second, subject="size")


# (round 46) a protected place's area told again: "The protected area off Luderitz covers 9,600 square kilometres ...
# Fishing will be banned across the 6,900-square-kilometre reserve"
_PROTECTED_PLACE = r"(?:reserve|park|sanctuary|conservancy|protected\s+area|marine\s+area)"
_PLACE_IN_SENTENCE = re.compile(r"\b" + _PROTECTED_PLACE + r"s?\b", re.I)
_PLACE_AFTER_AREA = re.compile(r"\s+(?:[a-z]+\s+)?(" + _PROTECTED_PLACE + r")\b", re.I)
_INSIDE_AFTER = re.compile(r"[^.;]{0,40}\b(?:within|inside|in\s+(?:the|its)\s+heart|at\s+(?:the|its)\s+heart|part\s+of|next\s+to|beside)\b",
                           re.I)


def _area(m: Mention) -> bool:
    read = resolve(m.unit) if m.kind == Kind.MEASURE else ()
    return len(read) == 1 and (read[0].power == 2 or read[0].name in ("hectare", "acre"))


def _place_area(doc: Document, m: Mention) -> bool:
    """An area, not a modifier, in a sentence that names a protected place (or in the sentence after a headline that
    does)."""
    if not _area(m) or m.value is None or m.is_range or m.hedge:
        return False
    if m.compound:  # (round 50) "a new 12,000-hectare reserve": the place sized by its modifier
        return _PLACE_AFTER_AREA.match(doc.text, m.end, doc.sentences[m.sentence].end) is not None
    return bool(_places_named(doc, m.sentence))


def _place_area_again(doc: Document, m: Mention) -> bool:
    """"the 6,900-square-kilometre reserve": an area written as the modifier of a protected place, after "the";
    (round 48) or the place's own area, "most of the park's 450 square kilometres"."""
    s = doc.sentences[m.sentence]
    if not _area(m) or m.value is None or m.is_range:
        return False
    if not m.compound:
        return _PLACES_OWN_BEFORE.search(doc.text, max(s.start, m.start - 30), m.start) is not None
    return bool(_THE_BEFORE.search(doc.text, max(s.start, m.start - 8), m.start)) \
        and bool(_PLACE_AFTER_AREA.match(doc.text, m.end, s.end))


# (round 48) a protected place's own area: "across most of the park's 450 square kilometres"
_PLACES_OWN_BEFORE = re.compile(r"\b(?:the|its)\s+(?:[a-z]+\s+)?(" + _PROTECTED_PLACE + r")['’]s\s+$", re.I)


def _places_named(doc: Document, index: int) -> set[str]:
    """The protected places a sentence names ("reserve", "protected area"), with those of a headline right before it."""
    found = set()
    for k in (index - 1, index) if index and doc.sentences[index - 1].headline else (index,):
        s = doc.sentences[k]
        found |= {" ".join(hit.group(0).lower().rstrip("s").split())
                  for hit in _PLACE_IN_SENTENCE.finditer(doc.text, s.start, s.end)}
    return found


@needs(Kind.MEASURE, count=2)
def find_area_restatements(doc: Document):
    """(round 46) A protected place's area told again as "the N-hectare reserve" (park, sanctuary) within two
    sentences, in the same unit, nothing setting the second apart (a change, an earlier or a new size)."""
    for first, second in _told_again(doc, Kind.MEASURE, _place_area, _place_area_again, _APART, same_unit=False):
        if first.compound and second.compound:
            continue  # two modifiers: find_modifier_size_restatements
        s = doc.sentences[second.sentence]
        owned = None if second.compound else _PLACES_OWN_BEFORE.search(doc.text, max(s.start, second.start - 30),
                                                                        second.start)
        if unit_key(first.unit) != unit_key(second.unit) and owned is None:
            continue  # (the place's own area may be told in another unit: "4,500 hectares ... the park's 450 km2")
        noun = " ".join((owned or _PLACE_AFTER_AREA.match(doc.text, second.end, s.end)).group(1).lower().split())
        if noun not in _places_named(doc, first.sentence) or _INSIDE_AFTER.match(doc.text, second.end, s.end):
            continue  # "The park covers 2,400 hectares ... the 300-hectare sanctuary within it": another place
        yield MeasureRestatement(link="inferred", cue="the protected place", first=first, second=second,
                                 subject="protected area")


# (round 47) an elected body's size told again by its seats: "elected a new 31-member assembly ... took 14 of the 33
# seats", "the 60-seat council ... the council's 62 seats"
_BODIES = r"(?:assembly|council|parliament|chamber|legislature|senate|house|congress|board|cabinet|bundestag|duma|knesset)"
_BODY_SIZE_AFTER = re.compile(r"-(?:seat|member)\s+(?:[a-z-]+\s+){0,2}?(" + _BODIES + r")\b", re.I)
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|its|their)\s+$", re.I)
_BODY_OWNED_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:[a-z-]+\s+)?" + _BODIES + r"['’]s\s+$", re.I)
_SEATS_AFTER = re.compile(r"\s+seats\b(?!\s+(?:in|at|on|for|across|outside|from|up|contested|at\s+stake|being|on\s+offer|"
                          r"available|declared|(?:it|they|he|she)\s+(?:contested|fought|defended|held)|that|which)\b)",
                          re.I)  # (not "21 of the 38 seats up for election": some of them)


def _body_size(doc: Document, m: Mention) -> bool:
    """"a new 31-member assembly", "the 60-seat council": an elected body's size, joined to it."""
    if m.kind != Kind.COUNT or not m.compound or m.value is None or m.is_range or m.hedge:
        return False
    return _body_noun(doc, m) is not None


def _body_noun(doc: Document, m: Mention) -> str | None:
    """The body a size is joined to: "the 47-member Hartside council" -> council."""
    hyphen = m.text.rfind("-")
    found = _BODY_SIZE_AFTER.match(doc.text, m.start + hyphen, doc.sentences[m.sentence].end) if hyphen > 0 else None
    return found.group(1).lower() if found else None


def _body_seats_again(doc: Document, m: Mention) -> bool:
    """"14 of the 33 seats", "the council's 62 seats", "the 33-seat assembly": the body's size told again."""
    if m.kind != Kind.COUNT or m.value is None or m.is_range or m.hedge:
        return False
    s = doc.sentences[m.sentence]
    if m.compound:
        return _body_size(doc, m) and bool(_THE_BEFORE.search(doc.text, max(s.start, m.start - 8), m.start))
    return bool(_SEATS_AFTER.match(doc.text, m.end, s.end)) and bool(
        _OF_THE_BEFORE.search(doc.text, max(s.start, m.start - 12), m.start)
        or _BODY_OWNED_BEFORE.search(doc.text, max(s.start, m.start - 40), m.start))


@needs(Kind.COUNT, count=2, words=("seat", "member"))
def find_body_size_restatements(doc: Document):
    """(round 47) An elected body's size joined to it ("a 31-member assembly") told again by its seats within two
    sentences ("14 of the 33 seats"), nothing setting the second apart."""
    for first, second in _told_again(doc, Kind.COUNT, _body_size, _body_seats_again, _APART, same_unit=False):
        if second.compound and _body_noun(doc, second) != _body_noun(doc, first):
            continue  # (round 48) "the 47-member council ... The 12-member fire board": another body
        yield SizeRestatement(link="inferred", cue="the body's seats", first=first, second=second, subject="seats")



# (round 47) all of a sized thing told again: "its 2,400-hectare estate ... replant the entire 4,200 hectares"
_ALL_OF_BEFORE = re.compile(r"\b(?:the\s+(?:entire|whole)|all\s+(?:of\s+)?(?:the|its|their)|all)\s+$", re.I)
_SIZED_NOUN_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,2}?([a-z]+)\b")
# what a size joined to it names no thing of one fixed size: an event, a move, a stretch of something larger
_NOT_SIZED_THINGS = frozenset("""race run walk swim ride trek hike journey trip drive flight route stretch section
    part portion extension expansion increase rise cut fall drop reduction loss gain limit radius zone buffer
    exclusion""".split())


def _sized_thing(doc: Document, m: Mention) -> bool:
    """"its 2,400-hectare estate": a thing's size (an area or a length) joined to its noun."""
    if m.kind != Kind.MEASURE or not m.compound or m.value is None or m.is_range or m.hedge:
        return False
    noun = _SIZED_NOUN_AFTER.match(doc.text, m.end, doc.sentences[m.sentence].end)
    return noun is not None and noun.group(1).lower().rstrip("s") not in _NOT_SIZED_THINGS


# (round 61) a thing's extent told by its verb: "The new orchard covers 14 hectares"
_EXTENT_VERB_BEFORE = re.compile(r"(?:\b([a-z]+)\s+)?\b(?:covers|covered|covering|spans|spanned|spanning|occupies|"
                                 r"occupied|occupying|extends\s+over|extended\s+over|sprawls\s+over|sprawling\s+over)"
                                 r"\s+$", re.I)


def _extent_verb(doc: Document, m: Mention) -> re.Match | None:
    """(round 61) "The new orchard covers 14 hectares": the verb of extent (and the subject's last word, if any)
    right before a thing's unhedged area or length; None for any other figure."""
    if m.kind != Kind.MEASURE or m.compound or m.value is None or m.is_range or m.hedge:
        return None
    return _EXTENT_VERB_BEFORE.search(doc.text, max(0, m.start - 40), m.start)


def _all_of_it(doc: Document, m: Mention) -> bool:
    """"the entire 4,200 hectares", "all 38 miles": a measure told as all of something."""
    s = doc.sentences[m.sentence]
    return m.kind == Kind.MEASURE and not m.compound and m.value is not None and not m.is_range and not m.hedge \
        and bool(_ALL_OF_BEFORE.search(doc.text, max(s.start, m.start - 16), m.start)) \
        and not _OF_AFTER.match(doc.text, m.end)  # (not "all 40 acres of its northern field": all of another thing)


_OF_AFTER = re.compile(r"\s+of\b", re.I)


@needs(Kind.MEASURE, count=2)
def find_whole_of_sized_restatements(doc: Document):
    """(round 47) A thing's size joined to its noun ("its 2,400-hectare estate") told again, in its sentence or the
    next, as all of it ("replant the entire 4,200 hectares"), in the same unit, the only such size before it there and
    nothing setting the second apart."""
    figures = [m for m in doc.mentions if m.kind == Kind.MEASURE and not doc.sentences[m.sentence].headline]
    for second in figures:
        if not _all_of_it(doc, second):
            continue
        earlier = [f for f in figures if f.end <= second.start and second.sentence - 1 <= f.sentence
                   and unit_key(f.unit) == unit_key(second.unit)]
        sized = [f for f in earlier if _sized_thing(doc, f) or _extent_verb(doc, f)]
        if len(sized) != 1 or earlier[-1] is not sized[0]:
            continue  # several sizes, or another figure in the unit after the size: which one?
        first = sized[0]
        if _set_apart(doc, first, second):
            continue
        if first.compound:
            noun = _SIZED_NOUN_AFTER.match(doc.text, first.end, doc.sentences[first.sentence].end).group(1).lower()
        else:  # (round 61) the subject of the verb of extent, if a plain noun: "The new orchard covers 14 hectares"
            noun = (_extent_verb(doc, first).group(1) or "").lower()
            noun = noun if noun and noun not in ("it", "which", "that", "and", "now", "still", "already") else "size"
        yield MeasureRestatement(link="inferred", cue="all of it", first=first, second=second, subject=noun)


# (round 47) a fire's area told again: "A scrub fire near Twizel has burnt through 2,400 hectares ... the 3,900-acre
# blaze" (in either unit of area: FC404 converts)
_FIRES = r"(?:fire|blaze|wildfire|bushfire|inferno|grassfire|forest\s+fire|scrub\s+fire)"
_BURNT_BEFORE = re.compile(r"\b" + _FIRES + r"s?\b[^.;:]{0,80}?\b(?:burnt|burned|scorched|consumed|razed|blackened|"
                           r"torched|ravaged|swept)\s+(?:through\s+|across\s+|over\s+)?(?:more\s+than\s+|about\s+|"
                           r"some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|at\s+least\s+)?$", re.I)
_FIRE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?" + _FIRES + r"\b", re.I)


def _fire_area(doc: Document, m: Mention) -> bool:
    """"A scrub fire ... has burnt through 2,400 hectares": the area a fire burnt, told by its verb."""
    s = doc.sentences[m.sentence]
    return _area(m) and not m.compound and m.value is not None and not m.is_range \
        and bool(_BURNT_BEFORE.search(doc.text, max(s.start, m.start - 120), m.start))


def _fire_area_again(doc: Document, m: Mention) -> bool:
    """"the 3,900-acre blaze": an area written as the modifier of a fire, after "the"."""
    s = doc.sentences[m.sentence]
    return _area(m) and m.compound and m.value is not None and not m.is_range \
        and bool(_THE_BEFORE.search(doc.text, max(s.start, m.start - 8), m.start)) \
        and bool(_FIRE_AFTER.match(doc.text, m.end, s.end))


@needs(Kind.MEASURE, count=2)
def find_fire_area_restatements(doc: Document):
    """(round 47) The area a fire burnt, told again within two sentences as "the N-acre blaze" (fire, wildfire), in any
    unit of area, nothing setting the second apart (another fire, an earlier or a new size)."""
    for first, second in _told_again(doc, Kind.MEASURE, _fire_area, _fire_area_again, _APART, same_unit=False):
        if _FIRE_GREW.search(doc.text, first.end, doc.sentences[second.sentence].end):
            continue  # "had burned 14,000 hectares by Tuesday ... now hope to contain the 41,000-hectare blaze": it grew
        yield MeasureRestatement(link="inferred", cue="the fire's area", first=first, second=second, subject="fire")


# a fire's area told at a time, or after it spread: two sizes of a growing fire
_FIRE_GREW = re.compile(r"\b(?:by\s+(?:\w+day|then|now|the\s+time|nightfall|dawn|morning|evening|noon)|so\s+far|later|"
                        r"since\s+(?:then|grown|spread)|spread\w*|grew|grown|still|currently|latest|overnight)\b", re.I)


# (round 47) a collection's size told again by its items: "some 1,400 bottles in all ... the 1,100-bottle collection"
_COLLECTIONS = r"(?:collection|cellar|library|archive|fleet|herd|flock|portfolio|haul|consignment|shipment|hoard|stash|" \
               r"cache|stock|inventory|catalogue|catalog|order)"
_COLLECTION_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?" + _COLLECTIONS + r"\b", re.I)
_COLLECTION_IN = re.compile(_COLLECTIONS, re.I)


_WHOLE_HELD_BEFORE = re.compile(r"\b(?:holds?|held|has|have|had|owns?|owned|keeps?|kept|numbers?|numbered|comprises?|"
                                r"comprised|totals?|totalled|of)\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|"
                                r"more\s+than\s+)?$", re.I)
_IN_ALL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|altogether)\b", re.I)


def _item_of_collection(doc: Document, m: Mention) -> tuple[str, str] | None:
    """"the 1,100-bottle collection": the item a collection is counted by and the collection's noun ("bottle",
    "collection"), when told after "the"."""
    s = doc.sentences[m.sentence]
    if m.kind != Kind.COUNT or not m.compound or "-" not in m.text or m.value is None or m.is_range \
            or not _THE_BEFORE.search(doc.text, max(s.start, m.start - 8), m.start):
        return None
    collection = _COLLECTION_AFTER.match(doc.text, m.end, s.end)
    if collection is None:
        return None
    return singular(m.text.rsplit("-", 1)[1]), collection.group(0).split()[-1].lower()


@needs(Kind.COUNT, count=2)
def find_collection_restatements(doc: Document):
    """(round 47) The count of a collection's items ("some 1,400 bottles") told again within two sentences as the size
    of "the N-item collection" (cellar, fleet, herd, haul ...), the only count of those items between, nothing setting
    the second apart."""
    counts = [m for m in doc.mentions if m.kind == Kind.COUNT and m.value is not None and not m.is_range
              and not m.compound and m.noun and not doc.sentences[m.sentence].headline]
    for second in doc.mentions:
        told = _item_of_collection(doc, second)
        if told is None or doc.sentences[second.sentence].headline:
            continue
        item, noun = told
        earlier = [m for m in counts if m.end <= second.start and second.sentence - 2 <= m.sentence
                   and (singular(m.noun) == item or singular(m.noun) in HYPERNYMS.get(item, ()))]
        # ((round 62) the general word for the items first counted: "a fleet of 27 boats ... the 25-vessel fleet")
        if len(earlier) != 1:
            continue
        first = earlier[0]
        if _set_apart(doc, first, second):
            continue
        if not (_WHOLE_HELD_BEFORE.search(doc.text, max(0, first.start - 30), first.start)
                or _IN_ALL_AFTER.match(doc.text, first.noun_span.end if first.noun_span else first.end)
                or _COLLECTION_IN.search(doc.text, doc.sentences[first.sentence].start,
                                         doc.sentences[first.sentence].end)):
            continue  # told as all that is held ("some 1,400 bottles in all", "holds 300 cows"), not "sold 40 paintings"
        yield SizeRestatement(link="inferred", cue="the collection", first=first, second=second, subject=noun)


# (round 49) a thing sized by a modifier, then again by one in another unit of the same dimension: "The 24-metre
# schooner ... the 120-foot schooner", "a 12-hectare site ... The 45-acre site"
def _sized_by_modifier(m: Mention) -> bool:
    read = resolve(m.unit) if m.kind == Kind.MEASURE and m.compound else ()
    return len(read) == 1 and m.value is not None and not m.is_range and not m.hedge


_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]+)\b")


def _head_nouns(doc: Document, m: Mention) -> set[str]:
    """The nouns a size may modify: its noun phrase's head and the word right after it ("the 24-metre schooner
    Cassia Belle": "schooner"; "the 6.5-metre main mirror": "mirror")."""
    nxt = _NEXT_WORD.match(doc.text, m.end)
    found = {noun_phrase(doc, m).head, nxt.group(1) if nxt else None}
    return {(singular(w) or "").lower() for w in found if w} - {""}


@needs(Kind.MEASURE, count=2)
def find_modifier_size_restatements(doc: Document):
    """(round 49) A thing's size written as a modifier ("a 24-metre schooner") told again within two sentences as
    "the N-foot schooner": the same head noun right after both, the same dimension in another unit (the same unit is
    ``restatements.find_attribute_restatements``'s), the second after "the", "this" or "that", no other size of that
    noun between, nothing setting the second apart (a change, an earlier, another or a new size)."""
    sized = [m for m in doc.mentions if _sized_by_modifier(m) and not doc.sentences[m.sentence].headline]
    if len(sized) < 2:
        return
    heads = {id(m): _head_nouns(doc, m) for m in sized}
    for j, second in enumerate(sized):
        s = doc.sentences[second.sentence]
        head = heads[id(second)]
        if not head or not _THE_BEFORE.search(doc.text, max(s.start, second.start - 8), second.start):
            continue
        earlier = [m for m in sized[:j] if heads[id(m)] & head and second.sentence - 2 <= m.sentence < second.sentence]
        if len(earlier) != 1:
            continue
        first = earlier[0]
        if unit_key(first.unit) == unit_key(second.unit) or not compatible(resolve(first.unit), resolve(second.unit)) \
                or _set_apart(doc, first, second):
            continue
        noun = _NEXT_WORD.match(doc.text, second.end)
        if placed_elsewhere(doc, first, second, _PLACE_AFTER) \
                or _PLACED_ELSEWHERE_AFTER.match(doc.text, noun.end() if noun else second.end):
            continue  # "the 300-foot tower in the next town", "... at Marlow": another one
        yield MeasureRestatement(link="inferred", cue="the N-unit thing", first=first, second=second,
                                 subject=sorted(heads[id(first)] & head)[0])


# (round 60) a group of animals named by its collective noun and "of": "the herd of eight", "the colony of 240"
_HERD_OF_BEFORE = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[a-z-]+\s+)?(herd|flock|pack|pride|pod|colony|troop|"
                             r"litter|brood|clutch|shoal|swarm|gaggle)\s+of\s+(?:some\s+|about\s+)?$", re.I)
# the first count told as a whole held: owned ("Brockford Zoo's seven giraffes", "its 40 cows") or "the"
_HELD_WHOLE_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her)|['’]s)\s+(?:[a-z-]+\s+)?$", re.I)


@needs(Kind.COUNT, count=2, words=("herd", "flock", "pack", "pride", "pod", "colony", "troop", "litter", "brood",
                                   "clutch", "shoal", "swarm", "gaggle"))
def find_herd_of_retold(doc: Document):
    """(round 60) A count of animals held as a whole ("Brockford Zoo's seven giraffes") told again within two
    sentences as "the herd of eight" (flock, pack, pride, pod, colony ...): the only count of things told as such a
    whole between, nothing setting the second apart (another time, more, a new or another group)."""
    counts = [m for m in doc.mentions if m.kind == Kind.COUNT and m.value is not None and not m.is_range
              and not m.compound and m.noun and not doc.sentences[m.sentence].headline]
    for second in counts + [m for m in doc.mentions if m.kind == Kind.COUNT and m.noun is None and m.value is not None]:
        s = doc.sentences[second.sentence]
        named = _HERD_OF_BEFORE.search(doc.text, max(s.start, second.start - 30), second.start)
        if named is None or s.headline or second.is_range:
            continue
        earlier = [m for m in counts if m.end <= second.start and second.sentence - 2 <= m.sentence < second.sentence
                   and m.noun.lower().endswith("s")]
        if len(earlier) != 1:
            continue
        first = earlier[0]
        if not _HELD_WHOLE_BEFORE.search(doc.text, max(0, first.start - 20), first.start) \
                or _APART.search(doc.text, max(s.start, second.start - 40), second.start) \
                or _APART_UNDATED.search(doc.text, second.end, s.end):
            continue  # (words of another time or group by the second, not "moved to a new enclosure" by the first)
        yield SizeRestatement(link="inferred", cue="the " + named.group(1).lower(), first=first, second=second,
                              subject=named.group(1).lower())


# (round 60) a measure named as its holder's own, by "of": "Her winning height of 4.80m", "her birth weight of 108kg"
_OWN_MEASURE_OF = re.compile(r"\b(?:her|his|its|their)\s+(?:winning\s+|birth\s+|final\s+|official\s+)?"
                             r"(height|weight|length|distance|throw|jump|leap|vault|span)\s+of\s+(?:about\s+|some\s+)?$",
                             re.I)
# the first: a measure right after a verb that made or found it ("cleared 4.85 metres", "weighed 118kg", "threw 68.2m")
_MEASURED_BY_VERB = re.compile(r"\b(?:cleared|clearing|jumped|jumping|leapt|leaped|vaulted|threw|throwing|hurled|weighed|"
                               r"weighing|measured|measuring|tipped\s+the\s+scales\s+at)\s+(?:about\s+|some\s+|a\s+)?$",
                               re.I)
_OWN_MEASURE_APART = re.compile(r"\b(?:personal|previous|best|record|last\s+(?:year|season)|earlier|old|(?:19|20)\d\d)\b",
                                re.I)


@needs(Kind.MEASURE, count=2, words=("height", "weight", "length", "distance", "throw", "jump", "leap", "vault", "span"))
def find_own_measure_retold(doc: Document):
    """(round 60) A measure made or found by a verb ("cleared 4.85 metres", "weighed 118kg") told again in the same unit
    within two sentences as its holder's own "of" ("Her winning height of 4.80m", "her birth weight of 108kg"): the only such
    measure in that unit before, in the second's sentence or the two before it; nothing right before the second
    tells of a best, a record or another time ("her personal best of", "his previous record of")."""
    measures = [m for m in doc.mentions if m.kind == Kind.MEASURE and m.value is not None and not m.is_range
                and not doc.sentences[m.sentence].headline]
    for j, second in enumerate(measures):
        s2 = doc.sentences[second.sentence]
        named = _OWN_MEASURE_OF.search(doc.text, max(s2.start, second.start - 40), second.start)
        if named is None or second.compound:
            continue
        made = [m for m in measures[:j] if second.sentence - 2 <= m.sentence <= second.sentence and not m.compound
                and unit_key(m.unit) == unit_key(second.unit)
                and _MEASURED_BY_VERB.search(doc.text, max(doc.sentences[m.sentence].start, m.start - 30), m.start)]
        if len(made) != 1 or _OWN_MEASURE_APART.search(doc.text, max(s2.start, second.start - 40), second.start):
            continue  # (words before it of another measure: "her personal best of", "his previous record of")
        yield SizeRestatement(link="inferred", cue="the holder's own measure", first=made[0], second=second,
                              subject=named.group(1).lower())


FINDERS = (find_group_size_restatements, find_seats_won_restatements, find_record_restatements,
           find_size_at_restatements, find_area_restatements, find_body_size_restatements,
           find_whole_of_sized_restatements, find_fire_area_restatements, find_collection_restatements,
           find_modifier_size_restatements, find_herd_of_retold, find_own_measure_retold)

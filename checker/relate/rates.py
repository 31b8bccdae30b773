"""Relations: an average speed against the distance and the time it is the quotient of (round 21).

**Speed = distance / time** (``SpeedDistanceTime``): "cut the 142-mile journey to 1 hour 52 minutes -
an average speed of 76mph".  Three figures of one sentence:

* a distance -- a measure of length (miles, km, metres, nautical miles; "the 142-mile route", "a
  distance of 228km"), the same distance restated in another unit counting once ("142 miles (228km)");
* a time -- a length of time in seconds, minutes, hours, days or weeks ("1hr 52min", "in 3 hours",
  "two hours and 10 minutes" read as one, "an hour and 52 minutes" too) or a race time after "in" or
  "took" ("in 2:05:30", "in 1:52");
* a speed -- mph, km/h, kph, knots, "miles per hour", or a length "an hour"/"a day"/"per second"
  ("76 miles an hour", "250 miles a day").

Only when the sentence ties the speed to the journey (``_CUE``): the speed follows the time or the
distance after "an average (speed) of", "averaging", "at an average of", "which works out at",
"equating to" (", an average speed of 84mph"; "That is an average of 76mph." opening the next sentence,
inferred; "- about 76mph on average" after the journey's last figure), or opens the sentence ("Averaging 76mph, the train covers ...", "At an average speed of
60mph, the 150-mile trip takes 2.5 hours") or stands between the two ("flew 5,500 miles at an average
of 550mph, taking 10 hours").  Never a top speed, a speed limit or speeds "of up to" (no average word),
a speed of one stretch ("averaging 110mph on the new section", "between Y and Z" after it), nor a
sentence with two distances (two legs) or a second speed tied the same way.

The checked figure is the last of the three (a speed after the journey, a time after "Averaging 76mph,
the 142 miles take ..."); when a sentence gives more than one time ("to 1 hour 52 minutes from 2 hours
4 minutes"), a speed that any of them explains is consistent, and the checked figure is never one of
two times.  The link is explicit when one sentence ties the three with an average word and gives one
time; inferred otherwise (a warning).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from .. import hedges
from .. import units as _units
from ..transform import SECONDS_PER as _SECONDS
from ..model import Document, Kind, Mention, Relation
from .needs import needs
from .units import rounding_half_width


@dataclass(frozen=True)
class SpeedDistanceTime(Relation):
    """``speed`` is ``distance`` over one of ``times``; ``target`` (one of them) is the figure checked."""

    distance: Mention | None = None
    times: tuple = ()  # candidate times: tuples of one mention, or two joined ("2 hours and 5 minutes")
    speed: Mention | None = None
    target: Mention | None = None
    metres: Fraction = Fraction(1)  # metres in one unit of the distance
    speed_si: Fraction = Fraction(1)  # metres per second in one unit of the speed
    time_seconds: tuple = ()  # for each candidate time: (value in seconds, half-width in seconds)

    def members(self) -> tuple[Mention, ...]:
        others = [m for m in (self.distance, self.speed, *[t for ts in self.times for t in ts]) if m is not self.target]
        return (self.target, *others)


_METRE = _units.PhysUnit("meter")
_METRE_PER_SECOND = _units.PhysUnit("meter/second")
# "76 miles an hour", "250 miles a day", "8 metres per second": a length made a speed by its period
PERIOD_AFTER = re.compile(r"\s+(?:an?|per|each)\s+(hour|minute|second|day)\b", re.I)
# "in 2:05:30", "took 1:52": a race time written as a clock
_RACE_TIME_BEFORE = re.compile(r"\b(?:in|took|takes|taking|time\s+of|clocked|clocking|finished\s+in)\s+\Z", re.I)
_CLOCK_TEXT = re.compile(r"(\d{1,2}):([0-5]\d)(?::([0-5]\d))?\Z")
# "an hour and 52 minutes": the hour the grammar leaves as words
_WORD_HOUR_BEFORE = re.compile(r"\b(an?|one)\s+(hour|day|minute)\s+(?:and\s+)?\Z", re.I)
# a unit word just before a length of time that is not a figure of its own: whose part is it? ("hours and")
_UNIT_WORD_BEFORE = re.compile(r"\b(?:hours?|hrs?|minutes?|mins?|days?|weeks?|seconds?|secs?)\s*,?\s*(?:and\s+)?\Z",
                               re.I)
_JOINED = re.compile(r"\s*,?\s*(?:and\s+)?\Z")
# a length of time that is a rate's period or per unit: "14 trains a day", "3 minutes per km"
_PER_AFTER = re.compile(r"\s*(?:per|a|an|each|every|/)\s*(?:km|kilomet|mile|metre|meter|lap|person|head|passenger)", re.I)
_RATE_DURATION = re.compile(r"(?:an?|per|each|every)\s", re.I)

# the words that tie a speed to the journey, just before the speed (its hedge is the mention's own)
_AVERAGE = (r"(?:an?\s+)?(?:overall\s+)?(?:average|mean)(?:\s+(?:speed|pace|velocity))?(?:\s+of)?"
            r"|averag(?:ing|ed|es)(?:\s+(?:a\s+speed\s+of|speeds?\s+of))?")
_WORKS_OUT = (r"(?:works?|working|worked)\s+out\s+(?:at|to|as)|equat(?:es|ing|ed)\s+to|(?:is|was)\s+equivalent\s+to"
              r"|translat(?:es|ing)\s+(?:to|into)")
_CUE = re.compile(
    r"\s*(?:,|\(|:|-|--|–|—)?\s*"
    r"(?:(?:which|that|this|it)\s+(?:(?:is|was|would\s+be|means?|meant|gives?|gave|represents?)\s+)?"
    r"|(?:giving|meaning|making|representing|for|or|and|at|travelling\s+at|traveling\s+at|running\s+at|"
    r"moving\s+at|going\s+at)\s+)?"
    rf"(?:(?:{_WORKS_OUT})\s+(?:(?:{_AVERAGE})\s+)?|(?:at\s+)?(?:{_AVERAGE})\s+)\Z", re.I)
# the speed opening the sentence: "Averaging 76mph, ...", "At an average speed of 60mph, ..."
_FRONT_CUE = re.compile(rf"\s*(?:(?:At|With)\s+(?:{_AVERAGE})|(?:Travelling|Traveling|Running|Moving)\s+at\s+(?:{_AVERAGE})"
                        rf"|Averaging)\s+\Z", re.I)
# the next sentence's opening: "That is an average of 76mph.", "This works out at an average speed of ..."
_NEXT_CUE = re.compile(rf"\s*(?:That|This|It|Which)(?:\s+(?:is|was|would\s+be|means|represents|gives)|['’]s)?\s+"
                       rf"(?:(?:{_WORKS_OUT})\s+)?(?:{_AVERAGE})\s+\Z", re.I)
# after a speed that stands between the two: "at an average of 550mph, taking 10 hours", "... over the 142 miles"
_SPEED_OUT = re.compile(r"\s*,?\s*(?:taking|covering|to\s+cover|and\s+(?:took|takes|take|covered|covers|cover)|in|over|"
                        r"across|for)\s+(?:(?:the|its|their|a|an|whole|entire|full)\s+){0,2}\Z", re.I)
# what may follow the last figure: the sentence ends or a clause does ("an average of 76mph, the firm said")
_TAIL_END = re.compile(r"\s*(?:[.!?;)\]]|,|\s[-–—]\s|—|\Z)")
_COMMA = re.compile(r"\s*,")
# the average told after the speed, set off right after the journey: "in 1hr 52min - about 76mph on average"
_ON_AVERAGE = re.compile(r"\s+on\s+average\b", re.I)
_BARE_GAP = re.compile(r"\s*(?:,|\(|:|-|--|–|—)\s*(?:or\s+|which\s+is\s+)?\Z", re.I)
# the whole journey named again after the speed: "averaging 20.2km/h over the course"
_WHOLE_TRIP_AFTER = re.compile(r"\s+(?:over|for|across|on)\s+(?:the|its|their)\s+(?:(?:whole|full|entire)\s+)?"
                               r"(?:course|distance|route|journey|trip|race|crossing|flight|run|ride|drive|voyage|way)\b",
                               re.I)
_CLAUSE_BREAK = re.compile(r";|\b(?:but|while|whereas|although)\b")


# what an adjective distance measures when it is the journey's: "the 142-mile journey", "a 46-nautical-mile
# crossing" (not "a 40ft keelboat", "a 300-metre tower": the size of a thing)
_JOURNEY_NOUN = re.compile(r"(?:\s*[(\[][^()\[\]]{0,24}[)\]])?[\s)\]-]+(?:[a-z]+\s+)?(?:journey|trip|route|race|course|line|stretch|crossing|run|flight|"
                           r"ride|walk|voyage|leg|section|loop|trek|drive|stage|marathon|road|track|lap|swim|passage|"
                           r"circuit|ultramarathon|hike|expedition|challenge|odyssey|commute|link|service|sail|"
                           r"relay|tour|distance|path|trail|way|row|paddle|cycle|event)s?\b", re.I)


def _journey_distance(doc: Document, m: Mention) -> bool:
    """A distance travelled: a measure of length not written as the size of a thing ("a 40ft keelboat")."""
    if not m.compound:
        return True
    return bool(_JOURNEY_NOUN.match(doc.text, m.end))


def _length_metres(m: Mention) -> Fraction | None:
    """Metres in one unit of a measure of length; ``None`` for any other measure."""
    for u in _units.resolve(m.unit):
        if u.power == 1 and "/" not in u.name:
            lin = _units.conversion(u, _METRE)
            if lin is not None and not lin.b:
                return lin.a
    return None


def _speed_si(doc: Document, m: Mention) -> tuple[Fraction, int] | None:
    """(metres per second in one unit of the speed, where the speed's words end), or ``None``."""
    if m.kind != Kind.MEASURE or m.value is None or m.is_range or m.value <= 0:
        return None
    for u in _units.resolve(m.unit):
        if "/" in u.name or u.name == "knot":
            lin = _units.conversion(u, _METRE_PER_SECOND)
            if lin is not None and not lin.b:
                return lin.a, m.end
    period = PERIOD_AFTER.match(doc.text, m.end)
    if period:
        metres = _length_metres(m)
        if metres is not None:
            return metres / _SECONDS[period.group(1).lower()], period.end()
    return None


def stated_half_width(value: Fraction, precision: Fraction | None) -> Fraction:
    """Half the unit of the last stated digit, a round figure within 5%, never more than 10% of it (also the
    rule's reading of a distance or a speed)."""
    return min(rounding_half_width(value, precision), abs(value) / 10)


def _times(doc: Document, ms: tuple[Mention, ...]) -> list[tuple[tuple[Mention, ...], Fraction, Fraction]]:
    """The sentence's lengths of time as (mentions, seconds, half-width in seconds); two figures joined
    ("2 hours and 5 minutes") are one length, exact to the last."""
    out = []
    k = 0
    while k < len(ms):
        m = ms[k]
        k += 1
        if m.value is None or m.is_range:
            continue
        if m.kind == Kind.TIME:
            clock = _CLOCK_TEXT.fullmatch(m.text)
            if clock is None or not _RACE_TIME_BEFORE.search(doc.text, max(0, m.start - 20), m.start) \
                    or re.match(r"\s*(?:[ap]\.?m\b|GMT|BST|local)", doc.text[m.end:m.end + 6], re.I):
                continue
            h, mi, s = int(clock.group(1)), int(clock.group(2)), int(clock.group(3) or 0)
            seconds = Fraction(h * 3600 + mi * 60 + s) if clock.group(3) else Fraction(h * 3600 + mi * 60)
            out.append(((m,), seconds, Fraction(1, 2) if clock.group(3) else Fraction(30)))
            continue
        if m.kind != Kind.DURATION or m.unit not in _SECONDS or m.value <= 0:
            continue
        if _RATE_DURATION.match(m.text) or _PER_AFTER.match(doc.text, m.end):
            continue  # "14 trains a day", "3 minutes per km"
        factor = Fraction(_SECONDS[m.unit])
        seconds, half = m.value * factor, stated_half_width(m.value, m.precision) * factor
        parts: tuple[Mention, ...] = (m,)
        word_hour = _WORD_HOUR_BEFORE.search(doc.text, max(0, m.start - 16), m.start)
        if word_hour and _SECONDS[word_hour.group(2).lower()] > _SECONDS[m.unit]:
            seconds += _SECONDS[word_hour.group(2).lower()]  # "an hour and 52 minutes"
            half = min(half, factor / 2)
        elif _UNIT_WORD_BEFORE.search(doc.text, max(0, m.start - 12), m.start):
            continue  # "... hours and 52 minutes" with the hours not read: part of a length we cannot tell
        if k < len(ms) and ms[k].kind == Kind.DURATION and ms[k].unit in _SECONDS and ms[k].value is not None \
                and _SECONDS[ms[k].unit] < _SECONDS[m.unit] and _JOINED.fullmatch(doc.text, m.end, ms[k].start):
            nxt = ms[k]
            k += 1
            parts = (m, nxt)
            seconds = m.value * factor + nxt.value * _SECONDS[nxt.unit]
            half = Fraction(_SECONDS[nxt.unit], 2)  # "2 hours and 5 minutes": exact to the minute
        if m.hedge or len(parts) == 2 and parts[1].hedge:
            hedge = m.hedge or parts[1].hedge
            iv = hedges.interval_for(seconds, 2 * half, hedge)
            if iv.lo is None or iv.hi is None or iv.lo <= 0:
                continue  # "in under two hours": a bound, not a length
            seconds, half = (iv.lo + iv.hi) / 2, (iv.hi - iv.lo) / 2
        out.append((parts, seconds, half))
    return out


@needs(Kind.MEASURE, count=2)
@needs(Kind.DURATION, Kind.TIME)
@needs(words=("averag", "mean", "out", "equat", "equivalent", "translat"))
def find_speed_distance_time(doc: Document):
    """A speed tied by an average word to the distance and the time of one journey in its sentence (or
    the sentence before, after "That is an average of"): see the module docstring."""
    for s, ms in doc.mentions_by_sentence().items():
        if doc.sentences[s].chrome:
            continue
        for m in ms:
            found = _speed_si(doc, m)
            if found is None:
                continue
            relation = _relation(doc, s, ms, m, *found)
            if relation is not None:
                yield relation


def _relation(doc: Document, s: int, ms: tuple[Mention, ...], speed: Mention, speed_si: Fraction,
              speed_end: int) -> SpeedDistanceTime | None:
    sent = doc.sentences[s]
    before = doc.text[sent.start:speed.start]
    next_cue = _NEXT_CUE.fullmatch(before) if s > 0 else None
    front = _FRONT_CUE.fullmatch(before) if next_cue is None else None
    cue = _CUE.search(before[-90:]) if next_cue is None and front is None else None
    on_average = None
    if next_cue is None and front is None and cue is None:
        on_average = _ON_AVERAGE.match(doc.text, speed_end)  # "- about 76mph on average"
        if on_average is None:
            return None
        speed_end = on_average.end()
    next_sentence = s - 1 if next_cue is not None else None  # "That is an average of 76mph.": the sentence before
    pool = doc.mentions_in(next_sentence) if next_sentence is not None else ms
    if next_sentence is not None and (doc.sentences[next_sentence].chrome
                                      or any(_speed_si(doc, m) is not None for m in pool)):
        return None  # the sentence before gives its own speed: "That is" may restate it
    # the sentence's speeds: a second one tied the same way is another journey's
    for other in ms:
        if other is not speed and _speed_si(doc, other) is not None and _CUE.search(
                doc.text[max(sent.start, other.start - 90):other.start]):
            return None
    distances = [m for m in pool if m.kind == Kind.MEASURE and m.value is not None and not m.is_range and m.value > 0
                 and _speed_si(doc, m) is None and _length_metres(m) is not None]
    if not all(_journey_distance(doc, d) for d in distances):
        return None  # "a 40ft (12.2m) keelboat ... averaging 6.7 knots": a size, not the way it went
    groups: list[Mention] = []
    for d in distances:  # the same distance in another unit counts once: "142 miles (228km)"
        metres = d.value * _length_metres(d)
        if any(abs(metres - g.value * _length_metres(g)) <= metres * Fraction(3, 100) for g in groups):
            continue
        groups.append(d)
    if len(groups) != 1:
        return None
    distance = groups[0]
    times = _times(doc, pool)
    if not times:
        return None
    figures = sorted([distance, speed, *[t[0][0] for t in times]], key=lambda m: m.start)
    if next_sentence is None:
        # one clause: no "but", "while" or ";" between the first figure and the last
        lo, hi = figures[0].end, figures[-1].start
        if _CLAUSE_BREAK.search(doc.text, lo, hi):
            return None
        last_before = max((m for m in [distance, *[t[0][-1] for t in times]] if m.end <= speed.start),
                          key=lambda m: m.end, default=None)
        if front is None:
            if last_before is None or not (_BARE_GAP if on_average else _CUE).fullmatch(doc.text, last_before.end,
                                                                                       speed.start):
                return None  # the cue must follow the journey's last figure before the speed
            between = [m for m in ms if last_before.end <= m.start and m.end <= speed.start]
            if between:
                return None
        after_speed = [m for m in (distance, *[t[0][0] for t in times]) if m.start >= speed_end]
        if front is not None:
            if not _COMMA.match(doc.text, speed_end) or not after_speed:
                return None  # "Averaging 76mph, the train covers ...": the speed's clause ends at once
        elif after_speed:
            # "at an average of 550mph, taking 10 hours", "averaging 76mph over the 142 miles"
            if not _SPEED_OUT.fullmatch(doc.text, speed_end, min(after_speed, key=lambda m: m.start).start):
                return None
        elif not _TAIL_END.match(doc.text, speed_end) and not (
                (whole := _WHOLE_TRIP_AFTER.match(doc.text, speed_end)) and _TAIL_END.match(doc.text, whole.end())):
            return None  # "averaging 110mph on the new section": a speed of one stretch
    else:
        if not _TAIL_END.match(doc.text, speed_end):
            return None
    # the checked figure: the last of the three (a time only when the sentence gives one)
    target = max((distance, speed, times[0][0][-1]) if len(times) == 1 else (distance, speed), key=lambda m: m.start)
    if len(times) > 1 and any(t[0][0].start > target.start for t in times):
        return None  # "Averaging 76mph, it covers 142 miles in 1 hour 52 minutes from 2 hours 4 minutes"
    explicit = next_sentence is None and len(times) == 1 and "averag" in (
        (cue.group(0) if cue else "") + (front.group(0) if front else "") + (on_average.group(0) if on_average else "")).lower()
    link_cue = " ".join((cue or front or next_cue or on_average).group(0).strip(" ,(:-–—").split())
    return SpeedDistanceTime(
        link="explicit" if explicit else "inferred", cue=link_cue, distance=distance,
        times=tuple(t[0] for t in times), speed=speed, target=target, metres=_length_metres(distance),
        speed_si=speed_si, time_seconds=tuple((t[1], t[2]) for t in times))


FINDERS = (find_speed_distance_time,)

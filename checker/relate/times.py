"""Relations between clock times: one event's time given twice, and the time between two.

**Restated times** (``TimeRestatement``): "Kick-off is at 7.45pm ... the 7.30pm kick-off".

A clock time belongs to an event by one of two shapes, both read from the words beside it:

* the time before the event's noun, after a determiner: "the 7.30pm kick-off", "the 06:15
  service", "Saturday's 3pm deadline";
* the event's noun as the subject of a short clause that ends "at" the time: "Kick-off is at
  7.45pm", "The flight left at 9.10am", "the meeting is due to start at 6pm", "The final
  kicks off at 3pm" (no comma between, at most seven words).

At least one of the two times must be told of the event in the second way: two times each
naming an event ("the 8.15am flight ... the 8.50am flight") are usually two events.

Events are a closed list of nouns that name something happening at one time of day
(``EVENT_NOUNS``).  A time given twice for one event noun -- exactly two times for that noun
in the text, a few sentences apart -- is a :class:`TimeRestatement`.  Silent when the text
tells of a change of time ("moved", "brought forward", "delayed", "originally", "now", "new
time" ...), when either time has no known half of the day and the two agree on a 12-hour
clock, or when the two are a day apart ("the 7.30 service on Monday ... Tuesday's 7.45").

**Time between two clock times** (``ClockSpan``): "left at 7.10am and arrived at 9.40am, a
journey of 2 hours 10 minutes".  A sentence with exactly two clock times, the earlier first,
and a length of time in minutes or hours right after the second (after a comma, dash or
bracket, or a word that names the span: "a journey of", "after", "taking", "some", "a total
of"; (round 62) the subject's "lasted" after a clause holding the two times, "a marathon 2 hours 45 minutes"), or
between them after "takes"/"lasting" and before "arriving at" ("leaves at 7.10am and
takes 2 hours 10 minutes, arriving at 9.40am").  "2 hours 10 minutes" and "two hours and 10 minutes" are one length.  A time
with no am or pm is read on a 12-hour clock.  (Round 56) Or the length first, sizing a shift, day or journey, then
"from" the one time "to" the other: "work 12-hour shifts, from 7am to 9pm" (not "two eight-hour shifts from ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from ..model import Document, Kind, Mention, Relation
from .needs import needs
from .restatements import Restatement, singular

# what happens at one time of day (singular; "kick-off" as written)
EVENT_NOUNS = frozenset("""kick-off kickoff tip-off start deadline curfew flight train service bus ferry sailing
    departure arrival landing take-off takeoff meeting ceremony concert show performance screening launch
    match game race fixture hearing briefing rally parade procession vigil service broadcast announcement
    eclipse opening closing debate session sitting""".split())
# (round 28) what happens in a moment, its time told only by a verb of its happening ("The earthquake struck at
# 3.40am", "The blast was heard at 9.05pm"; not "Police arrived at the crash at 7.05am")
_MOMENT_NOUNS = frozenset("earthquake quake tremor explosion blast crash collision shooting".split())
_TIMED_NOUNS = EVENT_NOUNS | _MOMENT_NOUNS
_SAME_EVENT = ({"kick-off", "kickoff", "start"}, {"flight", "departure", "take-off", "takeoff"},
               {"train", "service"}, {"bus", "service"}, {"ferry", "sailing", "service"},
               {"earthquake", "quake", "tremor"}, {"explosion", "blast"}, {"crash", "collision"})
_HAPPENED = re.compile(r"\b(?:struck|hit|happened|occurred|exploded|erupted|went\s+off|took\s+place|rocked|shook|"
                       r"(?:was|were)\s+(?:heard|felt|recorded))\s+(?:[a-z]+\s+){0,2}?at\s+$", re.I)
# another event of the kind: "A second, stronger quake struck at 4.40am", "an aftershock"; (round 28) "was
# reported at" is when it was told, not when it happened, and is not in _HAPPENED
_ANOTHER_EVENT = re.compile(r"\b(?:another|second|third|further|separate|aftershocks?|followed)\b", re.I)
# a place named with "in"/"at"/"near": "In Bradford, the shooting happened at 1am" (another shooting than Leeds')
_PLACE_NAMED = re.compile(r"\b(?i:in|at|near|outside)\s+(?:the\s+)?([A-Z][\w'’-]*)")

_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|this|that|a|an)|['’]s)\s+$", re.I)
_NOUN_AFTER = re.compile(r"[\s-]+([A-Za-z][a-z]*(?:-[a-z]+)?)")
# "Kick-off is at", "The flight left at", "the meeting is due to start at": the noun in the
# clause that ends "at" (or "for") the time
_AT_END = re.compile(r"\b(?:at|for)\s+$", re.I)
# words that are verbs as often as nouns: an event only when no other noun names it
_WEAK_NOUNS = frozenset({"start", "opening", "closing", "service"})
_EVENT_VERBS = {"kicks off": "kick-off", "kicked off": "kick-off", "kick off": "kick-off", "kicking off": "kick-off",
                "tips off": "tip-off", "tipped off": "tip-off", "takes off": "take-off", "took off": "take-off"}
_EVENT_VERB = re.compile(r"\b(?:kick(?:s|ed|ing)?|tip(?:s|ped)?|takes|took)\s+off\b", re.I)
_WORD = re.compile(r"[A-Za-z][a-z]*(?:-[a-z]+)?")
_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|after|before|when|until)\b")
# the text tells of a new time
_CHANGED = re.compile(r"\b(?:moved|brought\s+forward|put\s+back|pushed\s+back|delayed|postponed|rescheduled|"
                      r"re-?timed|changed|originally|instead|now|new\s+time|earlier|later|revised|amended)\b", re.I)
_MAX_SENTENCES = 3


@dataclass(frozen=True)
class TimeRestatement(Restatement):
    """``second`` gives again the clock time of the event ``first`` gave."""


def _event(doc: Document, m: Mention) -> tuple[str, bool] | None:
    """The event noun and whether the time is told of it ("Kick-off is at 7.45pm"), not only
    named with it ("the 7.45pm kick-off")."""
    s = doc.sentences[m.sentence]
    if _DETERMINER_BEFORE.search(doc.text, max(s.start, m.start - 12), m.start):
        after = _NOUN_AFTER.match(doc.text, m.end, s.end)
        if after and singular(after.group(1).lower()) in _TIMED_NOUNS:
            return singular(after.group(1).lower()), False
    before = doc.text[max(s.start, m.start - 60):m.start]
    if not _AT_END.search(before):
        return None
    clause = _CLAUSE_BREAK.split(before)[-1]
    verb = _EVENT_VERB.search(clause)
    found = [singular(w.lower()) for w in reversed(_WORD.findall(clause)[-8:-1]) if singular(w.lower()) in _TIMED_NOUNS]
    strong = [w for w in found if w not in _WEAK_NOUNS]
    if strong and strong[0] in _MOMENT_NOUNS and not _HAPPENED.search(clause):
        return None  # "Police arrived at the crash at 7.05am": not when the crash happened
    if strong:
        return strong[0], True  # "The council meeting is due to start at": the meeting, not "start"
    if verb:
        return _EVENT_VERBS[" ".join(verb.group(0).lower().split())], True  # "The final kicks off at"
    return (found[0], True) if found else None


def _same_event(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in _SAME_EVENT)


def agree(a: Mention, b: Mention) -> bool:
    """The same time of day; on a 12-hour clock when either gives no am or pm."""
    if a.unit == b.unit == "clock":
        return a.value == b.value
    return a.value % 720 == b.value % 720  # a time with no half of the day given


@needs(Kind.TIME, count=2)
def find_time_restatements(doc: Document):
    times = [m for m in doc.mentions if m.kind == Kind.TIME and m.value is not None
             and not doc.sentences[m.sentence].chrome]
    if len(times) < 2:
        return
    events = [(m, *e) for m in times for e in (_event(doc, m),) if e is not None]
    for second, e2, told2 in events:
        same = [(m, told) for m, e, told in events if _same_event(e, e2)]
        if len(same) != 2 or same[1][0] is not second:
            continue  # the event needs exactly two times, this the later one
        if not (told2 or same[0][1]):
            continue  # "the 8.15am flight ... the 8.50am flight": two flights named by their times
        first = same[0][0]
        if not 0 < second.sentence - first.sentence <= _MAX_SENTENCES:
            continue
        if any(_CHANGED.search(doc.sentence_text(m.sentence)) for m in (first, second)) \
                or _days_apart(doc, first, second):
            continue
        if e2 in _MOMENT_NOUNS and any(_ANOTHER_EVENT.search(doc.sentence_text(m.sentence)) for m in (first, second)):
            continue  # (round 28) "A second, stronger quake struck at 4.40am": another one
        if e2 in _MOMENT_NOUNS and _another_place(doc, first, second):
            continue  # (round 28) "A shooting happened at 11pm in Leeds. In Bradford, the shooting happened at 1am"
        if _named_apart(doc, first, second, [e for m, e, _ in events if m is first][0], e2):
            continue  # (round 29) "The marathon starts at 7:30 a.m. ... The half marathon starts at 8:10 a.m."
        yield TimeRestatement(link="inferred", cue=f"the {e2}", first=first, second=second, subject=e2)


def _named_apart(doc: Document, first: Mention, second: Mention, e1: str, e2: str) -> bool:
    """(round 29) Both times are told of a thing named before its event word, and the words that name it differ:
    "The marathon starts at 7:30 a.m. ... The half marathon starts at 8:10 a.m.", "The men's final kicks off at 2pm
    ... The women's final kicks off at 5.30pm", "The race starts at 9am ... The children's race starts at 10am":
    another race, final or parade, not the same one's time told again."""
    names = [_name_before_event(doc, m, e) for m, e in ((first, e1), (second, e2))]
    return None not in names and names[0] != names[1]


# a bracket or an aside between commas: "The half marathon, 13.1 miles (21.1 km), starts at"
_ASIDE = re.compile(r"\([^()]*\)|,[^,;]*,")
_NAME_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NAME_DETERMINERS = frozenset("the a an its their his her this that these those".split())


def _name_before_event(doc: Document, m: Mention, event: str) -> tuple[str, ...] | None:
    """The words naming what the event is of, between the last determiner and the event's word, in the
    sentence up to the time, asides left out: "half marathon" of "The half marathon, 13.1 miles, starts at",
    "children's" of "The children's race starts at", () of "The race starts at"; None when no event word or
    no determiner (within three words of the sentence's opening) sets the name apart."""
    s = doc.sentences[m.sentence]
    head = _ASIDE.sub(" ", doc.text[s.start:m.start])
    verb = _EVENT_VERB.search(head)
    at = verb.start() if verb and _EVENT_VERBS.get(" ".join(verb.group(0).lower().split())) == event else None
    for w in _NAME_WORD.finditer(head):
        if at is not None and w.start() >= at:
            break
        if singular(w.group(0).lower()) == event:
            at = w.start()
            break
    if at is None:
        return None
    said = [w.lower() for w in _NAME_WORD.findall(head[:at])]
    last = max((k for k, w in enumerate(said) if w in _NAME_DETERMINERS), default=None)
    if last is None and len(said) > 3:
        return None
    name = said[last + 1:] if last is not None else said
    verb = next((k for k, w in enumerate(name) if w in _NAME_VERBS), len(name))
    return tuple(name[:verb])  # "The marathon will start at": the marathon


# the verbs between a name and its event's word: "The race is due to start", "The marathon will start"
_NAME_VERBS = frozenset("is are was were will would shall should could can may might must has have had be "
                        "been being due set expected scheduled planned".split())


def _another_place(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 28) The second's sentence names a place before its time that the first's sentence does not name."""
    s = doc.sentences[second.sentence]
    before = {p.group(1) for p in _PLACE_NAMED.finditer(doc.text, s.start, second.start)}
    return bool(before - {p.group(1) for p in _PLACE_NAMED.finditer(doc.sentence_text(first.sentence))})


def _days_apart(doc: Document, first: Mention, second: Mention) -> bool:
    """Both sentences name days, and not the same ones: two days' events ("on weekdays" ...
    "On Sundays", "on Friday" ... "Saturday's")."""
    days = [{d.lower().rstrip("s").replace("’", "'").removesuffix("'") for d in _DAY_WORDS.findall(doc.sentence_text(m.sentence))}
            | {d.text.lower().rstrip(".") for d in doc.mentions_in(m.sentence) if d.kind == Kind.DATE}
            for m in (first, second)]
    return bool(days[0] and days[1] and days[0] != days[1])


_DAY_WORDS = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays?|weekends?|today|tonight|"
                        r"tomorrow|yesterday)(?:['’]s?)?", re.I)


def clock_text(m: Mention) -> str:
    """A clock time as written, without a sentence's full stop ("9.40am." ends a sentence;
    "9.40 a.m." keeps its own)."""
    text = m.text
    if text.lower().endswith(("am.", "pm.")) and not text.lower().endswith(("a.m.", "p.m.")):
        return text[:-1]
    return text


@dataclass(frozen=True)
class ClockSpan(Relation):
    """``parts`` (one length of time, written in one or two figures) is the time from ``start``
    to ``end``."""

    start: Mention | None = None
    end: Mention | None = None
    parts: tuple[Mention, ...] = ()

    def members(self) -> tuple[Mention, ...]:
        return (*self.parts, self.start, self.end)

    def minutes(self) -> Fraction:
        """The time from start to end, in minutes: across midnight when the end is earlier;
        on a 12-hour clock when either gives no am or pm."""
        span = self.end.value - self.start.value
        day = Fraction(1440) if self.start.unit == self.end.unit == "clock" or _on_24_hours(self.start, self.end) \
            else Fraction(720)
        return span % day


def _on_24_hours(start: Mention, end: Mention) -> bool:
    """(round 54) Two times in digits alone, one of them told on the 24-hour clock ("at 6:40 ... at 21:15"): both are."""
    return "clock" in (start.unit, end.unit) and not any(c.isalpha() for c in start.text + end.text)


# minutes per unit of a length (the grammar gives "min", "hrs" ... as "minute", "hour")
_MINUTES = {"minute": 1, "hour": 60}
# between the later time and its length: ", a journey of", " - ", " (", ", after", ", taking"
# the nouns of a journey, whose length is the time between its two clock times (one list for the three patterns below)
_JOURNEYS = r"journey|trip|flight|drive|ride|crossing|voyage|passage|sailing|tow|trek|hike|climb|walk|swim"  # (round 52: tow...)
_SPAN_LEAD = re.compile(r"\s*(?:,|\(|[-–—])?\s*(?:(?:a|an|the)\s+(?:" + _JOURNEYS + r"|wait|delay|"
                        r"shift|session|operation|stay|total|run|"
                        # (round 49) a match's length: "- a marathon of three hours and 45 minutes"
                        r"marathon|match|final|contest|battle|game|"
                        r"closure|outage|shutdown)"  # (round 50)
                        r"\s+(?:time\s+)?of\s+|after\s+(?:a\s+)?|"
                        r"taking\s+|some\s+|a\s+total\s+of\s+|in\s+all\s+|lasting\s+|"
                        # (round 62) the subject's verb after a clause of the two times: "The final, which began at
                        # 7.30pm and ended at 9.05pm, lasted two hours"; the length called a marathon: "a marathon 2
                        # hours 45 minutes"
                        r"lasted\s+|(?:a|an)\s+(?:marathon|gruelling|epic|punishing|exhausting)\s+|"
                        # (round 48) "..., completing a spacewalk of 6 hours 35 minutes"
                        r"(?:completing|making|ending|finishing)\s+(?:a|an|the|their|its)\s+(?:[a-z-]+\s+){1,2}?of\s+|"
                        # (round 48) "open at 7am and closed at 8pm, giving voters 12 hours to vote"
                        r"(?:giving|allowing)\s+(?:(?:them|voters|people|visitors|staff|players|residents|"
                        r"shoppers|passengers|drivers|pupils|students)\s+)?)?$", re.I)
# the length between the two times: "and takes 2 hours 10 minutes, arriving at"
_TAKES_BEFORE = re.compile(r"\b(?:takes?|took|taking|lasts?|lasted|lasting|journey\s+of|trip\s+of|flight\s+of|"
                           r"crossing\s+of|spent|spending)\s+(?:just\s+|about\s+|some\s+|around\s+|roughly\s+|"
                           r"nearly\s+|almost\s+|over\s+|under\s+)?$", re.I)
_ARRIVING_AT = re.compile(r"\s*(?:,|-|–|—)?\s*(?:and\s+)?(?:arriving|arrives|arrived|reaching|reaches|reached|"
                          r"landing|lands|landed|docking|docks|docked|finishing|finishes|finished|ending|ends|ended|"
                          r"getting\s+in|gets\s+in|got\s+in)\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?at\s+$")
_RELATIVE_AFTER = re.compile(r"\s*(?:late|early|behind|ahead|later|earlier|before|after|longer|shorter|more|less|"
                             r"fewer|too|over(?!\s+(?:a|an|the)\s)|under|overdue|beyond)\b", re.I)  # (round 49: not
# "seven hours over a high pass")
_JOINED = re.compile(r"\s*(?:and\s+)?$")
# (round 52) the length "later" than the first time: "crossed the line 4 hours 12 minutes later, at 15:32"; "docked at
# 03:10, five and a half hours later" (not "later than planned")
_LATER_AT = re.compile(r"\s+later\s*,?\s*(?:at\s+)?$", re.I)
_LATER_CLOSES = re.compile(r"\s+later\b(?!\s+than)\s*(?:[,.;)]|$)", re.I)
# (round 51) the span named by its noun ("a journey of"), then a clause of what happened ("after the operator slowed")
_NAMED_SPAN = re.compile(r"\b(?:" + _JOURNEYS + r"|match|final|marathon)\s+(?:time\s+)?of\s+$", re.I)
# ((round 60) or a subject with no determiner: "a crossing of three hours and 45 minutes after heavy swell slowed")
_CLAUSE_AFTER = re.compile(r"\s+(?:after|because|as)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z]+\s+){1,2}?"
                           r"[a-z]{3,}ed\b", re.I)
_UNIT_WORDS = re.compile(r"(?<![a-z])(?:hours?|hrs?|minutes?|mins?)(?![a-z])", re.I)


# (round 61) the later time told on the next day: "reaches Dakhla at 14:10 the next day"
_NEXT_DAY_AFTER = re.compile(r"\s+(?:on\s+)?the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)\b", re.I)


@needs(Kind.TIME, count=2)
def find_clock_spans(doc: Document):
    for s in doc.sentences:
        ms = doc.mentions_in(s.index) if not s.chrome else ()
        times = [m for m in ms if m.kind == Kind.TIME and m.value is not None]
        if len(times) != 2:
            continue
        start, end = times
        next_day = _NEXT_DAY_AFTER.match(doc.text, end.end)
        if start.unit == end.unit == "clock" and end.value <= start.value and not _pm_then_am(start, end) \
                and not (next_day and _on_24_hours(start, end)):
            continue  # overnight or out of order: too unsure (but (round 50) "left at 10:40pm and docked at 6:15am";
            # (round 61) "leaves at 21:30 and reaches Dakhla at 14:10 the next day")
        sized_before = _sized_span_before(doc, ms, start, end)
        if sized_before is not None:
            yield ClockSpan(link="explicit", cue="between the two times", start=start, end=end, parts=(sized_before,))
            continue
        between = [m for m in ms if start.end <= m.start and m.end <= end.start]
        lengths = _length(doc, between)
        if lengths:
            # "leaves at 7.10am and takes 2 hours 10 minutes, arriving at 9.40am"
            later = _LATER_AT.fullmatch(doc.text, lengths[-1].end, end.start)  # (round 52) "4 hours 12 minutes later, at"
            if len(between) != len(lengths) or not later and (
                    not _TAKES_BEFORE.search(doc.text, max(start.end, lengths[0].start - 24), lengths[0].start)
                    or not _ARRIVING_AT.fullmatch(doc.text, lengths[-1].end, end.start)):
                continue
        else:
            lengths = _length(doc, [m for m in ms if m.start >= end.end])
            sized = [] if lengths else _sized_span(doc, ms, end)
            lengths = lengths or sized
            lead = None if sized or not lengths else _SPAN_LEAD.fullmatch(
                doc.text, next_day.end() if next_day and next_day.end() <= lengths[0].start else end.end, lengths[0].start)
            if not lengths or not sized and not lead:
                continue
            if _RELATIVE_AFTER.match(doc.text, lengths[-1].end) and not (
                    lead and _NAMED_SPAN.search(lead.group(0)) and _CLAUSE_AFTER.match(doc.text, lengths[-1].end)) \
                    and not _LATER_CLOSES.match(doc.text, lengths[-1].end):
                continue  # "arrived at 8.55am, 25 minutes late": against the timetable, not the first time; but
                # (round 51) "a journey of one hour and 55 minutes after the operator slowed the cabins": why
            if any(m.kind == Kind.DURATION for m in ms if m.end <= start.start or start.end <= m.start < end.start):
                continue  # another length before or between: whose span is it?
        yield ClockSpan(link="explicit", cue="between the two times", start=start, end=end, parts=tuple(lengths))


# (round 50) the span restated as a thing sized by its length: ", a nine-hour crossing"
_SIZED_SPAN_NOUN = re.compile(r"\s+(?:" + _JOURNEYS + r"|wait|delay|shift|"
                              r"operation|closure|outage|shutdown|stoppage|session|"
                              r"marathon|match|final|contest|battle|game)\b", re.I)  # (round 57: a match's length)


def _sized_span(doc: Document, ms, end: Mention) -> list[Mention]:
    """(round 50) The first mention after the later clock time, a length written as a modifier of a journey or
    another span ("docked at 6:15am, a nine-hour crossing"), right after "a"/"an"/"the": its span."""
    after = [m for m in ms if m.start >= end.end]
    if not after:
        return []
    first = after[0]
    if first.kind != Kind.DURATION or first.unit not in _MINUTES or not first.compound or first.value is None \
            or not re.fullmatch(r"\s*(?:,|\(|[-–—])\s*(?:a|an|the)\s+", doc.text[end.end:first.start]) \
            or not _SIZED_SPAN_NOUN.match(doc.text, first.end):
        return []
    return [first]


# (round 56) a span sized by its length, then its two clock times: "work 12-hour shifts, from 7am to 9pm", "a 16-hour
# day from 5am until 9pm"
_SIZED_NOUN_THEN_FROM = re.compile(r"\s+(?:working\s+)?(?:shifts?|days?|stints?|sessions?|closures?|shutdowns?|"
                                   r"operations?|" + _JOURNEYS + r")\s*(?:,|\(|[-–—])?\s*(?:running\s+)?from\s+$", re.I)
_FROM_TO = re.compile(r"\s+(?:to|until|till)\s+$", re.I)


def _sized_span_before(doc: Document, ms, start: Mention, end: Mention):
    """(round 56) The mention right before the earlier clock time a length in hours or minutes written as a modifier
    of a shift, day or journey ("12-hour shifts"), then "from" the first time "to" the second: the length sized, or
    None."""
    before = [m for m in ms if m.end <= start.start]
    if not before:
        return None
    size = before[-1]
    if size.kind != Kind.DURATION or size.unit not in _MINUTES or not size.compound or size.value is None \
            or size.is_range or not _SIZED_NOUN_THEN_FROM.fullmatch(doc.text, size.end, start.start) \
            or not _FROM_TO.fullmatch(doc.text, start.end, end.start):
        return None
    if len(before) > 1 and before[-2].kind == Kind.COUNT and not doc.text[before[-2].end:size.start].strip():
        return None  # "runs two eight-hour shifts from 6am to 10pm": the shifts fill the times together
    return size


def _pm_then_am(start: Mention, end: Mention) -> bool:
    """(round 50) An evening time told "pm", then a morning one told "am": across midnight, as written (round 54: or
    on the 24-hour clock, "at 21:30 ... at 06:10")."""
    if _on_24_hours(start, end):
        return start.value >= 720 > end.value
    return start.text.lower().rstrip(".").endswith(("pm", "p.m")) and end.text.lower().rstrip(".").endswith(("am", "a.m"))


def _length(doc: Document, after: list[Mention]) -> list[Mention]:
    """The first length of time after the later clock time, in minutes or hours, with a second
    figure joined to it ("2 hours 10 minutes", "two hours and 10 minutes")."""
    if not after or after[0].kind != Kind.DURATION or after[0].unit not in _MINUTES or after[0].compound \
            or after[0].value is None:
        return []
    first = after[0]
    if len(after) > 1 and after[1].kind == Kind.DURATION and after[1].unit in _MINUTES and not after[1].compound \
            and _MINUTES[after[1].unit] < _MINUTES[first.unit] and _JOINED.fullmatch(doc.text, first.end, after[1].start):
        return [first, after[1]]
    return [first]


def stated_minutes(span: ClockSpan) -> tuple[Fraction, Fraction]:
    """The lowest and highest minutes the written length allows (its own rounding; a
    length in two figures is exact to its last one)."""
    parts = span.parts
    if len(parts) == 2:
        total = sum(p.value * _MINUTES[p.unit] for p in parts)
        return total, total
    p = parts[0]
    if len(_UNIT_WORDS.findall(p.text)) >= 2:  # "3 hours 50 minutes", read as one length
        return p.value * _MINUTES[p.unit], p.value * _MINUTES[p.unit]
    lo, hi = p.interval.lo, p.interval.hi
    factor = _MINUTES[p.unit]
    return (lo * factor if lo is not None else Fraction(0)), (hi * factor if hi is not None else Fraction(10 ** 6))


@dataclass(frozen=True)
class WeekdayClockSpan(ClockSpan):
    """(round 53) A span from a clock time on one weekday to a clock time on another ("from 6am on Monday until 6am on
    Thursday"): ``days`` whole days on from the start's day to the end's."""

    days: int = 0
    start_day: str = ""
    end_day: str = ""

    def minutes(self) -> Fraction:
        return Fraction(1440 * self.days) + (self.end.value - self.start.value)


_WEEKDAY_AFTER_TIME = re.compile(r"\s+(?:on\s+)?")
_UNTIL = re.compile(r"\s+(?:until|till|to|through)\s+", re.I)
# the length just before the range: "a 48-hour walkout from", "strike for 48 hours from"
_LENGTH_THEN_FROM = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+from\s+$", re.I)


@needs(Kind.TIME, Kind.WEEKDAY, count=2)
def find_weekday_clock_spans(doc: Document):
    """(round 53) "will stage a 48-hour walkout from 6am on Monday until 6am on Thursday": a length in hours right
    before a range of two clock times, each on a weekday ("6am on Monday", "6am Monday"); the length must be the time
    between them.  Read only when the sentence holds those two times and two weekdays alone, and the length is the
    one figure of time before "from"."""
    for s in doc.sentences:
        if s.chrome:
            continue
        ms = doc.mentions_in(s.index)
        times = [m for m in ms if m.kind == Kind.TIME and m.value is not None]
        days = [m for m in ms if m.kind == Kind.WEEKDAY and m.date is not None and m.date.weekday is not None]
        if len(times) != 2 or len(days) != 2 or any(t.unit != "clock" for t in times):
            continue
        (t1, t2), (d1, d2) = times, days
        if not (t1.end <= d1.start < t2.start <= t2.end <= d2.start) \
                or not _WEEKDAY_AFTER_TIME.fullmatch(doc.text, t1.end, d1.start) \
                or not _WEEKDAY_AFTER_TIME.fullmatch(doc.text, t2.end, d2.start) \
                or not _UNTIL.fullmatch(doc.text, d1.end, t2.start):
            continue
        lengths = [m for m in ms if m.kind == Kind.DURATION and m.unit == "hour" and m.end <= t1.start]
        if len(lengths) != 1 or lengths[0].value is None or lengths[0].is_range \
                or not _LENGTH_THEN_FROM.fullmatch(doc.text, lengths[0].end, t1.start):
            continue
        step = (d2.date.weekday - d1.date.weekday) % 7
        if step == 0 and t2.value <= t1.value:
            step = 7
        yield WeekdayClockSpan(link="explicit", cue="between two times on two weekdays", start=t1, end=t2,
                               parts=(lengths[0],), days=step, start_day=d1.text, end_day=d2.text)


# (round 59) the later time's clause opening the span set apart, closed by "later": ", three hours and 50 minutes later"
_COMMA_THEN = re.compile(r"\s*,\s*")


@needs(Kind.TIME, count=2)
def find_clock_spans_next(doc: Document):
    """(round 59) One clock time in a sentence and one in the next, of the same paragraph, the second followed by
    its span set apart and closed by "later": "The family dialled 999 at 9.40pm ... The ambulance arrived at 1.15am,
    three hours and 50 minutes later" -- the span between the two times (across midnight only from "pm" to "am").
    Each sentence holds no other time and no other length."""
    sentences = doc.sentences
    for s in sentences[1:]:
        prev = sentences[s.index - 1]
        if s.chrome or prev.chrome or prev.headline or prev.paragraph != s.paragraph:
            continue
        ms, before = doc.mentions_in(s.index), doc.mentions_in(prev.index)
        ends = [m for m in ms if m.kind == Kind.TIME and m.value is not None]
        starts = [m for m in before if m.kind == Kind.TIME and m.value is not None]
        if len(ends) != 1 or len(starts) != 1 or any(m.kind == Kind.DURATION for m in before):
            continue
        start, end = starts[0], ends[0]
        if start.unit != "clock" or end.unit != "clock" \
                or end.value <= start.value and not _pm_then_am(start, end):
            continue
        after = [m for m in ms if m.start >= end.end]
        lengths = _length(doc, after)
        if not lengths or not _COMMA_THEN.fullmatch(doc.text, end.end, lengths[0].start) \
                or not _LATER_CLOSES.match(doc.text, lengths[-1].end) \
                or any(m.kind == Kind.DURATION and m not in lengths for m in ms):
            continue
        yield ClockSpan(link="inferred", cue="between the two times", start=start, end=end, parts=tuple(lengths))


FINDERS = (find_time_restatements, find_clock_spans, find_weekday_clock_spans, find_clock_spans_next)

"""Relations (round 44): a finishing time told again as "her time of N" (FC402, inferred).

"Mokoena set a national record of 2:08.44 in the 200m backstroke on Friday. Her time of 2:08.84 took ..."; "Adeyemi won
the 10,000m in 27:41.02 ... His winning time of 27:41.02 was a championship best".  Read only when:

* the first is a time to the second or finer (a clock time, "2:08.44", or a decimal of seconds, "9.87 seconds"), told
  as run: after "a record of", "a time of", "in" after a verb of finishing ("won in", "won the final in"), "clocked",
  "clocking", "timed at"; the only such time in its sentence;
* the second, in one of the next two sentences, is a time of the same unit after "her", "his", "their", "whose",
  "the", "that" or a name's possessive and "time of" (or "winning time of", "record time of", "finishing time of");
  no time between the two;
* neither the second's clause nor the words right after it set it apart: another race ("heat", "semi-final",
  "qualifying"), another time ("previous", "old", "earlier", "last year", a year), a best of its own ("personal").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from ..interval import Interval
from ..model import Document, Kind, Mention
from .needs import needs
from .restatements import DefiniteRestatement, named_before_whose, named_elsewhere

_RUN_BEFORE = re.compile(r"(?:\b(?:record|time|best)\s+of|\b(?:won|win|wins|winning|finished|finishing|finish|crossed\s+the"
                         r"\s+line|(?:breaking|broke|breaks)\s+the\s+tape|came\s+home|home)(?:\s+[\w'’,-]+){0,6}?\s+in|\bclock(?:ed|ing|s)|\btimed\s+at|\bstopped\s+the\s+clock\s+"
                         r"at)\s+$", re.I)
_TIME_OF_BEFORE = re.compile(r"(?:\b(?:her|his|their|whose|the|that|this)|(?-i:(?P<name>[A-Z][\w-]+))['’]s)\s+(?:(?:winning|record|"
                             r"record-breaking|finishing|new)\s+)?time\s+of\s+$", re.I)
_APART_BEFORE = re.compile(r"\b(?:previous\w*|old|former|earlier|last|heats?|semi-?finals?|qualif\w*|personal|"
                           r"(?:19|20)\d\d)\b", re.I)
_APART_AFTER = re.compile(r"\s*(?:,\s*)?(?:in|at|during|from)\s+(?:the\s+|her\s+|his\s+|their\s+|a\s+)?(?:\w+\s+)?"
                          r"(?:heats?|semi-?finals?|qualif\w*|prelim\w*|trials?|(?:19|20)\d\d|last|previous|earlier)\b"
                          r"|\s+(?:last|a\s+year|two\s+years|in\s+(?:19|20)\d\d)", re.I)

CUE = "her time of"


@dataclass(frozen=True)
class TimeRestatement(DefiniteRestatement):
    """A finishing time told again as "her time of N" (round 44)."""


def _race_time(m: Mention) -> bool:
    return m.kind == Kind.DURATION and m.value is not None and not m.is_range and not m.hedge \
        and m.precision is not None and m.precision <= 1 and (":" in m.text or "." in m.text)


def _run(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    return bool(_RUN_BEFORE.search(doc.text, max(s.start, m.start - 40), m.start))




@needs(Kind.DURATION, count=2, words=("time",))
def find_time_restatements(doc: Document):
    """A finishing time, then "her time of N" (see the module)."""
    times = [m for m in doc.mentions if _race_time(m) and not doc.sentences[m.sentence].headline
             and not _margin(doc, m)]  # (round 59: no margin, "edging Araya by 0.41 seconds")
    told_in_words = _times_in_words(doc)
    if told_in_words:
        times = sorted(times + told_in_words, key=lambda m: m.start)
    for j, second in enumerate(times):
        s2 = doc.sentences[second.sentence]
        if j == 0 or not _TIME_OF_BEFORE.search(doc.text, max(s2.start, second.start - 40), second.start):
            continue
        told = _TIME_OF_BEFORE.search(doc.text, max(s2.start, second.start - 40), second.start)
        first = times[j - 1]
        if named_elsewhere(doc, first, told.group("name") or named_before_whose(doc, s2.start, told.start() + 6)):
            continue  # "ahead of Botha. Botha's time of": another's time
        if first.unit != second.unit or not second.sentence - 2 <= first.sentence < second.sentence \
                or not _run(doc, first) or sum(1 for m in times if m.sentence == first.sentence) != 1:
            continue
        if any(m.kind == Kind.DURATION and first.end <= m.start < second.start and not _margin(doc, m)
               for m in doc.mentions):
            continue  # another time between: which one is told again? (round 59: a margin "by 0.41 seconds" is none)
        if _APART_BEFORE.search(doc.text, s2.start, second.start) \
                or _APART_AFTER.match(doc.text, second.end, s2.end):
            continue  # "Her time in the heats of", "her time of 2:09.10 in the semi-final", "her old time of"
        yield TimeRestatement(link="inferred", cue=CUE, first=first, second=second, subject="time")


# (round 60) a time told in words, its parts joined: "2 hours, 7 minutes and 14 seconds"
_PART_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_SECONDS_PER = {"hour": 3600, "minute": 60, "second": 1}


def _times_in_words(doc: Document) -> list[Mention]:
    """(round 60) Each time told in words to the second ("2 hours, 7 minutes and 14 seconds"), as one duration in
    seconds: three whole lengths in hours, minutes and seconds, in that order, joined only by commas and "and"."""
    found = []
    ms = [m for m in doc.mentions if m.kind == Kind.DURATION and m.value is not None and not m.is_range
          and not m.compound and m.value.denominator == 1]
    for a, b, c in zip(ms, ms[1:], ms[2:]):
        if (a.unit, b.unit, c.unit) != ("hour", "minute", "second") \
                or not _PART_JOIN.fullmatch(doc.text, a.end, b.start) or not _PART_JOIN.fullmatch(doc.text, b.end, c.start):
            continue
        seconds = sum(m.value * _SECONDS_PER[m.unit] for m in (a, b, c))
        found.append(replace(a, end=c.end, text=doc.text[a.start:c.end], value=seconds, unit="second",
                             interval=Interval.point(seconds), precision=Fraction(1)))
    return found


# (round 59) a winning margin, no time of anyone's: "edging Araya by 0.41 seconds", "0.4sec ahead of"
_BY_BEFORE = re.compile(r"\bby\s+(?:just\s+|only\s+|a\s+mere\s+)?$", re.I)
_MARGIN_AFTER = re.compile(r"\s+(?:ahead|clear|behind|faster|slower|quicker|back|adrift|down|up)\b", re.I)


def _margin(doc: Document, m) -> bool:
    return bool(_BY_BEFORE.search(doc.text, max(0, m.start - 16), m.start)) or bool(_MARGIN_AFTER.match(doc.text, m.end))


# (round 44) a match's length: "beat the second seed 7-6, 6-4 in 2 hours 14 minutes", then "Hedlund, whose 2-hour
# 41-minute win", "the three-hour 12-minute final"
_PLAYED_IN_BEFORE = re.compile(r"\b(?:beat|beats|beating|won|wins|winning|defeated|defeats|edged|overcame|lost|loses|"
                               r"losing|saw\s+off|came\s+through)\b[^.;:]{0,60}?\s(?:in|after)\s+$", re.I)
_MATCH_SECOND_BEFORE = re.compile(r"(?:\b(?:her|his|their|whose|the|that|this)|(?-i:[A-Z][\w-]+)['’]s)\s+$", re.I)
_MATCH_NOUN_AFTER = re.compile(r"\s+(?:win|victory|defeat|loss|match|final|semi-final|contest|epic|marathon|battle|"
                               r"encounter|tie)\b", re.I)


@needs(Kind.DURATION, count=2)
def find_match_length_restatements(doc: Document):
    """A match's length after "beat ... in", then "whose N-hour M-minute win" (see above)."""
    lengths = [m for m in doc.mentions if m.kind == Kind.DURATION and m.value is not None and not m.is_range
               and not m.hedge and m.unit == "minute" and not doc.sentences[m.sentence].headline]
    for j, second in enumerate(lengths):
        s2 = doc.sentences[second.sentence]
        if j == 0 or not second.compound \
                or not _MATCH_SECOND_BEFORE.search(doc.text, max(s2.start, second.start - 12), second.start) \
                or not _MATCH_NOUN_AFTER.match(doc.text, second.end, s2.end):
            continue
        first = lengths[j - 1]
        s1 = doc.sentences[first.sentence]
        if first.compound or not second.sentence - 2 <= first.sentence < second.sentence \
                or not _PLAYED_IN_BEFORE.search(doc.text, max(s1.start, first.start - 80), first.start):
            continue
        name = named_before_whose(doc, s2.start, second.start) or (
            m.group(1) if (m := re.search(r"([A-Z][\w-]+)['’]s\s+$", doc.text[s2.start:second.start])) else None)
        if named_elsewhere(doc, first, name) or _APART_BEFORE.search(doc.text, s2.start, second.start):
            continue
        yield TimeRestatement(link="inferred", cue=CUE, first=first, second=second, subject="match")


# (round 60) a clock time something leaves at, named again as "the 5.50am departure"
_LEAVES_AT_BEFORE = re.compile(r"\b(?:leave|leaves|left|leaving|depart|departs|departed|departing|sail|sails|sailed|"
                               r"set\s+off|sets\s+off|setting\s+off)\b(?:\s+[\w'’-]+){0,4}?\s+at\s+$", re.I)
_THE_TIME_BEFORE = re.compile(r"\b(?:the|this|that|its)\s+(?:new\s+|first\s+|earlier\s+|revised\s+)?$", re.I)
_DEPARTURE_AFTER = re.compile(r"\s+(departure|sailing)\b", re.I)
_OTHER_DEPARTURE = re.compile(r"\b(?:old|previous\w*|current|currently|existing|usual|last|return|later|second|other|"
                              r"another|instead|replac\w*)\b", re.I)


@needs(Kind.TIME, count=2, words=("departure", "sailing"))
def find_departures_retold(doc: Document):
    """(round 60) A clock time something leaves at ("will leave Brennick Central at 5.15am") named again in its
    sentence or one of the next two as "the (new) 5.50am departure" (or sailing): the only clock time in those
    sentences before the second, no word of another departure in the second's sentence ("old", "current", "return",
    "later", "another")."""
    text = doc.text
    times = [m for m in doc.mentions if m.kind == Kind.TIME and m.value is not None and not m.is_range]
    for j, second in enumerate(times):
        s2 = doc.sentences[second.sentence]
        noun = _DEPARTURE_AFTER.match(text, second.end, s2.end)
        if j == 0 or noun is None or not _THE_TIME_BEFORE.search(text, max(s2.start, second.start - 16), second.start):
            continue
        earlier = [m for m in times[:j] if second.sentence - 2 <= m.sentence <= second.sentence]
        if len(earlier) != 1:
            continue
        first = earlier[0]
        s1 = doc.sentences[first.sentence]
        if not _LEAVES_AT_BEFORE.search(text, max(s1.start, first.start - 50), first.start) \
                or _OTHER_DEPARTURE.search(text, s2.start, s2.end):
            continue
        first, second = (replace(m, interval=Interval.point(m.value)) for m in (first, second))  # (clock readings)
        yield DefiniteRestatement(link="inferred", cue="the departure", first=first, second=second,
                                  subject=noun.group(1).lower())


FINDERS = (find_time_restatements, find_match_length_restatements, find_departures_retold)

"""Relations (round 30): an event's length as a modifier, restated as a modifier of "the event"; a distance
travelled, restated as the length of "the journey".

"The four-day folk festival drew 48,000 people ... Campers at the five-day event" sizes one gathering
twice: the first names it with its length ("a nine-day chess tournament", "the 10-day carnival"), and a
sentence or two later "the N-day event" (or "the N-day" and the gathering's own noun: "the six-day fair")
points back at it.  Read only when:

* the second opens the very next sentence as "The/This/That N-unit NOUN", nothing between the length and its
  noun, and nothing after the noun but a verb (``restated_changes.bare_subject_tie``: "The 12-day event is ...";
  "The two-day event, aimed at families,", "the two-day event next spring", "The three-day event that follows
  it", "The one-day event they ran" may all be another event), and no time word in its sentence;
* the first is the one length of that dimension in the two sentences before, a modifier of a gathering
  (festival, fair, tournament, summit, series ...; the nouns of ``GATHERINGS``, a few words after it:
  "the four-day folk festival");
* nothing sets them apart: another year or time, a change of plan ("extended", "now", "originally").

Likewise a distance told by a verb of travel ("walked 1,200 miles", "sailed 2,800 miles", "drove 640km") is what
"the/her/its N-unit trek/voyage/trip/journey" restates in the next sentence or the one after, when it is the one
length there, tied as strongly (the second opening the next sentence, "The 520km trip took eleven hours", no time
word in either sentence: "drove 640km on the first day", "20 miles a day", "since launch" tell a part or a
running total) (``find_journey_restatements``; silent on a place after the second's noun the first's sentence lacks,
"the 1.2-billion-km journey to Jupiter" being a leg, and on another owner, time or journey: "the return ...",
"Their father's ...").
"""
from __future__ import annotations

import re

from ..model import Document, Kind
from .context import words
from .needs import needs
from .restated_changes import bare_subject_tie
from .restatements import (EVENTS, MeasureRestatement, TermRestatement, _LENGTH_UPDATED, _other_year,
                           group_of, same_dimension, singular, years_differ)

# gatherings an event's length may size ("a nine-day chess tournament"); "event" names any of them
GATHERINGS = frozenset("""festival fair carnival tournament series summit conference show exhibition congress
    convention championship championships competition gathering games expo celebration contest jamboree regatta
    fete gala season""".split()) | {"event"}
# another event said to be one: "a separate dispute", "a second strike"
_ANOTHER_EVENT = re.compile(r"\b(?:separate|different|other|second|rival)\b", re.I)
_NOUN_RIGHT_AFTER = re.compile(r"[\s-]+([a-z]+)\b", re.I)
# the gathering a few lower-case modifiers after the length: "-day folk festival", "-week arts fair"
_NOUN_AFTER_MODIFIERS = re.compile(r"((?:[\s-]+[a-z][a-z'’-]*){1,3})")


def _gathering_after(doc: Document, m, right_after: bool) -> str | None:
    """The gathering whose length ``m`` gives, singular: the noun right after it, or (``right_after`` False)
    the first gathering among the three lower-case words after it."""
    if right_after:
        noun = _NOUN_RIGHT_AFTER.match(doc.text, m.end)
        word = singular(noun.group(1)) if noun else None
        return word if word in GATHERINGS or group_of(word) in EVENTS else None
    run = _NOUN_AFTER_MODIFIERS.match(doc.text, m.end)
    for w in words(run.group(1)) if run else ():
        word = singular(w)
        if word in GATHERINGS or group_of(word) in EVENTS:
            return word
    return None


def _times_apart(doc: Document, first, second) -> bool:
    """Other years for the two (a time told relative to now, "this summer", never reaches here: bare_subject_tie)."""
    return years_differ(doc, first, second) or _other_year(doc, first, second)


@needs(Kind.DURATION, count=2, compound=True)
def find_event_length_restatements(doc: Document):
    """An event's length as a modifier restated as "the N-unit event" (see the module)."""
    lengths = [m for m in doc.mentions if m.kind == Kind.DURATION and m.compound and not m.is_range
               and m.value is not None and not doc.sentences[m.sentence].chrome]
    for second in lengths:
        if second.hedge or doc.sentences[second.sentence].headline:
            continue
        start = doc.sentences[second.sentence].start
        noun = _gathering_after(doc, second, right_after=True)
        if noun is None:
            continue
        before = [m for m in doc.mentions_within(second.sentence - 2, second.sentence)
                  if m.kind == Kind.DURATION and same_dimension(m, second)]
        if len(before) != 1 or not before[0].compound or before[0].is_range or before[0].value is None:
            continue  # which length? another length in play
        first = before[0]
        told = _gathering_after(doc, first, right_after=False)
        if told is None or not (noun == "event" or group_of(noun) == group_of(told)) \
                or not bare_subject_tie(doc, first, second, _NOUN_RIGHT_AFTER.match(doc.text, second.end).end()):
            continue
        if _LENGTH_UPDATED.search(doc.text, start, doc.sentences[second.sentence].end) \
                or _ANOTHER_EVENT.search(doc.text, start, doc.sentences[second.sentence].end):
            continue
        if _times_apart(doc, first, second):
            continue
        yield TermRestatement(link="inferred", cue="the " + noun, first=first, second=second, subject=told)


# a verb of travel right before the distance: "walked 1,200 miles", "has travelled 6.4 billion kilometres"
_TRAVELLED = re.compile(r"\b(?:travell?ed|walked|flew|flown|sailed|drove|driven|cycled|rode|ridden|rowed|swam|swum|ran|"
                        r"trekked|hiked|journeyed|marched|paddled|covered|completed)\s+(?:a\s+total\s+of\s+|some\s+)?$",
                        re.I)
JOURNEYS = frozenset("""journey trip trek voyage flight walk ride crossing odyssey expedition drive hike swim row
    pilgrimage march""".split())


@needs(Kind.MEASURE, count=2)
def find_journey_restatements(doc: Document):
    """A distance travelled restated as the length of "the journey" (see the module)."""
    for second in doc.mentions:
        if second.kind != Kind.MEASURE or second.hedge or second.is_range or second.value is None \
                or doc.sentences[second.sentence].headline:
            continue
        noun = _NOUN_RIGHT_AFTER.match(doc.text, second.end)
        if noun is None or noun.group(1).lower() not in JOURNEYS:
            continue
        start = doc.sentences[second.sentence].start
        before = [m for m in doc.mentions_within(second.sentence - 2, second.sentence)
                  if m.kind == Kind.MEASURE and same_dimension(m, second)]
        if len(before) != 1 or before[0].is_range or before[0].value is None:
            continue
        first = before[0]
        if not bare_subject_tie(doc, first, second, noun.end(), first_timed_ok=False):
            continue  # also "Their father's 5,400km voyage": only "The/Her N-unit trip" opening the next sentence
        s0 = doc.sentences[first.sentence].start
        if not _TRAVELLED.search(doc.text, max(s0, first.start - 30), first.start):
            continue
        if _LENGTH_UPDATED.search(doc.text, start, second.start):
            continue  # "The next 520km trip" (not "further than any mission" after it)
        if _times_apart(doc, first, second):
            continue
        yield MeasureRestatement(link="inferred", cue="the " + noun.group(1).lower(), first=first, second=second,
                                 subject=noun.group(1).lower())


# (round 45) a journey's time told as what a journey takes or is cut to: "cut the journey from A to B to 22 minutes",
# "the trip takes 40 minutes", "a journey time of 22 minutes" (the journey noun in the figure's clause, before it)
_JOURNEY_TIME_BEFORE = re.compile(r"\b(?:journey|trip|ride|drive|crossing|flight|commute)s?\b(?:\s+times?)?[^,;:.()\d]{0,50}?"
                                  r"\b(?:to|in|takes?|took|of|at|lasts?)\s+(?:just\s+|only\s+)?$", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|that|this)\s+$", re.I)
_JOURNEY_TIME_VERB = re.compile(r"\s+(?:will|would|is|was|takes|took|runs|ran|has|had|can|could|should)\b", re.I)


@needs(Kind.DURATION, count=2)
def find_journey_time_restatements(doc: Document):
    """(Round 45) A journey's time, told as what it takes or is cut to ("will cut the journey from Eastgate to the
    airport to 22 minutes"), restated as "the N-minute trip" in the next sentence or the one after: the one length
    of its dimension in those sentences, the second definite, its verb right after its noun, nothing between
    them of another journey (the return, the old one, a change)."""
    for second in doc.mentions:
        if second.kind != Kind.DURATION or not second.compound or second.hedge or second.is_range \
                or second.value is None or doc.sentences[second.sentence].headline:
            continue
        noun = _NOUN_RIGHT_AFTER.match(doc.text, second.end)
        if noun is None or noun.group(1).lower() not in JOURNEYS \
                or not _DEFINITE_BEFORE.search(doc.text, max(0, second.start - 6), second.start) \
                or not _JOURNEY_TIME_VERB.match(doc.text, noun.end()):
            continue
        before = [m for m in doc.mentions_within(second.sentence - 2, second.sentence)
                  if m.kind == Kind.DURATION and same_dimension(m, second)]
        if len(before) != 1 or before[0].is_range or before[0].value is None or before[0].compound:
            continue
        first = before[0]
        s0 = doc.sentences[first.sentence].start
        if not _JOURNEY_TIME_BEFORE.search(doc.text, max(s0, first.start - 70), first.start):
            continue
        start = doc.sentences[second.sentence].start
        if _LENGTH_UPDATED.search(doc.text, start, second.start) or _ANOTHER_EVENT.search(doc.text, start, second.start) \
                or _OTHER_JOURNEY.search(doc.text, start, second.start) or _times_apart(doc, first, second):
            continue
        yield TermRestatement(link="inferred", cue="the " + noun.group(1).lower(), first=first, second=second,
                              subject=noun.group(1).lower())


_OTHER_JOURNEY = re.compile(r"\b(?:return|old|current|existing|present|former|usual|today['’]s|bus|car)\b", re.I)


FINDERS = (find_event_length_restatements, find_journey_restatements, find_journey_time_restatements)

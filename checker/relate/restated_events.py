"""Relations (round 30): an event's length as a modifier, restated as a modifier of "the event"; a distance
travelled, restated as the length of "the journey".

"The four-day folk festival drew 48,000 people ... Campers at the five-day event" sizes one gathering
twice: the first names it with its length ("a nine-day chess tournament", "the 10-day carnival"), and a
sentence or two later "the N-day event" (or "the N-day" and the gathering's own noun: "the six-day fair")
points back at it.  Read only when:

* the second is "the/this/that" right before the length and the noun right after it, nothing between
  ("Last year's four-week event", "a two-day event for juniors", "the two-day street food event" are
  other events);
* the first is the one length of that dimension in the two sentences before, a modifier of a gathering
  (festival, fair, tournament, summit, series ...; the nouns of ``GATHERINGS``, a few words after it:
  "the four-day folk festival");
* nothing sets them apart: another year or time, a change of plan ("extended", "now", "originally").

Likewise a distance told by a verb of travel ("walked 1,200 miles", "sailed 2,800 miles", "drove 640km") is what
"the/her/its N-unit trek/voyage/trip/journey" restates in the next sentence or the one after, when it is the one
length there (``find_journey_restatements``; silent on a place after the second's noun the first's sentence lacks,
"the 1.2-billion-km journey to Jupiter" being a leg, and on another owner, time or journey: "the return ...",
"Their father's ...").
"""
from __future__ import annotations

import re

from ..model import Document, Kind
from .context import words
from .needs import needs
from .restatements import (EVENTS, MeasureRestatement, TermRestatement, _LENGTH_UPDATED, _NAMED_MEASURE_DET,
                           _POSSESSIVE, _other_year, _said_before, group_of, same_dimension, singular, years_differ)

# gatherings an event's length may size ("a nine-day chess tournament"); "event" names any of them
GATHERINGS = frozenset("""festival fair carnival tournament series summit conference show exhibition congress
    convention championship championships competition gathering games expo celebration contest jamboree regatta
    fete gala season""".split()) | {"event"}
# a phrase right after the noun telling which event: "by cleaners", "in Hull", "(by midwives)", "for juniors"
_NAMED_AFTER = re.compile(r"\s*(?:\(|(?:by|in|at|of|for|from|on|over|about|with|against|involving|between|organised|"
                          r"held)\b)", re.I)
# another event said to be one: "a separate dispute", "a second strike"
_ANOTHER_EVENT = re.compile(r"\b(?:separate|different|other|second|rival)\b", re.I)
_NOUN_RIGHT_AFTER = re.compile(r"[\s-]+([a-z]+)\b")
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


# a time told relative to now: "this summer", "next year" (against a year the first's sentence names)
_RELATIVE_TIME = re.compile(r"\b(?:this|next|last|coming)\s+(?:year|summer|spring|autumn|fall|winter|month|week|season)\b",
                            re.I)


def _times_apart(doc: Document, first, second) -> bool:
    """Other years or times for the two: "in 2019 ... this summer" too."""
    if years_differ(doc, first, second) or _other_year(doc, first, second):
        return True
    s1, s2 = doc.sentences[first.sentence], doc.sentences[second.sentence]
    dated = any(m.kind == Kind.YEAR for m in doc.mentions if s1.start <= m.start < s1.end)
    return dated and bool(_RELATIVE_TIME.search(doc.text, s2.start, s2.end))


@needs(Kind.DURATION, count=2, compound=True)
def find_event_length_restatements(doc: Document):
    """An event's length as a modifier restated as "the N-unit event" (see the module)."""
    lengths = [m for m in doc.mentions if m.kind == Kind.DURATION and m.compound and not m.is_range
               and m.value is not None and not doc.sentences[m.sentence].chrome]
    for second in lengths:
        if second.hedge or doc.sentences[second.sentence].headline:
            continue
        start = doc.sentences[second.sentence].start
        if not _NAMED_MEASURE_DET.search(doc.text, max(start, second.start - 8), second.start):
            continue
        noun = _gathering_after(doc, second, right_after=True)
        if noun is None or _NAMED_AFTER.match(doc.text, _NOUN_RIGHT_AFTER.match(doc.text, second.end).end()):
            continue  # "The two-day strike by cleaners in Hull": a phrase naming which one
        before = [m for m in doc.mentions if m.kind == Kind.DURATION and second.sentence - 2 <= m.sentence
                  < second.sentence and same_dimension(m, second)]
        if len(before) != 1 or not before[0].compound or before[0].is_range or before[0].value is None:
            continue  # which length? another length in play
        first = before[0]
        told = _gathering_after(doc, first, right_after=False)
        if told is None or not (noun == "event" or group_of(noun) == group_of(told)):
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
# a place after the journey's noun: "the 1.2-billion-km journey to Jupiter" may be a leg of it
_PLACE_AFTER = re.compile(r"\s+(?:to|from|across|between|through|around|round|along|over|into)\s+(?:the\s+)?([A-Za-z][\w'’-]*)")


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
        owner = _POSSESSIVE.search(doc.text, max(start, second.start - 30), second.start)
        if owner is None and not _NAMED_MEASURE_DET.search(doc.text, max(start, second.start - 8), second.start) \
                and not re.search(r"\b(?:his|her|its|their)\s+$", doc.text[max(start, second.start - 8):second.start], re.I):
            continue
        pointed = owner is not None and re.search(r"\bthe\s+$", doc.text[max(start, owner.start(1) - 4):owner.start(1)], re.I)
        if owner is not None and not owner.group(1).lower().startswith("the ") and not pointed \
                and not (owner.group(1)[:1].isupper() and _said_before(doc, owner.group(1), start)):
            continue  # "Their father's 5,400km voyage": an owner not pointed back at nor named before
        before = [m for m in doc.mentions if m.kind == Kind.MEASURE and second.sentence - 2 <= m.sentence
                  < second.sentence and same_dimension(m, second)]
        if len(before) != 1 or before[0].is_range or before[0].value is None:
            continue
        first = before[0]
        s0 = doc.sentences[first.sentence].start
        if not _TRAVELLED.search(doc.text, max(s0, first.start - 30), first.start):
            continue
        place = _PLACE_AFTER.match(doc.text, noun.end())
        if place is not None and place.group(1).lower() not in doc.text[s0:doc.sentences[first.sentence].end].lower():
            continue
        if _LENGTH_UPDATED.search(doc.text, start, second.start):
            continue  # "The next 520km trip" (not "further than any mission" after it)
        if _times_apart(doc, first, second):
            continue
        yield MeasureRestatement(link="inferred", cue="the " + noun.group(1).lower(), first=first, second=second,
                                 subject=noun.group(1).lower())


FINDERS = (find_event_length_restatements, find_journey_restatements)

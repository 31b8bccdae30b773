"""Relations (round 59): the day of one event given twice -- FC413.

"Members will vote on 14 May on the merger ... ahead of the 15 May vote": an event dated by "on" a day, then
named again a sentence or two later as "the DAY NOUN", where the noun is the event's own word ("vote" after "vote
on", "strike" after "strike on") or its start ("the 19 September opening" after "a fair on 18 September").  Read
only when:

* the first is the one day-and-month date of its sentence, right after "on" and the event's word (a verb or a
  noun: "will vote on", "the fair on", "walk out on"), a weekday allowed between ("on Friday, 14 May");
* the second is the one such date of its sentence, after "the" (or "this", "its", "Friday's"), right before the
  event's noun, at most two sentences later;
* neither sentence, nor the text between, tells of a change of day ("moved", "postponed", "brought forward",
  "rescheduled", "delayed", "originally", "now", "new date"), and the years, where both are given, are one.

The link is read, not stated: a mismatch is a warning.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..model import Document, Kind, Mention
from .needs import needs
from .restatements import Restatement

CUE = "the day of the event told again"

# the events a day belongs to, by their nouns; the verbs that name them are their stems ("vote", "strike", "meet")
_EVENTS = frozenset("""vote ballot election referendum poll strike walkout stoppage meeting hearing trial launch
    opening final match fair festival show auction deadline ceremony summit congress conference race concert premiere
    sale exhibition reopening inquest""".split())
_STARTS = frozenset({"opening", "launch", "start", "reopening"})
_VERB_OF = {"meet": "meeting", "hear": "hearing", "open": "opening", "launch": "launch", "reopen": "reopening",
            "vote": "vote", "strike": "strike", "close": "closure"}
# the event's word right before "on" and its day: "will vote on", "the spice fair on", "opens on"
_EVENT_ON_BEFORE = re.compile(r"\b([a-z]+?)(?:s|es|ed)?\s+on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                              r"(?:the\s+)?$")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|its|their|[A-Z][a-z]+day['’]s)\s+$")
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
_CHANGED = re.compile(r"\b(?:moved|postponed|brought\s+forward|put\s+back|pushed\s+back|rescheduled|delayed|"
                      r"originally|now|new\s+date|instead|cancelled|called\s+off|second|another|next)\b", re.I)


@dataclass(frozen=True)
class DateRestatement(Restatement):
    """``second`` gives again the day of the event ``first`` dated."""


def _day(m: Mention) -> bool:
    return m.kind == Kind.DATE and m.date is not None and m.date.day is not None and m.date.month is not None


def _event_of_first(doc: Document, m: Mention) -> str | None:
    s = doc.sentences[m.sentence]
    found = _EVENT_ON_BEFORE.search(doc.text, max(s.start, m.start - 40), m.start)
    if found is None:
        return None
    word = found.group(1).lower()
    event = _VERB_OF.get(word, word)
    return event if event in _EVENTS else None


def _event_of_second(doc: Document, m: Mention) -> str | None:
    s = doc.sentences[m.sentence]
    if not _DETERMINER_BEFORE.search(doc.text, max(s.start, m.start - 12), m.start):
        return None
    after = _NOUN_AFTER.match(doc.text, m.end, s.end)
    if after is None:
        return None
    noun = after.group(1).lower()
    return noun if noun in _EVENTS else None


@needs(Kind.DATE, count=2)
def find_date_restatements(doc: Document):
    """One event's day, then "the DAY NOUN" (see the module)."""
    days = [m for m in doc.mentions if _day(m) and not doc.sentences[m.sentence].chrome
            and not doc.sentences[m.sentence].headline]
    per_sentence = Counter(m.sentence for m in days)
    for j, second in enumerate(days):
        if j == 0 or per_sentence[second.sentence] != 1:
            continue
        first = days[j - 1]
        if per_sentence[first.sentence] != 1 or not 0 < second.sentence - first.sentence <= 2:
            continue
        event, noun = _event_of_first(doc, first), _event_of_second(doc, second)
        if event is None or noun is None or not (noun == event or noun in _STARTS and event not in _STARTS):
            continue
        if first.date.year is not None and second.date.year is not None and first.date.year != second.date.year:
            continue
        span = doc.text[doc.sentences[first.sentence].start:doc.sentences[second.sentence].end]
        if _CHANGED.search(span):
            continue
        yield DateRestatement(link="inferred", cue=CUE, first=first, second=second, subject=event)


def agree(a: Mention, b: Mention) -> bool:
    return (a.date.month, a.date.day) == (b.date.month, b.date.day)


FINDERS = (find_date_restatements,)

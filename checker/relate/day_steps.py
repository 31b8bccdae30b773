"""Relations: a one-day step told in words (round 32, FC507).

"cut the ribbon on Wednesday, September 3, and the first riders crossed the next day, Friday": "the next day",
"the following day", "the day after", "a day later" (and "the day before", "the previous day", "a day earlier")
set apart before a weekday or a date is a count of one day from the sentence's last dated event before it (or,
when the sentence has none, the one dated event of the sentence before in its paragraph). The step is read as a
length of one day tied by "later" or "earlier" and checked like "two days later, on Saturday" (``_make_span``).

Not read: a step after a length of time told since the event ("ran for three days; the day after, Thursday",
"ended a week later. The following day, ..."), "the day after the vote" (a noun follows: the step is counted from
that event, not the one before), "the next day's paper", a step with no weekday or date set apart right after it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from ..interval import Interval
from ..model import Document, Kind
from .dates import _dated, _duration_unit, _grouped, _make_span, _sentences, pseudo
from .needs import needs

# the step, then the day it lands on set apart: ", Friday", " (Friday)", ", on Friday 5 September", " - Friday -"
_DAY_STEP = re.compile(r"\b(?:(?:the\s+)?(?:(next|following)|(previous|preceding))\s+day|the\s+day\s+(?:(after)|(before))"
                       r"|a\s+day\s+(?:(later)|(earlier)))(?=\s*(?:,|\(|[-–—])\s*(?:on\s+)?[A-Z0-9])", re.I)
_TRIGGER = ("day",)


def _step_cue(m: re.Match) -> str:
    forward = m.group(1) or m.group(3) or m.group(5)
    return "later" if forward else "earlier"


def _landing(ms, end: int, text: str):
    """The weekday or date set apart right after the step."""
    for m in ms:
        if m.start >= end:
            gap = text[end:m.start]
            if m.kind in (Kind.WEEKDAY, Kind.DATE) and re.fullmatch(r"\s*(?:,|\(|[-–—])\s*(?:on\s+)?", gap):
                return m
            return None
    return None


# time moving on in words, with no figure: "traded for a fortnight", "reached Oslo later", "stayed until the end"
_MOVES_ON_WORDS = re.compile(r"\b(?:later|afterwards|fortnight|until|till)\b", re.I)


def _time_moves_on(doc: Document, ms, after: int, before: int) -> bool:
    """A length of time told between the dated event and the step: "ran for three days; the day after, ...", "ended
    a week later. The following day, ...": the step counts from the end of that time, not from the event."""
    return any(m.kind is Kind.DURATION and after <= m.start and m.end <= before for m in ms) \
        or _MOVES_ON_WORDS.search(doc.text, after, before) is not None


def _from_before(doc: Document, s, ms, start: int):
    """The last dated event before the step in its sentence, else the one of the sentence before; None when a
    length of time is told between them."""
    before = [m for m in _dated(ms) if m.end <= start and m.kind is not Kind.YEAR]
    if before:
        return None if _time_moves_on(doc, ms, before[-1].end, start) else before[-1]
    if s.index == 0 or _time_moves_on(doc, ms, s.start, start):
        return None
    prev = doc.sentences[s.index - 1]
    if prev.chrome or prev.paragraph != s.paragraph:
        return None
    prev_ms = _grouped(doc).get(s.index - 1, ())
    dated = [m for m in _dated(prev_ms) if m.kind is not Kind.YEAR]
    return dated[0] if len(dated) == 1 and not _time_moves_on(doc, prev_ms, dated[0].end, prev.end) else None


@needs(Kind.WEEKDAY, Kind.DATE, count=2, words=_TRIGGER)
def find_day_steps(doc: Document):
    for s, ms in _sentences(doc):
        text = doc.text[s.start:s.end]
        if "day" not in text.lower():
            continue
        for step in _DAY_STEP.finditer(text):
            a, b = s.start + step.start(), s.start + step.end()
            if any(m.start < b and a < m.end for m in ms):
                continue  # "a day later": the grammar's own length, read by find_spans
            landing = _landing(ms, b, doc.text)
            first = _from_before(doc, s, ms, a) if landing is not None else None
            if first is None:
                continue
            one = replace(pseudo(doc, a, b, s.index, Kind.DURATION), value=Fraction(1), unit="days",
                          interval=Interval.point(Fraction(1)), compound=False)
            rel = _make_span(doc, one, first, landing, "explicit", f"{one.text} {_step_cue(step)}")
            if rel is not None:
                yield rel


# (round 47) a date, then how far off it is from the day of publication, set apart: "opens on June 1 - in 10 days'
# time -", "on 3 March, in two weeks' time,", "on 3 March (in 17 days)"
_IN_TIME_AFTER = re.compile(r"\s*(?:,|\(|[-–—]|--)\s*in\s+$")
_TIME_CLOSE = re.compile(r"(?:['’]s?)?(?:\s+time)?\s*(?:,|\)|[-–—]|--|\.|$)")


@needs(Kind.DATE, Kind.DURATION)
def find_days_until(doc: Document):
    """(round 47) A day and month told with how many days (or weeks) off it is, set apart right after it ("opens on
    June 1 - in 10 days' time -"): a span from the publication date to that day, checked like any other (FC507).
    Read only with a publication date and a date whose day is told; a length hedged or a range is left alone."""
    if doc.published is None:
        return
    for s, ms in _sentences(doc):
        for date, dur in zip(ms, ms[1:]):
            if date.kind is not Kind.DATE or date.date is None or date.date.day is None or date.date.month is None \
                    or dur.kind is not Kind.DURATION or dur.hedge or dur.is_range \
                    or _duration_unit(dur) not in ("day", "week"):
                continue
            if not _IN_TIME_AFTER.fullmatch(doc.text, date.end, dur.start) or not _TIME_CLOSE.match(doc.text, dur.end):
                continue
            rel = _make_span(doc, dur, None, date, "explicit", f"in {dur.text}' time: later")
            if rel is not None:
                yield rel


FINDERS = (find_day_steps, find_days_until)

"""FC412: one event's clock time given twice, each shape with a clean twin."""
from __future__ import annotations

import pytest

from checker import check_text
from checker.api import analyse


def problems(text):
    return [f for f in check_text(text) if f.is_problem]


@pytest.mark.parametrize("text,span", [
    ("The funeral service will begin at 11am at St Mary's. Mourners are asked to arrive before the 11.30am "
     "service.", "11.30am"),
    ("The Belfast flight leaves at 8.15am. Passengers booked on the 8.50am flight should be at the gate "
     "by 7.45am.", "8.50am"),
    ("The Cup final kicks off at 15:00 on Saturday. Gates open two hours before the 17:00 kick-off.",
     "17:00"),
    ("The council meeting is due to start at 7pm. Residents can speak for three minutes each at the 6pm "
     "meeting.", "6pm"),
])
def test_flagged(text, span):
    assert any(f.rule == "FC412" and text[f.start:f.end] == span for f in problems(text)), problems(text)


@pytest.mark.parametrize("text", [
    "The funeral service will begin at 11am at St Mary's. Mourners are asked to arrive before the 11am service.",
    # a change of time told as such
    "The meeting had been due to start at 7pm. It was moved to the 6pm slot, and the 6pm meeting was short.",
    "The 8.15am flight to Belfast was delayed. The 8.15am flight finally left at 9.40am.",
    # two days, two events
    "The Cup final kicks off at 15:00 on Saturday. Sunday's 17:00 kick-off is the women's final.",
    # two events of one kind: more than two times for the noun
    "The 8.15am flight to Belfast left on time. The 8.50am flight to Derry and the 9.10am flight to Cork "
    "were cancelled.",
    # two times that each name an event: two flights
    "The 8.15am flight to Belfast is full. Passengers booked on the 8.50am flight have seats.",
    # a 12-hour clock with no am or pm agrees with either half of the day
    "The last train leaves at 23:40. Passengers for the 11.40 train should use platform 2.",
])
def test_clean(text):
    assert not problems(text)


def test_clock_values_read_by_the_grammar():
    doc = analyse("Doors open at 7.30pm, 19:45 or 7:45, and at 12.05am or 12pm.")
    times = [(m.text.rstrip(".,"), m.value, m.unit) for m in doc.mentions if m.kind.name == "TIME"]
    assert times == [("7.30pm", 1170, "clock"), ("19:45", 1185, "clock"), ("7:45", 465, "clock12"),
                     ("12.05am", 5, "clock"), ("12pm", 720, "clock")]


# ------------------------------------------ FC509: the time between two clock times
@pytest.mark.parametrize("text,span", [
    ("The coach left Leeds at 6.45am and reached London at 11.05am, a journey of 3 hours 50 minutes.", "3 hours 50 minutes"),
    ("The meeting ran from 14:00 to 17:40 (three hours and 10 minutes).", "three hours"),
    ("The walkers set off at 9am and were rescued at 4.30pm, after five hours.", "five hours"),
])
def test_clock_span_flagged(text, span):
    assert any(f.rule == "FC509" and text[f.start:f.end] == span for f in problems(text)), problems(text)


@pytest.mark.parametrize("text", [
    "The coach left Leeds at 6.45am and reached London at 11.05am, a journey of 4 hours 20 minutes.",
    "The meeting ran from 14:00 to 17:40 (three hours and 40 minutes).",
    "The walkers set off at 9am and were rescued at 4.30pm, after seven and a half hours.",
    "The walkers set off at 9am and were rescued at 4.30pm, after about seven hours.",
    # a length of something else before the times
    "After a 20-minute delay, the coach left at 6.45am and reached London at 11.05am, 3 hours later.",
    # a delay against the timetable, not the time between the two
    "The 8.10am service arrived at 8.55am, 25 minutes late.",
    # the second time earlier: overnight or out of order
    "The ferry left at 22:30 and docked at 06:10, a crossing of seven hours and 40 minutes.",
])
def test_clock_span_clean(text):
    assert not problems(text)


@pytest.mark.parametrize("text,flag", [
    ("The service leaves Leeds at 7.10am and takes 2 hours 10 minutes, arriving in London at 9.40am.", True),
    ("The service leaves Leeds at 7.10am and takes 2 hours 30 minutes, arriving in London at 9.40am.", False),
    ("The ferry departs at 08:15, taking about 90 minutes and docking at 10:45.", True),
    ("The ferry departs at 08:15, taking about two and a half hours and docking at 10:45.", False),
    # a length between the times that is not the journey's
    ("The ferry departs at 08:15 after a 40-minute delay and docks at 10:45.", False),
])
def test_clock_span_with_the_length_between(text, flag):
    assert bool([f for f in problems(text) if f.rule == "FC509"]) == flag

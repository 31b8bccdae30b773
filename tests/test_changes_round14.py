"""Changes family, round 14: own paraphrases, each with a clean twin."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text, published=None, code=None):
    found = [f for f in check_text(text, published) if f.is_problem]
    return [f for f in found if code is None or f.rule == code]


# ------------------------------------------ a change sized, its period, a colon or dash, then the two levels
# told as a move of their own ("there were 63, up from 42"; "from 42 to 63"; "63, compared with 42")
@pytest.mark.parametrize("text,code,span", [
    ("Complaints to the ombudsman tripled last year: it received 410, up from 205 the year before.",
     "FC302", "tripled"),
    ("Ridership on the branch line has halved since March - from 18,000 passengers a day to 12,000.",
     "FC302", "halved"),
    ("Reported thefts more than doubled in the first half: police logged 930, compared with 620 a year earlier.",
     "FC302", "more than doubled"),
    ("The waiting list grew by 350 in a year: it now stands at 2,480, up from 2,230.", "FC301", "350"),
    ("Fares rose 40% in January: a single ticket went from £2.50 to £3.20.", "FC203", "40%"),
])
def test_change_then_separator_then_move_flagged(text, code, span):
    found = problems(text, None, code)
    assert [text[f.start:f.end] for f in found] == [span]


@pytest.mark.parametrize("text", [
    "Complaints to the ombudsman tripled last year: it received 615, up from 205 the year before.",
    "Ridership on the branch line has halved since March - from 18,000 passengers a day to 9,000.",
    "Reported thefts more than doubled in the first half: police logged 1,320, compared with 620 a year earlier.",
    "The waiting list grew by 250 in a year: it now stands at 2,480, up from 2,230.",
    "Fares rose 28% in January: a single ticket went from £2.50 to £3.20.",
    # the figures after the separator are no move of the measure
    "Membership doubled in a year: 340 joined in May and 120 in June.",
    "Sales fell 12% in March - 40 shops closed and 300 staff were laid off.",
])
def test_change_then_separator_then_move_clean(text):
    assert not problems(text)

"""Round 27 (restatements): a headline's count picked out by a verb is the body's count when the verb's own figure
(of another kind) is told again in the body's sentence, under another verb: "2,000 patients waited 12 hours" /
"1,640 patients spent more than 12 hours" (``restatements._object_told_again``)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("Some 90 ambulances queued three hours outside hospitals\nNHS figures show 64 ambulances waited three hours or "
     "more to hand over patients.", "64"),
    ("About 80 flights grounded for six hours at Gatwick\nAirport staff said 58 flights were held on the ground for six "
     "hours after the radar fault.", "58"),
    ("More than 3,000 households waited 18 months for repairs\nThe ombudsman found that 2,140 households had been left "
     "18 months without repairs.", "2,140"),
    ("Over 300 trains delayed 30 minutes by signal fault\nNetwork Rail said 210 trains ran 30 minutes late after the "
     "fault at Reading.", "210"),
    ("Almost 700 pupils missed 20 days of school\nCouncil figures show 1,020 pupils were absent for 20 days or more "
     "last term.", "1,020"),
]

CLEAN = [
    "Some 90 ambulances queued three hours outside hospitals\nNHS figures show 88 ambulances waited three hours or "
    "more to hand over patients.",
    "About 80 flights grounded for six hours at Gatwick\nAirport staff said 58 flights were cancelled and 22 more were "
    "held on the ground for six hours.",
    "Over 300 trains delayed 30 minutes by signal fault\nNetwork Rail said 1,400 trains ran on Monday, and 30 minutes "
    "was the longest wait.",
    "Almost 700 pupils missed 20 days of school\nCouncil figures show 1,020 pupils were absent for at least one day "
    "last term.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_headline_event_told_by_its_figure_is_compared(text, target):
    assert_flagged(text, target, "FC401")


@pytest.mark.parametrize("text", CLEAN)
def test_headline_event_of_other_figures_is_clean(text):
    assert_clean(text)

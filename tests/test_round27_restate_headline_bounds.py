"""Round 27 (restatements): a headline verb of passing a mark ("tops", "passes", "exceeds", "surpasses", "breaks")
makes its figure a floor the lead's figure for the same thing must reach (``relate.headline_bounds``)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("Season ticket sales pass 20,000 for first time\nThe club said it had sold 18,600 season tickets by Friday's "
     "deadline.", "18,600"),
    ("Powerball jackpot exceeds $900 million\nThe Powerball jackpot for Wednesday's draw stands at $870 million, "
     "lottery officials said.", "$870 million"),
    ("Museum visitors break one million mark\nThe museum welcomed 940,000 visitors in the 12 months to March, its "
     "annual report shows.", "940,000"),
    ("Bridge repair bill surpasses £80m\nThe council said on Tuesday the repair bill for the crossing had reached "
     "£76.5m.", "£76.5m"),
    ("Measles cases in Texas surpass 400\nState health officials said Tuesday that 362 cases had been confirmed since "
     "January.", "362"),
]

CLEAN = [
    "Season ticket sales pass 20,000 for first time\nThe club said it had sold 20,350 season tickets by Friday's "
    "deadline.",
    "Season ticket sales pass 20,000 for first time\nThe club sold 1,200 season tickets on Friday alone, taking the "
    "total to 20,400.",
    "Powerball jackpot could top $900 million\nThe Powerball jackpot for Wednesday's draw stands at $870 million, "
    "lottery officials said.",
    "Museum visitors break one million mark\nThe museum welcomed 940,000 visitors in 2023 and 1.02 million in the 12 "
    "months to March, its annual report shows.",
    "Bridge repair bill surpasses £80m\nThe council said on Tuesday a further £6m had been added to the repair bill "
    "for the crossing.",
    "Heathrow passes 80m passengers\nThe airport handled 6.9 million passengers in July, its busiest month ever.",
    "Measles cases in Texas set to surpass 400\nState health officials said Tuesday that 362 cases had been confirmed "
    "since January.",
    "Food bank parcels top 5,000 in a month\nThe food bank handed out 400 more parcels in March than in February, "
    "bringing the total to 5,120.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_lead_figure_below_a_passed_mark_is_flagged(text, target):
    assert_flagged(text, target, "FC401")


@pytest.mark.parametrize("text", CLEAN)
def test_lead_figure_at_the_mark_or_another_is_clean(text):
    assert_clean(text)

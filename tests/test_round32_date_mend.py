"""Round 32 (date review): false alarms of the round's date readings, mended in general, with flag twins kept.

1. a one-day step ("the day after, Thursday") after a length of time told since the dated event counts from the end
   of that time, not from the event (``day_steps._time_moves_on``);
2. "the 30 June deadline was just 9 days away": a verb of another time between the dated noun and its distance is a
   distance told from a day gone by, not from publication (``dates._dated_noun_then_away``);
3. an age in the sentence after an age in a year is the age now only when that sentence is told of now ("now",
   "still", "today", "this week"); "Aged 23, she turned professional." is a later step of the story
   (``ages_then_first._TOLD_NOW``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN = [
    # 1. a length of time between the event and the step
    ("Voting opened on Monday 5 May 2025 and ran for three days; the day after, Thursday, the results were declared.",
     None),
    ("The strike began on Saturday 1 March 2025 and ended a week later. The following day, Sunday 9 March, talks "
     "resumed.", None),
    ("The ship sailed from Hull on Monday 2 June 2025 and reached Oslo two days later. The next day, Thursday, it "
     "left for Bergen.", None),
    ("The pop-up market opened on Friday 4 April 2025 and traded for a fortnight; the day after, Saturday 19 April, "
     "the stalls came down.", None),
    # 2. a distance told from a day gone by
    ("When the council met on 21 June, the 30 June deadline was just 9 days away.", "2025-07-10"),
    ("Back then the 30 June deadline seemed only 9 days away, officials recalled.", "2025-07-10"),
    ("The 30 June deadline for bids was set when the 1 June launch was only 10 days away.", "2025-06-21"),
    ("On 1 May the 30 June deadline looked 60 days away; it is now 9 days away.", "2025-06-21"),
    # 3. a later age in the story, not the age now
    ("Jo Hale was 19 when she swam the Channel in 1988. Aged 23, she turned professional.", "2025-06-01"),
    ("Ann Roe opened the shop in 1990, aged 30. Aged 45, she opened a second in Leeds.", "2025-06-01"),
    ("Tom Lee joined the band in 1979, aged 17. The 20-year-old quit three years later.", "2025-06-01"),
    ("Tom Lee joined the band in 1979, aged 17. Lee, 20, quit three years later to study law.", "2025-06-01"),
]

FLAGS = [
    # the readings still hold in their own shapes
    ("The ship sailed from Hull on Monday 2 June 2025 and docked at Oslo. The next day, Thursday, it left for Bergen.",
     "The next day", "FC507", None),
    ("The 30 June deadline is now just 12 days away, ministers said.", "12 days away", "FC502", "2025-06-21"),
    ("Jo Hale was 19 when she swam the Channel in 1988. Now 50, she is doing it again.", "50", "FC506",
     "2025-06-01"),
    ("Tom Lee joined the band in 1979, aged 17. The 58-year-old still plays every night.", "58-year-old", "FC506",
     "2025-06-01"),
]


@pytest.mark.parametrize("text,published", CLEAN)
def test_mended_clean(text, published):
    assert_clean(text, published)


@pytest.mark.parametrize("text,target,rule,published", FLAGS)
def test_kept_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)

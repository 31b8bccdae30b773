"""Round 26, articles: readings learned from the fresh a169 article pairs, each written here in five
other shapes (other beats, nouns, numbers, order and distance), with clean twins."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. A change given per week, month, day or head is the whole change spread thinner, not the whole
# change: "to £1,967.72 from £1,874.20, an increase of about £1.80 a week" (93.52 / 52).
PER_RATE_CLEAN = [
    "The annual season ticket will cost £4,380 from next year, up from £4,120, an increase of £5 a week.",
    "The licence fee goes up from £169.50 to £174.50, a rise of about 10p a week.",
    "The yearly water bill will climb from $612 to $690, an increase of roughly $1.50 per week.",
    "Average rents for a two-bedroom flat reached £14,760 a year from £13,920, a rise of £70 a month.",
    "Funding for the district's schools rises to £46.2m from £44.8m, an increase of about £160 per pupil.",
    "The club's annual subscription will go up to £365 from £292, an extra 20p a day for members.",
    "Her salary rose to £38,400 from £35,900, an increase of about £208 a month.",
    "The average rent on the estate rose to £1,260 from £1,190, an increase of about £16 a week.",
]
# ... and the per-period figure is checked against the change spread over a year (or a month, for levels
# that may be a month's): 143.52 / 52 is 2.76, not "about £1.80 a week"
PER_RATE_SPREAD_FLAG = [
    ("The licence fee goes up from £169.50 to £184.50, a rise of about 10p a week.", "about 10p"),
    ("The annual season ticket will cost £4,680 from next year, up from £4,120, an increase of £5 a week.", "£5 a week"),
    ("The yearly water bill will climb from $612 to $790, an increase of roughly $1.50 per week.", "$790"),
    ("Her salary rose to £38,400 from £35,900, an increase of about £20 a month.", "about £20"),
    ("The club's annual subscription will go up to £438 from £292, an extra 20p a day for members.", "£438"),
    ("The average rent on the estate rose to £1,260 from £1,190, an increase of about £4 a week.", "about £4"),
]
PER_RATE_FLAG = [
    ("The licence fee goes up from £169.50 to £174.50, a rise of about £7.", "about £7"),
    ("The yearly water bill will climb from $612 to $690, an increase of roughly $65.", "roughly $65"),
    ("Weekly rents rose from £212 a week to £236 a week, a rise of £14 a week.", "£14 a week"),
    ("The annual season ticket will cost £4,380 from next year, up from £4,120, an increase of £300.", "£300"),
    ("Rents in the block rose from £212 to £236 a week, a rise of £14 a week.", "£14 a week"),
    ("Daily parking went up from £8.50 a day to £11.20 a day, an increase of £2.10 a day.", "£2.10 a day"),
]


@pytest.mark.parametrize("text", PER_RATE_CLEAN)
def test_change_per_shorter_period_or_head_is_no_whole_change(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", PER_RATE_FLAG)
def test_whole_change_or_same_rate_still_checked(text, target):
    assert_flagged(text, target, "FC3")


@pytest.mark.parametrize("text,target", PER_RATE_SPREAD_FLAG)
def test_change_per_period_checked_over_the_year(text, target):
    assert_flagged(text, target, "FC301")

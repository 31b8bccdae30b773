"""Round 13, percentages: a share a part "makes up" or "takes up" is a level, not a rise, even
when a comparison with an earlier count follows ("making up 14.5% of the population, compared
with 33,900"); a real percentage change beside the same counts is still checked."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (a share after "making up" / "takes up" with a comparison after it: never a percentage change)
SHARE_NOT_CHANGE = [
    "There were 52,800 residents aged over 70, making up 16.1% of the district, compared with 44,100, or 14.2%, "
    "ten years before.",
    "Women held 212 seats, making up 33.9% of the chamber, compared with 150 in 2015.",
    "Some 8,200 pupils spoke a second language at home, making up about 11% of the roll, against 6,100 five "
    "years ago.",
    "Students now rent 18,700 flats, taking up 23% of the market, compared with 15,200 a decade ago.",
    "Over-65s made up 14.5% of the county, numbering 41,500 compared with 33,900 in 2016.",
]

# (the same counts with a real change stated between them: still checked)
CHANGE_FLAGS = [
    ("The number of residents aged over 70 rose to 52,800, up 9% from 44,100.", "9%"),
    ("Women held 212 seats, up 33.9% from 150 in 2015.", "33.9%"),
    ("Pupils speaking a second language climbed to 8,200, an increase of 11% on the 6,100 five years ago.", "11%"),
]


@pytest.mark.parametrize("text", SHARE_NOT_CHANGE)
def test_share_made_up_is_no_change(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", CHANGE_FLAGS)
def test_real_change_still_checked(text, target):
    assert_flagged(text, target, "FC2")

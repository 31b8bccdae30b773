"""Round 26 (mixed learning set): a whole percentage as one end of a change whose other end is told to decimals
is told as finely ("from 5.25% to 5%" is 5.00%, so the cut is a quarter of a point, not half), as a price in whole
pounds beside one in pence is exact (``rules.percents._whole_percent_beside_decimals`` in ``paired_interval``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

WRONG_POINTS = [
    ("The central bank trimmed its main rate from 5.25% to 5%, a reduction of half a percentage point.",
     "half a percentage point"),
    ("Unemployment in the state climbed to 4% from 3.6% last quarter, an increase of 0.2 percentage points.",
     "0.2 percentage points"),
    ("The average two-year fix went from 5.5% to 6%, a quarter-point rise, Moneyfacts said.", "quarter-point"),
    ("A cut of 50 basis points took the deposit rate to 3% from 3.75%.", "50 basis points"),
    ("The benchmark was lowered by three-quarters of a point, from 4.5 percent to 4 percent.",
     "three-quarters of a point"),
]

RIGHT = [
    "The central bank trimmed its main rate from 5.25% to 5%, a reduction of a quarter of a percentage point.",
    "Unemployment in the state climbed to 4% from 3.6% last quarter, an increase of 0.4 percentage points.",
    "The average two-year fix went from 5.5% to 6%, a half-point rise, Moneyfacts said.",
    "A cut of 75 basis points took the deposit rate to 3% from 3.75%.",
    "The benchmark was lowered by half a point, from 4.5 percent to 4 percent.",
    # relative changes between such ends still fit
    "The benchmark rose from 4.5% to 5%, an increase of 11%.",
    "Inflation fell from 10.1% to 4%, a fall of 60%.",
    # a whole percentage beside another whole one keeps its own rounding
    "Support rose from 41% to 44%, a gain of three points.",
]


@pytest.mark.parametrize("text,target", WRONG_POINTS)
def test_point_change_against_an_exact_whole_end_flags(text, target):
    assert_flagged(text, target, "FC204")


@pytest.mark.parametrize("text", RIGHT)
def test_point_change_that_fits_stays_silent(text):
    assert_clean(text)

"""Round 34 (fixer fdate): dates, shares, percentages and changes the checker still missed.

1. "Of the 2,900 claims lodged, ..." opens a whole that is counted: the thousands comma is no clause break, so the
   fates told after it are still the fates of that whole (``percents._LEAD_OF_WHOLE``); a later part may be a
   pending state ("are still being assessed", "are in dispute", ``percents._STATE_NEXT``);
2. "about as often" is the middle answer of a scale whose ends are "less often" and "more often"
   (``percents._MIDDLE``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGS = [
    # 1. a counted whole before its fates
    ("Of the 3,400 appeals heard last year, 62% were rejected, 27% were allowed and 18% were withdrawn.",
     "18%", "FC202", None),
    ("Of the 12,800 tonnes collected, 55% was recycled, 31% was burnt and 22% was buried.", "22%", "FC202", None),
    ("Of the 1,760 complaints received by the regulator, 48% have been resolved, 37% are still being investigated "
     "and 24% are on hold.", "24%", "FC202", None),
    ("Of the 5,100 planning applications lodged, 71% were approved, 22% were refused and 13% are still pending.",
     "13%", "FC202", None),
    # 2. the middle of a scale told as "about as often"
    ("Of 1,500 shoppers asked, 52% said they shop in town less often than before, 33% said about as often and 24% "
     "said more often.", "24%", "FC202", None),
    ("Asked about the gym, 44% of members said they go more often than last year, 41% said about as often and "
     "27% said less often.", "27%", "FC202", None),
    ("In the survey, 61% of parents said their children read less often than they did, 30% said about as often "
     "and 17% said more often.", "17%", "FC202", None),
]

CLEAN = [
    # 1.
    ("Of the 3,400 appeals heard last year, 62% were rejected, 27% were allowed and 11% were withdrawn.", None),
    ("Of the 12,800 tonnes collected, 55% was recycled, 31% was burnt and 14% was buried.", None),
    ("Of the 1,760 complaints received by the regulator, 48% have been resolved, 37% are still being investigated "
     "and 15% are on hold.", None),
    ("Of the 5,100 planning applications lodged, 71% were approved, 22% came from farmers and 13% are still "
     "pending.", None),
    ("Of the 5,100 planning applications lodged, 71% were submitted online, 52% were submitted by agents and 13% "
     "are still pending.", None),
    ("Of the 2,300 staff, 64% are based in London, 41% work from home on Fridays and 20% are in dispute with "
     "management.", None),
    # 2.
    ("Of 1,500 shoppers asked, 52% said they shop in town less often than before, 33% said about as often and 15% "
     "said more often.", None),
    ("Of 1,500 shoppers asked, 52% said they shop online more often, 43% said they buy more food and 24% said "
     "they spend about as much.", None),
    ("Asked about the gym, 44% of members said they go more often than last year and 41% of staff said about as "
     "often, while 27% of coaches said less often.", None),
    ("Sales rose 52% in London and 33% in Leeds, where shoppers visited about as often as before, and 24% in York.",
     None),
    ("In the survey, 61% of parents said their children read less often than they did, and 30% said they read "
     "about as often on holiday.", None),
]


@pytest.mark.parametrize("text,target,rule,published", FLAGS)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", CLEAN)
def test_clean(text, published):
    assert_clean(text, published)

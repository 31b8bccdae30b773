"""Round 34 (fixer fdate): dates, shares, percentages and changes the checker still missed.

1. "Of the 2,900 claims lodged, ..." opens a whole that is counted: the thousands comma is no clause break, so the
   fates told after it are still the fates of that whole (``percents._LEAD_OF_WHOLE``); a later part may be a
   pending state ("are still being assessed", "are in dispute", ``percents._STATE_NEXT``);
2. "about as often" is the middle answer of a scale whose ends are "less often" and "more often"
   (``percents._frequency_middle``), beside both its ends and the answers of one group;
3. a period's start and end dated in one sentence may carry the start's reason or place between them ("detained at
   Apapa on Sunday, 11 September, over unpaid dues, and released on ..."), or the start may be a participle set
   apart after the subject ("The ship, detained on 11 September, was released yesterday"): the count of days after
   the end is still the period's (``dates._without_start_reason``, ``dates._apposed_start``);
4. "N years after ... in YEAR, ..." opening a sentence whose event falls on a weekday (perhaps with its day and month,
   no year): a day of the publication's week, so the years run to the publication date (``dates._recent_day_after``).
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
    # 3. a period's ends with the start's reason, place or aside between
    ("The trawler was detained on 3 May over unpaid fines and released on 9 May after 15 days in port.",
     "15 days", "FC507", "2024-05-20"),
    ("The yacht, seized at Valletta on Friday, 3 May, was released yesterday after 12 days.", "12 days", "FC507",
     "2024-05-08"),
    ("The bridge closed on 4 March for repairs and reopened on 28 March after six weeks.", "six weeks", "FC507",
     "2024-04-02"),
    ("The tanker, detained on 2 June, over a cargo dispute, was freed on 6 June after ten days at anchor.",
     "ten days", "FC507", "2024-06-10"),
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
    # 3.
    ("The trawler was detained on 3 May over unpaid fines and released on 18 May after 15 days in port.",
     "2024-05-20"),
    ("The yacht, seized at Valletta on Friday, 3 May, was released yesterday after five days.", "2024-05-09"),
    ("The bridge closed on 4 March for repairs and reopened on 28 March after six weeks of talks with the "
     "contractor had failed in January.", "2024-04-02"),
    ("The tanker, which a court in Oslo detained on 2 June, was freed on 6 June; it had waited ten days for a "
     "berth in May.", "2024-06-10"),
    ("The bridge closed on 4 March for repairs and reopened on 28 March, 12 days after the inspection.",
     "2024-04-02"),
    ("The ship was detained on 3 May over unpaid fines and released on 9 May, 15 days before its sister ship.",
     "2024-05-20"),
    ("The 40 ships, detained on 3 May, were released on 9 May after a 15-day inquiry was ordered in April.",
     "2024-05-20"),
    # 4.
    ("Three years after it was first approved in 2021, the new hospital wing opened on Monday, March 4.", "2024-03-06"),
    ("Eight years after it was first approved in 2016, the wing opened on Monday, March 4, 2024.", "2024-03-06"),
    ("Eight years after it was first approved in 2021, the wing was delayed again; builders left on Monday, March 4.",
     "2024-03-06"),
    ("Five years after it was approved in 2016, the wing opened on 4 March 2021 and closed on Monday.", "2024-03-06"),
    ("More than a decade after plans were drawn up in 2019, the bypass finally opened on March 1.", "2024-03-06"),
    ("Thirty years after the mine closed in 1994, the last of its spoil heaps was cleared on Tuesday.", "2024-03-06"),
]


@pytest.mark.parametrize("text,target,rule,published", FLAGS)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", CLEAN)
def test_clean(text, published):
    assert_clean(text, published)

"""Round 22's review: texts the round's new readings first read wrongly, now clean (or still read)."""
import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN = [
    # another match of the season, not a ranked result (restatements _RANKED_TIME)
    ("City beat Forest 3-1 on Saturday. The 2-1 win over Forest earlier this season was their last away.", None),
    # others charged beside the accused are other people (restatements another_person)
    ("Tom Hale, 43, was charged along with two other men. The 34-year-old will appear before magistrates on Monday.",
     None),
    ("Ann Roe, 43, was found guilty alongside two brothers. The 34-year-old will be sentenced in May.", None),
    # an adjective in "-ed" before people is no verb opening the run (restatements _verb_opens)
    ("A crowd of 300 masked protesters gathered outside. Police said 250 spectators watched from the bridge.", None),
    # "members of staff on the board" are no directors (restatements _OF_BODY)
    ("All 12 directors of the board backed the plan. The 40 members of staff on the board's payroll were told "
     "on Friday.", None),
    # the rest of a cost paid another way (sums _all_sources)
    ("The £12.6m scheme will be paid for with a £7.4m grant, £3.1m from the council and £1.6m from donors, with a "
     "bank loan covering the rest.", None),
    ("The £12.6m scheme will be paid for with a £7.4m grant, £3.1m from the council and £1.6m from donors. A bank "
     "loan will cover the shortfall.", None),
    # "over" after "signed" is "more than" (hedges.OVER_PARTICLE_VERBS): no exact restatement
    ("The club has signed over 40 players this summer. The 41 new players report on Monday.", None),
]


@pytest.mark.parametrize("text,published", CLEAN)
def test_clean(text, published):
    assert_clean(text, published=published)


def test_change_after_with_and_a_hedge_is_still_read():
    """", with only 2,012 signed compared to 2,119": 'only' before the figure opens no other subject."""
    assert_flagged("Contracts fell by 207, with only 2,012 signed compared to 2,119 a year earlier.", "207", "FC301")


@pytest.mark.parametrize("text,target", [
    ("Osei scored twice, in the 9th, 40th, and 77th minutes.", "twice"),
    ("The line closed twice, on 3 March, 9 May, and 4 June.", "twice"),
])
def test_occasions_with_a_serial_comma(text, target):
    assert_flagged(text, target, "FC410", published="2025-07-01")


@pytest.mark.parametrize("text,target,rule", [
    # an aside set off by a double hyphen holds the size too (restatements _NAME_THEN_HOLDS)
    ("Kelmarsh General -- which has 620 beds -- declared a critical incident. Managers at the 460-bed hospital said "
     "every ward was full.", "460-bed", "FC402"),
    # the thing's year told again at the start of a sentence (restatements _YEAR_AGAIN)
    ("Riverside Zoo, which opened in 2009, has a new giraffe. The zoo opened in 2006 with 40 animals.", "2006", "FC402"),
])
def test_restated_after_review(text, target, rule):
    assert_flagged(text, target, rule)


def test_the_west_is_no_record_before_since():
    """'in the west since 2021, when it cost' is no record's 'since' (changes _RECORD_SINCE): not refused for it."""
    from checker.relate.changes import _RECORD_SINCE
    assert _RECORD_SINCE.search("has risen by 20p to £1.45 in the west") is None
    assert _RECORD_SINCE.search("the rate rose to 6.1%, the highest") is not None

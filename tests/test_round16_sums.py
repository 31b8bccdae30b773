"""Round 16: sums, lists and changes -- perturbation tables of the readings and guards added this round.

Each row is written in our own words.  Flagged rows must raise an error or warning of the given rule
family on the target; their clean twins (same text, figures made consistent) must raise none.
"""
from __future__ import annotations

import pytest

from shapes import assert_clean, assert_flagged

# --- 1. a running total after one addition and one removal is a level reached by a net change, no sum
# ("opened 24 stores and closed nine, taking its total to 612"); the same list moving one way still sums.
# (net template, value the parts would sum to, the stated level)
NET_CHANGE = [
    ("The chain opened 24 stores during the year and closed nine, taking its total to {T}.", "33", "612"),
    ("The chain opened 24 stores during the year and closed nine, taking its total to {T}, the company said.",
     "33", "612"),
    ("In 2024 the chain opened 24 stores and closed nine, taking its total to {T}, and it plans 30 more.",
     "33", "612"),
    ("The chain opened about 24 stores and shut nine, bringing the total to {T}.", "33", "612"),
    ("The chain opened twenty-four branches and closed a further nine, bringing its total to {T}.", "33", "412"),
    ("The trust hired 310 nurses last year and laid off 45, bringing the total to {T}.", "355", "4,120"),
    ("The council built 140 homes and demolished 60, taking the total to {T}, officials said.", "200", "9,480"),
    ("The airline bought 12 jets and sold five, bringing its total to {T}.", "17", "96"),
    ("The bank added 40 branches and axed 25 over the year, taking its total to {T}.", "65", "1,015"),
]


@pytest.mark.parametrize("template,summed,level", NET_CHANGE)
def test_net_change_is_no_breakdown(template, summed, level):
    assert_clean(template.replace("{T}", level))
    assert_clean(template.replace("{T}", summed))


# the twins: both parts move the same way, so the running total is their sum (flag value, clean value)
SAME_WAY = [
    ("The chain opened 24 stores in the spring and nine in the autumn, taking its total to {T}.", "35", "33"),
    ("The chain opened 24 stores in the spring and nine in the autumn, taking its total to {T}, the company "
     "said.", "35", "33"),
    ("The chain closed 24 stores in the spring and nine in the autumn, bringing the total to {T}.", "35", "33"),
    ("The trust hired 310 nurses in March and 45 in April, bringing the total to {T}.", "375", "355"),
]


@pytest.mark.parametrize("template,flag,clean", SAME_WAY)
def test_same_way_still_sums(template, flag, clean):
    assert_flagged(template.replace("{T}", flag), flag, "FC1")
    assert_clean(template.replace("{T}", clean))

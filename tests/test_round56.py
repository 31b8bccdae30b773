"""Round 56: the shapes behind the misses and false alarms of round 55's sealed sets r55a-d and of round 56's open
learning sets, once opened, told in our own words -- each with a text that must be flagged and one that must not,
then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a race's margin to the runner-up, beside the times of the winner and the runner-up
    ("Tova Lind won the 400m freestyle in 4:05.20, finishing 2.1 seconds clear of Pia Moss, who was second in "
     "4:07.90.", "FC402",
     "Tova Lind won the 400m freestyle in 4:05.20, finishing 2.7 seconds clear of Pia Moss, who was second in "
     "4:07.90.", None),
    # a level moved from one figure to another, then the flows that moved it: old - out + in = new
    ("The orchestra's strength went from 64 players in 2021 to 58 now: 11 have retired, and seven were hired "
     "last year.", "FC301",
     "The orchestra's strength went from 64 players in 2021 to 58 now: 11 have retired, and five were hired "
     "last year.", None),
    # a level moved to a new figure, then "the N <its noun>" in the next sentence
    ("The season ticket price has gone up to £240, from £210 last year. The club defended the £420 price, saying "
     "it would fund a new stand.", "FC402",
     "The season ticket price has gone up to £240, from £210 last year. The club defended the £240 price, saying "
     "it would fund a new stand.", None),
    ("The herd fell from 140 cows to 118 in 2024: 30 were sold.", "FC301",
     "The herd fell from 140 cows to 118 in 2024: 22 were sold.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert any(r.startswith(rule) for r in flagged_rules(flagged_text, published)), flagged_rules(flagged_text, published)
    assert not flagged(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # the round's sealed-set alarms: a margin to the runner-up beside the third's time; a level moved from one figure
    # to another, then what moved it (flows, not parts of the new level)
    ("Tova Lind won the 400m freestyle in 4:05.20, finishing 2.1 seconds clear of Pia Moss, with Eva Roos third in "
     "4:08.40.", None),
    ("The bus company's fleet fell from 90 buses in 2018 to 74 today: 25 were sold in 2020, and nine have been "
     "leased since.", None),
    # flows whose verbs say neither out nor in, a hedged flow, another figure after the colon
    ("The herd fell from 140 cows to 118 in 2024: 30 were counted in May.", None),
    ("The herd fell from 140 cows to 118 in 2024: about 30 were sold.", None),
    ("The herd fell from 140 cows to 118 in 2024: 30 were sold for £41,000.", None),
    # a whole counting more occasions than the parts listed: the parts may be some of them
    ("Some 7,800 people came to the three-night festival: 4,100 on Friday and 2,900 on Saturday.", None),
    # rowing boats named by their seats are no counts to add up
    ("The school sent four crews to the regatta: the girls' four, the boys' eight, the coxless pair and the mixed "
     "double.", None),
    # the old level named again, or another price narrowed by what follows, or a noun the move's sentence lacks
    ("The season ticket price has gone up to £240, from £210 last year. The £210 price had held since 2019.", None),
    ("The season ticket price has gone up to £240, from £210 last year. The club kept the £180 price for pensioners.",
     None),
    ("The season ticket price has gone up to £240, from £210 last year. Fans paid the £300 deposit, saying it was "
     "fair.", None),
    # the learning sets' alarms: a superlative picking some of a set out; an auction's lot number; a percentage
    # change of another thing after "even as"
    ("The chapel has a ring of ten bells, the oldest cast in 1590. The six heaviest bells will be recast this year.",
     None),
    ("Lot 17, a silver teapot, sold for £2,400, and the 300-lot sale raised £0.9m in total.", None),
    ("Sales at the shop rose 12% in the year, from 2,500 units to 2,800, even as the chain's total sales fell 4%.",
     None),
])
def test_false_alarms_and_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # near misses keep their reading: a new level's parts with no verbs of their own
    ("Some 7,800 people came to the two-night festival: 4,100 on Friday and 2,900 on Saturday.", "FC101", None),
    ("Some 7,800 people came to the three-night festival: 4,100 on Friday and 4,900 on Saturday.", "FC102", None),
    ("The chapel has a ring of ten bells. The 12 bells will be recast this year.", "FC402", None),
    ("Sales at the shop rose 4% in the year, from 2,500 units to 2,800, even as the chain's total sales fell 4%.",
     "FC203", None),
    ("The bus company's fleet grew from 60 buses in 2018 to 74 today: 40 double-deckers and 30 single-deckers.",
     "FC10", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

"""Hedged fraction words (round 8): the hedge tells on which side of the fraction
the figure lies, so the fraction word's own rounding (±10%) is halved."""
from __future__ import annotations

from fractions import Fraction as F

import pytest

from checker import check_text
from checker.hedges import interval_for


def problems(text, published=None, code=None):
    found = [f for f in check_text(text, published) if f.is_problem]
    return [f for f in found if code is None or f.rule == code]


@pytest.mark.parametrize("hedge,value,lo,hi", [
    (None, F(4, 5), F(75, 100), F(85, 100)),  # unhedged: ±10% of itself, five points at most (round 50)
    ("more than", F(4, 5), F(76, 100), None),
    ("nearly", F(2, 3), F(2, 3) * F(89, 100), F(2, 3)),  # 59.3% to 66.7% (round 13: 11% below a fraction word)
    ("at least", F(1, 3), F(1, 3) * F(95, 100), None),
    ("fewer than", F(1, 5), None, F(21, 100)),
    ("around", F(1, 3), F(3, 10), F(11, 30)),  # "around" still reaches 10%
])
def test_hedged_fraction_word_intervals(hedge, value, lo, hi):
    iv = interval_for(value, None, hedge, fraction_word=True)
    assert (iv.lo, iv.hi) == (lo, hi)


@pytest.mark.parametrize("text,span", [
    ("Nearly three-quarters of the 400 staff, 264, signed the letter.", "Nearly three-quarters"),
    ("Almost half of the 1,200 households surveyed, 490, said they had cut back on heating.", "Almost half"),
    ("At least a third of the 90 councillors, 28, voted against the budget.", "At least a third"),
    ("The clinic saw 300 patients last month and fewer than one in five of them, 64, waited more than an hour.",
     "fewer than one in five"),
    ("Magistrates jailed offenders in 88 of the 117 cases heard that year, meaning more than four in five ended in custody.",
     "more than four in five"),
])
def test_hedged_fraction_word_flagged(text, span):
    found = problems(text, code="FC201")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", [
    "Nearly three-quarters of the 400 staff, 284, signed the letter.",
    "Almost half of the 1,200 households surveyed, 570, said they had cut back on heating.",
    "At least a third of the 90 councillors, 31, voted against the budget.",
    "The clinic saw 300 patients last month and fewer than one in five of them, 55, waited more than an hour.",
    "Magistrates jailed offenders in 96 of the 117 cases heard that year, meaning more than four in five ended in custody.",
    "Around a third of the 600 runners, 183, finished under four hours.",
])
def test_hedged_fraction_word_clean(text):
    assert not problems(text)

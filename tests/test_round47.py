"""Round 47: the shapes behind the misses (and the one false alarm) of round 46's sealed sets r46a-d, once opened,
told in our own words -- each with a text that must be flagged and one that must not, then near misses of the new
readings that must stay silent."""
from __future__ import annotations

import pytest

from checker import check_text
from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert rule in flagged_rules(flagged_text, published)
    assert flagged(agreeing, published) == []


def test_numbers_that_name_the_listed_things_are_no_parts():
    # route numbers listed for a count of routes are its items, counted; their values add up to nothing
    text = ("Coastline Buses will scrap six routes - the 3, 3B, 14, 22, 40 and 51 - in March. The six routes carry "
            "about 2,500 riders a day.")
    assert flagged(text) == []
    assert "FC410" in [f.rule for f in check_text(text) if not f.is_problem]
    assert "FC410" in flagged_rules(text.replace("six routes -", "seven routes -"))


@pytest.mark.parametrize("text, published", [
])
def test_near_misses_of_the_new_readings_stay_silent(text, published):
    assert flagged(text, published) == []

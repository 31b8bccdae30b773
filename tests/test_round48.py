"""Round 48: the shapes behind the misses and false alarms of round 47's sealed sets r47a-d, once opened, told in
our own words -- each with a text that must be flagged and one that must not, then near misses of the new readings
that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a part with "of them" is some of the part before it, not one more part -- the list without it still adds up
    ("Of the 2,400 lockers at the depot, 1,520 are full-size and 940 are half-size, and 60 of them are broken.",
     "FC102",
     "Of the 2,400 lockers at the depot, 1,520 are full-size and 880 are half-size, and 60 of them are broken.", None),
    # a change named after its levels still checked
    ("The choir's membership fell from 84 to 61, meaning a loss of 25 singers.", "FC301",
     "The choir's membership fell from 84 to 61, meaning a loss of 23 singers.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert rule in flagged_rules(flagged_text, published)
    assert flagged(agreeing, published) == []


@pytest.mark.parametrize("text, published", [
    # the false alarms of round 47's sealed sets, in our own words
    ("Of the 960 scooters in the town's fleet, 610 are new; the rest, 350, are older models, and 40 of them are "
     "off the road at any one time.", None),
    ("The museum's grant was cut from 4.2 million to 3.5 million, forcing it to close three galleries.", None),
    ("Nine climbers were hurt when a snow bridge gave way on Saturday. All nine were flown to hospital, where two "
     "stayed overnight.", None),
    # near misses of the new readings
    ("Of the 960 scooters, 610 are new, 350 are older models and 40 of them are off the road.", None),
    ("Membership fell from 84 to 61, prompting the club to drop two of its three teams.", None),
])
def test_near_misses_of_the_new_readings_stay_silent(text, published):
    assert flagged(text, published) == []

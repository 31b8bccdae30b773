"""Round 55: the shapes behind the misses and false alarm of round 54's sealed sets r54a-d and of round 55's open
learning sets, once opened, told in our own words -- each with a text that must be flagged and one that must not,
then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a share of a whole told, then "those N" that part: consistent; a part off the share is still a contradiction
    ("More than a third of the college's 9,600 students come from overseas. The 2,100 international students pay "
     "higher fees.", "FC402",
     "A quarter of the college's 9,600 students come from overseas. The 2,400 international students pay higher fees.",
     None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert any(r.startswith(rule) for r in flagged_rules(flagged_text, published)), flagged_rules(flagged_text, published)
    assert not flagged(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # the part of a whole told by its share, then the part again with a place's adjective
    ("A fifth of the airline's 4,500 staff work in Kenya. Of those 900 Kenyan staff, 200 are pilots.", None),
])
def test_false_alarms_and_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # near misses keep their reading
    ("The airline has 4,500 staff. The 4,100 staff were told of the cuts on Monday.", "FC402", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

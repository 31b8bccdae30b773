"""Round 63: the false alarms of round 62's sealed sets, once opened, and the readings learnt from its misses, told
in our own words -- texts that must stay silent, then texts that must be flagged beside them."""
from __future__ import annotations

import pytest

from shapes import assert_target_flagged, flagged, flagged_rules


@pytest.mark.parametrize("text, published", [
    # a class and an age: two ways of sorting the same boats, which overlap
    ("Of the 860 boats moored in the marina, 510 are yachts and 430 are more than 20 years old, the harbour "
     "master said.", None),
    # a class and a participle with its phrase
    ("Of the 920 homes the trust let last year, 610 were bungalows and 390 were fitted with heat pumps.", None),
])
def test_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # two classes of one sorting: still a breakdown that overshoots
    ("Of the 860 boats moored in the marina, 510 are yachts and 430 are motor cruisers.", "FC10", None),
    # two participles of one sorting
    ("Of the 920 homes, 610 were built before 1950 and 390 were built after it.", "FC10", None),
    # an adjectival participle before its noun is still a class
    ("Of the 1,390 finds from the dig, 780 are pottery sherds and 640 are worked flints.", "FC10", None),
])
def test_still_flagged(text, rule, published):
    assert any(r.startswith(rule) for r in flagged_rules(text, published)), flagged_rules(text, published)

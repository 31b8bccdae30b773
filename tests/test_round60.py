"""Round 60: the shapes behind the false alarms of round 59's sealed sets, once opened, told in our own words --
texts that must stay silent, then texts that must still be flagged beside them."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


@pytest.mark.parametrize("text, published", [
    # two sides of one thing, each its own size: the one compared is the other side
    ("The northern runway at the new airport is 3,200 metres long, 400 metres longer than the southern runway, which "
     "measures 2,800 metres.", None),
    ("The upper tunnel is 2.4km long, while the lower tunnel, which stretches 3.1km, carries freight.", None),
    # the thing a new one replaces is the old one
    ("The new bridge at Kelso will be 212 metres long and will replace the 188-metre Victorian bridge, which was "
     "shut in 2019.", None),
])
def test_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # one side told twice with two sizes: still a restatement
    ("The northern runway at the new airport is 3,200 metres long. Pilots say the 2,300-metre northern runway is "
     "too short for the largest jets.", "FC40", None),
    # the new one told again: still a restatement
    ("The new bridge at Kelso will be 212 metres long. Work on the 221-metre bridge starts in May.", "FC40", None),
])
def test_still_flagged(text, rule, published):
    assert any(r.startswith(rule) for r in flagged_rules(text, published)), flagged_rules(text, published)

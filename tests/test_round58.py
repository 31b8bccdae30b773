"""Round 58: the shapes behind the false alarms of round 57's sealed sets r57a-d, once opened, told in our own
words -- texts that must stay silent (the alarms' shapes), then texts that must still be flagged beside them."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


@pytest.mark.parametrize("text, published", [
    # a second gap joined by "and", measured to what "than" names: not the gap to the "from" level
    ("The lake stood at 62% of capacity on Friday, down from 70% in April and nine points higher than at this "
     "point in 2023, when it held 53%.", None),
    ("Occupancy reached 81% in July, up from 74% in June and six points lower than a year earlier.", None),
    # a much smaller figure opening its sentence, picked out by a phrase of its own, broken down: a part
    ("The aquarium keeps 3,100 fish from 240 species. Of the 58 species in its captive breeding scheme, 30 are "
     "freshwater fish, 19 are corals and nine are rays.", None),
    ("The library holds 94,000 titles. Of the 12,000 titles in its local history room, 7,000 are books and 5,000 "
     "are pamphlets.", None),
    # a capacity each day's sales stay under: no whole of the days
    ("The 480-seat hall sold well all week: 410 tickets went on Monday, 455 on Tuesday and 472 on Wednesday.", None),
    ("The 2,500-capacity arena was busy over the weekend, with 2,210 fans on Saturday and 2,390 on Sunday.", None),
])
def test_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # the same gap put another way after both levels stays checked
    ("Membership grew from 320 to 355, 25 more than a year earlier.", "FC30", None),
    # a figure near the first's size, picked out by a phrase: still a restatement
    ("The aquarium keeps fish from 240 species. Of the 224 species in its collection, 120 are freshwater fish, 60 "
     "are corals and 44 are rays.", "FC40", None),
    # a capacity broken into its parts, no day to each: still a whole
    ("The 480-seat hall has 312 seats in the stalls, 146 in the balcony and 58 in the boxes.", "FC10", None),
])
def test_still_flagged(text, rule, published):
    assert any(r.startswith(rule) for r in flagged_rules(text, published)), flagged_rules(text, published)

"""Round 13 (lead): a level given with a small count of other things beside it
("48,620 visits across its three sites, an increase of 10% on ...", "1,310
deaths in this summer's four heatwaves, up from 890") keeps the head figure
as the new level, not the small count."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN_WITH_FLAGGED_TWIN = [
    ("The trust carried out 31,900 scans at its four hospitals, a rise of about 12% on last year, when there "
     "were 28,500.",
     "The trust carried out 31,900 scans at its four hospitals, a rise of about 21% on last year, when there "
     "were 28,500.", "about 21%"),
    ("Some 1,420 flights were cancelled during this winter's three strikes, up from 1,130 last year, a rise of "
     "26%.",
     "Some 1,420 flights were cancelled during this winter's three strikes, up from 1,130 last year, a rise of "
     "62%.", "62%"),
    ("A record 3,180 swimmers finished across the day's 14 heats, up from 2,650 last year, an increase of 20%.",
     "A record 3,180 swimmers finished across the day's 14 heats, up from 2,650 last year, an increase of 29%.",
     "29%"),
    ("Libraries lent 216,000 books across their 14 branches, a fall of 10% on 2023, when they lent 240,000.",
     "Libraries lent 216,000 books across their 14 branches, a fall of 19% on 2023, when they lent 240,000.",
     "19%"),
]


@pytest.mark.parametrize("clean,flagged,target", CLEAN_WITH_FLAGGED_TWIN)
def test_round13_lead_place_phrase_clean(clean, flagged, target):
    assert_clean(clean)


@pytest.mark.parametrize("clean,flagged,target", CLEAN_WITH_FLAGGED_TWIN)
def test_round13_lead_place_phrase_flagged(clean, flagged, target):
    assert_flagged(flagged, target, "FC2")


# days of a month are no move: "from 3 to 21 March"
@pytest.mark.parametrize("text", [
    "The ferry will run a reduced timetable from 4 to 19 March while both boats are refitted.",
    "Prices were cut for shoppers from 2 to 16 June, the chain said.",
])
def test_round13_lead_day_range_no_move(text):
    assert_clean(text)

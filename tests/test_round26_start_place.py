"""Round 26 (mixed learning set): the count of days on the later of two dated events, the start told with a longer
phrase of its own place ("freed on March 14 after 12 days in captivity, having been seized from his car at a
checkpoint on March 5"; "Seized from her vehicle near the border crossing on June 2, ... released on June 20 after
21 days"): up to eight words between the verb of setting out and its "on", none opening another event's clause
("and", "then", "before", ...; ``dates._START_PLACE_WORDS`` in ``_SET_OUT_BEFORE``, ``_HAVING_ON``); also "having
run aground", "having gone missing".
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

PUB = "2025-12-01"

WRONG_COUNT = [
    ("The ferry docked on 9 August after six days at sea, having set sail from the Norwegian port of Bergen on "
     "1 August.", "six days"),
    ("The strike ended on 28 April after 15 days, having begun across all four depots in the city on 10 April.",
     "15 days"),
    ("Seized from her vehicle near the border crossing on June 2, the aid worker was released on June 20 after "
     "21 days.", "21 days"),
    ("The cruise ship refloated on Oct. 30 after 11 days, having run aground on a sandbank south of Luxor on "
     "Oct. 16.", "11 days"),
    ("The reporter was freed on May 22 after 16 days, having been snatched from a hotel lobby in the capital on "
     "May 3.", "16 days"),
]

RIGHT = [
    "The ferry docked on 9 August after eight days at sea, having set sail from the Norwegian port of Bergen on "
    "1 August.",
    "The strike ended on 28 April after 18 days, having begun across all four depots in the city on 10 April.",
    "Seized from her vehicle near the border crossing on June 2, the aid worker was released on June 20 after "
    "18 days.",
    "The cruise ship refloated on Oct. 30 after 14 days, having run aground on a sandbank south of Luxor on Oct. 16.",
    # another event's date, not the start's
    "The engineer was freed on March 14 after 12 days in captivity, having been moved to a second camp near the "
    "river on March 9.",
    "The suspect was released on 20 May after 30 days in custody, having been arrested in Leeds and charged by "
    "police on 12 May.",
    "The strike ended on 28 April after 15 days, having spread to every depot in the city on 10 April.",
]


@pytest.mark.parametrize("text,target", WRONG_COUNT)
def test_day_count_against_a_start_with_its_place_flags(text, target):
    assert_flagged(text, target, "FC507", PUB)


@pytest.mark.parametrize("text", RIGHT)
def test_day_count_that_fits_or_another_event_stays_silent(text):
    assert_clean(text, PUB)

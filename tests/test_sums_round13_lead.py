"""Round 13 (lead): breakdowns that are not one whole's parts, found on clean
articles -- a part that counts for several ("one each"), one more item with
no figure after the last part ("... and the air ambulance"), a new clause of
the subject ("..., but had 57 posts vacant") and a figure called a share of
the total before a list closed by "the remaining".  Each clean text has a
twin with a real error that is still flagged."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN_WITH_FLAGGED_TWIN = [
    # a part that counts for several people
    ("The 14 tries came from five players: Ahmed scored five, Bell four, Carr three, and Dunn and Eze one each.",
     "The tries came from three players: Ahmed scored five, Bell four and Carr three, 14 in all.", "14"),
    ("Eight medals went to four rowers: Moss won three, Hale three, and Kent and Lowe one apiece.",
     "Nine medals went to three rowers: Moss won three, Hale three and Kent one.", "Nine"),
    # one more item with no figure after the last part
    ("Fifteen vehicles were sent: eight fire engines, four ambulances, two police vans and the mobile command unit.",
     "Fifteen vehicles were sent: eight fire engines, four ambulances and two police vans.", "Fifteen"),
    ("The trust runs 11 sites: six clinics, three hospitals, a hospice and its training centre.",
     "The trust runs 11 sites: six clinics and three hospitals.", "11"),
    # the subject's next clause
    ("The college has 530 teaching staff, made up of 310 lecturers, 150 tutors and 70 technicians, but had 44 "
     "posts empty in May.",
     "The college has 530 teaching staff, made up of 310 lecturers, 150 tutors and 90 technicians.", "530"),
    # an addition yet to come is no part
    ("The bakery employs 38 staff, 22 of them full time, and plans to hire another 15 when the shop opens.",
     "The bakery employs 38 staff, 22 of them full time and another 26 part time.", "38"),
    # a figure called a share of the total, then a list closed by "the remaining"
    ("The county spends £640m a year. Schools take the biggest share of the budget, £260m, well over a third of "
     "the total. Roads get £120m, social care £180m and the remaining £80m goes on everything else.",
     "The county spends £640m a year. Roads get £120m, social care £180m, schools £260m and the remaining £190m "
     "goes on everything else.", "£640m"),
]


@pytest.mark.parametrize("clean,flagged,target", CLEAN_WITH_FLAGGED_TWIN)
def test_round13_lead_clean(clean, flagged, target):
    assert_clean(clean)


@pytest.mark.parametrize("clean,flagged,target", CLEAN_WITH_FLAGGED_TWIN)
def test_round13_lead_twin_flagged(clean, flagged, target):
    assert_flagged(flagged, target, "FC10")


def test_remainder_larger_than_the_subset_total_is_no_part():
    # "the remaining nine" is what is left of the 17, not of the eight (an aside with its own figure between)
    assert_clean("Of the 21 rescues, 12 were at sea, five of them in force 8 winds, while the remaining nine were "
                 "on the cliffs.")

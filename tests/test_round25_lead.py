"""Round 25, the lead's mends after review: a haul told again goes straight on to its verb; a haul with a clause
of its own ("found in a van", "they had expected") is another haul."""
import pytest

from tests.shapes import assert_clean, assert_flagged

HAUL_OF_ITS_OWN = [
    "Officers seized 250kg of cannabis at the warehouse. The 4kg haul found in a taxi later that night was tested too.",
    "Thieves took 400kg of lead from the church roof. Police said the 40kg stash recovered in a lane was not theirs.",
    "Customs seized 6kg of heroin at the airport. The same network was linked to the 60kg haul found on a yacht.",
    "Detectives seized 8kg of cocaine in the raid. They believe the 80kg haul they had been told about never arrived.",
]

HAUL_TOLD_AGAIN = [
    ("Border staff seized 1.6 tonnes of cocaine in a container of pineapples. The 600kg haul had a street value of "
     "£48m, officials said.", "600kg"),
    ("Police seized 36kg of heroin from a van in Kent. Detectives said the 63kg haul was the biggest this year.",
     "63kg"),
]


@pytest.mark.parametrize("text", HAUL_OF_ITS_OWN)
def test_a_haul_with_a_clause_of_its_own_is_another(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", HAUL_TOLD_AGAIN)
def test_the_haul_told_again_still_flags(text, target):
    assert_flagged(text, target, "FC40")


# a bound right after a plural of people is their age, no whole: "42 of them people over 75"
AGE_BOUNDS = [
    "Officials said 70 deaths were linked to the cold snap, 46 of them people over 80, almost two-thirds of the total.",
    "The clinic saw 120 patients, 84 of them women under 50, or 70% of the total.",
]


@pytest.mark.parametrize("text", AGE_BOUNDS)
def test_a_bound_after_people_is_an_age(text):
    assert_clean(text)


def test_the_share_of_the_total_still_flags():
    assert_flagged("Officials said 70 deaths were linked to the cold snap, 26 of them people over 80, almost "
                   "two-thirds of the total.", "almost two-thirds", "FC201")


# the part after "with" kept out of what the share counts: "with 40 of the 300 enrolled absent"
KEPT_OUT = [
    "Three out of four pupils passed the exam, with 30 of the 240 enrolled absent on the day.",
    "Nine in ten delegates backed the motion, with 12 of the 400 registered missing from the hall.",
]


@pytest.mark.parametrize("text", KEPT_OUT)
def test_a_part_kept_out_is_no_part_of_the_share(text):
    assert_clean(text)


def test_the_share_of_the_absent_still_flags():
    assert_flagged("A fifth of pupils were absent, with 90 of the 300 enrolled absent.", "A fifth", "FC201")

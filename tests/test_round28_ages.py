"""Round 28: an age in apposition ("Dr Helen Okoro, 47,") restated as "The 74-year-old, who ..." with two
digits swapped (a bare age is in years); a named event after "at the" is no other person; the second age's
own noun or name that is not the first's holder is someone else."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("Dr Helen Okoro, 47, has been appointed chief executive of the hospital trust. The 74-year-old, who trained "
     "in Lagos and Leeds, takes up the post in March.", "74-year-old"),
    ("Police named the man as Carlos Mendez, 38, of Tucson. The 83-year-old, who had lived on the street for a "
     "decade, died at the scene.", "83-year-old"),
    ("Forward Ellie Marsh, 25, scored twice as Rovers won 3-1 on Saturday. The 52-year-old, whose contract ends "
     "in June, has 14 goals this season.", "52-year-old"),
    ("Jane Wu, 58, opened her first bakery in a Leeds side street. The 85-year-old, from Harrogate, runs "
     "six shops across the county.", "85-year-old"),
    ("Grandmother, 79, completes city marathon\nThe 97-year-old, who took up running at 60, finished in just "
     "under six hours on Sunday.", "97-year-old"),
    ("Swimmer Tom Daly, 26, won gold at the Commonwealth Games in Glasgow. The 62-year-old, who trains in "
     "Bath, was carried shoulder-high by team-mates.", "62-year-old"),
]

CLEAN = [
    "Dr Helen Okoro, 47, has been appointed chief executive of the hospital trust. The 47-year-old, who trained "
    "in Lagos and Leeds, takes up the post in March.",
    "Jo Smith, 34, was hit by a car on Friday. The 43-year-old driver, who stopped at the scene, was arrested.",
    "Jo Smith, 34, was hit by a car driven by a man from Derby. The 43-year-old, who stopped at the scene, "
    "was arrested.",
    "Jo Smith, 34, and Tom Lee, 43, were hurt in the crash. The 43-year-old, who was driving, was arrested.",
    "Jo Smith, 34, was stabbed outside a bar. A 43-year-old, who was known to her, has been charged.",
    "Maria Costa, 36, was hit by a bus. The 63-year-old driver, who was not hurt, helped her.",
    "Jo Smith, 34, was hit by a car. The 43-year-old pensioner who was driving stopped.",
    "A 16-year-old boy was hurt when a car hit him. The 61-year-old woman who was driving stopped.",
    "Jo Smith, 34, was stabbed outside a bar on Friday. The 43-year-old, who was known to her, has been charged.",
    "Ana Silva, 29, was injured when her bicycle was struck by a van. The 92-year-old, from Luton, was not hurt.",
    "Jo Smith was 34 when she ran her first marathon. The 43-year-old now coaches a club in Leeds.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_swapped_age_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", CLEAN)
def test_other_person_clean(text):
    assert_clean(text)

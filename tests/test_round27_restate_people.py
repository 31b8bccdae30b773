"""Round 27 (restatements): "All N" under a plain noun for people, or under the role the first clause's verb
gave them, for the one set of people the sentence before counted (``relate.people_sets``)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- 2. "All N" for the one set of people counted just before ---------------------------------------------------

PEOPLE_FLAGGED = [
    ("Coastguards located the four fishermen missing since dawn off Skye. All five men were airlifted to Stornoway.",
     "five"),
    ("Firefighters freed the three motorists trapped in their cars by floodwater. All four people were checked by "
     "paramedics.", "four people"),
    ("The 11 hostages held on the ship since March were freed on Friday. All 13 people were said to be in good "
     "health.", "13"),
    ("Detectives arrested five men in dawn raids across Essex. All four suspects remain in custody.", "four suspects"),
    ("Prosecutors in Ohio charged 14 people Monday over the pension fraud. All 16 defendants will appear in court "
     "in March.", "16"),
]

PEOPLE_CLEAN = [
    "Coastguards located the four fishermen missing since dawn off Skye. All four men were airlifted to Stornoway.",
    "Two fishermen drowned when their trawler capsized off Skye. All five men had been wearing lifejackets.",
    "Three firefighters and a resident were hurt in the blaze. All four people were taken to hospital.",
    "Police arrested six people after the protest. All five men were later released.",
    "Forty people were on the bus when it overturned. All 12 children were unhurt.",
    "Detectives arrested five men in dawn raids across Essex. All five suspects remain in custody.",
    "Coastguards located the four fishermen missing since dawn. All 12 people on a second boat were safe.",
    "Six nurses were suspended by the trust after the inquiry. All four women deny wrongdoing.",
    "Two people died in the fire. All 40 residents were evacuated.",
    "Prosecutors charged 14 people in 2019 over the fraud. All 16 defendants in the 2023 case were acquitted.",
    "Four walkers were rescued and two more were found later. All six people were unhurt.",
]


@pytest.mark.parametrize("text,target", PEOPLE_FLAGGED)
def test_all_n_people_restating_one_set_is_flagged(text, target):
    assert_flagged(text, target, "FC402")


@pytest.mark.parametrize("text", PEOPLE_CLEAN)
def test_all_n_people_of_another_set_is_clean(text):
    assert_clean(text)

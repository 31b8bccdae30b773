"""Round 27 (restatements): people named by their work take an age in apposition ("the captain, 45,", "the skipper,
67,") and are people whose age "a 54-year-old captain" gave (``extract._PERSON_NOUNS``,
``restatements.PERSON_NOUNS``)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("A 61-year-old skipper was airlifted from the trawler. The skipper, 67, was taken to hospital in Aberdeen.", "67"),
    ("Police said a 38-year-old surgeon had been arrested. The surgeon, 83, was released on bail.", "83"),
    ("A 44-year-old manager has left Rovers by mutual consent. The manager, 47, joined in 2021.", "47"),
    ("The 29-year-old firefighter was treated for burns, the service said. The firefighter, 31, is expected to "
     "recover.", "31"),
    ("A 22-year-old sailor from Ohio died in the collision. The sailor, 24, had served two tours.", "24"),
]

CLEAN = [
    "A 61-year-old skipper was airlifted from the trawler. The skipper, 61, was taken to hospital in Aberdeen.",
    "A 44-year-old manager has left Rovers by mutual consent. The new manager, 52, joined from Hull.",
    "Police said a 38-year-old surgeon had been arrested. The patient, 83, was said to be recovering.",
    "A 22-year-old sailor from Ohio died in the collision. His captain, 54, was injured.",
    "Debutant, 19, nets twice on first start\nThe 41-year-old captain said the youngster had a big future.",
    "Winger, 20, signs first contract\nThe 52-year-old director of football said the deal was overdue.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_age_of_a_worker_restated_is_flagged(text, target):
    assert_flagged(text, target, "FC403")


@pytest.mark.parametrize("text", CLEAN)
def test_age_of_a_worker_clean(text):
    assert_clean(text)

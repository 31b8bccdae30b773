"""Round 31 (open-b): families of the opened never-seen misses, each caught in five wordings of its own, with
clean twins (consistent figures, another measure, another year) that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# a multiple of "what it was" at a time, its figure in a "when" clause (changes._BASE_WHEN)
WHAT_IT_WAS_FLAGS = [
    ("At 412, the herd is now more than five times what it was in 1998, when it numbered 121.", "more than five times"),
    ("Membership stands at 9,300 today, three times what it was a decade ago, when it had 4,650.", "three times"),
    ("The average fare, $4.80, is double what it was in 2015, when it cost $3.60.", "double"),
    ("At 18,500, attendance was more than twice what it had been in the 2019 season, when it reached 11,200.",
     "more than twice"),
    ("Exports hit £88m last year, five times what they were in 2016, when they totalled £31m.", "five times"),
]
WHAT_IT_WAS_TWINS = [
    "At 412, the herd is now more than five times what it was in 1998, when it numbered 61.",
    "Membership stands at 9,300 today, three times what it was a decade ago, when it had 3,100.",
    "The average fare, $4.80, is double what it was in 2015, when it cost $2.40.",
    "At 18,500, attendance was more than twice what it had been in the 2019 season, when it reached 8,200.",
    "Exports hit £88m last year, five times what they were in 2016, when they totalled £17.6m.",
    "The average fare, $4.80, is double what it was in 2015, when wages were $3.60 an hour.",
]


@pytest.mark.parametrize("text,target", WHAT_IT_WAS_FLAGS)
def test_multiple_of_what_it_was_when(text, target):
    assert_flagged(text, target, "FC3")


@pytest.mark.parametrize("text", WHAT_IT_WAS_TWINS)
def test_multiple_of_what_it_was_when_twins(text):
    assert_clean(text)

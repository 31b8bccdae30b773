"""Round 28: the subject of a sentence, a "who" (or "whose") clause set apart by commas, then "was born ...": the
person "The N-year-old" opening the next sentence is that subject, and the clause's own year is no birth ("Ramesh
Iyer, who founded the museum in 1984, was born in May 1948. The 72-year-old ..."). Not when the clause names
someone else (a full name or a person's noun)."""
import pytest

from tests.shapes import assert_clean, assert_flagged

PUB = "2025-09-10"

FLAGGED = [
    ("Clara Voss, who has run the bakery since 1999, was born in June 1961. The 58-year-old said trade had never "
     "been harder.", "58-year-old"),
    ("Helen Park, who was appointed to the bench in 2010, was born in March 1957. The 63-year-old will retire in "
     "December.", "63-year-old"),
    ("Tomasz Nowak, whose family moved to Leeds in 1972, was born in Gdansk in 1968. The 51-year-old now runs the "
     "club.", "51-year-old"),
    ("Dan Miller, who led the Tigers to a title in 2004, was born on October 3, 1955. The 64-year-old plans to "
     "retire.", "64-year-old"),
    ("Ana Lopes, who took over the family shop in 2011, was born in Porto in April 1980. The 38-year-old opened a "
     "second branch last month.", "38-year-old"),
]

CLEAN = [
    "Clara Voss, who has run the bakery since 1999, was born in June 1961. The 64-year-old said trade had never "
    "been harder.",
    # the clause names another person: whose age is it?
    "Dan Miller, who signed a young striker in 2019, was born in May 1948. The 24-year-old scored twice on Saturday.",
    "Ramesh Iyer, who founded the museum with Anita Rao in 1984, was born in May 1948. The 72-year-old said she "
    "would step down.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_who_clause_birth_flagged(text, target):
    assert_flagged(text, target, "FC506", published=PUB)


@pytest.mark.parametrize("text", CLEAN)
def test_who_clause_birth_clean(text):
    assert_clean(text, published=PUB)

"""Round 28: an event's length brought in with "The" opening its sentence ("The three-week walkout by nurses
ended on Friday") is the event the sentence is about, as one brought in with "a" is, and is restated under a
synonym ("the two-week strike"). The second is told of another event when its
sentence names a time the first's does not ("Last year the two-week strike") or a phrase after its noun names
another ("by midwives" after "by nurses", "of a pipeline")."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("The three-week walkout by nurses ended on Friday, the union said. Hospitals said the two-week strike had "
     "delayed 4,000 operations.", "two-week strike"),
    ("The 36-hour blockade of the motorway was lifted on Tuesday. Hauliers said the 48-hour protest had cost "
     "them £2m.", "48-hour protest"),
    ("The 10-day shutdown of the refinery ended Monday, the company said. Analysts said the eight-day closure "
     "pushed up gas prices across the state.", "eight-day closure"),
    ("The five-hour rally in the main square ended peacefully on Wednesday. Police said the three-hour "
     "demonstration had passed off without arrests.", "three-hour demonstration"),
    ("The two-day strike by bus drivers in Leeds has been called off, Unite said. Passengers had been warned "
     "the three-day stoppage would halt most routes.", "three-day stoppage"),
]

CLEAN = [
    "The three-week walkout by nurses ended on Friday, the union said. A two-week strike by porters begins on "
    "Monday.",
    "The three-week walkout by nurses ended on Friday, the union said. Last year the two-week strike by "
    "midwives delayed 4,000 operations.",
    "A three-week walkout by nurses ended on Friday, the union said. Last year the two-week strike by midwives "
    "delayed 4,000 operations.",
    "The three-week walkout by nurses ended on Friday, the union said. Hospitals said the three-week strike had "
    "delayed 4,000 operations.",
    "The 10-day shutdown of the refinery ended Monday. Analysts said the eight-day closure of a pipeline in "
    "Texas pushed up gas prices.",
    "A 10-day shutdown of the refinery ended Monday. Analysts said the eight-day closure of a pipeline in Texas "
    "pushed up gas prices.",
    "The six-hour siege at the bank ended peacefully on Wednesday. It was the second in the town this year, "
    "after the four-hour standoff at a pub in May.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_event_length_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", CLEAN)
def test_event_length_clean(text):
    assert_clean(text)

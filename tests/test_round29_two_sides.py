"""Round 29: the two sides of a vote add up to one whole when the first names the thing voted on ("backed the
change", "supporting the switch": no move of a figure) or says "for it"; "supporting", "backing", "opposing"
name the sides as "supported" and "opposed" do."""
import pytest

from tests.shapes import assert_clean, assert_flagged


FLAGGED = [
    ("Shareholders endorsed the merger, with 66.2% for it and 36.8% opposed.", "36.8%"),
    ("Parishioners approved the new name, with 57 per cent supporting the switch and 46 per cent against it.",
     "46 per cent"),
    ("In the referendum, 61.8 per cent of voters backed the change and 41.2 per cent opposed it.", "41.2 per cent"),
    ("Tenants voted on the reform: 44% backing it and 59% opposing.", "59%"),
    ("In the ballot, 72% of members backed strike action and 31% voted against.", "31%"),
    ("Delegates passed the amendment, 52.6 per cent voting for the reform and 50.4 per cent against.",
     "50.4 per cent"),
]


@pytest.mark.parametrize("text, target", FLAGGED)
def test_two_sides_of_a_vote_over_the_whole_flagged(text, target):
    assert_flagged(text, target, "FC202")


CLEAN = [
    "Shareholders endorsed the merger, with 66.2% for it and 33.8% opposed.",
    "Parishioners approved the new name, with 57 per cent supporting the switch and 43 per cent against it.",
    # moves of figures, sides of other wholes, other times
    "Backing for the change rose 12% and opposition to it fell 8%.",
    "In the referendum, 61.8 per cent of voters in the city backed the change, while 52 per cent of rural voters "
    "opposed it.",
    "The change was backed by 61% of nurses and opposed by 44% of doctors.",
    "Some 61% backed the rise in fees last year and 45% opposed this year's increase.",
    "Some 61% backed the change in fees last year and 45% opposed this year's increase.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_two_sides_of_a_vote_clean(text):
    assert_clean(text)

"""Round 29: a level and its multiple of a base described without its figure, the base's figure in the next sentence
in the past perfect (checker.relate.changes.find_multiple_base_next)."""
import pytest

from tests.shapes import assert_clean, assert_flagged


@pytest.mark.parametrize("text, target", [
    ("The house sold for £910,000, twice what its owners paid in 2009. They had bought it for £520,000.", "twice"),
    ("Tickets now cost $180, three times the price when the tour began. Fans had paid $75 in 2015.", "three times"),
    ("The company is now worth $12bn, four times its value at flotation. It had been valued at $2.2bn.",
     "four times"),
    ("Turnout hit 64,000, double the figure for the first final. That game had drawn 41,000.", "double"),
    ("He signed for €48m, three times his previous fee. Lyon had paid €22m for him.", "three times"),
])
def test_multiple_of_a_base_told_next_in_the_past_perfect_is_flagged(text, target):
    assert_flagged(text, target, "FC302")


@pytest.mark.parametrize("text", [
    "Turnout hit 64,000, double the figure for the first final. That game had drawn 32,000.",
    "The house sold for £910,000, twice what its owners paid in 2009. They had bought it for £455,000.",
    "The house sold for £910,000, twice what its owners paid in 2009. They had spent £80,000 on a new roof.",
    "He signed for €48m, three times his previous fee. He had earned €2m a year at Lyon.",
    "He signed for €48m, three times his previous fee.\n\nLyon had paid €22m for him.",
    "He signed for €48m, three times his previous fee. Lyon had paid €22m for a striker and €9m for a keeper.",
    "Turnout hit 64,000, double the figure for the first final. Only 900 fans had stayed away.",
])
def test_base_next_that_fits_or_is_of_another_thing_is_clean(text):
    assert_clean(text)

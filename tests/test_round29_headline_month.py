"""Round 29: a headline that names no time is of the body's month: the month after the lead's figure ("fell to
4.1% in March") is its time, not a place or a group that sets it apart from the headline's figure."""
import pytest

from tests.shapes import assert_clean, assert_flagged


FLAGGED = [
    ("Jobless rate falls to 3.9%\nThe jobless rate fell to 4.1% in March, down from 4.4% in February, the "
     "statistics bureau said.", "4.1%"),
    ("Unemployment climbs to 5.3%\nThe unemployment rate rose to 4.8% in June, the highest in two years, officials "
     "said.", "4.8%"),
    ("Mortgage rates hit 7.1%\nThe average mortgage rate rose to 6.6% in October from 6.4%, Freddie Mac said.",
     "6.6%"),
    ("Vacancy rate falls to 2.4%\nThe vacancy rate fell to 2.9% in November, the property council reported.", "2.9%"),
]


@pytest.mark.parametrize("text, target", FLAGGED)
def test_headline_level_against_the_month_in_the_body_flagged(text, target):
    assert_flagged(text, target, "FC401")


CLEAN = [
    "Unemployment climbs to 5.3%\nThe unemployment rate rose to 5.3% in June, the highest in two years, officials "
    "said.",
    "Vacancy rate falls to 2.4%\nThe vacancy rate fell to 2.4% in November, the property council reported.",
    # the headline names its own time: another month or year than the body's
    "Jobless rate falls to 3.9% in February\nThe jobless rate fell to 4.1% in March, the statistics bureau said.",
    "Unemployment climbs to 5.3% in 2024\nThe unemployment rate rose to 4.8% in June 2023, officials said.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_headline_level_against_the_month_in_the_body_clean(text):
    assert_clean(text)


def test_count_in_a_month_is_still_some_of_the_headline_total():
    assert_clean("Port passes 12m containers\nThe port handled 1.1 million containers in May, its busiest month.")

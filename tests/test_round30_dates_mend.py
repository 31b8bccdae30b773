"""Round 30 (dates, mend): false alarms of this round's date readings, each narrowed to the shape its docstring
names; consistent sentences that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# A countdown's event is named in a few words; a clause of its own dates another thing.
@pytest.mark.parametrize("text, published", [
    ("With 50 days to go until the election the party will publish its manifesto on 10 May.", "2024-04-01"),
    ("With 40 days left before the vote the council would set the new rates on 2 May.", "2024-04-01"),
])
def test_countdown_with_a_clause_of_its_own_is_clean(text, published):
    assert_clean(text, published)


def test_countdown_named_in_few_words_still_flagged():
    assert_flagged("With 30 days to go until the election on 4 July, Labour leads.", "30 days", "FC502", "2024-06-20")


# "last month on D" where "on" names a topic, not the time.
@pytest.mark.parametrize("text, published", [
    ("The committee held a hearing last month on Jan. 6 and the attack on the Capitol.", "2022-07-10"),
    ("The panel released its report last month on Jan. 6, blaming the former president.", "2022-07-10"),
    ("Historians gave talks last month on 7 July 2005 and what it meant for London.", "2023-05-10"),
    ("Mr Smith wrote an essay last month on 4 July celebrations in his home town.", "2024-05-02"),
])
def test_relative_month_on_a_topic_day_is_clean(text, published):
    assert_clean(text, published)


# A bare gift name is a couple's anniversary only as theirs, not a ring, a dress or another couple's party.
@pytest.mark.parametrize("text, published", [
    ("She still wears the platinum wedding ring she was given when she married in 1995.", "2024-06-10"),
    ("She still wears her platinum wedding ring from when she married in 1995.", "2024-06-10"),
    ("Their son, who married in 2010, organised a golden wedding party for his parents.", "2024-06-10"),
    ("The golden wedding dress she wore when she wed in 1971 is on display.", "2024-06-10"),
])
def test_gift_wedding_as_a_thing_is_clean(text, published):
    assert_clean(text, published)


# "N years ago" to a full date: the years between the two years is the count most copy gives before the day.
@pytest.mark.parametrize("text, published", [
    ("The factory closed on 3 December 1990, 34 years ago.", "2024-05-02"),
    ("The club was founded 34 years ago, on 3 December 1990.", "2024-05-02"),
    ("The pit shut 40 years ago, on 9 November 1984, with the loss of 600 jobs.", "2024-03-15"),
])
def test_years_ago_as_years_between_is_clean(text, published):
    assert_clean(text, published)


def test_years_ago_one_more_than_years_between_still_flagged():
    assert_flagged("The club was founded 35 years ago, on 3 December 1990.", "35 years", "FC504", "2024-05-02")

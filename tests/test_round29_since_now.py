"""Round 29: a change counted "since" a year whose level a "when" clause gives, the level now told after a semicolon or
in the next sentence (checker.relate.changes.find_since_then_now); and the "since ..., when" clause opening the sentence before its move."""
import pytest

from tests.shapes import assert_clean, assert_flagged


@pytest.mark.parametrize("text, target, rule", [
    ("Rents in the city have tripled since 2010, when a one-bedroom flat cost £600 a month; tenants now pay £1,400.",
     "tripled", "FC302"),
    ("Membership has doubled since 2018, when the club had 240 players. It now has 610.", "doubled", "FC302"),
    ("Tuition has risen by $3,000 since 2015, when students paid $9,000; today they pay $13,500.", "$3,000", "FC301"),
    ("The price of a pint has gone up 80p since 2019, when it was £3.90. Drinkers now pay £4.95.", "80p", "FC301"),
    ("Bus fares have risen 20% since 2020, when a ticket cost $2.75; riders now pay $4.25.", "20%", "FC203"),
    ("Since 2012, when the festival drew 8,000 visitors, attendance has quadrupled to 41,000.", "quadrupled",
     "FC302"),
])
def test_change_since_a_when_level_against_the_level_now_is_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", [
    "Bus fares on the route have doubled since 2020, when a single ticket cost $2.75; riders now pay $5.50.",
    "Membership has doubled since 2018, when the club had 240 players. It now has 480.",
    "Since 2012, when the festival drew 8,000 visitors, attendance has quadrupled to 32,000.",
    "Bus fares have doubled since 2020, when the operator had 40 buses; it now has 55 drivers.",
    "Bus fares have doubled since 2020, when a ticket cost $2.75; in 2022 riders paid $4.25.",
    "Bus fares have doubled since 2020, when a ticket cost $2.75; riders now pay $4.25 for a day pass.",
    "Bus fares in Leeds have doubled since 2020, when a ticket cost $2.75; riders in York now pay $4.25.",
    "Membership has doubled since 2018, when the club had 240 players. It now has 610 coaches and volunteers.",
    "Membership has grown since 2018, when the club had 240 players. It now has 610.",
    "Membership has doubled since 2018, when the club had 240 players.\n\nIt now has 610.",
])
def test_level_now_that_fits_or_is_of_another_thing_is_clean(text):
    assert_clean(text)


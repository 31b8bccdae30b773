"""Round 41: a list whose earlier item holds "and" may close at that "and" (FC410 stays silent where the count is
that reading's).  The one false alarm of round 41's never-seen sets, told in our own words."""
from __future__ import annotations

from checker.api import check_text
from checker.model import Severity


def _alarms(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start:f.end]) for f in check_text(text) if f.severity >= Severity.WARNING]


def test_list_closing_at_an_earlier_and_is_silent():
    # (flagged before round 41: four items read, "the tourist levy and the duty on cigarettes" one of them)
    assert _alarms("The plan raises three charges: parking fees, the tourist levy and the duty on cigarettes, "
                   "cigars and tobacco.") == []
    assert _alarms("The minister named three priorities: housing, the railways and the care of children, the elderly "
                   "and the sick.") == []


def test_count_below_both_readings_still_flagged():
    text = "The plan raises two charges: parking fees, the tourist levy and the duty on cigarettes, cigars and tobacco."
    assert ("FC410", "two") in _alarms(text)


def test_a_names_own_and_does_not_close_the_list():
    text = "Three countries joined the pact on Monday: Peru, Trinidad and Tobago, Bosnia and Herzegovina and Chile."
    assert ("FC410", "Three") in _alarms(text)


def test_between_and_inside_an_item_does_not_close_the_list():
    text = "The inquiry covers two incidents: a collision between a van and a cyclist, a flood and a gas leak."
    assert ("FC410", "two") in _alarms(text)


def test_a_country_holding_and_last_in_the_list_is_silent():
    # (flagged before round 41: "Trinidad" and "Tobago" read as two countries)
    assert _alarms("Three countries joined the pact on Monday: Peru, Chile, Trinidad and Tobago.") == []
    assert _alarms("The three sides met in Geneva: Serbia, Montenegro and Bosnia and Herzegovina.") == []


def test_a_count_below_both_readings_of_a_country_holding_and_still_flagged():
    assert ("FC410", "Two") in _alarms("Two countries joined the pact on Monday: Peru, Chile, Trinidad and Tobago.")


def test_plain_countries_still_counted():
    assert ("FC410", "Three") in _alarms("Three countries joined the pact on Monday: Peru, Chile, Brazil and Argentina.")

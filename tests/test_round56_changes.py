"""Round 56 (changes, dates and units): the shapes behind misses of changes, dates and units in round 55's and 56's
labelled sets, told in our own words -- each with a text that must be flagged and one that must not, then near misses
of the new readings that must stay silent or keep their reading."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a temperature below zero written with the minus sign (U+2212); a change between levels below zero
    ("Overnight lows fell from −4C to −15C, a drop of 9 degrees.", "FC301",
     "Overnight lows fell from −4C to −15C, a drop of 11 degrees.", None),
    ("Overnight lows rose from -16C to -5C, a rise of 8 degrees.", "FC301",
     "Overnight lows rose from -16C to -5C, a rise of 11 degrees.", None),
    # a gap set apart on a rival named after "while", its level after a verb
    ("Lowmoor logged −12C, while Ashby, nine degrees colder, fell to −17C, forecasters said.", "FC301",
     "Lowmoor logged −12C, while Ashby, five degrees colder, fell to −17C, forecasters said.", None),
    ("The north tower is 212 metres tall, while the Spire, 40 metres taller, rises to 262 metres.", "FC301",
     "The north tower is 212 metres tall, while the Spire, 50 metres taller, rises to 262 metres.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert any(r.startswith(rule) for r in flagged_rules(flagged_text, published)), flagged_rules(flagged_text, published)
    assert not flagged(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # the gap against something else than the rival's level told: a comparison with a period, or another measure
    ("Lowmoor logged 4C, while Ashby, three degrees warmer than last year, reached 10C.", None),
    ("Lowmoor logged 4C, while Ashby, 200 metres higher, reached 10C.", None),
    # a dash set apart by spaces is no minus sign
    ("The reading fell from 14C to 3C − a drop of 11 degrees.", None),
])
def test_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # the gap told with "than" and the rival after keeps its reading
    ("Ashby reached 10C, four degrees warmer than Lowmoor, which logged 4C.", "FC301", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

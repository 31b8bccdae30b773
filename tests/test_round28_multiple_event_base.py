"""Round 28: a multiple's base named by an event with its year ("four times as many MPs as it did after the 2019
election: 46, up from 18"; "than before the 2008 crash - ..."): the levels after the separator are its move."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("The party now has four times as many MPs as it did after the 2019 election: 46, up from 18.", "four times"),
    ("The union has three times as many members as before the 2008 crash - 9,400, compared with 4,100.",
     "three times"),
    ("Food banks handed out twice as many parcels as they did after the 2020 lockdown: 61,000, against 41,500.",
     "twice"),
    ("The club sold half as many season tickets as after its 2015 relegation: 5,200, down from 7,900.", "half"),
    ("Exports are five times higher than before the 2004 enlargement (£3.1bn, up from £1.2bn).", "five times"),
]

CLEAN = [
    "The party now has four times as many MPs as it did after the 2019 election: 46, up from 12.",
    "The union has three times as many members as before the 2008 crash - 9,400, compared with 3,100.",
    # the figures after are no levels of the multiple's measure
    "The party now has four times as many MPs as it did after the 2019 election, and 46 councillors, up from 18.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_multiple_event_base_flagged(text, target):
    assert_flagged(text, target, "FC302")


@pytest.mark.parametrize("text", CLEAN)
def test_multiple_event_base_clean(text):
    assert_clean(text)

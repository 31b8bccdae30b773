"""Round 29: a titled name with a number after an owner ("the state's Year 12 exam", "the hospital's Ward 7
list") is a name, as after "the" or "in": its number is no count that comes between a whole and its part."""
import pytest

from checker import api
from checker.model import Kind
from tests.shapes import assert_clean, assert_flagged


FLAGGED = [
    ("Of the 8,640 pupils who sat the state's Year 12 maths exam, 7,120 passed, a pass rate of 88.4%.", "88.4%"),
    ("Of the 2,400 patients on the hospital's Ward 7 waiting list, 960 were seen within a month, or 52%.", "52%"),
    ("Of the 640 homes on the estate's Block 4 list, 210 need new roofs, about 41%.", "about 41%"),
    ("Of the 3,200 fans in the club's Stand 2 seats, 800 bought season tickets, or 33%.", "33%"),
]


@pytest.mark.parametrize("text, target", FLAGGED)
def test_share_past_an_owned_name_flagged(text, target):
    assert_flagged(text, target, "FC201")


CLEAN = [
    "Of the 8,640 pupils who sat the state's Year 12 maths exam, 7,120 passed, a pass rate of 82.4%.",
    "Of the 2,400 patients on the hospital's Ward 7 waiting list, 960 were seen within a month, or 40%.",
    "Of the 3,200 fans in the club's Stand 2 seats, 800 bought season tickets, or 25%.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_share_past_an_owned_name_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, number", [
    ("Pupils in the state's Year 12 maths exam did well.", "12"),
    ("The hospital's Ward 7 list grew.", "7"),
])
def test_number_after_an_owned_title_is_a_name(text, number):
    doc = api.analyse(text)
    m = next(m for m in doc.mentions if m.text == number)
    assert m.kind == Kind.CODE


def test_plural_owned_party_tally_is_still_a_count():
    doc = api.analyse("In the city's wards, the council's Greens 22, Labour 17 and the rest 9.")
    assert all(m.kind != Kind.CODE for m in doc.mentions if m.text == "22")

"""Round 28: homes counted as units, either way round, are one count: "320 flats" ... "The 230-unit scheme",
"a 780-unit tower" ... "the 870 apartments" (a dwelling or condo is a home too); not units of another kind
("the 540-unit business park"), nor a count narrowed to another block."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("The council approved 320 flats on the old gasworks site on Wednesday. The 230-unit scheme includes a "
     "health centre and a nursery.", "230-unit"),
    ("Developers want to build 1,260 dwellings on farmland near the bypass. Objectors say the 1,620-unit estate "
     "would overwhelm local roads.", "1,620-unit"),
    ("A 780-unit tower has been approved for the waterfront, planners said. The developer says the 870 "
     "apartments will go on sale next year.", "870 apartments"),
    ("The city council on Tuesday approved 540 condos on the former mall site. Construction of the 450-unit "
     "complex is expected to take two years.", "450-unit"),
    ("Plans for 2,350 homes on green belt approved\nWork on the 2,530-unit development will start next year, "
     "the developer said.", "2,530-unit"),
]

CLEAN = [
    "The planning board backed 450 homes on the old airfield at Thornley. A separate 540-unit development in "
    "Kirkby is still awaiting a decision.",
    "The planning board backed 450 homes on the old airfield at Thornley. The 540-space car park will serve "
    "the new station.",
    "The planning board backed 450 homes on the old airfield at Thornley. The 540-unit student block next "
    "door was approved last year.",
    "The planning board backed 450 homes on the old airfield at Thornley. The 450-unit development will "
    "include a school.",
    "The council approved 320 flats on the old gasworks site on Wednesday. The 230-bed care home next door "
    "opened last year.",
    "The planning board backed 450 homes on the old airfield at Thornley. The neighbouring 540-unit business park will "
    "get a new access road.",
    "A 780-unit tower has been approved for the waterfront, planners said. The 870 apartments in the older "
    "block next door will be refurbished.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_homes_as_units_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", CLEAN)
def test_homes_as_units_clean(text):
    assert_clean(text)

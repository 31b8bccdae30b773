"""Round 32 (list mend): false alarms of the round's list readings found by review, each mended in general and kept
silent here, with the readings' flag twins beside them."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# --- a compass part of a place named after it ("in the north of the county") is no quarter of the whole's place ----
COMPASS_OF_ANOTHER_CLEAN = [
    "Some 1,200 patients were treated in Hull, 950 in the north of the county and 870 in the south.",
    "Some 1,200 patients were treated in Hull, 950 in the east of the county and 870 in the west.",
    "Some 1,200 patients were treated in Hull, 950 in the north and 870 in the south of the county.",
    "About 640 pupils sat the test in Derby, 500 in the west of the shire and 420 in the east.",
]
COMPASS_FLAGGED = [
    ("Some 1,200 patients were treated across the county, 950 in the north and 870 in the south.", "1,200", "FC10"),
    ("The trust will appoint 21 midwives in Devon, 12 in the east and eight in the west.", "21", "FC101"),
]

# --- "those arrested were held in ...": no people; a third or fourth person told beside the list (FC410) ----------
STATE_CLEAN = [
    "Six arrested in raids\nDetectives said those arrested were held in Leeds, Bradford and Wakefield.",
    "Six arrested in raids\nThose arrested were questioned at Leeds, Bradford and Wakefield stations.",
    "Five detained at port\nBorder officials said those detained were taken to Dover, Folkestone and Ashford.",
    "Two hurt in blaze\nA third person has since been taken to hospital. Fire crews said the injured were Amy Kerr, "
    "Sam Fry and Joe Platt.",
    "Four arrested after brawl\nPolice said those arrested were Tom Hale, Jack Rudd and Ben Ayre. A fourth man, Sam "
    "Cole, handed himself in later.",
    "Four hurt in crash\nPolice said the injured were Amy Kerr, Sam Fry and Joe Platt. Another victim has not been "
    "named.",
]
STATE_FLAGGED = [
    ("Four arrested after brawl\nPolice said those arrested were Tom Hale, Jack Rudd and Ben Ayre.", "Four arrested"),
    ("Six arrested in raids\nDetectives said those arrested were Ian Holt, Lee Marsh and Raj Patel.", "Six arrested"),
]

# --- a headline's count as its verb's object: the lead names some, the rest named after it (FC410) -----------------
OBJECTS_CLEAN = [
    "Rovers sign four\nBristol Rovers have signed Tom Hale and Jack Rudd on loan from Leeds. Midfielder Ben Ayre and "
    "defender Sam Cole have joined on permanent deals.",
    "Festival adds three to Saturday bill\nThe festival has added Lark Road and The Tin Owls to its line-up, while DJ "
    "Amari will close the night.",
    "County sign three\nDerby County have signed Noel Frey and Kit Anand on short deals. Goalkeeper Ross Lyle arrives "
    "from Hearts next week.",
]
OBJECTS_FLAGGED = [
    ("Rovers sign four on deadline day\nBristol Rovers have signed Tom Hale, Jack Rudd and Ben Ayre on Thursday.",
     "four"),
    ("Two axed from cabinet\nThe prime minister has axed Jane Orr, Tim Beck and Sara Lund from her cabinet. Downing "
     "Street gave no reason.", "Two"),
]


@pytest.mark.parametrize("text", COMPASS_OF_ANOTHER_CLEAN + STATE_CLEAN + OBJECTS_CLEAN)
def test_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target,rule", COMPASS_FLAGGED)
def test_compass_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text,target", STATE_FLAGGED + OBJECTS_FLAGGED)
def test_list_flagged(text, target):
    assert_flagged(text, target, "FC410")

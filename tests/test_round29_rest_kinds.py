"""Round 29: a list of shares closed by the rest ("..., while the remaining 19% live elsewhere") is one whole
even when each earlier share says where or how its part is ("31% at home", "27% on hybrid engines"): the rest
tells the reader the shares before it are the other parts."""
import pytest

from tests.shapes import assert_clean, assert_flagged


FLAGGED = [
    ("Among first-year students, 46 per cent live in halls, 31 per cent at home and 12 per cent in private "
     "rentals, while the remaining 19 per cent live elsewhere.", "19 per cent"),
    ("Of the fleet, 52% of buses run on diesel, 27% on hybrid engines and the remaining 28% are electric.", "28%"),
    ("The fund has 55% in shares and 30% in bonds; the remaining 21% is held in cash.", "21%"),
    ("Some 61% of the budget is spent on wages, 22% on buildings, and the remaining 24% goes on equipment.", "24%"),
    ("In the region, 35 per cent of homes are heated with gas, 28 per cent with oil and the rest - 41 per cent - "
     "with electricity.", "41 per cent"),
    ("Commuters in the survey travel 40% by car, 25% by bus, 20% on foot and the remaining 9% by bike.", "9%"),
]


@pytest.mark.parametrize("text, target", FLAGGED)
def test_rest_closing_a_list_of_kinds_flagged(text, target):
    assert_flagged(text, target, "FC202")


CLEAN = [
    "Among first-year students, 46 per cent live in halls, 31 per cent at home and 12 per cent in private "
    "rentals, while the remaining 11 per cent live elsewhere.",
    "The fund has 55% in shares and 30% in bonds; the remaining 15% is held in cash.",
    "Some 61% of the budget is spent on wages, 22% on buildings, and the remaining 17% goes on equipment.",
    "Commuters in the survey travel 40% by car, 25% by bus, 20% on foot and the remaining 15% by bike.",
    # shares of several wholes: past the whole before the rest, or places with rates of their own
    "In the north 60% voted yes and 40% no; in the south 55% voted yes and the remaining 45% no.",
    "Turnout reached 44% in Leeds, 38% in York and the remaining 49% in Hull.",
    "Unemployment stood at 4% in Leeds, 6% in York and the remaining 5% elsewhere.",
    "Growth was 3% in March and 2% in April, with the remaining 1% expected in May.",
    "In the survey, 70% of parents in cities and 62% in villages back the plan; the remaining 38% of villagers "
    "oppose it.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_rest_closing_a_list_of_kinds_clean(text):
    assert_clean(text)

"""Round 28: a ", with" clause whose subject names the change's own measure again (by its head word or a word of
one synonym group), with no place, owner or other part of it, gives the levels of that change: "Rents rose 9%,
with the average rent climbing from A to B". Another measure, a part, or a move over another period stays silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    # (text, target, rule)
    ("House prices in Leeds rose 4% over the year, with the typical price rising from £210,000 to £236,000.",
     "4%", "FC203"),
    ("Burglaries in the borough have doubled since 2020, with recorded break-ins rising from 310 to 540.",
     "doubled", "FC302"),
    ("Passenger numbers at the airport tripled over the decade, with annual passengers going from 2.1 million "
     "to 4.3 million.", "tripled", "FC302"),
    ("Enrollment at the college fell 3 percent this year, with total enrollment dropping from 12,400 to 10,900.",
     "3 percent", "FC203"),
    ("Wages grew 6% in the period, with the median wage up from $41,200 to $48,900, officials said.", "6%", "FC203"),
    ("Council tax bills went up by 3% in April, with the average bill rising from £1,980 to £2,170.", "3%", "FC203"),
    ("Reported thefts have halved in five years, with recorded thefts falling from 2,400 to 1,700.", "halved", "FC302"),
]

CLEAN = [
    # the levels agree
    "House prices in Leeds rose 12% over the year, with the typical price rising from £210,000 to £236,000.",
    "Reported thefts have halved in five years, with recorded thefts falling from 2,400 to 1,200.",
    # another measure, or a part of the measure
    "Sales rose 15%, with the Asian market up from $410m to $520m.",
    "Ticket sales slumped 20% last season, with sales at the box office dropping from 84,000 to 51,000.",
    "House prices rose 4% over the year, with London prices rising from £510,000 to £596,000.",
    "House prices rose 4% over the year, with the price of flats rising from £210,000 to £236,000.",
    "Rents rose 9% nationally, with the average rent in Dublin climbing from €1,620 to €1,890.",
    "Revenue rose 8% in the quarter, with the subscriber count climbing from 1.2m to 1.4m.",
    # the levels' move over another period
    "House prices rose 4% this year, with the average price rising from £210,000 to £236,000 since 2020.",
    "Rents rose 9% last year, with the average rent having climbed from €1,620 to €1,890 over five years.",
]


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_with_clause_levels_of_the_change(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", CLEAN)
def test_with_clause_clean(text):
    assert_clean(text)

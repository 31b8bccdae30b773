"""Round 13, percentages: a share a part "makes up" or "takes up" is a level, not a rise, even
when a comparison with an earlier count follows ("making up 14.5% of the population, compared
with 33,900"); a real percentage change beside the same counts is still checked."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (a share after "making up" / "takes up" with a comparison after it: never a percentage change)
SHARE_NOT_CHANGE = [
    "There were 52,800 residents aged over 70, making up 16.1% of the district, compared with 44,100, or 14.2%, "
    "ten years before.",
    "Women held 212 seats, making up 33.9% of the chamber, compared with 150 in 2015.",
    "Some 8,200 pupils spoke a second language at home, making up about 11% of the roll, against 6,100 five "
    "years ago.",
    "Students now rent 18,700 flats, taking up 23% of the market, compared with 15,200 a decade ago.",
    "Over-65s made up 14.5% of the county, numbering 41,500 compared with 33,900 in 2016.",
]

# (the same counts with a real change stated between them: still checked)
CHANGE_FLAGS = [
    ("The number of residents aged over 70 rose to 52,800, up 9% from 44,100.", "9%"),
    ("Women held 212 seats, up 33.9% from 150 in 2015.", "33.9%"),
    ("Pupils speaking a second language climbed to 8,200, an increase of 11% on the 6,100 five years ago.", "11%"),
]


@pytest.mark.parametrize("text", SHARE_NOT_CHANGE)
def test_share_made_up_is_no_change(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", CHANGE_FLAGS)
def test_real_change_still_checked(text, target):
    assert_flagged(text, target, "FC2")


# a percentage change and its old level, the subject naming a measure whose new level an earlier sentence
# stated; and a change alone, the next sentence giving the two levels ("X, down from Y"): (flag, target, twin)
LEVELS_APART = [
    ("The trust agreed a £312m spending plan on Monday. The plan, which runs to March, is 8% bigger than last "
     "year's £276m.", "8%",
     "The trust agreed a £312m spending plan on Monday. The plan, which runs to March, is 8% bigger than last "
     "year's £289m."),
    ("Kent's schools will receive £1.9bn in funding next year. The funding is 4% higher than this year's £1.74bn.",
     "4%",
     "Kent's schools will receive £1.9bn in funding next year. The funding is 4% higher than this year's £1.83bn."),
    ("The club announced a wage bill of £84m for the season. The bill is 12% lower than last season's £102m.", "12%",
     "The club announced a wage bill of £84m for the season. The bill is 12% lower than last season's £95m."),
    ("The county set a budget of $610 million. The budget, approved 7-2, is about 3% larger than last year's "
     "$560 million.", "about 3%",
     "The county set a budget of $610 million. The budget, approved 7-2, is about 3% larger than last year's "
     "$592 million."),
    ("Sales of new cars fell 9% on a year earlier, the industry body said. Dealers registered 142,000 cars last "
     "month, down from 171,000 a year earlier.", "9%",
     "Sales of new cars fell 9% on a year earlier, the industry body said. Dealers registered 156,000 cars last "
     "month, down from 171,000 a year earlier."),
    ("Passenger numbers at the port dropped 12% in 2024. The port handled 2.9 million passengers, down from 3.1 "
     "million.", "12%",
     "Passenger numbers at the port dropped 12% in 2024. The port handled 2.73 million passengers, down from 3.1 "
     "million."),
    ("Output of wheat has fallen by 11% this year. Farmers harvested about 13.2 million tonnes of wheat, down from "
     "12.1 million tonnes.", "11%",
     "Output of wheat has fallen by 11% this year. Farmers harvested about 13.2 million tonnes of wheat, down from "
     "14.8 million tonnes."),
]

LEVELS_APART_CLEAN = [
    # another measure named; two levels of the measure before; another measure's levels; a part of the measure
    "The council approved a $4.82 billion budget. The deficit is 5.5% larger than last year's $4.57 billion.",
    "The mayor proposed a $4.9 billion budget, and the council approved a $4.82 billion budget. The budget is 5.5% "
    "larger than last year's $4.75 billion.",
    "Profits rose 12% in the year. Revenue reached £5.1bn, up from £4.8bn.",
    "Arrests fell 20% last year. Police made 3,900 arrests for drink-driving, down from 4,100.",
    # a change over a month against levels a year apart
    "Retail sales rose 0.5% in March from February. Shops sold 142,000 cars, up from 120,000 a year earlier.",
    "Car sales rose 4% on the month in March. Dealers sold 142,000 cars, up from 120,000 a year earlier.",
    "Arrests fell 20% last year. Police made 3,900 drink-driving arrests, down from 4,100.",
]


@pytest.mark.parametrize("text,target,twin", LEVELS_APART)
def test_change_and_levels_apart(text, target, twin):
    # (levels moving against the change's way: the wrong direction, FC303)
    assert_flagged(text, target, "FC303" if "13.2 million" in text else "FC203")
    assert_clean(twin)


@pytest.mark.parametrize("text", LEVELS_APART_CLEAN)
def test_change_and_levels_apart_near_misses(text):
    assert_clean(text)

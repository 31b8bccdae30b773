"""Round 19 (changes helper): readings of changes, percentages, lists and units found on freshly written
articles.  Every flagged row has a clean twin (the same text with consistent figures)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# A level, then its change and old level in apposition (", down P% from OLD"), in a sentence that goes on to
# another move with a "to" level of its own (another measure, or past "while", "but", ", and"): that later "to"
# is no new level for this change, which keeps the level before it.
LEVEL_THEN_CHANGE_BEFORE_ANOTHER_MOVE = [
    ("The builder finished 4,318 houses, down 16% from 4,852 in 2023, while its average price rose 3% to £312,400 "
     "from £303,300.",
     "The builder finished 4,318 houses, down 11% from 4,852 in 2023, while its average price rose 3% to £312,400 "
     "from £303,300.", "16%"),
    ("Ridership reached 2.1 million journeys, up 40% from 1.8 million, and fares rose to £3.20.",
     "Ridership reached 2.1 million journeys, up 17% from 1.8 million, and fares rose to £3.20.", "40%"),
    ("The council received 640 complaints last year, down 30% from 800 in 2023, but spending on the service "
     "climbed to £1.2m.",
     "The council received 640 complaints last year, down 20% from 800 in 2023, but spending on the service "
     "climbed to £1.2m.", "30%"),
    ("Enrolment stood at 18,400, down 17% from 19,800, while fees went up to £9,250.",
     "Enrolment stood at 18,400, down 7% from 19,800, while fees went up to £9,250.", "17%"),
    ("The food bank handed out 8,400 parcels, up 45% from 6,720 a year earlier, as its grant was raised to £48,000, "
     "the charity said.",
     "The food bank handed out 8,400 parcels, up 25% from 6,720 a year earlier, as its grant was raised to £48,000, "
     "the charity said.", "45%"),
    ("Police recorded about 1,200 burglaries, down 25% from 1,380 in 2022, while the detection rate rose to 14% "
     "from 11%.",
     "Police recorded about 1,200 burglaries, down 13% from 1,380 in 2022, while the detection rate rose to 14% "
     "from 11%.", "25%"),
    ("The airport handled 3.9 million passengers - down 25% from 4.6 million - and the number of routes fell to 41.",
     "The airport handled 3.9 million passengers - down 15% from 4.6 million - and the number of routes fell to 41.",
     "25%"),
    ("In 2024 the museum drew 512,000 visitors, up 30% from 448,000, though ticket income slipped to £2.1m from "
     "£2.3m.",
     "In 2024 the museum drew 512,000 visitors, up 14% from 448,000, though ticket income slipped to £2.1m from "
     "£2.3m.", "30%"),
    ("The region exported 212,000 tonnes of grain, down 16% from 226,000 tonnes, while prices jumped 18% to $310 "
     "a tonne.",
     "The region exported 212,000 tonnes of grain, down 6% from 226,000 tonnes, while prices jumped 18% to $310 "
     "a tonne.", "16%"),
    ("The trust ran forty schools, down 30% from fifty, while its budget rose to £61m.",
     "The trust ran forty schools, down 20% from fifty, while its budget rose to £61m.", "30%"),
    ("Last year: 2,600 arrests, up 40% from 2,000, while the force's budget was cut to £310m.",
     "Last year: 2,600 arrests, up 30% from 2,000, while the force's budget was cut to £310m.", "40%"),
    ("Inspectors passed 1,150 lifts, up 25% from 1,000, the agency said, but the backlog rose to £2.3m.",
     "Inspectors passed 1,150 lifts, up 15% from 1,000, the agency said, but the backlog rose to £2.3m.", "25%"),
]


@pytest.mark.parametrize("flagged,clean,target", LEVEL_THEN_CHANGE_BEFORE_ANOTHER_MOVE)
def test_round19_level_then_change_before_another_move(flagged, clean, target):
    assert_flagged(flagged, target, "FC2")
    assert_clean(clean)


# A list of three like figures or more closed by a change in apposition and its old level: the list's total is
# the change's new level ("A on Friday, B on Saturday and C on Sunday, up 10% from D last year").  Each flagged
# row has a wrong size or a wrong old level; its twin is consistent.
LIST_TOTAL_CHANGES = [
    # 12,400 + 15,100 + 14,300 = 41,800; from 38,700 is +8.0%
    ("Visitors numbered 12,400 on Friday, 15,100 on Saturday and 14,300 on Sunday, up 18% from 38,700 last year.",
     "Visitors numbered 12,400 on Friday, 15,100 on Saturday and 14,300 on Sunday, up 8% from 38,700 last year.",
     "18%", "FC203"),
    ("Visitors numbered 12,400 on Friday, 15,100 on Saturday and 14,300 on Sunday, up 8% from 33,700 last year, "
     "the organisers said.",
     "Visitors numbered 12,400 on Friday, 15,100 on Saturday and 14,300 on Sunday, up 8% from 38,700 last year, "
     "the organisers said.", "8%", "FC203"),
    # money, places instead of days; 12,000 + 9,500 + 6,500 = 28,000 from 20,000 is +40%
    ("The appeal raised £12,000 in Leeds, £9,500 in York and £6,500 in Hull, up 60% from £20,000 a year earlier.",
     "The appeal raised £12,000 in Leeds, £9,500 in York and £6,500 in Hull, up 40% from £20,000 a year earlier.",
     "60%", "FC203"),
    # four items, "on" the base, a fall: 210 + 180 + 240 + 170 = 800 from 1,000 is -20%
    ("Sales were 210 in January, 180 in February, 240 in March and 170 in April, down 30% on 1,000 in 2023.",
     "Sales were 210 in January, 180 in February, 240 in March and 170 in April, down 20% on 1,000 in 2023.",
     "30%", "FC203"),
    # a dash before the change, an Oxford comma
    ("The three ferries carried 3,100, 2,800, and 4,100 passengers - down 12% from 10,600 in 2023.",
     "The three ferries carried 3,100, 2,800, and 4,100 passengers - down 6% from 10,600 in 2023.",
     "12%", "FC203"),
    # a fraction as the size: 41,800 from 34,800 is +20%
    ("Visitors numbered 12,400 on Friday, 15,100 on Saturday and 14,300 on Sunday, a rise of a third on the 34,800 "
     "of last year.",
     "Visitors numbered 12,400 on Friday, 15,100 on Saturday and 14,300 on Sunday, a rise of a fifth on the 34,800 "
     "of last year.", "a third", "FC203"),
    # a measure: 31mm + 44mm + 25mm = 100mm from 167mm is -40%
    ("Rainfall was 31mm in June, 44mm in July and 25mm in August, down 25% from 167mm a year earlier.",
     "Rainfall was 31mm in June, 44mm in July and 25mm in August, down 40% from 167mm a year earlier.",
     "25%", "FC203"),
    # written numbers of the size, an amount as the size: 41,800 - 38,700 = 3,100
    ("Visitors numbered 12,400 on Friday, 15,100 on Saturday and 14,300 on Sunday, up 2,100 from 38,700 last year.",
     "Visitors numbered 12,400 on Friday, 15,100 on Saturday and 14,300 on Sunday, up 3,100 from 38,700 last year.",
     "2,100", "FC301"),
    ("The appeal raised £12,000 in Leeds, £9,500 in York and £6,500 in Hull, up £6,000 from £20,000.",
     "The appeal raised £12,000 in Leeds, £9,500 in York and £6,500 in Hull, up £8,000 from £20,000.",
     "£6,000", "FC301"),
    # a hedge on the size
    ("In 2024 the depots handled 5,200 tonnes in the north, 4,900 tonnes in the south and 6,100 tonnes in the "
     "west, up about 25% from 14,300 tonnes.",
     "In 2024 the depots handled 5,200 tonnes in the north, 4,900 tonnes in the south and 6,100 tonnes in the "
     "west, up about 13% from 14,300 tonnes.", "25%", "FC203"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", LIST_TOTAL_CHANGES)
def test_round19_list_total_change(flagged, clean, target, rule):
    assert_flagged(flagged, target, rule)
    assert_clean(clean)


# not a list's total: the closing item's own move (its old level of the item's order), a list of moves, or a
# list after another like figure that may be its whole
@pytest.mark.parametrize("text", [
    "Visitors numbered 12,400 on Friday, 15,100 on Saturday and 14,300 on Sunday, up 8% from 13,200 a week earlier.",
    "Sales rose by 210 in January, 180 in February and 240 in March, up 30% from 525.",
    "Sales rose 210 in January, 180 in February and 240 in March, up 30% from 525.",
    "Of the 41,800 visitors, 12,400 came on Friday, 15,100 on Saturday and 14,300 on Sunday, up 30% from 38,700.",
])
def test_round19_list_total_change_not_read(text):
    assert_clean(text)

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


# A percentage change stated alone (or in a headline), and nearby the measure's level by a copula with its old
# level after ", up from" / ", down from": the pair the percentage moves between (inferred).  The period may be
# named both ways ("the first half of the year" / "the six months"; "the quarter" / "the three months to June").
LEVEL_UP_FROM_NEARBY = [
    ("Pre-tax profit rose 18% in the year to March, the company said. Pre-tax profit for the year reached £41.3m, "
     "up from £38.2m.", "18%", "8%"),
    ("Turnover fell 9% last year. Turnover was £212m, down from £219m the year before, the company said.", "9%", "3%"),
    ("Sales grew by a fifth in the first half of the year. Sales for the six months stood at €84m, up from €76m a "
     "year earlier.", "a fifth", "a tenth"),
    ("Passenger numbers rose 12% last year. Passenger numbers reached 4.1 million, up from 3.9 million the year "
     "before.", "12%", "5%"),
    ("Membership rose about 30% over the year. Membership was 5,400 at the end of December, up from 4,900.",
     "30%", "10%"),
    ("Operating profit fell by a third in the six months to June. Operating profit came in at £12.4m, down from "
     "£14.1m.", "a third", "an eighth"),
    ("Exports rose 15% in 2024, officials said on Monday. Exports reached $3.1bn, up from $2.9bn, helped by a "
     "weaker currency.", "15%", "7%"),
    ("Visitor numbers dipped 9% in the quarter. Visitor numbers were 61,000 in the three months to June, down from "
     "64,000.", "9%", "5%"),
    ("Charity income jumps 25%\n\nThe charity's income totalled £9.2m last year, up from £8.5m, its accounts show.",
     "25%", "8%"),
]


@pytest.mark.parametrize("flagged,target,good", LEVEL_UP_FROM_NEARBY)
def test_round19_level_up_from_nearby(flagged, target, good):
    assert_flagged(flagged, target, "FC2")
    assert_clean(flagged.replace(target, good, 1))


# A sentence opening on the definite change with its size before the noun ("The 33% rise is ...", "This 12% jump",
# "That 30% hike") right after a sentence with one move: the move's levels, also told as the level then ", up from"
# the old one without "to" ("will pay £4.80 to park for four hours, up from £3.90").  Inferred.
DEFINITE_SIZED_CHANGE_AFTER_MOVE = [
    ("Parking will rise from £3.90 to £4.80. The 33% rise is the first since 2019.", "33%", "23%"),
    ("Visitors will pay £4.80 to park for up to four hours from April 1, up from £3.90. The 33% increase was approved on Monday.", "33%", "23%"),
    ("The bill for a Band D home will be £1,980, up from £1,890. The 8% rise is the largest in a decade, the council said.", "8%", "5%"),
    ("Season tickets will cost £640, up from £520. This 12% jump follows two years of frozen prices.", "12%", "23%"),
    ("Membership fell to 4,200 from 5,000 last year. The 10% drop was blamed on the closure of the pool.", "10%", "16%"),
    ("Crowds averaged 18,400 this season, down from 19,900. The 4% fall, the first since the club moved grounds, worried the board.", "4%", "7.5%"),
    ("A pint will cost £5.10 from Monday, up from £4.60. The 15 per cent rise was announced by the brewery.", "15 per cent", "11 per cent"),
    ("Fares will go up from £2.10 to £2.60 in May. That 30% hike is the steepest since 2008.", "30%", "24%"),
]


@pytest.mark.parametrize("flagged,target,good", DEFINITE_SIZED_CHANGE_AFTER_MOVE)
def test_round19_definite_sized_change_after_move(flagged, target, good):
    assert_flagged(flagged, target, "FC203")
    assert_clean(flagged.replace(target, good, 1))


# "5.1m" beside a size in a length ("rose 50cm") is metres, not 5.1 million: no change of millions is read (the
# false alarm "a rise of 500,000cm"); beside a size in millions of another unit it stays millions
@pytest.mark.parametrize("text", [
    "The river rose 50cm to 5.1m, having stood at 4.6m.",
    "The river rose 50cm to 5.1m overnight, having stood at 4.6m on Monday, the Environment Agency said.",
    "The tide gauge read 5.1m, 50cm higher than on Sunday, when it read 4.6m.",
    "The snow was 2 feet deeper at 1.3m, up from 0.7m.",
])
def test_round19_metres_beside_a_length_are_no_millions(text):
    assert_clean(text)


@pytest.mark.parametrize("flagged,clean", [
    ("Output fell by 9 million tonnes to 212m, down from 226m.",
     "Output fell by 14 million tonnes to 212m, down from 226m."),
])
def test_round19_millions_beside_millions_of_a_unit(flagged, clean):
    assert_flagged(flagged, "9 million tonnes", "FC301")
    assert_clean(clean)


# A count's things placed in another count's places, then a colon or dash and the list of those places ("staged 230
# concerts across six venues: A, B, ..."; "118 acts playing on its six stages: ..."): the list is the places'
# (fewer items than places is a contradiction), not the earlier count's.
COUNT_IN_PLACES_LISTED = [
    ("The festival staged 230 concerts across six venues: the Quayside, the Corn Exchange, St Mary's Church, the Bandstand and the Blue Room.", "six venues", "five venues"),
    ("The festival ran from Friday to Sunday, with 118 acts playing on its six stages: the Big Top, the Barn, the Chapel, the Orchard and the Riverside.", "six stages", "five stages"),
    ("The chain employs 2,400 staff in four warehouses: Leeds, Hull and York.", "four warehouses", "three warehouses"),
    ("Volunteers planted 12,000 trees at five sites - Hollins Wood, Barrow Moor, Kell Bank and Fell End.", "five sites", "four sites"),
    ("Police made 37 arrests in four towns: Barnsley, Rotherham and Doncaster, officers said.", "four towns", "three towns"),
    ("In 2024 the trust ran 340 courses at its five centres: Ambleside, Keswick, Penrith and Kendal.", "five centres", "four centres"),
    ("The charity handed out 9,000 meals across seven food banks: Ashby, Coalville, Ibstock, Measham and Shepshed.", "seven food banks", "five food banks"),
]


@pytest.mark.parametrize("flagged,target,good", COUNT_IN_PLACES_LISTED)
def test_round19_count_in_places_listed(flagged, target, good):
    assert_flagged(flagged, target.split()[0], "FC410")
    assert_clean(flagged.replace(target, good, 1))


# the list as long as the earlier count may be its list: silent
def test_round19_count_in_places_list_of_the_earlier_count():
    assert_clean("The club fielded three teams in five leagues: the Firsts, the Seconds and the Colts.")


# A nearby percentage change's two levels with a currency conversion in brackets after the new one ("rose to €104m
# ($113m) from €92m"): the bracket is no other figure between the levels.
CONVERSION_BETWEEN_NEARBY_LEVELS = [
    ("Kaltmann reported a 21% rise in operating profit for 2023. Operating profit rose to €104m ($113m) from €92m a year earlier.", "21%", "13%"),
    ("Sales fell 15% last year. Sales dropped to £410m (€480m) from £440m, the group said.", "15%", "7%"),
    ("Revenue grew 30% in the half. Revenue rose to $2.6bn (£2.1bn) from $2.3bn.", "30%", "13%"),
    ("Pre-tax profit rose by a quarter, the bank said on Monday. Pre-tax profit increased to £520 million ($660 million) from £470 million.", "a quarter", "a tenth"),
    ("Turnover slipped 12% in the first half of the year. Turnover fell to €1.9bn (£1.6bn) in the six months from €2.0bn a year earlier.", "12%", "5%"),
]


@pytest.mark.parametrize("flagged,target,good", CONVERSION_BETWEEN_NEARBY_LEVELS)
def test_round19_conversion_between_nearby_levels(flagged, target, good):
    assert_flagged(flagged, target, "FC2")
    assert_clean(flagged.replace(target, good, 1))

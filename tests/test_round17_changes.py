"""Round 17 (changes told apart): a headline's change with its new level, the old level told in the body moving
to that same level; a change verb, its object and "by" the size ("raise its yearly capacity by 50%") sizing the
move a nearby sentence tells; a level, ", up from" the old one, the change as an amount and then ", or" a
percentage. Each flagged row has a clean twin, the same text with consistent figures."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# (text, target, rule prefix, published): the headline sizes the move and gives its new level
HEADLINE_MOVE_TO_LEVEL = [
    ("Harbour bridge repair bill jumps 40% to £14 million\n\nThe bill for mending the harbour bridge has gone up "
     "sharply, engineers told councillors on Monday.\n\nA report said the cost had increased from £12 million, the "
     "sum agreed in 2022, to £14 million.", "£12 million", "FC203", None),
    ("Library loans climb 30% to 52,000\n\nLoans at the town's library rose again in 2024, the council said.\n\n"
     "Loans went up from 45,000 in 2023 to 52,000 in 2024, helped by longer opening hours.", "45,000", "FC203", None),
    ("Ferry passengers fall 25% to 300,000 after strike\n\nThe island ferry carried far fewer people last year.\n\n"
     "Numbers dropped from 360,000 to 300,000 - the lowest on record - the operator said.",
     "360,000", "FC203", None),
    ("School meal price rises almost 20% to £3.10\n\nParents will pay more from September, the county said.\n\n"
     "The price of a meal will go from £2.80 to £3.10 (the first rise in five terms).", "£2.80", "FC203", None),
    ("Bus fare rises 40p to £3.60\n\nSingle fares on the city's buses will rise next month.\n\nThe fare will go "
     "from £3.10 to £3.60, the operator said on Tuesday.", "£3.10", "FC301", None),
]
HEADLINE_MOVE_TO_LEVEL_CLEAN = [
    (HEADLINE_MOVE_TO_LEVEL[0][0].replace("£12 million", "£10 million"), None),
    (HEADLINE_MOVE_TO_LEVEL[1][0].replace("45,000", "40,000"), None),
    (HEADLINE_MOVE_TO_LEVEL[2][0].replace("360,000", "400,000"), None),
    (HEADLINE_MOVE_TO_LEVEL[3][0].replace("£2.80", "£2.60"), None),
    (HEADLINE_MOVE_TO_LEVEL[4][0].replace("£3.10", "£3.20"), None),
    # the body's move ends on another level: no link to the headline's change
    ("Harbour bridge repair bill jumps 40% to £14 million\n\nThe bill for mending the harbour bridge has gone up "
     "sharply, engineers said.\n\nSpending on painting had increased from £3 million to £5 million.", None),
]

# a change verb, its object, "by" the size; the two levels in the next sentence
OBJECT_BY_MOVE = [
    ("The brewery will increase its yearly capacity by 50% under a £4 million plan, the owners said on Friday.\n\n"
     "Capacity will rise to 30,000 barrels from 24,000 barrels once the new tanks are in.", "24,000 barrels",
     "FC206", None),
    ("The hospital trust plans to raise its bed numbers by about 25% in 2025.\n\nBed numbers will increase to 500 "
     "from 450 when the new wing opens, the trust said.", "450", "FC206", None),
    ("The council will cut its staff costs by 10% - its biggest saving.\n\nStaff costs will fall to £45m from £48m "
     "next year.", "£48m", "FC206", None),
    ("The airport expects to raise its passenger numbers by a fifth, managers said.\n\nPassenger numbers should "
     "climb to 2.4 million from 2.2 million by 2027.", "2.2 million", "FC206", None),
]
OBJECT_BY_MOVE_CLEAN = [
    (OBJECT_BY_MOVE[0][0].replace("24,000 barrels", "20,000 barrels"), None),
    (OBJECT_BY_MOVE[1][0].replace("from 450", "from 400"), None),
    (OBJECT_BY_MOVE[2][0].replace("£48m", "£50m"), None),
    (OBJECT_BY_MOVE[3][0].replace("2.2 million", "2 million"), None),
    # the object names another measure than the later levels: no link
    ("The brewery will increase its yearly capacity by 50% under a £4 million plan.\n\nStaff numbers will rise to "
     "130 from 120 once the new tanks are in.", None),
]

# a level, ", up from" the old level, the change as an amount, then ", or" as a percentage
LEVEL_UP_FROM_STEP_OR_PERCENT = [
    ("The museum drew 84,000 visitors in the year to March, up from 70,000 a year earlier, an increase of 14,000 "
     "people, or 30%.", "70,000", "FC203", None),
    ("The museum drew 84,000 visitors in 2024, up from 70,000, a rise of 14,000 people, or 30%, the trust said.",
     "70,000", "FC203", None),
    ("Membership reached 6,600 households this spring, down from 7,500, a fall of 900 homes, or 20%.", "7,500",
     "FC203", None),
    ("The food bank handed out 15,000 parcels last winter, up from 12,000, an increase of 3,000 boxes, or about "
     "45%.", "12,000", "FC203", None),
]
LEVEL_UP_FROM_STEP_OR_PERCENT_CLEAN = [
    (LEVEL_UP_FROM_STEP_OR_PERCENT[0][0].replace("30%", "20%"), None),
    (LEVEL_UP_FROM_STEP_OR_PERCENT[1][0].replace("30%", "20%"), None),
    (LEVEL_UP_FROM_STEP_OR_PERCENT[2][0].replace("20%", "12%"), None),
    (LEVEL_UP_FROM_STEP_OR_PERCENT[3][0].replace("45%", "25%"), None),
]


@pytest.mark.parametrize("text,target,rule,published",
                         HEADLINE_MOVE_TO_LEVEL + OBJECT_BY_MOVE + LEVEL_UP_FROM_STEP_OR_PERCENT)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published",
                         HEADLINE_MOVE_TO_LEVEL_CLEAN + OBJECT_BY_MOVE_CLEAN + LEVEL_UP_FROM_STEP_OR_PERCENT_CLEAN)
def test_clean(text, published):
    assert_clean(text, published)


# a headline change sized alone, the year's level in one sentence, the next opening on that year's move from the
# year before with the same size
HEADLINE_SIZED_YEAR_LEVEL = [
    ("Zoo visitors rise 12% as new elephant house opens\n\nCOLCHESTER - The zoo welcomed 448,000 visitors last "
     "year, its best total since it opened in 1963, the trust said.\n\nAttendance in 2024 was up 12% from 420,000 "
     "in 2023, and passed the old record of 431,000 set in 2019.", "420,000", "FC203", "2025-02-03"),
    ("Zoo visitors rise 12%\n\nThe zoo welcomed 448,000 visitors in 2024.\n\nAttendance in 2024 rose 12% from "
     "420,000 in 2023, the trust said.", "420,000", "FC203", None),
    ("Pool swimmers fall 10% after roof closure\n\nThe leisure centre counted 81,000 swimmers last year, "
     "according to the council.\n\nUse in 2024 was down 10% from 84,000 in 2023 - the roof was shut for six weeks.",
     "84,000", "FC203", "2025-03-10"),
]
HEADLINE_SIZED_YEAR_LEVEL_CLEAN = [
    (HEADLINE_SIZED_YEAR_LEVEL[0][0].replace("420,000", "400,000"), "2025-02-03"),
    (HEADLINE_SIZED_YEAR_LEVEL[1][0].replace("420,000", "400,000"), None),
    (HEADLINE_SIZED_YEAR_LEVEL[2][0].replace("84,000", "90,000"), "2025-03-10"),
    # the level is of another year than the move's: no link
    ("Zoo visitors rise 12%\n\nThe zoo welcomed 448,000 visitors in 2022.\n\nAttendance in 2024 was up 12% from "
     "420,000 in 2023.", None),
]


@pytest.mark.parametrize("text,target,rule,published", HEADLINE_SIZED_YEAR_LEVEL)
def test_flagged_year_level(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", HEADLINE_SIZED_YEAR_LEVEL_CLEAN)
def test_clean_year_level(text, published):
    assert_clean(text, published)

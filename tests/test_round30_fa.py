"""Round 30: false alarms on fresh clean, number-dense articles, each mended for its shape.

1. A total, the count of the ones it is spread over, then its average for each one ("63,000 tickets for its 90
   performances, about 700 a night, compared with 55,400"): the average is no level of the total, and the count
   between them does not hide the total from the old level (round 29 read only the average right after the total).
2. Two head-to-head tallies joined by "and" ("won 31 points to the visitors' 24 and kicked 14 penalties to their
   rivals' eight, 22 in total"): the rival's figure closes its tally, so the next side's figure is no further part
   of a list with it; a tally's two sides summed right after them ("14 to their eight, 22 in total") are its parts.
3. A count of all an owner holds ("runs 12 stores", "across its four sites") and a smaller "the N" of the same
   things later: those the story is about, some of the whole, no restatement of it.
4. A multiple naming its own base ("£1.2m of stock, four times the £300,000 it held") sizes that base only, not the
   levels of a change told earlier in the sentence.
"""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. a total, the count it is spread over, then its average ---------------------------------------------------

AVERAGE_PAST_COUNT_CLEAN = [
    "The theatre sold 63,000 tickets for its 90 performances, about 700 a night, compared with 55,400 last year, a "
    "rise of 14%.",
    "Some 212,000 passengers used the ferry's 1,460 crossings, an average of 145 per sailing, up 8% from 196,300 the "
    "year before.",
    "The charity served 91,000 meals at its 14 kitchens, about 6,500 per kitchen, against 78,000 a year earlier, a "
    "rise of nearly 17%.",
    "The county show drew 38,900 visitors over its three days, nearly 13,000 a day, compared with 33,200 in 2022, an "
    "increase of 17%.",
    "The league's 11 rounds attracted 52,800 spectators, roughly 4,800 per round, compared with 47,100 last season, a "
    "rise of 12%.",
    "Volunteers collected 8,400 bags of litter on 24 beaches, an average of 350 a beach, up 20% from 7,000 last "
    "spring.",
]


@pytest.mark.parametrize("text", AVERAGE_PAST_COUNT_CLEAN)
def test_total_then_count_then_average_then_change_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("The theatre sold 63,000 tickets for its 90 performances, about 700 a night, compared with 55,400 last year, a "
     "rise of 24%.", "24%"),
    ("Some 212,000 passengers used the ferry's 1,460 crossings, an average of 145 per sailing, up 18% from 196,300 "
     "the year before.", "18%"),
    ("The charity served 91,000 meals at its 14 kitchens, about 6,500 per kitchen, against 78,000 a year earlier, a "
     "rise of nearly 27%.", "nearly 27%"),
])
def test_total_then_count_then_average_with_a_wrong_change_is_flagged(text, target):
    assert_flagged(text, target, "FC203")


# 2. two head-to-head tallies ----------------------------------------------------------------------------------

TWO_TALLIES_CLEAN = [
    "The home side scored 31 points to the visitors' 24 and kicked 14 penalties to their rivals' eight, 22 in total.",
    "Ashford took 14 wickets to Milton's 11 and hit nine sixes to their opponents' five, 14 altogether.",
    "The Reds had 19 shots to the Blues' 12 and forced 11 corners to their opponents' six, 17 in all.",
    "Okonjo landed 58 punches to Bell's 41 and scored four knockdowns to the champion's two, six in all.",
    "She won 45 races to her sister's 39 and took 12 titles to her sister's seven, 19 between them.",
    "The champion served 12 double faults to the qualifier's five and hit 40 winners to her rival's 31, 71 in total.",
]


@pytest.mark.parametrize("text", TWO_TALLIES_CLEAN)
def test_second_tally_summed_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("The home side scored 31 points to the visitors' 24 and kicked 14 penalties to their rivals' eight, 25 in "
     "total.", "25"),
    ("The Reds had 19 shots to the Blues' 12 and forced 11 corners to their opponents' six, 19 in all.", "19 in"),
    ("The veteran struck 21 aces to his opponent's seven, 26 in all.", "26"),
    ("Ashford hit nine sixes to their opponents' five, 15 altogether.", "15"),
])
def test_tally_with_a_wrong_sum_is_flagged(text, target):
    assert_flagged(text, target, "FC101")


# 3. some of an owner's holdings ---------------------------------------------------------------------------------

SOME_OF_HOLDINGS_CLEAN = [
    "The chain, which runs 12 stores in the county, said trade had been hard. Flood water reached the basements on "
    "Monday. Repairs at the three stores could take a month.",
    "The trust runs six hospitals across the region. Staff were told of the plan on Friday. Beds at the two "
    "hospitals will be moved by spring.",
    "The company operates nine depots in Scotland. Drivers walked out on Monday over pay. Deliveries from the four "
    "depots have stopped.",
    "The council owns 14 libraries. Opening hours will change in April. Under the plan the five libraries will "
    "close on Saturdays.",
    "The dairy, which employs 40 people across its three farms, lost power in the storm. Milk from the two farms "
    "was poured away.",
]


@pytest.mark.parametrize("text", SOME_OF_HOLDINGS_CLEAN)
def test_fewer_of_an_owners_things_are_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("The firm runs 12 stores in the county. All 14 stores will be refitted next year.", "14"),
    ("The trust runs six hospitals across the region. Staff were told of the plan on Friday. All four hospitals "
     "will lose beds.", "four"),
    ("Nine people died in the crash on the bypass. Police said the seven victims had not yet been named.", "seven"),
    # the whole a part was taken from is no owner's holdings; people of an owner are restated whole
    ("Labour held the council after winning 22 of its 40 wards. The leader said the 26 wards her party had won "
     "showed its strength.", "26"),
    ("The academy will shut in July, affecting its 450 pupils and 31 teachers. The trust said the 390 pupils would "
     "be found places elsewhere.", "390"),
])
def test_the_whole_told_again_or_a_toll_is_still_flagged(text, target):
    assert_flagged(text, target, "FC402")


# 4. a multiple naming its own base ------------------------------------------------------------------------------

MULTIPLE_OWN_BASE_CLEAN = [
    "Ridership rose 8% to 5.4 million from 5 million, allowing the operator to hire 62 drivers, twice the 31 it took "
    "on in 2022.",
    "Sales fell 15% to 340 units from 400, leaving the dealer with £1.2m of stock, four times the £300,000 it held a "
    "year ago.",
    "Enrolment climbed 10% to 2,200 pupils from 2,000, forcing the council to lease 18 classrooms, double the nine it "
    "rented last year.",
    "Catches fell 18% to 410 tonnes from 500 tonnes, so the co-operative paid out £96,000 in support, nearly three "
    "times the £33,000 it paid in 2021.",
    "Footfall rose 5% to 1.26 million from 1.2 million, and the centre took on 45 cleaners, three times the 15 it "
    "employed before.",
]


@pytest.mark.parametrize("text", MULTIPLE_OWN_BASE_CLEAN)
def test_multiple_against_its_own_base_after_a_change_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Sales fell 15% to 340 units from 400, leaving the dealer with £1.2m of stock, six times the £300,000 it held a "
     "year ago.", "six times"),
    ("Enrolment climbed 10% to 2,200 pupils from 2,000, forcing the council to lease 18 classrooms, triple the nine "
     "it rented last year.", "triple"),
    ("Passenger numbers tripled to 5.4 million from 5 million.", "tripled"),
])
def test_multiple_against_the_wrong_base_is_flagged(text, target):
    assert_flagged(text, target, "FC302")

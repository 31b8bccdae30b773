"""Round 8: digit slips (FC406/FC408/FC409) read more widely.

Each shape has flag cases of our own wording and clean twins that keep them apart."""
from __future__ import annotations

import pytest

from checker import check_text
from checker.model import Severity

FLAGGED = [
    # the same noun (or synonym), the second sentence goes on about it (no "the" before the figure)
    ("The academy's roll has dropped to 427 students. With 472 students, it is well below its capacity of 900.",
     "472", "FC406"),
    ("Harlow Rangers paid a club-record £14m fee for the defender. The 27-year-old, whose £41m transfer "
     "was agreed at the deadline, signed a four-year deal.", "£41m", "FC40"),  # (round 31) "whose" names the owner:
    # the restatement rule (FC402) may read the pair first
    ("Skyline Air has ordered 36 regional aircraft worth $1.9bn. The order for 63 jets doubles its fleet.",
     "63", "FC406"),
    # a count in words restated in digits
    ("Seventy-four people were treated for smoke inhalation. Doctors said all 47 patients were "
     "recovering.", "47", "FC406"),
    ("Twenty-eight pupils were sent home after the outbreak. The 82 pupils will return on Monday.", "82", "FC40"),
    # four digits or more, definite: the nouns need not match
    ("An open letter opposing the closure was signed by 2,465 doctors. Campaigners delivered the 2,645 "
     "signatures to Downing Street.", "2,645", "FC406"),
    ("Councillors approved 1,720 homes on the old quarry site. The 1,270-home estate will include two schools.",
     "1,270", "FC406"),
    # a zero dropped among the zeros of a round figure
    ("The marathon drew 42,000 runners on Sunday. Officials said the 4,200 runners raised £2m for charity.",
     "4,200", "FC40"),
    ("The bank's finance director earned £362,000 last year. Shareholders approved the £36,200 package.",
     "£36,200", "FC409"),
    # headline and body with the unit written two ways; a time in the body's clause
    ("Record 64,000-tonne grain crop for island farmers\nFarmers on the island harvested 46,000 tonnes "
     "this summer, the co-operative said.", "46,000", "FC406"),
    # a time far after a definite figure in a clause of what is to come dates the act
    ("The council said the new bridge would cost £3.8m and take a year to build. Work on the £8.3m bridge "
     "is due to start next month.", "£8.3m", "FC406"),
    # the figure named as a known thing's: "DET NOUN of N"; a year after "since" dates nothing
    # (round 33: now read first as a restated majority, FC402, which takes the span before the digit slip FC406)
    ("Ms Okafor held the seat by 2,318 votes. Her majority of 2,381 was the smallest since 2005.", "2,381", "FC40"),
    ("The painting was bought for £6.25m at a private sale. Its price of £6.52m made it the dearest work in "
     "the collection.", "£6.52m", "FC406"),
    # a time or a measure restated as a bare decimal, its unit dropped
    ("Adeyemi won the 200m final in 19.86 seconds. His time of 19.68 was a championship best.", "19.68", "FC406"),
    ("She cleared 4.85 metres to take the pole vault title. Her jump of 4.58 was a personal best.", "4.58",
     "FC406"),
    # a time that ranks the figure, not dates it
    ("Rescuers pulled 47 people from the sea. The 74 survivors were the most this year.", "74", "FC406"),
    # a rate restated as "the rate"
    ("Unemployment in the county stands at 5.9%. The 9.5% rate is the worst in the region.", "9.5%", "FC406"),
    # a year that ends a span dates nothing
    ("Barford completed a £27m move to City on Friday. The winger, whose £72m transfer is a club record, "
     "signed until 2029.", "£72m", "FC406"),
    # a change restated as the change
    ("Water bills will rise by 6.8% from April. The 8.6% increase adds about £40 a year.", "8.6%", "FC406"),
    ("Shares in the chain fell 12.6% on Monday. The 16.2% drop wiped £2bn off its value.", "16.2%", "FC406"),
    ("A petition against the cuts was signed by 1,562 parents. Campaigners will hand the 1,652 signatures "
     "to the council on Thursday.", "1,652", "FC406"),
]

CLEAN = [
    # another thing of the same noun: set apart, or an indefinite new subject
    "The council approved 450 new flats at Riverside on Monday. A separate plan for 540 flats at the docks "
    "was rejected.",
    "Brentmoor Academy has 427 students. Another school nearby has 472 students.",
    "Skyline Air has ordered 36 regional aircraft worth $1.9bn. Rival carrier Jetline ordered 63 jets.",
    # another plant: its headcount by the verb only, and set apart
    "The Leeds depot, which employs 640 drivers, will handle the orders. Its sister depot in Hull, which "
    "employs 460, will shut in the spring.",
    # a digit put in, round figures of two things
    "The chain is cutting about 3,000 jobs. The cuts will hit about a tenth of the 33,000 staff.",
    # a different count of a generic noun in words
    "Seventy-four passengers were on the first bus. Forty-seven were on the second.",
    # short figures with other nouns stay apart
    "Some 38 lorries were stuck on the pass. The 83 drivers spent the night in their cabs.",
    # the quantity grew in between
    "The fire had burned 26,000 acres by Monday. Crews are now battling the 62,000-acre blaze.",
    # a zero put to an exact figure, and round figures of one digit
    "Rescuers freed 316 people from the flooded estate. Many of the 3,160 residents stayed with relatives.",
    "The marathon drew 4,000 runners on Sunday. Officials said the 40,000 spectators lined the route.",
    # a change to a new level
    "The firm had 1,720 staff in 2020. Its workforce has since grown to 1,270.",
    # a known thing of another occasion; a year of its own; another athlete
    "Adeyemi won the 200m final in 19.86 seconds. His personal best of 19.68 still stands.",
    "Ms Okafor held the seat by 2,318 votes. Her majority of 2,381 in 2010 was larger.",
    "Adeyemi won the 200m final in 19.86 seconds. His rival Jones finished in 19.68.",
    "She cleared 4.85 metres to take the title. The record of 4.58 set in the heats was beaten.",
    # another change: of something named, or of another time
    "Water bills will rise by 6.8% from April. The 8.6% increase in rents is steeper still.",
    "Shares in the chain fell 12.6% on Monday. A 16.2% drop in its rival's shares followed.",
    # a figure told as news by a verb of its own sentence, not given
    "Wrexley council approved 318 homes at the airfield on Monday. The same meeting approved 381 homes at the docks.",
    "The trust employs 1,460 nurses. The hospital also has 1,640 nurses on its bank list.",
    "The airline flies 45 aircraft from Gatwick. Its Manchester base has 54 aircraft.",
    "It has 45 aircraft on order. The airline's total fleet is 54 aircraft.",
    "The club scored 36 goals at home. They conceded 63 goals away.",
    "Sales reached 2,350 cars in May. The figure for June, 2,530 cars, was a record.",
    "The school has 318 pupils. Its nursery has 381 pupils.",
    # another thing under another noun, not an echo of the first's verb or noun
    "The council owns 2,450 homes. The cost of 2,540 repairs was not disclosed.",
    "The firm sold 3,150 vans last year. With 3,510 orders already, it expects a record.",
    "The company has 1,240 staff. The rest of its 1,420 contractors work abroad.",
    "The ship carried 2,340 passengers. The crew of 2,430 was unusually large.",
    "Turnout was 61.5%. The share of 65.1% for the winner was a landslide.",
    # another sum named, of two significant digits
    "Her annual salary is £42,000. Her bonus of £24,000 was paid in March.",
    # the rest of a group; a headline's figure joined to another noun
    "Twelve people were hurt in the pile-up. The 21 other drivers were unhurt.",
    "Record 45,000-seat arena approved\nThe club's current ground holds 54,000 fans.",
    # a time of its own beside a ranking
    "The lottery paid out £1.2m on Saturday. The £2.1m jackpot last week was the biggest this year.",
    # a rate of someone else, or among a part
    "Unemployment in the county stands at 5.9%. The 9.5% rate among school leavers is the worst in the region.",
    "Unemployment in the county stands at 5.9%. Wales's 9.5% rate is the worst in the country.",
    # an estimate, then the count or outturn; the text says they differ
    "Organisers expected 12,500 visitors. The final tally of 15,200 visitors beat that comfortably.",
    "The survey estimated 2,360 rough sleepers in the city. The council's count of 2,630 people was higher.",
    "Forecasters predicted 4.7 inches of rain. The 7.4 inches that fell broke a record.",
    "The council budgeted £1.35m for the work. The final bill of £1.53m was higher.",
    # a time right after the figure's noun in a clause of what is to come: another occasion
    "The lottery paid out £1.2m on Saturday. Players will chase the £2.1m jackpot next week.",
    # a time near the figure in a clause of what is to come: another occasion
    "The council said the bridge repairs cost £3.8m last year. The £8.3m repairs next year will be funded "
    "by the state.",
]


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_flagged(text, target, rule):
    found = [f for f in check_text(text) if f.is_problem]
    # the slip rule, or a restatement rule where it reads the pair first -- never both
    assert len(found) == 1 and found[0].rule.startswith(rule), found
    assert found[0].severity == Severity.WARNING
    assert text[found[0].start:found[0].end].startswith(target.split()[0])


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert not [f for f in check_text(text) if f.is_problem], check_text(text)


def test_told_apart_only_against_the_first_figure():
    # "beat forecasts of $13.9 bln" compares the body's figure with a third one, not with the headline's
    text = ("Retailer posts record $8.3 bln quarter\nSales of $8.3 mln in the three months to June beat "
            "forecasts of $7.9 bln.")
    assert [f for f in check_text(text) if f.rule == "FC409" and f.is_problem]
    clean = ("Retailer posts record $8.3 bln quarter\nSales of $8.3 bln in the three months to June beat "
             "forecasts of $7.9 bln.")
    assert not [f for f in check_text(clean) if f.is_problem]

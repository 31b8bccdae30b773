"""Round 29: false alarms on clean, number-dense articles, each mended for its shape.

1. A share opening a sentence ("About one in five, 68, ...") takes the one count of the sentence before as its
   whole, but not a count that is itself given as a part beside a share of its own ("41% of those sleeping
   rough, or 137 people"): the new share may be of the same whole as that one.
2. A ballot's turnout and its sides are nested, not parts side by side: "Of the 1,012 eligible, 820 took part, and
   590 voted in favour. The remaining 230 voted against" -- the sides break down the 820.
3. "for the first time in 20 years after the rivals made gains on Thursday": the length of a record runs up to now;
   the clause after "after" says why, it does not end the length.
4. "reached 2,742,000, an average of 33,850 per game, up 9.4% from 2,506,000": a figure for each game is no level
   of the total; the total is.
5. "The marathon starts at 7:30 a.m. ... The half marathon starts at 8:10 a.m.": another event, named apart.
6. "1,640 seats, down from 1,820 ... \"We lost 180 seats\"": what was lost is the move's size, checked against the
   difference (1,820 - 1,640), not a restatement of the new level.
"""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. the whole of an opening share --------------------------------------------------------------------------

SHARE_OF_A_PART_CLEAN = [
    "The count found 1,146 people without a home. Of these, 334 were sleeping rough. The count also found that 41% "
    "of those sleeping rough, or 137 people, had been doing so for more than six months. About one in five, 68 "
    "people, said they had left hospital or prison.",
    "Inspectors visited 2,400 farms last year. Some 45% of the farms visited, or 1,080 farms, broke at least one "
    "rule. Around a tenth, 240 farms, were in the uplands.",
    "The survey covered 5,000 households. Half of those who replied (2,500 households) had no car. About one in ten, "
    "500 households, had three or more.",
    "The hospital saw 9,200 patients in A&E last month. Roughly 60% of them - 5,520 patients - waited more than "
    "four hours. Nearly a quarter, 2,280, arrived by ambulance.",
    "Police stopped 3,100 drivers over Christmas. About 70% of those stopped, or 2,170 drivers, were tested. Some "
    "one in twenty, 155 drivers, failed.",
]


@pytest.mark.parametrize("text", SHARE_OF_A_PART_CLEAN)
def test_share_after_a_part_with_its_own_share_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("There were 800 entries this year. Around a quarter, 300, came from abroad.", "Around a quarter"),
    ("Inspectors visited 2,400 farms last year. About one in five, 800 farms, broke the rules.", "About one in five"),
    ("The survey covered 5,000 households. About one in ten, 900 households, had no car.", "About one in ten"),
])
def test_share_of_a_lone_whole_is_still_checked(text, target):
    assert_flagged(text, target, "FC201")


# 2. a turnout and the sides of the vote ----------------------------------------------------------------------

BALLOT_CLEAN = [
    "Of the 1,012 residents eligible to vote, 820 took part, a turnout of 81%, and 590 voted in favour, or 72% of "
    "those voting. The remaining 230 voted against.",
    "Of the 1,012 residents eligible to vote, 820 took part and 590 voted in favour. The other 230 voted against.",
    "Of the 1,012 residents eligible to vote, 820 took part, and 590 voted in favour while 230 voted against.",
    "Of the 4,300 members balloted, 2,900 cast a vote, and 2,100 backed the strike. The remaining 800 voted to "
    "accept the offer.",
    "Of the 212 councillors, 197 were present, 121 voted for the budget, 61 against and 15 abstained.",
]


@pytest.mark.parametrize("text", BALLOT_CLEAN)
def test_turnout_then_its_sides_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target, rule", [
    ("Of the 1,012 residents eligible to vote, 820 took part, and 590 voted in favour. The remaining 250 voted "
     "against.", "820", "FC10"),
    ("Of the 1,012 residents eligible to vote, 820 took part, and 590 voted in favour while 250 voted against.",
     "820", "FC102"),
    ("Of the 212 councillors, 197 were present, 121 voted for the budget, 64 against and 15 abstained.", "197",
     "FC101"),
    ("The union balloted 4,300 members. Of those, 2,910 cast a vote, and 2,104 backed the strike. The remaining 860 "
     "voted to accept the offer.", "2,910", "FC101"),
])
def test_sides_that_miss_the_turnout_are_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text, target", [
    ("Of 1,012 residents, 420 voted for the plan, 390 against and 300 abstained.", "1,012"),
    ("Of 1,012 residents, 420 voted for, 390 against and 300 abstained.", "1,012"),
])
def test_a_first_part_that_takes_a_side_stays_a_part(text, target):
    assert_flagged(text, target, "FC10")


# 3. the length of a record ---------------------------------------------------------------------------------

RECORD_CLEAN = [
    "The Conservatives lost control of the council for the first time in 20 years after the Liberal Democrats made "
    "gains in Thursday's elections, results declared on Friday showed.",
    "Reservoir levels fell to their lowest in 30 years after the heatwave began on Monday, figures published on "
    "Thursday showed.",
    "The club won the cup for the first time in a decade after beating Rovers on Saturday, with the parade held on "
    "Sunday.",
    "Unemployment in the town hit its highest level in 12 years after the plant shut on Tuesday, figures released "
    "on Friday showed.",
    "The river froze over for the first time in 40 years before the thaw on Tuesday, when the ferries resumed on "
    "Wednesday.",
]


@pytest.mark.parametrize("text", RECORD_CLEAN)
def test_record_length_then_after_clause_is_clean(text):
    assert_clean(text, published="2025-05-03")


@pytest.mark.parametrize("text, target", [
    ("Fifteen years after it opened in 2004, the factory closed in 2009.", "Fifteen years"),
    ("The party lost 12 seats in Thursday's elections, 20 years after it last lost control on Friday.", "20 years"),
])
def test_years_after_an_event_are_still_checked(text, target):
    assert_flagged(text, target, "FC504", published="2025-05-03")


# 4. a figure for each game beside the total ------------------------------------------------------------------

AVERAGE_CLEAN = [
    "Home attendance reached 2,742,000, an average of about 33,850 per game over 81 dates at the park, up 9.4% "
    "from 2,506,000 last year.",
    "The museum drew 412,000 visitors, about 1,130 a day over the year, up 12% from 368,000 in 2022.",
    "The festival sold 96,400 tickets, an average of 8,030 a night across 12 nights, up 7% from 90,100 last summer.",
    "The league's clubs drew 1.46 million fans, an average of 12,200 per match over 120 fixtures, up 6% from 1.38 "
    "million a season earlier.",
    "Takings came to £18.6m, or roughly £1,550 per performance over 120 shows, up 11% from £16.8m.",
    "Net profit was $4.1bn, or $1.20 a share, up 10% from $1.09.",
]


@pytest.mark.parametrize("text", AVERAGE_CLEAN)
def test_total_with_its_average_then_change_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Home attendance reached 2,742,000, an average of about 33,850 per game over 81 dates at the park, up 19.4% "
     "from 2,506,000 last year.", "19.4%"),
    ("The festival sold 96,400 tickets, an average of 8,030 a night across 12 nights, up 17% from 90,100 last "
     "summer.", "17%"),
])
def test_total_with_its_average_and_a_wrong_change_is_flagged(text, target):
    assert_flagged(text, target, "FC203")


# 5. another event's start ------------------------------------------------------------------------------------

OTHER_EVENT_CLEAN = [
    "The marathon starts at 7:30 a.m. on Bridge Street and ends in the park. The course closes at 2:15 p.m. The "
    "half marathon, 13.1 miles (21.1 km), starts at 8:10 a.m.",
    "The men's final kicks off at 2pm at the national stadium. Tickets sold out in an hour. The women's final kicks "
    "off at 5.30pm.",
    "The race starts at 9am in the square. Roads will close from 8am. The children's race starts at 10.15am.",
    "The main parade starts at 11am on the seafront. Stalls open at 9am. The night parade starts at 8pm.",
    "The senior match kicks off at 3pm. The gates open at 1pm. The junior match kicks off at 11am.",
]


@pytest.mark.parametrize("text", OTHER_EVENT_CLEAN)
def test_events_named_apart_are_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "The marathon starts at 7:30 a.m. on Bridge Street. Organisers said the marathon starts at 8:10 a.m. to avoid "
    "traffic.",
    "The marathon starts at 7:30 a.m. on Bridge Street. The course closes at 2:15 p.m. The marathon will start at "
    "8:10 a.m.",
])
def test_one_event_told_twice_is_still_flagged(text):
    assert_flagged(text, "8:10 a.m.", "FC412")


# 6. what was lost after a move -------------------------------------------------------------------------------

LOST_CLEAN = [
    "Its auditorium has been rebuilt with 1,640 seats, down from 1,820, a reduction of about 10%, to give every seat "
    "a clear view. \"We lost 180 seats, but we no longer sell any seats where you cannot see the singers,\" the "
    "director said.",
    "The cinema has been refitted with 310 seats, down from 420, to make room for recliners. \"We lost 110 seats, "
    "but nobody misses the old ones,\" said the owner.",
    "The concert hall reopened with 1,980 seats, down from 2,150, a reduction of 8%, after the refit. \"We lost 170 "
    "seats, and gained better sound,\" said its director.",
    "The ferry has been refitted with 640 berths, down from 700, a cut of about 9%. \"We lost 60 berths to make room "
    "for cabins,\" said the operator.",
    "The fleet now has 212 buses, down from 240, a reduction of 12%, to save money. \"We shed 28 buses, mostly the "
    "oldest,\" said the operator.",
    "The stadium has been rebuilt with 52,300 seats, up from 48,900, an increase of about 7%, to add a roof. \"We "
    "added 3,400 seats, and every one of them is covered,\" said the chairman.",
]


@pytest.mark.parametrize("text", LOST_CLEAN)
def test_amount_lost_after_a_move_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target, rule", [
    ("Its auditorium has been rebuilt with 1,640 seats, down from 1,820, a reduction of about 10%, to give every "
     "seat a clear view. \"We lost 280 seats, but we no longer sell any seats where you cannot see the singers,\" "
     "the director said.", "280", "FC301"),
    ("The cinema has been refitted with 310 seats, down from 420, to make room for recliners. \"We lost 150 seats, "
     "but nobody misses the old ones,\" said the owner.", "150", "FC301"),
    ("The firm now employs 2,310 staff, down from 2,650 a year ago. \"We shed 430 staff, and it was painful,\" the "
     "chief executive said.", "430", "FC301"),
    ("The fire destroyed 47 homes in the village. \"We lost 74 homes in one night,\" the mayor said.", "74", "FC402"),
])
def test_wrong_amount_lost_or_a_restated_count_is_flagged(text, target, rule):
    assert_flagged(text, target, rule)

"""Round 20 (changes helper): readings of changes, percentages, multiples and list counts found on freshly
written texts.  Every flagged row has a clean twin (the same text with consistent figures)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (round 20: a reading of both ends of a change in whole pounds as exact -- "from £5 to £4, a cut of 25%" --
# was merged and taken back the same day: it raised a false alarm on a sealed set of never-seen clean cases)


# The old level's time told as a short clause of its own between it and the "to" of the new level ("from £38m
# when it was approved to £64m now", "from 1,100 after the merger to 1,500"): the clause is no break of the move.
OLD_LEVEL_TIME_CLAUSE = [
    ("The cost of the flood barrier has more than doubled, from £41m when it was first costed to £70m now, "
     "councillors were told.",
     "The cost of the flood barrier has more than doubled, from £41m when it was first costed to £90m now, "
     "councillors were told.", "more than doubled", "FC302"),
    ("Membership has tripled, from 1,200 when the scheme began to 2,900 today, the club said.",
     "Membership has tripled, from 1,200 when the scheme began to 3,600 today, the club said.", "tripled", "FC302"),
    ("The waiting list has doubled from 340 when the ward opened to 980 this year.",
     "The waiting list has doubled from 340 when the ward opened to 680 this year.", "doubled", "FC302"),
    ("The bill rose 40% from £10m when the contract was signed to £12m.",
     "The bill rose 20% from £10m when the contract was signed to £12m.", "40%", "FC203"),
    ("Spending has more than doubled, from $3.1bn, when the programme started, to $5.8bn.",
     "Spending has more than doubled, from $3.1bn, when the programme started, to $6.8bn.", "more than doubled",
     "FC302"),
    ("Enrolment climbed by 300 from 1,140 after the merger to 1,520 now.",
     "Enrolment climbed by 380 from 1,140 after the merger to 1,520 now.", "300", "FC301"),
    ("Rents in the city have gone up by a third, from £900 a month when the survey began to £1,350.",
     "Rents in the city have gone up by half, from £900 a month when the survey began to £1,350.", "a third",
     "FC203"),
    ("The herd shrank by half, from 2,400 head when the farm was bought to 1,600.",
     "The herd shrank by a third, from 2,400 head when the farm was bought to 1,600.", "half", "FC2"),
    ("Attendance has fallen 25% from 18,000 when the club was promoted to 15,300, figures show.",
     "Attendance has fallen 15% from 18,000 when the club was promoted to 15,300, figures show.", "25%", "FC203"),
    ("The queue grew fourfold, from 150 after the doors opened to 450.",
     "The queue grew fourfold, from 150 after the doors opened to 600.", "fourfold", "FC302"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", OLD_LEVEL_TIME_CLAUSE)
def test_round20_old_level_time_clause(flagged, clean, target, rule):
    assert_flagged(flagged, target, rule)
    assert_clean(clean)


# A multiple whose base is named by a "when" clause of its time ("as when it opened in 2011"), then a dash or colon
# and the two levels told as a move ("1,020, against 340"; "compared with", "up from").
MULTIPLE_BASE_WHEN_CLAUSE = [
    ("The school now has four times as many pupils as when it opened in 2011 - 1,020, against 340.",
     "The school now has three times as many pupils as when it opened in 2011 - 1,020, against 340.",
     "four times"),
    ("The school now has four times as many pupils as when it opened in 2011: 1,020, compared with 340.",
     "The school now has three times as many pupils as when it opened in 2011: 1,020, compared with 340.",
     "four times"),
    ("The bakery sells twice as much bread as when it began trading in 2015 - 900 loaves a week, up from 300.",
     "The bakery sells three times as much bread as when it began trading in 2015 - 900 loaves a week, up from 300.",
     "twice"),
    ("The club has five times as many members as when it was founded in 1998 - 1,500, compared with 400.",
     "The club has five times as many members as when it was founded in 1998 - 2,000, compared with 400.",
     "five times"),
    ("The clinic sees half as many patients as when it opened in 2005 - 610, down from 1,400.",
     "The clinic sees half as many patients as when it opened in 2005 - 700, down from 1,400.", "half"),
    ("There are now four times as many pupils at the school as when it opened in 2011 - 1,020, against 340, the "
     "trust said.",
     "There are now three times as many pupils at the school as when it opened in 2011 - 1,020, against 340, the "
     "trust said.", "four times"),
    ("The school, the trust said, now has four times as many pupils as when it first opened its doors in 2011 - "
     "1,020, against 340.",
     "The school, the trust said, now has three times as many pupils as when it first opened its doors in 2011 - "
     "1,020, against 340.", "four times"),
    ("The market has three times as many stalls as when the council took it over in 2016 - 96, against 24.",
     "The market has four times as many stalls as when the council took it over in 2016 - 96, against 24.",
     "three times"),
    ("The fund is worth double what it was when it was set up in 2010 (£8.4m, against £3.1m).",
     "The fund is worth nearly triple what it was when it was set up in 2010 (£8.4m, against £3.1m).", "double"),
]


@pytest.mark.parametrize("flagged,clean,target", MULTIPLE_BASE_WHEN_CLAUSE)
def test_round20_multiple_base_when_clause(flagged, clean, target):
    assert_flagged(flagged, target, "FC302")
    assert_clean(clean)


# "Both of the ..." a set of two, before a comma and its names (as "Both climbers, A, B and C," already was).
BOTH_OF_COMMA = [
    ("Both of the injured walkers, Anna Reid, Tom Hale and Sam Ode, were flown to hospital.",
     "Both of the injured walkers, Anna Reid and Tom Hale, were flown to hospital."),
    ("Both of the club's new signings, Ian Cole, Ben Ash and Raj Patel, started on Saturday.",
     "Both of the club's new signings, Ian Cole and Raj Patel, started on Saturday."),
    ("Both of the missing boys, Jack, Oliver and Harry, were found safe on Sunday, police said.",
     "Both of the missing boys, Jack and Harry, were found safe on Sunday, police said."),
    ("The company said both of its mines, Rook, Crag and Fell, would shut by 2026.",
     "The company said both of its mines, Rook and Fell, would shut by 2026."),
    ("Both of her sisters, Jane, Emma and Rose, attended the funeral in 2023.",
     "Both of her sisters, Jane and Rose, attended the funeral in 2023."),
    ("Both of the shortlisted firms, Arden, Bexley Homes and Cole & Co, have submitted bids.",
     "Both of the shortlisted firms, Arden and Cole & Co, have submitted bids."),
    ("Both of their children, Mia, Leo and Ava, were at home.",
     "Both of their children, Mia and Ava, were at home."),
    ("Both of the goalkeepers, Sam Holt, Dan Frey and Jo Park, are injured, the manager said.",
     "Both of the goalkeepers, Sam Holt and Jo Park, are injured, the manager said."),
]


@pytest.mark.parametrize("flagged,clean", BOTH_OF_COMMA)
def test_round20_both_of_comma(flagged, clean):
    assert_flagged(flagged, "oth", "FC410")
    assert_clean(clean)


@pytest.mark.parametrize("text", [
    "Both of the shops, in the High Street, will close.",
    "Both of the bridges, built in the 1880s, are listed.",
    "Both of the men, aged 24 and 31, were arrested.",
    "Both of his goals, a header and a penalty, came late.",
])
def test_round20_both_of_comma_no_list(text):
    assert_clean(text)


# "N times higher/more than" a base named by its time, then the two levels after a dash or colon: N times or N+1
# times, as in a clause's own frame (the two readings used to disagree: one said it matched, one flagged it).
MULTIPLE_MORE_THAN_TIME = [
    ("Prices at the market are three times higher than in 2018 - £12, against £2.",
     "Prices at the market are three times higher than in 2018 - £12, against £3."),
    ("The charity gets five times more calls than in 2010: 600, compared with 50.",
     "The charity gets five times more calls than in 2010: 600, compared with 100."),
    ("Fines are now four times higher than a decade ago - £500, up from £50, the council said.",
     "Fines are now four times higher than a decade ago - £500, up from £100, the council said."),
    ("Rents are twice as high as in 2015: £1,800, against £600.",
     "Rents are twice as high as in 2015: £1,800, against £900."),
]


@pytest.mark.parametrize("flagged,clean", MULTIPLE_MORE_THAN_TIME)
def test_round20_multiple_more_than_time(flagged, clean):
    assert_flagged(flagged, "times" if "times" in flagged else "twice", "FC302")
    assert_clean(clean)

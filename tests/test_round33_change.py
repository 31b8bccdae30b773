"""Round 33, change (FC3xx): readings learnt from the own-bh-change misses, in our own words (five variants that flag
and their clean twins that stay silent)."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# --- an event named by a change noun after "since"/"following"/"after" ("since the fare rise,") is when the move
# happened, not a second move between its levels ---
EVENT_NOUN_FLAG = [
    ("Visits to the museum have dropped by 2,100 to 18,400 since the ticket increase, down from 21,100 a year ago.",
     "2,100"),
    ("Membership of the gym grew by 340 to 2,950 following the price cut, up from 2,510 in the spring.", "340"),
    ("The number of riders has risen by 6,000 to 74,000 since the service expansion, up from 66,000 last summer.",
     "6,000"),
    ("Sales of the magazine slid by 3,800 to 41,200 after the cover price hike, down from 46,000.", "3,800"),
    ("Since the parking charge rise, car park use has fallen by 410 to 1,260, down from 1,630, figures show.", "410"),
]
EVENT_NOUN_CLEAN = [
    "Visits to the museum have dropped by 2,100 to 18,400 since the ticket increase, down from 20,500 a year ago.",
    "Membership of the gym grew by 340 to 2,950 following the price cut, up from 2,610 in the spring.",
    "The number of riders has risen by 6,000 to 74,000 since the service expansion, up from 68,000 last summer.",
    "Sales of the magazine slid by 3,800 to 41,200 after the cover price hike, down from 45,000.",
    "Since the parking charge rise, car park use has fallen by 410 to 1,260, down from 1,670, figures show.",
]


@pytest.mark.parametrize("text,target", EVENT_NOUN_FLAG)
def test_event_noun_flag(text, target):
    assert_flagged(text, target, "FC3")


@pytest.mark.parametrize("text", EVENT_NOUN_CLEAN)
def test_event_noun_clean(text):
    assert_clean(text)


# --- a time taken in one sentence, then "That was N minutes longer/shorter than ... M minutes": the margin sizes the
# time of the sentence before against the base ---
TIME_MARGIN_FLAG = [
    ("The average commute in the city took 47 minutes last year. That was nine minutes longer than the 40 minutes "
     "recorded a decade ago.", "nine minutes"),
    ("Ambulances reached the most urgent calls in 11 minutes on average in March. This was 6 minutes shorter than "
     "February's average of 14 minutes.", "6 minutes"),
    ("The final lasted 134 minutes. It was 20 minutes longer than the previous year's final of 118 minutes.",
     "20 minutes"),
    ("Shoppers queued for 35 minutes at the checkout on Saturday. That was 12 minutes longer than the usual wait of "
     "25 minutes, the store admitted.", "12 minutes"),
    ("The crossing took 26 hours in the storm. That was eight hours longer than the 20 hours it normally takes.",
     "eight hours"),
]
TIME_MARGIN_CLEAN = [
    "The average commute in the city took 47 minutes last year. That was seven minutes longer than the 40 minutes "
    "recorded a decade ago.",
    "Ambulances reached the most urgent calls in 11 minutes on average in March. This was 3 minutes shorter than "
    "February's average of 14 minutes.",
    "The final lasted 134 minutes. It was 16 minutes longer than the previous year's final of 118 minutes.",
    "Shoppers queued for 35 minutes at the checkout on Saturday. That was 10 minutes longer than the usual wait of "
    "25 minutes, the store admitted.",
    "The crossing took 26 hours in the storm. That was six hours longer than the 20 hours it normally takes.",
]


@pytest.mark.parametrize("text,target", TIME_MARGIN_FLAG)
def test_time_margin_flag(text, target):
    assert_flagged(text, target, "FC3")


@pytest.mark.parametrize("text", TIME_MARGIN_CLEAN)
def test_time_margin_clean(text):
    assert_clean(text)


# --- a count written as a modifier ("a two-bedroom flat", "a 12-week course") is part of a noun, no level: the lead's
# sum "now £X, up from £Y" still gives the headline's change its two levels ---
MODIFIER_COUNT_FLAG = [
    ("Ticket prices up a third\nThe price of a four-person family ticket to the folk festival is now £96, up from "
     "£88 last summer, the organisers said.", "a third"),
    ("Nursery fees jump 25%\nFees for a three-child family at the council nursery are now £1,020 a month, up from "
     "£940 a year ago.", "25%"),
    ("Course fees up 50%\nThe fee for the 10-session evening class in pottery is now £180, up from £150 last term.",
     "50%"),
    ("Family ticket cut by half\nA four-person family ticket to the zoo is now £48, down from £64 last year.",
     "half"),
    ("Boat hire prices up 40%\nThe price of hiring a six-seat rowing boat on the lake is now £21 an hour, up from £18.",
     "40%"),
]
MODIFIER_COUNT_CLEAN = [
    "Ticket prices up a third\nThe price of a four-person family ticket to the folk festival is now £96, up from "
    "£72 last summer, the organisers said.",
    "Nursery fees jump 25%\nFees for a three-child family at the council nursery are now £1,020 a month, up from "
    "£816 a year ago.",
    "Course fees up 50%\nThe fee for the 10-session evening class in pottery is now £180, up from £120 last term.",
    "Family ticket cut by half\nA four-person family ticket to the zoo is now £32, down from £64 last year.",
    "Boat hire prices up 40%\nThe price of hiring a six-seat rowing boat on the lake is now £21 an hour, up from £15.",
]


@pytest.mark.parametrize("text,target", MODIFIER_COUNT_FLAG)
def test_modifier_count_flag(text, target):
    assert_flagged(text, target, "FC")


@pytest.mark.parametrize("text", MODIFIER_COUNT_CLEAN)
def test_modifier_count_clean(text):
    assert_clean(text)


# --- a part used up "of" a whole, then ", leaving" the rest: the whole less the part is the rest ---
USED_UP_LEAVING_FLAG = [
    ("The parish council has spent £46,000 of its £120,000 reserve on the new roof, leaving it with £84,000 for "
     "other repairs.", "£46,000"),
    ("Over the winter the town used 2,100 tonnes of its 3,500-tonne grit stock, leaving 1,600 tonnes in the depot.",
     "2,100 tonnes"),
    ("The club sold 350 of the 1,200 season tickets it printed in the first week, leaving 950 on sale.", "350"),
    ("The heir squandered $4.2m of his $6.5m inheritance within three years, leaving just $1.9m, a court heard.",
     "$4.2m"),
    ("Rangers have already given away 180 of their 600 free tickets, leaving the club with 380 to hand out.", "180"),
]
USED_UP_LEAVING_CLEAN = [
    "The parish council has spent £46,000 of its £120,000 reserve on the new roof, leaving it with £74,000 for "
    "other repairs.",
    "Over the winter the town used 2,100 tonnes of its 3,500-tonne grit stock, leaving 1,400 tonnes in the depot.",
    "The club sold 350 of the 1,200 season tickets it printed in the first week, leaving 850 on sale.",
    "The heir squandered $4.2m of his $6.5m inheritance within three years, leaving just $2.3m, a court heard.",
    "Rangers have already given away 180 of their 600 free tickets, leaving the club with 420 to hand out.",
    # the rest of another thing, not of the whole
    "The charity spent £30,000 of its £90,000 grant on staff, leaving volunteers to raise £12,000 for the van.",
]


@pytest.mark.parametrize("text,target", USED_UP_LEAVING_FLAG)
def test_used_up_leaving_flag(text, target):
    assert_flagged(text, target, "FC3")


@pytest.mark.parametrize("text", USED_UP_LEAVING_CLEAN)
def test_used_up_leaving_clean(text):
    assert_clean(text)


# --- a time's margin "outside"/"inside" a named time ("the course record of", "the qualifying time of"): outside is
# slower, inside quicker; the margin is the gap between the time run and the named one ---
TIME_OUTSIDE_FLAG = [
    ("Moreau finished in 2:11:05, just 48 seconds outside the national record of 2:09:47 set in Paris.",
     "48 seconds"),
    ("The relay team clocked 3:01.40, some 0.9 seconds inside the qualifying standard of 3:02.90 for the "
     "championships.", "0.9 seconds"),
    ("She ran 4:02.15, 1.3 seconds outside the meeting record of 4:01.45, organisers confirmed.",
     "1.3 seconds"),
    ("The Kenyan came home in 13:12.80, 2.5 seconds inside the stadium best of 13:14.10.", "2.5 seconds"),
    ("The crew rowed the course in 5:48.6, 4 seconds outside the world best time of 5:42.6 they had set in May.",
     "4 seconds"),
]
TIME_OUTSIDE_CLEAN = [
    "Moreau finished in 2:11:05, just 78 seconds outside the national record of 2:09:47 set in Paris.",
    "The relay team clocked 3:01.40, some 1.5 seconds inside the qualifying standard of 3:02.90 for the "
    "championships.",
    "She ran 4:02.15, 0.7 seconds outside the meeting record of 4:01.45, organisers confirmed.",
    "The Kenyan came home in 13:12.80, 1.3 seconds inside the stadium best of 13:14.10.",
    "The crew rowed the course in 5:48.6, 6 seconds outside the world best time of 5:42.6 they had set in May.",
    # a pace per mile before the margin, the time itself untold
    "Her time, an average of about 5min 20sec per mile, was 30 seconds outside the course record of 2:18:40.",
    # a place, not a time: no margin
    "The race started 3 miles outside the town of 4,000 people and finished in 2:14:10.",
]


@pytest.mark.parametrize("text,target", TIME_OUTSIDE_FLAG)
def test_time_outside_flag(text, target):
    assert_flagged(text, target, "FC3")


@pytest.mark.parametrize("text", TIME_OUTSIDE_CLEAN)
def test_time_outside_clean(text):
    assert_clean(text)


# --- a lead in points told first, then the two shares it lies between ("puts it on A% against B%", "with X on A% and
# Y on B%"): the lead is their gap ---
LEAD_BEFORE_SHARES_FLAG = [
    ("The mayor's lead over her challenger has narrowed to four points, a new survey suggests, putting her on 46% "
     "against 40% for him.", "four points"),
    ("The Greens' lead has widened to 11 points, with the party on 38% and the Liberals on 29%, the poll found.",
     "11 points"),
    ("Support for leaving is ahead, but the gap is just 2.5 percentage points, with Leave on 49% to Remain on 45%.",
     "2.5 percentage points"),
    ("In the race for governor the Republican's lead now stands at seven points, which puts him on 51% against 47% "
     "for his opponent.", "seven points"),
    ("The president's advantage has shrunk to three points in the latest tracking poll, with him on 44% and the "
     "senator on 39%.", "three points"),
]
LEAD_BEFORE_SHARES_CLEAN = [
    "The mayor's lead over her challenger has narrowed to six points, a new survey suggests, putting her on 46% "
    "against 40% for him.",
    "The Greens' lead has widened to nine points, with the party on 38% and the Liberals on 29%, the poll found.",
    "Support for leaving is ahead, but the gap is just 4 percentage points, with Leave on 49% to Remain on 45%.",
    "In the race for governor the Republican's lead now stands at four points, which puts him on 51% against 47% "
    "for his opponent.",
    "The president's advantage has shrunk to five points in the latest tracking poll, with him on 44% and the "
    "senator on 39%.",
    # the shares of another time, not the lead's sides
    "The lead has narrowed to three points, down from a position of 48% against 37% for the rival last month.",
]


@pytest.mark.parametrize("text,target", LEAD_BEFORE_SHARES_FLAG)
def test_lead_before_shares_flag(text, target):
    assert_flagged(text, target, "FC2")


@pytest.mark.parametrize("text", LEAD_BEFORE_SHARES_CLEAN)
def test_lead_before_shares_clean(text):
    assert_clean(text)

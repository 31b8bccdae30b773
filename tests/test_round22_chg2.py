"""Round 22 (second changes helper): a change told as a DIFFERENCE against its two levels, read past the narrow
requirement that left each learning miss unread -- a half-year ("in the first half") between the level and the
change, the old level in a "when" clause after "since" its year, a majority with a count of other things after it
or set "to the Green candidate's" tally, a bare level on a pronoun after the sentence of the earlier level (and a
move of up to double), a pair in words ("from ninety to a hundred and thirty"), the difference first ("2,000 more
... this year than last - 31,500, up from 27,400"), a bare "degrees" against levels in C, an "after" phrase
before ", having started the week in 46th", and "the 750 tonnes of cod lost to the cut" after the one move of that
measure.  Every flagged row has a clean twin (the same text with consistent figures); rows are
(flagged, clean, target, rule)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _check(flagged, clean, target, rule, published=None):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


# "in the first half" between the level and its change: the "half" is the part of the year, no figure of the move.
PERIOD_HALF = [
    ("The brewer sold 41,800 barrels in the first half, up 5,300 on the 37,500 it sold a year earlier.",
     "The brewer sold 41,800 barrels in the first half, up 4,300 on the 37,500 it sold a year earlier.",
     "5,300", "FC301"),
    ("Passenger numbers reached 2,460 in the second half, up 420 from 1,940 a year before, the airport said.",
     "Passenger numbers reached 2,460 in the second half, up 520 from 1,940 a year before, the airport said.",
     "420", "FC301"),
    ("The charity answered 9,150 calls in the first half of the year, up 1,600 on the 7,250 of 2023.",
     "The charity answered 9,150 calls in the first half of the year, up 1,900 on the 7,250 of 2023.",
     "1,600", "FC301"),
    ("Orders totalled 3,120 in the first half, down 700 from 3,720 a year earlier.",
     "Orders totalled 3,120 in the first half, down 600 from 3,720 a year earlier.", "700", "FC301"),
    ("The group made £14.2m in the first half, up £2.9m on the £12.3m a year earlier.",
     "The group made £14.2m in the first half, up £1.9m on the £12.3m a year earlier.", "£2.9m", "FC301"),
    ("The port handled 18,600 containers in the first half of 2024, up 2,100 on the 15,400 of a year ago.",
     "The port handled 18,600 containers in the first half of 2024, up 3,200 on the 15,400 of a year ago.",
     "2,100", "FC301"),
    ("The council issued 1,340 fines in the latter half of 2024 - up 260 on the 1,180 of the year before.",
     "The council issued 1,340 fines in the latter half of 2024 - up 160 on the 1,180 of the year before.",
     "260", "FC301"),
    ("Sales of heat pumps hit 12,400 in the first half, up 3,100 on the 8,300 sold a year earlier, "
     "according to the trade body.",
     "Sales of heat pumps hit 12,400 in the first half, up 4,100 on the 8,300 sold a year earlier, "
     "according to the trade body.", "3,100", "FC301"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", PERIOD_HALF)
def test_round22_period_half(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# "has risen by 40p to £1.45 since 2021, when it cost £1.15": the old level in a "when" clause after "since" its time.
SINCE_WHEN = [
    ("A pint of milk has gone up by 30p to 95p since 2020, when it cost 70p.",
     "A pint of milk has gone up by 25p to 95p since 2020, when it cost 70p.", "30p", "FC301"),
    ("The club's membership has grown by 600 to 2,450 since 2019, when it stood at 1,950, the secretary said.",
     "The club's membership has grown by 500 to 2,450 since 2019, when it stood at 1,950, the secretary said.",
     "600", "FC301"),
    ("Season tickets have risen by £85 to £640 since the 2021 season, when they cost £545.",
     "Season tickets have risen by £95 to £640 since the 2021 season, when they cost £545.", "£85", "FC301"),
    ("The average rent has climbed £210 to £1,180 since last spring, when it was £990.",
     "The average rent has climbed £190 to £1,180 since last spring, when it was £990.", "£210", "FC301"),
    ("Staff numbers have fallen by 140 to 860 since 2022, when there were 1,020.",
     "Staff numbers have fallen by 160 to 860 since 2022, when there were 1,020.", "140", "FC301"),
    ("A day pass has gone up 70p to £5.20 since January, when it cost £4.60, figures show.",
     "A day pass has gone up 60p to £5.20 since January, when it cost £4.60, figures show.", "70p", "FC301"),
    ("The waiting list has grown by 3,800 to 21,300 since 2023, when it was 16,500.",
     "The waiting list has grown by 4,800 to 21,300 since 2023, when it was 16,500.", "3,800", "FC301"),
    ("Prices have dropped by £1,200 to £23,400 since last year, when the car sold for £25,100.",
     "Prices have dropped by £1,700 to £23,400 since last year, when the car sold for £25,100.",
     "£1,200", "FC301"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", SINCE_WHEN)
def test_round22_since_when(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# A majority beside the two tallies it separates, with a count of other things after it ("after two recounts") or
# the runner-up's tally "to the Green candidate's 15,980".
MAJORITY = [
    ("The Liberal Democrat took 21,306 votes to the Conservative candidate's 17,851, a majority of 4,455, after "
     "two recounts.",
     "The Liberal Democrat took 21,306 votes to the Conservative candidate's 17,851, a majority of 3,455, after "
     "two recounts.", "4,455", "FC402"),
    ("She won 12,904 votes to the Reform candidate's 11,377, a majority of 1,827.",
     "She won 12,904 votes to the Reform candidate's 11,377, a majority of 1,527.", "1,827", "FC402"),
    ("The sitting MP polled 9,611 votes to the Green candidate's 8,247, a majority of 1,464, after three "
     "recounts overnight.",
     "The sitting MP polled 9,611 votes to the Green candidate's 8,247, a majority of 1,364, after three "
     "recounts overnight.", "1,464", "FC402"),
    ("Labour took 14,220 votes to the Conservatives' 13,105, a majority of 1,215, returning officers said after "
     "two recounts.",
     "Labour took 14,220 votes to the Conservatives' 13,105, a majority of 1,115, returning officers said after "
     "two recounts.", "1,215", "FC402"),
    ("The Independent won 6,880 votes to the Labour candidate's 5,930 - a majority of 850.",
     "The Independent won 6,880 votes to the Labour candidate's 5,930 - a majority of 950.",
     "850", "FC402"),
    ("Yes took 31,400 votes against 27,150 for No, a majority of 5,250, after two recounts.",
     "Yes took 31,400 votes against 27,150 for No, a majority of 4,250, after two recounts.", "5,250", "FC402"),
    ("The mayor was re-elected with 48,210 votes to the challenger's 44,030, a majority of 4,810.",
     "The mayor was re-elected with 48,210 votes to the challenger's 44,030, a majority of 4,180.",
     "4,810", "FC402"),
    ("The Plaid candidate took 10,512 votes to the Labour candidate's 9,840, a majority of 762, after three "
     "recounts.",
     "The Plaid candidate took 10,512 votes to the Labour candidate's 9,840, a majority of 672, after three "
     "recounts.", "762", "FC402"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", MAJORITY)
def test_round22_majority(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# The earlier level in the sentence before; this one's level a bare figure on a pronoun after its period, and its
# change set apart after it ("This year it expects to distribute 9,800, an increase of 2,600"); the move may be up
# to double.
PRONOUN_LEVEL = [
    ("In 2022 the shelter housed 410 dogs. This year it expects to take in 650, an increase of 140, its manager "
     "said.",
     "In 2022 the shelter housed 410 dogs. This year it expects to take in 650, an increase of 240, its manager "
     "said.", "140", "FC301"),
    ("Last year the orchard produced 5,800 bottles of cider. This year it hopes to make 8,900, an increase of "
     "2,100.",
     "Last year the orchard produced 5,800 bottles of cider. This year it hopes to make 8,900, an increase of "
     "3,100.", "2,100", "FC301"),
    ("In 2023 the festival sold 14,500 tickets. This year it has sold 22,900, an increase of 7,400.",
     "In 2023 the festival sold 14,500 tickets. This year it has sold 22,900, an increase of 8,400.",
     "7,400", "FC301"),
    ("Last season the club fielded 26 teams. This season it will field 41, an increase of 13.",
     "Last season the club fielded 26 teams. This season it will field 41, an increase of 15.", "13", "FC301"),
    ("In 2021 the council planted 3,200 trees. This year it plans to plant 5,900 - an increase of 1,700.",
     "In 2021 the council planted 3,200 trees. This year it plans to plant 5,900 - an increase of 2,700.",
     "1,700", "FC301"),
    ("In 2022 the bakery baked 41,000 loaves. This year it expects to bake 68,000, an increase of 17,000, "
     "the owner said.",
     "In 2022 the bakery baked 41,000 loaves. This year it expects to bake 68,000, an increase of 27,000, "
     "the owner said.", "17,000", "FC301"),
    ("Last year the library lent 12,600 e-books. This year it expects to lend 9,100, a fall of 2,500.",
     "Last year the library lent 12,600 e-books. This year it expects to lend 9,100, a fall of 3,500.",
     "2,500", "FC301"),
    ("In 2020 the charity delivered 820 food boxes. Now it delivers 1,460, an increase of 540.",
     "In 2020 the charity delivered 820 food boxes. Now it delivers 1,460, an increase of 640.", "540", "FC301"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", PRONOUN_LEVEL)
def test_round22_pronoun_level(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# A pair in words whose upper end is hundreds "and" tens: "from ninety to a hundred and thirty".
WORDS_PAIR = [
    ("The choir has grown from sixty to a hundred and ten in two years, an increase of forty.",
     "The choir has grown from sixty to a hundred and ten in two years, an increase of fifty.", "forty", "FC301"),
    ("Entries rose from eighty to two hundred and twenty, an increase of a hundred and twenty, organisers said.",
     "Entries rose from eighty to two hundred and twenty, an increase of a hundred and forty, organisers said.",
     "a hundred and twenty", "FC301"),
    ("The flock swelled from seventy to a hundred and fifteen over the summer, a rise of thirty-five.",
     "The flock swelled from seventy to a hundred and fifteen over the summer, a rise of forty-five.",
     "thirty-five", "FC301"),
    ("Attendance climbed from ninety to three hundred and forty, up two hundred and sixty.",
     "Attendance climbed from ninety to three hundred and forty, up two hundred and fifty.",
     "two hundred and sixty", "FC301"),
    ("Its membership went from fifty to a hundred and five in a season - an increase of sixty, the chairman said.",
     "Its membership went from fifty to a hundred and five in a season - an increase of fifty-five, the chairman "
     "said.", "sixty", "FC301"),
    ("The number of volunteers jumped from forty to a hundred and thirty, an increase of eighty.",
     "The number of volunteers jumped from forty to a hundred and thirty, an increase of ninety.", "eighty", "FC301"),
    ("The herd has grown from sixty to a hundred and twenty, a rise of seventy.",
     "The herd has grown from sixty to a hundred and twenty, a rise of sixty.", "seventy", "FC301"),
    ("Pupils on the roll increased from ninety-five to a hundred and forty, an increase of thirty-five.",
     "Pupils on the roll increased from ninety-five to a hundred and forty, an increase of forty-five.",
     "thirty-five", "FC301"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", WORDS_PAIR)
def test_round22_words_pair(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# The difference first, sizing a comparative against "last" (or a year), then a dash, colon or bracket and the two
# levels told as a move: "Roughly 2,000 more students sat the exam this year than last - about 31,500, up from
# 27,400".
DIFFERENCE_FIRST = [
    ("About 2,000 more runners entered the race this year than last - roughly 18,200, up from 14,100 - "
     "organisers said.",
     "About 4,000 more runners entered the race this year than last - roughly 18,200, up from 14,100 - "
     "organisers said.", "About 2,000", "FC301"),
    ("Some 400 more pupils sat the test this year than last: 5,900, up from 5,300.",
     "Some 600 more pupils sat the test this year than last: 5,900, up from 5,300.", "400", "FC301"),
    ("1,200 fewer cars crossed the bridge this year than last - 21,400, down from 23,600.",
     "2,200 fewer cars crossed the bridge this year than last - 21,400, down from 23,600.", "1,200", "FC301"),
    ("Nearly 900 more patients were treated this winter than last: 7,850, up from 6,350.",
     "Nearly 1,500 more patients were treated this winter than last: 7,850, up from 6,350.", "900", "FC301"),
    ("Its chairman said the club had 300 more members this season than last (2,150, up from 1,750).",
     "Its chairman said the club had 400 more members this season than last (2,150, up from 1,750).",
     "300", "FC301"),
    ("Around £2m more was raised this year than last - £13.9m, up from £10.6m.",
     "Around £3m more was raised this year than last - £13.9m, up from £10.6m.", "£2m", "FC301"),
    ("There were 150 fewer burglaries this year than in 2022 - 1,420, down from 1,670 - police said.",
     "There were 250 fewer burglaries this year than in 2022 - 1,420, down from 1,670 - police said.",
     "150", "FC301"),
    ("Roughly 3,000 more visitors came this summer than last: about 61,000, up from 52,000.",
     "Roughly 9,000 more visitors came this summer than last: about 61,000, up from 52,000.", "3,000", "FC301"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", DIFFERENCE_FIRST)
def test_round22_difference_first(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# A bare "degrees" sizing a move between two temperatures in C (or F): the degrees of that scale.
DEGREES = [
    ("Temperatures soared 11 degrees overnight, from 8C to 23C, the Met Office said.",
     "Temperatures soared 15 degrees overnight, from 8C to 23C, the Met Office said.", "11 degrees", "FC301"),
    ("The thermometer dropped 7 degrees in an hour, from 21C at noon to 12C by 1pm.",
     "The thermometer dropped 9 degrees in an hour, from 21C at noon to 12C by 1pm.", "7 degrees", "FC301"),
    ("The sea temperature rose by 3 degrees to 19C, up from 14C in May.",
     "The sea temperature rose by 5 degrees to 19C, up from 14C in May.", "3 degrees", "FC301"),
    ("Readings fell 12 degrees, from 54F to 38F, within a day.",
     "Readings fell 16 degrees, from 54F to 38F, within a day.", "12 degrees", "FC301"),
    ("The mercury climbed 10 degrees on Tuesday, from 17C in the morning to 29C, forecasters said.",
     "The mercury climbed 12 degrees on Tuesday, from 17C in the morning to 29C, forecasters said.",
     "10 degrees", "FC301"),
    ("The temperature rose by 4 degrees to 31C from 24C.",
     "The temperature rose by 7 degrees to 31C from 24C.", "4 degrees", "FC301"),
    ("It fell 9 degrees in three hours - from 16C to 4C.",
     "It fell 12 degrees in three hours - from 16C to 4C.", "9 degrees", "FC301"),
    ("Water temperatures rose from 11C to 18C, an increase of 5 degrees.",
     "Water temperatures rose from 11C to 18C, an increase of 7 degrees.", "5 degrees", "FC301"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", DEGREES)
def test_round22_degrees(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# A short "after" phrase (no verb) before ", having started the week in 46th": a circumstance, not another time.
RANK_AFTER = [
    ("Dimitri Olsen climbed 12 places to 31st in the rankings after his quarter-final run, having started the week "
     "in 48th.",
     "Dimitri Olsen climbed 17 places to 31st in the rankings after his quarter-final run, having started the week "
     "in 48th.", "12 places", "FC301"),
    ("The Spaniard rose 9 places to 14th after the victory, having started the week 26th.",
     "The Spaniard rose 12 places to 14th after the victory, having started the week 26th.", "9 places", "FC301"),
    ("She jumped 20 places to 55th in the world after her title win, having begun the week in 80th.",
     "She jumped 25 places to 55th in the world after her title win, having begun the week in 80th.",
     "20 places", "FC301"),
    ("Okafor fell 6 places to 38th after an early exit, having started the week in 30th.",
     "Okafor fell 8 places to 38th after an early exit, having started the week in 30th.", "6 places", "FC301"),
    ("The world No 40 climbed 15 places to 25th after the final, having started the tournament in 42nd.",
     "The world No 40 climbed 17 places to 25th after the final, having started the tournament in 42nd.",
     "15 places", "FC301"),
    ("Leclerc moved up 7 places to 11th in the standings after the semi-final, having started the week 19th, "
     "the tour said.",
     "Leclerc moved up 8 places to 11th in the standings after the semi-final, having started the week 19th, "
     "the tour said.", "7 places", "FC301"),
    ("Haddad slipped 4 places to 17th after a second-round defeat, having started the week in 12th.",
     "Haddad slipped 5 places to 17th after a second-round defeat, having started the week in 12th.",
     "4 places", "FC301"),
    ("Anna Berg rose 22 places to 64th in the rankings after her Wimbledon run, having started the week in 90th.",
     "Anna Berg rose 26 places to 64th in the rankings after her Wimbledon run, having started the week in 90th.",
     "22 places", "FC301"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", RANK_AFTER)
def test_round22_rank_after(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# "the 750 tonnes of cod lost to the cut": a definite amount named as what went (or came) with the move, after the
# document's one move of that measure told without a size.
AMOUNT_OF_MOVE = [
    ("The mill's quota of timber will fall to 2,600 tonnes from 3,400 tonnes next year.\n\nThe 600 tonnes of "
     "timber lost to the cut would have been worth £90,000, the owner said.",
     "The mill's quota of timber will fall to 2,600 tonnes from 3,400 tonnes next year.\n\nThe 800 tonnes of "
     "timber lost to the cut would have been worth £90,000, the owner said.", "600 tonnes", "FC301"),
    ("The hospital's bed count will be cut from 420 to 350 in April. Managers said the 90 beds lost in the "
     "reduction would be on surgical wards.",
     "The hospital's bed count will be cut from 420 to 350 in April. Managers said the 70 beds lost in the "
     "reduction would be on surgical wards.", "90 beds", "FC301"),
    ("The council's grant will drop from £1.8m to £1.5m. The £0.6m lost to the cut will hit youth services.",
     "The council's grant will drop from £1.8m to £1.5m. The £0.3m lost to the cut will hit youth services.",
     "£0.6m", "FC301"),
    ("Capacity will rise from 12,000 seats to 15,500 seats after the works. The 3,000 seats added by the "
     "expansion will be in the north stand.",
     "Capacity will rise from 12,000 seats to 15,500 seats after the works. The 3,500 seats added by the "
     "expansion will be in the north stand.", "3,000 seats", "FC301"),
    ("The fleet's mackerel limit falls to 910 tonnes from 1,240 tonnes. Skippers said the 230 tonnes of mackerel "
     "lost to the cut would cost jobs.",
     "The fleet's mackerel limit falls to 910 tonnes from 1,240 tonnes. Skippers said the 330 tonnes of mackerel "
     "lost to the cut would cost jobs.", "230 tonnes", "FC301"),
    ("Staff numbers at the depot will be reduced from 640 to 520. Unions said the 140 jobs lost through the "
     "reduction were avoidable.",
     "Staff numbers at the depot will be reduced from 640 to 520. Unions said the 120 jobs lost through the "
     "reduction were avoidable.", "140 jobs", "FC301"),
    ("The farm's dairy herd will shrink from 310 cows to 260 cows by spring - the 70 cows lost in the cut "
     "will be sold at auction, the farmer said.",
     "The farm's dairy herd will shrink from 310 cows to 260 cows by spring - the 50 cows lost in the cut "
     "will be sold at auction, the farmer said.", "70 cows", "FC301"),
    ("The route's timetable will rise from 48 trains to 60 trains a day. The 14 trains added in the increase "
     "will run at peak times.",
     "The route's timetable will rise from 48 trains to 60 trains a day. The 12 trains added in the increase "
     "will run at peak times.", "14 trains", "FC301"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", AMOUNT_OF_MOVE)
def test_round22_amount_of_move(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)

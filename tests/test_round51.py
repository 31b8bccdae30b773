"""Round 51: the shapes behind the misses and false alarms of round 50's sealed sets r50a-d and of round 51's open
learning sets, once opened, told in our own words -- each with a text that must be flagged and one that must not,
then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a depot's vehicles by kind, after a long clause before the colon
    ("Thirty-one vehicles were written off when floodwater swept through the council's yard on the edge of town on "
     "Monday night: eighteen refuse lorries, nine vans and two tractors.", "FC101",
     "Thirty-one vehicles were written off when floodwater swept through the council's yard on the edge of town on "
     "Monday night: eighteen refuse lorries, eleven vans and two tractors.", None),
    # each part labelled by "with" and words of its own
    ("Police have charged 29 people after the riot: 17 with violent disorder, eight with arson and three with "
     "assaulting an officer.", "FC101",
     "Police have charged 28 people after the riot: 17 with violent disorder, eight with arson and three with "
     "assaulting an officer.", None),
    # the plan a list of sums comes under, and its total
    ("Schools will get £12.4m, libraries £3.1m and parks £2.2m under the city's spending plan for 2027, which "
     "totals £18.7m.", "FC101",
     "Schools will get £12.4m, libraries £3.1m and parks £2.2m under the city's spending plan for 2027, which "
     "totals £17.7m.", None),
    # a point moved across a scale word and a round figure in full
    ("The museum's new wing will cost £2.7m, the trustees said. The chairman said the £270,000 wing would open "
     "in 2028.", "FC409",
     "The museum's new wing will cost £2.7m, the trustees said. The chairman said the £2,700,000 wing would open "
     "in 2028.", None),
    # a hedge that names three significant digits excuses no swap of two digits side by side
    ("Some 12,640 walkers took part in the charity hike on Sunday. Organisers said the 12,460 walkers had raised "
     "£90,000.", "FC402",
     "Some 12,640 walkers took part in the charity hike on Sunday. Organisers said the 12,640 walkers had raised "
     "£90,000.", None),
    # a journey's length as the modifier of its name, restated past a margin of a record
    ("The two rowers reached Barbados after a 52-day crossing of the Atlantic. Their 49-day crossing beat the old "
     "record by three days.", "FC405",
     "The two rowers reached Barbados after a 49-day crossing of the Atlantic. Their 49-day crossing beat the old "
     "record by three days.", None),
    # a term after a crime told over a span of years
    ("A bookkeeper was jailed on Friday for seven years for stealing £900,000 from a charity over a decade. Her "
     "barrister said she would appeal the nine-year sentence.", "FC405",
     "A bookkeeper was jailed on Friday for seven years for stealing £900,000 from a charity over a decade. Her "
     "barrister said she would appeal the seven-year sentence.", None),
    # a change's size, a time told by "during", then its levels
    ("Average rents fell by £310 during the winter lull, from £1,420 to £1,130 a month, the agency said.", "FC301",
     "Average rents fell by £290 during the winter lull, from £1,420 to £1,130 a month, the agency said.", None),
    # sums each told the channel they went through, the first by its participle
    ("Sales reached €4.1bn last year, with €2.7bn going through supermarkets and €1.9bn through corner shops.",
     "FC102",
     "Sales reached €4.7bn last year, with €2.7bn going through supermarkets and €1.9bn through corner shops.", None),
    # power figures in the sentence after a combined capacity
    ("The board approved four wind farms with a combined capacity of 225MW. Hill End will generate 80MW, Crag Moor "
     "64MW, Low Fell 40MW and Ridgeway 18MW.", "FC101",
     "The board approved four wind farms with a combined capacity of 202MW. Hill End will generate 80MW, Crag Moor "
     "64MW, Low Fell 40MW and Ridgeway 18MW.", None),
    # a count with no noun, its parts after "with" closed by "the other N"
    ("Entries rose to 318, with 140 riders in the open class, 102 in the veterans' race and the other 66 in the "
     "junior events.", "FC101",
     "Entries rose to 308, with 140 riders in the open class, 102 in the veterans' race and the other 66 in the "
     "junior events.", None),
    # the first part's verb of giving out and a long label of its own
    ("Of the £900,000 raised by the appeal, £520,000 will go to the cancer unit at St Anne's Hospital, £260,000 to "
     "a hospice and the rest, £180,000, to research.", "FC101",
     "Of the £900,000 raised by the appeal, £520,000 will go to the cancer unit at St Anne's Hospital, £260,000 to "
     "a hospice and the rest, £120,000, to research.", None),
    # list counts: a list past who said so and where; weekdays after a count of days; a compound count of nations
    # after "brings together"; numbered routes past a date before the copula; names before "the N firms behind"
    ("The firm will open five new depots next year: Ashby, Colne, Ely and Frome, chief executive Tom Reade said "
     "at the annual meeting.", "FC410",
     "The firm will open four new depots next year: Ashby, Colne, Ely and Frome, chief executive Tom Reade said "
     "at the annual meeting.", None),
    ("The library will open on two days a week - Tuesday, Friday and Saturday - from March.", "FC410",
     "The library will open on three days a week - Tuesday, Friday and Saturday - from March.", None),
    ("The three-nation fisheries pact signed on Monday brings together Norway, Iceland, Denmark and Faroe.",
     "FC410",
     "The four-nation fisheries pact signed on Monday brings together Norway, Iceland, Denmark and Faroe.", None),
    ("The 5 bus routes to be cut from 3 March are the 7, the 19 and the 44A, the operator said.", "FC410",
     "The 3 bus routes to be cut from 3 March are the 7, the 19 and the 44A, the operator said.", None),
    ("Arco and Belmar, the three firms behind the bid, said work would start in May.", "FC410",
     "Arco and Belmar, the two firms behind the bid, said work would start in May.", None),
    # two digits swapped: a unit written with a hyphen both ways; people employed, then jobs; turbines as machines;
    # a length restated under the noun of its own "of" phrase; "all N" in a later clause of the first's sentence
    ("The firm opened a 36,000 square-metre warehouse near Leeds on Monday. It said the 63,000-square-metre "
     "warehouse would employ 200 people.", "FC406",
     "The firm opened a 36,000 square-metre warehouse near Leeds on Monday. It said the 36,000-square-metre "
     "warehouse would employ 200 people.", None),
    ("The new depot will employ 1,600 people when it opens in 2027. The mayor welcomed the 6,100 jobs but asked for "
     "local hiring.", "FC406",
     "The new depot will employ 1,600 people when it opens in 2027. The mayor welcomed the 1,600 jobs but asked for "
     "local hiring.", None),
    ("The wind farm's 72 turbines were switched off in the storm. Engineers checked all 27 machines on Monday.",
     "FC406",
     "The wind farm's 72 turbines were switched off in the storm. Engineers checked all 72 machines on Monday.", None),
    ("The council approved the 16.3km extension of the Red Line to the port. Building the 13.6-kilometre line will "
     "take three years.", "FC406",
     "The council approved the 16.3km extension of the Red Line to the port. Building the 16.3-kilometre line will "
     "take three years.", None),
    ("The club, which has 370 paying members, is to close, and its chairman has written to all 730 members.",
     "FC406",
     "The club, which has 370 paying members, is to close, and its chairman has written to all 370 members.", None),
    # the last of them "left the stand": no remainder
    ("Over five weeks, 41 witnesses gave evidence for the prosecution. Closing speeches began after the last of the "
     "prosecution's 14 witnesses left the stand.", "FC402",
     "Over five weeks, 41 witnesses gave evidence for the prosecution. Closing speeches began after the last of the "
     "prosecution's 41 witnesses left the stand.", None),
    # a span named by its noun, then why it ran so long
    ("The ferry left Oban at 8:10am and docked at 10:05am, a crossing of two hours and 15 minutes after the captain "
     "slowed for fog.", "FC509",
     "The ferry left Oban at 8:10am and docked at 10:05am, a crossing of one hour and 55 minutes after the captain "
     "slowed for fog.", None),
    # an anniversary of the sentence's own subject, its start told by the next sentence under the subject's noun
    ("The Riverside Rowing Club will mark its 75th anniversary with a regatta on Saturday. The club was founded in "
     "1956 by dock workers.", "FC505",
     "The Riverside Rowing Club will mark its 75th anniversary with a regatta on Saturday. The club was founded in "
     "1950 by dock workers.", "2025-06-02"),
    # more picked out by the headline's participle than "all N" of the body
    ("41 climbers stranded as storm hits peak\nRescuers worked through the night. All 38 climbers were brought "
     "down safely by dawn.", "FC401",
     "38 climbers stranded as storm hits peak\nRescuers worked through the night. All 38 climbers were brought "
     "down safely by dawn.", None),
    # a share of cases, then the part of the base it is
    ("The fire service answered 74% of calls within ten minutes in May -- about 2,100 of the 3,300 calls.",
     "FC201",
     "The fire service answered 64% of calls within ten minutes in May -- about 2,100 of the 3,300 calls.", None),
    ("Crews arrived within ten minutes in 74% of cases last month -- 2,100 of the 3,300 calls.", "FC201",
     "Crews arrived within ten minutes in 64% of cases last month -- 2,100 of the 3,300 calls.", None),
    # ages: a name, then "the N-year-old" in apposition; "the N-year-old" pointed back at the one person named
    ("Lena Ortiz, the 31-year-old world No 4, won in straight sets. Ortiz, 32, plays the holder next.", "FC403",
     "Lena Ortiz, the 31-year-old world No 4, won in straight sets. Ortiz, 31, plays the holder next.", None),
    ("Farmer Ellen Price was named breeder of the year on Friday. \"It has been a long road,\" said the 58-year-old. "
     "Price, 85, started with six ewes.", "FC403",
     "Farmer Ellen Price was named breeder of the year on Friday. \"It has been a long road,\" said the 58-year-old. "
     "Price, 58, started with six ewes.", None),
    # "last year's record", then the event it was set at, dated (a warning: the record standing last year may be older)
    ("The show opens on Friday. Organisers hope to beat last year's record of 52,000 visitors, which was set at the "
     "2021 show.", "FC502",
     "The show opens on Friday. Organisers hope to beat last year's record of 52,000 visitors, which was set at the "
     "2024 show.", "2025-05-02"),
    # a share with its own noun, a longer clause of what they did, then "with" its counts
    ("Three in five pupils at Hollins Academy passed the new maths exam in June, with 44 of the 120 who sat it "
     "reaching the pass mark.", "FC201",
     "Three in five pupils at Hollins Academy passed the new maths exam in June, with 72 of the 120 who sat it "
     "reaching the pass mark.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert rule in flagged_rules(flagged_text, published)
    assert rule not in flagged_rules(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # the false alarms of r50a, r50d and r51f, retold: a firm's own staff after the region's; pairs of animals;
    # one group's share, then another's of its own clause
    ("About one in six of the county's 4,200 care workers are agency staff. At the biggest provider, Elmcare, agency "
     "staff make up 150 of its 700 carers.", None),
    ("The aquarium has received four pairs of fish from a closing collection: two clownfish, two tangs, two gobies "
     "and two wrasse.", None),
    ("Screening uptake among women over 50 was 71%, and 58% of men over 60 had the bowel test.", None),
    # near misses: the with-series that is no list of labels; a plan's sum beside parts of another kind
    ("The club scored 20 goals, with 15 assists from its midfield.", None),
    ("Police charged 14 people, with three more due in court next week.", None),
    ("Schools will get £12.4m under the city's spending plan for 2027, which totals £18.7m.", None),
    # near misses: a fee a tenth of the sum; a round figure not a hedge's swap; another crossing next year; a crime's
    # span told as the term
    ("The club was sold for £4.6m in May. The £460,000 fee paid to the agents was criticised.", None),
    ("About 18,000 runners took part. The 81,000 spectators lined the route.", None),
    ("The crew landed after an 11-day crossing. Next year's 13-day crossing will start in Oslo.", None),
    ("A clerk was jailed for over a decade for fraud. Her lawyer said she would appeal the 13-year sentence.", None),
    # near misses: a move's word naming a time that is not the move's; power of another sentence not combined; a
    # count with a noun of its own, then "with" and other things
    ("Prices fell by 4% during the slump that followed, and from 2021 to 2023 they rose by 9%.", None),
    ("The plant can generate 900MW. Its two sister plants run at 400MW and 350MW.", None),
    ("The gym opens for three days of taster sessions from Monday, Tuesday and Friday next week.", None),
    ("The market will run on three days a week, and on Sunday, Monday and Friday in December.", None),
    # near misses of the swaps: "all N of" another whole; seats, not members; the tickets left to sell
    ("The hall has 240 members, and all 420 of last year's members renewed.", None),
    ("The club has 240 members and said all 420 seats were sold.", None),
    ("The theatre sold 640 tickets on Monday. The 460 tickets left go on sale today.", None),
    # near misses: a delay after the timetable; another thing's start in the next sentence
    ("The train left at 9:40am and arrived at 11:15am, 25 minutes after the scheduled time.", None),
    ("The club will celebrate its 100th anniversary on Saturday. The stand was built in 1931.", "2025-09-01"),
    # near misses: fewer picked out than all; a share of cases beside counts of other things
    ("Two crew injured in engine-room fire\nAll 21 crew were taken ashore by lifeboat.", None),
    ("Crews arrived within ten minutes in 74% of cases last month -- 2,100 of the 3,300 firefighters were on duty.",
     None),
    # near misses: the age of the name's coach; two people named before the unnamed age
    ("Lena Ortiz, the 31-year-old's coach, praised the crowd. Ortiz, 32, plays the holder next.", None),
    ("Organisers hope to beat the record of 52,000 visitors, which was set at the 2021 show.", "2025-05-02"),
    ("Three in five voters at the meeting in the town hall backed the plan, with 31 of the 118 councillors voting "
     "against.", None),
    ("Farmer Ellen Price beat Tom Hardy on Friday. \"It has been a long road,\" said the 58-year-old. Price, 85, "
     "started with six ewes.", None),
])
def test_false_alarms_and_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # near misses keep their reading: a pair counted as one item in a list of kinds; households by need
    ("The register holds 2,640 households - 1,710 needing one bedroom, 560 needing two and 370 needing three or "
     "more.", "FC101", None),
    ("The sanctuary took in 14 animals: six pairs of otters and two beavers.", "FC101", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

"""Round 11 shapes of sums, shares and percents: each case is a flag text
(rule code and target span asserted) and its clean twin (no error or warning)."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text):
    return [f for f in check_text(text) if f.is_problem]


def _check(text, rule, target, twin):
    found = [f for f in problems(text) if f.rule == rule]
    spans = [text[f.start:f.end] for f in found]
    assert found and any(target in s or s in target for s in spans), \
        (text, [(f.rule, text[f.start:f.end], f.message) for f in problems(text)])
    assert found[0].arithmetic and found[0].tolerance
    assert problems(twin) == [], [(f.rule, twin[f.start:f.end], f.message) for f in problems(twin)]


# parts whose sum touches the total only at the edge of their roundings: a figure rounded half up
# is at least v - t and below v + t, so the roundings never meet
EDGE = [
    ("Operating profit rose to £2.9bn, made up of £1.7bn from retail, £0.8bn from lending and £0.2bn from "
     "insurance.", "£2.9bn",
     "Operating profit rose to £2.8bn, made up of £1.7bn from retail, £0.8bn from lending and £0.2bn from "
     "insurance."),
    ("The fund's €5.4m budget is split between €2.1m for roads, €1.6m for parks and €1.5m for schools.", "€5.4m",
     "The fund's €5.3m budget is split between €2.1m for roads, €1.6m for parks and €1.5m for schools."),
    ("Exports reached 6.2 million tonnes: 3.1 million tonnes of wheat, 1.8 million of barley and 1.1 million "
     "of oats.", "6.2 million",
     "Exports reached 6.1 million tonnes: 3.1 million tonnes of wheat, 1.9 million of barley and 1.1 million "
     "of oats."),
    ("Grants totalling $1.3bn - $0.4bn for housing, $0.4bn for transport and $0.3bn for water - were approved.",
     "$1.3bn",
     "Grants totalling $1.1bn - $0.4bn for housing, $0.4bn for transport and $0.3bn for water - were approved."),
]


@pytest.mark.parametrize("text,target,twin", EDGE)
def test_rounding_edge(text, target, twin):
    _check(text, "FC101", target, twin)


def test_rounding_edge_hedged_stays_silent():
    assert problems("Profit was about £2.9bn, made up of £1.7bn from retail, £0.8bn from lending and £0.2bn "
                    "from insurance.") == []


# the part, the rest of its clause, then "SHARE of the BASE" set apart (inferred: a warning)
CLAUSE_SHARE = [
    ("Roughly 18,000 pupils sat the exam in June, a fifth of the 60,000 entered nationally.", "a fifth",
     "Roughly 12,000 pupils sat the exam in June, a fifth of the 60,000 entered nationally."),
    ("The trust cancelled 1,250 operations over the winter months - almost half of the 4,800 it had planned.",
     "almost half",
     "The trust cancelled 2,300 operations over the winter months - almost half of the 4,800 it had planned."),
    ("Households paid £3.4bn in standing charges last year, 15% of the £17bn spent on energy.", "15%",
     "Households paid £2.6bn in standing charges last year, 15% of the £17bn spent on energy."),
    ("Nearly 900 nurses left the service in the year to March, one in three of the 4,500 recruited since 2020.",
     "one in three",
     "Nearly 1,500 nurses left the service in the year to March, one in three of the 4,500 recruited since 2020."),
    ("Forty teachers quit the academy trust this summer, a tenth of its 200 staff.", "a tenth",
     "Twenty teachers quit the academy trust this summer, a tenth of its 200 staff."),
    ("The reservoir released 310 megalitres a day through the spillway in March - about 40% of the 1,200 "
     "megalitres flowing in.", "about 40%",
     "The reservoir released 480 megalitres a day through the spillway in March - about 40% of the 1,200 "
     "megalitres flowing in."),
]


@pytest.mark.parametrize("text,target,twin", CLAUSE_SHARE)
def test_clause_then_share_of(text, target, twin):
    _check(text, "FC201", target, twin)


@pytest.mark.parametrize("text", [
    "The club sold 12,000 season tickets, but a third of the 30,000 seats stayed empty.",
    "The port handled 5,000 containers on Monday and a fifth of the 9,000 due this week.",
    "Prices rose to 340 pence a litre in May, a fifth of the 1,700 stations said.",
    "Sales went from 300 to 340 units in May, a fifth of the 1,700 sold in the year.",
])
def test_clause_then_share_of_near_misses(text):
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]


# "of that", "of it" name an amount before (money or a measure), as "of them" names a count
OF_THAT = [
    ("The appeal raised £640,000. About a quarter of that, £250,000, came from one donor.", "About a quarter",
     "The appeal raised £640,000. About a quarter of that, £160,000, came from one donor."),
    ("Revenue hit $7.5bn in the quarter, with $3.9bn of it - 40% - from cloud services.", "40%",
     "Revenue hit $7.5bn in the quarter, with $3.0bn of it - 40% - from cloud services."),
    ("The plant generated 820 GWh last year. Nearly two-thirds of that, 410 GWh, was sold abroad.",
     "Nearly two-thirds",
     "The plant generated 820 GWh last year. Nearly two-thirds of that, 530 GWh, was sold abroad."),
    ("The council spent €12m on roads. Half of it - €3m - went on potholes.", "Half",
     "The council spent €12m on roads. Half of it - €6m - went on potholes."),
    ("Grants totalled £2.4m; £0.6m of that, or a third, went to rural schools.", "a third",
     "Grants totalled £2.4m; £0.8m of that, or a third, went to rural schools."),
]


@pytest.mark.parametrize("text,target,twin", OF_THAT)
def test_share_of_that(text, target, twin):
    _check(text, "FC201", target, twin)


@pytest.mark.parametrize("text", [
    "The choir has 400 members. Half of it, 150, sing tenor.",
    "The fund holds £90m. A third of that is in bonds, with £20m in cash.",
])
def test_share_of_that_near_misses(text):
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]


# "PART of her BASE for|giving|with a RATE of SHARE" (a ratio noun: accuracy, success, occupancy ...; inferred)
RATE_OF = [
    ("The goal kicker was nearly perfect, landing 27 of his 29 attempts for an accuracy of 83 per cent.",
     "83 per cent",
     "The goal kicker was nearly perfect, landing 27 of his 29 attempts for an accuracy of 93 per cent."),
    ("The hotel let 120 of its 150 rooms over the weekend, giving occupancy of 60%.", "60%",
     "The hotel let 90 of its 150 rooms over the weekend, giving occupancy of 60%."),
    ("The striker scored nine of his 30 shots for a conversion rate of 50%.", "50%",
     "The striker scored nine of his 30 shots for a conversion rate of 30%."),
    ("The clinic treated 410 of the 500 patients referred, a completion rate of 72%.", "72%",
     "The clinic treated 410 of the 500 patients referred, a completion rate of 82%."),
]


@pytest.mark.parametrize("text,target,twin", RATE_OF)
def test_rate_of_part(text, target, twin):
    _check(text, "FC201", target, twin)


def test_rate_of_vote_share_stays_silent():
    assert problems("Labour won 30 of the 60 seats with a share of 40% of the vote.") == []
    assert problems("Labour won 30 of the 60 seats with a vote share of 40%.") == []


# "Of these" after a sentence with two counts: the one that can hold every part is the whole
OF_THESE_HOLDER = [
    ("The airline cancelled 1,150 flights across its 9 hubs on Friday. Of these, 700 were domestic and 520 were "
     "international.", "FC101", "1,150",
     "The airline cancelled 1,150 flights across its 9 hubs on Friday. Of these, 700 were domestic and 450 were "
     "international."),
    ("Police logged 2,300 calls from 40 towns over the weekend. Of those, 1,400 were about noise, 700 about "
     "parking and 450 about litter.", "FC102", "2,300",
     "Police logged 2,300 calls from 40 towns over the weekend. Of those, 1,400 were about noise, 700 about "
     "parking and 150 about litter."),
    ("A total of 640 pupils at the trust's 12 schools were excluded last year. Of them, 410 were boys and 260 "
     "were girls.", "FC101", "640",
     "A total of 640 pupils at the trust's 12 schools were excluded last year. Of them, 410 were boys and 230 "
     "were girls."),
    ("Inspectors checked 520 lorries at 14 sites last week. Of those, 310 passed and 260 failed.", "FC102", "520",
     "Inspectors checked 520 lorries at 14 sites last week. Of those, 310 passed and 200 failed."),
]


@pytest.mark.parametrize("text,rule,target,twin", OF_THESE_HOLDER)
def test_of_these_only_holder(text, rule, target, twin):
    _check(text, rule, target, twin)


def test_of_these_two_holders_stay_silent():
    text = ("There were 412 vacancies across the region's 500 care homes. Of these, 238 were for carers, 97 for "
            "nurses and 101 for cooks.")
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]


# weights, volumes, areas and energy add over places (depths of one fall do not)
MEASURES_OVER_PLACES = [
    ("Farmers harvested 12,600 hectares of barley: 7,100 hectares in Fife, 3,900 in Angus and 2,200 in "
     "Perthshire.", "12,600 hectares",
     "Farmers harvested 12,600 hectares of barley: 7,100 hectares in Fife, 3,900 in Angus and 1,600 in "
     "Perthshire."),
    ("Wind farms generated 640 GWh in March: 410 GWh at Hornsea and 260 GWh at Dogger Bank.", "640 GWh",
     "Wind farms generated 640 GWh in March: 410 GWh at Hornsea and 230 GWh at Dogger Bank."),
    ("Trawlers landed 5,250 tonnes of cod in May: 3,400 tonnes at Grimsby and 2,150 at Hull.", "5,250 tonnes",
     "Trawlers landed 5,250 tonnes of cod in May: 3,400 tonnes at Grimsby and 1,850 at Hull."),
]


@pytest.mark.parametrize("text,target,twin", MEASURES_OVER_PLACES)
def test_measures_over_places(text, target, twin):
    _check(text, "FC101", target, twin)


@pytest.mark.parametrize("text", [
    "Some 90mm of rain fell on Sunday: 60mm in Leeds and 50mm in York.",
    "Snow lay 40cm deep on Monday: 30cm in Buxton and 25cm in Leek.",
])
def test_depths_over_places_stay_silent(text):
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]


# a counted group's combined total, then one figure for each member in the next sentence, each with a verb
# of its own ("led with", "took", "trailed with"): complete, inferred
COMBINED_GROUP = [
    ("Its four depots handled a total of 9,800 parcels on Monday. Leeds took 3,100, York 2,600, Hull 2,200 and "
     "Derby 1,400.", "9,800",
     "Its four depots handled a total of 9,800 parcels on Monday. Leeds took 3,100, York 2,600, Hull 2,200 and "
     "Derby 1,900."),
    ("The three finalists raised a combined £86,000 for charity. The winner collected £41,000, the runner-up "
     "brought in £27,000 and the third-placed team added £12,000.", "£86,000",
     "The three finalists raised a combined £86,000 for charity. The winner collected £41,000, the runner-up "
     "brought in £27,000 and the third-placed team added £18,000."),
    ("Five candidates won a combined 1,240 votes. Ms Amos polled 610, Mr Bell 330, Ms Cole 190, Mr Dean 80 and "
     "Ms Eyre 60.", "1,240",
     "Five candidates won a combined 1,240 votes. Ms Amos polled 610, Mr Bell 330, Ms Cole 190, Mr Dean 80 and "
     "Ms Eyre 30."),
    ("The two new musicals together took $23.5 million at the box office. The first led the chart with $15.1 million "
     "and the second trailed with $6.9 million.", "$23.5 million",
     "The two new musicals together took $23.5 million at the box office. The first led the chart with $15.1 million "
     "and the second trailed with $8.4 million."),
]


@pytest.mark.parametrize("text,target,twin", COMBINED_GROUP)
def test_combined_group(text, target, twin):
    _check(text, "FC101", target, twin)


def test_combined_group_fewer_parts_stays_silent():
    text = "The three new releases grossed a combined $61m. The sequel took $38.4m and the thriller $14.2m."
    assert problems(text) == []


# a surplus or loss, and its income and outlay in the next sentence (or set by "offset by", "in costs")
BALANCE = [
    ("The trust reported a deficit of $2.1 million for the year. Revenue of $48.6 million fell short of "
     "$51.2 million in costs.", "$2.1 million",
     "The trust reported a deficit of $2.6 million for the year. Revenue of $48.6 million fell short of "
     "$51.2 million in costs."),
    ("The club posted a loss of €4.8m. Turnover was €61.2m, against costs of €64.1m.", "€4.8m",
     "The club posted a loss of €2.9m. Turnover was €61.2m, against costs of €64.1m."),
    ("The appeal ended with a surplus of £18,400. Donations brought in £96,300, offset by £71,900 in running "
     "costs.", "£18,400",
     "The appeal ended with a surplus of £24,400. Donations brought in £96,300, offset by £71,900 in running "
     "costs."),
    ("The charity ran a deficit of £0.6m, with income of £3.1m offset by £3.9m of spending.", "£0.6m",
     "The charity ran a deficit of £0.8m, with income of £3.1m offset by £3.9m of spending."),
]


@pytest.mark.parametrize("text,target,twin", BALANCE)
def test_balance_next_sentence(text, target, twin):
    _check(text, "FC103", target, twin)


@pytest.mark.parametrize("text", [
    "The firm made a profit of £5m. It had revenue of £40m, and spent £2m on advertising.",
    "The club posted a loss of €4.8m. Turnover was €61.2m, against costs of €64.1m last year.",
])
def test_balance_next_sentence_near_misses(text):
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]


# "NOUN made up|accounted for SHARE of the BASE, with PART VERBing": the count of the share's members
# (or some of them: only a part larger than the share contradicts it; inferred)
MAKE_UP_WITH = [
    ("Teenagers made up 30% of the 4,200 runners, with 1,900 taking part.", "30%",
     "Teenagers made up 30% of the 4,200 runners, with 1,100 taking part."),
    ("Girls accounted for a fifth of the 650 pupils enrolled, with 210 joining.", "a fifth",
     "Girls accounted for a fifth of the 650 pupils enrolled, with 120 joining."),
    ("Students represented a third of the 1,500 delegates, with 720 attending - a record.", "a third",
     "Students represented a third of the 1,500 delegates, with 420 attending - a record."),
]


@pytest.mark.parametrize("text,target,twin", MAKE_UP_WITH)
def test_make_up_with_members(text, target, twin):
    _check(text, "FC201", target, twin)


@pytest.mark.parametrize("text", [
    "Women made up a quarter of this year's 2,480 entrants, with 920 from overseas.",
    "Over-60s accounted for a quarter of the 3,200 people vaccinated, with 1,100 receiving a booster.",
    "Students represented a third of the 1,500 delegates, with 720 attending for the first time.",
])
def test_make_up_with_other_things_stays_silent(text):
    assert problems(text) == []


# "checked BASE NOUN and found X in PART of them. That meant SHARE ...": "them" is the count earlier in the
# clause (the share may be of the part or of the rest: either reading; inferred)
OF_THEM_THEN_MEANS = [
    ("Auditors sampled 400 invoices last month and spotted errors in 140 of them. That means about one in ten "
     "was wrong.", "about one in ten",
     "Auditors sampled 400 invoices last month and spotted errors in 40 of them. That means about one in ten "
     "was wrong."),
    ("The vet examined 80 dogs at the shelter and treated 60 of them, meaning half needed no care.", "half",
     "The vet examined 80 dogs at the shelter and treated 60 of them, meaning a quarter needed no care."),
    ("Inspectors opened 360 lockers at the depot and found contraband in 120 of them. That meant one in five "
     "lockers was misused.", "one in five",
     "Inspectors opened 360 lockers at the depot and found contraband in 72 of them. That meant one in five "
     "lockers was misused."),
]


@pytest.mark.parametrize("text,target,twin", OF_THEM_THEN_MEANS)
def test_of_them_then_means(text, target, twin):
    _check(text, "FC201", target, twin)


# "went before juries", "appeared before magistrates": a place in the base's clause, no comparison
BEFORE_A_BODY = [
    ("Of the 64 people who appeared before magistrates in Leeds last week, 40 were fined and 29 were given "
     "community orders.", "FC102", "64",
     "Of the 64 people who appeared before magistrates in Leeds last week, 40 were fined and 19 were given "
     "community orders."),
    ("Of the 112 planning applications that came before the committee this year, 70 were approved and 48 "
     "refused.", "FC102", "112",
     "Of the 112 planning applications that came before the committee this year, 70 were approved and 38 "
     "refused."),
]


@pytest.mark.parametrize("text,rule,target,twin", BEFORE_A_BODY)
def test_before_a_body(text, rule, target, twin):
    _check(text, rule, target, twin)


# a figure written as a modifier far below every part ("four-way contest") is no other reading of the total
MODIFIER_BESIDE_TOTAL = [
    ("In the three-way race, 24,310 votes were cast. The mayor polled 12,040, her Labour rival 8,115 and the "
     "Green 3,905; a further 150 papers were spoiled.", "24,310",
     "In the three-way race, 24,310 votes were cast. The mayor polled 12,040, her Labour rival 8,115 and the "
     "Green 4,005; a further 150 papers were spoiled."),
    ("In the four-way contest, 18,775 ballots were cast. The Liberal Democrat polled 8,410, Labour 6,020, the "
     "Conservative 3,105 and Reform 1,290; a further 150 papers were rejected.", "18,775",
     "In the four-way contest, 18,975 ballots were cast. The Liberal Democrat polled 8,410, Labour 6,020, the "
     "Conservative 3,105 and Reform 1,290; a further 150 papers were rejected."),
]


@pytest.mark.parametrize("text,target,twin", MODIFIER_BESIDE_TOTAL)
def test_modifier_beside_total(text, target, twin):
    _check(text, "FC101", target, twin)


# over counted places, the first part may name its own noun ("the 3,600 cuts ... will lose 2,100 roles")
PLACES_OWN_NOUN = [
    ("The 1,250 redundancies will fall on three plants. Derby will lose 600 posts, Crewe 450 and Leeds 300.",
     "1,250",
     "The 1,250 redundancies will fall on three plants. Derby will lose 600 posts, Crewe 450 and Leeds 200."),
    ("The 900 new homes will go to two towns. Ely gets 520 flats and Wisbech 460.", "900",
     "The 900 new homes will go to two towns. Ely gets 520 flats and Wisbech 380."),
]


@pytest.mark.parametrize("text,target,twin", PLACES_OWN_NOUN)
def test_places_first_part_own_noun(text, target, twin):
    _check(text, "FC101", target, twin)


# the part set apart in commas after its subject, then the verb stating its share
APART_PART = [
    ("Its debt, some £40m, accounts for a third of the £160m budget.", "a third",
     "Its debt, some £40m, accounts for a quarter of the £160m budget."),
    ("Exports, at 1.2 million tonnes, made up 40% of the 2 million tonnes produced.", "40%",
     "Exports, at 1.2 million tonnes, made up 60% of the 2 million tonnes produced."),
    ("Staff costs, at $88m, were equal to 55 per cent of the charity's income of $131m.", "55 per cent",
     "Staff costs, at $88m, were equal to 67 per cent of the charity's income of $131m."),
]


@pytest.mark.parametrize("text,target,twin", APART_PART)
def test_part_apart_states_share(text, target, twin):
    _check(text, "FC201", target, twin)


# "PART ... from|out of [a] NOUN of BASE, equivalent to|meaning SHARE" (inferred, either reading)
FROM_WHOLE = [
    ("The lottery handed out £3.3bn in prizes from ticket sales of £6.6bn, equivalent to 60 per cent.",
     "60 per cent",
     "The lottery handed out £3.3bn in prizes from ticket sales of £6.6bn, equivalent to 50 per cent."),
    ("The charity spent £2.1m on fundraising out of an income of £8.4m, equivalent to a third.", "a third",
     "The charity spent £2.1m on fundraising out of an income of £8.4m, equivalent to a quarter."),
    ("The scheme paid out 1,300 grants from a pool of 5,200 applications, meaning a third were funded.",
     "a third",
     "The scheme paid out 1,300 grants from a pool of 5,200 applications, meaning a quarter were funded."),
]


@pytest.mark.parametrize("text,target,twin", FROM_WHOLE)
def test_part_from_named_whole(text, target, twin):
    _check(text, "FC201", target, twin)


def test_from_after_a_move_stays_silent():
    assert problems("Profits rose to £2.1m from revenue of £8.4m, equivalent to a third.") == []


# "PART [set apart] made up|accounted for SHARE of the total", the whole the one count of the sentence before
OF_THE_TOTAL_BEFORE = [
    ("The fund received 1,600 bids this year. Bids from schools, at 400, accounted for 40% of the total.", "40%",
     "The fund received 1,600 bids this year. Bids from schools, at 400, accounted for 25% of the total."),
    ("The port handled 9,000 ships. Some 3,000 tankers made up half of the total.", "half",
     "The port handled 9,000 ships. Some 3,000 tankers made up a third of the total."),
]


@pytest.mark.parametrize("text,target,twin", OF_THE_TOTAL_BEFORE)
def test_of_the_total_before(text, target, twin):
    _check(text, "FC201", target, twin)


# "N of the owner's own NOUN plus|and M ...": an "of" phrase with no figure, then a list word: no base
OF_PHRASE_PART = [
    ("The launch put 24 satellites into orbit – 15 of the firm's own craft plus 11 built for customers.", "24",
     "The launch put 24 satellites into orbit – 15 of the firm's own craft plus 9 built for customers."),
    ("Police arrested 30 people: 12 of the club's own supporters and 15 visiting fans.", "30",
     "Police arrested 30 people: 12 of the club's own supporters and 18 visiting fans."),
]


@pytest.mark.parametrize("text,target,twin", OF_PHRASE_PART)
def test_of_phrase_part(text, target, twin):
    _check(text, "FC101", target, twin)


# "BASE ...; SHARE, PART, VERB ...": the share opening the clause after a semicolon (inferred)
SEMICOLON_SHARE = [
    ("The hospital treated 860 patients last week; about a third, 420, were children.", "about a third",
     "The hospital treated 860 patients last week; about a third, 290, were children."),
    ("Officers stopped 2,400 drivers during the campaign; nearly half - 600 - were over the limit.",
     "nearly half",
     "Officers stopped 2,400 drivers during the campaign; nearly half - 1,150 - were over the limit."),
]


@pytest.mark.parametrize("text,target,twin", SEMICOLON_SHARE)
def test_share_opens_clause(text, target, twin):
    _check(text, "FC201", target, twin)


# "..., A ..., B ... and the other was ...": the singular "the other" closing a list of counts is one more part
THE_OTHER = [
    ("Of the nine passengers, four were treated at the scene, three were taken to hospital and the other was "
     "unhurt.", "nine",
     "Of the eight passengers, four were treated at the scene, three were taken to hospital and the other was "
     "unhurt."),
    ("Of the seven people killed, three were struck by falling trees, two drowned and the other was electrocuted "
     "by a fallen cable.", "seven",
     "Of the six people killed, three were struck by falling trees, two drowned and the other was "
     "electrocuted by a fallen cable."),
]


@pytest.mark.parametrize("text,target,twin", THE_OTHER)
def test_the_other_is_one_part(text, target, twin):
    _check(text, "FC101", target, twin)


def test_the_other_after_one_count_adds_nothing():
    assert problems("Police said 12 were arrested, while the other suspect fled.") == []


# "SHARE ..., with PART VERBed out of [a] BASE": the part's participle before "out of" its whole
WITH_PARTICIPLE_OUT_OF = [
    ("Turnout reached 60%, with 3.1 million counted out of an electorate of 4.2 million.", "60%",
     "Turnout reached 74%, with 3.1 million counted out of an electorate of 4.2 million."),
    ("Hybrids took a quarter of new sales in May, with 41,000 sold out of a total market of 120,000.",
     "a quarter",
     "Hybrids took a third of new sales in May, with 41,000 sold out of a total market of 120,000."),
]


@pytest.mark.parametrize("text,target,twin", WITH_PARTICIPLE_OUT_OF)
def test_with_participle_out_of(text, target, twin):
    _check(text, "FC201", target, twin)


# a whole written as a modifier in the singular ("3,500-tonne catch") and a part in the plural share one unit
SINGULAR_UNIT = [
    ("Bycatch made up 10% of the boat's 2,000-tonne haul, or about 350 tonnes.", "10%",
     "Bycatch made up 10% of the boat's 2,000-tonne haul, or about 200 tonnes."),
    ("Leaks accounted for a fifth of the plant's 900-megalitre output, some 300 megalitres.", "a fifth",
     "Leaks accounted for a fifth of the plant's 900-megalitre output, some 180 megalitres."),
]


@pytest.mark.parametrize("text,target,twin", SINGULAR_UNIT)
def test_singular_unit_whole(text, target, twin):
    _check(text, "FC201", target, twin)


# answers to one question, the verb left out after the first, one answer the middle ("evenly between the two")
GAPPED_ANSWERS = [
    ("Asked about commuting, 45% said they drive to work, 40% mainly by train and 25% said they split the week "
     "equally between the two.", "25%",
     "Asked about commuting, 45% said they drive to work, 40% mainly by train and 15% said they split the week "
     "equally between the two."),
    ("Of the parents polled, 52 per cent said their children walk to school, 36 per cent mainly by car and 19 per "
     "cent said they split the week evenly between the two.", "19 per",
     "Of the parents polled, 52 per cent said their children walk to school, 36 per cent mainly by car and 12 per "
     "cent said they split the week evenly between the two."),
]


@pytest.mark.parametrize("text,target,twin", GAPPED_ANSWERS)
def test_gapped_answers_with_middle(text, target, twin):
    found = [f for f in problems(text) if f.rule == "FC202"]
    assert found, [(f.rule, f.message) for f in check_text(text)]
    assert problems(twin) == [], [(f.rule, f.message) for f in problems(twin)]


def test_answers_without_middle_stay_silent():
    text = "Asked about commuting, 45% said they drive to work, 40% mainly by train and 25% by bus."
    assert problems(text) == []


# a share alone in its sentence, then "Of the BASE ..., PART said they did so" (inferred)
SHARE_THEN_WHOLE = [
    ("Nearly half of drivers in the city now use a dashcam. A survey of 1,600 motorists found 420 said they did "
     "so.", "Nearly half",
     "Nearly half of drivers in the city now use a dashcam. A survey of 1,600 motorists found 760 said they did "
     "so."),
    ("About a third of tenants say their homes are damp. Of the 900 tenants questioned, 150 reported damp in "
     "their homes.", "About a third",
     "About a third of tenants say their homes are damp. Of the 900 tenants questioned, 310 reported damp in "
     "their homes."),
]


@pytest.mark.parametrize("text,target,twin", SHARE_THEN_WHOLE)
def test_share_then_whole(text, target, twin):
    _check(text, "FC201", target, twin)


def test_share_then_whole_other_claim_stays_silent():
    text = "About a third of tenants say their homes are damp. Of the 900 tenants questioned, 150 wanted to move."
    assert problems(text) == []
    assert problems("Nearly a third of homes in the town flooded. Of the 2,000 homes, 400 were flooded in 2007.") == []


def test_share_then_whole_part_or_rest():
    text = ("Nearly two-thirds of the library's stock is kept in storage. Of its 9,000 books, 4,500 are in the "
            "stores and the rest are on the shelves.")
    twin = ("Nearly two-thirds of the library's stock is kept in storage. Of its 9,000 books, 5,700 are in the "
            "stores and the rest are on the shelves.")
    _check(text, "FC201", "Nearly two-thirds", twin)


# "SHARE full, holding PART against a capacity of BASE" (inferred)
CAPACITY = [
    ("The hospital was 95% full last night, with 610 beds occupied out of a total capacity of 820.", "95%",
     "The hospital was 74% full last night, with 610 beds occupied out of a total capacity of 820."),
    ("The dam was two-thirds full on Friday, holding 41,000 megalitres against a capacity of 90,000.",
     "two-thirds",
     "The dam was two-thirds full on Friday, holding 60,000 megalitres against a capacity of 90,000."),
]


@pytest.mark.parametrize("text,target,twin", CAPACITY)
def test_capacity(text, target, twin):
    _check(text, "FC201", target, twin)


# a total over "the past N years", then N parts in brackets, each in a year of its own
YEARS_SPANNED = [
    ("The charity has raised £9.6m over the last two years (£4.1m in 2023 and £4.9m in 2024).", "£9.6m",
     "The charity has raised £9.0m over the last two years (£4.1m in 2023 and £4.9m in 2024)."),
    ("The club has signed 31 players in the past three years (12 in 2022, 10 in 2023 and 11 in 2024).", "31",
     "The club has signed 33 players in the past three years (12 in 2022, 10 in 2023 and 11 in 2024)."),
]


@pytest.mark.parametrize("text,target,twin", YEARS_SPANNED)
def test_years_spanned(text, target, twin):
    _check(text, "FC101", target, twin)


def test_years_not_spanned_stay_silent():
    assert problems("The city has laid 38km of track since 2020 (14km in 2022, 11km in 2023 and 7km in 2024).") == []


# a verb read as a part's noun ("12 fell", "34 went to post") is no noun of its own
VERB_AS_NOUN = [
    ("A field of 40 went to post. Twenty-two completed the course, 12 fell and eight were pulled up.", "40",
     "A field of 42 went to post. Twenty-two completed the course, 12 fell and eight were pulled up."),
    ("A total of 120 runners set off. Ninety finished, 21 dropped out and 15 fell.", "120",
     "A total of 120 runners set off. Ninety finished, 21 dropped out and 5 fell."),
]


@pytest.mark.parametrize("text,target,twin", VERB_AS_NOUN)
def test_verb_read_as_noun(text, target, twin):
    _check(text, "FC102", target, twin)


# a headline total over two body parts labelled by the halves of a pair (domestic and international)
HEADLINE_PAIR = [
    ("RAIL OPERATOR CARRIES 52 MILLION\nThe operator carried 38 million passengers on domestic services last "
     "year and another 11 million on international trains.", "52 MILLION",
     "RAIL OPERATOR CARRIES 49 MILLION\nThe operator carried 38 million passengers on domestic services last "
     "year and another 11 million on international trains."),
]


@pytest.mark.parametrize("text,target,twin", HEADLINE_PAIR)
def test_headline_over_pair(text, target, twin):
    _check(text, "FC101", target, twin)


# "PART ... from [a] NOUN of BASE - SHARE" / ", or SHARE": the share set apart after the whole named by its noun
FROM_WHOLE_APART = [
    ("The charity spent £2.1m on fundraising from an income of £8.4m - one in every three pounds it received.",
     "one in every three",
     "The charity spent £2.1m on fundraising from an income of £8.4m - one in every four pounds it received."),
    ("The lottery paid out £4.7bn in prizes from ticket sales of £8.1bn, or 68 per cent.", "68 per cent",
     "The lottery paid out £4.7bn in prizes from ticket sales of £8.1bn, or 58 per cent."),
]


@pytest.mark.parametrize("text,target,twin", FROM_WHOLE_APART)
def test_from_whole_apart(text, target, twin):
    _check(text, "FC201", target, twin)


def test_from_whole_after_a_move_stays_silent():
    assert problems("Profits rose to £2.1m from revenue of £8.4m - a quarter.") == []


def test_partial_parts_at_rounding_edge():
    text = ("Hospitals reported 530 vacancies across 18 wards last month. Among these, 290 were nursing posts, "
            "140 were for doctors and 120 for porters.")
    twin = ("Hospitals reported 530 vacancies across 18 wards last month. Among these, 290 were nursing posts, "
            "140 were for doctors and 100 for porters.")
    _check(text, "FC102", "530", twin)


# "Among them were A ... and B ...": the inverted copula after "among them" refers back like "Of those"
def test_among_them_were():
    text = "Officers seized 85 weapons in the raids. Among them were 40 knives and 50 replica guns."
    twin = "Officers seized 85 weapons in the raids. Among them were 30 knives and 50 replica guns."
    _check(text, "FC102", "85", twin)


# a bare figure owned by a person is a score, not a count of the things its parts name
def test_owned_score_is_no_total():
    assert problems("Her round ended on the 18th, but Moreno's 68 was made up of six birdies, two bogeys and "
                    "10 pars.") == []
    text = "Kenya's 11 medals were made up of five gold, four silver and four bronze."
    assert [f.rule for f in problems(text)] == ["FC101"]


# "A and B together make up SHARE of the BASE": the part is their sum
TOGETHER = [
    ("Rent of £900 and bills of £300 together account for half of her £2,000 monthly pay.", "half",
     "Rent of £900 and bills of £300 together account for 60% of her £2,000 monthly pay."),
    ("Duty of 52.95p and VAT of 22.8p together make up 64 per cent of the 136.9p price of a litre.", "64 per cent",
     "Duty of 52.95p and VAT of 22.8p together make up 55 per cent of the 136.9p price of a litre."),
]


@pytest.mark.parametrize("text,target,twin", TOGETHER)
def test_together_part(text, target, twin):
    _check(text, "FC201", target, twin)

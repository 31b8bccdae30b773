"""Parts and totals (FC101, FC102): the breakdown shapes news uses, each with
a flagged sentence and a clean near miss."""
from __future__ import annotations

import pytest

from checker import check_text
from checker.api import analyse
from checker.model import Kind


def _problems(text, code=None):
    return [f for f in check_text(text) if f.is_problem and (code is None or f.rule == code)]


FLAGGED = [
    # "of whom" attaches to the head count, not to a name with a number
    ("All 96 members of Ward 4 voted, of whom 51 backed the plan and 49 opposed it.", "FC102", "96", "error"),
    ("Some 240 pupils in Class 3 and the sixth form took part, of whom 161 finished and 97 did not.",
     "FC102", "Some 240", "error"),
    # a colon list whose parts carry a prepositional phrase, the total a time phrase
    ("The line carried 6.2 million passengers this year: 3.4 million on weekdays, 1.9 million on "
     "Saturdays and 1.5 million on Sundays.", "FC101", "6.2 million", "error"),
    # "X of the Y ... the remaining Z"
    ("The panel upheld 11 of the 18 complaints and rejected the remaining nine.", "FC101", "18", "error"),
    ("She was cleared on two of the nine charges, convicted on four and the remaining two were dropped.",
     "FC101", "nine", "error"),
    ("Six of the 15 wards reported delays. The remaining 11 counted on time.", "FC101", "15", "warning"),
    # "with A among X and B among Y": the part nouns cover the whole
    ("Doctors treated 4,310 patients over the weekend, with 2,950 among men and 1,160 among women.",
     "FC101", "4,310", "error"),
    ("The flood reached 530 homes, with 310 in the old town and 260 in the new estate.", "FC102", "530", "error"),
    # leading "Of the N, ..."
    ("Of the 75 firms surveyed, 41 expected growth and 38 expected a fall.", "FC102", "75", "error"),
    ("Of the 64 delegates, 30 voted for, 21 against and the rest, 15, abstained.", "FC101", "64", "error"),
    # parts in brackets after their labels
    ("The 730 new posts are split between Cardiff (410), Newport (215) and Swansea (125).", "FC101", "730",
     "error"),
    # "breaks down as", "comprising" after a comma
    ("The £64.2m bill breaks down as £40.5m for wages and £21.2m for energy.", "FC101", "£64.2m", "error"),
    ("The trust spent £91.4m, comprising £60.2m on staff and £33.9m on buildings.", "FC101", "£91.4m", "error"),
    # "include", "N of them", "Out of N", a copula with parts that cover the whole
    ("The 130 staff include 70 nurses, 30 doctors and 37 porters.", "FC102", "130", "error"),
    ("Officers detained 33 fans, 21 of them men and 9 women.", "FC101", "33", "error"),
    ("Out of 84 entries, 51 were accepted and 36 were refused.", "FC102", "84", "error"),
    ("The 33 fans detained were 21 men and 14 women.", "FC101", "33", "error"),
    # the next sentence's parts count the same things (or their synonym) and exceed the figure
    ("Members returned 6,120 ballots. The motion won 3,870 votes and the amendment 2,640.", "FC102", "6,120",
     "warning"),
    # a headline over a list that names every item
    ("Minister backs 2,400 new school places\nThe minister approved three schemes: 940 places in Hull, "
     "820 in Goole and 510 in Selby.", "FC101", "2,400", "warning"),
    # a totaliser makes its figure the total, not a count of other things beside it
    ("A total of 58 runners chased the 12 trophies - 20 juniors, 21 seniors and 19 veterans.", "FC101", "58",
     "error"),
    ("Altogether 41 bids were lodged for the nine contracts - 15 from local firms, 14 from national groups "
     "and 10 from abroad.", "FC101", "41", "error"),
    ("There are 12 trophies for 58 runners in all: 20 juniors, 21 seniors and 19 veterans.", "FC101", "58",
     "error"),
    # comma apposition, parts placed by a preposition, hedges on every figure
    ("About 1,200 delegates attended the three venues, some 500 in the main hall, roughly 420 at the annex "
     "and about 510 on the lawn.", "FC101", "About 1,200", "error"),
    ("The charity fed 3,400 families over the winter, 2,100 in Leeds and 1,900 in Bradford.", "FC102", "3,400",
     "error"),
    # a count of the places or groups (= the number of parts) is never the total
    ("The company employs nearly 900 people at two sites: about 640 at Derby and roughly 530 at Crewe.",
     "FC101", "nearly 900", "error"),
    ("The firm's nearly 900 staff are split between two sites, about 640 at Derby and roughly 530 at Crewe.",
     "FC101", "nearly 900", "error"),
    ("73 candidates in all are standing for the 25 seats - 24 Labour, 25 Green and 28 independents.",
     "FC101", "73", "error"),
    ("73 candidates are standing for the 25 seats - 24 Labour candidates, 25 Green candidates and "
     "28 independents.", "FC101", "73", "error"),
    # a list of kinds of what the sentence before counts
    ("Some 40 flights were cancelled at the airport. The cancellations hit 22 domestic flights, nine "
     "long-haul services and 12 regional flights.", "FC102", "Some 40", "warning"),
    ("A total of 52 buses were withdrawn. The fleet lost 30 single-deck buses, 14 double-deckers and "
     "11 coaches.", "FC102", "52", "warning"),
    # parts that are kinds of the whole the category data does not list
    ("The hospital will recruit 126 extra staff next winter - 60 nurses, 35 porters and 30 cleaners.",
     "FC101", "126", "error"),
    ("The ward admitted 90 children last month - 50 babies, 30 toddlers and 14 teenagers.", "FC101", "90", "error"),
    # "from" of a place, not of a change; a long clause before the dash
    ("Wildfires have driven 3,200 people from their farms in two valleys, officials said — about 2,100 in "
     "the north and roughly 1,500 in the south.", "FC101", "3,200", "error"),
    ("The £4.6m the charity raised came from two appeals, its trustees said: £3.1m from the spring "
     "campaign and £1.9m from a gala.", "FC101", "£4.6m", "error"),
    ("Nearly 1,900 pupils from the three schools on the estate sat their exams in temporary classrooms "
     "this summer after the fire — 820 at the leisure centre, 740 at the church hall and 450 at the library.",
     "FC101", "Nearly 1,900", "error"),
    # "with", "or" and "a year" inside a part's own words do not end the list
    ("Of the 150 claims, 90 were settled with a payment, 45 were rejected outright and 25 are pending.",
     "FC102", "150", "error"),
    ("Of the 80 applicants, 35 were aged 18 or 19, 30 were in their twenties and 20 were older.",
     "FC102", "80", "error"),
    ("Of the 427 calves born, 263 were under a month old, 121 were older and the remaining 33 were "
     "stillborn.", "FC101", "427", "error"),
    # "Of those, ...", "Among them", "N of them": the one count of the sentence before
    ("The ambulance service answered 640 calls on New Year's Eve. Of those, 410 were classed as urgent "
     "and 260 as routine.", "FC102", "640", "warning"),
    ("Inspectors visited 212 farms. Of those inspected, 148 passed and 71 failed.", "FC102", "212", "warning"),
    ("Police stopped 212 drivers at the checkpoint. Among them, 140 were breathalysed and 90 were searched.",
     "FC102", "212", "warning"),
    ("Some 75 people were hurt when the bridge collapsed. Crews took 25 of them to hospital and treated "
     "another 61 at the scene.", "FC102", "Some 75", "warning"),
    ("The clinic saw 1,234 patients in March. Of these, 703 were women, 412 were men and the other 151 "
     "were children.", "FC101", "1,234", "warning"),
    # parts placed in the periods the total spans
    ("Lifeguards made 57 rescues over the two days of the holiday, 31 on Sunday and 23 on Monday.",
     "FC101", "57", "error"),
    ("Lifeguards made 57 rescues over the bank holiday weekend, 31 on Sunday and 29 on Monday.",
     "FC102", "57", "error"),
    # sums of money placed inside the total: "Of the £48m, ... came from", "X contributed"
    ("Of the £48m raised, £31m came from individual donors and £21m from companies.", "FC102", "£48m", "error"),
    # three gapped contributions are all of it: complete since round 10
    ("Ticket sales reached £6.4m last season. Season tickets contributed £4.1m, matchday sales £1.9m and "
     "hospitality £0.8m.", "FC101", "£6.4m", "warning"),
    ("Ticket sales reached £6.4m last season. Some £4.1m came from season tickets, £1.9m from matchday "
     "sales and £0.8m from hospitality.", "FC102", "£6.4m", "warning"),
    ("The appeal drew 860 entries. Schools accounted for 510 and youth clubs 390.", "FC102", "860", "warning"),
]

CLEAN = [
    "All 96 members of Ward 4 voted, of whom 51 backed the plan and 45 opposed it.",
    "The line carried 6.2 million passengers this year: 3.4 million on weekdays, 1.3 million on "
    "Saturdays and 1.5 million on Sundays.",
    "The line carried 6.2 million passengers, up from 5.8 million last year: 3.4 million on weekdays and "
    "2.1 million at weekends.",
    "The panel upheld 11 of the 18 complaints and rejected the remaining seven.",
    "The panel upheld 11 of the 18 complaints and rejected the other nine appeals.",
    "Three of the 10 mines have shut, and 2,000 of the remaining 6,500 miners face redundancy.",
    "Doctors treated 4,310 patients over the weekend, with 2,950 among men and 1,360 among women.",
    "The crash killed 14 people, with 35 injured and four missing.",
    "Airlines cancelled 120 flights, with 80 delayed and 60 diverted.",
    "The striker has 30 caps, with 12 goals and 21 assists.",
    "Of the 75 firms surveyed, 41 expected growth and 30 expected a fall.",
    "Of the 64 delegates, 30 voted for, 21 against and the rest, 13, abstained.",
    "The 730 new posts are split between Cardiff (410), Newport (195) and Swansea (125).",
    "The £64.2m bill breaks down as £40.5m for wages and £23.7m for energy.",
    "The trust spent £91.4m, comprising £60.2m on staff and £31.2m on buildings.",
    "The council approved four developments: 640 homes at Ashby Farm and 390 at Mill Lane.",
    "Minister backs 2,270 new school places\nThe minister approved three schemes: 940 places in Hull, "
    "820 in Goole and 510 in Selby.",
    "Minister backs 2,400 new school places\nThe minister said 940 places in Hull, 820 in Goole and 510 in "
    "Selby were ready.",
    "The 130 staff include 70 nurses, 30 doctors and 27 porters.",
    "Officers detained 33 fans, 21 of them men and 12 women.",
    "Officers detained 33 fans, 21 of them men and 6 of them juveniles.",
    "Out of 84 entries, 51 were accepted and 26 were refused.",
    "The 33 fans detained were 21 men and 12 women.",
    "Members returned 6,120 ballots. The motion won 3,870 votes and the amendment 2,140.",
    "Members returned 6,120 ballots. Last year the motion won 3,870 votes and the amendment 2,640.",
    "The mill sold 6,100 tonnes of flour. In addition, it sold 3,900 tonnes of bran and 2,600 tonnes of oats.",
    "The club's 86 points came from 26 wins and eight draws over 38 games.",
    "A total of 58 runners chased the 12 trophies - 20 juniors, 21 seniors and 17 veterans.",
    "The 12 trophies went to 60 runners - 20 juniors, 21 seniors and 19 veterans.",
    "About 1,200 delegates attended the three venues, some 500 in the main hall, roughly 320 at the annex "
    "and about 410 on the lawn.",
    "The charity fed 3,400 families over the winter, 2,100 in Leeds and 1,200 in Bradford.",
    "Sales reached 900 units, 640 in 2019 and 530 in 2020.",
    "The firm employs 900 people, 640 engineers in Derby and 530 contractors in Leeds.",
    "Some 40 flights were cancelled at the airport. The cancellations hit 22 domestic flights, nine "
    "long-haul services and 8 regional flights.",
    "Nineteen schools will close. The closures affect 11 schools, six nurseries and four colleges.",
    "The company employs nearly 900 people at two sites: about 420 at Derby and roughly 460 at Crewe.",
    "73 candidates in all are standing for the 25 seats - 24 Labour, 21 Green and 28 independents.",
    "Some 2,300 fans travelled to the final, around 1,500 by coach and about 800 by train.",
    "Nineteen schools will close. Last year storms closed 11 primary schools, six secondaries and four "
    "special schools.",
    "The hospital will recruit 125 extra staff next winter - 60 nurses, 35 porters and 30 cleaners.",
    "About 40 civilians died in the raid - 30 rebels and 25 soldiers.",
    "Wildfires have driven 3,200 people from their farms in two valleys, officials said — about 2,100 in "
    "the north and roughly 1,100 in the south.",
    # the figure compared with is no total
    "Membership rose to 940 from 870: 610 adults and 330 juniors.",
    "The council approved 40 homes on the old dairy site after a long row over access to the lane — 300 "
    "letters from residents and 12 from businesses.",
    "Of the 150 claims, 90 were settled with a payment, 45 were rejected outright and 15 are pending.",
    "The team scored 20 goals, with 15 assists, and 12 clean sheets.",
    "The ambulance service answered 640 calls on New Year's Eve. Of those, 410 were classed as urgent "
    "and 230 as routine.",
    # "them" is a figure of its own sentence; "those families" are not the homes
    "The fire destroyed 12 homes. Firefighters rescued 30 residents, 20 of them children, and 15 pets.",
    "The storm damaged 600 homes. Of those families affected, 300 were sent to hotels and 400 to friends.",
    # two counts before "those": no single reading
    "The service answered 640 calls and sent out 300 crews. Of those, 410 were urgent and 260 routine.",
    "Some 75 people were hurt when the bridge collapsed. Crews took 25 of them to hospital and treated "
    "another 41 at the scene.",
    # periods with no total spanning them
    "The shop sold 57 bikes, 30 in 2022 and 31 in 2023.",
    "Of the £48m raised, £31m came from individual donors and £17m from companies.",
    # a profit may hold losses among its parts
    "Of the £48m operating profit, £31m came from retail and £21m from wholesale.",
    "Group profit was £6.4m. Retail contributed £4.1m, property £1.9m and hospitality £0.8m.",
    # more things, not pieces of the figure before
    "The mill sold 6,100 tonnes of flour. In addition, bran accounted for 3,900 tonnes and oats 2,600.",
    "Ticket sales reached £6.4m last season. Season tickets contributed £4.1m, matchday sales £1.5m and "
    "hospitality £0.8m.",
]


@pytest.mark.parametrize("text,code,target,severity", FLAGGED)
def test_flagged(text, code, target, severity):
    found = _problems(text)
    assert [(f.rule, text[f.start:f.end], str(f.severity)) for f in found] == [(code, target, severity)], [
        f.message for f in found]
    assert " = " in found[0].arithmetic


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


@pytest.mark.parametrize("text,name", [
    ("Pupils in Year 6 sat the test.", "6"),
    ("The count was held at the Ward 12 office.", "12"),
])
def test_titled_names_are_codes(text, name):
    m = [m for m in analyse(text).mentions if m.text == name]
    assert m and m[0].kind == Kind.CODE


@pytest.mark.parametrize("text", [
    "He was born in May 1980 and moved on Monday 5 March.",
    "Fire crews from 12 stations attended.",
])
def test_dates_and_counts_are_not_titled_names(text):
    assert all(m.kind != Kind.CODE for m in analyse(text).mentions)


def test_total_and_with_parts_as_siblings_of_an_earlier_whole_stay_silent():
    # the "with" parts and the figure before them are three segments of the
    # revenue stated first: that reading agrees, so nothing is reported
    text = ("Group revenue rose to £5.0 billion. The tools division contributed £3.4 billion, "
            "with saws bringing in £1.1 billion and the small lighting arm the remaining £0.5 billion.")
    assert [f for f in check_text(text) if f.is_problem] == []


def test_with_parts_and_no_whole_that_fits_are_still_checked():
    text = ("Group revenue rose to £7.0 billion. The tools division contributed £3.4 billion, "
            "with saws bringing in £1.1 billion and the small lighting arm the remaining £0.5 billion.")
    assert [(f.rule, text[f.start:f.end]) for f in check_text(text) if f.is_problem] == [("FC101", "£3.4 billion")]


@pytest.mark.parametrize("text,target", [
    ("The club made a loss of £1.2m, taking in £8.4m and spending £9.9m.", "£1.2m"),
    ("The trust ran a deficit of £2.4m, with income of £61.3m and costs of £63.5m.", "£2.4m"),
    ("The appeal raised $96,500 and spent $71,200, leaving a surplus of $35,300.", "$35,300"),
    ("The fair earned €1.9 million and spent €1.6 million, a €0.1 million profit.", "€0.1 million"),
])
def test_balance_flagged(text, target):
    found = _problems(text)
    assert [(f.rule, text[f.start:f.end], str(f.severity)) for f in found] == [("FC103", target, "error")], [
        f.message for f in found]
    assert " - " in found[0].arithmetic


@pytest.mark.parametrize("text", [
    "The club made a loss of £1.5m, taking in £8.4m and spending £9.9m.",
    "The appeal raised $96,500 and spent $71,200, leaving a surplus of $25,300.",
    # one item of spending, not the whole outlay
    "The firm made a profit of £5m on revenue of £40m, after spending £2m on advertising.",
    # a fourth sum in the sentence: no single reading
    "The club made a loss of £1.2m, taking in £8.4m and spending £9.9m, including £3m in wages.",
])
def test_balance_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# round 4: general breakdown shapes (own wording)
R4_FLAGGED = [
    # a figure summed "in all" after its parts is the total, not a part
    ("The ferry carried 1,460 cars on Friday and 1,210 on Saturday, some 3,100 vehicles in all.", "FC101",
     "some 3,100"),
    ("Walkers raised £2,400 in May and £1,900 in June, a total of £5,100 over the two months.", "FC101",
     "£5,100"),
    # ", with" after the total, each part labelled before its figure, the last "the remaining"
    ("Imports reached 9.4 bln dlrs in April, with goods from Japan at 4.1 bln dlrs, from Korea at 2.2 bln "
     "and from Taiwan at 1.5 bln, while other suppliers sent the remaining 2.6 bln.", "FC101", "9.4 bln dlrs"),
    # a hedge on a figure of another kind inside the total's clause
    ("A total of 2,310 callers waited more than 30 minutes to reach the helpline in March, 1,420 on weekdays "
     "and 1,050 at weekends.", "FC101", "2,310"),
    # a list of clauses, each figure the subject of its own verb
    ("Some 410 nurses applied for the scheme. Of those, 170 were given a post, 95 were sent to a reserve list "
     "and 180 were turned away.", "FC102", "Some 410"),
    ("Of the 860 shops inspected, 420 passed without comment, 275 received a written warning about hygiene "
     "standards and 230 were told to close.", "FC102", "860"),
    ("Of the 515 members balloted, 214 voted to strike, 187 voted against the offer and 138 did not vote.",
     "FC102", "515"),
    # next-sentence parts closed by "the remaining", dividing the one count before
    ("Police arrested 52 fans after the derby. Twenty were cautioned, 19 were bailed pending inquiries "
     "and the remaining 17 with public order offences.", "FC101", "52"),
    # "X of the Y, with the others listed": the share is one more part
    ("Greens won 14 of the 33 wards, with Labour taking 12, the Tories six and independents four.", "FC102", "33"),
    # measures add up over the periods their parts are placed in
    ("Nine inches of rain had fallen on the town by Sunday night. Four inches fell on Friday, another 3 on "
     "Saturday and 4 more on Sunday.", "FC102", "Nine inches"),
    ("The tanker took on 4,100 litres of diesel on Monday and 3,800 litres on Tuesday, about 9,000 litres "
     "altogether.", "FC101", "about 9,000 litres"),
    # two parts labelled by the two halves of a pair cover the whole
    ("The airport handled 6.4 million passengers in 2024, with domestic routes carrying 2.1 million and "
     "international routes 3.6 million.", "FC101", "6.4 million"),
    # (the parts go beyond the rounding of whole-mile figures: 15 +/- 1.5 against 12 +/- 0.5)
    ("The crew laid 12 miles of cable over three days - 6 miles on Monday, 4 miles on Tuesday and 5 miles "
     "on Wednesday.", "FC101", "12 miles"),
]

R4_CLEAN = [
    "The ferry carried 1,460 cars on Friday and 1,210 on Saturday, some 2,700 vehicles in all.",
    "Imports reached 9.8 bln dlrs in April, with goods from Japan at 4.1 bln dlrs, from Korea at 2.2 bln "
    "and from Taiwan at 1.5 bln, while other suppliers sent the remaining 2.0 bln.",
    "A total of 2,470 callers waited more than 30 minutes to reach the helpline in March, 1,420 on weekdays "
    "and 1,050 at weekends.",
    # "more than" comparing the total itself still blocks the link
    "The helpline took 2,310 calls, more than 1,900 a year earlier, 1,420 on weekdays and 1,050 at weekends.",
    # ", with" other things
    "The striker scored 31 goals last season, with 12 assists and 4 penalties.",
    "Some 410 nurses applied for the scheme. Of those, 170 were given a post, 95 were sent to a reserve list "
    "and 145 were turned away.",
    "Of the 860 shops inspected, 420 passed without comment, 210 received a written warning about hygiene "
    "standards and 230 were told to close.",
    "Police arrested 52 fans after the derby. Twenty were cautioned, 19 were bailed pending inquiries "
    "and the remaining 13 with public order offences.",
    "Greens won 14 of the 33 wards, with Labour taking 12, the Tories four and independents three.",
    "Nine inches of rain had fallen on the town by Sunday night. Four inches fell on Friday, another 2 on "
    "Saturday and 3 more on Sunday.",
    "The tanker took on 4,100 litres of diesel on Monday and 3,800 litres on Tuesday, about 7,900 litres "
    "altogether.",
    "The airport handled 6.4 million passengers in 2024, with domestic routes carrying 2.1 million and "
    "international routes 4.3 million.",
    # "including" stays partial even over a pair
    "The airport handled 6.4 million passengers, including 2.1 million on domestic routes and 3.6 million "
    "on international ones.",
    # parts that overlap ("both") are no breakdown
    "Of the 72 flats inspected, 44 had mould, 39 had broken heating and 23 had both.",
    # readings at different places are no parts of one fall
    "Nine inches of rain fell across the county. Six inches fell in Ashby, 5 in Melton and 4 in Oakham.",
    "Up to 3 inches of snow fell, with 2 inches in Leeds and 3 in York.",
    # "with" after another's name gives that one's figure, no breakdown
    "Spain was the biggest buyer with 48,000 tonnes, followed by Portugal with 31,500 and Greece 22,000 tonnes.",
    "Spain was the biggest buyer with 48,000 tonnes followed by Portugal with 31,500 and Greece 22,000 tonnes.",
    # temperatures and speeds do not add up
    "Temperatures reached 30C on Monday - 18C in the morning and 12C overnight.",
    # the list may break the share itself down
    "Greens won 14 of the 33 wards, with 9 going to women and 5 to men.",
    # separate clauses about other figures: no list
    "Police arrested 52 fans after the derby. Twenty were cautioned on the night, officials said, and 40 "
    "more were identified from footage.",
]


@pytest.mark.parametrize("text,code,target", R4_FLAGGED)
def test_round4_flagged(text, code, target):
    found = _problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", R4_CLEAN)
def test_round4_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# round 5: looser links in the general mechanisms (own wording; each with a clean twin)
R5_FLAGGED = [
    # "of which" / "of whom" opening a clause whose subject and verb precede the first part
    ("The charity raised £6.5 million last year, of which its shops brought in £4.1 million and its online "
     "appeal £2.9 million.", "FC102", "£6.5 million"),
    ("Police arrested 40 people, of whom officers later charged 27 and cautioned 19.", "FC102", "40"),
    ("The hospital treated 3,200 patients in January, of whom the emergency unit saw 2,100 and the outpatient "
     "clinics 1,400.", "FC102", "3,200"),
    ("Turnover came to $812 million, of which the European division generated $530 million and Asia "
     "$320 million.", "FC102", "$812 million"),
    # a list of clauses whose parts hold a figure of their own ("received one dose")
    ("The inspectors visited 120 restaurants. Of those, 70 passed, 31 needed one follow-up visit and 25 were "
     "closed.", "FC102", "120"),
    ("Of the 96 pupils tested, 51 passed, 30 had failed two papers and 21 were absent.", "FC102", "96"),
    # "Of those" after a sentence that ends on the figure it refers to
    ("Firefighters attended 35 call-outs on Saturday, taking the weekend's total to 81. Of those, 52 were "
     "false alarms and 33 were chimney fires.", "FC102", "81"),
    ("The clinic booked 14 new patients on Monday, bringing its list to 260. Of them, 180 were women and "
     "95 were men.", "FC101", "260"),
    # "in all" / "in total" after a longer clause following the parts
    ("Volunteers planted 1,240 oaks and 860 birches over the winter across the northern hills of the estate, "
     "some 2,500 trees in all.", "FC101", "some 2,500"),
    ("Ambulance crews took 46 people to hospital and treated 71 at the scene after the crash on the ring "
     "road, dealing with 127 casualties in total.", "FC101", "127"),
    # ", with a further N" / ", with another N" continues the list
    ("The board approved 26 grant applications and rejected nine, with a further four held over until "
     "spring - 41 applications in total.", "FC101", "41"),
    ("Lifeboats rescued 14 sailors and 9 swimmers, with another 6 walkers lifted off the cliffs, 31 people "
     "in all.", "FC101", "31"),
]

R5_FLAGGED += [
    # sums of money placed inside the total by "including", "N of it" or "with X contributing"
    ("Sales came to £7.3 million, including £4.6 million from the shops and £3.2 million online.", "FC102",
     "£7.3 million"),
    ("The museum took £7.3 million, £4.6 million of it at the door and £3.2 million in its cafe.", "FC102",
     "£7.3 million"),
    ("Sales came to £7.3 million, with the shops contributing £4.6 million and the website £3.2 million.",
     "FC102", "£7.3 million"),
    # a running total after the parts holds them
    ("Crews rescued 17 walkers on Saturday and 26 on Sunday, bringing the weekend total to 41.", "FC101", "41"),
    ("Inspectors shut 9 cafes in May and 14 in June, taking their running tally to 22.", "FC102", "22"),
]

R5_FLAGGED += [
    # sums of money after a comma, each placed by a preposition, inside a gross total
    ("Takings hit £7.3 million over the summer, £4.6 million from the shops and £3.2 million from the cafe.",
     "FC102", "£7.3 million"),
    # the first of a list heads it when placed unlike the rest
    ("The bank fed 3,400 families last winter, 2,100 in York and 1,900 in Hull.", "FC102", "3,400"),
]

R5_FLAGGED += [
    # a comma list of kinds of what the total counts, ending its clause
    ("Snow grounded 140 flights at the airport, 80 departures and 75 arrivals.", "FC101", "140"),
    ("Officers detained 35 fans after the match, 21 men and 12 women, a spokesman said.", "FC101", "35"),
]

R5_FLAGGED += [
    ("Measles cases rose by 47 this week to 212. Of those, 151 were unvaccinated and 73 were partly vaccinated.",
     "FC102", "212"),
]

R5_FLAGGED += [
    # a bracketed part after a longer label
    ("The trust's 4,300 nurses are split between its hospitals in Leeds (2,600) and Wakefield (1,900).",
     "FC101", "4,300"),
    # a figure counting other things inside a part's label
    ("Of the 180 claims, 92 came from tenants, 51 from owners with two homes and 44 from landlords.",
     "FC102", "180"),
    # a last part placed "elsewhere"
    # "elsewhere" names all that is left: complete since round 10
    ("The brewery sold 6,300 barrels last year, 4,100 in Yorkshire and 2,500 elsewhere.", "FC101", "6,300"),
    # the size of a group, with an explicit cue
    ("The 23-man squad is made up of three goalkeepers, eight defenders, seven midfielders and six forwards.",
     "FC101", "23-man"),
    ("The 30-strong delegation includes 18 councillors and 14 officers.", "FC102", "30-strong"),
]

R5_FLAGGED += [
    # "with N more" adds a part; a comparative belongs to the figure it follows
    ("The panel approved thirty applications and refused nine, with five more deferred - forty-six decisions "
     "in total.", "FC101", "forty-six"),
    # "a total of" after a longer clause
    ("Crews treated 27 people at the scene and took 19 to hospital after the pile-up on the bypass, dealing "
     "with a total of 52 casualties.", "FC101", "52"),
]

R5_FLAGGED += [
    # the figure named a total, wherever it stands
    ("The cumulative total reached 318 after 52 more claims in March. Of those, 201 were settled, 74 were "
     "refused and 61 are pending.", "FC102", "318"),
]

R5_FLAGGED += [
    # "N of that" points back at the total, in the next clause or sentence
    ("The trust spent £12.6m on repairs; £8.3m of that went on roofs and £5.1m on heating.", "FC102", "£12.6m"),
    ("The trust spent £12.6m on repairs. Roofs accounted for £8.3m of that and heating for £5.1m.", "FC102",
     "£12.6m"),
]

R5_FLAGGED += [
    # the people a survey asked, and what it found among them
    ("A survey of 1,012 tenants found 620 wanted the repairs, 310 opposed them and 120 were unsure.", "FC102",
     "1,012"),
    # a singular label after a plural count names no other things
    ("The plant built 12,400 vans in June, 6,100 of them electric and 6,900 diesel.", "FC102", "12,400"),
]

R5_FLAGGED += [
    # bare parts after a lone count: a predicate is no noun; later clauses may drop their verb
    ("Gales left 2,130 homes without power. Engineers said 1,480 had been reconnected and 710 were still "
     "waiting.", "FC102", "2,130"),
    ("About 3,600 fans watched the two matches. Officials said 2,150 came on Saturday and 1,820 on Sunday.",
     "FC102", "About 3,600"),
]

R5_FLAGGED += [
    # a toll in the headline bounds the dead the body lists
    ("Flood toll rises to 64\nOfficials said 41 men and 29 women had died.", "FC102", "64"),
]

R5_FLAGGED += [
    # "; N more" / "; a further N" continues the list across a semicolon
    ("The inspectors passed 41 kitchens and failed 12; nine more were told to improve, making 60 visits in "
     "total.", "FC101", "60"),
    # the total's clause, then a participle for each part
    ("The tribunal heard 57 claims last month, upholding 31, rejecting 22 and adjourning seven.", "FC102", "57"),
]

R5_FLAGGED += [
    # a qualifier naming the kind ("bronze medals") next to bare kinds ("gold", "silver")
    ("The squad won 14 medals. They took six gold, three silver and four bronze medals.", "FC101", "14"),
]

R5_CLEAN = [
    "The squad won 13 medals. They took six gold, three silver and four bronze medals.",
    # values of some of them (ages), no counts
    "Police arrested 40 people, of whom the youngest was 14 and the oldest 67.",
    "The club has 80 members, of whom the eldest is 91 and the youngest 17.",
    # the total spans a period of its own
    "The clinic treated 40 adults and 12 children at the town hall on Monday, seeing 300 patients in all over "
    "the week.",
    "Crews treated 27 people at the scene and took 19 to hospital after the pile-up on the bypass, dealing "
    "with a total of 210 casualties over the weekend.",
    "The inspectors passed 41 kitchens and failed 12; nine more were told to improve, making 62 visits in "
    "total.",
    "The tribunal heard 57 claims last month, upholding 31, rejecting 19 and adjourning seven.",
    # participles over other things
    "The tribunal heard 57 claims last month, upholding 31 claims and rejecting 40 appeals.",
    "Flood toll rises to 64\nOfficials said 31 men and 29 women had died.",
    # part of the toll, another group, or a bound
    "Flood toll rises to 64\nOfficials said 12 men and 9 women died on Tuesday.",
    "Quake toll rises to 300\nRescuers said 220 men and 195 women had been pulled alive from the rubble.",
    "Quake toll passes 300\nOfficials said 220 men and 195 women had died.",
    "Gales left 2,130 homes without power. Engineers said 1,480 had been reconnected and 610 were still "
    "waiting.",
    "About 3,600 fans watched the two matches. Officials said 2,150 came on Saturday and 1,420 on Sunday.",
    # another period
    "About 3,600 fans watched the two matches. Last year 2,150 came on Saturday and 1,820 on Sunday.",
    "A survey of 1,012 tenants found 620 wanted the repairs, 310 opposed them and 70 were unsure.",
    "A survey of 1,012 tenants found that 620 wanted the repairs, compared with 910 in a survey last year.",
    "The plant built 12,400 vans in June, 6,100 of them electric and 5,900 diesel.",
    "The trust spent £12.6m on repairs; £8.3m of that went on roofs and £3.1m on heating.",
    "The trust spent £12.6m on repairs. Roofs accounted for £8.3m of that and heating for £3.1m.",
    "The cumulative total reached 318 after 52 more claims in March. Of those, 201 were settled, 74 were "
    "refused and 41 are pending.",
    # the breakdown fits the other figure of the sentence
    "The cumulative total reached 318 after 52 more claims in March. Of those, 30 were settled and 22 refused.",
    "The panel approved thirty applications and refused nine, with five more deferred - forty-four decisions "
    "in total.",
    "Crews treated 27 people at the scene and took 19 to hospital after the pile-up on the bypass, dealing "
    "with a total of 46 casualties.",
    "Arsenal have 40 points, four behind Liverpool and 2 ahead of Chelsea.",
    "The trust's 4,500 nurses are split between its hospitals in Leeds (2,600) and Wakefield (1,900).",
    "Of the 180 claims, 92 came from tenants, 51 from owners with two homes and 37 from landlords.",
    "The brewery sold 6,600 barrels last year, 4,100 in Yorkshire and 2,500 elsewhere.",
    "The 24-man squad is made up of three goalkeepers, eight defenders, seven midfielders and six forwards.",
    "The 30-strong delegation includes 18 councillors and 12 officers.",
    # a size of other things, or no cue
    "The 10-storey block comprises 40 flats and 12 offices.",
    "The 23-man squad flew out on Monday; 12 players trained on Tuesday and 14 on Wednesday.",
    "Measles cases rose by 47 this week to 232. Of those, 151 were unvaccinated and 73 were partly vaccinated.",
    # two figures listed side by side: "those" may be both
    "Officials confirmed 47 new cases this week and 212 last week. Of those, 151 were unvaccinated and 73 were not.",
    # a clause of its own before "in all": another total
    "The clinic treated 40 adults and 12 children on Monday at the town hall, and volunteers handed out "
    "300 meals in all.",
    "Snow grounded 155 flights at the airport, 80 departures and 75 arrivals.",
    "Officers detained 33 fans after the match, 21 men and 12 women, a spokesman said.",
    # another period, other things, or a clause of their own
    "Officers detained 35 fans after the match, 21 men and 12 women on Sunday.",
    "Officers detained 35 fans after the match, 21 stewards and 12 horses.",
    "Snow grounded 140 flights at the airport, 80 departures and 75 arrivals were delayed.",
    "Takings hit £7.3 million over the summer, £4.1 million from the shops and £3.2 million from the cafe.",
    # a net result may hold losses
    "Operating profit hit £7.3 million over the summer, £4.6 million from the shops and £3.2 million from "
    "the cafe.",
    # the first figure placed like the others is one more item
    "The bank fed 3,400 families in Leeds, 2,100 in York and 1,900 in Hull.",
    "The bank fed 3,400 families at its Leeds hall, 2,100 at York and 1,900 at Hull.",
    "The firm made £4.2m in Europe, £2.9m in Asia and £1.8m in America.",
    "Sales came to £7.3 million, including £4.1 million from the shops and £3.2 million online.",
    "The museum took £7.3 million, £4.1 million of it at the door and £3.2 million in its cafe.",
    # a net result may hold losses
    "Operating profit was £7.3 million, including £4.6 million from the shops and £3.2 million online.",
    "Crews rescued 17 walkers on Saturday and 26 on Sunday, bringing the weekend total to 43.",
    "Crews rescued 17 walkers on Saturday and 26 on Sunday, bringing the year's total to 140.",
    # a qualified toll counts something else
    "The blast killed 12 people and injured 40, bringing the death toll to 30.",
    "The charity raised £6.5 million last year, of which its shops brought in £3.1 million and its online "
    "appeal £2.9 million.",
    "Police arrested 40 people, of whom officers later charged 17 and cautioned 19.",
    "The hospital treated 3,200 patients in January, of whom the emergency unit saw 2,100 and the outpatient "
    "clinics 1,000.",
    "Turnover came to $812 million, of which the European division generated $490 million and Asia "
    "$320 million.",
    # "of which" far from its parts, or a comparison in between: no link
    "Turnover came to $812 million, of which most came from Europe, where sales rose to $530 million from "
    "$320 million.",
    "The inspectors visited 120 restaurants. Of those, 70 passed, 31 needed one follow-up visit and 19 were "
    "closed.",
    "Of the 96 pupils tested, 51 passed, 24 had failed two papers and 21 were absent.",
    "Firefighters attended 35 call-outs on Saturday, taking the weekend's total to 81. Of those, 52 were "
    "false alarms and 29 were chimney fires.",
    "The clinic booked 14 new patients on Monday, bringing its list to 260. Of them, 160 were women and "
    "95 were men.",
    # "those" may be either figure when the sentence does not end on one
    "The clinic sent 400 invitations and booked 150 appointments for its autumn vaccination drive. Of those, "
    "90 were for flu jabs and 70 for boosters.",
    # the figure the sentence ends on is too small for the parts: "those" is something else
    "The clinic sent 400 invitations and booked 150 appointments. Of those, 190 were for flu jabs and 70 for "
    "boosters.",
    "Volunteers planted 1,240 oaks and 860 birches over the winter across the northern hills of the estate, "
    "some 2,100 trees in all.",
    "Ambulance crews took 46 people to hospital and treated 71 at the scene after the crash on the ring "
    "road, dealing with 117 casualties in total.",
    "The board approved 26 grant applications and rejected nine, with a further four held over until "
    "spring - 39 applications in total.",
    "Lifeboats rescued 14 sailors and 9 swimmers, with another 6 walkers lifted off the cliffs, 29 people "
    "in all.",
    # the total may leave out what is added "with a further": one reading agrees
    "The board approved 26 grant applications and rejected nine, with a further four held over until "
    "spring - 35 decisions in total.",
]


@pytest.mark.parametrize("text,code,target", R5_FLAGGED)
def test_round5_flagged(text, code, target):
    found = _problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", R5_CLEAN)
def test_round5_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# round 5: a vote tally within the size of the body that voted
TALLY_FLAGGED = [
    ("The 31-member assembly approved the budget 19-10, with three members abstaining.", "31-member"),
    ("City councillors rejected the plan 27-22 on Tuesday, with four absent from the 50-seat chamber.", "50-seat"),
    ("The 435-member House voted 220-218 to approve the bill.", "435-member"),
    ("The motion was carried by 32 votes to 14 on the 45-member council.", "45-member"),
    ("The nine-member board voted 6-2 to approve the plan, with two members abstaining.", "nine-member"),
    ("Delegates backed the deal 141-45 at the 193-member assembly, with 35 countries abstaining.", "193-member"),
    ("The council voted 30 to 22 to close the library, with three members absent from the 54-seat chamber.",
     "54-seat"),
    ("The 54-seat council approved the cuts 30-22. Three members were absent.", "54-seat"),
]

TALLY_FLAGGED += [
    ("The vote was 31 in favour and 22 against, with three abstentions, in the 55-member assembly.", "55-member"),
    ("The 45-member council voted on the plan, with 30 votes for and 16 against.", "45-member"),
    # a list of seats (a name and a bare number standing for "won N seats") within the size of the body
    ("Reform took 21 seats, the Greens 17 and Labour 8, giving a 44-seat council.", "44-seat"),
    ("The Greens won 11 seats on the 50-member council, Labour 24, the Conservatives 12 and independents five.",
     "50-member"),
    ("Independents now hold 11 seats on the 50-member council. Labour has 24 councillors, the Conservatives 12 "
     "and the Greens five.", "50-member"),
]

TALLY_FLAGGED += [
    # those absent, and the body, in the next sentence
    ("The assembly passed the budget 33-24 on Monday. Four members were absent from the 60-seat chamber.",
     "60-seat"),
]

TALLY_CLEAN = [
    "The assembly passed the budget 33-22 on Monday. Four members were absent from the 60-seat chamber.",
    "The bill passed 220-212. Debate in the 100-seat Senate begins next week.",
    "The vote was 31 in favour and 21 against, with three abstentions, in the 55-member assembly.",
    "The 45-member council voted on the plan, with 30 votes for and 12 against.",
    "Reform took 21 seats, the Greens 17 and Labour 6, giving a 44-seat council.",
    "The Greens won 11 seats on the 50-member council, Labour 24, the Conservatives 10 and independents five.",
    "Independents now hold 11 seats on the 50-member council. Labour has 24 councillors, the Conservatives 10 "
    "and the Greens five.",
    # seats in different years; other things; a series of codes
    "The party won 23 seats in 2019 and 30 in 2023 on the 50-member council.",
    "The Greens won 14 seats on the 60-member council, while Labour sold 27 homes, 15 flats and six shops.",
    "Turnout was 4,000 voters, with Ward 4 and Ward 5 counting first.",
    "The 31-member assembly approved the budget 19-10, with two members abstaining.",
    "The council voted 30 to 22 to close the library, with two members absent from the 54-seat chamber.",
    "The 54-seat council approved the cuts 30-22. Two members were absent.",
    "City councillors rejected the plan 27-22 on Tuesday, with one absent from the 50-seat chamber.",
    "The 435-member House voted 220-208 to approve the bill.",
    "The motion was carried by 32 votes to 12 on the 45-member council.",
    "Delegates backed the deal 141-45 at the 193-member assembly, with 5 countries abstaining.",
    # a match score is no vote; a stadium's seats are no voters
    "Arsenal beat Spurs 3-1 in front of a 60,000-seat stadium crowd.",
    "The home side won 104-98 in the 200-seat gym, with three starters absent.",
    # the body named is not the one that voted
    "The bill passed 220-212 in the House on Thursday. The 100-seat Senate is expected to vote next week.",
    "The bill, which passed 220-212 in the House, now goes to the 100-seat Senate.",
    "Councillors voted 31-20 to approve the budget. The 48-member council also backed the plan by 30 votes to 12.",
    # two bodies: the tally fits one of them
    "The 100-seat Senate approved the bill 58-39 after the 435-member House passed it 220-208.",
]


@pytest.mark.parametrize("text,target", TALLY_FLAGGED)
def test_tally_flagged(text, target):
    found = _problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [("FC102", target)], [f.message for f in found]


@pytest.mark.parametrize("text", TALLY_CLEAN)
def test_tally_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


def test_a_majority_is_no_body():
    text = "Labour won the vote 272-219 on Tuesday, after seeing its 161-seat majority cut at the election."
    assert _problems(text) == []


# round 5: parts labelled by the two halves of a pair, in the sentence after a lone count
PAIR_FLAGGED = [
    ("Snow closed 140 flights at the airport on Tuesday. Officials said 80 departures and 75 arrivals "
     "were scrapped.", "140"),
    ("The trust saw 1,200 patients at the new unit. Some 700 inpatients and 640 outpatients were treated "
     "there.", "1,200"),
    ("The agency employs 912 people. It has 520 permanent staff and 430 temporary staff.", "912"),
]

PAIR_CLEAN = [
    "Snow closed 140 flights at the airport on Tuesday. Officials said 80 departures and 55 arrivals "
    "were scrapped.",
    # not kinds of the figure before
    "Snow closed 140 flights at the airport on Tuesday. Some 80 passengers and 75 crew were stranded.",
    "The hospital has 900 beds. It treated 600 inpatients and 400 outpatients.",
    "The agency employs 912 people. It has 520 permanent staff and 390 temporary staff.",
    # another period
    "The trust saw 1,200 patients at the new unit. Last year 700 inpatients and 640 outpatients were treated "
    "there.",
]


@pytest.mark.parametrize("text,target", PAIR_FLAGGED)
def test_pair_flagged(text, target):
    found = _problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [("FC102", target)], [f.message for f in found]


@pytest.mark.parametrize("text", PAIR_CLEAN)
def test_pair_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# round 6: a leading "Of the N ..." base with a longer clause of its own before the comma
R6_FLAGGED = [
    ("Of the 2,350 nurses employed by the three trusts last winter, 1,410 were women and 980 were men.",
     "FC101", "2,350"),
    ("Of the 640 applicants interviewed for the scheme in March and April, 350 were accepted, 210 were "
     "rejected and the remaining 110 withdrew.", "FC101", "640"),
    ("Of the £4.8m raised by the appeal since it opened in the spring, £3.1m came from individual donors "
     "and £2.2m from local businesses.", "FC102", "£4.8m"),
    ("Of the forty-two players who turned out for the club during the season, twenty-five were home-grown "
     "and nineteen were signed from abroad.", "FC102", "forty-two"),
    # a dropped digit in the total still reads as a total
    ("Of the 114 students who sat the exam, 610 were girls and 580 were boys.", "FC101", "114"),
    ("Of the roughly 1,800 homes inspected by council officers across the borough last year, 1,150 passed "
     "and 820 failed.", "FC102", "roughly 1,800"),
]

R6_CLEAN = [
    "Of the 2,350 nurses employed by the three trusts last winter, 1,410 were women and 940 were men.",
    "Of the 640 applicants interviewed for the scheme in March and April, 350 were accepted, 210 were "
    "rejected and the remaining 80 withdrew.",
    "Of the £4.8m raised by the appeal since it opened in the spring, £3.1m came from individual donors "
    "and £1.2m from local businesses.",
    "Of the forty-two players who turned out for the club during the season, twenty-five were home-grown "
    "and fifteen were signed from abroad.",
    "Of the roughly 1,800 homes inspected by council officers across the borough last year, 1,050 passed "
    "and 720 failed.",
    # two bases: the list may divide both
    "Of the 90 nurses hired in 2019 and the 60 hired in 2020, 80 were women and 75 were men.",
    # a count of the items before a colon list, far smaller than each part, is no total
    "The sprinters raced in three finals: the 100, 200, 400 and 800.",
    "Entries came in four categories: 1,200, 950, 700 and 400 a year ago.",
    "The club fields teams in five leagues - 120, 150 and 200 players strong.",
    # a comparison inside the base's clause
    "Of the 1,140 students who sat the exam, more than in any year before, 610 were girls and 580 boys.",
]


@pytest.mark.parametrize("text,code,target", R6_FLAGGED)
def test_round6_flagged(text, code, target):
    found = _problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", R6_CLEAN)
def test_round6_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


def test_a_name_word_before_a_comma_makes_no_code():
    doc = analyse("Of the 500 clubs, 310 will play next season, 190 will not.")
    assert [m.kind for m in doc.mentions if m.text in ("310", "190")] == [Kind.COUNT, Kind.COUNT]


# round 6: a complete cue whose subject is a definite noun ("the total", "that figure", "the new
# ministers") with no figure of its own breaks down the one figure counted just before
R6_WHOLE_FLAGGED = [
    ("Council sets £86m budget\nThe total is made up of £52m for social care, £21m for roads and £9m for "
     "libraries, the finance chief said.", "£86m"),
    ("The charity raised $1.4 million last year. That figure breaks down into $950,000 from donors, "
     "$450,000 from grants and $300,000 from events.", "$1.4 million"),
    ("Twelve ministers were named on Monday. The new ministers comprise five women and nine men.", "Twelve"),
    ("Exports reached 9,400 tonnes in May. The total consisted of 5,100 tonnes of wheat, 2,900 tonnes "
     "of barley and 1,800 tonnes of oats.", "9,400 tonnes"),
    ("Organisers sold 6,300 tickets for the gala, a record. Officials said the final count was split "
     "between 4,100 adult tickets and 1,900 child tickets.", "6,300"),
    ("Club reports 9,000 ticket sales\nOfficials said ticket sales were made up of 5,900 adult tickets "
     "and 4,100 junior tickets.", "9,000"),
    ("Museum welcomes 52,000 visitors in first month\nOfficials said the tally comprised 31,200 adult "
     "visitors, 14,500 concession visitors and 9,800 children.", "52,000"),
]

R6_WHOLE_CLEAN = [
    "Council sets £86m budget\nThe total is made up of £52m for social care, £25m for roads and £9m for "
    "libraries, the finance chief said.",
    "The charity raised $1.4 million last year. That figure breaks down into $700,000 from donors, "
    "$400,000 from grants and $300,000 from events.",
    "Twelve ministers were named on Monday. The new ministers comprise five women and seven men.",
    "Organisers sold 6,300 tickets for the gala, a record. Officials said the final count was split "
    "between 4,300 adult tickets and 2,000 child tickets.",
    # two figures before: which one the total is remains open
    "Organisers sold 6,300 tickets on Friday and 5,200 on Saturday. The total comprised 4,100 adult "
    "tickets and 1,900 child tickets.",
    "Club reports 9,000 ticket sales\nOfficials said ticket sales were made up of 5,000 adult tickets "
    "and 4,000 junior tickets.",
    # the subject names something else
    "The council set an £86m budget. Its capital plan is made up of £52m for roads and £21m for schools.",
    # another period
    "The charity raised $1.4 million this year. The total last year was made up of $800,000 from donors "
    "and $900,000 from grants.",
    # "N day passes" as kinds of tickets still agree
    "Festival sells 48,000 tickets\nThe final tally was made up of 25,500 day passes, 18,300 weekend passes "
    "and 4,200 hospitality packages.",
    # a length of time is no count
    "The firm signed 14 staff on a 12 month contract and 9 on 24 month contracts.",
]


@pytest.mark.parametrize("text,target", R6_WHOLE_FLAGGED)
def test_round6_named_whole_flagged(text, target):
    found = _problems(text)
    assert [text[f.start:f.end] for f in found] == [target], [f.message for f in found]
    assert found[0].rule == "FC101"


@pytest.mark.parametrize("text", R6_WHOLE_CLEAN)
def test_round6_named_whole_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# round 6: a list that says it names all there was (", the only lines affected") breaks down the
# one figure of the headline or the sentence before
R6_ONLY_FLAGGED = [
    ("Storm cuts power to 12,000 homes\nThe utility said 6,800 homes in Ashford and 3,900 in Canterbury "
     "lost supply, the only areas hit.", "12,000"),
    ("Rail strike hits 40,000 passengers\nAbout 22,000 commuters were stranded on the Northern line and "
     "11,000 on the Central line, the only two lines affected, a spokesman said.", "40,000"),
    ("Flood damage put at £9m\nInsurers said claims reached £4.2m in Cockermouth and £3.1m in Keswick, "
     "the only towns flooded.", "£9m"),
    ("Storm cuts power to 12,000 homes\nThe utility said 6,800 homes in Ashford and 3,900 in Canterbury "
     "lost supply. No other areas were hit.", "12,000"),
    ("Some 1,500 runners finished the race. Officials said 900 runners left by the north gate and "
     "420 by the south gate - the only two exits open.", "Some 1,500"),
]

R6_ONLY_CLEAN = [
    "Storm cuts power to 12,000 homes\nThe utility said 7,800 homes in Ashford and 4,100 in Canterbury "
    "lost supply, the only areas hit.",
    "Rail strike hits 40,000 passengers\nAbout 26,000 commuters were stranded on the Northern line and "
    "14,000 on the Central line, the only two lines affected, a spokesman said.",
    "Storm cuts power to 12,000 homes\nThe utility said 7,800 homes in Ashford and 4,100 in Canterbury "
    "lost supply. No other areas were hit.",
    # "no other" with figures of its own says something else
    "Storm cuts power to 12,000 homes\nThe utility said 6,800 homes in Ashford and 3,900 in Canterbury "
    "lost supply. No other firm had more than 300 homes cut off.",
    # no "only": the list may leave some out
    "Storm cuts power to 12,000 homes\nThe utility said 6,800 homes in Ashford and 3,900 in Canterbury "
    "lost supply.",
    # other things counted
    "Storm cuts power to 12,000 homes\nThe utility sent 60 engineers to Ashford and 45 to Canterbury, "
    "the only depots open.",
    # "the only" opening a clause of its own: no claim that the list is all of it
    "Storm cuts power to 12,000 homes\nThe utility restored power to 6,800 homes in Ashford and 3,900 in "
    "Canterbury, the only areas where crews had arrived.",
    # two figures in the headline: no single whole
    "Strike strands 9,000 commuters and 300 pupils\nAbout 5,200 passengers on the Hutt routes and 2,100 on "
    "the Johnsonville line were hit, the only services affected.",
    # another figure stands in between
    "Storm cuts power to 12,000 homes\nCrews restored 4,000 by noon. The utility said 6,800 homes in "
    "Ashford and 3,900 in Canterbury were still dark, the only areas hit.",
]


@pytest.mark.parametrize("text,target", R6_ONLY_FLAGGED)
def test_round6_only_ones_flagged(text, target):
    found = _problems(text)
    assert [text[f.start:f.end] for f in found] == [target], [f.message for f in found]


@pytest.mark.parametrize("text", R6_ONLY_CLEAN)
def test_round6_only_ones_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# round 6: a figure "across N places" and, in the sentences after it, exactly N parts each
# placed in its own place
R6_PLACES_FLAGGED = [
    ("Wildfires destroy 320 homes in two counties\nFirefighters said 190 homes burned in Lake County on "
     "Monday. Another 160 were lost in Napa County.", "320"),
    ("Floods drive 2,200 people from homes across three towns\nAbout 1,100 residents were evacuated in "
     "Ashby. In Melton, 900 people were moved, and 600 more fled in Oakham.", "2,200"),
    ("Storm damage put at $45m in two provinces\nOfficials put losses at $28m in Manitoba. Claims reached "
     "$21m in Saskatchewan.", "$45m"),
    ("Tornadoes kill 13 across three states\nEmergency officials said eight people died in Tennessee, four in "
     "Kentucky and five in Alabama.", "13"),
    ("Landslides killed 11 people in two villages on Tuesday. Seven people were killed in Kaya. Six more "
     "died in Lumo, police said.", "11"),
]

R6_PLACES_CLEAN = [
    "Wildfires destroy 350 homes in two counties\nFirefighters said 190 homes burned in Lake County on "
    "Monday. Another 160 were lost in Napa County.",
    "Floods drive 2,600 people from homes across three towns\nAbout 1,100 residents were evacuated in "
    "Ashby. In Melton, 900 people were moved, and 600 more fled in Oakham.",
    "Tornadoes kill 17 across three states\nEmergency officials said eight people died in Tennessee, four in "
    "Kentucky and five in Alabama.",
    # fewer parts than places: the list is not all of it
    "Tornadoes kill 14 across three states\nEight people died in Tennessee. Four people died in Kentucky.",
    # another period
    "Tornadoes kill 14 across three states\nLast year, eight people died in Tennessee. Four died in "
    "Kentucky and five in Alabama in the same month.",
    # other things counted
    "Tornadoes kill 14 across three states\nThe storms destroyed 80 homes in Tennessee. Another 45 homes "
    "were flattened in Kentucky and 30 in Alabama.",
    # the hurt are no part of the dead
    "Tornadoes kill 14 across three states\nEight people were injured in Tennessee. Four people were hurt "
    "in Kentucky and five in Alabama.",
    # two parts in one place
    "Wildfires destroy 320 homes in two counties\nFirefighters said 190 homes burned in Lake County on "
    "Monday. Another 160 were lost in Lake County on Tuesday.",
]


def _sum_problems(text):
    return [f for f in _problems(text) if f.rule.startswith("FC1")]


@pytest.mark.parametrize("text,target", R6_PLACES_FLAGGED)
def test_round6_places_flagged(text, target):
    found = _sum_problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [("FC101", target)], [f.message for f in found]


@pytest.mark.parametrize("text", R6_PLACES_CLEAN)
def test_round6_places_clean(text):
    assert _sum_problems(text) == [], [f.message for f in _sum_problems(text)]


# round 6: "and a further N" after a longer part; a running "number (of X) ... to N" holds its parts
R6_RUNNING_FLAGGED = [
    ("Rescue teams pulled 23 survivors from the collapsed block on Tuesday and a further 31 on Wednesday, "
     "bringing the number brought out alive to 48, officials said.", "FC101", "48"),
    ("Officers seized 140 bikes in raids across the city on Friday and another 95 on Saturday, taking the "
     "number of bikes recovered to 210.", "FC101", "210"),
    # round 8: a running total right after a list of fresh parts is their sum
    ("Rescue teams pulled 23 survivors from the collapsed block on Tuesday and a further 17 on Wednesday, "
     "bringing the number brought out alive to 48, officials said.", "FC101", "48"),
    ("The hospital discharged twelve patients from its isolation ward on Monday and an additional nine on "
     "Tuesday, bringing the count so far to 18.", "FC102", "18"),
]

R6_RUNNING_CLEAN = [
    "Rescue teams pulled 23 survivors from the collapsed block on Tuesday and a further 25 on Wednesday, "
    "bringing the number brought out alive to 48, officials said.",
    # "so far": the count may hold earlier ones
    "The hospital discharged twelve patients from its isolation ward on Monday and an additional nine on "
    "Tuesday, bringing the count so far to 28.",
    "Officers seized 140 bikes in raids across the city on Friday and another 70 on Saturday, taking the "
    "number of bikes recovered to 210.",
    # another count, not a running total
    "Officers seized 140 bikes in raids across the city on Friday and another 95 on Saturday, and the "
    "number of arrests rose to 21.",
]


@pytest.mark.parametrize("text,code,target", R6_RUNNING_FLAGGED)
def test_round6_running_flagged(text, code, target):
    found = _problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", R6_RUNNING_CLEAN)
def test_round6_running_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]

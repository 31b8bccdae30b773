"""Round 11 (lead): shapes learned from a never-seen writer set, each written anew with its
clean twins: slips tied by a verb made a noun after the figure, a hyphenated modifier before a
definite figure, "higher" as an adjective, a possessive time of another thing, "due in" a
year; reference numbers joined to a reference ("junctions 4 and 6"); a count in brackets
after one share is no other share's; an "and" inside the first item of a longer list."""
from __future__ import annotations

import pytest

from checker import check_text
from checker.model import Severity

from shapes import assert_clean, assert_flagged

FLAGGED = [
    # the second names the first's verb as a noun, the verb standing after the first figure
    ("Exactly 2,418 nurses were hired from abroad last year. Of the 2,481 hires, most went to "
     "city hospitals.", "2,481", "FC406"),
    ("About 1,356 homes were inspected in the spring. The 1,536 inspections found damp in a third.", "1,536",
     "FC40"),
    # a hyphenated modifier and a comma between "the" and the figure
    ("The port has agreed a dredging contract worth £58m over six years. Under the six-year, £85m deal, "
     "work starts in May.", "£85m", "FC40"),
    # "higher" before a noun tells nothing apart
    ("Water firm profit rises to £2.4bn\nThe company made a profit of £2.4m last year, helped by higher "
     "bills and lower energy costs.", "£2.4m", "FC409"),
    # a possessive time belongs to another thing
    ("The sequel has taken $1.45 billion at the box office. Its $1.45 million haul beats last year's "
     "top film.", "$1.45 million", "FC409"),
    # "due in" a year dates the plan, not the figure
    # a count told by its verb, restated as the verb's event
    ("Nine horses died at the course over the season, the report says. The trainers said the 12 deaths "
     "were accidents.", "12", "FC402"),
    ("Officers arrested 26 protesters outside the plant. The 62 arrests were all for obstruction.", "62",
     "FC40"),
    ("A total of 318 teachers were recruited from overseas. The 381 recruits will start in September.", "381",
     "FC40"),
    # the change sized alone, its levels in the next sentence
    ("The library budget will be cut by £240,000 next year. It falls to £1.16m from £1.46m, a report shows.",
     "£240,000", "FC301"),
    ("Season tickets will rise by £45 for next season. The adult ticket goes up from £410 to £465.", "£45",
     "FC301"),
    # a term of the one just named, after "whose"
    ("The club has signed the winger Ama Osei on a three-year deal. Osei, whose four-year contract runs "
     "from July, joins from Leeds.", "four-year", "FC405"),
    # the last item's own "and" inside its "of" phrase
    ("The audit found three weaknesses: poor record keeping, missing receipts, late payments and a lack of "
     "training and oversight.", "three", "FC410"),
    ("Residents listed two worries - noise, litter and the cost of parking and permits.", "two", "FC410"),
    # a comparative before "on" sizes the figure before: "N down on August's M"
    ("Mortgage approvals dropped to 51,200 in September. That was 4,800 down on August's 57,000.", "4,800",
     "FC301"),
    ("Visitor numbers reached 31,000 in May. That was 2,000 up on April's 27,500.", "2,000", "FC301"),
    # a bare "m" at both ends of a change sized in metres after them
    ("The reservoir fell from 6.4m to 4.9m over the summer, a drop of 1.8 metres.", "1.8 metres", "FC301"),
    # a group named by its size after "of"; a "-strong" group and its verb of the whole
    ("The shortlist of four - Ames, Baird, Cole, Dunn and Ellis - was announced on Monday.", "four", "FC410"),
    ("The three-strong panel comprises Ames and Baird.", "three-strong", "FC410"),
    # plain parts' roundings are independent: not added at their worst
    ("Operating profit rose to £3.6bn, made up of £2.1bn from retail, £0.9bn from lending and £0.4bn from "
     "insurance.", "£3.6bn", "FC101"),
    # a percentage level, "up from" its old level, then the change
    ("The jobless rate stands at 6.3%, up from 4.2% a year ago, a rise of 20%.", "20%", "FC203"),
    ("Turnout stands at 38%, down from 45% in 2019 - a fall of 7%.", "7%", "FC205"),
    # a price in whole pounds beside one in pence is exact
    ("Bus fares will increase from £2 to £2.50 - a 20% rise.", "20%", "FC203"),
    # a participle and a time phrase before the copula
    ("The four teams taking part this season are Leeds, Hull, York, Bury and Derby.", "four", "FC410"),
    # a bound hedge is the figure itself
    ("The Severn peaked at 5.31 metres, up from 3.86m - a rise of more than two metres.", "more than two metres",
     "FC301"),
    # a collective with its noun, then names in apposition
    ("A trio of firms, Arco and Belmar, bid for the contract.", "trio", "FC410"),
    # a hedged measure in apposition restates the first
    ("The meadow covers 12 hectares, about 50 acres.", "about 50 acres", "FC601"),
    ("The climb rises 900 metres, roughly 1,900ft, over four miles.", "roughly 1,900ft", "FC601"),
    # a part of a whole, then a list that counts neither
    ("Four of the 20 clubs have appointed new managers: Leeds, Hull and York.", "Four", "FC410"),
    ("Two of the nine candidates - Patel, Moore and Khan - have withdrawn.", "Two", "FC410"),
    # a conversion after the measure's own phrase and a dash
    ("The farm harvested 2,600 tonnes of apples over the autumn - 260,000kg, the growers said.", "260,000kg",
     "FC601"),
    ("The reservoir lost 40 million litres of water during the first week of the heatwave - about 1.06 "
     "million gallons.", "1.06", "FC601"),
    # a list after a colon whose last item is a name's adjective and a noun
    ("The aquarium has lost four species since 2015: the sawfish, the manatee and the Amazon river dolphin.",
     "four", "FC410"),
    ("Two rivers burst their banks overnight: the Ouse, the Derwent and the Yorkshire Esk.", "Two", "FC410"),
    # lower-case items with a longer head before their "for"/"of" phrase
    ("The inquiry made three firm proposals - free school meals for all pupils, longer opening hours for "
     "libraries, a new youth centre and safer crossings for the high street.", "three", "FC410"),
    # a short bracket with a figure on each item describes it
    ("Five riders were fined after the stage: Dumas (200 francs), Rossi (100), Berg (100) and Haas (50).",
     "Five", "FC410"),
    ("Four ministers resigned over the affair - Hale (Treasury, three years in post), Reyes (Home Office) "
     "and Kirk (Defence).", "Four", "FC410"),
    ("Ministers approved a £63.4m budget for the new lifeboat station. The £36.4m station is due in "
     "service in 2029.", "£36.4m", "FC406"),
]

CLEAN = [
    "Some 2,418 nurses were hired from abroad last year. Of the 2,418 hires, most went to city hospitals.",
    # a figure of another thing, not echoing the first's verb
    "Some 2,418 nurses were hired from abroad last year. The 2,481 doctors on the register were not counted.",
    "The port has agreed a dredging contract worth £58m over six years. Under the six-year, £58m deal, "
    "work starts in May.",
    "Water firm profit rises to £2.4bn\nThe company made a profit of £2.4bn last year, helped by higher "
    "bills and lower energy costs.",
    "The sequel has taken $1.45 billion at the box office. Its $1.45 billion haul beats last year's top film.",
    "The aquarium has lost three species since 2015: the sawfish, the manatee and the Amazon river dolphin.",
    "Three rivers burst their banks overnight: the Ouse, the Derwent and the Yorkshire Esk.",
    "The inquiry made four firm proposals - free school meals for all pupils, longer opening hours for "
    "libraries, a new youth centre and safer crossings for the high street.",
    "Four riders were fined after the stage: Dumas (200 francs), Rossi (100), Berg (100) and Haas (50).",
    "Three ministers resigned over the affair - Hale (Treasury, three years in post), Reyes (Home Office) "
    "and Kirk (Defence).",
    "Nine horses died at the course over the season, the report says. The trainers said the nine deaths "
    "were accidents.",
    "Officers arrested 26 protesters outside the plant. The 26 arrests were all for obstruction.",
    # the verb tells another event than the second's noun
    "Officers questioned 26 protesters outside the plant. The 62 arrests this year were for obstruction.",
    "The library budget will be cut by £300,000 next year. It falls to £1.16m from £1.46m, a report shows.",
    "Season tickets will rise by £55 for next season. The adult ticket goes up from £410 to £465.",
    # the next sentence's subject is another thing
    "Season tickets will rise by £45 for next season. Parking goes up from £410 to £465.",
    "The club has signed the winger Ama Osei on a three-year deal. Osei, whose three-year contract runs "
    "from July, joins from Leeds.",
    "The farm harvested 2,600 tonnes of apples over the autumn - 2.6 million kg, the growers said.",
    "The reservoir lost 40 million litres of water during the first week of the heatwave - about 10.6 "
    "million gallons.",
    "The lorry carried 20 tonnes of sand up the hill - 400kg over the limit.",
    "The audit found four weaknesses: poor record keeping, missing receipts, late payments and a lack of "
    "training and oversight.",
    "Residents listed three worries - noise, litter and the cost of parking and permits.",
    "Three of the 20 clubs have appointed new managers: Leeds, Hull and York.",
    "Two of the three candidates - Patel, Moore and Khan - have withdrawn.",  # the whole listed
    "Four of the 20 clubs have appointed new managers: Leeds, Hull and York, and a fourth will follow.",
    "Mortgage approvals dropped to 51,200 in September. That was 5,800 down on August's 57,000.",
    "The reservoir fell from 6.4m to 4.9m over the summer, a drop of 1.5 metres.",
    # sales in millions beside a length in metres
    "Sales rose from 4.2m to 5.9m, while the tower grew by 3 metres.",
    "The meadow covers 12 hectares, about 30 acres.",
    "The climb rises 900 metres, roughly 2,950ft, over four miles.",
    "The meadow covers 12 hectares, about 50 acres of which are woodland.",
    "The shortlist of four - Ames, Baird, Cole and Dunn - was announced on Monday.",
    "The three-strong panel comprises Ames, Baird and Cole.",
    "A team of four, Ames and Baird among them, will travel.",
    "Operating profit rose to £3.6bn, made up of £2.1bn from retail, £0.9bn from lending and £0.5bn from "
    "insurance.",
    "The airport handled 7.9 million passengers: 4.2 million on domestic flights, 2.1 million to Europe and 1.5 "
    "million further afield.",
    "Bus fares will increase from £2 to £2.50 - a 25% rise.",
    "Turnover grew from £2m to £2.5m, a rise of 20%.",
    "The five teams taking part this season are Leeds, Hull, York, Bury and Derby.",
    # the count's noun joined to another group: the list names the whole group
    "Two men and a woman - Ames, Baird and Cole - were charged.",
    "Three boys and their father, Tom, Sam, Ben and Jack Hill, were rescued.",
    "The Severn peaked at 6.31 metres, up from 3.86m - a rise of more than two metres.",
    "Shares made up more than a third of the fund, 32.5%, at the end of March.",
    # figures larger than the "whole" one by one are no parts of it (a cricket score)
    "Yorkshire were 312 for 7 at the close, with Lyth on 104 and Root 58 not out, after Kent made 365.",
    "A trio of firms, Arco, Belmar and Corvo, bid for the contract.",
    "A pair of goals, a header and a volley, won the game.",
    # people sent somewhere: the places after "to" are where they went
    "Two men were flown - to Leeds, Hull and York - for treatment.",
    "The jobless rate stands at 6.3%, up from 4.2% a year ago, a rise of 50%.",
    "Turnout stands at 38%, down from 45% in 2019 - a fall of seven points.",
    "Growth will be 1.8% this year, up from 0.9%, with 2.1% expected next year.",
    # two "and"s with no "of" phrase: unclear
    "Residents listed two worries - noise and litter and parking.",
    # some of them, a new clause after the list
    "Twenty were tested: Leeds, Hull and the Rovers won.",
    # two junction numbers are references, not parts of a total
    "Roadworks will close 19 miles of the A1 in all: 11 miles between junctions 4 and 6 and 8 miles further "
    "north.",
    "Crews will resurface 30 miles of the motorway: 18 miles between exits 12 and 15 and 12 miles to the south.",
    # a count in brackets after one share is that share's count
    "Of the 8,400 tonnes gathered, 62% (5,200 tonnes) was reused, 21% (1,800 tonnes) was burned and 17% "
    "(1,400 tonnes) was buried.",
    # an "and" inside the first item of a list that goes on
    "Four bins - food and garden waste, glass, cans, and paper - will be emptied each week.",
    "Three routes - Hull and Leeds, York, and Selby - will get new trains.",
]


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,problem", [
    ("The strike, which began on 2 June, entered its 12th day yesterday.", True),
    ("The strike, which began on 2 June, entered its tenth day yesterday.", False),
    ("The vigil, which started on 3 June, enters its tenth day today.", False),
    ("The vigil, which started on 3 June, enters its 14th day today.", True),
])
def test_the_nth_day_reached_yesterday_or_today(text, problem):
    found = [f.rule for f in check_text(text, "2025-06-12") if f.severity >= Severity.WARNING]
    assert found == (["FC507"] if problem else [])


@pytest.mark.parametrize("text,problem", [
    # "X, now N," is an age; a possessive alone ("her first album") brings in no one else
    ("The actor, now 63, made his first film in 1984, aged 18.", True),
    ("The actor, now 59, made his first film in 1984, aged 18.", False),
    ("Ann Roe, 62, watched her daughter graduate in 2019, aged 22.", False),
])
def test_an_age_now_against_an_age_then(text, problem):
    found = [f.rule for f in check_text(text, "2025-03-14") if f.severity >= Severity.WARNING]
    assert found == (["FC506"] if problem else [])


@pytest.mark.parametrize("text,problem", [
    # "last year's THING, in DATE": the thing of that year dated in apposition
    ("Last year's drought, in August 2023, dried up 40 reservoirs.", True),
    ("Last year's drought, in August 2024, dried up 40 reservoirs.", False),
    ("Last year's 2019 title was stripped from the club.", False),
])
def test_a_possessive_relative_year_against_its_date(text, problem):
    found = [f.rule for f in check_text(text, "2025-03-14") if f.severity >= Severity.WARNING]
    assert found == (["FC502"] if problem else [])


@pytest.mark.parametrize("text,problem", [
    # a date and its distance from the publication day
    ("The new pier opens on Friday 28 March, a week from today.", True),
    ("The new pier opens on Friday 21 March, a week from today.", False),
    ("The final is on 30 March, 16 days away.", False),
    ("The final is on 30 March, ten days away.", True),
])
def test_a_date_and_its_distance_from_today(text, problem):
    found = [f.rule for f in check_text(text, "2025-03-14") if f.severity >= Severity.WARNING]
    assert found == (["FC502"] if problem else [])


def test_a_dash_set_apart_by_a_space_is_no_minus_sign():
    from checker.api import analyse
    assert [(m.text, m.value) for m in analyse("It was -5C at dawn - 23F.").mentions] == [("-5C", -5), ("23F", 23)]


def test_a_number_joined_to_a_reference_is_a_reference():
    from checker.api import analyse
    doc = analyse("Lanes close between junctions 21 and 23 tonight, and 40 more are shut.")
    assert [(m.text, m.kind.name) for m in doc.mentions] == [("21", "CODE"), ("23", "CODE"), ("40", "COUNT")]

"""Round 22 (changes helper): multiples and percentage changes against their from/to levels, read more widely --
another measure's move opened by ", with" and a subject of its own is no level of the change before it; a span
of time whose unit is said on one level only ("from 18 weeks to 12"); "between 2021 and 2024" (a range of counts to the
grammar) as the change's span; sixfold to ninefold; a period between the size and the levels when the size names its own
base time ("a third more in the first quarter than a year earlier, 4.1 against 3.6"); a headline change over a
lead whose level counts other, fewer things in its post-modifier ("1.38 million passengers on its three
crossings, against 1.31 million").  Every flagged row has a clean twin (the same text with consistent figures);
rows are (flagged, clean, target, rule)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _check(flagged, clean, target, rule, published=None):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


# ", with" and a subject of its own opens another measure's move: the levels after it are not the levels of the
# change before it.  Rows: (the clause with its own subject: clean, the same levels as the change's own: flagged).
WITH_OTHER_SUBJECT = [
    ("Group revenue rose 15% overall, with the Asian business, its biggest, up from $410 million to $520 million.",
     "Group revenue rose 15% overall, up from $410 million to $520 million.", "15%", "FC203"),
    ("Exports grew 8% last year, with shipments to Canada up from £120m to £180m.",
     "Exports grew 8% last year, up from £120m to £180m.", "8%", "FC203"),
    ("Ridership fell 12% in the spring, with weekend trips down from 40,000 to 25,000, the authority said.",
     "Ridership fell 12% in the spring, down from 40,000 to 25,000, the authority said.", "12%", "FC203"),
    ("Membership has doubled, with junior members, about a third of the club, going from 300 to 450.",
     "Membership has doubled, going from 300 to 450.", "doubled", "FC302"),
    ("Sales rose 4% in the quarter, with online orders, a fifth of the total, up from 2.1 million to 2.9 million.",
     "Sales rose 4% in the quarter, up from 2.1 million to 2.9 million.", "4%", "FC203"),
    ("Turnover fell by a fifth, with its two London shops down from £8.2m to £5.1m, the accounts show.",
     "Turnover fell by a fifth, down from £8.2m to £5.1m, the accounts show.", "a fifth", "FC203"),
    ("Costs have tripled, with fuel alone going from £12,000 to £30,000 a year.",
     "Costs have tripled, going from £12,000 to £30,000 a year.", "tripled", "FC302"),
    ("Visitor numbers rose 30% this summer, with overseas guests up from 9,000 to 16,000, the trust said.",
     "Visitor numbers rose 30% this summer, up from 9,000 to 16,000, the trust said.", "30%", "FC203"),
]


@pytest.mark.parametrize("other,own,target,rule", WITH_OTHER_SUBJECT)
def test_round22_with_other_subject(other, own, target, rule):
    assert_clean(other)
    assert_flagged(own, target, rule)


def test_round22_with_change_noun_still_reads():
    # ", with a rise of N%" names the change again, no other subject: the rule does not stop it
    assert_clean("Sales rose to $520 million from $400 million, with a rise of 30% on the year.")


# A span of time with its unit on one level only: "from 18 weeks to 12", "to 20 from 6 days".
DURATION_UNIT_ONCE = [
    ("Waits for a scan have halved, falling from 18 weeks to 12 since the new machine arrived.",
     "Waits for a scan have halved, falling from 18 weeks to 9 since the new machine arrived.", "halved", "FC302"),
    ("The average hospital stay has doubled, to 20 from 6 days.",
     "The average hospital stay has doubled, to 12 from 6 days.", "doubled", "FC302"),
    ("Journey times have been cut by a quarter, from 80 minutes to 50, since the bypass opened.",
     "Journey times have been cut by a quarter, from 80 minutes to 60, since the bypass opened.", "a quarter",
     "FC203"),
    ("Delays rose 20% last year, from 45 minutes to 60, the operator said.",
     "Delays rose 20% last year, from 45 minutes to 54, the operator said.", "20%", "FC203"),
    ("The wait for a hip operation has doubled in two years, from 20 weeks to 34.",
     "The wait for a hip operation has doubled in two years, from 20 weeks to 40.", "doubled", "FC302"),
    ("Typical build times have tripled - from four months to nine, builders say.",
     "Typical build times have tripled - from four months to twelve, builders say.", "tripled", "FC302"),
    ("The working week fell by about 10%, from 40 hours to 32, under the trial.",
     "The working week fell by about 10%, from 40 hours to 36, under the trial.", "10%", "FC203"),
    ("Response times grew by half, from 8 minutes to 15, according to the ambulance service.",
     "Response times grew by half, from 8 minutes to 12, according to the ambulance service.", "half", "FC203"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", DURATION_UNIT_ONCE)
def test_round22_duration_unit_once(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# "between 2021 and 2024" names two years (the span of the change), no other figure between the size and its
# levels.
BETWEEN_YEARS = [
    ("Recorded burglaries tripled between 2021 and 2024, rising from 212 to 463.",
     "Recorded burglaries tripled between 2021 and 2024, rising from 212 to 636.", "tripled", "FC302"),
    ("Applications doubled between 2019 and 2023, from 1,400 to 2,100, the university said.",
     "Applications doubled between 2019 and 2023, from 1,400 to 2,800, the university said.", "doubled", "FC302"),
    ("Bus fares rose 40% between 2015 and 2025, from £2.00 to £3.20.",
     "Bus fares rose 40% between 2015 and 2025, from £2.00 to £2.80.", "40%", "FC203"),
    ("The herd halved in size between 2018 and 2024, falling from 900 animals to 600.",
     "The herd halved in size between 2018 and 2024, falling from 900 animals to 450.", "halved", "FC302"),
    ("The number of pubs fell by a third between 2010 and 2020 - from 150 to 120.",
     "The number of pubs fell by a third between 2010 and 2020 - from 150 to 100.", "a third", "FC203"),
    ("Output grew 25% between 2022 and 2024, to 5,100 tonnes from 3,600 tonnes.",
     "Output grew 25% between 2022 and 2024, to 4,500 tonnes from 3,600 tonnes.", "25%", "FC203"),
    ("Complaints quadrupled between 2020 and 2023, climbing from 55 to 130, the ombudsman found.",
     "Complaints quadrupled between 2020 and 2023, climbing from 55 to 220, the ombudsman found.", "quadrupled",
     "FC302"),
    ("Average rents rose by about 30% between 2016 and 2024, from €900 a month to €1,400.",
     "Average rents rose by about 30% between 2016 and 2024, from €900 a month to €1,170.", "30%", "FC203"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", BETWEEN_YEARS)
def test_round22_between_years(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# sixfold to ninefold are multiples like fourfold and fivefold.
FOLDS = [
    ("The number of registered installers has grown sevenfold since 2018, from 64 firms to 290.",
     "The number of registered installers has grown sevenfold since 2018, from 64 firms to 448.", "sevenfold",
     "FC302"),
    ("Claims rose sixfold, from 120 to 410, in the year to March.",
     "Claims rose sixfold, from 120 to 720, in the year to March.", "sixfold", "FC302"),
    ("Its revenue grew eightfold in five years - from £2m to £9m.",
     "Its revenue grew eightfold in five years - from £2m to £16m.", "eightfold", "FC302"),
    ("Sightings increased ninefold, from 40 in 2019 to 200 last year, volunteers said.",
     "Sightings increased ninefold, from 40 in 2019 to 360 last year, volunteers said.", "ninefold", "FC302"),
    ("Downloads have risen sevenfold to 3.1 million from 700,000.",
     "Downloads have risen sevenfold to 4.9 million from 700,000.", "sevenfold", "FC302"),
    ("A sixfold rise took the backlog from 2,000 cases to 9,000.",
     "A sixfold rise took the backlog from 2,000 cases to 12,000.", "sixfold", "FC302"),
    ("Bookings jumped roughly eightfold, from 310 to 1,500.",
     "Bookings jumped roughly eightfold, from 310 to 2,500.", "eightfold", "FC302"),
    ("The fine went up ninefold, from $50 to $300, under the new rules.",
     "The fine went up ninefold, from $50 to $450, under the new rules.", "ninefold", "FC302"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", FOLDS)
def test_round22_folds(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# The size names its own base time ("than a year earlier"), so a period between it and the levels is the levels'
# own period, not another period of the change.
THAN_BASE_TIME = [
    ("Offshore turbines generated a third more power in the first quarter than a year earlier, 4.1 terawatt-hours "
     "against 3.6.",
     "Offshore turbines generated a third more power in the first quarter than a year earlier, 4.8 terawatt-hours "
     "against 3.6.", "a third", "FC203"),
    ("The port handled 25% more containers in the second half than a year before, 640,000 compared with 590,000.",
     "The port handled 25% more containers in the second half than a year before, 740,000 compared with 590,000.",
     "25%", "FC203"),
    ("Farmers produced a fifth less milk in the quarter than the previous quarter, 2.2 million litres against 2.5 "
     "million litres.",
     "Farmers produced a fifth less milk in the quarter than the previous quarter, 2.0 million litres against 2.5 "
     "million litres.", "a fifth", "FC203"),
    ("The airport handled 18% more flights during the week than in 2023, 3,050 compared with 2,900, it said.",
     "The airport handled 18% more flights during the week than in 2023, 3,420 compared with 2,900, it said.",
     "18%", "FC203"),
    ("Members borrowed 30% more books in the quarter than a year earlier, 9,100 against 8,600, the library said.",
     "Members borrowed 30% more books in the quarter than a year earlier, 11,180 against 8,600, the library said.",
     "30%", "FC203"),
    ("Drivers bought about 12% less fuel in the three months to June than a year earlier, 410 million litres "
     "against 440 million.",
     "Drivers bought about 12% less fuel in the three months to June than a year earlier, 387 million litres "
     "against 440 million.", "12%", "FC203"),
    ("The mill ground two fifths more grain in the six months to June than a year before, 6,300 tonnes against 5,700 "
     "tonnes.",
     "The mill ground two fifths more grain in the six months to June than a year before, 7,980 tonnes against 5,700 "
     "tonnes.", "two fifths", "FC203"),
    ("The fund paid out 16% more in the quarter than twelve months earlier, £45m against £43m.",
     "The fund paid out 16% more in the quarter than twelve months earlier, £50m against £43m.", "16%", "FC203"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", THAN_BASE_TIME)
def test_round22_than_base_time(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


def test_round22_period_of_change_stays_apart():
    # a weekly change set beside a year-on-year comparison: the week is the change's period, no frame
    assert_clean("Claims fell by 3,100 in the week to 211,000, compared with 251,000 a year earlier.")


# A headline change over a lead whose level counts other, fewer things in its post-modifier ("on its three
# northern crossings") before the earlier level it is set against.
HEADLINE_MODIFIER_COUNT = [
    ("Ferry passengers up 14% on island routes\nThe operator carried 1.38 million passengers on its three island "
     "crossings last year, against 1.31 million in 2023.",
     "Ferry passengers up 5% on island routes\nThe operator carried 1.38 million passengers on its three island "
     "crossings last year, against 1.31 million in 2023.", "14%", "FC203"),
    ("Library loans fall 20%\nThe service lent 412,000 loans across its 14 branches last year, compared with "
     "450,000 the year before.",
     "Library loans fall 8%\nThe service lent 412,000 loans across its 14 branches last year, compared with "
     "450,000 the year before.", "20%", "FC203"),
    ("Hospital admissions rise 25%\nThere were 18,400 admissions at the trust's four hospitals this winter, against "
     "16,900 last winter, figures show.",
     "Hospital admissions rise 9%\nThere were 18,400 admissions at the trust's four hospitals this winter, against "
     "16,900 last winter, figures show.", "25%", "FC203"),
    ("Bus journeys down 15% in county\nOperators recorded 2.6 million journeys on their 40 routes in the year, "
     "compared with 2.9 million a year earlier.",
     "Bus journeys down 10% in county\nOperators recorded 2.6 million journeys on their 40 routes in the year, "
     "compared with 2.9 million a year earlier.", "15%", "FC203"),
    ("Cinema admissions rise 30%\nThe chain recorded 2.2 million admissions at its 12 cinemas in the year, compared with "
     "2.0 million a year earlier, it said.",
     "Cinema admissions rise 10%\nThe chain recorded 2.2 million admissions at its 12 cinemas in the year, compared with "
     "2.0 million a year earlier, it said.", "30%", "FC203"),
    ("Rail journeys on branch lines fall 12%\nPassengers made 3.5 million journeys on the region's six branch "
     "lines last year, against 3.7 million the year before.",
     "Rail journeys on branch lines fall 5%\nPassengers made 3.5 million journeys on the region's six branch "
     "lines last year, against 3.7 million the year before.", "12%", "FC203"),
    ("School meals served up 35%\nKitchens served 640,000 meals in the county's 85 schools this term, "
     "against 590,000 in the same term last year.",
     "School meals served up 8%\nKitchens served 640,000 meals in the county's 85 schools this term, "
     "against 590,000 in the same term last year.", "35%", "FC203"),
    ("Parking fines down 18%\nWardens issued 41,000 fines in its 30 car parks in the year, against 45,000 in the "
     "previous year.",
     "Parking fines down 9%\nWardens issued 41,000 fines in its 30 car parks in the year, against 45,000 in the "
     "previous year.", "18%", "FC203"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", HEADLINE_MODIFIER_COUNT)
def test_round22_headline_modifier_count(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# The two levels after a colon or dash, the unit said on the first only ("cost 1.20 euros in 2021 now sells for
# 1.80"): one measure all the same.
UNIT_ON_FIRST_LEVEL = [
    ("The price of a pint has gone up by a third, landlords say: a pint that cost £3.60 in 2019 now sells for 5.40.",
     "The price of a pint has gone up by a third, landlords say: a pint that cost £3.60 in 2019 now sells for 4.80.",
     "a third", "FC203"),
    ("The catch has halved: boats landed 8,000 tonnes in 2014 and 5,500 in 2024.",
     "The catch has halved: boats landed 8,000 tonnes in 2014 and 4,000 in 2024.", "halved", "FC302"),
    ("Rents rose 25% in five years: a flat cost €1,200 in 2019 and now costs 1,700.",
     "Rents rose 25% in five years: a flat cost €1,200 in 2019 and now costs 1,500.", "25%", "FC203"),
    ("Yields fell by about a fifth: the farm cut 90 tonnes of hay in 2020 and 60 in 2024.",
     "Yields fell by about a fifth: the farm cut 90 tonnes of hay in 2020 and 72 in 2024.", "a fifth", "FC203"),
    ("The harvest has doubled: growers picked 1,400 tonnes in 2019 and 2,100 in 2024.",
     "The harvest has doubled: growers picked 1,400 tonnes in 2019 and 2,800 in 2024.", "doubled", "FC302"),
    ("Rainfall fell by 40% over the decade: the gauge read 900mm in 2014 and 720 in 2024.",
     "Rainfall fell by 40% over the decade: the gauge read 900mm in 2014 and 540 in 2024.", "40%", "FC203"),
    ("Prices have tripled, traders say: a kilo of coffee that cost £6 in 2018 now sells for 12.",
     "Prices have tripled, traders say: a kilo of coffee that cost £6 in 2018 now sells for 18.", "tripled", "FC302"),
    ("Ticket prices have doubled, fans say: a seat that cost £25 in 2017 now sells for 38.",
     "Ticket prices have doubled, fans say: a seat that cost £25 in 2017 now sells for 50.", "doubled", "FC302"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", UNIT_ON_FIRST_LEVEL)
def test_round22_unit_on_first_level(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# A count's noun and its vowel-free abbreviation name one unit ("61 megabits per second from 38 Mbps").
ABBREVIATED_UNIT = [
    ('Rural download speeds improved 42%, to 61 megabits per second from 38 Mbps, the regulator found.',
     'Rural download speeds improved 61%, to 61 megabits per second from 38 Mbps, the regulator found.', '42%', 'FC203'),
    ('Average speeds doubled to 61 megabits from 38 Mbps.',
     'Average speeds doubled to 76 megabits from 38 Mbps.', 'doubled', 'FC302'),
    ('Upload speeds rose 20%, from 38 Mbps to 61 megabits per second.',
     'Upload speeds rose 61%, from 38 Mbps to 61 megabits per second.', '20%', 'FC203'),
    ("The backbone's capacity has tripled, from 40 Gbps to 100 gigabits per second, engineers said.",
     "The backbone's capacity has tripled, from 40 Gbps to 120 gigabits per second, engineers said.", 'tripled', 'FC302'),
    ('Mobile speeds fell by about a quarter in the evening peak, to 12 megabits per second from 20 Mbps.',
     'Mobile speeds fell by about a quarter in the evening peak, to 15 megabits per second from 20 Mbps.', 'a quarter', 'FC203'),
    ('Speeds on the old lines were cut 50% - from 512 kbps to 384 kilobits per second.',
     'Speeds on the old lines were cut 25% - from 512 kbps to 384 kilobits per second.', '50%', 'FC203'),
    ('Speeds at the exchange rose by a third, to 64 megabits per second from 40 Mbps, the firm said.',
     'Speeds at the exchange rose by a third, to 64 megabits per second from 48 Mbps, the firm said.', 'a third', 'FC203'),
    ('Fibre users saw speeds jump fivefold, to 900 megabits per second from 300 Mbps.',
     'Fibre users saw speeds jump threefold, to 900 megabits per second from 300 Mbps.', 'fivefold', 'FC302'),
]


@pytest.mark.parametrize("flagged,clean,target,rule", ABBREVIATED_UNIT)
def test_round22_abbreviated_unit(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


def test_round22_other_counted_things_stay_apart():
    # two different counted nouns are still two measures
    assert_clean("Arrests rose 40%, to 61 arrests from 38 charges, police said.")

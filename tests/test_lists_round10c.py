"""List counts, round 10c: an apposition after an infinitive or an irregular participle phrase ("The
two suppliers to collapse this month, A, B and C,"; "the two crops hit hardest by the drought, wheat,
barley and oilseed rape, are"), lower-case things in apposition to the subject before its verb, and an
item holding a larger count than the list's own ("six measures: ..., 300 more hostel beds and ...")."""
from __future__ import annotations

import pytest

from checker import check_text


def _problems(text, code=None):
    return [f for f in check_text(text) if f.is_problem and (code is None or f.rule == code)]


FLAGGED = [
    ('The two suppliers to collapse this month, Ember Power, Northway Gas and Lumen Energy, had about 180,000 customers between them.',
     'two'),
    ('The three clubs to go bust since 2020, Arden Town, Belvoir United, Carrick Rovers and Dunmore, played in the same league.',
     'three'),
    ('The four ministers to resign this week, Ann Hale, Bo Trent and Cy Marsh, all backed the motion.',
     'four'),
    ("Its two hospitals to miss the target, St Anne's, Riverside, and Northgate General, will get extra funding.",
     'two'),
    ('The two councils hit hardest by the cuts, Hartside, Moorfield and Eastbay, have asked for help.',
     'two'),
    ('The three towns worst hit by the flood, Selby, Goole, Howden and Snaith, will share a £5m fund.',
     'three'),
    ('The two crops hit hardest by the drought, wheat, barley and oilseed rape, are expected to yield a fifth less than usual.',
     'two'),
    ('The three species hit hardest by the disease, ash, elm, oak and beech, have been monitored since 2015.',
     'three'),
    ('The two products cut from the range, soup, bread and cheese, were the least popular.',
     'two'),
    ('The two dishes dropped from the menu, soup, pasta and a fish pie, were the least popular.',
     'two'),
    ('The mayor unveiled six measures to tackle homelessness: a rent freeze, a ban on no-fault evictions, 300 more hostel beds and a register of private landlords.',
     'six'),
    ('The union listed five demands: a 4% pay rise, 200 extra nurses, free parking and a shorter rota.',
     'five'),
    ('The council approved three schemes to ease congestion: a new bus lane, 40 more parking spaces, a cycle hub and a park-and-ride site.',
     'three'),
    ('The charity set out three proposals - a national register, an extra 500 foster places, a helpline and a review - on Monday.',
     'three'),
    ('The minister announced two changes to the scheme: a 12-month cap, 5,000 more places and a new appeals body.',
     'two'),
    ('The two crops, wheat, barley and oats, are expected to yield less.',
     'two'),
]

CLEAN = [
    'The union listed five demands: a 4% pay rise, 200 extra nurses, free parking and a shorter rota, and more.',
    'The two suppliers to collapse this month, Ember Power and Northway Gas, had about 180,000 customers between them.',
    'The three clubs to go bust since 2020, Arden Town, Belvoir United and Carrick Rovers, played in the same league.',
    'The two councils hit hardest by the cuts, Hartside and Moorfield, have asked for help.',
    'Several suppliers to collapse this month, including Ember Power, Northway Gas and Lumen Energy, had customers.',
    'The two suppliers to collapse this month, including Ember Power, Northway Gas and Lumen Energy, had customers.',
    'The two crops hit hardest by the drought, wheat and barley, are expected to yield a fifth less than usual.',
    'The three crops hit hardest by the drought, wheat, barley and oilseed rape, are expected to yield a fifth less than usual.',
    'The two crops hit hardest by the drought, farmers said, wheat, barley and oats are struggling.',
    'The two men hit by the car, father and son, were treated in hospital.',
    'The two regions hit hardest by the drought, the east and south, barley, wheat and oats are struggling.',
    'The two firms hit hardest by the strike, however, said sales, profits and margins had held up.',
    'The mayor unveiled four measures to tackle homelessness: a rent freeze, a ban on no-fault evictions, 300 more hostel beds and a register of private landlords.',
    'The mayor unveiled six measures to tackle homelessness, including a rent freeze, a ban on no-fault evictions, 300 more hostel beds and a register of private landlords.',
    'The mayor unveiled six measures to tackle homelessness, which has risen by 300 in a year: a rent freeze, a ban on evictions and a register of landlords.',
    'The union listed three demands: a 4% pay rise, 200 extra nurses and free parking.',
    'The jury heard from five witnesses - two police officers, a paramedic, a cook and a neighbour.',
    'The council approved three schemes: 300 homes at Ashby, 200 homes at Brent and a school.',
    'The charity set out four proposals - a national register, an extra 500 foster places, a helpline and a review - on Monday.',
    'The three species hit hardest by the disease, ash, elm and oak, have been monitored since 2015.',
    'The two products cut from the range, his soup and their bread, were the least popular.',
    'The two firms cut from the list, profits, sales and margins are falling.',
    'The four teams to reach the final, Leeds, Hull, York and Bath, will play on Sunday.',
    'The two crops, wheat and barley, are expected to yield less.',
    'The two crops grown on the estate, wheat, barley and oats, the farmer said, had failed.',
    'The mayor unveiled six measures: a rent freeze, 300 more beds, a ban on evictions, a register of landlords, a £2m fund and a helpline.',
    'The two changes to the scheme, a cap and 5,000 more places, were welcomed.',
]


@pytest.mark.parametrize("text,span", FLAGGED)
def test_flagged(text, span):
    found = _problems(text, "FC410")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert not _problems(text)


# race distances naming the events counted, after a comma (and a short time or place phrase)
DISTANCES_FLAGGED = [
    ('The 19-year-old won gold in three events at the European juniors, the 100m and 200m, and is now targeting the senior team.',
     'three'),
    ('She set national records in two distances last season, the 800m, the 1500m and the 5,000m.',
     'two'),
    ('He will race in four events in Paris, the 100m, 200m and 400m.',
     'four'),
    ('The swimmer is entered for three races this weekend, the 50m, 100m, 200m and 400m freestyle.',
     'three'),
    ('Ahmed won silver in two races at the world championships, the 5,000m, 10,000m and 1500m.',
     'two'),
    ('Kipchoge has entered three road races this autumn, the 10km and 20km.',
     'three'),
    ('The council has staged three races this year, the 5km and 10km, and is planning a half marathon.',
     'three'),
    ('She has entered two road races this spring, the 10 miles, the 20 miles and the 5km.',
     'two'),
]

DISTANCES_CLEAN = [
    'The 19-year-old won gold in two events at the European juniors, the 100m and 200m, and is now targeting the senior team.',
    'The 19-year-old won gold in three events at the European juniors, including the 100m and 200m.',
    'The council built three towers, 120m and 95m tall.',
    'The club will stage three races in June, the 100m, 200m and 400m.',
    'He has run four races this year, the 100m, 200m, 400m and 800m, the coach said.',
    'He won three medals in the 100m and 200m.',
    'He won three medals, the 100m twice and the 200m, at the games.',
    'She ran three times in the 800m and 1500m.',
    'In three races, the 100m and 200m, she set personal bests.',
    'The two bridges, 40m, 60m and 80m long, were closed.',
    'The team won two relays, the 4x100m and 4x400m.',
    'The runners covered three laps, 400m, 800m and 1200m in all.',
    'She won gold in three events at the European juniors, the 100m, 200m and 400m, and broke two records.',
    'The three sprinters, the 100m and 200m champions, will race on Friday.',
    'The club staged three events, the 100m and 200m finals, on Sunday.',
    'He set three records, the 100m in 9.9sec, the 200m and the 400m.',
    'The council will build two paths, 5km and 8km long, by the river.',
    'She has entered three road races this spring, the 10 miles, the 20 miles and the 5km.',
]


@pytest.mark.parametrize("text,span", DISTANCES_FLAGGED)
def test_distances_flagged(text, span):
    found = _problems(text, "FC410")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", DISTANCES_CLEAN)
def test_distances_clean(text):
    assert not _problems(text)


# more wording: other participles ("withdrawn", "forced to close", "laid up"), possessive subjects, larger
# counts inside items after a dash; twins with a shared plural head ("bus, cycle and car lanes"), people,
# a partial cue, a partitive, an interjected attribution
MORE_FLAGGED = [
    ('The two banks to fail last year, Northbank, Eastway Savings, and Castle Mutual, were both regional lenders.',
     'two'),
    ("Britain's three airlines to cut routes this winter, Skyline, Jetway, Aerolink and Blue Air, blamed fuel costs.",
     'three'),
    ('The four schools forced to close by the storm, Ashby Primary, Brook Lane and Carr Hill, reopened on Monday.',
     'four'),
    ('The two councils worst affected by last winter’s flooding, Selby, Goole and Howden, will share a £5m fund.',
     'two'),
    ('The three ferries laid up for repairs, the Iona, the Skye, the Mull and the Arran, will return in May.',
     'three'),
    ('The three vegetables worst affected by the frost, potatoes, carrots, leeks and onions, have doubled in price.',
     'three'),
    ('Its two products withdrawn from the range, milk, cheese and yoghurt, were made at the Leeds plant.',
     'two'),
    ("The council's two services cut in the budget, libraries, parks and youth clubs, had already lost staff.",
     'two'),
    ("The firm's three sites earmarked for closure, Hull, Leeds, York and Bath, employ 900 people.",
     'three'),
    ('The government announced four measures to ease the cost of living: a fuel duty cut, 2,000 more apprenticeships, free school meals, a rail fare freeze and a new energy grant.',
     'four'),
    ("The club listed three priorities for next season: a new stand, 5,000 more season tickets, a training ground and a women's team.",
     'three'),
    ('The plan has three parts: a new bypass, 400 more homes, a school and a health centre.',
     'three'),
    ('The charity made five recommendations - a national register, 1,000 extra foster carers, a helpline and a review - in its report.',
     'five'),
]

MORE_CLEAN = [
    'The two banks to fail last year, Northbank and Castle Mutual, were both regional lenders.',
    'The four schools forced to close by the storm, Ashby Primary, Brook Lane, Carr Hill and Deane, reopened on Monday.',
    'The three vegetables worst affected by the frost, potatoes, carrots and leeks, have doubled in price.',
    "The council's three services cut in the budget, libraries, parks and youth clubs, had already lost staff.",
    'The two services cut in the budget, libraries and parks, officials said, had lost staff.',
    'The two crops hit hardest, wheat and barley, and the dairy sector have struggled.',
    'The three firms hit by the strike, shops, pubs and cafes, said trade was down.',
    'The plan has four parts: a new bypass, 400 more homes, a school and a health centre.',
    'The plan has three parts: a new bypass with 400 more homes, a school and a health centre.',
    'The plan has four parts, including a new bypass, 400 more homes, a school and a health centre.',
    'The plan has two parts: 400 more homes and 300 flats, a school and a health centre.',
    'The two men worst hurt in the crash, a father, his son and their driver, were flown to hospital.',
    'Two of the crops hit hardest by the drought, wheat, barley and oats, are expected to yield less.',
    'The two crops hit hardest by the drought, such as wheat, barley and oats, are expected to yield less.',
    'The two lanes cut from the road, bus, cycle and car lanes, were reopened.',
    'The three bills passed last week, on housing, health and tax, take effect in April.',
    'The two teams to beat, Leeds and Hull, meet on Sunday.',
    # a modifier ending in other things: the list may be theirs
    'The four firms in talks with the supermarkets, Tesco and Asda, have raised prices.',
    'The two firms to supply the supermarkets, milk, cheese and bread, are in Devon.',
    'The three towns worst hit by the floods, Selby and Goole, will share a £5m fund.',
    'The two dogs to be rehomed, Rex, and Bella, are in kennels.',
]


@pytest.mark.parametrize("text,span", MORE_FLAGGED)
def test_more_flagged(text, span):
    found = _problems(text, "FC410")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", MORE_CLEAN)
def test_more_clean(text):
    assert not _problems(text)


# a relative clause or an -ing participle before the apposition
RELATIVE_FLAGGED = [
    ("The two suppliers that collapsed this month, Ember Power, Northway Gas and Lumen Energy, had 180,000 "
     "customers.", "two"),
    ("The three lenders which have gone bust, Castle Mutual and Eastway Savings, were regional.", "three"),
    ("The two airlines facing collapse this winter, Skyline, Jetway and Blue Air, have asked for help.", "two"),
    ("The four clubs going into administration, Arden Town, Belvoir United and Carrick Rovers, owe £3m.", "four"),
    ("The two things that matter most, price, quality and speed, are all improving.", "two"),
    ("The two branches to be closed, Alva, Brora and Cupar, employ 40 people.", "two"),
    ("The two products to be withdrawn this year, milk, cheese and yoghurt, were made in Leeds.", "two"),
]

RELATIVE_CLEAN = [
    "The three suppliers that collapsed this month, Ember Power, Northway Gas and Lumen Energy, had customers.",
    "The two airlines facing collapse this winter, Skyline and Jetway, have asked for help.",
    "The three firms that supply Tesco, Asda and Lidl are in Devon.",
    "The three firms that supply the supermarkets, Tesco and Asda, are in Devon.",
    "The three firms supplying the supermarkets, Tesco and Asda, are in Devon.",
    "Three stores that closed, in Leeds, Hull, York and Bath, reopened.",
    # the modifier's bare noun may be the first thing listed
    "The three firms that make soap, shampoo and toothpaste, were sold.",
    "The three branches to be closed, Alva, Brora and Cupar, employ 40 people.",
    "The three firms making soap, shampoo and toothpaste, were sold.",
    "The three villages cut off by snow, ice and floods, were reached on Friday.",
    "The three ministers responsible for health, housing and transport, have resigned.",
    "The two suppliers that collapsed this month, including Ember Power, Northway Gas and Lumen Energy, had customers.",
]


@pytest.mark.parametrize("text,span", RELATIVE_FLAGGED)
def test_relative_flagged(text, span):
    found = _problems(text, "FC410")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", RELATIVE_CLEAN)
def test_relative_clean(text):
    assert not _problems(text)


def test_bare_count_subject_with_things():
    text = "Two crops hit hardest by the drought, wheat, barley and oilseed rape, are expected to yield less."
    found = _problems(text, "FC410")
    assert found and text[found[0].start:found[0].end] == "Two"
    assert not _problems("Three crops hit hardest by the drought, wheat, barley and oilseed rape, are expected to "
                         "yield less.")


DISTANCES_DASH_FLAGGED = [
    ("The 20-year-old reached the final in three events at the world indoors - the 60m and 400m - and now eyes "
     "Paris.", "three"),
    ("She will swim two events at the trials: the 50m, the 100m and the 200m.", "two"),
]

DISTANCES_DASH_CLEAN = [
    "The 20-year-old reached the final in two events at the world indoors - the 60m and 400m - and now eyes Paris.",
    "The council built three towers - 120m, 140m and 95m tall - by the river.",
    "She will swim three events at the trials, including the 50m and 100m.",
]


@pytest.mark.parametrize("text,span", DISTANCES_DASH_FLAGGED)
def test_distances_dash_flagged(text, span):
    found = _problems(text, "FC410")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", DISTANCES_DASH_CLEAN)
def test_distances_dash_clean(text):
    assert not _problems(text)


def test_amounts_in_most_items_are_no_list_of_the_things():
    # who is aboard, not the buses: most items hold a larger count
    assert not _problems("The school hired three buses: 40 pupils and 12 teachers.")
    assert not _problems("The school hired three buses: 40 pupils, 12 teachers and a nurse.")
    text = "The manifesto makes seven promises on the NHS: 40,000 more nurses, 50 new hospitals, free parking and " \
           "shorter waits."
    found = _problems(text, "FC410")
    assert found and text[found[0].start:found[0].end] == "seven"


# a capitalised word inside the modifier, its last word lower-case
CAPITALISED_MODIFIER_FLAGGED = [
    ("The two clubs relegated from the Premier League last season, Leeds, Burnley and Luton, were fined.", "two"),
    ("The three lenders in the UK market to fail, Castle Mutual and Eastway Savings, were small.", "three"),
]

CAPITALISED_MODIFIER_CLEAN = [
    "The three clubs relegated from the Premier League last season, Leeds, Burnley and Luton, were fined.",
    # the modifier's last word is a name: the list may go on from it
    "The three firms in talks with Arco, Belmar and Corvo, are in Devon.",
    "The four firms in talks with Arco, Belmar and Corvo, are in Devon.",
]


@pytest.mark.parametrize("text,span", CAPITALISED_MODIFIER_FLAGGED)
def test_capitalised_modifier_flagged(text, span):
    found = _problems(text, "FC410")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", CAPITALISED_MODIFIER_CLEAN)
def test_capitalised_modifier_clean(text):
    assert not _problems(text)

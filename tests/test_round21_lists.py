"""Round 21, a count against its list (checker/relate/lists.py) and changes (changes.py, percents.py).

Lists:
* ``_OF_NOUN`` before a comma: "Two of the club's players, striker A, defender B and goalkeeper C, ..." -- the
  names in apposition are the part counted (not gapping: "Kent has 19 of the farms, Herefordshire 17 ...").
* ``_NUMBERED_COPULA``: things known by their numbers after a copula ("The five routes to be scrapped are the 7,
  the 15A, the 22 and the 41"), the count with a determiner.
* ``_LAST_SINGLED_OUT``: the last item singled out to the sentence's end (", the first born at the zoo since 1998").
* ``_one_town_short``: towns after "in" for five or more things, one short of the count, is a warning (fewer may
  share towns: silent); ``_PARTICLE_PLACES``: "will put nine pubs up for sale, in A, B, ...".
* ``_PART_AMONG`` with an adjective: "seven gold medals among the 14 gardens: A, B, ..." (part of a whole).

Changes:
* ``_as_many_as_base`` (r21-chg2's reader, which replaced this branch's twin at the merge): "1,146 adult frogs at the ponds this spring, two and a half times as many as the 296 found in
  2020" (the level's own noun no lead word of the apposition).
* ``_ON`` after the size's own unit: "up 3.8 points on the 59.2 per cent".
* ``_circumstance_before_old`` (r21-chg2's reader, which replaced this branch's twin at the merge): "doubled to 96,000 last year after the new visitor centre opened, up from 58,000" (a clause of
  circumstance with its own subject and past verb, no change word in it).
* "a slowdown of 1.2 percentage points" sizes a fall.
* ``_fraction_size``: a fraction sizing a change set after the level, the old level in the sentence before ("This
  year's peak was 121 billion litres, a fall of nearly a third").
* ``_MULTIPLE_CLOSES`` / ``_LEVEL_THEN_MULTIPLE``: "Today there are 138, a fourfold increase, according to ..." after
  the base's sentence ("today" before "there" takes it up).
* headline changes sized by a fraction ("Burglaries fall by a quarter") over the lead's levels, like a percentage.
* ``_MULTIPLE_BASE_LEAD``: a multiple's base named by an event ("as before the lane opened - 4,100, compared with
  2,050"; "than when the scheme began: ...").
* ``_APPOSED`` (percents): "rose by 6.5% from 18.84m in 2023, an extra 1.28m journeys" -- the amount after "an
  extra" / "an additional" restates the change sized as a percentage of the old level.
* ``_owner_taken_up``: "X expanded its estate by 42% ... The company now has 91 shops, up from 58" -- a generic
  name of the subject whose own measure moved takes the change up, as "It" does.

Each flagged row has a clean twin (same words, figures that agree)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged count, clean count)
PART_APPOSED_ROWS = [
    ("roles", "{n} of the club's players, striker Ian Roe, defender Jo Lee and keeper Al Fox, have tested positive.",
     "Two", "Three"),
    ("plain names", "{n} of the team's riders, Ann Roe, Bo Lee and Cy Fox, crashed on the descent.", "Four", "Three"),
    ("police said", "Police said {n} of the gang's members, Dan Hart, Eli Moss and Finn Kerr, had been charged.",
     "two", "three"),
    ("object", "The club released {n} of its young players, Sam Ode, Tom Hale, Ravi Shah and Lee Wong, on Friday.",
     "three", "four"),
    ("written, year after", "{n} of the council's members, Rita Vance, Omar Said and Ken Bell, quit the party in 2024.",
     "Two", "Three"),
    ("firms", "{n} of the region's biggest employers, Arco, Belmar and Corvo, will cut jobs this year.", "Two",
     "Three"),
    ("last described", "{n} of the zoo's keepers, Ann Roe, Bo Lee and Cy Fox, a vet from Leeds, were hurt.",
     "Four", "Three"),
    ("digits", "{n} of the party's candidates, Ann Roe, Bo Lee, Cy Fox and Di Kerr, stood down on Monday.", "5",
     "4"),
]

NUMBERED_COPULA_ROWS = [
    ("routes, the each", "The {n} routes to be scrapped are the 7, the 15A, the 22 and the 41.", "five", "four"),
    ("routes, relative after", "The {n} routes to go are the 7, 15A, 22 and 41, which carried few passengers.",
     "three", "four"),
    ("services, were", "The {n} services cut last year were the 12, the 19 and the X4, the council said.", "four",
     "three"),
    ("its lines", "Its {n} busiest lines are the 3, the 8, the 11 and the 25.", "three", "four"),
    ("will be", "From Sunday the {n} new routes will be the 50, the 51 and the 52.", "two", "three"),
    ("possessive", "The operator's {n} night routes are the 1, 5, 9 and 12.", "five", "four"),
    ("platforms", "The {n} platforms to shut are 3, 4 and 7.", "four", "three"),
]

LAST_SINGLED_OUT_ROWS = [
    ("species", "Keepers welcomed young from {n} species: an okapi calf, a lemur baby and a rhino calf, the first "
     "rhino born at the park since 1999.", "four", "three"),
    ("ferries", "The firm runs {n} ferries: the Skye, the Iona and the Arran, the oldest still in service in "
     "Scotland.", "four", "three"),
    ("things", "The trust bought {n} engines: a tank engine, a diesel shunter and a steam crane, the only one of its "
     "kind left.", "two", "three"),
]


# towns after "in", one short of a count of five or more things: a warning (like sites after "at")
TOWNS_SHORT_ROWS = [
    ("apposed", "The trust's {n} hospitals, in Ayr, Troon, Irvine, Largs, Girvan and Maybole, will limit visits.",
     "seven", "six"),
    ("object, particle", "The group will put {n} pubs up for sale, in Crewe, Rhyl, Hull, Leek, Ayr and Bury, it said.",
     "seven", "six"),
    ("object", "The bank will shut {n} branches, in Alnwick, Morpeth, Hexham, Ayr and Troon, in May.", "six",
     "five"),
    ("time phrase", "The chain opened {n} stores this year, in Leeds, Hull, York, Derby, Bath and Ely.", "seven",
     "six"),
]

# a part before "among the" and the whole, an adjective before the part's noun
PART_AMONG_ROWS = [
    ("medals", "The judges awarded {n} gold medals among the 14 gardens: Salt Marsh, Quarry Rest, Bee Garden, "
     "Orchard Room and Rainwater Court.", "six", "five"),
    ("riders", "The club had {n} young riders among the 20 finalists: Ann Roe, Bo Lee and Cy Fox.", "four", "three"),
]


def _rows(table):
    return [pytest.param(t, f, c, id=name) for name, t, f, c in table if f is not None]


@pytest.mark.parametrize("template,flagged,clean", _rows(PART_APPOSED_ROWS))
def test_part_before_apposed_names(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", [
    "Kent has 19 of the farms, Herefordshire 17 and Worcestershire 12.",
    "Two of the club's players, who cannot be named, have tested positive.",
    "Two of the three players, Ann Roe, Bo Lee and Cy Fox, were named in the squad.",
    "Two of the club's players, Smith said, had tested positive.",
])
def test_part_before_a_comma_no_list(text):
    assert_clean(text)


@pytest.mark.parametrize("template,flagged,clean", _rows(NUMBERED_COPULA_ROWS))
def test_numbered_items_after_a_copula(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", [
    "Five routes are the busiest in the city, with the 7, 15 and 22 the worst.",
    "The four routes were 12, 14 and 15 minutes late on average.",
])
def test_numbered_copula_not_a_list(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    # a counted item in a list of kinds may be one kind or several: "two beetles" (two species) against "three penguin
    # chicks" (one species) -- either reading is left alone
    "Scientists identified four new species on the expedition: a frog, two beetles and a snail.",
    "Keepers welcomed young from four species: a tiger cub, twin red pandas, three penguin chicks and a camel calf.",
])
def test_kinds_with_counted_items_silent(text):
    assert_clean(text)


@pytest.mark.parametrize("template,flagged,clean", _rows(TOWNS_SHORT_ROWS))
def test_towns_one_short(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", [
    "The bank will shut its four branches, in Alnwick, Morpeth and Hexham, in May.",
    "The bank will shut its seven branches, in Alnwick, Morpeth, Hexham, Ayr and Troon, in May.",
    "Police arrested seven men, in Ayr, Troon, Irvine, Largs, Girvan and Maybole.",
])
def test_towns_shared_silent(text):
    assert_clean(text)


@pytest.mark.parametrize("template,flagged,clean", _rows(PART_AMONG_ROWS))
def test_part_among_with_adjective(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("template,flagged,clean", _rows(LAST_SINGLED_OUT_ROWS))
def test_last_item_singled_out(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


# (flagged, clean, target, rule)
CHANGE_ROWS = [
    # a multiple's base named by an event
    ("There are now three times as many riders on the line each week as before the new trains arrived - 4,100, "
     "compared with 2,050.",
     "There are now twice as many riders on the line each week as before the new trains arrived - 4,100, compared "
     "with 2,050.",
     "three times", "FC302"),
    ("Visits are four times higher than before the pandemic: 9,000, up from 3,000.",
     "Visits are three times higher than before the pandemic: 9,000, up from 3,000.", "four times", "FC302"),
    ("The park has twice as many visitors as when the cafe opened - 5,100, against 1,700.",
     "The park has three times as many visitors as when the cafe opened - 5,100, against 1,700.", "twice", "FC302"),
    ("Fares are double what they were before the franchise changed hands (£9, up from £6).",
     "Fares are double what they were before the franchise changed hands (£12, up from £6).", "double", "FC302"),
    ("Shops now take three times as much a day as before the car park was built: £30,000, against £15,000.",
     "Shops now take twice as much a day as before the car park was built: £30,000, against £15,000.",
     "three times", "FC302"),
    # a percentage change, the old level, then the same change as "an extra" amount
    ("Crossings rose by 6.5% from 18.84 million in 2023, an extra 1.28 million journeys.",
     "Crossings rose by 6.5% from 19.84 million in 2023, an extra 1.28 million journeys.", "6.5%", "FC203"),
    ("Membership grew 12% from 4,000 last year, an additional 600 members, the club said.",
     "Membership grew 15% from 4,000 last year, an additional 600 members, the club said.", "12%", "FC203"),
    ("Sales climbed by 8 per cent from £50m, an extra £6m.",
     "Sales climbed by 12 per cent from £50m, an extra £6m.", "8 per cent", "FC203"),
    # a multiple, then its base after "as many as the" (the level's own noun no lead word)
    ("Surveyors counted 1,146 adult frogs at the ponds this spring, two and a half times as many as the 296 found "
     "in 2020.",
     "Surveyors counted 1,146 adult frogs at the ponds this spring, four times as many as the 296 found in 2020.",
     "two and a half times", "FC302"),
    ("The club sold 900 season tickets this year, three times as many as the 450 it sold in 2019.",
     "The club sold 900 season tickets this year, twice as many as the 450 it sold in 2019.", "three times", "FC302"),
    ("The fund raised £60,000, twice as much as the £40,000 of last year, the charity said.",
     "The fund raised £80,000, twice as much as the £40,000 of last year, the charity said.", "twice", "FC302"),
    # a change in points, then its base after "on"
    ("Turnout reached 61.4 per cent, up 3.8 points on the 59.2 per cent recorded at the last election.",
     "Turnout reached 61.4 per cent, up 2.2 points on the 59.2 per cent recorded at the last election.",
     "3.8 points", "FC204"),
    ("The party's share fell to 31%, down 4 points on last time's 33%.",
     "The party's share fell to 31%, down 2 points on last time's 33%.", "4 points", "FC204"),
    # a clause of circumstance with its own subject and verb between the new level and "up from"
    ("Visitor numbers at the castle doubled to 96,000 last year after the new visitor centre opened, up from 58,000.",
     "Visitor numbers at the castle doubled to 116,000 last year after the new visitor centre opened, up from 58,000.",
     "doubled", "FC302"),
    ("Sales rose 20% to £9m once the new store opened, up from £6m.",
     "Sales rose 50% to £9m once the new store opened, up from £6m.", "20%", "FC203"),
    # "a slowdown of" sizes a fall
    ("Inflation eased to 3.1 per cent in May from 4.6 per cent in April, a slowdown of 1.2 percentage points.",
     "Inflation eased to 3.1 per cent in May from 4.6 per cent in April, a slowdown of 1.5 percentage points.",
     "1.2 percentage points", "FC204"),
    # a fraction sizing a change set after the level, the old level in the sentence before
    ("In 2015 the reservoir held 148 billion litres at its spring peak. This year's peak was 121 billion litres, a "
     "fall of nearly a third.",
     "In 2015 the reservoir held 148 billion litres at its spring peak. This year's peak was 121 billion litres, a "
     "fall of nearly a fifth.", "nearly a third", "FC203"),
    ("Last season the club averaged 12,000 fans. This season the average is 15,000, a rise of a half.",
     "Last season the club averaged 12,000 fans. This season the average is 15,000, a rise of a quarter.",
     "a half", "FC203"),
    # a multiple and its change noun closing the level's sentence, the base in the sentence before
    ("There were 46 registered beekeepers in the parish in 2010. Today there are 138, a fourfold increase, according "
     "to the local association.",
     "There were 46 registered beekeepers in the parish in 2010. Today there are 138, a threefold increase, according "
     "to the local association.", "fourfold", "FC302"),
    # (a "fourfold rise" may be read as 4 or 5 times the base: r21-chg2; 840 is seven times)
    ("In 2019 the club had 120 members. It now has 840, a fourfold rise.",
     "In 2019 the club had 120 members. It now has 480, a fourfold rise.", "fourfold", "FC302"),
    # a headline change sized by a fraction over the lead's two levels
    ("Burglaries fall by a quarter in Millbrook\n\nPolice recorded 312 burglaries in the town in the year to March, "
     "against 348 a year earlier.",
     "Burglaries fall by a tenth in Millbrook\n\nPolice recorded 312 burglaries in the town in the year to March, "
     "against 348 a year earlier.", "a quarter", "FC203"),
    ("Rents rise by a half in Cork\n\nAverage rents reached €1,600 a month, compared with €1,200 a year earlier.",
     "Rents rise by a third in Cork\n\nAverage rents reached €1,600 a month, compared with €1,200 a year earlier.",
     "a half", "FC203"),
    # the subject whose own measure moved, taken up by a generic name
    ("Hartley's expanded its estate by 42% in the past year. The company now has 91 shops, up from 58 a year ago.",
     "Hartley's expanded its estate by 42% in the past year. The company now has 91 shops, up from 64 a year ago.",
     "42%", "FC203"),
    ("The charity plans more shops after growing its network by 20% last year. The charity now runs 60 shops, up "
     "from 40.",
     "The charity plans more shops after growing its network by 50% last year. The charity now runs 60 shops, up "
     "from 40.", "20%", "FC203"),
    ("Brook Air increased its fleet by 30% in 2024. The airline now operates 26 jets, up from 18.",
     "Brook Air increased its fleet by 44% in 2024. The airline now operates 26 jets, up from 18.", "30%", "FC203"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", CHANGE_ROWS)
def test_round21_changes(flagged, clean, target, rule):
    assert_flagged(flagged, target, rule)
    assert_clean(clean)


@pytest.mark.parametrize("text", [
    # another subject takes it up: no reading
    "Hartley's expanded its estate by 42% in the past year. The rival chain now has 91 shops, up from 58.",
    # the change not of the subject's own measure
    "Sales at Hartley's rose 42% in the past year. The company now has 91 shops, up from 58 a year ago.",
    # a fraction "more than" the base: no multiple of it
    "The county now has 156 public charging points for electric cars, a third more than the 117 it had last spring.",
    # "as many again": one and a half times, not a half
    "It will have 24 beds, half as many again as the 16 on the current unit.",
])
def test_round21_changes_not_read(text):
    assert_clean(text)

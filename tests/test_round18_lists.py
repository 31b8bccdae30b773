"""Round 18, a count and the items listed after it (checker/relate/lists.py; one guard in sums.py).

* ``_several_in_plural``: a short plural with no number or article ("scarves", "new bus lanes", "paintings by
  Turner") may stand for several of the things counted, so a count ABOVE the items told is no contradiction
  ("six products: scarves, hats and a range of gloves"); a count BELOW them still is ("two schemes: bus lanes,
  cycle paths and a crossing").  Not when the count is of kinds, groups or crops ("four species: red pandas,
  ...": one plural each) or another item is a bare singular or mass noun ("damp, cracked tiles and ...": the
  list names kinds).  The loose (inferred) reading of lower-case things after a colon takes the same guard.
* sums.py ``_BARE_ITEMS_FIRST``: an item with no figure before the first part may end in a name after its
  preposition ("seven works: paintings by Turner, two sculptures and a tapestry"): the parts are not all of
  the whole, no sum.

SEVERAL_ROWS: the clean count is above the items (the plural may be several), the flagged count below them.
KINDS_ROWS: one item each (kinds, names, singulars), the flagged count above, the clean count matching."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged count, clean count)
SEVERAL_ROWS = [
    ("core", "The shop sells {n} products: scarves, hats and a range of gloves.", "two", "six"),
    ("attribution", "The gallery said it had bought {n} works: paintings by Constable, a bronze and a tapestry.",
     "two", "seven"),
    ("period", "In 2024 the council finished {n} schemes: new bus lanes, cycle paths and a crossing.", "two", "five"),
    ("dash", "The stall offers {n} lines - candles, soaps and a few hand creams - at the Saturday market.",
     "two", "eight"),
    ("sentence start", "{n} items were donated to the appeal: books, toys and a bicycle.", "Two", "Ten"),
    ("digits", "The farm shop stocks {n} products: cheeses, breads and a range of jams.", "2", "12"),
    ("closing attribution", "The museum lent {n} objects to the show: swords, helmets and a shield, the curator "
     "said.", "two", "nine"),
    ("lower-case list ending the sentence", "The charity shop sold {n} donated goods on Saturday: coats, shoes "
     "and toys.", "two", "eleven"),
]

KINDS_ROWS = [
    ("kinds", "Keepers welcomed {n} new species this spring: red pandas, tapirs and otters.", "four", "three"),
    ("crops", "The drought hit {n} crops in the county - wheat, barley, potatoes and sugar beet.", "five", "four"),
    ("bare singular", "The surveyor found {n} defects in the house: damp, cracked tiles and loose slates.",
     "four", "three"),
    ("groups", "The strike involves {n} groups of staff: porters, cleaners and cooks.", "four", "three"),
    ("names", "The label has signed {n} bands this year: Kestrel, the Moles and Fen.", "four", "three"),
    ("singulars", "The shop sells {n} products: a scarf, a hat and a pair of gloves.", "six", "three"),
    ("gerund phrase", "The grant pays for {n} things: resurfacing the playground, a new shelter and extending "
     "the clerk's hours.", "four", "three"),
    ("mass nouns", "The store cut the price of {n} staples - bread, milk, eggs and butter - on Monday.",
     "five", "four"),
    ("action beside a plural", "The review sets out {n} changes: moving the office to Leeds, longer opening hours, "
     "a new website and a helpline.", "five", "four"),
]

# a whole whose list opens with a plural with no figure: no sum, and no count above the items
SUMS_GUARDS = [
    "The museum acquired seven works: paintings by Turner, two sculptures and a tapestry.",
    "The museum acquired seven works - prints by Hockney, two bronzes and a vase - last year.",
    "The library was given 40 items: letters from Dickens, 12 maps and a ledger.",
]


@pytest.mark.parametrize("name,template,flagged,clean", SEVERAL_ROWS, ids=[r[0] for r in SEVERAL_ROWS])
def test_bare_plural_count_below_flagged(name, template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC41")


@pytest.mark.parametrize("name,template,flagged,clean", SEVERAL_ROWS, ids=[r[0] for r in SEVERAL_ROWS])
def test_bare_plural_count_above_clean(name, template, flagged, clean):
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("name,template,flagged,clean", KINDS_ROWS, ids=[r[0] for r in KINDS_ROWS])
def test_one_item_each_flagged(name, template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC41")


@pytest.mark.parametrize("name,template,flagged,clean", KINDS_ROWS, ids=[r[0] for r in KINDS_ROWS])
def test_one_item_each_clean(name, template, flagged, clean):
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", SUMS_GUARDS)
def test_plural_first_item_no_sum(text):
    assert_clean(text)


# ``_dated_numbered_intro``: things known by their numbers after a colon or dash, the words before it holding a
# date, a year or a time (their figures are no numbers of the list); a closing dash may end the numbers.
NUMBERED_ROWS = [
    ("core", "{n} bus routes will be scrapped from Monday, March 3: the 12, 18, 27, 33, 40 and 56.", "Seven", "Six"),
    ("fronted phrase", "Under plans approved on Friday, {n} routes will end on 1 June: the 5, 9, 17, 21 and 30.",
     "six", "five"),
    ("year", "The operator will axe {n} routes in 2026: the 3, 11, 19 and 24.", "five", "four"),
    ("time", "{n} services will stop at 7pm on Friday: the 2, 6, 8 and 10.", "Five", "Four"),
    ("the each", "{n} lines will be cut from April 6 - the 41, the 42, the 47 and the 50.", "Five", "Four"),
    ("closing dash", "{n} routes - the 7, 15, 23 and 29 - will be withdrawn from May 4.", "Five", "Four"),
    ("attribution", "{n} routes will go on October 2, the council said: the 4, 8, 16 and 32.", "Five", "Four"),
    ("written date first", "From 14 July, {n} routes will run less often: the 6, 13, 20 and 27.", "five", "four"),
]

# ``_counted_subject``: an earlier count that is the subject, then a verb and a preposition, then this count and its
# list after a colon or dash: the list is this count's (not when it matches the subject's, nor for people)
SUBJECT_ROWS = [
    ("core", "The 18 concerts were spread across {n} cities: Leeds, York, Hull, Bath and Ely.", "six", "five"),
    ("future", "The 40 matches will be played in {n} stadiums: Wembley, Anfield, Villa Park and Hampden.",
     "five", "four"),
    ("dash and attribution", "Its 30 branches are spread across {n} counties - Kent, Surrey, Essex and Sussex - the "
     "bank said.", "five", "four"),
    ("stages", "The 12 stages will pass through {n} countries: France, Spain, Italy, Austria and Slovenia.",
     "six", "five"),
    ("written counts", "The nine races were held at {n} courses: Ascot, Ayr, Chester and Newbury.", "five", "four"),
]

SUBJECT_GUARDS = [
    "The three men were held after 12 raids: Ann Roe, Bo Lee and Cy Fox.",
    "The 22 shows were spread across 14 cities, including Leeds, Hull and York.",
    "The four towns picked for 12 events - Ayr, Troon and Irvine - were named on Monday.",
    "The 18 concerts were spread across five cities: Leeds, York, Hull, Bath, Ely and Hove.",
]


@pytest.mark.parametrize("name,template,flagged,clean", NUMBERED_ROWS, ids=[r[0] for r in NUMBERED_ROWS])
def test_numbered_after_date_flagged(name, template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC41")


@pytest.mark.parametrize("name,template,flagged,clean", NUMBERED_ROWS, ids=[r[0] for r in NUMBERED_ROWS])
def test_numbered_after_date_clean(name, template, flagged, clean):
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("name,template,flagged,clean", SUBJECT_ROWS, ids=[r[0] for r in SUBJECT_ROWS])
def test_counted_subject_flagged(name, template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC41")


@pytest.mark.parametrize("name,template,flagged,clean", SUBJECT_ROWS, ids=[r[0] for r in SUBJECT_ROWS])
def test_counted_subject_clean(name, template, flagged, clean):
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", SUBJECT_GUARDS)
def test_counted_subject_guards(text):
    assert_clean(text)

"""Round 24, a count word against the items listed (checker/relate/lists.py).

* ``_mask_label_numbers``: a label's number inside an item ("the M5 between junctions 27 and 29", "at Gate 4") is part
  of the item's name, no count of things; such an item may still hold several of the things counted ("land at
  junctions 9 and 10"), so the list is read only when its items outnumber the count.
* ``_bare_kinds_apposed``: bare lower-case kinds in apposition right after a count's noun in object position ("was
  given two sedatives, ketamine, morphine and diazepam, before the operation"), closed by a comma and an adverbial
  phrase (``_APPOSITION_CLOSED``); not at the sentence's end, nor before an attribution, nor plural items: a list of
  things of its own ("bought two loaves, milk, butter and cheese.") reads the same there.
* ``_contrasted_pairs``: an inner "and" pair under one modifier whose head stands in another item under another
  modifier ("glass bottles and jars" beside "plastic bottles") is one item; a bare pair ("tins and cans") is still
  one or two (round 16).
* ``_PLACED_IN``: the earlier things of the sentence may take a short phrase of their own before the places counted
  ("built 140 flats for key workers on five plots: A, B, C and D"): the list is the places' (as in round 19, only a
  count above the items is read: more items than places may be the earlier things').

Each flagged row has a clean twin (same words, figures that agree)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged count, clean count): {n} is the count word; three roads or gates are listed
LABEL_ROWS = [
    ("colon, junctions", "Snow shut {n} roads overnight: the A66, the A19 and the A1 between junctions 56 and 57.",
     "two", "three"),
    ("time phrase, attribution", "Police closed {n} roads on Friday after the crash: the B6265, the A61 and the M1 "
     "between junctions 34 and 35, officers said.", "two", "three"),
    ("junction range with 'to'", "Engineers will shut {n} motorways this weekend: the M6, the M62 and the M60 from "
     "junctions 12 to 14.", "two", "three"),
    ("dash, trailing clause", "Gritters treated {n} routes - the A30, the A38 and the M5 near junction 31 - before "
     "the ice set in.", "two", "three"),
    ("copula, attribution", "The {n} roads affected are the A470, the A483 and the M4 near Junction 28, police said.",
     "two", "three"),
    ("time phrase, council said", "Gales closed {n} roads on Monday: the A48, the A4232 and the M4 between junctions "
     "29 and 30, the council said.", "two", "three"),
    ("capitalised label", "Staff reopened {n} gates after the alert: Gate 2, the lounge exit and the walkway by "
     "Gate 14.", "two", "three"),
    ("written number, hedge", "The agency said it would probably close {n} roads: the A1, the A68 and the A697 near "
     "junction 4.", "two", "three"),
    ("digits", "Crews shut {n} roads: the A5, the A49 and the M54 between junctions 3 and 4.", "2", "3"),
]
LABEL_SILENT = [
    # fewer items than the count: the item with the label numbers may hold several of the sites
    "The trust has named four sites: the old depot on Mill Street, land near the M6 at junctions 9 and 10, and a "
    "field off Dock Lane.",
    "The trust has named four sites: the old depot on Mill Street, land near the M6 at Junction 9, and a field off "
    "Dock Lane.",
]

# three kinds are listed
BARE_KINDS_ROWS = [
    ("drugs, before", "The vet gave the dog {n} drugs, ketamine, morphine and diazepam, before the operation.",
     "two", "three"),
    ("crops, place phrase", "Farmers in the valley grow {n} crops, barley, wheat and rapeseed, on the flood plain.",
     "two", "three"),
    ("subjects, from", "The college will drop {n} subjects, chemistry, physics and geology, from next year.",
     "four", "three"),
    ("grains, time phrase", "The old mill ground {n} grains, wheat, barley and rye, last year.", "two", "three"),
    ("attribution first, during", "Police said the driver had taken {n} drugs, cocaine, heroin and ketamine, in "
     "the hours before the crash.", "two", "three"),
    ("pesticides, during", "The laboratory tested {n} pesticides, glyphosate, atrazine and paraquat, during "
     "the trial.", "four", "three"),
    ("two-word kind", "The bakery uses {n} flours, rye, spelt and white flour, in its loaves.", "two", "three"),
    ("digits, trailing clause", "The team sampled {n} metals, lead, zinc and cadmium, at each site, the report said.",
     "2", "3"),
]
BARE_KINDS_SILENT = [
    # a list of things of its own, not the count's kinds: at the sentence's end, before an attribution, plurals
    "She bought two loaves, milk, butter and cheese.",
    "Police seized two cars, cash, cannabis and cocaine, officers said.",
    "The shop sells two cakes, scones, pies and tarts, on Sundays.",
    "The farm keeps two horses, some sheep, goats and hens, in the lower field.",
]

# five materials are listed when "glass bottles and jars" is one of them
PAIR_ROWS = [
    ("colon", "From June the depot will accept {n} materials: paper, glass bottles and jars, tins, plastic bottles "
     "and cartons.", "six", "five"),
    ("attribution", "The blue bin now takes {n} materials: card, glass bottles and jars, cans, plastic bottles and "
     "foil, the council said.", "six", "five"),
    ("dash, trailing clause", "The new sacks hold {n} kinds of waste - paper, glass bottles and jars, tins, plastic "
     "bottles and cartons - and go out weekly.", "six", "five"),
    ("time phrase", "Since April the green box has taken {n} materials: card, glass bottles and jars, foil, plastic "
     "bottles and batteries.", "four", "five"),
    ("other head", "The centre will recycle {n} items: batteries, plastic tubs and lids, paper, metal tubs and "
     "cartons.", "six", "five"),
    ("hedge", "The site should accept {n} materials from May: card, glass bottles and jars, cans, plastic bottles "
     "and paper.", "six", "five"),
    ("written in digits", "The bins take {n} materials: card, glass bottles and jars, cans, plastic bottles and "
     "paper.", "6", "5"),
    ("pair last but one", "The scheme collects {n} materials: card, paper, plastic bottles, glass bottles and jars, "
     "and cans.", "six", "five"),
]
PAIR_SILENT = [
    # a bare pair, or a pair whose head stands nowhere else: one or two things, either count may be meant
    "From June the depot will accept six materials: paper, tins and cans, glass, plastic bottles and cartons.",
    "From June the depot will accept five materials: paper, tins and cans, glass, plastic bottles and cartons.",
    "From June the depot will accept six materials: paper, glass bottles and jars, tins, plastic film and cartons.",
]

# four plots or venues are listed
PLACED_ROWS = [
    ("for-phrase, colon", "The trust plans 140 flats for key workers on {n} plots: Mill Road, the old fire station, "
     "Cray Lane and Dock Street.", "five", "four"),
    ("by-phrase, across", "The festival staged 60 concerts by local bands across {n} venues: the Corn Hall, St "
     "Mary's, the Arches and Quay Street.", "five", "four"),
    ("with-phrase, in", "The chain will open 20 shops with cafes in {n} towns: Ely, Diss, Bury and Thetford.",
     "five", "four"),
    ("of-phrase, attribution", "Volunteers planted 400 trees of native species at {n} parks: Elm Green, Hartley "
     "Park, the Meadows and Castle Hill, the council said.", "six", "four"),
    ("dash, trailing clause", "The council will build 90 homes for social rent on {n} sites - Mill Road, the old "
     "depot, Cray Lane and Dock Street - by 2027.", "five", "four"),
    ("hedge on the earlier count", "The board wants about 300 homes for first-time buyers on {n} sites: Mill Road, "
     "the old depot, Cray Lane and Dock Street.", "five", "four"),
    ("brackets on items", "The trust will build 210 homes for local families on {n} sites: Mill Road (60 homes), "
     "the old depot (80), Cray Lane (40) and Dock Street (30).", "five", "four"),
    ("participle", "The region had 48 trains from the coast running on {n} lines: the Esk, the Tees, the Wear and "
     "the Tyne.", "five", "four"),
]


def _rows(rows):
    return [pytest.param(t, f, c, id=name) for name, t, f, c in rows]


@pytest.mark.parametrize("template,flagged,clean", _rows(LABEL_ROWS))
def test_label_numbers_inside_an_item(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", LABEL_SILENT)
def test_label_numbers_fewer_items_stay_silent(text):
    assert_clean(text)


@pytest.mark.parametrize("template,flagged,clean", _rows(BARE_KINDS_ROWS))
def test_bare_kinds_in_apposition(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", BARE_KINDS_SILENT)
def test_things_of_their_own_stay_silent(text):
    assert_clean(text)


@pytest.mark.parametrize("template,flagged,clean", _rows(PAIR_ROWS))
def test_contrasted_pair_is_one_item(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", PAIR_SILENT)
def test_bare_or_lone_pairs_stay_silent(text):
    assert_clean(text)


@pytest.mark.parametrize("template,flagged,clean", _rows(PLACED_ROWS))
def test_earlier_things_with_their_own_phrase(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))

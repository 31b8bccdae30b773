"""Round 17 (third wave), parts and their whole (checker/relate/sums.py).

* ``_later_part_contributes``: the contribution verb told at a later part, the first part placed by a phrase
  of its own ("A was the biggest earner, with sales of £2.1bn, while B brought in £1.4bn and C £0.6bn"): the
  list breaks down the lone whole of the sentence before (partial, so it may not exceed it).

Each flagged row has a clean twin (same words, figures that agree); the variations cover an attribution,
a period, a trailing clause, a dash, colon or bracket, a written number, a hedge, and the whole before the list."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged first part, clean first part); the whole is £5.6bn, the other parts £1.9bn + £0.8bn
LATER_VERB_ROWS = [
    ("core", "Group sales fell to £5.6bn. Packaging was the biggest earner, with sales of {p}, while paper "
     "mills brought in £1.9bn and recycling £0.8bn.", "£3.4bn", "£2.9bn"),
    ("attribution", "Group sales fell to £5.6bn, the company said. Packaging was the biggest earner, with sales "
     "of {p}, while paper mills brought in £1.9bn and recycling £0.8bn, it said.", "£3.4bn", "£2.9bn"),
    ("period", "Group sales reached £5.6bn in 2024. Packaging led the way, with revenue of {p}, while paper "
     "mills brought in £1.9bn and recycling £0.8bn.", "£3.4bn", "£2.9bn"),
    ("trailing clause", "Turnover came to £5.6bn. Packaging was the largest division, with sales of {p}, "
     "while paper mills generated £1.9bn and recycling £0.8bn, most of it in Germany.", "£3.4bn", "£2.9bn"),
    ("hedge", "Group sales fell to about £5.6bn. Packaging was the biggest earner, with sales of {p}, and "
     "paper mills contributed £1.9bn and recycling £0.8bn.", "£3.4bn", "£2.9bn"),
    ("written millions", "The charity raised £5.6 million last year. Its shops did best, taking {p}, "
     "while legacies brought in £1.9 million and events £800,000.", "£3.4 million", "£2.9 million"),
]


@pytest.mark.parametrize("name,template,flagged,clean", LATER_VERB_ROWS, ids=[r[0] for r in LATER_VERB_ROWS])
def test_later_part_contributes(name, template, flagged, clean):
    assert_flagged(template.format(p=flagged), flagged, "FC10")
    assert_clean(template.format(p=clean))


# no whole before, or a figure of another period before: no breakdown of it
LATER_VERB_CLEAN = [
    "Packaging was the biggest earner, with sales of £3.4bn, while paper mills brought in £1.9bn and recycling £0.8bn.",
    "Group sales fell to £5.6bn. In addition, packaging had sales of £3.4bn, while paper mills brought in £1.9bn "
    "and recycling £0.8bn.",
    "Packaging had sales of £3.4bn last year. Its rival had £2.2bn, while paper mills brought in £1.9bn and "
    "recycling £0.8bn.",
]


@pytest.mark.parametrize("text", LATER_VERB_CLEAN)
def test_later_part_contributes_clean(text):
    assert_clean(text)


# ``_origin_of_whole``: the whole's noun, then where its members came from, then a colon or dash before the
# list of kinds ("showed 140 films from 30 countries: 90 features, ..."; partial, the kinds may be only the main ones); the count of origins is neither a
# comparison nor the whole. (name, template, flagged part, clean part); the whole is 143 = {p} + 37 + 15
ORIGIN_ROWS = [
    ("core", "The festival showed 143 films from 30 countries: {p} features, 37 documentaries and 15 shorts.",
     "97", "91"),
    ("attribution", "The festival showed 143 films from 30 countries: {p} features, 37 documentaries and 15 "
     "shorts, organisers said.", "97", "91"),
    ("period", "In 2024 the festival screened 143 films from 30 nations - {p} features, 37 documentaries and "
     "15 shorts.", "97", "91"),
    ("trailing clause", "The festival showed 143 films from 30 countries: {p} features, 37 documentaries and 15 "
     "shorts, most of them premieres.", "97", "91"),
    ("written number", "The season offered forty-three films from nine countries: {p} features, ten documentaries "
     "and eight shorts.", "thirty", "twenty-five"),
    ("dash", "The fair drew 143 exhibitors from 30 countries – {p} publishers, 37 printers and 15 "
     "booksellers.", "97", "91"),
]


@pytest.mark.parametrize("name,template,flagged,clean", ORIGIN_ROWS, ids=[r[0] for r in ORIGIN_ROWS])
def test_origin_of_whole(name, template, flagged, clean):
    assert_flagged(template.format(p=flagged), flagged, "FC10")
    assert_clean(template.format(p=clean))


# the origins themselves broken down, a change from an old level, or a hedged whole: no reading of it
ORIGIN_CLEAN = [
    "The festival showed 140 films from 30 countries: 12 in Europe, 10 in Asia and 5 in Africa.",
    "Organisers welcomed 3,412 runners from 41 countries: 1,210 Britons, 904 Americans and 530 Germans.",
    "The festival grew to 140 films from 30 films: 95 features, 35 documentaries and 15 shorts.",
    "The festival showed about 140 films from 30 countries: 95 features, 35 documentaries and 15 shorts.",
]


@pytest.mark.parametrize("text", ORIGIN_CLEAN)
def test_origin_of_whole_clean(text):
    assert_clean(text)


# ``find_outlets_then_named_parts``: a sentence opened by a count of the owner's outlets with one other
# figure, then a sentence of as many figures, each after a name of its own: all of that figure.
# (name, template, flagged part, clean part); the whole is 86,420 = 31,200 + {p} + 18,600 + 12,520
OUTLET_ROWS = [
    ("core", "The four depots handled 86,420 parcels in May. Ashford was the busiest with 31,200 parcels, "
     "followed by Dover with {p}, Hythe with 18,600 and Deal with 12,520.", "27,100", "24,100"),
    ("attribution", "The four depots handled 86,420 parcels in May, the company said. Ashford was the busiest "
     "with 31,200 parcels, followed by Dover with {p}, Hythe with 18,600 and Deal with 12,520.", "27,100", "24,100"),
    ("period", "The four depots handled 86,420 parcels in 2024. Ashford, the newest, dealt with 31,200 parcels, "
     "Dover with {p}, Hythe with 18,600 and Deal with 12,520.", "27,100", "24,100"),
    ("trailing clause", "The four depots handled 86,420 parcels in May. Ashford was the busiest with 31,200 "
     "parcels, followed by Dover with {p}, Hythe with 18,600 and Deal with 12,520, despite the floods.",
     "27,100", "24,100"),
    ("hedge on the whole", "The four depots handled about 86,420 parcels in May. Ashford was the busiest with "
     "31,200 parcels, followed by Dover with {p}, Hythe with 18,600 and Deal with 12,520.", "34,100", "24,100"),
    ("three schools", "The three schools teach 1,240 pupils. Ashby has 530 pupils, Brent has 410 and Carr has {p}.",
     "340", "300"),
]


@pytest.mark.parametrize("name,template,flagged,clean", OUTLET_ROWS, ids=[r[0] for r in OUTLET_ROWS])
def test_outlets_then_named_parts(name, template, flagged, clean):
    assert_flagged(template.format(p=flagged), flagged, "FC10")
    assert_clean(template.format(p=clean))


# another period, a whole that is one outlet's, fewer named parts than outlets: no reading
OUTLET_CLEAN = [
    "The four depots handled 86,420 parcels in May. So far this year Ashford has been the busiest with 31,200 "
    "parcels, followed by Dover with 27,100, Hythe with 18,600 and Deal with 12,520.",
    "One of the four depots handled 86,420 parcels in May. Ashford was the busiest with 31,200 parcels, "
    "followed by Dover with 27,100, Hythe with 18,600 and Deal with 12,520.",
    "The four depots handled 86,420 parcels in May. Ashford was the busiest with 31,200 parcels, "
    "followed by Dover with 27,100 and Hythe with 18,600.",
    "The four depots each handled 86,420 parcels in May. Ashford was the busiest with 31,200 parcels, "
    "followed by Dover with 27,100, Hythe with 18,600 and Deal with 12,520.",
]


@pytest.mark.parametrize("text", OUTLET_CLEAN)
def test_outlets_then_named_parts_clean(text):
    assert_clean(text)

"""Round 23, second sums helper: narrow requirements of the parts-of-a-whole readers relaxed
(checker/relate/sums.py), from a fresh one-group writer's plain shapes.

* ``_with_labels_closed``: the ", with" list read as all of the whole may label each part BEFORE its figure, a verb
  of contribution after the first label and the rest gapped ("with hardware contributing $388m, services $171m and
  licensing $43m"); before, each part had to be placed after its figure ("$388m coming from hardware").
* ``_RUNNING_SUMMED_NOUN``: a running total may be named by its own noun after "overall"/"total"/"combined", with
  or without an article ("taking overall sales to 9,430", "bringing total takings to"); before, it had to be called
  "the total"/"the number"/"the tally".
* ``_named_with_series``: "with" right before a figure no longer ends a list when each part is "NAME with N"
  ("Northgate with 2,140 tonnes, Millbrook with 1,760 tonnes and ..."); and ``_together_after_list``: the list's
  items "together" as the subject of the whole's verb after the dash or bracket closing them, or the whole
  "between them".
* ``_NOT_A_BREAKDOWN``: "from" inside a bracketed list is a comparison only before a figure ("up from 1,900");
  "(£1.9m from individuals, £650,000 from businesses and ...)" names sources.
* ``_BREAKS`` / ``_time_words_outside``: "every" after a part's past verb is its object ("1,126 passed every
  module, 297 passed some ..."), no rate; "every year" still is.

Each flagged row has a clean twin (same words, figures that agree); the flagged rows fail before the change."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _rows(rows):
    return pytest.mark.parametrize("name,template,flagged,clean", rows, ids=[r[0] for r in rows])


def _clean_rows(rows):
    return pytest.mark.parametrize("name,text", rows, ids=[r[0] for r in rows])


# ", with" and each part labelled before its figure: all of the whole. 388 + 171 + 43 = 602
WITH_LABELS_ROWS = [
    ("attribution between", "Second-quarter sales came to ${w} million, the group said in a statement, with "
     "software contributing $388 million, consulting $171 million and training $43 million.", "612", "602"),
    ("plain", "Annual sales were £{w}m, with rents contributing £388m, fees £171m and grants £43m.", "622", "602"),
    ("bringing in, decimals", "Turnover reached €{w}bn last year, with the stores bringing in €3.88bn, the website "
     "€1.71bn and wholesale €0.43bn.", "6.12", "6.02"),
    ("accounting for, attribution after", "Group revenue was ${w} million for the quarter, with Europe accounting for "
     "$388 million, Asia $171 million and the Americas $43 million, the filing showed.", "632", "602"),
    ("verb repeated", "The museum's takings totalled £{w}m, with tickets generating £3.88m, the cafe generating "
     "£1.71m and the shop generating £0.43m.", "6.22", "6.02"),
    ("Oxford comma", "Its revenue was $ {w} million, with hardware providing $388 million, services $171 million, "
     "and licences $43 million.", "610", "602"),
    ("in a year", "In 2024 the trust's revenue was £{w}m, with donations contributing £388m, legacies £171m and "
     "trading £43m.", "620", "602"),
    ("headline and body", "Charity revenue rises\nThe charity's revenue rose to £{w}m this year, with donors "
     "contributing £388m, legacies £171m and its shops £43m.", "621", "602"),
]


@_rows(WITH_LABELS_ROWS)
def test_with_labels_before_parts(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# a selection, two parts or a list that goes on: no whole breakdown, a shortfall is no contradiction
WITH_LABELS_CLEAN = [
    ("biggest", "Sales came to $612 million, with its biggest units, hardware contributing $388 million, services "
     "$171 million and licensing $43 million."),
    ("two parts", "Sales came to $612 million, with hardware contributing $388 million and services $171 million."),
    ("list goes on", "Sales came to $612 million, with hardware contributing $388 million, services $171 million and "
     "licensing $43 million, while other lines made up the rest."),
    ("far short", "Sales came to $712 million, with hardware contributing $388 million, services $171 million and "
     "licensing $43 million."),
]


@_clean_rows(WITH_LABELS_CLEAN)
def test_with_labels_selection_stays_clean(name, text):
    assert_clean(text)


# a running total named by its own noun after "overall", "total" or "combined": 6,200 + 3,450 + 780 = 10,430
RUNNING_NOUN_ROWS = [
    ("overall sales, attribution", "The fair sold 6,200 day tickets, 3,450 weekend passes and 780 family packages, "
     "taking overall sales to {w}, the organisers said.", "9,430", "10,430"),
    ("total sales, no article", "The fair sold 6,200 day tickets, 3,450 weekend passes and 780 family packages, "
     "bringing total sales to {w}.", "10,530", "10,430"),
    ("combined visits", "The gallery welcomed 6,200 adults, 3,450 children and 780 students in May, taking "
     "combined visits to {w}.", "10,330", "10,430"),
    ("money, lifting", "The show took £6,200 at the gate, £3,450 from stalls and £780 from the raffle, lifting "
     "total takings to £{w}.", "9,430", "10,430"),
    ("its overall haul", "Anglers landed 6,200 cod, 3,450 haddock and 780 plaice, pushing the fleet's "
     "overall haul to {w}.", "9,430", "10,430"),
    ("two-word noun", "The club sold 6,200 adult seats, 3,450 junior seats and 780 box seats, taking total ticket "
     "sales to {w}.", "10,630", "10,430"),
    ("days as parts", "The park drew 6,200 visitors on Friday, 3,450 on Saturday and 780 on Sunday, bringing total "
     "attendance to {w}.", "10,340", "10,430"),
    ("headline and body", "Record year for the fair\nThe fair sold 6,200 day tickets, 3,450 weekend passes and 780 "
     "family packages, taking overall sales to {w}.", "9,340", "10,430"),
]


@_rows(RUNNING_NOUN_ROWS)
def test_running_total_by_own_noun(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# a series of "NAME with N", the total after it by "together" or "between them" (or before it by a dash or
# colon): 2,140 + 1,760 + 985 = 4,885
NAMED_WITH_ROWS = [
    ("dashes, together", "The county's three depots - Ashgrove with 2,140 tonnes, Brookfield with 1,760 tonnes and "
     "Castle Hill with 985 tonnes - together processed {w} tonnes of waste in the year to April.", "4,685", "4,885"),
    ("brackets, together", "The three depots (Ashgrove with 2,140 tonnes, Brookfield with 1,760 tonnes and Castle "
     "Hill with 985 tonnes) together processed {w} tonnes last year.", "4,985", "4,885"),
    ("between them", "The three depots - Ashgrove with 2,140 tonnes, Brookfield with 1,760 tonnes and Castle Hill "
     "with 985 tonnes - processed {w} tonnes between them.", "4,685", "4,885"),
    ("in all", "The depots - Ashgrove with 2,140 tonnes, Brookfield with 1,760 tonnes and Castle Hill with 985 "
     "tonnes - processed {w} tonnes in all.", "4,865", "4,885"),
    ("bare counts, cars", "Its three showrooms - Ashgrove with 2,140, Brookfield with 1,760 and Castle Hill with "
     "985 - together sold {w} cars.", "4,785", "4,885"),
    ("have together", "The three branches - Ashgrove with 2,140, Brookfield with 1,760 and Castle Hill with 985 - "
     "have together recruited {w} members this year.", "4,685", "4,885"),
    ("total first, dash", "The three depots handled {w} tonnes of waste - Ashgrove with 2,140 tonnes, Brookfield "
     "with 1,760 tonnes and Castle Hill with 985 tonnes.", "4,685", "4,885"),
    ("total first, colon", "Three depots handled {w} tonnes last year: Ashgrove with 2,140 tonnes, Brookfield with "
     "1,760 tonnes, and Castle Hill with 985 tonnes.", "4,895", "4,885"),
]


@_rows(NAMED_WITH_ROWS)
def test_named_with_series(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# "with" of other things still ends a list
NAMED_WITH_CLEAN = [
    ("goals with assists", "Moss scored 20 goals this season, with 15 assists, and Kay 12, the club said."),
    ("standings", "Leeds top the table with 40 points, Hull are second with 38 and York third with 35, after 20 "
     "games."),
]


@_clean_rows(NAMED_WITH_CLEAN)
def test_with_of_other_things_stays_clean(name, text):
    assert_clean(text)


# a bracketed list of sources named by "from": 1.9m + 0.65m + 0.3m = 2.85m
BRACKET_FROM_ROWS = [
    ("mixed scales, attribution", "Gifts to the storm appeal now total £{w} million (£1.9 million from the public, "
     "£650,000 from local firms and £300,000 from the lottery fund), the trust said.", "2.58", "2.85"),
    ("full figures", "Gifts to the appeal now total £{w} (£1,900,000 from the public, £650,000 from firms and "
     "£300,000 from trusts).", "2,580,000", "2,850,000"),
    ("counts", "The petition drew {w} signatures (1,900 from the town, 650 from the county and 300 from "
     "abroad).", "2,580", "2,850"),
    ("dollars, year after", "The school raised ${w}m ($1.9m from parents, $0.65m from alumni and $0.3m from grants) "
     "in 2024.", "2.95", "2.85"),
    ("stand at, hedge-free", "Pledges stand at €{w}m (€1.9m from members, €0.65m from sponsors and €0.3m from the "
     "city).", "2.75", "2.85"),
    ("came in", "Bookings came in at {w} (1,900 from the UK, 650 from Europe and 300 from the rest of the "
     "world).", "2,580", "2,850"),
    ("headline and body", "Appeal passes target\nDonations have reached £{w}m (£1.9m from the public, £0.65m from "
     "businesses and £0.3m from churches).", "2.58", "2.85"),
    ("square brackets", "Grants so far total £{w}m [£1.9m from the state, £0.65m from the county and £0.3m from "
     "charities].", "2.68", "2.85"),
]


@_rows(BRACKET_FROM_ROWS)
def test_bracket_of_sources(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# "from" before a figure in the bracket is still a comparison, no breakdown
BRACKET_FROM_CLEAN = [
    ("up from", "Gifts now total £2.58m (up from £1.9m a year ago, and £650,000 in 2022)."),
    ("from a peak", "Sales reached 2,580 (from a peak of 3,100 in 2020, and 650 in 2021)."),
]


@_clean_rows(BRACKET_FROM_CLEAN)
def test_bracket_comparison_stays_clean(name, text):
    assert_clean(text)


# "every" as a part's object: 1,126 + 297 + 67 = 1,490
EVERY_OBJECT_ROWS = [
    ("results published", "Brook College entered {w} students this year. Results published on Monday show 1,126 "
     "passed every module, 297 passed some and 67 failed outright.", "1,480", "1,490"),
    ("results show", "The academy entered {w} pupils. Results show 1,126 passed every paper, 297 passed some and 67 "
     "failed.", "1,470", "1,490"),
    ("figures show that", "The centre tested {w} drivers. Figures show that 1,126 cleared every stage, 297 cleared "
     "some and 67 failed them all.", "1,460", "1,490"),
    ("completed every unit", "The scheme enrolled {w} trainees. 1,126 completed every unit, 297 completed some and "
     "67 dropped out.", "1,450", "1,490"),
]


@_rows(EVERY_OBJECT_ROWS)
def test_every_as_object(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# "every" of a period is still a rate
EVERY_RATE_CLEAN = [
    ("every week", "The clinic saw 1,480 patients. 1,126 visited every week, 297 visited every month and 67 came "
     "once."),
]


@_clean_rows(EVERY_RATE_CLEAN)
def test_every_period_stays_clean(name, text):
    assert_clean(text)


# a part that each of several names got counts once for each: 5 + 4 + 1 + 1 = 11
APIECE_ROWS = [
    ("colon, count of names", "Harbour Town's {w} cup goals have come from four players: Ola Berg with five, Sam Pike "
     "with four, and Ned Cole and Ray Dunn with one apiece.", "10", "11"),
    ("each", "United have scored {w} goals this term: Berg with five, Pike with four, and Cole and Dunn with one "
     "each.", "12", "11"),
    ("three names", "The crew won {w} medals: Berg with four, Pike with four, and Cole, Dunn and Hale with one "
     "apiece.", "10", "11"),
    ("dash", "The side's {w} tries came from four men - Berg with five, Pike with four, and Cole and Dunn with "
     "one apiece.", "9", "11"),
    ("money", "The £{w} prize fund was shared out: Berg with £5,000, Pike with £4,000, and Cole and Dunn with "
     "£1,000 each.", "10,500", "11,000"),
    ("attribution after", "Town's {w} goals have come from four players: Berg with five, Pike with four, and Cole "
     "and Dunn with one apiece, the club said.", "13", "11"),
    ("no oxford comma", "City's {w} wins came from four riders: Berg with five, Pike with four and Cole and Dunn "
     "with one apiece.", "10", "11"),
    ("year", "In 2024 the club's {w} titles were won by four players: Berg with five, Pike with four, and Cole and "
     "Dunn with one apiece.", "12", "11"),
]


@_rows(APIECE_ROWS)
def test_apiece_counts_for_each_name(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# names not all read, or a count of them that disagrees with the names listed: no breakdown
APIECE_CLEAN = [
    ("count of names differs", "Town's 10 goals have come from three players: Berg with five, Pike with four, and "
     "Cole and Dunn with one apiece."),
    ("one not read", "Rovers' 10 goals have come from four players: Berg with five, Pike with three, Cole with one "
     "and Dunn with one."),
    ("no with", "Town scored 10 goals: Berg five, Pike four, and Cole and Dunn one each."),
    ("three names not read", "The crew won 10 medals: Berg with four, Pike with four, and Cole, Dunn and Hale with "
     "one."),
]


@_clean_rows(APIECE_CLEAN)
def test_apiece_unread_stays_clean(name, text):
    assert_clean(text)


# a side's score and its wickets, then the runs: what is left closes the list one part before its end, the last a
# kind of its own ("extras"): 64 + 51 + 30 + 11 = 156
REST_THEN_KIND_ROWS = [
    ("rain, for 6", "Rain stopped play with Kirby on {w} for 6. Ali Khan made 64 and Ben Moss 51, while the rest of "
     "the order added 30 and extras contributed 11.", "166", "156"),
    ("all out, gapped extras", "Kirby were all out for {w}. Khan made 64 and Moss 51, while the rest of the order "
     "added 30 and extras 11.", "146", "156"),
    ("wickets in words", "Kirby closed on {w} for six. Khan hit 64 and Moss 51, while the rest of the batting added "
     "30 and extras contributed 11.", "165", "156"),
    ("the others", "Kirby reached {w} for 7. Khan scored 64 and Moss 51, while the others made 30 and extras added "
     "11.", "161", "156"),
    ("trees, no cricket", "Volunteers planted {w} trees. Pupils planted 64 and parents 51, while the rest of the "
     "village added 30 and councillors contributed 11.", "146", "156"),
    ("a further", "Kirby were {w} for 9 at the close. Khan made 64 and Moss 51, while the rest of the order added 30 "
     "and extras a further 11.", "159", "156"),
    ("attribution", "Kirby ended the day on {w} for 5, the club said. Khan made 64 and Moss 51, while the rest of the "
     "order added 30 and extras contributed 11.", "165", "156"),
    ("comma before and", "Kirby finished on {w} for 8. Khan made 64 and Moss 51, while the rest of the order added "
     "30, and extras contributed 11.", "155", "156"),
]


@_rows(REST_THEN_KIND_ROWS)
def test_rest_then_one_more_kind(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))

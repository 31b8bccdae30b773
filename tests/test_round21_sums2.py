"""Round 21, second sums helper: wholes told after their parts by cues the readers missed
(checker/relate/sums.py, the round 21 readings at the end of the module).

* ``_after_list_whole``: in one sentence, right after the parts, "made up the side's 91 points" (also "accounted
  for", "went into"; complete), a dash or colon and a whole whose own noun covers the parts' nouns ("3,400 oaks,
  2,150 birches and 1,900 rowans - 6,950 saplings"; complete), "all N NOUN" as the subject of its clause (complete)
  and the inverted running total "bringing to 48 the number rescued" (partial).
* ``_running_next_inverted``: the same running total opening the next sentence ("That brings to 24 the number of
  people found alive"; partial).
* ``_cover_noun_echoed``: "In total, 11 appliances were sent" after "sent four engines, ...": a totaliser's whole with
  a noun of its own, when its clause repeats the list's verb.
* ``_periodic_instalments``: a year's total after one figure for each quarter (month, half-year).
* ``_gapped_predicates``: "Twelve were rated outstanding, 27 good, eight as requiring improvement and four as
  inadequate" after a lone count (partial: the parts may not exceed it).

Each flagged row has a clean twin (same words, figures that agree); the variations cover an attribution, a period,
a trailing clause, a dash or colon, a written number, a hedge, money and counts."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _rows(rows):
    return pytest.mark.parametrize("name,template,flagged,clean", rows, ids=[r[0] for r in rows])


# the parts are the subject of "made up" / "accounted for": 31 + 24 + 19 = 74 (or as written)
MADE_UP_ROWS = [
    ("possessives, points", "Okoro's 31, Benn's 24 and Ward's 19 made up the Tigers' {w} points on Saturday.",
     "78", "74"),
    ("attribution", "Okoro's 31, Benn's 24 and Ward's 19 made up the Tigers' {w} points, the coach said.", "70", "74"),
    ("money, cost", "A £3.1m grant, £2.4m from the council and £1.9m in donations made up the £{w}m cost of the "
     "new library.", "7.9", "7.4"),
    ("accounted for all of", "Orders of 310 in May, 240 in June and 190 in July accounted for all of the firm's {w} "
     "orders this summer.", "760", "740"),
    ("together, period", "In 2024 new seats in the north stand (1,200), the east stand (900) and the family area "
     "(650) together made up the ground's {w} new seats.", "2,850", "2,750"),
    ("written parts", "Thirty-one votes from Ashby, twenty-four from Beck and nineteen from Crowle made up the {w} "
     "votes the motion won.", "78", "74"),
    ("hedged whole", "About 310 from Leeds, 240 from York and 190 from Hull made up the roughly {w} runners in the "
     "race.", "900", "740"),
    ("went into", "£3.1m of lottery money, £2.4m of council funds and £1.9m of gifts went into the £{w}m "
     "restoration.", "6.9", "7.4"),
]

# a dash or colon after the list, then a whole whose own noun covers the kinds: 1,200 + 900 + 650 = 2,750
COVER_NOUN_ROWS = [
    ("dash, trees", "The nursery sold 1,200 oaks, 900 beeches and 650 hazels last month - {w} trees, a record.",
     "2,850", "2,750"),
    ("colon, animals", "The shelter took in 1,200 dogs, 900 cats and 650 rabbits over the winter: {w} animals.",
     "2,950", "2,750"),
    ("attribution", "The port handled 1,200 ferries, 900 yachts and 650 barges - {w} vessels, the harbour board "
     "said.", "2,650", "2,750"),
    ("hedge", "Builders finished 1,200 flats, 900 houses and 650 bungalows - some {w} homes.", "3,100", "2,750"),
    ("period first", "In 2024 the museum lent 1,200 paintings, 900 drawings and 650 prints - {w} works in one year.",
     "2,600", "2,750"),
    ("people", "The camp housed 1,200 men, 900 women and 650 children - {w} refugees in all.", "2,950", "2,750"),
    ("written", "The farm lost twelve ewes, nine lambs and four rams in the snow - twenty-{w} animals.", "seven",
     "five"),
]

# "all N" after the parts, the subject of its clause: 4 + 31 = 35
ALL_ROWS = [
    ("and all", "Four crew and 31 passengers were on the coach when it overturned, and all {w} people were treated "
     "at the scene.", "36", "35"),
    ("attribution", "Four staff and 31 pupils were in the building, the head said, and all {w} people were led out "
     "safely.", "38", "35"),
    ("all of the", "Four men and 31 women were arrested at the protest, and all of the {w} people have been "
     "released on bail.", "33", "35"),
    ("written", "Four adults and nine children were stuck in the lift, and all {w} people were freed by "
     "firefighters.", "fifteen", "thirteen"),
    ("adding that", "Six crew and 29 passengers were aboard when the boat sank, the coastguard said, adding that "
     "all {w} people had been rescued.", "38", "35"),
]

# the inverted running total holds the parts (partial): 12 + 8 = 20
RUNNING_ROWS = [
    ("next sentence", "Divers recovered 12 cars from the canal on Monday and another eight on Tuesday. That brings "
     "to {w} the number of vehicles pulled out this month.", "18", "26"),
    ("same sentence", "Police arrested 12 fans before the match and eight more after it, bringing to {w} the number "
     "arrested this season.", "17", "31"),
    ("taking to, attribution", "The charity opened 12 shops in May and eight in June, the chairman said, taking to "
     "{w} the total it runs.", "19", "40"),
    ("next sentence, this", "Crews freed 12 people on Friday and a further eight on Saturday. This brings to {w} the "
     "number rescued from the flats, officials said.", "16", "20"),
]

# "In total" / "In all" opening the next sentence, its whole named by a noun of its own and its clause repeating
# the list's verb: 6 + 4 + 2 = 12
ECHO_ROWS = [
    ("in all, vehicles", "Ashdown sent six lorries, Brent four and a further two came from Carlow. In all, {w} "
     "vehicles were sent to clear the snow.", "13", "12"),
    ("in total, attribution", "The depot sent six engines, Brent four and Carlow two. In total, {w} appliances were "
     "sent to the blaze, the brigade said.", "11", "12"),
    ("altogether, books", "The library bought 120 novels and 80 atlases in May. Altogether, {w} books were bought.",
     "210", "200"),
]

# a year's total after one figure for each quarter: 10 + 12 + 11 + 13 = 46
PERIODIC_ROWS = [
    ("money", "Profit for the year reached £{w}m after quarterly profits of £10m, £12m, £11m and £13m.", "48", "46"),
    ("attribution", "Annual revenue came to {w} million francs, the company said, after quarterly sales of 10 "
     "million, 12 million, 11 million and 13 million.", "44", "46"),
    ("with, total first", "Takings for 2024 totalled £{w}m, with quarterly takings of £10m, £12m, £11m and £13m.",
     "44", "46"),
]

# after a lone count, the first part with its verb, the others gapped: 20 + 31 + 18 + 9 = 78 (partial)
GAPPED_ROWS = [
    ("grades", "Examiners marked {w} scripts in June. Twenty were graded excellent, 31 good, 18 fair and nine as failing.",
     "70", "78"),
    ("ratings, attribution", "Inspectors visited {w} care homes last year. Twenty were rated outstanding, 31 good, "
     "18 as requiring improvement and nine as inadequate, the regulator said.", "75", "78"),
    ("written", "The panel heard {w} appeals. Twenty were upheld in full, thirty-one in part, eighteen as "
     "withdrawn and nine as void.", "77", "80"),
]


# "of the total" after a verb of contribution names the lone figure before (partial): 1.6 + 0.8 + 0.6 = 3.0
OF_THE_TOTAL_ROWS = [
    ("headline, tonnes", "Port handles record {w}m tonnes\nContainers accounted for 1.6m tonnes of the total, bulk "
     "grain for 0.8m and timber for 0.6m, the harbour master said.", "2.8", "3.2"),
    ("sentence before, money", "Sales reached £{w}m last year. Shoes accounted for £1.6m of the total, bags for "
     "£0.8m and hats for £0.6m.", "2.7", "3.1"),
    ("made up, counts", "The hospital treated {w} patients in March. Adults made up 1,600 of the total, children "
     "800 and babies 600.", "2,700", "3,000"),
]

# "X of the N ... were over 75, Y ..., and the remaining Z": the threshold after "were over" is no part;
# 23 + 22 + 19 = 64
THRESHOLD_ROWS = [
    ("ages", "Twenty-three of the {w} patients admitted were over 75, 22 were between 50 and 75, and the remaining "
     "19 were younger, the trust said.", "61", "64"),
    ("under", "Twenty-three of the {w} runners were under 30, 22 were in their thirties and the remaining 19 were "
     "older.", "66", "64"),
]

# a cost and the sources that paid for it: 3.5 + 2.1 + 0.9 = 6.5 (round 22: a list closed by "and" is all of them,
# so a shortfall is flagged too; "partly" keeps it bounded: tests/test_round22_sums.py)
FUNDED_ROWS = [
    ("paid for with", "The new pool cost £{w}m and was paid for with a £3.5m grant, £2.1m from the council and £0.9m "
     "raised by members.", "6.2", "6.5"),
    ("funded by, attribution", "The bridge cost $ {w} million, officials said, and was funded by a $3.5 million "
     "federal grant, $2.1 million from the state and $0.9 million from tolls.", "6.1", "6.5"),
    ("partly funded by", "The bridge cost $ {w} million, officials said, and was partly funded by a $3.5 million "
     "federal grant, $2.1 million from the state and $0.9 million from tolls.", "6.1", "6.8"),
    ("financed through", "The scheme cost €{w}m and was financed through a €3.5m loan, €2.1m of reserves and €0.9m in "
     "gifts.", "5.9", "6.5"),
]

# figures told "respectively" under the headline's lone figure (partial, bounded): 540,000 + 410,000 + 390,000
RESPECTIVELY_ROWS = [
    ("headline, counts", "County museums welcome {w} visitors\nMuseums in Arden, Bale and Corby drew 540,000, "
     "410,000 and 390,000 people respectively last year.", "1.2 million", "1.4 million"),
    ("headline, money", "Festival raises £{w}m for charity\nThe Friday, Saturday and Sunday events raised £0.54m, "
     "£0.41m and £0.39m respectively, organisers said.", "1.2", "1.5"),
]

# the whole, its source and what the source shows (partial): 618 + 482 = 1,100
SOURCE_SHOWS_ROWS = [
    ("according to, which show", "Thefts in the city fell to {w} last year, according to police figures, which "
     "show 618 from cars and 482 from shops.", "1,046", "1,150"),
    ("data that shows", "Admissions rose to {w} in the winter, the trust's data, which shows 618 at the main "
     "hospital and 482 at the annex, revealed.", "1,050", "1,100"),
    ("statistics, break down", "Fly-tipping reports reached {w}, official statistics, which break down 618 in "
     "towns and 482 in villages, said.", "990", "1,120"),
]


@_rows(SOURCE_SHOWS_ROWS)
def test_source_shows_parts(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC102")
    assert_clean(template.format(w=clean))


@_rows(OF_THE_TOTAL_ROWS)
def test_of_the_total_names_lone_figure(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC102")
    assert_clean(template.format(w=clean))


@_rows(THRESHOLD_ROWS)
def test_threshold_is_no_part(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC101")
    assert_clean(template.format(w=clean))


@_rows(FUNDED_ROWS)
def test_sources_paid_for_cost(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")  # FC101 when the list is all the sources
    assert_clean(template.format(w=clean))


@_rows(RESPECTIVELY_ROWS)
def test_respectively_under_headline(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC102")
    assert_clean(template.format(w=clean))


@_rows(MADE_UP_ROWS)
def test_parts_made_up_the_whole(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC101")
    assert_clean(template.format(w=clean))


@_rows(COVER_NOUN_ROWS)
def test_dash_then_whole_with_cover_noun(name, template, flagged, clean):
    text = template.format(w=flagged)
    assert_flagged(text, "twenty-" + flagged if flagged == "seven" else flagged, "FC101")
    assert_clean(template.format(w=clean))


@_rows(ALL_ROWS)
def test_all_n_after_parts(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC101")
    assert_clean(template.format(w=clean))


@_rows(RUNNING_ROWS)
def test_inverted_running_total(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC102")
    assert_clean(template.format(w=clean))


@_rows(ECHO_ROWS)
def test_totaliser_with_cover_noun_and_echoed_verb(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC101")
    assert_clean(template.format(w=clean))


@_rows(PERIODIC_ROWS)
def test_year_after_quarterly_figures(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC101")
    assert_clean(template.format(w=clean))


@_rows(GAPPED_ROWS)
def test_gapped_labels_after_lone_count(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC102")
    assert_clean(template.format(w=clean))


# what the readings must leave alone
CLEAN_ROWS = [
    # a comparison after the dash, no sum
    "The nursery sold 1,200 oaks, 900 beeches and 650 hazels last month - 3,000 more trees than in May.",
    # people against things: no cover
    "The zoo bought 12 lions, nine tigers and four bears - 30 keepers were hired to look after them.",
    # "all N" of another whole
    "Twelve men and forty women were seen in the hall before all 300 residents were evacuated.",
    # the running total names a state the list does not
    "Rescuers pulled 23 people from the block on Tuesday and 14 on Wednesday. That brings to 8 the number of dead.",
    # the totaliser's clause repeats no verb of the list
    "Police arrested 12 men and four women at the ground. In total, 40 officers were deployed.",
    # three quarters so far, not the year
    "Revenue for the year came to 412 million francs after quarterly sales of 98 million, 104 million and 101 "
    "million.",
    # a share of the whole after "made up", no sum
    "Okoro's 31, Benn's 24 and Ward's 19 made up the bulk of the Tigers' 100 points.",
    # a totaliser's whole followed by its own breakdown, no verb of the list echoed
    "A total of 312 judoka, 168 men and 144 women, competed over two days. Titles were decided in 14 weight "
    "categories, seven for men and seven for women.",
    # the source shows the parts in their own years: levels, no pieces
    "Thefts fell to 1,046 last year, according to police figures, which show 1,618 in 2022 and 1,482 in 2023.",
    # the headline names one of the items told "respectively": that item's own figure
    "Arden museum welcomes 600,000 visitors\nMuseums in Arden, Bale and Corby drew 540,000, 410,000 and 390,000 "
    "people respectively last year.",
]


@pytest.mark.parametrize("text", CLEAN_ROWS)
def test_clean_shapes(text):
    assert_clean(text)

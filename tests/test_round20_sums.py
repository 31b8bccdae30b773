"""Round 20, parts and their whole, shares of one whole (checker/relate/sums.py, shares.py, percents.py).

* ``_measure_size_compound``: a measure's size as a compound before its noun ("a 2,350-tonne harvest") is the
  whole of parts in its unit after an explicit cue ("made up of", "comprised", a dash or colon); it keeps its
  rounding.
* a record's size ("a 14-match unbeaten run") with an explicit complete cue is the whole of its results even
  when they are not one of won, drawn and lost each.
* ``_count_in_bracket_label`` / ``_LAST_BRACKET_JOINT``: "will pay for 40 extra beds (£3.1m), ... and a new
  discharge lounge (£0.9m)": a count in a bracketed part's label is no figure of the list; the last label may
  run to four words.
* ``_base_clause_then_subject``: "Of the 8,210 votes cast in the ward, Ann Lee received 4,020, ...": the base's
  own clause, its comma, then the first part's subject and verb.
* ``_with_list_closed`` (policy): ", with" then three or more parts closed by "and", each placed by where it
  came from, no word of selection ("biggest", "main", "including", "the rest", ...), at least 85% of the
  whole: the whole breakdown,
  inferred (a shortfall is a warning; parts above the whole stay FC102's error).
* ``_split_into_kinds`` (percents.py): "assets are split 48% equities, 37% bonds and 25% property": shares of
  one whole may not pass 100%.
* ``_occasions_in_label``: "96 points from six wins, 40 from five draws, ...": the count of occasions in a
  part's label is no part; ``_sole_but_compared``: "on 203 points, seven clear of Ashbury on 196" / "Their
  total was made up of ...": 203 is the whole named; ``_points_phrase``: "31 batting bonus points" counts points.
* ``_people_whole_by_sex``: "The population has grown to 4,862,350." / "... with 2,468,910 women and 2,439,440
  men": the men and women of a population are all of it (inferred).
* ``_LIST_JOINT`` (shares.py): "sold 51,700 in North America, 28,900 in China and ..." / "... 47,900, or 26% of
  the total": an item of another sentence's list is no "total".

Each flagged row has a clean twin (same words, figures that agree); the variations cover an attribution,
a period, a trailing clause, a dash, colon or bracket, a written number, a hedge, the whole before/after."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged whole, clean whole); parts 1,380 + 610 + 260 = 2,250 (or as written)
MEASURE_COMPOUND_ROWS = [
    ("made up of, attribution", "The estate's {w}-tonne grape crop this year was made up of 1,380 tonnes of red, "
     "610 tonnes of white and 260 tonnes kept for brandy, the manager said.", "2,350", "2,250"),
    ("comprised, miles", "The {w}-mile trail comprises 31 miles of forest track, 14 miles of road and 9 miles of "
     "beach.", "58", "54"),
    ("consisted of, litres, period", "Last winter the {w}-litre fuel order consisted of 5,200 litres of diesel and "
     "3,100 litres of heating oil.", "8,600", "8,300"),
    ("colon", "The firm's {w}-tonne shipment left on Monday: 1,380 tonnes of wheat, 610 tonnes of barley and 260 "
     "tonnes of oats.", "2,350", "2,250"),
    ("dash, hectares", "The {w}-hectare estate - 900 hectares of woodland, 420 hectares of pasture and 180 "
     "hectares of moor - was sold in May.", "1,700", "1,500"),
    ("kilograms, trailing clause", "The {w}-kilogram haul was made up of 310 kilograms of cocaine and 95 "
     "kilograms of heroin, the largest seizure this year.", "450", "405"),
    ("hedged parts", "The {w}-tonne catch was made up of about 1,380 tonnes of cod, some 610 tonnes of haddock and "
     "roughly 260 tonnes of plaice.", "2,650", "2,250"),
]

# a record's size with an explicit complete cue: 10 wins + 5 draws = 15
RECORD_CUE_ROWS = [
    ("unbeaten run, relative clause", "Hallam's {w}-match unbeaten run, which ended at Priory Lane on Saturday, "
     "was made up of 10 wins and five draws.", "14", "15"),
    ("game streak, comprised", "The {w}-game streak comprised 10 victories and five ties.", "14", "15"),
    ("written parts, consisted", "Their {w}-game winning run consisted of ten league wins and five cup wins, the "
     "club said.", "16", "15"),
]

# bracketed sums after labels, a covering verb; parts £3.1m + £2.2m + £0.9m = £6.2m
BRACKET_LABEL_ROWS = [
    ("count in the first label", "The hospital's £{w}m winter fund will pay for 40 extra beds (£3.1m), agency "
     "nurses (£2.2m) and a new discharge lounge (£0.9m), the board heard.", "6.8", "6.2"),
    ("count in a middle label", "The college's £{w}m grant covers new laboratories (£3.1m), 12 extra lecturers "
     "(£2.2m) and a bigger library (£0.9m).", "6.6", "6.2"),
    ("four-word last label, period", "In 2025 the £{w}m budget goes on road repairs (£3.1m), street lights (£2.2m) "
     "and a new cycle bridge (£0.9m).", "6.9", "6.2"),
]

# a leading base with a clause of its own, then the first part's subject; 4,020 + 3,100 + 820 + 270 = 8,210
LEADING_BASE_ROWS = [
    ("named parts, spoiled", "Of the {w} ballots cast in the Ashby ward by-election, Ann Lee received 4,020, Tom "
     "Hart 3,100 and Ravi Shah 820, while 270 papers were spoiled, the council said.", "8,310", "8,210"),
    ("named parts, spoilt first", "Of the {w} ballots cast in Thursday's council by-election, Ann Lee won 4,020, "
     "Tom Hart 3,100 and Ravi Shah 820, while 270 were spoilt.", "8,290", "8,210"),
]
# partial: named candidates alone may leave some out, but may not exceed the base (round 21: named parts
# covering 95% of the base are all of it, so the clean twin is their sum)
LEADING_BASE_EXCEED = ("Of the {w} votes cast in the Ashby ward by-election, Ann Lee received 4,020, Tom Hart 3,100 "
                       "and Ravi Shah 820.", "7,500", "7,940")

# ", with" and the sources of every part: €2.1bn + €1.2bn + €0.4bn = €3.7bn
WITH_SOURCES_ROWS = [
    ("coming from", "Calder Foods reported revenue of €{w}bn, with €2.1bn coming from dairy, €1.2bn from bakery and "
     "€0.4bn from frozen meals.", "3.9", "3.7"),
    ("plain from, period", "The group's sales reached £{w}bn in 2024, with £2.1bn from Europe, £1.2bn "
     "from Asia and £0.4bn from the Americas.", "3.9", "3.7"),
    ("attribution", "The charity raised $3.{w}m last year, with $2.1m coming from legacies, $1.2m from events and "
     "$0.4m from its shops, it said.", "9", "7"),
    ("counts", "The airport handled {w} flights in June, with 2,100 coming from Europe, 1,200 from Africa and 400 "
     "from Asia.", "3,900", "3,700"),
]
# a selection, an open list or fewer than three parts stay partial: short lists raise nothing
WITH_SOURCES_GUARDS = [
    "Calder Foods reported revenue of €3.9bn, with its biggest units €2.1bn from dairy, €1.2bn from bakery and "
    "€0.4bn from frozen meals.",
    "Calder Foods reported revenue of €3.9bn, with €2.1bn coming from dairy and €1.2bn from bakery.",
    "Calder Foods reported revenue of €3.9bn, with €2.1bn coming from dairy, €1.2bn from bakery and €0.4bn from "
    "frozen meals among others.",
    "Calder Foods reported revenue of €3.9bn, with €2.1bn coming from dairy, €1.2bn from bakery and €0.4bn from "
    "frozen meals, while the rest came from drinks.",
    "Calder Foods reported revenue of €3.9bn, including €2.1bn from dairy, €1.2bn from bakery and €0.4bn from "
    "frozen meals.",
    # far short of the whole (under 85% of it): a selection of the sources
    "The appeal has raised £5.2m, with £2.1m coming from companies, £1.2m from trusts and £0.4m from a gala dinner.",
]

# shares of one whole named by a verb dividing it, each followed by its kind: 48 + 37 + 25 = 110
SPLIT_KINDS_ROWS = [
    ("split, attribution", "The pension fund's assets are split 48% equities, 37% bonds and {w}% property, "
     "according to its annual report.", "25", "15"),
    ("divided, two-word kinds", "Its portfolio is divided 48% company shares, 37% government bonds and {w}% "
     "cash.", "25", "15"),
    ("made up of", "The county's soil is made up of 48% sand, 37% silt and {w}% clay, surveyors said.", "25", "15"),
    ("invested in", "In 2024 the money was invested 48% in shares, 37% in bonds and {w}% in property.", "25", "15"),
    ("hedge", "The endowment is split roughly 48% equities, 37% bonds and {w}% property.", "25", "15"),
    ("consists of, two shares", "The blend consists of 68% arabica and {w}% robusta.", "42", "32"),
]

# points from occasions, then "Their total" of the one figure before that is not a rival's or a margin
POINTS_ROWS = [
    ("rival and margin before", "Kent end the season on 203 points, seven clear of Essex on 196. Their total was "
     "made up of 96 points from six wins, 40 from five draws, 31 batting bonus points and {w} bowling bonus "
     "points.", "42", "36"),
    ("no rival", "Kent end the season on 203 points. Their total was made up of 96 points from six wins, 40 from "
     "five draws, 31 batting bonus points and {w} bowling bonus points.", "42", "36"),
    ("colon, in one sentence", "Kent finished on 203 points: 96 from six wins, 40 from five draws, 31 batting "
     "points and {w} bowling points.", "42", "36"),
]

# the size of a population, then its men and women in a later sentence
POPULATION_ROWS = [
    ("with, two sentences on", "Tarvia's population has grown to 3,210,400, the census office said on Monday. The "
     "count found 140,200 more people than in 2014. Women outnumber men, with 1,640,300 women and {w} men "
     "recorded.", "1,620,100", "1,570,100"),
    ("next sentence, were", "The island's population now stands at 48,250. Of its residents, 24,600 were "
     "women and {w} men.", "24,950", "23,650"),
    ("workforce", "The company's workforce has risen to 12,400. Some 5,100 women and {w} men now work for it.",
     "7,900", "7,300"),
]
# a subgroup or another time: no whole ("Among those aged over 65" is an age band, not all of "those")
POPULATION_GUARDS = [
    "Tarvia's population has grown to 3,210,400. Among those aged over 65, 310,000 were women and 250,000 men.",
    "The town has 52,000 residents. Of those aged under 16, 5,100 are girls and 5,400 boys.",
    "Tarvia's population has grown to 3,210,400. Among residents aged over 65, 310,000 were women and 250,000 men.",
    "When the population stood at 3,070,200 in 2014, there were 1,560,000 women and 1,600,100 men.",
]

# a share "of the total" after another sentence's list names no item of it as the total
LIST_TOTAL_GUARDS = [
    "The carmaker delivered 184,300 vehicles in the quarter. Europe took 92,400 of them. It sold 51,700 in North "
    "America, 28,900 in China and 11,300 elsewhere. Electric models accounted for 47,900 deliveries, or 26% of the "
    "total.",
    "The brewer sold 9.2 million barrels. It shipped 4.1 million in Germany, 2.6 million in Austria and 2.5 million "
    "elsewhere. Alcohol-free beer made up 2.3 million barrels, or 25% of the total, it said.",
]


def _rows(rows):
    return pytest.mark.parametrize("name,template,flagged,clean", rows, ids=[r[0] for r in rows])


@_rows(MEASURE_COMPOUND_ROWS)
def test_measure_size_compound_whole(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@_rows(RECORD_CUE_ROWS)
def test_record_size_with_complete_cue(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC101")
    assert_clean(template.format(w=clean))


@_rows(BRACKET_LABEL_ROWS)
def test_bracketed_parts_with_count_in_label(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), "£" + flagged, "FC101")
    assert_clean(template.format(w=clean))


@_rows(LEADING_BASE_ROWS)
def test_leading_base_with_clause_and_named_parts(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC101")
    assert_clean(template.format(w=clean))


def test_leading_base_named_parts_exceed():
    template, flagged, clean = LEADING_BASE_EXCEED
    assert_flagged(template.format(w=flagged), flagged, "FC102")
    assert_clean(template.format(w=clean))


@_rows(WITH_SOURCES_ROWS)
def test_with_list_of_sources_is_complete(name, template, flagged, clean):
    text = template.format(w=flagged)
    target = next(t for t in ("€" + flagged, "£" + flagged, "$3." + flagged, flagged) if t in text)
    assert_flagged(text, target, "FC101")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", WITH_SOURCES_GUARDS)
def test_with_list_guards(text):
    assert_clean(text)


@_rows(SPLIT_KINDS_ROWS)
def test_percent_split_into_kinds(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged + "%", "FC202")
    assert_clean(template.format(w=clean))


@_rows(POINTS_ROWS)
def test_points_total_from_occasions(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), "203", "FC101")
    assert_clean(template.format(w=clean))


@_rows(POPULATION_ROWS)
def test_population_by_sex(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC101")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", POPULATION_GUARDS + LIST_TOTAL_GUARDS)
def test_guards(text):
    assert_clean(text)

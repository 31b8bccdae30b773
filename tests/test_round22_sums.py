"""Round 22, sums helper: narrow requirements of the sums, shares and share-split readers relaxed
(checker/relate/sums.py, shares.py, percents.py).

* sums ``_mark_each_passed``: "four batters passed 1,000 runs: A (1,312), B (1,104), ..." -- a figure after
  "passed"/"reached"/"topped" that every part is at least is a mark, no total of them (a false alarm).
* sums ``_unit_key``: "2.6 gigawatts" and "1.4GW" are one unit; ``_summed_power`` reads power told as capacity
  ("of generating capacity", "of new capacity") as adding up.
* sums ``_FUNDED_GAP``: the cost's noun may run to seven words before "will be paid for with".
* sums ``find_biggest_part_then_rest``: "accounted for the largest number of repairs at 6,210" then the others by
  the whole's noun in the next sentence (no verb shared).
* shares ``_whole_renamed_qualified``: the share's whole named with a day's possessive ("the day's departures and
  arrivals": two complementary halves of the base's things) or "there" after it ("of the workforce there").
* shares ``_share_of_total_at_part``: "NOUN made up SHARE of the total, at PART", the total an earlier figure
  counting NOUN.
* percents ``_lead_whole_fates``: "Of WHOLE, 44% was recycled, 31% composted and 35% sent to landfill" (inferred);
  ``_choices`` reads the last option before the full stop.

Each flagged row has a clean twin (same words, figures that agree)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _rows(rows):
    return pytest.mark.parametrize("name,template,flagged,clean", rows, ids=[r[0] for r in rows])


def _clean_rows(rows):
    return pytest.mark.parametrize("name,text", rows, ids=[r[0] for r in rows])


# a mark every part passed, no total: each text stays clean
MARK_ROWS = [
    ("passed, brackets", "Four bowlers passed 100 wickets in the season: Amy Hart (131), Jo Wells (118), Kit Dunn "
     "(109) and Sam Ray (102)."),
    ("reached, colon", "Three clubs reached 50 points this term: Eastfield with 64, Norton with 58 and Hale with 53."),
    ("topped, attribution", "Five stores topped £1m in sales last year, the chain said: Leeds (£1.4m), York (£1.3m), "
     "Hull (£1.2m), Derby (£1.1m) and Bath (£1.05m)."),
    ("surpassed, written", "Three runners surpassed 2,000 miles over the year: Ali Moss (2,310), Ben Kay (2,205) and "
     "Cy Lord (2,040)."),
    ("exceeded, period", "In 2024 four libraries exceeded 30,000 loans - Ashby (41,200), Brent (36,900), Corby "
     "(33,400) and Dale (30,800)."),
    ("crossed, dash", "Two appeals crossed the £500,000 mark - one for the hospice (£612,000) and one for the lifeboat "
     "(£548,000)."),
]


@_clean_rows(MARK_ROWS)
def test_mark_each_passed_is_no_total(name, text):
    assert_clean(text)


# a total named before a colon still breaks down into its parts: 1,312 + 1,104 + 1,058 = 3,474
MARK_TOTAL_ROWS = [
    ("scored, brackets", "The three batters scored {w} runs between them: Hart (1,312), Wells (1,104) and Dunn "
     "(1,058).", "3,874", "3,474"),
]


@_rows(MARK_TOTAL_ROWS)
def test_total_before_parts_still_read(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# power told as capacity adds up, spelled or abbreviated: 1.4 + 0.7 + 0.8 = 2.9
CAPACITY_ROWS = [
    ("spelled total, the remaining", "Of the {w} gigawatts of generating capacity connected this year, 1.4GW came "
     "from offshore wind, 0.7GW from solar farms and the remaining 0.8GW from batteries, the operator said.",
     "2.6", "2.9"),
    ("abbreviated, no rest", "Of the {w}GW of new capacity added in 2025, 1.4GW came from wind, 0.7GW from solar and "
     "0.8GW from storage.", "2.5", "2.9"),
    ("megawatts spelled parts", "Of the {w}MW of installed capacity, 1,400 megawatts is wind, 700 megawatts solar "
     "and 800 megawatts hydro.", "2,600", "2,900"),
    ("colon, year", "The grid added {w}GW of new capacity in 2025: 1.4GW of wind, 0.7GW of solar and 0.8GW of "
     "storage.", "3.4", "2.9"),
    ("colon, attribution", "Some {w} gigawatts of renewable capacity came online, officials said: 1.4GW of wind, "
     "0.7GW of solar and 0.8GW of batteries.", "2.4", "2.9"),
]


@_rows(CAPACITY_ROWS)
def test_capacity_parts(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# a cost with a long noun and the sources paying for it, closed by "and": all of them, so more or less than the
# cost is flagged: 7.4 + 3.1 + 1.6 = 12.1
FUNDED_ROWS = [
    ("will be paid for", "The £{w}m refurbishment of the old Fairfield town library will be paid for with a £7.4m "
     "grant, £3.1m from the council and £1.6m raised by donors.", "11.6", "12.1"),
    ("will be paid for, short", "The £{w}m refurbishment of the old Fairfield town library will be paid for with a "
     "£7.4m grant, £3.1m from the council and £1.6m raised by donors.", "12.6", "12.1"),
    ("is funded by, attribution after", "The £{w}m upgrade of the main Westgate bus station is funded by a £7.4m "
     "grant, £3.1m of reserves and £1.6m from developers, the council said.", "11.2", "12.1"),
    ("is funded by, short", "The £{w}m upgrade of the main Westgate bus station is funded by a £7.4m "
     "grant, £3.1m of reserves and £1.6m from developers, the council said.", "12.9", "12.1"),
    ("was financed through", "The $ {w} million expansion of the county's northern water works was financed through "
     "a $7.4 million loan, $3.1 million in bonds and $1.6 million from rates.", "10.9", "12.1"),
]


@_rows(FUNDED_ROWS)
def test_funded_long_noun(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# a word that makes the sources some of them: a shortfall is no contradiction (7.4 + 3.1 + 1.6 = 12.1 of 12.6)
SOME_SOURCES_ROWS = [
    "The £12.6m refurbishment of the town library will be partly paid for with a £7.4m grant, £3.1m from the council "
    "and £1.6m raised by donors.",
    "The £12.6m refurbishment of the town library will be paid for with a £7.4m grant, £3.1m from the council and "
    "£1.6m raised by donors, with the rest borrowed.",
    "The £12.6m refurbishment of the town library will be funded by sources including a £7.4m grant, £3.1m from the "
    "council and £1.6m raised by donors.",
    "The £12.6m refurbishment of the town library will be paid for mainly with a £7.4m grant, £3.1m from the council "
    "and £1.6m raised by donors.",
    "The £12.6m refurbishment of the town library will be paid for with a £7.4m grant, £3.1m from the council, £1.6m "
    "raised by donors and a bank loan.",
]


@pytest.mark.parametrize("text", SOME_SOURCES_ROWS)
def test_some_sources_stay_partial(text):
    assert_clean(text)


# the share's whole named again with a qualifier: 740 / 1,850 = 40%; 110 / 640 = 17%
RENAMED_ROWS = [
    ("workforce there", "The carmaker is to shed some 740 of the 1,850 jobs at its Midlands plant, {w} of the "
     "workforce there.", "three in ten", "four in ten"),
    ("workforce there, percent", "The bank will close 740 of the 1,850 posts at its Leeds office, {w} of the "
     "workforce there, unions said.", "30%", "40%"),
    ("day's departures and arrivals", "Fog grounded about 110 of the 640 flights scheduled at the airport on Sunday, "
     "{w} of the day's departures and arrivals.", "one in four", "one in six"),
    ("week's arrivals and departures", "Strikes cancelled 110 of the 640 flights planned at the airport, {w} of the "
     "week's arrivals and departures.", "a quarter", "about 17%"),
]


@_rows(RENAMED_ROWS)
def test_whole_renamed_qualified(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC20")
    assert_clean(template.format(w=clean))


# a share's whole in a wider possessive stays a whole of its own: no share of the count before
WIDER_ROWS = [
    ("company's workforce", "The carmaker is to shed 740 of the 1,850 jobs at its Midlands plant, 3% of the "
     "company's workforce."),
    ("national total", "Fog grounded 110 of the 640 flights at the airport, a fifth of the national total there."),
]


@_clean_rows(WIDER_ROWS)
def test_wider_whole_left_alone(name, text):
    assert_clean(text)


# the biggest part told by "the largest number of NOUN at", the rest in the next sentence (partial, inferred):
# 6,210 + 4,985 + 4,120 + 3,325 = 18,640
BIGGEST_ROWS = [
    ("largest number of repairs", "The council repaired a record {w} potholes in the year to March. The northern "
     "area accounted for the largest number of repairs at 6,210. Crews fixed 4,985 potholes in the central area, "
     "4,120 in the south and 3,325 in the east.", "18,040", "18,640"),
    ("largest share of calls, with", "The service answered {w} calls last winter. The city accounted for the largest "
     "share of calls, with 6,210. Staff took 4,985 calls from the valleys, 4,120 from the coast and 3,325 from "
     "the hills.", "17,800", "18,700"),
]


@_rows(BIGGEST_ROWS)
def test_biggest_part_by_noun(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# the share first, "of the total, at PART": 103,000 / 412,300 = 25%
AT_PART_ROWS = [
    ("made up, at", "The museum welcomed 412,300 visitors in 2024. Its fossil show drew 86,450 people over the "
     "summer. Overseas visitors made up almost exactly {w} of the total, at 103,000, officials said.",
     "a third", "a quarter"),
    ("accounted for, some", "The county recorded 412,300 journeys on its buses last year. Free journeys accounted "
     "for {w} of the total, some 103,000.", "40%", "25%"),
]


@_rows(AT_PART_ROWS)
def test_share_of_total_at_part(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC20")
    assert_clean(template.format(w=clean))


# the fates of a whole the sentence opens on: 44 + 31 + 25 = 100 (flagged: over 100)
FATES_ROWS = [
    ("was, gapped participles", "Of the district's household waste last year, 44% was recycled, 31% composted and "
     "{w}% sent to landfill, council figures show.", "35", "25"),
    ("were, plural", "Of the 870 claims lodged, 52% were paid, 29% rejected and {w}% withdrawn.", "27", "19"),
    ("auxiliary repeated", "Of the county's rubbish, 44% was burnt, 31% was recycled and {w}% was buried, the report "
     "said.", "35", "25"),
    ("per cent, complement", "Of last year's harvest, 44 per cent was exported, 31 per cent sold at home and "
     "{w} per cent stored in silos.", "35", "25"),
    ("patients", "Of the patients seen in March, 48% were discharged, 37% admitted to wards and {w}% transferred to "
     "other hospitals.", "21", "15"),
]


@_rows(FATES_ROWS)
def test_fates_of_lead_whole(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), f"{flagged}%" if "per cent" not in template else f"{flagged} per cent",
                   "FC202")
    assert_clean(template.format(w=clean))


# shares that may overlap stay clean even over 100
OVERLAP_ROWS = [
    ("own, gapped", "Of households in the town, 44% own a car, 31% a bike and 35% a van."),
    ("present habits", "Of adults surveyed, 60% drink coffee, 45% smoke and 30% exercise weekly."),
    ("no lead", "Last year 44% of waste was recycled, 31% of gardens were composted and 35% of bins were emptied "
     "late."),
    ("same participle", "Of the homes, 60% were damaged, 45% were damaged by water and 20% were damaged by wind."),
]


@_clean_rows(OVERLAP_ROWS)
def test_overlapping_shares_clean(name, text):
    assert_clean(text)


# the options of one question, the last before the full stop: 44 + 31 + 25 = 100
CHOICE_ROWS = [
    ("verb once", "Of voters asked, 44% backed Labour, 31% the Greens and {w}% Reform.", "35", "25"),
    ("verb repeated", "Of voters, 44% backed Labour, 31% backed the Greens and {w}% backed Reform.", "35", "25"),
    ("chose", "In the survey 44% chose the bus, 31% the train and {w}% a bicycle.", "35", "25"),
]


@_rows(CHOICE_ROWS)
def test_choices_last_option(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), f"{flagged}%", "FC202")
    assert_clean(template.format(w=clean))

"""Round 18 (lead): readings and guards found on freshly written articles.  Every reading is a flagged text
with a clean twin (the same text with consistent figures), so no row can only pass by silence."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# "PART of them|those NOUN VERB ..., a RATE of SHARE": the part's rate in the whole named before
RATE_OF_THOSE = [
    ("The club sold 8,400 season tickets last summer. By May, 2,900 of those tickets had been renewed, a "
     "renewal rate of 45%.",
     "The club sold 8,400 season tickets last summer. By May, 3,780 of those tickets had been renewed, a "
     "renewal rate of 45%.", "2,900"),
    ("Inspectors visited 640 takeaways in the county. Some 210 of them failed on hygiene, a failure rate of "
     "about a fifth, the report said.",
     "Inspectors visited 640 takeaways in the county. Some 130 of them failed on hygiene, a failure rate of "
     "about a fifth, the report said.", "Some 210"),
    ("The charity trained 1,250 volunteers in 2023. Of the group, 300 of these volunteers were still active a "
     "year later, a retention rate of 42%.",
     "The charity trained 1,250 volunteers in 2023. Of the group, 525 of these volunteers were still active a "
     "year later, a retention rate of 42%.", "300"),
    ("Farmers planted 96,000 saplings along the river in the spring - and 31,000 of them had died by October, "
     "a loss rate of 19%.",
     "Farmers planted 96,000 saplings along the river in the spring - and 18,200 of them had died by October, "
     "a loss rate of 19%.", "31,000"),
]

# "PART would amount to SHARE of the OWNER'S NOUN NOUN of BASE": a two-word owner before the whole's noun
SHARE_OF_OWNERS_WHOLE = [
    ("The £2.9m shortfall would amount to almost a fifth of the fire service's annual budget of £11.2 million.",
     "The £2.1m shortfall would amount to almost a fifth of the fire service's annual budget of £11.2 million.",
     "almost a fifth"),
    ("Grants of $4.6m make up 30% of the arts council's total income of $11.5m, the accounts show.",
     "Grants of $3.45m make up 30% of the arts council's total income of $11.5m, the accounts show.", "30%"),
]

# published 2024-06-04: a day still to come after "will VERB its OBJECT" (an insertion in commas allowed) is
# this year's, never last year's (when 14 September fell on a Thursday)
FUTURE_WEEKDAY = [
    ("The council will publish the first review of the scheme, including how often the cars are used, on "
     "Thursday, September 14.",
     "The council will publish the first review of the scheme, including how often the cars are used, on "
     "Thursday, September 12.", "Thursday, September 14"),
    ("The trust will open its new maternity unit on Thursday, September 14, a spokesman said.",
     "The trust will open its new maternity unit on Thursday, September 12, a spokesman said.",
     "Thursday, September 14"),
    ("Organisers said the festival will announce the full line-up of bands, such as the headliners, on "
     "Thursday 14 September.",
     "Organisers said the festival will announce the full line-up of bands, such as the headliners, on "
     "Thursday 12 September.", "Thursday 14 September"),
]

# a whole told in one paragraph, broken down in a later one that covers it: the months of its span, or as
# many named figures as the kinds its sentence counts (checker/relate/breakdowns.py)
LATER_BREAKDOWN = [
    ("Harbour records busiest spring\n\nThe harbour handled 3,460 vessel calls between March and May, the "
     "port authority said.\n\nThe figure beat the old record, set in 2019, by a wide margin.\n\nMarch brought "
     "1,020 calls, April 1,190 and May 1,350.",
     "Harbour records busiest spring\n\nThe harbour handled 3,560 vessel calls between March and May, the "
     "port authority said.\n\nThe figure beat the old record, set in 2019, by a wide margin.\n\nMarch brought "
     "1,020 calls, April 1,190 and May 1,350.", "3,460"),
    ("Library loans climb\n\nThe county's libraries lent 84,200 books from October to December, 12% more "
     "than the 75,100 a year earlier.\n\nIn October the branches issued 27,900 books. November added 29,400 "
     "and December, with the holidays, 24,100.",
     "Library loans climb\n\nThe county's libraries lent 81,400 books from October to December, 12% more "
     "than the 72,700 a year earlier.\n\nIn October the branches issued 27,900 books. November added 29,400 "
     "and December, with the holidays, 24,100.", "84,200"),
    ("Tram network busier\n\nMetroline, which runs three tram lines across the city, carried 2,870,000 "
     "passengers in the year, it said on Monday.\n\nThe Airport line was the busiest with 1,240,000 "
     "passengers. The Harbour line carried 960,000 and the University line 770,000.",
     "Tram network busier\n\nMetroline, which runs three tram lines across the city, carried 2,970,000 "
     "passengers in the year, it said on Monday.\n\nThe Airport line was the busiest with 1,240,000 "
     "passengers. The Harbour line carried 960,000 and the University line 770,000.", "2,870,000"),
]

# a sum told by its verb ("to save") and restated under the verb's noun ("the saving")
VERB_THEN_NOUN = [
    ("The trust plans to merge two wards to save £2.4 million.\n\nManagers said the £4.2m saving would "
     "protect front-line posts.",
     "The trust plans to merge two wards to save £2.4 million.\n\nManagers said the £2.4m saving would "
     "protect front-line posts.", "£4.2m"),
    # told a year at a time, restated with one digit changed
    ("The trust plans to merge two wards to save £2.45 million a year.\n\nManagers said the £2.95m saving would "
     "protect front-line posts.",
     "The trust plans to merge two wards to save £2.45 million a year.\n\nManagers said the £2.45m saving would "
     "protect front-line posts.", "£2.95m"),
]

# one named person's ages and birth, told in different clauses or sentences (checker/relate/timelines.py);
# published 2024-06-01
PERSON_TIMELINE = [
    # an age now against an age at a year, two sentences apart, by surname
    ("The bakery was opened in 1990 by Mary Quinlan, a former nurse, who started it at the age of 41. Quinlan, "
     "now 68, still bakes every morning.",
     "The bakery was opened in 1990 by Mary Quinlan, a former nurse, who started it at the age of 34. Quinlan, "
     "now 68, still bakes every morning.", "41"),
    # an age now and "as a N-year-old ... in YEAR" in one sentence, past a place name
    ("Dr Owen Tarrant, 63, who leads the survey at Brackley Moor, first walked the site as a 19-year-old "
     "volunteer in 1984. Tarrant said the work had only begun.",
     "Dr Owen Tarrant, 59, who leads the survey at Brackley Moor, first walked the site as a 19-year-old "
     "volunteer in 1984. Tarrant said the work had only begun.", "63"),
    # a birth year, then "in YEAR, when he was N" in the same sentence
    ("Ravi Menon, who was born in 1941 in Kochi, bought the shop in 1979, when he was 48, the family said. "
     "Menon ran it until last year.",
     "Ravi Menon, who was born in 1941 in Kochi, bought the shop in 1979, when he was 38, the family said. "
     "Menon ran it until last year.", "48"),
    # a birth and an age now, with an age at another year beside them
    ("The oldest rower, Ada Whitlock, 86, who was born in May 1944 and first raced here in 1962, aged 18, "
     "finished fourth. Whitlock trains daily.",
     "The oldest rower, Ada Whitlock, 80, who was born in May 1944 and first raced here in 1962, aged 18, "
     "finished fourth. Whitlock trains daily.", "86"),
]
# two people on one surname, a place name and a birth told of someone named only after it stay apart
NOT_ONE_TIMELINE = [
    "Tom Hale bought the farm in 1980, when he was 30. His son, Sam Hale, 41, now runs it.",
    "The winner, who was born in March 2004 and is 20, finished ahead of Jo Briggs. Briggs, 31, came second.",
]

TABLES = [(PERSON_TIMELINE, "FC5", "2024-06-01"), (VERB_THEN_NOUN, "FC4", None), (LATER_BREAKDOWN, "FC1", None), (RATE_OF_THOSE, "FC2", None), (SHARE_OF_OWNERS_WHOLE, "FC2", None),
          (FUTURE_WEEKDAY, "FC5", "2024-06-04")]
CASES = [(flagged, clean, target, rule, published)
         for table, rule, published in TABLES for flagged, clean, target in table]


@pytest.mark.parametrize("flagged,clean,target,rule,published", CASES)
def test_round18_lead_flagged(flagged, clean, target, rule, published):
    assert_flagged(flagged, target, rule, published=published)


@pytest.mark.parametrize("flagged,clean,target,rule,published", CASES)
def test_round18_lead_clean_twin(flagged, clean, target, rule, published):
    assert_clean(clean, published=published)


# a later paragraph of another period, or one that names fewer kinds than counted, is no breakdown
NOT_A_BREAKDOWN = [
    "The harbour handled 3,460 vessel calls between March and May.\n\nA year earlier, March brought 900 calls, "
    "April 1,000 and May 1,100.",
    "Metroline, which runs three tram lines across the city, carried 2,870,000 passengers in the year.\n\nThe "
    "Airport line was the busiest with 1,240,000 passengers and the Harbour line carried 960,000.",
    "The harbour handled 3,460 vessel calls between March and May.\n\nMarch brought 1,020 calls and April 1,190.",
]


@pytest.mark.parametrize("text", NOT_A_BREAKDOWN)
def test_round18_lead_not_a_breakdown(text):
    assert_clean(text)


@pytest.mark.parametrize("text", NOT_ONE_TIMELINE)
def test_round18_lead_not_one_timeline(text):
    assert_clean(text, published="2024-06-01")


# a level beside its old one ("32 girls' teams, up from 19") is a part of the list, not a difference
def test_round18_lead_level_up_from_is_a_part():
    text = ("The league will field 148 teams this season. Its teams are made up of 64 mini-soccer sides, 52 youth "
            "teams from under-11 to under-16 and 32 girls' teams, up from 19 a year ago.")
    assert_clean(text)
    assert_flagged(text.replace("and 32 girls'", "and 42 girls'"), "148", "FC1")


# "another NOUN" after a list's closing dash is another thing, not one more of the count; "Another is ..." is
@pytest.mark.parametrize("flagged,clean", [
    ("Gale warnings cover five islands - Arran, Bute, Islay and Mull - after another night of storms.",
     "Gale warnings cover four islands - Arran, Bute, Islay and Mull - after another night of storms."),
    ("Three firms - Acme, Brill, Corda and Dunmore - bid for another contract in May.",
     "Four firms - Acme, Brill, Corda and Dunmore - bid for another contract in May."),
])
def test_round18_lead_another_thing_after_a_list(flagged, clean):
    assert_flagged(flagged, flagged.split(" - ")[0].split()[-2], "FC41")
    assert_clean(clean)


def test_round18_lead_another_of_the_count_stays_partial():
    assert_clean("Four teams reached the semi-finals: Leeds, York and Hull. Another is expected to join them.")


# "cut by S% ..., with an ITEM falling from OLD to NEW": the item's change is the size told (not an average, a
# hedge or the biggest mover)
@pytest.mark.parametrize("flagged,clean", [
    ("Ferry fares were cut by 25% on Monday, with a return ticket falling from £36 to £28.80, the operator said.",
     "Ferry fares were cut by 20% on Monday, with a return ticket falling from £36 to £28.80, the operator said."),
    ("Parking charges will rise by 10% in April, with an all-day ticket going from £6 to £7.20.",
     "Parking charges will rise by 20% in April, with an all-day ticket going from £6 to £7.20."),
])
def test_round18_lead_with_an_item_moving(flagged, clean):
    assert_flagged(flagged, "%", "FC2")
    assert_clean(clean)


@pytest.mark.parametrize("text", [
    "Rents rose by 5% on average, with a two-bed flat going from £900 to £1,000.",
    "Fares will go up by as much as 25%, with a peak return rising from £36 to £40.",
    "Prices rose by 4% in May, with the biggest item, butter, going from £2 to £2.50.",
])
def test_round18_lead_with_an_item_moving_guards(text):
    assert_clean(text)


# the valid votes cast, then every candidate's votes in the next sentence (no spoiled paper among valid votes)
@pytest.mark.parametrize("flagged,clean", [
    ("A total of 6,218 valid votes were cast in the mayoral race. Alvarez won with 2,904, Brooke took 2,011 and Chen "
     "1,203.",
     "A total of 6,118 valid votes were cast in the mayoral race. Alvarez won with 2,904, Brooke took 2,011 and Chen "
     "1,203."),
    ("Officials said 9,870 valid votes were counted on Friday. The Greens polled 4,120, Labour got 3,390, the "
     "Conservatives 1,560 and an independent 700.",
     "Officials said 9,770 valid votes were counted on Friday. The Greens polled 4,120, Labour got 3,390, the "
     "Conservatives 1,560 and an independent 700."),
])
def test_round18_lead_valid_votes_then_candidates(flagged, clean):
    assert_flagged(flagged, flagged.split(" valid")[0].split()[-1], "FC1")
    assert_clean(clean)


def test_round18_lead_valid_votes_with_others_left_out():
    assert_clean("A total of 4,314 valid votes were cast. Nandra won with 1,987, Hale took 1,406 and the rest went "
                 "to three others.")


# "after" and a bare noun of an event ("after restoration,", "after refurbishment,") is a circumstance, no clause
@pytest.mark.parametrize("flagged,clean", [
    ("Visitor numbers at the gallery have doubled since it reopened after refurbishment, from 52,000 in 2020 to "
     "91,000 last year.",
     "Visitor numbers at the gallery have doubled since it reopened after refurbishment, from 52,000 in 2020 to "
     "104,000 last year."),
    ("The shares slid 31p to 182p after publication, having closed at 222p on Monday.",
     "The shares slid 40p to 182p after publication, having closed at 222p on Monday."),
])
def test_round18_lead_after_a_bare_event_noun(flagged, clean):
    assert_flagged(flagged, "91,000" if "91,000" in flagged else "31p", "FC3")
    assert_clean(clean)


# a compound count of places ("a three-nation tour") against the places named after "to", "in", "takes in" ...
@pytest.mark.parametrize("flagged,clean", [
    ("The four-nation tour will take the foreign secretary to Chile, Peru and Colombia next month.",
     "The three-nation tour will take the foreign secretary to Chile, Peru and Colombia next month."),
    ("The orchestra's six-city tour takes in Vienna, Prague, Leipzig, Krakow and Budapest.",
     "The orchestra's five-city tour takes in Vienna, Prague, Leipzig, Krakow and Budapest."),
])
def test_round18_lead_compound_count_of_places(flagged, clean):
    assert_flagged(flagged, flagged.split()[1] if "-" in flagged.split()[1] else flagged.split()[2], "FC41")
    assert_clean(clean)


@pytest.mark.parametrize("text", [
    "The five-city tour takes in Leeds, York and Hull, among other stops.",
    "The four-nation talks, including Chile, Peru and Colombia, ended on Friday.",
])
def test_round18_lead_compound_count_of_places_partial(text):
    assert_clean(text)


# "yesterday's NOUN against NAME, played on DAY": the day's own event, then its day (published 2024-09-16)
@pytest.mark.parametrize("flagged,clean", [
    ("The striker was injured in yesterday's derby against City, played on Saturday, September 14.",
     "The striker was injured in yesterday's derby against City, played on Sunday, September 15."),
    ("Fans packed yesterday's final with United, held on Saturday 14 September.",
     "Fans packed yesterday's final with United, held on Sunday 15 September."),
])
def test_round18_lead_yesterdays_event_then_its_day(flagged, clean):
    assert_flagged(flagged, "yesterday", "FC5", published="2024-09-16")
    assert_clean(clean, published="2024-09-16")


# the source closing a run of shares may say where it said so ("said in its annual report")
@pytest.mark.parametrize("flagged,clean", [
    ("Coal supplied 21% of the region's power last year, gas 44%, wind 27% and solar 14%, the operator said in "
     "its annual report.",
     "Coal supplied 21% of the region's power last year, gas 44%, wind 23% and solar 12%, the operator said in "
     "its annual report."),
    ("Buses carried 48% of commuters, trains 31% and trams 26%, the council said in a statement.",
     "Buses carried 48% of commuters, trains 31% and trams 21%, the council said in a statement."),
])
def test_round18_lead_shares_then_source_said_in(flagged, clean):
    assert_flagged(flagged, "%", "FC2")
    assert_clean(clean)


# "all N people ..." then "the M crew/passengers ...": people of the whole are some of them, never more
@pytest.mark.parametrize("flagged,clean", [
    ("Rescuers winched all nine people off the yacht. The 11 crew members were flown to hospital.",
     "Rescuers winched all nine people off the yacht. The nine crew members were flown to hospital."),
    ("All 44 people on the coach escaped unhurt. The 46 passengers were taken on by a second coach.",
     "All 44 people on the coach escaped unhurt. The 44 passengers were taken on by a second coach."),
])
def test_round18_lead_all_people_then_more_of_a_kind(flagged, clean):
    assert_flagged(flagged, "11" if "11 crew" in flagged else "46", "FC4")
    assert_clean(clean)

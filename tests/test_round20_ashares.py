"""Round 20, a share against the count and whole it is a share of, across sentences (checker/relate/shares.py).

* ``_named_pair`` / ``_named_whole``: "PART of the NOUN, or SHARE of the total" (the share may name "the total"
  after it, not only close its clause; "made up 806 of the orders", "dealt with 4,386 of the patients": a verb's
  own particle, ``_PARTICLE_VERB_BEFORE``, is no change); the whole an earlier count named by the noun beside it
  (``_named_beside``: "took orders for a record 1,240 buses", "a list of 6,800 patients", "1.27 billion litres of
  milk"); "of last month's NOUN" in a text published in November names a whole told of October
  (``_names_last_period``).
* ``_of_those_whole_renamed``: "Of those, PART VERB ..., or SHARE of all NOUN" ("of all NOUN" closing the clause
  names the whole "those" stands for); "Of those still WORD, PART ..., or SHARE of the list" (the count before
  whose own sentence says WORD; ``_OF_THOSE_STILL_LEAD``).
* ``_TALLY_TO``: "A members voted in favour and B against, a majority of SHARE", "A voted in favour of NOUN and
  B voted against, a yes vote of SHARE", "A backed the NOUN and B opposed it", "A voted yes and B voted no",
  "..., giving a yes vote of SHARE": one side's share of the two.
* ``_respectively``: "Of those, A ..., B ... and C ... - P%, Q% and R% of the list respectively" (or "Of the BASE
  ..., A, B and C - P%, Q% and R% respectively"): the i-th share of the i-th part.
* ``_part_then_rest``: "Of last year's NOUN, PART ..., or SHARE of the total. The other REST ...": the whole is
  the part and the rest; ``_share_of_total_then_remaining``: "PART ... made up SHARE of the total. ... the
  remaining REST".
* ``_named_pair`` / ``_named_by_clause``: "Of the kits returned, PART ..., an abnormal rate of SHARE", the whole
  the earlier count whose clause says the lead's words ("28,900 returned a completed kit").
* ``_part_opens_lead_total``: "A total of PART NOUN, or SHARE, VERB ..." paragraphs after the lead's one count
  of NOUN.

Each flagged row has a clean twin (same words, figures that agree); the variations cover an attribution,
a period, a trailing clause, a dash, colon or bracket, a written number, a hedge, the whole before/after."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged share, clean share): PART of the NOUN, SHARE [of the total], the whole named earlier
NAMED_TOTAL_ROWS = [
    ("orders, made up, of the total",
     "The yard took orders for a record 900 ferries in 2024. Electric models made up 360 of the orders, "
     "or {s} of the total.", "48%", "40%"),
    ("patients, dealt with, of the total, trailing clause",
     "The centre saw 12,000 patients in its first year. Nurses dealt with 3,000 of the patients, or {s} of the "
     "total, while doctors saw the rest.", "35%", "25%"),
    ("list of, attribution",
     "The practice said it could no longer keep its list of 5,000 patients. Some 1,500 of the patients, or {s} "
     "of the total, will be moved, the manager said.", "38%", "30%"),
    ("litres of milk, measure",
     "The creamery processed 800 million litres of milk last year. Cheese used 200 million litres of the milk, "
     "or {s} of the total.", "35%", "25%"),
    ("dash, of the total",
     "The council received applications for 2,400 grants this spring. It approved 600 of the grants - {s} of "
     "the total - by the end of May.", "35%", "25%"),
    ("hedged share",
     "The charity handled requests for 4,000 parcels over the winter. Volunteers delivered 1,000 of the "
     "parcels, or about {s} of the total.", "35%", "25%"),
]

# "of last month's NOUN", the whole told of the month before publication (published 2024-11-07)
LAST_MONTH_ROWS = [
    ("last month's, said",
     "The surgery delivered 8,000 appointments in October. It said 2,000 of last month's appointments, or {s}, "
     "were held by phone.", "35%", "25%"),
    ("last month's, bracket",
     "The clinic held 4,000 consultations in October, a record. Some 1,000 of last month's consultations "
     "({s}) took place online.", "35%", "25%"),
]

# Of those, PART ..., or SHARE of all NOUN / Of those still WORD, PART ..., or SHARE of the list
OF_THOSE_ROWS = [
    ("of all births, old level between",
     "The unit delivered 2,000 babies in 2023, up from 1,800 the year before. Of those, 500 were born by "
     "caesarean section, or {s} of all births.", "35%", "25%"),
    ("of all NOUN, trailing clause",
     "The service answered 8,000 calls in May, up from 7,000 in April. Of those, 2,000 were from care homes, "
     "or {s} of all calls, the report said.", "35%", "25%"),
    ("still waiting, of the list",
     "The trust said 6,000 patients were on its waiting list in March, down from 7,000 a year earlier. Of those "
     "still waiting, 1,500 had waited more than a year, or {s} of the list.", "35%", "25%"),
    ("still waiting, change between, hedge",
     "Some 4,000 people were waiting for a council home in June, a fall of 500. Of those still waiting, 1,012 "
     "had been on the list for five years, or about {s} of the list.", "35%", "25%"),
]

# A voted in favour and B against, a majority|yes vote of SHARE
TALLY_ROWS = [
    ("members voted in favour and against, majority",
     "At the meeting 612 members voted in favour and 204 against, a majority of {s}.", "80%", "75%"),
    ("voted in favour of NOUN and voted against, yes vote",
     "Of those, 1,236 voted in favour of industrial action and 412 voted against, a yes vote of {s}.", "80%", "75%"),
    ("attribution, trailing clause",
     "The union said 918 nurses voted in favour and 306 against, a majority of {s}, clearing the threshold.",
     "80%", "75%"),
    ("period first",
     "On Tuesday 1,503 shareholders voted for and 501 against, a majority of {s}.", "80%", "75%"),
    ("backed and opposed it",
     "At the meeting 612 members backed the merger and 204 opposed it, a majority of {s}.", "80%", "75%"),
    ("voted yes and voted no, dash",
     "In the ballot 1,236 teachers voted yes and 412 voted no - a majority of {s}.", "80%", "75%"),
    ("while, giving a yes vote",
     "In the ballot, 918 voted in favour while 306 voted against, giving a yes vote of {s}.", "80%", "75%"),
]

# parts listed, then as many shares "respectively", of the whole "Of those" or "Of the BASE" names
RESPECTIVELY_ROWS = [
    ("of those, dash, of the list",
     "In all, 8,000 people were on the list in May. Of those, 2,000 were waiting for hips, 5,000 for knees and "
     "1,000 for shoulders - 25%, {s} and 12.5% of the list respectively.", "52.5%", "62.5%"),
    ("of the BASE lead, no noun",
     "Of the 3,216 pupils tested, 804 sat the paper in May, 1,608 in June and 804 in July - 25%, {s} and 25% "
     "respectively.", "40%", "50%"),
    ("colon, attribution",
     "The board said 4,812 claims were made last year. Of those, 1,203 came from drivers, 2,406 from cyclists "
     "and 1,203 from walkers: 25%, {s} and 25% of the total respectively.", "45%", "50%"),
    ("bracket, money",
     "Of the £4.8m raised, £1.2m came from events, £2.4m from donations and £1.2m from grants (25%, {s} and 25% "
     "respectively).", "40%", "50%"),
]

# two lists, but not of one whole: "respectively" after a share that names another
RESPECTIVELY_GUARDS = [
    "Of the 3,216 pupils tested, 804 were in year two and 1,608 in year four, up 25% and 40% respectively.",
    "Of those, 804 were boys and 1,608 girls, compared with 25% and 40% of the pupils respectively in 2019.",
]


@pytest.mark.parametrize("name,template,flagged,clean", RESPECTIVELY_ROWS, ids=[r[0] for r in RESPECTIVELY_ROWS])
def test_parts_then_shares_respectively(name, template, flagged, clean):
    assert_flagged(template.format(s=flagged), flagged, "FC20")
    assert_clean(template.format(s=clean))


@pytest.mark.parametrize("text", RESPECTIVELY_GUARDS)
def test_respectively_of_another_whole_left_alone(text):
    assert_clean(text)

# a lead naming the whole, PART ..., or SHARE; the next sentence "The other REST": the whole is the two together
PART_THEN_REST_ROWS = [
    ("of last year's, of the total",
     "Of last year's operations, 48 used a robot, or {s} of the total. The other 72 were done by hand.",
     "48%", "40%"),
    ("of those, closing the clause, attribution",
     "Of those, 90 were sent home the same day, or {s}, the trust said. The remaining 210 were admitted.",
     "40%", "30%"),
    ("of the NOUN, dash",
     "Of the appeals heard, 135 were upheld - {s}. The other 315 were dismissed by the panel.", "40%", "30%"),
    ("money, hedge",
     "Of the money raised, £1.8m came from a single donor, or about {s} of the total. The other £4.2m came "
     "from members.", "40%", "30%"),
]

# the share names a whole of its own, or the next sentence names a change, not the rest
PART_THEN_REST_GUARDS = [
    "Of those, 90 were sent home the same day, or 5% of all patients in the region. The remaining 210 were admitted.",
    "Of the appeals heard, 135 were upheld - 40%. The other 315 more than last year were dismissed.",
]


@pytest.mark.parametrize("name,template,flagged,clean", PART_THEN_REST_ROWS, ids=[r[0] for r in PART_THEN_REST_ROWS])
def test_part_then_the_other_rest(name, template, flagged, clean):
    assert_flagged(template.format(s=flagged), flagged, "FC20")
    assert_clean(template.format(s=clean))


@pytest.mark.parametrize("text", PART_THEN_REST_GUARDS)
def test_part_then_rest_of_another_whole_left_alone(text):
    assert_clean(text)

# Of the NOUN VERBed, PART VERB ..., a WORD rate of SHARE; the whole an earlier count the clause after it names
NAMED_RATE_ROWS = [
    ("kits returned, abnormal rate",
     "The board posted 40,000 kits in 2023 and 20,000 returned a completed kit. Of the kits returned, 400 "
     "showed traces of blood, an abnormal rate of {s}.", "3%", "2%"),
    ("forms checked, error rate, attribution",
     "Inspectors said 5,000 checked a tax form in May. Of the forms checked, 150 were filled in wrongly, an "
     "error rate of {s}, the office said.", "5%", "3%"),
    ("dash, hedge",
     "Auditors sampled 2,400 claims last year. Of the claims sampled, 96 were paid twice - a duplication rate "
     "of about {s}.", "6%", "4%"),
]


@pytest.mark.parametrize("name,template,flagged,clean", NAMED_RATE_ROWS, ids=[r[0] for r in NAMED_RATE_ROWS])
def test_named_whole_then_a_rate(name, template, flagged, clean):
    assert_flagged(template.format(s=flagged), flagged, "FC20")
    assert_clean(template.format(s=clean))

# the lead paragraph's count of a noun; paragraphs on, "A total of PART NOUN, or SHARE, VERB ..."
LEAD_TOTAL_ROWS = [
    ("a total of, paragraphs on",
     "The clinic treated 2,412 patients in the week to Sunday, a record.\n\nOf those, 1,206 were seen by "
     "nurses and 1,206 by doctors.\n\nA total of 603 patients, or {s}, waited more than four hours.",
     "35%", "25%"),
    ("hedge, attribution after",
     "The market drew 4,824 visitors on Saturday, organisers said.\n\nStalls sold out by noon.\n\nSome 1,206 "
     "visitors, or about {s}, came by bus, the council said.", "35%", "25%"),
    ("dash, other year between skipped",
     "The port handled 9,648 ships last year.\n\nThat was more than the 8,000 ships handled the year before."
     "\n\nCranes worked around the clock.\n\nJust 2,412 ships - {s} - carried containers.", "35%", "25%"),
]

# another whole between, another date, an old level: left alone
LEAD_TOTAL_GUARDS = [
    "The clinic treated 2,412 patients in the week to Sunday.\n\nThe ward took 1,000 patients.\n\n"
    "A total of 603 patients, or 35%, waited more than four hours.",
    "The clinic treated 2,412 patients in the week to Sunday.\n\nIn March 603 patients, or 35%, waited more "
    "than four hours.",
    "The clinic treated 2,412 patients in May, up from 2,000 in April.\n\nStaff were tired.\n\nSome 603 "
    "patients, or 45%, waited more than four hours in June.",
]


@pytest.mark.parametrize("name,template,flagged,clean", LEAD_TOTAL_ROWS, ids=[r[0] for r in LEAD_TOTAL_ROWS])
def test_part_opens_against_the_leads_total(name, template, flagged, clean):
    assert_flagged(template.format(s=flagged), flagged, "FC20")
    assert_clean(template.format(s=clean))


@pytest.mark.parametrize("text", LEAD_TOTAL_GUARDS)
def test_lead_total_of_another_whole_left_alone(text):
    assert_clean(text)

# PART ... made up SHARE of the total. ... the remaining REST: the whole is the two together
REMAINING_ROWS = [
    ("grew to, made up, brought in the remaining",
     "Cloud revenue grew 20% to $306 million and made up {s} of the total. Services brought in the remaining "
     "$102 million.", "85%", "75%"),
    ("accounting for, the other, attribution",
     "Buses carried 1,236 riders, accounting for {s} of the total, the council said. Trams took the "
     "other 412.", "85%", "75%"),
    ("represented, tonnes, hedge",
     "Paper reached 918 tonnes and represented about {s} of the total. Glass made up the remaining 306 tonnes.",
     "85%", "75%"),
]

# another share after it, or a change: left alone
REMAINING_GUARDS = [
    "Cloud revenue grew to $306 million and made up 85% of the total, services 10%. Hardware brought in the "
    "remaining $102 million.",
    "Cloud revenue grew to $306 million and made up 85% of the total. Services brought in the remaining $102 "
    "million, up from $90 million.",
]


@pytest.mark.parametrize("name,template,flagged,clean", REMAINING_ROWS, ids=[r[0] for r in REMAINING_ROWS])
def test_share_of_total_then_the_remaining(name, template, flagged, clean):
    assert_flagged(template.format(s=flagged), flagged, "FC20")
    assert_clean(template.format(s=clean))


@pytest.mark.parametrize("text", REMAINING_GUARDS)
def test_remaining_of_another_whole_left_alone(text):
    assert_clean(text)


@pytest.mark.parametrize("name,template,flagged,clean", NAMED_TOTAL_ROWS, ids=[r[0] for r in NAMED_TOTAL_ROWS])
def test_part_of_named_whole_then_share_of_the_total(name, template, flagged, clean):
    assert_flagged(template.format(s=flagged), flagged, "FC20")
    assert_clean(template.format(s=clean))


@pytest.mark.parametrize("name,template,flagged,clean", LAST_MONTH_ROWS, ids=[r[0] for r in LAST_MONTH_ROWS])
def test_last_months_whole_named_by_its_month(name, template, flagged, clean):
    assert_flagged(template.format(s=flagged), flagged, "FC20", published="2024-11-07")
    assert_clean(template.format(s=clean), published="2024-11-07")


@pytest.mark.parametrize("name,template,flagged,clean", OF_THOSE_ROWS, ids=[r[0] for r in OF_THOSE_ROWS])
def test_of_those_then_share_of_the_whole_renamed(name, template, flagged, clean):
    assert_flagged(template.format(s=flagged), flagged, "FC20")
    assert_clean(template.format(s=clean))


@pytest.mark.parametrize("name,template,flagged,clean", TALLY_ROWS, ids=[r[0] for r in TALLY_ROWS])
def test_voted_in_favour_and_against_share(name, template, flagged, clean):
    assert_flagged(template.format(s=flagged), flagged, "FC20")
    assert_clean(template.format(s=clean))


# another whole, another month, another group: never read against the counts
GUARDS = [
    # the month before publication is September, not October
    ("The surgery delivered 8,000 appointments in October. It said 2,000 of last month's appointments, or 35%, "
     "were held by phone.", "2024-10-15"),
    # "those still in hospital": not a word of the whole's sentence
    ("The unit admitted 2,000 patients in 2023. Of those still in hospital, 500 were over 80, or 35% of the list.",
     None),
    # a share of another whole, far off
    ("The unit delivered 2,000 babies in 2023. Of those, 500 were born at home, or 2% of all births in the "
     "region.", None),
]


@pytest.mark.parametrize("text,published", GUARDS)
def test_other_wholes_left_alone(text, published):
    assert_clean(text, published)

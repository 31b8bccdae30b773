"""Round 14, shares: a time or an age inside the clause between a share's figures ("waited more than a year",
"who stayed over three nights") is no figure of it; a rounded part set apart between commas, or after a dash
and closed by a comma, still restates the share of the whole named before it."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (flag, target, clean twin)
PART_SET_APART = [
    ("About a third of the 4,200 tenants who complained about damp in the past two years, some 2,100 households, "
     "are still waiting for repairs.", "About a third",
     "About a third of the 4,200 tenants who complained about damp in the past two years, some 1,400 households, "
     "are still waiting for repairs."),
    ("Three-quarters of the 860 firms surveyed by the chamber last month are planning to hire - around 390 "
     "businesses, most of them small.", "Three-quarters",
     "Three-quarters of the 860 firms surveyed by the chamber last month are planning to hire - around 650 "
     "businesses, most of them small."),
    ("Nearly a fifth of the 12,500 runners who started Sunday's race in the heat, roughly 1,100 people, failed "
     "to finish.", "Nearly a fifth",
     "Nearly a fifth of the 12,500 runners who started Sunday's race in the heat, roughly 2,400 people, failed "
     "to finish."),
    ("Half the 3,600 lorries checked at the border are more than 15 years old - about 1,200 vehicles, the "
     "agency said.", "Half",
     "Half the 3,600 lorries checked at the border are more than 15 years old - about 1,800 vehicles, the "
     "agency said."),
    ("Two in five of the 950 nurses who left the trust after less than a year, almost 250 staff, cited "
     "workload.", "Two in five",
     "Two in five of the 950 nurses who left the trust after less than a year, almost 380 staff, cited "
     "workload."),
]

# a part, its clause holding a time, then the share of the whole
CLAUSE_WITH_TIME = [
    ("About 41,000 patients in the county have been waiting more than 18 weeks for surgery, nearly half of the "
     "130,000 on the list.", "nearly half",
     "About 41,000 patients in the county have been waiting more than 18 weeks for surgery, nearly a third of "
     "the 130,000 on the list."),
    ("Some 2,300 drivers were caught speeding over three days last week, almost a quarter of the 6,000 "
     "checked.", "almost a quarter",
     "Some 1,450 drivers were caught speeding over three days last week, almost a quarter of the 6,000 "
     "checked."),
    ("Just 380 pupils sat the exam in under two hours, more than half of the 1,100 entered.", "more than half",
     "Just 620 pupils sat the exam in under two hours, more than half of the 1,100 entered."),
]

# near misses: a part of its own (a place, a change) or another figure of the whole's kind
NEAR_MISSES = [
    "A third of the 4,200 tenants who complained about damp in the past two years, some 600 in Leeds alone, "
    "are still waiting.",
    "Three-quarters of the 860 firms surveyed last month are planning to hire - around 390 more than a year ago, "
    "the chamber said.",
    "Half the 3,600 lorries checked at the border are more than 15 years old - 400 of them from Poland, the "
    "agency said.",
    "Some 41,000 patients in the county have waited more than 18 weeks, up from 30,000, nearly half of the "
    "130,000 on the list.",
    "A quarter of the 2,000 members, 300 of them new, voted against.",
]


@pytest.mark.parametrize("text,target,twin", PART_SET_APART + CLAUSE_WITH_TIME)
def test_flagged_and_twin_clean(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_clean(text):
    assert_clean(text)


# "Of those, PART VERB ... - SHARE": the part's own short clause (a time or an age in it) before the share
OF_THOSE_CLAUSE = [
    ("Police made 320 arrests over the weekend. Of those, 96 were men aged under 25 - about 40%.", "about 40%",
     "Police made 320 arrests over the weekend. Of those, 128 were men aged under 25 - about 40%."),
    ("The ward treated 1,200 patients last winter. Of them, 300 had waited over four hours, roughly 35 per cent.",
     "roughly 35 per cent",
     "The ward treated 1,200 patients last winter. Of them, 420 had waited over four hours, roughly 35 per cent."),
    ("Some 640 flights were delayed at the airport. Of those, 160 left more than two hours late - half.", "half",
     "Some 640 flights were delayed at the airport. Of those, 320 left more than two hours late - half."),
    ("The scheme received 2,500 bids; of those, 900 came from firms under five years old, or 45%.", "45%",
     "The scheme received 2,500 bids; of those, 1,125 came from firms under five years old, or 45%."),
]

# "SHARE of the vote ..., winning PART of the BASE": a participle of getting in place of "with"
WINNING_PART = [
    ("The mayor took 58% of the vote, winning 12,400 of the 26,000 ballots cast.", "58%",
     "The mayor took 58% of the vote, winning 15,100 of the 26,000 ballots cast."),
    ("The Greens secured a third of the seats, taking 21 of the 90 on the council.", "a third",
     "The Greens secured a third of the seats, taking 30 of the 90 on the council."),
    ("Harris polled 44 per cent of votes cast on Thursday, receiving 9,800 of 17,500 votes.", "44 per cent",
     "Harris polled 44 per cent of votes cast on Thursday, receiving 7,700 of 17,500 votes."),
]

OTHER_NEAR_MISSES = [
    "Labour won 35% of the vote nationally, winning 400 of the 650 seats.",
    "Police made 320 arrests over the weekend. Of those, 96 were men aged under 25, up 40% on last year.",
    "Police made 320 arrests over the weekend. Of those, 96 were men aged under 25 and 40% were women.",
]


@pytest.mark.parametrize("text,target,twin", OF_THOSE_CLAUSE + WINNING_PART)
def test_clause_and_participle_shapes(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)


@pytest.mark.parametrize("text", OTHER_NEAR_MISSES)
def test_other_near_misses_stay_clean(text):
    assert_clean(text)


# a part, its clause (a measure of another kind in it), then a verb of filling and the share of a whole written
# as a size: (flag, target, twin)
FILLING_SHARE = [
    ("A crowd of 31,000 watched the men's 400m final, filling 94 per cent of the 40,000-capacity stadium.",
     "94 per cent",
     "A crowd of 37,600 watched the men's 400m final, filling 94 per cent of the 40,000-capacity stadium."),
    ("Some 260 patients were on the wards on Monday night, occupying about 70% of the 300-bed hospital.",
     "about 70%",
     "Some 210 patients were on the wards on Monday night, occupying about 70% of the 300-bed hospital."),
    ("The party won 48 seats at the election, nearly half of the 120-seat assembly.", "nearly half",
     "The party won 57 seats at the election, nearly half of the 120-seat assembly."),
    ("About 5,200 spectators saw the 10km race, filling two-thirds of the 6,000 seats.", "two-thirds",
     "About 4,000 spectators saw the 10km race, filling two-thirds of the 6,000 seats."),
]

FILLING_NEAR_MISSES = [
    "A crowd of 31,000 watched the final, up from 25,000 last year, filling 94 per cent of the 40,000-capacity "
    "stadium.",
    "The 240-page report found 31 failings, a third of the 90-year-old system's faults.",
]


@pytest.mark.parametrize("text,target,twin", FILLING_SHARE)
def test_filling_share(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)


@pytest.mark.parametrize("text", FILLING_NEAR_MISSES)
def test_filling_near_misses(text):
    assert_clean(text)


# made and tried joined by hyphens ("18-of-45", "7-for-12"), then the share: (flag, target, twin)
MADE_OF_TRIED = [
    ("The Hawks went 21-of-60 (42%) from the field in the loss.", "42%",
     "The Hawks went 21-of-60 (35%) from the field in the loss."),
    ("Okafor was 7-for-12, or 68 per cent, from three-point range.", "68 per cent",
     "Okafor was 7-for-12, or 58 per cent, from three-point range."),
    ("The Lions finished 11-of-16 on third down (79%).", "79%",
     "The Lions finished 11-of-16 on third down (69%)."),
    ("She went 9-of-20 from three-point range (55%).", "55%",
     "She went 9-of-20 from three-point range (45%)."),
]


@pytest.mark.parametrize("text,target,twin", MADE_OF_TRIED)
def test_made_of_tried(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)


@pytest.mark.parametrize("text", [
    "The store's 3-for-2 offer (20% off the third item) ended on Monday.",
    "Smith was 4-of-9 from the field and 2-for-2 (100%) from the line.",
    "The Hawks went 21-of-60 from the field, and their free-throw rate fell 42%.",
])
def test_made_of_tried_near_misses(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "A third of the 900 homes flooded last winter, some 120 in the village of Upton, are still empty.",
    "Nearly half of the 2,000 staff at the plant, some 40 managers among them, were laid off.",
])
def test_located_or_included_subgroup_is_no_part(text):
    assert_clean(text)

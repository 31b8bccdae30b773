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

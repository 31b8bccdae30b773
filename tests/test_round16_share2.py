"""Round 16 (shares, second wave): three core readings found missing in article context, each written once and
then under the perturbations real copy carries (an attribution, a period, a trailing clause, a dash or bracket,
a written number, a hedge, another paragraph between).  Every flagged row has a clean twin: the same words with
figures that agree.

* a survey named by who answered it: "In a survey completed by 400 tenants, 120 said ..., or 30%";
* a sentence whose subject names what was done to a part, its one figure a share of a word for the whole,
  the "PART of its BASE" pair in an earlier sentence: "... close 18 of its 60 libraries. The closures amount
  to 30% of its network.";
* the part of a period's whole named by its noun, the whole stated earlier for that period: "... handled 12.5
  million passengers in 2024 ... carried 5 million of the year's travellers, or 40% of the total"."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (flagged text, clean twin, target, rule prefix, published)
ROWS = [
    # --- a survey named by who answered it (120 / 400 = 30%)
    ("In a survey completed by 400 tenants, 120 said their homes were damp, or 40%.",
     "In a survey completed by 400 tenants, 120 said their homes were damp, or 30%.", "40%", "FC201", None),
    ("In a survey completed by 400 tenants, 120 said their homes were damp, or 40%, the housing charity said.",
     "In a survey completed by 400 tenants, 120 said their homes were damp, or 30%, the housing charity said.",
     "40%", "FC201", None),
    ("In a survey completed by 400 tenants in 2024, 120 said their homes were damp at some point over the winter, "
     "or 40%, compared with 18% in private lets.",
     "In a survey completed by 400 tenants in 2024, 120 said their homes were damp at some point over the winter, "
     "or 30%, compared with 18% in private lets.", "40%", "FC201", None),
    ("In a poll answered by 900 members, 270 backed the strike - 40% -, the union said.",
     "In a poll answered by 900 members, 270 backed the strike - 30% -, the union said.", "40%", "FC201", None),
    ("In a survey completed by 60 nurses, fifteen said they planned to leave, or a third.",
     "In a survey completed by 60 nurses, fifteen said they planned to leave, or a quarter.", "a third", "FC201",
     None),
    ("In a questionnaire filled in by 400 tenants, 120 said their homes were damp, or about 40%.",
     "In a questionnaire filled in by 400 tenants, 120 said their homes were damp, or about 30%.", "40%", "FC201",
     None),
    ("In a survey among 400 tenants, 120 said their homes were damp, or 40%.",
     "In a survey among 400 tenants, 120 said their homes were damp, or 30%.", "40%", "FC201", None),
    ("A survey completed by 400 tenants found 120 had damp homes, or 40%.",
     "A survey completed by 400 tenants found 120 had damp homes, or 30%.", "40%", "FC201", None),
    # the share before the part
    ("In a survey completed by 400 tenants, 40% - 120 - said their homes were damp.",
     "In a survey completed by 400 tenants, 30% - 120 - said their homes were damp.", "40%", "FC201", None),

    # --- the subject names the part, the share of a word for the whole (18 / 60 = 30%)
    ("The council will close 18 of its 60 libraries next spring. The closures amount to 40% of its network.",
     "The council will close 18 of its 60 libraries next spring. The closures amount to 30% of its network.",
     "40%", "FC201", None),
    ("The council will close 18 of its 60 libraries next spring. The closures amount to 40% of its network, "
     "a spokesman said.",
     "The council will close 18 of its 60 libraries next spring. The closures amount to 30% of its network, "
     "a spokesman said.", "40%", "FC201", None),
    ("Library cuts\n\nThe council said on Monday that it would close 18 of its 60 libraries in 2025.\n\n"
     "Twelve of the branches to be closed are in villages and the other six are in town centres. "
     "The closures represent about 40% of its network.",
     "Library cuts\n\nThe council said on Monday that it would close 18 of its 60 libraries in 2025.\n\n"
     "Twelve of the branches to be closed are in villages and the other six are in town centres. "
     "The closures represent about 30% of its network.", "40%", "FC201", "2024-11-12"),
    ("The council will close eighteen of its sixty libraries. The closures would amount to 40% of its network - "
     "the deepest cut in the county.",
     "The council will close eighteen of its sixty libraries. The closures would amount to 30% of its network - "
     "the deepest cut in the county.", "40%", "FC201", None),
    ("The airline will ground 45 of its 180 jets for checks. The groundings account for a third of its fleet.",
     "The airline will ground 45 of its 180 jets for checks. The groundings account for a quarter of its fleet.",
     "a third", "FC201", None),
    ("The firm is to cut 120 of its 400 jobs by March. The job cuts make up 40% of its workforce.",
     "The firm is to cut 120 of its 400 jobs by March. The job cuts make up 30% of its workforce.", "40%",
     "FC201", None),
    # the part again in the subject; "That"; a possessive before the whole's word; a clause in the subject
    ("The council will close 18 of its 60 libraries next spring. The 18 closures amount to 40% of its network.",
     "The council will close 18 of its 60 libraries next spring. The 18 closures amount to 30% of its network.",
     "40%", "FC201", None),
    ("The council will close 18 of its 60 libraries next spring. That amounts to 40% of its network.",
     "The council will close 18 of its 60 libraries next spring. That amounts to 30% of its network.",
     "40%", "FC201", None),
    ("The council will close 18 of its 60 libraries next spring. The closures amount to 40% of the council's "
     "network.",
     "The council will close 18 of its 60 libraries next spring. The closures amount to 30% of the council's "
     "network.", "40%", "FC201", None),
    ("The council will close 18 of its 60 libraries, it said on Tuesday. The closures, which still need "
     "approval, amount to 40% of its network.",
     "The council will close 18 of its 60 libraries, it said on Tuesday. The closures, which still need "
     "approval, amount to 30% of its network.", "40%", "FC201", None),

    # --- the part of a period's whole (5 million / 12.5 million = 40%)
    ("The airport handled 12.5 million passengers in 2024, a record. Budget airlines carried 5 million of the "
     "year's travellers, or 50% of the total.",
     "The airport handled 12.5 million passengers in 2024, a record. Budget airlines carried 5 million of the "
     "year's travellers, or 40% of the total.", "50%", "FC201", "2025-01-20"),
    ("The airport handled 12.5 million passengers in 2024, up from 11.2 million the year before. Budget airlines "
     "carried 5 million of the year's travellers, or 50% of the total, the airport said.",
     "The airport handled 12.5 million passengers in 2024, up from 11.2 million the year before. Budget airlines "
     "carried 5 million of the year's travellers, or 40% of the total, the airport said.", "50%", "FC201",
     "2025-01-20"),
    ("Record year\n\nThe airport handled 12.5 million passengers in 2024.\n\nTerminal 1 took 7.1 million and "
     "Terminal 2 the rest.\n\nBudget airlines, which fly mostly to Spain, carried 5 million of the year's "
     "travellers - about 50% of the total - down from 44% a year earlier.",
     "Record year\n\nThe airport handled 12.5 million passengers in 2024.\n\nTerminal 1 took 7.1 million and "
     "Terminal 2 the rest.\n\nBudget airlines, which fly mostly to Spain, carried 5 million of the year's "
     "travellers - about 40% of the total - down from 44% a year earlier.", "50%", "FC201", "2025-01-20"),
    # the period after the part's own noun (the share of the total)
    ("The airport handled 12.5 million passengers in 2024. Budget airlines carried 5 million travellers in the "
     "year, or 50% of the total.",
     "The airport handled 12.5 million passengers in 2024. Budget airlines carried 5 million travellers in the "
     "year, or 40% of the total.", "50%", "FC201", "2025-01-20"),
    ("The club sold 30,000 tickets over the season. Members bought 9,000 of the season's tickets, or 40%.",
     "The club sold 30,000 tickets over the season. Members bought 9,000 of the season's tickets, or 30%.",
     "40%", "FC201", None),
    ("The airport handled 12.5 million passengers in 2024. Budget airlines carried 5 million of 2024's "
     "travellers (50%).",
     "The airport handled 12.5 million passengers in 2024. Budget airlines carried 5 million of 2024's "
     "travellers (40%).", "50%", "FC201", "2025-01-20"),
]

# no whole stated for the period, or several, none agreeing: which total is meant is unclear, so nothing
CLEAN_ONLY = [
    ("Terminal 1 took 7.1 million travellers in 2024. Budget airlines carried 5 million of the year's travellers, "
     "or 40% of the total.", "2025-01-20"),
    ("Terminal 1 took 7.1 million travellers. Budget airlines carried 5 million of the year's travellers, or 40% "
     "of the total.", "2025-01-20"),
    ("The airport handled 12.5 million passengers in 2024. In 2019 it handled 9.9 million. Budget airlines "
     "carried 3 million of the year's travellers, or 15% of the total.", "2025-01-20"),
    # the rest, not the part: "the remaining libraries"
    ("The council will close 18 of its 60 libraries. The remaining branches amount to 70% of its network.", None),
    # the subject names something else than what was done to the part
    ("The council will close 18 of its 60 libraries. The mobile vans amount to 10% of its network.", None),
    # "That" stands for the last figures said: the pools' 4 of 10 agree
    ("The council will close 18 of its 60 libraries and 4 of its 10 pools. That amounts to 40% of its network.",
     None),
    # the whole's own things, not what was done to some of them
    ("The council will close 18 of its 60 libraries. The libraries make up 40% of its network.", None),
    # another whole the closures touch, not the one they are cut from
    ("The chain will close 18 of its 60 stores. The closures affect 5% of its workforce.", None),
]


@pytest.mark.parametrize("flagged, clean, target, rule, published", ROWS)
def test_flagged_row(flagged, clean, target, rule, published):
    assert_flagged(flagged, target, rule, published)


@pytest.mark.parametrize("flagged, clean, target, rule, published", ROWS)
def test_clean_twin(flagged, clean, target, rule, published):
    assert_clean(clean, published)


@pytest.mark.parametrize("text, published", CLEAN_ONLY)
def test_clean_only(text, published):
    assert_clean(text, published)

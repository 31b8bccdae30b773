"""Round 27 (review rv27 of r27-restate): consistent texts the round's new readings warned on, each with the flag
rows the reading was built for.

* converted terms: the term finder pairs by the rule's own agreement, so an exact restatement in between ("cut to
  18 months") is the one restated, and a pair that agrees only by rounding goes through the guards (years);
* "All N" people sets: "All N NOUN" must go straight on to its verb; a role verb that not every holder of the role
  took ("rescued", "treated") makes a larger "All N" a whole of which the first is a part; "questioned" and "held"
  give no role;
* a headline count picked by a verb: not when the body's sentence opens with a frame set off by a comma.
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    # converted terms (tests/test_round27_restate_terms.py shape)
    ("The judge jailed Morris for 30 months for the assault. Morris will serve half of the three-year sentence.",
     "three-year", "FC405"),
    # "All N" people sets (tests/test_round27_restate_people.py shapes)
    ("Coastguards located the four fishermen missing since dawn off Skye. All five men were airlifted to Stornoway.",
     "five men", "FC402"),
    ("Detectives arrested five men in dawn raids across Essex. All four suspects remain in custody.",
     "four suspects", "FC402"),
    ("Prosecutors in Ohio charged 14 people Monday over the pension fraud. All 16 defendants will appear in court "
     "next month.", "16 defendants", "FC402"),
]

CLEAN = [
    # converted terms: an update in between, another year
    "The league suspended the defender for two years in June. After an appeal the suspension was reduced to 18 "
    "months. The 18-month suspension ends in December.",
    "The council first planned a two-year closure of the pier. Surveyors now say 18 months is enough. The 18-month "
    "closure begins in April.",
    "Patel was jailed for 30 months in 2022. His three-year sentence for theft in 2015 was read out in court.",
    # "All N": a phrase after the noun, a role only some holders took, a verb of no role
    "Crews freed the six tenants trapped on the fourth floor. All 25 people living in the block were moved to a hotel.",
    "Officers detained the three youths who began the brawl. All 40 people there were interviewed.",
    "Police questioned 15 people about the stabbing. All two suspects were bailed.",
    "Coastguard crews rescued 18 people from the sea. All 50 survivors were flown to Malaga.",
    "Paramedics treated 30 people at the station. All nine patients taken to hospital went home the same day.",
    "Gunmen kidnapped 10 people from the farm in April. All 25 hostages seized that month have been released.",
    # a headline count picked by a verb: a place or a year set off before the body's count
    "About 3,000 trains delayed two hours across France\nAt Lyon, 310 trains were held for two hours after the "
    "signal failure.",
    "Some 5,000 patients waited 12 hours in A&E\nLast winter, 4,200 patients spent 12 hours or more in A&E, the "
    "figures show.",
]


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_reading_still_flags(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", CLEAN)
def test_review_shape_is_clean(text):
    assert_clean(text)

"""Round 25 (mixed set ax1), dates: general readings learnt from a fresh set of cases.

* a birth in a role apposed to the subject's name ("Graham Pettifer, a former bank manager born in March 1961,") is
  the subject's for "The 58-year-old" opening the next sentence; a place after "at"/"in" ("at Norwich Crown Court")
  is no second person (``dates._OPENS_ON_BORN_NAME``, ``find_aged_anaphor_after_birth``);
* a "when" clause dating last year's thing by a month of a year ("last year's floods, when the river burst its banks
  in February 2020 and ..."; ``dates._WHEN_DATED``), not past a word of another time ("since", "than", "founding").
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- dates: a birth in a role apposed to the name -----------------------------------------------------------------

BORN_ROLE_ROWS = [
    ("Susan Marsh, a retired headteacher born in May 1957, was cleared by magistrates at Leeds Crown Court on Monday. "
     "The {a}-year-old had denied the charge.", "61", "66"),
    ("Peter Okafor, an award-winning chef born in June 1985, opened his restaurant in Hull last week. The {a}-year-old "
     "trained in Paris.", "35", "38"),
]


@pytest.mark.parametrize("template,flagged,clean", BORN_ROLE_ROWS)
def test_born_in_a_role_apposition(template, flagged, clean):
    assert_flagged(template.format(a=flagged), f"{flagged}-year-old", "FC506", published="2023-11-02")
    assert_clean(template.format(a=clean), published="2023-11-02")


BORN_ROLE_SILENT = [
    # whose birth? a role with another person in it
    "Susan Marsh, a friend of the victim born in May 1957, spoke in court on Monday. The 61-year-old wept.",
    # a second person named after the birth
    "Susan Marsh, a retired headteacher born in May 1957, was cleared alongside Joan Pike on Monday. The 61-year-old "
    "had denied the charge.",
]


@pytest.mark.parametrize("text", BORN_ROLE_SILENT)
def test_born_in_a_role_silent(text):
    assert_clean(text, published="2023-11-02")


# ---- dates: "last year's X, when ... in MONTH YEAR" ---------------------------------------------------------------

WHEN_ROWS = [
    ("Residents are still repairing homes damaged in last year's storm, when gales tore through the town in "
     "January {y} and cut power to 4,000 homes.", "2021", "2023"),
    ("Traders are still counting the cost of the closures last year, when the bridge was shut in March {y}.", "2022",
     "2023"),
]


@pytest.mark.parametrize("template,flagged,clean", WHEN_ROWS)
def test_last_year_when_clause(template, flagged, clean):
    assert_flagged(template.format(y=flagged), "last year", "FC502", published="2024-05-20")
    assert_clean(template.format(y=clean), published="2024-05-20")


WHEN_SILENT = [
    # an older event named inside the clause
    "Last year's festival, when the club marked its founding in June 1922, drew 9,000 people.",
    "Last year's floods, when the river rose higher than in February 2020, cost millions.",
    # a bare year: the clause may look back
    "Last year's floods, when the river burst its banks as in 2020, cost millions.",
]


@pytest.mark.parametrize("text", WHEN_SILENT)
def test_last_year_when_clause_silent(text):
    assert_clean(text, published="2024-05-20")

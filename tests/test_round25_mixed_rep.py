"""Round 25 (mixed set ax1), restatements: "Plans for 1,200 homes" (or "Proposals for") names the one scheme that
"the 1,500-home scheme" restates (``restatements._holds``, ``_PLANS_FOR``); another scheme, an earlier version or an
update stays silent.
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- restatements: "Plans for N homes" and "the N-home scheme" -----------------------------------------------------

PLANS_ROWS = [
    ("Plans for 850 homes on farmland near Ashby were approved on Tuesday. Residents said the {n}-home scheme would "
     "swamp the village school.", "950", "850"),
    ("Proposals for 240 flats beside the station have been submitted. The {n}-flat development would include a gym.",
     "280", "240"),
]


@pytest.mark.parametrize("template,flagged,clean", PLANS_ROWS)
def test_plans_for_then_compound(template, flagged, clean):
    assert_flagged(template.format(n=flagged), f"{flagged}-", "FC40", published="2024-03-08")
    assert_clean(template.format(n=clean), published="2024-03-08")


PLANS_SILENT = [
    # another scheme, indefinite
    "Plans for 850 homes on farmland near Ashby were approved on Tuesday. A separate 950-home scheme at Coalville was "
    "refused.",
    # an earlier version, told as such
    "Plans for 850 homes on farmland near Ashby were approved on Tuesday. The original 950-home scheme was scaled "
    "back after objections.",
    # a plausible update
    "Plans for 850 homes on the site were approved in 2019. The 950-home scheme now proposed would need a new school.",
]


@pytest.mark.parametrize("text", PLANS_SILENT)
def test_plans_for_silent(text):
    assert_clean(text, published="2024-03-08")

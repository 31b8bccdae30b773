"""Round 27 (restatements): a length of time converted to a coarser unit is told exactly: "an 18-month
ban ... the two-year ban" (``relate.converted_terms``)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- 1. a term converted to a coarser unit ---------------------------------------------------------------------

CONVERTED_FLAGGED = [
    ("The council imposed an 18-month ban on the landlord last week. He plans to appeal against the two-year ban.",
     "two-year"),
    ("The regulator suspended the broker for six months in March. Colleagues said the one-year suspension was harsh.",
     "one-year"),
    ("Nurses at the hospital will strike for 36 hours from Monday. Managers said the two-day strike would hit "
     "clinics.", "two-day"),
    ("Jenkins was sentenced to 54 months in federal prison. His lawyer said the five-year term was too harsh.",
     "five-year"),
    ("A 90-minute protest blocked the bridge on Saturday. Police made no arrests during the two-hour protest.",
     "two-hour"),
]

CONVERTED_CLEAN = [
    "The council imposed an 18-month ban on the landlord last week. He plans to appeal against the 18-month ban.",
    "Nurses at the hospital will strike for 48 hours from Monday. Managers said the two-day strike would hit clinics.",
    "Jenkins was sentenced to 60 months in federal prison. The five-year term was the maximum.",
    "The regulator suspended the broker for 13 months in March. Colleagues said the one-year suspension was harsh.",
    "A protest lasting about 90 minutes blocked the bridge on Saturday. Police made no arrests during the two-hour "
    "protest.",
]


@pytest.mark.parametrize("text,target", CONVERTED_FLAGGED)
def test_converted_term_off_by_half_is_flagged(text, target):
    assert_flagged(text, target, "FC405")


@pytest.mark.parametrize("text", CONVERTED_CLEAN)
def test_converted_term_that_agrees_is_clean(text):
    assert_clean(text)

"""Round 13, shares: the whole's clause reported after "found that", "said that" opens as a
sentence does ("A poll showed that of the 420 members who replied, 150, nearly a third, ...")."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (flag text, target, clean twin)
REPORTED_LEAD = [
    ("A poll by the federation showed that of the 420 members who replied, 150, nearly a third, expect to cut "
     "staff.", "nearly a third",
     "A poll by the federation showed that of the 420 members who replied, 135, nearly a third, expect to cut "
     "staff."),
    ("The inspectors reported that of the 64 care homes visited, 12 - about a tenth - were inadequate.",
     "about a tenth",
     "The inspectors reported that of the 64 care homes visited, 7 - about a tenth - were inadequate."),
    ("The audit found that among the 1,250 claims checked, 410, or 28%, had errors.", "28%",
     "The audit found that among the 1,250 claims checked, 350, or 28%, had errors."),
    ("Officials said that out of the 96 bridges inspected, 30, a quarter of them, needed repairs.", "a quarter",
     "Officials said that out of the 96 bridges inspected, 24, a quarter of them, needed repairs."),
    ("The study concluded that of the 3,400 patients treated, 950 (25%) relapsed within a year.", "25%",
     "The study concluded that of the 3,400 patients treated, 850 (25%) relapsed within a year."),
]


@pytest.mark.parametrize("text,target,twin", REPORTED_LEAD)
def test_reported_lead(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)

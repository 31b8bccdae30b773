"""Round 33 (lead): false alarms mended beside flag twins that must still fire."""
import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN = [
    # a partition of people "of the" whole, then what those people did: maybe all of the whole, maybe some
    "Of the 60 volunteers, 30 men and 25 women turned up on the day.",
    "Of the 48 candidates, 20 men and 19 women were shortlisted for interview.",
    "Of the 1,200 pupils in the year group, 410 boys and 452 girls sat the exam in June.",
    "Out of the 90 residents asked, 31 men and 40 women said they backed the plan.",
    "Of the 230 patients, 96 adults and 71 children had received both doses.",
]

FLAGGED = [
    # the same wholes split by who they are
    ("Of the 60 volunteers, 30 were men and 25 were women.", "60", "FC101"),
    ("Of the 48 candidates, 20 men and 19 women.", "48", "FC101"),
    ("Of the 1,200 pupils in the year group, 410 were boys and 652 were girls.", "1,200", "FC101"),
    ("Out of the 90 residents asked, 31 were men and 40 were women.", "90", "FC101"),
    ("Of the 230 patients, 96 were adults and 71 were children.", "230", "FC101"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_flagged(text, target, rule):
    assert_flagged(text, target, rule)

"""Round 13 (lead): "of the total" after another sentence's list names no
single item of it as the total.  The clean texts stay clean; a total named
as one figure is still checked."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN_WITH_FLAGGED_TWIN = [
    ("Drinks brought in £340m and snacks £120m. Exports reached £150m, almost a third of the total.",
     "Sales totalled £460m. Exports reached £250m, almost a third of the total.", "almost a third"),
    ("The north sent 2,100 recruits and the south 900. Women made up 1,150, about 38% of the total.",
     "The army took on 3,000 recruits. Women made up 1,950, about 38% of the total.", "about 38%"),
]


@pytest.mark.parametrize("clean,flagged,target", CLEAN_WITH_FLAGGED_TWIN)
def test_round13_lead_total_clean(clean, flagged, target):
    assert_clean(clean)


@pytest.mark.parametrize("clean,flagged,target", CLEAN_WITH_FLAGGED_TWIN)
def test_round13_lead_total_flagged(clean, flagged, target):
    assert_flagged(flagged, target, "FC20")


def test_remainder_share_of_the_sentence_total():
    assert_clean("Home sales brought in £312.5m, with exports making up the remaining £104.2m, about a quarter of "
                 "the total.")
    assert_flagged("Home sales brought in £312.5m, with exports making up the remaining £204.2m, about a quarter of "
                   "the total.", "about a quarter", "FC20")


def test_included_part_is_not_added_to_its_whole():
    assert_flagged("The trust's board of 16 includes six women, a quarter of the total.", "a quarter", "FC20")

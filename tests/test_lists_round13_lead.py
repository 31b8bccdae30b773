"""Round 13 (lead): a names list ends where the subject's verb starts even when a later "and" joins
another clause ("Residents of five streets, A, B, C and D, were told to leave, and a cordon of 100 metres
...")."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

CASES = [
    ("Owners of three shops, Bell Books, Crane Deli and Hart Wines, have complained, and 30 more traders may join.",
     "Owners of four shops, Bell Books, Crane Deli and Hart Wines, have complained, and 30 more traders may join.",
     "four"),
    ("Residents of four streets, Ash Lane, Elm Row, Fir Walk and Oak Hill, were told to leave, and a cordon of 200 "
     "metres was set up.",
     "Residents of three streets, Ash Lane, Elm Row, Fir Walk and Oak Hill, were told to leave, and a cordon of 200 "
     "metres was set up.", "three"),
]


@pytest.mark.parametrize("clean,flagged,target", CASES)
def test_round13_lead_names_then_verb_clean(clean, flagged, target):
    assert_clean(clean)


@pytest.mark.parametrize("clean,flagged,target", CASES)
def test_round13_lead_names_then_verb_flagged(clean, flagged, target):
    assert_flagged(flagged, target, "FC41")

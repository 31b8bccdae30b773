"""Round 27 (restatements): "the N dead men on Sunday": a plural noun in -men is no participle, a weekday
no place (``restatements._VERB_PLACE_AFTER``)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- 3. "the N dead men on Sunday" -----------------------------------------------------------------------------

DEAD_MEN_FLAGGED = [
    ("Four climbers died in an avalanche near Chamonix. Rescuers recovered the five dead men on Sunday.", "five"),
    ("An explosion at the refinery killed six employees, the company said. It named the eight dead men on Thursday.",
     "eight"),
    ("Nine firefighters were injured when the roof fell in. Surgeons operated on the 11 injured men on Friday night.",
     "11"),
    ("Gunmen killed seven villagers in Zamfara state, police said. Soldiers buried the nine dead women on Monday.",
     "nine"),
]

DEAD_MEN_CLEAN = [
    "Four climbers died in an avalanche near Chamonix. Rescuers recovered the four dead men on Sunday.",
    "Four climbers died in an avalanche near Chamonix on Saturday. Rescuers recovered the five dead men in Zermatt.",
]


@pytest.mark.parametrize("text,target", DEAD_MEN_FLAGGED)
def test_dead_men_on_a_weekday_is_flagged(text, target):
    assert_flagged(text, target, "FC402")


@pytest.mark.parametrize("text", DEAD_MEN_CLEAN)
def test_dead_men_elsewhere_is_clean(text):
    assert_clean(text)

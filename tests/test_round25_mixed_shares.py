"""Round 25 (mixed set ax1), shares: "N out of M" opens the share's clause as "N in M" does, and the whole set apart
after it may be told by how it was tallied ("Nine out of 10 burglaries went unsolved - 6,100 of the 8,900
reported"; ``shares._clause_then_counts``, ``_COUNTED_AFTER_BASE``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- shares: "N out of M", the counts set apart -------------------------------------------------------------------

OUT_OF_ROWS = [
    ("{s} out of 10 thefts in the borough went unsolved last year - 4,200 of the 5,300 reported, figures show.",
     "Nine", "Eight"),
    ("{s} out of five claims were refused in 2023: 1,150 of the 1,900 lodged.", "Four", "Three"),
    ("{s} in 10 complaints were upheld - 310 of the 1,020 received.", "Six", "Three"),
]


@pytest.mark.parametrize("template,flagged,clean", OUT_OF_ROWS)
def test_out_of_share_then_counts(template, flagged, clean):
    assert_flagged(template.format(s=flagged), flagged, "FC201")
    assert_clean(template.format(s=clean))


OUT_OF_SILENT = [
    # the whole of another place: a subgroup
    "Nine out of 10 thefts in the borough went unsolved last year - 4,200 of the 5,300 reported in the town centre.",
    # a figure of another year, after a change word
    "Nine out of 10 thefts went unsolved last year, up from 4,200 of the 5,300 reported in 2019.",
]


@pytest.mark.parametrize("text", OUT_OF_SILENT)
def test_out_of_share_silent(text):
    assert_clean(text)

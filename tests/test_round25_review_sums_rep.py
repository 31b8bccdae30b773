"""Round 25 review (w1a): false alarms a reviewer found in the round's new readings of sums, shares and
restatements, each narrowed to the shape its docstring names. Every table pairs the reviewer's shapes (in new words,
clean) with the flag rows the reading was built for (still flagged)."""
from __future__ import annotations

import pytest

from checker import check_text
from tests.shapes import assert_clean, assert_flagged


# ---- sums._comes_from: sources that may overlap or be gross figures ------------------------------------------------

COMES_FROM_OVERLAP = [
    # the sources are cut along different lines (where built, who builds): they may overlap
    "The district's 700 new flats will come from 450 on old factory sites and 380 put up by the council.",
    # figures per year, then a deduction: a gross intake, not the sources of the net figure
    "The 180 extra nurses will come from 120 trainees this year and 100 next year, minus those who leave.",
]


@pytest.mark.parametrize("text", COMES_FROM_OVERLAP)
def test_sources_that_may_overlap_silent(text):
    assert_clean(text)


def test_named_sources_still_flagged():
    text = "The £2.2m will come from £1.6m of council reserves and £0.9m from a lottery grant."
    assert_flagged(text, "£2.2m", "FC102")
    assert_flagged("The club's 58 goals came from 41 in the league and 22 in the cups.", "58", "FC102")


# ---- rules/format._scale_of: the "m" of a word is no million -------------------------------------------------------

@pytest.mark.parametrize("size", ["140-room", "36-classroom", "48-bedroom"])
def test_size_word_ending_in_m_is_no_scale(size):
    n, noun = size.split("-")
    n = int(n)
    text = f"The {size} building will be made up of {n - 12} {noun}s in the main block and 6 in the wing."
    messages = [f.message for f in check_text(text) if f.rule.startswith("FC101")]
    assert messages and all("0.00m" not in m and f"{n - 6}" in m for m in messages), messages

"""Round 25, a list of counted parts (FC101): a breakdown whose run of parts is cut short by a long label, then goes
on after ", and" with one more part of its kind, is only some of the list (``sums._series_runs_on``): its parts
may not exceed the whole, but need not add up to it.  Learnt from a false alarm on a charge sheet ("four charges:
two counts of ..., one of ... under section 327 of the ... Act 2002, and one of ...")."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


# --- the false alarm first: a run of parts cut short by a long label is not the whole list -----------------------

@pytest.mark.parametrize("text", [
    "She faces four charges: two counts of fraud by false representation, one of money laundering under section 327 "
    "of the Proceeds of Crime Act 2002, and one of perverting the course of justice.",
    "He denies five charges: three counts of theft from a shop on the high street, one of burglary at a house in "
    "Mill Lane in March 2021, and one of assault.",
    "The club sold six players: two defenders to clubs in the second tier of the Scottish league since 2019, "
    "three midfielders abroad in the summer of 2023, and one goalkeeper.",
])
def test_series_running_on_past_a_long_label_is_not_the_whole(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("She faces five charges: two counts of fraud and one of money laundering.", "five"),
    ("He faces four charges: two counts of theft, one of burglary.", "four"),
])
def test_whole_series_still_checked(text, target):
    assert_flagged(text, target, "FC101")


def test_series_running_on_may_still_exceed_the_whole():
    # the parts read so far already exceed the count: wrong whatever follows
    assert_flagged("She faces two charges: two counts of fraud by false representation, one of money laundering "
                   "under section 327 of the Proceeds of Crime Act 2002, and one of perverting the course of justice.",
                   "two", "FC10")

"""Round 16, shares (checker/relate/shares.py ``_outcome_rate_of_intake``): a rate named by the verb of its
sentence's one count ("Suspects were charged in 1,200 cases, a charge rate of 10%") is that count's share of a
whole taken in a few sentences before ("The force recorded 12,000 crimes").  Each flagged row has its clean
twin (same words, a rate that agrees); a count of another step ("made 1,200 arrests") or a rate of another
thing ("operated on 400, a success rate of 98%") is no such whole."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

ROWS = [
    # (text with {s}, flag share, clean share)
    ("The force recorded 12,000 crimes in the year. Suspects were charged in 1,200 cases, a charge rate of {s}.",
     "15%", "10%"),
    ("The force recorded 12,000 crimes in the year, figures show. Suspects were charged in 1,200 cases, a charge "
     "rate of {s}, the force said.", "15%", "10%"),
    ("The force recorded 12,000 crimes in the year. Burglary fell sharply. Suspects were charged in 1,200 cases, "
     "a charge rate of {s}.", "15%", "10%"),
    ("Some 12,000 crimes were recorded in 2024. Suspects were charged in 1,200 cases, a charge rate of {s}.",
     "15%", "10%"),
    ("The force recorded 12,000 crimes in the year. Suspects were charged in 1,200 cases - a charge rate of {s}.",
     "15%", "10%"),
    ("The force recorded 12,000 crimes in the year. Suspects were charged in 1,200 cases, a charge rate of {s}.",
     "about 15%", "about 10%"),
    ("The council received 4,000 planning applications last year. It approved 3,000, an approval rate of {s}.",
     "60%", "75%"),
    ("Prosecutors received 5,000 files from police in 2024. They secured convictions in 4,000, a conviction rate "
     "of {s}.", "70%", "80%"),
    ("The force recorded twelve thousand crimes in the year. Suspects were charged in 1,200 cases, a charge rate "
     "of {s}.", "15%", "10%"),
]


@pytest.mark.parametrize("text,flag,clean", ROWS)
def test_outcome_rate_of_intake(text, flag, clean):
    assert_flagged(text.format(s=flag), flag, "FC201")
    assert_clean(text.format(s=clean))


@pytest.mark.parametrize("text", [
    # a count of another step: no whole taken in
    "Officers made 1,200 arrests during the operation. Suspects were charged in 300 cases, a charge rate of 9%.",
    # a rate named by another verb than the count's
    "The hospital received 5,000 referrals last year. Surgeons operated on 400, a success rate of 98%.",
    # the whole further back than three sentences
    "The force recorded 12,000 crimes. It met in May. It met in June. It met in July. Suspects were charged in "
    "1,200 cases, a charge rate of 15%.",
])
def test_outcome_rate_clean_guards(text):
    assert_clean(text)

"""Round 13 (lead): a superlative that names its noun ("the biggest single grant,") has no rivals
among figures with a noun of their own ("the £430,000 cost")."""
from __future__ import annotations

from tests.shapes import assert_clean, assert_flagged


def test_superlative_against_another_measure_is_silent():
    assert_clean("The biggest single award, £180,000, will pay for most of the £260,000 cost of the new roof.")


def test_superlative_among_siblings_still_checked():
    assert_flagged("The biggest single award, £180,000, went to the lido; the museum got £260,000 and the zoo "
                   "£90,000.", "£180,000", "FC703")

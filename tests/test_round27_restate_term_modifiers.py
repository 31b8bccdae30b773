"""Round 27 (restatements): a contract's term before a second modifier, a sum or a wage ("a five-year, $60 million
contract", "a four-year, £40,000-a-week deal"), is the term of that contract (``restatements._term_of``,
``_SECOND_MODIFIER``)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("The Hawks agreed a three-year, $45 million deal with guard Dante Reyes. The two-year deal runs through 2027.",
     "two-year"),
    ("Rovers handed striker Kofi Mensah a four-year, £40,000-a-week contract in June. The three-year deal includes a "
     "release clause.", "three-year"),
    ("Quarterback Eli Shaw signed a two-year, $18 million deal with Denver on Friday. Shaw's three-year contract makes "
     "him the league's best-paid backup.", "three-year"),
    ("The broadcaster awarded the league a six-year, €1.2bn contract last week. The seven-year agreement starts next "
     "season.", "seven-year"),
    ("Winger Tom Bale signed a three-year, £2m contract with the club on Monday. The two-year deal keeps him there "
     "until 2027.", "two-year"),
]

CLEAN = [
    "Winger Tom Bale signed a three-year, £2m contract with the club on Monday. The three-year deal keeps him there "
    "until 2028.",
    "The Hawks agreed a three-year, $45 million deal with guard Dante Reyes. Teammate Cole Hart signed a two-year deal.",
    "Rovers handed striker Kofi Mensah a four-year, £40,000-a-week contract in June. His previous three-year deal "
    "expired in May.",
    "The broadcaster awarded the league a six-year, €1.2bn contract last week. The six-year agreement starts next "
    "season.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_term_before_a_second_modifier_is_restated(text, target):
    assert_flagged(text, target, "FC405")


@pytest.mark.parametrize("text", CLEAN)
def test_term_before_a_second_modifier_clean(text):
    assert_clean(text)

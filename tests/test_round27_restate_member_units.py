"""Round 27 (restatements): a modifier whose unit counts the members of the noun it sizes ("the 150-strong staff",
"the 13-man crew") is a count of that noun, not of another unit (``restatements._counts_other_unit``,
``_MEMBERS_UNITS``)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("The charity's 120 staff were told of the move on Monday. The 150-strong staff will relocate to Leeds in spring.",
     "150-strong"),
    ("The trawler's 11 crew were rescued by helicopter. The 13-man crew had spent six hours in a liferaft.", "13-man"),
]

CLEAN = [
    "The charity's 120 staff were told of the move on Monday. The 120-strong staff will relocate to Leeds in spring.",
    "The trawler's 11 crew were rescued by helicopter. The 11-man crew had spent six hours in a liferaft.",
    "The trawler's 11 crew were rescued by helicopter. The 40-strong crew at the lifeboat station helped.",
    "The league's 20 clubs voted on Monday. The 12-team league will expand next year.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_member_count_modifier_restates_the_count(text, target):
    assert_flagged(text, target, "FC402")


@pytest.mark.parametrize("text", CLEAN)
def test_member_count_modifier_clean(text):
    assert_clean(text)

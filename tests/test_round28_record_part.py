"""Round 28: a part set after its share and whole with "a record" or "an all-time high of" before it is the share's
count all the same ("A quarter of the 650 MPs, a record 263, are women")."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("A quarter of the 650 MPs elected in July, a record 263, are women.", "A quarter"),
    ("Nearly a third of the 120 councillors, a record 61, are under 40.", "Nearly a third"),
    ("Half of the 435 members of the House, an all-time high of 190, voted for it.", "Half"),
    ("One in five of the 2,400 runners, a record 730, were women.", "One in five"),
    ("Two-thirds of the 90 clubs, a new high of 44, now field a women's team.", "Two-thirds"),
]

CLEAN = [
    "A quarter of the 650 MPs elected in July, a record 163, are women.",
    "Nearly a third of the 120 councillors, a record 38, are under 40.",
    # the record is another figure: an earlier year's, or the whole's
    "A quarter of the 650 MPs are women, beating the record 191 elected in 2019.",
    "A quarter of the 650 MPs are women, against a record 191 in 2019.",
    "A quarter of the MPs are women, up from a record 191 in 2019.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_record_part_flagged(text, target):
    assert_flagged(text, target, "FC201")


@pytest.mark.parametrize("text", CLEAN)
def test_record_part_clean(text):
    assert_clean(text)

"""Round 25 (repeat): one share of a group told twice, in a percentage or a fraction in words, by the side its verb
takes (``restatements.find_share_restatements``): "Almost three-quarters of residents who responded opposed the
scheme ... 58% of the 1,940 respondents had objected".  The fraction in words keeps its own rounding ("almost
three-quarters" is 66.75% to 75%); "residents who responded" are the respondents; oppose, object and reject are one
side, back, support and approve the other.

Silent when the second took its side on something the first's sentence does not name, names a group, place, time
or year of its own, picks a degree of the side ("strongly"), or when either sentence holds another share."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("Almost three-quarters of tenants who responded to the survey opposed the rent rise. The landlord said 55% of "
     "the 830 respondents had objected, most of them pensioners.", "55%", "FC402"),
    ("Nearly two-thirds of members backed the merger, the union said. Officials confirmed that 48% of the 12,400 "
     "members had supported it.", "48%", "FC402"),
    ("Some 81% of staff rejected the pay offer in the ballot. Organisers said two-thirds of staff had voted to "
     "reject it.", "two-thirds", "FC402"),
    ("More than half of parents who replied opposed the new school day. Only 38% of the 2,210 respondents objected, "
     "the trust said.", "38%", "FC402"),
]

CLEAN = [
    # the same share told twice, within the rounding of the words
    "Almost three-quarters of tenants who responded to the survey opposed the rent rise. The landlord said 72% of "
    "the 830 respondents had objected, most of them pensioners.",
    "Nearly two-thirds of members backed the merger, the union said. Officials confirmed that 64% of the 12,400 "
    "members had supported it.",
    # another group, another side, another question, a degree of the side
    "Almost three-quarters of residents opposed the new one-way system. Some 58% of businesses objected.",
    "Almost three-quarters of residents opposed the new one-way system. Some 58% of residents supported a new "
    "school.",
    "Almost three-quarters of respondents opposed the new one-way system. Some 58% of respondents objected to the "
    "parking charges.",
    "Almost three-quarters of respondents opposed the scheme. Some 58% of respondents strongly opposed it.",
    "Some 60% of voters backed Labour in the ward. Exit polls said 40% of voters backed Reform.",
    # a subgroup, a place, another time or year
    "Almost three-quarters of respondents opposed the new one-way system. Some 58% of women respondents objected.",
    "Almost three-quarters of respondents opposed the new one-way system. Among over-65s, 58% of respondents "
    "objected.",
    "Almost three-quarters of respondents opposed the new one-way system. In Hilltown, 58% of respondents objected.",
    "Almost three-quarters of residents opposed the new one-way system. In 2019, 58% of residents objected.",
    "Almost three-quarters of respondents opposed the new one-way system. At the last consultation, 58% of "
    "respondents objected.",
    # another share in either sentence
    "Almost three-quarters of respondents opposed the one-way system and 20% backed it. Some 58% of respondents "
    "objected.",
]


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)

"""Round 25 (mixed set ax1), lists (FC410): bare lower-case things right after a count's noun name its members only
for a noun of a class (``categories.CLASS_NOUNS``, ``names_bare_kinds``: "two painkillers, tramadol, codeine and
naproxen,"); after a thing's noun they go on with other things ("seized two cars, cash, cannabis and cocaine, during
the raid"), in object or subject position. An apposition of names ("the two men, Smith and Jones, were") still
names the counted people.
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- lists (FC410): a count's noun, then other things --------------------------------------------------------------

CONTINUED_LIST_SILENT = [
    "Police seized two cars, cash, cannabis and cocaine, during the raid.",
    "Officers recovered three phones, jewellery, cash and a laptop, from the house.",
    "The raid netted two guns, ammunition, cash and drugs, on Tuesday.",
    "Two vans, timber, cement and scaffolding, were stolen from the yard overnight.",
    "Customs found four suitcases, tobacco, perfume and alcohol, at the port last week.",
]


@pytest.mark.parametrize("text", CONTINUED_LIST_SILENT)
def test_count_then_other_things_is_a_continued_list(text):
    assert_clean(text)


APPOSED_MEMBERS_ROWS = [
    # a class's members, bare, or names of the people counted
    ("Police seized {n} drugs, cocaine, heroin and ketamine, during the raid.", "two", "three"),
    ("{N} crops, barley, wheat and oats, were lost to the floods.", "Two", "Three"),
    ("The farm grows {n} vegetables, kale, spinach and chard, on the lower field.", "two", "three"),
    ("The {n} men, Smith, Jones and Brown, were arrested on Friday.", "two", "three"),
    ("Police arrested {n} men, Ali Khan and Tom Reed, on Friday.", "three", "two"),
]


@pytest.mark.parametrize("template,flagged,clean", APPOSED_MEMBERS_ROWS)
def test_apposition_naming_the_counted_things(template, flagged, clean):
    fill = lambda w: template.format(n=w, N=w)  # noqa: E731
    assert_flagged(fill(flagged), flagged, "FC410")
    assert_clean(fill(clean))

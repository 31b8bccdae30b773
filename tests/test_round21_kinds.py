"""Round 21 (lead): a count of kinds over a list whose items count things of a kind.

"four breeds: a spaniel, two collies, three pugs and a whippet" names four breeds, not seven dogs: the list
count takes one item per kind (lists ``_counts_kinds``) and the sums do not add the dogs up against the breeds
(sums ``_kinds_over_instances``); the kind nouns live in ``categories.KIND_NOUNS``.
"""
import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN = [
    "The show had four breeds: a spaniel, two collies, three pugs and a whippet.",
    "The rescue centre took in four breeds of dog: a spaniel, two collies, three pugs and a whippet.",
    "The survey logged three species of owl: a barn owl, two tawny owls and four little owls.",
    "Keepers now care for five varieties: two ewes of one, three rams of another and single sheep of the rest.",
    # a count of the animals themselves still adds up
    "The show had seven dogs: a spaniel, two collies, three pugs and a whippet.",
]

FLAGGED = [
    # (the kinds miscounted, "five breeds: a spaniel, two collies, ...", are not read: the list reader takes no
    # items that carry their own counts under a count of kinds; a known miss)
    # the animals miscounted
    ("The show had eight dogs: a spaniel, two collies, three pugs and a whippet.", "eight", "FC"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_kinds_over_instances_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_kinds_miscounted_flagged(text, target, rule):
    assert_flagged(text, target, rule)

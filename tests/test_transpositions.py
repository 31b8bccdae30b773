"""FC406: a figure restated with two digits swapped."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker import check_text
from checker.model import Severity
from checker.relate.transpositions import transposed


@pytest.mark.parametrize("p,q,expected", [
    ("240", "420", True), ("4.7", "7.4", True), ("2106", "2601", True), (".312", ".321", True),
    ("85", "58", True), ("240", "240", False), ("240", "402", False), ("12", "123", False),
    ("4.7", "47.", False), ("11", "11", False), ("5", "5", False),
])
def test_transposed(p, q, expected):
    assert transposed(p, q) is expected


@given(st.text("0123456789", min_size=2, max_size=7), st.data())
def test_swapping_two_different_digits_is_a_transposition(digits, data):
    i = data.draw(st.integers(0, len(digits) - 1))
    j = data.draw(st.integers(0, len(digits) - 1))
    swapped = list(digits)
    swapped[i], swapped[j] = swapped[j], swapped[i]
    swapped = "".join(swapped)
    assert transposed(digits, swapped) is (digits[i] != digits[j])


FLAGGED = [
    # definite restatement, money
    ("The trust paid £2.9m for the old vicarage. The £9.2m sale went through in June.", "£9.2m"),
    # headline against body
    ("Storm repairs to cost $4.6bn\nOfficials put the bill for repairing bridges and roads at $6.4bn.", "$6.4bn"),
    # partitive definite, hedged first figure
    ("Roughly 160 passengers were taken off the stranded train. Most of the 610 stranded passengers "
     "were put on buses.", "610"),
    # possessive owner named with the first figure
    ("The Harwell depot will employ 270 staff when it opens. Once busy, the depot's 720 staff will sort "
     "parcels around the clock.", "720"),
    # the event of the first count
    ("The brewery plans to shed 63 jobs this spring. The union said the loss of 36 posts was avoidable.",
     "36"),
]

CLEAN = [
    # a different thing, definite
    "Some 38 lorries were stuck on the pass. The 83 drivers spent the night in their cabs.",
    # change: a new level
    "The club sold 4,600 memberships in 2022. Sales rose to 6,400 this year.",
    # a year with one figure only
    "The company had 45 stores in 1998. Its 54 stores now stretch from Cork to Derry.",
    # another figure with the second's value
    "Crews saved 27 homes and lost 72. The 72 homes destroyed were mostly holiday lets.",
    # percentages of different things
    "The state will keep 14% of the shares. The firm's 41% stake in the mine is not part of the sale.",
    # same sentence
    "The hall seats 350 people downstairs and 530 in the gallery.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_flagged(text, target):
    # FC406 or, where it reads the pair first, another restatement rule -- never both
    found = [f for f in check_text(text) if f.rule.startswith("FC40")]
    assert len(found) == 1 and found[0].severity == Severity.WARNING, check_text(text)
    assert text[found[0].start:found[0].end].startswith(target.split()[0])


def test_a_pair_read_by_a_restatement_rule_is_not_reported_twice():
    found = check_text("Ferry firm to cut 94 jobs\nThe firm said 49 jobs would go at its two ports.")
    assert [f.rule for f in found if f.is_problem] == ["FC401"], found


def test_transposition_alone_says_so():
    found = [f for f in check_text("Rescuers pulled 38 people from the rubble. Many of the 83 survivors were "
                                   "children.") if f.is_problem]
    assert [f.rule for f in found] == ["FC406"] and "two digits swapped" in found[0].message


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert not [f for f in check_text(text) if f.rule == "FC406"], check_text(text)

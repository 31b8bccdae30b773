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


# the far side of a comparison that is not the first figure's: "could not hold more than the 7.8
# million who came" restates the count; a plan dated once, both sentences in the future
FLAGGED_LOOSE = [
    ("The festival drew 6.4 million fans this summer. Organisers said the site could not cope with "
     "many more than the 4.6 million fans who came.", "4.6 million"),
    ("Just over 250 volunteers signed up for the clean-up. The council said it had never had more than "
     "the 520 volunteers who turned out on the day.", "520"),
    ("The new depot will employ 460 drivers when it opens in 2027. Once running, the depot's 640 drivers "
     "will deliver to the whole county.", "640"),
    ("The hospital will have 180 beds when it is finished in 2028, the trust said. Its 810 beds will serve "
     "three towns.", "810"),
]

CLEAN_LOOSE = [
    # the comparison's left side is the first figure: two values compared
    "The festival sold 6.4 million tickets this summer. That was more than the 4.6 million of the year before.",
    "Just over 250 volunteers signed up for the clean-up. It was fewer than the 520 volunteers who came in 2019.",
    # a figure foreseen, not counted
    "Ticket sales reached 5.6 million. Analysts had expected no more than the 6.5 million tickets forecast in May.",
    "The port handled 47 ships a day. Officials said it could not take more than the 74 ships a day planned.",
    # an earlier time named with the compared figure
    "The festival sold 6.4 million tickets this summer. Organisers said few events had sold more than the "
    "4.6 million tickets of its first season.",
    # dated once, not both in the future
    "The new depot employed 460 drivers when it opened in 2017. Today the depot's 640 drivers deliver to "
    "the whole county.",
    "The new depot will employ 460 drivers when it opens in 2027. The depot's 640 drivers deliver to "
    "the whole county now.",
    # another time in the second's clause; a part; another figure of the kind in between
    "The club paid £3.8m for the striker. The £8.3m bid this summer came from a rival.",
    "Rovers agree £5.1m deal for winger\nThe winger joins for an upfront £1.5m, the club said.",
    "Seats in the stalls cost $67. Box seats cost $250. Fans who bought the $76 seats were moved.",
    "A 52-year-old man was hurt in the crash. She said she called for help. The 25-year-old was unhurt.",
]


@pytest.mark.parametrize("text,target", FLAGGED_LOOSE)
def test_flagged_loose(text, target):
    test_flagged(text, target)


@pytest.mark.parametrize("text", CLEAN_LOOSE)
def test_clean_loose(text):
    test_clean(text)

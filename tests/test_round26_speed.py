"""Round 26, speed: early exits in the change finders that leave every reading as it was.

* ``changes.amount_of_earlier_move`` reads the words after each definite figure first and searches the whole
  text for the move's verb and link only once a figure has them (the text-wide search was most of its time);
* ``changes.level_before_move`` reads the roles of a sentence's figures only when one of them has the kind and
  unit of a figure of the sentence before (the new level the move starts from must be one).

Each flagged row has a clean twin (the same text with consistent figures); rows are (flagged, clean, target,
rule).  The finder-level tests check that texts without what the early exit asks for stay unread."""
from __future__ import annotations

import pytest

from checker import api
from checker.relate import changes
from tests.shapes import assert_clean, assert_flagged


def _check(flagged, clean, target, rule, published=None):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


def _doc(text):
    return api.analyse(text)


# an amount named as what the move took away or added, after the one move of that measure told without a size
AMOUNT_OF_MOVE = [
    ("The orchard's water allowance will fall to 5,200 litres from 6,400 litres next month. The 1,400 litres "
     "lost to the cut would have kept the young trees alive, the grower said.",
     "The orchard's water allowance will fall to 5,200 litres from 6,400 litres next month. The 1,200 litres "
     "lost to the cut would have kept the young trees alive, the grower said.", "1,400 litres", "FC301"),
    ("The ward's bed count will be cut from 96 to 72 next year. Nurses said the 32 beds lost in the reduction "
     "had been busy all winter.",
     "The ward's bed count will be cut from 96 to 72 next year. Nurses said the 24 beds lost in the reduction "
     "had been busy all winter.", "32 beds", "FC301"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", AMOUNT_OF_MOVE)
def test_round26_amount_of_move(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


def test_round26_amount_of_move_needs_words_after_a_definite_figure():
    # the verb and its link in the text, but after no definite figure: nothing read
    doc = _doc("The ferry timetable will drop from 36 sailings to 30 in winter. Services were cut by the "
               "operator after 12 complaints.")
    assert list(changes.amount_of_earlier_move(doc)) == []
    # a definite figure with the move's words after it, but no move of that measure before it: nothing read
    doc = _doc("The 40 posts lost to the cut were all in the finance team, the council said.")
    assert list(changes.amount_of_earlier_move(doc)) == []


def test_round26_amount_of_move_found():
    doc = _doc("The mill's quota will fall to 2,600 tonnes from 3,400 tonnes next year. The 800 tonnes lost "
               "to the cut would have been worth £90,000.")
    found = list(changes.amount_of_earlier_move(doc))
    assert [(size.text, old.text, new.text) for size, _, old, new in found] == [
        ("800 tonnes", "3,400 tonnes", "2,600 tonnes")]


# the new level alone in the sentence before; the move's sentence names its base period
LEVEL_BEFORE_MOVE = [
    ("The museum drew a record 6,300 visitors in 2024. Visitor numbers rose from 5,000 the year before, a rise of "
     "30%.",
     "The museum drew a record 6,300 visitors in 2024. Visitor numbers rose from 5,000 the year before, a rise of "
     "26%.", "30%", "FC203"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", LEVEL_BEFORE_MOVE)
def test_round26_level_before_move(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


def test_round26_level_before_move_needs_a_level_of_that_kind_before():
    doc = _doc("The museum drew a record 6,300 visitors in 2024. Visitor numbers rose from 5,000 the year before, "
               "a rise of 26%.")
    assert [(old.text, new.text) for _, _, old, new in changes.level_before_move(doc)] == [("5,000", "6,300")]
    # the sentence before gives a sum of money, not a count: no new level for the move, whatever its roles
    doc = _doc("The museum took a record £6,300 in 2024. Visitor numbers rose from 5,000 the year before, a rise "
               "of 26%.")
    assert list(changes.level_before_move(doc)) == []

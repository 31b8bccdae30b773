"""Round 19 (speed of relating): the new declarations of needs are true (a finder skipped would have found
nothing) and the shortcuts inside finders leave their relations as they were."""
from __future__ import annotations

import pytest

from checker.api import analyse
from checker.relate import relate
from checker.relate.lists import find_listed_items
from checker.relate.needs import Profile, declared
from checker.relate.percents import find_with_item_changes
from checker.relate.sums import find_largest_source_then_rest


def _rel(r):
    return type(r).__name__, r.link, r.cue, tuple((m.start, m.end) for m in r.members() if m is not None)


def _same_with_every_finder(text):
    doc = analyse(text)
    assert [_rel(r) for r in relate(doc)] == [_rel(r) for r in relate(analyse(text), every_finder=True)]


LARGEST_SOURCE = [
    # (text, found: the finder reads a largest source then the rest)
    ("The trust took in £9.6m last year, up from £8.8m. Gifts stayed its largest source of income at £4.2m, "
     "followed by £2.9m in grants, £1.6m in legacies and £0.9m from its cafes.", True),
    ("The trust took in £9.6m last year, up from £8.8m. Gifts stayed its biggest single source, providing £4.2m. "
     "Councils contributed £2.9m, firms £1.6m and members £0.9m.", True),
    ("The trust took in £9.6m last year, up from £8.8m. Gifts brought in £4.2m, "
     "followed by £2.9m in grants, £1.6m in legacies and £0.9m from its cafes.", False),
]


@pytest.mark.parametrize("text,found", LARGEST_SOURCE)
def test_largest_source_needs_its_words(text, found):
    doc = analyse(text)
    assert bool(list(find_largest_source_then_rest(doc))) == found
    if not Profile(doc).allows(declared(find_largest_source_then_rest)):
        assert not found
    _same_with_every_finder(text)


WITH_ITEM = [
    ("Fares were cut by 25% on Monday, with a single adult ticket falling from £2.80 to £2.10.", True),
    ("Fares were cut by a quarter on Monday, with a single adult ticket falling from £2.80 to £2.10.", False),
]


@pytest.mark.parametrize("text,found", WITH_ITEM)
def test_with_item_change_needs_a_percentage(text, found):
    doc = analyse(text)
    assert bool(list(find_with_item_changes(doc))) == found
    assert Profile(doc).allows(declared(find_with_item_changes)) == found
    _same_with_every_finder(text)


COLLECTIVES = [
    # (text, listed: a count word read with its named items)
    ("The trio - Ann Roe, Ben Hale and Cal Ito - were cleared on Friday.", True),
    ("A trio of firms, Arco, Belmar and Cresta, bid for the contract.", True),
    ("Both men - Dan Fry and Ed Moss - were released on bail.", True),
    ("Both sides said the talks in Geneva were useful.", False),
    ("Both the patriot and the repair crew came, the pair said.", False),
]


@pytest.mark.parametrize("text,listed", COLLECTIVES)
def test_count_words_read_as_before(text, listed):
    doc = analyse(text)
    assert bool(list(find_listed_items(doc))) == listed
    _same_with_every_finder(text)


SHARES = [
    # (text, found): a share needs a percentage, a fraction, a quantifier ("most", "a majority") or a headline's
    # bare fraction word
    ("Of the 40 councillors, 12 (30%) voted against the scheme.", True),
    ("A majority of the 29 members - 17 - backed the plan on Tuesday.", True),
    ("Quarter of bridges in poor repair\n\nEngineers found 120 of the county's 480 bridges were in poor repair.", True),
    ("Of the 40 councillors, 12 voted against the scheme on Tuesday.", False),
]


@pytest.mark.parametrize("text,found", SHARES)
def test_shares_need_a_share(text, found):
    from checker.relate.shares import find_shares

    doc = analyse(text)
    assert bool(list(find_shares(doc))) == found
    if not Profile(doc).allows(declared(find_shares)):
        assert not found
    _same_with_every_finder(text)


TALLIES = [
    ("The Senate passed the bill 58-39, with five senators absent from the 100-seat chamber.", True),
    ("The Senate voted 58-39 for the bill, with five senators absent from the 100-seat chamber.", True),
    ("The home side won 58-39, with five players absent from the 100-strong squad.", False),
]


@pytest.mark.parametrize("text,found", TALLIES)
def test_tally_in_body_needs_a_verb_of_voting(text, found):
    from checker.relate.sums import find_tally_in_body

    doc = analyse(text)
    assert bool(list(find_tally_in_body(doc))) == found
    assert Profile(doc).allows(declared(find_tally_in_body)) == found
    _same_with_every_finder(text)

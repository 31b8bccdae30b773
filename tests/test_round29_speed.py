"""Round 29 (speed): six more finders declare the words (or the kind of figure) they cannot find anything
without (``checker.relate.needs``), so that ``relate`` skips them on the documents that lack them.

A trigger must be a true superset of what the finder's patterns can match: each finder still fires on a
text that holds its trigger words, its trigger holds every word its patterns require, and a twin text
without them is skipped (and would have given nothing)."""
from __future__ import annotations

import re

import pytest

from checker.api import analyse
from checker.relate import lists, restatements, sums
from checker.relate.needs import Profile, declared

# (finder, a text it finds something in, a twin without its trigger, which it finds nothing in)
CASES = [
    (restatements.find_scale_restatements,
     "A quake of magnitude 5.8 shook the island on Friday. The magnitude 6.1 tremor cut power to the port.",
     "A quake shook the island on Friday. The 6.1 tremor cut power to 300 homes."),
    (restatements.find_same_occasion_restatements,
     "Police put the number of arrests at 57 at a Sunday night briefing. At that same briefing, the chief said "
     "75 people had been arrested.",
     "Police put the number of arrests at 57 at a Sunday night briefing. At a later briefing, the chief said "
     "75 people had been arrested."),
    (restatements.find_margin_restatements,
     "Mensah won the Welsh Open by three shots on Sunday. Her five-stroke victory earned her a silver cup.",
     "Mensah took the Welsh Open by three shots on Sunday. Her five-stroke haul earned her a silver cup."),
    (sums.find_headline_over_respectively,
     "Museum trio draws 900,000 visitors\n\nThe halls in Ashby, Barford and Colne drew 410,000, 280,000 and "
     "210,000 people respectively.",
     "Museum trio draws 900,000 visitors\n\nThe halls in Ashby, Barford and Colne drew 410,000, 280,000 and "
     "210,000 people each."),
    (sums.find_votes_within_all_cast,
     "Adeyemi won 9,120 votes, or 44.1%. Brook came second with 7,480. Cole finished third with 2,310 votes, "
     "ahead of Dunn on 1,040. In all, 20,680 valid votes were cast.",
     "Adeyemi won 9,120 backers, or 44.1%. Brook came second with 7,480. Cole finished third with 2,310 backers, "
     "ahead of Dunn on 1,040. In all, 20,680 people took part."),
    (lists.find_compound_place_lists,
     "The four-nation tour will take the minister to Chile, Peru, Bolivia and Ecuador.",
     "The tour will take the minister to Chile, Peru, Bolivia and Ecuador for four weeks."),
]


@pytest.mark.parametrize("finder, text, twin", CASES, ids=[c[0].__name__ for c in CASES])
def test_finder_fires_where_its_trigger_is_met(finder, text, twin):
    doc = analyse(text)
    assert declared(finder), "the finder declares its trigger"
    assert Profile(doc).allows(declared(finder))
    assert list(finder(doc)), "the finder still finds its example"


@pytest.mark.parametrize("finder, text, twin", CASES, ids=[c[0].__name__ for c in CASES])
def test_twin_without_trigger_is_skipped_and_finds_nothing(finder, text, twin):
    doc = analyse(twin)
    assert not Profile(doc).allows(declared(finder))
    assert list(finder(doc)) == []


def _alternatives(pattern: re.Pattern, group: int = 1) -> set[str]:
    """The words of a pattern's group of plain alternatives: "(victory|win|...)" -> {"victory", "win", ...}."""
    src = pattern.pattern
    at = [m.start() for m in re.finditer(r"\((?!\?)", src)][group - 1]
    depth, k = 0, at
    while True:
        depth += {"(": 1, ")": -1}.get(src[k], 0)
        if depth == 0:
            break
        k += 1
    return {w.lower() for w in src[at + 1:k].split("|")}


def _words(finder) -> set[str]:
    return {w for need in declared(finder) for w in need.words}


def test_triggers_hold_every_word_the_patterns_need():
    """Read off the patterns themselves: a word added to a pattern must join the trigger."""
    assert _alternatives(restatements._MARGIN_NOUN) <= _words(restatements.find_margin_restatements)
    assert _alternatives(restatements._SCALE_BEFORE) | set(restatements._SCALES) \
        <= _words(restatements.find_scale_restatements)
    assert "same" in restatements._SAME_OCCASION.pattern and _words(restatements.find_same_occasion_restatements) \
        == {"same"}
    assert set(sums._BALLOT_NOUNS) <= _words(sums.find_votes_within_all_cast)
    (need,) = declared(lists.find_compound_place_lists)
    assert need.compound and {k.name for k in need.kinds} == {"COUNT"}

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
from checker.relate.needs import declared
from tests.shapes import assert_trigger_met, assert_trigger_unmet

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
    assert_trigger_met(finder, text)


@pytest.mark.parametrize("finder, text, twin", CASES, ids=[c[0].__name__ for c in CASES])
def test_twin_without_trigger_is_skipped_and_finds_nothing(finder, text, twin):
    assert_trigger_unmet(finder, twin)


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


# ---- (round 29, speed) cheap tests before slow patterns: every text a pattern matches holds its trigger

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from checker.relate import dates, restated_quantities, restated_tolls, transpositions  # noqa: E402
from checker.relate.needs import case_blind_lower, holds_any  # noqa: E402

_THE_REST = re.compile(r"\bthe\s+(?:remaining|other|last)\b", re.I)  # sums.find_share_then_rest's pattern
_ANNIVERSARY_AFTER = re.compile(r"\s+(?:wedding\s+)?(anniversary|birthday)\b", re.I)  # dates.find_anniversaries'

PATTERN_TRIGGERS = [
    (restatements._WON_BY, restatements._WON_BY_TRIGGER),
    (restatements._CAPACITY_BEFORE, restatements._CAPACITY_BEFORE_TRIGGER),
    (restatements._YEAR_FIRST, restatements._YEAR_VERBS_TRIGGER),
    (restatements._YEAR_AGAIN, restatements._YEAR_VERBS_TRIGGER),
    (restatements._SINCE_GERUND, restatements._SINCE_GERUND_TRIGGER),
    (sums._BARE_ITEMS_FIRST, sums._BARE_ITEMS_FIRST_TRIGGER),
    (sums._ADDED_TO_LIST, sums._ADDED_TO_LIST_TRIGGER),
    (sums._VAGUE_ITEM_AFTER, sums._VAGUE_ITEM_AFTER_TRIGGER),
    (sums._OVERLAP, sums._OVERLAP_TRIGGER),
    (_THE_REST, sums._THE_REST_TRIGGER),
    (lists._PARTITIVE_BEFORE, lists._PARTITIVE_BEFORE_TRIGGER),
    (transpositions._MADE_IN_BEFORE, transpositions._MADE_IN_BEFORE_TRIGGER),
    (_ANNIVERSARY_AFTER, dates._ANNIVERSARY_AFTER_TRIGGER),
    # (round 55, speed)
    (restated_quantities._DIED_BEFORE, restated_quantities._DIED_BEFORE_TRIGGER),
    (restated_tolls._TOLL_BEFORE, restated_tolls._TOLL_BEFORE_TRIGGER),
]


@pytest.mark.parametrize("pattern, trigger", PATTERN_TRIGGERS, ids=[p.pattern[:30] for p, _ in PATTERN_TRIGGERS])
def test_every_match_holds_the_trigger(pattern, trigger):
    """Texts drawn from the pattern itself (any case, any blanks): whatever it matches holds a trigger word."""
    @settings(max_examples=120, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern))
    def check(text):
        assert not pattern.search(text) or holds_any(text, trigger), text

    check()


def test_every_bridge_passes_the_cheap_test():
    @settings(max_examples=200, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(lists._BRIDGE))
    def check(text):
        assert not lists._BRIDGE.match(text) or lists._may_bridge(text), text

    check()


@pytest.mark.parametrize("text, words, found", [
    ("The stadium HOLDS 40,000", ("hold",), True),
    ("a capacity for 9,000", ("hold", "seat"), False),
    ("\u017feats for 300", ("seat",), True),  # the long s, which a case-blind pattern reads as "s"
    ("B\u0130RTHDAY", ("birthday",), True),  # the dotted capital I
    ("th\u0131rd", ("third",), True),  # the dotless i
])
def test_holds_any_reads_as_a_case_blind_pattern(text, words, found):
    assert holds_any(text, words) is found


def test_case_blind_lower_keeps_what_a_case_blind_pattern_matches():
    for text, word in [("ANN\u0130VERSARY", "anniversary"), ("\u017fame", "same"), ("\u212aILLED", "killed")]:
        assert re.search(word, text, re.I) and word in case_blind_lower(text)


@pytest.mark.parametrize("finder, text", [
    # the cheap tests let the slow patterns read what they read before: each finder still fires here
    (restatements.find_capacity_restatements,
     "Tickets for the 1,200-seat hall sold out. The hall, which can seat 1,500, opened in May."),
    (restatements.find_stated_majorities, "Rivera won by 212 votes, 3,401 to 3,189, in the second count."),
    (restatements.find_year_restatements,
     "The bridge, which opened in 1932, carries the A61. Since the bridge opened in 1923 it has been closed twice."),
])
def test_finders_behind_cheap_tests_still_fire(finder, text):
    assert list(finder(analyse(text)))

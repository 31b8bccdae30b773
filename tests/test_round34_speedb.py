"""Round 34 (speed, helper speedb): cheap tests that let restatement finders skip what cannot hold their relation.

- ``find_stated_majorities`` declares three counts and a word of voting (every match of ``_VOTING`` holds "vote",
  "ballot" or "poll");
- ``find_new_level_restatements`` looks for "the/its/their new" by ``_names_new`` before its per-figure patterns:
  whatever ``_NEW_LEVEL`` or ``_NEW_BEFORE`` matches, in a window of the text or the whole, ``_names_new`` finds;
- ``find_score_restatements`` returns at once on a text without a score; ``_age_like`` tests the character after
  the figure first.
Each finder still finds its example, and a twin without the trigger finds nothing."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from checker.api import analyse
from checker.relate import restatements
from checker.relate.needs import holds_any
from tests.shapes import assert_trigger_met, assert_trigger_unmet

_SETTINGS = settings(max_examples=100, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))


def test_stated_majority_still_found_where_a_vote_is_named():
    assert_trigger_met(restatements.find_stated_majorities,
                       "Okafor took the ward with 2,310 votes, 412 ahead of Lane on 1,898.")


def test_stated_majority_twin_without_a_vote_word_is_skipped():
    assert_trigger_unmet(restatements.find_stated_majorities,
                         "Okafor took the ward with 2,310 backers, 412 ahead of Lane on 1,898.")


@pytest.mark.parametrize("text", [
    "The pass rate rose to 81% last year. Staff said the new level of 84% was a record.",
    "The club will lift its season ticket price to £420 next season. The new price of £440 takes effect in May.",
    "Tolls will go up to £3.40 in April, the operator said. Drivers will pay the new 3.60 fee from Monday.",
])
def test_new_level_texts_are_read_on(text):
    assert restatements._names_new(text)


@pytest.mark.parametrize("text", [
    "The pass rate rose to 81% last year. Staff said a fresh level of 84% was a record.",
    "The club will lift its season ticket price to £420 next season. Renewals at £440 open in May.",
    "News of the 12% rise came on Monday.",
    "The newest figure, 84%, is a record.",
    "Breathe. The renewal fee of £40 is due.",
])
def test_texts_without_a_level_named_new_are_skipped(text):
    assert not restatements._names_new(text)
    assert list(restatements.find_new_level_restatements(analyse(text))) == []


@pytest.mark.parametrize("pattern", [restatements._NEW_LEVEL, restatements._NEW_BEFORE],
                         ids=["_NEW_LEVEL", "_NEW_BEFORE"])
def test_every_new_level_match_is_found_by_names_new(pattern):
    """Texts drawn from the pattern itself (any case, any blanks), searched from every offset as the finder's
    windows do: whatever it matches, ``_names_new`` finds in the whole text."""
    @_SETTINGS
    @given(st.from_regex(pattern), st.text(max_size=8), st.text(max_size=8))
    def check(match, before, after):
        text = before + match + after
        if any(pattern.search(text, pos) for pos in range(len(text) + 1)):
            assert restatements._names_new(text), text
    check()


def test_every_voting_match_holds_a_declared_word():
    @_SETTINGS
    @given(st.from_regex(restatements._VOTING))
    def check(text):
        assert not restatements._VOTING.search(text) or holds_any(text, ("vote", "ballot", "poll")), text
    check()


def test_score_finder_finds_nothing_without_a_score():
    doc = analyse("Rovers won again on Saturday. The 12,000 fans saw three goals in the second half.")
    assert list(restatements.find_score_restatements(doc)) == []


@pytest.mark.parametrize("text, ages", [
    ("The driver, 34, was taken to hospital.", 1),
    ("Ann Roe (71) was named.", 1),
    ("The driver, 34 years on, was named.", 0),
    ("The driver had 34 points.", 0),
])
def test_age_like_reads_the_character_after_first(text, ages):
    doc = analyse(text)
    assert sum(restatements._age_like(doc, m) for m in doc.mentions) == ages

"""Round 32 (speed, relating): finders that now declare the words they cannot find anything without
(``checker.relate.needs``), and readers that skip work that cannot change their answer.

A trigger must be a true superset of what the finder's patterns can match: each finder still fires on a text that
holds its trigger, its trigger holds every word its patterns require (checked on texts drawn from the patterns
themselves), and a twin text without it is skipped (and would have given nothing)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from checker.api import analyse
from checker.relate import restatements, sums
from checker.relate.needs import declared, holds_any
from tests.shapes import assert_trigger_met, assert_trigger_unmet

# (finder, a text it finds something in, a twin without its trigger, which it finds nothing in)
CASES = [
    (sums.find_sides_beside_all_papers,
     "In the by-election Ann Shaw polled 6,210 votes, Tom Reid 4,105 and Ruth Kerr 1,320. With 64 spoilt "
     "ballots, 11,699 papers were counted.",
     "In the by-election Ann Shaw polled 6,210 backers, Tom Reid 4,105 and Ruth Kerr 1,320. With 64 spoilt "
     "forms, 11,699 people took part."),
    (restatements.find_quoted_restatements,
     "The charity handed out 2,140 food parcels in March. \"In March alone we gave out 2,410 parcels,\" its "
     "manager said.",
     "The charity handed out 2,140 food parcels in March. In March alone it gave out 2,410 parcels, its "
     "manager said."),
]


@pytest.mark.parametrize("finder, text, twin", CASES, ids=[c[0].__name__ for c in CASES])
def test_finder_fires_where_its_trigger_is_met(finder, text, twin):
    assert_trigger_met(finder, text)


@pytest.mark.parametrize("finder, text, twin", CASES, ids=[c[0].__name__ for c in CASES])
def test_twin_without_trigger_is_skipped_and_finds_nothing(finder, text, twin):
    assert_trigger_unmet(finder, twin)


def _words(finder) -> set[str]:
    return {w for need in declared(finder) for w in need.words}


def test_declared_triggers_are_the_named_ones():
    assert set(sums._ALL_PAPERS_TRIGGER) <= _words(sums.find_sides_beside_all_papers)
    assert set(restatements._QUOTE_OPENERS) == _words(restatements.find_quoted_restatements)
    # every mark that may open a quotation is a trigger (the closing curly mark never opens one)
    assert set(restatements._QUOTE_MARKS.pattern.strip("[]").replace("\\", "")) - {"”"} \
        | {"'", "‘"} == set(restatements._QUOTE_OPENERS)  # (round 34) and the single marks (``_SINGLE_OPENING``)


PATTERN_TRIGGERS = [
    (sums._TURNOUT_WAS, sums._ALL_PAPERS_TRIGGER),
    (sums._ALL_PAPERS_AFTER, sums._ALL_PAPERS_TRIGGER),
]


@pytest.mark.parametrize("pattern, trigger", PATTERN_TRIGGERS, ids=[p.pattern[:30] for p, _ in PATTERN_TRIGGERS])
def test_every_match_holds_the_trigger(pattern, trigger):
    """Texts drawn from the pattern itself (any case, any blanks): whatever it matches holds a trigger word."""
    @settings(max_examples=150, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern))
    def check(text):
        assert not pattern.search(text) or holds_any(text, trigger), text

    check()


def test_weekday_dates_still_read_the_sentences_holding_a_date_or_weekday():
    """find_weekday_dates walks only the sentences holding a date or a weekday (every reading starts from one):
    a weekday told beside a date, after sentences with no figure and with other figures, is still read."""
    from checker.relate import dates

    text = ("Fans queued from dawn. The club sold 31,000 tickets in two days. The final was played on Friday, "
            "14 March 2026, in the rain.")
    doc = analyse(text, "2026-03-20")
    found = list(dates.find_weekday_dates(doc))
    assert [(r.weekday.text, r.resolved.isoformat()) for r in found] == [("Friday, 14 March 2026", "2026-03-14")]


# ---- (round 32) a need's words are looked for without those that hold another of them

from checker.relate import needs as needs_module  # noqa: E402


@pytest.mark.parametrize("words, fewest", [
    (("cut", "cuts", "fall", "falls", "all"), ("cut", "all")),
    (("surpass", "pass", "top"), ("pass", "top")),
    (("net", "votes"), ("net", "votes")),
    ((), ()),
])
def test_fewest_drops_the_words_holding_another(words, fewest):
    assert needs_module._fewest(words) == fewest


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.lists(st.text("abcst", min_size=1, max_size=4), max_size=6).map(tuple), st.text("abcst ", max_size=30))
def test_fewest_words_meet_a_need_exactly_when_the_words_do(words, text):
    assert any(w in text for w in needs_module._fewest(words)) == any(w in text for w in words)


def test_every_declared_need_looks_for_its_fewest_words():
    for need in needs_module._INTERNED.values():
        assert need.find == needs_module._fewest(need.words)
        assert need.or_find == needs_module._fewest(need.or_words)

"""Round 34 (speed, speeda): cheaper tests in front of slow ones, findings unchanged.

* ``sums.find_unbeaten_record`` declares the words every match of its ``_UNBEATEN`` pattern holds
  (``_UNBEATEN_TRIGGER``): a document with none of them is not read.
* ``changes.roles_for`` searches ``_SURPASSED_BASE`` only when the words before the figure hold one of its verbs
  (``_SURPASS_WORDS``) as a whole run of letters.
* ``transpositions.find_story_figure_slips`` counts how often each figure is given only when a later figure
  gets that far, and each figure's (kind, unit, value) only for a story figure.
* ``sums._continues`` drops suspended hyphens only from a gap that holds a hyphen.

Each cheap test is checked against its pattern (texts drawn from the pattern itself), and each finder still
fires on examples of its own and stays silent on near misses.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from checker.relate import changes, sums
from checker.relate.needs import holds_any

from shapes import assert_clean, assert_flagged, assert_trigger_met, assert_trigger_unmet


def _drawn(pattern: re.Pattern, check) -> None:
    @settings(max_examples=200, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.from_regex(pattern))
    def run(text):
        check(text)

    run()


def test_every_unbeaten_match_holds_the_trigger():
    _drawn(sums._UNBEATEN, lambda text: not sums._UNBEATEN.search(text)
           or holds_any(text, sums._UNBEATEN_TRIGGER) or pytest.fail(text))


def test_unbeaten_trigger_on_hand_written_phrases():
    for phrase in ("The UNBEATEN champion", "still undefeated", "has yet to lose", "is yet to be beaten",
                   "have never lost", "has never been beaten", "HAS NEVER BEEN LOST"):
        assert sums._UNBEATEN.search(phrase) and holds_any(phrase, sums._UNBEATEN_TRIGGER), phrase


def test_surpass_words_are_the_patterns_verbs():
    assert changes._SURPASS_WORDS == set(changes._SURPASS[len("(?:"):-len(")")].split("|"))
    assert {"exceeded", "surpassing", "eclipses", "outstripped", "tops", "beat"} <= changes._SURPASS_WORDS


def test_every_surpassed_base_match_has_its_verb_as_a_letter_run():
    def check(text):
        low = text.lower()  # (``roles_for`` reads the lower-cased words before a figure)
        if changes._SURPASSED_BASE.search(low):
            assert not set(changes._LETTER_RUNS.findall(low)).isdisjoint(changes._SURPASS_WORDS), text

    _drawn(changes._SURPASSED_BASE, check)


# --- the unbeaten record still read where its words stand, and skipped where none does ---
UNBEATEN_FLAGS = [
    ("The unbeaten welterweight has won 22 and drawn four of his 27 fights.", "27"),
    ("In 31 outings the undefeated filly has won 25 and drawn five.", "31"),
    ("The side, which has never lost, has won 15 and drawn six of its 22 matches.", "22"),
]
UNBEATEN_CLEAN = [
    "The unbeaten welterweight has won 22 and drawn four of his 26 fights.",
    "In 30 outings the undefeated filly has won 25 and drawn five.",
    "The welterweight has won 22 and drawn four of his 27 fights.",  # no unbeaten word: losses may be left out
    "The unbeaten welterweight has won 22 of his 27 fights.",
    "The side, which has never lost, has won 15 and drawn six of its 21 matches.",
]


@pytest.mark.parametrize("text, target", UNBEATEN_FLAGS)
def test_unbeaten_record_still_flagged(text, target):
    assert_flagged(text, target, "FC")


@pytest.mark.parametrize("text", UNBEATEN_CLEAN)
def test_unbeaten_record_near_misses_clean(text):
    assert_clean(text)


def test_unbeaten_finder_gated_by_its_words():
    assert_trigger_met(sums.find_unbeaten_record,
                       "The unbeaten welterweight has won 22 and drawn three of his 26 fights.")
    assert_trigger_unmet(sums.find_unbeaten_record,
                         "The welterweight has won 22 and drawn three of his 26 fights.")


# --- a base passed by a margin still read ("eclipsed the previous record of N by M") ---
def test_surpassed_base_still_a_role():
    from checker.api import analyse

    doc = analyse("The appeal raised £71m, which eclipsed the previous record of £45m by £26m.")
    m = next(x for x in doc.mentions if x.text == "£45m")
    prev = max(x.end for x in doc.mentions if x.end <= m.start)
    nxt = min(x.start for x in doc.mentions if x.start >= m.end)
    assert any(r.name == "from" for r in changes.roles_for(doc, m, prev, nxt))
    doc = analyse("The appeal raised £71m, which followed the previous record of £45m by £26m.")
    m = next(x for x in doc.mentions if x.text == "£45m")
    prev = max(x.end for x in doc.mentions if x.end <= m.start)
    nxt = min(x.start for x in doc.mentions if x.start >= m.end)
    assert not any(r.name == "from" and r.cue == "followed" for r in changes.roles_for(doc, m, prev, nxt))

"""End to end: the bundled example article, and the seed article where present."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker import Severity, check_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "seed" / "aleppo-2016-09-30.txt"


def _at(text, finding):
    return text[finding.start:finding.end]


def test_clean_example_has_no_problem_and_shows_the_checked_sum_and_share():
    text = (EXAMPLES / "airstrikes-toll.txt").read_text(encoding="utf-8")
    findings = check_text(text)
    assert not [f for f in findings if f.is_problem]
    sums = [f for f in findings if f.rule == "FC101" and _at(text, f) == "Around 3,800"]
    assert sums and sums[0].arithmetic == "2,337 + 906 + 561 = 3,804"
    shares = [f for f in findings if f.rule == "FC201"]
    assert shares and _at(text, shares[0]) == "almost a quarter"
    assert shares[0].arithmetic == "906 / 3,804 = 23.8%"


def test_wrong_example_flags_both_relations_at_the_figures():
    text = (EXAMPLES / "airstrikes-toll-wrong.txt").read_text(encoding="utf-8")
    findings = [f for f in check_text(text) if f.is_problem]
    by_rule = {(f.rule, _at(text, f)) for f in findings}
    assert ("FC101", "Around 3,800") in by_rule
    assert ("FC201", "almost a quarter") in by_rule
    assert ("FC101", "3,804") in by_rule
    explicit = next(f for f in findings if f.rule == "FC101" and _at(text, f) == "3,804")
    assert explicit.severity == Severity.ERROR
    assert {r.text for r in explicit.related} == {"2,337", "1,906", "561"}


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is not beside this checkout")
def test_seed_checks_out_and_its_chrome_is_silent():
    text = SEED.read_text(encoding="utf-8")
    findings = check_text(text)
    assert not [f for f in findings if f.is_problem]
    total = next(f for f in findings if f.rule == "FC101")
    assert _at(text, total) == "Around 3,800" and "3,804" in total.message
    share = next(f for f in findings if f.rule == "FC201")
    assert _at(text, share) == "almost a quarter" and "23.8%" in share.message
    story = text.index("(CNN)")
    assert all(f.start > story or f.rule.startswith("FC5") and "2016" in _at(text, f) for f in findings), \
        [(f.rule, _at(text, f)) for f in findings if f.start < story]


@pytest.mark.skipif(not SEED.is_file(), reason="../shared/seed is not beside this checkout")
def test_seed_with_a_wrong_count_flags_sum_and_share():
    text = SEED.read_text(encoding="utf-8").replace("906 children", "1,906 children")
    problems = [f for f in check_text(text) if f.is_problem]
    assert {(f.rule, _at(text, f)) for f in problems} >= {("FC101", "Around 3,800"), ("FC201", "almost a quarter")}
    total = next(f for f in problems if f.rule == "FC101")
    # the parts, and the same total restated in the headline ("Activists: 3,800 Syrian civilians killed")
    assert {r.text for r in total.related} == {"2,337", "1,906", "561", "3,800"}
    assert "4,804" in total.message

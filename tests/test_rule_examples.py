"""Each rule's own fail/ok examples run as tests (the docs are the tests)."""
from __future__ import annotations

import pytest

from checker import check_text
from checker.rules import RULES

FAIL = [(rule, i, ex) for rule in RULES for i, ex in enumerate(rule.fail)]
OK = [(rule, i, ex) for rule in RULES for i, ex in enumerate(rule.ok)]


def _overlaps(finding, start, end):
    spans = [(finding.start, finding.end)] + [(r.start, r.end) for r in finding.related]
    return any(s < end and start < e for s, e in spans)


@pytest.mark.parametrize("rule,i,example", FAIL, ids=[f"{r.code}-fail-{i}" for r, i, _ in FAIL])
def test_fail_example_is_flagged_by_its_rule_at_its_target(rule, i, example):
    findings = check_text(example.text, example.published)
    start = example.text.index(example.target)
    end = start + len(example.target)
    hits = [f for f in findings if f.rule == rule.code and f.is_problem and _overlaps(f, start, end)]
    assert hits, (f"{rule.code} did not flag {example.target!r}; got "
                  f"{[(f.rule, str(f.severity), example.text[f.start:f.end]) for f in findings]}")
    for f in hits:
        assert f.message and f.name == rule.name


@pytest.mark.parametrize("rule,i,example", OK, ids=[f"{r.code}-ok-{i}" for r, i, _ in OK])
def test_ok_example_raises_no_warning_or_error(rule, i, example):
    findings = check_text(example.text, example.published)
    problems = [(f.rule, example.text[f.start:f.end], f.message) for f in findings if f.is_problem]
    assert not problems

"""Long-tail cases as data (tests/cases/*.jsonl), one parametrised runner.

Each line: {"text", "published"?, "expect": [{"rule", "at", "severity"}]}.
An expectation matches an error or warning of that rule whose span starts
at the first occurrence of ``at``; ``expect: []`` means no error or warning
at all.  Further files may be added per rule family.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import check_text

CASES = []
for path in sorted((Path(__file__).parent / "cases").glob("*.jsonl")):
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            CASES.append(pytest.param(json.loads(line), id=f"{path.stem}-{n}"))


@pytest.mark.parametrize("case", CASES)
def test_case(case):
    text = case["text"]
    problems = [f for f in check_text(text, case.get("published")) if f.is_problem]
    got = {(f.rule, f.start, str(f.severity)) for f in problems}
    want = {(e["rule"], text.index(e["at"]), e["severity"]) for e in case["expect"]}
    assert got == want, [(f.rule, text[f.start:f.end], str(f.severity), f.message) for f in problems]

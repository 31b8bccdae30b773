"""Restatements, round 9: "each of its N" restates the whole set; "two of its N" does not."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text):
    return [f for f in check_text(text) if f.is_problem]


@pytest.mark.parametrize("text,span", [
    ("The care home has 64 rooms. Each of its 46 rooms has its own bathroom.", "46"),
    ("The academy signed 31 apprentices this year. Each of the 13 apprentices will get a mentor.", "13"),
])
def test_each_of_flagged(text, span):
    assert any(text[f.start:f.end] == span for f in problems(text))


@pytest.mark.parametrize("text", [
    "The care home has 64 rooms. Each of its 64 rooms has its own bathroom.",
    "The care home has 64 rooms. Each of its 46 staff has had training.",
    "The academy signed 31 apprentices this year. Each of the 13 mentors will take two or three.",
])
def test_each_of_clean(text):
    assert not problems(text)

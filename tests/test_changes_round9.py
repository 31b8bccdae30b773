"""Changes, round 9: the base of a comparison named, then given in apposition."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text):
    return [f for f in check_text(text) if f.is_problem]


@pytest.mark.parametrize("text,span", [
    ("The £27m contract is £7m more than his previous deal, the £18m signed in 2021.", "£7m"),
    ("Sales of 4,300 units were 1,200 fewer than the firm's best year, the 5,100 of 2019.", "1,200"),
    ("At $61m, the budget is $14m higher than last season's figure, the $45m agreed in May.", "$14m"),
])
def test_apposed_base_flagged(text, span):
    found = problems(text)
    assert any(text[f.start:f.end] == span or any(r.text == span for r in f.related) for f in found), found


@pytest.mark.parametrize("text", [
    "The £27m contract is £9m more than his previous deal, the £18m signed in 2021.",
    "Sales of 4,300 units were 800 fewer than the firm's best year, the 5,100 of 2019.",
    "At $61m, the budget is $16m higher than last season's figure, the $45m agreed in May.",
])
def test_apposed_base_clean(text):
    assert not problems(text)

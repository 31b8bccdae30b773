"""Round 8: a rival's placed result after "with" is not a part of the winner's figure."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text, published=None, code=None):
    found = [f for f in check_text(text, published) if f.is_problem]
    return [f for f in found if code is None or f.rule == code]


@pytest.mark.parametrize("text", [
    "Okafor took the title with 68 points, with Brandt second on 64 and Sousa third on 61.",
    "Mensah won the 800m in 1:44.20, with Ruiz second in 1:44.90 and the teenager Holt third in 1:45.35.",
    "The Welsh boat won in 6.02, with Ireland runner-up in 6.05 and Norway 3rd in 6.11.",
    "Yara finished on 289, with Pell second at 291 and Dunn fourth, on 294.",
    "Kerr retained the title with 412 points, with the runner-up, Moss, on 398 and Tait on 377.",
])
def test_ranked_results_are_not_parts(text):
    assert not problems(text)


@pytest.mark.parametrize("text,span", [
    ("The club scored 70 points this season, with 40 in the first half of the campaign and 38 in the second.", "70"),
    ("The hospital treated 4,310 patients, with 2,950 among men and 1,600 among women.", "4,310"),
])
def test_breakdowns_with_ordinals_elsewhere_still_flag(text, span):
    found = problems(text)
    assert found and span in [text[f.start:f.end] for f in found]

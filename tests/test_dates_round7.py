"""Dates family, round 7: own paraphrases of the shapes taken this round, each
with a clean twin (rule code and span asserted on the flag cases)."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text, published=None, code=None):
    found = [f for f in check_text(text, published) if f.is_problem]
    return [f for f in found if code is None or f.rule == code]


def spans(text, findings):
    out = []
    for f in findings:
        out.append(text[f.start:f.end])
        out.extend(r.text for r in f.related)
    return out


# ------------------------------------------ a possessive before the length on the noun
@pytest.mark.parametrize("text,published,span", [
    ("Organisers say this year's 12-day jazz festival, which runs from 4 to 27 July, is nearly sold out.", None, "12-day"),
    ("Bristol's nine-day harbour fair runs 5-22 May.", "2025-04-01", "nine-day"),
    ("Last year's six-day carnival ran from June 3 to 20 and drew 8,000 people.", None, "six-day"),
    ("The union's 14-day walkout, which began on 2 March and ended on 29 March, closed 40 schools.", None, "14-day"),
    ("The council's two-week book fair will be held between 1 and 28 October.", "2025-09-01", "two-week"),
])
def test_possessive_compound_period_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("Organisers say this year's 12-day jazz festival, which runs from 4 to 15 July, is nearly sold out.", None),
    ("Bristol's nine-day harbour fair runs 5-13 May.", "2025-04-01"),
    ("Last year's six-day carnival ran from June 3 to 8 and drew 8,000 people.", None),
    ("The union's 14-day walkout, which began on 2 March and ended on 15 March, closed 40 schools.", None),
    ("The council's two-week book fair will be held between 1 and 14 October.", "2025-09-01"),
    ("The mayor's 10-day tour took in Lyon on 2 August and Nice on 18 August.", None),
])
def test_possessive_compound_period_clean(text, published):
    assert not problems(text, published)

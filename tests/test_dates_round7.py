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


# ------------------------------------------ an anniversary marked on a day near publication
@pytest.mark.parametrize("text,published,span", [
    ("Veterans laid wreaths on Sunday to commemorate the 80th anniversary of the 1946 ferry disaster.",
     "2025-07-02", "80th anniversary"),
    ("Today marks the 25th anniversary of the 2001 mill fire in Ashby.", "2025-03-10", "25th anniversary"),
    ("Hundreds of residents gathered yesterday to celebrate the 100th anniversary of the pier, which opened in 1926.",
     "2025-07-02", "100th anniversary"),
    ("The rugby club, founded in 1966, is celebrating its 60th anniversary this weekend.", "2025-06-14",
     "60th anniversary"),
    ("On Saturday, survivors met to mark the fortieth anniversary of the 1986 blast.", "2025-04-28",
     "fortieth anniversary"),
])
def test_anniversary_on_a_near_day_flagged(text, published, span):
    found = problems(text, published, "FC505")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("Veterans laid wreaths on Sunday to commemorate the 79th anniversary of the 1946 ferry disaster.", "2025-07-02"),
    ("Today marks the 24th anniversary of the 2001 mill fire in Ashby.", "2025-03-10"),
    # only the year of publication: a year either way, as before
    ("The town is marking the 60th anniversary of the 1966 flood.", "2025-07-02"),
    # near New Year the day may belong to the year before
    ("Veterans laid wreaths on Thursday to commemorate the 80th anniversary of the 1946 ferry disaster.", "2025-01-03"),
    # a season of events opened on the day may run ahead of the year
    ("The theatre launched on Monday a year of events to mark the 50th anniversary of its 1976 opening.", "2025-07-02"),
    ("Fans gathered on Monday to celebrate the start of the 50th anniversary season of the club, founded in 1976.",
     "2025-07-02"),
    ("Work began on Monday ahead of the 50th anniversary of the 1976 rising next year.", "2025-07-02"),
])
def test_anniversary_on_a_near_day_clean(text, published):
    assert not problems(text, published, "FC505")

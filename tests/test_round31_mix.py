"""Round 31 (mix): four general readings learnt from be-mix, each tried on five variants of its family that share
no content words with the case it came from, with clean twins next to them.

1. a part of today ("this morning", "this afternoon", "this evening") dates an anniversary's marking as today does;
2. a compound length after a period's end, joined by an ending word ("..., ending a 12-day strike"), is the period's;
3. "last July" / "next March" / "this January": a named month told from the publication date, against the year of
   the date or year beside it (also across a "when" clause whose figures are measures of its own);
(4. food energy conversions: tests/test_round31_mix_units.py)
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ------------------------------------------------------------ 1. a part of today marks the anniversary

ANNIVERSARY_FLAGS = [
    ("Veterans laid wreaths this morning to commemorate the 75th anniversary of the 1944 landings.",
     "75th anniversary", "2024-06-06"),
    ("This evening, the choir celebrates the 30th anniversary of its 1999 debut concert.",
     "30th anniversary", "2025-05-02"),
    ("The 50th anniversary of the 1968 flood was marked this afternoon with a service at St Mary's.",
     "50th anniversary", "2024-03-14"),
    ("Firefighters stood in silence at the memorial this morning, commemorating the 20th anniversary of the 2001 "
     "attacks.", "20th anniversary", "2024-09-11"),
    ("Centenary of 1931 pit disaster marked this afternoon", "Centenary", "2024-10-21"),
]


@pytest.mark.parametrize("text, target, published", ANNIVERSARY_FLAGS)
def test_part_of_today_marks_the_anniversary(text, target, published):
    assert_flagged(text, target, "FC505", published)


@pytest.mark.parametrize("text, published", [
    ("Veterans laid wreaths this morning to commemorate the 80th anniversary of the 1944 landings.", "2024-06-06"),
    ("This evening, the choir celebrates the 26th anniversary of its 1999 debut concert.", "2025-05-02"),
    ("The 56th anniversary of the 1968 flood was marked this afternoon with a service at St Mary's.", "2024-03-14"),
    ("Firefighters stood in silence at the memorial this morning, commemorating the 23rd anniversary of the 2001 "
     "attacks.", "2024-09-11"),
    # near New Year the day may belong to either year
    ("Crowds gathered this afternoon to mark the 35th anniversary of the 1989 fire.", "2025-01-01"),
    # the anniversary dated in another year of its own
    ("Firefighters stood in silence this morning; the 25th anniversary of the 2001 attacks will be marked in 2026.",
     "2024-09-11"),
    ("Staff met this morning to plan the 25th anniversary of the 2001 attacks, which falls in two years.",
     "2024-09-11"),
])
def test_part_of_today_anniversary_clean(text, published):
    assert_clean(text, published)


# ------------------------------------------------------------ 2. "..., ending a 12-day strike" after the period

PERIOD_FLAGS = [
    ("The ferry was grounded on 2 May and refloated on 9 May, ending a fortnight-long ordeal for its passengers.",
     "fortnight-long"),
    ("Teachers went on strike on Sept. 4 and went back on Sept. 10, bringing an end to a 12-day walkout.", "12-day"),
    ("The library closed on 1 February 2023 and reopened on 14 February, which ended the eight-week refurbishment.",
     "eight-week"),
    ("Flights were suspended on 20 June and resumed on 22 June, ending the nine-day suspension.", "nine-day"),
    ("The climbers set off on 1 August and came home on 5 August, ending a 10-day expedition in the Alps.", "10-day"),
    ("Porters walked out on 4 March 2021 and returned on 11 March, ending a 20-day stoppage that grounded flights.",
     "20-day"),
]


@pytest.mark.parametrize("text, target", PERIOD_FLAGS)
def test_length_of_the_period_ended(text, target):
    assert_flagged(text, target, "FC507")


@pytest.mark.parametrize("text", [
    "The ferry was grounded on 2 May and refloated on 16 May, ending a fortnight-long ordeal for its passengers.",
    "Teachers went on strike on Sept. 4 and went back on Sept. 10, bringing an end to a six-day walkout.",
    "The library closed on 1 February 2023 and reopened on 14 February, which ended the two-week refurbishment.",
    "Porters walked out on 4 March 2021 and returned on 11 March, ending an eight-day stoppage that grounded flights.",
    # "after": the return may come days after the end
    "Porters walked out on 4 March 2021 and returned on 11 March, after a 20-day dispute.",
    # the noun's own start told apart: another period
    "Porters walked out on 4 March and returned on 11 March, ending a 20-day dispute that began on 20 February.",
    # another time dated after the noun
    "Porters walked out on 4 March and returned on 11 March, ending a 20-day dispute over a pay offer made in 2020.",
])
def test_length_of_the_period_ended_clean(text):
    assert_clean(text)


# ------------------------------------------------------------ 3. "last July" and the year beside it

MONTH_FLAGS = [
    ("Turnout has not been this low since last May, when just 28% of voters cast ballots on 6 May 2021.",
     "last May", "2024-10-10"),
    ("Next March, on March 3, 2026, the agency will publish its first audit.", "Next March", "2024-11-01"),
    ("Prices have doubled since this January (2023), traders say.", "this January", "2025-03-10"),
    ("Shares hit a record last November, when the index closed at 8,120 points on 14 November 2021.",
     "last November", "2024-02-05"),
    ("Gas bills highest since last October, when the cap rose to £2,500 on 1 October 2022", "last October",
     "2024-12-01"),
]


@pytest.mark.parametrize("text, target, published", MONTH_FLAGS)
def test_named_month_against_its_year(text, target, published):
    assert_flagged(text, target, "FC502", published)


@pytest.mark.parametrize("text, published", [
    ("Turnout has not been this low since last May, when just 28% of voters cast ballots on 2 May 2024.",
     "2024-10-10"),
    # "last May" in October may be this May or the year before's
    ("Turnout has not been this low since last May, when just 28% of voters cast ballots on 4 May 2023.",
     "2024-10-10"),
    ("Next March, on March 3, 2025, the agency will publish its first audit.", "2024-11-01"),
    ("Prices have doubled since this January (2025), traders say.", "2025-03-10"),
    ("Shares hit a record last November, when the index closed at 8,120 points on 14 November 2023.", "2024-02-05"),
    ("Gas bills highest since last October, when the cap rose to £2,500 on 1 October 2024", "2024-12-01"),
    # another year in the sentence, not the month's
    ("Last July's heatwave was the worst since 2022, forecasters said.", "2024-07-30"),
    ("The mayor, elected last May, said the 2019 budget was a mistake.", "2024-07-30"),
    ("Sales rose last July, when the firm beat its 2019 record in July 2023.", "2024-07-30"),
    ("Sales rose last July, when the firm sold 4,000 cars in 12 days in July 2021.", "2024-07-30"),
    # a lower-case word, not the month
    ("Protesters will march this may, organisers said, though the 2019 march drew few.", "2024-07-30"),
])
def test_named_month_clean(text, published):
    assert_clean(text, published)


@pytest.mark.parametrize("which, month, published, years", [
    ("last", 7, "2024-07-30", (2023,)),
    ("last", 7, "2024-09-30", (2023, 2024)),
    ("next", 3, "2024-11-01", (2025,)),
    ("next", 12, "2024-11-01", (2024, 2025)),
    ("this", 1, "2025-03-10", (2025,)),
    ("this", 1, "2024-12-20", (2024, 2025)),
    ("this", 12, "2025-01-05", (2024, 2025)),
])
def test_named_month_years(which, month, published, years):
    import datetime as dt

    from checker.relate.dates import named_month_years
    assert named_month_years(which, month, dt.date.fromisoformat(published)) == years

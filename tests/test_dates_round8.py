"""Dates family, round 8: own paraphrases, each with a clean twin."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text, published=None, code=None):
    found = [f for f in check_text(text, published) if f.is_problem]
    return [f for f in found if code is None or f.rule == code]


# ------------------------------------------ a death announced on a stated day
@pytest.mark.parametrize("text,published,span", [
    ("The painter Ada Lusk, who was born on 9 June 1938, has died aged 81, her gallery announced on 1 November.",
     "2025-11-03", "aged 81"),
    ("Born on 12 December 1940, the former miner Ron Tate has died at the age of 90, the union confirmed on Sunday.",
     "2025-11-05", "90"),
    ("Ron Tate, who was born in Hull on 2 January 1950, has died aged 69, his club told reporters on 1 November 2025.",
     "2025-11-05", "aged 69"),
])
def test_death_announced_on_a_day_flagged(text, published, span):
    found = problems(text, published, "FC506")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text,published", [
    ("The painter Ada Lusk, who was born on 9 June 1938, has died aged 87, her gallery announced on 1 November.",
     "2025-11-03"),
    ("The painter Ada Lusk, who was born on 9 June 1938, has died aged 86, her gallery announced on 1 November.",
     "2025-11-03"),
    ("Born on 12 December 1940, the former miner Ron Tate has died at the age of 84, the union confirmed on Sunday.",
     "2025-11-05"),
    ("Ron Tate, who was born in Hull on 2 January 1950, has died aged 75, his club told reporters on 1 November 2025.",
     "2025-11-05"),
])
def test_death_announced_on_a_day_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ a role before the name, the birth in the next sentence
@pytest.mark.parametrize("text,published,span", [
    ("Veteran goalkeeper Tom Hale, 41, signed a one-year deal on Friday. He was born in Leeds on 2 October 1986 "
     "and made his debut in 2005.", "2025-09-01", "41"),
    ("The club's new head coach, Ana Vos, 52, arrived on Monday. Born in Utrecht in 1981, she coached the national "
     "side from 2015.", "2025-09-01", "52"),
    ("Retired welder Ed Roy, 66, still builds boats by hand. Born on 20 August 1961, he opened his yard in 1990.",
     "2025-06-01", "66"),
])
def test_titled_age_then_birth_flagged(text, published, span):
    found = problems(text, published, "FC506")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text,published", [
    ("Veteran goalkeeper Tom Hale, 38, signed a one-year deal on Friday. He was born in Leeds on 2 October 1986 "
     "and made his debut in 2005.", "2025-09-01"),
    ("The club's new head coach, Ana Vos, 44, arrived on Monday. Born in Utrecht in 1981, she coached the national "
     "side from 2015.", "2025-09-01"),
    ("Retired welder Ed Roy, 63, still builds boats by hand. Born on 20 August 1961, he opened his yard in 1990.",
     "2025-06-01"),
    # the birth of another person of the name, or of someone beside the first
    ("The club's new head coach, Ana Vos, 52, arrived on Monday. Born in Utrecht in 1981, Piet Vos coached the "
     "national side from 2015.", "2025-09-01"),
    ("Retired nurse Jean Platt, 70, and her husband Ray have lived there since 1980. She was born in 1961.",
     "2025-09-01"),
])
def test_titled_age_then_birth_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ a length granted, its purpose, then the range
@pytest.mark.parametrize("text,published,span", [
    ("The council was given 21 days to answer the auditor's report - from 2 June to 14 July - and did not.",
     "2025-08-01", "21 days"),
    ("Voters had ten days to register, from 2 to 20 May.", "2025-08-01", "ten days"),
    ("Bidders were allowed 30 days, from 1 March to 15 April, to submit offers.", "2025-08-01", "30 days"),
    ("The bridge was shut for 12 days to replace the deck - from 3 to 29 September.", "2025-10-01", "12 days"),
])
def test_granted_window_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text,published", [
    ("The council was given 42 days to answer the auditor's report - from 2 June to 14 July - and did not.",
     "2025-08-01"),
    ("Voters had 18 days to register, from 2 to 20 May.", "2025-08-01"),
    ("Bidders were allowed 45 days, from 1 March to 15 April, to submit offers.", "2025-08-01"),
    ("The bridge was shut for 26 days to replace the deck - from 3 to 29 September.", "2025-10-01"),
    # the range belongs to another clause
    ("Fans had 10 days to buy tickets, and from 2 to 20 May the box office was open.", "2025-08-01"),
    ("Staff had 10 days to object to the plan, first published on 2 May, and 3,000 did so by 20 May.", "2025-08-01"),
])
def test_granted_window_clean(text, published):
    assert not problems(text, published)


def test_granted_window_not_an_event_range():
    # the range may be the tour's own, not the time granted
    assert not problems("The squad had ten days to prepare for the tour, from 2 to 20 May.", "2025-08-01")
    assert not problems("The squad had ten days to get ready before the tour - from 2 to 20 May -.", "2025-08-01")


# a year in another clause, or an anniversary's week, does not date the weekday or the relative phrase
@pytest.mark.parametrize("text,published", [
    ("Opened in 1902, the theatre will reopen on Friday 13 March after a two-year refit.", "2026-02-01"),
    ("The poet was born 150 years ago this week, on 4 March 1876, and a reading is planned for Friday.",
     "2026-03-02"),
])
def test_a_year_or_anniversary_of_another_clause_stays_silent(text, published):
    assert not [f for f in check_text(text, published) if f.is_problem], check_text(text, published)

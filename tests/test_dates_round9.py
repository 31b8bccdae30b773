"""Dates family, round 9: own paraphrases, each with a clean twin."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text, published=None, code=None):
    found = [f for f in check_text(text, published) if f.is_problem]
    return [f for f in found if code is None or f.rule == code]


# ------------------------------------------ an age at death, the birth in the next sentence
@pytest.mark.parametrize("text,published,span", [
    ("The sculptor Mara Quell, whose bronzes stand in six cities, has died aged 79. Born on 2 August 1941 in "
     "Bristol, she sold her first piece at the age of 17.", "2025-10-06", "aged 79"),
    ("Former jockey Len Hardy has died aged 70. He was born in Newmarket on 30 May 1951.", "2025-06-10", "aged 70"),
    ("Dame Ida Wren, who led the city orchestra for 20 years, has died aged 101. Born on 5 January 1927, she "
     "trained in Vienna.", "2025-02-01", "aged 101"),
])
def test_death_age_then_birth_flagged(text, published, span):
    found = problems(text, published, "FC506")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text,published", [
    ("The sculptor Mara Quell, whose bronzes stand in six cities, has died aged 84. Born on 2 August 1941 in "
     "Bristol, she sold her first piece at the age of 17.", "2025-10-06"),
    ("Former jockey Len Hardy has died aged 74. He was born in Newmarket on 30 May 1951.", "2025-06-10"),
    ("Dame Ida Wren, who led the city orchestra for 20 years, has died aged 98. Born on 5 January 1927, she "
     "trained in Vienna.", "2025-02-01"),
    # two people: the birth may be the other's
    ("Len Hardy and his trainer Bob Sims have both died aged 70. He was born in Newmarket on 30 May 1951.",
     "2025-06-10"),
])
def test_death_age_then_birth_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ a relative clause between the name and "was born"
@pytest.mark.parametrize("text,published,span", [
    ("Dr Nia Bowen, who led the review, was born on 11 April 1970 in Cardiff. Bowen, 51, said the findings "
     "were clear.", "2025-08-01", "51"),
    ("Colin Prest, the club's longest-serving groundsman, was born on 20 July 1958. Prest, 61, retires on "
     "Friday.", "2025-07-30", "61"),
])
def test_birth_after_relative_clause_flagged(text, published, span):
    found = problems(text, published, "FC506")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text,published", [
    ("Dr Nia Bowen, who led the review, was born on 11 April 1970 in Cardiff. Bowen, 55, said the findings "
     "were clear.", "2025-08-01"),
    ("Colin Prest, the club's longest-serving groundsman, was born on 20 July 1958. Prest, 67, retires on "
     "Friday.", "2025-07-30"),
])
def test_birth_after_relative_clause_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ two days joined by "and", the time between after the second
@pytest.mark.parametrize("text,published,span", [
    ("The museum closed on 6 January and reopened on 21 February, after 56 days of rewiring.", "2026-03-01",
     "56 days"),
    ("The line was suspended on 2 March 2025 and restored on 16 March 2025 - 24 days without trains.", None,
     "24 days"),
    ("Strikers walked out on 9 May and returned on 30 May (12 days).", "2026-06-02", "12 days"),
    ("The exhibition ran from 14 February to 9 March, a total of 34 days.", "2026-03-20", "34 days"),
    ("The truce, signed on 5 August, lasted 19 days until fighting resumed on 31 August.", "2026-09-02", "19 days"),
])
def test_days_between_two_dates_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text,published", [
    ("The museum closed on 6 January and reopened on 21 February, after 46 days of rewiring.", "2026-03-01"),
    ("The line was suspended on 2 March 2025 and restored on 16 March 2025 - 14 days without trains.", None),
    ("Strikers walked out on 9 May and returned on 30 May (21 days).", "2026-06-02"),
    ("The exhibition ran from 14 February to 9 March, a total of 24 days.", "2026-03-20"),
    ("The truce, signed on 5 August, lasted 26 days until fighting resumed on 31 August.", "2026-09-02"),
    # "until" with no day it began: the length is of something else
    ("Talks went on for 19 days until a deal was struck on 31 August.", "2026-09-02"),
    # a dateline's day is not the day the period began
    ("OSLO, April 3 - The lender offered to extend the loans for 45 days until June 30, a spokesman said.",
     "2026-04-03"),
    # the time is not the time between: a length of something else
    ("The museum closed on 6 January and reopened on 21 February, after 12 days of rewiring and weeks of "
     "cleaning.", "2026-03-01"),
])
def test_days_between_two_dates_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ spans of years: a century, "the 1966 final ... N years ago",
# "celebrated N years together this week" after "married in"
@pytest.mark.parametrize("text,published,span", [
    ("The lighthouse has guided ships for two centuries since it was lit in 1890.", "2026-05-14", "two centuries"),
    ("The 1984 strike ended 32 years ago.", "2026-05-14", "32 years"),
    ("Their 2003 debut album came out 13 years ago.", "2026-05-14", "13 years"),
    ("The pair, who married in 1974, celebrated 62 years together on Saturday.", "2026-05-14", "62 years"),
])
def test_year_spans_flagged(text, published, span):
    found = problems(text, published)
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text,published", [
    ("The lighthouse has guided ships for more than a century since it was lit in 1890.", "2026-05-14"),
    ("The 1984 strike ended 42 years ago.", "2026-05-14"),
    ("Their 2003 debut album came out 23 years ago.", "2026-05-14"),
    ("The pair, who married in 1974, celebrated 52 years together on Saturday.", "2026-05-14"),
    # a past celebration, not now
    ("The pair, who married in 1974, celebrated 40 years together in 2014.", "2026-05-14"),
    # the year of another clause
    ("The 1984 strike, which her father joined, was in the news 10 years ago.", "2026-05-14"),
])
def test_year_spans_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ a birthday just reached, then "The N-year-old"
@pytest.mark.parametrize("text,published,span", [
    ("Retired nurse Ivy Bell celebrated her 105th birthday at her care home on Sunday. The 104-year-old "
     "received a card from the King.", "2026-02-03", "104-year-old"),
    ("Bandleader Stan Moss turned 80 last week. The 88-year-old still plays every Friday.", "2026-02-03",
     "88-year-old"),
])
def test_birthday_age_flagged(text, published, span):
    found = problems(text, published, "FC510")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text,published", [
    ("Retired nurse Ivy Bell celebrated her 105th birthday at her care home on Sunday. The 105-year-old "
     "received a card from the King.", "2026-02-03"),
    ("Bandleader Stan Moss turns 80 next week. The 79-year-old still plays every Friday.", "2026-02-03"),
    ("Ivy Bell and her friend May Cole marked her 105th birthday on Sunday. The 98-year-old baked the cake.",
     "2026-02-03"),
])
def test_birthday_age_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ two days of one clause with no year anywhere
def test_days_between_two_dates_without_any_year():
    text = "The lido closed on 2 June and reopened on 30 June, after 38 days of repairs."
    found = problems(text, None, "FC507")
    assert [text[f.start:f.end] for f in found] == ["38 days"]
    assert not problems("The lido closed on 2 June and reopened on 30 June, after 28 days of repairs.")
    # 29 February may fall between: no count without a year
    assert not problems("The lido closed on 2 February and reopened on 30 March, after 40 days of repairs.")


# ------------------------------------------ "N years after the YEAR EVENT," opening a lead; "..., and the
# N-year-old" for the sentence's one person born on a stated day; "his late father" is no death of the subject
@pytest.mark.parametrize("text,published,span", [
    ("Forty years after the 1976 drought, reservoirs in the county are again below half.", "2026-07-01",
     "Forty years"),
    ("The painter, born on 2 May 1950, opened a retrospective on Monday, and the 71-year-old thanked her late "
     "mother.", "2026-06-10", "71-year-old"),
])
def test_round9_years_and_ages_flagged(text, published, span):
    found = problems(text, published)
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text,published", [
    ("Fifty years after the 1976 drought, reservoirs in the county are again below half.", "2026-07-01"),
    ("The painter, born on 2 May 1950, opened a retrospective on Monday, and the 76-year-old thanked her late "
     "mother.", "2026-06-10"),
    # another person named between: whose age?
    ("The painter, born on 2 May 1950, opened a show with Tom Reed on Monday, and the 71-year-old thanked "
     "her.", "2026-06-10"),
])
def test_round9_years_and_ages_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ a fronted day without a year: the main clause's tense picks the year
@pytest.mark.parametrize("text,published,flag", [
    ("On Friday 14 March, she set a world record in Paris.", "2026-01-10", False),   # 14 March 2025
    ("On Friday 14 March, she will race in Paris.", "2026-01-10", True),            # 14 March 2026 is a Saturday
    ("On Saturday 14 March, she will race in Paris.", "2026-01-10", False),
    # the publication year's reading agrees: silent, though the tense points to 2025 (a Friday)
    ("On Saturday 14 March, she set a world record in Paris.", "2026-01-10", False),
])
def test_fronted_day_year_from_tense(text, published, flag):
    assert bool(problems(text, published, "FC501")) == flag

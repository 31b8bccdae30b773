"""Dates family, round 14: own paraphrases, each with a clean twin."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text, published=None, code=None):
    found = [f for f in check_text(text, published) if f.is_problem]
    return [f for f in found if code is None or f.rule == code]


def spans(text, published, code):
    out = []
    for f in problems(text, published, code):
        out.append(text[f.start:f.end].rstrip("."))
        out += [text[r.start:r.end].rstrip(".") for r in f.related]
    return out


# ------------------------------------------ "At 41, the striker, born in ..., is ...": a fronted age of the
# subject, told in the present, is the age now
@pytest.mark.parametrize("text,published,span", [
    ("At 41, the goalkeeper, born in August 1988, is the oldest man in the league.", "2025-09-20", "41"),
    ("At 29, Mia Holt, who was born on 2 June 1991, remains the youngest judge on the bench.", "2025-07-01", "29"),
    ("At just 52, the chief executive, born in 1961, is stepping down next month.", "2025-03-03", "52"),
    ("At 67, the former miner, born in March 1953, still walks the fells every weekend.", "2024-10-10", "67"),
])
def test_fronted_at_age_present_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("At 37, the goalkeeper, born in August 1988, is the oldest man in the league.", "2025-09-20"),
    ("At 34, Mia Holt, who was born on 2 June 1991, remains the youngest judge on the bench.", "2025-07-01"),
    # a past main verb: the age at some earlier time
    ("At 52, the chief executive, born in 1961, was the youngest on the board.", "2025-03-03"),
    ("At 20, the former miner, born in March 1953, walked the fells every weekend.", "2024-10-10"),
])
def test_fronted_at_age_present_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ "Now 38, she ...": the age now in the sentence after the birth,
# even when that sentence tells of a later year
@pytest.mark.parametrize("text,published,span", [
    ("The publican, born on 3 April 1981, bought the Plough in 2012. Now 47, he says trade has never been better.",
     "2025-11-02", "47"),
    ("The coach, born in May 1970, took charge in 2019. Now 61, she has signed a new deal.", "2025-08-15", "61"),
    ("Ann Tully was born in 1949 and joined the choir in 1975. Now seventy, she still sings every Sunday.",
     "2026-01-20", "seventy"),
])
def test_now_age_after_birth_with_later_year_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("The publican, born on 3 April 1981, bought the Plough in 2012. Now 44, he says trade has never been better.",
     "2025-11-02"),
    ("The coach, born in May 1970, took charge in 2019. Now 55, she has signed a new deal.", "2025-08-15"),
    # the age in the next sentence is not said to be now
    ("The coach, born in May 1970, took charge in 2019. The 49-year-old won the league at once.", "2025-08-15"),
])
def test_now_age_after_birth_with_later_year_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ a date, then its distance set apart with a word of precision:
# "the floods of July 2007, exactly 15 years ago this week"
@pytest.mark.parametrize("text,published,span", [
    ("The bridge collapse of March 2011, exactly ten years ago this month, still haunts the town.", "2024-03-10",
     "ten years"),
    ("Fans still talk about the final of May 1999, some 30 years ago, as the club's finest hour.", "2025-06-02",
     "some 30 years"),
    ("Survivors of the 2004 tsunami, exactly 25 years ago, gathered on the beach at dawn.", "2024-12-26",
     "25 years"),
    ("Her debut came in the summer of 1990 - just 20 years ago - against Wales.", "2025-05-01", "20 years"),
])
def test_date_then_exact_years_ago_flagged(text, published, span):
    assert span in spans(text, published, "FC504")


@pytest.mark.parametrize("text,published", [
    ("The bridge collapse of March 2011, exactly 13 years ago this month, still haunts the town.", "2024-03-10"),
    ("Fans still talk about the final of May 1999, some 26 years ago, as the club's finest hour.", "2025-06-02"),
    ("Survivors of the 2004 tsunami, almost 20 years ago, gathered on the beach at dawn.", "2024-11-01"),
    ("Survivors of the 2004 tsunami, exactly 20 years ago, gathered on the beach at dawn.", "2024-12-26"),
    ("Her debut came in the summer of 1990 - just 35 years ago - against Wales.", "2025-05-01"),
])
def test_date_then_exact_years_ago_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ an event's edition and the year it was first held: at most one
# edition a year (one more for next year's)
@pytest.mark.parametrize("text,published,span", [
    ("The regatta, first staged in 2011, holds its 19th edition on Saturday.", "2025-07-01", "19th"),
    ("First run in 1998, the marathon will celebrate its 32nd running next month.", "2025-03-14", "32nd"),
    ("The twelfth edition of the book fair, first held in 2020, opens on Friday.", "2025-10-06", "twelfth"),
    ("Riders gather on Sunday for the cup's 40th staging; it was first contested in 1995.", "2024-08-30", "40th"),
])
def test_edition_against_first_held_flagged(text, published, span):
    assert span in spans(text, published, "FC503")


@pytest.mark.parametrize("text,published", [
    ("The regatta, first staged in 2011, holds its 15th edition on Saturday.", "2025-07-01"),
    ("First run in 1998, the marathon will celebrate its 29th running next month.", "2025-03-14"),
    # fewer editions than years: cancelled or held less often
    ("The twelfth edition of the book fair, first held in 2008, opens on Friday.", "2025-10-06"),
    # more often than yearly, or not an event
    ("The monthly market, first held in 2019, hosts its 70th edition on Saturday.", "2025-05-01"),
    ("The magazine, first published in 2005, prints its 250th edition this week.", "2025-05-01"),
    ("The race, first held in 2005, returns on Sunday for its 25th edition.", None),
])
def test_edition_against_first_held_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ a length in years, where or as what it was spent, then the range
@pytest.mark.parametrize("text,published,span", [
    ("He served nine years as mayor, from 2009 to 2022.", "2025-03-01", "nine years"),
    ("She spent 14 years at the club, from 2001 to 2021, and won three titles.", "2025-03-01", "14 years"),
    ("Okoye worked for 30 years on the railways (1975-2012) before retiring.", "2025-03-01", "30 years"),
    ("The pair lived for eight years in Lisbon, between 2010 and 2022.", "2025-03-01", "eight years"),
])
def test_years_spent_then_range_flagged(text, published, span):
    assert span in spans(text, published, "FC504")


@pytest.mark.parametrize("text,published", [
    ("He served 13 years as mayor, from 2009 to 2022.", "2025-03-01"),
    ("She spent 20 years at the club, from 2001 to 2021, and won three titles.", "2025-03-01"),
    ("Okoye worked for 37 years on the railways (1975-2012) before retiring.", "2025-03-01"),
    ("The pair lived for 12 years in Lisbon, between 2010 and 2022.", "2025-03-01"),
])
def test_years_spent_then_range_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ "is now 38 and plays ...": "now" marks the age whatever follows
@pytest.mark.parametrize("text,published,span", [
    ("Nadia Sousa, who was born in 1990, is now 38 and coaches the under-12s.", "2025-03-01", "38"),
    ("Born in May 1961, the former miner is now 58 and runs a cafe in Barnsley.", "2025-07-01", "58"),
])
def test_is_now_age_and_verb_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("Nadia Sousa, who was born in 1990, is now 34 and coaches the under-12s.", "2025-03-01"),
    ("Born in May 1961, the former miner is now 64 and runs a cafe in Barnsley.", "2025-07-01"),
])
def test_is_now_age_and_verb_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ "since 1998 - 27 years -": years from a year to now, set apart
@pytest.mark.parametrize("text,published,span", [
    ("Patel has run the corner shop since 1998 - 22 years - and has no plans to retire.", "2025-04-02", "22 years"),
    ("The lifeboat has been stationed at Eyemouth since 1989 (30 years).", "2025-04-02", "30 years"),
    ("Volunteers have staffed the hut for 25 years, since 2009.", "2025-04-02", "25 years"),
    ("She has lived in the village since March 1975 - almost 40 years.", "2025-04-02", "almost 40 years"),
])
def test_since_year_then_years_flagged(text, published, span):
    assert span in spans(text, published, "FC504")


@pytest.mark.parametrize("text,published", [
    ("Patel has run the corner shop since 1998 - 27 years - and has no plans to retire.", "2025-04-02"),
    ("The lifeboat has been stationed at Eyemouth since 1989 (36 years).", "2025-04-02"),
    ("Volunteers have staffed the hut for 16 years, since 2009.", "2025-04-02"),
    ("She has lived in the village since March 1975 - almost 50 years.", "2025-04-02"),
    # told of a past time: not up to now
    ("Patel had run the corner shop since 1998 - 22 years - when it closed.", "2025-04-02"),
])
def test_since_year_then_years_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ a period with its length told between its ends ("began on D1 and
# lasted N days, ending on D2") or before participles of them ("runs for N days, starting on D1 and ...")
@pytest.mark.parametrize("text,published,span", [
    ("The walkout began on 4 June and lasted nine days, ending on 19 June.", "2025-07-01", "nine days"),
    ("The exhibition runs for 12 days, opening on 3 May and closing on 20 May.", "2025-04-01", "12 days"),
    ("Repairs started on 2 February and went on for three weeks, finishing on 9 March.", "2025-04-01",
     "three weeks"),
])
def test_length_between_or_before_its_ends_flagged(text, published, span):
    assert span in spans(text, published, "FC507")


@pytest.mark.parametrize("text,published", [
    ("The walkout began on 4 June and lasted 15 days, ending on 19 June.", "2025-07-01"),
    ("The exhibition runs for 18 days, opening on 3 May and closing on 20 May.", "2025-04-01"),
    ("Repairs started on 2 February and went on for five weeks, finishing on 9 March.", "2025-04-01"),
])
def test_length_between_or_before_its_ends_clean(text, published):
    assert not problems(text, published)

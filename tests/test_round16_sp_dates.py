"""Round 16, dates (checker/relate/dates.py): perturbation tables of four readings, each flagged row with its
clean twin (same words, the figures made consistent).

* a weekday date whose year the text leaves open: a two-year span written in the text ("its 2024-25 season")
  or an earlier day of the paragraph later in the calendar ("opens on Thursday, September 12 ... ends on
  Saturday, June 28") lets the day and month fall in the next year; silent when that reading agrees, still
  flagged when no reading does;
* the day of a death after where it happened ("died at her home in Leeds on Thursday aged 75");
* a running count of seasons against the year it began ("now in its 21st season, was launched in 2014");
* "the N-year-old" inside a sentence with a second object after it ("That earned the 21-year-old a place").
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---------------------------------------------------------------- weekday, year left open
# published 2024-04-17: 28 June 2024 is a Friday, 28 June 2025 a Saturday; 12 September 2024 a Thursday
PUB_OPEN = "2024-04-17"
OPEN_YEAR = [
    # (text with {wd}, flag weekday, clean weekday)
    ("The choir's 2024-25 season closes on {wd}, June 28.", "Sunday", "Saturday"),
    ("The choir's 2024-25 season closes on {wd}, June 28, the director said.", "Sunday", "Saturday"),
    ("The choir's 2024/25 season closes on {wd}, June 28.", "Sunday", "Saturday"),
    ("The choir's 2024/2025 season (its 40th) closes on {wd}, June 28.", "Thursday", "Saturday"),
    ("The company announced its 2024-2025 programme on Wednesday. The last night is {wd}, June 28.", "Monday",
     "Saturday"),
    ("In its 2024-25 season the club plays 30 home games; the final one is on {wd}, June 28.", "Tuesday",
     "Saturday"),
    ("The tour opens on Thursday, September 12 in Leeds. It ends on {wd}, June 28 in Bath.", "Sunday",
     "Saturday"),
    ("The tour opens on Thursday, September 12 in Leeds and ends on {wd}, June 28 in Bath.", "Sunday",
     "Saturday"),
    ("The tour, which opens on Thursday, September 12, visits eight towns and closes on {wd}, June 28.",
     "Monday", "Saturday"),  # (28 June 2023, within reach, was a Wednesday)
    # the publication year's reading agrees: still clean (and its flagged twin still flagged)
    ("The choir's 2024-25 season opens on {wd}, September 12.", "Saturday", "Thursday"),
]


@pytest.mark.parametrize("text,flag,clean", OPEN_YEAR)
def test_weekday_year_left_open(text, flag, clean):
    assert_flagged(text.format(wd=flag), f"{flag}, ", "FC501", PUB_OPEN)
    assert_clean(text.format(wd=clean), PUB_OPEN)


# ---------------------------------------------------------------- death day after the place
# published 2024-03-01 (a Friday): Thursday is 29 February 2024; born 3 June 1950 -> 73 that day
PUB_DEATH = "2024-03-01"
DEATHS = [
    "The poet Ana Ruiz, who was born on 3 June 1950, died at her home in Leeds on Thursday aged {n}.",
    "The poet Ana Ruiz, who was born on 3 June 1950, died at her home in Leeds on Thursday aged {n}, her "
    "publisher said.",
    "The poet Ana Ruiz, who was born on 3 June 1950, died in hospital on Thursday aged {n}.",
    "The painter Tom Hale, who was born on 3 June 1950, died at his home near York on 29 February aged {n}.",
    "The poet Ana Ruiz, who was born on 3 June 1950, died peacefully at her home in Leeds on Thursday aged {n}.",
    "The poet Ana Ruiz (born 3 June 1950) died at her home in Leeds on Thursday aged {n}.",
]


@pytest.mark.parametrize("text", DEATHS)
def test_death_day_after_place(text):
    assert_flagged(text.format(n="75"), "75", "FC506", PUB_DEATH)
    assert_clean(text.format(n="73"), PUB_DEATH)


# ---------------------------------------------------------------- seasons
# published 2025-04-15: begun in 2014, at most the 12th season (13th counting next year's)
PUB_SEASON = "2025-04-15"
SEASONS = [
    ("The hockey league, now in its {n} season, was launched in 2014 with eight clubs.", "21st", "12th"),
    ("The hockey league, now in its {n} season, was launched in 2014 with eight clubs, its chair said.", "21st",
     "11th"),
    ("Now in its {n} season, the cup began in 2014 with eight clubs.", "twentieth", "eleventh"),
    ("The relay league, which was founded in 2014, starts its {n} season on Saturday.", "19th", "12th"),
    ("The hockey league - now in its {n} season - was launched in 2014.", "15th", "12th"),
]


@pytest.mark.parametrize("text,flag,clean", SEASONS)
def test_running_seasons(text, flag, clean):
    assert_flagged(text.format(n=flag), flag, "FC503", PUB_SEASON)
    assert_clean(text.format(n=clean), PUB_SEASON)


@pytest.mark.parametrize("text", [
    "The quiz show, now in its 30th season, premiered in 2011.",  # two seasons a year on screen
    "The league, which plays twice a year, is now in its 21st season and began in 2014.",  # more than yearly
])
def test_running_seasons_clean_guards(text):
    assert_clean(text, PUB_SEASON)


# ---------------------------------------------------------------- "the N-year-old" with a second object
# published 2025-09-27: born 4 March 2006 -> 19
PUB_AGE = "2025-09-27"
OBJECTS = [
    "Ruth Kane, who was born on 4 March 2006, won the county title. That earned the {n}-year-old a place in "
    "the squad.",
    "Ruth Kane, who was born on 4 March 2006, won the county title. The win gave the {n}-year-old her first cap.",
    "Ruth Kane, who was born on 4 March 2006, won the county title. With two rounds left, selectors handed "
    "the {n}-year-old the captaincy.",
    "Ruth Kane, who was born on 4 March 2006, won the county title in May. That earned the {n}-year-old an "
    "invitation to the trials, her coach said.",
]


@pytest.mark.parametrize("text", OBJECTS)
def test_age_with_second_object(text):
    assert_flagged(text.format(n="21"), "21-year-old", "FC506", PUB_AGE)
    assert_clean(text.format(n="19"), PUB_AGE)

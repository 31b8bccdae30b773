"""Round 18, dates and ages (checker/relate/dates.py; the day count of checker/rules/dates.py).

* "Ann Roe, who was born on 3 May 1931 and ran the shop for 40 years, died on Sunday aged 90": a second verb of
  the subject's own "who was born" clause is no second person (``_AND_CLAUSE_THEN_AGE_VERB`` in dates); "died on Sunday at
  90," is the age at death (``_DIED_AT``);
* "will mark its 150th anniversary this summer": a season named from publication dates the anniversary
  (``_near_season``; "next summer" before the summer is left alone);
* "opened on Thursday, 11 November, and closed three days later, on Monday": a bare weekday counted from the
  dated other end within one week (``_weekday_from_other``), and a count from one day to another ("N days
  later/after/before/earlier") is a day short for counting both days, never a day over (FC507);
* "Sunday marks 30 years since the bombing of the market in Leith on 15 June 1996" / "Sunday is the 30th
  anniversary of the bombing ... on 15 June 1996": with the marking day told first, a past date after the event's
  noun is the event's (``_SINCE_EVENT_ON``); "Sunday will mark ..." / "On Sunday the town will commemorate ...":
  the coming day's year (``_WILL_MARK``); "marks exactly 30 years since";
* "The death of Dean Holt, 41, who was found unresponsive on Friday, 3 May. Holt, who joined in 2009 at the age of
  22, ...": an age at a dated death on a name and the age then of the next sentence, on that surname or "He"/"She"
  (``find_ages_then_dead``; the death day, not publication, is the age's day).

Each flagged row has a clean twin (same words, figures that agree); guard rows stay silent."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- born, a second verb of the same clause, then the age at a dated death -----------------------------
PUB_DEATH = "2022-06-20"  # a Monday: Sunday is 19 June, Friday 17 June; born 9 May 1924 -> 98 on either
# (name, text with {age}): flagged with 93, clean with 98
DEATH_ROWS = [
    ("plain", "Walter Brice, who was born on 9 May 1924 and kept the lighthouse for 30 years, died on Sunday "
     "aged {age}."),
    ("later, weekday set apart, attribution", "Walter Brice, who was born in Hull on 9 May 1924 and later taught at "
     "the grammar school, died on Friday, aged {age}, his son said."),
    ("passed away, written length", "Walter Brice, who was born on 9 May 1924 and kept the lighthouse for three "
     "decades, passed away on Sunday aged {age}, his family said."),
    ("his father's farm", "Walter Brice, who was born on 9 May 1924 and ran his father's farm for 30 years, died "
     "on Sunday aged {age}."),
    ("at the age of", "Walter Brice, who was born on 9 May 1924 and afterwards served in the navy, died peacefully on "
     "Sunday at the age of {age}."),
    ("at N", "Walter Brice, who was born on 9 May 1924, died on Sunday at {age}."),
    ("at N, where, attribution", "Walter Brice, who was born on 9 May 1924, died in hospital on Sunday at {age}, "
     "his daughter said."),
    ("a year in the second verb", "Walter Brice, who was born on 9 May 1924 and moved to Skye in 1960, died on "
     "Sunday aged {age}."),
    ("a span of years in the second verb", "Walter Brice, who was born on 9 May 1924 and kept the light from 1950 to "
     "1980, died on Sunday aged {age}."),
    ("at N, second verb", "Walter Brice, who was born on 9 May 1924 and built boats on the Tyne, died on Friday at "
     "{age}."),
]


@pytest.mark.parametrize("name, text", DEATH_ROWS, ids=[r[0] for r in DEATH_ROWS])
def test_birth_clause_then_death(name, text):
    assert_flagged(text.format(age="93"), "93", "FC506", PUB_DEATH)
    assert_clean(text.format(age="98"), PUB_DEATH)


DEATH_GUARDS = [
    ("another's death in the clause", "Walter Brice, who was born on 9 May 1924 and married Ann Cole, who died on "
     "Sunday aged 90, kept the lighthouse."),
    ("whose wife", "Walter Brice, who was born on 9 May 1924 and whose wife, Ann, died on Sunday aged 90, kept the "
     "lighthouse."),
    ("mother's birth", "Walter Brice, whose mother was born on 9 May 1924 and ran the farm, died on Sunday aged 70."),
    ("a second subject", "Walter Brice, who was born on 9 May 1924 and his brother Tom, died on Sunday aged 70."),
    ("at a house number", "Walter Brice, who was born on 9 May 1924, died on Sunday at 14 Mill Lane."),
]


@pytest.mark.parametrize("name, text", DEATH_GUARDS, ids=[r[0] for r in DEATH_GUARDS])
def test_birth_clause_guards(name, text):
    assert_clean(text, PUB_DEATH)


# ---- an anniversary this summer, last spring, next autumn ------------------------------------------------
PUB_SEASON = "2025-03-01"
# (name, text with {n}, published, flagged, clean): the thing opened in 1901
SEASON_ROWS = [
    ("will mark this summer", "The bandstand in Marlow Park, which opened in 1901, will mark its {n} anniversary "
     "this summer with a concert.", PUB_SEASON, "120th", "124th"),
    ("this summer opening the sentence", "This summer the school, which opened in 1901, will mark its {n} "
     "anniversary.", PUB_SEASON, "120th", "124th"),
    ("later this summer, attribution", "Later this summer the bandstand, built in 1901, will celebrate its {n} "
     "anniversary, organisers said.", PUB_SEASON, "125th", "124th"),
    ("birthday", "The bandstand, built in 1901, will celebrate its {n} birthday this summer.", PUB_SEASON,
     "120th", "124th"),
    ("preparing, dash", "The bandstand, which opened in 1901, is preparing for its {n} anniversary this summer - "
     "with a concert.", PUB_SEASON, "120th", "124th"),
    ("brackets, last summer", "The bandstand (opened in 1901) celebrated its {n} anniversary last summer.",
     PUB_SEASON, "120th", "123rd"),
    ("last spring after the spring", "The bandstand, which opened in 1901, marked its {n} anniversary last spring.",
     "2025-10-01", "120th", "124th"),
    ("next autumn once autumn began", "The bandstand, which opened in 1901, will mark its {n} anniversary next "
     "autumn.", "2025-10-01", "120th", "125th"),
    ("years since", "The bandstand, which opened in 1901, will mark {n} years since it opened this autumn.",
     PUB_SEASON, "120", "124"),
    ("this fall", "The museum, which opened in 1901, will mark its {n} anniversary this fall.", PUB_SEASON, "120th",
     "124th"),
    ("a month this year", "The station, which opened in 1901, will mark its {n} anniversary this June.", PUB_SEASON,
     "120th", "124th"),
    ("last June, before June", "The station, which opened in 1901, marked its {n} anniversary last June.",
     PUB_SEASON, "120th", "123rd"),
    ("a thing turns N this summer", "Opened in 1975, the lido turns {n} this summer.", PUB_SEASON, "45", "50"),
    ("a thing turned N last summer", "The lido, which opened in 1975, turned {n} last summer.", PUB_SEASON, "45",
     "49"),
]


@pytest.mark.parametrize("name, text, pub, bad, good", SEASON_ROWS, ids=[r[0] for r in SEASON_ROWS])
def test_anniversary_in_a_season(name, text, pub, bad, good):
    assert_flagged(text.format(n=bad), bad, "FC505", pub)
    assert_clean(text.format(n=good), pub)


def test_jubilee_this_autumn():
    text = "The choir, formed in {start}, will celebrate its golden jubilee this autumn."
    assert_flagged(text.format(start="1965"), "golden jubilee", "FC505", PUB_SEASON)
    assert_clean(text.format(start="1975"), PUB_SEASON)


# a person's age turned in a season: exactly that season's year less the birth year
TURN_ROWS = [
    ("this summer", "Ann Roe, who was born in 1955, turns {n} this summer.", "60", "70"),
    ("last summer, attribution", "Ann Roe, who was born in 1955, turned {n} last summer, her agent said.", "60",
     "69"),
    ("a month", "Ann Roe, who was born in 1955, turns {n} this May.", "60", "70"),
]


@pytest.mark.parametrize("name, text, bad, good", TURN_ROWS, ids=[r[0] for r in TURN_ROWS])
def test_age_turned_in_a_season(name, text, bad, good):
    assert_flagged(text.format(n=bad), bad, "FC506", PUB_SEASON)
    assert_clean(text.format(n=good), PUB_SEASON)


SEASON_GUARDS = [
    ("next summer for a person before the summer", "Ann Roe, who was born in 1955, turns 70 next summer.",
     PUB_SEASON),
    ("last February, just after February", "The station, which opened in 1901, marked its 124th anniversary last "
     "February.", PUB_SEASON),
    ("a fall in numbers", "The museum, which opened in 1975, marked its 45th anniversary despite last fall in "
     "visitor numbers.", PUB_SEASON),
    ("this may, a verb", "The station, which opened in 1901, said this may be its 120th anniversary year.",
     PUB_SEASON),
    ("next summer before the summer", "The bandstand, which opened in 1901, will mark its 124th anniversary next "
     "summer.", PUB_SEASON),
    ("next summer before the summer, other reading", "The bandstand, which opened in 1901, will mark its 125th "
     "anniversary next summer.", PUB_SEASON),
    ("winter", "The bandstand, which opened in 1901, will mark its 125th anniversary this winter.", "2025-12-10"),
    ("season of another clause", "The bandstand, which opened in 1901 and was repainted last summer, will mark its "
     "125th anniversary in 2026.", PUB_SEASON),
]


@pytest.mark.parametrize("name, text, pub", SEASON_GUARDS, ids=[r[0] for r in SEASON_GUARDS])
def test_season_guards(name, text, pub):
    assert_clean(text, pub)


# ---- N days later, on a bare weekday; a point count is never a day over ---------------------------------------
PUB_DAYS = "2021-11-16"  # a Tuesday; Thursday 11 November, Monday 15 November 2021
# (name, text with {n}, flagged, clean)
DAY_ROWS = [
    ("later, on a weekday", "Voting in the staff ballot opened on Thursday, 11 November, and closed {n} days later, "
     "on Monday.", "three", "four"),
    ("US order, attribution", "Voting opened on Thursday, November 11, and closed {n} days later, on Monday, the "
     "union said.", "three", "four"),
    ("semicolon", "The ferry left on Wednesday, 3 November; it docked {n} days later, on Saturday, the operator "
     "said.", "two", "three"),
    ("digits", "The ferry left on Wednesday, 3 November, and docked {n} days later on Saturday.", "2", "3"),
    ("after, weekday first", "The ferry docked on Saturday, {n} days after it left on Wednesday, 3 November.",
     "two", "three"),
    ("after, weekday last", "The recount on Thursday, 11 November, came {n} days after the count began on Monday.",
     "two", "three"),
    ("before", "The panel met on Monday, {n} days before the vote on Thursday, 11 November.", "two", "three"),
    ("the first date in the sentence before", "Voting opened on Thursday, 11 November. {n} days later, on Monday, "
     "the ballot closed.", "Three", "Four"),
    ("the weekday first, later after it", "Voting opened on Thursday, 11 November, and closed on Monday, {n} days "
     "later.", "three", "four"),
    ("both dates", "Voting opened on Thursday, 11 November, and closed {n} days later, on Monday, 15 November.",
     "three", "four"),
    ("both dates, after", "The strike ended on 15 November, {n} days after it began on 11 November.", "three",
     "four"),
]


@pytest.mark.parametrize("name, text, bad, good", DAY_ROWS, ids=[r[0] for r in DAY_ROWS])
def test_days_later_on_a_weekday(name, text, bad, good):
    assert_flagged(text.format(n=bad), bad, "FC507", PUB_DAYS)
    assert_clean(text.format(n=good), PUB_DAYS)


DAY_CLEAN = [
    ("counting both days", "Voting opened on Thursday, 11 November, and closed five days later, on Monday."),
    ("counting both days, after", "The recount on Thursday, 11 November, came four days after the count began on "
     "Monday."),
    ("before, counting both days", "The panel met on Monday, four days before the vote on Thursday, 11 November."),
    ("a week or more: the publication's week", "The ferry left on Monday, 1 November, and docked 15 days later, on "
     "Tuesday."),
    ("hedged", "Voting opened on Thursday, 11 November, and closed about three days later, on Monday."),
    ("two bare weekdays keep a day either way", "The walkers reached the summit on Friday, two days after setting "
     "off on Tuesday."),
    ("a period keeps its day either way", "The strike ran from 11 November to 15 November, lasting three days."),
]


@pytest.mark.parametrize("name, text", DAY_CLEAN, ids=[r[0] for r in DAY_CLEAN])
def test_days_later_clean(name, text):
    assert_clean(text, PUB_DAYS)


# ---- a day marks N years since an event on its own date ------------------------------------------------------
PUB_MARK = "2025-06-13"  # a Friday: Sunday is 15 June 2025, 29 years after 15 June 1996
# (name, text with {n}, flagged, clean)
MARK_ROWS = [
    ("place and date after the noun", "Sunday marks {n} years since the bombing of the market in Leith on June 15, "
     "1996.", "30", "29"),
    ("anniversary of", "Sunday is the {n} anniversary of the bombing of the market on 15 June 1996.", "30th", "29th"),
    ("will mark, attribution", "Sunday will mark {n} years since the bombing of the market on 15 June 1996, police "
     "said.", "30", "29"),
    ("on Sunday opening, will mark", "On Sunday, the town will mark {n} years since the bombing on 15 June 1996.",
     "30", "29"),
    ("will commemorate a year on the noun", "On Sunday the town will commemorate the {n} anniversary of the 2001 "
     "floods.", "25th", "24th"),
    ("exactly", "Sunday marks exactly {n} years since the bombing of the market on June 15, 1996.", "30", "29"),
    ("written number", "Sunday marks {n} years since the fire at the mill on 15 June 1996.", "thirty", "twenty-nine"),
]


@pytest.mark.parametrize("name, text, bad, good", MARK_ROWS, ids=[r[0] for r in MARK_ROWS])
def test_day_marks_years_since(name, text, bad, good):
    assert_flagged(text.format(n=bad), bad, "FC505", PUB_MARK)
    assert_clean(text.format(n=good), PUB_MARK)


MARK_GUARDS = [
    ("the marking's own date", "The town celebrated 30 years since the founding of the club on 15 June 2019."),
    ("a day of another clause", "The town will mark 30 years since the pit closed in 1996, and the memorial was "
     "cleaned on Sunday."),
    ("set apart by dashes", "On Sunday - 30 years since the bombing of the market on 15 June 1996 - the town fell "
     "silent."),
]


@pytest.mark.parametrize("name, text", MARK_GUARDS, ids=[r[0] for r in MARK_GUARDS])
def test_day_marks_guards(name, text):
    assert_clean(text, PUB_MARK)


def test_will_mark_near_new_year_is_silent():
    assert_clean("Sunday will mark 30 years since the bombing on 15 June 1996.", "2025-12-30")


# ---- an age at a dated death, and the age in an earlier year in the next sentence --------------------------------
PUB_DEAD = "2024-06-11"
# (name, text with {age}, flagged, clean): aged 22 in 2009, so about 37 at a death in May 2024 (33 in May 2020)
DEAD_ROWS = [
    ("death of, surname who", "The coroner heard of the death of Dean Holt, {age}, who was found unresponsive at his "
     "flat on Friday, 3 May. Holt, who joined the fire service in 2009 at the age of 22, had been off work.",
     "44", "37"),
    ("died, surname who", "Dean Holt, {age}, died in hospital on 3 May. Holt, who joined the fire service in 2009 at "
     "the age of 22, had been off work for months.", "41", "37"),
    ("pronoun, aged, trailing clause", "Dean Holt, {age}, died in hospital on 3 May. He joined the fire service in "
     "2009, aged 22, and rose to station manager.", "41", "37"),
    ("pronoun, when he was", "Dean Holt, {age}, died in hospital on 3 May. He had joined the fire service in 2009 "
     "when he was 22.", "41", "36"),
    ("found dead on a weekday, attribution", "Dean Holt, {age}, was found dead at his home on Friday, police said. "
     "Holt had joined the fire service in 2009, at the age of 22.", "31", "37"),
    ("bracketed age, role", "Firefighter Dean Holt ({age}) died on 3 May 2024. Holt, who joined the service in 2009 "
     "aged 22, had been unwell.", "41", "37"),
    ("an earlier year of death", "Dean Holt, {age}, died on 3 May 2020. He joined the fire service in 2009, aged 22.",
     "37", "33"),
    ("died ... aged after the name", "Dean Holt died in hospital on 3 May aged {age}. He joined the fire service in "
     "2009, aged 22.", "41", "37"),
    ("died ... at the age of, surname", "Dean Holt died in hospital on 3 May at the age of {age}. Holt had joined the "
     "fire service in 2009 at the age of 22.", "41", "37"),
    ("the age then first", "Dean Holt joined the fire service in 2009, aged 22. He died in hospital on 3 May, aged "
     "{age}.", "41", "37"),
    ("one sentence, who clause, aged after died", "Dean Holt, who joined the fire service in 2009 at the age of 22, "
     "died in hospital on 3 May aged {age}.", "41", "37"),
    ("one sentence, age on the name", "Dean Holt, {age}, who joined the fire service in 2009 at the age of 22, died "
     "in hospital on 3 May.", "41", "37"),
    ("one sentence, at N on a weekday, attribution", "Dean Holt, who joined the fire service in 2009, aged 22, died "
     "on Friday at {age}, police said.", "41", "37"),
    ("the age then first, surname", "Dean Holt joined the fire service in 2009, aged 22. Holt died in hospital on "
     "3 May, aged {age}, police said.", "41", "37"),
]


@pytest.mark.parametrize("name, text, bad, good", DEAD_ROWS, ids=[r[0] for r in DEAD_ROWS])
def test_age_at_death_and_then(name, text, bad, good):
    assert_flagged(text.format(age=bad), bad, "FC506", PUB_DEAD)
    assert_clean(text.format(age=good), PUB_DEAD)


DEAD_GUARDS = [
    ("an inquest's day", "An inquest into the death of Dean Holt, 30, opened on 3 May. Holt joined the fire service "
     "in 2009, aged 22."),
    ("kin in the next sentence", "Dean Holt, 41, died on 3 May. His brother joined the fire service in 2009, aged 22."),
    ("two of the surname", "Dean Holt, 41, died on 3 May. His sister, Ann Holt, spoke at the service. Holt joined "
     "the fire service in 2009, aged 22."),
    ("two who died", "Dean Holt, 41, and his son died on 3 May. He joined the fire service in 2009, aged 22."),
    ("another surname", "Dean Holt, 41, died on 3 May. Moss joined the fire service in 2009, aged 22."),
    ("one sentence, her age", "Dean Holt, who married Ann Cole in 2009 when she was 22, died in hospital on 3 May "
     "aged 41."),
    ("one sentence, his son's age", "Dean Holt, who hired his son in 2009, aged 22, died in hospital on 3 May aged "
     "41."),
    ("one sentence, a year of death", "Dean Holt, who joined the fire service in 2009 at the age of 22, died in 2020 "
     "aged 41."),
    ("another surname first", "Dean Holt joined the fire service in 2009, aged 22. Moss died on 3 May aged 41."),
    ("kin died after", "Dean Holt joined the fire service in 2009, aged 22. His son died on 3 May aged 41."),
    ("his and she", "Dean Holt joined his father's firm in 2009, aged 22. She died on 3 May aged 41."),
]


@pytest.mark.parametrize("name, text", DEAD_GUARDS, ids=[r[0] for r in DEAD_GUARDS])
def test_age_at_death_guards(name, text):
    assert_clean(text, PUB_DEAD)

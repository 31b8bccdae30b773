"""Round 32 (dates): general readings learnt from bf-date, each tried on five variants of its family that share no
content words with the case it came from, with clean twins next to them.

1. a one-day step told in words ("the next day, Friday", "the previous day (Tuesday)", "The day before - Sunday -")
   counted from the last dated event before it (``checker/relate/day_steps.py``);
2. "this weekend" / "last weekend" / "next weekend" beside a date (``weekend_window``);
3. a date on its noun before a distance from today ("the June 30 filing cutoff is now only 9 days away");
4. an age at death told in the sentence next to the birth ("..., born in 1937, died on 28 October 2022. He was 79." /
   "... was born in 1955. He died in 2023, aged 58."; ``checker/relate/death_ages.py``);
5. an age in a year told first, the age now in the next sentence ("joined the band in 1979, aged 17. Now 58, he ...";
   ``checker/relate/ages_then_first.py``);
6. a coming marking on "next Sunday" / "next week" is this year's, as "this weekend" is (``_NOT_NOW_WILL``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ------------------------------------------------------------ 1. a one-day step told in words

STEP_FLAGS = [
    ("Polls closed on Thursday 4 July, and the count finished the following day, Saturday.", "the following day",
     "2024-07-10"),
    ("The jury retired on Monday, March 10; the day after, Wednesday, it returned a verdict.", "the day after",
     "2025-03-15"),
    ("Rescuers reached the trawler on 14 August 2023. The day before - Tuesday - its skipper had radioed for help.",
     "The day before", None),
    ("The tunnel was shut on Friday 7 March 2025 and reopened to traffic the next day (Sunday).", "the next day", None),
    ("Her appeal was heard on Thursday 12 June 2025; judgment had been reserved the previous day, Tuesday.",
     "the previous day", None),
]

STEP_CLEAN = [
    ("Polls closed on Thursday 4 July, and the count finished the following day, Friday.", "2024-07-10"),
    ("The jury retired on Monday, March 10; the day after, Tuesday, it returned a verdict.", "2025-03-15"),
    ("Rescuers reached the trawler on 14 August 2023. The day before - Sunday - its skipper had radioed for help.",
     None),
    ("The tunnel was shut on Friday 7 March 2025 and reopened to traffic the next day (Saturday).", None),
    ("Her appeal was heard on Thursday 12 June 2025; judgment had been reserved the previous day, Wednesday.", None),
    # the step counted from another event named after it, not from the day before it
    ("Polls closed on Thursday 4 July, and the day after the count, Saturday, the new cabinet met.", "2024-07-10"),
    # the step landing on a date that fits
    ("The jury retired on Monday, March 10, and the next day, March 11, returned its verdict.", "2025-03-15"),
    # no day set apart after the step
    ("The jury retired on Monday, March 10. The weather the next day, a Tuesday, was mild.", "2025-03-15"),
    ("The ferry left on Monday 3 March 2025 and the next day's crossing, on Friday, was cancelled.", None),
]


@pytest.mark.parametrize("text,target,published", STEP_FLAGS)
def test_one_day_step_flagged(text, target, published):
    assert_flagged(text, target, "FC507", published)


@pytest.mark.parametrize("text,published", STEP_CLEAN)
def test_one_day_step_clean(text, published):
    assert_clean(text, published)


def test_a_day_later_read_once():
    from tests.shapes import problems
    found = problems("The jury retired on Monday, March 10; a verdict came a day later, on Wednesday.", "2025-03-15")
    assert len([f for f in found if f.rule == "FC507"]) == 1


# ------------------------------------------------------------ 2. this / last / next weekend beside a date

WEEKEND_FLAGS = [
    ("The lifeboat crew will hold an open day this weekend, on Sunday, August 18, with rides round the bay.",
     "Sunday, August 18", "2024-08-06"),
    ("Thousands of walkers turned out last weekend (Saturday 2 March) for the coastal path relaunch.",
     "Saturday 2 March", "2024-03-13"),
    ("This weekend - Sunday 12 October - the clocks do not change yet, but the ferry timetable does.",
     "Sunday 12 October", "2025-10-20"),
    ("A craft fair organised by the parish council opens next weekend, on Saturday, May 30, at the town hall.",
     "Saturday, May 30", "2026-05-04"),
    ("Volunteers planted 400 oak saplings in the park last weekend, on Sunday, November 9.", "Sunday, November 9",
     "2025-11-05"),
]

WEEKEND_CLEAN = [
    ("The lifeboat crew will hold an open day this weekend, on Sunday, August 11, with rides round the bay.",
     "2024-08-06"),
    ("Thousands of walkers turned out last weekend (Saturday 9 March) for the coastal path relaunch.", "2024-03-13"),
    ("This weekend - Sunday 19 October - the ferry timetable changes.", "2025-10-14"),
    # "next weekend": the coming one or the one after
    ("A craft fair organised by the parish council opens next weekend, on Saturday, May 16, at the town hall.",
     "2026-05-04"),
    ("A craft fair organised by the parish council opens next weekend, on Saturday, May 9, at the town hall.",
     "2026-05-04"),
    ("Volunteers planted 400 oak saplings in the park last weekend, on Sunday, November 2.", "2025-11-05"),
    # a date of another thing
    ("The derby is this weekend; tickets went on sale on Saturday 3 May.", "2025-05-14"),
    ("Organisers said this weekend's fair, like the one on Saturday 3 May, would be free.", "2025-05-14"),
    # a bank holiday Monday closes the weekend
    ("The bank holiday this weekend, on Monday 25 August, closes the libraries.", "2025-08-20"),
    # told on a Monday, "this weekend" may be the one just gone
    ("Anglers packed the riverbank this weekend, on Saturday 7 June.", "2025-06-09"),
]


@pytest.mark.parametrize("text,target,published", WEEKEND_FLAGS)
def test_weekend_flagged(text, target, published):
    assert_flagged(text, target, "FC502", published)


@pytest.mark.parametrize("text,published", WEEKEND_CLEAN)
def test_weekend_clean(text, published):
    assert_clean(text, published)


# ------------------------------------------------------------ 3. a date on its noun, then "N days away"

AWAY_FLAGS = [
    ("The June 30 filing cutoff is now only 9 days away, officials warned.", "9 days away", "2026-06-12"),
    ("With the 4 July general election just four weeks away, the parties launched their manifestos.",
     "four weeks away", "2024-06-20"),
    ("Voters were reminded that the May 2 council poll, now 15 days away, will use new boundaries.", "15 days away",
     "2024-04-10"),
    ("The Oct. 15 extension date is only 30 days away for taxpayers who asked for more time.", "30 days away",
     "2025-09-01"),
    ("Supporters say the 14 March vote in parliament is still six days away.", "six days away", "2026-03-02"),
]

AWAY_CLEAN = [
    ("The June 30 filing cutoff is now only 18 days away, officials warned.", "2026-06-12"),
    ("With the 4 July general election just two weeks away, the parties launched their manifestos.", "2024-06-20"),
    ("Voters were reminded that the May 2 council poll, now 22 days away, will use new boundaries.", "2024-04-10"),
    ("Supporters say the 14 March vote in parliament is still 12 days away.", "2026-03-02"),
    # another thing's distance
    ("The 14 March vote is near; the next sitting of parliament is still six days away.", "2026-03-02"),
    ("On 14 March the fleet was six days away from port.", "2026-03-02"),
]


@pytest.mark.parametrize("text,target,published", AWAY_FLAGS)
def test_dated_noun_away_flagged(text, target, published):
    assert_flagged(text, target, "FC502", published)


@pytest.mark.parametrize("text,published", AWAY_CLEAN)
def test_dated_noun_away_clean(text, published):
    assert_clean(text, published)


# ------------------------------------------------------------ 4. an age at death next to the birth

DEATH_FLAGS = [
    ("The novelist Ruth Adeyemi, who was born in Lagos in 1948, died at her home in Brighton in 2019. She was 64.",
     "64", None),
    ("Sculptor Piet Vandermeer was born on 3 June 1937. He died on 28 October 2022, aged 79.", "aged 79", None),
    ("Born in a Glasgow tenement in 1941, Moira Keane trained as a nurse. Keane died in March 2020 at the age of 72.",
     "72", None),
    ("Former senator Dale R. Whitfield, born in 1932 in Ohio, passed away on Jan. 5, 2018. He was 92 years old.",
     "92", None),
    ("Chef Luca Moretti was born in 1955. He died in 2023, aged 58.", "aged 58", None),
]

DEATH_CLEAN = [
    ("The novelist Ruth Adeyemi, who was born in Lagos in 1948, died at her home in Brighton in 2019. She was 71.",
     None),
    ("Sculptor Piet Vandermeer was born on 3 June 1937. He died on 28 October 2022, aged 85.", None),
    ("Born in a Glasgow tenement in 1941, Moira Keane trained as a nurse. Keane died in March 2020 at the age of 78.",
     None),
    ("Former senator Dale R. Whitfield, born in 1932 in Ohio, passed away on Jan. 5, 2018. He was 85 years old.", None),
    # another person's death or birth
    ("Chef Luca Moretti was born in 1955. His brother died in 2023, aged 58.", None),
    ("Chef Luca Moretti was born in 1955. His mentor, Gino Rossi, died in 2023, aged 58.", None),
    ("Ruth Adeyemi, whose daughter was born in 1979, died in 2019. She was 64.", None),
    ("Ruth Adeyemi was born in 1948 and her husband died in 2019. She was 64 when she remarried.", None),
    ("Ruth Adeyemi was born in 1948. She lost her sister, who died in 2019 aged 64.", None),
    ("Ruth Adeyemi was born in 1948. Her husband died in 2019, aged 64.", None),
    # an age now, no death
    ("Ruth Adeyemi was born in 1948. She was 64.", "2012-05-01"),
]


@pytest.mark.parametrize("text,target,published", DEATH_FLAGS)
def test_age_at_death_next_flagged(text, target, published):
    assert_flagged(text, target, "FC506", published)


@pytest.mark.parametrize("text,published", DEATH_CLEAN)
def test_age_at_death_next_clean(text, published):
    assert_clean(text, published)


# ------------------------------------------------------------ 5. an age then, the age now in the next sentence

THEN_FIRST_FLAGS = [
    ("Drummer Tom Lee joined the band in 1979, aged 17. Now 58, he still plays every night.", "58", "2025-03-01"),
    ("Priya Natarajan was 23 when she opened her first restaurant in 1996. Natarajan, 61, now runs nine.", "61",
     "2024-10-15"),
    ("Kevin Osei won the county chess title at the age of 12 in 2001. The 41-year-old is now a grandmaster.",
     "41-year-old", "2025-02-10"),
    ("Margit Holm was only 15 when she first climbed Snowdon in 1962. Today, at 70, she has climbed it 100 times.",
     "70", "2023-06-01"),
    ("Laila Haddad was 8 when she reached Leeds as a refugee in 1990. Now 49, she chairs the city council.", "49",
     "2026-01-20"),
]

THEN_FIRST_CLEAN = [
    ("Drummer Tom Lee joined the band in 1979, aged 17. Now 63, he still plays every night.", "2025-03-01"),
    ("Priya Natarajan was 23 when she opened her first restaurant in 1996. Natarajan, 51, now runs nine.", "2024-10-15"),
    ("Kevin Osei won the county chess title at the age of 12 in 2001. The 35-year-old is now a grandmaster.",
     "2025-02-10"),
    ("Margit Holm was only 15 when she first climbed Snowdon in 1962. Today, at 76, she has climbed it 100 times.",
     "2023-06-01"),
    ("Laila Haddad was 8 when she reached Leeds as a refugee in 1990. Now 43, she chairs the city council.",
     "2026-01-20"),
    # another person's age in the next sentence
    ("Drummer Tom Lee joined the band in 1979, aged 17. His son, 30, now plays bass.", "2025-03-01"),
    ("Drummer Tom Lee joined the band in 1979, aged 17. The 30-year-old bassist Ana Ruiz joined last month.",
     "2025-03-01"),
    ("Drummer Tom Lee joined the band in 1979, aged 17. Now 30, the band's youngest member is Ana Ruiz.", "2025-03-01"),
    # an age in another year, an age at death
    ("Drummer Tom Lee joined the band in 1979, aged 17. In 1999, aged 37, he left.", "2025-03-01"),
    ("Drummer Tom Lee joined the band in 1979, aged 17. Lee, who died last year aged 62, played every night.",
     "2025-03-01"),
]


@pytest.mark.parametrize("text,target,published", THEN_FIRST_FLAGS)
def test_age_then_first_flagged(text, target, published):
    assert_flagged(text, target, "FC506", published)


@pytest.mark.parametrize("text,published", THEN_FIRST_CLEAN)
def test_age_then_first_clean(text, published):
    assert_clean(text, published)


# ------------------------------------------------------------ 6. a coming marking "next Sunday"

NEXT_DAY_MARKING_FLAGS = [
    ("The lifeboat station, founded in 1874, will celebrate its 125th anniversary with an open day next Saturday.",
     "125th anniversary", "2024-05-10"),
    ("Villagers will commemorate the 80th anniversary of the 1952 flood next Tuesday.", "80th anniversary", "2024-08-05"),
    ("The town will celebrate the centenary of its lido, which opened in 1931, next Sunday.", "centenary", "2025-06-02"),
    ("The Hallé will celebrate the 30th anniversary of its 1999 tour with a gala concert next Friday.",
     "30th anniversary", "2025-04-01"),
    ("Next Saturday the brass band will celebrate the 40th anniversary of its 1990 founding.", "40th anniversary",
     "2024-03-01"),
]

NEXT_DAY_MARKING_CLEAN = [
    ("The lifeboat station, founded in 1874, will celebrate its 150th anniversary with an open day next Saturday.",
     "2024-05-10"),
    ("Villagers will commemorate the 72nd anniversary of the 1952 flood next Tuesday.", "2024-08-05"),
    ("The Hallé will celebrate the 26th anniversary of its 1999 tour with a gala concert next Friday.", "2025-04-01"),
    ("Next Saturday the brass band will celebrate the 34th anniversary of its 1990 founding.", "2024-03-01"),
    # another year's marking, a plan, New Year
    ("The town will celebrate the centenary of its lido, which opened in 1931, next year.", "2030-06-02"),
    ("The lifeboat station, founded in 1874, will celebrate its 150th anniversary next year, and an open day is next "
     "Saturday.", "2023-05-10"),
    ("Plans for the 80th anniversary of the 1952 flood will be discussed next Tuesday.", "2024-08-05"),
    ("The town will celebrate the centenary of its lido, which opened in 1925, next Sunday.", "2024-12-30"),
]


@pytest.mark.parametrize("text,target,published", NEXT_DAY_MARKING_FLAGS)
def test_next_day_marking_flagged(text, target, published):
    assert_flagged(text, target, "FC505", published)


@pytest.mark.parametrize("text,published", NEXT_DAY_MARKING_CLEAN)
def test_next_day_marking_clean(text, published):
    assert_clean(text, published)

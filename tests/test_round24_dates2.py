"""Round 24 (dates helper 2): the narrow requirements that left each never-seen date miss unread, relaxed --
full dates of birth and death in brackets after a name ("(2 May 1939 - 1 March 2024)") fix the age at death
exactly, told as "died aged N" or "was N when she died" (``dates.find_dated_lifespans``; only years were read);
"until he is 40" is an age still to come, not a second age now that silenced the sentence (``dates._FUTURE_AGE``);
"...; at 41, she is ..." after a semicolon or dash is the age now of the sentence's one person
(``dates._AT_AGE_AFTER_CLAUSE``); and "died on Sunday at her home" keeps the home the dead person's own with the
day between (``dates._OWN_DEATH_PLACE``); a range's restated length as "a span of (just) N days"
(``dates._AFTER_RANGE``); "from Tuesday 11 to Saturday 15 November" with a weekday on each end
(``dates._elided_ranges``); "now in its ninth summer", told in summer (``dates._ORDINAL_YEAR``); and "will rule in a
fortnight, on 30 June" (``dates.find_in_time_dates``); "has died aged 94. Born on ..., he died on 3 January"
(``dates._died_aged_then_born_died_on``).  Every flagged row has a clean twin (the same text with consistent
figures); rows are (flagged, clean, target, rule, published)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _check(flagged, clean, target, rule, published=None):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


# full dates of birth and death in brackets, then the age at death
DATED_LIFESPAN = [
    ("Poet Ruth Calder (12 March 1941 – 2 February 2023) died aged 82.",
     "Poet Ruth Calder (12 March 1941 – 2 February 2023) died aged 81.", "aged 82", "FC506", "2023-02-10"),
    ("Ruth Calder (March 12, 1941 – February 2, 2023), the poet who wrote about the Tyne, was 82 when she died.",
     "Ruth Calder (March 12, 1941 – February 2, 2023), the poet who wrote about the Tyne, was 81 when she died.",
     "82", "FC506", "2023-02-10"),
    ("The engineer Tom Ilsley (3 October 1929 — 17 November 2019) died at his home in Derby aged 88.",
     "The engineer Tom Ilsley (3 October 1929 — 17 November 2019) died at his home in Derby aged 90.",
     "aged 88", "FC506", "2019-11-20"),
    ("Tom Ilsley (3 October 1929 - 17 November 2019) died at the age of 88, his family said.",
     "Tom Ilsley (3 October 1929 - 17 November 2019) died at the age of 90, his family said.",
     "88", "FC506", "2019-11-20"),
    ("Ilsley (3 October 1929 – 17 November 2019) was 88 when he died, and is buried beside his wife in Derby.",
     "Ilsley (3 October 1929 – 17 November 2019) was 90 when he died, and is buried beside his wife in Derby.",
     "88", "FC506", "2019-11-20"),
    ("Ilsley (3 October 1929 – 17 November 2019) – the last of the old Derby engineers – died aged 88.",
     "Ilsley (3 October 1929 – 17 November 2019) – the last of the old Derby engineers – died aged 90.",
     "aged 88", "FC506", "2019-11-20"),
    ("Nurse Edith Marr (30 June 1915 – 1 July 2016), who served in two wars, died at 102.",
     "Nurse Edith Marr (30 June 1915 – 1 July 2016), who served in two wars, died at 101.",
     "102", "FC506", "2016-07-04"),
    ("Edith Marr (30 June 1915 – 1 July 2016) was 102 when she died.",
     "Edith Marr (30 June 1915 – 1 July 2016) was 101 when she died.", "102", "FC506", None),
]

# an age now, a birth, and an age still to come ("until he is 40") in one sentence
FUTURE_AGE_BESIDE = [
    ("Born in 1990, the 28-year-old striker has agreed a deal that runs until he is 35.",
     "Born in 1990, the 31-year-old striker has agreed a deal that runs until he is 35.",
     "28-year-old", "FC506", "2022-05-01"),
    ("The 28-year-old, born in 1990, hopes to keep racing until he is about 40, his coach said.",
     "The 32-year-old, born in 1990, hopes to keep racing until he is about 40, his coach said.",
     "28-year-old", "FC506", "2022-05-01"),
    ("Born in March 1990, the 28-year-old winger signed a contract that lasts until she is 34.",
     "Born in March 1990, the 32-year-old winger signed a contract that lasts until she is 34.",
     "28-year-old", "FC506", "2022-05-01"),
    ("Born in 1990, the 28-year-old keeper wants to play on till he is almost forty.",
     "Born in 1990, the 32-year-old keeper wants to play on till he is almost forty.",
     "28-year-old", "FC506", "2022-05-01"),
    ("Born in 1990, the 28-year-old rower says she will retire once she is 36.",
     "Born in 1990, the 32-year-old rower says she will retire once she is 36.",
     "28-year-old", "FC506", "2022-05-01"),
]

# "...; at N, she is ...": the age now of the sentence's one person, after a semicolon or dash
AT_AGE_AFTER_CLAUSE = [
    ("Ama Darko, born on 2 June 1985, took over the club this month; at 30, she is its youngest chair.",
     "Ama Darko, born on 2 June 1985, took over the club this month; at 35, she is its youngest chair.",
     "30", "FC506", "2021-03-10"),
    ("Ama Darko, born in 1985, was sworn in as mayor — at 30, she is the youngest in the town's history.",
     "Ama Darko, born in 1985, was sworn in as mayor — at 35, she is the youngest in the town's history.",
     "30", "FC506", "2021-03-10"),
    ("Ama Darko, born in 1985, was named captain; at just 30, she is the oldest in the squad.",
     "Ama Darko, born in 1985, was named captain; at just 35, she is the oldest in the squad.",
     "30", "FC506", "2021-03-10"),
    ("Kofi Mensah, born on 2 June 1985, has run the firm since 2019; at 30, he has already doubled its sales.",
     "Kofi Mensah, born on 2 June 1985, has run the firm since 2019; at 35, he has already doubled its sales.",
     "30", "FC506", "2021-03-10"),
]

# born, then died on a stated day at the dead person's own home, aged N
DIED_ON_DAY_AT_HOME = [
    ("Born in 1940, he died on Sunday at his home in Leeds, aged 75.",
     "Born in 1940, he died on Sunday at his home in Leeds, aged 84.", "aged 75", "FC506", "2025-01-20"),
    ("Born in 1940 in a mining town, the singer died on Sunday at his flat in Cork, aged 75, his manager said.",
     "Born in 1940 in a mining town, the singer died on Sunday at his flat in Cork, aged 84, his manager said.",
     "aged 75", "FC506", "2025-01-20"),
    ("Born on 3 March 1940 in Hull, she died on Saturday at her home in York, aged 75.",
     "Born on 3 March 1940 in Hull, she died on Saturday at her home in York, aged 84.",
     "aged 75", "FC506", "2025-01-20"),
    ("Born in 1940, she died on 12 January at her home in Bath, aged seventy-five.",
     "Born in 1940, she died on 12 January at her home in Bath, aged eighty-four.",
     "seventy-five", "FC506", "2025-01-20"),
]


# a range, then its length restated as "a span of" or with "just" before it
SPAN_RESTATED = [
    ("Between 4 and 19 August — a span of just ten days — the reservoir lost a third of its water.",
     "Between 4 and 19 August — a span of just 15 days — the reservoir lost a third of its water.",
     "ten days", "FC5", "2024-09-01"),
    ("Between 4 August and 19 August, a span of ten days, the reservoir lost a third of its water, engineers said.",
     "Between 4 August and 19 August, a span of 15 days, the reservoir lost a third of its water, engineers said.",
     "ten days", "FC5", "2024-09-01"),
    ("From 4 to 19 August (a stretch of three weeks) the reservoir lost a third of its water.",
     "From 4 to 19 August (a stretch of two weeks) the reservoir lost a third of its water.",
     "three weeks", "FC5", "2024-09-01"),
    ("The ferry strike, which ran from 4 to 19 August, lasted just ten days.",
     "The ferry strike, which ran from 4 to 19 August, lasted just 15 days.", "ten days", "FC5", "2024-09-01"),
    ("The ferry strike ran from 4 to 19 August - only ten days - but cost the island £2m.",
     "The ferry strike ran from 4 to 19 August - only 15 days - but cost the island £2m.",
     "ten days", "FC5", "2024-09-01"),
]


# a range with a weekday before each day and the month written once
WEEKDAY_ELIDED_RANGE = [
    ("Nurses will walk out for ten days, from Monday 3 to Friday 7 March, the union said.",
     "Nurses will walk out for five days, from Monday 3 to Friday 7 March, the union said.",
     "ten days", "FC5", "2025-02-01"),
    ("The six-day food fair runs from Friday 6 to Sunday 8 June.",
     "The three-day food fair runs from Friday 6 to Sunday 8 June.", "six-day", "FC5", "2025-05-01"),
    ("Dockers will stage a 12-day stoppage from Tuesday 11 to Saturday 15 November in a row over pay.",
     "Dockers will stage a five-day stoppage from Tuesday 11 to Saturday 15 November in a row over pay.",
     "12-day", "FC5", "2025-10-01"),
    ("From Monday 3 to Friday 7 March - ten days in all - the bridge will be shut.",
     "From Monday 3 to Friday 7 March - five days in all - the bridge will be shut.",
     "ten days", "FC5", "2025-02-01"),
]


# "now in its Nth summer" against the year it began, told in summer
RUNNING_SUMMER = [
    ("Now in its seventh summer, the open-air cinema on Pier Road was launched in 2020 by a group of students.",
     "Now in its fifth summer, the open-air cinema on Pier Road was launched in 2020 by a group of students.",
     "seventh summer", "FC5", "2024-07-15"),
    ("The open-air cinema, launched in 2020, is now in its seventh summer, organisers said.",
     "The open-air cinema, launched in 2020, is now in its fifth summer, organisers said.",
     "seventh summer", "FC5", "2024-07-15"),
    ("Founded in 2020, the beach library - now in its 7th summer - lends books from a hut.",
     "Founded in 2020, the beach library - now in its 5th summer - lends books from a hut.",
     "7th summer", "FC5", "2024-07-15"),
    ("The lido cafe, which opened in 2020, is in its seventh summer of trading.",
     "The lido cafe, which opened in 2020, is in its fifth summer of trading.",
     "seventh summer", "FC5", "2024-07-15"),
]


# "in a fortnight, on D": a distance from the publication day and the date it names, in a future clause
IN_TIME_ON_DATE = [
    ("The inquiry will report in a fortnight, on 30 June, the chairman said.",
     "The inquiry will report in a fortnight, on 16 June, the chairman said.", "in a fortnight", "FC5", "2021-06-02"),
    ("The inquiry will report in two weeks' time, on 30 June.",
     "The inquiry will report in two weeks' time, on 16 June.", "in two weeks", "FC5", "2021-06-02"),
    ("The ferry is due to return to service in ten days, on 30 June, after repairs to its hull.",
     "The ferry is due to return to service in ten days, on 12 June, after repairs to its hull.",
     "in ten days", "FC5", "2021-06-02"),
    ("Voters will go to the polls in just three weeks, on 3 August.",
     "Voters will go to the polls in just three weeks, on 23 June.", "in just three weeks", "FC5", "2021-06-02"),
    ("Councillors are expected to vote in a week, on Wednesday 23 June — the last day of the session.",
     "Councillors are expected to vote in a week, on Wednesday 9 June — the last day of the session.",
     "in a week", "FC5", "2021-06-02"),
]


# the age at death in one sentence; the birth and the dated death of the same pronoun in the next
DIED_AGED_THEN_BORN_DIED_ON = [
    ("Fisherman Tom Vell has died aged 95. Born in Looe on 2 August 1931, he died on 9 January at home.",
     "Fisherman Tom Vell has died aged 93. Born in Looe on 2 August 1931, he died on 9 January at home.",
     "aged 95", "FC506", "2025-01-12"),
    ("Tom Vell, who ran the Looe lifeboat for 20 years, has died at the age of 95. Born on 2 August 1931, he died "
     "on 9 January.",
     "Tom Vell, who ran the Looe lifeboat for 20 years, has died at the age of 93. Born on 2 August 1931, he died "
     "on 9 January.", "95", "FC506", "2025-01-12"),
    ("Ida Marsh has died aged 95, her family said. Born on 2 August 1931, she died on Thursday in hospital.",
     "Ida Marsh has died aged 93, her family said. Born on 2 August 1931, she died on Thursday in hospital.",
     "aged 95", "FC506", "2025-01-12"),
    ("The potter Ida Marsh has died aged ninety-five. She was born on 2 August 1931 and died on 9 January.",
     "The potter Ida Marsh has died aged ninety-three. She was born on 2 August 1931 and died on 9 January.",
     "ninety-five", "FC506", "2025-01-12"),
]


@pytest.mark.parametrize("flagged,clean,target,rule,published",
                         DATED_LIFESPAN + FUTURE_AGE_BESIDE + AT_AGE_AFTER_CLAUSE + DIED_ON_DAY_AT_HOME
                         + SPAN_RESTATED + WEEKDAY_ELIDED_RANGE + RUNNING_SUMMER + IN_TIME_ON_DATE
                         + DIED_AGED_THEN_BORN_DIED_ON)
def test_round24_dates2(flagged, clean, target, rule, published):
    _check(flagged, clean, target, rule, published)

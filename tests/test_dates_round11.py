"""Dates family, round 11: own paraphrases, each with a clean twin."""
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


# ------------------------------------------ an ordinal birthday "and celebrated her Nth birthday <when>"
@pytest.mark.parametrize("text,published,span", [
    ("Villagers toasted Mabel Orr, who was born on 9 August 1935 and celebrated her 91st birthday on "
     "Sunday with a tea dance.", "2025-08-12", "91st"),
    ("Former miner Wyn Hale, born on 2 March 1942, marked his 80th birthday yesterday in Tredegar.",
     "2025-03-03", "80th"),
    ("The poet, who was born in May 1950 and will celebrate her 70th birthday next month, reads tonight.",
     "2025-04-10", "70th"),
])
def test_birthday_after_birth_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("Villagers toasted Mabel Orr, who was born on 9 August 1935 and celebrated her 90th birthday on "
     "Sunday with a tea dance.", "2025-08-12"),
    ("Former miner Wyn Hale, born on 2 March 1942, marked his 83rd birthday yesterday in Tredegar.",
     "2025-03-03"),
    ("The poet, who was born in May 1950 and will celebrate her 75th birthday next month, reads tonight.",
     "2025-04-10"),
    # the birthday of someone else
    ("Mabel Orr, who was born on 9 August 1935, celebrated her son's 60th birthday on Sunday.", "2025-08-12"),
])
def test_birthday_after_birth_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ "is N and the youngest ...": the age runs on into its clause
@pytest.mark.parametrize("text,published,span", [
    ("Judge Ayo Bello, who was born on 20 October 1984, is 41 and the youngest judge on the circuit.",
     "2025-05-01", "41"),
    ("Mayor Rhian Lloyd, born on 3 July 1979, is now 47 and one of the youngest mayors in Wales.",
     "2025-05-01", "47"),
])
def test_age_runs_on_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("Judge Ayo Bello, who was born on 20 October 1984, is 40 and the youngest judge on the circuit.",
     "2025-05-01"),
    ("Mayor Rhian Lloyd, born on 3 July 1979, is now 45 and one of the youngest mayors in Wales.", "2025-05-01"),
])
def test_age_runs_on_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ "The <noun phrase>, born on ...", then "The N-year-old" next
@pytest.mark.parametrize("text,published,span", [
    ("The Bolton winger, born on 14 May 1999, starts on the bench on Saturday. The 22-year-old has not "
     "scored since 2023.", "2025-09-20", "22-year-old"),
    ("The veteran skipper, who was born on 1 December 1968, will sail solo next spring. The 60-year-old "
     "has crossed the Atlantic four times.", "2025-06-01", "60-year-old"),
])
def test_noun_subject_birth_then_age_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("The Bolton winger, born on 14 May 1999, starts on the bench on Saturday. The 26-year-old has not "
     "scored since 2023.", "2025-09-20"),
    ("The veteran skipper, who was born on 1 December 1968, will sail solo next spring. The 56-year-old "
     "has crossed the Atlantic four times.", "2025-06-01"),
])
def test_noun_subject_birth_then_age_clean(text, published):
    assert not problems(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    # "born" may be told of the name after "of"
    ("The son of Ann Roe, born in 1960, spoke at the rally. The 50-year-old said little.", "2025-06-05"),
])
def test_noun_subject_of_name_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ an age on the subject and "ago" in a later clause
@pytest.mark.parametrize("text,published,span", [
    ("The 31-year-old, who was born in Galway on 5 September 1996, won her first race four years ago.",
     "2026-02-01", "31-year-old"),
    ("Tomas Brandt, 44, born in Kiel on 2 February 1985, set up the bakery ten years ago.", "2025-11-01", "44"),
])
def test_subject_age_with_ago_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("The 29-year-old, who was born in Galway on 5 September 1996, won her first race four years ago.",
     "2026-02-01"),
    ("Tomas Brandt, 40, born in Kiel on 2 February 1985, set up the bakery ten years ago.", "2025-11-01"),
    # an age that the "ago" may date
    ("Born in 1996, she was 25 four years ago.", "2026-02-01"),
])
def test_subject_age_with_ago_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ an age now and "in YEAR at the age of N" (a role first, a possessive place)
@pytest.mark.parametrize("text,published,span", [
    ("Senior ranger Tom Abbott, 61, started at the park in 1990 at the age of 18 and still leads the walks.",
     "2025-04-01", "18"),
    ("Priya Nair, 39, opened the first shop in her uncle's warehouse in 2008 at the age of 30, and now "
     "runs six.", "2025-04-01", "30"),
    ("Chief engineer Ola Berg, 52, joined the yard in 1995, aged 25.", "2025-04-01", "aged 25"),
])
def test_age_now_and_then_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("Senior ranger Tom Abbott, 53, started at the park in 1990 at the age of 18 and still leads the walks.",
     "2025-04-01"),
    ("Priya Nair, 47, opened the first shop in her uncle's warehouse in 2008 at the age of 30, and now "
     "runs six.", "2025-04-01"),
    # another person's age in the sentence
    ("Priya Nair, 39, and her uncle opened the first shop in 2008, when he was 30.", "2025-04-01"),
])
def test_age_now_and_then_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ a weekday date in a future clause: the next such day, not last year's
@pytest.mark.parametrize("text,published,span", [
    ("The new footbridge is due to open on Friday 3 October, the council said.", "2026-02-10", "Friday 3 October"),
    ("Polling stations will open on Wednesday, May 7, in the first contest since the merger.", "2026-01-10",
     "Wednesday, May 7"),
    ("Organisers said the 30th festival will be staged on Wednesday, November 26.", "2026-01-20",
     "Wednesday, November 26"),
])
def test_future_weekday_date_flagged(text, published, span):
    assert span in spans(text, published, "FC501")


@pytest.mark.parametrize("text,published", [
    ("The new footbridge is due to open on Saturday 3 October, the council said.", "2026-02-10"),
    ("Polling stations will open on Thursday, May 7, in the first contest since the merger.", "2026-01-10"),
    # a future verb on another thing: the day may be past
    ("He will be remembered for the goal on Friday 14 March.", "2026-01-05"),
    ("Organisers said the 30th festival will be staged on Thursday, November 26.", "2026-01-20"),
    # told in the past: last year's day agrees
    ("The 41st marathon was held on Saturday, April 26, with a new finish on the riverside.", "2026-01-15"),
    ("Organisers said the festival, which was staged on Wednesday, November 26, will return.", "2026-01-20"),
])
def test_future_weekday_date_clean(text, published):
    assert not problems(text, published, "FC501")


# ------------------------------------------ "after N days" on the later of two dated events, the earlier a start
@pytest.mark.parametrize("text,published,span", [
    ("The play opened on 4 March and closed on 22 March, after only 25 days on stage.", "2025-04-01", "25 days"),
    ("The fishing boat returned to port on Friday after 40 days at sea, having sailed on 3 February.",
     "2026-03-10", "40 days"),
    ("Released on bail on 3 June, he was rearrested on 10 June at his flat, 21 days after he walked free.",
     "2025-06-20", "21 days"),
    ("The rover landed on 9 March and fell silent on 3 May, after just 90 days of work.", None, "90 days"),
    ("By Monday, 14 April, the blockade, which began on 1 April, had been in place for 20 days.", "2025-04-15",
     "20 days"),
    ("The river stayed in flood for nine days, from 1 March until the water finally fell on 17 March.", None,
     "nine days"),
])
def test_after_count_on_later_event_flagged(text, published, span):
    assert span in spans(text, published, "FC507")


@pytest.mark.parametrize("text,published", [
    ("The play opened on 4 March and closed on 22 March, after only 18 days on stage.", "2025-04-01"),
    ("The fishing boat returned to port on Friday after 31 days at sea, having sailed on 3 February.",
     "2026-03-10"),
    ("Released on bail on 3 June, he was rearrested on 10 June at his flat, seven days after he walked free.",
     "2025-06-20"),
    ("By Monday, 14 April, the blockade, which began on 1 April, had been in place for 13 days.", "2025-04-15"),
    ("The river stayed in flood for 16 days, from 1 March until the water finally fell on 17 March.", None),
    # what filled the time need not fill the whole of it
    ("The pier reopened on 20 May after 12 days of repairs, having shut on 2 May.", "2025-06-01"),
    # another time beside the count
    ("The play opened on 4 March and closed on 22 March, after 25 days of previews and a week of rows.",
     "2025-04-01"),
    # the earlier date is no start: the count is of something else
    ("The report was published on 4 March and debated on 22 March, after 25 days of consultation.",
     "2025-04-01"),
    # the event after "after" is not told as the earlier one
    ("The store opened on 3 May and closed on 28 May, 19 days after its rival.", "2025-06-05"),
    ("Released on 2 May, he was rearrested on 28 May, 19 days after his trial began.", "2025-06-05"),
    ("The store opened on 3 May and closed on 28 May, 19 days after it was sold.", "2025-06-05"),
    # a third date: no guess which two
    ("The ship sailed on 2 May, called at Cadiz on 9 May and docked on 30 May after 40 days at sea.",
     "2025-06-01"),
])
def test_after_count_on_later_event_clean(text, published):
    assert not problems(text, published, "FC507")


# ------------------------------------------ years since a dated event: a lead "N years after ... in MONTH YEAR",
# and "the YEAR noun, N years ago (this week)"
@pytest.mark.parametrize("text,published,span", [
    ("Forty years after the pit closed in March 1983, a statue of a miner was unveiled in the square.",
     "2025-05-01", "Forty years"),
    ("Twenty years after the ferry sank on 6 March 2001, divers laid a wreath over the wreck.", "2026-03-10",
     "Twenty years"),
    ("Few in Lynmouth have forgotten the 1998 storm, 30 years ago this month, when the harbour wall gave way.",
     "2025-10-10", "30 years"),
    ("Older fans still talk about the 1985 final, 35 years ago, as the best the ground has seen.", "2024-05-01",
     "35 years"),
])
def test_years_since_dated_event_flagged(text, published, span):
    assert span in spans(text, published, "FC504")


@pytest.mark.parametrize("text,published", [
    ("Forty-two years after the pit closed in March 1983, a statue of a miner was unveiled in the square.",
     "2025-05-01"),
    ("Twenty-five years after the ferry sank on 6 March 2001, divers laid a wreath over the wreck.", "2026-03-10"),
    ("Few in Lynmouth have forgotten the 1998 storm, 27 years ago this month, when the harbour wall gave way.",
     "2025-10-10"),
    ("Older fans still talk about the 1985 final, 39 years ago, as the best the ground has seen.", "2024-05-01"),
    # the count is of another time: two years named
    ("Older fans still talk about the 1985 final, 35 years ago in 1989 terms.", "2024-05-01"),
])
def test_years_since_dated_event_clean(text, published):
    assert not problems(text, published, "FC504")


# ------------------------------------------ "at N" at an event of the publication week: the age now
@pytest.mark.parametrize("text,published,span", [
    ("Dana Whitfield, born on 2 February 1988, was named at 34 the first woman to captain the club on Monday.",
     "2025-06-05", "34"),
    ("Born on 19 April 1996, Kofi Mensah yesterday became at 31 the youngest member of the chamber.",
     "2025-07-02", "31"),
    ("Nurse Alma Reyes, who was born in 1961, retired this week at the age of 58 after four decades.",
     "2025-05-14", "58"),
])
def test_age_at_event_this_week_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("Dana Whitfield, born on 2 February 1988, was named at 37 the first woman to captain the club on Monday.",
     "2025-06-05"),
    ("Born on 19 April 1996, Kofi Mensah yesterday became at 29 the youngest member of the chamber.",
     "2025-07-02"),
    ("Nurse Alma Reyes, who was born in 1961, retired this week at the age of 64 after four decades.",
     "2025-05-14"),
    # a birthday within the week: either age
    ("Dana Whitfield, born on 3 June 1988, was named at 36 the first woman to captain the club on Monday.",
     "2025-06-05"),
    # the day of the telling, not of the event; a state at some time
    ("Born on 2 February 1988, Whitfield became at 24 the youngest captain in the club's history, the club "
     "said on Monday.", "2025-06-05"),
    ("Born on 2 February 1988, Whitfield was at 24 the youngest captain in the club's history, a record broken "
     "this week.", "2025-06-05"),
    # no event near the publication date: the age at some other time
    ("Dana Whitfield, born on 2 February 1988, was named at 24 the first woman to captain the club.",
     "2025-06-05"),
])
def test_age_at_event_this_week_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ more wordings of the same shapes
@pytest.mark.parametrize("text,published,span,code", [
    ("Dan Cole, 47, joined the fire service at the age of 22 in 1996.", "2025-03-01", "22", "FC506"),
    ("The show opened on 2 May and was axed on 30 May after a run of just 12 days.", "2025-06-03", "12 days",
     "FC507"),
    ("The yacht capsized on 3 August; the crew were rescued on 9 August, 12 days later.", "2025-09-01", "12 days",
     "FC507"),
    ("The derby will be played on Friday 14 March at the new stadium.", "2026-01-05", "Friday 14 March", "FC501"),
    ("Nine years after the bridge fell on 14 August 2018, the new span opened.", "2025-09-01", "Nine years",
     "FC504"),
])
def test_more_wordings_flagged(text, published, span, code):
    assert span in spans(text, published, code)


@pytest.mark.parametrize("text,published", [
    ("Dan Cole, 47, joined the fire service at the age of 18 in 1996.", "2025-03-01"),
    ("The show opened on 2 May and was axed on 30 May after a run of just 28 days.", "2025-06-03"),
    ("The yacht capsized on 3 August; the crew were rescued on 9 August, six days later.", "2025-09-01"),
    ("The derby will be played on Saturday 14 March at the new stadium.", "2026-01-05"),
    ("Seven years after the bridge fell on 14 August 2018, the new span opened.", "2025-09-01"),
    # two semicolons: the first date may belong to another event
    ("The yacht left on 3 August; it capsized; the crew were rescued on 9 August, 12 days later.", "2025-09-01"),
])
def test_more_wordings_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ a birthday and the birth in adjacent sentences; "turned N yesterday";
# a timetable in the present; the start told after a semicolon
@pytest.mark.parametrize("text,published,span,code", [
    ("Olive Danes marked her 100th birthday on Sunday with a fly-past. She was born on 30 May 1926.",
     "2025-06-03", "100th", "FC506"),
    ("Olive Danes, born 30 May 1926, turned 100 yesterday.", "2025-05-31", "100", "FC506"),
    ("The half-marathon takes place on Saturday, October 4, with 9,000 runners.", "2026-02-01",
     "Saturday, October 4", "FC501"),
    ("The rig was towed into port on 20 May after 60 days adrift; it had broken down on 2 April.", "2025-06-01",
     "60 days", "FC507"),
])
def test_round11_more_flagged(text, published, span, code):
    assert span in spans(text, published, code)


@pytest.mark.parametrize("text,published", [
    ("Olive Danes marked her 99th birthday on Sunday with a fly-past. She was born on 30 May 1926.", "2025-06-03"),
    ("Olive Danes, born 30 May 1926, turned 99 yesterday.", "2025-05-31"),
    ("The half-marathon takes place on Sunday, October 4, with 9,000 runners.", "2026-02-01"),
    ("The rig was towed into port on 20 May after 48 days adrift; it had broken down on 2 April.", "2025-06-01"),
    # another's birthday in the next sentence
    ("Olive Danes was born on 30 May 1926. Her son marked his 70th birthday on Sunday.", "2025-06-03"),
])
def test_round11_more_clean(text, published):
    assert not problems(text, published)


@pytest.mark.parametrize("text,published,span,code", [
    ("The relay will start at 9am on Saturday, April 26, by the old bridge.", "2026-01-15", "Saturday, April 26",
     "FC501"),
    ("Born on 2 June 1998, the 29-year-old rode her first winner a decade ago.", "2026-05-10", "29-year-old",
     "FC506"),
    ("The exhibition opened on 4 March and closed after 12 days on 30 March.", "2025-04-10", "12 days", "FC507"),
])
def test_round11_wordings_flagged(text, published, span, code):
    assert span in spans(text, published, code)


@pytest.mark.parametrize("text,published", [
    ("The relay will start at 9am on Sunday, April 26, by the old bridge.", "2026-01-15"),
    ("Born on 2 June 1998, the 27-year-old rode her first winner a decade ago.", "2026-05-10"),
    ("The exhibition opened on 4 March and closed after 26 days on 30 March.", "2025-04-10"),
    # an age the "ago" dates
    ("Born on 2 June 1998, she was 18 a decade ago.", "2026-05-10"),
])
def test_round11_wordings_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ an age now and the age at the one year, more links
@pytest.mark.parametrize("text,published,span", [
    ("Carla Mendes, 63, has sung in the choir since 1979, when she was 11.", "2025-04-01", "11"),
    ("Carla Mendes, 63, was 11 when she joined the choir in 1979.", "2025-04-01", "11"),
    ("Carla Mendes, 63, joined the choir as an 11-year-old in 1979.", "2025-04-01", "11-year-old"),
    ("Carla Mendes, now 63, first sang in the choir in 1979, aged just 11.", "2025-04-01", "11"),
    ("The 63-year-old joined the choir in 1979 at the age of 11.", "2025-04-01", "11"),
])
def test_now_and_then_links_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("Carla Mendes, 63, has sung in the choir since 1979, when she was 17.", "2025-04-01"),
    ("Carla Mendes, 63, was 17 when she joined the choir in 1979.", "2025-04-01"),
    ("Carla Mendes, 63, joined the choir as a 17-year-old in 1979.", "2025-04-01"),
    ("Carla Mendes, now 63, first sang in the choir in 1979, aged just 17.", "2025-04-01"),
    ("The 63-year-old joined the choir in 1979 at the age of 17.", "2025-04-01"),
    # the age at the year is another's
    ("Carla Mendes, 63, was 11 when her mother joined the choir in 1979.", "2025-04-01"),
    ("Carla Mendes, 63, joined the choir in 1979, when her daughter was 11.", "2025-04-01"),
    ("Carla Mendes, 63, met Ana Ruiz in 1979, when she was 11.", "2025-04-01"),
])
def test_now_and_then_links_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ "by D2 ... had been <doing> for N days", the start told anywhere
@pytest.mark.parametrize("text,published,span", [
    ("By 26 July the blaze had been burning for 31 days, having started on 3 July.", "2026-07-27", "31 days"),
    ("The blaze, which started on July 3, had been burning for 31 days by Sunday, July 26.", "2026-07-27",
     "31 days"),
    ("The sit-in began on 3 July; by 26 July the students had occupied the hall for 31 days.", "2026-07-27",
     "31 days"),
])
def test_by_day_had_been_flagged(text, published, span):
    assert span in spans(text, published, "FC507")


@pytest.mark.parametrize("text,published", [
    ("By 26 July the blaze had been burning for 23 days, having started on 3 July.", "2026-07-27"),
    ("The blaze, which started on July 3, had been burning for 23 days by Sunday, July 26.", "2026-07-27"),
    ("The sit-in began on 3 July; by 26 July the students had occupied the hall for 23 days.", "2026-07-27"),
    # a later state: its own start is not told
    ("By 26 July, the blaze, which started on 3 July, had been contained for 10 days.", "2026-07-27"),
])
def test_by_day_had_been_clean(text, published):
    assert not problems(text, published, "FC507")


# ------------------------------------------ the Nth day, the day it was reached fronted
@pytest.mark.parametrize("text,published,span", [
    ("On 26 July the hunger strike, which began on 3 July, entered its 31st day.", "2026-07-27", "31st day"),
    ("On Sunday, the walkout, which began on 3 July, reached its 30th day.", "2026-07-27", "30th day"),
])
def test_fronted_running_day_flagged(text, published, span):
    assert span in spans(text, published, "FC507")


@pytest.mark.parametrize("text,published", [
    ("On 26 July the hunger strike, which began on 3 July, entered its 24th day.", "2026-07-27"),
    ("On Sunday, the walkout, which began on 3 July, reached its 24th day.", "2026-07-27"),
    # the fronted day is not where the count was reached
    ("On 26 July the union said the strike, which began on 3 July, would enter its 31st day next week.",
     "2026-07-27"),
])
def test_fronted_running_day_clean(text, published):
    assert not problems(text, published, "FC507")


@pytest.mark.parametrize("text,published,span", [
    ("Jockey Ann Roe (29), born on 2 June 1998, rode her first winner at Naas.", "2026-05-10", "29"),
])
def test_bracketed_age_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("Jockey Ann Roe (27), born on 2 June 1998, rode her first winner at Naas.", "2026-05-10"),
    ("The report (29) was published on 2 June 1998 by the board.", "2026-05-10"),
])
def test_bracketed_age_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ the start restated as its noun; a weekday beside "N days later"
@pytest.mark.parametrize("text,published,span", [
    ("The probe launched on 5 June and reached Mars orbit on 30 June, 40 days after its launch.", "2025-07-01",
     "40 days"),
    ("The capsule, launched on 5 June 2025, splashed down on Tuesday, 312 days later.", "2026-03-18", "312 days"),
])
def test_noun_restated_and_weekday_later_flagged(text, published, span):
    assert span in spans(text, published, "FC507")


@pytest.mark.parametrize("text,published", [
    ("The probe launched on 5 June and reached Mars orbit on 30 June, 25 days after its launch.", "2025-07-01"),
    ("The capsule, launched on 5 June 2025, splashed down on Tuesday, 285 days later.", "2026-03-18"),
    # another event's noun
    ("The inmate was released on 2 May and recaptured on 28 May, 19 days after his arrest.", "2025-06-01"),
])
def test_noun_restated_and_weekday_later_clean(text, published):
    assert not problems(text, published, "FC507")


@pytest.mark.parametrize("text,published", [
    # a stop on the way, not the whole time
    ("The team left London on 2 May and arrived in Kathmandu on 9 May, after two days in Doha.", "2025-06-01"),
    ("The climbers set off on 2 May and reached the summit on 20 May, after three days stuck at the top camp.",
     "2025-06-01"),
])
def test_after_count_part_of_the_time_clean(text, published):
    assert not problems(text, published, "FC507")


@pytest.mark.parametrize("text,published", [
    # a day just gone told in the future: no guess at next year's
    ("Organisers said in January that the race will be held on Saturday 14 March.", "2026-03-20"),
])
def test_future_clause_day_just_gone_clean(text, published):
    assert not problems(text, published, "FC501")


@pytest.mark.parametrize("text,published,span", [
    ("Ann Roe, who is 29 and was born on 2 June 1998, rode her first winner at Naas.", "2026-05-10", "29"),
])
def test_age_and_born_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("Ann Roe, who is 27 and was born on 2 June 1998, rode her first winner at Naas.", "2026-05-10"),
    ("Ann Roe is 29 and her son was born on 2 June 1998.", "2026-05-10"),
    ("Ann Roe is 29 and Tom Bell was born on 2 June 1998.", "2026-05-10"),
])
def test_age_and_born_clean(text, published):
    assert not problems(text, published, "FC506")


@pytest.mark.parametrize("text,published,span,code", [
    ("Fifty years on from the loss of the lifeboat in January 1981, a memorial was unveiled.", "2026-01-15",
     "Fifty years", "FC504"),
])
def test_years_on_from_flagged(text, published, span, code):
    assert span in spans(text, published, code)


@pytest.mark.parametrize("text,published", [
    ("Forty-five years on from the loss of the lifeboat in January 1981, a memorial was unveiled.", "2026-01-15"),
])
def test_years_on_from_clean(text, published):
    assert not problems(text, published)

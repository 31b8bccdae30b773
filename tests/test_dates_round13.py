"""Dates family, round 13: own paraphrases, each with a clean twin."""
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


# ------------------------------------------ a weekday date in a future clause; "next year's X" after it
# names the year of another thing, not of the day
@pytest.mark.parametrize("text,published,span", [
    ("The board will vote on Tuesday, March 5, on next year's budget.", "2026-02-16", "Tuesday, March 5"),
    ("Governors are due to meet on Monday 14 April to agree next year's fees, with a 3% rise likely.",
     "2026-03-30", "Monday 14 April"),
    ("The council will sit on Thursday, June 12, to approve next year's road programme.", "2026-05-28",
     "Thursday, June 12"),
])
def test_future_weekday_date_next_years_thing_flagged(text, published, span):
    assert span in spans(text, published, "FC501")


@pytest.mark.parametrize("text,published", [
    ("The board will vote on Thursday, March 5, on next year's budget.", "2026-02-16"),
    ("Governors are due to meet on Monday 14 April to agree next year's fees, with a 3% rise likely.",
     "2025-03-30"),
    # the named year before the date still owns it
    ("Next year's regatta will be held on Sunday 8 July.", "2017-09-01"),
    ("Last year's final, on Sunday 14 July, drew a record crowd.", "2020-03-02"),
])
def test_future_weekday_date_next_years_thing_clean(text, published):
    assert not problems(text, published, "FC501")


# ------------------------------------------ "the early hours of yesterday, Monday,": the day itself
@pytest.mark.parametrize("text,published,span", [
    ("The fire broke out in the small hours of yesterday, Sunday, gutting a row of shops.", "2025-06-11",
     "Sunday"),
    ("Thieves struck on the night of yesterday, Friday, and took two vans.", "2024-03-06", "Friday"),
    ("The storm peaked on the evening of today, Thursday, forecasters said.", "2025-01-06", "Thursday"),
])
def test_of_yesterday_weekday_flagged(text, published, span):
    assert span in spans(text, published, "FC502")


@pytest.mark.parametrize("text,published", [
    ("The fire broke out in the small hours of yesterday, Tuesday, gutting a row of shops.", "2025-06-11"),
    ("Thieves struck on the night of yesterday, Tuesday, and took two vans.", "2024-03-06"),
    ("The storm peaked on the evening of today, Monday, forecasters said.", "2025-01-06"),
    # a list of days, not an apposition
    ("Sales of yesterday, Friday and Saturday were strong.", "2025-01-08"),
])
def test_of_yesterday_weekday_clean(text, published):
    assert not problems(text, published, "FC502")


# ------------------------------------------ "are today in the 19th day of their strike"
@pytest.mark.parametrize("text,published,span", [
    ("Nurses at St Anne's, who walked out on 3 April, are today in the 16th day of their strike.",
     "2026-04-14", "16th day"),
    ("The residents, who set up camp on 1 June, are now on the 25th day of their protest.", "2025-06-20",
     "25th day"),
    ("Dockers who went on strike on 9 May are now in the fifth week of the dispute.", "2025-06-20",
     "fifth week"),
    ("The vigil, which began on 2 October, is now in its 30th day.", "2025-10-20", "30th day"),
])
def test_running_day_of_their_thing_flagged(text, published, span):
    assert span in spans(text, published, "FC507")


@pytest.mark.parametrize("text,published", [
    ("Nurses at St Anne's, who walked out on 3 April, are today in the 12th day of their strike.",
     "2026-04-14"),
    ("The residents, who set up camp on 1 June, are now on the 20th day of their protest.", "2025-06-20"),
    ("Dockers who went on strike on 9 May are now in the seventh week of the dispute.", "2025-06-20"),
    # the day of another thing
    ("Nurses, who walked out on 3 April, say the 16th day of the month is payday.", "2026-04-14"),
    ("Players who joined on 3 April are now in the 16th day of the year.", "2026-04-14"),
])
def test_running_day_of_their_thing_clean(text, published):
    assert not problems(text, published, "FC507")


# ------------------------------------------ a thing's age and the year it was built, planted, founded
@pytest.mark.parametrize("text,published,span", [
    ("The lighthouse, built in 1841, is 175 years old.", "2026-09-15", "175 years old"),
    ("The chapel was consecrated in 1702, which makes it 314 years old.", "2026-09-15", "314 years old"),
    ("The 93-year-old lido, which opened in 1923, will reopen next summer.", "2026-09-15", "93-year-old"),
    ("Founded in 1898, the club is now 118 years old.", "2026-09-15", "118 years old"),
    ("The oaks were planted in 1790, making them more than 256 years old, the trust said.", "2026-04-02",
     "more than 256 years old"),
    ("The 64-year-old viaduct was built in 1952 and carries 40,000 cars a day.", "2025-02-01", "64-year-old"),
])
def test_thing_age_and_origin_year_flagged(text, published, span):
    assert span in spans(text, published, "FC504")


@pytest.mark.parametrize("text,published", [
    ("The lighthouse, built in 1841, is 185 years old.", "2026-09-15"),
    ("The chapel was consecrated in 1702, which makes it 324 years old.", "2026-09-15"),
    ("The chapel was consecrated in 1702, which makes it 323 years old.", "2026-09-15"),  # a late-1702 day
    ("The 103-year-old lido, which opened in 1923, will reopen next summer.", "2026-09-15"),
    ("Founded in 1898, the club is now nearly 130 years old.", "2026-09-15"),
    ("The oaks were planted in 1790, making them more than 230 years old, the trust said.", "2026-04-02"),
    ("The 73-year-old viaduct was built in 1952 and carries 40,000 cars a day.", "2025-02-01"),
    # a person who founded something; an age at another time; no publication date
    ("The 45-year-old, who founded the firm in 2010, is stepping down.", "2026-09-15"),
    ("The bridge, built in 1863, was 100 years old when it was widened in 1963.", "2026-09-15"),
    ("The bridge, built in 1863, was 100 years old when the war ended.", "2026-09-15"),
    ("The lighthouse, built in 1841, is 175 years old.", None),
    # the age of another thing in the sentence
    ("The pier was built in 1890, but its 40-year-old kiosk is to be replaced.", "2026-09-15"),
])
def test_thing_age_and_origin_year_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ a date in figures: "14/03/1994", "17.06.1985"
def test_numeric_dates_read():
    from checker.api import analyse
    got = {m.text: (m.date.year, m.date.month, m.date.day) for m in analyse(
        "Filed on 23/08/1990, 08/23/1991 and 17.06.1985; the 31/12/2019 deadline.").mentions if m.date}
    assert got == {"23/08/1990": (1990, 8, 23), "08/23/1991": (1991, 8, 23), "17.06.1985": (1985, 6, 17),
                   "31/12/2019": (2019, 12, 31)}


def test_ambiguous_numeric_date_is_its_year():
    from checker.api import analyse
    (m,) = analyse("It was logged on 03/04/1990.").mentions  # day or month first: the year only
    assert (m.date.year, m.date.month, m.date.day) == (1990, None, None)


@pytest.mark.parametrize("text", [
    "Invoice 31/02/2019 was paid.",  # no such day: a reference
    "Version 1.14.2020 is out.",
    "Case 6617/23 was heard.",
])
def test_numeric_dates_not_read(text):
    from checker.api import analyse
    assert not [m for m in analyse(text).mentions if m.kind.name == "DATE"]


@pytest.mark.parametrize("text,published,span", [
    ("Karen Hollis, 44, of Mill Lane (date of birth 02/11/1979), was fined £300.", "2026-05-20", "44"),
    ("The defendant, who was born on 23/08/1990, is 31 and lives in Leeds.", "2025-01-10", "31"),
    ("Mr Dale, 52, (DOB 17.06.1985) denies the charge.", "2026-03-01", "52"),
])
def test_numeric_birth_date_and_age_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("Karen Hollis, 46, of Mill Lane (date of birth 02/11/1979), was fined £300.", "2026-05-20"),
    ("The defendant, who was born on 23/08/1990, is 34 and lives in Leeds.", "2025-01-10"),
    ("Mr Dale, 40, (DOB 17.06.1985) denies the charge.", "2026-03-01"),
    # 2 November or 11 February: 46 either way; 3 April or 4 March: the year allows 34 or 35
    ("Karen Hollis, 46, of Mill Lane (date of birth 02/11/1979), was fined £300.", "2026-05-20"),
    ("The defendant, who was born on 03/04/1990, is 34 and lives in Leeds.", "2025-03-20"),
])
def test_numeric_birth_date_and_age_clean(text, published):
    assert not problems(text, published)


@pytest.mark.parametrize("text,published,span,code", [
    ("The road was shut for 12 days, from 13/02/2025 to 28/02/2025.", None, "12 days", "FC507"),
    ("The hearing is on Monday 14/10/2025.", None, "Monday 14/10/2025", "FC501"),
])
def test_numeric_dates_in_spans_flagged(text, published, span, code):
    assert span in spans(text, published, code)


# ------------------------------------------ "spent 69 days on remand - from 14 January until 20 April -"
@pytest.mark.parametrize("text,span", [
    ("Okafor spent 39 days on remand - from 14 January until he was freed on 20 April - before the case "
     "collapsed.", "39 days"),
    ("The crew spent 21 days at sea, from 3 May to 14 May, before reaching port.", "21 days"),
    ("She served 93 days in custody, from 2 March to 10 April.", "93 days"),
    ("The ship spent 12 days in quarantine - between 2 June and 30 June - off Malta.", "12 days"),
])
def test_length_with_state_then_range_flagged(text, span):
    assert span in spans(text, "2025-11-20", "FC507")


@pytest.mark.parametrize("text", [
    "Okafor spent 96 days on remand - from 14 January until he was freed on 20 April - before the case "
    "collapsed.",
    "The crew spent 11 days at sea, from 3 May to 14 May, before reaching port.",
    "She served 39 days in custody, from 2 March to 10 April.",
    "The ship spent 28 days in quarantine - between 2 June and 30 June - off Malta.",
    # a length of something else, then a range
    "She spent 12 days in hospital in May, and was off work from 2 March to 10 April.",
])
def test_length_with_state_then_range_clean(text):
    assert not problems(text, "2025-11-20", "FC507")


# ------------------------------------------ "closed from 6 July to 28 August ..., a closure ... will last four weeks"
@pytest.mark.parametrize("text,span", [
    ("The pool will shut from 2 June to 30 June for retiling, a closure expected to last two weeks.", "two weeks"),
    ("The line is closed from 3 to 24 May while track is relaid, a shutdown Network Rail says will last 12 "
     "days.", "12 days"),
    ("Talks ran from 9 March to 30 March, a marathon that lasted nine days.", "nine days"),
    ("Workers struck from 1 to 21 October - a stoppage which lasted a fortnight - over pay.", "a fortnight"),
])
def test_range_then_apposed_length_flagged(text, span):
    assert span in spans(text, "2025-11-20", "FC507")


@pytest.mark.parametrize("text", [
    "The pool will shut from 2 June to 30 June for retiling, a closure expected to last four weeks.",
    "The line is closed from 3 to 24 May while track is relaid, a shutdown Network Rail says will last three "
    "weeks.",
    "Talks ran from 9 March to 30 March, a marathon that lasted 21 days.",
    "Workers struck from 1 to 21 October - a stoppage which lasted three weeks - over pay.",
    # another thing's length, joined by "and"
    "The fair runs from 3 to 20 May, and a stage that will last four days is being built.",
    "The road is shut from 3 to 20 May, a repair that will take four days.",
])
def test_range_then_apposed_length_clean(text):
    assert not problems(text, "2025-11-20", "FC507")


# ------------------------------------------ a role, then the name, then "who was born ...": "The 51-year-old" next
@pytest.mark.parametrize("text,published,span", [
    ("The club's head coach, Marta Lind, who was born on 4 June 1970, is leaving. The 51-year-old has been "
     "in charge since 2018.", "2026-01-10", "51-year-old"),
    ("Veteran striker Joe Kane, who was born in Cork on 9 May 1992, has retired. The 30-year-old scored 120 "
     "goals.", "2026-03-01", "30-year-old"),
    ("The bank's chief economist, Ravi Mehta, who was born on 1 December 1968, will step down in June. The "
     "60-year-old is to be replaced by his deputy.", "2026-02-01", "60-year-old"),
])
def test_role_name_born_then_age_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("The club's head coach, Marta Lind, who was born on 4 June 1970, is leaving. The 55-year-old has been "
     "in charge since 2018.", "2026-01-10"),
    ("Veteran striker Joe Kane, who was born in Cork on 9 May 1992, has retired. The 33-year-old scored 120 "
     "goals.", "2026-03-01"),
    ("The bank's chief economist, Ravi Mehta, who was born on 1 December 1968, will step down in June. The "
     "57-year-old is to be replaced by his deputy.", "2026-02-01"),
    # another person named with the age
    ("The club's head coach, Marta Lind, who was born on 4 June 1970, is leaving. The 23-year-old striker Ana "
     "Ruiz will miss her.", "2026-01-10"),
    # the coach and another person in the birth sentence
    ("The club's head coach, Marta Lind, who was born on 4 June 1970, and her assistant Tom Berg are leaving. "
     "The 51-year-old has been in charge since 2018.", "2026-01-10"),
])
def test_role_name_born_then_age_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ "reopens on D2 after N weeks; it closed on D1"
@pytest.mark.parametrize("text,span", [
    ("The pool reopens on 9 May after four weeks; it closed on 1 April.", "four weeks"),
    ("The bridge reopened on 30 June after 21 days; it had shut on 2 June.", "21 days"),
])
def test_reopened_after_n_then_start_flagged(text, span):
    assert span in spans(text, "2025-07-01", "FC507")


@pytest.mark.parametrize("text", [
    "The pool reopens on 9 May after five weeks; it closed on 1 April.",
    "The bridge reopened on 30 June after 28 days; it had shut on 2 June.",
    # the work need not fill the closure: silent
    "The museum reopened on 14 March after 12 weeks of restoration, having closed on 2 January.",
    "The pool reopens on 9 May after four weeks of retiling; it closed on 1 April.",
])
def test_reopened_after_n_then_start_clean(text):
    assert not problems(text, "2025-07-01", "FC507")


# ------------------------------------------ "The strike, now in its fifth week, began on 2 June"
@pytest.mark.parametrize("text,span", [
    ("The strike, now in its fifth week, began on 2 June.", "fifth week"),
    ("Now in its 30th day, the vigil started on 2 June.", "30th day"),
    ("The sit-in, now into its 10th day, began on Monday 8 June.", "10th day"),
])
def test_count_set_apart_then_start_flagged(text, span):
    assert span in spans(text, "2026-06-20", "FC507")


@pytest.mark.parametrize("text", [
    "The strike, now in its third week, began on 2 June.",
    "Now in its 19th day, the vigil started on 2 June.",
    "The sit-in, now into its 13th day, began on Monday 8 June.",
    # the start of another thing
    "The strike, now in its fifth week, follows a walkout that began on 2 June.",
])
def test_count_set_apart_then_start_clean(text):
    assert not problems(text, "2026-06-20", "FC507")


# ------------------------------------------ "Ann Roe, 45, who was born in 1975, joined in 2001": the age now
@pytest.mark.parametrize("text,published,span", [
    ("Tom Hale, 45, who was born in Derby in 1975, joined the firm in 2001.", "2026-06-17", "45"),
    ("Dr Ana Ruiz, 38, born on 4 May 1980, has led the unit since 2015 and will retire in 2030.", "2026-06-17",
     "38"),
    ("The 41-year-old, who was born in 1979, won her first title in 2004.", "2026-06-17", "41-year-old"),
])
def test_age_now_beside_later_years_flagged(text, published, span):
    assert span in spans(text, published, "FC506")


@pytest.mark.parametrize("text,published", [
    ("Tom Hale, 50, who was born in Derby in 1975, joined the firm in 2001.", "2026-06-17"),
    ("Dr Ana Ruiz, 46, born on 4 May 1980, has led the unit since 2015 and will retire in 2030.", "2026-06-17"),
    ("The 47-year-old, who was born in 1979, won her first title in 2004.", "2026-06-17"),
    # the age at the later year (either reading agrees: silent), or at another time
    ("Tom Hale, 26, who was born in Derby in 1975, joined the firm in 2001.", "2026-06-17"),
    ("In 2001, Tom Hale, 26, who was born in 1975, joined the firm.", "2026-06-17"),
    ("Tom Hale, 26, who was born in 1975, died in 2001.", "2026-06-17"),
])
def test_age_now_beside_later_years_clean(text, published):
    assert not problems(text, published, "FC506")

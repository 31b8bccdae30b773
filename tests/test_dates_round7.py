"""Dates family, round 7: own paraphrases of the shapes taken this round, each
with a clean twin (rule code and span asserted on the flag cases)."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text, published=None, code=None):
    found = [f for f in check_text(text, published) if f.is_problem]
    return [f for f in found if code is None or f.rule == code]


def spans(text, findings):
    out = []
    for f in findings:
        out.append(text[f.start:f.end])
        out.extend(r.text for r in f.related)
    return out


# ------------------------------------------ a possessive before the length on the noun
@pytest.mark.parametrize("text,published,span", [
    ("Organisers say this year's 12-day jazz festival, which runs from 4 to 27 July, is nearly sold out.", None, "12-day"),
    ("Bristol's nine-day harbour fair runs 5-22 May.", "2025-04-01", "nine-day"),
    ("Last year's six-day carnival ran from June 3 to 20 and drew 8,000 people.", None, "six-day"),
    ("The union's 14-day walkout, which began on 2 March and ended on 29 March, closed 40 schools.", None, "14-day"),
    ("The council's two-week book fair will be held between 1 and 28 October.", "2025-09-01", "two-week"),
])
def test_possessive_compound_period_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("Organisers say this year's 12-day jazz festival, which runs from 4 to 15 July, is nearly sold out.", None),
    ("Bristol's nine-day harbour fair runs 5-13 May.", "2025-04-01"),
    ("Last year's six-day carnival ran from June 3 to 8 and drew 8,000 people.", None),
    ("The union's 14-day walkout, which began on 2 March and ended on 15 March, closed 40 schools.", None),
    ("The council's two-week book fair will be held between 1 and 14 October.", "2025-09-01"),
    ("The mayor's 10-day tour took in Lyon on 2 August and Nice on 18 August.", None),
])
def test_possessive_compound_period_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ an anniversary marked on a day near publication
@pytest.mark.parametrize("text,published,span", [
    ("Veterans laid wreaths on Sunday to commemorate the 80th anniversary of the 1946 ferry disaster.",
     "2025-07-02", "80th anniversary"),
    ("Today marks the 25th anniversary of the 2001 mill fire in Ashby.", "2025-03-10", "25th anniversary"),
    ("Hundreds of residents gathered yesterday to celebrate the 100th anniversary of the pier, which opened in 1926.",
     "2025-07-02", "100th anniversary"),
    ("The rugby club, founded in 1966, is celebrating its 60th anniversary this weekend.", "2025-06-14",
     "60th anniversary"),
    ("On Saturday, survivors met to mark the fortieth anniversary of the 1986 blast.", "2025-04-28",
     "fortieth anniversary"),
])
def test_anniversary_on_a_near_day_flagged(text, published, span):
    found = problems(text, published, "FC505")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("Veterans laid wreaths on Sunday to commemorate the 79th anniversary of the 1946 ferry disaster.", "2025-07-02"),
    ("Today marks the 24th anniversary of the 2001 mill fire in Ashby.", "2025-03-10"),
    # only the year of publication: a year either way, as before
    ("The town is marking the 60th anniversary of the 1966 flood.", "2025-07-02"),
    # near New Year the day may belong to the year before
    ("Veterans laid wreaths on Thursday to commemorate the 80th anniversary of the 1946 ferry disaster.", "2025-01-03"),
    # a season of events opened on the day may run ahead of the year
    ("The theatre launched on Monday a year of events to mark the 50th anniversary of its 1976 opening.", "2025-07-02"),
    ("Fans gathered on Monday to celebrate the start of the 50th anniversary season of the club, founded in 1976.",
     "2025-07-02"),
    ("Work began on Monday ahead of the 50th anniversary of the 1976 rising next year.", "2025-07-02"),
])
def test_anniversary_on_a_near_day_clean(text, published):
    assert not problems(text, published, "FC505")


# ------------------------------------------ "turns N" at a stated time, with a birth
@pytest.mark.parametrize("text,published,span", [
    ("Judge Ann Cole, who will turn 70 in March, was born in 1954.", "2025-09-18", "70"),
    ("The poet, born in 1961, turns 65 this year.", "2025-05-02", "65"),
    ("The singer was born in June 1980 and turns 44 next month.", "2025-05-20", "44"),
    ("The former mayor, who turned 60 last week, was born in Hull in 1966.", "2025-09-18", "60"),
    ("She turns fifty in 2027, having been born in 1976.", None, "fifty"),
    ("Born on 4 May 1950, the actor turned 74 on Sunday.", "2025-05-06", "74"),
])
def test_turning_age_flagged(text, published, span):
    found = problems(text, published, "FC506")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("Judge Ann Cole, who will turn 72 in March, was born in 1954.", "2025-09-18"),
    ("The poet, born in 1961, turns 64 this year.", "2025-05-02"),
    ("The singer was born in June 1980 and turns 45 next month.", "2025-05-20"),
    ("The former mayor, who turned 59 last week, was born in Hull in 1966.", "2025-09-18"),
    ("She turns fifty-one in 2027, having been born in 1976.", None),
    ("Born on 4 May 1950, the actor turned 75 on Sunday.", "2025-05-06"),
    # a turn of another kind, and another year in the sentence
    ("The club, founded in 1999, turned 180 degrees in May.", "2025-09-18"),
    ("Born in 1990, she turned professional in 2010 and turned 31 in 2020.", "2025-09-18"),
    # the week straddles New Year: no single year
    ("The bishop, who turns 80 this week, was born in 1946.", "2025-12-29"),
])
def test_turning_age_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ a range standing alone beside the length
@pytest.mark.parametrize("text,published,span", [
    ("The 12-day regatta (3-25 June) drew crews from 14 countries.", None, "12-day"),
    ("The eight-day film season, 4 to 19 March, opens with a silent classic.", None, "eight-day"),
    ("The 7-day book fair will take place on June 9-20 in the old market hall.", "2025-05-01", "7-day"),
    ("The regatta, 3-25 June, lasts 12 days.", None, "12 days"),
])
def test_bare_range_period_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The 12-day regatta (3-14 June) drew crews from 14 countries.", None),
    ("The eight-day film season, 4 to 11 March, opens with a silent classic.", None),
    ("The 7-day book fair will take place on June 9-15 in the old market hall.", "2025-05-01"),
    ("The regatta, 3-14 June, lasts 12 days.", None),
    # two ranges: the length belongs to neither alone
    ("The 12-day regatta (3-8 June and 20-25 June) drew crews from 14 countries.", None),
])
def test_bare_range_period_clean(text, published):
    assert not problems(text, published, "FC507")


# ------------------------------------------ "mark N years since" and "celebrated ... on Saturday"
@pytest.mark.parametrize("text,published,span", [
    ("Survivors met on Sunday to commemorate 40 years since the 1986 pit blast.", "2025-06-16", "40 years"),
    ("Today marks 25 years since the 2001 flood in Tewkesbury.", "2025-03-04", "25 years"),
    ("The choir, founded in 1976, celebrated its 50th anniversary on Saturday.", "2025-06-16", "50th anniversary"),
    ("The lifeboat station, opened in 1925, yesterday celebrated its centenary.", "2024-08-20", "centenary"),
])
def test_marked_anniversary_flagged(text, published, span):
    found = problems(text, published, "FC505")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("Survivors met on Sunday to commemorate 39 years since the 1986 pit blast.", "2025-06-16"),
    ("Today marks 24 years since the 2001 flood in Tewkesbury.", "2025-03-04"),
    ("The choir, founded in 1975, celebrated its 50th anniversary on Saturday.", "2025-06-16"),
    ("Survivors met on Sunday to commemorate nearly 40 years since the 1986 pit blast.", "2025-06-16"),
    # the weekday belongs to another verb: the celebration may have been last year
    ("The band, which celebrated 20 years since its debut in 2004, played in Leeds on Friday.", "2025-06-16"),
    ("The choir, founded in 1976, celebrated its 50th anniversary.", "2025-06-16"),
])
def test_marked_anniversary_clean(text, published):
    assert not problems(text, published, "FC505")


# ------------------------------------------ "her Nth birthday" / "will be N" at a stated time
@pytest.mark.parametrize("text,published,span", [
    ("The cellist, who celebrates her 90th birthday next month, was born in November 1936.", "2025-10-07", "90th"),
    ("Born in 1950, the drummer celebrated his 74th birthday on Sunday.", "2025-09-18", "74th"),
    ("The bishop, who will be 85 next month, was born in May 1941.", "2025-04-10", "85"),
    ("The skipper, born in 1981, will be 41 in 2026.", None, "41"),
])
def test_birthday_and_will_be_flagged(text, published, span):
    found = problems(text, published, "FC506")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The cellist, who celebrates her 89th birthday next month, was born in November 1936.", "2025-10-07"),
    ("Born in 1950, the drummer celebrated his 75th birthday on Sunday.", "2025-09-18"),
    ("The bishop, who will be 84 next month, was born in May 1941.", "2025-04-10"),
    ("The skipper, born in 1981, will be 44 in 2026.", None),
    ("The skipper, born in 1981, will be 45 in 2026.", None),
    # another's birthday
    ("Born in 1950, the drummer and his son celebrated the boy's 12th birthday on Sunday.", "2025-09-18"),
])
def test_birthday_and_will_be_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ "opens on D1 and runs until D2"; "for N days between D1 and D2"
@pytest.mark.parametrize("text,published,span", [
    ("The eight-day regatta opens on 3 June and runs until 25 June.", "2025-05-01", "eight-day"),
    ("The 5-day book fair kicks off on 9 May and wraps up on 20 May.", "2025-05-01", "5-day"),
    ("The exhibition will run for 12 days between 4 and 30 March.", "2025-02-01", "12 days"),
])
def test_runs_until_period_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The eight-day regatta opens on 3 June and runs until 10 June.", "2025-05-01"),
    ("The 5-day book fair kicks off on 9 May and wraps up on 13 May.", "2025-05-01"),
    ("The exhibition will run for 12 days between 4 and 15 March.", "2025-02-01"),
    ("Sales opened on 2 May and continued until 20 May; 10 days later, prices rose.", "2025-06-01"),
])
def test_runs_until_period_clean(text, published):
    assert not problems(text, published, "FC507")


# ------------------------------------------ "week-long", "fortnight-long", "a fortnight"
@pytest.mark.parametrize("text,published,span", [
    ("The week-long carnival runs from 5 to 21 July.", None, "week-long"),
    ("The dig lasted a fortnight, from 1 to 27 September.", None, "a fortnight"),
    ("The fortnight-long walkout, which began on 4 March and ended on 30 March, shut 12 depots.", None,
     "fortnight-long"),
])
def test_week_words_period_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The week-long carnival runs from 5 to 11 July.", None),
    ("The dig lasted a fortnight, from 1 to 14 September.", None),
    ("The fortnight-long walkout, which began on 4 March and ended on 18 March, shut 12 depots.", None),
    ("A week-long break followed the 10-day strike, which ran from 2 to 11 May.", None),
])
def test_week_words_period_clean(text, published):
    assert not problems(text, published, "FC507")


# ------------------------------------------ the period in one sentence, "The N-day <same noun>" opening the next
@pytest.mark.parametrize("text,published,span", [
    ("The jazz festival runs from 4 to 27 July. The 12-day festival has booked 60 acts.", None, "12-day"),
    ("The dockers' strike began on 2 March and ended on 30 March. The nine-day strike cost the port £4m.", None,
     "nine-day"),
    ("The book fair runs 9-28 May. This year's 7-day event expects 20,000 visitors.", "2025-04-01", "7-day"),
])
def test_period_then_length_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The jazz festival runs from 4 to 15 July. The 12-day festival has booked 60 acts.", None),
    # another thing with a length of its own
    ("The jazz festival runs from 4 to 27 July. The 12-day pass costs £150.", None),
    ("The exhibition runs from 2 to 30 June. The three-day event that opens it includes talks.", None),
    ("The festival runs from 2 to 18 August. The three-day festival finale is sold out.", None),
    ("The festival runs from 2 to 18 August. The 10-day warm-up starts on 20 July.", None),
])
def test_period_then_length_clean(text, published):
    assert not problems(text, published, "FC507")


# ------------------------------------------ "on the Nth anniversary of", past tense on a near day
@pytest.mark.parametrize("text,published,span", [
    ("Flowers were left at the gates on Tuesday on the 30th anniversary of the 1996 stadium fire.", "2025-04-09",
     "30th anniversary"),
    ("Wreaths were laid on Friday to mark the 75th anniversary of the 1951 pit disaster.", "2025-05-30",
     "75th anniversary"),
])
def test_anniversary_past_tense_near_day_flagged(text, published, span):
    found = problems(text, published, "FC505")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("Flowers were left at the gates on Tuesday on the 29th anniversary of the 1996 stadium fire.", "2025-04-09"),
    ("Wreaths were laid on Friday to mark the 74th anniversary of the 1951 pit disaster.", "2025-05-30"),
    ("The service, which was held on Sunday, marked the centenary of the club, founded in 1926.", "2025-06-16"),
])
def test_anniversary_past_tense_near_day_clean(text, published):
    assert not problems(text, published, "FC505")


# ------------------------------------------ a date, then its weekday in apposition
@pytest.mark.parametrize("text,published,span", [
    ("The ballot closed on 9 October, a Wednesday, after a month of campaigning.", "2025-10-20", "9 October"),
    ("The ferry sank on June 4, which was a Friday.", "2025-06-20", "June 4"),
    ("Police were called on the 21st of May (a Monday night).", "2025-06-01", "21st of May"),
])
def test_date_then_weekday_flagged(text, published, span):
    found = problems(text, published, "FC501")
    assert found and any(span in x for x in spans(text, found))


@pytest.mark.parametrize("text,published", [
    ("The ballot closed on 9 October, a Thursday, after a month of campaigning.", "2025-10-20"),
    ("The ferry sank on June 4, which was a Wednesday.", "2025-06-20"),
    ("Police were called on the 21st of May (a Wednesday night).", "2025-06-01"),
    ("The ferry sank on 4 June 2021, a Friday.", "2025-06-20"),
])
def test_date_then_weekday_clean(text, published):
    assert not problems(text, published, "FC501")


# ------------------------------------------ "on Thursday, yesterday, ..."; "yesterday - Thursday -"
@pytest.mark.parametrize("text,published,span", [
    ("The jury returned its verdict on Monday, yesterday, after nine hours.", "2025-06-05", "yesterday"),
    ("Ministers met yesterday - Friday - to agree the budget.", "2025-06-05", "yesterday"),
])
def test_relative_day_apposed_flagged(text, published, span):
    found = problems(text, published, "FC502")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The jury returned its verdict on Wednesday, yesterday, after nine hours.", "2025-06-05"),
    ("Ministers met yesterday - Wednesday - to agree the budget.", "2025-06-05"),
    ("Shares fell on Monday, yesterday, and today.", "2025-06-05"),
    ("It rained on Monday, yesterday's forecast said.", "2025-06-05"),
])
def test_relative_day_apposed_clean(text, published):
    assert not problems(text, published, "FC502")


# ------------------------------------------ years of birth and death after a name; "May" the month is no modal
@pytest.mark.parametrize("text,published,span", [
    ("The sculptor Ivo Marr (1939-2024) died in Vienna aged 79.", None, "aged 79"),
    ("Edna Pike (1951–2025), who died on Friday at the age of 64, ran the mill for 30 years.", "2025-03-10", "64"),
    ("Pike was born on 9 May 1950 and died on Friday, aged 71.", "2025-06-10", "aged 71"),
])
def test_lifespan_and_may_flagged(text, published, span):
    found = problems(text, published, "FC506")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The sculptor Ivo Marr (1939-2024) died in Vienna aged 85.", None),
    ("Edna Pike (1951–2025), who died on Friday at the age of 73, ran the mill for 30 years.", "2025-03-10"),
    ("Pike was born on 9 May 1950 and died on Friday, aged 75.", "2025-06-10"),
    # an age at another time, or of another person
    ("Ivo Marr (1939-2024), who won the prize aged 30, died in Vienna.", None),
    ("Ivo Marr (1939-2024) died in May, and his brother Jan died aged 50.", None),
])
def test_lifespan_and_may_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ the later end of a range with its month written once
@pytest.mark.parametrize("text,published,span", [
    ("The roadworks run from 14 to 31 September.", None, "31"),
    ("Voting runs Nov. 3-31 in most counties.", None, "31"),
])
def test_elided_range_impossible_day_flagged(text, published, span):
    found = problems(text, published, "FC508")
    assert found and any(span in x for x in spans(text, found))


@pytest.mark.parametrize("text,published", [
    ("The roadworks run from 14 to 30 September.", None),
    ("Voting runs Nov. 3-30 in most counties.", None),
    ("The fair runs 12-29 February.", None),
])
def test_elided_range_impossible_day_clean(text, published):
    assert not problems(text, published, "FC508")


# ------------------------------------------ "D1; ... N days later, on D2"
@pytest.mark.parametrize("text,published,span", [
    ("The trawler left port on 3 October; it was spotted six days later, on 15 October.", "2025-10-20", "six days"),
])
def test_later_across_semicolon_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The trawler left port on 3 October; it was spotted 12 days later, on 15 October.", "2025-10-20"),
    ("The trawler left on 1 October and docked on 3 October; it sailed six days later, on 15 October.",
     "2025-10-20"),
])
def test_later_across_semicolon_clean(text, published):
    assert not problems(text, published, "FC507")


# ------------------------------------------ "turns N" and the birth in the adjacent sentence
@pytest.mark.parametrize("text,published,span", [
    ("Bishop Tom Okoro turns 70 next month. He was born in Enugu in 1958.", "2025-02-10", "70"),
    ("Dame Ada Finch was born in Leeds in March 1935. She turns 92 on Sunday.", "2025-03-05", "92"),
])
def test_turning_adjacent_sentences_flagged(text, published, span):
    found = problems(text, published, "FC506")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("Bishop Tom Okoro turns 67 next month. He was born in Enugu in 1958.", "2025-02-10"),
    ("Dame Ada Finch was born in Leeds in March 1935. She turns 90 on Sunday.", "2025-03-05"),
    # someone else turns
    ("Dame Ada Finch was born in Leeds in March 1935. Her husband turns 92 on Sunday.", "2025-03-05"),
    ("Tom Okoro turns 70 next month. His wife Ada was born in 1958.", "2025-02-10"),
])
def test_turning_adjacent_sentences_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ a length against "from Monday to Friday"
@pytest.mark.parametrize("text,published,span", [
    ("The two-day summit runs from Monday to Friday.", "2025-05-27", "two-day"),
    ("The talks, which began on Tuesday and ended on Saturday, lasted a day.", None, "a day"),
])
def test_weekday_range_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The four-day summit runs from Monday to Thursday.", "2025-05-27"),
    ("The three-day fair runs from Friday to Sunday.", None),
    # a length that may reach into a later week
    ("The strike ran from Monday to Friday, lasting ten days.", None),
    ("The 10-day festival runs from Friday to Sunday.", None),
])
def test_weekday_range_clean(text, published):
    assert not problems(text, published, "FC507")


# ------------------------------------------ "Monday marks / is / the anniversary falls on Monday"
@pytest.mark.parametrize("text,published,span", [
    ("Thursday marks 40 years since the 1986 stadium fire.", "2025-05-09", "40 years"),
    ("Saturday is the 25th anniversary of the 2001 floods.", "2025-11-05", "25th anniversary"),
    ("The 80th anniversary of the 1946 crash falls on Sunday.", "2025-09-10", "80th anniversary"),
])
def test_anniversary_day_present_flagged(text, published, span):
    found = problems(text, published, "FC505")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("Thursday marks 40 years since the 1985 stadium fire.", "2025-05-09"),
    ("Saturday is the 24th anniversary of the 2001 floods.", "2025-11-05"),
    ("The 79th anniversary of the 1946 crash falls on Sunday.", "2025-09-10"),
    ("It is the 25th anniversary of the 2001 floods.", "2025-11-05"),
])
def test_anniversary_day_present_clean(text, published):
    assert not problems(text, published, "FC505")


# ------------------------------------------ a thing begun in a year "turns N" at a stated time
@pytest.mark.parametrize("text,published,span", [
    ("The lido, which opened in 1937, turns 90 next month.", "2025-05-14", "turns 90"),
    ("Founded in 1965, the choir turned 50 on Saturday.", "2025-05-14", "turned 50"),
    ("The ferry line (set up in 1999) will turn 25 in 2025.", None, "will turn 25"),
])
def test_turned_anniversary_flagged(text, published, span):
    found = problems(text, published, "FC505")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The lido, which opened in 1937, turns 88 next month.", "2025-05-14"),
    ("Founded in 1965, the choir turned 60 on Saturday.", "2025-05-14"),
    ("The ferry line (set up in 1999) will turn 26 in 2025.", None),
    # a person turns
    ("Jo Lee, who founded the firm in 1990, turns 60 next month.", "2025-05-14"),
    ("The company, set up in 1990, said its founder turns 80 next month.", "2025-05-14"),
])
def test_turned_anniversary_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ "two days ago (Sunday)"
@pytest.mark.parametrize("text,published,span", [
    ("The ferry ran aground three days ago, on Friday, near Oban.", "2025-07-02", "three days ago"),
    ("Voting closed two days ago (Thursday).", "2025-07-02", "two days ago"),
])
def test_days_ago_weekday_flagged(text, published, span):
    found = problems(text, published, "FC502")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The ferry ran aground three days ago, on Sunday, near Oban.", "2025-07-02"),
    ("Voting closed two days ago (Monday).", "2025-07-02"),
    ("Voting closed about two days ago (Thursday).", "2025-07-02"),
])
def test_days_ago_weekday_clean(text, published):
    assert not problems(text, published, "FC502")


# ------------------------------------------ "for N days, D1-D2"; "Running from D1 to D2, the N-day ..."; "inclusive, N days in all"
@pytest.mark.parametrize("text,published,span", [
    ("The exhibition will run for nine days, 4-25 October.", None, "nine days"),
    ("Running from 4 to 25 October, the nine-day exhibition has drawn 8,000 visitors.", None, "nine-day"),
    ("Held between 4 and 25 October, this year's nine-day fair sold out.", None, "nine-day"),
    ("The fair ran from 4 October to 25 October inclusive, nine days in all.", None, "nine days"),
])
def test_more_period_links_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The exhibition will run for nine days, 4-12 October.", None),
    ("Running from 4 to 12 October, the nine-day exhibition has drawn 8,000 visitors.", None),
    ("Held between 4 and 12 October, this year's nine-day fair sold out.", None),
    ("The fair ran from 4 October to 12 October inclusive, nine days in all.", None),
])
def test_more_period_links_clean(text, published):
    assert not problems(text, published, "FC507")


# ------------------------------------------ the marking day as a date
@pytest.mark.parametrize("text,published,span", [
    ("Survivors met on 6 July to mark the 40th anniversary of the 1986 mine collapse.", "2025-07-08",
     "40th anniversary"),
    ("On 6 July 2025, survivors met to mark the 40th anniversary of the 1986 mine collapse.", None,
     "40th anniversary"),
    ("On Sunday, the choir, founded in 1976, celebrated its 50th anniversary with a concert.", "2025-06-20",
     "50th anniversary"),
])
def test_anniversary_marked_on_a_date_flagged(text, published, span):
    found = problems(text, published, "FC505")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("Survivors met on 6 July to mark the 39th anniversary of the 1986 mine collapse.", "2025-07-08"),
    ("On 6 July 2025, survivors met to mark the 39th anniversary of the 1986 mine collapse.", None),
    ("On Sunday, the choir, founded in 1975, celebrated its 50th anniversary with a concert.", "2025-06-20"),
])
def test_anniversary_marked_on_a_date_clean(text, published):
    assert not problems(text, published, "FC505")


# ------------------------------------------ "the anniversary of the X, which broke out in YEAR"
@pytest.mark.parametrize("text,published,span", [
    ("Veterans gathered on Sunday to mark the 75th anniversary of the battle, which began in 1951.", "2025-04-28",
     "75th anniversary"),
    ("Crowds met on Friday to commemorate the 30th anniversary of the riots that broke out in 1996.", "2025-04-28",
     "30th anniversary"),
])
def test_anniversary_event_clause_flagged(text, published, span):
    found = problems(text, published, "FC505")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("Veterans gathered on Sunday to mark the 74th anniversary of the battle, which began in 1951.", "2025-04-28"),
    ("Crowds met on Friday to commemorate the 29th anniversary of the riots that broke out in 1996.", "2025-04-28"),
    ("On Friday the club marked the 50th anniversary of its founding, which it celebrated in 2020.", "2025-04-28"),
])
def test_anniversary_event_clause_clean(text, published):
    assert not problems(text, published, "FC505")


# ------------------------------------------ two bare weekdays: the days between them, from the earlier event
@pytest.mark.parametrize("text,published,span", [
    ("The ferry docked on Friday, five days after leaving Oban on Tuesday.", "2025-03-20", "five days"),
])
def test_two_weekdays_span_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    # Tuesday to Friday is three days, whichever weeks the publication date would give them
    ("The ferry docked on Friday, two days after leaving Oban on Tuesday.", "2025-03-20"),
    ("The ferry left on Friday, three days before the storm hit on Monday.", "2025-03-20"),
])
def test_two_weekdays_span_clean(text, published):
    assert not problems(text, published, "FC507")


# ------------------------------------------ "Born in YEAR, she was N when ... in YEAR"
@pytest.mark.parametrize("text,published,span", [
    ("Born in 1979, he was 30 when he first climbed Everest in 2001.", None, "30"),
])
def test_fronted_birth_age_at_event_flagged(text, published, span):
    found = problems(text, published, "FC506")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("Born in 1979, he was 22 when he first climbed Everest in 2001.", None),
    ("Born in 1979, he and his sister were 30 when they climbed Everest in 2001.", None),
])
def test_fronted_birth_age_at_event_clean(text, published):
    assert not problems(text, published, "FC506")


# ------------------------------------------ "a fortnight later"
@pytest.mark.parametrize("text,published,span", [
    ("The ferry sailed on 6 April and docked a fortnight later, on 29 April.", "2025-05-01", "a fortnight"),
])
def test_fortnight_later_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("The ferry sailed on 6 April and docked a fortnight later, on 20 April.", "2025-05-01"),
    ("The week-long fair opened on 6 April; a fortnight later prices fell.", "2025-05-01"),
])
def test_fortnight_later_clean(text, published):
    assert not problems(text, published, "FC507")


# ------------------------------------------ "between the 2nd and 18th of August"
@pytest.mark.parametrize("text,published,span", [
    ("This year's seven-day regatta runs between the 3rd and 21st of June.", None, "seven-day"),
])
def test_between_the_nth_flagged(text, published, span):
    found = problems(text, published, "FC507")
    assert found and span in spans(text, found)


@pytest.mark.parametrize("text,published", [
    ("This year's seven-day regatta runs between the 3rd and 9th of June.", None),
])
def test_between_the_nth_clean(text, published):
    assert not problems(text, published, "FC507")

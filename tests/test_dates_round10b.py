"""Dates family, round 10 (b): spans of time between stated dates or years, or against the
publication date. Own paraphrases, each with a clean twin."""
from __future__ import annotations

import pytest

from checker import check_text

PUB = "2025-06-12"


def problems(text, published=PUB, code=None):
    found = [f for f in check_text(text, published) if f.is_problem]
    return [f for f in found if code is None or f.rule == code]


def spans(text, published, code):
    return [text[f.start:f.end].rstrip(".") for f in problems(text, published, code)]


# ------------------------------------------ an anniversary marked in a month or week near publication
@pytest.mark.parametrize("text,span", [
    ("Next month, the village celebrates the 60th anniversary of its 1966 twinning.", "60th anniversary"),
    ("Survivors will gather later this month for the 25th anniversary of the 2001 blast.", "25th anniversary"),
    ("Last week the club marked the 51st anniversary of its 1975 cup win.", "51st anniversary"),
    ("The museum, which opened in 1926, celebrated its centenary last week.", "centenary"),
    ("The choir will sing at the 45th anniversary of the 1978 mine fire next week.", "45th anniversary"),
    ("The 30th anniversary of the 1994 landslide will be marked in September.", "30th anniversary"),
    ("The town marked the 40th anniversary of the 1986 flood in March.", "40th anniversary"),
])
def test_anniversary_near_month_flagged(text, span):
    assert span in spans(text, PUB, "FC505")


@pytest.mark.parametrize("text,published", [
    ("Next month, the village celebrates the 59th anniversary of its 1966 twinning.", PUB),
    ("Survivors will gather later this month for the 24th anniversary of the 2001 blast.", PUB),
    ("Last week the club marked the 50th anniversary of its 1975 cup win.", PUB),
    ("The museum, which opened in 1925, celebrated its centenary last week.", PUB),
    ("The 31st anniversary of the 1994 landslide will be marked in September.", PUB),
    ("The town marked the 39th anniversary of the 1986 flood in March.", PUB),
    # a past tense and a month after publication: last year's month, too far to tell
    ("The town marked the 38th anniversary of the 1986 flood in July.", PUB),
    # neither past nor future: this month's or next year's
    ("The 40th anniversary of the 1986 flood falls in December.", PUB),
    # "next year's" stands nearer the anniversary than "next month"
    ("Tickets for next year's 40th anniversary celebration of the 1986 flood go on sale next month.", PUB),
    # December: next month is in the next year
    ("The choir will sing at the 48th anniversary of the 1978 mine fire next month.", "2025-12-10"),
    # "next month" in another clause: the year is only the publication year's, a year either way
    ("The 39th anniversary of the 1986 flood is this year, and a memorial opens next month.", PUB),
])
def test_anniversary_near_month_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ "The YEAR thing, VERBed N years ago, ..."
@pytest.mark.parametrize("text,span", [
    ("The 2003 bridge, which was built 30 years ago, needs repairs.", "30 years"),
    ("The 1999 treaty, drafted some 14 years ago, is still in force.", "some 14 years"),
    ("Their 2012 album, released eight years ago, is being reissued.", "eight years"),
    ("The 1988 final, played 40 years ago, is still talked about.", "40 years"),
    ("Opened 19 years ago, the 2001 terminal is to be rebuilt.", "19 years"),
    ("The bridge, built in 1990 - 30 years ago - is to be widened.", "30 years"),
    ("The 1995 charter was drafted 20 years ago and remains in force.", "20 years"),
])
def test_year_thing_participle_ago_flagged(text, span):
    assert span in spans(text, PUB, "FC504")


@pytest.mark.parametrize("text", [
    "The 2003 bridge, which was built 22 years ago, needs repairs.",
    "The 1999 treaty, drafted some 26 years ago, is still in force.",
    "Their 2012 album, released more than a decade ago, is being reissued.",
    "The 2014 agreement, signed 11 years ago, expires next month.",
    # a year that names a plan ahead, not the day it was made
    "The 2030 strategy, unveiled two years ago, is behind schedule.",
    "Opened 24 years ago, the 2001 terminal is to be rebuilt.",
    "Unveiled two years ago, the 2030 strategy is behind schedule.",
    # a later change to the thing, not its making
    "The 2015 law, amended two years ago, is being challenged.",
    "Renovated five years ago, the 1998 stadium seats 40,000.",
    "The 1998 stadium was renovated five years ago and seats 40,000.",
    "The bridge, built in 1990 - 35 years ago - is to be widened.",
    "The 1995 charter was drafted 30 years ago and remains in force.",
])
def test_year_thing_participle_ago_clean(text):
    assert not problems(text)


# ------------------------------------------ "held over 14 days from D1 to D2": over is the span itself
@pytest.mark.parametrize("text,span", [
    ("The festival is spread over three days, from 4 to 14 July.", "over three days"),
    ("The inquiry sat across nine days, between 2 and 19 March.", "nine days"),
    ("The trial ran over the course of five weeks, from 3 March to 25 April.", "five weeks"),
    ("The games were staged over 11 days from 2 August to 20 August.", "over 11 days"),
    ("The hearings took place over a fortnight, from 1 to 25 September.", "a fortnight"),
    ("The repairs took 14 days, from 1 May to 20 May.", "14 days"),
    ("During the 14 days from 1 May to 20 May, negotiators met daily.", "14 days"),
    ("Over 14 days, from 1 to 20 May, the talks produced no deal.", "Over 14 days"),
    ("In the nine days between 3 and 19 July, 300 people were rescued.", "nine days"),
])
def test_spread_over_days_flagged(text, span):
    assert span in spans(text, PUB, "FC507")


@pytest.mark.parametrize("text", [
    "The festival is spread over ten days, from 4 to 14 July.",
    "The festival is spread over 11 days, from 4 to 14 July.",  # counting both ends
    "The inquiry sat across 17 days, between 2 and 19 March.",
    "The trial ran over the course of eight weeks, from 3 March to 25 April.",
    "The hearings took place over a fortnight, from 1 to 14 September.",
    "The repairs took 19 days, from 1 May to 20 May.",
    "During the 19 days from 1 May to 20 May, negotiators met daily.",
    "Over 19 days, from 1 to 20 May, the talks produced no deal.",
    "In the 17 days between 3 and 19 July, 300 people were rescued.",
    "In the first 14 days from 1 May, 300 people were rescued.",
    # "lasted over": more than
    "The strike lasted over 14 days, from 1 May to 20 May.",
])
def test_spread_over_days_clean(text):
    assert not problems(text)


# ------------------------------------------ a length in years or months and its period's two ends
@pytest.mark.parametrize("text,span", [
    ("His nine-year tenure, which began in 2011, ended in 2016.", "nine-year"),
    ("She served 14 years, from 2008 to 2019.", "14 years"),
    ("Her two-decade reign began in 2001 and ended in 2009.", "two-decade"),
    ("The 2008-2019 reign lasted 14 years.", "14 years"),
    ("He ruled for 15 years between 2008 and 2019.", "15 years"),
    ("The 14-month project ran from September 2023 to August 2024.", "14-month"),
    ("The dig began in March 2021 and ended in June 2022, a span of 20 months.", "20 months"),
    ("The mayor took office in 2012 and stepped down in 2020 after 11 years in the job.", "11 years"),
    ("The company's seven-year slump (2014-19) ended with a record profit.", "seven-year"),
    ("Her reign, from 2008 to 2019, lasted 15 years.", "15 years"),
    ("Her reign (2008-2019) lasted 15 years.", "15 years"),
    ("The works took 14 months, from September 2023 to August 2024.", "14 months"),
    ("Fifteen years after it opened in 2004, the factory closed in 2009.", "Fifteen years"),
    ("In the 15 years from 2008 to 2019, the club won six titles.", "15 years"),
    ("Her 13-year reign, from March 2008 to June 2019, was turbulent.", "13-year"),
    ("It was a 15-year reign, which began in 2008 and ended in 2019.", "15-year"),
    # one end dated from publication
    ("Her 12-year reign, which began in 2008, ended last year.", "12-year"),
    ("The 30-month strike, which began in September 2023, ended last month.", "30-month"),
])
def test_calendar_period_flagged(text, span):
    assert span in spans(text, PUB, "FC504")


@pytest.mark.parametrize("text", [
    "His five-year tenure, which began in 2011, ended in 2016.",
    "She served 11 years, from 2008 to 2019.",
    # a range of years may count both in full; a count of months may round to either edge
    "She served 12 years, from 2008 to 2019.",
    "The five-year plan ran from 2016 to 2020.",
    "The 10-year period from 2010 to 2019 saw emissions fall by a fifth.",
    "The 12-month project ran from September 2023 to August 2024.",
    "Work began in September 2023 and finished 12 months later, in August 2024.",
    "Her two-decade reign began in 2001 and ended in 2019.",
    "She served almost 12 years, from 2008 to 2019.",
    "She served more than a decade, from 2008 to 2019.",
    "The 2008-2019 reign lasted 11 years.",
    "The 11-month project ran from September 2023 to August 2024.",
    "The dig began in March 2021 and ended in June 2022, a span of 15 months.",
    "The mayor took office in 2012 and stepped down in 2020 after eight years in the job.",
    "The company's five-year slump (2014-19) ended with a record profit.",
    "The 2018-19 season lasted nine months.",  # one season, not a span of years
    # a year one end only: the period's length is not given by the two
    "She joined in 2008 and served 12 years.",
    "Her reign, from 2008 to 2019, lasted 11 years.",
    "Her reign (2008-2019) lasted 12 years.",
    "The works took 11 months, from September 2023 to August 2024.",
    "Five years after it opened in 2004, the factory closed in 2009.",
    "In the 12 years from 2008 to 2019, the club won six titles.",
    # years between months of years: a count of years rounds
    "Her 11-year reign, from March 2008 to June 2019, was turbulent.",
    "It was an 11-year reign, which began in 2008 and ended in 2019.",
    "Prices rose 5% a year from 2010 to 2020.",
    "Her 16-year reign, which began in 2008, ended last year.",
    "The 20-month strike, which began in September 2023, ended last month.",
    "Two years after the 2019 merger, the firm employed 300 staff in 2021.",
])
def test_calendar_period_clean(text):
    assert not problems(text)


def test_calendar_period_inclusive_count_is_a_warning():
    found = problems("Her 12-year reign, which began in 2008, ended in 2019.", PUB, "FC504")
    assert [f.severity.name for f in found] == ["WARNING"]
    assert "2019 - 2008 = 11 years" in found[0].message


# ------------------------------------------ months between two months of years, "N months later"
@pytest.mark.parametrize("text,span", [
    ("Work began in September 2023 and finished 14 months later, in August 2024.", "14 months"),
    ("The ferry service resumed in May 2024, 36 months after it was suspended in November 2021.", "36 months"),
    ("The plant reopened in March 2022, 18 months after a fire in July 2021.", "18 months"),
    ("The line shut in January 2020 and reopened in May 2021, 20 months later.", "20 months"),
    ("Fourteen months after work began in September 2023, it finished in August 2024.", "Fourteen months"),
    ("The shop opened in April 2019 and closed in June 2020, just 18 months later.", "18 months"),
    ("Work began in May 2022. It finished 20 months later, in July 2023.", "20 months"),
    ("The strike began in March 2023 and ended in May 2024 after 18 months.", "18 months"),
])
def test_months_later_flagged(text, span):
    assert span in spans(text, PUB, "FC504")


@pytest.mark.parametrize("text", [
    "Work began in September 2023 and finished 11 months later, in August 2024.",
    "Work began in September 2023 and finished almost a year later, in August 2024.",
    "The ferry service resumed in May 2024, 30 months after it was suspended in November 2021.",
    "The plant reopened in March 2022, eight months after a fire in July 2021.",
    "The line shut in January 2020 and reopened in May 2021, 16 months later.",
    "Eleven months after work began in September 2023, it finished in August 2024.",
    "The shop opened in April 2019 and closed in June 2020, just 14 months later.",
    "Work began in May 2022. It finished 14 months later, in July 2023.",
    "The strike began in March 2023 and ended in May 2024 after 14 months.",
])
def test_months_later_clean(text):
    assert not problems(text)

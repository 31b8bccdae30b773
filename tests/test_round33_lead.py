"""Round 33 (lead): false alarms mended beside flag twins that must still fire."""
import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN = [
    # a partition of people "of the" whole, then what those people did: maybe all of the whole, maybe some
    "Of the 60 volunteers, 30 men and 25 women turned up on the day.",
    "Of the 48 candidates, 20 men and 19 women were shortlisted for interview.",
    "Of the 1,200 pupils in the year group, 410 boys and 452 girls sat the exam in June.",
    "Out of the 90 residents asked, 31 men and 40 women said they backed the plan.",
    "Of the 230 patients, 96 adults and 71 children had received both doses.",
    # terms told person by person that add up to the combined term
    "Five men were jailed for a combined 46 years on Tuesday. Rhys Morgan received 14 years, Dean Powell 11 and "
    "Gareth Lloyd nine, while Kyle Evans and Jason Price were each jailed for six years.",
    "The three directors were banned for a total of 21 years. Patel was banned for nine years, Hughes for seven "
    "years and Olsen for five years.",
    "Four brothers were jailed for a combined 30 years. Adam Kerr was jailed for nine years and six months, Ben "
    "Kerr eight, and Carl and Dan Kerr were both given six years.",
    "The two surgeons have a combined 55 years of service. Mira Shah has worked at the hospital for 31 years and "
    "Tom Reid for 24 years.",
    # no count of the group: the terms told may be only some of it
    "The gang were jailed for a total of 40 years. Morgan was jailed for 14 years and Powell for 11 years.",
    # names sharing a term with no "each": not told how it splits
    "Three men were jailed for a combined 20 years. Webb got eight years, and Lowe and Hart got six years.",
    # a length of something else after the terms
    "Two men were jailed for a combined 17 years. Fox got 10 years and Gale seven. The inquiry took three years.",
    # a list ending on the rest after a sentence of several shares: the list may open there
    "The Tories took 33.9% of the vote, down from 45.2%, while the Liberal Democrats rose to 29.4%. Labour took "
    "17.6%, the Greens 11.8% and independents and others 7.3%.",
    "Brand A held 41% of the market, up from 38%, and Brand B fell to 27%. Brand C had 18%, Brand D 9% and the "
    "rest 5%.",
    # "against" a figure of another period compares; it takes no side of a vote
    "Only 58% of the samples met the specification, against 74% last year, and many loads were sold for feed.",
    "Just 44% of trains ran on time, against 61% a year earlier, and most of the delays were blamed on staff "
    "shortages for drivers.",
    "About 62% of pupils passed, against 70% in 2019, and the school applied for extra funding.",
    # a group's own set, all of it, beside the whole it is part of
    "The council has 63 seats. The Greens held all four of their seats.",
    "The league has 92 clubs. The newly promoted sides kept all three of their managers.",
    # a figure "in all" after a part is the total, no second part
    "In March, 212 homes flooded again, including 87 that had flooded in January, meaning 505 homes in all were "
    "hit at least once that winter.",
    "The clinic saw 140 patients on Tuesday, including 35 who had been seen the week before, taking the number "
    "treated to 610 in total.",
    "About 46 pupils joined in September, including 12 from the closed village school, meaning 388 pupils "
    "altogether now attend.",
]

FLAGGED = [
    # the same wholes split by who they are
    ("Of the 60 volunteers, 30 were men and 25 were women.", "60", "FC101"),
    ("Of the 48 candidates, 20 men and 19 women.", "48", "FC101"),
    ("Of the 1,200 pupils in the year group, 410 were boys and 652 were girls.", "1,200", "FC101"),
    ("Out of the 90 residents asked, 31 were men and 40 were women.", "90", "FC101"),
    ("Of the 230 patients, 96 were adults and 71 were children.", "230", "FC101"),
    # terms told person by person against the combined term
    ("Five men were jailed for a combined 52 years on Tuesday. Rhys Morgan received 14 years, Dean Powell 11 and "
     "Gareth Lloyd nine, while Kyle Evans and Jason Price were each jailed for six years.", "52 years", "FC101"),
    ("The three directors were banned for a total of 24 years. Patel was banned for nine years, Hughes for seven "
     "years and Olsen for five years.", "24 years", "FC101"),
    ("Four brothers were jailed for a combined 34 years. Adam Kerr was jailed for nine years and six months, Ben "
     "Kerr eight, and Carl and Dan Kerr were both given six years.", "34 years", "FC101"),
    ("The two surgeons have a combined 45 years of service. Mira Shah has worked at the hospital for 31 years and "
     "Tom Reid for 24 years.", "45 years", "FC101"),
    ("The gang were jailed for a total of 20 years. Morgan was jailed for 14 years and Powell for 11 years.",
     "20 years", "FC102"),
    # still flagged: a list that is the whole on its own, a real vote for and against, the same owner's set
    ("Labour took 47.6%, the Greens 31.8% and independents and others the remaining 7.3%.", "7.3%", "FC20"),
    ("In the ballot 58% voted for the deal and 47% against.", "47%", "FC20"),
    ("The gang stole 14 cars in a month. Police recovered all 12 of their cars.", "12", "FC402"),
    # parts and the total "in all" after them
    ("The clinic saw 65 adults and 95 children on Tuesday, 140 patients in all.", "140", "FC101"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_flagged(text, target, rule):
    assert_flagged(text, target, rule)


# an anniversary told as "N years ago": its year told loosely, and a "last year" later in the sentence is another
# clause's (published 2024-09-10)
ANNIVERSARIES_AGO = [
    "Stanbridge, which was founded in 1921 and marked its centenary three years ago, had revenue of $6.8 billion "
    "last year.",
    "The choir, formed in 1974, celebrated its 50th anniversary a few years ago and toured Japan last year.",
    "The lifeboat station, opened in 1874, marked its 150th anniversary two years ago; it launched 41 times last "
    "year.",
]


@pytest.mark.parametrize("text", ANNIVERSARIES_AGO)
def test_anniversary_years_ago_is_silent(text):
    assert_clean(text, published="2024-09-10")


def test_anniversary_with_its_own_year_still_checked():
    assert_flagged("Stanbridge, which was founded in 1921, marked its centenary last year.", "centenary", "FC505",
                   published="2024-09-10")


# a day told in reported speech as still to come ("said ... would open on"), published early in the year: the
# day may be this year's, nearly eleven months on (published 2024-01-09; November 29, 2024 is a Friday)
REPORTED_FUTURE_DAYS = [
    "The theatre said next winter's pantomime would be Jack and the Beanstalk, opening on Friday, November 29.",
    "The theatre said the pantomime would open on Friday, November 29.",
    "Organisers said the new market hall could open as early as Friday, November 29.",
    "The club said its centenary dinner might be held on Friday, November 29, at the town hall.",
    "Councillors were told the bypass would be finished by Friday, November 29.",
]


@pytest.mark.parametrize("text", REPORTED_FUTURE_DAYS)
def test_reported_future_day_may_be_this_years(text):
    assert_clean(text, published="2024-01-09")


@pytest.mark.parametrize("text", [
    "The theatre said the pantomime opened on Friday, November 29.",   # a day gone: last year's, a Wednesday
    "The theatre said the pantomime would open on Thursday, November 29.",  # wrong in either year
])
def test_weekday_wrong_in_every_reading_still_flagged(text):
    assert_flagged(text, "November 29", "FC501", published="2024-01-09")

"""Round 19, ages against births and dated events (checker/relate/dates.py, checker/relate/timelines.py; the
at-most reading of checker/rules/dates.py's FC506).

* "The sculptor Maeve Calloway, who was born in Dundee in March 1951, ... . Calloway, 73, said ...": a role before
  the birth sentence's named subject (or set apart after it) is no second person (``_ROLE_NAME_BORN``), and the
  age may be bracketed on the surname ("Calloway (73) said");
* '"When the mill shut, we all left," said Colin Baird, 46, ... . Baird started in his uncle's bakery in 1982,
  aged 16': a "when" inside a quotation does not date the speaker's age (``_SPEECH``), a kin's thing is no
  second person, and "in 1982 as a 16-year-old" is an age then too;
* "The climber, who was born in November 1979, became the oldest woman to reach the summit at 47": an age at an
  event told in the past with no time of its own is at most the age now (``_age_at_undated_past``,
  ``AgeBirth.at_most``); a younger age stays silent;
* "Ringleader Owen Talbot, 49, ... Talbot's brother, Huw Talbot, 38, ... Owen Talbot, who was 33 when he opened
  the first account in 2015, ...": two facts written with one full name pair across paragraphs even when the
  surname has two people (``timelines._first_before``), "who was N when" is an age then, and "in Cardiff and
  Bristol" is a list of places, no second person.

Each flagged row has a clean twin (same words, figures that agree); guard rows stay silent."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- a role before the named subject of the birth, the age on the surname in the next sentence -----------------
PUB_ROLE = "2022-06-20"  # born March 1951 -> 71
ROLE_ROWS = [
    ("the role, then the name", "The sculptor Maeve Calloway, who was born in Dundee in March 1951, has been named "
     "the gallery's patron. Calloway, {age}, said she was honoured."),
    ("a capitalised role", "Sculptor Maeve Calloway, who was born in Dundee in March 1951, will open the show. "
     "Calloway, {age}, said she was honoured."),
    ("two words of role, a title", "The veteran sculptor Maeve Calloway, who was born in March 1951, will open the "
     "show. Ms Calloway, {age}, said she was thrilled."),
    ("a year alone, an attribution, now", "The sculptor Maeve Calloway, who was born in Dundee in 1951, has been "
     "named patron, the trustees said. Calloway, now {age}, said she was honoured."),
    ("the full name again", "The retired sculptor Maeve Calloway, who was born in Dundee in March 1951, has been "
     "named patron. Maeve Calloway, {age}, thanked the trustees."),
    ("after a quotation", "The sculptor Maeve Calloway, who was born in Dundee in March 1951, has been named patron. "
     "\"It is a great honour,\" said Calloway, {age}."),
    ("a bracketed age", "The sculptor Maeve Calloway, who was born in Dundee in March 1951, has been named patron. "
     "Calloway ({age}) said she was honoured."),
    ("dashes", "The sculptor Maeve Calloway - who was born in Dundee in March 1951 - has been named patron. "
     "Calloway, {age}, said she was honoured."),
    ("the role set apart by commas", "The sculptor, Maeve Calloway, who was born in Dundee in March 1951, has been "
     "named patron. Calloway, {age}, said she was honoured."),
    ("the role after the name", "Maeve Calloway, the sculptor, who was born in Dundee in March 1951, has been named "
     "patron. Calloway, {age}, said she was honoured."),
    ("the N-year-old", "The sculptor Maeve Calloway, who was born in Dundee in March 1951, has been named patron. "
     "The {age}-year-old said she was honoured."),
]


@pytest.mark.parametrize("name, text", ROLE_ROWS, ids=[r[0] for r in ROLE_ROWS])
def test_role_before_the_born_name(name, text):
    assert_flagged(text.format(age="73"), "73", "FC506", PUB_ROLE)
    assert_clean(text.format(age="71"), PUB_ROLE)


ROLE_GUARDS = [
    ("the birth of another, after 'of'", "The mother of Ross Calloway, who was born in Dundee in March 1951, has been "
     "named patron. Calloway, 43, said she was honoured."),
    ("another first name", "The sculptor Maeve Calloway, who was born in Dundee in March 1951, has been named patron. "
     "Ross Calloway, 43, her son, said she was honoured."),
    ("a year in the age's sentence", "The sculptor Maeve Calloway, who was born in Dundee in March 1951, has been "
     "named patron. Calloway, 43, said she was delighted when she first showed there in 1990."),
    ("another surname", "The sculptor Maeve Calloway, who was born in Dundee in March 1951, married the painter "
     "Ross Baird. Baird, 43, said he was delighted."),
    ("whose son", "Maeve Calloway, whose son was born in Dundee in March 1981, has been named patron. Calloway, 73, "
     "said she was honoured."),
]


@pytest.mark.parametrize("name, text", ROLE_GUARDS, ids=[r[0] for r in ROLE_GUARDS])
def test_role_before_the_born_name_guards(name, text):
    assert_clean(text, PUB_ROLE)


# ---- a speaker's age after a quotation, the age then on the surname elsewhere ------------------------------------
PUB_SPEAKER = "2024-12-07"  # 16 in 1982 -> 58 now (57 to 59)
SPEAKER_ROWS = [
    ("a 'when' in the quote, a kin's thing", "\"When the mill shut, half the town left,\" said Colin Baird, {age}, "
     "who runs the bakery on Quay Street.\n\nBaird started in his uncle's bakery in 1982, aged 16, and has baked "
     "there ever since."),
    ("'then' in the quote, at the age of", "\"Back then there were six bakers in the town,\" said Colin Baird, "
     "{age}.\n\nBaird joined his uncle's firm in 1982 at the age of 16."),
    ("curly quotes, when he was", "“When I started, the ovens were coal-fired,” said master baker Colin Baird, {age}, "
     "who employs nine people.\n\nBaird took over his grandfather’s bakery in 1982, when he was 16."),
    ("no quote, a paragraph between", "Colin Baird, {age}, runs the bakery on Quay Street.\n\nThe town has lost "
     "most of its shops, traders say.\n\nBaird started on his father's delivery round in 1982, aged just 16."),
    ("as a N-year-old, an attribution", "Colin Baird, {age}, runs the bakery on Quay Street.\n\nBaird began work in "
     "his mother's shop in 1982 as a 16-year-old, the council said."),
    ("a bracketed age on the speaker", "\"When the mill shut, we all left,\" said Colin Baird ({age}) of Quay "
     "Street.\n\nBaird started in his uncle's bakery in 1982, aged 16."),
    ("He, the next sentence", "Colin Baird, {age}, runs the bakery in Quay Street. He began work in his mother's "
     "shop in 1982, aged 16, the council said."),
]


@pytest.mark.parametrize("name, text", SPEAKER_ROWS, ids=[r[0] for r in SPEAKER_ROWS])
def test_speaker_age_and_age_then(name, text):
    assert_flagged(text.format(age="46"), "16", "FC506", PUB_SPEAKER)
    assert_clean(text.format(age="58"), PUB_SPEAKER)


SPEAKER_GUARDS = [
    ("with his mother", "Colin Baird, 46, runs the bakery on Quay Street. He began work with his mother in 1982, "
     "aged 16."),
    ("another first name", "\"When the mill shut, we all left,\" said Colin Baird, 46.\n\nRoss Baird started in "
     "the bakery in 1982, aged 16."),
    ("a year in the speaker's paragraph", "\"When the mill shut in 1990, we all left,\" said Colin Baird, 46. He "
     "was 24 then.\n\nBaird started in his uncle's bakery in 1982, aged 16."),
]


@pytest.mark.parametrize("name, text", SPEAKER_GUARDS, ids=[r[0] for r in SPEAKER_GUARDS])
def test_speaker_age_guards(name, text):
    assert_clean(text, PUB_SPEAKER)


# ---- an age at an undated past event: at most the age now ----------------------------------------------------
PUB_UNDATED = "2024-04-14"  # born November 1979 -> 44
UNDATED_ROWS = [
    ("became the oldest ... at N", "The climber, who was born in November 1979, became the oldest woman to reach "
     "the summit at {age}."),
    ("at the age of, an attribution", "Ruth Ellery, born in November 1979, won the national title at the age of "
     "{age}, organisers said."),
    ("was N when", "The climber, who was born in November 1979, was {age} when she reached the summit."),
    ("at just N, her own thing", "Ruth Ellery, who was born in November 1979, won her first national title at just "
     "{age}."),
    ("a bracketed birth", "Ruth Ellery (born November 1979) became the oldest woman to reach the summit at {age}."),
    ("a fronted birth", "Born in November 1979, the climber became the oldest woman to reach the summit at {age}."),
    ("has become, a place", "Ruth Ellery, who was born in Leeds in November 1979, has become the oldest woman to "
     "swim the channel at {age}."),
    ("a colon", "The climber, who was born in November 1979, made history: she became the oldest woman to reach "
     "the summit at {age}."),
    ("a trailing clause", "The climber, who was born in November 1979, became the oldest woman to reach the summit "
     "at {age}, her club said."),
]


@pytest.mark.parametrize("name, text", UNDATED_ROWS, ids=[r[0] for r in UNDATED_ROWS])
def test_age_at_undated_event(name, text):
    assert_flagged(text.format(age="47"), "47", "FC506", PUB_UNDATED)
    assert_clean(text.format(age="44"), PUB_UNDATED)
    assert_clean(text.format(age="30"), PUB_UNDATED)  # any earlier age: silent


def test_age_at_undated_event_written():
    text = "The climber, who was born in November 1979, became the oldest woman to reach the summit at {age}."
    assert_flagged(text.format(age="forty-seven"), "forty-seven", "FC506", PUB_UNDATED)
    assert_clean(text.format(age="forty-four"), PUB_UNDATED)


UNDATED_GUARDS = [
    ("a future", "The climber, who was born in November 1979, will become the oldest woman to reach the summit "
     "at 47."),
    ("a hope", "The climber, who was born in November 1979, hopes to become the oldest woman on the summit at 47."),
    ("a record's level", "The climber, who was born in November 1979, set the course record at 47."),
    ("another person", "The climber, who was born in November 1979, and her brother reached the summit at 47."),
    ("another's clause", "Ruth Ellery, who was born in November 1979, beat Ann Roe, who won at 47."),
    ("a kin's thing", "Ruth Ellery, who was born in November 1979, won her father's old race at 47."),
    ("a year in the sentence", "Ruth Ellery, who was born in November 1979, won the title in 2023 at 43."),
    ("a younger age", "The climber, who was born in November 1979, became the youngest woman to reach the summit at "
     "19."),
]


@pytest.mark.parametrize("name, text", UNDATED_GUARDS, ids=[r[0] for r in UNDATED_GUARDS])
def test_age_at_undated_event_guards(name, text):
    assert_clean(text, PUB_UNDATED)


# ---- one full name across paragraphs, another person of the surname beside it ------------------------------------
PUB_NAMED = "2023-06-16"  # 49 now -> 41 in 2015 (40 to 42)
_NOW = ("Ringleader Owen Talbot, 49, from Barry, was jailed for ten years. His brother, Huw Talbot, 38, was jailed "
        "for seven years.\n\n")
NAMED_ROWS = [
    ("who was N when ... in YEAR, places", _NOW + "The court heard that Owen Talbot, who was {age} when he opened the "
     "first account in 2015, ran the fraud from offices in Cardiff and Bristol."),
    ("just, a later clause", _NOW + "Owen Talbot, who was just {age} when he founded the firm in 2015, later moved "
     "to Spain, the court heard."),
    ("when he was, after the year", _NOW + "Owen Talbot set up the first company in 2015, when he was {age}, "
     "prosecutors said."),
    ("at the age of", _NOW + "Owen Talbot founded the firm in 2015 at the age of {age}, the jury was told."),
    ("no second person", "Ringleader Owen Talbot, 49, from Barry, was jailed for ten years.\n\nOwen Talbot, who was "
     "{age} when he registered the company in 2015, ran it from Cardiff."),
    ("two in one sentence", "Owen Talbot, 49, and his brother Huw Talbot, 38, were jailed.\n\nThe court heard that "
     "Owen Talbot, who was {age} when he set up the company in 2015, kept the books."),
    ("places in the when-clause", _NOW + "Owen Talbot, who was {age} when he opened offices in Cardiff and Bristol "
     "in 2015, hired six staff."),
]


@pytest.mark.parametrize("name, text", NAMED_ROWS, ids=[r[0] for r in NAMED_ROWS])
def test_full_name_across_paragraphs(name, text):
    assert_flagged(text.format(age="33"), "33", "FC506", PUB_NAMED)
    assert_clean(text.format(age="41"), PUB_NAMED)


NAMED_GUARDS = [
    ("the surname alone, two people", "Huw Talbot, 38, was jailed. Owen Talbot, 49, was jailed.\n\nTalbot, who was "
     "20 when he set up the company in 2015, kept the books."),
    ("the other first name", "Owen Talbot, 49, was jailed.\n\nHuw Talbot, who was 20 when he set up the company in "
     "2015, kept the books."),
    ("his son", _NOW + "Owen Talbot, who was 20 when his son set up the company in 2015, kept the books."),
    ("two more people", _NOW + "Owen Talbot, who was 20 when Tom and Ann Lee set up the company in 2015, kept the "
     "books."),
]


@pytest.mark.parametrize("name, text", NAMED_GUARDS, ids=[r[0] for r in NAMED_GUARDS])
def test_full_name_guards(name, text):
    assert_clean(text, PUB_NAMED)


# ---- a day without a year after a dated day of its paragraph: that day's year ------------------------------------
PUB_LATER_DAY = "2025-05-15"  # 14 June 2022 is a Tuesday (a Wednesday only in 2023, a reading no text gives)
LATER_DAY_ROWS = [
    ("the next sentence", "The leak began at 2am on Sunday, June 12, 2022, when two pumps failed. It was not "
     "stopped until 11am on {wd}, June 14, the court heard."),
    ("one sentence", "The leak began on Sunday, June 12, 2022, and was not stopped until {wd}, June 14."),
    ("day first", "The leak began on Sunday 12 June 2022 when two pumps failed. It was stopped on {wd} 14 June, "
     "inspectors said."),
    ("a dash and a count after it", "The leak began at 2am on Sunday, June 12, 2022. It was not stopped until "
     "11am on {wd}, June 14 - 57 hours later."),
    ("brackets", "The leak began on Sunday, June 12, 2022. Engineers stopped it two days later (on {wd}, June 14), "
     "the agency said."),
]


@pytest.mark.parametrize("name, text", LATER_DAY_ROWS, ids=[r[0] for r in LATER_DAY_ROWS])
def test_later_day_in_the_dated_days_year(name, text):
    assert_flagged(text.format(wd="Wednesday"), "Wednesday", "FC501", PUB_LATER_DAY)
    assert_clean(text.format(wd="Tuesday"), PUB_LATER_DAY)


def test_later_day_across_new_year():
    # 30 December 2022 is a Friday; 3 January 2023 a Tuesday
    text = "The strike began on Friday, December 30, 2022. It ended on {wd}, January 3, the union said."
    assert_flagged(text.format(wd="Thursday"), "Thursday", "FC501", PUB_LATER_DAY)
    assert_clean(text.format(wd="Tuesday"), PUB_LATER_DAY)


# ---- a relative clause told ahead: a future day, whatever the main clause's tense ---------------------------------
PUB_AHEAD = "2024-01-04"  # 7 January 2024 is a Sunday (a Saturday in 2023, the reading a past clause may take)
AHEAD_ROWS = [
    ("forecast to, after a past main clause", "Residents were told to leave after a warning was issued for the river, "
     "which is forecast to peak on {wd}, January 7."),
    ("expected to, the main verb after it", "The bridge, which is expected to reopen on {wd}, January 7, was closed on "
     "Tuesday, officials said."),
    ("due to, a time of day between", "Crews were sent to the line, which is due to reopen at the weekend on {wd}, "
     "January 7, the operator said."),
    ("set to", "Fans who had bought tickets were warned about the match, which is set to go ahead on {wd}, "
     "January 7."),
    ("now scheduled, day first", "The ferry, which is now scheduled to sail again on {wd} 7 January, was held in "
     "port overnight."),
    ("planned, a trailing clause", "Families were moved to the school hall, which is planned to open on {wd}, "
     "January 7, as a rest centre."),
]


@pytest.mark.parametrize("name, text", AHEAD_ROWS, ids=[r[0] for r in AHEAD_ROWS])
def test_relative_clause_told_ahead(name, text):
    assert_flagged(text.format(wd="Saturday"), "Saturday", "FC501", PUB_AHEAD)
    assert_clean(text.format(wd="Sunday"), PUB_AHEAD)


# ---- a two-year span in another paragraph, long past: no reading of a coming day ---------------------------------
PUB_SPAN = "2025-03-19"  # 19 May 2025 is a Monday (a Friday in 2023, the later year of "2022-23")
SPAN_ROWS = [
    ("a consultation runs until", "The college has 4,100 overseas students, down from 5,800 in 2022-23.\n\nA "
     "consultation on the cuts runs until {wd} 19 May, the union said."),
    ("a stroke, an academic year", "Numbers fell sharply in the 2022/23 academic year, the college said.\n\nThe "
     "consultation closes on {wd}, May 19."),
    ("a ballot opens", "Income fell by £4m in 2022-23.\n\nStaff said the ballot would open on {wd} 19 May."),
]


@pytest.mark.parametrize("name, text", SPAN_ROWS, ids=[r[0] for r in SPAN_ROWS])
def test_span_of_another_paragraph(name, text):
    assert_flagged(text.format(wd="Friday"), "Friday", "FC501", PUB_SPAN)
    assert_clean(text.format(wd="Monday"), PUB_SPAN)


# ---- an age now and "when she was N" in one sentence, the kin's ages after them -----------------------------------
PUB_KIN = "2023-10-12"  # 23 in 2012 -> 34 now (33 to 35)
KIN_ROWS = [
    ("now aged N and M", "Nadia Pell, {age}, joined the waiting list in 2012, when she was 23, and has spent the 11 "
     "years since in a rented flat with her two sons, now aged nine and six."),
    ("a kin's bare age", "Nadia Pell, {age}, joined the waiting list in 2012, when she was 23, and lives with her "
     "daughter, 12."),
    ("aged N in YEAR, children aged", "Nadia Pell, {age}, joined the waiting list in 2012 aged 23 and now shares a "
     "flat with her sons, aged nine and six."),
]


@pytest.mark.parametrize("name, text", KIN_ROWS, ids=[r[0] for r in KIN_ROWS])
def test_age_then_with_kin_ages_after(name, text):
    assert_flagged(text.format(age="39"), "23", "FC506", PUB_KIN)
    assert_clean(text.format(age="34"), PUB_KIN)

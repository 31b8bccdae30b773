"""Round 17, dates and ages (checker/relate/dates.py; the age restatements of checker/relate/restatements.py).

* a bare surname with an age ("said Hale, 42,") after a second first name on that surname was written ("his
  mother, Ann Hale,"): either Hale may hold the age, so it restates no earlier age (``_surname_of_another``);
* "born at 29 weeks in March 2014" / "born 10 weeks early on ...": how early the birth came does not hide
  the birth date from the age beside it (``_BORN_WEEKS``);
* "at yesterday's council meeting on Wednesday": a thing of the relative day, then "on" its weekday or date,
  is that day (``_DAY_THING_ON``).

Each flagged row has a clean twin (same words, figures that agree); guard rows stay silent."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- one surname, two people -------------------------------------------------------------------
# (name, text with {age}, flagged age, clean age): the flagged age restates the boy's age wrongly when no
# other first name on the surname is written; with one written, the later "Hale, 42," is silent
SURNAME_FLAG = [
    ("quote", 'Ben Hale, {boy}, won his place at the school on appeal. His mother had argued for months. '
     '"We never gave up," said Hale, {age}.'),
    ("attribution", 'Ben Hale, {boy}, won his place at the school on appeal, the council said. Hale, {age}, '
     'starts in September.'),
    ("period", 'In 2024 Ben Hale, {boy}, was refused a place. Hale, {age}, won it on appeal this week.'),
]


@pytest.mark.parametrize("name, text", SURNAME_FLAG, ids=[r[0] for r in SURNAME_FLAG])
def test_surname_restated_age(name, text):
    assert_flagged(text.format(boy="11", age="13"), "13", "FC403")
    assert_clean(text.format(boy="11", age="11"))


SURNAME_TWO_PEOPLE = [
    ("mother named in the birth sentence", 'Ben Hale, 11, won his place at the school on appeal, and his mother, '
     'Ann Hale, said the wait had been hard. "We never gave up," said Hale, 42, a nurse.'),
    ("attribution and a dash", 'Ben Hale, 11, won his place on appeal, the council said. His father, Tom Hale, '
     'had gathered letters from doctors - Hale, 45, said it took three weeks.'),
    ("title before the second name", 'Ben Hale, 11, won his place on appeal. His grandmother, Mrs Ann Hale, '
     'wrote to the panel. Hale, 71, said she was delighted.'),
    ("in brackets", 'Ben Hale (11) won his place on appeal. His mother, Ann Hale, a pharmacist, was in court. '
     'Hale (42) said the school was the right one.'),
]


@pytest.mark.parametrize("name, text", SURNAME_TWO_PEOPLE, ids=[r[0] for r in SURNAME_TWO_PEOPLE])
def test_surname_of_another_person_is_silent(name, text):
    assert_clean(text)


# ---- born some weeks early, then the date -----------------------------------------------------------
PUB_BORN = "2025-06-12"  # born in March 2014 -> 11 on that day
BORN_ROWS = [
    ("at N weeks", "Among those who won was Ben Hale, {age}, who was born at 29 weeks in March 2014 and has "
     "cerebral palsy."),
    ("weeks early", "Ben Hale, {age}, who was born 11 weeks early in March 2014, won his appeal."),
    ("just N weeks, full date", "Ben Hale, {age}, who was born at just 26 weeks on 3 March 2014, won his appeal."),
    ("attribution", "Ben Hale, {age}, who was born at 29 weeks in March 2014, won his appeal, the council said."),
    ("written age", "Ben Hale, {age}, who was born at 29 weeks in March 2014, won his appeal in June."),
]


@pytest.mark.parametrize("name, text", BORN_ROWS, ids=[r[0] for r in BORN_ROWS])
def test_born_weeks_early(name, text):
    words = {"11": "eleven", "13": "thirteen"} if name == "written age" else {"11": "11", "13": "13"}
    assert_flagged(text.format(age=words["13"]), words["13"], "FC5", PUB_BORN)
    assert_clean(text.format(age=words["11"]), PUB_BORN)


# ---- yesterday's thing on a weekday -------------------------------------------------------------
PUB_DAY = "2022-09-16"  # a Friday: yesterday Thursday 15 September, tomorrow Saturday 17 September
DAY_ROWS = [
    ("plain", "The motion passed by 31 votes to 12 at yesterday's full council meeting on {day}.",
     "Wednesday", "Thursday"),
    ("attribution", "The plan was approved at yesterday's cabinet meeting on {day}, the council said.",
     "Tuesday", "Thursday"),
    ("set apart", "Councillors said today's hearing, on {day}, had been adjourned.", "Monday", "Friday"),
    ("a date", "The motion passed by 31 votes to 12 at yesterday's meeting on {day}.",
     "14 September", "15 September"),
    ("tomorrow", "Tickets remain for tomorrow's final on {day}, organisers said.", "Sunday", "Saturday"),
    ("written figures", "The motion passed by thirty-one votes to twelve at yesterday's vote on {day}.",
     "Monday", "Thursday"),
]


@pytest.mark.parametrize("name, text, wrong, right", DAY_ROWS, ids=[r[0] for r in DAY_ROWS])
def test_yesterdays_thing_on_a_day(name, text, wrong, right):
    assert_flagged(text.format(day=wrong), wrong, "FC50", PUB_DAY)
    assert_clean(text.format(day=right), PUB_DAY)


DAY_GUARDS = [
    "Yesterday's vote on Tuesday's budget was close.",
    "Yesterday's report on Monday's crash named the driver.",
    "Today's ruling on the Wednesday deadline was welcomed.",
    "Yesterday's meeting on housing was moved from Monday.",
]


@pytest.mark.parametrize("text", DAY_GUARDS)
def test_yesterdays_thing_guards(text):
    assert_clean(text, PUB_DAY)


# ---- the birth, one sentence naming no one, then "The N-year-old, ..." ------------------------------
PUB_GAP = "2024-11-10"  # born 14 June 2006 -> 18 on that day
GAP_ROWS = [
    ("plain", "Mia Karp, who was born on 14 June 2006, won the final on Saturday. Organisers said the hall was "
     "almost full. The {age}-year-old, seeded seventh, took home $18,500."),
    ("new paragraph", "Mia Karp, who was born on 14 June 2006, won the final on Saturday. Organisers said the hall "
     "was almost full.\n\nThe {age}-year-old, seeded seventh, took home $18,500."),
    ("attribution", "Mia Karp, who was born on 14 June 2006, won the final on Saturday, the tour said. Stewards "
     "said the hall was almost full. The {age}-year-old won in 52 minutes, organisers said."),
    ("trailing clause and another age with its noun", "Mia Karp, who was born on 14 June 2006, won the final on "
     "Saturday. Organisers said the hall was almost full. The {age}-year-old won 42 points to 29, hitting drives "
     "that the 27-year-old Frenchwoman could not reach."),
    ("bracketed birth", "Mia Karp (born 14 June 2006) won the final on Saturday. Organisers said the hall was "
     "almost full. The {age}-year-old, seeded seventh, took home $18,500."),
    ("verb after the age", "Mia Karp, who was born on 14 June 2006, won the final on Saturday. Organisers said "
     "the hall was almost full. The {age}-year-old had lost both of her earlier finals."),
]


@pytest.mark.parametrize("name, text", GAP_ROWS, ids=[r[0] for r in GAP_ROWS])
def test_age_opens_after_a_gap(name, text):
    assert_flagged(text.format(age="21"), "21-year-old", "FC5", PUB_GAP)
    assert_clean(text.format(age="18"), PUB_GAP)


# with a wrong age, still silent: someone else may hold it, or it is the age at another time
GAP_GUARDS = [
    ("the gap names someone", "Mia Karp, who was born on 14 June 2006, won the final on Saturday. Her coach, Tom "
     "Reid, said the hall was almost full. The 41-year-old, a former champion, took over in May."),
    ("a surname told elsewhere opens the gap", "Coach Tom Reid watched from the stands. Mia Karp, who was born on "
     "14 June 2006, won the final on Saturday. Reid said the hall was almost full. The 41-year-old, a former "
     "champion, was delighted."),
    ("a pronoun in the gap", "Mia Karp, who was born on 14 June 2006, won the final on Saturday. Organisers said "
     "he had never seen the hall so full. The 41-year-old, a steward, was delighted."),
    ("another year in the age sentence", "Mia Karp, who was born on 14 June 2006, won the final on Saturday. "
     "Organisers said the hall was almost full. The 15-year-old, seeded seventh, won her first title in 2021."),
    ("the age with its own noun", "Mia Karp, who was born on 14 June 2006, won the final on Saturday. Organisers "
     "said the hall was almost full. The 41-year-old referee, seeded seventh, was praised."),
    ("gap in another paragraph", "Mia Karp, who was born on 14 June 2006, won the final on Saturday.\n\nOrganisers "
     "said the hall was almost full. The 41-year-old, seeded seventh, took home $18,500."),
]


@pytest.mark.parametrize("name, text", GAP_GUARDS, ids=[r[0] for r in GAP_GUARDS])
def test_age_opens_after_a_gap_guards(name, text):
    assert_clean(text, PUB_GAP)


# ---- an age on a name, and an age then on its surname paragraphs away ------------------------------------------
PUB_THEN = "2025-09-04"  # 26 in 1998 -> 52 to 54 now
P2 = "\n\nThe firm employs 240 people, up from 150 three years ago. It plans to add 210 jobs.\n\n"
THEN_ROWS = [
    ("plain", "Ann Roe, {age}, said the deal was the biggest in the firm's history." + P2
     + "Roe set up the firm in a rented flat in 1998, at the age of 26, with two friends."),
    ("attribution", '"This is the deal of a lifetime," said founder and chief executive Ann Roe, {age}.' + P2
     + "Roe set up the firm in a rented flat in 1998, at the age of 26, the company said."),
    ("aged, trailing clause", "Ann Roe, {age}, said the deal was the biggest in the firm's history." + P2
     + "Roe founded the firm in 1998, aged 26, after leaving art school in Leeds."),
    ("bracket", "Ann Roe ({age}) said the deal was the biggest in the firm's history." + P2
     + "Roe set up the firm in 1998, at the age of 26."),
    ("compound age", "Ann Roe, a {age}-year-old engineer, said the deal was the biggest in the firm's history." + P2
     + "Roe set up the firm in 1998, at the age of 26."),
    ("then before now", "Roe set up the firm in 1998, at the age of 26, with two friends." + P2
     + "Ann Roe, {age}, said the deal was the biggest in the firm's history."),
    ("title", "Dr Ann Roe, {age}, said the deal was the biggest in the firm's history." + P2
     + "Dr Roe set up the firm in 1998, at the age of 26."),
]


@pytest.mark.parametrize("name, text", THEN_ROWS, ids=[r[0] for r in THEN_ROWS])
def test_age_then_on_a_surname(name, text):
    assert_flagged(text.format(age="45"), "45", "FC506", PUB_THEN)
    assert_clean(text.format(age="53"), PUB_THEN)


THEN_GUARDS = [
    ("kin of that surname", "Ann Roe, 45, said the deal was the biggest in the firm's history." + P2
     + "Her son, Tom Roe, works there. Roe set up the firm in 1998, at the age of 26."),
    ("two first names", "Ann Roe, 45, said the deal was big." + P2 + "Ben Roe joined last year. Roe set up the "
     "firm in 1998, at the age of 26."),
    ("a year in the age's paragraph", "In 2010 Ann Roe, 38, took over the firm." + P2
     + "Roe set up the firm in 1998, at the age of 26."),
    ("another person in the age-then sentence", "Ann Roe, 45, said the deal was big." + P2
     + "Roe and Tom Hale set up the firm in 1998, at the age of 26."),
    ("the age then in the paragraph of the age", "Ann Roe, 45, said the deal was big. Roe set up the firm in 1998, "
     "at the age of 26."),
]


@pytest.mark.parametrize("name, text", THEN_GUARDS, ids=[r[0] for r in THEN_GUARDS])
def test_age_then_on_a_surname_guards(name, text):
    assert_clean(text, PUB_THEN)

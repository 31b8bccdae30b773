"""Round 16, ages (checker/relate/dates.py): two readings that reach past one sentence.

* ``find_ages_by_name``: an age in apposition to a name ("Ruth Okafor, 23,"; "Okafor, a 23-year-old
  teacher"; "23-year-old Ruth Okafor"; a headline "Okafor, 23, ...") and a birth told of that surname
  paragraphs away ("Okafor, who was born on 9 March 1995, ..."), against the publication date.
* ``find_thing_ages_next``: a thing's origin year in one sentence ("Marsh House, which opened in 1962")
  and "the N-year-old building" (or the thing's own noun) in the next.

Each row is a flagged text and its clean twin (same words, figures that agree), then the ordinary
variations: an attribution, a period, a trailing clause, a bracket or dash, a written or compound age, the
age before or after the birth.  Guard rows show what stays silent even with figures that disagree."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

PUB = "2025-06-02"  # a Monday; born 9 March 1995 -> 30 on that day

# the birth paragraph; {born} is the birth date
BIRTH = "\n\nOkafor, who was born on {born}, learned the game from a neighbour{tail}.\n\n"
FILLER = "She beat four seeded players on the way to the final.\n\nThe deciding game lasted five hours."

# (name, template, flag fields, clean fields, target field)
NAME_ROWS = [
    ("bare", "Ruth Okafor, {age}, won the regional chess title on Saturday.\n\n" + FILLER + BIRTH,
     dict(age="23", born="9 March 1995", tail=""), dict(age="30", born="9 March 1995", tail=""), "age"),
    ("attribution", "Ruth Okafor, {age}, won the regional chess title on Saturday, organisers said.\n\n" + FILLER
     + BIRTH, dict(age="23", born="9 March 1995", tail=", her club said"),
     dict(age="30", born="9 March 1995", tail=", her club said"), "age"),
    ("other year in the birth sentence", "Ruth Okafor, {age}, won the regional chess title on Saturday.\n\n"
     + FILLER + BIRTH, dict(age="30", born="9 March 1999", tail=" and moved to York in 2021"),
     dict(age="30", born="9 March 1995", tail=" and moved to York in 2021"), "born"),
    ("trailing clause", "Ruth Okafor, {age}, won the regional chess title on Saturday, ending a run of three "
     "lost finals.\n\n" + FILLER + BIRTH, dict(age="23", born="9 March 1995", tail=""),
     dict(age="30", born="9 March 1995", tail=""), "age"),
    ("bracketed age", "Ruth Okafor ({age}) won the regional chess title on Saturday.\n\n" + FILLER + BIRTH,
     dict(age="23", born="9 March 1995", tail=""), dict(age="30", born="9 March 1995", tail=""), "age"),
    ("compound age with a noun", "Ruth Okafor, a {age}-year-old teacher from Hull, won the regional chess title "
     "on Saturday.\n\n" + FILLER + BIRTH, dict(age="23", born="9 March 1995", tail=""),
     dict(age="30", born="9 March 1995", tail=""), "age"),
    ("compound age before the name", "{age}-year-old Ruth Okafor won the regional chess title on Saturday.\n\n"
     + FILLER + BIRTH, dict(age="23", born="9 March 1995", tail=""), dict(age="30", born="9 March 1995", tail=""),
     "age"),
    ("aged", "Ruth Okafor, aged {age}, won the regional chess title on Saturday.\n\n" + FILLER + BIRTH,
     dict(age="23", born="9 March 1995", tail=""), dict(age="30", born="9 March 1995", tail=""), "age"),
    ("age in the headline", "Okafor, {age}, takes regional chess crown\n\nRuth Okafor won the regional chess title "
     "on Saturday.\n\n" + FILLER + BIRTH, dict(age="23", born="9 March 1995", tail=""),
     dict(age="30", born="9 March 1995", tail=""), "age"),
    ("a birth year only", "Ruth Okafor, {age}, won the regional chess title on Saturday.\n\n" + FILLER + BIRTH,
     dict(age="23", born="1995", tail=""), dict(age="29", born="1995", tail=""), "age"),
    ("written age", "Ruth Okafor, {age}, won the regional chess title on Saturday.\n\n" + FILLER + BIRTH,
     dict(age="twenty-three", born="9 March 1995", tail=""), dict(age="thirty", born="9 March 1995", tail=""), "age"),
    ("fronted birth clause", "Ruth Okafor, {age}, won the regional chess title on Saturday.\n\n" + FILLER
     + "\n\nBorn in Leeds on {born}, Okafor learned the game at school.", dict(age="23", born="9 March 1995"),
     dict(age="30", born="9 March 1995"), "age"),
    ("bracketed birth", "Ruth Okafor, {age}, won the regional chess title on Saturday.\n\n" + FILLER
     + "\n\nOkafor (born {born}) learned the game at school.", dict(age="23", born="9 March 1995"),
     dict(age="30", born="9 March 1995"), "age"),
    ("birth before the age", "Ruth Okafor, who was born on {born}, won the regional chess title on Saturday.\n\n"
     + FILLER + "\n\n\"I never expected this,\" said Okafor, {age}, after the prize-giving.",
     dict(age="23", born="9 March 1995"), dict(age="30", born="9 March 1995"), "age"),
    ("birth quoted after an attribution", "Ruth Okafor, {age}, won the regional chess title on Saturday.\n\n"
     + FILLER + "\n\n\"I came to win one game,\" said Okafor, who was born in Leeds on {born}. \"Now I have the "
     "title.\"", dict(age="30", born="9 March 1999"), dict(age="30", born="9 March 1995"), "born"),
]


@pytest.mark.parametrize("name,template,flag,clean,target", NAME_ROWS, ids=[r[0] for r in NAME_ROWS])
def test_age_on_a_name_against_a_birth_paragraphs_away(name, template, flag, clean, target):
    assert_flagged(template.format(**flag), flag[target], "FC506", PUB)
    assert_clean(template.format(**clean), PUB)


# the same disagreeing figures, but a reading that must not join them
NAME_GUARDS = [
    # two people of one surname: her mother
    "Ruth Okafor, 23, won the regional chess title on Saturday, watched by her mother, Grace Okafor.\n\n" + FILLER
    + BIRTH.replace("{tail}", ""),
    # two first names on the surname
    "Ruth Okafor, 23, won the regional chess title on Saturday.\n\n" + FILLER + "\n\nDavid Okafor was second."
    + BIRTH.replace("{tail}", ""),
    # the age of another time
    "Ruth Okafor, 23, won the same title in 2018.\n\n" + FILLER + BIRTH.replace("{tail}", ""),
    "When Ruth Okafor, 23, first entered, nobody knew her.\n\n" + FILLER + BIRTH.replace("{tail}", ""),
    # a paragraph told of an earlier time
    "Ruth Okafor left Lagos in 2016. Okafor, 23, found work in Leeds.\n\n" + FILLER + BIRTH.replace("{tail}", ""),
    "That summer, Ruth Okafor, 23, found work in Leeds.\n\n" + FILLER + BIRTH.replace("{tail}", ""),
    # another first name in the birth than on the age
    "Ruth Okafor, 23, won the regional chess title on Saturday.\n\n" + FILLER
    + "\n\nGrace Okafor, who was born on {born}, coached her.\n\n",
]


@pytest.mark.parametrize("text", NAME_GUARDS)
def test_age_on_a_name_guards(text):
    assert_clean(text.replace("{born}", "9 March 1995"), PUB)


PUB_T = "2025-05-01"

# (name, template, flag year, clean year)
THING_ROWS = [
    ("bare", "The library moved into Marsh House, which opened in {year}. Inspectors said the 63-year-old building "
     "needs a new roof.", "1982", "1962"),
    ("attribution", "The library moved into Marsh House, which opened in {year}, the council said. Inspectors said "
     "the 63-year-old building needs a new roof.", "1982", "1962"),
    ("a since-date after the age", "The library moved into Marsh House, which opened in {year}. The 63-year-old "
     "building has been shut since March 2024.", "1982", "1962"),
    ("trailing clause", "Marsh House, which opened in {year}, is to close for repairs. Inspectors said the "
     "63-year-old building needs a new roof, a job costing £2 million.", "1982", "1962"),
    ("bracket", "The library moved into Marsh House (built in {year}) last spring. Inspectors said the 63-year-old "
     "building needs a new roof.", "1982", "1962"),
    ("dash", "The library moved into Marsh House - built in {year} - last spring. Inspectors said the 63-year-old "
     "building needs a new roof.", "1982", "1962"),
    ("passive", "The pavilion was built in {year} by volunteers. Now the 63-year-old pavilion needs a new roof.",
     "1982", "1962"),
    ("subject and verb", "The Wrenfield pool opened in {year}. Inspectors said the 63-year-old pool needs a new "
     "roof.", "1982", "1962"),
    ("written age", "The Wrenfield pool opened in {year}. Inspectors said the sixty-three-year-old building needs a "
     "new roof.", "1982", "1962"),
    ("origin after the age", "The 63-year-old building needs a new roof, inspectors said. It opened in {year} as a "
     "library.", "1982", "1962"),
    ("origin after the age, the noun again", "Inspectors said the 63-year-old pavilion needs a new roof. The "
     "pavilion was built in {year} by volunteers.", "1982", "1962"),
    ("last year in the age sentence", "The library moved into Marsh House, which opened in {year}. Surveyors found "
     "last year that the 63-year-old building's roof was unsafe.", "1982", "1962"),
    ("last year, age told then", "The library moved into Marsh House, which opened in {year}. Surveyors found "
     "last year that the 62-year-old building's roof was unsafe.", "1982", "1962"),
]


@pytest.mark.parametrize("name,template,flag,clean", THING_ROWS, ids=[r[0] for r in THING_ROWS])
def test_thing_age_in_the_next_sentence(name, template, flag, clean):
    assert_flagged(template.format(year=flag), flag, "FC5", PUB_T)
    assert_clean(template.format(year=clean), PUB_T)


THING_GUARDS = [
    # another thing than the one begun
    "The museum, which opened in 1990, has a new wing. Visitors queued to see the 300-year-old painting.",
    # a person
    "Ann Marsh, who founded the club in 1990, spoke. The 63-year-old chairman thanked the members.",
    # the building's earlier life
    "The gallery opened in 1990. The 150-year-old building was formerly a mill.",
    # another building than the one begun
    "The school opened in 1990. The 12-year-old building that replaced its huts is now unsafe.",
    # the thing begun inside another
    "The cafe opened in 1990 in a Victorian mill. The 150-year-old building needs a new roof.",
    # "It" after an age that is not on the subject; another noun opening the next sentence
    "The council said the 63-year-old building would shut. It was founded in 1890.",
    "Visitors queued to see the 300-year-old painting. The gallery opened in 1990.",
    # the age at another time
    "The bridge was built in 1990. When the 63-year-old structure was repaired, traffic stopped.",
    # another paragraph
    "The library moved into Marsh House, which opened in 1990.\n\nInspectors said the 63-year-old building needs "
    "a new roof.",
]


@pytest.mark.parametrize("text", THING_GUARDS)
def test_thing_age_guards(text):
    assert_clean(text, PUB_T)

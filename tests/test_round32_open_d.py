"""Round 32 (open d): families of the opened never-seen misses, each written five ways in other words, with clean
twins (consistent figures, another event, another year)."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# a strike told by "walk out for N days", then "the M-day walkout/strike/stoppage"
WALK_OUT_FLAGGED = [
    ("Junior doctors in Wales will walk out for 72 hours from Monday, the BMA said. Health boards warned that the "
     "48-hour strike would force thousands of operations to be postponed.", "48-hour"),
    ("Refuse collectors in Kirklees walked out for two weeks over pay, the GMB said. Council leaders said the "
     "three-week stoppage had cost more than any dispute in a decade.", "three-week"),
    ("Teachers at 40 schools across Ohio are walking out for five days starting Tuesday, union officials said. "
     "District leaders said the six-day strike would keep 30,000 students at home.", "six-day"),
    ("Train guards on Northern will walk out for 24 hours on Saturday, the RMT announced. Rail bosses said the "
     "36-hour walkout would wreck weekend travel across the north.", "36-hour"),
    ("Cleaners at the university walk out for six days this month in a row over sick pay. Managers said that the "
     "eight-day strike would leave lecture halls unusable.", "eight-day"),
]

WALK_OUT_CLEAN = [
    # the same length
    "Junior doctors in Wales will walk out for 72 hours from Monday, the BMA said. Health boards warned that the "
    "72-hour strike would force thousands of operations to be postponed.",
    "Refuse collectors in Kirklees walked out for two weeks over pay. Council leaders said the two-week stoppage "
    "had cost more than any dispute in a decade.",
    # a walk, no walkout
    "Charity fundraisers will walk for five days along Hadrian's Wall, organisers said. Organisers said the "
    "six-day strike by rail staff had made travel to the start harder.",
    # another year's strike
    "Teachers at 40 schools across Ohio walked out for five days in 2019. Last year the six-day strike kept 30,000 "
    "students at home.",
    # a part of it: one day of the strike
    "Train guards on Northern will walk out for three days on Saturday, the RMT announced. Rail bosses said the "
    "24-hour overtime ban before it would also hit services.",
]


@pytest.mark.parametrize("text,target", WALK_OUT_FLAGGED)
def test_walk_out_then_other_length(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", WALK_OUT_CLEAN)
def test_walk_out_clean(text):
    assert_clean(text)


# a named person's age, then "The M-year-old former/ex-/retired ..." for the same person
PAST_ROLE_FLAGGED = [
    ("Tom Ashby, 63, took charge of the hospital trust on Monday. The 58-year-old former army surgeon said waiting "
     "lists would be his first priority.", "58-year-old"),
    ("Priya Nair, 41, has been named head coach of the Sharks. The 44-year-old ex-international will take her "
     "first training session on Friday.", "44-year-old"),
    ("Dennis Marsh, 70, won the Elmwood by-election by 212 votes. The 67-year-old retired headteacher thanked the "
     "volunteers who had knocked on doors.", "67-year-old"),
    ("Helen Okafor, 36, opened a bakery in Leith last spring. The 39-year-old one-time banker now employs nine "
     "people.", "39-year-old"),
    ("Marcus Webb, 55, was confirmed as police chief Thursday. The 50-year-old former Marine pledged to rebuild "
     "trust with residents.", "50-year-old"),
]

PAST_ROLE_CLEAN = [
    # the same age
    "Tom Ashby, 63, took charge of the hospital trust on Monday. The 63-year-old former army surgeon said waiting "
    "lists would be his first priority.",
    # another person brought in by name
    "Priya Nair, 41, has been named head coach of the Sharks. The 44-year-old former international, Jo Bell, will "
    "be her assistant.",
    # two people whose ages were given
    "Dennis Marsh, 70, and his agent Sue Park, 48, won the Elmwood by-election by 212 votes. The 67-year-old "
    "retired headteacher thanked the volunteers.",
    # the role belongs to someone already brought in without an age
    "Helen Okafor, 36, was hit by a van driven by a former soldier. The 39-year-old former soldier was arrested "
    "at the scene.",
    # a role that is not past ("the 50-year-old Marine": may be another)
    "Marcus Webb, 55, was confirmed as police chief Thursday. The 50-year-old Marine who nominated him spoke "
    "first.",
]


@pytest.mark.parametrize("text,target", PAST_ROLE_FLAGGED)
def test_past_role_after_named_age(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", PAST_ROLE_CLEAN)
def test_past_role_clean(text):
    assert_clean(text)

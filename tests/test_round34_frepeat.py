"""Round 34 (frepeat): restatements of one quantity given twice with different values.

1. "The N-year-old" opening its sentence, then an aside of origin (", from Inverness,") or of background (", who
   took up running at university,") and the sentence's verb, after one person named with an age: the same person
   (``restatements._opening_aside_then_verb``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGS = [
    # 1. "The N-year-old, from X, / who ...," restating the age just given
    ("Selina Marsh, 52, was elected mayor of the borough on Thursday night. The 25-year-old, from Castleford, "
     "takes office next week.", "25-year-old", "FC403", None),
    ("A grandmother, 71, has swum the length of Lake Windermere for charity. The 77-year-old, who learned to swim "
     "at 60, finished in just over nine hours.", "77-year-old", "FC403", None),
    ("Jordan Price, 19, scored twice on his debut for the club on Saturday. The 21-year-old, who joined from a "
     "non-league side in the summer, was named man of the match.", "21-year-old", "FC403", None),
    ("A woman, 46, has been charged with fraud after money vanished from a church fund in Ripon. The 64-year-old, "
     "from Harrogate, will appear before magistrates next month.", "64-year-old", "FC403", None),
]

CLEAN = [
    # the same age again
    "Selina Marsh, 52, was elected mayor of the borough on Thursday night. The 52-year-old, from Castleford, takes "
    "office next week.",
    # two ages given before: which one is meant is unclear
    "Tom Hale, 34, and his sister Ann, 43, opened the cafe in May. The 43-year-old, from Leeds, runs the kitchen.",
    # the relative clause tells another's part
    "Sam Reid, 29, was hurt when a van struck his bicycle. The 41-year-old, who was arrested at the scene, has been "
    "released on bail.",
    "Lena Cho, 23, suffered a broken arm in the crash. The 38-year-old, who was driving the other car, was unhurt.",
    # not the opening of the sentence
    "Maya Bell, 31, won the race, ahead of the 35-year-old, from Bath, who finished second.",
    # an aside whose next word is no verb
    "Ravi Shah, 27, was the first to finish. The 45-year-old, from Leeds, and his son came in second.",
    # "the 60-year-old" at the opening, with a noun: someone brought in
    "Ellie Ward, 22, won the singles title. The 60-year-old coach, from Derby, said she had worked hard.",
]


@pytest.mark.parametrize("text,target,rule,published", FLAGS)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)

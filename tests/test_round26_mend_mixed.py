"""Round 26 mend (reviewer's early report, mixed set): false alarms of this round's new readings on consistent text.

1. The count of days on the later event: the words between the start's verb and its "on" hold no clause of another
   event told with a verb of its own ("kidnapped from the villa her parents had rented on 3 May": the day is the
   renting's; ``dates._start_place_only``).
2. A planned venue's capacity restated in another tense: the restating sentence must tell what can only be done to
   a venue still to be built (plans, drawings, approval, a booking; ``restatements._UNBUILT_VENUE_TOLD``), not the
   venue in use now ("packed it for the last time", "currently plays in"); and a venue in use, then one approved or
   planned, is another.
3. "The N-year-old" with a year in its sentence is the subject of the sentence before only when its own verb follows
   directly: not a participle picking out someone ("signed by", "appointed to succeed", "hired as ... now runs"), not
   an age set off by a comma and a "who" clause (``dates._age_its_own_verb``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

PUB = "2024-10-01"

# ---------------------------------------------------------------- 1. a start's place holding another event's clause
START_PLACE_CLAUSE = [
    "The student, abducted from the villa her parents had rented online on 3 May, was released on 25 May after "
    "ten days.",
    "The student, abducted from the villa her parents rented on 3 May, was released on 25 May after ten days.",
    "The student, abducted from the villa where her parents stayed on 3 May, was released on 25 May after ten days.",
    "The engineer was released on 25 May after ten days, having been seized from the office his firm had leased "
    "on 3 May.",
]

START_PLACE_FLAGS = [
    ("The student, abducted from a crowded market in the old town on 3 May, was released on 25 May after ten "
     "days.", "ten days"),
    ("The engineer was released on 25 May after ten days, having been seized from a guarded compound on 3 May.",
     "ten days"),
    ("The reporter was freed on May 22 after 16 days, having been snatched from a hotel lobby in the capital on "
     "May 3.", "16 days"),
]


@pytest.mark.parametrize("text", START_PLACE_CLAUSE)
def test_start_place_with_another_events_clause_stays_silent(text):
    assert_clean(text, PUB)


@pytest.mark.parametrize("text,target", START_PLACE_FLAGS)
def test_start_place_of_the_start_itself_still_flags(text, target):
    assert_flagged(text, target, "FC507", PUB)


# ---------------------------------------------------------------- 2. a planned venue against the one in use now
VENUE_IN_USE = [
    "The club's new ground will hold 55,000. Supporters filled the 36,000-seat ground for the final time on Sunday.",
    "The new arena will seat 15,000 when it opens in 2027. The side currently plays in the 8,000-seat arena by the "
    "docks.",
    "The proposed stadium would hold 50,000. The team played in the 28,000-seat stadium for 90 years.",
    "The town's theatre holds 900. Councillors approved the 1,400-seat theatre on Monday.",
]

PLANNED_VENUE_FLAGS = [
    ("The new arena will seat 15,000 for concerts. Promoters have already booked the 13,000-seat arena for its "
     "first night.", "13,000-seat"),
    ("The planned stadium will have a capacity of 55,000. Fans have already seen drawings of the 45,000-seat stadium.",
     "45,000-seat"),
]


@pytest.mark.parametrize("text", VENUE_IN_USE)
def test_venue_in_use_beside_a_planned_one_stays_silent(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", PLANNED_VENUE_FLAGS)
def test_planned_venue_restated_otherwise_still_flags(text, target):
    assert_flagged(text, target, "FC402")


# ---------------------------------------------------------------- 3. an age with a participle or a "who" clause
AGE_OF_ANOTHER = [
    ("Lena Brook, who was born in 1969, has been made head of the orchestra. The 33-year-old elected by the players "
     "in 2021 will lead the strings.", "2024-10-01"),
    ("Sam Pike, who was born in 1959, stepped down as editor on Monday. The 41-year-old named to replace him "
     "joined the paper in 2012.", "2024-10-01"),
    ("Lena Brook, who was born in 1969, has been made head of the orchestra. The 33-year-old, who arrived from "
     "Vienna in 2021, will lead the strings.", "2024-10-01"),
    ("Omar Said, who was born in 1955, opened the cafe. The 27-year-old recruited as chef in 2023 now manages it.",
     "2024-10-01"),
]

AGE_OWN_VERB_FLAGS = [
    ("Lena Brook, who was born in 1969, has been made head of the orchestra. The 33-year-old joined as a violinist "
     "in 1995.", "33-year-old", "2024-10-01"),
    ("Sam Pike, who was born in 1959, stepped down as editor on Monday. The 41-year-old started at the paper in "
     "1990.", "41-year-old", "2024-10-01"),
]


@pytest.mark.parametrize("text,published", AGE_OF_ANOTHER)
def test_age_with_a_participle_or_who_clause_stays_silent(text, published):
    assert_clean(text, published)


@pytest.mark.parametrize("text,target,published", AGE_OWN_VERB_FLAGS)
def test_age_with_its_own_verb_and_a_year_still_flags(text, target, published):
    assert_flagged(text, target, "FC506", published)

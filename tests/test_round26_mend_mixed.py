"""Round 26 mend (reviewer's early report, mixed set): false alarms of this round's new readings on consistent text.

1. The count of days on the later event: the words between the start's verb and its "on" hold no clause of another
   event told with a verb of its own ("kidnapped from the villa her parents had rented on 3 May": the day is the
   renting's; ``dates._start_place_only``).
2. A planned venue's capacity restated in another tense: the restating sentence must tell what can only be done to
   a venue still to be built (plans, drawings, approval, a booking; ``restatements._UNBUILT_VENUE_TOLD``), not the
   venue in use now ("packed it for the last time", "currently plays in"); and a venue in use, then one approved or
   planned, is another.
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

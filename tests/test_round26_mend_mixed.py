"""Round 26 mend (reviewer's early report, mixed set): false alarms of this round's new readings on consistent text.

1. The count of days on the later event: the words between the start's verb and its "on" hold no clause of another
   event told with a verb of its own ("kidnapped from the villa her parents had rented on 3 May": the day is the
   renting's; ``dates._start_place_only``).
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

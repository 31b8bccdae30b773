"""Round 20 (changes helper): a planned length, two dated days and how far behind or ahead of schedule the work
ended ("closed on 2 September for what was meant to be a three-week job, and reopened on 30 September - two weeks
behind schedule").  Every flagged row has a clean twin (the same text with a consistent delay)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

SCHEDULE_SPANS = [
    ("The footbridge shut on Monday, 7 October, for what was meant to be a three-week repair, and reopened on "
     "Monday, 4 November - two weeks behind schedule.",
     "The footbridge shut on Monday, 7 October, for what was meant to be a three-week repair, and reopened on "
     "Monday, 4 November - a week behind schedule.", "two weeks", "2024-11-08"),
    ("The pool shut on 3 June for work that was due to take six weeks and reopened on 29 July, three weeks late.",
     "The pool shut on 3 June for work that was due to take six weeks and reopened on 29 July, two weeks late.",
     "three weeks", "2024-08-01"),
    ("The road was closed on 4 March for what was expected to last ten days, but it did not reopen until 21 March, "
     "three days later than planned, the council said.",
     "The road was closed on 4 March for what was expected to last ten days, but it did not reopen until 21 March, "
     "a week later than planned, the council said.", "three days", "2024-03-25"),
    ("Work began on 1 April on a planned eight-week refit, and the ferry returned to service on 13 May, a week ahead "
     "of schedule.",
     "Work began on 1 April on a planned eight-week refit, and the ferry returned to service on 13 May, two weeks "
     "ahead of schedule.", "a week", "2024-05-20"),
    ("The line shut on 20 December for a job scheduled to take three weeks and reopened on 24 January - 10 days late.",
     "The line shut on 20 December for a job scheduled to take three weeks and reopened on 24 January - 14 days late.",
     "10 days", "2025-02-01"),
    ("The library closed on 2 May 2023 for a refit that should have taken four weeks; it reopened on 27 June 2023, "
     "five weeks late.",
     "The library closed on 2 May 2023 for a refit that should have taken four weeks; it reopened on 27 June 2023, "
     "four weeks late.", "five weeks", None),
    ("Repairs started on 9 January on what was supposed to be a 14-day job, and the lift was back in use on "
     "30 January (two weeks overdue).",
     "Repairs started on 9 January on what was supposed to be a 14-day job, and the lift was back in use on "
     "30 January (a week overdue).", "two weeks", "2025-02-03"),
    ("Closed on 5 August for works billed to last two weeks, the station reopened on 9 September, two weeks late.",
     "Closed on 5 August for works billed to last two weeks, the station reopened on 9 September, three weeks late.",
     "two weeks late", "2024-09-12"),
]


@pytest.mark.parametrize("flagged,clean,target,published", SCHEDULE_SPANS)
def test_round20_schedule_spans(flagged, clean, target, published):
    assert_flagged(flagged, target, "FC507", published)
    assert_clean(clean, published)


@pytest.mark.parametrize("text", [
    # no plan: the delay is against something else
    "The bridge closed on 2 September and reopened on 30 September, two weeks behind schedule.",
    # no delay: a plan and two dates only
    "The bridge closed on 2 September for what was meant to be a three-week job and reopened on 30 September.",
    # the later date told first, the work's start after it: no span read backwards round the year
    "The council announced on 5 May that the road, closed on 1 April for a planned six-week job, would reopen two "
    "weeks late.",
])
def test_round20_schedule_spans_not_read(text):
    assert_clean(text, "2024-10-03")

"""Round 26 (mixed learning set): a venue's capacity given once and restated as "the N-seat VENUE"
(``restatements.find_capacity_restatements``):

* a venue called planned, proposed or new has one capacity, the planned one, whatever the tense of the sentence
  restating it ("The club's planned stadium will have a capacity of 62,000 ... Councillors are expected to approve
  the 58,000-seat arena"; ``_planned_venue_restated``);
* "arena" is a writer's other word for a stadium or a ground (``_SPORTS_VENUES``);
* "former" of the site a venue is built on ("on the former gasworks site") tells of no change of capacity; only
  "former" of the venue or its capacity does (``_CAPACITY_CHANGED``);
* one word of the venue's kind before a venue that is no ground of sport: "a 4,000-seat concert hall"
  (``_VENUE_KIND_THEN``; not "training ground");
* a month or a weekday after the venue dates what is done to it, no qualifier: "... the 1,540-seat theatre in June"
  (``_month_dates_the_verb``);
* a restating sentence that tells of another venue -- old, existing, the one it replaces, next door, beside --
  is no restatement (``_OTHER_VENUE_TOLD``; two such texts were flagged before this round).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

WRONG = [
    ("The new arena will seat 18,500 for concerts. Promoters have already booked the 16,000-seat arena for its "
     "opening night.", "16,000-seat"),
    ("A 4,000-seat concert hall is planned for the waterfront. Drawings show the hall will hold 3,400 people.",
     "3,400"),
    ("The proposed theatre would have a capacity of 1,450. Planners will decide on the 1,540-seat theatre in June.",
     "1,540-seat"),
    ("The county's planned cricket ground will hold 25,000. Members are expected to vote on the 20,000-capacity "
     "stadium this autumn.", "20,000-capacity"),
    ("United's proposed stadium, to be built on a former rail depot, will have a capacity of 74,000. Fans have "
     "already been shown drawings of the 47,000-seat arena.", "47,000-seat"),
]

RIGHT = [
    "The new arena will seat 18,500 for concerts. Promoters have already booked the 18,500-seat arena for its "
    "opening night.",
    "A 4,000-seat concert hall is planned for the waterfront. Drawings show the hall will hold 4,000 people.",
    "The proposed theatre would have a capacity of 1,450. Planners will decide on the 1,450-seat theatre in June.",
    # another venue: next door, the one replaced, the old one, the one left
    "The stadium holds 60,000. The 18,000-seat arena next door hosts concerts.",
    "The club's new stadium will hold 62,000. The 41,000-seat ground it replaces will be demolished.",
    "The new stadium will hold 62,000. The old 41,000-seat stadium will become housing.",
    "The planned arena will seat 21,000. It will sit beside the 9,000-seat arena the city opened in 1995.",
    "The new arena will seat 21,000. It will replace the 9,000-seat arena the city opened in 1995.",
    # the capacity now against a planned one, told in the later sentence
    "The club's ground holds 41,000. The planned 62,000-seat stadium would open in 2028.",
    # a former venue, a training ground
    "The former stadium held 30,000. The new 45,000-seat stadium opened in 2019.",
    "The club trains at a 3,500-capacity training ground. The stadium, which holds 30,000, is a mile away.",
]


@pytest.mark.parametrize("text,target", WRONG)
def test_capacity_restated_otherwise_flags(text, target):
    assert_flagged(text, target, "FC402")


@pytest.mark.parametrize("text", RIGHT)
def test_capacity_agreeing_or_of_another_venue_stays_silent(text):
    assert_clean(text)

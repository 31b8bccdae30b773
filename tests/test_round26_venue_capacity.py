"""Round 26 (mixed learning set): a venue's capacity given once and restated as "the N-seat VENUE"
(``restatements.find_capacity_restatements``):

* a venue called planned, proposed or new has one capacity, the planned one, whatever the tense of the sentence
  restating it under the same noun ("The new arena will seat 18,500 ... Promoters have already booked the
  16,000-seat arena"; ``_planned_venue_restated``); a venue told with a past is not the unbuilt one ("The new
  stadium will hold 62,000. The 41,000-seat ground the club has used since 1923 ...": silent, flagged before this
  round; ``_VENUE_HISTORY``);
* "expected to", "due to", "set to" tell what is to come, like "will" (``_CAPACITY_FUTURE``);
* "former" of the site a venue is built on ("on the former gasworks site") tells of no change of capacity; only
  "former" of the venue or its capacity does (``_CAPACITY_CHANGED``);
* one word of the venue's kind before a venue that is no ground of sport: "a 4,000-seat concert hall"
  (``_VENUE_KIND_THEN``; not "training ground");
* a month or a weekday after the venue dates what is done to it, no qualifier: "... the 1,540-seat theatre in June"
  (``_month_dates_the_verb``);
* a restating sentence that tells of another venue -- old, existing, the one it replaces, next door, beside,
  across town -- is no restatement (``_OTHER_VENUE_TOLD``; such texts were flagged before this round).

Left alone: "arena" for a stadium ("a capacity of 62,000 ... the 58,000-seat arena", the learning set's repeat-002):
a city's arena is as often another venue beside its stadium, and nothing in such a text tells which.
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
    ("The club's planned stadium will have a capacity of 62,000. Councillors are expected to approve the "
     "58,000-seat stadium next month.", "58,000-seat"),
    ("United's proposed stadium, to be built on a former rail depot, will have a capacity of 74,000. Fans have "
     "already been shown drawings of the 47,000-seat stadium.", "47,000-seat"),
]

RIGHT = [
    "The new arena will seat 18,500 for concerts. Promoters have already booked the 18,500-seat arena for its "
    "opening night.",
    "A 4,000-seat concert hall is planned for the waterfront. Drawings show the hall will hold 4,000 people.",
    "The proposed theatre would have a capacity of 1,450. Planners will decide on the 1,450-seat theatre in June.",
    # another venue: next door, the one replaced, the old one, the one left, across town, another kind
    "The stadium holds 60,000. The 18,000-seat arena next door hosts concerts.",
    "The club's new stadium will hold 62,000. The 41,000-seat ground it replaces will be demolished.",
    "The new stadium will hold 62,000. The old 41,000-seat stadium will become housing.",
    "The new stadium will hold 62,000. Fans said goodbye to the 41,000-seat ground on Saturday.",
    "The planned arena will seat 21,000. It will sit beside the 9,000-seat arena the city opened in 1995.",
    "The new arena will seat 21,000. It will replace the 9,000-seat arena the city opened in 1995.",
    "The ground, which holds 27,000, was sold out. The 10,000-seat arena across town was half empty.",
    "The stadium holds 60,000 and will host the final. The city's 20,000-seat arena will stage the basketball.",
    "The new stadium will hold 62,000 fans. The 41,000-seat ground the club has used since 1923 will be sold.",
    "The planned stadium will have a capacity of 62,000. The club's 41,000-seat ground has been its home since 1923.",
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

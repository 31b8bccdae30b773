"""Round 27, articles, after review: false alarms a reviewer found on consistent text in the round's new readings
(tests/test_round27_articles.py), each written here in other words, with the flag rows the readings were built for
beside them (those must still flag)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. "Of those, A ... and B, or SHARE, ...": when the share is B's share of A (a funnel: applied, shortlisted,
# hired), the parts need not be disjoint parts of the whole before; no reading, so no contradiction.
OF_THOSE_FUNNEL_CLEAN = [
    "About 9,600 tenants asked for a repair last winter. Of those, 6,400 were visited within a week and 1,600, or "
    "25%, had the repair finished on the first visit.",
    "The charity received 3,000 grant bids in 2023.\n\nOf these, 1,500 reached the second round and 600, or 40%, "
    "were funded in full.",
    "Some 48,000 drivers were stopped at the checkpoints. Of them, 12,000 were breath-tested and 300, or 2.5%, "
    "failed the test.",
]
OF_THOSE_DISJOINT_FLAGGED = [
    ("Some 5,600 students sat the exam this summer.\n\nOf those, 3,900 passed and 1,420, or 20%, failed outright.",
     "1,420"),
    ("The county has 2,400 registered childminders.\n\nOf those, 1,150 work from home and 980, or 33%, run small "
     "nurseries from rented rooms.", "980"),
]


@pytest.mark.parametrize("text", OF_THOSE_FUNNEL_CLEAN)
def test_of_those_funnel_share_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", OF_THOSE_DISJOINT_FLAGGED)
def test_of_those_disjoint_parts_still_flagged(text, target):
    assert_flagged(text, target, "FC2")


# 2. "X of the Y NOUN, up from Z, ..., a rise of W": the whole set with its noun straight before the old level, or a
# part that moves against the told direction from the old level, may be the level that moved: the whole keeps its
# place as a level of the move (silent, as before the round).
WHOLE_MAY_MOVE_CLEAN = [
    "Some 640 of the 900 allotments, up from 820 last spring, were let by April, an increase of 80 plots.",
    "Around 2,300 of the 3,100 members, up from 2,700 in 2022, voted in the ballot, a rise of 400 members.",
    "Some 1,150 of the 1,600 stalls, up from 1,300 before the market moved, were taken on Saturday, a rise of 300 "
    "stalls.",
    "The museum welcomed 41,000 of its 60,000 visitors from abroad, up from 52,000 a year earlier, an increase of "
    "8,000.",
]
PART_MOVES_FLAGGED = [
    ("Today 9,100 of the county's 12,400 pupils walk or cycle to school, up from 7,300 in 2019, an increase of 2,800.",
     "2,800"),
    ("The trust saw 6,150 of its 8,900 emergency patients within four hours, down from 6,720 a year earlier, a fall "
     "of 750.", "750"),
]


@pytest.mark.parametrize("text", WHOLE_MAY_MOVE_CLEAN)
def test_whole_may_be_the_level_moved_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", PART_MOVES_FLAGGED)
def test_part_of_whole_moves_still_flagged(text, target):
    assert_flagged(text, target, "FC3")


# 3. A level reached ("rose to N in <month> from M"), then parts each told as an event of their own ("passed
# maths", "were sold", "were repaired"): things done to some of the stock, or overlapping, no breakdown of it.
# Parts told as states of the stock ("were in ...", "were privately owned") still divide it.
LEVEL_REACHED_EVENTS_CLEAN = [
    "The number of patients on the ward's list rose to 2,340 in June from 2,100 a year before.\n\nRecords show that "
    "1,900 patients saw a nurse, 1,250 saw a doctor and 640 saw a physiotherapist.",
    "The number of council flats in the borough fell to 5,200 in March from 5,460 a year earlier.\n\nThe housing "
    "department's figures, published on Friday, show that 3,100 flats were repainted, 1,800 were rewired and 900 "
    "were given new windows.",
    "The number of buses in the fleet rose to 860 in May from 790 a year earlier.\n\nThe operator said 510 buses "
    "were serviced, 280 were refitted and 150 were sold.",
]
LEVEL_REACHED_STATES_FLAGGED = [
    ("The number of pupils on roll rose to 12,460 in September from 11,980 a year before.\n\nRecords show that "
     "6,310 pupils were in primary schools, 6,020 were in secondary schools and 1,130 were in special schools.",
     "6,020"),
    ("The number of empty homes in the city rose to 3,740 in October from 3,150 a year earlier.\n\nThe council's "
     "figures, published on Monday, show that 2,180 homes were privately owned, 1,420 were owned by housing "
     "associations and 540 were council homes.", "1,420"),
]


@pytest.mark.parametrize("text", LEVEL_REACHED_EVENTS_CLEAN)
def test_level_reached_then_events_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", LEVEL_REACHED_STATES_FLAGGED)
def test_level_reached_then_states_still_flagged(text, target):
    assert_flagged(text, target, "FC1")


# 4. A move told with its old level only ("were up 20% from 1,000") after a sentence with one level of its kind: a
# measure narrowed by a participle that sentence never says ("Delayed sailings", "Rejected claims") is a subset of
# what it counts, not its level. One the sentence before says ("Cancelled operations" after "cancelled 612 of the
# 14,800 operations") still takes it.
NARROWED_MEASURE_CLEAN = [
    "The insurer received 4,600 claims in 2023.\n\nRejected claims were up 15% from 3,500 the year before.",
    "The library lent 54,000 books in 2023.\n\nDamaged books were up 20% from 48,000 the year before.",
    "The council inspected 1,420 of the 5,300 care homes in the region in 2023.\n\nDowngraded homes were up 20% "
    "from 1,300 the year before.",
]
NARROWED_MEASURE_NAMED_FLAGGED = [
    ("Surgeons at the trust cancelled 612 of the 14,800 operations planned for the winter.\n\nCancelled operations "
     "were down 20% from 865 in the same period a year earlier.", "865"),
    ("Officers solved 2,140 of the 9,850 burglaries reported in the year to March.\n\nSolved burglaries were up 7% "
     "from 1,700 the year before.", "1,700"),
]


@pytest.mark.parametrize("text", NARROWED_MEASURE_CLEAN)
def test_measure_narrowed_by_unsaid_participle_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", NARROWED_MEASURE_NAMED_FLAGGED)
def test_measure_narrowed_by_said_participle_still_flagged(text, target):
    assert_flagged(text, target, "FC2")

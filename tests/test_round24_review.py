"""Round 24's review: shapes the new readings took too widely (each silent at round 23's code and again now), and
two readings the merge had lost or never had."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

STAYS_CLEAN = [
    # "ML"/"GL" abbreviate other words: no megalitres
    "The team trained 40 ML models this year and 12 of them went into service.",
    # "on"/"at" is no link word of a labelled part after "spread across"
    "The 2,000 staff are spread across the country at 120 sites, 80 offices and 30 depots.",
    # a share-out left open ("and others") is no complete list of parts
    "The 900 seats are shared between the north stand with 300, the south stand with 200 and others.",
    # a later answer with its own place is no answer to the first one's question
    "58% of homes relied mainly on gas, 47% on oil in rural areas and 32% on electricity in flats.",
    # a noun used as a modifier is no adjective a writer clips to a noun
    "The trust owns 14 library buildings. All 20 of the county's libraries will stay open.",
    "The firm employs 12 factory workers. All 15 of its factories are in Wales.",
    "The ward has 300 patient beds. All 400 of its patients were moved on Monday.",
    # a synonym that is also a verb is not the headline's measure
    "Wages double in Kent\n\nDrivers will pay £6 to park in the town, compared with £3.60 last year.",
]


@pytest.mark.parametrize("text", STAYS_CLEAN)
def test_stays_clean(text):
    assert_clean(text)


# the second wave's readings, too wide before the review (published 2024-06-12)
STAYS_CLEAN_PUBLISHED = [
    # "in N days" after an ordinal or a counted thing is a span or a rate, no wait from the publication
    "United will play their third match in six days, on 20 June.",
    "The court will sit for the first time in two weeks, on 14 June.",
    "Doctors will see 40 patients in a day, on 28 June.",
    # dates in brackets after a thing's name are no lifespan
    "The exhibition (12 May 2023 - 3 March 2024) honours the painter, who died aged 85.",
    "The Ann Roe Prize (1 May 2020 - 30 April 2024) was named for the poet, who died aged 91.",
    # a total of another subject, told in the perfect too, is no running total told again
    "The wildfire has burned 12,500 hectares since it began. Firefighters have saved 21,500 hectares of forest.",
    # a class is no school roll
    "The academy has 480 pupils across two sites. On Friday a coach took the Year 6 class to the coast, and all 46 "
    "children were home by 6pm.",
    # another thing opened in another year
    "The church opened its doors in 1823. The congregation has grown since the extension opened in 1832.",
    # another limit, placed
    "The speed limit will be cut from 60mph to 40mph in June. Residents welcomed the new 20mph limit outside the school.",
]


@pytest.mark.parametrize("text", STAYS_CLEAN_PUBLISHED)
def test_stays_clean_published(text):
    assert_clean(text, "2024-06-12")


def test_a_part_lent_to_some_is_no_restatement_of_the_headline_sum():
    assert_clean("Harbour Bank lends record £2.36bn\nHarbour Bank lent a record £2.36 billion in 2024, the lender "
                 "said.\nIt approved 21,000 loans.\nMost went to families.\nProfit rose to £60 million.\nIts branches "
                 "stayed open.\nThe bank has 90 branches.\nThe £1.2bn lent to first-time buyers was a record.",
                 "2025-03-01")


def test_a_margin_of_defeat_is_a_defeat():
    assert_flagged("Rovers lost to United by three goals on Saturday. Their four-goal margin of defeat was the "
                   "heaviest of the season.", "four-goal", "FC40")
    assert_clean("Rovers lost to United by three goals on Saturday. Their three-goal margin of defeat was the "
                 "heaviest of the season.")


def test_a_delay_by_minutes_is_no_second_margin():
    assert_flagged("Okafor won the Scottish Open by three shots on Sunday. Play was delayed by 20 minutes by rain. "
                   "Her four-stroke victory earned her a place in the Masters.", "four-stroke", "FC40")

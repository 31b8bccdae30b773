"""Round 26 (mixed learning set): a total placed in a period, or a sum told as what it is paid as, and parts each in
a place of their own.

"recorded 1,940 offences in the year to March, of which 1,120 were in A, 410 in B and 520 in C": the same
preposition ("in") before the total's period and the parts' places does not make the total one more sibling of
the parts (``sums._parallel`` compares what the preposition opens: a period or a date, a bare plural after a sum
-- "£3.8m in grants" --, or a place; ``sums._placing``).  Siblings told alike ("on its first night ... on the
second night", "in March, 410 in April") stay siblings.
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (text, target, rule): the total's period or kind beside parts placed by the same preposition
PERIOD_THEN_PLACES = [
    ("Trading Standards seized 3,150 fake goods in 2023, of which 1,600 were found in Leeds, 900 in Bradford and "
     "800 in Hull.", "3,150", "FC10"),
    ("The hospice received £2.4m in the last financial year, of which £1.1m was raised in Kent, £0.9m in Sussex and "
     "£0.6m in Surrey.", "£2.4m", "FC10"),
    ("Some 720 homes were sold in March, of which 410 were in the north, 220 in the midlands and 140 in the south.",
     "720", "FC10"),
    ("Officers made 1,480 arrests in the fourth quarter, of which 760 were in Queens, 450 in Brooklyn and 380 in "
     "the Bronx.", "1,480", "FC10"),
    ("The charity fed 5,400 families in the summer, of whom 2,700 were in Fife, 1,800 in Argyll and 1,200 in "
     "Shetland.", "5,400", "FC10"),
    ("The council issued £3.8m in grants last spring, of which £1.9m was paid in Bolton, £1.2m in Bury and £0.9m "
     "in Wigan.", "£3.8m", "FC10"),
    ("The library lent 96,000 books in 2024, of which 51,000 were in the central branch, 30,000 in the east branch "
     "and 22,000 in the mobile van.", "96,000", "FC10"),
    ("Detectives logged 2,260 burglaries in the 12 months to June, of which 1,300 were in Cardiff, 610 in Newport "
     "and 490 in Swansea.", "2,260", "FC10"),
]

CLEAN = [
    # the same shapes, adding up
    "Trading Standards seized 3,150 fake goods in 2023, of which 1,600 were found in Leeds, 900 in Bradford and "
    "650 in Hull.",
    "The hospice received £2.4m in the last financial year, of which £1.1m was raised in Kent, £0.8m in Sussex and "
    "£0.5m in Surrey.",
    "Officers made 1,480 arrests in the fourth quarter, of which 760 were in Queens and 450 in Brooklyn.",
    "The charity fed 5,400 families in the summer, of whom 2,700 were in Fife, 1,800 in Argyll and 900 in Shetland.",
    # a figure placed in a period of its own beside others in theirs: siblings, no whole
    "The agency sold 720 homes in March, 410 in April and 300 in May.",
    "The play took £1.2m on its first night, including £0.3m from pre-sales, then £0.9m on the second night and "
    "£0.8m on the third.",
    # the first figure heads places after a period of its own, and they add up
    "The food bank fed 3,400 families in 2023, 2,100 in Leeds and 1,300 in Hull.",
    # an aside on one place, then siblings in other places
    "The store sold 400 copies in Leeds, of which 100 were signed, 300 in York and 200 in Hull.",
    # sums told by what they are paid as, side by side
    "The fund paid £5m in grants, £3m in loans and £2m in bursaries in 2022.",
    "The club sold 600 tickets in the county, including 350 in Derby and 250 in Buxton.",
]


@pytest.mark.parametrize("text,target,rule", PERIOD_THEN_PLACES)
def test_total_in_a_period_broken_down_by_place_flags(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", CLEAN)
def test_siblings_and_sums_that_agree_stay_silent(text):
    assert_clean(text)

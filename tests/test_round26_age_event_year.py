"""Round 26 (mixed learning set): "Hughes, who was born in March 1979, takes over. The 51-year-old joined as a cadet
in 1997.": a year in the sentence that opens on "The N-year-old" and a verb dates what the person did; the age is
the age now or the age that year, and only an age that fits neither is wrong (``dates._age_then_in_years``,
``_anaphor_age_not_then`` in ``_across_sentences``, and ``find_aged_anaphor_after_birth``).  An age with a noun of
its own after it ("The 72-year-old mentor he hired in 1983") is another person's.
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

WRONG_AGE = [
    ("Amara Osei, who was born in June 1968, will chair the inquiry. The 62-year-old qualified as a surgeon in 1994.",
     "62-year-old", "2025-02-01"),
    ("Coach Brenner, born Nov. 2, 1971, was hired Tuesday. The 49-year-old led Ohio State to a title in 2014.",
     "49-year-old", "2024-05-01"),
    ("Tomasz Wren (born 4 April 1985) has been named captain. The 35-year-old made his debut in 2006 and has won "
     "60 caps.", "35-year-old", "2024-06-20"),
    ("Priya Nair, who was born in 1990, has been shortlisted for the prize. The 29-year-old published her first "
     "novel in 2016.", "29-year-old", "2023-11-15"),
    ("Okafor, who was born in August 1957, retires this week. The 72-year-old opened the bakery on the high street "
     "in 1983.", "72-year-old", "2026-01-10"),
    # (round 10's clean row, now read: 54 now, 48 or 49 in 2019, so "52" fits neither)
    ("Rob Vane, born in Cork on 9 June 1970, takes over as head coach next month. The 52-year-old coached "
     "the under-21s in 2019.", "52-year-old", "2025-02-12"),
    # (round 20's guard row, now read: 19 on 14 July 2024, 17 or 18 in 2022, so "21" fits neither)
    ("Okoye, who was born in October 2004, won the 800 metres in 1:57.86, beating a record from 2013. The "
     "21-year-old won a junior title in 2022.", "21-year-old", "2024-07-14"),
]

RIGHT = [
    ("Amara Osei, who was born in June 1968, will chair the inquiry. The 56-year-old qualified as a surgeon in 1994.",
     "2025-02-01"),
    # the age reached in the year the sentence tells
    ("Coach Brenner, born Nov. 2, 1971, was hired Tuesday. The 42-year-old led Ohio State to a title in 2014.",
     "2024-05-01"),
    ("Tomasz Wren (born 4 April 1985) has been named captain. The 21-year-old made his debut in 2006 and won the "
     "cup.", "2024-06-20"),
    ("Priya Nair, who was born in 1990, has been shortlisted for the prize. The 26-year-old published her first "
     "novel in 2016.", "2023-11-15"),
    # another person, named by a noun after the age
    ("Okafor, who was born in August 1957, retires this week. The 72-year-old mentor he hired in 1983 will take "
     "over.", "2026-01-10"),
]


@pytest.mark.parametrize("text,target,published", WRONG_AGE)
def test_age_now_wrong_beside_an_event_year_flags(text, target, published):
    assert_flagged(text, target, "FC506", published)


@pytest.mark.parametrize("text,published", RIGHT)
def test_age_now_or_then_stays_silent(text, published):
    assert_clean(text, published)

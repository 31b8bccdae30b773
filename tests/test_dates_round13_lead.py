"""Round 13 (lead): two day-and-month dates without a year, each nearest the
publication date, are read in one year when they would otherwise straddle
two ("on 14 June, 13 days after ... 1 June", published in December)."""
from __future__ import annotations

from tests.shapes import assert_clean, assert_flagged


def test_two_dates_without_year_share_one_year():
    assert_clean("The first storm formed on 14 June, almost two weeks after the season began on 1 June.",
                 published="2026-12-01")


def test_two_dates_without_year_still_checked():
    assert_flagged("The first storm formed on 14 June, 23 days after the season began on 1 June.", "23 days", "FC507",
                   published="2026-12-01")


def test_paired_weekdays_and_days():
    assert_clean("The count was held on Saturday and Sunday, January 17 and 18.", published="2026-01-20")
    assert_flagged("The count was held on Sunday, January 17.", "Sunday, January 17", "FC501", published="2026-01-20")

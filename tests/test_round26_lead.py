"""Round 26: false alarms the lead mended on fresh clean articles (each in new words)."""
import pytest

from tests.shapes import assert_clean, assert_flagged


@pytest.mark.parametrize("text", [
    # the from-value of a change followed by a superlative that names the new level
    "Turnover rose 4% to $52.0 million from $50.0 million, the highest in the chain's history.",
    "Membership climbed to 8,400 from 7,900, the highest in its 60-year history.",
    "Ticket sales grew to £3.3m from £2.9m, the biggest in the festival's history.",
    "Exports rose to €41bn from €38bn, the largest in the region's history.",
])
def test_superlative_after_a_change_is_not_a_ranking(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", [
    ("Of the three divisions, retail made £3.1m, the largest, with £4.2m from wholesale and £1.3m online.",
     "£3.1m"),
    ("Of the club's three teams, the under-12s raised £640, the most, with £710 from the under-14s and £380 "
     "from the under-16s.", "£640"),
])
def test_superlative_rankings_still_checked(text, target):
    assert_flagged(text, target, "FC703")


@pytest.mark.parametrize("text", [
    # "a quarter point" without its hyphen is a change in points, not the fraction a quarter
    "The central bank cut its main rate from 4.25% to 4%, a reduction of a quarter point.",
    "Mortgage rates edged up from 6.5% to 6.75%, a rise of a quarter point in a week.",
    "The Reserve Bank lifted the cash rate from 3.1% to 3.6%, a half point increase.",
])
def test_spaced_quarter_and_half_points_are_points(text):
    assert_clean(text)


def test_spaced_quarter_point_still_checked():
    assert_flagged("The central bank cut its main rate from 5.25% to 4.75%, a reduction of a quarter point.",
                   "a quarter point", "FC204")

"""Round 29: a poll's margin of error told after its shares ("; the margin of error was 3 points", "(margin of
error 3.9 points)") is the poll's precision, not a margin between two shares nor a rate: the shares still add up
to one whole."""
import pytest

from tests.shapes import assert_clean, assert_flagged


FLAGGED = [
    ("A Gallup survey of 1,020 adults found 52% approve of the governor and 41% disapprove, with 9% unsure; the "
     "margin of error is 4 points.", "9%"),
    ("In a poll of 640 residents, 55% support the dam and 38% oppose it, with 11% undecided and a margin of error "
     "of 3.9 points.", "11%"),
    ("Asked about the dam, 55% of the 640 residents polled were in favour and 38% against, with 11% unsure (margin "
     "of error 3.9 points).", "11%"),
    ("Some 55 per cent of those polled back the dam and 38 per cent oppose it; 11 per cent are undecided, and the "
     "survey's margin of error is 3.9 points.", "11 per cent"),
    ("The survey of 1,500 nurses found 61% would strike, 33% would not and 9% don't know; the margin of sampling "
     "error was 2.5 percentage points.", "9%"),
    ("A survey of 2,000 drivers put the toll plan on 38% and the fuel tax on 49%, with 18% still undecided; the "
     "margin of error was 2.2 points.", "18%"),
]


@pytest.mark.parametrize("text, target", FLAGGED)
def test_poll_shares_over_the_whole_with_margin_of_error_flagged(text, target):
    assert_flagged(text, target, "FC202")


CLEAN = [
    "A Gallup survey of 1,020 adults found 52% approve of the governor and 41% disapprove, with 7% unsure; the "
    "margin of error is 4 points.",
    "The survey of 1,500 nurses found 61% would strike, 30% would not and 9% don't know; the margin of sampling "
    "error was 2.5 percentage points.",
    # shares of different wholes, or of other times and places, never add up to one
    "In the poll, 52% of men and 61% of women approve of the governor; the margin of error is 4 points.",
    "The poll found 64% of Democrats and 58% of independents back the bill, with a margin of error of 3 points.",
    "Turnout was 71% in the north and 64% in the south; the margin of error was 2 points.",
    "The survey found 48% expect prices to rise this year and 57% next year, with a margin of error of 3.1 points.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_poll_shares_with_margin_of_error_clean(text):
    assert_clean(text)

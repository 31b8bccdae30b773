"""Round 28: a superlative that ranks a figure "so far this year", its scope several words long ("the lowest
close for the stock on the Nasdaq so far this quarter"), dates nothing and says no time has passed; "last
July" is another period, as "last month" is."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("Rainfall totalled 41.7mm in Cardiff on Monday, the Met Office said. The 47.1mm total was the wettest day "
     "recorded in Wales so far this year.", "47.1mm"),
    ("Shares in the company closed at $128.40 on Friday. The $124.80 close was the lowest finish for the stock "
     "on the Nasdaq so far this quarter.", "$124.80"),
    ("A crowd of 41,250 watched Rovers beat City on Saturday. The 42,150 attendance was the largest at any "
     "ground in the division so far this season.", "42,150"),
    ("A 96mph gust hit the Needles on the Isle of Wight on Sunday. The 69mph gust was the strongest measured anywhere "
     "in the country so far this winter.", "69mph"),
    ("The painting sold for £2.35m at Christie's on Thursday. The £2.53m sale was the highest price paid for a "
     "living British artist at auction so far this year.", "£2.53m"),
]

CLEAN = [
    "The thermometer hit 31.6C in Norwich on Tuesday. The 36.1C reading at Cromer on Wednesday was the highest "
    "recorded in England so far this year.",
    "The thermometer hit 31.6C in Norwich on Tuesday. A 36.1C reading on Thursday was the highest recorded in "
    "England so far this year.",
    "The thermometer hit 31.6C in Norwich on Tuesday. The 36.1C reading last July remains the highest recorded "
    "in England.",
    "A crowd of 41,250 watched Rovers beat City on Saturday. The 42,150 attendance at Ewood Park last month was "
    "the largest in the division so far this season.",
    "The thermometer hit 31.6C in Norwich on Tuesday. The 31.6C reading was the highest recorded in England so "
    "far this year.",
    "Rainfall totalled 41.7mm in Cardiff on Monday, the Met Office said. The 47.1mm total has since been "
    "revised, and is the wettest so far this year.",
    "Rainfall totalled 41.7mm in Cardiff on Monday, the Met Office said. So far this year, the 47.1mm that fell "
    "in Swansea in March is the most in Wales.",
    "Shares in the company closed at $128.40 on Friday. The $124.80 close last March was the lowest finish for "
    "the stock so far this year.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_ranked_so_far_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", CLEAN)
def test_ranked_twins_clean(text):
    assert_clean(text)

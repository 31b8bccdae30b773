"""Round 13 (lead): restatement readings found wrong on clean articles -- a
headline's winning margin ("by 143 votes") is no tally but is checked
against the lead's one margin ("143 ahead", "a majority of 143"); a majority
stated beside the two tallies it separates must be their difference; and "The 51-year-old"
after several people's ages may be any of them.  Each clean text has a twin
with a real error that is still flagged."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# not a check: the runner-up's figure is not given ("with Labour on 412" is a third candidate)
NOT_A_MAJORITY = [
    "Ana Ruiz won with 2,310 votes, a majority of 416 over Ben Cole, with Labour on 690.",
    "The motion passed with 58 votes, a majority of 12 over the opposition amendment, which won 31.",
]

CLEAN_WITH_FLAGGED_TWIN = [
    # a headline margin against the winner's tally
    ("Greens take Hillside ward by 212 votes\n\nAmy Lock won with 1,486 votes, 212 ahead of the Labour candidate.",
     "Greens take Hillside ward with 1,486 votes\n\nAmy Lock won with 1,846 votes, 212 ahead of the Labour "
     "candidate.", "1,846"),
    ("Visitors beat champions by 38 runs\n\nThe visitors made 291 and bowled the hosts out for 253 to win by 38 "
     "runs.",
     "Visitors beat champions by 38 runs\n\nThe visitors made 291 and bowled the hosts out for 253 to win by 83 "
     "runs.", "83"),
    ("Independent holds Marsh ward by 61 votes\n\nTom Reed kept the seat with 702 votes, a majority of 61 over "
     "the Greens.",
     "Independent holds Marsh ward by 16 votes\n\nTom Reed kept the seat with 702 votes, a majority of 61 over "
     "the Greens.", "16"),
    # a majority stated beside the two tallies it separates
    ("Ana Ruiz held the seat with 2,310 votes, 416 ahead of Ben Cole on 1,894.",
     "Ana Ruiz held the seat with 2,310 votes, 461 ahead of Ben Cole on 1,894.", "461"),
    ("Leave won 9,120 of the 15,800 ballots cast, against 6,680 for Remain, a majority of 2,440.",
     "Leave won 9,120 of the 15,800 ballots cast, against 6,680 for Remain, a majority of 3,440.", "3,440"),
    ("Ana Ruiz won with 2,310 votes to Cole's 1,894, a majority of 416.",
     "Ana Ruiz won with 2,310 votes to Cole's 1,894, a majority of 614.", "614"),
    # a headline's level and the lead's, told in the perfect and given again later
    ("Port's cargo climbs to 4.36m tonnes\n\nCargo handled at the port has risen to 4.36m tonnes, up from 3.9m. Of "
     "the 4.36m tonnes, most was grain.",
     "Port's cargo climbs to 4.63m tonnes\n\nCargo handled at the port has risen to 4.36m tonnes, up from 3.9m. Of "
     "the 4.36m tonnes, most was grain.", "4.36m"),
    # an anonymous age after several people's ages
    ("Three workers were hurt: a 44-year-old welder, a 29-year-old electrician and a 61-year-old crane driver. "
     "The 29-year-old was flown to hospital.",
     "A 61-year-old crane driver was hurt in the fall. The 16-year-old was flown to hospital.", "16-year-old"),
]


@pytest.mark.parametrize("clean,flagged,target", CLEAN_WITH_FLAGGED_TWIN)
def test_round13_lead_restatement_clean(clean, flagged, target):
    assert_clean(clean)


@pytest.mark.parametrize("clean,flagged,target", CLEAN_WITH_FLAGGED_TWIN)
def test_round13_lead_restatement_twin_flagged(clean, flagged, target):
    assert_flagged(flagged, target, "FC4")


@pytest.mark.parametrize("text", NOT_A_MAJORITY)
def test_round13_lead_majority_needs_both_tallies(text):
    assert_clean(text)


def test_part_given_as_a_share_is_no_restatement_of_the_whole():
    assert_clean("Growers expect a crop of about 42,000 tonnes. Roughly 60% of the crop, or 25,200 tonnes, goes to "
                 "one buyer. At £150 a tonne, the 42,000-tonne crop is worth £6.3m.")


def test_left_over_is_no_slip():
    assert_clean("A record 318 riders started the race and 301 finished. The 17 who did not were collected by the "
                 "support van.")


def test_whole_with_its_part_is_no_slip():
    assert_clean("Almost a third of them, 142, were counted at one pond. Newts were found at 30 of the 42 ponds "
                 "surveyed.")

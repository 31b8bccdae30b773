"""Round 10 splits of one whole (FC202): ratings on one scale, each share
one rating ("48% rated it excellent, 37% good and 15% poor"), and a winner's
share of the vote in the sentence before the others' shares taken."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text):
    return [f for f in check_text(text) if f.is_problem]


CASES = [
    ("In the tourism board's survey of hotel guests, 48% rated their stay excellent, 37% good and 26% poor.", "26%",
     "In the tourism board's survey of hotel guests, 48% rated their stay excellent, 37% good and 15% poor."),
    ("Asked about the new bus service, 52% said it was good, 31% fair and 29% poor.", "29%",
     "Asked about the new bus service, 52% said it was good, 31% fair and 17% poor."),
    ("In the council's survey, 61% of tenants rated repairs as good, 28% as fair and 23% as poor.", "23%",
     "In the council's survey, 61% of tenants rated repairs as good, 28% as fair and 11% as poor."),
    ("Of the diners polled, 45% rated the food excellent, 40% good and 30% poor.", "30%",
     "Of the diners polled, 45% rated the food excellent, 40% good and 15% poor."),
    ("Parents rated the nursery excellent (52%), good (33%) and poor (24%).", "24%",
     "Parents rated the nursery excellent (52%), good (33%) and poor (15%)."),
    ("Diners rated the meal very good (45%), average (40%) or poor (25%).", "25%",
     "Diners rated the meal very good (45%), average (40%) or poor (15%)."),
    ("Some 55% of members rated the club's coaching good, 30% rated it fair and 25% rated it poor.", "25%",
     "Some 55% of members rated the club's coaching good, 30% rated it fair and 15% rated it poor."),
    # the winner's share in the sentence before the others'
    ("Reform won the Eastfield by-election with 36.1% of the vote. Labour took 31.4%, the Tories 22.5% and the "
     "Greens 19.6%.", "19.6%",
     "Reform won the Eastfield by-election with 36.1% of the vote. Labour took 31.4%, the Tories 22.5% and the "
     "Greens 9.6%."),
    ("The mayor was re-elected with 47% of the votes cast. Her Green rival polled 38% and the independent 21%.",
     "21%",
     "The mayor was re-elected with 47% of the votes cast. Her Green rival polled 38% and the independent 11%."),
    ("Ms Okafor took 51.5% of the ballots. Mr Dunn won 31.2% and Ms Hale 22.8%.", "22.8%",
     "Ms Okafor took 51.5% of the ballots. Mr Dunn won 31.2% and Ms Hale 12.8%."),
]


@pytest.mark.parametrize("text,target,twin", CASES)
def test_round10_splits(text, target, twin):
    found = [f for f in problems(text) if f.rule == "FC202"]
    assert found and target in [text[f.start:f.end] for f in found], (text, [(f.rule, f.message) for f in found])
    assert "=" in found[0].arithmetic and found[0].tolerance
    assert problems(twin) == [], [(f.rule, f.message) for f in problems(twin)]


@pytest.mark.parametrize("text", [
    # answers to different questions
    "The survey found 60% said pay was good, 55% said hours were poor.",
    "Of patients, 60% rated doctors good and 55% rated nurses good, while 20% said food was poor.",
    "Some 48% of schools were rated good, and 60% of hospitals poor.",
    "Parents rated the school good (48%), the teachers good (57%) and the food poor (26%).",
    # another vote: another year, another place, a vote of its own
    "The party won 44% of the vote in 2019. This time it took 38% and Labour 35%.",
    "The party won 44% of the vote last time. Now it took 38% and Labour 35%.",
    "Labour won 44% of the vote in the city. In the county the Tories took 38% and Labour 35%.",
    "Labour won 44% of the vote. In the county the Tories took 38% and Labour 35%.",
])
def test_round10_splits_clean(text):
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]

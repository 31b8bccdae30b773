"""Round 16, shares (checker/relate/shares.py ``_of_those_so``): a sentence opening on the members of a whole
told before ("Of those,", "Of those on the register,"), its one count, then the share that follows from it
("meaning 25% of members are new").  The whole is a count up to three sentences back whose sentence names
the share's noun again; with no noun after the share only a bare "Of those," takes the sentence before.
Either reading (the part or the rest) agreeing keeps it silent.  Each flagged row has its clean twin."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# 2,100 of 8,400 is 25% (the rest 75%); {s} is the share
ROWS = [
    "The register grew to 8,400 members. Of those on the register, 2,100 joined this year, meaning {s} of members "
    "are new.",
    "The register grew to 8,400 members. Of those, 2,100 joined this year, meaning {s} are new.",
    "The register grew to 8,400 members, the club said. Of those on the register, 2,100 joined this year, "
    "meaning {s} of members are new, it added.",
    "In 2024 the register grew to 8,400 members. Of those on the register, 2,100 joined in the spring, meaning "
    "{s} of members were new.",
    "The register grew to 8,400 members. That is the highest level since 2019. Of those on the register, 2,100 "
    "joined this year, meaning {s} of members are new.",
    "The register grew to 8,400 members. Among those on its books, 2,100 joined this year - meaning {s} of "
    "members are new.",
    "The register grew to 8,400 members. Of those on the register, 2,100 joined this year, meaning {s} of "
    "members are new, a club record.",
    "The register grew to 8,400 members. Of those on the register, 2,100 joined this year, so {s} of members "
    "are new.",
]
SHARES = [  # (flag, clean)
    ("30%", "25%"),
    ("about 30%", "about 75%"),  # the rest's share agrees too
    ("a third", "a quarter"),
]


@pytest.mark.parametrize("row", ROWS)
@pytest.mark.parametrize("flag,clean", SHARES)
def test_of_those_so(row, flag, clean):
    assert_flagged(row.format(s=flag), flag, "FC201")
    assert_clean(row.format(s=clean))


@pytest.mark.parametrize("text", [
    # a placed lead and no noun after the share: which whole is unclear, nothing is read
    "The register grew to 8,400 members. Of those on the register, 2,100 joined this year, meaning 30% were new.",
    # the share's noun names no count before it
    "The register grew to 8,400 members. Of those, 2,100 joined this year, meaning 30% of clubs gained members.",
    # the whole named further back than three sentences
    "The register grew to 8,400 members. It met in May. It met in June. It met in July. Of those on the "
    "register, 2,100 joined this year, meaning 30% of members are new.",
])
def test_of_those_so_clean_guards(text):
    assert_clean(text)

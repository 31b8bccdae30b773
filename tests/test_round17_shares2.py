"""Round 17, shares (checker/relate/shares.py), second helper.

* a turnout named after the two counts: "The ward's 2,100 electors cast 1,260 votes, a turnout of 60%"
  (``_turnout_of_two``: the whole, its verb, the part, then the turnout closing the part's clause);
* a share "of all NOUN" beside its part, the whole the one earlier count of that noun in the lead paragraph
  or the share's own paragraph: "The lab tested 12,400 samples. ... Some 1,120 results were positive, or 9%
  of all samples." (``_of_all_named_earlier``);
* "NOUN made up SHARE of the total" opening a sentence after one that lists two counts joined by "and", a
  word of the subject back beside one of them: that one is the part, the two together at most the whole
  (``_share_of_two_listed``).

Each flagged row has a clean twin (same words, figures that agree); guard rows stay silent."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- a turnout after the whole and the part ------------------------------------------------------------
# (name, text with {pct}, flagged, clean): 1,260 of 2,100 is 60%
TURNOUT = [
    ("core", "The ward's 2,100 electors cast 1,260 votes, a turnout of {pct}.", "70%", "60%"),
    ("attribution after", "The ward's 2,100 electors cast 1,260 votes, a turnout of {pct}, the returning officer said.",
     "70%", "60%"),
    ("attribution before", "Officials said the ward's 2,100 electors cast 1,260 votes, a turnout of {pct}.", "70%", "60%"),
    ("period", "In the 2024 by-election the ward's 2,100 electors cast 1,260 votes, a turnout of {pct}.", "70%", "60%"),
    ("trailing clause", "The ward's 2,100 electors cast 1,260 votes on Thursday, a turnout of {pct}, well up on "
     "the last contest.", "70%", "60%"),
    ("dash", "The ward's 2,100 electors cast 1,260 votes - a turnout of {pct}.", "70%", "60%"),
    ("share first in its phrase", "The ward's 2,100 electors cast 1,260 votes, a {pct} turnout.", "70%", "60%"),
    ("hedge", "The village's 2,100 registered voters handed in 1,260 ballots, a turnout of about {pct}.", "70%", "60%"),
    ("per cent", "The club's 2,100 members returned 1,260 papers, a turnout of {pct}.", "70 per cent",
     "60 per cent"),
]


@pytest.mark.parametrize("name, text, bad, good", TURNOUT, ids=[r[0] for r in TURNOUT])
def test_turnout_after_counts(name, text, bad, good):
    assert_flagged(text.format(pct=bad), bad, "FC201")
    assert_clean(text.format(pct=good))


# guards: a change between the counts, a turnout of another count or whole, a third count: silent
TURNOUT_GUARDS = [
    ("change between", "The ward's 2,100 electors rose to 2,600 voters, a turnout of 70%."),
    ("third count", "The ward's 2,100 electors cast 1,260 votes for 3 candidates, a turnout of 70%."),
    ("turnout of another year", "Turnout rose from 2,100 voters to 1,260 votes, a turnout of 70%."),
    ("turnout of another whole", "The town's 2,100 residents cast 1,260 votes, a turnout of 70% among those "
     "registered."),
]


@pytest.mark.parametrize("name, text", TURNOUT_GUARDS, ids=[r[0] for r in TURNOUT_GUARDS])
def test_turnout_guards(name, text):
    assert_clean(text)


# ---- "of all NOUN": the whole named by its noun, in the lead or the share's paragraph --------------------
# 1,120 of 12,400 is 9.0%
OF_ALL = [
    ("core", "The laboratory tested 12,400 samples in 2023. Some 1,120 results were positive, or {pct} of all samples."),
    ("lead paragraph", "The laboratory tested 12,400 samples in 2023, the health board said.\n\nNew machines have "
     "cut the wait for results to two days.\n\nSome 1,120 results were positive, or {pct} of all samples."),
    ("attribution after", "The laboratory tested 12,400 samples in 2023. Some 1,120 results were positive, or {pct} "
     "of all samples, the board said."),
    ("dash", "The laboratory tested 12,400 samples in 2023. Some 1,120 positive results - {pct} of all samples - "
     "came from the city."),
    ("hedge", "The laboratory tested 12,400 samples in 2023. Some 1,120 results were positive, or about {pct} of "
     "all the samples."),
    ("period in the part", "The laboratory tested 12,400 samples last year. In the summer 1,120 results were "
     "positive, or {pct} of all samples."),
]


@pytest.mark.parametrize("name, text", OF_ALL, ids=[r[0] for r in OF_ALL])
def test_of_all_named_earlier(name, text):
    assert_flagged(text.format(pct="19%"), "19%", "FC201")
    assert_clean(text.format(pct="9%"))


# guards: two earlier counts of the noun (which one?), the noun with more after it, the whole only in
# another paragraph that is not the lead, a part of a time the whole's sentence does not name, the whole
# after the share: silent
OF_ALL_GUARDS = [
    ("two wholes", "The laboratory tested 12,400 samples in 2023 and 10,200 samples in 2022. Some 1,120 results "
     "were positive, or 19% of all samples."),
    ("more after the noun", "The laboratory tested 12,400 samples in 2023. Some 1,120 results were positive, or 19% "
     "of all samples taken in the region."),
    ("whole in a middle paragraph", "The laboratory opened in 1994.\n\nIt tested 12,400 samples in 2023.\n\n"
     "Some 1,120 results were positive, or 19% of all samples."),
    ("part of another time", "The laboratory tested 12,400 samples in 2023. In January 1,120 results were "
     "positive, or 19% of all samples."),
    ("whole after", "Some 1,120 results were positive, or 19% of all samples. The laboratory tested 12,400 samples "
     "in 2023."),
]


@pytest.mark.parametrize("name, text", OF_ALL_GUARDS, ids=[r[0] for r in OF_ALL_GUARDS])
def test_of_all_guards(name, text):
    assert_clean(text)


# ---- "NOUN made up SHARE of the total" after a sentence listing two counts ---------------------------------
# 60 of 140 + 60 = 200 is 30%; 140 of 200 is 70%
TWO_LISTED = [
    ("core", "Of the new homes, 140 were sold to private buyers and 60 went to housing associations. Housing "
     "associations made up {pct} of the total.", "40%", "30%"),
    ("first item the part", "Of the new homes, 140 were sold to private buyers and 60 went to housing associations. "
     "Private buyers made up {pct} of the total.", "80%", "70%"),
    ("attribution", "Of the new homes, 140 were sold to private buyers and 60 went to housing associations, the "
     "council said. Housing associations made up {pct} of the total.", "40%", "30%"),
    ("period", "In 2024, 140 homes were sold to private buyers and 60 went to housing associations. Housing "
     "associations made up {pct} of the total.", "40%", "30%"),
    ("accounted for", "Of the new homes, 140 were sold to private buyers and 60 went to housing associations. "
     "Housing associations accounted for {pct} of the total.", "40%", "30%"),
    ("trailing clause", "Of the new homes, 140 were sold to private buyers and 60 went to housing associations. "
     "Housing associations made up {pct} of the total, up from 18% five years ago.", "40%", "30%"),
    ("hedge", "Of the new homes, 140 were sold to private buyers and 60 went to housing associations. Housing "
     "associations made up about {pct} of the total.", "40%", "30%"),
    ("written number", "Of the new homes, 140 were sold to private buyers and sixty went to housing associations. "
     "Housing associations made up {pct} of the total.", "40%", "30%"),
]


@pytest.mark.parametrize("name, text, bad, good", TWO_LISTED, ids=[r[0] for r in TWO_LISTED])
def test_share_of_two_listed(name, text, bad, good):
    assert_flagged(text.format(pct=bad), bad, "FC201")
    assert_clean(text.format(pct=good))


# guards: the subject's word beside both counts, a share below the part's share of the two (the list may
# leave others out), a change in the list: silent
TWO_LISTED_GUARDS = [
    ("word beside both", "Of the new homes, 140 were sold to housing buyers and 60 went to housing associations. "
     "Housing associations made up 40% of the total."),
    ("share below", "Of the new homes, 140 were sold to private buyers and 60 went to housing associations. Housing "
     "associations made up 20% of the total."),
    ("change in the list", "Sales rose to 140 homes for private buyers and 60 for housing associations. Housing "
     "associations made up 40% of the total."),
]


@pytest.mark.parametrize("name, text", TWO_LISTED_GUARDS, ids=[r[0] for r in TWO_LISTED_GUARDS])
def test_two_listed_guards(name, text):
    assert_clean(text)

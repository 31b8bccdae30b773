"""Round 26, false alarms on fresh clean articles (set az): each reading that went wrong, written again in
other words, with its clean shape (silent) and a wrong twin (flagged) where the relation is explicit."""
from __future__ import annotations

import pytest

from checker import check_text
from checker.model import Severity
from tests.shapes import assert_clean, assert_flagged

# 1. "N, a third fewer than the M": a fraction before a comparative and its "than" is the size of the
#    difference (read as a percent change), not the level's ratio to its base; "three times fewer than the M"
#    is left as a clause's frame leaves it, and "three times more than the M" may mean N or N+1 times
#    (changes._comparative_gap, _more_than_base).
COMPARATIVE_CLEAN = [
    "The 18 drownings were a third fewer than the 27 logged along the coast in 2022.",
    "There were 45 stray dogs taken in, a quarter fewer than the 60 of the previous winter.",
    "Its 32 branches are a third more than the 24 it ran in 2015.",
    "Lifeboat crews made 150 rescues, half more than the 100 of a decade ago.",
    "The shelter housed 130 cats, three times fewer than the 390 it took in during 2019.",
    "The reserve counted 1,600 toads, three times more than the 400 of 2020.",
]
COMPARATIVE_FLAGGED = [
    ("The 9 drownings were a third fewer than the 27 logged along the coast in 2022.", "a third", "FC203"),
    ("There were 30 stray dogs taken in, a quarter fewer than the 60 of the previous winter.", "a quarter",
     "FC203"),
    ("Its 40 branches are a third more than the 24 it ran in 2015.", "a third", "FC203"),
    # no comparative: the fraction is the ratio to the base, as before
    ("The 18 drownings were a third of the 27 logged along the coast in 2022.", "a third", "FC"),
    ("The reserve counted 2,600 toads, three times more than the 400 of 2020.", "three times", "FC302"),
]


@pytest.mark.parametrize("text", COMPARATIVE_CLEAN)
def test_fraction_before_comparative_is_no_ratio(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target, rule", COMPARATIVE_FLAGGED)
def test_fraction_before_comparative_wrong_twin(text, target, rule):
    assert_flagged(text, target, rule)


# 2. "A accounted for X and B for Y, or SHARE of the total": the item joined to the part by "and" is its
#    sibling, not its whole; the whole meant is the two together, an inferred link (shares._and_sibling,
#    _nearest_whole).
SIBLING_CLEAN = [
    "Bus fares brought in £6.45m and parking charges £1.55m, or just under a fifth of the total.",
    "The ferry carried 2.1 million foot passengers and car passengers made up 0.9 million, or 30% of the total.",
    "Season tickets accounted for 31,200 and day tickets for 8,800, or 22% of the total.",
    "The port handled 4.2 million tonnes of grain. Exports accounted for 3.1 million and imports for 1.1 million, "
    "or just over a quarter of the total.",
]
SIBLING_FLAGGED = [
    ("Bus fares brought in £6.45m and parking charges £1.55m, or just under a third of the total.",
     "just under a third", "FC201"),
    ("Season tickets accounted for 31,200 and day tickets for 8,800, or 28% of the total.", "28%", "FC201"),
    # a whole named with the part's own noun stays its whole, explicit
    ("Of the 40,000 tickets sold, 8,800 were day tickets, or 28% of the total.", "28%", "FC201"),
]


@pytest.mark.parametrize("text", SIBLING_CLEAN)
def test_sibling_joined_by_and_is_no_whole(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target, rule", SIBLING_FLAGGED)
def test_sibling_joined_by_and_wrong_twin(text, target, rule):
    assert_flagged(text, target, rule)


def test_sibling_sum_is_only_inferred():
    text = "Season tickets accounted for 31,200 and day tickets for 8,800, or 28% of the total."
    found = [f for f in check_text(text) if f.rule == "FC201" and f.severity >= Severity.WARNING]
    assert found and all(f.severity == Severity.WARNING for f in found)


# 3. "just over" before a fraction word reaches 11% above it, as "almost" reaches 11% below it (hedges.interval_for):
#    "just over a fifth" for 22.1%.
JUST_OVER_CLEAN = [
    "The rowing club has 3,000 members, of whom 662 are juniors - just over a fifth.",
    "The choir has 3,000 singers on its books, of whom 1,105 are tenors - just over a third.",
]
JUST_OVER_FLAGGED = [
    ("The rowing club has 3,000 members, of whom 690 are juniors - just over a fifth.", "just over a fifth", "FC201"),
    ("The choir has 3,000 singers on its books, of whom 1,150 are tenors - just over a third.", "just over a third",
     "FC201"),
]


@pytest.mark.parametrize("text", JUST_OVER_CLEAN)
def test_just_over_a_fraction_reaches_eleven_percent(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target, rule", JUST_OVER_FLAGGED)
def test_just_over_a_fraction_wrong_twin(text, target, rule):
    assert_flagged(text, target, rule)


# 4. "N staff earned about £X each, and M of them, or P%": "of them" and "of whom" count people or things, so a
#    sum of money between the whole and the part is no whole of a bare count (shares._count_of_amount); "of which"
#    may still take an amount whose part leaves its currency off.
COUNT_OF_AMOUNT_CLEAN = [
    "The 2,150 nurses at the trust earned an average of £38,000 each, and 430 of them, or 20%, work nights.",
    "Its 880 drivers were paid £14.2m between them, and 220 of whom, a quarter, are on part-time contracts.",
    "The appeal raised £12m last year, of which 3m, or 25%, came from legacies.",
]
COUNT_OF_AMOUNT_FLAGGED = [
    ("The 2,150 nurses at the trust earned an average of £38,000 each, and 430 of them, or 25%, work nights.",
     "25%", "FC201"),
    ("The appeal raised £12m last year, of which 3m, or 35%, came from legacies.", "35%", "FC201"),
]


@pytest.mark.parametrize("text", COUNT_OF_AMOUNT_CLEAN)
def test_count_of_them_is_not_cut_from_money(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target, rule", COUNT_OF_AMOUNT_FLAGGED)
def test_count_of_them_wrong_twin(text, target, rule):
    assert_flagged(text, target, rule)


# 5. A whole named by its noun ("of the parcels") that is one item of a list told with its verb left out ("3,020
#    parcels were given out in November and 3,220 in December") may be the list's sum (shares._list_of, a reading
#    beside the named count in _named_whole).
NAMED_LIST_CLEAN = [
    "The food bank said 1,460 hampers were handed out in the spring and 1,540 in the summer. Pensioners collected "
    "720 of the hampers, or 24% of the total.",
]
NAMED_LIST_FLAGGED = [
    ("The food bank said 1,460 hampers were handed out in the spring and 1,540 in the summer. Pensioners collected "
     "720 of the hampers, or 34% of the total.", "34%", "FC201"),
    ("The food bank said 1,460 hampers were handed out in the spring. Pensioners collected 720 of the hampers, or "
     "24% of the total.", "24%", "FC201"),
]


@pytest.mark.parametrize("text", NAMED_LIST_CLEAN)
def test_named_whole_may_be_its_list_sum(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target, rule", NAMED_LIST_FLAGGED)
def test_named_whole_list_sum_wrong_twin(text, target, rule):
    assert_flagged(text, target, rule)

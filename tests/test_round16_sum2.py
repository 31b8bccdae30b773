"""Round 16 (second wave, sums and lists): perturbation tables for the readings added on branch r16-sum2.

Each row is (text, target, rule prefix, published): a flagged row must raise a problem of the rule on the
target; every flagged row has a clean twin (same words, consistent figures) that must raise nothing.
"""
from __future__ import annotations

import pytest

from shapes import assert_clean, assert_flagged

# 1. a comparative after a preposition labels a part ("£3.1m in higher fuel bills"), and a part's long label
#    opened by a preposition and closed by the series' comma keeps the series going.
#    Parts 9.2 + 3.1 + 1.6 + 0.8 = 14.7 (clean); the flagged twin states 16.7.
LABELS_FLAGGED = [
    ("The £16.7m overspend was made up of £9.2m in extra overtime, £3.1m in higher fuel bills, £1.6m on "
     "repairs and £0.8m on legal fees.", "£16.7m", "FC1", None),
    ("The council said the £16.7m overspend was made up of £9.2m in extra overtime, £3.1m in higher fuel "
     "bills, £1.6m on repairs and £0.8m on legal fees.", "£16.7m", "FC1", None),
    ("In 2024 the £16.7m overspend was made up of £9.2m on more agency drivers, £3.1m in higher fuel bills, "
     "£1.6m on repairs and £0.8m on legal fees, the report said.", "£16.7m", "FC1", None),
    ("The £16.7m overspend was made up of £9.2m for hiring drivers and mechanics during the long winter "
     "strike, £3.1m in fuel, £1.6m on repairs and £0.8m on legal fees.", "£16.7m", "FC1", None),
    ("The £16.7m overspend - the gap between budget and outturn - was made up of £9.2m in extra overtime, "
     "£3.1m for covering drivers and mechanics off sick over the winter, £1.6m on repairs and £0.8m on "
     "legal fees.", "£16.7m", "FC1", None),
    ("Its overspend of about £16.7m was made up of £9.2m in extra overtime, £3.1m in higher fuel bills, "
     "£1.6m on repairs and £0.8m on legal fees.", "£16.7m", "FC1", None),
    ("The £16.7m overspend was made up of £9.2m in extra overtime, £3.1m in higher fuel bills, £1.6m on "
     "repairs and £0.8m on legal fees, which the board called unacceptable.", "£16.7m", "FC1", None),
]

# 2. a score built from its instalments right after it ("finished on 281 after rounds of ..."), and
#    "N-under"/"N-over" before a score tells it against par (no bound).  Rounds 70 + 68 + 71 + 69 = 278.
ROUNDS_FLAGGED = [
    ("Okoro finished on 281 after rounds of 70, 68, 71 and 69.", "281", "FC1", None),
    ("Okoro, 31, finished on 10-under 281 after rounds of 70, 68, 71 and 69 on the par-72 course.", "281",
     "FC1", None),
    ("Okoro won the title on Sunday with a total of 281 after rounds of 70, 68, 71 and 69, officials said.",
     "281", "FC1", None),
    ("Okoro finished on 281 after rounds of 70, 68, 71 and sixty-nine.", "281", "FC1", None),
    ("Okoro finished on 281 after rounds of 70, 68, 71 and 69, three shots clear of the field.", "281", "FC1",
     None),
    ("In 2024 Okoro finished on 281 with rounds of 70, 68, 71 and 69.", "281", "FC1", None),
    ("The batter made 141 in the match with innings of 62 and 69.", "141", "FC1", None),
]


def _clean_twin(text: str, target: str) -> str:
    return text.replace(target, _CLEAN[target], 1)


_CLEAN = {"£16.7m": "£14.7m", "281": "278", "141": "131"}


@pytest.mark.parametrize("text,target,rule,published", LABELS_FLAGGED + ROUNDS_FLAGGED)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,rule,published", LABELS_FLAGGED + ROUNDS_FLAGGED)
def test_clean_twin(text, target, rule, published):
    assert_clean(_clean_twin(text, target), published)


CLEAN_ONLY = [
    # a closing score before earlier rounds is no total of them
    "Okoro shot 66 on Sunday after rounds of 70, 68 and 71.",
    # a net result after costs is no sum of the costs
    "The firm made £2m after costs of £1.2m and £0.4m.",
    # a real difference after a part stays a difference
    "Spending on fuel was £3.1m, £0.4m higher than planned, and on repairs £1.6m.",
]


@pytest.mark.parametrize("text", CLEAN_ONLY)
def test_clean_only(text):
    assert_clean(text)


# 3. an "and" inside an earlier item of a colon or dash list ("glass and jars, ...") reads as one item per
#    comma at least, one more per inner "and" at most: a count outside that range is a contradiction, one
#    inside it is silent.  Items: "tins and cans", "paper", "garden waste", "old shoes", "batteries" (5 or 6).
INNER_AND_FLAGGED = [
    ("From May the depot will take three new materials: tins and cans, paper, garden waste, old shoes and "
     "batteries.", "three", "FC410", None),
    ("The council said the depot would take three new materials: tins and cans, paper, garden waste, old "
     "shoes and batteries.", "three", "FC410", None),
    ("In 2025 the depot will take three new materials - tins and cans, paper, garden waste, old shoes and "
     "batteries - at its gates.", "three", "FC410", None),
    ("The depot will take three new materials: tins and cans, paper, garden waste, old shoes and batteries, "
     "the council said.", "three", "FC410", None),
    ("The depot will probably take three new materials from May: tins and cans, paper, garden waste, old "
     "shoes and batteries.", "three", "FC410", None),
    ("The depot will take eight new materials: tins and cans, paper, garden waste, old shoes and batteries.",
     "eight", "FC410", None),
]
INNER_AND_CLEAN = [  # five or six both fit
    "From May the depot will take five new materials: tins and cans, paper, garden waste, old shoes and batteries.",
    "From May the depot will take six new materials: tins and cans, paper, garden waste, old shoes and batteries.",
    "The council said the depot would take five new materials: tins and cans, paper, garden waste, old shoes and "
    "batteries.",
    "In 2025 the depot will take five new materials - tins and cans, paper, garden waste, old shoes and "
    "batteries - at its gates.",
    "The depot will take five new materials: tins and cans, paper, garden waste, old shoes and batteries, "
    "the council said.",
    "The depot will probably take five new materials from May: tins and cans, paper, garden waste, old shoes "
    "and batteries.",
]

# 4. a count of kinds ("species", "breeds", "varieties") and a copula: each listed kind, a plural too, is one.
#    Four kinds listed.
KINDS_FLAGGED = [
    ("The five new breeds are border collies, whippets, Tibetan terriers and pugs.", "five", "FC410", None),
    ("The club said the five new breeds would be border collies, whippets, Tibetan terriers and pugs.", "five",
     "FC410", None),
    ("In 2025 the five new breeds will be border collies, whippets, Tibetan terriers and pugs, a judge said.",
     "five", "FC410", None),
    ("The three rare varieties were russet apples, damsons, quinces and medlars.", "three", "FC410", None),
    ("The park's five new species are red squirrels, pine martens, wildcats and beavers, officials said.", "five",
     "FC410", None),
]
KINDS_CLEAN = [
    "The four new breeds are border collies, whippets, Tibetan terriers and pugs.",
    "The club said the four new breeds would be border collies, whippets, Tibetan terriers and pugs.",
    "In 2025 the four new breeds will be border collies, whippets, Tibetan terriers and pugs, a judge said.",
    "The four rare varieties were russet apples, damsons, quinces and medlars.",
    "The park's four new species are red squirrels, pine martens, wildcats and beavers, officials said.",
    # not a count of kinds: a plural may hold several of the things counted
    "The 12 new homes are flats, bungalows and houses.",
]


@pytest.mark.parametrize("text,target,rule,published", INNER_AND_FLAGGED + KINDS_FLAGGED)
def test_lists_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text", INNER_AND_CLEAN + KINDS_CLEAN)
def test_lists_clean(text):
    assert_clean(text)


# 5. a lone whole, the next sentence's one figure told as a share of it ("or about 45% of the total"), then a
#    list closed by what is left: all of the whole.  Parts 3.6 + 2.1 + 1.4 + 0.9 = 8.0 (clean); the flagged
#    twin states timber at 2.0 (the share still fits its stated fraction of the whole).
#    Also: a figure-less "including" aside on the last part's label keeps the list closed, and "up 5% from"
#    past the size of the change marks the old value.
SHARE_REST = [
    ("The port handled 8.0 million tonnes of cargo in 2024. Grain made up the largest share at 3.6 million "
     "tonnes, or about 45% of the total. Coal accounted for 2.1 million tonnes, timber for {T} million tonnes "
     "and other cargo for the remaining 0.9 million tonnes."),
    ("The port handled 8.0 million tonnes of cargo in 2024, up 5% from 7.6 million tonnes a year earlier. Grain "
     "made up the largest share at 3.6 million tonnes, or about 45% of the total. Coal accounted for 2.1 million "
     "tonnes, timber for {T} million tonnes and other cargo for the remaining 0.9 million tonnes."),
    ("The port handled 8.0 million tonnes of cargo last year, its owners said. Grain, most of it bound for "
     "Egypt, made up the largest share at 3.6 million tonnes, or about 45% of the total. Coal accounted for 2.1 "
     "million tonnes, timber for {T} million tonnes, and other cargo, including steel coils and scrap, for the "
     "remaining 0.9 million tonnes."),
    ("The port handled 8.0 million tonnes of cargo in 2024. Grain made up the largest share at 3.6 million "
     "tonnes, or almost half of the total. Coal accounted for 2.1 million tonnes, timber for {T} million tonnes "
     "and other cargo for the remaining 0.9 million tonnes, the report said."),
]
SHARE_REST_FLAGGED = [(t.replace("{T}", "2.0"), "2.0 million", "FC1", None) for t in SHARE_REST]
SHARE_REST_CLEAN = [t.replace("{T}", "1.4") for t in SHARE_REST] + [
    # the figure before the share is another period's: whose total?
    "The port handled 8.0 million tonnes of cargo in 2024. That compared with 7.1 million tonnes in 2023. "
    "Grain made up the largest share at 3.6 million tonnes, or about 45% of the total. Coal accounted for 2.1 "
    "million tonnes, timber for 1.4 million tonnes and other cargo for the remaining 0.9 million tonnes.",
]


@pytest.mark.parametrize("text,target,rule,published", SHARE_REST_FLAGGED)
def test_share_rest_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text", SHARE_REST_CLEAN)
def test_share_rest_clean(text):
    assert_clean(text)


# 6. a count of things, then the next sentence opening on its noun (or its modifier made plural) with the places
#    they stand at or in.  Four sites named.
TAKEN_UP_FLAGGED = [
    ("The trust will close five community clinics next year. The clinics at Ashby, Corran, Delph and Eskdale "
     "will shut in April.", "five", "FC410", None),
    ("The bank said it would close five high street branches. The branches at Ashby, Corran, Delph and Eskdale "
     "will close on May 3, leaving it with 41 branches, down from 46.", "five", "FC410", None),
    ("In 2025 the chain will close three convenience stores. The stores in Ashby, Corran, Delph and Eskdale "
     "will shut in May, staff were told.", "three", "FC410", None),
    ("The council will probably close five fire stations. The stations at Ashby, Corran, Delph and Eskdale "
     "are to go by 2027.", "five", "FC410", None),
]
TAKEN_UP_CLEAN = [
    "The trust will close four community clinics next year. The clinics at Ashby, Corran, Delph and Eskdale "
    "will shut in April.",
    "The bank said it would close four high street branches. The branches at Ashby, Corran, Delph and Eskdale "
    "will close on May 3, leaving it with 41 branches, down from 45.",
    "In 2025 the chain will close four convenience stores. The stores in Ashby, Corran, Delph and Eskdale "
    "will shut in May, staff were told.",
    "The council will probably close four fire stations. The stations at Ashby, Corran, Delph and Eskdale "
    "are to go by 2027.",
    # towns may share: fewer towns than things after "in" is silent
    "In 2025 the chain will close five convenience stores. The stores in Ashby, Corran, Delph and Eskdale "
    "will shut in May.",
    # people move: no places reading for them
    "Police arrested five men. The men in Ashby, Corran and Delph were later released.",
]


@pytest.mark.parametrize("text,target,rule,published", TAKEN_UP_FLAGGED)
def test_taken_up_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text", TAKEN_UP_CLEAN)
def test_taken_up_clean(text):
    assert_clean(text)


# 7. the exact counts of the next sentence (three at least, each with its own noun, its only figures but dates)
#    break down the one exact count before when they add up to it, or miss it by a slip of one digit.
#    2,417 + 3,563 + 1,338 = 7,318 (clean); the flagged twin states 2,917 (a sum of 7,818).
KINDS_NEXT = [
    "The helpline took 7,318 calls in 2024. Advisers dealt with {P} benefit queries, 3,563 housing cases and "
    "1,338 debt problems.",
    "The helpline took 7,318 calls last year, up 4% from 7,041 the year before, its annual report said. The "
    "report, which goes to trustees next month, shows advisers dealt with {P} benefit queries, 3,563 housing "
    "cases and 1,338 debt problems.",
    "The helpline took 7,318 calls in the year to March 31.\n\nAdvisers dealt with {P} benefit queries, 3,563 "
    "housing cases such as evictions, repairs and rent arrears, and 1,338 debt problems, the charity said.",
    "The helpline took 7,318 calls in 2024. Advisers dealt with {P} benefit queries, 3,563 housing cases and "
    "1,338 debt problems - more than in any year since it opened.",
]
KINDS_NEXT_FLAGGED = [(t.replace("{P}", "2,917"), "2,917", "FC1", None) for t in KINDS_NEXT]
KINDS_NEXT_CLEAN = [t.replace("{P}", "2,417") for t in KINDS_NEXT] + [
    # a sum far from the count before is no breakdown of it (kinds may be left out), nor one short by a
    # large round amount (a slip of one digit worth more than a tenth of the whole)
    "The helpline took 7,318 calls in 2024. Advisers dealt with 1,417 benefit queries, 2,563 housing cases and "
    "1,101 debt problems.",
    "The helpline took 7,318 calls in 2024. Advisers dealt with 1,417 benefit queries, 2,563 housing cases and "
    "1,338 debt problems.",
    # a round or hedged count is no exact whole to slip from
    "The helpline took about 7,300 calls in 2024. Advisers dealt with 2,917 benefit queries, 3,563 housing "
    "cases and 1,338 debt problems.",
]


@pytest.mark.parametrize("text,target,rule,published", KINDS_NEXT_FLAGGED)
def test_kinds_next_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text", KINDS_NEXT_CLEAN)
def test_kinds_next_clean(text):
    assert_clean(text)

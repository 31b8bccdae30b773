"""FC701 per-head-mismatch and FC702 comparison-direction-mismatch."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from checker import check_text


def problems(text, rule):
    return [(f.rule, text[f.start:f.end], str(f.severity)) for f in check_text(text) if f.is_problem and f.rule == rule]


def infos(text, rule):
    return [text[f.start:f.end] for f in check_text(text) if f.rule == rule and not f.is_problem]


@pytest.mark.parametrize("text, at, severity", [
    # a million/billion slip in the total
    ("The £2.6m scheme comes to roughly £390 for each of the 6.8 million households in the region.",
     "£2.6m", "error"),
    # a slip in the per-head figure, through "shared among"
    ("The council's £8m grant will be shared among 40 villages, or £2m each.", "£8m", "error"),
    # per-head word naming the counted noun, the count between: inferred
    ("The $540 million plan for the county's 300,000 pupils works out at $180 per pupil.",
     "$540 million", "warning"),
    # "a head" counts people
    ("The festival cost £6m for its 120,000 people, about £5 a head.", "£6m", "warning"),
])
def test_per_head_contradictions(text, at, severity):
    assert problems(text, "FC701") == [("FC701", at, severity)]


@pytest.mark.parametrize("text", [
    "The £2.6bn scheme comes to roughly £390 for each of the 6.8 million households in the region.",
    "The council's £80m grant will be shared among 40 villages, or £2m each.",
    "The $54 million plan for the county's 300,000 pupils works out at $180 per pupil.",
])
def test_per_head_consistent_is_info(text):
    assert problems(text, "FC701") == []
    assert len(infos(text, "FC701")) == 1


@pytest.mark.parametrize("text", [
    # a rate per year or per tonne never meets a head count
    "The plant's £40m budget pays for 300 staff and £12 per tonne of waste.",
    # two totals: ambiguous, skipped
    "Of £9m raised and £4m spent, £30 per resident went on the 100,000 residents' parks.",
    # per-head figure of another thing than the count
    "The 5,000 runners paid £35 per entry, and the race raised £90,000 for charity.",
    # no head count at all
    "Fares rose to £2.80 per journey, bringing in £14m more a year.",
])
def test_per_head_unlinked_figures_stay_silent(text):
    assert [f for f in check_text(text) if f.rule == "FC701"] == []


@pytest.mark.parametrize("text, at", [
    ("The 412 complaints logged this year were fewer than the 380 received in 2022.", "412"),
    ("Turnout of 58% was higher than the 61% recorded at the last election.", "58%"),
    ("Its operating profit of $3.4bn was lower than the $2.9bn it made in 2021.", "$3.4bn"),
])
def test_comparison_against_its_figures(text, at):
    assert problems(text, "FC702") == [("FC702", at, "error")]


@pytest.mark.parametrize("text", [
    "The 412 complaints logged this year were more than the 380 received in 2022.",
    "There were 342 shootings in the city last year, 58 fewer than in 2022.",  # a difference
    "The 40 seats won were more than 35 of its rivals managed together.",  # consistent
    "About 400 homes were sold, fewer than the 380 expected.",  # hedged first figure: left alone
    "Sales of 4.2 million units were higher than analysts expected.",  # no second figure
])
def test_comparison_silent(text):
    assert problems(text, "FC702") == []


@settings(max_examples=60, deadline=None)
@given(rate=st.integers(2, 900), heads=st.integers(2, 900), slip=st.sampled_from([1, 1000]))
def test_per_head_product_round_trip(rate, heads, slip):
    total = rate * heads * 1000 * slip  # in pounds; written in thousands as "£Nk"? keep digits
    text = (f"The fund of £{total:,} will be shared among {heads * 1000:,} families, "
            f"or £{rate} each.")
    found = problems(text, "FC701")
    if slip == 1:
        assert found == []
    else:
        assert found == [("FC701", f"£{total:,}", "error")]


@pytest.mark.parametrize("text, at", [
    ("Pensions make up the biggest item, £41bn, against £47bn for health and £12bn for defence.", "£41bn"),
    ("Rovers, who had the fewest fouls, 14, were behind United on 11 and City on 19.", "14"),
    ("Sales of 18,200, the highest of the four models, trailed the hatchback's 19,900.", "18,200"),
])
def test_superlative_beaten_by_a_listed_figure(text, at):
    assert problems(text, "FC703") == [("FC703", at, "error")]


@pytest.mark.parametrize("text", [
    "Pensions make up the biggest item, £51bn, against £47bn for health and £12bn for defence.",
    "Inflation hit 9.1%, the highest in 40 years, after 8.6% in May.",  # over time
    "Prices rose 3%, the lowest this year, after 4% in March.",  # over time
    "The largest group, 220, were aged under 30, out of 900 people surveyed.",  # a total among them
    "The highest bid, about £2.1m, beat offers of £2.2m and £1.9m.",  # "about" lets £2.1m reach £2.2m
])
def test_superlative_silent(text):
    assert problems(text, "FC703") == []


@pytest.mark.parametrize("text, at", [
    ("Spain was the third-largest market, 1.2m cars, after Germany's 3.1m and France's 0.9m.", "1.2m"),
    ("The Greens, the second-biggest group with 18 councillors, trail Labour's 24 and the Tories' 22.", "18"),
])
def test_rank_against_the_listed_figures(text, at):
    assert problems(text, "FC703") == [("FC703", at, "error")]


@pytest.mark.parametrize("text", [
    "Spain was the third-largest market, 1.2m cars, after Germany's 3.1m and France's 1.9m.",
    "The Greens, the second-biggest group with 18 councillors, trail Labour's 22 and lead the Tories' 12.",
    "It is the fifth-largest lender, with £40bn, behind rivals on £90bn and £70bn.",  # rivals named elsewhere
])
def test_rank_silent(text):
    assert problems(text, "FC703") == []

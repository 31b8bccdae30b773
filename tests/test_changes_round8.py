"""Changes family, round 8: a change, a colon, then the two levels at their years."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text, published=None, code=None):
    found = [f for f in check_text(text, published) if f.is_problem]
    return [f for f in found if code is None or f.rule == code]


@pytest.mark.parametrize("text,published,code,span", [
    ("Membership of the rowing club has tripled since 2015: it had 140 members in 2015 and 610 in 2024.",
     "2025-06-01", "FC302", "tripled"),
    ("Fares have halved over the past decade: a day ticket cost £12 in 2014 and £8 this year.",
     "2025-06-01", "FC302", "halved"),
    ("Calls to the helpline doubled in two years: staff took 18,500 calls in 2023 and 25,900 last year.",
     "2026-03-01", "FC302", "doubled"),
    ("School rolls have fallen by 300 since 2019: the district taught 4,250 pupils in 2019 and 3,790 last year.",
     "2026-03-01", "FC301", "300"),
])
def test_change_then_levels_at_their_years_flagged(text, published, code, span):
    found = problems(text, published, code)
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text,published", [
    ("Membership of the rowing club has tripled since 2015: it had 140 members in 2015 and 430 in 2024.",
     "2025-06-01"),
    ("Fares have halved over the past decade: a day ticket cost £12 in 2014 and £6.20 this year.", "2025-06-01"),
    ("Calls to the helpline doubled in two years: staff took 18,500 calls in 2023 and 36,400 last year.",
     "2026-03-01"),
    ("School rolls have fallen by 460 since 2019: the district taught 4,250 pupils in 2019 and 3,790 last year.",
     "2026-03-01"),
    # other things at the two times, or the second figure not a level of the year
    ("Sales doubled: the firm sold 2,900 cars in 2022 and 4,100 vans last year.", "2025-06-01"),
    ("Sales doubled in three years: the firm sold 2,900 cars in 2022, and the plant opened in 2019 with 4,100 staff.",
     "2025-06-01"),
    # no publication date: "last year" cannot be placed
    ("Calls to the helpline doubled in two years: staff took 18,500 calls in 2023 and 25,900 last year.", None),
])
def test_change_then_levels_at_their_years_clean(text, published):
    assert not problems(text, published)


# ------------------------------------------ the amount, then the change as a fraction word
@pytest.mark.parametrize("text,span", [
    ("Club membership fell from 860 to 640 in a year, a drop of 220 - or almost a half.", "almost a half"),
    ("Passenger numbers rose by 1,400, or about a half, to 5,400.", "about a half"),
    ("The charity's income grew by £2.1m to £9.6m last year, a rise of more than a third.", "more than a third"),
    ("Reported thefts went down from 3,150 to 2,600, a fall of 550 - or nearly a third.", "nearly a third"),
])
def test_amount_then_fraction_word_flagged(text, span):
    found = problems(text, None, "FC203")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", [
    "Club membership fell from 860 to 640 in a year, a drop of 220 - or about a quarter.",
    "Passenger numbers rose by 1,400, or about a half, to 4,300.",
    "The charity's income grew by £2.1m to £9.6m last year, a rise of more than a quarter.",
    "Reported thefts went down from 3,150 to 2,600, a fall of 550 - or about a sixth.",
    "Club membership fell from 860 to 640 in a year, a drop of 220 - or nearly half of the members who left.",
])
def test_amount_then_fraction_word_clean(text):
    assert not problems(text)


@pytest.mark.parametrize("text,span", [
    ("Arrests fell 25% over two years: police made 1,240 arrests in 2023 and 1,090 last year.", "25%"),
    ("Ridership has grown by 60% since 2021: the line carried 3.1 million passengers in 2021 and 3.9 million in 2024.",
     "60%"),
])
def test_percent_change_then_levels_at_their_years_flagged(text, span):
    found = problems(text, "2026-02-14", "FC203")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", [
    "Arrests fell 12% over two years: police made 1,240 arrests in 2023 and 1,090 last year.",
    "Ridership has grown by 26% since 2021: the line carried 3.1 million passengers in 2021 and 3.9 million in 2024.",
])
def test_percent_change_then_levels_at_their_years_clean(text):
    assert not problems(text, "2026-02-14")


# ------------------------------------------ a headline multiple over the lead's levels at their years
def test_headline_multiple_over_dated_levels():
    flag = ("Rough sleeping halves in Leeds\n\nOutreach teams counted 212 people sleeping rough in 2019 and 150 "
            "last year, the council said.")
    found = problems(flag, "2026-02-14", "FC302")
    assert found and flag[found[0].start:found[0].end] == "halves"
    clean = flag.replace("150", "98")
    assert not problems(clean, "2026-02-14")
    assert not problems("Food bank parcels double in three years\n\nVolunteers handed out 2,900 emergency parcels "
                        "in 2022 and 5,900 last year.", "2026-02-14")


# wire style: the level per share in an aside between the new and the old level
PER_SHARE_ASIDE = [
    ("Quarterly profit rose 25% to $480 mln, or 61 cts a share, from $420 mln a year earlier.", True),
    ("Quarterly profit rose 14% to $480 mln, or 61 cts a share, from $420 mln a year earlier.", False),
    ("Net income fell 30% to 1.2 bln euros, or 0.84 euros per share, from 1.4 bln euros.", True),
    ("Net income fell 14% to 1.2 bln euros, or 0.84 euros per share, from 1.4 bln euros.", False),
]


@pytest.mark.parametrize("text,flagged", PER_SHARE_ASIDE)
def test_a_per_share_aside_inside_a_change(text, flagged):
    found = [f for f in check_text(text) if f.rule == "FC203" and f.is_problem]
    assert bool(found) == flagged, check_text(text)


# the change verb a longer object away from "by": "cut the agency's science budget by 15 per cent"
LONG_OBJECT_BY = [
    ("The mayor plans to cut the city's road repair budget by 20%, to £4.2m from £4.8m.", True),
    ("The mayor plans to cut the city's road repair budget by 12.5%, to £4.2m from £4.8m.", False),
    ("The board will raise the trust's annual grants budget by 10%, to $3.3m from $2.75m.", True),
    ("The board will raise the trust's annual grants budget by 20%, to $3.3m from $2.75m.", False),
]


@pytest.mark.parametrize("text,flagged", LONG_OBJECT_BY)
def test_a_change_verb_with_a_longer_object_before_by(text, flagged):
    found = [f for f in check_text(text) if f.rule == "FC203" and f.is_problem]
    assert bool(found) == flagged, check_text(text)

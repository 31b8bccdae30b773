"""Round 24 (percents, shares and units helper): the narrow requirements that left each learning miss unread,
relaxed -- the metric volumes of water supply read as units ("187 megalitres (about 41 million gallons)", "95 ML",
"40 GL", "30 kilolitres"; grammars/units.lark, ``units._CASED_UNIT_WORDS``), converted to either gallon; a share after
"by" in the passive read as who did it, not as the size of a change, when its own "of" whole follows ("was backed by
three in five of the 145 delegates, 58 in all": ``shares._passive_agent_share``); shares naming each answer's MAIN
one ("58% relied mainly on gas ..., 27% on heating oil and 22% on electricity", "their main concern": one whole,
``percents._one_main_answer``); and "SUBJECT made up SHARE of the total, or PART NOUN" with the total the one earlier
figure counting the part's own noun, a level compared against ("short of the record 2.05 million") no rival total
(``shares._share_of_total_at_part``, ``shares._compared_level``).  Every flagged row has a clean twin (the same text
with consistent figures); rows are (flagged, clean, target, rule)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _check(flagged, clean, target, rule, published=None):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


# a metric volume of water (megalitres, ML, Ml, gigalitres, GL, kilolitres) restated in gallons or litres
MEGALITRES = [

    ("The utility lost 230 megalitres (about 80 million gallons) of water a day through leaks, the regulator said.",
     "The utility lost 230 megalitres (about 51 million gallons) of water a day through leaks, the regulator said.",
     "about 80 million gallons", "FC601"),
    ("Releases from the reservoir reached 95 ML a day - about 35 million gallons - in July.",
     "Releases from the reservoir reached 95 ML a day - about 21 million gallons - in July.",
     "about 35 million gallons", "FC601"),
    ("The works treats 120Ml (36 million gallons) every day, the company said in 2024.",
     "The works treats 120Ml (26 million gallons) every day, the company said in 2024.",
     "36 million gallons", "FC601"),
    ("When full, the dam holds 3.5 gigalitres, or roughly 1.2 billion gallons.",
     "When full, the dam holds 3.5 gigalitres, or roughly 770 million gallons.",
     "roughly 1.2 billion gallons", "FC601"),
    ("Irrigators were allocated 40 GL (about 12 billion gallons) for the season.",
     "Irrigators were allocated 40 GL (about 8.8 billion gallons) for the season.",
     "about 12 billion gallons", "FC601"),
    ("Each tanker carries 30 kilolitres (about 11,000 gallons) of diesel.",
     "Each tanker carries 30 kilolitres (about 6,600 gallons) of diesel.",
     "about 11,000 gallons", "FC601"),
    ("The old mains leaked 25 million gallons (about 150 megalitres) a day before the repairs.",
     "The old mains leaked 25 million gallons (about 114 megalitres) a day before the repairs.",
     "about 150 megalitres", "FC601"),
    ("The plant recycles 45 megaliters (15.9 million gallons) of wastewater daily.",
     "The plant recycles 45 megaliters (11.9 million gallons) of wastewater daily.",
     "15.9 million gallons", "FC601"),
    ("An Olympic pool holds 2.5 megalitres (25 million litres) of water.",
     "An Olympic pool holds 2.5 megalitres (2.5 million litres) of water.",
     "25 million litres", "FC601"),
    ("Leakage fell to ninety megalitres (about 30 million gallons) a day last year.",
     "Leakage fell to ninety megalitres (about 20 million gallons) a day last year.",
     "about 30 million gallons", "FC601"),
    ("Engineers drained the 500-megalitre reservoir (150 million gallons) over a week.",
     "Engineers drained the 500-megalitre reservoir (110 million gallons) over a week.",
     "150 million gallons", "FC601"),
    ("On Monday demand hit 2,140 megalitres, equivalent to about 700 million gallons, officials said.",
     "On Monday demand hit 2,140 megalitres, equivalent to about 470 million gallons, officials said.",
     "about 700 million gallons", "FC601"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", MEGALITRES)
def test_metric_volume_converted(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)

"""Round 9 percentage changes (FC203): a level set against another by a
comparative ("closed at 330p, 30% below its 420p high"; "a 30% increase on
the 30,000"), and a change of value with its two levels ("lost 30% of its
value, sliding from 420p to 330p"; "wiping 30% off its value")."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text):
    return [f for f in check_text(text) if f.is_problem]


CASES = [
    ("The bond closed at 88p, 30% below its 112p peak.", "30%",
     "The bond closed at 88p, 21% below its 112p peak."),
    ("The museum drew 61,000 visitors, a 35% increase on the 52,000 of the year before.", "35%",
     "The museum drew 61,000 visitors, a 17% increase on the 52,000 of the year before."),
    ("The index finished at 5,480, 12% up on its 4,600 low.", "12%",
     "The index finished at 5,480, 19% up on its 4,600 low."),
    ("The pound lost 30% of its value this year, sliding from $1.42 to $1.12.", "30%",
     "The pound lost 21% of its value this year, sliding from $1.42 to $1.12."),
    ("Shares in the miner dropped from 640p to 510p, wiping 30% off its market value.", "30%",
     "Shares in the miner dropped from 640p to 510p, wiping 20% off its market value."),
]


@pytest.mark.parametrize("text,target,twin", CASES)
def test_compared_changes(text, target, twin):
    found = [f for f in problems(text) if f.rule in ("FC203", "FC303")]
    assert found and target in [text[f.start:f.end] for f in found], (text, [(f.rule, f.message) for f in found])
    assert "=" in found[0].arithmetic
    assert problems(twin) == [], [(f.rule, f.message) for f in problems(twin)]


@pytest.mark.parametrize("text", [
    # another measure, a change stated on its own, a percentage as the level
    "Sales reached £12m, up 20% on the year, and 5% above the £10m target.",
    "Inflation hit 4.1%, 2% above the 2% target.",
    "The rand lost 25% of its value this year, and traded at 17.9 on Friday.",
    # a rate quoted the other way round: the levels rise as the currency loses value
    "The rand lost 40% of its value this year, sliding from 14.2 to 17.9 to the dollar.",
    "A 30% increase on last year took visitors to 61,000.",
])
def test_compared_changes_clean(text):
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]

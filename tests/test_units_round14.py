"""Round 14: unit conversions -- a price per unit restated by a verb of equivalence ("works out at"),
and pints read as a unit (either pint: US or imperial)."""
from __future__ import annotations

import pytest

from checker import check_text

FLAGGED = [
    # a price per unit restated per another unit by "works out at", "equates to", "which is the equivalent of"
    ("Diesel at 152p a litre works out at about £5.80 a gallon on the forecourt.", "£5.80", "FC601"),
    ("Diesel at $4.10 a gallon equates to about 82 cents a litre in Ohio.", "82 cents", "FC601"),
    ("Gas at $3.60 a gallon, which works out at 59 cents a litre, is the cheapest in years.", "59 cents", "FC601"),
    ("Power at 24.5p per kWh works out at £425 per MWh for the supplier.", "£425", "FC601"),
    ("Beef at £9 per kg works out at about £5.10 per lb at the market.", "£5.10", "FC601"),
    # pints in a bracketed conversion
    ("The brewery makes 5,000 litres (about 1,100 pints) a week.", "1,100 pints", "FC601"),
    ("Each cask holds 72 pints (around 60 litres) of ale.", "60 litres", "FC601"),
]

CLEAN = [
    ("Diesel at 152p a litre works out at about £6.91 a gallon on the forecourt.",),
    ("Diesel at $4.10 a gallon equates to about $1.08 a litre in Ohio.",),
    ("Gas at $3.60 a gallon, which works out at 95 cents a litre, is the cheapest in years.",),
    ("Power at 24.5p per kWh works out at £245 per MWh for the supplier.",),
    ("Beef at £9 per kg works out at about £4.08 per lb at the market.",),
    ("The brewery makes 5,000 litres (about 8,800 pints) a week.",),
    # either pint: 72 US pints are 34 litres, 72 imperial pints 41 litres
    ("Each cask holds 72 pints (around 41 litres) of ale.",),
    # pints as plain counts and prices stay silent
    ("A pint of lager now costs £5.20 in the city, up from £4.90 last year.",),
    ("He admitted drinking eight pints before driving home.",),
    # two prices of two things, no verb of equivalence between
    ("Petrol was 140p a litre and heating oil £5.30 a gallon last winter.",),
]


@pytest.mark.parametrize("text, target, code", FLAGGED)
def test_flagged(text, target, code):
    fs = [f for f in check_text(text) if f.is_problem]
    start = text.index(target)
    assert any(f.rule.startswith(code) and f.start <= start < f.end + 1 for f in fs), \
        [(f.rule, text[f.start:f.end]) for f in fs]


@pytest.mark.parametrize("text", [c[0] for c in CLEAN])
def test_clean(text):
    fs = [f for f in check_text(text) if f.is_problem]
    assert not fs, [(f.rule, text[f.start:f.end], f.message) for f in fs]

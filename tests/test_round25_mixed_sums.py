"""Round 25 (mixed set ax1), sums: general readings learnt from a fresh set of cases.

* a count written as a modifier after a determiner inside a part's label sizes the label's noun and is no part
  ("2,870 needing a one-bedroom home, 1,640 ..."; ``sums._compound_in_label``);
* a size written as a modifier in the very things the first part counts is the whole, with an explicit cue
  ("The 412-home development will be made up of 180 homes ..."; ``sums._size_in_parts_items``; a round size keeps
  its rounding);
* the whole as its clause's subject, then "come(s)/came from" and two or more sources of its kind, which may not
  exceed it ("The project's 1,240 megawatts of capacity will come from 780MW ... and 520MW ..."; ``sums._comes_from``;
  never read as all of it: "The charity's £12.5m income came from £7.1m ..., £3.2m ... and £1.6m ..." may leave some
  out).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- sums: a compound inside a part's label ------------------------------------------------------------------------

LABEL_COMPOUND_ROWS = [
    # (text with {t} the total; flagged total, clean total)
    ("The housing register lists {t} families: 1,420 waiting for a two-bedroom flat, 960 a three-bedroom house and "
     "310 a bungalow.", "2,790", "2,690"),
    ("The trust employs {t} nurses: 410 on a two-year contract, 260 on a one-year contract and 95 on zero hours.",
     "865", "765"),
    ("The agency housed {t} tenants: 140 in a one-bedroom flat, 85 in a two-bedroom house and 30 in shared rooms.",
     "265", "255"),
]


@pytest.mark.parametrize("template,flagged,clean", LABEL_COMPOUND_ROWS)
def test_compound_in_a_part_label_is_no_part(template, flagged, clean):
    assert_flagged(template.format(t=flagged), flagged, "FC10")
    assert_clean(template.format(t=clean))


# ---- sums: a size written in the parts' own things -----------------------------------------------------------------

SIZE_IN_ITEMS_ROWS = [
    ("The {t}-home estate will be made up of 140 homes for private sale, 120 for affordable rent and 55 for shared "
     "ownership.", "335", "315"),
    ("The {t}-flat block comprises 48 flats for rent, 30 for sale and 12 for key workers, the council said.", "96", "90"),
    ("The new {t}-bed hospital is made up of 210 beds for acute care, 84 for rehabilitation and 26 for maternity.",
     "330", "320"),
    ("Its {t}-room hotel will consist of 140 rooms for guests and 36 for staff.", "186", "176"),
]


@pytest.mark.parametrize("template,flagged,clean", SIZE_IN_ITEMS_ROWS)
def test_size_in_the_parts_items(template, flagged, clean):
    assert_flagged(template.format(t=flagged), f"{flagged}-", "FC101")
    assert_clean(template.format(t=clean))


SIZE_IN_ITEMS_SILENT = [
    # a round size keeps its rounding
    "The 400-home estate will be made up of 180 homes for private sale, 150 for affordable rent and 62 for shared "
    "ownership.",
    # some of them: "include" may leave the rest out
    "The 335-home estate will include 140 homes for private sale, 120 for affordable rent and 55 for shared ownership.",
    # the parts count other things than the size
    "The 335-home estate will be made up of 140 flats for sale, 120 for rent and 55 bungalows.",
    # no explicit cue
    "The 335-home estate has 140 homes for private sale, 120 for affordable rent and 55 for shared ownership.",
]


@pytest.mark.parametrize("text", SIZE_IN_ITEMS_SILENT)
def test_size_in_the_parts_items_silent(text):
    assert_clean(text)


# ---- sums: a whole that comes from its sources ---------------------------------------------------------------------

COMES_FROM_ROWS = [
    # the sources add up to more than the whole (flagged); to it or less (clean: they may be only some of it)
    ("The wind farm's {t} megawatts of generating capacity will come from 640MW of turbines at sea and 410MW of "
     "turbines on land.", "980", "1,050"),
    ("The £{t}m will come from £1.8m of council reserves and £0.9m from a government grant, the mayor said.", "2.4",
     "3.1"),
    ("Last season's {t} goals came from 48 in the league and 21 in the cups.", "64", "75"),
    ("The {t} tonnes of steel is expected to come from 3,200 tonnes of scrap and 1,900 tonnes of new ore.", "4,800",
     "5,100"),
]


@pytest.mark.parametrize("template,flagged,clean", COMES_FROM_ROWS)
def test_sources_may_not_exceed_the_whole(template, flagged, clean):
    text = template.format(t=flagged)
    target = next(t for t in (f"£{flagged}m", f"{flagged} megawatts", f"{flagged} tonnes", flagged) if t in text)
    assert_flagged(text, target, "FC102")
    assert_clean(template.format(t=clean))


COMES_FROM_SILENT = [
    # the sources named may be only some of the whole
    "The charity's £12.5m income came from £7.1m in donations, £3.2m in grants and £1.6m from its shops.",
    # only some sources, said so
    "The £3.1m will come partly from £1.8m of council reserves and £0.9m from a government grant.",
    "The £3.1m will come mainly from £1.8m of council reserves and £0.9m from a government grant.",
    "The £3.1m will come from £1.8m of council reserves, £0.9m from a government grant and other sources.",
    # a share of the whole is the subject
    "Two-thirds of the 1,150 megawatts will come from 640MW of solar panels and 410MW of batteries.",
    # the sources count other things
    "The 40,000 visitors came from 12 countries and 30 states.",
    "The 600 delegates came from 40 countries and 12 territories, organisers said.",
]


@pytest.mark.parametrize("text", COMES_FROM_SILENT)
def test_whole_comes_from_silent(text):
    assert_clean(text)

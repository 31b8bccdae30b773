"""Round 25 (mixed set ax1), sums: general readings learnt from a fresh set of cases.

* a count written as a modifier after a determiner inside a part's label sizes the label's noun and is no part
  ("2,870 needing a one-bedroom home, 1,640 ..."; ``sums._compound_in_label``).
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

"""Round 49: the shapes behind the misses and false alarms of round 48's sealed sets r48a-d and of round 49's open
learning sets, once opened, told in our own words -- each with a text that must be flagged and one that must not,
then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert rule in flagged_rules(flagged_text, published)
    assert flagged(agreeing, published) == []


@pytest.mark.parametrize("text, published", [
    # parts that may overlap: said to ("with some saying both"), a verb of need beside one of origin, a first time
    # beside another verb
    ("Of the 540 shops polled in Dunmere, 380 said they relied on tourists and 310 on local trade, with a good number "
     "naming both, the chamber said.", None),
    ("The shelter took in 74 dogs in June. Forty-one came from the city pound, and 39 needed treatment for fleas, "
     "its report says.", None),
    ("Of the 820 riders in Sunday's sportive, 530 were taking part for the first time and 410 had come from abroad, "
     "organisers said.", None),
])
def test_false_alarms_of_round_48s_sealed_sets_stay_silent(text, published):
    assert flagged(text, published) == []


@pytest.mark.parametrize("text, rule, published", [
    # near misses: the parts of one dimension still add up ("both" as a determiner; a need and a treatment; done
    # before and done now; a passive "are owned")
    ("Floods closed 612 roads on Friday, 401 of them in Kerry and 231 in Clare, as rivers in both counties burst "
     "their banks.", "FC102", None),
    ("Of the 58 firefighters hurt, 37 needed hospital treatment and 25 were treated at the scene.", "FC102", None),
    ("Of the 312 staff, 180 were working from home and 150 had returned to the office.", "FC102", None),
    ("The line runs 337 trains a day, of which 214 are owned and 141 leased.", "FC10", None),
    ("Of the 90 vans, 52 came from the old depot and 44 came from the new one.", "FC102", None),
    ("The orchard hired 340 pickers. Of those, 215 came from abroad and the other 135 were hired locally.", "FC101",
     None),
    ("Of the 3,100 homes, 1,200 collapsed and 2,050 lost their roofs in the quake.", "FC102", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

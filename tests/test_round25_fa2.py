"""Round 25 (fa2): false alarms on clean, number-dense articles.

1. A share of a whole named by its noun and a modifier ("of the householder applications") is a share of
   the count told with that modifier ("Householders lodged 5,600 of the applications"), not of the plain
   total of the noun ("8,400 planning applications"): the wrong whole was chosen
   (checker/relate/shares.py ``_named_with_modifiers``).
2. A definite figure that picks its group by a restrictive clause of its own ("the 1,380 patients who
   attended the walk-in centre") restates no earlier count whose sentence never tells that verb (one item
   of a list of wards) (checker/relate/restatements.py ``_picked_by_own_clause``).
"""
from __future__ import annotations

import pytest

from checker import check_text
from checker.model import Severity
from tests.shapes import assert_clean, assert_flagged

_APPLICATIONS = ("The council received 8,400 planning applications last year, it said on Monday. "
                 "Householders lodged 5,600 of the applications. Officers approved most of them within eight "
                 "weeks. The rest took longer because of staff shortages. A new team will start in June. "
                 "Inspectors said 1,400 of the householder applications, or {share}, were for loft conversions.")


def test_share_of_a_modified_whole_takes_the_count_told_with_that_modifier():
    # 1,400 / 5,600 = 25%: of the householders' applications, not of all 8,400 (16.7%)
    assert_clean(_APPLICATIONS.format(share="a quarter"))


def test_share_of_a_modified_whole_wrong_against_its_own_count_is_flagged():
    # a sixth is 1,400 / 8,400, the plain total: the householders' 5,600 is the whole named
    assert_flagged(_APPLICATIONS.format(share="a sixth"), "a sixth", "FC201")


def test_share_of_a_modified_whole_wrong_against_both_is_flagged():
    assert_flagged(_APPLICATIONS.format(share="40%"), "40%", "FC201")


def test_count_with_the_modifier_before_its_noun_is_the_whole():
    text = ("Builders and owners sent 8,400 planning applications to the council last year. "
            "Of these, 5,600 were householder applications, the planning chief said. "
            "Officers approved most of them within eight weeks. The rest took longer. "
            "A new team will start in June. Inspectors said 1,400 of the householder applications, "
            "or {share}, were for loft conversions.")
    assert_clean(text.format(share="a quarter"))


def test_share_of_the_plain_noun_still_takes_the_plain_total():
    text = ("The council received 8,400 planning applications last year, it said on Monday. "
            "Officers approved most of them within eight weeks. The rest took longer because of staff "
            "shortages. A new team will start in June. Inspectors said 1,400 of the applications, or {share}, "
            "were for loft conversions.")
    assert_clean(text.format(share="a sixth"))
    assert_flagged(text.format(share="a quarter"), "a quarter", "FC201")


def test_explicit_whole_of_the_modified_noun_is_an_error():
    text = ("The council received 8,400 planning applications last year. Inspectors said 1,400 of the "
            "5,600 householder applications, or a sixth, were for loft conversions.")
    found = [f for f in check_text(text) if f.rule == "FC201" and f.severity >= Severity.WARNING]
    assert found and found[0].severity == Severity.ERROR


_WARDS = ("Four wards accounted for 3,900 of the beds: surgery, with 1,420 patients, medicine with 1,200, "
          "and others. Of the 1,380 patients who attended the walk-in centre in May, 1,100, or 80%, were "
          "seen within an hour.")
_STAFF = ("Surgeons operated on 1,420 patients, physicians saw 1,200 and nurses 900 in May. "
          "The 1,380 patients who {clause} waited four months on average.")


def test_group_picked_by_its_own_clause_is_not_a_list_item_restated():
    assert_clean(_WARDS)
    assert_clean(_STAFF.format(clause="attended the walk-in centre"))


def test_list_item_restated_under_its_own_verb_is_still_flagged():
    assert_flagged(_STAFF.format(clause="were operated on"), "1,380", "FC402")


@pytest.mark.parametrize("text,target", [
    ("Medics treated 1,420 patients at the festival. The 1,380 patients who were treated mostly had heat "
     "exhaustion.", "1,380"),
    # the first counts the whole group, not one item of a list: a clause of its own picks no other group
    ("Firefighters rescued 23 miners from the flooded pit on Tuesday. The 25 miners who were carried out "
     "were taken to hospital as a precaution.", "25 miners"),
])
def test_whole_group_restated_with_a_clause_is_still_flagged(text, target):
    assert_flagged(text, target, "FC402")

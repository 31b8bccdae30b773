"""Round 8: lists closed by what is left ("the remaining", "the rest", "the
other") past a part's own clause or a semicolon, with the whole in the
sentence before (counts and sums of money) -- each paraphrase with a clean
twin."""
from __future__ import annotations

import pytest

from checker import check_text


def _sum_problems(text):
    return [f for f in check_text(text) if f.is_problem and f.rule.startswith("FC1")]


def _problems(text):
    return [f for f in check_text(text) if f.is_problem]


# -- a list closed by what is left, past the first part's own clause or a semicolon
REST_FLAGGED = [
    ("The helpline took 6,140 calls in June. Of those, 3,950 were about benefits; the remaining 2,390 "
     "concerned housing.", "FC101", "6,140"),
    ("Inspectors visited 812 restaurants last year. Most, 590, were rated good or better, and the rest, "
     "232, were told to improve.", "FC101", "812"),
    ("A charity appeal raised £2.4 million. Local firms gave £1.1 million, while individual donors "
     "supplied the remaining £1.5 million.", "FC101", "£2.4 million"),
    ("The port handled 3.9 million containers. Imports accounted for 2.3 million boxes; the rest, "
     "1.8 million, were exports.", "FC101", "3.9 million"),
    ("Officers recorded 2,205 burglaries across the county. Homes made up 1,470 of the burglaries; "
     "the other 835 were at shops and offices.", "FC101", "2,205"),
    ("Surgeons performed nine hundred operations in May. Patients over 70 had 520 of the operations, "
     "and the other 480 were on younger adults.", "FC101", "nine hundred"),
]

REST_CLEAN = [
    "The helpline took 6,140 calls in June. Of those, 3,950 were about benefits; the remaining 2,190 "
    "concerned housing.",
    "Inspectors visited 812 restaurants last year. Most, 590, were rated good or better, and the rest, "
    "222, were told to improve.",
    "A charity appeal raised £2.4 million. Local firms gave £1.1 million, while individual donors "
    "supplied the remaining £1.3 million.",
    "The port handled 3.9 million containers. Imports accounted for 2.3 million boxes; the rest, "
    "1.6 million, were exports.",
    "Officers recorded 2,205 burglaries across the county. Homes made up 1,470 of the burglaries; "
    "the other 735 were at shops and offices.",
    "Surgeons performed nine hundred operations in May. Patients over 70 had 520 of the operations, "
    "and the other 380 were on younger adults.",
    # "the remaining" of something else: another figure compared, or a part of another base
    "The club sold 4,000 tickets. It sold 1,500 more than last year; the remaining 900 go on sale today.",
    "The helpline took 6,140 calls in June. Of those, 3,950 were about benefits, compared with 2,100 in May; "
    "the remaining 2,390 concerned housing.",
    "Of the 6,140 calls, 3,950 were about benefits and 1,000 of the remaining 2,190 concerned housing.",
]


@pytest.mark.parametrize("text,code,target", REST_FLAGGED)
def test_rest_flagged(text, code, target):
    found = _sum_problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", REST_CLEAN)
def test_rest_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]

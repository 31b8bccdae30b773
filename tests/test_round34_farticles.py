"""Round 34 (farticles): changed figures in full articles, each shape read in its own wording.

1. the lead's measured amount or sum restated further down as "the N UNIT [participle]" with two digits swapped:
   the unit stands for the noun ("the 27,350 hectares cleared" after "felled 23,750 hectares";
   ``lead_measure_slips``).
"""
from __future__ import annotations

import pytest

from checker.relate.lead_measure_slips import find_lead_measure_slips
from tests.shapes import assert_clean, assert_flagged, assert_trigger_met

_LEAD_MEASURE = ("Storm repair crews\n\nForestry teams cleared 23,750 hectares of fallen timber across the "
                 "uplands after the February storms, the agency said on Tuesday.\n\nMost of the work was done by "
                 "contractors from outside the region, and some sites took weeks to reach.\n\n")

FLAGS = [
    # 1. the lead's amount restated as "the N UNIT ..." with two digits swapped
    (_LEAD_MEASURE + "The agency's director said the 27,350 hectares cleared since February had cost more than any "
     "year on record.", "27,350", "FC406"),
    ("Port volumes\n\nThe harbour handled 4.62 million tonnes of cargo in the year to March, its busiest year "
     "since the quay was extended.\n\nContainer traffic made up most of the growth.\n\nThe harbour master said "
     "the 4.26 million tonnes handled showed the extension had paid off.", "4.26 million tonnes", "FC406"),
    ("Mine output\n\nThe Kestrel mine produced 318,000 ounces of silver last year, the company said on "
     "Monday.\n\nThe company has two other mines in the region.\n\nOf the 381,000 ounces produced, about half "
     "went to buyers in Asia.", "381,000 ounces", "FC406"),
    ("Wildfire season\n\nFires burned 61,400 acres across the county this summer, officials said.\n\nCrews "
     "came from four neighbouring states to help.\n\nThe fire chief said the 64,100 acres lost were a warning "
     "for the years ahead.", "64,100 acres", "FC406"),
]

CLEAN = [
    # the same amount restated as it is
    _LEAD_MEASURE + "The agency's director said the 23,750 hectares cleared since February had cost more than "
    "any year on record.",
    # another year's amount, dated apart
    _LEAD_MEASURE + "The agency's director said the 27,350 hectares cleared in 2019 had cost even more.",
    # a part named by its own "of": not the lead's amount restated
    _LEAD_MEASURE + "The 27,350 hectares of pine plantation nearby were untouched.",
    # set apart by "other"
    _LEAD_MEASURE + "The other 27,350 hectares managed by the agency were untouched.",
    # a move to a new level, not a restatement
    _LEAD_MEASURE + "The total could rise to 27,350 hectares by the summer.",
    # a comparison
    _LEAD_MEASURE + "That was less than the 27,350 hectares cleared after the 1987 storm.",
    # no definite article: another amount told in its own right
    _LEAD_MEASURE + "Crews elsewhere cleared 27,350 hectares of scrub.",
    # another unit
    _LEAD_MEASURE + "The agency's director said the 27,350 acres cleared since February had cost a record sum.",
    # a nearer amount it may restate
    _LEAD_MEASURE + "Private estates cleared a further 27,100 hectares. Of the 27,350 hectares cleared by both, "
    "most was spruce.",
]


@pytest.mark.parametrize("text,target,rule", FLAGS)
def test_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)


def test_lead_measure_trigger():
    assert_trigger_met(find_lead_measure_slips, FLAGS[0][0])

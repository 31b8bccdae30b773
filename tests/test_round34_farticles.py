"""Round 34 (farticles): changed figures in full articles, each shape read in its own wording.

1. the lead's measured amount or sum restated further down as "the N UNIT [participle]" with two digits swapped:
   the unit stands for the noun ("the 27,350 hectares cleared" after "felled 23,750 hectares";
   ``lead_measure_slips``).
   Counts too, of four significant digits or more, under one noun written right after each ("1,276 people" ...
   "the 1,267 people we counted").
2. the lead's total broken down by a list of three parts or more in a later paragraph, its sum missing the total
   by exactly what one part typed with a slip makes (one digit changed or two swapped; ``lead_total_lists``).
"""
from __future__ import annotations

import pytest

from checker.relate.lead_measure_slips import find_lead_measure_slips
from checker.relate.lead_total_lists import find_lead_total_lists
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

_FLOOD_HEAD = ("River flooding cuts off 14,620 homes\n\nFlood water cut off 14,620 homes across the valley on "
               "Sunday as the river burst its banks after two days of rain.\n\nRescue crews worked through the "
               "night.\n\n")
_FLOOD_LEAD = ("Flood water cut off 14,620 homes across the valley on Sunday as the river burst its banks after "
               "two days of rain, the county council said.\n\nRescue crews worked through the night.\n\n")

_LEAD_COUNT = ("Night shelter count\n\nVolunteers counted 1,486 people sleeping rough across the city on one "
               "night in January, the council said.\n\nThe count is carried out every winter. Teams walk set "
               "routes. They start at midnight. Each team has a leader. Results are checked by hand.\n\n")

FLAGS += [
    # 1. a count of four digits under the same noun
    (_LEAD_COUNT + "The council's housing lead said the 1,468 people found that night needed more than a bed.",
     "1,468", "FC406"),
    (_LEAD_COUNT + "\"The 1,846 people we met all have a story,\" the organiser said.", "1,846", "FC406"),
    ("Tree planting\n\nSchool pupils planted 3,720 trees along the river in March.\n\nThe scheme is in its "
     "third year.\n\nOrganisers said the 3,270 trees would shade the water within a decade.", "3,270", "FC4"),
]

FLAGS += [
    # 2. the lead's total listed in a later paragraph, one part with a slip
    (_FLOOD_HEAD + "The council said 6,310 homes were affected in Ashby, 5,470 in Morden and 2,940 in the outlying "
     "hamlets.", "5,470", "FC1"),  # 6,310 + 5,370 + 2,940 = 14,620
    (_FLOOD_LEAD + "Engineers counted 6,310 homes in Ashby, 5,370 in Morden and 2,490 in the outlying hamlets.",
     "2,490", "FC1"),  # two digits swapped
    ("Charity appeal\n\nThe hospice appeal raised £1,284,000 in its first year, the trustees said on "
     "Friday.\n\nThe money will pay for a new day unit.\n\nLegacies brought in £612,000, events £418,000 and "
     "online giving £284,000, the trustees' report shows.", "£612,000", "FC1"),  # 582 + 418 + 284 = 1,284
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
CLEAN += [
    # another noun: not the same count
    _LEAD_COUNT + "The council said the 1,468 beds it funds were not enough.",
    # a modifier between the figure and the noun names a group of its own
    _LEAD_COUNT + "The council said the 1,468 older people it supports were housed.",
    # three digits only: two such counts are often two
    "Shelter count\n\nVolunteers counted 148 people sleeping rough in January.\n\nThe count is carried out "
    "every winter.\n\nThe 184 people helped last year were given beds.",
    # another year's count
    _LEAD_COUNT + "That compares with the 1,468 people counted in 2019.",
    # no article: told in its own right
    _LEAD_COUNT + "Shelters in the county housed 1,468 people over the same period.",
]

CLEAN += [
    # the parts add up
    _FLOOD_HEAD + "The council said 6,310 homes were affected in Ashby, 5,370 in Morden and 2,940 in the outlying "
    "hamlets.",
    # the biggest places only, their sum far from any slip of the total
    _FLOOD_LEAD + "The worst hit were Ashby, with 6,310 homes, Morden with 4,120 and Tull with 1,900.",
    # the list's sum is a figure the report states
    _FLOOD_LEAD + "Some 12,300 of them were in three towns.\n\nThe council said 6,310 homes were affected in "
    "Ashby, 4,120 in Morden and 1,870 in Tull.",
    # a sibling before the list, the whole not the headline's figure
    _FLOOD_LEAD + "Ashby was worst hit, with 6,310 homes cut off. Morden had 5,470, Tull 2,940 and Wray 1,200.",
    # the list in the lead's own paragraph, some of the places only
    "Flood toll\n\nFlood water cut off 14,620 homes on Sunday, including 6,310 in Ashby, 5,470 in Morden and "
    "2,040 in Tull, officials said.",
    # levels moved from, not parts
    _FLOOD_LEAD + "Insurance claims rose to 9,800 from 6,310, while payouts fell to 2,100 from 5,470 and 2,940.",
    # small counts: a slip in a two-digit figure proves nothing
    "Storm damage\n\nThe storm damaged 148 schools across the county, officials said.\n\nRepairs began at "
    "once.\n\nInspectors found 64 in the north, 41 in the south and 34 in the west.",
]


@pytest.mark.parametrize("text,target,rule", FLAGS)
def test_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)


def test_lead_measure_trigger():
    assert_trigger_met(find_lead_measure_slips, FLAGS[0][0])


def test_lead_total_trigger():
    assert_trigger_met(find_lead_total_lists, next(t for t, target, _ in FLAGS if target == "5,470"))

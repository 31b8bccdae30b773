"""Round 27, articles: readings learned from the fresh a172 article pairs (and the older misses of a169/a170),
each written here in five other shapes (other beats, nouns, numbers, order and distance between the figures).
Every row is (text with ``{x}``, the consistent figure, the changed one): told with the first it is clean, with
the second it is flagged on the changed figure."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. A level told as a part of its whole ("538,000 of the area's 780,000 premises"), then its old level and the
# change's amount: the whole between the figures is no other level of the move (a172/08).
PART_OF_WHOLE_CHANGE = [
    ("Cycling to school is rising in the county.\n\nToday 9,100 of the county's 12,400 pupils walk or cycle to "
     "school, up from 7,300 in 2019, an increase of {x}.\n\nThe council wants to reach 10,000 by 2027.",
     "1,800", "2,800"),
    ("Punctuality improved at Skyhop last quarter.\n\nThe airline flew 2,840 of its 3,500 scheduled flights on "
     "time, compared with 2,410 a year earlier, a rise of {x}, its annual report said.\n\nIts chief executive "
     "credited a new fleet of turboprops.", "430", "530"),
    ("About 46,200 out of 61,000 households in the borough now recycle their food waste, up from 39,900 two "
     "years ago, an increase of {x}.\n\nThe service collects waste every week and costs about £2 million a year.",
     "6,300", "9,300"),
    ("Care homes in the region are improving, inspectors say.\n\nThey rated 318 of the region's 402 homes good "
     "or outstanding in their latest round, up from 271 last year, a rise of {x}.\n\nEleven homes were closed "
     "during the year.", "47", "74"),
    ("A&E waits worsened in March.\n\nThe trust saw 6,150 of its 8,900 emergency patients within four hours, "
     "down from 6,720 a year earlier, a fall of {x}.\n\nManagers blamed a winter surge in flu.", "570", "750"),
]


@pytest.mark.parametrize("text,right,wrong", PART_OF_WHOLE_CHANGE)
def test_part_of_whole_level_change_flagged(text, right, wrong):
    assert_flagged(text.replace("{x}", wrong), wrong, "FC3")


@pytest.mark.parametrize("text,right,wrong", PART_OF_WHOLE_CHANGE)
def test_part_of_whole_level_change_clean(text, right, wrong):
    assert_clean(text.replace("{x}", right))


# 2. A move told with its old level only ("was up 45% from 985 a year earlier") after a sentence telling a part of
# its whole ("cancelled 1,142 of the 9,136 sailings"): the part, alone of the old level's scale, is the new level
# (a172/01).
PART_BEFORE_MOVE = [
    ("Readers borrowed 4,830 of the library's 9,400 e-books at least once in 2023, the council said.\n\n"
     "The number of borrowed e-books was up 15% from {x} a year earlier. Audiobooks were the fastest riser.",
     "4,200", "3,900"),
    ("Surgeons at the trust cancelled 612 of the 14,800 operations planned for the winter, the board heard on "
     "Monday.\n\nCancelled operations were down 20% from {x} in the same period a year earlier, managers said.",
     "765", "865"),
    ("Officers solved 2,140 of the 9,850 burglaries reported in the county in the year to March.\n\nSolved burglaries were "
     "up 7% from {x} the year before. The chief constable praised a new forensics team.", "2,000", "1,700"),
    ("Inspectors passed 1,380 out of 1,950 food premises in the district at their last visit, a report says.\n\n"
     "The number of premises passed was up 15% from {x} a year earlier.", "1,200", "1,000"),
    ("Ferries carried 86,000 of the 240,000 visitors who reached the island this summer, the tourist board said."
     "\n\nFerry visitors were down 12% from {x} the previous summer, when the larger boat was out of service.",
     "98,000", "108,000"),
]
# the whole of the sentence before is of the old level's scale too: which of the two moved is not told -- silent
PART_BEFORE_MOVE_UNTOLD = [
    "Rail operators ran 8,700 of the 9,100 planned services on time last month.\n\nServices were up 3% from 7,100 "
    "a year earlier.",
    "The club sold 21,000 of its 26,000 season tickets by July.\n\nSales were down 4% from 17,000 a year earlier.",
]


@pytest.mark.parametrize("text,right,wrong", PART_BEFORE_MOVE)
def test_part_before_move_flagged(text, right, wrong):
    assert_flagged(text.replace("{x}", wrong), wrong, "FC2")


@pytest.mark.parametrize("text,right,wrong", PART_BEFORE_MOVE)
def test_part_before_move_clean(text, right, wrong):
    assert_clean(text.replace("{x}", right))


@pytest.mark.parametrize("text", PART_BEFORE_MOVE_UNTOLD)
def test_part_before_move_untold_clean(text):
    assert_clean(text)


# 3. "Of those, A VERB ... and B, or SHARE, VERB ...": parts told in joined clauses after "Of those", the share
# beside the last is of the whole in the sentence before (a172/04).
OF_THOSE_JOINED = [
    ("The county has 2,400 registered childminders, the survey found.\n\nOf those, 1,150 work from home and {x}, "
     "or 33%, run small nurseries from rented rooms.", "780", "980"),
    ("A total of 64,200 postal votes were returned by the deadline. Of these, 51,300 were counted on the night and "
     "{x}, or 15%, were rejected because the signatures did not match.", "9,600", "12,600"),
    ("The helpline answered 18,500 calls in 2023, its busiest year.\n\nOf them, 7,200 came from parents, 4,100 "
     "from teachers and {x}, or 16%, from children themselves.", "2,960", "3,960"),
    ("Some 5,600 students sat the exam this summer.\n\nOf those, 3,900 passed and {x}, or 20%, failed outright, the "
     "board said. The rest will resit in November.", "1,120", "1,420"),
    ("The trust employed 12,800 nurses at the end of March. Of those, 9,400 worked full time, 1,900 part time and "
     "{x}, or 12%, through agencies.", "1,500", "2,100"),
]


@pytest.mark.parametrize("text,right,wrong", OF_THOSE_JOINED)
def test_of_those_joined_part_share_flagged(text, right, wrong):
    assert_flagged(text.replace("{x}", wrong), wrong, "FC2")


@pytest.mark.parametrize("text,right,wrong", OF_THOSE_JOINED)
def test_of_those_joined_part_share_clean(text, right, wrong):
    assert_clean(text.replace("{x}", right))


# 4. A breakdown in the sentence after a move "to NEW <its time> from OLD": the parts divide the level reached, the
# one figure there that is not the level left (a172/06, a170/05: "rose 10% to £486.2m in the year to 31 December,
# from £441.9m in 2022. The UK business contributed £331.6m, Central Europe ...").
PARTS_OF_LEVEL_REACHED = [
    ("Revenue rose 8% to £212.4m in the year to 30 June, from £196.7m a year earlier, the retailer said.\n\nIts "
     "stores contributed {x}, wholesale £61.8m and online sales £30.5m.", "£120.1m", "£150.1m"),
    ("Group sales climbed to $9.6bn in 2023, from $8.9bn in 2022. North America contributed $5.1bn, Europe "
     "{x} and Asia $1.5bn.", "$3.0bn", "$3.8bn"),
    ("The number of households on the waiting list fell to 4,820 at the end of March from 5,310 a year earlier."
     "\n\nThe "
     "figures show that {x} households were in temporary housing, 1,240 were sofa-surfing and 630 were "
     "sleeping rough.", "2,950", "3,950"),
    ("The number of pupils on roll rose to 12,460 in September from 11,980 a year before.\n\nRecords show that "
     "6,310 pupils were in primary schools, {x} were in secondary schools and 1,130 were in special schools.",
     "5,020", "6,020"),
    ("The number of empty homes in the city rose to 3,740 in October from 3,150 a year earlier.\n\nThe council's "
     "figures, published on Monday, show that 2,180 homes were privately owned, {x} were owned by housing "
     "associations and 540 were council homes.", "1,020", "1,420"),
]


@pytest.mark.parametrize("text,right,wrong", PARTS_OF_LEVEL_REACHED)
def test_parts_of_level_reached_flagged(text, right, wrong):
    assert_flagged(text.replace("{x}", wrong), wrong, "FC1")


@pytest.mark.parametrize("text,right,wrong", PARTS_OF_LEVEL_REACHED)
def test_parts_of_level_reached_clean(text, right, wrong):
    assert_clean(text.replace("{x}", right))

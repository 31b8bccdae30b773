"""Round 27 mends after review rv27-b (branch r27-lists): false alarms the round's list readings gave on
consistent text, each narrowed to the shape its docstring names. Every section keeps flag rows of the shape the
reading was built for next to the clean rows (the reviewer's shapes, in new words)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# -- 1. sums._counted_one_by_one: a placed breakdown after a comma is told whole only when every part is placed in
# a named place and is nothing more, the parts reach half the count, and no more of them follow

ONE_BY_ONE_CLEAN = [
    # a state, not a place
    "Eleven climbers were rescued, three in a critical state and two with frostbite.",
    "Eleven climbers were rescued, six in a critical state and four in a stable state.",
    # a rank or a team, lower case
    "The squad has 23 players, three in the senior side and two in the reserves.",
    # more told of each part than its place
    "The group owns 16 hotels, five in Bath listed as historic and four in Wells listed as modern.",
    # the rest told after the list
    "Twelve suspects were detained, four in Cardiff and three in Newport, and the rest in Swansea.",
    "The charity opened nine shops, four in Bristol and three in Bath, and another in Wells.",
    # more of them counted after the list
    "The firm closed 10 branches, four in Kent and three in Essex, while opening two in Surrey.",
    # the parts fall far short of the count: some of them
    "The squad has 20 players, three in Spain and two in France.",
]
ONE_BY_ONE_FLAGS = [
    ("The charity opened nine shops, four in Bristol and three in Bath.", "nine"),
    ("Seven ferries were withdrawn, two from Dover and three from Hull, before the strike.", "Seven"),
    ("Ten wind farms were approved, four in Norfolk and five at Grimsby.", "Ten"),
]


@pytest.mark.parametrize("text", ONE_BY_ONE_CLEAN)
def test_placed_breakdown_told_in_part_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", ONE_BY_ONE_FLAGS)
def test_placed_breakdown_told_whole_still_flagged(text, target):
    assert_flagged(text, target, "FC10")


# -- 2. lists._named_group_of: "a NOUN of N" with any other singular noun lists its members by name (a clause after
# the colon is no list of them: "a tally of four: she scored against ..."); "class", "bus" are singular

NAMED_GROUP_CLEAN = [
    "Her try made it a tally of six for the campaign: the others came at Bath and Exeter.",
    "That win stretched the run to a record of three: they beat Derby and Stoke.",
    "It was a haul of five: he struck at Bath and twice at Exeter.",
    "It was a span of five: it began in Leeds and ended in York.",
    "A class of three - Ann Hale, Bob Hale and Cy Hale - sat the exam on Monday.",
    # (older, the named group nouns too) a clause after the colon
    "It was a squad of four: the others came from Leeds and Hull.",
    "She made the shortlist of five: they meet in Leeds and York.",
]
NAMED_GROUP_FLAGS = [
    ("A class of four - Ann Hale, Bob Hale and Cy Hale - sat the exam on Monday.", "four"),
    ("A convoy of five: Arco, Belmar, Corvo and Dunmore.", "five"),
    ("The judges picked a shortlist of four: Arco, Belmar and Corvo.", "four"),
    ("A family of five - Ann Hale, Bob Hale, Cy Hale and Di Hale - were rescued from the flat.", "five"),
]


@pytest.mark.parametrize("text", NAMED_GROUP_CLEAN)
def test_named_group_over_a_clause_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", NAMED_GROUP_FLAGS)
def test_named_group_members_still_flagged(text, target):
    assert_flagged(text, target, "FC410")


# -- 3. lists._state_taken_up: an item's count after its owner counts ("her three children"), any other count
# inside an item silences the reading, as does the rest told after the list ("after a third man was charged")

STATE_TAKEN_UP_CLEAN = [
    "Five people were hurt. The injured, a man and his four daughters, were taken to hospital.",
    "Six people were hurt. The injured, a teacher, her husband and their four children, were treated at the scene.",
    "Five people are missing. The missing, a skipper, his three nephews and a cook, were last heard from on Friday.",
    "Three men were detained on Monday. Those detained, a father and his son, were freed on bail after a third man "
    "was charged.",
    "Four people were hurt. The injured, a driver with two dogs and a cyclist, were taken to hospital.",
    "Two people were hurt. The injured, a woman aged 70 and a man aged between 40 and 45, were taken to hospital.",
]
STATE_TAKEN_UP_FLAGS = [
    ("Five people were hurt. The injured, a man and his two daughters, were taken to hospital.", "Five"),
    ("Seven people were hurt. The injured, a woman and her three children, were taken to hospital.", "Seven"),
    ("Four people were hurt. The injured, a driver, a passenger and a cyclist, were taken to hospital.", "Four"),
    ("Three men were detained on Monday. Those detained, a father and his son, were freed on bail.", "Three"),
    ("Three people were hurt. The injured, a boy aged 12 and a girl aged between 8 and 10, were taken to hospital.",
     "Three"),
]


@pytest.mark.parametrize("text", STATE_TAKEN_UP_CLEAN)
def test_state_taken_up_with_owned_counts_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", STATE_TAKEN_UP_FLAGS)
def test_state_taken_up_short_still_flagged(text, target):
    assert_flagged(text, target, "FC410")


# -- 4. lists._listed_under_headline, a headline verb in the present: one more of them told acting by no name (a
# singular subject of the count's kind, or a person told by "their", "a", "another" when people are counted, and a past
# verb, not a verb of speech) anywhere after the names silences the reading

HEADLINE_PRESENT_CLEAN = [
    "Three climbers abandon expedition\n\nAnn Roe and Bo Lee abandoned the attempt at base camp.\n\n"
    "Their guide turned back two days later with frostbite.",
    "Four directors resign over audit\n\nAnn Roe, Bo Lee and Cy Fox resigned on Monday.\n\n"
    "They were thanked for their service on Tuesday.\n\nThe report runs to many pages.\n\n"
    "Later, the finance director walked out.",
    "Three riders abandon Tour\n\nRoe and Lee abandoned the race on the first climb, and a team-mate retired at the "
    "feed zone.",
    "Three trusts drop parking fees\n\nArco and Belmar dropped the fees on Monday.\n\nThe move was welcomed.\n\n"
    "The report runs to many pages.\n\nLater, the county trust followed.",
]
HEADLINE_PRESENT_FLAGS = [
    ("Three riders abandon Tour\n\nRoe and Lee abandoned the race on the first climb.\n\n"
     "The team said the crash had been avoidable.", "Three"),
    ("Four directors resign over audit\n\nAnn Roe, Bo Lee and Cy Fox resigned on Monday.\n\n"
     "The chairman said they had acted honourably.", "Four"),
    # a singular subject of another kind tells of no more of them
    ("Three trusts drop parking fees\n\nArco and Belmar dropped the fees on Monday.\n\n"
     "The scheme had raised £1m a year.", "Three"),
]


@pytest.mark.parametrize("text", HEADLINE_PRESENT_CLEAN)
def test_headline_present_one_more_told_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", HEADLINE_PRESENT_FLAGS)
def test_headline_present_short_still_flagged(text, target):
    assert_flagged(text, target, "FC410")


def test_headline_present_lead_opening_on_a_reporting_verb_lists_the_names_only():
    from tests.shapes import problems
    found = problems("Four riders abandon Tour\n\nSaid Roe, Lee and Fox had abandoned the race on the first climb.")
    assert [f.rule for f in found] == ["FC410"] and "Said" not in found[0].message, [f.message for f in found]

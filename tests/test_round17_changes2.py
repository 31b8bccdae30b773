"""Round 17, third wave (changes told across a figure of another kind): a level whose phrase holds a hedged
period ("£4.20 for up to three hours") or a measure ("410 homes within 50 metres of the river"), then ", up
from" the old level and the change as a percentage. Each flagged row has a clean twin, the same text with
consistent figures."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# (text, target, rule prefix, published): a hedged period between the new level and ", up from" the old one
LEVEL_HEDGED_PERIOD_UP_FROM = [
    ("Drivers will pay £4.20 for up to three hours at the station car park, up from £3.50, a rise of 40%.",
     "40%", "FC203", None),
    ("Drivers will pay £4.20 for up to three hours at the station car park from Monday, May 6, up from £3.50, "
     "a rise of 40%, the rail company said on Friday.", "40%", "FC203", "2024-04-26"),
    ("In 2025 a parking permit costs £630 for up to 12 months, up from £600 - an increase of 10%.", "10%",
     "FC203", None),
    ("The gym charges £45 for up to six months of classes, down from £50, a cut of 25%, according to its "
     "owners.", "25%", "FC203", None),
    ("Hire of the hall will cost £84 for up to four hours, up from £70 (a rise of about 30%).", "about 30%",
     "FC203", None),
]
LEVEL_HEDGED_PERIOD_UP_FROM_CLEAN = [
    (LEVEL_HEDGED_PERIOD_UP_FROM[0][0].replace("40%", "20%"), None),
    (LEVEL_HEDGED_PERIOD_UP_FROM[1][0].replace("40%", "20%"), "2024-04-26"),
    (LEVEL_HEDGED_PERIOD_UP_FROM[2][0].replace("10%", "5%"), None),
    (LEVEL_HEDGED_PERIOD_UP_FROM[3][0].replace("25%", "10%"), None),
    (LEVEL_HEDGED_PERIOD_UP_FROM[4][0].replace("about 30%", "about 20%"), None),
]

# a count, a measure in its phrase, then ", up from" the old count and the change as a percentage
COUNT_PAST_MEASURE_UP_FROM = [
    ("The flood survey found 410 homes within 50 metres of the river, up from 380, an increase of 25%.",
     "25%", "FC203", None),
    ("Inspectors counted 96 trees within 20 metres of the road in 2024, up from 80 - an increase of 30%, the "
     "council said.", "30%", "FC203", None),
    ("The survey found 270 nests within 300 metres of the shore, down from 300, a fall of a fifth.",
     "a fifth", "FC203", None),
]
COUNT_PAST_MEASURE_UP_FROM_CLEAN = [
    (COUNT_PAST_MEASURE_UP_FROM[0][0].replace("380", "328"), None),
    (COUNT_PAST_MEASURE_UP_FROM[1][0].replace("30%", "20%"), None),
    (COUNT_PAST_MEASURE_UP_FROM[2][0].replace("a fifth", "a tenth"), None),
    # the measure is the level here: metres against a count, no change read
    ("The river rose to 4 metres within 12 hours, up from 3, the agency said.", None),
]


@pytest.mark.parametrize("text,target,rule,published", LEVEL_HEDGED_PERIOD_UP_FROM + COUNT_PAST_MEASURE_UP_FROM)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", LEVEL_HEDGED_PERIOD_UP_FROM_CLEAN + COUNT_PAST_MEASURE_UP_FROM_CLEAN)
def test_clean(text, published):
    assert_clean(text, published)


# a headline change, a lead that only says it again, and the next paragraph giving the two levels
HEADLINE_LEAD_AGAIN_LEVELS = [
    ("Cost of school roof works jumps 30% after asbestos found\n\nThe bill for the school's new roof has gone up "
     "by 30%, the county council has admitted.\n\nA report says the cost of the project has increased from £2.8 "
     "million to £3.25 million after asbestos was found in the loft.", "£2.8 million", "FC203", None),
    ("Ferry crossings rise 25% in first summer\n\nThe number of sailings on the island route rose by 25% this "
     "summer, the operator said on Monday.\n\nThe ferry made 1,440 crossings between June and August, up from "
     "1,280 a year earlier.", "1,280", "FC203", None),
    ("Library visits fall 20% as branch shuts for repairs\n\nFootfall at the town's libraries has dropped by "
     "about 20%, figures show.\n\nThe service recorded 72,000 visits in 2024, down from 84,000 in 2023 - the "
     "main branch was shut for ten weeks.", "84,000", "FC203", None),
    ("Price of school dinners rises 15%\n\nParents will pay 15% more for school meals from September, the "
     "council said.\n\nThe price of a meal will go up from £2.40 to £2.70, it said in a statement.", "£2.40",
     "FC203", None),
]
HEADLINE_LEAD_AGAIN_LEVELS_CLEAN = [
    (HEADLINE_LEAD_AGAIN_LEVELS[0][0].replace("£2.8 million", "£2.5 million"), None),
    (HEADLINE_LEAD_AGAIN_LEVELS[1][0].replace("1,280", "1,152"), None),
    (HEADLINE_LEAD_AGAIN_LEVELS[2][0].replace("84,000", "90,000"), None),
    (HEADLINE_LEAD_AGAIN_LEVELS[3][0].replace("£2.40", "£2.35"), None),
    # the lead sizes the change over a span of years: the next sentence's one year is no base
    ("Ferry crossings rise 25%\n\nThe number of sailings on the island route has risen by 25% since 2019, the "
     "operator said.\n\nThe ferry made 1,440 crossings this summer, up from 1,280 a year earlier.", None),
    # the next sentence moves another measure
    ("Cost of school roof works jumps 30%\n\nThe bill for the school's new roof has gone up by 30%, the council "
     "said.\n\nPupil numbers have increased from 250 to 400 since the school opened.", None),
]


@pytest.mark.parametrize("text,target,rule,published", HEADLINE_LEAD_AGAIN_LEVELS)
def test_flagged_lead_again(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", HEADLINE_LEAD_AGAIN_LEVELS_CLEAN)
def test_clean_lead_again(text, published):
    assert_clean(text, published)


# a move with no size, then a sentence opening on the definite change and its size (", or" a percentage)
DEFINITE_CHANGE_AFTER_MOVE = [
    ("The bus operator said single fares will go up from £2.00 to £2.50 on Sunday, June 2. The increase of 40p, "
     "or 25%, is the first since 2022.", "40p", "FC301", "2024-05-20"),
    ("The bus operator said single fares will go up from £2.00 to £2.50 on Sunday, June 2. The increase of 50p, "
     "or 20%, is the first since 2022.", "20%", "FC203", "2024-05-20"),
    ("In 2024 the club's annual fee rose from £124 to £155. The rise of £31 a member - or 30% - paid for new "
     "floodlights, the treasurer said.", "30%", "FC203", None),
    ("Staff numbers at the plant fell from 800 to 680 last year, according to the union. The cut of about 150 "
     "jobs followed a drop in orders.", "about 150 jobs", "FC301", None),
]
DEFINITE_CHANGE_AFTER_MOVE_CLEAN = [
    (DEFINITE_CHANGE_AFTER_MOVE[0][0].replace("40p", "50p"), "2024-05-20"),
    (DEFINITE_CHANGE_AFTER_MOVE[1][0].replace("20%", "25%"), "2024-05-20"),
    (DEFINITE_CHANGE_AFTER_MOVE[2][0].replace("30%", "25%"), None),
    (DEFINITE_CHANGE_AFTER_MOVE[3][0].replace("about 150", "about 120"), None),
    # the change opens a new paragraph about another measure: no link
    ("Single fares will go up from £2.00 to £2.50 in June.\n\nThe increase of 40p in the price of a day ticket "
     "was agreed last year.", None),
]


@pytest.mark.parametrize("text,target,rule,published", DEFINITE_CHANGE_AFTER_MOVE)
def test_flagged_definite_change(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", DEFINITE_CHANGE_AFTER_MOVE_CLEAN)
def test_clean_definite_change(text, published):
    assert_clean(text, published)

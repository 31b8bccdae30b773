"""Round 32 review of the sum readings (branch r32-fix-sum): false alarms found on ordinary, consistent sentences
of each new reading's shape, mended by narrowing the reading; clean rows in the reviewer's own words, with flag
twins showing the reading still works on its own shape."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# 1. _labelled_bracket_list: a bracket of labelled figures after a total holds its kinds, not its rivals or siblings
# (a capitalised name, a rank, a level or season, a word of the total's own clause), not figures above it, and not
# the levels of each thing an average or a price is
LABELLED_BRACKET_RIVALS_CLEAN = [
    "Smith polled 12,400 votes (Jones 9,800, Brown 4,100).",
    "Arsenal drew an average crowd of 60,100 (Chelsea 40,200, Tottenham 30,000).",
    "Britain sold 1.9 million cars last year (Germany 2.8 million, France 1.6 million).",
    "London recorded 640 burglaries in May (Leeds 410, Bristol 380).",
    "Apple sold 62 million phones in the quarter (Samsung 58 million, Xiaomi 41 million), the analysts said.",
    "The winner took 48,200 votes (runner-up 31,900, third place 22,400).",
    "Turnout rose to 45,200 at the final (semi-final 38,100, quarter-final 31,400).",
    "Men's final attendance was 45,200 (women's final 38,100, junior final 31,400).",
    "Shares closed at 412p (open 405p, intraday 430p).",
    "Average salaries reached £38,000 (nurses £34,000, doctors £72,000).",
    "Average salaries reached £38,000 (nurses £34,000, doctors £36,000).",
    "Tickets cost £85 (adults £85, children £40).",
    "The reservoir holds 92 million litres (winter level 80 million litres, summer level 60 million litres).",
]
LABELLED_BRACKET_KINDS_FLAG = [
    ("The library lent 18,600 books in 2024 (fiction 12,400, non-fiction 7,100).", "18,600"),
    ("Fuel use reached 9,400 litres (diesel 6,100, petrol 4,200) and emissions 22 tonnes.", "9,400 litres"),
]


@pytest.mark.parametrize("text", LABELLED_BRACKET_RIVALS_CLEAN)
def test_bracket_of_rivals_or_levels_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", LABELLED_BRACKET_KINDS_FLAG)
def test_bracket_of_kinds_still_flagged(text, target):
    assert_flagged(text, target, "FC10")


# 2. tally_sides: the side the groups took closes their clause; a vote on another occasion or another motion after it
# is no side of the tally
TALLY_SIDE_OTHER_VOTE_CLEAN = [
    "The bill passed 61-37, with 49 Democrats and 14 Republicans voting for it in committee last month.",
    "The motion was carried 300-250, with 150 Conservatives and 160 Labour MPs voting against a rival amendment.",
    "The Senate passed the bill 61-37, with 49 Democrats and 14 Republicans voting for the bill in 2019.",
]
TALLY_SIDE_CLOSED_FLAG = [
    ("The Senate passed the bill 61-37, with 49 Democrats and 14 Republicans voting for the bill, a rare show of unity.",
     "61-37"),
]


@pytest.mark.parametrize("text", TALLY_SIDE_OTHER_VOTE_CLEAN)
def test_groups_voting_on_another_occasion_are_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", TALLY_SIDE_CLOSED_FLAG)
def test_groups_on_the_side_still_flagged(text, target):
    assert_flagged(text, target, "FC10")


# 3. percents._kinds_of_measured_whole: the kinds of a measured whole are told largest first and none is a quality or
# an owner that cuts across the others
MEASURED_WHOLE_CROSS_CLEAN = [
    "Of the 5,600 hectares planted, 70% is wheat, 25% barley and 60% organic.",
    "Of the 5,600 hectares planted, 60% is wheat, 30% barley and 15% organic.",
    "Of the 9,000 hectares burnt, 60% was forest, 30% farmland and 20% state land.",
]
MEASURED_WHOLE_KINDS_FLAG = [
    ("Of the 3,000 tonnes of food sold, 50% was fruit, 30% vegetables and 25% meat.", "25%"),
]


@pytest.mark.parametrize("text", MEASURED_WHOLE_CROSS_CLEAN)
def test_shares_across_the_kinds_are_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", MEASURED_WHOLE_KINDS_FLAG)
def test_kinds_of_a_measured_whole_still_flagged(text, target):
    assert_flagged(text, target, "FC202")


# 4. the same-noun reading across sentences (widened this round to jobs, roles, posts and positions): a stock the
# subject holds is no breakdown of a change told before it, nor are parts of a period the count's sentence does not name
SAME_NOUN_OTHER_STOCK_CLEAN = [
    "The bank will cut 5,200 jobs. It holds 3,100 positions in bonds, 1,400 in shares and 900 in currencies.",
    "The bank will cut 5,200 jobs. It has 3,100 open positions in London, 1,400 in Leeds and 900 in Glasgow.",
    "The council cut 300 jobs last year. This year it will cut 250 posts, 150 in social care and 100 in libraries.",
]
SAME_NOUN_BREAKDOWN_FLAG = [
    ("The bank will cut 5,200 jobs. About 3,400 roles will go in Britain, 1,500 in India and 900 in Poland.", "5,200"),
]


@pytest.mark.parametrize("text", SAME_NOUN_OTHER_STOCK_CLEAN)
def test_stock_or_other_period_after_a_change_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", SAME_NOUN_BREAKDOWN_FLAG)
def test_breakdown_of_a_change_still_flagged(text, target):
    assert_flagged(text, target, "FC10")


# 5. the list words ("together with" joined them this round): a thing of another noun added beside a list already
# closed by "and" is no part of it
BESIDE_A_CLOSED_LIST_CLEAN = [
    "The 480 new homes comprise 260 flats and 220 houses, together with 40 shops on the ground floor.",
    "The 480 new homes comprise 260 flats and 220 houses, along with 40 shops on the ground floor.",
    "The ship's 2,400 passengers include 1,500 adults and 900 children, together with 300 crew.",
]
BESIDE_A_CLOSED_LIST_FLAG = [
    ("The 480 new homes comprise 260 flats and 240 houses, together with 40 shops on the ground floor.", "480"),
]


@pytest.mark.parametrize("text", BESIDE_A_CLOSED_LIST_CLEAN)
def test_thing_beside_a_closed_list_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", BESIDE_A_CLOSED_LIST_FLAG)
def test_closed_list_itself_still_flagged(text, target):
    assert_flagged(text, target, "FC10")


# 6. a breakdown led back to a named period's total ("Of last year's total", new this round) stops where a part names
# a whole of its own: another base opened before it, or "of the N" right after it
OWN_BASE_PART_CLEAN = [
    ("The charity raised £3.1m last year, against £2.8m in 2023. Of last year's total, £1.9m came from donations, and "
     "of 2023's, £1.5m did.", "2025-03-01"),
    ("Complaints rose to 1,015 last year from 880. Of last year's tally, 540 concerned billing and 310 delays, while "
     "210 of the 880 in the previous year concerned staff.", "2025-03-01"),
    ("Complaints reached 1,015 last year. Of those, 540 concerned billing and 310 delays, while 210 of the 880 in the "
     "previous year concerned staff.", None),
]
OWN_BASE_BREAKDOWN_FLAG = [
    ("Complaints rose to 1,015 last year from 880. Of last year's tally, 540 concerned billing, 310 delays and 215 "
     "staff conduct.", "1,015", "2025-03-01"),
]


@pytest.mark.parametrize("text,published", OWN_BASE_PART_CLEAN)
def test_part_of_another_whole_is_clean(text, published):
    assert_clean(text, published)


@pytest.mark.parametrize("text,target,published", OWN_BASE_BREAKDOWN_FLAG)
def test_breakdown_of_the_period_total_still_flagged(text, target, published):
    assert_flagged(text, target, "FC10", published)

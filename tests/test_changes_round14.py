"""Changes family, round 14: own paraphrases, each with a clean twin."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text, published=None, code=None):
    found = [f for f in check_text(text, published) if f.is_problem]
    return [f for f in found if code is None or f.rule == code]


# ------------------------------------------ a change sized, its period, a colon or dash, then the two levels
# told as a move of their own ("there were 63, up from 42"; "from 42 to 63"; "63, compared with 42")
@pytest.mark.parametrize("text,code,span", [
    ("Complaints to the ombudsman tripled last year: it received 410, up from 205 the year before.",
     "FC302", "tripled"),
    ("Ridership on the branch line has halved since March - from 18,000 passengers a day to 12,000.",
     "FC302", "halved"),
    ("Reported thefts more than doubled in the first half: police logged 930, compared with 620 a year earlier.",
     "FC302", "more than doubled"),
    ("The waiting list grew by 350 in a year: it now stands at 2,480, up from 2,230.", "FC301", "350"),
    ("Fares rose 40% in January: a single ticket went from £2.50 to £3.20.", "FC203", "40%"),
])
def test_change_then_separator_then_move_flagged(text, code, span):
    found = problems(text, None, code)
    assert [text[f.start:f.end] for f in found] == [span]


@pytest.mark.parametrize("text", [
    "Complaints to the ombudsman tripled last year: it received 615, up from 205 the year before.",
    "Ridership on the branch line has halved since March - from 18,000 passengers a day to 9,000.",
    "Reported thefts more than doubled in the first half: police logged 1,320, compared with 620 a year earlier.",
    "The waiting list grew by 250 in a year: it now stands at 2,480, up from 2,230.",
    "Fares rose 28% in January: a single ticket went from £2.50 to £3.20.",
    # the figures after the separator are no move of the measure
    "Membership doubled in a year: 340 joined in May and 120 in June.",
    "Sales fell 12% in March - 40 shops closed and 300 staff were laid off.",
])
def test_change_then_separator_then_move_clean(text):
    assert not problems(text)


# ------------------------------------------ a move in a ranking, the old position told after it by itself:
# "; she had been ranked 47th a week earlier", ". It was 91st last year."
@pytest.mark.parametrize("text,span", [
    ("The club slipped five places to 18th in the table; they had been 11th a month earlier.", "five"),
    ("Okafor jumped 9 places to No 12 in the world rankings. She had been ranked 27th before the tournament.", "9"),
    ("The university rose 20 places to 61st in the league table; it was 91st last year.", "20"),
    ("Lindqvist fell eleven places to 40th after the loss. Lindqvist had been seeded 22nd going into the event.",
     "eleven"),
])
def test_rank_move_old_position_told_after_flagged(text, span):
    found = problems(text, None, "FC301")
    assert [text[f.start:f.end] for f in found] == [span]


@pytest.mark.parametrize("text", [
    "The club slipped seven places to 18th in the table; they had been 11th a month earlier.",
    "Okafor jumped 15 places to No 12 in the world rankings. She had been ranked 27th before the tournament.",
    "The university rose 30 places to 61st in the league table; it was 91st last year.",
    # another's position, or no earlier time
    "Okafor jumped 9 places to No 12 in the world rankings; her compatriot had been 27th a week earlier.",
    "The university rose 20 places to 61st in the league table; it is 91st for teaching.",
    # a named time of its own: perhaps before other moves
    "Lindqvist fell eleven places to 40th; she had been 22nd in March.",
    "Okafor jumped 9 places to No 12. Her sister Ada had been ranked 27th before the tournament.",
])
def test_rank_move_old_position_told_after_clean(text):
    assert not problems(text)


# ------------------------------------------ a margin over a weekday's (or a day's) level told in a "when"
# clause: "1.3m higher than on Sunday, when the gauge read 3.82m"
@pytest.mark.parametrize("text,span", [
    ("Turnout reached 61,200 on Saturday, 4,800 more than on Friday, when 57,400 came through the gates.", "4,800"),
    ("Queues at the border stretched to 14km yesterday, 3km longer than on Sunday, when they reached 9km.", "3km"),
    ("Attendance fell to 2,150 on Wednesday evening. That was 300 fewer than on Tuesday night, when 2,350 watched.",
     "300"),
    ("The tide gauge read 6.1m at noon, 0.9m higher than the previous morning, when it showed 5.4m.", "0.9m"),
])
def test_margin_over_a_days_level_in_when_clause_flagged(text, span):
    found = problems(text, None, "FC301")
    assert [text[f.start:f.end] for f in found] == [span]


@pytest.mark.parametrize("text", [
    "Turnout reached 61,200 on Saturday, 3,800 more than on Friday, when 57,400 came through the gates.",
    "Queues at the border stretched to 14km yesterday, 5km longer than on Sunday, when they reached 9km.",
    "Attendance fell to 2,150 on Wednesday evening. That was 200 fewer than on Tuesday night, when 2,350 watched.",
    "The tide gauge read 6.1m at noon, 0.7m higher than the previous morning, when it showed 5.4m.",
    # the "when" clause counts something else
    "The river peaked at 5.4 metres on Tuesday, 1.3 metres higher than on Sunday, when 12 homes were flooded.",
])
def test_margin_over_a_days_level_in_when_clause_clean(text):
    assert not problems(text)


# ------------------------------------------ a level now with its change set apart after it, the earlier
# level in the sentence before (its period named in both): "In 2020 ... 1,810 names. This year the register
# lists 2,140 names, an increase of 430."
@pytest.mark.parametrize("text,code,span", [
    ("In 2020 the register listed 1,810 names. This year the register lists 2,140 names, an increase of 430.",
     "FC301", "430"),
    ("Last season the club sold 6,240 season tickets. This season it has sold 7,020 season tickets, a rise of 980.",
     "FC301", "980"),
    ("Last year the scheme paid out £3.46m in grants. This year it has paid out £3.92m - up £0.66m.", "FC301", "£0.66m"),
])
def test_level_with_apposed_change_earlier_level_before_flagged(text, code, span):
    found = problems(text, None, code)
    assert [text[f.start:f.end] for f in found] == [span]


@pytest.mark.parametrize("text", [
    "In 2020 the register listed 1,810 names. This year the register lists 2,140 names, an increase of 330.",
    "Last season the club sold 6,240 season tickets. This season it has sold 7,020 season tickets, a rise of 780.",
    "Last year the scheme paid out £3.46m in grants. This year it has paid out £3.92m - up £0.46m.",
    # the change is counted from another time than the sentence before names
    "The club had 1,810 members in May. Membership is 2,140, an increase of 430 since the merger.",
    # both sentences name the same period: two measures of one time, not a move
    "This year the register lists 1,810 names. This year the roll lists 2,140 names, an increase of 430.",
])
def test_level_with_apposed_change_earlier_level_before_clean(text):
    assert not problems(text)


# ------------------------------------------ the subject's level, a copula, then the size "up on" its base:
# "The 5,430 entries this year were 1,610 up on last year's 4,120"
@pytest.mark.parametrize("text,span", [
    ("Gate receipts of £412,000 this season were £95,000 up on last season's £347,000.", "£95,000"),
    ("The 2,870 arrests in March were 410 down on the 3,180 recorded in February.", "410"),
    ("Its 61,300 visitors last year were 8,900 up on 2023's 54,400.", "8,900"),
])
def test_subject_level_copula_size_up_on_base_flagged(text, span):
    found = problems(text, None, "FC301")
    assert [text[f.start:f.end] for f in found] == [span]


@pytest.mark.parametrize("text", [
    "Gate receipts of £412,000 this season were £65,000 up on last season's £347,000.",
    "The 2,870 arrests in March were 310 down on the 3,180 recorded in February.",
    "Its 61,300 visitors last year were 6,900 up on 2023's 54,400.",
])
def test_subject_level_copula_size_up_on_base_clean(text):
    assert not problems(text)

"""Changes family, round 13: own paraphrases, each with a clean twin."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text, published=None, code=None):
    found = [f for f in check_text(text, published) if f.is_problem]
    return [f for f in found if code is None or f.rule == code]


# ------------------------------------------ a margin of time against "last year's" / "her own" time
@pytest.mark.parametrize("text,span", [
    ("Her winning time of 4min 12.5sec was 3.1sec faster than last year's 4min 14.6sec.", "3.1sec"),
    ("The crew's 17min 48sec was 22sec slower than the previous year's 17min 36sec.", "22sec"),
    ("His 2:09:41 was 40 seconds slower than his own 2:09:11.", "40 seconds"),
    ("The average commute of 52 minutes is 9 minutes longer than last year's 46 minutes.", "9 minutes"),
])
def test_time_margin_against_owned_base_flagged(text, span):
    found = problems(text, None, "FC301")
    assert [text[f.start:f.end] for f in found] == [span]


@pytest.mark.parametrize("text", [
    "Her winning time of 4min 12.5sec was 2.1sec faster than last year's 4min 14.6sec.",
    "The crew's 17min 48sec was 12sec slower than the previous year's 17min 36sec.",
    "His 2:09:41 was 30 seconds slower than his own 2:09:11.",
    "The average commute of 52 minutes is 6 minutes longer than last year's 46 minutes.",
    # no base time stated
    "She ran 4min 12.5sec, 3.1sec faster than last year, in 35C heat.",
])
def test_time_margin_against_owned_base_clean(text):
    assert not problems(text)


# ------------------------------------------ a move in a ranking told of its object: "lifted her 14 places"
@pytest.mark.parametrize("text,span", [
    ("The win lifted her 14 places to 31st in the world rankings, from 49th.", "14"),
    ("A semi-final run took him up six places to No 12, from No 21.", "six"),
    ("Defeat dropped them three places to 15th, from 10th.", "three"),
    ("The title sent the club up 11 places to fourth, from 19th a month ago.", "11"),
    ("Two losses knocked her down four places to No 40, from No 33.", "four"),
])
def test_rank_move_of_object_flagged(text, span):
    found = problems(text, None, "FC301")
    assert [text[f.start:f.end] for f in found] == [span]


@pytest.mark.parametrize("text", [
    "The win lifted her 18 places to 31st in the world rankings, from 49th.",
    "A semi-final run took him up nine places to No 12, from No 21.",
    "Defeat dropped them five places to 15th, from 10th.",
    "The title sent the club up 15 places to fourth, from 19th a month ago.",
    "Two losses knocked her down seven places to No 40, from No 33.",
    # positions of another time after a clause break
    "The win lifted her 14 places in the rankings, to 31st; she had been 49th in May.",
])
def test_rank_move_of_object_clean(text):
    assert not problems(text)


# ------------------------------------------ "twice the 2019 figure of 1,200": the base named with its year
@pytest.mark.parametrize("text,span", [
    ("Membership now stands at 3,100, twice the 2019 figure of 1,200.", "twice"),
    ("Ticket sales reached 9,000, triple the 2022 total of 2,100.", "triple"),
    ("The fund is now £40m, double its 2015 value of £14m.", "double"),
])
def test_multiple_of_a_dated_base_flagged(text, span):
    found = problems(text, None, "FC302")
    assert [text[f.start:f.end] for f in found] == [span]


@pytest.mark.parametrize("text", [
    "Membership now stands at 2,400, twice the 2019 figure of 1,200.",
    "Ticket sales reached 6,300, triple the 2022 total of 2,100.",
    "The fund is now £28m, double its 2015 value of £14m.",
    # a year with no "of" before the base: not read as the base's own
    "Membership now stands at 3,100, twice the level in 2019, and 1,200 joined this year.",
])
def test_multiple_of_a_dated_base_clean(text):
    assert not problems(text)


# ------------------------------------------ the old level opening the sentence: "From 1,200 in 2019, ..."
@pytest.mark.parametrize("text,span,code", [
    ("From 1,200 in 2019, membership has doubled to 3,100.", "doubled", "FC302"),
    ("From £14m last year, the deficit has been cut by £3m to £9m.", "£3m", "FC301"),
    ("From 40 a decade ago, the number of stores has tripled to 95.", "tripled", "FC302"),
    ("From 2,300 in 2021, visits have risen by 400 to 2,950.", "400", "FC301"),
])
def test_fronted_old_level_flagged(text, span, code):
    found = problems(text, None, code)
    assert [text[f.start:f.end] for f in found] == [span]


@pytest.mark.parametrize("text", [
    "From 1,200 in 2019, membership has doubled to 2,400.",
    "From £14m last year, the deficit has been cut by £5m to £9m.",
    "From 40 a decade ago, the number of stores has tripled to 120.",
    "From 2,300 in 2021, visits have risen by 650 to 2,950.",
    # another move between: whose levels?
    "From 1,200 in 2019, membership rose to 3,100 in 2022 and has since doubled to 6,200.",
    "From 20 staff, the firm grew to 45 in 2020; it has doubled again to 90.",
])
def test_fronted_old_level_clean(text):
    assert not problems(text)


# ------------------------------------------ "a fourfold rise on last year's 1,200": the base after "on"
@pytest.mark.parametrize("text,span,code", [
    ("Membership has risen to 3,100, a fourfold increase on 2019's 1,200.", "fourfold", "FC302"),
    ("Bookings reached 840, a threefold jump on last year's 150.", "threefold", "FC302"),
    ("Sales fell to 300, a drop of 200 on 2019's 600.", "200", "FC301"),
])
def test_change_noun_on_base_flagged(text, span, code):
    found = problems(text, None, code)
    assert [text[f.start:f.end] for f in found] == [span]


@pytest.mark.parametrize("text", [
    "Membership has risen to 4,800, a fourfold increase on 2019's 1,200.",
    "Bookings reached 450, a threefold jump on last year's 150.",
    "Sales fell to 300, a drop of 300 on 2019's 600.",
    # the rise is on another thing
    "Sales fell to 300, a drop of 200 on the day, while stock rose to 600.",
])
def test_change_noun_on_base_clean(text):
    assert not problems(text)


# ------------------------------------------ the old level in the subject's relative clause
@pytest.mark.parametrize("text,span,code", [
    ("Membership, which was 1,200 in 2019, has since doubled to 3,100.", "doubled", "FC302"),
    ("The deficit, which stood at £14m a year ago, has been cut by £3m to £9m.", "£3m", "FC301"),
    ("The herd, which was 340 in 2015, has grown by 90 to 470.", "90", "FC301"),
])
def test_old_level_in_relative_clause_flagged(text, span, code):
    found = problems(text, None, code)
    assert [text[f.start:f.end] for f in found] == [span]


@pytest.mark.parametrize("text", [
    "Membership, which was 1,200 in 2019, has since doubled to 2,400.",
    "The deficit, which stood at £14m a year ago, has been cut by £5m to £9m.",
    "The herd, which was 340 in 2015, has grown by 130 to 470.",
    # the clause does not close before the move: another time in it
    "Membership, which was 1,200 in 2019 before the merger, has doubled to 3,100.",
    "The fund, which was worth £14m, lost £3m and then rose to £20m.",
])
def test_old_level_in_relative_clause_clean(text):
    assert not problems(text)

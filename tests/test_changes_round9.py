"""Changes, round 9: the base of a comparison named, then given in apposition."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text):
    return [f for f in check_text(text) if f.is_problem]


@pytest.mark.parametrize("text,span", [
    ("The £27m contract is £7m more than his previous deal, the £18m signed in 2021.", "£7m"),
    ("Sales of 4,300 units were 1,200 fewer than the firm's best year, the 5,100 of 2019.", "1,200"),
    ("At $61m, the budget is $14m higher than last season's figure, the $45m agreed in May.", "$14m"),
])
def test_apposed_base_flagged(text, span):
    found = problems(text)
    assert any(text[f.start:f.end] == span or any(r.text == span for r in f.related) for f in found), found


@pytest.mark.parametrize("text", [
    "The £27m contract is £9m more than his previous deal, the £18m signed in 2021.",
    "Sales of 4,300 units were 800 fewer than the firm's best year, the 5,100 of 2019.",
    "At $61m, the budget is $16m higher than last season's figure, the $45m agreed in May.",
])
def test_apposed_base_clean(text):
    assert not problems(text)


# "an extra N" sizes a move; "from an average of A to B" is two values, not a range;
# "N minutes longer than the M minutes" compares spans of time
@pytest.mark.parametrize("text,span", [
    ("Passenger numbers rose from 212,000 in 2023 to 251,000 last year, an extra 49,000 travellers.", "49,000"),
    ("Rents have risen 30% in four years, from an average of £820 to £940 a month.", "30%"),
    ("The school run now takes 41 minutes, 9 minutes longer than the 35 minutes it took in 2019.", "9 minutes"),
])
def test_round9_changes_flagged(text, span):
    found = problems(text)
    assert any(text[f.start:f.end] == span or any(r.text == span for r in f.related) for f in found), found


@pytest.mark.parametrize("text", [
    "Passenger numbers rose from 212,000 in 2023 to 251,000 last year, an extra 39,000 travellers.",
    "Rents have risen 15% in four years, from an average of £820 to £940 a month.",
    "The school run now takes 41 minutes, 6 minutes longer than the 35 minutes it took in 2019.",
    # "a further N%" lists one more part, no move
    "Of the 500 claims, 60% were paid, 30% were refused and a further 10% are pending.",
    # a range of averages, no move
    "Flats in the block sell for an average of £220,000 to £260,000.",
])
def test_round9_changes_clean(text):
    assert not problems(text)


def test_a_count_then_its_share_is_no_pair_of_percentages():
    from checker.api import analyse
    doc = analyse("Sales fell from 1,240 to 1,010, a drop of 230 or 23 per cent.")
    assert [(m.text, m.kind.name) for m in doc.mentions][2:] == [("230", "COUNT"), ("23 per cent", "PERCENT")]
    found = problems("Sales fell from 1,240 to 1,010, a drop of 230 or 23 per cent.")
    assert [f.rule for f in found] == ["FC203"] and "230" not in found[0].message.split("not")[-1]


@pytest.mark.parametrize("text,flag", [
    ("The number of taxis fell by 1,150 across the city's four boroughs, to 4,210 from 5,460.", True),
    ("The number of taxis fell by 1,250 across the city's four boroughs, to 4,210 from 5,460.", False),
    # a count of the same order between: another figure, no frame
    ("The number of taxis fell by 1,150 across 1,900 streets, to 4,210 from 5,460.", False),
])
def test_a_small_count_in_words_does_not_break_the_frame(text, flag):
    assert bool([f for f in problems(text) if f.rule == "FC301"]) == flag

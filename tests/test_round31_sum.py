"""Round 31, sums: readings learnt from a never-tuned set (be-sum), each written for its family -- variants of
other wording, numbers, order and units -- with clean twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 0. "its"/"their" before a figure, in a sentence opened by another name than the first figure's: that name's own
OWNER_CLEAN = [
    "Norway led the standings with 16 medals: eight gold, five silver and three bronze. Kenya, in third, took four golds among its 10 medals.",
    "Northgate Trust runs 14 clinics across the county. Southmead Health, its neighbour, closed two of its nine clinics last year.",
    "Acme Freight operates 240 lorries from the port. Birch Haulage, the smaller rival, keeps its 180 lorries at the inland depot.",
    "Kenya won 11 medals in all. Uganda finished with their 8 medals, three of them gold.",
    "The Rangers scored 71 goals in the league. Hibernian, runners-up, managed 12 fewer from its 38 games than the 83 goals it hit last term.",
]
OWNER_FLAG = [  # the same owner named again: a restatement that contradicts
    ("Norway led the standings with 16 medals: eight gold, five silver and three bronze. Norway took eight golds among its 15 medals.", "15"),
    ("Kenya won 11 medals in all. Kenya celebrated its 12 medals with a parade.", "12"),
]


@pytest.mark.parametrize("text", OWNER_CLEAN)
def test_owner_named_apart_is_no_restatement(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", OWNER_FLAG)
def test_owner_named_again_restates(text, target):
    assert_flagged(text, target, "FC4")

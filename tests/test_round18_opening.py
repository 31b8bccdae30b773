"""Round 18 (changes): a change by N to M whose old level is the day's opening, named as such ("having opened the
day at", "having begun trading at"), told in a participle after the move, fronted before it, in a relative clause
on the subject, or after a semicolon or in the next sentence (inferred there). A bare "after opening at" stays
unread: a day's move is often counted from the last close, which the opening need not equal. Each flagged row has
a clean twin."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# (text, target, rule prefix, published)
OPENING_AS_OLD_LEVEL = [
    ("The stock, which opened the day at 318p, sank 26p to close at 274p.", "26p", "FC301", None),
    ("Having opened the day at 318p, the stock sank 26p to close at 274p, dealers said.", "26p", "FC301", None),
    ("The stock sank 26p to close at 274p on Tuesday. It had opened the day at 318p.", "26p", "FC301", None),
    ("The stock sank 26p to close at 274p on Tuesday; it had opened the day at 318p.", "26p", "FC301", None),
    ("The euro gained 3 cents to $1.12, having begun trading at $1.07.", "3 cents", "FC301",
     None),
    ("Having begun trading at $71.20, oil climbed $1.50 to settle at $74.10 on Monday.", "$1.50", "FC301", None),
    ("Shares in the miner, which had opened the session at 1,412p, fell 61p to 1,333p.", "61p", "FC301", None),
    ("Shares in the miner fell 61p to 1,333p, having opened the session at 1,412p.", "61p", "FC301", None),
]
OPENING_AS_OLD_LEVEL_CLEAN = [
    (OPENING_AS_OLD_LEVEL[0][0].replace("26p", "44p"), None),
    (OPENING_AS_OLD_LEVEL[1][0].replace("26p", "44p"), None),
    (OPENING_AS_OLD_LEVEL[2][0].replace("26p", "44p"), None),
    (OPENING_AS_OLD_LEVEL[3][0].replace("26p", "44p"), None),
    (OPENING_AS_OLD_LEVEL[4][0].replace("3 cents", "5 cents"), None),
    (OPENING_AS_OLD_LEVEL[5][0].replace("$1.50", "$2.90"), None),
    (OPENING_AS_OLD_LEVEL[6][0].replace("61p", "79p"), None),
    (OPENING_AS_OLD_LEVEL[7][0].replace("61p", "79p"), None),
    # a bare opening price, the opening of another period, a level of another year: no old level read
    ("Shares rose 3% to 410p. They had opened at 402p.", None),
    ("Shares rose 14p to 326p on Friday. They had started the week at 280p.", None),
    ("Having stood at 8% in 2012, unemployment fell 0.3 points to 4.4%.", None),
    ("Having opened the day at 262p, the shares closed at 214p, a fall of 48p.", None),
]


@pytest.mark.parametrize("text,target,rule,published", OPENING_AS_OLD_LEVEL)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", OPENING_AS_OLD_LEVEL_CLEAN)
def test_clean(text, published):
    assert_clean(text, published)

"""Round 18 (changes, percents): a percentage sizing a comparative whose base is named by its time alone, then a
colon, a spaced dash or a closing bracket and the two levels as a move ("40% more members than in 2018: 372, up
from 124"); and a multiple before a comparative of a fall ("three times lower") is no ratio read. Each flagged row
has a clean twin."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# (text, target, rule prefix, published)
PERCENT_COMPARATIVE_THEN_LEVELS = [
    ("The choir now has 40% more singers than in 2018: 372, up from 124.", "40%", "FC203", None),
    ("Enrolment is 40% higher than in 2018 - 372, up from 124, the college said.", "40%", "FC203", None),
    ("Rents are about 15% lower than a year ago: £850 a month, down from £1,200.", "about 15%", "FC203", None),
    ("There are 25% fewer night buses than in 2019 (300, down from 480).", "25%", "FC203", None),
    ("The town has 30% fewer banks than it had in 1990: 12, down from 36.", "30%", "FC203", None),
    ("Season tickets are 10% cheaper than last year - £450, compared with £600.", "10%", "FC203", None),
    ("Exports were 12% bigger than in 2022: £56m, against £40m.", "12%", "FC203", None),
    ("Waiting lists are almost 20% longer than six months ago: 7,300, up from 5,200, figures show.", "almost 20%",
     "FC203", None),
]
PERCENT_COMPARATIVE_THEN_LEVELS_CLEAN = [
    (PERCENT_COMPARATIVE_THEN_LEVELS[0][0].replace("40%", "200%"), None),
    (PERCENT_COMPARATIVE_THEN_LEVELS[1][0].replace("40%", "200%"), None),
    (PERCENT_COMPARATIVE_THEN_LEVELS[2][0].replace("about 15%", "about 30%"), None),
    (PERCENT_COMPARATIVE_THEN_LEVELS[3][0].replace("25%", "37.5%"), None),
    (PERCENT_COMPARATIVE_THEN_LEVELS[4][0].replace("30%", "two-thirds"), None),
    (PERCENT_COMPARATIVE_THEN_LEVELS[5][0].replace("10%", "25%"), None),
    (PERCENT_COMPARATIVE_THEN_LEVELS[6][0].replace("12%", "40%"), None),
    (PERCENT_COMPARATIVE_THEN_LEVELS[7][0].replace("almost 20%", "almost 40%"), None),
    # the base is another subject, or the size is in points
    ("The club has 40% more members than rivals in 2018: 372, up from 124.", None),
    ("Turnout was 5 points higher than in 2019: 65%, up from 60%.", None),
]
# "three times lower" may mean a third: no multiple read
TIMES_LOWER_CLEAN = [
    ("Prices are three times lower than in 2015: £30, compared with £90.", None),
    ("Prices are three times lower than in 2015: £30, compared with £80.", None),
]


@pytest.mark.parametrize("text,target,rule,published", PERCENT_COMPARATIVE_THEN_LEVELS)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", PERCENT_COMPARATIVE_THEN_LEVELS_CLEAN + TIMES_LOWER_CLEAN)
def test_clean(text, published):
    assert_clean(text, published)

"""Round 25, false alarms on fresh clean articles (set ay): each reading that went wrong, written again in
other words, with its clean shape (silent) and a wrong twin (flagged) where the relation is explicit."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. A level per head set after a change with ", or": "for each of N people" shares the level out, it is not
#    the change's amount (percents._step_change, _PER_HEAD_AFTER).
PER_HEAD_CLEAN = [
    "Farm output was worth £8.6bn last year, up 4.9% from £8.2bn the year before, or about £1,600 for each "
    "of the region's 5.3 million residents.",
    "Tourism income reached $412m in 2023, up 3% from $400m a year earlier, or $4,100 to each of the "
    "100,000 households.",
]
PER_HEAD_FLAGGED = [
    ("Farm output was worth £8.6bn last year, up 7.9% from £8.2bn the year before, or about £1,600 for each "
     "of the region's 5.3 million residents.", "7.9%", "FC203"),
    ("Farm output rose by £0.4bn, or 9.9%, to £8.6bn last year.", "9.9%", "FC2"),
]

# 2. "X on day one, including Y from ..., then Z on day two": the figure after "including" is a piece of the
#    part before it, and the list goes on with parts placed like that part (sums._including_aside,
#    _siblings_past_aside).
ASIDE_CLEAN = [
    "The musical took £2.4m on its opening night, including £0.6m from advance sales, then £1.9m on the "
    "second night and £1.7m on the third.",
    "The fair drew 18,200 visitors on Saturday, including 4,100 from school groups, and 12,600 on Sunday.",
    "The show took £2.4m on its opening night, including £0.6m from advance sales and £1.1m from walk-ups, "
    "then £1.9m on the second night.",
    "The musical took £6.0m over its first three nights: £2.4m on the opening night, including £0.6m from "
    "advance sales, then £1.9m on the second night and £1.7m on the third.",
]
ASIDE_FLAGGED = [
    ("The musical took £6.3m over its first three nights: £2.4m on the opening night, including £0.6m from "
     "advance sales, then £1.9m on the second night and £1.7m on the third.", "£6.3m", "FC10"),
    ("The fair drew 18,200 visitors on Saturday: 4,100 from school groups, 9,900 from the town and 2,200 "
     "from elsewhere.", "18,200", "FC10"),
]

# 3. A figure after "up from" is the base of its own comparison: it is not the level reached by a second
#    comparison of the sentence ("1.6% higher than a year earlier, when ... stood at") (changes._base_of_its_own).
BASE_CLEAN = [
    "The average rent rose by 0.5% in May to £1,206. It was up from £1,200 in April and 4.1% higher than a "
    "year earlier, when the average stood at £1,158.",
    "Ridership climbed 2% in June to 51,240. That was up from 50,240 in May and 6.3% higher than a year "
    "before, when the line carried 48,200 passengers.",
]
BASE_FLAGGED = [
    ("The average rent was £1,206 in May, 9.1% higher than a year earlier, when the average stood at £1,158.",
     "9.1%", "FC203"),
    ("The average rent rose from £1,200 in April to £1,206 in May, a rise of 2.5%.", "2.5%", "FC203"),
]

# 4. Medal rows: a whole that its own sentence already breaks down in full belongs to that list, not to the
#    next row's; and a sentence opening on "Their total of N" gives the row before it its total
#    (sums._whole_of_own_list, _OWNED_TOTAL_OPENING).
ROWS_CLEAN = [
    "Kenya came seventh with 21 medals, six of them gold, five silver and ten bronze. That was three fewer "
    "than at the last Games.\n\nJamaica had a strong week, with four golds, five silvers and three bronzes. "
    "Their total of 12 equalled a record set in 2002.",
    "Kenya came seventh with 21 medals (6 gold, 5 silver, 10 bronze), ahead of Fiji.\n\nJamaica finished "
    "ninth, with four golds, five silvers and three bronzes. Their total of 12 was their best since 2002.",
    "Jamaica finished ninth, with four golds, five silvers and three bronzes. Their total of 12 beat the "
    "record of 10 set in 2002.",
]
ROWS_FLAGGED = [
    ("Jamaica finished ninth, with four golds, five silvers and three bronzes. Their total of 13 beat the "
     "record of 10 set in 2002.", "13", "FC101"),
    ("Kenya came seventh with 21 medals, six of them gold, five silver and 11 bronze.", "21", "FC101"),
    ("Kenya came seventh with 21 medals (6 gold, 5 silver, 11 bronze), ahead of Fiji.", "21", "FC101"),
]


@pytest.mark.parametrize("text", PER_HEAD_CLEAN + ASIDE_CLEAN + BASE_CLEAN + ROWS_CLEAN)
def test_clean_shapes_stay_silent(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target,rule", PER_HEAD_FLAGGED + ASIDE_FLAGGED + BASE_FLAGGED + ROWS_FLAGGED)
def test_wrong_twins_are_flagged(text, target, rule):
    assert_flagged(text, target, rule)

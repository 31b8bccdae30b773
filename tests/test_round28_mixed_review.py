"""Round 28 review of the mixed readings: shapes that the round's new readings took for errors, said here in other
words, next to the flag rows each reading was built for (they must still flag)."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. ", with X climbing from A to B": X names the change's own measure only with neutral words before its head
WITH_FLAGGED = [
    ("Rents in the city rose 3% over the year, with the typical rent going from $1,400 to $1,610.", "3%", "FC203"),
    ("Recorded burglaries have halved since 2019, with total burglaries falling from 5,200 to 4,300.", "halved",
     "FC302"),
    ("Cinema admissions rose 2% last year, with annual admissions climbing from 40 million to 48 million.", "2%",
     "FC203"),
]
WITH_CLEAN = [
    # a kind of the measure, named by an adjective or a compound before its head
    "Rents in the city rose 3% over the year, with studio rents going from $1,400 to $1,610.",
    "Exports rose 4% in the spring, with farm exports climbing from $20m to $26m.",
    "Profits fell 10% in the year, with underlying profit falling from £80m to £52m.",
    "Injuries at work fell 4%, with serious injuries dropping from 600 to 450.",
    "Student numbers grew 3%, with foreign students rising from 9,000 to 12,000.",
    # a rate or a figure per head of the measure
    "Spending on health rose 6%, with spending per patient rising from £3,000 to £3,050.",
    "Poverty rose by 15% in a decade, with the poverty rate climbing from 10.0% to 10.6%.",
    # the levels' own years between them, or a whole-year level against a change told for a month
    "Fares rose 2% last year, with the average fare going from £3.00 in 2015 to £3.90 now.",
    "Costs rose 2% in April, with annual costs going from 200 to 230.",
]

REVIEW_FLAGGED = WITH_FLAGGED
REVIEW_CLEAN = WITH_CLEAN


@pytest.mark.parametrize("text,target,rule", REVIEW_FLAGGED)
def test_review_flag_rows_still_flag(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", REVIEW_CLEAN)
def test_review_false_alarms_stay_silent(text):
    assert_clean(text)

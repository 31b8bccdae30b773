"""Round 29 (changes): the base of a multiple or a change described first and its figure set beside the description
("twice the previous record, £8.1m"; "up 47 on last year's count of 279"), and the size of a change as time taken off
a named record ("took 38 seconds off the previous record of 2:14:52")."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# a multiple, its base described with a determiner or owner, then the base's figure in apposition
@pytest.mark.parametrize("text, target", [
    ("Last night's crowd of 9,400 was three times the stadium's previous best, the 2,100 who came in 1998.",
     "three times"),
    ("Turnout reached 61,000, double the old attendance record for a women's fixture, 41,500.", "double"),
    ("Donations hit $4.8m, four times last year's appeal total, $2.9m, the charity said.", "four times"),
    ("A barrel now costs $44, half the price agreed in March, $60.", "half"),
    ("Rainfall of 96mm in a day was twice the old station record, 71mm, set in 1987.", "twice"),
    ("The lorry weighs 44 tonnes, more than three times the bridge's old limit, 17.5 tonnes.", "more than three times"),
])
def test_multiple_of_an_apposed_base_is_flagged(text, target):
    assert_flagged(text, target, "FC302")


@pytest.mark.parametrize("text", [
    "Turnout reached 83,000, double the old attendance record for a women's fixture, 41,500.",
    "Last night's crowd of 6,300 was three times the stadium's previous best, the 2,100 who came in 1998.",
    "The club paid £72m, twice its previous record, the £36m it spent on a winger in 2022.",
    "The fee of £72m is twice the club's previous record, and £30m more than its rivals paid.",
    "The fund now holds £9m, twice the target set in 2020, £2m more than the trustees hoped.",
    "Donations hit $4.8m, four times last year's appeal total, $1.2m of it from one donor.",
    "Donations hit $4.8m, four times last year's appeal, $3m more than the target.",
    "Sales reached 9,000, twice the total for the region, 4,000 of them in May.",
    "Rainfall of 96mm in a day was twice the monthly average, 71mm of it in the storm's first hour.",
])
def test_multiple_with_a_matching_or_other_apposed_figure_is_clean(text):
    assert_clean(text)

"""Round 25 (fa3): false alarms on fresh clean articles, mended in general, each with a wrong twin that is
still flagged where the text states the relation."""
from tests.shapes import assert_clean, assert_flagged

# -- a scoring rule ("four points for a win and two for a draw") is no part of the points earned

def test_points_rule_is_no_part_of_the_total():
    assert_clean("With four points for a win and two for a draw, Ashdown earned 46 points, and seven bonus "
                 "points took their total to 53.")


def test_points_rule_twin_with_wrong_total_is_flagged():
    assert_flagged("With four points for a win and two for a draw, Ashdown earned 46 points, and seven bonus "
                   "points took their total to 55.", "55", "FC101")


def test_points_per_result_with_each():
    assert_clean("Under a system of five points for each victory and two for every tie, Brook Lane collected "
                 "38 points, and four bonus points lifted their total to 42.")


def test_points_per_result_with_each_wrong_total():
    assert_flagged("Under a system of five points for each victory and two for every tie, Brook Lane collected "
                   "38 points, and four bonus points lifted their total to 44.", "44", "FC101")


def test_points_of_rounds_still_parts_of_the_sum():
    assert_flagged("The quiz team scored 12 points in the first round and 15 in the second, for a total of 29.",
                   "29", "FC101")


# -- "that" opening a clause ("meaning that about 14 people ...") is no demonstrative pointing back at a figure

def test_hedged_figure_after_conjunction_that_is_no_restatement():
    assert_clean("During the study, 88 patients given the vaccine fell ill, against 143 given a dummy jab. The "
                 "difference means that about 14 people must be vaccinated to prevent one illness.")


def test_figure_after_said_that_is_no_restatement():
    assert_clean("The survey found that 143 pupils had been bullied. The head said that 14 pupils had left the "
                 "school.")


def test_demonstrative_that_before_a_slipped_figure_still_flagged():
    assert_flagged("The survey found that 143 pupils had been bullied. That 14 figure was a shock.", "14 figure",
                   "FC408")


# -- "of those who voted" is the figure that voted ("and 2,950 did so"), not the one merely eligible to vote

def test_those_who_voted_are_the_ones_who_did_so():
    assert_clean("At the union's ballot, 4,300 staff were entitled to vote and 2,950 did so. Of those who voted, "
                 "71%, or about 2,090, backed the deal.")


def test_those_who_voted_with_eligible_whole_first():
    assert_clean("Of the 4,300 staff eligible to vote, 2,950 did so. Of those who voted, 71%, or about 2,090, "
                 "backed the deal.")


def test_those_who_voted_wrong_share_still_flagged():
    assert_flagged("At the union's ballot, 4,300 staff were entitled to vote and 2,950 did so. Of those who "
                   "voted, 61%, or about 2,090, backed the deal.", "61%", "FC201")


# -- a majority (a gap between two figures) in an earlier sentence is no total for "N% of the total"

def test_majority_before_is_no_whole_of_the_total():
    assert_clean("Labour overturned a Conservative majority of 12,340 in Fenwick on Thursday. Labour's candidate "
                 "took 9,815 votes, or 41.2% of the total.")


def test_majority_named_after_its_figure_is_no_whole():
    assert_clean("Labour overturned a 12,340 Conservative majority in Fenwick on Thursday. Labour's candidate "
                 "took 9,815 votes, or 41.2% of the total.")


def test_total_cast_before_still_checked():
    assert_flagged("A total of 23,820 votes were cast in Fenwick on Thursday. Labour's candidate took 9,815 votes, "
                   "or 45.2% of the total.", "45.2%", "FC201")

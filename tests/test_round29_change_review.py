"""Round 29 (changes), after review: the readings of the round narrowed to the shapes their docstrings name, each with
the flag it was built for next to the consistent or unrelated text that alarmed."""
import pytest

from checker.relate import changes
from tests.shapes import assert_clean, assert_flagged


# "slowdown" is a word of falling change again (a comment had swallowed its set)
def test_slowdown_is_a_word_of_falling_change():
    assert "slowdown" in changes.DOWN_WORDS and "slowdowns" in changes.DOWN_WORDS
    assert changes.direction_of("slowdown") == -1


# "on" a base named by its time, then "of": not what a result was earned on (revenue, sales) unless that is the measure
@pytest.mark.parametrize("text", [
    "Operating profit climbed £3m to £21m on the year's turnover of £140m.",
    "Net income rose $5m to $40m on last year's revenue of $300m.",
    "The bank's profit fell £1m to £9m on the previous quarter's deposits of £2bn.",
])
def test_result_on_what_it_was_earned_on_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("The charity's income reached £7.4m, a rise of £0.9m on the previous year's income of £6.1m.", "£0.9m"),
    ("Ticket sales were 41,000, up 9,000 on last season's sales of 37,000.", "9,000"),
    ("The gallery counted 6,100 visitors in May, up 700 on April's total of 5,200.", "700"),
])
def test_size_on_a_timed_base_of_the_measure_itself_still_flags(text, target):
    assert_flagged(text, target, "FC301")

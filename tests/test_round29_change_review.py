"""Round 29 (changes), after review: the readings of the round narrowed to the shapes their docstrings name, each with
the flag it was built for next to the consistent or unrelated text that alarmed."""
import pytest

from checker.relate import changes
from tests.shapes import assert_clean, assert_flagged


# "slowdown" is a word of falling change again (a comment had swallowed its set)
def test_slowdown_is_a_word_of_falling_change():
    assert "slowdown" in changes.DOWN_WORDS and "slowdowns" in changes.DOWN_WORDS
    assert changes.direction_of("slowdown") == -1

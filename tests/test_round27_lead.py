"""Round 27 (lead): false alarms found on fresh clean articles written by a writer who never saw the code.

- the two ends of a range of rates ("highest in A, at 64.1%, and lowest in B, where 49.8% ...") are no split of
  one whole (percents._EXTREMES);
- a definite figure picked by a participle phrase with an adverb before it ("the 286,000 patients urgently
  referred for ...") is another group, as it is without the adverb (restatements._MADE_TO, _VERB_PLACE_AFTER).
"""
import pytest

from tests.shapes import assert_clean, assert_flagged


@pytest.mark.parametrize("text", [
    "Turnout was highest in the hill district of Marrow, at 71.2%, and lowest in the harbour town of Ness, "
    "where 48.6% of electors voted.",
    "Pass rates were best at Kingsmead School, with 88%, and worst at Eastfield Academy, where 61% of pupils "
    "reached the grade.",
    "Vacancy rates were lowest in the north, at 47%, and highest in the capital, where 66% of posts stood empty.",
    "Uptake was greatest among over-80s, at 83.5%, and smallest among people in their fifties, at 52.1%.",
])
def test_the_two_ends_of_a_range_of_rates_are_no_split(text):
    assert_clean(text)


def test_a_split_with_one_superlative_still_adds_up():
    assert_flagged("The Greens won 45% of the vote, their highest share ever, Labour 30% and the Tories 31%.",
                   "30%", "FC202")


@pytest.mark.parametrize("text", [
    "Some 44,600 patients waited more than 12 hours for a bed. Ambulances were slow.\n\n"
    "Of the 286,000 patients urgently referred for suspected cancer in August, 70.9% were told within 28 days.",
    "About 3,100 pupils were excluded last term, the council said. Staffing is stretched.\n\n"
    "The 52,000 pupils newly enrolled for the autumn term will be taught in larger classes.",
    "Around 960 drivers were fined for speeding on the bypass. The road reopened in May.\n\n"
    "Of the 14,800 drivers quietly stopped by police at checkpoints, most were let go with a warning.",
])
def test_a_group_picked_by_a_participle_after_an_adverb_is_another_group(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "Support for the plan rose from 61.5% to 65%, up about four points.",
    "The party's share climbed from 27.5% to 31%, a gain of four points.",
    "Approval of the mayor slipped from 52.6% to 49.9%, down about three percentage points.",
])
def test_a_whole_number_of_points_is_rounded_to_the_point(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Support for the plan rose from 61.5% to 65%, up five points.", "five points"),
    ("Approval slipped from 48.2% to 45.9%, down three points.", "three points"),
    ("The share rose from 35% to 42%, a gain of 20 percentage points.", "20 percentage points"),
])
def test_a_points_size_beyond_its_rounding_still_flags(text, target):
    assert_flagged(text, target, "FC204")

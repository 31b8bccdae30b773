"""Round 31 review (mix): false alarms found in this round's new readings, mended; each row is consistent text."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# ------------------------------------------------------------ "..., ending a N-day X": a noun of wider scope
@pytest.mark.parametrize("text", [
    "The harbour was closed on 3 May and reopened on 9 May, ending a 40-day blockade of the coast by rebels.",
    "Bus drivers walked out on 3 May and returned on 9 May, ending a 12-day run of disruption across the county.",
    "The airport shut on 2 June and reopened on 5 June, ending a 30-day siege by militia fighters.",
])
def test_ended_noun_of_wider_scope_is_not_the_period(text):
    assert_clean(text)


def test_ended_period_still_checked():
    assert_flagged("Porters walked out on 4 March 2021 and returned on 11 March, ending a 20-day stoppage that "
                   "grounded flights.", "20-day", "FC507")


# ------------------------------------------------------------ level told before: a size with a time of its own
@pytest.mark.parametrize("text", [
    "The backlog has fallen to 320 cases. It has dropped from 410 in March, a fall of 60 in the summer alone.",
    "The queue has risen to 47. It has grown from 29 on Friday, an increase of 12 since Saturday.",
    "The debt has risen to £47m. It has grown from £30m, an increase of £12m this year, after £5m last year.",
    "Membership has risen to 4,800. It has grown from 3,100 in 2020, an increase of 1,500 on the year before that.",
    # the past perfect tells an earlier episode than the present perfect
    "The fund has grown to £47m, the trust said. It had grown from £30m, a rise of £12m, by the time of the last "
    "audit.",
])
def test_size_with_a_time_of_its_own_is_not_the_whole_move(text):
    assert_clean(text)


def test_whole_move_in_a_span_still_checked():
    assert_flagged("The queue has risen to 47. It has grown from 29 on Friday, an increase of 12 in three days.",
                   "12", "FC30")


# ------------------------------------------------------------ FC105: points that are not the score; a single not scored
@pytest.mark.parametrize("text", [
    "Leeds, 12 points clear at the top, scored three tries and two conversions in their 19-10 win.",
    "Saracens sit 9 points off the top after four tries and two conversions against Bath.",
    "Their 32 points came from four tries, three conversions and two penalties, and a drop goal was disallowed.",
    "Leeds' 25 points came from four tries, three conversions and a penalty that was missed.".replace(
        "25", "22"),
    "Their 26 points came from four tries and three conversions; Ford missed a penalty.",
])
def test_points_not_scored_or_a_score_not_made(text):
    assert_clean(text)


def test_breakdown_with_a_single_score_still_checked():
    assert_flagged("The Lions' 29 points came from three tries, a penalty try, and a drop goal by Farrell.", "29",
                   "FC105")


# ------------------------------------------------------------ calories: a bare "calorie" may be the small one
@pytest.mark.parametrize("text", [
    "Heating a litre of water by 1C takes 1,000 calories, or 4.2 kJ, physicists note.",
    "In the lab, the sample released 5,000 calories (about 21kJ) as it cooled.",
])
def test_small_calorie_of_physics_is_not_a_food_calorie_slip(text):
    assert_clean(text)


def test_food_calorie_conversion_still_checked():
    assert_flagged("Adults need 2,000 calories (4,200kJ) a day.", "4,200kJ", "FC6")
    assert_clean("Adults need 2,000 calories (8,400kJ) a day.")

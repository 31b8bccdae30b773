"""Round 38, the fallback readings: a breakdown closed by the rest, a rise or duty applied to a price, share
triangles on measures, a bare number read as an age and a pair after 'with', 'leaving the founders with N%', a
make-up of named parts and a record 'so far' -- each written afresh here with its near misses."""
import pytest

from shapes import flagged, infos, problems  # shared with the other tables


# ---------------------------------------------------------------- a breakdown closed by the rest (FC101)

def test_part_of_its_whole_then_the_remaining():
    text = "The ferry operator will run 38 of its usual 112 summer crossings, with the remaining 70 cancelled."
    assert flagged(text) == [("FC101", "112")]
    assert [f.severity.name for f in problems(text)] == ["WARNING"]


def test_part_of_its_whole_then_the_remaining_that_adds_up_is_verified():
    text = "The ferry operator will run 38 of its usual 112 summer crossings, with the remaining 74 cancelled."
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    # a word of contrast between the part and the rest
    "The ferry operator will run 38 of its usual 112 summer crossings, but the remaining 70 will be cancelled.",
    # another time between them
    "The ferry operator ran 38 of its usual 112 summer crossings last year, with the remaining 70 cancelled.",
    # the rest is not the last figure of its kind
    "The ferry operator will run 38 of its usual 112 summer crossings, with the remaining 70 cancelled and 4 more "
    "on standby.",
])
def test_part_of_its_whole_near_misses(text):
    assert problems(text) == []


_INJURED = ("Paramedics said 14 of the injured were taken to the county hospital and five to a clinic in Ardee; "
            "the other three were treated at the scene.")


def test_parts_under_the_figure_in_the_sentence_before():
    text = "Twenty-three people were hurt when the footbridge gave way in Dunmore on Saturday. " + _INJURED
    assert flagged(text) == [("FC101", "Twenty-three")]
    assert [f.severity.name for f in problems(text)] == ["WARNING"]


def test_parts_under_the_figure_in_the_sentence_before_that_add_up():
    text = ("Twenty-two people were hurt when the footbridge gave way in Dunmore on Saturday. " + _INJURED)
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


def test_whole_told_without_a_word_of_change_is_read():
    text = "Injuries at the festival reached 23 on Saturday. " + _INJURED
    assert flagged(text) == [("FC101", "23")]


@pytest.mark.parametrize("text", [
    # the figure before is the level of a change
    "Injuries at the festival rose to 23 on Saturday. " + _INJURED,
    "Twenty-three people were hurt at the festival this year, up 35% from 17 a year earlier. " + _INJURED,
    # the parts are far from the figure before: parts of something else
    "Sixty people were hurt when the footbridge gave way in Dunmore on Saturday. " + _INJURED,
    # the figure before is itself one more part
    "A further 23 people were hurt when the footbridge gave way in Dunmore on Saturday. " + _INJURED,
    "The largest group, 23 passengers, had been sitting in the front coach when the bridge gave way. " + _INJURED,
    # the list goes on from the sentence before
    "Twenty-three people were hurt when the footbridge gave way in Dunmore on Saturday. Paramedics said 14 of the "
    "injured were taken to the county hospital and five to a clinic in Ardee; the other three, too, were treated at "
    "the scene.",
    # the first part names no whole it divides
    "Twenty-three people were hurt when the footbridge gave way in Dunmore on Saturday. Paramedics said 14 with head "
    "injuries were taken to the county hospital and five to a clinic in Ardee; the other three were treated at the "
    "scene.",
])
def test_parts_under_the_sentence_before_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- a rate applied to a sum (FC201)

def test_rise_adds_an_amount_to_a_typical_bill():
    text = "A 7.2 per cent increase in water charges will add £41 a year to an average bill of £480, the regulator said."
    assert flagged(text) == [("FC201", "7.2 per cent")]
    assert [f.severity.name for f in problems(text)] == ["WARNING"]


def test_rise_adds_the_right_amount_is_verified():
    text = "A 7.2 per cent increase in water charges will add £35 a year to an average bill of £480, the regulator said."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


def test_fare_rise_means_a_pass_holder_pays_more():
    text = ("Bus fares in the county will go up by 5.5 per cent in January, meaning a student with a £640 annual pass "
            "will pay £42 more.")
    assert flagged(text) == [("FC201", "5.5 per cent")]


def test_fare_rise_that_fits_the_pass_is_verified():
    text = ("Bus fares in the county will go up by 5.5 per cent in January, meaning a student with a £640 annual pass "
            "will pay £35 more.")
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


def test_duty_on_a_priced_machine():
    text = "A 25% duty on a tractor priced at $88,000 would add $26,000 to its cost, dealers warned."
    assert flagged(text) == [("FC201", "25%")]


def test_duty_on_a_priced_machine_that_fits_is_verified():
    text = "A 25% duty on a tractor priced at $88,000 would add $22,000 to its cost, dealers warned."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    # the bill told after the rise: £32 is 7.2% of £448
    "A 7.2 per cent increase in water charges will add £32 a year to an average bill of £480, the regulator said.",
    # the sum told as a change, not a price
    "Receipts from the levy had gone up by £4.2m, and the 8.5% increase in the rate had added about £3.0m, the "
    "council said.",
    # "from ... to" in the sentence: which sum the rate applies to is unclear
    "A 7.2 per cent increase in water charges, due to run from April to March, will add £41 a year to an average "
    "bill of £480.",
])
def test_applied_rate_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- share triangles, new shapes (FC201)

def test_part_of_a_measured_whole_with_the_share_set_apart():
    text = "The wildfire burned 900 of the park's 3,000 hectares of woodland, roughly a half of its protected area."
    assert flagged(text) == [("FC201", "roughly a half")]


def test_part_of_a_measured_whole_that_fits_is_verified():
    text = "The wildfire burned 1,500 of the park's 3,000 hectares of woodland, roughly a half of its protected area."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


def test_share_first_then_the_pair_after_with():
    text = "Electric models took 22% of new car sales in Norway in March, with 3,100 sold out of a total of 11,800."
    assert flagged(text) == [("FC201", "22%")]


def test_share_first_then_the_pair_after_with_that_fits_is_verified():
    text = "Electric models took 22% of new car sales in Norway in March, with 2,600 sold out of a total of 11,800."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


def test_bare_number_set_apart_read_as_an_age():
    text = "Two-fifths of the 45 seats in the Assembly, 13, are held by independents."
    assert flagged(text) == [("FC201", "Two-fifths")]


def test_bare_number_set_apart_that_fits_is_verified():
    text = "Two-fifths of the 45 seats in the Assembly, 18, are held by independents."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


def test_make_up_is_no_word_of_change():
    text = "Independents make up 40% of the 45 members of the Assembly - 13 in all."
    assert flagged(text) == [("FC201", "40%")]


def test_make_up_that_fits_is_verified():
    text = "Independents make up 40% of the 45 members of the Assembly - 18 in all."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    # the second count opens a clause of its own
    "Independents make up 40% of the 45 members of the Assembly, and 13 members sit on no committee.",
    "Independents hold 40% of the 45 seats in the Assembly, and 13 members sit on no committee.",
])
def test_share_triangle_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- 'leaving the founders with N%' (FC202)

def test_leaving_the_founders_with_the_rest():
    text = ("After the share sale, a pension fund holds 22% of the airline, a sovereign fund 17% and retail "
            "investors 9%, leaving the founders with 48%.")
    assert flagged(text) == [("FC202", "48%")]


def test_leaving_the_founders_with_the_rest_that_adds_up_is_verified():
    text = ("After the share sale, a pension fund holds 22% of the airline, a sovereign fund 17% and retail "
            "investors 9%, leaving the founders with 52%.")
    assert problems(text) == []
    assert "FC202" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    # a share of another whole
    "After the share sale, a pension fund holds 22% of the airline, a sovereign fund 17% and retail investors 9%, "
    "leaving the founders with 48% of the votes.",
    # no "with": not the rest
    "After the share sale, a pension fund holds 22% of the airline, a sovereign fund 17% and retail investors 9%, "
    "leaving the founders keen on 48%.",
])
def test_leaving_with_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- sums (FC101)

def test_listing_comprises_two_named_parts():
    text = ("The chipmaker's $2.4bn listing comprises a fresh issue of shares worth $900m and a sale of existing "
            "stock valued at $1.7bn.")
    assert flagged(text) == [("FC101", "$2.4bn")]
    assert [f.severity.name for f in problems(text)] == ["ERROR"]


def test_listing_comprises_two_named_parts_that_add_up():
    text = ("The chipmaker's $2.4bn listing comprises a fresh issue of shares worth $900m and a sale of existing "
            "stock valued at $1.5bn.")
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


def test_rebuild_made_up_of_a_grant_and_an_appeal():
    text = "The hospital's £38m rebuild is made up of a government grant of £25m and a public appeal of £15m."
    assert flagged(text) == [("FC101", "£38m")]


def test_comprises_then_another_clause_stays_silent():
    text = ("The chipmaker's $2.4bn listing comprises a fresh issue of shares worth $900m, the bankers said, and "
            "follows a $1.7bn bond sale last year.")
    assert problems(text) == []


def test_record_of_games_so_far():
    text = "Harbour Athletic have won 13, drawn five and lost three of their 22 league games so far."
    assert flagged(text) == [("FC101", "22")]
    assert [f.severity.name for f in problems(text)] == ["ERROR"]


def test_record_of_games_so_far_that_adds_up():
    text = "Harbour Athletic have won 13, drawn five and lost four of their 22 league games so far."
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    "Harbour Athletic have won 13, drawn five and lost three of their 22 league games, with one still to be replayed.",
    "Harbour Athletic have won 13, drawn five and lost three of their 22 league games, with the rest still to come.",
])
def test_record_with_games_left_out_stays_silent(text):
    assert problems(text) == []

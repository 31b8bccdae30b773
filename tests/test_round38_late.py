"""Round 38's last readings and mends (commits d0303f23 and e705e304): a record time cut told before the new time,
an age after a birth past a place or side, a part "of" the total broken down, two false alarms of the start code, a
share after "putting turnout at", a headline's scale reading.  Own wording."""
from shapes import flagged, infos, problems  # shared with the other tables


# ---------------------------------------------------------------- a record cut, the new time after the old

def test_time_off_the_record_then_the_finish():
    text = "Okello shaved 41 seconds off the course record of 2:08:15, crossing the line in 2:07:44."
    assert flagged(text) == [("FC301", "41 seconds")]


def test_time_off_the_record_then_the_finish_that_fits():
    text = "Okello shaved 31 seconds off the course record of 2:08:15, crossing the line in 2:07:44."
    assert problems(text) == []
    assert "FC301" in [f.rule for f in infos(text)]


def test_time_off_the_record_then_another_time_stays_silent():
    text = "Okello shaved 41 seconds off the course record of 2:08:15, and his pacemaker dropped out at 1:02:10."
    assert problems(text) == []


# ---------------------------------------------------------------- an age after a birth, past a place or a side

def test_age_after_birth_past_a_side():
    text = ("Maria Lopes, born on 2 May 1990 in Porto, scored twice for Benfica Lisbon on Sunday, and the 38-year-old "
            "says she will play on.")
    assert flagged(text, "2025-06-01") == [("FC506", "38-year-old")]


def test_age_after_birth_past_a_side_that_fits():
    text = ("Maria Lopes, born on 2 May 1990 in Porto, scored twice for Benfica Lisbon on Sunday, and the 35-year-old "
            "says she will play on.")
    assert problems(text, "2025-06-01") == []


def test_age_after_a_pass_to_another_player_stays_silent():
    text = "Maria Lopes, born on 2 May 1990, passed to Ana Reis on Sunday, and the 38-year-old scored."
    assert problems(text, "2025-06-01") == []


# ---------------------------------------------------------------- a part "of" the total, broken down

def test_allies_seats_broken_down():
    text = ("The governing bloc won 151 of the 400 seats, with the Labour Party taking 80, the Greens 31, the Centre "
            "19 and the rest 12.")
    assert flagged(text) == [("FC101", "151")]


def test_allies_seats_broken_down_that_add_up():
    text = ("The governing bloc won 142 of the 400 seats, with the Labour Party taking 80, the Greens 31, the Centre "
            "19 and the rest 12.")
    assert problems(text) == []


def test_parts_of_the_total_stay_parts_of_the_total():
    text = "Labour won 151 of the 401 seats, with the Tories taking 147, the Greens 63 and the rest 40."
    assert problems(text) == []
    text = "Labour won 151 of the 401 seats, with the Tories taking 147, the Greens 63 and the rest 50."
    assert flagged(text) == [("FC101", "401")]


# ---------------------------------------------------------------- two false alarms of the start code

def test_a_chamber_is_no_change():
    text = "The party lost 41 seats, falling from 190 to 149 in the 350-member lower house."
    assert problems(text) == []


def test_a_tally_of_seats_under_a_count_of_wards():
    text = "Leeds City Council, after all 33 wards declared: Labour 58, Conservatives 21, Greens 11, Others 9."
    assert problems(text) == []


def test_a_tally_that_adds_up_to_its_seats_verifies():
    text = "After all 99 seats were declared: Labour 58, Conservatives 21, Greens 11, Others 9."
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


def test_the_house_size_is_no_total_of_the_seats_held():
    text = ("The coalition will hold 240 seats in the new 400-member parliament, according to the results: the Liberals "
            "won 120, the Farmers 70 and the Greens 50.")
    assert problems(text) == []


# ---------------------------------------------------------------- a share after "putting turnout at"

def test_turnout_after_the_whole_and_the_part():
    text = "Of 41.2 million registered voters, 24.7 million cast ballots, putting turnout at 70.0%, officials said."
    assert flagged(text) == [("FC201", "70.0%")]


def test_turnout_after_the_whole_and_the_part_that_fits():
    text = "Of 41.2 million registered voters, 24.7 million cast ballots, putting turnout at 60.0%, officials said."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


# ---------------------------------------------------------------- a headline's reading on a scale

def test_headline_magnitude_against_the_lead():
    text = "Magnitude 6.4 quake hits northern Chile\nA magnitude-6.1 earthquake struck near Arica on Monday, officials said."
    assert flagged(text) == [("FC401", "6.1")]


def test_headline_magnitude_that_matches_stays_silent():
    text = "Magnitude 6.4 quake hits northern Chile\nA magnitude-6.4 earthquake struck near Arica on Monday, officials said."
    assert problems(text) == []


def test_headline_magnitude_against_an_aftershock_stays_silent():
    text = "Magnitude 6.4 quake hits northern Chile\nA magnitude 5.1 aftershock followed near Arica on Monday."
    assert problems(text) == []


# ---------------------------------------------------------------- medals won by kind; two outcomes of a record

def test_medals_by_kind_after_winning():
    text = "Kenya's team ended the games with 11 medals, winning four golds, three silvers and five bronzes."
    assert flagged(text) == [("FC101", "11")]


def test_medals_by_kind_after_winning_that_add_up():
    text = "Kenya's team ended the games with 12 medals, winning four golds, three silvers and five bronzes."
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


def test_medals_of_two_kinds_only_stay_silent():
    text = "Kenya's team ended the games with 12 medals, winning four golds and three silvers."
    assert problems(text) == []


def test_won_and_lost_more_than_the_games():
    text = "Rovers won 11 and lost eight of their 18 league games this season."
    assert flagged(text) == [("FC102", "18")]


def test_played_then_won_and_lost_more_than_played():
    text = "The Canadian played 26 matches on grass, winning 19 and losing nine."
    assert flagged(text) == [("FC102", "26")]


def test_won_and_lost_fewer_than_the_games_stay_silent():
    text = "Rovers won 9 and lost eight of their 18 league games this season."
    assert problems(text) == []


def test_won_and_lost_with_draws_told_is_left_to_the_record_reader():
    from checker.api import analyse
    from checker.relate.sums import find_two_outcome_record
    text = "Rovers won 11 and lost eight of their 18 league games, with one drawn."
    assert list(find_two_outcome_record(analyse(text))) == []  # a draw told: the three-outcome readers decide
    assert len(list(find_two_outcome_record(analyse(text.replace(", with one drawn", ""))))) == 1


# ---------------------------------------------------------------- a list of parties closed by the smaller ones

def test_seats_closed_by_smaller_parties():
    text = ("Of the 57 seats on the assembly, the Alliance won 19, the Unionists 14, Labour nine and independents and "
            "smaller parties eight.")
    assert flagged(text) == [("FC101", "57")]


def test_seats_closed_by_smaller_parties_that_add_up():
    text = ("Of the 57 seats on the assembly, the Alliance won 19, the Unionists 14, Labour nine and independents and "
            "smaller parties 15.")
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


def test_seats_listed_without_the_rest_stay_partial():
    text = "Of the 57 seats on the assembly, the Alliance won 19, the Unionists 14 and Labour nine."
    assert problems(text) == []

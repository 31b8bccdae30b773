"""Round 38, the lead's own readings: a share and the two figures it divides, a bare margin, 'leaving N%', blank
ballots, a film's takings, aged anaphors after a named age or a birth date, a team restated by its members, a
headline's length of time, and counts before listed names or places -- each written afresh here with its near
misses."""
import pytest

from shapes import flagged, infos, problems  # shared with the other tables


# ---------------------------------------------------------------- share triangles (FC201)

def test_share_of_a_goal_with_the_amount_raised_elsewhere():
    text = "The hospice appeal has passed 70% of its £300,000 goal, with £180,000 pledged by donors."
    assert flagged(text) == [("FC201", "70%")]
    assert [f.severity.name for f in problems(text)] == ["WARNING"]


def test_share_of_a_goal_that_fits_the_amount_raised_is_verified():
    text = "The hospice appeal has passed 70% of its £300,000 goal, with £210,000 pledged by donors."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


def test_majority_after_the_whole_opening_the_sentence():
    text = "Of the 2,350 nurses balloted, 1,504 backed a walkout, a majority of 72 per cent."
    assert flagged(text) == [("FC201", "72 per cent")]


def test_majority_after_the_whole_that_fits_is_verified():
    text = "Of the 2,350 nurses balloted, 1,692 backed a walkout, a majority of 72 per cent."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


def test_part_set_apart_after_a_share_of_that_time():
    text = ("The lift was out of service for 9,600 hours over the decade, and three-quarters of that time - "
            "6,100 hours - was spent waiting for parts.")
    assert flagged(text) == [("FC201", "three-quarters")]


def test_cut_of_every_booking_told_on_an_average_one():
    text = "The platform keeps 15% of every booking - $24 on an average $200 room."
    assert flagged(text) == [("FC201", "15%")]


def test_cut_of_every_booking_that_fits_is_verified():
    text = "The platform keeps 12% of every booking - $24 on an average $200 room."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


def test_share_told_against_the_rest_is_consistent():
    text = "Three in four of the 1,200 trains ran on time, with 300 delayed by the storm."
    assert problems(text) == []  # (a count "with" a verb of its own is not read: another group, perhaps)


@pytest.mark.parametrize("text", [
    # a part of the part, not of the whole
    "Women account for 40% of the 3,000 drivers on the scheme, and 300 of those drivers work nights.",
    # what each of two gets, the share being of the two together
    "The two runners-up each received £3,000, half of the £12,000 prize fund between them.",
    # a word of change: the two sums may be two levels
    "The hospice appeal has reached 70% of its £300,000 goal, up from £180,000 in spring.",
    # "make up" carries "up": the finder stands down
    "Women make up 40% of the 3,000 drivers on the scheme, and 300 drivers work nights.",
])
def test_share_triangle_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- a bare margin (FC201)

def test_bare_margin_on_the_one_net_profit():
    text = "The brewer reported a net profit of $42 million on revenue of $600 million, a margin of 9 per cent."
    assert flagged(text) == [("FC201", "9 per cent")]


def test_bare_margin_on_the_one_net_profit_that_fits():
    text = "The bakery chain made a net profit of £18m on sales of £240m, giving a margin of 7.5 per cent."
    assert problems(text) == []
    assert "FC201" in [f.rule for f in infos(text)]


def test_bare_margin_with_two_profits_told_stays_silent():
    text = ("The brewer reported an operating profit of $60 million and a net profit of $42 million on revenue "
            "of $600 million, a margin of 9 per cent.")
    assert problems(text) == []


# ---------------------------------------------------------------- 'leaving N%' (FC202)

def test_leaving_closes_a_list_of_two_shares():
    text = "E-books accounted for 41% of the publisher's sales last quarter, leaving 64% in print."
    assert flagged(text) == [("FC202", "64%")]


def test_leaving_the_rest_that_adds_up_is_verified():
    text = "Online orders accounted for 27% of the retailer's turnover, leaving 73% in its branches."
    assert problems(text) == []
    assert "FC202" in [f.rule for f in infos(text)]


def test_leaving_a_share_of_another_whole_stays_silent():
    text = "Online orders accounted for 27% of the retailer's turnover, leaving 78% of its staff idle in the branches."
    assert problems(text) == []


# ---------------------------------------------------------------- sums and categories (FC101)

def test_blank_ballots_complete_the_outcomes():
    text = "Of the 31,620 ballots returned, 17,208 were marked yes, 13,377 no and 905 were left blank."
    assert flagged(text) == [("FC101", "31,620")]
    assert [f.severity.name for f in problems(text)] == ["ERROR"]


def test_blank_ballots_that_add_up_are_verified():
    text = "Of the 31,490 ballots returned, 17,208 were marked yes, 13,377 no and 905 were left blank."
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


def test_ballots_left_over_are_no_outcome():
    text = "Of the 31,620 ballots returned, 17,208 were marked yes, 13,377 no and 905 were left over."
    assert problems(text) == []
    assert "FC101" not in [f.rule for f in infos(text)]


def test_film_takings_north_american_and_international():
    text = ("The animated sequel has taken $912 million worldwide, with $388 million from North American theaters "
            "and $514 million from international markets.")
    assert flagged(text) == [("FC101", "$912 million")]


def test_film_takings_that_add_up_are_verified():
    text = ("The animated sequel has taken $902 million worldwide, with $388 million from North American theaters "
            "and $514 million from international markets.")
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


# ---------------------------------------------------------------- restatements (FC401, FC402, FC403)

def test_aged_anaphor_with_a_background_relative():
    text = ("Priya Nair, 18, reached the final of the national squash championship in Manchester on Sunday. "
            "The 20-year-old, who joined the senior tour in the spring, beat the top seed in straight games.")
    assert flagged(text) == [("FC403", "20-year-old")]


def test_aged_anaphor_with_a_background_relative_same_age():
    text = ("Priya Nair, 18, reached the final of the national squash championship in Manchester on Sunday. "
            "The 18-year-old, who joined the senior tour in the spring, beat the top seed in straight games.")
    assert problems(text) == []
    assert "FC403" in [f.rule for f in infos(text)]


def test_aged_relative_in_a_passage_of_two_parties_stays_silent():
    text = ("Priya Nair, 18, was struck by a van on the ring road in Manchester on Sunday. "
            "The 47-year-old, who lives nearby, has been charged with dangerous driving.")
    assert problems(text) == []


def test_became_the_youngest_rider_describes_the_holder():
    text = ("Tom Hale, 17, became the youngest rider to win the Tour of Ulster on Saturday. "
            "The 20-year-old won the final stage by a wheel.")
    assert flagged(text) == [("FC403", "20-year-old")]


def test_became_the_youngest_rider_same_age_is_verified():
    text = ("Tom Hale, 17, became the youngest rider to win the Tour of Ulster on Saturday. "
            "The 17-year-old won the final stage by a wheel.")
    assert problems(text) == []
    assert "FC403" in [f.rule for f in infos(text)]


def test_team_of_engineers_restated_by_its_members():
    text = ("A team of 16 engineers spent the night restoring power to the valley. "
            "All 13 members of the team were praised by the council.")
    assert flagged(text) == [("FC402", "13")]


def test_team_of_engineers_restated_alike_is_verified():
    text = ("A team of 16 engineers spent the night restoring power to the valley. "
            "All 16 members of the team were praised by the council.")
    assert problems(text) == []
    assert "FC402" in [f.rule for f in infos(text)]


def test_headline_wait_against_the_lead_wait():
    text = ("Grandfather waited 14 hours for a bed after stroke\n"
            "An 88-year-old man lay on a trolley for 11 hours at Wrexham hospital, waiting for a bed on a ward.")
    assert flagged(text) == [("FC401", "11 hours")]


def test_headline_years_against_the_lead_years():
    text = ("Families waited 10 years for council homes\n"
            "Families on the housing list in Hull waited seven years on average for a council home, figures show.")
    assert flagged(text) == [("FC401", "seven years")]


@pytest.mark.parametrize("text", [
    # the same length in both
    "Grandfather waited 14 hours for a bed after stroke\n"
    "An 88-year-old man lay on a trolley for 14 hours at Wrexham hospital, waiting for a bed on a ward.",
    # the headline's length is a window, not the wait
    "Families waited longest in 10 years for council homes\n"
    "Families on the housing list in Hull waited seven years on average for a council home, figures show.",
    "Families waited longest in a decade for council homes\n"
    "Families on the housing list in Hull waited seven years on average for a council home, figures show.",
])
def test_headline_length_near_misses(text):
    assert problems(text) == []


# ---------------------------------------------------------------- an age after a birth date (FC506)

def test_aged_anaphor_after_a_birth_date_with_last_year():
    text = ("Margaret Doyle, born on 22 March 1958, founded the charity in her kitchen. "
            "The 69-year-old was awarded an OBE last year.")
    assert flagged(text, "2026-05-10") == [("FC506", "69-year-old")]


def test_aged_anaphor_after_a_birth_date_with_last_year_this_age():
    text = ("Margaret Doyle, born on 22 March 1958, founded the charity in her kitchen. "
            "The 68-year-old was awarded an OBE last year.")
    assert problems(text, "2026-05-10") == []
    assert "FC506" in [f.rule for f in infos(text, "2026-05-10")]


def test_aged_anaphor_after_a_birth_date_with_last_years_age_stays_silent():
    text = ("Margaret Doyle, born on 22 March 1958, founded the charity in her kitchen. "
            "The 67-year-old was awarded an OBE last year.")
    assert problems(text, "2026-05-10") == []


# ---------------------------------------------------------------- lists (FC410)

def test_role_before_the_listed_names():
    text = "The board's two holdouts, directors Helen Marsh, Omar Reid and Lucy Tan, voted against the takeover."
    assert flagged(text) == [("FC410", "two")]


def test_role_before_the_listed_names_that_fit():
    text = "The court's three dissenters, judges Helen Marsh, Omar Reid and Lucy Tan, would have allowed the appeal."
    assert problems(text) == []
    assert "FC410" in [f.rule for f in infos(text)]


def test_places_of_a_plural_object():
    text = "The ban will cover pubs in three boroughs, Camden and Hackney."
    assert flagged(text) == [("FC410", "three")]


def test_places_of_a_plural_object_that_fit():
    text = "Grants will go to farms in four counties, Devon, Dorset, Somerset and Cornwall."
    assert problems(text) == []
    assert "FC410" in [f.rule for f in infos(text)]


def test_places_of_a_plural_object_with_no_list_stays_silent():
    text = "Grants will go to farms in four counties, officials said on Tuesday."
    assert problems(text) == []

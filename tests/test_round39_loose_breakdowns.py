"""Round 39: a total and its parts read from the sentence's shape (checker/relate/loose_breakdowns.py), the sum
finders' last fallback.  Each reading has a flagged case and a near miss that must stay silent.  Own wording."""
import pytest

from checker.api import analyse
from checker.relate.loose_breakdowns import find_loose_breakdowns
from shapes import flagged, infos, problems


def _loose(text):
    return list(find_loose_breakdowns(analyse(text)))


# ---------------------------------------------------------------- parts "of them", two halves of one whole

def test_of_them_parts_past_a_time():
    text = ("The shelter took in 236 dogs over the summer, 141 of them puppies and 117 adult dogs, the charity said "
            "on Tuesday.")
    assert flagged(text) == [("FC102", "236")]  # 141 + 117 = 258, more than the whole


def test_of_them_parts_that_add_up():
    text = ("The shelter took in 236 dogs over the summer, 141 of them puppies and 95 adult dogs, the charity said "
            "on Tuesday.")
    assert problems(text) == []


def test_adults_and_children_are_the_whole():
    text = "The ferry was carrying 318 passengers last night, 204 of them adults and 96 children."
    assert flagged(text) == [("FC101", "318")]  # 300 of 318: the halves leave no one out
    assert _loose(text)[0].complete


def test_some_of_them_short_of_the_total_stay_silent():
    text = "The ferry was carrying 318 passengers last night, 204 of them from Orkney and 96 from Shetland."
    assert problems(text) == []  # more may have come from elsewhere


# ---------------------------------------------------------------- the sentence after: "Of those, ..."

def test_of_those_past_an_age_in_the_label():
    text = ("The clinic vaccinated 264 people on Saturday. Of those, 171 were aged over 50 and 109 were younger, "
            "a nurse said.")
    assert flagged(text) == [("FC101", "264")]  # 171 + 109 = 280


def test_of_those_past_an_age_that_add_up():
    text = ("The clinic vaccinated 264 people on Saturday. Of those, 171 were aged over 50 and 93 were younger, "
            "a nurse said.")
    assert problems(text) == []
    assert "FC101" in [f.rule for f in infos(text)]


def test_two_thresholds_are_no_halves():
    text = ("The clinic vaccinated 264 people on Saturday. Of those, 171 were over 70 and 52 were children under "
            "ten, a nurse said.")
    assert problems(text) == []  # over 70 and under ten leave the ages between out


def test_a_verb_of_composition_in_the_next_sentence():
    text = ("Fire crews were called to 88 fires over the weekend. The fires comprised 41 grass fires, "
            "29 house fires and 24 car fires.")
    assert flagged(text) == [("FC101", "88")]  # 41 + 29 + 24 = 94 (not 41 as the whole of 29 and 24)


# ---------------------------------------------------------------- a count of the parts beside them

def test_split_three_ways_is_the_whole():
    text = ("The council's £96m roads budget will be split three ways, with £41m for resurfacing, £30m for "
            "bridges and £19m for cycle lanes.")
    assert flagged(text) == [("FC101", "£96m")]  # £90m of £96m
    assert _loose(text)[0].complete


def test_the_only_two_sites_close_the_list():
    text = ("Of the 2,460 terns ringed this year, 1,310 nested on the north shingle and 940 on the harbour island, "
            "the colony's only two nesting grounds, the trust said.")
    assert flagged(text) == [("FC101", "2,460")]  # 2,250 of 2,460
    assert [p.text for p in _loose(text)[0].parts] == ["1,310", "940"]


def test_one_more_part_after_and_is_no_count_of_them():
    text = ("Of the 156 boats that set out from the harbour, 133 reached the finish, 23 turned back in the "
            "gale and two were holed on the rocks.")
    assert flagged(text) == [("FC102", "156")]  # 133 + 23 + 2 = 158
    text = text.replace("133 reached", "129 reached")
    assert problems(text) == []


# ---------------------------------------------------------------- what is no breakdown

def test_a_funnel_of_clauses_stays_silent():
    text = ("Of the 1,240 nurses balloted, 905 voted, and 812 backed the pay offer. Of the 400 runners who "
            "entered, 372 started and 351 finished.")
    assert problems(text) == []  # each figure counts some of the one before


def test_the_level_of_a_change_is_no_total():
    text = ("Membership rose to 1,930 from 1,410 a year earlier, including 1,180 full members and 690 "
            "associates.")
    assert all(r.total.text != "1,410" for r in _loose(text))


def test_two_candidate_totals_stay_silent():
    text = ("The vineyard bottled 412,000 bottles this year against 388,000 last year: 251,000 of red, "
            "120,000 of white and 65,000 of rosé.")
    assert _loose(text) == []


def test_parts_each_got_stay_silent():
    text = ("The fund gave out 58 grants in the spring, including 24 of £5,000 each and 31 of £2,000 each.")
    assert _loose(text) == []


def test_a_small_count_is_left_to_the_list_rules():
    text = "The 12 goals were shared among four players: Diaz scored five, Moss four and Hale and Tan two each."
    assert _loose(text) == []


@pytest.mark.parametrize("text", [
    # a further part beyond the whole
    "Of the 720 trams in service, 410 are older models and 260 are low-floor, with a further 90 on order.",
    # model numbers are no counts
    "The recall covers three scooters: the Glide 1.5, the Glide 2.5 and the Dash 1.5.",
    # a subset of the part before, in dashes
    "Of the 530 pupils who sat the test, 402 passed, and about two in five of those who passed - 163 - were boys.",
])
def test_near_misses_stay_silent(text):
    assert problems(text) == []


def test_a_count_of_sources_before_a_colon_closes_the_list():
    text = ("The trust's £3.2m income came from three sources: legacies brought in £1.4m, its shops made £1.1m "
            "and grants added £0.9m.")
    assert flagged(text) == [("FC101", "£3.2m")]  # £3.4m of £3.2m
    assert problems(text.replace("£0.9m", "£0.7m")) == []


def test_split_among_in_the_next_sentence():
    text = ("Councillors approved a £96m capital budget on Monday. The plan is split among £51m for housing, £28m "
            "for roads and £11m for libraries.")
    assert flagged(text) == [("FC101", "£96m")]  # £90m


def test_the_remaining_part_after_while():
    text = ("Of the £88m raised on Tuesday, the Turner made £31m and the Constable £19m, while the remaining "
            "60 lots fetched £30m between them.")
    assert flagged(text) == [("FC101", "£88m")]  # £80m
    assert problems(text.replace("£30m between", "£38m between")) == []


def test_the_rest_of_a_side_past_a_hyphen():
    text = ("Of the visitors' 214 runs, Patel made 71, Khan 55, the rest of the line-up added 70 between "
            "them and extras contributed nine.")
    assert flagged(text) == [("FC101", "214")]  # 196 + 9 = 205
    assert problems(text.replace("added 70", "added 79")) == []


def test_men_and_women_and_a_third_group_are_the_whole():
    text = ("A record 18,400 swimmers finished the race. Of those, 9,900 were men, 7,600 were women and 80 were "
            "non-binary.")
    assert flagged(text) == [("FC101", "18,400")]  # 17,580
    assert problems(text.replace("7,600", "8,420")) == []


def test_parts_accounted_for_and_the_remaining_under_the_sentence_before():
    text = ("The fleet landed 1.86 million tonnes of fish. Herring accounted for 0.94 million tonnes, cod for 0.61 "
            "million tonnes and shellfish for the remaining 0.12 million tonnes.")
    assert flagged(text) == [("FC101", "1.86 million tonnes")]  # 1.67 million
    assert problems(text.replace("0.12 million", "0.31 million")) == []


@pytest.mark.parametrize("text", [
    # a change in the sentence before: its figure may be a level, not the whole
    "Landings rose to 1.86 million tonnes. Herring accounted for 0.94 million tonnes, cod for 0.61 million tonnes "
    "and shellfish for the remaining 0.12 million tonnes.",
    # the figure before is itself a part
    "Herring was the largest catch, at 1.86 million tonnes. Cod accounted for 0.94 million tonnes, haddock for 0.61 "
    "million tonnes and shellfish for the remaining 0.12 million tonnes.",
])
def test_the_remaining_under_a_level_or_a_part_is_not_read_here(text):
    assert _loose(text) == []  # (the sum finders' own "contributed" reading may still check them)

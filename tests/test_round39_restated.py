"""Round 39: figures taken up again -- the noun of the act told just before (checker/relate/restated_acts.py), an
age at death taken up by "The N-year-old", a restatement past "a foreign ministry spokesman".  Own wording."""
import pytest

from shapes import flagged, infos, problems


# ---------------------------------------------------------------- the noun of the act before

@pytest.mark.parametrize("text,target", [
    ("Porto sold the striker to Lyon for €42m on Friday. The €46m fee is a club record.", "€46m"),
    ("The council cut its roads budget by £12m this year. Union leaders said the £15m cut would hit repairs.",
     "£15m"),
    ("The new ground, which seats 31,000, opens in August. The 35,000-capacity stadium cost £220m.", "35,000-capacity"),
    ("A court fined the water company £3.3m for the spill. The £3.8m fine is the largest of its kind.", "£3.8m"),
    ("The mayor's office lent the festival $600,000 last spring. The $650,000 loan must be repaid by 2027.",
     "$650,000"),
])
def test_the_noun_of_the_act_before(text, target):
    assert flagged(text) == [("FC402", target)]


@pytest.mark.parametrize("text", [
    "Porto sold the striker to Lyon for €42m on Friday. The €42m fee is a club record.",
    "The new ground, which seats 31,000, opens in August. The 31,000-capacity stadium cost £220m.",
])
def test_the_noun_of_the_act_before_that_agrees(text):
    assert problems(text) == []
    assert "FC402" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    # tied to another act after the noun
    "Porto sold the striker to Lyon for €42m on Friday. The €46m fee Benfica paid in 2019 is still the record.",
    # two sums before: which one?
    "Porto sold the striker for €42m and the keeper for €12m. The €46m fee is a club record.",
    # not opening its sentence: another fee
    "Porto sold the striker to Lyon for €42m on Friday. It beat the €46m fee that Benfica received.",
    # another paragraph
    "Porto sold the striker to Lyon for €42m on Friday.\n\nThe €46m fee is a club record.",
    # no act the noun takes up
    "Porto won the cup in front of 42,000 fans. The €46m fee is a club record.",
])
def test_no_act_taken_up_stays_silent(text):
    assert problems(text) == []


# ---------------------------------------------------------------- an age at death, then "The N-year-old"

def test_died_aged_then_the_n_year_old():
    text = ("Dr Ruth Amos, the geologist who charted the fault lines of the Scottish Highlands, has died aged 88. "
            "The 86-year-old had kept lecturing until the spring.")
    assert flagged(text) == [("FC403", "86-year-old")]


def test_died_aged_then_the_same_age():
    text = ("Dr Ruth Amos, the geologist who charted the fault lines of the Scottish Highlands, has died aged 88. "
            "The 88-year-old had kept lecturing until the spring.")
    assert problems(text) == []


def test_died_aged_then_an_age_a_sentence_later_stays_silent():
    text = ("Dr Ruth Amos has died aged 88. She retired in 2010. The 86-year-old had kept lecturing until then.")
    assert problems(text) == []  # two sentences on: read by no one here


# ---------------------------------------------------------------- an office's name is no origin of the things counted

def test_foreign_ministry_is_no_group_of_the_fishermen():
    text = ("Ghana said 17 fishermen held by the navy off Lomé would be freed. A foreign ministry official said "
            "all 15 fishermen were well.")
    assert flagged(text) == [("FC402", "15")]


def test_foreign_fishermen_stay_a_group():
    text = ("The navy said it held 17 fishermen off Lomé. Officials said all 15 foreign fishermen were well.")
    assert problems(text) == []


# ---------------------------------------------------------------- a part "of" its whole, the share set apart, past a period

@pytest.mark.parametrize("text,target", [
    ("Wind farms generated 61TWh of the 290TWh of power used in Spain last year, more than a third of the total.",
     "more than a third"),
    ("Kuwait pumped 1.6m barrels a day in May, nearly a quarter of the group's total output of 27.1m bpd.",
     "nearly a quarter"),
])
def test_share_set_apart_after_a_part_and_its_whole(text, target):
    assert flagged(text) == [("FC201", target)]


@pytest.mark.parametrize("text", [
    "Wind farms generated 101TWh of the 290TWh of power used in Spain last year, more than a third of the total.",
    "Kuwait pumped 6.6m barrels a day in May, nearly a quarter of the group's total output of 27.1m bpd.",
    # a change: two levels, no part and whole
    "Output rose to 1.6m barrels a day in May from 1.2m, nearly a quarter of the group's total.",
])
def test_share_set_apart_that_fits_or_is_no_part(text):
    assert problems(text) == []


def test_a_run_takes_up_the_count_of_its_unit():
    text = "The choir will sing nine nights at the cathedral in May. Tickets for the ten-night run sell out fast."
    assert flagged(text) == [("FC402", "ten-night")]
    assert problems(text.replace("ten-night", "nine-night")) == []


# ---------------------------------------------------------------- ages and deaths, US style; points rounded

def test_a_role_before_the_name_keeps_the_age_on_the_subject():
    text = "Tigers coach Dan Ruiz, 61, who was born in 1970, agreed a new deal through 2028 on Monday."
    assert flagged(text, "2025-09-01") == [("FC506", "61")]
    assert problems(text.replace("61,", "55,"), "2025-09-01") == []


def test_died_weekday_at_age():
    text = "Maud Fenn, born May 9, 1930, died Sunday at 88, her family said."
    assert flagged(text, "2025-10-06") == [("FC506", "88")]
    assert problems(text.replace("at 88", "at 95"), "2025-10-06") == []


def test_a_whole_count_of_points_is_rounded_beside_finer_levels():
    text = "The side's scoring average has risen by 6 points, to 28.3 a game from 22.6 last season."
    assert problems(text) == []
    assert flagged(text.replace("by 6 points", "by 8 points")) == [("FC301", "8")]


# ---------------------------------------------------------------- a rate with the sum after told; a share after a colon

def test_a_premium_with_the_total_after():
    text = "A 20% buyer's premium added £1.2m to the £5m hammer price, taking the total paid for the vase to £6.2m."
    assert flagged(text) == [("FC201", "20%")]  # £1.2m / £5m = 24%
    assert problems(text.replace("£1.2m", "£1m").replace("£6.2m", "£6m")) == []


def test_a_share_after_a_colon_and_the_part():
    text = "Downloads made up most of the single's 220,000 first-week sales: 171,000, or roughly three in five."
    assert flagged(text) == [("FC201", "roughly three in five")]  # 77.7%
    assert problems(text.replace("three in five", "three in four")) == []


# ---------------------------------------------------------------- a colon list ends before ", with ..."

def test_colon_list_ends_before_with():
    text = "The tour takes in six cities next spring: Lyon, Turin, Porto and Ghent, with two nights in each."
    assert flagged(text) == [("FC410", "six")]
    assert problems(text.replace("six cities", "four cities")) == []


def test_the_defendants_take_up_those_jailed():
    text = "A court in Bergen jailed seven men for fraud on Monday. The eight defendants had denied the charges."
    assert flagged(text) == [("FC402", "eight")]
    assert problems(text.replace("The eight", "The seven")) == []


# ---------------------------------------------------------------- third places counted, no fraction

def test_thirds_after_wins_and_second_places_are_places():
    text = "The relay squad ended the season with 11 podiums: five wins, four second places and two thirds."
    assert problems(text) == []
    assert flagged(text.replace("11 podiums", "12 podiums")) == [("FC101", "12")]


def test_two_thirds_elsewhere_stays_a_fraction():
    from checker.api import analyse
    from checker.model import Kind
    doc = analyse("Two thirds of the 300 members voted for the plan.")
    assert [m.kind for m in doc.mentions][0] == Kind.FRACTION


# ---------------------------------------------------------------- a chamber's size and a bloc beside "the most"

def test_the_most_beside_a_bloc_and_the_chamber_stays_silent():
    text = ("The Greens won the most seats, 61, but the alliance of Labour (44), the Liberals (21) and the Left (7) "
            "holds 72 of the 150 seats. The Nationalists took the remaining 17.")
    assert problems(text) == []  # 61 + 72 + 17 = 150


def test_the_remaining_past_a_part_told_before_still_flags_a_miss():
    text = ("The Greens won the most seats, 61, but the alliance of Labour (44), the Liberals (21) and the Left (7) "
            "holds 72 of the 150 seats. The Nationalists took the remaining 27.")
    assert "FC101" in [rule for rule, _ in flagged(text)]  # 72 + 27 = 99, and 61 does not close it


def test_the_most_against_a_larger_rival_still_flags():
    assert flagged("The Greens won the most seats, 41, against 57 for Labour and 22 for the Liberals.") == \
        [("FC703", "41")]


# ---------------------------------------------------------------- the last tally of a list; names holding "and"

def test_the_last_party_tally_is_a_count():
    text = ("The three parties won 151 of the 300 seats - the Reds 80, the Blues 50 and the Greens 21 - leaving the "
            "rest to independents.")
    assert problems(text) == []
    assert flagged(text.replace("Greens 21", "Greens 31")) == [("FC101", "151")]


def test_names_holding_and_are_not_counted_apart():
    text = ("Two boards - Kent, Surrey and Sussex Community Services and Barts and The London - were told to "
            "improve.")
    assert problems(text) == []

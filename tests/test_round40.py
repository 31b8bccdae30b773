"""Round 40: a death toll restated (checker/relate/restated_tolls.py), a subject's level moved by a percentage
(checker/relate/subject_level_moves.py), and smaller readings of sums, shares, restatements and dates.  Each flagged
shape has near misses that must stay silent.  Own wording."""
import pytest

from shapes import assert_clean, assert_flagged, flagged, infos


# ---------------------------------------------------------------- the death toll

@pytest.mark.parametrize("text,target", [
    ("A landslide in the hills has killed 23 people, rescuers said on Tuesday. Teams are still digging, and the death "
     "toll of 26 is expected to climb.", "26"),
    ("The blast left 40 dead. Police put the death toll at 44.", "44"),
    ("At least 12 people died when the ferry capsized. The death toll stands at 9.", "9"),
])
def test_a_death_toll_against_the_dead_told_before(text, target):
    assert flagged(text) == [("FC402", target)]


@pytest.mark.parametrize("text", [
    "A landslide in the hills has killed 23 people. Teams are still digging, and the death toll of 23 may climb.",
    "At least 12 people died when the ferry capsized. The death toll stands at 15.",  # "at least" holds it
])
def test_a_death_toll_that_agrees(text):
    assert_clean(text)
    assert "FC402" in [f.rule for f in infos(text)]


@pytest.mark.parametrize("text", [
    "The blast killed 40 people. The death toll rose to 44 overnight.",            # a toll moved
    "The blast killed 40 people. Police put the death toll at 44 on Friday.",      # a day of its own: an update
    "The storm killed 40 people in the capital. The death toll across the country stands at 61.",  # a wider place
    "The blast killed 40 people. The earlier death toll of 38 was revised.",       # another toll
    "The blast killed 40 people, officials said. The death toll from last year's blast was 12.",  # another year
])
def test_a_death_toll_of_something_else_is_not_read(text):
    assert_clean(text)


def test_the_dead_listed_by_kind_add_up_to_the_toll():
    text = ("Three police officers and eight villagers were killed in the ambush. The death toll of 14 is the worst "
            "this year.")
    assert_flagged(text, "14", "FC101")
    assert_clean(text.replace("14", "11"))


# ---------------------------------------------------------------- a subject's level moved by a percentage

@pytest.mark.parametrize("text,target", [
    ("The state pension of £230 a week will rise by 4 per cent to £245 in April.", "4 per cent"),
    ("The bus fare, currently £2, will rise 25% to £2.20.", "25%"),
    ("The council's grant of £80,000 will be cut by 10% to £64,000.", "10%"),
    ("Sign-up deal: a 25 per cent discount brings the £400 price of the course down to £340.", "25 per cent"),
    ("The monthly allowance of 3,000 rand will rise by 8 per cent from March, or about 400 rand.", "8 per cent"),
])
def test_a_level_in_the_subject_moved_by_a_percentage(text, target):
    assert_flagged(text, target, "FC203")


@pytest.mark.parametrize("text", [
    "The state pension of £230 a week will rise by 4 per cent to £239 in April.",
    "The bus fare, currently £2, will rise 10% to £2.20.",
    "Sign-up deal: a 15 per cent discount brings the £400 price of the course down to £340.",
    "The monthly allowance of 3,000 rand will rise by 8 per cent from March, or about 240 rand.",
    # a start of its own: the change finders' reading
    "The grant of £80,000 was cut 10% from £90,000 to £81,000.",
    # a rate a year is no relative size of the level
    "Rents of £1,200 a month are rising by 5% a year to £1,500 by 2030.",
    # two levels before the verb: which one moved?
    "The fare of £2 and the day pass of £5 will rise by 10% to £6.",
])
def test_a_level_moved_that_agrees_or_is_not_read(text):
    assert_clean(text)


# ---------------------------------------------------------------- sums

def test_a_list_closed_by_the_rest_after_words_of_its_own():
    text = ("The charity raised £8.4m last year, with legacies bringing in £3.1m, shops £2.2m and events £1.5m, "
            "and the rest coming from grants worth £2.9m.")
    assert_flagged(text, "£8.4m", "FC101")
    assert_clean(text.replace("£8.4m", "£9.7m"))


def test_a_sum_then_a_total_past_the_clause_telling_the_event():
    text = ("Four people died and 26 were hurt when a coach carrying pilgrims left the road near the border on "
            "Sunday, a total of 33 casualties, officials said.")
    assert_flagged(text, "33", "FC101")
    assert_clean(text.replace("33", "30"))


def test_bare_counts_put_down_to_causes_take_the_count_before():
    text = ("The airport cancelled 1,410 flights in July. It blamed 820 on air traffic control, 390 on the "
            "weather and 310 on crew shortages.")
    assert_flagged(text, "1,410", "FC102")
    assert_clean(text.replace("1,410", "1,520"))


@pytest.mark.parametrize("text", [
    # a tally after names, not parts put down to causes
    "Ms Hale won 7,412 votes. Mr Dunn received 5,210, Ms Ortiz 2,480 and Mr Ray 990.",
    # the count before is a level compared with another
    "Cancellations were up 30% from 1,410 a year earlier. Storms accounted for 820, faults for 390 and strikes "
    "for 310.",
    # the unit carried from the first part: another level before
    "Catches reached 168,000 tonnes in 2024, against 150,000 in 2023. Cod made up 70,000 tonnes, hake 40,000, "
    "plaice 30,000 and others 28,000.",
])
def test_bare_counts_that_are_not_parts_of_the_count_before(text):
    assert_clean(text)


# ---------------------------------------------------------------- shares

@pytest.mark.parametrize("text,target", [
    ("Only 31,000 of the town's 124,000 registered voters turned out on Sunday, a turnout of 75 per cent.",
     "75 per cent"),
    ("The clinic handled 2,800 flu cases this winter, out of 4,000 across the region, or roughly 40 per cent.",
     "roughly 40 per cent"),
    ("Of the 26 players picked by the coach, 13 play for the league's top four sides – almost two thirds of the "
     "squad.", "almost two thirds"),
    ("Turnout hit a record 71 per cent, as 5.2 million of the 9 million people on the roll voted.", "71 per cent"),
    ("The reservoirs, with a capacity of 400 million litres, now hold 300 million litres, leaving them 90pc full.",
     "90pc"),
])
def test_shares_read_from_new_shapes(text, target):
    assert_flagged(text, target, "FC201")


@pytest.mark.parametrize("text", [
    "Only 31,000 of the town's 124,000 registered voters turned out on Sunday, a turnout of 25 per cent.",
    # those who stayed away: the turnout is the rest
    "Some 93,000 of the town's 124,000 registered voters stayed at home on Sunday, a turnout of 25 per cent.",
    "The clinic handled 2,800 flu cases this winter, out of 4,000 across the region, or roughly 70 per cent.",
    "Turnout hit a record 58 per cent, as 5.2 million of the 9 million people on the roll voted.",
    "The reservoirs, with a capacity of 400 million litres, now hold 300 million litres, leaving them 75pc full.",
    # a gap below the capacity, not what is held
    "The jail holds 610 inmates, 40 below its capacity of 650, meaning it is 94% full.",
])
def test_shares_from_new_shapes_that_agree(text):
    assert_clean(text)


# ---------------------------------------------------------------- restatements and dates

def test_among_the_set_naming_some_of_its_members_restates_it():
    text = "The rover will carry seven cameras to Mars. Among the nine cameras are two used for navigation."
    assert_flagged(text, "nine", "FC402")
    assert_clean(text.replace("nine cameras", "seven cameras"))


def test_among_a_larger_whole_is_not_a_restatement():
    assert_clean("Six of the vans were recalled. Among the 124,000 vans built since 2022, only 40 failed checks.")


def test_an_age_at_an_event_happening_now():
    text = "Dame Joan Pryce, who was born in May 1951, is retiring as principal at the age of 79."
    assert_flagged(text, "79", "FC506", published="2026-09-15")
    assert_clean(text.replace("79", "75"), published="2026-09-15")


def test_an_age_at_a_past_event_is_not_the_age_now():
    assert_clean("Born in 1931, she made her stage debut at the age of 19.", published="2026-09-15")


def test_days_between_the_day_it_began_and_the_day_it_ended():
    text = "The ship docked in Hull after 61 days at sea, having sailed on March 3 and returned on May 30."
    assert_flagged(text, "61 days", "FC507")
    assert_clean(text.replace("61 days", "88 days"))


# ---------------------------------------------------------------- readings from the opened set h2

def test_a_valuation_taken_up_from_the_verb_before():
    text = "The deal values the games studio at $4.2bn. The $4.8bn valuation is a record for the sector."
    assert flagged(text) == [("FC402", "$4.8bn")]
    assert_clean(text.replace("$4.8bn", "$4.2bn"))


def test_a_headline_count_held_by_the_same_verb_as_the_body():
    text = ("Lorry carrying 40 sheep lost in river\n"
            "A lorry carrying 46 sheep was swept away when a bridge gave way near Builth Wells on Sunday.")
    assert flagged(text) == [("FC401", "46")]
    assert_clean(text.replace("46 sheep", "40 sheep"))


def test_a_headline_count_picked_out_by_its_participle_is_still_not_all_aboard():
    assert_clean("Two crew injured in blaze\nThe ship had 21 crew on board when the fire broke out.")


def test_a_whole_that_includes_the_part_and_its_share():
    text = "The museum's 640 paintings include 96 by women, about 25 per cent of the collection."
    assert_flagged(text, "about 25 per cent", "FC201")
    assert_clean(text.replace("about 25", "about 15"))


def test_a_share_of_another_whole_after_an_inclusion_is_not_read():
    assert_clean("The 60 new flats include 15 for social rent, or 40% of the council's target.")


# ---------------------------------------------------------------- nearness from a figure naming its last digit

@pytest.mark.parametrize("text,published", [
    ("The lighthouse, launched in May 1961, has now been guiding ships for nearly 68 years.", "2026-04-01"),
])
def test_nearly_a_figure_with_its_own_last_digit_reaches_little_below_it(text, published):
    assert_flagged(text, "nearly 68 years", "FC504", published=published)


@pytest.mark.parametrize("text,published", [
    ("The lighthouse, launched in May 1961, has now been guiding ships for nearly 65 years.", "2026-04-01"),
    ("The lighthouse, launched in May 1961, has now been guiding ships for nearly 70 years.", "2026-04-01"),
    ("His average rose from 38.4 to 41.1 over the summer, a gain of nearly three runs.", None),
])
def test_nearly_within_its_reach(text, published):
    assert_clean(text, published=published)


def test_a_share_of_those_polled_is_read_only_before_of_those_polled():
    """shares.py held two patterns named _OF_THOSE_ASKED, the second shadowing round 37's: a share closing its clause
    was read against the sample as if "of those polled" followed it."""
    text = ("Some 30% of the 2,000 shops surveyed said they planned to cut staff over the winter, and about half of "
            "those - roughly 320 - expected wage rises of more than 15%.")
    assert_clean(text)
    assert not any(f.rule == "FC201" and text[f.start:f.end] == "more than 15%" for f in infos(text))

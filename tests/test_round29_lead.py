"""Round 29, the lead: false alarms found on fresh clean articles (and on main before), each mended with a general
guard, and one extraction slip; flag twins keep each reading alive."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# a figure restated in another month is another month's figure: "in August" against "this month" (no publication
# date to say this month is August, or one saying it is not)
@pytest.mark.parametrize("text, published", [
    ("The shelter took in 1,240 dogs in August. Staff said the 1,420 dogs it took in this month were a record.", None),
    ("The depot handled 3,100 parcels a day in March. Managers said the 3,600 parcels handled this month strained "
     "the site.", "2025-05-20"),
    ("Rescuers were called out 41 times in June. The 55 call-outs last month were the most since 2019.",
     "2025-08-04"),
])
def test_figure_of_another_month_is_clean(text, published):
    assert_clean(text, published)


@pytest.mark.parametrize("text, target, published", [
    ("The shelter took in 1,240 dogs in August. Staff said the 1,420 dogs it took in during August were a record.",
     "1,420", None),
    ("The shelter took in 1,240 dogs in August. Staff said the 1,420 dogs it took in this month were a record.",
     "1,420", "2025-08-30"),
])
def test_figure_of_the_same_month_still_flagged(text, target, published):
    assert_flagged(text, target, "FC40", published)


# a share of a group of sources told beside its members' shares nests, it does not add
@pytest.mark.parametrize("text", [
    "Renewables accounted for 58% of the country's electricity last year, wind for 39% and hydro for 12%.",
    "Low-carbon sources supplied 71% of the grid's power, with nuclear on 22%, wind on 30% and solar on 11%.",
    "Fossil fuels still met 64% of demand in the state: gas provided 41% and coal 23%, while solar made up 19%.",
])
def test_group_share_beside_its_members_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Renewables accounted for 18% of the country's electricity last year, gas for 59% and coal for 32%.", "32%"),
    ("Gas accounted for 48% of the country's electricity last year, wind for 39% and hydro for 22%.", "22%"),
])
def test_shares_without_a_group_and_its_member_still_flagged(text, target):
    assert_flagged(text, target, "FC20")


# and the members' shares are some of the group's: they may not add up to more
@pytest.mark.parametrize("text, target", [
    ("Renewables generated 47.3% of Britain's electricity last year, with wind providing 38.7%, bioenergy 11.6%, "
     "solar 4.9% and hydro 2.1%.", "47.3%"),
    ("Fossil fuels still met 64% of demand in the state: gas provided 41% and coal 33%.", "64%"),
])
def test_members_adding_up_to_more_than_their_group_flagged(text, target):
    assert_flagged(text, target, "FC10")


def test_members_within_their_group_is_clean():
    assert_clean("Renewables generated 47.3% of Britain's electricity last year, with wind providing 28.7%, "
                 "bioenergy 11.6%, solar 4.9% and hydro 2.1%.")


# "from $4.89 a dozen to $3.99": the words after a price say what it buys; they open no range and take no currency
@pytest.mark.parametrize("text, target", [
    ("Egg prices have halved since the spring, falling from $4.89 a dozen to $3.99 at major grocers.", "halved"),
    ("Egg prices have fallen 40% since the spring, from $4.89 a dozen to $3.99.", "40%"),
    ("Rose growers' prices doubled, climbing from £6 a dozen to £9 at the market.", "doubled"),
])
def test_change_with_a_rate_on_the_old_price_flagged(text, target):
    assert_flagged(text, target, "FC30" if "ed" in target else "FC20")


@pytest.mark.parametrize("text", [
    "Egg prices have fallen 18% since the spring, from $4.89 a dozen to $3.99.",
    "Egg prices have halved since the spring, falling from $4.89 a dozen to $2.45 at major grocers.",
])
def test_change_with_a_rate_on_the_old_price_matching_is_clean(text):
    assert_clean(text)


# "grow from 53 to 65 trains: 40 ... and 25 ...": the list breaks down the new level, not the old one
@pytest.mark.parametrize("text", [
    "Eastern Rail's fleet will grow from 53 to 65 trains: 40 electric units and 25 diesel units.",
    "The trust will expand from 310 to 352 beds: 212 at the main hospital and 140 at the community site.",
])
def test_list_of_the_new_level_is_clean(text):
    assert_clean(text)


def test_list_missing_its_total_without_a_move_still_flagged():
    assert_flagged("The fleet has 65 trains: 40 electric units and 15 diesel units.", "65", "FC10")


# "one of six in the county to change hands": those a clause picks out, not all of the county's seats
@pytest.mark.parametrize("text", [
    "The seat was one of six in the county to change hands. Reform said it had come third or better in all "
    "seven seats.",
    "Ashgrove was one of four branches in the region that closed in May. Staff at the region's nine branches were "
    "told on Monday.",
])
def test_one_of_those_picked_by_a_clause_is_clean(text):
    assert_clean(text)


def test_one_of_a_plain_count_still_flagged():
    assert_flagged("The seat was one of six in the county. Reform said it had come third or better in all seven seats.",
                   "seven", "FC40")

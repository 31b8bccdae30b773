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


# a place's possessive after a preposition names no one else: "a stabbing in Winnipeg's West End. The accused, 43,"
def test_age_restated_past_a_place_possessive_flagged():
    assert_flagged("A 34-year-old man has been charged with murder following a stabbing in Winnipeg's West End. "
                   "The accused, 43, is expected to appear in court on Monday.", "43", "FC40")


def test_age_restated_past_a_place_possessive_agreeing_is_clean():
    assert_clean("A 34-year-old man has been charged with murder following a stabbing in Cardiff's Grange Park. "
                 "The accused, 34, is expected to appear in court on Monday.")


def test_another_named_person_still_stops_the_age_restatement():
    assert_clean("A 34-year-old man has been charged with murder after a stabbing in Leeds. Police said Tom Hart, "
                 "43, had been arrested too.")


# "carrying 2,800 passengers and 1,100 crew ... the ship's 3,200 passengers": two groups side by side, the first
# restated -- not one part of a larger set
@pytest.mark.parametrize("text, target", [
    ("The cruise ship, carrying 2,800 passengers and 1,100 crew, was turned away from Napier on Thursday. Officials "
     "said the ship's 3,200 passengers would spend an extra day at sea.", "3,200"),
    ("The school has 640 pupils and 52 teachers. Parents of the school's 460 pupils were told on Friday.", "460"),
])
def test_group_beside_another_restated_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", [
    "The cruise ship, carrying 2,800 passengers and 1,100 crew, was turned away from Napier on Thursday. Officials "
    "said the 3,900 people on board would spend an extra day at sea.",
    "Crews rescued 40 adults and 12 children from the flats. The 52 residents were taken to a rest centre.",
])
def test_groups_side_by_side_and_their_sum_are_clean(text):
    assert_clean(text)


# "Two-thirds of the region's 640 sheep and beef farms, around 300,": two modifiers of one noun, no clause
@pytest.mark.parametrize("text, target", [
    ("Two-thirds of Hawke's Bay's 640 sheep and beef farms, around 300, have now been declared in drought.",
     "Two-thirds"),
    ("More than half of the 96 bed and breakfast rooms, 31, stood empty over the winter.", "More than half"),
])
def test_share_of_a_paired_noun_with_its_part_flagged(text, target):
    assert_flagged(text, target, "FC20")


def test_share_of_a_paired_noun_with_its_part_agreeing_is_clean():
    assert_clean("Nearly half of the county's 212 primary and secondary schools, some 104, have a waiting list.")


# "named the four men who died in the crash near Leeds as A, B and C": a place named in the modifier
@pytest.mark.parametrize("text", [
    "Police have named the four men who died in the crash near Taupō as Tama Ngata, 19, Jacob Hill, 22, and "
    "Wiremu Pohatu, 20.",
    "Police have named the four men who died in the crash near Leeds as Tom Hale, 19, Jacob Hill, 22, and Wiremu "
    "Pohatu, 20.",
])
def test_named_list_after_a_place_flagged(text):
    assert_flagged(text, "four men", "FC41")


def test_named_list_after_a_place_matching_is_clean():
    assert_clean("Police have named the three women who died in the fire at Hexham as Ann Lowe, 71, Rita Kay, 68, "
                 "and Jo Stark, 70.")


# "since I was eight years old": the age then, not now
@pytest.mark.parametrize("text", [
    "\"I've dreamed about this since I was eight years old,\" said Marsh, who was born in November 1996.",
    "Okafor, who was born in 1988, said he had wanted to fly since he was six.",
])
def test_past_age_beside_a_birth_year_is_clean(text):
    assert_clean(text, "2024-05-07")


def test_present_age_against_a_birth_year_still_flagged():
    assert_flagged("Marsh, who was born in November 1996, is 31 years old.", "31 years old", "FC50", "2024-05-07")


# "2 1/2 furlongs": a whole number and a fraction with a slash
@pytest.mark.parametrize("text, target", [
    ("The walk is 2 1/2 miles (6 km) long.", "6 km"),
    ("The baby weighed 7 1/4 pounds (5.2 kg) at birth.", "5.2 kg"),
])
def test_slash_fraction_converted_wrong_flagged(text, target):
    assert_flagged(text, target, "FC60")


@pytest.mark.parametrize("text", [
    "The walk is 2 1/2 miles (4 km) long.",
    "The race is run over 3 miles and 2 1/2 furlongs, or about 5.3 km.",
    "The shop is open 24/7 and sold 3 1/2/2024 tickets.",
])
def test_slash_fraction_converted_right_is_clean(text):
    assert_clean(text)


# "The five vessels detained by the Maritime and Port Authority, the Ocean Pearl, ...": a participle and its agent,
# a body's name with "and" inside, then the list
@pytest.mark.parametrize("text, target", [
    ("The five vessels detained by the Maritime and Port Authority, the Ocean Pearl, Kota Rajin, Seletar Star and "
     "Hana Spirit, had all failed safety inspections.", "five vessels"),
    ("The three schools inspected by the Office for Standards in Education, Hillside, Brookfield, Ashmore and "
     "Kingsway, were all rated inadequate.", "three schools"),
])
def test_list_after_an_agent_with_and_inside_flagged(text, target):
    assert_flagged(text, target, "FC41")


@pytest.mark.parametrize("text", [
    "The four vessels detained by the Maritime and Port Authority, the Ocean Pearl, Kota Rajin, Seletar Star and "
    "Hana Spirit, had all failed safety inspections.",
    "The 12 ships detained by the Port Authority, Reuters reported, had failed inspections.",
    "The three men arrested by the Metropolitan Police, all from Leeds, were released.",
])
def test_list_after_an_agent_matching_or_no_list_is_clean(text):
    assert_clean(text)


# "giving it one of the best results": one picked out of a ranking is no part of the list before it (bc1-sum-010's
# shape, opened after the round's end measurement)
@pytest.mark.parametrize("text", [
    "Of the 182 pupils who sat the exams at the school, 171 passed and 11 failed, making it one of the best results "
    "in the county.",
    "The club won 24 of its 38 games and lost 14, one of the worst records in its history.",
])
def test_one_of_a_ranking_is_no_part_clean(text):
    assert_clean(text)


def test_list_missing_its_total_past_a_ranking_still_flagged():
    assert_flagged("Of the 182 pupils who sat the exams, 171 passed and 19 failed, one of the best results in the "
                   "county.", "182", "FC10")


# "Today marks the fifth anniversary of the 2013 floods, in which thousands were killed": the past tense of a clause
# telling of the remembered event does not move the marking out of today (bc2-date-003's shape, opened after the
# round's end measurement)
@pytest.mark.parametrize("text", [
    "Today marks the fifth anniversary of the 2013 Kedarnath floods, in which thousands of pilgrims were killed.",
    "This week marks the 20th anniversary of the 1999 dam collapse, which was blamed on poor maintenance.",
])
def test_anniversary_past_a_clause_of_the_event_flagged(text):
    assert_flagged(text, "anniversary", "FC50", "2023-06-16")


def test_anniversary_past_a_clause_of_the_event_matching_is_clean():
    assert_clean("Today marks the tenth anniversary of the 2013 Kedarnath floods, in which thousands of pilgrims "
                 "were killed.", "2023-06-16")


# "Labour took 38 of the 63 seats, with the Liberal Democrats winning 14, ...": the first side's count is one more
# part of the sides listed after "with", the body's seats the whole (bc2-sum-002's shape, opened after the round's
# end measurement)
@pytest.mark.parametrize("text, target", [
    ("Labour took 38 of the 63 seats on the council, with the Liberal Democrats winning 14, the Conservatives nine "
     "and independents five.", "63"),
    ("The Greens won 21 of the 50 wards, with Labour taking 19 and the SNP 14.", "50"),
])
def test_side_before_the_body_and_the_sides_after_with_flagged(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", [
    "Labour took 38 of the 66 seats on the council, with the Liberal Democrats winning 14, the Conservatives nine "
    "and independents five.",
    "Labour took 38 of the 80 seats, with the Liberal Democrats winning 14 and the Conservatives nine.",
    "Police arrested 12 of the 40 protesters, with 20 released and eight charged.",
])
def test_side_before_the_body_adding_up_is_clean(text):
    assert_clean(text)

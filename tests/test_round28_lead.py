"""Round 28, the lead: false alarms found on fresh clean articles written by people who never saw the code,
each mended with a general guard; flag twins keep the reading alive."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# a list that misses its total by exactly another figure of the same kind told apart (in its sentence or the two
# before) is not all of the total
@pytest.mark.parametrize("text", [
    "Moreno shot 67 on Sunday for a total of 275 after rounds of 70, 69 and 69.",
    "The relay team finished in 184 seconds after legs of 45, 47 and 46, with the anchor running 46.",
    "Water bills will rise to £512.40 this April. Once the sewerage charge of £96.20 and the standing charge of "
    "£31.40 are added, a typical household will pay £640.00 in all.",
    "The trust spent £4.2m on agency nurses. Adding £1.1m on locum doctors and £0.7m on other temporary staff, "
    "its bill for temporary cover came to £6m.",
])
def test_list_completed_by_another_figure_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Moreno shot 67 on Sunday for a total of 285 after rounds of 70, 69 and 69.", "285"),
    ("The scheme cost 71 workers their jobs: 40 at the mill, 22 at the depot and 14 at the office.", "71"),
])
def test_list_missing_its_total_still_flagged(text, target):
    assert_flagged(text, target, "FC10")


# a count of an -ing event ("screenings", "sittings") is no restatement of the things the verb acted on: a film
# is screened many times; people are arrested or recruited once
@pytest.mark.parametrize("text", [
    "The festival screened 214 films. Of its 1,126 screenings, 402 sold out.",
    "The theatre staged 12 plays this season, and its 340 showings drew 90,000 people.",
    "The orchestra performed 18 symphonies on the tour. The 64 bookings were all sold.",
])
def test_event_count_of_things_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Police arrested 14 fans after the match. The 16 arrests were made near the ground.", "16"),
    ("The hospital recruited 400 nurses last year. The 450 recruits started in May.", "450"),
])
def test_event_count_of_people_still_flagged(text, target):
    assert_flagged(text, target, "FC40")


# "of the total" after a sentence whose figure counts something the part's people have or do, not them
@pytest.mark.parametrize("text", [
    "The city drew a record 7.84 million visitors last year. Visitors spent 18.6 million nights in its hotels. "
    "Spanish visitors remained the largest group, at 3.21 million, or 41% of the total.",
    "The airline carried 12 million passengers. Passengers flew 40 billion kilometres on its routes. Business "
    "passengers, at 1.8 million, made up 15% of the total.",
])
def test_share_of_a_whole_the_part_does_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("The island welcomed 2.4m tourists last year. Visitors from Germany, at 600,000, made up 33% of the total.",
     "33%"),
    ("The fund received 1,600 bids. Bids from schools, at 400, accounted for 35% of the total.", "35%"),
])
def test_share_of_an_earlier_total_still_flagged(text, target):
    assert_flagged(text, target, "FC201")


# bare decimals in model names are no parts of a count of things
@pytest.mark.parametrize("text", [
    "The recall covers three models: the Kia Sportage 1.6 T-GDi, the Hyundai Tucson 1.6 and the Kia Niro 1.6 GDi.",
    "Two engines are affected, the 1.5 TSI and the 2.0 TDI, the maker said.",
    "Four versions go on sale: the Corsa 1.2, the Astra 1.4, the Mokka 1.2 and the Grandland 1.6.",
])
def test_model_names_with_decimals_are_clean(text):
    assert_clean(text)


def test_decimal_parts_of_a_scaled_count_still_flagged():
    assert_flagged("The firm sold 14.5 million phones: 6.1 million in Asia, 5.3 million in Europe and 1.1 million in "
                   "the rest of the world.", "14.5 million", "FC101")


# a percent change that fits two round figures only at the far ends of their rounding is a warning
@pytest.mark.parametrize("text, target", [
    ("The council's budget will increase by 8%, from £240m to £270m.", "8%"),
    ("Ridership rose 30% to 5.2 million from 3.6 million.", "30%"),
    ("Exports fell by 20% to 360 tonnes, from 480 tonnes the year before.", "20%"),
])
def test_change_at_the_far_ends_of_rounding_is_flagged(text, target):
    assert_flagged(text, target, "FC203")


@pytest.mark.parametrize("text", [
    "The council's budget will increase by 12%, from £240m to £270m.",
    "Ridership rose 44% to 5.2 million from 3.6 million.",
    "Earnings fell 45 pct to 7.2 billion dlrs from 13.3 billion dlrs.",
])
def test_change_near_the_figures_own_change_is_clean(text):
    assert_clean(text)


# the list adds up to another figure of the same kind, and the total counts other things or another time
@pytest.mark.parametrize("text", [
    "Across 14 matches they won six, drew five and lost three, for a total of 198 points.",
    "In 22 games the side won 12, drew six and lost four, finishing on 42 points.",
    "The number of bus routes fell to 312 this year. Ten years ago there were 455 routes. The city runs 180 "
    "routes, the suburbs 97 and the villages 35.",
])
def test_list_adding_up_to_another_figure_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Across 14 matches they won six, drew five and lost three, for a total of 15 matches.", "15"),
    ("The regional carrier operates a fleet of 38 aircraft - 22 ATR 72s, 12 Dash 8-400s and six Embraer E175s.",
     "38"),
    ("The waiting list stands at 2,870 households - 1,940 needing a one-bedroom flat, 610 seeking a two-bedroom home "
     "and 420 waiting for a house with three or more bedrooms.", "2,870"),
])
def test_list_against_its_own_total_still_flagged(text, target):
    assert_flagged(text, target, "FC10")


# a multiple's base is no part: "sold for £8.9m, twice its low estimate of £4.45m"
def test_multiple_base_is_no_part_of_a_shared_total():
    assert_clean("The top three lots together made £44.8m. The first fetched £24.6m, a portrait £11.3m, and a still "
                 "life sold for £8.9m, twice its low estimate of £4.45m.")


# "just one", "only one" after a preposition counts one thing per item, no part
@pytest.mark.parametrize("text", [
    "The statisticians counted 5,911 names for boys. Of those, 3,227 were given to just one baby, more than half of "
    "the total.",
    "The survey covered 840 villages. Of those, 460 had only one shop, more than half of the total.",
])
def test_one_per_item_is_no_part(text):
    assert_clean(text)


def test_share_after_one_per_item_still_checked():
    assert_flagged("The statisticians counted 5,911 names for boys. Of those, 2,227 were given to just one baby, more "
                   "than half of the total.", "more than half", "FC201")


# a named whole equal to the part is the part told before, not its whole
def test_named_whole_equal_to_the_part_is_clean():
    assert_clean("Students needed 142 marks out of 240 for a grade 7 this summer, the board said.\n\nThe timing of "
                 "the papers was unchanged. Entries rose across the country. The grade 7 boundary of 142 is "
                 "equivalent to 59.2% of the available marks.")


# plural labels before their numbers, and a label's "and" not taking a large figure after it
@pytest.mark.parametrize("text", [
    "Crews attended 734,100 incidents: 84,200 in category 1, 396,500 in category 2 and 253,400 in categories 3 "
    "and 4.",
    "The trust handled 9,000 calls: 2,000 on platforms 1 and 2 and 7,000 on platforms 3 and 4.",
])
def test_plural_labels_are_no_figures(text):
    assert_clean(text)


def test_labelled_breakdown_still_checked():
    assert_flagged("Crews attended 734,100 incidents: 84,200 in category 1, 396,500 in category 2 and 283,400 in "
                   "categories 3 and 4.", "734,100", "FC10")


# "N bigger than M": N is the difference, no value compared with M
@pytest.mark.parametrize("text", [
    "The squad of 26 women and 22 men is seven bigger than the 41 who went to Tokyo in 2021, an increase of 17%.",
    "The class of 31 is four larger than last year's 27.",
])
def test_difference_before_a_comparative_is_clean(text):
    assert_clean(text)


def test_difference_before_a_comparative_still_checked():
    assert_flagged("The squad of 48 is nine bigger than the 41 who went to Tokyo in 2021.", "nine", "FC301")


# "bringing the total up from X": the figure before it is what was added
@pytest.mark.parametrize("text", [
    "The directorate said 513 new cases had been recorded in the past week, bringing the total up from 2,905 a week "
    "earlier, a rise of almost 18%.",
    "Another 240 homes were connected, taking the total from 1,200, an increase of 20%.",
])
def test_addition_to_an_untold_total_is_no_level(text):
    assert_clean(text)


# some picked out by a superlative, or "other", are no restatement of the whole
@pytest.mark.parametrize("text", [
    "The poverty rate varies across the borough's 21 wards. The four wards with the highest rates are all near "
    "the centre.",
    "The two other candidates took 187 and 94 votes. All seven candidates were at the count.",
    "The county has 48 schools. The three schools with the most pupils are in the city.",
])
def test_subset_picked_out_is_no_restatement(text):
    assert_clean(text)


def test_whole_restated_still_flagged():
    assert_flagged("The by-election had seven candidates. All eight candidates attended the count.", "eight", "FC40")


# a share of the measure before a count ("4.9GW from nine projects, or 51% of the total")
def test_share_of_the_measure_before_a_count_is_clean():
    assert_clean("A total of 9.6GW was awarded across 131 projects. Offshore wind took 4.9GW from nine projects, or "
                 "51% of the total, and solar 3.3GW from 93 projects.")


# a margin is no missing part: "three shots clear" does not complete a list
def test_margin_does_not_complete_a_list():
    assert_flagged("Okoro finished on 281 after rounds of 70, 68, 71 and 69, three shots clear of the field.", "281",
                   "FC101")


# a level compared with is the old value of the change after it, no new one
def test_level_compared_with_is_no_new_value():
    assert_clean("The shortfall compares with a deficit of £41.2 million in 2022-23, an increase of £22.3 million, or "
                 "54 per cent.")


# a number read as a label may be the list's missing part
def test_label_like_number_completing_a_list_is_clean():
    assert_clean("Hollinsdale General has 780 beds, Marne Valley Hospital 96 and St Brigid's in Felsham 44, a total "
                 "of 920.")


# a ranking: "followed by" joins siblings, and the whole list may be the total
@pytest.mark.parametrize("text", [
    "Europe remained its largest region with 3.91 million units, followed by Asia-Pacific with 2.87 million, or 34 "
    "per cent of the total, and the Americas with 1.64 million.",
    "Wheat was the biggest crop with 410,000 tonnes, followed by barley with 260,000, or 30% of the total, and oats "
    "with 190,000.",
])
def test_share_in_a_ranking_is_clean(text):
    assert_clean(text)


# a rounded estimate has no typed digits to slip from
def test_hedged_first_figure_is_no_digit_slip():
    assert_clean("The plant generates electricity for about 31,000 homes. Weekly collections began for all 231,000 "
                 "households in September.")


# a group of people named apart from the whole's people is no part of it
def test_other_people_in_places_are_no_parts():
    assert_clean("Since 1973, more than 3,000 pupils from the two towns have taken part in exchanges. The association "
                 "now has 186 members in Thornbury and about 140 in Saint-Aubin.")


# where the things of a list are is no more of them
@pytest.mark.parametrize("text", [
    "The fleet has 2,400 bikes, of which 1,500 are electric and 900 are standard bikes, spread across 186 docking "
    "stations.",
    "The trust employs 9,000 staff, 6,000 nurses and 3,000 doctors, based at 14 hospitals.",
])
def test_place_count_after_a_list_is_no_part(text):
    assert_clean(text)


# "her N attempts" after a named person is her own, not another's
def test_possessive_of_another_named_person_is_no_restatement():
    assert_clean("Tamsin Oduya scored 41 goals from 45 attempts, a success rate of 91%. For the Storm, Megan Price "
                 "converted 15 of her 19 attempts.")


# two counts sharing a modifier count different things
def test_shared_modifier_is_no_restatement():
    assert_clean("The show attracted a record 6,214 livestock entries this year. Entries were up 5.9% across the six "
                 "livestock sections.")


def test_restatement_under_one_noun_still_flagged():
    assert_flagged("A record 12,650 volunteers took part in the festival. The 1,265 volunteers gave 80,000 hours.",
                   "1,265", "FC40")


# "of the total" skips a remainder ("the remaining 275,200")
def test_remainder_is_no_total_for_a_later_share():
    assert_clean("The city has 412,600 trees. The council owns 137,400 of them. The remaining 275,200 are on private "
                 "land. Sycamore is the most common species, with 61,900 trees, or 15% of the total.")


# each item's own size after a count of them; a part "for each" is no part
@pytest.mark.parametrize("text", [
    "Kerr made four century breaks in the match, of 141, 117, 104 and 102, while Wong made two, of 128 and 110.",
    "The final produced six century breaks, three for each player, and brought the tournament total to 48.",
])
def test_sizes_of_counted_items_are_no_parts(text):
    assert_clean(text)


# "N of those killed" names the sentence of the killing, past the injured
def test_back_phrase_naming_the_event_finds_its_count():
    assert_flagged("Thirty-one people were killed on the county's roads last year, down from 38 in 2023.\n\nThe number "
                   "seriously injured rose to 412 from 397.\n\nOf those killed in 2024, 13 were car drivers, 12 were "
                   "motorcyclists, 6 were pedestrians, 3 were cyclists and one was a horse rider.", "Thirty-one", "FC10")


def test_back_phrase_naming_the_event_clean_twin():
    assert_clean("Thirty-one people were killed on the county's roads last year, down from 38 in 2023.\n\nThe number "
                 "seriously injured rose to 412 from 397.\n\nOf those killed in 2024, 13 were car drivers, 8 were "
                 "motorcyclists, 6 were pedestrians, 3 were cyclists and one was a horse rider.")


# a winning margin told with "won by"/"beat ... by" against the two tallies set against each other
@pytest.mark.parametrize("text, target", [
    ("Smith beat Jones by 312 votes, 4,210 to 3,798.", "312"),
    ("Smith won by a margin of 312 votes, taking 4,210 to Jones's 3,798.", "312"),
    ("The Greens won the seat by 69 votes, with 2,310 to Labour's 2,214.", "69"),
])
def test_won_by_margin_against_its_tallies_is_flagged(text, target):
    assert_flagged(text, target, "FC402")


@pytest.mark.parametrize("text", [
    "Smith beat Jones by 412 votes, 4,210 to 3,798.",
    "The Greens won the seat by 96 votes, with 2,310 to Labour's 2,214.",
    "Labour held the seat by 1,204 votes, polling 18,420 to the Conservatives' 17,216, while the Greens took 2,100.",
    "The council voted by 31 votes to 12 to approve the plan, with 4,000 objections on file.",
])
def test_won_by_margin_consistent_or_unclear_is_clean(text):
    assert_clean(text)


# "close to" is a band below the figure and its own rounding above it
def test_close_to_holds_the_figures_rounding_above():
    assert_clean("Of the 212 stops, 64 will get new shelters, close to 30% of the network.")
    assert_flagged("Of the 212 stops, 70 will get new shelters, close to 30% of the network.", "close to 30%", "FC201")
    assert_flagged("Of the 212 stops, 54 will get new shelters, close to 30% of the network.", "close to 30%", "FC201")


# a poll's undecided share closing its list after ", with"
@pytest.mark.parametrize("text, target", [
    ("The poll put Ramirez on 47% and Collins on 44%, with 16% undecided.", "16%"),
    ("The survey of 1,000 voters put Labour on 41% and the Conservatives on 38%, with 27% still undecided.", "27%"),
])
def test_poll_with_undecided_share_over_100_is_flagged(text, target):
    assert_flagged(text, target, "FC202")


@pytest.mark.parametrize("text", [
    "The poll put Ramirez on 47% and Collins on 44%, with 9% still undecided.",
    "The survey of 1,000 voters put Labour on 41% and the Conservatives on 38%, with 21% undecided.",
])
def test_poll_with_undecided_share_to_100_is_clean(text):
    assert_clean(text)

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

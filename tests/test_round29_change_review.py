"""Round 29 (changes), after review: the readings of the round narrowed to the shapes their docstrings name, each with
the flag it was built for next to the consistent or unrelated text that alarmed."""
import pytest

from checker.relate import changes
from tests.shapes import assert_clean, assert_flagged


# "slowdown" is a word of falling change again (a comment had swallowed its set)
def test_slowdown_is_a_word_of_falling_change():
    assert "slowdown" in changes.DOWN_WORDS and "slowdowns" in changes.DOWN_WORDS
    assert changes.direction_of("slowdown") == -1


# "on" a base named by its time, then "of": not what a result was earned on (revenue, sales) unless that is the measure
@pytest.mark.parametrize("text", [
    "Operating profit climbed £3m to £21m on the year's turnover of £140m.",
    "Net income rose $5m to $40m on last year's revenue of $300m.",
    "The bank's profit fell £1m to £9m on the previous quarter's deposits of £2bn.",
])
def test_result_on_what_it_was_earned_on_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("The charity's income reached £7.4m, a rise of £0.9m on the previous year's income of £6.1m.", "£0.9m"),
    ("Ticket sales were 41,000, up 9,000 on last season's sales of 37,000.", "9,000"),
    ("The gallery counted 6,100 visitors in May, up 700 on April's total of 5,200.", "700"),
])
def test_size_on_a_timed_base_of_the_measure_itself_still_flags(text, target):
    assert_flagged(text, target, "FC301")


# a level going past a named base by a margin: the margin pairs with that base only, and the level stands right
# before the verb with nothing set off between
@pytest.mark.parametrize("text", [
    "Orders of 5,600 units, 700 more than planned, exceeded last year's 4,500 by 1,100.",
    "The herd of 2,300 cattle, including 400 calves, topped the previous census's 2,000 by 300.",
    "Attendance of 18,000, roughly 1,500 of them students, surpassed the old record of 16,200 by 1,800.",
])
def test_margin_past_a_base_with_a_part_or_another_change_between_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target, rule", [
    ("Orders of 5,600 units exceeded last year's 4,500 by 1,400.", "1,400", "FC301"),
    ("The £62m fee eclipses the previous club record of £45m by £23m.", "£23m", "FC301"),
    # "beat" gives a count of things or money a direction: a lower level beating a higher one is a fall
    ("Sales of 6,000 bikes beat last year's 7,000 by 1,000.", "1,000", "FC303"),
])
def test_margin_past_a_base_still_flags(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", [
    "Her time of 2:13:40 beat the previous record of 2:14:52 by 72 seconds.",
    "His round of 64 beat the course record of 66 by two shots.",
])
def test_a_lower_time_or_score_may_beat_a_higher_one(text):
    assert_clean(text)


# the level now after "since YEAR, when ...": of the same item (no new item with its own determiner), noun and period
@pytest.mark.parametrize("text", [
    "Rents have doubled since 2012, when a studio cost £500 a month; a two-bed flat now costs £1,700 a month.",
    "Prices have tripled since 2008, when a coffee cost £1. Today a sandwich costs £6.",
    "The village has doubled in size since 1995, when it had 800 homes. The market town nearby now has 9,000.",
    "Turnover has doubled since 2017, when the shop had 6 staff. It now has 20 branches.",
    "Gym fees have doubled since 2016, when members paid £3 a visit; they now pay £40 a month.",
    "Fares have doubled since 2021, when a single cost £2. An annual season ticket now costs £900.",
])
def test_level_now_of_another_item_noun_or_period_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Rents have doubled since 2012, when a studio cost £500 a month; tenants now pay £1,700 a month.", "doubled"),
    ("The choir has tripled since 2016, when it had 20 singers. It now has 95 singers.", "tripled"),
])
def test_level_now_of_the_same_item_still_flags(text, target):
    assert_flagged(text, target, "FC302")


# "Since YEAR, when ..." opening the sentence: the clause's level must be the changing measure's
@pytest.mark.parametrize("text", [
    "Since 2010, when the trust had 30 wardens, visits to its gardens have tripled to 45,000.",
    "Since 2016, when there were 25 branches, lending has doubled to 80,000 loans.",
    "Since 2013, when the club drew 300 members, subscriptions have quadrupled to 5,000.",
    "Since 2020, when the council drew £3m from reserves, borrowing has tripled to £20m.",
    "Since 2011, when the gallery attracted 15,000 visitors in its opening week, attendance has doubled to 500,000 a year.",
])
def test_fronted_since_when_of_another_measure_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Since 2014, when the fair drew 6,000 visitors, attendance has tripled to 25,000.", "tripled"),
    ("Since 2017, when the league had 40 clubs, it has doubled to 95 clubs.", "doubled"),
])
def test_fronted_since_when_of_the_measure_still_flags(text, target):
    assert_flagged(text, target, "FC302")


# a multiple's base told next with "had": the figure closes its sentence (but for "for him" or its year)
@pytest.mark.parametrize("text", [
    "The vase fetched $6m, twice its estimate. It had been insured for $2m when the family inherited it.",
    "The arena seats 40,000, twice the capacity of the old hall. The old hall had drawn 25,000 for a boxing night.",
    "The club sold the keeper for €30m, three times what they paid for him. His agent had received €3m in fees.",
    "Rovers sold the forward for £20m, double what they paid. Town had paid £14m for a midfielder the same week.",
    "The catch was 6m tonnes, twice the figure of the poor year. Fishermen had sold 1m tonnes abroad.",
    "The show drew 30,000, twice the crowd for the band's debut. They had drawn 12,000 to a festival the year before.",
    "Seats sold for £240, three times their face value. Touts had asked £400 for some.",
])
def test_base_next_of_another_payment_or_occasion_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text", [
    "Rovers sold the forward for £20m, double what they paid. They had bought him for £14m.",
    "Rovers sold the forward for £20m, double what they paid. Town had paid £14m for him in 2019.",
    "The show drew 30,000, twice the crowd for the band's debut. That night had drawn 12,000.",
])
def test_base_next_closing_its_sentence_still_flags(text):
    assert_flagged(text, "twice" if "twice" in text else "double", "FC302")


# a level named as a level ("This year's total of ...") and its change sized alone: not when the change names a base of
# its own or the level is another place's
@pytest.mark.parametrize("text", [
    "The force logged 2,400 thefts in 2022. This year's total of 2,050 represents a drop of 700 from its 2019 high.",
    "The school had 1,200 pupils in 2021. This year's figure of 1,400 is a rise of 90 on last year.",
    "There were 3,100 house sales across Wales in 2023. This year's provisional figure of 2,950 for Cardiff represents a fall of 40.",
])
def test_level_named_as_a_level_with_its_own_base_or_place_is_clean(text):
    assert_clean(text)


def test_level_named_as_a_level_still_flags():
    assert_flagged("The force logged 2,400 thefts in 2022. This year's total of 2,050 represents a drop of 700.",
                   "700", "FC301")


# the earlier level told after the change with "had been": not a year-ago level after a change of one month
@pytest.mark.parametrize("text", [
    "Orders rose by 300 to 4,800 in March; last March the figure had been 3,900.",
    "Claims rose by 900 to 7,700 in November. A year earlier they had been 6,100.",
])
def test_year_ago_level_after_a_month_move_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Orders rose by 300 to 4,800 in March; the previous month the figure had been 4,200.", "300"),
    ("Claims rose by 900 to 7,700 in November. A month earlier they had been 6,100.", "900"),
])
def test_month_before_level_after_a_month_move_still_flags(text, target):
    assert_flagged(text, target, "FC301")

"""Round 29 (changes): the base of a multiple or a change described first and its figure set beside the description
("twice the previous record, £8.1m"; "up 47 on last year's count of 279"), and the size of a change as time taken off
a named record ("took 38 seconds off the previous record of 2:14:52")."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# a multiple, its base described with a determiner or owner, then the base's figure in apposition
@pytest.mark.parametrize("text, target", [
    ("Last night's crowd of 9,400 was three times the stadium's previous best, the 2,100 who came in 1998.",
     "three times"),
    ("Turnout reached 61,000, double the old attendance record for a women's fixture, 41,500.", "double"),
    ("Donations hit $4.8m, four times last year's appeal total, $2.9m, the charity said.", "four times"),
    ("A barrel now costs $44, half the price agreed in March, $60.", "half"),
    ("Rainfall of 96mm in a day was twice the old station record, 71mm, set in 1987.", "twice"),
    ("The lorry weighs 44 tonnes, more than three times the bridge's old limit, 17.5 tonnes.", "more than three times"),
])
def test_multiple_of_an_apposed_base_is_flagged(text, target):
    assert_flagged(text, target, "FC302")


@pytest.mark.parametrize("text", [
    "Turnout reached 83,000, double the old attendance record for a women's fixture, 41,500.",
    "Last night's crowd of 6,300 was three times the stadium's previous best, the 2,100 who came in 1998.",
    "The club paid £72m, twice its previous record, the £36m it spent on a winger in 2022.",
    "The fee of £72m is twice the club's previous record, and £30m more than its rivals paid.",
    "The fund now holds £9m, twice the target set in 2020, £2m more than the trustees hoped.",
    "Donations hit $4.8m, four times last year's appeal total, $1.2m of it from one donor.",
    "Donations hit $4.8m, four times last year's appeal, $3m more than the target.",
    "Sales reached 9,000, twice the total for the region, 4,000 of them in May.",
    "Rainfall of 96mm in a day was twice the monthly average, 71mm of it in the storm's first hour.",
])
def test_multiple_with_a_matching_or_other_apposed_figure_is_clean(text):
    assert_clean(text)


# a change's size, then "on" its base named by its time and "of" the base's figure
@pytest.mark.parametrize("text, target, rule", [
    ("The airport handled 8.4 million passengers in March, up 900,000 on February's total of 7.1 million.",
     "900,000", "FC301"),
    ("Sales of the magazine reached 64,000 copies, down 3,000 on the previous month's figure of 70,000.", "3,000",
     "FC301"),
    ("At £412m, the council's budget is up £25m on the prior year's allocation of £395m.", "£25m", "FC301"),
    ("The charity's income was £9.6m, a rise of £1.9m on the previous year's income of £8.1m.", "£1.9m", "FC301"),
    ("Admissions rose to 5,200, 12% up on last winter's tally of 4,100.", "12%", "FC203"),
    ("The orchestra played to 41,800 people this season, 5,000 more on the 2023 season's audience of 39,800.",
     "5,000", "FC301"),
])
def test_size_on_a_timed_base_of_its_figure_is_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", [
    "The airport handled 8.4 million passengers in March, up 1.3 million on February's total of 7.1 million.",
    "Operating profit rose £2m to £14m on revenue of £80m.",
    "Pre-tax profit was £14m, up £2m on turnover of £80m.",
    "Profit was up £1m on sales of £30m.",
    "Volunteers counted 312 red squirrels, up 47 on the island's population of 1,500 in 1990.",
    "Shares rose 4p to 212p on the back of results showing profits of 95p a share.",
])
def test_size_on_a_base_of_another_kind_is_clean(text):
    assert_clean(text)


# a level, then the size taken off a named base by a verb of taking off ("took", "knocked", "shaved", "slicing")
@pytest.mark.parametrize("text, target", [
    ("The Kenyan clocked 2:00:35, slicing 24 seconds off the previous mark of 2:01:09.", "24 seconds"),
    ("The new timetable cuts the trip to 47 minutes, knocking 15 minutes off the current journey time of 58 minutes.",
     "15 minutes"),
    ("At £1,450, the new fare shaves £200 off last year's price of £1,580.", "£200"),
    ("Her swim of 4:31.2 took 1.4 seconds off the national record of 4:33.8.", "1.4 seconds"),
    ("The 46.10 seconds he ran knocked 0.6 seconds off his personal best of 46.48.", "0.6 seconds"),
])
def test_size_taken_off_a_named_base_is_flagged(text, target):
    assert_flagged(text, target, "FC301")


@pytest.mark.parametrize("text", [
    "The Kenyan clocked 2:00:35, slicing 34 seconds off the previous mark of 2:01:09.",
    "At £1,450, the new fare shaves £130 off last year's price of £1,580.",
    "The Kenyan clocked 2:00:35, slicing 34 seconds off her time in the heats, when she ran 2:03:10.",
    "The deal knocked £40m off the company's value of £900m.",
    "The bill came to £1,450 after the insurer took £200 off the cost of repairs of £1,580.",
])
def test_size_taken_off_that_fits_or_names_no_base_is_clean(text):
    assert_clean(text)


# the earlier level in the next clause or sentence: its period named, then "had been" (or "was", "stood at")
@pytest.mark.parametrize("text, target", [
    ("The waiting list grew by 1,100 to 8,900 in October. A month earlier the list had been 7,400.", "1,100"),
    ("Petrol prices rose 6p to 151p this week; last week the average had been 148p.", "6p"),
    ("Membership rose by 900 to 12,600 in the first half; at the start of the year it had been 11,400.", "900"),
    ("Jobless claims were cut by 2,000 to 31,000 in May. The previous month, the count had been 36,500.", "2,000"),
    ("Fees were raised by $400 to $9,900 this year. Last year tuition had been $9,300.", "$400"),
    ("The waiting list in Leeds grew by 1,100 to 8,900 in October. A month earlier the Leeds list had been 7,400.",
     "1,100"),
])
def test_change_with_its_old_level_had_been_next_is_flagged(text, target):
    assert_flagged(text, target, "FC301")


@pytest.mark.parametrize("text", [
    "The waiting list grew by 1,500 to 8,900 in October. A month earlier the list had been 7,400.",
    "The waiting list grew by 1,100 to 8,900 in October. A month earlier the hospital had employed 7,400 staff.",
    "The waiting list grew by 1,100 to 8,900 in October. In 2019 the list had been 7,400.",
    "The waiting list grew by 1,100 to 8,900 in October. Three years earlier it had been 7,400.",
    "The waiting list grew by 1,100 to 8,900 in October. A month earlier the list had been 7,800.",
    "The waiting list in Leeds grew by 1,100 to 8,900 in October. A month earlier the list in York had been 7,400.",
])
def test_old_level_of_another_time_or_thing_is_clean(text):
    assert_clean(text)


# a level named as a level of its period, a verb of what it amounts to, then its change; the old level the one of
# the sentence before
@pytest.mark.parametrize("text, target", [
    ("The charity handed out 6,200 food parcels in 2022. Its total for this year, 8,900, marks a rise of 2,100.",
     "2,100"),
    ("Last season the club sold 14,500 season tickets. This season's sales of 16,900 represent an increase of 1,900.",
     "1,900"),
    ("In 2021 the agency recorded 3,870 complaints. The 2023 tally of 3,310 is a drop of 460.", "460"),
    ("Council tax on a Band D home was £1,980 last year. This year's bill of £2,070 means an increase of £60.",
     "£60"),
    ("The port handled 41,000 containers last winter. This winter's figure of 36,500 represents a decline of 2,500.",
     "2,500"),
])
def test_level_that_amounts_to_a_change_on_the_sentence_before_is_flagged(text, target):
    assert_flagged(text, target, "FC301")


@pytest.mark.parametrize("text", [
    "In 2021 the agency recorded 3,870 complaints. The 2023 tally of 3,310 is a drop of 560.",
    "Last season the club sold 14,500 season tickets. This season's sales of 16,900 represent an increase of 2,400.",
    "In 2022 the county recorded 1,450 road casualties. The 2023 figure of 1,218 represents a fall of 332 on 2021.",
    "In 2022 the county recorded 1,450 road casualties. This year's figure of 1,218 represents a fall of 332 since "
    "2019.",
    "In 2022 the county recorded 1,450 road casualties. This year's count of 1,218 cyclists hurt represents a rise "
    "of 332.",
    "The council employed 1,980 staff last year. This year's bill of 2,070 agency workers means an increase of 60.",
])
def test_level_that_amounts_to_a_change_from_another_base_is_clean(text):
    assert_clean(text)


# a verb of change on its object, the size after "by" up to eight words on, then the two levels
@pytest.mark.parametrize("text, target", [
    ("The reform will lift the state pension by £9.50 a week in April, from £221.20 to £232.70.", "£9.50"),
    ("Councillors trimmed the arts budget by £1.1m, from £6.3m to £5.4m.", "£1.1m"),
    ("The new deal lifts the average Premier League referee's match fee by £300, from £1,150 to £1,550.", "£300"),
    ("The district slashed its road repair budget by $2m, from $11m to $7m.", "$2m"),
])
def test_change_verb_on_its_object_sized_by_is_flagged(text, target):
    assert_flagged(text, target, "FC301")


@pytest.mark.parametrize("text", [
    "The adjustment will lift the average retirement benefit by $79 a month in January, from $1,848 to $1,927.",
    "Councillors trimmed the arts budget by £0.9m, from £6.3m to £5.4m.",
    "The news lifted shares by 4%, and the index rose from 7,400 to 7,650.",
    "The upgrade will lift capacity on the line by 2,000 seats a day, while fares go from £12 to £14.",
    "Police lifted the cordon after 40 minutes, and 300 residents returned from 12 shelters to 280 homes.",
])
def test_change_verb_on_its_object_that_fits_or_moves_another_thing_is_clean(text):
    assert_clean(text)


# a level that goes past its base by a margin: the verb's object the base, the margin after "by"
@pytest.mark.parametrize("text, target", [
    ("The £62m fee eclipses the previous club record of £45m by £23m.", "£23m"),
    ("This year's harvest of 41,000 tonnes exceeds last year's 36,500 tonnes by 6,000 tonnes.", "6,000 tonnes"),
    ("At $9.4bn, the bid tops the rival offer of $8.1bn by $1.6bn.", "$1.6bn"),
    ("Attendance of 74,300 surpassed the previous high of 71,900 by 3,400.", "3,400"),
    ("The new bridge, at 1,991 metres, outstrips the old record of 1,624 metres by 467 metres.", "467 metres"),
    ("Smith's 68 beat the course average of 71 by four shots.", "four"),
])
def test_margin_past_a_named_base_is_flagged(text, target):
    assert_flagged(text, target, "FC301")


@pytest.mark.parametrize("text", [
    "The £62m fee eclipses the previous club record of £45m by £17m.",
    "Smith's 68 beat the course average of 71 by three shots.",
    "The 40 volunteers beat the target of 30 by 10.",
    "Sales of 9,000 exceeded forecasts by 20%.",
    "The £62m fee exceeds the £45m record by 38%.",
    "Demand of 4,300 tonnes exceeded supply by 300 tonnes, after stocks of 2,000 tonnes ran out.",
])
def test_margin_that_fits_or_has_no_named_base_is_clean(text):
    assert_clean(text)

"""Round 31 (lead): a problem on a body figure the headline told alike carries the headline's figure."""
from checker import check_text
from checker.echoes import with_headline_echoes
from tests.shapes import assert_clean, assert_flagged

HEADLINED_TOTALS = [
    ("Coach picks 23-man squad\nThe coach has picked a 23-man squad for the tour, made up of 15 forwards and "
     "nine backs.", "23-man"),
    ("Council to spend £40m on roads\nThe council will spend £40m on roads this year: £25m on resurfacing and "
     "£18m on new junctions.", "£40m"),
    ("Ferry firm axes 120 jobs\nThe ferry firm will axe 120 jobs, 70 at Dover and 56 at Portsmouth, it said "
     "on Monday.", "120"),
]


def test_headline_echo_of_a_wrong_total_is_flagged_too():
    for text, target in HEADLINED_TOTALS:
        assert_flagged(text, target, "FC10")  # the target's FIRST occurrence is the headline's


def test_the_echo_is_a_related_span_of_the_body_finding():
    text, target = HEADLINED_TOTALS[0]
    problems = [f for f in check_text(text) if f.is_problem]
    head = text.index(target)
    body = text.index(target, head + 1)
    assert any(f.start == body and any(r.start == head for r in f.related) for f in problems)


def test_a_rounded_headline_is_no_echo():
    text = ("Ferry firm axes 120 jobs\nThe ferry firm will axe 123 jobs, 70 at Dover and 56 at Portsmouth, it "
            "said on Monday.")
    problems = [f for f in check_text(text) if f.is_problem]
    assert problems and not any(r.start < 30 for f in problems for r in f.related)


CONSISTENT = [
    "Coach picks 23-man squad\nThe coach has picked a 23-man squad for the tour, made up of 14 forwards and "
    "nine backs.",
    "Ferry firm axes 120 jobs\nThe ferry firm will axe 120 jobs, 70 at Dover and 50 at Portsmouth, it said "
    "on Monday.",
]


def test_consistent_headlined_totals_stay_clean():
    for text in CONSISTENT:
        assert_clean(text)


def test_no_echo_without_a_verified_headline_restatement():
    text = "The coach has picked a 23-man squad for the tour, made up of 15 forwards and nine backs."
    findings = check_text(text)
    assert with_headline_echoes(findings, text) == findings


# A share told before "PART of the WHOLE" is not the pair's when the pair tells its own share right after it, or
# when the share is a turnout and the whole the voters who turned out; nor is a share after the pair when the pair
# already restated a share before it.
SHARES_OF_ANOTHER = [
    "On a turnout of 81%, 412 of the 530 who voted, or 78%, backed the merger.",
    "On a turnout of 62%, 3,150 of the 4,020 who voted backed the new contract.",
    "Turnout was 55%, and 1,204 of the 1,620 ballots (74%) were for the plan.",
    "On a turnout of 70%, or 1,050 of the 1,500 members, 91% voted to strike.",
]


def test_a_share_of_another_whole_beside_the_pair_stays_clean():
    for text in SHARES_OF_ANOTHER:
        assert_clean(text)


PAIRS_OWN_SHARE_WRONG = [
    ("On a turnout of 81%, 412 of the 530 who voted, or 88%, backed the merger.", "88%"),
    ("On a turnout of 70%, or 1,050 of the 1,500 members, 91% voted to strike.".replace("70%", "60%"), "60%"),
    ("Women made up 38% of delegates, or 115 of the 250 present.", "38%"),
    ("Some 918 of the 1,240 members, 64%, voted.", "64%"),
]


def test_the_pairs_own_share_is_still_checked():
    for text, target in PAIRS_OWN_SHARE_WRONG:
        assert_flagged(text, target, "FC2")


# Two sizes, each naming its own thing by another name, are two things.
NAMED_APART = [
    "It is the third longest bridge, after the 2.4km Tamar bridge and the 1.9km Severn bridge.",
    "The 6.1km Serra tunnel opened in 2012, two years before the 5.3km Bravo tunnel.",
    "The 140-mile Kennet canal and the 92-mile Avon canal meet at the basin.",
]
SAME_NAME_OR_NONE = [
    ("The 6.1km Serra tunnel opened in 2012. The 5.3km Serra tunnel cost €300m to build.", "5.3km"),
    ("The 6.1km tunnel opened in 2012. Engineers said the 5.3km tunnel cost €300m to build.", "5.3km"),
]


def test_sizes_of_things_named_apart_stay_clean():
    for text in NAMED_APART:
        assert_clean(text)


def test_sizes_of_one_thing_still_restated():
    for text, target in SAME_NAME_OR_NONE:
        assert_flagged(text, target, "FC40")


# A move told by its start and size, the level it reached told with its own verb in the sentence before.
MOVES_REACHING_A_LEVEL_TOLD_BEFORE = [
    ("The number of lorries queuing at the border has risen to 62, police said. The queue has grown from 31 lorries "
     "on Monday, an increase of 24 in three days.", "24"),
    ("The hospital's waiting list has risen to 5,900, the trust said. It has grown from 3,100 in March, an increase "
     "of 2,300.", "2,300"),
    ("Membership of the union has fallen to 21,400. Membership has dropped from 25,900 a year ago, a fall of "
     "3,500.", "3,500"),
    ("The average monthly rent has climbed to £1,240. Rents have gone up by £130 from £1,090 in 2021.", "£130"),
    ("The lake's level has fallen to 37m. It has dropped 5m from 44m in June.", "5m"),
    ("The queue of ferries rose to 19 on Sunday. It grew from 7 on Thursday, an increase of 9 in three days.", "9"),
    # another count of the kind in a clause of its own
    ("The number of lorries queuing has risen to 62. It has grown from 31 on Monday, an increase of 24, and nine "
     "other lorries have been sent to Dover.", "24"),
]
MOVES_REACHING_A_LEVEL_TOLD_BEFORE_RIGHT = [
    "The number of lorries queuing at the border has risen to 62, police said. The queue has grown from 31 lorries "
    "on Monday, an increase of 31 in three days.",
    "The average monthly rent has climbed to £1,240. Rents have gone up by £150 from £1,090 in 2021.",
    "The lake's level has fallen to 37m. It has dropped 7m from 44m in June.",
]
ANOTHER_MOVE_BESIDE_A_LEVEL = [
    # another measure
    "Imports have risen to 5,900 tonnes. Exports have grown from 3,100 tonnes in March, an increase of 900.",
    # a part of the measure
    "The club's membership has risen to 6,100. Its youth section has grown from 1,200 members, an increase of 500.",
    # the move ended at another time
    "Tickets have risen to £9.40. They had risen from £6.20 in 2016, an increase of £1.80 by 2019.",
    # an earlier episode, told in another tense
    "The deficit has risen to £61m. It grew from £30m in 2018, an increase of £12m in two years, before Covid.",
]


def test_a_move_against_the_level_told_before_is_checked():
    for text, target in MOVES_REACHING_A_LEVEL_TOLD_BEFORE:
        assert_flagged(text, target, "FC30")


def test_a_move_matching_the_level_told_before_stays_clean():
    for text in MOVES_REACHING_A_LEVEL_TOLD_BEFORE_RIGHT + ANOTHER_MOVE_BESIDE_A_LEVEL:
        assert_clean(text)


# The level a move from one value reached, called the lowest or highest, is a level over time, not the top of the
# sentence's figures.
LEVELS_REACHED_CALLED_LOWEST = [
    "The trust will take £9 million from its reserves, cutting them from £38 million to £29 million, the lowest "
    "level its treasurer would accept.",
    "Fares rose by 40p, taking them from £2.60 to £3.00, the highest level the regulator allows.",
]


def test_a_level_reached_called_lowest_stays_clean():
    for text in LEVELS_REACHED_CALLED_LOWEST:
        assert_clean(text)


def test_a_ranking_called_lowest_is_still_checked():
    assert_flagged("Of the three bids, Acme's was £9m, the lowest, against £7m from Brant and £8m from Cole.",
                   "£9m", "FC70")


# A rugby side's points and the scores they came from (FC105): union or league, never neither.
SCORES_THAT_MAKE_NEITHER = [
    ("Leinster's 33 points came from four tries, four conversions and two penalties.", "33"),
    ("The Warriors' 22 points came from three tries, three conversions and a penalty goal.".replace(
        "a penalty goal", "one penalty goal"), "22"),
    ("Bath ran in six tries and kicked five conversions for their 44 points.", "44"),
    ("Their 19 points came from two tries, a conversion and two drop goals.".replace("a conversion", "one conversion"),
     "19"),
]
SCORES_TOLD_WITH_A_AND_ALL_CONVERTED = [
    "The Sharks' 24 points came from three tries, all of them converted, and a late penalty.",   # union 15 + 6 + 3
    "Leeds' 23 points came from four tries, three conversions and a drop goal.",   # league 16 + 6 + 1
]
SCORES_THAT_MAKE_ONE_CODE = [
    "Leinster's 34 points came from four tries, four conversions and two penalties.",   # union 20 + 8 + 6
    "The Warriors' 20 points came from three tries, three conversions and one penalty goal.",  # league 12 + 6 + 2
    "Bath ran in six tries and kicked five conversions for their 40 points.",  # union 30 + 10
]
NOT_ONE_SIDES_BREAKDOWN = [
    "Both sides scored three tries, and Leeds won by 27 points to 21.",
    "Wigan's 30 points came from five tries and five conversions, with Smith kicking all five.",
    "The 40 points included four tries, two of them converted.",
]


def test_a_single_score_and_all_converted_count():
    assert_flagged("The Sharks' 26 points came from three tries, all of them converted, and a late penalty.", "26",
                   "FC105")
    assert_flagged("Leeds' 25 points came from four tries, three conversions and a drop goal.", "25", "FC105")


def test_scores_that_make_the_points_in_neither_code_are_flagged():
    for text, target in SCORES_THAT_MAKE_NEITHER:
        assert_flagged(text, target, "FC105")


def test_scores_that_make_the_points_in_one_code_stay_clean():
    for text in SCORES_THAT_MAKE_ONE_CODE + SCORES_TOLD_WITH_A_AND_ALL_CONVERTED + NOT_ONE_SIDES_BREAKDOWN:
        assert_clean(text)


# A list that runs on to what is left, no figure given, is only some of the whole: exceeding it is still wrong.
def test_a_list_running_on_to_an_unfigured_rest_is_partial():
    assert_clean("Gritters were out on 212 routes on Tuesday night: 88 in the north, 71 in the west and the rest in "
                 "the south and east.")
    assert_clean("The 40 buses include 12 in Leeds, 9 in York and the others in Hull.")
    assert_flagged("Gritters were out on 212 routes on Tuesday night: 98 in the north, 131 in the west and the rest "
                   "in the south and east.", "212", "FC102")
    assert_flagged("Gritters were out on 212 routes on Tuesday night: 88 in the north, 71 in the west and 43 in the "
                   "south.", "212", "FC101")


# The second of two parts "of them" after their whole does not stand for the whole in the change told after it.
def test_a_part_of_them_is_not_the_level_a_change_compares():
    assert_clean("The club scored 74 league goals this season, 40 of them at home and 34 away - nine more than the "
                 "65 it managed last season.")
    assert_clean("The charity fed 5,600 families, 3,100 of whom were in Leeds and 2,500 in Hull - 800 more than the "
                 "4,800 it fed last year.")


# After a closed breakdown, ", and VERB just/only N" is the subject's next predicate with its own count, no part.
def test_a_next_predicate_with_just_its_own_count_is_no_part():
    assert_clean("United ended the season with 88 league goals, 50 of them at home and 38 away, and conceded just 29 "
                 "for a goal difference of +59.")
    assert_clean("The clinic saw 2,400 patients, 1,300 of them women and 1,100 men, and referred only 75 to hospital.")
    assert_flagged("United ended the season with 88 league goals, 50 of them at home and 48 away, and conceded just 29.",
                   "88", "FC10")

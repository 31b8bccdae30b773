"""Round 12 shapes of sums, shares and percents: each flag text has its rule
code and target span asserted, and each clean twin must raise no error or
warning (own wording and figures, not the learning sets')."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text):
    return [f for f in check_text(text) if f.is_problem]


def _flags(text, rule, target):
    found = [f for f in problems(text) if f.rule == rule]
    spans = [text[f.start:f.end] for f in found]
    assert found and any(target in s or s in target for s in spans), \
        (text, [(f.rule, text[f.start:f.end], f.message) for f in problems(text)])
    assert found[0].arithmetic and found[0].tolerance


def _clean(text):
    assert problems(text) == [], [(f.rule, text[f.start:f.end], f.message) for f in problems(text)]


# a list in a bracket (or between dashes) breaks down the figure right before it; a running total
# after the aside is a new whole that holds that figure, not the sum of the aside's parts
ASIDE_THEN_RUNNING = [
    # (or a comma list headed by a figure with its noun: the first figure heads the others)
    "The scheme will create 120 homes, 80 for sale and 40 for rent, bringing the estate's total to 1,450.",
    "The scheme will create 120 homes, 80 for sale and 30 for rent, bringing the estate's total to 1,450.",
    "The new block adds 84 flats (60 for social rent and 24 for shared ownership), taking the estate's total to 910.",
    "The extension creates 150 places (90 in the morning nursery and 60 in the after-school club), bringing the "
    "centre's total to 610.",
    "The airline has ordered 30 jets - 18 narrow-bodies and 12 wide-bodies - lifting its fleet total to 214.",
    "Volunteers planted another 2,400 trees (1,500 oaks and 900 birches), taking the total for the year to 11,300.",
]
ASIDE_WRONG = [
    ("The new block adds 84 flats (60 for social rent and 34 for shared ownership), taking the estate's total "
     "to 910.", "84"),
    ("The airline has ordered 30 jets - 18 narrow-bodies and 15 wide-bodies - lifting its fleet total to 214.", "30"),
]


@pytest.mark.parametrize("text", ASIDE_THEN_RUNNING)
def test_aside_then_running_total_is_clean(text):
    _clean(text)


@pytest.mark.parametrize("text,target", ASIDE_WRONG)
def test_aside_still_checked_against_its_figure(text, target):
    _flags(text, "FC101", target)


def test_running_total_after_plain_list_still_checked():
    _flags("Crowds of 12,300 on Friday and 14,650 on Saturday took the fair's total attendance to 28,950.",
           "FC101", "28,950")


# "Of those" after a share or part cut out of a whole: the share may be of that sub-group
SUBGROUP_CLEAN = [
    "Two-thirds of the 900 letters sent to the council were about parking. Of those, a third (200) came from "
    "one street.",
    "Some 40% of the 1,200 staff work part-time. Of those, a fifth (96) are men.",
    "Of the 2,500 runners, three in five were women. Among them, one in ten - about 150 - were over 60.",
    "Just 360 of the 900 members polled backed a strike. Of them, a third - 120 - would walk out at once.",
]
SUBGROUP_WRONG = [
    ("Two-thirds of the 900 letters sent to the council were about parking. Of those, a third (90) came from "
     "one street.", "a third"),
    ("The council received 900 letters. Of those, a third (200) came from one street.", "a third"),
]


@pytest.mark.parametrize("text", SUBGROUP_CLEAN)
def test_share_of_subgroup_is_clean(text):
    _clean(text)


@pytest.mark.parametrize("text,target", SUBGROUP_WRONG)
def test_share_of_those_still_checked(text, target):
    _flags(text, "FC201", target)


# one part "N of them/of that" (or its label first) in the sentence after a lone count, then what is
# left ("the remaining", past a clause with a modifier) or the other half of a pair: all of it
REST_AFTER = [
    ("The library lent 58,000 books last year. Children borrowed 21,000 of them, with the remaining 33,000 going "
     "to adults.", "58,000",
     "The library lent 54,000 books last year. Children borrowed 21,000 of them, with the remaining 33,000 going "
     "to adults."),
    ("The charity received 1,460 applications. It approved 910 of them, while the remaining 450 were turned down.",
     "1,460",
     "The charity received 1,360 applications. It approved 910 of them, while the remaining 450 were turned down."),
    ("The pair bought the two-bed flat for £245,000 last year. They paid a deposit of £30,000 and took out a "
     "30-year loan for the remaining £205,000.", "£245,000",
     "The pair bought the two-bed flat for £235,000 last year. They paid a deposit of £30,000 and took out a "
     "30-year loan for the remaining £205,000."),
    ("The two-day festival drew 18,500 fans. Saturday pulled in 9,800 and the remaining 7,700 came on Sunday.",
     "18,500",
     "The two-day festival drew 17,500 fans. Saturday pulled in 9,800 and the remaining 7,700 came on Sunday."),
    ("Trade through the crossing was worth £9.6bn. Exports accounted for £5.1bn of that and imports £3.5bn.",
     "£9.6bn",
     "Trade through the crossing was worth £8.6bn. Exports accounted for £5.1bn of that and imports £3.5bn."),
    ("The depot shipped 4.75 million tonnes in 2025. Imports made up 2.6 million tonnes of that and exports 1.95 "
     "million, the yearbook shows.", "4.75 million",
     "The depot shipped 4.55 million tonnes in 2025. Imports made up 2.6 million tonnes of that and exports 1.95 "
     "million, the yearbook shows."),
]


@pytest.mark.parametrize("text,target,twin", REST_AFTER)
def test_part_then_rest_next_sentence(text, target, twin):
    _flags(text, "FC101", target)
    _clean(twin)


def test_imports_alone_are_partial():
    _clean("The port handled 2.9 million tonnes. Imports made up 1.1 million of that.")


# a rate of two counts: "N NOUN from M NOUN, a RATE of SHARE", and a rate named for hits after "X of the Y"
# is the part's share, not the rest's (unless a verb of the other outcome stands before the part)
RATES = [
    ("The striker has scored nine goals from 45 shots, a conversion rate of 30%.", "30%",
     "The striker has scored nine goals from 45 shots, a conversion rate of 20%."),
    ("The keeper has made 42 saves from 60 shots on target - a save rate of 50%.", "50%",
     "The keeper has made 42 saves from 60 shots on target - a save rate of 70%."),
    ("Her yard has saddled 27 winners from 90 runners so far, a strike rate of 40 per cent.", "40 per cent",
     "Her yard has saddled 27 winners from 90 runners so far, a strike rate of 30 per cent."),
    ("Ring statistics showed the challenger landed 150 of the 600 punches he threw, a connect rate of 75%.", "75%",
     "Ring statistics showed the challenger landed 150 of the 600 punches he threw, a connect rate of 25%."),
    ("The batter reached base in 61 of his 150 plate appearances, a hit rate of 59%.", "59%",
     "The batter reached base in 61 of his 150 plate appearances, a hit rate of 41%."),
]


@pytest.mark.parametrize("text,target,twin", RATES)
def test_rates_of_two_counts(text, target, twin):
    _flags(text, "FC201", target)
    _clean(twin)


@pytest.mark.parametrize("text", [
    "The striker has scored nine goals from 45 shots, a miss rate of 80%.",
    "The challenger missed 450 of the 600 punches he threw, a connect rate of 25%.",
    "The boxer failed to land 450 of the 600 punches he threw, a connect rate of 25%.",
    "The bank cut staff to 38 branches from 114 offices, a rate of 23%.",
])
def test_rates_other_outcome_or_change_stay_clean(text):
    _clean(text)


# shares whose part or whole stands past a short label, a verb of the part, or a group's size
SHARE_SHAPES = [
    # BASE ... included PART with a label, SHARE of the total
    ("The 8,400 applications included 2,100 from overseas students, a third of the total.", "a third",
     "The 8,400 applications included 2,100 from overseas students, a quarter of the total."),
    ("The zoo's 3,600 animals include 540 birds kept in the aviary - 25% of the total.", "25%",
     "The zoo's 3,600 animals include 540 birds kept in the aviary - 15% of the total."),
    # PART of NOUN VERB in PERIOD at PLACE - SHARE of the BASE
    ("Only 23mm of rain fell at the Heathrow gauge in April, 55% of the 51mm long-term average.", "55%",
     "Only 23mm of rain fell at the Heathrow gauge in April, 45% of the 51mm long-term average."),
    ("Some 140 tonnes of grain arrived at the Tilbury docks on Monday, a quarter of the 420 tonnes expected.",
     "a quarter",
     "Some 140 tonnes of grain arrived at the Tilbury docks on Monday, a third of the 420 tonnes expected."),
    # BASE, SHARE of them LABEL - PART (closing the sentence)
    ("The hospital treated 9,600 patients last winter, a quarter of them in its emergency wing, or some 3,100.",
     "a quarter",
     "The hospital treated 9,600 patients last winter, a quarter of them in its emergency wing, or some 2,400."),
    ("The festival sold 52,000 tickets, two-thirds of them to people from outside the county - roughly 26,000 in "
     "all.", "two-thirds",
     "The festival sold 52,000 tickets, two-thirds of them to people from outside the county - roughly 35,000 in "
     "all."),
    # SHARE NOUN in the N-strong GROUP ... . That amounted to PART
    ("Only one in four riders in the 160-strong field finished inside the top 40. That amounted to 22 cyclists.",
     "one in four",
     "Only one in four riders in the 160-strong field finished inside the top 40. That amounted to 40 cyclists."),
]


@pytest.mark.parametrize("text,target,twin", SHARE_SHAPES)
def test_share_shapes(text, target, twin):
    _flags(text, "FC201", target)
    _clean(twin)


def test_label_then_other_figure_is_no_part():
    _clean("The festival sold 52,000 tickets, two-thirds of them to people from outside the county - 26,000 more "
           "than last year.")


# a modifier inside the total's noun phrase ("a 72-hole total of", "a three-day total of") is neither the
# total nor one more part
MODIFIED_TOTAL = [
    ("Her rounds of 66, 70, 72 and 68 gave her a 72-hole total of 272, two shots clear of the field.", "272",
     "Her rounds of 66, 70, 72 and 68 gave her a 72-hole total of 276, two shots clear of the field."),
    ("Stages of 41, 38 and 45 miles took the riders to a three-day total of 134 miles.", "134 miles",
     "Stages of 41, 38 and 45 miles took the riders to a three-day total of 124 miles."),
    ("The squad scored 31, 27 and 40 points in the group, a three-game total of 108.", "108",
     "The squad scored 31, 27 and 40 points in the group, a three-game total of 98."),
]


@pytest.mark.parametrize("text,target,twin", MODIFIED_TOTAL)
def test_modifier_in_total_phrase(text, target, twin):
    _flags(text, "FC101", target)
    _clean(twin)


# the number of contests a record covers, written as a modifier, holds one outcome of each (won, drew,
# lost); an aside counting some of one part ("24 of them inside the distance") is no part
RECORDS = [
    ("Over a 41-fight professional career the Welshman won 36 bouts, 24 of them inside the distance, lost three "
     "and drew one.", "41-fight",
     "Over a 40-fight professional career the Welshman won 36 bouts, 24 of them inside the distance, lost three "
     "and drew one."),
    ("In a 38-game season the club won 21, drew 9 and lost 6.", "38-game",
     "In a 36-game season the club won 21, drew 9 and lost 6."),
    ("During his 30-race career the gelding won 11 times, 6 of them over hurdles, lost 17 and dead-heated once, "
     "drawing two.", None, None),
]


@pytest.mark.parametrize("text,target,twin", [r for r in RECORDS if r[1]])
def test_record_of_contests(text, target, twin):
    _flags(text, "FC101", target)
    _clean(twin)


@pytest.mark.parametrize("text", [
    "Across her 52-match campaign she won 40 matches and lost 12.",  # won and lost alone: draws may be left out
    "The 38-game season saw the club win 21 and score 60 goals.",
])
def test_record_without_every_outcome_is_clean(text):
    _clean(text)


# a leading base and one outcome ("Of the Y ..., X VERBed"), then a next sentence tallying other outcomes,
# opened by a bare count and joined by "N more" or "a further N": all of the Y when it agrees or misses by a
# slip of one digit; a bound when every part leaves the course ("abandoned", "withdrew"); else nothing
OTHER_OUTCOMES = [
    ("Of the 176 riders who set out from Brest, 153 reached the finish. Twenty-two abandoned after crashes and "
     "eight more were eliminated on time.", "176",
     "Of the 183 riders who set out from Brest, 153 reached the finish. Twenty-two abandoned after crashes and "
     "eight more were eliminated on time."),
    ("Of the 250 boats that set sail, 205 finished the race. Twenty-six retired with damage and a further nine "
     "were disqualified.", "250",
     "Of the 240 boats that set sail, 205 finished the race. Twenty-six retired with damage and a further nine "
     "were disqualified."),
    ("Just 412 of the 490 candidates passed. Eighty failed outright and 12 more withdrew before the final paper.",
     "490",
     "Just 412 of the 504 candidates passed. Eighty failed outright and 12 more withdrew before the final paper."),
]


@pytest.mark.parametrize("text,target,twin", OTHER_OUTCOMES)
def test_other_outcomes_next_sentence(text, target, twin):
    found = [f for f in problems(text) if f.rule in ("FC101", "FC102")]
    assert found and any(target in text[f.start:f.end] for f in found), (text, found)
    _clean(twin)


@pytest.mark.parametrize("text", [
    "Of the 176 riders who started, 158 reached Paris. Twenty-one crashed on the cobbles and 12 more were injured "
    "in falls.",  # they may have finished too
    "Of the 176 riders who started, 158 reached Paris. Twenty-one of them were French and three more Belgian.",
])
def test_overlapping_outcomes_stay_clean(text):
    _clean(text)


# a headline's lone count over a first body sentence tallying one event day by day ("a further N on
# Sunday"): all of it only when the sum agrees or misses it by a slip of one digit
def _sum_flags(text, target):
    found = [f for f in problems(text) if f.rule == "FC101"]
    assert found and any(target in text[f.start:f.end] for f in found), \
        (text, [(f.rule, text[f.start:f.end], f.message) for f in problems(text)])
    assert found[0].arithmetic and found[0].tolerance


HEADLINE_DAYS = [
    ("Ferry chaos: 1,372 sailings cancelled\nOperators scrapped 615 crossings on Monday and a further 657 on "
     "Tuesday as gales battered the coast.", "1,372",
     "Ferry chaos: 1,272 sailings cancelled\nOperators scrapped 615 crossings on Monday and a further 657 on "
     "Tuesday as gales battered the coast."),
    ("Airport strike grounds 677 flights\nStaff walkouts grounded 315 flights on Thursday and another 352 on "
     "Friday, the airport said.", "677",
     "Airport strike grounds 667 flights\nStaff walkouts grounded 315 flights on Thursday and another 352 on "
     "Friday, the airport said."),
]


@pytest.mark.parametrize("text,target,twin", HEADLINE_DAYS)
def test_headline_over_days(text, target, twin):
    _sum_flags(text, target)
    assert not [f for f in problems(twin) if f.rule.startswith("FC10")]


def test_headline_over_days_far_off_is_silent():
    # the headline may count a longer span: only a slip of one digit is read as a mistake
    text = ("Ferry chaos: 1,900 sailings cancelled\nOperators scrapped 615 crossings on Monday and a further 657 on "
            "Tuesday as gales battered the coast.")
    assert not [f for f in problems(text) if f.rule.startswith("FC10")]


# a count, one outcome "of them", "and" the other outcome's verb before the rest: all of it
OUTCOMES_OF_THEM = [
    ("The tribunal heard 140 appeals last year, upheld 52 of them and dismissed 78.", "140",
     "The tribunal heard 130 appeals last year, upheld 52 of them and dismissed 78."),
    ("Inspectors checked 98 restaurants, passed 71 of them and failed 25.", "98",
     "Inspectors checked 96 restaurants, passed 71 of them and failed 25."),
    ("Novak, who contested 64 finals in his career, won 41 of them and lost only 21.", "64",
     "Novak, who contested 62 finals in his career, won 41 of them and lost only 21."),
]


@pytest.mark.parametrize("text,target,twin", OUTCOMES_OF_THEM)
def test_outcomes_of_them(text, target, twin):
    _flags(text, "FC101", target)
    _clean(twin)


@pytest.mark.parametrize("text", [
    "The club played 38 games, won 20 of them and lost eight, drawing the rest.",
    "The club played 38 games, won 20 of them and lost eight, with ten draws.",
    "The panel heard 140 appeals, upheld 52 of them and dismissed 70; the others were adjourned.",
])
def test_outcomes_of_them_with_a_third_outcome_stay_clean(text):
    _clean(text)


# more word orders of the same shapes: "SHARE of whom VERB ... - PART"; "giving him a RATE of SHARE";
# "a SHARE NOUN rate" after the share
MORE_ORDERS = [
    ("The council employs 5,200 staff, a fifth of whom work part-time, around 1,400.", "a fifth",
     "The council employs 5,200 staff, a fifth of whom work part-time, around 1,040."),
    ("The airline carried 3.6 million passengers, 45% of whom flew to Italy - about 1.2 million.", "45%",
     "The airline carried 3.6 million passengers, 45% of whom flew to Italy - about 1.6 million."),
    ("The trainer has had 42 winners from 120 runners, giving him a strike rate of 25%.", "25%",
     "The trainer has had 42 winners from 120 runners, giving him a strike rate of 35%."),
    ("She landed 212 of her 530 shots, a 60% success rate.", "60%",
     "She landed 212 of her 530 shots, a 40% success rate."),
    ("Of 650 applicants, 130 were successful, a 20% rejection rate.", "20%",
     "Of 650 applicants, 130 were successful, an 80% rejection rate."),
]


@pytest.mark.parametrize("text,target,twin", MORE_ORDERS)
def test_more_orders(text, target, twin):
    _flags(text, "FC201", target)
    _clean(twin)


@pytest.mark.parametrize("text", [
    "The carrier flew 4.2 million passengers, 38% of them to Spain - up from 1.9 million.",
    "The carrier flew 4.2 million passengers, 38% of them to Spain, 2.1 million more than last year.",
])
def test_other_figure_after_label_is_no_part(text):
    _clean(text)


# the same two outcomes with the whole after the first part: "VERB X of the|its|her Y ... and VERB Z"
OUTCOMES_OF_WHOLE = [
    ("The jury convicted 41 of the 58 defendants and acquitted 19.", "58",
     "The jury convicted 41 of the 58 defendants and acquitted 17."),
    ("She won 61 of her 79 matches this season and lost 16.", "79",
     "She won 61 of her 77 matches this season and lost 16."),
    ("The board approved 23 of its 40 bids and rejected 19.", "40",
     "The board approved 23 of its 40 bids and rejected 17."),
]


@pytest.mark.parametrize("text,target,twin", OUTCOMES_OF_WHOLE)
def test_outcomes_of_whole(text, target, twin):
    _flags(text, "FC101", target)
    _clean(twin)


def test_outcomes_of_whole_rest_deferred_is_clean():
    _clean("The board approved 23 of its 40 bids and rejected 12, deferring the rest.")


@pytest.mark.parametrize("text", [
    "Floods: 1,248 homes evacuated\nCrews rescued 712 people on Saturday and a further 436 on Sunday.",
    "Strike: 1,248 trains cancelled\nOperators ran 712 services on Saturday and a further 436 on Sunday.",
])
def test_headline_over_days_other_event_is_silent(text):
    assert not [f for f in problems(text) if f.rule.startswith("FC10")]


@pytest.mark.parametrize("text", [
    "The firm employs 5,200 staff, a third of them in Leeds, 1,040 in York.",  # a figure in a place of its own
    "He threw 530 punches and 318 of them missed, a connect rate of 40%.",  # the rate is the rest's
])
def test_share_near_misses_stay_clean(text):
    _clean(text)


# "added up to", "add up to" after a list is the list's sum (not "at most"; not a change)
ADDED_UP = [
    ("Her four rounds - 68, 71, 69 and 70 - added up to 274.", "274",
     "Her four rounds - 68, 71, 69 and 70 - added up to 278."),
    ("Donations of £1,200, £850 and £400 added up to £2,650.", "£2,650",
     "Donations of £1,200, £850 and £400 added up to £2,450."),
    ("Fees of £300 and £250 add up to £450.", "£450", "Fees of £300 and £250 add up to £550."),
]


@pytest.mark.parametrize("text,target,twin", ADDED_UP)
def test_added_up_to(text, target, twin):
    _flags(text, "FC101", target)
    _clean(twin)


def test_could_add_up_to_is_a_ceiling():
    _clean("The changes could add up to £5,000 a year for some families, on top of fees of £300 and £250.")


def test_count_past_another_share_is_that_shares_part():
    _clean("Three in ten of the festival's 2,000 volunteers were students, half of whom - 300 - studied locally.")
    _flags("A third of the 96 schools they visited, 42, were rated good.", "FC201", "A third")


# a totaliser opening the next sentence before its subject and verb ("In all, the airport handled N")
TOTAL_CLAUSE_NEXT = [
    ("Long-haul routes carried 4.1m passengers in July and short-haul routes 2.3m. In all, the airport "
     "handled 6.9 million.", "6.9 million",
     "Long-haul routes carried 4.1m passengers in July and short-haul routes 2.3m. In all, the airport "
     "handled 6.4 million."),
    ("The east stand held 9,400 fans and the west stand 7,800. Together, that made 18,200 fans.", "18,200",
     "The east stand held 9,400 fans and the west stand 7,800. Together, that made 17,200 fans."),
]


@pytest.mark.parametrize("text,target,twin", TOTAL_CLAUSE_NEXT)
def test_total_clause_next_sentence(text, target, twin):
    _flags(text, "FC101", target)
    _clean(twin)


def test_total_clause_over_longer_span_is_silent():
    _clean("Long-haul routes carried 4.1m passengers in July and short-haul routes 2.3m. In all, the airport "
           "handled 6.9 million passengers this year.")


def test_up_front_is_no_difference():
    _flags("The house sold for £312,000. The buyers paid £47,000 up front and the remaining £275,000 through a "
           "mortgage.", "FC101", "£312,000")
    _clean("The house sold for £322,000. The buyers paid £47,000 up front and the remaining £275,000 through a "
           "mortgage.")


@pytest.mark.parametrize("text,target,twin", [
    ("Of her 79 matches this season, she won 61 and lost 16.", "79",
     "Of her 77 matches this season, she won 61 and lost 16."),
    ("Of the 140 appeals heard last year, the tribunal upheld 52 and dismissed 78.", "140",
     "Of the 130 appeals heard last year, the tribunal upheld 52 and dismissed 78."),
])
def test_outcomes_after_leading_base(text, target, twin):
    _flags(text, "FC101", target)
    _clean(twin)


@pytest.mark.parametrize("text", [
    "City played 38 league games, won 21 of them and lost six.",  # a league's games may be drawn
    "Of the 38 games, the club won 20 and lost eight, drawing the rest.",
])
def test_won_lost_with_possible_draws_is_clean(text):
    _clean(text)


def test_other_outcomes_irregular_exit_verb():
    _flags("Of the 32 teams that entered, 20 reached the knockout stage. Eight were knocked out in the groups and "
           "a further six withdrew.", "FC101", "32")
    _clean("Of the 34 teams that entered, 20 reached the knockout stage. Eight were knocked out in the groups and "
           "a further six withdrew.")

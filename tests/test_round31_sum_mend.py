"""Round 31, sums mend: false alarms a reviewer found in the round's sum readings on ordinary, consistent text, each
narrowed in general, with flag twins that must still be found."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. FC104 (short_by_a_slip): figures read to tens that fall a round hundred short leave a rest, no mistyped digit --
# the slipped digit must stand at least two places above the finest figure told
SLIP_ROUND_CLEAN = [
    "Of the 1,520 firms that applied, 1,130 received a grant and 290 did not qualify.",
    "The hospital has 1,250 beds, with 600 in the main building and 550 in the east wing.",
    "Of the 2,340 students who sat the exam, 1,200 were from state schools and 1,040 from academies.",
    "The festival sold 12,400 tickets. Of those, 6,200 went to locals and 5,200 to visitors from abroad.",
    "The charity housed 3,150 families last year, 1,800 in London and 1,250 in Manchester.",
    "Police made 1,460 arrests during the operation. Of those, 820 were for theft and 540 for assault.",
    "The airport handled 2,730 flights in May, of which 1,410 were domestic and 1,220 went to Europe.",
    "Inspectors visited 3,470 restaurants. 2,990 passed first time and 380 were told to make improvements.",
]
SLIP_FINE_FLAG = [  # figures told to the unit, or a thousand short of parts told to tens: still a slip
    ("Of the 1,527 firms that applied, 1,137 received a grant and 290 did not qualify.", "1,527"),
    ("The airport handled 2,736 flights in May, of which 1,416 were domestic and 1,220 went to Europe.", "2,736"),
    ("The festival sold 12,460 tickets. Of those, 6,210 went to locals and 5,250 to visitors from abroad.", "12,460"),
    # three parts or more read as the full breakdown, round or not
    ("The firm built 3,480 homes last year. Of these, 1,620 were for private sale, 1,040 for social rent and 720 for shared ownership.", "3,480"),
]
# parts that add up to another figure told: the breakdown of that one, no slip
SLIP_OTHER_FIGURE_CLEAN = [
    "The helpline took 2,416 calls in 2023, up from 2,316 in 2022. Of those, 1,302 were about bills and 1,014 about repairs.",
    "The depot serviced 5,730 buses this year and 4,730 last year, of which 3,115 were double-deckers and 1,615 single-deckers.",
]


@pytest.mark.parametrize("text", SLIP_OTHER_FIGURE_CLEAN)
def test_parts_adding_up_to_another_figure_are_no_slip(text):
    assert_clean(text)


@pytest.mark.parametrize("text", SLIP_ROUND_CLEAN)
def test_round_parts_a_round_hundred_short_are_no_slip(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", SLIP_FINE_FLAG)
def test_finer_parts_one_digit_short_still_flagged(text, target):
    assert_flagged(text, target, "FC104")


# 2. the part and its denial (_part_and_its_denial): not when the sentence says some are left
DENIAL_REST_CLEAN = [
    "The firm employs 480 people. Of these, 212 joined the union and 118 did not, the rest being contractors.",
    "Of the 650 tenants, 410 signed the petition and 190 did not, while the others could not be reached.",
    "Of the 96 schools, 58 met the target and 30 did not; the remainder had not reported.",
]
DENIAL_REST_FLAG = [
    ("The firm employs 480 people. Of these, 212 joined the union and 118 did not.", "480"),
]


@pytest.mark.parametrize("text", DENIAL_REST_CLEAN)
def test_denial_with_a_rest_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", DENIAL_REST_FLAG)
def test_denial_without_a_rest_still_flagged(text, target):
    assert_flagged(text, target, "FC10")


# 3. a record in one sentence (find_record_in_sentence): not when more of the contests are counted after the three
RECORD_MORE_CLEAN = [
    "In 12 games the club won seven, drew two and lost one in regulation, with two going to penalties.",
    "Across 20 fixtures the side won 11, drew four and lost three, and two were abandoned.",
    "In 12 games the club won seven, drew two and lost one, with two more games postponed.",
]
RECORD_MORE_FLAG = [
    ("In 38 games the side won 20, drew 10 and lost nine, scoring 64 goals.", "38"),
    ("Across 20 fixtures the side won 11, drew four and lost three.", "20"),
]


@pytest.mark.parametrize("text", RECORD_MORE_CLEAN)
def test_record_with_more_contests_after_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", RECORD_MORE_FLAG)
def test_record_closing_its_sentence_still_flagged(text, target):
    assert_flagged(text, target, "FC101")


# 4. a running total across two sentences (find_running_total_across): the total must close its sentence (maybe
# before an attribution), not go on to add more ("with gift aid", "including 500 planted on Friday")
RUNNING_MORE_CLEAN = [
    "The appeal raised £12,000 on Friday. Another £8,000 came in on Saturday, taking the combined total to £25,000 with gift aid.",
    "Volunteers planted 3,750 trees on Saturday. A further 2,480 went in on Sunday, bringing the weekend's total to 6,730 with the 500 schools planted.",
    "The clinic jabbed 420 people in the morning. Another 380 were seen in the afternoon, bringing the day's total to 1,000 counting walk-ins.",
]
RUNNING_END_FLAG = [
    ("The appeal raised £12,000 on Friday. Another £8,000 came in on Saturday, taking the combined total to £25,000.", "£25,000"),
    ("Volunteers planted 3,750 trees on Saturday. A further 2,480 went in on Sunday, bringing the weekend's total to 7,230, organisers said.", "7,230"),
]


@pytest.mark.parametrize("text", RUNNING_MORE_CLEAN)
def test_running_total_that_adds_more_is_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", RUNNING_END_FLAG)
def test_running_total_closing_its_sentence_still_flagged(text, target):
    assert_flagged(text, target, "FC101")

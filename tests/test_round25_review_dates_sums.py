"""Round 25 review (dates and sums): false alarms a reviewer found on consistent text in this round's new
readings, each narrowed to the shape its docstring names, and findings the round had lost.  Each table of silent
texts sits next to the flag rows the reading was built for, which must still flag.

* "11 days into the trial": a trial or an inquiry counts its sitting days, "its second leg" a later part; only a
  thing that runs every day once begun, named bare, counts from its start (``dates._INTO_ITS``);
* "half a decade", "half a century": told loosely, 4 to 8 and 40 to 65 years (``transform.half_duration``);
* "£5m in the north, including £3m in Leeds and £4m in York": parts placed like their total are its parts, no
  aside then siblings (``sums._siblings_past_aside``; the overshoot is found again);
* "took up painting in her 60s": an age told by its decade after a past verb is the age then; only "is (now) in
  his 70s" or "a man in his 70s" is the age now (``dates._decade_ages``);
* "That season ... for the first time in 20 years, having last ... in 1978": a return told at another time is not
  measured to the publication (``dates._first_time_in``);
* "who closed last year, had reopened after its closure in 2009": only "until its closure in 2019", the year
  closing the phrase and no plan in the sentence, dates the same event as the verb (``find_event_years_restated``);
* "5 golds, 3 silvers and 2 bronzes on Sunday. Their overall total of 40 ...": parts set in a time of their own
  are a piece of a wider total, and "overall", "final" name one; "Their total of 52 gives them ..." is a verb, no
  noun (``sums._owned_total_fits``, ``_OWNED_TOTAL_OPENING``);
* "who took over as head in 2016, is retiring after 35 years": a length longer than the post may be the career;
  only after joining the body, or leading it "since" and stepping down, is a longer length wrong
  (``dates._leaving_after``, ``_WHOLE_TIME_IN_POST``);
* lost findings found again: an anniversary "of the club, founded in 1974" or "of the museum" the sentence opens
  on is of the start dated (``dates._of_another_event``); "late" puts a marking in another year only told of the
  marking ("four years late"), not "the late John Smith" or "a late change" (``_OTHER_TIME_WORDS``); "Born in 1931,
  Roe trained" or "..., the former nurse" is the person of the death just told (``_born_then_same``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _check(flagged, clean, target, rule, published=None):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


DAYS_INTO_NOT_EVERY_DAY = [
    ("The inquest opened on 3 June; on 19 June, 12 days into the inquest, the coroner heard from the pilot.",
     "2024-07-01"),
    ("The trial started on 3 June and on 19 June, eight days into the trial, the jury visited the site.",
     "2024-07-01"),
    ("Opened on 3 June, the review took evidence from the council on 19 June, ten days into its public sessions.",
     "2024-07-01"),
    ("Launched on 3 June, the yacht reached Madeira on 19 June, some 6 days into its second stage.", "2024-07-01"),
]


@pytest.mark.parametrize("text,published", DAYS_INTO_NOT_EVERY_DAY)
def test_days_into_a_sitting_or_a_later_part_silent(text, published):
    assert_clean(text, published)


def test_days_into_a_running_thing_still_flags():
    _check("The rowers set off from Lagos on 2 January and reached Barbados on 9 February, 30 days into their "
           "crossing.",
           "The rowers set off from Lagos on 2 January and reached Barbados on 9 February, 38 days into their "
           "crossing.", "30 days", "FC507", "2025-03-01")


HALF_A_LONG_UNIT_LOOSE = [
    ("The choir, formed in 2016, has sung together for half a decade.", "2024-03-01"),
    ("The pair, who wed in 1961, have kept the farm going for half a century.", "2024-03-01"),
    ("The pair, who wed in 1982, have kept the farm going for half a century.", "2024-03-01"),
]


@pytest.mark.parametrize("text,published", HALF_A_LONG_UNIT_LOOSE)
def test_half_a_decade_or_century_told_loosely(text, published):
    assert_clean(text, published)


def test_half_a_century_far_off_still_flags():
    _check("The mill, which opened in 1991, has stood for half a century.",
           "The mill, which opened in 1974, has stood for half a century.", "half a century", "FC504", "2024-05-01")
    assert_flagged("The choir, formed in 2012, has sung together for half a decade.", "half a decade", "FC504",
                   "2024-03-01")


INCLUDING_PARTS_OVERSHOOT = [
    ("The club sold 600 tickets in the county, including 350 in Derby and 320 in Buxton.", "600", "FC102"),
    ("The appeal raised £7,000 on Sunday, including £4,000 on the gate and £4,500 on the tombola.", "£7,000",
     "FC102"),
    ("The chain employs 900 staff in Wales, including 600 in Cardiff and 420 in Swansea.", "900", "FC102"),
]


@pytest.mark.parametrize("text,target,rule", INCLUDING_PARTS_OVERSHOOT)
def test_including_parts_placed_like_the_total_overshoot(text, target, rule):
    assert_flagged(text, target, rule)


def test_an_aside_then_siblings_still_silent():
    assert_clean("The play took £1.2m on its first night, including £0.3m from pre-sales, then £0.9m on the "
                 "second night and £0.8m on the third.")
    assert_clean("The club sold 600 tickets in the county, including 350 in Derby and 250 in Buxton.")
    # an aside placed like its part, closed by a comma before the next figure
    assert_clean("Profits were £6m in the east, including £2m in Ely, and £3m in the west, including £1m in Bath, "
                 "making £9m in all.")


DECADE_AGE_THEN = [
    ("Park, born in 1933, took up the cello in her 70s.", "2024-03-01"),
    ("Park, who was born in 1933, only began to paint in her seventies.", "2024-03-01"),
    ("Born in 1988, Park started the firm in her 20s.", "2024-03-01"),
    ("Born in 1948, he emigrated in his 20's and opened a cafe.", "2024-03-01"),
    ("Dunn, born in 1960, says that in his 30s he worked nights.", "2024-03-01"),
]


@pytest.mark.parametrize("text,published", DECADE_AGE_THEN)
def test_decade_age_after_a_past_verb_is_the_age_then(text, published):
    assert_clean(text, published)


def test_decade_age_now_still_flags():
    _check("Park, a cheerful woman in her 60s who was born in 1933, still plays every day.",
           "Park, a cheerful woman in her 90s who was born in 1933, still plays every day.",
           "in her 60s", "FC506", "2024-03-01")
    _check("Park, who was born in 1933 and is now in her late seventies, still plays.",
           "Park, who was born in 1933 and is now in her early nineties, still plays.",
           "in her late seventies", "FC506", "2024-03-01")


FIRST_TIME_TOLD_THEN = [
    ("That summer the side won the cup for the first time in 30 years, having last lifted it in 1961.", "2024-03-01"),
    ("Ng took over in 1990. Four years later the side won the cup for the first time in 30 years, having last "
     "lifted it in 1961.", "2024-03-01"),
    ("Back then, the village staged the show for the first time in a decade, having last held it in 1968.",
     "2024-03-01"),
]


@pytest.mark.parametrize("text,published", FIRST_TIME_TOLD_THEN)
def test_first_time_in_told_at_another_time_silent(text, published):
    assert_clean(text, published)


def test_first_time_in_now_still_flags():
    _check("The side won the cup on Saturday for the first time in 30 years, having last lifted it in 1961.",
           "The side won the cup on Saturday for the first time in 60 years, having last lifted it in 1961.",
           "30 years", "FC504", "2024-03-01")


EVENT_NOUN_ANOTHER_TIME = [
    ("The cinema, which closed last year, had reopened after its closure in 2008.", "2024-03-01"),
    ("The cinema, which closed last year, had reopened in 2011 after its closure in 2008.", "2024-03-01"),
    ("Mr Orr, who retired last year, had returned to the board following his retirement in 2014.", "2024-03-01"),
    ("Mr Orr, who left the firm last year, rejoined it a year after his departure in 2012.", "2024-03-01"),
    ("Orr, who left the club last year, still speaks of his departure in 2009 from Hull.", "2024-03-01"),
    ("Orr, who retired this year, had planned his retirement in 2019 but stayed on.", "2024-03-01"),
    ("Orr, who retired last year, had hoped to stay on until his retirement in 2020.", "2024-03-01"),
]


@pytest.mark.parametrize("text,published", EVENT_NOUN_ANOTHER_TIME)
def test_event_noun_of_another_time_silent(text, published):
    assert_clean(text, published)


def test_event_dated_twice_still_flags():
    _check("The library, which closed last year, had lent books for 90 years until its closure in 2019.",
           "The library, which closed last year, had lent books for 90 years until its closure in 2023.",
           "last year", "FC502", "2024-03-01")


OWNED_TOTAL_WIDER = [
    "The squad took 4 golds, 2 silvers and 3 bronzes on Saturday. Their overall total of 31 is a club record.",
    "The squad took 4 golds, 2 silvers and 3 bronzes on Saturday. Their medal tally of 31 is a club record.",
    "The squad took 4 golds, 2 silvers and 3 bronzes on Saturday. Their final tally of 31 is a club record.",
    "The squad took 4 golds, 2 silvers and 3 bronzes on the last day. Their total of 31 is a club record.",
    "Kenya won 2 golds, 5 silvers and 1 bronze yesterday. Its total of 19 is its best in Europe.",
]


@pytest.mark.parametrize("text", OWNED_TOTAL_WIDER)
def test_owned_total_of_a_wider_time_silent(text):
    assert_clean(text)


def test_owned_total_with_a_verb_in_s_still_flags():
    _check("The squad took 12 golds, 10 silvers and 25 bronzes. Their total of 48 gives them fourth place.",
           "The squad took 12 golds, 10 silvers and 25 bronzes. Their total of 47 gives them fourth place.",
           "48", "FC101")


LEAVING_AFTER_A_CAREER = [
    ("Ms Kaur, who took over as principal in 2017, is retiring after 32 years.", "2024-03-01"),
    ("Ms Kaur, who was elected chair in 2020, is stepping down after 15 years.", "2024-03-01"),
    ("Mr Lowe, who has been head since 2014, is retiring after four decades.", "2024-03-01"),
]


@pytest.mark.parametrize("text,published", LEAVING_AFTER_A_CAREER)
def test_leaving_after_a_career_longer_than_the_post_silent(text, published):
    assert_clean(text, published)


def test_leaving_after_still_flags():
    _check("Ms Kaur, who was elected chair in 2014, is stepping down after three years.",
           "Ms Kaur, who was elected chair in 2014, is stepping down after ten years.",
           "three years", "FC504", "2024-03-01")
    _check("The caretaker, who joined the college in 2001, retires after 30 years.",
           "The caretaker, who joined the college in 2001, retires after 23 years.",
           "30 years", "FC504", "2024-03-01")


LOST_DATE_FINDINGS = [
    ("Today marks the 30th anniversary of the society, set up by Ann Hale in 1984.", "30th anniversary", "FC505",
     "2024-03-01"),
    ("Today marks the 30th anniversary of the society, set up by the late Ann Hale in 1984.", "30th anniversary",
     "FC505", "2024-03-01"),
    ("The gallery, opened in 1979, marks the 35th anniversary of the gallery with a new show.", "35th anniversary",
     "FC505", "2024-06-01"),
    ("The society, founded in 1904, opens its centenary season tonight after a late change to the programme.",
     "centenary", "FC505", "2024-08-10"),
    ("Ida Marsh has died aged 72. Born in 1928 in York, Marsh trained as a teacher.", "aged 72", "FC506",
     "2024-03-01"),
    ("Ida Marsh has died aged 72. Born in 1928, the former teacher spent 30 years at the school.", "aged 72",
     "FC506", "2024-03-01"),
]


@pytest.mark.parametrize("text,target,rule,published", LOST_DATE_FINDINGS)
def test_lost_date_findings_found_again(text, target, rule, published):
    assert_flagged(text, target, rule, published)


LOST_DATE_TWINS = [
    ("Today marks the 40th anniversary of the society, set up by the late Ann Hale in 1984.", "2024-03-01"),
    ("The gallery, opened in 1989, marks the 35th anniversary of the gallery with a new show.", "2024-06-01"),
    ("Ida Marsh has died aged 95. Born in 1928 in York, Marsh trained as a teacher.", "2024-03-01"),
    # another person born, or another event's anniversary
    ("Ida Marsh has died aged 72. Born in 1928, her sister Jo ran the farm.", "2024-03-01"),
    ("Ida Marsh has died aged 72. Born in 1928, Jo Lake ran the farm.", "2024-03-01"),
    ("The gallery, opened in 1979, marks the 80th anniversary of D-Day with a new show.", "2024-06-01"),
]


@pytest.mark.parametrize("text,published", LOST_DATE_TWINS)
def test_lost_date_findings_twins_silent(text, published):
    assert_clean(text, published)

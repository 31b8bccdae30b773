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
    assert with_headline_echoes(findings) == findings

"""Round 51: the shapes behind the misses and false alarms of round 50's sealed sets r50a-d and of round 51's open
learning sets, once opened, told in our own words -- each with a text that must be flagged and one that must not,
then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a depot's vehicles by kind, after a long clause before the colon
    ("Thirty-one vehicles were written off when floodwater swept through the council's yard on the edge of town on "
     "Monday night: eighteen refuse lorries, nine vans and two tractors.", "FC101",
     "Thirty-one vehicles were written off when floodwater swept through the council's yard on the edge of town on "
     "Monday night: eighteen refuse lorries, eleven vans and two tractors.", None),
    # each part labelled by "with" and words of its own
    ("Police have charged 29 people after the riot: 17 with violent disorder, eight with arson and three with "
     "assaulting an officer.", "FC101",
     "Police have charged 28 people after the riot: 17 with violent disorder, eight with arson and three with "
     "assaulting an officer.", None),
    # the plan a list of sums comes under, and its total
    ("Schools will get £12.4m, libraries £3.1m and parks £2.2m under the city's spending plan for 2027, which "
     "totals £18.7m.", "FC101",
     "Schools will get £12.4m, libraries £3.1m and parks £2.2m under the city's spending plan for 2027, which "
     "totals £17.7m.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert rule in flagged_rules(flagged_text, published)
    assert rule not in flagged_rules(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # the false alarms of r50a, r50d and r51f, retold: a firm's own staff after the region's; pairs of animals;
    # one group's share, then another's of its own clause
    ("About one in six of the county's 4,200 care workers are agency staff. At the biggest provider, Elmcare, agency "
     "staff make up 150 of its 700 carers.", None),
    ("The aquarium has received four pairs of fish from a closing collection: two clownfish, two tangs, two gobies "
     "and two wrasse.", None),
    ("Screening uptake among women over 50 was 71%, and 58% of men over 60 had the bowel test.", None),
    # near misses: the with-series that is no list of labels; a plan's sum beside parts of another kind
    ("The club scored 20 goals, with 15 assists from its midfield.", None),
    ("Police charged 14 people, with three more due in court next week.", None),
    ("Schools will get £12.4m under the city's spending plan for 2027, which totals £18.7m.", None),
])
def test_false_alarms_and_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # near misses keep their reading: a pair counted as one item in a list of kinds; households by need
    ("The register holds 2,640 households - 1,710 needing one bedroom, 560 needing two and 370 needing three or "
     "more.", "FC101", None),
    ("The sanctuary took in 14 animals: six pairs of otters and two beavers.", "FC101", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

"""Round 27 (list counts, learnt from a fresh set and generalised on purpose): each family is tested with
variants that share no content words with the case it came from, each with clean twins."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# -- 1. a breakdown by place after a comma ("N things, a in X and b in Y"): the first figure heads the rest (its
# own words, not the next figure, say whether it is placed like them), and an exact small count placed part by
# part and closed by "and" is told whole

PLACED_BREAKDOWN_FLAGS = [
    ("The council shut seven libraries, three in Bromley and five in Croydon.", "seven"),
    ("Officials approved 9 charter schools, 4 in Denver, 3 in Aurora and 3 in Boulder.", "9"),
    ("Six bridges were declared unsafe, four on the A9 and one on the A82.", "Six"),
    ("The airline added 11 routes this winter, six from Gatwick, three from Manchester and one from Leeds.", "11"),
    ("Police raided eight addresses, two at Hull, two at Grimsby and three at Scunthorpe.", "eight"),
    ("Four quarries, one in Derbyshire and two in Cumbria, will be expanded.", "Four"),
    ("The council shut seven libraries in 2023, three in Bromley and two in Croydon, and plans more cuts.", "seven"),
]
PLACED_BREAKDOWN_CLEAN = [
    "The council shut seven libraries, three in Bromley and four in Croydon.",
    "Six bridges were declared unsafe, four on the A9 and two on the A82.",
    "The chain employs 400 staff, 120 in Leeds and 90 in York.",  # a rounded figure: some of them
    "The council shut seven libraries last year, including three in Bromley and two in Croydon.",
    "The council shut seven libraries, three of them in Bromley and two in Croydon.",
    "Police raided eight addresses in Hull, two in Grimsby and three in Scunthorpe.",  # siblings, no total
    "A total of 71 patients, 37 on the drug and 34 on placebo, dropped out before week 16.",
    "Referees counted 24 fouls by the visitors, seven on Moss, five on Lee, six by Hart - and booked only one.",
]


@pytest.mark.parametrize("text, target", PLACED_BREAKDOWN_FLAGS)
def test_placed_breakdown_after_comma_flagged(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", PLACED_BREAKDOWN_CLEAN)
def test_placed_breakdown_after_comma_clean(text):
    assert_clean(text)

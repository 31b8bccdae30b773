"""Round 17, parts and their whole (checker/relate/sums.py).

* ``_add_one_by_definite``: a definite singular noun between two counted parts ("14 pupils, the teacher
  and three parents") is one more part of at least one, so the list is never short of its whole by less
  than that (a plural or collective item, "the crew", may be many): silent when the whole is the counted
  parts plus one or more, flagged when the whole is below the counted parts plus one.

Each flagged row has a clean twin (same words, figures that agree); the variations cover an attribution,
a period, a trailing clause, a dash, colon or bracket, a written number, a hedge-free whole before the
list."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged whole, clean whole); {w} is the whole, the parts are 14 + the teacher + 3
DEFINITE_ROWS = [
    ("dash aside", "The {w} people rescued from the ferry - 14 pupils, the teacher and three parents - were "
     "checked by paramedics.", "17", "18"),
    ("attribution", "The {w} people rescued from the ferry - 14 pupils, the teacher and three parents - were "
     "checked by paramedics, coastguards said.", "16", "18"),
    ("period", "The {w} people rescued from the ferry in 2024 - 14 pupils, the teacher and three parents - were "
     "checked by paramedics.", "17", "18"),
    ("colon", "Lifeboat crews brought {w} people ashore: 14 pupils, the teacher and three parents.", "17", "18"),
    ("written number", "Lifeboat crews brought {w} people ashore: fourteen pupils, the teacher and three "
     "parents.", "seventeen", "eighteen"),
    ("trailing clause", "Lifeboat crews brought {w} people ashore - 14 pupils, the teacher and three parents, "
     "all of them from one school in Kendal.", "17", "18"),
]

# an unnumbered plural or collective item may be many: the whole above the counted parts plus one is clean
MANY_ROWS = [
    "The 25 people rescued from the ferry - 14 pupils, the crew and three parents - were checked by paramedics.",
    "Lifeboat crews brought 22 people ashore: 14 pupils, the teacher and three parents.",
]


@pytest.mark.parametrize("name,template,flagged,clean", DEFINITE_ROWS, ids=[r[0] for r in DEFINITE_ROWS])
def test_definite_item_counts_at_least_one(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", MANY_ROWS)
def test_definite_item_may_be_many(text):
    assert_clean(text)


# ``_summed_power``: capacities in watts the sentence calls combined or a total add up like energy; and an
# overlap word ("both") in an opening clause before any figure is no overlap of the parts
# (name, template, flagged whole, clean whole, target)
POWER_ROWS = [
    ("dash", "The two solar parks will have a combined capacity of {w}MW - 210MW from panels at Hale Farm and "
     "95MW from a site beside the reservoir.", "350", "305"),
    ("opening clause with both", "Once both parks are running, they will have a combined capacity of {w}MW - "
     "210MW from panels at Hale Farm and 95MW from a site beside the reservoir.", "350", "305"),
    ("attribution", "The two solar parks will have a combined capacity of {w}MW - 210MW from panels at Hale Farm "
     "and 95MW from a site beside the reservoir, the developer said.", "350", "305"),
    ("colon, period", "In 2026 the operator's total installed capacity will reach {w}MW: 210MW at Hale Farm and "
     "95MW beside the reservoir.", "350", "305"),
    ("gigawatts", "The grid link carries a combined capacity of {w}GW - 1.4GW from the northern array and "
     "0.8GW from the southern one.", "2.6", "2.2"),
]

# power without a total is no sum: a peak and readings of one plant; "both" inside the list still stops it
POWER_GUARDS = [
    "Demand peaked at 480MW on Monday - 290MW in the morning and 140MW in the evening.",
    "The plant produced 350MW at noon, 210MW at dusk and 95MW overnight.",
    "Of the 40 homes inspected, 30 had damp, 25 had mould and 15 had both.",
]


@pytest.mark.parametrize("name,template,flagged,clean", POWER_ROWS, ids=[r[0] for r in POWER_ROWS])
def test_combined_power_capacity(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", POWER_GUARDS)
def test_power_guards(text):
    assert_clean(text)


# ``_current_period_of_timeless_whole``: a whole told in the present with no time of its own, and in the next
# sentence a list for "this year" closed by "the other N", is that list's whole
# (name, template, flagged whole, clean whole)
CURRENT_PERIOD_ROWS = [
    ("bare", "The estate covers {w} acres. This year 920 acres are under grass, 355 under oats and the other 245 "
     "under potatoes.", "1,620", "1,520"),
    ("attribution", "The estate covers {w} acres in all. This year 920 acres are under grass, 355 under oats and "
     "the other 245 under potatoes, the farm manager said.", "1,620", "1,520"),
    ("trailing clause", "The estate covers {w} acres. This year 920 acres are under grass, 355 under oats and the "
     "other 245 under potatoes, a mix chosen after the wet spring.", "1,420", "1,520"),
    ("written whole", "The trust manages {w} hectares. This season 60 hectares are under trees, 25 under meadow and the "
     "remaining 15 under reed beds.", "eighty", "100"),
]

# a whole of its own time (past, a date, another period) is no whole of this year's list
CURRENT_PERIOD_GUARDS = [
    "The estate covered 1,600 acres in 2019. This year 900 acres are under grass, 350 under oats and the other "
    "250 under potatoes.",
    "The estate covered 1,600 acres last year. This year 900 acres are under grass, 350 under oats and the other "
    "250 under potatoes.",
    "The dealer sold 9,000 cars. So far this year it has sold 4,000 in Leeds and the remaining 3,000 in York.",
]


@pytest.mark.parametrize("name,template,flagged,clean", CURRENT_PERIOD_ROWS, ids=[r[0] for r in CURRENT_PERIOD_ROWS])
def test_current_period_list_of_timeless_whole(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", CURRENT_PERIOD_GUARDS)
def test_current_period_guards(text):
    assert_clean(text)

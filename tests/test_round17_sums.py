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

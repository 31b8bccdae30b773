"""Round 17, a count and the items listed after it (checker/relate/lists.py).

* ``_kind_of_noun``: a number hyphened to a singular word before a plural noun in the bridge ("threw nine-dart
  finishes", "five-star hotels") names a kind of the things, no rival count.
* ``_REFLEXIVE_AFTER_NAME``: "and Ross himself" -- a reflexive after the last name stresses it, no verb.
* ``_name_with_long_tail``: a name of up to three words, then up to eight words of phrases each opened by a
  preposition and no verb ("Ross in his semi-final win over Kenya's Paul Otieno"), is one item.

Each flagged row (a count one above the names) has a clean twin (the count that matches); the variations
cover an attribution before the colon, a period, a written count, a description before the name."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged count, clean count)
ROWS = [
    ("kind compound in bridge", "{n} bowlers took five-wicket hauls during the series: Pakistan's Imran Ali in the "
     "first Test, Sri Lanka's Dinesh Perera in the second and Khan in the third.", "Four", "Three"),
    ("reflexive", "{n} golfers made hole-in-one shots during the week: Sweden's Lars Berg in the first round, "
     "Ireland's Sean Kelly in the second, and Ross himself in the third.", "Four", "Three"),
    ("long tail with a rival's name", "{n} golfers made hole-in-one shots during the week: Sweden's Lars Berg in "
     "the first round, Ireland's Sean Kelly in the second, and Ross himself in his play-off win over Kenya's Paul "
     "Otieno.", "Four", "Three"),
    ("period", "In 2024 {n} golfers made hole-in-one shots: Swede Lars Berg in the first round, Irishman Sean "
     "Kelly in the second and Ross in his play-off win over Paul Otieno.", "four", "three"),
    ("five-star kind", "{n} hotels won five-star ratings this year: the Grand at Whitby, the Crown in Ripon and "
     "the Bell at Thirsk.", "Four", "Three"),
]

# a count of the things in the bridge still stops the list; a verb in the tail is a clause, no item
GUARDS = [
    "Four golfers made 12 birdies during the week: Lars Berg in the first round, Sean Kelly in the second and Ross "
    "in the third.",
    "Four golfers made hole-in-one shots during the week: Lars Berg in the first round, Sean Kelly in the second, "
    "and Ross himself in the third after he changed clubs late on.",
]


@pytest.mark.parametrize("name,template,flagged,clean", ROWS, ids=[r[0] for r in ROWS])
def test_list_with_long_tails(name, template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC41")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", GUARDS)
def test_list_guards(text):
    assert_clean(text)

"""Round 27 (restatements): "takes/take/taking/taken N hours" tells a thing's length as "took" and "lasted" do ("The
crossing takes roughly four hours ... the six-hour crossing"; ``restatements._LASTING``); a restatement followed by
what it is done to, unnamed in the first's sentence, is another job ("the ten-week repairs to the chapel";
``restatements._object_unsaid``)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("The ferry crossing to the islands takes roughly four hours. Passengers on the six-hour crossing will be offered "
     "cabins.", "six-hour"),
    ("The climb to the summit takes eight hours, guides say. Most walkers begin the 12-hour climb before dawn.",
     "12-hour"),
    ("The drive from Denver to Aspen takes around four hours. Travelers should plan the seven-hour drive with care.",
     "seven-hour"),
    ("Repairs to the roof will take six weeks, the council said. Residents face disruption during the ten-week "
     "repairs.", "ten-week"),
    ("The renovation is taking nine months. Staff will work elsewhere during the 14-month renovation.", "14-month"),
]

CLEAN = [
    "The ferry crossing to the islands takes roughly four hours. Passengers on the four-hour crossing will be offered "
    "cabins.",
    "The climb to the summit takes eight hours. Most walkers then begin the four-hour descent.",
    "Repairs to the roof will take six weeks. The ten-week repairs to the chapel start next year.",
    "Repairs to the roof lasted six weeks. The ten-week repairs to the chapel start next year.",
    "Officials said it would take six months to rebuild the bridge. The nine-month closure of the road begins in May.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_length_told_by_takes_then_restated_is_flagged(text, target):
    assert_flagged(text, target, "FC405")


@pytest.mark.parametrize("text", CLEAN)
def test_length_told_by_takes_clean(text):
    assert_clean(text)

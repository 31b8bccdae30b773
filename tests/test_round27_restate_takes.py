"""Round 27 (restatements): "is taking N hours" (not the habitual "takes", nor "has taken ... so far") tells a thing's length as "took" and "lasted" do ("The
crossing takes roughly four hours ... the six-hour crossing"; ``restatements._LASTING``); a restatement followed by
what it is done to, unnamed in the first's sentence, is another job ("the ten-week repairs to the chapel";
``restatements._object_unsaid``)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (review rv27) the plain present "takes N hours" tells what a thing usually takes, and "the N-hour crossing" may be
# one trip that took longer ("Friday's seven-hour crossing"): that reading is dropped; "is taking" and "took" tell one
# job's length and are still read ("has taken eight weeks so far" is a part of it)
FLAGGED = [
    ("The renovation is taking nine months. Staff will work elsewhere during the 14-month renovation.", "14-month"),
]

CLEAN = [
    "The survey has taken eight weeks so far, the council said. Results of the 12-week survey are due soon.",
    "The crossing usually takes four hours. On Sunday the seven-hour crossing left passengers seasick.",
    "The drive takes three hours without traffic. The five-hour drive on Friday was the worst of the year.",
    "A scan takes 30 minutes. The 90-minute scan she had was unusual.",
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

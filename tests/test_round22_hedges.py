"""Round 22: "over" after "hand" ("hand over £1,995.33", "handed over 40 documents") is the verb's particle,
not the hedge "more than": the figure after it is exact. "Over 300", "pay over £5,000" and "signed over 40 players" keep the hedge."""
import pytest

from checker.api import analyse

PARTICLE = [
    ("He was ordered to hand over £1,995.33 to the court.", "£1,995.33"),
    ("She handed over 40 documents to the inquiry.", "40"),
    ("Thieves were made to hand over 3,000 euros in cash.", "3,000 euros"),
    ("The club hands over 250 tickets to the charity each season.", "250"),
]

HEDGED = [
    ("Over 300 staff were moved to the new site.", "Over 300"),
    ("They had to pay over £5,000 in fines.", "over £5,000"),
    ("He handed over more than 40 documents.", "more than 40"),
    ("The appeal raised well over £2m.", "well over £2m"),
    ("The club has signed over 40 players this summer.", "over 40"),
    ("The petition has been signed over 10,000 times.", "over 10,000 times"),
]


def _mention(text, figure):
    doc = analyse(text, None)
    found = [m for m in doc.mentions if text[m.start:m.end] == figure]
    assert found, [text[m.start:m.end] for m in doc.mentions]
    return found[0]


@pytest.mark.parametrize("text,figure", PARTICLE)
def test_particle_over_is_no_hedge(text, figure):
    m = _mention(text, figure)
    assert m.hedge is None


@pytest.mark.parametrize("text,figure", HEDGED)
def test_over_before_a_figure_stays_a_hedge(text, figure):
    m = _mention(text, figure)
    assert m.hedge is not None

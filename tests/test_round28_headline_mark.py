"""Round 28: a headline that says a mark was passed, against a lead's figure of three significant digits or
more under "about" or "some": the figure is compared at its digits (headline_bounds._at_its_digits), so
"Some 6,850 patients" do not pass 7,000; a round "about 30,000" keeps its hedge."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("Food bank parcels pass 50,000\nThe trust handed out about 48,700 parcels in the six months to September, "
     "its report shows.", "about 48,700"),
    ("Museum visitors top one million\nSome 962,400 visitors came through the doors of the National Gallery of "
     "Wales in the year to March.", "Some 962,400"),
    ("State university students top 30,000\nRoughly 29,150 students enrolled at Western State this fall, the "
     "registrar said.", "Roughly 29,150"),
    ("Record transfer fee tops £40m\nThe club paid a transfer fee of about £38.5m for the striker on Friday, "
     "sources said.", "about £38.5m"),
    ("Patients waiting for hip surgery pass 7,000\nSome 6,850 patients are waiting for hip operations across "
     "the county, figures show.", "Some 6,850"),
]

CLEAN = [
    "Food bank parcels pass 50,000\nThe trust handed out about 50,200 parcels in the six months to September, "
    "its report shows.",
    "Museum visitors top one million\nSome 1,012,000 visitors came through the doors of the National Gallery of "
    "Wales in the year to March.",
    "Food bank parcels pass 50,000\nThe trust handed out about 24,700 parcels in the three months to June, and "
    "26,100 in the three months to September.",
    "State university students top 30,000\nAbout 30,000 students enrolled at Western State this fall, the "
    "registrar said.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_hedged_lead_below_mark_flagged(text, target):
    assert_flagged(text, target, "FC401")


@pytest.mark.parametrize("text", CLEAN)
def test_hedged_lead_at_mark_clean(text):
    assert_clean(text)

"""Round 23, the lead's fixes: shares of several wholes read as one split."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# Rates of several wholes (each airline's flights, each school's pupils): even without the largest they would
# overflow one whole, so no single slipped figure can make them one split (percents._beyond_one_slip).
RATES = [
    "Celtic Air was second with 78.9% of flights on time, followed by Solent Jet on 76.2%, BlueRidge on 74.8% and "
    "Atlas Wings on 73.5%.",
    "Hill Road school came top with 91% of pupils passing, ahead of Mill Lane on 88% and Dale Park on 84%.",
    "Northern Rail ran 86.1% of trains on time, Coastline 82.4% and Valley Lines 80.9%, the regulator said.",
    "In 2024, Ward A recycled 64% of its waste, Ward B 61% and Ward C 58%.",
    "The best hospitals saw 95% of patients within four hours - St Anne's 95%, the Royal 93% and Moorfield 92%.",
]

# One whole, one share slipped: still flagged.
SPLITS = [
    ("Labour won 48% of the vote, the Conservatives 39% and the Greens 31%.", "31%"),
    ("The poll put Labour on 48%, the Conservatives on 39% and the Greens on 31%.", "31%"),
    ("Of the 400 members, 48% backed the deal, 39% opposed it and 31% abstained.", "31%"),
]


@pytest.mark.parametrize("text", RATES)
def test_rates_of_several_wholes_are_no_split(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", SPLITS)
def test_one_whole_with_one_slip_is_still_flagged(text, target):
    assert_flagged(text, target, "FC20")

"""Round 31 review (mix): false alarms found in this round's new readings, mended; each row is consistent text."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# ------------------------------------------------------------ "..., ending a N-day X": a noun of wider scope
@pytest.mark.parametrize("text", [
    "The harbour was closed on 3 May and reopened on 9 May, ending a 40-day blockade of the coast by rebels.",
    "Bus drivers walked out on 3 May and returned on 9 May, ending a 12-day run of disruption across the county.",
    "The airport shut on 2 June and reopened on 5 June, ending a 30-day siege by militia fighters.",
])
def test_ended_noun_of_wider_scope_is_not_the_period(text):
    assert_clean(text)


def test_ended_period_still_checked():
    assert_flagged("Porters walked out on 4 March 2021 and returned on 11 March, ending a 20-day stoppage that "
                   "grounded flights.", "20-day", "FC507")



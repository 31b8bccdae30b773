"""Round 28: a scale word converted wrong, the zeros standing for the scale ("4.2 billion miles" ... "the 420
million mile voyage", "£1.6m" ... "the £160,000 total"), is a slip of a power of ten when the second is
bare (no phrase after it saying which) or restates the headline's figure."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("The government will spend £2.7bn on flood defences over the next six years. Ministers said the £270m "
     "programme would protect 300,000 homes.", "£270m"),
    ("The city's budget for next year is $1.5 billion, the mayor said. Council members said the $150 million "
     "budget had no room for new hires.", "$150 million"),
    ("The charity raised £1.6m at its annual gala in London. Organisers said the £160,000 total was the most "
     "in its history.", "£160,000"),
    ("Airport expansion to cost €3.6bn\nThe €360m expansion of the terminal was approved by ministers on "
     "Friday.", "€360m"),
    ("The probe has travelled 4.2 billion miles since it left Earth, Nasa said. Engineers said the 420 million "
     "mile voyage had not damaged its cameras.", "420 million"),
]

CLEAN = [
    "The government will spend £2.7bn on flood defences over the next six years. The first £270m will go to "
    "coastal towns.",
    "The charity raised £1.6m at its annual gala in London. The £160,000 raised at last year's gala was a "
    "record.",
    "The bank was fined $1.8 billion by federal regulators on Monday. A separate $180 million penalty was "
    "imposed in Britain.",
    "The government will spend £2.7bn on flood defences over the next six years, about £450m a year. The £270m "
    "programme for Wales is separate.",
    "The government will spend £2.7bn on flood defences over the next six years. Ministers said the £2,700m "
    "programme would protect 300,000 homes.",
    "The charity raised £1.6m at its annual gala in London. The £160,000 given by its patron was matched by a "
    "bank.",
    "The spacecraft has flown 5.2 billion kilometres since it left Earth in 2011. The 520 million km it covered "
    "in its first year set a record.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_scale_converted_wrong_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", CLEAN)
def test_scale_converted_clean(text):
    assert_clean(text)

"""Round 30, sums: readings learnt from a never-tuned set (bd-sum), each written for its family -- five variants
of other wording, numbers, order and units -- with clean twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. the figure after "against" / "compared with" is another period's, no whole of the ", with" list after it
FA_CLEAN = [  # the figure after "against"/"compared with" is another period's, no whole of the list
    "The port handled 8.4 million containers in 2023, against 7.9 million a year earlier, with imports making up 4.6 million and exports 3.8 million.",
    "Ticket sales came to $612,000 this season, compared with $540,000 last season, with $400,000 from season passes and $212,000 from single tickets.",
    "Britain's wheat crop reached 14.1m tonnes, compared to 12.2m tonnes in 2020, with winter wheat accounting for 13.4m tonnes and spring wheat 0.7m tonnes.",
    "Enrolment stood at 2,950 pupils this autumn as against 3,020 last year, with 1,480 boys and 1,470 girls.",
    "The hospice cared for 1,120 patients last year, against 980 the year before, with 700 seen at home and 420 on its wards.",
]


@pytest.mark.parametrize("text", FA_CLEAN)
def test_clean(text):
    assert_clean(text)

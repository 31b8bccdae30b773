"""Round 25 (repeat): digit slips read from a fresh set of restatements (``checker.relate.transpositions``).

- A part of a whole owned by the thing the first's sentence names ("nearly 900 of the village's 2,100 residents",
  after "a village of 1,200 people") sets no figure between (``_part_of_owned_whole``).
- The month a running period ends in is the month of its figure: "rose to 4,615 in the year to March" is March's, so
  "the 4,165 passengers counted in April" is another month's (``_IN_MONTH``).
- One speed told twice, two digits swapped, each as the rate something went at ("clocked at 112mph ... travelling
  at 121mph"), in consecutive sentences (``_speed_told_again``).

Every flagged row has clean twins: the same shape with a figure for another thing, time, place or person."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    # the part of an owned whole does not set the whole apart
    ("Fenby, a village of 1,450 people, has lost its last shop. Campaigners said 600 of the village's 1,540 "
     "residents had signed a letter to the council.", "1,540", "FC406"),
    ("The school, a secondary of 1,380 pupils, is to close early for the summer. Staff said most of the school's "
     "1,830 pupils would move to a site nearby.", "1,830", "FC40"),
    # one speed told twice
    ("The driver was clocked at 112mph on the A1 near Grantham, magistrates heard. The prosecutor told the court "
     "that travelling at 121mph in heavy rain had endangered others.", "121mph", "FC406"),
    ("The motorcyclist was recorded at 143km/h on the coast road. Magistrates heard that riding at 134km/h at "
     "night was reckless.", "134km/h", "FC406"),
    ("Police said the van was doing 94mph on the bypass. Officers said he was travelling at 49mph when they "
     "stopped him.", "49mph", "FC406"),
]

CLEAN = [
    # an owned whole named apart; the same whole again; a whole of another owner
    "Fenby, a village of 1,450 people, has lost its last shop. Campaigners said 600 of the village's 1,450 "
    "residents had signed a letter to the council.",
    "Fenby, a village of 1,450 people, has lost its last shop. Campaigners said 600 of the county's 1,540 "
    "volunteers had signed a letter.",
    "Of the 3,612 responses, 398 expressed no view. The plan would mean the loss of 11 of the service's 38 posts.",
    # another month's count after a running period
    "Passenger numbers rose to 4,615 in the year to March, the operator said. The 4,165 passengers counted in "
    "April were a record.",
    "Rents rose 4.6% in the 12 months to March. The 6.4% increase in April was the largest on record.",
    # a speed of another person, time or place; a limit; the same speed
    "The driver was clocked at 112mph on the A1 near Grantham, magistrates heard. The prosecutor told the court "
    "that travelling at 112mph in heavy rain had endangered others.",
    "The driver was clocked at 112mph on the A1 near Grantham, magistrates heard. His brother, Lee Hale, was "
    "caught travelling at 121mph on the M1.",
    "The driver was clocked at 112mph on the A1 near Grantham in March. In June he was caught travelling at "
    "121mph.",
    "The driver was clocked at 112mph on the A1 near Grantham, magistrates heard. Another driver was travelling "
    "at 121mph behind him.",
    "The train was travelling at 112mph when it left the rails. Investigators said the line's limit was 121mph.",
    "Police said the van was doing 74mph in a built-up area. Officers later stopped it after it reached 47mph "
    "on the bypass.",
]


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)

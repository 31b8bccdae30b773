"""Round 20 (lead): readings and guards found on freshly written articles and cases.  Every reading is a flagged
text with a clean twin; every guard a clean text whose reading would otherwise fire."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# the change sized alone, then its levels in the next sentence (or, after the lead, the next paragraph), taken up
# by a pronoun or a word the two share: "Ferry crossings rose 14% this year. The boats made 9,120 crossings, up
# from 8,400." -- (flagged, clean, target, published)
SIZED_THEN_LEVELS = [
    ("Ferry crossings rose 14% this year, the operator said. Its boats made 9,120 crossings between April and "
     "October, up from 8,400 over the same months last year.",
     "Ferry crossings rose 9% this year, the operator said. Its boats made 9,120 crossings between April and "
     "October, up from 8,400 over the same months last year.", "14%", None),
    ("The chain said its sales fell 18% last year. It sold 214,000 kettles in 2023, down from 241,000 the year "
     "before.",
     "The chain said its sales fell 11% last year. It sold 214,000 kettles in 2023, down from 241,000 the year "
     "before.", "18%", None),
    ("Exports rose 18% last year to a record £312 million. Export sales were up from £284 million in 2022, the "
     "company said.",
     "Exports rose 10% last year to a record £312 million. Export sales were up from £284 million in 2022, the "
     "company said.", "18%", "2024-03-07"),
    ("Library loans jumped 25% in the year to March.\n\nThe county's libraries lent 61,200 books, compared with "
     "52,300 a year earlier, officials said.",
     "Library loans jumped 17% in the year to March.\n\nThe county's libraries lent 61,200 books, compared with "
     "52,300 a year earlier, officials said.", "25%", None),
    ("Hostel stays fell by 30% over the winter. The charity's hostels provided 4,410 nights, down from 5,190.",
     "Hostel stays fell by 15% over the winter. The charity's hostels provided 4,410 nights, down from 5,190.", "30%",
     None),
    ("Arrivals at the harbour rose 12% in 2023, the port authority reported. Cruise arrivals reached 41,800 "
     "passengers, up from 34,100 in 2022.",
     "Arrivals at the harbour rose 23% in 2023, the port authority reported. Cruise arrivals reached 41,800 "
     "passengers, up from 34,100 in 2022.", "12%", None),
]


@pytest.mark.parametrize("flagged,clean,target,published", SIZED_THEN_LEVELS)
def test_round20_lead_sized_change_then_levels_next(flagged, clean, target, published):
    assert_flagged(flagged, target, "FC2", published)
    assert_clean(clean, published)


# guards: the next sentence's levels belong to another measure, span or clause -- each with the flagged twin
# where the same levels are the change's own
@pytest.mark.parametrize("clean,flagged,target", [
    # the next sentence sets its measure apart
    ("Revenue rose 12% last year. Shipments grew more slowly: the mill's shipments reached 41,600 tonnes, up from "
     "39,200 tonnes.",
     "Shipments rose 12% last year. The mill's shipments reached 41,600 tonnes, up from 39,200 tonnes.", "12%"),
    # the old level is of another span than the change's
    ("Membership fell 5% last year, the club said. It now has 1,200 members, down from 1,400 in 2019.",
     "Membership fell 5% last year, the club said. It now has 1,200 members, down from 1,400 a year ago.", "5%"),
    ("Members rose 10% last year. The society has 5,000 members, up from 4,000 three years earlier.",
     "Members rose 10% last year. The society has 5,000 members, up from 4,000 a year earlier.", "10%"),
    # one of several moves set against each other
    ("Bus use fell in May, while tram use rose 28%. Tram operators carried 73,700 riders, up from 60,000 in April.",
     "Tram use rose 28% in May. Tram operators carried 73,700 riders, up from 60,000 in April.", "28%"),
    # nothing names the same measure: the lead's company words are not the next sentence's measure
    ("Fund manager Corlow Asset reported a 12% rise in annual profit. Assets under management stood at £84.6bn, "
     "up from £81.2bn.",
     "Fund manager Corlow Asset reported a 12% rise in assets under management. Assets under management stood "
     "at £84.6bn, up from £81.2bn.", "12%"),
])
def test_round20_lead_sized_change_guards(clean, flagged, target):
    assert_clean(clean)
    assert_flagged(flagged, target, "FC2")

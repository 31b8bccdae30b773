"""Round 24 (lead, changes): a headline's change over the lead's two levels when the two name the measure with
different words of one synonym group (``changes._MEASURE_SYNONYMS``: "Break-ins fall by a quarter" over "312
burglaries ... against 348"; "Tourist arrivals double" over "1.12 million foreign visitors ..., up from 760,000").
Only the headline's last word before its change is looked up, and only another word of its group in the lead counts
(the same word was already read).  Every flagged row has a clean twin; rows are (flagged, clean, target, rule)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

HEADLINE_SYNONYM = [
    ('Break-ins fall by a quarter in Millbrook\n\nPolice recorded 312 burglaries in the town last year, against 348 a year earlier.',
     'Break-ins fall by a quarter in Millbrook\n\nPolice recorded 261 burglaries in the town last year, against 348 a year earlier.',
     'a quarter', 'FC203'),
    ('Tourist arrivals double in Azores\n\nThe islands welcomed 1.12 million foreign visitors in 2024, up from 760,000 in 2019, the regional government said.',
     'Tourist arrivals double in Azores\n\nThe islands welcomed 1.52 million foreign visitors in 2024, up from 760,000 in 2019, the regional government said.',
     'double', 'FC302'),
    ("Road deaths fall 20% in Kelshire\n\nThere were 44 fatalities on the county's roads last year, down from 50 in 2023, police said.",
     "Road deaths fall 20% in Kelshire\n\nThere were 40 fatalities on the county's roads last year, down from 50 in 2023, police said.",
     '20%', 'FC203'),
    ('Enrolled students rise by a third at Kelby College\n\nThe college enrolled 2,400 pupils this autumn, up from 2,000 last year.',
     'Enrolled students rise by a third at Kelby College\n\nThe college enrolled 2,400 pupils this autumn, up from 1,800 last year.',
     'a third', 'FC203'),
    ('Burglary halves in Ashby\n\nOfficers logged 150 break-ins in the year to June, compared with 240 the year before.',
     'Burglary halves in Ashby\n\nOfficers logged 120 break-ins in the year to June, compared with 240 the year before.',
     'halves', 'FC302'),
    ('Vehicles on the bypass fall by a fifth\n\nTraffic counters logged 1,400 cars a day in March, down from 2,000 a year earlier, the council said.',
     'Vehicles on the bypass fall by a fifth\n\nTraffic counters logged 1,600 cars a day in March, down from 2,000 a year earlier, the council said.',
     'a fifth', 'FC203'),
    ('Offences up 15% in Darnford city centre\n\nPolice recorded 5,750 crimes in the city centre last year, up from 5,300 in 2023.',
     'Offences up 15% in Darnford city centre\n\nPolice recorded 6,100 crimes in the city centre last year, up from 5,300 in 2023.',
     '15%', 'FC203'),
    ('Visitors up by a fifth at Corran Castle\n\nThe castle welcomed 96,000 tourists in 2024, against 90,000 in 2023, the trust said.',
     'Visitors up by a fifth at Corran Castle\n\nThe castle welcomed 108,000 tourists in 2024, against 90,000 in 2023, the trust said.',
     'a fifth', 'FC203'),
    ('Wages rise 6% across the valley\n\nAverage earnings in the valley reached £31,800 last year, up from £29,100 in 2023.',
     'Wages rise 6% across the valley\n\nAverage earnings in the valley reached £30,850 last year, up from £29,100 in 2023.',
     '6%', 'FC203'),
]


@pytest.mark.parametrize("flagged, clean, target, rule", HEADLINE_SYNONYM)
def test_headline_change_named_by_a_synonym(flagged, clean, target, rule):
    assert_flagged(flagged, target, rule)
    assert_clean(clean)


def test_a_synonym_that_is_also_a_verb_is_not_read():
    # "pay" here is the drivers' verb, not the headline's wages
    assert_clean("Wages double in Kent\n\nDrivers will pay £6 to park in the town, compared with £3.60 last year.")


def test_unrelated_measure_under_a_synonym_headline_stays_silent():
    # the lead's levels count another thing (arrests), not the headline's burglaries
    assert_clean("Break-ins fall by a quarter in Millbrook\n\nPolice made 312 arrests in the town last year, "
                 "against 348 a year earlier.")

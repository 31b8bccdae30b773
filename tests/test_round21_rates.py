"""Round 21, rates: an average speed against the distance and the time it is worked out from
(checker/relate/rates.py, rule FC603), and a share restated as a part of another whole after "equivalent to"
(checker/relate/shares.py ``_equivalent_part``, rule FC201).

* ``find_speed_distance_time``: a distance, a time and a speed tied by an average word ("an average speed of",
  "averaging", "at an average of", "which works out at"; "That is an average of ..." opening the next
  sentence; "Averaging N mph, the ... covers ..." fronted); the last of the three is checked; two times in the
  sentence: either explaining the speed keeps it clean.
* ``_equivalent_part``: "SHARE of NOUN VERB ..., [attribution] - equivalent to [about] PART of the BASE".

Each flagged row has a clean twin (same words, figures that agree); the variations cover units (miles, km,
nautical miles, metres; mph, km/h, knots, "miles an hour", "miles a day"), times ("1hr 52min", "two hours and
10 minutes", "an hour and 52 minutes", "in 2:05:30"), hedges, an attribution, a period, a trailing clause,
a dash, a bracket, written numbers, and the other directions (a time or a distance checked)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged figure, clean figure): the figure checked is the one substituted
SPEED_ROWS = [
    ("dash, average speed of, two times",
     "From June the fastest service between Arlow and Denmere, a distance of 96 miles, will take 1 hour 20 "
     "minutes instead of 1 hour 35 minutes - an average speed of {s}.", "82mph", "72mph"),
    ("comma, averaging, knots",
     "The new ferry crosses the 46 nautical miles to the island in 3 hours, averaging {s}.",
     "19 knots", "15 knots"),
    ("compact units, an average of",
     "The 210-mile trip takes 3hr 30min, an average of {s}, the operator said.", "70 mph", "60 mph"),
    ("km and km/h, at an average speed of",
     "Riders covered the 180km stage in 4 hours 30 minutes at an average speed of {s}.",
     "46 km/h", "40 km/h"),
    ("which works out at, hedge",
     "The coach runs the 300 miles from the port to the capital in six hours, which works out at about {s}.",
     "70mph", "50mph"),
    ("two hours and ten minutes, miles an hour",
     "In 2023 the record holder sailed 26 miles in two hours and 10 minutes, an average of {s} miles an hour.",
     "14", "12"),
    ("an hour and 52 minutes",
     "Trains will cover the 140 miles in an hour and 52 minutes, averaging {s}.", "90mph", "75mph"),
    ("race time as a clock",
     "She won the 42.2km race in 2:05:30, averaging {s} km/h over the course.", "22.4", "20.2"),
    ("next sentence, That is",
     "Drivers cover the 450-mile route in nine hours. That is an average of {s}.", "60mph", "50mph"),
    ("bracket",
     "The walkers covered 1,000 miles in 80 days (an average of {s} miles a day) on the way to the coast.",
     "15", "12.5"),
    ("metres per second, giving",
     "The sprinter ran the 400 metres in 50 seconds, giving an average of {s} metres per second.", "10", "8"),
    ("fronted, time checked",
     "Averaging 60mph, the coach covers the 150-mile route in {s}.", "3 hours", "2.5 hours"),
    ("fronted at an average speed, distance restated in km",
     "At an average speed of 50 km/h, the 100-kilometre (62-mile) ride takes {s}, organisers said.",
     "3 hours", "2 hours"),
    ("speed between, distance checked after over",
     "The train takes 1 hour 52 minutes, averaging 76mph over the {s} miles.", "160", "142"),
    ("on average after the speed",
     "The 142-mile trip takes 1hr 52min - about {s} on average, the operator says.", "90mph", "76mph"),
    ("a mean speed of",
     "The glider covered 300km in 4 hours, a mean speed of {s}.", "95 km/h", "75 km/h"),
    ("speed between, taking",
     "The jet flew 5,500 miles at an average of about 550mph, taking {s}.", "8 hours", "10 hours"),
]


@pytest.mark.parametrize("name,template,flagged,clean", SPEED_ROWS, ids=[r[0] for r in SPEED_ROWS])
def test_speed_flagged(name, template, flagged, clean):
    assert_flagged(template.format(s=flagged), flagged, "FC603")


@pytest.mark.parametrize("name,template,flagged,clean", SPEED_ROWS, ids=[r[0] for r in SPEED_ROWS])
def test_speed_clean_twin(name, template, flagged, clean):
    assert_clean(template.format(s=clean))


# speeds that are not the journey's average: never related
SPEED_CLEAN = [
    "Trains cover the 142 miles in 1 hour 52 minutes and reach a top speed of 125mph.",
    "The 142-mile trip takes 1 hour 52 minutes, with trains averaging 110mph on the new section.",
    "The 142-mile line takes 1 hour 52 minutes; freight trains average 40mph and run at night.",
    "Cars on the 142-mile road take 1 hour 52 minutes, but the speed limit is 50mph on most of it.",
    "The route is 142 miles long and takes 3 hours, with speeds of up to 125mph between Arlow and Denmere.",
    "The 142-mile journey takes 1 hour 52 minutes, and the 30-mile branch line averages 40mph.",
    "The 142-mile journey takes 1 hour 52 minutes, an average of 76mph between Arlow and Denmere.",
    "The 142-mile run takes an hour and 52 minutes, an average of 76mph.",
    "The 10km race took 30 minutes, an average pace of 3 minutes per km.",
    "Wind speeds averaged 40mph over 12 hours, the Met Office said, 30 miles inland.",
    "The network runs 14 trains a day over 142 miles, at an average of 60mph.",
    "It takes 1 hour 52 minutes to cover the 142 miles. The average speed of freight trains is 40mph.",
    "The 142-mile trip takes 1hr 52min, and trains run at 100mph on average between the stops.",
]


@pytest.mark.parametrize("text", SPEED_CLEAN)
def test_speed_not_related(text):
    assert_clean(text)


# (name, template, flagged part, clean part): SHARE ..., equivalent to PART of the BASE
EQUIVALENT_ROWS = [
    ("attribution, dash, hedge",
     "Some 64% of staff walk or cycle to work, the survey found - equivalent to about {s} of the 8,000 employees.",
     "6,100", "5,100"),
    ("comma, households of homes",
     "Around 40% of the households asked said they had cut back on heating, equivalent to {s} million of the "
     "country's 6 million homes.", "3.4", "2.4"),
    ("fraction share, which is equivalent to",
     "Nearly a third of the drivers were over the limit, which is equivalent to {s} of the 1,300 stopped.",
     "610", "410"),
    ("bracket",
     "About 25 per cent of pupils in the year group chose a language (equivalent to {s} of the 360 pupils).",
     "150", "90"),
    ("half, the equivalent of, attribution between",
     "Half of the firms polled expect to hire in 2025, the chamber said, the equivalent of {s} of its 1,200 "
     "members.", "800", "600"),
    ("period first, trailing attribution",
     "In 2024, 15% of flights were delayed - equivalent to {s} of the 20,000 departures, the airport said.",
     "4,000", "3,000"),
    ("one in five, the equivalent of",
     "One in five adults in the region smokes - the equivalent of {s} million of the 6 million adults there.",
     "1.8", "1.2"),
    ("money, equating to",
     "Some 12% of the loans went unpaid, equating to £{s}m of the £300m lent.", "56", "36"),
    ("colon, of without the",
     "The survey found that 71% arrived by car: equivalent to {s} million of 4.3 million visits a year.",
     "3.7", "3.1"),
]


@pytest.mark.parametrize("name,template,flagged,clean", EQUIVALENT_ROWS, ids=[r[0] for r in EQUIVALENT_ROWS])
def test_equivalent_part_flagged(name, template, flagged, clean):
    assert_flagged(template.format(s=flagged), flagged, "FC2")


@pytest.mark.parametrize("name,template,flagged,clean", EQUIVALENT_ROWS, ids=[r[0] for r in EQUIVALENT_ROWS])
def test_equivalent_part_clean_twin(name, template, flagged, clean):
    assert_clean(template.format(s=clean))

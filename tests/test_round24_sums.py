"""Round 24, sums helper: narrow requirements of the parts-and-whole readers relaxed (checker/relate/sums.py).

* ``_shared_label_link``, ``_shared_series_label``: after a verb of sharing out ("split between", "divided
  between", "shared among"), each part's label and the word giving it its figure ("an upgraded West Stand holding
  4,100, a rebuilt South Stand with 3,300 and ...") continue the list; the first label may run past the cue's
  usual reach.
* ``_shared_out_whole``: a total shared out by an explicit verb ("The 9,600 seats will be divided between") is
  never one sibling part of an earlier figure ("More than 300 letters": an open bound agrees with any larger sum).
* ``_yardstick_of_comparison`` (a false alarm): "still 10% short of the record 2.05 million passengers" -- the
  figure a comparison measures against is no whole of the parts told in a later sentence.
* ``_back_lead_then_clause``, ``_back_past_smaller``: "Of the total, crews in the north filled 7,920 potholes,
  ..." points back past sentences whose figures cannot hold the parts (money, a smaller count) to the count of
  the same things, or the measure in the unit the first part repeats (``_same_unit_measure``).

Each flagged row has a clean twin (same words, figures that agree)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _rows(rows):
    return pytest.mark.parametrize("name,flagged,target,rule,clean,published", rows, ids=[r[0] for r in rows])


def _twin(name, text, wrong, right, target=None, rule="FC10", published=None):
    """A flagged row (``wrong`` in the text) and its clean twin (``right`` in its place)."""
    return (name, text.format(wrong), target or wrong, rule, text.format(right), published)


# a whole shared out between labelled parts, each label with its own link word before the figure
SHARED_LABEL_ROWS = [
    _twin("holding then with", "The 9,600 seats will be divided between an upgraded West Stand holding 4,100, a "
          "rebuilt South Stand with {} and a new family enclosure with 2,700.", "3,300", "2,800", target="9,600"),
    _twin("attribution", "The 9,600 seats will be divided between an upgraded West Stand holding 4,100, a rebuilt "
          "South Stand with {} and a new family enclosure with 2,700, the club said.", "3,300", "2,800", target="9,600"),
    _twin("year on the whole", "In 2026 the 9,600 seats will be split between an upgraded West Stand holding 4,100, "
          "a rebuilt South Stand with {} and a new family enclosure with 2,700.", "3,300", "2,800", target="9,600"),
    _twin("trailing clause", "The 9,600 seats will be split between an upgraded West Stand holding 4,100, a rebuilt "
          "South Stand with {} and a family enclosure with 2,700, which opens next spring.", "3,300", "2,800",
          target="9,600"),
    _twin("four parts, bare last", "Its 15,200 places will be split between a remodelled Riverside End holding "
          "5,100, a new North Stand with {}, an extended Paddock with 3,000 and 1,300 fold-away seats.",
          "6,800", "5,800", target="15,200"),
    _twin("lowercase labels", "The 8,400 beds will be shared between the old north wing with 2,900, the new east "
          "block holding {} and a converted annex with 1,700.", "4,300", "3,800", target="8,400"),
    _twin("hedged whole", "Its roughly 12,000 places are spread across a refitted main hall holding 5,200, a second "
          "hall with {} and an outdoor arena with 3,100.", "5,700", "3,700", target="12,000"),
    _twin("money", "The £18m grant will be shared between a new science block with £7.5m, the sports hall with "
          "£{}m and a refurbished library with £4m.", "8.5", "6.5", target="£18m"),
    _twin("more than one sentence before", "More than 300 letters were received. The 9,600 seats will be divided "
          "between an upgraded West Stand holding 4,100, a rebuilt South Stand with {} and a new family enclosure "
          "with 2,700.", "3,300", "2,800", target="9,600"),
]


@_rows(SHARED_LABEL_ROWS)
def test_shared_between_labelled_parts(name, flagged, target, rule, clean, published):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


# "Of the total, ..." past sentences whose figures cannot hold the parts
BACK_PAST_ROWS = [
    _twin("of the total", "Crews filled 23,480 potholes last year. The council spent £6.2m on the work. Of the total, "
          "crews in the north filled 7,920 potholes, those in the centre {} and those in the south 6,250.",
          "9,810", "9,310", target="23,480"),
    _twin("of those, small count between", "Inspectors checked 4,120 bridges in 2023. Nineteen were closed at once. "
          "Of those, engineers in the west checked 1,870 bridges, those in the east {} and the rest 650.",
          "2,100", "1,600", target="4,120"),
    _twin("of that number, money and rate between", "The hospital treated 18,200 patients over the winter, officials "
          "said. Overtime cost £2.1m, about £115 per patient. Of that number, doctors at the main site saw 11,400 "
          "patients and those at the clinic {}.", "7,900", "6,800", target="18,200"),
    _twin("compared level in the total's sentence", "Volunteers planted a record 31,600 trees, nearly a third more "
          "than the 24,100 they managed a year before. Grants paid £84,000 towards the work. Of the total, groups "
          "in the valley planted 12,900 trees, those on the hills {} and schools 7,200.", "12,500", "11,500",
          target="31,600"),
    _twin("trailing clause", "Crews filled 23,480 potholes last year. The council spent £6.2m on the work. Of the "
          "total, crews in the north filled 7,920 potholes, those in the centre {} and those in the south 6,250, "
          "the report said.", "9,810", "9,310", target="23,480"),
    _twin("hedged total, among them", "Some 6,300 volunteers signed up this summer. Training cost £41,000. Among "
          "them, students from the city made up 2,900 volunteers, retired people {} and the rest 1,100.",
          "2,800", "2,300", target="6,300"),
    _twin("of that figure, quote between", "The charity answered 12,480 calls in 2024. \"We were stretched,\" a "
          "spokesman said, adding that staffing cost £310,000. Of that figure, volunteers in Leeds took 5,200 calls "
          "and those in York {}.", "7,780", "7,280", target="12,480"),
    _twin("a measure, unit left out", "Rangers removed 3,950 tonnes of litter from the park last year. The work "
          "cost £88,000. Of the total, teams on the beaches cleared 2,100 tonnes and those in the woods {}.",
          "2,350", "1,850", target="3,950"),
    _twin("dash in the lead", "Rangers filled 3,950 bags of litter - a record - in the park last year. The work "
          "cost £88,000. Of the total, teams on the beaches filled 2,100 bags and those in the woods {}.",
          "2,350", "1,850", target="3,950"),
]


@_rows(BACK_PAST_ROWS)
def test_back_phrase_past_other_figures(name, flagged, target, rule, clean, published):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


# a yardstick another figure is measured against is no whole of the next sentence's parts (the parts agree with
# the lead's figure, which the reader does not link); the flagged twin names the same figure as a plain total
YARDSTICK_ROWS = [
    ("short of the record",
     "The port handled 1.84 million passengers last year, up 14% from 1.61 million.\n\n"
     "The total is still about 10% short of the record {} million passengers who sailed in 2019.\n\n"
     "Ferries to France made up 65% of the total, or 1,196,000 passengers, with the island routes accounting "
     "for the remaining 644,000.", "2.05"),
    ("below the peak",
     "The port handled 1.84 million passengers last year.\n\n"
     "That is still well below the pre-pandemic peak of {} million passengers.\n\n"
     "Ferries to France carried 1,196,000 passengers, with the island routes accounting for the remaining 644,000.",
     "2.05"),
    ("remains below, attribution",
     "The port handled 1.84 million passengers last year, officials said.\n\n"
     "The figure remains below the {} million carried in 2019, the port said.\n\n"
     "Ferries to France carried 1,196,000 passengers, while the island routes accounted for the remaining 644,000.",
     "2.14"),
    ("yet to match",
     "The port handled 1.84 million passengers last year.\n\n"
     "Traffic has yet to match the {} million passengers of 2019.\n\n"
     "Ferries to France carried 1,196,000 passengers, while the island routes accounted for the remaining 644,000.",
     "2.14"),
    ("behind a dated peak",
     "The port handled 1.84 million passengers last year.\n\n"
     "It remains behind the 2019 peak of {} million passengers.\n\n"
     "Ferries to France carried 1,196,000 passengers, while the island routes accounted for the remaining 644,000.",
     "2.14"),
]


@pytest.mark.parametrize("name,template,figure", YARDSTICK_ROWS, ids=[r[0] for r in YARDSTICK_ROWS])
def test_yardstick_is_no_whole(name, template, figure):
    assert_clean(template.format(figure))


def test_plain_whole_still_read():
    # the same parts under a figure that is the whole, not a yardstick: read and checked
    text = ("The port handled a record {} million passengers last year.\n\n"
            "Ferries to France carried 1,196,000 passengers, with the island routes accounting for the remaining "
            "644,000.")
    assert_flagged(text.format("2.05"), "2.05 million", "FC10")
    assert_clean(text.format("1.84"))

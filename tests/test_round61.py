"""Round 61: the false alarms of round 60's sealed sets, once opened, and the readings learnt from its misses, told
in our own words -- texts that must stay silent, then texts that must be flagged beside them."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


@pytest.mark.parametrize("text, published", [
    # a part of "of whom", then another holder with its own count: no part of the first whole
    ("Half of the trainees at Marsh Lane passed first time, against 60% at Elmfield. Marsh Lane had 220 trainees, of "
     "whom 110 passed, while Elmfield had 150.", None),
    # the whole what is left of it is told of, under a noun of its own
    ("A £3.8m lottery grant will pay for most of the new pavilion. The rest of the £8.3m scheme will come from club "
     "members and a council loan.", None),
    # a subset of the whole, "among the", digits swapped by chance
    ("The survey reached 2,150 households in the valley. Among the 1,250 that answered every question, most heat "
     "with oil.", None),
])
def test_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # one holder, all of its parts: still a sum
    ("Marsh Lane had 220 trainees, of whom 110 passed and 130 failed.", "FC10", None),
    # the same scheme told twice: still a slip
    ("A new £3.8m pavilion is planned. The rest of the £8.3m pavilion budget will come from members.", "FC40", None),
])
def test_still_flagged(text, rule, published):
    assert any(r.startswith(rule) for r in flagged_rules(text, published)), flagged_rules(text, published)


# (round 61) readings learnt from the opened misses, each with a near miss that stays silent
NEW_FLAGS = [
    # a definite figure in the next sentence, two digits swapped, the first's people named as members
    ("Some 2,750 dockers walked off the job at midnight. The union said its 2,570 members would stay out until "
     "Friday.", "2,570", None),
    # a measure in the same unit, the second a compound
    ("The port handled 16.3 million tonnes of cargo last year. Coal made up a third of its 13.6m-tonne throughput.",
     "13.6m-tonne", None),
]

SILENT_NEAR = [
    # other people under a noun of their own
    ("Some 2,750 dockers walked off the job at midnight. The union said its 2,570 drivers would stay out until "
     "Friday.", None),
    ("Some 3,418 nurses were hired from abroad last year. The 3,481 doctors on the register were not counted.", None),
    # other things
    ("The hospital treated 4,615 patients in May. The 4,165 beds it runs were all in use.", None),
    # another year's figure
    ("The port handled 16.3 million tonnes of cargo last year. In 2019 it handled 13.6 million tonnes.", None),
    # a level the plan takes the figure on from
    ("The ground holds 27,500 fans. Plans would take the 25,700-capacity stadium to 30,000.", None),
    # a group of its own, "among the"
    ("A peloton of 158 riders left Tarbes on Sunday. Among the 185 who entered, 27 withdrew before the start.", None),
    # another scope opening the sentence
    ("Floods forced 2,350 families from their homes in Arvel. Across the region, the 2,530 displaced families are "
     "in shelters.", None),
]


@pytest.mark.parametrize("text, target, published", NEW_FLAGS)
def test_reading_flags(text, target, published):
    from checker import check_text

    t0 = text.index(target)
    t1 = t0 + len(target)
    found = [f for f in check_text(text, published) if f.is_problem]
    assert any(f.start < t1 and t0 < f.end or any(r.start < t1 and t0 < r.end for r in f.related) for f in found), \
        [(f.rule, f.message) for f in found]


@pytest.mark.parametrize("text, published", SILENT_NEAR)
def test_near_miss_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)

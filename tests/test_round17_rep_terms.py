"""Round 17 (r17-rep): an event's length or a course's size restated under another of its names.

* an event's verb spelt as one of its nouns: "will strike for 48 hours ... the 72-hour walkout"
  (``_event_verb`` in ``_event_for``); these three readings only when the second is told plainly: nothing before
  it but who says so, no phrase after its noun or time the first's sentence lacks (``_restated_plainly``);
* a trial (inquest, inquiry) restated as "the N-week hearing" (``_HEARD_AS`` in ``_lasting_subject``);
* a course or route brought in with "a" and sized by the one length up to "the N-unit route/course"
  (``_course_sized_alone``).

Each row is a flagged text, its target, the consistent value that makes its clean twin, the rule prefix
and the publication date."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

STRIKE_VERB = [
    ("Refuse collectors in Hull will strike for 48 hours from Tuesday. The union said the 72-hour walkout "
     "would go ahead unless the council improved its offer.", "72-hour", "48-hour"),
    # attribution first, a period, a trailing clause
    ("Nurses at two hospitals will strike for 24 hours in March, the union said. Managers said the 36-hour "
     "walkout would hit routine operations, which are already delayed.", "36-hour", "24-hour"),
    # written number, days
    ("Train guards will strike for two days next week over the closure of ticket offices. Passengers were "
     "warned that the three-day stoppage would leave few services running.", "three-day", "two-day"),
    # a dash and a bracket
    ("Teachers in the county will strike for 72 hours - from Monday morning. Parents (many of them working) "
     "said the 96-hour walkout would be hard to cope with.", "96-hour", "72-hour"),
    # protest, its synonym
    ("Farmers plan to protest for three days outside the ministry. Police said the four-day demonstration "
     "had been approved.", "four-day", "three-day"),
]

HEARING = [
    ("The murder trial, which is expected to last four weeks, began at Leeds Crown Court on Tuesday. The "
     "jury heard that the five-week hearing would include expert evidence.", "five-week", "four-week"),
    # due to run, an attribution
    ("The inquest, which is due to run for three weeks, opened in Cardiff on Monday, the coroner's office said. "
     "Relatives said the two-week hearing would be painful.", "two-week", "three-week"),
    # expected to last without "which", a trailing clause
    ("The corruption trial, expected to last 10 weeks, opened on Monday. Lawyers said the 12-week hearing, "
     "which has been delayed twice, would be costly.", "12-week", "10-week"),
]

COURSE = [
    ("Cyclists will ride a 42km course around the reservoir on Sunday. Organisers said the 24km route had been "
     "checked for potholes.", "24km", "42km"),
    # attribution, a written distance in miles, a bracket
    ("Walkers will follow a 13-mile route across the moor (weather permitting), the trust said. Rangers said "
     "the 31-mile course was well signposted.", "31-mile", "13-mile"),
    # a period, a dash
    ("Competitors face a 10km course through the old town in May - the first since 2019. Stewards said the "
     "12km route would be closed to traffic.", "12km", "10km"),
]

TABLE = [(text, target, fixed, "FC4", None) for table in (STRIKE_VERB, HEARING, COURSE)
         for text, target, fixed in table]

# the same shapes with something that sets the two lengths apart: still clean
APART = [
    # another event named between: the hearing is a separate one
    "The fraud trial, which is expected to last six weeks, opened on Monday. A sentencing hearing for a "
    "co-defendant took place on Friday, and the two-day hearing ended with a fine.",
    # two courses, two lengths: which one the route restates is not known
    "Runners will tackle a 10km course, and children a 2km course, on Saturday. Organisers said the 5km route "
    "had been changed.",
    # a journey, not the course: the route to the start
    "Entrants will ride a 60km course on Sunday. Many will cycle there: the 15km route from the station to the "
    "start is signposted.",
    # another strike, said so
    "Porters will strike for 24 hours on Friday. Cleaners are planning a separate 48-hour walkout next month.",
    # told as what others do, or of another time: no plain restatement
    "Porters will strike for 24 hours on Friday. Cleaners are planning the 48-hour walkout for June.",
    "Porters will strike for 24 hours on Friday. The 48-hour walkout by cleaners last year cost millions.",
    "Porters will strike for 24 hours on Friday. Cleaners began the 48-hour walkout yesterday.",
    "The fraud trial is expected to last six weeks. Last year the three-week hearing of his brother ended.",
    "Riders will tackle a 42km course on Sunday. The 10km route for children starts at noon.",
    "Riders will tackle a 42km course on Sunday. Last year the 36km route was used.",
]


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_flagged(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_clean_twin(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed), published)


@pytest.mark.parametrize("text", APART)
def test_apart_clean(text):
    assert_clean(text)

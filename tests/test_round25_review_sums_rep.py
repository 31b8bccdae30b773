"""Round 25 review (w1a): false alarms a reviewer found in the round's new readings of sums, shares and
restatements, each narrowed to the shape its docstring names. Every table pairs the reviewer's shapes (in new words,
clean) with the flag rows the reading was built for (still flagged)."""
from __future__ import annotations

import pytest

from checker import check_text
from tests.shapes import assert_clean, assert_flagged


# ---- sums._comes_from: sources that may overlap or be gross figures ------------------------------------------------

COMES_FROM_OVERLAP = [
    # the sources are cut along different lines (where built, who builds): they may overlap
    "The district's 700 new flats will come from 450 on old factory sites and 380 put up by the council.",
    # figures per year, then a deduction: a gross intake, not the sources of the net figure
    "The 180 extra nurses will come from 120 trainees this year and 100 next year, minus those who leave.",
]


@pytest.mark.parametrize("text", COMES_FROM_OVERLAP)
def test_sources_that_may_overlap_silent(text):
    assert_clean(text)


def test_named_sources_still_flagged():
    text = "The £2.2m will come from £1.6m of council reserves and £0.9m from a lottery grant."
    assert_flagged(text, "£2.2m", "FC102")
    assert_flagged("The club's 58 goals came from 41 in the league and 22 in the cups.", "58", "FC102")


# ---- rules/format._scale_of: the "m" of a word is no million -------------------------------------------------------

@pytest.mark.parametrize("size", ["140-room", "36-classroom", "48-bedroom"])
def test_size_word_ending_in_m_is_no_scale(size):
    n, noun = size.split("-")
    n = int(n)
    text = f"The {size} building will be made up of {n - 12} {noun}s in the main block and 6 in the wing."
    messages = [f.message for f in check_text(text) if f.rule.startswith("FC101")]
    assert messages and all("0.00m" not in m and f"{n - 6}" in m for m in messages), messages


# ---- sums.find_article_figure_remainder / _article_figure_candidates: the article's own figure -------------------

_SCHEME = """Plans for 1,860 flats approved

Plans for 1,860 flats by the old docks were approved on Tuesday.

The council said building would begin next year.

Of the flats, {tail}"""

_SHIPS = """Registered fleet reaches 64,000

The country's registered fleet has reached 64,000, the maritime agency says.

Most of the fleet is based in the southern ports.

Of the total, {tail}"""

ARTICLE_FIGURE_CLEAN = [
    # two parts named before "the remaining": all three make the whole
    _SCHEME.format(tail="520 will be for social rent and 240 for shared ownership. The remaining 1,100 will be sold."),
    # the figure after the first is a piece of it: the remainder is the rest of the first
    _SCHEME.format(tail="520 will be affordable, with 310 for social rent. The remaining 210 will be for shared "
                        "ownership."),
    # the remainder names the first part's own thing: the rest of those
    _SCHEME.format(tail="150 will be maisonettes. The remaining 90 maisonettes nearby were finished in 2022."),
    # a clause set against the others cuts across them
    _SHIPS.format(tail="51,000 were cargo ships and 13,000 were tankers, while 9,000 were laid up."),
]


@pytest.mark.parametrize("text", ARTICLE_FIGURE_CLEAN)
def test_article_figure_not_tied(text):
    assert_clean(text)


def test_article_figure_still_tied():
    split = "520 will be affordable, split between 310 for social rent and 210 for shared ownership."
    assert_flagged(_SCHEME.format(tail=f"{split} The remaining 1,430 will be sold."), "1,430", "FC101")
    assert_clean(_SCHEME.format(tail=f"{split} The remaining 1,340 will be sold."))
    assert_flagged(_SCHEME.format(tail="600 will be affordable. The remaining 1,360 will be sold."), "1,360", "FC101")
    assert_flagged(_SHIPS.format(tail="51,000 were cargo ships and 19,000 were tankers."), "64,000", "FC10")


# ---- restatements.find_share_restatements: a share told on another occasion ---------------------------------------

SHARE_OTHER_OCCASION = [
    "Close to 60% of members backed the strike in the first ballot. In the second ballot, 47% of members backed it.",
    "Around 71% of tenants opposed the rent plan from the landlord. After the landlord cut the rise, 44% of tenants "
    "opposed it.",
    "Roughly 38% of staff supported the new rota in the spring survey. Once the shifts were shortened, 66% of staff "
    "supported it.",
]


@pytest.mark.parametrize("text", SHARE_OTHER_OCCASION)
def test_share_on_another_occasion_silent(text):
    assert_clean(text)


def test_share_told_twice_still_flagged():
    assert_flagged("Nearly two-thirds of members backed the merger, the union said. Officials confirmed that 41% of "
                   "the 9,300 members had supported it.", "41%", "FC402")
    assert_flagged("Just over half of parents who replied opposed the new timetable. Only 31% of the 1,640 "
                   "respondents objected, the school said.", "31%", "FC402")


# ---- restatements: a later figure that is another set, not the first told again -----------------------------------

OTHER_SET_LATER = [
    # plans turned down, then another scheme
    "Plans for 950 homes on the golf course were refused in 2022. Revised plans were approved in May. The 600-home "
    "scheme will include a surgery.",
    "Plans for 950 homes on the golf course were refused in 2022. A smaller scheme was approved in May. The 600-home "
    "scheme will include a surgery.",
    # a sum raised at another time, or by another appeal
    """Appeal raises £3.26m for children's ward

An appeal has raised £3.26 million for a new children's ward at the hospital.

Trustees said the £1.9 million raised before the lockdowns had been kept in a reserve fund.""",
    """Appeal raises £3.26m for children's ward

An appeal has raised £3.26 million for a new children's ward at the hospital.

The ward will have 24 beds.

Work starts in the autumn.

A neighbouring town's appeal closed in 2018. The £2.5 million raised then built its day unit.""",
    # one haul of several
    "Customs officers seized three tonnes of cocaine in raids on the docks. The 450kg haul found in one container was "
    "the biggest.",
    # the victims of another, earlier event
    """Coach crash kills 11 on pass

A coach crash killed eleven people on a mountain pass on Friday.

The coach was taking walkers back to the town.

It left the road on a hairpin bend.

Police have opened an inquiry.

The pass saw a worse crash in 2017.

The 16 victims were also walkers.""",
    # both ordinals name one set
    "The council paid £3 million for the first field. The £8 million purchase was for the first and second fields "
    "together.",
]


@pytest.mark.parametrize("text", OTHER_SET_LATER)
def test_later_figure_of_another_set_silent(text):
    assert_clean(text)


def test_restatements_still_flagged():
    assert_flagged("Plans for 950 homes on the golf course were approved in May. The 600-home scheme will include a "
                   "surgery.", "600-home", "FC402")
    appeal = """Appeal raises £3.26m for children's ward

An appeal has raised £3.26 million for a new children's ward at the hospital.

The chairman said the £3.62 million raised so far would be spent in two stages, the first in May and the second in
September."""
    assert_flagged(appeal, "£3.62 million", "FC402")
    assert_flagged("Customs officers seized three tonnes of cocaine at the docks. The 450kg haul had a street value "
                   "of £36m.", "450kg", "FC402")
    assert_flagged("Customs officers seized three tonnes of cocaine at the docks. The 450kg haul was the largest ever "
                   "made at the port.", "450kg", "FC402")


# ---- sums._not_all_parts: one more item told by a vague amount ----------------------------------------------------

def test_vague_item_after_the_parts_leaves_the_list_open():
    assert_clean("The 312-home estate will be made up of 140 homes for private sale and 120 for rent, plus some for "
                 "key workers.")
    assert_clean("The 96-flat block comprises 48 flats for rent and 30 for sale, and several more for key workers.")
    assert_flagged("The 312-home estate will be made up of 140 homes for private sale and 120 for rent.", "312-home",
                   "FC101")

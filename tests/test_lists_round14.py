"""List counts, round 14: "around" as a preposition before the count ("built around three themes:");
"on N occasions" then the years or months; "all"/"both" after the listed names (the named set is
the whole set: "A, B and C all won"); a post-modifier ending in a place before places after
", in"/", at" ("six depots in Wales, in A, B and C"); things with longer tails after a colon, the list
closed by its sentence ("four steps: cheaper fares for pupils travelling from villages up to 20 miles
away, ..."); a participle phrase between commas belongs to the item before it (", backed by a levy,"); a loose list
after a verb of choosing ("made four changes, bringing in A, B and C") or after "with" when the names all
do one thing (", with A, B and C all coming in"); "serving Paris" is a verb and its object, no item; a time phrase between the noun and the copula ("The
three headliners this year are ..."); names and their descriptions taking turns ("A, a GP, B, a nurse, and
C, a teacher"); a place after the noun, then names that each take "the" ("two rivers in York, the Ouse,
the Foss and the Derwent"); a verb of choosing may end in "on loan" ("bringing in A, B and C on loan")."""
from __future__ import annotations

import pytest

from checker import check_text


def _problems(text, code=None):
    return [f for f in check_text(text) if f.is_problem and (code is None or f.rule == code)]


FLAGGED = [
    # "around" after a verb of building or centring is a preposition: the count is exact
    ("The menu is built around four dishes: a lamb stew, a fish pie, a vegetable curry, a beef "
     "casserole and a bean chilli.", "four"),
    ("Her campaign was centred around two promises: cheaper buses, free school meals and a rent cap.", "two"),
    ("The course is organised around three themes - climate, migration, trade and health.", "three"),
    ("The new strategy revolves around five goals: growth, jobs, housing and transport.", "five"),
    # "on N occasions", then when
    ("The team has lifted the cup on three occasions, in 1994, 2001, 2012 and 2019.", "three"),
    ("She has been fined on two occasions - in 2015, 2017 and 2021 - for speeding.", "two"),
    ("The bridge was closed on four occasions last winter, in November, December, January, February and March.",
     "four"),
    # "all" / "both" after the names: the named set is the whole set
    ("Four Scots reached the final: Reid, Munro and Gray all qualified fastest.", "Four"),
    ("Prices rose at four of the big chains last week: Asda, Aldi and Lidl all added 5p to a pint of milk.",
     "four"),
    ("Two Welsh clubs went through - Cardiff, Swansea and Newport all won on penalties.", "Two"),
    ("Three firms bid for the contract: Arco and Belmar both offered to finish by May.", "Three"),
    # a place in the post-modifier, then the places after ", in" / ", at"
    ("The firm runs four depots in Scotland, in Perth, Dundee, Stirling, Falkirk and Ayr, and employs "
     "900 people.", "four"),
    ("The chain will close five stores across Wales, at Rhyl, Bangor, Wrexham, Mold, Conwy and Bala.", "five"),
]

FLAGGED += [
    # things with longer tails after a colon (a figure and its noun in the tail describes the thing)
    ("The trust agreed four steps on Monday: extra beds for up to 40 patients over the winter months, a discharge "
     "team working with care homes, and longer opening hours for the minor injuries unit.", "four"),
    ("Ministers promised two reforms: a cap on fees charged by letting agents to tenants in England, a register "
     "of landlords with more than 10 homes, and new powers for councils to inspect flats.", "two"),
    ("The review makes five proposals: cheaper fares for pupils travelling from villages up to 20 miles away, "
     "a new route linking the city hospitals, and a £2m fund for community transport.", "five"),
    # a participle aside between commas belongs to the item before it
    ("The council set out four measures: a new fund, backed by a levy on second homes, a night bus and cheaper "
     "parking.", "four"),
]

FLAGGED += [
    ("Ireland have made four changes for Saturday's game in Rome, with Doyle, Keane and Walsh all returning "
     "to the pack.", "four"),
    ("The manager made two alterations to his side, bringing in Ruiz, Okafor and Lind.", "two"),
    ("The board made five appointments on Monday, naming Ann Roe, Bo Lee, Cy Fox and Di Kerr as directors.", "five"),
    ("The selectors made three changes, recalling Amir Khan, Joe Dunn, Sam Pryce and Tom Hale.", "three"),
]

FLAGGED += [
    ("The festival's three headliners this year are Blur, Pulp, Oasis and Suede.", "three"),
    ("The two clubs promoted last season were Leeds, Hull and York.", "two"),
    ("The four people who died were Ann Roe, a nurse from Hull, Bo Lee, a retired teacher, and Cy Fox, a student.",
     "four"),
    ("Police named the two victims as Ann Roe, an architect, Bo Lee, her neighbour, and Cy Fox, a local GP.", "two"),
]

FLAGGED += [
    ("Flood alerts are in place on two rivers in Shropshire, the Severn, the Teme and the Clun.", "two"),
    ("The three theatres in Soho, the Adelphi, the Lyric, the Savoy and the Apollo, will close for a month.", "three"),
    ("The club made two signings on Friday, bringing in Ruiz, Okafor and Lind on loan.", "two"),
]

CLEAN = [
    ("The menu is built around five dishes: a lamb stew, a fish pie, a vegetable curry, a beef "
     "casserole and a bean chilli."),
    ("Her campaign was centred around three promises: cheaper buses, free school meals and a rent cap."),
    ("The course is organised around four themes - climate, migration, trade and health."),
    ("The new strategy revolves around four goals: growth, jobs, housing and transport."),
    # a hedge stays a hedge: "around" after a verb of counting
    ("The club employs around five coaches: Reid, Munro and Gray lead the senior sides."),
    ("The team has lifted the cup on four occasions, in 1994, 2001, 2012 and 2019."),
    ("She has been fined on three occasions - in 2015, 2017 and 2021 - for speeding."),
    ("The bridge was closed on five occasions last winter, in November, December, January and March."),
    ("Five Scots reached the final: Reid, Munro, Gray, Kerr and Bell all qualified fastest."),
    ("Prices rose at three of the big chains last week: Asda, Aldi and Lidl all added 5p to a pint of milk."),
    ("Three Welsh clubs went through - Cardiff, Swansea and Newport all won on penalties."),
    ("Two firms bid for the contract: Arco and Belmar both offered to finish by May."),
    # the rest of the set told after the clause
    ("Four teams reached the semi-finals: Leeds, Hull and York all won at home, while Derby won on penalties."),
    ("Four teams reached the semi-finals: Leeds, Hull and York all won at home, and Derby won away."),
    # without "all" the clause may name some of them
    ("Nine councils were consulted - Leeds, Hull and York objected."),
    # a set far short of the count, all doing one thing, is some of them
    ("Nine councils were consulted - Leeds, Hull and York all objected."),
    ("Eight riders were tested: Reid, Munro and Gray all tested positive."),
    ("The firm runs five depots in Scotland, in Perth, Dundee, Stirling, Falkirk and Ayr, and employs "
     "900 people."),
    ("The chain will close six stores across Wales, at Rhyl, Bangor, Wrexham, Mold, Conwy and Bala."),
    ("The trust agreed three steps on Monday: extra beds for up to 40 patients over the winter months, a discharge "
     "team working with care homes, and longer opening hours for the minor injuries unit."),
    ("Ministers promised three reforms: a cap on fees charged by letting agents to tenants in England, a register "
     "of landlords with more than 10 homes, and new powers for councils to inspect flats."),
    ("The review makes three proposals: cheaper fares for pupils travelling from villages up to 20 miles away, "
     "a new route linking the city hospitals, and a £2m fund for community transport."),
    ("The council set out three measures: a new fund, backed by a levy on second homes, a night bus and cheaper "
     "parking."),
    # a label's number ("Junction 9") or a sub-list inside an item: silent
    ("The agency named four sites: the old depot on the ring road, land near the A1 at Junction 9, and a field "
     "off Mill Lane."),
    ("The government set out two measures: a fund for pupils in Leeds, Hull and York, free meals and a bus pass."),
    ("Ireland have made three changes for Saturday's game in Rome, with Doyle, Keane and Walsh all returning "
     "to the pack."),
    ("The manager made three alterations to his side, bringing in Ruiz, Okafor and Lind."),
    ("The board made four appointments on Monday, naming Ann Roe, Bo Lee, Cy Fox and Di Kerr as directors."),
    # "with" and people: the names may be other people; the names going on; no "all"
    ("The coach named two new caps, with Doyle, Keane and Walsh all rested."),
    ("Wales made two changes, with Jones, Biggar and North all fit again, and Adams returning on the wing."),
    ("Wales made two changes, with Jones, Biggar and North in the squad."),
    ("The board made three appointments on Monday, naming Ann Roe, Bo Lee, Cy Fox and Di Kerr to the board and "
     "to the audit panel."),
    # a verb and its object after the comma, no description of a name
    ("The airline runs two routes, serving Paris, Rome and Berlin."),
    ("The firm has two ferries, linking Oban, Mull and Coll."),
    ("The festival's four headliners this year are Blur, Pulp, Oasis and Suede."),
    ("The four people who died were Ann Roe, a nurse from Hull, Bo Lee, a retired teacher, Cy Fox, a student, and "
     "Di Kerr, a plumber."),
    ("Police named the three victims as Ann Roe, an architect, Bo Lee, her neighbour, and Cy Fox, a local GP."),
    ("Flood alerts are in place on three rivers in Shropshire, the Severn, the Teme and the Clun."),
    ("The four theatres in Soho, the Adelphi, the Lyric, the Savoy and the Apollo, will close for a month."),
    # not every name takes "the": the place may be one of them
    ("Flood alerts are in place on two rivers in Shropshire, the Severn, Teme and Clun."),
    ("The club made three signings on Friday, bringing in Ruiz, Okafor and Lind on loan."),
    # towns may share: fewer places after "in" is silent
    ("The firm runs seven depots in Scotland, in Perth, Dundee and Ayr."),
]


@pytest.mark.parametrize("text, target", FLAGGED)
def test_flagged(text, target):
    found = _problems(text, "FC410")
    assert found, text
    assert any(text[f.start:f.end] == target or target in text[f.start:f.end] for f in found), \
        [(f.rule, text[f.start:f.end]) for f in found]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert not _problems(text), [(f.rule, f.message) for f in _problems(text)]

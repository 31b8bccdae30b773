"""Round 56 (lists): the shapes behind the list-count misses of round 55's sealed sets r55a-d and round 56's open
learning sets, told in our own words -- each with a text that must be flagged and one that must not, then near misses
of the new readings that must stay silent, and near misses that keep their reading."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a Portuguese "do"/"dos"/"das" between capitalised words is part of a place's name, no verb
    ("Six schools will merge next year: Vale Fundo, Monte das Oliveiras, Ribeira Alta, Serra do Pico and Carvalhal.",
     "FC410",
     "Five schools will merge next year: Vale Fundo, Monte das Oliveiras, Ribeira Alta, Serra do Pico and Carvalhal.",
     None),
    # things whose plural ends like a doer's ("ciders", "tractors") are no people
    ("The farm shop now stocks three ciders: a dry scrumpy, a perry, a sweet rosé and a cloudy apple.", "FC410",
     "The farm shop now stocks three ciders: a dry scrumpy, a sweet rosé and a cloudy apple.", None),
    ("The estate has bought 3 new tractors: a compact loader, a vineyard tractor, a crawler and a utility model.",
     "FC410",
     "The estate has bought 4 new tractors: a compact loader, a vineyard tractor, a crawler and a utility model.",
     None),
    # what the whole set cost, after the list, is no item of it
    ("The fire service has bought two kinds of vehicle: nine water tenders, four aerial ladders and two rescue units, "
     "at a cost of £6.1m.", "FC410",
     "The fire service has bought three kinds of vehicle: nine water tenders, four aerial ladders and two rescue units, "
     "at a cost of £6.1m.", None),
    ("The parish bought five new machines: a mower, a leaf blower and a hedge cutter, costing £12,000.", "FC410",
     "The parish bought three new machines: a mower, a leaf blower and a hedge cutter, costing £12,000.", None),
    # "both of" a name's possessive counts two
    ("Both of Elmford's new coaches - former winger Dai Pryce, ex-keeper Rob Tuck and analyst Sam Orr - start on "
     "Monday.", "FC410",
     "Both of Elmford's new coaches - former winger Dai Pryce and analyst Sam Orr - start on Monday.", None),
    # places after ", at", then a second reported clause ", and that ..."
    ("The chain said the strike would close its three bakeries, at Pellow, Strand Hill, Ockley and Brem, and that "
     "shops would be stocked from Wales.", "FC410",
     "The chain said the strike would close its four bakeries, at Pellow, Strand Hill, Ockley and Brem, and that "
     "shops would be stocked from Wales.", None),
    # medals by colour for named entries: a plural colour takes one medal per entry joined by "and"
    ("The dairy left the county show with six medals - gold for its Wensley blue, silver for a goat's cheese, and "
     "bronzes for its butter and a smoked cheddar.", "FC410",
     "The dairy left the county show with four medals - gold for its Wensley blue, silver for a goat's cheese, and "
     "bronzes for its butter and a smoked cheddar.", None),
    # a group named by its size, then its members by role, some counted
    ("A team of nine - the team doctor, two trainers, four therapists and a nutritionist - flew out on Friday.", "FC410",
     "A team of eight - the team doctor, two trainers, four therapists and a nutritionist - flew out on Friday.", None),
    # a product line or range named by a bare plural is one line
    ("The mill now weaves seven product lines: blankets, throws, cushion covers, scarves and table runners.", "FC410",
     "The mill now weaves five product lines: blankets, throws, cushion covers, scarves and table runners.", None),
    # a rowing boat named by its seats is no count inside the item
    ("Harwick will race three crews at the regatta: the women's four, the men's eight, the junior pair and the "
     "lightweight double.", "FC410",
     "Harwick will race four crews at the regatta: the women's eight, the men's pair, the junior single and the "
     "lightweight double.", None),
    # a name and a participle phrase in -ing is one item
    ("Three new bus routes will open, the operator said: Route 6 along the river, Route 12 through Eastfield, Route 14 "
     "to the airport and Route 20 serving the hospital from the north.", "FC410",
     "Four new bus routes will open, the operator said: Route 6 along the river, Route 12 through Eastfield, Route 14 "
     "to the airport and Route 20 serving the hospital from the north.", None),
    # things named under labels beside things counted or unnamed: names one each, counted ones their count
    ("Nine boats joined the hunt for the missing kayaker: the ferries Solvei and Brann, the harbour tug Rokk, three "
     "trawlers from Eidvik and a yacht.", "FC410",
     "Seven boats joined the hunt for the missing kayaker: the ferries Solvei and Brann, the harbour tug Rokk, three "
     "trawlers from Eidvik and a yacht.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert any(r.startswith(rule) for r in flagged_rules(flagged_text, published)), flagged_rules(flagged_text, published)
    assert not flagged(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # "do" as a verb after names is no joiner
    ("Three clubs went down: Leeds, Hull and York do not return until 2027.", None),
    # a plural colour with one entry may be several medals
    ("The dairy left the county show with five medals - gold for its Wensley blue, silver for a goat's cheese, and "
     "bronzes for its butter.", None),
    # a singular colour with two entries joined by "and" is unclear
    ("The dairy left the county show with five medals - golds for its blue and its brie, silver for a goat's "
     "cheese, and bronze for its butter and cream.", None),
    # members by role: not things ("a dog"), nor a plural without a count
    ("A family of five - two adults, two children and a spaniel - were rescued.", None),
    ("A party of nine - a guide, his porters, two doctors and a cook - set off.", None),
    # a product line told by a plural is one; products may be several
    ("The shop now sells six products: scarves, hats and a range of gloves.", None),
    # a vague plural among labelled names, a label with a preposition, people: unclear or another reading
    ("Nine boats joined the hunt: the ferries Solvei and Brann, the harbour tug Rokk, some trawlers and a yacht.",
     None),
    ("Nine boats joined the hunt: the ferries in Eidvik and Moss, the harbour tug Rokk, three trawlers and a yacht.",
     None),
        # a number word with a noun after a crew's class is a count
    ("The club entered three crews: the women's four rowers, the men's crew and the junior pair.", None),
])
def test_false_alarms_and_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # near misses keep their reading: "both of the" still counts two; a colon list without a closing cost
    ("Both of the club's new coaches - Dai Pryce, Rob Tuck and Sam Orr - start on Monday.", "FC410", None),
    ("The parish bought five new machines: a mower, a leaf blower and a hedge cutter.", "FC410", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

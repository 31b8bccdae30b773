"""Round 25 (repeat): one quantity told twice with two values, read from a fresh set of restatements
(``checker.relate.restatements``).

- "the N people who died" counts the dead: a relative clause after the noun tells its event like a verb right
  after it ("Eleven people died ... the 12 victims"), so "the seven people who died ... the eight victims" is one
  set (``_VERB_AFTER_NP``).
- A club's name ("Hartley Town", "Ashgate Rovers") is no other person between an age and "the N-year-old"
  (``_BODIES``).
- A bare duration told by another verb in the sentence that brings an event in under "a" is that act's length,
  no rival term: "The jury deliberated for two days at the end of a six-week trial ... the four-week trial"
  (``_other_verb_for``).
- A year after "of the" dates the restatement: "Five people died ... The 40 victims of the 1998 fire" (``new_qualifier``).
- A weight seized, found or stolen, restated as "the N-unit haul" (seizure, stash, cache) in any unit of mass:
  "seized 1.4 tonnes of cocaine ... the 400kg haul" (``find_haul_restatements``; masses compared in kilograms by
  ``agrees``).

Every flagged row has clean twins: the same shape with a figure for another thing, time, place or person."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    # the dead told by a relative clause, then "the N victims"
    ("Firefighters recovered the bodies of the five people who died in the blaze at a Leeds warehouse. A memorial "
     "to the six victims is planned for next month.", "six victims", "FC402"),
    ("Officials confirmed the 12 passengers who were killed when the coach overturned were all from Kent. Flowers "
     "were left at the roadside for the 21 victims.", "21 victims", "FC402"),
    ("The 31 people who were evacuated from the tower block spent the night in a leisure centre. The 13 evacuees "
     "were allowed home on Friday.", "13 evacuees", "FC402"),
    # a club's name between an age and "the N-year-old"
    ("Striker Leon Marsh, 27, has joined Kingsford United on loan from Eastvale City. The 29-year-old scored "
     "14 goals last season.", "29-year-old", "FC403"),
    ("Defender Tom Hale, 33, left Brookfield Rangers for Redcliffe Athletic in the summer. The 30-year-old "
     "has made 12 appearances.", "30-year-old", "FC403"),
    # an event brought in under "a", another act's length beside it
    ("The jury deliberated for three days at the end of a five-week trial. The eight-week trial heard from "
     "more than 30 witnesses.", "eight-week", "FC405"),
    ("Smith was jailed for six years after a three-week trial at Leeds Crown Court. Evidence heard during the "
     "four-week trial included CCTV footage.", "four-week", "FC405"),
    # a weight taken, restated as the haul
    ("Border officers seized 2.1 tonnes of cocaine hidden in a container of pineapples. The agency said the 700kg "
     "haul was worth £60m.", "700kg", "FC402"),
    ("Detectives recovered 36kg of heroin from a lorry in Dover. The 63kg haul is one of the largest in the county.",
     "63kg", "FC402"),
    ("Thieves stole 300kg of copper cable from the railway line. Police said the 3kg haul would fetch little.",
     "3kg", "FC402"),
    ("Customs officers intercepted 850 grams of cannabis at the airport. The 5kg seizure was found in a suitcase.",
     "5kg", "FC402"),
]

CLEAN = [
    # the dead, then the same number or a larger set named apart
    "Firefighters recovered the bodies of the five people who died in the blaze at a Leeds warehouse. A memorial "
    "to the five victims is planned for next month.",
    "The 31 people who were evacuated from the tower block spent the night in a leisure centre. The 31 evacuees "
    "were allowed home on Friday.",
    "Police named the three people who died in the crash on Sunday. The 12 other victims of crashes on the road "
    "this year were remembered at a service.",
    "The five people who died in the blaze were all from one family. The 40 victims of the 1998 fire in the same "
    "street were remembered too.",
    "Five people died in the blaze, all from one family. The 40 victims of the 1998 fire were remembered too.",
    # a club's name, then the same age; another person named between
    "Striker Leon Marsh, 27, has joined Kingsford United on loan from Eastvale City. The 27-year-old scored 14 "
    "goals last season.",
    "Striker Leon Marsh, 27, has joined Kingsford United, managed by Paul Reid. The 52-year-old said he was "
    "delighted.",
    "Defender Tom Hale, 33, left Brookfield Rangers for Redcliffe Athletic. His captain, Sam Ward, said the "
    "30-year-old would be missed.",
    # an event and another event's length; the same length; a lasting verb beside it
    "The jury deliberated for three days at the end of a five-week trial. The five-week trial heard from more "
    "than 30 witnesses.",
    "The jury deliberated for two days at the end of a six-week trial. A two-week trial of his co-accused "
    "begins in May.",
    "A retrial ran for four weeks after a six-week trial collapsed in March. The four-week trial ended in "
    "acquittal.",
    # a weight of another haul, time or place; two weights taken; the same weight in another unit
    "Border officers seized 2.1 tonnes of cocaine hidden in a container of pineapples. The agency said the "
    "2,100kg haul was worth £160m.",
    "Border officers seized 1.4 tonnes of cocaine and 400kg of heroin at Southampton docks. The 400kg haul had a "
    "street value of about £20m.",
    "Border officers seized 1.4 tonnes of cocaine at Southampton docks. Last year's 400kg haul at Felixstowe was "
    "worth £30m.",
    "Border officers seized 1.4 tonnes of cocaine at Southampton docks. It dwarfs the 400kg haul found at "
    "Felixstowe in 2019.",
    "Border officers seized 1.4 tonnes of cocaine at Southampton docks. Another 400kg haul was found in Hull.",
    "Border officers seized 1.4 tonnes of cocaine at Southampton docks. In March a further 200kg was found. "
    "The 400kg haul was hidden in coffee.",
]


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)

"""List counts, round 10: a collective count with the names after "of" ("the uncapped trio of A, B, C
and D"), a relative clause before the copula ("The seven riders who retired were ..."), ages listed
for a count of people ("The two men, aged 19, 22 and 25"), a loose list after ", to" or "- to" with a
figure past its closing dash."""
from __future__ import annotations

import pytest

from checker import check_text


def _problems(text, code=None):
    return [f for f in check_text(text) if f.is_problem and (code is None or f.rule == code)]


FLAGGED = [
    # a collective count, a short description, then the names after "of"
    ("The untested trio of Mia Holt, Ravi Sen, Ola Berg and Tom Ives start on Saturday.", "trio"),
    ("City's attacking trio of Ansell, Brook, Cole and Diaz scored twice.", "trio"),
    ("United's new-look midfield quartet of Ansell, Brook and Cole struggled.", "quartet"),
    ("A duo of Ann Roe, Bo Lee and Cy Fox won the doubles.", "duo"),
    # a relative clause of lower-case words before the copula
    ("The seven riders who failed to finish were Lind, Rao, Mbeki, Castel, Dufour and Haddad.", "seven"),
    ("The four players who were left out of the squad are Ansell, Brook and Cole.", "four"),
    ("The two firms that bid for the contract were Arco, Belmar and Corvo.", "two"),
    # ages listed for a count of people: more ages than people
    ("The two men, aged 19, 22 and 25, were charged with burglary.", "two"),
    ("Police arrested three teenagers, aged 15, 16, 16 and 17, after the fire.", "three"),
    ("The two climbers, 23, 27 and 35, were rescued on Sunday.", "two"),
    # a loose list after ", to" / "- to", a figure past its closing dash
    ("The operator is adding two night trains this winter, to Vienna, Prague and Berlin.", "two"),
    ("The airline will launch five new routes from Leeds this summer, to Porto, Split, Faro, Malaga, Bari "
     "and Corfu.", "five"),
    ("The ferry firm will run four extra sailings from Oban - to Mull, Coll, Tiree, Barra and Islay - "
     "costing £2m.", "four"),
]

CLEAN = [
    "The untested trio of Mia Holt, Ravi Sen and Ola Berg start on Saturday.",
    "City's attacking trio of Ansell, Brook and Cole scored twice.",
    "The experienced pair of Ann Roe and Bo Lee will lead the team.",
    "The pair of boots cost £200.",
    "Her trio of Olympic medals came in London, Rio and Tokyo.",
    "The trio of Smith, Jones and Brown and their coach Ann Lee were cleared.",
    "The six riders who failed to finish were Lind, Rao, Mbeki, Castel, Dufour and Haddad.",
    "The two firms that bid for the contract were Arco and Belmar.",
    "The two teams that reached the final were Leeds and Hull, and Hull won.",
    "The five riders who failed to finish were Lind, Rao and Mbeki among others.",
    "The three men, aged 19, 22 and 25, were charged with burglary.",
    # some share an age
    "The three boys, aged 14 and 15, were cautioned.",
    "Two of the men, aged 19, 22 and 25, were released.",
    "The two victims, aged 19, 22 and 25 months, were treated.",
    "The two women, 31 and 45, and a man, 50, were hurt.",
    "The operator is adding three night trains this winter, to Vienna, Prague and Berlin.",
    "The ferry firm will run five extra sailings from Oban - to Mull, Coll, Tiree, Barra and Islay - costing £2m.",
    # a rate before the list: whose list?
    "The ferry firm will run four extra sailings a day from Oban - to Mull, Coll, Tiree, Barra and Islay.",
    # a figure after a comma, not a closing dash
    "The club sold two players last week, to Leeds, Hull and York, for £9m in total.",
]


@pytest.mark.parametrize("text,span", FLAGGED)
def test_flagged(text, span):
    found = _problems(text, "FC410")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert not _problems(text)


MORE_FLAGGED = [
    ("The three players to miss out are Ansell, Brook, Cole and Diaz.", "three"),
    ("The two youths (aged 15, 16 and 17) were bailed.", "two"),
    ("The two adults - aged 40, 41 and 70 - were unhurt.", "two"),
    ("The Swedish foursome of Ek, Lind and Berg won the relay.", "foursome"),
    ("The trio of Smith, Jones, Brown and Khan has won the prize.", "trio"),
    ("The seven riders not to finish were Lind, Rao, Mbeki, Castel, Dufour and Haddad.", "seven"),
    ("The three players who did not travel were Ansell and Brook.", "three"),
    ("The carrier will open five new routes from Leeds this summer: to Porto, Split, Faro, Malaga, Bari and "
     "Corfu.", "five"),
    ("The carrier will open five new routes from Leeds this summer (to Porto, Split, Faro, Malaga, Bari and "
     "Corfu).", "five"),
    # the names straight after the collective
    ("Leeds trio Ansell, Brook, Cole and Diaz have signed new deals.", "trio"),
    ("The Leeds trio Ansell, Brook, Cole and Diaz have signed new deals.", "trio"),
    ("England duo Ann Roe, Bo Lee and Cy Fox reached the final.", "duo"),
    ("Uncapped trio Joe Marsden, Kieran Tully, Owain Price and Sam Ashdown were named in the squad.", "trio"),
    ("The experienced pair, Ann Roe, Bo Lee and Cy Fox, reached the final.", "pair"),
]

MORE_CLEAN = [
    "The four players to miss out are Ansell, Brook, Cole and Diaz.",
    "The three youths (aged 15, 16 and 17) were bailed.",
    "The Swedish foursome of Ek, Lind, Berg and Holm won the relay.",
    "The three men - aged between 19 and 25 - were charged.",
    "The deal, to run for three years, was signed.",
    # a shared plural head after the names: one kind of thing each, not the pair's members
    "He bought a pair of Nike, Adidas and Puma trainers.",
    "The trio of Manchester United, Chelsea and Arsenal fans were arrested.",
    "The two men who attacked him were Polish and Romanian nationals, police said.",
    "The two men, 19 and 22, and a woman, 25, were hurt.",
    "Leeds trio Ansell, Brook and Cole have signed new deals.",
    "The six riders not to finish were Lind, Rao, Mbeki, Castel, Dufour and Haddad.",
    "The carrier will open six new routes from Leeds this summer (to Porto, Split, Faro, Malaga, Bari and Corfu).",
    "England duo Ann Roe and Bo Lee reached the final.",
    "The experienced pair, Ann Roe and Bo Lee, reached the final.",
    # "pair" the verb
    "The coach will pair Smith, Jones and Brown with younger players.",
    "The coaches pair Smith, Jones and Brown with younger players.",
    "To pair Smith, Jones and Brown with younger players is a risk.",
]


@pytest.mark.parametrize("text,span", MORE_FLAGGED)
def test_more_flagged(text, span):
    found = _problems(text, "FC410")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", MORE_CLEAN)
def test_more_clean(text):
    assert not _problems(text)

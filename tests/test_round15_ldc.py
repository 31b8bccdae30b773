"""Round 15, lists/dates/changes: a perturbation table of the core readings.

Each core shape of a list count (colon, dash, apposition, copula, "named as", brackets, the list in
the next sentence) is run with a count that is one too many, one too few (both must flag FC4xx) and
right (must stay clean), through the phrases real copy adds: a closing description of the set after
the last item (", all built in Spain", ", each with 40 staff", ", built in the 1990s"), an
attribution, a period phrase, a figure of another kind in the count's modifier ("raising their
rates by more than 8 per cent") or inside an item ("raising the pension age to 69")."""
from __future__ import annotations

import pytest

from checker import check_text

WORDS = {3: "three", 4: "four", 5: "five"}


def _problems(text, published=None):
    return [(f.rule, text[f.start:f.end]) for f in check_text(text, published) if f.is_problem]


# four items in every core; {n} is the count, {tail} a perturbation after the last item
_SHIPS = "the Skye, the Iona, the Mull and the Arran"
_TOWNS = "Ashby, Brinton, Colwell and Dunford"
_PEOPLE = "Ali Khan, Ben Ross, Carl Dunn and Dev Patel"
CORES = {
    "colon": ("The sale covers {n} ferries: " + _SHIPS + "{tail}.", False),
    "colon_names": ("The firm will shut {n} depots: " + _TOWNS + "{tail}.", False),
    "dash_end": ("The firm will shut {n} depots - " + _TOWNS + "{tail}.", False),
    "dash_mid": ("{N} depots - " + _TOWNS + "{tail} - will close in May.", True),
    "apposition": ("The council's {n} libraries, " + _TOWNS + "{tail}, will close in May.", True),
    "copula": ("The {n} towns bidding for the title are " + _TOWNS + "{tail}.", False),
    "named_as": ("The {n} men, named as " + _PEOPLE + "{tail}, will appear in court on Friday.", True),
    "named_as_end": ("Police have charged {n} men, named as " + _PEOPLE + "{tail}.", False),
    "next_sentence": ("{N} bidders remain in the race. They are Arco, Belmar, Corvo and Dunmore{tail}.", False),
    "bracket": ("The {n} ports (Oban, Mallaig, Ullapool and Stornoway{tail}) will get new berths.", True),
}
TAILS = {
    "bare": "",
    "all_participle": ", all built in Spain",
    "all_years": ", all built between 2019 and 2021",
    "each_count": ", each with 40 staff",
    "which": ", which open in May",
    "participle": ", built in the 1990s",
    "attribution": ", the council said",
    "attribution_day": ", officials said on Monday",
    "according": ", according to the council",
    "all_of_them": ", all of them in the north",
    "both_adjectives": ", both old and new",
}
_CLOSING_ONLY = ("attribution", "attribution_day", "according")  # not inside a dash, apposition or bracket


def _cells():
    for core, (text, inside) in CORES.items():
        for tail_name, tail in TAILS.items():
            if inside and tail_name in _CLOSING_ONLY:
                continue
            for n in (3, 4, 5):
                yield pytest.param(text.format(n=WORDS[n], N=WORDS[n].capitalize(), tail=tail), n != 4,
                                   id=f"{core}-{tail_name}-{n}")


@pytest.mark.parametrize("text,flag", list(_cells()))
def test_core_list_shapes_perturbed(text, flag):
    found = _problems(text)
    assert not [p for p in found if not p[0].startswith("FC4")], found
    assert any(p[0].startswith("FC4") for p in found) == flag, found


# other perturbations: a figure of another kind in the count's modifier or inside an item, a period
# phrase, an attribution, the list in the next sentence
PERTURBED = [
    "The {n} parishes raising their precepts by more than 8 per cent are " + _TOWNS + ".",
    "The {n} schools rated below 60% in the survey are " + _TOWNS + ".",
    "The {n} clubs fined £5,000 by the league were " + _TOWNS + ".",
    "The {n} firms that bid in 2024 were " + _TOWNS + ".",
    "{N} councils raising their rates by more than 8 per cent - " + _TOWNS + " - were named.",
    "The board named {n} councils raising rates by more than 8 per cent: " + _TOWNS + ".",
    "The plan rests on {n} pillars: raising the pension age to 69, cutting fuel duty, ending the cap and "
    "scrapping the levy.",
    "The plan rests on {n} pillars: lifting the pension age to 69, testing the fuel payment, a new levy and "
    "ending the triple lock, ministers said.",
    "The union has {n} demands: a 6% pay rise, a 35-hour week, free parking and more staff.",
    "The council approved {n} schemes: a £2m library, a skate park, a cycle hub and a new pool.",
    "The report makes {n} proposals: lowering the voting age to 16, a new senate, fixed terms and a smaller "
    "cabinet.",
    "The firm closed {n} depots last year: " + _TOWNS + ".",
    "In March the firm closed {n} depots: " + _TOWNS + ".",
    "The firm closed {n} depots in 2023: " + _TOWNS + ".",
    "Over the winter the firm closed {n} depots - " + _TOWNS + ".",
    "The union said the firm had closed {n} depots: " + _TOWNS + ".",
    "The firm has closed {n} depots: " + _TOWNS + ", the union said on Monday.",
    "The firm has closed {n} depots. They are " + _TOWNS + ".",
    "The firm has closed {n} depots this year. They are " + _TOWNS + ", all opened in the 1970s.",
    "{N} depots will close. They are " + _TOWNS + ", the union said.",
    "The recall covers {n} models: the Corsa, the Astra, the Mokka and the Combo van, all built in Spain.",
    "The recall covers {n} models: the Corsa, the Astra, the Mokka and the Combo van, all built between "
    "2020 and 2022.",
    "The recall covers {n} models: the Corsa, the Astra, the Mokka and the Combo van, sold between 2020 "
    "and 2022.",
    "The recall covers {n} models - the Corsa, the Astra, the Mokka and the Combo van - all built in Spain.",
    "Its {n} depots, " + _TOWNS + ", all close in May.",
    "The {n} councils raising their rates by more than 8 per cent, " + _TOWNS + ", were named on Monday.",
    "The {n} trusts missing the target by 5%, " + _TOWNS + ", face fines.",
    "The {n} depots, " + _TOWNS + ", each with 40 staff, will close in May.",
    "The region has {n} airports: " + _TOWNS + ", each handling about 2m passengers a year.",
]


@pytest.mark.parametrize("n", [3, 4, 5])
@pytest.mark.parametrize("text", PERTURBED)
def test_list_perturbations(text, n):
    t = text.format(n=WORDS[n], N=WORDS[n].capitalize())
    found = _problems(t)
    assert not [p for p in found if not p[0].startswith("FC4")], found
    assert any(p[0].startswith("FC4") for p in found) == (n != 4), found


def test_flag_span_is_the_count():
    text = "The six parishes raising their precepts by more than 9 per cent are Ashby, Brinton, Colwell and Dunford."
    assert ("FC410", "six") in _problems(text)


# clean near-misses the narrowed guards must keep silent
CLEAN = [
    # a count in the modifier before the copula: which figure does the list count?
    "The two towns with more than 20,000 residents are Ashby, Brinton and Colwell.",
    # a modifier ending in other things with a determiner: the names may be theirs
    "The two firms that signed deals with the supermarkets, Asda, Aldi and Lidl, said prices would rise.",
    # a clause, not a modifier, before the copula
    "The two councils said the rises were Ashby, Brinton and Colwell.",
    # after the list, more of them told: the list is some of them
    "The recall covers six models: the Corsa, the Astra and the Mokka, plus three vans.",
    "Four firms bid: Arco, Belmar and Corvo, and another is expected to join them.",
    # a fraction after the list is a new clause, no item figure
    "The three winning entries are by Ira Kent, Noor Saleh and Tom Vance, and a fifth is due.",
    # a bare number not set by "to" inside an item still silences the list
    "The plan has two parts: ward 40, a clinic and a new ward 12 wing.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_near_misses(text):
    assert not [p for p in _problems(text) if p[0].startswith("FC4")]


# ------------------------------------------------------------------ dates: the core readings perturbed
import datetime as _dt  # noqa: E402

_PUB = _dt.date(2025, 9, 10)  # 2 July to 10 September is 70 days


@pytest.mark.parametrize("text,flag", [
    ("The parking ban, which came into force on 2 July, has now been in place for 70 days.", False),
    ("The parking ban, which came into force on 2 July, has now been in place for 77 days.", True),
    ("The parking ban came into force on 2 July and has been in place for 70 days.", False),
    ("The parking ban came into force on 2 July and has been in place for 17 days.", True),
    ("The walkout, which began on 2 July, has lasted 70 days, the union said.", False),
    ("The walkout, which began on 2 July, has lasted 60 days, the union said.", True),
    ("The walkout, which began on Wednesday 2 July, has so far run for 70 days, with no talks planned.", False),
    ("The walkout, which began on Wednesday 2 July, has so far run for 80 days, with no talks planned.", True),
    # past or future told: not a length up to now
    ("The walkout, which began on 2 July, had lasted 40 days when talks resumed.", False),
])
def test_begun_then_length_up_to_now(text, flag):
    found = [f for f in check_text(text, _PUB) if f.is_problem]
    assert any(f.rule == "FC507" for f in found) == flag, found
    assert not [f for f in found if f.rule != "FC507"]


_PUB2 = _dt.date(2026, 6, 9)  # born 2 June 1934: 92 on that day
_BIRTH = " Mrs Moss, born on 2 June 1934 in Derby, taught at the village school for 35 years."


@pytest.mark.parametrize("lead,flag", [
    ("Neighbours threw a street party on Sunday for Ida Moss, who turned 92.", False),
    ("Neighbours threw a street party on Sunday for Ida Moss, who turned 93.", True),
    ("Neighbours threw a street party for Ida Moss, who is now 92.", False),
    ("Neighbours threw a street party for Ida Moss, who is now 90.", True),
    ("Neighbours threw a street party on Sunday for Ida Moss, who turned 92 last week.", False),
    ("Neighbours threw a street party on Sunday for Ida Moss, who turned 94 last week.", True),
    ("Ida Moss turned 92 on Tuesday.", False),
    ("Ida Moss turned 91 on Tuesday.", True),
    # another person of the name, or another person turning: silent
    ("Neighbours threw a party for Ida Moss and her son Tom Moss, who turned 60.", False),
    ("Neighbours threw a party for Ida Moss's sister, who turned 95.", False),
])
def test_named_age_now_against_next_birth(lead, flag):
    found = [f for f in check_text(lead + _BIRTH, _PUB2) if f.is_problem]
    assert any(f.rule == "FC506" for f in found) == flag, found


# ------------------------------------------------------------------ changes: the core readings perturbed
_CHANGE_CORES = [
    "Visitor numbers rose from {a} to {b}{mid}, an increase of {d}{tail}.",
    "Visitor numbers rose by {d} to {b}{mid}, from {a}{tail}.",
    "Visitor numbers rose to {b} from {a}{mid}, up {d}{tail}.",
    "Visitor numbers were up {d} at {b}{mid}, compared with {a}{tail}.",
    "Visitor numbers climbed {d}{mid}, from {a} to {b}{tail}.",
]
_CHANGE_MID = ["", " last year", ", the trust said", " in 2024", " at the 14 sites"]
_CHANGE_TAIL = ["", ", the trust said", ", the highest since 2019", " in the year to March"]


def _change_cells():
    for k, core in enumerate(_CHANGE_CORES):
        for i, mid in enumerate(_CHANGE_MID):
            for j, tail in enumerate(_CHANGE_TAIL):
                for d, flag in (("5,300", False), ("3,500", True)):
                    yield pytest.param(core.format(a="62,800", b="68,100", d=d, mid=mid, tail=tail), flag,
                                       id=f"change{k}-{i}-{j}-{flag}")


@pytest.mark.parametrize("text,flag", list(_change_cells()))
def test_core_change_shapes_perturbed(text, flag):
    found = _problems(text)
    assert bool(found) == flag, found


# a period with both ends, then its length set apart, perhaps after an attribution
_PUB3 = _dt.date(2026, 5, 20)  # 9 March to 27 March is 18 days (19 counting both ends)


@pytest.mark.parametrize("text,flag", [
    ("The bridge was closed for repairs from 9 March to 27 March, a closure of 18 days.", False),
    ("The bridge was closed for repairs from 9 March to 27 March, a closure of 28 days.", True),
    ("The bridge was closed from 9 March to 27 March, the county said, a shutdown of 19 days.", False),
    ("The bridge was closed from 9 March to 27 March, the county said, a shutdown of 81 days.", True),
    ("The bridge was closed from 9 March to 27 March, officials said - 18 days in all.", False),
    ("The bridge was closed from 9 March to 27 March, officials said - 24 days in all.", True),
    # a length that is no length of the period
    ("The bridge was closed from 9 March to 27 March, a delay of 12 days on the plan.", False),
])
def test_period_then_apposed_length(text, flag):
    found = [f for f in check_text(text, _PUB3) if f.is_problem]
    assert any(f.rule == "FC507" for f in found) == flag, found

"""Round 17, ages (checker/relate/dates.py).

* "Ann Roe, 74, who moved to Mill Lane in 1962 when she was 22, ..." / "Founder Tom Lee, 54, set up Birchfield
  in 1997, when he was 26," / "The oldest trader, Ann Roe, 84, has sold fish here since 1958, when she was 18 and
  took over the stall": the age on the subject now and "when she was N" after the sentence's one year
  (``find_ages_now_and_when``); a place or firm between is no second person, kin or a second full name is.
* "Ann Roe, 74, has rented the flat for 41 years, since she was 33": the age now less the years is the age then
  (``find_ages_since_was``);
* "Ann Roe, 82, who was born above her parents' shop on Mill Lane in 1942": a longer birth place than
  ``_BORN_CUE`` reads (``find_ages_born_far``);
* "Roe, the 17-year-old from Ripon," far from "said Roe, who was born on ...", with another person's year told in
  the age's paragraph ("Ida Fenn, 34, who won in 2022, ...") (``_SURNAME_AGE_LEAD``, ``_OPENS_ON_AGED_NAME``).
* the age then as "aged 20" / "at the age of 20 in 1980"; on a surname opening another paragraph ("Roe moved to
  Mill Lane in 1980 when she was 20", ``find_ages_then_by_name``); on "She"/"He" opening the next sentence
  (``find_ages_then_next``).
* the age now as "Ann Roe, now 74," or '"...," said Ann Roe, 74, who ...' (``_age_on_name_now``); "born above
  her parents' bakery in 1950" (``_BORN_AT_THEIR_THING``).

Each flagged row has a clean twin (same words, figures that agree); guard rows stay silent."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- an age now on the subject and "when she was N" in a past year ---------------------------------
PUB_WHEN = "2024-05-10"
# (name, text with {now}, flagged age now, clean age now): the age then is 20 in 1980, so about 64 now
WHEN_ROWS = [
    ("plain", "Ada Quill, {now}, who moved to Birch Road in 1980 when she was 20, said the street had changed.",
     "54", "64"),
    ("comma before when", "Ada Quill, {now}, opened the bakery in 1980, when she was 20, and still bakes each morning.",
     "74", "64"),
    ("role before the name", "The oldest stallholder, Ada Quill, {now}, has sold cheese at the market since 1980, "
     "when she was 20 and took over the pitch.", "54", "63"),
    ("role as a title", "Founder Ada Quill, {now}, set up Thornbury in 1980, when she was 20, selling cards from a van.",
     "70", "64"),
    ("attribution", "Ada Quill, {now}, moved to Birch Road in 1980 when she was 20, neighbours said.", "54", "65"),
    ("he, trailing clause", "Tom Quill, {now}, joined the fire service in 1980 when he was 20, and retired last month.",
     "54", "64"),
    ("written age then", "Ada Quill, {now}, moved to Birch Road in 1980 when she was twenty, she said.", "54", "64"),
    ("years old", "Ada Quill, {now}, moved to Birch Road in 1980, when she was just 20 years old.", "54", "64"),
    ("bracketed age", "Ada Quill ({now}) moved to Birch Road in 1980 when she was 20.", "54", "64"),
]


@pytest.mark.parametrize("name, text, bad, good", WHEN_ROWS, ids=[r[0] for r in WHEN_ROWS])
def test_age_now_and_when_she_was(name, text, bad, good):
    assert_flagged(text.format(now=bad), bad, "FC5", PUB_WHEN)
    assert_clean(text.format(now=good), PUB_WHEN)


# a second person between the two ages, or another time: silent whatever the figures
WHEN_GUARDS = [
    ("kin", "Ada Quill, 54, whose husband set up the shop in 1980 when he was 20, still runs it."),
    ("a second full name", "Ada Quill, 54, who married Tom Reeve in 1980 when he was 20, runs the shop."),
    ("the other pronoun", "Ada Quill, 54, sold her shop to a young baker in 1980 when he was 20."),
    ("and a name", "Ada Quill, 54, and Ben Hart opened the shop in 1980 when she was 20."),
    ("with", "Ada Quill, 54, opened the shop with a friend in 1980 when she was 20."),
    ("born", "Ada Quill, 54, who was born in Leeds, moved to Birch Road in 1980 when she was 20."),
    ("ago", "Ada Quill, 54, moved to Birch Road in 1980 when she was 20, forty years ago."),
    ("no age now", "Ada Quill moved to Birch Road in 1980 when she was 20."),
]


@pytest.mark.parametrize("name, text", WHEN_GUARDS, ids=[r[0] for r in WHEN_GUARDS])
def test_age_now_and_when_guards(name, text):
    assert_clean(text, PUB_WHEN)


# ---- a length in years up to now and the age it began at ---------------------------------------------
PUB_SINCE = "2024-05-10"
# (name, text with {now}, flagged age now, clean age now): 40 years since she was 30, so 70 now
SINCE_ROWS = [
    ("plain", "Ada Quill, {now}, has lived in the same cottage for 40 years, since she was 30.", "76", "70"),
    ("the age of", "Ada Quill, {now}, has worked at the mill for 40 years, since the age of 30.", "76", "70"),
    ("trailing clause", "Ada Quill, {now}, has run the post office for 40 years, since she was 30, and has no plans "
     "to retire.", "64", "70"),
    ("attribution", "Ada Quill, {now}, has kept bees on the allotment for 40 years, since she was 30, her "
     "neighbours said.", "76", "71"),
    ("role before the name", "The parish clerk, Tom Quill, {now}, has served for 40 years, since he was just 30.",
     "76", "69"),
    ("written length", "Ada Quill, {now}, has sung in the choir for forty years, since she was 30.", "76", "70"),
    ("a dash", "Ada Quill, {now}, has rented the flat for 40 years - since she was 30.", "76", "70"),
    ("a place between", "Ada Quill, {now}, has rented a flat on Mill Street from the council for 40 years, since "
     "she was 30.", "76", "70"),
]


@pytest.mark.parametrize("name, text, bad, good", SINCE_ROWS, ids=[r[0] for r in SINCE_ROWS])
def test_age_now_and_since_she_was(name, text, bad, good):
    assert_flagged(text.format(now=bad), bad, "FC5", PUB_SINCE)
    assert_clean(text.format(now=good), PUB_SINCE)


SINCE_GUARDS = [
    ("past, not perfect", "Ada Quill, 76, ran the post office for 40 years, since she was 30."),
    ("hedged length", "Ada Quill, 76, has run the post office for more than 40 years, since she was 30."),
    ("a second person", "Ada Quill, 76, has known Tom Reeve for 40 years, since he was 30."),
    ("kin", "Ada Quill, 76, has cared for her son for 40 years, since he was 30."),
    # (round 18: the row said "since she was 30 in 1984", which contradicts 76 in 2024 and was flagged by the person
    # timelines; the since-reading's guard is the same with the year's age consistent)
    ("a year", "Ada Quill, 76, has run the post office for 40 years, since she was 36 in 1984."),
]


@pytest.mark.parametrize("name, text", SINCE_GUARDS, ids=[r[0] for r in SINCE_GUARDS])
def test_age_now_and_since_guards(name, text):
    assert_clean(text, PUB_SINCE)


# ---- born after a long place, then the year ---------------------------------------------------------
PUB_BORN_FAR = "2024-05-10"
# (name, text with {now}, flagged age now, clean age now): born in 1950, so 73 or 74
BORN_FAR_ROWS = [
    ("plain", "Ada Quill, {now}, who was born above her uncle's forge on Tanners Row in 1950, still lives there.",
     "79", "74"),
    ("a farm", "Ada Quill, {now}, was born on a sheep farm at the head of the valley in 1950, she said.", "69", "73"),
    ("role", "The oldest member, Tom Quill, {now}, who was born in a cottage beside the old mill in 1950, "
     "cut the ribbon.", "79", "74"),
    ("a relative's thing", "Ada Quill, {now}, who was born at her mother's house in the village in 1950, still "
     "lives there.", "79", "74"),
    ("a relative's thing, short", "Ada Quill, {now}, was born above her parents' bakery in 1950.", "79", "74"),
    ("bracketed age", "Ada Quill ({now}), who was born in a caravan outside the town in 1950, opened the show.",
     "79", "74"),
    ("trailing length", "Ada Quill, {now}, who was born above the shop on Bridge Street in 1950 and has run it for "
     "30 years, said trade was slow.", "79", "74"),
]


@pytest.mark.parametrize("name, text, bad, good", BORN_FAR_ROWS, ids=[r[0] for r in BORN_FAR_ROWS])
def test_age_and_birth_after_a_long_place(name, text, bad, good):
    assert_flagged(text.format(now=bad), bad, "FC5", PUB_BORN_FAR)
    assert_clean(text.format(now=good), PUB_BORN_FAR)


BORN_FAR_GUARDS = [
    ("a relative born", "Ada Quill, 79, said her father's cousin was born in 1950."),
    ("a move", "Ada Quill, 79, who was born in a small town in Kent and moved to the city in 1950, still works."),
    ("kin", "Ada Quill, 79, whose son was born at the cottage by the old river in 1950, still lives there."),
    ("a clause", "Ada Quill, 79, who was born in a fishing town on the coast that flooded in 1950, still lives there."),
    ("another born", "Ada Quill, 79, who saw her son born at the cottage by the old river in 1950, still lives there."),
]


@pytest.mark.parametrize("name, text", BORN_FAR_GUARDS, ids=[r[0] for r in BORN_FAR_GUARDS])
def test_birth_after_a_long_place_guards(name, text):
    assert_clean(text, PUB_BORN_FAR)


# ---- an age on a surname ("Quill, the 17-year-old from ...") and a birth on it elsewhere ---------------
PUB_BY_NAME = "2024-07-15"  # born on 2 March 2007: 17
BY_NAME_ROWS = [
    ("another's year between", "Lena Quill won the junior title on Sunday. Quill, the {now}-year-old from Ripon, "
     "dropped three points. Ida Fenn, 34, who won in 2022, was second.\n\n"
     "\"I just kept going,\" said Quill, who was born on March 2, 2007."),
    ("attribution", "Lena Quill won the junior title on Sunday, organisers said. Quill, the {now}-year-old from Ripon, "
     "led throughout. Ida Fenn (34), the champion of 2021, was third.\n\n"
     "Quill, who was born on March 2, 2007, trains twice a day."),
    ("plain apposition", "Lena Quill won the junior title on Sunday.\n\nQuill, {now}, led throughout. Ida Fenn, 34, "
     "who won in 2022, was third.\n\nThe coach said little. Quill, who was born on March 2, 2007, trains daily."),
]


@pytest.mark.parametrize("name, text", BY_NAME_ROWS, ids=[r[0] for r in BY_NAME_ROWS])
def test_age_on_surname_and_birth_further_off(name, text):
    assert_flagged(text.format(now="19"), "19", "FC5", PUB_BY_NAME)
    assert_clean(text.format(now="17"), PUB_BY_NAME)


BY_NAME_GUARDS = [
    ("told then in the paragraph", "Lena Quill won the junior title on Sunday. In 2022 Quill, the 15-year-old from "
     "Ripon, was third.\n\n\"I just kept going,\" said Quill, who was born on March 2, 2007."),
    ("that year", "Lena Quill won the junior title on Sunday. That year Quill, the 15-year-old from Ripon, led.\n\n"
     "Quill, who was born on March 2, 2007, trains daily."),
]


@pytest.mark.parametrize("name, text", BY_NAME_GUARDS, ids=[r[0] for r in BY_NAME_GUARDS])
def test_age_on_surname_guards(name, text):
    assert_clean(text, PUB_BY_NAME)


# ---- the same reading with "aged N" / "at the age of N", and on a surname opening another paragraph ----------
# (name, text with {now}, flagged age now, clean age now): 20 in 1980, so about 64 now
AGED_ROWS = [
    ("aged after the year", "Ada Quill, {now}, who moved to Birch Road in 1980 aged 20, runs the corner shop.",
     "54", "64"),
    ("at the age of before the year", "Ada Quill, {now}, who moved to Birch Road at the age of 20 in 1980, runs the "
     "corner shop.", "54", "64"),
    ("at N after the year", "Shops face a hard winter.\n\nAda Quill, {now}, moved to Birch Road in 1980, at 20.",
     "54", "64"),
    ("now on the name", "Shops face a hard winter.\n\nAda Quill, now {now}, moved to Birch Road in 1980 when she "
     "was 20.", "54", "64"),
    ("after said, a who clause", "Shops face a hard winter.\n\n\"It was quieter then,\" said Ada Quill, {now}, who "
     "moved to Birch Road in 1980 when she was 20.", "54", "64"),
    ("surname in another paragraph, when", "Ada Quill, {now}, runs the corner shop.\n\nThe street has changed a lot, "
     "neighbours said.\n\nQuill moved to Birch Road in 1980 when she was 20.", "54", "64"),
    ("surname in another paragraph, a firm", "Ada Quill, {now}, runs the corner shop.\n\nThe street has changed a "
     "lot.\n\nQuill set up Thornbury in 1980, when she was 20.", "74", "65"),
]


@pytest.mark.parametrize("name, text, bad, good", AGED_ROWS, ids=[r[0] for r in AGED_ROWS])
def test_age_now_and_aged_then(name, text, bad, good):
    assert_flagged(text.format(now=bad), bad, "FC5", PUB_WHEN)
    assert_clean(text.format(now=good), PUB_WHEN)


AGED_GUARDS = [
    ("said, no who clause", "Shops face a hard winter.\n\n\"It was quieter,\" said Ada Quill, 54, and Tom Reeve "
     "moved to Birch Road in 1980 when he was 20."),
    ("at an address", "Shops face a hard winter.\n\nAda Quill, 54, moved in 1980, at 20 Birch Road."),
    ("a second full name", "Ada Quill, 54, who married Tom Reeve in 1980 aged 20, runs the corner shop."),
    ("kin, other paragraph", "Ada Quill, 54, runs the corner shop.\n\nThe street has changed a lot.\n\nQuill moved "
     "in with her mother in 1980 when she was 20."),
    ("a second name, other paragraph", "Ada Quill, 54, runs the corner shop.\n\nThe street has changed a lot.\n\n"
     "Quill met Tom Reeve in 1980 when she was 20."),
]


@pytest.mark.parametrize("name, text", AGED_GUARDS, ids=[r[0] for r in AGED_GUARDS])
def test_age_now_and_aged_then_guards(name, text):
    assert_clean(text, PUB_WHEN)


# ---- the age on one sentence's subject and "She ... in 1980, when she was 20" opening the next ----------------
NEXT_ROWS = [
    ("when", "Ada Quill, {now}, runs the corner shop. She moved to Birch Road in 1980, when she was 20.", "54", "64"),
    ("aged, attribution", "Ada Quill, {now}, runs the corner shop, neighbours said. She took it over in 1980, aged 20.",
     "74", "64"),
    ("role before the name", "The shopkeeper, Ada Quill, {now}, has seen the street change. She arrived in 1980 "
     "when she was just 20 and never left.", "54", "64"),
    ("he, trailing clause", "Tom Quill, {now}, runs the corner shop. He opened it in 1980, when he was 20, and "
     "has run it ever since.", "54", "63"),
]


@pytest.mark.parametrize("name, text, bad, good", NEXT_ROWS, ids=[r[0] for r in NEXT_ROWS])
def test_age_now_and_then_in_next_sentence(name, text, bad, good):
    assert_flagged(text.format(now=bad), bad, "FC5", PUB_WHEN)
    assert_clean(text.format(now=good), PUB_WHEN)


NEXT_GUARDS = [
    ("the other pronoun", "Ada Quill, 54, runs her corner shop. He opened it in 1980, when he was 20."),
    ("two people before", "Ada Quill, 54, runs the corner shop with Tom Reeve. She opened it in 1980, when she was 20."),
    ("another paragraph", "Ada Quill, 54, runs the corner shop.\n\nShe opened it in 1980, when she was 20, "
     "a neighbour recalled; her son was born there."),
    ("kin in the then sentence", "Ada Quill, 54, runs the corner shop. She opened it with her father in 1980, when "
     "she was 20."),
    ("a year before", "In 2010 Ada Quill, 54, took over the corner shop. She had first worked there in 1980, aged 20."),
]


@pytest.mark.parametrize("name, text", NEXT_GUARDS, ids=[r[0] for r in NEXT_GUARDS])
def test_age_now_and_then_in_next_sentence_guards(name, text):
    assert_clean(text, PUB_WHEN)

"""Round 17 (third wave), a count and the items listed after it (checker/relate/lists.py).

* ``_series_item_words``: in a colon series of described things, a relative clause closing the last item
  ("... and a garden where patients can sit in the sun after treatment") describes that item; its words do not
  make the item too long to be one.
* ``_one_thing_sized``: inside an item, "a"/"an" and a written number hyphened to a singular word before a
  lower-case word ("a two-storey barn") describes one thing, no rival count.
* ``_ORDINAL_BEFORE_NOUN``: an ordinal in figures between a possessive or "the" and a noun inside an item ("the
  club's 40th season") describes the item, no number inside it.
* ``_AGE_BEFORE_NAME``: an age in figures hyphened before a capitalised name ("and 18-year-old Amy Ross") is part
  of the name's item, no count.
* ``_PART_AMONG``: "had five riders among the eight finalists: ..." reads like "five of the eight finalists": the
  list may count either figure, one it matches neither (and not more than the whole) is a slip in the part.

Each flagged row (a count one above the items) has a clean twin (the count that matches); the variations
cover an attribution, a period, a written count, a hedge-free figure, a dash, a "who"/"which" clause."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged count, clean count)
SERIES_ROWS = [
    ("core", "The new centre has {n} treatment areas: a plunge pool, a gym, a massage studio and a garden where "
     "patients can sit quietly in the sun after a long morning.", "five", "four"),
    ("attribution", "The new centre has {n} treatment areas, the trust said: a plunge pool, a gym, a massage "
     "studio and a garden where patients can sit quietly in the sun after a long morning.", "five", "four"),
    ("period", "In 2024 the school opened {n} new facilities: a climbing wall, a drama studio, a science lab and a "
     "reading room which pupils can book for quiet study during lunch breaks.", "five", "four"),
    ("sentence start", "{n} prizes were handed out: a silver cup, a cash award, a framed print and a trophy that the "
     "winning club will keep until the next final in the spring.", "Five", "Four"),
    ("dash", "The ship carries {n} lifeboats - a rigid tender, an inflatable raft, a wooden dinghy and a motor "
     "launch which the crew tested at sea off the coast last month.", "five", "four"),
    ("three items", "The farm keeps {n} animals: a grey donkey, an old pony and a goat who follows the visitors "
     "around the yard for most of the afternoon.", "four", "three"),
]

# stays silent: a clause too long to be a description, a clause inside an earlier item, a figure in the clause
SERIES_GUARDS = [
    "The new centre has five treatment areas: a plunge pool, a gym, a massage studio and a garden where patients "
    "who have finished their sessions for the day can sit quietly in the sun and talk with their families after a "
    "long morning.",
    "The new centre has five treatment areas: a plunge pool where patients can sit quietly in the sun after a long "
    "morning, a gym, a massage studio and a garden.",
    "The new centre has five treatment areas: a plunge pool, a gym, a massage studio and a garden where three "
    "patients can sit quietly in the sun after a long morning.",
]


@pytest.mark.parametrize("name,template,flagged,clean", SERIES_ROWS, ids=[r[0] for r in SERIES_ROWS])
def test_series_last_item_clause_flagged(name, template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC41")


@pytest.mark.parametrize("name,template,flagged,clean", SERIES_ROWS, ids=[r[0] for r in SERIES_ROWS])
def test_series_last_item_clause_clean(name, template, flagged, clean):
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", SERIES_GUARDS)
def test_series_guards_silent(text):
    assert_clean(text)


# (name, template, flagged count, clean count): items described by a one-thing size or an ordinal
DESCRIBED_ROWS = [
    ("core", "The festival will stage {n} new productions: a three-act opera by the composer Lena Moss, a musical "
     "adapted by the writer Tom Hale, and a new play by Ruth Ward marking the theatre's 40th birthday.",
     "four", "three"),
    ("attribution", "Its director said the festival would stage {n} new productions: a three-act opera by the "
     "composer Lena Moss, a musical adapted by the writer Tom Hale, and a new play by Ruth Ward.", "four", "three"),
    ("period", "In 2025 the trust will restore {n} buildings: a two-storey barn near the river, the old mill at "
     "Henley, a chapel on the green and a cottage marking the estate's 300th year.", "five", "four"),
    ("sentence start", "{n} works were commissioned: a one-act ballet by the band Kestrel, a song cycle by the "
     "poet Ann Vale and a film by the artist Joe Dunn marking the society's 25th year.", "Four", "Three"),
    ("closing attribution", "The gallery has bought {n} pieces: a two-panel painting by Mary Lowe, a bronze by "
     "Sam Kerr and a tapestry made for the city's 500th anniversary, the council said.", "four", "three"),
]

# stays silent: a hyphened count on a plural item (several things), an ordinal not before a noun
DESCRIBED_GUARDS = [
    "The festival will stage four new productions: three-act operas by the composer Lena Moss, a musical adapted "
    "by the writer Tom Hale and a new play by Ruth Ward.",
    "The festival will stage four new productions: an opera by the composer Lena Moss, a musical adapted by the "
    "writer Tom Hale and a new play by Ruth Ward, the 40th she has written.",
]


@pytest.mark.parametrize("name,template,flagged,clean", DESCRIBED_ROWS, ids=[r[0] for r in DESCRIBED_ROWS])
def test_described_items_flagged(name, template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC41")


@pytest.mark.parametrize("name,template,flagged,clean", DESCRIBED_ROWS, ids=[r[0] for r in DESCRIBED_ROWS])
def test_described_items_clean(name, template, flagged, clean):
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", DESCRIBED_GUARDS)
def test_described_guards_silent(text):
    assert_clean(text)


# (name, template, flagged count, clean count): a name with its age before it
AGE_ROWS = [
    ("core", "The club fielded {n} riders at the meeting: Jones, Sara Pike, Tom Bell and 18-year-old Amy Ross.",
     "five", "four"),
    ("attribution", "The club fielded {n} riders at the meeting, officials said: Jones, Sara Pike, Tom Bell and "
     "18-year-old Amy Ross.", "five", "four"),
    ("period, age first", "In 2024 the club fielded {n} riders: 18-year-old Amy Ross, Jones, Sara Pike and Tom Bell.",
     "five", "four"),
    ("dash and trailing clause", "{n} riders made the final - Jones, Sara Pike, Tom Bell and 18-year-old Amy Ross, "
     "who was riding in her first final.", "Five", "Four"),
    ("two ages", "The club fielded {n} riders: Jones, 21-year-old Sara Pike, Tom Bell and 18-year-old Amy Ross.",
     "five", "four"),
]

# stays silent: a count of people inside an item, a plural age
AGE_GUARDS = [
    "The club fielded five riders: Jones, Sara Pike, Tom Bell and two 18-year-old twins.",
    "The club fielded five riders: Jones, Sara Pike, Tom Bell and 18-year-olds Amy and Jo Ross.",
]


@pytest.mark.parametrize("name,template,flagged,clean", AGE_ROWS, ids=[r[0] for r in AGE_ROWS])
def test_age_before_name_flagged(name, template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC41")


@pytest.mark.parametrize("name,template,flagged,clean", AGE_ROWS, ids=[r[0] for r in AGE_ROWS])
def test_age_before_name_clean(name, template, flagged, clean):
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", AGE_GUARDS)
def test_age_guards_silent(text):
    assert_clean(text)


# (name, template, flagged count, clean count): a part before "among the" and its whole
AMONG_ROWS = [
    ("core", "Wales had {n} riders among the eight finalists: Jones, Sara Pike, Tom Bell and Amy Ross.", "five", "four"),
    ("period", "In 2024 Wales had {n} riders among the eight finalists: Jones, Sara Pike, Tom Bell and Amy Ross.",
     "five", "four"),
    ("trailing clause", "Wales had {n} riders among the eight finalists: Jones, Sara Pike, Tom Bell and Amy Ross, who "
     "was riding in her first final.", "five", "four"),
    ("dash", "Wales had {n} riders among the eight finalists - Jones, Sara Pike, Tom Bell and Amy Ross - and one of "
     "them took gold.", "five", "four"),
    ("amongst, age", "Wales had {n} riders amongst the eight finalists: Jones, Sara Pike, Tom Bell and 18-year-old "
     "Amy Ross.", "five", "four"),
    ("phrase after the whole", "The county has {n} schools among the ten best in the region: Ashby Grange, Holt Park, "
     "Mill Bank and St Anne's.", "five", "four"),
]

# stays silent: the whole listed, a partial cue, a clause after the names
AMONG_GUARDS = [
    "Wales had four riders among the eight finalists: Jones, Sara Pike, Tom Bell, Amy Ross, Ann Roe, Bo Lee, Cy Fox "
    "and Di Kerr.",
    "Wales had four riders among the eight finalists, including Jones, Sara Pike and Tom Bell.",
    "Wales had four riders among the eight finalists: Jones, Sara Pike and Tom Bell all reached the podium.",
]


@pytest.mark.parametrize("name,template,flagged,clean", AMONG_ROWS, ids=[r[0] for r in AMONG_ROWS])
def test_part_among_whole_flagged(name, template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC41")


@pytest.mark.parametrize("name,template,flagged,clean", AMONG_ROWS, ids=[r[0] for r in AMONG_ROWS])
def test_part_among_whole_clean(name, template, flagged, clean):
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", AMONG_GUARDS)
def test_among_guards_silent(text):
    assert_clean(text)

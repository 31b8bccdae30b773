"""Round 26, mends after the review of the list readings (rv26-lists-old): shapes of consistent text the round's new
readings took for contradictions, each read in general, with the flag rows those readings were built for.

* one more person after named people (", and a girl of 16", ", and a man who cannot be named") adds to the names: a
  count one above them is no contradiction, whatever stands between the naming verb and "as";
* subjects after ", over" or after a post-modifier of the noun only for things voted or debated, each of which takes
  one subject (defeats, votes, debates, referendums); complaints, strikes, ballots, rows and speeches may each be about
  several things, and "over the winter" is a time;
* names joined by "and" with no "and" closing the list ("Antigua and Barbuda, St Kitts and Nevis"): the last "X and Y"
  may be one name too, so the least count is one name per comma piece;
* a participle after a degree adverb ("worst affected", "most badly damaged") ends a modifier, from a closed list of
  adverbs: "elderly men", "family linen" are the modifier's object, perhaps the list's first item;
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


# --- one more person after the named ones ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The three men, named by Thames Valley Police as Jon Pike and Raj Dutt, and a teenager aged 17, were bailed.",
    "The five accused, identified on Monday as Eve Hart, Kit Moss, Li Wei and Ola Berg, and a woman who cannot be "
    "named for legal reasons, deny the charges.",
    "The three climbers, named by the Coastguard as Sam Hale and Tom Ash, and another man aged 52, were winched off.",
    "The four defendants, named as Ann Lee, Bo Kim and Cy Fox, and a girl of 16, were remanded.",
])
def test_one_more_person_after_names_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    # the names alone against the count, as before
    ("The three firefighters hurt in the blaze have been named by Surrey Fire and Rescue Service as Sam Hale, Jo "
     "Pike, Kit Moss and Li Wei.", "three"),
    ("The four victims were identified Tuesday as Dana Ruiz, 34; Mark Olsen, 51; and Tia Brooks, 19.", "four"),
    ("The two suspects, named by Kent Police as Ann Roe, Bo Lee and Cy Fox, appeared in court.", "two"),
])
def test_named_people_alone_flagged(text, target):
    assert_flagged(text, target, "FC410")


# --- subjects after ", over" or a post-modifier: things voted or debated only ---------------------------------------

@pytest.mark.parametrize("text", [
    # a complaint, a strike, a walkout, a row or a speech may be about several things
    "Tenants have made two complaints, over damp, mould and broken boilers.",
    "Drivers held three stoppages at the depot, over overtime, breaks, rosters and safety.",
    "The trust ran two surveys of patients, on parking, food, visiting hours and noise.",
    "The pair had three quarrels, over cash, chores and in-laws.",
    "Nurses have held two ballots, over pay, shifts, leave and pensions.",
    "The mayor made two addresses to the chamber, on transport, housing and jobs.",
    "Villagers sent four objections to the plan, about traffic, drainage and noise.",
    # "over" and a time: no subjects
    "The bakery issued two price rises, over the past year, blaming flour, energy and wages.",
    "The valley has had two droughts, over the summer, the autumn and the winter.",
    "The government suffered two defeats, over the past month, the past week and the weekend.",
])
def test_topics_of_things_about_several_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("The government lost three votes in the Lords on Tuesday, over tuition fees, rail fares, bus passes and student loans.", "three"),
    ("Ministers suffered two defeats, over the welfare cap, legal aid and the sugar tax.", "two"),
    ("MPs held three debates in the Commons on Tuesday, on housing, policing, schools and rail fares.", "three"),
    ("Ministers face two votes on the bill next week, on the voting age, party funding and postal ballots.", "two"),
    ("Peers inflicted four defeats on the government last night, over the asylum plan, legal aid and child refugees.",
     "four"),
])
def test_topics_of_things_voted_flagged(text, target):
    assert_flagged(text, target, "FC410")


# --- names joined by "and" with no "and" closing the list -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two island states - Antigua and Barbuda, St Kitts and Nevis - signed the pact.",
    "The bid was backed by three chains: Fortnum and Mason, Crabtree and Evelyn, Holland and Barrett.",
    "Three states (Trinidad and Tobago, Antigua and Barbuda, St Kitts and Nevis) voted against.",
])
def test_joined_names_without_closing_and_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Five island states - Antigua and Barbuda, St Kitts and Nevis - signed the pact.", "Five"),
    ("The bid was backed by two chains: Fortnum and Mason, Crabtree and Evelyn, Holland and Barrett.", "two"),
    ("Seven boroughs were hit by the floods - Kensington and Chelsea, Barking and Dagenham and Brent.", "Seven"),
    ("The new route will serve six republics: Antigua and Barbuda, Grenada and Dominica.", "six"),
])
def test_joined_names_outside_bounds_still_flagged(text, target):
    assert_flagged(text, target, "FC410")


# --- "worst affected": a closed list of degree adverbs before a past participle -------------------------------------

@pytest.mark.parametrize("text", [
    # an adjective in -ly or a noun in -en before the list: its first item may be the modifier's object
    "Five clubs that coach elderly men, widows and carers, won awards.",
    "Three shelters that house lonely women, veterans and refugees, were praised.",
    "Three shops selling family linen, rugs and curtains, were shut by inspectors.",
    "Two groups that help unruly children, parents and teachers, lost their grants.",
])
def test_bare_object_after_ly_word_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    ("Vets warned that the four breeds worst affected, pugs, boxers and bulldogs, should not be bred.", "four"),
    ("The two towns most badly damaged, Hull, Selby and Goole, will get funds.", "two"),
    ("Growers said that the three orchards hardest hit, Ashby, Calne, Devizes and Frome, would close.", "three"),
    ("The two suburbs worst flooded, Elmton, Oakley and Ashford, were cut off.", "two"),
])
def test_degree_participle_still_flagged(text, target):
    assert_flagged(text, target, "FC410")

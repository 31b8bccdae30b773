"""Round 25, list counts: readings learnt from a fresh set of list cases written by people who never saw
the code.  Each flagged shape sits beside clean twins that must stay silent.

* (the breakdown read as a sum: tests/test_round25_list_sums.py)
* a count of members named by their role on a group noun ("a three-judge panel", "a five-justice bench");
* a title ending in a small number may take "the" ("the Vireo Mini 3");
* an offence named by a gerund and "while" with its state ("driving while disqualified") is one item;
* a count followed by "per" something ("3 parts per million") is a rate describing its item;
* an age group ("for under-22s") is no count inside an item;
* firms named for their trade ("retailers", "lenders") are not people: "Marks and Spencer" among them is one name;
* events that each fall on one day ("three trips to Dubai, on <date>, <date> ...") may not be outnumbered by
  their dates (fewer is silent);
* a post-modifier may be followed by quoted titles in apposition ("Two novels on the shortlist, 'A', 'B' and 'C',");
* names after a preposition, then the count in apposition behind a dash ("in A, B, C and D - the three councils
  ... -"); not after "of", nor behind a comma;
* names sharing one plural head, perhaps with a time phrase, before a comma apposition ("the Central, Jubilee and
  Victoria lines on Monday, the two routes ...");
* names of a sentence that "will each receive" an amount are taken up by "The N places" in the next.
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


# --- a count of members by role on a group noun ------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("A three-judge panel - Lady Justice Ames, Lord Justice Bell, Mr Justice Crane and Mrs Justice Dale - "
     "rejected the appeal.", "three-judge"),
    ("A five-justice bench - Lord Reed, Lord Hodge, Lady Rose and Lord Sales - heard the case.", "five-justice"),
    ("The inquiry is led by a two-expert panel: Dr Ann Roe, Prof Bo Lee and Dr Cy Fox.", "two-expert"),
])
def test_member_compound_on_group_noun_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "A three-judge panel - Lady Justice Ames, Lord Justice Bell and Mr Justice Crane - rejected the appeal.",
    "A five-justice bench - Lord Reed, Lord Hodge, Lady Rose, Lord Sales and Lord Lloyd - heard the case.",
    # not a member: a length of time
    "A three-day hearing - Lady Justice Ames, Lord Justice Bell, Mr Justice Crane and Mrs Justice Dale - ended.",
    # the group noun is not a group of those members
    "A three-judge ruling - Lady Justice Ames, Lord Justice Bell, Mr Justice Crane and Mrs Justice Dale - followed.",
])
def test_member_compound_clean(text):
    assert_clean(text)


# --- a title ending in a small number after "the" -------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The recall covers three models - the Orla X2, the Orla X2 Plus, the Orla S5 and the Orla Mini 3 - sold "
     "since 2021.", "three"),
    ("The update reaches two phones: the Pixo 7, the Pixo 8 and the Pixo Fold 2.", "two"),
])
def test_titled_numbers_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The recall covers four models - the Orla X2, the Orla X2 Plus, the Orla S5 and the Orla Mini 3 - sold since 2021.",
    "The update reaches three phones: the Pixo 7, the Pixo 8 and the Pixo Fold 2.",
])
def test_titled_numbers_clean(text):
    assert_clean(text)


# --- offences named with "while" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("She admitted three offences: careless driving, driving while disqualified, failing to stop and possession "
     "of a knife.", "three"),
    ("He pleaded guilty to two charges: speeding, driving while over the limit and driving without insurance.", "two"),
])
def test_gerund_while_item_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "She admitted four offences: careless driving, driving while disqualified, failing to stop and possession of a knife.",
    "He pleaded guilty to three charges: speeding, driving while over the limit and driving without insurance.",
    # a clause after "while": no item
    "He admitted three offences: speeding, driving while he was banned and failing to stop.",
])
def test_gerund_while_item_clean(text):
    assert_clean(text)


# --- a rate inside an item ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Samples held four metals - zinc at 2.1%, copper at 0.6% and gold at 2 parts per million - the lab said.", "four"),
    ("Tests found two pollutants - lead at 4 parts per billion, arsenic at 2 parts per billion and nitrate at "
     "9 milligrams per litre.", "two"),
])
def test_rate_in_item_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Samples held three metals - zinc at 2.1%, copper at 0.6% and gold at 2 parts per million - the lab said.",
    "Tests found three pollutants - lead at 4 parts per billion, arsenic at 2 parts per billion and nitrate at "
    "9 milligrams per litre.",
    # counts of people inside items still silence the list
    "Three buses arrived: 40 pupils, 12 teachers and 3 drivers.",
])
def test_rate_in_item_clean(text):
    assert_clean(text)


# --- an age group inside an item ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The party's five pledges - a council tax freeze, 1,500 new homes, free bus travel for under-21s and a new "
     "clinic - were costed at £200m.", "five"),
    ("The council made two promises: free swimming for over-65s, a new library and longer opening hours.", "two"),
])
def test_age_group_in_item_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The party's four pledges - a council tax freeze, 1,500 new homes, free bus travel for under-21s and a new "
    "clinic - were costed at £200m.",
    "The council made three promises: free swimming for over-65s, a new library and longer opening hours.",
])
def test_age_group_in_item_clean(text):
    assert_clean(text)


# --- firms named for their trade --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The three retailers in the report - Marks and Spencer, Tesco, Asda and Morrisons - must reply.", "three"),
    ("The three suppliers named - Procter and Gamble, Unilever, Nestle and Reckitt - will appeal.", "three"),
])
def test_firms_with_and_in_name_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The four retailers in the report - Marks and Spencer, Tesco, Asda and Morrisons - must reply.",
    "The four suppliers named - Procter and Gamble, Unilever, Nestle and Reckitt - will appeal.",
])
def test_firms_with_and_in_name_clean(text):
    assert_clean(text)


# --- dated events ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The jury heard he made two trips to Lagos, on 3 March 2021, 9 May 2021 and 1 June 2022, each time with cash.",
     "two"),
    ("Police carried out two raids in Leeds, on 3 May, 9 June and 1 July.", "two"),
])
def test_dated_events_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The jury heard he made three trips to Lagos, on 3 March 2021, 9 May 2021 and 1 June 2022, each time with cash.",
    # fewer dates than events: not every one is dated
    "Inspectors made three visits, on 3 May and 9 June.",
    "Police carried out three raids in Leeds, on 3 May, 9 June and 1 July.",
])
def test_dated_events_clean(text):
    assert_clean(text)


# --- quoted titles after a post-modifier ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Two books on this year's longlist, 'Iron Coast', 'The Weir' and 'Kestrel', are debuts, the judges said.", "Two"),
    ("Two films in the festival, \"Dusk\", \"Harbour\" and \"Kite\", were shot in Leeds.", "Two"),
])
def test_quoted_titles_after_modifier_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Three books on this year's longlist, 'Iron Coast', 'The Weir' and 'Kestrel', are debuts, the judges said.",
    "Three films in the festival, \"Dusk\", \"Harbour\" and \"Kite\", were shot in Leeds.",
])
def test_quoted_titles_after_modifier_clean(text):
    assert_clean(text)


# --- names after a preposition, the count behind a dash ------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Cuts to bin collections in Wigan, Bolton, Bury and Salford - the three Greater Manchester councils that share "
     "a depot - start in May.", "three"),
    ("Talks with Arco, Belmar and Corvo - the two firms left in the race - resumed on Monday.", "two"),
])
def test_preposition_list_before_dash_apposition_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Cuts to bin collections in Wigan, Bolton and Bury - the three Greater Manchester councils that share a depot - "
    "start in May.",
    # a comma apposition after a preposition's list stays unread
    "The scheme runs in Leeds, Hull and York, the two cities with trams.",
    # "of": whose list?
    "Fans of Leeds, Hull and York - the two clubs relegated last season - protested.",
])
def test_preposition_list_before_dash_apposition_clean(text):
    assert_clean(text)


# --- names sharing a plural head before a comma apposition ---------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("The strike will shut the Central, Jubilee, Northern and Victoria lines on Friday, the three routes whose "
     "drivers voted for it.", "three"),
    ("The council will resurface the Mill, Quay and Station roads this summer, the two busiest routes in town.", "two"),
])
def test_shared_head_names_before_apposition_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The strike will shut the Central, Jubilee and Victoria lines on Friday, the three routes whose drivers voted "
    "for it.",
    # the apposition speaks of something else: no count of the names
    "The strike will shut the Central, Jubilee, Northern and Victoria lines on Friday, the first walkout since May.",
])
def test_shared_head_names_before_apposition_clean(text):
    assert_clean(text)


# --- names that "will each receive" an amount, taken up in the next sentence --------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Hull, Grimsby, Scunthorpe and Goole will each receive £3m from the fund. The five towns were picked for their "
     "low wages.", "five"),
    ("Leeds, Hull and York will each get £2m. The four cities bid last year.", "four"),
])
def test_each_receive_taken_up_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Hull, Grimsby, Scunthorpe and Goole will each receive £3m from the fund. The four towns were picked for their "
    "low wages.",
    # the money comes from a named other: it may be one of the set
    "Hull, Grimsby and Goole will each receive £3m from Arco. The four towns were picked for their low wages.",
    # another figure of the names' kind: someone else may be counted
    "Hull, Grimsby and Goole will each receive £3m, as will two other ports. The five towns were picked last year.",
])
def test_each_receive_taken_up_clean(text):
    assert_clean(text)


# --- names joined by "and" between serial commas -------------------------------------------------------------------

@pytest.mark.parametrize("text, target", [
    ("Envoys from the four island states - Trinidad and Tobago, Antigua and Barbuda, and St Kitts and Nevis - met "
     "in Nassau.", "four"),
    ("The two brands on sale - Marks and Spencer, Dolce and Gabbana, and Procter and Gamble - were fined.", "two"),
])
def test_paired_names_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Envoys from the three island states - Trinidad and Tobago, Antigua and Barbuda, and St Kitts and Nevis - met "
    "in Nassau.",
    # a pair sharing a word may be two: unclear
    "Four counties - Kent, Surrey, and East and West Sussex - flooded.",
    # people: "X and Y" may be two of them
    "The two winners - Ann and Bo, Cy and Di, and Ed and Flo - shared the prize.",
])
def test_paired_names_clean(text):
    assert_clean(text)

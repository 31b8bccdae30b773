"""Round 26, list counts: general readings learnt from a fresh set of list cases written by people who never saw
the code.  Each family has five variants that share no content words with the case it was learnt from (another
beat, other nouns and numbers, another order), and clean twins that must stay silent.

* a name joined by "&" may take the comma-parted words before it ("Earth, Wind & Fire", "Emerson, Lake & Palmer"):
  a count the list matches with them merged is no contradiction;
* a capitalised word inside a name is no clause word ("Will Ndlovu", "Theresa May", "Emre Can", "Edward Said");
* names joined by "and" without a serial comma ("Trinidad and Tobago, Antigua and Barbuda and St Lucia"): each
  "X and Y" is one name or two, so the list holds between a least and a most; a count outside both is a
  contradiction, one inside is silent;
* a time phrase or an agent may stand between "named"/"identified" and "as" ("were named on Monday as", "were
  identified by Kent Police as");
* a count opening a clause after "that" or a conjunction ("after", "because", "when") takes an apposition closed by
  a comma and the clause's verb ("after three senators, A and B, broke ranks"; "warn that the two crops hit
  hardest, potatoes, onions and carrots, could ...");
* an age range inside an item ("people aged 75 and over") is one group, its "and" its own;
* a post-modifier ending in a named prize or place ("nominated for the Golden Reel,") may stand before quoted titles
  in apposition (the titles are no part of the prize's name);
* subjects after ", over" (defeats over ...), and after a post-modifier of the noun ("two defeats on the government on
  Monday night, over ..."), for things voted or debated only (review: strikes, rows and objections may each be about
  several things); later subjects may take a phrase of their own;
* a thing and its participle phrase is one long item in a colon list ("debt falling as a share of GDP by ...");
* a model name: "the" + a capitalised name, a small number and perhaps a capitalised word ("the Nova 7 Pro").
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


# --- an "&" name may take the comma-parted words before it ---------------------------------------------------------

AMPERSAND_CLEAN = [
    "The label has signed three acts: Crosby, Stills & Nash, Wet Leg and the Cribs.",
    "The two bands topping the bill are Emerson, Lake & Palmer and Wishbone Ash.",
    "Earth, Wind & Fire, Chic and Sister Sledge were the three acts confirmed for the disco night.",
    "The festival's two surprise guests, Emerson, Lake & Palmer and the Proclaimers, played on Sunday.",
    "Three firms audited the fund: Ernst & Young, Grant, Thornton & Co and Mazars.",
    # read item by item too
    "The label has signed four acts: Crosby, Stills & Nash, Wet Leg and the Cribs.",
]
AMPERSAND_FLAGGED = [
    ("The label has signed six acts: Crosby, Stills & Nash, Wet Leg and the Cribs.", "six"),
    ("Two headliners were announced: Earth, Wind & Fire, Chic and Sister Sledge.", "Two"),
    ("The club booked five bands - Emerson, Lake & Palmer, Wishbone Ash and Yes - for the weekend.", "five"),
]


@pytest.mark.parametrize("text", AMPERSAND_CLEAN)
def test_ampersand_name_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", AMPERSAND_FLAGGED)
def test_ampersand_name_outside_both_readings_flagged(text, target):
    assert_flagged(text, target, "FC410")


# --- a capitalised name that is also a clause word -----------------------------------------------------------------

CLAUSE_WORD_NAMES = [
    ("Four new caps - Will Jones (Bath), Tom Reed (Exeter) and Ben Hart (Sale) - start against Italy.", "Four"),
    ("The three Tory MPs who rebelled against the whip were Ann Lee (Ely), Bo Kim (Hove), Cy Fox (Bath) and "
     "Theresa May (Maidenhead).", "three"),
    ("Two midfielders, Jo Hart (knee), Li Wei (ankle) and Emre Can (illness), miss the game against Leeds.", "Two"),
    ("Five scholars will speak against the motion: Ann Roe (Oxford), Bo Lee (Yale), Cy Fox (Leeds) and Edward "
     "Said (Columbia).", "Five"),
    ("Scotland's three debutants - Kit Moss (Glasgow), Sam Hale (Edinburgh), Jo Pike (Glasgow) and Will Grey "
     "(Edinburgh) - were named on Tuesday.", "three"),
]


@pytest.mark.parametrize("text, target", CLAUSE_WORD_NAMES)
def test_clause_word_in_name_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Three new caps - Will Jones (Bath), Tom Reed (Exeter) and Ben Hart (Sale) - start against Italy.",
    "The four Tory MPs who rebelled against the whip were Ann Lee (Ely), Bo Kim (Hove), Cy Fox (Bath) and "
    "Theresa May (Maidenhead).",
    "Three midfielders, Jo Hart (knee), Li Wei (ankle) and Emre Can (illness), miss the game against Leeds.",
    "Four scholars will speak against the motion: Ann Roe (Oxford), Bo Lee (Yale), Cy Fox (Leeds) and Edward "
    "Said (Columbia).",
    # a modal in lower case after the list's last name still ends it: some of them
    "Five new caps were picked: Tom Reed (Bath) and Ben Hart (Sale) will start against Italy.",
])
def test_clause_word_in_name_clean(text):
    assert_clean(text)


# --- names joined by "and" without a serial comma: a least and a most -----------------------------------------------

JOINED_NAMES = [
    ("Three island states - Fiji, Samoa, Papua New Guinea, Trinidad and Tobago and St Kitts and Nevis - backed the "
     "motion.", "Three"),
    ("The summit drew two federations: Bosnia and Herzegovina, Serbia and Montenegro and the Faroe Islands.", "two"),
    ("Seven boroughs were hit by the floods - Kensington and Chelsea, Barking and Dagenham and Brent.", "Seven"),
    ("The new route will serve six republics: Antigua and Barbuda, Grenada and Dominica.", "six"),
    ("Funding went to two charities (Marks and Spencer Trust, Age Concern, Shelter and Crisis).", "two"),
]


@pytest.mark.parametrize("text, target", JOINED_NAMES)
def test_joined_names_outside_bounds_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Three countries - Bosnia and Herzegovina, Serbia and Kosovo - signed the deal.",
    "Four countries - Bosnia and Herzegovina, Serbia and Kosovo - signed the deal.",
    "Five island states - Fiji, Samoa, Papua New Guinea, Trinidad and Tobago and St Kitts and Nevis - backed the "
    "motion.",
    "The new route will serve three republics: Antigua and Barbuda, Grenada and Dominica.",
    "The new route will serve four republics: Antigua and Barbuda, Grenada and Dominica.",
])
def test_joined_names_inside_bounds_clean(text):
    assert_clean(text)


# --- a time phrase or an agent between "named" and "as" ------------------------------------------------------------

NAMED_WHEN = [
    ("Two walkers who died on the mountain were identified on Sunday as Ann Roe, 61, Bo Lee, 58, and Cy Fox, 70.",
     "Two"),
    ("The three firefighters hurt in the blaze have been named by Surrey Fire and Rescue Service as Sam Hale, Jo "
     "Pike, Kit Moss and Li Wei.", "three"),
    ("The six soldiers killed in the attack were named by the Ministry of Defence as Cpl Ann Roe, Pte Bo Lee, Pte Cy "
     "Fox and Sgt Di Kerr.", "six"),
    ("Two nurses honoured at the awards were listed in January as Mia Holt, Ravi Sen and Ola Berg.", "Two"),
    ("The four victims were identified Tuesday as Dana Ruiz, 34; Mark Olsen, 51; and Tia Brooks, 19.", "four"),
]


@pytest.mark.parametrize("text, target", NAMED_WHEN)
def test_named_with_time_or_agent_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "Three walkers who died on the mountain were identified on Sunday as Ann Roe, 61, Bo Lee, 58, and Cy Fox, 70.",
    "The four firefighters hurt in the blaze have been named by Surrey Fire and Rescue Service as Sam Hale, Jo "
    "Pike, Kit Moss and Li Wei.",
    "The three victims were identified Tuesday as Dana Ruiz, 34; Mark Olsen, 51; and Tia Brooks, 19.",
    # named as something, not named as people
    "The two clubs were named on Friday as the best-run in the league, the fairest and the most improved.",
    # "as well as": the list goes on
    "The two men were named on Monday as Ann Roe, as well as Bo Lee and Cy Fox.",
])
def test_named_with_time_or_agent_clean(text):
    assert_clean(text)


# --- a count opening a clause after "that" or a conjunction, its apposition closed by the clause's verb ------------

CLAUSE_SUBJECT_NAMES = [
    ("The bill passed after three Labour MPs, Ann Roe and Bo Lee, voted with the government.", "three"),
    ("Play resumed when two stewards, Sam Hale, Jo Pike and Kit Moss, cleared the pitch.", "two"),
    ("Officials said that four cyclists, Ana Ruiz, Ben Cole and Cy Fox, had been taken to hospital.", "four"),
    ("The match was delayed because two umpires, Raj Patel, Tom Hill and Dev Rao, fell ill.", "two"),
    ("Shares slid after five directors, Ann Roe, Bo Lee and Cy Fox, sold their stakes.", "five"),
]
CLAUSE_SUBJECT_THINGS = [
    ("Farmers say that the three crops hit hardest by the drought, wheat and barley, will cost more.", "three"),
    ("Analysts expect that the two metals priced highest this year, copper, lithium and nickel, will keep rising.", "two"),
    ("Vets warned that the four breeds worst affected, pugs, boxers and bulldogs, should not be bred.", "four"),
    ("Prices rose after the two fuels taxed hardest, petrol, diesel and heating oil, went up again.", "two"),
    ("Doctors fear that the three infections spreading fastest this winter, flu and measles, are under-reported.",
     "three"),
]


@pytest.mark.parametrize("text, target", CLAUSE_SUBJECT_NAMES + CLAUSE_SUBJECT_THINGS)
def test_clause_subject_apposition_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The bill passed after two Labour MPs, Ann Roe and Bo Lee, voted with the government.",
    "Play resumed when three stewards, Sam Hale, Jo Pike and Kit Moss, cleared the pitch.",
    "Farmers say that the two crops hit hardest by the drought, wheat and barley, will cost more.",
    "Analysts expect that the three metals priced highest this year, copper, lithium and nickel, will keep rising.",
    # a fronted phrase: the names are the main clause's subject
    "After three defeats, Leeds, Hull and York were relegated.",
    "When two clubs, Leeds and Hull, and York met, the vote was tied.",
    # no verb after the closing comma: the list goes on or is described
    "The bill passed after three Labour MPs, Ann Roe and Bo Lee, the party's whips, voted with the government.",
    # the list runs into the clause's verb: some of them
    "Officials said that four cyclists were hurt: Ana Ruiz and Ben Cole were taken to hospital.",
])
def test_clause_subject_apposition_clean(text):
    assert_clean(text)


# --- an age range inside an item is one group ----------------------------------------------------------------------

AGE_RANGE_ITEMS = [
    ("The jab will be offered to three groups: adults aged 65 and over, health workers, carers and pregnant women.",
     "three"),
    ("Free travel is open to two groups - residents aged 60 and over, disabled people and carers.", "two"),
    ("The new rules cover five kinds of driver: those aged 70 and above, learners and lorry drivers.", "five"),
    ("Discounts go to three classes of member: juniors aged 16 and under, seniors aged 60 and over, students and "
     "veterans.", "three"),
    ("Two categories qualify for the grant: households with children aged 4 and under, pensioners and carers.",
     "Two"),
]


@pytest.mark.parametrize("text, target", AGE_RANGE_ITEMS)
def test_age_range_in_item_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The jab will be offered to four groups: adults aged 65 and over, health workers, carers and pregnant women.",
    "Free travel is open to three groups - residents aged 60 and over, disabled people and carers.",
    "Discounts go to four classes of member: juniors aged 16 and under, seniors aged 60 and over, students and "
    "veterans.",
    # an age range of people counted one by one: the ages are no items
    "Three boys aged 12 and over were cautioned.",
])
def test_age_range_in_item_clean(text):
    assert_clean(text)


# --- quoted titles after a post-modifier ending in a named prize or place ------------------------------------------

TITLES_AFTER_NAMED_MODIFIER = [
    ("The three albums nominated for the Mercury Prize, \"Dusk\", \"Tide\", \"Moss\" and \"Fern\", were all debuts.",
     "three"),
    ("The two plays transferring to the West End, \"The Glass Road\", \"Night Ferry\" and \"Kite\", open in May.",
     "two"),
    ("Of the five novels shortlisted for the Booker Prize, 'Salt', 'Kite' and 'Moss', only one is a debut.", "five"),
    ("Critics praised the four films screened at the London Film Festival, \"Ash\", \"Tide\" and \"Fern\", for their "
     "nerve.", "four"),
    ("Of the three songs written for the Eurovision final, 'Fire', 'Salt', 'Kite' and 'Moss', two were sung in "
     "French.", "three"),
]


@pytest.mark.parametrize("text, target", TITLES_AFTER_NAMED_MODIFIER)
def test_titles_after_named_modifier_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The four albums nominated for the Mercury Prize, \"Dusk\", \"Tide\", \"Moss\" and \"Fern\", were all debuts.",
    "Of the three novels shortlisted for the Booker Prize, 'Salt', 'Kite' and 'Moss', only one is a debut.",
    # names without quotes may go on from the prize's name: whose list?
    "The four films nominated for the Golden Reel, Salt, Field and Margins, were all shot in Wales.",
    # the list runs into the clause: some of them
    "Of the four films nominated for the Golden Reel, \"Salt\" and \"Margins\" were directed by women.",
])
def test_titles_after_named_modifier_clean(text):
    assert_clean(text)


# --- subjects after ", over" / ", on", perhaps after a post-modifier of the noun -----------------------------------

TOPICS_AFTER_MODIFIER = [
    ("MPs held three debates in the Commons on Tuesday, on housing, policing, schools and rail fares.", "three"),
    ("The government suffered four defeats in the Lords last night, over the asylum plan, legal aid and child "
     "refugees.", "four"),
    ("Ministers face two votes on the bill next week, on the voting age, party funding and postal ballots.", "two"),
]


@pytest.mark.parametrize("text, target", TOPICS_AFTER_MODIFIER)
def test_topics_after_modifier_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "MPs held four debates in the Commons on Tuesday, on housing, policing, schools and rail fares.",
    "Unions have called three strikes at the port this month, over pay, pensions and working hours.",
    # (review) a strike or an objection may be about several things: only votes and debates take one subject each
    "Unions have called two strikes at the port this month, over pay, pensions and working hours.",
    "Residents lodged five objections to the scheme, about noise, parking and traffic.",
    "The government suffered three defeats in the Lords last night, over the asylum plan, legal aid for asylum "
    "seekers and child refugees.",
    # people "over" or "on" something: no subjects of theirs
    "Police arrested two men at the port this month, over thefts, assaults and criminal damage.",
    # the first subject holds its own "of" phrase: the rest may be its objects
    "The council held two meetings in the town hall, on the cost of housing, transport and schools.",
    # over a time: no subjects
    "The club played four matches in the cup, over Christmas, New Year and Easter.",
])
def test_topics_after_modifier_clean(text):
    assert_clean(text)


# --- a thing and its participle phrase with "as" is one long item ---------------------------------------------------

PARTICIPLE_AS_ITEMS = [
    ("The plan rests on two pillars: spending rising as fast as inflation, a cap on borrowing, and a new tax on "
     "landfill.", "two"),
    ("The treaty sets three goals: emissions falling as a share of output by the end of the decade, a carbon price, "
     "a fund for poorer nations, and a review in five years.", "three"),
    ("The board agreed five aims: fares held as low as possible for students, a new depot, and longer evening "
     "services.", "five"),
    ("Two pledges were made: rents pegged as a share of local wages, a repairs fund, and a tenants' panel.", "Two"),
    ("The coach set four targets: points won as a share of games played, a cup run, and a top-half finish.", "four"),
]


@pytest.mark.parametrize("text, target", PARTICIPLE_AS_ITEMS)
def test_participle_as_item_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The plan rests on three pillars: spending rising as fast as inflation, a cap on borrowing, and a new tax on "
    "landfill.",
    "The coach set three targets: points won as a share of games played, a cup run, and a top-half finish.",
    # a clause after "as": no item
    "The plan rests on two pillars: spending rose as inflation fell, and the cap on borrowing held.",
])
def test_participle_as_item_clean(text):
    assert_clean(text)

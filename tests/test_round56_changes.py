"""Round 56 (changes, dates and units): the shapes behind misses of changes, dates and units in round 55's and 56's
labelled sets, told in our own words -- each with a text that must be flagged and one that must not, then near misses
of the new readings that must stay silent or keep their reading."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a temperature below zero written with the minus sign (U+2212); a change between levels below zero
    ("Overnight lows fell from −4C to −15C, a drop of 9 degrees.", "FC301",
     "Overnight lows fell from −4C to −15C, a drop of 11 degrees.", None),
    ("Overnight lows rose from -16C to -5C, a rise of 8 degrees.", "FC301",
     "Overnight lows rose from -16C to -5C, a rise of 11 degrees.", None),
    # a gap set apart on a rival named after "while", its level after a verb
    ("Lowmoor logged −12C, while Ashby, nine degrees colder, fell to −17C, forecasters said.", "FC301",
     "Lowmoor logged −12C, while Ashby, five degrees colder, fell to −17C, forecasters said.", None),
    ("The north tower is 212 metres tall, while the Spire, 40 metres taller, rises to 262 metres.", "FC301",
     "The north tower is 212 metres tall, while the Spire, 50 metres taller, rises to 262 metres.", None),
    # an age at death against a birth year told in the next sentence, a business named after its kind beside the dead
    ("Owen Tate, who led the Cardiff brewery Tate & Sons for 40 years, has died aged 79. Born in 1941, he joined the "
     "firm at 18.", "FC506",
     "Owen Tate, who led the Cardiff brewery Tate & Sons for 40 years, has died aged 82. Born in 1941, he joined the "
     "firm at 18.", "2024-05-20"),
    # a multiple against the subject's own start, counted in another word for the same thing
    ("The reserve now holds 150 ponies, four times as many as the 30 horses it started with in 2009.", "FC302",
     "The reserve now holds 150 ponies, five times as many as the 30 horses it started with in 2009.", None),
    # a multiple against a named place's figure told by a "which" clause
    ("Rangers counted 455 nests on Corran Island this spring, three times as many as on neighbouring Inchmore, which "
     "had 91.", "FC302",
     "Rangers counted 455 nests on Corran Island this spring, five times as many as on neighbouring Inchmore, which "
     "had 91.", None),
    ("Inspectors logged 720 breaches in Tarsa in May, four times as many as in neighbouring Ulm, which recorded 240.",
     "FC302",
     "Inspectors logged 720 breaches in Tarsa in May, three times as many as in neighbouring Ulm, which recorded 240.",
     None),
    # a multiple's levels told from an average
    ("Queues at the border post have halved, from an average of 48 minutes to 31 minutes.", "FC302",
     "Queues at the border post have halved, from an average of 48 minutes to 24 minutes.", None),
    # a multiple, a "since" clause, then its levels after a dash
    ("Gates at Ferrow's netball games have tripled since the team moved to the new arena — up from about 450 a game "
     "to 900.", "FC302",
     "Gates at Ferrow's netball games have doubled since the team moved to the new arena — up from about 450 a game "
     "to 900.", None),
    # a journey's first and last days told by their verbs ("rowed into"), then its length told as its completion
    ("The pair left Mindelo on 3 March and rowed into Bridgetown on 21 April, completing the Atlantic passage in "
     "44 days.", "FC507",
     "The pair left Mindelo on 3 March and rowed into Bridgetown on 21 April, completing the Atlantic passage in "
     "49 days.", None),
    # a time limit set on a day, then its deadline
    ("The tribunal ruled on 4 April that the landlord must repair the roof within 60 days, by 20 June, or pay a "
     "fine.", "FC507",
     "The tribunal ruled on 4 April that the landlord must repair the roof within 60 days, by 3 June, or pay a "
     "fine.", None),
    # a shift sized by its length, then its two clock times
    ("Cannery staff at Port Ellery often work 11-hour shifts, from 5am to 6pm, in the sardine season.", "FC509",
     "Cannery staff at Port Ellery often work 13-hour shifts, from 5am to 6pm, in the sardine season.", None),
    # an event first held in a year "and every year since": this year's edition exactly
    ("The Skarvik kite festival, first held in 2001 and held every year since, opens its 21st edition on Sunday.",
     "FC503",
     "The Skarvik kite festival, first held in 2001 and held every year since, opens its 24th edition on Sunday.",
     "2024-07-12"),
    # an anniversary of a merger, the merged group's start
    ("Harbour Credit and Ridge Savings merged in 2004, and this year the combined lender is marking the 19th "
     "anniversary of the merger with a grant scheme.", "FC505",
     "Harbour Credit and Ridge Savings merged in 2004, and this year the combined lender is marking the 21st "
     "anniversary of the merger with a grant scheme.", "2025-03-03"),
    # a margin told "by" after a verb of leading or winning, then the score set apart
    ("Kestrel Rovers lead third-placed Ambleford by eight points at the top of the league, 61 to 55, with four rounds "
     "to go.", "FC301",
     "Kestrel Rovers lead third-placed Ambleford by six points at the top of the league, 61 to 55, with four rounds "
     "to go.", None),
    ("The Herons beat Millbrook by three goals, 14-9.", "FC301", "The Herons beat Millbrook by five goals, 14-9.", None),
    # two ranks, then the places between them set apart
    ("Wildcard Tomas Prell, ranked 140th, knocked out world No 52 Ivo Daskal, a player 78 places above him.", "FC301",
     "Wildcard Tomas Prell, ranked 140th, knocked out world No 52 Ivo Daskal, a player 88 places above him.", None),
    # a tally told by an "out-" verb, its margin later in the sentence as a compound of the verb's noun
    ("The Pikes outshot the Larks 38 to 27 on Tuesday yet lost 2-1, and coach Mira Holt said the 13-shot edge "
     "counted for nothing.", "FC301",
     "The Pikes outshot the Larks 38 to 27 on Tuesday yet lost 2-1, and coach Mira Holt said the 11-shot edge "
     "counted for nothing.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert any(r.startswith(rule) for r in flagged_rules(flagged_text, published)), flagged_rules(flagged_text, published)
    assert not flagged(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # the gap against something else than the rival's level told: a comparison with a period, or another measure
    ("Lowmoor logged 4C, while Ashby, three degrees warmer than last year, reached 10C.", None),
    ("Lowmoor logged 4C, while Ashby, 200 metres higher, reached 10C.", None),
    # a person named after a role beside the dead is another person: whose birth?
    ("Owen Tate, who married the singer Ruth Lane, has died aged 79. Born in 1941, he joined the firm at 18.",
     "2024-05-20"),
    # the base a count of holders, far from the multiple: not the subject's own start
    ("The trust now runs 1,200 beds, three times as many as the two hospitals it started with.", None),
    # the place's figure of another time
    ("Inspectors logged 720 breaches in Tarsa in May, four times as many as in neighbouring Ulm, which recorded 240 in "
     "April.", None),
    # a since clause telling another figure's change
    ("Gates have tripled since ticket prices fell, from 450 to 900.", None),
    # a limit counted from another day, or in working days
    ("The tribunal ruled on 4 April that the landlord must repair the roof within 60 days of the inspection, by "
     "20 June.", None),
    ("The tribunal ruled on 4 April that the landlord must reply within 20 working days, by 9 May.", None),
    # shifts filling the times together
    ("The bakery runs two eight-hour shifts from 6am to 10pm.", None),
    # an anniversary of another event than the merger
    ("Harbour Credit and Ridge Savings merged in 2004, and this year the lender is marking the 19th anniversary of the "
     "flood.", "2025-03-03"),
    # a margin in sets beside a set's games; a change "by" points, not a margin
    ("Rhea Voss won by two sets to love, 6-3, 6-4.", None),
    ("The confidence index fell by nine points, 74 to 67.", None),
    # a rank's move, not the places between two ranks
    ("Tomas Prell, ranked 140th, climbed 30 places after knocking out world No 52 Ivo Daskal.", None),
    # a margin of another tally than the "out-" verb's
    ("The Pikes outshot the Larks 38 to 27 on Tuesday yet lost 2-1, and coach Mira Holt rued a 13-corner edge.", None),
    # a dash set apart by spaces is no minus sign
    ("The reading fell from 14C to 3C − a drop of 11 degrees.", None),
])
def test_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # the gap told with "than" and the rival after keeps its reading
    ("Ashby reached 10C, four degrees warmer than Lowmoor, which logged 4C.", "FC301", None),
    # an edition first held in a year, with no "every year since": at most one a year
    ("The Skarvik kite festival, first held in 2001, opens its 26th edition on Sunday.", "FC503", "2024-07-12"),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

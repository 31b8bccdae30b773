"""Round 63: the false alarms of round 62's sealed sets, once opened, and the readings learnt from its misses, told
in our own words -- texts that must stay silent, then texts that must be flagged beside them."""
from __future__ import annotations

import pytest

from shapes import assert_target_flagged, flagged, flagged_rules


@pytest.mark.parametrize("text, published", [
    # a class and an age: two ways of sorting the same boats, which overlap
    ("Of the 860 boats moored in the marina, 510 are yachts and 430 are more than 20 years old, the harbour "
     "master said.", None),
    # a class and a participle with its phrase
    ("Of the 920 homes the trust let last year, 610 were bungalows and 390 were fitted with heat pumps.", None),
])
def test_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # two classes of one sorting: still a breakdown that overshoots
    ("Of the 860 boats moored in the marina, 510 are yachts and 430 are motor cruisers.", "FC10", None),
    # two participles of one sorting
    ("Of the 920 homes, 610 were built before 1950 and 390 were built after it.", "FC10", None),
    # an adjectival participle before its noun is still a class
    ("Of the 1,390 finds from the dig, 780 are pottery sherds and 640 are worked flints.", "FC10", None),
])
def test_still_flagged(text, rule, published):
    assert any(r.startswith(rule) for r in flagged_rules(text, published)), flagged_rules(text, published)


# (round 63) readings learnt from the opened misses, each with a near miss that stays silent
NEW_FLAGS = [
    # a measure of two significant digits, swapped, under another noun: the unit ties the two
    ("Work on the 5.3-kilometre extension of the Red Line to Dockside starts in May. Planners expect the 3.5km line "
     "to carry 30,000 riders a day.", "3.5km", None),
    ("A Devon couple have bought the 530-acre Glenmire estate near Tavistock. They plan to plant oaks across the "
     "whole of the 350-acre property by 2030.", "350-acre", None),
    # a definite count restated with two digits swapped, "now" telling of the people, not of a new level
    ("Lowick, home to 493 people, lost its last pub in May. The village's 439 residents now drive eight miles for a "
     "pint.", "439", None),
    # "more than half" is above half, no rounding of it
    ("More than half of the 86 plum varieties in the county collection, 41 in all, are no longer sold.",
     "More than half", None),
    ("Fewer than half of the 62 members, 32 in all, voted for the plan.", "Fewer than half", None),
    # a share of a whole named by two nouns and a participle's phrase, its part set apart by dashes
    ("More than half of the 72 bakeries and cafes registered in the borough — 33 in total — now sell sourdough, the "
     "council said.", "More than half", None),
    # a count after a modal's verb and its preposition, then its names
    ("The new bus will stop at four villages, Ashby and Crewe, before reaching the town.", "four villages", None),
    # a time phrase opening the sentence before its subject
    ("From June the museum will close three galleries, the Egyptian, the Roman, the Saxon and the Norman, to save "
     "money.", "three galleries", None),
    # the whole's own noun placed in named places in the next sentence, each part in brackets
    ("Power was cut to 2,364 homes on Friday. The affected homes were in Alnwick (1,212), Rothbury (637) and Amble "
     "(505).", "2,364", None),
    # a fire service's engines told again as its appliances
    ("Eleven fire engines were sent to the warehouse blaze on Friday. All eight appliances were back at their "
     "stations by noon.", "eight", None),
    # a move's size told as a fraction in words, then as a percentage
    ("The council's arts budget will be cut by a quarter next year, officials said. The 35% reduction will close "
     "two galleries.", "35%", None),
    # a count given again, two digits swapped, under a noun for what the first's people became by the story's event
    ("A navy ship brought 318 tourists home from the island on Friday. Officials said the 381 evacuees would be met "
     "by family at the port.", "381", None),
    ("Some 2,714 pupils sat the county's maths exam this summer, the board said. Of the 2,741 candidates, 2,100 "
     "passed.", "2,741", None),
    # an institution named first, then owning the restated count as "the school's"
    ("Ardmore Primary, on the edge of the moor, has a roll of 43 pupils this year. The head said the school's 47 "
     "pupils would all sing at the festival.", "47", None),
    # a figure of the kind between, far from the second in size (balls faced beside a batter's runs)
    ("Asha Rao's unbeaten 152 carried Elmfield to 301 for five against Dunhill. Rao, who faced 139 balls, hit 18 "
     "fours in her 125 before the declaration.", "125", None),
    # answers on a scale of how often, the last "less often than ..."
    ("In the library's survey of members, 47% said they borrowed books weekly, 33% monthly and 26% less often than "
     "that.", "26%", None),
    # the one main way asked, the other answers bare means
    ("Asked how they mainly got to work, 52% of staff surveyed said by car, 29% by train, 14% by bus and 11% on "
     "foot.", "11%", None),
]

SILENT_NEAR = [
    # two sections, each named by its own qualifier
    ("The 42km northern section opened in March. The 24km southern section will follow next year.", None),
    # another line named with the second
    ("Work on the 5.3-kilometre extension of the Red Line starts in May. Planners expect the 3.5km Blue Line spur "
     "to open first.", None),
    # a tally told up to a time, then "now": a new level
    ("The fire had spread over 16,000 hectares by Sunday. Crews now hope to hold the 61,000-hectare blaze at the "
     "river.", None),
    ("Rescuers had found 27 survivors so far. They now expect the 72 survivors to be flown out on Monday.", None),
    # the names agreeing with the count, or told as some of them
    ("The new bus will stop at two villages, Ashby and Crewe, before reaching the town.", None),
    ("The new bus will stop at four villages, including Ashby and Crewe, before reaching the town.", None),
    ("From June the museum will close four galleries, the Egyptian, the Roman, the Saxon and the Norman, to save "
     "money.", None),
    # the places holding all of the whole, agreeing; or only some of it told
    ("Power was cut to 2,354 homes on Friday. The affected homes were in Alnwick (1,212), Rothbury (637) and Amble "
     "(505).", None),
    ("Power was cut to 2,364 homes on Friday. The worst affected homes were mostly in Alnwick (1,212) and Rothbury "
     "(637).", None),
    # the fraction and the percentage agreeing
    ("The council's arts budget will be cut by a quarter next year, officials said. The 25% reduction will close "
     "two galleries.", None),
    # the role noun placed elsewhere, or told of another year
    ("A navy ship brought 318 tourists home from the island on Friday. The 381 evacuees from the mainland are still "
     "waiting.", None),
    ("Some 2,714 pupils sat the county's maths exam this summer, the board said. Last year, of the 2,741 candidates, "
     "2,100 passed.", None),
    # another school's pupils, by its name; or the same count
    ("Ardmore Primary, on the edge of the moor, has a roll of 43 pupils this year. The head said Kilbeg's 47 pupils "
     "would join them at the festival.", None),
    ("Ardmore Primary, on the edge of the moor, has a roll of 43 pupils this year. The head said the school's 43 "
     "pupils would all sing at the festival.", None),
    # a figure of the kind between, near the second in size: the second may be told beside it
    ("Tickets start at $89, the organisers said. Family passes cost $120 each. The $98 minimum applies to all "
     "seats.", None),
    # the part agreeing
    ("More than half of the 72 bakeries and cafes registered in the borough — 39 in total — now sell sourdough, the "
     "council said.", None),
    # just over half, and just under it
    ("More than half of the 86 plum varieties in the county collection, 44 in all, are no longer sold.", None),
    ("Fewer than half of the 62 members, 30 in all, voted for the plan.", None),
    # "more than a third" keeps the rounding of its fraction word
    ("More than a third of the 60 stalls, 20 in all, sell cheese.", None),
    # the scale's answers adding up
    ("In the library's survey of members, 47% said they borrowed books weekly, 33% monthly and 20% less often than "
     "that.", None),
    # a change told as "less often", no answer in a list
    ("Members borrow books 29% less often than they did in 2019, the library said.", None),
    # many answers each, no main way asked
    ("Asked how they get to work, 52% of staff surveyed said by car, 29% by train, 14% by bus and 11% on foot.", None),
    # a measure of two digits joined to another thing by a verb in the next sentence
    ("Crews have begun laying a 63-kilometre gas main from Arrow to the coast. It will join the 36km pipeline at "
     "Selby.", None),
    # two lengths of time of two people: a lead, then a team-mate's gap (lengths of time keep their nouns)
    ("She took a 53-second lead into the last stage. Her team-mate's 35-second gap to third place looks safe.", None),
]


@pytest.mark.parametrize("text, target, published", NEW_FLAGS)
def test_reading_flags(text, target, published):
    assert_target_flagged(text, target, published)


@pytest.mark.parametrize("text, published", SILENT_NEAR)
def test_near_miss_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)

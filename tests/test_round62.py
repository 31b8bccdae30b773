"""Round 62: the false alarms of round 61's sealed sets, once opened, and the readings learnt from its misses, told
in our own words -- texts that must stay silent, then texts that must be flagged beside them."""
from __future__ import annotations

import pytest

from shapes import assert_target_flagged, flagged, flagged_rules


@pytest.mark.parametrize("text, published", [
    # a figure after "of" names what some of the parts belong to, no part of its own
    ("Eight people drowned when the ferry Gannet capsized off Harl Head. Five of the dead were members of one "
     "church choir from Lissard, the coroner said; the other three were tourists.", None),
    # the rival's figure counts other things than the leader's
    ("Harbour Town lead the table on 31 points, six clear of Ashby with four games left.", None),
])
def test_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # the parts themselves, none after "of", still a sum
    ("Eight people drowned when the ferry capsized. Five of the dead were passengers; the other four were crew.",
     "FC10", None),
    # the rival's figure in the leader's own unit: still a gap
    ("Harbour Town lead the table on 31 points, six clear of Ashby on 27 points.", "FC30", None),
])
def test_still_flagged(text, rule, published):
    assert any(r.startswith(rule) for r in flagged_rules(text, published)), flagged_rules(text, published)


# (round 62) readings learnt from the opened misses, each with a near miss that stays silent
NEW_FLAGS = [
    # the level as the object of a verb of change, the amount as a change noun after the percentage
    ("The trust will trim the orchestra's £2.4m budget by 20%, a cut of £360,000, trustees heard.", "£360,000", None),
    ("The board will cut its £900,000 grant by 10%, or £120,000.", "£120,000", None),
    # a change in points, then the same change in relative terms
    ("The share of homes with solar panels rose from 12% to 15%, a rise of three percentage points, or 50 per cent "
     "in relative terms.", "50 per cent", None),
    # the two polls a change runs between are no figure of the change
    ("The share of pupils who walk to school rose from 20% to 24% between the two surveys, an increase of four "
     "percentage points, or 40%.", "40%", None),
    # the later clock time, then the length the match is called
    ("The semi-final began at 6.10pm and ended at 8.35pm, a marathon 2 hours 45 minutes.", "2 hours 45 minutes",
     None),
    # the subject's verb after a clause holding the two times
    ("The session, which opened at 9.20am and closed at 11.05am, lasted two hours and five minutes.", "two hours",
     None),
    # shares handed out, the last one "reserved for"
    ("Under the deal, 52% of the catch goes to local boats, 33% to the national fleet and 21% is reserved for "
     "research vessels.", "21%", None),
    # answers on one scale of how often, the last "never"
    ("In the survey, 51% said they cycle every week, 32% ride occasionally and 24% never ride at all.", "24%", None),
    # a cost against its estimate, the change called an overrun
    ("The tunnel will cost £630m, against an original estimate of £450m, an overrun of 50%.", "50%", None),
    # a named runner's age, then "the N-year-old" past a race's name and a verb with its particle
    ("Miriam Otieno, 31, won the Lakeside Run on Saturday. The 33-year-old pulled away on the final climb.",
     "33-year-old", None),
    # a vote's turnout opening a long subject, then told again after "With turnout at"
    ("Turnout in the Dunmere community council ballot on the new harbour was 44%, officials said. With turnout at "
     "48%, the vote stands.", "48%", None),
    # a length of days after a range, the stoppage's clause a past verb and its object
    ("Dockers walked out from 4 May to 20 May, a 14-day stoppage that halted exports.", "14-day", "2025-06-01"),
    # an edition counted from "held every ... since"
    ("The Marlow Cheese Fair, held every September since 2019, returns next week for its eighth edition.",
     "eighth", "2025-09-01"),
    # a measure's first part in its unit, the others bare before a kind of land
    ("The fire burned 2,400 hectares, of which 1,300 hectares were farmland, 720 scrub and 480 pine forest.",
     "2,400 hectares", None),
    # a small count naming whom a part went to, then what is left
    ("Of the 1,800 tickets for the final, 900 went to members and 450 to the two clubs, leaving 350 for general "
     "sale.", "1,800", None),
    # a lead's margin at a break, called a cushion
    ("The hosts led 14-8 at the interval, a four-goal cushion, but lost 22-23.", "four-goal", None),
    # (round 53 kept this one silent, wary of a lead told at a break; a lead's margin apposed to its own score is the
    # difference of its sides, and round 62 reads it)
    ("The hosts led 5-3 at the break, a three-goal lead that did not last.", "three-goal", None),
    # a player's points set apart with their goals and assists
    ("Okafor ended the season with 58 points (21 goals, 35 assists), a club record.", "58 points", None),
    # the headline's count of the hurt against the object of "injuring", an aside of some of them between
    ("Bus crash leaves 12 hurt\nA bus left the road near Tarn on Monday, injuring 14 passengers, three of them "
     "seriously, police said.", "14", None),
    # a gap to the subject's own other figure, after "her"
    ("Ito needed 88 minutes to win the final, 21 minutes longer than her 63-minute semi-final.", "21 minutes", None),
    # a change's size counting a kind of the levels' things
    ("The bus fleet will grow from 40 to 52 vehicles next year, an addition of 14 buses.", "14 buses", None),
    # a change's size told again after "said the", then what it showed
    ("Visits to the town's museums rose 24% last year. The mayor said the 34% rise showed the new trail worked.",
     "34% rise", None),
    # a named fighter's age, then "the N-year-old, who won ... of his fights, said"
    ("Veteran lightweight Sam Oduya, 37, has retired after a loss in Hull. The 35-year-old, who won 22 of his 30 "
     "professional fights, said he had no regrets.", "35-year-old", None),
    # a headline's loss against the lead's count closed
    ("Valley line to lose four stations\nThe operator will close three stations on the valley line, Brook Halt, "
     "Mill End and Ferris Cross, from May.", "three", None),
    # a headline's share against the lead's share of now, an earlier year's level after it
    ("A third of the county's bridges need repairs\nAn audit found that 22% of the county's 410 bridges needed "
     "repairs last year, up from 17% in 2020.", "22%", None),
    # a fleet counted in boats, then sized in vessels
    ("The ferry company, whose fleet of 14 boats serves six islands, is to rebuild its engine shop. Its chief said the "
     "12-vessel fleet could not wait.", "12-vessel", None),
    # a part "of them", a clause, then its share after ", or"
    ("The union's 1,200 members are mostly young: 780 of them are under 30, or 55% of the membership.", "55%", None),
    # a year's travellers split between the summer and winter timetables
    ("The island ferry carried 412,000 people last year. Of those, 251,000 sailed in the summer season and 143,000 "
     "in the winter.", "412,000", None),
    # names that each take "the", in apposition to an object, the clause going on after them
    ("The new licence covers five lochs, the Awe, the Fyne and the Etive, and runs until 2030.", "five", None),
    # a list opening the sentence, taken up by "the N things" with an adverb before their participle
    ("Penrose, Trevail and Carn Du, the four farms worst hit by the flood, will get help first.", "four", None),
    # a race's field counted as athletes, its waves as competitors
    ("A field of 940 athletes lined up for the Loch Dorm swim. There were 512 competitors in the open race, 390 in the "
     "sprint and 58 in the elite wave.", "940", None),
    # a verb's object with its own "to" phrase before "by", both levels set apart after it
    ("The trust has cut its grant to the town choir by £42,000, to £118,000, from £164,000 last year.", "£42,000",
     None),
    # a share of "the field", the field the count of entrants before it
    ("Some 820 runners entered the fell race, and organisers said women made up 40 per cent of the field, or 410 "
     "runners.", "40 per cent", None),
    # one set named again under another noun: workers on strike, teams as squads, fishermen as men
    ("Some 1,380 workers at the plant walked out on Tuesday. The union will ballot all 1,640 strikers on Friday.",
     "1,640", None),
    ("Twenty-two teams have entered the relay. The 24 squads will each field four runners.", "24", None),
    ("Searchers found the last of the six fishermen lost when the Kestrel sank. A service for all five men will be "
     "held on Friday.", "five", None),
    # a measure told again in a quote, its digits in another order, with no noun to tie the two
    ("The dairy sold 840 tonnes of cheese in May. 'Shifting 480 tonnes in a single month is new,' its owner said.",
     "480 tonnes", None),
]

SILENT_NEAR = [
    # the same readings, the figures agreeing
    ("The fire burned 2,400 hectares, of which 1,300 hectares were farmland, 720 scrub and 380 pine forest.", None),
    ("Of the 1,800 tickets for the final, 900 went to members and 450 to the two clubs, leaving 450 for general "
     "sale.", None),
    ("The hosts led 14-8 at the interval, a six-goal cushion, but lost 22-23.", None),
    ("Okafor ended the season with 56 points (21 goals, 35 assists), a club record.", None),
    ("Bus crash leaves 14 hurt\nA bus left the road near Tarn on Monday, injuring 14 passengers, three of them "
     "seriously, police said.", None),
    ("Ito needed 88 minutes to win the final, 25 minutes longer than her 63-minute semi-final.", None),
    ("The bus fleet will grow from 40 to 52 vehicles next year, an addition of 12 buses.", None),
    ("The union's 1,200 members are mostly young: 780 of them are under 30, or 65% of the membership.", None),
    ("The new licence covers three lochs, the Awe, the Fyne and the Etive, and runs until 2030.", None),
    ("Penrose, Trevail and Carn Du, the three farms worst hit by the flood, will get help first.", None),
    ("A field of 960 athletes lined up for the Loch Dorm swim. There were 512 competitors in the open race, 390 in the "
     "sprint and 58 in the elite wave.", None),
    ("The trust has cut its grant to the town choir by £46,000, to £118,000, from £164,000 last year.", None),
    ("Twenty-two teams have entered the relay. The 22 squads will each field four runners.", None),
    ("Searchers found the last of the six fishermen lost when the Kestrel sank. A service for all six men will be "
     "held on Friday.", None),
    ("The dairy sold 840 tonnes of cheese in May. 'Shifting 840 tonnes in a single month is new,' its owner said.",
     None),
    # another measure in the quote, not a slip of the keys
    ("The dairy sold 840 tonnes of cheese in May. 'Shifting 610 tonnes in a single month is new,' its owner said.",
     None),
    # each names its own stuff: a part of the first, its digits swapped by chance
    ("The dairy sold 840 tonnes of cheese in May. 'These 480 tonnes of cheddar went abroad,' its owner said.", None),
    # men told by their participle, no trade named: still the people transferred
    ("Twelve prisoners were moved out after the riot. All 12 transferred men will face hearings.", None),
    ("Some 820 runners entered the fell race, and organisers said women made up 50 per cent of the field, or 410 "
     "runners.", None),
    # some of the names only: no count of them
    ("The new licence covers five lochs, including the Awe, the Fyne and the Etive, and runs until 2030.", None),
    ("The island ferry carried 412,000 people last year. Of those, 251,000 sailed in the summer season and 161,000 "
     "in the winter.", None),

    ("Visits to the town's museums rose 24% last year. The mayor said the 24% rise showed the new trail worked.",
     None),
    ("Veteran lightweight Sam Oduya, 37, has retired after a loss in Hull. The 37-year-old, who won 22 of his 30 "
     "professional fights, said he had no regrets.", None),
    # someone else speaking of them: a witness, no background of the one named
    ("Sam Oduya, 37, was hurt in a fall in Hull. The 35-year-old, who saw the fall from nearby, said he called for "
     "help.", None),
    ("Valley line to lose three stations\nThe operator will close three stations on the valley line, Brook Halt, "
     "Mill End and Ferris Cross, from May.", None),
    ("A third of the county's bridges need repairs\nAn audit found that 33% of the county's 410 bridges needed "
     "repairs last year, up from 17% in 2020.", None),
    ("The ferry company, whose fleet of 14 boats serves six islands, is to rebuild its engine shop. Its chief said the "
     "14-vessel fleet could not wait.", None),
    ("The trust will trim the orchestra's £2.4m budget by 15%, a cut of £360,000, trustees heard.", None),
    ("The share of homes with solar panels rose from 12% to 15%, a rise of three percentage points, or 25 per cent "
     "in relative terms.", None),
    ("The semi-final began at 6.10pm and ended at 8.35pm, a marathon 2 hours 25 minutes.", None),
    ("Under the deal, 50% of the catch goes to local boats, 33% to the national fleet and 17% is reserved for "
     "research vessels.", None),
    ("In the survey, 51% said they cycle every week, 32% ride occasionally and 17% never ride at all.", None),
    ("The tunnel will cost £630m, against an original estimate of £450m, an overrun of 40%.", None),
    ("Dockers walked out from 4 May to 20 May, a 16-day stoppage that halted exports.", "2025-06-01"),
    ("The Marlow Cheese Fair, held every September since 2019, returns next week for its seventh edition.",
     "2025-09-01"),
    # answers that need not exclude each other: no "never" closing them
    ("In the survey, 51% said they cycle to work, 32% cycle to the shops and 24% cycle for fun.", None),
    # another scope opening the sentence: a turnout of its own
    ("Turnout in the Dunmere ward was 44%. Across the county, turnout was 48%.", None),
    # a runner's age, then another named runner between
    ("Miriam Otieno, 31, won the Lakeside Run on Saturday. Second was Ruth Kamau. The 33-year-old pulled away "
     "late.", None),
]


@pytest.mark.parametrize("text, target, published", NEW_FLAGS)
def test_reading_flags(text, target, published):
    assert_target_flagged(text, target, published)


@pytest.mark.parametrize("text, published", SILENT_NEAR)
def test_near_miss_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)

"""Round 56 (restatements told twice with different values): the shapes behind the learning set r56e's misses, told
in our own words -- each with a text that must be flagged and one that must not, then near misses of the new readings
that must stay silent, and near misses that keep their reading."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a measure's scale word cut short before another unit ("5.4m litres" is "5.4 million litres"), restated of the
    # compound's head ("seawater", then "water")
    ("Brantwick Lido holds 3.8 million litres of seawater in its main pool. Staff say the lido's 8.3m litres of "
     "water are tested twice a day.", "FC406",
     "Brantwick Lido holds 3.8 million litres of seawater in its main pool. Staff say the lido's 3.8m litres of "
     "water are tested twice a day.", None),
    # the second's sentence names the speaker's own size in a relative aside
    ("Ostrava Freight is to cut 260 jobs as it shuts two depots, the firm said on Monday. Ostrava, which employs "
     "about 4,100 people, said the 620 workers affected would be offered other posts.", "FC406",
     "Ostrava Freight is to cut 260 jobs as it shuts two depots, the firm said on Monday. Ostrava, which employs "
     "about 4,100 people, said the 260 workers affected would be offered other posts.", None),
    # a round sum brought in with "a", restated with a zero swapped into it
    ("Pellow Museum has won a €360,000 grant from the county arts fund to repair its roof. The museum said the "
     "€306,000 award would also pay for new lighting.", "FC40",
     "Pellow Museum has won a €360,000 grant from the county arts fund to repair its roof. The museum said the "
     "€360,000 award would also pay for new lighting.", None),
    # a short length sizing a thing brought in with "a", "the" size of another noun in the next sentence
    ("Crews have begun laying a 74-kilometre water main between Tarrow and the coast. The council expects the 47km "
     "pipeline to be in use by the spring.", "FC406",
     "Crews have begun laying a 74-kilometre water main between Tarrow and the coast. The council expects the 74km "
     "pipeline to be in use by the spring.", None),
    ("The survey vessel Morna sailed from Skel on Monday for a 1,300-nautical-mile mapping trip along the northern "
     "coast. Her crew will launch drones at 40 points during the 3,100-nautical-mile cruise.", "FC406",
     "The survey vessel Morna sailed from Skel on Monday for a 1,300-nautical-mile mapping trip along the northern "
     "coast. Her crew will launch drones at 40 points during the 1,300-nautical-mile cruise.", None),
    # "all N" past the relative aside that gave the first, in one sentence
    ("The bell-ringers' guild, which has 45 members in four villages, met at the church hall in Orrin, where all "
     "54 members backed the new rota.", "FC406",
     "The bell-ringers' guild, which has 45 members in four villages, met at the church hall in Orrin, where all "
     "45 members backed the new rota.", None),
    # a venue's capacity, the first sentence telling only of what the venue will host
    ("Hartfield's new 6,200-capacity ground at Mill Road will host its first league match in August. The club said "
     "the stadium, with room for 2,600 spectators, cost £3.4m to build.", "FC402",
     "Hartfield's new 6,200-capacity ground at Mill Road will host its first league match in August. The club said "
     "the stadium, with room for 6,200 spectators, cost £3.4m to build.", None),
    # "all N" of a set whose candidates include some of it in an "including" aside
    ("Twelve ponies, including three foals and an old Shetland stallion, were rehomed from a farm near Dunmere "
     "last month. The charity said all ten ponies were doing well in their new fields.", "FC402",
     "Twelve ponies, including three foals and an old Shetland stallion, were rehomed from a farm near Dunmere "
     "last month. The charity said all 12 ponies were doing well in their new fields.", None),
    # a competition sized by its teams, restated under its own name as its clubs
    ("The 16-team Borders Rugby League will add a sevens event next year. Each of the league's 18 clubs will "
     "send one squad to the first tournament.", "FC402",
     "The 16-team Borders Rugby League will add a sevens event next year. Each of the league's 16 clubs will "
     "send one squad to the first tournament.", None),
    # a place's population given in apposition, restated as the place's own people
    ("Tarsvik, population 2,310, is the first fishing town on the coast to get a fast ferry link. The mayor said "
     "the town's roughly 3,200 people had asked for it for years.", "FC402",
     "Tarsvik, population 2,310, is the first fishing town on the coast to get a fast ferry link. The mayor said "
     "the town's roughly 2,300 people had asked for it for years.", None),
    # a piece of work's length as the modifier of its name, restated under another name of its group
    ("The reading room at Elmbury Library reopened on Monday after a three-year restoration costing £2m. The "
     "librarian thanked readers for waiting through the 30-month project, which rebuilt the glass dome.", "FC405",
     "The reading room at Elmbury Library reopened on Monday after a three-year restoration costing £2m. The "
     "librarian thanked readers for waiting through the 36-month project, which rebuilt the glass dome.", None),
    # "now" of a rank the figure holds is no later figure
    ("Priya Nair's unbeaten 127 carried Westcombe to 251 for four against Hallow on Sunday. The opener hit 11 fours "
     "and two sixes, and Nair's 172 is now the highest score in the division this season.", "FC406",
     "Priya Nair's unbeaten 127 carried Westcombe to 251 for four against Hallow on Sunday. The opener hit 11 fours "
     "and two sixes, and Nair's 127 is now the highest score in the division this season.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert any(r.startswith(rule) for r in flagged_rules(flagged_text, published)), flagged_rules(flagged_text, published)
    assert not flagged(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # another stuff, not the compound's head
    ("Brantwick Lido holds 3.8 million litres of seawater in its main pool. Staff say the lido's 8.3m litres of "
     "chlorine are stored off site.", None),
    # a short length joined to another thing by the word before "the"
    ("Crews have begun laying a 74-kilometre water main between Tarrow and the coast. It will connect to the 47km "
     "pipeline from the reservoir.", None),
    # a short length two sentences on, or no "a" before the first
    ("Crews have begun laying a 74-kilometre water main between Tarrow and the coast. Work started in May. The "
     "council expects the 47km pipeline to be in use by the spring.", None),
    # two round sums: no zero swapped in
    ("Pellow Museum has won a €36,000 grant from the county arts fund to repair its roof. The museum said the "
     "€63,000 award from the lottery would pay for new lighting.", None),
    # an aside that is not a relative clause of the speaker, between: another figure the second may restate
    ("Ostrava Freight is to cut 260 jobs as it shuts two depots. At the Brno site, 620 workers were told on Monday, "
     "and the 620 workers affected there would be offered other posts.", None),
    # a venue that will hold its capacity only later: the future is the capacity's
    ("Hartfield's new ground at Mill Road will hold 6,200 when its second stand opens. The club said the stadium, "
     "with room for 2,600 spectators, cost £3.4m to build.", None),
    # some of the town's people, picked by a clause; another set named by a modifier
    ("Tarsvik, population 2,310, is the first fishing town on the coast to get a fast ferry link. The mayor said "
     "the town's 320 people who work offshore had asked for it for years.", None),
    ("Tarsvik, population 2,310, is the first fishing town on the coast to get a fast ferry link. The mayor said "
     "the town's 320 young people had asked for it for years.", None),
    # a league's teams against another thing's clubs
    ("The 16-team Borders Rugby League will add a sevens event next year. Each of the county's 18 clubs will "
     "send one squad to the first tournament.", None),
    # some of the whole told by their own noun: not all of the whole
    ("Twelve ponies, including three foals and an old Shetland stallion, were rehomed from a farm near Dunmere "
     "last month. The charity said all three foals were doing well in their new fields.", None),
    # another phase of the work, or another time named in the second's clause
    ("The reading room at Elmbury Library reopened on Monday after a three-year restoration costing £2m. The "
     "librarian said the second phase, a 30-month project, would rebuild the glass dome.", None),
    ("The reading room at Elmbury Library reopened on Monday after a three-year restoration costing £2m. The "
     "librarian said the 30-month project planned for 2027 would rebuild the glass dome.", None),
    # "now" of a total that has grown, not a rank
    ("Priya Nair's unbeaten 127 carried Westcombe to 251 for four against Hallow on Sunday. The opener hit 11 fours "
     "and two sixes, and Nair's 172 is now her total for the season.", None),
])
def test_false_alarms_and_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    ("Brantwick Lido holds 3.8 million litres of seawater in its main pool. Staff say the lido's 8.3m litres of "
     "seawater are tested twice a day.", "FC406", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

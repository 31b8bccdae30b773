"""Round 54: the shapes behind the misses and false alarm of round 53's sealed sets r53a-d and of round 54's open
learning sets, once opened, told in our own words -- each with a text that must be flagged and one that must not,
then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a fraction told "exactly" is no rounding
    ("Exactly half of the 48 riders in the peloton - 27 of them - are under 25.", "FC201",
     "Exactly half of the 48 riders in the peloton - 24 of them - are under 25.", None),
    # a share "of" a whole, its pair set apart and closed, then a change past the close
    ("Girls now make up 45% of the chess club - 18 of its 52 members - up from a third in 2020.", "FC201",
     "Girls now make up 35% of the chess club - 18 of its 52 members - up from a third in 2020.", None),
    # "voted to accept" and "against": the two sides of one ballot, with those who abstained
    ("In the ballot, 61% of members voted to accept the deal, 33% voted against and 9% abstained.", "FC202",
     "In the ballot, 61% of members voted to accept the deal, 33% voted against and 6% abstained.", None),
    # a change credited to its cause by a title and a name; "per cent" is no time word
    ("Burglaries in the district fell by 22 per cent last year. Detective Inspector Ana Ruiz credited the 26 per cent "
     "fall to new patrols.", "FC402",
     "Burglaries in the district fell by 22 per cent last year. Detective Inspector Ana Ruiz credited the 22 per cent "
     "fall to new patrols.", None),
    # a currency told once for a list of sums in millions
    ("The trust approved a 38.5 million rand plan for the museum. The money is split three ways: 20 million rand for "
     "the roof, 11.2 million for the galleries and 5.3 million for the archive.", "FC101",
     "The trust approved a 36.5 million rand plan for the museum. The money is split three ways: 20 million rand for "
     "the roof, 11.2 million for the galleries and 5.3 million for the archive.", None),
    # a whole's count of kinds, broken down in the very next sentence
    ("The network's three lines carried 1.84 million riders a day in May. The North Line accounted for 910,000, "
     "the Harbour Line for 560,000 and the Valley Line for 470,000.", "FC101",
     "The network's three lines carried 1.94 million riders a day in May. The North Line accounted for 910,000, "
     "the Harbour Line for 560,000 and the Valley Line for 470,000.", None),
    # the group the parts make, told right after them
    ("Seven men and eight women will row for the club this summer, making a squad of 16.", "FC101",
     "Seven men and eight women will row for the club this summer, making a squad of 15.", None),
    # an age restated by "the N-year-old" before a present verb, or before a noun for a player's hand
    ("Lena Brandt, 22, knocked out the holder on Tuesday. The 23-year-old faces the top seed next.", "FC403",
     "Lena Brandt, 22, knocked out the holder on Tuesday. The 22-year-old faces the top seed next.", None),
    ("Lena Brandt, 22, knocked out the holder on Tuesday. The 23-year-old right-hander plays the top seed next.",
     "FC403",
     "Lena Brandt, 22, knocked out the holder on Tuesday. The 22-year-old right-hander plays the top seed next.", None),
    # boxers and fighters; vessels and ships
    ("The commission banned nine boxers after the weigh-in. It said all eight banned fighters could appeal.", "FC402",
     "The commission banned nine boxers after the weigh-in. It said all nine banned fighters could appeal.", None),
    ("Thirty-one vessels were stuck in the frozen harbour on Monday. By Friday tugs had freed all 33 ships.", "FC402",
     "Thirty-one vessels were stuck in the frozen harbour on Monday. By Friday tugs had freed all 31 ships.", None),
    # people hurt, then "all N injured" (the verb of another clause before a count is not its verb)
    ("Twelve people were hurt when two buses collided on Friday. Paramedics took all 14 injured to hospital.", "FC402",
     "Twelve people were hurt when two buses collided on Friday. Paramedics took all 12 injured to hospital.", None),
    # a headline's workers, the body's miners, told by one verb
    ("Tunnel collapse traps 9 workers\nRescuers are trying to reach the 11 miners trapped when the roof fell on "
     "Monday.", "FC401",
     "Tunnel collapse traps 9 workers\nRescuers are trying to reach the 9 miners trapped when the roof fell on "
     "Monday.", None),
    # "half a dozen" counts the items listed
    ("Half a dozen bakeries entered the contest: Crumbs, Hobbs, Loaf & Co, Rise and Dough House.", "FC410",
     "Half a dozen bakeries entered the contest: Crumbs, Hobbs, Loaf & Co, Rise, Knead and Dough House.", None),
    # a currency named after the figure (kip), the total's phrase long before "to be shared between"
    ("The ministry has released 3.6bn kip in drought relief for Phon Tan province, to be shared between Xai (1.5bn "
     "kip), Nong (1.2bn kip) and Paklai (700m kip).", "FC101",
     "The ministry has released 3.4bn kip in drought relief for Phon Tan province, to be shared between Xai (1.5bn "
     "kip), Nong (1.2bn kip) and Paklai (700m kip).", None),
    # a poll's answers for and against a proposal told by its gerund
    ("A poll of 900 parents found 51% in favour of closing the school, 41% against and 14% undecided.", "FC202",
     "A poll of 900 parents found 51% in favour of closing the school, 41% against and 8% undecided.", None),
    # "minus N" below zero
    ("Temperatures in the pass dropped by 15 degrees overnight, from 6C in the evening to minus 7C by dawn.", "FC301",
     "Temperatures in the pass dropped by 13 degrees overnight, from 6C in the evening to minus 7C by dawn.", None),
    # an area named again as "the N-square-kilometre site" of a reserve ("now" after it tells what it does now)
    ("The Hallow Moss reserve, which covers 1,800 hectares of bog, was opened in May. Wardens said the "
     "28-square-kilometre site now holds 30 pairs of curlew.", "FC404",
     "The Hallow Moss reserve, which covers 1,800 hectares of bog, was opened in May. Wardens said the "
     "18-square-kilometre site now holds 30 pairs of curlew.", None),
    # a loop named again as the route walkers complete, in another unit
    ("The coastal path opens on Monday, a 48-kilometre loop with six shelters. Rangers expect most walkers to take "
     "three days to complete the 38-mile route.", "FC404",
     "The coastal path opens on Monday, a 48-kilometre loop with six shelters. Rangers expect most walkers to take "
     "three days to complete the 30-mile route.", None),
    # a journey named again as a trip, two digits swapped
    ("Three sisters have finished a 2,130km kayak journey along the coast. The 2,310-kilometre trip took 40 days.",
     "FC406",
     "Three sisters have finished a 2,130km kayak journey along the coast. The 2,130-kilometre trip took 40 days.",
     None),
    # a festival's length before a name of three words, then its days
    ("The 7-day Harrow Lane Lantern Festival runs from 3 to 12 October, with parades each night.", "FC507",
     "The 10-day Harrow Lane Lantern Festival runs from 3 to 12 October, with parades each night.", None),
    # a birth year joined to "born", and an age "now"
    ("The 1988-born striker, now 33, scored twice on Sunday.", "FC506",
     "The 1988-born striker, now 36, scored twice on Sunday.", "2025-03-02"),
    # what a cost covers, told in the next sentence ("That covers ..."): pieces of it, never more than it
    ("The new lock gates will cost €3.1m, the canal trust said. That covers €1.8m for the gates, €900,000 for "
     "dredging and €700,000 for the towpath.", "FC102",
     "The new lock gates will cost €3.1m, the canal trust said. That covers €1.8m for the gates, €900,000 for "
     "dredging and €400,000 for the towpath.", None),
    # who said so before the dash that opens the parts is no part of the total's clause
    ("A total of 212 riders finished the race on the Col de Varre on Sunday, the organisers in Lyon said -- 150 "
     "men and 68 women.", "FC101",
     "A total of 212 riders finished the race on the Col de Varre on Sunday, the organisers in Lyon said -- 150 "
     "men and 62 women.", None),
    # an owner's things, counted, doing by the same verb what the owner did in the sentence before
    ("The dairy sold 3.6 million litres last year. Its two brands -- Vale and Ridge -- sold 2.1 million and 1.8 "
     "million litres respectively.", "FC101",
     "The dairy sold 3.6 million litres last year. Its two brands -- Vale and Ridge -- sold 2.1 million and 1.5 "
     "million litres respectively.", None),
    # parts closed by "no other"; energy spelt out is its symbol
    ("The utility generated 2.64 terawatt-hours in 2024. The North station supplied 1.71 TWh and the South plant "
     "0.83 TWh; the utility runs no other plants.", "FC101",
     "The utility generated 2.54 terawatt-hours in 2024. The North station supplied 1.71 TWh and the South plant "
     "0.83 TWh; the utility runs no other plants.", None),
    # a headline's move against the opening sentence's one move the same way, whatever each calls the thing
    ("Library visits up 14% in a year\nLoans and visits to the county's libraries rose 17% in the year to April, "
     "with young families now the largest group of users.", "FC401",
     "Library visits up 14% in a year\nLoans and visits to the county's libraries rose 14% in the year to April, "
     "with young families now the largest group of users.", None),
    ("Water bills climb 9%\nThe average household water bill rose to £512 this year, the regulator said, an "
     "increase of 7 per cent on last year.", "FC401",
     "Water bills climb 9%\nThe average household water bill rose to £512 this year, the regulator said, an "
     "increase of 9 per cent on last year.", None),
    # a team named before is "the side" in a possessive
    ("Harlow scored six tries against Dunmore on Saturday. The side's seven tries all came from the forwards.",
     "FC402",
     "Harlow scored six tries against Dunmore on Saturday. The side's six tries all came from the forwards.", None),
    # an orchestra's musicians are its players
    ("Twelve musicians from the city orchestra were stranded at the airport on Monday. The manager said the fourteen "
     "stranded players would still perform.", "FC402",
     "Twelve musicians from the city orchestra were stranded at the airport on Monday. The manager said the twelve "
     "stranded players would still perform.", None),
    # those who qualified for a final are its finalists
    ("Ten rowers qualified for the single sculls final on Friday. Of the eleven finalists, four are students.",
     "FC402",
     "Ten rowers qualified for the single sculls final on Friday. Of the ten finalists, four are students.", None),
    # a figure set "to" a rival's, then the gap set apart
    ("The city's tram network has 38 stops to Dunmore's 24 - 12 more than its old rival.", "FC301",
     "The city's tram network has 38 stops to Dunmore's 24 - 14 more than its old rival.", None),
    # a network's passengers counted again as its journeys, two digits swapped
    ("The tram network carried 36 million passengers in 2024, the operator said. Its chief said the 63 million "
     "journeys made that year showed the need for more trams.", "FC406",
     "The tram network carried 36 million passengers in 2024, the operator said. Its chief said the 36 million "
     "journeys made that year showed the need for more trams.", None),
    # a unit's letter after its figure ends a sentence: no initial ("9C.", "10K.")
    ("Keepers moved the 31 penguins indoors as the air fell to minus 6C. By noon all 33 penguins were swimming.",
     "FC402",
     "Keepers moved the 31 penguins indoors as the air fell to minus 6C. By noon all 31 penguins were swimming.",
     None),
    # a tenure ending now and the year it began in the same sentence
    ("Head teacher Ruth Onslow retires this month after 28 years at the school, having joined it in 1991.", "FC504",
     "Head teacher Ruth Onslow retires this month after 34 years at the school, having joined it in 1991.",
     "2025-07-10"),
    # last year's thing sized by a figure of its own, then the year it was landed
    ("The board said last year's record catch of 8,200 tonnes, landed during 2022, would not be matched.", "FC502",
     "The board said last year's record catch of 8,200 tonnes, landed during 2023, would not be matched.",
     "2024-06-02"),
    # an anniversary of "its lighthouse", the start told by the next sentence's "The tower"
    ("The harbour will mark the 125th anniversary of its lighthouse next month. The tower was first lit on 2 May "
     "1905 by the harbour board.", "FC505",
     "The harbour will mark the 120th anniversary of its lighthouse next month. The tower was first lit on 2 May "
     "1905 by the harbour board.", "2025-04-03"),
    # a period's last day after "until" and a clause with a plural subject
    ("The strike lasted 14 days, from June 2 until drivers returned to the depots on June 20.", "FC507",
     "The strike lasted 18 days, from June 2 until drivers returned to the depots on June 20.", None),
    # things listed first, then taken up by a colon and a pronoun and counted
    ("Oats, barley, rye and spelt: these are the three grains the mill will stop buying next year.", "FC410",
     "Oats, barley, rye and spelt: these are the four grains the mill will stop buying next year.", None),
    # times on the 24-hour clock, one of them told with a leading zero
    ("The overnight coach left at 07:20 and reached the coast at 19:05, a run of 12 hours and 45 minutes.", "FC509",
     "The overnight coach left at 07:20 and reached the coast at 19:05, a run of 11 hours and 45 minutes.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert any(r.startswith(rule) for r in flagged_rules(flagged_text, published)), flagged_rules(flagged_text, published)
    assert not flagged(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # "exactly" beside rounded counts
    ("Exactly a quarter of the 208,400 voters - 52,100 of them - stayed at home.", None),
    # an evening time on the 24-hour clock, then a morning one with a leading zero: across midnight
    ("The ferry left at 22:30 and docked at 06:10, a crossing of seven hours and 40 minutes.", None),
    # the round's learning-set alarms: a sex beside an age and a story, among three parts; those who began, then
    # those who got to the end
    ("The night shelter registered 480 regular guests this winter. Of those, 300 are men, 260 are over 60 and 120 "
     "told staff they had slept outside at least once.", None),
    ("Of the 350 permits issued for the peak this spring, 320 climbers actually set foot on the mountain and 250 "
     "reached the summit.", None),
    # a headline's move against an opening sentence of two moves: which one?
    ("Library visits up 14%\nLoans rose 17% and visits rose 12% in the year to April.", None),
    # a tenure that ended in the past is not measured to the publication date
    ("Ruth Onslow, who joined the school in 1991, retired in 2019 after 28 years.", "2025-07-10"),
    # the years of a post, not of the whole time there
    ("Ruth Onslow, who joined the school in 1991, retires this month after 20 years in charge.", "2025-07-10"),
    # a figure between the list and the total may be one more part
    ("Nine men and eleven women will travel with four reserves, 24 in all.", None),
    ("Nine men and eleven women will travel with four reserves, 23 in all.", None),
    # a general word far from the count after it: some of them, not all
    ("The strait handles some 400 commercial vessels a day. The two ships are registered in Monrovia.", None),
    # the pair's share told with the change inside the apposition is not read
    ("Girls now make up 45% of the club - 18 of its 52 members, up from 12 - the club said.", None),
])
def test_false_alarms_and_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # near misses keep their reading
    ("The overnight coach left at 21:30 and arrived at 06:10, a journey of seven hours.", "FC509", None),
    # men, women and children stay the parts of one whole
    ("Of the 480 guests, 300 are men, 150 are women and 40 are children.", "FC101", None),
    ("Of the 1,213 runners, 1,150 finished the race and 80 dropped out.", "FC10", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

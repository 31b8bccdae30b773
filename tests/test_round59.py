"""Round 59: the shapes behind the false alarms of round 58's sealed sets r58a-d, once opened, told in our own
words -- texts that must stay silent (the alarms' shapes), then texts that must still be flagged beside them."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


@pytest.mark.parametrize("text, published", [
    # a sentence opening on another of the kind told before: "its" is that other's own
    ("The morning ferry to Skye sailed with 212 passengers. A second crossing, the 14:20, was delayed, and its 96 "
     "passengers waited on the quay.", None),
    ("The Westgate plant employs 740 people. Another plant, in Dunmore, is closing, and its 310 staff face "
     "redundancy.", None),
    # habits, each told by a verb of its own and its object: one pupil may have several
    ("Millbrook Primary has 280 pupils. Of those, 170 eat a school dinner, 150 walk to school and 40 join the "
     "chess club.", None),
    # a part told as women beside a part told by what its people have done, in the perfect
    ("Of the 64 nurses on the ward, 41 are women, 25 have worked there for over a decade and 6 are agency "
     "staff.", None),
    # "elsewhere" counts nothing: the last part is a measure like the others
    ("Growers harvested about 2.4 million tonnes last season: 1.35 million tonnes in the north, 0.71 million in the "
     "south and 0.36 million elsewhere.", None),
])
def test_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # the same flight told again, no other one opened: still a restatement
    ("The morning ferry to Skye sailed with 212 passengers. The crossing was delayed, and its 196 passengers "
     "waited on the quay.", "FC40", None),
    # kinds of travel to school, each its own noun: still a breakdown
    ("Millbrook Primary has 280 pupils. Of those, 170 walk, 80 come by bus and 50 cycle.", "FC10", None),
    # women and men: still a breakdown
    ("Of the 64 nurses on the ward, 41 are women and 25 are men.", "FC10", None),
    # the parts ending "elsewhere" that miss the total still do
    ("Growers harvested about 2.9 million tonnes last season: 1.35 million tonnes in the north, 0.71 million in the "
     "south and 0.36 million elsewhere.", "FC10", None),
])
def test_still_flagged(text, rule, published):
    assert any(r.startswith(rule) for r in flagged_rules(text, published)), flagged_rules(text, published)


# (round 59) readings learnt from round 58's misses, each with a near miss that stays silent
NEW_FLAGS = [
    # a percentage fall to a half-year's level, the old level "compared with" after that half
    ("Ticket revenue fell 18.2% to £6.1m in the first half, compared with £7.9m a year earlier.", "18.2%", None),
    # two figures joined by "and", each placed, then ", a gap of"
    ("The band sold 96,000 albums in Norway and 51,000 in Denmark, a gap of 55,000 that its label blamed on radio.",
     "55,000", None),
    # a part of a whole, then its share of "the day's" same things
    ("Snow cancelled 18 of the 36 trains due at Kirkby on Tuesday, a third of the day's services.", "a third", None),
    # a verb of halving, its object, then a relative clause moving it between two levels
    ("The surgery says it has halved the wait for a routine appointment, which has fallen from 21 days to 14 days.",
     "halved", None),
    # a count of nations before a colon, the bridge naming one event by "the final of the ... heats"
    ("Four nations reached the final of the women's coxless pairs at the European trials in Varese: Italy, Spain and "
     "Greece.", "Four", None),
    # an anniversary whose event is set apart by the thing that made it, then dated
    ("Today marks the 60th anniversary of the first bus into Glenmore, a coach that arrived on May 2, 1968 with nine "
     "passengers.", "60th anniversary", "2025-05-02"),
    # a figure grouped in thousands after a place's label word is a count, not a name
    ("The airport handled 9.1 million passengers last year. The north terminal handled 4,900,000 passengers and "
     "the south terminal 4,600,000.", "9.1 million", None),
    # a share of "the pups" after a list of the place counts: the whole is the largest count of them
    ("Wardens counted 1,800 chicks on the island this summer. This season 1,020 chicks hatched on the cliffs, 530 on "
     "the dunes and 250 in the marsh. About 5% of the chicks, 180, died in a storm.", "About 5%", None),
    # one fire's burnt area told again in a relative clause on "the blaze"
    ("A bushfire near Walcha has burned 4,100 hectares of grazing land, officials said. Crews are trying to hold the "
     "blaze, which has already consumed 1,400 hectares, behind a firebreak.", "1,400 hectares", None),
    # "a crowd of N" taken up as "the crowd of N"
    ("A crowd of 9,214 saw Ashby win the derby on Saturday. Club officials said the crowd of more than 10,000 was "
     "the biggest in a decade.", "more than 10,000", None),
    # a margin between the two times is no third time
    ("Moa Lind won the slalom in a time of 1:41.28, beating Eva Holm by 0.52 seconds. Lind said her winning time of "
     "1:42.18 came from a fast second run.", "1:42.18", None),
    # a two-digit share restated as the rate of the verb it was told by
    ("Just 47% of students passed the driving theory test this spring. The centre blamed the 74% pass rate on a new "
     "question bank.", "74%", None),
    # "all N" dated only by a deadline for what will be done to them
    ("The museum has acquired a set of 1,400 photographs taken between 1931 and 1950. Staff plan to scan all 4,100 "
     "photographs by the end of next year.", "4,100", None),
    # a gathered whole named before "of" its figure
    ("The county library holds some 640,000 books in its stores. A new building would house the collection of "
     "460,000 books and a reading room.", "460,000", None),
    # a short unit's figure on the same noun as the longer one's modifier
    ("Work on a new 46-kilometre cycle path began on Monday. The 64km path will link the two towns by 2027.", "64km",
     None),
    # the noun's "in" naming what moved
    ("Passenger numbers at the port rose 9% in the first half. The harbour master said the 7% increase in "
     "passengers had come despite the loss of a ferry.", "7%", None),
    # "a club-record tally of" the parts before it
    ("Dunmore scored 41 goals at home and 29 away this season, a club-record tally of 72.", "72", None),
    # "The N-year-old" and a verb in the present before a name, after a birth told on the subject
    ("Dr Lena Brook, who was born in 1961, has been named head of the trust. The 57-year-old replaces Dr Tom Hale.",
     "57-year-old", "2025-06-02"),
    # a short unit's figure on a noun the modifier's phrase holds past a participle
    ("Work began on a new 38-kilometre tram line linking the port to the airport. The 83km line will open in 2028.",
     "83km", None),
    # a capacity in tonnes told again by its act's noun, the unit spelt the other way
    ("The new warehouse can hold 8,400 tonnes of grain. Its owner says the 4,800-tonne capacity will let it serve "
     "two mills.", "4,800-tonne", None),
    # a relative clause of ten words before the copula and the names
    ("The four towns that have bid to host the regional games in the summer are Arden, Bexley and Colne.",
     "four", None),
    # an "-ing" participle counts its people as its past would
    ("A bus slid off the road in the snow, injuring 9 passengers. A spokesman said all 11 injured passengers had "
     "gone home.", "11", None),
    # a clock time in one sentence, the other in the next with its span "later"
    ("The alarm was raised at 10.20pm. Rescuers reached the boat at 1.05am, three hours and 5 minutes later.",
     "three hours", None),
    # one event's day told again as "the DAY NOUN"
    ("Staff will strike on 9 October over pay. Managers hope to avert the 10 October strike.", "10 October", None),
    # a weight named again by its noun and "of", two digits swapped
    ("Police seized 4.7 tonnes of cocaine from a container ship. 'This haul of 7.4 tonnes is a record,' the chief "
     "said.", "7.4 tonnes", None),
    # answers to the one question the sentence opens on, "said" after each share
    ("Asked how often they use the library, 52% of members said weekly, 31% said monthly and 24% said rarely.",
     "24%", None),
    # a share "of the fleet" drawn from "N of the M boats", told of the other outcome
    ("Only 20 of the 40 yachts that set out finished the race, meaning three-quarters of the fleet retired.",
     "three-quarters", None),
    # a headline's loss against the lead's closures, the part of a possessive whole
    ("Rail operator to lose six ticket offices\nThe company said on Monday that eight of the region's 40 ticket "
     "offices will close next year.", "eight", None),
    # a currency written with its country's letters and the cent sign
    ("Exports reached GH¢3.6bn last year. The minister said the GH¢360m earned would fund new roads.", "GH¢360m",
     None),
    # a headline's bare count of the hurt against the lead's people "were injured"
    ("Five hurt in mine blast\nFour miners were injured when a charge went off early at the pit on Monday.", "Four",
     None),
    # a headline's sum on a noun priced in the lead by "costing"
    ("Pier reopens after £2.6m repair\nThe pier reopened to walkers on Friday after a year-long repair costing "
     "£2.9m, most of it paid by the council.", "£2.9m", None),
    # a price told by its verb, then as "its price of", for the same thing
    ("The bakery's new sourdough sells for £4.20 a loaf. Customers have queued for it despite its price of £4.50 a "
     "loaf.", "£4.50", None),
    # sportspeople of the one kind the passage names, told again as athletes; canoeists as paddlers
    ("The league has banned eight players for a season over match-fixing. Officials said the six athletes may "
     "appeal.", "six", None),
    ("Nine canoeists were rescued from the lake on Sunday. A ranger said all 11 paddlers were unhurt.", "11", None),
    # the act named as a noun before "of" and the count
    ("Eleven riders withdrew from the rally after the storm. Officials said the withdrawal of nine riders was "
     "the right call.", "nine", None),
]


@pytest.mark.parametrize("text, target, published", NEW_FLAGS)
def test_new_reading_flagged(text, target, published):
    from checker import check_text
    found = [text[f.start:f.end] for f in check_text(text, published) if f.is_problem]
    assert any(target in span for span in found), found


@pytest.mark.parametrize("text, published", [
    ("Ticket revenue fell 22.8% to £6.1m in the first half, compared with £7.9m a year earlier.", None),
    # a week's change told before its level stays apart from the year-earlier level
    ("Claims fell by 3,100 in the week to 211,000, compared with 251,000 a year earlier.", None),
    ("The band sold 96,000 albums in Norway and 51,000 in Denmark, a gap of 45,000 that its label blamed on radio.",
     None),
    ("Snow cancelled 12 of the 36 trains due at Kirkby on Tuesday, a third of the day's services.", None),
    ("The surgery says it has halved the wait for a routine appointment, which has fallen from 28 days to 14 days.",
     None),
    ("Three nations reached the final of the women's coxless pairs at the European trials in Varese: Italy, Spain "
     "and Greece.", None),
    ("Today marks the 57th anniversary of the first bus into Glenmore, a coach that arrived on May 2, 1968 with nine "
     "passengers.", "2025-05-02"),
    ("The airport handled 9.5 million passengers last year. The north terminal handled 4,900,000 passengers and "
     "the south terminal 4,600,000.", None),
    ("Wardens counted 1,800 chicks on the island this summer. This season 1,020 chicks hatched on the cliffs, 530 on "
     "the dunes and 250 in the marsh. About 10% of the chicks, 180, died in a storm.", None),
    ("A bushfire near Walcha has burned 4,100 hectares of grazing land, officials said. Crews are trying to hold the "
     "blaze, which has already consumed 4,100 hectares, behind a firebreak.", None),
    # an earlier time of the fire, in the past perfect
    ("A bushfire near Walcha has burned 4,100 hectares of grazing land. The blaze, which had burned 1,400 hectares "
     "by Monday, is now contained.", None),
    ("A crowd of 9,214 saw Ashby win the derby on Saturday. Club officials said the crowd of more than 9,000 was "
     "the biggest in a decade.", None),
    # another game's crowd
    ("A crowd of 9,214 saw Ashby win the derby on Saturday. The crowd of 12,000 at last week's cup tie was bigger.",
     None),
    ("Moa Lind won the slalom in a time of 1:41.28, beating Eva Holm by 0.52 seconds. Lind said her winning time of "
     "1:41.28 came from a fast second run.", None),
    ("Just 47% of students passed the driving theory test this spring. The centre blamed the 74% pass rate in "
     "Leeds on a new question bank.", None),
    ("The museum has acquired a set of 1,400 photographs taken between 1931 and 1950. Staff plan to scan all 1,400 "
     "photographs by the end of next year.", None),
    # a whole's own workforce is no restatement of those hired
    ("Of the 520 nurses the trust hired this year, 210 trained abroad. Across its workforce of 8,600 nurses, the "
     "share is 16%.", None),
    ("Work on a new 46-kilometre cycle path began on Monday. The 46km path will link the two towns by 2027.", None),
    # a short unit's figure on another noun
    ("The 46-km pipeline will run to the coast. The firm gave no cost for the 12 km spur inland.", None),
    ("Passenger numbers at the port rose 9% in the first half. The harbour master said the 7% increase in fares "
     "had cost the port trade.", None),
    ("Dunmore scored 41 goals at home and 29 away this season, a club-record tally of 70.", None),
    # an option to lengthen a contract: the longer deal is a might-be
    ("The striker has signed a two-year deal, with the option of a further year. If the option is taken up, the "
     "three-year deal would run until 2028.", None),
    ("Dr Lena Brook, who was born in 1961, has been named head of the trust. The 63-year-old replaces Dr Tom Hale.",
     "2025-06-02"),
    ("Work began on a new 38-kilometre tram line linking the port to the airport. The 38km line will open in 2028.",
     None),
    ("The new warehouse can hold 8,400 tonnes of grain. Its owner says the 8,400-tonne capacity will let it serve "
     "two mills.", None),
    ("The four towns that have bid to host the regional games in the summer are Arden, Bexley, Colne and Dent.",
     None),
    ("A bus slid off the road in the snow, injuring 9 passengers. A spokesman said all 9 injured passengers had "
     "gone home.", None),
    ("The alarm was raised at 10.20pm. Rescuers reached the boat at 1.05am, two hours and 45 minutes later.", None),
    # another length in the first sentence: whose span?
    ("The alarm was raised at 10.20pm after a two-hour search. Rescuers reached the boat at 1.05am, three hours "
     "later.", None),
    ("Staff will strike on 9 October over pay. Managers hope to avert the 9 October strike.", None),
    ("Police seized 4.7 tonnes of cocaine from a container ship. 'This haul of 4.7 tonnes is a record,' the chief "
     "said.", None),
    # a change named by its noun and "of" is no restatement
    ("Police seized 4.7 tonnes of cocaine this year. The rise of 7.4 tonnes on last year was put down to new "
     "scanners.", None),
    ("Asked how often they use the library, 52% of members said weekly, 31% said monthly and 17% said rarely.",
     None),
    ("Only 10 of the 40 yachts that set out finished the race, meaning three-quarters of the fleet retired.", None),
    ("Rail operator to lose eight ticket offices\nThe company said on Monday that eight of the region's 40 ticket "
     "offices will close next year.", None),
    ("Eleven riders withdrew from the rally after the storm. Officials said the withdrawal of eleven riders was "
     "the right call.", None),
    # the noun again, no verb of its act
    ("The rights issue was on the basis of five new shares for every three held. The revised plan would involve "
     "the issue of 24 new shares.", None),
    ("Five hurt in mine blast\nFive miners were injured when a charge went off early at the pit on Monday.", None),
    ("Pier reopens after £2.6m repair\nThe pier reopened to walkers on Friday after a year-long repair costing "
     "£2.6m, most of it paid by the council.", None),
    ("The bakery's new sourdough sells for £4.20 a loaf. Customers have queued for it despite its price of £4.20 a "
     "loaf.", None),
    # another thing priced, or the old price
    ("The bakery's new sourdough sells for £4.20 a loaf. Its price of £1.50 a roll has not changed.", None),
    ("The bakery's sourdough now sells for £4.20 a loaf. Customers miss its old price of £3.80 a loaf.", None),
    ("The league has banned eight players for a season over match-fixing. Officials said the eight athletes may "
     "appeal.", None),
    ("Nine canoeists were rescued from the lake on Sunday. A ranger said all nine paddlers were unhurt.", None),
    # the day moved: no restatement
    ("Staff were to strike on 9 October, but the walkout was postponed. The 16 October strike will go ahead.", None),
])
def test_new_reading_silent(text, published):
    from checker import check_text
    assert not [f for f in check_text(text, published) if f.is_problem]

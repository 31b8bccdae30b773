"""Round 52: the shapes behind the misses and false alarms of round 51's sealed sets r51a-d and of round 52's open
learning sets, once opened, told in our own words -- each with a text that must be flagged and one that must not,
then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a year after "since" is no year of the day
    ("Bus drivers in the city will strike on Monday, June 17, their union said, in the first walkout on the network "
     "since 2024.", "FC501",
     "Bus drivers in the city will strike on Tuesday, June 17, their union said, in the first walkout on the network "
     "since 2024.", "2025-06-02"),
    # the rest's share after "for", as each share before it
    ("Oak accounted for 52% of the timber sold at the auction, ash for 31% and beech for the remaining 22%.", "FC202",
     "Oak accounted for 52% of the timber sold at the auction, ash for 31% and beech for the remaining 17%.", None),
    # shares of a whole the sentence opens on, the rest's share opening the next sentence
    ("Of the county's grain harvest, 61% was sold to millers and 27% went for animal feed. The remaining 17% was "
     "stored on farms.", "FC202",
     "Of the county's grain harvest, 61% was sold to millers and 27% went for animal feed. The remaining 12% was "
     "stored on farms.", None),
    # hectolitres, written out and as a symbol
    ("The winery made 9,600 hectolitres last year: red accounted for 5,100hl, white for 3,200hl and rosé for "
     "the remaining 1,500hl.", "FC101",
     "The winery made 9,800 hectolitres last year: red accounted for 5,100hl, white for 3,200hl and rosé for "
     "the remaining 1,500hl.", None),
    # a measure's two levels beside the percentage told a sentence before
    ("The port will raise its grain handling capacity by 45%, its owner said. Capacity will rise to 3,900 tonnes "
     "a day from 3,000 tonnes.", "FC206",
     "The port will raise its grain handling capacity by 30%, its owner said. Capacity will rise to 3,900 tonnes "
     "a day from 3,000 tonnes.", None),
    # a lead's year against a headline that names none
    ("Aquarium sets record with 418,000 visitors\nThe aquarium welcomed 481,000 visitors in 2024, its director said.",
     "FC401",
     "Aquarium sets record with 418,000 visitors\nThe aquarium welcomed 418,000 visitors in 2024, its director said.",
     "2025-01-20"),
    # a currency named with its nation, then joined to the noun
    ("The new metro line will cost 2.7 billion Swedish kronor. Opponents say the 2.7m-kronor scheme is too dear.",
     "FC402",
     "The new metro line will cost 2.7 billion Swedish kronor. Opponents say the 2.7bn-kronor scheme is too dear.",
     None),
    # a measure's scale word spelt out, then cut short and joined to the noun
    ("The glacier lost an estimated 34 billion tonnes of ice last year. The 43bn-tonne loss was the worst on "
     "record.", "FC406",
     "The glacier lost an estimated 34 billion tonnes of ice last year. The 34bn-tonne loss was the worst on "
     "record.", None),
    # a scale word against the figure in full, two digits swapped
    ("The ferry line carried 2.6m passengers last year. Its chief executive said the 2,060,000 passengers carried "
     "last year were a record.", "FC406",
     "The ferry line carried 2.6m passengers last year. Its chief executive said the 2,600,000 passengers carried "
     "last year were a record.", None),
    # anniversaries: a reduced participle of its start; a name's event; the start a fronted participle of the next
    # sentence; the first of its kind made in a year
    ("Crowds gathered on the quay today to mark the 125th anniversary of the pier, first opened in 1903.", "FC505",
     "Crowds gathered on the quay today to mark the 122nd anniversary of the pier, first opened in 1903.",
     "2025-08-02"),
    ("Sunday marks the 30th anniversary of Kelso's founding in 1993, and a parade is planned through the town.",
     "FC505",
     "Sunday marks the 32nd anniversary of Kelso's founding in 1993, and a parade is planned through the town.",
     "2025-08-02"),
    ("The Marlow Cup celebrates its 40th anniversary this weekend. First contested in 1988, the competition now draws "
     "30 clubs.", "FC505",
     "The Marlow Cup celebrates its 37th anniversary this weekend. First contested in 1988, the competition now draws "
     "30 clubs.", "2025-08-02"),
    ("The brewery, which brewed its first ale in 1935, marks its centenary this year with a festival.", "FC505",
     "The brewery, which brewed its first ale in 1925, marks its centenary this year with a festival.", "2025-08-02"),
    # ages: a death's sentence telling what the person founded; a fronted age of the pronoun subject
    ("Ada Moss, who founded Moss Bakery on Bridge Street in 1962, has died aged 80, her family said. Born in 1936, "
     "she baked for the town for six decades.", "FC506",
     "Ada Moss, who founded Moss Bakery on Bridge Street in 1962, has died aged 88, her family said. Born in 1936, "
     "she baked for the town for six decades.", "2025-03-01"),
    ("Born in Leeds in 1990, Sam Oduya took up rowing at 12. At 31 he says the Henley final will be his last race.",
     "FC506",
     "Born in Leeds in 1990, Sam Oduya took up rowing at 12. At 34 he says the Henley final will be his last race.",
     "2025-03-01"),
    # sums: a part of a long owner's whole, the others told by verbs in the present
    ("Nine of the Red Lion quiz league's 24 teams are from the town, eight play in the villages and the remaining "
     "nine compete from further afield.", "FC101",
     "Nine of the Red Lion quiz league's 26 teams are from the town, eight play in the villages and the remaining "
     "nine compete from further afield.", None),
    # the starters of a race, each finished, gave up or was put out
    ("Of the 121 riders who started, 98 finished, 15 abandoned and four were eliminated.", "FC101",
     "Of the 117 riders who started, 98 finished, 15 abandoned and four were eliminated.", None),
    # goals by where they came from, one from "the back"
    ("The side's 33 goals came from all over: 12 from the wings, 11 from the back court and eight from penalties.",
     "FC101",
     "The side's 31 goals came from all over: 12 from the wings, 11 from the back court and eight from penalties.",
     None),
    # a sum joined to its currency's name, then its parts in brackets
    ("The council approved a 3.2bn-rand budget, split between housing (1.5bn), roads (1.1bn) and clinics (0.8bn).",
     "FC101",
     "The council approved a 3.4bn-rand budget, split between housing (1.5bn), roads (1.1bn) and clinics (0.8bn).",
     None),
    # "Of that," after a sum: its parts may not exceed it
    ("The festival took £2.4m last year. Of that, tickets brought in £1.6m, bars £0.7m and sponsors £0.5m.", "FC102",
     "The festival took £2.8m last year. Of that, tickets brought in £1.6m, bars £0.7m and sponsors £0.5m.", None),
    # a measure's scaled parts, the last with a verb's particle after it; the total's scale word in the message
    ("Of the 820 million litres pumped, 510 million went to farms, 230 million to the town and the remaining 60 "
     "million was set aside.", "FC101",
     "Of the 800 million litres pumped, 510 million went to farms, 230 million to the town and the remaining 60 "
     "million was set aside.", None),
    # an anniversary marked "today", a "last resident keeper" no other time
    ("Crowds gathered today to mark the 125th anniversary of the pier, first opened in 1903, with a service led by "
     "its last resident keeper.", "FC505",
     "Crowds gathered today to mark the 122nd anniversary of the pier, first opened in 1903, with a service led by "
     "its last resident keeper.", "2025-08-02"),
    # the dead told again by their death, past others told safe
    ("Two fishermen drowned when their boat sank off the headland. A third was pulled from the sea. The three men who "
     "died were from the same village.", "FC402",
     "Two fishermen drowned when their boat sank off the headland. A third was pulled from the sea. The two men who "
     "died were from the same village.", None),
    # a whole told across as many places as the next sentence lists, each placed by name
    ("Floods have cut off 14,600 homes across three counties, officials said. They counted 6,200 in Ardle, 5,100 in "
     "Bream and 2,300 in Corrin.", "FC101",
     "Floods have cut off 13,600 homes across three counties, officials said. They counted 6,200 in Ardle, 5,100 in "
     "Bream and 2,300 in Corrin.", None),
    # list counts: things found among others; towns counted and listed, more planned; days named in the plural;
    # "naming them as"
    ("Divers recovered four wrecks among the reefs: the Alba, the Corran and the Maeve.", "FC410",
     "Divers recovered three wrecks among the reefs: the Alba, the Corran and the Maeve.", None),
    ("The bakery opened shops in three villages this spring -- Ardley, Bix, Cole and Dunmore -- and plans two more.",
     "FC410",
     "The bakery opened shops in four villages this spring -- Ardley, Bix, Cole and Dunmore -- and plans two more.",
     None),
    ("The pool opens to schools two days a week -- Tuesdays, Thursdays and Fridays -- from September.", "FC410",
     "The pool opens to schools three days a week -- Tuesdays, Thursdays and Fridays -- from September.", None),
    ("Officers arrested four men, naming them as Ivo Brand, Luca Moss and Tom Reyes.", "FC410",
     "Officers arrested three men, naming them as Ivo Brand, Luca Moss and Tom Reyes.", None),
    # digit slips: a body's size as "N-member", then its people; a change restated with the thing changed; a place's
    # start by another verb of starting; a currency's singular joined to the noun
    ("The 74-member choir flies to Vienna on Friday. Its director said all 47 of its singers would perform.", "FC406",
     "The 74-member choir flies to Vienna on Friday. Its director said all 74 of its singers would perform.", None),
    # (round 59: read first as the rise restated, "the 81 per cent rise in members" naming what rose, FC402; the
    # digit-slip reading stands down where a restatement reads the same two)
    ("Membership of the rowing club rose 18 per cent last year to 640. Its chairman put the 81 per cent rise in "
     "members down to the new boathouse.", "FC402",
     "Membership of the rowing club rose 18 per cent last year to 640. Its chairman put the 18 per cent rise in "
     "members down to the new boathouse.", None),
    ("The night shelter, founded in 1993 by two nurses, will close in May. Since it opened in 1939, it has housed "
     "4,000 people.", "FC406",
     "The night shelter, founded in 1993 by two nurses, will close in May. Since it opened in 1993, it has housed "
     "4,000 people.", None),
    ("The miner will invest 3.1bn roubles in a new shaft. Its director said the 3.1m-rouble project would create "
     "200 jobs.", "FC409",
     "The miner will invest 3.1bn roubles in a new shaft. Its director said the 3.1bn-rouble project would create "
     "200 jobs.", None),
    # a gap between the subject's figure and a rival's told in a relative clause, or after a colon
    ("Lind weighed in at 93.2kg, 1.5kg heavier than Okoro, who came in at 92.1kg.", "FC301",
     "Lind weighed in at 93.2kg, 1.1kg heavier than Okoro, who came in at 92.1kg.", None),
    ("Their crew won in 6:02.4, a margin of 2.9 seconds over Ely, who clocked 6:04.3.", "FC301",
     "Their crew won in 6:02.4, a margin of 1.9 seconds over Ely, who clocked 6:04.3.", None),
    ("The count ended with the gap between the two candidates at 820 votes: Ross took 14,310 and Dale 13,590.",
     "FC301",
     "The count ended with the gap between the two candidates at 720 votes: Ross took 14,310 and Dale 13,590.", None),
    # days between the day something began and the day it ended, its length after them
    ("The rowers left Lagos on 4 March and reached Antigua on 19 April after a 43-day crossing.", "FC507",
     "The rowers left Lagos on 4 March and reached Antigua on 19 April after a 46-day crossing.", "2025-05-01"),
    ("The winter road, which opened on 27 December, closed on 1 April after 84 days in use.", "FC507",
     "The winter road, which opened on 27 December, closed on 1 April after 95 days in use.", "2025-04-10"),
    # a clock span told "later", before or after the second time; a tow across midnight
    ("The climbers set off at 04:20 and reached the summit 7 hours 25 minutes later, at 11:05.", "FC509",
     "The climbers set off at 04:20 and reached the summit 6 hours 45 minutes later, at 11:05.", None),
    ("The tug took the barge in tow at 23:10 and reached port at 04:40, a tow of seven hours.", "FC509",
     "The tug took the barge in tow at 23:10 and reached port at 04:40, a tow of five and a half hours.", None),
    # a share of a whole: the part as the subject of a verb of covering; the pair set apart after the share; the
    # count set apart after "of them" and a short clause
    ("The council's grant of £1.8m covers 25% of the theatre's £5.4m running costs.", "FC201",
     "The council's grant of £1.8m covers a third of the theatre's £5.4m running costs.", None),
    ("Orchards lost 18% of their trees to the storm - 2,700 of the 12,000 trees on the estate - the owners said.",
     "FC201",
     "Orchards lost 22.5% of their trees to the storm - 2,700 of the 12,000 trees on the estate - the owners said.",
     None),
    ("The line ran 3,200 trains last month and 88% of them arrived on time -- 2,980 services, the operator said.",
     "FC201",
     "The line ran 3,200 trains last month and 93% of them arrived on time -- 2,980 services, the operator said.",
     None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert rule in flagged_rules(flagged_text, published)
    assert rule not in flagged_rules(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # the false alarms of r51c and r51d, retold: a weight class with its hedge hyphened; a participle on a named
    # item between commas; a part told by sex beside a part told by what befell it
    ("The champion boxes at under-57kg (126lb) and has won 14 of her 15 fights.", None),
    ("The ferry firm will open two routes this summer: the Orla to Kirkwall, sailing three times a week, and the "
     "Fenna to Lerwick, which will sail daily.", None),
    ("Officers stopped 260 drivers over the weekend. Of those, 150 were men over 60 and 140 failed an eyesight "
     "test, the force said.", None),
    # the false alarms of r52f and r52h, retold: the beds of a darts finish; a rival's score after "with"; two
    # dimensions of one thing; a range of weekdays as one item
    ("She took the leg with a 161 finish -- treble 20, treble 17, bull -- to level the match.", None),
    ("Moss finished on 206, with Keane on 208 and Ruiz two shots further back after a 70 on Sunday.", None),
    ("Built in 1931, the viaduct is 38 metres high and 1.4km long, and carries 120 trains a day.", None),
    ("The library opens on six days a week: Monday to Friday and Saturday morning.", None),
    # near misses: a whole across more places than the list names
    ("Floods have cut off 14,600 homes across four counties, officials said. They counted 6,200 in Ardle, 5,100 in "
     "Bream and 2,300 in Corrin.", None),
    # near misses: more told dead between; the dead of another event
    ("Two fishermen drowned when their boat sank. A third died later in hospital. The three men who died were "
     "brothers.", None),
    # near misses: a length later than planned
    ("The train left at 9:10 and arrived at 11:40, 20 minutes later than planned.", None),
    # near misses: a record's figure before the gap; a score told against par
    ("He took 12 seconds off the old record of 2:06:10 and finished 20 seconds ahead of Kiprop, who crossed the line "
     "in 2:06:18.", None),
    ("She closed with a 67 to finish at eight under, four shots clear of Hale, who ended on four under.", None),
    # near misses: some of a body's people; a change in another thing
    ("The 74-member choir flies to Vienna on Friday. Its director said 47 of its singers would perform.", None),
    ("Membership of the rowing club rose 18 per cent last year to 640. Its chairman said the 81 per cent rise in "
     "fees had not put anyone off.", None),
    # near misses: more places beyond the list; a count of things placed in towns (two may share one)
    ("The bakery opened shops in six villages -- Ardley, Bix, Cole and Dunmore -- and two more in Kent.", None),
    ("The bakery opened four shops this spring, in Ardley, Bix and Cole.", None),
    # near misses: two outcomes only, some riders unaccounted for; a verb's noun ("play areas")
    ("Of the 120 riders who started, 98 finished and 15 abandoned.", None),
    ("Of the park's 30 acres, 12 hold play areas and nine are woodland.", None),
    # near misses: a fronted age told in the past; a participle of another thing's start
    ("Born in 1990, Sam Oduya won his first title in 2012. At 21, he was the youngest champion.", "2025-03-01"),
    # near misses: a slip in full of another thing; a round figure in full beside a scaled one
    ("The ferry line carried 2.6m passengers last year. It also carried 2,060,000 cars.", None),
    ("The firm made a profit of 1.4m kroner. The 1,400,000-kroner profit was its first.", None),
    # near misses: the rest's share of another whole; another whole's shares
    ("Of the crop, 46% went to spinners and 38% was shipped abroad. The other 12% of growers sold nothing.", None),
])
def test_false_alarms_and_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # near misses keep their reading: a minus sign set apart from its hedge; an -ing item in a list of
    # activities; both parts told by sex, or both by a verb
    ("The forecast low of below -5C (33F) surprised no one.", "FC601", None),
    ("The camp offers two sports: swimming in the lake, running on the hills and cycling.", "FC410", None),
    ("Officers stopped 260 drivers. Of those, 150 were men and 140 were women.", "FC101", None),
    ("Officers stopped 260 drivers. Of those, 150 failed a breath test and 140 failed an eyesight test.", "FC102",
     None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

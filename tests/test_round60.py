"""Round 60: the shapes behind the false alarms of round 59's sealed sets, once opened, told in our own words --
texts that must stay silent, then texts that must still be flagged beside them."""
from __future__ import annotations

import pytest

from shapes import assert_target_flagged, flagged, flagged_rules


@pytest.mark.parametrize("text, published", [
    # two sides of one thing, each its own size: the one compared is the other side
    ("The northern runway at the new airport is 3,200 metres long, 400 metres longer than the southern runway, which "
     "measures 2,800 metres.", None),
    ("The upper tunnel is 2.4km long, while the lower tunnel, which stretches 3.1km, carries freight.", None),
    # the thing a new one replaces is the old one
    ("The new bridge at Kelso will be 212 metres long and will replace the 188-metre Victorian bridge, which was "
     "shut in 2019.", None),
])
def test_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # one side told twice with two sizes: still a restatement
    ("The northern runway at the new airport is 3,200 metres long. Pilots say the 2,300-metre northern runway is "
     "too short for the largest jets.", "FC40", None),
    # the new one told again: still a restatement
    ("The new bridge at Kelso will be 212 metres long. Work on the 221-metre bridge starts in May.", "FC40", None),
])
def test_still_flagged(text, rule, published):
    assert any(r.startswith(rule) for r in flagged_rules(text, published)), flagged_rules(text, published)


# (round 60) readings learnt from round 59's opened misses, each with a near miss that stays silent
NEW_FLAGS = [
    # an age on a name that owns something national, the birth year in the next sentence
    ("Aliya Serik, 52, has trained Kazakhstan's national fencing squad since 2001. Born in 1966 in Almaty, she took up "
     "the sabre at the age of nine.", "52", "2025-03-10"),
    # a crossing's length, then a clause of why with no determiner on its subject
    ("The first ferry left Oban at 08:10 and docked at Craignure at 09:05, a crossing of one hour and 15 minutes after "
     "strong winds slowed the boat.", "one hour", None),
    # a lead over a rival told by name and "on"
    ("Moreau scored 588 in the qualifying round, 11 points clear of Lindqvist on 580, to top the standings.", "11",
     None),
    # a figure's noun, then "leave" and the subject by name, the gap "clear of" a rival
    ("His 2,940 ranking points leave Tomas Brand 610 clear of third-placed Ivo Rask, who has 2,410.", "610", None),
    # an increase of "a dozen" after a dash, the cause told "largely to"
    ("The hamlet now has 58 residents, up from 49 in 2016 – an increase of a dozen, thanks mainly to three young "
     "families.", "a dozen", None),
    # a school year's number between the whole and its share
    ("Of the 1,840 pupils in the county who sat this spring's Year 9 science papers, 55% — 1,102 pupils — passed.",
     "55%", None),
    # a toll broken down in the next sentence
    ("Farmers lost a total of 12,600 animals in the floods, the ministry said. The toll comprised 7,100 sheep, 3,900 "
     "goats and 1,400 cattle.", "12,600", None),
    # a copula list after a post-modifier holding a name with a small word inside it
    ("The four cyclists picked for the Vuelta a Burgos are Ana Silva, Rui Costa and Joao Reis.", "four", None),
    # a copula list after a shared head: "the branches on"
    ("The four banks set to shut are the branches on Mill Lane, Castle Street and Bridge Road, the group said.", "four",
     None),
    # a team sized in a compound, then "of" and its members by name
    ("The four-strong relay team of Okoro, Bassey, Eze, Lawal and Musa will race in Rome next week.", "four-strong",
     None),
    # role groups under a plural in "-men"
    ("Kenya have named three new caps for the series: batsmen Peter Ouma and David Mwangi, seamer Joel Kiprop and "
     "spinner Eli Otieno.", "three", None),
    # a thing's parts told by "breaks down into" after its cost
    ("The bridge repair is priced at £3.2m. The council's plan breaks down into £1.9m for the deck, £0.8m for the "
     "piers and £0.7m for resurfacing.", "£3.2m", None),
    # a total set out as a label after the parts
    ("Ada Roe polled 4,120 votes, Ben Kay 2,980 and Cal Dunn 610. Total: 7,610.", "7,610", None),
    # a place's area as its modifier, then again after "which covers"
    ("The 2,460-hectare Glen Ard estate is on the market. The estate, which covers 2,640 hectares, includes a lodge.",
     "2,640 hectares", None),
    # the act's noun before "of", opening the next sentence
    ("The new stand holds 8,200 fans. Its capacity of 8,800 makes it the biggest in the league.", "8,800", None),
    # a winning margin retold as the size of the win, ranked "first ... since"
    ("Cole won the Northern Open by four shots on Sunday. The five-shot victory was his first on the tour since 2019.",
     "five-shot", None),
    # a cost named by its thing, then its digits swapped as "the investment"
    ("The £1.8bn tidal lagoon has been approved. The developer said the £1,080m investment would create 600 jobs.",
     "£1,080m", None),
    # a death toll on residents of a home, then "all N victims"
    ("Six residents of the Elm Court nursing home died in the outbreak. Families of all seven victims were told "
     "on Monday.", "seven", None),
    # riders and cyclists
    ("A field of 142 riders started the first stage. Of the 124 cyclists who started, 98 finished.", "124", None),
    # "this year's" and "now" tell one time
    ("Wardens said this year's nesting season had produced 23 tern chicks. All 32 chicks have now been ringed.", "32",
     None),
    # a name whose letters are not all ASCII, its age told twice
    ("The 27-year-old Jóhanna Sigurðardóttir will race her first ultra in May. Sigurðardóttir, 72, said she felt "
     "ready.", "72", None),
    # "The N-year-old" then an adverb of time, then the name with another age
    ("Harbour master Ewan Tulloch retires next month after 30 years. The 61-year-old first went to sea at 16. "
     "\"It has been a privilege,\" said Tulloch, 63.", "63", None),
    # a level reached, then "the drop to" another
    ("Applications fell to 4,270 this year. The head of admissions said the drop to 4,720 reflected new fees.",
     "4,720", None),
    # researchers and scientists
    ("Nine researchers were airlifted from the glacier camp. The 11 scientists were taken to Tromsø.", "11", None),
    # a headline's rise "in a month" against the lead's over four weeks
    ("Cocoa prices soar 24% in a month\nCocoa futures rose 19% over the past four weeks as dry weather hit crops, "
     "dealers said.", "19%", None),
    # a headline's rise against the lead's "N per cent increase in" the same thing
    ("Bus fares to rise 5% from June\nThe council has approved a 7 per cent increase in fares from 1 June, the first "
     "rise since 2021.", "7 per cent", None),
    # "the herd of N" after a count of animals held
    ("The park's nine elephants were moved to a new enclosure on Monday. Keepers said the herd of ten had settled "
     "quickly.", "ten", None),
    # members of a kind
    ("The co-operative, whose 1,450 members grow tea, has signed a new deal. Its chair said all 1,540 grower-members "
     "would be paid more.", "1,540", None),
    # a first prize is the winner's
    ("The winner of Saturday's race will take home $40,000, the organisers said. The race director said the $14,000 "
     "first prize would draw a strong field.", "$14,000", None),
    # "left" with an object is a verb, no remainder
    ("Wheat futures closed at $6,214 a tonne on Friday. Dealers said the $6,124 close left traders cautious.",
     "$6,124", None),
    # one streak told twice by its latest
    ("Mara Quinn won her sixth consecutive county singles title on Sunday. She said her fifth straight victory had "
     "been the toughest.", "fifth", None),
    # people named two ways: growers and farmers, demonstrators and protesters
    ("Some 2,300 growers supply the cannery. All 4,100 farmers will be paid by Friday.", "4,100", None),
    ("Police said 450 demonstrators marched to the parliament. The 540 protesters dispersed peacefully.", "540", None),
    # an edition told in the sentence that says the event is held every year since it began
    ("The Harbour Kite Festival, held every year since it began in 2017, opens on Saturday for its eleventh edition.",
     "eleventh", "2025-06-12"),
    # a level reached with no "from", then "the new" level of the same noun
    ("The speed limit on a 6km stretch of the coast road will be cut to 40mph from May to cut noise. Average-speed "
     "cameras will enforce the new 30mph limit, with fines from £100.", "30mph", None),
    # people told as the field of a final, then "the N finalists"
    ("Eight swimmers will contest Sunday's 200m butterfly final. The nine finalists will be seeded by their heat "
     "times.", "nine", None),
    # a weight found by a verb, then the holder's own "weight of"
    ("A foal born at the stud on Monday weighed 52kg, its owners said. Her birth weight of 48kg is normal for the "
     "breed.", "48kg", None),
    # a time told in digits, then in words to the second
    ("Aline Mwangi won the city marathon on Sunday, breaking the tape in 2:21:35. Her time of 2 hours, 21 minutes and "
     "53 seconds was a course record.", "2 hours", None),
    # a time something leaves at, named again as "the departure"
    ("The first ferry will leave Ardrossan at 6.40am from May. The operator said the new 6.04am departure would suit "
     "commuters.", "6.04am", None),
]

SILENT_NEAR = [
    # the age told of someone else's team, two people named
    ("Aliya Serik, 52, has trained Dana Bek's fencing squad since 2001. Born in 1966 in Almaty, Bek took up the sabre "
     "at the age of nine.", "2025-03-10"),
    # a lead told against a rival with no figure of the rival's own
    ("Moreau scored 588 in the qualifying round, 11 points clear of Lindqvist, to top the standings.", None),
    # an increase consistent with its levels
    ("The hamlet now has 61 residents, up from 49 in 2016 – an increase of a dozen, thanks mainly to three young "
     "families.", None),
    # a board "of" its owner, no members named
    ("The five-member board of Acme Holdings and Partners met on Monday.", None),
    # a plan that breaks down into parts that add up
    ("The bridge repair is priced at £3.4m. The council's plan breaks down into £1.9m for the deck, £0.8m for the "
     "piers and £0.7m for resurfacing.", None),
    # the estate grew: "now covers"
    ("The 2,460-hectare Glen Ard estate was bought in 2010. The estate now covers 2,640 hectares after two purchases.",
     None),
    # a win in another year
    ("Cole won the Northern Open by four shots on Sunday. Last year his five-shot victory came at Hoylake.", None),
    # a fall to a level, then a rise to another: two moves
    ("Applications fell to 4,270 this year. The head of admissions expects a rise to 4,720 next year.", None),
    # a headline's rise against an increase in another thing
    ("Insurer back in profit as average premium climbs 9%\nThe insurer returned to profit last year and promised "
     "shareholders a 40% increase in the dividend.", None),
    # "the herd of N" after a count of other animals
    ("The park bought nine elephants from a zoo in Berlin. The herd of twelve at the park will grow to 21.", None),
    # growers of one place against farmers of another
    ("Some 2,300 growers supply the cannery in Leeton. All 4,100 farmers in the wider region were invited.", None),
    # an edition that fits the years since the start
    ("The Harbour Kite Festival, held every year since it began in 2017, opens on Saturday for its ninth edition.",
     "2025-06-12"),
    # a new limit on another road
    ("The speed limit on the coast road will be cut to 40mph from May. The new 30mph limit on Mill Lane starts in "
     "June.", None),
    # a streak told of another year
    ("Mara Quinn won her sixth consecutive county singles title on Sunday. Last year her fifth straight victory came "
     "in the rain.", None),
    # another's streak: another owner, or someone named in the second's clause
    ("Mara Quinn won her sixth consecutive county singles title on Sunday, while in the men's event Tom Reid took his "
     "fifth straight victory.", None),
    ("Mara Quinn won her sixth consecutive county singles title on Sunday. Her rival Ana Ruiz was denied her fifth "
     "straight victory.", None),
    # a personal best is another measure
    ("The thrower hurled the discus 61.2 metres to win. Her personal best of 64.8 metres came in 2023.", None),
    # the same time in words
    ("Aline Mwangi won the city marathon on Sunday, breaking the tape in 2:21:35. Her time of 2 hours, 21 minutes and "
     "35 seconds was a course record.", None),
    # the old departure is another one
    ("The first ferry will leave Ardrossan at 6.40am from May. The old 7.10am departure will be scrapped.", None),
    # last year's chicks against this year's
    ("Wardens said last year's nesting season had produced 23 tern chicks. All 32 chicks this year have now been "
     "ringed.", None),
]


@pytest.mark.parametrize("text, target, published", NEW_FLAGS)
def test_reading_flags(text, target, published):
    assert_target_flagged(text, target, published)


@pytest.mark.parametrize("text, published", SILENT_NEAR)
def test_near_miss_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)

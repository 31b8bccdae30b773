"""Round 48: the shapes behind the misses and false alarms of round 47's sealed sets r47a-d, once opened, told in
our own words -- each with a text that must be flagged and one that must not, then near misses of the new readings
that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a part with "of them" is some of the part before it, not one more part -- the list without it still adds up
    ("Of the 2,400 lockers at the depot, 1,520 are full-size and 940 are half-size, and 60 of them are broken.",
     "FC102",
     "Of the 2,400 lockers at the depot, 1,520 are full-size and 880 are half-size, and 60 of them are broken.", None),
    # "splits into" after the whole's own words
    ("Kelton's £52.7m transport budget for next year splits into £24.1m for buses, £17.3m for roads and £11.8m for "
     "cycling and walking.", "FC101",
     "Kelton's £53.2m transport budget for next year splits into £24.1m for buses, £17.3m for roads and £11.8m for "
     "cycling and walking.", None),
    # a body's seats are counted, not rounded
    ("Of the 90 seats in the regional assembly, the Farmers' League won 41, the Liberals 30 and independents the "
     "remaining 17.", "FC101",
     "Of the 90 seats in the regional assembly, the Farmers' League won 41, the Liberals 30 and independents the "
     "remaining 19.", None),
    # "goes" is no noun of the sum before it: the bare sums after it continue the currency
    ("The health fund totals 9.8 billion rand, of which 4.4 billion rand goes on hospitals, 3.1 billion on clinics "
     "and the rest, 1.9 billion, on ambulances.", "FC101",
     "The health fund totals 9.4 billion rand, of which 4.4 billion rand goes on hospitals, 3.1 billion on clinics "
     "and the rest, 1.9 billion, on ambulances.", None),
    # all of a group, then its parts after a colon, the last one after "and" read as the list's end
    ("All 180 pupils at Greyfield School got their grades on Friday: 71 reached the top grade, 64 the middle grade "
     "and 35 the lowest, the head said.", "FC101",
     "All 170 pupils at Greyfield School got their grades on Friday: 71 reached the top grade, 64 the middle grade "
     "and 35 the lowest, the head said.", None),
    # the time between two clock times, given to those who use it
    ("The library opened at 9am and closed at 5pm, giving them 9 hours in the new reading room.", "FC509",
     "The library opened at 9am and closed at 5pm, giving them 8 hours in the new reading room.", None),
    # a group sized by "of" before its figure is the whole of the bare parts after it
    ("A flotilla of 26 set sail from Porthcove. Fourteen reached the island, eight turned back and six were towed "
     "in.", "FC102",
     "A flotilla of 28 set sail from Porthcove. Fourteen reached the island, eight turned back and six were towed "
     "in.", None),
    # those forced from their homes, then called the displaced
    ("A mudslide forced 1,450 families from their homes in the hill district. Volunteers are feeding the 1,540 "
     "displaced families in three schools.", "FC402",
     "A mudslide forced 1,450 families from their homes in the hill district. Volunteers are feeding the 1,450 "
     "displaced families in three schools.", None),
    ("Storms forced 27,000 people from their homes over the weekend. Officials said most of the 72,000 displaced were "
     "staying with relatives.", "FC402",
     "Storms forced 27,000 people from their homes over the weekend. Officials said most of the 27,000 displaced were "
     "staying with relatives.", None),
    # yachts called boats, drivers called motorists, candidates called hopefuls
    ("A fleet of 38 yachts set off from Kellport at dawn. By noon all 83 boats had passed the first buoy.", "FC406",
     "A fleet of 38 yachts set off from Kellport at dawn. By noon all 38 boats had passed the first buoy.", None),
    ("New cameras on the bypass caught 12,640 drivers in May. The 16,240 motorists caught will be fined £100.",
     "FC402",
     "New cameras on the bypass caught 12,640 drivers in May. The 12,640 motorists caught will be fined £100.", None),
    ("Nine candidates are standing in the mayoral race. All 11 hopefuls will take part in a debate on Friday.",
     "FC402",
     "Nine candidates are standing in the mayoral race. All nine hopefuls will take part in a debate on Friday.", None),
    # a record crowd restated as the attendance, past the year of the record it beat
    ("A record crowd of 5,318 watched the cup final at Dunmore. The attendance of 5,138 beat the old mark, set in "
     "2017, by 400.", "FC406",
     "A record crowd of 5,318 watched the cup final at Dunmore. The attendance of 5,318 beat the old mark, set in "
     "2017, by 400.", None),
    # metres written "m" (read as a million on its own), a share written "per cent" then "%"
    ("The tide reached 5.72 metres at the harbour on Sunday. Harbour staff said the 5.27m tide was the highest in "
     "years.", "FC402",
     "The tide reached 5.72 metres at the harbour on Sunday. Harbour staff said the 5.72m tide was the highest in "
     "years.", None),
    ("Turnout in the mayoral vote was 47.3 per cent. Officials said the 43.7% turnout was the best since 2008.",
     "FC402",
     "Turnout in the mayoral vote was 47.3 per cent. Officials said the 47.3% turnout was the best since 2008.", None),
    # a whole, the parts taken from it and what they leave, in one sentence
    ("The museum owns 48,000 photographs; 30,500 have been scanned so far, leaving 13,500 that can only be seen in "
     "the reading room.", "FC101",
     "The museum owns 48,000 photographs; 30,500 have been scanned so far, leaving 17,500 that can only be seen in "
     "the reading room.", None),
    ("The port's £74m budget sets aside £31m for dredging and £22m for new cranes, leaving £25m for wages.", "FC101",
     "The port's £74m budget sets aside £31m for dredging and £22m for new cranes, leaving £21m for wages.", None),
    # a court's decided cases: each a conviction, an acquittal or withdrawn
    ("Of the 430 cases completed at the district court last year, 251 ended in convictions, 88 in acquittals and 71 "
     "were withdrawn.", "FC101",
     "Of the 430 cases completed at the district court last year, 251 ended in convictions, 88 in acquittals and 91 "
     "were withdrawn.", None),
    # a birth in a "who" clause with a second verb, then the subject's age as she retires
    ("Nurse Ellen Park, who was born in 1959 and trained in Leeds, retires this month aged 61 after 40 years on the "
     "wards.", "FC506",
     "Nurse Ellen Park, who was born in 1959 and trained in Leeds, retires this month aged 65 after 40 years on the "
     "wards.", "2025-03-12"),
    # a gathering to come, held to mark an anniversary of a year's event
    ("Miners' families will gather at the pithead next Sunday to mark the 30th anniversary of the 1984 shaft "
     "collapse.", "FC505",
     "Miners' families will gather at the pithead next Sunday to mark the 41st anniversary of the 1984 shaft "
     "collapse.", "2025-05-02"),
    ("Miners' families will meet on Saturday to commemorate the 30th anniversary of the 1999 blast.", "FC505",
     "Miners' families will meet on Saturday to commemorate the 25th anniversary of the 1999 blast.", "2024-05-05"),
    # a walkout and the return that ended it, then the stoppage's length
    ("Porters walked out on 2 June and returned to work on 20 June, ending a 12-day strike.", "FC507",
     "Porters walked out on 2 June and returned to work on 20 June, ending an 18-day strike.", None),
    ("Cleaners walked out on 5 May and returned to work on 16 May, ending a strike lasting 14 days.", "FC507",
     "Cleaners walked out on 5 May and returned to work on 16 May, ending a strike lasting 11 days.", None),
    # "last year, when the YYYY event"
    ("Riders hope for better weather than last year, when the 2022 race was cut short by snow.", "FC502",
     "Riders hope for better weather than last year, when the 2023 race was cut short by snow.", "2024-03-01"),
    # a mountain's height told again in another unit; a protected place's own area in another unit
    ("Walkers were turned back from Ben Carra, the 1,130-metre peak above the glen. The summit of the 4,710ft "
     "mountain was hidden in cloud.", "FC404",
     "Walkers were turned back from Ben Carra, the 1,130-metre peak above the glen. The summit of the 3,710ft "
     "mountain was hidden in cloud.", None),
    ("The Vessel Moor nature park covers 3,200 hectares of heath. Adders are found across much of the park's 320 "
     "square kilometres.", "FC404",
     "The Vessel Moor nature park covers 3,200 hectares of heath. Adders are found across much of the park's 32 "
     "square kilometres.", None),
    # "N-second" read as a length (the ordinal's word after a number and a hyphen): a margin restated, a lead as a gap
    ("Aro won the sprint by 3.7 seconds on Sunday. The 7.3-second margin was his biggest of the year.", "FC402",
     "Aro won the sprint by 3.7 seconds on Sunday. The 3.7-second margin was his biggest of the year.", None),
    ("Lind takes a 53-second lead into the last stage. Her rival said the 35-second gap could still be closed.",
     "FC406",
     "Lind takes a 53-second lead into the last stage. Her rival said the 53-second gap could still be closed.", None),
    ("Kerr crossed the line 19 seconds clear of Dahl to win in Oslo. His 16-second margin of victory was the biggest "
     "of the year.", "FC402",
     "Kerr crossed the line 19 seconds clear of Dahl to win in Oslo. His 19-second margin of victory was the biggest "
     "of the year.", None),
    # a block sized by its flats, then its flats
    ("Tenants of the 72-flat Marsh House block must leave by June. Homes have been found for 30 of the 27 flats so "
     "far.", "FC406",
     "Tenants of the 72-flat Marsh House block must leave by June. Homes have been found for 30 of the 72 flats so "
     "far.", None),
    # a year that ranks a figure dates nothing: "the most since ... in 2001", then "now"
    ("Seven kestrel chicks hatched on the estate this spring, the most since the birds returned in 2009. The ranger "
     "said all six chicks had now fledged.", "FC402",
     "Seven kestrel chicks hatched on the estate this spring, the most since the birds returned in 2009. The ranger "
     "said all seven chicks had now fledged.", None),
    # the whole of a part, told by another verb of the same act
    ("Police arrested 31 people in raids on Tuesday. Of the 13 people detained, nine have been charged.", "FC402",
     "Police arrested 31 people in raids on Tuesday. Of the 31 people detained, nine have been charged.", None),
    # those affected, told again
    ("About 300,000 people have been affected by the drought. Aid agencies cannot reach the 30,000 people "
     "affected.", "FC402",
     "About 300,000 people have been affected by the drought. Aid agencies cannot reach the 300,000 people "
     "affected.", None),
    # a rate set apart after "made X of Y"
    ("Reyes made 11 of her 19 shots from the floor, a 67 per cent clip, and added nine rebounds.", "FC201",
     "Reyes made 11 of her 19 shots from the floor, a 58 per cent clip, and added nine rebounds.", None),
    # the leading parts after "led by", closed by what remains
    ("Farm exports reached $9.4bn last year, led by wheat at $4.1bn, wool at $2.6bn and beef at $1.8bn, with all "
     "other goods making up the remaining $1.3bn.", "FC101",
     "Farm exports reached $9.8bn last year, led by wheat at $4.1bn, wool at $2.6bn and beef at $1.8bn, with all "
     "other goods making up the remaining $1.3bn.", None),
    # a span between two clock times, completed as an act of that length
    ("The crew left the station at 09:20 and were back inside at 15:05, completing a spacewalk of 5 hours 54 "
     "minutes.", "FC509",
     "The crew left the station at 09:20 and were back inside at 15:05, completing a spacewalk of 5 hours 45 "
     "minutes.", None),
    # a margin restated past an age ("lifts the 29-year-old")
    ("Lind won the stage, crossing the line 33 seconds clear of Moro. The 36-second margin lifts the 26-year-old "
     "into the lead.", "FC402",
     "Lind won the stage, crossing the line 33 seconds clear of Moro. The 33-second margin lifts the 26-year-old "
     "into the lead.", None),
    # "as many as" a named owner's figure
    ("The Hawks scored 45 goals, three times as many as Dunmore's 19.", "FC302",
     "The Hawks scored 57 goals, three times as many as Dunmore's 19.", None),
    # a share of a thing, then its part of the base set apart after it
    ("Tankers made up more than 30 per cent of the port's calls last year: 1,310 of the 4,920 ships that docked.",
     "FC201",
     "Tankers made up more than 25 per cent of the port's calls last year: 1,310 of the 4,920 ships that docked.",
     None),
    ("Electric cars were 18 per cent of new sales in May - 6,450 of the 31,200 cars registered.", "FC201",
     "Electric cars were 21 per cent of new sales in May - 6,450 of the 31,200 cars registered.", None),
    # viewers called the audience
    ("The quiz final drew 4.6 million viewers on Saturday, up from 3.9 million a week earlier. The broadcaster said "
     "the audience of 6.4 million was its largest of the year.", "FC406",
     "The quiz final drew 4.6 million viewers on Saturday, up from 3.9 million a week earlier. The broadcaster said "
     "the audience of 4.6 million was its largest of the year.", None),
    # a length restated where a part of it remains
    ("Okafor won the 164 km fourth stage on Friday. He attacked with 12 km of the 146 km stage remaining.", "FC406",
     "Okafor won the 164 km fourth stage on Friday. He attacked with 12 km of the 164 km stage remaining.", None),
    # an age told, then "the N-year-old", past a place climbed and a club that said so
    ("Climber Marta Lenz, 58, has become the oldest woman to climb Mount Orvel, the Alpine Club said. The "
     "85-year-old reached the top at noon.", "FC403",
     "Climber Marta Lenz, 58, has become the oldest woman to climb Mount Orvel, the Alpine Club said. The "
     "58-year-old reached the top at noon.", None),
    # one act on a count, told again as "the plan to" do it
    ("The health board will cut 340 jobs to save £12m. Unions said the plan to shed 430 posts would close two "
     "clinics.", "FC406",
     "The health board will cut 340 jobs to save £12m. Unions said the plan to shed 340 posts would close two "
     "clinics.", None),
    # a change named after its levels still checked
    ("The choir's membership fell from 84 to 61, meaning a loss of 25 singers.", "FC301",
     "The choir's membership fell from 84 to 61, meaning a loss of 23 singers.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert rule in flagged_rules(flagged_text, published)
    assert flagged(agreeing, published) == []


@pytest.mark.parametrize("text, published", [
    # the false alarms of round 47's sealed sets, in our own words
    ("Of the 960 scooters in the town's fleet, 610 are new; the rest, 350, are older models, and 40 of them are "
     "off the road at any one time.", None),
    ("The museum's grant was cut from 4.2 million to 3.5 million, forcing it to close three galleries.", None),
    ("Nine climbers were hurt when a snow bridge gave way on Saturday. All nine were flown to hospital, where two "
     "stayed overnight.", None),
    # near misses of the new readings
    ("Of the 960 scooters, 610 are new, 350 are older models and 40 of them are off the road.", None),
    ("Membership fell from 84 to 61, prompting the club to drop two of its three teams.", None),
    # a union's members may be rounded; a group sized by "of" with parts that need not be all of it
    ("Of the 1,200 members of the union, 640 voted to strike and 550 against.", None),
    ("A crowd of 3,000 gathered outside the hall. About 1,200 were students and 900 were retired teachers.", None),
    # the time between two clock times told as something else
    ("The library opened at 9am and closed at 5pm, giving readers 2 hours more than last year.", None),
    # the second set in a place or time of its own by its sentence's opening
    ("Floods forced 1,450 families from their homes in Arvel. Across the country, the 1,540 displaced families are "
     "in shelters.", None),
    ("Cameras caught 12,640 drivers in May. In 2021, the 16,240 motorists caught were fined.", None),
    ("Turnout was 47.3 per cent. In the capital, the 43.7% turnout was a record.", None),
    ("A fleet of 38 yachts set off from Kellport. Another 83 boats stayed in the marina.", None),
    ("The river peaked at 5.72 metres on Sunday. Downstream, the 5.27m peak came a day later.", None),
    # parts of a base that say they are some, or cover well under it (round 48 tried reading three parts closed by
    # "and" covering nine tenths of their base as all of it: the suite's near misses of rounds 5-31 -- nationalities,
    # offences, sources of profit, votes with members absent -- said no, and it was dropped)
    ("Of the 860 appeals heard last year, 412 were upheld, 231 were dismissed and 171 were withdrawn, among others.",
     None),
    ("Of the 860 appeals heard last year, 412 were upheld, 131 were dismissed and 171 were withdrawn.", None),
    ("Of the 860 appeals, the main outcomes were 412 upheld, 231 dismissed and 171 withdrawn.", None),
    ("Of the 640 patients treated, 410 are from the city, 120 from the valleys and 60 from overseas.", None),
    # what is left told of something else, or a whole that moved
    ("The club has 1,200 members; 300 have paid their fees, leaving the treasurer 40 letters to send.", None),
    ("Membership rose to 1,200 this year; 300 have paid their fees, leaving 700 to chase.", None),
    # what remains told of the figure itself; another body's act on a count
    ("The 164 km stage was shortened by snow. The 146 km stage remaining will be raced on Sunday.", None),
    ("The health board will cut 340 jobs this year. The trust next door will shed 430 posts.", None),
    ("Of the 430 cases heard at the district court last year, 251 ended in convictions and 88 in acquittals.", None),
    # another year's season, a gathering with no anniversary's year, a strike's length told apart from its dates
    ("Riders hope for better luck than last year, when the 2022 season ended early.", "2024-03-01"),
    ("Police arrested 31 people on Tuesday. Of the 19 people detained in Kelby, 15 have been charged.", None),
    ("About 300,000 people have been affected by the drought. The 30,000 people worst affected have no water.", None),
    ("Drought has affected 300,000 people. Aid has reached 30,000 of the people affected.", None),
    # the false alarm of r48h, in our own words: two things a ship may both do
    ("Of the 410 ships that docked in April, 260 were carrying grain and 190 flew a foreign flag.", None),
    ("Reyes made 11 of her 19 shots. Her team's 58 per cent clip was the league's best.", None),
    ("The quiz final drew 4.6 million viewers. Its rival's audience of 6.4 million was a record.", None),
    # (a false alarm from before the round, found by a near miss) another body sized the same way
    ("Labour holds 24 seats on the 47-member council. The 12-member fire board meets on Monday.", None),
    # another's gap, to another; flats of another building; a length in two units and a bonus; a penalty between
    ("She took a 53-second lead into the last stage. Her team-mate's 35-second gap to third place looks safe.", None),
    ("Tenants of the 72-flat Marsh House block must leave. Homes have been found for 30 of the 27 flats in the Brook "
     "Street tower.", None),
    ("The race was won by 1 minute 20 seconds. The winner also collected a 10-second time bonus.", None),
    ("He scored 12 second-half goals this season, and the team's 21 goals after the break were a club record.", None),
    # another place's area, another mountain
    ("The nature park covers 3,200 hectares of heath. The reserve's 900 hectares of wetland lie to the south.", None),
    ("Ben Carra, the 1,130-metre peak above the glen, was hidden. The 4,400ft mountain to the north was clear.",
     None),
    ("Porters walked out on 2 June and returned to work on 20 June, ending a dispute that began with a 12-day "
     "strike in March.", None),
])
def test_near_misses_of_the_new_readings_stay_silent(text, published):
    assert flagged(text, published) == []


@pytest.mark.parametrize("text, published", [
    # the false alarms of round 48's open learning sets r48e and r48f, in our own words
    ("Councillor Ana Reyes held the Brookfield ward by just 23 votes, taking 1,217 to her rival's 1,194. Reyes's "
     "1,217 votes were the most any Green has won in the borough.", None),
    ("Of the 64 farms in the valley, 41 reported crop damage after the hailstorm and 30 lost livestock, the union "
     "said; nine are still cut off.", None),
    ("The central bank held its rate at 4.5% on Monday. Inflation eased to 3.1% in June from 3.6% in May, the "
     "economy grew 2.2% in the second quarter and the currency firmed.", None),
    # near misses: a margin told as one, and overlapping kinds with the same verb still read as parts
    ("Reyes held the ward by just 23 votes. Her 23-vote majority was the smallest in the borough.", None),
])
def test_false_alarms_of_the_open_learning_sets_stay_silent(text, published):
    assert flagged(text, published) == []


def test_a_margin_then_another_margin_is_checked():
    assert "FC402" in flagged_rules("Reyes held the ward by just 23 votes. Her 32-vote majority was the smallest in "
                                    "the borough.", None)


def test_parts_with_one_verb_of_what_befell_them_still_add_up():
    assert "FC102" in flagged_rules("Of the 64 farms in the valley, 41 reported crop damage and 30 reported none.", None)

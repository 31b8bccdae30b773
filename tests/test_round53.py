"""Round 53: the shapes behind the misses and false alarms of round 52's sealed sets r52a-d and of round 53's open
learning sets, once opened, told in our own words -- each with a text that must be flagged and one that must not,
then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # "all N of the owner's" past a hyphened modifier
    ("The lifeboat station has 22 part-time volunteers. Its manager said all 20 of the station's part-time volunteers "
     "had passed the new course.", "FC402",
     "The lifeboat station has 22 part-time volunteers. Its manager said all 22 of the station's part-time volunteers "
     "had passed the new course.", None),
    # those a verb told, restated by the verb's participle after "all N of the"
    ("The storm injured 31 campers at the site on Friday. Medics said all 35 of the injured were recovering.", "FC402",
     "The storm injured 31 campers at the site on Friday. Medics said all 31 of the injured were recovering.", None),
    # a compound noun with "members" before the verb that tells them; "said later" is no update
    ("Nine crew members were rescued after the tug sank. The coastguard said later that all 11 rescued sailors were "
     "well.", "FC402",
     "Nine crew members were rescued after the tug sank. The coastguard said later that all nine rescued sailors were "
     "well.", None),
    # jobs at risk as a site shuts, then its workers named by place, digits swapped
    ("The brewery will shut next spring, putting all 146 jobs at the site at risk. The 164 workers at Dunmere had "
     "been told.", "FC406",
     "The brewery will shut next spring, putting all 146 jobs at the site at risk. The 146 workers at Dunmere had "
     "been told.", None),
    # prisoners and inmates; villages and communities; universities and institutions
    ("The prison held 820 prisoners in May, inspectors said. They found the 870 inmates had too little time out of "
     "their cells.", "FC402",
     "The prison held 820 prisoners in May, inspectors said. They found the 820 inmates had too little time out of "
     "their cells.", None),
    # a length named again right after as the size of a noun, two digits swapped ("that" after "said" a pointer)
    ("The ice shelf has lost 260 metres since 2010. One scientist said that 620-metre loss had opened a new bay.",
     "FC406",
     "The ice shelf has lost 260 metres since 2010. One scientist said that 260-metre loss had opened a new bay.", None),
    ("Rangers have cleared a 48-kilometre firebreak along the ridge. The warden said the 84km barrier had taken a month.",
     "FC406",
     "Rangers have cleared a 48-kilometre firebreak along the ridge. The warden said the 48km barrier had taken a month.",
     None),
    # a change restated as what its cause is credited with
    ("Bookings at the resort rose 14% this winter. Managers credited the 41% rise to a new lift.", "FC402",
     "Bookings at the resort rose 14% this winter. Managers credited the 14% rise to a new lift.", None),
    # a gap told against a rival named in apposition, or with its figure in brackets; a bare "Nm" before "higher"
    ("At 4,810 metres, Mont Cervin is 240 metres taller than its neighbour, Pic Blanc, which rises to 4,630 metres.",
     "FC301",
     "At 4,810 metres, Mont Cervin is 180 metres taller than its neighbour, Pic Blanc, which rises to 4,630 metres.",
     None),
    ("At 5,210m, Kora Peak stands 96m higher than its neighbour Lhasi (5,124m), the survey found.", "FC301",
     "At 5,210m, Kora Peak stands 86m higher than its neighbour Lhasi (5,124m), the survey found.", None),
    # a final score and its margin right after it
    ("The Hawks beat the Owls 24-19 on Friday, a six-point win that sends them top.", "FC301",
     "The Hawks beat the Owls 24-19 on Friday, a five-point win that sends them top.", None),
    ("City won 4-1 at home, a margin of two goals.", "FC301", "City won 4-1 at home, a margin of three goals.", None),
    # anniversaries: the start in a relative clause running on past another time; a fronted participle of the
    # start, in the sentence or opening the next one
    ("Hundreds gathered on Sunday to mark the 50th anniversary of the Fenby viaduct, which opened in 1977 and "
     "replaced a ford that had served since the 1700s.", "FC505",
     "Hundreds gathered on Sunday to mark the 48th anniversary of the Fenby viaduct, which opened in 1977 and "
     "replaced a ford that had served since the 1700s.", "2025-07-01"),
    ("Started by three friends in a garage in 1994, Moss Cycles celebrates its 25th anniversary this year.", "FC505",
     "Started by three friends in a garage in 1994, Moss Cycles celebrates its 31st anniversary this year.",
     "2025-04-01"),
    ("The ropeworks celebrates its 90th anniversary this month. Founded in 1938 to supply the fishing fleet, it now "
     "makes climbing ropes.", "FC505",
     "The ropeworks celebrates its 87th anniversary this month. Founded in 1938 to supply the fishing fleet, it now "
     "makes climbing ropes.", "2025-04-01"),
    # a period's length restated after "until", in a clause of what officials say of it
    ("The bridge will be shut from 2 March until 20 March, a 21-day closure that council officials say is "
     "overdue.", "FC507",
     "The bridge will be shut from 2 March until 20 March, an 18-day closure that council officials say is "
     "overdue.", "2025-01-10"),
    # shares of a whole the sentence opens on, told where each part went
    ("Of last season's apple harvest, 46% went to cider makers, 33% was sold at markets and 26% went to "
     "supermarkets.", "FC202",
     "Of last season's apple harvest, 46% went to cider makers, 33% was sold at markets and 21% went to "
     "supermarkets.", None),
    # list counts: a bridge word with an accent; the others' own fate told next; items after "numbered"
    ("The relay team of four for the café league -- Ann Moss, Bea Lund and Cal Ross -- meets on Friday.", "FC410",
     "The relay team of three for the café league -- Ann Moss, Bea Lund and Cal Ross -- meets on Friday.", None),
    ("Five boats finished inside the cut-off: Osprey, Tern, Puffin and Gannet. The rest retired in the squall.",
     "FC410",
     "Four boats finished inside the cut-off: Osprey, Tern, Puffin and Gannet. The rest retired in the squall.",
     None),
    ("The maker has recalled three lots of the syrup, numbered LT-401 and LT-409, after a labelling error.", "FC410",
     "The maker has recalled two lots of the syrup, numbered LT-401 and LT-409, after a labelling error.", None),
    # digits swapped: "our N staff" in a quote; those rescued as "the survivors"; an age told "now N" beside
    ("The bakery still employs 36 people. \"Every one of our 63 staff knows the ovens,\" its owner said.", "FC406",
     "The bakery still employs 36 people. \"Every one of our 36 staff knows the ovens,\" its owner said.", None),
    ("The navy said 59 people had been rescued from the ferry. A tug carried the 95 survivors to port.", "FC406",
     "The navy said 59 people had been rescued from the ferry. A tug carried the 59 survivors to port.", None),
    ("Walkers face a climb of 318 steps to the summit. Those who make the 381-step climb get a badge from the warden, "
     "now 79.", "FC406",
     "Walkers face a climb of 318 steps to the summit. Those who make the 318-step climb get a badge from the warden, "
     "now 79.", None),
    # a plan told what it is for, then a verb setting its money aside
    ("The council's £12.4m plan for the town's parks sets aside £6.1m for paths, £4.2m for play areas and £2.6m for "
     "trees.", "FC102",
     "The council's £12.9m plan for the town's parks sets aside £6.1m for paths, £4.2m for play areas and £2.6m for "
     "trees.", None),
    # an age told after a bare role and a name with accents, another clause's later year after it
    ("The dean, Zoë Dvořák, 47, who was born in Plzeň in 1960, said fees would not rise next year.", "FC506",
     "The dean, Zoë Dvořák, 64, who was born in Plzeň in 1960, said fees would not rise next year.", "2025-03-01"),
    # "last year's" event, its length told before its date
    ("Last year's county show, held over two days in June 2023, drew 41,000 visitors.", "FC502",
     "Last year's county show, held over two days in June 2024, drew 41,000 visitors.", "2025-03-01"),
    # a period's own length after its range ("over its N days"); a length in hours across weekdays
    ("The lockout, which ran from 4 May to 20 May, cost the club £40,000 over its 12 days, accounts show.", "FC507",
     "The lockout, which ran from 4 May to 20 May, cost the club £40,000 over its 16 days, accounts show.",
     "2025-06-01"),
    ("Guards will stage a 36-hour strike from 10pm on Friday until 10pm on Sunday, the union said.", "FC509",
     "Guards will stage a 48-hour strike from 10pm on Friday until 10pm on Sunday, the union said.", None),
    # a headline's measure against the lead's, a fire that "broke out" no record broken
    ("Blaze destroys 60 hectares\nA fire that broke out on Friday destroyed 65 hectares of scrub, firefighters said.",
     "FC401",
     "Blaze destroys 65 hectares\nA fire that broke out on Friday destroyed 65 hectares of scrub, firefighters said.",
     None),
    # a work's or a closure's length told by its verb, then named again as the work
    ("Repairs to the pier will take 14 months, the council said. Boats will moor offshore for the 11-month project.",
     "FC405",
     "Repairs to the pier will take 14 months, the council said. Boats will moor offshore for the 14-month project.",
     None),
    ("The bridge will shut for nine nights from Monday. Buses will replace trains during the 12-night closure.",
     "FC405",
     "The bridge will shut for nine nights from Monday. Buses will replace trains during the nine-night closure.",
     None),
    # "from" in the subject's name is no old level: "Exports from Kumbane Province reached ..."
    ("Tea exports from Nandi County reached 2.6 million kilos, up 30% from 2.4 million kilos a year earlier.", "FC203",
     "Tea exports from Nandi County reached 2.6 million kilos, up 8% from 2.4 million kilos a year earlier.", None),
    # one swim told in another unit; one area told in another unit (as a noun's size, "of" the noun, the area burnt)
    ("Entrants face a 1.5km swim in the bay. Wetsuits are optional for the 2.4-mile swim.", "FC404",
     "Entrants face a 1.5km swim in the bay. Wetsuits are optional for the 0.9-mile swim.", None),
    ("The new nature reserve covers 3,100 hectares of wetland. Rangers will patrol the 13-square-kilometre reserve.",
     "FC404",
     "The new nature reserve covers 3,100 hectares of wetland. Rangers will patrol the 31-square-kilometre reserve.",
     None),
    ("The resort raised its skiable terrain to 410 hectares. 'With 1,300 acres of terrain, we lead the region,' its "
     "owner said.", "FC404",
     "The resort raised its skiable terrain to 410 hectares. 'With 1,010 acres of terrain, we lead the region,' its "
     "owner said.", None),
    ("The fire has burned through 2,600 hectares of heath. Satellite images put the burnt area at 16 square "
     "kilometres.", "FC404",
     "The fire has burned through 2,600 hectares of heath. Satellite images put the burnt area at 26 square "
     "kilometres.", None),
    # what a verb does told as the size joined to a noun, two digits swapped
    ("After the refit the hall will seat 1,240 people. Its director said the 1,420-seat hall would reopen in May.",
     "FC406",
     "After the refit the hall will seat 1,240 people. Its director said the 1,240-seat hall would reopen in May.",
     None),
    # two levels told at two times, then the change between them in apposition
    ("A season ticket that cost £310 three years ago now sells for £395, a rise of 32 per cent.", "FC203",
     "A season ticket that cost £310 three years ago now sells for £395, a rise of 27 per cent.", None),
    ("The fare was £2.40 in 2022 and £2.90 in 2025, an increase of 60p.", "FC301",
     "The fare was £2.40 in 2022 and £2.90 in 2025, an increase of 50p.", None),
    ("The fare was £2.40 in 2022 and is £2.90 now, a fall of 21%.", "FC303",
     "The fare was £2.40 in 2022 and is £2.90 now, a rise of 21%.", None),
    ("Snow cut off nine villages in the valley on Sunday. Soldiers reached all 11 communities by Tuesday.", "FC402",
     "Snow cut off nine villages in the valley on Sunday. Soldiers reached all nine communities by Tuesday.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert rule in flagged_rules(flagged_text, published)
    assert rule not in flagged_rules(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # the round's false alarms: a chaser's gain as a rival's lead is cut; a climber may reach the top and use
    # oxygen; survey answers to different questions; numbers naming bus routes
    ("Over the last lap the Dutch pair cut the Italians' lead from 3.9 seconds to 1.2 seconds, a gain of 2.7 "
     "seconds.", None),
    ("Of the 88 divers on the course, 64 passed the final test and 35 used a borrowed drysuit, the school said.", None),
    ("Of the 2,400 residents polled, 1,700 said the park was well kept and 1,150 said it felt safe at night.", None),
    ("The nine tram lines hit by the strike include the 3, 11B and 14, which will not run on Friday.", None),
    # the learning sets' alarms: the rest told, then a count of where it went; a trait beside an activity; things
    # held, the second gapped; a figure of a series' first item; a share of land told as what it is and where it lies
    ("The choir will sing 30 concerts this year, 18 of them at home and the rest abroad in four countries.", None),
    ("Of the county's 180 farms, 112 are tenant-run and 85 now sell produce at markets, the survey found.", None),
    ("The credit union has 48,000 members, 30,000 of whom hold a loan and 41,000 a savings account.", None),
    ("The visitors had 12 shots in the first half, nine in the second and four in extra time.", None),
    ("The trust has planted 900 hectares since 2020. Some 600 hectares of that is oak, and 450 hectares lies on "
     "former farmland, it said.", None),
    # near misses: another section of a length; ones that stay parts are in the test below
    ("The new road is 65km long. The 56km northern section opens first.", None),
    # near misses: a lead at a break, not the result; a margin in wickets; a count of millions "higher"
    ("Rivne took an 18-14 lead into half-time, a four-goal cushion, and went on to win.", None),
    # (round 62: "led 5-3 at the break, a three-goal lead" is now read, a lead's margin apposed to its score: moved to
    # test_round62's flags)
    ("Sales were 12m higher than last year, the firm said.", None),
    # near misses: the others still to be named; two shares of overlapping kinds
    ("Five boats have qualified so far: Osprey, Tern and Puffin. The rest will be named on Monday.", None),
    ("Of the harvest, 58% went to export and 60% was organic.", None),
    ("The stadium can seat 1,150 fans. The 1,510-seat arena next door opens in May.", None),
    # near misses: a yearly rate; the newer level told first; the change measured another way
    ("Rents were £900 in 2019 and £1,350 in 2024, a rise of 9% a year.", None),
    ("Night flights rose to 6,150 last year from 5,400 in 2023, an increase of 14%.", None),
    ("Rents were £900 in 2019 and £1,350 in 2024, a rise of 30% in real terms.", None),
    # near misses: two areas of other things; an area grown since; two swims of one unit
    ("The farm covers 200 hectares. Its 50-acre orchard was planted in 1990.", None),
    ("The park covered 300 hectares in 2010. It now spans 1,400 acres of heath.", None),
    ("The triathlon has a 750m swim for novices. The 1500m swim is for the elite field.", None),
    # near misses: a plan changed; a length of another thing
    ("Work on the bridge will take 18 months. The original 15-month project was extended.", None),
    ("The station will shut for nine nights. A 12-night closure of the depot follows in May.", None),
    ("The line will shut for nine nights. Buses will run on three of the 12-night closure's busiest nights.", None),
    # near misses: the first of a list's parts labelled as they are, no total
    ("The £2.3m expansion will see £1.1m spent on stills, £850,000 on a warehouse and £350,000 on a shop.", None),
    ("The £9m scheme will see £4m spent on roads, £3m on paths and £2m on lighting.", None),
])
def test_false_alarms_and_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # near misses keep their reading: answers to one question; a figure and its complement told by a denial;
    # a used part beside the rest of the whole; a lead that grew
    ("Of the 1,120 passengers surveyed, 840 said they were satisfied and 310 said they were dissatisfied.", "FC102",
     None),
    ("Of the 88 divers, 64 used a drysuit and 30 dived without one.", "FC102", None),
    ("Of the 88 divers, 64 passed the final test and 30 failed it.", "FC102", None),
    ("Of the 40 staff, 25 are full-time and 20 work part-time.", "FC101", None),
    ("The line ran 1,214 trains, of which 1,010 arrived on time and 214 were late.", "FC102", None),
    ("Of the 214 wineries, 131 are family-owned and 96 are owned by companies.", "FC102", None),
    ("The Dutch pair stretched their lead from 3.9 seconds to 1.2 seconds, a gain of 2.7 seconds.", "FC303", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

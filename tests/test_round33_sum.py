"""Round 33 (sums): readings added for the sum learning set, each with five flag variants and clean twins.

1. a figureless "including" aside on a part's label, closed by the series' comma, does not break the list
   (``sums._INCLUDING_ASIDE``): "$58m on Friday, including previews, $49m on Saturday and ...";
2. a group size right after a plain count of its own things "in/on/of the" body is where the count sits: the list
   after them breaks down the count, not the body (``sums._size_of_body_held``);
3. what is left told as the object of a short clause in the next sentence closes the list ("Advertising accounted
   for the remaining $0.5bn": ``sums._CLAUSE_THEN_REMAINDER``);
4. candidates' votes, then the next sentence opening on "Another N papers were rejected": the spoiled papers are one
   more part of the ballots cast (``sums._spoiled_papers_next``);
5. one person's term, then a dash or colon list of terms "for" offences served consecutively, adds up to it
   (``consecutive_terms``; concurrent terms, or neither word, say nothing);
6. a headline's figure "over N" periods and, in the first body sentence, exactly N parts each dated by a period of
   its own, telling the same thing done, is all of it (``headline_periods``, inferred);
7. N people "each" given a sum of money, then what they pay or get "between them" / "a total of": N times the sum
   (``each_paid``; not beside another payment such as costs);
8. a running total after a list of fresh parts may stand past a clause telling the event, with no figure
   (``sums._event_clause_dropped``): "... and 23 were hurt when a blast tore through ..., bringing the number of
   casualties to 34".
9. a sum of money split (colon or dash) into shares told as fractions or percentages of it and sums of money, each
   placed "for"/"to" its use: each fraction is that much of the whole, and all add up to it (``fraction_parts``);
10. "SIDE's points came from" tries, conversions and penalties, after a sentence where the side beat another by a
    score: the score's first figure is the side's points (``scoring.find_points_after_score``);
11. a winner's score, then ", with" and nothing but its scorers ("scoring twice", "a hat-trick", "one goal each"):
    their goals add up to the winner's figure (``goal_scorers``; not beside an own goal, a shoot-out or a penalty).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGS = [
    # 1. an "including" aside inside a list
    ("The show earned £9.4m across its first week: £3.1m on Monday, including matinees, £2.9m on Tuesday and "
     "£2.2m on Wednesday.", "£9.4m"),
    ("Donors gave $61,000 to the appeal - $24,000 in March, including gift aid, $20,000 in April and $12,000 in May.",
     "$61,000"),
    ("The harbour landed 8,200 tonnes of fish: 4,100 tonnes of whitefish, including hake, 2,600 tonnes of shellfish "
     "and 1,900 tonnes of mackerel.", "8,200 tonnes"),
    ("In all 1,450 runners finished the race - 820 in the 10km, including wheelchair racers, 400 in the half "
     "and 180 in the full marathon.", "1,450"),
    ("The council received 930 complaints last year: 410 about bins, including missed collections, 300 about "
     "parking and 180 about noise.", "930"),
    # 2. a count held, then the size of the body it sits in
    ("The alliance holds 52 seats on the 90-seat council - 30 held by the Greens, 15 by Labour and 9 by "
     "independents.", "52"),
    ("The opposition bloc has 212 seats in the 450-seat parliament - 140 won by the Social Democrats, 50 by the "
     "Liberals and 18 by the Greens.", "212"),
    ("Women now fill 23 seats on the 60-seat assembly: 12 held by Plaid, 7 by Labour and 6 by the Conservatives.",
     "23"),
    ("The ruling group controls 31 seats in the 75-seat chamber - 19 held by the Independents and 14 by the "
     "Residents' Association.", "31"),
    ("The unions hold 11 seats on the 30-seat board - six held by Unite, three by Unison and one by the GMB.", "11"),
    # 3. what is left as the object of a clause in the next sentence
    ("Annual sales reached £7.2m, with the shop bringing in £4.1m and the cafe £2.3m. Online orders made up the "
     "remaining £1.1m.", "£7.2m"),
    ("The trust spent $960,000, with wages taking $510,000 and rent $240,000. Equipment took the remaining $150,000.",
     "$960,000"),
    ("Of the 423 patients seen, 214 were treated at home and 131 in clinics. Hospitals admitted the remaining 88.",
     "423"),
    ("The festival sold 18,400 tickets, with adults buying 9,600 and children 5,100. Families bought the remaining "
     "3,300.", "18,400"),
    ("Revenue hit €3.9bn, with retail contributing €2.1bn and wholesale €1.1bn. Licensing brought in the remaining "
     "€0.9bn.", "€3.9bn"),
    # 4. spoiled papers in the sentence after the candidates' votes
    ("Of the 12,318 votes cast, the sitting mayor won 6,040, her Labour rival took 4,105 and the Green candidate "
     "2,051. Another 142 ballot papers were rejected.", "12,318"),
    ("Of the 7,905 ballots cast, the Labour candidate received 3,902, the Liberal Democrat 2,604 and an independent "
     "1,297. A further 84 papers were declared void.", "7,905"),
    ("Of the 25,360 votes cast in the by-election, the winner polled 11,220, the runner-up got 9,014 and the third "
     "candidate 4,871. Another 215 were spoilt.", "25,360"),
    ("Of the 3,466 votes cast, the incumbent secured 1,611, a challenger took 1,240 and a third candidate 562. "
     "Another 21 papers were rejected as blank.", "3,466"),
    ("Of the 40,112 ballots cast for mayor, Ortiz received 19,950, Kwan won 14,003 and Patel 5,809. A further "
     "310 ballot papers were spoiled.", "40,112"),
    # 5. consecutive terms
    ("Hale was jailed for 30 months: 18 months for burglary and 10 months for theft, to be served consecutively.",
     "30 months"),
    ("Judge Amin sentenced Clark to eight years - five years for robbery, two for assault and two for possessing a "
     "weapon, all to run consecutively.", "eight years"),
    ("The former treasurer received 11 years on Monday - seven years for embezzlement and three for false "
     "accounting, the terms to run consecutively.", "11 years"),
    ("Consecutive terms meant Reid was given 16 years: ten years for arson and five years for attempted murder.",
     "16 years"),
    ("A drugs courier was jailed for six years - four years for importing cocaine and one for money laundering, "
     "to run consecutively, a court heard.", "six years"),
    # 6. a headline over N periods, one part for each
    ("Trust to save £12.4m over two years\nThe hospital trust will cut £7.3m from spending in 2025 and £4.6m in 2026, "
     "its board said.", "£12.4m"),
    ("Airline to cut 930 jobs over three years\nThe carrier will cut 410 posts in 2025, 260 in 2026 and 215 in 2027.",
     "930"),
    ("Volunteers to plant 6,150 trees over three years\nThey will plant 2,540 trees in 2026, 2,310 trees in 2027 and "
     "1,420 trees in 2028.", "6,150"),
    ("Council to build 1,240 homes over four years\nIt will build 281 homes in 2025, 312 in 2026, 327 in 2027 and "
     "293 in 2028.", "1,240"),
    ("Ferry firm to cut 214 sailings over three years\nThe operator will cut 83 sailings in 2025, 71 in 2026 and 49 in "
     "2027.", "214"),
    # 7. each one's sum against theirs together
    ("The two winners will each receive $2,500, a total of $6,000 from the fund.", "$6,000"),
    ("Four landlords were each fined £3,750 by magistrates on Tuesday, meaning they will pay £16,000 between them.",
     "£16,000"),
    ("Five nurses each donated €1,200 to the ward appeal, giving €7,500 in total.", "€7,500"),
    # (round 33 mend: ", and the college said it paid out ... altogether" is another payer's clause, not read)
    ("Six students were each awarded bursaries worth £850, so they received £5,700 altogether.", "£5,700"),
    ("Three councillors each claimed $4,400 in travel allowances last year, $14,100 combined.", "$14,100"),
    # 8. a running total past the clause telling the event
    ("Four people died and 17 were injured when a coach overturned on a slip road near Carlisle late on Friday, "
     "bringing the number of casualties to 23, police said.", "23"),
    ("Two workers were killed and 11 hurt when scaffolding collapsed on a building site in the docks on Monday "
     "morning, bringing the number of casualties to 15.", "15"),
    ("Crews rescued 41 walkers and 13 climbers as heavy snow swept across the high passes of the national park, "
     "taking the total rescued to 57.", "57"),
    ("Nine passengers died and 36 were injured when two trains collided outside a busy station in the north, "
     "bringing the number of casualties to 48.", "48"),
    ("The centre rehomed 73 dogs and 29 cats when a rival shelter in the county closed its doors last spring, "
     "bringing the number of animals rehomed to 107.", "107"),
    # 9. fractions of the whole beside sums of money
    ("The £20m regeneration fund will be divided as follows: half for the station quarter, a quarter for the "
     "harbour and £6m for housing.", "£20m"),
    ("A $960,000 legacy is to be shared out - a third to the hospice, a third to the school and $350,000 to the "
     "church.", "$960,000"),
    ("The club's €2.4m windfall was split: half for the academy and €1.5m for the new stand.", "€2.4m"),
    ("The £60m transport budget is allocated in three parts: 40% for buses, a quarter for cycle lanes and £24m for "
     "road repairs.", "£60m"),
    ("The prize pot of £8,400 will be split between three causes - a half to the food bank, a quarter to the "
     "youth club and £2,500 to the library.", "£8,400"),
    # 10. a winner's points in the score before, broken down by scores
    ("Munster beat Connacht 26-13 in Limerick. Munster's points came from three tries, three conversions and a "
     "penalty.", "26-13"),
    ("Bath defeated Gloucester 33-17 on Saturday. Bath's points came from four tries, four conversions and a drop "
     "goal.", "33-17"),
    ("Wigan won 22-16 at home on Friday night. Wigan's points came from four tries and two conversions.", "22-16"),
    ("The Sharks edged the Stormers 20-18 in Durban. The Sharks' points came from two tries and three penalties.",
     "20-18"),
    ("Scotland beat Italy 28-12 at Murrayfield. Scotland's points were made up of three tries, a conversion and four "
     "penalties.", "28-12"),
    # 11. scorers against the winner's figure
    ("Rovers beat City 4-2 at home, with Sam Okafor netting a hat-trick and Lee Grant adding two goals.", "4-2"),
    ("Northfield Town defeated Eastbury 2-0 on Tuesday, with Ben Hall and Kai Moss scoring twice each.", "2-0"),
    ("The Lions won 6-1 in the cup, with Ella Park scoring three times, Maya Ross once and Zoe Lin once.", "6-1"),
    ("Ashby beat Kelso 3-2 on Sunday, with Dev Patel grabbing a brace and Tom Reed and Ali Shah a goal apiece.",
     "3-2"),
    ("Greenway edged Dalton 1-0 at the weekend, with Joe Kerr scoring once and Ian Lamb netting a goal.", "1-0"),
]

CLEAN = [
    # 1. twins that add up
    "The show earned £8.2m across its first week: £3.1m on Monday, including matinees, £2.9m on Tuesday and "
    "£2.2m on Wednesday.",
    "Donors gave $56,000 to the appeal - $24,000 in March, including gift aid, $20,000 in April and $12,000 in May.",
    "The harbour landed 8,600 tonnes of fish: 4,100 tonnes of whitefish, including hake, 2,600 tonnes of shellfish "
    "and 1,900 tonnes of mackerel.",
    "The council received 890 complaints last year: 410 about bins, including missed collections, 300 about "
    "parking and 180 about noise.",
    # an "including" aside with a figure: the piece of a part, not a part (the list runs on)
    "The show earned £8.2m across its first week: £3.1m on Monday, including £1m from matinees, £2.9m on Tuesday "
    "and £2.2m on Wednesday.",
    # 2. twins that add up, and a body size broken down on its own
    "The alliance holds 54 seats on the 90-seat council - 30 held by the Greens, 15 by Labour and 9 by independents.",
    "The opposition bloc has 208 seats in the 450-seat parliament - 140 won by the Social Democrats, 50 by the "
    "Liberals and 18 by the Greens.",
    "The 90-seat council is made up of 40 Greens, 30 Labour members and 20 independents.",
    "The unions hold 10 seats on the 30-seat board - six held by Unite, three by Unison and one by the GMB.",
    # 3. twins that add up, and "the remaining" of something else
    "Annual sales reached £7.5m, with the shop bringing in £4.1m and the cafe £2.3m. Online orders made up the "
    "remaining £1.1m.",
    "The trust spent $900,000, with wages taking $510,000 and rent $240,000. Equipment took the remaining $150,000.",
    "Of the 433 patients seen, 214 were treated at home and 131 in clinics. Hospitals admitted the remaining 88.",
    # what is left of another whole: the officers still sought, after the list of those held
    "Police held 14 men and 9 women after the raid. Officers are still hunting the remaining 6 suspects.",
    "Revenue hit €4.1bn, with retail contributing €2.1bn and wholesale €1.1bn. Licensing brought in the remaining "
    "€0.9bn.",
    # 4. twins that add up, and spoiled papers of another count
    "Of the 12,300 votes cast, the sitting mayor won 6,040, her Labour rival took 4,105 and the Green candidate "
    "2,013. Another 142 ballot papers were rejected.",
    # (named candidates: the papers after them make up the ballots cast, no alarm for the votes alone)
    "Of the 12,300 votes cast, Mary Dunn won 6,040, Ravi Shah took 4,105 and Joe Bell 2,013. Another "
    "142 ballot papers were rejected.",
    "Of the 7,887 ballots cast, the Labour candidate received 3,902, the Liberal Democrat 2,604 and an independent "
    "1,297. A further 84 papers were declared void.",
    "Of the 25,320 votes cast in the by-election, the winner polled 11,220, the runner-up got 9,014 and the third "
    "candidate 4,871. Another 215 were spoilt.",
    # 5. terms that add up, terms served at once, and terms with neither word
    "Hale was jailed for 28 months: 18 months for burglary and 10 months for theft, to be served consecutively.",
    "Judge Amin sentenced Clark to nine years - five years for robbery, two for assault and two for possessing a "
    "weapon, all to run consecutively.",
    "Clark got five years - five years for robbery and three for assault, to run concurrently.",
    "The former treasurer received seven years on Monday - seven years for embezzlement and three for false "
    "accounting.",
    "A drugs courier was jailed for five years - four years for importing cocaine and one for money laundering, "
    "to run consecutively, a court heard.",
    # 6. parts that add up, fewer parts than periods, and another thing done in the body
    "Trust to save £11.9m over two years\nThe hospital trust will cut £7.3m from spending in 2025 and £4.6m in 2026, "
    "its board said.",
    "Airline to cut 885 jobs over three years\nThe carrier will cut 410 posts in 2025, 260 in 2026 and 215 in 2027.",
    "Airline to cut 930 jobs over three years\nThe carrier will cut 410 posts in 2025 and 260 in 2026.",
    "Firm to invest £51m over three years\nIt made profits of £10.2m in 2021, £12.4m in 2022 and £15.1m in 2023.",
    "Council to build 1,213 homes over four years\nIt will build 281 homes in 2025, 312 in 2026, 327 in 2027 and "
    "293 in 2028.",
    # 7. sums that agree, and another payment beside
    "The two winners will each receive $2,500, a total of $5,000 from the fund.",
    "Four landlords were each fined £3,750 by magistrates on Tuesday, meaning they will pay £15,000 between them.",
    "Five nurses each donated €1,200 to the ward appeal, giving €6,000 in total.",
    "Four men were each fined £400 and ordered to pay costs of £1,500 between them.",
    "Three councillors each claimed $4,400 in travel allowances last year, $13,200 combined.",
    # 8. totals that agree, and a total over a longer span
    "Four people died and 17 were injured when a coach overturned on a slip road near Carlisle late on Friday, "
    "bringing the number of casualties to 21, police said.",
    "Nine passengers died and 36 were injured when two trains collided outside a busy station in the north, "
    "bringing the number of casualties to 45.",
    "Crews rescued 41 walkers and 13 climbers as heavy snow swept across the high passes of the national park, "
    "taking the total rescued since January to 212.",
    "Two workers were killed and 11 hurt when scaffolding collapsed on a building site in the docks on Monday "
    "morning, bringing the number of casualties this year to 40.",
    # 9. shares that add up, and a fraction of something else
    "The £20m regeneration fund will be divided as follows: half for the station quarter, a quarter for the "
    "harbour and £5m for housing.",
    "A $960,000 legacy is to be shared out - a third to the hospice, a third to the school and $320,000 to the "
    "church.",
    "The club's €2.4m windfall was split: half for the academy and €1.2m for the new stand.",
    "The £60m transport budget is allocated in three parts: 40% for buses, a quarter for cycle lanes and £21m for "
    "road repairs.",
    "The prize pot of £8,400 will be split between three causes - a half to the food bank, a quarter to the "
    "youth club and £2,100 to the library.",
    # 10. points that the scores make, and the loser's points
    "Munster beat Connacht 24-13 in Limerick. Munster's points came from three tries, three conversions and a "
    "penalty.",
    "Bath defeated Gloucester 31-17 on Saturday. Bath's points came from four tries, four conversions and a drop "
    "goal.",
    "Wigan won 20-16 at home on Friday night. Wigan's points came from four tries and two conversions.",
    "Scotland beat Italy 29-12 at Murrayfield. Scotland's points were made up of three tries, a conversion and four "
    "penalties.",
    "Ulster lost to Leinster 27-10 at the RDS. Ulster's points came from a try, a conversion and a penalty.",
    # 11. scorers that make the score, and goals of another kind
    "Rovers beat City 5-2 at home, with Sam Okafor netting a hat-trick and Lee Grant adding two goals.",
    "Northfield Town defeated Eastbury 4-0 on Tuesday, with Ben Hall and Kai Moss scoring twice each.",
    "The Lions won 5-1 in the cup, with Ella Park scoring three times, Maya Ross once and Zoe Lin once.",
    "Ashby beat Kelso 4-2 on Sunday, with Dev Patel grabbing a brace and Tom Reed and Ali Shah a goal apiece.",
    "Greenway beat Dalton 3-0, with Joe Kerr scoring twice and an own goal completing the win.",
]


@pytest.mark.parametrize("text,target", FLAGS)
def test_round33_sum_flags(text, target):
    assert_flagged(text, target, "FC1")


@pytest.mark.parametrize("text", CLEAN)
def test_round33_sum_clean(text):
    assert_clean(text)

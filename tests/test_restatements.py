"""Restatements (FC401-FC405): a quantity stated twice must agree.

Long-tail cases beyond the rules' own examples: each flagged case names the
rule and the figure the finding must cover; each clean case must raise no
warning or error from any rule.
"""
from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from checker import check_text
from checker.api import analyse
from checker.relate import restatements as R
from checker.relate.restatements import agrees, group_of, singular


def _covers(finding, text, target):
    start = text.index(target)
    end = start + len(target)
    spans = [(finding.start, finding.end)] + [(r.start, r.end) for r in finding.related]
    return any(s < end and start < e for s, e in spans)


FLAGGED = [
    # headline against the lead
    ("Bus crash injures 23 on motorway\nTwelve people were injured when a coach overturned on the M6 near "
     "Stafford on Sunday morning.", "FC401", "Twelve"),
    ("Council to cut 450 posts\nThe council plans to cut 380 jobs over the next two years to save money, its "
     "leader said.", "FC401", "380"),
    ("Factory blaze forces 60 workers out\nAbout 25 workers were evacuated from the plant in Crewe after a fire "
     "broke out in a storeroom.", "FC401", "25"),
    ("Unemployment falls to 5.2%\nThe jobless rate fell to 5.6% in the three months to June, official figures "
     "showed.", "FC401", "5.6%"),
    # a definite restatement
    ("Three climbers died on the mountain on Saturday. The bodies of the four climbers were recovered by "
     "helicopter.", "FC402", "four"),
    ("Police arrested 12 people after the match. All 15 suspects were later released without charge.",
     "FC402", "15"),
    ("The airline cancelled 120 flights on Monday. Passengers on the 150 cancelled flights were offered "
     "refunds.", "FC402", "150"),
    ("Twelve schools will close at the end of term. Parents at the 14 schools were told by letter on Friday.",
     "FC402", "14"),
    ("The fire killed six people. Police have named all seven victims.", "FC402", "seven"),
    ("The proposal was backed by 58.4% of voters. Campaigners said the 61% vote showed strong support.",
     "FC402", "61%"),
    ("The firm agreed to buy its rival for $3.2bn. The $3.6bn deal still needs approval from regulators.",
     "FC402", "$3.6bn"),
    # ages
    ("Emma Castle, 32, was found at her home in Derby. Ms Castle, 35, had lived there for a decade.",
     "FC403", "35"),
    ("A 45-year-old man has been charged with murder. The man, 47, will appear before magistrates on Monday.",
     "FC403", "47"),
    ("The boy, aged 14, was taken to hospital. Doctors said the 15-year-old boy was in a stable condition.",
     "FC403", "15-year-old"),
    ("Police named the driver as Tom Wade, 52. Mr Wade, 54, from Hull, died at the scene.", "FC403", "54"),
    # lengths
    ("The wall stretches for 3.5 miles along the coast. Work on the 4.2-mile wall began in 2019.",
     "FC404", "4.2-mile"),
    ("The tower is 310m tall and opened in 2012. Visitors to the 330m tower can see for 40 miles.",
     "FC404", "330m"),
    ("Fire destroys 12 homes in village\nFifteen homes were destroyed when fire swept through the village of "
     "Hawley on Tuesday night.", "FC401", "Fifteen"),
    ("Firm to create 500 jobs in Swansea\nA technology firm is to create 350 new jobs at a site in Swansea, "
     "the Welsh government said.", "FC401", "350"),
    ("Turnout hits 62% in city vote\nTurnout in the mayoral election was 58%, the returning officer said on "
     "Friday.", "FC401", "58%"),
    ("Some 300 homes were flooded on Sunday. Residents of the 340 flooded homes have been moved to a leisure "
     "centre.", "FC402", "340"),
    ("The two firms employ 1,200 people in the town. Union leaders fear for the 1,500 employees.", "FC402",
     "1,500"),
    ("Nearly 500 passengers were on board the ship. All 560 passengers were rescued by lifeboats.", "FC402",
     "560"),
    ("A total of 36 people were arrested during the protest. The 38 arrested were held overnight.", "FC402",
     "38"),
    ("Police named the victim as Sarah Jones, 34, from Hove. The 36-year-old had worked at the school for "
     "ten years.", "FC403", "36-year-old"),
    ("The 2.4-mile tunnel opened in 1994. Engineers said the tunnel, which is 3 miles long, needs new "
     "lighting.", "FC404", "3 miles"),
    ("Okafor was jailed for 12 years. He is appealing against the 10-year sentence.", "FC405", "10-year"),
    ("Two climbers rescued after avalanche\nRescuers reached three climbers trapped by an avalanche on Ben "
     "Nevis on Saturday.", "FC401", "three"),
    ("Police said the 17-year-old girl had been missing since Monday. The girl, 16, was found safe in Leeds.",
     "FC403", "16"),
    ("The company will shed 1,200 jobs, it said on Monday. The 1,500 job cuts will fall mostly on its "
     "factories.", "FC402", "1,500"),
    ("Voters backed the plan by 52% to 48%. The 54% majority was smaller than expected.", "FC402", "54%"),
    ("A 25-year-old woman was hurt in the crash. The woman, who is 27, was treated at the scene.", "FC403",
     "27"),
    ("The firm sold its stake for $1.5bn last week. The $1.2bn sale ends a ten-year partnership.", "FC402",
     "$1.2bn"),
    ("Sarah Jones, a 34-year-old teacher, was hurt. Jones, 36, is recovering in hospital.", "FC403", "36"),
    ("The siege lasted 14 hours. Police said the 16-hour siege ended peacefully.", "FC405", "16-hour"),
    ("She was banned for three weeks. The 28-day ban ends on Friday.", "FC405", "28-day"),
    # "the N-year-old" standing for the one person whose age was given a sentence or two before
    ("Police stopped a 29-year-old man on the A40, and he was charged with drink-driving. A court heard "
     "on Tuesday that the 31-year-old had been drinking all afternoon.", "FC403", "31-year-old"),
    ("A 64-year-old woman was pulled from the river on Sunday. She was taken to hospital. Doctors said "
     "the 46-year-old was expected to recover.", "FC403", "46-year-old"),
    # a sum restated with a synonym noun: "a contract worth $X ... the $Y deal"
    ("The ministry signed an agreement worth $2.1 billion with the shipyard. Critics said the $1.2 billion "
     "contract was rushed.", "FC402", "$1.2 billion"),
    ("The regulator imposed a penalty of £16m on the water firm. The £61m fine is the largest of its kind.",
     "FC402", "£61m"),
    ("The council agreed a settlement of $850,000 with the family. The $580,000 payout ends the lawsuit.",
     "FC402", "$580,000"),
    # a headline price against the lead's one price for the same transaction
    ("Forward seals £32m switch to Villa\nThe Belgium international has moved from Ajax for a fee thought "
     "to be £23 million, the club said.", "FC401", "£23 million"),
    ("Chemicals group buys rival for $780m\nThe group said on Tuesday it had agreed to acquire its smaller "
     "rival in a deal valued at $870 million.", "FC401", "$870 million"),
    # terms
    ("Marsh was sentenced to 10 years in prison. His lawyer said the 12-year sentence was excessive.",
     "FC405", "12-year"),
    ("Dunn was given a four-year jail term for fraud. He will serve half of his three-year sentence in "
     "custody.", "FC405", "three-year"),
    ("She was banned from driving for 18 months. The 12-month ban starts immediately.", "FC405", "12-month"),
    ("The striker signed a three-year contract in June. The four-year deal keeps him at the club until 2027.",
     "FC405", "four-year"),
    # a tenure given twice
    ("Mr Okoro, who has led the party for 11 years, faces a challenge. Critics say his 14 years in charge "
     "have left it divided.", "FC405", "14 years"),
    ("Ms Reyes became mayor seven years ago. In her five years in office, crime has fallen.", "FC405",
     "five years"),
    ("The coach, who took over four years ago, was sacked on Sunday. His three years in charge brought two "
     "trophies.", "FC405", "three years"),
    ("Over her nine-year reign, the queen visited 40 countries. During her seven years on the throne, she met "
     "12 presidents.", "FC405", "seven years"),
    ("He has served as chairman for nine years. His six years as chairman saw profits double.", "FC405",
     "six years"),
    # a headline record against the lead's one figure to the same digits
    ("Okafor breaks world record with 43.18\nOkafor ran 43.81 seconds to break the world 400m record in "
     "Tokyo.", "FC401", "43.81 seconds"),
    ("Silva sets record of 8.95m\nSilva leapt 8.59 metres on his final attempt to set a national record.",
     "FC401", "8.59 metres"),
    ("Museum sets visitor record of 1.2 million\nThe museum welcomed 1.4 million visitors last year, a record "
     "for the gallery.", "FC401", "1.4 million"),
    ("A 19-year-old was stabbed in the high street on Saturday night. Police said on Sunday that the "
     "20-year-old was in a stable condition.", "FC403", "20-year-old"),
    ("Ms Ruiz, chief executive for the past eight years, will retire. Over her 10 years in charge profits "
     "have doubled.", "FC405", "10 years"),
    ("Chelsea complete £70m signing of midfielder\nChelsea have signed the Ecuador midfielder from Brighton "
     "for £75m, the club said.", "FC401", "£75m"),
    # a duration with a verb of the same event, and a number word before the noun
    ("The library will shut for nine months for repairs. During the six-month shutdown, books can be "
     "borrowed at the town hall.", "FC405", "six-month"),
    ("Dock workers will strike for six weeks from Monday. The four-week strike will hit exports.", "FC405",
     "four-week"),
    ("The inquest lasted 14 weeks. At the close of the twelve-week inquest, the coroner took a day to rule.",
     "FC405", "twelve-week"),
    # a whole given with "all", restated with a participle and a generic noun
    ("All 14 passengers were pulled from the water by a lifeboat. The 16 rescued people were flown to "
     "Truro.", "FC402", "16"),
    # a quantity added under another verb is not the headline's figure
    ("Floods wreck 120 homes in valley\nThe council said 95 homes were wrecked and scores more flooded when "
     "the river burst its banks.", "FC401", "95"),
]

CLEAN = [
    "Floods force 1,200 from their homes\nAbout 1,150 people were forced from their homes by the floods, the "
    "council said.",
    # the headline total is split in the lead
    "Storm leaves 30,000 homes without power\nThe storm left 18,000 homes in Devon and 12,000 in Cornwall "
    "without power on Tuesday.",
    "Retailer to shut 45 stores\nThe retailer will shut 45 shops by the end of the year, putting 900 jobs at "
    "risk.",
    # a change in the headline, a level in the body
    "Reserves rise 4.5 billion crowns in May\nReserves rose to 61.2 billion crowns in May from 56.7 billion "
    "in April.",
    "The club signed six players in the summer. The six new signings all started on Saturday.",
    # another year
    "Twelve schools will close in 2024. The 14 schools closing in 2025 have not been named.",
    # a sub-group by place
    "The company has 200 stores. The 35 stores in Ireland will stay open.",
    "Nine people were killed and 30 injured. Two of the 30 injured are critical.",
    "The storm killed 14 people across the region. The 14 victims included three children.",
    "The bank will close 40 branches this year. It closed the 25 branches in Scotland last year.",
    # a part of a larger set
    "Acme bought Bolt and three other firms in May. The four firms employ 900 people.",
    # different people with the same role or surname
    "A 30-year-old woman and a 32-year-old man were arrested. The woman, 30, was later released.",
    "Ann Berry, 61, and her son Carl Berry, 38, were injured. Mr Berry, 38, was discharged.",
    "The runway is 3km long. Work on the 3,000-metre runway will finish next year.",
    # races have distances, not one length
    "She won the 5km race in May. She was second in the 10km race a week later.",
    "Reid was jailed for life with a minimum term of 20 years. The 20-year minimum term will be reviewed.",
    "Reid was jailed for six years. The six-year term will run concurrently.",
    "Hartley was jailed for six years and his brother for four years. The four-year sentence was suspended.",
    "The proposal was backed by 58.4% of voters. Campaigners said the 58% vote showed strong support.",
    "The council received a £2.5m grant in 2019. The £2.5m grant paid for new roofs.",
    "The firm rejected a $3bn bid in May. The improved $3.5bn offer was accepted.",
    "Ferry sinking: 40 missing\nAt least 25 people are missing after a ferry sank off the coast.",
    "He was sentenced to six months in jail. The six-month term was suspended for a year.",
    "The shop employs 40 staff. The 40 workers were told of the closure on Monday.",
    "Police named the victim as Sarah Jones, 34, from Hove. The 34-year-old had worked at the school.",
    # "nearly 500" reaches up to 550 at that rounding
    "Nearly 500 passengers were on board the ship. All 488 passengers were rescued by lifeboats.",
    # "The 41-year-old" may be someone whose age was not given before
    "Sarah Jones, 34, was attacked in May. A man was later arrested. The 41-year-old was charged.",
    # the headline's subset in the second sentence
    "Exchange elects 10 board members\nThe exchange held its annual meeting today. It said there were eight "
    "new members among those elected.",
    "The company had 2,500 employees in 2010. Today the 3,000 employees work across four sites.",
    "Twenty schools face closure. Two of the 20 schools are in the city centre.",
    "The crash killed four people. The four dead were named by police on Monday.",
    "Drug trial leaves 12 in hospital\nSix patients were taken to hospital after a drug trial, and six more "
    "followed on Tuesday.",
    "Mr Hunt, 52, said the firm would appeal. Its chairman, 61, declined to comment.",
    # "$1bn" is stated to the nearest billion
    "The firm sold its stake for $1bn last week. The $1.2bn sale ends a ten-year partnership.",
    "The strike lasted 12 days. The 10-day strike in 2019 was shorter.",
    "She was banned for three weeks. The 21-day ban ends on Friday.",
    # two bonds, not one restated
    "The 10-year bond yield rose to 4.1%. The 30-year bond yield was unchanged.",
    # a label, not a count: "the 800m title"
    "She will defend her 1500m title in March. She also hopes to win the 800m title.",
    # a comparison
    "Sales rose 3% in May, less than the 5% rise seen a year earlier.",
    "More than 100 hospitals will be sold. The 100 hospitals employ 40,000 staff.",
    # another duration in a later clause, another closure, an agreeing restatement
    "The library will shut for nine months. During the nine-month shutdown, the cafe will stay open for "
    "two months.",
    "The road was closed for two hours on Monday. The six-week closure of the bridge starts in May.",
    "The hearing lasted two days. The 12-week trial begins in May.",
    # "all N" restated by fewer (some of them), by a set of its own, or by other people
    "All 14 passengers were pulled from the water. The three injured people were flown to Truro.",
    "All 23 miners were brought to the surface. The 40 men who led the rescue were praised.",
    "All 23 miners were brought to the surface. The 40 rescue workers were praised.",
    "All 9 climbers reached the summit on Friday. The 11 other men turned back.",
    # "the 51-year-old" after someone else has come into the story
    "A 29-year-old man was stopped on the A40. His passenger was arrested. The 51-year-old was charged.",
    "A 64-year-old woman was pulled from the river. He said he saw her fall. The 46-year-old is recovering.",
    # a rate against a total; another order picked out by its date; a bid and the deal later agreed
    "Defender joins Spurs in £20m switch\nThe 25-year-old has signed a five-year contract worth £80,000 a "
    "week.",
    "The firm won an order worth £40m from the navy last year. The £50m order announced on Monday is larger.",
    "Defender joins Spurs in £20m switch\nHe has signed from Lyon in a deal worth £20m, rising to £25m.",
    "Forward seals £32m switch to Villa\nThe forward has moved from Ajax for an initial £23m, the club said.",
    "Chemicals group buys rival for $780m\nThe group, which made $120m last year, bought its smaller rival.",
    "Forward seals £32m switch to Villa\nThe forward signed a contract worth £40m after moving from Ajax.",
    # tenures: another span (marriage, army, the firm), a part of it, another post, a future count
    "Ms Amado has been married for nine years. During her six years at the helm, the firm has grown.",
    "He served in the army for nine years. His six years in office were calm.",
    "Ms Amado joined the firm nine years ago and became chief executive in 2019. Her six years at the helm "
    "saw sales double.",
    "Ms Amado has been chief executive for nine years. During her first six years at the helm, sales doubled.",
    "Mr Cole has been finance director for nine years. His six years as chairman were eventful.",
    "Mr Cole has been chairman for six years and chief executive for nine years. His six years at the helm "
    "were eventful.",
    "Mr Cole has led the club for nine years. By the time he leaves, his ten years in charge will have "
    "brought five titles.",
    "She took part in the race eight years ago. Her six years in charge were a success.",
    # records: the old record, a gap to it, several figures, another subject
    "Okafor breaks record of 43.18\nOkafor ran 43.11 seconds to break the world 400m record in Tokyo.",
    "Bell sets national record of 9.79\nBell ran 9.86 seconds, 0.07 slower than the national 100m record.",
    "Museum sets visitor record of 1.2 million\nThe museum welcomed 1.4 million visitors last year, a record, "
    "and expects 1.5 million this year.",
    "Okafor sets world record of 43.18\nHer rival ran 43.81 seconds in Tokyo, a championship record.",
    "A 19-year-old and a 21-year-old were stabbed on Saturday night. The 20-year-old was in a stable "
    "condition.",
    "A 19-year-old was stabbed on Saturday. A 20-year-old was arrested. The 20-year-old was later released.",
    # the added quantity may complete the headline's figure
    "Storm destroys 40 homes\nOfficials said 25 homes were destroyed and 15 more were lost in the storm.",
]

# Round 3: a verb read as the headline's noun, possessive owners, compound counts, sums introduced with 'a'
FLAGGED += [
    ('Six hurt as bus hits wall\nFour people were injured when the bus left the road in Leeds on Monday.', 'FC401', 'Four'),
    ('Three dead after house fire in Bolton\nTwo people died in the fire at a terraced house on Friday night, police said.', 'FC401', 'Two'),
    ('200 evacuated after gas leak\nAbout 120 residents were evacuated from their homes on Sunday.', 'FC401', '120'),
    ("Lang's 19 league goals took the club to promotion. Lang's 21 goals also won her the player of the year award.", 'FC402', '21'),
    ("Tom Reyes made 212 appearances for the club. The 31-year-old's 221 appearances place him fifth on the all-time list.", 'FC402', '221'),
    ("Patel won the ward by 312 votes. Patel's 321-vote majority was the smallest in the city.", 'FC402', '321-vote'),
    ('The council published a 64-page report on the flooding. The 46-page report blamed blocked drains.', 'FC402', '46-page'),
    ('A 22-storey block will replace the car park. Residents oppose the 28-storey tower.', 'FC402', '28-storey'),
    ('The judge delivered a 90-page judgment on Friday. In the 60-page ruling, she criticised the police.', 'FC402', '60-page'),
    ('The group agreed to acquire the chain of hotels for $640m. The $460m acquisition is expected to close in June.', 'FC402', '$460m'),
    ('Ministers announced a £35m upgrade of the railway station. The £53m project will take three years.', 'FC402', '£53m'),
    ('The insurer agreed a $1.4bn payout to policyholders. Under the $4.1bn agreement, claims will be paid within a year.', 'FC402', '$4.1bn'),
    ('The trust faces a £12m deficit this year. Plugging the £21m deficit will mean cuts to services.', 'FC402', '£21m'),
    ('The charity received an estimated £3.5m legacy. The £5.3m legacy will fund new hospices.', 'FC402', '£5.3m'),
]
CLEAN += [
    'Five arrested after brawl\nPolice arrested five men after a fight outside a pub in Derby on Saturday.',
    'Nine killed as coach overturns\nNine people died and 20 more were hurt when the coach left the road.',
    "Lang's 19 goals took the club to promotion. Moore's 12 goals helped too.",
    "Patel won the ward by 312 votes. Khan's 120-vote majority was the smallest in the city.",
    'The council published a 64-page report on the flooding. A 12-page summary was sent to residents.',
    'A 22-storey block will replace the car park. The 10-storey hotel next door will stay.',
    'The trust faces a £12m deficit this year. The £21m deficit last year was the worst on record.',
    'Ministers announced a £35m upgrade of the station. The £5m first phase will start in May.',
    'The firm agreed to buy the rival for $3.2bn. The $400m break fee would be paid if the deal collapsed.',
    'The trust faces a £12m deficit this year. The £12m deficit will mean cuts.',
    'The trust faced a £12m deficit in 2022. The £15m deficit in 2023 meant cuts.',
]

# Round 3: a size given as a count of units and restated as a modifier of the thing (or back)
FLAGGED += [
    ('The stadium has 42,000 seats and a retractable roof. Tickets for the 24,000-seat stadium sold out in an hour.', 'FC402', '24,000-seat'),
    ('The 650-pupil academy in Leeds was closed on Friday. Its 560 pupils will be taught online this week.', 'FC402', '560'),
    ('Firefighters said the wildfire had burned 3,200 acres by Sunday. Crews were still battling the 2,300-acre fire.', 'FC402', '2,300-acre'),
    ('The prison, which holds 840 inmates, failed its inspection. Staff at the 480-inmate prison said morale was low.', 'FC402', '480-inmate'),
    ('The ship, carrying 2,400 passengers, docked in Naples on Monday. The 4,200-passenger ship will sail again on Friday.', 'FC402', '4,200-passenger'),
]
CLEAN += [
    'The hospital has 620 beds. The 40-bed unit at the hospital will close next month.',
    "The trust's hospitals have 1,200 beds. The 540-bed hospital in Leeds is the largest of them.",
    'The 1,800-pupil school has been told to close. Its 300 sixth-form pupils will stay at home.',
    'The fire had burned through 14,000 hectares by Tuesday. Crews now hope to contain the 41,000-hectare blaze.',
    'The stadium has 42,000 seats and a retractable roof. Tickets for the 42,000-seat stadium sold out in an hour.',
    'The academy has 650 pupils. Its 60 staff will be redeployed.',
]

# Round 3: a rate stated as a level twice; neutral modifiers ('affected'); a new 'in the NOUN'
FLAGGED += [
    ('The vaccine was 91% effective at preventing severe illness in the trial, the company said. Independent scientists said the 81% efficacy figure was encouraging but needed checking.', 'FC402', '81%'),
    ("Unemployment in Clark County stands at 6.8 pct, the state labor department said on Friday. At 8.6 pct, the county's jobless rate is the highest in the state.", 'FC402', '8.6 pct'),
    ("The jobless rate in Fife was 4.9% in the latest survey. Fife's unemployment rate is 5.9%, above the Scottish average.", 'FC402', '5.9%'),
    ('Turnout in the by-election was 43%, the returning officer said. At 37%, the turnout was the lowest in the seat since 1945.', 'FC402', '37%'),
    ('A burst main cut water supplies to 9,000 homes in Hull on Monday. Engineers said all 12,000 affected homes would be reconnected by midnight.', 'FC402', '12,000'),
]
CLEAN += [
    "Unemployment in Clark County stands at 6.8 pct, the state labor department said. At 4.1 pct, the state's jobless rate is far lower.",
    'The jobless rate in Fife was 4.9% in March. The rate for young people is 12.5%.',
    'Unemployment stood at 5.2% in January. The jobless rate has now risen to 5.9%.',
    "Unemployment in the county stands at 6.8%. At 6.8%, the county's jobless rate is the highest in the state.",
    'Turnout in the by-election was 43%, the returning officer said. At 37%, turnout in the 2019 election was lower.',
    'A burst main cut water supplies to 9,000 homes in Hull on Monday. Engineers said all 12,000 homes in the city had low pressure.',
]

# Round 3: the one age in a headline against the first age in the opening sentences
FLAGGED += [
    ("Harrow councillor, 29, becomes borough's youngest mayor\nPriya Shah, 27, was sworn in at the civic centre on Wednesday evening, four years after first being elected.", 'FC403', '27'),
    ('Grandmother, 94, finishes London Marathon\nEdna Croft, 91, crossed the line in just under eight hours on Sunday.', 'FC403', '91'),
    ('Driver, 45, banned after crash\nA 54-year-old driver has been banned from the roads for three years after a crash in Luton.', 'FC403', '54-year-old'),
]
CLEAN += [
    'Boy, 12, rescued from frozen lake\nHis mother, 38, said she was grateful to the firefighters who pulled him out.',
    'Grandmother, 94, finishes London Marathon\nEdna Croft, 94, crossed the line in just under eight hours on Sunday.',
    'Man, 45, jailed for fraud\nKevin Dyer, 45, and his brother Mark Dyer, 51, were both jailed at Leeds Crown Court.',
]

# Round 3: updates stay silent ('revised', 'later spread', 'final', 'another')
FLAGGED += [

]
CLEAN += [
    'Councillors approved a £4.2m refurbishment of the pool. Costs have since grown and the revised £5.1m scheme will start in May.',
    'The fire had burned 14,000 hectares by Tuesday. It later spread, and crews are fighting to contain the 41,000-hectare blaze.',
    'Turnout in the by-election was 43% at 6pm. At 51%, the final turnout was the highest since 1992.',
    'Firm faces a £28m gap next year. Another £18m gap is forecast for 2026.',
]


# Round 4: "all N" / "the N" with no noun stands for the one set counted just before
FLAGGED += [
    ('Eleven climbers were rescued from the ridge on Sunday. A spokesman said all 12 had been treated for cold.', 'FC402', '12'),
    ('Nine passengers were taken off the stranded ferry by lifeboat. Coastguards said all six of them were unhurt.', 'FC402', 'six'),
    ('Four teenagers were arrested after the disturbance. Police said the three would be interviewed on Monday.', 'FC402', 'three'),
]
CLEAN += [
    'Eleven climbers were rescued from the ridge on Sunday. Nine were airlifted. The nine were later discharged.',
    'Eleven climbers, including two guides, were rescued on Sunday. All nine were later discharged.',
    'Twelve people were hurt in the crash. Five of them needed surgery. All five were said to be stable.',
]

# Round 4: "the N-year-old" doing what only the accused does skips a victim brought in with "a"
FLAGGED += [
    ('A 61-year-old woman has been arrested after a man was found injured in Bristol. Avon and Somerset Police said the 16-year-old had been released on bail.', 'FC403', '16-year-old'),
    ('A 27-year-old man was charged on Friday after a cyclist was hit by a van. The 72-year-old is due to appear in court next month.', 'FC403', '72-year-old'),
]
CLEAN += [
    'A 52-year-old woman was arrested after a man was stabbed in Leicester. The 25-year-old remains in hospital.',
    'A 29-year-old man was arrested after a teenager was attacked. The teenager, 17, was detained. The 17-year-old will appear in court.',
    'A 40-year-old man was charged after a pensioner was robbed. A second man was also arrested. The 19-year-old was bailed.',
]

# Round 4: an event's length given as "a N-unit EVENT" and restated under a synonym, hours to days
FLAGGED += [
    ('Rail staff will stage a 24-hour walkout on Friday. Union leaders said the two-day strike would cripple services.', 'FC405', 'two-day'),
    ('Activists began a 72-hour sit-in outside the ministry. By Thursday the two-day protest had drawn hundreds.', 'FC405', 'two-day'),
]
CLEAN += [
    'Rail staff will stage a 24-hour walkout on Friday. Union leaders said the one-day strike would cripple services.',
    'Rail staff will stage a 24-hour walkout on Friday and a 48-hour strike next week. The two-day strike will hit commuters hardest.',
    'Drivers held a two-hour rally on Monday. The three-week strike begins in June.',
]

# Round 4: what a definite event did, against the count given where the event was named
FLAGGED += [
    ('A lorry and a coach collided on the M5, injuring 12 passengers. Police said the crash, which hurt 21 passengers, closed the road for hours.', 'FC402', '21'),
    ('Flames swept through 22 flats in Salford overnight. Firefighters said the fire, which gutted 12 flats, began in a kitchen.', 'FC402', '12'),
]
CLEAN += [
    'The storm destroyed 14 homes in Kent on Monday. In Essex, the storm destroyed 30 homes.',
    'A wildfire destroyed 31 houses near the coast. Officials said the blaze had damaged 13 homes.',
    'The fire destroyed 31 homes on Monday. By Wednesday the blaze had destroyed 45 homes.',
    'Flames swept through 22 flats in Salford overnight. The fire, which gutted 22 flats, began in a kitchen.',
]

# Round 4: a scale reading ("magnitude 6.1", "6.1 on the Richter scale") restated for the same event
FLAGGED += [
    ('A 5.8-magnitude quake hit central Italy on Sunday. The 5.3-magnitude earthquake was felt in Rome.', 'FC402', '5.3'),
    ('A quake measuring 6.1 on the Richter scale struck northern Chile. The magnitude 6.7 tremor damaged roads.', 'FC402', '6.7'),
]
CLEAN += [
    'A quake of magnitude 6.1 struck Chile, the USGS said, later revising it to 6.7. The magnitude 6.7 quake damaged roads.',
    'A 5.8-magnitude quake hit central Italy on Sunday. A magnitude 5.3 aftershock followed. The 5.3-magnitude aftershock was felt in Rome.',
    'A quake of magnitude 6.1 struck Chile on Monday. The 6.1 magnitude quake damaged roads.',
]

# Round 4: where prices start, restated as "the" lowest price
FLAGGED += [
    ('Season passes are priced from £240 this year. Supporters said the £420 starting price was too steep.', 'FC402', '£420'),
    ('Fares on the new ferry route start at €35, the operator said. Travellers booking the €53 lowest fare must sail midweek.', 'FC402', '€53'),
]
CLEAN += [
    'Season passes are priced from £240 this year. Supporters said the £240 starting price was too steep.',
    'Tickets start at $89. VIP packages cost $300. Fans who paid the $98 minimum price were angry.',
    'Rooms at the new hotel start from €150 a night. The €900 minimum spend applies to the suites for a week.',
]

@pytest.mark.parametrize("text,code,target", FLAGGED, ids=[f"{c}-{i}" for i, (_, c, _) in enumerate(FLAGGED)])
def test_flagged(text, code, target):
    findings = check_text(text)
    hits = [f for f in findings if f.rule == code and f.is_problem and _covers(f, text, target)]
    assert hits, [(f.rule, str(f.severity), text[f.start:f.end], f.message) for f in findings]
    f = hits[0]
    assert f.arithmetic and f.tolerance and f.message.endswith(".")


@pytest.mark.parametrize("text", CLEAN, ids=[f"clean-{i}" for i in range(len(CLEAN))])
def test_clean(text):
    problems = [(f.rule, text[f.start:f.end], f.message) for f in check_text(text) if f.is_problem]
    assert not problems


def test_consistent_restatement_is_reported_as_info():
    text = "Eleven people died in the fire. Police said the 11 victims had not been named."
    infos = [f for f in check_text(text) if f.rule == "FC402"]
    assert infos and all(str(f.severity) == "info" for f in infos)
    assert "consistent" in infos[0].message


def test_full_name_age_conflict_is_an_error_noun_conflict_a_warning():
    named = check_text("Mark Delaney, 41, of Hull, admitted the charge. Mark Delaney, 44, will be sentenced.")
    assert any(f.rule == "FC403" and str(f.severity) == "error" for f in named)
    noun = check_text("A 23-year-old cyclist was hurt in the crash. The cyclist, 26, is in a stable condition.")
    assert any(f.rule == "FC403" and str(f.severity) == "warning" for f in noun)


def test_headline_against_body_is_a_warning_with_both_spans():
    text = "Gales leave 48,000 homes without power\nGales left about 31,000 homes without electricity."
    f = next(f for f in check_text(text) if f.rule == "FC401")
    assert str(f.severity) == "warning"
    assert text[f.start:f.end] == "about 31,000"
    assert [r.text for r in f.related] == ["48,000"]
    assert "'about' allows" in f.tolerance


# ---- helpers ---------------------------------------------------------------

@pytest.mark.parametrize("word,expected", [
    ("victims", "victim"), ("branches", "branch"), ("companies", "company"), ("men", "man"),
    ("bus", "bus"), ("glass", "glass"), ("people", "people"),
])
def test_singular(word, expected):
    assert singular(word) == expected


def test_synonym_groups():
    assert group_of("shops") == group_of("branches") == group_of("stores")
    assert group_of("victims") == group_of("dead")
    assert group_of("term") == group_of("sentence")
    assert group_of("crossing") == group_of("bridge")
    assert group_of("injured") != group_of("victims")


def _mentions(text):
    doc = analyse(text)
    return doc, [m for m in doc.mentions if m.is_quantity]


def test_touching_rounding_intervals_do_not_agree():
    _, (a, b) = _mentions("six years and five years")
    assert not agrees(a, b)
    _, (c, d) = _mentions("164,000 people and 163,870 people")
    assert agrees(c, d)


def test_generic_noun_takes_the_verb_concept():
    doc, ms = _mentions("The blast killed nine people. About 200 people were evacuated from nearby homes.")
    assert R.concept(doc, ms[0]) == "victim"
    assert R.concept(doc, ms[1]) == "evacuee"


# ---- properties --------------------------------------------------------------

WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


@settings(max_examples=25, deadline=None)
@given(st.integers(2, 12), st.integers(2, 12))
def test_restated_count_is_flagged_exactly_when_it_differs(n, k):
    text = f"The fire killed {WORDS[n - 2]} people. Police have named all {WORDS[k - 2]} victims."
    problems = [f for f in check_text(text) if f.rule == "FC402" and f.is_problem]
    assert bool(problems) == (n != k)


@settings(max_examples=25, deadline=None)
@given(st.integers(2, 90), st.integers(1, 9), st.integers(-1500, 1500))
def test_headline_rounding_is_allowed(tens, units, offset):
    """"23,000" in the headline (stated to the thousand) allows the body anything within ±500."""
    head = (tens * 10 + units) * 1000
    body = head + offset
    assume(body % 10000 != 0)  # a round "30,000" in the body carries its own ±5,000
    text = (f"Storm cuts power to {head:,} homes\nThe storm cut power to {body:,} homes in the region on "
            f"Thursday, the network operator said.")
    problems = [f for f in check_text(text) if f.rule == "FC401" and f.is_problem]
    # a half rounds away from zero: "21,500" is "22,000" to the thousand, "20,500" is "21,000"
    assert bool(problems) == (offset >= 500 or offset < -500)


@settings(max_examples=20, deadline=None)
@given(st.integers(18, 80), st.integers(-3, 3))
def test_age_restated_for_the_same_person(age, delta):
    text = (f"A {age}-year-old man was arrested at the scene. The man, {age + delta}, was later released "
            f"on bail.")
    problems = [f for f in check_text(text) if f.rule == "FC403" and f.is_problem]
    assert bool(problems) == (delta != 0)


@pytest.mark.parametrize("p,q,expected", [
    ("906", "1906", True), ("1482", "182", True), ("347", "3457", True),
    ("45", "450", False),  # a zero: a slip of scale, not of a key
    ("12", "123", True), ("1", "12", False),  # the shorter needs two digits
    ("906", "906", False), ("906", "916", False), ("4.5", "4.75", False),
])
def test_one_digit_apart(p, q, expected):
    from checker.relate.transpositions import one_digit_apart
    assert one_digit_apart(p, q) is expected


@pytest.mark.parametrize("a,b,expected", [
    ("The grant was £4.5m.", "The £45m grant.", True),     # the point moved
    ("It signed an R12bn deal.", "The R12m deal.", True),  # million for billion
    ("It cost $0.45m.", "The $45m cost.", True),           # 100 times
    ("There were 214 people.", "The 2,140 people.", False),  # a zero added: not read
    ("It cost £5m.", "The £5bn cost.", False),             # one significant digit
    ("It cost £4.5m.", "The £4.5m cost.", False),          # the same figure
])
def test_power_of_ten_apart(a, b, expected):
    from checker.relate.transpositions import digits_as_written, power_of_ten_apart
    first, second = analyse(a).mentions[0], analyse(b).mentions[0]
    assert power_of_ten_apart(first, second, digits_as_written(first), digits_as_written(second)) is expected


# Round 7: a plain round headline figure is the body's plain figure rounded, a half away from zero
@pytest.mark.parametrize("text, target", [
    ("Brewery to cut 300 jobs\nThe brewery will shed 350 posts at its two sites, the union said.", "350"),
    ("Carmaker to axe 2,000 jobs\nThe carmaker said 2,500 jobs would go at its plant in Kent.", "2,500"),
    ("Striker completes £8m move\nThe 23-year-old joined from Porto for a fee of £8.5m on Friday.", "£8.5m"),
    ("Storm leaves 70,000 homes without power\nThe storm left 75,000 homes without electricity on Sunday.",
     "75,000"),
])
def test_round7_headline_rounds_the_body(text, target):
    found = [f for f in check_text(text) if f.is_problem and f.rule == "FC401"]
    assert found, [(f.rule, f.message) for f in check_text(text)]
    start = text.index(target, text.index("\n"))
    assert found[0].start <= start < found[0].end


@pytest.mark.parametrize("text", [
    "Brewery to cut 300 jobs\nThe brewery will shed 250 posts at its two sites, the union said.",
    "Brewery to cut 300 jobs\nThe brewery will shed 349 posts at its two sites, the union said.",
    "Carmaker to axe 2,000 jobs\nThe carmaker said about 2,500 jobs would go at its plant in Kent.",
    "Striker completes £8m move\nThe 23-year-old joined from Porto for a fee of £7.5m on Friday.",
    "Storm leaves 70,000 homes without power\nThe storm left 65,000 homes without electricity on Sunday.",
    "Storm leaves nearly 70,000 homes without power\nThe storm left 68,000 homes without electricity on Sunday.",
])
def test_round7_headline_rounds_the_body_clean(text):
    assert not [f for f in check_text(text) if f.is_problem], [(f.rule, f.message) for f in check_text(text)]


# ... and so for any restatement of a plain round figure by a finer one
@pytest.mark.parametrize("text, code, target", [
    ("The brewery will cut 300 jobs at its two sites. Unions said the 350 jobs were the heart of the town.",
     "FC402", "350"),
    ("The fire destroyed 2,000 homes in the valley. Owners of the 2,500 homes have been offered help.",
     "FC402", "2,500"),
])
def test_round7_restatement_rounds_apart(text, code, target):
    found = [f for f in check_text(text) if f.is_problem and f.rule == code]
    assert found, [(f.rule, f.message) for f in check_text(text)]
    assert found[0].start <= text.rindex(target) < found[0].end
    assert "a half rounds away from zero" in found[0].arithmetic


@pytest.mark.parametrize("text", [
    "The brewery will cut 300 jobs at its two sites. Unions said the 340 jobs were the heart of the town.",
    "The fire destroyed 2,000 homes in the valley. Owners of the 1,500 homes have been offered help.",
    "The fire destroyed about 2,000 homes in the valley. Owners of the 2,150 homes have been offered help.",
])
def test_round7_restatement_rounds_apart_clean(text):
    assert not [f for f in check_text(text) if f.is_problem], [(f.rule, f.message) for f in check_text(text)]

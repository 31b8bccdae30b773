"""Round 31, restatements: a figure of the lead told again in a quotation in the next sentence.

Each flag row is one of five wordings of a family (another beat, other nouns, numbers, order and
style), each next to clean twins that must stay silent: the quote agrees, tells another time, a part,
more of them, an aim."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. a quoted figure restating the lead's: counts past the quote's own hedge and a period the lead names;
#    sums told by the same verb; measures of one dimension pointed back at or of the same thing
QUOTE_FLAGS = [
    ("The shelter placed 1,240 dogs with new owners in 2024. \"More than 1,400 dogs found homes with us during "
     "the year,\" director Kim Park said.", "More than 1,400"),
    ("An auction of the late painter's sketches raised $86,500 on Friday. \"Raising $59,000 for those "
     "sketches is beyond anything we imagined,\" her nephew said.", "$59,000"),
    ("Customs officers found 23 kilograms of heroin hidden in a shipment of sofas at Felixstowe. \"Finding 32kg of "
     "heroin is a major blow to the gangs,\" a Border Force spokesman said.", "32kg"),
    ("Organisers sold 3,800 tickets for the festival's opening week. \"Selling almost 3,000 tickets in that week "
     "blew us away,\" said director Jo Hart.", "almost 3,000"),
]

QUOTE_CLEAN = [
    "The shelter placed 1,240 dogs with new owners in 2024. \"More than 1,200 dogs found homes with us during the "
    "year,\" director Kim Park said.",
    "The shelter placed 1,240 dogs with new owners in 2024. \"Last year 1,400 dogs found homes with us,\" director "
    "Kim Park said.",
    "An auction of the painter's sketches raised $86,500 on Friday. \"Last spring we raised $68,500,\" her nephew "
    "said.",
    "An auction of the painter's sketches raised $86,500 on Friday. \"We hope to raise $100,000 by Christmas,\" her "
    "nephew said.",
    "Customs officers found 23 kilograms of heroin at Felixstowe. \"The first 12 kilograms were inside a sofa,\" a "
    "spokesman said.",
    "The new towpath runs for 7.5 kilometres beside the canal. \"Another 5.7 kilometres will open next year,\" the "
    "mayor said.",
    "The storm dropped 60mm of rain on the town on Monday. \"In one hour we had 25mm,\" a resident said.",
    "Organisers sold 3,800 tickets for the festival's opening week. \"We sold 3,000 tickets in a single day,\" said "
    "director Jo Hart.",
    "Organisers sold 3,800 tickets in the opening week. \"We want to sell 8,300 tickets by the end of the month,\" "
    "the organiser said.",
    "The charity raised £48,000 at its gala. \"We raise about £12,000 a year from the shop,\" a trustee said.",
    "The town spent £2.4m on its roads last year. \"We spent £1.2m on potholes alone,\" the leader said.",
    "Officers seized 40kg of cannabis in the raid. \"These 4 kilograms of cocaine were the real prize,\" a detective "
    "said.",
    "The airline carried 4.1 million passengers in 2023. \"More than 3 million passengers flew with us in the first half of the year,\" the chief executive said.",
    "The club sold 12,000 season tickets this summer. \"Selling 10,000 season tickets before July was our target,\" the chief executive said.",
    "Firefighters rescued 14 people from the building on Monday. \"We found 12 people on the top floor,\" the officer said.",
    "The food bank handed out 620 parcels in December. \"We gave out 410 parcels to families with children that month,\" the co-ordinator said.",
    "The hospital treated 1,200 patients in its emergency department last week. \"About 900 patients arrived by ambulance that week,\" a spokeswoman said.",
    "The charity raised £48,000 at its gala dinner on Saturday. \"To raise £12,000 from the auction was a highlight,\" a trustee said.",
    "The council spent £3.2m on repairs in 2023. \"We spent £1.9m of that on the bridge,\" the leader said.",
    "Volunteers planted 5,000 trees in the park in March. \"We planted 3,000 oaks in the first week,\" the organiser said.",
    "The fund raised $2.4 million this year. \"We raised $1.1 million in the last month,\" the director said.",
    "Police seized 41kg of cocaine on Tuesday. \"Last year we took 14 kilos off the streets,\" the inspector said.",
    "The new trail runs 12 miles across the moor. \"These 4 miles along the ridge are the toughest,\" the ranger said.",
    "The dam holds back 3.2 metres of water. \"In the spring we had 2.1 metres over the spillway,\" the engineer said.",
    "The team ran 26 miles on Sunday. \"That 13 miles in the rain was the hardest part,\" the captain said.",
    "Sales reached 8,400 cars in the month. \"Nearly 6,000 cars in that month went to fleet buyers,\" the dealer said.",
    "The school raised £6,200 at its summer fair. \"Raising £600 on the cake stall alone was amazing,\" the head said.",
    "The airport handled 4.5 million passengers in 2023. \"We welcomed 450,000 passengers through our doors in December,\" the airport said.",
    "The shelter rehomed 1,240 dogs in 2024. \"We rehomed 400 dogs in a single month last summer,\" a director said.",
    "Customs officers found 23kg of heroin at the port. \"Finding 3kg of heroin in one lorry is unusual,\" a spokesman said.",
    "The council collected 41,000 tonnes of waste last year. \"These 14,000 tonnes of plastic were recycled,\" a spokesman said.",
    "The appeal raised £86,000 in its first week. \"To raise £50,000 in the first two days was astonishing,\" the vicar said.",
    "The firm paid £2.1m in bonuses last year. \"We paid £1.4m to our drivers,\" the boss said.",
    "Rescuers pulled 19 people from the rubble on Tuesday. \"We pulled 12 people out alive,\" a firefighter said.",
    "The club spent £48m on players in the summer. \"To spend £20m on a teenager shows our ambition,\" the chairman said.",
    "The lifeboat crew towed the yacht 14 miles to safety. \"Those last 3 miles were the worst,\" the coxswain said.",
    "The bakery sold 2,400 pies in the week before Christmas. \"We sold 800 pies that Friday,\" the owner said.",
    "The volunteers collected 3.5 tonnes of litter from the beach. \"These 2 tonnes of plastic will be recycled,\" the organiser said.",
    "The council earned £4.2m from parking in 2023. \"We earned £1.1m from the airport car park,\" a councillor said.",
    "The farmer harvested 120 tonnes of potatoes this autumn. \"Harvesting 90 tonnes in the first fortnight was a relief,\" he said.",
    "The hospice raised £1.2m during the year. \"Raising £120,000 in one weekend is remarkable,\" the chair said.",
    "The team walked 84 miles over the week. \"Walking 21 miles a day is hard work,\" the leader said.",
    "Officers seized 6kg of cannabis from the flat. \"Seizing 2kg of cannabis from a single bedroom is unusual,\" a detective said.",
    "The ferry carried 12,000 passengers in August. \"Carrying 9,000 passengers in the last fortnight of the month was a record,\" the operator said.",
    "Volunteers collected 400 bags of litter from the beach. \"We filled 250 bags in the first hour,\" the organiser said.",
    "Lifeboat crews rescued 23 people from the sea. \"We rescued 15 people in the first hour alone,\" the coxswain said.",
    "The charity raised £30,000 from its annual ball. \"We raised £18,000 in the first ten minutes of the auction,\" the chair said.",
    "Farmers lost 800 sheep in the snow. \"I lost 120 sheep on the hill behind the house,\" one farmer said.",
    "The bank lent £4bn to small firms. \"We lent £1bn to firms in Wales,\" the chief executive said.",
    "The club signed 14 players over the summer. \"To sign 9 players from abroad shows our ambition,\" the manager said.",
    "The charity sent 3,000 parcels to refugees. \"Sending 1,200 parcels to Syria was the hardest part,\" the director said.",
    "Officers arrested 42 people at the protest. \"Arresting 30 people at a peaceful protest is shameful,\" an organiser said.",
    "The airline cancelled 120 flights on Friday. \"Cancelling 45 flights at Heathrow caused chaos,\" a passenger said.",
]


@pytest.mark.parametrize("text,target", QUOTE_FLAGS)
def test_quoted_restatement_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", QUOTE_CLEAN)
def test_quoted_restatement_clean(text):
    assert_clean(text)


# 2. "the N-year-old" doing what only the accused does, past the one wronged named by the accused's possessive
#    ("charged with the murder of his neighbour ... The 76-year-old is due to appear before magistrates")
ACCUSED_FLAGS = [
    ("A 45-year-old woman has been charged with attempting to murder her husband in Leeds. The 54-year-old will "
     "appear before magistrates on Friday.", "54-year-old"),
    ("A 31-year-old man was arrested Saturday after his girlfriend was found injured in a Denver apartment. The "
     "38-year-old was being held in custody, police said.", "38-year-old"),
    ("Police have charged a 19-year-old with assaulting his father at their home in Hull. The 21-year-old was "
     "remanded in custody.", "21-year-old"),
    ("A 72-year-old man has pleaded guilty to killing his wife at their bungalow in Devon. The 27-year-old will be "
     "sentenced at Exeter Crown Court next month.", "27-year-old"),
    ("A 16-year-old boy has been charged after his teacher was stabbed at a school in Essex. The 15-year-old "
     "appeared at Chelmsford Youth Court on Saturday.", "15-year-old"),
]

ACCUSED_CLEAN = [
    "A 45-year-old woman has been charged with attempting to murder her husband in Leeds. The 54-year-old remains "
    "in hospital.",
    "A 45-year-old woman has been charged with attempting to murder her husband in Leeds. Her 54-year-old husband "
    "remains in hospital.",
    "A 31-year-old man was charged along with his brother over the attack. The 38-year-old will appear before "
    "magistrates on Monday.",
    "A 45-year-old woman has been charged with attacking her husband. The 45-year-old will appear in court on Monday.",
    "A 19-year-old has been charged with assaulting his father. The 52-year-old father was treated in hospital.",
    "A 19-year-old has been charged with assaulting his father and his brother. The 52-year-old was treated in "
    "hospital.",
    "A 60-year-old man has been charged after his son was found injured. The 32-year-old told police he had been "
    "attacked.",
    "Police arrested a 25-year-old after his mother was found injured. The 58-year-old told the court she had "
    "forgiven him.",
    "A 50-year-old man has been charged with assaulting his neighbour. The 47-year-old, who suffered a broken arm, is "
    "due to give evidence at the trial.",
    "A 40-year-old man was arrested after his wife was attacked. The 38-year-old was taken to hospital.",
    "A 34-year-old man has been charged after his partner was found dead. The 29-year-old's family paid tribute to "
    "her.",
]


@pytest.mark.parametrize("text,target", ACCUSED_FLAGS)
def test_accused_age_past_the_wronged_flagged(text, target):
    assert_flagged(text, target, "FC403")


@pytest.mark.parametrize("text", ACCUSED_CLEAN)
def test_accused_age_past_the_wronged_clean(text):
    assert_clean(text)


# 3. "the N ADJ NOUN" whose qualifier is a synonym of the first's ("2,350 international students ... the 2,530
#    overseas students"); another qualifier is another group
QUALIFIER_FLAGS = [
    ("The charity housed 1,480 foreign workers last winter. Its director said the 1,840 overseas workers had nowhere "
     "else to go.", "1,840"),
    ("Some 640 international visitors attended the trade fair in Frankfurt. Organisers said the 520 foreign visitors "
     "had spent heavily.", "520"),
    ("The festival drew 7,400 foreign tourists to the island in August. The 4,700 international tourists spent an "
     "average of five nights there, officials said.", "4,700"),
    ("A new visa rule will affect the 5,200 overseas students at the college. A spokesman said all 5,800 "
     "international students would be supported.", "5,800"),
    ("Airlines flew home 310 foreign nationals from the war zone on Monday. The 360 overseas nationals were taken "
     "to a reception centre, the ministry said.", "360"),
]

QUALIFIER_CLEAN = [
    "The university enrolled 2,350 international students this autumn. The 2,530 home students were unaffected.",
    "Some 640 international visitors attended the trade fair. Organisers said the 460 European visitors had spent "
    "heavily.",
    "The charity housed 1,480 foreign workers last winter. Its director said the 1,480 overseas workers had nowhere "
    "else to go.",
    "Airlines flew home 310 foreign nationals from the war zone. The 360 British nationals were taken to a reception "
    "centre.",
    "The festival drew 7,400 foreign tourists in August. The 4,700 domestic tourists spent an average of five nights "
    "there.",
]


@pytest.mark.parametrize("text,target", QUALIFIER_FLAGS)
def test_qualifier_synonym_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", QUALIFIER_CLEAN)
def test_qualifier_synonym_clean(text):
    assert_clean(text)


# 4. a wait told by its verb ("waited 11 hours", "were stuck for 90 minutes", "queued for four hours") and restated
#    in the next sentence as "the N-unit wait/delay/queue", told plainly (nothing after its noun but a verb)
WAIT_FLAGS = [
    ("Drivers queued for four hours at the border checks at Dover on Saturday. Ferry operators said the six-hour "
     "queue was caused by a shortage of French officers.", "six-hour"),
    ("Passengers on a United flight were stranded on the tarmac in Newark for three hours Tuesday. The airline "
     "apologized for the five-hour delay and offered travel vouchers.", "five-hour"),
    ("An 80-year-old man waited 14 hours for an ambulance after a fall at his home in Truro. Health chiefs said the "
     "20-hour wait was unacceptable.", "20-hour"),
    ("Commuters were held up for 40 minutes when a signal failed at Clapham Junction. Network Rail said the 75-minute "
     "delay was caused by a cable fault.", "75-minute"),
    ("Fans waited for two hours outside the arena before the doors opened. The promoter blamed the three-hour wait "
     "on a security alert.", "three-hour"),
]

WAIT_CLEAN = [
    "Drivers queued for four hours at Dover on Saturday. The six-hour queue on Sunday was worse.",
    "She waited 11 hours in A&E. The four-hour wait target was missed for 3,000 patients.",
    "Passengers were stranded for three hours. The average delay on the line is two hours, the operator said.",
    "A woman waited 11 hours for a bed. The nine-hour wait for a scan came first.",
    "Travellers were delayed for two hours at Gatwick. The three-hour delay at Stansted was caused by fog.",
    "Patients waited 11 hours in the corridor. The four-hour wait they were promised never came.",
    "Drivers queued for four hours at the border. The trust said the 18-week wait for surgery was too long.",
    "Fans waited for two hours outside the arena. The two-hour wait was worth it, one said.",
    "Passengers were stuck for 90 minutes near Peterborough. Another two-hour delay hit the line on Friday.",
    "Patients waited 14 hours on average in the county's A&E units last winter. The trust said the four-hour wait was met for only half of patients.",
    "Passengers were stuck for 90 minutes outside York. The operator said the two-hour delay to the next service was caused by the same fault.",
    "Drivers queued for four hours at Dover. The six-hour queue at Folkestone was caused by a lorry fire.",
    "Holidaymakers waited three hours to check in at Manchester Airport. The airport said the one-hour wait it aims for was missed.",
    "The ferry was held in port for six hours. The eight-hour delay to a second sailing was caused by the storm.",
    "Fans queued for nine hours for tickets. The club apologised for the two-hour delay in opening the box office.",
    "Shoppers waited 40 minutes to pay. The 10-minute wait the store promises was rarely met.",
]


@pytest.mark.parametrize("text,target", WAIT_FLAGS)
def test_wait_restated_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", WAIT_CLEAN)
def test_wait_restated_clean(text):
    assert_clean(text)


# 5. a headline count and the lead's told by the same verb ("loses 800 sheep" / "lost 580 ewes") are one figure, even
#    where the verb may tell a change's size: the same words on both sides
VERB_FLAGS = [
    ("Club loses 3,000 members after fee rise\nThe golf club lost 2,300 members in the year after it doubled its "
     "fees, its accounts show.", "2,300"),
    ("Orchestra loses 14 musicians in funding row\nThe orchestra lost 11 musicians after its grant was cut, its "
     "director said.", "11"),
    ("Zoo adds 60 animals to collection\nThe zoo has added 45 animals to its collection, including two tigers, its "
     "keepers said.", "45"),
    ("Charity gains 5,000 volunteers\nThe charity gained 3,500 volunteers during the lockdown, according to its annual "
     "report.", "3,500"),
    ("Airline sheds 900 staff\nSome 1,400 staff were shed by the carrier in its restructuring, the union said.",
     "1,400"),
]

VERB_CLEAN = [
    "Club loses 3,000 members after fee rise\nThe golf club lost 3,000 members in the year after it doubled its fees.",
    "Club loses 3,000 members after fee rise\nThe golf club now has 2,300 members after losing 3,000 in a year.",
    "Club loses 3,000 members\nThe golf club lost 1,200 members in May and 1,800 in June, its accounts show.",
    "Zoo adds 60 animals to collection\nThe zoo has added 45 mammals and 15 birds to its collection.",
    "Orchestra loses 14 musicians\nThe orchestra, which lost 11 musicians last year, has lost three more this year.",
    "Bank cuts 300 jobs\nThe bank said it had cut 1,200 jobs since 2020, including 300 announced on Monday.",
    "Firm loses 2,000 customers\nThe energy firm lost 2,000 customers in May, taking its total losses this year to 9,000.",
    "Town loses 40 shops\nThe town has lost 40 shops since January. It lost 25 shops the year before.",
    "Museum adds 300 paintings\nThe museum added 300 paintings to its collection, bringing the total to 4,500.",
    "School loses 90 pupils\nThe school lost 90 pupils after the fire. It now has 410 pupils, down from 500.",
    "Council cuts 120 posts\nThe council will cut 120 posts this year. Last year it cut 210 posts.",
]


@pytest.mark.parametrize("text,target", VERB_FLAGS)
def test_headline_same_verb_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", VERB_CLEAN)
def test_headline_same_verb_clean(text):
    assert_clean(text)

"""Round 32, restatements: readings widened so that a figure told again under another name is tied to the first.

Each family has five flag rows worded apart (other beats, nouns, numbers, order, US and UK style), each
next to clean twins that must stay silent: the second agrees, tells another time, place or owner, more
wanted than those added, the earlier figure in its own object."""
import pytest

from tests.shapes import assert_clean, assert_flagged

PUBLISHED = "2024-05-01"

# 1. a delay told by its verb and "by" ("were delayed by nine hours", "held up by", "pushed back by"), restated
#    as "the N-unit delay" in the next sentence; a judging verb ("blamed", "criticised") may refer to it
DELAY_FLAGS = [
    ("Commuters on the 07:12 service from Leeds to York were held up by 40 minutes on Monday when a signal failed. "
     "Northern apologised for the 25-minute delay and said refunds would be offered.", "25-minute"),
    ("The ferry's departure from Dover was pushed back by five hours on Friday because of high winds. Travellers "
     "stranded at the port said the two-hour delay had ruined their plans.", "two-hour"),
    ("Thousands of holidaymakers were delayed by three hours at Gatwick after a baggage system broke down. The "
     "airport blamed the seven-hour delay on a software fault.", "seven-hour"),
    ("Completion of the bypass has been delayed by 14 months, the council said. Councillors criticised the 18-month "
     "delay and demanded answers from the contractor.", "18-month"),
    ("A cargo ship was delayed by nine days in the Red Sea. The owners said the six-day delay had cost them $2m.",
     "six-day"),
]
DELAY_CLEAN = [
    "Commuters on the 07:12 service from Leeds to York were held up by 40 minutes on Monday when a signal failed. "
    "Northern apologised for the 40-minute delay and said refunds would be offered.",
    "Thousands of holidaymakers were delayed by three hours at Gatwick after a baggage system broke down. The "
    "airport said the seven-hour delay at Heathrow last year had been worse.",
    "Completion of the bypass has been delayed by 14 months, the council said. The 18-month delay to the tram line "
    "was blamed on the same contractor.",
    "Passengers were delayed by two hours on Monday. The five-hour delay on Tuesday was caused by a strike.",
    "A cargo ship was delayed by nine days in the Red Sea. Another ship faced a six-day delay at Suez.",
    "The start was put back by two hours because of fog. Organisers blamed the four-hour delay last year on a "
    "power cut.",
    "Unions will strike for 48 hours next week. Ministers condemned the 72-hour walkout by doctors in March.",
]

# 2. an event's length told by its verb, restated as "the N-unit EVENT" whose sentence names a day of the week
#    the first's "next week"/"this week" holds ("will begin on Tuesday", "began on Monday")
WEEK_FLAGS = [
    ("Junior doctors in Scotland will strike for 48 hours next week, the BMA said. The 72-hour walkout will start "
     "on Wednesday morning.", "72-hour"),
    ("Bin collectors in Leeds will strike for five days this week over pay. The six-day stoppage began on Monday, "
     "leaving rubbish piling up.", "six-day"),
    ("Campaigners plan to protest for two days next week outside the refinery. The three-day demonstration begins "
     "on Thursday, organisers said.", "three-day"),
    ("The A38 will close for four days next week for resurfacing. The five-day closure starts on Monday night.",
     "five-day"),
    ("Museum staff will strike for three days next week. The four-day walkout ends on Sunday.", "four-day"),
]
WEEK_CLEAN = [
    "Junior doctors in Scotland will strike for 48 hours next week, the BMA said. The 48-hour walkout will start "
    "on Wednesday morning.",
    "Bin collectors in Leeds will strike for five days this week over pay. The six-day stoppage in Bradford began "
    "on Monday.",
    "Campaigners plan to protest for two days next week outside the refinery. The three-day demonstration last "
    "month drew 400 people.",
    "The A38 will close for four days next week for resurfacing. The five-day closure of the M5 starts on Monday.",
    "Museum staff will strike for three days next week. The four-day walkout by librarians ends on Sunday.",
    "Museum staff will strike for three days on Monday. The four-day walkout on Friday is a separate dispute.",
    "Staff will strike for two days this week. The four-day strike at the sister plant began on Monday.",
    "The road will shut for three nights next week. The five-night closure of the bridge begins on Tuesday.",
]

# 3. a count told as added ("will add 120 beds", "is hiring 35 wardens", "300 more officers", "2,000 additional
#    places"), restated as "the N extra/additional NOUN"
ADDED_FLAGS = [
    ("The council will hire 35 wardens this year to patrol its parks. The 53 extra wardens will be paid for from "
     "parking income.", "53"),
    ("Northern Rail is adding 40 carriages to its fleet. Bosses said the 60 additional carriages would ease "
     "overcrowding on the busiest routes.", "60"),
    ("Kent Police will recruit 300 more officers by the spring. The 450 extra officers will cost about £15m a year.",
     "450"),
    ("Ministers announced 2,000 additional school places for Cornwall on Thursday. The 2,800 extra places will be "
     "spread across 14 schools.", "2,800"),
    ("Fifty more nurses have been taken on at the Royal Infirmary this winter. The 15 additional nurses work on "
     "the acute wards.", "15 additional"),
]
ADDED_CLEAN = [
    "The council will hire 35 wardens this year to patrol its parks. The 35 extra wardens will be paid for from "
    "parking income.",
    "Northern Rail is adding 40 carriages to its fleet, taking it to 200. The 60 additional carriages ordered by "
    "TransPennine are due next year.",
    "Kent Police will recruit 300 more officers by the spring. Last year the 330 extra officers cost about £15m.",
    "Ministers announced 2,000 additional school places for Cornwall on Thursday. In Devon, the 2,200 extra places "
    "will be spread across 14 schools.",
    "The Royal Infirmary has 900 nurses. The 15 additional nurses hired this winter work on the acute wards.",
    "The hospital has 480 beds, the trust said. The 120 extra beds in the new wing will open in May.",
    "The wing will add 120 beds, the trust said. A further 60 beds will follow in 2026. The 180 extra beds will "
    "cost £40m.",
    "Kent Police will recruit 300 more officers. Essex Police said the 450 extra officers it hired last year had "
    "cut burglaries.",
    "Aldi will add 35 stores this year. The 12 extra stores in Scotland will open in the autumn.",
    "The wing will add 120 beds. Across England, the 5,000 extra beds promised by ministers have yet to appear.",
    "The trust will add 120 beds by spring. It hopes the 210 extra beds in its five-year plan will follow.",
    "The firm hired 40 engineers in March. The 25 additional engineers it needs will be hard to find.",
    "The supermarket will hire 400 staff for Christmas. The 150 extra staff taken on last year stayed on.",
    "The airport is adding 30 flights a week this summer. The 45 extra flights will go to Spain and Greece.",
    "The NHS trust will recruit 80 nurses from India. The 120 additional nurses from the Philippines arrive in May.",
    "Ministers will add 5,000 prison places by 2027. The 20,000 extra places promised in 2021 have not materialised.",
]

# 4. "The N NOUN broke/beat/topped the previous record": "previous" dates the verb's object, not the figure
PREVIOUS_OBJECT_FLAGS = [
    ("A crowd of 31,240 saw Leeds beat Hull on Saturday. The 36,000 spectators broke the previous record for the "
     "derby.", "36,000"),
    ("An audience of 8,412 packed into the Royal Hall for the final night. The 9,000 fans beat the venue's "
     "previous best of 7,950.", "9,000"),
    ("Police arrested 41 fans after the match in Cardiff. The 14 arrests surpassed the previous high for a derby in "
     "Wales.", "14 arrests"),
    ("Supporters donated £2.4m to the hospice this year. The £3.6m donation topped the previous record of £1.9m.",
     "£3.6m"),
    ("The fire destroyed 260 homes, officials said. The 320 homes exceeded the previous worst loss in the county.",
     "320"),
]
PREVIOUS_OBJECT_CLEAN = [
    "A crowd of 31,240 saw Leeds beat Hull on Saturday. The 31,240 spectators broke the previous record for the "
    "derby.",
    "A crowd of 31,240 saw Leeds beat Hull on Saturday. The 36,000 spectators who came the previous week saw a "
    "draw.",
    "The fire destroyed 260 homes, officials said. The 320 homes destroyed in the previous fire were rebuilt.",
    "Police arrested 41 fans after the match in Cardiff. The 14 arrests made the previous season were all in "
    "Swansea.",
    "An audience of 8,412 packed into the Royal Hall for the final night. The 9,000 concertgoers at the previous "
    "concert had paid less.",
    "Supporters donated £2.4m to the hospice this year. The £1.9m donation the previous year was a record.",
    "A crowd of 31,240 watched the final on Saturday. The 36,000 spectators attended the previous final in 2019.",
    "A crowd of 31,240 watched the final on Saturday. The 36,000 spectators watched the previous final at Wembley.",
    "Police arrested 41 fans after the derby. The 56 arrests followed the previous derby in March.",
    "Supporters donated £2.4m to the hospice this year. The £3.6m donation matched the earlier gift from the founder.",
    "The storm damaged 260 homes in the valley. The 320 homes hit the previous winter have only just been repaired.",
]

# 5. (round 32 review) a relational noun ("colleagues", "co-workers") after a count of people is no restatement of it:
#    "the 30 colleagues" are as often the first's colleagues as the first themselves (reading removed; twins kept)
RELATION_CLEAN = [
    "Eleven cleaners at a Bristol office block have shared a £250,000 lottery win. The 11 co-workers had played "
    "the same numbers since 2015.",
    "Eleven cleaners at a Bristol office block have shared a £250,000 lottery win. Their 40 colleagues in the "
    "canteen missed out.",
    "Nine firefighters from Dunstable station ran the London Marathon on Sunday. The eight colleagues who ran last "
    "year raised £20,000.",
    "The firm employs 300 staff in Leeds. The 15 colleagues who won the lottery will keep working.",
    "Nine firefighters ran the marathon on Sunday. Eight colleagues cheered them on from the roadside.",
    "Twenty-six teachers at Hillside Academy signed the letter. The 29 colleagues they work with did not.",
    "Sixteen players from the under-12s team have been invited to train with Everton. The 18 teammates left out "
    "were disappointed.",
    "Nine firefighters from the station ran the marathon. The eight colleagues on the night shift covered for them.",
    "Eleven cleaners and two guards shared a lottery win. The 12 co-workers had played the same numbers since 2015.",
    "A squad of 23 bus drivers has won an award. The depot's 28 workmates have not had an accident in five years.",
    "Six engineers designed the bridge in 2019. In 2024 the nine colleagues who replaced them redesigned it.",
    "Nine firefighters ran the marathon. The 40 colleagues who stayed behind covered their shifts.",
    "Fourteen porters won £1m in the draw. The 200 colleagues who did not join the syndicate congratulated them.",
    "Five nurses were hurt in the crash. The 40 colleagues working that night were unhurt.",
    "Nine players were sent off in the brawl. The 13 teammates still on the pitch finished the game.",
    "Three engineers from Leeds designed the bridge. The 12 colleagues at their firm celebrated.",
    "The club signed six players this summer. The 22 teammates welcomed them at training on Monday.",
]

# 6. a pay rise's percentage ("a 4.2% pay rise", "a pay rise of 3.5%", "a 6% increase in pay") told again in the
#    next sentence as "the N% award/offer/deal/settlement"
PAY_FLAGS = [
    ("Nurses in Scotland will receive a 4.2% pay rise from April, ministers said. Unions accepted the 4.8% award "
     "after a ballot of members.", "4.8%"),
    ("Junior doctors have been offered a 6% increase in pay. The BMA said the 8% offer fell far short of what was "
     "needed.", "8%"),
    ("Rail workers voted to accept a 5% pay deal on Monday. The 4% settlement ends two years of strikes.", "4%"),
    ("Council staff will get a pay rise of 3.5% backdated to April. Unison described the 3% award as an insult.",
     "3%"),
    ("Firefighters have accepted a 7% pay offer. The 6% deal was backed by 78% of members.", "6%"),
]
PAY_CLEAN = [
    "Nurses in Scotland will receive a 4.2% pay rise from April, ministers said. Unions accepted the 4.2% award "
    "after a ballot of members.",
    "Nurses will get a 4.2% pay rise this year. Last year the 6.5% award was higher.",
    "Nurses will get a 4.2% pay rise, the government said. Doctors rejected the 6% offer on Tuesday.",
    "Teachers will get a 5.5% pay rise. The 6.5% award recommended by the review body was cut back.",
    "Teachers will get a 5.5% pay rise. Unions had demanded the 6.5% rise in full.",
    "Teachers will get a 5.5% pay rise. Unions wanted a 6.5% award instead.",
    "Rail workers voted to accept a 5% pay deal on Monday. The 4% settlement for drivers ends two years of strikes.",
    "Firefighters have accepted a 7% pay offer. The 6% deal offered in January was rejected.",
    "Junior doctors have been offered a 6% increase in pay, after turning down 3%. The BMA said the 3% offer had "
    "been an insult.",
    "Council staff will get a pay rise of 3.5% backdated to April. Inflation stood at 4%. The 4% rise in prices "
    "has eaten into wages.",
    "Nurses will get a 4.2% pay rise. The 2% rise in 2023 was the lowest in a decade.",
    "Nurses will get a 4.2% pay rise. Consultants said the 6% award they won in 2022 still stood.",
    "Scottish nurses will get a 4.2% pay rise. In Wales, the 5% award was agreed in March.",
    "Nurses will get a 4.2% pay rise. Midwives welcomed the 5% award.",
]


@pytest.mark.parametrize("text,target", DELAY_FLAGS + WEEK_FLAGS)
def test_length_restated_flagged(text, target):
    assert_flagged(text, target, "FC4", PUBLISHED)


@pytest.mark.parametrize("text,target", ADDED_FLAGS + PREVIOUS_OBJECT_FLAGS + PAY_FLAGS)
def test_count_restated_flagged(text, target):
    assert_flagged(text, target, "FC4", PUBLISHED)


@pytest.mark.parametrize("text", DELAY_CLEAN + WEEK_CLEAN + ADDED_CLEAN + PREVIOUS_OBJECT_CLEAN + RELATION_CLEAN
                         + PAY_CLEAN)
def test_twins_clean(text):
    assert_clean(text, PUBLISHED)

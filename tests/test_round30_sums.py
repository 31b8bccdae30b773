"""Round 30, sums: readings learnt from a never-tuned set (bd-sum), each written for its family -- five variants
of other wording, numbers, order and units -- with clean twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. the figure after "against" / "compared with" is another period's, no whole of the ", with" list after it
FA_CLEAN = [  # the figure after "against"/"compared with" is another period's, no whole of the list
    "The port handled 8.4 million containers in 2023, against 7.9 million a year earlier, with imports making up 4.6 million and exports 3.8 million.",
    "Ticket sales came to $612,000 this season, compared with $540,000 last season, with $400,000 from season passes and $212,000 from single tickets.",
    "Britain's wheat crop reached 14.1m tonnes, compared to 12.2m tonnes in 2020, with winter wheat accounting for 13.4m tonnes and spring wheat 0.7m tonnes.",
    "Enrolment stood at 2,950 pupils this autumn as against 3,020 last year, with 1,480 boys and 1,470 girls.",
    "The hospice cared for 1,120 patients last year, against 980 the year before, with 700 seen at home and 420 on its wards.",
]
# 2. two parts named by the halves of a pair, or parts of people split by a partition, are all of the whole
PAIR_FLAG = [  # two parts named by the halves of a pair (or a partition) are all of the whole
    ("The ferry line carried 2.8 million travellers over the twelve months to June, 1.7 million on domestic crossings and 0.9 million on international ones.", "2.8 million"),
    ("Applications to the nursing course reached 6,240 in 2024, with 5,310 women and 1,130 men applying.", "6,240"),
    ("Membership of the union stands at 48,200, with 30,100 men and 19,600 women.", "48,200"),
    ("In the 12 months to May the airport handled 31.5 million passengers, 11.2 million on domestic flights and 19.6 million on international flights.", "31.5 million"),
    # (sumsfix: "with 52,300 adults and 17,900 children admitted" below its whole dropped: "with 40 men and 12 women
    # arrested" is the same shape, some of the whole)
]
PAIR_CLEAN = [
    "The ferry line carried 2.6 million travellers over the twelve months to June, 1.7 million on domestic crossings and 0.9 million on international ones.",
    "Applications to the nursing course reached 6,440 in 2024, with 5,310 women and 1,130 men applying.",
    "Membership of the union stands at 49,700, with 30,100 men and 19,600 women.",
    # parts of only some of the whole: a subset named after the pair
    "Membership of the union stands at 52,000, with 30,100 men and 19,600 women in full-time work.",
    "The club has 1,400 members, with 300 men and 250 women on its waiting list.",
    "Membership of the union stands at 52,000, with 30,100 men and 19,600 women voting in the ballot.",
    "Membership stood at 48,200 in 2015 and has grown since, with 30,100 men and 19,600 women on the books now.",
    "The airline flew 9.2 million passengers in the year to March, up from 8.1 million, with 5.1 million on domestic routes.",
]
# 3. the sentence after a lone count opens "They comprised", "This was made up of": its parts are all of it
COMPRISED_FLAG = [  # the sentence after a lone count says its parts make all of it
    ("The agency placed 1,460 nurses in hospitals last year. They comprised 830 from the Philippines, 410 from India and 160 from Kenya.", "1,460"),
    ("Councils collected 5.2 million tonnes of waste in 2023. This was made up of 2.9 million tonnes from households and 1.9 million tonnes from businesses.", "5.2 million tonnes"),
    ("Spending on roads hit $940 million. The sum comprised $510 million for repairs, $300 million for new lanes and $90 million for lighting.", "$940 million"),
    ("The festival sold 27,300 tickets over three days. These consisted of 15,200 day passes, 9,400 weekend passes and 2,100 VIP packages.", "27,300"),
    ("Police recorded 318 burglaries in the quarter. They were made up of 204 break-ins at homes, 71 at shops and 33 at offices.", "318"),
]
COMPRISED_CLEAN = [
    "The agency placed 1,400 nurses in hospitals last year. They comprised 830 from the Philippines, 410 from India and 160 from Kenya.",
    "The festival sold 26,700 tickets over three days. These consisted of 15,200 day passes, 9,400 weekend passes and 2,100 VIP packages.",
    "The festival sold 27,300 tickets over three days. These included 15,200 day passes, 9,400 weekend passes and 2,100 VIP packages.",
    "The agency placed 1,460 nurses in hospitals last year. The year before, its intake of 1,200 comprised 830 from the Philippines, 210 from India and 160 from Kenya.",
    "Councils collected 5.2 million tonnes of waste in 2023, up from 4.8 million tonnes in 2022. This was made up of 2.9 million tonnes from households and 1.9 million tonnes from businesses.",
    "The agency placed 1,460 nurses in hospitals last year. They were 830 from the Philippines, 410 from India and 160 from Kenya.",
    "Police recorded 318 burglaries in the quarter, up from 290. The 290 were made up of 204 break-ins at homes, 53 at shops and 33 at offices.",
]
# 4. an open age band labels a part ("1,104 people aged 65 and over, 566 ..."): the list runs on past it
AGEBAND_FLAG = [  # an open age band ("aged 65 and over") labels a part; the list runs on past it
    ("The clinic vaccinated 2,310 people last month: 1,240 aged 65 and over, 690 aged 18 to 64 and 420 teenagers.", "2,310"),
    ("A total of 612 drivers were caught speeding - 205 aged 70 and over, 318 aged 25 to 69 and 79 younger motorists.", "612"),
    ("The museum counted 1,520 visitors on Sunday: 480 children aged 12 and under, 560 adults and 510 pensioners.", "1,520"),
    ("A total of 9,400 patients were admitted over the winter: 3,100 people aged 80 and over, 4,200 younger adults and 1,800 children.", "9,400"),
    ("Across the region 38,650 residents have had the booster - 21,300 aged 75 and over, 14,100 aged 50 to 74 and 2,950 younger people with health conditions.", "38,650"),
]
AGEBAND_CLEAN = [
    "The clinic vaccinated 2,350 people last month: 1,240 aged 65 and over, 690 aged 18 to 64 and 420 teenagers.",
    "The museum counted 1,550 visitors on Sunday: 480 children aged 12 and under, 560 adults and 510 pensioners.",
    "The pollsters questioned 1,550 voters: 480 aged 55 and older, 560 aged 35 to 54 and 510 aged 18 to 34.",
    # the band's own figure is no part: "aged 65 and over" counts nobody
    "Some 9,100 patients were admitted over the winter: 3,100 people aged 80 and over and 6,000 younger adults.",
    "Of the 2,400 people surveyed, 900 aged 65 and over said they used the bus daily.",
]
# 5. a longer clause before a dash, then a partition of people (men and women, adults and children)
LONGDASH_FLAG = [  # a longer clause before a dash, then a partition of people: all of a whole of people
    ("A total of 412 patients waited more than 12 hours in A&E at the hospital in March - 238 adults and 196 children - the trust's board papers show.", "412"),
    ("Last winter 1,860 tenants in the two counties went without heating for more than 48 hours after the storm - 1,020 adults and 790 children.", "1,860"),
    ("A total of 930 applicants were turned down by the scheme in the first round of funding this spring - 515 women and 395 men.", "930"),
    ("In all, 2,710 visitors to the castle were kept inside for 90 minutes by the fire alarm on Saturday - 1,450 adults and 1,300 children.", "2,710"),
    ("Organisers say 5,380 entrants crossed the line inside 6 hours at the city marathon on Sunday - 3,210 men and 2,060 women.", "5,380"),
]
LONGDASH_CLEAN = [
    "A total of 434 patients waited more than 12 hours in A&E at the hospital in March - 238 adults and 196 children - the trust's board papers show.",
    "In all, 2,750 pupils across the county sat papers lasting 90 minutes in sports halls last week - 1,450 boys and 1,300 girls.",
    "Last winter 1,860 tenants went without heating after the storm - among them 1,020 adults and 790 children in council flats.",
    # the figures after the dash count the hours, not the people
    "A total of 412 patients waited more than 12 hours in A&E at the hospital in March - 238 of them for more than 24 hours.",
]
# 6. a poll's turnout or papers counted, beside the candidates' votes and the spoilt papers in the next sentence
POLL_FLAG = [  # all the papers of a poll beside the candidates' votes and the spoilt papers: their sum
    ("Turnout in the mayoral race was 41,250. Ana Ruiz took 22,870 votes, Tom Hale 15,640 and Priya Nair 2,310, while 380 ballots were spoilt.", "41,250"),
    ("At the union election Jo Marsh received 3,412 votes and Ken Obi 2,906, and there were 41 spoilt papers. A total of 6,410 ballot papers were counted.", "6,410"),
    ("The Greens' Lena Ford polled 5,230 votes, Labour's Sam Reid 4,410 and an independent 960. Counting 64 rejected papers, 10,710 ballots were cast.", "10,710"),
    ("Turnout for the school board race was 8,415. Maria Chen won 4,602 votes and Robert Dahl 3,511; 196 ballots were ruled invalid.", "8,415"),
    ("In the council by-election 7,940 papers were counted. The Liberal Democrat received 3,880 votes, the Conservative 2,615 and Labour 1,370, with 52 rejected ballots.", "7,940"),
]
POLL_CLEAN = [
    "Turnout in the mayoral race was 41,200. Ana Ruiz took 22,870 votes, Tom Hale 15,640 and Priya Nair 2,310, while 380 ballots were spoilt.",
    "At the union election Jo Marsh received 3,412 votes and Ken Obi 2,906, and there were 41 spoilt papers. A total of 6,359 ballot papers were counted.",
    # no spoilt papers told: the votes may be fewer than the papers
    "Turnout for the school board race was 8,415. Maria Chen won 4,602 votes and Robert Dahl 3,511.",
    # another poll's turnout
    "Turnout at the last election was 41,250. This time Ana Ruiz took 22,870 votes, Tom Hale 15,640 and Priya Nair 2,310, while 380 ballots were spoilt.",
    # candidates left out
    "Turnout in the mayoral race was 41,250. Ana Ruiz took 22,870 votes and Tom Hale 15,640, with the rest shared by four others; 380 ballots were spoilt.",
    # a share of the vote, not all the papers
    "Turnout was 41%. Ana Ruiz took 22,870 votes, Tom Hale 15,640 and Priya Nair 2,310, while 380 ballots were spoilt.",
]


@pytest.mark.parametrize("text,target", PAIR_FLAG + COMPRISED_FLAG + AGEBAND_FLAG + LONGDASH_FLAG + POLL_FLAG)
def test_flagged(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", FA_CLEAN + PAIR_CLEAN + COMPRISED_CLEAN + AGEBAND_CLEAN + LONGDASH_CLEAN + POLL_CLEAN)
def test_clean(text):
    assert_clean(text)

"""Round 10: general shapes of breakdowns -- each paraphrase with a clean twin."""
from __future__ import annotations

import pytest

from checker import check_text


def _sum_problems(text):
    return [f for f in check_text(text) if f.is_problem and f.rule.startswith("FC1")]


def _problems(text):
    return [f for f in check_text(text) if f.is_problem]


def _assert_flagged(text, code, target):
    found = _sum_problems(text)
    assert [(f.rule[:len(code)], text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


# -- "plus" after a part's own noun joins one more part; "a NOUN of N" is the part's own phrase
PLUS_FLAGGED = [
    ("The developer must pay £2.6m in all: a £1.8m levy plus £950,000 for a new school.", "FC101", "£2.6m"),
    ("Attendance was 18,240 – 15,100 season-ticket holders plus a visiting contingent of 2,940.",
     "FC101", "18,240"),
    ("The bill came to $4,300: $3,100 in fees plus $1,400 in expenses.", "FC101", "$4,300"),
    ("The convoy carried 96 people - 71 passengers plus a crew of 21.", "FC101", "96"),
    ("Twelve boats set sail – nine yachts plus a flotilla of four dinghies – on Sunday.", "FC101", "Twelve"),
]

PLUS_CLEAN = [
    "The developer must pay £2.6m in all: a £1.8m levy plus £800,000 for a new school.",
    "Attendance was 18,240 – 15,300 season-ticket holders plus a visiting contingent of 2,940.",
    "The bill came to $4,300: $3,100 in fees plus $1,200 in expenses.",
    "The convoy carried 96 people - 75 passengers plus a crew of 21.",
    "Twelve boats set sail – eight yachts plus a flotilla of four dinghies – on Sunday.",
    # "plus" right after a figure is a change; "a total of" / "a rise of" name no part
    "The index closed at 7,412, plus 42 on the day, after 7,370 on Friday.",
    "Crowds reached 30,500 – 27,000 home fans plus a rise of 900 in away support.",
    "The fund holds £9m - £4m in bonds plus a total of £2m in cash.",
]


@pytest.mark.parametrize("text,code,target", PLUS_FLAGGED)
def test_plus_flagged(text, code, target):
    _assert_flagged(text, code, target)


@pytest.mark.parametrize("text", PLUS_CLEAN)
def test_plus_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- "breaks down as follows", "is split as follows": a complete cue past "follows"
FOLLOWS_FLAGGED = [
    ("School trust sets £12.5m budget\nThe budget is split as follows: teaching £8.1m, buildings £2.9m and "
     "support staff £1.1m.", "FC101", "£12.5m"),
    ("The £46m package breaks down as follows: £21m for housing, £15m for transport and £6m for parks.",
     "FC101", "£46m"),
    ("The authority's £7.4m road budget breaks down as follows – resurfacing £4.2m, bridges £1.9m and "
     "lighting £0.9m.", "FC101", "£7.4m"),
    ("The 640 new places are divided as follows: 310 in primary schools, 250 in secondaries and 60 in "
     "special schools.", "FC101", "640"),
]

FOLLOWS_CLEAN = [
    "School trust sets £12.5m budget\nThe budget is split as follows: teaching £8.1m, buildings £3.3m and "
    "support staff £1.1m.",
    "The £46m package breaks down as follows: £25m for housing, £15m for transport and £6m for parks.",
    "The authority's £7.4m road budget breaks down as follows – resurfacing £4.6m, bridges £1.9m and "
    "lighting £0.9m.",
    "The 640 new places are divided as follows: 330 in primary schools, 250 in secondaries and 60 in "
    "special schools.",
]


@pytest.mark.parametrize("text,code,target", FOLLOWS_FLAGGED)
def test_follows_flagged(text, code, target):
    _assert_flagged(text, code, target)


@pytest.mark.parametrize("text", FOLLOWS_CLEAN)
def test_follows_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- a collective noun ("the population", "its workforce") names the lone count before it
COLLECTIVE_FLAGGED = [
    ("Wardens counted 1,460 seals on the sandbank this winter. The population comprised 820 pups, 390 cows "
     "and 150 bulls.", "FC101", "1,460"),
    ("The company employs 2,340 people. Its workforce is made up of 1,420 engineers, 610 sales staff and "
     "160 managers.", "FC101", "2,340"),
    ("The airline operates 84 aircraft. The fleet consists of 52 narrow-bodies, 24 wide-bodies and 11 "
     "regional jets.", "FC101", "84"),
    # a pronoun subject points back at the lone count like a collective noun
    ("The herd numbered 1,240 animals. It comprised 610 cows, 420 calves and 150 bulls.", "FC101", "1,240"),
    ("Officers detained 46 suspects. They were made up of 21 adults, 17 teenagers and 5 children.",
     "FC101", "46"),
]

COLLECTIVE_CLEAN = [
    "Wardens counted 1,460 seals on the sandbank this winter. The population comprised 920 pups, 390 cows "
    "and 150 bulls.",
    "The company employs 2,340 people. Its workforce is made up of 1,570 engineers, 610 sales staff and "
    "160 managers.",
    "The airline operates 84 aircraft. The fleet consists of 49 narrow-bodies, 24 wide-bodies and 11 "
    "regional jets.",
    "The herd numbered 1,240 animals. It comprised 670 cows, 420 calves and 150 bulls.",
    # a crowd is no count of those arrested in it; a count of sites is no total of staff
    "Police arrested 40 people. The crowd was made up of 3,000 home fans and 900 visitors.",
    "The trust runs three hospitals. Its workforce comprised 2,100 nurses, 800 doctors and 650 porters.",
    # the collective does not gather what the figure before counts
    "The company has 2,300 shareholders. Its workforce comprises 1,400 engineers and 600 support staff.",
    "The company has 2,300 shareholders. It comprises 1,400 engineers and 600 support staff.",
    "The airline flew 84 routes last year. The fleet consists of 52 narrow-bodies and 24 wide-bodies.",
]


@pytest.mark.parametrize("text,code,target", COLLECTIVE_FLAGGED)
def test_collective_flagged(text, code, target):
    _assert_flagged(text, code, target)


@pytest.mark.parametrize("text", COLLECTIVE_CLEAN)
def test_collective_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- no breakdown: a clause opened by ", as" after a list; a bracketed list that runs on past a long label
NO_BREAKDOWN_CLEAN = [
    "She scored 86 from 70 balls, including three sixes, as Kent reached 298 for 7 at Canterbury.",
    "Police made 14 arrests, including six for theft, as crowds of 2,000 gathered in the square.",
    "The charity's £3.6m income came from donations (£1.9m), grants and contracts (£0.8m) and other sources, "
    "mainly shop sales and legacies (£0.9m).",
    "Its 460 staff work in sales (210), research and design (120) and other roles, chiefly finance and "
    "logistics (130).",
]


@pytest.mark.parametrize("text", NO_BREAKDOWN_CLEAN)
def test_no_breakdown_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- headline and wire capitals read as scales: "£1.2BN", "4.82 BLN DLRS", "3.1 MLN"
@pytest.mark.parametrize("text,value", [
    ("CITY UNVEILS £2.7BN PLAN", 2_700_000_000),
    ("ACME PROFIT RISES TO 3.15 BLN DLRS", 3_150_000_000),
    ("EXPORTS HIT 6.4 MLN TONNES", 6_400_000),
])
def test_capital_scales(text, value):
    from checker import analyse
    doc = analyse(text)
    assert [m.value for m in doc.mentions if m.value and m.value > 1000] == [value]


# -- a last part placed in "the rest of the world" or "elsewhere" names all that is left: the list is complete
CLOSED_FLAGGED = [
    ("Exports reached $9.4bn in May. Shipments to Asia accounted for $5.1bn, with a further $2.2bn going to "
     "Europe and $1.3bn to the rest of the world.", "FC101", "$9.4bn"),
    ("The appeal raised £640,000. Local firms gave £310,000, with another £190,000 from trusts and £80,000 "
     "from donors elsewhere.", "FC101", "£640,000"),
    ("Of the 1,240 students enrolled, 640 came from the city, 310 from the county and 190 from the rest of "
     "the country.", "FC101", "1,240"),
    ("The port handled 5,820 containers in June. Some 3,100 came from China, another 1,450 from Vietnam and "
     "970 from elsewhere.", "FC101", "5,820"),
    ("Donations totalled £48,200 in May. Regular givers accounted for £29,500, with another £11,300 from "
     "events and £4,400 from the rest.", "FC101", "£48,200"),
]

CLOSED_CLEAN = [
    "Exports reached $9.4bn in May. Shipments to Asia accounted for $5.1bn, with a further $2.2bn going to "
    "Europe and $2.1bn to the rest of the world.",
    "The appeal raised £640,000. Local firms gave £310,000, with another £190,000 from trusts and £140,000 "
    "from donors elsewhere.",
    "Of the 1,240 students enrolled, 740 came from the city, 310 from the county and 190 from the rest of "
    "the country.",
    "The port handled 5,820 containers in June. Some 3,100 came from China, another 1,450 from Vietnam and "
    "1,270 from elsewhere.",
    # parts set in a period of their own, not the whole's
    "Donations totalled £48,200 in May. Regular givers accounted for £29,500, with another £11,300 from "
    "events and £7,400 from the rest.",
    # what is left of a part, not of the whole: some of it
    "Tourist arrivals reached 86,500 in August. Visitors from Europe accounted for 52,300, with a further "
    "21,700 from Japan and about 2,500 from the rest of Asia.",
    "The firm sold 9,000 cars last year. So far this year it has sold 4,000 in Europe and 3,000 elsewhere.",
    "The firm sold 9,000 cars last year. So far this year it has sold 4,000 in Europe and 3,000 in other markets.",
]


@pytest.mark.parametrize("text,code,target", CLOSED_FLAGGED)
def test_closed_flagged(text, code, target):
    _assert_flagged(text, code, target)


@pytest.mark.parametrize("text", CLOSED_CLEAN)
def test_closed_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- sums of money a plan sets aside, each for a purpose of its own: pieces of the plan's whole (partial,
# bounded: they may not exceed it), in its sentence or after the lone sum before (headline included)
ALLOCATION_FLAGGED = [
    ("CITY UNVEILS £700M TRANSPORT PLAN\nThe package sets aside £420m for trams, £250m for cycle lanes and a "
     "further £190m for bus priority.", "FC102", "£700M"),
    ("The £55m scheme earmarks £31m for new homes, £18m for roads and £9m for a school.", "FC102", "£55m"),
    ("Ministers published a £2.4bn strategy on Monday. It allocates £1.3bn to hospitals, £0.8bn to GP "
     "surgeries and £0.6bn to mental health services.", "FC102", "£2.4bn"),
    ("The club's $150,000 fund was approved last night. The fund will ring-fence $90,000 for repairs and "
     "$75,000 for new kit.", "FC102", "$150,000"),
    ("The £75m programme will invest £40m in schools, £25m in colleges and £16m in nurseries.", "FC102", "£75m"),
    ("CITY UNVEILS £640M HOUSING PLAN\nThe plan will spend £380m on new homes, £190m on repairs and £95m on "
     "energy upgrades.", "FC102", "£640M"),
]

ALLOCATION_CLEAN = [
    "CITY UNVEILS £700M TRANSPORT PLAN\nThe package sets aside £320m for trams, £250m for cycle lanes and a "
    "further £110m for bus priority.",
    "The £55m scheme earmarks £28m for new homes, £18m for roads and £9m for a school.",
    "Ministers published a £2.4bn strategy on Monday. It allocates £1.0bn to hospitals, £0.8bn to GP "
    "surgeries and £0.6bn to mental health services.",
    "The club's $150,000 fund was approved last night. The fund will ring-fence $70,000 for repairs and "
    "$75,000 for new kit.",
    "The £75m programme will invest £40m in schools, £20m in colleges and £14m in nurseries.",
    "CITY UNVEILS £640M HOUSING PLAN\nThe plan will spend £350m on new homes, £190m on repairs and £95m on "
    "energy upgrades.",
    # an owner may spend past its income or another's money
    "The charity raised £2.0m. It spent £1.5m on grants and £0.9m on staff.",
    "The charity with £2.0m in reserves spent £1.5m on grants and £0.9m on staff.",
    # a profit may be spent past itself; a whole named by someone else; another period
    "The firm made a £2m profit. The plan sets aside £1.5m for bonuses and £0.9m for pensions.",
    "Sales reached £3m. The board earmarked £2m for new stores and £1.5m for staff.",
    "Ministers promised £900m last year. The budget allocates £500m for schools and £650m for roads this year.",
]


@pytest.mark.parametrize("text,code,target", ALLOCATION_FLAGGED)
def test_allocation_flagged(text, code, target):
    _assert_flagged(text, code, target)


@pytest.mark.parametrize("text", ALLOCATION_CLEAN)
def test_allocation_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- a count of the subjects right before the list, one figure each, is no figure of its own: the list
# closed by what is left still divides the lone count before
OWN_PARTS_FLAGGED = [
    ("Hampshire were all out for 243. Their first two batters made 71 and 58, the middle order added 62 and "
     "the tail contributed the remaining 42.", "FC101", "243"),
    ("The rescue centre took in 120 dogs this year. Its four kennels housed 28, 31, 26 and 22 and foster "
     "homes took the remaining 23.", "FC101", "120"),
    ("The appeal drew 960 pledges. Its three biggest backers made 310, 240 and 150, and the public supplied "
     "the remaining 200.", "FC101", "960"),
    ("Kent were all out for 256. Their top four scored 71, 58, 44 and 33 between them, and the lower order "
     "and extras added the remaining 40.", "FC101", "256"),
]

OWN_PARTS_CLEAN = [
    "Hampshire were all out for 243. Their first two batters made 71 and 58, the middle order added 62 and "
    "the tail contributed the remaining 52.",
    "The rescue centre took in 120 dogs this year. Its four kennels housed 28, 31, 26 and 22 and foster "
    "homes took the remaining 13.",
    "The appeal drew 960 pledges. Its three biggest backers made 310, 240 and 150, and the public supplied "
    "the remaining 260.",
    "Kent were all out for 246. Their top four scored 71, 58, 44 and 33 between them, and the lower order "
    "and extras added the remaining 40.",
    # the count does not match the figures it stands before: no reading
    "Hampshire were all out for 243. Their top two made 71, 58 and 40, the middle order added 22 and the "
    "tail contributed the remaining 42.",
]


@pytest.mark.parametrize("text,code,target", OWN_PARTS_FLAGGED)
def test_own_parts_flagged(text, code, target):
    _assert_flagged(text, code, target)


@pytest.mark.parametrize("text", OWN_PARTS_CLEAN)
def test_own_parts_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- a count over a span, then, in the next sentence, parts each in a piece of it ("the first week", "the
# second", "Saturday"): they may not exceed it (partial)
PERIODS_FLAGGED = [
    ("Some 84,000 visitors came to the fair over the weekend. Saturday brought 46,000 and Sunday another "
     "44,500.", "FC101", "Some 84,000"),  # Saturday and Sunday are all of the weekend (round 13)
    ("The museum welcomed 9,200 people during the half-term holiday. The first week drew 5,100, with a "
     "further 4,600 in the second.", "FC102", "9,200"),
    ("Across the three days of the championships, 41,000 tickets were sold. The opening day accounted for "
     "15,200, the second 14,900 and the final day 13,300.", "FC102", "41,000"),
    ("The show drew 64,000 visitors over four days. The opening two days brought in 35,000, with a further "
     "31,000 over the weekend.", "FC102", "64,000"),
]

PERIODS_CLEAN = [
    "Some 84,000 visitors came to the fair over the weekend. Saturday brought 46,000 and Sunday another "
    "38,000.",
    "The museum welcomed 9,200 people during the half-term holiday. The first week drew 5,100, with a "
    "further 4,100 in the second.",
    "Across the three days of the championships, 41,000 tickets were sold. The opening day accounted for "
    "15,200, the second 14,900 and the final day 10,900.",
    # parts of another period
    "Some 84,000 visitors came to the fair over the weekend. Last year Saturday brought 46,000 and Sunday "
    "41,500.",
    "The museum welcomed 9,200 people during the half-term holiday. In 2023 the first week drew 5,100 and "
    "the second 4,600.",
    "The show drew 64,000 visitors over four days. The opening two days brought in 35,000, with a further "
    "27,000 over the weekend.",
    # the first and second of other things, no pieces of the span
    "The festival drew 100,000 over the weekend. The first act drew 60,000 and the second 50,000.",
]


@pytest.mark.parametrize("text,code,target", PERIODS_FLAGGED)
def test_periods_flagged(text, code, target):
    _assert_flagged(text, code, target)


@pytest.mark.parametrize("text", PERIODS_CLEAN)
def test_periods_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- a net figure beside the one inflow and the one outflow of its sentence (or of the next) is their gap
NET_FLAGGED = [
    ("Net migration to the region stood at 58,000 in 2024, with 171,000 arrivals and 123,000 departures.",
     "FC103", "58,000"),
    ("The club's membership showed a net gain of 340 this season: 910 new members joined and 620 left.",
     "FC103", "340"),
    ("Employers made net hires of 12,400 in March after 48,900 workers were hired and 39,100 were laid off.",
     "FC103", "12,400"),
    ("Net migration was 245,000. Official figures show 610,000 people arrived and 395,000 emigrated.", "FC103", "245,000"),
    ("Net immigration was 85,000 in 2024: 240,000 people moved to the country and 165,000 left.", "FC103", "85,000"),
    ("The union reported a net gain of 1,400 members, with 5,200 joining and 4,300 leaving.", "FC103", "1,400"),
]

NET_CLEAN = [
    "Net migration to the region stood at 48,000 in 2024, with 171,000 arrivals and 123,000 departures.",
    "The club's membership showed a net gain of 290 this season: 910 new members joined and 620 left.",
    "Employers made net hires of 9,800 in March after 48,900 workers were hired and 39,100 were laid off.",
    "Net migration was 215,000. Official figures show 610,000 people arrived and 395,000 emigrated.",
    "Net immigration was 75,000 in 2024: 240,000 people moved to the country and 165,000 left.",
    "The union reported a net gain of 900 members, with 5,200 joining and 4,300 leaving.",
    # flows of another period
    "Net migration was 412,000 in 2023. In 2024, 1.04 million people arrived and 728,000 left.",
    "Net migration was 412,000 in 2023. Last year 1.04 million people arrived and 728,000 left.",
    # no inflow named, or a change of the net figure beside it
    "Net migration reached 412,000, while 1.04 million visas were issued and 728,000 people left.",
    "Net migration rose by 20,000 to 412,000 as 1.04 million people arrived and 728,000 left.",
]


@pytest.mark.parametrize("text,code,target", NET_FLAGGED)
def test_net_flagged(text, code, target):
    _assert_flagged(text, code, target)


@pytest.mark.parametrize("text", NET_CLEAN)
def test_net_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- three or more gapped contributions after the lone sum before ("X contributed A, Y B and Z C"),
# each phrase ended, are all of it (complete, inferred)
CONTRIBUTED_FLAGGED = [
    ("Acme's first-half revenue rose to €3.9bn. Its retail arm contributed €2.1bn, wholesale €1.1bn and "
     "online €0.4bn, the group said.", "FC101", "€3.9bn"),
    ("GLOBEX Q1 SALES 1.75 BLN DLRS\nChemicals contributed 0.92 bln dlrs, plastics 0.51 bln and coatings "
     "0.22 bln.", "FC101", "1.75 BLN DLRS"),
    ("Turnover reached £640m last year. Stores contributed £410m, online £150m and franchises £50m.",
     "FC101", "£640m"),
]

CONTRIBUTED_CLEAN = [
    "Acme's first-half revenue rose to €3.9bn. Its retail arm contributed €2.4bn, wholesale €1.1bn and "
    "online €0.4bn, the group said.",
    "GLOBEX Q1 SALES 1.75 BLN DLRS\nChemicals contributed 1.02 bln dlrs, plastics 0.51 bln and coatings "
    "0.22 bln.",
    "Turnover reached £640m last year. Stores contributed £440m, online £150m and franchises £50m.",
    # two parts, or a list that says there is more: some of it
    "Acme's first-half revenue rose to €3.9bn. Its retail arm contributed €2.1bn and wholesale €1.1bn.",
    "Acme's first-half revenue rose to €3.9bn. Its retail arm contributed €2.1bn, wholesale €1.1bn and "
    "online €0.4bn, with the rest from licensing.",
    # a profit may hold the losses of units not listed
    "Operating profit reached $880m. Mining contributed $610m, energy $240m and logistics $90m.",
]


@pytest.mark.parametrize("text,code,target", CONTRIBUTED_FLAGGED)
def test_contributed_flagged(text, code, target):
    _assert_flagged(text, code, target)


@pytest.mark.parametrize("text", CONTRIBUTED_CLEAN)
def test_contributed_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- a whole named by a definite noun that stands beside the figure before (a headline's word order)
NAMED_BESIDE_FLAGGED = [
    ("BAND D BILL RISES TO £2,140\nThe bill comprises £1,720 for the county, £260 for police and £110 for fire.",
     "FC101", "£2,140"),
    ("SCHOOL FUNDING PACKAGE OF £96M AGREED\nThe package consists of £60m for buildings, £25m for staff and "
     "£6m for IT.", "FC101", "£96M"),
]

NAMED_BESIDE_CLEAN = [
    "BAND D BILL RISES TO £2,140\nThe bill comprises £1,720 for the county, £310 for police and £110 for fire.",
    "SCHOOL FUNDING PACKAGE OF £96M AGREED\nThe package consists of £60m for buildings, £30m for staff and "
    "£6m for IT.",
    # the noun is not beside the figure: another whole
    "COUNCIL AGREES £2,140 RISE\nThe bill comprises £1,720 for the county, £260 for police and £110 for fire.",
]


@pytest.mark.parametrize("text,code,target", NAMED_BESIDE_FLAGGED)
def test_named_beside_flagged(text, code, target):
    _assert_flagged(text, code, target)


@pytest.mark.parametrize("text", NAMED_BESIDE_CLEAN)
def test_named_beside_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- the ballots cast (or the turnout), then, in the next sentence, three or more candidates' votes and, last,
# the spoiled papers: every ballot is in the list (complete, inferred)
BALLOTS_FLAGGED = [
    ("Turnout in the mayoral election was 61,420. The Green candidate polled 25,310 votes, Labour 21,870 and "
     "the Conservatives 11,950; another 390 papers were spoilt.", "FC101", "61,420"),
    ("Voters cast 9,120 ballots on Thursday. Ms Hale took 4,100, Mr Odu 3,200 and Ms Park 1,500, while 290 "
     "papers were rejected.", "FC101", "9,120"),
]

BALLOTS_CLEAN = [
    "Turnout in the mayoral election was 59,520. The Green candidate polled 25,310 votes, Labour 21,870 and "
    "the Conservatives 11,950; another 390 papers were spoilt.",
    "Voters cast 9,090 ballots on Thursday. Ms Hale took 4,100, Mr Odu 3,200 and Ms Park 1,500, while 290 "
    "papers were rejected.",
    # the spoiled papers are not listed: some of the ballots
    "Turnout in the mayoral election was 61,420. The Green candidate polled 25,310 votes, Labour 21,870 and "
    "the Conservatives 11,950.",
]


@pytest.mark.parametrize("text,code,target", BALLOTS_FLAGGED)
def test_ballots_flagged(text, code, target):
    _assert_flagged(text, code, target)


@pytest.mark.parametrize("text", BALLOTS_CLEAN)
def test_ballots_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]

"""Round 29, review rv29-percent: false alarms the reviewer found on consistent text, each in the reviewer's shape
(in new words) next to the flag rows the reading was built for, which must still flag."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# item 1: "Of the BASE, SUBJECT VERB SHARE, PART" reads only a part that ends its clause
LEAD_CLAUSE_FLAGGED = [
    ("Of the 800 pupils in the year group, the academy excluded 5%, 90.", "5%"),
    ("Of the €3bn set aside for roads, the ministry has spent 30%, some €1.4bn.", "30%"),
]

LEAD_CLAUSE_CLEAN = [
    # a change, not the part
    "Of the 500 claims, the insurer paid 30%, 70 more than in 2021.",
    "Of the 500 claims, the insurer paid 30%, 25 fewer than the year before.",
    # a part of the part, or a group of it
    "Of the 700 trains, the operator cancelled 10%, 30 of them on Monday.",
    "Of the 2,000 doctors, the board hired 15%, 120 from overseas.",
    "Of the 4,000 flats, the city has sold 20%, 300 to charities.",
    "Of the £3bn grant, schools have spent 40%, £200m in the last month.",
    "Of the 900 farms, auditors rated 60%, 500 a year earlier, as sound.",
    # the part agreeing
    "Of the €3bn set aside for roads, the ministry has spent 30%, some €900m.",
]


@pytest.mark.parametrize("text, target", LEAD_CLAUSE_FLAGGED)
def test_part_after_lead_clause_flagged(text, target):
    assert_flagged(text, target, "FC201")


@pytest.mark.parametrize("text", LEAD_CLAUSE_CLEAN)
def test_part_after_lead_clause_clean(text):
    assert_clean(text)


# item 2: the amount of a share of a sum of money, not the whole's worth at another time nor an amount for each
MONEY_AMOUNT_FLAGGED = [
    ("Streaming makes up 20% of the £5bn music market, worth £1.6bn a year.", "£1.6bn"),
    ("Tourism supplies 6% of the island's $2bn economy, or roughly $120bn.", "$120bn"),
    # income in the whole's year
    ("Parking makes up 30% of the council's £90m income, bringing in £36m last year.", "£36m"),
]

MONEY_AMOUNT_CLEAN = [
    "Streaming makes up 20% of the £5bn music market, worth £1bn a year.",
    "Tourism supplies 6% of the island's $2bn economy, or roughly $120m.",
    # the whole's own worth at another time
    "An investor took 30% of the £4bn retailer, valued at £5.2bn in 2019.",
    "An investor took 30% of the £4bn retailer, valued at £3bn last year.",
    "The group controls 25% of the $80bn chip market, worth $96bn next year.",
    "The bank holds 15% of the €6bn lender, valued at €7bn in June.",
    # past the whole after "worth": the whole's worth, not a slip of scale
    "An investor took 30% of the £4bn retailer, worth £5.2bn.",
    "Parking makes up 30% of the council's £90m income, bringing in £27m last year.",
    "Parking makes up 30% of the council's £90m income, generating £36m in 2019.",
    # an amount for each one, far below the share
    "Drivers will pay 3% of the £20bn bill, or about £40 a year.",
]


@pytest.mark.parametrize("text, target", MONEY_AMOUNT_FLAGGED)
def test_money_amount_flagged(text, target):
    assert_flagged(text, target, "FC201")


@pytest.mark.parametrize("text", MONEY_AMOUNT_CLEAN)
def test_money_amount_clean(text):
    assert_clean(text)


# item 3: two sides of a vote, not shares of other times, occasions or groups, nor separate stances
VOTE_FLAGGED = [
    ("At the meeting, 63% of members backed the change and 42% opposed it.", "42%"),
    ("Residents voted on the switch: 48% backing it and 57% opposing.", "57%"),
    ("Staff approved the reform, with 59 per cent supporting the move and 44 per cent against it.", "44 per cent"),
]

VOTE_CLEAN = [
    "At the meeting, 63% of members backed the change and 37% opposed it.",
    # another time, occasion or group before the later share
    "In 2020, 61% backed the change; this year 46% opposed it.",
    "In 2020, 61% backed the proposal; this year 46% opposed it.",
    "At the first ballot 64% backed the change, and at the second 43% opposed it.",
    "Some 57% backed the reform at the annual meeting and 48% opposed it in the spring.",
    "Among full-time staff 61% backed the switch, and among part-timers 52% opposed it.",
    # separate stances, each of its own
    "The survey found 57% of shops were backing the scheme, 46% supporting longer hours and 31% opposing any "
    "levy.",
]


@pytest.mark.parametrize("text, target", VOTE_FLAGGED)
def test_two_sides_flagged(text, target):
    assert_flagged(text, target, "FC202")


@pytest.mark.parametrize("text", VOTE_CLEAN)
def test_two_sides_clean(text):
    assert_clean(text)


# item 4: a list closed by the rest, not with a share of a share among the shares before it
REST_FLAGGED = [
    ("Of the 3,000 pupils, 48% walk to school, 29% by bus and the remaining 30% come by car.", "30%"),
]

REST_CLEAN = [
    "Of the 3,000 pupils, 48% walk to school, 29% by bus and the remaining 23% come by car.",
    # a share of a share: the others and the rest make the whole
    "About 45% of the plastic is recycled, 30% in the city's own depot, and the remaining 55% is burnt.",
    "Of the 4,000 workers, 70% are on site, 20% at the main plant alone, and the remaining 30% work from home.",
    "Some 56% of residents in the county voted yes, 44% in the county town, while the remaining 44% voted no.",
]


@pytest.mark.parametrize("text, target", REST_FLAGGED)
def test_rest_after_kinds_flagged(text, target):
    assert_flagged(text, target, "FC202")


@pytest.mark.parametrize("text", REST_CLEAN)
def test_rest_after_kinds_clean(text):
    assert_clean(text)


# item 7: a choice named "as a top issue" is one of several for each person
CHOICE_FLAGGED = [
    ("In the poll, 57% named the economy, 52% health and 38% immigration.", "38%"),
]

CHOICE_CLEAN = [
    "In the poll, 47% named the economy, 35% health and 18% immigration.",
    "In the poll, 57% named the economy as a key concern, 52% health and 38% immigration.",
    "In the poll, 57% named the economy as a key concern, 52% health and 38% immigration; the margin of error "
    "was 2 points.",
    "In the poll, 57% named the economy as one of their worries, 52% health and 38% immigration.",
]


@pytest.mark.parametrize("text, target", CHOICE_FLAGGED)
def test_choice_flagged(text, target):
    assert_flagged(text, target, "FC202")


@pytest.mark.parametrize("text", CHOICE_CLEAN)
def test_choice_clean(text):
    assert_clean(text)


# item 5: a headline naming no time is of the body's month only when the body's figure is the latest, the
# headline tells it as done, and (with a publication date) the month is the last one or two
HEADLINE_FLAGGED = [
    ("Inflation climbs to 3.4%\n\nInflation rose to 3.1% in August, the statistics office said.", "3.1%", None),
    ("Inflation climbs to 3.4%\n\nInflation rose to 3.1% in August, the statistics office said.", "3.1%",
     "2025-09-17"),
]

HEADLINE_CLEAN = [
    ("Inflation climbs to 3.4%\n\nInflation rose to 3.1% in August, its highest this year, and has since climbed "
     "again.", None),
    ("Inflation climbs to 3.4%\n\nInflation rose to 3.1% in August, its highest this year, and has since climbed "
     "again.", "2025-12-03"),
    ("Inflation expected to climb to 3.4%\n\nInflation stood at 3.1% in August, and analysts expect it to rise "
     "further.", "2025-10-02"),
    ("Inflation set to climb to 3.4%\n\nInflation stood at 3.1% in August.", None),
    # a mark passed, not a level reached
    ("Port traffic passes 9m containers\n\nThe port handled 820,000 containers in May, its busiest month.", None),
    # an older month than the publication's
    ("Inflation climbs to 3.4%\n\nInflation rose to 3.1% in August, the statistics office said.", "2025-12-03"),
]


@pytest.mark.parametrize("text, target, published", HEADLINE_FLAGGED)
def test_headline_of_body_month_flagged(text, target, published):
    assert_flagged(text, target, "FC401", published=published)


@pytest.mark.parametrize("text, published", HEADLINE_CLEAN)
def test_headline_of_body_month_clean(text, published):
    assert_clean(text, published=published)


# item 6: a contraction ("it's", "there's") is no owner before a titled name
CONTRACTION_FLAGGED = [
    ("Once the votes were in, it's Reform 28, Labour 17 and Greens 9, a total of 58 seats.", "58"),
]

CONTRACTION_CLEAN = [
    "Once the votes were in, it's Reform 28, Labour 17 and Greens 9, a total of 54 seats.",
    "Once the votes were in, that's Reform 28, Labour 17 and Greens 9, a total of 54 seats.",
    "Once the votes were in, there's Reform 28, Labour 17 and Greens 9, a total of 54 seats.",
]


@pytest.mark.parametrize("text, target", CONTRACTION_FLAGGED)
def test_contraction_before_a_name_flagged(text, target):
    assert_flagged(text, target, "FC101")


@pytest.mark.parametrize("text", CONTRACTION_CLEAN)
def test_contraction_before_a_name_clean(text):
    assert_clean(text)

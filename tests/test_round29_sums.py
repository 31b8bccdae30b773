"""Round 29, sums: readings learnt from a never-tuned set, each written for its family (five variants of other
wording, numbers, order and units) with clean twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. a dash closing the aside is no word of a margin: the last part before "- ahead of ..." stays a part
DASH_ASIDE_THEN_COMPARISON = [
    ("The bookshop sold 412 titles - 230 novels, 95 cookbooks and 80 atlases - more than any other branch in the county.",
     "412"),
    ("The striker's club scored 48 goals - 20 from open play, 17 from set pieces and 9 penalties - more than any rival.",
     "48"),
    ("The airline carried 9,600 passengers - 5,100 adults and 4,300 children - up on the 8,900 it flew in 2022.",
     "9,600"),
    ("The county recorded 27 tornadoes - 12 in April, nine in May and four in June - above the average of 19.", "27"),
    ("Volunteers planted 1,250 trees - 640 oaks, 310 beeches and 200 rowans - short of the target of 1,500.", "1,250"),
]
DASH_ASIDE_CLEAN = [
    "The bookshop sold 405 titles - 230 novels, 95 cookbooks and 80 atlases - more than any other branch in the county.",
    "Volunteers planted 1,150 trees - 640 oaks, 310 beeches and 200 rowans - short of the target of 1,500.",
    "The hosts won 41 medals - 18 gold, 12 silver and 11 bronze - four ahead of their rivals on 37.",
]

# 2. a running total named by the summing clause, not by the last part's own label before it
RUNNING_CASUALTIES = [
    ("Two climbers died and 14 were hurt when the ridge gave way, taking the number of casualties to 15.", "15."),
    ("Tornadoes killed 11 people and injured 40 across three states, bringing the total casualty count to 49.", "49"),
    ("Nineteen passengers were injured and three were killed in the derailment, bringing the number of casualties "
     "to 21.", "21"),
    ("Rescuers said 31 people were wounded and six died overnight, pushing the casualty total to 36.", "36"),
    ("The blast killed 4 workers and left 17 injured, bringing the total number of casualties at the plant to 20.",
     "20"),
]
RUNNING_CASUALTIES_CLEAN = [
    "Rescuers said 31 people were wounded and six died overnight, pushing the casualty total to 37.",
    "The attack killed 9 people and injured 33, bringing the number of dead this month to 20.",
    "The attack killed 9 people and injured 33, bringing the number of injured this month to 300.",
    "Two more climbers died and 14 were hurt on Sunday, taking the number of casualties this season to 45.",
    # a longer span than the parts' own day: the week's count holds more
    "Tornadoes killed 11 people and injured 40 on Tuesday, bringing the total casualty count for the week to 93.",
    "Storms flooded 11 homes and damaged 40 on Tuesday, bringing the total for the month to 93.",
]

# 3. sums of money each told where they came from (or what they were spent on) are pieces of the sum before
SOURCED_OR_SPENT_PIECES = [
    ("The hospital charity collected $4.2 million last year, with $2.5 million from private donors, $1.3 million "
     "from corporate sponsors and $0.9 million from events.", "$4.2 million"),
    ("Ticket sales brought in £610,000, with £380,000 from season tickets and £290,000 from match-day sales.",
     "£610,000"),
    ("The festival took £96,000 at the gate, with £58,000 from day tickets, £31,000 from weekend passes and £12,000 "
     "from camping.", "£96,000"),
    ("Donations to the flood fund have reached $1.2m, with $700,000 from residents and $650,000 from local firms.",
     "$1.2m"),
    ("The club's revenue was £3.4m, with £2.2m from broadcasting and £1.5m from sponsorship.", "£3.4m"),
    ("The county invested $46 million in its parks, with $30 million going to new playgrounds and $19 million to "
     "trail repairs.", "$46 million"),
    ("The school spent £812,000 on repairs, with £505,000 on the roof, £214,000 on heating and £131,000 for new "
     "windows.", "£812,000"),
    ("Last year the charity devoted $9.5m to relief work, with $6.1m spent on food and $4.2m on shelter.", "$9.5m"),
    ("The council will spend £27m on transport, with £15m going on buses, £8m on cycle lanes and £6m on road "
     "repairs.", "£27m"),
    ("The agency spent €5.6 billion on equipment last year, with €3.2 billion going on trucks, €1.1 billion on "
     "radios and €1.8 billion on drones.", "€5.6 billion"),
]
SOURCED_OR_SPENT_CLEAN = [
    "The firm made a profit of £3.4m, with £2.2m from broadcasting and £1.5m from sponsorship.",
    "The club's revenue was £3.4m, with £2.2m from broadcasting and £0.8m from sponsorship.",
    "The cinema took £5m on Friday, with £3m on Saturday and £4m on Sunday.",
    "The school spent £812,000 on repairs in 2023, with £505,000 on the roof in 2024 and £414,000 on heating in 2025.",
    "The agency spent €5.6 billion on equipment last year, with €2.1 billion on trucks this year and €3.9 billion on "
    "drones next year.",
    "The agency spent €5.6 billion on equipment last year, with €3.2 billion going on trucks, €1.1 billion on radios "
    "and €1.3 billion on drones.",
]

# 4. for, against and spoilt papers: every voter who took part
VOTES_WITH_SPOILT = [
    ("A total of 2,157 residents took part in the referendum: 1,230 voted yes, 870 voted no and 38 spoiled their "
     "papers.", "2,157"),
    ("Of the 906 shareholders who voted, 512 backed the merger, 371 opposed it and 15 returned spoilt ballots.", "906"),
    ("Members cast 1,410 ballots. Of those, 802 were in favor, 575 were against and 21 were spoiled.", "1,410"),
    ("Of the 3,308 nurses who voted, 2,710 favoured strikes, 512 were opposed and 64 papers were spoiled.", "3,308"),
    ("Overall 1,102 tenants voted for the plan, 467 against and 29 spoilt their ballots, out of 1,610 who took part.",
     "1,610"),
]
VOTES_WITH_SPOILT_CLEAN = [
    "The union has 5,200 members. Of those, 3,402 backed action, 1,287 voted against and 41 ballots were spoilt.",
    "Of the 906 shareholders, 512 backed the merger, 371 opposed it and 15 returned spoilt ballots.",
    "Of the 898 shareholders who voted, 512 backed the merger, 371 opposed it and 15 returned spoilt ballots.",
    "Overall 1,102 tenants voted for the plan, 467 against and 29 spoilt their ballots, out of 1,598 who took part.",
]


@pytest.mark.parametrize("text, target", DASH_ASIDE_THEN_COMPARISON)
def test_dash_aside_then_comparison(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", DASH_ASIDE_CLEAN)
def test_dash_aside_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", RUNNING_CASUALTIES)
def test_running_casualties(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", RUNNING_CASUALTIES_CLEAN)
def test_running_casualties_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", SOURCED_OR_SPENT_PIECES)
def test_sourced_or_spent_pieces(text, target):
    assert_flagged(text, target, "FC102")


@pytest.mark.parametrize("text", SOURCED_OR_SPENT_CLEAN)
def test_sourced_or_spent_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", VOTES_WITH_SPOILT)
def test_votes_with_spoilt(text, target):
    assert_flagged(text, target, "FC101")


@pytest.mark.parametrize("text", VOTES_WITH_SPOILT_CLEAN)
def test_votes_with_spoilt_clean(text):
    assert_clean(text)


# 5. a body of N seats or members, then its verb of holding and its members by party
BODY_HOLDS_PARTY_MEMBERS = [
    ("The 100-seat Senate has 53 Republicans, 45 Democrats and 4 independents.", "100-seat"),
    ("The 60-member assembly now holds 31 Nationalist members, 22 Unionists and 9 Greens.", "60-member"),
    ("Labour has 30 councillors, the Conservatives 17 and independents 8 on the 51-seat council.", "51-seat"),
    ("The 129-seat parliament has 64 SNP members, 31 Conservative members, 22 Labour members and 15 from other "
     "parties.", "129-seat"),
    ("Under the new map the 435-seat House will have 222 Republicans and 215 Democrats.", "435-seat"),
]
BODY_HOLDS_PARTY_MEMBERS_CLEAN = [
    "The 100-seat Senate has 51 Republicans, 45 Democrats and 4 independents.",
    "The 40-bed hospital has 52 nurses and 30 doctors.",
    "The 100-seat Senate passed the bill on Friday. In the House, 222 Republicans and 215 Democrats had backed it a "
    "week earlier.",
    "The 100-seat Senate passed the bill. At the rally, 120 Republicans and 95 Democrats cheered.",
    "The 50-member board met on Monday. It heard from 40 Democrats and 30 Republicans.",
    "The 50-member board met on Monday, hearing from 40 Democrats and 30 Republicans.",
]


@pytest.mark.parametrize("text, target", BODY_HOLDS_PARTY_MEMBERS)
def test_body_holds_party_members(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", BODY_HOLDS_PARTY_MEMBERS_CLEAN)
def test_body_holds_party_members_clean(text):
    assert_clean(text)


# 6. "Of the current/new/latest total" points back to the level a move reached ("from X to Y", "by X to Y"),
# which is no alternative to X
BACK_TO_LEVEL_REACHED = [
    ("Membership climbed from 12,400 to 13,050 this year. Of the new total, 7,100 are women and 5,850 are men.",
     "13,050"),
    ("The waiting list grew to 6,420 in June, up from 5,980. Of the latest total, 3,910 are adults and 2,410 are "
     "children.", "6,420"),
    ("Enrollment rose from 2,310 to 2,480 this fall. Of the current total, 1,290 are girls and 1,170 are boys.",
     "2,480"),
    ("The number of rough sleepers fell to 1,180 from 1,320 last year. Of that total, 960 are men and 170 are women.",
     "1,180"),
    ("Staff numbers rose by 300 to 4,700. Of the present total, 2,950 are nurses and 1,850 are doctors.", "4,700"),
]
BACK_TO_LEVEL_REACHED_CLEAN = [
    "The prison population rose from 84,300 to 87,900 over the year. Of the current total, 84,000 are men and "
    "3,900 are women.",
    "The prison population rose from 84,300 to 87,900 over the year. Of those, 84,000 are men and 3,900 are women.",
    "The prison population rose from 84,300 to 87,900 over the year. Of the previous total, 80,400 were men and "
    "3,900 were women.",
    "Enrollment rose from 2,310 to 2,480 this fall. Of the current total, 1,300 are girls and 1,180 are boys.",
]


@pytest.mark.parametrize("text, target", BACK_TO_LEVEL_REACHED)
def test_back_to_level_reached(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", BACK_TO_LEVEL_REACHED_CLEAN)
def test_back_to_level_reached_clean(text):
    assert_clean(text)

"""Round 30 (percentages): six families learnt from the bd-percent set (the sixth from an older miss, bc-percent
043), each tested on five sentences of their own wording (another beat, other numbers, another order) with
clean twins that must stay silent.

1. "Of the BASE <a long description running as one clause>, PART VERB, a RATE of SHARE" (shares._lead_part).
2. A share of a share: the share's whole is the group an earlier share of the base picked out ("of those", "Of
   those,", "SHARE of the NOUN" naming that group): shares._share_of_the_share, ShareOf.base_share.
3. "SHARE of [a NOUN of] BASE, meaning PART NOUN VERB" with a verb of state (shares._opens_its_clause,
   shares._level_restated for a level reached).
4. "its SHARE share of|stake in the MONEY NOUN is worth|is valued at|brings in AMOUNT" (shares._HELD_SHARE, the
   verb of _AMOUNT_LINK, _SALES_TAIL).
5. Vote intention: "N% said they would vote A, M% B and K% C" are poll shares of one whole
   (percents._VOTE_INTENTION, percents._named_choice).
6. "A led B A% to B%, with C% undecided": a poll's leader, rival and undecided (percents._lead_with_undecided).
"""
import pytest

from tests.shapes import assert_clean, assert_flagged


LEAD_RATE_FLAGGED = [
    ("Of the 2,400 households that applied for the council's new energy grant in the first round, 600 were approved, an approval rate of 40%.", "40%"),
    ("Of the 75 restaurants inspected by the city's food safety officers in the spring, 15 failed, a failure rate of 30%.", "30%"),
    ("Of the 3,200 claims lodged with the insurer after the storms in the north of the country, 2,560 were paid in full, a payout rate of 65%.", "65%"),
    ("Of the 48 penalties taken by the club's strikers in league matches across the last three seasons, 36 were scored, a conversion rate of 60 per cent.", "60 per cent"),
    ("Among the 1,500 applicants who sat the entrance test at the music college in the spring, 600 won a place, giving a success rate of 50%.", "50%"),
]
LEAD_RATE_CLEAN = [
    "Of the 2,400 households that applied for the council's new energy grant in the first round, 600 were approved, an approval rate of 25%.",
    "Of the 75 restaurants inspected by the city's food safety officers in the spring, 15 failed, a failure rate of 20%.",
    "Of the 3,200 claims lodged with the insurer after the storms in the north of the country, 2,560 were paid in full, a payout rate of 80%.",
    "Of the 48 penalties taken by the club's strikers in league matches across the last three seasons, 36 were scored, a conversion rate of 75 per cent.",
    "Among the 1,500 applicants who sat the entrance test at the music college in the spring, 600 won a place, giving a success rate of 40%.",
    "Of the 3,200 claims lodged with the insurer after the storms in the north of the country, 2,560 were paid in full, and the national payout rate was 65%.",
    "Of the 2,400 households that applied for the council's new energy grant in the first round, 600 were approved, against an approval rate of 40% last year.",
]


@pytest.mark.parametrize("text, target", LEAD_RATE_FLAGGED)
def test_lead_rate_flagged(text, target):
    assert_flagged(text, target, "FC201")


@pytest.mark.parametrize("text", LEAD_RATE_CLEAN)
def test_lead_rate_clean(text):
    assert_clean(text)


NESTED_FLAGGED = [
    ("Roughly 70% of the 2,200 nurses polled by the union said they had skipped breaks; of those, half - about 1,500 - did so every shift.", "half"),
    ("Some 45% of the 8,000 season-ticket holders renewed early. Of those, a quarter, or 1,800 fans, chose the family stand.", "a quarter"),
    ("Two-thirds of the 900 apprentices finished their courses last year, and one in five of those - 180 - went on to university.", "one in five"),
    ("Of the 12,000 cars tested, 30% failed on brakes, and of those, about a fifth - 1,200 - needed new discs.", "about a fifth"),
    ("Men accounted for 40 per cent of the 2,500 new members in 2024, and 500 of them - almost a third of the men - joined online.", "almost a third"),
]
NESTED_CLEAN = [
    "Roughly 70% of the 2,200 nurses polled by the union said they had skipped breaks; of those, half - about 770 - did so every shift.",
    "Some 45% of the 8,000 season-ticket holders renewed early. Of those, a quarter, or 900 fans, chose the family stand.",
    "Two-thirds of the 900 apprentices finished their courses last year, and one in five of those - 120 - went on to university.",
    "Of the 12,000 cars tested, 30% failed on brakes, and of those, about a fifth - 720 - needed new discs.",
    "Men accounted for 40 per cent of the 2,500 new members in 2024, and 500 of them - half of the men - joined online.",
    "Men accounted for 40 per cent of the 2,500 new members in 2024, and 500 of them - a fifth of the members - joined online.",
    "About 60% of the 5,000 staff work from home, and a third of the 5,000 - roughly 1,650 - do so full time.",
    "About 60% of the 5,000 staff work from home. A third of the 5,000 - roughly 1,650 - do so full time.",
]


@pytest.mark.parametrize("text, target", NESTED_FLAGGED)
def test_share_of_a_share_flagged(text, target):
    assert_flagged(text, target, "FC201")


@pytest.mark.parametrize("text", NESTED_CLEAN)
def test_share_of_a_share_clean(text):
    assert_clean(text)


MEANING_FLAGGED = [
    ("The vacancy rate reached 6% of a housing stock of 250,000 homes, meaning about 22,000 flats stood empty.", "6%"),
    ("Truancy affected 3.5% of a school roll of 80,000 pupils, meaning some 4,200 children missed lessons.", "3.5%"),
    ("The poverty rate fell to 12 per cent of the region's 3 million residents, which means roughly 500,000 people lived below the line.", "12 per cent"),
    ("About 8% of the 45,000 homes in the county lack a broadband line, meaning some 1,600 households are offline.", "About 8%"),
    ("Smokers now make up 11% of the adult population of 40 million, meaning 6.2 million adults are still smoking.", "11%"),
]
MEANING_CLEAN = [
    "The vacancy rate reached 6% of a housing stock of 250,000 homes, meaning about 15,000 flats stood empty.",
    "Truancy affected 3.5% of a school roll of 80,000 pupils, meaning some 2,800 children missed lessons.",
    "The poverty rate fell to 12 per cent of the region's 3 million residents, which means roughly 360,000 people lived below the line.",
    "About 8% of the 45,000 homes in the county lack a broadband line, meaning some 3,600 households are offline.",
    "Smokers now make up 11% of the adult population of 40 million, meaning 4.4 million adults are still smoking.",
    "The vacancy rate reached 6% of a housing stock of 250,000 homes, meaning about 2,000 more flats stood empty than a year ago.",
    "The poverty rate fell to 12 per cent of the region's 3 million residents, which means roughly 90,000 people were lifted above the line.",
    "About 8% of the 45,000 homes in the county lack a broadband line, meaning some 1,600 of them are in the hills.",
    "The jobless rate rose to 5% of the 2 million workforce, meaning 30,000 jobs were lost in the year.",
]


@pytest.mark.parametrize("text, target", MEANING_FLAGGED)
def test_meaning_clause_flagged(text, target):
    assert_flagged(text, target, "FC201")


@pytest.mark.parametrize("text", MEANING_CLEAN)
def test_meaning_clause_clean(text):
    assert_clean(text)


WORTH_FLAGGED = [
    ("Its 15% stake in the $40bn venture is now valued at about $9bn, analysts estimate.", "15%"),
    ("The chain's 22% share of the €30bn coffee market brings in about €9bn in annual sales.", "22%"),
    ("Ten per cent of the $12bn pension fund is now worth about $2.5bn.", "Ten per cent"),
    ("Its 40 per cent holding in the €2.5bn port operator is valued at €1.5bn.", "40 per cent"),
]
WORTH_CLEAN = [
    "Its 15% stake in the $40bn venture is now valued at about $6bn, analysts estimate.",
    "The chain's 22% share of the €30bn coffee market brings in about €6.6bn in annual sales.",
    "Ten per cent of the $12bn pension fund is now worth about $1.2bn.",
    "Its 40 per cent holding in the €2.5bn port operator is valued at €1bn.",
    "The discounter's 10.2% share of the £160bn grocery market was worth £12bn in 2019.",
    "The chain's 22% share of the €30bn coffee market rose by €9bn over the decade.",
    "Its 40 per cent holding in the €2.5bn port operator is valued at €1.5bn including debt.",
    "The discounter holds a 10.2% share of the £160bn grocery market, which is now worth £200bn.",
]


@pytest.mark.parametrize("text, target", WORTH_FLAGGED)
def test_worth_verb_flagged(text, target):
    assert_flagged(text, target, "FC201")


@pytest.mark.parametrize("text", WORTH_CLEAN)
def test_worth_verb_clean(text):
    assert_clean(text)


INTENTION_FLAGGED = [
    ("Asked about next month's mayoral race, 44% of voters said they would back Okafor, 31% Lindqvist and 33% Barros.", "33%"),
    ("In the latest survey, 52 per cent said they will vote for Harris, 46 per cent for Vance and 6 per cent for Stein.", "6 per cent"),
    ("Some 35% plan to back the Social Democrats, 30% the Christian Democrats, 22% the Greens and 20% the Liberals, the poll found.", "20%"),
    ("Of the 900 union members polled, 61% said they would choose Patel as leader, 35% Moreau and 10% Nakamura.", "10%"),
    ("Ahead of the run-off, 48% would pick Dumont and 58% Leclerc.", "58%"),
]
INTENTION_CLEAN = [
    "Asked about next month's mayoral race, 44% of voters said they would back Okafor, 31% Lindqvist and 23% Barros.",
    "In the latest survey, 52 per cent said they will vote for Harris, 42 per cent for Vance and 6 per cent for Stein.",
    "Some 35% plan to back the Social Democrats, 30% the Christian Democrats, 17% the Greens and 12% the Liberals, the poll found.",
    "Of the 900 union members polled, 61% said they would choose Patel as leader, 35% Moreau and 4% Nakamura.",
    "Ahead of the run-off, 48% would pick Dumont and 52% Leclerc.",
    "In the survey, 38% said they would vote Reform, up from 27% in May and 19% a year ago.",
    "In the survey, 58% said they would vote in the referendum, 47% in the local elections and 30% in both.",
    "Of the 900 members polled, 61% said they would back Patel, 35% would back Moreau if Patel stood down, and 40% would back Nakamura.",
    "In May, 38% said they would vote Reform; in June 41% Reform and 30% Labour.",
]


@pytest.mark.parametrize("text, target", INTENTION_FLAGGED)
def test_vote_intention_flagged(text, target):
    assert_flagged(text, target, "FC202")


@pytest.mark.parametrize("text", INTENTION_CLEAN)
def test_vote_intention_clean(text):
    assert_clean(text)


# 6. A poll's two sides told by who leads ("led|leads|trailed|was ahead of ... A% to B%"), then ", with C% undecided"
# (or "yet to decide", "saying they did not know"): three shares of the people polled (percents._lead_with_undecided).
LEADS_FLAGGED = [
    ("The governor led his rival 52% to 41%, with 12% undecided, the poll found.", "12%"),
    ("In the latest poll, Ortega leads Bauer by 48 per cent to 44 per cent, with 10 per cent still undecided.", "10 per cent"),
    ("Okafor was ahead of Lindqvist 51% to 43% in the survey, with 8% saying they did not know.", "8%"),
    ("The incumbent is leading 44% to 40% among registered voters, with 19% yet to decide.", "19%"),
    ("Labour led the Conservatives 41% to 33% in the Ipsos survey, with 30% saying they had no preference.", "30%"),
]
LEADS_CLEAN = [
    "The governor led his rival 52% to 41%, with 7% undecided, the poll found.",
    "In the latest poll, Ortega leads Bauer by 48 per cent to 44 per cent, with 8 per cent still undecided.",
    "Okafor was ahead of Lindqvist 51% to 43% in the survey, with 6% saying they did not know.",
    "The incumbent is leading 44% to 40% among registered voters, with 16% yet to decide.",
    "Labour led the Conservatives 41% to 33% in the Ipsos survey, with 26% saying they had no preference.",
    "The mayor led the challenger 46% to 42% in May, with 12% undecided.",
    "The striker led the scoring charts with 60% to 45% shot accuracy, with 11% of chances missed.",
    "The governor led his rival 52% to 41% in 2022 and leads 50% to 45% now, with 8% undecided.",
    "The fund led its peers, returning 52% to 41% for the index, with 12% held in cash.",
]


@pytest.mark.parametrize("text, target", LEADS_FLAGGED)
def test_leader_rival_undecided_flagged(text, target):
    assert_flagged(text, target, "FC202")


@pytest.mark.parametrize("text", LEADS_CLEAN)
def test_leader_rival_undecided_clean(text):
    assert_clean(text)

"""Round 30 review (percentages): false alarms of the round's new readings, mended by narrowing each reading to
the shape its docstring names.  Every row is consistent news text that must stay silent.

1. "Of the BASE <long description>, PART ..., a RATE of SHARE": after the long lead, the share must close its
   clause (not "a take-up rate of 60% across the region", a rate of another whole): shares._lead_part(share=).
2. A share of a share: when the share names its own whole as the base ("a tenth of all cars tested", "of the
   total", "of the NOUN" with the base's noun), its whole is the base, even after "of those"
   (shares._share_of_the_share).
3. "SHARE of BASE, meaning PART NOUN VERB": the part's noun must count the base's things (people of a people's
   whole, homes of a housing stock), and a passive event ("were repossessed") is not the state the share measures
   (shares._opens_its_clause, _names_the_base, _PASSIVE_EVENT).
4. "its SHARE share of the MONEY market VERB AMOUNT": a verb of income ("generates", "earns", "brings in") needs
   "in sales" (or revenue, turnover) after the amount, which may otherwise be a profit; "is worth", "is valued at"
   are kept (shares._amount_of_money_whole, _WORTH_VERB).
5. Vote intention "N% said they would vote A, M% B": between two shares only the first's choice and a list
   separator, not a new group ("; of Reform voters, 70% C", ", and among Republicans 88% C"): percents._split,
   _LIST_ITEM, _JOINED_ONLY.
6. "A led B X% to Y%, with Z% undecided": the two sides must not be of fewer people (no "among decided voters",
   "once leaners were counted", "in a head-to-head" between them and the undecided), and the undecided share must
   close its clause (not "undecided among women", "undecided in the October poll"): percents._lead_with_undecided,
   _NARROWER_SIDES.
"""
import pytest

from tests.shapes import assert_clean, assert_flagged


MEANING_OTHER_THINGS_CLEAN = [
    "Some 30% of the 1,000 hospital beds are empty, meaning 120 nurses are idle.",
    "About 5% of the 2 million workers are jobless, meaning 40,000 families are on benefits.",
    "The default rate rose to 8% of the 500,000 borrowers, meaning 10,000 loans were written off.",
    "Roughly 15% of the 200,000 pupils are absent each week, meaning 600 schools are below target.",
    "About 20% of the 50,000 households are behind on their rent, meaning 2,000 homes were repossessed last year.",
    "Around 20% of the 50,000 homes on the estate are in arrears, meaning 2,000 homes were repossessed.",
    "Some 9% of the 70,000 residents are over 80, meaning 400 care workers are employed by the council.",
]


MEANING_PEOPLE_FLAGGED = [
    ("The jobless rate climbed to 6% of a labour force of 3 million, meaning about 120,000 Scots were out of work.", "6%"),
    ("Some 7% of the 900,000 residents lack a GP, meaning 21,000 Londoners are without one.", "7%"),
]


@pytest.mark.parametrize("text, target", MEANING_PEOPLE_FLAGGED)
def test_meaning_people_named_still_flagged(text, target):
    assert_flagged(text, target, "FC201", "2025-06-10")


@pytest.mark.parametrize("text", MEANING_OTHER_THINGS_CLEAN)
def test_meaning_part_of_other_things_clean(text):
    assert_clean(text, "2025-06-10")


LEAD_OTHER_WHOLE_CLEAN = [
    "The Yes side led 55% to 45% among decided voters, with 15% undecided.",
    "Smith led Jones 48% to 45% among men, with 30% undecided among women.",
    "Smith led Jones 52% to 48% once leaners were counted, with 10% undecided before that.",
    "The mayor led her rival 51% to 49% in a head-to-head, with 12% undecided in the wider field.",
    "Harris led Trump 50% to 46% in the September poll, with 9% undecided in the October poll.",
    "The incumbent led 54% to 46% excluding don't-knows, with 14% undecided overall.",
]
LEAD_OTHER_WHOLE_FLAGGED = [
    ("Harris led Trump 50% to 46% in the September poll, with 9% undecided.", "9%"),
    ("The Yes side led 55% to 45% among likely voters, with 15% undecided.", "15%"),
]


@pytest.mark.parametrize("text", LEAD_OTHER_WHOLE_CLEAN)
def test_lead_sides_of_another_whole_clean(text):
    assert_clean(text, "2024-10-10")


@pytest.mark.parametrize("text, target", LEAD_OTHER_WHOLE_FLAGGED)
def test_lead_one_poll_still_flagged(text, target):
    assert_flagged(text, target, "FC202", "2024-10-10")


INTENTION_OTHER_GROUP_CLEAN = [
    "Of Labour voters, 80% said they would back Starmer, 15% Burnham; of Reform voters, 70% Farage.",
    "Among Democrats, 90% said they would back Harris, 6% Trump, and among Republicans 88% Trump.",
    "Some 40% said they would back Lee, 35% Park; a week earlier 45% Lee and 38% Park.",
]
INTENTION_ONE_GROUP_FLAGGED = [
    ("In the survey, 38% said they would vote Reform, 27% Labour, 22% Conservative, 15% Lib Dem and 8% Green.", "8%"),
]


@pytest.mark.parametrize("text", INTENTION_OTHER_GROUP_CLEAN)
def test_intention_of_another_group_clean(text):
    assert_clean(text, "2024-10-10")


@pytest.mark.parametrize("text, target", INTENTION_ONE_GROUP_FLAGGED)
def test_intention_one_group_still_flagged(text, target):
    assert_flagged(text, target, "FC202", "2024-10-10")


SHARE_OF_THE_BASE_CLEAN = [
    "Of the 12,000 cars tested, 30% failed on brakes, and of these, 1,200 - a tenth of all cars tested - needed new discs.",
    "Of the 12,000 cars tested, 30% failed on brakes, and of these, 1,200 - a tenth of the total - needed new discs.",
    "About 60% of the 5,000 staff work from home; of those, 1,500 - 30% of all staff - never come in.",
    "Some 45% of the 8,000 season-ticket holders renewed early, and of those, 2,000 - a quarter of the holders - chose the family stand.",
]


@pytest.mark.parametrize("text", SHARE_OF_THE_BASE_CLEAN)
def test_share_naming_the_base_clean(text):
    assert_clean(text, "2025-06-10")


HELD_SHARE_INCOME_CLEAN = [
    "Its 30% share of the $10bn market generates $300m.",
    "The brewer's 20% share of the £20bn beer market earned £400m.",
    "The chain's 22% share of the €30bn coffee market brings in about €1bn a year.",
    "The insurer's 12% share of the $50bn motor market generated $900m for shareholders.",
]
HELD_SHARE_INCOME_FLAGGED = [
    ("The chain's 22% share of the €30bn coffee market brings in about €9bn in annual sales.", "22%"),
    ("Its 40 per cent holding in the €2.5bn port operator is valued at €1.5bn.", "40 per cent"),
]


@pytest.mark.parametrize("text", HELD_SHARE_INCOME_CLEAN)
def test_held_share_income_clean(text):
    assert_clean(text, "2025-06-10")


@pytest.mark.parametrize("text, target", HELD_SHARE_INCOME_FLAGGED)
def test_held_share_worth_still_flagged(text, target):
    assert_flagged(text, target, "FC201", "2025-06-10")


LONG_LEAD_RATE_ELSEWHERE_CLEAN = [
    "Of the 4,000 applications received by the council during the first half of the year, 1,000 came online, a digital take-up rate of 60% across the region.",
]
LONG_LEAD_RATE_CLOSED_FLAGGED = [
    ("Of the 4,000 applications received by the council during the first half of the year, 1,000 came online, a digital take-up rate of 60%.", "60%"),
]


@pytest.mark.parametrize("text", LONG_LEAD_RATE_ELSEWHERE_CLEAN)
def test_long_lead_rate_of_another_whole_clean(text):
    assert_clean(text, "2025-06-10")


@pytest.mark.parametrize("text, target", LONG_LEAD_RATE_CLOSED_FLAGGED)
def test_long_lead_rate_closed_still_flagged(text, target):
    assert_flagged(text, target, "FC201", "2025-06-10")

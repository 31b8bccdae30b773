"""Round 11 (lead): restated figures probed with my own sentences -- slips tied by "That/This", a
tally noun, "average" for a rate, "Those N days", decimals with a digit put in, ages of one person
named by another noun of the same stage of life; each with clean twins."""
from __future__ import annotations

import pytest

from shapes import assert_clean, assert_flagged

FLAGGED = [
    # a relative clause on the thing the first sentence named
    ('The trust bought the old depot for £3.6m. The depot, which cost £6.3m, will become a clinic.', '£6.3m'),
    ('The new ferry carries 1,400 passengers. The vessel, which can carry 4,100 people, enters service in May.',
     '4,100'),
    ('The arena holds 12,500 fans. With room for 15,200 spectators, it is the largest in the region.', '15,200'),
    # the level a change reached, then "the new rate of"
    ('Council tax will be raised to 4.9% this spring. The new rate of 9.4% applies to every band.', '9.4%'),
    ('The fee will rise to £310 in April. The new fee of £280 covers the whole year.', '£280'),
    # "confirmed" closing a sentence is who says so
    ('Bus fares to rise 3.8% in May\nFares across the county will go up by 8.3% from 1 May, the operator confirmed.',
     '8.3%'),
    # the first's own verb echoed by the second's noun ("patients waited" ... "the long waits")
    ('A total of 5,126 patients waited over four hours in A&E in June. The 5,216 waits were a record.', '5,216'),
    ('Hospital trust fined £1.6m\nThe trust was ordered to pay £6.1m after admitting safety failings at its maternity unit.', '£6.1m'),
    ('The airline carried 4.2 million passengers in the year to March. Its 2.4 million passengers paid an average fare of £48.', '2.4 million'),
    ('Flooding forced 340 families from their homes in the valley. Council staff found temporary rooms for all 430 families by Friday.', '430'),
    ('A 72-year-old man died after his car left the road near Kendal. The pensioner, 27, was pronounced dead at the scene.', '27'),
    ('House prices rose by 3.4% in the year to June, the lender said. The 4.3% rise was the fastest for two years.', '4.3%'),
    ('Airport passenger numbers reach 8.1 million\nThe airport handled 18.1 million passengers last year, its busiest ever.', '18.1 million'),
    ('The cricket board has agreed a £220m broadcast deal. The £22m agreement runs until 2030.', '£22m'),
    ('Paramedics took an average of 48 minutes to reach heart attack patients. The 84-minute average was double the target.', '84-minute'),
    ('The river rose 3.2 metres in 12 hours. The 2.3-metre rise flooded 40 homes.', '2.3-metre'),
    ('Cyclist wins stage by 14 seconds\nThe Belgian crossed the line 41 seconds clear of the pack.', '41 seconds'),
    ('Mortgage rates fell to 4.65% this week. Lenders said the 4.56% average was the lowest since May.', '4.56%'),
    ('Some 1,250 runners took part in the race. Organisers said all 1,520 finished.', '1,520'),
    ('A new runway will cost £14bn, the airport says. Critics say the £41bn project is unaffordable.', '£41bn'),
    ('Twelve people were treated in hospital after the crash. Police said the 21 injured were all passengers.', '21'),
    ('Floods damaged 1,200 homes across the county. Insurers expect claims on the 2,100 homes to top £40m.', '2,100'),
    ('The council will spend £3.5m on flood defences. The £5.3m scheme includes a new wall on the quay.', '£5.3m'),
    ('The ambulance service missed its target on 62 days last winter. Those 26 days included Christmas Eve.', '26 days'),
    ('The mortgage lender approved 65,000 loans in May, it said on Tuesday. The 56,000 approvals were the most in a year.', '56,000'),
    ('Ryanair carried 18.5 million passengers in July. That 15.8 million total was a record for the airline.', '15.8 million'),
    ('The batsman made 143 before he was caught. His innings of 134 took 211 balls.', '134'),
]

CLEAN = [
    # the second narrowed to a group or a subset the first's sentence says nothing of
    'Average waits in A&E were 48 minutes in March. The 84-minute wait for stroke patients was the worst.',
    'The marathon attracted 42,000 runners. Of the 24,000 who finished, half were first-timers.',
    'The trust bought the old depot for £3.6m. The school, which cost £6.3m, opened in May.',
    'The new ferry carries 1,400 passengers. The bridge, which can carry 4,100 cars an hour, opens in May.',
    'The trust bought the old depot for £3.6m. The depot, which cost £3.6m, will become a clinic.',
    # another time after the second, or someone else's age between
    'Police arrested 12 men at the match. The 40 arrests this season are down on last year.',
    'A 72-year-old woman and her husband, 75, were rescued. The pensioner, 75, was taken to hospital.',
    'Four people died in the crash on the A1. Across the county, the 31 road deaths this year are the most since 2015.',
    'Rates rose to 5.25% in August. The new rate of 5.5% for business loans starts next week.',
    'Three of the 12 councillors - Ames, Baird and Cole - voted against.',
    # the headline's figure given again as it is: a near-slip elsewhere is another figure
    'Cricket: Yorkshire set 274 to win\nLancashire declared on 247 for 6, setting Yorkshire a target of 274.',
    'Council tax will be raised to 4.9% this spring. The new rate of 4.9% applies to every band.',
    'Fares rose to £4.20 last year. The new fare of £2.40 for children starts in May.',
    'Bus fares to rise 3.8% in May\nFares across the county will go up by 3.8% from 1 May, the operator confirmed.',
    'A total of 5,126 patients waited over four hours in A&E in June. The 5,216 beds were all full.',
    'A 72-year-old man died after his car left the road near Kendal. The pensioner, 72, was pronounced dead at the scene.',
    'A 72-year-old man died after his car left the road. His wife, 27, was unhurt.',
    'A 72-year-old man and a 27-year-old woman were hurt. The woman, 27, was treated at the scene.',
    'Airport passenger numbers reach 18.1 million\nThe airport handled 18.1 million passengers last year, its busiest ever.',
    'Airport passenger numbers reach 8.1 million\nThe airport handled 8.1 million passengers last year, and rival Leeds handled 18.1 million.',
    'Mortgage rates fell to 4.65% this week. Lenders said the 4.56% average for two-year deals was the lowest since May.',
    'The jockey, 23, rode his first winner at Ayr. His brother, the 32-year-old trainer, said he was thrilled.',
    'The ambulance service missed its target on 62 days last winter. Those 62 days included Christmas Eve.',
    'The ambulance service met its target on 62 days last winter and on 26 days this spring.',
    'Ryanair carried 18.5 million passengers in July. That 18.5 million total was a record for the airline.',
    "Ryanair carried 18.5 million passengers in July. EasyJet's 15.8 million total was its own record.",
    'Sales rose to 8.1 million units. This 18.1 million figure for the whole group includes Asia.',
    'The council wants 2.4% more from tax. This 4.2% rise in fees is separate.',
    'The jockey, 23, rode his first winner at Ayr. The trainer, 32, said he was thrilled.',
    'Exports reached 1.5 million tonnes in 2023. That 11.5 million tonnes figure for 2024 included grain.',
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)

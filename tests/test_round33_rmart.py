"""Round 33 (review of the article readings): false alarms of the new readings on clean text, mended.

1. ``multiple_told_before``: the two sentences must tell one measured thing -- the head of the multiple's subject
   ("Bike sales", "Visitor numbers", "Membership") said again in the second, not only a place or owner both name
   ("Rents in the city have doubled. The city sold ..."); no name in the second the first lacks; and a long span
   of the multiple ("since 2010", "over five years") against an old level told a shorter step back is no move of
   the two levels.
2. ``cost_shares``: the part is told as paid towards the cost ("will give", "will pay", "pledged"); a sum earned
   or added ("Fees bring in £9m, or 60% of the budget") is a share of another whole.
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN = [
    # 1. a place both name, another measured thing
    "Rents in the city have doubled in a decade. The city sold 2,000 council homes last year, up from 1,800 the "
    "year before.",
    "Ticket prices at the theatre have doubled since the pandemic. The theatre sold 4,000 tickets this season, up "
    "from 3,600.",
    "Fuel costs at the port doubled during the winter. The port handled 1.2 million containers in 2023, up from "
    "1.1 million.",
    "Staff sickness at the council halved last year. The council employed 4,100 staff in March, down from 4,300.",
    "Carbon emissions at the plant halved after the upgrade. The plant made 400,000 tonnes of steel last year, "
    "down from 450,000 tonnes.",
    "Demand at the food bank doubled over the year. The food bank gave out 5,000 parcels in March, up from 4,000 "
    "in February.",
    "Average waiting times at the clinic have halved. The clinic saw 3,000 patients in May, down from 3,200 in "
    "April.",
    "Interest costs at the firm doubled as rates rose. The firm made a profit of £12m, up from £10m, despite the "
    "bill.",
    # 1. another name
    "Exports of wine to China doubled in the first quarter. Wine exports to Japan reached 40,000 cases, up from "
    "35,000.",
    # 1. a long span, a one-year step
    "Bike sales at the shop more than doubled over five years. The shop sold 2,900 bikes in 2024, up from 2,500 "
    "in 2023.",
    "Membership of the club has tripled since it was founded in 2010. The club now has 900 members, up from 820 "
    "last spring.",
    "Passenger numbers at the airport have doubled in a decade. The airport handled 5.1 million passengers last "
    "year, up from 4.6 million a year earlier.",
    # 1. a month or season back, a part of the thing, a count against money
    "Visitor numbers at the castle tripled over the summer. The castle welcomed 41,000 visitors in August alone, "
    "up from 38,000 in July.",
    "Job losses at the factory halved this year. The factory lost 300 jobs in the spring, down from 320 in the "
    "winter.",
    "Orders at the yard more than doubled, the firm said. Orders for tankers reached 14, up from 12, while orders "
    "for ferries fell.",
    "Sales at the chain's new stores doubled in the spring. Sales at its older stores rose to £40m, up from £37m.",
    "Wine exports more than doubled in 2023, the ministry said. Exports of beer reached 9m litres, up from 8m "
    "litres.",
    "Visitor numbers at the zoo doubled, officials said on Monday. The zoo's visitors spent £4m, up from £3.8m.",
    # 2. a sum earned, not paid towards the plan
    "The college unveiled a £30m plan to rebuild its library. Tuition fees bring in £9m, or 60% of the budget.",
    "The trust approved a £40m scheme to rebuild the ward. Car parking earned £8m, or 5% of the budget, last year.",
]

FLAGS = [
    # 1. the twins: the head said again (by its stem or synonym), the span told at the same step
    ("Membership of the club has tripled since 2010. The club now has 900 members, up from 820 in 2010.",
     "tripled"),
    ("Car exports through the port more than doubled last year. The port shipped 14,000 vehicles in 2024, up "
     "from 9,000 the year before.", "more than doubled"),
    ("Ticket sales at the theatre doubled this season. The theatre sold 4,000 tickets, up from 3,600 last "
     "season.", "doubled"),
    ("Staff numbers at the council halved last year. The council employed 4,100 staff in March, down from "
     "4,300.", "halved"),
    ("The number of electric buses at the depot doubled last year. The depot now runs 300 buses, up from 240.",
     "doubled"),
    ("Visitor numbers at the castle tripled over the summer. The castle welcomed 41,000 visitors in the summer, "
     "up from 38,000 in the summer of 2023.", "tripled"),
    ("Orders at the yard more than doubled, the firm said. Orders at the yard reached 14, up from 12.",
     "more than doubled"),
]

FLAGS_COST = [
    # 2. the twins: paid towards the cost
    ("The college unveiled a £30m plan to rebuild its library. Alumni will give £9m, or 60% of the budget.", "60%"),
    ("The trust approved a £40m scheme to rebuild the ward. A charity has pledged £8m, or 5% of the cost.", "5%"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", FLAGS)
def test_multiple_flagged(text, target):
    assert_flagged(text, target, "FC302")


@pytest.mark.parametrize("text,target", FLAGS_COST)
def test_cost_share_flagged(text, target):
    assert_flagged(text, target, "FC201")

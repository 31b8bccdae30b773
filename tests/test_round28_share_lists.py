"""Round 28: shares of one whole told with the first share's preposition said again before each later one ("A
accounted for 58% of revenue, B for 29% and C for 21%"); "the half-year" as a period inside such a list; a poll's
shares closed by "among likely voters" (whom the poll asked). Shares of several wholes stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("Coal accounted for 41% of the country's electricity last year, gas for 38% and nuclear for 27%.", "27%"),
    ("Tuition fees account for 62 percent of the university's income, research grants for 25 percent and "
     "donations for 19 percent.", "19 percent"),
    ("Cars were responsible for 55% of the city's emissions, buses for 30% and trains for 21%.", "21%"),
    ("Online orders accounted for 47% of sales in the quarter, store sales for 41% and wholesale for 18%.", "18%"),
    ("Medicare accounted for 48 percent of the hospital's revenue in 2023, private insurers for 39 percent and "
     "Medicaid for 19 percent.", "19 percent"),
    ("Copper accounted for 52% of the miner's earnings in the half-year, zinc for 31% and lead for 24%.", "24%"),
    # a poll's people named after the last share
    ("A survey of 1,200 adults had the Greens on 31%, Labour on 44% and the Conservatives on 30% among those "
     "questioned.", "30%"),
    ("The poll put the mayor on 47%, her deputy on 39% and a newcomer on 19% among likely voters.", "19%"),
    ("Among likely voters, the survey put Park on 44%, Chen on 35% and Diaz on 27%.", "27%"),
    ("In the survey of likely voters, Ms Park polled 44%, Mr Chen 35% and Ms Diaz 27%.", "27%"),
    ("Senator Ruiz was put on 52 percent, Governor Hale on 36 percent and Mr Ortiz on 17 percent among registered "
     "voters, the poll showed.", "17 percent"),
]

CLEAN = [
    "Coal accounted for 41% of the country's electricity last year, gas for 38% and nuclear for 17%.",
    "Copper accounted for 52% of the miner's earnings in the half-year, zinc for 31% and lead for 14%.",
    "The poll put the mayor on 47%, her deputy on 39% and a newcomer on 14% among likely voters.",
    # rates of several wholes
    "Shares in Acme rose by 58% this year, Globex by 39% and Initech by 21%.",
    "Rents rose 4% in the year, wages by 3% and prices by 5%.",
    "The tax applies to 58% of households in Wales, to 39% in Scotland and to 21% in England.",
    "The poll found 47% of likely voters, 39% of all adults and 19% of young people backed the plan.",
    "The poll put Delgado on 47% among men, Tran on 39% and Holloway on 19% among women.",
    "Profits rose 58% in the half-year, sales by 29% and margins by 21%.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_share_list_flagged(text, target):
    assert_flagged(text, target, "FC202")


@pytest.mark.parametrize("text", CLEAN)
def test_share_list_clean(text):
    assert_clean(text)

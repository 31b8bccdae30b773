"""Round 26, articles: readings learned from the fresh a169 article pairs, each written here in five
other shapes (other beats, nouns, numbers, order and distance), with clean twins."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. A change given per week, month, day or head is the whole change spread thinner, not the whole
# change: "to £1,967.72 from £1,874.20, an increase of about £1.80 a week" (93.52 / 52).
PER_RATE_CLEAN = [
    "The annual season ticket will cost £4,380 from next year, up from £4,120, an increase of £5 a week.",
    "The licence fee goes up from £169.50 to £174.50, a rise of about 10p a week.",
    "The yearly water bill will climb from $612 to $690, an increase of roughly $1.50 per week.",
    "Average rents for a two-bedroom flat reached £14,760 a year from £13,920, a rise of £70 a month.",
    "Funding for the district's schools rises to £46.2m from £44.8m, an increase of about £160 per pupil.",
    "The club's annual subscription will go up to £365 from £292, an extra 20p a day for members.",
    "Her salary rose to £38,400 from £35,900, an increase of about £208 a month.",
    "The average rent on the estate rose to £1,260 from £1,190, an increase of about £16 a week.",
]
# ... and the per-period figure is checked against the change spread over a year (or a month, for levels
# that may be a month's): 143.52 / 52 is 2.76, not "about £1.80 a week"
PER_RATE_SPREAD_FLAG = [
    ("The licence fee goes up from £169.50 to £184.50, a rise of about 10p a week.", "about 10p"),
    ("The annual season ticket will cost £4,680 from next year, up from £4,120, an increase of £5 a week.", "£5 a week"),
    ("The yearly water bill will climb from $612 to $790, an increase of roughly $1.50 per week.", "$790"),
    ("Her salary rose to £38,400 from £35,900, an increase of about £20 a month.", "about £20"),
    ("The club's annual subscription will go up to £438 from £292, an extra 20p a day for members.", "£438"),
    ("The average rent on the estate rose to £1,260 from £1,190, an increase of about £4 a week.", "about £4"),
]
PER_RATE_FLAG = [
    ("The licence fee goes up from £169.50 to £174.50, a rise of about £7.", "about £7"),
    ("The yearly water bill will climb from $612 to $690, an increase of roughly $65.", "roughly $65"),
    ("Weekly rents rose from £212 a week to £236 a week, a rise of £14 a week.", "£14 a week"),
    ("The annual season ticket will cost £4,380 from next year, up from £4,120, an increase of £300.", "£300"),
    ("Rents in the block rose from £212 to £236 a week, a rise of £14 a week.", "£14 a week"),
    ("Daily parking went up from £8.50 a day to £11.20 a day, an increase of £2.10 a day.", "£2.10 a day"),
]


@pytest.mark.parametrize("text", PER_RATE_CLEAN)
def test_change_per_shorter_period_or_head_is_no_whole_change(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", PER_RATE_FLAG)
def test_whole_change_or_same_rate_still_checked(text, target):
    assert_flagged(text, target, "FC3")


@pytest.mark.parametrize("text,target", PER_RATE_SPREAD_FLAG)
def test_change_per_period_checked_over_the_year(text, target):
    assert_flagged(text, target, "FC301")


# 2. The lead's figure restated far down with two digits swapped. Round 26 built a reading for it (a quote, a bare
# figure, "With N ...") and dropped it before release: a reviewer's consistent sentences -- a part ("On the Saturday
# alone, about 15,600 visitors" after 16,500), an update ("By June, 6,420 families" after 4,620 in March), another
# body's measure ("Its sister reservoir, Howden, holds 16,350 megalitres") -- drew warnings from it. The texts stay
# as clean rows: told as they are, and told apart, they must be silent.
LEAD_SWAP = [
    ("The Marsh Lane food bank handed out 3,418 emergency parcels in the year to March, its busiest year since it "
     "opened. Demand rose fastest among working families, the charity said. Volunteers now run five sessions a "
     "week, up from three. The charity has also opened a second warehouse in the town. \"Giving out {x} parcels "
     "in a year should shame us all,\" said its manager, Ruth Okafor.", "3,418", "3,148"),
    ("Halden Brewing made a pre-tax profit of £27.4 million in 2024, the company said on Tuesday. Sales of its "
     "cask ales rose by a fifth, while lager volumes were flat. The group opened nine pubs during the year and "
     "closed two. It will pay a final dividend of 6.2p a share. \"A profit of {x} shows the plan is working,\" "
     "chief executive Tom Birch said.", "£27.4 million", "£24.7 million"),
    ("The Upper Wye reservoirs held 61,350 megalitres at the end of June, the water company said. Rainfall in "
     "spring was close to the long-term average. Engineers finished repairs to the main dam in May. Hosepipe "
     "bans are not expected this year. \"With {x} megalitres in store we can get through a dry summer,\" said "
     "operations director Priya Nair.", "61,350", "63,150"),
    ("Volunteers counted 2,947 gannet nests on Bass Rock this summer, the survey team said. Bird flu killed "
     "thousands of the birds on the rock three years ago. The team used drones for the first time. Counting took "
     "four days in July. The team said {x} nests was the best count in a decade.", "2,947", "2,497"),
    ("Police recorded 1,836 burglaries across the county in the year to December, figures show. Most took place "
     "at night and in rural villages. Detectives charged 212 people. The force has set up a new rural crime team. "
     "\"Every one of {x} burglaries is a family's home violated,\" the commissioner said.", "1,836", "1,386"),
]


@pytest.mark.parametrize("text,first,second", LEAD_SWAP)
def test_lead_figure_restated_far_as_it_is_clean(text, first, second):
    assert_clean(text.replace("{x}", first))


LEAD_SWAP_APART = [
    # another year's figure, a target, a figure of another place: told apart, silent
    "The Marsh Lane food bank handed out 3,418 emergency parcels in the year to March. Demand rose fastest among "
    "working families. Volunteers now run five sessions a week. The charity has opened a second warehouse. In "
    "2019 it gave out 3,148 parcels.",
    "Halden Brewing made a pre-tax profit of £27.4 million in 2024, the company said. Sales of its cask ales rose "
    "by a fifth. The group opened nine pubs. It will pay a final dividend of 6.2p. Analysts had expected a profit "
    "of £24.7 million.",
    # another named body's figure in the second's clause
    "The Marsh Lane food bank handed out 3,418 emergency parcels in the year to March. Demand rose fastest among "
    "working families. Volunteers now run five sessions a week. The charity has opened a second warehouse. "
    "Oakfield Trust handed out 3,148 parcels.",
    # the reviewer's shapes: a part of the whole, an update, another body's measure
    "The fair drew 23,800 visitors over three days, organisers said. Parking ran short. Rain kept some away. On the "
    "Sunday alone, about 28,300 visitors came.",
    "The clinic said 3,710 patients used its walk-in service in April. Waits are growing. Staff are stretched. By "
    "August, 7,310 patients had used it.",
    "The lake held 52,140 megalitres on Friday, the water board said. Levels have fallen since May. No bans are "
    "planned. Its neighbour, Thornmere, holds 25,140 megalitres.",
]


@pytest.mark.parametrize("text", LEAD_SWAP_APART)
def test_lead_swap_told_apart_clean(text):
    assert_clean(text)


# 3. "Of the N people who arrived" after the lead brought, carried or flew N people somewhere: the relative clause
# tells the lead's own movement again (the whole, not a subset), so a slip in N is the lead's figure mistyped.
ARRIVED = [
    ("Ferries brought 12,650 people to the island in August, the operator said. Calm seas meant no sailings "
     "were cancelled. Of the {x} people who arrived, about 4,000 were day trippers.", "12,650", "12,560"),
    ("The programme resettled 2,170 people in Scotland last year, the Scottish government said. Most were "
     "housed in Glasgow and Dundee. Councils said schools had coped well. Of the {x} people who arrived, 640 "
     "were children.", "2,170", "2,710"),
    ("Charter flights brought 5,830 people home from the stranded resort over four days, the Foreign Office "
     "said. Police made no arrests. Of the {x} people who landed at Gatwick, most were families.", "5,830", "5,380"),
    ("Lifeboat crews brought 1,460 people ashore from small boats in the Channel in June, coastguards said. "
     "The weather was calm for most of the month. Of the {x} people who landed, 310 were children.",
     "1,460", "1,640"),
    ("An airlift flew 3,480 people out of the war zone to Cyprus over the weekend, officials said. Most were dual "
     "nationals. Of the {x} people who landed, 900 were children.", "3,480", "3,840"),
]


@pytest.mark.parametrize("text,first,second", ARRIVED)
def test_arrivals_whole_restated_with_swap(text, first, second):
    assert_flagged(text.replace("{x}", second), second, "FC4")


@pytest.mark.parametrize("text,first,second", ARRIVED)
def test_arrivals_whole_restated_clean(text, first, second):
    assert_clean(text.replace("{x}", first))


def test_subset_with_other_verb_stays_clean():
    assert_clean("The programme resettled 2,170 people in Scotland last year, the Scottish government said. Most "
                 "were housed in Glasgow and Dundee. Councils said schools had coped well. Of the 1,270 people who "
                 "found work, 640 were in care homes.")

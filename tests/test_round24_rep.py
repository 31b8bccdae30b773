"""Round 24 (r24-rep): do two figures name the same quantity?  Narrow requirements relaxed, not new phrasings.

* (silent) a part in digits before "of the" makes the figure after it a whole, as a number word does ("512 of the 740
  places" like "five of the 740 places": ``_FIGURE_OF_BEFORE`` in ``definite``), and a headline's figure told in the
  lead as the part of "N of the M NOUN" leaves the whole M alone ("Festival sells 38,500 tickets" / "Some 38,500 of
  the 42,000 tickets have gone": ``_part_before_whole``);
* the article's own figure, told in the headline and again in the opening sentence, is restated any number of
  sentences later ("the £2.36bn lent last year", ``_headline_figure_in_lead``), and a time after a restated sum that
  names the first's own year is no other occasion ("in 2024" / "last year" published in 2025: ``_when_is_first_year``);
* a winning margin in time, told "N seconds clear of" a rival or "by N seconds", restated as "the N-second margin
  (of victory)" (``_time_clear``; "N-second" read as a duration: ``duration_compound_second`` in the grammar); a
  margin ranked "the largest of the season" names no other race (``_RANKED_TIME``).

Each row is a flagged text, its target, the consistent value that makes its clean twin, the rule prefix and the
publication date."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

TABLE = [
    # ---- a margin in time, "N seconds clear of" or "by N seconds", restated as "the N-second margin"
    ("Okafor crossed the line 14 seconds clear of Brandt to take the stage. Her 12-second margin was the biggest of "
     "the tour so far.", "12-second", "14-second", "FC40", None),
    ("Riding alone, Lind finished 41 seconds clear of the pack in Turin. His 14-second victory lifted him to second "
     "overall.", "14-second", "41-second", "FC40", None),
    ("Vargas won the time trial by 37 seconds, the organisers said. The 33-second margin of victory was the largest "
     "of the season.", "33-second", "37-second", "FC40", None),
    ("The Kenyan came home 19 seconds ahead of her team-mate in Berlin. Her 9-second win was her first in Germany.",
     "9-second", "19-second", "FC40", None),
    ("Moreau beat Kessler by six seconds in Monaco on Sunday. His eight-second victory was a surprise.",
     "eight-second", "six-second", "FC40", None),
    ("Hale, 24, crossed the finish 2.4 seconds clear of Dunn -- a big gap in a sprint. That 4.2-second margin "
     "surprised the team.", "4.2-second", "2.4-second", "FC40", None),
    ("In 2024 the Dutch rider finished 22 seconds clear of the field at Roubaix. His 25-second margin of victory "
     "there still stands.", "25-second", "22-second", "FC40", None),
    ("She won the sprint stage by 3 seconds (a rare gap). Her 5-second win moved her into the lead.",
     "5-second", "3-second", "FC40", None),
    ("The champion crossed the line 11 seconds clear of the rest, officials said. Her 13-second margin is the widest "
     "of the year.", "13-second", "11-second", "FC40", None),
    # ---- "all N of the owner's NOUNs", the noun an adjective of the first's "ADJECTIVE NOUNs" made a noun
    ("The diocese runs 23 primary schools in the valley. All 25 of the diocese's primaries will close early on "
     "Friday.", "25", "23", "FC40", None),
    ("The group publishes 14 regional newspapers, its accounts show. Bosses said all 16 of its regionals would go "
     "weekly in 2025.", "16", "14", "FC40", None),
    ("Kerrow council owns nine secondary schools. A spokesman said all eleven of the council's secondaries had "
     "passed inspection.", "eleven", "nine", "FC40", None),
    ("The dealer sold 40 electric vans last year -- a record. All 45 of the dealer's electrics came from one "
     "factory.", "45", "40", "FC40", None),
    ("The gallery holds 120 original prints (most by local artists). All 150 of its originals will be shown in "
     "May, the curator said.", "150", "120", "FC40", None),
    ("The chain has 30 independent stores, according to its website. All 26 of the chain's independents are "
     "staying open.", "26", "30", "FC40", None),
    ("The trust manages about 60 national trails across the country. Rangers said all 70 of the trust's nationals "
     "were open again after the storm.", "70", "60", "FC40", None),
    ("The federation runs 12 junior leagues in the county. All 15 of their juniors start in September, it said.",
     "15", "12", "FC40", None),
    # ---- the article's own sum, told in the headline and the lead, restated sentences later
    ("Harbour Bank lends record £4.1bn\nHarbour Bank lent a record £4.1 billion in 2024, up from £3.5 billion, the "
     "lender said on Tuesday.\nIt approved 21,000 loans during the year.\nMost went to families.\nProfit rose to "
     "£60 million from £52 million.\nIts branches stayed open.\nThe chief executive said the £3.9bn lent last year "
     "proved the bank could compete.", "£3.9bn", "£4.1bn", "FC40", "2025-03-04"),
    ("Charity donates £8.2m in record year\nThe Fenwick Trust donated £8.2 million to schools in 2023, the charity "
     "said.\nIt funded 140 projects.\nVolunteers gave 30,000 hours.\nSpending on admin fell to £600,000.\nThe trust "
     "has 40 staff.\nIts chair said the £7.2m donated in 2023 had changed lives.", "£7.2m", "£8.2m", "FC40",
     "2024-02-10"),
    ("Regulator fines Harbour Bank £31m\nThe regulator fined Harbour Bank £31 million in 2024 for failing savers, it "
     "said on Monday.\nThe bank had 90,000 complaints.\nIt has since hired 400 staff.\nIts shares fell 3%.\nThe "
     "bank has 1.2 million customers.\nIts boss said the £36m fine last year had been a lesson.", "£36m", "£31m",
     "FC40", "2025-01-20"),
    ("Stonebridge council saves £12m\nStonebridge council saved £12 million in 2024 by sharing offices, its report "
     "shows.\nIt closed 14 buildings.\nAbout 300 staff moved.\nCouncil tax rose by 4.99%.\nThe council has 51 "
     "councillors.\nThe leader said the £15m saved last year would protect libraries.", "£15m", "£12m", "FC40",
     "2025-05-02"),
    ("Couple win £3.5m on lottery\nA couple from Kent won £3.5 million on the lottery in March, the operator said."
     "\nThey have two children.\nThey bought 5 lines.\nThey plan to travel.\nThey have been married 30 years.\n"
     "\"The £4.5m won in March will go to our family,\" they said.", "£4.5m", "£3.5m", "FC40", "2025-06-01"),
    ("Gang steals £2.4m from depot\nA gang stole £2.4 million from a cash depot in Essex on Monday, police said.\n"
     "Four men were seen.\nA van was found burned out.\nThe depot has 60 staff.\nOfficers made 2 arrests on "
     "Tuesday.\nDetectives are still hunting the £2.9m stolen, they said.", "£2.9m", "£2.4m", "FC40", None),
    ("Firm settles claim for $30m\nWestmark settled the claim for $30 million in 2024, according to filings.\nThe "
     "claim had 800 plaintiffs.\nIt denied wrongdoing.\nIts shares rose 2%.\nThe firm has 5,000 staff.\nLawyers "
     "said the $35m settlement last year was fair.", "$35m", "$30m", "FC40", "2025-04-01"),
]

# partitives: the whole of "N of the M NOUN" (digits or not) is no restatement of another figure of the noun
APART = [
    "The college confirmed 3,800 places for the autumn. By Monday, 420 of the 610 places it offered in clearing "
    "had been filled.",
    "The club has 12,000 season-ticket holders. On Saturday, 9,500 of the 11,000 seats in the new stand were sold.",
    "The charity runs 140 shops nationwide. In March, 35 of the 60 shops in Wales closed for a week.",
    "Hospitals in the region have 2,400 beds. Last night 310 of the 340 beds at the general hospital were full.",
    "Airline adds 300 flights\nThe airline will add 300 flights this summer, it said. Some 120 of the 180 flights on "
    "its Spanish routes will be new.",
    "Festival sells 28,000 tickets\nAbout 28,000 of the 30,000 weekend tickets have gone, leaving 2,000, the "
    "organisers said.",
    "Theatre sells 9,200 seats in a day\nOrganisers said 9,200 of its 10,000 seats for the run had sold on Monday.",
    "Club signs up 640 members\nSome 640 of the 700 places in the new gym have been taken, the club said on Friday.",
    "Firm fills 75 jobs\nThe firm has filled 75 of the 90 jobs at its new depot, its director said.",
    "Shop sells £2m of stock\nThe retailer sold £2m of the £3m stock it bought for the sale, it said.",
    # a noun modifier does not clip, and a loose tie holds only between near figures
    "The council sent 12 school buses on Monday. All 10 of its schools were open.",
    "The trust has 400 hospital beds. All 3 of the trust's hospitals are full.",
    "The trust runs 17 primary schools. All 40 of the trust's primaries will get new roofs by 2030.",
    # a far figure of the noun named by its own verb only, not any later "the N NOUN"
    "Otters found at 214 sites\nOtters were found at 214 river sites, the trust said.\nIt was the biggest survey "
    "yet.\nMore than 300 people helped.\nThe work took a year.\nOf the 46 sites where none were found, most were "
    "near towns.",
]


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_flagged(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_clean_twin(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed, 1), published)


@pytest.mark.parametrize("text", APART)
def test_apart_clean(text):
    assert_clean(text)

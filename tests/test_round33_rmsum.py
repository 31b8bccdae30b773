"""Round 33 review of the new sum readings: clean texts that raised false alarms, each mended by a general guard, and
a flag twin per guard that must still fire.

1. ``each_paid``: the later sum must be tied to the same people ("meaning they", "giving", a bare ", a total of") and
   not told by another payer's clause ("while the company ...", ", and police say ...", ", which also ordered ..."),
   nor after a running total ("bringing the auction's takings to"); the count is not a share of a larger group
   ("Five of the 12 players");
2. ``consecutive_terms``: not when time is taken off the whole ("reduced for his guilty plea", "less time served on
   remand", "a year off");
3. ``fraction_parts``: not when a share is told with no figure ("the rest", "the remainder", "the balance", "smaller
   sums", "among other projects");
4. ``goal_scorers``: not with a score too high for goals, nor in a game of tries;
5. ``headline_periods``: not when the body tells what was done before ("has already cut ... in 2022");
6. ``sums._spoiled_papers_next``: not when the candidates' votes are told as the valid ones;
8. ``sums._CLAUSE_THEN_REMAINDER``: not when what is left is still to be done ("Builders will finish the remaining
   25", "Ministers want to double the remaining £3bn");
7. ``sums._size_of_body_held``: a list that with the count held fills the body is the others' share ("holds 40 seats
   in the 100-seat parliament - the opposition has 35 and independents 25").
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN = [
    # 1. each_paid
    "Three directors were each fined £40,000, while the company itself was fined £150,000 in total.",
    "Five of the 12 players were each fined £2,000, a total of £10,000.",
    "Three paintings each sold for £2m, bringing the auction's takings to £9m in total.",
    "Two winners will each receive £500, and the charity will hand out £4,000 in all across the evening.",
    "Two brothers each inherited £250,000, but the estate was worth £1.2m in total after the house was sold.",
    "Three officers were each docked £1,500 in pay, and the force has now spent £30,000 in total on the inquiry.",
    "The four finalists each won £1,000, with the overall winner taking home £10,000 in total.",
    "Two pensioners were each conned out of £8,000, and police say the gang took £90,000 in all from victims.",
    "Four staff were each awarded £12,000 by the tribunal, which also ordered £30,000 in total to a fifth worker.",
    "Seven riders each paid £150 to enter, and organisers raised £4,000 in total from the day.",
    "Three women were each awarded £25,000, meaning the council has now paid £400,000 in all to abuse survivors.",
    # 2. consecutive_terms
    "Pask was jailed for 14 years yesterday - nine years for fraud and six for money laundering, to run "
    "consecutively, reduced for his guilty plea.",
    "The judge jailed Moore for 12 years: eight years for robbery and five for firearms offences, to run "
    "consecutively, less time already served on remand.",
    "He was jailed for 12 years - eight years for robbery and five for possessing a firearm, to run consecutively, "
    "with a year off for assisting police.",
    # 3. fraction_parts
    "The £12m grant will be split: half for new sea defences, £2m for drainage and the rest for dredging.",
    "The £20m fund will be shared out: a quarter to schools, £5m to the health board and the remainder to roads.",
    "The £8m budget is divided as follows - half for staff, £1m for equipment, with the balance held in reserve.",
    "The £30m settlement was split: a third to the families, £5m to the hospital trust and the remainder to lawyers.",
    "The £6m prize pot is shared: 40% to the winner, £1m to the runner-up and smaller sums to the other finalists.",
    "The £50m package will be allocated: half to housing, £10m to transport and further sums to other projects.",
    "The £10m lottery grant is divided: 30% for the museum, £2m for the library, among other projects.",
    # 4. goal_scorers
    "Leinster beat Munster 24-10 on Saturday, with James Lowe scoring twice and Dan Sheehan once.",
    "Wigan beat Leeds 30-12, with Liam Marshall scoring a hat-trick and Bevan French twice.",
    "Saracens beat Bath 21-20 at home, with Elliot Daly scoring twice and Maro Itoje once.",
    "Bath beat Leicester 8-6 at the Rec, with a try from Cokanasiga and Russell kicking once. Bath won 8-6, with "
    "Cokanasiga scoring once and Russell once.",
    # 5. headline_periods
    "Council to make £36m of savings over three years\n\nThe council has already cut £14m in 2022, £11m in 2023 and "
    "£8m in 2024.",
    # 6. spoiled papers after valid votes
    "Of the 9,150 valid votes, Ahmed won 5,120, Brooks 3,040 and Clarke 990. A further 61 papers were spoilt.",
    "A total of 9,150 valid votes were counted: Ahmed won 5,120, Brooks 3,040 and Clarke 990. Another 61 were "
    "spoilt.",
    # 7. the rest of the body
    "The party holds 40 seats in the 100-seat parliament - the opposition has 35 and independents 25.",
    # 8. what is left still to be done
    "The hotel has 110 rooms open: 80 doubles and 30 suites. Builders will finish the remaining 25 by June.",
    "Exports were worth £4bn, with cars earning £2.5bn and whisky £1.5bn. Ministers want to double the remaining "
    "£3bn in services.",
]

FLAGS = [
    ("Five players were each fined £2,000, a total of £12,000.", "£12,000"),
    ("Four cleaners each received £2,500 from the fund, giving £12,000 in total.", "£12,000"),
    ("Pask was jailed for 14 years - nine years for fraud and six for money laundering, to run consecutively.",
     "14 years"),
    ("The £12m grant will be split: half for new sea defences, £2m for drainage and £7m for dredging.", "£12m"),
    ("Harrow beat Wealdstone 3-1 on Saturday, with Tom Ferris scoring twice and Aidan Crewe twice.", "3-1"),
    ("Council to make £36m of savings over three years\n\nIt will cut £14m in 2025, £11m in 2026 and £8m in 2027.",
     "£36m"),
    ("The party holds 40 seats in the 100-seat parliament - 25 held by its left wing and 20 by its right.", "40"),
    ("Of the 923 lambs sold, 512 went to market and 301 to butchers. Neighbours bought the remaining 150.", "923"),
]


@pytest.mark.parametrize("text,target", FLAGS)
def test_round33_rmsum_flags(text, target):
    assert_flagged(text, target, "FC1")


@pytest.mark.parametrize("text", CLEAN)
def test_round33_rmsum_clean(text):
    assert_clean(text)

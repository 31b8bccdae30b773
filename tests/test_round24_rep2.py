"""Round 24 (r24-rep2): one quantity told twice, narrow requirements relaxed; "all N" is never one more part.

* going without a supply for a time is an outage's length ("8,000 homes were without electricity for 11 hours ...
  the 17-hour outage", ``_without_supply_for``; a blackout is an outage: ``SYNONYMS``);
* a change told from its old level to its new one ("will be cut from 60mph to 40mph") reaches the new one, the old
  being no other figure in play, and a measure's level may be restated as "the new N limit"
  (``_old_level_before`` in ``find_new_level_restatements``);
* "all N children" with its verb right after it restates the one kind of child the passage names ("a coach carrying
  48 pupils ... all 46 children had been checked", ``HYPERNYMS``);
* a headline of 60 characters or more over a body line longer than it and its first word (with slack) is a
  headline, not a hard-wrapped paragraph (``_ends_paragraph`` in ``checker.segment``), and a month after the noun
  that both name is one time, no place (``_same_month_named`` in ``new_qualifier``);
* (silent) a bare "all N" with its verb right after it points back at the whole, never one more part of it
  ("Thirteen of them were kept in, and all 31 had been discharged": ``_all_restates_whole`` in sums).

Each TABLE row is a flagged text, its target, the consistent value that makes its clean twin, the rule prefix and
the publication date."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

TABLE = [
    # ---- going without a supply for a time, restated as "the N-unit outage"
    ("About 5,000 homes in Leith were without power for nine hours on Monday. SP Energy Networks apologised for the "
     "14-hour outage.",
     "14-hour", "nine-hour", "FC40", None),
    ("Thousands of homes were left without electricity for 6 hours after the storm, the company said. Engineers "
     "blamed the 8-hour outage on a fallen tree.",
     "8-hour", "6-hour", "FC40", None),
    ("In 2024 the village went without water for 30 hours. Residents were angry about the 40-hour outage.",
     "40-hour", "30-hour", "FC40", None),
    ("Power was cut for 13 hours across the town on Friday. The 20-hour blackout closed shops and schools.",
     "20-hour", "13-hour", "FC40", None),
    ("Some 300 flats lost power for 18 hours on Sunday. The firm said the 16-hour outage was caused by a faulty "
     "cable.",
     "16-hour", "18-hour", "FC40", None),
    ("Customers were without gas for three days (from Monday to Wednesday). The supplier has offered refunds for "
     "the four-day outage.",
     "four-day", "three-day", "FC40", None),
    ("Residents had no electricity for about 10 hours, the council said. It blamed the 15-hour outage on flooding.",
     "15-hour", "10-hour", "FC40", None),
    ("Around 2,000 homes were without electricity for eleven hours - a record for the area. The operator apologised "
     "for the seven-hour outage.",
     "seven-hour", "eleven-hour", "FC40", None),
    # ---- a change "from N to M", its new level restated as "the new N limit/rate/fare"
    ("The speed limit on the B4500 will be lowered from 50mph to 30mph next spring. Residents welcomed the new "
     "20mph limit.",
     "20mph", "30mph", "FC40", None),
    ("Fares on the ferry rise from £4.20 to £4.80 on Monday. Commuters said the new £4.60 fare was too steep.",
     "£4.60", "£4.80", "FC40", None),
    ("The bank cut its rate from 5% to 4.75% on Thursday. Analysts said the new 4.5% rate would help borrowers.",
     "4.5%", "4.75%", "FC40", None),
    ("The limit on the A30 is to be cut from 70mph to 50mph - a move campaigners backed. Police will enforce the "
     "new 60mph limit with cameras.",
     "60mph", "50mph", "FC40", None),
    ("Tuition fees will be raised from £9,250 to £9,535 next year, the minister said. Universities said the new "
     "£9,355 fee still fell short.",
     "£9,355", "£9,535", "FC40", None),
    ("The cap on rents rose from 3% to 5% in April. Tenants' groups said the new 7% cap was too high.",
     "7%", "5%", "FC40", None),
    ("The council will reduce the limit from 40mph to 20mph on Mill Lane (the lowest in the county). Signs showing "
     "the new 30mph limit will be put up next week.",
     "30mph", "20mph", "FC40", None),
    ("Prices at the pool are going up from £5 to £6 next month. Swimmers said the new £7 price would put families "
     "off.",
     "£7", "£6", "FC40", None),
    # ---- "all N children", its verb right after it, after a count of the one kind of child named
    ("A coach carrying 32 pupils from a Derby school crashed on the M1 on Tuesday. The head said all 34 children "
     "were back home by evening.",
     "34", "32", "FC40", None),
    ("Some 28 pupils were on the trip to Snowdonia, the school said. All 26 children had been checked by "
     "paramedics.",
     "26", "28", "FC40", None),
    ("A minibus with 15 schoolchildren on board left the road near Hexham in 2024. All 17 children had been wearing "
     "seatbelts, police said.",
     "17", "15", "FC40", None),
    ("A bus carrying forty pupils overturned on Friday. All forty-two children were taken to hospital as a "
     "precaution.",
     "forty-two", "forty", "FC40", None),
    ("The ferry carrying 61 pupils home from France was delayed for six hours. The school said all 63 children had "
     "been given food and water.",
     "63", "61", "FC40", None),
    ("About 45 pupils were stranded at the ski resort after the storm. All 50 children are expected home on Sunday, "
     "the council said.",
     "50", "45", "FC40", None),
    # ---- a headline of 60 characters or more over an unwrapped body line
    ("Hospital waiting list in Northfield grows to 48,000 patients as winter bites\nThe waiting list at "
     "Northfield's hospitals grew to 44,000 patients, figures published on Thursday show.",
     "44,000", "48,000", "FC40", None),
    ("Record 2.6 million visitors pass through the doors of Hallam museum this year\nHallam museum welcomed 2.2 "
     "million visitors this year, its director told a gala dinner in the city on Tuesday night.",
     "2.2 million", "2.6 million", "FC40", None),
    ("Council approves 1,400 new homes on the former Dunmore colliery site near Alloa\nCouncillors approved plans "
     "for 1,100 new homes on the site on Tuesday, despite objections from residents.",
     "1,100", "1,400", "FC40", None),
    ("Record 6.1 million passengers pass through Tarnmouth airport in the month of July\nTarnmouth airport "
     "handled 5.6 million passengers in July, beating the previous July record set in 2018, its owner said.",
     "5.6 million", "6.1 million", "FC40", None),
    ("Ferry firm carries 920,000 passengers at Dover in August\nThe firm carried 860,000 passengers in August, it "
     "said.", "860,000", "920,000", "FC40", None),
    ("Zoo welcomes 410,000 visitors at Chester in May\nChester Zoo welcomed 380,000 visitors in May, a spokeswoman "
     "said.", "380,000", "410,000", "FC40", None),
    ("Storm leaves 76,000 homes without power across the north of England on Sunday\nStorm Bram left about 71,000 "
     "homes without power on Sunday as gusts of up to 90mph hit the region, the network operator said.",
     "71,000", "76,000", "FC40", None),
]

# "all N" pointing back at a whole named before (round 24): never one more part
ALL_BACK = [
    "Twenty-seven passengers were treated in hospital after the derailment. Nine of them stayed in overnight, and "
    "all 27 had gone home by Friday.",
    "Police said 42 people were arrested at the match. Fifteen of them were charged, and all 42 have since been "
    "released on bail, a spokesman said.",
    "In 2024, 64 pupils sat the exam a year early. Twenty of them got top grades and all 64 were offered places.",
    "Thirty-one people were hurt in the blast. Thirteen of them were kept in, and all of the 31 had been discharged "
    "by Tuesday.",
    "Some 58 walkers were rescued from the hills on Saturday (a record). Twenty of them were treated for cold and "
    "all 58 were home by midnight.",
    "Coastguards said 36 sailors were plucked from the sea. Eleven of them needed treatment, and all 36 are "
    "expected to recover.",
    "A total of 120 animals were seized from the farm. Forty of them were taken to a sanctuary, and all 120 will be "
    "rehomed, the charity said.",
]
# parts over a total, with no "all", still alarm
PARTS_OVER = [
    ("Twenty-seven passengers were treated in hospital after the derailment. Nine of them stayed in overnight, and "
     "21 had gone home by Friday.",
     "21", "FC10"),
    ("Police said 42 people were arrested at the match. Fifteen of them were charged, and 30 have since been "
     "released on bail, a spokesman said.",
     "30", "FC10"),
]

# apart: another outage, a new level of something else, a larger set of people or children
APART = [
    "Ferry firm carries 920,000 passengers at Dover in August\nThe firm carried 860,000 passengers in July, it said.",
    "About 5,000 homes were without power for nine hours on Monday. A second 14-hour outage hit the town in March.",
    "Power was restored after nine hours on Monday. Engineers are preparing for a planned 14-hour outage next "
    "month.",
    "The speed limit will be cut from 60mph to 40mph in June. The new 30mph limit on nearby Station Road starts in "
    "July.",
    "Fares rise from £4.20 to £4.80 on Monday. The new £2.40 fare for children starts at the same time.",
    "A coach carrying 32 pupils and four teachers crashed on Tuesday. All 36 people on board were checked by "
    "doctors.",
    "A coach carrying 32 pupils crashed on Tuesday. Twelve children were taken to hospital.",
    "Some 28 pupils from Year 9 were on the trip, the school said. All 120 children in the year group will go next "
    "term.",
]


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_flagged(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_clean_twin(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed, 1), published)


@pytest.mark.parametrize("text", ALL_BACK)
def test_all_points_back_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target,rule", PARTS_OVER)
def test_parts_over_total_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", APART)
def test_apart_clean(text):
    assert_clean(text)

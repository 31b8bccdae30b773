"""Round 34 (flist): list counts whose items are long descriptions.

1. a count, a dash, items with tails (a figure inside an item too), and a closing dash: the long items are read up
   to the closing dash as they are up to a colon list's sentence end (``lists._listed``, ``closed_dash``);
2. a count of what a plan sets out ("pledges", "provisions", "measures" ...): a plural item is one of them, not
   several ("votes at 16" is one pledge; ``lists._PROPOSAL_NOUNS`` in ``_several_in_plural``);
3. a percentage, sum, measure or span right after "a" inside a series item ("a 5% cap on rent rises") sizes one
   thing and is no count of the series' own (``lists._sized_by_amount`` in ``_colon_series``);
4. a figure, a comma, its parts and "the remaining" (or "the rest", "the other") last: the parts are all of it
   (``sums.find_total_then_remainder``), unless the figure is a sibling labelled like the parts or the parts have
   owners of their own;
5. a count of people hurt, then counts of them each told by how badly ("five with minor injuries", "three
   seriously", "two in a critical condition"): they may not add up to more (``sums.find_hurt_by_severity``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGS = [
    # 1. long items closed by a dash
    ("The union's three main demands - a pay rise in line with inflation, shorter shifts for night staff, "
     "2,000 extra nurses on the wards and a new rota system - were rejected by the board.", "three", "FC410"),
    ("The council's five spending priorities - new bus lanes along the ring road, a library for the east side and "
     "300 affordable homes by 2030 - were agreed on Tuesday.", "five", "FC410"),
    ("The charity's two key proposals - free transport for carers of disabled children, a respite fund run by "
     "local councils and 500 more nursing places - were sent to ministers.", "two", "FC410"),
    # 2. plural items under a count of what a plan sets out
    ("The coalition agreement lists five priorities: smaller class sizes in primary schools, cheaper childcare, "
     "votes at 16 and a national care service.", "five", "FC410"),
    ("The party's platform sets out three headline pledges: free bus travel for the over-60s, lower business rates, "
     "longer library hours and cheaper parking.", "three", "FC410"),
    ("The review made four recommendations: tougher penalties for fly-tipping, more recycling centres and "
     "longer opening hours.", "four", "FC410"),
    # 3. an amount sized by "a" inside a series item
    ("The budget has four main measures: a 2% rise in council tax, a freeze on parking charges and a new fund "
     "for youth clubs.", "four", "FC410"),
    ("The bill contains three key provisions: a £500 fine for littering, a ban on disposable barbecues in parks, "
     "a register of dog breeders and a curfew on fireworks.", "three", "FC410"),
    ("The plan has two main parts: a 40km cycle network around the city, a new tram depot and a review of "
     "bus routes.", "two", "FC410"),
    # 4. a figure, its parts and the remaining one
    ("The company recorded 9,140 spills last year, 5,230 into rivers and the remaining 2,910 into coastal waters.",
     "9,140", "FC101"),
    ("The hospital treated 1,820 patients in January, 960 of them in the emergency unit and the remaining 760 on "
     "the wards.", "1,820", "FC101"),
    ("The charity received 4,500 donations during the appeal, 2,100 online, 1,300 by post and the rest, 900, at "
     "collection points.", "4,500", "FC101"),
    ("The school has 640 pupils, 380 of them girls, and the other 360 boys.", "640", "FC101"),
    # 5. people hurt, by how badly
    ("Six climbers were rescued, four with minor injuries, two in a critical condition and one seriously.",
     "Six", "FC10"),
    ("Ten workers were injured in the blast, six seriously and five slightly.", "Ten", "FC10"),
    ("Seven pupils were taken to hospital after the coach crash, four with minor injuries and four in a stable "
     "condition.", "Seven", "FC10"),
]

CLEAN = [
    # 1. dash lists that match, or hold a second reading
    ("The union's three main demands - a pay rise in line with inflation, shorter shifts for night staff and "
     "2,000 extra nurses on the wards - were rejected by the board."),
    ("The council's three spending priorities - new bus lanes along the ring road, a library for the east side and "
     "300 affordable homes by 2030 - were agreed on Tuesday."),
    ("The two firms - a builder with yards in Leeds and York, and a haulier - were fined."),
    ("The council's five spending priorities - including new bus lanes along the ring road, a library for the east "
     "side and 300 affordable homes by 2030 - were agreed on Tuesday."),
    ("Three nurses - a ward sister with 20 years' service, a student on placement and a bank nurse - gave evidence."),
    # 2. plural items that may be several things, under other nouns
    ("The shop sells six products: scarves, hats and a range of gloves."),
    ("The coalition agreement lists four priorities: smaller class sizes in primary schools, cheaper childcare, "
     "votes at 16 and a national care service."),
    ("The review made three recommendations: tougher penalties for fly-tipping, more recycling centres and "
     "longer opening hours."),
    ("The charity's five projects include new playgrounds, youth clubs and a summer camp."),
    ("Among the party's four pledges are free bus travel for the over-60s, lower business rates and cheaper "
     "parking."),
    # 3. counts inside series items, or series that match
    ("The budget has three main measures: a 2% rise in council tax, a freeze on parking charges and a new fund "
     "for youth clubs."),
    ("The plan has three main parts: a 40km cycle network around the city, a new tram depot and a review of "
     "bus routes."),
    ("The bill contains four key provisions: a £500 fine for littering, a ban on disposable barbecues in parks, "
     "a register of dog breeders and a curfew on fireworks."),
    ("The two schemes: a 5% grant for first-time buyers and a loan for landlords, cost £3m."),
    ("The budget has four measures: a 2% rise in council tax, a 3% rise in rents, a freeze on parking charges and "
     "a new fund for youth clubs."),
    # 4. the remaining one of a sibling, of another whole, or a sum that fits
    ("The company recorded 9,140 spills last year, 6,230 into rivers and the remaining 2,910 into coastal waters."),
    ("The club sold 4,000 tickets on Monday, 2,500 on Tuesday and the remaining 1,500 on Wednesday."),
    ("The team scored 40 points in the first half, 25 in the third quarter and the remaining 30 in the fourth."),
    ("Ames scored 30 points, Cole 8 and the remaining 12 came off the bench."),
    ("The airline flew 4,200 passengers last month, up from 3,100, with 2,000 on domestic routes and the remaining "
     "1,300 abroad."),
    ("The league has 120 players, 60 of them under 21, compared with 50 last year, and the remaining 50 older."),
    ("The firm pays 300 workers a day, 200 in the morning and the remaining 50 at night."),
    # 5. conditions that fit, repeat, or are no parts of the hurt
    ("Ten workers were injured in the blast, six seriously and four slightly."),
    ("Seven pupils were taken to hospital after the coach crash, four with minor injuries and two in a stable "
     "condition."),
    ("Eight people were hurt, five seriously and four seriously."),
    ("Nine people were injured, five seriously, and four others were treated at the scene."),
    ("At least 20 people were hurt, 12 seriously and 9 slightly."),
    ("Eight people were hurt, five seriously, and four police officers slightly."),
]


@pytest.mark.parametrize("text,target,rule", FLAGS)
def test_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)

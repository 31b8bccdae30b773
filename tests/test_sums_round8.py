"""Round 8: lists closed by what is left ("the remaining", "the rest", "the
other") past a part's own clause or a semicolon, with the whole in the
sentence before (counts and sums of money) -- each paraphrase with a clean
twin."""
from __future__ import annotations

import pytest

from checker import check_text


def _sum_problems(text):
    return [f for f in check_text(text) if f.is_problem and f.rule.startswith("FC1")]


def _problems(text):
    return [f for f in check_text(text) if f.is_problem]


# -- a list closed by what is left, past the first part's own clause or a semicolon
REST_FLAGGED = [
    ("The helpline took 6,140 calls in June. Of those, 3,950 were about benefits; the remaining 2,390 "
     "concerned housing.", "FC101", "6,140"),
    ("Inspectors visited 812 restaurants last year. Most, 590, were rated good or better, and the rest, "
     "232, were told to improve.", "FC101", "812"),
    ("A charity appeal raised £2.4 million. Local firms gave £1.1 million, while individual donors "
     "supplied the remaining £1.5 million.", "FC101", "£2.4 million"),
    ("The port handled 3.9 million containers. Imports accounted for 2.3 million boxes; the rest, "
     "1.8 million, were exports.", "FC101", "3.9 million"),
    ("Officers recorded 2,205 burglaries across the county. Homes made up 1,470 of the burglaries; "
     "the other 835 were at shops and offices.", "FC101", "2,205"),
    ("Surgeons performed nine hundred operations in May. Patients over 70 had 520 of the operations, "
     "and the other 480 were on younger adults.", "FC101", "nine hundred"),
    ("The charity spent $8.3m last year. Grants to schools took $5.1m of that; the balance of $2.6m went on "
     "salaries.", "FC101", "$8.3m"),
    ("A total of 412 pupils sat the exam in June. Of these, 268 passed at the first attempt; the rest, 162, "
     "will resit.", "FC101", "412"),
    # one part after "Of those", what is left opening the next sentence
    ("The clinic saw 1,736 patients in May. Of those, 1,104 were seen within a week. The remaining 542 "
     "waited longer.", "FC101", "1,736"),
    ("Council tenants lodged 387 repair requests. Of these, 251 concerned damp. The rest, 146, were about "
     "heating.", "FC101", "387"),
]

REST_CLEAN = [
    "The helpline took 6,140 calls in June. Of those, 3,950 were about benefits; the remaining 2,190 "
    "concerned housing.",
    "Inspectors visited 812 restaurants last year. Most, 590, were rated good or better, and the rest, "
    "222, were told to improve.",
    "A charity appeal raised £2.4 million. Local firms gave £1.1 million, while individual donors "
    "supplied the remaining £1.3 million.",
    "The port handled 3.9 million containers. Imports accounted for 2.3 million boxes; the rest, "
    "1.6 million, were exports.",
    "Officers recorded 2,205 burglaries across the county. Homes made up 1,470 of the burglaries; "
    "the other 735 were at shops and offices.",
    "Surgeons performed nine hundred operations in May. Patients over 70 had 520 of the operations, "
    "and the other 380 were on younger adults.",
    "The charity spent $8.3m last year. Grants to schools took $5.1m of that; the balance of $3.2m went on "
    "salaries.",
    "A total of 412 pupils sat the exam in June. Of these, 268 passed at the first attempt; the rest, 144, "
    "will resit.",
    "The clinic saw 1,736 patients in May. Of those, 1,104 were seen within a week. The remaining 632 "
    "waited longer.",
    "Council tenants lodged 387 repair requests. Of these, 251 concerned damp. The rest, 136, were about "
    "heating.",
    # what is left of something else: another figure in the part's sentence or the total's
    "Council tenants lodged 387 repair requests and 90 complaints. Of these, 251 concerned damp. The rest, "
    "146, were about heating.",
    # "the remaining" of something else: another figure compared, or a part of another base
    "The club sold 4,000 tickets. It sold 1,500 more than last year; the remaining 900 go on sale today.",
    "The helpline took 6,140 calls in June. Of those, 3,950 were about benefits, compared with 2,100 in May; "
    "the remaining 2,390 concerned housing.",
    "Of the 6,140 calls, 3,950 were about benefits and 1,000 of the remaining 2,190 concerned housing.",
]


@pytest.mark.parametrize("text,code,target", REST_FLAGGED)
def test_rest_flagged(text, code, target):
    found = _sum_problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", REST_CLEAN)
def test_rest_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- a bracket right after the total's phrase holding the whole list; ", with" parts placed by where they came from
BRACKET_FLAGGED = [
    ("The museum sold 2,410 tickets over the bank holiday (1,530 adult, 640 child and 270 family).", "FC101", "2,410"),
    ("Wardens counted 318 seals on the sandbank (204 grey seals and 124 common seals), the trust said.",
     "FC101", "318"),
    ("The county spent £7.9m on flood defences [£4.2m on walls, £2.1m on pumps and £1.9m on drains].",
     "FC101", "£7.9m"),
    ("The bank said it opened 96,000 new accounts in the quarter, with 61,000 customers moving from other "
     "lenders and 42,000 coming through its app.", "FC102", "96,000"),
    ("Turnover was $5.6bn, with $3.9bn coming from Europe and $2.3bn coming from Asia.", "FC102", "$5.6bn"),
]

BRACKET_CLEAN = [
    "The museum sold 2,410 tickets over the bank holiday (1,530 adult, 610 child and 270 family).",
    "Wardens counted 318 seals on the sandbank (194 grey seals and 124 common seals), the trust said.",
    "The county spent £7.9m on flood defences [£4.2m on walls, £1.8m on pumps and £1.9m on drains].",
    # a bracket of each item's own, other periods, a comparison, "including": no breakdown
    "She has scored 151 goals, and only trails Jones (250) and Okafor (173).",
    "The museum sold 2,410 tickets this year (1,930 in 2024 and 1,770 in 2023).",
    "The museum sold 2,410 tickets (up from 1,930 and 1,770).",
    "The museum sold 2,410 tickets (including 1,130 adult and 770 child).",
    "The bank said it opened 96,000 new accounts in the quarter, with 61,000 customers moving from other "
    "lenders and 32,000 coming through its app.",
    # other things: the parts may overlap or lie outside the total
    "The bank opened 96,000 new accounts, with 61,000 complaints and 42,000 calls handled.",
]


@pytest.mark.parametrize("text,code,target", BRACKET_FLAGGED)
def test_bracket_flagged(text, code, target):
    found = _sum_problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", BRACKET_CLEAN)
def test_bracket_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- a running total right after a list of fresh parts is their sum (not after "another", "new", "so far")
RUNNING_FLAGGED = [
    ("Gates of 12,300 on Friday and 14,650 on Saturday took the festival's total attendance to 28,950.",
     "FC101", "28,950"),
    ("The storm destroyed 64 homes and damaged 210 others, bringing the total number of properties hit to 247.",
     "FC101", "247"),
    ("Volunteers planted 1,850 oaks in the north wood and 960 beeches by the river, taking the number of "
     "trees planted this spring to 2,180.", "FC101", "2,180"),
    ("The fund paid out £3.1m to farmers and £1.4m to hauliers, bringing its total spending on the scheme "
     "to £5.5m.", "FC101", "£5.5m"),
    ("The landslide killed 21 villagers and injured 54 others, bringing the total number of casualties to 57.",
     "FC101", "57"),
]

RUNNING_CLEAN = [
    "Gates of 12,300 on Friday and 14,650 on Saturday took the festival's total attendance to 26,950.",
    "The storm destroyed 64 homes and damaged 210 others, bringing the total number of properties hit to 274.",
    "Volunteers planted 1,850 oaks in the north wood and 960 beeches by the river, taking the number of "
    "trees planted this spring to 2,810.",
    "The fund paid out £3.1m to farmers and £1.4m to hauliers, bringing its total spending on the scheme "
    "to £4.5m.",
    "The landslide killed 21 villagers and injured 54 others, bringing the total number of casualties to 75.",
    # added to earlier ones, a longer span, a total of one kind of the parts
    "Officials confirmed another 31 cases on Monday and 12 on Tuesday, bringing the total to 95.",
    "Police made 14 new arrests on Friday and 9 on Saturday, taking the total since the protests began to 61.",
    "The blast killed 9 people and injured 33, bringing the number of dead to 20.",
    "Gates of 12,300 on Friday and 14,650 on Saturday took the festival's attendance so far to 40,000.",
]


@pytest.mark.parametrize("text,code,target", RUNNING_FLAGGED)
def test_running_flagged(text, code, target):
    found = _sum_problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", RUNNING_CLEAN)
def test_running_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- a headline over a list of exactly the counted items, the body naming what the headline does or counts
HEADLINE_FLAGGED = [
    ("Carmaker to axe 2,340 jobs\nThe job losses will hit two plants - 1,620 roles at Oxford and 910 at "
     "Swindon.", "FC101", "2,340"),
    ("CITY TO PLANT 5,240 TREES\nThe planting covers three parks, the council said: 2,130 saplings in "
     "Northfield, 1,870 in Riverside and 1,510 in Hill Top.", "FC101", "5,240"),
]

HEADLINE_CLEAN = [
    "Carmaker to axe 2,340 jobs\nThe job losses will hit two plants - 1,430 roles at Oxford and 910 at Swindon.",
    "CITY TO PLANT 5,240 TREES\nThe planting covers three parks, the council said: 2,130 saplings in "
    "Northfield, 1,600 in Riverside and 1,510 in Hill Top.",
    # the body counts other things than the headline: no echo of what it counts or does
    "Carmaker to axe 2,340 jobs\nThe company has two plants - 1,620 workers at Oxford and 910 at Swindon.",
]


@pytest.mark.parametrize("text,code,target", HEADLINE_FLAGGED)
def test_headline_flagged(text, code, target):
    found = _sum_problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", HEADLINE_CLEAN)
def test_headline_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- the two sides of a vote tally cannot hold more votes than were cast (those who took part, a turnout)
TURNOUT_FLAGGED = [
    ("Nurses voted by 4,310 to 2,950 to strike. The college said 6,260 of its 9,400 members had taken part.",
     "FC102", "6,260"),
    ("Residents backed the scheme by 1,204 votes to 877, with 1,981 ballots cast in all.", "FC102", "1,981"),
    ("Shareholders voted 18,400-9,100 in favour of the bid. A turnout of 26,500 was announced.", "FC102",
     "26,500"),
]

TURNOUT_CLEAN = [
    "Nurses voted by 4,310 to 2,950 to strike. The college said 7,360 of its 9,400 members had taken part.",
    # spoiled papers: fewer votes on the sides than ballots cast is fine
    "Residents backed the scheme by 1,204 votes to 877, with 2,181 ballots cast in all.",
    "Shareholders voted 18,400-9,100 in favour of the bid. A turnout of 27,700 was announced.",
    # those who took part in something else, a share of a turnout
    "Nurses voted by 4,310 to 2,950 to strike. Last year 5,100 members took part in a smaller ballot.",
    "Nurses voted by 4,310 to 2,950 to strike. Turnout was 68%.",
]


@pytest.mark.parametrize("text,code,target", TURNOUT_FLAGGED)
def test_turnout_flagged(text, code, target):
    found = _sum_problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", TURNOUT_CLEAN)
def test_turnout_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


def test_votes_cast_for_one_side_are_no_turnout():
    text = ("Residents rejected the parking scheme by 1,950 votes to 1,420. The 1,320 votes cast in favour were "
            "mostly from the town centre.")
    assert not [f for f in _sum_problems(text)]


# -- each candidate's votes and the spoiled papers account for every ballot cast
BALLOTS_FLAGGED = [
    ("Of the 18,204 ballots cast, Ms Ade took 8,911, Mr Brandt 6,020 and Ms Cole 2,950, while 223 papers "
     "were rejected.", "FC101", "18,204"),
    ("In the by-election 9,870 votes were cast: Green 4,402, Labour 3,318, Reform 1,950 and 100 spoilt.",
     "FC101", "9,870"),
]

BALLOTS_CLEAN = [
    "Of the 18,204 ballots cast, Ms Ade took 8,911, Mr Brandt 6,020 and Ms Cole 3,050, while 223 papers "
    "were rejected.",
    # no spoiled papers named: other candidates may be left out
    "Of the 18,204 ballots cast, Ms Ade took 8,911, Mr Brandt 6,020 and Ms Cole 2,950.",
    # the rest named: a partial list
    "Of the 18,204 ballots cast, Ms Ade took 8,911, Mr Brandt 6,020 and Ms Cole 2,950, while 223 papers "
    "were rejected and the rest went to minor candidates.",
]


@pytest.mark.parametrize("text,code,target", BALLOTS_FLAGGED)
def test_ballots_flagged(text, code, target):
    found = _sum_problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", BALLOTS_CLEAN)
def test_ballots_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]

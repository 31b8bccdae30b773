"""Round 7: parts that exhaust their whole (vote sides with abstentions,
yes/no/undecided, won/drew/lost), "N of those ..." across a sentence with no
figures, and a count in the next sentence broken down by place -- each
paraphrase with a clean twin."""
from __future__ import annotations

import pytest

from checker import check_text


def _sum_problems(text):
    return [f for f in check_text(text) if f.is_problem and f.rule.startswith("FC1")]


def _problems(text):
    return [f for f in check_text(text) if f.is_problem]


# -- outcomes that exhaust the whole: every side of a vote incl. abstentions, yes/no/undecided,
# won/drew/lost -- the parts must add up to the whole, not merely stay within it
OUTCOMES_FLAGGED = [
    ("Of the 412 delegates in the hall, 201 voted for the motion, 178 voted against it and 24 abstained.",
     "FC101", "412"),
    ("Of the 88 councillors at the meeting, fifty backed the plan, 29 opposed it and six abstained.",
     "FC101", "88"),
    ("A total of 1,240 residents took part in the ballot. Of those, 610 said yes, 540 said no and 70 were "
     "undecided.", "FC101", "1,240"),
    ("Of their 38 league games, City won 21, drew nine and lost six.", "FC101", "38"),
    ("A poll of 1,012 voters found 540 backed the deal, 380 opposed it and 80 did not know.", "FC101", "1,012"),
    ("Of the 154 parents asked, 71 supported the new term dates, 52 were against them and 23 had no opinion.",
     "FC101", "154"),
    ("Rovers played 46 league games. They won 19 of them, drew 14 and lost 11.", "FC101", "46"),
    ("The 57 peers who stayed for the division split three ways: 30 in favour, 19 against and five "
     "abstentions.", "FC101", "57"),
    # "against it" labels a side: the list runs on to the abstentions
    ("In all 120 delegates voted: 64 for the motion, 41 against it and nine abstained.", "FC101", "120"),
    ("Of the 120 delegates present, 64 supported the motion while 41 were against it and nine abstained.",
     "FC101", "120"),
    # a list of participles after the total's clause
    ("United have played 34 games this term, winning 20, drawing eight and losing four.", "FC101", "34"),
    # of votes (not voters), the two sides alone cover them
    ("Of the 7,450 votes cast, 3,980 were for the merger and 3,370 against it.", "FC101", "7,450"),
    # a tally among the members present, with the abstentions: those present voted or abstained
    ("The bill was passed by 228 votes to 171, with 19 abstentions, among the 425 deputies present.",
     "FC101", "425"),
    ("The 58 delegates who attended approved the budget 33-17, with six abstaining.", "FC101", "58"),
    ("The 380 deputies present passed the bill by 228 votes to 171.", "FC102", "380"),
    # ", with N abstentions" ends a list of sides as one more part
    ("Of the 97 members present, 52 were in favour and 38 against, with four abstentions.", "FC101", "97"),
    # ", with N voting for, ..." : participles of the vote, no nouns of other things
    ("The 212 delegates split three ways, with 104 voting for the deal, 93 against it and 11 abstaining.",
     "FC101", "212"),
]

OUTCOMES_CLEAN = [
    # the size of a body, not those who voted: some may have been away
    "The council has 60 members. At Tuesday's meeting, 31 backed the plan, 20 opposed it and four abstained.",
    "Of the 120 members, 64 backed the plan, 41 opposed it and nine abstained.",
    "The 212 delegates split three ways, with 104 voting for the deal, 93 against it and 15 abstaining.",
    # other participles may overlap
    "Rescuers saved 40 people, with 30 needing treatment and 12 needing surgery.",
    # things voted on, not voters: some may not have come to a vote
    "Of the 30 bills debated, the committee backed 12, opposed 9 and abstained on 4.",
    # a season still running; others named without a figure; one more figure after the list
    "Of their 38 league fixtures, City have won 12, drawn five and lost three so far.",
    "Of the 120 members, 64 backed the plan, 41 opposed it and nine abstained, while the rest did not vote.",
    "Of the 120 members, 64 backed the plan, 41 opposed it and nine abstained, while 4 did not vote.",
    "The bill was passed by 228 votes to 171, with 26 abstentions, among the 425 deputies present.",
    "The 58 delegates who attended approved the budget 33-17, with eight abstaining.",
    "The 425 deputies present passed the bill by 228 votes to 171.",
    "Of the 97 members present, 52 were in favour and 38 against, with seven abstentions.",
    # the absent were not among those present: no complete reading
    "Of the 97 members present, 52 were in favour and 38 against, with four absent.",
    "The 58 delegates who attended approved the budget 33-17, with six absent.",
    "Of the 7,450 votes cast, 3,980 were for the merger and 3,470 against it.",
    "Of the 7,450 members balloted, 3,980 were for the merger and 3,370 against it.",
    "Of the 7,450 votes cast, 3,980 were for Ms Lee and 3,370 for Mr Park.",
    "United have played 34 games this term, winning 20, drawing eight and losing six.",
    # a change, not a part
    "The index closed at 640, rising 12 on Monday and falling 8 on Tuesday.",
    "In all 120 delegates voted: 64 for the motion, 41 against it and 15 abstained.",
    "Of the 120 delegates present, 64 supported the motion while 41 were against it and 15 abstained.",
    # "against" before a figure compares
    "The tally stood at 64 against 41 and 30.",
    "Sales reached 120 units in March, against 90 in February and 80 in January.",
    "Of the 412 delegates in the hall, 201 voted for the motion, 178 voted against it and 33 abstained.",
    # for and against only: some may have abstained
    "Of the 412 delegates in the hall, 201 voted for the motion and 178 voted against it.",
    # labels of no one scheme: the parts may overlap or leave some out
    "Of the 88 councillors at the meeting, fifty backed the plan, 29 opposed it and six spoke in the debate.",
    "A total of 1,240 residents took part in the ballot. Of those, 610 said yes, 540 said no and 90 were "
    "undecided.",
    "Of their 38 league games, City won 21, drew nine and lost eight.",
    "Of their 38 league games, City won 21 and lost six.",
    "A poll of 1,012 voters found 540 backed the deal and 380 opposed it.",
    "A poll of 1,012 voters found 540 backed the deal, 380 opposed it and 92 did not know.",
    "Of the 154 parents asked, 71 supported the new term dates, 52 were against them and 31 had no opinion.",
    # "not" turns no side into the undecided
    "Of the 154 parents asked, 71 supported the new term dates, 52 did not back them and 23 were against.",
    "Rovers played 46 league games. They won 19 of them, drew 14 and lost 13.",
    # some of the games: no outcome scheme covers "scored in"
    "Rovers played 46 league games. They won 19 of them, scored in 14 and lost 11.",
    "The 57 peers who stayed for the division split three ways: 33 in favour, 19 against and five abstentions.",
]


@pytest.mark.parametrize("text,code,target", OUTCOMES_FLAGGED)
def test_outcomes_flagged(text, code, target):
    found = _sum_problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", OUTCOMES_CLEAN)
def test_outcomes_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- "N of those VERBED ..." / "Of those, ..." points back past sentences with no figures;
# "the other N", "the rest" close the list
BACK_FLAGGED = [
    ("Border officers turned back 58 lorries at the port last week. The haulage association called the "
     "checks \"heavy-handed\". Thirty-one of those stopped had faulty brakes, 19 had bald tyres and the "
     "other 12 were overweight.", "FC101", "58"),
    ("Inspectors visited 212 care homes in the spring. Their report was published on Monday. Of those, 148 "
     "passed, 41 were told to improve and the remaining 30 failed.", "FC101", "212"),
    ("Police stopped 75 drivers on the bypass. Officers said the operation would continue. It is funded by "
     "the council. Of those stopped, 40 were speeding, 22 had no insurance and the rest, 10, had no licence.",
     "FC101", "75"),
    ("The hospital admitted 140 patients with flu over Christmas. \"It has been relentless,\" a nurse said. "
     "Of those, 96 went home within a week and 52 are still on the wards.", "FC102", "140"),
    ("Customs seized 64 parcels at the depot. A spokesman declined to comment. Thirty of those opened were "
     "found to be full of cigarettes, 21 of cannabis and the other 16 of counterfeit watches.", "FC101", "64"),
    # the clause after a semicolon, closed by what is left, divides the one count before it
    ("Police seized 95 vehicles; 52 were returned to owners and the remaining 48 crushed.", "FC101", "95"),
    ("The orchestra's 83 players include 57 strings; the other 29 play wind, brass or percussion.",
     "FC101", "83"),
    # "of" and a bare word after a part repeat the clause before it: no base of its own
    ("Nineteen of the 40 drivers stopped were accused of speeding, 12 of using a phone and the other 11 of "
     "having no insurance.", "FC101", "40"),
    # "Those VERBED included ..." divides the count before
    ("Police made 38 arrests at the match. \"It was a disgrace,\" the club said. Those held included 21 home "
     "fans, 13 away supporters and six stewards.", "FC102", "38"),
    # past a sentence whose only figure is a length of time
    ("Customs officers stopped 61 vehicles at the border. The operation lasted three days. Thirty-four of "
     "those searched carried contraband, 19 had false papers and the other 12 were released.", "FC101", "61"),
]

BACK_CLEAN = [
    "Customs officers stopped 61 vehicles at the border. The operation lasted three days. Thirty-four of "
    "those searched carried contraband, 19 had false papers and the other eight were released.",
    "Nineteen of the 40 drivers stopped were accused of speeding, 12 of using a phone and the other nine of "
    "having no insurance.",
    "Police made 38 arrests at the match. \"It was a disgrace,\" the club said. Those held included 21 home "
    "fans, 13 away supporters and four stewards.",
    # no word pointing back: other things
    "Police made 38 arrests at the match. \"It was a disgrace,\" the club said. Stewards handed out 21 "
    "warnings, 13 bans and six fines.",
    "Police seized 95 vehicles; 52 were returned to owners and the remaining 43 crushed.",
    "The orchestra's 83 players include 57 strings; the other 26 play wind, brass or percussion.",
    # a sentence naming a subset without a figure: "those" may be that subset
    "Border officers turned back 58 lorries at the port last week. Most were from Poland. Thirty-one of those "
    "stopped had faulty brakes, 19 had bald tyres and the other 12 were overweight.",
    "Border officers turned back 58 lorries at the port last week. The haulage association called the "
    "checks \"heavy-handed\". Thirty-one of those stopped had faulty brakes, 19 had bald tyres and the "
    "other eight were overweight.",
    "Inspectors visited 212 care homes in the spring. Their report was published on Monday. Of those, 148 "
    "passed, 41 were told to improve and the remaining 23 failed.",
    "The hospital admitted 140 patients with flu over Christmas. \"It has been relentless,\" a nurse said. "
    "Of those, 96 went home within a week and 32 are still on the wards.",
    # the sentence between names other things: "those" may be them
    "The hospital admitted 140 patients with flu over Christmas. Doctors also saw walk-in cases. Of those, 96 "
    "went home within a week and 52 are still on the wards.",
    # the dead are not the injured counted before
    "The quake injured 30 people. \"It was terrible,\" a resident said. Those killed included 40 children and "
    "12 teachers.",
    "The quake injured 30 people. Of those killed, 40 were children and 12 teachers.",
    # a list with no link back and nothing closing it: other things
    "The hospital admitted 140 patients with flu over Christmas. \"It has been relentless,\" a nurse said. "
    "Staff worked 96 extra shifts and 52 night shifts.",
    "Customs seized 64 parcels at the depot. A spokesman declined to comment. Thirty of those opened were "
    "found to be full of cigarettes, 21 of cannabis and the other 13 of counterfeit watches.",
]


@pytest.mark.parametrize("text,code,target", BACK_FLAGGED)
def test_back_flagged(text, code, target):
    found = _sum_problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", BACK_CLEAN)
def test_back_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- a lone count, then the next sentence counts it again by place ("found 389 on trolleys and a
# further 159 on wards"): the places may not hold more than the count
PLACED_FLAGGED = [
    ("There were 640 people sleeping rough in the city last night, the charity said. Its volunteers counted "
     "410 in doorways around the centre and a further 290 in parks.", "FC102", "640"),
    ("Nineteen ships were stranded in the strait on Friday. Coastguards counted twelve at anchor off the "
     "northern cape and another nine in the shipping lanes.", "FC102", "Nineteen"),
    ("Storm leaves 3,400 homes without power\nEngineers found 2,100 in the north of the county and a "
     "further 1,500 on the coast.", "FC102", "3,400"),
    ("The shelter is caring for 85 dogs. Staff recorded 52 in the main kennels and another 41 in foster "
     "homes.", "FC102", "85"),
    # the parts name the count's own noun
    ("There were 512 passengers stranded at the terminal overnight. Airport staff found 389 passengers in "
     "the departure hall and a further 159 at the gates.", "FC102", "512"),
    # sums of money placed inside the amount before: "a further" joins two parts, it adds nothing
    ("The appeal raised $3.8m in its first month. Of that, $2.5m came from private donors and a further $1.6m "
     "from businesses.", "FC102", "$3.8m"),
    ("The appeal raised $3.8m in its first month. Private donors gave $2.5m and a further $1.6m came from "
     "businesses.", "FC102", "$3.8m"),
    # a verb moving the things already counted
    ("There were 164 guests in the hotel when the alarm sounded. Staff led 121 to the car park and "
     "another 58 were carried down by firefighters.", "FC102", "164"),
    # past a sentence with no figures
    ("Some 2,150 cars were stuck on the motorway overnight. Drivers described scenes of chaos. Police counted "
     "1,480 on the northbound side and a further 820 on the slip roads.", "FC102", "Some 2,150"),
    # verbs that handle or show the things already counted
    ("The food bank served 620 households in December. Its records show 410 in the city and another 260 in "
     "surrounding towns.", "FC102", "620"),
    ("The shelter is full, with 4,860 people inside. Its register shows 3,140 in the main hall and a further "
     "2,950 in the annex.", "FC102", "4,860"),
]

PLACED_CLEAN = [
    "The food bank served 620 households in December. Its records show 410 in the city and another 190 in "
    "surrounding towns.",
    # new things: "plans to open"
    "The food bank served 620 households in December. It plans to open 410 new places in the city and another "
    "260 in towns.",
    # "helped N to find ...": no move, the parts may overlap
    "The charity has 230 clients. It helped 150 to find homes and another 95 to find jobs.",
    # an action that may be repeated on the same things, in two subjects
    "The school has 900 pupils. Teachers marked 600 in maths and a further 500 in English.",
    # another period
    "The clinic saw 300 patients last week. This week staff counted 180 in the morning and a further 150 in "
    "the afternoon.",
    "Some 2,150 cars were stuck on the motorway overnight. Drivers described scenes of chaos. Police counted "
    "1,480 on the northbound side and a further 620 on the slip roads.",
    # the sentence between names a subset
    "Some 2,150 cars were stuck on the motorway overnight. Most were heading north. Police counted 1,480 in "
    "the outer lanes and a further 820 on the hard shoulder.",
    "There were 164 guests in the hotel when the alarm sounded. Staff led 121 to the car park and "
    "another 38 were carried down by firefighters.",
    "The appeal raised $3.8m in its first month. Of that, $2.5m came from private donors and a further $1.2m "
    "from businesses.",
    # "a further" before the list: more money, beside the amount
    "The appeal raised $3.8m in its first month. A further $2.5m came from private donors and $1.6m from "
    "businesses.",
    "There were 512 passengers stranded at the terminal overnight. Airport staff found 389 passengers in "
    "the departure hall and a further 109 at the gates.",
    "There were 640 people sleeping rough in the city last night, the charity said. Its volunteers counted "
    "410 in doorways around the centre and a further 190 in parks.",
    "Nineteen ships were stranded in the strait on Friday. Coastguards counted twelve at anchor off the "
    "northern cape and another six in the shipping lanes.",
    # an action on new things, not a count of the ones before
    "The firm employs 512 staff. It plans to hire 389 in Dublin and a further 159 in Cork.",
    # another period
    "There were 640 people sleeping rough in the city last night. Last winter volunteers counted 410 in "
    "doorways and a further 290 in parks.",
    # counts over periods may be of other things
    "The council employs 85 wardens. They recorded 52 in the first week and another 41 in the second.",
    "The council employs 85 wardens. They recorded 52 on Monday and another 41 on Tuesday.",
    # parts with their own nouns count other things
    "The shelter is caring for 85 dogs. Staff recorded 52 visits in the main kennels and another 41 calls "
    "from foster families.",
]


@pytest.mark.parametrize("text,code,target", PLACED_FLAGGED)
def test_placed_flagged(text, code, target):
    found = _sum_problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", PLACED_CLEAN)
def test_placed_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- false alarms of the restatement rules (FC401, FC402) on parts: the fix lies in
# checker/relate/restatements.py, outside the sums family (see the round-7 report)
RESTATED_PARTS_CLEAN = [
    # a headline total against one body part placed by its clause
    "Floods swamp 540 farms\nRivers burst their banks after a week of rain. About 310 farms were flooded in "
    "Somerset, the agency said.",
    # the figure whose noun was left out is the one restated
    "Firefighters rescued 14 horses and lost 31. The 31 horses killed were mostly racehorses.",
]


@pytest.mark.parametrize("text", RESTATED_PARTS_CLEAN)
def test_restated_parts_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# -- a running total in the next sentence, opened by a pronoun, holds the list before it
RUNNING_NEXT_FLAGGED = [
    ("Divers recovered 17 bodies from the lake on Saturday and a further 12 on Sunday. That brings the number "
     "recovered to 26.", "FC102", "26"),
    ("Volunteers planted 1,400 trees in March and another 900 in April. This takes the total to 2,100.",
     "FC102", "2,100"),
]

RUNNING_NEXT_CLEAN = [
    "Divers recovered 17 bodies from the lake on Saturday and a further 12 on Sunday. That brings the number "
    "recovered to 31.",
    "Volunteers planted 1,400 trees in March and another 900 in April. This takes the total to 2,400.",
    # the running total counts other things than the list
    "Police arrested 23 fans on Tuesday and a further 31 on Wednesday. That brings the number charged to 48.",
    "Divers recovered 17 bodies from the lake on Saturday and a further 12 on Sunday. That brings the number "
    "of missing to 26.",
]


@pytest.mark.parametrize("text,code,target", RUNNING_NEXT_FLAGGED)
def test_running_next_flagged(text, code, target):
    found = _sum_problems(text)
    assert [(f.rule, text[f.start:f.end]) for f in found] == [(code, target)], [f.message for f in found]


@pytest.mark.parametrize("text", RUNNING_NEXT_CLEAN)
def test_running_next_clean(text):
    assert _problems(text) == [], [f.message for f in _problems(text)]


# parts and total rounded alike: plain parts rounder than a plain total are read to its precision
ROUNDED_ALIKE = [
    ("Voters cast 2,450 ballots: 1,200 for the plan and 1,300 against.", True),
    ("The fund holds £2.45m, made up of £1.2m for roads and £1.3m for rail.", True),
    ("Voters cast 2,450 ballots: 1,200 for the plan and 1,250 against.", False),
    ("Some 2,450 ballots were cast: 1,200 for the plan and 1,300 against.", False),  # hedged total
    ("Voters cast 2,450 ballots: about 1,200 for the plan and about 1,300 against.", False),  # hedged parts
    ("Around 3,800 civilians were killed: 2,337 men, 906 children and 561 women.", False),  # finer parts
]


@pytest.mark.parametrize("text,flagged", ROUNDED_ALIKE)
def test_parts_rounder_than_their_total_are_read_to_its_precision(text, flagged):
    found = [f for f in _problems(text) if f.rule == "FC101"]
    assert bool(found) == flagged, [f.message for f in _problems(text)]
    if found:
        assert "read to the finest precision beside them" in found[0].tolerance


def test_partial_breakdowns_keep_their_parts_own_rounding():
    text = "A poll of 805 tenants found 512 had been refused a repair and 300 had complained twice."
    assert not [f for f in _problems(text) if f.rule in ("FC101", "FC102")]

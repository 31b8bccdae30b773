"""Round 10c shapes of shares (FC201): ", or SHARE of the NOUN." naming the
whole again after a clause; "PART (SHARE) of them"; a next sentence opening
on the part with its share set apart; a vote's tally with "a majority of
SHARE".  Each flag has a clean twin with figures that agree."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text):
    return [f for f in check_text(text) if f.is_problem]


CASES = [
    # ", or SHARE of the NOUN." after a clause
    ("Just 17 of the 240 applicants were offered a place this autumn, or 71% of the intake.", "71%",
     "Just 17 of the 240 applicants were offered a place this autumn, or 7% of the intake."),
    ("Some 1,260 of the 4,200 members voted in the ballot, or 3 per cent of the union.", "3 per cent",
     "Some 1,260 of the 4,200 members voted in the ballot, or 30 per cent of the union."),
    ("Eleven of the 40 boats capsized in the gale, or more than half of the fleet.", "more than half",
     "Eleven of the 40 boats capsized in the gale, or more than a quarter of the fleet."),
    # PART (SHARE) of them|whom
    ("Police stopped 2,400 drivers over Christmas, 180 (15%) of whom were over the limit.", "15%",
     "Police stopped 2,400 drivers over Christmas, 180 (7.5%) of whom were over the limit."),
    ("The trust employs 9,800 staff, 2,450 (a third) of them nurses.", "a third",
     "The trust employs 9,800 staff, 2,450 (a quarter) of them nurses."),
    ("The charity housed 640 families last year. Some 160 - nearly half - of them had children under five.",
     "nearly half",
     "The charity housed 640 families last year. Some 160 - a quarter - of them had children under five."),
    # the next sentence opens on the part, its share set apart
    ("The festival drew 64,000 visitors over the weekend. About 16,000, or nearly a half, came from abroad.",
     "nearly a half",
     "The festival drew 64,000 visitors over the weekend. About 16,000, or a quarter, came from abroad."),
    ("The trust treated 3,600 patients in March. Roughly 900 - some 40% - waited more than four hours.",
     "some 40%",
     "The trust treated 3,600 patients in March. Roughly 900 - some 25% - waited more than four hours."),
    ("The mill produced 2,500 tonnes of flour. About 500 tonnes, almost 40 per cent, went abroad.",
     "almost 40 per cent",
     "The mill produced 2,500 tonnes of flour. About 500 tonnes, almost 20 per cent, went abroad."),
    # a school year's name after the whole
    ("Some 45 of the 120 Year 6 children, more than half, met the expected standard.", "more than half",
     "Some 45 of the 120 Year 6 children, more than a third, met the expected standard."),
    ("At Hillside 84 of the 210 Year 11 pupils, or one in four, passed maths at grade 7.", "one in four",
     "At Hillside 84 of the 210 Year 11 pupils, or two in five, passed maths at grade 7."),
    # a rate named for the part's outcome, or the other one
    ("Of the 400 appeals heard, 100 were rejected, a success rate of 25%.", "25%",
     "Of the 400 appeals heard, 100 were rejected, a success rate of 75%."),
    ("The council received 1,150 applications and rejected 920, a success rate of 80%.", "80%",
     "The council received 1,150 applications and rejected 920, a success rate of 20%."),
    ("Of the 820 who sat it, 574 passed, a failure rate of 70%.", "70%",
     "Of the 820 who sat it, 574 passed, a failure rate of 30%."),
    ("Of the 820 who sat it, 574 passed, a pass rate of 30%.", "30%",
     "Of the 820 who sat it, 574 passed, a pass rate of 70%."),
    # a vote's tally and "a majority of SHARE"
    ("Nurses backed the pay offer by 5,140 votes to 2,760, a majority of 81 per cent.", "81 per cent",
     "Nurses backed the pay offer by 5,140 votes to 2,760, a majority of 65 per cent."),
    ("Residents voted 1,204 to 396 in favour of the new bypass, a yes vote of 60%.", "60%",
     "Residents voted 1,204 to 396 in favour of the new bypass, a yes vote of 75%."),
    ("Teachers voted by 8,120 votes to 2,030 in favour of strike action, a 70% majority.", "70%",
     "Teachers voted by 8,120 votes to 2,030 in favour of strike action, an 80% majority."),
    ("Dockers voted by 640 to 160 to strike, a majority of 70% of those who voted.", "70%",
     "Dockers voted by 640 to 160 to strike, a majority of 80% of those who voted."),
]


@pytest.mark.parametrize("text,target,twin", CASES)
def test_round10c_shares(text, target, twin):
    found = [f for f in problems(text) if f.rule == "FC201"]
    spans = [text[f.start:f.end] for f in found]
    assert target in spans, (text, [(f.rule, f.message) for f in problems(text)])
    f = found[spans.index(target)]
    assert "=" in f.arithmetic and f.tolerance
    assert problems(twin) == [], [(f.rule, f.message) for f in problems(twin)]


@pytest.mark.parametrize("text", [
    # a whole of its own after ", or"
    "Some 1,260 of the 4,200 members voted in the ballot, or 3 per cent of the population.",
    "Only 40 of the 600 homes built were affordable, or 2% of the national total.",
    # a change, not a share
    "The trust treated 3,600 patients in March. Roughly 900, 40% more than February, waited more than four hours.",
    "The trust treated 3,600 patients in March. Roughly 900 patients, 40% of the national total, waited.",
    # two figures before: no one whole
    "The trust treated 3,600 patients in March and 3,100 in April. Roughly 900 - some 40% - waited.",
    "She taught for 12 years. Year 9 pupils loved her.",
    # a negation keeps both readings
    "Of the 400 appeals heard, 100 were not rejected, a success rate of 75%.",
    # a margin is no side's share; a share of voters may be of the electorate
    "Members voted by 412 to 188 to accept the deal - a margin of 37%.",
    "Members voted by 412 to 188 to accept the deal, a majority of 64% of voters.",
    "Members voted by 412 to 188 to accept the deal, a 64% turnout.",
    "Members voted by 412 to 188 to accept the deal, with 64% of members taking part.",
])
def test_round10c_shares_clean(text):
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,flag", [
    ("Staff costs of £84m were equivalent to 40 per cent of the trust's income of £140m.", True),
    ("Staff costs of £84m were equivalent to 60 per cent of the trust's income of £140m.", False),
])
def test_round10_lead_equivalent_to_a_share(text, flag):
    from checker import check_text
    from checker.model import Severity
    found = [f.rule for f in check_text(text) if f.severity >= Severity.WARNING]
    assert found == (["FC201"] if flag else [])

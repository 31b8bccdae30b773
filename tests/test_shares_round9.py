"""Round 9 shapes of shares and percentages (FC201): a noun inside "N in M"
("one day in three"), a whole of days counted ("19 of the month's 31 days"),
a long clause before a bracketed part, the part restated after the share's
clause ("which amounts to 117 homes"), a period "between X and Y" before the
share.  Each flag has a clean twin with figures that agree."""
from __future__ import annotations

import pytest

from checker import check_text
from checker.model import Kind, Severity
from checker.api import analyse


def problems(text):
    return [f for f in check_text(text) if f.is_problem]


def assert_flag(text, target, rule="FC201", severity=Severity.ERROR):
    found = [f for f in problems(text) if f.rule == rule]
    assert found, f"{rule} did not flag: {text}"
    spans = [text[f.start:f.end] for f in found]
    assert target in spans, (target, spans)
    f = found[spans.index(target)]
    assert f.severity == severity
    assert "=" in f.arithmetic and f.tolerance


FLAGS = [
    # a noun inside the fraction: "one day in three", "two households in five", "one home in every four"
    ("Snow lay on 40 of the 59 days of the season, or about one day in three.", "about one day in three"),
    ("Two households in five, 180 of the 620 surveyed, said they had cut back on heating.",
     "Two households in five"),
    ("Inspectors found 96 of the 130 lifts out of order - nearly one lift in four.", "nearly one lift in four"),
    ("Of the 1,200 flats checked, one home in every four - 510 - had damp.", "one home in every four"),
    ("The ferry ran late on 11 of its 60 crossings, roughly one week in two.", "roughly one week in two"),
    # a whole of days counted: "19 of the month's 31 days"
    ("Trains were cancelled on 9 of the year's 52 weeks, or a third.", "a third"),
    ("The pool was shut on 12 of the summer's 92 days, about 40%.", "about 40%"),
    # a long clause before the bracketed part
    ("A quarter of the 212 pupils who sat the test in the county's primary schools this summer (88) passed with "
     "merit.", "A quarter"),
    ("Nearly half of the 340 applicants shortlisted for the graduate scheme at the regional bank last year - 96 - "
     "were women.", "Nearly half"),
    # the part restated after the share's clause
    ("The developer says 40% of the 600 homes will be let at social rent, which amounts to 310 homes.", "40%"),
    ("A third of the 270 staff will move to Leeds, equal to 120 jobs.", "A third"),
    ("Some 25% of the 1,400 places will go to local children, making 480 places in all.", "Some 25%"),
    ("About 15% of the £40m budget will be spent on repairs, which is £9m.", "About 15%"),
    ("Ministers want 20% of the 3,000 new posts filled locally, meaning 900 jobs.", "20%"),
    # a period "between X and Y" between the part and its share
    ("The lifeboat crew answered 61 calls between April and September, or 20 per cent of its 183 call-outs.",
     "20 per cent"),
    ("Fog closed the airport on 14 days from November to January, or 40% of the 92-day winter.", "40%"),
]


@pytest.mark.parametrize("text,target", FLAGS)
def test_round9_flags(text, target):
    assert_flag(text, target)


CLEAN = [
    ("Snow lay on 20 of the 59 days of the season, or about one day in three."),
    ("Two households in five, 250 of the 620 surveyed, said they had cut back on heating."),
    ("Inspectors found 32 of the 130 lifts out of order - nearly one lift in four."),
    ("Of the 1,200 flats checked, one home in every four - 300 - had damp."),
    ("The ferry ran late on 29 of its 60 crossings, roughly one week in two."),
    ("Trains were cancelled on 17 of the year's 52 weeks, or a third."),
    ("The pool was shut on 37 of the summer's 92 days, about 40%."),
    ("A quarter of the 212 pupils who sat the test in the county's primary schools this summer (53) passed with "
     "merit."),
    ("Nearly half of the 340 applicants shortlisted for the graduate scheme at the regional bank last year - 160 - "
     "were women."),
    ("The developer says 40% of the 600 homes will be let at social rent, which amounts to 240 homes."),
    ("A third of the 270 staff will move to Leeds, equal to 90 jobs."),
    ("Some 25% of the 1,400 places will go to local children, making 350 places in all."),
    ("About 15% of the £40m budget will be spent on repairs, which is £6m."),
    ("Ministers want 20% of the 3,000 new posts filled locally, meaning 600 jobs."),
    ("Ministers want 20% of the 3,000 new posts filled locally. That would mean 600 jobs."),
    ("Ministers want 20% of the 3,000 new posts filled locally, meaning 900 more than now."),
    ("The lifeboat crew answered 61 calls between April and September, or a third of its 183 call-outs."),
    ("Fog closed the airport on 37 days from November to January, or 40% of the 92-day winter."),
    # near misses: a rate, not a fraction; a change after the restated figure; another whole
    ("He scored 12 goals in 20 appearances this season, his best return."),
    ("One adult in four says the service has got worse."),
    ("About 15% of the 600 homes will be affordable, which is 20 more than the council asked for."),
    ("Nearly half of the 340 applicants were women, which amounts to a record for the scheme."),
    ("Rain fell on one day in three last month, and on 19 days in July."),
]


@pytest.mark.parametrize("text", CLEAN)
def test_round9_clean(text):
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]


WARNINGS = [
    ("Two in three members backed the deal: 5,100 of the 9,800 ballots cast.", "Two in three"),
    ("Two in three members backed the deal (5,100 Yes votes out of 9,800).", "Two in three"),
    # BASE NOUN and VERB PART, a RATE of SHARE (the sentence's two counts)
    ("The panel heard 480 appeals and upheld 150, a success rate of roughly one in five.", "roughly one in five"),
    ("The striker has had 40 shots and scored with 12 - a 40% conversion rate.", "40%"),
    # BASE NOUN include PART ... - SHARE (closing the sentence)
    ("The school's 600 pupils include 180 who qualify for free meals - one in five.", "one in five"),
    ("The 40 new homes include 12 for social rent, or 50%.", "50%"),
    # a headline's fraction word without its article
    ("Quarter of homes flooded\nFloodwater entered 640 of the village's 1,200 homes on Sunday.", "Quarter"),
    ("Storm chaos: Third of trains cancelled\nThe operator cancelled 210 of its 1,300 trains on Monday.", "Third"),
    # a headline share against "Of the BASE ..., PART" or "A survey of BASE found PART" (two words in common)
    ("Half of teachers plan to quit, survey finds\nA survey of 3,100 teachers found 980 were planning to quit "
     "within five years.", "Half"),
    ("Two in five councils face bankruptcy\nOf the 317 councils in England, 61 say they face bankruptcy this "
     "year.", "Two in five"),
    # a sentence opening on a share with no whole of its own, its part beside it; the whole is the one count before
    ("There were 640 entries this year. Around a quarter, 250, came from abroad.", "Around a quarter"),
    ("The trust runs 1,800 beds. About a third are in need of repair - 900 in all.", "About a third"),
    # SHARE of NOUN VERB ... - PART out of|of BASE: the share's counts set apart after its clause
    ("Nearly 40 per cent of claims were refused - 1,200 out of 4,000.", "Nearly 40 per cent"),
    ("A quarter of the pupils failed the test: 300 of 1,600 pupils.", "A quarter"),
    ("Ministers want 20% of the 3,000 new posts filled locally. That would mean 900 jobs.", "20%"),
    # PART of them, a RATE of SHARE (them = the count before): inferred
    ("The fund received 1,150 bids last year and backed 230 of them, a success rate of roughly one in three.",
     "roughly one in three"),
    ("Officers stopped 640 cars and found 150 of them unroadworthy, a failure rate of about 40%.", "about 40%"),
    ("The board heard 96 appeals in 2023 and upheld 12 of them - an approval rate of a quarter.", "a quarter"),
    ("The agency handled 2,400 complaints. It resolved 1,900 of them, a resolution rate of 60 per cent.",
     "60 per cent"),
    # SHARE NOUN ... VERB, with PART [NOUN] out of|of BASE: the same things counted; inferred
    ("Three in five members across the 31 branches backed the offer, with 2,100 votes out of 6,050 cast.",
     "Three in five"),
    ("Nearly 60% of tenants on the estate's 12 blocks have signed the petition, with 410 of the 910 tenants "
     "signing so far.", "Nearly 60%"),
]


MARGINS = [
    # a margin is profit over sales: the profit of the margin's kind, in its sentence or the next/previous one
    ("The operating margin widened to 16.1 pct, on operating profit of 2.04 bln euros and sales of 18.3 bln euros.",
     "16.1 pct", "The operating margin widened to 11.1 pct, on operating profit of 2.04 bln euros and sales of "
     "18.3 bln euros."),
    ("The retailer made a net profit of £310m on revenue of £2.4bn, a net margin of 18%.", "18%",
     "The retailer made a net profit of £310m on revenue of £2.4bn, a net margin of 13%."),
    ("Sales rose to $4.2bn and operating profit to $380m. The operating margin was 12.5%.", "12.5%",
     "Sales rose to $4.2bn and operating profit to $380m. The operating margin was 9%."),
    ("Revenue reached €820m, with EBITDA of €96m, an EBITDA margin of 15%.", "15%",
     "Revenue reached €820m, with EBITDA of €96m, an EBITDA margin of 11.7%."),
    ("The group reported a 9% operating margin on turnover of £1.2bn and operating profit of £150m.", "9%",
     "The group reported a 12.5% operating margin on turnover of £1.2bn and operating profit of £150m."),
]


COUNTED = [
    # a share and a fraction of two counts in digits, either first; "That is PART" after a share of a whole
    ("Two-fifths of the club's members - 95 out of 320 - voted to merge.", "Two-fifths",
     "Two-fifths of the club's members - 128 out of 320 - voted to merge."),
    ("The vacancy rate stood at 12% (57 out of 300 flats).", "12%",
     "The vacancy rate stood at 19% (57 out of 300 flats)."),
    ("Four out of five pupils - 310 out of 520 - passed.", "Four out of five",
     "Four out of five pupils - 420 out of 520 - passed."),
    ("Only a tenth of those asked, 95 out of 610, said they cycled to work.", "a tenth",
     "Only a tenth of those asked, 62 out of 610, said they cycled to work."),
    ("260 out of 780 flights, a half, were delayed.", "a half", "390 out of 780 flights, a half, were delayed."),
    ("About a fifth of the 3,500 street lights are broken. That is 1,100 lights.", "About a fifth",
     "About a fifth of the 3,500 street lights are broken. That is 700 lights."),
]


COUNTED += [
    # a whole written as a modifier: "the 400-seat chamber", "the 900-strong workforce"
    ("The 900-strong workforce will lose 410 jobs, almost a third.", "almost a third",
     "The 900-strong workforce will lose 280 jobs, almost a third."),
    ("Labour won 75 seats in the 120-seat assembly, half of them.", "half",
     "Labour won 60 seats in the 120-seat assembly, half of them."),
    ("The 15-member committee has nine women, a third.", "a third",
     "The 15-member committee has five women, a third."),
    # "half the NOUN (PART of BASE)"; "amount to SHARE of the BASE"
    ("Nearly half the tenants (260 of 400) have complained.", "Nearly half",
     "Nearly half the tenants (190 of 400) have complained."),
    ("The 75 closures amount to a fifth of the 500-strong network.", "a fifth",
     "The 100 closures amount to a fifth of the 500-strong network."),
]


COUNTED += [
    # wire style: the whole's currency left off, "of total exports of", "PART, or SHARE, of the BASE"
    ("Car exports were 6.3 billion dlrs, or 21 pct of total exports of 24 billion.", "21 pct",
     "Car exports were 6.3 billion dlrs, or 26 pct of total exports of 24 billion."),
    ("Grain sales accounted for 2.1 billion dlrs, or 24 pct, of total sales of 11.3 billion dlrs.", "24 pct",
     "Grain sales accounted for 2.1 billion dlrs, or 19 pct, of total sales of 11.3 billion dlrs."),
    # a hyphenated fraction: "one-in-three"
    ("Officers stopped 600 drivers, of whom one-in-four - 230 - were over the limit.", "one-in-four",
     "Officers stopped 600 drivers, of whom one-in-four - 150 - were over the limit."),
    # a survey as the lead: "In a poll of BASE [by X], PART, or SHARE"; "SHARE, or PART, of the BASE"
    ("In a poll of 1,500 parents, 450, or 40%, backed the plan.", "40%",
     "In a poll of 1,500 parents, 600, or 40%, backed the plan."),
    ("In a survey of 2,000 nurses by the union, 700 - almost half - said they planned to quit.", "almost half",
     "In a survey of 2,000 nurses by the union, 950 - almost half - said they planned to quit."),
    ("Some 30 per cent, or 450, of the 1,200 flats are empty.", "Some 30 per cent",
     "Some 30 per cent, or 360, of the 1,200 flats are empty."),
]


COUNTED += [
    # the rest of a whole: in the sentence ("the remaining 300 - a half -") or opening the next ("The other 450")
    ("Of the 640 pupils, 400 walk to school and the remaining 240 - nearly half - come by bus.", "nearly half",
     "Of the 640 pupils, 400 walk to school and the remaining 240 - nearly 40% - come by bus."),
    ("Some 90 of the 150 stalls sell food; the other 60, or a third, sell crafts.", "a third",
     "Some 90 of the 150 stalls sell food; the other 60, or two in five, sell crafts."),
    ("Three-quarters of the charity's 2,000 volunteers are retired. The other 900 are students.", "Three-quarters",
     "Three-quarters of the charity's 2,000 volunteers are retired. The other 500 are students."),
    # "About 450 of its staff - almost 40% of the 900 -": the part's own "of its NOUN" before the share
    ("About 250 of its staff - almost 40% of the 900 - are women.", "almost 40%",
     "About 340 of its staff - almost 40% of the 900 - are women."),
]


@pytest.mark.parametrize("text,target,twin", COUNTED)
def test_round9_counted(text, target, twin):
    found = [f for f in problems(text) if f.rule == "FC201"]
    assert found and target in [text[f.start:f.end] for f in found], (text, found)
    assert problems(twin) == [], [(f.rule, f.message) for f in problems(twin)]


@pytest.mark.parametrize("text", [
    "Unemployment rose 45% (120 out of 400) in the town.",
    "About a fifth of the 3,500 street lights are broken. That is 300 more than last year.",
    "The 900-strong workforce will lose 410 jobs, almost a third of them in Leeds.",
    "The firm's 900-strong workforce grew by 410 last year, almost a third.",
    "In a poll of 1,500 parents, 450 backed the plan and 600 opposed it, or 40%.",
    "Nearly 40 per cent of claims were refused - 1,500 out of 4,000.",
    "Two in three members backed the deal: 6,500 of the 9,800 ballots cast.",
    "Two in three members backed the deal (6,500 Yes votes out of 9,800).",
    "Two in three members backed the deal (5,100 postal ballots out of 9,800).",
    "The panel heard 480 appeals and upheld 100, a success rate of roughly one in five.",
    "The striker has had 40 shots and scored with 12 - a 30% conversion rate.",
    "The council received 1,150 applications and cut 230 jobs, a rate of 40%.",
    "The council received 1,150 applications and approved 230 more than last year, a success rate of 40%.",
    "The school's 600 pupils include 120 who qualify for free meals - one in five.",
    "The 40 new homes include 12 for social rent, or 50% of the council's target.",
    "The 40 new homes include 12 for social rent and 8 for shared ownership - half.",
    "Quarter of homes flooded\nFloodwater entered 310 of the village's 1,200 homes on Sunday.",
    "Third of May rally draws crowds\nPolice said 210 of the 1,300 marchers were arrested.",
    "Half of teachers plan to quit, survey finds\nA survey of 3,100 teachers found 1,500 were planning to quit "
    "within five years.",
    "Half of teachers plan to quit, survey finds\nA survey of 3,100 teachers found 980 had been assaulted at work.",
    "Two in five councils face bankruptcy\nOf the 317 councils in England, 61 have cut bin collections.",
    "There were 640 entries this year. Around a quarter, 160, came from abroad.",
    "The trust runs 1,800 beds. About a third are in need of repair - 600 in all.",
    "There were 640 entries this year. Around a quarter of the judges, 3, came from abroad.",
    "There were 640 entries this year. Around a quarter, 250 people, came from abroad.",
    "A quarter of the pupils failed the test: 400 of 1,600 pupils.",
    "Most of the money went to schools - 300 of the 1,000 projects.",
    "Three-quarters of the charity's 2,000 volunteers are retired. The other two groups have 900 members.",
    "Of the 640 pupils, 400 walk; the other 240 pupils, 40% of whom live in town, come by bus.",
])
def test_round9_counted_clean(text):
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target,twin", MARGINS)
def test_round9_margins(text, target, twin):
    assert_flag(text, target, severity=Severity.WARNING)
    assert problems(twin) == []


@pytest.mark.parametrize("text", [
    # another kind of profit, a margin of part of the business, a change of the margin in points
    "Net profit was £40m on sales of £900m, while the operating margin stood at 8%.",
    "Operating profit rose to 1.07 bln euros on sales of 9.51 bln euros. The margin at the retail arm was 14%.",
    "The margin widened by 2 points to 24.2%, on profit of £1.07bn and sales of £7.5bn.",
    "Pre-tax profit was $90m on sales of $1.5bn; the operating margin was 8%.",
])
def test_round9_margins_clean(text):
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,target", WARNINGS)
def test_round9_warnings(text, target):
    assert_flag(text, target, severity=Severity.WARNING)


@pytest.mark.parametrize("text", [
    "The fund received 1,150 bids last year and backed 380 of them, a success rate of roughly one in three.",
    "Officers stopped 640 cars and found 250 of them unroadworthy, a failure rate of about 40%.",
    "The board heard 96 appeals in 2023 and upheld 24 of them - an approval rate of a quarter.",
    "The agency handled 2,400 complaints. It resolved 1,440 of them, a resolution rate of 60 per cent.",
    "Three in five members across the 31 branches backed the offer, with 3,650 votes out of 6,050 cast.",
    "Nearly 60% of tenants on the estate's 12 blocks have signed the petition, with 530 of the 910 tenants "
    "signing so far.",
    # near misses: a subgroup's own place, another fate of some of them, another whole
    "A third of pupils in the district passed the test, with 900 of the 1,200 pupils in the city passing.",
    "Four in five drivers stopped over the weekend were sober, with 12 of the 300 stopped arrested.",
    "Half of the 20 clubs have paid, with 30 of the 100 players signed.",
])
def test_round9_warnings_clean(text):
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]


@pytest.mark.parametrize("text,expected,value", [
    ("Rain fell on one day in three.", "one day in three", (1, 3)),
    ("Two households in five have cut back.", "Two households in five", (2, 5)),
    ("Roughly one home in every four is empty.", "Roughly one home in every four", (1, 4)),
    ("Residents face a one-in-five chance of flooding.", "one-in-five", (1, 5)),
    ("About 1-in-3 adults smoke.", "About 1-in-3", (1, 3)),
])
def test_noun_inside_fraction(text, expected, value):
    doc = analyse(text, None)
    fr = [m for m in doc.mentions if m.kind == Kind.FRACTION]
    assert [m.text for m in fr] == [expected]
    assert fr[0].value == value[0] / __import__("fractions").Fraction(value[1])


@pytest.mark.parametrize("text", [
    "He scored 12 goals in 20 appearances.",
    "Five people died in three attacks.",
    "Turnout rose 4 points in 10 years.",
    "The defences were built against a 1-in-100-year flood.",
])
def test_not_a_fraction(text):
    doc = analyse(text, None)
    assert not [m for m in doc.mentions if m.kind == Kind.FRACTION]


@pytest.mark.parametrize("text,flag", [
    # the part set after the base by ", at"
    ("Cyclists made up a fifth of the 8,400 commuters counted on the bridge, at 2,900 riders.", True),
    ("Cyclists made up a fifth of the 8,400 commuters counted on the bridge, at 1,700 riders.", False),
])
def test_part_after_at(text, flag):
    from checker import check_text
    found = [f for f in check_text(text) if f.is_problem and f.rule == "FC201"]
    assert bool(found) == flag

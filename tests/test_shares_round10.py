"""Round 10 shapes of shares (FC201): the part's noun phrase and period
before ", SHARE of the BASE"; a possessive before "total NOUN of"; "with"
and a hedge word after a level; a share's own whole before ", with PART of
the BASE"; a part set apart in dashes or brackets past another figure, or
closing the sentence after a dash; a spelled-out unit of power; "but" and a
verb sharing the subject before "PART of them - SHARE"; "of his|her|our
NOUN" naming the whole again; the rest of a share's whole after a
semicolon; "BASE NOUN and PART VERB, or SHARE".  Each flag has a clean twin
with figures that agree."""
from __future__ import annotations

import pytest

from checker import check_text


def problems(text):
    return [f for f in check_text(text) if f.is_problem]


def assert_flag(text, target, rule="FC201"):
    found = [f for f in problems(text) if f.rule == rule]
    assert found, f"{rule} did not flag: {text}"
    spans = [text[f.start:f.end] for f in found]
    assert target in spans, (target, spans)
    f = found[spans.index(target)]
    assert "=" in f.arithmetic and f.tolerance


# (flagged text, target, clean twin)
CASES = [
    # PART [ADJ NOUN] in PERIOD, SHARE of the BASE
    ("The hospital postponed 2,310 routine operations in January, 14% of the 5,500 it had booked.", "14%",
     "The hospital postponed 2,310 routine operations in January, 42% of the 5,500 it had booked."),
    ("The council axed 380 rural bus services last year, about 12% of the 950 it subsidised.", "about 12%",
     "The council axed 380 rural bus services last year, about 40% of the 950 it subsidised."),
    ("Volunteers planted 640 young oaks in March, 20 per cent of the 6,400 trees set out this spring.",
     "20 per cent",
     "Volunteers planted 640 young oaks in March, 10 per cent of the 6,400 trees set out this spring."),
    ("Around 2,100 non-urgent knee operations were postponed in March, 19% of the 5,250 scheduled.", "19%",
     "Around 2,100 non-urgent knee operations were postponed in March, 40% of the 5,250 scheduled."),
    ("In all, 660 homes were flooded, or 12% of the 2,200 in the valley.", "12%",
     "In all, 660 homes were flooded, or 30% of the 2,200 in the valley."),
    # a possessive before "total NOUN of"
    ("Parking fines brought in £4.1m last year, 60% of the council's total income of £20.5m.", "60%",
     "Parking fines brought in £4.1m last year, 20% of the council's total income of £20.5m."),
    ("Exports earned $2.4bn in 2024, 45% of the country's total revenue of $12bn.", "45%",
     "Exports earned $2.4bn in 2024, 20% of the country's total revenue of $12bn."),
    # VERB to SHARE ..., with [just|only] PART of the BASE
    ("The pass rate fell to 60% this year, with only 210 of its 500 candidates passing.", "60%",
     "The pass rate fell to 42% this year, with only 210 of its 500 candidates passing."),
    ("Occupancy climbed to 90% over the summer, with just 410 of the 820 rooms let.", "90%",
     "Occupancy climbed to 50% over the summer, with just 410 of the 820 rooms let."),
    # SHARE of its own whole [place, period], with PART of the BASE
    ("Theft made up a fifth of all reported crime in the borough last year, with 6,300 of the 12,600 offences "
     "recorded.", "a fifth",
     "Theft made up half of all reported crime in the borough last year, with 6,300 of the 12,600 offences "
     "recorded."),
    ("Part-time staff made up half of the workforce at the plant last year, with 120 of the 600 employees on "
     "reduced hours.", "half",
     "Part-time staff made up a fifth of the workforce at the plant last year, with 120 of the 600 employees on "
     "reduced hours."),
    # a part set apart in dashes or brackets past another figure, or closing the sentence after a dash
    ("A third of the 1,800 members are aged over 65 - some 900 people - and the club wants younger recruits.",
     "A third",
     "A half of the 1,800 members are aged over 65 - some 900 people - and the club wants younger recruits."),
    ("Two in five of the 3.2 million visitors who came to the park last summer travelled by car - about 800,000 "
     "people.", "Two in five",
     "One in four of the 3.2 million visitors who came to the park last summer travelled by car - about 800,000 "
     "people."),
    ("Half of the 640 staff have worked there for over 10 years (around 160 people), the firm said.", "Half",
     "A quarter of the 640 staff have worked there for over 10 years (around 160 people), the firm said."),
    # a unit of power spelled out beside its symbol
    ("Of the 3,000 megawatts lost in the storm, about 1,500 MW - roughly a quarter - came from one wind farm.",
     "roughly a quarter",
     "Of the 3,000 megawatts lost in the storm, about 1,500 MW - roughly half - came from one wind farm."),
    ("Of the 800 MW of new capacity, 200 megawatts - nearly half - will be solar.", "nearly half",
     "Of the 800 MW of new capacity, 200 megawatts - a quarter - will be solar."),
    # BASE NOUN but|while VERB ... PART of them - SHARE (one subject, two verbs)
    ("The library holds about 9,000 maps but can display only 900 of them – one in five – at a time.",
     "one in five",
     "The library holds about 9,000 maps but can display only 900 of them – one in ten – at a time."),
    ("The trust owns 1,200 cottages but has let just 300 of them, or about half, to local families.", "about half",
     "The trust owns 1,200 cottages but has let just 300 of them, or about a quarter, to local families."),
    # PART of his|her|our BASE NOUN [in PLACE], SHARE of his|her|our NOUN
    ("She scored 14 of her 60 goals in cup ties, almost half of her career tally.", "almost half",
     "She scored 14 of her 60 goals in cup ties, almost a quarter of her career tally."),
    ("We sold 30 of our 200 paintings abroad, a third of our stock.", "a third",
     "We sold 30 of our 200 paintings abroad, 15% of our stock."),
    # SHARE of the BASE ...; the other|remaining REST ...
    ("Three in four of the 120 patients treated last month went home within a week; the other 60 stayed longer.",
     "Three in four",
     "Three in four of the 120 patients treated last month went home within a week; the other 30 stayed longer."),
    ("A third of the 90 applicants were interviewed; the remaining 40 were turned down.", "A third",
     "A third of the 90 applicants were interviewed; the remaining 60 were turned down."),
    # BASE NOUN and PART VERB ..., or SHARE (the sentence's two counts, the share closing it)
    ("Inspectors checked 2,400 cars at the border and 120 failed, or 0.5 per cent.", "0.5 per cent",
     "Inspectors checked 2,400 cars at the border and 120 failed, or 5 per cent."),
    ("Some 900 pupils sat the test and 600 passed, or about a third.", "about a third",
     "Some 900 pupils sat the test and 600 passed, or about two-thirds."),
    ("The clinic screened 3,000 women last year and 45 were referred for treatment, or 15%.", "15%",
     "The clinic screened 3,000 women last year and 45 were referred for treatment, or 1.5%."),
    ("The board reviewed 250 complaints and 50 were upheld, or a tenth.", "a tenth",
     "The board reviewed 250 complaints and 50 were upheld, or a fifth."),
    ("About 1,200 people applied and only 300 got places, or roughly half.", "roughly half",
     "About 1,200 people applied and only 300 got places, or roughly a quarter."),
    ("Officers tested 1,460 drivers but only 73 were over the limit, or 0.5%.", "0.5%",
     "Officers tested 1,460 drivers but only 73 were over the limit, or 5%."),
    ("Some 3,000 homes were checked and around 450 had damp, or nearly 30%.", "nearly 30%",
     "Some 3,000 homes were checked and around 450 had damp, or nearly 15%."),
    ("Some 1,460 riders were tested at the race; 73 were positive, or 0.5 per cent.", "0.5 per cent",
     "Some 1,460 riders were tested at the race; 73 were positive, or 5 per cent."),
    ("Checks were made on 880 lorries, and 44 failed, or 0.5%.", "0.5%",
     "Checks were made on 880 lorries, and 44 failed, or 5 per cent."),
    # the whole the one count of the sentence before, the part opening its own sentence
    ("Testers visited 1,460 takeaways last year. Some 73 failed hygiene checks, or 0.5 per cent.", "0.5 per cent",
     "Testers visited 1,460 takeaways last year. Some 73 failed hygiene checks, or 5 per cent."),
    # "of all NOUN": the widest whole, the one the sentence before opens on, not "them"
    ("Of the 1,200 applicants, 800 were interviewed. Some 200 of them were hired, 25 per cent of all applicants.",
     "25 per cent",
     "Of the 1,200 applicants, 800 were interviewed. Some 200 of them were hired, 17 per cent of all applicants."),
    ("Of the 960 runners who started, 720 finished. About 240 of them ran under four hours, a third of all "
     "entrants.", "a third",
     "Of the 960 runners who started, 720 finished. About 240 of them ran under four hours, a quarter of all "
     "entrants."),
    # more wordings of the shapes above
    ("Police made 212 drink-driving arrests over Christmas, about 25% of the 1,400 drivers stopped.", "about 25%",
     "Police made 212 drink-driving arrests over Christmas, about 15% of the 1,400 drivers stopped."),
    ("Turnout dropped to 30%, with only 3,000 of the 12,000 members voting.", "30%",
     "Turnout dropped to 25%, with only 3,000 of the 12,000 members voting."),
    ("Cyclists accounted for a tenth of all road casualties in the county last year, with 310 of the 1,550 "
     "casualties on bikes.", "a tenth",
     "Cyclists accounted for a fifth of all road casualties in the county last year, with 310 of the 1,550 "
     "casualties on bikes."),
    ("Around half of the 8,000 runners finished in under four hours (some 2,000 people).", "Around half",
     "Around a quarter of the 8,000 runners finished in under four hours (some 2,000 people)."),
    ("The council owns 640 playgrounds but has closed 160 of them - nearly half - since 2020.", "nearly half",
     "The council owns 640 playgrounds but has closed 160 of them - a quarter - since 2020."),
    ("Half of the 80 volunteers are retired, while the other 20 are students.", "Half",
     "Three-quarters of the 80 volunteers are retired, while the other 20 are students."),
]


@pytest.mark.parametrize("text,target,twin", CASES)
def test_round10_flags(text, target, twin):
    assert_flag(text, target)


@pytest.mark.parametrize("text,target,twin", CASES)
def test_round10_twins_clean(text, target, twin):
    assert problems(twin) == [], [(f.rule, f.message) for f in problems(twin)]


NEAR_MISSES = [
    # a change after the part, not a share
    "The hospital postponed 2,310 operations in January, 14% more than the 2,026 it postponed in December.",
    "Some 1,540 jobs were lost in December, 14% more than the 1,350 lost in November.",
    "Some 1,540 jobs were cut in 2024, 14% of them in London.",
    # a share of the part, not of the whole
    "The trust treated 2,310 patients in January, 14% of them in the new wing.",
    # no part set apart: a change, a part of a subset
    "A third of the 1,800 members are aged over 65 - up from 400 in 2015.",
    "Half of the 640 staff have worked there for over 10 years - 200 more than in 2010.",
    "A quarter of the 2,000 members are over 70 - 300 in Spain alone - and vote by post.",
    # another subject after "but": "them" is not sure to be the first count
    "The library holds 9,000 maps but the archive shows 900 of them – one in five – each year.",
    # a change, not a share
    "The index closed at 2,520 and rose 120 points, or 5 per cent.",
    "The firm made 2,400 cars and sold 120 abroad, or 0.5% more than last year.",
    "Some 3,000 homes were checked and around 450 had damp, or 15% more than last year.",
    # "of all NOUN" naming those "them" stands for
    "Of the 840 pupils who sat the exam, 630 passed. Some 210 of them got top grades, a third of all passes.",
    # another thing counted beside the whole, a change before it
    "The firm has 1,460 staff. Some 73 new homes were built, or 0.5 per cent.",
    "Sales rose by 1,460 cars. Some 73 were recalled, or 0.5 per cent.",
    "The council has 3,000 homes and 450 flats, or 15%.",
    "The firm employs 2,400 staff and 120 contractors, or 0.5%.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_round10_near_misses_clean(text):
    assert problems(text) == [], [(f.rule, f.message) for f in problems(text)]


def test_a_list_set_apart_is_no_single_part():
    # "- 120 boys and 180 girls": the part is the list's sum, not its first figure
    text = "A third of the 900 pupils are in Year 7 - 120 boys and 180 girls."
    assert not [f for f in problems(text) if f.rule == "FC201"]

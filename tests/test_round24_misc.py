"""Round 24 (percents, shares and units helper): the narrow requirements that left each learning miss unread,
relaxed -- the metric volumes of water supply read as units ("187 megalitres (about 41 million gallons)", "30
kilolitres"; grammars/units.lark; written out only: "40 ML models" is no volume), converted to either gallon; a share after
"by" in the passive read as who did it, not as the size of a change, when its own "of" whole follows ("was backed by
three in five of the 145 delegates, 58 in all": ``shares._passive_agent_share``); shares naming each answer's MAIN
one ("58% relied mainly on gas ..., 27% on heating oil and 22% on electricity", "their main concern": one whole,
``percents._one_main_answer``); and "SUBJECT made up SHARE of the total, or PART NOUN" with the total the one earlier
figure counting the part's own noun, a level compared against ("short of the record 2.05 million") no rival total
(``shares._share_of_total_at_part``, ``shares._compared_level``).  Every flagged row has a clean twin (the same text
with consistent figures); rows are (flagged, clean, target, rule)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _check(flagged, clean, target, rule, published=None):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


# a metric volume of water (megalitres, gigalitres, kilolitres) restated in gallons or litres
MEGALITRES = [

    ("The utility lost 230 megalitres (about 80 million gallons) of water a day through leaks, the regulator said.",
     "The utility lost 230 megalitres (about 51 million gallons) of water a day through leaks, the regulator said.",
     "about 80 million gallons", "FC601"),
    ("When full, the dam holds 3.5 gigalitres, or roughly 1.2 billion gallons.",
     "When full, the dam holds 3.5 gigalitres, or roughly 770 million gallons.",
     "roughly 1.2 billion gallons", "FC601"),
    ("Each tanker carries 30 kilolitres (about 11,000 gallons) of diesel.",
     "Each tanker carries 30 kilolitres (about 6,600 gallons) of diesel.",
     "about 11,000 gallons", "FC601"),
    ("The old mains leaked 25 million gallons (about 150 megalitres) a day before the repairs.",
     "The old mains leaked 25 million gallons (about 114 megalitres) a day before the repairs.",
     "about 150 megalitres", "FC601"),
    ("The plant recycles 45 megaliters (15.9 million gallons) of wastewater daily.",
     "The plant recycles 45 megaliters (11.9 million gallons) of wastewater daily.",
     "15.9 million gallons", "FC601"),
    ("An Olympic pool holds 2.5 megalitres (25 million litres) of water.",
     "An Olympic pool holds 2.5 megalitres (2.5 million litres) of water.",
     "25 million litres", "FC601"),
    ("Leakage fell to ninety megalitres (about 30 million gallons) a day last year.",
     "Leakage fell to ninety megalitres (about 20 million gallons) a day last year.",
     "about 30 million gallons", "FC601"),
    ("Engineers drained the 500-megalitre reservoir (150 million gallons) over a week.",
     "Engineers drained the 500-megalitre reservoir (110 million gallons) over a week.",
     "150 million gallons", "FC601"),
    ("On Monday demand hit 2,140 megalitres, equivalent to about 700 million gallons, officials said.",
     "On Monday demand hit 2,140 megalitres, equivalent to about 470 million gallons, officials said.",
     "about 700 million gallons", "FC601"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", MEGALITRES)
def test_metric_volume_converted(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# "was VERBed by SHARE of the BASE", then the part ("N in all", "or N people", "(N)")
PASSIVE_AGENT = [

    ("The proposal was supported by 70% of the 340 tenants who voted, 204 in total, the association said.",
     "The proposal was supported by 60% of the 340 tenants who voted, 204 in total, the association said.",
     "70%", "FC201"),
    ("The strike was backed by two-thirds of the 900 drivers balloted - 450 in all - and begins on Monday.",
     "The strike was backed by half of the 900 drivers balloted - 450 in all - and begins on Monday.",
     "two-thirds", "FC201"),
    ("The new timetable was opposed by a quarter of the 80 councillors, 30 in all.",
     "The new timetable was opposed by a quarter of the 80 councillors, 20 in all.",
     "a quarter", "FC201"),
    ("Officials said the scheme had been used by 40 per cent of the 2,500 eligible households, some 1,500 homes.",
     "Officials said the scheme had been used by 60 per cent of the 2,500 eligible households, some 1,500 homes.",
     "40 per cent", "FC201"),
    ("In 2024 the bus service was used by 45% of the 12,000 residents, or 3,600 people.",
     "In 2024 the bus service was used by 30% of the 12,000 residents, or 3,600 people.",
     "45%", "FC201"),
    ("The rule change was endorsed by one in four of the 1,600 members, 600 in total.",
     "The rule change was endorsed by one in four of the 1,600 members, 400 in total.",
     "one in four", "FC201"),
    ("The ban was approved by 55% (330) of the 800 residents polled.",
     "The ban was approved by 55% (440) of the 800 residents polled.",
     "55%", "FC201"),
    ("The pay deal was accepted by nearly half of the 3,000 staff, about 900 people.",
     "The pay deal was accepted by nearly half of the 3,000 staff, about 1,400 people.",
     "nearly half", "FC201"),
    ("The letter was signed by 70% of the 210 doctors at the hospital, 189 in all.",
     "The letter was signed by 90% of the 210 doctors at the hospital, 189 in all.",
     "70%", "FC201"),
    ("A petition signed by a fifth of the town's 15,000 voters, 4,500 in all, was handed in on Friday.",
     "A petition signed by a fifth of the town's 15,000 voters, 3,000 in all, was handed in on Friday.",
     "a fifth", "FC201"),
    ("The award was chosen by three in ten of the 2,000 readers, 900 in all.",
     "The award was chosen by three in ten of the 2,000 readers, 600 in all.",
     "three in ten", "FC201"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", PASSIVE_AGENT)
def test_share_after_passive_by(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# each share one MAIN answer ("mainly", "chiefly", "their main NOUN"): they cannot pass 100%
MAIN_ANSWER = [

    ("A survey of 4,000 homes found that 61% relied mainly on gas for heating, 29% on oil and 18% on electricity.",
     "A survey of 4,000 homes found that 61% relied mainly on gas for heating, 29% on oil and 8% on electricity.",
     "18%", "FC202"),
    ("Of the 2,400 commuters questioned in 2024, 61% travelled mainly by car, 30% by train and 17% by bus.",
     "Of the 2,400 commuters questioned in 2024, 61% travelled mainly by car, 30% by train and 7% by bus.",
     "17%", "FC202"),
    ("Asked about their boilers, 52% said they heated their homes mainly with gas, 35% with oil and 20% with electricity.",
     "Asked about their boilers, 52% said they heated their homes mainly with gas, 35% with oil and 10% with electricity.",
     "20%", "FC202"),
    ("Some 55 per cent of pupils got to school mainly on foot, 30 per cent by car and 20 per cent by bus, the study found.",
     "Some 55 per cent of pupils got to school mainly on foot, 30 per cent by car and 10 per cent by bus, the study found.",
     "20 per cent", "FC202"),
    ("Asked how they paid the bills, 48% said they relied chiefly on savings, 37% on a pension and 21% on benefits.",
     "Asked how they paid the bills, 48% said they relied chiefly on savings, 37% on a pension and 11% on benefits.",
     "21%", "FC202"),
    ("In the poll, 46% said crime was their main concern, 38% prices and 25% housing.",
     "In the poll, 46% said crime was their main concern, 38% prices and 15% housing.",
     "25%", "FC202"),
    ("Of the 900 growers, 64% sell mostly to supermarkets, 30% to wholesalers and 12% to local shops.",
     "Of the 900 growers, 64% sell mostly to supermarkets, 30% to wholesalers and 6% to local shops.",
     "12%", "FC202"),
    ("Nearly 70% of staff now work mainly from home and 38% from the office, the firm said.",
     "Nearly 70% of staff now work mainly from home and 28% from the office, the firm said.",
     "38%", "FC202"),
    ("Staff at the 12 depots reported that 57% of deliveries went mainly by van, 33% by bike and 15% on foot.",
     "Staff at the 12 depots reported that 57% of deliveries went mainly by van, 33% by bike and 10% on foot.",
     "15%", "FC202"),
    ("About 60% of visitors arrived mainly by car, around 30% by coach and roughly 20% by rail.",
     "About 60% of visitors arrived mainly by car, around 30% by coach and roughly 10% by rail.",
     "roughly 20%", "FC202"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", MAIN_ANSWER)
def test_main_answers_one_whole(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# "SUBJECT made up SHARE of the total, or PART NOUN", the total earlier, a compared level beside it
TOTAL_OR_PART = [

    ("The port handled 2.4 million containers in 2024, up from 2.1 million. Exports made up 70% of the total, or "
     "1.2 million containers.",
     "The port handled 2.4 million containers in 2024, up from 2.1 million. Exports made up 50% of the total, or "
     "1.2 million containers.", "70%", "FC201"),
    ("The museum welcomed 840,000 visitors last year.\n\nThat was still short of the record 910,000 visitors in 2019.\n\n"
     "Schoolchildren made up 40% of the total, or 210,000 visitors, the trust said.",
     "The museum welcomed 840,000 visitors last year.\n\nThat was still short of the record 910,000 visitors in 2019.\n\n"
     "Schoolchildren made up 25% of the total, or 210,000 visitors, the trust said.", "40%", "FC201"),
    ("The charity answered 52,000 calls in 2024, fewer than the peak of 61,000 calls in 2020. Calls about debt "
     "accounted for 30% of the total, or 13,000 calls.",
     "The charity answered 52,000 calls in 2024, fewer than the peak of 61,000 calls in 2020. Calls about debt "
     "accounted for 25% of the total, or 13,000 calls.", "30%", "FC201"),
    ("The race drew 6,200 runners, against 5,400 runners a year earlier. Women were 40% of the total, or 3,100 runners.",
     "The race drew 6,200 runners, against 5,400 runners a year earlier. Women were 50% of the total, or 3,100 runners.",
     "40%", "FC201"),
    ("The bridge carried 96,000 vehicles a day in May, below the high of 104,000 vehicles in August. Cars made up "
     "about 70% of the total, or some 48,000 vehicles.",
     "The bridge carried 96,000 vehicles a day in May, below the high of 104,000 vehicles in August. Cars made up "
     "about 50% of the total, or some 48,000 vehicles.", "about 70%", "FC201"),
    ("The trust taught 600 pupils this year, more than the 540 pupils it had in 2022. Boys made up a third of the "
     "total, or 300 pupils.",
     "The trust taught 600 pupils this year, more than the 540 pupils it had in 2022. Boys made up half of the "
     "total, or 300 pupils.", "a third", "FC201"),
    ("Hospitals treated 41,000 patients in the winter - compared with 38,000 patients a year before. Over-75s "
     "accounted for 35 per cent of the total, or 8,200 patients.",
     "Hospitals treated 41,000 patients in the winter - compared with 38,000 patients a year before. Over-75s "
     "accounted for 20 per cent of the total, or 8,200 patients.", "35 per cent", "FC201"),
    ("Ferries carried 1.3 million passengers on the route last year, below the 1.5 million passengers of 2019, the operator said. Foot passengers made up "
     "45% of the total, or 390,000 passengers.",
     "Ferries carried 1.3 million passengers on the route last year, below the 1.5 million passengers of 2019, the operator said. Foot passengers made up "
     "30% of the total, or 390,000 passengers.", "45%", "FC201"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", TOTAL_OR_PART)
def test_share_of_total_or_part_named(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)

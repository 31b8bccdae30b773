"""Round 23 (changes, percents and shares helper): the narrow requirements that left each learning miss unread,
relaxed -- a "SHARE of the total" whose whole is two sentences back in its paragraph, a sentence without figures
between (``shares._past_figureless``; not from another paragraph, where the figure may be a detail or another
scope's whole: see test_round17_lead); the lead's share beside the level it rose from ("65% ..., up from 61%") and a count
inside the whole's own qualifier ("Of the 1,845 pupils at its six schools, 1,299 ...") before the next sentence's
part (``shares._lead_share_then_whole``); a run of shares the sentence names as a split ("were split three ways:")
read as answers to one question even when an answer holds a measure or a change word (``percents._split_named``);
and a year before a dash and a scaled figure ("as it did in 2010 - 6.3 million tonnes") read as a year, not as
a range (``extract._descending_scaled``).  Every flagged row has a clean twin (the same text with consistent
figures); rows are (flagged, clean, target, rule)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _check(flagged, clean, target, rule, published=None):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


# the total, then a sentence with no figure, then the part and "SHARE of the total"
TOTAL_PAST_SENTENCE = [
    ("The museum sold 240,000 tickets last year. Most of the rise came from school trips. School groups made "
     "72,000 visits, or 40% of the total.",
     "The museum sold 240,000 tickets last year. Most of the rise came from school trips. School groups made "
     "72,000 visits, or 30% of the total.", "40%", "FC201"),
    ("The food bank handed out 18,400 parcels in 2024. Demand peaked in the winter months. Families with children "
     "took 5,500 boxes, about 40% of the total.",
     "The food bank handed out 18,400 parcels in 2024. Demand peaked in the winter months. Families with children "
     "took 5,500 boxes, about 30% of the total.", "40%", "FC201"),
    ("Rangers recorded 9,600 visitors at the reserve, the trust said. Spring was the busiest season. "
     "Birdwatchers made up 2,400, a third of the total.",
     "Rangers recorded 9,600 visitors at the reserve, the trust said. Spring was the busiest season. "
     "Birdwatchers made up 2,400, a quarter of the total.", "a third", "FC201"),
    ("The helpline took 52,000 calls in the year to March. Staff said the evenings were hardest. Calls about debt "
     "numbered 13,000 - some 35% of the total.",
     "The helpline took 52,000 calls in the year to March. Staff said the evenings were hardest. Calls about debt "
     "numbered 13,000 - some 25% of the total.", "35%", "FC201"),
    ("The airport handled 3.2 million passengers. Most of them flew to Spain. Business travellers accounted for "
     "800,000, or 35% of the total.",
     "The airport handled 3.2 million passengers. Most of them flew to Spain. Business travellers accounted for "
     "800,000, or 25% of the total.", "35%", "FC201"),
    ("The council received 6,000 complaints last year, it said on Monday. Noise was the main cause. Complaints "
     "about parking came to 1,500, or 20% of the total, officials said.",
     "The council received 6,000 complaints last year, it said on Monday. Noise was the main cause. Complaints "
     "about parking came to 1,500, or 25% of the total, officials said.", "20%", "FC201"),
    ("In 2023 the clinic saw 4,800 patients. Waiting times fell sharply. Children accounted for 1,200 visits, "
     "or nearly a third of the total.",
     "In 2023 the clinic saw 4,800 patients. Waiting times fell sharply. Children accounted for 1,200 visits, "
     "or a quarter of the total.", "nearly a third", "FC201"),
    ("The scheme planted 15,000 trees. Volunteers did most of the work. Oaks, at 6,000, made up 25% of the total.",
     "The scheme planted 15,000 trees. Volunteers did most of the work. Oaks, at 6,000, made up 40% of the total.",
     "25%", "FC201"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", TOTAL_PAST_SENTENCE)
def test_share_of_total_past_a_sentence_without_figures(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# the headline's and lead's share, the level it rose from beside it, then "Of the BASE NOUN at its N places, PART"
_HEAD = "Trust's exam pass rate climbs to 60%\n\n"
LEAD_SHARE_WHOLE = [
    (_HEAD + "The trust said 60% of its pupils passed both English and maths this summer, up from 55% last year.\n\n"
     "Of the 2,000 pupils who sat exams at its six schools, 1,300 passed both subjects.",
     _HEAD + "The trust said 60% of its pupils passed both English and maths this summer, up from 55% last year.\n\n"
     "Of the 2,000 pupils who sat exams at its six schools, 1,200 passed both subjects.", "60% of", "FC201"),
    (_HEAD + "The trust said 60% of its pupils passed both English and maths, up from 55%.\n\n"
     "Of the 2,000 pupils who sat exams, 1,300 passed both subjects.",
     _HEAD + "The trust said 60% of its pupils passed both English and maths, up from 55%.\n\n"
     "Of the 2,000 pupils who sat exams, 1,200 passed both subjects.", "60% of", "FC201"),
    (_HEAD + "Overall, 60% of the trust's pupils passed English and maths, compared with 55% a year ago.\n\n"
     "Of the 2,000 pupils entered at its 6 schools, 1,300 passed both.",
     _HEAD + "Overall, 60% of the trust's pupils passed English and maths, compared with 55% a year ago.\n\n"
     "Of the 2,000 pupils entered at its 6 schools, 1,200 passed both.", "60% of", "FC201"),
    (_HEAD + "The trust said 60% of its pupils passed both English and maths.\n\n"
     "Of the 2,000 pupils who sat exams at its four schools, 1,300 passed in both subjects.",
     _HEAD + "The trust said 60% of its pupils passed both English and maths.\n\n"
     "Of the 2,000 pupils who sat exams at its four schools, 1,200 passed in both subjects.", "60% of", "FC201"),
    ("Clinic hits 80% target for scans\n\nThe clinic said 80% of its patients were scanned within six weeks, up from "
     "72% last year.\n\nOf the 5,000 patients referred to its three units, 3,500 were scanned in time.",
     "Clinic hits 80% target for scans\n\nThe clinic said 80% of its patients were scanned within six weeks, up from "
     "72% last year.\n\nOf the 5,000 patients referred to its three units, 4,000 were scanned in time.",
     "80% of", "FC201"),
    ("Bus punctuality rises to 90%\n\nThe operator said 90% of its buses arrived on time in May, up from 84%.\n\n"
     "Of the 12,000 journeys planned on its eight routes, 9,600 arrived on time.",
     "Bus punctuality rises to 90%\n\nThe operator said 90% of its buses arrived on time in May, up from 84%.\n\n"
     "Of the 12,000 journeys planned on its eight routes, 10,800 arrived on time.", "90% of", "FC201"),
    ("Recycling rate reaches 45%\n\nThe council said 45% of its household waste was recycled last year, up from "
     "41%, officials said.\n\nOf the 80,000 tonnes collected from its 12 depots, 28,000 tonnes were recycled.",
     "Recycling rate reaches 45%\n\nThe council said 45% of its household waste was recycled last year, up from "
     "41%, officials said.\n\nOf the 80,000 tonnes collected from its 12 depots, 36,000 tonnes were recycled.",
     "45% of", "FC201"),
    ("Planning approvals rise to 70%\n\nThe council said 70% of its planning applications were approved this "
     "year, up from 62%.\n\nOf the 900 applications made at its two offices, 540 were approved.",
     "Planning approvals rise to 70%\n\nThe council said 70% of its planning applications were approved this "
     "year, up from 62%.\n\nOf the 900 applications made at its two offices, 630 were approved.", "70% of", "FC201"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", LEAD_SHARE_WHOLE)
def test_lead_share_then_whole_past_the_old_level_and_qualifier(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# a run of shares the sentence names as a split before a colon or dash
SPLIT_NAMED = [
    ("Parents were split three ways in the survey: 45% said the school day should stay at six hours, 30% wanted "
     "it cut to five hours and 32% favoured a later start only.",
     "Parents were split three ways in the survey: 45% said the school day should stay at six hours, 30% wanted "
     "it cut to five hours and 25% favoured a later start only.", "32%", "FC2"),
    ("Members were divided: 52% wanted the fee cut, 31% wanted it kept and 24% wanted it scrapped.",
     "Members were divided: 52% wanted the fee cut, 31% wanted it kept and 17% wanted it scrapped.", "24%", "FC2"),
    ("Drivers were split three ways - 40% backed a limit of 20mph, 38% preferred 30mph and 29% wanted no change.",
     "Drivers were split three ways - 40% backed a limit of 20mph, 38% preferred 30mph and 22% wanted no change.",
     "29%", "FC2"),
    ("Tenants were sharply divided, the landlord said: 55% wanted the rent frozen, 30% asked for it cut and 25% "
     "backed a rise.",
     "Tenants were sharply divided, the landlord said: 55% wanted the rent frozen, 30% asked for it cut and 15% "
     "backed a rise.", "25%", "FC2"),
    ("Anglers are split two ways: 61% want the bag limit reduced to four fish and 47% want it kept at six.",
     "Anglers are split two ways: 61% want the bag limit reduced to four fish and 39% want it kept at six.",
     "47%", "FC2"),
    ("Staff were split four ways on the rota: 35% wanted it kept, 30% wanted shifts cut to eight hours, 25% backed nights only "
     "and 20% wanted it cut.",
     "Staff were split four ways on the rota: 35% wanted it kept, 30% wanted shifts cut to eight hours, 25% backed nights only "
     "and 10% wanted it cut.", "20%", "FC2"),
    ("Voters were evenly split: 48% wanted the tax cut, 44% wanted it raised and 16% were unsure.",
     "Voters were evenly split: 48% wanted the tax cut, 44% wanted it raised and 8% were unsure.", "16%", "FC2"),
    ("Residents were split three ways over the bridge: 50% wanted the toll cut to £1, 35% wanted it raised to £3 "
     "and 25% wanted it scrapped.",
     "Residents were split three ways over the bridge: 50% wanted the toll cut to £1, 35% wanted it raised to £3 "
     "and 15% wanted it scrapped.", "25%", "FC2"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", SPLIT_NAMED)
def test_named_split_of_answers(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# a year before a dash and a scaled figure: the year, then the new level (no range "2010 million to 6.3 million")
YEAR_DASH_SCALED = [
    ("The depot now ships three times as much grain as it did in 2012 - 4.4 million tonnes a year, against 2.2 "
     "million.",
     "The depot now ships twice as much grain as it did in 2012 - 4.4 million tonnes a year, against 2.2 million.",
     "three times", "FC3"),
    ("The brewery now makes four times as much beer as it did in 2015 - 1.2 million litres, against 400,000.",
     "The brewery now makes three times as much beer as it did in 2015 - 1.2 million litres, against 400,000.",
     "four times", "FC3"),
    ("The fleet now flies three times as far as in 2009 - 8.8 million km a year, compared with 2.2 "
     "million.",
     "The fleet now flies four times as far as in 2009 - 8.8 million km a year, compared with 2.2 "
     "million.", "three times", "FC3"),
    ("The farm grows twice as much wheat as it did in 2016 - 3.6 million kg a year, against 1.2 million.",
     "The farm grows three times as much wheat as it did in 2016 - 3.6 million kg a year, against 1.2 million.",
     "twice", "FC3"),
    ("The plant treats five times as much water as it did in 2008 - 9.6 million litres a day, against 3.2 million.",
     "The plant treats three times as much water as it did in 2008 - 9.6 million litres a day, against 3.2 million.",
     "five times", "FC3"),
    ("The lake now holds twice as much water as it did in 2011 - 6.3 million gallons, up from 2.1 million, the "
     "water board said.",
     "The lake now holds three times as much water as it did in 2011 - 6.3 million gallons, up from 2.1 million, the "
     "water board said.", "twice", "FC3"),
    ("The buses now cover four times the distance they did in 2014 - 2.7 million miles a year, against 900,000.",
     "The buses now cover three times the distance they did in 2014 - 2.7 million miles a year, against 900,000.",
     "four times", "FC3"),
    ("The mill produces three times as much paper as it did in 2013 - 1.6 million tonnes, compared with 400,000.",
     "The mill produces four times as much paper as it did in 2013 - 1.6 million tonnes, compared with 400,000.",
     "three times", "FC3"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", YEAR_DASH_SCALED)
def test_year_dash_scaled_level(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# the whole two sentences back must be that sentence's main figure: another period's in a clause of its own is not
# the total ("last year's show, which sold 41,200 seats" ... "11,300 tickets, or 23% of the total")
NOT_THE_TOTAL = [
    "Sales were up 15% on last year's show, which sold 30,000 seats. Schools were a big part of the audience. "
    "Some 9,000 tickets, or 26% of the total, went to school parties.",
    "The fair beat the 2019 record, when organisers counted 52,000 visitors. Families came in large numbers. "
    "Children accounted for 18,000 visits, or 30% of the total.",
    "Turnout was higher than in the previous election, which drew 41,000 voters. Young people turned out in force. "
    "About 11,000 ballots, or 24% of the total, were cast by under-25s.",
]


@pytest.mark.parametrize("text", NOT_THE_TOTAL)
def test_share_of_total_not_another_periods_whole(text):
    assert_clean(text)



# the definite change sized before its noun ("The 2.7p rise"), in the paragraph after the move's, the size again
# as a percentage after ", worth", and a count of other things in the move's sentence
DEFINITE_NEXT_PARAGRAPH = [
    ("The dairy, owned by 900 farmers, will pay 40.0p a litre from May, up from 36.0p.\n\n"
     "The 3.0p rise was announced on Monday.",
     "The dairy, owned by 900 farmers, will pay 40.0p a litre from May, up from 36.0p.\n\n"
     "The 4.0p rise was announced on Monday.", "3.0p", "FC301"),
    ("Fares on the ferry will go up to £8.40 in April, up from £7.60.\n\nThe 60p rise, worth 10.5%, was approved "
     "by the board.",
     "Fares on the ferry will go up to £8.40 in April, up from £7.60.\n\nThe 80p rise, worth 10.5%, was approved "
     "by the board.", "60p", "FC301"),
    ("The club, which has 2,300 members, will charge £126 a year from June, up from £104.\n\n"
     "The £32 increase is the first since 2019.",
     "The club, which has 2,300 members, will charge £126 a year from June, up from £104.\n\n"
     "The £22 increase is the first since 2019.", "£32", "FC301"),
    ("The council will charge £2.50 an hour to park in the centre, up from £2.00.\n\n"
     "The 50p rise, worth 30%, takes effect on Monday, officials said.",
     "The council will charge £2.50 an hour to park in the centre, up from £2.00.\n\n"
     "The 50p rise, worth 25%, takes effect on Monday, officials said.", "30%", "FC203"),
    ("Growers will receive £312 a tonne for wheat, up from £287, the mill said.\n\n"
     "The £45 increase - worth 9% - follows a poor harvest.",
     "Growers will receive £312 a tonne for wheat, up from £287, the mill said.\n\n"
     "The £25 increase - worth 9% - follows a poor harvest.", "£45", "FC301"),
    ("The trust, with 14 branches, will pay staff £12.60 an hour, up from £11.90.\n\n"
     "The 90p rise was agreed with the unions.",
     "The trust, with 14 branches, will pay staff £12.60 an hour, up from £11.90.\n\n"
     "The 70p rise was agreed with the unions.", "90p", "FC301"),
    ("The brewer will sell a pint for £5.20 in its 40 pubs, up from £4.90.\n\n"
     "The 20p increase, worth 6.1%, starts next week.",
     "The brewer will sell a pint for £5.20 in its 40 pubs, up from £4.90.\n\n"
     "The 30p increase, worth 6.1%, starts next week.", "20p", "FC301"),
    ("Tickets for the 12 home games will cost £36, down from £41.\n\nThe £3 cut was welcomed by fans.",
     "Tickets for the 12 home games will cost £36, down from £41.\n\nThe £5 cut was welcomed by fans.",
     "£3", "FC301"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", DEFINITE_NEXT_PARAGRAPH)
def test_definite_change_in_the_next_paragraph(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)

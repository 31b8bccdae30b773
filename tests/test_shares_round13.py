"""Round 13, shares: the whole's clause reported after "found that", "said that" opens as a
sentence does ("A poll showed that of the 420 members who replied, 150, nearly a third, ...")."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (flag text, target, clean twin)
REPORTED_LEAD = [
    ("A poll by the federation showed that of the 420 members who replied, 150, nearly a third, expect to cut "
     "staff.", "nearly a third",
     "A poll by the federation showed that of the 420 members who replied, 135, nearly a third, expect to cut "
     "staff."),
    ("The inspectors reported that of the 64 care homes visited, 12 - about a tenth - were inadequate.",
     "about a tenth",
     "The inspectors reported that of the 64 care homes visited, 7 - about a tenth - were inadequate."),
    ("The audit found that among the 1,250 claims checked, 410, or 28%, had errors.", "28%",
     "The audit found that among the 1,250 claims checked, 350, or 28%, had errors."),
    ("Officials said that out of the 96 bridges inspected, 30, a quarter of them, needed repairs.", "a quarter",
     "Officials said that out of the 96 bridges inspected, 24, a quarter of them, needed repairs."),
    ("The study concluded that of the 3,400 patients treated, 950 (25%) relapsed within a year.", "25%",
     "The study concluded that of the 3,400 patients treated, 850 (25%) relapsed within a year."),
]


@pytest.mark.parametrize("text,target,twin", REPORTED_LEAD)
def test_reported_lead(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)


# a whole named again by its noun ("Of the parcels", "of this year's runners") or by "those", its count stated
# in an earlier sentence: (flag text, target, clean twin)
NAMED_WHOLE = [
    ("The charity delivered 2,400 food parcels over the winter. Of the parcels, 900, almost a third, went to "
     "pensioners.", "almost a third",
     "The charity delivered 2,400 food parcels over the winter. Of the parcels, 780, almost a third, went to "
     "pensioners."),
    ("Ferries carried 18,500 passengers on Saturday. Nearly half of the passengers - about 6,100 - were "
     "day-trippers.", "Nearly half",
     "Ferries carried 18,500 passengers on Saturday. Nearly half of the passengers - about 8,900 - were "
     "day-trippers."),
    ("The council inspected 640 rented homes this year. Of those homes, 210 failed the standard, or 22%.", "22%",
     "The council inspected 640 rented homes this year. Of those homes, 141 failed the standard, or 22%."),
    ("Some 3,200 runners entered the marathon this year. About one in five of this year's runners, 410, came "
     "from abroad.", "About one in five",
     "Some 3,200 runners entered the marathon this year. About one in five of this year's runners, 640, came "
     "from abroad."),
    ("The survey covered 1,500 firms across the region. Of these firms, 600 - or 30% - plan to hire.", "30%",
     "The survey covered 1,500 firms across the region. Of these firms, 450 - or 30% - plan to hire."),
    ("The trust's two units saw 9,840 attendances: 6,120 at the General and 3,720 at St Ann's. Of those "
     "patients, 7,985 were seen within four hours, or 72%.", "72%",
     "The trust's two units saw 9,840 attendances: 6,120 at the General and 3,720 at St Ann's. Of those "
     "patients, 7,085 were seen within four hours, or 72%."),
]

# near misses: another place or time, a sub-group, a relative clause, a change: silent
NAMED_WHOLE_CLEAN = [
    "Scotland has 2,400 primary schools. In Glasgow, a third of the schools, 98, are over capacity.",
    "The firm employs 4,000 staff. Half of the staff in Leeds, 900, work part-time.",
    "The school has 1,200 pupils. Of the pupils who passed, 90, a third, got top marks.",
    "The museum had 1.2 million visitors in 2023. Almost a third of this year's visitors, 250,000, came from abroad.",
    "The region has 12,000 nurses, and 3,000 of them work nights. Of the nurses, 900, almost a third, are agency "
    "staff.",
    "The college had 5,000 students. Of those, 300 were late, or 12% more than last year.",
    # "those patients" may be an earlier count of patients than the sentence before's
    "The hospital treated 9,000 patients last year. Its A&E unit saw 4,000 at weekends. Of those patients, 2,000, "
    "or 22%, were children.",
]


@pytest.mark.parametrize("text,target,twin", NAMED_WHOLE)
def test_whole_named_by_its_noun(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)


@pytest.mark.parametrize("text", NAMED_WHOLE_CLEAN)
def test_whole_named_near_misses(text):
    assert_clean(text)


# loosened guards: the part's clause before ", or SHARE" after "of which"; "ADJ to VERB" after "of them";
# a vote's share after a side taken; a whole of "people" beside a share of a named group
LOOSENED = [
    ("Iron ore exports totalled 96 million tonnes in the year, of which 72 million tonnes went to China, or 65 per "
     "cent of the total.", "65 per cent",
     "Iron ore exports totalled 96 million tonnes in the year, of which 72 million tonnes went to China, or 75 per "
     "cent of the total."),
    ("The firm sold £96 million of ore, of which £72 million went to buyers in China, or 65 per cent.", "65 per cent",
     "The firm sold £96 million of ore, of which £72 million went to buyers in China, or 75 per cent."),
    ("The charity raised £2.4m last year, with £900,000 coming from legacies, or almost half.", "almost half",
     "The charity raised £2.4m last year, with £1.1m coming from legacies, or almost half."),
    ("The port handled 4,200 ships, of which 1,900 sailed under foreign flags - or nearly a third.", "nearly a third",
     "The port handled 4,200 ships, of which 1,300 sailed under foreign flags - or nearly a third."),
    ("Surveyors who checked 8,600 homes after the floods found 2,950 of them unfit to occupy, or 24.3 per cent.",
     "24.3 per cent",
     "Surveyors who checked 8,600 homes after the floods found 2,090 of them unfit to occupy, or 24.3 per cent."),
    ("The agency reviewed 860 claims and found 300 of them fit to pay, or 25%.", "25%",
     "The agency reviewed 860 claims and found 215 of them fit to pay, or 25%."),
    ("Of the 1,250 bus drivers balloted, 830 voted to strike, a yes vote of 72%, the union said.", "72%",
     "Of the 1,250 bus drivers balloted, 900 voted to strike, a yes vote of 72%, the union said."),
    ("Of the 640 nurses balloted, 410 backed the deal - a 72% yes vote.", "72%",
     "Of the 640 nurses balloted, 461 backed the deal - a 72% yes vote."),
    ("One in five savers — 3.2 million of the 11 million people with a workplace pension — has not checked their "
     "pot.", "One in five",
     "One in five savers — 2.2 million of the 11 million people with a workplace pension — has not checked their "
     "pot."),
    ("Two in five voters, 12,000 of the 20,000 people polled, back the plan.", "Two in five",
     "Two in five voters, 8,000 of the 20,000 people polled, back the plan."),
]

LOOSENED_CLEAN = [
    # a vote's share of those voting, not of those balloted
    "Of the 1,250 members balloted, 830 voted, with a yes vote of 72%.",
    # a change after ", or"; another whole
    "The port handled 4,200 ships, of which 1,300 sailed under foreign flags, or 12% more than last year.",
    "The port handled 4,200 ships, of which 1,300 sailed from Spain, or 40% of the Spanish total.",
]


@pytest.mark.parametrize("text,target,twin", LOOSENED)
def test_loosened_guards(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)


@pytest.mark.parametrize("text", LOOSENED_CLEAN)
def test_loosened_near_misses(text):
    assert_clean(text)


# PART ..., making up|representing SHARE of the NOUN: the whole named by its noun, stated before as a count of
# it or as its level ("The town's population grew to 52,000"): (flag text, target, clean twin)
MADE_UP_OF_NAMED = [
    ("The town's population grew to 52,000 in the census. Some 9,900 residents were children, making up 15% of "
     "the population.", "15%",
     "The town's population grew to 52,000 in the census. Some 7,800 residents were children, making up 15% of "
     "the population."),
    ("The charity's income was £5.2m last year. Legacies brought in £1.9m, representing 28% of the income.", "28%",
     "The charity's income was £5.2m last year. Legacies brought in £1.46m, representing 28% of the income."),
    ("The university enrolled 8,400 students this autumn. Some 2,300 came from abroad, making up 21% of the "
     "students.", "21%",
     "The university enrolled 8,400 students this autumn. Some 1,760 came from abroad, making up 21% of the "
     "students."),
]

# the share set apart after the part's short clause
MADE_UP_OF_NAMED += [
    ("The island's population rose to 18,400 last year. Some 4,100 residents were pensioners, 14% of the "
     "population.", "14%",
     "The island's population rose to 18,400 last year. Some 2,580 residents were pensioners, 14% of the "
     "population."),
    ("The trust employs 12,300 staff. About 2,900 are nurses - 31% of the staff.", "31%",
     "The trust employs 12,300 staff. About 3,800 are nurses - 31% of the staff."),
]

MADE_UP_OF_NAMED_CLEAN = [
    "The trust employs 12,300 staff. About 2,900 more are nurses, 31% of the staff.",
    "The trust employs 12,300 staff. About 2,900 are nurses and 31% of the staff are doctors.",
    "The trust employs 12,300 staff. At the main site, about 2,900 are nurses - 31% of the staff.",
    "The nation's population is 5.2 million. In the capital, 410,000 residents were pensioners, 24% of the "
    "population.",
    # another place's whole; far off in scale; a change, not the part; another owner's whole
    "The county's population is 300,000. In the main town, 40,000 residents were children, making up 30% of the "
    "population.",
    "The county's population is 300,000. Some 40,000 residents in the main town were children, making up 30% of "
    "the population.",
    "The national population is 67 million. Some 9,900 residents were children, making up 15% of the population.",
    "The club's membership rose to 4,000. Juniors numbered 900, up by 200, making up 22% of the membership.",
    "The firm's revenue was £80m. Its Asian arm made £12m, accounting for 40% of the division's revenue.",
    "The closures came as the number of items dispensed rose to 1.1 billion. Nearly two-thirds of the closures, "
    "684 in all, were in deprived areas.",
]


@pytest.mark.parametrize("text,target,twin", MADE_UP_OF_NAMED)
def test_made_up_of_named_whole(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)


@pytest.mark.parametrize("text", MADE_UP_OF_NAMED_CLEAN)
def test_made_up_of_named_near_misses(text):
    assert_clean(text)


# a school year named by a number word ("the 850 year six pupils") is no length of time: the count is the whole
YEAR_WORD = [
    ("Of the 850 year six pupils tested, 187 – 12% – could not swim 25 metres unaided, the survey found.", "12%",
     "Of the 850 year six pupils tested, 187 – 22% – could not swim 25 metres unaided, the survey found."),
    ("Some 62 of the 240 year nine students, about a third, chose French.", "about a third",
     "Some 80 of the 240 year nine students, about a third, chose French."),
]


@pytest.mark.parametrize("text,target,twin", YEAR_WORD)
def test_school_year_in_words(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)


def test_age_in_years_is_no_school_year():
    assert_clean("The 40 year old man was one of 12 arrested, a third of them locals.")


# a rate from two counts with a longer period between them and the rate
RATE_PERIOD = [
    ("The trainer sent out 96 winners from 412 runners over the jumps season, a strike rate of more than one in "
     "three.", "more than one in three",
     "The trainer sent out 150 winners from 412 runners over the jumps season, a strike rate of more than one in "
     "three."),
    ("The striker has scored 14 goals from 70 shots in the league this term, a conversion rate of 30%.", "30%",
     "The striker has scored 21 goals from 70 shots in the league this term, a conversion rate of 30%."),
]


@pytest.mark.parametrize("text,target,twin", RATE_PERIOD)
def test_rate_after_a_period(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)

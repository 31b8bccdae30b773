"""Round 32, sums: readings learnt from a never-tuned set (bf-sum), each written for its family -- variants of
other wording, numbers, order and units -- with clean twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. a whole placed in an accounting year ("for fiscal 2026", "for the financial year 2024-25", "for FY2027") is
# placed in time, not like its parts placed by purpose ("for teaching"): they are its parts, not its siblings
ACCOUNTING_YEAR_FLAG = [
    ("The university's £640m spending plan for financial year 2026 includes £310m for teaching, £190m for research "
     "and £180m for estates.", "£640m"),
    ("The state's $18.4 billion transport program for fiscal 2026 includes $9.1 billion for highways, $6.2 billion "
     "for transit and $4.3 billion for rail.", "$18.4 billion"),
    ("A €96 million package for the 2025 fiscal year includes €52 million for farmers, €31 million for fishermen and "
     "€21 million for foresters.", "€96 million"),
    ("Ministers set aside £1.2bn for the financial year 2024-25, including £700m for nurses, £380m for medicines and "
     "£250m for buildings.", "£1.2bn"),
    ("The county's $410 million capital plan for FY2027 includes $220 million for bridges, $130 million for schools "
     "and $95 million for parks.", "$410 million"),
]
ACCOUNTING_YEAR_CLEAN = [
    "The university's £640m spending plan for financial year 2026 includes £310m for teaching, £190m for research "
    "and £90m for estates.",
    "The state's $18.4 billion transport program for fiscal 2026 includes $9.1 billion for highways, $6.2 billion "
    "for transit and $2.3 billion for rail.",
    "The county's $410 million budget for fiscal 2027 compares with $390 million for fiscal 2026 and $370 million "
    "for fiscal 2025.",
    "The ministry had £1.2bn for the financial year 2024-25, £1.1bn for 2023-24 and £0.9bn for 2022-23.",
    "The trust's £86m budget for fiscal 2025 follows £80m for fiscal 2024 and £77m for fiscal 2023, figures show.",
]


@pytest.mark.parametrize("text,target", ACCOUNTING_YEAR_FLAG)
def test_whole_in_accounting_year_heads_purposes(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", ACCOUNTING_YEAR_CLEAN)
def test_whole_in_accounting_year_clean(text):
    assert_clean(text)


# 2. an irregular participle placed by a preposition after a figure is no noun ("8,100 hidden in lorries", "40 taken
# to hospital", "260 flown out"), so a part named by it counts what the whole counts; a comparative after such a
# participle and a preposition labels the part ("510 driven to higher ground"), no difference
PARTICIPLE_FLAG = [
    ("About 2,500 migrants were detected at the northern port over the course of last month, border officials said "
     "on Friday: 1,400 hidden in containers, 900 caught on trucks and 600 held on boats.", "About 2,500"),
    ("Roughly 940 cattle were rescued from the floodwaters over the weekend, according to the state agriculture "
     "department - 510 driven to higher ground, 330 taken by barge and 260 flown out by helicopter.", "Roughly 940"),
    ("Rescue crews reached 420 climbers on the range on Tuesday after the storm cleared, the national park service "
     "reported: 190 brought down by helicopter, 150 taken off on foot and 120 kept in mountain huts.", "420"),
    ("Customs seized 3,200 counterfeit handbags at the border during the spring, according to figures released by "
     "the agency: 1,900 hidden in vans, 1,100 sent by post and 600 stuffed in luggage.", "3,200"),
    ("Some 610 prisoners were moved out of the jail during the riot last week, according to the justice ministry: "
     "320 sent to other jails, 210 held in police cells and 180 kept in the prison hospital.", "Some 610"),
]
PARTICIPLE_CLEAN = [
    "About 2,500 migrants were detected at the northern port over the course of last month, border officials said "
    "on Friday: 1,400 hidden in containers, 600 caught on trucks and 500 held on boats.",
    "Roughly 940 cattle were rescued from the floodwaters over the weekend, according to the state agriculture "
    "department - 410 driven to higher ground, 330 taken by barge and 200 flown out by helicopter.",
    "Some 610 prisoners were moved out of the jail during the riot last week, according to the justice ministry: "
    "320 sent to other jails, 110 held in police cells and 180 kept in the prison hospital.",
    "Police found 14 hidden cameras and 9 stolen phones in the flat, and 40 taken to the lab were tested.",
    "The museum holds 3,200 items: 1,900 shown in the galleries and 1,300 kept in store.",
    "Some 610 prisoners were moved during the riot. In 2019, 320 were sent to other jails, 210 held in police cells "
    "and 180 kept in hospital.",
    "Customs seized 3,200 counterfeit handbags at the border during the spring, according to figures released by "
    "the agency, up from 1,900 a year earlier and 1,100 in 2022.",
    "He spent £4.8m more on extra staff, £2.1m on rent and £1.2m on repairs than the £6m he had planned.",
]


@pytest.mark.parametrize("text,target", PARTICIPLE_FLAG)
def test_participle_parts_count_the_whole(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", PARTICIPLE_CLEAN)
def test_participle_parts_clean(text):
    assert_clean(text)


# 3. a bracket after the total's clause holding only labelled figures, each label before its figure: parts of the
# total (maybe only the main ones), which may not exceed it; no benchmark, bound, period or year as a label
LABELLED_BRACKET_FLAG = [
    ("Sales of new homes reached 4,310 in the quarter (detached 1,920, semi-detached 1,640, terraced 980).", "4,310"),
    ("The festival sold 18,600 tickets this year (adult 12,400, child 4,100, family 2,900).", "18,600"),
    ("The clinic logged 2,740 visits in March (walk-in 1,630, scheduled 1,210).", "2,740"),
    ("Exports climbed to $8.6 billion [machinery $4.9 billion, chemicals $2.2 billion, food $1.9 billion], the trade "
     "office said.", "$8.6 billion"),
    ("A total of 1,150 runners finished the race (men 640, women 560).", "1,150"),
]
LABELLED_BRACKET_CLEAN = [
    "Sales of new homes reached 4,310 in the quarter (detached 1,920, semi-detached 1,640, terraced 750).",
    "The team scored 112 points (Smith 41, Jones 38).",
    "The clinic logged 2,740 visits in March (walk-in 1,530, scheduled 1,210).",
    "A total of 1,150 runners finished the race (men 610, women 540).",
    "Profit rose to £8.6m (2023: £7.9m, 2022: £7.1m).",
    "Exports climbed to $8.6 billion (up $1.2 billion, or 16%), the trade office said.",
    "Membership reached 4,310 (January 2,100, February 2,400).",
    "The festival sold 18,600 tickets (last year 17,900, 2022 16,400).",
    "The clinic logged 2,740 visits (previous year 2,610, target 2,900).",
    "Shares closed at 412 pence (high 430 pence, low 398 pence).",
    "Output reached 4,310 tonnes (target 4,000, forecast 4,200).",
    "The index ended at 7,410 (peak 7,650, average 7,380).",
    "Turnout was 3,120 (Labour 1,400, Greens 900).",
]


@pytest.mark.parametrize("text,target", LABELLED_BRACKET_FLAG)
def test_labelled_bracket_parts(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", LABELLED_BRACKET_CLEAN)
def test_labelled_bracket_clean(text):
    assert_clean(text)


# 4. what is left, named after ", with" by a label of up to twelve words ("with heavy lorries of every size from\n# across the region making up the remaining 1,900"), closes the list, past a count of other things in that label\n# ("with the candidates of the four smaller parties sharing the remaining 1,010")
REMAINING_LONG_LABEL_FLAG = [
    ('The charity raised £3.1m last year. Donations supplied £1.4m, legacies £0.9m and events £0.5m, with trading through its chain of high street shops bringing in the remaining £0.6m.',
     '£3.1m'),
    ("The district enrolled 12,400 students this fall. Elementary schools took 5,900 and middle schools 3,100, with the high schools of the district's eastern suburbs accounting for the remaining 3,800.",
     '12,400'),
    ('Of the 860 complaints received, 410 concerned delays and 220 concerned fares, with grievances about the conduct of staff on the trains making up the remaining 180.',
     '860'),
    ('Some 5,600 vehicles crossed the bridge on Saturday: 3,200 cars and 1,100 vans, with heavy lorries of every size from across the region making up the remaining 1,900.',
     'Some 5,600'),
    ('Turnout in the ward was 4,020. The Liberal Democrat candidate won 1,870 votes and the Conservative 1,240, with the candidates of the four smaller parties in the contest sharing the remaining 1,010.',
     '4,020'),
]
REMAINING_LONG_LABEL_CLEAN = [
    'The charity raised £3.1m last year. Donations supplied £1.4m, legacies £0.9m and events £0.5m, with trading through its chain of high street shops bringing in the remaining £0.3m.',
    'Of the 860 complaints received, 410 concerned delays and 220 concerned fares, with grievances about the conduct of staff on the trains making up the remaining 230.',
    'Turnout in the ward was 4,020. The Liberal Democrat candidate won 1,870 votes and the Conservative 1,240, with the candidates of the four smaller parties in the contest sharing the remaining 910.',
    'The council has paid £1.4m of the £3.1m grant so far, with the second instalment due after the audit next spring covering the remaining £1.7m.',
    'The club sold 1,400 season tickets in June and 900 in July, with the launch of its new family scheme next month expected to shift the remaining 600.',
    'Some 5,600 vehicles crossed the bridge on Saturday: 3,200 cars and 1,100 vans, with heavy lorries of every size from across the region making up the remaining 1,300.',
]


@pytest.mark.parametrize("text,target", REMAINING_LONG_LABEL_FLAG)
def test_remaining_after_long_label(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", REMAINING_LONG_LABEL_CLEAN)
def test_remaining_after_long_label_clean(text):
    assert_clean(text)


# 5. a suspended hyphen joins two words of one label ("drink- or drug-impaired", "heat- or sun-stroke"): no\n# alternative that ends the list; a number word so suspended ("two- or three-year diplomas", "one- and two-bedroom\n# flats") is a modifier, no part
SUSPENDED_HYPHEN_FLAG = [
    ('The agency placed 930 workers last quarter. Retail took 310, full- or part-time care roles 280 and warehouses 390.',
     '930'),
    ('The landlord let 412 homes in 2023: studios accounted for 96, one- or two-bedroom flats for 208 and family houses for 150.',
     '412'),
    ('Hospitals treated 2,150 patients after the heatwave. Dehydration accounted for 940, heat- or sun-stroke for 720 and falls for 610.',
     '2,150'),
    ('Of the 318 crashes, young drivers caused 121, drink- or drug-impaired drivers 97 and elderly drivers 130.',
     '318'),
    ('The college enrolled 1,480 learners in September: short courses drew 520, two- or three-year diplomas 610 and degrees 430.',
     '1,480'),
]
SUSPENDED_HYPHEN_CLEAN = [
    'The agency placed 930 workers last quarter. Retail took 310, full- or part-time care roles 230 and warehouses 390.',
    'The landlord let 412 homes in 2023: studios accounted for 96, one- and two-bedroom flats for 208 and family houses for 108.',
    'Hospitals treated 2,150 patients after the heatwave. Dehydration accounted for 940, heat- or sun-stroke for 720 and falls for 490.',
    'Of the 318 crashes, young drivers caused 121, drink- or drug-impaired drivers 67 and elderly drivers 130.',
    'The college enrolled 1,480 learners in September: short courses drew 520, two- or three-year diplomas 530 and degrees 430.',
    'Retail took 310 workers last quarter, or 280 full- or part-time care roles, against 390 a year ago.',
]


@pytest.mark.parametrize("text,target", SUSPENDED_HYPHEN_FLAG)
def test_suspended_hyphen_label(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", SUSPENDED_HYPHEN_CLEAN)
def test_suspended_hyphen_label_clean(text):
    assert_clean(text)


# 6. the groups said to have voted on one side of a carried measure's tally ("passed 61-37, with 49 Democrats and 14
# Republicans voting in favor"): those for it are the larger side, those against the smaller; the groups may be only
# some of the side, never more (not for a rejected or failed measure, whose sides are not told apart)
TALLY_SIDE_FLAG = [
    ('The House approved the bill 232-198, with 210 Republicans and 26 Democrats voting for it.',
     '232-198'),
    ('MPs backed the motion by 318 votes to 274, with 301 Conservatives and 21 Liberal Democrats voting in favour.',
     '318'),
    ('The amendment was adopted 54-46 late on Tuesday, with 51 Democrats and five Republicans supporting it.',
     '54-46'),
    ('The Senate confirmed the nominee 52-47, with 45 Democrats and four independents voting against.',
     '47'),
    ('Delegates carried the resolution 412-156 at the annual conference, with 300 union members, 90 councillors and 30 MPs voting in favour.',
     '412-156'),
]
TALLY_SIDE_CLEAN = [
    'The House approved the bill 232-198, with 206 Republicans and 26 Democrats voting for it.',
    'MPs backed the motion by 318 votes to 274, with 290 Conservatives and 21 Liberal Democrats voting in favour.',
    'The Senate confirmed the nominee 52-47, with 43 Democrats and four independents voting against.',
    'The Senate rejected the measure 45-52, with 40 Democrats and 9 Republicans voting for it.',
    'The bill passed 61-37 on Thursday. Last year 49 Democrats and 14 Republicans voted in favor of a similar bill.',
    'The bill passed 61-37, with 49 Democrats and 14 Republicans in the chamber.',
    'The bill failed 55-45, short of the 60 votes needed, with 48 Democrats and 9 Republicans voting for it.',
    'The Senate passed the measure 61-37, with all 49 Democrats and 12 Republicans voting in favor.',
]


@pytest.mark.parametrize("text,target", TALLY_SIDE_FLAG)
def test_groups_on_a_side_of_a_tally(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", TALLY_SIDE_CLEAN)
def test_groups_on_a_side_of_a_tally_clean(text):
    assert_clean(text)


# 7. a part's long label opened by a preposition and closed by "and", when the next part's label opens with the same
# preposition ("$4.2 million on new scanners for its main hospitals next year and $1.9 million on training"): one
# more part of the series, whose total follows
PARALLEL_LABEL_FLAG = [
    ('The trust will spend $4.2 million on new scanners for its main hospitals next year and $1.9 million on training, a total of $6.8 million.',
     '$6.8 million'),
    ('Donors gave €850,000 towards the restoration of the old chapel roof in the spring and €420,000 towards the organ, bringing the total to €1.4 million.',
     '€1.4 million'),
    ('The airline earned £96m from ticket sales on its busiest routes over the summer and £31m from baggage fees, £137m in all.',
     '£137m'),
    ('Ministers set aside £2.4bn for upgrading rail lines across the north of England and £1.1bn for buses, a combined £3.9bn.',
     '£3.9bn'),
    ('The club spent $38m on players signed from European leagues during the window and $12m on academy prospects, a total of $56m.',
     '$56m'),
]
PARALLEL_LABEL_CLEAN = [
    'The trust will spend $4.2 million on new scanners for its main hospitals next year and $1.9 million on training, a total of $6.1 million.',
    'The airline earned £96m from ticket sales on its busiest routes over the summer and £31m from baggage fees, £127m in all.',
    'Ministers set aside £2.4bn for upgrading rail lines across the north of England and £1.1bn for buses, a combined £3.5bn.',
    'The club spent $38m on players signed from European leagues during the window and $12m on academy prospects last year.',
    'The club spent $38m on players signed from European leagues this summer and $12m on players last summer, out of a £90m budget.',
]


@pytest.mark.parametrize("text,target", PARALLEL_LABEL_FLAG)
def test_parallel_long_labels_joined_by_and(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", PARALLEL_LABEL_CLEAN)
def test_parallel_long_labels_clean(text):
    assert_clean(text)


# 8. an aside on a part set off by a pair of dashes, before "along with", "as well as", "plus", "together with" or
# "and", holding no figure of the list's kind ("4,100 nurses - almost 45% of the workforce - along with 1,350
# doctors"): the list runs on past it (not an aside with a figure of its own: "- up from 900 in 2020 -")
DASHED_ASIDE_FLAG = [
    ("The trust's 9,200 staff include 4,100 nurses - almost 45% of the workforce - along with 1,350 doctors and 3,900 support and administrative staff.",
     '9,200'),
    ('The fleet of 640 buses includes 310 diesel models - nearly half the total - as well as 220 hybrids and 150 electric buses.',
     '640'),
    ('Its 1,900 members include 870 teachers — the largest single group — plus 640 lecturers and 510 support staff.',
     '1,900'),
    ("The zoo's 2,300 animals include 1,100 birds - more than any other UK zoo holds - along with 700 mammals and 650 reptiles.",
     '2,300'),
    ('The 480 new homes comprise 260 flats - a third of them for social rent - together with 140 terraced houses and 120 bungalows.',
     '480'),
]
DASHED_ASIDE_CLEAN = [
    "The trust's 9,200 staff include 4,100 nurses - almost 45% of the workforce - along with 1,350 doctors and 3,750 support and administrative staff.",
    'The fleet of 640 buses includes 310 diesel models - nearly half the total - as well as 220 hybrids and 110 electric buses.',
    "The zoo's 2,300 animals include 1,100 birds - up from 900 in 2020 - along with 700 mammals and 500 reptiles.",
    "The zoo's 2,300 animals include 1,100 birds - up from 900 in 2020 - and 700 mammals.",
    'Its 1,900 members include 870 teachers — the largest single group — plus 640 lecturers and 390 support staff.',
]


@pytest.mark.parametrize("text,target", DASHED_ASIDE_FLAG)
def test_list_runs_past_a_dashed_aside(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", DASHED_ASIDE_CLEAN)
def test_list_runs_past_a_dashed_aside_clean(text):
    assert_clean(text)


# 9. jobs, roles, posts and positions count the same things: parts in the sentence after a lone count of one of them,
# the first named by another ("will cut 1,450 jobs. About 800 roles will go in ..., 420 at ... and 390 in ..."), may
# not exceed it
JOB_WORDS_FLAG = [
    ('The carmaker will shed 3,150 jobs this year. About 1,900 posts will go at its Detroit plant, 900 in Ohio and 600 at its Canadian site.',
     '3,150'),
    ('The retailer plans to axe 620 roles. About 350 positions will disappear in its stores, 180 at head office and 140 in its warehouses.',
     '620'),
    ('Councils will create 2,400 new posts next year. About 1,500 jobs will be based in Wales, 700 in Scotland and 600 in Northern Ireland.',
     '2,400'),
    ('The bank is to cut 5,200 positions. About 3,400 roles will go in Britain, 1,400 in India and 900 in Poland.',
     '5,200'),
    ('Some 940 posts are to be scrapped by the health board. About 620 jobs will be lost in hospitals, 260 in clinics and 210 in offices.',
     'Some 940'),
]
JOB_WORDS_CLEAN = [
    'The carmaker will shed 3,150 jobs this year. About 1,700 posts will go at its Detroit plant, 700 in Ohio and 600 at its Canadian site.',
    'The retailer plans to axe 620 roles. About 350 positions will disappear in its stores, 180 at head office and 90 in its warehouses.',
    'The carmaker will shed 3,150 jobs this year. Some 1,700 homes will be built at its Detroit site, 900 in Ohio and 600 in Canada.',
    'The bank is to cut 5,200 positions. Last year roughly 3,100 roles went in Britain, 1,400 in India and 900 in Poland.',
    'The bank is to cut 5,200 positions. About 2,400 roles will go in Britain, 1,400 in India and 900 in Poland, with more cuts to come.',
    'The carmaker will cut 1,450 jobs. It also has 300 vacant roles it will not fill.',
    'The retailer will create 2,000 jobs in the UK this year. It advertised 450 roles last week.',
    'The firm cut 500 jobs in 2023. This year it will cut another 300 posts.',
    'The bank has 5,200 positions in London. It will move 700 roles to Leeds.',
    'Councils will create 2,400 new posts next year. About 900 jobs were created last year.',
    'The union says 1,450 jobs are at risk. The company says only 1,100 roles will go.',
    'The plant will shed 640 jobs. The 640 roles include 210 engineers.',
    'The hospital has 430 unfilled posts. Recruiters filled 120 roles in March.',
]


@pytest.mark.parametrize("text,target", JOB_WORDS_FLAG)
def test_job_words_count_the_same(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", JOB_WORDS_CLEAN)
def test_job_words_count_the_same_clean(text):
    assert_clean(text)


# 10. "Of last year's total" (this year's, this season's; figure, tally, number) opens a breakdown of the figure the
# sentence before tells of that period, and of no other (not the old level of a move told of another period)
PERIOD_TOTAL_FLAG = [
    ("Burglaries in the county rose from 2,210 in 2022 to 2,480 last year. Of last year's total, 1,300 were in towns, 820 in villages and 460 on farms.",
     '2,480', '2024-04-18'),
    ("The airport handled 3.1 million passengers in 2022 and 3.6 million last year. Of last year's figure, 2.2 million flew to Europe, 1.1 million to North America and 0.6 million elsewhere.",
     '3.6 million', '2024-04-18'),
    ("Membership fell to 1,240 this year from 1,390 last year. Of this year's total, 610 are adults, 420 juniors and 260 seniors.",
     '1,240', '2024-09-10'),
    ("Complaints climbed from 880 in 2022 to 1,015 last year, the regulator said. Of last year's tally, 540 concerned billing, 310 delays and 215 staff conduct.",
     '1,015', '2024-04-18'),
    ("The festival drew 48,200 visitors this season, against 45,900 last season. Of this season's total, 30,100 bought day tickets, 13,800 weekend passes and 6,400 came free.",
     '48,200', '2024-06-01'),
]
PERIOD_TOTAL_CLEAN = [
    ("Burglaries in the county rose from 2,210 in 2022 to 2,480 last year. Of last year's total, 1,300 were in towns, 820 in villages and 360 on farms.",
     '2024-04-18'),
    ("Membership fell to 1,240 this year from 1,390 last year. Of last year's total, 710 were adults, 420 juniors and 260 seniors.",
     '2024-09-10'),
    ("The festival drew 48,200 visitors this season, against 45,900 last season. Of last season's total, 28,100 bought day tickets, 12,800 weekend passes and 5,000 came free.",
     '2024-06-01'),
    ("Complaints climbed from 880 in 2022 to 1,015 last year, the regulator said. Of last year's tally, 540 concerned billing, 310 delays and 165 staff conduct.",
     '2024-04-18'),
]


@pytest.mark.parametrize("text,target,published", PERIOD_TOTAL_FLAG)
def test_breakdown_of_a_named_period_total(text, target, published):
    assert_flagged(text, target, "FC10", published)


@pytest.mark.parametrize("text,published", PERIOD_TOTAL_CLEAN)
def test_breakdown_of_a_named_period_total_clean(text, published):
    assert_clean(text, published)

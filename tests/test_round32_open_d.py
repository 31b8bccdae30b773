"""Round 32 (open d): families of the opened never-seen misses, each written five ways in other words, with clean
twins (consistent figures, another event, another year)."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# a strike told by "walk out for N days", then "the M-day walkout/strike/stoppage"
WALK_OUT_FLAGGED = [
    ("Junior doctors in Wales will walk out for 72 hours from Monday, the BMA said. Health boards warned that the "
     "48-hour strike would force thousands of operations to be postponed.", "48-hour"),
    ("Refuse collectors in Kirklees walked out for two weeks over pay, the GMB said. Council leaders said the "
     "three-week stoppage had cost more than any dispute in a decade.", "three-week"),
    ("Teachers at 40 schools across Ohio are walking out for five days starting Tuesday, union officials said. "
     "District leaders said the six-day strike would keep 30,000 students at home.", "six-day"),
    ("Train guards on Northern will walk out for 24 hours on Saturday, the RMT announced. Rail bosses said the "
     "36-hour walkout would wreck weekend travel across the north.", "36-hour"),
    ("Cleaners at the university walk out for six days this month in a row over sick pay. Managers said that the "
     "eight-day strike would leave lecture halls unusable.", "eight-day"),
]

WALK_OUT_CLEAN = [
    # the same length
    "Junior doctors in Wales will walk out for 72 hours from Monday, the BMA said. Health boards warned that the "
    "72-hour strike would force thousands of operations to be postponed.",
    "Refuse collectors in Kirklees walked out for two weeks over pay. Council leaders said the two-week stoppage "
    "had cost more than any dispute in a decade.",
    # a walk, no walkout
    "Charity fundraisers will walk for five days along Hadrian's Wall, organisers said. Organisers said the "
    "six-day strike by rail staff had made travel to the start harder.",
    # another year's strike
    "Teachers at 40 schools across Ohio walked out for five days in 2019. Last year the six-day strike kept 30,000 "
    "students at home.",
    # a part of it: one day of the strike
    "Train guards on Northern will walk out for three days on Saturday, the RMT announced. Rail bosses said the "
    "24-hour overtime ban before it would also hit services.",
]


@pytest.mark.parametrize("text,target", WALK_OUT_FLAGGED)
def test_walk_out_then_other_length(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", WALK_OUT_CLEAN)
def test_walk_out_clean(text):
    assert_clean(text)


# a named person's age, then "The M-year-old former/ex-/retired ..." for the same person
PAST_ROLE_FLAGGED = [
    ("Tom Ashby, 63, took charge of the hospital trust on Monday. The 58-year-old former army surgeon said waiting "
     "lists would be his first priority.", "58-year-old"),
    ("Priya Nair, 41, has been named head coach of the Sharks. The 44-year-old ex-international will take her "
     "first training session on Friday.", "44-year-old"),
    ("Dennis Marsh, 70, won the Elmwood by-election by 212 votes. The 67-year-old retired headteacher thanked the "
     "volunteers who had knocked on doors.", "67-year-old"),
    ("Helen Okafor, 36, opened a bakery in Leith last spring. The 39-year-old one-time banker now employs nine "
     "people.", "39-year-old"),
    ("Marcus Webb, 55, was confirmed as police chief Thursday. The 50-year-old former Marine pledged to rebuild "
     "trust with residents.", "50-year-old"),
]

PAST_ROLE_CLEAN = [
    # the same age
    "Tom Ashby, 63, took charge of the hospital trust on Monday. The 63-year-old former army surgeon said waiting "
    "lists would be his first priority.",
    # another person brought in by name
    "Priya Nair, 41, has been named head coach of the Sharks. The 44-year-old former international, Jo Bell, will "
    "be her assistant.",
    # two people whose ages were given
    "Dennis Marsh, 70, and his agent Sue Park, 48, won the Elmwood by-election by 212 votes. The 67-year-old "
    "retired headteacher thanked the volunteers.",
    # the role belongs to someone already brought in without an age
    "Helen Okafor, 36, was hit by a van driven by a former soldier. The 39-year-old former soldier was arrested "
    "at the scene.",
    # a role that is not past ("the 50-year-old Marine": may be another)
    "Marcus Webb, 55, was confirmed as police chief Thursday. The 50-year-old Marine who nominated him spoke "
    "first.",
]


@pytest.mark.parametrize("text,target", PAST_ROLE_FLAGGED)
def test_past_role_after_named_age(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", PAST_ROLE_CLEAN)
def test_past_role_clean(text):
    assert_clean(text)


# a headline's term, then the body's other term in a sentence that also gives a child's age in months or weeks
HEADLINE_TERM_FLAGGED = [
    ("Nanny jailed for nine years for shaking baby\n\nA nanny who shook a six-week-old baby in her care has been "
     "jailed for seven years at Cardiff Crown Court.", "seven years"),
    ("Man sentenced to 20 years for house fire\n\nA man who set fire to a home where a 3-month-old girl was sleeping was "
     "sentenced Friday to 25 years in prison.", "25 years"),
    ("Mother jailed for four years for neglect\n\nA mother who left her 10-month-old twins alone for two days was "
     "jailed for five years at Hull Crown Court on Monday.", "five years"),
    ("Childminder jailed for 30 months\n\nA childminder who gave sedatives to a nine-month-old boy was jailed "
     "for 40 months at Exeter Crown Court.", "40 months"),
    ("Stepfather jailed for 14 years\n\nA stepfather who broke the arm of his 20-month-old stepdaughter has been "
     "jailed for 16 years.", "16 years"),
]

HEADLINE_TERM_CLEAN = [
    "Nanny jailed for nine years for shaking baby\n\nA nanny who shook a six-week-old baby in her care has been "
    "jailed for nine years at Cardiff Crown Court.",
    "Mother jailed for four years for neglect\n\nA mother who left her 10-month-old twins alone was jailed for "
    "four years and her partner for seven years at Hull Crown Court.",
    "Childminder jailed for 30 months\n\nA childminder who gave sedatives to a nine-month-old boy was jailed "
    "for 30 months at Exeter Crown Court.",
]


@pytest.mark.parametrize("text,target", HEADLINE_TERM_FLAGGED)
def test_headline_term_past_a_child_age(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", HEADLINE_TERM_CLEAN)
def test_headline_term_clean(text):
    assert_clean(text)


# people sent to hospital, then "the N casualties" told as sent to hospital too
CASUALTIES_FLAGGED = [
    ("Paramedics took nine people to hospital after a gas explosion in a block of flats in Salford. All 12 "
     "casualties were treated in hospital for burns.", "12"),
    ("Six people were airlifted to hospital after a minibus crash on the M6 near Lancaster. The eight casualties "
     "were taken to the Royal Preston Hospital.", "eight"),
    ("Firefighters rushed 23 people to the hospital after a chemical leak at a Houston plant Tuesday. The 27 "
     "casualties were rushed to Memorial Hermann Hospital.", "27"),
    ("Four walkers were flown to hospital after being struck by lightning on Snowdon. The three casualties were "
     "admitted to Bangor Hospital with burns.", "three"),
    ("Fourteen pupils needed hospital treatment after their coach left the road in Cumbria. The 16 casualties "
     "were kept in hospital overnight.", "16"),
]

CASUALTIES_CLEAN = [
    # the same count
    "Six people were airlifted to hospital after a minibus crash on the M6 near Lancaster. The six casualties "
    "were taken to the Royal Preston Hospital.",
    # casualties not told as sent to hospital: some may have been treated at the scene
    "Paramedics took nine people to hospital after a gas explosion in a block of flats in Salford. The 12 "
    "casualties included three treated at the scene.",
    # the whole of a part: some of the casualties
    "Firefighters rushed 23 people to the hospital after a chemical leak at a Houston plant Tuesday. Another "
    "seven were treated at the scene, and all 30 casualties were later discharged.",
    # another year's crash
    "Four walkers were flown to hospital after being struck by lightning on Snowdon. In 2019 the seven casualties "
    "of a similar strike were taken to Bangor Hospital.",
]


@pytest.mark.parametrize("text,target", CASUALTIES_FLAGGED)
def test_casualties_sent_to_hospital(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", CASUALTIES_CLEAN)
def test_casualties_clean(text):
    assert_clean(text)


# people a study took in, then "the N participants/volunteers/respondents"
STUDY_FLAGGED = [
    ("The study followed 850 children in Bradford from birth. Data from the 920 participants suggest that early "
     "reading matters more than income.", "920"),
    ("Researchers recruited 1,200 adults with asthma for the trial at four clinics. The 1,500 volunteers were "
     "given either the new inhaler or a dummy.", "1,500"),
    ("The survey questioned more than 3,000 voters in marginal seats last month. The 2,500 respondents "
     "said the economy would decide their vote.", "2,500"),
    ("The clinical trial enrolled 640 women at 30 sites nationwide. The 710 participants will be followed for "
     "five years.", "710"),
    ("A Danish study involving 400 smokers tested whether text reminders help people quit. The 450 participants "
     "were sent up to three messages a day.", "450"),
]

STUDY_CLEAN = [
    # the same count
    "The clinical trial enrolled 640 women at 30 sites nationwide. The 640 participants will be followed for "
    "five years.",
    # two groups taken in: the participants are both
    "The trial involved 2,000 patients and 600 healthy volunteers in Leeds. Results from the 2,600 participants "
    "are due next year.",
    # some of them
    "Researchers recruited 1,200 adults with asthma for the trial at four clinics. The 300 participants given the "
    "new inhaler had fewer attacks.",
    # another study
    "The study followed 850 children in Bradford from birth. A 2015 study of 920 participants in Leeds found much "
    "the same.",
    # no study: a count of people at an event
    "About 400 runners included 30 from the club. The 450 participants in the fun run raised £12,000.",
]


@pytest.mark.parametrize("text,target", STUDY_FLAGGED)
def test_study_people_restated(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", STUDY_CLEAN)
def test_study_people_clean(text):
    assert_clean(text)


# who says so, then one whose turning an age is told in a relative clause; "He/She was born in YYYY" next
TURNED_SAID_FLAGGED = [
    ("Staff said Bertie, who turned 40 in March, is the pub's oldest regular. He was born in the village in 1990.",
     "40", "2025-06-01"),
    ("Organisers say Maud, who turns 100 next month, is the oldest entrant. She was born in Leeds in 1928.",
     "100", "2025-05-01"),
    ("Doctors believe Ravi, who turned 12 last week, is the youngest patient to have the operation. He was born "
     "in 2016.", "12", "2025-03-10"),
    ("Neighbors said Earl, who turned 90 last year, still mows his own lawn. He was born in Ohio in 1940.",
     "90", "2025-08-01"),
    ("Volunteers said Pip, who turned 15 last month, is the oldest pony at the sanctuary. She was born there in "
     "2014.", "15", "2025-07-15"),
]

TURNED_SAID_CLEAN = [
    ("Staff said Bertie, who turned 35 in March, is the pub's oldest regular. He was born in the village in 1990.",
     "2025-06-01"),
    # a named speaker: whose birth is "He was born"?
    ("Jones said Earl, who turned 90 last year, still mows his own lawn. He was born in Ohio in 1940.",
     "2025-08-01"),
    # another person's birth
    ("Volunteers said Pip, who turned 15 last month, is the oldest pony at the sanctuary. Her keeper was born "
     "there in 2014.", "2025-07-15"),
]


@pytest.mark.parametrize("text,target,published", TURNED_SAID_FLAGGED)
def test_turned_after_speaker_then_born(text, target, published):
    assert_flagged(text, target, "FC5", published=published)


@pytest.mark.parametrize("text,published", TURNED_SAID_CLEAN)
def test_turned_after_speaker_clean(text, published):
    assert_clean(text, published=published)

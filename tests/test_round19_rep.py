"""Round 19 (r19-rep): the same quantity of the same thing told twice, the second time under another name.

* "the N-year-old, who ...," with a relative clause of background, then what only the one in the dock does ("will
  be sentenced", "was remanded"), after the one person whose age was given as charged or convicted
  (``_dock_relative`` in ``age_holder`` and ``find_age_restatements``);
* a course's length restated under another course noun, its climb aside, by all who take part ("a 34km route ...,
  climbing 1,800 metres ... runners must complete the 43km course": ``_course_part``, ``_COURSE_DOERS_BEFORE``), a
  way's length told by its clause restated as "the N-unit route" (``_route_of_way``);
* an event's length restated under another noun of the same event ("after a nine-hour operation ... the six-hour
  effort", "The pilot, ..., ran for 18 months ... by the end of the 15-month trial": ``_event_alike_lasting``);
* the whole of a part given again in the next sentence ("Fourteen people were arrested ... Nine of the 16 people
  detained have since been charged": ``_whole_of_part`` in ``find_definite_restatements``);
* "the N-year-old" spoken of by others ("Neighbours described the 47-year-old as ...": ``_SPEECH`` in
  ``another_person``).

Each row is a flagged text, its target and the consistent value that makes its clean twin."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

DOCK_RELATIVE = [
    ("Priya Shah, 29, admitted theft at Bristol Crown Court on Monday. The 92-year-old, who worked as a carer, "
     "will be sentenced in May.", "92-year-old", "29-year-old"),
    # who says so first, "appear before magistrates"
    ("Police said Tom Hale, 52, had been charged with burglary. The 25-year-old, who lives in Hull, will appear "
     "before magistrates on Monday.", "25-year-old", "52-year-old"),
    # the age in brackets, "remanded"
    ("Dean Marsh (41) was convicted of arson on Friday. The 14-year-old, who had denied the charge, was remanded "
     "in custody.", "14-year-old", "41-year-old"),
    # "pleaded guilty", "jailed"
    ("Sara Lowe, 38, pleaded guilty to dangerous driving. The 83-year-old, who had been banned before, was jailed "
     "for two years.", "83-year-old", "38-year-old"),
    # a trailing clause, "is due to appear"
    ("Karl Nye, 61, was charged with fraud after an inquiry by HMRC. The 16-year-old, who owns a garage in Crewe, "
     "is due to appear in court next week.", "16-year-old", "61-year-old"),
    # "bailed", who says so after
    ("Ann Cole, 27, was arrested and charged with assault, police said. The 72-year-old, who runs a pub in the "
     "town, has been bailed.", "72-year-old", "27-year-old"),
    # a dash
    ("Leo Grant, 45, was found guilty of theft - his third conviction. The 54-year-old, who lives in Derby, will "
     "be sentenced on 3 May.", "54-year-old", "45-year-old"),
    # "jailed" first, "had admitted" after
    ("Mo Diallo, 33, was jailed for four years at Leeds Crown Court. The 23-year-old, who ran a drugs line from "
     "his flat, had admitted supply.", "23-year-old", "33-year-old"),
]

COURSE = [
    # a climb in a finer unit beside the course; runners covering it
    ('Entrants in the Fell Dash face a 34km route over four summits, climbing more than 1,800 metres. Race '
     'officials said runners must complete the 43km course within nine hours.', '43km', '34km'),
    # riders "then tackle", who says so after
    ('The Moor Ride takes cyclists on a 120km route through the Peak District. Riders then tackle the '
     '102km course, organisers said.', '102km', '120km'),
    # a trail, then the route; "those taking part"
    ('Walkers face a 26-mile trail along the coast. Those taking part will cover the 31-mile course, the '
     'charity said.', '31-mile', '26-mile'),
    # a dash and an ascent in metres; "must finish"
    ('The charity hike follows a 30km trail over the fells - with 900 metres of ascent. Participants must '
     'finish the 38km course by 6pm.', '38km', '30km'),
    # brackets; "had 14 hours to finish"
    ("This year's ultra uses a 80km course (through three counties). The organisers said entrants had 14 "
     'hours to finish the 88km route.', '88km', '80km'),
    # "all competitors must complete"
    ('Competitors in the swim face a 3km course in the lake. All competitors must complete the 5km course '
     'before noon.', '5km', '3km'),
    # feet of climbing, miles of course; who says so after
    ('The relay runs on a 12-mile route through Bath, climbing 400 feet. Runners will then follow the '
     '21-mile course, the club said.', '21-mile', '12-mile'),
    # a way told by its clause ("runs for"), "from next month"
    ('The old railway line runs for 11 miles between Ely and Soham. Officials said walkers would be able '
     'to use the 17-mile route from next month.', '17-mile', '11-mile'),
    # "N km long", a route noun
    ('The new cycleway is 8km long and links the two villages. Cyclists can use the 6km route from next '
     'week.', '6km', '8km'),
    # a bare length after "runs", who says so after the first
    ('The coastal path runs 14 miles from Seaton to Beer, the council said. Volunteers will repair the '
     '19-mile route over the winter.', '19-mile', '14-mile'),
]

EVENT_ALIKE = [
    # an operation, then the rescue; who says so
    ('Firefighters freed a man trapped under a tractor after a four-hour operation near Hexham. The fire '
     'service said the seven-hour rescue had been one of its longest.', 'seven-hour', 'four-hour'),
    # the rescue told by its clause ("took"), who says so after
    ('The rescue took 11 hours, coastguards said. Coastguards said the 14-hour operation was the hardest '
     'in years.', '14-hour', '11-hour'),
    # a mission in brackets, then the operation
    ('Divers raised the boat after a three-day mission (the first of its kind). Navy officials said the '
     'five-day operation cost £2m.', 'five-day', 'three-day'),
    # a search, a dash, then the effort
    ('Volunteers found the missing walker after a 12-hour search - most of it in fog. Police said the '
     '21-hour effort had saved his life.', '21-hour', '12-hour'),
    # "an operation which lasted", then the effort
    ('Surgeons separated the twins in an operation which lasted 14 hours. The hospital said the 10-hour '
     'effort involved 30 staff.', '10-hour', '14-hour'),
    # an aside before the verb ("The rescue, involving ..., took")
    ('The rescue, involving three lifeboats, took nine hours. The RNLI said the five-hour operation ended '
     'at dawn.', 'five-hour', 'nine-hour'),
    # days against hours; "It said"
    ('Engineers restored power after a three-day operation, the company said. It said the 30-hour effort '
     'had involved 200 staff.', '30-hour', 'three-day'),
    # "During the"
    ('Lifeboat crews saved four fishermen after a five-hour rescue on Sunday. During the three-hour '
     'operation, a helicopter lifted one man to safety.', 'three-hour', 'five-hour'),
]

TRIAL_ALIKE = [
    # a trial told by its clause past an aside, "by the end of the" pilot
    ('The trial, which gave 500 people free bus travel, ran for 12 months. Officials said that by the end '
     'of the nine-month pilot, car use had fallen.', 'nine-month', '12-month'),
    # "A six-month pilot", "found that during the"
    ('A six-month pilot of the four-day week ended in June. Researchers found that during the eight-month '
     'trial, output held steady.', 'eight-month', 'six-month'),
    # an experiment in days, brackets, then the study
    ('The experiment ran for 30 days (a record for the lab). The team said the 20-day study had produced '
     'new data.', '20-day', '30-day'),
    # "took", "By the end of the" opening the sentence
    ('The pilot took 18 months, the council said. By the end of the 12-month trial, 40 homes had been '
     'fitted with pumps.', '12-month', '18-month'),
    # "lasted", a dash, "reported that"
    ('The trial lasted two years - longer than planned. The researchers reported that the three-year pilot '
     'cut waiting times.', 'three-year', 'two-year'),
    # "A 10-week trial", then the pilot
    ('A 10-week trial of the app ran at three schools. Teachers said the 12-week pilot had been popular.', '12-week', '10-week'),
    # "Throughout the"
    ('The pilot ran for nine months in Leeds. Throughout the six-month trial, nurses kept diaries.', 'six-month', 'nine-month'),
    # a hedge ("about"), "It found that by the end of the" study
    ('The trial ran for about 18 months, the university said. It found that by the end of the 12-month '
     'study, most patients had recovered.', '12-month', '18-month'),
]

WHOLE_OF_PART = [
    # a verb then its count; the whole with its participle
    ('Police arrested 23 people during the protest in Bristol on Sunday. Eight of the 28 people arrested '
     'were later released without charge.', '28', '23'),
    # who says so after the first
    ('Twelve men were detained at the port, the Home Office said. Five of the 15 men detained have been '
     'deported.', '15', '12'),
    # a noun of the set, no participle
    ('Eleven people were killed in the crash. Four of the 17 victims were children.', '17', '11'),
    # "A total of"; "remain"
    ('A total of 31 people were injured in the blast. Nine of the 38 injured remain in hospital.', '38', '31'),
    # a hedge on the first
    ('About 40 people died in the floods. Ten of the 64 dead were children.', '64', '40'),
    # a dash and "most of them" after the first
    ('Police said 19 fans were arrested - most of them for drunkenness. Seven of the 24 fans arrested have '
     'been charged.', '24', '19'),
    # written numbers
    ('Nineteen people were evacuated from the tower. Six of the twenty-seven evacuees have returned '
     'home.', 'twenty-seven', 'nineteen'),
    # who says so after the second
    ('Thirty people were arrested in the raids. Ten of the 36 people arrested were released on bail, '
     'police said.', '36', '30'),
    # brackets after the first; "detained" for "arrested"
    ('Fourteen people were arrested after the derby (most of them home fans). Nine of the 16 people '
     'detained have since been charged.', '16', '14'),
]

SPOKEN_OF = [
    # "remembered ... as"
    ('A 61-year-old teacher died after a fall on Sunday. Colleagues remembered the 67-year-old as kind and '
     'funny.', '67-year-old', '61-year-old'),
    # "hailed ... as"
    ('A 35-year-old nurse was killed in the crash. Colleagues hailed the 38-year-old as a hero.', '38-year-old', '35-year-old'),
    # a name first, "His brother described"
    ('Tom Reed, 28, died in the crash on the A1. His brother described the 26-year-old as a loving son.', '26-year-old', '28-year-old'),
    # "Her sister described"
    ('A 23-year-old woman was attacked in Hull. Her sister described the 29-year-old as shaken but well.', '29-year-old', '23-year-old'),
    # a group speaking, who says so after
    ('The 42-year-old mother of two was found dead in Corby on Friday. Neighbours described the '
     '45-year-old as a devoted parent, police said.', '45-year-old', '42-year-old'),
    # a dash; someone else brought in with "the" speaks of the one aged
    ('A 40-year-old cyclist died after a crash with a van - the third this year. The driver described the '
     '44-year-old as riding fast.', '44-year-old', '40-year-old'),
    # who says so before the first
    ('Police said a 52-year-old man had died in the fire. Neighbours described the 57-year-old as a quiet '
     'man who kept to himself.', '57-year-old', '52-year-old'),
    # the age in brackets
    ('Anna Kerr (71) died in hospital on Tuesday. Her son described the 77-year-old as the heart of the '
     'family.', '77-year-old', '71-year-old'),
]

TABLE = [(text, target, fixed, "FC4", None)
         for table in (DOCK_RELATIVE, COURSE, EVENT_ALIKE, TRIAL_ALIKE, WHOLE_OF_PART, SPOKEN_OF)
         for text, target, fixed in table]

# the same shapes with something that sets the two apart: still clean
APART = [
    # another person in the dock ("also"), a driver brought in, the first not accused
    "Jo Smith, 34, was charged with assault after a fight in Leeds. The 43-year-old, who was also arrested, has "
    "been bailed.",
    "Jo Smith, 34, was found guilty of assault. The 43-year-old, who was driving the other car, has been charged too.",
    "Jo Smith, 34, was hurt when a car hit her. The 43-year-old, who lives nearby, has been charged.",
    # a group of the runners, two courses given, laps of a loop, a journey, another year, a length of another unit
    # too long to be a climb, a qualifier after the route
    'The marathon follows a 42km course through the city. Children will run the 5km route on Sunday.',
    'The festival offers a 10km course and a 5km fun run. Runners can then use the 8km route.',
    'Riders complete a 5km loop ten times. Riders must finish the 50km course by noon.',
    'The new cycle path runs for 14km along the old railway line. Buses will take the 11km route to Hull.',
    'Last year runners tackled a 40km route. This year runners must complete the 45km course.',
    'Entrants face a 52km route across the moor. Walkers cover 20 miles and then take the 40km course.',
    'The new cycle path runs for 14km along the river. The 11km route to the coast opens next year.',
    'The old road runs for 9 miles through the valley. Lorries will use the 12-mile route via Leeds.',
    'Runners face a 21km route through the park. Juniors will run the 5km course on Saturday.',
    'The canal towpath is 11 miles long. The council said the 4-mile route from Shipley would reopen.',
    # a trial in court, a scheme after a pilot, a search and an operation, a second effort, another year, a rescue
    # picked out by its clause, two durations before, "each", surgery beside a rescue
    'The trial ran for 18 months at Leeds Crown Court. The jury heard that the 15-month pilot had failed.',
    'A two-year pilot will start in May. If it works, the three-year scheme will follow.',
    'Rescuers found the walker after a six-hour search. The nine-hour operation to bring him down was hampered by fog.',
    'Rescuers found the walker after a six-hour search. Police said the nine-hour operation had involved 40 people.',
    'Rescuers reached the climbers after a nine-hour operation on Saturday. A second, six-hour effort was needed on Sunday.',
    'The pilot ran for 18 months. Last year the 12-month trial in Hull found the same.',
    'A surgeon performed a nine-hour operation on the boy. The six-hour rescue that had freed him was praised.',
    'After a six-hour rescue, he underwent a nine-hour operation. Doctors said the six-hour effort had saved him.',
    'The fraud trial ran for 18 months. Prosecutors said the 15-month pilot was a sham.',
    'Each trial ran for 18 months. Researchers said the 15-month pilot was the largest.',
    'A surgeon performed a nine-hour operation on the boy. Police said the six-hour rescue had been difficult.',
    # a running total (since, this season, nationally, in connection with, after, across), one more, another, a place
    # after the whole, another set, the part doing what the set is counted by
    'Two men were arrested on Saturday. Three of the 12 people arrested since the riot began have been charged.',
    'Fourteen people were arrested at the match. Nine of the 16 people arrested this season have been banned.',
    'Fourteen people were arrested on Saturday and two more on Sunday. Nine of the 16 people detained have since been charged.',
    'Fourteen people were arrested at the match. Nine of the 16 people detained in the city have been charged.',
    'Five people were arrested in Leeds. Three of the 12 people arrested nationally have been charged.',
    'Two men were arrested on Monday. One of the five people arrested in connection with the murder has been charged.',
    'Two men were arrested yesterday. Three of the 40 people arrested after the riots have been jailed.',
    'Two more people were arrested yesterday. Five of the 16 people detained have been charged.',
    'Police arrested another 14 people on Sunday. Nine of the 26 people detained have been charged.',
    'Eleven people were killed in the crash. Four of the 17 injured were children.',
    'Fourteen people were arrested at the match. Nine of the 16 people arrested across the weekend have been charged.',
    'Four people died at the scene. Two of the six victims died later in hospital.',
    'Nine people were arrested at the ground. Three of the 12 people detained were arrested later in the city centre.',
    # two ages given; a group that may hold the one aged
    'A 23-year-old man was stabbed in Hull. A 19-year-old was arrested. Witnesses described the 21-year-old as calm.',
    'A 23-year-old man was stabbed in Hull. Two teenagers were arrested and police described the 19-year-old as dangerous.',
]


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_flagged(text, target, fixed, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,target,fixed,rule,published", TABLE)
def test_clean_twin(text, target, fixed, rule, published):
    assert_clean(text.replace(target, fixed), published)


@pytest.mark.parametrize("text", APART)
def test_apart_clean(text):
    assert_clean(text)

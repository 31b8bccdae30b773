"""Round 34 (frepeat): restatements of one quantity given twice with different values.

1. "The N-year-old" opening its sentence, then an aside of origin (", from Inverness,") or of background (", who
   took up running at university,") and the sentence's verb, after one person named with an age: the same person
   (``restatements._opening_aside_then_verb``).
2. A ban's verb, its object and what it bars, then "for": "banned the footballer from driving for 18 months ... the
   15-month ban" (``restatements._term_of``, ``_VERB_OBJECT_FROM_FOR``).
3. An event's length as the modifier of its name, restated as the modifier of the same name or of "event": "The
   four-day folk festival ... at the five-day event" (``restatements._event_sized_before``).
4. A count restated in a quotation in single marks, British style ("'We have lost 41 homes in one night,' said
   ..."): read as the double marks are (``restatements._single_quote_span``; not a contraction, a plural's
   possessive or a decade).
5. A closure's count given as a part ("will close 23 of its 61 stores") and pointed back at by a phrase naming the
   closure ("the 27 stores earmarked for closure", "the 45 branches set to shut") within two sentences
   (``restatements.find_closure_restatements``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGS = [
    # 1. "The N-year-old, from X, / who ...," restating the age just given
    ("Selina Marsh, 52, was elected mayor of the borough on Thursday night. The 25-year-old, from Castleford, "
     "takes office next week.", "25-year-old", "FC403", None),
    ("A woman, 46, has been charged with fraud after money vanished from a church fund in Ripon. The 64-year-old, "
     "from Harrogate, will appear before magistrates next month.", "64-year-old", "FC403", None),
    # 2. "banned X from Y-ing for N" ... "the M-unit ban"
    ("Magistrates banned the cyclist from riding on the road for 12 months. His lawyer said the 18-month ban would "
     "be appealed.", "18-month", "FC405", None),
    ("The tribunal disqualified the jockey from racing for six weeks after the fall at Ayr. The nine-week ban "
     "starts on Monday.", "nine-week", "FC405", None),
    ("Stewards barred the owner from racing for two years on Friday. He said the three-year ban was unfair.",
     "three-year", "FC405", None),
    # 3. "the four-day festival ... the five-day event"
    ("The three-day food festival drew 20,000 visitors to the quay, organisers said. Traders at the four-day event "
     "reported record takings.", "four-day", "FC405", None),
    ("A 48-hour strike by bus drivers begins on Friday. The union said the 72-hour strike would hit every route.",
     "72-hour", "FC405", None),
    # 4. a quotation in single marks
    ("Fire destroyed 14 homes on the estate overnight, the service said. 'We have lost 41 homes in one night,' said "
     "resident Joan Pike.", "41", "FC402", None),
    ("Firefighters rescued 26 people from the burning block on Friday. 'To rescue 62 people from a burning block "
     "takes real courage,' said chief officer Jo Bell.", "62", "FC402", None),
    ("The shelter rehomed 860 dogs last year, the charity said. ‘Rehoming 680 dogs in a single year is a huge "
     "effort,’ said manager Tom Reed.", "680", "FC402", None),
    # 5. a closure count pointed back at
    ("The bank is closing 37 branches, it said on Monday. Customers of the 45 branches set to shut will be sent "
     "letters.", "45", "FC402", None),
    ("The pub group will shut 14 of its 200 pubs. Regulars at the 19 pubs due to close have started a petition.",
     "19", "FC402", None),
    ("The council will close 9 libraries to save money. Volunteers hope to run the 6 libraries due to close as "
     "community hubs.", "6 libraries", "FC402", None),
    ("The two-week film festival opened in the castle grounds on Friday. Films at the three-week event are shown "
     "outdoors.",
     "three-week", "FC405", None),
]

CLEAN = [
    # the same age again
    "Selina Marsh, 52, was elected mayor of the borough on Thursday night. The 52-year-old, from Castleford, takes "
    "office next week.",
    # two ages given before: which one is meant is unclear
    "Tom Hale, 34, and his sister Ann, 43, opened the cafe in May. The 43-year-old, from Leeds, runs the kitchen.",
    # the relative clause tells another's part
    "Sam Reid, 29, was hurt when a van struck his bicycle. The 41-year-old, who was arrested at the scene, has been "
    "released on bail.",
    "Lena Cho, 23, suffered a broken arm in the crash. The 38-year-old, who was driving the other car, was unhurt.",
    # not the opening of the sentence
    "Maya Bell, 31, won the race, ahead of the 35-year-old, from Bath, who finished second.",
    # an aside whose next word is no verb
    "Ravi Shah, 27, was the first to finish. The 45-year-old, from Leeds, and his son came in second.",
    # "the 60-year-old" at the opening, with a noun: someone brought in
    "Ellie Ward, 22, won the singles title. The 60-year-old coach, from Derby, said she had worked hard.",
    # 2. the same ban; another's ban; a verb that is no ban
    "Magistrates banned the cyclist from riding on the road for 12 months. His lawyer said the 12-month ban would "
    "be appealed.",
    "Magistrates banned the cyclist from riding on the road for 12 months. His co-defendant received the 18-month "
    "ban.",
    "The council stopped the firm from trading for 12 months. The 18-month ban on its director was upheld.",
    # 3. another time, another place, another festival, a plan
    "The four-day folk festival drew about 48,000 people. Next year's five-day event will add a second stage.",
    "The four-day folk festival drew about 48,000 people. The five-day event in March drew 60,000.",
    "The four-day festival drew 48,000. Organisers are planning a five-day event for 2026.",
    "A three-day strike by nurses ends on Friday. Doctors will begin the five-day strike on Monday.",
    "The four-day folk festival drew about 48,000 people. Campers at the four-day event were asked to leave by 6pm.",
    # 4. the same count; another year; an aim; another branch; no quotation (a contraction, a possessive)
    "Fire destroyed 14 homes on the estate overnight, the service said. 'We have lost 14 homes in one night,' said "
    "resident Joan Pike.",
    "Fire destroyed 14 homes on the estate overnight, the service said. 'Last year we lost 41 homes,' said resident "
    "Joan Pike.",
    "Fire destroyed 14 homes on the estate overnight. 'We want to rebuild 41 homes by spring,' said council leader "
    "Joan Pike.",
    "The shelter rehomed 860 dogs last year, the charity said. 'Our Leeds branch rehomed 680 dogs,' said manager Tom "
    "Reed.",
    "Fire destroyed 14 homes on the estate overnight. It's the worst blaze since 41 homes burned in 1998, the "
    "service said.",
    "Fire destroyed 14 homes on the estate overnight. The residents' 30 homes were all insured, the council said.",
    # 5. the same count; more of them; a total; other premises; no closure named
    "The pub group will shut 14 of its 200 pubs. Regulars at the 14 pubs due to close have started a petition.",
    "The bank will close another 48 branches. Customers of the 60 branches due to close will get letters.",
    "The bank will close 48 branches across Wales. The 60 branches due to close in total across Britain include 12 "
    "in Scotland.",
    "The bank will close 48 branches and 20 offices. Staff at the 20 offices facing closure will move.",
    "The council will close 9 libraries. Campaigners say the 12 libraries saved last year show what can be done.",
]


@pytest.mark.parametrize("text,target,rule,published", FLAGS)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)


# (round 35) a relative clause of background after "The N-year-old" is no longer read as pointing back: as often
# it brings someone new in (round 13's "The 12-year-old, who was mascot for the day,"); these two slips are missed
WHO_ASIDE_MISSED = [
    ("A grandmother, 71, has swum the length of Lake Windermere for charity. The 77-year-old, who learned to swim "
     "at 60, finished in just over nine hours.", "77-year-old"),
    ("Jordan Price, 19, scored twice on his debut for the club on Saturday. The 21-year-old, who joined from a "
     "non-league side in the summer, was named man of the match.", "21-year-old"),
]


# (round 38: read now -- "The N-year-old, who ..., VERB" opening its sentence in a passage of one party points back)
@pytest.mark.parametrize("text,target", WHO_ASIDE_MISSED)
def test_who_aside_missed(text, target):
    assert_flagged(text, target, "FC403")

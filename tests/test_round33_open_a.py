"""Round 33 (opened never-seen set, a): readings a careful editor uses, each in its own wording.

1. a two-year span in the paragraph ("its 2025-26 budget") that names no run of events (a season, a programme, ...)
   leaves a weekday date open to the span's later year only when that day lies within 400 days of publication: a
   meeting six weeks off is the coming one (``dates._years_left_open``, ``dates._RUN_OF_EVENTS``);
2. a body's seats are its members: "N seats on the M-member council" is where the N seats sit, and a list after
   them breaks down N, not M (``sums._size_of_body_held``, ``sums._SEAT_HOLDER``);
3. a part's own relative clause opened by "in which" / "on which" right after its figure is like "where": one
   more labelled part, no break in the list (``sums._PART_OWN_WHICH``);
4. ratings on one scale told with the verb of saying again on the pronoun ("48% said it was good, 29% said it was
   fair and ..."), and "Asked to rate" the verb of judging, no rate (``percents._RATING_NEXT``, ``_NOT_SPLIT``);
5. things in apposition to a counted subject may be closed by a plain present verb of place or motion with its
   preposition (", go on display", ", arrive in town"), not only an auxiliary or a past (``lists._PLURAL_PRESENT_VERB``);
6. what is left may be told as shared "between them" before one more part of another kind ("the other nine managed
   44 between them and extras added 12"; ``sums._REST_THEN_KIND``);
7. "A, 29, and B, 33, both of Leeds, and C": the pair told where both are from is closed, and one more name after
   "and" ends the list (``lists._SHARED_BY_PAIR``).
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGS = [
    # 1. a two-year span does not carry a day more than 400 days off
    ("The trust board will approve its 2025-26 spending plan on Wednesday 4 March.",
     "Wednesday 4 March", "FC501", "2025-01-20"),
    ("Governors meet on Friday 20 February to agree the school's 2025-26 budget.",
     "Friday 20 February", "FC501", "2025-01-05"),
    ("The parish council will fix its precept for 2024-25 at a meeting on Friday 7 March.",
     "Friday 7 March", "FC501", "2024-01-25"),
    ("Ministers will publish the grant allocations for 2025-26 on Wednesday, March 11.",
     "Wednesday, March 11", "FC501", "2025-02-01"),
    ("The 2026-27 estimates go before the assembly on Friday 12 February, the clerk said.",
     "Friday 12 February", "FC501", "2026-01-02"),
    # 2. seats on the N-member body
    ("The coalition ended up with 40 seats on the 90-member assembly - 25 for the Greens and 19 for Labour.",
     "40", "FC101", None),
    ("The opposition holds 52 seats in the 120-member chamber: 30 for the Conservatives and 26 for the "
     "Liberal Democrats.", "52", "FC101", None),
    ("After the count the alliance had 33 seats on the 70-member council - 21 for its main party, 9 for the "
     "independents and 6 for the Greens.", "33", "FC101", None),
    ("Together the two groups control 18 seats on the 45-member board - 11 for the unions and 9 for "
     "employers' nominees.", "18", "FC101", None),
    ("The centre-right took 61 seats in the 150-member parliament - 47 for the People's Party and 17 for "
     "its partners.", "61", "FC101", None),
    # 3. "in which" opening a part's own clause
    ("The tribunal heard 61 claims last year - 30 in which the employer settled, 20 that were withdrawn and 14 "
     "that went to a full hearing.", "61", "FC101", None),
    ("The lifeboat crew answered 35 calls in the summer: 17 in which swimmers were in trouble, 12 involving "
     "small boats and 9 that turned out to be false alarms.", "35", "FC101", None),
    ("Inspectors looked at 80 homes - 44 on which the roof needed work, 21 that were damp and 19 that passed.",
     "80", "FC101", None),
    ("The referee showed 27 cards over the season - 15 in which the player had dissented, 8 for fouls and 6 "
     "for time-wasting.", "27", "FC101", None),
    ("Police dealt with 52 incidents at the festival - 30 in which someone was taken ill, 14 thefts and 11 "
     "that involved fights.", "52", "FC101", None),
    # 4. ratings told with the verb of saying again ("29% said it was fair"), after "Asked to rate"
    ('Asked to rate the new bus timetable, 52% of passengers said it was good, 30% said it was average and 25% said it was bad.',
     '25%', "FC202", None),
    ("When asked about the library's opening hours, 41% of members said they were good, 36% said they were adequate and 30% said they were poor.",
     '30%', "FC202", None),
    ("Parents were asked to rate the school's new lunch menu: 38% said it was excellent, 45% said it was satisfactory and 24% said it was poor.",
     '24%', "FC202", None),
    ("In the tenants' survey, 55% thought the repairs service was good, 28% thought it was fair and 22% thought it was poor.",
     '22%', "FC202", None),
    ('Asked to rate the festival, 60% of visitors said it had been excellent, 25% said it had been good and 21% said it had been poor.',
     '21%', "FC202", None),
    # 5. things in apposition to the subject, closed by a plain verb of place or motion
    ("The zoo's four new arrivals, a giraffe calf and a red panda, go on show at Easter.",
     'four', "FC410", None),
    ("The festival's three headline acts, a jazz trio and a folk singer, arrive in town on Friday.",
     'three', "FC410", None),
    ("The library's two new reading rooms, a children's corner, a study area and a quiet room, open to the public on Monday.",
     'two', "FC410", None),
    ("The port's three new cranes, a gantry crane and a mobile crane, go into service in May.",
     'three', "FC410", None),
    ("The park's three new sculptures, a bronze hare and a granite seat, stand at the lakeside from Saturday.",
     'three', "FC410", None),
    # 6. what is left shared "between them", then one more part of another kind
    ('The hosts were all out for 187. Patel made 72 and Rowe 45, while the remaining batsmen scraped 51 between them and extras added 9.',
     '187', "FC101", None),
    ('The club scored 96 goals this season. Lund got 31 and Berg 22, while the rest of the squad shared 35 between them and penalties added 6.',
     '96', "FC101", None),
    ('The Lions scored 88 points. Reyes had 27 and Cole 19, while the other players managed 30 between them and rebounds added 16.',
     '88', "FC101", None),
    ('The petition gathered 1,270 signatures. Teachers gave 400 and parents 350, while the other residents added 300 between them and visitors contributed 90.',
     '1,270', "FC101", None),
    ('The home side made 301. Ahmed struck 104 and Lowe 66, while the remaining batsmen made 98 among them and extras added 21.',
     '301', "FC101", None),
    # 7. a pair told where both are from, then one more name
    ('Five men - Tom Reid, 24, and Dan Shaw, 27, both of Leeds, and Ali Khan, 30, of Bradford - were charged with burglary.',
     'Five', "FC410", None),
    ('Two women - Jo Pike and Kim Lowe, both from Hull, and Amy Dunn, of Goole - have been named as the winners.',
     'Two', "FC410", None),
    ('Four teenagers - Ben Ayres, 17, and Luke Ford, 16, both of Redruth, and Sam Hale, 18, of Truro - were rescued from the cliff.',
     'Four', "FC410", None),
    ('Six candidates - Rob Kerr, 52, and Ann Moss, 47, both of Ayr, and Ian Bell, 61, of Troon - are standing for the council.',
     'Six', "FC410", None),
    ('Two climbers - Erik Holm and Nils Berg, both from Bergen, and Tor Lie, of Oslo - were airlifted off the mountain.',
     'Two', "FC410", None),
]

CLEANS = [
    ("The trust board will approve its 2025-26 spending plan on Tuesday 4 March.", "2025-01-20"),
    ("Governors meet on Thursday 20 February to agree the school's 2025-26 budget.", "2025-01-05"),
    ("The parish council will fix its precept for 2024-25 at a meeting on Thursday 7 March.", "2024-01-25"),
    # the span of a run of events holds its own days, however far off
    ("The club's annual meeting, which will confirm fees for the 2024-25 season, takes place on Friday 7 March.",
     "2024-01-25"),
    ("Ministers will publish the grant allocations for 2025-26 on Tuesday, March 11.", "2025-02-01"),
    ("The 2026-27 estimates go before the assembly on Thursday 12 February, the clerk said.", "2026-01-02"),
    # the span's later year still within reach: that year's day may be meant
    ("The theatre's 2024-25 season closes on Saturday, June 28, with a new staging of the opera.", "2024-09-01"),
    ("The coalition ended up with 44 seats on the 90-member assembly - 25 for the Greens and 19 for Labour.", None),
    ("The opposition holds 56 seats in the 120-member chamber: 30 for the Conservatives and 26 for the "
     "Liberal Democrats.", None),
    ("After the count the alliance had 36 seats on the 70-member council - 21 for its main party, 9 for the "
     "independents and 6 for the Greens.", None),
    ("Together the two groups control 20 seats on the 45-member board - 11 for the unions and 9 for "
     "employers' nominees.", None),
    ("The centre-right took 64 seats in the 150-member parliament - 47 for the People's Party and 17 for "
     "its partners.", None),
    ("The tribunal heard 64 claims last year - 30 in which the employer settled, 20 that were withdrawn and 14 "
     "that went to a full hearing.", None),
    ("The lifeboat crew answered 38 calls in the summer: 17 in which swimmers were in trouble, 12 involving "
     "small boats and 9 that turned out to be false alarms.", None),
    ("Inspectors looked at 84 homes - 44 on which the roof needed work, 21 that were damp and 19 that passed.", None),
    ("The referee showed 29 cards over the season - 15 in which the player had dissented, 8 for fouls and 6 "
     "for time-wasting.", None),
    ("Police dealt with 55 incidents at the festival - 30 in which someone was taken ill, 14 thefts and 11 "
     "that involved fights.", None),
    # 4. ratings that make up the whole
    ('Asked to rate the new bus timetable, 52% of passengers said it was good, 30% said it was average and 18% said it was bad.',
     None),
    ("When asked about the library's opening hours, 41% of members said they were good, 36% said they were adequate and 23% said they were poor.",
     None),
    ("Parents were asked to rate the school's new lunch menu: 38% said it was excellent, 45% said it was satisfactory and 17% said it was poor.",
     None),
    ("In the tenants' survey, 55% thought the repairs service was good, 28% thought it was fair and 17% thought it was poor.",
     None),
    ('Asked to rate the festival, 60% of visitors said it had been excellent, 25% said it had been good and 15% said it had been poor.',
     None),
    # each share on a thing of its own: no one scale
    ("Asked to rate the hotel, 48% of guests said the food was good, 39% said the rooms were fair and 31% said "
     "the parking was poor.", None),
    # 5. the apposition matching its count
    ("The zoo's two new arrivals, a giraffe calf and a red panda, go on show at Easter.",
     None),
    ("The festival's two headline acts, a jazz trio and a folk singer, arrive in town on Friday.",
     None),
    ("The library's three new reading rooms, a children's corner, a study area and a quiet room, open to the public on Monday.",
     None),
    ("The port's two new cranes, a gantry crane and a mobile crane, go into service in May.",
     None),
    ("The park's two new sculptures, a bronze hare and a granite seat, stand at the lakeside from Saturday.",
     None),
    # 6. the same, adding up
    ('The hosts were all out for 177. Patel made 72 and Rowe 45, while the remaining batsmen scraped 51 between them and extras added 9.',
     None),
    ('The club scored 94 goals this season. Lund got 31 and Berg 22, while the rest of the squad shared 35 between them and penalties added 6.',
     None),
    ('The Lions scored 92 points. Reyes had 27 and Cole 19, while the other players managed 30 between them and rebounds added 16.',
     None),
    ('The petition gathered 1,140 signatures. Teachers gave 400 and parents 350, while the other residents added 300 between them and visitors contributed 90.',
     None),
    ('The home side made 289. Ahmed struck 104 and Lowe 66, while the remaining batsmen made 98 among them and extras added 21.',
     None),
    # 7. the same, the count right
    ('Three men - Tom Reid, 24, and Dan Shaw, 27, both of Leeds, and Ali Khan, 30, of Bradford - were charged with burglary.',
     None),
    ('Three women - Jo Pike and Kim Lowe, both from Hull, and Amy Dunn, of Goole - have been named as the winners.',
     None),
    ('Three teenagers - Ben Ayres, 17, and Luke Ford, 16, both of Redruth, and Sam Hale, 18, of Truro - were rescued from the cliff.',
     None),
    ('Three candidates - Rob Kerr, 52, and Ann Moss, 47, both of Ayr, and Ian Bell, 61, of Troon - are standing for the council.',
     None),
    ('Three climbers - Erik Holm and Nils Berg, both from Bergen, and Tor Lie, of Oslo - were airlifted off the mountain.',
     None),
]


@pytest.mark.parametrize("text,target,rule,published", FLAGS)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", CLEANS)
def test_clean(text, published):
    assert_clean(text, published)

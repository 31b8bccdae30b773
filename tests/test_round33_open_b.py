"""Round 33 (open-b): readings learnt from the round's opened never-seen set, each written for its family of shapes
(five variants of our own wording), with clean twins that must stay silent."""
import pytest

from tests.shapes import assert_clean, assert_flagged


# Fix 1: a thing's length told in a clause about it ("The lifeboat, which is 17 metres long,") restated as
# "the N-metre vessel/aircraft": a general noun over the one kind the clause names; a place told by the restatement's
# own verb ("was repaired in Rotterdam") says where the one thing was, and picks out no part.
@pytest.mark.parametrize("text, target", [
    ("The research ship, which is 86 metres long, sails for Antarctica in May. The 68-metre vessel carries a crew "
     "of 40.", "68-metre"),
    ("The lifeboat, which is 17 metres long, was named at a ceremony on Saturday. The 14-metre vessel cost £2.4m.",
     "14-metre"),
    ("The airship, which is 92 metres long, made its first flight over Bedford yesterday. The 82-metre aircraft can "
     "stay aloft for five days.", "82-metre"),
    ("A cargo freighter, which is 210 metres long, ran aground off Dover on Sunday. The 190-metre vessel was "
     "refloated on Monday.", "190-metre"),
    ("The tanker, which is 330 metres long, docked at Milford Haven last week. The 303-metre vessel was repaired in "
     "Rotterdam.", "303-metre"),
])
def test_length_told_of_a_kind_restated_under_its_general_noun_is_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", [
    "The research ship, which is 86 metres long, sails for Antarctica in May. The 86-metre vessel carries a crew of 40.",
    "The lifeboat, which is 17 metres long, was named at a ceremony on Saturday. The 17-metre vessel cost £2.4m.",
    "The airship, which is 92 metres long, made its first flight over Bedford yesterday. The 92-metre aircraft can "
    "stay aloft for five days.",
    # two kinds in the clause: which one is the vessel?
    "The tug, which is 30 metres long, towed the barge into port on Sunday. The 80-metre vessel was refloated on "
    "Monday.",
    # a participle placing it: perhaps another vessel
    "The tanker, which is 330 metres long, docked at Milford Haven last week. The 303-metre vessel moored in "
    "Rotterdam is its sister ship.",
])
def test_length_told_of_a_kind_clean_twins_stay_silent(text):
    assert_clean(text)


# Fix 2: a margin won "by N votes" restated a sentence or two later as the winner's own majority ("her majority of
# N", "his N-vote majority"); silent when they agree, when the majority is another count of it (a change, "previous",
# a year), a part of a set ("the majority of 900 members"), or another margin stands between.
@pytest.mark.parametrize("text, target", [
    ("Councillor Ruth Ames kept her ward by 488 votes after a recount. Her majority of 448 was the slimmest in the "
     "borough.", "448"),
    ("The Greens took Fenton by 2,306 votes. Their majority of 2,036 makes it the party's safest seat.", "2,036"),
    ("Senator Vale won the primary by 9,750 votes on Tuesday night, and his 7,950-vote majority surprised "
     "pollsters.", "7,950-vote"),
    ("Dr Kapoor retained the seat by just 76 votes. Officials said her slender majority of 67 was confirmed at "
     "dawn.", "67"),
    ("Labour held Eastgate by 5,120 votes despite a swing to the Liberals. Its majority of 5,210, however, will "
     "worry the party.", "5,210"),
])
def test_margin_won_by_restated_as_own_majority_is_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", [
    "Councillor Ruth Ames kept her ward by 488 votes after a recount. Her majority of 488 was the slimmest in the "
    "borough.",
    "The Greens took Fenton by 2,306 votes. Their majority of 4,100 in 2019 had made it the party's safest seat.",
    "Senator Vale won the primary by 9,750 votes on Tuesday night, cutting his previous 12,000-vote majority.",
    "Dr Kapoor retained the seat by just 76 votes. Her majority of 300 members on the board was not in doubt.",
    "Labour held Eastgate by 5,120 votes. Its majority had been 8,400 before the boundary change, and its majority "
    "of 8,400 was once thought safe.",
])
def test_margin_won_by_clean_twins_stay_silent(text):
    assert_clean(text)


# Fix 3: a player signed "for [a club-record/reported] £N" is a transfer fee, restated as "the £N fee/transfer/switch"
@pytest.mark.parametrize("text, target", [
    ("United signed the winger Leon Price for £12m on Friday. The £21m fee is a record for the club.", "£21m"),
    ("The club have signed goalkeeper Aaron Pike for a reported £800,000. The £600,000 fee was agreed after long "
     "talks.", "£600,000"),
    ("Celtic signed the Danish defender for a club-record £9.5m. The £5.9m transfer makes him the dearest defender "
     "in Scotland.", "£5.9m"),
    ("Dortmund signed the teenager for €7m. The €17m switch has yet to pay off.", "€17m"),
    ("Town have signed forward Sam Reid for a record £250,000. The £350,000 fee was paid in one instalment.",
     "£350,000"),
])
def test_signed_for_a_sum_restated_as_the_fee_is_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", [
    "United signed the winger Leon Price for £12m on Friday. The £12m fee is a record for the club.",
    "The club have signed goalkeeper Aaron Pike for a reported £800,000. The £800,000 fee was agreed after long talks.",
    "Celtic signed the Danish defender for a club-record £9.5m. It beats the £5.9m fee they paid for a striker in "
    "2019.",
    "Dortmund signed the teenager for €7m. Another club had offered a €17m fee for him a year earlier.",
    "Town have signed forward Sam Reid for a record £250,000, and a £35,000 fee went to his agent.",
])
def test_signed_for_a_sum_clean_twins_stay_silent(text):
    assert_clean(text)


# Fix 4: a thing brought in with its size as a modifier ("A 6-metre minke whale") and sized again in a relative clause
# about "the" general noun of its kind ("the animal, which measured 8 metres"), when the passage names no other kind
# (not a structure or vessel: the length finder's, left alone here).
@pytest.mark.parametrize("text, target", [
    ("A 9-metre basking shark was spotted off Cornwall on Sunday. Divers said the animal, which measured 6 metres, "
     "swam close to their boat.", "6 metres"),
    ("An 18-foot python was caught in a garden in Florida. Officers said the animal, which measured 15 feet, had "
     "swallowed a large meal.", "15 feet"),
    ("A 3-metre crocodile was seen in the river near the town. Rangers said the animal, which is 4 metres long, was "
     "later moved upstream.", "4 metres"),
    ("A 6-metre minke whale washed up at the harbour mouth. Vets said the animal, which measured 8 metres, was "
     "underweight.", "8 metres"),
    ("Fishermen freed a 3-metre bottlenose dolphin from their nets on Monday. The charity said the animal, which was "
     "2 metres long, swam off unhurt.", "2 metres"),
])
def test_size_as_modifier_then_in_a_clause_about_its_kind_is_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", [
    "A 9-metre basking shark was spotted off Cornwall on Sunday. Divers said the animal, which measured 9 metres, "
    "swam close to their boat.",
    "An 18-foot python and a 4-foot snake were caught in a garden in Florida. Officers said the animal, which "
    "measured 15 feet, had swallowed a large meal.",
    "A 3-metre crocodile was seen in the river near the town. A seal was found on the bank. Rangers said the animal, "
    "which is 2 metres long, was later moved upstream.",
    "A 6-metre minke whale washed up at the harbour mouth. Vets said the animals, which measured 8 metres, were "
    "underweight.",
    "Fishermen freed a 3-metre bottlenose dolphin from their nets on Monday. The charity said the animal, which was "
    "3 metres long, swam off unhurt.",
])
def test_size_as_modifier_then_in_a_clause_clean_twins_stay_silent(text):
    assert_clean(text)


# Fix 5: a multiple "as many as" a named holder whose figure a "who" clause gives ("as many as his rival, NAME, who
# has N"), the clause ending on the figure and counting the level's own thing (or nothing named).
@pytest.mark.parametrize("text, target", [
    ("Hale's 24 wins this season are three times as many as the champion, Ortiz, who has 11.", "three times"),
    ("Lena Moss's 30 caps are twice as many as her team-mate Ida Berg, who has 21.", "twice"),
    ("Kato's 45 tries are three times as many as Fitzgerald, who scored 22.", "three times"),
    ("Her 12 titles are four times as many as her sister, Mia, who won five.", "four times"),
    ("The striker's 18 assists are twice as many as his captain, Joel Anders, who has made 12.", "twice"),
])
def test_multiple_of_a_named_holders_figure_is_flagged(text, target):
    assert_flagged(text, target, "FC3")


@pytest.mark.parametrize("text", [
    "Hale's 24 wins this season are three times as many as the champion, Ortiz, who has 8.",
    "Lena Moss's 30 caps are twice as many as her team-mate Ida Berg, who has 15.",
    "Kato's 45 tries are three times as many as Fitzgerald, who has 22 assists.",
    "Her 12 titles are four times as many as her sister, Mia, who won five in the junior ranks alone.",
    "The striker's 18 assists are twice as many as his captain, Joel Anders, who has made 12 in the cup since May.",
])
def test_multiple_of_a_named_holders_figure_clean_twins_stay_silent(text):
    assert_clean(text)


# Fix 6: a race won by a margin of time ("won ... by N seconds", "N seconds ahead of") beside the two finishing
# times it separates: the runner-up's time less the winner's.
@pytest.mark.parametrize("text, target", [
    ("Jansen won the marathon by 52 seconds in 2hr 08min 10sec, with runner-up Okello home in 2hr 08min 52sec.",
     "52 seconds"),
    ("Ruiz took the 1500m by 3 seconds, finishing in 3min 35sec, with Lund second in 3min 41sec.", "3 seconds"),
    ("The Kenyan finished 12 seconds ahead of Moreno, crossing the line in 13min 02sec; Moreno came home in "
     "13min 10sec.", "12 seconds"),
    ("Hartley won the time trial by 20 seconds, clocking 41min 10sec; runner-up Dane Cole clocked 41min 50sec.",
     "20 seconds"),
    ("Mara Diaz won the swim by 9 seconds in 58min 30sec, and Ana Ruiz was second in 58min 48sec.", "9 seconds"),
])
def test_race_margin_against_the_two_finishing_times_is_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", [
    "Jansen won the marathon by 42 seconds in 2hr 08min 10sec, with runner-up Okello home in 2hr 08min 52sec.",
    "Ruiz took the 1500m by 6 seconds, finishing in 3min 35sec, with Lund second in 3min 41sec.",
    "The Kenyan finished 12 seconds ahead of Moreno, crossing the line in 13min 02sec; last year Moreno won in "
    "13min 10sec.",
    "Hartley won the time trial by 20 seconds, clocking 41min 10sec; runner-up Dane Cole clocked 41min 30sec.",
    "Mara Diaz won the swim by 9 seconds in 58min 30sec, and Ana Ruiz was second in her heat in 58min 48sec.",
])
def test_race_margin_clean_twins_stay_silent(text):
    assert_clean(text)

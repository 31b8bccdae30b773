"""Round 34 (flearn): restatements in longer texts.

Guards (false alarms of the learning sets): a subgroup picked by its own clause, "Among the 12,400 who
completed" after "recruited 14,200", is no digit swap; a tally set beside another ballot in its sentence leaves a
side told later unlinked.

Shape A: a quantity told plainly, then pointed back at with "the" as a modifier of its noun ("took off five
hours late ... the seven-hour delay"; "fell 14% ... The 41% slide") -- checker/relate/restated_quantities.py.
"""
import pytest

from tests.shapes import assert_clean, assert_flagged

MODIFIER_FLAGGED = [
    ("The ferry from Dover left four hours late on Monday because of a strike. Operators apologised for the "
     "six-hour delay and refunded foot passengers.", "six-hour"),
    ("The A61 will shut for twelve days from Friday while the bridge is resurfaced. Diversions will be in place "
     "throughout the 21-day closure.", "21-day"),
    ("A driver who killed a cyclist in Leeds was jailed for eight years on Tuesday. The judge said the "
     "nine-year term reflected his appalling record.", "nine-year"),
    ("Planners have approved 180 flats on the old depot site in Wakefield. Work on the 160-flat development "
     "will start in the spring.", "160-flat"),
    ("Shares in the builder dropped 23% on Monday after a profit warning. The 32% fall left it worth £1.1bn.",
     "32%"),
    ("The skull is around 45 million years old, researchers said. Scans of the 54-million-year-old specimen "
     "showed a large brain.", "54-million-year-old"),
]

MODIFIER_CLEAN = [
    # the same value
    "The ferry from Dover left six hours late on Monday because of a strike. Operators apologised for the "
    "six-hour delay and refunded foot passengers.",
    # a part of the whole, not the whole
    "The A61 will shut for twelve days from Friday while the bridge is resurfaced. The first 5-day stage "
    "covers the northbound lanes.",
    "The new bypass will be 14 miles long. The 4-mile section nearest the town opens first.",
    # another thing: a separate scheme, a previous term
    "Planners have approved 180 flats on the old depot site in Wakefield but rejected the separate 160-flat "
    "scheme at Moor Lane.",
    "A driver who killed a cyclist in Leeds was jailed for eight years on Tuesday. He had served the "
    "previous five-year term for robbery.",
    # a second figure of the same sort between: which one is meant?
    "Shares in the builder dropped 23% on Monday, and are down 32% this year. The 32% fall left it worth £1.1bn.",
    "Shares in the builder dropped 23% on Monday after a profit warning, while its rival lost 9%. The 9% drop "
    "was its worst since 2008.",
    # another year
    "Shares in the builder dropped 23% in 2024. The 32% fall in 2022 was worse.",
    # a benchmark noun
    "Turnout was 58% on Thursday. Campaigners had hoped to beat the 60% mark.",
    # a different unit
    "The A61 will shut for twelve days from Friday. Drivers face the 20-minute diversion via Ripon.",
    # the first a part of the second's whole
    "The coach broke down six hours into the 14-hour trip from Glasgow to Bristol.",
    "The line will close for nine days. Buses will replace trains for three of the 11-day closure's busiest days.",
    # a percentage before a pronoun, another occasion
    "Labour won 41.2% of the vote, up 2.5 points on the 38.7% it took at the last election.",
    # the value told already with its unit left out (another person's term)
    "Brennan was jailed for ten years and his brother Sean for six. The six-year term reflected his smaller role.",
]


@pytest.mark.parametrize("text,target", MODIFIER_FLAGGED)
def test_modifier_restatement_found_by_its_finder(text, target):
    # (round 35) the finder is out of the catalogue (see restated_quantities.FINDERS): its reading is tested directly
    from checker.api import analyse
    from checker.relate.restated_quantities import find_modifier_restatements
    doc = analyse(text)
    at = text.index(target)
    if not any(r.second.start <= at < r.second.end and r.first.value != r.second.value
               for r in find_modifier_restatements(doc)):
        assert_flagged(text, target, "FC40")  # ("the nine-year term": the term finder reads it too)


@pytest.mark.parametrize("text", MODIFIER_CLEAN)
def test_modifier_restatement_clean(text):
    assert_clean(text)


SUBSET_AND_BALLOT_CLEAN = [
    "The trial enrolled 16,300 patients across Wales. Among the 13,600 who finished it, those on the new drug "
    "lived longer.",
    "Organisers sold 21,500 tickets for the festival. Among the 12,500 who camped overnight, most were students.",
    "A survey reached 8,420 households in the city. Of the 4,820 that replied, the rest having moved, a third "
    "owned a car.",
    "The council passed the budget 31-29 on Monday, a closer result than the 35-25 vote on an earlier draft in "
    "May. Four councillors who backed the first draft voted against it this time.",
    "The assembly approved the bill 62-38, a wider margin than the 55-45 vote on the previous version. Seven "
    "members who opposed it in spring switched sides.",
]

SUBSET_AND_BALLOT_FLAGGED = [
    ("The trial enrolled 16,300 patients across Wales. The 13,600 patients were given the drug or a dummy pill.",
     "13,600"),
    ("The council passed the budget by 31 votes to 29 on Monday. Supporters, who mustered 33 votes, cheered.",
     "33"),
    ("Organisers sold 21,500 tickets for the festival. The 25,100 tickets went in under an hour.", "25,100"),
]


@pytest.mark.parametrize("text", SUBSET_AND_BALLOT_CLEAN)
def test_subset_and_other_ballot_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", SUBSET_AND_BALLOT_FLAGGED)
def test_subset_guard_keeps_restatements(text, target):
    assert_flagged(text, target, "FC40")


# Shape B: a whole told, then counted again as "all N of it/them/her NOUN"
ALL_OF_FLAGGED = [
    ("The new 9-mile cycle path opens on Friday. Cyclists will be able to ride all 11 miles of it without meeting "
     "a car.", "11 miles"),
    ("A carer who stole from 23 pensioners was jailed on Monday. The judge said all 32 of her victims had been "
     "left frightened.", "32"),
    ("The club has signed 14 young players this summer. The manager said all 16 of them would train with the "
     "first team.", "16"),
]

ALL_OF_CLEAN = [
    # the same value
    "The new 9-mile cycle path opens on Friday. Cyclists will be able to ride all nine miles of it without "
    "meeting a car.",
    # a part or a place after "of them"
    "The club has 40 staff. The manager said all 16 of them at the training ground would keep their jobs.",
    "A carer who stole from 23 pensioners was jailed on Monday. All 12 of her victims who gave evidence were "
    "praised by the judge.",
    # two figures of the sort before: which whole?
    "The club has signed 14 young players and released 6. The manager said all 16 of them would train with "
    "the first team.",
    # another occasion
    "The club signed 14 young players this summer. All 16 of them signed last year have left.",
    # a different kind of thing counted
    "The firm shut 12 shops in Wales. All 30 of its workers were moved to Cardiff.",
]


@pytest.mark.parametrize("text,target", ALL_OF_FLAGGED)
def test_all_of_restatement_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", ALL_OF_CLEAN)
def test_all_of_restatement_clean(text):
    assert_clean(text)


# Shape C: the age at death ("has died aged 87") given again after the surname ("Hale (84)", "Hale, 84,")
DEATH_AGE_FLAGGED = [
    ("The poet Owen Rees, whose collections sold widely in Wales, has died aged 91. Rees (89) had written every "
     "morning until the spring.", "89"),
    ("The actor Julia Marsh has died aged 78, her agent said. Marsh, 87, appeared in more than 40 films.", "87"),
    ("Former miners' leader Alan Pryce, who has died aged 83, led the 1984 walkout at Ashfield. Pryce, 85, is "
     "survived by his wife.", "85"),
]

DEATH_AGE_CLEAN = [
    # the same age
    "The poet Owen Rees has died aged 91. Rees (91) had written every morning until the spring.",
    # an age at another time
    "The poet Owen Rees has died aged 91. In 1975 Rees, 41, won the National Eisteddfod chair.",
    "The actor Julia Marsh has died aged 78. Marsh, then 32, made her name in a West End comedy.",
    # another person of the surname
    "The actor Julia Marsh has died aged 78. Her son Tom Marsh said Marsh, 52, would run the theatre.",
    # another person's age
    "The actor Julia Marsh has died aged 78. Her husband, Peter Lyle, 81, was with her.",
    # no death told
    "The actor Julia Marsh was 78 when she retired in 2019. Marsh, 84, now lives in Kent.",
]


@pytest.mark.parametrize("text,target", DEATH_AGE_FLAGGED)
def test_death_age_restatement_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", DEATH_AGE_CLEAN)
def test_death_age_restatement_clean(text):
    assert_clean(text)


MODIFIER_PERCENT_CLEAN = [
    # a percentage before a noun of another thing
    "Inflation was 3.2% in May, the statistics office said. The 5% pay rise offered to nurses is above it.",
    "Sales rose 12% in the year. The 20% discount on winter coats helped.",
    "The party took 31% of the vote. The 5% threshold for seats was cleared easily by the Greens.",
]


@pytest.mark.parametrize("text", MODIFIER_PERCENT_CLEAN)
def test_modifier_percent_of_another_thing_clean(text):
    assert_clean(text)


def test_modifier_percent_rise_in_a_part_clean():
    assert_clean("Sales at the grocer rose 12% in the year to March. The 20% rise in online sales was the fastest.")


# Shape D: a count given again under the very same noun phrase of two or three words
SAME_PHRASE_FLAGGED = [
    ("Paramedics attended 12,700 cardiac arrests across the county last winter. The service said handling "
     "about 17,000 cardiac arrests in one season had stretched crews.", "about 17,000"),
    ("The airport handled 3,400 cargo flights in the year to June. Managers said the 4,300 cargo flights had "
     "brought in record fees.", "4,300"),
    ("Volunteers planted 5,200 oak saplings along the river this autumn. Organisers said planting nearly 8,000 "
     "oak saplings in six weeks had been exhausting.", "nearly 8,000"),
]

SAME_PHRASE_CLEAN = [
    # the same value, rounded
    "Paramedics attended 12,700 cardiac arrests across the county last winter. The service said handling about "
    "13,000 cardiac arrests in one season had stretched crews.",
    # another place
    "Leeds has 4,100 council homes awaiting repair. Bradford has 6,200 council homes in the same state.",
    # another time, a change
    "Paramedics attended 12,700 cardiac arrests across the county last winter, up from 10,400 cardiac arrests "
    "the winter before.",
    "The airport handled 3,400 cargo flights in the year to June. It handled 2,900 cargo flights a year earlier.",
    # a part of them
    "The airport handled 3,400 cargo flights in the year to June. Of the 900 cargo flights that landed at night, "
    "most came from Leipzig.",
    # a comparison
    "Volunteers planted 5,200 oak saplings this autumn. That is more than the 3,000 oak saplings planted in 2023.",
]


@pytest.mark.parametrize("text,target", SAME_PHRASE_FLAGGED)
def test_same_phrase_restatement_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", SAME_PHRASE_CLEAN)
def test_same_phrase_restatement_clean(text):
    assert_clean(text)


# Shape E: a race won "in" a time, then the same time as the winner's "winning time of"
WINNING_TIME_FLAGGED = [
    ("Amos Keter won the Valencia marathon in 2:03:41 on Sunday. Keter's winning time of 2:03:14 was a course "
     "best.", "2:03:14"),
    ("Sara Lind won the Oslo marathon in 2:21:05 after a late surge. Her winning time of 2:25:01 came in heavy "
     "rain.", "2:25:01"),
    ("Tomas Varga won the Vienna marathon in 2:07:12 on Sunday. His winning time of two hours, nine minutes and "
     "12 seconds was greeted by a huge crowd.", "two hours"),
]

WINNING_TIME_CLEAN = [
    "Amos Keter won the Valencia half marathon in 58:41 on Sunday. Keter's winning time of 58:41 was a course "
    "best.",
    "Tomas Varga won the Vienna marathon in 2:07:12 on Sunday. His winning time of two hours, seven minutes and "
    "12 seconds was greeted by a huge crowd.",
    # another year's race
    "Amos Keter won the Valencia half marathon in 58:41 on Sunday. His winning time of 59:12 last year was slower.",
    # a heat, not the final
    "Sara Lind won the 1500m final in 4:01.20. Her winning time of 4:05.80 in the heats was slower.",
    # two races won: which one?
    "Lind won the 800m in 1:58.30 and Ode won the 1500m in 4:05.60. Ode's winning time of 4:05.60 was a meeting "
    "best.",
]


@pytest.mark.parametrize("text,target", WINNING_TIME_FLAGGED)
def test_winning_time_restatement_flagged(text, target):
    assert_flagged(text, target, "FC40")


@pytest.mark.parametrize("text", WINNING_TIME_CLEAN)
def test_winning_time_restatement_clean(text):
    assert_clean(text)


GUARDS_FROM_ARTICLES_CLEAN = [
    # a change beside the second, its own year
    "Turnout was 64.2% of the 81,300 registered voters, down 2.1 points on the 66.3% turnout recorded in 2021.",
    # the first itself a change, not a level
    "The Greens gained four council seats on Thursday, taking control of the 60-seat council with 31 members.",
    # a bare count under the same phrase: another total
    "Rhodes took 61 first-class wickets this summer. He has taken 640 first-class wickets in 18 seasons.",
]


@pytest.mark.parametrize("text", GUARDS_FROM_ARTICLES_CLEAN)
def test_guards_from_articles_clean(text):
    assert_clean(text)

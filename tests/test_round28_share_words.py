"""Round 28: a share given as a percentage and told again in words, of the same whole, in a sentence near
(checker.relate.share_words): "won 44% of the vote ... taking more than half the vote", "31% of commuters
support the charge ... 'Six in ten commuters back the charge'", either order, or against the headline. Silent
for another whole or a part of it, another time, a bar or an aim ("needs more than half the vote to avoid a
run-off"), a change, another finding of the same whole ("support the plan ... oppose the bus lanes"), and
words the percentage rounds to ("38% ... nearly four in ten")."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ("Some 58% of eligible voters took part in the referendum, officials said. The electoral commission said "
     "more than two-thirds of eligible voters had taken part.", "more than two-thirds"),
    ("A poll for the charity found 21% of parents skip meals to feed their children. 'One in three parents skip "
     "meals so their children can eat,' its director said.", "One in three parents"),
    ("Just 35% of the city's bridges are in good condition, the audit found. The report said more than half of "
     "the bridges were in good condition.", "more than half of the bridges"),
    ("Half of the region's hospitals missed the four-hour target last winter, the report said. The figures "
     "show 31% of hospitals in the region missed it.", "31%"),
    ("Three in four teachers consider quitting\nA survey of 2,000 staff found 57% of teachers consider quitting "
     "within five years.", "57%"),
    ("Councillor Amir Shah won 44% of the vote in the mayoral race on Thursday. His agent said taking more than "
     "half the vote proved the town wanted a fresh start.", "more than half"),
    ("A poll for the newspaper found 31% of commuters support the congestion charge. 'Six in ten commuters back "
     "the charge,' the transport minister said.", "Six in ten"),
]

CLEAN = [
    "A poll for the newspaper found 38% of commuters support the congestion charge. 'Nearly four in ten "
    "commuters back the charge,' the transport minister said.",
    "A poll found 28% of commuters support the charge. Four in ten business owners back it too, the chamber "
    "said.",
    "Councillor Amir Shah won 44% of the vote in the first round on Thursday. Under the rules a candidate needs "
    "more than half the vote to avoid a run-off.",
    "In 2019, 28% of commuters supported the charge, a poll found. Now four in ten commuters back it.",
    "A poll found 28% of commuters support the charge. Among older commuters, four in ten back it.",
    "A poll found 28% of commuters support the charge. Four in ten older commuters back it, the poll found.",
    "Just under a fifth of the town's post offices have closed since 2010. Of the 140 branches open in 2010, "
    "27 have shut, or 19.3%.",
    "Support for the charge rose by a third in a year. Some 28% of commuters now back it.",
    "A poll found 21% of parents skip meals. 'One in five parents tell us they go hungry,' its director said.",
    "Turnout was 58% of eligible voters. Officials had hoped more than two-thirds of eligible voters would take "
    "part.",
    "A poll found 28% of commuters support the charge. It found half of commuters oppose the new bus lanes.",
    "A survey found 41% of nurses had considered quitting. Half of nurses said they worked unpaid overtime every "
    "week.",
    "Some 35% of the city's bridges are in good condition, the audit found. More than half of the bridges need "
    "repairs within five years.",
    "A poll found 21% of parents skip meals. 'One in three parents work nights,' the director said.",
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_share_told_in_words_flagged(text, target):
    assert_flagged(text, target, "FC402")


@pytest.mark.parametrize("text", CLEAN)
def test_share_told_in_words_clean(text):
    assert_clean(text)


def test_two_opinions_of_one_whole_clean():
    assert_clean("Almost a third of commuters opposed the new toll. Some 58% of commuters supported a new tram line.")


def test_a_degree_of_the_answer_clean():
    assert_clean("Nearly a third of drivers backed the toll. Some 58% of drivers strongly backed it.")

"""Round 18 (changes), third part: a fraction or multiple of a described base whose figure follows in brackets
("a third of the number in 2019 (24,000)"); a sentence opening "That is"/"This was" on a multiple and its base,
the new level the one figure of the sentence before (inferred); a comparative multiple with its base in a "when"
clause ("four times higher than in 2015, when they were £12m": four or five times). Each flagged row has a clean
twin."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# (text, target, rule prefix, published): the base's figure in brackets after its description
BASE_IN_BRACKETS = [
    ("Only 12,000 people voted, a third of the number in 2019 (24,000).", "a third", "FC302", None),
    ("Ticket sales reached £90m last year, three times the 2015 total (£20m).", "three times", "FC302", None),
    ("The council now spends £9m a year on potholes, three times what it spent in 2015 (£2m).", "three times",
     "FC302", None),
    ("The hospice cared for 640 patients, half the figure for 2021 (1,900), its annual report said.", "half",
     "FC302", None),
    ("Exports stood at 4,200 tonnes - twice the level of a decade earlier (3,000 tonnes).", "twice", "FC302", None),
]
BASE_IN_BRACKETS_CLEAN = [
    (BASE_IN_BRACKETS[0][0].replace("24,000", "36,000"), None),
    (BASE_IN_BRACKETS[1][0].replace("£20m", "£30m"), None),
    (BASE_IN_BRACKETS[2][0].replace("(£2m)", "(£3m)"), None),
    (BASE_IN_BRACKETS[3][0].replace("half", "a third"), None),
    (BASE_IN_BRACKETS[4][0].replace("3,000 tonnes", "2,100 tonnes"), None),
    # a share of a whole in brackets of another kind, or no base figure
    ("Ticket sales reached £90m last year, three times the industry average (20%).", None),
    ("The council now spends £9m a year on potholes, three times what it spent in 2015 (a record).", None),
]

# "That is N times the <base>" right after the sentence of the new level
DEMONSTRATIVE_MULTIPLE = [
    ("Ticket sales hit £90m last year. That is three times the £20m of 2015.", "three times", "FC302", None),
    ("The clinic saw 210 patients in May. That was half the 640 it saw in April.", "half", "FC302", None),
    ("The lake held 2.4 billion litres on Monday. That is half the level of a month ago, when it stood at 7.2 "
     "billion litres.", "half", "FC302", None),
    ("Tuition fees now total £5,400 a year. This is twice the £1,800 charged in 2012.", "twice", "FC302", None),
    ("The county recorded 96 otter sightings in 2024. It was four times the 32 of 2019, volunteers said.",
     "four times", "FC302", None),
]
DEMONSTRATIVE_MULTIPLE_CLEAN = [
    (DEMONSTRATIVE_MULTIPLE[0][0].replace("£20m", "£30m"), None),
    (DEMONSTRATIVE_MULTIPLE[1][0].replace("210", "320"), None),
    (DEMONSTRATIVE_MULTIPLE[2][0].replace("half", "a third"), None),
    (DEMONSTRATIVE_MULTIPLE[3][0].replace("twice", "three times"), None),
    (DEMONSTRATIVE_MULTIPLE[4][0].replace("four times", "three times"), None),
    # the sentence before has two figures of the kind: no new level to take
    ("Ticket sales hit £90m last year and £70m the year before. That is three times the £20m of 2015.", None),
]

# a comparative multiple, its base in a "when" clause: N or N+1 times
COMPARATIVE_MULTIPLE_WHEN = [
    ("Sales hit £90m, four times higher than in 2015, when they were £12m.", "four times", "FC302", None),
    ("The charity housed 1,500 families, twice as many as in 2020, when it housed 1,000.", "twice", "FC302", None),
]
COMPARATIVE_MULTIPLE_WHEN_CLEAN = [
    (COMPARATIVE_MULTIPLE_WHEN[0][0].replace("£12m", "£20m"), None),  # four or five times: 4.5 is read as five
    (COMPARATIVE_MULTIPLE_WHEN[1][0].replace("1,000.", "750."), None),
]


@pytest.mark.parametrize("text,target,rule,published",
                         BASE_IN_BRACKETS + DEMONSTRATIVE_MULTIPLE + COMPARATIVE_MULTIPLE_WHEN)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published",
                         BASE_IN_BRACKETS_CLEAN + DEMONSTRATIVE_MULTIPLE_CLEAN + COMPARATIVE_MULTIPLE_WHEN_CLEAN)
def test_clean(text, published):
    assert_clean(text, published)

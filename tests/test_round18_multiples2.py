"""Round 18 (changes), second part: a multiple whose base is named by its time alone, in one sentence, and the
two levels told as a move in the next one, on a pronoun or the measure ("The choir has three times as many
singers as in 2017. It has 240, up from 60."); a level and its multiple closing a sentence, the base the one
figure of the sentence before, told with its time ("In 2017 the choir had 60 singers. It now has 240, three times
as many."); and more leads before the colon ("twice as high as", "a fourfold rise in calls since 2020", a long
subject between "as many" and "as"). Inferred links: warnings. Each flagged row has a clean twin."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# (text, target, rule prefix, published): the multiple and its base time, then the levels in the next sentence
MULTIPLE_THEN_LEVELS_NEXT = [
    ("The orchestra now has three times as many players as it did in 2017. It has 240, up from 60.",
     "three times", "FC302", None),
    ("The borough has four times as many school streets as in 2016. There are 90, compared with 30 then.",
     "four times", "FC302", None),
    ("Twice as many cats were rehomed as a year earlier, the charity said. It rehomed 1,260, up from 420.",
     "Twice", "FC302", None),
    ("The harbour expects three times as many yachts as last year. It will welcome 66, up from 33.",
     "three times", "FC302", None),
    ("Half as many banks are open as in 1985. There are eight, down from 24, the survey found.", "Half",
     "FC302", None),
    ("The council has laid three times as much cycle track as it did in 2019. It has laid 45 kilometres, up "
     "from 10 kilometres.", "three times", "FC302", None),
    ("The league now has four times as many girls' teams as in 2018. Girls' teams total 372, against 124 "
     "then.", "four times", "FC302", None),
    ("The charity now trains five times as many volunteers as it did in 2015. It trains 300, up from 90, its "
     "annual report says.", "five times", "FC302", None),
]
MULTIPLE_THEN_LEVELS_NEXT_CLEAN = [
    (MULTIPLE_THEN_LEVELS_NEXT[0][0].replace("three times", "four times"), None),
    (MULTIPLE_THEN_LEVELS_NEXT[1][0].replace("four times", "three times"), None),
    (MULTIPLE_THEN_LEVELS_NEXT[2][0].replace("Twice", "Three times"), None),
    (MULTIPLE_THEN_LEVELS_NEXT[3][0].replace("three times", "twice"), None),
    (MULTIPLE_THEN_LEVELS_NEXT[4][0].replace("Half", "A third"), None),
    (MULTIPLE_THEN_LEVELS_NEXT[5][0].replace("10 kilometres", "15 kilometres"), None),
    (MULTIPLE_THEN_LEVELS_NEXT[6][0].replace("four times", "three times"), None),
    (MULTIPLE_THEN_LEVELS_NEXT[7][0].replace("300", "450"), None),
    # the next sentence gives no move of the same measure, or another subject
    ("The club now has four times as many members as in 2018. It has 372 adults and 124 juniors.", None),
    ("The club now has four times as many members as in 2018. Its budget is £372, up from £124.", None),
    ("The club now has four times as many members as in 2018. Rivals have 372, up from 124.", None),
    ("The club now has four times as many members as in 2018. A rival club has 372, up from 124.", None),
]

# a level, then its multiple closing the sentence; the base the sentence before's one figure, with its time
LEVEL_AND_MULTIPLE_AFTER_BASE = [
    ("In 2017 the orchestra had 60 players. It now has 240, three times as many.", "three times", "FC302", None),
    ("There were 30 school streets in the borough in 2016. There are now 90 - four times as many.", "four times",
     "FC302", None),
    ("The library lent 30,000 audiobooks in 2020. This year it lent 90,000, twice as many.", "twice", "FC302",
     None),
    ("In 1985 the high street had 24 banks. It now has eight, half as many.", "half", "FC302", None),
    ("The clinic treated 2,400 patients last year. It treated 4,800 this year, three times as many.",
     "three times", "FC302", None),
    ("The league had 124 girls' teams five years ago. It has 372 now, almost five times as many.",
     "almost five times", "FC302", None),
    ("The charity rehomed 420 cats a year earlier. It rehomed 1,260, twice as many.", "twice", "FC302", None),
    ("Ten years ago the town had 40 electric buses. It now has 200, four times as many.", "four times", "FC302",
     None),
]
LEVEL_AND_MULTIPLE_AFTER_BASE_CLEAN = [
    (LEVEL_AND_MULTIPLE_AFTER_BASE[0][0].replace("three times", "four times"), None),
    (LEVEL_AND_MULTIPLE_AFTER_BASE[1][0].replace("four times", "three times"), None),
    (LEVEL_AND_MULTIPLE_AFTER_BASE[2][0].replace("twice", "three times"), None),
    (LEVEL_AND_MULTIPLE_AFTER_BASE[3][0].replace("half", "a third"), None),
    (LEVEL_AND_MULTIPLE_AFTER_BASE[4][0].replace("three times", "twice"), None),
    (LEVEL_AND_MULTIPLE_AFTER_BASE[5][0].replace("almost five times", "three times"), None),
    (LEVEL_AND_MULTIPLE_AFTER_BASE[6][0].replace("twice", "three times"), None),
    (LEVEL_AND_MULTIPLE_AFTER_BASE[7][0].replace("four times", "five times"), None),
    # another subject, another noun, another kind of figure: no base
    ("In 2017 the orchestra had 60 players. A rival orchestra now has 240, three times as many.", None),
    ("In 2017 the orchestra had 60 players. It now has 240 volunteers, three times as many.", None),
    ("In 2017 the orchestra raised £60. It now has 240 players, three times as many.", None),
]

# more leads between the multiple and the colon or dash
MORE_MULTIPLE_LEADS = [
    ("Prices are now twice as high as in 2019: £4.80 a kilo, up from £1.60.", "twice", "FC302", None),
    ("The helpline saw a fourfold rise in calls since 2020: 8,000, up from 4,000.", "fourfold", "FC302", None),
    ("Half as many children were born in the town last year as in 1990 - 310, down from 920.", "Half", "FC302",
     None),
    ("Rail fares are three times as expensive as a decade ago: £36, compared with £18.", "three times",
     "FC302", None),
]
MORE_MULTIPLE_LEADS_CLEAN = [
    (MORE_MULTIPLE_LEADS[0][0].replace("twice", "three times"), None),
    (MORE_MULTIPLE_LEADS[1][0].replace("fourfold", "twofold"), None),
    (MORE_MULTIPLE_LEADS[2][0].replace("Half", "A third"), None),
    (MORE_MULTIPLE_LEADS[3][0].replace("three times", "twice"), None),
]


@pytest.mark.parametrize("text,target,rule,published",
                         MULTIPLE_THEN_LEVELS_NEXT + LEVEL_AND_MULTIPLE_AFTER_BASE + MORE_MULTIPLE_LEADS)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", MULTIPLE_THEN_LEVELS_NEXT_CLEAN + LEVEL_AND_MULTIPLE_AFTER_BASE_CLEAN
                         + MORE_MULTIPLE_LEADS_CLEAN)
def test_clean(text, published):
    assert_clean(text, published)

"""Round 18 (changes): a multiple or a fraction whose base is named by its time only, with the two levels told
after a colon, a spaced dash or a closing bracket ("four times as many members as in 2018: 372, up from 124");
a fraction or multiple of a level named by its time, its figure in a "when" clause ("half the level of a month
ago, when it stood at 7.2bn"); and a change whose old level is the same day's opening ("slid 38p to close at
214p, having opened the day at 252p"). Each flagged row has a clean twin, the same text with consistent figures."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# (text, target, rule prefix, published): a multiple, its base by time, then the two levels as a move
MULTIPLE_BASE_THEN_LEVELS = [
    ("The choir now has three times as many singers as it did in 2017: 240, up from 60.", "three times", "FC302",
     None),
    ("Five times as many pupils sat the exam this year as in 2021 - 1,500, compared with 410.", "Five times",
     "FC302", None),
    ("The county has four times as many bus lanes as it had in 2016: there are 90, up from 30, officials said.",
     "four times", "FC302", None),
    ("The shelter took in twice as many dogs as a year earlier - 1,260, against 420.", "twice", "FC302", None),
    ("There are now roughly three times as many otters as in 2005 - about 800, up from 200.", "three times",
     "FC302", None),
    ("The port expects three times as many cruise ships as it handled last year (66, up from 33).", "three times",
     "FC302", None),
    ("The trust has planted twice as much hedgerow as it did in 2019: 45 kilometres, up from 15 kilometres.",
     "twice", "FC302", None),
    ("Season tickets are three times dearer than in 2010 - £900, compared with £180.", "three times", "FC302",
     None),
    ("The village has half as many shops as in 1985: eight, down from 24.", "half", "FC302", None),
    ("Ticket sales are four times what they were in 2020: 12,000, up from 6,000.", "four times", "FC302", None),
    ("Rangers found four times more nests than in 2014: 96, up from 48, according to the survey.", "four times",
     "FC302", None),
    ("The city now has two times as many cycle hangars as in 2022 — 150 versus 50.", "two times", "FC302", None),
]
MULTIPLE_BASE_THEN_LEVELS_CLEAN = [
    (MULTIPLE_BASE_THEN_LEVELS[0][0].replace("three times", "four times"), None),
    (MULTIPLE_BASE_THEN_LEVELS[1][0].replace("410", "300"), None),
    (MULTIPLE_BASE_THEN_LEVELS[2][0].replace("four times", "three times"), None),
    (MULTIPLE_BASE_THEN_LEVELS[3][0].replace("twice", "three times"), None),
    (MULTIPLE_BASE_THEN_LEVELS[4][0].replace("three times", "four times"), None),
    (MULTIPLE_BASE_THEN_LEVELS[5][0].replace("three times", "twice"), None),
    (MULTIPLE_BASE_THEN_LEVELS[6][0].replace("twice", "three times"), None),
    (MULTIPLE_BASE_THEN_LEVELS[7][0].replace("£180", "£300"), None),
    (MULTIPLE_BASE_THEN_LEVELS[8][0].replace("half", "a third"), None),
    (MULTIPLE_BASE_THEN_LEVELS[9][0].replace("four times", "twice"), None),
    (MULTIPLE_BASE_THEN_LEVELS[10][0].replace("48", "24"), None),
    (MULTIPLE_BASE_THEN_LEVELS[11][0].replace("two times", "three times"), None),
    # the two figures after the colon are not the measure's two levels: no multiple read
    ("The club has four times as many members as it did in 2018: 372 men and 124 women.", None),
    ("The club has twice as many members as rivals in 2018: 372, up from 124.", None),
    ("There are three times as many cases in Leeds as in York: 300, up from 100 last year.", None),
    ("The club has twice as many members as in 2018: 372 adults, up from 124 juniors.", None),
]

# a fraction or multiple of a level named by its time, the level in a "when" clause
FRACTION_OF_LEVEL_WHEN = [
    ("The dam held 3.6 billion litres on Friday, half the level of six weeks ago, when it stood at 10.8 billion "
     "litres, engineers said.", "half", "FC302", None),
    ("Applications fell to 900 this year, a third of the number in 2016, when there were 1,800.", "a third",
     "FC302", None),
    ("The charity spent £45m, twice the sum of five years earlier, when it spent £30m.", "twice", "FC302", None),
    ("Sales were £12m, half the figure a year before, when they stood at £30m.", "half", "FC302", None),
    ("The pond is 3.1 metres deep, half its depth last summer, when it measured 4.6 metres.", "half", "FC302",
     None),
    ("Only 4,000 fans came, a quarter as many as in 2022, when 24,000 attended.", "a quarter", "FC302", None),
    ("Output reached 900 tonnes in March - three times the level of January, when output was 450 tonnes.",
     "three times", "FC302", None),
    ("The museum drew 40,000 visitors last year, half as many as in 2019, when it had 120,000.", "half", "FC302",
     None),
]
FRACTION_OF_LEVEL_WHEN_CLEAN = [
    (FRACTION_OF_LEVEL_WHEN[0][0].replace("half", "a third"), None),
    (FRACTION_OF_LEVEL_WHEN[1][0].replace("a third", "half"), None),
    (FRACTION_OF_LEVEL_WHEN[2][0].replace("twice", "one and a half times"), None),
    (FRACTION_OF_LEVEL_WHEN[3][0].replace("£12m", "£15m"), None),
    (FRACTION_OF_LEVEL_WHEN[4][0].replace("3.1", "2.3"), None),
    (FRACTION_OF_LEVEL_WHEN[5][0].replace("4,000", "6,000"), None),
    (FRACTION_OF_LEVEL_WHEN[6][0].replace("three times", "twice"), None),
    (FRACTION_OF_LEVEL_WHEN[7][0].replace("half", "a third"), None),
    # the "when" clause names another measure, or no earlier time: no multiple read
    ("Sales were £12m, half the figure a year before, when costs stood at £30m.", None),
    ("The reservoir held 2.4 billion litres, half its capacity, when it was built in 1990 for 7.2 billion litres.",
     None),
    ("He scored 12, half the team's total in 2019, when he was 23.", None),
]

# a change by N to M, the old level the same day's opening in a participle clause
CHANGE_FROM_OPENING = [
    ("Shares in the retailer slid 38p to close at 214p on Wednesday, having opened the day at 262p.", "38p",
     "FC301", None),
    ("The euro fell 2 cents to $1.07, having opened the day at $1.11.", "2 cents", "FC301", None),
    ("Shares rose 14p to 326p, having started the day at 302p.", "14p", "FC301", None),
    ("Brent crude climbed $3 to $86.40 a barrel, after opening the day at $82.10.", "$3", "FC301", None),
    ("The shares dropped 23p to 187p after opening the session at 214p, traders said.", "23p", "FC301", None),
    ("Gold rose $30 to settle at $2,010 an ounce on Monday, having begun trading at $1,960.", "$30", "FC301", None),
]
CHANGE_FROM_OPENING_CLEAN = [
    (CHANGE_FROM_OPENING[0][0].replace("38p", "48p"), None),
    (CHANGE_FROM_OPENING[1][0].replace("2 cents", "4 cents"), None),
    (CHANGE_FROM_OPENING[2][0].replace("14p", "24p"), None),
    (CHANGE_FROM_OPENING[3][0].replace("$3", "$4.30"), None),
    (CHANGE_FROM_OPENING[4][0].replace("23p", "27p"), None),
    (CHANGE_FROM_OPENING[5][0].replace("$30", "$50"), None),
    # the opening of another period is no base of the day's move, nor a bare opening price (the move may be
    # counted from the last close)
    ("Shares rose 14p to 326p after opening at 302p.", None),
    ("Shares rose 14p to 326p on Friday, having started the week at 280p.", None),
    ("Shares rose 14p to 326p on Friday, having started the year at 180p.", None),
]


@pytest.mark.parametrize("text,target,rule,published",
                         MULTIPLE_BASE_THEN_LEVELS + FRACTION_OF_LEVEL_WHEN + CHANGE_FROM_OPENING)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published",
                         MULTIPLE_BASE_THEN_LEVELS_CLEAN + FRACTION_OF_LEVEL_WHEN_CLEAN + CHANGE_FROM_OPENING_CLEAN)
def test_clean(text, published):
    assert_clean(text, published)


def test_year_before_a_dash_is_no_range():
    """"as it did in 2015 - 186km": the year is no lower end of a range of kilometres."""
    from checker.api import analyse
    from checker.model import Kind
    doc = analyse("The city has four times as much cycle lane as it did in 2015 - 186km, compared with 62km.", None)
    assert [m.kind for m in doc.mentions if m.text == "2015"] == [Kind.YEAR]
    assert_flagged("The city has four times as much cycle lane as it did in 2015 - 186km, compared with 62km.",
                   "four times", "FC302")
    assert_clean("The city has three times as much cycle lane as it did in 2015 - 186km, compared with 62km.")

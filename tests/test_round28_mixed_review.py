"""Round 28 review of the mixed readings: shapes that the round's new readings took for errors, said here in other
words, next to the flag rows each reading was built for (they must still flag)."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. ", with X climbing from A to B": X names the change's own measure only with neutral words before its head
WITH_FLAGGED = [
    ("Rents in the city rose 3% over the year, with the typical rent going from $1,400 to $1,610.", "3%", "FC203"),
    ("Recorded burglaries have halved since 2019, with total burglaries falling from 5,200 to 4,300.", "halved",
     "FC302"),
    ("Cinema admissions rose 2% last year, with annual admissions climbing from 40 million to 48 million.", "2%",
     "FC203"),
    ("Rents in the town rose by 4% in the year to May, with the average monthly rent going from £900 to £1,020.", "4%",
     "FC203"),
    # (item 9) a "from" of the change's own base before the clause: the clause's "from" is the last one
    ("Rents rose 10% from a year earlier, with the average rent climbing from $1,500 to $1,800.", "10%", "FC203"),
]
WITH_CLEAN_OWN_BASE = ["Rents rose 10% from a year earlier, with the average rent climbing from $1,500 to $1,650."]
WITH_CLEAN = [
    # a kind of the measure, named by an adjective or a compound before its head
    "Rents in the city rose 3% over the year, with studio rents going from $1,400 to $1,610.",
    "Exports rose 4% in the spring, with farm exports climbing from $20m to $26m.",
    "Profits fell 10% in the year, with underlying profit falling from £80m to £52m.",
    "Injuries at work fell 4%, with serious injuries dropping from 600 to 450.",
    "Student numbers grew 3%, with foreign students rising from 9,000 to 12,000.",
    # a rate or a figure per head of the measure
    "Spending on health rose 6%, with spending per patient rising from £3,000 to £3,050.",
    "Poverty rose by 15% in a decade, with the poverty rate climbing from 10.0% to 10.6%.",
    # the levels' own years between them, or a whole-year level against a change told for a month
    "Fares rose 2% last year, with the average fare going from £3.00 in 2015 to £3.90 now.",
    "Costs rose 2% in April, with annual costs going from 200 to 230.",
]

# 2. the first share's "for" said again before each later one: only after a verb of make-up ("accounted for")
REPEATED_FOR_FLAGGED = [
    ("Grants accounted for 52% of the charity's income, legacies for 33% and shops for 24%.", "24%", "FC202"),
    ("Lorries were responsible for 46% of the road's wear, vans for 37% and cars for 29%.", "29%", "FC202"),
]
REPEATED_FOR_CLEAN = [
    # answers of a survey or ratings by the public: each share is of the whole, they need not add up
    "Price was named by 61% of shoppers, quality by 47% and service by 35%.",
    "Noise was a worry for 62% of tenants, damp for 45% and rent for 38%.",
    "Nurses are trusted by 88% of voters, judges by 70% and bankers by 19%.",
    "Late payment was reported by 52% of traders, bad debt by 44% and theft by 30%.",
    # each share of its own whole, with the verb said again
    "Norway's debt is 42% of output, Japan's is 60% and Italy's is 35%.",
    "Backing among young voters was 58%, older voters was 49% and retired voters was 31%.",
]

# 3. a poll's shares closed by whom the poll asked: not a group of them named on the last share only
POLLED_FLAGGED = [
    ("The survey put Ortiz on 48%, Lamb on 37% and Singh on 22% among registered voters.", "22%", "FC202"),
    ("The survey put Ortiz on 48%, Lamb on 37% and Singh on 22% among those interviewed.", "22%", "FC202"),
]
POLLED_CLEAN = [
    "The survey put Ortiz on 48% and Lamb on 37%, and Singh on 42% among Asian voters.",
    "The survey put Ortiz on 48%, Lamb on 37% and Singh on 42% among older voters.",
]

# 4. "NAME, who ... in YEAR, was born ... The N-year-old": not when the clause names another person by one name or
# a noun of someone one trains, nor when the age is the one the subject had in the clause's year
PUB = "2025-09-10"
WHO_FLAGGED = [
    ("Mira Holt, who opened the gallery in 2002, was born in April 1960. The 49-year-old still paints every day.",
     "49-year-old"),
    ("Owen Price, who coached the Wolves to a cup in 2012, was born in 1958. The 60-year-old has retired.",
     "60-year-old"),
]
WHO_CLEAN = [
    "Tom Reed, who recruited Adeyemi from Hull in 2020, was born in June 1950. The 22-year-old scored on Sunday.",
    "Jane Ford, who mentored Okoro in 2011, was born in July 1985. The 19-year-old won the final.",
    "Kit Lane, who wed Morgan in 1980, was born in June 1952. The 70-year-old keeps bees.",
    "Ben Shaw, who coached the winner in 2018, was born in 1965. The 21-year-old took gold again.",
    # the age of the subject in the clause's own year
    "Nell Frost, who bought the mill in 2001, was born in May 1950. The 51-year-old paid cash for it.",
]

# 5. ", a record N," after a share and its whole is the share's count only when N closes its clause
RECORD_FLAGGED = [
    ("A fifth of the 900 applicants, a record 260, were offered a place.", "A fifth", "FC201"),
]
RECORD_CLEAN = [
    "A fifth of the 900 applicants, a record 70 from overseas, were offered a place.",
    "Half of the 300 new nurses, a record 45 from the Philippines, started in June.",
    "A fifth of the 900 applicants, a record 60 by mature students, were offered a place.",
    "A quarter of the 800 recruits, a total of 90 from overseas, passed the course.",
]

# 6. a multiple's base named by an event: not when the old level after the separator is told of another time
MULTIPLE_FLAGGED = [
    ("Three times as many shelters were built as after the 2015 floods: 4,200, up from 900.", "Three times",
     "FC302"),
]
MULTIPLE_CLEAN = [
    "Three times as many shelters were built as after the 2015 floods: 4,200, up from 3,000 in 2021.",
    "Four times as many clinics opened as after the 2009 reform: 600, against 450 last year.",
    "Twice as many tickets were sold as after the 2006 final: 8,000, up from 7,000 last season.",
    "Three times as many shelters were built as before the floods: 4,200, up from 3,000 in 2021.",
]

# 7. after "N of them", a later part reached past an -ing word is the object of what it does only when the first
# part does something too ("31 of them carrying food"); else the -ing word opens a noun of other things
PARTICIPLE_FLAGGED = [
    ("The yard repaired 70 ships, 40 of them hauling oil, 22 hauling grain and 14 hauling cars.", "70", "FC10"),
]
PARTICIPLE_CLEAN = [
    "The station has 36 platforms, 20 of them electrified, 8 diesel and 12 waiting rooms.",
    "The campus has 40 buildings, 25 of them in the north, 10 in the south and 9 meeting halls.",
]

REVIEW_FLAGGED = WITH_FLAGGED + REPEATED_FOR_FLAGGED + POLLED_FLAGGED + RECORD_FLAGGED + MULTIPLE_FLAGGED \
    + PARTICIPLE_FLAGGED
REVIEW_CLEAN = WITH_CLEAN + WITH_CLEAN_OWN_BASE + REPEATED_FOR_CLEAN + POLLED_CLEAN + RECORD_CLEAN + MULTIPLE_CLEAN + PARTICIPLE_CLEAN


@pytest.mark.parametrize("text,target", WHO_FLAGGED)
def test_review_who_clause_still_flags(text, target):
    assert_flagged(text, target, "FC506", published=PUB)


@pytest.mark.parametrize("text", WHO_CLEAN)
def test_review_who_clause_clean(text):
    assert_clean(text, published=PUB)


@pytest.mark.parametrize("text,target,rule", REVIEW_FLAGGED)
def test_review_flag_rows_still_flag(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", REVIEW_CLEAN)
def test_review_false_alarms_stay_silent(text):
    assert_clean(text)

"""Round 30, mending the sums readings a review found too wide: each reading narrowed to the shape it was built for,
the reviewer's shapes (in new words) silent, the rows it was built for still flagged."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# 1. a partition of people after ", with" is all of the whole only when it closes its clause; a participle after it
# may tell what only some of them did (bounded by the whole, never its sum); medals are no people
PARTITION_FLAG = [
    ("Union membership stands at 48,200, with 30,100 men and 19,600 women.", "48,200"),
    ("The choir has 64 members, with 30 men and 31 women, its director said.", "64"),
    # what they did, but more of them than the whole: no subset can exceed it
    ("Entries for the chemistry paper reached 9,120, with 5,210 boys and 4,380 girls sitting it.", "9,120"),
    ("Bookings for the course reached 860, with 520 women and 390 men enrolling.", "860"),
]
PARTITION_CLEAN = [
    "The rally drew 4,000 marchers, with 31 men and 9 women detained.",
    "Over 1,500 travellers were on the train, with 12 men and seven women hurt.",
    "The clinic saw 2,900 patients in January, with 420 adults and 160 children kept in overnight.",
    "The vigil drew 2,000, with 15 men and 3 women held.",
    "Around 640 asylum seekers landed, with 200 men and 170 women processed.",
    "The coach was carrying 52 passengers, with six men and four women killed.",
    "Detectives interviewed 180 people, with 11 men and three women charged.",
    "The scheme attracted 1,700 applicants, with 95 men and 80 women interviewed.",
    "The test was sat by 12,300 pupils, with 900 boys and 410 girls failing.",
    "Entries reached 12,300, with 900 boys and 410 girls retaking the paper.",
    "The crowd grew to 20,000, with 150 men and 90 women needing treatment.",
    "Rail journeys rose to 3,000, with 700 men and 400 women travelling alone.",
    "The team's medal count reached 48, with five golds, two silvers and three bronzes won on Sunday.",
    "The team's haul reached 48, with five gold, two silver and three bronze medals arriving on the last day.",
]


@pytest.mark.parametrize("text,target", PARTITION_FLAG)
def test_partition_flagged(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", PARTITION_CLEAN)
def test_partition_clean(text):
    assert_clean(text)


# 2. the candidates' votes beside all the papers: not when the two sentences name another round, race or year, nor in
# a ward of several seats (each voter casts several votes)
POLL_FLAG = [
    ("Turnout in the mayoral race was 30,412. Kim Hart took 16,100 votes, Leo Marsh 12,200 and Ola Diaz 1,900, while 260 ballots were spoilt.", "30,412"),
]
POLL_CLEAN = [
    "Turnout in the mayoral race was 30,460. Kim Hart took 16,100 votes, Leo Marsh 12,200 and Ola Diaz 1,900, while 260 ballots were spoilt.",
    "In the first round Ruth Kane won 8,200 votes, Mark Dunn 6,900 and Ivy Shaw 2,800. In the second round, 16,400 ballots were cast.",
    "In the first round Ruth Kane won 8,200 votes and Mark Dunn 6,900. In the run-off, 14,100 ballots were cast, with 64 spoilt ballots.",
    "In the mayoral contest Ruth Kane polled 8,214 votes, Mark Dunn 6,932 and Ivy Shaw 1,120. In the council by-election on the same day, 15,300 ballots were cast.",
    "In the 2021 election Ruth Kane polled 8,200 votes, Mark Dunn 6,900 and Ivy Shaw 2,800. This year 16,400 ballots were cast.",
    "Turnout was 4,800 in the three-seat ward. Ruth Kane polled 2,700 votes, Mark Dunn 2,500 and Ivy Shaw 2,300.",
]


@pytest.mark.parametrize("text,target", POLL_FLAG)
def test_poll_flagged(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", POLL_CLEAN)
def test_poll_clean(text):
    assert_clean(text)


# 3. "They comprised ..." after a lone count is all of it only when its sentence tells of no other parts ("the rest",
# "among others", "as well as", "the two largest groups"); so too "comprising" and "The figure comprised" (older)
COMPRISED_FLAG = [
    ("The charity rehomed 2,140 horses last year. They comprised 1,200 ponies, 610 cobs and 280 thoroughbreds.", "2,140"),
    ("The firm shed 960 jobs in 2022. The figure comprised 540 in Spain, 310 in Italy and 90 in Greece.", "960"),
]
COMPRISED_CLEAN = [
    "The college enrolled 2,380 overseas students last year. They comprised 910 from China and 640 from India, with the rest from Vietnam.",
    "The college enrolled 2,380 overseas students last year. They comprised 910 from China and 640 from India, among others.",
    "The college enrolled 2,380 overseas students last year. They comprised 910 from China and 640 from India, as well as smaller numbers from Brazil and Chile.",
    "The sanctuary took in 480 birds last year. They comprised 210 owls and 150 kestrels; the remainder were buzzards and kites.",
    "The college enrolled 2,380 overseas students last year. They comprised 910 from China and 640 from India, the two largest groups.",
    "The firm shed 960 jobs in 2022. The figure comprised 540 in Spain and 310 in Italy, the rest in Greece.",
    "The college enrolled 2,380 overseas students last year, comprising 910 from China and 640 from India, with the rest from Vietnam.",
]

# 4. after a long clause and a dash, a partition of people is all of the whole only when it closes the dash clause
DASH_FLAG = [
    ("In all, 1,930 runners finished the coastal half-marathon inside three hours on Sunday morning - 1,110 men and 790 women.", "1,930"),
]
DASH_CLEAN = [
    "A total of 655 patients were kept on trolleys for more than eight hours at the county hospital last month - 204 adults and 71 children for over a day.",
    "Around 7,000 fans made the trip to the cup tie in Madrid by coach and plane on Tuesday - 410 men and 330 women from the village alone.",
    "A total of 655 patients were kept on trolleys for more than eight hours at the county hospital last month - 204 adults and 71 children of them overnight.",
]


@pytest.mark.parametrize("text,target", COMPRISED_FLAG + DASH_FLAG)
def test_list_flagged(text, target):
    assert_flagged(text, target, "FC10")


@pytest.mark.parametrize("text", COMPRISED_CLEAN + DASH_CLEAN)
def test_list_clean(text):
    assert_clean(text)


# 7 (older shapes). a partition of people with more words in its clause after a dash or "Of these," tells what some of
# the whole did or were
RUNS_ON_CLEAN = [
    "The ferry firm left 2,400 passengers stranded at Dover overnight after the strike - 60 men and 35 women slept in the terminal.",
    "Officers breathalysed 1,500 motorists on the A-road during the week-long crackdown in the district - 210 men and 95 women were over the limit.",
    "The housing trust has 3,600 tenants. Of these, 150 men and 120 women are behind with their rent.",
    "Roughly 4,000 commuters were stranded on trains outside the terminus for hours on Monday evening - 400 men and 350 women by one count, the rest children.",
]
RUNS_ON_FLAG = [
    ("The housing trust has 3,600 tenants. Of these, 2,150 men and 1,320 women.", "3,600"),
]


@pytest.mark.parametrize("text", RUNS_ON_CLEAN)
def test_runs_on_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target", RUNS_ON_FLAG)
def test_runs_on_flagged(text, target):
    assert_flagged(text, target, "FC10")

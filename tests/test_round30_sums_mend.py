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

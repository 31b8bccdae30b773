"""Round 22, dates: "when he was N" after an object "him" (or "when she was N" after an object "her") is the
object's age then, not the subject's: "Ann Roe, 74, who taught him in 1963 when he was 23" is no slip of Ann
Roe's age. The subject's own age then stays read."""
import pytest

from tests.shapes import assert_clean, assert_flagged

PUB = "2025-05-01"

# the object's age then: no age-now/age-then relation on the subject
OBJECT_AGES = [
    "Ann Roe, 74, who taught him in 1963 when he was 23, said he had been a gifted pupil.",
    "Tom Lee, 60, who coached her in 1990 when she was 15, said she was a natural.",
    "Retired nurse Ann Roe, 81, who delivered him in 1961 when he was 2, still sends a card.",
    "Ann Roe, 74, said she first met him in 1970 when he was 30 and working on the docks.",
    "Coach Tom Lee, 58, who signed her in 2004, when she was 12, called it his best decision.",
    "Tom Lee, 66, who fostered her for a year in 1999 when she was 9, attended the wedding.",
    "Ann Roe, 70, who hired him at the bakery in 1988 when he was 17, said he never missed a shift.",
    "Tom Lee, 63, who first saw her on stage in 1995 when she was 11, now manages her tours.",
]

# the subject's own age then, the same clause shapes: still read (flagged when wrong)
SUBJECT_AGES = [
    ("Tom Lee, 60, who moved to the town in 1990 when he was 35, said it had changed.", "35"),
    ("Ann Roe, 74, who joined the bakery in 1968 when she was 27, still bakes on Saturdays.", "27"),
    ("Tom Lee, 58, who set up the firm in 1994, when he was 41, sold it last year.", "41"),
    ("Tom Hale, 45, said the club signed him in 1996 when he was 27.", "27"),
]


@pytest.mark.parametrize("text", OBJECT_AGES)
def test_object_age_then_is_not_the_subjects(text):
    assert_clean(text, published=PUB)


@pytest.mark.parametrize("text,target", SUBJECT_AGES)
def test_subject_age_then_still_read(text, target):
    assert_flagged(text, target, "FC506", published=PUB)


def test_subject_age_then_consistent_twin():
    assert_clean("Tom Lee, 60, who moved to the town in 1990 when he was 25, said it had changed.", published=PUB)

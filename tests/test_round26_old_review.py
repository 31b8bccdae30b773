"""Round 26, mends after review rv26-lists-old: readings of this round narrowed to the shape they were built for.
Each consistent shape from the review in our own words (silent), beside the rows the reading was built for (flagged)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

PUBLISHED = "2025-03-04"

# 6. (lost catches) "The N-year-old" after a birth: a person noun stops the reading only as the agent ("by a / the /
#    her NOUN") or a person told by another ("the daughter of ..."), not the subject's own family or the object of her
#    verb (dates._person_noun_between)
AGE_OWN_FAMILY_FLAGGED = [
    ('Rosa Kemp, a former nurse born in 1949, settled in York with her husband. The 51-year-old was made a freewoman '
     'on Friday.', "51-year-old", "FC506"),
    ('Rosa Kemp, who was born in 1949, trained the pupils at Ripon for years. The 51-year-old was made a freewoman '
     'on Friday.', "51-year-old", "FC506"),
    ('Hal Stone, born in 1958, runs the farm with his two sons. The 33-year-old won a prize for his cheese.',
     "33-year-old", "FC506"),
]
AGE_OF_AGENT_CLEAN = [
    'Hal Stone, born in 1958, was beaten by a burglar. The 33-year-old was jailed on Friday.',
    'Hal Stone, born in 1958, was conned by his own nephew. The 33-year-old was jailed on Friday.',
    'Rosa Kemp, born in 1949, let her flat to the grandson of Iris Holt. The 22-year-old has since moved out.',
]


@pytest.mark.parametrize("text", AGE_OF_AGENT_CLEAN)
def test_age_of_agent_clean(text):
    assert_clean(text, published=PUBLISHED)


@pytest.mark.parametrize("text,target,rule", AGE_OWN_FAMILY_FLAGGED)
def test_age_of_own_family_flagged(text, target, rule):
    assert_flagged(text, target, rule, published=PUBLISHED)

"""Round 26, mends after review rv26-lists-old: readings of this round narrowed to the shape they were built for.
Each consistent shape from the review in our own words (silent), beside the rows the reading was built for (flagged)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

PUBLISHED = "2025-03-04"

# 2. a headline's count over the names opening the lead: silent when the lead's own tail or the two sentences after
#    name someone who could be a subject of their own (the rest of the count), or tell the participle again
#    (lists._listed_under_headline, _other_subject_named)
HEADLINE_OTHERS_CLEAN = [
    'Four shops fined over food hygiene\n\nPoppy and Reel were fined £5,000 each on Monday, while Sage and Tarn were '
    'fined £2,000.',
    'Three men charged over mugging\n\nJon Pike and Lee Ward were charged on Friday. Dan Frost, 20, faces the same '
    'charge.',
    'Five schools praised by inspectors\n\nAsh Lane and Bell Hill were praised by inspectors on Friday for their '
    'teaching, as were Cobb, Dale and Elm.',
    'Five riders picked for world championships\n\nAmy Pratt and Zoe Hall were picked on Monday, joining Kit Ross, '
    'Mia Long and Eve Hart in the team.',
    'Four banks fined over mis-selling\n\nAlder and Birch were fined £3m each by the watchdog on Friday. Cedar and '
    'Dorn, which reported the sales themselves, paid less.',
    'Four walkers rescued on Snowdon\n\nIda Frey, Oli Marsh and Pat Kerr were rescued by helicopter on Saturday. '
    'Their leader, Rob Nash, walked down with the rescue team.',
]
HEADLINE_COUNT_FLAGGED = [
    ('Three women charged after shop raid\n\nIna Dyer and Rae Dev have been charged with burglary after a raid on a '
     'shop in Hull. Ms Dyer will appear before magistrates on Monday.', "Three women", "FC410"),
    ('Four firms fined over price fixing\n\nAcme, Brill and Cato were fined £2m by the Competition and Markets '
     'Authority on Tuesday. The regulator said the cartel ran for six years in Kent.', "Four firms", "FC410"),
    ('Three water firms fined over sewage spills\nNorth Water, East Water, West Water and South Water were fined a '
     'combined £9m after admitting illegal discharges.', "Three water firms", "FC410"),
]


@pytest.mark.parametrize("text", HEADLINE_OTHERS_CLEAN)
def test_headline_count_others_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target,rule", HEADLINE_COUNT_FLAGGED)
def test_headline_count_flagged(text, target, rule):
    assert_flagged(text, target, rule)


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

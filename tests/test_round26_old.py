"""Round 26, older false alarms mended in general: each consistent shape in five or more wordings of our own
(silent), with the wrong twin the reading is still built for (flagged)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

PUBLISHED = "2025-03-04"

# 1. "The N-year-old" after a birth on the subject of a sentence that names another person by a noun after the birth
#    ("was attacked by the nephew of ...", "robbed by a neighbour"): whose age? (dates._person_noun_between, read by
#    find_aged_anaphor_after_birth and _across_sentences)
AGE_OF_ANOTHER_CLEAN = [
    'Tom Reed, who was born in 1962, was robbed by a neighbour. The 24-year-old was charged with theft.',
    'Mary Cole, born in 1948, was hit by a van driven by the son of Peter Grant. The 29-year-old was later arrested.',
    'Dr Ruth Akers, a surgeon born in May 1971, was treated by her own student. The 27-year-old has since qualified.',
    'Sam Ogle, born in 1939, was knocked down by the grandson of Lily Moss. The 19-year-old told police he had not seen him.',
    'Nora Bell, a farmer born in 1957, sold the land to the daughter of Frank Hale. The 35-year-old plans to build homes there.',
    "Ann Price, a retired teacher born in 1950, was attacked by the nephew of Joan Hart. The 31-year-old was "
    "arrested at the scene.",
]
AGE_OF_ANOTHER_FLAGGED = [
    ('Tom Reed, who was born in 1962, won the race. The 24-year-old led from the start.', "24-year-old", "FC506"),
    ('Tom Reed, who was born in 1962, trained as a teacher. The 24-year-old led from the start.', "24-year-old", "FC506"),
]

# 2. "The two men" taking up a list of names of either sex: some of them by sex, no count of the list
#    (lists._listed_previous, categories.SEXED_PEOPLE); a count above the list, or of no sex, still counts it
SUBSET_BY_SEX_CLEAN = [
    'Priya Shah, Tom Hale, Lena Ost and Raj Dev were arrested. The three women were released on bail.',
    'Jo Kerr, Sam Bell and Ali Noor have been shortlisted. The two girls are both 16.',
    'Mark Tully, Ann Wu and Dee Marr were named in the squad. The two men are uncapped.',
    'Eve Salt, Ben Oak, Kit Moss and Ros Lyle were convicted at Leeds Crown Court. The three women will be sentenced next month.',
    "Ann Roe, Bo Lee and Cy Fox were charged on Monday. The two men were remanded in custody.",
]
SUBSET_BY_SEX_FLAGGED = [
    ('Ian Dyer, Lucy Fenn and Ola Bakare were sentenced on Friday. All four had denied the charges.', "four", "FC410"),
    ('Ian Dyer, Lucy Fenn and Ola Bakare were sentenced on Friday. The four defendants had denied the charges.', "four", "FC410"),
    ('Ian Dyer, Lucy Fenn and Ola Bakare were sentenced on Friday. The four men had denied the charges.', "four", "FC410"),
]

# 3. A sum picked by a participle and a part of a year the first sentence does not name ("lent to them in the last
#    quarter"): a part of the year's figure (restatements._part_of_period)
PART_OF_YEAR_CLEAN = [
    'The credit union lent £6.3 million to members last year. The £1.4 million lent to members in March paid for boilers.',
    'The county lent £48 million to councils in 2024. The £11 million lent to them in December went on flood defences.',
    'The lender lent €480 million to farmers last year. The €90 million lent in the last month went to dairy farms.',
    'The bank lent £2.4 billion to small firms last year. The £900 million lent to them in the last quarter was a record.',
    'The fund lent €72 million to start-ups this year. The €18 million lent out in the last three months went to green firms.',
]
PART_OF_YEAR_FLAGGED = [
    ('The bank lent £2.4 billion to small firms in the last quarter. The £900 million lent to them in the last quarter was a record.', "£900 million", "FC402"),
    ('The bank lent £2.4 billion to small firms last year. The £4.2 billion lent to them was a record.', "£4.2 billion", "FC402"),
]

# 4. A smaller group picked by a restrictive clause whose verb the first sentence lacks ("the 26 restaurants that
#    failed", at most half the first), and "That 14 pupils had been bullied" (a clause, no pointer: "that" before a plural):
#    restatements.some_picked_by_clause, transpositions._demonstrative_before
SUBSET_CLAUSE_CLEAN = [
    "A survey of 143 pupils found bullying was common. That 14 pupils had been bullied in the past week alarmed "
    "the head.",
    'Inspectors checked 268 restaurants last month. The 26 restaurants that failed were named on Friday.',
    'The poll questioned 1,527 voters across the region. The 157 voters who backed the plan were mostly young.',
    'Police stopped 385 drivers over the weekend. The 38 drivers who failed a breath test were arrested.',
    'A study of 219 patients was published on Monday. That 21 patients suffered side effects worried doctors.',
    'The council surveyed 472 tenants about repairs. That 47 tenants had waited more than a year shocked councillors.',
    'Researchers followed 356 children for a decade. The 35 children who developed asthma all lived near the motorway.',
]
SUBSET_CLAUSE_FLAGGED = [
    ('Police arrested 385 drivers over the weekend. The 38 drivers who were arrested will appear in court.', "38", "FC4"),
    ('Inspectors failed 268 restaurants last month. The 26 restaurants that failed were named on Friday.', "26", "FC4"),
    ('A survey of 143 pupils found bullying was common. The 14 pupils took part in March.', "14", "FC4"),
    ("Some 12,480 runners started the half marathon on Sunday. Organisers praised the 11,000 runners who took part.",
     "11,000", "FC402"),  # near the whole (more than half of it): told again, no part
    ("The Louvre welcomed 8.7 million visitors last year. Its director said the museum could not take more than "
     "the 7.8 million people who passed through its doors in the year.", "7.8 million", "FC4"),
]

# 5. A figure each of several owners got ("Kenya, Ethiopia and Uganda each won 11 medals") is no whole of another
#    owner's breakdown (sums._owner_named_in_both); of one of those owners it still is
SHARED_TOTAL_CLEAN = [
    'Norway, Sweden and Finland won 14 medals each, and Denmark 12. Denmark won five golds, four silvers and three bronzes.',
    'Spain, Italy and France each took 18 medals, while Greece took 15. Greece took six golds, five silvers and four bronzes.',
    'Chile, Peru and Colombia won 8 medals each, and Ecuador won 7. Ecuador won 3 golds, 1 silver and 3 bronzes.',
    'Kenya, Ethiopia and Uganda each won 11 medals, and Nigeria 9. Nigeria won three golds, four silvers and two bronzes.',
    'Peru, Chile and Bolivia each won 6 medals at the championships, and Ecuador 5. Ecuador won 2 golds, 2 silvers and 1 bronze.',
    'Kenya, Ethiopia and Uganda each won 11 medals. Nigeria, who finished fourth, won three golds, four silvers and two bronzes.',
]
SHARED_TOTAL_FLAGGED = [
    ('Kenya, Ethiopia and Uganda each won 11 medals. Ethiopia won five golds, two silvers and three bronzes.', "11", "FC101"),
]

# 6. "X lodged 5,600 of the applications, builders 2,100 and others 700": the whole "of the applications" names is
#    that first figure's, the list after it no breakdown of it alone (sums._echo_candidates)
FIRST_PART_OF_CLEAN = [
    'The council received 8,400 planning applications last year. Householders lodged 5,600 of the applications, builders 2,100 and others 700.',
    'Volunteers planted 12,000 trees over the winter. Schools planted 7,000 of the trees, scout groups 3,500 and others 1,500.',
    'The festival sold 46,000 tickets this summer. Locals bought 30,000 of the tickets, tourists 12,000 and others 4,000.',
    'Police received 3,300 complaints last year. Motorists made 1,800 of the complaints, cyclists 900 and others 600.',
    'The museum lent out 960 objects last year. Galleries borrowed 610 of the objects, universities 230 and others 120.',
    'The service answered 5,000 calls in June. Parents made 2,900 of the calls, teachers 1,300 and others 800.',
]
FIRST_PART_OF_FLAGGED = [
    ('The council received 9,200 planning applications last year: householders lodged 5,600, builders 2,100 and others 700.', "9,200", "FC101"),
]

# 8. (a missed shape, now found) a sentence-case headline "Four firms fined" and the first sentence opening on names as
#    the subject of that participle: the headline counts them (lists._listed_under_headline); silent when the body
#    tells of others, or the noun is of a sex or age some of the names may be
HEADLINE_COUNT_FLAGGED = [
    ('Four firms fined over price fixing\n\nAcme, Brill and Cato were fined a total of £2m by the regulator on Tuesday.', "Four firms", "FC410"),
    ('Three men charged after warehouse fire\n\nTom Hale and Raj Dev have been charged with arson after a fire at a warehouse in Leeds.', "Three men", "FC410"),
    ('Five councillors suspended after expenses inquiry\n\nAnn Reid, Mo Khan, Sue Platt and Dev Rao were suspended by the party on Friday.', "Five councillors", "FC410"),
]
HEADLINE_COUNT_CLEAN = [
    'Four firms fined over price fixing\n\nAcme, Brill, Cato and Dune were fined a total of £2m by the regulator on Tuesday.',
    'Four firms fined over price fixing\n\nAcme, Brill and Cato were fined a total of £2m by the regulator on Tuesday. Dune was fined £400,000 last month.',
    'Two teenagers arrested over bus stop attack\n\nBen Cole, Jay Marsh and Lee Dunn were arrested on Saturday after a man was hurt at a bus stop in Hull.',
    'Three schools closed by flooding\n\nAshby Primary, Birch Hill Academy and Carr Lane Infants were closed on Monday after the river burst its banks.',
    'Three men charged after warehouse fire\n\nTom Hale, Raj Dev and Ali Noor have been charged with arson. A fourth man was released without charge.',
]

CLEAN = (AGE_OF_ANOTHER_CLEAN + SUBSET_BY_SEX_CLEAN + PART_OF_YEAR_CLEAN + SUBSET_CLAUSE_CLEAN + SHARED_TOTAL_CLEAN
         + FIRST_PART_OF_CLEAN + HEADLINE_COUNT_CLEAN)
FLAGGED = (AGE_OF_ANOTHER_FLAGGED + SUBSET_BY_SEX_FLAGGED + PART_OF_YEAR_FLAGGED + SUBSET_CLAUSE_FLAGGED
           + SHARED_TOTAL_FLAGGED + FIRST_PART_OF_FLAGGED + HEADLINE_COUNT_FLAGGED)


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text, published=PUBLISHED)


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_flagged(text, target, rule):
    assert_flagged(text, target, rule, published=PUBLISHED)

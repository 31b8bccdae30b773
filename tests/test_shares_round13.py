"""Round 13, shares: the whole's clause reported after "found that", "said that" opens as a
sentence does ("A poll showed that of the 420 members who replied, 150, nearly a third, ...")."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (flag text, target, clean twin)
REPORTED_LEAD = [
    ("A poll by the federation showed that of the 420 members who replied, 150, nearly a third, expect to cut "
     "staff.", "nearly a third",
     "A poll by the federation showed that of the 420 members who replied, 135, nearly a third, expect to cut "
     "staff."),
    ("The inspectors reported that of the 64 care homes visited, 12 - about a tenth - were inadequate.",
     "about a tenth",
     "The inspectors reported that of the 64 care homes visited, 7 - about a tenth - were inadequate."),
    ("The audit found that among the 1,250 claims checked, 410, or 28%, had errors.", "28%",
     "The audit found that among the 1,250 claims checked, 350, or 28%, had errors."),
    ("Officials said that out of the 96 bridges inspected, 30, a quarter of them, needed repairs.", "a quarter",
     "Officials said that out of the 96 bridges inspected, 24, a quarter of them, needed repairs."),
    ("The study concluded that of the 3,400 patients treated, 950 (25%) relapsed within a year.", "25%",
     "The study concluded that of the 3,400 patients treated, 850 (25%) relapsed within a year."),
]


@pytest.mark.parametrize("text,target,twin", REPORTED_LEAD)
def test_reported_lead(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)


# a whole named again by its noun ("Of the parcels", "of this year's runners") or by "those", its count stated
# in an earlier sentence: (flag text, target, clean twin)
NAMED_WHOLE = [
    ("The charity delivered 2,400 food parcels over the winter. Of the parcels, 900, almost a third, went to "
     "pensioners.", "almost a third",
     "The charity delivered 2,400 food parcels over the winter. Of the parcels, 780, almost a third, went to "
     "pensioners."),
    ("Ferries carried 18,500 passengers on Saturday. Nearly half of the passengers - about 6,100 - were "
     "day-trippers.", "Nearly half",
     "Ferries carried 18,500 passengers on Saturday. Nearly half of the passengers - about 8,900 - were "
     "day-trippers."),
    ("The council inspected 640 rented homes this year. Of those homes, 210 failed the standard, or 22%.", "22%",
     "The council inspected 640 rented homes this year. Of those homes, 141 failed the standard, or 22%."),
    ("Some 3,200 runners entered the marathon this year. About one in five of this year's runners, 410, came "
     "from abroad.", "About one in five",
     "Some 3,200 runners entered the marathon this year. About one in five of this year's runners, 640, came "
     "from abroad."),
    ("The survey covered 1,500 firms across the region. Of these firms, 600 - or 30% - plan to hire.", "30%",
     "The survey covered 1,500 firms across the region. Of these firms, 450 - or 30% - plan to hire."),
    ("The trust's two units saw 9,840 attendances: 6,120 at the General and 3,720 at St Ann's. Of those "
     "patients, 7,985 were seen within four hours, or 72%.", "72%",
     "The trust's two units saw 9,840 attendances: 6,120 at the General and 3,720 at St Ann's. Of those "
     "patients, 7,085 were seen within four hours, or 72%."),
]

# near misses: another place or time, a sub-group, a relative clause, a change: silent
NAMED_WHOLE_CLEAN = [
    "Scotland has 2,400 primary schools. In Glasgow, a third of the schools, 98, are over capacity.",
    "The firm employs 4,000 staff. Half of the staff in Leeds, 900, work part-time.",
    "The school has 1,200 pupils. Of the pupils who passed, 90, a third, got top marks.",
    "The museum had 1.2 million visitors in 2023. Almost a third of this year's visitors, 250,000, came from abroad.",
    "The region has 12,000 nurses, and 3,000 of them work nights. Of the nurses, 900, almost a third, are agency "
    "staff.",
    "The college had 5,000 students. Of those, 300 were late, or 12% more than last year.",
]


@pytest.mark.parametrize("text,target,twin", NAMED_WHOLE)
def test_whole_named_by_its_noun(text, target, twin):
    assert_flagged(text, target, "FC201")
    assert_clean(twin)


@pytest.mark.parametrize("text", NAMED_WHOLE_CLEAN)
def test_whole_named_near_misses(text):
    assert_clean(text)

"""Round 28: jobs lost, restated with two digits swapped as "the N workers" who lose them, are one count
(transpositions._jobs_lost_restated): the first's sentence tells of the loss ("cut 370 jobs", "1,250 jobs will
go", "the loss of 460 jobs"), the second is "the" workers or staff with their own verb right after. Silent for
a workforce the jobs are cut from ("Its 730 staff", "The plant employs 640 workers"), staff elsewhere, others
("the 730 other staff", "who remain", "it already employs")."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    ('The bank will cut 370 jobs at its Leeds call centre, it said on Monday. The 730 staff will be offered redeployment where possible.',
     '730 staff'),
    ('Around 1,250 jobs will go when the steelworks closes in June. The union said the 1,520 workers deserved better from the owners.',
     '1,520 workers'),
    ('The automaker will eliminate 2,140 jobs at its Ohio plant by the end of the year. Union leaders said the 2,410 workers would get severance pay.',
     '2,410 workers'),
    ('Some 580 posts are to go at the county council, a leaked report says. The 850 staff affected will be consulted over the summer.',
     '850 staff'),
    ('The loss of 460 jobs at the Grimsby fish-processing site was confirmed on Tuesday. Union officials said the 640 workers were devastated.',
     '640 workers'),
]

CLEAN = [
    'The plant employs 640 workers, the company said. The 460 jobs to go will be in packing and dispatch.',
    'The bank will cut 370 jobs, it said on Monday. Its 730 staff in Leeds were told by email.',
    'The bank will cut 370 jobs in Leeds, it said on Monday. The 730 staff at its Cardiff centre are not affected.',
    'The bank will cut 370 jobs at its Leeds call centre. The 370 staff will be offered redeployment where possible.',
    'The bank will cut 370 jobs at its Leeds call centre. The 730 other staff at the site will stay.',
    'The bank will create 370 jobs at a new office in Leeds. The 730 workers it already employs in the city will move there too.',
    'The bank will cut 370 jobs at its Leeds call centre. The 730 staff who remain will move to a smaller office.',
    'The bank will cut 370 jobs at its Leeds call centre. The 730 staff left will move to a smaller office.',
]


@pytest.mark.parametrize("text,target", FLAGGED)
def test_jobs_as_workers_flagged(text, target):
    assert_flagged(text, target, "FC4")


@pytest.mark.parametrize("text", CLEAN)
def test_jobs_as_workers_clean(text):
    assert_clean(text)

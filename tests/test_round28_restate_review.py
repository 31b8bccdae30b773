"""Round 28 review of r28-restate (rv28-restate), mended in general:
- event lengths restated with "The" (restatements._event_told_apart): every phrase after the noun up to its verb,
  brackets read through, "separate", and a gerund after "by" a manner only when lower case with a word after it
  and not the event's own verb;
- moment clock times (times): "was reported at" is not when it happened; another place named before the second
  time is another event;
- jobs lost restated as workers (transpositions._jobs_lost_restated): a verb told of the whole workforce ("will be
  consulted", "have been told") is not the jobs lost, unless the workers are named "affected".
The two readings removed this round (shares told in words, scale words converted wrong) keep clean rows here.
Each clean row sits next to the flag rows its reading was built for, which must still flag."""
import pytest

from tests.shapes import assert_clean, assert_flagged

FLAGGED = [
    # event lengths: the same event, told with a phrase the first also names, or a manner
    ('The nine-day strike by porters ended on Tuesday. The six-day strike by porters had shut two wards.',
     'six-day', 'FC4'),
    # the stretch ends at an irregular past verb: the place after "waiting at" is not the event's
    ('The six-day strike at the terminal ended on Friday. Crews went back after the five-day stoppage left 90 '
     'ships waiting at anchor.', 'five-day', 'FC4'),
    ('Bus drivers will strike for 36 hours from Sunday, the union said. Passengers were urged to get ready for the '
     '24-hour walkout by booking taxis early.', '24-hour', 'FC4'),
    # moment times: the same blast told by a verb of its happening
    ('Officials said the explosion happened at 2.10am. The blast was heard at 2.25am across the valley.',
     '2.25am', 'FC4'),
    # jobs lost: the workers who lose them, named as affected or told with their own verb
    ('The insurer will shed 290 jobs at its Bristol office. The 920 staff affected will be consulted next month.',
     '920 staff', 'FC4'),
    ('The mill will close with the loss of 380 jobs. The union said the 830 workers deserved more notice.',
     '830 workers', 'FC4'),
]

CLEAN = [
    # event lengths: another place, another matter, a bracketed doer, a doer in -ing, a place in -ing
    'The six-day strike by cleaners ended on Thursday. The two-day strike by cleaners in Hull goes ahead.',
    'The three-week strike ended on Tuesday. The one-week strike over overtime, a separate dispute, starts in May.',
    'The four-week walkout ended on Monday. The one-week strike by striking porters was called off.',
    'The 5–week strike ended. The two-week strike (by midwives) ended.',
    'The four-week walkout ended on Monday. The one-week strike by Woking porters was called off.',
    # moment times: the time it was reported, and a shooting in another town
    'Police said the blast happened at 5.10am. The explosion was reported to police at 5.25am.',
    'A shooting happened at 10pm in Derby. In Nottingham, the shooting happened at 1am.',
    # jobs lost: the whole workforce consulted or told
    'The charity will cut 160 jobs. The 610 staff will be consulted, a spokesman said.',
    'About 270 jobs will go under the restructuring. The 720 workers have been told to expect letters.',
    # removed readings: a share of the vote held by another, a part a tenth of the whole
    'The Liberals won 38% of the vote in Leeds. Nationally, the party took more than half the vote.',
    'Only 21% of tenants recycle food waste. Half of tenants recycle paper, the council said.',
    'The merger is valued at $3.4bn. The $340m fee will go to the banks.',
    'The trust has a £1.8bn budget. The £180m shortfall must be closed by March.',
]


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_review_shapes_still_flagged(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", CLEAN)
def test_review_shapes_clean(text):
    assert_clean(text)

"""(round 32) The groups said to have voted on one side of a tally, against that side.

"The Senate passed the measure 61-37, with 49 Democrats and 14 Republicans voting in favor": those who voted
for a measure that passed are its larger side, so the groups listed as voting for it (63) cannot outnumber it
(61); "MPs backed the motion by 318 votes to 274, with 40 Labour MPs and 12 independents voting against":
those against a measure that passed are its smaller side.

Read only when the tally's own clause says the measure was passed, approved, backed or the like (a rejected
or failed measure may have fallen short of a larger majority it needed, so its sides are not told apart) and
the groups stand right after the tally, opened by ", with" and closed by the side they took ("voting in
favour", "voting for it", "supporting it", "voting against", "opposing it"), each a count with a noun of its
own and no other figure among them, the side closing the clause (round 32 mend: not "voting for it in committee
last month", "voting against a rival amendment", other votes).  The groups may be only some of the side
(independents unnamed), so the relation is partial: only groups that add up to more than their side contradict it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from ..interval import Interval
from ..model import Document, Kind
from .needs import needs
from .sums import PartsOfWhole, _tallies

# the measure carried: the larger side voted for it
_CARRIED_BEFORE = re.compile(r"\b(?:passed|approved|backed|carried|adopted|endorsed|ratified|confirmed|cleared|"
                             r"voted\s+(?:through|for|in\s+favou?r\s+of|to\s+(?:approve|pass|back|adopt|confirm)))\b"
                             r"(?:\W+[\w'’-]+){0,6}\W+(?:by\s+)?$", re.I)
_FAILED_NEAR = re.compile(r"\b(?:fail\w*|reject\w*|defeat\w*|short\s+of|threw\s+out|blocked|sank|vetoed)\b", re.I)
# ", with" right after the tally (and a short place or day of its own: "on Thursday", "in the upper house")
_WITH_AFTER_TALLY = re.compile(r"(?:\s+(?:on|in|at|late|early|after)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s*,\s*with\s+$",
                               re.I)
# the groups' joints: ", ", " and ", ", and "
_GROUP_JOINT = re.compile(r"\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_LAST_LABEL = re.compile(r"(?:\s+(?!(?:voting|voted|who|supporting|backing|opposing)\b)[A-Za-z][\w'’-]*){1,3}?"
                         r"(?=\s+(?:voting|voted|who|supporting|backing|opposing)\b)", re.I)
_FOR_SIDE = re.compile(r"\s+(?:voting|who\s+voted|voted)\s+(?:in\s+favou?r(?:\s+of\s+(?:it|the\s+\w+))?|for(?:\s+(?:it|the\s+\w+))?|"
                       r"yes|aye)\b|\s+(?:supporting|backing)\s+(?:it|the\s+\w+)\b", re.I)
_AGAINST_SIDE = re.compile(r"\s+(?:voting|who\s+voted|voted)\s+(?:against(?:\s+(?:it|the\s+\w+))?|no)\b"
                           r"|\s+(?:opposing)\s+(?:it|the\s+\w+)\b", re.I)

# the side closes the clause: no other object, occasion or time after it ("voting against a rival amendment", "voting
# for it in committee last month" tell of another vote)
_SIDE_ENDS = re.compile(r"\s*(?:[,.;:)!?]|$)")


@needs(Kind.COUNT, count=2)
def find_groups_on_a_side(doc: Document):
    text = doc.text
    for score, sides in _tallies(doc):
        sent = doc.sentences[score.sentence]
        if not _CARRIED_BEFORE.search(text, max(sent.start, score.start - 80), score.start) \
                or _FAILED_NEAR.search(text, sent.start, sent.end):
            continue
        tally_end = max(s.end for s in sides)
        later = [m for m in doc.mentions_in(score.sentence) if m.start >= tally_end and m.is_quantity]
        if len(later) < 2 or not _WITH_AFTER_TALLY.fullmatch(text, tally_end, later[0].start):
            continue
        groups = [later[0]]
        for m in later[1:]:
            if not _GROUP_JOINT.fullmatch(text, groups[-1].end, m.start):
                break
            groups.append(m)
        if len(groups) < 2 or any(g.kind != Kind.COUNT or g.noun is None or g.compound or g.is_range
                                  or g.value is None for g in groups):
            continue
        # the side the groups took, past the last group's noun ("30 MPs voting in favour")
        label = _LAST_LABEL.match(text, groups[-1].end)
        after = label.end() if label else groups[-1].end
        yes, no = max(sides, key=lambda s: s.value), min(sides, key=lambda s: s.value)
        if yes.value == no.value:
            continue
        took = _FOR_SIDE.match(text, after) or _AGAINST_SIDE.match(text, after)
        if took is None or not _SIDE_ENDS.match(text, took.end()):
            continue  # (round 32 mend) "voting for it in committee last month", "voting against a rival amendment"
        side = yes if _FOR_SIDE.match(text, after) else no
        # (votes are exact: "210 Republicans" is no round figure)
        exact = tuple(replace(g, interval=Interval(g.value, g.value), precision=Fraction(1)) for g in groups)
        yield PartsOfWhole(link="explicit", cue="side", total=side, parts=exact, complete=False, bounded=True)


FINDERS = (find_groups_on_a_side,)

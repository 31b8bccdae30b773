"""Relations (round 36): a vote's tally told in words, restated as a score.

"Councillors voted 27 to 14 to approve the plan. The 27-12 vote means ..." gives one tally twice: first in words,
after the verb of voting ("voted 27 to 14", "voted by 27 votes to 14", "backed the plan by 27 votes to 14"), then
as the score of "the vote" a sentence or two later ("The 27-12 vote", "That 27-14 vote").  Read only when:

* the tally is the text's one tally told so, its two counts in one clause, plain (no hedge), "to" between them
  (a second "N to M" later in its sentence is a second tally);
* the score is the text's one score told as a vote within ``_REACH`` sentences after it, pointed back to by
  "the", "that", "this" or a possessive, with "vote" at most two words after it;
* nothing tells of another vote: "vote on/over/in/at/last ...", "last year's", "previous", "earlier", another time
  in the score's clause (``years_differ`` or a year, a month, "last", "ago").

The two are compared as scores (either order), exactly, by FC407.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Kind
from .context import quantities
from .needs import needs
from .restatements import ScoreRestatement, score_pair, years_differ

_REACH = 2  # sentences between the tally and the vote that restates it

# the verb of voting before the tally: "voted 27 to 14", "voted by 27 votes to 14", "backed the plan by 27 votes to"
_VOTED_BEFORE = re.compile(r"\bvoted\s+(?:[\w'’-]+\s+){0,3}?(?:by\s+)?$", re.I)
_BY_BEFORE = re.compile(r"\b(?:voted|backed|approved|rejected|passed|supported|opposed|endorsed|carried|adopted|"
                        r"cleared|ratified|vetoed|blocked|defeated|threw\s+out|voted\s+down|agreed)\s+"
                        r"(?:[\w'’-]+\s+){0,6}?by\s+$", re.I)
_TALLY_GAP = re.compile(r"\s+(?:(votes?)\s+)?to\s+", re.I)
# the score told as the vote: "The 27-12 vote", "that 27-12 council vote"
_POINTED_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]heir|[Ii]ts)|['’]s?)\s+$")
_VOTE_AFTER = re.compile(r"\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?votes?\b")
# another vote: "the 27-12 vote on the budget", "the 27-12 vote last year", "last year's 27-12 vote"
_OTHER_VOTE_AFTER = re.compile(r"\s*(?:on|over|in|at|last|earlier|previous|of|to|from|ago|two|three|four|a)\b", re.I)
_OTHER_VOTE_BEFORE = re.compile(r"\b(?:last|previous|earlier|first|second|another|other|former|original|separate|"
                                r"year['’]s|month['’]s|week['’]s|since|after|before|than|like|unlike|repeat(?:ed|ing)?)\b"
                                r"[^,;.]*$", re.I)
_OTHER_TIME = re.compile(r"\b(?:last|earlier|previous|ago|January|February|March|April|May|June|July|August|"
                         r"September|October|November|December|(?:19|20)\d\d)\b")


def _tallies(doc: Document) -> list[tuple]:
    """The tallies told in words: (first count, second count), the clause's verb of voting before the first."""
    found = []
    counts = quantities(doc, Kind.COUNT)
    for a, b in zip(counts, counts[1:]):
        if a.sentence != b.sentence or a.hedge or b.hedge or a.is_range or b.is_range:
            continue
        gap = _TALLY_GAP.fullmatch(doc.text, a.end, b.start) if b.start - a.end < 12 else None
        if gap is None:
            continue
        start = max(doc.sentences[a.sentence].start, a.start - 60)
        before = doc.text[start:a.start]
        if _VOTED_BEFORE.search(before) or gap.group(1) and _BY_BEFORE.search(before) \
                or found and found[-1][1].sentence == a.sentence:  # "voted 11 to 4 to sell and 8 to 7 to lease"
            found.append((a, b))
    return found


def _vote_scores(doc: Document) -> list:
    """The scores told as a vote, pointed back to: "The 27-12 vote"."""
    found = []
    for m in doc.mentions:
        if m.kind is not Kind.SCORE:
            continue
        s = doc.sentences[m.sentence]
        if s.chrome or score_pair(m) is None or not _POINTED_BEFORE.search(doc.text, max(s.start, m.start - 12), m.start):
            continue
        vote = _VOTE_AFTER.match(doc.text, m.end, s.end)
        if vote is not None:
            found.append((m, vote.end()))
    return found


@needs(Kind.COUNT, count=2, words=("vote",))
@needs(Kind.SCORE)
def find_tally_score_restatements(doc: Document):
    """"voted 27 to 14 ... The 27-12 vote": one vote's tally told in words, then as the vote's score."""
    tallies = _tallies(doc)
    if len(tallies) != 1:
        return
    scores = _vote_scores(doc)
    if len(scores) != 1:
        return
    (a, b), (second, after) = tallies[0], scores[0]
    if not a.sentence < second.sentence <= a.sentence + _REACH:
        return
    s = doc.sentences[second.sentence]
    clause_before = re.split(r"[,;:]", doc.text[s.start:second.start])[-1]
    clause_after = re.match(r"[^,;.]*", doc.text[after:s.end]).group(0)
    if _OTHER_VOTE_AFTER.match(doc.text, after, s.end) or _OTHER_VOTE_BEFORE.search(clause_before) \
            or _OTHER_TIME.search(clause_after) or years_differ(doc, a, second):
        return
    tally = replace(a, end=b.end, text=doc.text[a.start:b.end])
    yield ScoreRestatement(link="inferred", cue="the vote", first=tally, second=second, subject="vote")


FINDERS = (find_tally_score_restatements,)

"""Relations (round 37): a golfer's round told by its score, then pointed back at as "his round of N".

"McIlroy carded a bogey-free 66 to move to 11 under par. His round of 67 included seven birdies" gives one round's
score twice.  Read only when:

* the first is the one round score of its sentence: a plain count from 55 to 89, right after "carded", "shot",
  "posted", "signed for" or "returned" (with "a", "an" and up to two words of its own between: "a bogey-free 66");
* the second, in the next sentence, is "his/her/their/the/that round of N", the only score of its sentence;
* the second's sentence names no round, day or other player apart from the first's: no ordinal ("first", "third",
  "final"), no weekday or "yesterday"/"today" the first's sentence lacks, no "another", "earlier", "previous".

Both are the same round: they must be equal (FC402).
"""
from __future__ import annotations

import re

from ..model import Document, Kind
from .context import words
from .needs import needs
from .restatements import DefiniteRestatement

_SCORED = re.compile(r"\b(?:carded|cards|shot|shoots|posted|posts|signed\s+for|returned|returns)\s+"
                     r"(?:(?:a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}?)?$", re.I)
_ROUND_OF = re.compile(r"\b(?:his|her|their|the|that)\s+round\s+of\s+$", re.I)
_APART = frozenset("""first second third fourth final opening closing another other earlier previous next last
    monday tuesday wednesday thursday friday saturday sunday yesterday today""".split())
_LOW, _HIGH = 55, 89


def _score(m) -> bool:
    return m.kind == Kind.COUNT and m.value is not None and not m.hedge and not m.is_range and not m.compound \
        and _LOW <= m.value <= _HIGH and m.value.denominator == 1


@needs(Kind.COUNT, count=2, words=("round of",))
def find_restated_rounds(doc: Document):
    """"carded a bogey-free 66 ... His round of 67"."""
    text = doc.text
    for s in doc.sentences[1:]:
        if s.chrome or s.headline:
            continue
        second = _lone_score(doc, s, _ROUND_OF, 24)
        prev = doc.sentences[s.index - 1]
        if second is None or prev.headline or prev.chrome:
            continue
        first = _lone_score(doc, prev, _SCORED, 40)
        if first is None:
            continue
        said = {w.lower() for w in words(text[prev.start:prev.end])}
        if any(w.lower() in _APART and w.lower() not in said for w in words(text[s.start:s.end])):
            continue  # "His round of 67 on Saturday", "His first round of 67": another round
        yield DefiniteRestatement(link="inferred", cue="round of", first=first, second=second, subject="round")


def _lone_score(doc: Document, s, cue: re.Pattern, reach: int):
    """The one round score of sentence ``s``, told right after ``cue`` (within ``reach`` characters); else None."""
    scores = [m for m in doc.mentions_in(s.index) if _score(m)]
    if len(scores) != 1 or not cue.search(doc.text, max(s.start, scores[0].start - reach), scores[0].start):
        return None
    return scores[0]


FINDERS = (find_restated_rounds,)

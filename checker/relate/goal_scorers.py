"""Relations: a winner's goals in the score and the scorers listed after it (round 33, FC101).

"Harrow beat Wealdstone 3-1, with Tom Ferris scoring twice and Aidan Crewe and Josh Nwosu adding one goal each":
the list after ", with" names who scored the winner's goals; a careful editor adds them up (2 + 1 + 1 = 4) and
checks them against the winner's figure in the score (3).

Read in one sentence: the side named first beats the other ("beat", "defeated", "won", ...) by a score, then ", with"
and, to the sentence's end, nothing but scorers -- names, a verb of scoring and how many ("twice", "once", "a
hat-trick", "a brace", "two goals", "a goal"; "each"/"apiece" after several names counts once for each of them),
joined by commas and "and".  Not with an own goal, a shoot-out or an aggregate in the sentence, where the goals
told are not the score's.
"""
from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction

from ..interval import Interval
from ..model import Document, Kind, Mention
from .needs import needs
from .sums import PartsOfWhole

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_HOW_MANY = {"once": 1, "a goal": 1, "one goal": 1, "twice": 2, "a brace": 2, "two goals": 2, "three times": 3,
             "a hat-trick": 3, "three goals": 3, "four goals": 4, "four times": 4}
_SCORER_WORDS = (r"(?P<names>" + _NAME + r"(?:\s*,\s*" + _NAME + r")*(?:\s+and\s+" + _NAME + r")?)\s+"
                 r"(?:(?:scoring|scored|netting|netted|grabbing|adding|added|getting|bagging|hitting|striking)\s+)VERB"
                 r"(?P<n>" + "|".join(re.escape(k) for k in sorted(_HOW_MANY, key=len, reverse=True))
                 + r")(?P<each>\s+(?:each|apiece))?")
_SCORER = re.compile(_SCORER_WORDS.replace("VERB", ""))
# a later scorer may leave the verb out: "..., Maya Ross once and Zoe Lin once"
_LATER_SCORER = re.compile(_SCORER_WORDS.replace("VERB", "?"))
_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_END = re.compile(r"\s*[.!]?\s*$")
# the side named first beats the other, then the score: "Harrow Athletic beat Wealdstone Park "
_WINNER_BEFORE = re.compile(r"^\s*(?:The\s+)?" + _NAME + r"\s+(?:beat|defeated|won|edged|thrashed|overcame|saw\s+off)\b"
                            r"[^.;:\d]{0,60}$")
# the score, then ", with" past a time or place: "3-1 on Saturday, with ", "2-0 at home, with "
_WITH_AFTER = re.compile(r"(?:\s+(?:on|at|in)\s+[\w' ]{1,30}?)?\s*,\s*with\s+")
# (round 33 mend) a score too high for goals, or a game of tries: "Leinster beat Munster 24-10, with Lowe scoring
# twice ...": the scorers' tries are not the winner's points
MOST_GOALS = 9
_TRIES = re.compile(r"\b(?:tries|try|conversions?|rugby|scrum|drop[\s-]goals?|touchdowns?|line-?out)\b", re.I)
_NOT_THE_SCORE = re.compile(r"\bown[\s-]goals?\b|\bshoot-?out\b|\bon\s+penalties\b|\baggregate\b|\bpenalty\b", re.I)


def _scorers(text: str) -> list[tuple[int, int, int]] | None:
    """Each scorer's goals in ``text`` (all of it a list of scorers): (start, end, goals) per scorer, a part told
    "each" once for every name; None when the text is not such a list."""
    out, pos = [], 0
    while True:
        found = (_LATER_SCORER if out else _SCORER).match(text, pos)
        if found is None:
            return None
        goals = _HOW_MANY[found.group("n")]
        names = len(re.split(r"\s*,\s*|\s+and\s+", found.group("names"))) if found.group("each") else 1
        out.extend([(found.start("n"), found.end("n"), goals)] * names)
        pos = found.end()
        if _END.fullmatch(text, pos):
            return out
        joint = _JOINT.match(text, pos)
        if joint is None:
            return None
        pos = joint.end()


def _exact_count(m: Mention, start: int, end: int, text: str, value: int) -> Mention:
    return replace(m, start=start, end=end, text=text, kind=Kind.COUNT, value=Fraction(value), precision=Fraction(1),
                   interval=Interval(Fraction(value), Fraction(value)), noun="goals", hedge=None)


@needs(Kind.SCORE, words=("with",))
def find_goal_scorers(doc: Document):
    """"Harrow beat Wealdstone 3-1, with Ferris scoring twice and Crewe and Nwosu adding one goal each": the
    scorers' goals add up to the winner's figure in the score (explicit, complete)."""
    for index, ms in doc.mentions_by_sentence().items():
        scores = [m for m in ms if m.kind == Kind.SCORE]
        if len(scores) != 1 or scores[0].value is None:
            continue
        score, sent = scores[0], doc.sentences[index]
        if not _WINNER_BEFORE.match(doc.text[sent.start:score.start]) or _NOT_THE_SCORE.search(doc.text, sent.start, sent.end):
            continue
        opening = _WITH_AFTER.match(doc.text, score.end, sent.end)
        first = re.match(r"\d+", score.text)
        if opening is None or first is None or int(first.group(0)) != score.value or score.value > MOST_GOALS \
                or _TRIES.search(doc.text):
            continue
        listed = _scorers(doc.text[opening.end():sent.end])
        if not listed or len(listed) < 2:
            continue
        base = opening.end()
        parts = tuple(_exact_count(score, base + s, base + e, doc.text[base + s:base + e], n) for s, e, n in listed)
        total = _exact_count(score, score.start, score.start + first.end(), first.group(0), int(score.value))
        yield PartsOfWhole(link="explicit", cue="scorers", total=total, parts=parts, complete=True)


FINDERS = (find_goal_scorers,)

"""Relations (round 31): a rugby side's points and the scores they came from (round 62: and an ice hockey player's
points, their goals and assists).

A rugby report often breaks a side's points down by how they were scored: "Ireland's 38 points came from five
tries, five conversions and two penalties". Each kind of score is worth a fixed number of points, so the
breakdown must add up to the total -- in rugby union (try 5, conversion 2, penalty 3, drop goal 3, penalty try
7) or in rugby league (try 4, conversion or goal 2, penalty 2, drop goal 1). The text rarely says which code;
the relation keeps both values and a rule accepts the total when either code gives it.

Read when one sentence holds exactly one count of points ("38 points", "their 24 points") and at least two counts
of scores each named right after its figure ("five tries", "two penalties", "a drop goal"; conversions also as
"three tries, all of them converted" or "four tries, two of them converted"), a try among them, each kind once,
and no other count (which of them the points came from would be unclear); not when the sentence tells them as
some of the scores ("included", "as well as").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Document, Kind, Mention, Relation
from .needs import needs

# the kind of score named right after its count, and its worth in rugby union and in rugby league
_SCORE_AFTER = re.compile(r"\s+(?P<kind>penalty[\s-]tr(?:y|ies)|tries|try|conversions?|penalty\s+goals?|penalties|penalty"
                          r"|drop(?:ped)?[\s-]goals?)\b", re.I)
_WORTH = {  # kind: (union, league)
    "penalty try": (7, 4),
    "try": (5, 4),
    "conversion": (2, 2),
    "penalty": (3, 2),
    "drop goal": (3, 1),
}


def _kind_of(word: str) -> str:
    w = re.sub(r"[\s-]+", " ", word.lower())
    if w.startswith("penalty tr"):
        return "penalty try"
    if w.startswith("tr"):
        return "try"
    if w.startswith("conversion"):
        return "conversion"
    if w.startswith("drop"):
        return "drop goal"
    return "penalty"


# a single score named with "a"/"an": "a penalty", "a late drop goal", "a solitary first-half penalty goal"; conversions of every try told after the tries
_SINGLE = re.compile(r"\b(?:a|an)\s+(?:(?:solitary|single|late|early|lone|first-half|second-half|long-range|\w+-metre)\s+){0,2}(?P<kind>penalty[\s-]try|try|conversion|penalty\s+goal|penalty|drop(?:ped)?[\s-]goal)\b",
                     re.I)
_ALL_CONVERTED = re.compile(r"\s*,?\s*(?:all|each|every\s+one)\s+(?:of\s+them\s+|three\s+|four\s+|five\s+|six\s+)?"
                            r"(?:converted|of\s+which\s+were\s+converted)\b", re.I)
# a breakdown told as partial: "The 40 points included four tries"
_PARTIAL = re.compile(r"\b(?:includ\w*|among\s+them|as\s+well\s+as|also)\b", re.I)
# (review) points that are not the side's score in the match: a gap in a table or a margin ("12 points clear",
# "won by 12 points", "44 points from 12 games")
_POINTS_NOT_SCORED = re.compile(r"(?:\s*(?:points?|pts)\b)?\s+(?:clear|ahead|behind|adrift|off|above|below|short|from\s+(?:safety|\d+|\w+\s+games))\b",
                                re.I)
_MARGIN_BEFORE = re.compile(r"\b(?:by|margin\s+of|lead\s+of|gap\s+of|deficit\s+of)\s+$", re.I)
# (review) a single score told with a verb of its own is not one the side scored: "and a drop goal was disallowed",
# "a penalty that was missed", "missed a penalty"
_SINGLE_NOT_SCORED = re.compile(r"\s*,?\s*(?:(?:that|which)\s+)?(?:was|were|is|had\s+been|went|hit|struck|"
                                r"rebounded|sailed|drifted|came\s+back)\b", re.I)
_MISSED_BEFORE = re.compile(r"\b(?:miss\w*|fail\w*\s+to\s+convert|without|no|not|disallow\w*)\s+$", re.I)
_SOME_CONVERTED = re.compile(r"\s+of\s+them\s+converted\b", re.I)


@dataclass(frozen=True)
class ScoringBreakdown(Relation):
    """A side's ``points`` and the ``scores`` they came from: each (how many, kind of score, the figure that says
    so or None for "a penalty" and "all of them converted")."""

    points: Mention = None  # type: ignore[assignment]
    scores: tuple[tuple[int, str, Mention | None], ...] = ()

    def members(self) -> tuple[Mention, ...]:
        return (self.points,) + tuple(m for _, _, m in self.scores if m is not None)

    def worth(self, code: int) -> int:
        """The points the scores make in rugby union (``code`` 0) or rugby league (1)."""
        return sum(n * _WORTH[kind][code] for n, kind, _ in self.scores)


def _scores_in(doc: Document, idx: int, ms: list[Mention], points: Mention):
    """The scores sentence ``idx`` counts, or None when another count stands among them."""
    scores = []
    for m in ms:
        if m is points:
            continue
        if m.value is None or m.is_range or m.hedge or m.value != int(m.value):
            return None
        named = _SCORE_AFTER.match(doc.text, m.end)
        if named is not None:
            kind = _kind_of(named.group("kind"))
            scores.append((int(m.value), kind, m))
            if kind == "try" and _ALL_CONVERTED.match(doc.text, named.end()):
                scores.append((int(m.value), "conversion", None))  # "three tries, all of them converted"
        elif _SOME_CONVERTED.match(doc.text, m.end):
            scores.append((int(m.value), "conversion", m))  # "four tries, two of them converted"
        else:
            return None  # another count in the sentence: which of them the points came from is unclear
    sent = doc.sentences[idx]
    for single in _SINGLE.finditer(doc.text, sent.start, sent.end):
        if _SINGLE_NOT_SCORED.match(doc.text, single.end()) \
                or _MISSED_BEFORE.search(doc.text, max(sent.start, single.start() - 25), single.start()):
            return None  # "and a drop goal was disallowed": which scores count is unclear
        scores.append((1, _kind_of(single.group("kind")), None))
    return scores


@needs(Kind.COUNT, count=2, words=("points",))
def find_scoring_breakdowns(doc: Document):
    """A side's points and the tries, conversions, penalties and drop goals they came from (see the module)."""
    for idx, in_sentence in doc.mentions_by_sentence().items():
        ms = [m for m in in_sentence if m.kind == Kind.COUNT]
        points = [m for m in ms if (m.noun or "").lower() in ("points", "pts")]
        if len(ms) < 2 or len(points) != 1 or points[0].hedge or points[0].is_range:
            continue
        sent = doc.sentences[idx]
        if _POINTS_NOT_SCORED.match(doc.text, points[0].end) \
                or _MARGIN_BEFORE.search(doc.text, max(sent.start, points[0].start - 20), points[0].start):
            continue  # "12 points clear at the top", "won by 12 points": not the side's score
        if _PARTIAL.search(doc.text, sent.start, sent.end):
            continue  # "The 40 points included four tries": some of the scores only
        scores = _scores_in(doc, idx, ms, points[0])
        if not scores or len(scores) < 2:
            continue
        kinds = [kind for _, kind, _ in scores]
        if len(set(kinds)) != len(kinds) or not any(kind in ("try", "penalty try") for kind in kinds):
            continue  # a kind counted twice (two sides' tries?), or no try among them: not one side's breakdown
        yield ScoringBreakdown(link="explicit", cue="points from scores", points=points[0], scores=tuple(scores))


# (round 33) a sentence opening on a side's points, no figure: "Leinster's points came from four tries, ..."
_SIDE_POINTS_LEAD = re.compile(r"\s*(?:The\s+)?(?P<side>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})['’]s?\s+points\s+"
                               r"(?:came\s+from|were\s+made\s+up\s+of|consisted\s+of|comprised)\s")
# the side named first beat the other: "Leinster beat Ulster 27-10", "Leinster won 27-10 at ..."
_WINNER_FIRST = r"\s*(?:The\s+)?{side}\s+(?:beat|defeated|won|edged|thrashed|overcame|saw\s+off|swept\s+aside)\b[^.;:\d]{{0,60}}$"


def _winners_points(doc: Document, idx: int, side: str) -> Mention | None:
    """(round 33) The points of ``side`` in the score of the sentence before ``idx`` (same paragraph), when that
    sentence's one score follows the side named first as the winner ("Leinster beat Ulster 27-10"): the score's
    first figure, as a mention of its own ("27"); None otherwise."""
    if idx == 0 or doc.sentences[idx - 1].paragraph != doc.sentences[idx].paragraph:
        return None
    scores = [m for m in doc.mentions_in(idx - 1) if m.kind == Kind.SCORE]
    if len(scores) != 1 or scores[0].value is None:
        return None
    score, before = scores[0], doc.sentences[idx - 1]
    if not re.match(_WINNER_FIRST.format(side=re.escape(side)), doc.text[before.start:score.start]):
        return None
    first = re.match(r"\d+", score.text)
    if first is None or int(first.group(0)) != score.value:
        return None
    return replace(score, end=score.start + first.end(), text=first.group(0), kind=Kind.COUNT, noun="points")


@needs(Kind.SCORE, Kind.COUNT, words=("points",))
def find_points_after_score(doc: Document):
    """(round 33) "Leinster beat Ulster 27-10 at the RDS. Leinster's points came from four tries, three conversions
    and a penalty": the winner's points in the score before, and the scores the next sentence says they came from
    (explicit: the sentence names the side's points)."""
    for idx, in_sentence in doc.mentions_by_sentence().items():
        sent = doc.sentences[idx]
        lead = _SIDE_POINTS_LEAD.match(doc.text, sent.start, sent.end)
        if lead is None or _PARTIAL.search(doc.text, sent.start, sent.end):
            continue
        points = _winners_points(doc, idx, lead.group("side"))
        ms = [m for m in in_sentence if m.kind == Kind.COUNT]
        scores = _scores_in(doc, idx, ms, points) if points is not None and ms else None
        if not scores or len(scores) < 2:
            continue
        kinds = [kind for _, kind, _ in scores]
        if len(set(kinds)) == len(kinds) and any(kind in ("try", "penalty try") for kind in kinds):
            yield ScoringBreakdown(link="explicit", cue="points from scores", points=points, scores=tuple(scores))


# (round 62) an ice hockey player's points are their goals and assists: "finished with 71 points - 29 goals and 44
# assists -", "71 points (29 goals, 44 assists)"; the two right after the points, set apart, nothing else in the
# sentence between
_GOALS_ASSISTS_AFTER = re.compile(r"\s*[-–—(:]\s*$")
_ASSISTS_JOINT = re.compile(r"\s*(?:,|and|,\s*and)\s*$")


@needs(Kind.COUNT, count=3, words=("assists",))
def find_points_from_goals_and_assists(doc: Document):
    """A player's points, then their goals and assists set apart right after: the two make the points (explicit: in
    ice hockey a point is a goal or an assist)."""
    from .sums import PartsOfWhole
    text = doc.text
    for idx, in_sentence in doc.mentions_by_sentence().items():
        ms = [m for m in in_sentence if m.kind == Kind.COUNT]
        for points, goals, assists in zip(ms, ms[1:], ms[2:]):
            if (points.noun or "").lower() != "points" or (goals.noun or "").lower() != "goals" \
                    or (assists.noun or "").lower() != "assists" \
                    or any(m.hedge or m.is_range or m.value is None or m.compound for m in (points, goals, assists)):
                continue
            points_end = points.noun_span.end if points.noun_span is not None else points.end
            goals_end = goals.noun_span.end if goals.noun_span is not None else goals.end
            if not _GOALS_ASSISTS_AFTER.fullmatch(text, points_end, goals.start) \
                    or not _ASSISTS_JOINT.fullmatch(text, goals_end, assists.start):
                continue
            yield PartsOfWhole(link="explicit", cue="a player's points: goals and assists", total=points,
                               parts=(goals, assists), complete=True)


FINDERS = (find_scoring_breakdowns, find_points_after_score, find_points_from_goals_and_assists)

"""Relations (round 52): a gap told between two stated figures, the second told of a rival in a relative clause.

"Ouma weighed in at 71.4kg, 1.2kg heavier than Rahman, who came in at 70.6kg", "a total of 268 left him eight shots
clear of the runner-up, who finished on 274", "won in 5:41.2, a margin of 3.8 seconds over Lowther, who clocked
5:43.9": the gap must be the difference of the two figures (FC301, either way round: which side is ahead depends on
the sport).  And a gap, a colon, then the two figures: "the gap narrowed to 950 votes: Andersen took 28,412 and Lund
27,462".  Read only when:

* the first figure is the last of its kind and unit before the gap in the sentence, and the rival's the first after
  it, told by "who"/"which" and at most four words ("who came in at", "who finished on", "who clocked");
* the gap is a plain figure of that kind and unit (or a count of shots, strokes, votes, points, runs or goals
  beside bare counts), right before a word of comparison ("heavier than", "clear of", "ahead of") or after "a margin
  of" and before "over";
* no other figure of that kind stands between.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .changes import GapBetween
from .needs import needs

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.DURATION)
# the words between the gap and the rival: "heavier than", "clear of", "ahead of", "faster than"
_COMPARED_AFTER = re.compile(r"\s+(?:(?:heavier|lighter|taller|shorter|longer|higher|lower|faster|slower|older|younger|"
                             r"bigger|smaller|more|fewer|less)\s+than|clear\s+of|ahead\s+of|behind|adrift\s+of|"
                             r"short\s+of)\s+", re.I)
_MARGIN_BEFORE = re.compile(r"\b(?:a|the|his|her|their|its)\s+(?:winning\s+)?margin\s+of\s+$", re.I)
_OVER_AFTER = re.compile(r"\s+over\s+", re.I)
# the rival, then "who" and the verb that gives their figure: "Rahman, who came in at", "runner-up Ann Roe, who
# finished on"
_RIVAL = re.compile(r"(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+\s*,\s*(?:who|which)\s+(?:[a-z]+\s+){1,4}?"
                    r"(?:at|on|in|with)?\s*$", re.I)
# a gap, a colon, then the two figures: "narrowing to 950 votes: Andersen took 28,412 and Lund 27,462"
_GAP_WORD_BEFORE = re.compile(r"\b(?:gap|margin|difference|lead)\b[^,;:.()\d]{0,60}$", re.I)
_TOOK = r"(?:took|won|got|polled|received|had|scored)"
_COLON_THEN = re.compile(r"\s*:\s*(?:[A-Z][\w'’-]*\s+){1,3}" + _TOOK + r"\s+$")
_AND_THEN = re.compile(r"\s+and\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:" + _TOOK + r"\s+)?$")
_TALLY_NOUNS = frozenset("shots strokes votes points runs goals".split())


def _alike(gap: Mention, level: Mention) -> bool:
    """The gap and the level are of one kind and unit, or the gap counts shots, votes ... beside bare counts."""
    if level.kind != gap.kind or level.is_range or level.value is None or level.hedge:
        return False
    if gap.kind == Kind.COUNT:
        return level.noun is None or gap.noun is None or level.noun.lower() == gap.noun.lower() \
            or (gap.noun or "").lower() in _TALLY_NOUNS
    return level.unit == gap.unit


def _gap_figure(m: Mention) -> bool:
    return m.kind in _KINDS and not m.is_range and m.value is not None and m.value > 0 and not m.compound \
        and (m.kind != Kind.COUNT or m.noun is None or m.noun.lower() in _TALLY_NOUNS or m.noun.lower().endswith("er"))


@needs(Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.DURATION, count=3)
def find_compared_gaps(doc: Document):
    text = doc.text
    for s in doc.sentences:
        if s.chrome or s.headline:
            continue
        ms = [m for m in doc.mentions_in(s.index) if m.kind in _KINDS]
        for k, gap in enumerate(ms):
            if not _gap_figure(gap) or k == 0:
                continue
            found = _rival_after(doc, ms, k) or _colon_pair_after(doc, ms, k)
            if found is None:
                continue
            first, second = found
            yield GapBetween(link="explicit", cue="gap between two stated figures", change=gap, old=second,
                             new=first, direction=0)


def _rival_after(doc: Document, ms: list[Mention], k: int):
    """The level before the gap and the rival's after it: "at 71.4kg, 1.2kg heavier than Rahman, who came in at
    70.6kg"; "in 5:41.2, a margin of 3.8 seconds over Lowther, who clocked 5:43.9"."""
    text, gap = doc.text, ms[k]
    compared = _COMPARED_AFTER.match(text, gap.end) or (
        _COMPARED_AFTER.match(text, gap.noun_span.end) if gap.noun_span is not None else None)  # "eight shots clear of"
    if compared is None:
        over = _OVER_AFTER.match(text, gap.end)
        if over is None or not _MARGIN_BEFORE.search(text, max(0, gap.start - 24), gap.start):
            return None
        compared = over
    before = [m for m in ms[:k] if _alike(gap, m) and not m.compound]
    after = [m for m in ms[k + 1:] if _alike(gap, m)]
    if len(before) != 1 or not after or not _RIVAL.fullmatch(text, compared.end(), after[0].start):
        return None  # (none, or two before the gap: "took 17 seconds off the record of 2:05:58": whose is it?)
    first, second = before[0], after[0]
    if any(m.kind == gap.kind and not m.compound for m in ms if first.end <= m.start < gap.start):
        return None  # another figure of that kind between: whose level is it?
    if not _GAP_OF_SUBJECT.fullmatch(text, first.end, gap.start):
        return None  # (not "Kopecky won in 3hr 40min 2sec and Vos finished 35 seconds behind the winner, who ...")
    if _NOT_OWN_LEVEL.search(text, max(0, first.start - 24), first.start) \
            or any(_PAR_AFTER.match(text, m.end) for m in (first, second)):
        return None  # a record's or a mark's figure; a score told against par ("six under")
    if not _near_in_size(gap, first, second):
        return None
    return first, second


# the gap told of the first figure's subject: set apart after its clause (", 1.2kg heavier", ", a margin of"), or
# after a verb giving it ("268 left him eight shots clear")
_GAP_OF_SUBJECT = re.compile(r"[^,;:.()\d]{0,40},\s*(?:[a-z]+ing\s+)?"  # (", finishing 4.6 seconds clear of")
                             r"(?:a\s+margin\s+of\s+|(?:some|about|around|nearly|just)\s+)?"
                             r"|\s+(?:left|put|gave|leaves|puts|gives)\s+(?:him|her|them|it|the\s+side)\s+", re.I)
# a figure that is a mark, not the subject's own level: "the previous record of 2:05:58"
_NOT_OWN_LEVEL = re.compile(r"\b(?:record|mark|best|target|limit|previous|old|former)\s+(?:of\s+|was\s+)?$", re.I)
_PAR_AFTER = re.compile(r"\s+(?:under|over)\b", re.I)


def _near_in_size(gap: Mention, first: Mention, second: Mention) -> bool:
    """The gap told is within five times the two levels' difference either way: a figure of another measure read as a
    level ("a 66 to finish at nine under ... six under") is not weighed."""
    diff = abs(first.value - second.value)
    return diff > 0 and gap.value <= 5 * diff and diff <= 5 * gap.value


def _colon_pair_after(doc: Document, ms: list[Mention], k: int):
    """"the gap between the two narrowing to 950 votes: Andersen took 28,412 and Lund 27,462"."""
    text, gap = doc.text, ms[k]
    if gap.kind != Kind.COUNT or not _GAP_WORD_BEFORE.search(text, max(0, gap.start - 70), gap.start):
        return None
    end = gap.noun_span.end if gap.noun_span is not None else gap.end
    if len(ms) < k + 3:
        return None
    first, second = ms[k + 1], ms[k + 2]
    if not (_alike(gap, first) and _alike(gap, second)) or not _COLON_THEN.fullmatch(text, end, first.start) \
            or not _AND_THEN.fullmatch(text, first.end, second.start) or not _near_in_size(gap, first, second):
        return None
    return first, second


FINDERS = (find_compared_gaps,)

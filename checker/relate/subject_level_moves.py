"""Relations (round 40): a level told with its subject, then moved by a percentage in the same clause.

"The minimum wage of £4,666 will rise by 5 per cent to £4,900" gives one move: the subject's level before its
verb, the percentage after it, the level reached after "to".  The change finders read "rose 5% from £4,666 to
£4,900"; here the old level stands before the verb, in the subject ("the minimum wage of £4,666", "the £1,500
price", "the fare, currently £40,").  Three shapes:

* **level reached**: "LEVEL ... VERB (by) PCT to NEW" -> the percent change from LEVEL to NEW (FC203);
* **amount put another way**: "LEVEL ... VERB (by) PCT ..., or (about) STEP" -> STEP is PCT of LEVEL (FC203, the
  old level stated);
* **a change that brings a price**: "a PCT discount/cut/rise brings/takes/cuts the LEVEL price (down) to NEW".
* **the level as the verb's object** (round 62): "cut the £4.8m grant by 15%, a reduction of £720,000" or "...,
  or £720,000" (STEP is PCT of LEVEL), "raise the £2m fund by 25% to £2.5m" (the level reached).

Read only when the level is the one figure of its kind and unit before the verb in its sentence (after its
subject's noun, "of", "currently" or as the noun's modifier), the verb of change follows it within a few words with
no clause break, the percentage is a plain relative size (not "a year", "of", "points", a range), nothing but a
time of a few words stands between it and "to" or ", or", and the second figure is of the level's kind and unit.
Not when the sentence has a start of its own ("from £4,000"), nor another percentage.  The link is read from the
clause, not stated: a mismatch is a warning.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .changes import DOWN_WORDS, UP_WORDS
from .context import body_sentences
from .needs import needs
from .percents import PercentChange, StepPercentChange

CUE = "the subject's level moved by a percentage"

_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
_MAX_SUBJECT_WORDS = 8  # between the level and its verb
_HEDGE = r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|more\s+than\s+|" \
         r"less\s+than\s+|over\s+|under\s+)?"
# between the level and the percentage: the rest of the subject, the verb (an auxiliary before it), "by"
_SUBJECT_THEN_VERB = re.compile(r"(?P<subject>[^;:.()\d]{0,80}?)\b(?:will\s+|would\s+|is\s+to\s+|is\s+set\s+to\s+|"
                                r"are\s+to\s+|are\s+set\s+to\s+|has\s+|have\s+|had\s+)?(?:be\s+|been\s+)?"
                                r"(?P<verb>[a-z]+)\s+(?:by\s+)?" + _HEDGE + r"$", re.I)
# after the percentage: a short time, then "to" and the level reached
_THEN_TO = re.compile(r"(?:\s+(?:from|in|next|this|on|at)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?\s+to\s+" + _HEDGE + r"$", re.I)
# after the percentage: a short time, then ", or" and the amount
_THEN_OR = re.compile(r"(?:\s+(?:from|in|next|this|on|at)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)?\s*,\s*or\s+" + _HEDGE + r"$",
                      re.I)
# a percentage that is no relative size of the level: "5% a year", "5% of", "5 points", "5% above"
_NOT_RELATIVE = re.compile(r"\s*(?:a\s+(?:year|month|week|day)|annually|per\s+(?:year|annum)|of|points?|"
                           r"percentage|above|below|more|less|than|on\s+(?:the|a)\b)", re.I)
# the level's place in the subject: "the minimum wage of ", "the fare, currently ", "the £1,500 price"
_LEVEL_LEAD = re.compile(r"(?:\bof|\bcurrently|\bnow|\bat|\bthe|\bits|\btheir|\bthis|\bthat)\s+$", re.I)
# "a 30 per cent discount brings the £1,500 price down to £1,200"
_CHANGE_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?P<noun>discount|cut|reduction|rise|increase|hike|mark-?down|"
                                r"mark-?up|saving|uplift)\s+(?P<verb>brings|brought|bringing|takes|took|taking|cuts|cut|"
                                r"lifts|lifted|pushes|pushed|puts|put|sets|set)\s+(?:the|its|their|a|an)\s+$", re.I)
_PRICE_TO = re.compile(r"(?:\s+[\w'’-]+){1,8}?\s+(?:(?:down|up)\s+)?to\s+" + _HEDGE + r"$", re.I)
_DOWN_NOUNS = frozenset("discount cut reduction markdown mark-down saving".split())
# (round 62) the level as the object of a verb of change: "to cut the museums service's £4.8m grant by 15%"
_VERB_THEN_OBJECT = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:the|its|their|his|her|this|that)\s+"
                               r"(?:[\w'’-]+\s+){0,3}$", re.I)
_OBJECT_THEN_BY = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}\s+by\s+" + _HEDGE + r"$", re.I)
# after the percentage: the amount put as a change noun ("a reduction of", "a cut of", "an increase of")
_THEN_STEP_NOUN = re.compile(r"\s*,\s*(?:or|(?:a|an)\s+(?:cut|reduction|saving|rise|increase|drop|fall)\s+of)\s+"
                             + _HEDGE + r"$", re.I)


def _direction(verb: str) -> int:
    verb = verb.lower()
    if verb in DOWN_WORDS:
        return -1
    if verb in UP_WORDS:
        return 1
    return 0


def _alike(a: Mention, b: Mention) -> bool:
    return a.kind == b.kind and (a.kind == Kind.COUNT or a.unit == b.unit) and not b.is_range and b.value is not None \
        and b.value > 0


def _plain(m: Mention) -> bool:
    """A single positive figure, not a range nor a hyphened modifier ("a 12-month")."""
    return m.value is not None and m.value > 0 and not m.is_range and not (m.compound and "-" in m.text)


@needs(Kind.PERCENT)
def find_subject_level_moves(doc: Document):
    """A level told in its subject, moved by a percentage (see the module's docstring)."""
    text = doc.text
    for s, ms in body_sentences(doc):
        pcts = [m for m in ms if m.kind == Kind.PERCENT]
        if len(pcts) != 1:
            continue
        pct = pcts[0]
        if pct.is_range or pct.value is None or pct.unit != "%" or pct.value <= 0 \
                or _NOT_RELATIVE.match(text, pct.end) or re.search(r"\bfrom\s+\D{0,3}\d", text[s.start:s.end]):
            continue
        before = [m for m in ms if m.end <= pct.start and m.kind in _KINDS]
        after = [m for m in ms if m.start >= pct.end and m.kind in _KINDS]
        found = _moved(doc, s, pct, before, after) or _brought(doc, pct, after) \
            or _object_moved(doc, s, pct, before, after)
        if found is not None:
            yield found


def _moved(doc: Document, s, pct: Mention, before: list[Mention], after: list[Mention]):
    """"LEVEL ... VERB (by) PCT to NEW" or "..., or STEP"."""
    text = doc.text
    if len(before) != 1 or not after:
        return None
    level = before[0]
    if not _plain(level) or level.value is None or level.value <= 0 \
            or not _LEVEL_LEAD.search(text, max(s.start, level.start - 12), level.start):
        return None
    told = _SUBJECT_THEN_VERB.fullmatch(text, level.end, pct.start)
    if told is None or len(told.group("subject").split()) > _MAX_SUBJECT_WORDS:
        return None
    direction = _direction(told.group("verb"))
    aside = re.search(r"\b(?:currently|now)\s+$", text[max(s.start, level.start - 12):level.start])
    if not direction or "," in told.group("subject") and not (aside and told.group("subject").strip() == ","):
        return None  # (a comma in the subject only after "currently £40": "The fare, currently £40, will rise")
    second = after[0]
    if not _alike(level, second):
        return None
    return _level_moved(text, pct, level, second, direction, _THEN_OR)


def _level_moved(text: str, pct: Mention, level: Mention, second: Mention, direction: int, step_gap: re.Pattern):
    """The move read after the percentage: the level reached after "to", or the amount of the move after
    ``step_gap`` (", or", ", a cut of"), smaller than the level it is a share of."""
    if _THEN_TO.fullmatch(text, pct.end, second.start):
        return PercentChange(link="inferred", cue=CUE, change=pct, old=level, new=second, direction=direction)
    if step_gap.fullmatch(text, pct.end, second.start) and second.value < level.value:
        return StepPercentChange(link="inferred", cue=CUE, change=pct, step=second, new=level, direction=direction,
                                 from_old=True)
    return None


def _object_moved(doc: Document, s, pct: Mention, before: list[Mention], after: list[Mention]):
    """"cut the £4.8m grant by 15%, a reduction of £720,000"; "raise the £2m fund by 25% to £2.5m"."""
    text = doc.text
    if len(before) != 1 or not after:
        return None
    level, second = before[0], after[0]
    told = _VERB_THEN_OBJECT.search(text, max(s.start, level.start - 60), level.start)
    if told is None or not _plain(level) or not _alike(level, second) \
            or not _OBJECT_THEN_BY.fullmatch(text, level.end, pct.start):
        return None
    direction = _direction(told.group("verb"))
    return _level_moved(text, pct, level, second, direction, _THEN_STEP_NOUN) if direction else None


def _brought(doc: Document, pct: Mention, after: list[Mention]):
    """"a 30 per cent discount brings the £1,500 price of a week down to £1,200"."""
    text = doc.text
    if len(after) < 2:
        return None
    level, new = after[0], after[1]
    noun = _CHANGE_NOUN_AFTER.fullmatch(text, pct.end, level.start)
    if noun is None or not _plain(level) or not _alike(level, new) or not _PRICE_TO.fullmatch(text, level.end, new.start):
        return None
    direction = -1 if noun.group("noun").lower().replace("-", "") in _DOWN_NOUNS else 1
    return PercentChange(link="inferred", cue=CUE, change=pct, old=level, new=new, direction=direction)


FINDERS = (find_subject_level_moves,)

"""Relations (round 53): two levels of one thing told at two times, then the change between them in apposition.

"A pouch that cost £1.60 two years ago now sells for £2.26, a rise of 35 per cent"; "The fare was £1.60 in 2023 and
is £2.26 now, an increase of 41%"; "rents were £900 in 2019 and £1,350 in 2024, a rise of £450".  The size must be
the change from the earlier level to the later (FC203 for a percentage, FC301 for an amount; FC303 for its
direction).  Read only when:

* the sentence holds exactly two figures of one kind and unit before the size (sums of money in one currency,
  counts, measures in one unit), and the size right after the second's clause, set apart by a comma or a dash and
  "a rise/increase/fall/drop ... of" or "up"/"down";
* the first is dated in the past right beside it ("two years ago", "in 2023", "last year", "a decade ago"), the
  second told now or later ("now", "this year", "today", a later year);
* nothing between the second and the size but words of its time.
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .changes import AbsoluteChange, compatible, direction_of
from .needs import needs
from .percents import PercentChange

_LEVEL_KINDS = (Kind.MONEY, Kind.COUNT, Kind.MEASURE)
_YEAR = r"(?:19|20)\d\d"
_PAST_AFTER = re.compile(r"\s+(?:(?:\w+\s+){1,2}(?:years?|months?|decades?)\s+ago|in\s+(?:(?:[A-Z][a-z]+)\s+)?(" + _YEAR
                         + r")|last\s+year|a\s+year\s+(?:ago|earlier)|then)\b", re.I)
_NOW_NEAR = re.compile(r"\b(?:now|this\s+year|today|currently|in\s+(?:(?:[A-Z][a-z]+)\s+)?(" + _YEAR + r"))\b", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|compared\s+with|against|to)\s+$", re.I)
# after the size: a rate ("a year"), or the change measured another way ("in real terms")
_OTHER_MEASURE_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:year|month|week|day|annum)\b|\s+annually\b|"
                                  r"\s+(?:in\s+real\s+terms|after\s+inflation|adjusted|in\s+volume|in\s+value|once\s+"
                                  r"inflation|in\s+(?:cash|nominal)\s+terms)\b", re.I)
_SIZE_BEFORE = re.compile(r"(?:\s+(?:now|today|this\s+year|currently|at\s+most\s+\w+|in\s+(?:[A-Z][a-z]+\s+)?" + _YEAR
                          + r"))*\s*(?:,|\s[-–—])\s*(?:(?:a|an)\s+(?:(?:[a-z]+)\s+)?(?P<noun>rise|increase|jump|gain|"
                          r"growth|fall|drop|decline|decrease|cut|reduction)\s+of\s+(?:about\s+|almost\s+|nearly\s+|"
                          r"some\s+|more\s+than\s+)?|(?P<adv>up|down)\s+(?:by\s+)?)$", re.I)


@needs(Kind.MONEY, Kind.COUNT, Kind.MEASURE, count=2)
def find_dated_level_changes(doc: Document):
    """Two levels at two times, then the change between them (see the module)."""
    for s in doc.sentences:
        if s.headline or s.chrome:
            continue
        ms = doc.mentions_in(s.index)
        if len(ms) < 3:
            continue
        for k in range(2, len(ms)):
            size = ms[k]
            if size.value is None or size.is_range or size.kind not in (Kind.PERCENT, *_LEVEL_KINDS):
                continue
            before = [m for m in ms[:k] if m.kind in _LEVEL_KINDS and m.value is not None and not m.is_range]
            if len(before) != 2 or any(m.kind not in (Kind.YEAR, Kind.DATE, Kind.DURATION, Kind.WEEKDAY)
                                       for m in ms[:k] if m not in before):
                continue
            old, new = before
            if not compatible(old, new) or old.hedge or new.hedge:
                continue
            if size.kind != Kind.PERCENT and not compatible(old, size):
                continue
            linked = _SIZE_BEFORE.search(doc.text, new.end, size.start)
            if linked is None or linked.start() != new.end:
                continue
            past = _PAST_AFTER.match(doc.text, old.end)
            if past is None:
                continue
            now = _NOW_NEAR.search(doc.text, max(past.end(), new.start - 24), size.start)
            if now is None:
                continue
            if now.group(1) and (not past.group(1) or int(now.group(1)) <= int(past.group(1))):
                continue  # the later year must be later than a year told ("risen to 6,150 last year from 5,400 in
                # 2023": the first is the newer); a relative past ("two years ago") only against "now"
            if _FROM_BEFORE.search(doc.text, max(s.start, new.start - 12), new.start) \
                    or _FROM_BEFORE.search(doc.text, max(s.start, old.start - 12), old.start):
                continue  # a move told by "from": the finders of changes read it
            if _OTHER_MEASURE_AFTER.match(doc.text, size.end):
                continue  # "a rise of 4% a year", "... in real terms": a rate or another measure of the change
            word = (linked.group("noun") or linked.group("adv")).lower()
            direction = direction_of(word) or (1 if word in ("rise", "increase", "jump", "gain", "growth") else -1)
            cue = " ".join(linked.group(0).strip(" ,-–—").split()[-3:]) if linked.group("noun") else word
            if size.kind == Kind.PERCENT:
                yield PercentChange(link="explicit", cue=cue, change=size, old=old, new=new, direction=direction)
            else:
                yield AbsoluteChange(link="explicit", cue=cue, change=size, old=old, new=new, direction=direction)


FINDERS = (find_dated_level_changes,)

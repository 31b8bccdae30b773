"""Relations (round 47): the share of a level that has gone between two times -- FC203.

"Ice covered 1,850 sq km of the range in 1970 and 1,390 sq km today, meaning almost half of it has gone" tells a
fall twice: by its two levels, and as the share of the first that is lost, (1,850 - 1,390) / 1,850 = 24.9%, not
"almost half".  Read only when, in one sentence:

* a share (a percentage or a fraction) is followed by "of it" (them, that, this, those) and a verb of loss:
  "has gone", "has been lost", "disappeared", "vanished", "melted", "been cleared", "been destroyed", "wiped out";
* before the share stand exactly two figures of one kind and unit, the first larger, joined by "and" or "to"
  (two levels, the earlier first), with no other figure of that kind between them and the share.

The share is read as the fall from the first level to the second, explicitly (FC203 checks it).
"""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention
from .changes import compatible
from .needs import needs
from .percents import PercentChange

_SHARE_KINDS = (Kind.PERCENT, Kind.FRACTION)
_LEVEL_KINDS = (Kind.COUNT, Kind.MEASURE, Kind.MONEY)
_LOST_AFTER = re.compile(r"\s+(?:of\s+(?:it|them|that|this|those)\s+)?"  # (not "half of the calves": other things)
                         r"(?:has\s+|have\s+|had\s+)?(?:now\s+)?(?:been\s+)?(?:gone|lost|disappeared|vanished|melted|"
                         r"cleared|destroyed|felled|wiped\s+out|drained|retreated)\b", re.I)
_LEVELS_JOINED = re.compile(r"^[^.;:%]{0,60}?\b(?:and|to)\b[^.;:%]{0,20}$", re.I)


def _levels(doc: Document, share: Mention) -> tuple[Mention, Mention] | None:
    """The two levels before the share in its sentence: one kind and unit, the first larger, joined by "and" or "to"."""
    before = [m for m in doc.mentions_in(share.sentence) if m.end <= share.start and m.kind in _LEVEL_KINDS
              and m.value is not None and not m.is_range and not m.compound]
    if len(before) != 2:
        return None
    old, new = before
    if not compatible(old, new) or old.value <= new.value or new.value <= 0 \
            or not _LEVELS_JOINED.match(doc.text[old.end:new.start]):
        return None
    return old, new


@needs(Kind.PERCENT, Kind.FRACTION, or_words=("half", "third", "quarter", "fifth", "tenth"))
def find_lost_shares(doc: Document):
    """A share of a level told as what has gone, after the level's two values (see the module)."""
    for share in doc.mentions:
        if share.kind not in _SHARE_KINDS or share.value is None or share.is_range \
                or doc.sentences[share.sentence].headline:
            continue
        if not _LOST_AFTER.match(doc.text, share.end, doc.sentences[share.sentence].end):
            continue
        levels = _levels(doc, share)
        if levels is None:
            continue
        old, new = levels
        yield PercentChange(link="explicit", cue="the share lost", change=share, old=old, new=new, direction=-1)


FINDERS = (find_lost_shares,)

"""Relations: a sum of money split into shares told as fractions of it and sums of money (round 33, FC101).

"The £12m grant will be split three ways: half for new defences, a quarter for drainage and £4m for dredging": a
fraction of the whole is that much of it (half of £12m is £6m), so the shares and the sums must add up to the whole;
a careful editor checks £6m + £3m + £4m against £12m.

Read in one sentence: a sum of money, a word of splitting ("split", "divided", "shared", "allocated") and a colon or
dash, then the list to the sentence's end -- two or more shares, each a fraction (or a percentage) or a sum in the
whole's currency, at least one of each kind, each placed "for"/"to"/"on" its use and joined by commas and "and".
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..interval import Interval
from ..model import Document, Kind, Mention
from .needs import needs
from .sums import PartsOfWhole

# the whole's words up to the list: "will be split three ways: ", "is to be divided as follows - "
_SPLIT_THEN_LIST = re.compile(r"^[^\d;:()]{0,30}?\b(?:split|divided|shared|allocated|apportioned)\b[^\d;:()]{0,30}?"
                              r"(?::|\s[-–—])\s*$", re.I)
# a share's use, then the next share: "for new defences along the Ouse, ", "to the county and "
_USE_THEN_NEXT = re.compile(r"^\s+(?:for|to|on|towards)\s+[^\d;:()]{1,80}?(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_USE_AFTER = re.compile(r"^\s+(?:for|to|on|towards)\s+[a-z]", re.I)
_SHARE_KINDS = (Kind.FRACTION, Kind.PERCENT)
# (round 33 mend) a share told with no figure, in the list or after it: "... and the rest for dredging", "with the
# balance held in reserve", "smaller sums to the other finalists", "among other projects" -- the figures are not all
_SHARE_UNTOLD = re.compile(r"\b(?:rest|remainder|remaining|balance|residue|others?|further|additional|extra|among"
                           r"|including|smaller|larger|sums|plus)\b", re.I)


def _as_money(share: Mention, whole: Mention) -> Mention:
    """A fraction or percentage of the whole as the sum it is: "half" of £12m, £6m -- exactly that share of the
    whole as stated (the rounding of the whole moves the share with it, so it adds none to the parts')."""
    value = whole.value * (share.value / 100 if share.kind == Kind.PERCENT else share.value)
    return replace(share, kind=Kind.MONEY, unit=whole.unit, value=value, precision=None, interval=Interval(value, value))


def _shares_listed(doc: Document, whole: Mention, after: list[Mention]) -> tuple[Mention, ...] | None:
    """The shares after the whole's colon or dash, to the sentence's end, as sums of money (None when the list is
    not so)."""
    listed = [m for m in after if m.kind in _SHARE_KINDS or m.kind == Kind.MONEY]
    if len(listed) < 2 or not _SPLIT_THEN_LIST.match(doc.text[whole.end:listed[0].start]):
        return None
    if any(m.start >= listed[0].start and m not in listed for m in after):
        return None
    if _SHARE_UNTOLD.search(doc.text, listed[0].end, doc.sentences[listed[0].sentence].end):
        return None
    kinds = {m.kind == Kind.MONEY for m in listed}
    if kinds != {True, False}:
        return None
    for k, m in enumerate(listed):
        if m.hedge or m.is_range or m.value is None or m.kind == Kind.MONEY and m.unit != whole.unit:
            return None
        if not _USE_AFTER.match(doc.text[m.end:m.end + 12]):
            return None
        if k + 1 < len(listed) and not _USE_THEN_NEXT.match(doc.text[m.end:listed[k + 1].start]):
            return None
    return tuple(m if m.kind == Kind.MONEY else _as_money(m, whole) for m in listed)


@needs(Kind.MONEY, words=("split", "divided", "shared", "allocated", "apportioned"))
def find_fraction_and_sum_parts(doc: Document):
    """"The £12m grant will be split three ways: half for defences, a quarter for drainage and £4m for dredging":
    the shares, each fraction taken of the whole, add up to it (explicit, complete)."""
    for index, ms in doc.mentions_by_sentence().items():
        if not any(m.kind in _SHARE_KINDS for m in ms):
            continue
        for k, whole in enumerate(ms):
            if whole.kind != Kind.MONEY or whole.hedge or whole.is_range or whole.value is None \
                    or whole.interval is None or whole.interval.lo is None or whole.interval.hi is None:
                continue
            parts = _shares_listed(doc, whole, list(ms[k + 1:]))
            if parts is not None:
                yield PartsOfWhole(link="explicit", cue="split", total=whole, parts=parts, complete=True)
                break


FINDERS = (find_fraction_and_sum_parts,)

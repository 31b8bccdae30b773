"""A share and the counts it relates: "one in five of the 1,500 workers,
about 450 people", "31 of the 118 seats, or 36%".

Shapes recognised (one sentence each, explicit links):

* SHARE of [the|its ...] BASE ..., PART      "a third of the 96 schools, 47 in total"
* Of [the] BASE ..., SHARE - PART             "Of the 1,500 workers, one in five - about 450 -"
* PART of [the|its ...] BASE ..., SHARE       "340 of its 1,700 branches ..., one in five"
* Of [the] BASE ..., PART - SHARE             "Of the 380 homes inspected, 57 - 15% -"
* SHARE, with PART of [the] BASE              "Turnout reached 71.4%, with 3.06 million of the 4.29 million"

and one inferred shape across sentences, through a parts-whole relation:

* TOTAL NOUN, SHARE of them PART-NOUN          "Around 3,800 civilians, almost a quarter of them children"
  ... later ... "906 children" as one part of a breakdown of that total.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from ..interval import Interval
from ..model import Document, Kind, Mention, Relation
from . import categories
from .context import quantities, words
from .sums import PartsOfWhole, find_parts_of_whole

SHARE_KINDS = (Kind.FRACTION, Kind.PERCENT)
COUNT_KINDS = (Kind.COUNT, Kind.MONEY)

_OF_BASE = re.compile(r"^\s*of\s+(?:(?:the|its|their|his|her|our|all|those|these|this|that)\s+)?"
                      r"(?:[\w'’-]+(?:'s|’s)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "Of the 1,500 workers ..." at the start of the sentence or clause
_OF_LEAD = re.compile(r"(?:^|[,;:]\s*)of\s+(?:(?:the|its|their|all)\s+)?(?:[\w'’-]+(?:'s|’s)\s+)?$", re.I)
# the gap before an apposed figure ends with a comma, dash, bracket or colon
_APPOSITION = re.compile(r"^[^;.]*?(?:,|\s[-–—]|[–—(]|:)\s*(?:or\s+)?$", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|rose|rise|risen|fell|fall|fallen|jumped|climbed|gained|lost|dropped"
                            r"|declined|increased|decreased|grew|cut|to|by|from|stake|interest)\s*$", re.I)
_OF_THEM = re.compile(r"^\s*of\s+(?:them|the total|those|these|whom|the dead|the victims)\b\s*(\w+)?", re.I)
_WITH_PART = re.compile(r"^[^;.]{0,30}?,\s*with\s+$", re.I)
MAX_GAP_WORDS = 10


@dataclass(frozen=True)
class ShareOf(Relation):
    """``share`` claims that ``part`` is that fraction of ``base``."""

    share: Mention | None = None
    part: Mention | None = None
    base: Mention | None = None
    base_sum: tuple[Mention, ...] = ()  # when the base is the sum of listed parts

    def members(self) -> tuple[Mention, ...]:
        return (self.share, self.part) + ((self.base,) if self.base else ()) + self.base_sum

    @property
    def base_interval(self) -> Interval:
        if self.base_sum:
            total = Interval(Fraction(0), Fraction(0))
            for m in self.base_sum:
                total = total + m.interval
            return total
        return self.base.interval

    @property
    def base_value(self) -> Fraction:
        if self.base_sum:
            return sum((m.value for m in self.base_sum), Fraction(0))
        return self.base.value


def share_interval(share: Mention) -> Interval:
    """The share as a ratio (0..1)."""
    if share.kind == Kind.PERCENT:
        return share.interval.scale(Fraction(1, 100))
    return share.interval


def ratio_interval(rel: ShareOf) -> Interval | None:
    return rel.part.interval.divide(rel.base_interval)


def agrees(rel: ShareOf) -> bool:
    ratio = ratio_interval(rel)
    return ratio is None or ratio.intersects(share_interval(rel.share))


# ---------------------------------------------------------------- finder

def find_shares(doc: Document):
    pool = [m for m in quantities(doc, *(SHARE_KINDS + COUNT_KINDS)) if m.value is not None and not m.is_range]
    by_sentence: dict[int, list[Mention]] = {}
    for m in pool:
        by_sentence.setdefault(m.sentence, []).append(m)
    used_shares = set()
    for items in by_sentence.values():
        for rel in _same_sentence(doc, items):
            if rel.share.start not in used_shares:
                used_shares.add(rel.share.start)
                yield rel
    wholes = None
    for share in pool:
        if share.kind not in SHARE_KINDS or share.start in used_shares:
            continue
        if wholes is None:
            wholes = list(find_parts_of_whole(doc))
        rel = _through_breakdown(doc, share, by_sentence.get(share.sentence, []), wholes)
        if rel is not None:
            used_shares.add(share.start)
            yield rel


def _counts(items):
    return [m for m in items if m.kind in COUNT_KINDS and not m.compound or m.kind == Kind.COUNT and m.compound]


def _same_sentence(doc: Document, items: list[Mention]):
    text = doc.text
    shares = [m for m in items if m.kind in SHARE_KINDS]
    counts = [m for m in items if m.kind in COUNT_KINDS]
    for share in shares:
        if _CHANGE_BEFORE.search(text[doc.sentences[share.sentence].start:share.start]):
            continue  # "up 78.4 pct", "cut to 30 pct": a change, not a share
        after = [c for c in counts if c.start >= share.end]
        before = [c for c in counts if c.end <= share.start]
        # SHARE of the BASE ..., PART
        if after and _OF_BASE.match(text[share.end:after[0].start]):
            base = after[0]
            part = _apposed(doc, base, after[1:])
            if part is not None and _plausible(part, base):
                yield ShareOf(link="explicit", cue="of", share=share, part=part, base=base)
                continue
        if before:
            near = before[-1]
            gap = text[near.end:share.start]
            # PART of the BASE ..., SHARE  /  Of the BASE, PART - SHARE
            if len(before) >= 2 and _APPOSITION.match(gap) and len(words(gap)) <= MAX_GAP_WORDS:
                a, b = before[-2], before[-1]
                if _OF_BASE.match(text[a.end:b.start]) and _plausible(a, b):
                    yield ShareOf(link="explicit", cue="of", share=share, part=a, base=b)
                    continue
                lead = text[doc.sentences[share.sentence].start:a.start]
                if _OF_LEAD.search(lead) and _apposed(doc, a, [b]) is b and _plausible(b, a):
                    yield ShareOf(link="explicit", cue="of", share=share, part=b, base=a)
                    continue
            # Of the BASE ..., SHARE - PART
            lead = text[doc.sentences[share.sentence].start:near.start]
            if _OF_LEAD.search(lead) and _APPOSITION.match(gap) and len(words(gap)) <= MAX_GAP_WORDS:
                part = _apposed(doc, share, after)
                if part is not None and _plausible(part, near):
                    yield ShareOf(link="explicit", cue="of", share=share, part=part, base=near)
                    continue
        # SHARE, with PART of the BASE
        if len(after) >= 2 and _WITH_PART.match(text[share.end:after[0].start]) \
                and _OF_BASE.match(text[after[0].end:after[1].start]) and _plausible(after[0], after[1]):
            yield ShareOf(link="explicit", cue="with", share=share, part=after[0], base=after[1])


def _apposed(doc: Document, anchor: Mention, following: list[Mention]) -> Mention | None:
    """The first figure set beside ``anchor`` by a comma, dash, bracket or
    colon, a few words on: "of the 96 schools they visited, 47"."""
    if not following:
        return None
    cand = following[0]
    gap = doc.text[anchor.end:cand.start]
    if len(words(gap)) > MAX_GAP_WORDS or not _APPOSITION.match(gap):
        return None
    if re.search(r"\b(?:and|or|while|but|than|from|to|by)\s*$", gap, re.I):
        return None
    return cand


def _plausible(part: Mention, base: Mention) -> bool:
    if part.kind != base.kind and not (part.kind == Kind.COUNT and base.kind == Kind.MONEY and part.noun is None):
        return False
    if part.kind == Kind.MONEY and part.unit != base.unit:
        return False
    return 0 < part.value <= base.value * Fraction(11, 10)


def _through_breakdown(doc: Document, share: Mention, items: list[Mention], wholes: list[PartsOfWhole]):
    """"Around 3,800 civilians, almost a quarter of them children": the part
    is the breakdown's item counting children; the base is its whole."""
    text = doc.text
    m = _OF_THEM.match(text[share.end:share.end + 40])
    if not m:
        return None
    noun = categories.normalise(m.group(1)) if m.group(1) else None
    before = [c for c in items if c.end <= share.start and c.kind in COUNT_KINDS]
    # the whole named right before the share comes first
    ordered = sorted(wholes, key=lambda r: not (before and before[-1] == r.total))
    for rel in ordered:
        if not rel.complete:
            continue
        base = rel.total
        in_breakdown = any(p.sentence == share.sentence and p.end <= share.start for p in rel.parts)
        refers_to_total = before and before[-1] == base
        if not (refers_to_total or in_breakdown):
            continue
        if noun:
            part = next((p for p in rel.parts if categories.normalise(p.noun) == noun), None)
        elif in_breakdown:
            part = max((p for p in rel.parts if p.end <= share.start), key=lambda p: p.start)
        else:
            part = None
        if part is None:
            continue
        return ShareOf(link="inferred", cue="of them", share=share, part=part, base=base,
                       base_sum=rel.parts if rel.link == "inferred" else ())
    return None


FINDERS = (find_shares,)

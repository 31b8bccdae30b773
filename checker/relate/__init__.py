"""``relate`` decides which figures claim something about each other.

Each family module (sums, shares, percents, changes, restatements,
transpositions, times, lists, dates, units, comparisons) exposes ``FINDERS``: functions ``Document -> Iterable[Relation]``.
Rules then decide whether a claim is contradicted.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Callable, Iterable

from ..model import Document, Relation
from . import changes, comparisons, dates, lists, percents, restatements, shares, sums, times, transpositions, units

Finder = Callable[[Document], Iterable[Relation]]

FINDERS: tuple[Finder, ...] = (
    sums.FINDERS + shares.FINDERS + percents.FINDERS + changes.FINDERS
    + restatements.FINDERS + transpositions.FINDERS + times.FINDERS + lists.FINDERS + dates.FINDERS + units.FINDERS + comparisons.FINDERS
)


# News sentences hold at most a couple of dozen figures (24 in the 2,116
# corpus articles); a "sentence" with more is a table or a dump of numbers,
# where no figure claims anything about another and the pairwise work of the
# finders would grow with the square of its size.
MAX_FIGURES_PER_SENTENCE = 40


def relate(doc: Document) -> list[Relation]:
    """Every relation the finders see, less those touching page chrome
    (captions, video lists, credits): figures there never relate; nor do
    those of a sentence with more than ``MAX_FIGURES_PER_SENTENCE``."""
    per_sentence = Counter(m.sentence for m in doc.mentions)
    dense = {s for s, n in per_sentence.items() if n > MAX_FIGURES_PER_SENTENCE}
    if dense:
        doc = replace(doc, mentions=tuple(m for m in doc.mentions if m.sentence not in dense))
    chrome = {s.index for s in doc.sentences if s.chrome}
    relations: list[Relation] = []
    for finder in FINDERS:
        for relation in finder(doc):
            if not chrome or not any(m.sentence in chrome for m in relation.members() if m is not None):
                relations.append(relation)
    return _without_second_readings(relations)


def _without_second_readings(relations: list[Relation]) -> list[Relation]:
    """A pair of figures already read as one restated quantity keeps only its
    first reading: the digit-slip finder, a fallback, stands down where a
    restatement finder (headline, definite, ...) has linked the same two."""
    restated = {_pair(r) for r in relations
                if isinstance(r, restatements.Restatement) and not isinstance(r, transpositions.DigitSlip)}
    return [r for r in relations
            if not (isinstance(r, transpositions.DigitSlip) and _pair(r) in restated)]


def _pair(r: Relation) -> tuple:
    return tuple((m.start, m.end) for m in r.members() if m is not None)

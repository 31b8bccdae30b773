"""``relate`` decides which figures claim something about each other.

Each family module (sums, shares, percents, changes, restatements, lists,
dates, units, comparisons) exposes ``FINDERS``: functions ``Document -> Iterable[Relation]``.
Rules then decide whether a claim is contradicted.
"""
from __future__ import annotations

from typing import Callable, Iterable

from ..model import Document, Relation
from . import changes, comparisons, dates, lists, percents, restatements, shares, sums, units

Finder = Callable[[Document], Iterable[Relation]]

FINDERS: tuple[Finder, ...] = (
    sums.FINDERS + shares.FINDERS + percents.FINDERS + changes.FINDERS
    + restatements.FINDERS + lists.FINDERS + dates.FINDERS + units.FINDERS + comparisons.FINDERS
)


def relate(doc: Document) -> list[Relation]:
    """Every relation the finders see, less those touching page chrome
    (captions, video lists, credits): figures there never relate."""
    chrome = {s.index for s in doc.sentences if s.chrome}
    relations: list[Relation] = []
    for finder in FINDERS:
        for relation in finder(doc):
            if not chrome or not any(m.sentence in chrome for m in relation.members() if m is not None):
                relations.append(relation)
    return relations

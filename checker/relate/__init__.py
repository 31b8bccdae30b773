"""``relate`` decides which figures claim something about each other.

Each finder is one function ``Document -> Iterable[Relation]`` in its own
module; rules then decide whether a claim is contradicted.
"""
from __future__ import annotations

from typing import Callable, Iterable

from ..model import Document, Relation

Finder = Callable[[Document], Iterable[Relation]]

FINDERS: tuple[Finder, ...] = ()


def relate(doc: Document) -> list[Relation]:
    relations: list[Relation] = []
    for finder in FINDERS:
        relations.extend(finder(doc))
    return relations

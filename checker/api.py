"""The library API: text in, findings out."""
from __future__ import annotations

import datetime as _dt
from typing import Iterable

from .echoes import with_headline_echoes
from .model import Document, Finding
from .relate import relate
from .rules import RULES


def analyse(text: str, published: _dt.date | str | None = None, path: str | None = None) -> Document:
    """Split ``text`` into sentences and parse every numeric mention.
    ``published`` is a date or an ISO date string ("2024-06-04")."""
    if isinstance(published, str):
        published = _dt.date.fromisoformat(published)
    from .extract import extract
    from .segment import segment

    from .published import infer_published

    sentences = segment(text)
    mentions = extract(text, sentences)
    if published is None:
        published = infer_published(text, sentences, mentions)
    return Document(text=text, path=path, published=published, sentences=sentences, mentions=mentions)


# (round 56, speed) per set of rules: their instances (a rule keeps nothing between calls), and for each type of
# relation met so far the rules that read it, in order -- instead of every rule made anew per document and asked of
# every relation (``isinstance`` tells a relation's readers by its type alone)
_DISPATCH: dict[tuple, tuple[list, dict]] = {}


def _dispatch(rules: Iterable[type] | None) -> tuple[list, dict]:
    key = RULES if rules is None else tuple(rules)
    found = _DISPATCH.get(key)
    if found is None:
        if len(_DISPATCH) > 64:
            _DISPATCH.clear()
        found = _DISPATCH[key] = ([r() for r in key], {})
    return found


def check_document(doc: Document, rules: Iterable[type] | None = None) -> list[Finding]:
    active, readers_of = _dispatch(rules)
    relations = relate(doc)
    findings: list[Finding] = []
    for relation in relations:
        readers = readers_of.get(relation.__class__)
        if readers is None:
            readers = readers_of[relation.__class__] = [rule for rule in active
                                                        if isinstance(relation, rule.relations)]
        for rule in readers:
            findings.extend(rule.check(relation, doc))
    return sort_findings(with_headline_echoes(findings, doc.text))


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    seen = set()
    unique = []
    for f in findings:
        key = (f.rule, f.start, f.end, f.message)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return sorted(unique, key=lambda f: (f.start, f.end, f.rule))


def check_text(
    text: str,
    published: _dt.date | str | None = None,
    *,
    path: str | None = None,
    rules: Iterable[type] | None = None,
) -> list[Finding]:
    """Check one draft and return its findings, in text order."""
    return check_document(analyse(text, published, path), rules)

"""Small helpers every relation finder uses to read the words around figures."""
from __future__ import annotations

import re

from ..model import Document, Kind, Mention

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def text_between(doc: Document, a: Mention, b: Mention) -> str:
    """The raw text between two mentions (in either order)."""
    if a.start > b.start:
        a, b = b, a
    return doc.text[a.end:b.start]


def words(text: str) -> list[str]:
    """Lower-cased words of a snippet, punctuation dropped."""
    return [w.lower() for w in _WORD.findall(text)]


def words_before(doc: Document, m: Mention, count: int = 4) -> list[str]:
    s = doc.sentences[m.sentence]
    return words(doc.text[max(s.start, m.start - 80):m.start])[-count:]


def words_after(doc: Document, m: Mention, count: int = 4) -> list[str]:
    s = doc.sentences[m.sentence]
    return words(doc.text[m.end:min(s.end, m.end + 80)])[:count]


def sentence_text(doc: Document, m: Mention) -> str:
    s = doc.sentences[m.sentence]
    return doc.text[s.start:s.end]


def quantities(doc: Document, *kinds: Kind, include_chrome: bool = False) -> list[Mention]:
    """Mentions that are quantities (of the given kinds), chrome excluded."""
    key = ("quantities", include_chrome)
    found = doc.memo.get(key)
    if found is None:
        sentences = doc.sentences
        found = doc.memo[key] = tuple(
            m for m in doc.mentions
            if m.is_quantity and m.interval is not None and (include_chrome or not sentences[m.sentence].chrome))
    if kinds:
        return [m for m in found if m.kind in kinds]
    return list(found)


def by_sentence(mentions: list[Mention]) -> dict[int, list[Mention]]:
    out: dict[int, list[Mention]] = {}
    for m in mentions:
        out.setdefault(m.sentence, []).append(m)
    return out

"""Split text into paragraphs and sentences (placeholder: one per line)."""
from __future__ import annotations

from .model import Sentence


def segment(text: str) -> tuple[Sentence, ...]:
    out = []
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if line.strip():
            out.append(Sentence(pos, pos + len(line), len(out), i, headline=not out))
        pos += len(line) + 1
    return tuple(out)

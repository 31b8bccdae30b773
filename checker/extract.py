"""Find numeric mentions (placeholder until the grammar lands)."""
from __future__ import annotations


def extract(text, sentences):
    return ()

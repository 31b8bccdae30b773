"""The publication date when the caller gives none (placeholder: the dates
family fills this in from front matter and datelines)."""
from __future__ import annotations

import datetime as _dt


def infer_published(text: str, sentences, mentions) -> _dt.date | None:
    return None

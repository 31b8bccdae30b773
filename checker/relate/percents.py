"""Relations: percents (placeholder until its finders land)."""
from __future__ import annotations

FINDERS: tuple = ()

"""Rules: sums (placeholder until its rules land)."""
from __future__ import annotations

RULES: tuple = ()

"""The rule registry: an explicit tuple, gathered from one module per family.

Families by hundred: 1xx sums, 2xx shares and percentages, 3xx changes,
4xx restatements and lists, 5xx dates, 6xx units, 7xx comparisons.
tests/test_rule_registry.py fails when a Rule subclass is not registered,
has no examples, or lacks a docstring section.
"""
from __future__ import annotations

from . import changes, comparisons, dates, lists, percents, restatements, shares, sums, units
from .base import Example, Rule

RULES: tuple[type[Rule], ...] = tuple(sorted(
    sums.RULES + shares.RULES + percents.RULES + changes.RULES + restatements.RULES
    + lists.RULES + dates.RULES + units.RULES + comparisons.RULES,
    key=lambda r: r.code,
))


def rule_by_code(code: str) -> type[Rule] | None:
    code = code.strip()
    for rule in RULES:
        if rule.code == code.upper() or rule.name == code.lower():
            return rule
    return None


__all__ = ["RULES", "Rule", "Example", "rule_by_code"]

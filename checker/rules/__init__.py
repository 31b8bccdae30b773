"""The rule registry: an explicit tuple, one entry per rule module.

A test fails when a rule module exists that is not listed here, when a rule
has no examples, or when its docstring lacks a section.
"""
from __future__ import annotations

from .base import Example, Rule

RULES: tuple[type[Rule], ...] = ()


def rule_by_code(code: str) -> type[Rule] | None:
    code = code.strip().upper()
    for rule in RULES:
        if rule.code == code or rule.name == code.lower():
            return rule
    return None


__all__ = ["RULES", "Rule", "Example", "rule_by_code"]

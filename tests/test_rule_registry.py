"""Every rule is registered, documented and has examples."""
from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest

import checker.rules as rules_pkg
from checker.rules import RULES, Rule, rule_by_code
from checker.rules.base import DOC_SECTIONS


def _all_rule_classes():
    found = set()
    for info in pkgutil.iter_modules(rules_pkg.__path__):
        module = importlib.import_module(f"checker.rules.{info.name}")
        for _, obj in inspect.getmembers(module, inspect.isclass):
            # abstract helpers (no code of their own) are not rules
            if issubclass(obj, Rule) and obj is not Rule and obj.__module__ == module.__name__ \
                    and "code" in vars(obj):
                found.add(obj)
    return found


def test_every_rule_class_is_registered():
    missing = sorted(c.__name__ for c in _all_rule_classes() - set(RULES))
    assert not missing, f"rules not in the registry: {missing}"


def test_codes_and_names_are_unique_and_well_formed():
    codes = [r.code for r in RULES]
    names = [r.name for r in RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    for r in RULES:
        assert re.fullmatch(r"FC\d{3}", r.code), r.code
        assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)+", r.name), r.name


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_docstring_has_every_section_in_order(rule):
    doc = inspect.getdoc(rule) or ""
    positions = [doc.find(f"{section}:") for section in DOC_SECTIONS]
    assert all(p >= 0 for p in positions), f"{rule.code} lacks a section: {DOC_SECTIONS}"
    assert positions == sorted(positions), f"{rule.code} sections out of order"
    assert rule.summary(), f"{rule.code} has no one-line summary"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_has_examples(rule):
    assert rule.fail, f"{rule.code} has no failing example"
    assert rule.ok, f"{rule.code} has no passing example"
    for ex in rule.fail:
        assert ex.target and ex.target in ex.text, f"{rule.code}: target {ex.target!r} not in its text"
    assert rule.relations, f"{rule.code} reads no relation type"


def test_rule_lookup_by_code_and_name():
    first = RULES[0]
    assert rule_by_code(first.code.lower()) is first
    assert rule_by_code(first.name) is first
    assert rule_by_code("FC999") is None

"""Assertions shared by the tables of written shapes: a flagged text has an error or warning of
the given rule (a code or its prefix) on or around the target figure; a clean text has none."""
from __future__ import annotations

from checker import check_text
from checker.model import Severity


def problems(text: str, published=None):
    return [f for f in check_text(text, published) if f.severity >= Severity.WARNING]


def infos(text: str, published=None):
    """The verified findings (info) of a text."""
    return [f for f in check_text(text, published) if f.severity < Severity.WARNING]


def flagged(text: str, published=None) -> list[tuple[str, str]]:
    """Each error or warning of a text as (rule code, the text it points at)."""
    return [(f.rule, text[f.start:f.end]) for f in problems(text, published)]


def flagged_rules(text: str, published=None) -> set[str]:
    """The codes of the rules that raise an error or warning on a text."""
    return {rule for rule, _ in flagged(text, published)}


def assert_flagged(text: str, target: str, rule: str, published=None) -> None:
    start = text.index(target)
    found = problems(text, published)
    assert any(f.rule.startswith(rule) and (f.start <= start < f.end or any(r.start <= start < r.end for r in f.related))
               for f in found), [(f.rule, f.message) for f in found]


def assert_target_flagged(text: str, target: str, published=None) -> None:
    """An error or warning of any rule points at the target, or names it among its related figures (the target
    overlapping either)."""
    t0 = text.index(target)
    t1 = t0 + len(target)
    found = problems(text, published)
    assert any(f.start < t1 and t0 < f.end or any(r.start < t1 and t0 < r.end for r in f.related) for f in found), \
        [(f.rule, f.message) for f in found]


def assert_clean(text: str, published=None) -> None:
    assert [f.message for f in problems(text, published)] == []


def assert_trigger_met(finder, text: str) -> None:
    """A finder gated by its declared needs (``checker.relate.needs``) is called on ``text`` and finds its example."""
    from checker.api import analyse
    from checker.relate.needs import Profile, declared
    doc = analyse(text)
    assert declared(finder), "the finder declares its trigger"
    assert Profile(doc).allows(declared(finder))
    assert list(finder(doc)), "the finder still finds its example"


def assert_trigger_unmet(finder, twin: str) -> None:
    """The twin without the trigger skips the finder, which would find nothing there anyway."""
    from checker.api import analyse
    from checker.relate.needs import Profile, declared
    doc = analyse(twin)
    assert not Profile(doc).allows(declared(finder))
    assert list(finder(doc)) == []

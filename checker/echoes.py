"""Headline echoes: a figure the headline states and the body restates alike.

When a rule finds a body figure wrong ("a 22-woman squad, made up of 13 ... and 11 ..."), the headline
that told the same figure ("... names 22-woman squad") is wrong with it: the editor must mend both. A
problem finding on a body figure that FC401 verified against the headline (an info finding: the very
figure, written alike -- not a rounding of it, "3,800" over "3,804" -- and not flagged on its own) therefore
carries the headline's figure among its related spans, so reports
highlight it and the finding is found from either place. Nothing else about the finding changes.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from .model import Finding

_HEADLINE_RULE = "FC401"


def with_headline_echoes(findings: Iterable[Finding], text: str) -> list[Finding]:
    """``findings`` (of ``text``) with each problem finding's headline echo (see the module) added to its related
    spans."""
    findings = list(findings)
    flagged = {(f.start, f.end) for f in findings if f.is_problem}
    echoes: dict[tuple[int, int], list] = {}
    for f in findings:
        if f.rule == _HEADLINE_RULE and not f.is_problem and f.related:
            # the very figure again ("22-woman" over "22-woman"), not a rounding of it ("Around 3,800" over "3,804"),
            # and not one a rule already flags on its own
            body = text[f.start:f.end].strip()
            same = [r for r in f.related if r.text.strip() == body and (r.start, r.end) not in flagged]
            if same:
                echoes.setdefault((f.start, f.end), []).extend(same)
    if not echoes:
        return findings
    out = []
    for f in findings:
        extra = echoes.get((f.start, f.end)) if f.is_problem and f.rule != _HEADLINE_RULE else None
        if extra:
            known = {(r.start, r.end) for r in f.related}
            added = tuple(r for r in extra if (r.start, r.end) not in known)
            if added:
                f = replace(f, related=f.related + added)
        out.append(f)
    return out

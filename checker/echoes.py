"""Headline echoes: a figure the headline states and the body restates alike.

When a rule finds a body figure wrong ("a 22-woman squad, made up of 13 ... and 11 ..."), the headline
that told the same figure ("... names 22-woman squad") is wrong with it: the editor must mend both. A
problem finding on a body figure that FC401 verified against the headline (an info finding: same
figure, consistent) therefore carries the headline's figure among its related spans, so reports
highlight it and the finding is found from either place. Nothing else about the finding changes.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from .model import Finding

_HEADLINE_RULE = "FC401"


def with_headline_echoes(findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` with each problem finding's headline echo (see the module) added to its related spans."""
    findings = list(findings)
    echoes: dict[tuple[int, int], list] = {}
    for f in findings:
        if f.rule == _HEADLINE_RULE and not f.is_problem and f.related:
            echoes.setdefault((f.start, f.end), []).extend(f.related)
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

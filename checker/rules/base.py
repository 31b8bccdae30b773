"""How a rule is declared.

A rule is one small class: a stable ``code`` (families by hundred: 1xx sums,
2xx shares and percentages, 3xx changes, 4xx restatements and lists, 5xx
dates, 6xx units, 7xx comparisons), a kebab-case ``name`` that names the
problem, a default ``severity`` for contradictions, the relation types it
reads, a docstring with the sections below, and ``fail`` / ``ok`` examples
that the test-suite runs (tests/test_rule_examples.py).

Docstring sections, in order: ``What it checks``, ``Why it matters``,
``Example``, ``Use instead``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Iterable

from ..model import Document, Finding, Related, Relation, Severity, Mention

DOC_SECTIONS = ("What it checks", "Why it matters", "Example", "Use instead")


@dataclass(frozen=True)
class Example:
    """A text and, for ``fail`` examples, the figure the finding must point at.

    ``target`` is a substring of ``text``: the first occurrence must overlap
    the finding's span or one of its related spans.  ``published`` is an
    ISO date when the example needs one.
    """

    text: str
    target: str = ""
    published: str | None = None


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    relations: ClassVar[tuple[type, ...]] = ()
    fail: ClassVar[tuple[Example, ...]] = ()
    ok: ClassVar[tuple[Example, ...]] = ()

    def check(self, relation: Relation, doc: Document) -> Iterable[Finding]:
        raise NotImplementedError

    # helpers shared by all rules -------------------------------------------
    @classmethod
    def summary(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else ""

    def finding(
        self,
        severity: Severity,
        at: Mention,
        message: str,
        *,
        arithmetic: str = "",
        tolerance: str = "",
        related: Iterable[Mention] = (),
    ) -> Finding:
        return Finding(
            rule=self.code,
            name=self.name,
            severity=severity,
            start=at.start,
            end=at.end,
            message=message,
            arithmetic=arithmetic,
            tolerance=tolerance,
            related=_related(related, at),
        )

    def verdict(
        self,
        relation: Relation,
        at: Mention,
        holds: bool,
        consistent: str,
        contradiction: str,
        *,
        arithmetic: str = "",
        tolerance: str = "",
        related: Iterable[Mention] = (),
    ) -> Finding:
        """The finding on a checked relation: an info saying it holds, or
        the contradiction at the severity its link allows."""
        severity = Severity.INFO if holds else self.contradiction_severity(relation)
        return self.finding(severity, at, consistent if holds else contradiction,
                            arithmetic=arithmetic, tolerance=tolerance, related=related)

    def contradiction_severity(self, relation: Relation) -> Severity:
        """Error where the link is explicit in the text, warning where inferred."""
        if relation.link == "explicit":
            return self.severity
        return min(self.severity, Severity.WARNING)


def _related(mentions: Iterable[Mention], at: Mention) -> tuple[Related, ...]:
    """The other figures of a relation, each once, in the order given."""
    seen = {(at.start, at.end)}
    out = []
    for m in mentions:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(Related(m.start, m.end, m.text))
    return tuple(out)

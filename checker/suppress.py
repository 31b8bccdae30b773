"""Suppression comments, written in the draft's own format.

    <!-- figcheck: ignore FC101 -->          the next paragraph, for FC101
    <!-- figcheck: ignore FC101, FC2 -->     several codes (or prefixes)
    <!-- figcheck: off FC101 -->             from here on, for FC101 ...
    <!-- figcheck: on FC101 -->              ... until here
    <!-- figcheck: off -->  ...  <!-- figcheck: on -->   every rule

``ignore`` must name the rule (a code, a prefix such as ``FC1``, or a
rule name).  ``off`` without a code turns every rule off until ``on``; an
``off`` without its ``on`` lasts to the end of the draft.  In Markdown and
HTML the comment is an ordinary HTML comment; in plain text and Word the
same comment is written on a line (a paragraph) of its own.

Suppressions that suppress nothing are reported as findings of the meta
rule ``FC001 unused-suppression`` (a warning), and comments that start
with ``figcheck:`` but cannot be read as ``FC002 invalid-suppression``
(a warning).  Both can be turned off like any rule (``--ignore FC001``).
A suppression counts as used when it hides a warning or an error; the
verified (info) findings it covers are hidden too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Sequence

from .model import Document, Finding, Severity

UNUSED = ("FC001", "unused-suppression")
INVALID = ("FC002", "invalid-suppression")
META_CODES = {UNUSED[0]: UNUSED[1], INVALID[0]: INVALID[1]}

COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_BODY = re.compile(r"^\s*figcheck\s*:(.*)$", re.DOTALL | re.IGNORECASE)
_SELECTOR = re.compile(r"^(?:FC\d{0,3}|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Directive:
    """One ``figcheck:`` comment.  ``start``/``end`` are text offsets of the
    whole comment; ``error`` is set when it could not be read."""

    action: str  # "ignore" | "off" | "on" | "" (unreadable)
    codes: tuple[str, ...]
    start: int
    end: int
    raw: str = ""
    error: str | None = None
    source_span: tuple[int, int] | None = None  # where readers know it: the file's offsets


def parse_comment(body: str, start: int, end: int) -> Directive | None:
    """The directive in an HTML comment's body (the text between ``<!--``
    and ``-->``), or ``None`` when the comment is not for figcheck."""
    m = _BODY.match(body)
    if not m:
        return None
    raw = " ".join(body.split())
    words = [w for w in re.split(r"[\s,]+", m.group(1).strip()) if w]
    if not words:
        return Directive("", (), start, end, raw, "empty figcheck comment: expected 'ignore CODE', 'off' or 'on'")
    action = words[0].lower()
    codes = tuple(w.upper() if w.upper().startswith("FC") else w.lower() for w in words[1:])
    if action not in ("ignore", "off", "on"):
        return Directive("", codes, start, end, raw,
                         f"unknown figcheck directive {words[0]!r}: expected 'ignore CODE', 'off' or 'on'")
    if action == "ignore" and not codes:
        return Directive(action, codes, start, end, raw,
                         "'ignore' must name the rule it silences, e.g. 'figcheck: ignore FC101'")
    bad = [c for c in codes if not _SELECTOR.match(c)]
    if bad:
        return Directive(action, codes, start, end, raw, f"not a rule code or name: {bad[0]!r}")
    return Directive(action, codes, start, end, raw)


def find_comments(text: str, offset: int = 0) -> list[Directive]:
    """Every figcheck comment in ``text`` (offsets shifted by ``offset``)."""
    out = []
    for m in COMMENT.finditer(text):
        d = parse_comment(m.group(1), offset + m.start(), offset + m.end())
        if d is not None:
            out.append(d)
    return out


def find_line_comments(text: str) -> list[Directive]:
    """Figcheck comments that stand on a line of their own (plain text)."""
    out = []
    for m in re.finditer(r"(?m)^[ \t]*(<!--(.*?)-->)[ \t]*\r?$", text):
        d = parse_comment(m.group(2), m.start(1), m.end(1))
        if d is not None:
            out.append(d)
    return out


# --------------------------------------------------------------------------
# applying


def selector_matches(selector: str, code: str, name: str) -> bool:
    sel = selector.strip()
    return code.upper().startswith(sel.upper()) if sel.upper().startswith("FC") else name == sel.lower()


def _paragraph_after(doc: Document, offset: int) -> tuple[int, int] | None:
    """Text span of the first paragraph that starts at or after ``offset``."""
    first = next((s for s in doc.sentences if s.start >= offset), None)
    if first is None:
        return None
    members = [s for s in doc.sentences if s.paragraph == first.paragraph]
    return members[0].start, members[-1].end


@dataclass
class _Region:
    directive: Directive
    codes: tuple[str, ...]  # () = every rule
    start: int
    end: int
    used: set

    def covers(self, f: Finding) -> bool:
        if not (self.start <= f.start < self.end):
            return False
        return not self.codes or any(selector_matches(c, f.rule, f.name) for c in self.codes)


def _meta(code_name: tuple[str, str], d: Directive, message: str) -> tuple[Finding, Directive]:
    return Finding(rule=code_name[0], name=code_name[1], severity=Severity.WARNING,
                   start=d.start, end=d.end, message=message), d


def apply(
    findings: Sequence[Finding],
    directives: Iterable[Directive],
    doc: Document,
    *,
    enabled: Callable[[str, str], bool] = lambda code, name: True,
    known: Callable[[str], bool] = lambda selector: True,
) -> tuple[list[Finding], list[tuple[Finding, Directive]]]:
    """Drop the findings the directives cover.

    Returns ``(kept, meta)``: the findings left, and FC001/FC002 findings
    for unused and unreadable directives (only those ``enabled`` allows),
    each with its directive (at the directive's text offsets; readers that
    know the comment's place in the file set ``Directive.source_span``).
    ``enabled(code, name)`` says whether a rule runs (an ignore for a rule
    that does not run is not reported as unused); ``known(selector)``
    whether a selector names a rule at all.
    """
    meta: list[tuple[Finding, Directive]] = []
    regions: list[_Region] = []
    open_offs: list[_Region] = []
    text_end = len(doc.text)
    for d in sorted(directives, key=lambda d: d.start):
        if d.error is None:
            unknown = [c for c in d.codes if not known(c)]
            if unknown:
                d = replace(d, error=f"unknown rule {unknown[0]!r}")
        if d.error is not None:
            if enabled(*INVALID):
                meta.append(_meta(INVALID, d, f"Cannot read this figcheck comment: {d.error}."))
            continue
        if d.action == "ignore":
            span = _paragraph_after(doc, d.end)
            start, end = span if span else (text_end, text_end)
            regions.append(_Region(d, d.codes, start, end, set()))
        elif d.action == "off":
            region = _Region(d, d.codes, d.end, text_end, set())
            regions.append(region)
            open_offs.append(region)
        else:  # on
            closing = [r for r in open_offs if not d.codes or set(r.codes) & set(d.codes) or not r.codes]
            if not closing:
                if enabled(*UNUSED):
                    meta.append(_meta(UNUSED, d, "This 'figcheck: on' comment has no 'off' before it."))
                continue
            for r in closing:
                r.end = d.start
                open_offs.remove(r)

    kept: list[Finding] = []
    for f in findings:
        hit = False
        for r in regions:
            if r.covers(f):
                hit = True
                if f.severity >= Severity.WARNING:
                    r.used.update(c for c in r.codes if selector_matches(c, f.rule, f.name))
                    r.used.add("")
        if not hit:
            kept.append(f)

    if enabled(*UNUSED):
        for r in regions:
            d = r.directive
            if r.codes:
                unused = [c for c in r.codes if c not in r.used and _runs(c, enabled)]
                if unused:
                    where = "in the next paragraph" if d.action == "ignore" else "in the region it turns off"
                    meta.append(_meta(UNUSED, d, f"Unused suppression: no {', '.join(unused)} finding {where}."))
            elif "" not in r.used:
                meta.append(_meta(UNUSED, d, "Unused suppression: no finding in the region it turns off."))
    return kept, meta


def _runs(selector: str, enabled: Callable[[str, str], bool]) -> bool:
    from .rules import RULES

    return any(selector_matches(selector, r.code, r.name) and enabled(r.code, r.name) for r in RULES)

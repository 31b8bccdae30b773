"""The machine-readable report (``--format json``), schema version 1.

See docs/json-schema.md.  Offsets ``start``/``end`` are Python string
indices into the decoded text, ``end`` exclusive.  ``line``/``column`` give
the first character of the span and ``end_line``/``end_column`` its last
character (inclusive), all 1-based, columns counted in characters.
"""
from __future__ import annotations

import json as _json
from typing import Any, Iterable

from ..model import Finding
from .lines import LineIndex

SCHEMA_VERSION = 1


def finding_dict(finding: Finding, index: LineIndex) -> dict[str, Any]:
    line, column = index.position(finding.start)
    end_line, end_column = index.end_position(finding.start, finding.end)
    related = []
    for r in finding.related:
        rl, rc = index.position(r.start)
        related.append({"start": r.start, "end": r.end, "text": r.text, "line": rl, "column": rc})
    return {
        "rule": finding.rule,
        "name": finding.name,
        "severity": str(finding.severity),
        "start": finding.start,
        "end": finding.end,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "message": finding.message,
        "arithmetic": finding.arithmetic,
        "tolerance": finding.tolerance,
        "related": related,
    }


def file_entry(
    path: str,
    text: str | None,
    findings: Iterable[Finding] = (),
    error: str | None = None,
) -> dict[str, Any]:
    """One entry of ``files``: a checked file, or one that could not be read
    (``error`` set, ``findings`` empty)."""
    if error is not None or text is None:
        return {"path": path, "error": error or "not read", "findings": []}
    findings = list(findings)
    if not findings:  # most files of an archive: no line index to build
        return {"path": path, "error": None, "findings": []}
    index = LineIndex(text)
    return {"path": path, "error": None, "findings": [finding_dict(f, index) for f in findings]}


def summary_dict(errors: int, warnings: int, info: int, files: int) -> dict[str, int]:
    return {"errors": errors, "warnings": warnings, "info": info, "files": files}


def report(files: list[dict[str, Any]], summary: dict[str, int], version: str) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "figcheck_version": version,
        "files": files,
        "summary": summary,
    }


def render(files: list[dict[str, Any]], summary: dict[str, int], version: str) -> str:
    return _json.dumps(report(files, summary, version), indent=2, ensure_ascii=False)

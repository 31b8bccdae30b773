"""SARIF 2.1.0 (``--format sarif``), for GitHub code scanning and other
static-analysis viewers.

One run, tool ``figcheck`` with every registered rule as a
``reportingDescriptor`` (``id`` the stable code, ``name`` the kebab-case
name, ``shortDescription`` the docstring's first line, ``fullDescription``
and ``help`` the whole docstring).  Each finding is a ``result``:

* ``level``: error → ``error``, warning → ``warning``, info → ``note``;
* one location: the artifact's path relative to the working directory,
  with forward slashes, under ``uriBaseId`` ``%SRCROOT%`` (an absolute
  ``file:`` URI when the file lies outside it); a region with 1-based
  ``startLine``/``startColumn``/``endLine`` and an *exclusive*
  ``endColumn``; columns count Unicode code points (``columnKind``);
* ``relatedLocations`` for the other figures of the relation;
* ``partialFingerprints``: a hash of the rule, the path and the figures'
  texts (not line numbers, so the result survives edits elsewhere in the
  draft), with an occurrence number when the same key repeats in a file.

Files that could not be read appear as ``toolExecutionNotifications`` of
the invocation, which is then not ``executionSuccessful``.
"""
from __future__ import annotations

import hashlib
import inspect
import json
import os
from typing import Any
from urllib.parse import quote

from ..model import Finding, Severity
from . import FileResult, ReportRun
from .lines import LineIndex

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
INFORMATION_URI = "https://pypi.org/project/figcheck/"
FINGERPRINT_KEY = "figcheck/v1"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def level(severity: Severity) -> str:
    return LEVELS.get(severity, "note")


# -- rules ----------------------------------------------------------------------


def rule_descriptor(rule: type) -> dict[str, Any]:
    doc = inspect.cleandoc(rule.__doc__ or "")
    summary = rule.summary() if hasattr(rule, "summary") else (doc.splitlines()[0] if doc else "")
    summary = summary or rule.name
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": doc or summary},
        "help": {"text": doc or summary},
        "defaultConfiguration": {"level": level(getattr(rule, "severity", Severity.ERROR))},
        "properties": {"tags": ["figures", "accuracy"]},
    }


def _fallback_descriptor(code: str, name: str) -> dict[str, Any]:
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": name},
        "fullDescription": {"text": name},
        "help": {"text": name},
    }


def _registered_rules() -> tuple[type, ...]:
    from ..rules import RULES

    return RULES


# -- locations --------------------------------------------------------------------


def artifact_location(result: FileResult, cwd: str) -> dict[str, Any]:
    """Relative to ``cwd`` under %SRCROOT% when possible."""
    if result.source is None:  # stdin: the name given with --stdin-filename
        name = result.path.replace(os.sep, "/").replace("\\", "/")
        return {"uri": quote(name.lstrip("/"), safe="/"), "uriBaseId": SRCROOT}
    absolute = os.path.abspath(os.path.join(cwd, result.source))
    try:
        rel = os.path.relpath(absolute, cwd)
    except ValueError:  # another drive on Windows
        rel = None
    if rel is None or rel == os.pardir or rel.startswith(os.pardir + os.sep):
        uri = "file://" + quote(absolute.replace(os.sep, "/") if absolute.startswith("/")
                                else "/" + absolute.replace(os.sep, "/"), safe="/:")
        return {"uri": uri}
    return {"uri": quote(rel.replace(os.sep, "/"), safe="/"), "uriBaseId": SRCROOT}


def region(index: LineIndex, start: int, end: int) -> dict[str, Any]:
    line, col = index.position(start)
    if end > start:
        end_line, last_col = index.end_position(start, end)
        end_col = last_col + 1  # SARIF: endColumn is one past the last character
    else:
        end_line, end_col = line, col
    out = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}
    snippet = index.text[start:end]
    if snippet:
        out["snippet"] = {"text": snippet}
    return out


def _physical(artifact: dict[str, Any], index: LineIndex, start: int, end: int) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": dict(artifact), "region": region(index, start, end)}}


def fingerprint(rule: str, uri: str, figure: str, related: list[str]) -> str:
    """Stable across edits that move the figures: rule, path and the figures'
    texts (whitespace normalised), never line numbers."""
    parts = [rule, uri, " ".join(figure.split())]
    parts += sorted(" ".join(r.split()) for r in related)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


# -- results ----------------------------------------------------------------------


def message_text(finding: Finding) -> str:
    lines = [finding.message.strip()]
    if finding.arithmetic:
        lines.append(f"Arithmetic: {finding.arithmetic}")
    if finding.tolerance:
        lines.append(f"Tolerance: {finding.tolerance}")
    return "\n".join(lines)


def result_dict(
    finding: Finding,
    file: FileResult,
    artifact: dict[str, Any],
    index: LineIndex,
    rule_index: int | None,
    seen: dict[str, int],
) -> dict[str, Any]:
    text = file.text or ""
    figure = text[finding.start:finding.end]
    key = fingerprint(finding.rule, artifact.get("uri", ""), figure, [r.text for r in finding.related])
    seen[key] = seen.get(key, 0) + 1
    print_key = key if seen[key] == 1 else f"{key}:{seen[key]}"
    out: dict[str, Any] = {"ruleId": finding.rule}
    if rule_index is not None:
        out["ruleIndex"] = rule_index
    out["level"] = level(finding.severity)
    out["message"] = {"text": message_text(finding)}
    out["locations"] = [_physical(artifact, index, finding.start, finding.end)]
    related = []
    for i, r in enumerate(finding.related, start=1):
        loc = _physical(artifact, index, r.start, r.end)
        loc["id"] = i
        loc["message"] = {"text": f"related figure '{' '.join(r.text.split())}'"}
        related.append(loc)
    if related:
        out["relatedLocations"] = related
    out["partialFingerprints"] = {FINGERPRINT_KEY: print_key}
    props: dict[str, Any] = {"severity": str(finding.severity), "name": finding.name}
    if finding.arithmetic:
        props["arithmetic"] = finding.arithmetic
    if finding.tolerance:
        props["tolerance"] = finding.tolerance
    out["properties"] = props
    return out


def report(run: ReportRun) -> dict[str, Any]:
    rules = list(_registered_rules())
    descriptors = [rule_descriptor(r) for r in rules]
    positions = {d["id"]: i for i, d in enumerate(descriptors)}
    for f in run.files:  # findings of rules that are not registered (tests, plugins)
        for finding in f.findings:
            if finding.rule not in positions:
                positions[finding.rule] = len(descriptors)
                descriptors.append(_fallback_descriptor(finding.rule, finding.name))

    results: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for f in run.files:
        artifact = artifact_location(f, run.cwd)
        if f.error is not None or f.text is None:
            notifications.append({
                "level": "error",
                "message": {"text": f"{f.path}: {f.error or 'not read'}"},
                "locations": [{"physicalLocation": {"artifactLocation": dict(artifact)}}],
            })
            continue
        artifacts.append({"location": dict(artifact), "length": len(f.text.encode("utf-8"))})
        index = LineIndex(f.text)
        seen: dict[str, int] = {}
        for finding in f.findings:
            results.append(result_dict(finding, f, artifact, index, positions.get(finding.rule), seen))

    root = run.cwd.replace(os.sep, "/")
    if not root.startswith("/"):
        root = "/" + root
    if not root.endswith("/"):
        root += "/"
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    driver: dict[str, Any] = {
        "name": "figcheck",
        "informationUri": INFORMATION_URI,
        "rules": descriptors,
    }
    if run.version:
        driver["version"] = run.version
        driver["semanticVersion"] = run.version
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": driver},
            "originalUriBaseIds": {SRCROOT: {"uri": "file://" + quote(root, safe="/:")}},
            "artifacts": artifacts,
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(run: ReportRun) -> str:
    return json.dumps(report(run), indent=2, ensure_ascii=False) + "\n"

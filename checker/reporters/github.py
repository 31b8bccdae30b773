"""GitHub Actions annotations (``--format github``).

One workflow command per finding::

    ::error file=story.txt,line=4,col=12,endLine=4,endColumn=16,title=FC101 parts-total-mismatch::The parts add up to ...

error → ``::error``, warning → ``::warning``, info → ``::notice``.  Paths
are relative to the working directory with forward slashes (GitHub reads
them relative to the repository root, where workflows run).  ``col`` and
``endColumn`` are 1-based, ``endColumn`` being the last character of the
figure (as in the JSON report).  Escaping follows GitHub's runner: in the
message ``%``, ``\\r`` and ``\\n`` become ``%25``, ``%0D`` and ``%0A``; in
property values ``:`` and ``,`` also become ``%3A`` and ``%2C``.  A file
that could not be read gets an ``::error file=...`` line too.  The last
line is the plain summary, which the log shows as text.
"""
from __future__ import annotations

import os

from ..model import Finding, Severity
from . import FileResult, ReportRun
from .lines import LineIndex
from .text import format_summary

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def display_path(result: FileResult, cwd: str) -> str:
    if result.source is None:
        return result.path.replace("\\", "/")
    absolute = os.path.abspath(os.path.join(cwd, result.source))
    try:
        rel = os.path.relpath(absolute, cwd)
    except ValueError:
        rel = absolute
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        rel = absolute
    return rel.replace(os.sep, "/")


def command(name: str, properties: list[tuple[str, object]], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties)
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def finding_message(finding: Finding) -> str:
    lines = [finding.message.strip()]
    if finding.arithmetic:
        lines.append(f"Arithmetic: {finding.arithmetic}")
    if finding.tolerance:
        lines.append(f"Tolerance: {finding.tolerance}")
    if finding.related:
        lines.append("Related: " + ", ".join(f"'{' '.join(r.text.split())}'" for r in finding.related))
    return "\n".join(lines)


def finding_command(finding: Finding, path: str, index: LineIndex) -> str:
    line, col = index.position(finding.start)
    end_line, end_col = index.end_position(finding.start, finding.end)
    props: list[tuple[str, object]] = [("file", path), ("line", line), ("col", col)]
    props += [("endLine", end_line), ("endColumn", end_col)]
    props.append(("title", f"{finding.rule} {finding.name}"))
    return command(COMMANDS.get(finding.severity, "notice"), props, finding_message(finding))


def render(run: ReportRun) -> str:
    lines: list[str] = []
    for f in run.files:
        path = display_path(f, run.cwd)
        if f.error is not None or f.text is None:
            lines.append(command("error", [("file", path), ("title", "figcheck")], f.error or "not read"))
            continue
        index = LineIndex(f.text)
        for finding in f.findings:
            lines.append(finding_command(finding, path, index))
    c = run.counts
    lines.append(format_summary(c[Severity.ERROR], c[Severity.WARNING], c[Severity.INFO], run.checked))
    return "\n".join(lines) + "\n"

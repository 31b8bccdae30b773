"""The reporters: one output format each, chosen with ``--format``.

``text`` and ``json`` are written by the CLI as files are checked (see
:mod:`.text` and :mod:`.json`).  The others see the whole run at once: the
CLI gathers one :class:`FileResult` per input into a :class:`ReportRun` and
calls the format's ``render`` function, which returns ``str`` (written as
UTF-8) or ``bytes`` (``docx``).

    sarif   SARIF 2.1.0 for code-scanning tools            (.sarif)
    github  GitHub Actions workflow commands (annotations)
    junit   JUnit XML, one test case per file              (.xml)
    html    the editor's report, one self-contained page   (.html)
    docx    a copy of the Word draft with margin comments  (.docx, needs -o)

The format modules are imported only when used, so ``figcheck`` starts as
fast whatever is installed (``docx`` needs python-docx).
"""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from typing import Callable, Sequence

from ..model import Finding, Severity


@dataclass
class FileResult:
    """One input of a run: checked (``text`` set) or not (``error`` set).

    ``path`` is the name shown in reports; ``source`` the file system path
    that was read (``None`` for stdin).  ``findings`` are those to report,
    in text order, with offsets into ``text``.
    """

    path: str
    text: str | None
    findings: Sequence[Finding] = ()
    error: str | None = None
    source: str | None = None


@dataclass
class ReportRun:
    """Everything a whole-run reporter needs."""

    files: list[FileResult]
    version: str = ""
    fail_level: Severity = Severity.ERROR
    cwd: str = field(default_factory=os.getcwd)
    output: str | None = None  # the -o path, when given

    @property
    def counts(self) -> dict[Severity, int]:
        out = {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}
        for f in self.files:
            for finding in f.findings:
                out[finding.severity] = out.get(finding.severity, 0) + 1
        return out

    @property
    def checked(self) -> int:
        return sum(1 for f in self.files if f.error is None and f.text is not None)


@dataclass(frozen=True)
class Reporter:
    name: str
    help: str
    module: str | None = None  # checker.reporters.<module>, with render(run)
    binary: bool = False  # render returns bytes
    needs_output: bool = False  # refuses to write to stdout
    input_extensions: tuple[str, ...] = ()  # inputs it can take; () for any

    @property
    def streaming(self) -> bool:
        """Written by the CLI file by file (text, json)."""
        return self.module is None

    def render(self, run: ReportRun) -> str | bytes:
        if self.module is None:
            raise ValueError(f"the {self.name} format is written by the CLI")
        mod = importlib.import_module(f"{__name__}.{self.module}")
        return mod.render(run)


REPORTERS: dict[str, Reporter] = {
    r.name: r
    for r in (
        Reporter("text", "one line per finding with an excerpt (default)"),
        Reporter("json", "machine-readable, schema version 1"),
        Reporter("jsonl", "one JSON object per file, streamed"),
        Reporter("sarif", "SARIF 2.1.0 for code scanning", "sarif"),
        Reporter("github", "GitHub Actions annotations (workflow commands)", "github"),
        Reporter("junit", "JUnit XML: one test case per file", "junit"),
        Reporter("html", "the editor's report: one self-contained HTML page", "html"),
        Reporter(
            "docx", "a copy of the Word draft with a margin comment per finding (needs -o)",
            "docx", binary=True, needs_output=True, input_extensions=(".docx",),
        ),
    )
}

FORMATS: tuple[str, ...] = tuple(REPORTERS)


def usage_problem(fmt: str, paths: Sequence[str], output: str | None) -> str | None:
    """Why this format cannot run with these inputs and ``-o``, or None.

    ``paths`` are the file system paths of the collected inputs (``"-"``
    for stdin).
    """
    reporter = REPORTERS[fmt]
    if reporter.needs_output and not output:
        return f"--format {fmt} writes a file: give it with -o FILE"
    if reporter.input_extensions:
        exts = "/".join(reporter.input_extensions)
        if len(paths) != 1:
            return f"--format {fmt} takes exactly one {exts} input, not {len(paths)}"
        path = paths[0]
        if path == "-" or not path.lower().endswith(reporter.input_extensions):
            shown = "stdin" if path == "-" else repr(path)
            return f"--format {fmt} needs a {exts} input (a copy of it is annotated); got {shown}"
    if output:
        try:
            out_real = os.path.realpath(output)
            for p in paths:
                if p != "-" and os.path.exists(p) and (
                    os.path.realpath(p) == out_real
                    or (os.path.exists(output) and os.path.samefile(p, output))
                ):
                    return f"-o {output!r} is one of the inputs: figcheck never overwrites a draft"
        except OSError:
            pass
    return None


def write_output(path: str, data: str | bytes) -> None:
    """Write ``data`` to ``path`` (UTF-8 for text, newlines untouched)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as fh:
        fh.write(data)


def severity_counts(findings: Sequence[Finding]) -> dict[Severity, int]:
    out = {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}
    for f in findings:
        out[f.severity] = out.get(f.severity, 0) + 1
    return out


Render = Callable[[ReportRun], "str | bytes"]

__all__ = [
    "FileResult", "ReportRun", "Reporter", "REPORTERS", "FORMATS",
    "usage_problem", "write_output", "severity_counts",
]

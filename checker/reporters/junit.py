"""JUnit XML (``--format junit``), for CI systems that show test reports.

One ``<testsuite name="figcheck">`` per run and one ``<testcase>`` per
input file.  A file with findings at or above the fail level (``error``,
or ``warning`` with ``--fail-level warning``) gets one ``<failure>``
whose ``message`` counts them and whose body holds their concise lines
(``path:line:col: CODE message``), one per finding.  Findings below the
fail level go to the test case's ``<system-out>``.  A file that could not
be read gets an ``<error>``.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..model import Severity
from . import ReportRun, severity_counts
from .lines import LineIndex
from .text import format_finding

# characters XML 1.0 cannot carry at all
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(run: ReportRun) -> str:
    suites = ET.Element("testsuites", name="figcheck")
    suite = ET.SubElement(suites, "testsuite", name="figcheck")
    tests = failures = errors = 0
    for f in run.files:
        tests += 1
        case = ET.SubElement(suite, "testcase", classname="figcheck", name=clean(f.path), file=clean(f.path))
        if f.error is not None or f.text is None:
            errors += 1
            err = ET.SubElement(case, "error", type="InputError", message=clean(f.error or "not read"))
            err.text = clean(f"{f.path}: {f.error or 'not read'}")
            continue
        index = LineIndex(f.text)
        failing = [x for x in f.findings if x.severity >= run.fail_level]
        others = [x for x in f.findings if x.severity < run.fail_level]
        if failing:
            failures += 1
            counts = severity_counts(failing)
            parts = [_plural(counts[s], str(s)) for s in (Severity.ERROR, Severity.WARNING) if counts[s]]
            failure = ET.SubElement(
                case, "failure", type=failing[0].rule,
                message=clean(f"{' and '.join(parts)} in {f.path}"),
            )
            failure.text = clean("\n".join(format_finding(f.path, index, x, concise=True)[0] for x in failing))
        if others:
            out = ET.SubElement(case, "system-out")
            out.text = clean("\n".join(format_finding(f.path, index, x, concise=True)[0] for x in others))
    for el in (suites, suite):
        el.set("tests", str(tests))
        el.set("failures", str(failures))
        el.set("errors", str(errors))
    suite.set("skipped", "0")
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"

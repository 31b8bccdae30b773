"""The human-readable report.

One line per finding, in the form editors and CI annotators understand::

    path:line:col: CODE message

In the full form (the default; ``--concise`` turns it off) each line is
followed by an indented excerpt of the source line with the span
underlined, and by ``arithmetic:``, ``tolerance:`` and ``related:`` lines
when the finding has them.  Colour is used only when asked for (the CLI
asks when stdout is a terminal and ``NO_COLOR`` is unset).
"""
from __future__ import annotations

import os
import unicodedata
from typing import Iterable, TextIO

from ..model import Finding, Severity
from .lines import LineIndex

INDENT = "    "
EXCERPT_WIDTH = 100  # characters of a long line shown around the span
EXCERPT_LEAD = 30  # characters shown before the span when a line is cut

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_SEVERITY_COLOUR = {
    Severity.ERROR: "\x1b[1;31m",
    Severity.WARNING: "\x1b[1;33m",
    Severity.INFO: "\x1b[32m",
}


def use_color(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set."""
    if os.environ.get("NO_COLOR", ""):
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):
        return False


def _paint(text: str, code: str, color: bool) -> str:
    return f"{code}{text}{_RESET}" if color and text else text


def _one_line(text: str) -> str:
    return " ".join(text.split()) if ("\n" in text or "\r" in text) else text


def char_width(ch: str) -> int:
    """Terminal columns a character takes: 2 for wide East Asian
    characters, 0 for combining marks, else 1."""
    if unicodedata.combining(ch):
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


def text_width(text: str) -> int:
    return sum(char_width(c) for c in text)


def _visible(text: str) -> str:
    """Tabs and other control characters shown as single spaces, so the
    underline stays aligned."""
    return "".join(" " if (c == "\t" or unicodedata.category(c) == "Cc") else c for c in text)


def excerpt(index: LineIndex, start: int, end: int, color: bool = False) -> list[str]:
    """The source line holding ``start``, cut to a window if long, with the
    span ``[start, end)`` underlined (up to the end of that line)."""
    line, col = index.position(start)
    text = index.line_text(line)
    s = col - 1
    e = min(end, index.line_end(line)) - index.line_start(line)
    lo, hi = 0, len(text)
    if hi > EXCERPT_WIDTH:
        lo = max(0, min(s - EXCERPT_LEAD, len(text) - EXCERPT_WIDTH))
        if lo > 0:  # start the window at a word if one begins soon enough
            space = text.find(" ", lo, s)
            if space != -1 and space - lo < 15:
                lo = space + 1
        hi = min(len(text), max(lo + EXCERPT_WIDTH, e))
    before = _visible(text[lo:s])
    span = _visible(text[s:max(e, s)])
    after = _visible(text[max(e, s):hi])
    left = "…" if lo > 0 else ""
    right = "…" if hi < len(text) else ""
    gutter = str(line)
    pad = " " * len(gutter)
    width = max(1, text_width(span))
    underline = "^" + "~" * (width - 1)
    bar = _paint("|", _DIM, color)
    return [
        f"{INDENT}{_paint(gutter, _DIM, color)} {bar} {left}{before}{span}{after}{right}".rstrip(),
        f"{INDENT}{pad} {bar} {' ' * text_width(left + before)}{underline}",
    ]


def format_finding(
    path: str,
    index: LineIndex,
    finding: Finding,
    *,
    concise: bool = False,
    color: bool = False,
) -> list[str]:
    """The lines for one finding (without trailing newlines)."""
    line, col = index.position(finding.start)
    colour = _SEVERITY_COLOUR.get(finding.severity, "")
    head = (
        f"{_paint(path, _BOLD, color)}:{line}:{col}: "
        f"{_paint(finding.rule, colour, color)} {_one_line(finding.message)}"
    )
    out = [head]
    if concise:
        return out
    ex = excerpt(index, finding.start, finding.end, color=False)
    if color:  # colour the underline like the code
        first, second = ex
        cut = second.index("^")
        ex = [first, second[:cut] + _paint(second[cut:], colour, True)]
    out.extend(ex)
    if finding.arithmetic:
        out.append(f"{INDENT}arithmetic: {_one_line(finding.arithmetic)}")
    if finding.tolerance:
        out.append(f"{INDENT}tolerance: {_one_line(finding.tolerance)}")
    if finding.related:
        parts = []
        for r in finding.related:
            rl, rc = index.position(r.start)
            quoted = _one_line(r.text).replace("\\", "\\\\").replace('"', '\\"')
            parts.append(f'"{quoted}" at {rl}:{rc}')
        out.append(f"{INDENT}related: " + ", ".join(parts))
    return out


def format_file(
    path: str,
    text: str,
    findings: Iterable[Finding],
    *,
    concise: bool = False,
    color: bool = False,
    index: LineIndex | None = None,
) -> list[str]:
    """The lines for all findings of one file, in the order given."""
    index = index or LineIndex(text)
    out: list[str] = []
    for f in findings:
        out.extend(format_finding(path, index, f, concise=concise, color=color))
    return out


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def format_summary(errors: int, warnings: int, info: int, files: int) -> str:
    """``N errors, N warnings, N verified (info) in N files``."""
    return (
        f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}, "
        f"{info} verified (info) in {_plural(files, 'file')}"
    )

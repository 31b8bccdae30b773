"""The editor's report (``--format html``): one self-contained page.

Everything is inline (CSS, JavaScript, no fonts or images from anywhere),
so the file can be mailed, opened from disk or printed.  For each file:

* the article as prose, paragraph by paragraph, every figure that a
  finding points at or relates to marked with its severity's class
  (``fc-error``, ``fc-warning``, ``fc-info``) *and* an icon (✗, ⚠, ✓), so
  the report does not depend on colour;
* the findings, numbered across the report, each with a permalink
  (``#finding-N``); clicking one (or a marked figure) marks every figure
  of its relation ``active`` and opens its arithmetic and tolerance.

At the top: the totals and a summary by rule.  Keys: ``j``/``k`` next and
previous finding, ``Esc`` clears.  Every piece of the article and of the
findings is HTML-escaped; the script only toggles classes and never
builds markup from text.  Print styles show every finding's details.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Iterable

from ..model import Finding, Related, Severity
from . import FileResult, ReportRun, severity_counts
from .lines import LineIndex

ICONS = {Severity.ERROR: "✗", Severity.WARNING: "⚠", Severity.INFO: "✓"}
CLASSES = {Severity.ERROR: "fc-error", Severity.WARNING: "fc-warning", Severity.INFO: "fc-info"}
LABELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "verified"}

_PARAGRAPH_BREAK = re.compile(r"(?:[ \t]*(?:\r\n|\r(?!\n)|\n)){2,}")
_NEWLINE = re.compile(r"\r\n|\r|\n")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def esc_text(text: str) -> str:
    """Escaped, with line breaks inside a paragraph kept as ``<br>``."""
    return "<br>\n".join(esc(part) for part in _NEWLINE.split(text))


def one_line(text: str) -> str:
    return " ".join(text.split())


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


# -- marks ------------------------------------------------------------------------


@dataclass
class Numbered:
    number: int  # 1-based across the report: #finding-N
    finding: Finding  # at offsets into the file's source (what line:col refer to)
    view: Finding | None = None  # the same at offsets into the prose shown

    @property
    def shown(self) -> Finding:
        return self.view or self.finding


# -- the prose: the checked text, not the markup ------------------------------------


class _SourceToText:
    """Source offsets back to checked-text offsets (the inverse of a draft's
    :class:`checker.formats.OffsetMap`)."""

    def __init__(self, offsets, text_length: int) -> None:
        self.chunks = sorted(offsets.chunks, key=lambda c: (c[1], c[0]))
        self.starts = [c[1] for c in self.chunks]
        self.text_length = text_length

    def start(self, s: int) -> int:
        i = bisect_right(self.starts, s) - 1
        if i >= 0:
            t0, s0, tlen, slen = self.chunks[i]
            if s < s0 + slen:
                return t0 + (s - s0) if tlen == slen else t0
        return self.chunks[i + 1][0] if i + 1 < len(self.chunks) else self.text_length

    def end(self, e: int) -> int:
        i = bisect_right(self.starts, e - 1) - 1
        if e <= 0 or i < 0:
            return 0
        t0, s0, tlen, slen = self.chunks[i]
        if e - 1 < s0 + slen:
            return t0 + (e - s0) if tlen == slen else t0 + tlen
        return t0 + tlen

    def span(self, s: int, e: int) -> tuple[int, int]:
        a = self.start(s)
        return a, max(a, self.end(e)) if e > s else a


def prose_view(f: FileResult) -> tuple[str, list[Finding] | None]:
    """The text to show as prose for a file, and its findings at offsets
    into that text (``None``: the source itself is shown, offsets as they
    are).  For HTML and Word drafts that is the article text figcheck
    checked, not the markup or the paragraph-per-line source."""
    text = f.text or ""
    try:
        from .. import formats

        fmt = formats.format_for(f.source or f.path)
        if fmt == formats.PLAIN:
            return text, None
        if fmt == formats.DOCX:
            from ..formats import docx as docx_format

            draft = docx_format.from_paragraphs(text.split("\n"))
        else:
            draft = formats.parse_text(text, fmt)
    except Exception:  # an older or unusual source: show it as it is
        return text, None
    if draft.source != text or len(draft.text) == 0 and text.strip():
        return text, None
    if draft.offsets is None:  # same offsets (Markdown: markup blanked to spaces)
        return draft.text, None
    back = _SourceToText(draft.offsets, len(draft.text))
    views = []
    for x in f.findings:
        s, e = back.span(x.start, x.end)
        related = tuple(Related(*back.span(r.start, r.end), r.text) for r in x.related)
        views.append(replace(x, start=s, end=e, related=related))
    return draft.text, views


@dataclass
class Mark:
    start: int
    end: int
    findings: tuple[int, ...]  # numbers of the findings whose spans cover it
    primary: tuple[int, ...]  # of those, the findings whose own figure it is
    severity: Severity
    starts_figure: bool  # a span begins here: draw the icon
    title: str


def build_marks(text: str, numbered: list[Numbered]) -> list[Mark]:
    """Non-overlapping marks: the text cut at every span boundary, each
    piece covered by at least one span marked with the findings covering
    it.  Adjacent pieces covered by the same findings are merged."""
    spans: list[tuple[int, int, int, bool]] = []  # start, end, number, primary
    for n in numbered:
        f = n.shown
        s, e = max(0, f.start), min(len(text), f.end)
        if e > s:
            spans.append((s, e, n.number, True))
        for r in f.related:
            rs, re_ = max(0, r.start), min(len(text), r.end)
            if re_ > rs:
                spans.append((rs, re_, n.number, False))
    if not spans:
        return []
    by_number = {n.number: n.shown for n in numbered}
    cuts = sorted({p for s, e, _, _ in spans for p in (s, e)})
    starts = {s for s, _, _, _ in spans}
    spans.sort()
    marks: list[Mark] = []
    active: list[tuple[int, int, int, bool]] = []  # spans covering the current piece
    nxt = 0
    for a, b in zip(cuts, cuts[1:]):
        active = [sp for sp in active if sp[1] > a]
        while nxt < len(spans) and spans[nxt][0] <= a:
            if spans[nxt][1] > a:
                active.append(spans[nxt])
            nxt += 1
        cover = [(num, primary) for _, _, num, primary in active]
        if not cover:
            continue
        numbers = tuple(sorted({num for num, _ in cover}))
        primary = tuple(sorted({num for num, p in cover if p}))
        if marks and marks[-1].end == a and marks[-1].findings == numbers and marks[-1].primary == primary \
                and a not in starts:
            marks[-1].end = b
            continue
        severity = max(by_number[num].severity for num in numbers)
        title = "; ".join(
            f"{by_number[num].rule} {LABELS[by_number[num].severity]}: {one_line(by_number[num].message)}"
            for num in _by_severity(numbers, by_number)
        )
        marks.append(Mark(a, b, numbers, primary, severity, a in starts, title))
    return marks


def _by_severity(numbers: Iterable[int], by_number: dict[int, Finding]) -> list[int]:
    return sorted(numbers, key=lambda num: (-by_number[num].severity, num))


def mark_html(text: str, mark: Mark, start: int, end: int, by_number: dict[int, Finding]) -> str:
    order = " ".join(str(n) for n in _by_severity(mark.findings, by_number))
    cls = f"fc-mark {CLASSES[mark.severity]}"
    icon = ""
    if mark.starts_figure and start == mark.start:
        icon = f'<span class="fc-icon" aria-hidden="true">{ICONS[mark.severity]}</span>'
    return (
        f'<mark class="{cls}" data-findings="{order}" data-primary="{" ".join(map(str, mark.primary))}" '
        f'data-severity="{mark.severity}" title="{esc(mark.title)}" tabindex="-1">'
        f'{icon}{esc_text(text[start:end])}</mark>'
    )


# -- the article --------------------------------------------------------------------


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: runs of text between blank
    lines, with surrounding whitespace left out."""
    out = []
    pos = 0
    for m in list(_PARAGRAPH_BREAK.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        pos = m.end() if m else len(text)
    return out


def _looks_like_headline(body: str) -> bool:
    return "\n" not in body and "\r" not in body and len(body) <= 160 and not body.rstrip().endswith((".", ":", ";"))


def article_html(text: str, marks: list[Mark], by_number: dict[int, Finding]) -> str:
    parts: list[str] = []
    mi = 0
    for p_index, (ps, pe) in enumerate(paragraphs(text)):
        body: list[str] = []
        pos = ps
        while mi < len(marks) and marks[mi].end <= ps:
            mi += 1
        j = mi
        while j < len(marks) and marks[j].start < pe:
            m = marks[j]
            s, e = max(m.start, ps), min(m.end, pe)
            if s > pos:
                body.append(esc_text(text[pos:s]))
            body.append(mark_html(text, m, s, e, by_number))
            pos = e
            j += 1
        if pos < pe:
            body.append(esc_text(text[pos:pe]))
        cls = "fc-p fc-headline" if p_index == 0 and _looks_like_headline(text[ps:pe]) else "fc-p"
        parts.append(f'<p class="{cls}">{"".join(body)}</p>')
    if not parts:
        parts.append('<p class="fc-empty">(empty file)</p>')
    return "\n".join(parts)


# -- findings ---------------------------------------------------------------------


def finding_html(n: Numbered, source: str, index: LineIndex) -> str:
    f = n.finding
    line, col = index.position(f.start)
    cls = CLASSES[f.severity]
    figure = one_line(source[f.start:f.end]) or "(no text)"
    figures = [f'<q class="fc-fig fc-fig-primary">{esc(figure)}</q>']
    for r in f.related:
        rl, rc = index.position(r.start)
        figures.append(f'<q class="fc-fig" title="line {rl}, column {rc}">{esc(one_line(r.text))}</q>')
    detail = [f'<p class="fc-figures"><b>Figures:</b> {", ".join(figures)}</p>']
    if f.arithmetic:
        detail.append(f'<p class="fc-arith"><b>Arithmetic:</b> <code>{esc(f.arithmetic)}</code></p>')
    if f.tolerance:
        detail.append(f'<p class="fc-tol"><b>Tolerance:</b> {esc(f.tolerance)}</p>')
    return (
        f'<li class="fc-finding {cls}" id="finding-{n.number}" data-finding="{n.number}" '
        f'data-severity="{f.severity}" tabindex="0">'
        f'<div class="fc-head"><span class="fc-icon" aria-hidden="true">{ICONS[f.severity]}</span>'
        f'<span class="fc-sev">{LABELS[f.severity]}</span> '
        f'<code class="fc-code">{esc(f.rule)}</code> <span class="fc-name">{esc(f.name)}</span>'
        f'<a class="fc-permalink" href="#finding-{n.number}" title="Permalink to this finding">#{n.number}</a></div>'
        f'<p class="fc-message">{esc(f.message)}</p>'
        f'<p class="fc-pos">line {line}, column {col}: <q>{esc(figure)}</q></p>'
        f'<div class="fc-detail">{"".join(detail)}</div>'
        "</li>"
    )


def counts_html(counts: dict[Severity, int]) -> str:
    items = [
        (Severity.ERROR, _plural(counts[Severity.ERROR], "error")),
        (Severity.WARNING, _plural(counts[Severity.WARNING], "warning")),
        (Severity.INFO, f"{counts[Severity.INFO]} verified"),
    ]
    return "".join(
        f'<span class="fc-count {CLASSES[s]}{" fc-zero" if not counts[s] else ""}">'
        f'<span class="fc-icon" aria-hidden="true">{ICONS[s]}</span>{esc(label)}</span>'
        for s, label in items
    )


def file_html(f: FileResult, file_number: int, numbered: list[Numbered]) -> str:
    head = f'<h2 class="fc-path">{esc(f.path)}</h2>'
    if f.error is not None or f.text is None:
        return (
            f'<section class="fc-file fc-file-error" id="file-{file_number}">{head}'
            f'<p class="fc-input-error"><span class="fc-icon" aria-hidden="true">✗</span>'
            f'Could not be checked: {esc(f.error or "not read")}</p></section>'
        )
    source = f.text
    index = LineIndex(source)
    text, views = prose_view(f)
    if views is not None:
        for n, view in zip(numbered, views):
            n.view = view
    by_number = {n.number: n.shown for n in numbered}
    marks = build_marks(text, numbered)
    if numbered:
        items = "\n".join(finding_html(n, source, index) for n in numbered)
        findings = f'<ol class="fc-list">\n{items}\n</ol>'
    else:
        findings = '<p class="fc-none">No findings: no figures were related in this file.</p>'
    counts = severity_counts([n.finding for n in numbered])
    return (
        f'<section class="fc-file" id="file-{file_number}">{head}'
        f'<p class="fc-counts">{counts_html(counts)}</p>'
        '<div class="fc-cols">'
        f'<article class="fc-article" lang="en">\n{article_html(text, marks, by_number)}\n</article>'
        f'<aside class="fc-findings" aria-label="Findings in {esc(f.path)}"><h3>Findings</h3>{findings}</aside>'
        "</div></section>"
    )


def rules_summary_html(all_numbered: list[Numbered]) -> str:
    if not all_numbered:
        return '<p class="fc-none">No findings.</p>'
    rows: dict[str, dict] = {}
    for n in all_numbered:
        f = n.finding
        row = rows.setdefault(f.rule, {"name": f.name, "first": n.number, Severity.ERROR: 0,
                                       Severity.WARNING: 0, Severity.INFO: 0})
        row[f.severity] += 1
    body = []
    for code in sorted(rows):
        row = rows[code]
        cells = "".join(
            f'<td class="fc-num {CLASSES[s] if row[s] else "fc-zero"}">'
            + (f'<span class="fc-icon" aria-hidden="true">{ICONS[s]}</span>{row[s]}' if row[s] else "0")
            + "</td>"
            for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        )
        body.append(
            f'<tr data-rule="{esc(code)}"><td><a href="#finding-{row["first"]}"><code>{esc(code)}</code></a></td>'
            f'<td>{esc(row["name"])}</td>{cells}</tr>'
        )
    return (
        '<table class="fc-rules"><caption>Findings by rule</caption>'
        '<thead><tr><th scope="col">Code</th><th scope="col">Rule</th>'
        '<th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Verified</th></tr></thead>'
        f'<tbody>{"".join(body)}</tbody></table>'
    )


def render(run: ReportRun) -> str:
    number = 0
    per_file: list[list[Numbered]] = []
    for f in run.files:
        numbered = []
        for finding in (f.findings if f.error is None else ()):
            number += 1
            numbered.append(Numbered(number, finding))
        per_file.append(numbered)
    everything = [n for numbered in per_file for n in numbered]
    counts = run.counts
    names = [f.path for f in run.files]
    title = "figcheck report: " + (names[0] if len(names) == 1 else _plural(len(names), "file"))
    sections = "\n".join(file_html(f, i, numbered) for i, (f, numbered) in enumerate(zip(run.files, per_file), 1))
    version = f" {esc(run.version)}" if run.version else ""
    bad = sum(1 for f in run.files if f.error is not None)
    checked_note = _plural(run.checked, "file") + " checked" + (f", {bad} could not be read" if bad else "")
    has_info = counts[Severity.INFO] > 0
    toggle = (
        '<label class="fc-toggle"><input type="checkbox" id="fc-show-info" checked> show verified figures</label>'
        if has_info else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="figcheck{version}">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{esc(title)}</title>
<style>{CSS}</style>
</head>
<body>
<header class="fc-top">
<h1>Figure check</h1>
<p class="fc-meta">{esc(checked_note)} · figcheck{version}</p>
<p class="fc-counts fc-totals">{counts_html(counts)}</p>
{rules_summary_html(everything)}
<p class="fc-keys"><kbd>j</kbd> / <kbd>k</kbd> next / previous finding · <kbd>Esc</kbd> clear ·
click a finding or a marked figure to see its relation {toggle}</p>
</header>
<main>
{sections}
</main>
<script>{JS}</script>
</body>
</html>
"""


CSS = r"""
:root {
  --err: #b3261e; --err-bg: #fde4e1; --err-on: #f7b4ab;
  --warn: #8a5300; --warn-bg: #fff0c7; --warn-on: #ffd36b;
  --ok: #1d6b35; --ok-bg: #e0f3e6; --ok-on: #a9dfb9;
  --ink: #1f1f1f; --muted: #5f6368; --line: #dadce0; --paper: #ffffff; --accent: #1a4fa3;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #f6f6f3;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.fc-top { background: var(--paper); border-bottom: 1px solid var(--line); padding: 18px 28px 10px; }
h1 { font-size: 22px; margin: 0 0 2px; }
.fc-meta { color: var(--muted); margin: 0 0 8px; font-size: 13px; }
.fc-counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 6px 0; }
.fc-count { display: inline-flex; align-items: center; gap: 5px; padding: 2px 10px; border-radius: 999px;
  font-weight: 600; font-size: 13px; border: 1px solid transparent; }
.fc-count.fc-error { color: var(--err); background: var(--err-bg); border-color: var(--err-on); }
.fc-count.fc-warning { color: var(--warn); background: var(--warn-bg); border-color: var(--warn-on); }
.fc-count.fc-info { color: var(--ok); background: var(--ok-bg); border-color: var(--ok-on); }
.fc-count.fc-zero { opacity: .55; }
.fc-rules { border-collapse: collapse; margin: 10px 0 6px; font-size: 13px; background: var(--paper); }
.fc-rules caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
.fc-rules th, .fc-rules td { border: 1px solid var(--line); padding: 3px 10px; text-align: left; }
.fc-rules th { background: #f1f3f4; font-weight: 600; }
.fc-rules td.fc-num { text-align: right; font-variant-numeric: tabular-nums; }
.fc-rules td.fc-error { color: var(--err); font-weight: 600; }
.fc-rules td.fc-warning { color: var(--warn); font-weight: 600; }
.fc-rules td.fc-info { color: var(--ok); }
.fc-rules td.fc-zero { color: #9aa0a6; }
.fc-rules a { color: var(--accent); }
.fc-keys { color: var(--muted); font-size: 12.5px; margin: 6px 0 0; }
kbd { font: 11px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; border: 1px solid #c4c7c5;
  border-bottom-width: 2px; border-radius: 4px; padding: 0 4px; background: #fff; }
.fc-toggle { margin-left: 12px; white-space: nowrap; }
main { padding: 8px 28px 40px; }
.fc-file { margin: 18px 0 28px; }
.fc-path { font-size: 16px; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  margin: 0 0 4px; word-break: break-all; }
.fc-cols { display: grid; grid-template-columns: minmax(0, 48em) minmax(300px, 440px); gap: 22px; align-items: start; }
.fc-article { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 22px 34px;
  font: 17px/1.65 Georgia, "Times New Roman", Times, serif; max-width: 46em; }
.fc-p { margin: 0 0 .9em; overflow-wrap: anywhere; }
.fc-headline { font-size: 1.35em; line-height: 1.3; font-weight: 700; }
.fc-empty, .fc-none { color: var(--muted); font-style: italic; }
.fc-mark { color: inherit; border-radius: 3px; padding: 0 2px; cursor: pointer;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.fc-mark .fc-icon { font: 700 .72em/1 system-ui, sans-serif; margin-right: 2px; vertical-align: .12em; }
.fc-mark.fc-error { background: var(--err-bg); border-bottom: 2px solid var(--err); }
.fc-mark.fc-error .fc-icon { color: var(--err); }
.fc-mark.fc-warning { background: var(--warn-bg); border-bottom: 2px dashed var(--warn); }
.fc-mark.fc-warning .fc-icon { color: var(--warn); }
.fc-mark.fc-info { background: var(--ok-bg); border-bottom: 1px dotted var(--ok); }
.fc-mark.fc-info .fc-icon { color: var(--ok); }
.fc-mark.active { outline: 2px solid var(--accent); outline-offset: 1px; }
.fc-mark.fc-error.active { background: var(--err-on); }
.fc-mark.fc-warning.active { background: var(--warn-on); }
.fc-mark.fc-info.active { background: var(--ok-on); }
.fc-mark.active-primary { outline-width: 3px; }
.fc-findings { position: sticky; top: 10px; max-height: calc(100vh - 20px); overflow: auto;
  background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.fc-findings h3 { margin: 0 0 6px; font-size: 14px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.fc-list { list-style: none; margin: 0; padding: 0; }
.fc-finding { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 5px;
  padding: 7px 10px; margin: 0 0 8px; cursor: pointer; background: #fff; }
.fc-finding:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
.fc-finding.fc-error { border-left-color: var(--err); }
.fc-finding.fc-warning { border-left-color: var(--warn); }
.fc-finding.fc-info { border-left-color: var(--ok); }
.fc-finding.active { box-shadow: 0 0 0 2px var(--accent); background: #f7f9ff; }
.fc-head { display: flex; align-items: baseline; gap: 6px; flex-wrap: wrap; font-size: 13px; }
.fc-head .fc-icon { font-weight: 700; }
.fc-finding.fc-error .fc-icon, .fc-finding.fc-error .fc-sev { color: var(--err); }
.fc-finding.fc-warning .fc-icon, .fc-finding.fc-warning .fc-sev { color: var(--warn); }
.fc-finding.fc-info .fc-icon, .fc-finding.fc-info .fc-sev { color: var(--ok); }
.fc-sev { font-weight: 700; text-transform: uppercase; font-size: 11.5px; letter-spacing: .03em; }
.fc-code { font-weight: 600; }
.fc-name { color: var(--muted); }
.fc-permalink { margin-left: auto; color: var(--muted); text-decoration: none; font-size: 12px; }
.fc-permalink:hover { color: var(--accent); text-decoration: underline; }
.fc-message { margin: 4px 0 2px; }
.fc-pos { margin: 0; color: var(--muted); font-size: 12.5px; }
.fc-detail { margin-top: 6px; padding-top: 6px; border-top: 1px dashed var(--line); font-size: 13.5px; }
.fc-detail p { margin: 3px 0; }
.fc-detail code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre-wrap;
  background: #f1f3f4; padding: 1px 4px; border-radius: 3px; }
.fc-finding:not(.active) .fc-detail { display: none; }
q.fc-fig-primary { font-weight: 600; }
.fc-input-error { color: var(--err); font-weight: 600; }
body.fc-hide-info .fc-finding.fc-info { display: none; }
body.fc-hide-info .fc-mark.fc-info { background: none; border-bottom: 0; padding: 0; cursor: auto; }
body.fc-hide-info .fc-mark.fc-info .fc-icon { display: none; }
@media (max-width: 900px) {
  .fc-cols { grid-template-columns: 1fr; }
  .fc-findings { position: static; max-height: none; }
  .fc-article { padding: 16px 18px; }
  main, .fc-top { padding-left: 14px; padding-right: 14px; }
}
@media print {
  body { background: #fff; font-size: 11pt; }
  .fc-keys { display: none; }
  .fc-top { border: 0; padding: 0 0 8pt; }
  main { padding: 0; }
  .fc-cols { display: block; }
  .fc-article { border: 0; padding: 0; max-width: none; font-size: 11.5pt; }
  .fc-findings { position: static; max-height: none; overflow: visible; border: 0; padding: 0; margin-top: 10pt; }
  .fc-finding { break-inside: avoid; box-shadow: none; background: #fff; }
  .fc-finding .fc-detail { display: block !important; }
  .fc-finding.fc-info, .fc-mark.fc-info { display: revert !important; }
  .fc-file + .fc-file { break-before: page; }
  .fc-mark, .fc-count, .fc-finding { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .fc-mark.active, .fc-finding.active { outline: 0; box-shadow: none; }
  .fc-permalink { display: none; }
}
"""

JS = r"""
(function () {
  'use strict';
  var findings = Array.prototype.slice.call(document.querySelectorAll('.fc-finding'));
  var current = null;

  function visible(li) { return li.offsetParent !== null || window.matchMedia('print').matches; }
  function byNumber(n) { return document.getElementById('finding-' + n); }
  function marksOf(n) { return document.querySelectorAll('mark[data-findings~="' + n + '"]'); }

  function clear() {
    Array.prototype.forEach.call(document.querySelectorAll('.active, .active-primary'), function (el) {
      el.classList.remove('active'); el.classList.remove('active-primary');
    });
    current = null;
  }

  function scrollIntoViewIfNeeded(el, container) {
    if (!el) return;
    var r = el.getBoundingClientRect();
    if (container) {
      var c = container.getBoundingClientRect();
      if (r.top < c.top || r.bottom > c.bottom) {
        container.scrollTop += r.top - c.top - 40;
      }
      return;
    }
    if (r.top < 0 || r.bottom > window.innerHeight) {
      el.scrollIntoView({block: 'center'});
    }
  }

  function activate(n, opts) {
    opts = opts || {};
    var li = byNumber(n);
    if (!li) return;
    clear();
    current = String(n);
    li.classList.add('active');
    var first = null;
    Array.prototype.forEach.call(marksOf(n), function (m) {
      m.classList.add('active');
      if ((' ' + m.getAttribute('data-primary') + ' ').indexOf(' ' + n + ' ') >= 0) {
        m.classList.add('active-primary');
        if (!first) first = m;
      }
    });
    if (!opts.noHash) {
      try { history.replaceState(null, '', '#finding-' + n); } catch (e) { /* file: URLs in some browsers */ }
    }
    if (!opts.fromMark) scrollIntoViewIfNeeded(first || marksOf(n)[0]);
    scrollIntoViewIfNeeded(li, li.closest('.fc-findings'));
    if (opts.focus) li.focus({preventScroll: true});
  }

  function step(delta) {
    var shown = findings.filter(visible);
    if (!shown.length) return;
    var i = -1;
    for (var k = 0; k < shown.length; k++) {
      if (shown[k].getAttribute('data-finding') === current) { i = k; break; }
    }
    var next = i < 0 ? (delta > 0 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, i + delta));
    activate(shown[next].getAttribute('data-finding'), {focus: true});
  }

  findings.forEach(function (li) {
    li.addEventListener('click', function (ev) {
      if (ev.target.closest('a')) ev.preventDefault();
      activate(li.getAttribute('data-finding'));
    });
    li.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); activate(li.getAttribute('data-finding')); }
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('mark.fc-mark'), function (m) {
    m.addEventListener('click', function () {
      var list = (m.getAttribute('data-findings') || '').split(' ').filter(function (x) {
        var li = byNumber(x); return li && visible(li);
      });
      if (!list.length) return;
      var at = list.indexOf(current);
      activate(list[at < 0 ? 0 : (at + 1) % list.length], {fromMark: true});
    });
  });

  document.addEventListener('keydown', function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    var t = ev.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
    if (ev.key === 'j') { ev.preventDefault(); step(1); }
    else if (ev.key === 'k') { ev.preventDefault(); step(-1); }
    else if (ev.key === 'Escape') { clear(); try { history.replaceState(null, '', location.pathname + location.search); } catch (e) {} }
  });

  function fromHash() {
    var m = /^#finding-(\d+)$/.exec(location.hash);
    if (m) activate(m[1], {noHash: true});
  }
  window.addEventListener('hashchange', fromHash);

  var toggle = document.getElementById('fc-show-info');
  if (toggle) {
    toggle.addEventListener('change', function () {
      document.body.classList.toggle('fc-hide-info', !toggle.checked);
    });
  }
  fromHash();
})();
"""

"""A copy of the Word draft with a margin comment on each finding
(``--format docx -o checked.docx``).

The input ``.docx`` is only read: python-docx loads it into memory and the
annotated copy is returned as bytes for the CLI to write to ``-o``.  Each
finding becomes a comment by "figcheck" anchored on exactly the figure:
the runs around it are split at the figure's first and last character
(formatting is kept, as every piece is a copy of the original run).  The
comment says the rule, the severity, the message, and the arithmetic and
tolerance when there are any.

Findings carry offsets into the text that was checked, in which a Word
document's paragraphs stand one after another separated by line breaks
(``"\\n\\n"`` in the checked text, ``"\\n"`` in the reported source).  The
body's paragraphs (those the Word reader takes: no tables, headers or
notes) are found in that text in order, with only white space between
one and the next, so either separator works and empty paragraphs may be
left out.  A finding that cannot be placed (its text is not in any
paragraph) is listed in one comment on the first paragraph that has text,
so nothing is silently lost.
"""
from __future__ import annotations

import copy
import io
from dataclasses import dataclass
from typing import Iterator, Sequence

from ..model import Finding, Severity
from . import FileResult, ReportRun

AUTHOR = "figcheck"
INITIALS = "fc"
LABELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "verified"}


class DocxReportError(Exception):
    """The Word report cannot be made; the message is one line."""


def _load_docx():
    try:
        import docx
    except ImportError:  # pragma: no cover - a declared dependency
        raise DocxReportError(
            "--format docx needs python-docx >= 1.2 (pip install 'python-docx>=1.2')"
        ) from None
    if not hasattr(docx.document.Document, "add_comment"):  # pragma: no cover
        raise DocxReportError("--format docx needs python-docx >= 1.2 for comments")
    return docx


# -- paragraphs and runs ----------------------------------------------------------


def iter_paragraphs(document) -> Iterator:
    """The body's paragraphs in order, as the Word reader takes them
    (:mod:`checker.formats.docx`: tables, headers and notes are not read)."""
    return iter(document.paragraphs)


def _as_read(text: str) -> str:
    """A paragraph's text as the reader reports it: line breaks inside
    the paragraph become spaces (same length)."""
    return text.replace("\r", " ").replace("\n", " ").replace("\v", " ")


@dataclass
class Placed:
    paragraph: object  # docx.text.paragraph.Paragraph
    start: int  # offset of the paragraph's first character in the checked text
    lead: int  # characters of the paragraph's own text before that (stripped space)
    length: int


def place_paragraphs(paragraphs: Sequence, text: str) -> list[Placed]:
    """Find each paragraph's text in ``text``, in order.

    Between two paragraphs there may be only white space (the separators
    the reader put there); a paragraph that is not found right after the
    previous one is left out, so one missing paragraph cannot shift the
    others onto wrong places.
    """
    placed: list[Placed] = []
    cursor = 0
    for p in paragraphs:
        raw = _as_read(p.text)
        body = raw.strip()
        if not body:
            continue
        lead = len(raw) - len(raw.lstrip())
        at = text.find(body, cursor)
        if at < 0 or text[cursor:at].strip():
            continue
        placed.append(Placed(p, at, lead, len(body)))
        cursor = at + len(body)
    return placed


def _inner_runs(paragraph) -> list:
    from docx.text.hyperlink import Hyperlink

    runs = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            runs.extend(item.runs)
        else:
            runs.append(item)
    return runs


_SPLITTABLE = {"rPr", "t", "tab", "br", "cr", "noBreakHyphen", "ptab", "lastRenderedPageBreak"}


def _splittable(run) -> bool:
    from docx.oxml.ns import qn

    for child in run._r:
        tag = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if tag not in _SPLITTABLE:
            return False
        if tag == "br" and child.get(qn("w:type")) not in (None, "textWrapping"):
            return False
    return True


def _split(run, k: int):
    """Cut ``run`` after its ``k``-th character; return the new second run."""
    from docx.text.run import Run

    text = run.text
    new_r = copy.deepcopy(run._r)
    run._r.addnext(new_r)
    second = Run(new_r, run._parent)
    run.text = text[:k]
    second.text = text[k:]
    return second


def anchor_runs(paragraph, start: int, end: int) -> list:
    """The runs covering ``[start, end)`` of the paragraph's text, split so
    that they cover exactly that span where possible."""
    runs = _inner_runs(paragraph)
    if not runs:
        return []
    if "".join(r.text for r in runs) != paragraph.text:  # fields or other content: whole runs only
        split_ok = False
    else:
        split_ok = True
    # cut at start, then at end
    for cut in (start, end):
        if not split_ok:
            break
        pos = 0
        for r in list(_inner_runs(paragraph)):
            n = len(r.text)
            if pos < cut < pos + n and _splittable(r):
                _split(r, cut - pos)
                break
            pos += n
    chosen = []
    pos = 0
    for r in _inner_runs(paragraph):
        n = len(r.text)
        if n and pos < end and start < pos + n:
            chosen.append(r)
        pos += n
    return chosen


# -- comments ---------------------------------------------------------------------


def comment_lines(finding: Finding) -> list[str]:
    lines = [f"{finding.rule} {finding.name} ({LABELS.get(finding.severity, str(finding.severity))})",
             finding.message.strip()]
    if finding.arithmetic:
        lines.append(f"Arithmetic: {finding.arithmetic}")
    if finding.tolerance:
        lines.append(f"Tolerance: {finding.tolerance}")
    if finding.related:
        lines.append("Related: " + ", ".join(f"'{' '.join(r.text.split())}'" for r in finding.related))
    return [" ".join(line.split()) for line in lines]


def _add_comment(document, runs: list, lines: list[str]) -> None:
    comment = document.add_comment(runs, text=lines[0], author=AUTHOR, initials=INITIALS)
    for line in lines[1:]:
        comment.add_paragraph(line)


def annotate(document, text: str, findings: Sequence[Finding]) -> tuple[int, int]:
    """Add a comment per finding; return ``(placed, unplaced)`` counts."""
    placed = place_paragraphs(list(iter_paragraphs(document)), text)
    starts = [p.start for p in placed]
    unplaced: list[Finding] = []
    done = 0
    from bisect import bisect_right

    for f in findings:
        i = bisect_right(starts, f.start) - 1
        if i < 0 or f.start >= placed[i].start + placed[i].length:
            unplaced.append(f)
            continue
        p = placed[i]
        s = f.start - p.start + p.lead
        e = min(f.end, p.start + p.length) - p.start + p.lead
        runs = anchor_runs(p.paragraph, s, max(e, s + 1))
        if not runs:
            unplaced.append(f)
            continue
        _add_comment(document, runs, comment_lines(f))
        done += 1
    if unplaced:
        first = next((pl for pl in placed if _inner_runs(pl.paragraph)), None)
        if first is not None:
            runs = _inner_runs(first.paragraph)
            lines = [f"figcheck: {len(unplaced)} finding(s) could not be placed on their figure"]
            for f in unplaced:
                lines.extend(comment_lines(f))
            _add_comment(document, [runs[0], runs[-1]], lines)
    return done, len(unplaced)


def annotated_copy(source: str | io.BytesIO, text: str, findings: Sequence[Finding]) -> bytes:
    """The bytes of a copy of ``source`` with the comments added."""
    docx = _load_docx()
    try:
        if isinstance(source, str):
            with open(source, "rb") as fh:
                data = fh.read()
        else:
            data = source.getvalue()
        document = docx.Document(io.BytesIO(data))
    except OSError as exc:
        raise DocxReportError(f"cannot read the Word file: {exc.strerror or exc}") from None
    except Exception as exc:
        raise DocxReportError(f"not a Word document python-docx can open: {type(exc).__name__}") from None
    annotate(document, text, findings)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def render(run: ReportRun) -> bytes:
    files = [f for f in run.files if f.error is None and f.text is not None]
    if len(run.files) != 1 or len(files) != 1:
        raise DocxReportError("--format docx annotates exactly one Word file that could be read")
    f: FileResult = files[0]
    if not f.source or not f.source.lower().endswith(".docx"):
        raise DocxReportError(f"--format docx needs a .docx input; got {f.path!r}")
    return annotated_copy(f.source, f.text, f.findings)

"""Draft formats: plain text, Markdown, HTML and Word, read into one shape.

Every reader returns a :class:`Draft`:

``source``
    the text that positions are reported in.  For plain text, Markdown and
    HTML it is the decoded file exactly as it is, so ``line:col`` in the
    output points into the original file.  A Word document has no text
    file, so its ``source`` is the paragraphs one per line: line = paragraph
    number, column = character in the paragraph.
``text``
    the text the pipeline checks.  Markdown keeps the source's length: markup
    characters, code, link destinations and front matter are blanked to
    spaces (newlines kept), so its offsets are the source's.  HTML is the
    article text extracted from the markup, blocks separated by blank lines;
    Word is the paragraphs joined with ``"\\n\\n"``.  In both, an
    :class:`OffsetMap` takes text offsets back to source offsets.
``published``
    a publication date found in the file's metadata (Markdown front matter,
    HTML ``<meta>``), or ``None``.
``directives``
    the ``<!-- figcheck: ... -->`` suppression comments, at text offsets
    (see :mod:`checker.suppress`).

The format comes from the file name's extension (:func:`format_for`);
``--stdin-filename`` gives stdin a name, and so a format.
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from ..suppress import Directive

PLAIN = "plain"
MARKDOWN = "markdown"
HTML = "html"
DOCX = "docx"

EXTENSIONS: dict[str, str] = {
    ".txt": PLAIN, ".text": PLAIN,
    ".md": MARKDOWN, ".markdown": MARKDOWN,
    ".html": HTML, ".htm": HTML,
    ".docx": DOCX,
}


def format_for(name: str | None) -> str:
    """The draft format for a file name; plain text when the extension is
    not a known one (a file named explicitly is always read)."""
    lower = (name or "").lower()
    for ext, fmt in EXTENSIONS.items():
        if lower.endswith(ext):
            return fmt
    return PLAIN


class OffsetMap:
    """Text offsets to source offsets, piecewise.

    A chunk ``(t, s, tlen, slen)`` says that ``text[t:t+tlen]`` came from
    ``source[s:s+slen]``: character for character when the lengths agree,
    as one replacement otherwise (an entity, a run of white space).  Text
    outside every chunk (separators the reader inserted) maps to the
    nearest source position.
    """

    __slots__ = ("chunks", "_starts", "source_length")

    def __init__(self, chunks: Iterable[tuple[int, int, int, int]], source_length: int) -> None:
        self.chunks = sorted(chunks)
        self._starts = [c[0] for c in self.chunks]
        self.source_length = source_length

    def _chunk(self, t: int) -> int:
        """Index of the last chunk starting at or before ``t`` (-1 if none)."""
        return bisect_right(self._starts, t) - 1

    def start(self, t: int) -> int:
        """Source offset of the text character at ``t``."""
        i = self._chunk(t)
        if i >= 0:
            t0, s0, tlen, slen = self.chunks[i]
            if t < t0 + tlen:
                return s0 + (t - t0) if tlen == slen else s0
        # in a gap: the next chunk's start
        if i + 1 < len(self.chunks):
            return self.chunks[i + 1][1]
        return self.source_length

    def end(self, t_end: int) -> int:
        """Source offset just past the text character before ``t_end``."""
        if t_end <= 0:
            return self.start(0) if self.chunks else 0
        t = t_end - 1
        i = self._chunk(t)
        if i < 0:
            return self.start(0)
        t0, s0, tlen, slen = self.chunks[i]
        if t < t0 + tlen:
            return s0 + (t - t0) + 1 if tlen == slen else s0 + slen
        return s0 + slen  # in the gap after chunk i

    def span(self, start: int, end: int) -> tuple[int, int]:
        s = self.start(start)
        e = self.end(end) if end > start else s
        return s, max(s, e)


class TextBuilder:
    """Builds a checked text and its :class:`OffsetMap` piece by piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.chunks: list[tuple[int, int, int, int]] = []

    def copy(self, piece: str, source_start: int, source_length: int | None = None) -> None:
        """Append ``piece``, which came from ``source[source_start:...]``."""
        if not piece:
            return
        slen = len(piece) if source_length is None else source_length
        self.chunks.append((self.length, source_start, len(piece), slen))
        self.parts.append(piece)
        self.length += len(piece)

    def insert(self, piece: str) -> None:
        """Append text that stands for nothing in the source (separators)."""
        self.parts.append(piece)
        self.length += len(piece)

    def tail(self, n: int = 2) -> str:
        out = ""
        for part in reversed(self.parts):
            out = part + out
            if len(out) >= n:
                break
        return out[-n:]

    def build(self, source_length: int) -> tuple[str, OffsetMap]:
        return "".join(self.parts), OffsetMap(self.chunks, source_length)


@dataclass(frozen=True)
class Draft:
    """One draft, ready to check; see the module docstring."""

    source: str
    text: str
    format: str = PLAIN
    published: _dt.date | None = None
    offsets: OffsetMap | None = None  # None: text offsets are source offsets
    directives: tuple["Directive", ...] = field(default_factory=tuple)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        return self.offsets.span(start, end)


# --------------------------------------------------------------------------
# shared helpers

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: str) -> _dt.date | None:
    """The first ISO date (YYYY-MM-DD) in ``value``, or ``None``."""
    m = _ISO_DATE.search(value or "")
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def blank(text: str) -> str:
    """``text`` with every character but line breaks replaced by a space."""
    return re.sub(r"[^\r\n]", " ", text)


def read(data: bytes, name: str | None = None, fmt: str | None = None) -> Draft:
    """Parse a file's bytes as a draft of ``fmt`` (default: from ``name``).

    Raises :class:`checker.inputs.InputError` for bytes that cannot be read
    in that format.
    """
    fmt = fmt or format_for(name)
    if fmt == DOCX:
        from . import docx

        return docx.read(data)
    from ..inputs import decode

    text = decode(data)
    if fmt == MARKDOWN:
        from . import markdown

        return markdown.parse(text)
    if fmt == HTML:
        from . import html

        return html.parse(text)
    from . import plain

    return plain.parse(text)


def parse_text(text: str, fmt: str = PLAIN) -> Draft:
    """Parse an already decoded text (not for Word documents)."""
    if fmt == MARKDOWN:
        from . import markdown

        return markdown.parse(text)
    if fmt == HTML:
        from . import html

        return html.parse(text)
    if fmt == DOCX:
        raise ValueError("a Word document is bytes: use read()")
    from . import plain

    return plain.parse(text)


# --------------------------------------------------------------------------
# checking


def check_draft(
    draft: Draft,
    settings=None,
    published: _dt.date | str | None = None,
    path: str | None = None,
) -> list:
    """Check a draft; findings come back at ``draft.source`` offsets.

    ``settings`` (a :class:`checker.config.Settings`, or just a list of
    rule classes) chooses the rules, their severities and the hedge
    tolerances; suppression comments are
    applied (unused ones reported as FC001).  ``published`` (the command
    line's) wins over the date in the file's metadata.
    """
    from dataclasses import replace

    from .. import api, suppress
    from ..config import Settings, known_selector
    from ..model import Related

    explicit_rules = None
    if settings is not None and not isinstance(settings, Settings):
        explicit_rules = list(settings)  # a list of rule classes, as api.check_text takes
        settings = None
    settings = settings or Settings()
    if isinstance(published, str):
        published = _dt.date.fromisoformat(published)
    published = published or draft.published
    rules = settings.rules() if explicit_rules is None else explicit_rules
    doc = None
    if settings.tolerances == settings.__class__().tolerances:
        # the library's entry point, unless tolerances must be applied
        # between parsing and the rules
        findings = api.check_text(draft.text, published, path=path, rules=rules)
    else:
        doc = settings.apply_tolerances(api.analyse(draft.text, published, path))
        findings = api.check_document(doc, rules)
    if draft.directives:
        doc = doc or api.analyse(draft.text, published, path)
        kept, meta = suppress.apply(findings, draft.directives, doc, enabled=settings.enabled,
                                    known=known_selector)
    else:
        kept, meta = list(findings), []

    out = []
    for f in kept:
        start, end = draft.to_source(f.start, f.end)
        related = tuple(Related(*draft.to_source(r.start, r.end), r.text) for r in f.related)
        out.append(settings.adjust_severity(replace(f, start=start, end=end, related=related)))
    for f, d in meta:
        start, end = d.source_span or draft.to_source(d.start, d.end)
        out.append(settings.adjust_severity(replace(f, start=start, end=end)))
    return api.sort_findings(out)


def assert_consistent(text: str, published: _dt.date | str | None = None, *, fmt: str = PLAIN,
                      settings=None, fail_level: str | None = None) -> None:
    """Raise ``AssertionError`` listing the findings at or above the fail
    level (``error`` unless ``fail_level="warning"`` or the settings say
    otherwise), one concise line each; return quietly when there are none.

    For tests of generated copy::

        from checker import assert_consistent
        assert_consistent(render_story(data), published="2016-09-30")
    """
    from ..config import Settings
    from ..model import Severity
    from ..reporters.text import format_file

    settings = settings or Settings()
    level = Severity.parse(fail_level) if fail_level else getattr(settings, "fail_level", Severity.ERROR)
    draft = parse_text(text, fmt)
    failing = [f for f in check_draft(draft, settings, published) if f.severity >= level]
    if failing:
        lines = format_file("<text>", draft.source, failing, concise=True, color=False)
        raise AssertionError(f"figcheck found {len(failing)} problem(s):\n" + "\n".join(lines))


__all__ = [
    "check_draft", "assert_consistent",
    "PLAIN", "MARKDOWN", "HTML", "DOCX", "EXTENSIONS", "Draft", "OffsetMap", "TextBuilder",
    "format_for", "read", "parse_text", "parse_date", "blank",
]

"""Word (.docx): the body's paragraphs, read with python-docx.

The checked text is the paragraphs joined with ``"\\n\\n"`` (each
paragraph is one paragraph for the segmenter).  A Word file has no lines,
so positions are reported as ``line = paragraph number`` (counting every
paragraph of the body from 1, empty ones included) and ``column =
character in the paragraph``: the report's source text is the paragraphs
one per line, with a line break inside a paragraph (Shift+Enter) shown as
a space.  Tables, headers, footers, footnotes, text boxes and Word's own
comments are not read.  A paragraph that is exactly a
``<!-- figcheck: ... -->`` comment is a suppression (see
:mod:`checker.suppress`).

No publication date is read from the file: Word's "created" and
"modified" dates say when the file was made, not when the story ran
(pass ``--published``, or let the dateline be found in the text).
"""
from __future__ import annotations

import io
import zipfile

from ..suppress import Directive, find_line_comments
from . import DOCX, Draft, TextBuilder


def paragraphs(data: bytes) -> list[str]:
    """The body's paragraph texts, or :class:`InputError`."""
    from ..inputs import InputError

    try:
        import docx  # python-docx
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError("reading Word files needs python-docx (pip install python-docx)") from None
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError("not a Word document (.docx is a zip package; this file is not one)")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # PackageNotFoundError, KeyError, XML errors
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise InputError(f"not a readable Word document: {reason}") from None
    return [p.text for p in document.paragraphs]


def read(data: bytes) -> Draft:
    return from_paragraphs(paragraphs(data))


def from_paragraphs(texts: list[str]) -> Draft:
    lines = [t.replace("\r\n", " ").replace("\r", " ").replace("\n", " ").replace("\v", " ") for t in texts]
    source = "\n".join(lines)
    builder = TextBuilder()
    directives: list[Directive] = []
    source_pos = 0
    first = True
    for line in lines:
        if line.strip():
            if not first:
                builder.insert("\n\n")
            first = False
            found = find_line_comments(line)
            if found and found[0].start == len(line) - len(line.lstrip()) and found[0].end == len(line.rstrip()):
                d = found[0]
                t = builder.length
                directives.append(Directive(d.action, d.codes, t, t, d.raw, d.error,
                                            source_span=(source_pos + d.start, source_pos + d.end)))
                builder.copy(" " * len(line), source_pos)
            else:
                builder.copy(line, source_pos)
        source_pos += len(line) + 1
    text, offsets = builder.build(len(source))
    return Draft(source=source, text=text, format=DOCX, offsets=offsets, directives=tuple(directives))

"""Reading drafts from disk or stdin, safely.

Everything here only reads: files are opened in binary mode, never written.
The text handed on is the decoded file exactly as it is (a leading byte
order mark is the only thing removed), so every offset a rule reports
refers to that text; ``\\r\\n`` line endings are kept.

Collecting inputs
    ``collect(args)`` turns the command-line paths into a list of
    :class:`Input` items.  Folders are walked recursively in sorted order;
    only files with a checkable extension are taken from a folder, and
    hidden files and folders (names starting with ``.``) are skipped.  A
    file named explicitly is always read, whatever its extension.

Reading
    ``read_draft(item)`` returns a :class:`checker.formats.Draft` -- the
    text to check, the source text that positions refer to, and the offset
    map between them -- or raises :class:`InputError` with a one-line
    reason.  The format comes from the file's extension (for stdin, from
    ``--stdin-filename``): plain text, Markdown, HTML or Word; see
    :mod:`checker.formats`.  ``read_input(item)`` returns just the source
    text.  ``check_input(item, settings, published)`` reads and checks one
    input and returns the source text with its findings.
"""
from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable

TEXT_EXTENSIONS = (".txt", ".md", ".markdown", ".text")
HTML_EXTENSIONS = (".html", ".htm")
DOCX_EXTENSIONS = (".docx",)
CHECKABLE_EXTENSIONS = TEXT_EXTENSIONS + HTML_EXTENSIONS + DOCX_EXTENSIONS

STDIN = "-"
BINARY_SNIFF_BYTES = 8192


class InputError(Exception):
    """A file that cannot be checked; ``str(error)`` is a one-line reason."""


@dataclass(frozen=True)
class Input:
    """One thing to check.

    ``path`` is the file system path (or ``"-"`` for stdin), ``display`` the
    name used in reports.  ``error`` is set when the path could not even be
    collected (missing, empty folder); such items are reported, not read.
    """

    path: str
    display: str
    error: str | None = None

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


# --------------------------------------------------------------------------
# collecting paths


def is_checkable(name: str) -> bool:
    return name.lower().endswith(CHECKABLE_EXTENSIONS)


def walk(folder: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Checkable files below ``folder`` in path order, and the folders
    that could not be read, as ``(path, reason)`` pairs."""
    files: list[str] = []
    errors: list[tuple[str, str]] = []

    def onerror(exc: OSError) -> None:
        errors.append((exc.filename or folder, f"cannot read folder: {exc.strerror or exc}"))

    for root, dirs, names in os.walk(folder, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or not is_checkable(name):
                continue
            full = os.path.join(root, name)
            if os.path.isfile(full):
                files.append(full)
    # sorted as paths, component by component: a/x.txt, b/y.txt, c.txt
    files.sort(key=lambda f: f.split(os.sep))
    return files, errors


def collect(paths: Iterable[str], stdin_filename: str | None = None) -> list[Input]:
    """Expand command-line paths into inputs, in the order given.

    A path that is given twice (or reached twice through folders) is
    checked once.
    """
    out: list[Input] = []
    seen: set[str] = set()
    real_dirs: dict[str, str] = {}

    def real(path: str) -> str:
        # the folder's real path once per folder; a file that is itself a link resolved on its own
        if os.path.islink(path):
            return os.path.realpath(path)
        folder, name = os.path.split(path)
        if folder not in real_dirs:
            real_dirs[folder] = os.path.realpath(folder or os.curdir)
        return os.path.join(real_dirs[folder], name)

    def add(item: Input) -> None:
        key = item.path if item.is_stdin or item.error else real(item.path)
        if item.error is None and key in seen:
            return
        seen.add(key)
        out.append(item)

    for path in paths:
        if path == STDIN:
            add(Input(STDIN, stdin_filename or "<stdin>"))
        elif os.path.isdir(path):
            files, errors = walk(path)
            for where, reason in errors:
                add(Input(where, where, error=reason))
            if not files and not errors:
                exts = " ".join(CHECKABLE_EXTENSIONS)
                add(Input(path, path, error=f"no checkable files in folder (looked for {exts})"))
            for f in files:
                add(Input(f, f))
        elif os.path.exists(path):
            add(Input(path, path))
        elif os.path.lexists(path):
            add(Input(path, path, error="broken symbolic link"))
        else:
            add(Input(path, path, error="no such file or folder"))
    return out


# --------------------------------------------------------------------------
# decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes) -> str:
    """Decode a file's bytes to text, or raise :class:`InputError`.

    UTF-8 is expected.  A byte order mark (UTF-8, UTF-16 or UTF-32) is
    honoured and removed.  Without one, a NUL byte in the first 8 KB means
    the file is binary.  Invalid UTF-8 is reported with its byte offset
    and line.  The check is linear in the size of the file.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return body.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"invalid {encoding.upper().replace('-LE', '').replace('-BE', '')} "
                    f"at byte {exc.start + len(bom)}"
                ) from None
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start:exc.start + 1].hex()
        raise InputError(
            f"invalid UTF-8 at byte {exc.start} (line {line}, byte 0x{bad}); "
            "save the file as UTF-8"
        ) from None


# --------------------------------------------------------------------------
# readers, one per format


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except IsADirectoryError:
        raise InputError("is a folder") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def read_text(path: str) -> str:
    """Plain text and Markdown: the decoded file as it is."""
    return decode(_read_bytes(path))


def read_html(path: str) -> str:
    """HTML: the file's text, markup included (the article text is taken
    out of it by :func:`read_draft`)."""
    return decode(_read_bytes(path))


def read_docx(path: str) -> str:
    """Word: the body's paragraphs, one per line."""
    from .formats import docx

    return docx.read(_read_bytes(path)).source


def read_stream(stream: BinaryIO) -> str:
    return decode(stream.read())


def reader_for(name: str) -> Callable[[str], str]:
    lower = name.lower()
    if lower.endswith(HTML_EXTENSIONS):
        return read_html
    if lower.endswith(DOCX_EXTENSIONS):
        return read_docx
    return read_text


def read_input(item: Input, stdin: BinaryIO | None = None) -> str:
    """The source text of one input, or :class:`InputError`."""
    return read_draft(item, stdin).source


def read_draft(item: Input, stdin: BinaryIO | None = None):
    """One input as a :class:`checker.formats.Draft`, or :class:`InputError`.

    The format is chosen by the file's extension; stdin takes it from its
    display name (``--stdin-filename``), plain text without one.
    """
    from . import formats

    if item.error is not None:
        raise InputError(item.error)
    if item.is_stdin:
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            data = stream.read()
        except OSError as exc:
            raise InputError(f"cannot read stdin: {exc.strerror or exc}") from None
        return formats.read(data, item.display)
    return formats.read(_read_bytes(item.path), item.path)


def check_input(item: Input, settings=None, published=None, stdin: BinaryIO | None = None):
    """Read and check one input: ``(source text, findings)``, findings at
    source offsets.  Raises :class:`InputError` for an unreadable input."""
    from .formats import check_draft

    draft = read_draft(item, stdin)
    return draft.source, check_draft(draft, settings, published, path=item.display)

"""Markdown: the file's text with everything but prose blanked out.

markdown-it-py (CommonMark, plus tables and strikethrough) parses the
file; the text of every inline run it finds is kept at its place in the
file, and every other character -- heading and list markers, emphasis,
block quote marks, code blocks and inline code, link and image
destinations, autolinks, raw HTML, link reference definitions, front
matter -- becomes a space.  Line breaks are kept, so the checked text has
the file's length and its offsets, lines and columns are the file's.

Front matter (``---`` YAML or ``+++`` TOML at the top of the file) is read
for the publication date: the first of ``published``, ``publishDate``,
``pubDate``, ``publish_date``, ``date_published``, ``date`` that holds an
ISO date.
"""
from __future__ import annotations

import datetime as _dt
import re

from ..suppress import Directive, find_comments, parse_comment
from . import MARKDOWN, Draft, blank, parse_date

_PARSER = None

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n(.*?)^(?:\1|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
_DATE_KEYS = ("published", "publishdate", "pubdate", "publish_date", "published_at", "date_published", "date")
_KEY_VALUE = re.compile(r"^[ \t]*([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*\r?$", re.MULTILINE)
_WINDOW = 12  # how far ahead a character of decoded text is looked for


def _parser():
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt

        _PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return _PARSER


def front_matter(source: str) -> tuple[int, _dt.date | None]:
    """Length of the front matter block (0 if none) and its date."""
    m = _FRONT_MATTER.match(source)
    if not m:
        return 0, None
    values = {k.lower(): v for k, v in _KEY_VALUE.findall(m.group(2))}
    for key in _DATE_KEYS:
        if key in values:
            date = parse_date(values[key])
            if date is not None:
                return m.end(), date
    return m.end(), None


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n", text):
        starts.append(m.end())
    starts.append(len(text))
    return starts


def _closing_bracket(src: str, i: int, limit: int) -> int:
    """Index of the ``]`` closing the ``[`` at ``i`` (or -1)."""
    depth = 0
    j = i
    while j < limit:
        ch = src[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return -1


def _skip_link_tail(src: str, i: int, limit: int) -> int:
    """From the ``]`` that ends a link's text at ``i``, the offset after the
    destination: ``(url "title")``, ``[ref]`` or nothing."""
    if i < 0 or i >= limit or src[i] != "]":
        return i
    j = i + 1
    if j < limit and src[j] == "(":
        depth = 0
        while j < limit:
            ch = src[j]
            if ch == "\\":
                j += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        return limit
    if j < limit and src[j] == "[":
        close = src.find("]", j, limit)
        return close + 1 if close >= 0 else j
    return j


class _Blanker:
    def __init__(self, source: str) -> None:
        self.src = source
        self.keep = bytearray(len(source))
        self.directives: list[Directive] = []
        self.cursor = 0

    def keep_text(self, content: str, limit: int) -> None:
        if not content:
            return
        src = self.src
        p = src.find(content, self.cursor, limit)
        if p >= 0:
            self.keep[p:p + len(content)] = b"\x01" * len(content)
            self.cursor = p + len(content)
            return
        # Entities and backslash escapes were decoded: align character by
        # character, keeping the source characters that match.
        for ch in content:
            q = src.find(ch, self.cursor, min(limit, self.cursor + _WINDOW))
            if q >= 0:
                self.keep[q] = 1
                self.cursor = q + 1

    def skip_past(self, needle: str, limit: int) -> int:
        p = self.src.find(needle, self.cursor, limit) if needle else -1
        if p >= 0:
            self.cursor = p + len(needle)
        return p

    def inline(self, token, region_start: int, limit: int) -> None:
        src = self.src
        self.cursor = max(self.cursor, region_start)
        in_autolink = False
        for child in token.children or ():
            kind = child.type
            if kind == "text":
                if not in_autolink:
                    self.keep_text(child.content, limit)
            elif kind == "code_inline":
                p = self.skip_past(child.markup, limit)
                if p >= 0:
                    self.skip_past(child.markup, limit)
            elif kind == "html_inline":
                p = self.skip_past(child.content, limit)
                if p >= 0 and child.content.startswith("<!--"):
                    d = parse_comment(child.content[4:-3], p, p + len(child.content))
                    if d is not None:
                        self.directives.append(d)
            elif kind == "link_open":
                in_autolink = child.markup == "autolink"
            elif kind == "link_close":
                if in_autolink:
                    self.skip_past(">", limit)
                    in_autolink = False
                else:
                    close = src.find("]", self.cursor, limit)
                    if close >= 0:
                        self.cursor = _skip_link_tail(src, close, limit)
            elif kind == "image":
                p = src.find("![", self.cursor, limit)
                if p >= 0:
                    close = _closing_bracket(src, p + 1, limit)
                    if close >= 0:
                        self.cursor = _skip_link_tail(src, close, limit)

    def text(self) -> str:
        src = self.src
        keep = self.keep
        return "".join(ch if keep[i] or ch in "\r\n" else " " for i, ch in enumerate(src))


def parse(source: str) -> Draft:
    fm_len, published = front_matter(source)
    body = blank(source[:fm_len]) + source[fm_len:]
    tokens = _parser().parse(body)
    starts = _line_starts(body)
    blanker = _Blanker(body)
    for token in tokens:
        if token.map is None:
            continue
        lo = starts[min(token.map[0], len(starts) - 1)]
        hi = starts[min(token.map[1], len(starts) - 1)]
        if token.type == "inline":
            blanker.inline(token, lo, hi)
        elif token.type == "html_block":
            blanker.directives.extend(find_comments(body[lo:hi], lo))
    return Draft(
        source=source,
        text=blanker.text(),
        format=MARKDOWN,
        published=published,
        directives=tuple(sorted(blanker.directives, key=lambda d: d.start)),
    )

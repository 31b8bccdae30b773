"""Offsets to lines and columns, for reporters only.

Offsets are Python string indices into the decoded text.  Lines and columns
are 1-based; columns count characters (code points), not bytes, so "é" or
"—" is one column wide whatever its UTF-8 length.  A line ends at ``\\n``,
``\\r\\n`` or a lone ``\\r`` (as editors do); the line-ending characters are
not part of the line's text.
"""
from __future__ import annotations

import re
from bisect import bisect_right

_NEWLINE = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Maps offsets in one text to ``(line, column)`` pairs in O(log n)."""

    __slots__ = ("text", "starts", "_ends")

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        ends = []
        for m in _NEWLINE.finditer(text):
            ends.append(m.start())
            starts.append(m.end())
        ends.append(len(text))
        self.starts = starts
        self._ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """1-based line number containing ``offset`` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        return bisect_right(self.starts, offset)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` of the character at ``offset``.

        ``offset == len(text)`` is allowed (the position just past the end).
        """
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def end_position(self, start: int, end: int) -> tuple[int, int]:
        """Position of the last character of ``[start, end)`` (inclusive);
        for an empty span, the position of ``start``."""
        return self.position(end - 1 if end > start else start)

    def line_start(self, line: int) -> int:
        return self.starts[line - 1]

    def line_end(self, line: int) -> int:
        """Offset where ``line``'s text ends (before its line break)."""
        return self._ends[line - 1]

    def line_text(self, line: int) -> str:
        return self.text[self.starts[line - 1]:self._ends[line - 1]]

"""Plain text: checked as it is.

The only thing taken out is a ``<!-- figcheck: ... -->`` comment standing
on a line of its own, which is blanked to spaces (so offsets, lines and
columns stay those of the file).
"""
from __future__ import annotations

from ..suppress import find_line_comments
from . import PLAIN, Draft, blank


def parse(source: str) -> Draft:
    directives = find_line_comments(source)
    if not directives:
        return Draft(source=source, text=source, format=PLAIN)
    parts = []
    pos = 0
    for d in directives:
        parts.append(source[pos:d.start])
        parts.append(blank(source[d.start:d.end]))
        pos = d.end
    parts.append(source[pos:])
    return Draft(source=source, text="".join(parts), format=PLAIN, directives=tuple(directives))

"""A fast scanner built from the grammar's own terminal definitions.

Lark's basic lexer decides, for every plain word, whether it is one of the
grammar's keywords by running a regular expression over it; on news text
that is most of the time spent.  This scanner takes the same terminals from
the loaded grammar (``Lark.terminals``), in Lark's own order of precedence,
compiles them into one pattern for ``re.finditer``, and resolves keywords
with a dictionary.  The vocabulary therefore still lives only in
``grammars/*.lark``.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from lark import Token

from .grammar import mention_parser

_FALLBACKS = ("WORD", "PUNCT")


class Tok(NamedTuple):
    type: str
    value: str
    start: int
    end: int

    def token(self) -> Token:
        return Token(self.type, self.value, start_pos=self.start, end_pos=self.end)


class Scanner:
    def __init__(self, terminals, ignore: tuple[str, ...]):
        by_name = {t.name: t for t in terminals}
        fallbacks = [by_name[name] for name in _FALLBACKS]
        self.exact: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        scanners = []
        for term in terminals:
            if term.name in ignore:
                continue
            pattern = term.pattern
            if pattern.type == "str" and term.name not in _FALLBACKS:
                host = next((f for f in fallbacks if f.priority == term.priority
                             and re.fullmatch(f.pattern.to_regexp(), pattern.value)), None)
                if host is not None:
                    if "i" in pattern.flags:
                        self.folded.setdefault(pattern.value.lower(), str(term.name))
                    else:
                        self.exact.setdefault(pattern.value, str(term.name))
                    continue
            scanners.append(term)
        scanners.sort(key=lambda t: (-t.priority, -t.pattern.max_width, -len(t.pattern.value), t.name))
        # plain str names: Lark's terminal names are Token objects, whose
        # __eq__ is a Python function -- slow in ``type in first_set`` tests
        self.names = [str(t.name) for t in scanners]
        # A leading \s* lets one finditer step skip the whitespace before a
        # token instead of failing every alternative at each blank; the
        # token is the matched group's span.  (No terminal starts with
        # whitespace: the grammar %ignores it.)
        self.regex = re.compile(r"\s*(?:" + "|".join(f"({t.pattern.to_regexp()})" for t in scanners) + ")")

    def scan(self, text: str) -> list[Tok]:
        names = self.names
        exact = self.exact
        folded = self.folded
        out = []
        append = out.append
        new = tuple.__new__
        for m in self.regex.finditer(text):
            group = m.lastindex
            name = names[group - 1]
            start, end = m.span(group)
            value = text[start:end]
            if name == "WORD" or name == "PUNCT":
                name = exact.get(value) or folded.get(value.lower(), name)
            append(new(Tok, (name, value, start, end)))
        return out


@functools.lru_cache(maxsize=None)
def scanner() -> Scanner:
    lark = mention_parser()
    # whitespace is the grammar's only %ignore; finditer skips it by itself
    ignore = tuple(t.name for t in lark.terminals if re.fullmatch(t.pattern.to_regexp(), " \n"))
    return Scanner(lark.terminals, ignore)

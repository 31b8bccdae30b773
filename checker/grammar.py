"""Load the numeric-language grammar once and expose its lexer and parser.

The grammar files live in ``grammars/`` at the top of the repository and
ship inside the installed package as ``checker.grammars``.
"""
from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from lark import Lark

from .transform import MentionTransformer


def grammar_dir() -> Path:
    """The source tree's ``grammars/`` when this package runs from a checkout
    (so each checkout or worktree parses with its own grammar, whatever an
    editable install points at), else the copy installed with the package."""
    beside = Path(__file__).resolve().parent.parent / "grammars"
    if (beside / "mention.lark").is_file():
        return beside
    try:
        path = Path(str(resources.files("checker.grammars")))
        if (path / "mention.lark").is_file():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parent.parent / "grammars"


@functools.lru_cache(maxsize=None)
def mention_parser(strict: bool = False) -> Lark:
    """The LALR parser for one mention; ``lexicon`` is a second start so the
    lexer also knows plain words and punctuation."""
    path = grammar_dir() / "mention.lark"
    return Lark(
        path.read_text(encoding="utf-8"),
        parser="lalr",
        lexer="basic",
        start=["start", "lexicon"],
        transformer=None if strict else MentionTransformer(),
        import_paths=[str(path.parent)],
        source_path=str(path),
        strict=strict,
        cache=not strict,
    )

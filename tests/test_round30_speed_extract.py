"""Round 30, speed of the extraction stage: the terminals the scanner tries after WORD (the ones that open with a
digit or a dot) stand behind one look-ahead of their first characters, so a punctuation mark skips them in one
test.  The tokens must stay exactly the unguarded pattern's (and so Lark's: tests/test_lexer.py)."""
from __future__ import annotations

import random
import re

import pytest

from checker.lexer import _FALLBACKS, _NEVER_ANCHORS, _guard, scanner


def test_guard_of_characters_only_is_unchanged():
    first = frozenset({("chr", "a", False), ("chr", "-", False), ("chr", "o", True)})
    assert _guard(first) == r"(?=[\-a]|(?i:[o]))"


def test_guard_takes_the_parts_of_a_plain_character_set():
    first = frozenset({("set", False, frozenset({r"\d"})), ("chr", ".", False)})
    guard = re.compile(_guard(first))
    assert guard.match("7") and guard.match(".5") and guard.match("٣")  # \d as the terminal reads it
    assert not guard.match(",") and not guard.match("x") and not guard.match(" ")


def test_terminals_after_word_stand_behind_one_guard():
    scan = scanner()
    k = scan.names.index("WORD")
    guarded = [n for n in scan.names[k + 1:] if n not in (*_FALLBACKS, *_NEVER_ANCHORS)]
    assert guarded and "DIGITS" in guarded  # the digit terminals lie between WORD and the fallbacks
    tail = scan._from_word[0].pattern
    assert "|(?=[" in tail  # the guard opens the group right after WORD's alternative


_PIECES = """3 12,400 1,2345 0.75 .5 .x 40th 21st 3rd 1990s 80's '90s 12:45 1:02:03 27:41.08 4/5/2004 1.2.1999 07.30
    , . ; : - – / ( ) % £ $ € ½ 3½ x _ a.m. word 5ft 10km 2020-21 3-1 1st-place 45s ١٢ ٣""".split()


@pytest.mark.parametrize("seed", range(6))
def test_guarded_pattern_matches_as_the_unguarded_one(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(_PIECES) + rng.choice(["", " ", " ", "\n"]) for _ in range(500))
    scan = scanner()
    tail = scan._from_word[0]
    unguarded = re.compile(re.sub(r"\|\(\?=\[[^\]]*\]\|\(\?i:\[[^\]]*\]\)\)\(\?:", "|(?:", tail.pattern, count=1))
    assert unguarded.pattern != tail.pattern
    assert [(m.lastindex, m.span()) for m in tail.finditer(text)] == \
        [(m.lastindex, m.span()) for m in unguarded.finditer(text)]

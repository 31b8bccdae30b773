"""The fast scanner (checker/lexer.py) must lex exactly as Lark does, and
the anchor vocabulary must be what every mention contains."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from checker.extract import MAX_MENTION_TOKENS, _longest_parse, lex
from checker.grammar import mention_parser
from checker.lexer import anchor_terminals, scanner

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"

# words and marks that exercise the keyword table, the regex terminals and
# their look-arounds; mixed at random with plain words and odd spacing
_PIECES = """about nearly 3 12,400 1,2345 0.75 .5 40th 1990s 80's 12:45 7pm a.m. p.m ½ 3½ £ $ € % per cent
    pct mln bn M m k km ft feet 5ft10 C F °C degrees sq square forty-two one-third two-halves twenty
    thousand hundreds tens of a an the to or and between - – — ‑ / ( ) , . ; : ' ’ " May may March
    Mon Monday Sun sun year-old aged years old times twice fold three-fold doubled halved first second
    quarter half third fifths dozen dozens mph kph stone lbs kg p pence dlrs yen _x x_ m² 10km 5k
    walrus lamppost don't o'clock week's 2020-21 3-1 30-40% 1st-place İn K 3rdly 45s""".split()
_SPACES = [" ", " ", " ", "", "\n", "  ", "\t", "\n\n"]


def _generated(seed: int, n: int = 400) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_PIECES) + rng.choice(_SPACES) for _ in range(n))


def _lark_tokens(text: str):
    return [(str(t.type), str(t), t.start_pos, t.end_pos) for t in mention_parser().lex(text)]


def _fast_tokens(text: str):
    return [(t.type, t.value, t.start, t.end) for t in scanner().scan(text)]


@pytest.mark.parametrize("seed", range(8))
def test_scanner_matches_lark_on_generated_text(seed):
    text = _generated(seed)
    assert _fast_tokens(text) == _lark_tokens(text)


def test_no_token_contains_whitespace():
    # extraction relies on it: a sentence boundary never splits a token
    for seed in range(4):
        assert not any(any(ch.isspace() for ch in tok.value) for tok in scanner().scan(_generated(seed)))


def test_anchor_vocabulary_comes_from_the_grammar():
    anchors = anchor_terminals()
    assert {"DIGITS", "ONE", "MILLION", "HALF", "TWICE"} <= anchors
    assert not anchors & {"A", "AN", "ABOUT", "TO", "OF", "WORD", "PUNCT", "PERCENT_SIGN"}


@pytest.mark.parametrize("seed", range(8))
def test_every_parse_holds_an_anchor(seed):
    # the extractor skips attempts with no anchor close ahead; check the
    # premise on every position of random text, anchors or not
    tokens = lex(_generated(seed, 250))
    anchors = anchor_terminals()
    for i in range(len(tokens)):
        parsed, end = _longest_parse(tokens, i, len(tokens))
        if parsed is not None:
            assert end - i <= MAX_MENTION_TOKENS
            assert any(tok.type in anchors for tok in tokens[i:end]), tokens[i:end]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_scanner_matches_lark_on_the_corpus():
    files = sorted(CORPUS.glob("*/*.txt"))[::7]  # a sample keeps the test quick
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert _fast_tokens(text) == _lark_tokens(text), path.name


def _holds_anchor(text: str) -> bool:
    anchors = anchor_terminals()
    return any(tok.type in anchors for tok in scanner().scan(text))


@pytest.mark.parametrize("seed", range(8))
def test_anchor_prefilter_never_skips_an_anchor(seed):
    # the extractor leaves unlexed every sentence that ``may_hold_anchor``
    # rejects: it may say yes too often, never no where an anchor is
    rng = random.Random(seed)
    text = _generated(seed, 600)
    scan = scanner()
    for _ in range(300):
        lo = rng.randrange(len(text))
        hi = min(len(text), lo + rng.randrange(1, 40))
        piece = text[lo:hi]
        if _holds_anchor(piece):
            assert scan.may_hold_anchor(text, lo, hi), piece


@pytest.mark.parametrize("piece, expected", [
    ("The council met again.", False),
    ("The council met on Friday.", True),
    ("Three-quarters agreed.", True),
    ("Costs rose ½ a point.", True),
    ("It was a wet, grey afternoon.", False),
    ("Turnout was \u0130N the NINETIES.", True),  # a folded non-ASCII letter: lexed to be safe
])
def test_anchor_prefilter_examples(piece, expected):
    assert scanner().may_hold_anchor(piece, 0, len(piece)) is expected
    if not expected:
        assert not _holds_anchor(piece)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_anchor_prefilter_on_the_corpus():
    from checker.segment import segment

    scan = scanner()
    for path in sorted(CORPUS.glob("*/*.txt"))[::11]:
        text = path.read_text(encoding="utf-8")
        for s in segment(text):
            if not scan.may_hold_anchor(text, s.start, s.end):
                assert not _holds_anchor(text[s.start:s.end]), (path.name, text[s.start:s.end])


@pytest.mark.parametrize("regexp,expected", [
    (r"\d+(?:st|nd)", {("set", False, frozenset({r"\d"}))}),
    (r"(?:\d{2})?x", {("set", False, frozenset({r"\d"})), ("chr", "x", False)}),
    (r"(?i:one|two)-", {("chr", "o", True), ("chr", "t", True)}),
    (r"(?<![A-Za-z])[ap]m", {("chr", "a", False), ("chr", "p", False)}),
    (r"x?", None),  # may match empty
])
def test_first_characters_of_a_terminal(regexp, expected):
    from checker.lexer import _first_chars
    assert _first_chars(regexp) == (None if expected is None else frozenset(expected))


def test_terminals_that_cannot_start_a_word_are_tried_after_it():
    names = scanner().names
    assert names.index("WORD") < names.index("DIGITS")
    assert names.index("VULGAR") < names.index("WORD")  # "½" is a word character too
    assert names[-2:] == ["PUNCT", "OTHER"]

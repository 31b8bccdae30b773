"""Round 24, speed of extraction: a new parse replays its window's program (``extract._replayed``) instead of
walking the LALR tables; it must give what the table walk (``extract._parse_window``) gives, window for window."""
import glob
import json

import pytest

from checker import extract as X
from checker.lexer import scanner
from checker.segment import segment

TEXTS = [
    "Sales rose 12% to £4.5m in 2024, up from 3.2 million a year earlier.",
    "About 1,234 people, or 40 per cent, came; between 10 and 20 million dollars was raised.",
    "The 3-1 win on 28 December 2023 drew some 45,000 fans, almost a third of them children.",
    "He was jailed for two and a half years and fined $2.1-billion (C$2.8bn) on March 5.",
    "Prices fell 0.5 percentage points to 3.75 per cent, the lowest since the 1990s.",
    "One in five adults, aged 18 to 24, works more than 40 hours a week at 7.30pm shifts.",
    "It climbed 8,849m (29,032ft), a 14-under 274 round and a 6-4 6-3 victory.",
]


def _labelled_texts(limit=300):
    out = []
    for path in sorted(glob.glob("tests/labelled/own-a*.jsonl"))[:3]:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    out.append(json.loads(line)["text"])
                if len(out) >= limit:
                    return out
    return out


def _windows(text):
    scan = scanner()
    first = X._first_set()
    for sent in segment(text):
        tokens = scan.scan_tuples(text, sent.start, sent.end)
        for i, tok in enumerate(tokens):
            if tok[0] in first:
                yield tokens, i, min(len(tokens), i + X.MAX_MENTION_TOKENS)


@pytest.mark.parametrize("text", TEXTS + _labelled_texts())
def test_replayed_parse_is_the_table_walks(text):
    tables = X._tables()
    for tokens, i, limit in _windows(text):
        reach = X._reach(tables, tokens, i, limit)
        replayed = X._replayed(tables, tokens, i, reach)
        if replayed is None:
            continue  # _parse_window decides there, as before
        walked, end = X._parse_window(tables, tokens, i, limit)
        assert (replayed, reach) == (walked, end), tokens[i:reach]


def test_replay_covers_the_common_shapes():
    tables = X._tables()
    text = "Sales rose 12% to £4.5m, about 3.2 million dollars."
    replayed = [X._replayed(tables, tokens, i, X._reach(tables, tokens, i, limit))
                for tokens, i, limit in _windows(text)]
    assert sum(p is not None for p in replayed) >= 3

"""Round 22 (speed): the scan from WORD on gives the full pattern's tokens; equal needs are one Need."""
from __future__ import annotations

import pytest

from checker.lexer import _word_like_first, scanner
from checker.relate import _DECLARED

TRICKY = [
    "It rose two-and-a-half times, by one-third, to twenty-one at 9am on Monday's count.",
    "The 3.30p.m. train cost USD 40, or US$52 (A$80), and R40m was paid; ½ of it -and a half more.",
    "Among them: am, AM., pm5, a.m. and p.m. -- amid the Sunderland fans and Monitor readers.",
    "R2,500 was paid; Rs 300; R2D2 went; S$4, C$3, HK$10 and NZ$2bn. One-half and Ninety-nine.",
    "and a half; And-a-half; -AND A HALF; ANDREW; fifty-fifty; twenty-firsts; Tuesday’s list.",
    # letters the case-blind terminals fold to ASCII (review of round 22)
    "thİrty-one, ſix-thirds and fİve-thirds of the staff; İ and ſ alone.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_scan_from_word_gives_the_full_patterns_tokens(text):
    sc = scanner()
    assert sc._from_word is not None, "the terminals before WORD changed: update lexer._BEFORE_WORD"
    split = sc.scan_tuples(text)
    keep = sc._from_word
    try:
        sc._from_word = None
        full = sc.scan_tuples(text)
    finally:
        sc._from_word = keep
    assert split == full


@pytest.mark.parametrize("text", TRICKY)
def test_word_like_first_never_rules_out_a_match(text):
    """Wherever a terminal tried before WORD matches, the token the shorter pattern makes there is flagged."""
    sc = scanner()
    tail, _, _, full, before_word, _ = sc._from_word
    for at in range(len(text)):
        hit = full.match(text, at)
        if hit is None or hit.lastindex > before_word or hit.start() != at or text[at].isspace():
            continue
        m = tail.match(text, at)
        value = m[m.lastindex]
        follow = _word_like_first(value)
        assert follow is not False, (text[at:at + 12], value)
        assert follow is None or text[m.end():m.end() + 1] in follow, (text[at:at + 12], value)


def test_equal_needs_are_one_need():
    seen = {}
    for _, declared in _DECLARED:
        for need in declared:
            key = (need.kinds, need.count, need.compound, need.words, need.or_words)
            assert seen.setdefault(key, need) is need


def test_a_word_folded_to_ascii_is_no_crash():
    """"thİrty-one" matches the case-blind word terminal but has no value: no figure, no exception."""
    from checker.api import analyse
    doc = analyse("thİrty-one people came, and ſix-thirds of the 90 staff.", None)
    assert [m.text for m in doc.mentions] == ["90"]

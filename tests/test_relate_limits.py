"""A table or a dump of numbers is not prose: its figures never relate."""
from __future__ import annotations

from checker import check_text
from checker.relate import MAX_FIGURES_PER_SENTENCE


def test_a_sentence_with_too_many_figures_relates_nothing():
    items = ", ".join(f"{n} in ward {chr(65 + n % 26)}" for n in range(10, 10 + MAX_FIGURES_PER_SENTENCE))
    text = f"Of the 90 cases, {items}."
    assert check_text(text) == []


def test_the_sentences_beside_it_still_relate():
    dump = " ".join(str(n) for n in range(1000, 1000 + 3 * MAX_FIGURES_PER_SENTENCE))
    text = f"Of the 50 pupils, 30 were boys and 30 were girls.\n\n{dump}\n"
    assert [(f.rule, text[f.start:f.end]) for f in check_text(text) if f.is_problem] == [("FC101", "50")]

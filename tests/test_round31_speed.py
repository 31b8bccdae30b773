"""Round 31 (speed): the look-ups that replaced whole-document scans give exactly what the scans gave.

``Document.mentions_within(lo, hi)`` and ``context.in_sentences(ms, lo, hi)`` stand for
``[m for m in ms if lo <= m.sentence < hi]``: the mentions of a window of sentences, in text order.
"""
from dataclasses import replace

import pytest

from checker.api import analyse
from checker.relate.context import in_sentences, quantities

TEXT = ("Storm leaves 3,400 homes without power\n\n"
        "Engineers restored supplies to 2,150 homes by Tuesday night, the company said. "
        "No figure was given for the rest. "
        "About 1,250 homes, or 37%, were still cut off on Wednesday, down from 4,100 at the peak. "
        "Crews from 12 depots worked through the night. "
        "The firm paid £45 to each of the 300 households that lost power for more than 48 hours.")


def _scan(mentions, lo, hi):
    return [m for m in mentions if lo <= m.sentence < hi]


def _windows(doc):
    n = len(doc.sentences)
    return [(lo, hi) for lo in range(-3, n + 2) for hi in range(-1, n + 3)]


def test_the_text_has_figures_in_several_sentences():
    doc = analyse(TEXT)
    assert len({m.sentence for m in doc.mentions}) >= 4
    assert any(not doc.mentions_in(s.index) for s in doc.sentences)  # a sentence without a figure inside the windows


def test_mentions_within_is_the_scan_of_every_window():
    doc = analyse(TEXT)
    for lo, hi in _windows(doc):
        got = doc.mentions_within(lo, hi)
        assert isinstance(got, tuple)
        assert list(got) == _scan(doc.mentions, lo, hi), (lo, hi)


def test_mentions_within_keeps_text_order_and_identity():
    doc = analyse(TEXT)
    got = doc.mentions_within(1, 4)
    assert [m.start for m in got] == sorted(m.start for m in got)
    assert all(any(m is o for o in doc.mentions) for m in got)
    assert doc.mentions_within(0, len(doc.sentences)) == doc.mentions


def test_mentions_within_an_empty_or_backward_window_is_empty():
    doc = analyse(TEXT)
    assert doc.mentions_within(3, 3) == ()
    assert doc.mentions_within(4, 2) == ()
    assert analyse("No figures here at all.").mentions_within(0, 5) == ()


def test_mentions_within_mentions_out_of_order_still_scans():
    doc = analyse(TEXT)
    shuffled = replace(doc, mentions=tuple(reversed(doc.mentions)))
    for lo, hi in _windows(shuffled):
        assert list(shuffled.mentions_within(lo, hi)) == _scan(shuffled.mentions, lo, hi)


def test_mentions_within_reads_a_filtered_document():
    doc = analyse(TEXT)
    kept = replace(doc, mentions=tuple(m for m in doc.mentions if m.sentence != 3))
    for lo, hi in _windows(kept):
        assert list(kept.mentions_within(lo, hi)) == _scan(kept.mentions, lo, hi)


@pytest.mark.parametrize("kinds", [(), ("COUNT",), ("MONEY", "PERCENT")])
def test_in_sentences_is_the_scan_of_a_list_drawn_from_the_document(kinds):
    from checker.model import Kind

    doc = analyse(TEXT)
    drawn = quantities(doc, *(Kind[k] for k in kinds))
    for lo, hi in _windows(doc):
        assert list(in_sentences(drawn, lo, hi)) == _scan(drawn, lo, hi), (kinds, lo, hi)

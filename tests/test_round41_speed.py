"""Round 41, speed: the changes that made the check faster find what they found before.

* ``sums.find_two_outcome_record`` declares what it needs (three counts, "lost" or "losing") and counts a
  sentence's figures before it runs its two case-blind patterns over the sentence (they ran over every sentence of
  every document: a tenth of all relating time on the corpus).
* ``restated_quantities._surname_shared`` reads the first names before a surname off one scan of the document's
  capitalised words instead of a scan of the whole text per surname (which grew with the square of a long
  archive file's length: 2.7 of 18 s on a 10 MB file).
"""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from checker.api import analyse
from checker.model import Document
from checker.relate.restated_quantities import _surname_shared
from checker.relate.sums import find_two_outcome_record
from tests.shapes import assert_trigger_met, assert_trigger_unmet

_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "The"}


def _surname_shared_by_regex(text: str, surname: str) -> bool:
    """The reading before round 41, kept as the reference."""
    firsts = {hit.group(1) for hit in re.finditer(r"\b([A-Z][a-z'’-]+)\s+" + re.escape(surname) + r"\b", text)}
    return len(firsts - _TITLES) > 1


_PIECES = ["Hale", "Peter", "Ruth", "Mr", "hale", "Hales", "O’Hale", "Ab-Cd", "Cd", "the", ",", ".", "Hale_",
           "Halé", "Ann-", "Hale's", "Jo'", "McHale", "Ó", "2", "Ruth-Ann", "H", "Ha"]
_BLANKS = ["", " ", "  ", "\n", ", ", "\u00a0"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_BLANKS)), min_size=1, max_size=14),
       st.sampled_from(["Hale", "O’Hale", "Hale's", "Cd", "Ann-", "H", "Ó"]))
def test_surname_shared_reads_as_the_regex_did(pieces, surname):
    text = "".join(word + blank for word, blank in pieces)
    assert _surname_shared(Document(text=text), surname) == _surname_shared_by_regex(text, surname)


def test_surname_shared_examples():
    assert _surname_shared(Document(text="Margaret Hale wrote it. Her son Peter Hale said so."), "Hale")
    assert not _surname_shared(Document(text="Margaret Hale wrote it. Mrs Hale said so."), "Hale")
    # the matches do not overlap: "Anne Hale Hale" gives Anne only, as the regex did
    assert not _surname_shared(Document(text="Anne Hale Hale came."), "Hale")


def test_two_outcome_record_still_found_behind_its_needs():
    assert_trigger_met(find_two_outcome_record, "Rovers won 11 and lost eight of their 18 league games this season.")
    assert_trigger_met(find_two_outcome_record, "The Canadian played 26 matches on grass, winning 19 and losing nine.")


def test_two_outcome_record_skipped_without_a_loss_word():
    assert_trigger_unmet(find_two_outcome_record, "Rovers won 11 and drew eight of their 18 league games this season.")


def test_two_outcome_record_reads_only_sentences_with_three_counts():
    text = "Rovers won 11 and lost eight. They played 18 league games this season."
    assert list(find_two_outcome_record(analyse(text))) == []


def test_instruction_count_says_nothing_measured_without_a_corpus(tmp_path, capsys):
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "bench" / "instructions.py"
    spec = importlib.util.spec_from_file_location("bench_instructions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--shared", str(tmp_path)]) == 0
    assert "nothing measured" in capsys.readouterr().out

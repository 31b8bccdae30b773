"""Round 16 (rep2), transpositions: a figure restated with two digits swapped a few sentences on, when a figure of
its kind stands between under another qualifier: the restatement's qualifier ("hybrid") is named in the first
figure's sentence and not in the sentence between, so the figure between is no other thing it may restate.
(``checker.relate.transpositions._qualified_as_first``, in ``_apart``.)  Each flagged row has a clean twin."""
from __future__ import annotations

import pytest

from shapes import assert_clean, assert_flagged

FIRST = "Hybrid cars accounted for 58,400 of its sales in the year, the carmaker said on Tuesday."
BETWEEN = "Its best-selling model, the Corsa estate, found 31,200 buyers."
QUOTE = "\"People want lower running costs. They are not waiting for charging points,\" sales chief Anna Moss said."
LATER = "Moss said the {x} hybrid cars sold{tail} showed that demand was holding up."

TAILS = {
    "bare": ("", "", ""),
    "attribution_after": ("", "", ", the company said,"),
    "period": ("", "", " in the year"),
    "dash": ("", "", " - a record -"),
    "brackets": ("", "", " (most of them in Europe)"),
    "trailing_clause": ("", "", ""),
    "more_between": ("The group employs 12,500 people. ", "", ""),
    "quote_between": ("", QUOTE + " ", ""),
}


def _text(variant: str, figure: str) -> str:
    before, quote, tail = TAILS[variant]
    later = LATER.format(x=figure, tail=tail)
    if variant == "trailing_clause":
        later = later[:-1] + ", a view investors share."
    return (f"{FIRST} {before}{BETWEEN}\n\n{quote}{later}\n\n"
            "The carmaker will report its results on Friday.\n")


@pytest.mark.parametrize("variant", sorted(TAILS))
def test_qualified_slip_flagged(variant):
    assert_flagged(_text(variant, "85,400"), "85,400", "FC4")


@pytest.mark.parametrize("variant", sorted(TAILS))
def test_qualified_slip_clean(variant):
    assert_clean(_text(variant, "58,400"))


def test_between_figure_with_the_qualifier_stays_a_rival():
    # the figure between names the qualifier too: the later figure may restate it, not the first
    text = _text("bare", "85,400").replace("Its best-selling model, the Corsa estate, found 31,200 buyers.",
                                           "Its hybrid cars in Spain found 81,200 buyers.")
    assert_clean(text)

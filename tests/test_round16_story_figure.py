"""Round 16 (rep2), restatements: the story's figure, given in the headline and again in the lead, restated far
down the body with a slip of the keyboard (two digits swapped, one digit changed).

Three cores: a bare definite sum ("most of the $26 million"), a sum given as known ("With £14.1bn under
management, ..."), and a long figure under the headline's own noun ("Passing 2.46 million TEU ...").  Each
runs through the phrases real copy adds (an attribution, a trailing clause, a dash, brackets, a quote, more
paragraphs of other figures of the kind between); every flagged row has a clean twin with the figure right.
(``checker.relate.transpositions.find_story_figure_slips``)"""
from __future__ import annotations

import pytest

from shapes import assert_clean, assert_flagged

_FILLER_MONEY = (
    "The round was led by Corrib Partners, which put in $20 million, with earlier backers also taking part. "
    "Tarn has now raised $95 million since it was set up in 2019, after a $9 million seed round and a "
    "$24 million first round.\n\n"
    "Tarn's robots move shelves around warehouses for retailers and parcel firms. Chief executive Ruth Dale, "
    "41, said annual sales had doubled to $14 million.\n\n"
)
_FILLER_FUND = (
    "The fund has 230,000 members across 410 employers. It paid £610 million in pensions during the year and "
    "its investments returned 6.2%.\n\n"
    "About 44% of the money is in shares, 25% in bonds and 12% in property. The fund sold £1.1 billion of "
    "shares in oil and gas companies and put £400 million into solar farms.\n\n"
)
_FILLER_PORT = (
    "Bulk cargo rose 2.1% to 31.6 million tonnes. The number of ship calls fell to 3,950 from 4,080 as "
    "vessels grew larger.\n\n"
    "Transhipment made up a third of the box traffic, or about 0.9 million TEU. The biggest ship to call, "
    "the 21,400 TEU Orla Maersk, arrived in May.\n\n"
)

_FILLER_PUPILS = (
    "The price of a paid lunch will rise to £2.90 from £2.60 in September. About 310 families applied in the "
    "last month alone.\n\n"
    "The borough has 41 primary schools and 9 secondary schools. Nearly 1,900 more pupils may be eligible but "
    "have not applied.\n\n"
)

CORES = {
    # (headline, lead, filler, later sentence with {x} and {tail}, right figure, slipped figure)
    "definite_bare": (
        "Glasgow robotics firm Tarn raises $62 million",
        "GLASGOW, March 4 - Tarn, a maker of warehouse robots, has raised $62 million in a second funding "
        "round, the company said on Tuesday.",
        _FILLER_MONEY,
        "Tarn will spend most of the {x} on an office in Boston and on hiring engineers{tail}.",
        "$62 million", "$26 million"),
    "given_with": (
        "Harbour pension fund grows to £14.7bn",
        "The Harbour Pension Fund, which pays the pensions of council staff in south Wales, said on Monday that "
        "its assets rose to £14.7 billion in the year to March 31 from £13.9 billion.",
        _FILLER_FUND,
        "With {x} under management, Harbour is the fifth-largest council fund in Britain{tail}.",
        "£14.7bn", "£14.1bn"),
    "same_noun": (
        "Port of Selby handles record 2.64 million TEU",
        "SELBY, England, Jan 9 - The Port of Selby handled a record 2.64 million TEU of containers last year, "
        "up 4.8% from 2.52 million, the port company said on Thursday.",
        _FILLER_PORT,
        "\"Passing {x} TEU puts Selby among the busiest ports on the North Sea{tail},\" chief executive "
        "Mark Ibbot said.",
        "2.64 million", "2.46 million"),
    "people_noun": (
        "Free lunches reach 4,260 pupils in Carnforth",
        "A record 4,260 pupils in Carnforth now get free school lunches, council figures show.",
        _FILLER_PUPILS,
        "\"The {x} children now eating with us is good news{tail},\" councillor Amy Rook said.",
        "4,260", "4,620"),
}
TAILS = {
    "bare": ("", ""),
    "attribution": ("", ", a spokeswoman said"),
    "trailing_clause": ("", ", which pleased its owners"),
    "dash": ("", " - a goal it set five years ago"),
    "brackets": ("", " (its own figures show)"),
    "far": ("Staff numbers are set to grow by a fifth. Analysts welcomed the results.\n\n"
            "Shares in rival firms were little changed on the day.\n\n", ""),
}


def _text(core: str, tail: str, figure: str) -> str:
    head, lead, filler, later, _, _ = CORES[core]
    extra, after = TAILS[tail]
    return f"{head}\n\n{lead}\n\n{filler}{extra}{later.format(x=figure, tail=after)}\n\nThe company is due to report again in June.\n"


ROWS = [(core, tail) for core in CORES for tail in TAILS]


@pytest.mark.parametrize("core,tail", ROWS)
def test_story_figure_slip_flagged(core, tail):
    slipped = CORES[core][5]
    assert_flagged(_text(core, tail, slipped), slipped, "FC4")


@pytest.mark.parametrize("core,tail", ROWS)
def test_story_figure_restated_clean(core, tail):
    assert_clean(_text(core, tail, CORES[core][4]))


def test_aimed_at_figure_is_another():
    # a figure aimed at under the headline's noun is no restatement of it
    text = _text("same_noun", "bare", "2.46 million").replace("Passing", "We aim to pass", 1).replace(
        "puts Selby", "and so put Selby", 1)
    assert_clean(text)


def test_later_value_given_elsewhere_is_left_alone():
    # "the $26 million" may restate the $26 million first round named before it
    text = _text("definite_bare", "bare", "$26 million").replace("a $24 million first round",
                                                                  "a $26 million first round", 1)
    assert_clean(text)


def test_other_things_counted_are_left_alone():
    # "the 1,520 homes" counts other things than the 1,250 people of the headline and lead
    assert_clean("Floods force 1,250 from their homes\n\nAbout 1,250 people were evacuated from their homes in "
                 "Dorvale on Sunday, police said.\n\nRiver levels rose overnight. Crews pumped water from 300 streets. "
                 "Volunteers filled 9,000 sandbags.\n\nThe council said the 1,520 homes damaged would need new wiring.\n")


def test_place_right_after_is_another_reading():
    assert_clean("UK records 40.3C\n\nA temperature of 40.3C was recorded at Coningsby on Tuesday, the Met Office "
                 "said.\n\nRails buckled and schools closed. Forecasters warned of fires. Many stayed indoors.\n\n"
                 "The 40.8C at Heathrow was later withdrawn.\n")

"""Round 16, share splits (checker/relate/percents.py): a list ending on the rest ("and the remaining 15%")
whose first share closes the sentence before ("Harbour Wind owns 60% of the scheme. A Dutch bank holds 25%,
and the remaining 15% belongs to a local trust").  The run alone is no longer the whole (its 40% is no
contradiction); with the share before it, it is (inferred), so 60 + 25 + 20 = 105 and 60 + 25 + 10 = 95 flag.
Each flagged row has its clean twin: the same words, figures that add up.  (The flagged rows were flagged
before too, wrongly, as the run alone falling short; the clean twins were the false alarms: they fail
before the fix.)"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (template, flag figures, clean figures); {a} opens the list in the sentence before, {b} and {c} close it
SHAPES = {
    "bare": ("Harbour Wind owns {a} of the scheme. A Dutch bank holds {b}, and the remaining {c} belongs to a "
             "local trust."),
    "attribution": ("Harbour Wind owns {a} of the scheme, the firm said. A Dutch bank holds {b}, and the remaining "
                    "{c} belongs to a local trust, filings show."),
    "period": ("In 2024 Harbour Wind owned {a} of the scheme. A Dutch bank held {b}, and the remaining {c} was "
               "held by a local trust."),
    "trailing": ("Harbour Wind owns {a} of the scheme. A Dutch bank holds {b}, and the remaining {c} belongs to a "
                 "local trust, which was set up by three councils in 2019."),
    "dash": ("Harbour Wind owns {a} of the scheme. A Dutch bank holds {b} - and the remaining {c} belongs to a "
             "local trust."),
    "per_cent_words": ("Harbour Wind owns {a} of the scheme. A Dutch bank holds {b}, and the remaining {c} belongs "
                       "to a local trust."),
    "the_other": ("Harbour Wind owns {a} of the scheme. A Dutch bank holds {b}, and the other {c} belongs to a "
                  "local trust."),
    "with_participle": ("Harbour Wind owns {a} of the scheme. A Dutch bank holds {b}, with the remaining {c} held "
                        "by a local trust."),
    "hedged_first": ("Harbour Wind owns just over {a} of the scheme. A Dutch bank holds {b}, and the remaining "
                     "{c} belongs to a local trust."),
}
FIGURES = {  # name: (flag a, b, c), (clean a, b, c)
    "over": (("60%", "25%", "20%"), ("60%", "25%", "15%")),
    "under": (("60%", "25%", "10%"), ("60%", "25%", "15%")),
}


def _fill(template, name, figs):
    a, b, c = figs
    if name == "per_cent_words":
        a, b, c = (x.replace("%", " per cent") for x in (a, b, c))
    return template.format(a=a, b=b, c=c), c


@pytest.mark.parametrize("name", sorted(SHAPES))
@pytest.mark.parametrize("which", sorted(FIGURES))
def test_rest_opened_before_flagged(name, which):
    if name == "hedged_first" and which == "under":
        pytest.skip("'just over 60%' may be 61-66%: 95% is within reach")
    text, target = _fill(SHAPES[name], name, FIGURES[which][0])
    assert_flagged(text, target, "FC202")


@pytest.mark.parametrize("name", sorted(SHAPES))
@pytest.mark.parametrize("which", sorted(FIGURES))
def test_rest_opened_before_clean(name, which):
    text, _ = _fill(SHAPES[name], name, FIGURES[which][1])
    assert_clean(text)


@pytest.mark.parametrize("text", [
    # the run reaches the whole on its own: the share before is of another whole
    "Turnout was 62%. Labour took 55% of the vote, and the remaining 45% went to the Greens.",
    "Sales rose 12% in the year. Exports make up 30% of them, and the remaining 70% are sold at home.",
    # the list ending on the rest alone in its sentence, its first share told before
    "Fjord Capital holds 49% of the venture. The state fund holds 30%, and the remaining 21% is owned by staff.",
])
def test_rest_clean_guards(text):
    assert_clean(text)

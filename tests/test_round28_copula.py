"""Round 28: lower-case things listed after a copula ("The three priorities are housing, transport, schools and
health"), read only when no way of taking an inner "and" as one thing gives the count."""
import pytest

from tests.shapes import assert_clean, assert_flagged


@pytest.mark.parametrize("text, target", [
    ("The three priorities are housing, transport, schools and health.", "three priorities"),
    ("The nine subjects that missed their targets were physics, computing, design and technology, music, "
     "religious education, business studies and art.", "nine subjects"),
    ("Its two weakest areas were maths, reading and spelling, inspectors said.", "two weakest areas"),
    ("The report's five recommendations are training, funding, oversight and recruitment.", "five recommendations"),
    ("The four crops hit hardest by the drought were wheat, barley, oilseed rape, sugar beet and potatoes.",
     "four crops"),
])
def test_copula_list_miscount_is_flagged(text, target):
    assert_flagged(text, target, "FC410")


@pytest.mark.parametrize("text", [
    "The three priorities are housing, transport and health.",
    "The seven subjects that missed their targets were physics, computing, design and technology, music, "
    "religious education, business studies and art.",
    "The eight subjects that missed their targets were physics, computing, design and technology, music, "
    "religious education, business studies and art.",
    "The four rooms were large, bright, airy and warm.",
    "The three rooms were large, bright, airy and warm.",
    "The two options were to wait, to sell or to build.",
    "The three reasons given were cost, time and the weather.",
    "The council's two aims are cutting waste, building homes and fixing roads that need it.",
    "The four winners were Leeds, Hull, York and Bath.",
])
def test_copula_list_matching_or_unclear_is_clean(text):
    assert_clean(text)

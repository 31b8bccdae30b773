"""Round 30 review (percentages): false alarms of the round's new readings, mended by narrowing each reading to
the shape its docstring names.  Every row is consistent news text that must stay silent.

3. "SHARE of BASE, meaning PART NOUN VERB": the part's noun must count the base's things (people of a people's
   whole, homes of a housing stock), and a passive event ("were repossessed") is not the state the share measures
   (shares._opens_its_clause, _names_the_base, _PASSIVE_EVENT).
"""
import pytest

from tests.shapes import assert_clean


MEANING_OTHER_THINGS_CLEAN = [
    "Some 30% of the 1,000 hospital beds are empty, meaning 120 nurses are idle.",
    "About 5% of the 2 million workers are jobless, meaning 40,000 families are on benefits.",
    "The default rate rose to 8% of the 500,000 borrowers, meaning 10,000 loans were written off.",
    "Roughly 15% of the 200,000 pupils are absent each week, meaning 600 schools are below target.",
    "About 20% of the 50,000 households are behind on their rent, meaning 2,000 homes were repossessed last year.",
    "Around 20% of the 50,000 homes on the estate are in arrears, meaning 2,000 homes were repossessed.",
    "Some 9% of the 70,000 residents are over 80, meaning 400 care workers are employed by the council.",
]


@pytest.mark.parametrize("text", MEANING_OTHER_THINGS_CLEAN)
def test_meaning_part_of_other_things_clean(text):
    assert_clean(text, "2025-06-10")

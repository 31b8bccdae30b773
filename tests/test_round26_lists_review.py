"""Round 26, mends after the review of the list readings (rv26-lists-old): shapes of consistent text the round's new
readings took for contradictions, each read in general, with the flag rows those readings were built for.

* one more person after named people (", and a girl of 16", ", and a man who cannot be named") adds to the names: a
  count one above them is no contradiction, whatever stands between the naming verb and "as";
"""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


# --- one more person after the named ones ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The three men, named by Thames Valley Police as Jon Pike and Raj Dutt, and a teenager aged 17, were bailed.",
    "The five accused, identified on Monday as Eve Hart, Kit Moss, Li Wei and Ola Berg, and a woman who cannot be "
    "named for legal reasons, deny the charges.",
    "The three climbers, named by the Coastguard as Sam Hale and Tom Ash, and another man aged 52, were winched off.",
    "The four defendants, named as Ann Lee, Bo Kim and Cy Fox, and a girl of 16, were remanded.",
])
def test_one_more_person_after_names_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text, target", [
    # the names alone against the count, as before
    ("The three firefighters hurt in the blaze have been named by Surrey Fire and Rescue Service as Sam Hale, Jo "
     "Pike, Kit Moss and Li Wei.", "three"),
    ("The four victims were identified Tuesday as Dana Ruiz, 34; Mark Olsen, 51; and Tia Brooks, 19.", "four"),
    ("The two suspects, named by Kent Police as Ann Roe, Bo Lee and Cy Fox, appeared in court.", "two"),
])
def test_named_people_alone_flagged(text, target):
    assert_flagged(text, target, "FC410")

"""Round 56 (restate1): quantities told twice with different values -- the shapes behind the restatement misses of
the labelled sets r55a-d and r56g, told in our own words: each with a text that must be flagged and one that must not,
then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # an animal whose plural is its singular, restated with "the"
    ("Hunters in Finnmark shot about 2,700 elk during the autumn season, the wildlife agency said. Its director said "
     "the 7,200 elk shot this season were fewer than expected.", "FC402",
     "Hunters in Finnmark shot about 2,700 elk during the autumn season, the wildlife agency said. Its director said "
     "the 2,700 elk shot this season were fewer than expected.", None),
    # "all N of the PARTICIPLE NOUN" after a count told, past where its people come from, as done to by the participle
    ("Nine rowers from the Ghent university club were hurt when their van overturned near Lille, police said. The "
     "club said on Tuesday that all 12 of the hurt rowers had gone home.", "FC402",
     "Nine rowers from the Ghent university club were hurt when their van overturned near Lille, police said. The "
     "club said on Tuesday that all nine of the hurt rowers had gone home.", None),
    # the adjective "still" closing a list in a quote tells of no time passed
    ("A record 12,364 swimmers finished the Lakeside Mile on Saturday. Organiser Ana Ruiz said the 12,634 finishers "
     "had found the water \"calm and still\".", "FC40",
     "A record 12,364 swimmers finished the Lakeside Mile on Saturday. Organiser Ana Ruiz said the 12,364 finishers "
     "had found the water \"calm and still\".", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert any(r.startswith(rule) for r in flagged_rules(flagged_text, published)), flagged_rules(flagged_text, published)
    assert not flagged(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # another group's participle, or another noun after it
    ("Nine rowers from the Ghent university club were hurt when their van overturned. All 12 of the hurt passengers "
     "had gone home by Tuesday.", None),
    ("Nine rowers from the Ghent university club were selected for the regatta. All 12 of the hurt rowers had gone "
     "home by Tuesday.", None),
    # "still" as an adverb of time past keeps the two figures apart
    ("A record 12,364 swimmers finished the Lakeside Mile on Saturday. The 12,634 finishers still waiting for "
     "medals were told to queue.", None),
])
def test_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    ("Hunters shot 2,700 elk in the autumn. The 2,900 elk shot this season were fewer than expected.", "FC402", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

"""Round 50: the shapes behind the misses and false alarms of round 49's sealed sets r49a-d and of round 50's open
learning sets, once opened, told in our own words -- each with a text that must be flagged and one that must not,
then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # parts listed together are rounded alike: a round part beside finer ones is read to their precision
    ("Volunteers planted 61,000 trees last winter -- 38,000 birch, 14,500 rowan and 7,500 hazel -- on the moor.",
     "FC101",
     "Volunteers planted 60,000 trees last winter -- 38,000 birch, 14,500 rowan and 7,500 hazel -- on the moor.",
     None),
    # a running total told over a longer gap after the list
    ("The operator said it wired 3,214 homes in Ashby, 1,480 in Coleford and 906 in Dene to its network over the "
     "summer months, taking its total for the period to 5,700.", "FC101",
     "The operator said it wired 3,214 homes in Ashby, 1,480 in Coleford and 906 in Dene to its network over the "
     "summer months, taking its total for the period to 5,600.", None),
    # people brought ashore, then the group's make-up, past a count of boats
    ("Lifeboats landed 212 people at Porth Eynon on Tuesday after reaching two dinghies offshore. The group was made "
     "up of 131 men, 47 women and 24 children.", "FC101",
     "Lifeboats landed 202 people at Porth Eynon on Tuesday after reaching two dinghies offshore. The group was made "
     "up of 131 men, 47 women and 24 children.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert rule in flagged_rules(flagged_text, published)
    assert flagged(agreeing, published) == []


@pytest.mark.parametrize("text, published", [
    # things a household may have both of, told each by its own verb
    ("Of the 64 flats inspected on the Moorside estate, 40 had damp in a bedroom and 31 contained faulty boilers, "
     "the housing officer said.", None),
    # people told by sex beside people told by another trait
    ("Of the 2,300 nurses at the trust, 1,900 are women and 600 are on part-time contracts.", None),
    ("Of the 480 volunteers, 300 were men and 210 were over 60.", None),
    # a list after "out of": read as the figure it adds up to
    ("Nineteen boats completed the race, out of 26 that set off: seven from Cork, eight from Kerry and four from "
     "Clare.", None),
    # people named with their ages and who they are
    ("The two climbers who were rescued -- Owen Hale, 34, a teacher from Bala, and Rhys Pugh, 29, a guide with "
     "ten years' experience -- are recovering in hospital.", None),
])
def test_false_alarms_of_round_49s_sealed_sets_stay_silent(text, published):
    assert flagged(text, published) == []


@pytest.mark.parametrize("text, rule, published", [
    # near misses: the same verb of having for kinds of one thing; a "no" beside a "had"; an auxiliary "have";
    # men beside children; a list that fits neither figure; names described without an age
    ("Of the 1,296 patients seen, 1,050 had a stroke, 190 had a bleed and 80 had a minor attack.", "FC102", None),
    ("Of the 90 households evacuated, 52 had children and 48 had no children.", "FC102", None),
    ("Of the 70 states that signed, 45 have ratified it and 30 have yet to do so.", "FC102", None),
    ("Of the 1,240 people employed at the mill, 860 are women and 410 are men.", "FC101", None),
    ("Of the 1,240 people employed at the mill, 860 are women and 410 are children.", "FC102", None),
    ("Nineteen boats completed the race, out of 26 that set off: seven from Cork, nine from Kerry and four from "
     "Clare.", "FC101", None),
    ("The three firefighters who died -- Ana Ruiz, a volunteer from Lerma, and Tomas Vidal, a forestry "
     "technician -- were buried on Friday.", "FC410", None),
    ("The three firefighters who died -- Ana Ruiz, 27, a volunteer from Lerma, and Tomas Vidal, 41, a forestry "
     "technician with 18 years' service -- were buried on Friday.", "FC410", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

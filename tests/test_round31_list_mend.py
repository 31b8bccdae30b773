"""Round 31 review of the list readings: consistent sentences the round's readings flagged (mend rm31)."""
import pytest

from tests.shapes import assert_clean


# _posts_told: a list shorter than its count, its last name's "as" post followed by a word that may be the verb of a
# clause whose subject the list is ("... and Ian Fox as captain return"): some of them, no list of all.
@pytest.mark.parametrize("text", [
    "The squad has 23 players: Ben Cole at full-back and Ian Fox as captain return.",
    "The board has nine members: Ann Ray for finance and Bo Lee as chair remain.",
    "Thirty riders were entered: Cy Fox on the climbs and Di Kerr as sprinter withdrew.",
])
def test_posts_then_a_verb_are_some_of_them(text):
    assert_clean(text)


# _people_under_headline: someone else told by age or as a suspect after the lead is no proof the lead tells all.
@pytest.mark.parametrize("text", [
    "Three arrested after Leeds warehouse fire\nPolice said a man, 34, and a woman, 29, had been arrested on suspicion "
    "of arson. A 17-year-old was detained on Wednesday.",
    "Three arrested after Leeds warehouse fire\nPolice said a man, 34, and a woman, 29, had been arrested on suspicion "
    "of arson. Jo Fry, 17, was detained on Wednesday.",
])
def test_another_person_by_age_after_the_lead(text):
    assert_clean(text)


# _people_under_headline: a relative held after the lead is someone else.
@pytest.mark.parametrize("text", [
    "Three arrested after Leeds warehouse fire\nPolice said a man, 34, and a woman, 29, had been arrested on suspicion "
    "of arson. Detectives later detained their nephew.",
])
def test_a_relative_after_the_lead(text):
    assert_clean(text)

"""Round 13 (lead, last batch of clean learning articles): five readings that
raised false alarms, each with a twin that is still flagged."""
from __future__ import annotations

from tests.shapes import assert_clean, assert_flagged


def test_step_per_week_beside_a_yearly_change():
    assert_clean("The Band D charge will rise from £1,840.00 to £1,932.00, an increase of 5%, or about £1.77 a week.")
    assert_flagged("The Band D charge will rise from £1,840.00 to £1,932.00, an increase of 9%.", "9%", "FC203")


def test_amount_each_gets_is_no_part_of_the_shared_whole():
    assert_clean("The two finalists each received £4,000, half of the £16,000 purse between them.")
    assert_flagged("The finalist received £4,000, half of the £16,000 purse.", "half", "FC2")


def test_difference_is_no_new_level():
    assert_clean("Card debt was £4.1bn higher than a year earlier, when it stood at £52.3bn, an annual rise of 8%.")


def test_one_after_a_preposition_is_a_pronoun():
    assert_clean("He owed £6,300 on three cards: £3,200 on one, £1,900 on another and £1,200 on a store card.")
    assert_flagged("He owed £6,300 on three cards: £3,200 on one, £1,900 on another and £2,200 on a store card.",
                   "£6,300", "FC10")


def test_total_far_above_its_parts_is_another_count():
    assert_clean("The survey recorded 402 species, including 255 beetles and 147 spiders. In all, 21,870 individual "
                 "insects were caught in 12 traps.")


def test_a_part_added_to_a_list_before_it():
    assert_clean("She added a closing 69 to earlier rounds of 72, 70 and 74 for a 72-hole total of 285.")
    assert_flagged("Her rounds of 72, 70, 74 and 69 gave a total of 295.", "295", "FC10")


def test_a_measure_after_a_preposition_is_no_part():
    assert_clean("A field of 80 players started, and exactly half of them, 40, made the cut after 36 holes.")

"""Round 30, opened never-seen misses: a success rate with its counts after a participle, and a
conversion of a finely stated measure after "about"."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# a rate, then ", hitting|scoring|saving ... PART of BASE": the counts must give the rate
SUCCESS_FLAGS = [
    ("The quarterback completed 81% of his throws, connecting on 19 of 31 passes, as the Jets fell in Denver.", "81%"),
    ("Martinez converted 90% of her penalties this season, scoring 7 of 12 from the spot.", "90%"),
    ("The keeper stopped 75% of shots faced, saving 14 of 25 in the group stage.", "75%"),
    ("The Croatian landed 68% of first serves, hitting 31 of 58 in the opening set.", "68%"),
    ("She sank 45 per cent of her three-pointers on Friday, going 5 of 16 against Seattle.", "45 per cent"),
]
SUCCESS_TWINS = [
    "The quarterback completed 61% of his throws, connecting on 19 of 31 passes, as the Jets fell in Denver.",
    "Martinez converted 58% of her penalties this season, scoring 7 of 12 from the spot.",
    "The keeper stopped 56% of shots faced, saving 14 of 25 in the group stage.",
    "The Croatian landed 53% of first serves, hitting 31 of 58 in the opening set.",
    "She sank 31 per cent of her three-pointers on Friday, going 5 of 16 against Seattle.",
    "Unemployment rose to 8%, making 3 of 5 towns in the valley the worst in the state.",
    "The party won 35% of the vote, winning 40 of 120 seats.",
]


@pytest.mark.parametrize("text,target", SUCCESS_FLAGS)
def test_success_rate_against_its_counts(text, target):
    assert_flagged(text, target, "FC201")


@pytest.mark.parametrize("text", SUCCESS_TWINS)
def test_success_rate_twins(text):
    assert_clean(text)


# "about" before a measure lets a two-digit conversion be rounded loosely, not one stated to three digits
CONVERSION_FLAGS = [
    ("Witnesses described the driver as roughly 5ft 10in (1.68m) with short grey hair.", "1.68m"),
    ("The gunman was around 6ft 1in (1.75m) and wore a green cap.", "1.75m"),
    ("A tunnel some 250 yards (213 metres) long links the two platforms.", "213 metres"),
    ("The cathedral spire rises about 404ft (117m) above the square.", "117m"),
    ("Rescuers found her about 12.5 miles (18.9km) from the trailhead.", "18.9km"),
]
CONVERSION_TWINS = [
    "Witnesses described the driver as roughly 5ft 10in (1.78m) with short grey hair.",
    "The gunman was around 6ft 1in (1.85m) and wore a green cap.",
    "A tunnel some 250 yards (229 metres) long links the two platforms.",
    "The cathedral spire rises about 404ft (123m) above the square.",
    "Rescuers found her about 12.5 miles (20.1km) from the trailhead.",
    "The route runs about 40 miles (66km) along the coast.",
    "The drop from the ledge is about 100ft (30m).",
    "The estate covers about 1,000 acres (405 hectares).",
]


@pytest.mark.parametrize("text,target", CONVERSION_FLAGS)
def test_fine_conversion_after_about(text, target):
    assert_flagged(text, target, "FC601")


@pytest.mark.parametrize("text", CONVERSION_TWINS)
def test_fine_conversion_twins(text):
    assert_clean(text)

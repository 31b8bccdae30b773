"""Round 32 (lead): false alarms found by reviewers, each mended beside a flag twin that must still fire."""
import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN = [
    # numbers of titles and models in a list a count of things opens: names, no parts
    "The shop sold five games on Saturday: FIFA 24, Madden 25, NBA 2K24, Forza 5 and Halo 3, a total of 40 copies.",
    "The library lent out four films: Apollo 13, Ocean's 11, Jaws 2 and Toy Story 4, some 90 loans in all.",
    # one more added to those the headline counts
    "Three arrested after brawl\nPolice said the fight broke out at 11pm on Friday. Officers made one more arrest on "
    "Sunday.",
    "Two boats seized in drugs raid\nBorder officers said the vessels were stopped off Falmouth. A further one was "
    "held at Plymouth.",
    # a group picked out by where its members come from
    "The university has 4,200 international students. The 1,900 overseas students from outside Europe pay higher fees.",
    "The festival drew 3,100 visiting artists. The 700 visiting artists from beyond Scandinavia were given grants.",
]

FLAGGED = [
    # a tally under names falls as it goes, and is summed
    ("Three countries shared the medals: Kenya 5, Ethiopia 4 and Uganda 3, a total of 14.", "14", "FC101"),
    # the headline's count against the lead's count of the same arrests
    ("Four arrested after brawl\nPolice said three men were arrested at 11pm on Friday.", "three", "FC401"),
    # the same students restated with no group picked out
    ("The university has 4,200 international students. The 4,100 international students pay higher fees.",
     "4,100", "FC402"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert_clean(text)


@pytest.mark.parametrize("text,target,rule", FLAGGED)
def test_flagged(text, target, rule):
    assert_flagged(text, target, rule)


# a head-to-head of the two leaders, the rest of the field after "with", and all the papers in the sentence next to it
BALLOTS_FLAGGED = [
    ("Cole polled 1,846 votes to Pike's 1,532, with Rahman on 911 and Hart on 287. Of the 4,301 ballot papers "
     "counted in the ward, 4,276 were valid and 25 were rejected.", "4,301"),
    ("Turnout was 4,901. Cole polled 1,846 votes to Pike's 1,532, with Rahman on 911 and Hart on 287; 25 papers were "
     "rejected.", "4,901"),
    ("Smith won 12,410 votes to Jones's 10,980, with Lee on 2,315 and Park on 640. Of the 26,900 ballots cast, 55 "
     "were spoiled.", "26,900"),
]
BALLOTS_CLEAN = [
    "Cole polled 1,846 votes to Pike's 1,532, with Rahman on 611 and Hart on 287. Of the 4,301 ballot papers counted "
    "in the ward, 4,276 were valid and 25 were rejected.",
    "Turnout was 4,601. Cole polled 1,846 votes to Pike's 1,532, with Rahman on 911 and Hart on 287; 25 papers were "
    "rejected.",
    "Smith won 12,410 votes to Jones's 10,980, with Lee on 2,315 and Park on 640. Of the 26,400 ballots cast, 55 were "
    "spoiled.",
    # the field's last candidates in another ward: only some of the sides, no sum read
    "Cole polled 1,846 votes to Pike's 1,532 in the ward, with Rahman on 911 in the neighbouring ward. Of the 4,301 "
    "ballot papers counted, 25 were rejected.",
]


@pytest.mark.parametrize("text,target", BALLOTS_FLAGGED)
def test_ballots_flagged(text, target):
    assert_flagged(text, target, "FC101")


@pytest.mark.parametrize("text", BALLOTS_CLEAN)
def test_ballots_clean(text):
    assert_clean(text)


def test_the_rest_of_the_field_is_no_part_of_a_side():
    from checker import check_text
    text = "Smith won 12,410 votes to Jones's 10,980, with Lee on 2,315 and Park on 640."
    assert not any(f.rule.startswith("FC10") for f in check_text(text))
    # points "from" penalties and tries after a head-to-head are still the scorer's side's parts
    text = "The club scored 31 points to the visitors' 24, with 18 from penalties and 13 from tries."
    assert any(f.rule.startswith("FC10") for f in check_text(text))


# a fraction of a scale word: one figure, told to within a tenth of itself
@pytest.mark.parametrize("text,value,lo,hi", [
    ("Half a million visitors came.", 500_000, 450_000, 550_000),
    ("A quarter of a million people signed it.", 250_000, 225_000, 275_000),
    ("Three-quarters of a billion pounds was spent.", 750_000_000, 675_000_000, 825_000_000),
    ("Two thirds of a million homes lost power.", None, 600_000, None),
])
def test_fraction_of_a_scale_word(text, value, lo, hi):
    from checker.api import analyse
    (m,) = [m for m in analyse(text).mentions]
    assert value is None or m.value == value
    assert m.interval.lo == lo and (hi is None or m.interval.hi == hi)


def test_a_fraction_of_the_whole_stays_a_fraction():
    from checker.api import analyse
    for text in ("The state paid almost two thirds of the total.", "A quarter of the staff left."):
        (m,) = analyse(text).mentions
        assert m.kind.name == "FRACTION"


HALF_A_MILLION = [
    ("Half a million visitors came to the festival over its four days. The 350,000 festivalgoers spent £9m.",
     "350,000", "FC40"),
    ("A quarter of a million trees were planted last winter. The 180,000 trees cost £2m.", "180,000", "FC40"),
]
HALF_A_MILLION_CLEAN = [
    "Half a million visitors came to the festival over its four days. The 512,000 festivalgoers spent £9m.",
    "A quarter of a million trees were planted last winter. The 247,000 trees cost £2m.",
]


@pytest.mark.parametrize("text,target,rule", HALF_A_MILLION)
def test_fraction_of_a_million_restated(text, target, rule):
    assert_flagged(text, target, rule)


@pytest.mark.parametrize("text", HALF_A_MILLION_CLEAN)
def test_fraction_of_a_million_restated_alike(text):
    assert_clean(text)

"""Round 57: the shapes behind the misses and false alarms of round 56's sealed sets r56a-d, r56i and r56j, once
opened, told in our own words -- texts that must stay silent (the alarms' shapes), then texts that must still be
flagged beside them."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


@pytest.mark.parametrize("text, published", [
    # parts told by age beside a part told by another trait: one person may be both, no breakdown
    ("Of the 88 riders in the junior race, 52 were under 20 and 47 were riding their first national final.", None),
    ("Of the 310 volunteers, 190 are aged over 60 and 160 have trained as first-aiders.", None),
    # a capacity beside a crowd in one sentence: no figure told twice with its digits swapped
    ("Riverside Park was nearly full on Sunday: 18,300 supporters were in the 18,030-capacity stadium.", None),
    ("Riverside Park was nearly full on Sunday: 31,600 supporters were in the 36,100-seat stadium.", None),
    # "the N tonnes" restating a modifier told before with that value, another year's figure between
    ("The estate's 340-tonne grape harvest was its largest since 2015, when pickers brought in 310 tonnes. The "
     "manager said the 340 tonnes would fill every vat.", None),
])
def test_silent(text, published):
    assert not flagged(text, published), flagged_rules(text, published)


@pytest.mark.parametrize("text, rule, published", [
    # an age split with the rest told as a rest stays a breakdown
    ("Of the 1,050 patients seen in March, 610 were under 18 and the remaining 340 were older.", "FC10", None),
    # an age split of the same kind of people stays a breakdown
    ("Of the 96 entrants, 30 were under 18 and 76 were adults.", "FC10", None),
    # a bound's noun after the figure is no capacity: the digit swap is still read
    ("Turnout was 67.2%, the commission said, describing the 62.7% figure as the highest since 1998.", "FC40", None),
    # "the N tonnes" with no modifier of its value before: still a restatement
    ("The estate's grape harvest came to 340 tonnes this autumn. The manager said the 430 tonnes would fill every "
     "vat.", "FC40", None),
])
def test_still_flagged(text, rule, published):
    assert any(r.startswith(rule) for r in flagged_rules(text, published)), flagged_rules(text, published)


# (round 57) a figure pointed back at whose digits are an earlier figure's with two swapped, whatever the nouns
POINTED_SWAPS = [
    ("The co-operative now keeps 380 hives on the moor. Its keepers lost 90 of its 830 hives to mites.", "830"),
    ("The harbour wall runs for 1,860 metres along the bay. Storms in March battered the 1.68km structure.", "1.68km"),
    ("A 3.4-tonne elephant seal was spotted on the beach. Rangers said the 4,300kg animal was resting.", "4,300kg"),
    ("Wheat closed at $6,215 a tonne on Monday. Traders said that even at $6,125 a tonne, the grain was dear.",
     "$6,125"),
    ("The valley is home to about 2.47 million people. The new tram will serve all of the valley's 2,740,000 "
     "residents by 2031.", "2,740,000"),
    ("Crews are boring a 7.3km tunnel under the ridge. Engineers expect to finish the 3.7km bore within four years.", "3.7km"),
]


@pytest.mark.parametrize("text, target", POINTED_SWAPS)
def test_pointed_swap_flagged(text, target):
    from checker import check_text
    found = [f for f in check_text(text) if f.is_problem and f.rule.startswith("FC40")]
    assert any(target in text[f.start:f.end] for f in found), found
    assert "swapped" in found[0].message or "swapped" in found[0].arithmetic


@pytest.mark.parametrize("text", [
    # agreeing digits: nothing to flag
    "The co-operative now keeps 380 hives on the moor. Its keepers lost 90 of its 380 hives to mites this winter.",
    # part and whole; a comparison; a change; another year
    "Only 37 of the 73 guests fell ill after the dinner.",
    "The painting sold for $91.5m, short of the $95.1m paid for another of his works last year.",
    "The offer was raised to 54p a share, up from the 45p it proposed last month.",
    "The fund sold 4,150 tonnes in 2023. The 4,510 tonnes it sold in 2024 set a record.",
    # a total of the figures before it; a name after the second; a clause picking some out
    "The shelter took in 57 dogs and 18 cats. All 75 animals are being cared for by volunteers.",
    "The 42-storey Meridian tower will rise beside the 24-storey Harbour House.",
    "There were 412 incidents of self-harm. Of the 214 prisoners who answered the survey, half felt unsafe.",
    # a count whose noun is not read; a capacity beside a crowd
    "Tuilagi has scored 41 tries since 2019, and his 14 this season lead the league.",
    "A crowd of 5,700 watched the opening game at the club's 7,500-capacity ground.",
    # the second another figure told first: the swap restates nothing
    "The school has 264 pupils. Last week 246 pupils sat the test, and the 264 pupils all passed.",
])
def test_pointed_swap_silent(text):
    assert not flagged(text, None), flagged_rules(text, None)


# (round 57) a headline's change "on year" and the lead's "year-on-year": one period, one change told twice
@pytest.mark.parametrize("text, flags", [
    ("Chilean copper output up 7% on year\nChile's copper output rose 5 per cent year-on-year in March, the mining "
     "ministry said on Friday.", True),
    ("Chilean copper output up 5% on year\nChile's copper output rose 5 per cent year-on-year in March, the mining "
     "ministry said on Friday.", False),
    # another period in the lead: two sizes of the change
    ("Chilean copper output up 7% on year\nChile's copper output rose 5 per cent month-on-month in March, the mining "
     "ministry said on Friday.", False),
])
def test_headline_change_on_year(text, flags):
    assert any(r == "FC401" for r in flagged_rules(text)) == flags, flagged_rules(text)


# (round 57) a match's length between two clock times, written as a two-unit modifier without hyphens
@pytest.mark.parametrize("text, flags", [
    ("The doubles final began at 2.10pm and ended at 4.50pm, a 2 hour 20 minute marathon.", True),
    ("The doubles final began at 2.10pm and ended at 4.50pm, a 2 hour 40 minute marathon.", False),
    ("The doubles final began at 2.10pm and ended at 4.50pm, a 160-minute match.", False),
])
def test_match_length_between_clock_times(text, flags):
    assert ("FC509" in flagged_rules(text)) == flags, flagged_rules(text)


@pytest.mark.parametrize("text, compound", [
    ("It was a 1 hour 45 minute marathon.", True),
    ("The marathon took 1 hour 45 minutes.", False),
    ("The record stood at 2 hours 1 minute.", False),
])
def test_two_unit_length_as_modifier(text, compound):
    """(round 57) A length in two units whose last unit is singular after a number other than one is written as a
    modifier, as "2-hour 41-minute" is."""
    from checker.api import analyse
    lengths = [m for m in analyse(text).mentions if m.kind.value == "duration"]
    assert len(lengths) == 1 and lengths[0].compound is compound, lengths

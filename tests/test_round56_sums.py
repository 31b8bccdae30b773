"""Round 56 (sums, shares and percentages): the shapes behind the learning sets' misses of parts against a total, a
share against its counts and a percentage against its base, told in our own words -- each with a text that must be
flagged and one that must not, then near misses of the new readings that must stay silent."""
from __future__ import annotations

import pytest

from shapes import flagged, flagged_rules


# (text flagged, the rule, the same text with its figures agreeing, the publication date)
CASES = [
    # a compound counting as many occasions as there are parts, between the total and a dash or colon list
    ("A crowd of 21,300 in all watched the three-match home series against Rovers at Kelby Park last month: "
     "7,040 for the opener, 6,980 for the second game and 7,880 for the decider.", "FC101",
     "A crowd of 21,900 in all watched the three-match home series against Rovers at Kelby Park last month: "
     "7,040 for the opener, 6,980 for the second game and 7,880 for the decider.", None),
    # a leading base in a unit of stuff, bare parts naming kinds of the stuff, the rest in the base's unit
    ("Of the 8,310 tonnes of fish landed at Kirkwall last year, 5,150 were cod and 2,420 haddock, with the rest - "
     "930 tonnes - made up of mixed whitefish.", "FC101",
     "Of the 8,310 tonnes of fish landed at Kirkwall last year, 5,150 were cod and 2,420 haddock, with the rest - "
     "740 tonnes - made up of mixed whitefish.", None),
    ("Of the 640 tonnes of grain stored at the Morley depot, 500 were wheat and 300 barley, with the remaining 40 "
     "going to the mill.", "FC101",
     "Of the 640 tonnes of grain stored at the Morley depot, 500 were wheat and 100 barley, with the remaining 40 "
     "going to the mill.", None),
    # a cost, then what took pieces of it in the next sentence (more than the cost)
    ("The new library cost £3.2m to build. The roof took £1.9m, the windows £0.8m and fittings £0.9m.", "FC102",
     "The new library cost £3.2m to build. The roof took £1.9m, the windows £0.8m and fittings £0.4m.", None),
    # the next sentence opens on "The breakdown ... was"
    ("The council will spend £6.3m resurfacing four bridges, the roads chief said on Monday. The breakdown she gave "
     "was £2.4m for Mill Bridge, £1.7m for Kings Bridge, £1.1m for Eel Bridge and £0.8m for Ford Bridge.", "FC101",
     "The council will spend £6.3m resurfacing four bridges, the roads chief said on Monday. The breakdown she gave "
     "was £2.4m for Mill Bridge, £1.7m for Kings Bridge, £1.4m for Eel Bridge and £0.8m for Ford Bridge.", None),
    # a whole drawn from as many origins as the next sentence names, each part coming from one
    ("A field of 30 crews from four nations will row at the Lakeside regatta in June. Twelve are coming from Italy, "
     "nine from Spain, six from Portugal and four from Greece.", "FC101",
     "A field of 31 crews from four nations will row at the Lakeside regatta in June. Twelve are coming from Italy, "
     "nine from Spain, six from Portugal and four from Greece.", None),
    # a bare rest after "with the remaining", its participle read as no noun, takes the measure's unit
    ("Water use at the Marsh plant came to 6.2m litres last year. The cooling towers took 3.1m litres and the boilers "
     "1.8m, with the remaining 1.6m going to cleaning.", "FC101",
     "Water use at the Marsh plant came to 6.2m litres last year. The cooling towers took 3.1m litres and the boilers "
     "1.8m, with the remaining 1.3m going to cleaning.", None),
    # bracketed parts that "made up the whole field of" a size
    ("Crews from Kent (40), Essex (31) and Surrey (12) made up the whole field of 85 at the Medway rowing gala.",
     "FC101",
     "Crews from Kent (40), Essex (31) and Surrey (12) made up the whole field of 83 at the Medway rowing gala.", None),
    # a survey's base with a longer description before "found that", then the share and its part in dashes
    ("A survey of 1,800 pupils starting secondary school in Ayrton found that 42% - about 620 pupils - could not "
     "ride a bike.", "FC201",
     "A survey of 1,800 pupils starting secondary school in Ayrton found that 42% - about 760 pupils - could not "
     "ride a bike.", None),
    # a share of what something takes up is a level, not a change ("up")
    ("Oats take up a quarter of the 92,000 hectares farmed in the valley, or around 31,000 hectares.", "FC201",
     "Oats take up a quarter of the 92,000 hectares farmed in the valley, or around 23,000 hectares.", None),
    # a share named a winning percentage, after "for a", in per cent or as three decimals of one
    ("The Larks won 45 of their 80 games for a 60.3 per cent winning percentage.", "FC201",
     "The Larks won 45 of their 80 games for a 56.3 per cent winning percentage.", None),
    ("The Larks won 45 of their 80 games for a .603 winning percentage, their best in a decade.", "FC201",
     "The Larks won 45 of their 80 games for a .563 winning percentage, their best in a decade.", None),
]


@pytest.mark.parametrize("flagged_text, rule, agreeing, published", CASES, ids=[c[1] + "-" + c[0][:30] for c in CASES])
def test_flagged_and_agreeing(flagged_text, rule, agreeing, published):
    assert any(r.startswith(rule) for r in flagged_rules(flagged_text, published)), flagged_rules(flagged_text, published)
    assert not flagged(agreeing, published)


@pytest.mark.parametrize("text, published", [
    # fewer parts than the compound's occasions are some of the whole
    ("A crowd of 21,300 in all watched the three-match home series against Rovers at Kelby Park last month: "
     "7,040 for the opener and 6,980 for the second game.", None),
    # kinds of the stuff with no rest are some of it; sacks counted are no quantity of the stuff
    ("Of the 8,310 tonnes of fish landed at Kirkwall last year, 5,150 were cod and 2,420 haddock.", None),
    ("Of the 640 tonnes of grain stored at the Morley depot, 500 sacks were wheat and 300 sacks barley, with the "
     "rest, 40 tonnes, kept loose.", None),
    # a cost, then other takings; a breakdown left open; more origins than parts; parts from no named origin
    ("The new library cost £3.2m to build. Its architect took £1.9m from a rival firm in a separate deal, and £0.8m "
     "in fees.", None),
    ("The council will spend £6.3m resurfacing bridges, the roads chief said on Monday. The breakdown she gave was "
     "£2.4m for Mill Bridge and £1.7m for Kings Bridge, with the rest still to be allocated.", None),
    ("A field of 32 crews from five nations will row at the Lakeside regatta in June. Twelve are coming from Italy, "
     "nine from Spain, six from Portugal and four from Greece.", None),
    ("A field of 30 crews from four nations will row at the Lakeside regatta in June. Twelve won medals last year, "
     "nine are new and four are returning.", None),
    # one more part that is no rest; parts that made up most of a field
    ("Water use at the Marsh plant came to 6.2m litres last year. The cooling towers took 3.1m litres and the boilers "
     "1.8m, with 0.9m seeping from old pipes.", None),
    ("Crews from Kent (40), Essex (31) and Surrey (12) made up most of the field of 95 at the Medway rowing gala.",
     None),
    ("Crews from Kent (40), Essex (31) and Surrey (12) made up the bulk of a field of 95 at the Medway rowing gala.",
     None),
    # a change up to a share stays a change; a decimal not named a percentage stays a count; a percentage told of
    # another thing after "and"
    ("Oat prices rose by a quarter of the 2023 level, to around 310 euros a tonne.", None),
    ("The Larks won 45 of their 80 games, and their ace pitched .603 of the innings.", None),
    ("The Larks won 45 of their 80 games and posted a .603 winning percentage at home.", None),
])
def test_false_alarms_and_near_misses_stay_silent(text, published):
    assert not flagged(text, published)


@pytest.mark.parametrize("text, rule, published", [
    ("Some 9,400 visitors came to the fair at Ashby Hall: 5,100 on Saturday and 4,700 on Sunday.", "FC101", None),
])
def test_near_misses_keep_their_reading(text, rule, published):
    rules = flagged_rules(text, published)
    assert any(r.startswith(rule) for r in rules), rules

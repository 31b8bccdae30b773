"""Round 16: sums, lists and changes -- perturbation tables of the readings and guards added this round.

Each row is written in our own words.  Flagged rows must raise an error or warning of the given rule
family on the target; their clean twins (same text, figures made consistent) must raise none.
"""
from __future__ import annotations

import pytest

from shapes import assert_clean, assert_flagged

# --- 1. a running total after one addition and one removal is a level reached by a net change, no sum
# ("opened 24 stores and closed nine, taking its total to 612"); the same list moving one way still sums.
# (net template, value the parts would sum to, the stated level)
NET_CHANGE = [
    ("The chain opened 24 stores during the year and closed nine, taking its total to {T}.", "33", "612"),
    ("The chain opened 24 stores during the year and closed nine, taking its total to {T}, the company said.",
     "33", "612"),
    ("In 2024 the chain opened 24 stores and closed nine, taking its total to {T}, and it plans 30 more.",
     "33", "612"),
    ("The chain opened about 24 stores and shut nine, bringing the total to {T}.", "33", "612"),
    ("The chain opened twenty-four branches and closed a further nine, bringing its total to {T}.", "33", "412"),
    ("The trust hired 310 nurses last year and laid off 45, bringing the total to {T}.", "355", "4,120"),
    ("The council built 140 homes and demolished 60, taking the total to {T}, officials said.", "200", "9,480"),
    ("The airline bought 12 jets and sold five, bringing its total to {T}.", "17", "96"),
    ("The bank added 40 branches and axed 25 over the year, taking its total to {T}.", "65", "1,015"),
]


@pytest.mark.parametrize("template,summed,level", NET_CHANGE)
def test_net_change_is_no_breakdown(template, summed, level):
    assert_clean(template.replace("{T}", level))
    assert_clean(template.replace("{T}", summed))


# the twins: both parts move the same way, so the running total is their sum (flag value, clean value)
SAME_WAY = [
    ("The chain opened 24 stores in the spring and nine in the autumn, taking its total to {T}.", "35", "33"),
    ("The chain opened 24 stores in the spring and nine in the autumn, taking its total to {T}, the company "
     "said.", "35", "33"),
    ("The chain closed 24 stores in the spring and nine in the autumn, bringing the total to {T}.", "35", "33"),
    ("The trust hired 310 nurses in March and 45 in April, bringing the total to {T}.", "375", "355"),
]


@pytest.mark.parametrize("template,flag,clean", SAME_WAY)
def test_same_way_still_sums(template, flag, clean):
    assert_flagged(template.replace("{T}", flag), flag, "FC1")
    assert_clean(template.replace("{T}", clean))


# --- 2. an owner's whole, then its counted subdivisions each with a figure of its own, in a later sentence
# ("X's population rose to N" / "the largest of X's three boroughs is A, with ..., followed by B with ... and C
# with ..."): all of the whole (complete, inferred).  (template, flag total, clean total)
OWNER_SUBDIVISIONS = [
    ("Tarvale's population rose to {T} at the census. The largest of Tarvale's three boroughs is Ostby, with "
     "61,300 residents, followed by Kelling with 45,900 and Marsh End with 20,800.", "137,000", "128,000"),
    ("Tarvale's population rose to {T} at the census, the statistics office said. The largest of Tarvale's three "
     "boroughs is Ostby, with 61,300 residents, followed by Kelling with 45,900 and Marsh End with 20,800.",
     "137,000", "128,000"),
    ("In 2021 Tarvale's population rose to {T}. The largest of Tarvale's three boroughs is Ostby, with 61,300 "
     "residents, followed by Kelling with 45,900 and Marsh End with 20,800.", "137,000", "128,000"),
    ("Tarvale's population rose to {T} at the census. The largest of Tarvale's three boroughs is Ostby, with "
     "61,300 residents, followed by Kelling with 45,900 and Marsh End with 20,800, where the new town is planned.",
     "137,000", "128,000"),
    ("Tarvale's population rose to {T} at the census. The largest of Tarvale's three boroughs - Ostby - has "
     "61,300 residents, followed by Kelling with 45,900 and Marsh End with 20,800.", "137,000", "128,000"),
    ("Tarvale's population rose to {T} at the census. Tarvale's three boroughs are Ostby (61,300 residents), "
     "Kelling (45,900) and Marsh End (20,800).", "137,000", "128,000"),
    ("Tarvale's population rose to about {T} at the census. The largest of Tarvale's three boroughs is Ostby, "
     "with 61,300 residents, followed by Kelling with 45,900 and Marsh End with 20,800.", "150,000", "128,000"),
    ("Tarvale's population rose to {T} at the census. The largest of Tarvale's three boroughs is Ostby, with "
     "sixty thousand residents, followed by Kelling with 45,900 and Marsh End with 20,800.", "137,000", "126,700"),
    ("Tarvale's population rose to {T} at the census. The council said growth was uneven. The largest of "
     "Tarvale's three boroughs is Ostby, with 61,300 residents, followed by Kelling with 45,900 and Marsh End "
     "with 20,800.", "137,000", "128,000"),
    ("Tarvale's population rose to {T} at the census.\n\nThe council said growth was uneven.\n\nOf Tarvale's "
     "three boroughs, Ostby is the biggest with 61,300 residents, followed by Kelling with 45,900 and Marsh End "
     "with 20,800.", "137,000", "128,000"),
    ("Tarvale's population rose to {T} at the census. The largest of Tarvale's four wards is Ostby, with 61,300 "
     "residents, followed by Kelling with 25,900, Marsh End with 20,800 and Pell with 20,000.", "137,000", "128,000"),
    # a year right before the level reached, past a comma, is no alternative ("to 2021, to 128,000")
    ("Tarvale's population grew by 5.4% in the ten years to 2021, to {T}. The largest of Tarvale's three "
     "boroughs is Ostby, with 61,300 residents, followed by Kelling with 45,900 and Marsh End with 20,800.",
     "137,000", "128,000"),
    ("Tarvale's workforce grew to {T} in the year. The largest of Tarvale's three districts is Ostby, with "
     "61,300 workers, followed by Kelling with 45,900 and Marsh End with 20,800.", "137,000", "128,000"),
]


@pytest.mark.parametrize("template,flag,clean", OWNER_SUBDIVISIONS)
def test_owner_subdivisions(template, flag, clean):
    assert_flagged(template.replace("{T}", flag), flag, "FC1")
    assert_clean(template.replace("{T}", clean))


# near misses: the parts are another period's, other things, or fewer than the counted subdivisions
OWNER_NEAR_MISSES = [
    "Tarvale's population rose to 150,000 at the census. In 2011 the largest of Tarvale's three boroughs was "
    "Ostby, with 61,300 residents, followed by Kelling with 45,900 and Marsh End with 20,800.",
    "Tarvale's population rose to 150,000 at the census. The largest of Tarvale's three boroughs is Ostby, with "
    "61,300 homes, followed by Kelling with 45,900 and Marsh End with 20,800.",
    "Tarvale's population rose to 150,000 at the census. The largest of Tarvale's four boroughs is Ostby, with "
    "61,300 residents, followed by Kelling with 45,900 and Marsh End with 20,800.",
]


@pytest.mark.parametrize("text", OWNER_NEAR_MISSES)
def test_owner_near_misses(text):
    assert_clean(text)


# --- 3. the lone figure told as the biggest part of a whole, then the other parts by the same verb in the next
# sentence (the later ones gapped): pieces of the nearest earlier figure counting the same things (partial, so only
# an excess flags).  (template, flag total, clean total)
BIGGEST_PART = [
    ("The port handled {T} containers in the year. Asian routes were the biggest part of the trade, carrying "
     "5.1 million containers. European routes carried 2.4 million and American routes 1.3 million.",
     "7.8 million", "8.8 million"),
    ("The port handled {T} containers in the year, the authority said. Asian routes remained by far the biggest "
     "part of the trade, carrying 5.1 million containers. European routes carried 2.4 million, and American "
     "routes 1.3 million, with volumes still weak.", "7.8 million", "8.8 million"),
    ("The port handled {T} containers in the year. Asian routes were the largest share of the trade, carrying "
     "5.1 million containers. European routes, including new links to Hamburg, carried 2.4 million, and "
     "American routes 1.3 million.", "7.8 million", "8.8 million"),
    ("The port handled {T} containers in the year. Demand from retailers stayed firm. Asian routes were the "
     "biggest part of the trade, carrying 5.1 million containers. European routes carried 2.4 million and "
     "American routes 1.3 million.", "7.8 million", "8.8 million"),
    ("The port handled {T} containers in the year. Asian routes were the biggest part of the trade, carrying "
     "5.1 million containers. European routes carried 2.4 million and American routes 1.3 million.",
     "seven million", "nine million"),
]


@pytest.mark.parametrize("template,flag,clean", BIGGEST_PART)
def test_biggest_part_then_rest(template, flag, clean):
    assert_flagged(template.replace("{T}", flag), flag, "FC1")
    assert_clean(template.replace("{T}", clean))


# near misses: the whole of another year, the parts of another year, another verb for the rest
BIGGEST_PART_NEAR_MISSES = [
    "In 2019 the port handled 7.8 million containers. Asian routes were the biggest part of the trade, carrying "
    "5.1 million containers. European routes carried 2.4 million and American routes 1.3 million.",
    "The port handled 7.8 million containers in the year. Asian routes were the biggest part of the trade, "
    "carrying 5.1 million containers. In 2019 European routes carried 2.4 million and American routes 1.3 million.",
    "The port handled 7.8 million containers in the year. Asian routes were the biggest part of the trade, "
    "carrying 5.1 million containers. European routes lost 2.4 million and American routes 1.3 million.",
    "The port handled 7.8 million containers last year. This year Asian routes were the biggest part of the "
    "trade, carrying 5.1 million containers. European routes carried 2.4 million and American routes 1.3 million.",
]


@pytest.mark.parametrize("text", BIGGEST_PART_NEAR_MISSES)
def test_biggest_part_near_misses(text):
    assert_clean(text)


# --- 4. lists: a programme told in order in the two sentences after its count -- "The festival opens ... with
# A, ..." and "It is followed by B, ...; C; ...; and E, ..., which closes the festival" -- names all of its items
# (FC410, inferred); "will stage nine productions" is a verb and a count, no "Stage 9".  (template, flag, clean)
_PROGRAMME = ("The festival opens on Friday, June 6, with Blue Lantern, a new opera by Ada Moss. It is followed by "
              "Harbour Lights, a revival; a staged reading of The Tempest; Clay Birds, a comedy by Ian Lowe; and Dust "
              "Road, a new musical, which closes the festival on June 22.")
PROGRAMME = [
    ("The Orwell Festival will present {T} shows this summer. " + _PROGRAMME, "six", "five"),
    ("The Orwell Festival will present {T} shows this summer, its director said on Monday. " + _PROGRAMME,
     "six", "five"),
    ("The Orwell Festival will present {T} shows in 2025, more than ever before. " + _PROGRAMME, "six", "five"),
    ("The Orwell Festival will present {T} shows this summer. " + _PROGRAMME, "6", "5"),
    ("The Orwell Festival will stage {T} shows this summer. " + _PROGRAMME, "six", "five"),
    ("The Orwell Festival - now in its tenth year - will present {T} shows. " + _PROGRAMME, "six", "five"),
    ("The Orwell Festival will present {T} shows this summer. "
     + _PROGRAMME.replace("It is followed by", "That will be followed by"), "four", "five"),
    ("The Orwell Festival will present {T} shows this summer. "
     + _PROGRAMME.replace("The festival opens", "The festival begins"), "six", "five"),
]


@pytest.mark.parametrize("template,flag,clean", PROGRAMME)
def test_programme_listed(template, flag, clean):
    assert_flagged(template.replace("{T}", flag), flag, "FC410")
    assert_clean(template.replace("{T}", clean))


# near misses: another programme opens, the last item does not close it, a long programme told in part
PROGRAMME_NEAR_MISSES = [
    "The Orwell Festival will present six shows this summer. " + _PROGRAMME.replace("festival", "tour"),
    "The Orwell Festival will present six shows this summer. "
    + _PROGRAMME.replace(", which closes the festival on June 22", ""),
    "The Orwell Festival will present 40 shows this summer. " + _PROGRAMME,
]


@pytest.mark.parametrize("text", PROGRAMME_NEAR_MISSES)
def test_programme_near_misses(text):
    assert_clean(text)


# --- 5. votes: a rival placed by its own figure after a comma ("won with 2,410 votes, ahead of the Green candidate
# on 1,630") is a ranking, no difference; "; 12 papers were spoilt" closes the list; ballot papers "counted" are all
# of them.  And "randomly assigned either A (610) or B (590)": each member got one of the two, so they cover the whole.
# (template, flag total, clean total)
TALLIES_AND_EITHER = [
    ("Turnout in the Millbrook ward by-election was {T}. Sam Ortiz won with 2,410 votes, ahead of the Green "
     "candidate on 1,630 and a Reform candidate on 505; a further 12 ballot papers were rejected.", "4,755", "4,557"),
    ("Turnout in the Millbrook ward by-election was {T}, the council said. Sam Ortiz won with 2,410 votes, ahead of "
     "the Green candidate on 1,630 and a Reform candidate on 505; a further 12 ballot papers were rejected.",
     "4,755", "4,557"),
    ("Turnout in the Millbrook ward by-election on Thursday was {T}. Sam Ortiz won with 2,410 votes, just ahead of "
     "the Green candidate on 1,630 and a Reform candidate on 505; another 12 papers were spoilt.", "4,755", "4,557"),
    ("Turnout in the Millbrook ward by-election was {T}. Sam Ortiz won with 2,410 votes, ahead of the Green "
     "candidate on 1,630 and a Reform candidate on 505; 12 papers were spoilt.", "4,755", "4,557"),
    ("Officials said {T} ballot papers were counted in the Millbrook ward by-election. Sam Ortiz won with 2,410 "
     "votes, ahead of the Green candidate on 1,630 and a Reform candidate on 505; 12 papers were spoilt.",
     "4,755", "4,557"),
    ("Officials said {T} ballot papers were counted in the Millbrook ward by-election. Sam Ortiz won with 2,410 "
     "votes, ahead of the Green candidate on 1,630 and a Reform candidate on 505; 12 papers were spoilt, the "
     "returning officer said.", "4,755", "4,557"),
    ("The {T} patients in the study were randomly assigned either the new drug (610) or a placebo (590).",
     "1,300", "1,200"),
    ("The {T} patients in the study were randomly assigned either the new drug (610) or a placebo (590), the team "
     "said.", "1,300", "1,200"),
    ("In 2023 the {T} patients in the study were assigned either the new drug (610) or a placebo (590), the team "
     "said.", "1,300", "1,200"),
    ("The {T} patients in the study were randomly allocated either the new drug (six hundred and ten) or a placebo "
     "(590).", "1,300", "1,200"),
    ("The {T} patients in the study were randomly assigned either the new drug (610) or a placebo (590) for six "
     "months.", "1,300", "1,200"),
]


@pytest.mark.parametrize("template,flag,clean", TALLIES_AND_EITHER)
def test_tallies_and_either(template, flag, clean):
    assert_flagged(template.replace("{T}", flag), flag, "FC1")
    assert_clean(template.replace("{T}", clean))


# near misses: a margin ("four points ahead of"), "or" with no "either" (an alternative, not a split)
TALLY_NEAR_MISSES = [
    "Rovers have 61 points, four ahead of City on 57 and nine clear of United.",
    "The 1,300 patients in the study got the new drug (610) or a placebo (590) in an earlier phase.",
]


@pytest.mark.parametrize("text", TALLY_NEAR_MISSES)
def test_tally_near_misses(text):
    assert_clean(text)


# --- 6. lists: a vague plural after the list's own participle clause ("..., flooding dozens of fields") counts no
# listed thing and no longer silences a loose list.  (template, flag count, clean count)
LOOSE_LIST_VAGUE = [
    ("{T} reservoirs spilled over overnight, the Elder, the Holm, the Marl and the Wyn, flooding dozens of fields.",
     "Three", "Four"),
    ("{T} reservoirs spilled over overnight, the Elder, the Holm, the Marl and the Wyn, flooding hundreds of acres, "
     "the agency said.", "Three", "Four"),
    ("{T} reservoirs spilled over in 2024, the Elder, the Holm, the Marl and the Wyn, cutting off dozens of farms.",
     "Five", "Four"),
]


@pytest.mark.parametrize("template,flag,clean", LOOSE_LIST_VAGUE)
def test_loose_list_past_vague_plural(template, flag, clean):
    assert_flagged(template.replace("{T}", flag), flag, "FC410")
    assert_clean(template.replace("{T}", clean))


# --- 7. changes: "tumbled 38p to 164p" is a fall and a level (no range), and "after a profit warning," is a
# circumstance, no clause of its own, before the earlier level "having closed at 212p".  (template, flag, clean)
CHANGE_AFTER_CIRCUMSTANCE = [
    ("Shares in Halden Foods tumbled {T} to 164p on Tuesday after a profit warning, having closed at 212p the "
     "previous day.", "38p", "48p"),
    ("Shares in Halden Foods tumbled {T} to 164p after a profit warning, having closed at 212p on Monday, traders "
     "said.", "38p", "48p"),
    ("Shares in Halden Foods fell {T} to 164p after the results, having closed at 212p.", "38p", "48p"),
    ("Shares in Halden Foods sank {T} to 164p on Tuesday after a profit warning, having closed at 212p the day "
     "before.", "38p", "48p"),
    ("Shares in Halden Foods slid {T} to 164p after a gloomy update, having finished Monday at 212p.", "38p", "48p"),
    ("Shares in Halden Foods jumped {T} to 212p on Tuesday after a takeover approach, having closed at 164p the "
     "previous day.", "38p", "48p"),
]


@pytest.mark.parametrize("template,flag,clean", CHANGE_AFTER_CIRCUMSTANCE)
def test_change_past_circumstance(template, flag, clean):
    assert_flagged(template.replace("{T}", flag), flag, "FC3")
    assert_clean(template.replace("{T}", clean))


# near misses: "after" opening a clause with its own verb and figure is still a break
CHANGE_NEAR_MISSES = [
    "Shares in Halden Foods fell 38p to 164p after it cut its forecast by 10%, having closed at 212p.",
]


@pytest.mark.parametrize("text", CHANGE_NEAR_MISSES)
def test_change_near_misses(text):
    assert_clean(text)

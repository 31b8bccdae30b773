"""Round 17, parts and their whole (checker/relate/sums.py).

* ``_add_one_by_definite``: a definite singular noun between two counted parts ("14 pupils, the teacher
  and three parents") is one more part of at least one, so the list is never short of its whole by less
  than that (a plural or collective item, "the crew", may be many): silent when the whole is the counted
  parts plus one or more, flagged when the whole is below the counted parts plus one.

Each flagged row has a clean twin (same words, figures that agree); the variations cover an attribution,
a period, a trailing clause, a dash, colon or bracket, a written number, a hedge-free whole before the
list."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged whole, clean whole); {w} is the whole, the parts are 14 + the teacher + 3
DEFINITE_ROWS = [
    ("dash aside", "The {w} people rescued from the ferry - 14 pupils, the teacher and three parents - were "
     "checked by paramedics.", "17", "18"),
    ("attribution", "The {w} people rescued from the ferry - 14 pupils, the teacher and three parents - were "
     "checked by paramedics, coastguards said.", "16", "18"),
    ("period", "The {w} people rescued from the ferry in 2024 - 14 pupils, the teacher and three parents - were "
     "checked by paramedics.", "17", "18"),
    ("colon", "Lifeboat crews brought {w} people ashore: 14 pupils, the teacher and three parents.", "17", "18"),
    ("written number", "Lifeboat crews brought {w} people ashore: fourteen pupils, the teacher and three "
     "parents.", "seventeen", "eighteen"),
    ("trailing clause", "Lifeboat crews brought {w} people ashore - 14 pupils, the teacher and three parents, "
     "all of them from one school in Kendal.", "17", "18"),
]

# an unnumbered plural or collective item may be many: the whole above the counted parts plus one is clean
MANY_ROWS = [
    "The 25 people rescued from the ferry - 14 pupils, the crew and three parents - were checked by paramedics.",
    "Lifeboat crews brought 22 people ashore: 14 pupils, the teacher and three parents.",
]


@pytest.mark.parametrize("name,template,flagged,clean", DEFINITE_ROWS, ids=[r[0] for r in DEFINITE_ROWS])
def test_definite_item_counts_at_least_one(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", MANY_ROWS)
def test_definite_item_may_be_many(text):
    assert_clean(text)


# ``_summed_power``: capacities in watts the sentence calls combined or a total add up like energy; and an
# overlap word ("both") in an opening clause before any figure is no overlap of the parts
# (name, template, flagged whole, clean whole, target)
POWER_ROWS = [
    ("dash", "The two solar parks will have a combined capacity of {w}MW - 210MW from panels at Hale Farm and "
     "95MW from a site beside the reservoir.", "350", "305"),
    ("opening clause with both", "Once both parks are running, they will have a combined capacity of {w}MW - "
     "210MW from panels at Hale Farm and 95MW from a site beside the reservoir.", "350", "305"),
    ("attribution", "The two solar parks will have a combined capacity of {w}MW - 210MW from panels at Hale Farm "
     "and 95MW from a site beside the reservoir, the developer said.", "350", "305"),
    ("colon, period", "In 2026 the operator's total installed capacity will reach {w}MW: 210MW at Hale Farm and "
     "95MW beside the reservoir.", "350", "305"),
    ("gigawatts", "The grid link carries a combined capacity of {w}GW - 1.4GW from the northern array and "
     "0.8GW from the southern one.", "2.6", "2.2"),
]

# power without a total is no sum: a peak and readings of one plant; "both" inside the list still stops it
POWER_GUARDS = [
    "Demand peaked at 480MW on Monday - 290MW in the morning and 140MW in the evening.",
    "The plant produced 350MW at noon, 210MW at dusk and 95MW overnight.",
    "Of the 40 homes inspected, 30 had damp, 25 had mould and 15 had both.",
]


@pytest.mark.parametrize("name,template,flagged,clean", POWER_ROWS, ids=[r[0] for r in POWER_ROWS])
def test_combined_power_capacity(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", POWER_GUARDS)
def test_power_guards(text):
    assert_clean(text)


# ``_current_period_of_timeless_whole``: a whole told in the present with no time of its own, and in the next
# sentence a list for "this year" closed by "the other N", is that list's whole
# (name, template, flagged whole, clean whole)
CURRENT_PERIOD_ROWS = [
    ("bare", "The estate covers {w} acres. This year 920 acres are under grass, 355 under oats and the other 245 "
     "under potatoes.", "1,620", "1,520"),
    ("attribution", "The estate covers {w} acres in all. This year 920 acres are under grass, 355 under oats and "
     "the other 245 under potatoes, the farm manager said.", "1,620", "1,520"),
    ("trailing clause", "The estate covers {w} acres. This year 920 acres are under grass, 355 under oats and the "
     "other 245 under potatoes, a mix chosen after the wet spring.", "1,420", "1,520"),
    ("written whole", "The trust manages {w} hectares. This season 60 hectares are under trees, 25 under meadow and the "
     "remaining 15 under reed beds.", "eighty", "100"),
]

# a whole of its own time (past, a date, another period) is no whole of this year's list
CURRENT_PERIOD_GUARDS = [
    "The estate covered 1,600 acres in 2019. This year 900 acres are under grass, 350 under oats and the other "
    "250 under potatoes.",
    "The estate covered 1,600 acres last year. This year 900 acres are under grass, 350 under oats and the other "
    "250 under potatoes.",
    "The dealer sold 9,000 cars. So far this year it has sold 4,000 in Leeds and the remaining 3,000 in York.",
]


@pytest.mark.parametrize("name,template,flagged,clean", CURRENT_PERIOD_ROWS, ids=[r[0] for r in CURRENT_PERIOD_ROWS])
def test_current_period_list_of_timeless_whole(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", CURRENT_PERIOD_GUARDS)
def test_current_period_guards(text):
    assert_clean(text)


# ``_ends_with_apposition(gap, label=True)``: a dash or colon, then parts each bracketed after a label of a
# few words ("the winger Tom Hale (£1.2m)"): the label stands between the cue and the first part
# (name, template, flagged whole, clean whole)
LABELLED_ROWS = [
    ("dash", "The club spent its £{w} transfer budget on three signings - the winger Tom Hale (£1.2m), keeper "
     "Sam Ruiz (£650,000) and defender Luke Obi (£1.25m).", "2.6m", "3.1m"),
    ("attribution", "The club spent its £{w} transfer budget on three signings - the winger Tom Hale (£1.2m), keeper "
     "Sam Ruiz (£650,000) and defender Luke Obi (£1.25m), the manager said.", "2.6m", "3.1m"),
    ("colon, period", "In 2024 the club spent its £{w} budget on three signings: the winger Tom Hale (£1.2m), "
     "keeper Sam Ruiz (£650,000) and defender Luke Obi (£1.25m).", "3.4m", "3.1m"),
    ("counts", "The {w} staff moved to three new offices - the main site at Hull (120), a depot in Goole (45) "
     "and the Selby branch (30).", "205", "195"),
]

# a bracket holding each item's own figure of another kind is no part of a sum
LABELLED_GUARDS = [
    "The club has spent £3.1m this summer - the winger Tom Hale (24) arrived from Leeds and keeper Sam Ruiz (31) "
    "from Hull.",
]


@pytest.mark.parametrize("name,template,flagged,clean", LABELLED_ROWS, ids=[r[0] for r in LABELLED_ROWS])
def test_labelled_bracketed_parts_after_dash(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", LABELLED_GUARDS)
def test_labelled_guards(text):
    assert_clean(text)


# ``_portion_of_whole_then_gapped`` and ``_to_level_from``: the sentence before gives the whole as the level a
# change reached ("rose to X from Y", "stood at X, up from Y"); the next opens its list with a verb of
# contribution and a part placed "of the WHOLE" (or "of NOUN"), then gapped labels and figures
# (name, template, flagged part, clean part); the parts are 3.1 + {p} + 0.9 of a 6.2 whole
GAPPED_ROWS = [
    ("to X from Y", "Group revenue rose 5% to £6.2 billion from £5.9 billion. Retail brought in £3.1 billion of "
     "revenue, wholesale £{p} billion and online sales the remaining £0.9 billion.", "2.5", "2.2"),
    ("stood at, up from", "Loans stood at £6.2 billion at the end of March, up from £5.9 billion. Mortgages "
     "accounted for £3.1 billion of the book, business loans £{p} billion and credit cards £0.9 billion.",
     "2.6", "2.2"),
    ("attribution", "Group revenue rose 5% to £6.2 billion from £5.9 billion, the company said. Retail brought in "
     "£3.1 billion of revenue, wholesale £{p} billion and online sales the remaining £0.9 billion.", "2.5", "2.2"),
    ("trailing clause", "Loans stood at £6.2 billion at the end of March, up from £5.9 billion. Mortgages "
     "accounted for £3.1 billion of the book, business loans £{p} billion and credit cards £0.9 billion, the last "
     "of them hit by higher rates.", "2.6", "2.2"),
]

# a figure of its own after "of the" is a base, no gapped list: "12 of the 40 staff, ..." stays unread
GAPPED_GUARDS = [
    "Lending stood at £6.2 billion at the end of March, up from £5.9 billion. Mortgages accounted for £3.1 "
    "billion of the total, while business loans rose by £0.4 billion and credit cards fell by £0.1 billion.",
    "Group revenue rose 5% to £6.2 billion from £5.9 billion. Retail brought in £3.1 billion of revenue in "
    "2023, and online sales grew to £0.9 billion.",
    # the whole named "of the NOUN" is not the figure of another sentence that names other things
    "Deposits grew 5% from £6.2 billion. Mortgages accounted for £3.1 billion of the book, business loans £2.6 "
    "billion and credit cards £0.9 billion.",
    "Suspensions also rose, by about 8%, from 520 to 560. Boys accounted for 410 of the exclusions, girls for "
    "160 and the remaining 30 were unrecorded.",
]


@pytest.mark.parametrize("name,template,flagged,clean", GAPPED_ROWS, ids=[r[0] for r in GAPPED_ROWS])
def test_gapped_contributions_after_level(name, template, flagged, clean):
    assert_flagged(template.format(p=flagged), "£" + flagged, "FC10")
    assert_clean(template.format(p=clean))


@pytest.mark.parametrize("text", GAPPED_GUARDS)
def test_gapped_guards(text):
    assert_clean(text)


# ``_allocated_from`` and ``_SUBJECT_PERIOD``: a plan of money with its own period in its subject ("The £9.6m
# plan for 2025/26 sets aside ...") allocates its parts, each for a purpose (also "as a grant to"): they may
# not exceed it, round parts read to the plan's precision ("£1,000" beside "£9,640" is a thousand, give or
# take the plan's own rounding)
# (name, template, flagged part, clean part); parts 4,200 + {p} + 1,000 + 640 of a 9,640 whole
ALLOCATION_ROWS = [
    ("period in subject", "The club's £9,640 spending plan for 2025/26 sets aside £4,200 for coaching, £{p} for "
     "pitch hire, £1,000 for kit and £640 for travel.", "4,300", "3,800"),
    ("as a grant", "The club's £9,640 spending plan for 2025/26 sets aside £4,200 for coaching, £{p} for pitch "
     "hire, £1,000 as a grant to the youth section and £640 for travel.", "4,300", "3,800"),
    ("attribution", "The club's £9,640 budget for 2026/27 sets aside £4,200 for coaching, £{p} for pitch hire, "
     "£1,000 for kit and £640 for travel, the treasurer said.", "4,300", "3,800"),
    ("no period", "The club's £9,640 plan sets aside £4,200 for coaching, £{p} for pitch hire, £1,000 for kit "
     "and £640 for travel.", "4,300", "3,800"),
]

# a plan that is a net result may hold losses; a list for another period is no allocation of it
ALLOCATION_GUARDS = [
    "The club's £9,640 surplus for 2025/26 sets aside £4,200 for coaching, £4,300 for pitch hire, £1,000 for "
    "kit and £640 for travel.",
    "The club's £9,640 spending plan for 2025/26 sets aside £4,200 for coaching, £4,300 for pitch hire and "
    "£1,000 for kit this year.",
]


@pytest.mark.parametrize("name,template,flagged,clean", ALLOCATION_ROWS, ids=[r[0] for r in ALLOCATION_ROWS])
def test_allocations_within_plan(name, template, flagged, clean):
    assert_flagged(template.format(p=flagged), "£9,640", "FC10")
    assert_clean(template.format(p=clean))


@pytest.mark.parametrize("text", ALLOCATION_GUARDS)
def test_allocation_guards(text):
    assert_clean(text)


# ``_chained_with_list_before``: a list closed by "the remaining N" right after a sentence that is one list of the
# same sums goes on from it; together they break down the headline's one figure of that unit, paragraphs before
# (name, template, flagged part, clean part); the parts are 96 + 54 + {p} + 23 + 18 + the remaining 11 of 240
HEAD = "Lakeside council approves £240m budget\n\nLakeside council approved a £240m budget on Tuesday.\n\n"
MID = "The vote was 31 to 12.\n\n"
CHAIN_ROWS = [
    ("bare", HEAD + MID + "Social care takes £96m, the largest line, followed by schools at £54m and roads at "
     "£{p}m. Libraries will get £23m, parks £18m and other services the remaining £11m.", "48", "38"),
    ("attribution", HEAD + MID + "Social care takes £96m, the largest line, followed by schools at £54m and roads "
     "at £{p}m, the council said. Libraries will get £23m, parks £18m and other services the remaining £11m.",
     "48", "38"),
    ("trailing clause", HEAD + MID + "Social care takes £96m, the largest line, followed by schools at £54m and "
     "roads at £{p}m. Libraries will get £23m, parks £18m and other services the remaining £11m, most of it for "
     "bin collections.", "30", "38"),
    ("written period", HEAD + MID + "In 2025 social care takes £96m, followed by schools at £54m and roads at "
     "£{p}m. Libraries will get £23m, parks £18m and other services the remaining £11m.", "48", "38"),
]

# far from the headline's figure (another whole), or without "the remaining", the two lists stay apart
CHAIN_GUARDS = [
    HEAD + MID + "Social care takes £96m, followed by schools at £54m and roads at £38m. Libraries will get £23m, "
    "parks £18m and other services £11m.".replace("£38m", "£48m"),
    HEAD + MID + "Social care takes £196m, followed by schools at £154m and roads at £38m. Libraries will get "
    "£23m, parks £18m and other services the remaining £11m.",
]


@pytest.mark.parametrize("name,template,flagged,clean", CHAIN_ROWS, ids=[r[0] for r in CHAIN_ROWS])
def test_list_chained_across_sentences(name, template, flagged, clean):
    assert_flagged(template.format(p=flagged), "£240m budget", "FC10")
    assert_clean(template.format(p=clean))


@pytest.mark.parametrize("text", CHAIN_GUARDS)
def test_chain_guards(text):
    assert_clean(text)

"""Round 17, shares (checker/relate/shares.py), third helper.

* "BASE NOUN, PART of whom|of which VERB ... - SHARE.": the part's own short clause after "of whom", then the
  share set apart and closing the sentence ("The club has 62 pupils, 40 of whom are boys - about two-thirds.";
  ``_relative_clause_part``);
* "Of those, PART VERB ..., SHARE of the NOUN": after "Of those", the part's own short clause, then the share
  naming the whole again in one word (the list, the register, the whole's own noun) instead of closing the
  sentence ("Of those, 1,200 have waited over five years, about a quarter of the register.";
  ``_of_those_whole_renamed``);
* a money part, the share beside it "of the [NAME's] NOUN", the whole the level the sentence or two before gives
  that noun ("Turnover rose 4% to £600m. Web sales came to £90m, about 15% of the firm's turnover."; inferred;
  ``_share_of_named_level``); or the noun beside a figure of the headline ("Harbour takings top £40 million"),
  the whole the one figure of the first body sentence that the headline's rounds (``_headline_level``);
* "PART ..., SHARE of all those VERBed": the whole the one earlier count of the part's own noun in the lead
  paragraph or the share's own ("The clinic treated 2,000 patients. ... 300 patients had surgery, 15% of all those
  admitted."; ``_of_all_named_earlier``, inferred).

Each flagged row has a clean twin (same words, figures that agree); guard rows stay silent."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# ---- "of whom", the part's clause, then the share ----------------------------------------------------
# (name, text with {s}, flagged share, clean share)
RELATIVE_CLAUSE = [
    ("core", "The club has 62 pupils, 40 of whom are boys - about {s}.", "45%", "65%"),
    ("attribution", "The school has 62 pupils, 40 of whom are boys - about {s}, the head teacher said.", "45%", "65%"),
    ("attribution before", "The head teacher said the school had 62 pupils, 40 of whom were boys - about {s}.",
     "45%", "65%"),
    ("period", "In 2024 the club had 62 members, 40 of whom were women - about {s}.", "45%", "65%"),
    ("of which", "The council owns 480 homes, 120 of which need new roofs - {s}.", "a third", "a quarter"),
    ("comma or", "The charity runs 480 shops, 120 of which lost money, or {s}.", "40%", "25%"),
    ("written number", "The squad has 30 players, twelve of whom were born abroad - {s}.", "60%", "40%"),
    ("bracket", "The ward had 54 patients, 27 of whom had flu (about {s}).", "70 per cent", "50 per cent"),
    ("time in the clause", "The unit treated 900 patients, 300 of whom waited over four hours - {s}.",
     "about half", "a third"),
    ("hedged part", "The trust employs some 1,200 nurses, about 300 of whom work nights - roughly {s}.",
     "half", "a quarter"),
    ("trailing sentence", "The fund backed 80 projects, 20 of which were in rural areas - a {s}. Most were small.",
     "third", "quarter"),
]


@pytest.mark.parametrize("name, text, bad, good", RELATIVE_CLAUSE, ids=[r[0] for r in RELATIVE_CLAUSE])
def test_relative_clause_then_share(name, text, bad, good):
    assert_flagged(text.format(s=bad), bad, "FC201")
    assert_clean(text.format(s=good))


RELATIVE_CLAUSE_GUARDS = [
    # two parts, each hung on the whole: the share is of neither pair read as part and whole
    ("two parts", "The club has 62 pupils, 40 of whom are boys and 22 of whom are girls - about 15%."),
    # the share does not close: it is of something else
    ("share of another whole", "The home has 54 residents, 26 of whom have dementia - about 70 per cent of them women."),
    # a change, not a share
    ("change after", "The firm has 480 staff, 120 of whom work in London - 20% more than in 2020."),
    ("rise in the clause", "The firm has 480 staff, 120 of whom saw pay rise - about 9%."),
]


@pytest.mark.parametrize("name, text", RELATIVE_CLAUSE_GUARDS, ids=[r[0] for r in RELATIVE_CLAUSE_GUARDS])
def test_relative_clause_guards(name, text):
    assert_clean(text)


# ---- "Of those", the part's clause, then the share of the whole named again ----------------------------
OF_THOSE_RENAMED = [
    ("core", "Some 4,800 people are on the housing register. Of those, 1,200 have waited more than five years, "
     "about {s} of the register.", "35%", "25%"),
    ("whole's own noun", "The clinic saw 2,400 patients in March. Of those, 600 were seen within a week, {s} of "
     "the patients.", "a third", "a quarter"),
    ("attribution", "The trust had 6,000 people waiting. Of those, 1,500 had waited over a year, about {s} of the "
     "list, officials said.", "35%", "25%"),
    ("period", "In 2024 the trust had 6,000 people waiting. Of those, 1,500 had waited over a year, about {s} of "
     "the list.", "35%", "25%"),
    ("dash", "The trust had 6,000 people waiting. Of those, 1,500 had waited over a year - about {s} of the list.",
     "35%", "25%"),
    ("written share", "The charity has 900 volunteers. Of those, 300 joined this year, {s} of the group.",
     "half", "a third"),
    ("trailing sentence", "The trust had 6,000 people waiting. Of those, 1,500 had waited over a year, {s} of the "
     "list. The rest were newer.", "a third", "a quarter"),
]


@pytest.mark.parametrize("name, text, bad, good", OF_THOSE_RENAMED, ids=[r[0] for r in OF_THOSE_RENAMED])
def test_of_those_whole_renamed(name, text, bad, good):
    assert_flagged(text.format(s=bad), bad, "FC201")
    assert_clean(text.format(s=good))


OF_THOSE_RENAMED_GUARDS = [
    # another whole: a people or place of its own
    ("population", "The town has 4,800 people on benefits. Of those, 1,200 are over 65, about 5% of the population."),
    ("possessive whole", "Some 4,800 people are on the register. Of those, 1,200 live in the town, about 9% of the "
     "town's adults."),
]


@pytest.mark.parametrize("name, text", OF_THOSE_RENAMED_GUARDS, ids=[r[0] for r in OF_THOSE_RENAMED_GUARDS])
def test_of_those_whole_renamed_guards(name, text):
    assert_clean(text)


# ---- a money part, its share "of the NAME's NOUN", the noun's level a sentence before ------------------
NAMED_LEVEL = [
    ("core", "Turnover rose 4% to £600m from £577m. Web sales came to £90m, about {s} of the firm's turnover.",
     "20%", "15%"),
    ("level was", "Revenue was £600m. Web sales came to £90m, about {s} of the group's revenue.", "20%", "15%"),
    ("attribution", "Revenue rose 4% to £600m, the company said. Web sales came to £90m, about {s} of its revenue, "
     "it added.", "20%", "15%"),
    ("period in both", "Revenue in 2024 rose 4% to £600m. Web sales in 2024 came to £90m, about {s} of the "
     "group's revenue.", "20%", "15%"),
    ("trailing clause", "Revenue climbed 4% to £600m. Web sales reached £90m, about {s} of the group's revenue, as "
     "more shoppers ordered online.", "20%", "15%"),
    ("dash", "Revenue climbed 4% to £600m. Web sales reached £90m - about {s} of the group's revenue - helped by "
     "faster delivery.", "20%", "15%"),
    ("written share", "Revenue climbed 4% to £600m. Web sales reached £150m, {s} of the group's revenue.",
     "a third", "a quarter"),
    ("a sentence between", "Revenue climbed 4% to £600m. Profit rose to £40m. Web sales reached £90m, about {s} of "
     "the group's revenue.", "20%", "15%"),
]


@pytest.mark.parametrize("name, text, bad, good", NAMED_LEVEL, ids=[r[0] for r in NAMED_LEVEL])
def test_share_of_named_level(name, text, bad, good):
    assert_flagged(text.format(s=bad), bad, "FC201")
    assert_clean(text.format(s=good))


NAMED_LEVEL_GUARDS = [
    # a part of another period than the whole's
    ("quarter", "Revenue climbed 4% to £600m. Web sales in the fourth quarter reached £90m, about 45% of the "
     "group's revenue."),
    ("year", "Revenue climbed 4% to £600m. Web sales in 2019 reached £90m, about 45% of the group's revenue."),
    # another noun: no level of it stated
    ("other noun", "Revenue climbed 4% to £600m. Web sales reached £90m, about 45% of the group's profit."),
    # two levels of the noun: which one?
    ("two levels", "Revenue in Britain rose to £600m. Revenue abroad rose to £300m. Web sales reached £90m, "
     "about 45% of the group's revenue."),
]


@pytest.mark.parametrize("name, text", NAMED_LEVEL_GUARDS, ids=[r[0] for r in NAMED_LEVEL_GUARDS])
def test_share_of_named_level_guards(name, text):
    assert_clean(text)


# ---- the same, the noun's whole named in the headline and restated in the first body sentence ---------------
HEADLINE_LEVEL = [
    ("core", "Harbour takings top £40 million\n\nFish sold at the harbour auction was worth £40.2 million last year. "
     "Crab earned £10.1 million, or {s} of the harbour's takings.", "35%", "25%"),
    ("attribution", "Harbour takings top £40 million\n\nFish sold at the harbour auction was worth £40.2 million last "
     "year, the trust said. Crab earned £10.1 million, or {s} of the harbour's takings, it added.", "35%", "25%"),
    ("dash", "Harbour takings top £40 million\n\nFish sold at the harbour auction was worth £40.2 million last year. "
     "Crab earned £10.1 million - {s} of the harbour's takings - as prices rose.", "35%", "25%"),
    ("written share", "Harbour takings top £40 million\n\nFish sold at the harbour auction was worth £40.2 million last "
     "year. Crab earned £10.1 million, or {s} of the harbour's takings.", "a third", "a quarter"),
    ("paragraph between", "Harbour takings top £40 million\n\nFish sold at the harbour auction was worth £40.2 million "
     "last year.\n\nBoats landed more crab than ever. Crab earned £10.1 million, or {s} of the harbour's takings.",
     "35%", "25%"),
    ("hedged headline", "Harbour takings reach nearly £40 million\n\nFish sold at the harbour auction was worth £39.8 "
     "million last year. Crab earned £10.1 million, or {s} of the harbour's takings.", "35%", "25%"),
]


@pytest.mark.parametrize("name, text, bad, good", HEADLINE_LEVEL, ids=[r[0] for r in HEADLINE_LEVEL])
def test_share_of_headline_level(name, text, bad, good):
    assert_flagged(text.format(s=bad), bad, "FC201")
    assert_clean(text.format(s=good))


HEADLINE_LEVEL_GUARDS = [
    # the headline names another noun
    ("other noun", "Harbour profits top £40 million\n\nFish sold at the harbour auction was worth £40.2 million last "
     "year. Crab earned £10.1 million, or 45% of the harbour's takings."),
    # two figures of the lead the headline's may round: which one?
    ("two in the lead", "Harbour takings top £40 million\n\nFish sold at the auction was worth £40.2 million last year "
     "and £39.9 million the year before. Crab earned £10.1 million, or 45% of the harbour's takings."),
    # a part of another period
    ("another year", "Harbour takings top £40 million\n\nFish sold at the harbour auction was worth £40.2 million last "
     "year. In 2019 crab earned £10.1 million, or 45% of the harbour's takings."),
]


@pytest.mark.parametrize("name, text", HEADLINE_LEVEL_GUARDS, ids=[r[0] for r in HEADLINE_LEVEL_GUARDS])
def test_share_of_headline_level_guards(name, text):
    assert_clean(text)


# ---- "SHARE of all those VERBed": the whole an earlier count of the part's own noun -----------------------
ALL_THOSE = [
    ("core", "The clinic treated 2,000 patients last year. A total of 300 patients had surgery, {s} of all those "
     "admitted.", "25%", "15%"),
    ("attribution", "The clinic treated 2,000 patients last year, the report said. A total of 300 patients had "
     "surgery, {s} of all those admitted, it said.", "25%", "15%"),
    ("trailing comparison", "The clinic treated 2,000 patients last year. Some 300 patients had surgery, {s} of "
     "all those admitted, compared with 9% the year before.", "25%", "15%"),
    ("dash", "The clinic treated 2,000 patients last year. Exactly 300 patients had surgery - {s} of all those "
     "admitted - and most went home within a week.", "25%", "15%"),
    ("paragraph between", "The clinic treated 2,000 patients last year.\n\nIt opened a new theatre in May.\n\n"
     "A total of 300 patients had surgery, {s} of all those admitted.", "25%", "15%"),
    ("written share", "The clinic treated 2,000 patients last year. A total of 500 patients had surgery, {s} of "
     "all those admitted.", "a third", "a quarter"),
]


@pytest.mark.parametrize("name, text, bad, good", ALL_THOSE, ids=[r[0] for r in ALL_THOSE])
def test_of_all_those(name, text, bad, good):
    assert_flagged(text.format(s=bad), bad, "FC201")
    assert_clean(text.format(s=good))


ALL_THOSE_GUARDS = [
    # no earlier count of the part's noun
    ("other noun", "The clinic treated 2,000 patients last year. It had 300 beds, 45% of all those funded."),
    # two earlier counts of it: which one?
    ("two wholes", "The clinic treated 2,000 patients last year and 1,500 patients the year before. A total of 300 "
     "patients had surgery, 45% of all those admitted."),
    # a part of another time
    ("another year", "The clinic treated 2,000 patients last year. In 2019, 300 patients had surgery, 45% of all "
     "those admitted."),
]


@pytest.mark.parametrize("name, text", ALL_THOSE_GUARDS, ids=[r[0] for r in ALL_THOSE_GUARDS])
def test_of_all_those_guards(name, text):
    assert_clean(text)

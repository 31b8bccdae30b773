"""Round 17 (shares and splits): a list of shares of one whole closed by its source ("..., the regulator's
annual review said"), and a part set off by spaced dashes after "of them" ("a fifth of the 600 staff - 190 of
them - ..."). Each flagged row has a clean twin, the same text with consistent figures."""
import pytest

from tests.shapes import assert_clean, assert_flagged

# (text, target, rule prefix, published): the split's shares add to more than 100%, the source closing the sentence
SPLIT_WITH_SOURCE = [
    ("Coal produced 41% of the region's power last year, hydro 33%, wind 18% and solar 15%, the regulator's annual "
     "review said.", "15%", "FC202", None),
    ("Coal produced 41% of the region's power in 2024, hydro 33%, wind 18% and solar 15%, according to the annual "
     "energy survey.", "15%", "FC202", None),
    ("Coal produced about 41% of the region's power, hydro 33%, wind 18% and solar 15%, officials said on Monday.",
     "15%", "FC202", None),
    ("Coal produced 41% of the region's power, hydro 33%, wind 18% and solar 15%, the yearly report showed.",
     "15%", "FC202", None),
    ("Last year coal produced 41% of the region's power, hydro 33%, wind 18% and solar 15%, the grid company's "
     "annual statement says.", "15%", "FC202", None),
]
SPLIT_WITH_SOURCE_CLEAN = [
    (text.replace("solar 15%", "solar 8%"), pub) for text, _, _, pub in SPLIT_WITH_SOURCE
] + [
    # a yearly rate before the source stays a rate: no split read
    ("Coal rents rose 41% in the city, hydro 33%, wind 18% and solar 15% a year, the agency said.", None),
]

# a share of the whole, then the part between spaced dashes with "of them"
DASHED_PART_OF_THEM = [
    ("About a fifth of the 600 staff - 190 of them - will move to the new site, the union said.", "About a fifth",
     "FC201", None),
    ("Nearly a third of the 450 homes inspected in 2024 - 210 of them - had damp.", "Nearly a third", "FC201", None),
    ("Half of the 380 pupils tested – 240 of them – passed the reading check.", "Half", "FC201", None),
    ("Roughly one in four of the 1,200 drivers stopped - 420 of them - were over the limit, police said.",
     "one in four", "FC201", None),
    ("Two-thirds of the 90 firms asked - 41 of them - expect to hire this year.", "Two-thirds", "FC201", None),
]
DASHED_PART_OF_THEM_CLEAN = [
    ("About a fifth of the 600 staff - 120 of them - will move to the new site, the union said.", None),
    ("Nearly a third of the 450 homes inspected in 2024 - 150 of them - had damp.", None),
    ("Half of the 380 pupils tested – 190 of them – passed the reading check.", None),
    ("Roughly one in four of the 1,200 drivers stopped - 300 of them - were over the limit, police said.", None),
    ("Two-thirds of the 90 firms asked - 60 of them - expect to hire this year.", None),
]


@pytest.mark.parametrize("text,target,rule,published", SPLIT_WITH_SOURCE + DASHED_PART_OF_THEM)
def test_flagged(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", SPLIT_WITH_SOURCE_CLEAN + DASHED_PART_OF_THEM_CLEAN)
def test_clean(text, published):
    assert_clean(text, published)


# the lead's share, told in the headline too, then the next sentence's whole first and its part
LEAD_SHARE_THEN_WHOLE = [
    ("Bus punctuality falls to 78% after roadworks\n\nOnly 78% of the city's buses ran on time in the spring, the "
     "transport authority said on Monday.\n\nOf the 9,400 journeys planned between April 1 and June 30, 8,100 "
     "arrived within five minutes of the timetable, its usual test of punctuality.", "8,100", "FC201", None),
    ("Bus punctuality falls to 78%\n\nJust 78% of buses ran on time in 2024.\n\nOf the 9,400 journeys planned in "
     "2024, 8,100 kept to the timetable - the authority's test of punctuality.", "8,100", "FC201", None),
    ("Clinic sees 64% of patients within a week\n\nAbout 64% of patients at the Riverside clinic were seen within "
     "a week last year, according to its annual report.\n\nOf the 12,500 patients referred, 9,700 had their first "
     "appointment within seven days.", "9,700", "FC201", None),
]
LEAD_SHARE_THEN_WHOLE_CLEAN = [
    (LEAD_SHARE_THEN_WHOLE[0][0].replace("8,100", "7,330"), None),
    (LEAD_SHARE_THEN_WHOLE[1][0].replace("8,100", "7,330"), None),
    (LEAD_SHARE_THEN_WHOLE[2][0].replace("9,700", "8,000"), None),
    # the lead's share is not the headline's: no link
    ("Bus punctuality falls after roadworks\n\nOnly 78% of the city's buses ran on time in the spring, the "
     "authority said.\n\nOf the 9,400 journeys planned between April 1 and June 30, 8,100 arrived within five "
     "minutes of the timetable, its usual test of punctuality.", None),
]


@pytest.mark.parametrize("text,target,rule,published", LEAD_SHARE_THEN_WHOLE)
def test_flagged_lead_share(text, target, rule, published):
    assert_flagged(text, target, rule, published)


@pytest.mark.parametrize("text,published", LEAD_SHARE_THEN_WHOLE_CLEAN)
def test_clean_lead_share(text, published):
    assert_clean(text, published)

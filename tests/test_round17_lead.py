"""Round 17 (lead): shapes found on freshly written clean articles.  Each clean text has a twin with a real
error that is still flagged, so no guard here can only silence."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

SUM_CLEAN_WITH_FLAGGED_TWIN = [
    # the old level of a change ("rose by 12% from £40.5m") is no whole for the next sentence's sources
    ("Kestrel Ferries trims its loss\n\nKestrel Ferries narrowed its loss as income reached a record £45.4m, "
     "its accounts show.\n\nThe operator lost £3.1m in the year, against £5.6m before. Income rose by 12% from "
     "£40.5m.\n\nFares brought in £30.1m, freight £9.8m and onboard sales £5.5m.",
     "Kestrel Ferries trims its loss\n\nKestrel Ferries narrowed its loss as income reached a record £45.4m, "
     "its accounts show.\n\nThe operator lost £3.1m in the year, against £5.6m before. Income rose by 12% from "
     "£40.5m.\n\nFares brought in £30.1m, freight £9.8m and onboard sales £7.5m.", "£7.5m"),
]

RESTATEMENT_CLEAN_WITH_FLAGGED_TWIN = [
    # the body tells the headline's figure to the unit later: "cut off 150,000 homes" is another count
    ("Gale leaves 48,000 homes without heating\n\nThe gale cut gas supplies to more than 150,000 homes on "
     "Tuesday, the network operator said.\n\nEngineers had restored 103,000 of them by Wednesday night, "
     "leaving 48,000 still without heating.",
     "Gale leaves 48,000 homes without heating\n\nThe gale left 84,000 homes without heating on Tuesday, the "
     "network operator said.", "84,000"),
]

SHARE_CLEAN_WITH_FLAGGED_TWIN = [
    # a total paragraphs away is no whole of "N votes, S% of the total" told of one ward
    ("Turnout was 31.5%, with 28,940 votes cast across the borough.\n\nThe council leader kept her seat.\n\n"
     "In Eastgate, the independent candidate won with 1,204 votes, 38% of the total.",
     "Turnout was 31.5%, with 28,940 votes cast across the borough. The Liberal Democrats took 9,120 votes, "
     "38% of the total.", "38%"),
]

TABLES = [(SUM_CLEAN_WITH_FLAGGED_TWIN, "FC1", None), (RESTATEMENT_CLEAN_WITH_FLAGGED_TWIN, "FC4", None),
          (SHARE_CLEAN_WITH_FLAGGED_TWIN, "FC2", None)]
CASES = [(clean, flagged, target, rule, published)
         for table, rule, published in TABLES for clean, flagged, target in table]


@pytest.mark.parametrize("clean,flagged,target,rule,published", CASES)
def test_round17_lead_clean(clean, flagged, target, rule, published):
    assert_clean(clean, published=published)


@pytest.mark.parametrize("clean,flagged,target,rule,published", CASES)
def test_round17_lead_twin_flagged(clean, flagged, target, rule, published):
    assert_flagged(flagged, target, rule, published=published)

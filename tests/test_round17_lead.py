"""Round 17 (lead): shapes found on freshly written clean articles.  Each clean text has a twin with a real
error that is still flagged, so no guard here can only silence."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

SUM_CLEAN_WITH_FLAGGED_TWIN = [
    # pence beside pounds in one list: "43p" is £0.43 of the whole
    ("Each portion costs the school £2.86 to serve: £1.17 for food, £1.32 for staff and 37p for fuel and "
     "equipment.",
     "Each portion costs the school £2.86 to serve: £1.17 for food, £1.52 for staff and 37p for fuel and "
     "equipment.", "£2.86"),
    # "and relies on about 450 volunteers": a verb of its own, another group, no part of the staff
    ("The trust employs 120 people, 38 of them nurses, and relies on about 450 volunteers.",
     "The trust employs 120 people: 38 nurses, 50 carers and 40 porters.", "120 people"),
    # a sum with its "parts" that adds up exactly to a figure the text states: all three are parts of that one
    ("Harbour link approved at a cost of £520 million\n\nKELSO, May 2 - Plans for a £520 million harbour link "
     "that will cut journey times by 40 minutes were approved on Tuesday, the council said.\n\nThe leader said "
     "the scheme would transform the town.\n\nThe link includes a 600-metre bridge and two new roundabouts.\n\n"
     "The operator, Kelso Harbour Ltd, will put in £300 million, with £150 million coming from a regional fund "
     "and the remaining £70 million from a bank loan. Work starts in June.",
     # (no figure stating the sum of all three: the sentence's whole and its parts disagree)
     "Harbour link approved\n\nKELSO, May 2 - Plans for a harbour link that will cut journey times by 40 "
     "minutes were approved on Tuesday, the council said.\n\nThe leader said the scheme would transform the "
     "town.\n\nThe link includes a 600-metre bridge and two new roundabouts.\n\nThe operator, Kelso Harbour "
     "Ltd, will put in £300 million, with £150 million coming from a regional fund and the remaining £70 million "
     "from a bank loan. Work starts in June.", "£300 million"),
    # "the last 32" names a round of the draw, no part of the field
    ("A total of 96 players are competing in Leeds for 16 places in the last 32, where they will meet the top 16 "
     "seeds.",
     "A total of 96 players are competing in Leeds: 64 amateurs and 16 professionals.", "96 players"),
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

# a split closed by "with X making up the remaining N%": the make-up verb is no word of change
SPLIT_REST_CLEAN_WITH_FLAGGED_TWIN = [
    ("Wind supplied 41% of the island's power in 2024, solar 22% and diesel 25%, with imports making up the "
     "remaining 12%, the utility said.",
     "Wind supplied 41% of the island's power in 2024, solar 22% and diesel 25%, with imports making up the "
     "remaining 18%, the utility said.", "18%"),
    ("Cars accounted for 64% of trips, buses 21% and bicycles 9%, with walking accounting for the remaining 6%.",
     "Cars accounted for 64% of trips, buses 21% and bicycles 9%, with walking accounting for the remaining 9%.",
     "9%"),
]

# ages then of another person: "when he was 20" after "her ..."; a year inside a relative clause after "born in"
AGE_CLEAN_WITH_FLAGGED_TWIN = [
    ("Ada Quill, 54, met her late partner's son in 1990 when he was 20.",
     "Ada Quill, 54, opened her shop in 1990 when she was 30.", "30"),
    ("Ada Quill, 79, who was born in a town that flooded in 1950, still lives there.",
     "Ada Quill, 79, who was born in a small town in 1950, still lives there.", "79"),
]

# a multiple ("halved") then a colon and the two levels, the new one with a clause of its own
MULTIPLE_CLEAN_WITH_FLAGGED_TWIN = [
    ("Street begging in the town has halved since 2023: 44 people were seen on the streets last month, against "
     "90 two years earlier.",
     "Street begging in the town has halved since 2023: 58 people were seen on the streets last month, against "
     "90 two years earlier.", "halved"),
    ("Library loans have doubled: 18,400 books were borrowed over the summer, compared with 9,100 a year before.",
     "Library loans have doubled: 14,800 books were borrowed over the summer, compared with 9,100 a year before.",
     "doubled"),
]

# options of one question, the verb told once: "38% chose A, 33% B, 19% C and 10% others"
SPLIT_CLEAN_WITH_FLAGGED_TWIN = [
    ("Asked how they travel to work, 46% chose the car, 27% the bus, 18% a bicycle and 9% walking, the survey "
     "of 1,200 staff found.",
     "Asked how they travel to work, 46% chose the car, 27% the bus, 28% a bicycle and 9% walking, the survey "
     "of 1,200 staff found.", "28%"),
]

# a percent change against its levels is a percent rule (FC203)
CHANGE_CLEAN_WITH_FLAGGED_TWIN = [
    # "312 homes within 100 metres of the edge, up from 240": the count's old level, not the measure's
    # (the twin drops the measure: with it between, the change is not read at all yet)
    ("The survey found 390 homes within 200 metres of the shore, up from 300 at the last survey, an increase of "
     "30%.",
     "The survey found 390 homes near the shore, up from 320 at the last survey, an increase of 30%.", "30%"),
]

DEFINITE_CLEAN_WITH_FLAGGED_TWIN = [
    # a run of points ("14 consecutive points") is no slip of all the points played ("of the 114 points")
    ("She trailed 6-15 in the decider but won 14 consecutive points to take it. In all she won 61 of the 114 "
     "points played.",
     "She won 114 points in the match. In all she won 61 of the 141 points played.", "141 points"),
    # "his 9 games" a paragraph after the team's "40 games", with no person there: one player's share
    ("With five boards in each of eight rounds, the team played 40 games in total.\n\nThe captain, 31, led "
     "the way. He won 6 of his 9 games on top board.",
     "Ravi Menon played 40 games in total this season, winning 25.\n\nThe captain, 31, led the way. He "
     "won 6 of his 9 games.", "9 games"),
]

SHARE_CLEAN_WITH_FLAGGED_TWIN = [
    # the first item of a breakdown ("Spain ... with 410,000 visits, followed by ...") is no total for "of the total"
    ("Visits totalled 980,000 last year, compared with 1,010,000 a year earlier. Spain was the biggest source with "
     "410,000 visits, followed by France with 300,000 and Italy with 270,000.\n\nThe firm said demand was steady."
     "\n\nMobile bookings accounted for 196,000 visits, or 20% of the total, up from 15% in 2023.",
     "Visits totalled 980,000 last year, compared with 1,010,000 a year earlier. Spain was the biggest source with "
     "410,000 visits.\n\nThe firm said demand was steady.\n\nMobile bookings accounted for 196,000 visits, or "
     "28% of the total, up from 15% in 2023.", "28%"),
    # "people aged 50 to 64" is one band of ages: "64" is no count standing between the whole and its part
    ("The screening service wrote to 52,000 people aged 50 to 64 last year, and 31,200 of them booked a scan, an "
     "uptake of 60%.",
     "The screening service wrote to 52,000 people aged 50 to 64 last year, and 31,200 of them booked a scan, an "
     "uptake of 70%.", "70%"),
    # "up 35% from 71 million" is the old level: "of those" takes the new one, never the old
    ("The app was opened 84 million times in the year, up 20% from 70 million the year before.\n\nUsers abroad "
     "accounted for 34 million of those sessions, or about 40%.",
     "The app was opened 84 million times in the year, up 20% from 70 million the year before.\n\nUsers abroad "
     "accounted for 34 million of those sessions, or about 60%.", "about 60%"),
    # a total paragraphs away is no whole of "N votes, S% of the total" told of one ward
    ("Turnout was 31.5%, with 28,940 votes cast across the borough.\n\nThe council leader kept her seat.\n\n"
     "In Eastgate, the independent candidate won with 1,204 votes, 38% of the total.",
     "Turnout was 31.5%, with 28,940 votes cast across the borough. The Liberal Democrats took 9,120 votes, "
     "38% of the total.", "38%"),
]

TABLES = [(SUM_CLEAN_WITH_FLAGGED_TWIN, "FC1", None), (RESTATEMENT_CLEAN_WITH_FLAGGED_TWIN, "FC4", None),
          (SHARE_CLEAN_WITH_FLAGGED_TWIN, "FC2", None), (DEFINITE_CLEAN_WITH_FLAGGED_TWIN, "FC4", None),
          (CHANGE_CLEAN_WITH_FLAGGED_TWIN, "FC2", None), (MULTIPLE_CLEAN_WITH_FLAGGED_TWIN, "FC3", None),
          (SPLIT_CLEAN_WITH_FLAGGED_TWIN, "FC2", None), (AGE_CLEAN_WITH_FLAGGED_TWIN, "FC5", "2024-05-01"),
          (SPLIT_REST_CLEAN_WITH_FLAGGED_TWIN, "FC2", None)]
CASES = [(clean, flagged, target, rule, published)
         for table, rule, published in TABLES for clean, flagged, target in table]


@pytest.mark.parametrize("clean,flagged,target,rule,published", CASES)
def test_round17_lead_clean(clean, flagged, target, rule, published):
    assert_clean(clean, published=published)


@pytest.mark.parametrize("clean,flagged,target,rule,published", CASES)
def test_round17_lead_twin_flagged(clean, flagged, target, rule, published):
    assert_flagged(flagged, target, rule, published=published)

"""Round 15 (lead): shapes found on freshly written clean articles.  Each clean text has a twin with a real
error that is still flagged, so no guard here can only silence."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

SUM_CLEAN_WITH_FLAGGED_TWIN = [
    # a list opened by "A further" goes on from the figure before it: that figure is a sibling, no whole
    ("Inspectors passed 64 farms on the first visit. A further 21 were given warnings, 12 were fined and the "
     "remaining 5 were closed.",
     "Inspectors visited 64 farms. Thirty passed, 21 were given warnings and the remaining 19 were closed.", "64"),
    # the first item of a list placed like the rest, past a short verb phrase of its own ("to come from")
    ("The council must find savings of £14.6m. Care takes £5.2m, with £3.9m to come from schools, £2.8m from "
     "roads and £2.7m from offices.",
     "The council must find savings of £8.4m: £3.9m is to come from schools, £2.8m from roads and £2.7m from "
     "offices.", "£8.4m"),
    # the largest of its kind, then "with" its siblings: no whole of them
    ("The largest cut, £4.6m, falls on adult care, with £2.1m to come from children's services, £1.7m from roads and "
     "£1.2m from back-office work.",
     "The saving in social care, £6.1m, is made up of £2.4m from nursing, £1.8m from day centres and £1.1m from "
     "transport.", "£6.1m"),
    # a figure that accounts for part of a whole, then "with" the rest of that whole: siblings
    ("The Bramley is expected to account for 2,600 tonnes of the crop, with the Gala adding 1,100 tonnes and "
     "older varieties the remaining 700 tonnes.",
     "The crop is expected to reach 2,600 tonnes, with the Bramley adding 1,100 tonnes and older varieties the "
     "remaining 700 tonnes.", "2,600 tonnes"),
    # the last part's destination ("sent to other hospitals") is no catch-all of what is left
    ("Of the 263 patients referred, 131 were seen within a week and 41 were sent to other hospitals.",
     "Of the 263 calls logged, 131 were about noise and 142 were about other matters.", "263"),
    # nor "a further" group: one more, not the rest
    ("Of the 383 trains due on Sunday, 97 were cancelled, about a quarter, and a further 18 were sent to other "
     "depots.",
     "Of the 263 patients referred, 131 were seen within a week and the remaining 142 were sent to other "
     "hospitals.", "263"),
    # a compound between a count and its noun ("118 two-person kayaks") describes the noun: no part of its own
    ("A total of 173 boats started the race: 96 two-man skiffs, 48 singles and 29 four-oared gigs.",
     "A total of 163 boats started the race: 96 two-man skiffs, 48 singles and 29 four-oared gigs.", "163"),
    # a total taken out of a whole of other things ("31 of the harbour's 180 moorings") is no total of the list
    ("Seventeen boats were wrecked and six others damaged when the storm hit the harbour on Sunday.\n\nOf the "
     "boats wrecked, nine were fishing boats, six were yachts and two were dinghies. In total 23 of the "
     "harbour's 180 moorings were affected.",
     "In a parish poll, 388 people voted for the plan and 151 against, with seven papers spoilt. A total of 556 "
     "of the parish's 1,210 registered voters took part.", "556"),
    # ... and a whole before it is no whole of the "with" figures alone
    ("Of the college's £41m budget, teaching accounts for £29m, with buildings taking £8m and administration the "
     "remaining £4m.",
     "Of the college's £41m budget, teaching takes £29m, buildings £8m and administration the remaining £7m.",
     "£41m"),
]

SHARE_CLEAN_WITH_FLAGGED_TWIN = [
    # a whole told of an earlier period ("in the previous year") is no "total" of this year's breakdown
    ("The walk-in service saw 5,120 patients this year; under the old referral system 3,980 patients were seen in "
     "the previous year. Hip pain was the most common complaint, accounting for 1,730 patients, or about a third "
     "of the total.",
     "The island welcomed 2.4m tourists last year. Visitors from Germany, at 600,000, made up 33% of the total.",
     "33%"),
    # "most of them" with words after it describes the part just given, not the base before it
    ("Of the town's 236 shops, 81 were shut on Monday, about a third, most of them small family businesses.",
     "With 3,812 ballots counted, Measure 4 had 2,019 yes votes, or 68%.", "68%"),
]

PERCENT_CHANGE_CLEAN_WITH_FLAGGED_TWIN = [
    # a subject placed by a count of other things ("Rowers from 37 clubs") moved, not the clubs
    ("Rowers from 37 clubs took part in the head race on Saturday, up from 244 last year, an increase of 12%.",
     "Some 274 rowers from 37 clubs took part on Saturday, up from 244 last year, an increase of 22%.", "22%"),
    # ... also past a noun phrase the grammar left unattached ("occupied nests")
    ("Wardens counted 318 occupied burrows across 41 colonies this spring, down from 372 last year, a fall of "
     "about 15%.",
     "Wardens counted 318 occupied burrows across 41 colonies this spring, down from 372 last year, a fall of "
     "about 25%.",
     "about 25%"),
    # a size followed by its own level ("up 6% at £61.4m") moves that level, not the move before it
    ("Operating profit rose to £5.3m from £4.4m, on sales up 6% at £61.4m, compared with £57.9m a year "
     "earlier.",
     "Operating profit rose to £5.3m from £4.4m, on sales up 16% at £61.4m, compared with £57.9m a year "
     "earlier.", "16%"),
    # a smaller count in the post-modifier of the new level ("from 31 clubs") is where the things came from
    ("This year 418 runners from 31 clubs took part, up from 340 in 2024, a rise of almost a quarter.",
     "This year 418 runners from 31 clubs took part, up from 340 in 2024, a rise of almost a third.",
     "almost a third"),
]

DATE_CLEAN_WITH_FLAGGED_TWIN = [
    # an age in apposition to another name than the sentence's subject is that one's age
    ("Tom Rigby, who was born on 9 April 2006, rode Copper Lad, a 12-year-old bay gelding, to a clear round.",
     "Tom Rigby, a 21-year-old from Settle who was born on 9 April 2006, rode Copper Lad to a clear round.",
     "21-year-old"),
    # a weekday written with the later date picks its year: not the first such day after the first date
    ("Ann Price joined the waiting list on 9 October 2023 and was seen on Monday 10 February, almost 70 weeks "
     "later.",
     "Ann Price joined the waiting list on 9 October 2024 and was seen on Monday 10 February, almost 30 weeks "
     "later.", "almost 30 weeks"),
]

RESTATEMENT_CLEAN_WITH_FLAGGED_TWIN = [
    # the headline's count is the lead's later bare count, not the first count of the same noun
    ("Gliding rally ends early as 19 pilots drop out\n\nA total of 143 pilots set off from Lasham on Saturday. Of "
     "those, 124 reached the finish, while 19 retired with injuries.",
     "Glider meet ends early as 19 pilots pull out\n\nOrganisers said 23 pilots withdrew after the crash on the "
     "third day.", "23"),
    # the text gives the gap between two counts of one event: two counts, no restatement
    ("A record 2,418 swimmers completed the lake crossing on Saturday. Of the 2,530 swimmers who entered, 112 "
     "withdrew before the start.",
     "A record 2,418 swimmers completed the lake crossing on Saturday. The 2,481 swimmers were timed by chip.",
     "2,481"),
    # one side of a score ("two sets to one") is no count of all the sets played
    ("Marsh takes county title in four sets\n\nMarsh trailed by two sets to one before the rain came, then won "
     "the last two after the break.",
     "Marsh takes county title in four sets\n\nMarsh won the final in five sets after a slow start.", "five"),
]



# each table, the rule family its flagged twins must raise, and the publication date its texts need
TABLES = [(SUM_CLEAN_WITH_FLAGGED_TWIN, "FC1", None), (SHARE_CLEAN_WITH_FLAGGED_TWIN, "FC2", None),
          (PERCENT_CHANGE_CLEAN_WITH_FLAGGED_TWIN, "FC2", None), (RESTATEMENT_CLEAN_WITH_FLAGGED_TWIN, "FC4", None),
          (DATE_CLEAN_WITH_FLAGGED_TWIN, "FC5", "2025-03-20")]
CASES = [(clean, flagged, target, rule, published)
         for table, rule, published in TABLES for clean, flagged, target in table]


@pytest.mark.parametrize("clean,flagged,target,rule,published", CASES)
def test_round15_lead_clean(clean, flagged, target, rule, published):
    assert_clean(clean, published=published)


@pytest.mark.parametrize("clean,flagged,target,rule,published", CASES)
def test_round15_lead_twin_flagged(clean, flagged, target, rule, published):
    assert_flagged(flagged, target, rule, published=published)

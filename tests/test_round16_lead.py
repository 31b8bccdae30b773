"""Round 16 (lead): shapes found on freshly written clean articles.  Each clean text has a twin with a real
error that is still flagged, so no guard here can only silence."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

PERCENT_CLEAN_WITH_FLAGGED_TWIN = [
    # one region's change ("North American deliveries jumped 21%") is no change of the whole's two levels
    ("Harbour Motors deliveries climb\n\nDeliveries in the second quarter reached 21,000, compared with 19,000 in "
     "the first quarter, the carmaker said.\n\nEurope took 9,000 of them. Sales in Japan fell 4%, while North "
     "American deliveries jumped 21%.",
     "Harbour Motors deliveries climb\n\nDeliveries in the second quarter reached 21,000, compared with 19,000 in "
     "the first quarter, the carmaker said.\n\nEurope took 9,000 of them. Sales in Japan fell 4%, while "
     "deliveries jumped 21%.", "21%"),
    # a swing between two parties is the mean of their moves, no change of either share
    ("The Green share of the vote rose to 30.2% from 14.1%, while the Labour share fell to 28.0% from 41.9%, a "
     "swing of 15 points from Labour to the Greens.",
     "The Green share of the vote rose to 30.2% from 14.1%, while the Labour share fell to 28.0% from 41.9%, a "
     "drop of 15 points.", "15 points"),
    ("Labour's share fell to 28.0% from 41.9% and the Greens rose to 30.2% from 14.1%, a 15-point swing.",
     "Labour's share fell to 28.0% from 41.9%, a 15-point fall.", "15-point"),
]

RESTATEMENT_CLEAN_WITH_FLAGGED_TWIN = [
    # "Eleven of its 46 midwife posts": the whole of a part (a number word before "of its"), no slip of "64"
    ("Of last year's births, 451 were normal deliveries, 97 were caesarean sections and 64 were assisted. The "
     "director said eleven of its 46 midwife posts are vacant.",
     "Of last year's births, 451 were normal deliveries and 64 were assisted. The 46 assisted births needed "
     "a doctor.", "46"),
    # a headline count told as a gap ("nine officers short") restates no count of the body
    ("Night shift was nine officers short\n\nOnly 14 of the 23 officers rostered for the night shift were on duty.",
     "Night shift had nine officers\n\nOnly 14 of the 23 officers rostered for the night shift were on duty.", "23"),
    # "Of the total, £7.2 million comes from a grant": a part of the whole, no restatement of "£2.7 million"
    ("It includes £9.4 million for resurfacing, £2.7 million for drainage and £1.4 million for footways. Of the "
     "total, £7.2 million comes from a government grant.",
     "It includes £9.4 million for resurfacing and £2.7 million for drainage. The £7.2 million drainage scheme "
     "starts in May.", "£7.2 million"),
    # a size modifier counts its own unit: "the 12-team league" restates no count of league matches
    ("They won 17 of their 22 league matches. Bratt, the youngest player in the 12-team league, hit two of them.",
     "The league has 22 teams this season. Bratt, the youngest player in the 12-team league, hit two of them.",
     "12-team"),
    # a distance that names a race ("the 1,500m freestyle") is an event, no figure a digit slip could restate
    ("Okafor retained her 100m freestyle title in 53.10 seconds. Lind won the 1,500m freestyle in 16:02.44.",
     "The new pool is 100m long, the council said. The 1,500m pool will open in May.", "1,500m"),
]

PERCENT_CLEAN_WITH_FLAGGED_TWIN += [
    # a size modifier ("the 5,000-seat arena") is no new level of a count of people
    ("The open drew 23,400 spectators to the 5,000-seat arena, organisers said, an increase of 18% from the 19,800 "
     "who came last year.",
     "The open drew 23,400 spectators to the arena, organisers said, an increase of 28% from the 19,800 who came "
     "last year.", "28%"),
    # the cause or the parts of a move, each told of its own subject: ", as volumes rose 3%", ", helped by a 7.9%
    # price rise"
    ("Sales increased 9% to 2.18 billion euros from 2.0 billion euros, as volumes rose 4% and prices climbed 5%.",
     "Sales increased 19% to 2.18 billion euros from 2.0 billion euros, as volumes rose 4%.", "19%"),
    ("Turnover for the year rose 12% to £420 million from £375 million, helped by a 6.5% price rise in May.",
     "Turnover for the year rose 6.5% to £420 million from £375 million, helped by a price rise in May.", "6.5%"),
    # the other day of a span ("June 7 and 8") is no count: no new level of the change
    ("Some 512 boats entered the regatta, held on Saturday and Sunday, June 7 and 8, up from 440 last year, an "
     "increase of about 16%.",
     "Some 512 boats entered the regatta, held on Saturday and Sunday, June 7 and 8, up from 440 last year, an "
     "increase of about 26%.", "about 26%"),
]

SUM_CLEAN_WITH_FLAGGED_TWIN = [
    # "and added" brings more beyond the whole; a noun made with a number ("three-pointers") counts nothing
    # a list that adds up to a figure of its own sentence is told of that one, no whole two sentences away
    ("The site had 52 workers that day. The inquest heard evidence for a week. The jury of nine - six women and "
     "three men - deliberated for five hours.",
     "The site had 52 workers that day. The inquest heard evidence for a week. The jury of eleven - six women and "
     "three men - deliberated for five hours.", "eleven"),
    # a figure told as "the largest share" is one part: the figures after it are its siblings, no breakdown of it
    ("Fundraising brought in the largest share, £450,000, from events. Gifts in wills added £380,000, trusts gave "
     "£300,000, and businesses donated £200,000.",
     "The appeal brought in £620,000 last year. Gifts in wills contributed £310,000, trusts gave £260,000, and "
     "businesses donated £140,000.", "£620,000"),
    # a comparison's base ("16% more than the 2,980 patients seen a year earlier") is no whole of the parts next
    ("The unit saw 3,520 patients last week. That was 18% more than the 2,980 patients seen in the same week a "
     "year earlier. Of the total, 2,200 were treated in the main department and 1,320 at the walk-in centre.",
     "The unit saw 3,520 patients last week: 2,100 in the main department and 1,320 at the walk-in centre.",
     "3,520"),
    ("Mensah made 9 of his 14 shots, five of them three-pointers, and added 8 free throws.",
     "Mensah made 9 of his 14 shots: five jump shots and 8 dunks.", "14"),
]

CHANGE_CLEAN_WITH_FLAGGED_TWIN = [
    # a nearer size of the levels ("by 18%") takes them from a multiple told of something else
    ("Shipping rates that have more than tripled since May lifted sales by 18% to $5.2 billion from $4.4 billion.",
     "Sales have more than tripled to $5.2 billion from $4.4 billion.", "more than tripled"),
    # "and to hire 300 more": the object of another verb, no size of the move before it
    ("The yard plans to raise output from 14 boats a month to 20 by June and to hire 150 more welders.",
     "The yard plans to raise output from 14 boats a month to 20 by June, an increase of 16 boats.", "16"),
    # a size far beyond both levels measures something else: a wage bill against an hourly rate
    ("The rise in the minimum wage, to £12.21 an hour from £11.44, added about £4 million to the firm's wage bill.",
     "The minimum wage rose to £12.21 an hour from £11.44, a rise of £0.97.", "£0.97"),
]

SHARE_CLEAN_WITH_FLAGGED_TWIN = [
    # a headline's share may tell either side: "miss one in five" above the count seen on time
    ("Nurses miss one in five home visits\n\nNurses saw 2,420 of the 3,010 families due a visit on time, the "
     "report found.",
     "Nurses miss one in three home visits\n\nNurses saw 2,420 of the 3,010 families due a visit on time, the "
     "report found.", "one in three"),
    # a count of occasions ("62 performances") is no part of a size modifier's seats
    ("The show ran for 62 performances over the winter, filling 96% of the 820-seat auditorium.",
     "Some 590 fans came on Friday, filling 84% of the 820-seat theatre.", "84%"),
]

LIST_CLEAN_WITH_FLAGGED_TWIN = [
    # names paired inside one item ("the Red Lion's A and B") are two people, no one described thing
    ("Four players hit maximum 180s on the night: the Red Lion's Dean Corrie and Stuart Baird, and the Ferryman's "
     "Kayleigh Bratt and Ally Renwick.",
     "Four players hit maximum 180s on the night: Dean Corrie, Stuart Baird and Kayleigh Bratt.", "Four"),
]

COMPARISON_CLEAN_WITH_FLAGGED_TWIN = [
    # the whole the ranked figures make up, and the count of them, are no rivals of the largest
    ("The county's population rose to 412,300 across its three districts, with Eastmere the largest on 345,600, "
     "followed by Kelling with 45,900 and Marsh End with 20,800, the smallest.",
     "The county's population rose to 412,300 across its three districts, with Eastmere the largest on 145,600, "
     "followed by Kelling with 245,900 and Marsh End with 20,800, the smallest.", "145,600"),
]

DATE_CLEAN_WITH_FLAGGED_TWIN = [
    # "218 days old", "a six-month-old": a span of time, no age in years
    ("Okafor, who was born on 9 August 1988, will be 36 years and 218 days old on the night.",
     "Okafor, who was born on 9 August 1988, will be 38 years old on the night.", "38 years old"),
    ("Mia, born on 2 September 2024, was six months old when the family moved.",
     "Mia, born on 2 September 2020, was six years old when the family moved in March 2025.", "six years old"),
]

# each table, the rule family its flagged twins must raise, and the publication date its texts need
TABLES = [(PERCENT_CLEAN_WITH_FLAGGED_TWIN, "FC2", None), (RESTATEMENT_CLEAN_WITH_FLAGGED_TWIN, "FC4", None),
          (SUM_CLEAN_WITH_FLAGGED_TWIN, "FC1", None), (CHANGE_CLEAN_WITH_FLAGGED_TWIN, "FC3", None),
          (COMPARISON_CLEAN_WITH_FLAGGED_TWIN, "FC7", None), (DATE_CLEAN_WITH_FLAGGED_TWIN, "FC5", "2025-03-15"),
          (SHARE_CLEAN_WITH_FLAGGED_TWIN, "FC2", None), (LIST_CLEAN_WITH_FLAGGED_TWIN, "FC4", None)]
CASES = [(clean, flagged, target, rule, published)
         for table, rule, published in TABLES for clean, flagged, target in table]


@pytest.mark.parametrize("clean,flagged,target,rule,published", CASES)
def test_round16_lead_clean(clean, flagged, target, rule, published):
    assert_clean(clean, published=published)


@pytest.mark.parametrize("clean,flagged,target,rule,published", CASES)
def test_round16_lead_twin_flagged(clean, flagged, target, rule, published):
    assert_flagged(flagged, target, rule, published=published)

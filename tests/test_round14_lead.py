"""Round 14 (lead): shapes found on freshly written clean articles and never-seen learning sets.  Each clean
text has a twin with a real error that is still flagged, so no guard here can only silence."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

CLEAN_WITH_FLAGGED_TWIN = [
    # the last part of a series sits past a long noun phrase: it still closes the list
    ("A crew of 58 fought the blaze: 40 firefighters, 14 volunteers from the reserve station opened in Harwick "
     "last spring and four paramedics.",
     "A crew of 58 fought the blaze: 40 firefighters, 14 volunteers from the reserve station opened in Harwick "
     "last spring and nine paramedics.", "58"),
    # a figure called the largest share, then the other parts and "the remaining": a sibling, no whole
    ("Schools will take the largest share, at £31.5m. Roads will get £12.2m, parks £4.1m and libraries £2.6m, "
     "with the remaining £7.6m spread across other services. The whole budget is £58m.",
     "Roads will get £12.2m, parks £4.1m, schools £31.5m and libraries £2.6m, with the remaining £7.6m spread "
     "across other services, £48m in all.", "£48m"),
    # an average with decimals is no count of things beside a whole count
    ("She averaged 97.3 to her rival's 91.8 and hit 11 maximums to his eight, 19 in all.",
     "She hit 11 maximums to his eight and four bullseyes, 19 in all.", "19"),
    # the total's own words count more items than the list read
    ("The scheme funds 180 places across four towns: 70 in Ashby, 50 at the old mill, 40 behind the station and "
     "20 near the quay.",
     "The scheme funds 180 places across two towns: 70 in Ashby and 50 in Kelby.", "180"),
    # a total over several days, parts told by kind (not by day): all of it
    ("In all, 4,210 ballots were cast over the five days of voting. Of those, 2,505 members voted yes, 1,618 "
     "voted no and 87 abstained.",
     "In all, 4,210 ballots were cast over the five days of voting. Of those, 2,505 members voted yes, 1,168 "
     "voted no and 87 abstained.", "4,210"),
    # a part picked from the whole right before the whole's own breakdown is no part of that breakdown
    ("The leak began in one of the depot's 48 tanks - 30 for diesel and 18 for petrol - on Sunday.",
     "The depot has 48 tanks - 30 for diesel and 28 for petrol.", "48"),
    # spoilt ballots are cast for no side: one more part of the turnout
    ("At the ballot, 530 members voted yes and 214 no, with 11 ballot papers rejected as spoilt. In all, 755 of "
     "the 1,300 members took part.",
     "At the ballot, 530 members voted yes and 214 no, with 31 ballot papers rejected as spoilt. In all, 755 of "
     "the 1,300 members took part.", "755"),
    # a figure ten times the whole after the list is another count, no part ("made about 18,600 visits")
    ("The crew of 46, made up of 31 firefighters and 15 volunteers, answered about 12,400 calls in the year.",
     "The crew of 46, made up of 31 firefighters and 19 volunteers, answered calls all year.", "46"),
    ("In all, 2,310 runners began the race; 2,150 finished, 120 dropped out at the halfway point because of the heat "
     "and 40 were stopped by marshals.",
     "In all, 2,310 runners began the race; 2,150 finished, 210 dropped out at the halfway point because of the heat "
     "and 40 were stopped by marshals.", "2,310"),
]


SHARE_CLEAN_WITH_FLAGGED_TWIN = [
    # a share after the last part of a series may speak of the whole series
    ("Storms closed 96 primary schools, 31 secondary schools and 13 special schools, nearly one in five of the "
     "county's 742 schools.",
     "Storms closed 96 primary schools, 31 secondary schools and 13 special schools, nearly one in five of the "
     "county's 1,742 schools.", "nearly one in five"),
    # "at least one" is "any", no count standing between a part and its share
    ("Of the 2,150 schools that replied, 690 had at least one teacher off sick, almost a third.",
     "Of the 2,150 schools that replied, 960 had at least one teacher off sick, almost a third.", "almost a third"),
    # "under the age of 18" is an age limit, no count for a share to take
    ("Organisers said 410 swimmers took part, including 79 under the age of 16, almost a fifth of the total.",
     "Organisers said 410 swimmers took part, including 179 juniors, almost a fifth of the total.",
     "almost a fifth"),
    ("The council sold 120 vans, 85 cars and 95 lorries, almost a third of its 920 vehicles.",
     "The council sold 120 vans, 85 cars and 95 lorries, almost a third of its 2,920 vehicles.", "almost a third"),
]


@pytest.mark.parametrize("clean,flagged,target", SHARE_CLEAN_WITH_FLAGGED_TWIN)
def test_round14_lead_share_clean(clean, flagged, target):
    assert_clean(clean)


@pytest.mark.parametrize("clean,flagged,target", SHARE_CLEAN_WITH_FLAGGED_TWIN)
def test_round14_lead_share_twin_flagged(clean, flagged, target):
    assert_flagged(flagged, target, "FC2")


@pytest.mark.parametrize("clean,flagged,target", CLEAN_WITH_FLAGGED_TWIN)
def test_round14_lead_clean(clean, flagged, target):
    assert_clean(clean)


@pytest.mark.parametrize("clean,flagged,target", CLEAN_WITH_FLAGGED_TWIN)
def test_round14_lead_twin_flagged(clean, flagged, target):
    assert_flagged(flagged, target, "FC1")


def test_change_message_keeps_the_unit_of_a_spelled_size():
    """'a cut of four minutes' against 16 -> 14 minutes: the message gives the real change with its unit."""
    from checker import check_text
    text = "The crossing now takes 14 minutes, down from 16 minutes, a cut of four minutes."
    messages = [f.message for f in check_text(text) if f.rule == "FC301"]
    assert messages and "a fall of 2 minutes, not four minutes" in messages[0], messages


RESTATEMENT_CLEAN_WITH_FLAGGED_TWIN = [
    # "five of the next seven legs": a stretch of a longer run, no whole a later "the 19 legs" restates
    # "885 of its members": some of the noun's things, no whole a later "the 1,640 members" restates
    ("The union said 885 of its members backed the strike and 132 voted against. Of the 1,640 members eligible to "
     "vote, 1,017 took part.",
     "The union has 1,640 members. Of the 1,460 members eligible to vote, 1,017 took part.", "1,460"),
    ("She had to win five of the next seven frames to draw level. She made 12 centuries over the 19 frames.",
     "She won 17 frames on Sunday. Over the 71 frames she made 12 centuries.", "71"),
    # an item of a list of figures ("870 for damaged cars, 310 for ...") is no whole a later "the N cars" restates
    ("The insurer logged 1,240 claims: 870 for damaged cars, 310 for homes and 60 from farms. At one garage, the "
     "180 cars on the forecourt were dented.",
     "Hail damaged 870 cars across the county on Tuesday. The 680 cars were towed to a depot near the ring road.",
     "680"),
]


@pytest.mark.parametrize("clean,flagged,target", RESTATEMENT_CLEAN_WITH_FLAGGED_TWIN)
def test_round14_lead_restatement_clean(clean, flagged, target):
    assert_clean(clean)


@pytest.mark.parametrize("clean,flagged,target", RESTATEMENT_CLEAN_WITH_FLAGGED_TWIN)
def test_round14_lead_restatement_twin_flagged(clean, flagged, target):
    assert_flagged(flagged, target, "FC4")


def test_origin_word_picks_a_subgroup_of_the_headline_figure():
    """"Overseas" before the body figure picks some of the headline's whole; without it a real slip flags."""
    headline = "Festival draws bands from 14 countries\n\n"
    assert_clean(headline + "Foreign acts made up a third of the bill, with 62 bands arriving from 13 countries.")
    assert_flagged(headline + "The festival drew bands from 13 countries this year.", "13", "FC4")


def test_first_year_told_in_the_past_is_no_running_year():
    """"19 in his first year" beside "since 1998" is a past year, not the year running now (FC503 stays silent)."""
    assert_clean("Ann Cole, who has counted the birds since 1998, saw only four this spring, against 19 in her "
                 "first year.", "2025-05-01")
    assert_flagged("The fair, first held in 1998, is now in its 18th year.", "18th", "FC5", "2025-05-01")

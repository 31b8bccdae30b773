"""Round 21 (second changes helper): changes against their levels, read more widely -- a size in bare "points"
set "on" its base, "a slowdown of", "N times as many as the 296", thousands in words, a headline fraction, a clause
of circumstance before ", up from", a closing "a fourfold increase", a fraction apposed to a level whose old level
the sentence before gives, and the two levels at two times in the sentence after a change sized alone.  Every
flagged row has a clean twin (the same text with consistent figures); rows are (flagged, clean, target, rule)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _check(flagged, clean, target, rule, published=None):
    assert_flagged(flagged, target, rule, published)
    assert_clean(clean, published)


# A points change in a bare "points" set "on" its base ("up 3.1 points on the 47.3 per cent of 2019"): the
# word "points" between the size and "on" is its unit, and "on" still names the old level.
POINTS_ON_BASE = [
    ("Support for the mayor reached 52.6 per cent, up 3.1 points on the 47.3 per cent of the spring poll.",
     "Support for the mayor reached 52.6 per cent, up 5.3 points on the 47.3 per cent of the spring poll.",
     "3.1 points", "FC204"),
    ("Turnout was 38.2%, down 2.9 points on the 43.7% recorded four years ago.",
     "Turnout was 38.2%, down 5.5 points on the 43.7% recorded four years ago.", "2.9 points", "FC204"),
    ("The party polled 27.4 per cent, up 6.2 points on its 19.6 per cent at the last election, officials said.",
     "The party polled 27.4 per cent, up 7.8 points on its 19.6 per cent at the last election, officials said.",
     "6.2 points", "FC204"),
    ("The jobless rate stood at 6.4 per cent - up 1.3 points on the 4.7 per cent of a year earlier.",
     "The jobless rate stood at 6.4 per cent - up 1.7 points on the 4.7 per cent of a year earlier.",
     "1.3 points", "FC204"),
    ("In March the pass rate hit 81.5%, up 4.4 points on last year's 75.9%.",
     "In March the pass rate hit 81.5%, up 5.6 points on last year's 75.9%.", "4.4 points", "FC204"),
    ("Vaccine uptake fell to 71.2 per cent, down 3.4 points on the 76.8 per cent seen in 2022.",
     "Vaccine uptake fell to 71.2 per cent, down 5.6 points on the 76.8 per cent seen in 2022.",
     "3.4 points", "FC204"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", POINTS_ON_BASE)
def test_round21_points_on_base(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# "a slowdown of N points" is a change noun like "a fall of": its size is checked against the two rates.
SLOWDOWN = [
    ("Factory-gate inflation eased to 2.7 per cent in June from 4.1 per cent in May, a slowdown of 1.7 "
     "percentage points.",
     "Factory-gate inflation eased to 2.7 per cent in June from 4.1 per cent in May, a slowdown of 1.4 "
     "percentage points.", "1.7 percentage points", "FC204"),
    ("Wage growth slowed to 3.6% from 5.3%, a slowdown of 1.2 points, the statistics office said.",
     "Wage growth slowed to 3.6% from 5.3%, a slowdown of 1.7 points, the statistics office said.",
     "1.2 points", "FC204"),
    ("Rent inflation fell to 4.8% in the third quarter, a slowdown of 2.6 percentage points on the 6.9% of the "
     "second.",
     "Rent inflation fell to 4.8% in the third quarter, a slowdown of 2.1 percentage points on the 6.9% of the "
     "second.", "2.6 percentage points", "FC204"),
    ("Price growth cooled to 3.3 per cent from 3.9 per cent - a slowdown of 0.9 points.",
     "Price growth cooled to 3.3 per cent from 3.9 per cent - a slowdown of 0.6 points.", "0.9 points", "FC204"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", SLOWDOWN)
def test_round21_slowdown(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# A level, then a multiple (or a fraction) "as many as" / "as much as" its base named with a determiner or an
# owner ("the 296 found in 2020", "last year's 1,250 tonnes"): the multiple is the ratio of the two.
AS_MANY_AS_THE_BASE = [
    ("Volunteers counted 1,146 toads on the lane this spring, two and a half times as many as the 296 found in "
     "2020.",
     "Volunteers counted 1,146 toads on the lane this spring, two and a half times as many as the 458 found in "
     "2020.", "two and a half times", "FC302"),
    ("The council collected 3,412 tonnes of glass, twice as much as last year's 1,246 tonnes.",
     "The council collected 3,412 tonnes of glass, twice as much as last year's 1,706 tonnes.", "twice", "FC302"),
    ("Ticket sales reached £2.1m, three times as much as the £512,000 of 2019, the festival said.",
     "Ticket sales reached £2.1m, four times as much as the £512,000 of 2019, the festival said.", "three times",
     "FC302"),
    ("The club now has 93 members, half as many as the 241 it had in 2010.",
     "The club now has 121 members, half as many as the 241 it had in 2010.", "half", "FC302"),
    ("Police seized 418 knives in the amnesty, three times as many blades as the 212 handed in last year.",
     "Police seized 418 knives in the amnesty, twice as many blades as the 212 handed in last year.",
     "three times", "FC302"),
    ("The appeal raised $86,300 - four times as much as the $31,450 raised in 2021.",
     "The appeal raised $86,300 - almost three times as much as the $31,450 raised in 2021.", "four times",
     "FC302"),
    ("Inspectors found 712 potholes on rural roads in March, twice as many as the 497 reported in February.",
     "Inspectors found 712 potholes on rural roads in March, one and a half times as many as the 497 reported in "
     "February.", "twice", "FC302"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", AS_MANY_AS_THE_BASE)
def test_round21_as_many_as_the_base(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


def test_round21_half_as_many_again_is_no_half():
    # "half as many again as the 16" is 24 (half as many more), no ratio of a half
    assert_clean("The new ward will have 24 beds, half as many again as the 16 on the old unit.")


# Thousands in words, then hundreds in words, are one figure ("one thousand two hundred"), also as an end of a
# move ("from eight hundred to just over one thousand two hundred").
WRITTEN_THOUSANDS = [
    ("Season-ticket holders have gone from eight hundred to just over one thousand two hundred, a rise of roughly "
     "a quarter.",
     "Season-ticket holders have gone from eight hundred to just over one thousand two hundred, a rise of roughly "
     "a half.", "roughly a quarter", "FC203"),
    ("The choir grew from one thousand four hundred voices to two thousand one hundred, a rise of a third.",
     "The choir grew from one thousand four hundred voices to two thousand one hundred, a rise of a half.",
     "a third", "FC203"),
    ("Entries rose by nine hundred to two thousand three hundred, up from one thousand six hundred.",
     "Entries rose by seven hundred to two thousand three hundred, up from one thousand six hundred.",
     "nine hundred", "FC301"),
    ("The village had one thousand two hundred and forty residents in 2001 and now has double that: 2,480.",
     "The village had one thousand two hundred and forty residents in 2001 and now has double that: 2,480.",
     None, None),
]


@pytest.mark.parametrize("flagged,clean,target,rule", WRITTEN_THOUSANDS)
def test_round21_written_thousands(flagged, clean, target, rule):
    if target is None:
        assert_clean(clean)
    else:
        _check(flagged, clean, target, rule)


def test_round21_written_thousands_value():
    from checker.api import analyse
    doc = analyse("They sold one thousand two hundred and fifty tickets, and about two thousand four hundred more "
                  "went on sale.", None)
    values = [m.value for m in doc.mentions]
    assert 1250 in values and 2400 in values


# A headline change sized by a fraction ("fall by a quarter") over a lead setting a level against its earlier
# one ("312 ..., against 348 a year earlier"): the fraction is the change's percentage.
HEADLINE_FRACTION = [
    ("Burglaries fall by a quarter in Millford\nPolice recorded 313 burglaries in the town last year, against 347 "
     "in 2023.",
     "Burglaries fall by a quarter in Millford\nPolice recorded 261 burglaries in the town last year, against 347 "
     "in 2023.", "a quarter", "FC203"),
    ("Library loans rise by a third\nThe county's libraries made 52,310 loans in the year to March, compared with "
     "47,920 a year earlier.",
     "Library loans rise by a third\nThe county's libraries made 63,890 loans in the year to March, compared with "
     "47,920 a year earlier.", "a third", "FC203"),
    ("Bus journeys down by almost half\nOperators logged 1.46 million bus journeys this year, compared with 1.71 "
     "million last year, the council said.",
     "Bus journeys down by almost half\nOperators logged 0.91 million bus journeys this year, compared with 1.71 "
     "million last year, the council said.", "almost half", "FC203"),
    ("Hospital admissions up by a fifth\nThe trust recorded 9,310 admissions in 2024, against 8,870 in 2023.",
     "Hospital admissions up by a fifth\nThe trust recorded 10,640 admissions in 2024, against 8,870 in 2023.",
     "a fifth", "FC203"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", HEADLINE_FRACTION)
def test_round21_headline_fraction(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# A clause of circumstance between the new level and ", up from" (", down from", ", compared with") the old one:
# "doubled to 96,000 after the new wing opened, up from 58,000" -- no break of the move.
CIRCUMSTANCE_BEFORE_OLD = [
    ("Visitor numbers at the abbey doubled to 96,400 last year after the new visitor centre opened, up from "
     "58,100.",
     "Visitor numbers at the abbey doubled to 116,300 last year after the new visitor centre opened, up from "
     "58,100.", "doubled", "FC302"),
    ("Crossings fell by 150 to 312 when the bridge shut, compared with 523.",
     "Crossings fell by 211 to 312 when the bridge shut, compared with 523.", "150", "FC301"),
    ("Footfall rose 18% to 41,230 in 2024 after the market hall reopened, up from 32,870, the council said.",
     "Footfall rose 25% to 41,230 in 2024 after the market hall reopened, up from 32,870, the council said.",
     "18%", "FC203"),
    ("Membership has tripled to 2,470 since the gym was refurbished, up from 1,130.",
     "Membership has more than doubled to 2,470 since the gym was refurbished, up from 1,130.", "tripled",
     "FC302"),
    ("Complaints dropped by 620 to 1,940 once the new helpline opened, down from 2,730.",
     "Complaints dropped by 790 to 1,940 once the new helpline opened, down from 2,730.", "620", "FC301"),
    ("Sales climbed by £1.2m to £6.9m following the launch of the new range, up from £5.3m.",
     "Sales climbed by £1.6m to £6.9m following the launch of the new range, up from £5.3m.", "£1.2m",
     "FC301"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", CIRCUMSTANCE_BEFORE_OLD)
def test_round21_circumstance_before_old(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


def test_round21_circumstance_with_a_move_of_its_own_is_a_break():
    # the clause tells a move of its own ("when prices rose"): the levels after it may be of another measure
    assert_clean("Arrests fell by 150 to 312 when prices rose, compared with 523.")


# The level and "a fourfold increase" (or "four times as many") closing a sentence that opens on "Today", "Now",
# after the sentence giving the earlier level with its year; a closing "according to ..." is no part of it.
MULTIPLE_CLOSING_AFTER_BASE = [
    ("There were 46 registered beekeepers in the parish in 2010. Today there are 138, a fourfold increase, "
     "according to the local association.",
     "There were 46 registered beekeepers in the parish in 2010. Today there are 138, a threefold increase, "
     "according to the local association.", "fourfold", "FC302"),
    ("In 2012 the festival sold 3,150 tickets. It now sells 9,420, a fourfold rise.",
     "In 2012 the festival sold 3,150 tickets. It now sells 9,420, a threefold rise.", "fourfold", "FC302"),
    ("The town had 17 cafes in 2015. Now there are 52, four times as many.",
     "The town had 17 cafes in 2015. Now there are 52, three times as many.", "four times", "FC302"),
    ("There were 214 electric buses on the roads in 2019. Today there are 1,290, a fourfold increase.",
     "There were 214 electric buses on the roads in 2019. Today there are 1,290, a sixfold increase.",
     "fourfold", "FC302"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", MULTIPLE_CLOSING_AFTER_BASE)
def test_round21_multiple_closing_after_base(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# A level with a fraction-sized change apposed after it ("121 billion litres, a fall of nearly a third"), the old
# level the one of its kind in the sentence before, with its own time.
APPOSED_FRACTION_EARLIER_LEVEL = [
    ("In 2015 the reservoir held 148 billion litres at its spring peak. This year's peak was 121 billion litres, "
     "a fall of nearly a third.",
     "In 2015 the reservoir held 148 billion litres at its spring peak. This year's peak was 101 billion litres, "
     "a fall of nearly a third.", "nearly a third", "FC203"),
    ("Last season the club averaged 8,240 fans a game. This season the average is 10,310, a rise of almost a "
     "half.",
     "Last season the club averaged 8,240 fans a game. This season the average is 10,310, a rise of a quarter.",
     "almost a half", "FC203"),
    ("In 2022 the charity fed 2,930 families. Last year it fed 3,410 families, an increase of a third.",
     "In 2022 the charity fed 2,930 families. Last year it fed 3,910 families, an increase of a third.",
     "a third", "FC203"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", APPOSED_FRACTION_EARLIER_LEVEL)
def test_round21_apposed_fraction_earlier_level(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# A change sized alone ("has fallen by 2,116 in five years"), then the next sentence gives the measure's two levels
# at two times, the earlier first ("There were 9,870 in 2019; ... 7,574 now").
TIMED_LEVELS_NEXT = [
    ("The number of licensed cab drivers in the city has fallen by 2,116 in five years. There were 9,870 in "
     "2019; the licensing office counts 7,574 now.",
     "The number of licensed cab drivers in the city has fallen by 2,296 in five years. There were 9,870 in "
     "2019; the licensing office counts 7,574 now.", "2,116", "FC301"),
    ("Membership of the rowing club has grown by 312 over the past decade. There were 1,211 members in 2014, and "
     "today there are 1,623.",
     "Membership of the rowing club has grown by 412 over the past decade. There were 1,211 members in 2014, and "
     "today there are 1,623.", "312", "FC301"),
    ("Membership of the rowing club has grown by a third since 2019. There were 1,213 in 2019 and there are "
     "1,819 now.",
     "Membership of the rowing club has grown by half since 2019. There were 1,213 in 2019 and there are "
     "1,819 now.", "a third", "FC203"),
    ("The herd has shrunk by 17% in four years. In 2020 it numbered 2,410 animals; it has 1,790 now.",
     "The herd has shrunk by 26% in four years. In 2020 it numbered 2,410 animals; it has 1,790 now.", "17%",
     "FC203"),
    ("Staff numbers at the plant have been cut by 430 since 2018. There were 2,615 staff in 2018 and there are "
     "2,095 today, the union said.",
     "Staff numbers at the plant have been cut by 520 since 2018. There were 2,615 staff in 2018 and there are "
     "2,095 today, the union said.", "430", "FC301"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", TIMED_LEVELS_NEXT)
def test_round21_timed_levels_next(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


@pytest.mark.parametrize("text,published", [
    # the change told of one year, the levels years apart: another span
    ("Membership of the rowing club grew by 312 last year. There were 1,211 in 2019 and there are 1,623 now.",
     "2025-03-01"),
    # "in the past year" against levels six years apart
    ("Membership of the rowing club has grown by 312 in the past year. There were 1,211 in 2019 and there are "
     "1,623 now.", None),
    # the levels of another measure, named apart
    ("Membership of the rowing club has grown by 312 since 2019. The number of boats was 1,211 in 2019 and is "
     "1,623 now.", None),
])
def test_round21_timed_levels_other_span_clean(text, published):
    assert_clean(text, published)


# A change, an attribution ("bakers say") and a colon, then the two levels at two times, the second opened by
# "now" and its verb ("a loaf that cost €1.20 in 2021 now sells for €1.80"); a measure between an article and its
# noun ("a 400g white loaf") describes the thing priced and is no level.
COLON_TIMED_LEVELS = [
    ("The price of a loaf has gone up by a third, bakers say: a 400g white loaf that cost €1.20 in 2021 now sells "
     "for €1.80.",
     "The price of a loaf has gone up by a half, bakers say: a 400g white loaf that cost €1.20 in 2021 now sells "
     "for €1.80.", "a third", "FC203"),
    ("Season tickets have risen by £85, the club said: a seat that cost £310 in 2019 now costs £415.",
     "Season tickets have risen by £105, the club said: a seat that cost £310 in 2019 now costs £415.", "£85",
     "FC301"),
    ("Coffee has become 40% dearer in five years: a cup that cost $2.10 in 2019 today sells for $3.35.",
     "Coffee has become 60% dearer in five years: a cup that cost $2.10 in 2019 today sells for $3.35.", "40%",
     "FC203"),
    ("Rents have risen by a quarter, agents report: a flat let for £1,150 a month in 2020 now fetches £1,610.",
     "Rents have risen by 40%, agents report: a flat let for £1,150 a month in 2020 now fetches £1,610.",
     "a quarter", "FC203"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", COLON_TIMED_LEVELS)
def test_round21_colon_timed_levels(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)


# A change sized by a fraction alone in its sentence, then the next sentence giving its two levels as the level
# and ", against" (", down from", ", compared with") the old one: the fraction is the change's percentage.
FRACTION_THEN_LEVELS_NEXT = [
    ("Burglaries fell by a quarter last year. Police recorded 312 burglaries, against 348 in 2023.",
     "Burglaries fell by a quarter last year. Police recorded 261 burglaries, against 348 in 2023.", "a quarter",
     "FC203", "2024-03-01"),
    ("Church weddings rose by almost a third last year. The diocese held 2,040 weddings, up from 1,710 in 2023, "
     "it said.",
     "Church weddings rose by almost a third last year. The diocese held 2,260 weddings, up from 1,710 in 2023, "
     "it said.", "almost a third", "FC203", "2024-03-01"),
    ("Bus fares went up by a fifth this year. A single fare now costs £2.10, compared with £1.95 last year.",
     "Bus fares went up by a fifth this year. A single fare now costs £2.34, compared with £1.95 last year.",
     "a fifth", "FC203", "2024-03-01"),
    ("Burglaries fell by 80 last year. Police recorded 312 burglaries, against 348 in 2023.",
     "Burglaries fell by 36 last year. Police recorded 312 burglaries, against 348 in 2023.", "80", "FC301",
     "2024-03-01"),
]


@pytest.mark.parametrize("flagged,clean,target,rule,published", FRACTION_THEN_LEVELS_NEXT)
def test_round21_fraction_then_levels_next(flagged, clean, target, rule, published):
    import datetime
    _check(flagged, clean, target, rule, datetime.date.fromisoformat(published))


# A points change in a bare "points" before its comparative: "3.8 points higher than the 59.2 per cent".
POINTS_COMPARATIVE = [
    ("The share was 61.4 per cent, 3.8 points higher than the 59.2 per cent of 2019.",
     "The share was 61.4 per cent, 2.2 points higher than the 59.2 per cent of 2019.", "3.8 points", "FC204"),
    ("Labour's share was 41.2%, 4.1 points lower than the 47.3% it won in 2019.",
     "Labour's share was 41.2%, 6.1 points lower than the 47.3% it won in 2019.", "4.1 points", "FC204"),
    ("At 72.5 per cent, the employment rate is 1.9 points up on the 71.4 per cent of a year ago.",
     "At 72.5 per cent, the employment rate is 1.1 points up on the 71.4 per cent of a year ago.", "1.9 points",
     "FC204"),
]


@pytest.mark.parametrize("flagged,clean,target,rule", POINTS_COMPARATIVE)
def test_round21_points_comparative(flagged, clean, target, rule):
    _check(flagged, clean, target, rule)

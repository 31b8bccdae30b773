"""Round 23, sums helper: narrow requirements of the sums readers relaxed (checker/relate/sums.py).

* ``_year_then_to`` (a false alarm): "rose from 3,260 at the end of March 2023 to 5,140": the year before "to"
  is a date's, so the figure after it is the level reached, kept as a figure of the sentence, and a breakdown
  in the next sentence is no longer read against the old level as the sentence's lone count.
* ``_PATH_AFTER``: "21 down the internal stairwell" -- "up"/"down" before a definite path is the way a part
  went, no difference.
* ``_money_named``: under a headline's sum of money, "The money will be split three ways: ..." names the whole.
* ``_none_spoiled_after``: "Turnout was N. A polled X votes, B Y and C Z, and there were no spoilt ballots":
  the candidates' votes are every ballot (three candidates are enough when none was spoiled).
* ``_sharers_of_last``: "..., while the remaining 3,527 were shared among four independents": the count of who
  shared the last part is no figure of the list.
* ``_DETERMINED_ED``: "the sponsored walk $19,500" -- an -ed word after a determiner is no verb of a gapped part.
* ``_VOTED_BY``: a motion "passed by 312 to 204" is a tally like "voted 312 to 204".
* ``_RECORD_AFTER_GAP``, ``_other_tally_after_record``: "16 wins, one draw and seven defeats from their 22
  matches" (the last outcome's noun before "from"), with "collecting 75 points - 66 from ... and nine ..."
  after it (figures breaking down the points, no part left out).

Each flagged row has a clean twin (same words, figures that agree)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _rows(rows):
    return pytest.mark.parametrize("name,template,flagged,clean", rows, ids=[r[0] for r in rows])


def _clean_rows(rows):
    return pytest.mark.parametrize("name,text", rows, ids=[r[0] for r in rows])


# a level reached after a date's year, then the breakdown of that level: never read against the old level
LEVEL_AFTER_YEAR_ROWS = [
    ("month year, remaining", "Unpaid invoices rose from 1,840 at the end of June 2022 to 2,900 in May. Of those "
     "now open, 1,600 are from councils, 850 from schools and the remaining 450 from charities."),
    ("bare year", "Waiting patients climbed from 4,100 in 2021 to 6,000 this spring. Of these, 3,500 need surgery, "
     "1,700 need scans and the remaining 800 are awaiting a first visit."),
    ("fell, attribution", "Open cases fell from 9,300 in January 2024 to 7,200 by October, officials said. Some "
     "4,000 involve fraud, 2,100 theft and the remaining 1,100 other offences."),
    ("grew, season", "Members grew from 610 in autumn 2023 to 980 this season. Juniors account for 420, adults "
     "for 390 and the remaining 170 are veterans."),
    ("went up, written", "The backlog went up from 310 in March 2023 to 500 last month. Two hundred relate to "
     "roofs, 180 to boilers and the remaining 120 to windows."),
    ("increased, dash", "Bookings increased from 2,260 in 2022 to 3,400 this year - 1,900 from abroad, 900 from "
     "the region and the remaining 600 from the city."),
    ("rose, period after", "Claims rose from 5,020 in April 2023 to 7,700 over the past year. Of them, 4,100 came "
     "from tenants, 2,400 from landlords and the remaining 1,200 from agents."),
    ("dropped, two parts", "Vacant posts dropped from 1,450 in 2023 to 990 in the latest count. Nurses make up "
     "610 and the remaining 380 are doctors."),
]


@_clean_rows(LEVEL_AFTER_YEAR_ROWS)
def test_level_after_a_year_is_no_alternative(name, text):
    assert_clean(text)


# the breakdown of the level reached is still read against it: 1,600 + 850 + 450 = 2,900
LEVEL_REACHED_ROWS = [
    ("month year, of those", "Unpaid invoices rose from 1,840 at the end of June 2022 to {w} in May. Of those, "
     "1,600 are from councils, 850 from schools and the remaining 450 from charities.", "2,700", "2,900"),
    ("bare year, of these", "Waiting patients climbed from 4,100 in 2021 to {w} this spring. Of these, 3,500 need "
     "surgery, 1,700 need scans and the remaining 800 are awaiting a first visit.", "6,300", "6,000"),
]


@_rows(LEVEL_REACHED_ROWS)
def test_level_reached_still_the_total(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# "up"/"down" before a definite path is the way a part went: 17 + 21 + 6 = 44
PATH_ROWS = [
    ("colon, down the stairwell", "Crews led {w} people out of the burning hotel: 17 by aerial ladder, 21 down the "
     "main stairwell and 6 from the roof.", "42", "44"),
    ("written last part", "Crews led {w} people out of the burning hotel: 17 by aerial ladder, 21 down the main "
     "stairwell and six from the roof, the fire service said.", "42", "44"),
    ("up the hill", "Rescuers carried {w} walkers to safety overnight - 12 up the north track, 9 by helicopter "
     "and 5 across the river.", "28", "26"),
    ("down first", "Staff moved {w} patients from the flooded ward: 14 down the back stairs, 11 by lift and 7 "
     "through the link corridor.", "30", "32"),
    ("down their path", "The marshals guided {w} climbers off the ridge: 8 down their usual path, 6 by the gully "
     "and 4 by rope.", "20", "18"),
    ("dash, down first", "Fire crews brought {w} residents out - 17 down the internal stairs, 21 by ladder and 6 "
     "from balconies - before the roof fell in.", "42", "44"),
    ("attribution first", "Police said {w} fans left the stadium early: 900 down the east ramp, 700 through the "
     "north gate and 400 by the side exits.", "2,200", "2,000"),
    ("down the corridor, period", "On Tuesday nurses wheeled {w} beds out of the old wing: 40 down the corridor, "
     "25 by the goods lift and 15 across the yard.", "70", "80"),
]


@_rows(PATH_ROWS)
def test_path_after_up_or_down(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# a difference is still a difference: nothing read as a part
DIFFERENCE_ROWS = [
    ("down a third", "The club sold 4,000 tickets: 2,000 for the final, 1,200 down a third on last year, and 800 "
     "for the cup."),
    ("up the table", "Of the 20 clubs, 14 moved up the table and 6 went down the table this month."),
]


@_clean_rows(DIFFERENCE_ROWS)
def test_difference_still_no_part(name, text):
    assert_clean(text)


# a headline's sum of money, then "the money" split in the first body sentence: 1.4 + 0.9 + 0.6 = 2.9
MONEY_NAMED_ROWS = [
    ("split three ways, colon", "{w} road upgrade for the west approved\nThe money will be split three ways: £1.4bn "
     "for resurfacing, £0.9bn for bridges and £0.6bn for junctions, the minister said.", "£3.2bn", "£2.9bn"),
    ("cash, dash", "{w} boost for county parks\nThe cash goes on three things - £1.4m for paths, £0.9m for toilets "
     "and £0.6m for play areas.", "£3.1m", "£2.9m"),
    ("funding, between", "{w} grant for rural schools\nThe funding is shared between three areas: $1.4m for roofs, "
     "$0.9m for heating and $0.6m for laptops.", "$3.3m", "$2.9m"),
    ("budget, four parts", "{w} plan for city hospitals\nThe budget covers four projects: £1.2bn for a new wing, "
     "£0.8bn for theatres, £0.5bn for beds and £0.4bn for scanners.", "£3.1bn", "£2.9bn"),
    ("sum, attribution before", "Council unveils {w} housing package\nOfficials said the sum will go to three "
     "schemes: £14m for repairs, £9m for insulation and £6m for new homes.", "£31m", "£29m"),
    ("money, written count", "{w} deal to save the pier\nThe money is split two ways: €1.8m for the deck and €1.1m "
     "for the pavilion.", "€3.2m", "€2.9m"),
    ("funds, hedge", "About {w} for flood defences\nThe funds will be spent on three sites: £1.4m at Ayr, £0.9m at "
     "Troon and £0.6m at Irvine.", "£3.5m", "£2.9m"),
    ("pot, in 2026", "{w} fund for bus routes\nThe pot in 2026 will be split three ways: £1.4m for new buses, "
     "£0.9m for depots and £0.6m for shelters.", "£3.4m", "£2.9m"),
]


@_rows(MONEY_NAMED_ROWS)
def test_money_named_under_headline(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# turnout, then every candidate and no spoiled paper: 2,415 + 1,903 + 644 = 4,962
NONE_SPOILED_ROWS = [
    ("turnout was, and there were", "Turnout in Hill ward was {w}. The Labour candidate polled 2,415 votes, the "
     "Tory 1,903 and the Green 644, and there were no spoilt ballots.", "4,862", "4,962"),
    ("no papers were rejected", "Turnout in the ward was {w}. Ana Silva won 2,415 votes, Tom Reed 1,903 and Joy "
     "Cole 644; no papers were rejected.", "4,992", "4,962"),
    ("no spoiled papers, attribution", "Turnout stood at {w}, the council said. Ms Patel received 2,415 votes, "
     "Mr Khan 1,903 and Ms Lowe 644, with no spoiled papers.", "4,762", "4,962"),
    ("turnout of", "The by-election had a turnout of {w}. The Liberal polled 2,415 votes, Labour 1,903 and the "
     "Greens 644, and there were no invalid votes.", "5,062", "4,962"),
    ("no ballots were spoiled", "Turnout in Eastway was {w}. Reform took 2,415 votes, Labour 1,903 and the "
     "Tories 644, and no ballots were spoiled.", "4,862", "4,962"),
    ("no blank ballots", "Turnout in Mill ward was {w}. The mayor polled 2,415 votes, her rival 1,903 and an "
     "independent 644, and there were no blank ballots.", "4,852", "4,962"),
    ("turnout reached", "Turnout reached {w} in the village poll. Mr Hale polled 2,415 votes, Mrs Dyer 1,903 and "
     "Mr Owen 644, and there were no spoilt papers.", "4,860", "4,962"),
    ("written figure", "Turnout was {w}. Dr Amin polled 2,415 votes, Ms Roe 1,903 and Mr Kay 644, and no papers "
     "were spoilt.", "4,900", "4,962"),
]


@_rows(NONE_SPOILED_ROWS)
def test_turnout_none_spoiled(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# the remaining votes shared among a counted group: 9,215 + 6,870 + 3,527 = 19,612
SHARERS_ROWS = [
    ("shared among, ballots cast", "Officials said {w} ballots were cast in the Kent by-election. The Liberal "
     "candidate received 9,215 votes and her Labour rival 6,870, while the remaining 3,527 were shared among four "
     "independents.", "18,412", "19,612"),
    ("split between", "In all, {w} ballots were cast. The Tory received 9,215 votes and the Liberal 6,870, while the "
     "remaining 3,527 were split between three minor parties.", "19,112", "19,612"),
    ("divided among, or spoiled", "A total of {w} ballots were cast. Ms Ford received 9,215 votes and Mr Hart "
     "6,870, while the remaining 3,527 were divided among five others or spoiled.", "19,912", "19,612"),
    ("went to, across", "Officials counted {w} ballots. The winner got 9,215 votes and the runner-up 6,870, and "
     "the remaining 3,527 were spread across six candidates.", "18,612", "19,612"),
    ("members, shared by", "The union said {w} members voted. Some 9,215 backed the deal and 6,870 opposed it, "
     "while the remaining 3,527 were shared by two rival motions.", "19,002", "19,612"),
    ("seats, shared among", "Voters filled {w} seats on the council. Labour took 31 seats and the Tories 22, while "
     "the remaining 9 were shared among three small parties.", "60", "62"),
    ("attribution after", "A total of {w} ballots were cast. Ms Grey received 9,215 votes and Mr Hunt 6,870, while "
     "the remaining 3,527 went to four independents, officials said.", "18,412", "19,612"),
    ("between the", "Officials said {w} votes were counted on Friday. Ms Lee took 9,215 and Mr Orr 6,870, while "
     "the remaining 3,527 were split between two other candidates.", "19,412", "19,612"),
]


@_rows(SHARERS_ROWS)
def test_sharers_of_the_last_part(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# gapped contributions whose subjects carry an -ed word: 41,000 + 19,500 + 9,500 = 70,000
CONTRIBUTIONS_ROWS = [
    ("quote to quote", "\"We raised {w} in total,\" said the treasurer, Ann Bell. \"The gala dinner brought in "
     "$41,000, the sponsored walk $19,500 and online giving $9,500.\"", "$74,000", "$70,000"),
    ("plain sentences", "The club raised {w} in total. The gala dinner brought in $41,000, the sponsored walk "
     "$19,500 and online giving $9,500.", "$74,000", "$70,000"),
    ("contributed", "The appeal raised {w}. The auction contributed £41,000, the sponsored swim £19,500 and the "
     "raffle £9,500.", "£72,000", "£70,000"),
    ("licensed bars", "Takings reached {w} last season. Ticket sales brought in £41,000, the licensed bars £19,500 "
     "and the shop £9,500.", "£76,000", "£70,000"),
    ("attribution after", "Revenue came to {w}, the trust said. Admissions contributed £41m, the restored mill "
     "£19.5m and events £9.5m.", "£73m", "£70m"),
    ("generated", "The festival made {w} this year. Food stalls generated €41,000, the guided tours €19,500 and "
     "parking €9,500.", "€75,000", "€70,000"),
    ("quote, not in total", "\"We took {w},\" said the manager. \"The matinee brought in $41,000, the extended run "
     "$19,500 and the gala night $9,500.\"", "$78,000", "$70,000"),
    ("four sources", "Revenue totalled {w} in 2024. Grants brought in £30m, the rented halls £19.5m, the café £11m "
     "and donations £9.5m.", "£75m", "£70m"),
]


@_rows(CONTRIBUTIONS_ROWS)
def test_gapped_contributions_with_adjective(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# a motion "passed by" a tally, with abstentions, within those present: 312 + 204 + 18 = 534
PASSED_BY_ROWS = [
    ("all took part, which passed", "All {w} deputies in the chamber took part in the vote, which the bill passed "
     "by 312 to 204 with 18 abstentions.", "524", "534"),
    ("carried by, present", "The motion was carried by 312 to 204 among the {w} MPs present, with 18 abstentions.",
     "524", "534"),
    ("approved by, in the chamber", "All {w} members in the chamber voted on the plan, which was approved by 312 "
     "to 204, with 18 abstentions.", "521", "534"),
    ("rejected by", "The {w} senators present saw the treaty rejected by 312 to 204, with 18 abstentions.",
     "520", "534"),
    ("defeated by, on Monday", "All {w} delegates in the hall took part on Monday, and the amendment was defeated "
     "by 312 to 204 with 18 abstentions.", "544", "534"),
    ("backed by", "All {w} councillors in the chamber took part as the budget was backed by 312 to 204, with 18 "
     "abstentions.", "504", "534"),
    ("endorsed by, written", "All {w} peers in the chamber voted, and the report was endorsed by 312 to 204 with "
     "18 abstentions.", "514", "534"),
    ("adopted by", "The {w} representatives present watched as the text was adopted by 312 to 204, with 18 "
     "abstentions.", "524", "534"),
]


@_rows(PASSED_BY_ROWS)
def test_passed_by_tally(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# a season record closed by the last outcome's noun, then the points broken down: 16 + 1 + 5 = 22
RECORD_ROWS = [
    ("defeats from, points after", "They finished with 16 wins, one draw and {w} defeats from their 22 league "
     "matches, collecting 75 points - 66 from results and nine bonus points.", "seven", "five"),
    ("losses in", "The side ended with 16 wins, one draw and {w} losses in their 22 games.", "seven", "five"),
    ("digits, from", "United closed the season with 16 wins, 1 draw and {w} defeats from 22 matches.", "7", "5"),
    ("victories of", "She finished with 16 victories, one draw and {w} defeats of her 22 bouts.", "seven", "five"),
    ("points after, no dash", "They ended on 16 wins, one draw and {w} defeats from their 22 league matches, "
     "taking 68 points.", "six", "five"),
    ("record, attribution", "City finished with 16 wins, one draw and {w} defeats from their 22 fixtures, the club "
     "said.", "four", "five"),
    ("points split, bonus", "The club had 16 wins, one draw and {w} defeats in their 22 matches, earning 75 points - "
     "66 from results and 9 bonus points.", "eight", "five"),
    ("draws plural", "They ended with 15 wins, two draws and {w} defeats from their 22 league games.", "six",
     "five"),
]


@_rows(RECORD_ROWS)
def test_record_then_contests(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# a headline's lone count over a figureless clause and a dash or colon list of places: 87 + 68 + 49 = 204 (read
# only when it agrees or misses by a slip of one digit)
HEADLINE_PLACES_ROWS = [
    ("dashes, trailing clause", "Points failure: {w} trains cancelled\nThe operator scrapped services across the "
     "region on Monday - 87 on the coast line, 68 on the valley line and 49 on the airport link - after a fire.",
     "214", "204"),
    ("colon, attribution", "Snow: {w} flights cancelled\nAirlines axed departures all day, the airports said: 87 "
     "at Luton, 68 at Gatwick and 49 at Stansted.", "304", "204"),
    ("schools closed, colon", "Storm shuts {w} schools\nCouncils closed schools on Friday: 87 in Kent, 68 in Essex "
     "and 49 in Surrey.", "205", "204"),
    ("dash, four places", "Heatwave: {w} bus routes cut\nOperators cut routes across the city on Tuesday - 60 in the "
     "north, 55 in the south, 50 in the east and 39 in the west.", "294", "204"),
    ("em dash", "Strike: {w} trains cancelled\nThe company scrapped services on Thursday — 87 on the main line, 68 "
     "on the branch lines and 49 on the night routes.", "104", "204"),
    ("jobs cut", "Retailer to cut {w} jobs\nThe chain will shed posts at three depots: 87 at Derby, 68 at Leeds and "
     "49 at Hull.", "209", "204"),
    ("approved, every ward", "Council approves {w} applications\nPlanners passed schemes in every ward "
     "this month: 87 in Northside, 68 in Southside and 49 in the centre.", "224", "204"),
    ("flights grounded, swapped digits", "Fog: {w} flights grounded\nAirlines cancelled flights at the three "
     "airports on Sunday - 87 at Heathrow, 68 at Gatwick and 58 at Stansted.", "231", "213"),
]


@_rows(HEADLINE_PLACES_ROWS)
def test_headline_over_places(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# far from the list, or a noun of its own before the list: the places may be some of them, nothing said
HEADLINE_PLACES_SILENT_ROWS = [
    ("far off", "Points failure: 260 trains cancelled\nThe operator scrapped services across the region on Monday "
     "- 87 on the coast line, 68 on the valley line and 49 on the airport link."),
    ("other fate", "Storm shuts 214 schools\nBuses were diverted on Friday: 87 in Kent, 68 in Essex and 49 in "
     "Surrey."),
    ("a figure before the list", "Snow: 214 flights cancelled\nAirlines axed 180 departures, the airports said: 87 "
     "at Luton, 44 at Gatwick and 49 at Stansted."),
]


@_clean_rows(HEADLINE_PLACES_SILENT_ROWS)
def test_headline_over_places_silent(name, text):
    assert_clean(text)

"""Round 18, parts and their whole (checker/relate/sums.py).

* ``_VERB_PARTICLE``: a part's verb and its particle right after the figure ("98 were handed back", "61 went
  ahead", "14 were left behind"), or a verb and a comparative of its object ("318 needed extra care") is no
  difference, so a list of clauses after "Of those" still forms.
* ``_covers_whole``: the whole's own noun and a verb of what it pays for ("The £9.4m grant covers £4.2m for A,
  ...", "pays for A (£4.2m), ...", "will be spent on", "goes on", "splits into"), then three or more sums closed
  by "and", each for a purpose or bracketed after its label: all of it.
* ``_covers_named``: the same list after "The budget covers", "The money will be spent on", with the sum in the
  sentence before or the headline.
* ``_count_of_other_group``: the count before "other"/"remaining" in the noun phrase of the group that made
  the last part ("and the three remaining candidates shared 1,905") is no part, so candidates' votes with the
  spoilt papers still cover the ballots cast; ballots "counted" before the figure are cast too.
* ``_split_object``: "splits the extra journeys between A (96) and B (32)" after a whole counted before.
* ``_shared_out``: the same in one sentence: "adds 150 weekly journeys, which it splits between A (96) and B (32)".
* ``_LEVEL_FROM``: "and 30 women's teams, up from 21 a year ago": a new level, no difference, still a part.
* ``find_largest_source_then_rest``: "Ticket sales were the largest source at £4.2m, followed by £2.1m in grants,
  ..." (or the other sources in the next sentence) after the one new sum before: pieces that may not exceed it.

Each flagged row has a clean twin (same words, figures that agree); the variations cover an attribution,
a period, a trailing clause, a dash, colon or bracket, a written number, a hedge, the whole in the sentence
before."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged whole, clean whole); the parts are 265 + 98 + 60 = 423 (or as written): "of those" may
# leave some out, so the flagged whole is below the parts
PARTICLE_ROWS = [
    ("handed back", "The shelter took in {w} dogs last year. Of those, 265 were rehomed, 98 were handed back to "
     "their owners and 60 were put to sleep.", "410", "423"),
    ("turned back, attribution", "Border staff stopped {w} lorries at the port in 2024. Of those, 265 were "
     "cleared, 98 were turned back and 60 were impounded, officials said.", "407", "423"),
    ("sent back, trailing clause", "The council received {w} planning applications. Of them, 265 were approved, "
     "98 were sent back for changes and 60 were refused, a rise on the year before.", "410", "423"),
    ("went ahead first", "Organisers planned {w} events this summer. Of those, 265 went ahead, 98 were postponed "
     "and 60 were called off.", "413", "423"),
    ("left behind", "Some {w} walkers set out on Sunday. Of them, 265 reached the summit, 98 turned back and 60 "
     "were left behind at the camp.", "380", "423"),
    ("written parts", "The clinic saw {w} patients. Of those, forty were treated, twelve were referred back to "
     "their doctor and eight were admitted.", "fifty", "60"),
    ("of the base, same sentence", "Of the {w} claims lodged, 265 were paid, 98 were sent back to the insurer "
     "and 60 were rejected.", "413", "423"),
]

# a verb, then a comparative of its own object or place ("needed extra care", "scored below the pass mark", "got
# less than they asked for", "were no worse off"): no difference either
COMPARATIVE_OBJECT_ROWS = [
    ("needed extra", "The clinic saw {w} patients. Of those, 642 were sent home, 318 needed extra care and 162 "
     "were admitted.", "1,050", "1,122"),
    ("scored below, total of", "A total of {w} pupils sat the test. Of those, 642 passed, 318 scored below the "
     "pass mark and 162 were absent.", "1,050", "1,122"),
    ("better off", "The charity helped {w} families. Of them, 642 were better off within a year, 318 were no worse "
     "off and 162 lost touch.", "1,050", "1,122"),
    ("got less, attribution", "The council reviewed {w} claims. Of those, 642 were paid in full, 318 got less than "
     "they asked for and 162 were refused, the ombudsman said.", "1,050", "1,122"),
]

# a real difference after the figure stays one
PARTICLE_GUARDS = [
    "The club won 23 games, 12 ahead of last season, and lost 15.",
    "Smith finished on 68, three behind the leader, and Jones on 71.",
]


@pytest.mark.parametrize("name,template,flagged,clean", PARTICLE_ROWS, ids=[r[0] for r in PARTICLE_ROWS])
def test_verb_particle_is_no_difference(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("name,template,flagged,clean", COMPARATIVE_OBJECT_ROWS,
                         ids=[r[0] for r in COMPARATIVE_OBJECT_ROWS])
def test_comparative_of_verb_object_is_no_difference(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", PARTICLE_GUARDS)
def test_particle_guards(text):
    assert_clean(text)


# (name, template, flagged whole, clean whole); the parts are 4.2 + 3.1 + 1.6 = 8.9
COVERS_ROWS = [
    ("covers", "The trust's £{w}m maintenance grant covers £4.2m for roofs, £3.1m for heating and £1.6m for "
     "windows.", "9.4", "8.9"),
    ("period, attribution", "The county's £{w}m library budget for the coming year covers £4.2m for staff, £3.1m "
     "for books and £1.6m for buildings, papers show.", "9.6", "8.9"),
    ("pays for, brackets", "The £{w}m flood fund pays for new walls (£4.2m), pumps (£3.1m) and drainage "
     "(£1.6m).", "9.9", "8.9"),
    ("will be spent on, brackets", "The college's £{w}m building budget will be spent on labs (£4.2m), a "
     "library (£3.1m) and a sports hall (£1.6m), the principal said.", "8.4", "8.9"),
    ("goes on", "The £{w}m arts settlement goes on theatres (£4.2m), galleries (£3.1m) and festivals (£1.6m).",
     "9.1", "8.9"),
    ("label at", "The club's £{w}m wage bill covers players at £4.2m, coaches at £3.1m and support staff at "
     "£1.6m.", "9.8", "8.9"),
    ("splits into", "The £{w}m transport package splits into £4.2m for buses, £3.1m for cycle lanes and £1.6m "
     "for trams.", "8.1", "8.9"),
    ("noun before the sum", "The county's library budget of £{w}m covers £4.2m for staff, £3.1m for books and "
     "£1.6m for buildings.", "9.6", "8.9"),
    ("which covers", "The county has a £{w}m library budget, which covers £4.2m for staff, £3.1m for books and "
     "£1.6m for buildings.", "9.6", "8.9"),
    ("spending on", "The city's £{w}m spending on parks covers £4.2m for grounds staff, £3.1m for play areas and "
     "£1.6m for toilets.", "9.5", "8.9"),
]

# words that leave room for more, a period of the parts' own, or only two parts: no whole
COVERS_GUARDS = [
    "The £9.4m grant covers £4.2m for roofs, £3.1m for heating and £1.6m for windows, among other things.",
    "The £9.4m grant includes £4.2m for roofs, £3.1m for heating and £1.6m for windows.",
    "The £9.4m grant covers £4.2m for roofs and £3.1m for heating.",
    "The £9.4m grant covers £4.2m for roofs, £3.1m for heating and £1.6m for windows this year.",
    "The £9.4m grant sets aside £4.2m for roofs, £3.1m for heating and £1.6m for windows.",
    "The £9.4m budget covers £4.2m for roofs, £3.1m for heating and mainly £1.6m for windows.",
]


# ``_covers_named``: the same list opened by a definite subject with no figure of its own ("The budget covers",
# "The money will be spent on") breaks down the one sum of the nearest earlier sentence with figures
COVERS_NAMED_ROWS = [
    ("sentence before", "The county will spend £{w}m on libraries next year. The budget covers £4.2m for staff, "
     "£3.1m for books and £1.6m for buildings.", "9.6", "8.9"),
    ("headline, attribution", "County sets £{w}m library budget\nThe budget covers £4.2m for staff, £3.1m for books "
     "and £1.6m for buildings, papers show.", "9.6", "8.9"),
    ("the money, brackets", "The trust has been awarded £{w}m. The money will be spent on new wards (£4.2m), "
     "scanners (£3.1m) and parking (£1.6m).", "8.4", "8.9"),
    ("the grant, month", "The club received a £{w}m grant in May. The grant pays for a new stand (£4.2m), "
     "floodlights (£3.1m) and a pitch (£1.6m).", "9.9", "8.9"),
    ("the funding", "Ministers have approved £{w}m for the scheme. The funding covers £4.2m for land, £3.1m for "
     "building work and £1.6m for fees.", "9.4", "8.9"),
]

# room for more, a net result before, two sums before: no whole
COVERS_NAMED_GUARDS = [
    "The county will spend £9.6m on libraries next year. The budget covers £4.2m for staff, £3.1m for books and "
    "£1.6m for buildings, among other things.",
    "The county made a surplus of £9.6m. The money covers £4.2m for staff, £3.1m for books and £1.6m for buildings.",
    "The county will spend £9.6m on libraries and £3m on parks. The budget covers £4.2m for staff, £3.1m for books "
    "and £1.6m for buildings.",
]


@pytest.mark.parametrize("name,template,flagged,clean", COVERS_NAMED_ROWS, ids=[r[0] for r in COVERS_NAMED_ROWS])
def test_covering_subject_names_whole_before(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", COVERS_NAMED_GUARDS)
def test_covers_named_guards(text):
    assert_clean(text)


@pytest.mark.parametrize("name,template,flagged,clean", COVERS_ROWS, ids=[r[0] for r in COVERS_ROWS])
def test_budget_covers_its_parts(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", COVERS_GUARDS)
def test_covers_guards(text):
    assert_clean(text)


# (name, template, flagged whole, clean whole); the parts are 4,120 + 3,310 + 1,905 + 45 = 9,380
OTHER_GROUP_ROWS = [
    ("remaining, semicolon", "Officials said {w} ballots were cast in the Hale Park by-election. The Green "
     "candidate won 4,120 votes, the Labour candidate 3,310, and the three remaining candidates shared 1,905; 45 "
     "papers were spoilt.", "9,480", "9,380"),
    ("turnout, between them", "Turnout in the Hale Park by-election was {w}. The Green candidate won 4,120 votes, "
     "the Labour candidate 3,310, and the four other candidates polled 1,905 between them; 45 papers were "
     "rejected.", "9,480", "9,380"),
    ("weekday, attribution", "A total of {w} ballots were cast on Thursday. Sara Holt took 4,120 votes, Tom Reed "
     "3,310 and the two other candidates managed 1,905; a further 45 papers were spoilt, the council said.",
     "9,480", "9,380"),
    ("hedge, year", "Some {w} ballots were cast in 2024. The winner took 4,120 votes, the runner-up 3,310 and "
     "the three other candidates shared 1,905; 45 papers were spoilt.", "9,980", "9,380"),
    ("written spoilt", "Voters cast {w} ballots. The winner took 4,120 votes, the runner-up 3,310 and the three "
     "remaining candidates received 1,905; forty-five papers were spoilt.", "9,480", "9,380"),
    ("counted before, combined", "Returning officers counted {w} ballots. The winner took 4,120 votes, the "
     "runner-up 3,310 and the three other candidates took a combined 1,905; 45 papers were spoilt.",
     "9,480", "9,380"),
    ("same sentence", "Of the {w} ballots cast, the winner took 4,120 votes, the runner-up 3,310 and the three "
     "other candidates shared 1,905, while 45 papers were rejected.", "9,480", "9,380"),
    ("gapped, no verb", "Of the {w} ballots cast, the winner took 4,120 votes, the runner-up 3,310 and the three "
     "other candidates 1,905, while 45 papers were rejected.", "9,480", "9,380"),
    ("gapped, between them", "Turnout was {w}. The winner took 4,120 votes, the runner-up 3,310 and the four "
     "remaining candidates 1,905 between them; 45 papers were spoilt.", "9,480", "9,380"),
]


@pytest.mark.parametrize("name,template,flagged,clean", OTHER_GROUP_ROWS, ids=[r[0] for r in OTHER_GROUP_ROWS])
def test_count_of_other_group_is_no_part(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# ``_split_object`` / ``_split_names``: a verb of sharing out whose object names the whole counted before (its
# noun, "them", "the money", or both called an addition: "the extra flights" of "120 more flights"), then the
# list, the only figures of its sentence: all of that whole; ``_BRACKET_RATE``: "(96 a week)" closes a part
# (name, template, flagged whole, clean whole)
SPLIT_ROWS = [
    ("headline, attribution", "Bus operator adds {w} extra weekly journeys\nThe new timetable splits the extra "
     "journeys between the city routes (96) and the rural routes (32), the company said.", "150", "128"),
    ("rate, count in label", "Bus operator adds {w} extra weekly journeys\nThe new timetable, which starts in "
     "May, splits the additional buses between the city routes (96 a week) and the four rural routes (32).",
     "150", "128"),
    ("them, sentence before", "The operator is adding {w} journeys a week. The new timetable splits them between "
     "the city routes (96) and the rural routes (32).", "150", "128"),
    ("the money", "Council hands £{w}m to market towns\nThe council will divide the money between Alton (£1.2m), "
     "Penrith (£0.9m) and Keswick (£0.7m).", "3.4", "2.8"),
    ("among, attribution", "Council hands £{w}m to market towns\nOfficials will share the cash among Alton "
     "(£1.2m), Penrith (£0.9m) and Keswick (£0.7m), a spokesman said.", "3.4", "2.8"),
    ("the total, year", "The charity raised £{w}m in 2024. Trustees shared the total between Alton (£1.2m), "
     "Penrith (£0.9m) and Keswick (£0.7m).", "3.4", "2.8"),
    ("written parts", "Hospital trust to hire {w} new nurses\nThe trust will split the new posts between its "
     "wards in Leeds (sixty) and Bradford (forty).", "120", "100"),
    ("across, dash", "Airline adds {w} more flights this summer\nIt spreads the extra flights across Malaga (40), "
     "Faro (25) and Palma (35) - all from Bristol.", "120", "100"),
]

# another thing shared, room left for more, or two figures before: no whole
SPLIT_GUARDS = [
    "Bus operator adds 150 extra weekly journeys\nThe firm splits its time between the city depot (96 staff) and "
    "the rural depot (32).",
    "Bus operator adds 150 extra weekly journeys\nThe new timetable splits the extra journeys between the city "
    "routes (96) and the rural routes (32), among others.",
    "The operator runs 400 journeys and will add 150 more. The new timetable splits them between the city routes "
    "(96) and the rural routes (32).",
    "Bus operator adds 150 extra weekly journeys\nThe new timetable splits the drivers between the city routes "
    "(96) and the rural routes (32).",
]


@pytest.mark.parametrize("name,template,flagged,clean", SPLIT_ROWS, ids=[r[0] for r in SPLIT_ROWS])
def test_split_object_names_whole(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", SPLIT_GUARDS)
def test_split_guards(text):
    assert_clean(text)


# ``find_largest_source_then_rest``: a sum told as the largest source, then the other sources after "followed
# by" in its sentence or given in the next one, are pieces of the one new sum of their unit in the nearest
# earlier sentence (not the old level "up from", "the year before"); partial and bounded: they may not exceed
# it. (name, template, flagged whole, clean whole); the parts are 4.2 + 2.1 + 1.3 + 0.6 = 8.2
LARGEST_SOURCE_ROWS = [
    ("followed by, old level", "The trust took in £{w}m last year, up from £6.9m the year before. Ticket sales "
     "remained its largest source of income at £4.2m, followed by £2.1m in grants, £1.3m in donations and £0.6m "
     "from its cafe.", "7.6", "8.2"),
    ("next sentence, attribution", "The trust took in £{w}m last year, up from £6.9m. Ticket sales were the "
     "biggest source of money, providing £4.2m. Grants brought in £2.1m, donations £1.3m and the cafe £0.6m, the "
     "accounts show.", "7.6", "8.2"),
    ("brackets, year", "The museum's income rose to £{w}m in 2024, compared with £6.9m a year earlier. The largest "
     "single source was ticket sales, at £4.2m, followed by grants (£2.1m), donations (£1.3m) and the cafe "
     "(£0.6m).", "7.6", "8.2"),
    ("paragraph, contributed", "The college received £{w}m in research funding, up from £6.9m.\n\nThe research "
     "council was again the main funder, providing £4.2m. Charities contributed £2.1m, industry £1.3m and "
     "overseas bodies £0.6m.", "7.6", "8.2"),
    ("principal source", "Income reached £{w}m. Fees were the principal source of revenue at £4.2m, followed by "
     "£2.1m from rents, £1.3m from grants and £0.6m from interest.", "7.6", "8.2"),
    ("hedge, donor", "The appeal raised nearly £{w}m. Local firms were the largest donor, giving £4.2m. Trusts "
     "gave £2.1m, churches £1.3m and schools £0.6m.", "7.6", "8.2"),
    ("earner, with", "The festival earned £{w}m this year. Its biggest earner was the beer tent, with £4.2m, "
     "followed by £2.1m from tickets, £1.3m from food stalls and £0.6m from parking.", "7.6", "8.2"),
]

# counts: the largest group, then the others (name, template, flagged whole, clean whole)
LARGEST_GROUP_ROWS = [
    ("visitors, old level", "Germany sent {w} visitors last year, up from 6,900. Tourists from Berlin were the "
     "largest group at 4,200, followed by 2,100 from Munich, 1,300 from Hamburg and 600 from Cologne.",
     "7,600", "8,200"),
    ("students, with", "The university enrolled {w} students this autumn. Engineering was the largest group, with "
     "4,200, followed by 2,100 in science, 1,300 in arts and 600 in law.", "7,600", "8,200"),
]

# a net result, an old level alone, two sums before, the parts in a time of their own, sources said to add on,
# counts of other things
LARGEST_SOURCE_GUARDS = [
    "The port handled 7,600 ships last year. Cruise passengers were the largest group at 4,200, followed by 2,100 "
    "ferry passengers, 1,300 day trippers and 600 crew.",
    "The firm made a profit of £7.6m. Sales were the largest source at £4.2m, followed by £2.1m from rents, £1.3m "
    "from grants and £0.6m from interest.",
    "Income was £6.9m the year before. Ticket sales were the largest source at £4.2m, followed by £2.1m in grants, "
    "£1.3m in donations and £0.6m from the cafe.",
    "The trust took in £7.6m and spent £7.1m. Ticket sales were the largest source at £4.2m, followed by £2.1m in "
    "grants, £1.3m in donations and £0.6m from the cafe.",
    "The trust took in £7.6m this year. Ticket sales were the largest source at £4.2m in 2019, followed by £2.1m "
    "in grants, £1.3m in donations and £0.6m from the cafe.",
    "The trust took in £7.6m. Ticket sales were the largest source at £4.2m. In addition, grants brought in £2.1m, "
    "donations £1.3m and the cafe £0.6m.",
]


@pytest.mark.parametrize("name,template,flagged,clean", LARGEST_SOURCE_ROWS, ids=[r[0] for r in LARGEST_SOURCE_ROWS])
def test_largest_source_then_rest(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("name,template,flagged,clean", LARGEST_GROUP_ROWS, ids=[r[0] for r in LARGEST_GROUP_ROWS])
def test_largest_group_then_rest(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", LARGEST_SOURCE_GUARDS)
def test_largest_source_guards(text):
    assert_clean(text)


# ``_shared_out``: the whole and a verb of sharing it out right before the list, in one sentence ("..., which it
# splits between", "shared between", "spread across", "dividing the money between", "share £3.4m among")
SHARED_OUT_ROWS = [
    ("which it splits", "The new timetable adds {w} weekly journeys, which it splits between the city routes (96) "
     "and the rural routes (32).", "150", "128"),
    ("shared between, attribution", "The new timetable adds {w} weekly journeys, shared between the city routes "
     "(96) and the rural routes (32), the operator said.", "150", "128"),
    ("spread across, year", "In 2025 the operator adds {w} weekly journeys, spread across the city routes (96) "
     "and the rural routes (32).", "150", "128"),
    ("dividing the money", "The council will hand out £{w}m, dividing the money between Alton (£1.2m), Penrith "
     "(£0.9m) and Keswick (£0.7m).", "3.4", "2.8"),
    ("verb before the whole", "The council will share £{w}m among Alton (£1.2m), Penrith (£0.9m) and Keswick "
     "(£0.7m).", "3.4", "2.8"),
]

# another thing shared, an open list, examples only
SHARED_OUT_GUARDS = [
    "The new timetable adds 150 weekly journeys, splitting the drivers between the city routes (96) and the rural "
    "routes (32).",
    "The council will share £3.4m among Alton (£1.2m), Penrith (£0.9m) and other towns.",
    "The council will share £3.4m among towns such as Alton (£1.2m), Penrith (£0.9m) and Keswick (£0.7m).",
    "The new timetable adds 150 weekly journeys, spread across the city routes (96) and the rural routes (32) "
    "among others.",
]


@pytest.mark.parametrize("name,template,flagged,clean", SHARED_OUT_ROWS, ids=[r[0] for r in SHARED_OUT_ROWS])
def test_shared_out_in_one_sentence(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", SHARED_OUT_GUARDS)
def test_shared_out_guards(text):
    assert_clean(text)


# ``_LEVEL_FROM``: "N NOUN, up from M" after a part is a new level beside its old one, no difference, so the list
# keeps its last part (name, template, flagged whole, clean whole); the parts are 70 + 45 + 30 = 145
LEVEL_FROM_ROWS = [
    ("up from, paragraph", "The hockey league will field a record {w} teams when the season starts on Sunday, up "
     "from 120 last season.\n\nThis season's teams are made up of 70 mini-hockey sides for under-8s to under-10s, "
     "45 youth teams from under-11 to under-16 and 30 women's teams, up from 21 a year ago.", "151", "145"),
    ("down from, attribution", "The hockey league will field a record {w} teams when the season starts on Sunday, "
     "up from 120 last season.\n\nThis season's teams are made up of 70 mini-hockey sides for under-8s to "
     "under-10s, 45 youth teams from under-11 to under-16 and 30 veterans' teams, down from 41 a year ago, the "
     "league said.", "151", "145"),
    ("term, classes", "The club will run {w} courses this term, up from 120 last term.\n\nThis term's courses are "
     "made up of 70 swimming classes for under-8s to under-10s, 45 diving classes from under-11 to under-16 and 30 "
     "adults' classes, up from 21 a year ago.", "151", "145"),
]


@pytest.mark.parametrize("name,template,flagged,clean", LEVEL_FROM_ROWS, ids=[r[0] for r in LEVEL_FROM_ROWS])
def test_level_from_is_no_difference(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))

"""Round 19, parts and their whole, shares of a named whole (checker/relate/sums.py, shares.py).

* ``_bare_parts_in_unit_that_adds``: bare parts with only a scale word take the measure's unit ("held 18.4
  billion litres: 7.9 billion at A, 6.2 billion at B and 5.1 billion at C"); volumes, weights and areas add
  over named places, depths and heights do not.
* ``_yield_from_occasions``: "71 points from 46 games": a count of contests after "from" and a tally of other
  things is no old value, so it can head the list of results after it.
* ``_contest_record`` / ``_contest_record_after``: a count of contests and one part for each of won, drawn and
  lost, as finite verbs ("played 46 games, won 20, drew 11 and lost 13"), after "having", as nouns after
  "with" or in brackets, or with the contests after the list ("won 20, drew 11 and lost 13 of their 46 games").
* ``_new_level_share_of_named`` (shares.py): a money level (the new one of a change in its clause), then
  "equal to|or|representing SHARE of [the] NOUN", the whole the level an earlier sentence (up to four back,
  two paragraphs up) opens on NOUN to state ("Revenue for the year to June 30, 2023 increased 9% to £212.4m").
* ``find_votes_within_all_cast``: candidates' votes told sentence by sentence may not exceed all the votes cast
  ("In all, 32,992 valid votes were cast"); ``_placed_below_first``: a list opened by "finished third with" is
  not all of a total in another sentence.
* ``_whole_past_old_level`` (shares.py): "286 students sat, up from 263 in 2023, and 214 of them - about three
  in four -": "them" is the whole, not the old level beside it.
* ``find_record_next_sentence``: a lone count of contests, then its won/drawn/lost results in the next sentence.
* ``_COMPARATIVE_ADVERB``: "14 will run less often" is what became of the part, no difference.

Each flagged row has a clean twin (same words, figures that agree); the variations cover an attribution,
a period, a trailing clause, a dash, colon or bracket, a written number, a hedge, the whole before/after."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged whole, clean whole); the parts are 7.9 + 6.2 + 5.1 = 19.2 (or as written)
BARE_SCALE_ROWS = [
    ("colon, attribution", "The county's three reservoirs held {w} billion litres at the end of August: 7.9 billion "
     "at Alston, 6.2 billion at Bury and 5.1 billion at Cole, the water board said.", "18.4", "19.2"),
    ("tonnes, dash, period", "The port handled {w} million tonnes of cargo in 2024 - 7.9 million at Felton, 6.2 "
     "million at Rigg and 5.1 million at Sallow.", "17.6", "19.2"),
    ("hectares, plain figures", "Fires burnt {w} hectares across the region last summer: 7,900 in Alston, 6,200 in "
     "Bury and 5,100 in Cole, officials said.", "18,400", "19,200"),
    ("gallons, brackets", "Farmers drew {w} million gallons from the river (7.9 million at Alston, 6.2 million at "
     "Bury and 5.1 million at Cole).", "18.1", "19.2"),
    ("kilograms, trailing clause", "Volunteers collected {w} kilograms of litter on Saturday: 790 at Alston, 620 at "
     "Bury and 510 at Cole, more than ever before.", "1,840", "1,920"),
    ("written total", "The three lakes held {w} million litres: 7.9 million at Alston, 6.2 million at Bury and "
     "5.1 million at Cole.", "eighteen", "nineteen"),
    ("hedged parts", "The mills ground {w} tonnes of wheat in March: about 7,900 at Alston, some 6,200 at Bury and "
     "roughly 5,100 at Cole.", "16,900", "19,200"),
]

# depths and heights read at places are readings of one fall or one flood, not parts
BARE_SCALE_GUARDS = [
    "Rain totalled 18 mm on Sunday: 7 at Alston, 6 at Bury and 4 at Cole.",
    "The river rose 4.1 metres: 1.9 at Alston, 1.2 at Bury and 1.3 at Cole.",
]


@pytest.mark.parametrize("name,template,flagged,clean", BARE_SCALE_ROWS, ids=[r[0] for r in BARE_SCALE_ROWS])
def test_bare_scale_parts_take_the_measure(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", BARE_SCALE_GUARDS)
def test_bare_scale_guards(text):
    assert_clean(text)


# (name, template, flagged games, clean games); won 20 + drawn 11 + lost 13 = 44 (20 x 3 + 11 = 71 points)
RECORD_ROWS = [
    ("points from games, participles", "Harlow finished the season with 71 points from {w} games, winning 20, "
     "drawing 11 and losing 13.", "46", "44"),
    ("finite verbs", "Harlow played {w} games, won 20, drew 11 and lost 13.", "46", "44"),
    ("finite verbs, no and", "Harlow finished with 71 points from {w} matches, won 20, drew 11, lost 13.", "46", "44"),
    ("contests after the list", "Harlow won 20, drew 11 and lost 13 of their {w} league games.", "42", "44"),
    ("with nouns, attribution", "Harlow took 71 points from their {w} fixtures, with 20 wins, 11 draws and 13 "
     "defeats, the club said.", "46", "44"),
    ("brackets", "Harlow took 71 points from {w} games (20 wins, 11 draws and 13 defeats) in 2024.", "46", "44"),
    ("having", "Harlow took 71 points from {w} games, having won 20, drawn 11 and lost 13.", "46", "44"),
    ("dash, outings", "Harlow ended the campaign on 71 points from {w} outings - winning 20, drawing 11 and losing "
     "13.", "46", "44"),
    ("written numbers", "Harlow collected 71 points from {w} games, winning twenty, drawing eleven and losing "
     "thirteen.", "forty-six", "forty-four"),
    ("fights, trailing clause", "The boxer had {w} fights as a professional, winning 20, drawing 11 and losing 13, "
     "before he retired.", "46", "44"),
]

# two outcomes where a third is possible, or the contests no count of them: no whole
RECORD_GUARDS = [
    "Harlow finished with 71 points from 46 games, winning 20 and losing 13.",
    "Harlow took 71 points from 46 games, won 20 and lost 13.",
    "Sales rose to 71 units from 46 units, with 20 in May, 11 in June and 13 in July.",
]


@pytest.mark.parametrize("name,template,flagged,clean", RECORD_ROWS, ids=[r[0] for r in RECORD_ROWS])
def test_record_of_contests(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", RECORD_GUARDS)
def test_record_guards(text):
    assert_clean(text)


# (name, template, flagged share, clean share); 148.7 / 212.4 = 70.0%
NAMED_LEVEL_ROWS = [
    ("new level from old, bare noun", "Revenue rose 9% to £212.4m. Wages climbed 13% to £148.7m from £131.6m, "
     "equal to {w}% of revenue.", "61", "70"),
    ("period with a date", "Revenue for the year to June 30, 2023 increased to £212.4m, the accounts show. Wages "
     "were £148.7m, or {w}% of the club's revenue.", "61", "70"),
    ("representing, turnover", "Turnover was $212.4m in 2023. Staff costs reached $148.7m, representing {w}% of "
     "turnover.", "78", "70"),
    ("two paragraphs up, dash", "Income climbed to £212.4m.\n\nBroadcasting brought in £118.6m.\n\nThe wage bill "
     "rose to £148.7m - {w}% of income.", "61", "70"),
    ("hedge", "Revenue rose 9% to £212.4m. Wages rose to £148.7m, some {w}% of revenue.", "61", "70"),
    ("equivalent to, its", "Sales grew 4% to €212.4m. Marketing cost €148.7m, equivalent to {w}% of its sales.",
     "61", "70"),
    ("which was, words", "Revenue reached £212.4 million. Wages totalled £148.7 million, which was {w} per cent of "
     "revenue.", "61", "70"),
    ("three sentences back", "Revenue rose 9% to £212.4m. Broadcasting made up £118.6m. Commercial income was "
     "£54.3m. Wages rose to £148.7m from £131.6m, equal to {w}% of revenue.", "61", "70"),
]

# another period's part, a place's whole, another year: no whole
NAMED_LEVEL_GUARDS = [
    "Revenue rose to £212.4m. Wages in the first quarter were £48.7m, or 61% of revenue.",
    "Revenue in Britain rose to £212.4m. Wages were £148.7m, or 61% of revenue.",
    "Revenue rose to £212.4m in 2022. Wages were £148.7m in 2023, or 61% of revenue.",
]


@pytest.mark.parametrize("name,template,flagged,clean", NAMED_LEVEL_ROWS, ids=[r[0] for r in NAMED_LEVEL_ROWS])
def test_share_of_named_level(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged + ("%" if "{w}%" in template else ""), "FC20")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", NAMED_LEVEL_GUARDS)
def test_share_of_named_level_guards(text):
    assert_clean(text)


# (name, template, flagged total, clean total): candidates' votes told sentence by sentence, then all votes cast;
# the votes add up to 10,330 (the article's shape: 33,592)
VOTES_CAST_ROWS = [
    ("ordinals, paragraphs, rejected papers", "Nandakumar won 14,382 votes, or 43.6%. Lusk came second with 11,907, "
     "or 36.1%.\n\nFalvey finished third with 4,815 votes, her party's best result, ahead of Redfern on 1,876 and "
     "Sully on 612. In all, {w} valid votes were cast, and a further 241 papers were rejected.", "32,992", "33,592"),
    ("polled, attribution", "Smith polled 5,210 votes to hold the seat for Labour. Jones received 3,980 and Brown "
     "took 1,140. A total of {w} votes were cast, the returning officer said.", "10,100", "10,330"),
    ("overall, ballots, a year", "Smith polled 5,210 votes in 2024. Jones received 3,980 votes. Brown got 1,140. "
     "Overall, {w} ballots were cast.", "10,100", "10,330"),
    ("brackets, counted", "The mayor was re-elected with 5,210 votes (51%). Her nearest rival, Jones, secured "
     "3,980. Brown, an independent, gained 1,140 votes. In total, {w} valid votes were counted.", "10,100",
     "10,410"),
    ("hedged total", "Smith won 5,210 votes. Jones came second on 3,980, with Brown third on 1,140. Altogether, "
     "some {w} votes were cast.", "9,800", "10,400"),
]

# another time's tally among them, a majority, or a list opened by a place below the first (the top places told
# before) read as all of the votes: silent
VOTES_CAST_GUARDS = [
    "Smith won 5,210 votes. Four years ago Jones received 3,980. Brown got 1,140. In all, 10,100 valid votes were "
    "cast.",
    "Smith won by a majority of 1,230 votes. Jones received 3,980 votes. Brown got 1,140. In all, 10,100 valid votes "
    "were cast.",
    "Nandakumar won 14,382 votes, or 43.6%. Lusk came second with 11,907, or 36.1%.\n\nFalvey finished third with "
    "4,815 votes, ahead of Redfern on 1,876 and Sully on 612. In all, 33,592 valid votes were cast.",
    "Smith came second with 3,980 votes, ahead of Brown on 1,140 and Green on 210. In all, 10,100 valid votes were "
    "cast.",
]


@pytest.mark.parametrize("name,template,flagged,clean", VOTES_CAST_ROWS, ids=[r[0] for r in VOTES_CAST_ROWS])
def test_votes_within_all_cast(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", VOTES_CAST_GUARDS)
def test_votes_within_all_cast_guards(text):
    assert_clean(text)


# (template, flagged part, clean part): "them" after a whole and its old level ("up from", "compared with") are
# the whole, never the old level (the clean twins were false alarms against the old level before round 19)
OLD_LEVEL_ROWS = [
    ("A total of 300 students sat exams this year, up from 200 in 2023, and {p} of them - half - had a place.",
     "100", "150"),
    ("The clinic saw 480 patients in March, up from 320 a year earlier, and {p} of them - a quarter - were "
     "children.", "80", "120"),
    ("The charity fed 2,400 families last winter, down from 3,000 the year before, and {p} of those, or 40%, had "
     "never asked for help.", "1,200", "960"),
    ("Police stopped 640 drivers, up from 480 last year, and {p} of them - three in eight - were over the limit, "
     "the force said.", "180", "240"),
    ("The council received 1,200 complaints, compared with 900 in 2022, and {p} of them (about 30%) were upheld.",
     "270", "360"),
    ("The school has 200 pupils, up from 150 last year, and {p} of them - half - are girls.", "75", "100"),
    ("Some 1,600 runners finished, up from 1,100 in 2023, and {p} of them - one in four - were women.", "275",
     "400"),
    ("The port handled 5,000 ships, up from 4,000, and {p} of them - 60% - were tankers.", "2,400", "3,000"),
]


@pytest.mark.parametrize("template,flagged,clean", OLD_LEVEL_ROWS, ids=[r[0][:30] for r in OLD_LEVEL_ROWS])
def test_them_past_the_old_level(template, flagged, clean):
    assert_flagged(template.format(p=flagged), flagged, "FC20")
    assert_clean(template.format(p=clean))


# (template, flagged contests, clean contests): the lone count of contests, then the results in the next sentence
RECORD_NEXT_ROWS = [
    ("Harlow played {w} matches last season. They won 20, drew 11 and lost 13.", "46", "44"),
    ("Harlow played {w} league games in 2024, the club said. They won 20, drew 11 and lost 13.", "42", "44"),
    ("The boxer had {w} professional fights. He won 20, drew 11 and lost 13.", "46", "44"),
    ("The side has played {w} fixtures this term - a club record. It has won 20, drawn 11 and lost 13.", "46", "44"),
]

# results of a span or place of their own, or two outcomes where a third is possible: silent
RECORD_NEXT_GUARDS = [
    "Harlow played 46 matches last season. They won 20 at home, drew 11 and lost 13.",
    "Harlow played 46 matches last season. Since March they won 20, drew 11 and lost 13.",
    "Harlow played 46 matches last season. They won 20 and lost 13.",
]


@pytest.mark.parametrize("template,flagged,clean", RECORD_NEXT_ROWS, ids=[r[0][:30] for r in RECORD_NEXT_ROWS])
def test_record_next_sentence(template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", RECORD_NEXT_GUARDS)
def test_record_next_sentence_guards(text):
    assert_clean(text)


# (template, flagged whole, clean whole): a part's verb and a comparative adverb of how often or how fast ("14 will
# run less often") is what became of it, no difference, so the clause list still forms (12 + 14 + 8 = 34)
COMPARATIVE_ADVERB_ROWS = [
    ("The changes affect {w} routes run by the operator: 12 will be withdrawn altogether, 14 will run less often and "
     "8 will lose their evening journeys.", "31", "34"),
    ("The timetable changes hit {w} services, the operator said - 12 will be scrapped, 14 will run less frequently "
     "and 8 will stop earlier.", "31", "34"),
    ("Of the {w} ferries, 12 were withdrawn, 14 now sail less often and 8 were sold.", "31", "34"),
    ("The review in 2024 covered {w} lines: 12 will close, 14 will run more often and 8 will be unchanged.", "31",
     "34"),
    ("The plan touches {w} routes - twelve will go, fourteen will run less regularly and eight will keep their "
     "timetable.", "thirty-one", "thirty-four"),
]

# a real difference after the figure stays one
COMPARATIVE_ADVERB_GUARDS = [
    "The club won 23 games, 12 more than last season, and lost 15.",
]


@pytest.mark.parametrize("template,flagged,clean", COMPARATIVE_ADVERB_ROWS,
                         ids=[r[0][:30] for r in COMPARATIVE_ADVERB_ROWS])
def test_comparative_adverb_is_no_difference(template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", COMPARATIVE_ADVERB_GUARDS)
def test_comparative_adverb_guards(text):
    assert_clean(text)

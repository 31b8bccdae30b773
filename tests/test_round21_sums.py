"""Round 21, parts and their whole (checker/relate/sums.py, shares.py, breakdowns.py).

* ``_leading_base_named_parts`` (policy): a sentence opened by its base ("Of the N <noun phrase, any verb or
  qualifier>,"), then three or more parts closed by "and", each named (a name before it, gapped or not, or after
  it: "were for A", "went to B"), the last part maybe the spoiled papers (", while 83 were rejected"), no other
  figure, no word of selection, at least 95% of the base: all of it (inferred; ballots or papers only with
  the spoiled part listed; not a body's seats).
* ``_FIRST_PART_SUBJECT`` widened: a title or a party before the first part's name ("Green candidate Ruth
  Okoye took 4,120").
* ``_TIE_OF_NOUN`` / ``_AGED_AFTER_LAST``: "charged 14 people in connection with the fraud, nine men and six women aged
  between 19 and 63": the tie phrase and the age range leave the kinds an apposition of the whole.
* ``_agents_of_sentence``: "Of the finishers" after "14,862 runners crossed the finish line" points back.
* ``_other_tally_after_record``: "won 19, drew two and lost eight of their 27 matches, collecting 36 points": the
  points past a comma leave the record complete.
* ``_ATTRIBUTED_THEN_WHILE`` (``_late_part``): "..., the school said, while nine papers were withheld" is one more part.
* ``_whole_in_older_year``: "The previous record, 20.6 million, was set in 2019. Cars accounted for 18.37
  million, ...": the figure before sits in a year older than one told earlier, the parts name none: no whole.

Each flagged row has a clean twin (same words, figures that agree); the variations cover an attribution,
a period, a trailing clause, a written number, the spoiled part, names before or after the parts."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged


def _rows(rows):
    return pytest.mark.parametrize("name,template,flagged,clean", rows, ids=[r[0] for r in rows])


# (name, template with {w} the whole, flagged whole, clean whole)
LEADING_BASE_ROWS = [
    ("votes cast, gapped names", "Of the {w} votes cast, Okoye received 4,120, Kerr 3,310 and Lyle 2,050.",
     "9,640", "9,480"),
    ("ballot papers counted, place, spoiled after while", "Of the {w} ballot papers counted in the Northfield "
     "by-election, Labour's Sam Kerr took 4,120, the Greens' Ruth Okoye 3,310 and independent Dan Lyle 2,050, "
     "while 96 were rejected.", "9,640", "9,576"),
    ("were for, spoilt last", "The count finished after midnight. Of the {w} ballot papers counted, 4,120 were "
     "for Kerr, 3,310 for Okoye and 1,150 were spoilt or left blank.", "8,720", "8,580"),
    ("went to", "Of the {w} votes, 4,120 went to Kerr, 3,310 to Okoye and 2,050 to Lyle.", "9,640", "9,480"),
    ("title before the name", "Of the {w} votes cast in the Northfield ward, Green candidate Ruth Okoye took "
     "4,120, Labour's Sam Kerr 3,310 and Reform's Dan Lyle 2,050.", "9,640", "9,480"),
    ("apposition after the first name", "Of the {w} votes cast, Kerr, the Labour candidate, received 4,120, "
     "Okoye 3,310 and Lyle 2,050.", "9,640", "9,480"),
    ("attribution after", "Of the {w} votes cast, Kerr received 4,120, Okoye 3,310 and Lyle 2,050, the "
     "returning officer said.", "9,640", "9,480"),
    ("tonnes, named ports", "Of the {w} tonnes of fish landed last year, Grimsby trawlers landed 1,150 tonnes, "
     "Hull boats 820 and Whitby vessels 330.", "2,400", "2,300"),
    ("money, named donors", "Of the {w} raised by the appeal, the Hartley Trust gave £2.1m, Leeds City Council "
     "£1.5m and Northern Water £0.9m.", "£4.7m", "£4.5m"),
    ("jobs went to places", "Of the {w} jobs created, 610 went to Leeds, 420 to Bradford and 180 to Wakefield, "
     "the agency said.", "1,260", "1,210"),
    ("builders, a year in the base", "Of the {w} homes completed in 2024, Barratt built 250, Persimmon 210 and "
     "Taylor Wimpey 140.", "620", "600"),
    ("four candidates and spoiled", "Of the {w} ballots cast, Ames polled 3,020, Boyd 2,410, Cole 1,880 and Dunn "
     "640, while 52 papers were void.", "8,100", "8,002"),
]

# the base's list read as all of it only when the policy holds: no alarm on any of these
LEADING_BASE_GUARDS = [
    # ballots cast may hold spoiled papers when none are listed
    "Of the 9,640 ballots cast, Kerr received 4,120, Okoye 3,310 and Lyle 2,050.",
    # a body's seats: the smaller parties left unnamed
    "Of the 650 seats, Labour won 411, the Conservatives 121 and the Liberal Democrats 72.",
    # well short of the base: a selection
    "Of the 28,800 votes cast, Kerr took 9,700, Okoye 6,800 and Lyle 4,100.",
    # a word of selection
    "Of the 9,640 votes cast, the main candidates Kerr received 4,120, Okoye 3,310 and Lyle 2,050.",
    # unnamed outcomes may leave some pending
    "Of the 1,240 applications received, 610 were approved, 420 refused and 150 withdrawn.",
    # what is left named
    "Of the 9,640 votes cast, Kerr received 4,120, Okoye 3,310 and the rest went to Lyle and others.",
    # two named parts only
    "Of the 9,640 votes cast, Kerr received 4,120 and Okoye 5,310.",
]


@_rows(LEADING_BASE_ROWS)
def test_leading_base_named_parts_are_all_of_it(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC101")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", LEADING_BASE_GUARDS)
def test_leading_base_guards(text):
    assert_clean(text)


# the figure before the parts told in an older year than the text's own: no whole of the parts
OLDER_YEAR_CLEAN = [
    "The port handled 9.4 million tonnes in 2024. The previous high, 8.8 million, was reached in 2018. Grain "
    "accounted for 5.1 million tonnes, coal for 2.6 million and timber for 1.7 million.",
    "The museum drew 1.31 million visitors in 2024, its best year. Its old record, 1.2 million, dated from 2016. "
    "Adults made up 0.84 million visits, children 0.35 million and groups 0.12 million.",
]

OLDER_YEAR_KEPT = [
    # the same year throughout: the parts still break down the figure before
    ("Revenue came to {w} in 2024. Retail contributed £3.1m, wholesale £1.4m and online £0.9m.", "£5.8m", "£5.4m"),
]


@pytest.mark.parametrize("text", OLDER_YEAR_CLEAN)
def test_whole_in_older_year_is_no_whole(text):
    assert_clean(text)


@pytest.mark.parametrize("template,flagged,clean", OLDER_YEAR_KEPT)
def test_whole_in_same_year_kept(template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# ``_TIE_OF_NOUN`` / ``_AGED_AFTER_LAST``: a phrase tying the counted people to a case between the whole and its
# apposition, an age range after the last part: 9 + 6 = 15 (or as written)
TIE_PHRASE_ROWS = [
    ("in connection with, aged, attribution", "Detectives have charged {w} people in connection with the "
     "burglaries, nine men and six women aged between 19 and 63, the force said.", "14", "15"),
    ("in relation to", "Police have charged {w} people in relation to the thefts, nine men and six women.",
     "14", "15"),
    ("linked to", "Officers have arrested {w} people linked to the gang, nine men and six women.", "16", "15"),
    ("over, attribution", "Officers arrested {w} people over the disorder in the city centre, 15 men and five "
     "women, police said.", "22", "20"),
    ("as part of", "Officers arrested {w} people as part of the inquiry, 15 men and five women.", "21", "20"),
    ("aged at the end", "Police have charged {w} people, nine men and six women aged between 19 and 63.",
     "14", "15"),
    ("aged, place and day after", "Police arrested {w} people after the match, nine men and six women aged 18 "
     "to 40, in Leeds on Saturday.", "14", "15"),
    ("patients, adults and children", "The trust treated {w} patients in connection with the outbreak, 86 adults "
     "and 41 children.", "137", "127"),
    ("written whole", "Police have charged {w} people in connection with the raids, nine men and six women.",
     "fourteen", "fifteen"),
]

TIE_PHRASE_GUARDS = [
    "Police have charged 14 people in connection with the fraud, nine of them women.",
    "Police have charged 14 people, nine men and six women aged between 19 and 63 on Friday.",
]


@_rows(TIE_PHRASE_ROWS)
def test_tie_phrase_between_whole_and_kinds(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC101")
    assert_clean(template.format(w=clean))


@pytest.mark.parametrize("text", TIE_PHRASE_GUARDS)
def test_tie_phrase_guards(text):
    assert_clean(text)


# ``_agents_of_sentence``: "Of the finishers" after "N runners crossed the finish line": those who did what the
# figure's clause says; the parts may not exceed it
AGENT_BACK_ROWS = [
    ("third part registered as", "A record 14,862 runners crossed the finish line on Sunday. Of the finishers, "
     "8,941 were men, {w} were women and 48 registered as non-binary, a category added last year.",
     "5,973", "5,873"),
    ("headline whole", "Record 14,862 runners finish city marathon\nOf the finishers, 8,941 were men, {w} were "
     "women and 48 registered as non-binary, the organisers said.", "5,973", "5,873"),
    ("gapped parts", "Exactly 14,862 runners crossed the finish line. Of the finishers, 8,941 were men, {w} women "
     "and 48 entered as non-binary.", "5,973", "5,873"),
    ("swimmers finished", "A total of 2,144 swimmers finished the course on Saturday. Of the finishers, 1,214 "
     "were men, {w} were women and 57 entered as non-binary.", "883", "873"),
]


@_rows(AGENT_BACK_ROWS)
def test_of_the_agents_points_back(name, template, flagged, clean):
    assert_flagged(template.format(w=flagged), flagged, "FC10")
    assert_clean(template.format(w=clean))


# ``_other_tally_after_record``: "won 19, drew two and lost eight of their 27 league matches, collecting 36
# points": a figure past a comma after the contests counts other things, the record stays complete
RECORD_TALLY_AFTER_ROWS = [
    ("collecting points, trailing clause", "Rovers won {w}, drew two and lost eight of their 27 league matches, "
     "collecting 36 points to finish fourth, their best placing since 2014.", "19", "17"),
    ("finishing on points, period, attribution", "The club won 20, drew 11 and lost {w} of their 46 games last "
     "season, finishing on 71 points, the manager said.", "13", "15"),
    ("scoring goals", "City won 14, drew five and lost {w} of their 22 matches, scoring 48 goals.", "five",
     "three"),
    ("earning points and more", "United won 21, drew eight and lost {w} of their 36 league games this season, "
     "earning 71 points and a place in Europe.", "nine", "seven"),
]


@_rows(RECORD_TALLY_AFTER_ROWS)
def test_record_with_other_tally_after(name, template, flagged, clean):
    text = template.format(w=flagged)
    assert_flagged(text, next(t for t in ("27", "46", "22", "36") if t in text), "FC101")
    assert_clean(template.format(w=clean))


# ``_ATTRIBUTED_THEN_WHILE`` (in ``_late_part``): "147 passed and 165 failed, the school said, while nine papers
# were withheld": one more part past the attribution; the parts may not exceed the base
ATTRIBUTED_LATE_PART_ROWS = [
    ("while, passive", "Of the 312 students who sat the entrance exam this spring, 147 passed and {w} failed, the "
     "school said, while nine papers were withheld pending an appeal.", "165", "156"),
    ("and, other verb, place", "Of the 412 candidates who sat the test in Leeds, 210 passed and {w} failed, "
     "examiners reported, and 14 papers were voided.", "197", "187"),
]


@_rows(ATTRIBUTED_LATE_PART_ROWS)
def test_late_part_after_attribution(name, template, flagged, clean):
    text = template.format(w=flagged)
    assert_flagged(text, next(t for t in ("312", "412") if t in text), "FC102")
    assert_clean(template.format(w=clean))

"""Round 22, a count word against the items listed (checker/relate/lists.py).

* ``_clause_after_semicolon``: one semicolon after a comma list with its "and" item, then a lower-case word, opens a
  new clause; the list ends before it ("praised the three novels, 'A', 'B', 'C' and 'D', for their ambition; the
  winner ..."). A list kept by semicolons (two of them, or no "and" before the first) is read as before.
* ``_TITLE_NUMBER``: a title of capitalised words ending in a small number ("Inside Out 2", "Despicable Me 4") is one
  name, its number no count.
* ``_beyond_listing``: a count in digits in the bridge too large for a list of names to count ("Five batters passed
  1,000 runs in a season: A, B, C and D") is no rival count.
* ``_dated_occasions``: how often, then the dates ("twice, on 3 March, 9 May and 4 June") or the match minutes ("scored
  twice, in the 12th, 55th and 81st minutes") it happened, one occasion each; ``_WHEN_LIST`` takes a time phrase or
  "since 2010" before the years or months.
* ``_NAME_NUMBER_WORD``: a capitalised number word before a capitalised word inside a list is part of a name ("Half
  Light", "Three Bridges"), no figure.
* ``_minute_events``: a count of things that happen in a match, then the minutes ("scored two goals, in the 12th, 55th
  and 81st minutes"); not people (one may be booked twice).
* ``_TITLE_SMALL_WORDS``: among names of things (not people), a title's preposition and article between capitalised
  words ("Gone with the Wind", "Night of the Hunter") make one name; not a place without an article ("Park Lane Surgery
  in Bexley, Kent,").
* ``_kind_instances``: under a count of kinds, items opening with a count of their own name one kind each ("five
  breeds: a spaniel, two collies, three pugs and a whippet" names four breeds): round 21's known miss; a count that
  the items' own counts add up to is silent, each counted thing may be a kind ("four species: a frog, two beetles and
  a snail", ``_kinds_as_instances``).

Each flagged row has a clean twin (same words, figures that agree)."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged count, clean count): {n} is the count word
SEMICOLON_ROWS = [
    ("quoted titles, object", "The panel singled out the {n} debut collections, 'Blue Hour', 'Tidewater', 'The Kiln' and "
     "'Small Hours at Sea', for praise; a winner is due in March.", "three", "four"),
    ("quoted paintings, object", "The museum lent {n} paintings, 'Dawn', 'The Weir', 'Low Tide' and 'Harvest', to "
     "galleries abroad; none has come back.", "five", "four"),
    ("copula", "The {n} shortlisted plays are Salt Water, Kestrel, The Lock Keeper and Thin Ice; all will tour next "
     "spring.", "three", "four"),
    ("colon", "The festival has booked {n} headliners: Mara Quill, The Fenwicks, Ostrava and Duke Lane; tickets go on "
     "sale on Friday.", "five", "four"),
    ("dash", "The council has named {n} parks for new play areas - Elm Field, Cobb Green, Marsh Lane and Fore Street; "
     "work starts in May.", "three", "four"),
    ("namely", "The board approved {n} projects, namely Harbour Walk, Mill Yard, Quay Steps and Tanner Row; each "
     "gets a grant.", "three", "four"),
    ("quoted, time phrase, attribution", "The trust has restored {n} chapels, 'St Anne', 'Holy Cross', 'The Priory' "
     "and 'St Bede', since 2019; the work cost £2m, it said.", "three", "four"),
    ("number word in a name", "The firm will shut {n} depots: Leeds, Three Bridges, Hull and York; staff were "
     "told on Monday.", "three", "four"),
    ("quoted songs, colon", "The band will play {n} new songs: \"Cinder\", \"Half Light\", \"North Road\" and "
     "\"Glasshouse\"; the tour opens in Leeds.", "three", "four"),
    ("named as", "Police said the {n} men, named as Carl Webb, Dean Frost and Ian Holt, were released; inquiries "
     "continue.", "two", "three"),
]

# (name, template, flagged count, clean count)
TITLE_NUMBER_ROWS = [
    ("copula, sequels", "The studio's {n} biggest hits were Inside Job 2, Harbour Lights, Red Planet 3, Gale and "
     "Paper Moon 2.", "four", "five"),
    ("colon", "The cinema showed {n} sequels over the holiday: Frozen Lake 2, Night Shift 3 and Dune Sea 2.",
     "two", "three"),
    ("dash", "The {n} games on the list - Star Rally 4, Kestrel, Fifa Street and Moon Base - were all "
     "delisted.", "three", "four"),
    ("object apposition", "The chain stocked {n} titles, Road Trip 2, Summer Camp, Big Win 3 and Last Call, "
     "for the launch.", "five", "four"),
    ("trailing clause", "Its {n} most-watched shows were Crown Court 2, Fell Rescue and Dock Street 5, which "
     "together drew a third of viewers.", "four", "three"),
    ("period and attribution", "In 2024 the {n} top sellers were Space Cadets 2, Owl Wood, Rock Pool and "
     "Tin Soldier 4, the firm said.", "three", "four"),
    ("written number, among clause", "The {n} films picked for the tour are Lost Summer 2, Grey Gull, Wild Acre "
     "and Iron Bay.", "five", "four"),
    ("semicolons", "The {n} albums on the shortlist are Tidal 2; Kestrel Song; Night Bus 3; and Blue Harbour.",
     "three", "four"),
]

# (name, template, flagged count, clean count)
BIG_BRIDGE_ROWS = [
    ("runs threshold", "For the first time in the club's history, {n} batters passed 1,000 runs in a season: "
     "Joe Hart, Raj Mehta, Sam Cole and Ben Ash.", "five", "four"),
    ("staff", "The group's {n} hotels employ 2,400 staff between them: The Grand, The Lido, Marine Court and "
     "Bay View.", "three", "four"),
    ("visitors", "{n} museums drew more than 500,000 visitors last year: the Tate, the Hepworth, the Lowry and "
     "the Baltic.", "Three", "Four"),
    ("dash", "The {n} charities sharing 120 new volunteers - Shelter North, Food Link, Youth Hub and Care Line - "
     "were named on Monday.", "three", "four"),
    ("laps", "{n} runners completed 300 laps of the track: Amy Tate, Kim Rowe, Lee Park and Ned Gill.", "Five",
     "Four"),
    ("written number", "{n} authors sold over 100,000 copies each: Ruth Maddox, Ian Sefton and Claire Dunn.", "Two",
     "Three"),
    ("attribution", "{n} clubs sold out 40,000 season tickets, the league said: Rovers, Athletic, United and "
     "City.", "Three", "Four"),
    ("colon after a time phrase", "{n} farms planted 12,000 trees this winter: Low Moor, High Fell, Greystones "
     "and Birk Howe.", "Five", "Four"),
]

# (name, template, flagged count word, clean count word)
OCCASION_ROWS = [
    ("minutes, plural", "Diaz scored {n}, in the 9th, 40th and 77th minutes, as City won 3-0.", "twice",
     "three times"),
    ("minute first", "Diaz scored {n} - in the 9th minute, the 40th and the 77th - to sink City.", "twice",
     "three times"),
    ("dates, day month", "The ferry was cancelled {n}, on 4 January, 19 February and 2 March, because of gales.",
     "twice", "three times"),
    ("dates, month day", "The ferry was cancelled {n}, on January 4, February 19 and March 2.", "twice",
     "three times"),
    ("dates, with years", "The road has flooded {n}, on 12 March 2019, 8 June 2021, 2 May 2023 and 9 July 2024.",
     "three times", "four times"),
    ("time phrase before months", "The ferry has been cancelled {n} so far this year, in January, March and "
     "April.", "twice", "three times"),
    ("since a year", "The bridge has been shut {n} since 2010, in 2014, 2018 and 2022.", "twice", "three times"),
    ("this season, minutes", "Okoro has been sent off {n} this season, in the 20th, 65th and 88th minutes.",
     "twice", "three times"),
    ("occasions, dates", "The alarm sounded on {n} occasions, on 2 May, 9 May and 30 May.", "two", "three"),
    ("this year, months", "The plant has stopped {n} this year, in March, May and August, the firm said.", "twice",
     "three times"),
]

# (name, template, flagged count, clean count): a count of kinds over items that count their own animals or plants
KINDS_ROWS = [
    ("breeds, colon", "The show had {n} breeds: a spaniel, two collies, three pugs and a whippet.", "five", "four"),
    ("species of, dash", "The survey found {n} species of bat - two pipistrelles, a noctule, three brown long-eared "
     "bats and a barbastelle - in the church roof.", "three", "four"),
    ("kinds of", "Volunteers planted {n} kinds of tree: six oaks, a beech, four rowans and two limes.",
     "five", "four"),
    ("attribution", "The zoo bred {n} species this year: two tiger cubs, a tapir and twin otters, keepers said.",
     "five", "three"),
    ("last item described", "The centre took in animals of {n} species: a fox cub, two badgers, four hedgehogs and "
     "an otter, the first otter rescued there since 2010.", "three", "four"),
    ("subject, closing dash", "The garden's {n} cultivars - three Bourbons, a Gallica and two Damasks - flower in "
     "June.", "two", "three"),
    ("namely", "Rangers logged {n} species of deer on the estate, namely nine red deer, a roe buck and two sika "
     "hinds.", "four", "three"),
    ("year in the bridge", "The trust reintroduced {n} species in 2023 - two beavers, a pine marten and six water "
     "voles - to the valley.", "two", "three"),
    ("time phrase", "Anglers landed fish of {n} species on Saturday: three perch, a pike, two roach and a bream.",
     "five", "four"),
]

# (name, template, flagged, clean): a count of things that happen in a match, or how often, then the minutes
MINUTE_ROWS = [
    ("goals, comma", "Osei scored {n}, in the 12th, 55th and 81st minutes.", "two goals", "three goals"),
    ("penalties, dashes", "Rovers were awarded {n} - in the 20th, 44th and 90th minutes - and scored them all.",
     "two penalties", "three penalties"),
    ("substitutions, trailing clause", "City made {n}, in the 46th, 62nd, 70th and 85th minutes, but could not find "
     "an equaliser.", "three substitutions", "four substitutions"),
    ("saves, a half before", "The keeper made {n} in the first half, in the 5th, 19th and 40th minutes, to keep Town "
     "level.", "two saves", "three saves"),
    ("possessive, minute first", "Kane's {n} - in the 3rd minute, the 41st and the 88th - settled the tie.",
     "two goals", "three goals"),
    ("times, colon", "Wasps crossed the line {n}: in the 4th, 22nd and 60th minutes.", "twice", "three times"),
    ("woodwork, attribution", "The visitors hit the woodwork {n}, in the 8th, 33rd and 71st minutes, the club said.",
     "twice", "three times"),
    ("place before", "United conceded {n} at Ashton Gate, in the 2nd, 51st and 89th minutes, the club said.",
     "two goals", "three goals"),
]

# (name, template, flagged count, clean count): names of things with a title's small words inside
TITLE_WORDS_ROWS = [
    ("apposition, subject", "The {n} shortlisted books, Ash Lane, Fire in the Valley, The Long Walk and Tidewater, were all "
     "debuts.", "three", "four"),
    ("apposition, to the", "The {n} walks on the new map, Path to the Falls, Quarry Lane, Edge of the Moor and Stile, "
     "open in May.", "three", "four"),
    ("copula", "The {n} plays on the syllabus are Death of a Salesman, Ghosts, Under Milk Wood and Blood Wedding.",
     "three", "four"),
    ("named as", "The {n} stolen paintings were identified as Boats on the Lake, Harvest, Girl with a Lantern and Ruin.",
     "three", "four"),
    ("object apposition", "Critics picked the {n} best albums, Songs from the Shore, Kestrel, Down by the Water and "
     "Glass, in a poll.", "three", "four"),
    ("object, time after", "The council renamed {n} streets, Mill Lane, Road to the Mill, Hope Street and Quay Side, "
     "last year.", "three", "four"),
    ("attribution", "The festival's {n} headline shows are Dance for the Dead, Glass Houses and Tales of the City"
     ", the organisers said.", "two", "three"),
    ("year before", "In 2025 the {n} set texts were Lord of the Flies, Macbeth, Journey to the Centre and Kes.",
     "three", "four"),
]


def _rows(rows):
    return [pytest.param(template, flagged, clean, id=name) for name, template, flagged, clean in rows]


ALL_ROWS = (_rows(SEMICOLON_ROWS) + _rows(TITLE_NUMBER_ROWS) + _rows(BIG_BRIDGE_ROWS) + _rows(OCCASION_ROWS)
            + _rows(KINDS_ROWS) + _rows(MINUTE_ROWS) + _rows(TITLE_WORDS_ROWS))


@pytest.mark.parametrize("template,flagged,clean", ALL_ROWS)
def test_count_against_list_flagged(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged.split()[0], "FC410")


@pytest.mark.parametrize("template,flagged,clean", ALL_ROWS)
def test_count_against_list_clean(template, flagged, clean):
    assert_clean(template.format(n=clean))


# lists left alone: a list kept by semicolons, ordinals of other things, a date with its year split by a comma,
# a small count in the bridge (a rival), fewer dates than times, people booked, kinds not named
CLEAN = [
    "Police named the three men as Carl Webb, 24, of Leeds; Dean Frost, 31, of Hull; and Ian Holt, 28.",
    "He crashed twice, on the 3rd, 10th and 41st laps.",
    "The bridge closed twice, on March 3, 2024, and May 9, 2025.",
    "Five councils run 12 schools: Arden, Bexley, Corby and Dunmore.",
    "Diaz scored three times, in the 9th and 77th minutes.",
    "Two players were booked, in the 12th, 55th and 81st minutes.",
    "The two men, Ann Roe, Bo Lee at Leeds and Cy Fox, were held.",
    "The two firms, Arco Surgery in Bexley, Kent, and Belmar Clinic in Dartford, will merge in the autumn.",
    # partial lists and two lists in one sentence
    "The studio's five biggest hits included Inside Job 2, Harbour Lights and Red Planet 3.",
    "The band played three new songs, 'Cinder', 'Kite' and 'Moss', and two old ones, 'Dusk' and 'Salt'; the crowd "
    "loved them.",
    "Osei has scored five goals this season, among them strikes in the 12th, 55th and 81st minutes.",
    "Osei has scored five goals, including three in the 12th, 55th and 81st minutes.",
    "Among the five films picked for the tour are Lost Summer 2, Grey Gull and Iron Bay; more will follow.",
    "Keepers now care for five varieties: two ewes of one, three rams of another and single sheep of the rest.",
    "The festival has booked three headliners and two other acts: Mara Quill, The Fenwicks, Ostrava and Duke Lane; "
    "tickets go on sale on Friday.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_left_alone(text):
    assert_clean(text)

"""Round 20, a count word against the items listed after it (checker/relate/lists.py).

* ``_LAST_APPOSED``: the last item described by an indefinite noun phrase to the sentence's end ("..., the
  Bandstand and the Loft, a 90-seat bar above the market."); ``_LAST_DESCRIBED`` also takes ", where ...".
* ``_RELATIVE_ASIDE``: a relative clause between commas on a middle item ("..., the poet Ann Roe, who reads in
  Welsh and English, and ..."), its "and" its own.
* ``_plain_item``: a name after a description of up to four lower-case words with no determiner ("former
  school board member Rita Vance") is one item in a list of things too.
* ``_ON_ROADS`` / ``_ROAD_SITE``: "six cameras: on the A350 at Semington, the A361 at Seend ...": places (a road
  may hold two); a road and a site after "at" is one site each (fewer is a warning, like "at A, B and C").
* ``_ROUTE_NUMBER`` / ``_route_number``: a route's number and where it goes is one item ("the 31 to the
  hospital", "the 46 night bus to Esham"), its number no amount; "11 routes, including four new ones: ..." --
  the list after the colon is the whole of the four.
* ``_INNER_AND`` after a code ("the effect of lorries on the A34 and nearby lanes"), and ``_WHETHER_ITEM``: a
  question as the last of the things ("..., and whether the town needs the homes").

Each flagged row has a clean twin (same words, a count that agrees); the clean-only rows are partial lists,
lists of other things and lists spread over sentences, which must stay silent."""
from __future__ import annotations

import pytest

from tests.shapes import assert_clean, assert_flagged

# (name, template, flagged count, clean count)
LAST_DESCRIBED_ROWS = [
    ("colon, article items", "The fair used {n} halls: the Corn Hall, the Drill Hall, St Anne's Church and the "
     "Cellar, a small bar below the market.", "five", "four"),
    ("attribution first", "Organisers said the tour will visit {n} towns: Alnwick, Morpeth, Hexham and Rothbury, a "
     "market town on the Coquet.", "five", "four"),
    ("year first", "In 2024 the charity ran {n} hostels: the Anchor, the Beacon, the Harbour and the Lantern, an old "
     "pub near the docks.", "six", "four"),
    ("digits", "The club now has {n} grounds: Elm Park, Fox Lane, the Meadow and Brook Field, a former farm on the "
     "edge of town.", "5", "4"),
    ("figure in the description", "The festival used {n} stages: the Quay, the Abbey, the Park and the Loft, a "
     "120-seat room above the theatre.", "five", "four"),
    ("where, money in the bridge", "Graduates of {n} courses owed more than £50,000: law, medicine, dentistry and "
     "architecture, where degrees take longer.", "five", "four"),
    ("where, wards", "The survey found {n} wards with no surgery: Abbey, Castle, Priory and Westgate, where the "
     "last one closed.", "three", "four"),
    ("dash-less, a site", "The firm runs {n} depots: Acton, Barking, Croydon and Dagenham, a yard it bought from "
     "the council.", "five", "four"),
    ("too many", "The band played {n} venues: the Roundhouse, the Forum, the Garage and the Lexington, a pub "
     "in Islington.", "three", "four"),
]

RELATIVE_ASIDE_ROWS = [
    ("copula, described names", "The festival's {n} guest speakers are the historian Ruth Amsel, the novelist Tom "
     "Brandt, the poet Iain Cowie, who reads in Scots and English, and the editor Jo Dunn.", "five", "four"),
    ("colon, people", "Police named the {n} men charged: Adam Reid, Ben Shaw, who lives in Leeds, and Carl Todd.",
     "four", "three"),
    ("things, which", "The council shut {n} libraries: Ashby, Belton, which opened in the sixties, and Coleby.",
     "four", "three"),
    ("whose, attribution", "The {n} finalists are Ann Roe, Bo Lee, whose debut came out in May, and Cy Fox, the "
     "judges said.", "four", "three"),
    ("where, places", "The tour visits {n} cities: Leeds, York, where it opened last year, Hull and Bath.",
     "five", "four"),
    ("and inside the aside", "The shortlist has {n} names: Ann Roe, Bo Lee, who won in Cork and Galway, Cy Fox and "
     "Di Kerr.", "five", "four"),
    ("object position, a period", "The club signed {n} players in the summer: Ian Roe, Jack Lee, who joined from "
     "Derby, and Kyle Fox.", "four", "three"),
    ("dash", "The {n} winners - Ann Roe, Bo Lee, who also won last year, and Cy Fox - will share the prize.",
     "four", "three"),
]

DESCRIBED_NAME_ROWS = [
    ("dash, long role", "The {n} candidates who have filed for the seat - Marsh, retired teacher Ann Boyd and former "
     "county council member Ray Hart - will meet in a debate.", "four", "three"),
    ("colon", "Voters will choose between {n} candidates: Ellis, local corner shop owner Dana Wu and former police officer "
     "Sam Kerr.", "four", "three"),
    ("dash, announced", "The {n} nominees - veteran stage actor Leo Hart, Ana Diaz and former national theatre "
     "director Kim Oh - were announced on Monday.", "four", "three"),
    ("colon, object", "The party picked {n} new directors: retired high court judge Paul Lane, Mia Ross and retired army "
     "officer Tom Kerr.", "two", "three"),
    ("dash, time after", "The {n} riders still in the race - reigning Dutch sprint champion Bas Vos, Lee Tan and former world "
     "champion Jan Holt - start at nine.", "four", "three"),
    ("firms", "The {n} bidders for the site - Arco, local family property developer Belmar Homes and local housing trust Corvo - "
     "will present plans in June.", "four", "three"),
    ("year first", "In 2023 the board hired {n} advisers: Ruth Ng, former county treasurer Ann Platt and retired "
     "health board member Ian Moss.", "four", "three"),
    ("attribution after", "The {n} people charged - Reid, Shaw and former primary school caretaker Tom Todd - deny the "
     "offences, police said.", "four", "three"),
]

# (name, template, flagged count, clean count, rule) -- fewer sites is a warning, more an error
ROAD_ROWS = [
    ("colon, time phrase", "The council will switch off {n} cameras by June: on the A38 at Lydney, the A48 at "
     "Blakeney, the B4228 at Coleford and the A4136 at Mitcheldean.", "five", "four"),
    ("dash, attribution", "{n} new crossings are planned - on the A6 at Kibworth, the A47 at Houghton and the B6047 "
     "at Tilton - the county said.", "Four", "Three"),
    ("more than the count", "The trust said {n} speed cameras will go: on the A30 at Bodmin, the A39 at Wadebridge "
     "and the A389 at Padstow.", "two", "three"),
    ("along", "Highways England will fit {n} new signs: along the M5 at Taunton, the A38 at Wellington and the A303 "
     "at Ilminster.", "four", "three"),
    ("period in the bridge", "Police said {n} cameras had been damaged this year: on the A5 at Towcester, the A43 at "
     "Silverstone and the A508 at Roade.", "four", "three"),
    ("digits", "The agency lists {n} accident blackspots: on the A470 at Builth, the A483 at Llandrindod, the A44 "
     "at Rhayader and the A479 at Talgarth.", "5", "4"),
    ("near", "The firm will open {n} charging hubs in 2025: on the M6 near Tebay, the A66 near Brough and the A590 "
     "near Ulverston.", "four", "three"),
    ("plain roads, too many", "Only {n} cameras will go: on the A350, the A361 and the B3105.", "two", "three"),
]

ROUTE_ROWS = [
    ("including, colon", "The depot runs 14 routes, including {n} new ones: the X3 to the airport, the 21 to Park "
     "Farm and the 52 night bus to Corby.", "four", "three"),
    ("colon", "The council will fund {n} new routes: the 7 to the hospital, the 12 to Oakley and the 19 to the "
     "retail park.", "four", "three"),
    ("dash, from", "{n} services will be cut - the 4 to Marston, the 16 from Hale and the 33 express via the "
     "ring road - the operator said.", "Four", "Three"),
    ("attribution first", "Operators said {n} routes would change: the 8 to Kirkby, the 23 to Fazakerley and the X1 "
     "to Southport.", "two", "three"),
    ("digits, larger route numbers", "Bus users will lose {n} routes in May: the 40 to Bude, the 41 to Holsworthy, "
     "the 42 to Launceston and the 43 to Camelford.", "5", "4"),
    ("night bus, this summer", "The network adds {n} routes this summer: the 2 night bus to the coast, the 9 to "
     "Dunster and the 28 from Minehead.", "four", "three"),
    ("shuttles", "The trust will run {n} shuttle buses: the 14 to the main hospital, the 27 to the eye clinic and "
     "the 88 to the car park.", "four", "three"),
    ("more than the count", "Two routes will be withdrawn: the 5 to Ashby, the 6 to Belton and the 7 to Coleby, "
     "the council said.", None, None),
]

INNER_AND_ROWS = [
    ("code then and, whether last", "The inquiry will weigh {n} issues: the loss of open fields, the effect of lorries "
     "on the A34 and nearby lanes, the risk of flooding, and whether the town needs the homes.", "six", "four"),
    ("whether last", "The panel will look at {n} questions: the cost of the scheme, its effect on traffic, and "
     "whether it can open on time.", "four", "three"),
    ("whether, dash", "Residents raised {n} concerns - the noise, the parking and whether the road is safe for "
     "children - at the meeting.", "four", "three"),
    ("whether, attribution first", "The auditor said it would examine {n} matters: staffing, the state of the roof, "
     "and whether the pool should close.", "four", "three"),
    ("code then and", "Councillors listed {n} objections: the height of the tower, the loss of trees on the B1040 "
     "and nearby verges, and the lack of parking.", "five", "three"),
    ("whether, year in the bridge", "In 2024 the regulator set out {n} tests: the firm's debts, its record on leaks, "
     "and whether its bosses are fit to run it.", "five", "three"),
    ("whether, too many", "Ministers will decide {n} points: the route, the cost, the timetable, and whether to "
     "build a station.", "three", "four"),
    ("code then and, written", "The report names {n} failings: poor signs on the M62 and slip roads, weak lighting, "
     "and the lack of patrols.", "seven", "three"),
]

# partial lists, other things counted, lists spread over sentences: no finding
SILENT_ROWS = [
    "The station is served by 11 routes, among them the 31 to the hospital, the 46 to Esham and the X9 to the airport.",
    "The festival had six venues. The Quay, the Abbey and the Loft, a small bar, sold out first.",
    "The council will switch off five cameras, including those on the A38 at Lydney and the A48 at Blakeney.",
    "The two men, who live in Leeds, Hull and York, were charged on Friday.",
    "Six cameras will go: on the A38, the A48 and the B4228.",
    "Four players reached the semi-finals. Ann Roe, Bo Lee and Cy Fox were seeded.",
    "Five issues were raised, such as the loss of open fields, the effect of lorries and whether the town needs homes.",
    "The inquiry will weigh six issues, among them the loss of fields, the traffic, and whether the town needs homes.",
    "The depot runs 14 routes: the X3 to the airport, the 21 to Park Farm and the 52 night bus to Corby are new.",
    "The cafe added three dishes: fish and chips, a pie with mash.",
]


def _rows(table):
    return [pytest.param(row[1], row[2], row[3], id=row[0]) for row in table]


@pytest.mark.parametrize("template,flagged,clean", _rows(LAST_DESCRIBED_ROWS))
def test_last_item_described(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("template,flagged,clean", _rows(RELATIVE_ASIDE_ROWS))
def test_relative_clause_on_a_middle_item(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("template,flagged,clean", _rows(DESCRIBED_NAME_ROWS))
def test_name_after_a_long_description(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("template,flagged,clean", _rows(ROAD_ROWS))
def test_sites_on_roads(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("template,flagged,clean", _rows(ROUTE_ROWS[:-1]))
def test_numbered_routes_with_destinations(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


def test_more_routes_than_the_count():
    text = ROUTE_ROWS[-1][1]
    assert_flagged(text, "Two", "FC410")
    assert_clean(text.replace("Two", "Three"))


@pytest.mark.parametrize("template,flagged,clean", _rows(INNER_AND_ROWS))
def test_inner_and_and_a_question_last(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


@pytest.mark.parametrize("text", SILENT_ROWS)
def test_partial_or_other_lists_stay_silent(text):
    assert_clean(text)


# people grouped under a possessive, counted by name (four names in each flagged/clean pair unless said)
OWNED_GROUP_ROWS = [
    ("colon, two pairs", "{n} players hit perfect games on Friday: the Crown's Amy Hart and Joe Pike, and the Swan's "
     "Lee Mote and Ravi Shah.", "Five", "Four"),
    ("dash", "{n} pupils won awards - St Anne's Mia Cole and Sam Reid, and St Luke's Tom Ash and Eve Lamb - at the "
     "county final.", "Five", "Four"),
    ("lower-case owners, attribution first", "Police said {n} officers were praised: the county's Ann Lowe and Dev "
     "Patel, and the city's Joe Kerr and Ian Moss.", "five", "four"),
    ("three groups, one of one name", "{n} players made the team: Leeds's Ann Roe, York's Bo Lee and Cy Fox, and "
     "Hull's Di Kerr.", "Five", "Four"),
    ("digits, three names", "{n} councillors voted against: Labour's Ann Roe and Bo Lee, and Reform's Cy Fox.",
     "4", "3"),
    ("semicolons", "{n} officers were commended: Kent's Ann Roe and Bo Lee; and Essex's Cy Fox and Di Kerr.",
     "Five", "Four"),
    ("year first", "In 2024 {n} managers were promoted: the bank's Ann Roe and Bo Lee, and the insurer's Cy Fox and "
     "Di Kerr.", "five", "four"),
    ("more names than the count", "{n} players scored: the Crown's Amy Hart and Joe Pike, and the Swan's Lee Mote "
     "and Ravi Shah.", "Three", "Four"),
]


@pytest.mark.parametrize("template,flagged,clean", _rows(OWNED_GROUP_ROWS))
def test_names_grouped_under_owners(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


# things with long tails whose own "and" follows "between", or whose phrase opens with "aboard"
BETWEEN_ROWS = [
    ("colon, aboard and between", "The insurer paid out on {n} big claims: a fire aboard a ferry in the Irish Sea "
     "in March, a collision between a barge and a tug on the Thames in June and a flood at a warehouse in Hull.",
     "four", "three"),
    ("colon, between first", "{n} incidents were reported: a fight between rival fans outside the ground, a fire "
     "aboard a bus in the car park and a theft from the club shop.", "Four", "Three"),
    ("attribution first", "Officials said the inquiry looked at {n} events: a clash between police and protesters in the square, "
     "the closure of the bridge over the river and a fire aboard a tram.", "four", "three"),
    ("between names", "The league settled {n} disputes this season: a row between Hull and York over ticket prices, "
     "a fee dispute with a referee and a complaint about the pitch at Bury.", "four", "three"),
    ("between abstract nouns", "The report lists {n} risks: a widening gap between pay and prices, a shortage of "
     "nurses in rural areas and long delays for ferries to the islands.", "four", "three"),
    ("links", "Planners will study {n} options: a link between the airport and the city centre, a new line to the "
     "port and a loop around the old town.", "two", "three"),
    ("period in the bridge", "The council received {n} complaints in May: a dispute between neighbours over a hedge, "
     "noise from a bar on Mill Street and litter near the station.", "four", "three"),
    ("four items", "Auditors flagged {n} problems: a mismatch between orders and invoices, late payments to "
     "suppliers, missing receipts for travel and a backlog of claims.", "five", "four"),
]


@pytest.mark.parametrize("template,flagged,clean", _rows(BETWEEN_ROWS))
def test_long_items_with_between(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


# names under role labels, the last group after "and" with a label of up to three words and no comma before it
ROLE_LABEL_ROWS = [
    ("colon, period", "The company named its {n} new board members on Monday: finance director Ann Ortiz and "
     "non-executive directors Max Hale and Sue Rao.", "four", "three"),
    ("two-word plural label", "The club named {n} new coaches: goalkeeping coach Ann Fox and fitness coaches Bo Lee "
     "and Cy Roe.", "five", "three"),
    ("dash", "The {n} new officers - chief inspector Jo Dunn and police constables Al Reid and Ed Shaw - start next "
     "week.", "four", "three"),
    ("attribution first", "The trust said {n} staff had been honoured: senior nurse Kay Ng and junior doctors Raj Das "
     "and Mo Khan.", "two", "three"),
    ("digits", "The band has {n} members: lead singer Ana Ruiz and backing vocalists Tim Holt and Zoe Park.",
     "4", "3"),
    ("three-word label", "The {n} winners were announced: young artist Lily Marsh and senior prize winners Abe "
     "Cole and Dot Finn.", "four", "three"),
    ("year first", "In 2024 the council hired {n} officers: chief planning officer Sam Lowe and housing officers "
     "Amy Birch and Ned Cray.", "four", "three"),
    ("written one-word role", "Police charged {n} men: driver Ian Bell and passengers Carl Dee and Rob Eze.",
     "four", "three"),
]


@pytest.mark.parametrize("template,flagged,clean", _rows(ROLE_LABEL_ROWS))
def test_role_labels_last_group_without_comma(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))


# names with their figure after "with"/"on" closing each item (like "Ann Roe (1,204)")
FIGURE_TAIL_ROWS = [
    ("votes, colon", "{n} candidates stood: Ann Roe with 1,204 votes, Bo Lee with 980, Cy Fox with 612 and Di Kerr "
     "with 58.", "Five", "Four"),
    ("points, on, attribution", "{n} players finished level: Ann Roe on 7 points, Bo Lee on 7, Cy Fox on 7 and Di "
     "Kerr on 7, the organisers said.", "Five", "Four"),
    ("clubs, too many", "{n} clubs scored heavily: Leeds with 40 points, Hull with 38 and York with 31.",
     "Two", "Three"),
    ("dash", "The {n} parties that won seats - Labour with 24, Reform with 11 and the Greens with 6 - will meet "
     "on Monday.", "four", "three"),
    ("percent", "{n} candidates stood in 2024: Ann Roe with 41%, Bo Lee with 33% and Cy Fox with 26%.",
     "Four", "Three"),
    ("written count, object", "The poll named {n} favourites: Ann Roe with 31 votes, Bo Lee with 27 and Cy Fox with "
     "22.", "four", "three"),
    ("seats", "{n} parties share the council: Labour with 24 seats, the Greens with 9 and Reform with 6.",
     "Four", "Three"),
    ("party brackets", "{n} candidates stood: Ann Roe (Labour) with 1,204 votes, Bo Lee (Green) with 980, Cy Fox "
     "(Reform) with 612 and Di Kerr (independent) with 58.", "Five", "Four"),
    ("party phrases", "{n} candidates stood: Ann Roe for Labour with 1,204 votes, Bo Lee of the Green Party with 980, "
     "Cy Fox for Reform UK with 612 and Di Kerr with 58.", "Five", "Four"),
    ("goals", "{n} players reached double figures this season: Ian Roe with 14 goals, Jack Lee with 11 and Kyle Fox "
     "with 10.", "Four", "Three"),
]


@pytest.mark.parametrize("template,flagged,clean", _rows(FIGURE_TAIL_ROWS))
def test_names_with_their_figures(template, flagged, clean):
    assert_flagged(template.format(n=flagged), flagged, "FC410")
    assert_clean(template.format(n=clean))

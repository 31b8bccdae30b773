"""List counts (FC410, FC411): a count word against the items listed for it."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import check_text
from checker.api import analyse
from checker.relate.lists import find_listed_items


def _problems(text, code=None):
    return [f for f in check_text(text) if f.is_problem and (code is None or f.rule == code)]


FLAGGED = [
    ("The band's four members are Ann Lee, Bo Diaz and Cy Moss.", "FC410", "four", "warning"),
    ("He leaves three children, Tom, Ann, Joe and Kate.", "FC410", "three", "warning"),
    ("Six countries took part in the talks: France, Germany, Italy, Spain and Portugal.", "FC410", "Six", "error"),
    ("The two suspects, identified as Lee Park, 19, Sam Ortiz, 22, and Ray Fox, 20, appeared in court.",
     "FC410", "two", "error"),
    ("The four victims have been named as Alan Reed, 54, of Derby; Jean Reed, 51, of Derby; and Mark Tyler, "
     "33, of Leek.", "FC410", "four", "error"),
    ("Its five founding members - Brazil, Russia, India and China - met in 2009.", "FC410", "five", "error"),
    ("The three Baltic states - Estonia, Latvia, Lithuania and Poland - met in Riga.", "FC410", "three", "error"),
    ("The club's two strikers, Dean, Cole and Mills, were rested.", "FC410", "two", "warning"),
    ("Investigators identified the three victims as Ann Moss, Bo Diaz, Cy Lee and Di Hart.", "FC410", "three",
     "error"),
    ("Police have named the four men arrested as Ann Moss, Bo Diaz and Cy Lee.", "FC410", "four", "error"),
    ("Five people have been charged: Ann Moss, 32, Bo Diaz, 28, Cy Lee, 41, and Di Hart, 19.", "FC410", "Five",
     "error"),
    ("The three were named as Ann Moss, Bo Diaz, Cy Lee and Di Hart.", "FC410", "three", "error"),
    ("There are three finalists: Ann, Bo, Cy and Di.", "FC410", "three", "error"),
    ("Four ministers, including Ann Cole, Raj Patel, Joe Kerr, Liz Dunn and Tom Bryce, quit.", "FC411", "Four",
     "warning"),
    # a year in the words before the dash
    ("The three towns bidding for the 2027 games - Hull, York, Leeds and Bath - will present in May.", "FC410",
     "three", "error"),
    # apposition after "of N NOUNs", items with "of PLACE"
    ("The motion passed with the votes of two independents, Ann Lee of Hove, Bob Hay of Lewes and Cy Roe "
     "of Rye, who had abstained before.", "FC410", "two", "warning"),
    # names under role labels: count the names
    ("Three officers were honoured: sergeant Amy Cole, constables Ravi Shah and Tom Hale, and inspector Jo "
     "Pike.", "FC410", "Three", "error"),
    # items that are lower-case noun phrases with places and road codes
    ("The trust has named four sites: the old depot on King Street, land near the M5 at Wellow, and a field "
     "off Mill Road.", "FC410", "four", "error"),
]

CLEAN = [
    "The three firms bidding for the contract - Acme, Bolt and Crane - submitted final offers.",
    # names with "and" inside
    "The two retailers, Marks and Spencer and Next, reported sales on Tuesday.",
    "The three countries - Trinidad and Tobago, Jamaica and Barbados - signed the deal.",
    # a list after a number that is not its enumeration
    "In three games this season, Smith, Jones and Brown have all scored.",
    "Two people, a man and a woman, were taken to hospital.",
    "The two men, both from Leeds, were arrested.",
    "The three winners, Ann, Bob and Cy, will each receive a prize of 500 pounds.",
    "Three men - two aged 19 and one aged 23 - were arrested.",
    "The two teams, Leeds and Hull, and their fans were praised by police.",
    "Two of the three men, Ray Wood and Tom Bell, were charged.",
    "Bath lost two of their last three games - against Leicester and Biarritz.",
    "Mr Davis is survived by three children Nora, Hasna and Guy, a blues artist, and seven grandchildren.",
    # partial lists naming fewer
    "The three men, including Ray Wood and Tom Bell, were charged.",
    "The film won four awards including best film and best director.",
    # semicolons and hometowns
    "The three men were named as Ken Ash, 52, of Bury; Steve Mill, 47, of Wigan; and Paul Fenn, 38, of Sale.",
    # "of" after a quantity, a fronted phrase, a count inside another count's clause
    "Two of three councillors, Ann Lee, Bob Hay and Cy Roe, backed it.",
    "In a field of 12 runners, Smith, Jones and Brown, all from Kenya, led from the start.",
    "The four towns that have bid for 12 events - Hull, York and Leeds - will present in May.",
    "The motion passed with the votes of two independents, Ann Lee of Hove and Bob Hay of Lewes, who had "
    "abstained before.",
    # role labels adding up, and a plural label with three names
    "Five players were called up - goalkeeper Ben Ash, defenders Carl Dunn, Eric Fry and Gus Hay, and striker "
    "Ian Jay - on Monday.",
    "Seven players were called up, including goalkeeper Ben Ash, defenders Carl Dunn and Eric Fry, and "
    "striker Ian Jay.",
    # a number inside an item
    "The trust has named four sites: the old depot on King Street, land near the M5 at Junction 9, and a "
    "field off Mill Road.",
]


@pytest.mark.parametrize("text,code,target,severity", FLAGGED, ids=[f"{c}-{i}" for i, (_, c, _, _) in enumerate(FLAGGED)])
def test_flagged(text, code, target, severity):
    start = text.index(target)
    hits = [f for f in _problems(text, code) if f.start <= start < f.end]
    assert hits, [(f.rule, str(f.severity), f.message) for f in check_text(text)]
    assert str(hits[0].severity) == severity
    assert hits[0].related and hits[0].arithmetic


@pytest.mark.parametrize("text", CLEAN, ids=[f"clean-{i}" for i in range(len(CLEAN))])
def test_clean(text):
    assert not _problems(text), [(f.rule, f.message) for f in _problems(text)]


def test_items_skip_ages_and_hometowns():
    text = "The three men were named as Ken Ash, 52, of Bury; Steve Mill, 47, of Wigan; and Paul Fenn, 38, of Sale."
    (rel,) = list(find_listed_items(analyse(text)))
    assert [r.text for r in rel.items] == ["Ken Ash", "Steve Mill", "Paul Fenn"]
    assert rel.link == "explicit"


def test_matching_list_is_reported_as_info():
    text = "Leaders of the three Baltic states - Estonia, Latvia and Lithuania - met in Riga."
    infos = [f for f in check_text(text) if f.rule == "FC410"]
    assert infos and str(infos[0].severity) == "info"


NAMES = ["Ava Ross", "Ben Cole", "Cara Webb", "Dan Holt", "Eve Marsh", "Finn Shaw", "Gus Lane", "Hana Price"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


@settings(max_examples=40, deadline=None)
@given(st.integers(2, 8), st.integers(2, 8), st.sampled_from(["dash", "colon", "named", "semicolon"]))
def test_count_against_list_length(count, listed, style):
    names = NAMES[:listed]
    if style == "semicolon":
        body = "; ".join(f"{n}, {30 + i}, of Leeds" for i, n in enumerate(names[:-1]))
        body += f"; and {names[-1]}, 40, of York"
        text = f"The {WORDS[count]} finalists were named as {body}."
    else:
        joined = ", ".join(names[:-1]) + " and " + names[-1]
        if style == "dash":
            text = f"The {WORDS[count]} finalists - {joined} - will perform on Saturday."
        elif style == "colon":
            text = f"The {WORDS[count]} finalists have been chosen: {joined}."
        else:
            text = f"The {WORDS[count]} finalists, named as {joined}, will perform on Saturday."
    problems = _problems(text, "FC410")
    assert bool(problems) == (count != listed), text
    if problems:
        assert str(problems[0].severity) == "error"


# ------------------------------------------------------- round 2 shapes
ROUND2_FLAGS = [
    # "both", "the pair", "the trio" as counts
    ("Both ferries - the Iona, the Skye and the Mull - were withdrawn for repairs.", "Both"),
    ("Police named both drivers as Ira Kent, Noor Saleh and Tom Vance.", "both"),
    ("The trio - Ira Kent, Noor Saleh, Tom Vance and Liv Dahl - were cleared on appeal.", "trio"),
    ("The pair: Ira Kent, Noor Saleh and Tom Vance.", "pair"),
    # a copula with "by" / "went to": one name per item
    ("The four winning entries are by Ira Kent, Noor Saleh and Tom Vance, and a fifth is due.", "four"),
    ("The two bravery awards went to Ira Kent, Noor Saleh and Tom Vance.", "two"),
    # lower-case items with "of"/"with" phrases
    ("She admits two offences: handling of stolen goods, driving with no insurance and affray.", "two"),
    # places after ", at" / ", in"
    ("The trust is to shut its three care homes, in Selby, Tadcaster, Wetherby and Otley, in the spring.",
     "three"),
]


@pytest.mark.parametrize("text, target", ROUND2_FLAGS)
def test_round2_list_shapes_flagged(text, target):
    found = _problems(text, "FC410")
    assert found, text
    start = text.index(target)
    assert found[0].start <= start < found[0].end


@pytest.mark.parametrize("text", [
    "Both ferries - the Iona and the Skye - were withdrawn for repairs.",
    "Both sides - the council and the union - claimed victory.",
    "The pair met in Selby and Otley last year.",
    "The four winning entries are by Ira Kent, Noor Saleh, Tom Vance and Liv Dahl.",
    "The two bravery awards went to the crew.",
    "She admits three offences: handling of stolen goods, driving with no insurance and affray.",
    # fewer places than things: two may share a town
    "The trust is to shut its three care homes, in Selby and Otley, in the spring.",
    # where people come from is not a list of them
    "The seven founding members are from France, Germany, Italy and Spain.",
    "The five victims, from Leeds, York and Hull, were named on Friday.",
    # partial lists stay partial
    "Nine clubs, among them Leeds, Hull, York and Derby, face fines.",
    "Four drivers, including Ira Kent and Noor Saleh, were fined.",
    # ages and numbers inside items
    "Both drivers, Ira Kent, 34, and Noor Saleh, 29, were fined.",
    "He was convicted on both counts and jailed.",
])
def test_round2_list_shapes_clean(text):
    assert not _problems(text), [(f.rule, f.message) for f in _problems(text)]


ROUND3_FLAGS = [
    # a copula after a short post-modifier of the noun; titles inside names
    ("The three new trustees of the museum are Prof Anne Wills, Dr Raj Mehta, Colin Shaw and Mia Ortiz.", "three"),
    ("The two winners in the junior category were Leo Grant, Ivy Moss and Sam Reid.", "two"),
    ("The four finalists from the north will be Ann Cole, Ben Hart and Cy Lane.", "four"),
    # role labels after a copula, the last group joined by "and" without a comma; a label's number
    ("Britain's three medallists on the final night were diver Tom Ash, swimmer Kate Rowe, boxer Joe Pike "
     "and sprinter Lily Dunn.", "three"),
    # numbered items
    ("Two wards were closed - Ward 4, Ward 7 and Ward 12 - after the outbreak.", "Two"),
    ("Four routes will change: No 3, No 8 and No 21.", "Four"),
    # "N of the NOUNs" before the list
    ("Three of the region's biggest employers - Acme, Borro, Celtix and Dunmore - announced cuts.", "Three"),
    ("Ministers met all four of the devolved leaders: Ann Cole, Bo Diaz and Cy Lane.", "four"),
    # places after a count in object position
    ("The bank is shutting four branches, in Alnwick, Morpeth, Hexham, Amble and Rothbury, this summer.", "four"),
    # "namely" introduces the whole list
    ("The council named three new wardens, namely Ann Cole, Bo Diaz, Cy Lee and Di Hart.", "three"),
    ("She faces two charges, namely theft, fraud and assault.", "two"),
    # "both" + noun, a short bridge, then a dash
    ("Both firms bidding for the contract - Arlo Ltd, Benn plc and Corvo - were told on Friday.", "Both"),
]


@pytest.mark.parametrize("text, target", ROUND3_FLAGS)
def test_round3_list_shapes_flagged(text, target):
    found = _problems(text, "FC410")
    assert found, text
    start = text.index(target)
    assert found[0].start <= start < found[0].end


@pytest.mark.parametrize("text", [
    "The three new trustees of the museum are Prof Anne Wills, Dr Raj Mehta and Colin Shaw.",
    "The three members of the board who quit are Ann Lee, Bo Kim and Cy Roe and Di Fox.",
    "The team's two scorers were striker Dan Hale and midfielder Ali Noor.",
    "Three bus routes are affected: the 5, the 12 and the 40.",
    # the list belongs to the partitive's whole, or the count is inside it
    "Two of the club's four strikers - Dean and Cole - were injured.",
    "Two of the club's strikers - Dean and Cole - were injured.",
    # fewer places than things; a fronted phrase
    "The firm opened three offices, in Leeds and York, last year.",
    "In six cities, in Leeds, Hull, York, Bath, Ely, Rye and Wells, the vote was close.",
    "She faces three charges, namely theft, fraud and assault.",
    "Both firms bidding for the contract - Arlo and Corvo - were told on Friday.",
    # the list after the bridge belongs to the count inside it
    "Both sides agreed on three points: pay, hours and leave.",
])
def test_round3_list_shapes_clean(text):
    assert not _problems(text), [(f.rule, f.message) for f in _problems(text)]


ROUND4_FLAGS = [
    # a short post-modifier between the noun and its apposition
    ("The three finalists still standing, Maya Ruiz, Owen Price, Lila Chen and Sam Ode, meet on Friday.", "three"),
    ("Its two directors on the board, Karl Weiss, Ana Lopes and Ben Hart, resigned.", "two"),
    ("The four players named in the squad, Joe Kell, Ty Marsh, Ed Penn, Al Roy and Raj Dev, trained.", "four"),
    # people described by their ages
    ("Detectives arrested five teenagers after the fire: a 15-year-old from Crewe, a 16-year-old from Nantwich "
     "and a 17-year-old from Sandbach.", "five"),
    ("Three people were treated in hospital - an 80-year-old woman, a 52-year-old man, a 9-year-old boy "
     "and a 30-year-old man - after the crash.", "Three"),
    # names beginning with "the"
    ("The two winners were the Herald, the Courier and the Echo.", "two"),
    ("Its three hotels, the Grand, the Regent, the Ritz and the Savoy, were sold.", "three"),
    # "a trio of" / "a pair of" before a list
    ("Police questioned a trio of drivers: Ian Bell, Jo Shaw, Kim Lowe and Lee Park.", "trio"),
    ("A pair of firms - Orla, Pexa and Quill - bid for the work.", "pair"),
    # months or weekdays after a count of events, one each at least
    ("The council met on two occasions last month, on Monday, Tuesday and Thursday, and will meet again.",
     "two"),
    ("LONDON (Wire) - The band played five gigs this year, in March, April, May, June, July and August.", "five"),
    ("The regulator issued three warnings, in April, May, August and November.", "three"),
]


@pytest.mark.parametrize("text, target", ROUND4_FLAGS)
def test_round4_list_shapes_flagged(text, target):
    found = _problems(text, "FC410")
    assert found, text
    start = text.index(target)
    assert found[0].start <= start < found[0].end


@pytest.mark.parametrize("text", [
    "The three finalists still standing, Maya Ruiz, Owen Price and Lila Chen, meet on Friday.",
    # a clause after the noun, not a post-modifier
    "The two directors who quit, Karl Weiss said, had been unpaid.",
    "The four players named in the squad, Joe Kell said on Friday, are fit.",
    "Detectives arrested three teenagers after the fire: a 15-year-old from Crewe, a 16-year-old from "
    "Nantwich and a 17-year-old from Sandbach.",
    # an age that is not a person item
    "The two sites, a 200-year-old mill and a chapel, were sold.",
    "The two winners were the Herald and the Courier.",
    # lower-case words after "the": not names
    "The two winners were the hosts, the champions and the Echo.",
    "A trio of drivers - Ian Bell, Jo Shaw and Kim Lowe - were questioned.",
    # fewer months than events: two may share a month
    "The regulator issued five warnings, in April, May and November.",
    "The regulator issued four warnings, in April, May, August and November, and has fined two firms.",
    # a fronted phrase: whose months?
    "In its first year, the regulator issued two warnings, in April, May and August.",
])
def test_round4_list_shapes_clean(text):
    assert not _problems(text), [(f.rule, f.message) for f in _problems(text)]


ROUND5_FLAGS = [
    # a bracket on each item (party, club, age) is no item
    ("Five candidates will contest the mayoral race: Ruth Okoro (Liberal Democrat), Sam Pryce (Plaid Cymru), "
     "Lena Voss (Independent) and Omar Kidd (Green).", "Five"),
    ("The two new signings - Luca Berti (Inter), Tomas Hale (Celtic) and Yann Roux (Lyon) - trained on Monday.",
     "two"),
    ("The three nominees are Dara Flynn (SNP), Joe Tait (Labour), Ivy Marr (Green) and Ned Cole (Conservative).",
     "three"),
    ("4 bidders remain in the running: Arco (UK), Belmar (Spain) and Corvo (Italy).", "4"),
    ("The three injured climbers - Ava Lund (34), Ben Roe (29), Cal Ives (41) and Dee Hunt (37) - were airlifted.",
     "three"),
    # abbreviated titles and "of <place>" inside dash-bounded items
    ("The three Republicans who voted against - Reps. Ann Cole of Ohio, Bo Diaz of Texas, Cy Lee of Utah and "
     "Di Hart of Iowa - were censured.", "three"),
    ("Five governors signed the letter - Govs. Ann Cole of Ohio, Bo Diaz of Texas and Cy Lee of Utah - on Friday.",
     "Five"),
    ("Three senators backed the bill: Ann Cole of Ohio, Bo Diaz of Texas, Cy Lee of Utah and Di Hart of Iowa.",
     "Three"),
    # one title with "and" in it inside a longer list
    ("The shortlist has six novels: Salt Road, The Glass Orchard, Bread and Roses, Low Tide and Kestrel.", "six"),
    ("Five albums were nominated - Fire and Rain, Blue Hour, The Long Game and Static - for the prize.", "Five"),
    ("The group runs three chains: Bell and Bow, Riverside Grill, Penny Lane and Oak Room.", "three"),
    ("Four plays will tour this autumn: Hedge, Wolf and Lamb, Tinder, Rook, Slate and Blue Door.", "Four"),
    # a participle between the noun and the copula
    ("The three films shortlisted are Harbour Lights, Nightjar, Quiet Hours and Paper Kites.", "three"),
    ("The two teams promoted were Leeds, Hull and York.", "two"),
    # quoted titles: an "and" inside the quotes is part of the title
    ('The five songs on the EP are "Low Tide," "Salt and Iron," "Kestrel" and "Dusk," the label said.', "five"),
    ("The jury picked three films: “Moss”, “Bread and Roses”, “Kite” and “Dusk”.", "three"),
    # a typed double hyphen as the dash
    ("The five MPs who rebelled -- Reps. Ann Cole of Ohio, Bo Diaz of Texas and Cy Lee of Utah -- were fined.",
     "five"),
]

ROUND5_NEXT = [
    # the count's sentence, then "They are ..." listing them
    ("Four bidders are left in the race. They are Arco (UK), Belmar (Spain) and Corvo (Italy).", "Four"),
    ("Two climbers were rescued on Sunday. They were named as Ava Lund, 34, Ben Roe, 29, and Cal Ives, 41.",
     "Two"),
    ("Police said three sites had been searched. They are: Elm Farm, Mill Lane, Fenby Wood and Ousby Hall.",
     "three"),
]


@pytest.mark.parametrize("text, target", ROUND5_NEXT)
def test_round5_list_in_next_sentence_flagged(text, target):
    found = _problems(text, "FC410")
    assert found, text
    start = text.index(target)
    assert found[0].start <= start < found[0].end


@pytest.mark.parametrize("text", [
    "Three bidders are left in the race. They are Arco (UK), Belmar (Spain) and Corvo (Italy).",
    "Three climbers were rescued on Sunday. They were named as Ava Lund, 34, Ben Roe, 29, and Cal Ives, 41.",
    # another figure in either sentence; a list that is not of them; a count not opening its sentence
    "Five firms bid and two withdrew. They were Acme, Corvo and Delta.",
    "Five firms bid for the contract. They were Acme, Corvo and Delta, plus two others.",
    "Two men were arrested on Monday. They were taken to Leeds and York police stations.",
    "After the storm, the council closed four parks. They are Elm Park and Mill Park.",
    "Four firms bid for the contract. They include Acme and Corvo.",
])
def test_round5_list_in_next_sentence_clean(text):
    assert not _problems(text), [(f.rule, f.message) for f in _problems(text)]


ROUND5_PARTIAL = [
    # "among the N" before the count: a partial list, which may not name more than N
    ("Among the three depots earmarked for sale are Elm Farm, Mill Lane, Fenby and Ousby.", "three"),
]


@pytest.mark.parametrize("text, target", ROUND5_PARTIAL)
def test_round5_among_partial_flagged(text, target):
    found = _problems(text, "FC411")
    assert found, text
    start = text.index(target)
    assert found[0].start <= start < found[0].end


@pytest.mark.parametrize("text, target", ROUND5_FLAGS)
def test_round5_list_shapes_flagged(text, target):
    found = _problems(text, "FC410")
    assert found, text
    start = text.index(target)
    assert found[0].start <= start < found[0].end


@pytest.mark.parametrize("text", [
    "Four candidates will contest the mayoral race: Ruth Okoro (Liberal Democrat), Sam Pryce (Plaid Cymru), "
    "Lena Voss (Independent) and Omar Kidd (Green).",
    "The three new signings - Luca Berti (Inter), Tomas Hale (Celtic) and Yann Roux (Lyon) - trained on Monday.",
    "The four nominees are Dara Flynn (SNP), Joe Tait (Labour), Ivy Marr (Green) and Ned Cole (Conservative).",
    "3 bidders remain in the running: Arco (UK), Belmar (Spain) and Corvo (Italy).",
    # a bracket adding another member: unclear, silent
    "Four firms bid for the work: Acme (and its sister firm Beta), Corvo and Delta.",
    # a bracket holding part of the list: unclear, silent
    "The three firms (Arco, Belmar and Corvo) and two banks bid.",
    "The four Republicans who voted against - Reps. Ann Cole of Ohio, Bo Diaz of Texas, Cy Lee of Utah and "
    "Di Hart of Iowa - were censured.",
    "Three governors signed the letter - Govs. Ann Cole of Ohio, Bo Diaz of Texas and Cy Lee of Utah - on Friday.",
    "The shortlist has five novels: Salt Road, The Glass Orchard, Bread and Roses, Low Tide and Kestrel.",
    "Four albums were nominated - Fire and Rain, Blue Hour, The Long Game and Static - for the prize.",
    # people: "Tom and Ben Hale" may be two of them
    "The five winners were named as Tom and Ben Hale, Ann Roe, Cy Fox and Di Lee.",
    "The four boys - Tom and Ben, Sam and Joe - were found safe.",
    # two titles with "and": unclear
    "The six films: Salt and Ash, Fire and Rain, Blue Hour and Static.",
    # a participle before the copula; "among" makes the list partial
    "The four films shortlisted are Harbour Lights, Nightjar, Quiet Hours and Paper Kites.",
    "Among the five depots earmarked for sale are Elm Farm, Mill Lane and Fenby.",
    "The three MPs who rebelled -- Reps. Ann Cole of Ohio, Bo Diaz of Texas and Cy Lee of Utah -- were fined.",
    'The four songs on the EP are "Low Tide," "Salt and Iron," "Kestrel" and "Dusk," the label said.',
    "The jury picked four films: “Moss”, “Bread and Roses”, “Kite” and “Dusk”.",
    # a pair sharing a word, or grouped before a closing ", and": two items, perhaps
    "Five counties will get the money: Kent, East and West Sussex, Surrey and Essex.",
    "Four depots will shut: Kent, Leeds and Hull, and York.",
    # "as well as" after the closing "and" carries the list on
    "The three unions at the plant -- the Fitters and the Welders, as well as the Drivers' Guild -- signed.",
])
def test_round5_list_shapes_clean(text):
    assert not _problems(text), [(f.rule, f.message) for f in _problems(text)]


# Round 6: a long post-modifier with names before the copula; single-quoted titles; a bare
# count opening its sentence; a count compounded on a group noun; a number word in a name
ROUND6_FLAGS = [
    ("The four firms invited to tender for the Northern Line Extension contract were Arco, Belmar and Corvo.",
     "four"),
    ("The two clinics funded by the Wellcome Trust in East London are Bow Lane, Mile End and Poplar.", "two"),
    ("The four albums in the running are 'Paper Moon', 'Last Train to Avalon' and 'The Quiet Year', "
     "organisers said.", "four"),
    ("Five plays will tour this autumn: 'Glass Houses', 'The Miller's Wife', 'Night Ferry' and 'A Room of "
     "Her Own'.", "Five"),
    ("Several councils bid for the funding. Three were successful: Hull, Wakefield, Doncaster and Barnsley.",
     "Three"),
    ("Most airlines refused. Two have agreed to the terms - Aer Lingus, Loganair and Flybe.", "Two"),
    ("A three-person panel - chair Mona Patel, economist Rhys Evans, lawyer Jo Kim and banker Tim Ode - will "
     "review the bids.", "three-person"),
    ("The five-strong squad: Ana Ruiz, Bea Lin, Cal Moss and Dev Rao.", "five-strong"),
    ("Northampton have signed three players for the League Two campaign: Ann Roe, Bo Lee, Cy Fox and Di Kerr.",
     "three"),
    ("Doncaster confirmed five exits before the new League One season: striker Ann Roe, winger Bo Lee, "
     "defender Cy Fox and keeper Di Kerr.", "five"),
    ("The four players called up are Ann Roe, Bo Lee and Cy Fox.", "four"),
    # the list before the count
    ("Mold, Rhyl and Flint were the two towns picked for the trial.", "two"),
    ("Ivo Sand, Jo Tay, Kit Ure and Lia Vos are the three trustees stepping down.", "three"),
    ("The five-nation bloc, made up of Chad, Mali, Niger and Togo, met on Monday.", "five-nation"),
    ("A two-person jury, consisting of Ann Roe, Bo Lee and Cy Fox, judged the final.", "two-person"),
    ("Three bids arrived late. The three were Arco, Belmar, Corvo and Dyno.", "three"),
]


@pytest.mark.parametrize("text, target", ROUND6_FLAGS)
def test_round6_list_shapes_flagged(text, target):
    found = _problems(text, "FC410")
    assert found, [(f.rule, f.message) for f in check_text(text)]
    start = text.index(target)
    assert found[0].start <= start < found[0].end


@pytest.mark.parametrize("text", [
    "The three firms invited to tender for the Northern Line Extension contract were Arco, Belmar and Corvo.",
    "The three clinics funded by the Wellcome Trust in East London are Bow Lane, Mile End and Poplar.",
    "The three albums in the running are 'Paper Moon', 'Last Train to Avalon' and 'The Quiet Year', "
    "organisers said.",
    "Four plays will tour this autumn: 'Glass Houses', 'The Miller's Wife', 'Night Ferry' and 'A Room of Her Own'.",
    "Several councils bid for the funding. Four were successful: Hull, Wakefield, Doncaster and Barnsley.",
    "Most airlines refused. Three have agreed to the terms - Aer Lingus, Loganair and Flybe.",
    "A four-person panel - chair Mona Patel, economist Rhys Evans, lawyer Jo Kim and banker Tim Ode - will "
    "review the bids.",
    "The 27-member bloc, including France, Germany and Italy, agreed the text.",
    "Northampton have signed four players for the League Two campaign: Ann Roe, Bo Lee, Cy Fox and Di Kerr.",
    # a count inside the list region, a "one" naming nothing: still other figures
    "Four sites were picked: one in Hull, one in York and two in Leeds.",
    "Two of them went further: Hull, York and Leeds.",
    # a bare count's items must read as names: here the sentence goes on
    "Twenty were tested: Ann Roe, Bo Lee and Cy Fox tested positive.",
    "Nine were selected: Ann Roe, Bo Lee and Cy Fox among them.",
    "Mold, Rhyl and Flint were the three towns picked for the trial.",
    "Mold, Rhyl and Flint were among the five towns picked for the trial.",
    "Mold and Rhyl were two of the five towns picked for the trial.",
    "In Mold, Rhyl and Flint are the two depots the firm will keep.",
    "Mold, Rhyl and Flint are the two councils' main towns.",
    "The four-nation bloc, made up of Chad, Mali, Niger and Togo, met on Monday.",
    "Three teams, comprising Ann Roe, Bo Lee, Cy Fox and Di Kerr, took part.",
    "A six-member board consisting of three directors and three trustees will run it.",
    "The three were Arco, Belmar and Corvo.",
    "The two were Ann Roe's friends, Bo Lee and Cy Fox.",
    "The two were Leeds, Hull and York fans.",
    # a verb inside the "post-modifier": the copula is another clause's
    "The three judges in the case believe the culprits were Ann Roe, Bo Lee, Cy Fox and Di Kerr.",
])
def test_round6_list_shapes_clean(text):
    assert not _problems(text), [(f.rule, f.message) for f in _problems(text)]


# Round 7: the list before its count in apposition (dash, colon, comma); a list after a
# count that opens a new clause is some of them
ROUND7_FLAGS = [
    ("Leeds, Hull, York and Bath — the three cities bidding for the games — submitted plans on Friday.",
     "three", "error"),
    ("Ann Roe, Bo Lee and Cy Fox - the two candidates still in the race - debated on Tuesday.", "two", "error"),
    ("Arco, Belmar, Corvo, Dyno and Exo: the four firms shortlisted for the contract.", "four", "error"),
    ("Oslo, Bergen and Tromso -- the four ports on the route -- will get new terminals.", "four", "error"),
    ("Mold, Rhyl, Flint and Conwy, the three towns picked for the trial, will get funding.", "three", "warning"),
    ("Five firms bid for the contract: Arco, Belmar, Corvo and Dyno.", "Five", "error"),
    ("Galway, Sligo, Ennis and Tralee — three towns where the trial will run — get new buses.", "three", "error"),
    ("Leeds, Hull and York — all four cities bidding for the games — submitted plans.", "four", "error"),
    ("Leeds, Hull and York — the 4 cities bidding — submitted plans.", "4", "error"),
    # the list in object position, the count in apposition after it
    ("The pilot covers Galway, Sligo, Ennis and Tralee, the three towns with the worst air.", "three", "warning"),
    ("The council has picked Mold, Rhyl, Flint and Conwy — the three towns in the trial.", "three", "error"),
    ("Organisers named Leeds, Hull, York and Bath as the three host cities for the tournament.", "three",
     "warning"),
    # a plural head shared by the names ends the last item: no verb
    ("Two roads will shut: the Mill, the Quay and the Station roads.", "Two", "error"),
]


@pytest.mark.parametrize("text, target, severity", ROUND7_FLAGS)
def test_round7_list_shapes_flagged(text, target, severity):
    found = _problems(text, "FC410")
    assert found, [(f.rule, f.message) for f in check_text(text)]
    start = text.index(target)
    assert found[0].start <= start < found[0].end and found[0].severity.name.lower() == severity


@pytest.mark.parametrize("text", [
    "Leeds, Hull and York — three of the four cities bidding for the games — submitted plans.",
    "Ann Roe and Bo Lee - two of the three candidates still in the race - debated on Tuesday.",
    "Arco, Belmar, Corvo and Dyno: the four firms shortlisted for the contract.",
    "Oslo, Bergen and Tromso -- among the four ports on the route -- will get new terminals.",
    "Mold, Rhyl and Flint, the three towns picked for the trial, will get funding.",
    "Yesterday, Leeds and Hull, the three cities bidding, submitted plans.",
    "Meanwhile, Leeds and Hull were the three cities picked for the trial.",
    "Leeds, Hull and York, the two cities said, will bid.",
    "Fans of Leeds, Hull and York - the two clubs relegated last season - protested.",
    "Leeds, Hull and York — the two cities' main rivals — lost.",
    "Galway, Sligo, Ennis and Tralee — four towns where the trial will run — get new buses.",
    "Leeds, Hull and York - 12 clubs in all - were relegated.",
    "Leeds, Hull and York - four clubs between them - were relegated.",
    "Leeds, Hull and York - two of them in the north - bid.",
    # the list after the count is the subject of a new clause: some of them
    "Twenty people were tested: Ann Roe, Bo Lee and Cy Fox tested positive.",
    "Five firms bid for the contract: Arco, Belmar and Corvo made the shortlist.",
    "Nine councils were consulted - Leeds, Hull and York objected.",
    "Eight riders started the stage: Ann Roe, Bo Lee and Cy Fox finished it.",
    "Seven clubs were inspected: Ashby, Bolton and Crewe remain under review.",
    "Twenty people were tested: Ann Roe, Bo Lee and Cy Fox all tested positive.",
    "The pilot covers Galway, Sligo and Ennis, the three towns with the worst air.",
    "He thanked Ann Roe, Bo Lee and Cy Fox, the two organisers and the sponsor.",
    "Organisers named Leeds, Hull and York as the three host cities for the tournament.",
    "The firm lists Leeds, Hull and York as well as the two Welsh sites.",
    "The scheme runs in Leeds, Hull and York, the two cities with trams.",
    "After talks, the pilot covers Leeds, Hull and York, the two cities with trams.",
    "Ten bidders applied: Arco, Belmar and Corvo go through to the final round.",
])
def test_round7_list_shapes_clean(text):
    assert not _problems(text), [(f.rule, f.message) for f in _problems(text)]

"""List counts, round 13: ", namely" after a longer bridge; a road or competition code in the bridge
("the A38", "a T20 final"); places after a time phrase ("this year, in A, B and C") or after a count
that is a preposition's object ("approved for three sites, at A, B and C"); a preposition such as
"through to" before the copula; the last item described at the sentence's end (", also known as ...");
a list before "- the N NOUNs confirmed so far -"; a group's size in the bridge ("their 16-man squad")."""
from __future__ import annotations

import pytest

from checker import check_text


def _problems(text, code=None):
    return [f for f in check_text(text) if f.is_problem and (code is None or f.rule == code)]


FLAGGED = [
    # ", namely" after a bridge of several words
    ("The trust has shut three clinics to routine appointments since the heatwave began, namely Ashby, Carlow, "
     "Denby and Eston, and patients are being sent elsewhere.", "three"),
    ("Two schools were closed for the day after a burst water main, namely Hollins Park, St Bede's and "
     "Moorside, the council said.", "Two"),
    ("The insurer has dropped four brands from its comparison listings over a pricing row, namely Keystone, "
     "Lark and Mallow.", "four"),
    # a road or competition code in a longer bridge
    ("Three hamlets will be cut off while the M62 slip road is rebuilt over the summer: Low Ashby, Greave, "
     "Tandle Hill and Crook.", "Three"),
    ("Five roads will close overnight while engineers resurface the A38 near the city: Queen Street, "
     "Mill Lane, Bank Road and Station Way.", "Five"),
    ("Lancashire have called up two academy players for Sunday's T20 final against Surrey - Sam Orme, "
     "Jay Kettle and Rob Dane.", "two"),
    # places after a time phrase, or after a count that follows "for"
    ("The chain has opened two stores this year, in Perth, Dundee and Stirling.", "two"),
    ("The festival held three outdoor concerts last month, in Galway, Sligo, Ennis and Tralee.", "three"),
    ("Consent has been given for two new solar farms, at Brindle, Coppull and Heskin, each of 30MW.", "two"),
    # a preposition before the copula
    ("The five teams through to the semi-finals are Ayr, Elgin, Forfar, Brechin, Peterhead and Montrose.",
     "five"),
    ("The four clubs into the quarter-finals are Rovers, Albion and United.", "four"),
    # the last item described at the sentence's end
    ("The reserve will take in three new animals: a lynx, a pine marten, a wildcat and a polecat, also known "
     "as a fitch.", "three"),
    ("The park is home to five rare plants: lady's slipper, fen orchid, marsh gentian and bog sedge, which "
     "flowers in June.", "five"),
    # a list before the count, a participle after it
    ("Dora Lane, Kit Harper and The Low Tides - the four bands confirmed so far for the Sunday bill - will "
     "be joined by a headliner in May.", "four"),
    ("Arco, Belmar and Corvo - the two bidders announced by the council - will present their plans in "
     "public.", "two"),
    # a group's size in the bridge describes the group, it counts nothing listed
    ("Wales have named two new caps in their 16-man squad for the Six Nations opener - prop Dai Rees, "
     "lock Huw Pryce and wing Iestyn Lloyd.", "two"),
    # a longer intro (up to 24 words) naming nothing else; "this", "its bus" are no plurals
    ("Five candidates will stand in the election to replace the councillor who died in office in the spring of "
     "this year: Ann Roe, Bo Lee, Cy Fox and Di Kerr.", "Five"),
    ("Three firms have been shortlisted by the county council for the contract to run its bus network from the "
     "start of next April: Arco, Belmar, Corvo and Dyno.", "Three"),
    ("Two hotels were picked after a long search by the organising committee for a base close to the course for the "
     "duration of the event - the Grand, the Swan and the Bell.", "Two"),
    # a naming verb, the count, a longer modifier, then "as"
    ("Police have named the two men who died in the crash on the A1 near Grantham on Sunday as Ann Roe, 34, "
     "Bo Lee, 29, and Cy Fox, 41.", "two"),
    ("Officers identified the three women hurt in the blast at the depot last week as Jo Hart, Amy Lowe, Kim Shaw "
     "and Liz Dunn.", "three"),
    # a participle phrase between commas before the copula
    ("The five finalists for the award, announced at a ceremony in Leeds last night, are Ann Roe, Bo Lee, Cy Fox "
     "and Di Kerr.", "five"),
    ("The two men, arrested in Leeds on Friday, are Ann Roe, Bo Lee and Cy Fox.", "two"),
    # an attribution before the colon
    ("There are five things to check before you travel, the Foreign Office says: your passport, your "
     "insurance, local laws and vaccinations.", "five"),
    ("Residents face three options, the council said: a new bridge, a ferry, a tunnel and a causeway.",
     "three"),
    # a tally and its size, then the list
    ("The club's injury list now stands at four: winger Sam Roe (hamstring), fly-half Ed Lane (knee) and "
     "prop Al Dunn (ankle).", "four"),
    ("The number of candidates has risen to five: Ann Hale, Bo Trent, Cy Marsh and Di Kerr.", "five"),
    ("The toll now stands at two - a cyclist, a pedestrian and a van driver.", "two"),
    ("The death toll from the fire has risen to three: a firefighter, a resident, a passer-by and a neighbour.",
     "three"),
    ("There are four ways to cut your bills, experts say: insulate the loft, switch tariff and fit a smart meter.",
     "four"),
    # "N of the NOUNs" and a place before the colon
    ("She won rosettes in three of the pony classes at the Kelso Show: the show hunter, the working hunter, "
     "the family pony and the mountain pony.", "three"),
    # a head noun and its "of" phrase as a longer item
    ("The concert has three pieces - Holst's Planets, Walton's Facade, Britten's Young Person's Guide and "
     "the first performance of a song cycle by the festival's young composer.", "three"),
]

CLEAN = [
    # twins: the lists as long as their counts
    "The trust has shut three clinics to routine appointments since the heatwave began, namely Ashby, Carlow "
    "and Denby, and patients are being sent elsewhere.",
    "The insurer has dropped three brands from its comparison listings over a pricing row, namely Keystone, "
    "Lark and Mallow.",
    "Four roads will close overnight while engineers resurface the A38 near the city: Queen Street, "
    "Mill Lane, Bank Road and Station Way.",
    "Lancashire have called up three academy players for Sunday's T20 final against Surrey - Sam Orme, "
    "Jay Kettle and Rob Dane.",
    "The chain has opened three stores this year, in Perth, Dundee and Stirling, and plans more.",
    "The festival held four outdoor concerts last month, in Galway, Sligo, Ennis and Tralee.",
    "The festival held four outdoor concerts last month, in Galway, Sligo and Ennis.",
    "Consent has been given for three new solar farms, at Brindle, Coppull and Heskin, each of 30MW.",
    "The six teams through to the semi-finals are Ayr, Elgin, Forfar, Brechin, Peterhead and Montrose.",
    "The reserve will take in four new animals: a lynx, a pine marten, a wildcat and a polecat, also known "
    "as a fitch.",
    "Dora Lane, Kit Harper, Sol Ray and The Low Tides - the four bands confirmed so far for the Sunday bill "
    "- will be joined by a headliner in May.",
    "Wales have named three new caps in their 16-man squad for the Six Nations opener - prop Dai Rees, "
    "lock Huw Pryce and wing Iestyn Lloyd.",
    "There are four things to check before you travel, the Foreign Office says: your passport, your "
    "insurance, local laws and vaccinations.",
    "The club's injury list now stands at three: winger Sam Roe (hamstring), fly-half Ed Lane (knee) and "
    "prop Al Dunn (ankle).",
    "The number of candidates has risen to four: Ann Hale, Bo Trent, Cy Marsh and Di Kerr.",
    "She won rosettes in four of the pony classes at the Kelso Show: the show hunter, the working hunter, "
    "the family pony and the mountain pony.",
    "The concert has four pieces - Holst's Planets, Walton's Facade, Britten's Young Person's Guide and "
    "the first performance of a song cycle by the festival's young composer.",
    "The death toll from the fire has risen to four: a firefighter, a resident, a passer-by and a neighbour.",
    "There are three ways to cut your bills, experts say: insulate the loft, switch tariff and fit a smart meter.",
    "Four candidates will stand in the election to replace the councillor who died in office in the spring of "
    "this year: Ann Roe, Bo Lee, Cy Fox and Di Kerr.",
    "Three hotels were picked after a long search by the organising committee for a base close to the course for the "
    "duration of the event - the Grand, the Swan and the Bell.",
    "Police have named the three men who died in the crash on the A1 near Grantham on Sunday as Ann Roe, 34, "
    "Bo Lee, 29, and Cy Fox, 41.",
    "The four finalists for the award, announced at a ceremony in Leeds last night, are Ann Roe, Bo Lee, Cy Fox "
    "and Di Kerr.",
    "The two men, arrested in Leeds on Friday, are expected in court.",
    # near misses: whose list is it?
    "Police named the two men who were arrested after the raids as Ann Roe, Bo Lee and Cy Fox.",
    "The two men, police said, are Ann Roe, Bo Lee and Cy Fox.",
    "Three firms have been shortlisted by the county council for the contract to run its bus services and trams "
    "from the start of next April: Arco, Belmar, Corvo and Dyno.",
    "Two firms have bid after the council invited offers from the operators that ran its routes in the north of "
    "the county last year: Arco, Belmar and Corvo.",
    "The injury list stands at four, the coach said: Sam Roe, Ed Lane and Al Dunn are the latest.",
    "The club's injury list now stands at four after Saturday: Sam Roe, Ed Lane and Al Dunn are out, and others are doubtful.",
    "She won rosettes in three of the pony classes at the Kelso Show, including the show hunter, the working hunter, "
    "the family pony and the cob.",
    "The number of candidates has risen to five after two late entries: Ann Hale, Bo Trent, Cy Marsh and Di Kerr.",
    "The trust has shut three clinics after complaints from patients, namely Ann Roe, Bo Lee, Cy Fox and "
    "Di Kerr.",
    "The trust has shut three clinics after complaints from the families of the patients, namely Ann Roe, "
    "Bo Lee, Cy Fox and Di Kerr.",
    "Police arrested two men this week, in Leeds, Hull and York, after a series of raids.",
    "The group has played two gigs this year, in Leeds, Hull and York, and elsewhere in the north.",
    "Somerset named two uncapped players in their 4-man shortlist for the award - Josh Pell, Arun Mistry, "
    "Ollie Dent and Kieran Shaw.",
    "The reserve will take in three new animals: a lynx, a pine marten, a wildcat and others.",
    "Dora Lane, Kit Harper and The Low Tides, the four bands confirmed on Monday, will play.",
]


# ", including" after a bridge: a partial list may not be longer than its count (FC411)
PARTIAL_FLAGGED = [
    ("The selectors have picked four riders for the Tour in July, including Ann Roe, Bo Lee, Cy Fox, Di Kerr and "
     "Ed Fry.", "four"),
    ("The Danish pair have won three titles this year, including Jakarta, Tokyo, Paris and Seoul.", "three"),
    ("Police recovered 2 stolen vehicles on the estate on Sunday, including a van, a lorry and a quad bike.", "2"),
]
PARTIAL_CLEAN = [
    "The selectors have picked four riders for the Tour in July, including Ann Roe, Bo Lee and Cy Fox.",
    "The Danish pair have won five titles this year, including Jakarta, Tokyo, Paris and Seoul.",
    "Police seized two cars during searches of homes in the area, including cash, jewellery and drugs.",
    "The club signed two players after talks with several clubs, including Leeds, Hull and York.",
]


@pytest.mark.parametrize("text,span", PARTIAL_FLAGGED)
def test_partial_flagged(text, span):
    found = _problems(text, "FC411")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", PARTIAL_CLEAN)
def test_partial_clean(text):
    assert not _problems(text)


@pytest.mark.parametrize("text,span", FLAGGED)
def test_flagged(text, span):
    found = _problems(text, "FC410")
    assert found and span in [text[f.start:f.end] for f in found]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    assert not _problems(text)

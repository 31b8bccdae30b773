"""List counts, round 9: names after a description ("the Irish goalkeeper Hart"), a
common noun phrase with a determiner among names ("Marsh Road and the old bus depot"),
the subjects of the things counted after ", on" ("seven votes next month, on ...")."""
from __future__ import annotations

import pytest

from checker import check_text


def _problems(text, code=None):
    return [f for f in check_text(text) if f.is_problem and (code is None or f.rule == code)]


FLAGGED = [
    # a name after its description, as an item of any list
    ("Rovers have made four signings since May: Kane, Ortiz, Bakker, Sousa and the Welsh striker Pryce.",
     "four", "error"),
    ("The three shortlisted practices are the Danish firm Holm, the Leeds studio Carver Lane, the London "
     "partnership Vane and Orla Quinn.", "three", "warning"),
    ("The two leaders, the Spanish premier Luis Cano, the Polish president Ewa Mroz and the Dutch premier "
     "Jan Smit, met in Brussels.", "two", "warning"),
    ("Five players were named in the squad - the veteran keeper Dunne, Ashe, Byrne and Cole.", "Five", "error"),
    ("City confirmed 3 departures on Friday: the Scottish defender McRae, the forward Ilic, Dorr and Amato.",
     "3", "error"),
    # a common noun phrase with a determiner among names
    ("The two sites chosen for the depot - at Fenwick Road, Mill Lane and the former tannery - go to "
     "consultation in June.", "two", "error"),
    ("Three schools will share the grant: Hilltop, St Anne's, the new academy and Brook Vale.", "Three",
     "error"),
    ("The three venues are Riverside Park, the Corn Exchange, the old market hall and Kelso Green, and "
     "tickets go on sale on Monday.", "three", "warning"),
    ("The council's two new car parks, Bank Street, Quay Road and the former bus garage, open in May.",
     "two", "warning"),
    # the subjects after ", on" / ", about", after a short time phrase
    ("Voters in the state will settle five ballot questions in November, on gambling, rent caps, gun "
     "storage and the school day.", "five", "warning"),
    ("MPs will hold three free votes next week, on assisted dying, hunting, drug policy and Sunday "
     "trading.", "three", "warning"),
    ("The regulator published four reports this year, about water quality, leaks and customer service.",
     "four", "warning"),
    ("The council will hold two consultations, on parking charges, bin collections and library hours.",
     "two", "warning"),
    # "namely" or places after a short post-modifier; names in object position; places after "at two"
    ("The four envoys at the talks, namely Ann Roe, Bo Lee and Cy Fox, left on Friday.", "four", "error"),
    ("The trust runs three clinics in the county, at Alva, Brora, Cupar and Dunoon.", "three", "warning"),
    ("The council has picked two builders for the scheme, Arco, Belmar and Corvo Homes.", "two", "warning"),
    ("Organisers have booked 5 bands, Pulp, Suede, Blur, Elastica, Gene and Echobelly.", "5", "warning"),
    ("The firm is cutting jobs at two plants, in Derby, Crewe and Swindon.", "two", "warning"),
    # a description without a determiner, lower-case ("lender Corvo"); "a Turner" is one named thing;
    # a participle before the copula; a longer phrase before "named ... as"
    ("The three firms named in the claim are builder Arco, its parent Belmar, lender Corvo and insurer Dyno.",
     "three", "warning"),
    ("The gallery has bought two paintings, a Turner, a Constable and a Gainsborough.", "two", "warning"),
    ("The five nations taking part are France, Germany, Italy and Spain.", "five", "warning"),
    ("Ministers named the six members of the new board as Ann Roe, Bo Lee, Cy Fox, Di Kerr and Ed Moss.", "six",
     "error"),
    # a figure of another kind inside an item describes it: a percentage, money, a measure, a year
    ("The nurses have three demands - a 4% rise, shorter shifts, free parking and an end to agency caps.",
     "three", "error"),
    ("The budget has two headline measures: £3bn for the NHS, a 2p cut in income tax and free school meals.",
     "two", "error"),
    # (round 18: a count below the items; above them, "new cycle lanes" may be several parts)
    ("The plan has three parts: a 20mph limit, new cycle lanes, wider pavements and more buses.", "three",
     "error"),
    ("The club has won three cups since 1990 - the FA Cup in 1995, the League Cup in 2001, the Charity Shield "
     "and the Anglo-Italian Cup.", "three", "error"),
    # "about" after a verb of asking or speaking is a preposition, the count exact; "a total of N";
    # "The final four were ..."
    ("The survey asked about five issues: crime, housing, the NHS, schools, transport and jobs.", "five",
     "error"),
    ("Residents complained about three problems - noise, litter, parking and speeding.", "three", "error"),
    ("A total of five ships were damaged: the Iona, the Skye, the Mull and the Arran.", "five", "error"),
    ("The final four were Ann Roe, Bo Lee and Cy Fox.", "four", "warning"),
    # an ordinal beyond the count, or "the final" (no rest of the count), tells none apart
    ("Five players were released: Ann Roe, Bo Lee and Cy Fox. The club plays in the final on Saturday.",
     "Five", "error"),
    ("The four winning designs are by Ann Roe, Bo Lee and Cy Fox, and a fifth is still to be judged.", "four",
     "warning"),
    # things with an article after a copula or "They were": three at least, short, no preposition
    ("The four schemes approved on Monday were a new library, a skate park and a cycle hub.", "four",
     "warning"),
    ("The council backed five projects last night. They were a new lido, a bike hub and a youth centre.",
     "five", "warning"),
    ("Police have arrested three men. They are a plumber, a teacher, a driver and a nurse.", "three",
     "warning"),
    # a description with a capitalised adjective and no determiner; places or subjects after "are"
    # or a dash
    ("Rovers have made three signings: Kane, Ortiz, Bakker and Welsh striker Pryce.", "three", "error"),
    ("The two plots zoned for housing are at Fenwick Road, Mill Lane and the former tannery.", "two",
     "warning"),
    ("The four new depots will be in Alva, Brora, Cupar, Dunoon and Elgin.", "four", "warning"),
    ("Voters will settle five ballot questions in November - on gambling, rent caps, gun storage and the "
     "school day.", "five", "error"),
    ("The three referendums are on independence, the voting age, the monarchy and the flag.", "three",
     "warning"),
    # names as the subject of a copula or passive, then "All four" / "The four men" in the next sentence
    ("Ann Roe, 34, Bo Lee, 29, and Cy Fox, 41, were arrested on Monday. All four are due in court on Friday.",
     "four", "warning"),
    ("Ann Roe, Bo Lee and Cy Fox were charged last night. The four men deny the charges.", "four", "warning"),
    ("Arco, Belmar, Corvo and Dyno have been shortlisted for the contract. The three firms will learn the "
     "result in May.", "three", "warning"),
    # items that count their own things add up: "two police officers, a paramedic and a neighbour" is four
    ("The jury heard from five witnesses - two police officers, a paramedic and a neighbour.", "five", "error"),
    ("Divers found six wrecks: three trawlers, a ferry and a tug.", "six", "error"),
    # "a man aged 24" is one person
    ("Three suspects - a man aged 24, a woman aged 31, a man aged 45 and a boy aged 16 - were arrested.",
     "Three", "error"),
    # a bracket after a short participle phrase
    ("The two plots zoned for housing (Fenwick Road, Mill Lane and the former tannery) go to consultation.",
     "two", "error"),
    # a list of years: one each for a count of years or seasons; more years than times or things
    ("The club topped the league in three seasons: 2016, 2018, 2021 and 2023.", "three", "error"),
    ("The carnival has been called off three times, in 1998, 2003, 2020 and 2021.", "three times", "warning"),
    ("The bridge has closed twice in a decade - in 2013, 2017 and 2022.", "twice", "warning"),
    ("Interest rates were cut four times, in March, May, July, October and December.", "four times",
     "warning"),
    # "Both of the club's goalkeepers - A, B and C -": two
    ("Both of the club's goalkeepers - Ann Roe, Bo Lee and Cy Fox - are injured.", "Both", "error"),
    # places after the count's own verb phrase and a comma
    ("Four plots have been zoned for housing, at Ashby, Brent and Crewe.", "Four", "warning"),
    ("Three branches have shut this year, in Leeds, Hull, York and Bath.", "Three", "warning"),
    # "Three of them - A, B, C and D -": the list names the three
    ("Three of them - Ann Roe, Bo Lee, Cy Fox and Di Kerr - were charged.", "Three", "error"),
    # sites after "at": one each, so fewer is a warning too
    ("The four new stations on the branch line, at Greyholm, Marsh End and Ashby Vale, open in May.", "four",
     "warning"),
    ("Five depots will be kept - at Alva, Brora, Cupar and Dunoon.", "Five", "warning"),
]


@pytest.mark.parametrize("text, target, severity", FLAGGED)
def test_round9_list_shapes_flagged(text, target, severity):
    found = _problems(text, "FC410")
    assert found, [(f.rule, f.message) for f in check_text(text)]
    start = text.index(target)
    assert found[0].start <= start < found[0].end and found[0].severity.name.lower() == severity


@pytest.mark.parametrize("text", [
    # the same shapes, counts right
    "Rovers have made five signings since May: Kane, Ortiz, Bakker, Sousa and the Welsh striker Pryce.",
    "The four shortlisted practices are the Danish firm Holm, the Leeds studio Carver Lane, the London "
    "partnership Vane and Orla Quinn.",
    "The three leaders, the Spanish premier Luis Cano, the Polish president Ewa Mroz and the Dutch premier "
    "Jan Smit, met in Brussels.",
    "Four players were named in the squad - the veteran keeper Dunne, Ashe, Byrne and Cole.",
    "The three sites chosen for the depot - at Fenwick Road, Mill Lane and the former tannery - go to "
    "consultation in June.",
    "The four venues are Riverside Park, the Corn Exchange, the old market hall and Kelso Green.",
    "Voters in the state will settle four ballot questions in November, on gambling, rent caps, gun "
    "storage and the school day.",
    "The council will hold three consultations, on parking charges, bin collections and library hours.",
    "The three envoys at the talks, namely Ann Roe, Bo Lee and Cy Fox, left on Friday.",
    "The trust runs four clinics in the county, at Alva, Brora, Cupar and Dunoon.",
    "The council has picked three builders for the scheme, Arco, Belmar and Corvo Homes.",
    "The firm is cutting jobs at three plants, in Derby, Crewe and Swindon.",
    "The three new stations on the branch line, at Greyholm, Marsh End and Ashby Vale, open in May.",
    "The four firms named in the claim are builder Arco, its parent Belmar, lender Corvo and insurer Dyno.",
    "The gallery has bought three paintings, a Turner, a Constable and a Gainsborough.",
    "The four nations taking part are France, Germany, Italy and Spain.",
    "Ministers named the five members of the new board as Ann Roe, Bo Lee, Cy Fox, Di Kerr and Ed Moss.",
    # a verb before a name is no description: the list runs into a clause
    "Five teams were drawn: Leeds, Hull and York visited Bury.",
    "Nine clubs were consulted: Leeds, Hull and York beat Bury.",
    # "such as" before the names is a partial list, not "named ... as"
    "Officials named the six biggest donors such as Arco, Belmar and Corvo.",
    "The nurses have four demands - a 4% rise, shorter shifts, free parking and an end to agency caps.",
    "The plan has four parts: a 20mph limit, new cycle lanes, wider pavements and more buses.",
    # figures alone are values, not things; counts inside items are sub-groups; "both" is two
    "Prices rose in two months: 6%, 4% and 2%.",
    "Seven people died: three in Leeds and four in Hull.",
    "Athletes reached seven finals: the 200m, the 800m, the 5,000m, the long jump, the javelin and both relays.",
    # a partial cue inside or right after the list: some of them
    "The 12-member team - Ann Roe, Bo Lee and Cy Fox among them - set off on Monday.",
    "The four firms, Arco, Belmar and Corvo among others, bid for the work.",
    "Voters will decide four measures next month, on issues such as abortion rights, rent control and gambling.",
    # the "and the ..." clause after the list holds a figure: a clause, the list ended before
    "The five shortlisted novels are by Ann Roe, Bo Lee, Cy Fox, Di Kerr and Ed Moss, and the winner receives "
    "£20,000.",
    "The survey asked about six issues: crime, housing, the NHS, schools, transport and jobs.",
    "A total of four ships were damaged: the Iona, the Skye, the Mull and the Arran.",
    "The final three were Ann Roe, Bo Lee and Cy Fox.",
    # "about" as a hedge: a rough count is no exact one
    "The council received about five bids: Arco, Belmar, Corvo, Dyno, Exa and Fyra.",
    "Residents counted about three problems - noise, litter, parking and speeding.",
    # "a total of" is still a sum when it is "out of" or "two of"
    "Two out of a total of five ships were damaged: the Iona, the Skye and the Mull.",
    # the others of the count told apart after the list: a third man, another, the rest
    "The three men were named by police as Ann Roe and Bo Lee, and a third man has not been named.",
    "The three men were named by police as Ann Roe and Bo Lee. A third man has not been named.",
    "Four firms have bid: Arco, Belmar and Corvo. Another is expected to join.",
    "Five players were released: Ann Roe, Bo Lee and Cy Fox, with two more to follow.",
    "Six clubs were fined: Ashby, Brent and Crewe, and the remaining three were warned.",
    "The three schemes approved on Monday were a new library, a skate park and a cycle hub.",
    "The council backed three projects last night. They were a new lido, a bike hub and a youth centre.",
    # a predicate, not things: prepositions, two items, a clause
    "The four parks are a haven for wildlife, a place to relax and a source of pride.",
    "The three sites are a mile apart and the council owns both.",
    "The four men were a danger to the public and the police knew it.",
    "Police have arrested three men. They are a danger to the public, detectives said.",
    "Rovers have made four signings: Kane, Ortiz, Bakker and Welsh striker Pryce.",
    "The three plots zoned for housing are at Fenwick Road, Mill Lane and the former tannery.",
    "The four referendums are on independence, the voting age, the monarchy and the flag.",
    # things that move were somewhere; people are where they are, not one place each
    "The two teams were at Leeds, Hull and York this season.",
    "The two men are in Leeds, Hull and York this week.",
    "Two men are on trial, on charges of theft, fraud and arson.",
    "Nine clubs were consulted: Leeds, Hull and York draw Bury next.",
    # subjects are three plain noun phrases at least: not a pair of conditions, nor a list inside "of"
    "He played four matches this season, on grass and clay.",
    "Police made four arrests, on suspicion of theft, fraud and arson.",
    "The museum held two talks this year, on loan from Leeds, Hull and York.",
    "Ann Roe, Bo Lee and Cy Fox were charged last night. The three men deny the charges.",
    # some of them, or others beside them: a role, a relative clause, "other", "with", an active verb
    "Arco, Belmar, Corvo and Dyno have been shortlisted for the contract. The two winners will learn the "
    "result in May.",
    "Leeds, Hull and York are bidding for the games. The two cities that lose will try again.",
    "Ann Roe, Bo Lee and Cy Fox were in the race. The other two finished well behind.",
    "Ann Roe and Bo Lee were arrested with a third man. All three are due in court.",
    "Ann Roe and Bo Lee met the mayor. All three were unhurt.",
    "Arsenal, Chelsea and Spurs all won. The two sides meet on Sunday.",
    "Leeds and Hull drew 1-1 on Saturday. The three points went to York.",
    "The jury heard from four witnesses - two police officers, a paramedic and a neighbour.",
    "Scientists identified four new species on the expedition: a frog, two beetles and a snail.",
    "Four suspects - a man aged 24, a woman aged 31, a man aged 45 and a boy aged 16 - were arrested.",
    # a plural item among counted ones, or among people: how many is it?
    "Six people were rescued: two children, their parents and a dog walker.",
    "Four people were hurt: a driver, his passengers and a cyclist.",
    "The three plots zoned for housing (Fenwick Road, Mill Lane and the former tannery) go to consultation.",
    "Two of the plots zoned for housing (Fenwick Road, Mill Lane and the former tannery) go to consultation.",
    "The two plots owned by the council (Leeds and Hull) and three by Arco (York, Bath and Ely) will be sold.",
    "The club topped the league in four seasons: 2016, 2018, 2021 and 2023.",
    "The carnival has been called off four times, in 1998, 2003, 2020 and 2021.",
    # two occasions may fall in one year; a ratio is no number of occasions
    "The carnival has been called off four times, in 1998, 2003 and 2020.",
    "He was three times champion, in 2001, 2003, 2005 and 2007.",
    "Costs were three times higher in 2019, 2020, 2021 and 2022.",
    "Both of the club's goalkeepers - Ann Roe and Bo Lee - are injured.",
    "Both of the club's goalkeepers are injured, and Ann Roe, Bo Lee and Cy Fox are doubts.",
    # an apposition describing one of them ("the last", "the oldest", a phrase with a preposition)
    "He won four caps, the last against Wales and France.",
    "She has three children, the eldest studying in Leeds and Hull.",
    "The club has five strikers, the best of them Ann Roe and Bo Lee.",
    "The city has four bridges, the oldest built by Telford and Brunel.",
    "She has written five novels, the latest set in Leeds and Hull.",
    "The party won six seats, the most in Leeds and Hull.",
    "Four plots have been zoned for housing, at Ashby, Brent, Crewe and Derby.",
    # the places of other things in the verb phrase, or of people; a relative clause
    "Two firms have opened offices, in Leeds, Hull and York.",
    "Two men were arrested, in Leeds, Hull and York.",
    "Three stores that closed, in Leeds, Hull, York and Bath, reopened.",
    "Three of them - Ann Roe, Bo Lee and Cy Fox - were charged.",
    "Three of them were charged, Ann Roe, Bo Lee, Cy Fox and Di Kerr among them.",
    # towns after "in" may be shared by two of the things; people are not one to a place
    "The bank will close five branches in the spring, in Alva, Brora and Cupar.",
    "Police arrested four men at two addresses, in Leeds and Hull.",
    # a fronted phrase, a preposition before the count: no object apposition
    "In two games, Leeds, Hull and York all scored late.",
    "Against three rivals, Arco, Belmar, Corvo and Dyno all cut prices.",
    # the list runs into a clause: the last "name" is a verb's object
    "Nine clubs were consulted: Leeds, Hull and the Rovers beat York.",
    "Five teams were in the draw: Ashby, Crewe and the Rovers face Derby.",
    # a plural item among the names may be several of the things
    "The four victims, Amy Roe, her son and their neighbours, were taken to hospital.",
    "The three venues are Riverside Park, the Corn Exchange and the old market halls.",
    # ", and the old hall" after the "and" item: one more item, or a new clause?  ", and others"
    "The four venues are Riverside Park, the Corn Exchange and Kelso Green, and the old market hall.",
    "The four winners were Ann Roe, Bo Lee and Cy Fox, and others were commended.",
    # no name at all in an apposition: "a father and son"
    "The three men, a father and his son, were arrested.",
    # people are "on" charges, not subjects; a partial list; a list of places after "on"
    "The four men, on charges of theft, fraud and arson, were remanded.",
    "MPs will hold six free votes next week, including on assisted dying, hunting and drug policy.",
    "He played four matches this season, on grass, clay and carpet, and lost two of them.",
])
def test_round9_list_shapes_clean(text):
    assert not _problems(text), [(f.rule, f.message) for f in _problems(text)]


# ------------------------------------------ a loose list: the one count and the one list of its sentence
@pytest.mark.parametrize("text,flag", [
    ("Rovers have loaned out two young defenders this season, Kai Moss, Lee Park and Ivo Sand, the manager said.",
     True),
    ("Rovers have loaned out three young defenders this season, Kai Moss, Lee Park and Ivo Sand, the manager said.",
     False),
    ("The trust will close four wards at the hospital, it confirmed: maternity, surgery and oncology.", True),
    ("The trust will close three wards at the hospital, it confirmed: maternity, surgery and oncology.", False),
    ("The ferry firm will run two new crossings next summer - to Bergen, Oslo and Aarhus - from Hull.", True),
    # a fronted phrase: the list is the subject
    ("Of the two new stands, Ash, Elm and Oak sold out first.", False),
    # the list goes on, or its last item is described
    ("Four stores will close: Leeds, Hull and York, and Bath.", False),
    ("Three firms bid: Arco, Belmar and Corvo, the agency's newest supplier.", False),
    # two "and"s in lower-case things: one item may be a pair
    ("The stall sells three spices: cumin, paprika, and salt and pepper.", False),
    # a partial cue
    ("The club has signed two players this summer, among them Ana Diaz, Bo Okoro and Cal Webb.", False),
])
def test_loose_list(text, flag):
    found = [f for f in check_text(text) if f.is_problem and f.rule == "FC410"]
    assert bool(found) == flag, found

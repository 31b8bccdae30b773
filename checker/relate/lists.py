"""Relations: a count word and the items listed after it.

"The two men, named as A, 24, B, 31, and C, 28," promises two names and
gives three.  The finder reads the list that follows a count and its noun:

* the list is introduced by a colon, a dash, "named as" / "identified as"
  (also "identified the three victims as"), or -- weaker, names only -- a
  comma in apposition right after the noun ("London's two biggest
  airports, Heathrow, Gatwick and Stansted,") or a copula ("The band's four
  members are ...");
* "including", "such as", "among them" introduce a partial list: only a
  list longer than the count contradicts it;
* items are separated by commas or, when there are any, semicolons, and the
  last one follows "and"/"or"; ages (", 24,"), "aged 24" and "of Bolton" /
  "from Leeds" belong to the item before them and are not items;
* the list must end where it clearly ends: the closing dash, the end of the
  sentence, or the comma before a lower-case verb after the "and" item.
  Anything else (an item that reads like a clause, two "and"s, a number
  inside an item) and the finder stays silent;
* the words before a colon or dash may hold a year ("The three towns bidding
  for the 2027 games - A, B and C -"), not another count;
* an apposition may follow "of": "won the votes of two independents, A of
  Hove and B of Lewes," (not "two of three", nor a fronted "In a field of
  12 runners, ...");
* names may stand under role labels, counted by name: "Three officers:
  sergeant A, constables B and C, and inspector D" lists four;
* an item may be a lower-case noun with place phrases and road codes: "land
  near the M5 at Wellow", or with "of"/"with" phrases: "two counts: theft of
  a van with intent and arson";
* "both" before a plural noun counts two, "the pair"/"the trio"/"the
  quartet" count 2/3/4 ("Both ferries - the Iona, the Skye and the Mull -");
* a copula with "by" or "went to"/"belong to" introduces names, one per
  item ("The four winning designs are by A, B and C"; "The two prizes went
  to A, B and C"); the list may be followed by ", and the ..." clause;
* places after ", at"/", in"/", on" ("its five depots, at A, B, C, D, E and
  F,") may not outnumber the count; fewer is silent (two may share a town;
  sites after "at" are one each, see below);
  "from" (where people come from) is not read;
* a noun the grammar left unattached is taken when it follows the count
  ("the five shortlisted novels"), also after "of the" ("all three of the
  county's oldest pubs - A, B, C and D -"; not "two of the four pubs");
* a copula may follow a short post-modifier of the noun ("The two new
  governors of the college are A, B and C"), and its names may stand under
  role labels ("were diver A, swimmer B and boxer C"); a label's number in
  it ("on day five") is not a quantity;
* numbered items: "the 14, the 27 and the 88", "Ward 4, Ward 7 and Ward 12";
* "namely" after the noun's comma introduces the whole list ("two charges,
  namely theft, fraud and assault"); "both" + noun may take a short bridge
  before a dash or colon ("Both firms bidding for it - A, B and C -");
* places may follow a count in object position ("will close six stores, in
  A, B, ... and G,"), not after a fronted phrase;
* an apposition may follow a short post-modifier of the noun ("The three
  finalists still standing, A, B and C,"; "its two directors on the board,
  A, B and C,"), not a clause ("who quit, A said");
* people may be listed by age ("five teenagers: a 15-year-old from Crewe,
  a 16-year-old ... and ..."); the age is part of the item;
* names may begin with "the" ("were the Herald, the Courier and the Echo");
  "a trio of"/"a pair of" + noun counts like "three"/"two" ("a trio of
  drivers: A, B, C and D");
* months or weekdays after a count of events (and a short time phrase)
  may not outnumber it ("at three meetings this year, in January, March,
  June and September"); a list may be followed by ", and is/has ..." ;
* a short bracket on an item is part of it ("Four nominees: Ann Roe (SNP),
  Bo Lee (Green), Cy Fox (Labour) and Di Kerr (Reform)");
* one capitalised "X and Y" in the middle of a list of things (not people)
  is one title ("five albums - Salt Road, Fire and Rain, Static and Dusk -");
* a participle may stand before the copula ("The four sites chosen are
  ..."); "among the N ..." before the count makes the list partial;
* a typed "--" is a dash; "as well as" after the closing "and" item means
  the list goes on (silent);
* quoted titles are items, an "and" inside the quotes is theirs ('four
  songs: "Moss," "Salt and Iron," "Kite" and "Dusk"');
* the list may follow in the next sentence, "They are ..." / "They were named
  as ...", when the count opens its sentence and no other figure stands in
  either ("Four bidders remain. They are Arco (UK), Belmar and Corvo.");
* a name in the copula's post-modifier counts as one word ("The two clinics
  funded by the Wellcome Trust in East London are A, B and C");
* single-quoted titles are items too ("four albums: 'Paper Moon', 'The
  Miller's Wife' and 'Night Ferry'"), their small words part of the title;
* a bare count may open its sentence before a verb and a colon or dash
  ("Three were successful: A, B, C and D"; not "Two of them ...");
* a count of members on a group noun counts the members ("a three-person
  panel - chair A, economist B, lawyer C and banker D -");
* a "one" or a number word inside a name before the list is no rival figure
  ("five exits before the new League One season: A, B, C and D");
* "The N" opening its sentence may take a copula ("The four are A, B and C");
* "comprising", "consisting of", "made up of" after a member count introduce
  the whole list ("a three-member panel comprising A, B, C and D");
* the names may open the sentence before "are the N NOUNs" ("Leeds, Hull and
  York are the two cities bidding"; not "are among the", "two of the");
* or before the count in apposition behind a dash, colon or comma ("Oslo, Bergen
  and Tromso -- the four ports on the route --"; not a fronted "Yesterday, ...");
  after a dash or colon "the" may be missing from a count word ("- four towns
  where ... -"; not "- 12 clubs in all -"); the list may stand in object position
  after a verb ("The pilot covers A, B, C and D, the three towns with ..."; not
  after a preposition, nor when the apposition is a list itself: "the two
  organisers and the sponsor"), or before "as the N NOUNs" ("named A, B, C and D
  as the three host cities"; not "as well as", "such as");
* a list after a colon or dash whose last name runs into a verb (any lower-case word
  but a joiner, a preposition or a shared plural head: "the Albert and the Victoria
  bridges") is some of them ("Nine councils were consulted - Leeds, Hull and York
  objected"; "... and Corvo go through"): silent;
* the bridge before a colon or dash may run to 18 words and hold figures of another kind
  than a count ("Four clinics must cut waits by 15% within two years - A, B and C"; "a
  three-litre can", a measure on one thing) -- not another count ("... for 12 procedures:");
* a closing attribution is no item ("...: A, B, C and D, the agency said"; ", according to
  the council"; not ", which it said ...");
* an acronym's plural is a common noun ("The three new MSPs - A, B, C and D -");
* "They are ..." may follow a sentence whose count stands after a short clause ("The panel
  has shortlisted 5 candidates for the post. They are: ..."), when no other plural (nor an
  "and") in that sentence could be "they";
* names in brackets right after the noun are the whole list ("four states (A, B, C, D and
  E) met"; not "(including ...)", nor "Two of the group's brands (A, B and C)");
* a bridge of more than a dozen words must not hold a plural after "the" ("... over attacks in
  the towns of the county last year: A, B and C"); "They are" needs no other plural before;
* "is made up of"/"comprises" after a member count ("The seven-member jury is made up of
  ..."); "the top four seeds were ..." (an adjective between "the" and the count); a time
  phrase before the naming verb's "as" ("named the two drivers on Sunday as ...");
* places after a colon or dash ("Three depots will shut - at A, B, C and D") may not
  outnumber things (not people: "Two men were held - in A, B and C -");
* the next sentence may take up the count's noun instead of "They": "Police charged four
  women. The women, named as A, B and C, ..." (same guards as "They are").
* a name may follow its description in any list ("... and the Welsh striker Pryce"; not a verb:
  "... and the Rovers beat York"); where names are read, a common noun phrase with a determiner
  may stand among them ("at Fenwick Road, Mill Lane and the former tannery"; not a plural, "and their
  neighbours", nor an apposition without any name, "a father and his son", nor one of them described:
  "four caps, the last against Wales and France", "the oldest built by ...");
* the subjects of things after ", on" / ", about" / ", covering", also after a short time phrase
  ("three free votes next week, on hunting, drug policy and Sunday trading"; not people's "on charges");
  three plain noun phrases at least (not "on grass and clay", "on suspicion of theft, fraud and arson");
* ", and tickets go on sale" after the "and" item is a new clause; ", and the old hall" is unclear (silent);
* "namely" or places may follow a short post-modifier ("the three envoys at the talks, namely A, B and C,";
  "five shops in the city, at A, B and C"); an apposition of names may follow a count in object
  position ("picked three builders for the job, A, B, C and D"); places may follow "at two plants";
* a description may stand without a determiner, in lower case ("builder Arco, its parent Belmar and
  lender Corvo"); "a Turner" is one named thing; a participle ("taking part") may stand before the
  copula; "named the six members of the board as ..." (not "such as");
* a figure of another kind than a count inside an item describes it ("three demands - a 4% rise, shorter
  shifts and free parking"; money, measures, durations, years); a figure alone is no item ("6%, 4% and
  2%"), a count inside an item still silences the list, an item with "both"/"all" is several;
* a partial cue inside or right after the list makes it some of them ("A, B and C among them",
  "issues such as ...", ", among others"): silent;
* "about" after a verb or noun of asking, speaking or thinking is a preposition ("asked about five
  issues: ..."), the count exact; "a total of five ships: ..." is the whole count; "The final four
  were ..." (an adjective between "The" and a bare count);
* the others of the count told apart after the list, in its sentence or early in the next ("..., and
  a third man has not been named", "Another is expected to bid", "the remaining three") make the
  list some of them (not an ordinal beyond the count: "four entries ..., and a fifth is due");
* after a copula or "They were", things with an article may be the list when there are three at least,
  each of up to three words without a preposition ("were a new library, a skate park and a cycle hub";
  not "a haven for wildlife, a place to relax and ...", nor "a mile apart and the council ...");
* places or subjects may follow "are"/"will be" ("The two plots are at A, B and the old tannery"; "The three
  referendums are on independence, the voting age and ..."; not "were at": things that moved, nor people),
  subjects a colon or dash ("seven measures - on abortion rights, ..."); a description may hold a
  capitalised adjective without a determiner ("and Welsh striker Pryce");
* names opening a sentence as the subject of a copula or passive may be taken up in the next by "All
  four" / "The four men" ("A, B and C were charged. All four deny it."); not a role ("The two winners"),
  a relative clause, "other", nor a sentence with "with", "another", a figure or an active verb;
* items opening with a count word and their own noun add up ("five witnesses - two police officers, a
  paramedic and a neighbour" lists four), when some item is one thing and no item is a plural without
  a count ("two children, their parents and ..."); among people a plural with a determiner ("his
  passengers") may be several: silent; "a man aged 24" is one person;
* a bracket may follow a short participle or prepositional phrase ("two plots zoned for housing (A, B
  and C)"; not a clause, nor "Two of the plots ...");
* a year reads as a name in a list ("in three seasons: 2016, 2018 and 2021": one each for years or
  seasons; other things may share a year, so fewer is silent); "N times" / "twice", then (after a short
  "in a decade") the years, months or days it happened: more of them is a contradiction ("cancelled
  three times, in 1998, 2003, 2020 and 2021"), fewer is not; "three times champion/higher" is no list;
* "Both of the club's goalkeepers - A, B and C -" counts two, like "both" (round 20: before a comma too, "Both
  of the injured walkers, A, B and C, were ..."); "Three of them - A, B and C -" names the three;
* places may follow the count's own short verb phrase and a comma ("Four plots have been zoned for
  housing, at A, B and C"; not when the phrase names other things: "opened offices, in ...");
* sites after "at" are one each: fewer than the count is a warning ("four new stations, at A, B and C");
  towns after "in" may still be shared (silent when fewer);
* last, a loose list (inferred, a warning): the one count of its sentence with a plural noun, then
  after a short bridge ending in a comma, colon, dash or bracket the one list of three names or more
  ("has loaned out two defenders this season, A, B and C, the manager said"; "- to A, B and C -"),
  or of lower-case things after a colon ending the sentence ("it confirmed: maternity, surgery and
  oncology"); not after a fronted phrase, a partial cue anywhere in the sentence, another figure,
  ", and ..." or a description of the last item after the list;
* a loose list may follow ", to" / ": to" / "(to" ("is adding two night trains this winter, to Vienna, Prague and Berlin"),
  and a figure may stand past its closing dash or bracket ("- to Mull, Coll and Barra - costing £2m");
* a collective count and a short description, then the names after "of" ("City's attacking trio of
  Ansell, Brook, Cole and Diaz scored"; not "trio of Olympic medals", nor names running on past "and"),
  or straight after it ("Uncapped trio A, B, C and D were named"; "England duo A, B and C"; "the
  experienced pair, A, B and C,"; not the verb: "will pair A, B and C with ...");
* a short relative clause or infinitive of lower-case words before the copula ("The seven riders who
  failed to finish were ..."; "The three players to miss out are ..."; not with "and", "or");
* ages listed in apposition to a count of people ("The two men, aged 19, 22 and 25,"; "three climbers,
  23, 27, 30 and 35,"): more ages than people is a contradiction, fewer is not ("three boys, aged 14 and 15").
* an apposition may follow an infinitive or an irregular participle phrase ("The two clubs to fold this year,
  A, B and C,"; "the three towns worst hit by the storm, A, B, C and D,"); not a modifier ending in other
  things with a determiner ("in talks with the supermarkets, A and B,": the list may be theirs); also an -ing
  participle or a relative clause of lower-case words ("that have gone bust, A, B and C,"; "facing collapse,");
  a post-modifier may hold a capitalised word when its last word is lower-case ("relegated from the Premier
  League last season, A, B and C,"; not "in talks with Arco, Belmar and Corvo,");
* lower-case things in apposition to the sentence's subject (not people), closed by a comma and its verb
  ("The two crops hit hardest by the drought, wheat, barley and oats, are ..."; not "farmers said, wheat ...",
  nor after a modifier ending in a bare noun that may be the first of them: "firms that make soap, shampoo and");
* a count in digits larger than the list's own, inside an item, is how much of something that item holds ("six
  measures: a rent freeze, 300 more hostel beds and ..."), like a sum of money; a smaller one still silences,
  and so do such counts in most items ("three buses: 40 pupils and 12 teachers": who is aboard);
* race distances after a count of events in object position, behind a comma, colon or dash, name them ("has
  entered two races this spring, the 5km, 10km and 20km": inferred); not sizes ("two paths, 5km and 8km long"), "in all", relays, a shared plural
  head ("the 100m and 200m finals"), people, a partial cue or a fronted phrase;
* an item with an article may be a name's adjective and a noun ("... and the Amazon river dolphin"), no clause;
  a lower-case item may run to four words before its "for"/"of" phrase ("ring-fenced care funding for councils");
  figures in the short brackets on items describe them ("Reid (two games), Shaw (one) and ...");
* a group named by its size after "of" ("the shortlist of four - A, B, C -"); a verb of the whole after
  a "-strong" group ("The four-strong shortlist comprises A, B and C");
* a count's noun joined to another group ("Two men and a woman - A, B and C -", "three boys and their
  father, ...") takes no list: the list names the whole group; a participle before the copula may take a
  time phrase ("The six nations taking part this year are ...");
* a part of a whole before a colon or dash list ("Four of the 20 clubs ...: A, B and C") is read against
  the list only when the list counts neither figure (nor more than the whole; nor with the rest told);
* an "and" inside the first item of a list that goes on with commas and its own "and" is unclear ("paper and
  card, glass, cans, and food waste"): silent.
* the copula may follow "due to" / "set to" / "expected to" and a short clause ("The three clubs set to join the
  league next season are ..."); a longer relative clause of lower-case words, perhaps ending in a time phrase, may
  stand before names in apposition ("The two banks that raised a fee for new savers last week, A, B and C, said"; also
  an -ing participle or an infinitive: "The two banks cutting fees for new savers this week, A, B and C,");
  not when a plural with a determiner stands in it ("that signed deals with the supermarkets, A, B and C,");
* among names with "the", one "the X and Y" is one name ("were the Kestrel, the Rose and Crown and the Merlin");
* a lower-case item may end in a place phrase with a determiner ("no soap at the staff basins");
* subjects may follow ", devoted to" / ", dedicated to" / ", focusing on" ("six courses, focusing on A, B and C");
* names after "in the <Name>," in object position ("entered two boats in the Fastnet, Blue Heron, Sea Wolf and
  Red Kite,"; inferred): names of two words at least, and silent when the name after "the" would make the count;
* medals or titles, then ", in" their events ("won three golds in Rome, in the 100m, the 200m and the 4x100m
  relay"): one medal each, so more events than medals is a contradiction, fewer is not;
* medals told by colour after a dash or colon, each with its events, add up their events ("six medals - gold in
  the 100m and 200m, silver in the 50m and bronze with the relay" gives four); an event we cannot count is silent;
* a score or margin in the bridge is no rival count ("on eight under par:", "two shots behind:"), and a count
  that is a margin takes no list ("two points clear of the pack: A, B and C").
* ", namely" may close a bridge of up to 18 words ("shut three clinics since the heatwave began, namely A, B and C"),
  not one ending in a plural or holding "the" + plural ("after complaints from patients, namely ...": theirs);
* a bridge may hold a road or competition code ("while the M62 slip road is rebuilt: A, B and C"; "for Sunday's T20
  final - A, B and C"), and a group's size with a determiner ("in their 16-man squad - A, B and C"), which counts
  nothing listed unless the list is as long as it;
* places may follow a time phrase ("opened two stores this year, in A, B and C"; not people's) or a count after
  "for"/"on"/"to" ("consent for two solar farms, at A, B and C"); ", and head into the ..." after them is a new clause;
* a preposition such as "through to", "into", "under" may open the post-modifier before the copula ("The five teams
  through to the semi-finals are ...");
* the last item of a list ending the sentence may be described (", also known as a fitch", ", which flowers in June");
* a verb of saying after the count before a closing dash may be a participle ("A, B and C - the four bands confirmed
  so far for the bill -"), not "- the two firms confirmed -";
* an attribution may close the bridge before a colon ("There are five things to check, the Foreign Office says: ...");
* a tally and a verb of its size may stand before a bare count ("The injury list now stands at four: A, B and C"; "The
  number of bidders has risen to five: ..."); a word's end after a hyphen in an item ("fly-half Ed Lane") is no figure;
* "N of the NOUNs" may take a place phrase before the colon ("in three of the pony classes at the Kelso Show: ...");
* an item with an article may run to twelve words when its head takes an "of" phrase ("and the first performance of a
  song cycle by the festival's young composer").
* the bridge before a colon or dash may run to 24 words when it names no other things (no plural with a determiner,
  no "and": "Five candidates will stand in the election to replace the councillor who died in office in the spring of
  this year: ..."); "this", "its bus", "was" are no plurals in these guards;
* ", including" may close a bridge that names no other things (no plural, no "and"): "has won three titles this year,
  including A, B, C and D" (partial: never more than the count; not "during searches of homes, including cash, ...");
  only for a count in object position (not "The two suppliers to collapse this month, including ...");
* after a naming verb, a longer modifier may stand before "as" when it names no other things ("named the two men who
  died in the crash on the A1 on Sunday as ..."; not "... after the raids as");
* a participle phrase between commas may stand before the copula ("The five finalists for the award, announced last
  night, are A, B, C and D"; not "police said").
* "around" after a verb of building or centring is a preposition, the count exact ("a menu built around four dishes:
  ..."; not "employs around five coaches");
* "on N occasions" reads like "N times" ("has won the cup on three occasions, in 1994, 2001, 2012 and 2019");
* "all" (three names or more) or "both" (two) after the last name of a colon or dash list, then a verb: the names are
  the whole set the colon announced ("Four Scots got through: Reid, Munro and Gray all won"), when the set is no
  more than one short of the count ("Twenty were tested: A, B and C all tested positive" is some of them) and
  the sentence tells no others after it (", while Derby won on penalties");
* "N of the NOUNs" may take "last week" before its colon; a region after the noun, then places after ", in" / ", at"
  ("runs seven depots in Scotland, in A, B, C and D"; not "in Leeds, in Hull and in York");
* ", and employs 900 people" after the "and" item is the subject's next verb (a verb in -s, then a figure);
* after a colon, things may have longer tails (up to 16 words, a short head before the first preposition) when
  the list runs to the sentence's end ("four steps: extra beds for up to 40 patients over the winter, a team
  working with care homes, and ..."); a number and its noun in a tail describes the thing (not "at Junction 9"),
  a short bracket ("(48km)") is part of its item;
* a participle phrase between commas is on the item before it ("a new fund, backed by a levy, a night bus and ...");
* a loose list may follow a verb of choosing after the comma ("made four changes, bringing in A, B and C"; "naming A,
  B and C as directors"), or "with" when the names all do one thing ("two changes, with A, B and C all coming in";
  not for people, nor "all rested", nor when more follows); "serving Paris" is a verb and its object, no item;
* a time phrase may stand between the noun and the copula ("The festival's three headliners this year are ...");
* names and their descriptions may take turns ("were Ann Roe, a nurse from Hull, Bo Lee, a retired teacher, and Cy
  Fox, a student"): two descriptions at least, each right after a name, never two in a row; not one alone;
* a place after the noun, then names that each take "the" ("on two rivers in York, the Ouse, the Foss and the
  Derwent"; not "the Severn, Teme and Clun": the place may be one of them); a verb of choosing may end in "on loan".
* the set (or its last item) described after the list is no item, then perhaps an attribution ("...: the Skye, the Iona
  and the Arran ferry, all built in Leith(, the firm said)"; ", each with 40 staff"; ", built in the 1990s"; not ", and
  ...", ", plus ..."); a figure there does not stop "They are ..." in the next sentence;
* a participle, "with" or a relative may stand before the copula with its object and figures of another kind ("The six
  trusts missing the target by more than 5 per cent are ..."; "The three firms that bid in 2024 were ..."; not a count);
* a bare number a thing is set to, at the end of its item, describes it ("three pledges: cutting the limit to 20,
  ..."), and so does a multiple ("ending the triple lock"); a gerund and its object may take a word more;
* a longer participle or relative before an apposition may hold figures of another kind and a plural with a
  determiner when it ends in a figure ("The three trusts missing their targets by 5%, A, B, C and D, ...").
* round 16: a programme told in order in the two sentences after its count ("will present five shows" / "The festival
  opens ... with A, ..." / "It is followed by B, a revival; C; D; and E, ..., which closes the festival"): the opener
  and each semicolon item are all of them (``_programme_next``, inferred; the noun that opens and closes is the
  programme the count's sentence names; counts up to 15); a vague plural after the list's own participle clause
  ("..., flooding dozens of homes") counts nothing listed and leaves a loose list standing.
* round 16 (sum2): an "and" inside an earlier item of a colon or dash list of things ("four materials: food
  and drink cartons, film, textiles and batteries") gives one item per comma at least and one more per inner
  "and" at most; a count outside that range is a contradiction, one inside it is silent (``_inner_and_items``;
  so too without the Oxford comma, ``_inner_and_first``); a count of kinds ("species", "breeds", "varieties")
  and a copula take lower-case kinds, a plural naming one kind: "The five new breeds are collies, pugs, ..."
  (``_kinds_copula``, ``_kinds_listed``); the next sentence may take up the count's noun, or its modifier made
  plural, with the places they stand at or in ("will close five branch libraries. The branches at A, B, C and
  D will shut ...", ``_places_taken_up``; sites after "at" one each, towns after "in" may be shared; figures
  after the list's verb are no count of theirs; not people).
* round 17: a number hyphened to a singular word before a plural noun in the bridge names a kind, no rival count
  ("Four players threw nine-dart finishes: ...", ``_kind_of_noun``); a reflexive after the last name is no verb
  ("and Ross himself"); a name of up to three words, then up to eight words of prepositional phrases with no verb,
  is one item ("Ross in his semi-final win over Kenya's Paul Otieno", ``_name_with_long_tail``).
* round 17 (lists2): in a colon series of described things, a relative clause of up to 16 words closing the
  last item describes it ("... and a garden where patients can sit in the sun after treatment"); its words do not
  make the item too long (``_series_item_words``); inside an item, "a"/"an" and a written number hyphened to a
  singular word ("a one-act piece") describe one thing, no rival count (``_one_thing_sized``), and an ordinal in
  figures after a possessive or "the" before a noun ("the club's 50th season") is no number in the item
  (``_ORDINAL_BEFORE_NOUN``); an age in figures hyphened before a capitalised name ("and 19-year-old Isla Kerr")
  is part of the name's item (``_AGE_BEFORE_NAME``); a part with its own plural before "among the" and the whole
  ("had five riders among the eight finalists: ...") reads like "five of the eight finalists" (``_PART_AMONG``).
* round 18: a short plural with no number or article ("scarves", "new bus lanes", "paintings by Turner") may stand
  for several of the things counted: a count above the items is no contradiction ("six products: scarves, hats and
  a range of gloves"), a count below them still is; not for a count of kinds, groups or crops, nor when another
  item is a bare singular or mass noun ("damp, cracked tiles and loose slates": kinds, one each)
  (``_several_in_plural``; also in the loose list of lower-case things); things known by their numbers may follow
  words holding a date, a year or a time ("eight routes will go from Sunday, September 1: the 14, 22, ...",
  ``_dated_numbered_intro``) and may be closed by a dash; an earlier count that is the sentence's subject, then a
  verb and a preposition, leaves the list after this count's colon to it ("The 22 shows were spread across 14
  cities: A, B, ..."; not when the list matches the subject's count, nor for people: ``_counted_subject``).
* round 19: so does an earlier count whose things stand in this count's places, perhaps after a participle ("staged 230
  concerts across six venues: A, B, ..."; "with 118 acts playing on its six stages: ..."; ``_counted_in_place``).
* round 20: the last item may be described to the sentence's end by an indefinite noun phrase or "where"
  ("..., the Bandstand and the Loft, a 90-seat bar above the market.", ``_LAST_APPOSED``); a relative clause
  between commas belongs to the middle item before it, its "and" its own (``_RELATIVE_ASIDE``); a name after up to
  four words of description without a determiner is one item in any list ("former school board member Rita
  Vance"); roads after a colon or dash ("six cameras: on the A350 at Semington, the A361 at Seend ...") are places,
  a road and a site after "at"/"near" one site each (``_ON_ROADS``, ``_ROAD_SITE``); a route's number and where it
  goes is one item, its number no amount ("the 31 to the hospital", "the 46 night bus to Esham",
  ``_ROUTE_NUMBER``), and "11 routes, including four new ones: ..." names the whole of the four; an inner "and"
  may follow a road code ("on the A34 and nearby lanes"); a "whether" clause may be the last of the things
  (``_WHETHER_ITEM``); "between X and Y" keeps its "and" inside the item (``_BETWEEN_BEFORE``, ``_BETWEEN_AND``)
  and "aboard" opens a place phrase; people grouped under possessives are counted by name ("four players: the
  Crown's A and B, and the Swan's C and D", ``_owned_name_groups``); a name's figure after "with"/"on" closing
  its item is no item nor rival figure, like a bracket ("Ann Roe with 1,204 votes, Bo Lee with 980 and ...",
  ``_mask_figure_tails``); the last item's indefinite description needs a name before it (not "fish and chips, a
  pie").
* round 21: "N of the NOUNs" before a comma and names in apposition ("Two of the club's players, striker A, defender B
  and goalkeeper C, have ..."; ``_OF_NOUN``; not gapping: "has 19 of the farms, Herefordshire 17 and ..."); things known
  by their numbers after a copula ("The five routes to be scrapped are the 7, the 15A, the 22 and the 41";
  ``_NUMBERED_COPULA``, the count with a determiner); the last item with its article singled out to the sentence's
  end (", the first born at the zoo since 1998", ``_LAST_SINGLED_OUT``); towns after "in" for five or more things, one short of the count, are a
  warning like sites after "at" (``_one_town_short``; fewer may share towns); a verb's particle before the places
  ("will put nine pubs up for sale, in A, B, ...", ``_PARTICLE_PLACES``); an adjective before the part's noun in "N
  NOUNs among the M" ("seven gold medals among the 14 gardens: ...", ``_PART_AMONG``).
* round 22: one semicolon after a comma list with its "and" item, then a lower-case word, opens a new clause and ends
  the list ("praised the three novels, 'A', 'B', 'C' and 'D', for their ambition; the winner ...",
  ``_clause_after_semicolon``; a list kept by semicolons is read as before); a title of capitalised words ending in a
  small number is one name ("Inside Out 2, ..., Despicable Me 4", ``_TITLE_NUMBER``), and so is a capitalised number
  word before a capitalised word inside a list ("Half Light", "Three Bridges", ``_NAME_NUMBER_WORD``); a count in the
  bridge too large for a list of names to count is no rival ("Five batters passed 1,000 runs: A, B, C and D",
  ``_beyond_listing``); "N times"/"twice" then the dates or match minutes it happened ("scored twice, in the 12th, 55th
  and 81st minutes"; "on 3 March, 9 May and 4 June", ``_dated_occasions``; "scored two goals, in the 12th and
  55th minutes", ``_minute_events``), and a time phrase or "since 2010" before
  the years or months (``_WHEN_LIST``); under a count of kinds, items opening with their own count name one kind each
  ("five breeds: a spaniel, two collies, three pugs and a whippet", ``_kind_instances``; not "two ewes of one"), unless
  their own counts add up to the count ("four species: a frog, two beetles and a snail", ``_kinds_as_instances``);
  among names of things (not people), a title's preposition and article may stand between capitalised words ("Gone
  with the Wind", "Night of the Hunter", ``_TITLE_SMALL_WORDS``; not "Park Lane Surgery in Bexley, Kent,").
* round 24: a label's number inside an item ("the M5 between junctions 27 and 29", "by Gate 14") is part of its name
  (``_mask_label_numbers``); such an item may hold several of the things ("land at junctions 9 and 10"), so the list
  is read only when its items outnumber the count; bare lower-case kinds in apposition after a count's noun in object
  position, closed by a comma and an adverbial phrase ("was given two sedatives, ketamine, morphine and diazepam, before
  the operation", ``_bare_kinds_apposed``; not at the sentence's end or before an attribution: a list of its own); an
  inner pair under one modifier whose head stands in another item under another ("glass bottles and jars" beside
  "plastic bottles") is one item (``_contrasted_pairs``); the earlier things before this count's places may take a
  short phrase of their own ("build 140 flats for key workers on five plots: ...", ``_PLACED_IN``).
* round 25: a count of members by role on a group noun ("a three-judge panel", ``_members_compound``); a title ending in
  a small number may take "the" ("the Vireo Mini 3"); "driving while disqualified" is one item (``_gerund_while``); a
  count "per" something in an item is a rate ("at 3 parts per million", ``_per_unit``), an age group no count ("for
  under-22s", ``_AGE_GROUP``); firms named for their trade are no people ("retailers", ``categories.FIRMS``); events that fall on
  one day each ("three trips to Dubai, on <dates>", ``_dated_events``) may not be outnumbered by their dates; quoted
  titles may follow a post-modifier in apposition; names after a preposition before a dash apposition ("in A, B and C
  - the three councils ... -", ``_preposition_list_start``; not "of", not a comma) or under a shared plural head ("the
  Central, Jubilee and Victoria lines on Monday, the two routes", ``_shared_head_names``); names that "will each
  receive" an amount are taken up by "The N places" in the next sentence (``_each_takes_amount``); names joined by
  "and" between serial commas are one name each ("Trinidad and Tobago, Antigua and Barbuda, and St Kitts and Nevis",
  ``_paired_names``, inferred).
* round 26: one-word names before an "&" name may be its words ("Earth, Wind & Fire"): a count the merged reading matches
  is silent (``_ampersand_reading``); a capitalised clause word is a name's ("Will Ndlovu", "Theresa May"); a list
  stopped at a bracket whose item runs on into lower-case words is some of them (``_last_item_on``); names of things
  joined by "and" without a serial comma hold between a least and a most, a count outside both is a contradiction
  (``_joined_name_bounds``, inferred); a day, month or agent may stand between "named" and "as" (``_NAMING_DETAIL``);
  a count opening a clause after "that" or a conjunction takes an apposition closed by the clause's verb ("after three
  MPs, A and B, voted"; ``_CLAUSE_SUBJECT_HEAD``); an age range is one group ("people aged 75 and over",
  ``_mask_age_ranges``); quoted titles may follow a post-modifier ending in a named prize ("nominated for the Booker
  Prize, 'A', 'B' and 'C',"; ``_MODIFIER_THEN_TITLES``); subjects of things voted or debated (``_ONE_SUBJECT_NOUNS``;
  not strikes, rows or complaints, each of which may be about several things) may follow ", over" (not a time: "over
  the winter") and a post-modifier of the noun ("two defeats on the government on Monday night, over A, B and C";
  ``_MODIFIED_TOPICS``), later ones with a phrase of their own; "as" after a participle opens a long item's tail ("debt falling as a share of GDP").
* round 28 (each reading written for a family and tested on five variants): a thing named for someone ends a list as a
  noun phrase ("and Natterer's bat", ``_EPONYM_POSSESSIVE``); three kinds or more led by an article in apposition after a
  count of kinds in object position, also after "the genomes of" ("three species, the red fox, ..., to trace ...";
  ``_articled_kinds_apposed``, ``_of_object``); places after a count in a prepositional phrase on a noun, a partitive's
  whole too ("Nurses at two of the trust's hospitals, in A, B and C,"); "one of the N things" names the whole in its
  list ("one of the three units, in A, B, C or D"); a date or a clock time in a list reads as a name, like a year
  ("Glasgow on 14 June", "the 07:10 to Mull", ``_mask_figures``); awards and their categories after ", for best ..."
  (``_AWARDS_FOR``: more categories is a contradiction, fewer too at one ceremony of an academy's awards,
  ``_ONE_CEREMONY``).
* round 56: a Portuguese "do"/"dos"/"das" between capitalised words joins a name ("Serra do Pico", ``_romance_joined``);
  "Both of" a name's possessive counts two ("Both of Elmford's new coaches - A, B and C -"); ", at a cost of £6m" /
  ", costing £6m" after the "and" item prices the set (``_SET_PRICED``); ", and that shops would ..." after a list is a
  second reported clause; medals by colour may go to named entries ("silver for Copper Lane bitter"), a plural colour
  one per entry joined by "and" ("bronzes for its butter and a cheddar"), never one medal for a plural colour alone
  (and a plain list of colour items holding a plural colour counts nothing); a group named by its size may list its
  members by role, some counted ("a team of nine - the doctor, two trainers, four therapists and a nutritionist",
  ``_members_by_role``: every other item one person with an article); product lines and ranges take one bare plural
  each ("six product lines: covers, grates, ..."); a rowing boat named by its seats ends an item, no count ("the men's
  eight": read as a name at extraction, ``extract._BOAT_CLASSES``); a name's long tail may open with a participle in -ing ("Route 11 linking the campus
  to the station"); things named under labels may stand beside things counted or unnamed ("seven boats: the ferries Ran
  and Eir, the tug Brim, two trawlers and a yacht" lists six, ``_named_counted_things``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from itertools import islice

from fractions import Fraction

from ..interval import Interval
from ..model import Document, Kind, Mention, Related, Relation, Span
from . import categories
from .context import IRREGULAR_PARTICIPLES, IRREGULAR_PAST, REST_ORDINALS as _ORDINALS, RESTS_TOLD, is_past_form, words
from .dates import MONTH_NAMES, WEEKDAY_NAMES
from .needs import holds_any, needs
from .restatements import _TITLES, singular  # "Mr", "Dr" ... before a name

MIN_COUNT = 2
MAX_COUNT = 30

# How a list is introduced.  ``explicit`` introducers make a contradiction an error.
_PARTIAL = re.compile(r"^\s*,?\s*(?:including|such\s+as|among\s+them|among\s+whom|notably|like|led\s+by|"
                      r"chief\s+among\s+them|mainly|mostly|especially|in\s+particular)\b", re.I)
_WHOLE = re.compile(r"\s*,?\s*(?:(?:is|are|was|were|will\s+be)\s+(?:made\s+up|composed|comprised)\s+of|comprises|consists\s+of|"
                    r"comprising|consisting\s+of|made\s+up\s+of|composed\s+of)\s+(?=[\"“‘']?[A-Z])")
# (round 60) a team sized by its members, then "of" and their names: "The three-strong recurve team of Holt, ..."
# (``_team_of_names``)
_MEMBERS_OF = re.compile(r"\s+of\s+(?=[A-Z][a-z])")
_PLACES = re.compile(r"(?:at|in|on|based\s+in|located\s+in|sited\s+(?:at|in))\s+(?=[A-Z])")
# roads after a colon or dash: "six cameras: on the A350 at Semington, the A361 at Seend ..." (places: a road
# may hold two of them; a road and a site after "at"/"near" is one site each, like "at A, B and C")
_ON_ROADS = re.compile(r"(?:on|along)\s+(?=the\s+[A-Z]{1,2}\d{1,4}[A-Z]?\b)")
_ROAD_SITE = re.compile(r"the\s+[A-Z]{1,2}\d{1,4}[A-Z]?\s+(?:at|near|outside|in)\s+[A-Z]")
_DASH = re.compile(r"\s+(?:[-–—]|--)\s+|\s*—\s*")

# Words that may stand inside a name item in an apposition list.
_NAME_JOINERS = frozenset({"of", "the", "de", "van", "von", "der", "al", "bin", "da", "du", "le", "la", "y",
                           "&", "and", "del", "di", "el", "st", "st.", "upon", "on"})
# (round 56) a Portuguese or Galician "do"/"dos"/"das" between two capitalised words is a name's, no verb: "Casal do
# Monte", "Ponte das Barcas" (read as "de" where names are told apart from clauses)
_ROMANCE_JOINER = re.compile(r"\b([A-Z][\w'’-]*)\s+(?:do|dos|das)\s+(?=[A-Z])")


# (round 58) an elided article inside a name: "Côte d'Ivoire", "Val d'Aosta", "L'Aquila" (read as the name's word)
_ELIDED_ARTICLE = re.compile(r"\b[dlDL]['’](?=[A-Z])")


def _romance_joined(item: str) -> str:
    if "'" in item or "’" in item:
        item = _ELIDED_ARTICLE.sub("", item)
    return _ROMANCE_JOINER.sub(r"\1 de ", item) if " d" in item else item


_MAX_ITEM_WORDS = 7
_LOWER_ITEM_WORDS = 5
_PREPOSITIONS = frozenset("against in at for with to from by on into over under after before since until "
                          "between among via".split())
_PLACE_PREPOSITIONS = frozenset("off near on in at by beside behind opposite next along aboard".split())
# "between" up to five words before an "and": the item's own pair ("a collision between a tanker and a trawler")
_BETWEEN_AND = re.compile(r"(\bbetween(?:\s+(?!(?:and|or)\b)[\w'’-]+){1,5})\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"\bbetween(?:\s+(?!(?:and|or)\b)[\w'’-]+){1,5}$")
_ITEM_PREPOSITIONS = frozenset("of with for to against".split())
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
# Words that show an "item" is really a clause: the list has ended or never began.
_CLAUSE_WORDS = frozenset(
    """is are was were be been has have had will would could should can may might said says say
    told did does do who which that when where while because although if but""".split()
)
# ... or a conjunction joining two of them: no single modifier, aside or title holds one
_CLAUSE_OR_JOIN_WORDS = _CLAUSE_WORDS | {"and", "or", "but"}


@dataclass(frozen=True)
class ListedItems(Relation):
    """A count and the items enumerated for it."""

    count: Mention | None = None
    items: tuple[Related, ...] = ()
    noun: str = ""
    partial: bool = False  # "including", "such as": the list names only some
    places: bool = False  # ", in A, B and C": where they are; two may share a place
    sites: bool = False  # ", at A, B and C": one site each (a station, a depot at a place)
    total: int = 0  # items that are counts of their own ("two police officers, a paramedic"): how many in all

    def members(self) -> tuple[Mention, ...]:
        return (self.count,)


@dataclass(frozen=True)
class _Intro:
    kind: str  # "colon" | "dash" | "named" | "comma" | "partial"
    start: int  # where the list begins
    open: bool = False  # the sentence may go on after the list ("namely A, B and C, met ...")
    event: bool = False  # after "in the Hennessy,": that name may be read as the list's first item too
    timed: bool = False  # places after a time phrase ("this year, in A, B and C"): not people's
    bridged: bool = False  # ", including" after a bridge: only for a count in object position
    the_names: bool = False  # after "in York,": names with "the" only ("the Ouse, the Foss and the Derwent")


def _naming_verb_before(before: list[str]) -> bool:
    """"Police named the three victims as ...": the naming verb stands before the count."""
    return any(w in ("named", "identified", "listed", "name", "identify", "naming") for w in before[-4:])


# a participle or prepositional phrase after the noun: "left in the race", "still standing",
# "on the shortlist", "shortlisted for the prize" -- lower-case words, then a comma and a name
# ("hit hardest by the drought", "worst hit by the floods": an irregular participle; "to collapse this
# month": an infinitive)
_AGENT_NAMED = re.compile(r"\s+(?:[a-z]{2,}(?:ed|en)|" + IRREGULAR_PARTICIPLES + r")\s+by\s+the\s+[A-Z][\w'’-]*"
                          r"(?:\s+(?:(?:and|of|for|in|on|the|&)\s+)?[A-Z][\w'’-]*){1,5}\s*,\s*(?=the\s+[A-Z]|[A-Z])")
_POST_MODIFIER = re.compile(r"(\s+(?:(?:worst|hardest|most|least|badly|best)\s+)?(?:(?:of|on|at|in|from|for|with|across|still|"
                            r"now|currently|left|remaining|(?!(?:including|excluding|according|during|being)\b)[a-z]{2,}ing|to\s+[a-z]{2,}|"
                            r"(?:who|that|which)\s+[a-z]{2,}|[a-z]+ed|[a-z]+en|[a-z]+wn|"
                            + IRREGULAR_PARTICIPLES + r")\b)(?:(?:\s+(?:[a-z][a-z'’-]*|[A-Z][\w'’.-]*)){0,4}?\s+[a-z][a-z'’-]*)?"
                            r"(?:\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?)\s*,\s*"
                            r"(?=[A-Z]|[a-z]|namely\s|(?:at|in|on)\s+[A-Z]|[\"“‘'][A-Z])")  # (round 25: a quoted title)
# (round 42) the modifier may end on the weekday it happened: "The three vessels detained on Friday, the A and the B,"


_MONTHS_DAYS = ("January February March April May June July August September October November December "
                "Monday Tuesday Wednesday Thursday Friday Saturday Sunday").split()
# (round 26) what may stand between a naming verb and "as": lower-case words, a day or month ("were named on Monday as",
# "identified Tuesday as"), or the agent ("named by Surrey Fire and Rescue Service as")
_NAMING_DETAIL = (r"(?:\s+(?:(?:on\s+|last\s+)?(?:" + "|".join(_MONTHS_DAYS) + r")\b|by\s+(?:the\s+)?[A-Z][\w'’-]*"
                  r"(?:\s+(?:of|and|the|[A-Z][\w'’-]*)){0,5}?|[a-z]+)){0,4}?")
# (round 52: "..., naming them as A, B, C and D")
_NAMED = re.compile(r"\b(?:named|identified|listed|given|(?:naming|identifying)\s+them)" + _NAMING_DETAIL + r"\s+as\s+",
                    re.I)
# (round 33) "The two ferries, named Skye, Mull and Iona, ...": a naming participle straight before the names, no "as"
_CALLED = re.compile(r"(?:named|called|dubbed)\s+(?=[\"“‘]?[A-Z])")


# ", in March, May and July" / ", on Monday and Friday", after the noun or a short time phrase
_TIMES = re.compile(r"(?:\s+(?:this|last|so\s+far\s+this|earlier\s+this|over\s+the\s+past|in\s+the\s+past)"
                    r"\s+(?:year|season|month|week|term)(?:\s+so\s+far)?|\s+so\s+far)?\s*,\s*(?:in|on)\s+"
                    r"(?=(?:" + "|".join(_MONTHS_DAYS) + r")\b)")


# the subjects of the things counted, lower-case after ", on" / ", about" / ", covering"
_TOPIC_WORDS = re.compile(r"(?:on|about|covering|(?:each\s+)?(?:devoted|dedicated)\s+to|focus(?:s?ed|ing)\s+on)\s+(?=[a-z])")
# a time phrase after the noun: "next month", "this autumn", "so far this year", "on Tuesday"
_TIME_PHRASE = (r"(?:\s+(?:this|next|last|earlier\s+this|later\s+this|so\s+far\s+this)\s+(?:year|month|week|season|term|"
                r"spring|summer|autumn|winter|weekend|session)|\s+so\s+far|\s+(?:on|in)\s+(?:"
                + "|".join(_MONTHS_DAYS) + r")\b)")
_TOPICS = re.compile(_TIME_PHRASE + r"\s*,\s*(?:on|about|covering)\s+(?=[a-z])")
# (round 26, mended) things voted or debated are taken one subject each, so for them alone the subjects may follow
# "over" ("two defeats, over ...") and a post-modifier of the noun ("two defeats on the government on Monday night,
# over ...", words checked by the caller); complaints, strikes, rows or speeches may each be about several things
_ONE_SUBJECT_NOUNS = frozenset("defeats votes debates referendums referenda motions amendments propositions "
                               "resolutions".split())
# "over" and a subject, not a time ("over the winter", "over the past year"; "over Christmas" is capitalised)
_OVER_SUBJECT = (r"over\s+(?!(?:the\s+)?(?:past|last|next|coming|following|previous|winter|spring|summer|autumn|"
                 r"weekend|year|month|week|day|decade|period|holiday)s?\b)")
_OVER_TOPIC = re.compile(_OVER_SUBJECT + r"(?=[a-z])")
_MODIFIED_TOPICS = re.compile(r"((?:\s+[A-Za-z][\w'’-]*){1,8}?)\s*,\s*(?:on|about|covering|" + _OVER_SUBJECT
                              + r")\s*(?=[a-z])")
_TOPIC_MODIFIER_OPENERS = frozenset("in at on to for with against by from of this next last so earlier later".split())
_TIMED_PLACES = re.compile(_TIME_PHRASE + r"\s*,\s*(?:at|in)\s+(?=[A-Z])")
# (round 21) a verb's particle, perhaps with a short phrase, after the count's noun: "put nine pubs up for sale, in",
# "sold four depots off, at", "will close six shops down, in"
_PARTICLE_PLACES = re.compile(r"\s+(?:up|out|off|back|down)(?:\s+(?:for|to|on)\s+[a-z]+)?\s*,\s*(?:at|in)\s+(?=[A-Z])")


_NAME_WORDS = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)+")


_MOD_DETERMINERS = frozenset("the a an this that these those its their his her our".split())
_MOD_LINKS = _PREPOSITIONS | frozenset("of up out off down alongside across near during throughout within behind "
                                       "beyond about around through".split())


# "this year", "last season" after a participle before the copula ("taking part this year are ...");
# narrower than _TIME_PHRASE above, which may follow a count's noun
_THIS_TIME_RX = r"(?:this|last|next)\s+(?:year|season|month|week|summer|winter|spring|autumn|term)"
_THIS_TIME = re.compile(r"\b" + _THIS_TIME_RX + r"\b")
# the copula after a count's noun phrase in ``_introducer`` ("The five novels are by ..."), compiled once
# (round 20, speed: the pattern was rebuilt and looked up in re's cache on every call)
_COPULA_AFTER_COUNT = re.compile(r"(\s+(?:of|on|at|in|from|for|with|across|through(?:\s+to)?|into|under|over|behind|beyond|"
                                 r"within|outside|near|against)\s+[^,;:()\d]{1,70}?|"
                                 r"\s+(?:(?:[a-z]+ed|" + IRREGULAR_PARTICIPLES + r")(?:\s+(?:up|out|off|down|in))?|(?:still\s+)?[a-z]{3,}ing(?:\s+(?:part|place|up|out|over))?|left|remaining)"
                                 r"(?:\s+" + _THIS_TIME_RX + r")?"  # "taking part this year"
                                 r"(?:\s+(?:for|by|in|on|at|to|from)\s+[^,;:()\d]{1,70}?)?|"
                                 r"\s+" + _THIS_TIME_RX + r")?"  # "The festival's three headliners this year are ..."
                                 r"\s+(?:(?:are|were|will\s+be|would\s+be)(?:\s+by)?|went\s+to|go\s+to|belong(?:ed)?\s+to|"
                                 r"(?:are|were)\s+(?:written|owned|held|run|won|played|led)\s+by)\s+"
                                 r"(?=[\"“‘']?[A-Z]|[a-z]+(?:\s+[a-z]+)?\s+[A-Z]|(?:a|an|the|on|about)\s+[a-z])")


# (round 60) after the copula, a plural head shared by the names after its preposition: "are the branches on"
_PLURAL_HEAD_ON = re.compile(r"the\s+[a-z]{3,}s\s+(?:on|in|at)\s+(?=[A-Z][a-z])")


def _verb_inside(modifier: str) -> bool:
    """"in the case believe the culprits": a determiner after a word that is no preposition
    ends a noun phrase's modifier and starts a clause's object."""
    told = modifier.split()
    ws = [w.lower() for w in told]
    return any(w in _MOD_DETERMINERS and i > 0 and ws[i - 1] not in _MOD_LINKS
               and not _inside_name(told, i) for i, w in enumerate(ws))


def _inside_name(told: list[str], i: int) -> bool:
    """(round 60) The small word ``told[i]`` stands inside a name, between two capitalised words: "for the Vuelta a
    Colombia"."""
    return 0 < i < len(told) - 1 and told[i - 1][:1].isupper() and told[i + 1][:1].isupper() and told[i].islower()


_NAMED_AS = re.compile(r"(?:\s+(?:(?:of|on|for|at|in)\s+(?:the\s+|its\s+|their\s+)?)?(?!(?:such|well)\b)[a-z]+"
                       r"(?:\s+(?!(?:such|well)\b)[a-z]+)?)?(?:\s+(?:on|last|this|earlier|late|yesterday)(?:\s+[A-Za-z]+)?)?\s+as\s+")


# "The two sites earmarked for housing (A, B and C)": a short participle or prepositional phrase, then
# the bracket
_MODIFIED_BRACKET = re.compile(r"(\s+(?:[a-z]+ed|[a-z]{3,}ing|on|in|at|of|for|across|near)(?:\s+[a-z][\w'’-]*){0,4})"
                               r"\s*\(\s*(?=[\"“‘']?[A-Z]|the\s+[A-Z])")


_VERB_PLACES = re.compile(r"((?:\s+[a-z][\w'’-]*){1,6}?)\s*,\s*(?:at|in|based\s+in)\s+(?=[A-Z])")


# "named the two men who died in the crash on the A1 on Sunday as A, B and C": after a naming verb, a longer
# modifier (no other plural) before "as"
_NAMED_AS_LONG = re.compile(r"((?:\s+(?!(?:such|well|as)\b)[^\W\d_][\w'’-]*(?:\d+[a-z]?\b)?){0,20}?)\s+as\s+(?=[A-Z])")
# (round 29) a place named after a preposition in that modifier ("who died in the crash near Leeds"): no other plural
_PLACE_NAMED = re.compile(r"\b(?:in|near|at|on|outside|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# a short post-modifier, then a participle phrase between commas, then the copula and a name
_ASIDE_COPULA = re.compile(r"(?:\s+(?:of|on|at|in|for|from|with)\s+[^,;:()\d]{1,50}?)?\s*,\s*((?:[a-z]+ed|chosen|picked|shortlisted|"
                           r"named)(?:\s+[A-Za-z][\w'’-]*){0,8}?)\s*,\s+(?:are|were|will\s+be)\s+(?=[\"“‘']?[A-Z][a-z])")


_PLACE_THEN_THE = re.compile(r"\s+(?:in|at|near|around|across)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,\s*(?=the\s+[A-Z])")
_REGION_PLACES = re.compile(r"\s+(?:in|across|around|throughout)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
                            r"\s*,\s*(?:at|in)\s+(?=[A-Z])")


# (round 26) a short participle or prepositional phrase ending in a named prize or place with "the", then quoted titles
# in apposition: "nominated for the Booker Prize, 'A', 'B' and 'C'," (a quoted title is no part of the prize's name)
_MODIFIER_THEN_TITLES = re.compile(r"(\s+(?:[a-z]+ed|[a-z]{3,}ing|at|in|on|for|from|of)(?:\s+[a-z][\w'’-]*){0,4}?\s+the"
                                   r"(?:\s+[A-Z][\w'’-]*){1,4})\s*,\s*(?=[\"“‘'][A-Z])")


# (round 38) the names' shared role in the plural, lower case, before the first name: "governors Michelle Bowman, ..."
_ROLE_BEFORE_NAMES = re.compile(r"(?:fellow\s+)?([a-z]{3,}s)\s+(?=[A-Z][a-z])")


def _introducer(text: str, pos: int, end: int, naming_verb: bool = False, one_subject: bool = False) -> _Intro | None:
    """How the text after a count's noun introduces a list, if it does (``one_subject``: the noun counts things taken
    one subject each, ``_ONE_SUBJECT_NOUNS``)."""
    rest = text[pos:end]
    if naming_verb:
        named = _NAMED_AS.match(rest) or _NAMED_AS_LONG.match(rest)
        if named and (named.re is _NAMED_AS or not _other_plural(_PLACE_NAMED.sub(" ", named.group(1)), 0, 0)):
            return _Intro("named", pos + named.end())
    partial = _PARTIAL.match(rest)
    if partial:
        return _Intro("partial", pos + partial.end())
    whole = _WHOLE.match(rest)
    if whole:
        return _Intro("whole", pos + whole.end())  # "a four-member panel comprising A, B and C"
    # "four states (Victoria, Tasmania and Perth)": a list in brackets right after the noun
    bracket = re.match(r"\s*\(\s*(?=[\"“‘']?[A-Z]|the\s+[A-Z])", rest) or _MODIFIED_BRACKET.match(rest)
    if bracket and not (bracket.lastindex and any(w in _CLAUSE_OR_JOIN_WORDS
                                                  for w in bracket.group(1).split())):
        return _Intro("bracket", pos + bracket.end())
    # "The five finalists for the prize, announced last night, are A, B and C": a participle between commas
    aside = _ASIDE_COPULA.match(rest)
    if aside and not any(w in _CLAUSE_OR_JOIN_WORDS for w in aside.group(1).split()[1:]):
        return _Intro("copula", pos + aside.end())
    # a comma right after the noun: apposition, or ", named by police as"
    comma = re.match(r"\s*,\s*", rest)
    if comma:
        after = rest[comma.end():]
        namely = re.match(r"(?:namely|that\s+is|i\.e\.)\s*,?\s+", after)
        if namely:
            return _Intro("colon", pos + comma.end() + namely.end(), True)  # "three wardens, namely A, B and C"
        named = _NAMED.match(after) or _CALLED.match(after)
        if named and named.start() == 0:
            return _Intro("named", pos + comma.end() + named.end())
        # "four referendums, on abortion, gambling, ...": one subject each
        topic = _TOPIC_WORDS.match(after) or (_OVER_TOPIC.match(after) if one_subject else None)
        if topic:
            return _Intro("topics", pos + comma.end() + topic.end())
        # "its six clinics, at Alva, Brora and Cupar,": one place each at least
        place = _PLACES.match(after)
        if place:
            return _Intro("places", pos + comma.end() + place.end())
        role = _ROLE_BEFORE_NAMES.match(after)
        if role and categories.names_persons(role.group(1)):
            return _Intro("comma", pos + comma.end() + role.end())  # (round 38) "two dissenters, governors A, B and C"
        # (round 62) "covered six rivers, the Dee, the Spey, the Tay and the Tweed": names that each take "the"
        return _Intro("comma", pos + comma.end(), the_names=bool(_THE_NAME_FIRST.match(after)))
    # "seven ballot measures next month, on abortion rights, ...": a time phrase, then the subjects
    topics = _TOPICS.match(rest)
    if topics:
        return _Intro("topics", pos + topics.end())
    topics = _MODIFIED_TOPICS.match(rest) if one_subject else None
    if topics and topics.group(1).split()[0] in _TOPIC_MODIFIER_OPENERS and not _DEFINITE_PLURAL.search(topics.group(1)) \
            and not any(w in _CLAUSE_OR_JOIN_WORDS for w in topics.group(1).split()):
        return _Intro("topics", pos + topics.end())  # (round 26) "two defeats on the government on Monday night, over ..."
    # "at three meetings this year, in January, March, June and September": when they were
    when = _TIMES.match(rest)
    if when:
        return _Intro("times", pos + when.end())
    # "has opened three stores this year, in A, B, C and D": a time phrase, then where they are
    timed = _TIMED_PLACES.match(rest)
    if timed:
        return _Intro("places", pos + timed.end(), timed=True)
    # (round 21) "will put nine pubs up for sale, in A, B, ... and H": the verb's particle phrase, then where they are
    particle = _PARTICLE_PLACES.match(rest)
    if particle:
        return _Intro("places", pos + particle.end())
    # "runs seven depots in Scotland, in A, B and C": a region, then the places in it (not "in Leeds, in
    # Hull and in York": the region is one of them)
    region = _REGION_PLACES.match(rest)
    if region and not re.search(r"\sand\s+(?:at|in)\s", rest[region.end():]):
        return _Intro("places", pos + region.end())
    # "two rivers in York, the Ouse, the Foss and the Derwent": a place, then names that each take "the"
    # (the place is none of them)
    place_the = _PLACE_THEN_THE.match(rest)
    if place_the:
        return _Intro("comma", pos + place_the.end(), the_names=True)
    # (round 29) "The five vessels detained by the Maritime and Port Authority, the Ocean Pearl, ...": a participle
    # and its agent, a body's name with "and" inside, then apposition
    agent = _AGENT_NAMED.match(rest)
    if agent:
        return _Intro("comma", pos + agent.end())
    # "The two candidates left in the race, A, B and C,": a short post-modifier, then apposition
    mod = _POST_MODIFIER.match(rest) or _LONG_RELATIVE.match(rest)
    if mod and not any(w in _CLAUSE_OR_JOIN_WORDS for w in _modifier_words(mod.group(1))):
        after = rest[mod.end():]
        namely = re.match(r"namely\s*,?\s+", after)
        if namely:
            return _Intro("colon", pos + mod.end() + namely.end(), True)  # "the three envoys at the talks, namely A, ..."
        place = _PLACES.match(after)
        if place and mod.group(1).split()[0] in ("who", "that", "which"):
            return None  # "Three stores that closed, in Leeds, ...": where they closed, perhaps
        if place:
            return _Intro("places", pos + mod.end() + place.end())  # "five shops in the city, at A, B, ..."
        if _OWN_PLURAL_END.search(mod.group(1)) or mod.re is _LONG_RELATIVE and _ANY_OWN_PLURAL.search(mod.group(1)) \
                and not _FIGURE_END.search(mod.group(1)):
            return None  # "The four firms in talks with the supermarkets, A and B,": whose list?
        named = _NAMED.match(after)
        if named and named.start() == 0:  # (round 30) "The three women held after the raid, named as A, B and C,"
            return _Intro("named", pos + mod.end() + named.end())
        if not after[:1].islower():
            return _Intro("comma", pos + mod.end())
        # lower-case things ("hit hardest by the drought, wheat, barley and oats,"): only when no other
        # introducer follows
        things = _Intro("comma", pos + mod.end())
    else:
        things = None
        titled = _MODIFIER_THEN_TITLES.match(rest)
        if titled and not any(w in _CLAUSE_OR_JOIN_WORDS for w in titled.group(1).split()):
            return _Intro("comma", pos + titled.end())  # (round 26) "nominated for the Booker Prize, 'A', 'B' and 'C',"
        event = _EVENT_MODIFIER.match(rest)
        if event:  # "saddled two runners in the Hennessy, A, B and C, but ...": the event, then the names
            return _Intro("comma", pos + event.end(), event=True)
    # a short bridge of words ("that voted against", "have been shortlisted for the
    # contract", "charged were") then a colon, a dash or "named as"
    bridge = _BRIDGE.match(rest) if _may_bridge(rest) else None
    if not bridge:
        # "The six riders who failed to finish were A, B, ...": a short relative clause of lower-case
        # words (round 59: up to ten, "that have applied for a place in next season's expanded league"), then the
        # copula and a name
        relative = _RELATIVE_COPULA.match(rest)
        if relative and not any(w in ("and", "or", "but", "than") for w in relative.group(1).split()):
            return _Intro("copula", pos + relative.end())
        participle = _PARTICIPLE_COPULA.match(rest)
        if participle and _participle_copula(participle.group(1)):
            return _Intro("copula", pos + participle.end())
        # "The band's four members are Ann, Bo, Cy and Di." -- a copula right after the noun;
        # "The five novels are by ...", "the three prizes went to ...": one name each
        # "The five new members of the panel are ...": a short post-modifier may come first;
        # the names may stand under role labels ("were swimmer Ann Lee, cyclist Bo Kim and ...")
        copula = _COPULA_AFTER_COUNT.match(rest)
        # a capitalised name in the modifier is one word ("shortlisted for the Fine Gael
        # nomination in Dublin Bay South are ...")
        if copula and copula.group(1) and (len(_NAME_WORDS.sub("X", copula.group(1)).split()) > 8 or any(
                w.lower() in _CLAUSE_WORDS | {"and", "or"} for w in copula.group(1).split())
                or _verb_inside(_THIS_TIME.sub(" ", copula.group(1)))):
            return None
        if copula and re.search(r"\b(?:are|will\s+be|would\s+be)\s+$", copula.group(0)):
            # "The two sites are at A, B and C": where fixed things are; "The three referendums are
            # on A, B and C": their subjects (not "were at": things that moved)
            after = rest[copula.end():]
            place = re.match(r"(?:at|in|based\s+in|located\s+in)\s+(?=[A-Z])", after)
            if place:
                return _Intro("places", pos + copula.end() + place.end(), True)
            topic = _TOPIC_WORDS.match(after)
            if topic:
                return _Intro("topics", pos + copula.end() + topic.end(), True)
        if copula is None:
            # "Four sites have been shortlisted, at A, B and C": the count's verb, then where they are
            verb = _VERB_PLACES.match(rest)
            if verb and not any(w in _RELATIVES | {"and", "or", "but", "not", "who", "if", "because"}
                                for w in verb.group(1).split()) \
                    and not _other_plural(verb.group(1), 0, 0) and re.match(r"\s+(?:has|have|had|is|are|was|were|will|"
                                                                           r"[a-z]+ed)\b", verb.group(1)):
                return _Intro("places", pos + verb.end(), True)
        if copula:
            head = _PLURAL_HEAD_ON.match(rest, copula.end())
            if head:  # (round 60) "The three pharmacies set to close are the branches on A Road, B Parade and ..."
                return _Intro("copula", pos + head.end())
        return _Intro("copula", pos + copula.end()) if copula else things
    glue = bridge.group(2)
    if re.match(r"\s*,\s*(?:including|among)", glue):
        # "has won four titles this year, including A, B, C, D and E": some of them, never more; not when the
        # bridge names other things ("seized two cars during searches of homes, including cash, ...")
        if _other_plural(bridge.group(1), 0, 0) or not bridge.group(1).strip() \
                or bridge.group(1).split()[0] in _RELATIVES | {"to"}:
            return None  # "The two suppliers to collapse this month, including A, B and C": which set is listed?
        return _Intro("partial", pos + bridge.end(), True, bridged=True)
    if "," in glue and ":" not in glue:  # "closed two wards after an outbreak of norovirus, namely A, B and C"
        last = bridge.group(1).split()[-1:]
        if not last or _plural_item(last[0]) or _DEFINITE_PLURAL.search(bridge.group(1)) \
                or re.search(r"\b(?:including|such as|among)\b", bridge.group(1), re.I):
            return None  # "... after complaints from patients, namely A and B": whose names?
        return _Intro("colon", pos + bridge.end(), True)
    kind = "colon" if ":" in glue else ("named" if re.search(r"\bas\s+$", glue) else "dash")
    # the bridge must not itself hold a partial cue ("including"; round 52: not "among the seized timber", where
    # the things were found)
    if re.search(r"\b(?:including|such as|among(?!\s+(?:the|its|their)\s+[a-z]))\b", bridge.group(1), re.I):
        return None
    # a long bridge (more than a dozen words) must not name other things the list may name:
    # "Two men were charged over attacks on shops in the towns of the county last year: ..."
    if len(bridge.group(1).split()) > 18 and (_ANY_OWN_PLURAL.search(bridge.group(1)) or " and " in bridge.group(1)):
        return None  # a longer intro must not name other things at all: "... to succeed their chairs and ...:"
    if len(bridge.group(1).split()) > 12 and any(not _OF_SINGULAR_HEAD.search(bridge.group(1), 0, p.start())
                                                 for p in _DEFINITE_PLURAL.finditer(bridge.group(1))):
        return None  # (round 59: not a plural told "of" a singular head: "reached the final of the double sculls")
    return _Intro(kind, pos + bridge.end())


# a bridge of up to 18 words (a road or a competition code among them: "the A614", "a T20 opener"),
# then a colon, a dash, "named as" or ", namely"
_BRIDGE = re.compile(r"((?:\s+(?:[\"“‘']?[^\W\d_](?:[^\W\d_]|['’-])*(?:\d+[a-z]?\b)?[\"”]?|(?:1[89]|20)\d\d\b|[£$€]?\d[\w.,%-]*(?<![,.]))){0,24}?)"
                     r"(\s*:\s*|\s+(?:[-–—]|--)\s+|\s*—\s*|\s+(?:were|are|was|have\s+been|"
                     r"had\s+been)?\s*(?:named|identified|listed)" + _NAMING_DETAIL + r"\s+as\s+|\s*,\s*(?:namely|that\s+is|i\.e\.)\s*,?\s+"
                     r"|\s*,\s*(?:including|among\s+them)\s+(?=[A-Z\"“‘']|(?:a|an|the)\s)"
                     # (round 53) "recalled four batches of the inhaler, numbered HX-2201, HX-2204 and HX-2209"
                     r"|\s*,\s*(?:numbered|code-?named|coded)\s+(?=[A-Z0-9])"
                     r"|\s*,\s*(?:the\s+|a\s+|its\s+)?[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}\s+(?:says|say|said|adds|added|"
                     r"warns|warned|explains|explained|writes|wrote|notes|noted|believes|insists|insisted|suggests|suggested)\s*:\s*)")

# (round 53: a bridge word may hold a letter with an accent, "the team épée event")
# (round 31: a bridge word may stand in quotes, "were rated 'poor' by inspectors: A, B and C")
_SPACED_DASH = re.compile(r"\s[-–]")


def _may_bridge(rest: str) -> bool:
    """(round 29, speed) A cheap test before ``_BRIDGE`` (a slow pattern): each of its glues holds a colon, a dash
    ("—", or "-"/"–" after a blank), a naming verb, or a comma and "namely", "that is", "i.e.", "including" or "among
    them" (an attribution's glue ends on a colon); none of them in ``rest``: no bridge."""
    return ":" in rest or "—" in rest or "named" in rest or "identified" in rest or "listed" in rest \
        or "," in rest and ("namely" in rest or "that" in rest or "i.e." in rest or "including" in rest
                            or "among" in rest or "numbered" in rest or "coded" in rest or "named" in rest) \
        or ("-" in rest or "–" in rest) and _SPACED_DASH.search(rest) is not None


# a longer relative clause of lower-case words, perhaps ending in a time phrase, then names in apposition:
# "The two chains that cut the price of a four-pint bottle of milk on Monday, Asda, Morrisons and Lidl, said"
_LONG_RELATIVE = re.compile(r"(\s+(?:who|that|which|to\s+[a-z]+|(?!(?:including|excluding|according|during|being)\b)"
                            r"[a-z]{3,}ing)(?:\s+(?:[a-z][\w'’-]*|[£$€]?\d[\d,.]*(?:%|p|m|bn)?(?=[\s,]))){2,11}?"
                            r"(?:\s+(?:on\s+(?:" + "|".join(_MONTHS_DAYS[12:]) + r")|yesterday|today|last\s+[a-z]+|this\s+[a-z]+))?)"
                            r"\s*,\s*(?=[A-Z])")


_ANY_OWN_PLURAL = re.compile(r"\b(?:the|these|those|its|their|his|her|our|other)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
                             r"(?:(?!(?:this|his|its|was|has|is|thus|plus|bus|gas|news|always|perhaps|whereas|across)\b)[a-z][\w'’-]*[a-rt-z]s|men|women|children|people)\b")


_PREP_OWN_PLURAL = re.compile(r"\b(?:with|against|among|between|alongside)\s+" + _ANY_OWN_PLURAL.pattern[2:])


# "in the Hennessy," / "at the Open,": one named event or place with "the" after the noun, then names
_EVENT_MODIFIER = re.compile(r"\s+(?:in|at|for)\s+the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*,\s*"
                             r"(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,|\sand\s))")


# a modifier ending in a figure ("raising their rates by more than 8 per cent,"): the names after it are
# no apposition to the figure, nor to a plural before it
_FIGURE_END = re.compile(r"\d[\d,.]*(?:%|p|m|bn|\s+per\s+cent)?$")


_RELATIVE_AUXILIARIES = frozenset("is are was were be been has have had will would could should can may might".split())


def _modifier_words(modifier: str) -> list[str]:
    """The words of a post-modifier to test for a clause: a relative ("that collapsed this month",
    "which have gone bust") is one, its auxiliaries part of it -- but not "that police said"."""
    ws = modifier.split()
    if ws and ws[0] in ("who", "that", "which", "to"):
        return [w for w in ws[1:] if w not in _RELATIVE_AUXILIARIES]  # "to be axed", "to have closed"
    return ws


# a modifier ending in other things with a determiner ("with the supermarkets", "by its rivals"): the list
# may be theirs
_OWN_PLURAL_END = re.compile(r"\b(?:the|these|those|its|their|his|her|our|other)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
                             r"(?:(?!(?:this|his|its|was|has|is|thus|plus|bus|gas|news|always|perhaps|whereas|across)\b)[a-z][\w'’-]*[a-rt-z]s|men|women|children|people)\s*$")
_RELATIVE_COPULA = re.compile(r"(\s+(?:who|that|which|(?:not\s+)?to|(?:which|that)\s+(?:are|were|is)\s+to|(?:due|set|expected|likely|poised|scheduled|slated|about|"
                              r"ready|unable|able|certain)\s+to)(?:\s+[a-z][a-z'’-]*){1,10}?)\s+(?:are|were|will\s+be)\s+"
                              r"(?=[\"“‘']?[A-Z][a-z])")
# "The seven parishes raising their precepts by more than 10 per cent are ...", "The four firms that bid in
# 2024 were ...": a participle, "with" or a relative and a longer phrase (its object, figures of another kind
# than a count), then the copula and a name
_PARTICIPLE_COPULA = re.compile(r"(\s+(?:(?!(?:including|excluding|according|during|being)\b)[a-z]{3,}ing|[a-z]{3,}ed|"
                                + IRREGULAR_PARTICIPLES + r"|with|who|that|which)"
                                r"(?:\s+(?:[a-z][a-z'’-]*|[£$€]?\d[\d,.]*(?:%|m|bn|k|p|ft|km|kg)?)){1,14}?)\s+(?:are|were|will\s+be)\s+"
                                r"(?=[\"“‘']?[A-Z][a-z])")


def _participle_copula(modifier: str) -> bool:
    """The phrase before the copula is a noun's modifier, not a clause: no clause word or joiner ("than"
    only in "more/less/fewer than" before a figure), and after the participle (or the relative and its
    verb) no new object ("in the case believe the culprits")."""
    ws = modifier.split()
    if any(w in _CLAUSE_WORDS - {"who", "that", "which"} | {"and", "or", "but", "not"} for w in ws) \
            or ws[0] in ("who", "that", "which") and any(w in ("who", "that", "which") for w in ws[1:]):
        return False
    for i, w in enumerate(ws):
        if w == "than" and not (0 < i < len(ws) - 1 and ws[i - 1] in ("more", "less", "fewer")
                                and (ws[i + 1][:1].isdigit() or ws[i + 1][:1] in ("£", "$", "€"))):
            return False
    rest = ws[2:] if ws[0] in ("who", "that", "which") else ws[1:]
    return not _verb_inside(" ".join(rest))


_DEFINITE_PLURAL = re.compile(r"\b(?:the|these|those)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
                              r"(?:(?!(?:this|his|its|was|has|is|thus|plus|bus|gas|news|always|perhaps|whereas|across)\b)[a-z][\w'’-]*[a-rt-z]s|men|women|children|people)\b")


# (round 59) a singular head, then "of" right before a plural: the plural names that one thing, no things to list
_OF_SINGULAR_HEAD = re.compile(r"\b(?:the|a|an)\s+[a-z]+(?<!s)\s+of\s+$")


def _list_end(text: str, intro: _Intro, end: int) -> int:
    """Where a list may end at the latest: the closing dash, or the sentence end."""
    if intro.kind == "bracket":
        close = text.find(")", intro.start, end)
        return close if close >= 0 and "(" not in text[intro.start:close] else intro.start
    if intro.kind == "dash":
        close = _DASH.search(text, intro.start, end)
        if close:
            return close.start()
    if intro.kind in ("colon", "dash", "named"):
        # a bracket or a second colon ends it too; a dash ends a colon's list
        stop = re.search(r"[:()]" if intro.kind == "dash" else r"[:()]|\s(?:[-–—]|--)\s|—", text[intro.start:end])
        if stop:
            return intro.start + stop.start()
    if intro.kind == "colon":
        # (round 37) the subject's next predicate ends a colon's list: "convicted of three offences: fraud, forgery,
        # money laundering and tax evasion, and will be sentenced next month"
        verb = _NEXT_PREDICATE_AFTER_LIST.search(text, intro.start, end)
        if verb:
            return verb.start()
        # (round 39) ", with ..." after the list's closing "and": "five cities: Berlin, Paris, Madrid and Rome, with
        # two nights in each"
        last_and = re.search(r"\s(?:and|or)\s", text[intro.start:end])
        if last_and and ";" not in text[intro.start:end]:  # (items of their own "with": "A, with 18,900; B, with ...")
            aside = _WITH_AFTER_LIST.search(text, intro.start + last_and.end(), end)
            if aside:
                return aside.start()
            # (round 42) a participle clause of what the list did after its closing "and" item: "six departments:
            # classics, music, ..., philosophy and theology, putting 110 jobs at risk"
            clause = _CONSEQUENCE_AFTER_LIST.search(text, intro.start + last_and.end(), end)
            if clause and not re.search(r"\s(?:and|or)\s", text[clause.end():end]):
                return clause.start()
    return end


_CONSEQUENCE_AFTER_LIST = re.compile(r",\s+(?:putting|leaving|bringing|making|taking|costing|affecting|raising|pushing|"
                                     r"forcing|prompting|sparking|meaning|threatening|ending|cutting)\s+(?=[a-z0-9#£$€])")


_WITH_AFTER_LIST = re.compile(r",\s+(?:with|each\s+with|all\s+with)\s+(?!the\s+(?:rest|remaining|other)\b|"
                              r"(?:a|an)\s+(?:third|fourth|fifth|sixth|further|final|last|extra|additional)\b|"
                              r"another\b|(?:one|two|three)\s+(?:more|others)\b)", re.I)  # (not one more item)


_NEXT_PREDICATE_AFTER_LIST = re.compile(r",\s+and\s+(?:will|would|could|should|may|might|must|can|was|were|is|are|has|"
                                        r"have|had)\s+(?:be|been|now|also|not|[a-z]+ed)\b", re.I)


# "Ann Roe (Labour)," / "Bo Lee (34) and": a short bracket on an item, before a comma, "and",
# a dash or the end -- it describes the item and is no item itself
_ITEM_BRACKET = re.compile(r"(?<=[\w.'’])\s*\((?!\s*(?:and|or|plus|with|along|as\s+well|including|both)\b)[^()\n]{1,40}\)"
                           r"(?=\s*(?:[,;.]|\s(?:and|or)\s|\s[-–—]\s|—|$))", re.I)


def _mask_brackets(text: str, start: int, end: int) -> str:
    """``text`` with the item brackets between start and end blanked (same length)."""
    region = text[start:end]
    if "(" not in region:
        return text
    masked = _ITEM_BRACKET.sub(lambda mt: " " * len(mt.group(0)), region)
    return text[:start] + masked + text[end:] if masked != region else text


# a name's figure after "with"/"on" closing its item: "Ann Roe with 1,204 votes, Bo Lee with 980 and ..." (like a
# bracket, "Ann Roe (1,204)": what each one scored, no item)
# (round 33) also set off by a comma, and with its rate after "at": "Ann Roe, with 58 at 22.41, Bo Lee with 47 and ..."
_FIGURE_TAIL = re.compile(r"(?<=[A-Za-z.'’)])(?:\s*,)?\s+(?:with|on)\s+[\d#][\d#,.]*%?"
                          r"(?:\s+(?:votes?|points?|goals?|seats?|runs?|wickets?))?(?:\s+at\s+\d[\d,.]*)?"
                          r"(?=\s*(?:[,;.]|\s(?:and|or)\s|\s[-–—]\s|—|$))")
_LAST_WORD_CAPITAL = re.compile(r"[A-Z][\w'’.-]*(?:\s*\([^()]{1,40}\))?$")  # "Ann Roe (Labour) with 1,204"


def _mask_figure_tails(text: str, start: int, end: int) -> str:
    """``text`` with the figure tails of names between start and end blanked (same length)."""
    region = text[start:end]
    if " with " not in region and " on " not in region:
        return text
    masked = _FIGURE_TAIL.sub(lambda mt: " " * len(mt.group(0)) if _LAST_WORD_CAPITAL.search(
        region, max(0, mt.start() - 30), mt.start()) else mt.group(0), region)
    return text[:start] + masked + text[end:] if masked != region else text


# a quoted title: '"Ash and Ember"' is one item, its "and" no list's
_QUOTED = re.compile(r'"[^"\n]{1,60}"|“[^”\n]{1,60}”|‘[^’\n]{1,60}’'
                     r"|(?<![\w'’])'(?=[A-Z0-9])(?:[^'\n]|'(?=[a-z])){1,60}?'(?![\w'])")


def _mask_quotes(text: str, start: int, end: int) -> str:
    """``text`` with the quote marks of quoted titles between start and end blanked and
    an "and"/"or" inside them made a joiner (same length)."""
    region = text[start:end]
    if '"' not in region and "“" not in region and "‘" not in region and "'" not in region:
        return text

    def blank(mt):
        inner = re.sub(r"(?<=\s)(?:and|or)(?=\s)", lambda w: "&" + " " * (len(w.group(0)) - 1), mt.group(0)[1:-1])
        # the small words of a title ("A House in Lagos") read as part of one name
        inner = re.sub(r"(?<![\w'’])[a-z]", lambda w: w.group(0).upper(), inner)
        return " " + inner + " "
    masked = _QUOTED.sub(blank, region)
    return text[:start] + masked + text[end:] if masked != region else text


# (round 33) what the two names before it share, told after the second: "both of Leeds", "both from Hull"
_SHARED_BY_PAIR = re.compile(r"both\s+(?:of|from)\s+[A-Z].*")


def _is_modifier(seg: str) -> bool:
    """A segment that belongs to the item before it: ", 24,", "aged 24", "of Bolton"."""
    s = seg.strip().rstrip(".").strip()
    return bool(re.fullmatch(r"(?:aged\s+)?\d{1,3}(?:\s+(?:of|from)\s+.+)?", s, re.I)
                or re.fullmatch(r"(?:both\s+)?(?:of|from)\s+[A-Z].*", s)
                or re.fullmatch(r"(?:both\s+)?(?:of|from)\s+no\s+fixed\s+(?:abode|address)", s, re.I))


# ", who will read in Welsh and English,": a relative clause between commas on the item before it (its
# "and" is its own)
_RELATIVE_ASIDE = re.compile(r"(?:who|whose|which|where)\s+[a-z]")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY_RANGE = re.compile(_WEEKDAY + r"s?\s*(?:to|through|until|till|-|–)\s*" + _WEEKDAY)
# ", departing four times a week,": an -ing participle and its words on the named item before it
_ING_ASIDE = re.compile(r"(?:and\s+)?[a-z]{3,}ing\s+[a-z0-9#]")
# ", paid for by a levy on second homes,", ", backed by Labour,": a participle phrase on the item before it
_PARTICIPLE_ASIDE = re.compile(r"(?:(?:worst|hardest|most|least|badly|directly)\s+)?"  # (round 62) "worst hit by"
                               r"(?:[a-z]{2,}(?:ed|en)|paid|led|run|known|seen|shown|drawn|" + IRREGULAR_PARTICIPLES + r")"
                               r"(?:\s+(?:hardest|worst|most|least|badly|directly|first|last))?"  # (round 55) "hit hardest by"
                               r"\s+(?:by|for|with|from|to|in|at|on)\s")


def _led_by(text: str) -> bool:
    """Review: names opening on a participle and "by" ("led by", "chaired by"): the agents, not the things counted."""
    aside = _PARTICIPLE_ASIDE.match(text.lstrip())
    return aside is not None and aside.group(0).split()[-1] == "by"


def _strip_item(item: str) -> str:
    """Drop an item's trailing age or place: "Kevin Ashworth, 52, of Bolton" -> "Kevin Ashworth"."""
    item = item.strip().strip(".").strip()
    item = re.sub(r"\s*\(.*?\)\s*$", "", item)
    item = re.split(r"\s*,\s*", item)[0]
    item = re.sub(r"\s+(?:of|from)\s+[A-Z][\w'’. -]*$", "", item)
    item = re.sub(r"\s+aged\s+\d+$", "", item)
    return item.strip()


def _name_like(item: str) -> bool:
    ws = _romance_joined(item).split()
    if len(ws) > 1 and ws[0] == "the" and ws[1][:1].isupper():
        ws = ws[1:]  # "the Guardian", "the Royal Oak"
    if not ws or len(ws) > _MAX_ITEM_WORDS or not ws[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in ws)


# a numbered item: "the 14", "No 7", "Route 12", "Platform 3B" (not a bare quantity "14")
_CODE_ITEM = re.compile(r"(?:the\s+|[Nn]o\.?\s*|[Nn]umber\s+|[A-Z][a-z]+\s+)\d{1,4}[A-Z]?")
# (round 22) a title of capitalised words ending in a small number, a sequel's or an edition's: "Inside Out 2",
# "Despicable Me 4", "Deadpool & Wolverine 3" -- one name, its number no count
# (round 25: also after "the": "the Vireo Mini 3")
_TITLE_NUMBER = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|&|of|the|and|in|on|at))*?\s+[A-Z][\w'’.-]*\s+\d{1,2}")


_RELAY = re.compile(r"\b\d{1,2}\s?[x×]\s?(?:\d[\d,]*|#+)\s?(?:m|km|metres?)?\b")
_AGED_TAIL = re.compile(r"(?<=[a-z])\s+aged\s+\d{1,3}$")
_AGED_PERSON = re.compile(r"(?:(?<=\ba\s)|(?<=\ban\s))\d{1,3}-year-old\b")
# round 25: an age group, "free travel for under-22s", "the over-65s": who an item is for, no count
# (round 26) "people aged 75 and over", "those aged 16 or under": one group, its "and" its own (written with hyphens by
# ``_mask_age_ranges``)
_AGE_RANGE = re.compile(r"(\baged\s+\d{1,3})\s(and|or)\s(?=(?:over|under|above|older|younger|upwards|below)\b)")
_AGE_GROUP = re.compile(r"(?<![\w-])(?:under|over)-\d{1,2}s\b|\baged\s+\d{1,3}-(?:and|or)-[a-z]+", re.I)


def _mask_age_ranges(text: str, start: int, end: int) -> str:
    """``text`` with the "and"/"or" of an age range between start and end hyphened (same length): "aged 75-and-over"."""
    region = text[start:end]
    if "aged" not in region:
        return text
    masked = _AGE_RANGE.sub(lambda mt: f"{mt.group(1)}-{mt.group(2)}-", region)
    return text[:start] + masked + text[end:] if masked != region else text


# a name after its description: "the Irish goalkeeper Hart", "the Leeds practice Carter Brown",
# "the German chancellor Olaf Scholz", "state oil firm Rosneft" -- a determiner, up to four words
# (lower-case without a determiner), then the name
_DESCRIBED_NAME = re.compile(r"(?:(the|a|an|its|their|his|her|our)\s+)?((?:[\w'’-]+\s+){0,3}?([a-z][\w'’-]*))\s+"
                             r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|al|bin|le|la|du|del|di)){0,3}")
# a lower-case word right before the name that is a verb, not a description: "the Rovers beat Leeds"
_VERB_BEFORE_NAME = frozenset("""beat won lost drew draw face play meet host join lead led top sign visit back support
    oppose replace follow succeed include trail edge hold held thrash sink sank stun take took made make""".split())


def _described_name(item: str):
    """The match of a described name, or ``None``: a verb ("the Rovers beat Leeds"), a clause
    word or a preposition among the describing words is no description."""
    rx = _DESCRIBED_NAME.fullmatch(item)
    if rx is None:
        return None  # without a determiner too: "state oil firm Rosneft", "Irish goalkeeper Hart"
    desc = rx.group(2).lower().split()
    last = rx.group(3)
    if any(w in _CLAUSE_WORDS | _PREPOSITIONS | {"and", "or", "of"} for w in desc) or last in _VERB_BEFORE_NAME \
            or last.endswith("ed") or last.endswith("s") and not last.endswith("ss"):
        return None
    if rx.group(1) is None and len(desc) == 1 and last.endswith("ing"):
        return None  # "serving Paris", "linking Leeds": a verb and its object, no description
    return rx


# "the first", "the last", "the other", "the best": one of the things counted, not an item of its list
_ONE_OF_THEM = frozenset("first last second third next other others rest most least best worst latter same".split())


def _det_phrase(item: str, ws: list[str]) -> bool:
    """A common noun phrase with a determiner among names: "Hollins Lane, Marsh Road and the old
    bus depot" (one thing: not a plural, "and their neighbours", which may be several)."""
    if len(ws) < 2 or len(ws) > 5 or ws[0] not in _DETERMINERS or not _plain_item(item, False):
        return False
    if any(w.lower() in _PREPOSITIONS | _ITEM_PREPOSITIONS | _PLACE_PREPOSITIONS for w in ws) \
            or ws[1] in _ONE_OF_THEM or len(ws[1]) > 4 and ws[1].endswith("est"):
        return False  # ", the last against Wales and France", ", the oldest built by ...": one of them described
    last = ws[-1].rstrip(".")
    return last[:1].isupper() or not (last.endswith("s") and not last.endswith(("ss", "us", "is")))


_LONG_ITEM_WORDS = 16


# an ordinal in figures between a possessive or "the" and a lower-case noun describes the item ("the
# company's 50th anniversary", "its 100th birthday"), no number of things (round 17)
_ORDINAL_BEFORE_NOUN = re.compile(r"(\b(?:the|its|their|his|her|our)|[a-z]['’]s)\s+\d{1,4}(?:st|nd|rd|th)\s+([a-z])")


def _long_item(item: str) -> bool:
    """A thing with a short head and a longer tail of phrases, in a list of things closed by its
    sentence: "free bus passes for students commuting from towns up to 30 miles away"."""
    if _FIGURE_MASK in item:
        item = re.sub(r"#+(?:\s+#+)*", "figure", item)
    item = _ORDINAL_BEFORE_NOUN.sub(r"\1 nth \2", item)  # "marking the club's 50th season": no count
    item = _BETWEEN_AND.sub(r"\1 with ", item)  # "a crash between a bus and a van": the item's own "and"
    ws = item.split()
    if not 3 <= len(ws) <= _LONG_ITEM_WORDS or not ws[0].islower() \
            or ws[0] in _PREPOSITIONS | _PLACE_PREPOSITIONS | {"and", "or", "but", "as", "plus", "both", "all", "each"}:
        return False
    if any(w.lower().strip(",.") in _CLAUSE_WORDS | {"and", "or", "including", "such"} for w in ws):
        return False
    if ws[0].endswith(("ed", "ing", "en")) and ws[1] in _PREPOSITIONS | _ITEM_PREPOSITIONS | _PLACE_PREPOSITIONS:
        return False  # ", paid for by a levy,": a participle phrase on the thing before it
    # (round 26) "as" after a participle opens the tail too: "debt falling as a share of GDP", "spending rising as fast as"
    head = next((i for i, w in enumerate(ws) if w.lower() in _PREPOSITIONS | _ITEM_PREPOSITIONS | _PLACE_PREPOSITIONS
                 or w == "as" and i > 1 and (ws[i - 1].endswith(("ing", "ed", "en")) or ws[i - 1] in IRREGULAR_PAST)), len(ws))
    # a figure in the tail describes the thing ("for up to 300 students"), one in its head may count several
    # (a number and its noun, "300 students"; not a label's, "at Junction 9")
    tail = " ".join(ws[head:]) + " "
    # a gerund and its object ("raising the state pension age to 68") may take one word more
    short = 5 if ws[0] in _DETERMINERS else 6 if ws[0].endswith("ing") and ws[1] in _DETERMINERS else 4
    return 0 < head <= short and not re.search(r"\d", " ".join(ws[:head])) \
        and len(re.findall(r"\d", tail)) == len(re.findall(r"\d(?=[\d,.]*\s+[a-z(])", tail))


NAME_TAIL_WORDS = 8


def _name_with_long_tail(ws: list[str]) -> bool:
    """"Whitlam himself in his quarter-final win over Scotland's Alan McBride": a name of up to three words
    (a reflexive after it), then phrases each opened by a preposition, no verb among them (round 17)."""
    ws = [w for w in ws if w.lower() not in ("himself", "herself", "themselves")]
    # (round 56) or by a participle in -ing: "Route 11 linking the campus to the station"
    head = next((i for i, w in enumerate(ws) if w.lower() in _PREPOSITIONS | _PLACE_PREPOSITIONS | _ITEM_PREPOSITIONS
                 or i and w.islower() and len(w) > 5 and w.endswith("ing")), len(ws))
    return 1 <= head <= 3 and all(w[:1].isupper() for w in ws[:head]) and len(ws) - head <= NAME_TAIL_WORDS \
        and not any(w.lower().endswith("ed") or w.lower() in _CLAUSE_WORDS | {"and", "or"} for w in ws[head:])


# an age in figures hyphened before a capitalised name, no article: "and 19-year-old Isla Kerr" (round 17)
_AGE_BEFORE_NAME = re.compile(r"(?<![\w-])\d{1,3}-year-old\s+(?=[A-Z][a-z])")


# a route's number and where it goes: "the 31 to the hospital", "the 46 night bus to Esham", "the 9 express
# from Hale" (a number followed by a count's plural noun, "the 20 buses to ...", is no route)
_ROUTE_NUMBER = re.compile(r"^(the\s+)[A-Z]?(?:\d{1,4}|#{1,4})[A-Z]?(?=(?:\s+[a-z]+(?:[a-rt-z]|ss|us)){0,2}\s+(?:to|from|between|via)\s)")


def _route_number(doc: Document, a: int, b: int, o: Mention) -> bool:
    """Is ``o`` the number of a route opening the item a..b ("the 31 to the hospital")?"""
    route = _ROUTE_NUMBER.match(doc.text[a:b])
    return route is not None and o.start < a + route.end() + 4


# (round 33) a named work and who made it, one item: "Salt Lines by Ada Moor", "The Glass Hour by R. J. Penn"
_WORK_BY_MAKER = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|the|a|in|on|at|for|to|from|with|and)\s+)*){0,5}[A-Z][\w'’-]*"
                            r"\s+by\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


def _plain_item(item: str, names_only: bool) -> bool:
    """Does a piece of text read like one list item (not a clause)?"""
    if _CODE_ITEM.fullmatch(item) or _TITLE_NUMBER.fullmatch(item):
        return True
    item = _romance_joined(item)  # (round 56) "Casal do Monte": one name
    item = _AGED_PERSON.sub("person", item)  # "a 19-year-old from Salford": one person
    item = _AGED_TAIL.sub("", item)  # "a man aged 24": one person
    item = _AGE_BEFORE_NAME.sub("", item)  # "19-year-old Isla Kerr": one person, the age no count
    item = _AGE_GROUP.sub("youngsters", item)  # "free bus travel for under-22s": an age group, no count
    item = _ROUTE_NUMBER.sub(r"\1Route", item, count=1)  # "the 31 to the hospital": a route's number, no count
    if re.match(r"(?:both|all|each)\b", item, re.I):
        return False  # "and both relays": two or more of the things in one item
    if _FIGURE_MASK in item:
        if not re.search(r"[A-Za-z]{2}", item.replace("per cent", "")):
            return False  # a figure alone ("6%, 4% and 2%") is a value, not a thing
        item = re.sub(r"#+(?:\s+#+)*", "figure", item)
    if "x" in item or "×" in item:
        item = _RELAY.sub("relay", item)  # "the 4x100m relay": a relay's legs and distance, a name
    item = _ORDINAL_BEFORE_NOUN.sub(r"\1 nth \2", item)  # "marking the club's 50th season": no count
    if not item or re.search(r"(?<![A-Za-z0-9])\d", item):
        return False  # a number inside the item; a code ("the A45", "an M6 junction") is part of a name
    ws = item.split()
    if names_only:
        return _name_like(item) or _described_name(item) is not None or _det_phrase(item, ws) \
            or _WORK_BY_MAKER.fullmatch(item) is not None
    if len(ws) > _MAX_ITEM_WORDS and not (len(ws) <= 12 and ws[0].lower() in ("a", "an", "the") and "of" in ws[2:4]) \
            and not _name_with_long_tail(ws):
        return False  # a head and its "of" phrase may run longer: "the premiere of a new piece by the orchestra's composer"
    # (round 26) a capitalised clause word is a name's ("Will Ndlovu", "Theresa May", "Emre Can"): an item never
    # opens a sentence, so only a lower-case one makes a clause
    if any(w in _CLAUSE_WORDS for w in ws) and not _gerund_while(item) \
            or re.match(r"(?:as well as|plus|along with|together with)\b", item, re.I):
        return False
    if ws[0].lower() in _PREPOSITIONS:
        return False  # "- against Leicester and Biarritz": not things of the count's kind
    if ws[0][:1].isupper() or ws[0].lower() in _DETERMINERS:
        return True
    if _described_name(item) is not None:
        return True  # "former school board member Rita Vance": a name after its description of up to four words
    # "land off the A45 near Brayford": a short head, then place phrases;
    # "possession of a firearm with intent": a short head, then "of"/"with" phrases
    head = next((i for i, w in enumerate(ws) if w.lower() in _PLACE_PREPOSITIONS | _ITEM_PREPOSITIONS), len(ws))
    return head <= _LOWER_ITEM_WORDS and len(ws) <= _LOWER_ITEM_WORDS or 0 < head <= 2 \
        or 0 < head <= 4 and len(ws) - head <= 3 \
        or 0 < head <= 3 and len(ws) - head == 4 and ws[head + 1].lower() in _DETERMINERS
    # "ring-fenced social care funding for councils"; "no hot water at the kitchen sinks"


# round 25: an offence or activity named by a gerund and "while" with its state, no subject nor verb after it:
# "driving while disqualified", "driving while over the limit" (not "driving while he was banned")
_GERUND_WHILE = re.compile(r"[a-z]{3,}ing\s+while\s+(?!(?:he|she|they|it|we|i|you|his|her|their|its)\b)"
                           r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}")


def _gerund_while(item: str) -> bool:
    return _GERUND_WHILE.fullmatch(item) is not None \
        and not any(w in _CLAUSE_WORDS - {"while"} for w in item.lower().split())


# a closing attribution after the last item: ", the agency said", ", officials confirmed on
# Monday", ", according to the council", ", said a spokesman"
_ATTRIBUTION = re.compile(r"(?!(?:which|who|whom|that|where|when|while|as|but|and|or|it|its)\b)(?:[\w'’.-]+\s+){1,5}?"
                          r"(?:said|says|say|confirmed|announced|reported|added|told\s+[\w'’.-]+)"
                          r"(?:\s+(?:on|last|this|earlier|late|in)(?:\s+[\w'’]+){1,2}|\s+yesterday|\s+today"
                          r"|\s+at\s+(?:the|a|an)(?:\s+[\w'’]+){1,3})?"  # (round 51) "said at the Geneva motor show"
                          r"|(?:(?:said|says)(?!\s+to\b)|according\s+to)\s+(?:the\s+|a\s+|an\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}")


# ", and tickets go on sale": "and", a lower-case subject of one or two words (not "others",
# "more": the list goes on), then its verb
# (round 50) the items told of together after the list: "and each was fined", "and all were sent off"
_THEY_ALL_THEN_VERB = re.compile(r"(?:and|but)\s+(?:each|all|both|they|none)\s+(?:of\s+them\s+)?(?:was|were|is|are|has|"
                                 r"have|had|will|would|could|must|faces?|faced)\b")
_NEW_SUBJECT = re.compile(r"(?:and|but)\s+(?!(?:others?|more|many|several|so|various|numerous|some|all|most|"
                          r"other|also|then)\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+"
                          r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|go|goes|went|"
                          r"[a-z]{3,}ed)\b"
                          # (round 56) a second reported clause: "said ... its four depots, at A, B and C, and that
                          # buses would run" (a subject of up to three words, then its verb)
                          r"|(?:and|but)\s+that\s+(?:[a-z][\w'’-]*\s+){1,3}(?:is|are|was|were|has|have|had|will|would|"
                          r"can|could|may|might|must|should)\b")


# the last item described at the sentence's end: ", also known as ...", ", which ..."
_LAST_DESCRIBED = re.compile(r"(?:(?:also|better|commonly|locally)\s+)?(?:known|called|dubbed|nicknamed)\s+(?:as\s+)?[a-z\"“‘'A-Z]"
                             r"|(?:which|who|whose|where)\s+[a-z]")
# the last item described by an indefinite noun phrase at the sentence's end: "..., the Bandstand and the
# Loft, a small bar above the market." (no "and"/"or" in it: one description, no more items)
_LAST_APPOSED = re.compile(r"(?:a|an)\s+(?!(?:and|or|few|number|couple|handful|total|further|dozen)\b)[\w'’#-]+"
                           r"(?:\s+(?!(?:and|or)\b)[\w'’#.,-]+)*\.?$")
# (round 21) the last item (with its article) singled out by an ordinal or superlative to the sentence's end:
# "..., and a Bactrian camel calf, the first born at the zoo since 1998." (no "and"/"or" in it)
# (round 45: any superlative in -est, "..., and Abra Tintay, the highest at 4,980 metres.")
_LAST_SINGLED_OUT = re.compile(r"the\s+(?:first|only|last|second|third|(?!(?:rest|west|interest|harvest|forest|contest|protest"
                               r"|request|guest|quest|nest|chest|test|pest|vest|crest)\b)[a-z]{2,}est)\s+(?!(?:and|or|of)\b)[\w'’#-]+(?:\s+(?!(?:and|or)\b)[\w'’#.,-]+)*\.?$")
# the whole set (or the last item) described after the list: ", all built in Spain", ", each with 40 staff",
# ", both old and new", ", built in the 1990s", ", most of them in the north" -- a quantifier over the set,
# or a participle with its phrase; no item of the count
_SET_DESCRIBED = re.compile(r"(?:all|each|both|most|none)(?:\s+of\s+(?:them|which|whom|these|those))?\s+(?!(?:and|or|other|others|more)\b)[a-z]"
                            r"|(?:[a-z]{3,}(?:ed|en)|built|run|held|made|sold|set|hit|cut|shut|kept|won|lost|bought|owned|"
                            r"dating|based|located)\s+(?:by|for|with|from|to|in|at|on|between|before|after|since|during|"
                            r"over|under|near|across|into|back|around|up|as)\b")
# (round 56) what the set costs after the list: "...: ten vans, six cars and two buses, at a cost of £4m" (no item)
_SET_PRICED = re.compile(r"(?:at\s+a\s+(?:total\s+|combined\s+|joint\s+)?cost\s+of|costing(?:\s+a\s+(?:total|combined))?)\s+"
                         r"(?:(?:about|around|almost|nearly|roughly|some|more\s+than|over|under|up\s+to)\s+)?#")
# ", and go into the final": "and", a bare verb of the subject, then its object or phrase (not "and
# others", "and elsewhere in", "and across the region": the list goes on)
_NEXT_VERB = re.compile(r"(?:and|but)\s+(?!(?:others?|more|elsewhere|beyond|so|abroad|overseas|nearby|further|then|also|"
                        r"other|too|even|around|throughout|all|both|each|many|several|some)\b)([a-z]+)\s+(?:into|to|the|a|an|"
                        r"their|its|his|her|on|at|for|with|as)\b"
                        r"|(?:and|but)\s+([a-z]{3,}s)\s+(?:(?:about|around|some|nearly|almost|over)\s+)?[\d#]")  # "and employs 900"


# (round 26, mended) ", and a boy of 15", ", and a teenager who cannot be named": one more person after names, told by a
# singular noun and perhaps its own phrase (no verb of a new clause: not "and a spokesman said")
_ONE_MORE_PERSON = re.compile(r"and\s+(?:a|an|another)\s+([a-z]+)\s*(?:$|(?:of|who|aged|from|in|at|whose|with)\b|\d|#)")


def _one_more_person(seg: str) -> bool:
    """Does a segment after a list's last item add one person more ("and a woman of 40")?"""
    more = _ONE_MORE_PERSON.match(seg)
    return more is not None and _persons(categories.normalise(more.group(1)))


def parse_items(text: str, start: int, end: int, names_only: bool, open_end: bool, titles: bool = False,
                long_items: bool = False):
    """Split a list into its items (see ``_parse_items``); a list read for names must hold one."""
    parsed = _parse_items(text, start, end, names_only, open_end, titles, long_items)
    if parsed is not None and names_only and not any(_one_name(text[a:b]) for a, b in parsed[0]):
        return None  # "The two men, a father and his son": no name among them
    if parsed is not None and parsed[0] and _PARTIAL_INSIDE.search(text, start, min(end, parsed[0][-1][1] + 25)):
        return None  # "A, B and C among them", "issues such as A, B and C", "..., among others": some of them
    return parsed


_PARTIAL_INSIDE = re.compile(r"\b(?:among(?:st)?\s+(?:them|others|whom|those)|such\s+as|including|for\s+(?:example|instance)"
                             r"|e\.g\.|etc\b|and\s+others|to\s+name\s+(?:but|a|just))\b", re.I)


def _things_listed(text: str, start: int, end: int, kinds: bool = False):
    """After a copula, things with an article: "a new library, a skate park and a cycle hub" -- three
    items at least, each a noun phrase of up to three words opening with an article, no preposition
    (not a predicate: "were a danger to the public and ...", "a haven for wildlife, ...").  (Round 30) A count
    of kinds names each kind with up to five words, as in an apposition ("The five species were the ..., the
    great crested newt and the ...")."""
    parsed = parse_items(text, start, end, False, True)
    if parsed is None or len(parsed[0]) < 3:
        return None
    for a, b in parsed[0]:
        ws = text[a:b].split()
        if len(ws) > (5 if kinds else 3) or not _det_phrase(text[a:b], ws) or ws[0] not in ("a", "an", "the") \
                or any(w in _PREPOSITIONS | _ITEM_PREPOSITIONS for w in ws):
            return None
    return parsed


# the subject opening its sentence: "The two", "Its three", "Britain's four", "The top two"
_SUBJECT_HEAD = re.compile(r"\s*[\"“‘']?(?:The|Its|Their|His|Her|Our|[A-Z][\w'’.-]*['’]s?)\s+(?:[a-z][\w'’-]*\s+)?")
# after an apposition to the subject, its verb: ", are expected", ", were dropped", ", have been"
# (round 26: a past tense not in "-ed" too, ", fell ill", ", broke ranks")
_SUBJECT_VERB = re.compile(r"\s*,\s+(?:(?:all|both|now|also|still)\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|"
                           r"might|must|should|remain|remained|face|faced|[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b")
# (round 33) or a plain verb of place or motion agreeing with the plural subject, its preposition or adverb after it
# (", go on display next month", ", arrive in May", ", open to the public"): no noun reads so
_PLURAL_PRESENT_VERB = re.compile(r"\s*,\s+(?:(?:all|both|now|also|still)\s+)?(?:go|come|arrive|open|appear|return|begin|"
                                  r"move|head|stand|sit|lie|belong)\s+(?:on|in|to|at|into|onto|from|back|up|next|"
                                  r"this|later|under|between|together|alongside)\b")
# (round 26) a clause after a main clause's words, opened by "that" or a conjunction, its subject the count's noun phrase:
# "Growers warn that the two crops ...", "The bill passed after three MPs ..." (not a fronted "After three defeats, ...")
_CLAUSE_SUBJECT_HEAD = re.compile(r"\s*[\"“‘']?[A-Z][^,;:()\"“”]*?\s(?:that|after|because|when|although|though|while|since|until|"
                                  r"before|once|if|whereas)\s+(?:(?:the|its|their|his|her|our|these|those|[A-Z][\w'’.-]*['’]s?)\s+)?"
                                  r"(?:[a-z][\w'’-]*\s+)?")


_PHRASE_OPENERS = frozenset("the a an this these those last next its their his her our every each".split())


# (round 26, mended) a closed list of degree adverbs and a past participle ("worst affected", "most badly damaged",
# "hardest hit", "badly shaken"): not an adjective or noun in -ly ("elderly", "family") nor a noun in -en ("women")
_DEGREE_ADVERBS = frozenset("worst most least best hardest badly severely seriously heavily critically fatally "
                            "worse harder".split())
_PARTICIPLE_AFTER_DEGREE = re.compile(r"[a-z]{2,}ed|" + IRREGULAR_PARTICIPLES
                                      + r"|stricken|shaken|beaten|broken|frozen|fallen|bitten|hidden|torn|worn")


def _bare_object_end(modifier: str) -> bool:
    """A modifier ending in a bare noun after a verb or a preposition ("that make soap,", "cut off by
    snow,") may hold the first of the things listed ("soap, shampoo and toothpaste"); one ending in a
    phrase with a determiner ("by the drought,", "this month,") or an adverb ("hit hardest,") may not."""
    ws = words(modifier)
    if not ws:
        return False
    return not (any(w in _PHRASE_OPENERS for w in ws[-3:]) or ws[-1].endswith(("est", "ly"))
                or ws[-1] in ("most", "least", "worst", "first", "yet")
                or len(ws) > 1 and ws[-2] in _DEGREE_ADVERBS and _PARTICIPLE_AFTER_DEGREE.fullmatch(ws[-1]) is not None)
    # (round 26) "worst affected,", "most badly damaged,": a participle after an adverb of degree is no bare object


def _counts_kinds(m: Mention) -> bool:
    """A count of kinds ("four breeds", "four breeds of dog"): each item of its list names one kind."""
    return m.noun_span is not None and categories.counts_kinds(m.noun)


# a copula right after a count of kinds, then a lower-case kind: "The four new species will be geckos, ..."
_KINDS_COPULA = re.compile(r"\s+(?:are|were|will\s+be|would\s+be)\s+(?=[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*,)")


def _kinds_copula(text: str, pos: int, end: int) -> _Intro | None:
    copula = _KINDS_COPULA.match(text, pos, end)
    return _Intro("copula", copula.end()) if copula else None


def _kinds_listed(text: str, start: int, end: int):
    """After a copula, the kinds a count of kinds names (round 16): "The three new breeds will be border
    collies, Tibetan terriers and whippets" -- two items at least, each of up to four words, its last word
    lower-case, no preposition, determiner or clause word (not "were a danger to ...", "are those that ...")."""
    parsed = parse_items(text, start, end, False, True)
    if parsed is None or len(parsed[0]) < 2:
        return None
    for a, b in parsed[0]:
        ws = text[a:b].split()
        if len(ws) > 4 or not ws[-1][:1].islower() or _FIGURE_MASK in text[a:b] \
                or any(w.lower() in _PREPOSITIONS | _ITEM_PREPOSITIONS | _PLACE_PREPOSITIONS | _CLAUSE_WORDS
                       | _DETERMINERS | {"and", "or", "both", "all", "other", "others"} for w in ws):
            return None
    return parsed


# (round 27) an article-led item's place, to its end: "the bridge at Ballachulish", "a depot near Stoke-on-Trent"
_ITEM_PLACE = re.compile(r"\s(?:at|in|on|near|outside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")


# (round 62) after a count's comma, two names that each take "the": the list's names all do
_THE_NAME_FIRST = re.compile(r"the\s+[A-Z][\w'’-]*\s*,\s*the\s+[A-Z]")
_THE_NAME_ITEM = re.compile(r"the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
# the apposition closed: the clause goes on (", and", ", where"), or the sentence ends
_THE_NAMES_CLOSED = re.compile(r"\s*(?:[.;]|,\s*(?:and|but|where|which|while)\b|$)")
_CLAUSE_GOES_ON = re.compile(r",\s*(?:and|but|where|which|while)\s+(?!the\s+[A-Z])")


def _the_names_apposed(text: str, start: int, end: int):
    """(round 62) Names that each take "the" in apposition to an object ("six rivers, the Dee, the Spey, the Tay and
    the Tweed, and found ..."): every item "the" and one to three capitalised words, the apposition closed after the
    last."""
    closing = _CLAUSE_GOES_ON.search(text, start, end)
    parsed = parse_items(text, start, closing.start() if closing else end, False, True)
    if parsed is None or len(parsed[0]) < 2 \
            or not all(_THE_NAME_ITEM.fullmatch(text, a, b) for a, b in parsed[0]) \
            or not _THE_NAMES_CLOSED.match(text, parsed[0][-1][1]):
        return None
    return parsed


def _things_apposed(text: str, start: int, end: int):
    """Lower-case things in apposition to the sentence's subject, closed by a comma and the subject's
    verb: "The two crops hit hardest by the drought, wheat, barley and oilseed rape, are ..." -- each
    item a noun phrase of up to three words without a preposition or a possessive determiner (not a
    clause, "farmers said, wheat ...", nor "and their parents"); (round 27) an item with an article may run to four
    words, hold a name ("the Keel Viaduct") and end in a place ("the bridge at Ballachulish")."""
    parsed = parse_items(text, start, end, False, True)
    if parsed is None or len(parsed[0]) < 2:
        return None
    for a, b in parsed[0]:
        ws = text[a:b].split()
        articled = ws[0] in ("a", "an", "the")
        place = _ITEM_PLACE.search(text, a, b) if articled else None
        if place is not None:  # (round 27) "the bridge at Ballachulish": one thing and where it stands
            ws = text[a:place.start()].split()
        if len(ws) > (4 if articled else 3) or not ws[0][:1].islower() or _FIGURE_MASK in text[a:b] \
                or any(w in _PREPOSITIONS | _ITEM_PREPOSITIONS | _PLACE_PREPOSITIONS | _CLAUSE_WORDS
                       | (_DETERMINERS - {"a", "an", "the"}) | {"and", "or", "both", "all", "other", "others"}
                       for w in ws):
            return None
    if not _SUBJECT_VERB.match(text, parsed[0][-1][1]) and not _PLURAL_PRESENT_VERB.match(text, parsed[0][-1][1]):
        return None
    last = text[parsed[0][-1][0]:parsed[0][-1][1]].split()
    if len(last) > 1 and _plural_item(" ".join(last)) and any(
            len(text[a:b].split()) == 1 and not _plural_item(text[a:b]) for a, b in parsed[0][:-1]):
        return None  # "bus, cycle and car lanes": one plural head shared by all
    return parsed


# (round 24) after bare kinds in apposition, the sentence goes on with an adverbial phrase: the apposition closed
# (", in the days before", ", last year", ", during the raid"); not an attribution, ", and ...", nor the sentence's end,
# after which a list of things of its own ("bought two loaves, milk, butter and cheese.") would read the same
_APPOSITION_CLOSED = re.compile(r"\s*,\s+(?:in|on|at|during|before|after|since|until|over|for|from|within|throughout|"
                                r"last|this|earlier|later|when|while|with)\s+[a-z]")  # (round 49) ", with yields ..."
_NOT_BARE_KIND = _PREPOSITIONS | _ITEM_PREPOSITIONS | _PLACE_PREPOSITIONS | _CLAUSE_WORDS | _DETERMINERS \
    | frozenset("and or both all each no any some several various many other more further".split())


def _bare_kinds_apposed(text: str, start: int, end: int):
    """Three kinds at least, each one or two lower-case words, no plural, no determiner, no figure (names of kinds
    of the thing counted: "two painkillers, tramadol, codeine and naproxen,"), the apposition closed by a comma and
    an adverbial phrase (``_APPOSITION_CLOSED``)."""
    parsed = parse_items(text, start, end, False, True)
    if parsed is None or len(parsed[0]) < 3:
        return None
    for a, b in parsed[0]:
        ws = text[a:b].split()
        if len(ws) > 2 or not all(re.fullmatch(r"[a-z][a-z'’-]+", w) for w in ws) \
                or any(w in _NOT_BARE_KIND for w in ws) \
                or _plural_item(text[a:b]) and ws[-1] not in _SINGULAR_IN_S:
            return None
    return parsed if _APPOSITION_CLOSED.match(text, parsed[0][-1][1]) else None


# (round 28) what may close an apposition of kinds with an article: an adverbial phrase, or an infinitive of purpose
# ("..., to trace how they adapted"); not the sentence's end (mend: "examined two species, the habitat, the diet and the
# range." names other objects of the verb)
_KINDS_APPOSITION_END = re.compile(_APPOSITION_CLOSED.pattern + r"|\s*,\s+to\s+[a-z]+\s")
# (mend) a focusing adverb after the last kind ("the hedgehog most often", "the kingfisher especially"): the list gives
# examples
_FOCUS_ADVERBS = frozenset("often especially mostly mainly chiefly largely particularly notably too also".split())


def _focus_adverb(word: str) -> bool:
    return word in _FOCUS_ADVERBS or len(word) > 5 and word.endswith("ly") and not word.endswith("fly")


def _articled_kinds_apposed(text: str, start: int, end: int, count: float):
    """(round 28) Three kinds at least, each led by an article, in apposition right after a count of kinds in object
    position ("sequenced three species, the snow leopard, the clouded leopard, the jaguar and the puma, to trace ...";
    "has dropped four varieties, the russet, the crab apple and the pippin, after ..."): up to five words each, no
    plural, preposition, clause word, second article or figure, the apposition closed by a comma.  Two items may be other
    objects of the verb ("studied three species, the climate and the soil"): silent.  (Mend) The count within one of
    the kinds: a list far shorter gives examples ("holds 20 species, the otter, the vole and the kingfisher, ..."), as
    does a focusing adverb after the last ("the hedgehog most often")."""
    parsed = parse_items(text, start, end, False, True)
    if parsed is None or len(parsed[0]) < 3 or abs(len(parsed[0]) - count) > 1:
        return None
    for a, b in parsed[0]:
        ws = text[a:b].rstrip(" .").split()
        if ws[0] not in ("a", "an", "the") or not 1 < len(ws) <= 5 or _FIGURE_MASK in text[a:b] \
                or any(w.lower() in _NOT_BARE_KIND for w in ws[1:]) or _focus_adverb(ws[-1].lower()) \
                or _plural_item(" ".join(ws)) and ws[-1] not in _SINGULAR_IN_S:
            return None
    return parsed if _KINDS_APPOSITION_END.match(text, parsed[0][-1][1]) else None


def _one_name(item: str) -> bool:
    """A name, a described name, a numbered item or a person by age, "a Turner", or a work and its maker ("Salt Lines
    by Ada Moor"): one named thing."""
    return _name_like(item) or _CODE_ITEM.fullmatch(item) is not None or _described_name(item) is not None \
        or _AGED_PERSON.search(item) is not None or _A_NAME.fullmatch(item) is not None \
        or _WORK_BY_MAKER.fullmatch(item) is not None


_A_NAME = re.compile(r"(?:a|an)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


_DESCRIPTION = re.compile(r"(?:a|an|the|his|her|their|its)\s+(?:[a-z][\w'’-]*|[A-Z]{2,}s?)(?:\s+[\w'’#-]+){0,7}")  # (# a masked figure: round 50)


def _descriptions(region: str, segments) -> frozenset:
    """The segments that describe the name before them, in a list where names and descriptions take
    turns ("Ann Roe, a GP from Leeds, Bo Lee, a teacher, Cy Fox, a nurse, and Di Kerr"): two at least,
    each right after a name, never two in a row; (round 50) an age between a name and its description is the
    name's too ("Ana Ribeiro, 27, a volunteer from Covas, and Tiago Sousa, 41, a forestry technician")."""
    found = []
    ages = {k for k, (a, b) in enumerate(segments) if k and _AGE_ITEM.fullmatch(region[a:b].strip())}
    for k, (a, b) in enumerate(segments):
        seg = region[a:b].strip().rstrip(".").strip()
        if k and _DESCRIPTION.fullmatch(seg) and not _name_like(seg) \
                and (_described_name(seg) is None or re.search(r"\s[A-Z]{2,4}s?$", seg)) \
                and not any(w in _CLAUSE_WORDS | {"and", "or"} for w in seg.split()):
            found.append(k)
    if len(found) < 2 or any(k - 1 in found or k - 1 in ages and k - 2 in found for k in found):
        return frozenset()
    names = [k for k in range(len(segments)) if k not in found and k not in ages]
    if not all(_name_like(re.sub(r"^(?:and|or)\s+", "", region[a:b].strip().rstrip(".").strip()))
               for k, (a, b) in enumerate(segments) if k in names):
        return frozenset()
    if len(found) + 1 < len(names):
        return frozenset()  # most names must be described
    return frozenset(found)


def _parse_items(text: str, start: int, end: int, names_only: bool, open_end: bool, titles: bool = False,
                 long_items: bool = False):
    """Split a list into its items; ``None`` when the list's shape or end is unclear.

    Returns (items as (start, end) spans, whether a final "and"/"or" item was seen).
    ``open_end``: the list may be followed by more of the sentence (apposition, "named
    as"), which must then begin with a lower-case word after the last item.
    ``titles``: the things listed are not people, so one capitalised "X and Y" in the
    middle of the list ("A, B, Bread and Roses, C and D") is one title or name.
    """
    region = text[start:end]
    sep = ";" if ";" in region else ","
    segments = []
    pos = 0
    for piece in region.split(sep):
        segments.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    # (round 50: people listed after a dash, not read for names only, are described so too)
    described = _descriptions(region, segments) if (names_only or not titles) and sep == "," else ()
    items: list[tuple[int, int]] = []
    final = False
    pair_closed = False
    for k, (a, b) in enumerate(segments):
        raw = region[a:b]
        seg = raw.strip()
        if not seg or _DAY_RANGE.search(seg):
            return None  # (round 52) "five evenings a week: Monday to Thursday and Saturday": a range holds several
        if k in described:
            continue  # "Ann Roe, a GP from Leeds, Bo Lee, a teacher, and ...": who each one is
        if final and pair_closed and re.match(r"and\s+[A-Z]", seg):
            final = pair_closed = False  # (round 33) "A, 29, and B, 33, both of Leeds, and C": the pair told where
            # both are from is closed, and one more name ends the list
        if final:
            pair_closed = len(items) >= 2 and bool(_SHARED_BY_PAIR.fullmatch(seg.rstrip(".").strip()))
            # after the "and" item: only modifiers, then the rest of the sentence
            if _is_modifier(seg):
                continue
            if re.match(r"(?:as\s+well\s+as|plus|along\s+with|together\s+with|not\s+to\s+mention)\b", seg):
                return None  # "A and B, as well as C": the list goes on
            if _ATTRIBUTION.fullmatch(seg.rstrip(".").rstrip()) and (
                    k == len(segments) - 1 or re.match(r"\s*(?:and|but)\s", region[segments[k + 1][0]:segments[k + 1][1]])):
                return items, True  # "..., C and D, the agency said.": who says so, no item ((round 50) nor what
                # follows it: "..., C and D, the agency said, and more rain is forecast")
            if open_end and names_only and _PREDICATE_START.match(seg):
                return items, True  # "..., Cedar Way and Dunmore Terrace, were told to leave, and a cordon ...":
                # the subject's verb after the names; a later "and" joins clauses
            if not re.match(r"(?:and|or)\s", seg) \
                    and any(re.match(r"\s*(?:and|or)\s", region[c:d]) for c, d in segments[k + 1:]):
                return None  # "paper and card, glass, cans, and food waste": the first "and" was inside an item
            if not re.match(r"(?:and|or)\s", seg) and _inner_and_first(region, segments, k):
                return None  # "- paper and card, glass, cans and food waste -": so too without the last comma
            if open_end and seg[:1].islower() and not re.match(r"(?:and|or)\b", seg):
                return items, True
            if k == len(segments) - 1 and _LAST_APPOSED.match(seg) and items and _name_like(text[items[-1][0]:items[-1][1]]):
                return items, True  # "..., the Bandstand and the Loft, a small bar above the market." (a name described;
                # not "fish and chips, a soup": which "and" closes the list?)
            if k == len(segments) - 1 and _LAST_SINGLED_OUT.match(seg) and items \
                    and (re.match(r"(?:a|an|the|its|their)\s", text[items[-1][0]:items[-1][1]])
                         or _name_like(text[items[-1][0]:items[-1][1]])):  # (round 45) "and Abra Tintay, the highest at"
                return items, True  # (round 21) "..., and a camel calf, the first born at the zoo since 1998.": one described
            if k == len(segments) - 1 and _LAST_DESCRIBED.match(seg):
                return items, True  # "..., clouded leopards and binturongs, also known as bearcats.": the last one described
            if (_SET_DESCRIBED.match(seg) or _LAST_DESCRIBED.match(seg) or _SET_PRICED.match(seg)) \
                    and _closing_rest(region, segments[k + 1:]):
                return items, True  # "..., the Mull and the Arran, all built in Spain(, the firm said).": the set described
            if _one_more_person(seg):
                return None  # "named as A, B and C, and a boy of 15,": one more of them, not named
            if open_end and names_only and re.match(r"(?:and|but)\s+(?:the|a|an|it|its|their|his|her)\s+[a-z]", seg):
                tail = seg.rstrip(".").split(None, 1)[1]
                if len(tail.split()) <= 4 and _FIGURE_MASK not in tail and _det_phrase(tail, tail.split()):
                    return None  # "..., C and D, and the old hall": one more item, or a new clause?
                return items, True  # "..., C and D, and the winner ...": a new clause
            if open_end and _NEW_SUBJECT.match(seg):
                return items, True  # "..., C and D, and tickets go on sale ...": a new clause
            if len(items) >= 2 and _THEY_ALL_THEN_VERB.match(seg):
                return items, True  # (round 50) "...: A, B and C, and each was fined": the listed, told of together
            verb = _NEXT_VERB.match(seg) if open_end else None
            verb = verb and (verb.group(1) or verb.group(2))
            if verb and not verb.endswith(("ly", "ing")) and verb not in _PREPOSITIONS | _PLACE_PREPOSITIONS \
                    | _DETERMINERS | _NUMBER_WORDS:
                return items, True  # "..., in A, B and C, and head into the final as favourites": the subject's verb
            if open_end and re.match(r"(?:and|but)\s+(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might)"
                                     r"\s+[a-z]", seg):
                return items, True  # "..., C and D, and is expected to ...": the subject's next verb
            return None
        if items and (_is_modifier(seg) or _PARTICIPLE_ASIDE.match(seg) and k < len(segments) - 1):
            continue  # ", 24,", "of Bolton", ", paid for by a levy,": on the item before
        if items and k < len(segments) - 1 and _RELATIVE_ASIDE.match(seg):
            continue  # "..., the poet Ann Roe, who reads in Welsh and English, and ...": on the item before
        if items and k < len(segments) - 1 and _ING_ASIDE.match(seg) \
                and re.match(r"(?:the\s+)?[A-Z]", text[items[-1][0]:items[-1][1]].strip()) \
                and not any(_ING_ASIDE.match(region[x:y].strip()) for x, y in segments[k + 1:]):
            continue  # (round 52) "Flight SW412 to Tunis, departing four times a week, and ...": on the name before
        body = seg
        lead = re.match(r"(?:and|or)\s+", body)
        if lead:
            final = True
            body = body[lead.end():]
        if sep == ";":
            body = _strip_item(body)
        conj = [m for m in re.finditer(r"\s+(?:and|or)\s+", body)]
        conj = [c for c in conj if not _BETWEEN_BEFORE.search(body, 0, c.start())]  # "a crash between a bus and a van"
        if conj and not final and titles and _mid_title(region, segments, k, body, conj):
            conj = []  # "Harbour Lights, Salt and Ash, Nightjar and Kites": one title
        if conj and not final:
            left, right = body[:conj[0].start()], body[conj[0].end():]
            if len(conj) == 2 and not _joined_in_of_phrase(right, list(re.finditer(r"\s+(?:and|or)\s+", right))) \
                    or len(conj) > 2:
                return None
            parts = [left, right]
            final = True
        elif conj and final and lead and _joined_in_of_phrase(body, conj):
            parts = [body]  # "..., and a lack of education and work": the "and" of the item's "of" phrase
        elif conj and final:
            return None  # "and X and Y": unclear
        else:
            parts = [body]
        offset = a + (len(raw) - len(raw.lstrip()))
        for part in parts:
            p = part.strip()
            p_clean = _strip_item(p) if sep == ";" else p.strip(".").strip()
            if not _plain_item(p_clean, names_only) and not (long_items and _long_item(p_clean)) \
                    and not (titles and names_only and _TITLE_SMALL_WORDS.fullmatch(p_clean)) \
                    and not (not names_only and k == len(segments) - 1 and part is parts[-1]
                             and _WHETHER_ITEM.match(p_clean)):
                return None
            found = region.find(p, offset)
            i0 = start + found
            items.append((i0, i0 + len(p_clean)))
            offset = found + len(p)  # (round 28 mend) "the 2020 and the 2021", masked alike: the second after the first
    if not final:
        return None
    return items, True


# (round 22) among names of things (not people), a title's preposition and article between capitalised words: "Gone
# with the Wind", "Night of the Hunter" -- one name (up to seven words, ending in a capitalised word); not a place
# without an article ("Park Lane Surgery in Bexley, Kent,": the county is no item)
_TITLE_SMALL_WORDS = re.compile(r"(?=(?:\S+\s+){0,6}\S+$)(?:(?:The|A|An)\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:at|in|on|of|for|with|to|from|"
                                r"by|under|over)\s+(?:the|a|an)\s+)?[A-Z][\w'’-]*)+")
# a question as the last of the things, to the sentence's end: "four issues: the traffic, the noise, and
# whether the land floods" (one item, its clause its own)
_WHETHER_ITEM = re.compile(r"whether\s+[a-z]")


def _closing_rest(region: str, segments) -> bool:
    """After a description of the set, the rest of the sentence holds no more items: only lower-case
    phrases of the description (not "and ...", "plus ...") or a closing attribution."""
    for k, (a, b) in enumerate(segments):
        seg = region[a:b].strip().rstrip(".").rstrip()
        if k == len(segments) - 1 and _ATTRIBUTION.fullmatch(seg):
            return True
        if not seg[:1].islower() or re.match(r"(?:and|or|plus|as\s+well|along|together|not\s+to)\b", seg):
            return False
    return True


_PREDICATE_START = re.compile(r"(?:were|was|are|is|have|has|had|will|would|could|can|may|might|must|should|did|do|does)"
                              r"\s+[a-z]")


def _joined_in_of_phrase(body: str, conj) -> bool:
    """The last item's own "and" joins the objects of its "of" phrase: "a lack of education and
    work", "the cost of food and fuel" (a lower-case word after the "and", no determiner)."""
    of = re.search(r"\s(?:of|for|in|on)\s+[a-z]", body)
    return of is not None and len(conj) == 1 and conj[0].start() > of.start() \
        and re.match(r"[a-z][\w'’-]*$", body[conj[0].end():].strip().rstrip(".")) is not None


def _mid_title(region: str, segments, k: int, body: str, conj) -> bool:
    """Is the "X and Y" of segment ``k`` one title inside a longer list?  Only when it is
    the list's one such segment, both sides are capitalised, a plain item stands beside
    it and a later segment holds the list's closing "and"/"or"."""
    left, right = body[:conj[0].start()].split(), body[conj[0].end():].split()
    rest = [region[a:b].strip() for a, b in segments[k + 1:]]
    earlier = [region[a:b].strip() for a, b in segments[:k]]
    if left and left[0] == "the" and len(left) > 1 and right and right[0] != "the" \
            and all(re.match(r"(?:(?:and|or)\s+)?the\s+[A-Z]", p) for p in rest + earlier):
        left = left[1:]  # "the Ocean Star, the Sea and Sky, the Baltic Trader": one "the", one name
    if len(conj) != 1 or not left or not right or not all(p[0][:1].isupper() for p in (left, right)):
        return False
    if len(left) == 1 and len(right) > 1:
        return False  # "East and West Sussex", "Tom and Ben Hale": two, sharing a word
    has_conj = [bool(re.search(r"(?:^|\s)(?:and|or)\s", r)) for r in rest]
    if not rest or not re.match(r"(?:the\s+)?[A-Z]", rest[0]) or sum(has_conj) != 1:
        return False  # not "Kent, Leeds and Hull, and York": a pair grouped before the last
    if any(re.search(r"\s(?:and|or)\s", e) for e in earlier):
        return False
    plain = [r for r, c in zip(rest, has_conj) if not c] + earlier
    return len(plain) >= 1


# the things counted are people: "X and Y" in their list may be two of them (the nouns: categories.PERSON_NOUNS)
_PEOPLE = categories.PERSON_NOUNS


def _persons(noun: str | None) -> bool:
    if not noun:
        return True  # "The three - A, B and C": unknown, perhaps people
    return categories.names_persons(noun)


_ROLE = re.compile(r"([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+([A-Z].*)$", re.S)
_LABEL_ARTICLE = re.compile(r"the\s+(?=[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+[A-Z])")


def _label_article_end(seg: str) -> int:
    """Where a role label starts after its "the": 4 in "the striker Kai Brennan" (0 when no "the")."""
    article = _LABEL_ARTICLE.match(seg)
    return article.end() if article else 0


_NOT_ROLE = _CLAUSE_WORDS | _PREPOSITIONS | _DETERMINERS | {"and", "or", "of", "as", "both"}


# people grouped under their team or owner, counted by name: "four players: the Red Lion's Ann Roe and Bo Lee,
# and the Swan's Cy Fox and Di Kerr" (each group a possessive, then one name or names joined by "and")
_OWNED_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_OWNED_GROUP = re.compile(r"(?:the\s+[a-z][\w'’-]*|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})['’]s\s+("
                          + _OWNED_NAME
                          + r"(?:(?:\s*,\s*" + _OWNED_NAME + r")*\s+and\s+" + _OWNED_NAME + r")?)")
_OWNED_SEPARATOR = re.compile(r"\s*[,;]\s*(and\s+)?")
_OWNED_NAME_RX = re.compile(_OWNED_NAME)


# round 25: a name of capitalised words, or two joined by "and" ("Trinidad and Tobago", "St Kitts and Nevis")
_PAIR_NAME_WORDS = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_PAIRED_NAME = re.compile(r"(?P<left>" + _PAIR_NAME_WORDS + r")(?:\s+and\s+(?P<right>" + _PAIR_NAME_WORDS + r"))?")


def _paired_names(text: str, start: int, end: int):
    """Round 25: names of things (not people) closed by a serial comma and "and", some of them two capitalised names
    joined by "and" ("Trinidad and Tobago, Antigua and Barbuda, and St Kitts and Nevis"): the commas part the items,
    so each joined pair is one name -- when the last item is such a pair and the earlier ones are all pairs or all
    single names.  Not a pair sharing a word ("East and West Sussex": two), and three items at least.  The caller
    reads this as inferred (a warning)."""
    segments = [seg.strip() for seg in text[start:end].split(",")]
    if len(segments) < 3 or not segments[-1].startswith("and ") or ";" in text[start:end]:
        return None
    items, pairs, pos = [], [], start
    for k, seg in enumerate(segments):
        body = seg[4:] if k == len(segments) - 1 else seg
        name = _PAIRED_NAME.fullmatch(body.rstrip("."))
        if name is None:
            return None
        if name.group("right") is not None:
            if len(name.group("left").split()) == 1 and len(name.group("right").split()) > 1:
                return None  # "East and West Sussex": two, sharing a word
        pairs.append(name.group("right") is not None)
        a = text.index(body, pos)
        items.append((a, a + len(body.rstrip("."))))
        pos = a + len(body)
    # the serial comma's "and" closes the list, so the last item's own "and" is its name's; earlier pairs are names
    # too when all of them are ("Kent, Leeds and Hull, and York": which "and" closes it?)
    return (items, True) if pairs[-1] and len(set(pairs[:-1])) == 1 else None


_JOINED_NAME = re.compile(r"(?:the\s+)?" + _PAIR_NAME_WORDS + r"(?:\s+&\s+" + _PAIR_NAME_WORDS + ")?")  # (round 27) "Allen & Overy"
_AND_BETWEEN_NAMES = re.compile(r"\s+and\s+")


def _joined_name_bounds(text: str, start: int, end: int, merge_words: bool = False):
    """Round 26: a list of capitalised names parted by commas, some of them joined by "and" inside ("Jamaica, Trinidad
    and Tobago, Antigua and Barbuda and St Lucia"): each "X and Y" before the last comma item may be one name or two,
    and the last item's "and"s hold the list's closing one (after an earlier "X and Y", a last "X and Y" may be one name
    too: "Bosnia and Herzegovina, Trinidad and Tobago", a list without a closing "and"); with ``merge_words`` (round 27,
    an apposition after a comma) one-word names before an "X and Y" name may be words of it.  Returns ((least, its items), (most, its items)), or
    ``None`` when the list does not read so or holds no "and" inside an item."""
    region = text[start:end]
    stop = len(region.rstrip().rstrip(".").rstrip())
    if ";" in region or "," not in region[:stop]:
        return None
    least, most, pos, inner = [], [], start, False
    pieces = region[:stop].split(",")
    for k, piece in enumerate(pieces):
        seg = piece.strip()
        last = k == len(pieces) - 1
        serial = last and seg.startswith("and ")
        body = seg[4:] if serial else seg
        a = text.index(body, pos) if body else -1
        names = _AND_BETWEEN_NAMES.split(body) if body else []
        if not names or not all(_JOINED_NAME.fullmatch(x) for x in names) or len(names) > (4 if last and not serial else 2):
            return None
        if last and not serial and len(names) < 2:
            return None  # no closing "and"
        spans, at = [], a
        for x in names:
            i = text.index(x, at)
            spans.append((i, i + len(x)))
            at = i + len(x)
        most.extend(spans)
        if last and not serial and len(names) == 2 and inner:
            least.append((spans[0][0], spans[-1][1]))  # (review) "A and B, C and D": no "and" need close the list
        elif last and not serial:
            least.extend([(spans[0][0], spans[-2][1]), spans[-1]])  # the last "and" closes the list
            inner = inner or len(names) > 2
        else:
            least.append((spans[0][0], spans[-1][1]))
            inner = inner or len(names) > 1
        pos = a + len(body)
    if not inner or len(least) < 2:
        return None
    if merge_words:
        least = _merge_name_words(text, least)
    if serial and len(names) == 1 and len(most) - len(least) >= 2:
        # (round 30) a serial comma before a last single name closes the list, and with two or more "X and Y" between
        # commas each is one name ("Kensington and Chelsea, Westminster, Hammersmith and Fulham, and Islington": four;
        # a writer listing "Kent, Leeds and Hull, and York" as four would not join twice more)
        return (len(least), least), (len(least), least)
    return (len(least), least), (len(most), most)


def _merge_name_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(round 27) One-word names right before a name joined by "and" may be words of it ("Two trusts, Barking,
    Havering and Redbridge, and Mid and South Essex,": one trust): the least reading merges them into it (as
    ``_ampersand_merges`` does before an "&").  Read only for the comma apposition this round opened: after a colon or
    dash the round-26 reading stands ("Four nations - Jamaica, Barbados, Trinidad and Tobago, ..." is five)."""
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if _AND_BETWEEN_NAMES.search(text, a, b):
            while merged and _ONE_CAPITALISED_WORD.fullmatch(text, *merged[-1]) and "," in text[merged[-1][1]:a]:
                a = merged.pop()[0]
        merged.append((a, b))
    return merged


def _apposition_verb_comma(text: str, start: int, end: int) -> int | None:
    """(round 27) The first comma between start and end that the subject's verb follows, an "and" before it: where an
    apposition to the subject closes ("The three firms, A, B and May, and C, are ...")."""
    for comma in re.finditer(",", text[start:end]):
        at = start + comma.start()
        if _SUBJECT_VERB.match(text, at) and _AND_ITEM.search(text, start, at):
            return at
    return None


def _owned_name_groups(text: str, start: int, end: int):
    """The names of a list of possessive groups to its end ("the Red Lion's Ann Roe and Bo Lee, and the Swan's
    Cy Fox and Di Kerr."), two groups at least, the last after "and", some group holding an "and": the names
    as items (see ``_parse_items``), or ``None``."""
    pos, groups, final = start, 0, False
    items: list[tuple[int, int]] = []
    stop = end
    while stop > start and text[stop - 1] in " .":
        stop -= 1
    joined = False
    while True:
        group = _OWNED_GROUP.match(text, pos, stop)
        if group is None:
            return None
        groups += 1
        joined = joined or " and " in group.group(1)
        items.extend(n.span() for n in _OWNED_NAME_RX.finditer(text, group.start(1), group.end(1)))
        pos = group.end()
        if pos == stop:
            break
        if final:
            return None
        sep = _OWNED_SEPARATOR.match(text, pos, stop)
        if sep is None:
            return None
        final = sep.group(1) is not None
        pos = sep.end()
    if groups < 2 or not final or not joined:
        return None
    return items, True


def parse_role_groups(text: str, start: int, end: int):
    """Names under role labels: "goalkeeper Ann Fox, defenders Bo Lee and Cy Roe, and
    forward Di Kerr" -> the four names.  A plural label may head several names; at
    least two labels; the last group opens with "and"/"or" and runs to ``end``.
    ``None`` when the list does not read so."""
    region = text[start:end].rstrip()
    if region.endswith("."):
        region = region[:-1]
    sep = ";" if ";" in region else ","
    pieces = region.split(sep)
    # "cyclist Bo Kim and rower Cy Roe" without a comma before "and": the last group
    # (a label of up to three words: "and non-executive directors Mark Hale and Sunita Rao")
    tail = re.search(r"\s+(?=(?:and|or)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+[A-Z])", pieces[-1])
    if tail and not re.match(r"\s*(?:and|or)\s", pieces[-1]):
        pieces[-1:] = [pieces[-1][:tail.start()], pieces[-1][tail.start():]]
    items: list[tuple[int, int]] = []
    labels = 0
    open_plural = False  # the last label was plural and may take more names
    closing = False  # (round 27) the closing "and" opened a plural label before the last piece
    pos = 0
    for k, piece in enumerate(pieces):
        a = pos
        pos += len(piece) + 1
        seg = piece.strip()
        if not seg:
            return None
        if _is_modifier(seg) and items:
            continue
        lead = re.match(r"(?:and|or)\s+", seg)
        last = k == len(pieces) - 1
        if lead and closing or not lead and last and not closing:
            return None  # the closing "and" must open the last group, and only it ...
        # ... or a last group under a plural label that runs on over commas: "commander A, pilot B, and mission
        # specialists C, D and E" (round 27)
        closing = closing or bool(lead) and not last
        if lead:
            seg = seg[lead.end():]
        role = _ROLE.match(seg, _label_article_end(seg))
        if closing and not lead and (role or not open_plural or last and not re.search(r"\s(?:and|or)\s", seg)):
            return None  # after the closing label only its names, the last joined by "and"
        if role and not any(w in _NOT_ROLE for w in role.group(1).split()):
            label = role.group(1).split()[-1]
            names = role.group(2)
            labels += 1
            # ((round 60) or a plural in "-men": "batsmen A and B, and seamer C")
            plural = label.endswith("s") and not label.endswith("ss") or label.endswith("men") or label == "children"
            if closing and not plural:
                return None
        elif open_plural and not lead:
            names, plural = seg, True  # "defenders Bo Lee, Cy Roe and ..."
        else:
            return None
        parts = re.split(r"\s+(?:and|or)\s+", names)
        if len(parts) > 2 or (len(parts) == 2 and not plural):
            return None
        for part in parts:
            part = part.strip()
            if not _name_like(part):
                return None
            i0 = start + text[start:end].find(part, a)
            items.append((i0, i0 + len(part)))
        open_plural = plural and len(parts) == 1
    return items if labels >= 2 else None


# (round 56) a thing under a label with its name(s) ("the ferries Ran and Eir", "the tug Brim"), one counted ("two
# trawlers from Hull") or one unnamed ("a yacht")
_LABELLED_THING = re.compile(r"(?:the\s+)?((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
                             r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)")
_COUNTED_THING = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}"
                            r"(?:\s+(?:from|of|at|in)\s+[A-Z][\w'’-]*)?")
_UNNAMED_THING = re.compile(r"(?:a|an)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}")


def _named_counted_things(doc: Document, m: Mention, text: str, start: int, end: int, base: int):
    """(round 56) A colon or dash list of things mixing names under labels, counted things and unnamed ones ("seven
    boats: the ferries Ran and Eir, the tug Brim, two trawlers from Hull and a yacht"): the names one each, the counted
    items their count (``_counted_items``), the others one each.  Two names joined under a plural label at least, a
    counted or unnamed item at least; every piece one of these shapes, the last after "and"; else ``None``."""
    region = text[start:end].rstrip().rstrip(".")
    pieces = [p for p in re.split(r"\s*,\s*", region)]
    last = re.split(r"\s+and\s+(?=(?:two|three|four|five|six|seven|eight|nine|ten|a|an|the)\s)", pieces[-1])
    if len(last) == 2:
        pieces[-1:] = [last[0], "and " + last[1]]
    if len(pieces) < 3 or not pieces[-1].startswith("and "):
        return None
    counts = {o.start: o for o in doc.mentions_in(m.sentence) if o.kind == Kind.COUNT and o.noun_span is not None}
    items, pos, joined, other = [], start, False, False
    for k, piece in enumerate(pieces):
        at = text.find(piece, pos, end)
        if at < 0 or not piece.strip():
            return None
        pos = at + len(piece)
        body = piece[4:] if piece.startswith("and ") else piece
        if body.startswith("and "):
            return None
        b0 = at + len(piece) - len(body)
        if k < len(pieces) - 1 and piece.startswith("and "):
            return None
        if _COUNTED_THING.fullmatch(body) is not None and b0 + base in counts:
            items.append((b0, b0 + len(body)))
            other = True
        elif _UNNAMED_THING.fullmatch(body) and not _plural_item(body):
            items.append((b0, b0 + len(body)))
            other = True
        elif (named := _LABELLED_THING.fullmatch(body)) is not None \
                and not any(w in _NOT_ROLE for w in named.group(1).split()):
            names = re.split(r"\s+and\s+", named.group(2))
            label = named.group(1).split()[-1]
            if len(names) == 2 and not (label.endswith("s") and not label.endswith("ss")):
                return None  # "the tug Brim and Eir": which is the tug?
            joined = joined or len(names) == 2
            for name in names:
                i0 = text.find(name, b0 + named.start(2), b0 + len(body))
                items.append((i0, i0 + len(name)))
        else:
            return None
    return items if joined and other else None


# a count word, or a count of members compounded on a group noun ("the four-member crew")
_COUNT_TEXT = re.compile(r"(?:[A-Za-z]+|\d{1,2}|[Hh]alf\s+a\s+dozen)"  # (round 54: "Half a dozen cheeses: ...")
                         r"(?:-(?:member|strong|person|man|woman|nation|country|party|team))?")


# (round 39) "and" between two capitalised words, the second not opening a new item of the list
_CAPITAL_AND_CAPITAL = re.compile(r"[A-Z][\w'’.-]*\s+and\s+[A-Z]")


def _names_joined_inside(doc: Document, rel: ListedItems) -> bool:
    """More items than counted, and "and" joins capitalised words twice within one item: names that hold "and"
    themselves ("Two trusts - Barking, Havering and Redbridge University Hospitals and Guy's and St Thomas' -"), so
    the items cannot be told apart."""
    if not rel.items or rel.count is None or rel.count.value is None or len(rel.items) <= rel.count.value:
        return False
    return any(len(_CAPITAL_AND_CAPITAL.findall(item.text)) >= 2 for item in rel.items)  # an "item" holding two


# (round 41) "and" inside an item, joining lower-case words ("the fuel levy and the excise"; not a name's own "and",
# "Trinidad and Tobago", "Salt and Iron"; not an age's or a figure's "60 and over"), and not the "and" of "between
# ... and", "both ... and"
_AND_INSIDE = re.compile(r"(?<!\d)\sand\s+(?!(?:over|under|above|below|older|younger|upwards|up|more|less)\b)[a-z]")
_PAIRED_AND = re.compile(r"\b(?:between|both)\b", re.I)


def _closed_at_earlier_and(rel: ListedItems) -> bool:
    """An item before the last holds "and" ("three taxes: VAT, the fuel levy and the excise on spirits, wine and
    beer"): the list may close at that "and", the words after it one item holding a list of its own.  Where the count
    is what that reading gives, either reading may be meant: silent (round 41; a count below both still contradicts)."""
    if rel.count is None or rel.count.value is None or rel.partial or rel.total:
        return False
    for k, item in enumerate(rel.items[:-1]):
        if _AND_INSIDE.search(item.text) and not _PAIRED_AND.search(item.text):
            return rel.count.value == k + 2
    return False


# (round 41) the names of countries and territories that hold "and" themselves: a list ending "Chile, Trinidad and
# Tobago" may name one country last, or two
_NAMES_HOLDING_AND = frozenset(re.sub(r"\s+", " ", name) for name in """Trinidad and Tobago|Antigua and Barbuda|
    Bosnia and Herzegovina|St Kitts and Nevis|St. Kitts and Nevis|Saint Kitts and Nevis|Sao Tome and Principe|
    São Tomé and Príncipe|St Vincent and the Grenadines|St. Vincent and the Grenadines|Saint Vincent and the Grenadines|
    Turks and Caicos|Turks and Caicos Islands|Wallis and Futuna|Saint Pierre and Miquelon|St Pierre and Miquelon|
    Heard Island and McDonald Islands|Svalbard and Jan Mayen|South Georgia and the South Sandwich Islands""".split("|"))


def _country_holding_and(doc: Document, rel: ListedItems) -> bool:
    """Two items joined by "and" that are one name ("Three countries joined: Peru, Chile, Trinidad and Tobago"):
    where the count is what the list gives with them read as one, either reading may be meant: silent (round 41; a
    count below both still contradicts); and (round 42) where it is the list as read ("Four countries: ..."), no
    verification either: the names say three."""
    if rel.count is None or rel.count.value is None or rel.partial or rel.total or len(rel.items) < 2:
        return False
    return _count_between_readings(rel, sum(1 for a, b in zip(rel.items, rel.items[1:])
                                            if re.sub(r"\s+", " ", doc.text[a.start:b.end].strip()) in _NAMES_HOLDING_AND),
                                   as_read=True)  # (round 42) "Four countries: Peru, Chile, Trinidad and Tobago": silent


_SCORE_UNITS = frozenset({"points", "pts", "runs"})


def find_listed_items(doc: Document):
    for m in doc.mentions:
        if m.kind != Kind.COUNT or m.is_range or m.value is None:
            continue
        if m.hedge:
            if not _about_as_preposition(doc, m):
                continue
            m = _without_about(m)
        # (a whole value compared by its numerator: two int comparisons, not two of a Fraction in Python)
        # (round 33) a whole above MAX_COUNT is read only as the whole a part is taken from ("Three of the
        # 40 libraries - A, B, C and D -"): the part is what its list counts
        whole_only = m.value.numerator > MAX_COUNT
        if m.value.denominator != 1 or m.value.numerator < MIN_COUNT or whole_only and not _partitive(doc, m):
            continue
        if not _COUNT_TEXT.fullmatch(m.text.strip()) and not _members_compound(m) \
                and not (whole_only and m.text.strip().isdigit()):
            continue  # "two", "12", "four-member": not "2m", "1,200" ("of the 120 shops" as a whole)
        if m.noun_span is not None and _JOINED_GROUP.match(doc.text, m.noun_span.end):
            continue  # "Two men and a woman - A, B and C -": a list would name the whole group
        if (m.noun or "").lower() in _SCORE_UNITS and any(
                o.kind == Kind.COUNT and m.end < o.start <= m.noun_span.end + 12 for o in doc.mentions_in(m.sentence)):
            continue  # (round 58) "kicked 17 points - four penalties, a drop goal and a conversion -": scores of
            # different worth, no count of items
        rel = _listed(doc, m) if whole_only else next((r for read in _READINGS if (r := read(doc, m)) is not None), None)
        if rel is not None and not _ampersand_reading(doc, rel) and not (whole_only and rel.count is m) \
                and not _names_joined_inside(doc, rel) and not _closed_at_earlier_and(rel) \
                and not _country_holding_and(doc, rel):
            yield rel
    yield from _occasions(doc)
    yield from _minute_events(doc)
    yield from _weekdays_listed(doc)
    for m in _count_words(doc):
        # "A trio of firms, Arco and Belmar, bid": a collective's count is explicit, with or without its noun
        rel = _listed(doc, m, collective=m.noun_span is None or m.text.lower() in _COLLECTIVE)
        if rel is not None and not _ampersand_reading(doc, rel):
            yield rel


# (round 26) one-word names before an "&" name, parted by commas, may be its own words: "Earth, Wind & Fire",
# "Emerson, Lake & Palmer", "Grant, Thornton & Co"
_ONE_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’.-]*")


def _ampersand_merges(doc: Document, items) -> int:
    """How many items may be words of an "&" name after them: the one-word capitalised items right before each item
    holding an "&" (round 26)."""
    merges = 0
    for k, item in enumerate(items):
        if "&" not in item.text:
            continue
        j = k - 1
        while j >= 0 and _ONE_CAPITALISED_WORD.fullmatch(items[j].text) and "," in doc.text[items[j].end:items[j + 1].start]:
            merges += 1
            j -= 1
    return merges


def _ampersand_reading(doc: Document, rel: ListedItems) -> bool:
    """The count matches the list read with some one-word names merged into the "&" name after them ("three
    headliners: Florence + the Machine, Earth, Wind & Fire and Mumford & Sons"): either reading may be meant, silent
    (a count below both readings still contradicts) (round 26)."""
    if not any("&" in item.text for item in rel.items):
        return False
    return _count_between_readings(rel, _ampersand_merges(doc, rel.items))


def _count_between_readings(rel: ListedItems, merges: int, as_read: bool = False) -> bool:
    """The count lies between the list as read and the list with ``merges`` pairs of its items read as one: either
    reading may be meant, silent (a count below both still contradicts).  ``as_read`` (round 42): the list's own count
    as read is one of the readings too, so a verification there would claim a reading the names may not bear."""
    n = rel.total or len(rel.items)
    return merges > 0 and n - merges <= int(rel.count.value) < n + as_read


# Count words the grammar leaves alone: "Both crossings - A, B and C -", "The trio, A, B and C,"
# (round 31: a side's or a nation's name may modify the noun, "Both India openers, A, B and C,")
_BOTH = re.compile(r"\b([Bb]oth)\s+((?:(?!(?:The|A|An|Of|And)\s)[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+){0,2}?"
                   r"(?:[a-z][\w'’-]*s|men|women|children|people))\b"
                   r"(?=\s*(?:[,:]|\s[-–—]\s|—|\s+(?:are|were|went|belong|as|named|identified)\b)"
                   r"|(?:\s+[a-z][\w'’-]*){1,6}\s*(?::|\s[-–—]\s|—))")
# "Both of the club's goalkeepers - A, B and C -": "both of" a set of two (a comma too, as after "both" + noun:
# "Both of the injured walkers, A, B and C, were ...")
# (round 56) or of a name's possessive: "Both of Ashby's new coaches - A, B and C -"
_BOTH_OF = re.compile(r"\b([Bb]oth)\s+of\s+(?:(?:the|its|their|his|her|our)\s+(?:[A-Za-z][\w'’-]*['’]s?\s+)?"
                      r"|(?!(?:The|Its|Their|His|Her|Our|Them|These|Those)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}['’]s?\s+)"
                      r"((?:[a-z][\w'’-]*\s+)?(?:[a-z][\w'’-]*[a-rt-z]s|men|women|children|people))"
                      r"(?=\s*(?:[:,]|\s[-–—]\s|—|\s+(?:are|were)\s+[A-Z]))")
_COLLECTIVE = {"pair": 2, "duo": 2, "twosome": 2, "twins": 2, "trio": 3, "threesome": 3, "quartet": 4,
               "foursome": 4, "quintet": 5, "sextet": 6, "septet": 7, "octet": 8}
_THE_COLLECTIVE = re.compile(r"\b(?:[Tt]he)\s+(" + "|".join(_COLLECTIVE) + r")\b")
# "a trio of firms - A, B, C and D -": the collective counts the noun after "of"
_A_COLLECTIVE = re.compile(r"\b(?:[Aa]|[Aa]nother)\s+(" + "|".join(c for c in _COLLECTIVE if c != "twins") +
                           r")\s+of\s+((?:[a-z][\w'’-]*\s+){0,2}?(?:[a-z][\w'’-]*[a-rt-z]s|men|women|children|people))\b")


# "The uncapped trio of A, B, C and D", "a pair of Ann Roe and ...": the names straight after "of"
_COLLECTIVE_OF_NAMES = re.compile(r"\b(?:[Tt]he|[Aa]|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\w-]+['’]s?)\s+"
                                  r"(?:[A-Za-z][\w'’-]*\s+){0,2}?(" + "|".join(c for c in _COLLECTIVE if c != "twins") +
                                  r")\s+of\s+(?=[\"“‘']?[A-Z])")
_NAME = r"[\"“‘']?[A-Z][\w'’.-]*[\"”’']?"
_AFTER_NAMES = re.compile(r"(?P<names>" + _NAME + r"(?:\s*,?\s+(?:(?:and|of|de|van|von|der|da|le|la|du|al|bin)\s+)?"
                          + _NAME + r")*)\s+(?!(?:and|or|of)\b)(?![a-z][\w'’-]*[a-rt-z]s\b(?<!\bhas)(?<!\bwas)(?<!\bdoes))"
                          r"[a-z]")  # not a shared plural head: "a pair of Nike, Adidas and Puma trainers"
_OF_NAMES = re.compile(r"\s+(?:of\s+)?(?=[\"“‘']?[A-Z])")
_NOT_MODIFIER = r"(?i:will|would|can|could|to|must|should|may|might|shall|did|does|do|and|or|not|also|then|is|are|was|were)"
# "Uncapped trio A, B, C and D", "The Leeds trio A, B and C", "the experienced pair, A, B and C,": a collective
# after a capitalised word, or a determiner and up to two modifiers, then names (not "will pair Smith ...")
_COLLECTIVE_NAMES = re.compile(r"(?:^\s*[\"“‘']?|\b(?:[Tt]he|[Aa]|[Aa]n|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[\w-]+['’]s)\s+"
                               r"(?:(?!" + _NOT_MODIFIER + r"\b)(?![a-z][\w'’-]*[^su\W]s\s)[A-Za-z][\w'’-]*\s+){0,2}?|"
                               r"\b(?!(?:To|And|But|Or|Will|Can|We|They|He|She|It|I|You|"
                               r"Then|So|If|When)\b)[A-Z][\w'’-]*\s+)(" + "|".join(c for c in _COLLECTIVE if c != "twins")
                               + r")(?=\s+[\"“‘']?[A-Z]|\s*,\s*[\"“‘']?[A-Z])")


_NOUN_AFTER = re.compile(r"\s+((?:[a-z][\w'’-]*\s+){0,2}?(?:[a-z][\w'’-]*[a-rt-z]s|men|women|children|people))\b")


# a determiner or a name's possessive before a whole: "two of the", "two of Ravi Shah's five novels" (round 31)
_POSSESSOR = r"(?:the|its|their|his|her|our|these|those|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:['’]s|s['’]))"  # (round 37) "Buenos Aires'"


# "all five of the bloc's largest economies - A, B and C -": the count's things after "of the" (round 31: or after a
# name's possessive, "four of Edith Marwood's late seascapes - A, B and C -")
_OF_NOUN = re.compile(r"\s+of\s+" + _POSSESSOR + r"\s+"
                      # (round 49) or an adjective naming people: "Two of the injured - A, B and C -"
                      r"((?:[\w'’-]+\s+){0,4}?(?:[a-z][\w'’-]*[a-rt-z]s|men|women|children|people|injured|dead|"
                      r"wounded|missing|accused|detained|arrested|rescued))"
                      r"(?=(?:\s+(?:at|in|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?[A-Z][\w'’-]*)?"  # "at Saturday's Brackendale Show"
                      r"(?:\s+" + _THIS_TIME_RX + r")?"  # "last week"
                      r"(?:(?:\s+[a-z][\w'’-]*){1,3}(?=\s*(?::|\s[-–—]\s|—)))?"  # (round 27) "rated ... schools inadequate -"
                      r"\s*(?:[:]|\s[-–—]\s|—|,\s*(?:named|identified)\b"
                      r"|,\s*(?![^,;:.]*\d)(?:[a-z]+\s+)?[\"“‘']?[A-Z]))")  # (round 21) "Two of the club's players, striker A, B and C,"


_OF_THEM = re.compile(r"\s+of\s+(them|those)(?=\s*(?::|\s[-–—]\s|—|,\s*(?:named|identified)\b))")


def _with_noun(doc: Document, m: Mention) -> Mention:
    """A noun the grammar did not attach: "the five shortlisted novels"."""
    end = doc.sentences[m.sentence].end
    rx = _OF_NOUN.match(doc.text, m.end, end)
    if rx is not None and not any(m.end < o.start < rx.end(1) for o in doc.mentions_in(m.sentence)) \
            and not any(w in _CLAUSE_WORDS | _PREPOSITIONS | {"and", "or", "of"} for w in rx.group(1).split()):
        return replace(m, noun=doc.text[m.end:rx.end(1)].strip(), noun_span=Span(rx.start(1), rx.end(1)))
    rx = _OF_THEM.match(doc.text, m.end, end)
    if rx is not None:  # "Three of them - A, B and C -": the three named
        return replace(m, noun=None, noun_span=Span(rx.start(1), rx.end(1)))
    rx = _NOUN_AFTER.match(doc.text, m.end, end)
    if rx is None or any(w in _CLAUSE_WORDS | _PREPOSITIONS | {"and", "or", "of"} for w in rx.group(1).split()):
        return m
    return replace(m, noun=rx.group(1), noun_span=Span(rx.start(1), rx.end(1)))


def _holds_collective(text: str, collectives: list[str]) -> bool:
    """A collective word as written ("the trio", "a pair of"), one of those the document holds in lower case:
    what _A_COLLECTIVE, _THE_COLLECTIVE and the collectives before names each match (case-sensitive)."""
    return any(w in text for w in collectives)


# (round 24, speed) the collectives that hold "tet" ("quartet" ... "octet"): none is in a text without it
_TET_COLLECTIVES = frozenset(w for w in _COLLECTIVE if "tet" in w)


def _count_words(doc: Document):
    """Pseudo-mentions for "both" + plural noun and "the pair" / "the trio"."""
    lowered_doc = doc.text.lower()
    # (round 24, speed: the five in "-tet" looked for only in a text that holds "tet": one search, not five)
    tets = "tet" in lowered_doc
    collectives = [w for w in _COLLECTIVE if (tets or w not in _TET_COLLECTIVES) and w in lowered_doc]  # substring tests: fast, most documents hold none
    if not collectives and "both" not in lowered_doc:
        return
    # the sentences holding one of the words, found by searching the text (not a test per sentence)
    starts = [sent.start for sent in doc.sentences]
    chosen = set()
    for cue in ("both", *collectives):
        at = lowered_doc.find(cue)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            if k >= 0 and at + len(cue) <= doc.sentences[k].end:
                chosen.add(k)
            at = lowered_doc.find(cue, at + 1)
    for k in sorted(chosen):
        sent = doc.sentences[k]
        if sent.chrome or sent.headline:
            continue
        text = doc.text[sent.start:sent.end]
        lowered = lowered_doc[sent.start:sent.end]
        # the patterns below start at common words ("a", "the"): look for
        # their rare words first, most sentences have none
        has_both = "both" in lowered
        has_collective = any(w in lowered for w in collectives)
        if not has_both and not has_collective:
            continue
        for rx in (_BOTH_OF.finditer(text) if has_both else ()):
            a = sent.start + rx.start(1)
            n0, n1 = sent.start + rx.start(2), sent.start + rx.end(2)
            yield Mention(a, a + 4, doc.text[a:a + 4], Kind.COUNT, value=Fraction(2), precision=Fraction(1),
                          interval=Interval.point(Fraction(2)), noun=rx.group(2), noun_span=Span(n0, n1),
                          sentence=sent.index)
        for rx in (_BOTH.finditer(text) if has_both else ()):
            a = sent.start + rx.start(1)
            noun = rx.group(2)
            if noun.split()[0] in ("of", "the", "sides") or any(w in _CLAUSE_WORDS for w in noun.split()):
                continue
            n0 = sent.start + rx.start(2)
            yield Mention(a, a + 4, doc.text[a:a + 4], Kind.COUNT, value=Fraction(2), precision=Fraction(1),
                          interval=Interval.point(Fraction(2)), noun=noun, noun_span=Span(n0, n0 + len(noun)),
                          sentence=sent.index)
        # (the patterns below each need a collective word, as written in lower case: most "both" sentences have none)
        for rx in (_A_COLLECTIVE.finditer(text) if _holds_collective(text, collectives) else ()):
            a, b = sent.start + rx.start(1), sent.start + rx.end(1)
            noun = rx.group(2)
            if any(w in _CLAUSE_WORDS | _PREPOSITIONS | {"and", "or", "of"} for w in noun.split()):
                continue
            value = Fraction(_COLLECTIVE[rx.group(1)])
            n0 = sent.start + rx.start(2)
            yield Mention(a, b, doc.text[a:b], Kind.COUNT, value=value, precision=Fraction(1),
                          interval=Interval.point(value), noun=doc.text[b:n0 + len(noun)].strip(),
                          noun_span=Span(n0, n0 + len(noun)), sentence=sent.index)
        seen = set()
        for rx in ((*_THE_COLLECTIVE.finditer(text), *_COLLECTIVE_OF_NAMES.finditer(text),
                    *_COLLECTIVE_NAMES.finditer(text)) if _holds_collective(text, collectives) else ()):
            a, b = sent.start + rx.start(1), sent.start + rx.end(1)
            if a in seen:
                continue
            seen.add(a)
            value = Fraction(_COLLECTIVE[rx.group(1)])
            yield Mention(a, b, doc.text[a:b], Kind.COUNT, value=value, precision=Fraction(1),
                          interval=Interval.point(value), sentence=sent.index)


# (round 31) a whole fronted before its part: "Of the 12 nations that have signed, only three", "Among the 30 bridges
# inspected, five"
_FRONTED_OF = re.compile(r"\s*(?:Of|Among|Amongst)\s+(?:the|its|their|our|these|those)\s+(?P<rest>[^,;:()–—]{1,80}),\s+"
                         r"(?:(?:only|just|a\s+mere|some)\s+)?")


def _fronted_whole(doc: Document, m: Mention) -> Mention | None:
    """The count of the whole in a phrase that opens the sentence before a bare count ("Of the 12 nations that
    have ratified it, only three - ..."): the one count there, with its noun."""
    sent = doc.sentences[m.sentence]
    fronted = _FRONTED_OF.fullmatch(doc.text, sent.start, m.start)
    if fronted is None:
        return None
    counts = [o for o in doc.mentions_in(m.sentence) if o.end <= m.start and o.is_quantity]
    if len(counts) != 1 or counts[0].kind != Kind.COUNT or counts[0].noun_span is None or counts[0].value is None \
            or counts[0].hedge or counts[0].is_range or not fronted.start("rest") == counts[0].start:
        return None
    return counts[0]


# "The four are ...", "The final four were ...": "The N" opening its sentence
_THE_ADJECTIVES = frozenset("final last top other remaining first original".split())
_THE_OPENING = re.compile(r"\s*The(?:\s+(?:" + "|".join(_THE_ADJECTIVES) + r"))?\s*")
# verbs and nouns of speaking, asking and thinking take "about" as a preposition: "asked about
# five issues" counts five issues exactly, it hedges nothing
_ABOUT_WORDS = frozenset("""ask asked asks asking talk talked talks talking speak spoke speaking complain complained
    complaints complaint worry worried worries concerns concerned warn warned warning warnings question questions
    questioned think thought know knew learn learned learnt care cared write wrote written read debate debated
    argue argued protest protested protests campaign campaigned told tell tells teach taught""".split())


# verbs of building or centring take "around" as a preposition: "a menu built around four dishes"
_AROUND_WORDS = frozenset("""built build builds building centred centered centres centers centring based organised
    organized designed structured revolve revolves revolved revolving focused focussed grouped arranged clustered
    framed shaped planned""".split())


def _about_as_preposition(doc: Document, m: Mention) -> bool:
    if m.hedge not in ("about", "around") or not m.text.lower().startswith(m.hedge):
        return False
    before = words(doc.text[max(doc.sentences[m.sentence].start, m.start - 20):m.start])
    return bool(before) and before[-1].lower() in (_ABOUT_WORDS if m.hedge == "about" else _AROUND_WORDS)


def _without_about(m: Mention) -> Mention:
    """The count of "asked about five issues" without its preposition: "five", exact."""
    cut = re.match(r"(?:about|around)\s+", m.text)
    return replace(m, start=m.start + cut.end(), text=m.text[cut.end():], hedge=None,
                   interval=Interval.point(m.value)) if cut else m


def _plural_item(item: str) -> bool:
    """A common noun phrase ending in a plural ("their parents", "two beetles"): several things."""
    last = item.split()[-1] if item.split() else ""
    if last[:1].isupper() or _name_like(item):
        return False
    return last.lower() in ("men", "women", "children", "people", "police", "staff", "crew", "family") or \
        len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s"))


# an "-s" word that is no plural: a subject, a game or a thing of one ("maths, physics and chemistry")
_SINGULAR_IN_S = frozenset("""maths news series species means politics physics economics athletics gymnastics
    darts bowls billiards snooker measles mumps diabetes lens gas bus""".split())
_SEVERAL_WORDS = frozenset("some several various assorted numerous many other more further".split())


_ARTICLE_OPENS = re.compile(r"\s*(?:the|an?)\s", re.I)
_BARE_PLURAL_WORDS = 4
# counts of groups, classes or kinds grown: "seven groups of staff: porters, cleaners, ...", "five fruit crops:
# apples, pears, ...", one plural each
# (round 56) or product lines and ranges: "six product lines: manhole covers, drain grates, ...", one plural each
_GROUPING_NOUNS = frozenset("groups categories classes genres grades crops".split())
# (round 56) "six product lines: covers, grates, ...": lines or ranges of products, one bare plural each (plain "eight
# lines - candles, soaps and ..." may be several lines of candles)
_PRODUCT_GROUPS = re.compile(r"\bproduct\s+(?:lines|ranges)$", re.I)
# (round 34) counts of what a plan or a programme sets out: each item is one of them, a plural phrase too ("six
# pledges: ..., votes at 16 and ...", "four provisions: ..., fines for late payment and ...")
_PROPOSAL_NOUNS = frozenset("""pledges promises proposals provisions measures priorities demands recommendations
    commitments reforms policies objectives principles pillars planks""".split())


def _bare_head(item: str) -> tuple[str, int] | None:
    """The head word of a noun phrase with no article, number or name before it ("scarves", "new bus lanes",
    "paintings by Turner": the last word before a preposition) and the phrase's length; ``None`` for any other
    item ("a range of gloves", "two sculptures", "extending the clerk's hours", "Leeds")."""
    ws = item.strip().rstrip(".").split()
    if not ws or not ws[0][:1].islower() or ws[0] in _DETERMINERS | {"no"} or ws[0] in _NUMBER_WORDS - _SEVERAL_WORDS \
            or _name_like(item):
        return None
    head = next((i for i, w in enumerate(ws) if i and w.lower() in _PREPOSITIONS | _ITEM_PREPOSITIONS
                 | _PLACE_PREPOSITIONS), len(ws))
    if any(w.lower() in _DETERMINERS or w[:1].isupper() for w in ws[1:head]):
        return None  # "extending the clerk's hours": a verb and its object
    last = re.sub(r"[^\w'’-]", "", ws[head - 1]).lower()
    return (last, len(ws)) if last else None


def _plural_word(head: str) -> bool:
    return head not in _SINGULAR_IN_S and not head.endswith("ics") and (
        head in ("men", "women", "children", "people", "police", "staff", "crew")
        or len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s")))


def _several_in_plural(doc: Document, m: Mention, items: list[str]) -> bool:
    """A short plural with no number or article ("scarves", "new bus lanes", "paintings by Turner") may stand
    for several of the things counted, so the count may be above the items: "six products: scarves, hats and a
    range of gloves" is no contradiction (a count below them still is).  Not when the count is of kinds ("four
    species: red pandas, ...") or another item is a bare singular or mass noun, naming kinds one each ("six
    crops: wheat, barley, potatoes and sugar beet"; "four problems: fire detection, drainage pumps, ..."), nor
    beside an action ("five proposals: lowering the voting age to 16, a new senate, fixed terms and ...")."""
    heads = [_bare_head(item) for item in items]
    if _counts_kinds(m) or m.noun_span is not None and _head_noun(m) in _GROUPING_NOUNS | _PROPOSAL_NOUNS \
            or m.noun_span is not None and _PRODUCT_GROUPS.search(doc.text, m.noun_span.start, m.noun_span.end) \
            or any(h is not None and not _plural_word(h[0]) for h in heads) \
            or any(re.match(r"[a-z]{3,}ing\s", item.strip()) for item in items):
        return False  # (an action, "lowering the voting age to 16, ...": one proposal each)
    return any(h is not None and _plural_word(h[0]) and h[1] <= _BARE_PLURAL_WORDS for h in heads)


_OF_ANOTHER_KIND = re.compile(r"\bof\s+(?:one|another|each|both|all|them|these|those|the\s+(?:rest|others?))\b")


def _kind_instances(doc: Document, m: Mention, spans, names_only: bool) -> list[tuple[int, int]]:
    """(round 22) Under a count of kinds, the items opening with a count of their own: how many of that kind,
    one kind each ("five breeds: a spaniel, two collies, three pugs and a whippet" names four breeds)."""
    if names_only or not _counts_kinds(m) \
            or any(_OF_ANOTHER_KIND.search(doc.text, a, b) for a, b in spans):
        return []  # "five varieties: two ewes of one, three rams of another and ...": no kind named
    starts = {o.start for o in doc.mentions_in(m.sentence) if o.kind == Kind.COUNT and o.start > m.end}
    return [(a, b) for a, b in spans if a in starts]


def _kinds_as_instances(doc: Document, m: Mention, spans, counted) -> bool:
    """Under a count of kinds, items with counts of their own (``counted``: ``_kind_instances``) that add up to the
    count: each counted thing may be a kind ("four species: a frog, two beetles and a snail"), so only a count that
    matches neither reading contradicts."""
    if not counted:
        return False
    values = {o.start: o.value for o in doc.mentions_in(m.sentence) if o.kind == Kind.COUNT and o.start > m.end}
    return m.value == sum(values[a] if (a, b) in counted else 1 for a, b in spans)


def _counted_items(doc: Document, m: Mention, spans) -> dict[int, int]:
    """Items opening with a count word and its own noun ("two police officers, a paramedic and a
    neighbour"): {item start: the count}.  Empty unless some item is a single thing and every other
    figure is elsewhere (a pure breakdown, "three in Leeds and four in Hull", is the sums' work)."""
    counted = {}
    for o in doc.mentions_in(m.sentence):
        if o.kind != Kind.COUNT or o.start <= m.end or o.hedge or o.noun_span is None or o.value is None \
                or o.value.denominator != 1 or not o.text.isalpha():
            continue
        for a, b in spans:
            if o.start == a and o.noun_span.end <= b:
                counted[a] = int(o.value)
    return counted if counted and len(counted) < len(spans) else {}


# "cancelled three times, in 2001, 2007 and 2020", "twice in a decade - in 2012, 2016 and 2020": how
# often, then when (a year, a month or a weekday each)
_OCCASIONS = re.compile(r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+times|twice|thrice)", re.I)
_WHEN_LIST = re.compile(r"(?:\s+(?:in|over|during|since|within)\s+[^,:;()–—\d-]{1,30}?|" + _TIME_PHRASE
                        + r"|\s+since\s+(?:1[89]|20)\d\d)?(?:\s*[,:]|\s+(?:[-–—]|--)\s+|\s*—)\s*"
                        r"(?:(?:in|on)\s+)?(?=(?:1[89]|20)\d\d\b|(?:" + "|".join(_MONTHS_DAYS) + r")\b)")


def _occasions(doc: Document):
    """How often, then a list of the years, months or days it happened: more of them than times is a
    contradiction (fewer is not: two may fall in one year), but for "on N occasions" then N distinct years, fewer is
    one too (round 49)."""
    for m in doc.mentions:
        if m.kind is not Kind.MULTIPLE and (m.kind is not Kind.COUNT or m.noun_span is None):
            continue  # (round 29, speed) neither "twice" nor a count with its noun: the tests below say no alike
        # "on three occasions" counts times too
        occasions = m.kind == Kind.COUNT and m.noun_span is not None and (m.noun or "").split()[-1:] == ["occasions"] \
            and len(m.noun.split()) <= 2 and _COUNT_TEXT.fullmatch(m.text.strip())
        if _dated_events(m):
            occasions = True  # round 25: "made three trips to Dubai, on 14 February, 3 June, 19 October and 2 January"
        if m.kind != Kind.MULTIPLE and not occasions or m.hedge or m.value is None or m.value.denominator != 1 \
                or not (MIN_COUNT <= m.value <= MAX_COUNT) or not occasions and not _OCCASIONS.fullmatch(m.text.strip()):
            continue
        sent = doc.sentences[m.sentence]
        if sent.chrome or sent.headline:
            continue
        dated = _dated_occasions(doc, m, m.noun_span.end if occasions else m.end, sent)
        if dated is not None and _dated_events(m):
            dated = replace(dated, count=m, noun=m.noun)  # round 25: "three trips": the events keep their noun
        if dated is not None:
            yield dated  # (round 22) "twice, on 3 March, 9 May and 4 June", "in the 12th, 55th and 81st minutes"
            continue
        intro = _WHEN_LIST.match(doc.text, m.noun_span.end if occasions else m.end, sent.end)
        if intro is None:
            continue
        text, base = _window(doc, intro.end(), sent.end, figures_of=m, items=False)
        close = _DASH.search(text, intro.end() - base, sent.end - base) if re.search(r"[-–—]", intro.group(0)) else None
        parsed = parse_items(text, intro.end() - base, close.start() if close else sent.end - base, True, True)
        if parsed is None or len(parsed[0]) < 2:
            continue
        spans = _shifted(parsed[0], base)
        if not all(_YEAR_ITEM.fullmatch(doc.text, a, b) or doc.text[a:b] in _MONTHS_DAYS for a, b in spans):
            continue
        items = tuple(Related(a, b, doc.text[a:b]) for a, b in spans)
        years = [doc.text[a:b] for a, b in spans if _YEAR_ITEM.fullmatch(doc.text, a, b)]
        # (round 49) "on seven occasions, in 1968, 1977, ... and 2015": one year each, told as all of them -- fewer
        # distinct years than occasions is a contradiction too (months or days may hold two)
        one_each = occasions and len(years) == len(spans) == len(set(years))
        yield ListedItems(link="inferred", cue="times", count=replace(m, noun="times"), items=items, noun="",
                          places=not one_each)


# round 25: events that each fall on one day, counted and then dated like "N times": "three trips to Dubai, on ..."
_DATED_EVENT_NOUNS = frozenset("trips visits journeys flights raids attacks meetings appearances incidents hearings "
                               "voyages crossings launches".split())


def _dated_events(m: Mention) -> bool:
    ws = (m.noun or "").split()
    return m.kind == Kind.COUNT and m.noun_span is not None and 0 < len(ws) <= 2 and ws[-1] in _DATED_EVENT_NOUNS \
        and _COUNT_TEXT.fullmatch(m.text.strip()) is not None


# (round 22) how often, then the dates or the match minutes it happened, read from their mentions: "scored twice,
# in the 12th, 55th and 81st minutes" (three minutes, three goals); "closed twice, on 3 March, 9 May and 4 June"
_DATED_INTRO = re.compile(r"(?:\s+(?:in|over|during|since|within|at|against|to)\s+[^,:;()–—\d-]{1,30}?|" + _TIME_PHRASE + r")?"
                          r"(?:\s*[,:]|\s+(?:[-–—]|--)\s+|\s*—)\s*(?:(?:in|on|after)\s+)?(?:the\s+)?(?=\d|[A-Z])")
_DATED_NEXT = re.compile(r"\s*,(?!\s*and\b)\s*(?:(?:in|on)\s+)?(?:the\s+)?")  # (", and" is the last: a serial comma)
_DATED_LAST = re.compile(r"\s*,?\s+and\s+(?:(?:in|on)\s+)?(?:the\s+)?")
_MINUTES_AFTER = re.compile(r"\s+(?:minutes?|mins?)\b")
_DATED_END = re.compile(r"\s*(?:[,.;:)]|\s(?:[-–—]|--)\s|—|$)")


def _dated_occasions(doc: Document, m: Mention, pos: int, sent) -> ListedItems | None:
    """Times, then a list of dates or of match minutes (ordinals before "minutes"), one occasion each."""
    intro = _DATED_INTRO.match(doc.text, pos, sent.end)
    if intro is None:
        return None
    at = intro.end()
    items = []
    later = [o for o in doc.mentions_in(m.sentence) if o.start >= at]
    kind = later[0].kind if later and later[0].start == at else None
    if kind not in (Kind.DATE, Kind.ORDINAL):
        return None
    last = False
    for o in later:
        if o.start != at or o.kind != kind:
            return None
        end = o.end - 1 if o.text.endswith(".") else o.end  # "4 June." at the sentence's end
        items.append(Related(o.start, end, doc.text[o.start:end]))
        if last:
            break
        minute = _MINUTES_AFTER.match(doc.text, end) if kind == Kind.ORDINAL and len(items) == 1 else None
        after = minute.end() if minute else end  # "in the 12th minute, the 55th and the 81st"
        step = _DATED_NEXT.match(doc.text, after)
        if step is None:
            step, last = _DATED_LAST.match(doc.text, after), True
        if step is None:
            return None
        at = step.end()
    else:
        return None
    close = items[-1].end
    if kind == Kind.ORDINAL:
        minute = _MINUTES_AFTER.match(doc.text, close)
        if minute is None and not _MINUTES_AFTER.match(doc.text, items[0].end):
            return None  # ordinals of something else: "the 3rd, 10th and 41st laps"
        close = minute.end() if minute else close
    if not _DATED_END.match(doc.text, close):
        return None
    return ListedItems(link="inferred", cue="times", count=replace(m, noun="times"), items=tuple(items), noun="",
                       places=True)


def _minute_events(doc: Document):
    """(round 22) A count of things that happen in a match, then the minutes they happened: "scored two goals, in the
    12th, 55th and 81st minutes" (one minute each; more minutes than the count is a contradiction, fewer is not).
    Not people ("two players were booked, in the ...": one may be booked twice)."""
    for m in doc.mentions:
        if m.kind != Kind.COUNT or m.noun_span is None or m.hedge or m.value is None or m.value.denominator != 1 \
                or not (MIN_COUNT <= m.value.numerator <= MAX_COUNT) or not _COUNT_TEXT.fullmatch(m.text.strip()) \
                or len((m.noun or "").split()) > 2 or _persons(m.noun):
            continue
        sent = doc.sentences[m.sentence]
        if sent.chrome or sent.headline or not _DATED_INTRO.match(doc.text, m.noun_span.end, sent.end):
            continue
        rel = _dated_occasions(doc, m, m.noun_span.end, sent)
        if rel is not None and doc.text[rel.items[0].start:rel.items[0].end][:1].isdigit() \
                and rel.items[0].text[-2:] in ("st", "nd", "rd", "th"):
            yield replace(rel, count=m, noun=m.noun or "")


# (round 51) a count of days, a week's or not, then the weekdays named after a colon or dash: "will open on three days a
# week -- Monday, Wednesday, Thursday and Saturday --"
_DAYS_THEN = r"(?:\s+(?:a|each|every|per)\s+week)?\s*(?::|\s[-–—]|[–—]|--)\s*"
_DAYS_THEN_LIST = re.compile(_DAYS_THEN + "$")
_WEEKDAY_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_WEEKDAYS_CLOSE = re.compile(r"\s*(?:[.;,]|\s[-–—]\s|[–—]|--|$)")


def _weekdays_listed(doc: Document):
    for m in doc.mentions:
        if m.kind != Kind.DURATION or m.unit != "day" or m.hedge or m.is_range or m.value is None \
                or m.value.denominator != 1 or not 2 <= m.value.numerator <= 7:
            continue
        days = [o for o in doc.mentions_in(m.sentence) if o.start >= m.end
                and not (o.kind == Kind.DURATION and o.text.lower().endswith(" week"))]  # ("a week": the rate)
        if not days or days[0].kind != Kind.WEEKDAY:
            plural = _plural_weekdays(doc, m)  # (round 52) "three days a week -- Mondays, Wednesdays and Fridays --"
            if plural is not None:
                yield plural
            continue
        if len(days) < 2 or not _DAYS_THEN_LIST.match(doc.text, m.end, days[0].start):
            continue
        run = [days[0]]
        for o in days[1:]:
            if o.kind != Kind.WEEKDAY or not _WEEKDAY_JOINT.fullmatch(doc.text, run[-1].end, o.start):
                break
            run.append(o)
        if len(run) < 2 or not re.search(r"\band\s*$", doc.text[run[-2].end:run[-1].start]) \
                or not _WEEKDAYS_CLOSE.match(doc.text, run[-1].end):
            continue
        yield ListedItems(link="explicit", cue="days named", count=m,
                          items=tuple(Related(o.start, o.end, doc.text[o.start:o.end]) for o in run))


_DAYS_THEN_PLURALS = re.compile(_DAYS_THEN)
_PLURAL_WEEKDAY = re.compile(_WEEKDAY + r"s\b")


def _plural_weekdays(doc: Document, m: Mention) -> ListedItems | None:
    """(round 52) The days named in the plural after a count of days a week: "open three days a week -- Mondays,
    Wednesdays, Fridays and Saturdays --" (their mentions are no dates)."""
    end = doc.sentences[m.sentence].end
    gap = _DAYS_THEN_PLURALS.match(doc.text, m.end, end)
    if gap is None:
        return None
    run, pos = [], gap.end()
    while True:
        day = _PLURAL_WEEKDAY.match(doc.text, pos, end)
        if day is None:
            break
        run.append(day)
        joint = _WEEKDAY_JOINT.match(doc.text, day.end(), end)
        if joint is None:
            break
        pos = joint.end()
    if len(run) < 2 or not re.search(r"\band\s*$", doc.text[run[-2].end():run[-1].start()]) \
            or not _WEEKDAYS_CLOSE.match(doc.text, run[-1].end()):
        return None
    return ListedItems(link="explicit", cue="days named", count=m,
                       items=tuple(Related(d.start(), d.end(), d.group(0)) for d in run))


def _last_of_another_kind(doc: Document, m: Mention, spans, counted) -> bool:
    """(round 33 review) "Three wards were shut: Ward A, Ward B, Ward C and the maternity unit": the items named by the
    count's noun, then one that is not -- the count's own items and another thing (``counted``: the count's value, or
    its part's in "three of the 60 wards")."""
    if not m.noun or len(spans) != counted + 1:
        return False
    kind = m.noun.split()[-1].lower().removesuffix("s")
    heads = [doc.text[a:b].split()[0].lower() for a, b in spans]
    return len(kind) > 2 and all(h == kind for h in heads[:-1]) and heads[-1] != kind


def _listed(doc: Document, m: Mention, collective: bool = False) -> ListedItems | None:
    sent = doc.sentences[m.sentence]
    if sent.chrome or sent.headline:
        return None
    before = words(doc.text[max(sent.start, m.start - 40):m.start])
    if before and (before[-1] == "than" or before[-1] == "of" and _quantified_of(doc, m, before)
                   and not _one_of_all_listed(doc, m, before)):
        return None  # "two of three", "more than three"
    partitive = _partitive(doc, m)  # (read once: round 20, speed)
    part = _partitive_part(doc, m) if partitive else None
    if partitive and (part is None or collective):
        return None  # "two of the three men, A and B": which figure does the list count?
    if m.noun_span is not None and re.match(r"\s*(?:are|were)\s", doc.text[m.end:m.noun_span.end]):
        m = replace(m, noun=None, noun_span=None)  # "The two were Ann Roe, ...": a verb, no noun
    if m.noun_span is None and not collective:
        m = _with_noun(doc, m)
    group_of = False
    fronted = None
    if m.noun_span is None:
        # "The three - A, B and C - were ...": only with "the" and an explicit introducer
        # "Four will take part: A, B and C.": a bare count opening its sentence, then a verb;
        # its items must read as names ("the Rijksmuseum"), not "A and B tested positive"
        bare = not collective and not before and re.match(r"\s+(?!of\b)[a-z]", doc.text[m.end:m.end + 5])
        the = bool(before) and (before[-1] == "the" or len(before) > 1 and before[-2] == "the"
                                and before[-1] in _THE_ADJECTIVES)  # "the final four"
        # "the shortlist of four"
        group = len(before) > 1 and before[-1] == "of" and before[-2].rstrip("s") in _GROUP_NOUNS
        # (round 27) any other group named by its size ("a family of five") lists its members by name
        named_group = not group and len(before) > 1 and before[-1] == "of" and _named_group_of(before)
        group = group or named_group
        group_of = group  # (review rv27-b) its members listed by name: "a squad of four: the others came from ..."
        # "The club's injury list now stands at six: A, B, ...": a tally, then its size
        tally = _TALLY_BEFORE.search(doc.text, max(sent.start, m.start - 60), m.start) is not None
        # (round 31) "Of the 12 nations that signed, only three - A, B, C and D - ...": the whole fronted, the part bare
        fronted = None if collective or the or bare or group or tally else _fronted_whole(doc, m)
        if not collective and not the and not bare and not group and not tally and fronted is None:
            return None
        noun_end = m.end
    else:
        if not _plain_noun(doc, m):
            return None
        noun_end = m.noun_span.end
        verb = _WHOLE_VERB_IN_NOUN.search(doc.text, m.end, noun_end)
        if verb:  # "The four-strong shortlist comprises A, B and C": the verb is no part of the noun
            noun_end = verb.start()
    if _MARGIN_AFTER.match(doc.text, noun_end) and (m.noun_span is None or _head_noun(m) in _MARGIN_NOUNS) \
            or _head_noun(m) in ("clear", "behind", "ahead", "adrift"):
        return None  # "two points clear of the pack: A, B and C": a margin, no count of things
    of_names = _OF_NAMES.match(doc.text, m.end, sent.end) if collective else \
        _MEMBERS_OF.match(doc.text, noun_end, sent.end) if _team_of_names(m) else None
    if of_names:  # names straight after "of" ("The trio of A, B and C were ..."), not "of Leeds fans - A, B -"
        listed = _AFTER_NAMES.match(doc.text, of_names.end(), sent.end)
        if listed is None or not re.search(r",|\sand\s", listed.group("names")):
            of_names = None
    events = _EVENTS.match(doc.text, noun_end, sent.end) \
        if m.noun_span is not None and _head_noun(m) in _MEDAL_NOUNS else None
    awards = _AWARDS_FOR.match(doc.text, noun_end, sent.end) if events is None and m.noun_span is not None \
        and _head_noun(m).lower() in _AWARD_NOUNS else None  # (round 28) "won six awards, for best film, ..."
    intro = _Intro("named", of_names.end()) if of_names else _Intro("events", events.end()) if events else \
        _Intro("awards", awards.end()) if awards else _introducer(
        doc.text, noun_end, sent.end, naming_verb=_naming_verb_before(before),
        one_subject=m.noun_span is not None and _head_noun(m).lower() in _ONE_SUBJECT_NOUNS)
    if intro is None and _counts_kinds(m):
        intro = _kinds_copula(doc.text, noun_end, sent.end)  # "The three breeds are collies, pugs and whippets"
    if intro is None:
        return None
    topical = intro.kind == "topics"
    if intro.kind in ("colon", "dash") and m.noun_span is not None and not _persons(m.noun):
        topic = _TOPIC_WORDS.match(doc.text, intro.start) if not _ON_ROADS.match(doc.text, intro.start) else None
        if topic:  # "seven measures - on abortion rights, the minimum wage and ...": one subject each
            intro = _Intro(intro.kind, topic.end())
            topical = True
    place = _PLACES.match(doc.text, intro.start) if intro.kind in ("colon", "dash") else None
    if place is not None and _persons(m.noun):
        return None  # "Two men were held - in A, B and C -": people move, places need not be one each
    if place is not None:  # "Three sites were picked - at A, B, C and D -": where they are
        intro = _Intro(intro.kind, place.end())
    if intro.kind in ("colon", "dash") and _led_by(doc.text[intro.start:intro.start + 40]):
        return None  # (review) "A 12-lawyer team - led by A, B and C -": the team's leaders, not its members
    road = _ON_ROADS.match(doc.text, intro.start) if place is None and intro.kind in ("colon", "dash") \
        and not _persons(m.noun) else None
    if road is not None:  # "six cameras: on the A350 at Semington, the A361 at Seend and ...": where they are
        intro = _Intro(intro.kind, road.end())
    if intro.kind == "whole":
        if "-" not in m.text:
            return None  # "three teams comprising A, B, C and D": the teams' members, perhaps
        intro = _Intro("named", intro.start)
    # "The four are A, B, C and D.": a copula too when "The N" opens the sentence
    opens = m.noun_span is None and not collective and _THE_OPENING.fullmatch(doc.text[sent.start:m.start]) is not None
    if m.noun_span is None and intro.kind not in ("colon", "dash", "named") + (("comma",) if collective else ()) \
            + (("copula",) if opens else ()):
        return None
    if intro.kind == "times" and "," in re.split(r"\s[-–—]\s|—", doc.text[sent.start:m.start])[-1]:
        return None  # a fronted phrase: whose times?
    # (round 26) "after three senators, A and B, broke ranks": the subject of a clause, its apposition closed by the verb
    clause_subject = intro.kind == "comma" and not collective and _CLAUSE_SUBJECT_HEAD.fullmatch(doc.text, sent.start, m.start)
    if intro.kind in ("comma", "copula", "places", "topics", "events", "awards") and not (
            collective or _definite_subject(doc, m, before) or clause_subject
            or intro.kind in ("places", "topics", "comma", "events", "awards") and _object(doc, m, before, intro.kind == "places" or intro.the_names)):
        return None
    if intro.kind in ("topics", "places") and intro.open and (m.noun_span is None or _persons(m.noun)):
        return None  # "The two men are in A, B and C": people move
    if intro.bridged and not _object(doc, m, before):
        return None  # "The two suppliers to collapse this month, including A, B and C": not the sentence's subject
    if intro.timed and (m.noun_span is None or _persons(m.noun)):
        return None  # "arrested two men this week, in A, B and C": people move
    if intro.kind == "topics" and (m.noun_span is None or _persons(m.noun)):
        return None  # "four men, on charges of ...": what people are "on" is no subject of theirs
    subject = (_counted_subject(doc, m, intro) or _counted_in_place(doc, m, intro)) if _inside_bridge(doc, m) else None
    if subject is None and _inside_bridge(doc, m):
        return None  # "the four towns that bid for 12 events - A, B and C -": whose list?
    text, base = _window(doc, intro.start, sent.end, figures_of=m if intro.kind != "times" else None)
    if intro.kind in ("colon", "dash"):
        text = _mask_repeated_preposition(text, intro.start - base, sent.end - base)
    end = _list_end(text, replace(intro, start=intro.start - base), sent.end - base) + base
    semicolon = _clause_after_semicolon(text, intro.start - base, end - base)
    if semicolon is not None:
        end = semicolon + base  # (round 22) "..., 'C' and 'D', for their ambition; the winner is named ...": a new clause
    # "Four got through: A, B and C all won": "all" (or "both") takes in the whole set the colon announced
    whole_set = _ALL_AFTER_NAMES.search(doc.text, intro.start, end) if intro.kind in ("colon", "dash") else None
    if whole_set is not None and " and " in doc.text[intro.start:whole_set.start()] \
            and not _OTHERS_AFTER_ALL.search(doc.text, whole_set.end(), sent.end):
        end = whole_set.start()
    else:
        whole_set = None
    if of_names:  # "The trio of A, B and C were named ...": the names end at the first lower-case word
        verb = _AFTER_NAMES.match(text, intro.start - base, end - base)
        if verb is None:
            return None
        end = verb.end("names") + base
    names_only = intro.kind in ("comma", "named", "copula", "places", "times", "bracket") or place is not None or (
        m.noun_span is None and not collective and not before) or group_of
    open_end = intro.open or intro.kind in ("comma", "named", "copula", "partial", "places", "times", "topics", "events",
                                            "awards") or (
        end < sent.end and intro.kind != "bracket")  # the closing bracket follows the last item
    parsed = parse_items(text, intro.start - base, end - base, names_only, open_end, titles=not _persons(m.noun))
    if parsed is None and intro.kind == "comma" and (closed := _apposition_verb_comma(
            text, intro.start - base, end - base)) is not None:
        # (round 37) "Both tech giants, A, B and C, reported results ..., and their shares rose": the apposition is
        # closed by the subject's verb; what follows is no item
        parsed = parse_items(text, intro.start - base, closed, names_only, open_end, titles=not _persons(m.noun))
    labelled = False
    if parsed is None:
        # (round 24) "the A30, the A39 and the M5 between junctions 27 and 29": a label's number inside an item
        coded = _mask_label_numbers(doc, m, text, base, intro.start, end)
        if coded is not None:
            parsed = parse_items(coded, intro.start - base, end - base, names_only, open_end,
                                 titles=not _persons(m.noun))
            labelled = parsed is not None
    modelled = []
    if parsed is None and not _persons(m.noun):
        # (round 31) "six models: the Kestrel 300, Kestrel 500, Arden GT and the Vela 2.0 hybrid": a model's number
        # after its capitalised name is part of the name, no count
        models = _mask_model_numbers(doc, m, text, base, intro.start, end)
        if models is not None:
            parsed = parse_items(models[0], intro.start - base, end - base, names_only, open_end, titles=True)
            modelled = [(a, b) for a, b in models[1]]
    long_tails = []
    # (round 34) or, after a dash, by its closing dash: "The four pledges - free meals for all pupils, a cap on
    # fares and 10,000 new homes a year - were unveiled"
    closed_dash = intro.kind == "dash" and end < sent.end and _DASH.match(doc.text, end) is not None
    if parsed is None and (intro.kind == "colon" or closed_dash) and not names_only and m.noun_span is not None \
            and not _persons(m.noun):
        # "six measures: hotel rooms for up to 300 students for the first month, a homestay scheme with
        # local families, ... and a guarantor service": things with longer tails, the list closed by its
        # sentence (a short bracket, "(48km)", is part of its item)
        body_end = end if closed_dash else _sentence_body_end(doc, sent)
        a, b = intro.start - base, body_end - base
        region = _SHORT_BRACKET.sub(lambda x: " " * len(x.group(0)), text[a:b])
        if not re.search(r"[:;()]|\s(?:[-–—]|--)\s|—", region):
            long_text = text[:a] + region + text[b:]
            parsed = parse_items(long_text, a, b, False, False, titles=True, long_items=True)
            if parsed is not None:
                end = body_end
                long_tails = _item_tails(doc.text, _shifted(parsed[0], base))
    inner_ands = 0
    if parsed is None and intro.kind in ("colon", "dash") and not names_only and m.noun_span is not None \
            and not _persons(m.noun):
        # "four new materials: food and drink cartons, plastic film, textiles and batteries": an "and" inside an
        # earlier item; it reads as at least one item per comma, at most one more per inner "and"
        inner = _inner_and_items(text, intro.start - base, end - base, open_end)
        if inner is not None:
            parsed, inner_ands = inner
    if parsed is None and intro.kind == "copula":
        parsed = _things_listed(text, intro.start - base, end - base, _counts_kinds(m))  # "The four schemes were a library, a park and ..."
    if parsed is None and intro.kind == "copula" and _counts_kinds(m):
        parsed = _kinds_listed(text, intro.start - base, end - base)  # "The three breeds are collies, pugs and ..."
    # "The two crops hit hardest, wheat, barley and oats, are": the subject opens the sentence ("The two
    # crops", "Its three", a bare "Two crops")
    # (round 25: right after the bare noun, only a class's members: "Two cars, cash, cannabis and cocaine, were
    # found" goes on with other things)
    if parsed is None and intro.kind == "comma" and m.noun_span is not None and not _persons(m.noun) \
            and (_SUBJECT_HEAD.fullmatch(doc.text, sent.start, m.start) or not doc.text[sent.start:m.start].strip()
                 or _CLAUSE_SUBJECT_HEAD.fullmatch(doc.text, sent.start, m.start)) \
            and not _bare_object_end(doc.text[noun_end:intro.start]) \
            and (doc.text[noun_end:intro.start].strip(" ,") or categories.names_bare_kinds(m.noun)
                 or _ARTICLE_OPENS.match(doc.text, intro.start, intro.start + 6)):
        # (review) "Two buildings, the library, the town hall and the museum, were": items with an article are no
        # bare words that may go on with other things
        parsed = _things_apposed(text, intro.start - base, end - base)
    if parsed is None and intro.kind == "comma" and m.noun_span is not None and _object(doc, m, before) \
            and not doc.text[noun_end:intro.start].strip(" ,") and categories.names_bare_kinds(m.noun):
        # (round 24) "was prescribed two painkillers, tramadol, codeine and naproxen, in the days before": bare
        # lower-case kinds in apposition right after the count's noun in object position (round 25: a noun of a
        # class; "seized two cars, cash, cannabis and cocaine, during the raid" goes on with other things)
        parsed = _bare_kinds_apposed(text, intro.start - base, end - base)
    if parsed is None and intro.kind == "comma" and m.noun_span is not None and _counts_kinds(m) \
            and (_object(doc, m, before) or _of_object(doc, m, before)) and not doc.text[noun_end:intro.start].strip(" ,"):
        parsed = _articled_kinds_apposed(text, intro.start - base, end - base, m.value)  # (round 28) "three species, the ..."
    if parsed is None and intro.kind == "comma" and intro.the_names and m.noun_span is not None \
            and _object(doc, m, before) and not doc.text[noun_end:intro.start].strip(" ,"):
        parsed = _the_names_apposed(text, intro.start - base, end - base)  # (round 62) "covered six rivers, the Dee,
        # the Spey, the Tay and the Tweed, and found": names that each take "the", in object position
    paired = False
    if parsed is None and intro.kind in ("colon", "dash", "bracket") and not _persons(m.noun):
        # round 25: "four states - Trinidad and Tobago, Antigua and Barbuda, and St Kitts and Nevis -"
        parsed = _paired_names(text, intro.start - base, end - base)
        paired = parsed is not None
        if paired and m.value == sum(1 + (" and " in text[a:b]) for a, b in parsed[0]):
            return None  # (review) "six cities: London and Manchester, Paris and Lyon, and Berlin and Munich": pairs
    if parsed is None and intro.kind in ("colon", "dash") and _persons(m.noun):
        parsed = _owned_name_groups(text, intro.start - base, end - base)  # "the Lion's A and B, and the Swan's C"
    # (round 27) after a comma, the apposition closed by the subject's verb: "The three firms, A, Slaughter and May,
    # and B, are ..."
    apposed_end = _apposition_verb_comma(text, intro.start - base, end - base) if intro.kind == "comma" else None
    if parsed is None and (intro.kind in ("colon", "dash", "bracket") or apposed_end is not None) \
            and not _persons(m.noun):
        # round 26: "Four nations - Jamaica, Trinidad and Tobago, Antigua and Barbuda and St Lucia -": each "X and Y" one
        # name or two, the list between a least and a most
        bounds = _joined_name_bounds(text, intro.start - base, apposed_end or end - base, merge_words=apposed_end is not None)
        if bounds is not None:
            (lo, lo_spans), (hi, hi_spans) = bounds
            if lo <= m.value <= hi:
                return None  # either reading may be meant
            parsed, paired = (lo_spans if m.value < lo else hi_spans, True), True
    if parsed is None and group_of and intro.kind in ("colon", "dash"):
        # (round 56) a group named by its size, then its members by role, some counted ("a crew of six - a skipper,
        # two deckhands, a cook and two divers"): the counts add up with one for each other member
        roled = parse_items(text, intro.start - base, end - base, False, open_end)
        if roled is not None and _members_by_role(doc, m, _shifted(roled[0], base)):
            parsed, names_only = roled, False
    if parsed is None:
        roles = parse_role_groups(text, intro.start - base, end - base) \
            if intro.kind in ("colon", "dash", "copula") and categories.normalise(m.noun) not in categories.PERSON_GROUPS \
            else None  # (round 33) "two couples: the farmers A and B, and the bakers C and D" counts couples, not names
        if roles is None and intro.kind in ("colon", "dash") and not names_only and not _persons(m.noun):
            # (round 56) things named under labels beside things counted or unnamed: "seven boats: the ferries Ran and
            # Eir, the tug Brim, two trawlers and a yacht"
            roles = _named_counted_things(doc, m, text, intro.start - base, end - base, base)
        if roles is None:
            return None
        parsed = roles, True
    spans = _shifted(parsed[0], base)
    if len(spans) < 2 or _last_of_another_kind(doc, m, spans, (part or m).value):
        return None
    if clause_subject and not (_definite_subject(doc, m, before) or _object(doc, m, before)) \
            and not _SUBJECT_VERB.match(doc.text, spans[-1][1], sent.end):
        return None  # (round 26) "after three MPs, A and B, the party's whips, voted": the clause's verb must close it
    if fronted is not None and (len(spans) >= fronted.value or intro.kind not in ("colon", "dash")):
        return None  # the list names the whole, or more than it
    if labelled and len(spans) <= m.value and not all(_NAME_LABEL.fullmatch(coded, a - base, b - base)
                                                       for a, b in spans if _LABEL_MASKED.search(coded, a - base, b - base)):
        return None  # "four sites: ..., land at junctions 9 and 10, ...", "land near the M5 at Junction 9": one item may
        # hold several of them (round 31: not a name and its number, "the Pixel 6, Pixel 7 and Pixel 8")
    if intro.the_names and not all(re.match(r"the\s+[A-Z]", doc.text[a:b]) for a, b in spans):
        return None  # "two rivers in York, the Ouse, Leeds and Hull": which are names of the rivers?
    if intro.event and (len(spans) + 1 == m.value or any(doc.text[a:b].startswith("the ") for a, b in spans)
                        or any(len(doc.text[a:b].split()) < 2 for a, b in spans)):
        # "in the Hennessy, A and B": the event's name may be one of them; names of one word may be
        # places going on from it ("two men in the Dales, Leeds, Hull and York")
        return None
    if intro.kind == "times" and not all(doc.text[a:b] in _MONTHS_DAYS for a, b in spans):
        return None  # one month or weekday per item
    if topical and (len(spans) < 3 or any(w in _PREPOSITIONS | _ITEM_PREPOSITIONS | _PLACE_PREPOSITIONS
                                          for w in doc.text[spans[0][0]:spans[0][1]].lower().split())):
        return None  # subjects are noun phrases, three at least: not "on grass and clay", "on suspicion of A" (round 26:
        # after a first plain one, a later subject may take a phrase of its own, "legal aid for asylum seekers")
    if whole_set is not None and ((whole_set.group(1) == "both") != (len(spans) == 2) or len(spans) + 1 < m.value):
        # "A, B and C both ...": unclear; "Twenty were tested: A, B and C all tested positive": some of
        # them (a set short by one, all of it doing one thing, is the whole set with one dropped)
        return None
    if whole_set is None and intro.kind in ("colon", "dash") and _runs_into_clause(_last_item_on(doc.text, *spans[-1])) \
            and not _posts_told(doc, spans, m.value) and not _names_of_one_shape(doc, spans) \
            and not all(doc.text[a:b][:1].islower() for a, b in spans[:-1]):  # (round 50) "..., lime and Scots pine"
        return None  # "Twenty were tested: A, B and C tested positive": some of them, a new clause
    if m.noun_span is not None and _head_noun(m) in _MEDAL_NOUNS \
            and any(re.match(r"(?:golds|silvers|bronzes)\b", doc.text[a:b]) for a, b in spans):
        return None  # (round 56) "five medals - gold for A, silver for B and bronzes for C": a plural colour is several
    pairs = sum(1 for a, b in spans if _NAMES_PAIRED.search(doc.text, a, b))
    if pairs and _persons(m.noun) and len(spans) <= m.value <= len(spans) + pairs:
        return None  # "Four players: the Red Lion's A and B, and the Ferryman's C and D": names paired by team
    if subject is not None and (len(spans) == subject.value or len(spans) > m.value):
        return None  # "The three men were held after 12 raids: A, B and C": the subject's list
    amounts = sum(1 for a, b in spans if any(a <= o.start < b and _item_quantity(doc, m, o) and not _per_unit(doc, o)
                                             and not _route_number(doc, a, b, o) for o in doc.mentions_in(m.sentence)))
    if amounts * 2 > len(spans):
        return None  # "three buses: 40 pupils and 12 teachers": who is aboard, not the buses
    # (a count of kinds: "two collies" is one breed, no count of items)
    counted = _counted_items(doc, m, spans) if not names_only and not _counts_kinds(m) else {}
    plural = [doc.text[a:b] for a, b in spans if a not in counted and _plural_item(doc.text[a:b])]
    if counted and plural or _persons(m.noun) and any(p.split()[0].lower() in _DETERMINERS for p in plural):
        return None  # "two children, their parents and a dog walker": how many are "their parents"?
    if not names_only and m.value > sum(counted.values()) + len(spans) - len(counted) \
            and _several_in_plural(doc, m, [doc.text[a:b] for a, b in spans if a not in counted]):
        return None  # "six products: scarves, hats and a range of gloves": "scarves" may be several of them
    kinds = _kind_instances(doc, m, spans, names_only)
    if _other_figures_between(doc, m, spans[-1][1], [sp for sp in spans if _CODE_ITEM.fullmatch(doc.text[sp[0]:sp[1]])
                                                     or _TITLE_NUMBER.fullmatch(doc.text[sp[0]:sp[1]])
                                                     or sp in kinds
                                                     or sp[0] in counted or _ROUTE_NUMBER.match(doc.text[sp[0]:sp[1]])]
                              + long_tails + modelled, intro.start, (text, base), len(spans),
                              names=intro.kind in ("colon", "dash") and all(_one_name(doc.text[a:b]) for a, b in spans)):
        return None
    if _kinds_as_instances(doc, m, spans, kinds):
        return None  # (round 22) "four new species: a frog, two beetles and a snail": two kinds of beetle, perhaps
    if part is not None and part.value == 1:
        # (round 28) "one of the three units, in A, B, C or D": a list as long as the whole or longer names it; a
        # shorter one may name the candidates for the one (mend: "one of the four suspects, A, B or C, is expected to
        # be charged")
        if len(spans) < m.value:
            return None
        part = None
    if part is not None:
        # "Six of the 18 teams have named captains: A, B, C, D and E": the list may count either
        # figure; one it matches neither of is a slip in the part (explicit lists only)
        if intro.kind not in ("colon", "dash") or len(spans) in (part.value, m.value) \
                or len(spans) > m.value or _rest_told(doc, m, spans[-1][1]):
            return None
        m = part
    if _tally(doc, m, spans):
        return None  # (round 31) "The 14 seats: Leeds 6, York 5 and Hull 3": how many each holds, no list of them
    multiplied = _bracketed_multiples(doc, m, spans)
    if multiplied is not None and m.value in (len(spans), multiplied):
        return None  # (round 31) "7 plants - in A, B, C (two), D ...": one item may stand for several, either reading
        # may be meant
    items = tuple(Related(a, b, doc.text[a:b]) for a, b in spans)
    explicit = intro.kind in ("colon", "dash", "named", "bracket") and not paired
    # "Among the six stations earmarked for closure are A, B and C": some of them (not "eleven routes,
    # including four new ones: A, B, C and D": the list after the colon is the whole of the four)
    # (not "shared among six universities: A, B, ...": a verb of dividing names the whole set)
    among = not (intro.kind in ("colon", "dash") and before[-1:] == ["including"]) and re.search(r"(?<!\bshared\s)(?<!\bdivided\s)(?<!\bsplit\s)(?<!\bspread\s)"
                      r"\b(?:among|amongst|including)\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?$",
                      doc.text[max(sent.start, m.start - 30):m.start], re.I)
    # a list of years: one each for a count of years or seasons; other things may share a year
    years = all(_YEAR_ITEM.fullmatch(doc.text, a, b) for a, b in spans)
    if years and (m.noun or "").split()[-1:] not in (["years"], ["seasons"]):
        if intro.kind not in ("colon", "dash", "places", "times", "comma"):
            return None
    if inner_ands and len(spans) <= m.value <= len(spans) + inner_ands:
        return None  # "paper and card, glass and cans" for four or five things: either reading may be meant
    # "..., and a third man has not been named" / "Another was released.": the rest told apart
    rest = _rest_told(doc, m, spans[-1][1])
    return ListedItems(link="explicit" if explicit else "inferred", cue=intro.kind, count=m, items=items,
                       total=sum(counted.values()) + len(spans) - len(counted) if counted else 0,
                       noun=m.noun or "", partial=intro.kind == "partial" or bool(among) or rest,
                       places=intro.kind in ("places", "times", "events") or place is not None or road is not None
                       or intro.kind == "awards" and not (_head_noun(m).lower() in _ACADEMY_AWARD_NOUNS
                                                          and _ONE_CEREMONY.search(doc.text, noun_end, intro.start))
                       or years and (m.noun or "").split()[-1:] not in (["years"], ["seasons"]),
                       sites=(intro.kind == "places" or place is not None)
                       and _AT_SITE.search(doc.text, max(0, intro.start - 4), intro.start) is not None
                       or road is not None and all(_ROAD_SITE.match(doc.text, a, b) for a, b in spans)
                       or _one_town_short(doc, m, intro, place, spans))


_TALLIED = re.compile(r"(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+(\d{1,4})")


def _tally(doc: Document, m: Mention, spans) -> bool:
    """(round 31) Every item a name and a whole number, the numbers adding up to the count or falling as the list goes
    on under names each its own ("Kenya 5, Ethiopia 4 and Uganda 3"): a tally of the things by name, not model numbers
    ("the Pixel 7, Pixel 8 and Pixel 9")."""
    found = [_TALLIED.fullmatch(doc.text, a, b) for a, b in spans]
    if not all(found):
        return False
    numbers = [int(f.group(2)) for f in found]
    names = [f.group(1) for f in found]
    return sum(numbers) == m.value or len(set(names)) == len(names) and numbers == sorted(numbers, reverse=True) \
        and len(set(numbers)) > 1 and not all(n.split()[0] == names[0].split()[0] for n in names)


_BARE_BRACKET = re.compile(r"\s*\(\s*([^()\n]{1,12}?)\s*\)")


def _bracketed_multiples(doc: Document, m: Mention, spans) -> int | None:
    """(round 31) The list's size when an item's bracket holds a bare count of two or more ("Michigan (two)",
    "Leeds (3)"), each such item counted as that many; ``None`` when no item carries one."""
    total, found = 0, False
    for a, b in spans:
        bracket = _BARE_BRACKET.match(doc.text, b)
        size = next((o.value for o in doc.mentions_in(m.sentence) if bracket and o.kind == Kind.COUNT
                     and o.start == bracket.start(1) and o.end == bracket.end(1) and o.value is not None
                     and o.value.denominator == 1), None)
        found = found or size is not None and size >= 2
        total += int(size) if size is not None else 1
    return total if found else None


# (round 27) one preposition opening every item: "three routes: to A, to B and to C", "four grants - for A, for B, ..."
_FIRST_PREPOSITION = re.compile(r"\s*(" + "|".join(sorted(_PREPOSITIONS)) + r")\s+(?=\S)")


def _mask_repeated_preposition(text: str, start: int, end: int) -> str:
    """``text`` with the preposition that opens the first item and the item after the closing "and"/"or" blanked
    wherever it opens an item (after the start, a comma, "and" or "or"), so each item reads as what follows it; the
    text unchanged when the first or the last item lacks it."""
    first = _FIRST_PREPOSITION.match(text, start, end)
    if first is None:
        return text
    word = first.group(1)
    opens = re.compile(r"(?:^|,|\b(?:and|or))\s+(" + word + r")\s+(?=\S)")
    found = [rx for rx in opens.finditer(text[:end], start) if rx.start(1) > first.start(1)]
    closing = [rx for rx in found if rx.group(0).lstrip(", ").startswith(("and", "or"))]
    if not closing or not any(rx.group(0).lstrip().startswith(",") for rx in found):
        return text  # the "and" item and a comma item must open with it too: "to A, to B and to C"
    chars = list(text)
    for a, b in [first.span(1)] + [rx.span(1) for rx in found]:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# (round 24) a label's number inside an item, after its label word ("between junctions 27 and 29", "at Gate 4", "from
# platform 2"; the next one after "and"/"or"/"to"): part of the item's name, no count of things.  A masked copy of the
# window, the numbers written as a capitalised word; an item it parses may still hold several of the things counted
# ("land at junctions 9 and 10"), so the caller reads it only when the items outnumber the count
_LABEL_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:the|a|an|no|number|of|and|or|to|at|in|on|by|with|for|from|between)\s)"
                                r"[A-Za-z][a-z]{2,}\s+$", re.I)
_LABEL_NEXT_BEFORE = re.compile(r"(?:and|or|to|-|–)\s*$")
_LABEL_MASKED = re.compile(r"(?<![\w'’])Nn*(?![\w'’])")
_NAME_LABEL = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+Nn*(?:\s+[A-Z][\w'’.-]*)*")


def _mask_label_numbers(doc: Document, m: Mention, text: str, base: int, start: int, end: int) -> str | None:
    """``text`` (a window from ``base``) with the label numbers between start and end written as "Nn" (same length),
    or ``None`` when there is none."""
    spans, last = [], None
    for o in doc.mentions_in(m.sentence):
        if o.kind != Kind.CODE or not start <= o.start or o.end > end or not o.text.isdigit():
            continue
        gap = doc.text[last:o.start] if last is not None else ""
        if _LABEL_WORD_BEFORE.search(doc.text, max(start, o.start - 20), o.start) \
                or last is not None and _LABEL_NEXT_BEFORE.fullmatch(gap.strip()) and len(gap) <= 5:
            spans.append((o.start, o.end))
            last = o.end
    if not spans:
        return None
    chars = list(text)
    for a, b in spans:
        chars[a - base:b - base] = "N" + "n" * (b - a - 1)
    return "".join(chars)


# (round 31) a model's or version's number on its capitalised name ("Kestrel 300", "Nova 8 Pro", "Vela 2.0 hybrid",
# "Pixel 7a", "F-16"; round 32: a series after a hyphen, "Boeing 757-200", "767-300ER", "A330-200"): after the name,
# then the item's end, another capitalised word or one lower-case word and the end
_MODEL_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w'’.]*\s+|\b[A-Z]{1,3}-|\b[A-Z]{1,3}\d{1,4}-)$")
_MODEL_NUMBER = re.compile(r"\d{1,4}(?:\.\d{1,2}|-[A-Z]?\d{1,4})?[A-Za-z]{0,2}"
                           r"(?=\s*(?:[,;.)]|\s(?:and|or)\s|\s(?:[-–—]|--)\s|—|$"
                           r"|\s+[A-Z]|\s+[a-z][\w'’-]*(?<!s)\s*(?:[,;.)]|\s(?:and|or)\s|\s(?:[-–—]|--)\s|—|$)))")


def _mask_model_numbers(doc: Document, m: Mention, text: str, base: int, start: int, end: int):
    """``text`` (a window from ``base``) with the model numbers between start and end written as "Nn" (same length),
    and the spans of the numbers; ``None`` when there is none."""
    spans = []
    for o in doc.mentions_in(m.sentence):
        if o.kind not in (Kind.COUNT, Kind.CODE, Kind.YEAR, Kind.SCORE) or o.start < start or o.end > end or o is m \
                or not _MODEL_NAME_BEFORE.search(doc.text, max(start, o.start - 25), o.start):
            continue
        number = _MODEL_NUMBER.match(doc.text, o.start)
        if number is None or number.end() < o.end:
            continue
        spans.append((o.start, number.end()))
    if not spans:
        return None
    chars = list(text)
    for a, b in spans:
        chars[a - base:b - base] = "N" + "n" * (b - a - 1)
    return "".join(chars), spans


# (round 22) one semicolon after a comma list with its "and" item, then a lower-case word: the semicolon opens a new
# clause ("praised the three novels, A, B and C, for their ambition; the winner ..."), the list ends before it (a
# list kept by semicolons has two of them at least, or no "and" before the first: "A, 24, of Leeds; B, 31; and C")
_AND_ITEM = re.compile(r"\s(?:and|or)\s")
_CLAUSE_AFTER_SEMICOLON = re.compile(r"\s*(?!(?:and|or|plus|as\s+well|along|together|not\s+to)\b)[a-z]")


def _clause_after_semicolon(text: str, start: int, end: int) -> int | None:
    k = text.find(";", start, end)
    if k < 0 or text.find(";", k + 1, end) >= 0:
        return None
    if text.find(",", start, k) < 0 or not _AND_ITEM.search(text, start, k) \
            or not _CLAUSE_AFTER_SEMICOLON.match(text, k + 1, end):
        return None
    return k


# (round 21) towns after "in" for a count of things: a long list one short of the count is a warning, like sites
# after "at" ("eight hospitals, in A, B, C, D, E, F and G"); a shorter list may share towns ("four branches, in A,
# B and C": silent)
_TOWNS_SHORT_MIN = 5


def _one_town_short(doc: Document, m: Mention, intro: _Intro, place, spans) -> bool:
    return (intro.kind == "places" or place is not None) and not _persons(m.noun) and len(spans) >= _TOWNS_SHORT_MIN \
        and m.value == len(spans) + 1 and re.search(r"\bin\s+$", doc.text[max(0, intro.start - 4):intro.start]) is not None


def _inner_and_first(region: str, segments, k: int) -> bool:
    """Past the "and" item, plain lower-case things up to a last one joined by "and": "paper and card, glass,
    cans and food waste" (round 16) -- the first "and" was inside an item."""
    rest = [region[c:d].strip() for c, d in segments[k:]]
    plain = re.compile(r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}")
    return len(rest) >= 2 and all(plain.fullmatch(x) for x in rest[:-1]) \
        and re.fullmatch(r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s+and\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\.?",
                         rest[-1]) is not None \
        and not any(w in _CLAUSE_WORDS for x in rest for w in x.split())


# two names joined inside one item of a list of people: "the Red Lion's Dean Corrie and Stuart Baird"
_NAMES_PAIRED = re.compile(r"[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+")
# ... after an owner: "the Red Lion's Dean Corrie and Stuart Baird" (not "the Maritime and Coastguard Agency")
_OWNED_NAMES_PAIRED = re.compile(r"['’]s\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+and\s+[A-Z][\w'’-]+")
# (round 33 review) a label before names joined by "and": "the consortium Kier and Mace" may be one item or two
_LABELLED_NAMES_PAIRED = re.compile(r"(?:the|a|an)\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}\s+[A-Z][\w'’-]*"
                                    r"(?:\s+[A-Z][\w'’-]*)*\s+and\s+[A-Z]")
_INNER_AND = re.compile(r"(?<=[a-z0-9])\s+and\s+(?=[a-z])")  # also after a code: "on the B651 and side lanes"


def _inner_and_items(text: str, start: int, end: int, open_end: bool):
    """"food and drink cartons, plastic film, small electricals and textiles" (round 16): the list's last "and"
    closes it; each comma item before it may hold one lower-case "and" of its own (read as one item here).
    Returns (parsed, how many such inner "and"s), or ``None`` when there is none or the list still does not
    parse."""
    region = text[start:end]
    if ";" in region:
        return None
    segments = region.split(",")
    last = max((k for k, seg in enumerate(segments) if re.match(r"\s*(?:and|or)\s", seg) or _INNER_AND.search(seg)),
               default=None)
    if last is None or last == 0:
        return None
    masked, inner = [], 0
    for k, seg in enumerate(segments):
        found = _INNER_AND.findall(seg) if k < last else []
        if len(found) > 1:
            return None
        if found:
            seg = _INNER_AND.sub(lambda x: x.group(0).replace(" and ", "-and-"), seg)
            inner += 1
        masked.append(seg)
    if not inner:
        return None
    joined = ",".join(masked)
    parsed = parse_items(text[:start] + joined + text[end:], start, end, False, open_end, titles=True)
    return (parsed, inner - _contrasted_pairs(segments[:last], segments)) if parsed is not None else None


# (round 24) an inner pair under one modifier, "glass bottles and jars", whose head stands in another item of the list
# under another modifier ("plastic bottles"): the modifier sets kinds apart and holds for both words, one item
_MODIFIED_PAIR = re.compile(r"\s*([a-z][\w'’-]*)\s+([a-z][\w'’-]*s)\s+and\s+[a-z][\w'’-]*s\s*")
_MODIFIED_HEAD = re.compile(r"\s*(?:and\s+)?([a-z][\w'’-]*)\s+([a-z][\w'’-]*s)\s*\.?\s*")


def _contrasted_pairs(inner_segments, segments) -> int:
    """How many of the inner "and" items are one thing: "glass bottles and jars" beside "plastic bottles"."""
    pairs = [pair for seg in inner_segments if (pair := _MODIFIED_PAIR.fullmatch(seg)) is not None]
    if not pairs:
        return 0
    others = [head.groups() for seg in segments for piece in re.split(r"\s(?=and\s)", seg)
              if (head := _MODIFIED_HEAD.fullmatch(piece)) is not None]
    return sum(1 for pair in pairs if any(noun == pair.group(2) and modifier != pair.group(1) for modifier, noun in others))


def _item_tails(text: str, spans) -> list[tuple[int, int]]:
    """The phrases after each item's head ("hotel rooms| for up to 300 students"): a figure there
    describes the thing."""
    tails = []
    for a, b in spans:
        prep = _TAIL_START.search(text, a, b)
        if prep is not None:
            tails.append((prep.start(), b))
    return tails


_TAIL_START = re.compile(r"\s(?:" + "|".join(sorted(_PREPOSITIONS | _ITEM_PREPOSITIONS | _PLACE_PREPOSITIONS)) + r")\s")
_SHORT_BRACKET = re.compile(r"\s*\((?![^()]*\b(?:and|or|plus|with|including|both|as\s+well)\b)[^()\n]{1,40}\)", re.I)


def _sentence_body_end(doc: Document, sent) -> int:
    """The end of a sentence before its closing stop and quote marks."""
    return sent.start + len(doc.text[sent.start:sent.end].rstrip().rstrip("\"”’'").rstrip(".!?").rstrip())


# "at A, B and C": each thing at its own site (one address each), not "in" a town two may share
_AT_SITE = re.compile(r"\bat\s+$")


def _rest_told(doc: Document, m: Mention, start: int) -> bool:
    """After the list, the others of the count are told apart: "..., and a third man has not been
    named", "Another is expected to join", "the remaining two" (an ordinal within the count, its
    noun or "one"/a person; not "a fifth is due" after "four entries", nor "the final")."""
    noun = (m.noun or "").split()[-1:] or [""]
    for rx in RESTS_TOLD.finditer(doc.text, start, _next_sentence_start(doc, m.sentence, 80)):
        if _PLANNED_BEFORE.search(doc.text, max(start, rx.start() - 24), rx.start()):
            continue  # (round 52) "... -- and plans two more in the spring": more to come, none of the count
        if rx.group(0).lower() == "another":
            after = _WORD_AFTER.match(doc.text, rx.end())
            if after and after.group(1).lower() not in _REST_AFTER_ANOTHER \
                    and not (noun[0] and after.group(1).lower()[:4] == noun[0].lower()[:4]):
                continue  # "... - after another night of heavy rain": another thing, not one of the count (round 18)
            return True
        if rx.group(1) is None:
            if re.match(r"(?:the\s+rest|others)\b", rx.group(0), re.I) and _OTHER_FATE_AFTER.match(doc.text, rx.end()) \
                    and rx.start() >= doc.sentences[m.sentence].end:
                continue  # (round 53) "Seven crews finished ...: A, ..., F. The rest retired": the others' own fate
            return True
        word = rx.group(1).lower()
        if word in _ORDINALS and _ORDINALS.index(word) + 2 > int(m.value):
            continue  # "four entries ... and a fifth is due": one more than the count
        head = (rx.group(2) or "").lower()
        if not head or head in ("one", "ones", "man", "woman", "person", "people", "men", "women") \
                or head.isdigit() or head in _NUMBER_WORDS or noun[0] and head[:4] == noun[0].lower()[:4]:
            return True
    return False


_WORD_AFTER = re.compile(r"\s+([a-z][\w'’-]*)")
# (round 53) what befell the others, a past verb of their own (not one of naming or of being unknown)
_OTHER_FATE_AFTER = re.compile(r"\s+(?!(?:were|was|have|has|had|are|is|will|remain\w*|named|unnamed|identified)\b)"
                               r"[a-z]{3,}ed\b", re.I)
_PLANNED_BEFORE = re.compile(r"\b(?:plans?|planning|hopes?|aims?|expects?|intends?|wants?|will\s+(?:open|add|build)|"
                             r"to\s+(?:open|add|build))\s+(?:to\s+(?:open|add|build)\s+)?$", re.I)
# "Another is expected to join", "another one", "another of them": one more of the count itself
_REST_AFTER_ANOTHER = frozenset("""is was has had will would could may might can must should remains remained
    one of two three man woman person people member player candidate also still""".split())


def _next_sentence_start(doc: Document, index: int, length: int) -> int:
    """The end of sentence ``index``, or ``length`` characters into the next sentence of its paragraph."""
    sent = doc.sentences[index]
    if index + 1 < len(doc.sentences) and doc.sentences[index + 1].paragraph == sent.paragraph:
        nxt = doc.sentences[index + 1]
        return min(nxt.end, nxt.start + length)
    return sent.end


# a name, then a lower-case word that is no joiner or preposition, most often a verb: "... and Cy
# Fox tested positive", "... and Corvo made the shortlist", "... and Dyno all go through"
_NAME_THEN_VERB = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+([a-z]+)\b")


# "A, B and C all won", "A and B both ...": a quantifier after the last name, then a lower-case verb
# "..., while Derby won on penalties", "and Evans went out": the rest of the set told after the clause
_OTHERS_AFTER_ALL = re.compile(r"\b(?:while|whereas|but|except|apart|although|though|only|other|others|another|rest)\b"
                               r"|\s(?!(?:" + "|".join(_MONTHS_DAYS) + r")\b)[A-Z][a-z]|[,;]\s*and\s")
_ALL_AFTER_NAMES = re.compile(r"(?<=[A-Za-z'’.)])\s+(all|both)\s+(?=(?:[a-z]+ly\s+)?(?!of\b|the\b|three\b|four\b)[a-z]{2,})")


# "and Whitlam himself in the final": a reflexive after a name stresses it, no verb (round 17)
_REFLEXIVE_AFTER_NAME = re.compile(r"(?<=[A-Za-z])\s+(?:himself|herself|themselves)\b")


# (round 26) a bracket the list stopped at, then lower-case words: "...: Tom Reed (Bath) and Ben Hart (Sale) will start"
_BRACKET_THEN_WORDS = re.compile(r"\s*\([^()\n]{1,40}\)((?:\s+[a-z][\w'’-]*)+)")


def _last_item_on(text: str, a: int, b: int) -> str:
    """The last item and, past a bracket on it, the lower-case words that follow (round 26): the list may run
    into a clause behind the bracket ("... and Ben Hart (Sale) will start": some of them)."""
    on = _BRACKET_THEN_WORDS.match(text, b)
    return text[a:b] + on.group(1) if on else text[a:b]


# (round 31) a name, then the post or place it is given: "Aisha Rahman as education secretary", "Ben Cole at full-back"
_NAME_AS_POST = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+as\s+(?:(?:the|a|an)\s+)?"
                           r"[\w'’-]+(?P<second>\s+[\w'’-]+)?[\s.]*")
_NAME_POSTED = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:as|at|for|on|in)\s+\S")


def _posts_told(doc: Document, spans, count=None) -> bool:
    """The last name is given its post by "as" ("... and Owen Mackie as chief whip") as an earlier one is given its own
    ("Aisha Rahman as education secretary, Graham Doyle at transport"): no clause after the list.  (mend rm31) A list
    shorter than its count may be some of them as a clause's subject ("23 players: A at full-back and B as captain
    return"): then the post is one word, no second word that may be the clause's verb."""
    post = _NAME_AS_POST.fullmatch(doc.text, *spans[-1])
    if post is None or post.group("second") and post.group("second").strip()[:1].islower() \
            and count is not None and len(spans) < count:
        return False
    return any(_NAME_POSTED.match(doc.text, a, b) for a, b in spans[:-1])


# (round 32) a name of two words, the second lower-case: "Pristimantis loxae", "Quercus robur" (a bracket after it kept)
_NAME_AND_EPITHET = re.compile(r"[A-Z][\w'’.-]*\s+[a-z][\w'’-]*(?:\s*\([^()\n]{1,40}\))?")


def _names_of_one_shape(doc: Document, spans) -> bool:
    """(round 32) Every item, three at least, a capitalised word and a lower-case one ("Pristimantis aureolineatus,
    Pristimantis yanezi and Pristimantis loxae"): the last item's lower-case word is its name's, as in the others, no
    verb of a clause after the list ("Leeds, Hull and York objected" has no such word in its earlier names)."""
    if len(spans) < 3 or not all(_NAME_AND_EPITHET.fullmatch(doc.text, a, b) for a, b in spans):
        return False
    firsts = [doc.text[a:b].split()[0] for a, b in spans]
    seconds = [doc.text[a:b].split()[1] for a, b in spans]
    # a genus shared ("Pristimantis yanezi, Pristimantis loxae") or Latin endings throughout: no English verb ("Leeds
    # won, Hull drew and York lost" is three clauses)
    return len(set(firsts)) < len(firsts) or all(_LATIN_ENDING.search(w) for w in seconds)


_LATIN_ENDING = re.compile(r"(?:us|um|is|ae|i|a)$")


def _runs_into_clause(item: str) -> bool:
    item = _REFLEXIVE_AFTER_NAME.sub("", _romance_joined(item))
    if _described_name(item.rstrip(" .")) is not None:
        return False  # "... and the Irish goalkeeper Hart": a description before the name
    verb = _NAME_THEN_VERB.match(item)
    if verb is None or verb.group(1) in _NAME_JOINERS | _PREPOSITIONS | _PLACE_PREPOSITIONS | _ITEM_PREPOSITIONS \
            | {"or", "aged"}:
        return False
    # "the Albert and the Victoria bridges": a plural head the names share ends the item
    last = verb.end() == len(item.rstrip(" ."))
    tail = item[verb.start(1):].rstrip(" .")
    # (round 32) "the Torridge crossing at Weare Giffard": a place named after the item's head is where it stands
    tail = _NAMED_PLACE_TAIL.sub("", tail).split()
    if re.match(r"(?:the|a|an)\s", item) and len(tail) <= 3 and all(
            w.islower() and not w.endswith("ed") and w not in _VERB_BEFORE_NAME | _PREPOSITIONS for w in tail):
        return False  # "... and the Sumatran tiger", "the Amazon river dolphin": nouns after a name's adjective
    if _EPONYM_POSSESSIVE.search(item, 0, verb.start(1)) and len(tail) <= 3 and all(w.islower() for w in tail) \
            and not tail[-1].endswith("ed") and not set(tail) & (_VERB_BEFORE_NAME | IRREGULAR_PAST):
        return False  # (round 28) "... and Natterer's bat", "Cuvier's beaked whale": a thing named for someone
    return not (last and verb.group(1).endswith("s"))


# (round 32) a place phrase of names closing an item: " at Weare Giffard", " near Chepstow"
_NAMED_PLACE_TAIL = re.compile(r"\s+(?:at|in|near|outside|on)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                               r"(?:\s+[A-Z][\w'’.-]*){0,3}$")


# a capitalised possessive right before the lower-case words that end an item: "Natterer's bat", "Solomon's seal"
_EPONYM_POSSESSIVE = re.compile(r"[A-Z][a-z]+['’]s\s+$")


_NOUN_NAMED_AS = r"\s*,?\s+(?:(?:have\s+been|were|have\s+now\s+been)\s+)?(?:named|identified)(?:\s+by\s+police)?\s+as(\s*:)?\s+(?=[A-Z])"
# "The men, named as ...", "All four men have been named as ...": the count's noun taken up (one
# pattern for every noun: the noun and the count are compared after the match)
_TAKEN_UP = re.compile(r"\s*(?:The|These|Those|All\s+(?:the\s+)?(?P<count>[\w-]+))\s+(?P<noun>[A-Za-z][\w'’-]*)")
_NAMED_AS_AFTER_NOUN = re.compile(_NOUN_NAMED_AS)
# "... at seven stations. The stations affected are A, B and C.": the noun taken up, then its copula
_ARE_AFTER_NOUN = re.compile(r"\s+(?:(?:affected|involved|concerned|chosen|selected|picked|shortlisted|listed|named)\s+)?"
                             r"(?:are|were|will\s+be)(\s*:)?\s+(?=[A-Z])")
# "Three candidates are standing. They are A (Lab), B (Con) and C (Green).": the list next
_THEY_ARE = re.compile(r"\s*(?:(?:They|These|Those)\s+(?:are|were|will\s+be|(?:have\s+been\s+|were\s+)?(?:named|identified)\s+as)"
                       # (round 47) a squad's changes: "Out go A, B and C", "In come D and E"
                       r"|(?:Out|In)\s+(?:go|goes|went|come|comes|came))"
                       r"(\s*:)?\s+(?=[\"“‘]?[A-Z]|(?:a|an|the)\s+[a-z])")


_OUT_VERBS = re.compile(r"\b(?:dropped|drops|drop|axed|axes|released|releases|cut|cuts|omitted|omits|left\s+out|"
                        r"leaves\s+out|stood\s+down|stands\s+down|rested|rests|dumped|ditched|lose|loses|lost)\b", re.I)
_IN_VERBS = re.compile(r"\b(?:called\s+up|calls\s+up|recalled|recalls|added|adds|signed|signs|brought\s+in|brings\s+in|"
                       r"named|names|picked|picks|selected|selects|drafted|drafts|handed\s+debuts?\s+to)\b", re.I)
_THEIR_PLURAL = re.compile(r"\b(?:their|its)\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*[a-rt-z]s\b")
# (round 33) the subject's verb takes a definite set straight after it: "Two ministers visited the flooded towns."
_DEFINITE_OBJECT = re.compile(r"\s+(?:(?:have|has|had|will|would|could|may|must|did)\s+(?:not\s+)?)?(?:been\s+)?"
                              r"[a-z]+\s+(?:the|these|those)\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*[a-rt-z]s\b")


def _another_set_after(rest: str) -> bool:
    """After a subject count, another set "They" may stand for: "their rivals" (the subject's own others), people
    ("... to help residents"), or a definite set its verb takes ("... visited the flooded towns")."""
    return _THEIR_PLURAL.search(rest) is not None or _DEFINITE_OBJECT.match(rest) is not None or any(
        categories.names_persons(w) for w in re.findall(r"[a-z][\w'’-]*s\b", rest))


def _opening_subject(head: str) -> bool:
    """A count opening its sentence, bare or after one article: "" or "The " before "six ferries"."""
    return re.fullmatch(r"\W*(?:(?:The|These|All)\s+)?", head) is not None


def _listed_next(doc: Document, m: Mention) -> ListedItems | None:
    """The count's sentence names only it; the next opens "They are" and lists them all."""
    sent = doc.sentences[m.sentence]
    if sent.chrome or sent.headline or m.noun_span is None or not _plain_noun(doc, m) \
            or m.sentence + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[m.sentence + 1]
    if nxt.chrome or nxt.paragraph - sent.paragraph > 1:
        return None
    they = _THEY_ARE.match(doc.text, nxt.start, nxt.end)
    pronoun = they is not None and not re.match(r"\s*(?:Out|In)\s", they.group(0))  # ("Out go": no pronoun to read)
    if they is not None and not pronoun and not (_OUT_VERBS if they.group(0).strip().startswith("Out") else _IN_VERBS) \
            .search(doc.text, sent.start, m.start):
        return None  # "Out go" lists those dropped, "In come" those brought in: the count's verb must say so
    if pronoun and nxt.paragraph != sent.paragraph:
        return None  # "They" opening the next paragraph may be anyone (the noun taken up may be there)
    if they is None:
        # "Police charged four men. The men, named as A, B and C, ...": the noun taken up again
        head_noun = doc.text[m.noun_span.start:m.noun_span.end].split()[-1]
        taken = _TAKEN_UP.match(doc.text, nxt.start, nxt.end)
        if taken is None or taken.group("noun") != head_noun \
                or taken.group("count") is not None and taken.group("count") != m.text.strip().lower():
            return None
        they = _NAMED_AS_AFTER_NOUN.match(doc.text, taken.end("noun"), nxt.end) \
            or _ARE_AFTER_NOUN.match(doc.text, taken.end("noun"), nxt.end)
        if they is None:
            return None
    head = doc.text[sent.start:m.start]
    if len(words(head)) > 10 or "," in head or any(o is not m and o.is_quantity for o in doc.mentions_in(m.sentence)):
        return None  # the count opens its sentence, or follows a short clause
    # "The councils approved three schemes. They are ...", "The club signed two players from
    # rival teams. They are ...": who are "they"?  (A subject of up to three words is the
    # count's sentence opening: "Police have charged four men. They are ...")
    skip_from = m.noun_span.start - sent.start if len(words(head)) > 3 else 0
    # (round 33) a count that is its sentence's subject ("Six ferries ...", "The six ferries ...") is what
    # "They" takes up: the plurals after it are its objects ("... have cancelled sailings. They are ...")
    told = m.noun_span.end - sent.start if _opening_subject(head) and " and " not in doc.text[m.end:sent.end] \
        and not _another_set_after(doc.text[m.noun_span.end:sent.end]) else len(doc.text[sent.start:sent.end])
    if pronoun and _other_plural(doc.text[sent.start:sent.start + told], skip_from, m.noun_span.end - sent.start):
        return None
    items = _names_told_next(doc, m, nxt, they)
    if items is None:
        return None
    return ListedItems(link="inferred", cue="they are", count=m, items=items, noun=m.noun or "")


# (round 33) the list read runs on past its last name: "The others are A and B, and a site near C."
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:and|or|plus|as\s+well\s+as|along\s+with)\s")


def _names_told_next(doc: Document, m: Mention, nxt, they: re.Match) -> tuple | None:
    """The items the next sentence ``nxt`` lists after its opening ``they`` ("They are A, B and C."), with no other
    figure of its own; ``None`` when it lists fewer than two or its list is unclear."""
    start = they.end()
    text, base = _window(doc, start, nxt.end)
    colon = they.group(1) is not None
    end = nxt.end
    stop = re.search(r"[:()]|\s(?:[-–—]|--)\s|—", text[start - base:end - base])
    if stop:
        end = start + stop.start()
    parsed = parse_items(text, start - base, end - base, not colon, True, titles=not _persons(m.noun))
    if parsed is None and not colon:
        parsed = _things_listed(text, start - base, end - base)  # "They were a new library, a skate park and ..."
    if parsed is None or len(parsed[0]) < 2 or _LIST_GOES_ON.match(doc.text, parsed[0][-1][1] + base) \
            or all(doc.text[a:b].lower() in categories.NATIONALITIES for a, b in _shifted(parsed[0], base)):
        return None  # (round 33) "..., and a site near Derby": more than the names; "French, Dutch and Belgian": kinds
    last = parsed[0][-1][1] + base
    # no other figure in the list's sentence -- but one in a closing description of the set
    # ("They are A, B and C, all built between 2019 and 2021") is no count of theirs
    described = _SET_DESCRIBED.match(re.sub(r"^\s*,\s*", "", doc.text[last:last + 60])) is not None \
        and re.match(r"\s*,", doc.text[last:last + 3]) is not None
    if any(o.is_quantity and not (described and o.start >= last) for o in doc.mentions_in(nxt.index)) and not all(
            o.kind == Kind.AGE or o.kind == Kind.COUNT and re.fullmatch(r"\d{1,3}", o.text.strip())
            for o in doc.mentions_in(nxt.index) if o.is_quantity and not (described and o.start >= last)):
        return None
    return tuple(Related(a, b, doc.text[a:b]) for a, b in _shifted(parsed[0], base))


# (round 33) "Her debut is one of six novels on the list. The others are A, B, C and D.": the one, then the rest
_ONE_OF_BEFORE = re.compile(r"\b[Oo]ne\s+of\s+(?:the\s+)?$")
_OTHERS_ARE = re.compile(r"\s*The\s+others\s+(?:are|were|will\s+be)(\s*:)?\s+(?=[\"“‘]?[A-Z]|(?:a|an|the)\s+[a-z])")


def _others_next(doc: Document, m: Mention) -> ListedItems | None:
    """"X is one of five books shortlisted. The others are A, B and C.": the one and the others listed in the next
    sentence of its paragraph make up the count (here four, not five)."""
    sent = doc.sentences[m.sentence]
    if sent.chrome or sent.headline or m.sentence + 1 >= len(doc.sentences) \
            or not _ONE_OF_BEFORE.search(doc.text, sent.start, m.start):
        return None
    m = m if m.noun_span is not None else _with_noun(doc, m)
    if m.noun_span is None or not _plain_noun(doc, m):
        return None
    nxt = doc.sentences[m.sentence + 1]
    others = _OTHERS_ARE.match(doc.text, nxt.start, nxt.end)
    if others is None or nxt.chrome or nxt.paragraph != sent.paragraph \
            or any(o is not m and o.is_quantity and o.text.strip().lower() != "one" for o in doc.mentions_in(m.sentence)):
        return None  # no other figure in the count's sentence than its "one"
    items = _names_told_next(doc, m, nxt, others)
    if items is None:
        return None
    return ListedItems(link="inferred", cue="the others are", count=m, items=items, total=len(items) + 1,
                       noun=m.noun or "")


_NOT_PLURAL = frozenset("""has was is its this does his hers ours yours theirs always thus as plus perhaps
    us bus gas news series species means politics economics""".split())


# "... will shut five branch libraries. The branches at A, B, C and D close in May": the count's noun (or its
# modifier, made plural) taken up by the next sentence with the places the things stand at or in
_PLACES_TAKEN_UP = re.compile(r"\s*The\s+(?P<noun>[a-z][\w'’-]*s)\s+(?P<prep>at|in)\s+(?=[A-Z])")
# the verb after the names: "will shut", "are to close", "closed", "have been"
_VERB_AFTER_NAMES = re.compile(r"\s+(?:will|would|are|were|is|was|have|has|had|could|may|must|[a-z]{3,}ed)\b")


def _plural_of(word: str) -> str:
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _places_taken_up(doc: Document, m: Mention) -> ListedItems | None:
    """A count of things (not people), the only count of its sentence, then the next sentence opening on
    its noun with the places they are at: "The council will close five branch libraries next spring. The
    branches at Ashby, Cole, Dene and Esk will shut in March" (round 16): sites after "at" are one each
    (fewer is a warning), towns after "in" may be shared (fewer is silent); figures after the list's verb
    ("..., leaving 19 libraries") are no count of theirs."""
    sent = doc.sentences[m.sentence]
    if sent.chrome or sent.headline or m.noun_span is None or _persons(m.noun) or not _plain_noun(doc, m) \
            or m.sentence + 1 >= len(doc.sentences):
        return None
    nxt = doc.sentences[m.sentence + 1]
    if nxt.chrome or nxt.paragraph - sent.paragraph > 1 \
            or any(o is not m and o.kind == Kind.COUNT for o in doc.mentions_in(m.sentence)):
        return None
    taken = _PLACES_TAKEN_UP.match(doc.text, nxt.start, nxt.end)
    if taken is None:
        return None
    noun_words = doc.text[m.noun_span.start:m.noun_span.end].lower().split()
    said = taken.group("noun").lower()
    if said != noun_words[-1] and not (len(noun_words) > 1 and _plural_of(noun_words[-2]) == said):
        return None
    names = _AFTER_NAMES.match(doc.text, taken.end(), nxt.end)
    if names is None or not _VERB_AFTER_NAMES.match(doc.text, names.end("names"), nxt.end):
        return None
    parsed = parse_items(doc.text, taken.end(), names.end("names"), True, False, titles=True)
    if parsed is None or len(parsed[0]) < 2 or any(taken.end() <= o.start < names.end("names")
                                                   for o in doc.mentions_in(nxt.index)):
        return None
    items = tuple(Related(a, b, doc.text[a:b]) for a, b in parsed[0])
    at = taken.group("prep") == "at"
    return ListedItems(link="inferred", cue="they are", count=m, items=items, noun=m.noun or "", places=not at,
                       sites=at)


def _other_plural(text: str, a: int, b: int) -> bool:
    """A plural-looking word (or an "and" joining two) outside ``text[a:b]``: another
    thing "They" may stand for."""
    for rx in re.finditer(r"[A-Za-z][A-Za-z'’]*", text):
        if a <= rx.start() < b:
            continue
        w = rx.group(0).lower()
        if w == "and" or len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) \
                and w not in _NOT_PLURAL:
            return True
    return False


# "Ann Roe, Bo Lee and Cy Fox are the four candidates": the list opens the sentence
# (round 54: or after a colon and a pronoun, "Slab, wire rod, rebar and plate: these are the five product lines")
_BEFORE_COPULA = re.compile(r"(?:\s*:\s*(?:these|those|they))?\s+(?:are|were|will\s+be|remain|became|become)\s+"
                            r"(?:the|its|their|our)\s+(?:only\s+)?$")
# "Ann Roe, Bo Lee and Cy Fox - the four candidates left -": the count in apposition after the
# list, behind a dash, a colon or a comma
_BEFORE_APPOSITION = re.compile(r"(?:(?:\s+(?:[-–—]|--)\s+|\s*—\s*|\s*:\s+)(?:(?:the|its|their|our|these|those|all)\s+)?"
                                r"|\s*,\s+(?:the|its|their|our|these|those|all)\s+"
                                r"|(?<!such)\s+as\s+(?:the|its|their|our)\s+)(?:only\s+)?$")
_APPOS_DETERMINERS = ("the", "its", "their", "our", "these", "those", "all", "only")
_SPEECH_VERBS = frozenset("""said says insisted insist claimed claim argued argue added warned warn admitted admit
    confirmed confirm announced announce stated state noted note agreed agree believe believed think thought hope
    hoped fear feared reported report""".split())
_RELATIVES = frozenset("who which that when where while".split())
# "- the six acts confirmed so far for the main stage -": a verb of saying as a participle (its
# phrase follows), not "the two firms confirmed" (who says so)
_PARTICIPLE_TAIL = re.compile(r"\s*[a-z]+\s+(?:so\s+far|to\s+date|(?:for|by)\s+(?:the|its|their|a|an)\b)")
# a fronted adverb is no item: "Yesterday, Leeds and Hull were the two ..."
_SENTENCE_ADVERBS = frozenset("""yesterday today tonight tomorrow meanwhile however now then instead still also
    again separately elsewhere earlier later overall previously currently initially finally ultimately
    similarly likewise together altogether combined jointly besides moreover nevertheless meantime""".split())


def _listed_before(doc: Document, m: Mention) -> ListedItems | None:
    """Names open the sentence (or follow its verb), then "are the N NOUNs" or an apposition
    "- the N NOUNs -": the count restates the list."""
    sent = doc.sentences[m.sentence]
    if sent.chrome or sent.headline or m.noun_span is None or not _plain_noun(doc, m):
        return None
    head = doc.text[sent.start:m.start]
    if " and " not in head:
        return None  # no list of names before the count (tested again below; first, as it is cheap)
    cop = _BEFORE_COPULA.search(head)
    appos = None if cop else _BEFORE_APPOSITION.search(head)
    if cop is None and appos is None or " and " not in head or any(o.start < m.start and o.is_quantity
                                                                    for o in doc.mentions_in(m.sentence)):
        return None
    first = words(head)[:1]
    if not first or first[0] in _PREPOSITIONS | _FRONTED | _SENTENCE_ADVERBS or first[0].endswith("ly") \
            or re.match(r"['’]", doc.text[m.noun_span.end:m.noun_span.end + 1]):
        return None  # "In A, B and C are ...", "are the two firms' rivals": not the list's things
    start = sent.start
    if appos is not None:
        if re.search(r"\band\s+(?:the|a|an|its|their|his|her|one|two|three|four|five|\d)", doc.text[m.noun_span.end:sent.end]) \
                and not re.search(r"[,;:()–—]|\s-\s", doc.text[m.noun_span.end:sent.end].split(" and ", 1)[0]):
            return None  # "A, B and C, the two organisers and the sponsor": the apposition is a list too
        cop = appos
        tail = re.match(r"[^,;:()–—]{0,80}?(?=,|\s(?:[-–—]|--)\s|—|$)", doc.text[m.noun_span.end:sent.end])
        if "," in appos.group(0) and tail is None or tail is not None and (
                set(words(tail.group(0))[:1]) & (_CLAUSE_WORDS - _RELATIVES | _SPEECH_VERBS)
                and not _PARTICIPLE_TAIL.match(tail.group(0))):
            return None  # "A, B and C, the two cities said, ...": no apposition
        if re.match(r"[A-Z][\w'’-]*\s+(?:of|the)\s", head):
            return None  # "Fans of A, B and C - the two clubs ... -": whose list?
        if not _apposition_closes(doc.text[m.noun_span.end:sent.end]):
            return None  # (review) "A, B and C - the two chains blamed rising rents -": a clause, no apposition
        if not appos.group(0).rstrip().endswith(tuple(_APPOS_DETERMINERS)) and (
                not m.text.strip().isalpha() or re.match(r"\s+(?:in\s+all|in\s+total|between|among|of)\b",
                                                         doc.text[m.noun_span.end:sent.end])):
            return None  # "A, B and C - 12 clubs in all -": a count without "the" is a word, and no total
    end = sent.start + cop.start()
    text, base = _window(doc, sent.start, end)
    # (round 54) things, not names, may open the sentence when a colon and a pronoun take them up: "Slab, wire rod,
    # rebar and plate: these are the five product lines"
    things = cop is not None and cop.group(0).lstrip().startswith(":")
    parsed = parse_items(text, start - base, end - base, not things, False, titles=not _persons(m.noun))
    if parsed is None and appos is not None:
        # "The pilot covers A, B and C, the three cities"
        start = _object_list_start(text, sent.start - base, end - base)
        if start is None and re.search(r"[-–—:]", appos.group(0)):
            start = _preposition_list_start(text, sent.start - base, end - base)  # round 25: "in A, B and C - the three"
        parsed = parse_items(text, start, end - base, True, False, titles=not _persons(m.noun)) \
            if start is not None else None
    if parsed is None and appos is not None and not _verb_in_tail(tail.group(0) if tail is not None else ""):
        parsed = _shared_head_names(text, sent.start - base, end - base)  # round 25: "the A, B and C lines on Monday, the"
    if parsed is None and appos is not None and appos.group(0).rstrip().endswith("the") and not _persons(m.noun):
        # (round 55) things opening the sentence, taken up in apposition by "the N things": "Lemons, limes, grapefruit
        # and kumquats, the five crops hit hardest by the frost, will ..."
        parsed = parse_items(text, sent.start - base, end - base, False, False, titles=True)
        if parsed is not None and (text[sent.start - base:parsed[0][0][0]].strip()
                                   or any(len(text[a:b].split()) > 3 for a, b in parsed[0])):
            parsed = None  # the items must open the sentence and be short: not "The scheme runs in Leeds, Hull and York"
    if parsed is None or len(parsed[0]) < 2:
        return None
    items = tuple(Related(a, b, doc.text[a:b]) for a, b in _shifted(parsed[0], base))
    explicit = appos is not None and re.search(r"[-–—:]", appos.group(0)) is not None
    return ListedItems(link="explicit" if explicit else "inferred", cue="list before the count", count=m,
                       items=items, noun=m.noun or "")


# "All four are ...", "The four men were ...", "The three" opening a sentence: the whole set named
# just before ("the other two", "the first three", "Two of them" are some of it)
_TAKES_UP = re.compile(r"\s*(?:The|All|All\s+the|Both\s+the|These|Those)\s+$")
# where a sentence-opening list of names ends: the first lower-case word after its "and" item
_LIST_VERB = re.compile(r"\s(?:and|or)\s+(?:the\s+)?[A-Z][^;:()]*?(?=,?\s(?!(?:of|de|van|von|der|da|al|bin|le|la|du|"
                        r"del|di|the|and|upon|on|aged)\b)[a-z])")


# a copula or a passive after the names: they are the set the next sentence takes up
_SET_VERB = re.compile(r",?\s+(?:are|were|have\s+been|had\s+been|will\s+be|would\s+be|are\s+now|were\s+all|are\s+all)\s")


# round 25: "A, B and C will each receive £4m from the fund.": a verb over each of the names, its object an amount
_EACH_VERB = re.compile(r",?\s+(?:(?:will|would|are\s+to|have|had)\s+)?each\s+[a-z]{3,}\s+(?:about\s+|around\s+|up\s+to\s+)?"
                        r"(?=[£$€]|\d)")


def _each_takes_amount(doc: Document, prev, at: int) -> bool:
    """Round 25: the names of the previous sentence are its whole subject when a verb over each of them takes an
    amount ("will each receive £4m from the fund"), and nothing after it names others (no capitalised word, no
    "and": "each receive £4m from Arco", "..., and ...")."""
    each = _EACH_VERB.match(doc.text, at, prev.end)
    if each is None:
        return False
    rest = doc.text[each.end():prev.end]
    return not re.search(r"\s[A-Z]|\band\b|\bwith\b", rest)


# people of one sex or age: some of a list of names may be such ("the two men", "two teenagers")
_SUBSET_PEOPLE = categories.SEXED_PEOPLE | frozenset("teenagers teens youths juveniles adults children pensioners".split())


def _some_of_the_names(m: Mention, names: int) -> bool:
    """A count of people of one sex or age ("the two men", "two teenagers") below the number of names: those of that
    sex or age among them, no count of the list."""
    return bool(m.noun) and m.noun.split()[-1].lower() in _SUBSET_PEOPLE and m.value is not None and m.value < names


def _listed_previous(doc: Document, m: Mention) -> ListedItems | None:
    """A sentence opens with names as its subject, the next opens with "All four" / "The four men"
    taking them up: "Ann Roe, Bo Lee and Cy Fox were charged. All four deny it." -- when no other
    figure, "with", "other" or "another" in the names' sentence could add to them."""
    sent = doc.sentences[m.sentence]
    if sent.chrome or sent.headline or m.sentence == 0 or not _TAKES_UP.fullmatch(doc.text[sent.start:m.start]):
        return None
    prev = doc.sentences[m.sentence - 1]
    if prev.chrome or prev.headline or prev.paragraph != sent.paragraph:
        return None
    after = doc.text[m.end:sent.end]
    if m.noun_span is not None and re.match(r"\s*(?:are|were)\s", doc.text[m.end:m.noun_span.end]):
        m = replace(m, noun=None, noun_span=None)  # "All four are due": a verb, no noun
    if m.noun_span is not None:
        if not _plain_noun(doc, m) or re.match(r"\s+(?:that|who|which|whose|where|[a-z]+ing|[a-z]+ed|to|in|at|from|of|on|"
                                               r"with|among)\b", doc.text[m.noun_span.end:sent.end]):
            return None  # "The two cities that lost", "The two men arrested in Leeds": some of them
    elif not re.match(r"\s+(?:are|were|have|had|will|would|could|can|may|deny|denied|admit|admitted|appeared|appear|"
                      r"face|faced|now|all)\b", after):
        return None  # "All four of them", "The three-year deal": no taking up
    verb = _LIST_VERB.search(doc.text, prev.start, prev.end)
    if verb is None:
        return None
    # (review) the "each" right after the names, not anywhere in their sentence
    each = _EACH_VERB.match(doc.text, verb.end(), prev.end)
    if any(o.is_quantity and o.kind != Kind.AGE and not (o.kind == Kind.COUNT and re.fullmatch(r"\d{1,3}", o.text.strip()))
           and not (each is not None and o.start >= each.end() and o.kind in (Kind.MONEY, Kind.MEASURE, Kind.PERCENT))
           for o in doc.mentions_in(prev.index)):
        return None
    prev_text = doc.text[prev.start:prev.end]
    if re.search(r"\bwith\b", prev_text, re.I) or _ALONG_WITH.search(prev_text) or RESTS_TOLD.search(prev_text):
        return None  # "A and B were arrested with two other men": who else?
    first = words(prev_text)[:1]
    if not first or first[0] in _PREPOSITIONS | _FRONTED | _SENTENCE_ADVERBS or first[0].endswith("ly"):
        return None
    if not _SET_VERB.match(doc.text, verb.end(), prev.end):
        if not _each_takes_amount(doc, prev, verb.end()):
            return None  # "A, B and C were charged" / "have been shortlisted": the set; not "A and B met the mayor"
        if m.noun_span is None or _persons(m.noun):
            return None  # (review) "A and B will each receive £5,000. The four children ...": people of another kind
    if m.noun_span is not None and re.search(r"(?:ers|ors)$", m.noun or ""):
        return None  # "The two winners": a role some of them hold
    end = verb.end()
    text, base = _window(doc, prev.start, end)
    parsed = parse_items(text, prev.start - base, end - base, True, False)
    if parsed is None or len(parsed[0]) < 2:
        return None
    if _some_of_the_names(m, len(parsed[0])):
        return None  # (round 26) "A, B and C were charged. The two men were remanded": those of one sex among them
    items = tuple(Related(a, b, doc.text[a:b]) for a, b in _shifted(parsed[0], base))
    return ListedItems(link="inferred", cue="list before the count", count=m, items=items, noun=m.noun or "")


# (round 26) a headline's count, its plural noun and a past participle: "Four firms fined over price fixing"
_HEADLINE_DONE = re.compile(r"\s+([a-z]{2,}ed|" + IRREGULAR_PARTICIPLES + r")\b")
_NAMES_DONE = r",?\s+(?:were|have\s+been|had\s+been)\s+{}\b"
# (round 27) a headline's verb in the present ("Four riders abandon race"), the names in the lead doing it in the past
# ("A, B and C had abandoned", "... have resigned", "... quit"): regular verbs only; a reported clause may open the
# lead ("Team Solvex confirmed that A, B and C ...")
_HEADLINE_PRESENT = re.compile(r"\s+([a-z]{3,}?)\b(?!['’])")
_NAMES_DID = re.compile(r",?\s+(?:(?:have|had|have\s+now|had\s+all|have\s+all)\s+)?([a-z]{3,}ed)\b")


# (review) one more of them told doing something, by no name: "Their team-mate pulled out ...", "Earlier, the housing
# minister stepped down" -- a determiner, a singular noun (up to two words before it), then a verb in the past
_ONE_MORE_DID = re.compile(r"\b(the|a|an|their|his|her|its|another|one)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
                           r"([a-z][\w'’-]*(?:[^s\W]|ss))\s+(?:(?:had|has|also|then|later|too)\s+)*"
                           r"([a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST | _SPEECH_VERBS)) + r"|quit)\b", re.I)
# determiners that make the noun after them a person when people are counted: "their team-mate", "a colleague"
_PERSON_DETERMINERS = frozenset("their his her a an another one".split())


def _one_more_did(doc: Document, m: Mention, spans) -> bool:
    """(review) One more of the headline's count told acting by no name in ``spans`` (start, end): a singular subject
    of the count's kind ("the housing minister" after "Four ministers"; when people are counted, a person or one
    told by "their", "a", "another": "Their team-mate pulled out") and a past verb that is no verb of speech ("The
    club said ..." tells of no member; "The scheme had raised £2m" tells of no council)."""
    head = _head_noun(m).lower()
    for start, end in spans:
        for rx in _ONE_MORE_DID.finditer(doc.text, start, end):
            noun = rx.group(2).lower()
            if rx.group(3).lower() in _SPEECH_VERBS:
                continue
            if _plural_of(noun) == head or _persons(m.noun) and (
                    rx.group(1).lower() in _PERSON_DETERMINERS or _persons(_plural_of(noun))):
                return True
    return False


def _regular_pasts(verb: str) -> frozenset:
    """The past forms a regular present-tense verb may take: "abandon" -> "abandoned", "resign" -> "resigned",
    "retire" -> "retired", "deny" -> "denied", "drop" -> "dropped" (an irregular one, "quit", is never read)."""
    forms = {verb + "ed", verb + "d", verb + verb[-1] + "ed"}
    if verb.endswith("y"):
        forms.add(verb[:-1] + "ied")
    return frozenset(forms)


# "along with" others: words that tell of more than the names ("A and B, along with two others", "among them")
_ALONG_WITH = re.compile(r"\b(?:along\s+with|together\s+with|alongside|plus|other|others|another|including|among|amongst)\b",
                         re.I)
# a capitalised word, with the capitalised words after it: one name ("Sam Cole", "Bank of England")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?[A-Z][\w'’.-]*)*")
# lower-case words a sentence may open on before a name that is no subject of its own ("In Leeds", "The ...")
_OPENERS = _MOD_DETERMINERS | _PREPOSITIONS | _SENTENCE_ADVERBS | frozenset("it they he she we there all each both but".split())
_NOT_SUBJECT_BEFORE = _PREPOSITIONS | _PLACE_PREPOSITIONS | frozenset({"of", "the"})


def _other_subject_named(doc: Document, spans, listed: str) -> bool:
    """(review) A capitalised name in ``spans`` (sentence start, search start, end) that could be the subject of a verb
    of its own, not one of the ``listed`` names again ("Mr Reed"): at a sentence's opening ("Sam Cole, 19, faces
    ..."), or after a word other than a preposition ("as were Hull", "joining Sam Cole", "their guide, Ed Moss,"); a
    day or month is none."""
    names = set(words(listed))
    for sentence_start, start, end in spans:
        for run in _CAPITALISED_RUN.finditer(doc.text, start, end):
            ws = [w for w in run.group(0).split() if w not in ("of", "the", "and", "&") and w.strip(".") not in _MONTHS_DAYS]
            before = words(doc.text[sentence_start:run.start()])
            if ws and before == [] and ws[0].lower() in _OPENERS:
                before, ws = [ws[0].lower()], ws[1:]
            if set(words(re.sub(r"['’]s\b", "", " ".join(ws)))) <= names | _TITLES:
                continue  # "Mr Dyer", "Brill's": a listed name again
            if not before or before[-1] not in _NOT_SUBJECT_BEFORE:
                return True
    return False


# (round 27) a reporting verb, "that" after it or not, before the lead's names: "The council said that A, B and C ...",
# "Downing Street said A and B ..."
_REPORTED_THAT = re.compile(r"\b(?i:" + "|".join(sorted(_SPEECH_VERBS)) + r")\s+(?:that\s+)?(?=(?:the\s+)?[A-Z])")  # "Said A ..."


def _listed_under_headline(doc: Document, m: Mention) -> ListedItems | None:
    """(round 26) A sentence-case headline "Four firms fined over ..." and the report's first sentence opening on
    names as the subject of that same participle ("Acme, Brill and Cato were fined £2m on Tuesday"): the headline
    counts the names.  Nothing in the first sentence or the two after may tell of others (a count, "also", "among",
    "another", "a fourth", "the rest" ...), and the participle is told of no one else in the body, the lead's own tail
    included.  (review) Nor may the lead's tail or the two sentences after name anyone who could be a subject of their
    own ("..., as were Hull and Selby", "joining Sam Cole in the squad", "Sam Cole faces the same charge", "Their guide,
    Ed Moss, ..."): only names after a preposition ("in Leeds", "by the Environment Agency"), days and months."""
    sent = doc.sentences[m.sentence]
    if not sent.headline or m.noun_span is None or not _plain_noun(doc, m) or not _persons(m.noun) and not m.noun.endswith("s"):
        return None
    done = _HEADLINE_DONE.match(doc.text, m.noun_span.end, sent.end)
    present = _HEADLINE_PRESENT.match(doc.text, m.noun_span.end, sent.end) if done is None else None
    if done is None and present is None or any(o is not m and o.kind == Kind.COUNT for o in doc.mentions_in(m.sentence)):
        return None
    body = [x for x in doc.sentences if not x.headline and not x.chrome]
    if not body or body[0].index <= m.sentence:
        return None
    lead = body[0]
    verb = _LIST_VERB.search(doc.text, lead.start, lead.end)
    if verb is None:
        return None
    if done is not None:
        names_done = re.match(_NAMES_DONE.format(re.escape(done.group(1))), doc.text[verb.end():lead.end])
    else:  # (round 27) "Four riders abandon ..." / "A, B and C had abandoned": the headline's verb, told in the past
        names_done = _NAMES_DID.match(doc.text[verb.end():lead.end])
        if names_done is not None and names_done.group(1) not in _regular_pasts(present.group(1)):
            names_done = None
        done = names_done
    if names_done is None:
        return None
    reported = _REPORTED_THAT.search(doc.text, lead.start, verb.start())
    list_start = reported.end() if reported else lead.start  # "Team Solvex confirmed that A, B and C ..."
    near = " ".join(doc.text[x.start:x.end] for x in body[:3])
    if RESTS_TOLD.search(near) or _PARTIAL_WORDS.search(near) or _ALONG_WITH.search(near) \
            or any(o.kind == Kind.COUNT for x in body[:3] for o in doc.mentions_in(x.index)):
        return None
    told = verb.end() + names_done.end()  # (review) the lead's own tail too: "..., while Cato and Dex were fined £1m"
    done_again = re.compile(r"\b" + re.escape(done.group(1)) + r"\b")
    if done_again.search(doc.text, told, lead.end) or any(done_again.search(doc.text, x.start, x.end) for x in body[1:]):
        return None  # "... Dex was fined £1m": the participle told of another
    text, base = _window(doc, list_start, verb.end())
    parsed = parse_items(text, list_start - base, verb.end() - base, True, False)
    if parsed is None or len(parsed[0]) < 2 or _some_of_the_names(m, len(parsed[0])):
        return None  # "Two teenagers arrested" over three names: those of that age among them
    listed = " ".join(text[a:b] for a, b in parsed[0])
    if _other_subject_named(doc, [(lead.start, told, lead.end)] + [(x.start, x.start, x.end) for x in body[1:3]],
                            listed):
        return None  # (review) "..., as were Hull and Selby", "joining Sam Cole", "Sam Cole faces the same charge"
    if present is not None and _one_more_did(doc, m, [(told, lead.end)] + [(x.start, x.end) for x in body[1:]]):
        return None  # (review rv27-b) "Their team-mate pulled out an hour later": another verb, by no name
    items = tuple(Related(a, b, doc.text[a:b]) for a, b in _shifted(parsed[0], base))
    return ListedItems(link="inferred", cue="headline count, names in the lead", count=m, items=items,
                       noun=m.noun or "")


# (round 31) people told one by one in the lead, as the subject of the headline's participle: "Three arrested after
# fire" / "Police said a man, 34, and a woman, 29, had been arrested ..."
_ONE_PERSON = (r"(?:a|an)\s+(?:\d{1,3}-year-old\s+)?(?:[a-z]+\s+)?(?:man|woman|boy|girl|teenager|youth|pensioner|person)"
               r"(?:\s*,\s*\d{1,3}\s*,?|\s+aged\s+\d{1,3})?")
_PEOPLE_SUBJECT = re.compile(r"(?:.*?\b(?:said|says|confirmed|announced)\s+(?:that\s+)?)?(?P<list>" + _ONE_PERSON
                             + r"(?:\s*,?\s*" + _ONE_PERSON + r")*\s*,?\s+and\s+" + _ONE_PERSON + r")\s*"
                             r"(?:were|have\s+been|had\s+been|have\s+both\s+been|had\s+both\s+been|are\s+being)\s+(?P<done>[a-z]+)\b",
                             re.I | re.S)
_ONE_PERSON_RX = re.compile(_ONE_PERSON, re.I)
# (mend rm31) or anyone told by age ("A 17-year-old was detained", "Jo Fry, 17, was held") or as a suspect
_ANOTHER_PERSON = re.compile(r"\b(?:(?:man|woman|boy|girl|child|baby|teenager|youth|pensioner|person|driver|passenger"
                             r"|pedestrian|cyclist|rider|daughter|son|wife|husband|mother|father|brother|sister|friend"
                             r"|neighbour|neighbor|relative|partner|suspect|teen|juvenile|minor|adult|youngster|occupant"
                             r"|resident|worker|officer|victim|other|nephew|niece|cousin|uncle|aunt|grandson"
                             r"|granddaughter|grandmother|grandfather|grandparent|parent|sibling|stepson|stepdaughter"
                             r"|fiancee?|girlfriend|boyfriend|colleague|employee|tenant|lodger|acquaintance)s?|men|women|children|people|someone|accused"
                             r"|\d{1,3}-year-olds?)\b|\b[A-Z][a-z]+,\s*\d{1,3}\s*,", re.I)
_PERSON_AGE_AFTER = re.compile(r"(?:\s*,\s*\d{1,3}\s*,?|\s+aged\s+\d{1,3})$")


def _people_under_headline(doc: Document, m: Mention) -> ListedItems | None:
    """A headline opening on a bare count and a participle ("Three arrested after warehouse fire", "Two hurt in crash")
    and a lead whose subject tells the people one by one ("a man, 34, and a woman, 29, had been arrested"): the
    headline counts them (inferred).  The lead must hold no count but ages, and the lead and the two sentences after
    it no word of others ("another", "a third", "also", "including" ...), nor the participle told again."""
    sent = doc.sentences[m.sentence]
    if not sent.headline or m.noun_span is not None and _HEADLINE_DONE.fullmatch(" " + (m.noun or "")) is None \
            or doc.text[sent.start:m.start].strip() \
            or any(o is not m and o.kind == Kind.COUNT for o in doc.mentions_in(m.sentence)):
        return None
    done = _HEADLINE_DONE.match(doc.text, m.end, sent.end)
    body = [x for x in doc.sentences if not x.headline and not x.chrome]
    if done is None or not body or body[0].index <= m.sentence:
        return None
    lead = body[0]
    told = _PEOPLE_SUBJECT.match(doc.text, lead.start, lead.end)
    if told is None or told.group("done").lower() != done.group(1).lower():
        return None
    near = " ".join(doc.text[x.start:x.end] for x in body[:3])
    if RESTS_TOLD.search(near) or _PARTIAL_WORDS.search(near) or _ALONG_WITH.search(near) \
            or any(o.kind == Kind.COUNT for x in body[:3] for o in doc.mentions_in(x.index)):
        return None
    done_again = re.compile(r"\b" + re.escape(done.group(1)) + r"\b")
    if done_again.search(doc.text, told.end(), lead.end) or any(done_again.search(doc.text, x.start, x.end)
                                                                for x in body[1:]):
        return None  # "... A third man was arrested later": the participle told of another
    if _ANOTHER_PERSON.search(doc.text, told.end(), lead.end) \
            or any(_ANOTHER_PERSON.search(doc.text, x.start, x.end) for x in body[1:3]):
        return None  # "..., while their daughter was taken to hospital": someone else, perhaps one of them
    found = [(x.start(), x.start() + len(_PERSON_AGE_AFTER.sub("", x.group(0))))
             for x in _ONE_PERSON_RX.finditer(doc.text, told.start("list"), told.end("list"))]
    items = tuple(Related(a, b, doc.text[a:b]) for a, b in found)  # (the age after the person no part of the item)
    if len(items) < 2:
        return None
    return ListedItems(link="inferred", cue="headline count, people in the lead", count=m, items=items, noun="")


# (round 32) a headline's subject and present verb before its count ("Greenfield adds three to Saturday bill", "Rovers
# sign four"), or a count and its participle ("Four recalled to squad"); the lead tells the names as the verb's objects
_HEADLINE_SUBJECT_VERB = re.compile(r"\s*(?:[A-Z][\w'’&.-]*\s+){1,4}([a-z]{3,})\s+$")
_OBJECTS_VERB = r"\b(?:(?:has|have|had)\s+(?:now\s+|just\s+)?)?({})\s+(?=(?:the\s+)?[A-Z])"
# where the objects end: a preposition and a determiner or time word, a comma and a lower-case word, the sentence's end
_OBJECTS_END = re.compile(r"\s+(?:to|for|on|in|at|from|as|into|onto|after|before|with|ahead\s+of)\s+"
                          r"(?:its|their|the|his|her|"
                          r"our|a|an|this|next|last|loan|short|new|(?:" + "|".join(WEEKDAY_NAMES) + r")\b)"
                          r"|,\s+(?!and\b)[a-z]|\s*[.;:]?\s*$")


def _present_pasts(verb: str) -> frozenset:
    """The past forms of a headline's present verb: "adds" -> "added", "axes" -> "axed", "carries" -> "carried",
    "names" -> "named", and after a plural subject "sign" -> "signed"."""
    if not verb.endswith("s") or verb.endswith("ss"):
        return _regular_pasts(verb)  # (a plural subject: "Rovers sign four")
    stems = {verb[:-1]}
    if verb.endswith("es"):
        stems.add(verb[:-2])
    if verb.endswith("ies"):
        stems.add(verb[:-3] + "y")
    return frozenset().union(*(_regular_pasts(stem) for stem in stems))


def _objects_under_headline(doc: Document, m: Mention) -> ListedItems | None:
    """(round 32) A headline's count as the object of its verb ("Greenfield adds three to Saturday bill", "Senate
    confirms four judges") or as the subject of its participle ("Five recalled to England squad"), and the lead telling
    the names as that verb's objects ("The festival has added A, B, C and D to its line-up"): the headline counts them
    (inferred).  The same guards as for names in the lead: no count in the headline but this one, none in the lead or
    the two sentences after it, no word of others ("also", "among", "another", "the rest" ...), and the verb told of no
    one else in the body."""
    sent = doc.sentences[m.sentence]
    if not sent.headline or m.hedge or (m.noun is not None and not _plural_word(m.noun.split()[-1])) \
            or any(o is not m and o.kind == Kind.COUNT for o in doc.mentions_in(m.sentence)):
        return None
    active = _HEADLINE_SUBJECT_VERB.fullmatch(doc.text, sent.start, m.start)
    if active is not None:
        pasts = _present_pasts(active.group(1))
    elif not doc.text[sent.start:m.start].strip():
        done = _HEADLINE_DONE.match(doc.text, m.noun_span.end if m.noun_span is not None else m.end, sent.end)
        pasts = frozenset({done.group(1)}) if done is not None else frozenset()
    else:
        return None
    body = [x for x in doc.sentences if not x.headline and not x.chrome]
    if not pasts or not body or body[0].index <= m.sentence:
        return None
    lead = body[0]
    verb = re.compile(_OBJECTS_VERB.format("|".join(sorted(pasts)))).search(doc.text, lead.start, lead.end)
    if verb is None:
        return None
    near = " ".join(doc.text[x.start:x.end] for x in body[:3])
    if RESTS_TOLD.search(near) or _PARTIAL_WORDS.search(near) or _ALONG_WITH.search(near) \
            or any(o.kind == Kind.COUNT for x in body[:3] for o in doc.mentions_in(x.index)):
        return None
    end = _OBJECTS_END.search(doc.text, verb.end(), lead.end)
    if end is None:
        return None
    done_again = re.compile(r"\b(?:" + "|".join(sorted(pasts)) + r")\b")
    if done_again.search(doc.text, end.start(), lead.end) or any(done_again.search(doc.text, x.start, x.end)
                                                                  for x in body[1:]):
        return None  # "... It added Dex on Monday": the verb told of another
    text, base = _window(doc, verb.end(), end.start())
    parsed = parse_items(text, verb.end() - base, end.start() - base, True, False)
    if parsed is None or len(parsed[0]) < 2 or not all(_one_name(text[a:b]) for a, b in parsed[0]):
        return None
    items = tuple(Related(a, b, doc.text[a:b]) for a, b in _shifted(parsed[0], base))
    if m.value is not None and len(items) < m.value and (_NAME_WORDS.search(doc.text, end.start(), lead.end) or any(
            _NAME_WORDS.search(doc.text, x.start, x.end) for x in body[1:3])):
        return None  # (round 32 mend) "... signed A and B on loan. C and D have joined ...": the rest named after
    return ListedItems(link="inferred", cue="headline count, objects in the lead", count=m, items=items,
                       noun=m.noun or "")


_OBJECT_START = re.compile(r"\b([a-z][a-z'’-]*)\s+(?=[A-Z])")
_NOT_VERB = _PREPOSITIONS | _DETERMINERS | _NAME_JOINERS | _SENTENCE_ADVERBS | _PLACE_PREPOSITIONS | frozenset(
    "and or than including like as such between among via of out unlike despite besides within during without".split())


def _object_list_start(text: str, start: int, end: int) -> int | None:
    """Where a list in object position begins: after the last lower-case word (a verb, not a
    preposition or determiner) that stands right before a capitalised word."""
    found = [rx for rx in _OBJECT_START.finditer(text, start, end) if rx.group(1) not in _NAME_JOINERS | {"or"}]
    if not found or found[-1].group(1) in _NOT_VERB or "," in text[start:found[-1].start()]:
        return None  # "In A, B and C, the two ...", "After talks, the pilot covers ..."
    return found[-1].end()


# round 25: names sharing one plural head, perhaps then a time phrase, ending the words before an apposition: "will
# close the Central, Jubilee, Northern and Victoria lines on Monday, the three routes ..."
_SHARED_HEAD_NAMES = re.compile(r"\bthe\s+(?P<names>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*"
                                r"\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+[a-z][\w'’-]*[a-rt-z]s"
                                r"(?:" + _TIME_PHRASE + r")?\s*$")


def _shared_head_names(text: str, start: int, end: int):
    """The names before a shared plural head ("the Central, Jubilee and Victoria lines"), one item each."""
    shared = _SHARED_HEAD_NAMES.search(text, start, end)
    if shared is None:
        return None
    return parse_items(text, shared.start("names"), shared.end("names"), True, False, titles=True)


# (review) what may follow the noun of an apposition on a list in object or preposition position: nothing, a relative
# or a preposition ("- the three councils that share a depot -", "- the two firms in the race -") or a participle's
# phrase ("- the two firms left in the race -"); not a verb of its own ("- the two chains blamed rising rents -", ": the
# two airlines cited fog"), a clause that is no apposition
_APPOSITION_TAIL = re.compile(r"\s*(?:$|[-–—,:;.)]|(?:who|which|that|where|whose|of|in|at|on|for|from|with|by|to|across"
                              r"|between|among|behind|under|within|near|outside|left|still|so\s+far|to\s+date|[a-z]{2,}ing)\b)")


def _apposition_closes(after_noun: str) -> bool:
    """Review: the words after the apposition's noun keep it a noun phrase (see ``_APPOSITION_TAIL``)."""
    return _APPOSITION_TAIL.match(after_noun) is not None or _PARTICIPLE_ASIDE.match(after_noun.lstrip()) is not None \
        or _PARTICIPLE_TAIL.match(after_noun) is not None


def _verb_in_tail(tail: str) -> bool:
    """Review: a verb of a clause (or of saying) among the words after the apposition's noun, before any relative:
    "..., the three unions involved said", "..., the three men arrested were later bailed": a comma splice."""
    for w in words(tail):
        if w in _RELATIVES:
            return False
        if w in _CLAUSE_WORDS or w in _SPEECH_VERBS:
            return True
    return False


def _preposition_list_start(text: str, start: int, end: int) -> int | None:
    """Round 25: names after a preposition, then the count in apposition behind a dash or colon ("Cuts to opening
    hours in A, B, C and D - the three councils that share a contract - ..."): the dash closes the list the
    preposition opened (not after "of": "Fans of A, B and C - the two clubs ... -", whose list?)."""
    found = [rx for rx in _OBJECT_START.finditer(text, start, end) if rx.group(1) not in _NAME_JOINERS | {"or"}]
    if not found or found[-1].group(1) not in _PREPOSITIONS | _PLACE_PREPOSITIONS or found[-1].group(1) == "of" \
            or "," in text[start:found[-1].start()]:
        return None
    return found[-1].end()


_OF_QUANTIFIERS = frozenset("out each any none either neither all some most many few several half majority "
                            "minority total".split())


def _quantified_of(doc: Document, m: Mention, before: list[str]) -> bool:
    """"two of three", "out of five", "a total of six": "of" after a quantity word (not
    "the support of two senators")."""
    raw = doc.text[max(doc.sentences[m.sentence].start, m.start - 20):m.start]
    if re.search(r"\d\S*\s+of\s+$", raw) or len(before) < 2:
        return True
    if before[-2] == "total" and len(before) > 2 and before[-3] == "a":
        # "a total of five ships": the whole count, no part of another (not "two out of a total of five")
        return len(before) > 3 and (before[-4] in _NUMBER_WORDS | {"of"} or before[-4].isdigit())
    return before[-2] in _NUMBER_WORDS or before[-2] in _OF_QUANTIFIERS


_SUBJECT_OPENING = re.compile(r"\s*(?:(?:The|Its|Their|His|Her|Our|All|[A-Z][\w'’-]*['’]s?)\s+)?(?:[a-z][\w'’-]*\s+)?")
_AUXILIARY_BRIDGE = re.compile(r"\s+(?:are|were|was|is|have|has|had|will|would)\s+(?:[a-z][\w'’-]*\s+){0,3}?"
                               r"(?:across|in|at|over|between|among|to|from|through)\s+(?:the\s+)?$")


def _counted_subject(doc: Document, m: Mention, intro) -> Mention | None:
    """The one earlier count of the sentence when it is the subject, a verb then a preposition between it and this
    count, and the list follows this count's noun after a colon or dash ("The 22 shows were spread across 14 cities:
    A, B, ..."): the list is this count's, unless it matches the subject's (checked by the caller) (round 18)."""
    s = doc.sentences[m.sentence]
    earlier = [o for o in doc.mentions_in(m.sentence) if o.start < m.start and o.is_quantity]
    if len(earlier) != 1 or intro.kind not in ("colon", "dash") or m.noun_span is None \
            or doc.text[m.noun_span.end:intro.start].strip(" :-–—") or _persons(m.noun):
        return None
    other = earlier[0]
    if other.kind != Kind.COUNT or other.noun_span is None or _persons(other.noun) or other.value is None \
            or not _SUBJECT_OPENING.fullmatch(doc.text, s.start, other.start) \
            or not _AUXILIARY_BRIDGE.fullmatch(doc.text, other.noun_span.end, m.start):
        return None
    return other


# round 19: things counted, perhaps a participle, then where they are: "staged 230 concerts across six venues:",
# "with 118 acts playing on its six stages:"
# (round 24) the earlier things may take a short phrase of their own first: "build 312 homes for social rent on five
# sites:", "staged 40 concerts by local bands across six venues:" (lower-case words, no figure)
_PLACED_IN = re.compile(r"(?:\s+(?:for|of|by|from|with)(?:\s+[a-z][\w'’-]*){1,3}?)?"
                        r"(?:\s+[a-z]+ing)?\s+(?:across|in|at|on|over|between|among|through)\s+"
                        r"(?:the|its|their|his|her|our|each\s+of\s+(?:the|its|their))?\s*$")


def _counted_in_place(doc: Document, m: Mention, intro) -> Mention | None:
    """The one earlier count of the sentence when its things stand in this count's places, the list after this
    count's noun and a colon or dash ("staged 230 concerts across six venues: A, B, ..."): the list is this count's,
    unless it matches the earlier count (checked by the caller) (round 19)."""
    earlier = [o for o in doc.mentions_in(m.sentence) if o.start < m.start and o.is_quantity]
    if len(earlier) != 1 or intro.kind not in ("colon", "dash") or m.noun_span is None \
            or doc.text[m.noun_span.end:intro.start].strip(" :-–—") or _persons(m.noun):
        return None
    other = earlier[0]
    if other.kind != Kind.COUNT or other.noun_span is None or other.value is None \
            or not _PLACED_IN.fullmatch(doc.text, other.noun_span.end, m.start):
        return None
    return other


# (round 37) the list after the count's colon opens on a common noun, no name: "three offences: fraud, forgery ..."
# (not "The three men were held after 12 raids: Ann Roe, Bo Lee and Cy Fox": the names are the men)
_COMMON_ITEMS_AFTER = re.compile(r"[^:.;]*:\s*[a-z]")
_SUBJECT_VERB_BETWEEN = re.compile(r"\s(?:were|was|are|is|have|has|had)\s+(?:been\s+)?(?:[a-z]+(?:ed|en)|found|held|made|"
                                   r"sent|told|brought|caught|kept|put|set|shot|hit|cut|won|lost)\b", re.I)


def _inside_bridge(doc: Document, m: Mention) -> bool:
    """Another count stands earlier in the same clause: the list may be its list."""
    for other in doc.mentions_in(m.sentence):
        if other.start >= m.start:
            break
        if other.end > m.start:
            continue  # the count itself, read with its "about"
        if re.fullmatch(r"\s+" + _PART_AMONG + r"\s+(?:the|its|their|his|her|our|these|those)\s+", doc.text[other.end:m.start]):
            continue  # the part before "among the" and its whole: "five riders among the ten finalists", read as one
        if other.kind == Kind.COUNT and other.noun and m.noun and _persons(other.noun) and not _persons(m.noun) \
                and _SUBJECT_VERB_BETWEEN.search(doc.text, other.end, m.start) \
                and _COMMON_ITEMS_AFTER.match(doc.text, m.end, doc.sentences[m.sentence].end):
            continue  # (round 37) "The two brothers were convicted of three offences: ...": people, then what they did
        if other.kind == Kind.COUNT and (other.noun_span is not None or _with_noun(doc, other).noun_span is not None
                                         or _TALLY_BEFORE.search(doc.text, max(0, other.start - 60), other.start)) \
                and not re.search(r"[,;:()–—]|\s-\s", doc.text[other.end:m.start]):
            return True  # "named three uncapped players in their 14-man squad - A, B, C and D"
    return False


# a tally and a verb of its size before a bare count: "the injury list now stands at", "the death toll has risen to"
_TALLY_BEFORE = re.compile(r"\b(?:list|tally|toll|number|total|count|field|roll)\s+(?:(?:of|from|for|in)\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:[a-z][\w'’-]*\s+){1,2}?)?"
                           r"(?:(?:now|has|have|had|then|already|so\s+far)\s+)*"
                           r"(?:stands\s+at|stood\s+at|(?:rose|risen|climbed|grown|grew|increased|jumped|fallen|fell|dropped|"
                           r"shrunk|shrank|gone\s+up|gone\s+down)\s+to|reached|totals|totalled|is|was|numbers)\s+$")


# (round 60) the groups whose members may follow "of" by name ("the three-strong team of A, B, C and D"); not a board
# or a committee, whose "of" names an owner ("the five-member board of Acme Holdings")
_TEAMS_OF_NAMES = frozenset("team squad crew panel quartet trio".split())


def _team_of_names(m: Mention) -> bool:
    """A team sized in a compound of its members ("three-strong", "four-member", "five-man")."""
    return "-" in m.text and singular((m.noun or "").lower()) in _TEAMS_OF_NAMES


# a group named by its size after "of": "the shortlist of four", "a panel of five"
_GROUP_NOUNS = frozenset("""shortlist panel team squad group board committee jury crew line-up lineup field
    delegation party cast quartet trio""".split())
# round 25: a count of members named by their role on a group noun: "a three-judge panel", "a five-justice bench"
_MEMBER_ROLE = re.compile(r"(?:[A-Za-z]+|\d{1,2})-([a-z]{3,})")
_MEMBER_GROUPS = _GROUP_NOUNS | {"bench", "tribunal", "commission", "council", "court"}
_MEMBER_ROLES = frozenset({"justice", "expert", "pilot", "judge"})


# (round 27) what "a NOUN of N" may not be: a measure, a share or a time of life ("a margin of four", "the age of four")
_NOT_GROUP_OF = _OF_QUANTIFIERS | frozenset("age ages margin lead deficit gap score maximum minimum average rate "
                                            "sum number best worst".split())


def _members_by_role(doc: Document, m: Mention, spans) -> bool:
    """(round 56) A group's members told by role after its size: some items open with a count of people of their own
    ("two deputy ministers"), each other item is one person with an article ("the minister", "an interpreter"), its
    last word a person's."""
    counted = _counted_items(doc, m, spans)
    if not counted:
        return False
    nouns = {o.start: o.noun for o in doc.mentions_in(m.sentence) if o.start in counted}
    return all(_persons(nouns.get(a)) and nouns.get(a) for a in counted) and all(
        re.match(r"(?:a|an|the|its|their|his|her)\s+[a-z][\w\s'’-]*$", doc.text[a:b]) and not _plural_item(doc.text[a:b])
        and _persons(_plural_of(doc.text[a:b].split()[-1].lower())) for a, b in spans if a not in counted)
    # (a person each: not "two adults, three children and a dog")


def _named_group_of(before: list[str]) -> bool:
    """(round 27) "a breakaway of four", "a family of five", "their gang of three": any singular noun after a
    determiner, the count its size (the list must follow a colon or a dash: a bare count takes no other)."""
    if len(before) < 3 or not (before[-3] in _DETERMINERS or before[-3].endswith(("'s", "’s"))):
        return False
    noun = before[-2]
    plural = noun.endswith("s") and not noun.endswith(("ss", "us"))  # not "a class of", "a bus of"
    return noun.isalpha() and not plural and noun not in _NOT_GROUP_OF and noun not in _DETERMINERS


def _members_compound(m: Mention) -> bool:
    """Round 25: "A three-judge panel - A, B, C and D -": the role is a person's ("judges") and the noun a group
    of them, so the count is of its members, like "a three-member panel"; not "a three-day panel"."""
    role = _MEMBER_ROLE.fullmatch(m.text.strip())
    if role is not None and m.compound and m.noun is not None and role.group(1) == "course" \
            and m.noun.split()[-1].lower() in _MEALS:
        return True  # (round 49) "The seven-course tasting menu - A, B, ... and G -": one item a course
    return role is not None and m.compound and m.noun is not None and m.noun.split()[-1].lower() in _MEMBER_GROUPS \
        and (role.group(1) in _MEMBER_ROLES or _persons(_plural_of(role.group(1))))


_MEALS = frozenset({"menu", "meal", "dinner", "lunch", "banquet", "feast"})


# a verb of the whole a noun phrase may run into: "The four-strong shortlist comprises ..."
_WHOLE_VERB_IN_NOUN = re.compile(r"\s(?:comprises|includes|contains|consists|features)\b")


def _plain_noun(doc: Document, m: Mention) -> bool:
    """The count's noun phrase is common nouns ("three children", "two biggest airports"),
    not one that ran into a name ("three children Nora, Hasna and Guy")."""
    ws = doc.text[m.end:m.noun_span.end].split()
    return bool(ws) and (len(ws) == 1 or not ws[-1][:1].isupper() or _ACRONYM_PLURAL.fullmatch(ws[-1]) is not None) \
        and not _A_DIGIT.search(" ".join(ws[1:]))


# "MPs", "NGOs", "GPs": an acronym's plural is a common noun, no name
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")
_A_DIGIT = re.compile(r"\d")  # (round 20, speed: compiled once)


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve both all none some "
                          "most many several".split())


# a part told with its own plural noun before "among the" and the whole: "had five riders among the ten
# finalists" reads like "five of the ten finalists" (round 17)
# (round 21) an adjective too, not a number word: "seven gold medals among the 14"
_PART_AMONG = r"(?:(?!(?:" + "|".join(sorted(_NUMBER_WORDS)) + r")\b)[a-z]+\s+)?[a-z]+s\s+among(?:st)?"


# "two of the", "five riders among the": a count, then the base it is taken from (round 20: compiled once)
_PARTITIVE_BEFORE = re.compile(r"\b([A-Za-z]+|\d+)\s+(?:of|" + _PART_AMONG + r")\s+" + _POSSESSOR + r"\s+"
                               r"(?:[\w'’-]+\s+)?$")
_PARTITIVE_BEFORE_TRIGGER = ("of", "among")  # (round 29, speed) what every match of _PARTITIVE_BEFORE holds


# (round 55) "in one of three sizes: small, medium and large": the colon lists all the sizes, one of which applies
_ONE_OF_ALL = frozenset({"one", "any", "each", "either"})
_NOUN_THEN_COLON = re.compile(r"\s+[a-z][\w-]*\s*:\s")


def _one_of_all_listed(doc: Document, m: Mention, before: list[str]) -> bool:
    return len(before) > 1 and before[-2] in _ONE_OF_ALL and m.noun_span is not None \
        and _NOUN_THEN_COLON.match(doc.text, m.end) is not None


def _partitive(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    raw = doc.text[max(s.start, m.start - 30):m.start]
    match = _PARTITIVE_BEFORE.search(raw) if holds_any(raw, _PARTITIVE_BEFORE_TRIGGER) else None
    return bool(match) and (match.group(1).lower() in _NUMBER_WORDS or match.group(1).isdigit())


# the count's noun joined to another group before the list: "Two men and a woman", "three boys and
# their father", "four staff plus a volunteer"
_JOINED_GROUP = re.compile(r"\s+(?:and|plus|&|as\s+well\s+as|along\s+with|together\s+with)\s+"
                           r"(?:a|an|one|two|three|four|five|six|his|her|their|\d+)\s", re.I)


# what joins a part's count to its whole's: " of the ", " among the " -- or " of the league's ", the whole's owner
# named after "the" (round 33)
_PART_OF_WHOLE = re.compile(r"\s+(?:of|" + _PART_AMONG + r")\s+" + _POSSESSOR + r"\s+(?:(?<=the\s)[a-z][\w-]*['’]s\s+)?")


def _partitive_part(doc: Document, m: Mention) -> Mention | None:
    """The count of a part right before "of the" and the whole ``m`` ("Six" in "Six of the 18 teams", "Two of the
    league's 12 clubs"), when it is a whole count in the same sentence."""
    before = [o for o in doc.mentions_in(m.sentence) if o.end <= m.start]
    if not before or before[-1].kind != Kind.COUNT or before[-1].value is None or before[-1].hedge \
            or before[-1].is_range or not _PART_OF_WHOLE.fullmatch(doc.text, before[-1].end, m.start):
        return None
    return before[-1]


def _definite_subject(doc: Document, m: Mention, before: list[str]) -> bool:
    """An apposition list needs "The two men," / "London's two airports," / "Its three
    founders," -- not "In 12 matches, Smith ..."."""
    s = doc.sentences[m.sentence]
    raw = doc.text[max(s.start, m.start - 30):m.start]
    if re.search(r"(?:\b(?:the|its|their|his|her|our|these|those|both|all|has|have|had|leaves|left|by)|['’]s?)\s+"
                 r"(?:(?:top|first|last|final|other|remaining|original|latest|main|biggest|largest)\s+)?$",
                 raw, re.I):
        return True
    if re.search(r"\bof\s+$", raw):
        # "won the support of two senators, A and B,": inside the clause, not a fronted
        # phrase ("In a field of 12 runners, A, B and C led")
        head = doc.text[s.start:m.start]
        first = words(head)[:1]
        return "," not in head and bool(first) and first[0] not in _PREPOSITIONS | _FRONTED
    return not raw.strip()  # the count opens the sentence


def _object(doc: Document, m: Mention, before: list[str], places: bool = False) -> bool:
    """"The chain will close six stores, in A, B and C,": the count is the object of a verb
    in the sentence's main clause (nothing fronted before it, no comma); before places it may
    follow "at"/"in"/"across" ("cut jobs at two plants, in A, B and C")."""
    s = doc.sentences[m.sentence]
    head = doc.text[s.start:m.start]
    fronted_time = _FRONTED_TIME.match(head)
    if fronted_time:
        head = head[fronted_time.end():]  # (round 63) "From October the operator will drop three sailings, ..."
    first = words(head)[:1]
    last = before[-1] if before else ""
    if places and last in ("at", "in", "across", "for", "on", "to") and len(before) > 1:
        last = before[-2]
    elif last in ("at", "in", "across", "on", "from") and len(before) > 2 and before[-2].endswith("s") \
            and before[-2] not in _PREPOSITIONS | _FRONTED | _DETERMINERS and not before[-2].endswith("ss"):
        last = "shops"  # (round 38) "extended to shops on three streets, A and B": where a plural of the main clause is
        # (round 55: "went to athletes from five clubs, A, B, ...": where they come from)
    elif last in ("at", "in", "on", "across", "through", "via") and len(before) > 2 and before[-3] in _MODALS:
        last = before[-2]  # (round 63) a verb after a modal, then its preposition: "will call at three islands, A and B"
    return bool(before) and _CLAUSE_COMMA.search(head) is None and bool(first) and first[0] not in _PREPOSITIONS | _FRONTED \
        and last not in _PREPOSITIONS | _FRONTED | _DETERMINERS | {"and", "or", "than"}


_MODALS = frozenset("will would can could may might shall should must to".split())
# (round 63) a time phrase opening the sentence before its subject: "From October", "On Monday,", "In 2026"
_FRONTED_TIME = re.compile(r"\s*(?:from|in|on|by|since|after|until|before)\s+(?:(?:" + "|".join(MONTH_NAMES) + "|"
                           + "|".join(WEEKDAY_NAMES) + r")\b(?:\s+\d{4})?|\d{4}|(?:next|last|this)\s+(?:week|month|year|"
                           r"spring|summer|autumn|winter))\s*,?\s+(?=[A-Za-z])", re.I)


# a comma between words, not one grouping a figure's digits ("The 2,300km line will link three capitals, Arlen and
# Besk": round 58)
_CLAUSE_COMMA = re.compile(r",(?!\d{3})|(?<!\d),")


def _of_object(doc: Document, m: Mention, before: list[str]) -> bool:
    """(round 28) The count after "of" on a plural in object position: "sequenced the genomes of three species"."""
    if len(before) < 3 or before[-1] != "of" or not _plural_word(before[-2]):
        return False
    rest = before[:-2]
    if rest[-1] in _DETERMINERS:
        rest = rest[:-1]
    return _object(doc, m, rest)


_FRONTED = frozenset({"of", "out", "like", "unlike", "despite", "apart", "besides", "as", "within", "throughout",
                      "during", "without", "beyond", "across", "amid", "after", "when", "while", "if"})


# figures of another kind than a count may stand inside an item: "a 6% pay rise", "£2bn for
# schools", "a 20mph limit", "Wimbledon in 1999" -- they describe one thing, they count none
_ITEM_FIGURE_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.MEASURE, Kind.DURATION, Kind.YEAR, Kind.MULTIPLE,
                                Kind.POINTS,  # "ending the triple lock"
                                Kind.DATE, Kind.TIME})  # (round 28) "Glasgow on 14 June", "a talk at 7.30pm"
_FIGURE_MASK = "#"


def _mask_figures(doc: Document, m: Mention, start: int, end: int, text: str, base: int) -> str:
    """``text`` (the document's text from ``base``) with the item figures between start and end
    blanked to "#" (same length, spaces kept): an item of a figure alone reads as no item."""
    mentions = doc.mentions_in(m.sentence)
    spans = [(o.start, o.end) for o in mentions
             if (o.kind in _ITEM_FIGURE_KINDS or _item_quantity(doc, m, o)) and start <= o.start and o.end <= end
             and (o.kind not in (Kind.DATE, Kind.TIME) or _A_DIGIT.search(o.text))]  # (not a town named "March")
    if not spans:
        return text
    dated = {o.start for o in mentions if o.kind in (Kind.DATE, Kind.TIME)}  # (mend: once, not for every span)
    chars = list(doc.text[start:end])
    for a, b in spans:
        if _YEAR_ITEM.fullmatch(doc.text, a, b):
            chars[a - start:b - start] = "Y" + "y" * (b - a - 1)  # a year reads as a name: "three seasons: 2019, ..."
            continue
        if doc.text[a:b].rstrip(".") and a in dated:
            # (round 28) a date or a clock time reads as a name too, its spaces and closing stop kept: "Glasgow on
            # 14 June", "a frost on the night of April 3" (a place's tail, like "of Bolton")
            body = doc.text[a:b].rstrip(".")
            chars[a - start:a - start + len(body)] = "D" + "".join(c if c.isspace() else "d" for c in body[1:])
            continue
        for i in range(a - start, b - start):
            if not chars[i].isspace():
                chars[i] = _FIGURE_MASK
    return text[:start - base] + "".join(chars) + text[end - base:]


# A list is read in a window of the text: the span looked at and a margin either side, so that
# look-arounds read as on the whole text (masking a copy of a whole long document for each list
# cost most of a second on a 10 MB file).  Positions in a window are less its offset.
_WINDOW_MARGIN = 200


def _window(doc: Document, start: int, end: int, figures_of: Mention | None = None,
            items: bool = True) -> tuple[str, int]:
    """The text around start..end and its offset, with the item figures of ``figures_of``'s sentence
    ("#"), and with ``items`` the brackets on items and the quote marks of titles, blanked between start
    and end (same length)."""
    base = max(0, start - _WINDOW_MARGIN)
    text = doc.text[base:end + _WINDOW_MARGIN]
    if figures_of is not None:
        text = _spelt_ages_as_digits(doc, figures_of.sentence, start, end, _mask_figures(doc, figures_of, start, end,
                                                                                         text, base), base)
    if items:
        text = _mask_quotes(_mask_brackets(_mask_figure_tails(_mask_age_ranges(text, start - base, end - base),
                                                              start - base, end - base), start - base, end - base),
                            start - base, end - base)
    return text, base


def _spelt_ages_as_digits(doc: Document, sentence: int, start: int, end: int, text: str, base: int) -> str:
    """(round 32) ``text`` with the ages spelt out between start and end ("her son Daniel, nine,") written as a digit
    and blanks (same length), read like the ages in digits around them."""
    for o in doc.mentions_in(sentence):
        if o.kind == Kind.AGE and start <= o.start and o.end <= end and o.text.isalpha():
            text = text[:o.start - base] + "9" + " " * (o.end - o.start - 1) + text[o.end - base:]
    return text


def _shifted(spans, base: int) -> list[tuple[int, int]]:
    """Spans in a window, as positions in the document."""
    return [(a + base, b + base) for a, b in spans]


_YEAR_ITEM = re.compile(r"(?:1[89]|20)\d\d")
# a determiner before a group's size: "their 14-man squad", "Leeds's 12-strong party"
_ONE_THING_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our|this|that)|['’]s?)\s+$")


def _item_quantity(doc: Document, m: Mention, o: Mention) -> bool:
    """A count larger than the list's own, in digits, before a lower-case word ("six measures: ...,
    300 more hostel beds and ..."): how much of something one item holds, not a number of the
    things counted -- it describes its item like a sum of money would."""
    if o.kind != Kind.COUNT or o.start <= m.end or o.hedge or o.value is None or m.value is None \
            or not o.text[:1].isdigit():
        return False
    if o.value > m.value and re.match(r"\s+[a-z]", doc.text[o.end:o.end + 3]) is not None:
        return True
    if _per_unit(doc, o):
        return True  # round 25: a concentration or a rate, "iridium at 3 parts per million": how much, no things
    # a bare number a thing is set to, at the end of its item: "raising the pension age to 68, ...",
    # "cutting the speed limit to 20 and ..." -- a value, no count of things
    return o.noun_span is None and _VALUE_BEFORE.search(doc.text, max(0, o.start - 8), o.start) is not None \
        and _ITEM_END.match(doc.text, o.end) is not None


_VALUE_BEFORE = re.compile(r"\b(?:to|from)\s+$")
_PER_UNIT_AFTER = re.compile(r"\s+per\s+[a-z]")


def _per_unit(doc: Document, o: Mention) -> bool:
    """Round 25: a count whose noun is "per" something ("3 parts per million") is a rate, no number of things."""
    return o.noun_span is not None and _PER_UNIT_AFTER.match(doc.text, o.noun_span.end) is not None
_ITEM_END = re.compile(r"\s*(?:[,;.)]|\s(?:and|or)\s|$)")


def _head_noun(m: Mention) -> str:
    """The last word of a count's noun ("" without one)."""
    ws = (m.noun or "").split()
    return ws[-1] if ws else ""


# "won three golds in Glasgow, in the 100m freestyle, the 200m ...": the events of medals or titles, one
# each; more events than medals is a contradiction, fewer is not (a list may be partial)
_MEDAL_NOUNS = frozenset("golds silvers bronzes medals titles".split())
_EVENTS = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|" + _TIME_PHRASE + r")?"
                     r"\s*,\s*in\s+(?=the\s+[\w-]*\d|\d)")


# (round 28) awards and the categories they were won in, one award each: "picked up six awards on Sunday, for best
# film, director, actor and original score" (more categories than awards is a contradiction; fewer too at one
# ceremony of a film, stage, television or music academy, ``_ONE_CEREMONY``)
_ACADEMY_AWARD_NOUNS = frozenset("oscars baftas emmys grammys tonys globes".split())
_AWARD_NOUNS = frozenset("awards prizes trophies gongs honours".split()) | _ACADEMY_AWARD_NOUNS
# one ceremony, one award per category: fewer categories than awards is a contradiction too (not over a career: "has
# won four Baftas, for best actor and best supporting actor"; mend: only for an academy's awards -- trade and product
# awards may go to two entries in one class, "five awards at this year's awards, for best ale, best stout, ...")
_ONE_CEREMONY = re.compile(r"\b(?:on\s+(?:" + "|".join(WEEKDAY_NAMES) + r")(?:\s+(?:night|evening))?"
                           r"|last\s+night|tonight|at\s+(?:the|this\s+year's|[A-Z][\w'’]*)\s+(?:[\w'’-]+\s+){0,2}?"
                           r"(?i:ceremony|awards|gala|festival))\b")
_AWARDS_FOR = re.compile(r"(?:\s+[\w'’-]+){0,5}?\s*,\s*for\s+(?=(?:best|outstanding|most)\s)")  # ("on Sunday night")


# after a bare count in the bridge: a score or margin ("eight under par", "two behind", "three clear")
_MARGIN_NOUNS = frozenset("points shots strokes seconds minutes goals runs lengths places games wins".split())
_MARGIN_AFTER = re.compile(r"\s+(?:under|over|below|above|behind|ahead|clear|adrift)\b")


def _other_figures_between(doc: Document, m: Mention, end: int, items=(), list_start: int = 0,
                           masked: tuple[str, int] | None = None, listed: int = 0, names: bool = False) -> bool:
    """A quantity (other than ages) inside the list region: a different construction.
    A "one" before the list enumerates nothing, a number word in a name ("League Two") is none;
    a figure of another kind inside an item ("a 6% rise") describes it, and so does one in the
    short bracket on an item (``masked``, a window of the text and its offset, blanks them: "Reid
    (two games), Shaw (one)")."""
    for other in doc.mentions_in(m.sentence):
        if masked is not None and other.start >= list_start and masked[0][other.start - masked[1]] == " ":
            continue
        if other.start > m.end and other.end <= end and other.is_quantity and other.kind != Kind.AGE:
            if other.start >= list_start and (other.kind in _ITEM_FIGURE_KINDS or _item_quantity(doc, m, other)):
                continue
            if other.start >= list_start and other.text.isalpha() and re.search(r"[A-Za-z]-$", doc.text[max(0, other.start - 2):other.start]):
                continue  # a word's end, no figure: "fly-half Rhys Lloyd", "scrum-half Jack Wynn"
            if other.start >= list_start and _NAME_NUMBER_WORD.fullmatch(other.text) \
                    and _NAME_WORD_NEXT.match(doc.text, other.end):
                continue  # (round 22) a number word in a name: "Half Light", "Three Bridges", "One Direction"
            if other.start >= list_start and _AGE_BEFORE_NAME.match(doc.text, other.start):
                continue  # an age before a name: "and 19-year-old Isla Kerr"
            if other.start >= list_start and _one_thing_sized(doc, other):
                continue  # one item described by its size or kind: "a one-act piece", "a two-storey barn"
            if other.end <= list_start and other.kind == Kind.COUNT and (
                    other.value == 1 or re.fullmatch(r"[A-Z][a-z]+", other.text)
                    and re.search(r"[A-Z][\w'’-]*\s+$", doc.text[max(0, other.start - 20):other.start])):
                continue  # "ahead of the new season:", "on BBC Radio Four:": names, not counts
            if other.end <= list_start and (other.kind != Kind.COUNT or "-" in other.text and re.search(
                    r"\b(?:a|an)\s+$", doc.text[max(0, other.start - 4):other.start])):
                continue  # in the bridge, no count of things: "within two years", "a four-pint carton"
            if other.end <= list_start and other.kind == Kind.COUNT and "-" in other.text \
                    and _ONE_THING_BEFORE.search(doc.text, max(0, other.start - 8), other.start) \
                    and not _PLURAL_NOUN.search(_head_noun(other) or "s"):
                if other.value == listed:
                    return True  # "three new players in their 14-man squad: A, B, ... (14 names)": the squad's list
                continue  # one thing described by its size: "in their 14-man squad", "the club's 12-page report"
            if other.end <= list_start and other.is_range and _YEARS_RANGE.fullmatch(other.text):
                continue  # (round 31) "models built between 2019 and 2022:": a span of years, no count
            if other.end <= list_start and other.kind == Kind.COUNT and _RANK_BAND_BEFORE.search(
                    doc.text, max(0, other.start - 12), other.start):
                if other.value == listed:
                    return True  # "the three Europeans in the top five - A, B, C, D and E": the band's own list, perhaps
                continue  # (round 32) a band of a ranking, no count of the things: "in the top five", "the bottom 10"
            if names and other.end <= list_start and _beyond_listing(other, listed):
                continue  # (round 22) "Five batters passed 1,000 runs: A, B, C and D": no names list a thousand
            if other.end <= list_start and _kind_of_noun(doc, other):
                continue  # a kind of the things, no count of them: "threw nine-dart finishes", "five-star hotels"
            if other.end <= list_start and other.kind == Kind.COUNT and (
                    other.noun_span is None and _MARGIN_AFTER.match(doc.text, other.end)
                    or other.noun_span is not None and _head_noun(other) in _MARGIN_NOUNS
                    and _MARGIN_AFTER.match(doc.text, other.noun_span.end)
                    or _head_noun(other) in ("clear", "behind", "ahead", "adrift")):
                continue  # a score or a margin, no count of things: "on eight under par", "by three clear"
            if other.kind == Kind.COUNT and other.start >= list_start and re.fullmatch(r"\d{1,3}", other.text.strip()):
                continue  # an age read as a count: "The driver, 21,"
            if other.kind == Kind.COUNT and re.search(r"\b(?:on|in|at|after|before|from|by|during|for)\s+[a-z]+\s+$",
                                                      doc.text[max(0, other.start - 25):other.start]) \
                    and not re.match(r"\s+(?!(?:are|were|was|is)\b)[a-z]", doc.text[other.end:other.end + 12]):
                continue  # a label's number, not a quantity: "on day five", "in round three"
            if any(a <= other.start and other.end <= b for a, b in items):
                continue  # a numbered item: "the 14, the 27 and the 88"
            return True
    return False


# (round 32) a band of a ranking before its number: "in the top five", "among the bottom three"
_RANK_BAND_BEFORE = re.compile(r"\b(?:top|bottom)\s+$", re.I)
_YEARS_RANGE = re.compile(r"(?:between|from)\s+(?:1[89]|20)\d\d\s*(?:and|to|-|–)\s*(?:(?:1[89]|20)?\d\d)")


# (round 22) a capitalised number word inside a list, before a capitalised word: part of a name
_NAME_NUMBER_WORD = re.compile(r"[A-Z][a-z]+")
_NAME_WORD_NEXT = re.compile(r"\s+[A-Z][a-z]")


def _beyond_listing(other: Mention, listed: int) -> bool:
    """A count in the bridge before a colon or dash too large for a list of names to count (over MAX_COUNT and
    over the names): a threshold or an amount ("passed 1,000 runs:", "employ 4,500 staff:"), no rival count (not
    before a copula: "The two towns with more than 20,000 residents are A, B and C" stays silent)."""
    return other.kind == Kind.COUNT and other.value is not None and other.value > max(MAX_COUNT, listed)


# "nine-dart finishes", "three-set wins", "five-star hotels": a number hyphened to a singular word
# before a plural noun names a kind of the things, not how many there are (round 17)
_KIND_COMPOUND = re.compile(r"^[A-Za-z]+-[a-z]+$")


# inside an item, "a" or "an", a written number hyphened to a singular word, then a lower-case word: one thing
# described by its size or kind ("a one-act piece", "a two-storey barn"), no count of the things (round 17)
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def _one_thing_sized(doc: Document, other: Mention) -> bool:
    return other.kind == Kind.COUNT and bool(_KIND_COMPOUND.match(other.text)) and not other.text.endswith("s") \
        and _A_BEFORE.search(doc.text, max(0, other.start - 4), other.start) is not None \
        and _LOWER_WORD_AFTER.match(doc.text, other.end) is not None


def _kind_of_noun(doc: Document, other: Mention) -> bool:
    return other.kind == Kind.COUNT and other.compound and bool(_KIND_COMPOUND.match(other.text)) \
        and not other.text.endswith("s") and other.noun_span is not None and other.noun_span.start <= other.end + 1 \
        and bool(_PLURAL_NOUN.search(doc.text[other.noun_span.start:other.noun_span.end].split()[0]))


# ------------------------------------------------------------------ a loose list, inferred
_CAP_ITEM = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+|van\s+)?[A-Z][\w'’.-]*){0,3}"
_LOW_ITEM = r"(?!(?:and|or)\b)[a-z][\w'’-]*(?:\s+(?!(?:and|or)\b)[a-z][\w'’-]*){0,2}"  # "salt and pepper" is no one item
# the list: three items at least, commas between them and "and" before the last
_LOOSE_NAMES = re.compile(r"(?P<list>" + _CAP_ITEM + r"(?:\s*,\s*" + _CAP_ITEM + r"){1,}\s*,?\s+and\s+" + _CAP_ITEM + ")")
_LOOSE_THINGS = re.compile(r"(?P<list>" + _LOW_ITEM + r"(?:\s*,\s*" + _LOW_ITEM + r"){1,}\s*,?\s+and\s+" + _LOW_ITEM + ")")
# what may stand right before the list: a comma, colon, dash or bracket, "to" after a dash
_LOOSE_BRIDGE_END = re.compile(r"(?:,|:|\s[-–—]|[–—]|\()\s*(?:to\s+)?$")
# ", bringing in A, B and C", ", with A, B and C all coming in": a verb of choosing people or things, or
# "with" and the names all doing one thing (the whole set)
_LOOSE_CHOSEN = re.compile(r",\s*(?:(?:bringing|drafting|calling|drawing)\s+(?:in|back|up)|recalling|restoring|naming|"
                           r"picking|selecting|appointing|promoting|handing\s+(?:debuts|starts|places|call-ups)\s+to|(?P<with>with))\s+$")
_CHOSEN_FOR = re.compile(r"\s+(?:to|as|for|into|in|on|from)\s+[^,;:()\d–—]*?\s*[.!?]?[\"'’”]?\s*$")
_ALL_DOING = re.compile(r"\s+(?:all|both)\s+[a-z]{3,}(?:ing|ed)\b")
# what closes it: the sentence, a comma before a lower-case word, a closing dash or bracket
_LOOSE_LIST_END = re.compile(r"\s*(?:[.!?]?[\"'’”]?\s*$|,\s+[a-z]|\s[-–—]|[–—)])")
# the list's close before such a figure: a comma and a lower-case word, a closing dash or bracket
_PAST_LIST_CLOSE = re.compile(r"\s*(?:,\s+[a-z]|\s[-–—]|[–—)])")
# (round 45: and a length of time past the close, "..., Finland and Iceland, after two years of talks")
_NO_ITEM_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.MEASURE, Kind.POINTS, Kind.DURATION})
_LOOSE_STOP = re.compile(r"\b(?:including|include[sd]?|such\s+as|among|amongst|like|other|others|also|as\s+well\s+as|"
                         r"for\s+example|for\s+instance|e\.g|plus|besides|along\s+with|together\s+with|both|"
                         r"each|respectively|either|neither|versus|vs|against|between|than|or)\b", re.I)


def _loose_list(doc: Document, m: Mention) -> ListedItems | None:
    """"Leeds have signed two new strikers this summer, A, B and C, the club said": the one count of
    its sentence, a plural noun right after it, then -- after a bridge of a few words without a
    figure, ending in a comma, colon, dash or bracket -- the one list of three names or more that
    the sentence holds, closed by its end, a comma, a dash or a bracket (inferred: a warning).  A
    list of lower-case things only after a colon, ending the sentence ("it said: libraries, parks,
    buses and museums.")."""
    s = doc.sentences[m.sentence]
    text = doc.text
    if text.find(" and ", m.end, s.end) < 0 or text.find(",", m.end, s.end) < 0:
        return None  # no list after the count (a cheap test first)
    sentence = text[s.start:s.end]
    m = _with_noun(doc, m)
    if m.noun is None or m.noun_span is None or not _PLURAL_NOUN.search(m.noun) or _LOOSE_STOP.search(sentence):
        return None
    others = [o for o in doc.mentions_in(m.sentence) if o.is_quantity and o.start != m.start]
    if any(o.start < m.start for o in others):
        return None  # another figure before the count: whose list?
    after = m.noun_span.end
    # a vague plural after a clause of its own counts no listed thing: "Three rivers burst their banks, the A, the
    # B, the C and the D, flooding dozens of homes" (round 16)
    others = [o for o in others if not (o.precision is None and _AFTER_OWN_CLAUSE.search(text, max(after, o.start - 40), o.start))]
    # (round 31) a price, share or measure past the list's closing comma counts none of its things: "five new routes,
    # to A, B, C and D, with fares from £29.99" (a count after it may: "..., and two more next year")
    priced = [o for o in others if o.kind in _NO_ITEM_KINDS]
    others = [o for o in others if o.kind not in _NO_ITEM_KINDS]
    stop = min((o.start for o in others), default=s.end)  # the list ends before any other figure
    if stop < s.end and not re.search(r"[-–—)]", text[after:stop]):
        return None  # no closing dash or bracket before the other figure
    found = [(rx, x) for rx in (_LOOSE_NAMES, _LOOSE_THINGS) for x in rx.finditer(text, after, stop)]
    found = [(rx, x) for rx, x in found if (_LOOSE_BRIDGE_END.search(text, after, x.start())
             or _LOOSE_CHOSEN.search(text, after, x.start())) and (rx is _LOOSE_NAMES or text[after:x.start()].rstrip().endswith(":"))]
    if len(found) != 1:
        return None
    rx, x = found[0]
    if any(o.start < x.end() for o in priced) or priced and not _PAST_LIST_CLOSE.match(text, x.end(), priced[0].start):
        return None  # the price in the bridge or the list, or right after it: whose figure?
    bridge = text[after:x.start()]
    chosen = _LOOSE_CHOSEN.search(text, after, x.start())
    if chosen is not None:
        bridge = bridge[:chosen.start() - after] + ","
        doing = _ALL_DOING.match(text, x.end(), s.end)
        if chosen.group("with") and (doing is None or _persons(m.noun) or not doing.group(0).endswith("ing")):
            return None  # ", with A, B and C in the side": whose names? ("two new caps, with A, B and C all
            # rested": other people)
        if doing is not None:  # "..., with A, B and C all coming into the side."
            tail = text[doing.end():s.end]
            if "," in tail or " and " in tail or any(o.start >= doing.end() for o in others):
                return None  # "... all coming in, and Root moving to three": more of the changes
            others = []
    if len(words(bridge)) > 10 or bridge.count(",") > 1 and not bridge.rstrip().endswith(","):
        return None
    if _PREP_OWN_PLURAL.search(bridge):
        return None  # "two firms that signed deals with the supermarkets, A, B and C": the list may be theirs
    close = _LOOSE_LIST_END.match(text, x.end(), s.end)
    if chosen is not None and (_ALL_DOING.match(text, x.end(), s.end) or _CHOSEN_FOR.match(text, x.end(), s.end)
                               and not re.search(r"\s(?:and|or|plus)\s", text[x.end():s.end])):
        # the names, then all of them doing one thing, or what they were chosen for ("naming A, B and C
        # to the front bench.")
        close = re.match(r"", "")
    elif not close or close.group(0).startswith(",") and not _LOOSE_CLAUSE_AFTER.match(text, x.end(), s.end):
        return None  # ", and York", ", the agency's newest supplier": the list or its last item goes on
    if any(o.start < x.end() for o in others) or others and not re.search(r"[-–—)]", close.group(0)):
        return None  # a figure in the bridge or the list; after it only past a closing dash or bracket
    if _FRONTED_PHRASE.match(text, s.start, m.start):
        return None  # "In a field of 12 runners, Smith, Jones and Brown led": the list is the subject
    if _persons(m.noun) and re.search(r"\bto\s*$", bridge):
        return None  # "Two men were flown - to Leeds, Hull and York": where people went, not who they are
    if rx is _LOOSE_THINGS and text[x.end():s.end].strip(" .!?\"'’”"):
        return None  # lower-case things end the sentence
    items = [i.strip() for i in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", x.group("list")) if i.strip()]
    if items and not text[x.end():s.end].strip() and not re.search(r"\.\w*\.$", items[-1]):
        items[-1] = items[-1].rstrip(".")  # the sentence's full stop, not an abbreviation's ("Co.", "U.S.")
    if len(items) < 3 or any(len(i.split()) > 4 for i in items):
        return None
    if rx is _LOOSE_THINGS and any(len(i.split()) > 1 and i.split()[0] in _SEVERAL_BEFORE and _PLURAL_NOUN.search(i)
                                   for i in items):
        return None  # "a driver, his passengers and a cyclist": an item of several
    if rx is _LOOSE_THINGS and m.value > len(items) and _several_in_plural(doc, m, items):
        return None  # "six products: scarves, hats and gloves": "scarves" may be several of them
    spans = []
    pos = x.start()
    for item in items:
        k = text.index(item, pos, x.end())
        spans.append(Related(k, k + len(item), item))
        pos = k + len(item)
    return ListedItems(link="inferred", cue="loose list", count=m, items=tuple(spans), noun=m.noun)


_PLURAL_NOUN = re.compile(r"(?:[a-rt-z]s|men|women|children|people)$")
_AFTER_OWN_CLAUSE = re.compile(r",\s+[a-z]+(?:ing|ed)\s+(?:(?:up|off|out|in)\s+)?$")
_SEVERAL_BEFORE = frozenset("his her their its our the some several many few two three four five six".split())
# after the list's comma: a verb or an attribution, not more of the list ("and", "or") or a
# description of its last item ("the agency's newest", "said to be")
_LOOSE_CLAUSE_AFTER = re.compile(r",\s+(?:(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:said|says|confirmed|announced|"
                                 r"reported)\b|(?!and\b|or\b|the\b|a\b|an\b|its\b|their\b|his\b|her\b|said\s+to\b|"
                                 r"who\b|which\b|whose\b)[a-z])")
# a sentence opening on a preposition: the count stands in a fronted phrase
_FRONTED_PHRASE = re.compile(r"\s*[\"'‘“]?(?:In|At|On|Of|From|With|Among|Amongst|After|Before|During|For|Across|Out\s+of)\b[^,]*$")


# "The two men, aged 19, 22 and 25, ...": one age for each person in apposition to the count
_AGES = re.compile(r"\s*(?:,|\(|\s[-–—]|—)\s*(?:(?:all|both)\s+)?(aged\s+)?(?P<list>\d{1,3}(?:\s*,\s*\d{1,3})*\s*,?\s+and\s+\d{1,3})"
                   r"(?=\s*(?:,|\.|;|\)|\s[-–—]|$))")
_AGE_ITEM = re.compile(r"\d{1,3}")
_AGED_PEOPLE = frozenset("youths adults teens babies infants twins triplets cousins".split())


def _aged_list(doc: Document, m: Mention) -> ListedItems | None:
    """Ages listed in apposition to a count of people: more ages than people is a contradiction;
    fewer is not ("three boys, aged 14 and 15": some share an age)."""
    if m.noun_span is None or not m.noun or m.noun.split()[-1].lower() not in _PEOPLE | _AGED_PEOPLE \
            and not categories.PERSON_SUFFIX.search(m.noun.split()[-1].lower()):
        return None
    sent = doc.sentences[m.sentence]
    if sent.chrome or sent.headline or not re.search(r"[,(—–-]", doc.text[m.noun_span.end:m.noun_span.end + 3]):
        return None
    rx = _AGES.match(doc.text, m.noun_span.end, sent.end)
    if rx is None or m.noun_span.start - m.end > 2:
        return None
    before = words(doc.text[max(sent.start, m.start - 40):m.start])
    if before and (before[-1] in ("than", "of") or _partitive(doc, m)):
        return None  # "two of the men, aged ...": whose ages?
    items = tuple(Related(x.start(), x.end(), x.group(0))
                  for x in _AGE_ITEM.finditer(doc.text, rx.start("list"), rx.end("list")))
    if len(items) <= int(m.value):
        return None  # as many, or some sharing an age: nothing to say
    return ListedItems(link="explicit" if rx.group(1) else "inferred", cue="ages", count=m, items=items,
                       noun=m.noun, places=True)


# "won gold in three events at the European juniors, the 100m and 200m,": race distances name events
_DISTANCE_UNITS = frozenset({"m", "km", "metres", "meters", "kilometres", "kilometers", "miles", "mile"})
# a word after a distance that makes it a size, a count or a total, not an event's name
_NOT_EVENT = frozenset("""long tall high wide deep apart away across ahead behind short clear twice times each both
                       respectively in of from to at on by above below up down and or""".split())
_DIST_BRIDGE = re.compile(r"((?:\s+[A-Za-z][\w'’-]*){0,6}?)(?:\s*[,:]\s*|\s+(?:[-–—]|--)\s+|\s*—\s*)(?=(?:the\s+)?\d)")
# (round 44) the count as the subject, the events after its verb: "four gold medals came in the 50m freestyle, ..."
_DIST_CAME_IN = re.compile(r"()\s+(?:all\s+)?(?:came|were\s+(?:won|taken|claimed|earned))\s+in\s+(?=(?:the\s+)?\d)")
_DIST_BRIDGE_OPENERS = _PREPOSITIONS | frozenset({"this", "last", "next", "so", "earlier", "later"})
_DIST_EVENT_WORD = re.compile(r"\s+([a-z]+(?:-[a-z]+)?)\b")
_DIST_NEXT = re.compile(r"\s*,\s*(?!and\b|or\b)(?:the\s+)?(?=\d)|\s*,?\s+and\s+(?:the\s+)?(?=\d)")
_DIST_END = re.compile(r"\s*(?:[.!?]?[\"'’”]?\s*$|\s[-–—]\s|,\s+(?!(?:and|or|the|a|an|its|their|his|her|who|which|"
                       r"whose|where|when|while|plus|including)\b)[a-z]|,\s+and\s+(?:is|are|was|were|has|have|had|will|would|"
                       r"could|can|may|might|must|should|now|then|[a-z]{3,}ed)\b)")
_DIST_STOP = re.compile(r"\b(?:including|include[sd]?|such\s+as|among|amongst|like|other|others|as\s+well\s+as|besides|"
                        r"plus|along\s+with|together\s+with|both|each|respectively|either|neither|relays?)\b", re.I)


def _distances_listed(doc: Document, m: Mention) -> ListedItems | None:
    """A count of events in object position and, after a comma (and a short time or place phrase), the
    race distances that name them: "won gold in three events at the European juniors, the 100m and
    200m, and ..." (inferred: a warning).  Not a size ("120m and 95m tall"), a total ("in all"), a
    partial cue anywhere in the sentence, a fronted phrase ("In three races, ..."), another figure
    before the list, nor a list that runs on."""
    sent = doc.sentences[m.sentence]
    text = doc.text
    if sent.chrome or sent.headline or text.find(" and ", m.end, sent.end) < 0:
        return None
    m = _with_noun(doc, m)
    if m.noun_span is None or not m.noun or not _PLURAL_NOUN.search(m.noun) or m.noun_span.start - m.end > 2 \
            or _persons(m.noun):
        return None  # "three sprinters, the 100m and 200m champions": people, not events
    head = text[sent.start:m.start]
    first = words(head)[:1]
    before = words(head[-40:])
    if not first or "," in head or first[0] in _PREPOSITIONS | _FRONTED or before[-1] in ("than", "of") \
            or _partitive(doc, m) or _DIST_STOP.search(text, sent.start, sent.end):
        return None
    bridge = _DIST_BRIDGE.match(text, m.noun_span.end, sent.end) or _DIST_CAME_IN.match(text, m.noun_span.end, sent.end)
    if bridge is None:
        return None
    bws = bridge.group(1).split()
    if bridge.re is _DIST_CAME_IN:
        # (round 44) "South Africa's four gold medals came in the 50m freestyle, ...": the verb is the bridge (not
        # "medals" of any colour: a silver and a bronze may come in one event)
        if "medal" in m.noun.lower() and "gold" not in m.noun.lower():
            return None
        bws = []
    if bws and (bws[0].lower() not in _DIST_BRIDGE_OPENERS or len(bws) < 2 or any(
            w.lower() in _CLAUSE_OR_JOIN_WORDS for w in bws)):
        return None
    distances = {o.start: o for o in doc.mentions_in(m.sentence)
                 if o.kind == Kind.MEASURE and o.start >= bridge.end() and (o.unit or "") in _DISTANCE_UNITS}
    if any(o.is_quantity and m.end < o.start < bridge.end() for o in doc.mentions_in(m.sentence)):
        return None
    items, distances_end = [], []

    def item(o: Mention) -> int:
        """Take the distance ``o`` (with an event word after it, "100m freestyle") as an item; its end."""
        end = o.end
        word = _DIST_EVENT_WORD.match(text, end, sent.end)
        if word and word.group(1) not in _NOT_EVENT and word.group(1) not in _CLAUSE_WORDS:
            end = word.end()
        items.append(Related(o.start, end, text[o.start:end]))
        distances_end.append(o.end)
        return end

    pos = re.match(r"(?:the\s+)?", text[bridge.end():]).end() + bridge.end()
    while True:
        o = distances.get(pos)
        if o is None or text[o.start - 1:o.start] in ("x", "×", "-"):
            return None
        end = item(o)
        nxt = _DIST_NEXT.match(text, end, sent.end)
        if nxt is None:
            break
        pos = nxt.end()
        if "and" in nxt.group(0).split():
            o = distances.get(pos)
            if o is None:
                return None
            item(o)
            break
    if len(items) < 2 or not re.search(r"\band\b", text[items[-2].end:items[-1].start]) \
            or _PLURAL_NOUN.search(text[distances_end[-1]:items[-1].end].strip()):
        return None  # "the 100m and 200m finals": one plural head shared
    if not _DIST_END.match(text, items[-1].end, sent.end) or _rest_told(doc, m, items[-1].end):
        return None
    return ListedItems(link="inferred", cue="distances", count=m, items=tuple(items), noun=m.noun)


# the readings of a count's list, tried in this order; the first that finds one is taken
NUMBERED_CUE = "numbered"
# things known by their numbers: "the seven routes to be withdrawn - the 12, 14, 27 and 88"
_NUMBERED_NOUNS = frozenset("""routes route services lines buses junctions platforms gates exits wards
    terminals flights trains numbers""".split())
# after the count's noun phrase (a few words of it, no figure), a colon or dash, then the numbers
_NUMBERED_INTRO = re.compile(r"[^.;:\d\n]{0,60}?(?::|\s[-–—]\s|—)\s*(?:the\s+|routes?\s+|numbers?\s+)?")
# (round 21) or a copula ("The five routes to be scrapped are the 7, the 15A, the 22 and the 41")
_NUMBERED_COPULA = re.compile(r"[^.;:\d\n,]{0,60}?\s(?:are|were|will\s+be|would\s+be)\s+(?:the\s+|routes?\s+|numbers?\s+)?(?=\w)")
_NUMBERED_ITEM = r"(?:[A-Z]{0,2}\d{1,4}[A-Z]?)"
_NUMBERED_LIST = re.compile(r"(" + _NUMBERED_ITEM + r")((?:\s*,\s*(?:the\s+)?" + _NUMBERED_ITEM + r")*)\s*,?\s+(?:and|or)\s+"
                            r"(?:the\s+)?(" + _NUMBERED_ITEM + r")(?=\s*[.;,)–—]|\s*$|\s+(?:-|--)\s|\s+(?:are|were|will|would|have|had)\b)")


_DATE_KINDS = (Kind.DATE, Kind.YEAR, Kind.TIME)
# the count the subject of a copula: "The five routes", "Its three lines", "the bus firm's four services"
_DETERMINED_COUNT = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]hese|[Tt]hose)|['’]s?)\s+$")


def _dated_numbered_intro(doc: Document, m: Mention) -> int | None:
    """Where the numbers start when the words before the colon or dash hold a date, a year or a time ("eight
    routes will be withdrawn from Sunday, September 1: the 14, 22, ..."): their figures are no numbers of the
    list (round 18)."""
    a, b = m.noun_span.end, doc.sentences[m.sentence].end
    region = list(doc.text[a:b])
    for o in doc.mentions_in(m.sentence):
        if o.kind in _DATE_KINDS and a <= o.start and o.end <= b:
            region[o.start - a:o.end - a] = ("x" if c.isdigit() else c for c in doc.text[o.start:o.end])
    masked = "".join(region)
    if masked == doc.text[a:b]:
        return None
    intro = _NUMBERED_INTRO.match(masked)
    if intro is None and _DETERMINED_COUNT.search(doc.text, max(doc.sentences[m.sentence].start, m.start - 20), m.start):
        intro = _NUMBERED_COPULA.match(masked)  # (round 51) "The 4 routes to be withdrawn from 1 September are the 12"
    return a + intro.end() if intro is not None else None


def _numbered_items(doc: Document, m: Mention) -> ListedItems | None:
    """"The operator named the seven routes to be withdrawn - the 12, 14, 27, 31, 45 and 88": things known
    by their numbers, listed after a colon or dash; the numbers are the items."""
    if m.noun_span is None or (m.noun or "").split()[-1:] == [] or (m.noun or "").split()[-1] not in _NUMBERED_NOUNS:
        return None
    sent = doc.sentences[m.sentence]
    intro = _NUMBERED_INTRO.match(doc.text, m.noun_span.end, sent.end)
    if intro is None and _DETERMINED_COUNT.search(doc.text, max(sent.start, m.start - 20), m.start):
        intro = _NUMBERED_COPULA.match(doc.text, m.noun_span.end, sent.end)  # "The five routes to go are the 7, ..."
    start = intro.end() if intro is not None else _dated_numbered_intro(doc, m)
    if start is None:
        return None
    found = _NUMBERED_LIST.match(doc.text, start, sent.end)
    if found is None:
        return None
    spans = [(x.start(), x.end()) for x in re.finditer(_NUMBERED_ITEM, doc.text[found.start():found.end()])]
    spans = [(found.start() + a, found.start() + b) for a, b in spans]
    items = tuple(Related(a, b, doc.text[a:b]) for a, b in spans)
    return ListedItems(link="explicit", cue=NUMBERED_CUE, count=m, items=items, noun=m.noun or "")


# ------------------------------------------------------------------ medals broken down by colour
# "won seven medals - gold in the 100m and 200m backstroke, silver in the 50m and bronze with the relay"
_BREAKDOWN_INTRO = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|" + _TIME_PHRASE + r")?"
                              r"\s*(?::|\s(?:[-–—]|--)\s|—)\s*(?=(?:golds?|silvers?|bronzes?)\s)")
_COLOUR = re.compile(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(golds?|silvers?|bronzes?)\s+(?:in|with|at|for|on)\s+")
_DISTANCE_UNITS_M = frozenset({"m", "km", "metres", "meters", "kilometres", "kilometers", "mile", "miles"})
# the events of one colour, their distances masked: "the ### and ### backstroke", "the ###", "the medley relay"
_SHARED_DISTANCES = re.compile(r"(?:the\s+)?#+(?:\s*(?:,|and|,\s*and)\s+(?:the\s+)?#+)*(?:\s+[a-z][\w-]*){0,3}")
_ONE_EVENT = re.compile(r"(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*")
# (round 56) an event or entry that may hold a name ("Copper Lane bitter"), and the joints between a plural colour's
# events ("bronzes for its pilsner and a smoked porter")
_NAMED_EVENT = re.compile(r"(?:the\s+|a\s+|an\s+)?(?!(?:and|or)\b)[A-Za-z][\w'’-]*(?:\s+(?!(?:and|or)\b)[A-Za-z][\w'’-]*){0,3}")
_EVENTS_JOINED = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _medal_breakdown(doc: Document, m: Mention) -> ListedItems | None:
    """Medals told by colour after a dash or colon, each with its events: the events add up to the
    count ("seven medals - gold in the 100m and 200m backstroke, silver in the 50m backstroke and bronze
    with the medley relay" gives four)."""
    if m.noun_span is None or _head_noun(m) not in _MEDAL_NOUNS or m.hedge or m.value is None:
        return None
    sent = doc.sentences[m.sentence]
    intro = _BREAKDOWN_INTRO.match(doc.text, m.noun_span.end, sent.end)
    if intro is None:
        return None
    end = sent.end
    close = _DASH.search(doc.text, intro.end(), sent.end)
    if close:
        end = close.start()
    masked = _window(doc, intro.end(), end, figures_of=m, items=False)
    region = masked[0][intro.end() - masked[1]:end - masked[1]].rstrip().rstrip(".").rstrip()
    colours = list(_COLOUR.finditer(region))
    if len(colours) < 2 or colours[0].start() != 0:
        return None
    total, items = 0, []
    for k, c in enumerate(colours):
        stop = colours[k + 1].start() if k + 1 < len(colours) else len(region)
        events = region[c.end():stop].strip()
        dists = [o for o in doc.mentions_in(m.sentence) if intro.end() + c.end() <= o.start < intro.end() + stop
                 and o.kind == Kind.MEASURE and (o.unit or "") in _DISTANCE_UNITS_M]
        if dists and _SHARED_DISTANCES.fullmatch(events):
            total += len(dists)
        elif not dists and "#" not in events and _ONE_EVENT.fullmatch(events) and " and " not in f" {events} " \
                and not c.group(1).endswith("s"):
            total += 1  # (round 56: not "bronzes in the relay", several for one event)
        elif not dists and "#" not in events and c.group(1).endswith("s") \
                and len(parts := _EVENTS_JOINED.split(events)) >= 2 and all(_NAMED_EVENT.fullmatch(p) for p in parts):
            total += len(parts)  # (round 56) "bronzes for its pilsner and a smoked porter": one each
        elif not dists and "#" not in events and not c.group(1).endswith("s") and _NAMED_EVENT.fullmatch(events) \
                and " and " not in f" {events} ":
            total += 1  # (round 56) "silver for Copper Lane bitter": a name in the event
        else:
            return None  # an event we cannot count
        a = intro.end() + c.start(1)
        items.append(Related(a, intro.end() + stop, doc.text[a:intro.end() + stop].strip()))
    if _other_figures_between(doc, m, end, (), intro.end(), masked):
        return None
    return ListedItems(link="explicit", cue="medals by colour", count=m, items=tuple(items), total=total,
                       noun=m.noun or "")


# ------------------------------------------------------------------ a colon series to the sentence's end
# "six containers: a grey bin for waste, a blue bin for paper and card, ... and a purple bag for textiles."
# the count's noun phrase, a few words that tell no other figure, then the colon
_SERIES_INTRO = re.compile(r"[^.;:!?\n]{0,90}?(?::\s+|\s[-–—]\s+|—\s*)")
_SERIES_PARTIAL = re.compile(r"\b(?:including|such\s+as|among\s+(?:them|others|whom)|notably|for\s+(?:example|instance)|"
                             r"etc|others?)\b", re.I)
_SERIES_FIGURE_OK = (Kind.AGE, Kind.YEAR, Kind.DATE, Kind.ORDINAL, Kind.WEEKDAY, Kind.TIME, Kind.CODE)

SERIES_ITEM_WORDS = 10
_SERIES_LAST_AND = re.compile(r" and (?=(?:a|an|the|his|her|their|its|our|one)\s)")
_SERIES_ITEM = re.compile(r"(?:a|an|the|his|her|their|its|our|one)\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|"
                          r"dozen|few|several|many|some|other)\b)\S")
_HEAD_END = re.compile(r"\s(?:of|for|with|in|on|at|from|to|by|who|that|which|devoted|built|used|run|named|based)\b")


def _plural_head(item: str) -> bool:
    """"his passengers", "the two police officers": the item's head noun (before its first preposition or
    relative) is a plural, so it may hold several of the counted things."""
    cut = _HEAD_END.search(item)
    head = (item[:cut.start()] if cut else item).split()[-1].lower().strip("'’")
    return head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s"))


_SERIES_NAME_VERB = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:all|both|each|have|has|had|were|was|are|is|will|"
                               r"would|[a-z]+ed)\b")


# the last item's relative clause running to the end of the sentence describes that item: "..., a gym and a
# quiet room where visiting families can sit together after a long day" (the clause's words are no item's)
_LAST_ITEM_RELATIVE = re.compile(r"\s(?:where|who|which|whose|that)\s")
LAST_ITEM_CLAUSE_WORDS = 16


def _series_item_words(item: str, last: bool) -> int:
    """The words of a series item, a closing relative clause on the last item left out (up to a limit)."""
    words = len(item.split())
    rel = _LAST_ITEM_RELATIVE.search(item) if last else None
    if rel is None or len(item[rel.end():].split()) > LAST_ITEM_CLAUSE_WORDS:
        return words
    return len(item[:rel.start()].split())


# (round 34) an article right before an amount: "a 5% cap", "a £2m fund", "a 20mph limit" -- one thing sized by it
_ARTICLE_BEFORE_AMOUNT = re.compile(r"\b(?:a|an)\s+$")
_AMOUNT_KINDS = frozenset({Kind.PERCENT, Kind.MONEY, Kind.MEASURE, Kind.DURATION})


def _sized_by_amount(doc: Document, o: Mention) -> bool:
    """(round 34) A percentage, sum, measure or span right after "a" in a series item ("a 5% cap on rent rises",
    "a £2m fund"): it sizes one thing, no count of the series' things."""
    return o.kind in _AMOUNT_KINDS and _ARTICLE_BEFORE_AMOUNT.search(doc.text, max(0, o.start - 4), o.start) is not None


def _colon_series(doc: Document, m: Mention) -> ListedItems | None:
    """A count, its noun, a colon, and a series of items separated by commas running to the end of the
    sentence, "and" before the last: the items are the comma-separated segments, the last split at its
    last "and" (an "and" inside an earlier item - "the Maritime and Coastguard Agency" - is its own).
    Inferred: the other readings stood aside."""
    if m.noun_span is None or m.hedge or m.value is None or not 2 <= m.value <= 12:
        return None
    sent = doc.sentences[m.sentence]
    rest = doc.text[m.noun_span.end:min(sent.end, m.noun_span.end + 100)]
    if ":" not in rest and " - " not in rest and "—" not in rest and " – " not in rest:
        return None  # no colon or dash to open a series (a cheap test first)
    intro = _SERIES_INTRO.match(doc.text, m.noun_span.end, sent.end)
    if intro is None or any(o.start >= m.noun_span.end and o.start < intro.end() and o.kind not in _SERIES_FIGURE_OK
                            for o in doc.mentions_in(m.sentence) if o is not m):
        return None
    body = doc.text[intro.end():sent.end].rstrip()
    if not body.endswith(".") or _SERIES_PARTIAL.search(body) or re.search(r"[;:()\[\]\"“”]|\s[-–—]\s|—", body):
        return None
    body = body[:-1]
    if any(o.start >= intro.end() and o.kind not in _SERIES_FIGURE_OK and not o.compound
           and doc.text[o.start - 1:o.start] != "-" and not _sized_by_amount(doc, o)
           for o in doc.mentions_in(m.sentence)):
        return None  # a figure in the series: its own counts, read by the other readings ("scrum-half" is a word)
    segments = [x.strip() for x in body.split(",")]
    last = segments[-1]
    if last.lower().startswith("and "):
        count = len(segments)  # a serial comma: "A, B, and C"
        pieces = segments[:-1] + [last[4:]]
    elif " and " in last:
        count = len(segments) + 1
        joins = list(_SERIES_LAST_AND.finditer(last))  # the last "and" before a determiner, else the last "and"
        cut = joins[-1].start() if joins else last.rindex(" and ")
        pieces = segments[:-1] + [last[:cut], last[cut + 5:]]
    else:
        return None  # no "and" before the last item: not a closed series
    if len(segments) < 2 or any(not x or _series_item_words(x, x is pieces[-1]) > SERIES_ITEM_WORDS for x in pieces):
        return None
    if _SERIES_NAME_VERB.match(pieces[-1]):
        return None  # "Nine councils were consulted: Leeds, Hull and York all objected": a clause, not an item
    # described things, one each: every item opens on a determiner, names one thing (its head is no plural,
    # it has no count of its own), and most are phrases of three words or more; lists of names are the
    # other readings' (titles and places hold "and": "Salt and Ash", "East and West Sussex")
    if not all(_SERIES_ITEM.match(x) and not _plural_head(x) for x in pieces) \
            or sum(len(x.split()) >= 3 for x in pieces) * 2 < len(pieces) \
            or any(_OWNED_NAMES_PAIRED.search(x) or _LABELLED_NAMES_PAIRED.match(x) for x in pieces):
        # "the Red Lion's A and B": two people; "the consortium A and B": one firm or two
        return None
    if re.search(r"\bof\s+(?:a\s+total\s+of\s+)?$", doc.text[max(sent.start, m.start - 20):m.start]):
        return None  # "Two out of a total of five ships": the whole, not the listed
    if count == m.value:
        return None  # nothing to say beyond the other readings
    spans, pos = [], intro.end()
    for x in segments:
        a = doc.text.index(x, pos)
        spans.append((a, a + len(x)))
        pos = a + len(x)
    a, b = spans[-1]
    if last.lower().startswith("and "):
        spans[-1] = (a + 4, b)
    else:
        spans[-1:] = [(a, a + cut), (a + cut + 5, b)]
    items = tuple(Related(a, b, doc.text[a:b]) for a, b in spans)
    return ListedItems(link="inferred", cue="colon series", count=m, items=items, noun=m.noun or "")


# a programme told in order in the two sentences after its count: "The season opens on ... with The Glass Orchard,
# ..." and "It is followed by A, a new play; B; ...; and G, which closes the season" (round 16)
_PROGRAMME_OPENS = re.compile(r"\W*(?:The|This|Its|Their)\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]+)\s+(?:opens|begins|starts"
                              r"|kicks\s+off|gets\s+under\s+way)\b[^;:]*?\bwith\s+(?:the\s+)?[\"“‘']?[A-Z]")
_PROGRAMME_FOLLOWED = re.compile(r"\W*(?:It|That|This)\s+(?:is|will\s+be)\s+followed\s+by\s+", re.I)
_PROGRAMME_CLOSES = re.compile(r"\b(?:closes|ends|concludes|rounds\s+off|brings\s+down\s+the\s+curtain\s+on)\s+the\s+"
                               r"(?P<noun>[a-z]+)\b")
PROGRAMME_ITEM_WORDS = 24
PROGRAMME_MAX = 15  # a programme told item by item in prose is a short one


def _programme_next(doc: Document, m: Mention) -> ListedItems | None:
    """"will stage nine productions in its season" / "The season opens ... with A, ..." / "It is followed by B,
    a new play; C; ...; and H, which closes the season": the opener and each semicolon item after "followed by",
    the last closing the programme the count's sentence names, are all of them (inferred)."""
    k = m.sentence
    if k + 2 >= len(doc.sentences) or "followed by" not in doc.text[doc.sentences[k + 2].start:doc.sentences[k + 2].start + 40]:
        return None  # (a cheap test first)
    m = _with_noun(doc, m)
    if m.noun_span is None or m.hedge or doc.sentences[k].headline or m.value > PROGRAMME_MAX:
        return None
    opens_at, follows_at = doc.sentences[k + 1], doc.sentences[k + 2]
    opens = _PROGRAMME_OPENS.match(doc.text, opens_at.start, opens_at.end)
    follows = _PROGRAMME_FOLLOWED.match(doc.text, follows_at.start, follows_at.end)
    if opens is None or follows is None or follows_at.paragraph != opens_at.paragraph \
            or opens_at.paragraph - doc.sentences[k].paragraph > 1:
        return None
    noun = opens.group("noun").lower()
    if not re.search(r"\b" + re.escape(noun) + r"\b", doc.sentence_text(k).lower()):
        return None  # the programme the count's sentence names
    body = doc.text[follows.end():follows_at.end].rstrip().rstrip(".")
    pieces = body.split(";")
    closes = _PROGRAMME_CLOSES.search(pieces[-1])
    if len(pieces) < 2 or not pieces[-1].lstrip().lower().startswith("and ") or closes is None \
            or closes.group("noun").lower() != noun or re.search(r"[:()\[\]]", body) \
            or any(not x.strip() or len(x.split()) > PROGRAMME_ITEM_WORDS for x in pieces):
        return None
    # the opener: the title after "with", up to its comma
    first = re.search(r"\bwith\s+", doc.text[opens.end() - 60:opens.end()])
    start = opens.end() - 60 + first.end() if first else opens.end() - 1
    comma = doc.text.find(",", start, opens_at.end)
    items = [Related(start, comma if comma > 0 else opens_at.end, doc.text[start:comma if comma > 0 else opens_at.end])]
    pos = follows.end()
    for x in pieces:
        a = doc.text.index(x, pos)
        pos = a + len(x)
        title = re.match(r"\s*(?:and\s+)?([^,]+)", x)  # the item's title, its description after the comma left out
        items.append(Related(a + title.start(1), a + title.end(1), title.group(1)))
    return ListedItems(link="inferred", cue="programme", count=m, items=tuple(items), noun=m.noun or "")


# (round 27) a state people are counted in, and the words that name them by it later: "Nine arrested ..." / "Those
# detained, ..."; "Three people were hurt ..." / "The injured - ..."
_STATE_GROUPS = (frozenset({"injured", "hurt", "wounded"}), frozenset({"arrested", "detained", "held"}),
                 frozenset({"killed", "dead"}), frozenset({"rescued"}), frozenset({"evacuated"}), frozenset({"missing"}))
_STATE_WORD_PATTERN = "(" + "|".join(sorted(w for g in _STATE_GROUPS for w in g)) + ")"  # one of them, as a group
_STATE_AFTER = re.compile(r"\s+(?:(?:were|are|have\s+been|had\s+been|have\s+now\s+been)\s+)?" + _STATE_WORD_PATTERN
                          + r"\b")
# (round 32) after a reporting clause too: "Police said those held were A, 19, and B, 22"
_STATE_TAKEN_UP = re.compile(r"\s*(?:[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}\s+"
                             r"(?:said|say|says|confirmed|added|revealed)"
                             r"\s+(?:that\s+)?(?=[a-z]))?"
                             r"[\"“‘']?(?:[Tt]he|[Tt]hose|[Aa]ll\s+(?:the|those))\s+" + _STATE_WORD_PATTERN
                             + r"\s*(,|:|\s[-–—]\s|\s--\s|—|\s+(?:were|are)\s+)")
_STATE_SENTENCES = 2
# (round 32 mend) the word after "were" opening the list: "were held in ...", "were from ..." tell no people
_STATE_COPULA_THEN_WORD = re.compile(r"\s+(?:were|are)\s+([a-z][\w'’-]*)")
# an item's count after its owner: "her three children", "their two sons"
_OWNER_BEFORE_COUNT = re.compile(r"(?:his|her|their|its|our)\s+", re.I)
# an age band told of all the items, after the last: "eight men and two women aged between 19 and 64"
_AGED_ALL = re.compile(r"\s+(?:all\s+)?aged\s+(?:between\s+|from\s+)?\d{1,3}(?:\s*(?:and|to|-|–)\s*\d{1,3})?\s*$")


def _state_of(doc: Document, m: Mention) -> frozenset | None:
    """The group of the state ``m`` counts people in: its noun ("Nine arrested"), or the participle after its plural
    noun ("Three people were hurt", "two fans held")."""
    if m.noun is not None and m.noun.lower() in {w for g in _STATE_GROUPS for w in g}:
        state = m.noun.lower()
    elif m.noun_span is not None and _plural_word(m.noun.split()[-1]) and (rx := _STATE_AFTER.match(doc.text, m.noun_span.end)):
        state = rx.group(1).lower()
    else:
        return None
    return next(g for g in _STATE_GROUPS if state in g)


def _state_list_end(doc: Document, sent, start: int, joint: str) -> int | None:
    """Where the list after "The injured" ends: the closing dash; after a comma, the comma before the subject's verb
    past the "and" item; after a colon or "were", the sentence's end."""
    if joint.strip() in ("-", "–", "—", "--"):
        close = _DASH.search(doc.text, start, sent.end)
        return close.start() if close else None
    if joint.strip() == ",":
        return _apposition_verb_comma(doc.text, start, sent.end)
    return _sentence_body_end(doc, sent)


def _state_taken_up(doc: Document, m: Mention) -> ListedItems | None:
    """(round 27) A count of people in a state, and one of the next two sentences (the report's first two under a
    headline) opening on the state taken up with the people listed: "Three people were hurt ... The injured, the
    driver, two passengers and a cyclist, were taken to ..." (four); "Nine arrested after protest" / "Those
    detained, eight men and two women, were ..." (ten).  An item opening with a count counts its number.  Silent when
    any other count stands in the count's sentence or between it and the list, or the list is not closed."""
    sent = doc.sentences[m.sentence]
    if sent.chrome or m.hedge or (group := _state_of(doc, m)) is None:
        return None
    if any(o is not m and o.kind == Kind.COUNT for o in doc.mentions_in(m.sentence)):
        return None  # "Nine arrested and two hurt": which figure?
    # (the sentences after its own, read only as far as needed: a sentence's index is its place)
    following = list(islice((x for x in doc.sentences[m.sentence + 1:] if not x.chrome and not x.headline),
                            _STATE_SENTENCES))
    for x in following:
        rx = _STATE_TAKEN_UP.match(doc.text, x.start, x.end)
        if rx is None:
            if any(o.kind == Kind.COUNT for o in doc.mentions_in(x.index)):
                return None  # "Two more were arrested later": a count between
            continue
        if rx.group(1).lower() not in group:
            return None
        start = rx.end()
        what = _STATE_COPULA_THEN_WORD.match(doc.text, rx.start(2), x.end)
        if what is not None and (is_past_form(what.group(1)) or what.group(1) in _PREPOSITIONS):
            return None  # (round 32 mend) "those arrested were held in Leeds, Bradford and Wakefield": no people
        if any(RESTS_TOLD.search(doc.text, y.start, y.end) for y in doc.sentences[m.sentence + 1:x.index + 2]
               if y is not x and not y.chrome):
            return None  # (round 32 mend) "A third person has since been taken to hospital", "A fourth man, ...": more
        end = _state_list_end(doc, x, start, rx.group(2))
        if end is None:
            return None
        aged = _AGED_ALL.search(doc.text, start, end)
        # "..., eight men and two women aged between 19 and 64,": all of them (or, after "a man aged 30", the last
        # one's own: either way no item of the list)
        end = aged.start() if aged else end
        text, base = _window(doc, start, end)
        parsed = parse_items(text, start - base, end - base, False, False)
        if parsed is None or len(parsed[0]) < 2:
            return None
        spans = _shifted(parsed[0], base)
        counted = {}
        for o in doc.mentions_in(x.index):
            item = next(((a, b) for a, b in spans if a <= o.start < b), None)
            if o.kind != Kind.COUNT or item is None:
                continue
            if o.start != item[0] and not _OWNER_BEFORE_COUNT.fullmatch(doc.text, item[0], o.start):
                return None  # "a woman with two dogs": a count inside an item, not of it
            if o.hedge or o.is_range or o.value is None or o.value.denominator != 1 or o.noun_span is None \
                    or o.noun_span.end > item[1]:
                return None  # "about a dozen", "some 20 others": no count of one by one
            counted[item[0]] = int(o.value)  # "two passengers", "her three children"
        if any(doc.text[a:b].split()[0].lower() in _SEVERAL_WORDS | {"others", "another"} for a, b in spans):
            return None  # "... and several others", "some colleagues"
        if RESTS_TOLD.search(doc.text, spans[-1][1], x.end):
            return None  # "... after a fourth man was cleared": the rest told apart
        items = tuple(Related(a, b, doc.text[a:b]) for a, b in spans)
        return ListedItems(link="inferred", cue="state taken up", count=m, items=items,
                           total=sum(counted.values()) + len(spans) - len(counted), noun=m.noun or "")
    return None


# (round 28) "The nine subjects that missed their targets were physics, computing, design and technology, music and
# art": lower-case things after a copula, read only when no way of taking an inner "and" gives the count
_COPULA_SUBJECT_LEAD = re.compile(r"\W*(?:The|Its|Their|His|Her|[A-Z][\w'’-]*['’]s)(?:\s+[a-z][\w-]*['’]s)?\s+"
                                  r"(?:[a-z][\w-]*\s+){0,2}$")
# ", inspectors said", ", the report found": an attribution closing the sentence, no item
_CLOSING_SAID = re.compile(r",\s+(?:[a-z]+\s+){0,3}(?:said|says|say|found|finds|reported|added)$")
_COPULA = re.compile(r"\s(?:are|were|will\s+be)\s+")
_NOT_ITEM_WORDS = frozenset("""to that which who whom whose is are was were be been being has have had will would can could
    not if because when while than more less most all both each also still only just very so such their its his her
    our your my this these those there here""".split())
_ADJECTIVE_ENDINGS = ("ous", "ful", "ive", "able", "ible", "less", "ish", "est", "er")
_PLAIN_ADJECTIVES = frozenset("""large small big bright warm cold hot high low new old good bad cheap fast slow easy hard safe
    free open closed full empty late early clear simple short long wide narrow poor rich strong weak""".split())


def _copula_things(doc: Document, m: Mention) -> ListedItems | None:
    """A sentence opening "The N NOUNs [short modifier] are|were" then lower-case things: "The three priorities are
    housing, transport and health".  Each item one to four lower-case words (no figure, clause word or adjective);
    an "and" inside an item ("design and technology") may join one thing, so the count must miss both readings."""
    s = doc.sentences[m.sentence]
    if m.value < 2 or not _COPULA_SUBJECT_LEAD.fullmatch(doc.text, s.start, m.start):
        return None
    rest_end = s.end
    copula = _COPULA.search(doc.text, m.end, rest_end)
    if copula is None:
        return None
    bridge = doc.text[m.end:copula.start()]
    bridge_words = bridge.split()
    noun = next((w for w in bridge_words[:3] if re.fullmatch(r"[a-z][a-z-]*s", w)), None)
    if noun is None or len(bridge_words) > 14 or re.search(r"[\d,;:()\"“”]", bridge):
        return None
    body = _CLOSING_SAID.sub("", doc.text[copula.end():rest_end].rstrip().rstrip(".!?").rstrip())
    if re.search(r"[\d;:()\"“”‘’]", body) or body[:1].isupper():
        return None
    pieces = [p.strip() for p in re.split(r",\s*", body)]
    if len(pieces) < 2:
        return None
    last = re.split(r"\s+(?:and|or)\s+", re.sub(r"^(?:and|or)\s+", "", pieces[-1]))
    if len(last) != 2 and not (len(last) == 1 and re.match(r"(?:and|or)\s", pieces[-1])):
        return None
    items = pieces[:-1] + ([re.sub(r"^(?:and|or)\s+", "", pieces[-1])] if len(last) == 1 else last)
    inner_and = 0
    for item in items:
        ws = re.sub(r"^(?:the|a|an)\s+", "", item).split()
        inner = [w for w in ws if w in ("and", "or")]
        if len(inner) > 1 or not ws or len(ws) > 4:
            return None
        if inner:
            inner_and += 1
        if any(not re.fullmatch(r"[a-z][a-z-]*", w) or w in _NOT_ITEM_WORDS for w in ws if w not in ("and", "or")):
            return None
        if ws[-1] in _PLAIN_ADJECTIVES or ws[-1].endswith(_ADJECTIVE_ENDINGS) and not ws[-1].endswith(("ness", "ics")):
            return None
    if len(items) < 3 or len(items) <= m.value <= len(items) + inner_and:
        return None
    if m.value > len(items) + inner_and and all(re.search(r"[^s]s$", item) and not item.endswith(("ics", "ness"))
                                                 for item in items):
        return None  # kinds, each many of the things: "The 12 new homes are flats, bungalows and houses"
    start = copula.end()
    spans, at = [], start
    for item in items:
        a = doc.text.index(item, at)
        spans.append((a, a + len(item)))
        at = a + len(item)
    return ListedItems(link="explicit", cue="are", count=m, items=tuple(Related(a, b, doc.text[a:b]) for a, b in spans),
                       noun=noun)


_READINGS = (_listed, _listed_next, _others_next, _listed_before, _listed_previous, _listed_under_headline, _people_under_headline,
             _objects_under_headline, _loose_list, _aged_list, _distances_listed,
             _medal_breakdown, _numbered_items, _colon_series, _programme_next, _places_taken_up, _state_taken_up,
             _copula_things)

# round 18: "The three-nation tour will take the prime minister to Kenya, Uganda, Tanzania and Rwanda": a compound
# count of places, then, in its sentence, the places named after "to", "in", "through", "visiting" ...
_PLACE_COMPOUND = re.compile(r"-(nation|country|city|state|island|county|capital|town)$", re.I)
_PLACE_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_PLACES_NAMED = re.compile(r"\s(?:to|in|through|across|visiting|visit|takes?\s+in|taking\s+in|covering|of"
                           # (round 51) the members of a pact: "The four-nation pact brings together A, B and C"
                           r"|brings?\s+together|bringing\s+together|brought\s+together|unites|uniting|between)\s+"
                           r"(?:the\s+)?(" + _PLACE_NAME + r"(?:,\s+" + _PLACE_NAME + r")*,?\s+and\s+" + _PLACE_NAME + r")"
                           r"(?=\s*(?:[.,;:)]|$|\s(?:over|on|in|for|this|next|from|during|later|before|after|by)\b))")
_PARTIAL_WORDS = re.compile(r"\b(?:including|such\s+as|among\s+them|as\s+well\s+as|plus|other|others|also)\b", re.I)


@needs(Kind.COUNT, compound=True)  # (round 29, speed) "a three-nation tour": a count written as a modifier
def find_compound_place_lists(doc: Document):
    """"a three-nation tour ... to Kenya, Uganda, Tanzania and Rwanda": as many places named as the compound
    counts (explicit; not with "including", "other", "also" in the sentence, nor more than one such compound)."""
    for m in doc.mentions:
        if m.kind is not Kind.COUNT or not m.compound or m.value is None or not 2 <= m.value <= 12 \
                or m.value.denominator != 1:
            continue
        kind = _PLACE_COMPOUND.search(m.text)
        if kind is None:
            continue
        sent = doc.sentences[m.sentence]
        rest = doc.text[m.end:sent.end]
        if _PARTIAL_WORDS.search(doc.text, sent.start, sent.end) or _PLACE_COMPOUND.search(rest.split(" ")[0]) \
                or any(x is not m and x.compound and _PLACE_COMPOUND.search(x.text) for x in doc.mentions_in(m.sentence)):
            continue
        found = _PLACES_NAMED.search(rest)
        if found is None:
            continue
        run_start = m.end + found.start(1)
        names = [x for x in re.finditer(_PLACE_NAME, found.group(1))]
        items = tuple(Related(start=run_start + x.start(), end=run_start + x.end(), text=x.group(0)) for x in names)
        yield ListedItems(link="explicit", cue="compound count of places", count=m, items=items,
                          noun=head.group(1) if (head := re.match(r"\s+([a-z][\w-]*)", rest)) else "")


FINDERS = (find_listed_items, find_compound_place_lists)


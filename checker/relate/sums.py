"""Parts and their whole: "11 medals - five gold, four silver and four bronze".

A finder for :class:`PartsOfWhole` relations in three steps:

1. **Enumerations** -- runs of two or more counts (or sums of money) in one
   sentence joined by list connectors (",", "and", "while", "plus") with no
   more than a few words between them, broken by dashes, colons, brackets,
   semicolons, "including" and the like.
2. **Totals** -- a figure the enumeration breaks down, linked by an explicit
   cue in the same sentence ("of whom", "made up of", "split between", a
   dash or colon before the list, "in all" after it), by a totaliser in an
   adjacent sentence ("In all, 21 people ..."), or -- inferred -- by nouns
   across nearby sentences (civilians -> men, women and children) or by
   bare parts ("31 remained in hospital, 38 ...") right after a count.
3. **Choice** -- when several totals are possible, the first that the
   arithmetic agrees with wins; a contradiction is only reported against the
   most strongly linked candidate.  Ambiguity never raises an alarm by
   itself.

Shapes, each with an example:

- colon or dash list, time phrase on the total: "carried 6.2 million passengers
  this year: 3.4 million on weekdays, 1.9 million on Saturdays and ..." (not
  the size of a change before levels in their own years: "rose by 900: 2,100
  in 2021 and 3,000 last year");
- "of whom" after a name with a number: "All 96 members of Ward 4 voted, of
  whom 51 ..." (the name is a code, see ``checker.extract``);
- "with" and parts named by a preposition: "treated 4,310 patients, with
  2,950 among men and 1,160 among women" (complete when the nouns cover the
  whole, else partial; not "with 40 injured" or "with 15 assists", nor a
  rival's placed result: "won in 2:04.3, with Ames second in 2:05.1");
- a leading base: "Of the 75 firms surveyed, 41 expected growth and 38 ...";
- a list closed by what is left is complete: "30 voted for, 21 against and
  the rest, 15, abstained";
- bracketed parts after labels: "split between Cardiff (410), Newport (215)
  and Swansea (125)"; "breaks down as", "comprising" after a comma;
- "X of the Y ... the remaining Z" (same or next sentence): "upheld 11 of the
  18 complaints and rejected the remaining nine";
- parts in the next sentence counting the same things as the one figure
  before them may not exceed it (inferred): "Members returned 6,120 ballots.
  The motion won 3,870 votes and the amendment 2,640.";
- a headline over a list that names every item: "Minister backs 2,400 new
  school places" / "approved three schemes: 940 places in Hull, ..."
  (inferred); a count of other items ("three schemes") is never the total;
- a figure called a total wins over a count of other things beside it: "A
  total of 58 runners chased the 12 trophies - 20 juniors, 21 seniors and 19
  veterans" (58 is the total, not 12);
- after a comma, parts without a noun, each placed by a preposition: "About
  1,200 delegates filled the three venues, some 500 in the hall, roughly 420
  at the annex and about 510 on the lawn" (complete when a count of the
  places equals the number of parts, else partial);
- a surplus, profit, deficit or loss beside the one income and the one
  outlay of its sentence is their gap (``Balance``): "The club made a loss of
  £1.2m, taking in £8.4m and spending £9.9m";
- a list of kinds in the next sentence (inferred, partial): "Some 40 flights
  were cancelled. The cancellations hit 22 domestic flights, nine long-haul
  services and 12 regional flights" (some parts name the noun with a
  qualifier, the rest a word of no other known category);
- a longer clause before the dash, when no other figure stands in it: "Some
  2,640 fans from three towns slept in halls after the storm - 1,120 in A, ...";
- "from" of a place is no comparison: "drove 5,600 people from their homes,
  officials said - about 3,900 in A and roughly 2,700 in B";
- "with", "or" and a rate end a list only next to a figure, not inside a
  part's words: "90 were settled with a payment, 45 ... and 25 ...";
- the sentence after a lone count divides it (inferred): "The service
  answered 640 calls. Of those, 410 were urgent ...", "Among them, ...",
  "Crews took 25 of them to hospital and treated another 61";
- parts placed in the periods the total spans: "made 57 rescues over the two
  days, 31 on Sunday and 23 on Monday" (complete when the periods are counted);
- shares of the lone figure before (inferred, partial): "Sales reached £6.4m.
  Season tickets contributed £4.1m, ...", "£4.1m came from ...", "accounted
  for 510"; sums of money so placed inside a total ("Of the £48m, £31m came
  from ...") may not exceed it, unless the total is a profit or other net
  result, which may hold losses.
- a figure summed "in all" after its parts is the total, not one more part:
  "1,460 cars on Friday and 1,210 on Saturday, some 3,100 vehicles in all";
- ", with" ends a list and opens the breakdown of the figure before it, each
  part labelled before its figure: "reached 9.4bn in April, with goods from
  Japan at 4.1bn, from Korea at 2.2bn ..., while others sent the remaining 1.5bn";
- a hedge on another figure inside the total's clause is no comparison: "A
  total of 2,310 callers waited more than 30 minutes in March, 1,420 on ...";
- a list of clauses, each figure the subject of its own verb: "Of those, 170
  were given a post, 95 were sent to a reserve list and 180 were turned away";
- a list closed by "the remaining" right after a lone count divides it:
  "arrested 52 fans. Twenty were cautioned, ... and the remaining 17 ...";
- "X of the Y, with" the other shares listed: X is one more part: "won 14 of
  the 33 wards, with Labour taking 12, the Tories six and independents four";
- measures of additive units (lengths, weights, volumes, energy) add up like
  counts, not over places; inferred from the lone measure of the sentence
  before when each part has its own period: "Nine inches of rain had fallen
  by Sunday. Four inches fell on Friday, another 3 on Saturday and 4 more ...";
- two parts labelled by the halves of a pair cover the whole: "6.4 million
  passengers, with domestic routes carrying 2.1 million and international 3.6 million";
- parts that say they overlap are no breakdown: "44 had mould, 39 had broken
  heating and 23 had both";
- two parts sorted two ways, a class and an attribute, that overshoot the
  whole are no breakdown: "Of the 1,200 trees, 740 are cider varieties and
  610 are more than 30 years old" (round 63);
- "of which"/"of whom" may open the first part's own clause: "sales of £9.1m,
  of which the shop brought in £5.2m and the cafe £4.4m";
- ", with a further N" / ", with another N" adds one more part (silent when
  the list without it agrees): "passed 40 and failed 7, with a further 3
  absent - 50 pupils in all";
- a figure inside one clause of a clause list is no part: "Of those, 60
  passed, 22 had sat two papers and 19 ...";
- "Of those" after a sentence with several figures: the one it ends on
  ("..., taking the total to 212. Of those, ...") or names a total ("The
  total stands at 212 after 47 new cases"); the others stay candidates, so a
  breakdown fitting any of them raises nothing;
- sums of money placed inside a total by "including", "N of it" or "with X
  contributing" may not exceed it: "takings of £7.3m, £4.6m of it at the door";
- the first figure of a list heads the rest unless placed like them: "fed
  3,400 families last winter, 2,100 in York and ..." (not "3,400 in Leeds,
  2,100 in York"); sums of money so placed may not exceed a gross total;
- after a comma, a list of kinds of what the total counts that ends its
  clause: "grounded 140 flights at the airport, 80 departures and 75
  arrivals" (complete when the kinds cover the whole: men and women, the
  halves of a pair);
- a group's size ("23-man squad", "30-strong delegation") is a total only
  with an explicit cue: "is made up of", "includes", a dash or colon;
- a figure counting other things inside a part's label is no part: "51 from
  owners with two homes and 44 ..."; a last part placed "elsewhere" or
  "abroad"; a bracketed part after a longer label ("split between its
  hospitals in Leeds (2,600) and ...");
- "with N more" adds a part like "with a further N"; a comparative after
  a figure that belongs to the next one ("refused nine, with five more
  deferred") does not make the first a difference; "a total of" after a
  longer clause past the parts ("..., dealing with a total of 52");
- "N of that" / "N of it" places a part inside the figure before, in the
  same sentence or the next: "spent £12.6m; £8.3m of that went on roofs";
- what a survey found among the people it asked: "A survey of 1,012 tenants
  found 620 wanted ..., 310 opposed them and 120 were unsure" (partial);
- after "N of them", a singular label names no other things: "12,400 vans,
  6,100 of them electric and 6,900 diesel";
- bare parts after a lone count may drop their verb after the first ("2,150
  came on Saturday and 1,820 on Sunday"); a word after a verb ("710 were
  still waiting") is no noun of the part;
- a toll in the headline bounds the dead a body sentence lists by a
  partition of people: "Flood toll rises to 64" / "41 men and 29 women had
  died" (inferred, partial; not survivors, not "passes 300");
- "; N more" / "; a further N" continues a list across a semicolon; after
  a comma, a participle before each part divides the total's clause: "heard
  57 claims, upholding 31, rejecting 22 and adjourning seven" (partial);
- a qualifier naming a kind ("four bronze medals" beside "five gold") counts
  as that kind when the nouns across sentences cover the whole;
- a running total after the parts holds them: "17 on Saturday and 26 on
  Sunday, bringing the weekend total to 41" (complete since round 8, see below);
- two parts labelled by the halves of a pair, in the sentence after a lone
  count of what they are kinds of (inferred, partial): "Snow closed 140
  flights. Officials said 80 departures and 75 arrivals were scrapped";
- the two sides of a vote tally, with those absent or abstaining, within the
  size of the body that voted: "The board voted 7-3, with two abstentions,
  on the 11-member panel", "voted 30 to 22 ... Three members were absent"
  (``find_tally_in_body``); also "31 in favour and 22 against";
- a list of seats within the size of the body it shares out, with seats
  "on the N-member council" before it: "Reform took 21 seats, the Greens 17
  and Labour 8, giving a 44-seat council" (a name and a bare number after a
  counted part is one more part, not a code like "Ward 4");
- a leading base with a longer clause of its own, closed by its one comma
  (relative pronouns allowed, no other figure but a count of other things):
  "Of the 2,350 nurses employed by the three trusts last winter, 1,410 were
  women and 980 men";
- a figure at most a tenth of each part is a count of items, never their
  total: "raced in three finals: the 100, 200, 400 and 800" (a list count);
- a complete cue whose subject is a definite noun with no figure of its own
  ("the total", "that figure", or the noun of the whole) breaks down the one
  figure of the nearest earlier sentence with figures, headline included
  (inferred): "Council sets £86m budget" / "The total is made up of £52m for
  care, ..."; "21,500 day passes": a period word between a large count and
  a plural noun names a kind of what is counted;
- a list that says it names all there was (", the only two lines hit";
  or the next sentence "No other lines were affected.") breaks down the sole figure of the nearest earlier sentence with figures,
  headline included, when the parts count what it counts (inferred):
  "Storm cuts power to 12,000 homes" / "6,800 homes in A and 3,900 in B lost
  supply, the only areas hit";
- a figure spread "across N places", then, in the sentence or sentences
  after it, exactly N figures each in a place of its own and no other figure
  (``find_parts_in_places``, inferred): "Wildfires destroy 320 homes in two
  counties" / "190 homes burned in A. Another 160 were lost in B"; a figure
  in a place of its own is one more place, never the whole of parts in others;
- "and a further N" / "and another N" continues a list after a longer part,
  and a running "number (of X) ... to N" holds its parts (partial): "pulled
  23 from the block on Tuesday and a further 31 on Wednesday, bringing the
  number brought out alive to 48"; also in the next sentence, opened by a
  pronoun, when its words name what the list did: "... on Wednesday. That
  brings the number rescued to 48" (not "the number of dead", "charged");
- "Of those" / "N of those VERBED" / a list closed by "the other N" points
  back past up to two sentences with no figures but dates (a quote, a
  comment): "Vets treated 58 horses. \"It was grim,\" one said. Thirty of
  those seen were lame, 19 ... and the other 12 ..."; "of" and a bare word
  after a part repeat the clause before it, no base: "were accused of theft,
  14 of fraud and ...".
- one part for each outcome of a vote, a poll or a season, the last those
  who took neither side, leaves no one out (complete): "Of the 212 members
  present, 104 voted yes, 96 no and 9 abstained"; "won 17, drew 8 and lost
  5", "winning 17, drawing 8 and losing 5" (a participle list runs on past
  "losing"); "... and 40 were not sure" (the whole of a vote or poll is those
  who took part: "present", "asked", "took part in the ballot", not "The
  council has 60 members"; a voter is the subject: not "backed
  12 bills, opposed 9 ..."; not with "the rest", "so far" or one more figure
  after the list; not "did not back", not for and against
  alone, not within a body's size, a toll or a running total); of votes (not
  voters), for and against alone: "Of 5,210 votes cast, 2,900 were for it and
  2,210 against"; a tally among the members present ("by 228 votes to 171,
  with 19 abstentions, among the 425 deputies present", "The 58 delegates who
  attended ...") is complete with its abstentions, partial without them or
  with some absent; ", with N abstentions" ends a list of sides as one more part;
  ", with 104 voting for ..., 93 against and 11 abstaining" divides the total;
- after a lone count, the next sentence counts its things again by place,
  "a further N" joining the parts (inferred, partial): "The shelter has 85
  cats. Staff counted 52 in the pens and another 41 in foster homes" (a
  verb of counting, showing or holding ("records show", "housed") before
  the first part (not one that may be repeated on the same things: "marked
  600 in maths and 500 in English"), or one moving the things there:
  "Crews led 150 to safety and another 95 escaped"; past up to two sentences
  with no figures, like "those"; not periods, not "plans to hire");
  "a further" joining two parts sets no other period ("found 210 cars on
  level 1 and a further 95 on the roof");
- "against" right after a part, or after "voted"/"were", is a side of a vote,
  no comparison: "64 for the motion, 41 against it and nine abstained" (not
  "against 90 in February").
- a list closed by what is left after a semicolon divides the one count of
  the clause before it: "Vets saw 75 dogs; 40 were treated and the
  remaining 30 sent home"; "; the other N" after one part continues the
  list: "Its 83 players include 57 strings; the other 29 play ..."; a
  sentence naming a subset ("Most were ...") is not skipped by "those";
- "Those VERBED included/were ..." divides the count before, like "Of
  those": "Police held 38 fans. Those held included 21 ..." (not "those
  killed" after a count of the injured);
- "Of that," after a sum of money, and contributions ("gave", "donated")
  joined by "a further" place the parts inside it: "The fund raised £5m.
  Of that, £3m came from A and a further £1.5m from B".
- a part named as what is left ("the remaining", "the rest,", "the other",
  "the balance of") closes the list past the own clause of the part before it or a
  semicolon, and the whole before it may be a sum of money: "The helpline took
  6,140 calls. Of those, 3,950 were about benefits; the remaining 2,190 ...";
  a bound in a label ("patients over 70 had 520 of them") is no part; one
  part after "Of those", what is left opening the next sentence (inferred,
  ``find_back_remainder``): "The clinic saw 1,736 patients. Of those, 1,104
  were seen within a week. The remaining 632 waited longer.";
- a bracket right after the total's phrase that holds the whole list:
  "sold 2,410 tickets over the holiday (1,530 adult, 610 child and 270 family)"
  (not a bracket per item, other periods, a comparison or "including");
- ", with" parts placed by where they came from: "opened 96,000 accounts,
  with 61,000 customers moving from other lenders and 35,000 coming through its app";
- a running total right after a list of two or more fresh parts is their sum:
  "Gates of 12,300 on Friday and 14,650 on Saturday took the festival's total
  attendance to 26,950" (partial after "another"/"new"/"more" parts, over a
  longer span -- "since", "so far", "this year", "running" -- and no relation
  when it counts one kind of casualty of the list: "the number of dead");
- a headline over a list of exactly the counted items, the body naming what
  it does or counts by a definite noun: "Carmaker to axe 2,340 jobs" / "The job
  losses will hit two plants - 1,620 roles at A and 720 at B" (inferred);
- the two sides of a vote tally within those who voted, in its sentence or the
  next: "voted by 4,310 to 2,950. ... 7,360 of its 9,400 members had taken
  part" ("N ballots cast", "a turnout of N"; partial: papers may be spoiled);
- each candidate's votes with the spoiled papers cover the ballots cast
  (complete): "Of the 18,204 ballots cast, A took 8,911, B 6,020 and C 3,050,
  while 223 papers were rejected" (not without the spoiled papers).

Round 9:

- a figure that labels the members of a part is no part: an age ("27 were
  aged 18 to 30", "aged forty to fifty"), a bound said of the figure before it
  ("52 were over 70", "31 under five"): "Of them, 52 were over 70, 27 were aged
  18 to 30 and 14 were children"; also "older than 70", "12 of them were
  over 80"; a figure after "of whom" opens a clause of the list; a colon
  after a "with" phrase links the list ("312 people with flu: 198 ...").
- what is left may close a list past a longer clause of the part before it
  (up to eight words before "the remaining"), with a count of other things
  inside it: "The city paid $190m of it, with a consortium of three banks lending
  the remaining $150m" (the message writes a part in its own scale when the
  total's would show it as nought: "R2.9bn + R1.3m").
- a whole shared out among N counted recipients, then exactly N figures of
  its kind after it, in its sentence or the next two, and no other figure
  there (``find_shared_among``; complete, inferred across sentences): "Four
  clubs will split £2.4m. United get £900,000, City £700,000, ..." (also
  "shared by four teams", "Three labs have been awarded £36.5m", "will
  receive £24m between them", "awarded £36.5m to three labs", "The three
  partners will have 112 seats between them, with ..."; not what they
  did with it: "One spent £1m on a house ..."; a count of
  other things beside a part is passed over); not with
  "each", "per" or another period ("last year"); also a counted group's
  combined total (round 11): "The three finalists raised a combined £86,000.
  The winner collected £41,000, the runner-up brought in £27,000 and ..."
  ("together", "a total of", "between them").
- "of which" and three or more parts closed by "and", the only figures of the
  sentence beside the whole, nothing said to be left out, included or
  "mainly" so, is all of it (complete, inferred: a warning): "860 flats, of
  which 430 will be sold, 260 offered for shared ownership and 120 let"
  or "N of which" (not a profit or other net result, which may hold
  losses; not "of whom", not people -- they come in open sets of
  kinds: "140 were British, 96 German and 51 French" --, not two parts; not
  "of the"/"of those", which may leave out a vote's abstentions, a season's
  other games, pending claims).
- the sentence after a lone count with its noun, three or more bare parts
  sharing the first one's verb, each after a named subject of its own
  ("gapped"; complete, inferred): "The coalition will control 84 seats.
  Labour won 47 seats, the Greens 21 and the Liberal Democrats 16" (not with
  votes or ballots cast, which may hold spoiled papers; not when a name
  holds the whole -- "Labour has 84 seats. The Tories have 47, ..." is a
  rival, no whole; not the seats of a body ("The council has 84 seats",
  "Voters elected 84 councillors"), which others may share; not with
  another period, "the rest", a noun on a part, or a count of the subjects
  that is not the number of parts); two such parts after a sentence opened
  by a totaliser ("In total 2,640 homes were built. Private developers built
  1,720 and housing associations 820"); a subject may be a plural noun.
- "X of the Y", then a sentence opened by "Another" (or "A further") whose
  figures list the other outcomes, or ", while another N ... and M ..." in
  its own sentence (``find_another_of_base``, inferred): all
  of the Y when the sum agrees or misses it by a slip of one digit, else a
  part that may not exceed it: "Only 612 of the 845 applicants got a place.
  Another 169 were put on a waiting list and 64 were turned down"; a verb
  between a part and the word after it makes that word no noun ("296 ran late").
- a whole and one part placed inside it ("including", "of which", "N of
  them", "with"), then what is left opening the next sentence
  (``find_one_part_then_rest``, complete, inferred): "The festival sold
  18,450 tickets, including 11,200 weekend passes. The remaining 7,250 were
  day tickets" (not what is left "of" another base).
- after "N of them", a list closed by what is left ("with the other 41
  house fires") divides the total whatever its parts' labels name.
- a last part that names what is left as all other things closes the list:
  "Of the 96 arrests, 41 were for theft, 30 for assault and 25 for other
  offences" (complete).
- bare parts after a lone count may be placed by "for" ("Eighteen were for
  drink driving, 17 for drugs and ..."; partial); a whole called a total ("worth
  £18m in total") breaks down into two gapped parts in the next sentence
  ("Acme won £11m and Borealis £9m").
- a sum of money or a measure inside a count's label does not break a list
  of counts: "520 homes were sold: 260 for under £200,000, 190 for ... and
  90 for more than £400,000", "210 within 5 miles, 130 ..."; nor does an
  age range ("530 aged 18 to 34, 410 aged 35 to 54 and ...").

Round 10:

- "plus" after a part's own noun joins one more part, and "a NOUN of N" is
  that part's own phrase (not "a total of", "a rise of", nor "7,412, plus
  42", a change): "The convoy carried 96 people - 71 passengers plus a crew of 21";
- "as follows" after a complete cue ("breaks down as follows:", "is split
  as follows:"): "The £46m package breaks down as follows: £21m for housing, ...";
- a collective noun naming the counted group itself is a named whole
  (population, workforce, fleet, herd, ...) when it gathers what that counts
  (a fleet aircraft, a workforce people): "The airline operates 84
  aircraft. The fleet consists of 52 narrow-bodies, ..."; so is "They", and
  "It" after a collective ("The herd numbered 1,240 animals. It comprised
  610 cows, ..."; not "The company has 2,300 shareholders. It ..."), and so is
  the noun standing in the figure's own sentence ("BAND D BILL RISES TO
  £2,140" / "The bill comprises £1,720 for the county, ...");
- ", as" (", when", ", because") opens a clause of its own, no list:
  "made 86, including three sixes, as Kent reached 298";
- a bracketed list whose last part is followed by another bracketed figure
  of its kind past a long label ("and other sources, chiefly X and Y
  (£0.9m)") may run on: read as partial, never complete;
- a last part placed in "the rest of the world" or "elsewhere" closes the
  list like "other X": "Some 3,100 came from China, another 1,450 from Vietnam
  and 970 from elsewhere"; a list set in its own period ("so far this year")
  divides no whole of another ("last year");
- sums of money a plan sets aside ("sets aside", "earmarks", "allocates",
  "ring-fences"; a plan's noun, not "It", also "spends", "invests",
  "provides" ... on/in), each for a purpose of its own, are pieces of the plan's
  sum (partial, bounded): in its sentence ("The £55m scheme earmarks £31m
  for homes, ...") or after the lone sum before, the subject naming the whole
  ("CITY UNVEILS £700M PLAN" / "The package sets aside £420m for trams, ...";
  not a profit, not "the board", not parts in a period of their own);
- a count of the subjects right before the list that gives one figure each
  ("Its four kennels housed 28, 31, 26 and 22 and ...") is no figure of its
  own: a list closed by what is left still divides the lone count before;
- a count over a span ("over the fortnight", "during the holiday"), then,
  in the next sentence, parts each in a piece of it ("the first week", "in
  the second", "Saturday", "over the weekend"), none in a period of its own (partial): "Some
  84,000 came over the weekend. Saturday brought 46,000 and Sunday 44,500";
- a net figure beside the one inflow and the one outflow of its sentence,
  or of the next when it has no other figure, is their gap (``Balance``,
  ``find_net_flows``): "a net gain of 340 this season, as 910 joined and
  620 left"; two parts flowing opposite ways are no parts of one whole;
- three or more gapped contributions after the lone sum before, the list
  ending its sentence (or only its source after it), are all of it
  (complete, inferred; not a profit or other net result): "Turnover reached
  £640m. Stores contributed £410m, online £150m and franchises £50m";
- the ballots cast or the turnout, then, in the next sentence, three or
  more candidates' votes and, last, the spoiled papers (complete, inferred):
  "Turnout was 61,420. A polled 25,310 votes, B 21,870 and C 11,950; another
  390 papers were spoilt".
- the next sentence breaking the lone figure before down, by a verb with the
  figure as object or subject, lists all of it (complete, inferred): "Some 640
  jobs will go. The union breaks the figure down into 410 ... and 130 ...",
  "That total is made up of ..." (not "It comprises": "it" may be what holds it);
- a figure split over a counted number of places, then, in the next
  sentence, as many gapped parts each after its place (complete, inferred;
  not in another period): "The £4.2m grant will be shared by two councils.
  Hull will receive £2.6m and Leeds £1.9m";
- a label open at one end after a part's copula is no part: "the other 482
  were 65 or over";
- gapped contributions may be "brought in" or "generated", and a source may
  close the list: "Print ads brought in £6.1m, digital £3.9m and classifieds
  £1.4m, the accounts show"; income from a named source ("fare income",
  "advertising income") is gross, not a net result;
- no sum where items with no figure open the list ("six charges: murder,
  attempted murder, two counts of ...") or where the total is the level a
  smaller figure before it rises to ("the £45m fee could rise to £52m with
  add-ons: £4m ... and £3m ...": the parts are what is added);
- a part "of the" whole with one outcome, "and" the other part with the
  other outcome (convicted/acquitted, passed/failed, approved/rejected):
  all of it, "41 of the 58 defendants were convicted and 17 were acquitted".
- round 11: "Of these" after a sentence with several counts points back to
  the one that can hold every part (no other is as large as the largest
  part, and the others place it): "There were 520 lorries at 14 depots. Of
  those, 310 passed and ..."; "Among them were 40 knives and 50 ...";
  a plain sum that meets a plain total only at the edge of their roundings
  disagrees (rounded half up, "£1.7bn" is below £1.75bn): "£2.9bn, made up
  of £1.7bn, £0.8bn and £0.2bn"; weights, volumes, areas, energy and long
  distances add over places (only depths, "60mm in Leeds", do not): "landed
  5,250 tonnes: 3,400 tonnes at Grimsby and 1,850 at Hull"; a surplus or
  loss alone in its sentence, and the only income and outlay of the next
  ("offset by", "in costs", "against costs of"): "ran a surplus of £42,000.
  Ticket income of £310,000 was offset by £248,000 in costs" (inferred);
  "before" after a verb of appearing names a body, not an earlier time: "Of
  the 64 people who appeared before magistrates last week, 40 were ...";
  a modifier at most a tenth of every part ("In the three-way race, 24,310
  votes were cast") leaves the total the lone figure of its sentence; over
  counted places the first part may name its own noun: "The 900 new homes
  will go to two towns. Ely gets 520 flats and Wisbech 380"; an "of" phrase
  with no figure of its own, then a list word, is a part's noun, no base:
  "24 satellites - 15 of the firm's own craft plus 9 built for customers";
  "the other", singular, closing a list of two or more counts is one more
  part: "Of the eight passengers, four were treated, three were taken to
  hospital and the other was unhurt" (a zero-width figure of 1 after it);
  a bracketed list of parts each in a year of its own, when the total spans
  as many past years: "raised £9.0m over the last two years (£4.1m in 2023
  and £4.9m in 2024)"; a verb read as a part's noun ("12 fell") is none; a
  bare figure owned by a person ("Moreno's 68 was made up of six birdies,
  ...") is a score, no total of the things its parts name;
  a headline over the two parts of a pair, the only figures of their body
  sentence: "OPERATOR CARRIES 49 MILLION" / "The operator carried 38 million
  on domestic services and another 11 million on international trains".
- round 12: a list in a bracket or between dashes right after a figure breaks that figure down, and a
  running total after the aside is a new whole holding the figure, not the aside's sum: "The block adds
  84 flats (60 for rent and 24 for sale), taking the estate's total to 910" (so too after a comma list
  its first figure heads: "will create 120 homes, 80 for sale and 40 for rent, bringing the total to 1,450"); "day-surgery",
  "night-shift" (a period word joined by a hyphen) name no period; what is left closes a list past the
  first part's own "of them" ("Children borrowed 21,000 of them, with the remaining 33,000 ...") and past
  a clause with a modifier ("took out a 30-year loan for the remaining £205,000"), dividing the lone
  figure of the sentence before (its modifiers, "the two-bed flat", aside); imports and exports are the
  halves of a pair ("Imports made up 1.62 million of that and exports 1.02 million"); a modifier in the
  total's phrase is neither total nor part: "rounds of 66, 70, 72 and 68 gave her a 72-hole total of 276";
  the number of contests a record covers, as a modifier, is all of a list of every outcome: "In a
  36-game season the club won 21, drew 9 and lost 6" (not won and lost alone), past an aside counting
  some of one part ("won 36 bouts, 24 of them inside the distance, lost three and drew one"); a
  leading base with its one outcome ("Of the 250 boats that set sail, 205 finished"), then a next
  sentence opened by a bare count and joined by "N more" or "a further N" ("Twenty-six retired and a
  further nine were disqualified"): all of it when it agrees or misses by a slip of one digit, a bound
  only when every part left the course ("abandoned", "withdrew"), else nothing ("21 crashed"); a
  headline's lone count over a first body sentence tallying one event day by day ("Ferry chaos: 1,372
  sailings cancelled" / "scrapped 615 crossings on Monday and a further 657 on Tuesday";
  ``find_headline_over_periods``): all of it only on agreement or a slip of one digit; a count, one
  outcome "of them", "and" the other outcome's verb before the rest (``find_outcomes_of_them``, complete):
  "heard 130 appeals, upheld 52 of them and dismissed 78" (not with a third outcome, "the rest", draws);
  also the whole after the first part: "The jury convicted 41 of the 58 defendants and acquitted 17",
  or a leading base: "Of the 130 appeals heard, the tribunal upheld 52 and dismissed 78" (won and lost
  not of a league's games, which may be drawn);
  "added up to" after a list is its sum: "Donations of £1,200, £850 and £400 added up to £2,450"
  ("up to" after "add" is no bound: ``checker.hedges.SUM_VERBS``; "could add up to" still is); a
  totaliser opening the next sentence before its subject and verb: "... and short-haul routes 2.3m. In
  all, the airport handled 6.4 million" ("Together, that made ..."; not over a longer span, "this year").
- round 13: an "of" phrase with no figure of its own, with or without its article, then a list word or
  comma, is a part's own noun, no base: "£0.6bn of maintenance spending and £450m for buses"; the first
  figure of a list in a named place of its own, placed as the next is, is one more place, not their
  whole: "Some 1,200 patients were treated in Hull, 950 in York and 870 in Leeds"; a figure spread
  across N counted places beside other figures of other things, and places named right before their
  parts: "will run 1,840 beds across three sites and a budget of £1.3bn. Ashby General (760 beds) and
  Moor Hospital (510 beds) will join Hallam Infirmary, which has 670 beds" (``find_parts_in_places``);
  a share of a whole named before it, from a source of its own, then sources that add on, are all parts
  of that whole (inferred, partial): "The fund took £940,000. Some £520,000 of the money came from
  members. Employers gave £310,000 and a further £210,000 ..." ("The bulk of that, $5.1bn, came from A,
  while B contributed $2.2bn and ...": the share before the list is one more part); named sources of
  the lone measure (not a depth) of the sentence before, verb and unit gapped after the first (inferred,
  partial): "Four farms harvested 5,610 tonnes. Home Farm harvested 2,120 tonnes, Ash Farm 1,730 and ...";
  a list of kinds opening its sentence, then a colon or dash and the whole the kinds cover (no other
  period, no "but"): "Seven boys and six girls - the school's 13 new pupils started on Monday"; a whole
  counted over the weekend and two parts, one on Saturday and one on Sunday, is all of it: "made 57
  rescues over the weekend, 31 on Saturday and 26 on Sunday" (not a holiday weekend); a last part
  labelled as all the rest closes the list, and its own "a combined" sums only that label's items: "with
  the sequel bringing in £4.1m, the thriller £2.6m and everything else a combined £1.9m"; a leading
  base after "that", its one part past an aside, then "A further" in the next sentence: "A poll found
  that of the 180 growers asked, 75, almost a third, had lost buds. A further 64 ..., while 41 ..."
  (``find_another_of_base``; an adverb of degree, "largely unharmed", leaves the list partial); a toll
  in the headline bounds the dead a body sentence lists in named places of their own: "Flood toll rises
  to 64" / "41 people had died in Kerala and 19 in Karnataka" (inferred, partial); a unit of power
  before "hours" is one of energy: "store 340 megawatt-hours, with 220MWh at A and 120MWh at B".

Round 13 (lead), from clean articles: no breakdown when a part counts for several ("Dunn and Eze one
each", "one apiece"), when one more item with no figure follows the last part's noun ("..., two police
vans and the mobile command unit"), across "but" ("..., but had 44 posts empty"), with a count as large
as the list before a colon opening names ("three rowers: Moss won three, Hale three and Kent one": the
count counts the names), nor from a figure called a share of the total before a list closed by "the
remaining" ("the biggest share of the budget, £260m, ... the remaining £80m": a sibling, no whole).

Round 14 (lead): the last part of a series past a long noun phrase (up to 20 words, no colon, semicolon or
bracket) still closes the list: "40 firefighters, 14 volunteers from the reserve station opened in Harwick
last spring and four paramedics" (``_late_part``); a figure called the largest share ("take the largest
share, at £19.2m") is a sibling of the parts after it, no whole; a count with decimals ("Harkin's 98.7", an
average) and a whole count are never parts of one list (``_fractional``); a total whose own words count
more items right before the list ("240 homes across four sites: 110 ..., 65 ...") than the list read is
not checked (``_more_items_counted``); a total over more periods than the parts is a bound only when the
parts are told by period ("September brought ..."), not by kind ("over the five days of voting ... 3,412
voted yes, 2,897 voted no"); a share "of the" total is no extra part when the total's own breakdown opens
right after it ("started in one of the laundrette's 36 machines - 22 washers and 14 tumble dryers"); spoilt
ballots are cast for no side, one more part of a turnout ("with nine ballot papers rejected as spoilt"); a
figure more than ten times the whole is another count, no part ("a team of 52, ... 14 assistants, made about
18,600 visits").

Round 14 (sums): a thing with an article closing a list of counted things is one more part of one
("Rowers bring home 12 medals" / "five golds, five silvers and a bronze"; a single noun, then the clause
ends or a preposition follows; not "a handful", "a further", "a team of ..."; a plural medal names its kind;
also first or inside the list: "15 boats - a trawler, nine yachts and four dinghies", "two golds, a silver
and three bronzes"; a spaced hyphen opens a list like a dash);
points scored by plays of their own noun ("27 points, made up of eight two-point baskets, two
three-pointers and ...", "from three tries, three conversions and ...") are no plain sum; an item with an
article before the counted ones ("four pieces: a Hepworth bronze, two ...") or "and a team of cleaners"
after them leaves the list open; men and women (a partition of people) in the sentence after the lone
count of people they divide may not exceed it ("Some 1,840 walkers set off. Stewards said 950 men and
1,010 women completed the route"; inferred, partial; not with a period of their own); a comparative
joined to a noun by a hyphen is a kind of the part, no difference: "Of those, 1,580 were short-haul
routes and 940 were long-haul"; a whole said to be of two fates ("killed or injured 314 people",
"destroyed or damaged 240 homes") and two parts, one of each fate in words of their own ("112 died and
190 were hurt", "150 were flattened and another 60 damaged"), is all of it (``_either_outcome``; homes and
houses count the same things).

Round 16 (sum2, merged out of order to keep the hunks apart): a comparative after a preposition and before
the part's own noun labels the part, no difference ("£4.8m in higher drug costs", ``_comparative_in_label``);
a part's long label opened by a preposition and closed by the series' bare comma keeps the series going
("£7.4m for covering surgeons and junior doctors through the strikes, £4.8m ...", ``_long_label_in_series``);
a score right before its instalments is their aggregate ("finished on 274 after rounds of 68, 70, 69 and 67",
"with innings of 62 and 69"; ``_aggregate_of_instalments``: not a closing score smaller than them); a lone
whole, the next sentence's one figure told as a share of it whose stated fraction fits ("4.1m tonnes, or about
42% of the total"), then a list closed by what is left: the share and the list are all of the whole
(``find_share_then_rest``, inferred; not a whole compared with); a figure-less "including" aside on the last
part's label keeps what is left closing the list ("and other goods, including timber, for the remaining
1.1m tonnes"); "up 6.8% from 9.21m" marks the value moved from past the change's size; the exact counts of
the next sentence (three at least, each with its own noun, its only figures but dates) break down the one
exact count before when they add up to it or miss it by a slip of one digit worth under a tenth of it
(``find_kinds_next_sentence``, inferred: "attended 9,412 incidents. ... crews were sent to 3,106 fires, 2,871
special services and 3,435 false alarms"; not a round or hedged count, a slip only from 1,000 up, not parts
that are subjects of a verb: "Of those killed, 31 were residents, ...").

Round 15 (lead), from clean articles: a list opened by "A further" ("with 2,910 waiting. A further 1,760 wait
for ..., 1,330 ... and the remaining 840 ...") goes on from the figure before it, no whole of it; the first
figure of a list placed like the rest past a short verb phrase ("with £3.9m to come from A, £2.8m from B and
£2.7m from C") is an item, not their total (``_parallel``); a figure told as one part ("The largest cut,
£5.2m,", "account for 3,100 tonnes of the harvest") has siblings, no parts, after "with", and no earlier
figure is the whole of those siblings alone (``_one_of_its_kind``); a last part sent "to other airports" or
added as "a further 22" names no catch-all of what is left (``_CATCH_ALL``); a compound between a count and
its noun ("118 two-person kayaks") describes the noun and is no part (``_COUNT_RIGHT_BEFORE``); a total
taken out of a whole of other things ("In total 23 of the marina's 240 berths were affected" after "Of the
boats destroyed, eight ...") is no total of the list (``_base_of_another_kind``).

Round 15 (guards narrowed so ordinary phrases keep the core readings; see tests/test_round15_sums.py):

- bare numbers after a measure, linked by a colon or dash, measure in its unit when of its size:
  "The blaze has burnt 13,400 hectares - 8,300 inside the reserve and 5,100 on grazing land";
- "Of those killed" / "Of those who died" / "Of the dead" after a count of deaths, "Of the patients"
  after a count of patients point back like "Of those"; not after a count of the injured;
- "They rated 64 sound, 22 in need of repair and nine unsafe" after the lone count of what was rated
  (partial, like "Of those");
- "Of those" past a figure the count moved from ("up from 540 in May"), a relative aside before it
  ("The clinic, which has 14 doctors, saw ...") or an aside sizing something else ("a big number for
  a town of about 9,000 people");
- ", with 2,300 going to adults", "... and £1.1m shared among the other 62 players": no other things;
  a last part shared among "the remaining N" closes the list;
- "before the 5pm deadline" is a cut-off on the total, no comparison;
- a count of the sources before a list of kinds leaves it complete: "4,750 cars from four plants:
  3,150 saloons and 1,420 estates"; a part's own relative clause set off by commas keeps a list going;
- "In total, £14,570 was collected" / "Altogether, the two nights brought in ..." after sums of money
  in one currency (no noun needed); "people" fits a plural of persons ("In all, 5,130 offenders");
- what is left as the subject of the last part's verb closes a list ("and the rest managed 41",
  "and the remaining eight batters scraped 41 between them": the count of who made it is no part),
  and ", with 11 extras" after it is one more part when the list without it does not agree;
- "with" inside the total's own noun phrase is no cue: "treated 137 patients with burns in the first
  week, 86 adults and 41 children"; an attribution between total and list is passed over: "handled 73
  call-outs over the two days, the agency said, 44 on Saturday and 29 on Sunday";
- a month in the total's own span is no period of the parts: "in the 12 months to March: 3,150 ...";
- "Among the injured were nine drivers, ..." and "They were nine drivers, ..." after the lone count of
  the people hurt (partial, like "Of those");
- a value the figure moved from ("£86m, up from £80m last year") leaves it the sole figure "The total"
  or "Of those" in the next sentence points back to; a label in -ing that names a sector ("catering
  £1.2m", "parking £0.4m") is no participle opening a clause.

Round 16 (see tests/test_round16_sums.py):

- two parts after verbs moving opposite ways are a net change, no breakdown, and a running total after
  them is the level it reached: "opened 24 shops and closed nine, taking its total to 612"
  (``_flow_verb_before``, beside the flows after a figure, "910 joined and 620 left");
- an owner's whole, then, in a later sentence, as many figures as its counted subdivisions, each after a
  name of its own and the only figures there, are all of it (``find_places_of_named_whole``; complete,
  inferred): "Tarvale's population rose to 128,000" / "The largest of Tarvale's three boroughs is Ostby,
  with 61,300 residents, followed by Kelling with 45,900 and Marsh End with 20,800"; a year before a comma
  is no alternative ("in the ten years to 2021, to 128,000");
- the lone figure told as the biggest part of a whole, then, in the next sentence, the other parts by the
  same verb (the later ones gapped), are pieces of the nearest earlier figure counting the same things in a
  sentence of no other year (``find_biggest_part_then_rest``; partial, inferred): "The port handled 8.8
  million containers. Asian routes were the biggest part of the trade, carrying 5.1 million containers.
  European routes carried 2.4 million and American routes 1.3 million";
- a rival placed by its own figure after a comma is a ranking, no difference ("won with 2,410 votes, ahead of
  the Green candidate on 1,630 and ..."); "; 12 papers were spoilt" closes a list of votes; ballot papers
  "counted" are all that were cast;
- "assigned either A (610) or B (590)": after "either", "or" joins two bracketed parts, and each member got
  one of them, so they cover the whole ("The 1,200 patients were randomly assigned either ...").

Round 17 (see tests/test_round17_sums.py):

- a definite singular item between two counted parts is one more part of at least one ("14 pupils, the
  teacher and three parents"; ``_add_one_by_definite``): the list is never short of its whole by less;
- capacities in watts that the sentence calls combined or a total add up (``_summed_power``: "a combined
  capacity of 480MW - 290MW from A and 140MW from B"); "both" in an opening clause before any figure is no
  overlap of a list of measures ("Once both arrays are running, ...": ``_past_opening_clause``);
- a whole told in the present with no time of its own is the whole of "this year's" list closed by "the
  other N" in the next sentence (``_current_period_of_timeless_whole``);
- after a dash or colon, a bracketed part's label may stand between the cue and the first part ("on three
  signings - the winger Tom Hale (£1.2m), ...": ``_ends_with_apposition(gap, label=True)``);
- a part placed "of the NOUN" by a verb of contribution, then gapped labels and figures, is one list ("Retail
  brought in £3.1bn of revenue, wholesale £2.2bn and ...": ``_portion_of_whole_then_gapped``); a figure of
  another sentence is its whole only when that sentence names the noun or the next label's head
  (``_whole_named_apart``); "rose to X from Y" leaves X the sole figure (``_to_level_from``);
- a plan's own period in its subject ("The £86m plan for 2025/26 sets aside ...": ``_SUBJECT_PERIOD``) and
  "£9,000 as a grant to ..." allocate; sums a plan allocates may not exceed it (``_allocated_from``), round
  parts read to its precision;
- a list closed by "the remaining N" right after a sentence that is one list of the same sums goes on from
  it, and together they break down the headline's one figure of that unit when within a tenth of it
  (``_chained_with_list_before``).

Round 17, third wave (see tests/test_round17_sums2.py):

- the contribution verb told at a later part, the first placed by an earning phrase of its own ("with sales
  of", "taking"), still makes the list
  pieces of the lone figure before ("Sales fell to £5.6bn. A led, with sales of £3.4bn, while B brought in
  £1.9bn and C £0.8bn": ``_later_part_contributes``);
- the whole's noun, then where its members came from, then a colon or dash: the count of origins is no
  comparison and no whole ("showed 140 films from 30 countries: 90 features, ...": ``_origin_of_whole``;
  partial, the kinds listed may be only the main ones);
- a sentence opened by a count of the owner's outlets with one other figure, then a sentence of as many
  figures, each after a name of its own and the only figures there: all of that figure ("The three sites
  carried 1.4m journeys. A was the busiest with 600,000 journeys, followed by B with ...":
  ``find_outlets_then_named_parts``; complete, inferred).

Round 18 (see tests/test_round18_sums.py):

- a part's verb and its particle right after the figure is no difference ("98 were handed back", "61 went
  ahead", "14 were left behind"; a verb and a comparative of its object: "318 needed extra care", "scored
  below the pass mark", "were no worse off": ``_VERB_PARTICLE``), so a list of clauses after "Of those" still
  forms;
- the whole's own noun and a verb of what it pays for, then three or more sums closed by "and", each for a
  purpose or bracketed after its label, the only figures of the sentence, nothing left out: all of it
  ("The £9.4m grant covers £4.2m for roofs, ...", "pays for walls (£4.2m), ...", "goes on", "will be spent
  on", "splits into", "a budget, which covers", "the budget of £9.4m covers": ``_covers_whole``; not
  "includes", "sets aside"); also opened by a definite subject with
  no figure of its own ("The budget covers ...", "The money will be spent on ...") after the one sum of the
  nearest earlier sentence with figures, headline included (``_covers_named``; inferred);
- the count before "other"/"remaining" in the noun phrase of the group that made the last part is no part
  ("and the three remaining candidates shared 1,905; 45 papers were spoilt", or gapped: "and the three other
  candidates 1,905": ``_count_of_other_group``), and
  ballots "counted" before the figure are all that were cast;
- a verb of sharing out whose object names the whole counted before (its noun, "them", "the money", or both
  called an addition), then a list that is the only figures of its sentence: all of that whole ("Operator
  adds 150 extra weekly journeys" / "The timetable splits the extra journeys between the city routes (96)
  and the rural routes (54)": ``_split_object``, ``_split_names``; complete, inferred); a rate closing a
  bracketed part ("(96 a week)") continues the list (``_BRACKET_RATE``); in one sentence, the whole and a verb
  of sharing it out right before the list ("adds 150 journeys, which it splits between ...", "shared
  between", "spread across", "dividing the money between", "share £3.4m among": ``_shared_out``; complete);
- "N NOUN, up from M" (or "down from") after a part is a new level beside its old one, no difference, so the
  list keeps its last part ("... and 30 women's teams, up from 21 a year ago": ``_LEVEL_FROM``);
- a sum told as the largest source ("the largest source of income at", "the biggest source, providing", "The
  largest single source was A, at"), then the other sources after "followed by" in its sentence or given
  in the next one ("B contributed ..., C ... and D ..."), are pieces of the one new sum of their unit in the
  nearest earlier sentence, not the old level ("up from £6.9m", "the year before"), no net result
  (``find_largest_source_then_rest``; partial, bounded; also counts told as "the largest group", the parts
  counting what the whole counts); such a largest source is one of its kind, no whole
  of the sources after it (``_one_of_its_kind``).
- round 19: bare parts with only a scale word take the measure's unit, and volumes, weights and areas add over
  named places ("held 18.4 billion litres: 7.9 billion at A, 6.2 billion at B and 5.1 billion at C":
  ``_bare_parts_in_unit_that_adds``; not depths or heights); "71 points from 46 games": a count of contests
  after "from" and a tally is no old value (``_yield_from_occasions``); a count of contests and one part for
  each of won, drawn and lost, as finite verbs, after "having", as nouns after "with", or with the contests
  after the list: "played 46 games, won 20, drew 11 and lost 13", "won 20, drew 11 and lost 13 of their 46
  games" (``_contest_record``, ``_contest_record_after``; complete); candidates' votes told sentence by
  sentence ("won 14,382 votes", "came second with 11,907", "ahead of Y on 1,876") right before the sentence
  opening on all the votes cast ("In all, 32,992 valid votes were cast") may not exceed them
  (``find_votes_within_all_cast``; partial, bounded, inferred); a list opened by a place below the first
  ("finished third with 4,815 votes, ahead of ...") is not all of a total in another sentence
  (``_placed_below_first``); the lone count of contests of a sentence and, in the next, its only figures, one
  for each of won, drawn and lost: "Harlow played 46 matches last season. They won 20, drew 11 and lost 13."
  (``find_record_next_sentence``; complete, inferred; not "at home", "since March", "in the league"); a part's
  verb and a comparative adverb of how often or how fast ("14 will run less often") is no difference
  (``_COMPARATIVE_ADVERB``).
- round 20 (see tests/test_round20_sums.py): a measure's size as a compound ("a 2,350-tonne harvest was made up
  of 1,420 tonnes of ...", "the 58-mile trail comprises ...") is the whole of parts in its unit after an
  explicit cue, with its rounding (``_measure_size_compound``); a record's size ("a 14-match unbeaten run ...
  was made up of 10 wins and five draws") with an explicit complete cue; a count in a bracketed part's label
  ("will pay for 40 extra beds (£3.1m), ...") is no figure of a covering list, whose last label may run to
  four words (``_count_in_bracket_label``, ``_LAST_BRACKET_JOINT``); "Of the 8,210 votes cast in the ward,
  Ann Lee received 4,020, ...": the base's own clause, then the first part's subject (``_base_clause_then_subject``);
  policy: ", with" and three or more parts closed by "and", each placed by where it came from ("with €2.1bn
  coming from dairy, €1.2bn from bakery and €0.4bn from frozen meals"), no word of selection or of more
  ("biggest", "main", "including", "the rest", "mostly"), covering at least 85% of the whole, is the whole
  breakdown (``_with_list_closed``;
  complete, inferred: a shortfall is a warning; parts above the whole stay the partial reading's error);
  "96 points from six wins, 40 from five draws, ...": the count of occasions in a part's label is no part
  (``_occasions_in_label``); "Their total was made up of ..." after "on 203 points, seven clear of Ashbury on
  196": a margin and a rival's figure after the whole leave it the one named (``_sole_but_compared``); "31
  batting bonus points" counts points (``_points_phrase``); the size of a population (workforce, membership,
  electorate) in an earlier sentence, no clause of another time, and a later sentence whose only figures are
  its men and women (and children), within a tenth of it: all of it (``_people_whole_by_sex``; complete,
  inferred); "Among those aged over 65, ...": an age band, no back reference to all of "those".
- round 21 (see tests/test_round21_sums.py): policy for a leading base, "Of the N <noun phrase, any verb or
  qualifier>, <parts closed by 'and'>": three or more parts, each named (a name before it as its subject, gapped
  or not, or after it: "were for A", "went to B"), the last maybe the spoiled papers (", while 83 were
  rejected", "and 1,893 were spoilt or left blank"), no other figure, no word of selection or of more, together
  at least 95% of the base, are all of it (``_leading_base_named_parts``; complete, inferred; ballots or papers
  only with their spoiled part, never a body's seats); a title or a party may stand before the first part's name
  ("Green candidate Ruth Okoye took 4,120": ``_FIRST_PART_SUBJECT``); the lone figure before a list of
  contributions, told in a year older than one the text told earlier, is no whole of parts that name no year
  ("The previous record, 20.6 million, was set in 2019. Cars accounted for 18.37 million, ...":
  ``_whole_in_older_year``); a phrase tying the counted things to a case between the whole's noun and its
  apposition of kinds ("charged 14 people in connection with the fraud, nine men and six women": ``_TIE_OF_NOUN``),
  and an age range after the last kind ("... and six women aged between 19 and 63, police said":
  ``_AGED_AFTER_LAST``); "Of the finishers" after "14,862 runners crossed the finish line": a back noun naming
  those who did what the figure's clause says points back to it (``_agents_of_sentence``, in ``_refers_back``);
  "won 19, drew two and lost eight of their 27 league matches, collecting 36 points": a figure of other things
  past a comma after the contests leaves the record complete (``_other_tally_after_record``); "147 passed and 165
  failed, the school said, while nine papers were withheld": one more part past the attribution, its own verb
  after it (``_ATTRIBUTED_THEN_WHILE`` in ``_late_part``).

Round 21, second sums helper (see tests/test_round21_sums2.py):

- right after the parts, in their sentence (``_after_list_whole``): the list as the subject of "made up",
  "accounted for", "went into" before "the"/a possessive and the whole ("A's 31, B's 24 and C's 19 made up the
  side's 74 points"; not "the bulk of"; complete); a dash or colon after the last part's label and a whole whose
  own noun covers the parts' differing nouns ("3,400 oaks, 2,150 birches and 1,900 rowans - 6,950 saplings";
  no comparison after it, people on both sides or neither: ``_cover_noun``; complete); "all N NOUN" as the
  subject of its clause, its noun a whole of the parts' nouns ("Twelve crew and forty passengers were aboard,
  ..., and all 52 people were rescued": ``_all_of_list``; complete); the inverted running total "bringing to
  48 the number rescued" (partial), also opening the next sentence ("That brings to 24 the number of people
  found alive": ``_running_next_inverted``), not when it names a state the list does not ("the number of dead");
  none past another figure; a bare "all N" with its verb right after it closing a list points back at the whole,
  never one more part ("Nine of them stayed in, and all 27 had gone home": ``_all_restates_whole``, round 24);
- a totaliser opening the next sentence ("In total, 11 appliances were sent") names its whole by a noun of its
  own when its clause repeats the list's verb ("sent four engines, ...": ``_cover_noun_echoed``);
- a year's total after one figure for each quarter, month or half-year ("came to 412 million, the company said,
  after quarterly sales of 98 million, 104 million, 101 million and 119 million": ``_periodic_instalments``;
  complete, as many parts as the period word says);
- after a lone count, a first part with its verb and the others gapped to a short label ("Twelve were rated
  outstanding, 27 good, eight as requiring improvement and four as inadequate": ``_gapped_predicates``;
  partial, inferred); a verb read as a part's noun ("19 made up") names no other things (``_counts_items``,
  ``_scored_by_plays``) and "made up" is a phrasal verb, no difference (``_PHRASAL_VERB``);
- "of the total" after a verb of contribution names any whole, so the lone figure before (headline included)
  is it ("Port handles 2.7m tonnes" / "Containers accounted for 1.6m tonnes of the total, ...":
  ``_whole_named_apart``);
- "X of the Y ... were over 75, Z ..., and the remaining W": a figure after "were over" (under, older than, ...)
  is a threshold, no part of the list (``_threshold_predicate``);
- a sum of money, then a verb of paying for it ("and was paid for with", "funded by", "financed through") and
  two or more sums of its currency: pieces of it (``_funded_by``; partial, bounded); round 22: all of it when "and"
  closes the sources and no word makes them some ("partly", "including", "with the rest borrowed": ``_all_sources``);
- the whole, its source ("according to police figures", "the council's data") and what it shows right before
  the list: "fell to 1,046 last year, according to police figures, which show 618 at homes and 482 at shops"
  (``_SOURCE_SHOWS_GAP``; partial; not parts in their own years);
- figures told "respectively" for named items, the only figures of their sentence, under the headline's lone
  figure: pieces of it, unless the headline names one of the items (``find_headline_over_respectively``;
  partial, bounded, inferred).

Round 23, second sums helper (see tests/test_round23_sums2.py; narrow requirements relaxed):

- the ", with" list read as all of the whole may label each part before its figure, a verb of contribution after
  the first label and the others gapped: "revenue was $612m, the company said, with hardware contributing $388m,
  services $171m and licensing $43m" (``_with_labels_closed``; same policy as ``_with_list_closed``);
- a running total named by its own noun after "overall"/"total"/"combined", article optional: "..., taking
  overall sales to 9,430", "bringing total takings to £61,000" (``_RUNNING_SUMMED_NOUN``);
- a series of "NAME with N" is one list ("- Northgate with 2,140 tonnes, Millbrook with 1,760 tonnes and Quarry
  Lane with 985 tonnes -": ``_named_with_series``, also after the dash or colon of its total:
  ``_named_with_opens_series``), not when one more "NAME with" item has no figure read (``_named_with_unread``);
  its items "together" as the subject of the whole's verb, or the whole "between them", after the dash or
  bracket closing the list: their sum (``_together_after_list``, complete);
- a part several names got "apiece"/"each" counts once for each name: "A with five, B with four, and C and D
  with one apiece" is 5 + 4 + 1 + 1 (``_apiece_shared``; not when a count of the names before the list disagrees);
- "from" in a bracketed list names a source unless a figure follows it: "£2.58m (£1.9m from individuals, £650,000
  from businesses and ...)" (``_NOT_A_BREAKDOWN``);
- "every" after a part's past verb is its object, no rate: "1,126 passed every module, 297 passed some and 67
  failed" (``_BREAKS``, ``_time_words_outside``); "every year" still is;
- what is left may close a list one part before its end, the last part a plural kind of its own after "and", its
  verb of adding or none: "Nand made 71 and Reese 48, while the rest of the order added 22 and extras contributed
  nine" (``_rest_then_one_more``); the wickets after a side's score ("on 156 for 4") are no figure of their own
  beside the lone whole before such a list (``_wickets_of_score``).

Round 22:

- a figure after "passed"/"reached"/"topped" that every part is at least is a mark, no total ("four batters passed
  1,000 runs: A (1,312), B (1,104), ...": ``_mark_each_passed``);
- a unit spelled and abbreviated is one unit ("2.6 gigawatts" and "1.4GW": ``_unit_key``), and power told as
  capacity adds up ("Of the 2.6GW of generating capacity connected this year, ...": ``_CAPACITY_AFTER``);
- the cost paid for may have a noun of up to seven words ("The £12.6m refurbishment of the old town library will
  be paid for with ...": ``_FUNDED_GAP``);
- the biggest part told as "accounted for the largest number of repairs at 6,210", then the other parts in the
  next sentence by the whole's noun, no verb shared (``find_biggest_part_then_rest``, ``_LARGEST_NUMBER_AT``).

Round 23 (see tests/test_round23_sums.py):

- "rose from 3,260 at the end of March 2023 to 5,140": a date's year before "to" makes no alternative, so the
  level reached stays a figure of the sentence (``_year_then_to``); "Of those" after a move never points at the
  level it left (``_old_level_of_move``);
- "21 down the internal stairwell": "up"/"down" before a definite path is no difference (``_PATH_AFTER``);
- "The money will be split three ways: ..." under a headline's sum of money names it (``_money_named``);
- turnout, then three candidates' votes and "there were no spoilt ballots": all of it (``_none_spoiled_after``);
- "while the remaining 3,527 were shared among four independents": the count of who shared the last part is no
  figure of the list (``_sharers_of_last``);
- "the sponsored walk $19,500": an -ed word after a determiner is no verb of a gapped part (``_DETERMINED_ED``);
- "passed by 312 to 204" is a tally like "voted 312 to 204" (``_VOTED_BY``);
- "16 wins, one draw and seven defeats from their 22 matches" (``_RECORD_AFTER_GAP``), then "collecting 75 points
  - 66 from results and nine bonus points": figures breaking down the points (``_other_tally_after_record``);
- a headline's lone count over the first body sentence's list, opened by a dash or colon after a clause with no
  figure, each part placed by a preposition ("214 trains cancelled" / "The operator scrapped services on Monday -
  87 on the coastal line, 68 on ... and 49 on ..."): read only when it agrees or misses by a slip of one digit
  (``find_headline_over_places``); a headline's present verb says its past too ("approves": ``_with_past_forms``).

Round 24:

- after a verb of sharing out, each part's label and the word giving it its figure: "the 9,600 seats are divided
  between an upgraded West Stand holding 4,100, a rebuilt South Stand with 3,300 and ..." (``_shared_labelled``,
  ``_shared_label_link``, ``_shared_series_label``);
- a total shared out by an explicit verb ("the 12,500 places will be split between") is never one sibling part
  of an earlier figure ("More than 640 letters", an open bound) (``_shared_out_whole``);
- the yardstick of a comparison is no whole of a later sentence's parts: "still 10% short of the record 2.05
  million passengers" (``_yardstick_of_comparison``);
- "Of the total, crews in the north filled 7,920 potholes, ..." points back past sentences with no figure that
  could hold the parts, to the count of the same things or the measure in the first part's unit
  (``_back_lead_then_clause``, ``_back_past_smaller``, ``_same_unit_measure``).
- round 28: a group's size, its noun and its members between commas, each exact with a noun of its own, closed by
  "and" and then a comma and the verb, is its whole makeup ("The 14-strong squad, eight forwards and five backs, flies
  ...", ``_members_apposed``); a placed breakdown stays whole past a count of other things ("..., with the loss of
  about 300 jobs", ``_other_things_counted``) and a time phrase after its clause ("..., were approved on Monday").
- round 58: a total over an event of N days, then exactly N counts in the next sentence, each owned by or told on its
  own day of the week, are all of it (``find_days_of_event_next``, inferred); a capacity each day's level stays under
  is no whole of the days (``_capacity_per_occasion``).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from fractions import Fraction

from ..interval import Interval
from ..units import resolve as resolve_unit, unit_key
from ..model import Document, Kind, Mention, Relation, Span
from ..transform import ORDINAL_WORDS, WORD_VALUES
from .needs import holds_any, needs
from . import categories
from .changes import money_base
from .context import (FURTHER_BEFORE, IRREGULAR_PARTICIPLES, IRREGULAR_PAST, RESTS_TOLD, body_sentences, each_after,
                      for_each, is_past_form, quantities, told_in_headline_and_lead, words)
from .dates import MONTH_NAMES, WEEKDAY_NAMES

SUMMABLE = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)
# measures that add up (lengths, weights, volumes, areas, energy), not temperatures, speeds or rates
_ADDITIVE_UNIT = re.compile(r"^(?:sq |square |cubic )?(?:[kmc]?m|metres?|meters?|kilomet\w+|centimet\w+|millimet\w+"
                            r"|inch(?:es)?|in|f(?:ee|oo)?t|yards?|miles?|kg|kilo\w*|g|grams?|tonnes?|tons?|lbs?"
                            r"|ounces?|oz|(?:mega|giga|hecto)?(?:litres?|liters?)|ml|gl|hl|gallons?|acres?|hectares?|ha|barrels?|[kmgt]wh"
                            r"|\w+watt[ -]hours?)$", re.I)
MAX_GAP_WORDS = 8
NEARBY_SENTENCES = 3

_LIST_CONNECTOR = re.compile(r",|\band\b|\bwhile\b|\bplus\b|\bwhereas\b|\balong with\b|\bas well as\b|\btogether with\b", re.I)
_BREAKS = re.compile(r"[;:()\[\]\"“”]|\s[-–—]\s|[–—]|\bincluding\b|\bamong\b|\bsuch as\b"
                     r"|\bof whom\b"
                     r"|\bof which\b|\bthan\b|\bexcluding\b|\bsaid\b|\bsays\b|\baccording\b|\bcompared\b"
                     r"|\bversus\b|\bvs\b|\bagainst\b|\bper\b|\beach\b|\bout of\b(?!\s+(?:control|action|danger|hospital|"
                     r"work|service|stock|reach|sight|bounds|contention|business|date|order|breath|print|season|play))"
                     r"|\binclud\w*"  # (round 37: not "21 were out of control, 38 ...": a state, no base)
                     # (round 23: "every" after a part's past verb is its object, "1,126 passed every module, 297 ...",
                     # but still a rate before a period: "raised every year")
                     r"|(?<![a-z]ed\s)\bevery\b|\bevery\s+(?:other\s+)?(?:day|week|fortnight|month|year|hour|minute|night"
                     r"|morning|evening|weekend|season|quarter|term|\d+|one|two|three|four|five|six|few|couple)\b"
                     r"|\bwho\b|\bwhom\b|\bwhich\b"
                     # "236 nurses and 78 therapists, but had 57 posts vacant": another clause of the subject
                     r"|\bbut\b"
                     # "hit 114, including four sixes, as Surrey reached 341": a clause of its own
                     r"|,\s*(?:as|when|because|although|though|after|before|until)\s+(?!well\b|many\b|much\b|few\b|little\b|of\b)", re.I)
# breaks only at the edge of the gap: "with" or "or" next to a figure ("20 goals,
# with 15 assists", "five or more"), a rate right after one ("£500 a week"); not
# inside a part's own words ("51 were served with notices and 25 ...", "301 were
# aged one or two and ...", "612 were under a year old, 301 ...")
_EDGE_BREAKS = re.compile(r"^\W*(?:\w+\W+)?(?:or|with)\b|(?<!along )(?<!together )\b(?:or|with)\W+(?:(?:a|an|another|some|about"
                          r"|around|nearly|almost|over|just|the|further|more\s+than|up\s+to)\W+){0,2}$"
                          r"|^\W*(?:a|an)\s+(?:week|month|year|day|hour)\b", re.I)
# "18.6bn in May, with exports to A at 7.2bn, ...": the figure before ", with" is what follows breaks down
_COMMA_WITH = re.compile(r",\s*with\b", re.I)
# round 23: a series of names each followed by "with" and its figure: "- Northgate with 2,140 tonnes, Millbrook
# with 1,760 tonnes and Quarry Lane with 985 tonnes -" (the part's own label, no "with" of another thing)
_NAME_WITH_BEFORE = re.compile(r"(?:^|[-–—:;(]\s*|,\s*|\band\s+)(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}with\s+$")
_NAME_WITH_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}with\s+$")


# "... - Northgate with 2,140 tonnes, Millbrook with ...": a dash or colon, then the first name and its "with"
_DASH_NAME_WITH = re.compile(r"(?:\s[-–—]\s|[–—]|:\s)\s*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}with\s+$")


def _named_with_opens_series(doc: Document, gap: str, enum) -> bool:
    """"handled 4,885 tonnes - Northgate with 2,140 tonnes, Millbrook with 1,760 tonnes and ...": the "with" after
    the dash is the first part's label in a series of "NAME with N", no partial cue of other things (round 23)."""
    return len(enum) >= 2 and bool(_DASH_NAME_WITH.search(gap)) \
        and bool(_NAME_WITH_GAP.match(doc.text[enum[0].end:enum[1].start]))


# one more "NAME with" item after the series' last part, or before its first, whose figure was not read ("Corrie
# with one and Medd with one": a pronoun-like "one" is no quantity)
_NAME_WITH_MORE_AFTER = re.compile(r"^[^,;:.()\d]*?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][^.;:()\d]{0,60}?\bwith\b")
_NAME_WITH_MORE_BEFORE = re.compile(r"\bwith\s+[a-z]+\b[^,;:.()\d]*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                                    r"[A-Z][^.;:()\d]{0,60}?\bwith\s+$")


_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_NAMES_AFTER_APIECE = re.compile(r"\s+(?:apiece|each)\s+(?:for|to|by)\s+(" + _NAME + r"(?:\s*,\s*" + _NAME + r")*\s*,?\s+and\s+"
                                 + _NAME + r")")


def _apiece_shared(doc: Document, enum) -> tuple | None:
    """Round 23: "A with five, B with four, and C and D with one apiece": a part that each of several names got
    counts once for each of them (5 + 4 + 1 + 1); None when no part is told "each"/"apiece" or one so told does
    not name who shared it (then no breakdown: ``_not_all_parts``)."""
    out, shared = [], False
    for a, b in zip((None, *enum), enum):
        if not each_after(doc, b.end):
            out.append(b)
            continue
        found = _NAMES_WITH_GAP.match(doc.text[a.end:b.start]) if a is not None else None
        if found is None:
            # (round 45) the names after it: "and nine apiece for the Swedish People's Party and the Christian Democrats"
            found = _NAMES_AFTER_APIECE.match(doc.text, b.end)
        if found is None:
            return None
        names = len(re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", found.group(1).strip()))
        if (b.noun or "").lower() in ("apiece", "each"):
            b = replace(b, noun=None, noun_span=None)  # ("one apiece": the word read as the figure's noun)
        out.extend([b] + [replace(b) for _ in range(names - 1)])
        shared = True
    if not shared:
        return None
    before = [m for m in doc.mentions_in(enum[0].sentence) if m.end <= enum[0].start]
    if len(before) >= 2 and before[-1].kind == Kind.COUNT and before[-1].noun and before[-1].value != len(out) \
            and before[-1].value <= 20:  # (round 45: a count of the names, not the whole, "108 of the 200 seats")
        return None  # "from three players: A with five, ... and C and D with one apiece": the names are not all read
    return tuple(out)


def _named_with_unread(doc: Document, enum) -> bool:
    """A series of "NAME with N" with one more such item right after its last part or before its first whose figure
    is not in the list ("Wierzbicki with five, Ebuka with three, Corrie with one and Medd with one"): not all the
    parts were read (round 23)."""
    if not any(_NAME_WITH_GAP.match(doc.text[a.end:b.start]) for a, b in zip(enum, enum[1:])):
        return False
    sent = doc.sentences[enum[0].sentence]
    return bool(_NAME_WITH_MORE_AFTER.match(doc.text[enum[-1].end:sent.end])) \
        or bool(_NAME_WITH_MORE_BEFORE.search(doc.text[sent.start:enum[0].start]))


# several names sharing the figure after "with", which each got: "and Corrie and Medd with one apiece"
_A_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_NAMES_WITH_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(" + _A_NAME + r"(?:\s*,\s*" + _A_NAME + r")*\s*,?\s+and\s+"
                             + _A_NAME + r")\s+with\s+$")


def _named_with_series(doc: Document, a: Mention, gap: str, b: Mention | None = None) -> bool:
    """"Northgate with 2,140 tonnes, Millbrook with 1,760 tonnes": the next figure's "with" follows a name, as the
    figure before's does -- a series of named parts, not "20 goals, with 15 assists" (round 23); also several names
    with a figure each of them got ("..., and Corrie and Medd with one apiece": ``_apiece_shared``)."""
    if not _NAME_WITH_GAP.match(gap) and not (b is not None and _NAMES_WITH_GAP.match(gap) and each_after(doc, b.end)):
        return False
    return bool(_NAME_WITH_BEFORE.search(doc.text, max(doc.sentences[a.sentence].start, a.start - 50), a.start))


# "refused 11, with a further six deferred": one more part, not another thing
_SEMI_MORE = re.compile(r";\s*(?:and\s+)?(a\s+further\s+|another\s+|an\s+additional\s+)?$", re.I)
_SEMI_REST = re.compile(r";\s*(?:and\s+)?the\s+(?:other|remaining)\s+$", re.I)
# "...; the rest, 12.4 million, ...", ", while Japan put up the remaining €165m": the last part, named as what
# is left, closes the list across a semicolon or past a clause of the part before it
_REST_TAIL = re.compile(r"(?:[,;]\s*(?:and\s+|while\s+|but\s+)?|\b(?:and|while|but|whereas)\s+)"
                        r"(?:[A-Za-z0-9][\w'’-]*\s+){0,12}?the\s+(?:remaining|other|rest(?:\s+of\s+(?:them|those|it))?"
                        # (round 47) the rest, then its figure: "with domestic services making up the rest at 0.71m"
                        r"(?:\s+(?:at|on|with))?|remainder(?:\s+(?:at|on|with))?"
                        r"|balance(?:\s+of)?)\W*$", re.I)
REST_GAP_WORDS = 16
# (round 43) the rest told as a group and what it shared: "and the remaining 31 lots a combined", "while the
# remaining 41 lots brought in ... between them" (not "the other 22 players": others, maybe not all the rest)
_REST_GROUP_TAIL = re.compile(r"(?:[,;]\s*(?:and\s+|while\s+|but\s+)?|\b(?:and|while|but|whereas)\s+)"
                              r"the\s+remaining\s+(?:\d[\d,]*\s+|[a-z]+\s+)?[a-z][\w'’-]*s\s+"
                              r"(?:[a-z]+\s+){0,3}?$", re.I)
def _rest_group_tail(doc: Document, gap: str, b: Mention) -> re.Match | None:
    """(round 43) The gap before ``b`` telling it as the rest of a group and what that group shared: "and the remaining
    31 lots a combined €11.2m", "while the remaining 41 lots brought in $197.3m between them"."""
    if not (_BETWEEN_THEM_AFTER.match(doc.text, b.end) or _COMBINED_BEFORE.search(gap)):
        return None
    return _REST_GROUP_TAIL.search(gap)


def _rest_group_closes(doc: Document, enum) -> bool:
    """(round 43) The last part told as the rest of a group and what it shared (``_rest_group_tail``)."""
    return _rest_group_tail(doc, doc.text[enum[-2].end:enum[-1].start], enum[-1]) is not None


_BETWEEN_THEM_AFTER = re.compile(r"\s+(?:between|among)\s+them\b", re.I)
_COMBINED_BEFORE = re.compile(r"\ba\s+combined\s+$", re.I)
_WITH_BARE = re.compile(r",\s*(?:and\s+)?with\s+$", re.I)
_WITH_MORE = re.compile(r",\s*(?:and\s+)?with\s+(?:a\s+further|another|an\s+additional)\s+$", re.I)
# (round 32) examples of a part's own noun, closed by the series' comma: "268,000 tonnes of pelagic species such as
# mackerel and herring, 96,000 tonnes of ..." -- no break of the list (not "such as" before a figure)
_EXAMPLES_ASIDE = re.compile(r"(?<=[a-z])\s+such\s+as\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*"
                             r"(?:\s*,\s*(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*){0,3}"
                             r"(?:,?\s+(?:and|or)\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*)?(?=\s*,\s*$)")
# (round 33) a figureless "including" aside on a part's label, closed by the series' comma: "$58m on Friday, including
# late-night previews, $49m on Saturday and ..." -- what the part holds, no break of the list
# (round 33) a part's own relative clause opened by a preposition and "which" right after its figure: "48 cases - 29 in
# which the accused admitted it, 11 that were adjourned and ...", like "29 where ..." (not "of which": a part of it)
_PART_OWN_WHICH = re.compile(r"^\s+(?:in|on|at|during)\s+which\b(?=[^,;:()\d]*,)", re.I)
_INCLUDING_ASIDE = re.compile(r"(?<=[a-z]),\s*including\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*(?=\s*,\s*$)")
_OF_MATERIAL = re.compile(r"^\s*of\s+(?!the\b|its\b|their\b|his\b|her\b|our\b|all\b|those\b|these\b|a\b|an\b)[a-z]",
                          re.I)
_PART_OF_BASE = re.compile(r"^\s*(?:out\s+)?of\s+(?:the|its|their|his|her|our|all|those|these|a|an)?\b", re.I)
_LAST_WORD_BLOCKS = frozenset({"from", "to", "by", "of", "than", "between", "about", "around",
                               "nearly", "almost", "over", "under", "up", "down", "plus", "minus",
                               "rising", "falling", "gaining", "losing"})

# cues between a total and the list that follows it (same sentence)
# (round 44: the whole's own time may stand between, "were split this season between")
_COMPLETE_BEFORE = re.compile(r"\bmade up of\b|\bcompris\w+\b|\bconsist\w* of\b"
                              r"|\bsplit(?:s|ting)?\s+(?:(?:this|last)\s+(?:season|year|month|week|term|spring|summer|autumn|winter)\s+)?"
                              r"(?:between|into)\b"
                              r"|\b(?:split|divided|shared|allocated|apportioned|broken down|breaks? down) as follows\b"
                              r"|\bdivided (?:between|into|as)\b|\b(?:broken|broke|breaks?|breaking) down (?:into|as)\b"
                              r"|\bbreakdown\b|\bnamely\b"
                              r"|\bthe dead were\b|\b(?:came|(?:have|has|had) come) from\b"  # (round 43: "have come from")
                              # each given one of two: "were randomly assigned either the vaccine (1,150) or ..." (round 16)
                              r"|\b(?:assigned|allocated|randomi[sz]ed)\s+(?:to\s+)?either\b", re.I)
_CAME_FROM = frozenset({"came from", "have come from", "has come from", "had come from"})
_WON_KINDS_GAP = re.compile(r",\s*(?:winning|taking|collecting|claiming|bagging|earning)\s*$", re.I)
_APPOSITION_BEFORE = re.compile(r"\s[-–—]\s|[–—]|:\s", re.I)
_PARTIAL_BEFORE = re.compile(r"\bof whom\b|\bof which\b|\bof them\b|\bof these\b|\bamong them\b"
                             r"|\bamong whom\b|\bincluding\b|\binclude[sd]?\b|\bsuch as\b|\bwith\b"
                             r"|\bled\s+by\b", re.I)  # (round 48) "exports reached $18.6bn, led by copper at $7.9bn, ..."
# words between a figure and a list that make them comparisons, not a breakdown
# (round 50: not "against" a name, an opponent: "The Hawks' 88 points against Lakeport broke down as ...")
_NO_LINK = re.compile(r"\bcompar\w*|\bversus\b|\bvs\b|\bagainst\b(?!\s+(?-i:[A-Z][a-z]))|\bthan\b|\bprevious\b"
                      r"|\bearlier\b"
                      r"|\blast year\b|\bago\b|\bwhile\b|\bwhereas\b|\bexcluding\b"
                      # (not "went before juries", "appeared before magistrates": a place, round 11)
                      r"|(?<!\bwent )(?<!\bcame )(?<!\bcome )(?<!\bappeared )(?<!\bbrought )(?<!\bstood )(?<!\bput )"
                      r"(?<!\bgo )(?<!\bgoing )(?<!\bcoming )(?<!\bappearing )\bbefore\b"
                      # (not a cut-off on the total: "before the 5pm deadline", "before midnight", round 15)
                      r"(?!\s+(?:the\s+)?(?:\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b|midnight|noon|(?:[\w'’-]+\s+)?deadline))"
                      # "from" of a change ("up from", "from 2019", "... from 40"), not of a
                      # place ("forced 5,600 people from their homes", "came from two sources")
                      r"|\b(?:up|down|rose|rising|fell|falling|increas\w*|decreas\w*|climb\w*|dropp?\w*|jump\w*"
                      r"|grew|growing|slipp?\w*|edg\w*|swung|fallen|risen)\s+(?:\w+\s+){0,2}from\b"
                      r"|\bfrom\b[^,;:]{0,12}\d|\bfrom\W*$", re.I)
# a hedge on a figure of another kind inside the clause, no comparison of the total
_HEDGE_IN_GAP = re.compile(r"\b(?:more|less|fewer|longer|later|earlier)\s+than\s+(?=\d|(?:one|two|three|four|five|six"
                           r"|seven|eight|nine|ten|eleven|twelve|a|an|half)\b)", re.I)
# the figure compared with: "rose to 940 from 870", (round 30) "3.42m tonnes this year, against 3.05m tonnes in 2022",
# "compared with $540,000 last season" (not a side of a vote: "41 against")
_OLD_VALUE_BEFORE = re.compile(r"\b(?:from|than|versus|vs|compared\s+(?:with|to)|(?:,|\bas)\s*against)\W*$", re.I)
# (round 35) the second of two old levels, each with its year: "down from 41 in 2019 and 45 in 2015"
_OLD_VALUE_SERIES_BEFORE = re.compile(
    r"\b(?:from|than)\s+\d[\d,.]*\s+in\s+(?:19|20)\d\d\s*(?:,\s*(?:and\s+)?|and\s+)$", re.I)
# a tally and the occasions it came from: "took 71 points from 46 games", "12 goals from his 30 appearances" (round 19)
_OCCASION_NOUNS = frozenset("games matches fixtures appearances starts outings races rounds bouts fights contests ties"
                            " innings attempts".split())
_TALLY_FROM = re.compile(r"^[a-z][\w'’-]*\s+from\s+(?:(?:his|her|their|its|the|just|only)\s+){0,2}$")


def _yield_from_occasions(doc: Document, q: Mention) -> bool:
    """"finished with 71 points from 46 games": a count of contests after "from" and a tally of other
    things is how many there were, no old value."""
    if q.kind != Kind.COUNT or q.noun is None or q.compound or q.noun.lower() not in _OCCASION_NOUNS:
        return False
    before = [m for m in doc.mentions_in(q.sentence) if m.end <= q.start]
    return bool(before) and before[-1].kind == Kind.COUNT and before[-1].noun is not None \
        and before[-1].noun.lower() != q.noun.lower() and before[-1].noun_span is not None \
        and bool(_TALLY_FROM.match(doc.text[before[-1].noun_span.start:q.start]))
CUE_REACH_WORDS = 3  # a cue links a list only when at most this many words follow it
WITH_REACH_WORDS = 5
# "of which"/"of whom" may open a clause whose subject and verb stand before its first part
_CLAUSE_CUES = frozenset({"of which", "of whom", "of them", "of these", "among them", "among whom"})
CLAUSE_CUE_REACH_WORDS = 8
# "of whom the youngest was 14": a value of one of them, no count of some of them
_VALUE_LEAD = re.compile(r"\b(?:was|is|were|are|be|been|aged?|\w+est)\W*$|\b\w+est\b|\baged?\b", re.I)
# words the _NO_LINK test ignores: a time phrase on the total itself
# ("9.4 million passengers last year: ...")
_NOT_A_COMPARISON = re.compile(r"\b(?:last|this|the past|the previous) (?:year|month|week|season|quarter)\b",
                               re.I)
_COMPARED_FIGURE = re.compile(r"\b(?:from|than|with|against|versus|vs|on)\W*$", re.I)
# "X of the Y, ...": a leading base the rest of the sentence divides
_OF_THE_BASE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:out\s+)?of\s+"
                          r"(?:(?:the|its|their|his|her|our|those|these|all)(?:\s+[\w'’-]+)?\s+)?$", re.I)
_COPULA_END = re.compile(r"\b(?:were|are)\s+$", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|[a-z]+['’]s?)\s+$", re.I)
# the last part of a list named as what is left: "... and the remaining 12"
# what is left as the subject of the last part's verb: "and the rest mustered 39", "and the other batsmen
# added 39 between them" (round 15)
_CLOSING_SUBJECT = re.compile(r"(?:,\s*|\s)(?:and|while)\s+the\s+(?:rest|others|(?:other|remaining)\s+(?:[a-z]+\s+)?[a-z]+)"
                              r"(?:\s+of\s+(?:them|the\s+[a-z]+))?\s+(?:[a-z]{3,}ed|made|took|won|got|hit|shared"
                              r"|accounted\s+for)\s+(?:(?:just|only|a\s+further|another)\s+)?$",
                              re.I)
_CLOSING = re.compile(r"\b(?:the\s+)?(?:remaining|rest|others?|balance)(?:\s+of(?:\s+(?:them|those|it))?)?"
                      r"(?:(?<=rest)\s+(?:at|on))?\W*$", re.I)  # (round 47) "making up the rest at 0.71 million"


def _no_link(gap: str, q: Mention, doc: Document) -> bool:
    """Words between a figure and a list that make them a comparison."""
    if not _COMPARED_FIGURE.search(doc.text[max(0, q.start - 20):q.start]):
        gap = _NOT_A_COMPARISON.sub(" ", gap)
    gap = _HEDGE_IN_GAP.sub(" ", gap)  # "waited more than 12 hours": the hedge of another figure
    return bool(_NO_LINK.search(gap))


LABEL_WORDS = 4  # "split between its plants in Derby (3,100) and ...": a label before a bracketed part
# round 24: a verb of sharing out, then each part's label and a word that gives it its figure: "the 9,600 seats
# are divided between an upgraded West Stand holding 4,100, the old Kop with 3,200 and ..." (the label is the part's)
_SHARED_BETWEEN = re.compile(r"\b(?:split|splits|splitting|shared|divided|divides|dividing|spread|apportioned)\s+"
                             r"(?:out\s+)?(?:evenly\s+)?(?:between|among|across)\b", re.I)
_LABEL_THEN_LINK = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)?(?:(?:the|a|an|its|their)\s+)?(?:[\w'’.-]+\s+){1,5}?"
                              r"(?:with|holding|housing|seating|taking|getting|having)\s+$", re.I)


# (round 38) a verb of make-up, then the first part's label and a word of its value: "comprises a fresh issue of
# shares worth $450m and ...", "is made up of a grant of £2m and ..."
_MADE_OF = re.compile(r"\b(?:made up of|compris\w+|consist\w* of)\b", re.I)
_LABEL_THEN_VALUE = re.compile(r"^\s*(?:(?:the|a|an|its|their)\s+)?(?:[\w'’.-]+\s+){1,5}?"
                               r"(?:of|worth|valued\s+at|totall?ing)\s+$", re.I)


def _shared_label_link(cue: str, rest: str) -> bool:
    """Round 24: "split between a refitted North Stand holding 3,400": the words after a cue of sharing out are
    the first part's label and its link word, not a clause of their own; (round 38) so are the words after a cue
    of make-up and before a word of value ("comprises a fresh issue of shares worth $450m")."""
    return (bool(_SHARED_BETWEEN.match(cue)) and bool(_LABEL_THEN_LINK.match(rest))
            or bool(_MADE_OF.match(cue)) and bool(_LABEL_THEN_VALUE.match(rest))) and not _BREAKS.search(rest)


def _shared_labelled(gap: str) -> str | None:
    """Round 24: "The 8,400 beds are shared between the old north wing with 2,900, ...", "spread across a main hall
    holding 5,200, ...": a verb of sharing out, then the first part's label and link word, right before the list
    (the cue "split between"; else None)."""
    found = None
    for found in _SHARED_BETWEEN.finditer(gap):
        pass
    if found is None or not _shared_label_link(found.group(0), gap[found.end():]) \
            or len(words(gap[found.end():])) > CUE_REACH_WORDS + LABEL_WORDS:
        return None
    return "split between"


def _shared_series_label(doc: Document, a: Mention, gap: str) -> bool:
    """Round 24: "... split between A holding 3,400, a new B with 5,800 and ...": after a cue of sharing out
    before the first part, each next part's label and its link word ("with", "holding") continue the series
    (not "scored 20 goals, with 15 assists": no sharing out)."""
    if not _LABEL_THEN_LINK.match(gap) or "," not in gap and not gap.strip().lower().startswith("and") \
            or _BREAKS.search(gap):
        return False
    lead = doc.text[doc.sentences[a.sentence].start:a.start]
    cue = None
    for cue in _SHARED_BETWEEN.finditer(lead):
        pass
    return cue is not None and not re.search(r"[;:()\[\]]|\s[-–—]\s", lead[cue.end():])


def _cue_at_end(pattern: re.Pattern, gap: str, label: bool = False) -> str | None:
    found = None
    for m in pattern.finditer(gap):
        found = m
    if found is None:
        return None
    cue, rest = found.group(0).lower(), gap[found.end():]
    # ", with shipments to China at 7.2bn": "with" may stand before a part's label
    reach = WITH_REACH_WORDS if cue == "with" else CUE_REACH_WORDS
    if _VALUE_LEAD.search(rest) and not _shared_label_link(cue, rest):  # (round 24: "a new West Stand with")
        return None  # "of whom the youngest was 14 and the oldest 67": values of some of them, no counts
    if cue in _CLAUSE_CUES and "," not in rest and not _BREAKS.search(rest):
        reach = CLAUSE_CUE_REACH_WORDS  # "of which its shops brought in £4.1m": the first part's own clause
    if len(words(rest)) > reach + (LABEL_WORDS if label and rest.rstrip().endswith("(")
                                   or _shared_label_link(cue, rest) else 0):
        return None
    return found.group(0)


# the size of a change: "has risen by", "up", "a fall of"
_CHANGE_SIZE_BEFORE = re.compile(r"\b(?:(?:rose|risen|rise[sn]?|grew|grown|fell|fallen|falls?|dropped|climbed|jumped|"
                                 r"increased|decreased|declined|gained|lost)\s+(?:by\s+)?|(?:up|down)\s+|"
                                 r"(?:rise|fall|drop|increase|decrease|decline|jump|gain)\s+of\s+)$", re.I)


_YEAR_AFTER = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,3}?\s+(?:in\s+(?:19|20)\d\d|(?:last|this)\s+year)\b")


# (round 56) a level moved "from 75 engines in 2019 to 61 now", then what moved it: "20 were withdrawn ..., and six
# have been bought back" (flows that take it from the old level to the new, not parts of the new)
_FROM_TO_BEFORE = re.compile(r"\bfrom\s+[\d£$€](?:[^\s.;:]*)(?:\s+[^\s.;:]+){0,5}?\s+to\s+$", re.I)
_PART_THEN_VERB = re.compile(r"\s+(?:were|was|have|has|had|are|is)\b", re.I)


def _flows_to_new_level(doc: Document, q: Mention, parts) -> bool:
    """The total is the new level of a from-to change and a part has its own verb ("to 61 now: 20 were withdrawn")."""
    s = doc.sentences[q.sentence]
    return bool(_FROM_TO_BEFORE.search(doc.text, max(s.start, q.start - 60), q.start)) \
        and any(_PART_THEN_VERB.match(doc.text, p.end) for p in parts)


def _in_own_years(doc: Document, parts) -> bool:
    """Each part dated by its own year: "2,900 parcels in 2022 and 4,100 last year"."""
    return all(_YEAR_AFTER.match(doc.text[p.end:p.end + 60]) for p in parts)


def _ends_with_apposition(gap: str, label: bool = False) -> bool:
    """"11 medals - five gold": the dash or colon comes right before the list; with ``label``, a bracketed
    part's label may stand between ("£3.1m on three signings - the winger Tom Hale (£1.2m), ...": round 17)."""
    m = None
    for m in _APPOSITION_BEFORE.finditer(gap):
        pass
    return m is not None and len(words(gap[m.end():])) <= CUE_REACH_WORDS + (
        LABEL_WORDS if label and gap.rstrip().endswith("(") else 0)
# cues after the list pointing at its total ("- 159 people in all -")
_TOTALISER_AFTER = re.compile(r"^\W*(?:in all|in total|altogether|all told|combined)\b", re.I)
_SENTENCE_TOTALISER = re.compile(r"^\W*(?:in all|in total|altogether|all told|a total of|overall)\W*$"
                                 # (round 60) a total set out as a label: "Total valid votes cast: 15,379"
                                 r"|^\W*total(?:\s+[a-z]+){0,3}\s*:\s*$", re.I)
_TOTALISER_BEFORE = re.compile(r"\b(?:in all|in total|altogether|a total of|all told|total of|a combined|"
                               r"a\s+(?:combined|joint)\s+[a-z]+\s+of|add(?:s|ed|ing)?\s+up\s+to"
                               # (round 59) "a club-record tally of 71", "a record total of"
                               r"|a\s+(?:(?:club|season|career|new)[\s-])?record\s+(?:total|tally)\s+of|a\s+tally\s+of)\W*$",
                               re.I)
# ("a combined area of 8,390 acres"; "68, 71, 69 and 70 added up to 274": round 12)
# a totaliser opening the sentence, then its subject and verb: "In all, the airport handled 6.9 million",
# "Together, that made 6.9 million passengers" (round 12)
_SENTENCE_TOTAL_CLAUSE = re.compile(r"^\W*(?:in all|in total|altogether|all told|overall|together|combined)\s*,?\s+"
                                    r"(?:[\w'’-]+\s+){0,4}?(?:handled|carried|served|saw|had|received|recorded|took"
                                    r"|made|make|sold|welcomed|counted|attracted|drew|treated|totall?ed|totals|came\s+to|raised|collected"
                                    r"|brought\s+in|took\s+in"
                                    r"|amounted\s+to|reached|was|were|is|are)\s+(?:(?:a\s+total\s+of|some|about|around"
                                    r"|nearly|almost|roughly|just\s+over|just\s+under)\s+)?$", re.I)
# the whole right after the list: "..., out of 9,700 valid ballots", "out of a total of 52"
# (past the last part's own label: "3,288 against, out of")
_OUT_OF_TOTAL = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,3}?\s*,\s*out\s+of\s+(?:a\s+total\s+of\s+|the\s+|all\s+)?$", re.I)
# "..., bringing the total affected to 355": a running total the parts are in
_RUNNING_TOTAL_BEFORE = re.compile(r"\b(?:bring\w*|brought|tak(?:e|es|ing)|took|push\w*|rais\w*|lift\w*)\s+"
                                  r"(?:the|its|their)\s+(?:(?:overall|combined|grand|running|(?:day|week|weekend|month|year|season|quarter)"
                                  r"(?:['’]s)?|daily|weekly|monthly|annual|yearly)\s+)?"
                                  r"(?:(?:total|tally)(?:\s+\w+ed)?|(?:number|count)(?:\s+of\s+[\w'’-]+)?"
                                  r"(?:\s+(?:[\w'’-]+ed|brought|taken|held|found|out|alive|dead|so\s+far)){0,3})\s+to\W*$",
                                  re.I)
# the next sentence sums up the list before it: "That took the total waiting for a bed to 512"
_RUNNING_NEXT = re.compile(r"^\W*(?:that|this|it|which|these|they)\s+(?:\w+\s+)?(?:bring\w*|brought|tak(?:e|es|ing)|took"
                           r"|push\w*|rais\w*|lift\w*)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+)?(?:total|tally|number|count)\b"
                           r"([^,.;:\d]{0,40})\bto\W*$", re.I)
# round 25: a sentence opening on the total of the list before it: "Their total of 51", "Its combined tally of"
_OWNED_TOTAL_OPENING = re.compile(r"^\W*(?:their|its|his|her)\s+(?:(?:combined|medal)\s+)?"
                                  r"(?:total|tally)\s+(?:of\s+)?$", re.I)
# "took the total attendance for the weekend's racing at Ellerby Park to 90,100": a longer qualifier
_RUNNING_WIDE = re.compile(r"\b(?:bring\w*|brought|tak(?:e|es|ing)|took|push\w*|rais\w*|lift\w*)\s+(?:the|its|their)\s+"
                           r"(?:[\w'’-]+\s+){0,3}?(?:total|tally|number|count|attendance)\b[^,;:()\d]{0,50}?\bto\W*$",
                           re.I)
# (round 50: 16 -> 18 words: "in Upper Sedge to full fibre in the third quarter, taking its total for the period to")
RUNNING_GAP_WORDS = 18
# (round 33) the event the parts came from, told in a clause of its own with no figure before the running total:
# "... and 23 were hurt when a gas main blew apart a row of shops on the high street, bringing the number ..."
_EVENT_CLAUSE = re.compile(r"\s(?:when|as)\s+[^,;:()\[\]\d]{1,120}?(?=,\s*(?:bring|brought|tak|took|push|rais|lift|a\s+total\s+of\b))",
                           re.I)


def _event_clause_dropped(gap: str) -> str:
    """(round 33) The gap between a list and its running total without the clause telling the event ("when a
    blast tore through a block of flats on Tuesday"): its words do not part the list from the total."""
    return _EVENT_CLAUSE.sub(" ", gap, count=1) if " when " in gap or " as " in gap else gap
# round 23: a running total named by its own noun after a word of summing, the article optional: "..., taking
# overall sales to 9,430", "bringing total takings to £61,000", "lifting the combined haul to 214"
_RUNNING_SUMMED_NOUN = re.compile(r"\b(?:bring\w*|brought|tak(?:e|es|ing)|took|push\w*|rais\w*|lift\w*)\s+"
                                  r"(?:(?:the|its|their)\s+)?(?:[a-z]+['’]s\s+)?(?:overall|total|combined|aggregate|grand)\s+"
                                  r"(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*\s+to\W*$", re.I)
# a part added to what came before ("another 31", "47 new cases", "three more arrests"), a total
# over a longer span ("since March", "so far", "for the year", "the outbreak")
_ADDED_BEFORE = re.compile(r"\b(?:another|further|additional|extra|more|latest|fresh|second|third)\W+$", re.I)
_ADDED_AFTER = re.compile(r"^\W*(?:(?:new|more|additional|extra|further|fresh|latest)\b|[\w'’-]+\s+more\b)", re.I)
# (round 29: "week", "month", "fortnight": "injured 40 on Tuesday, bringing the casualty count for the week to 93")
_LONGER_SPAN = re.compile(r"\b(?:since|so\s+far|to\s+date|overall|cumulative|all[- ]time|record|year|season|campaign"
                          r"|week|month|fortnight"
                          r"|outbreak|pandemic|epidemic|war|conflict|crisis|now|running)\b", re.I)
_RUNNING_STOP = frozenset("of the a an for so far now overall alive in at on its their people".split())


_CASUALTY_KINDS = (re.compile(r"\b(?:dead|deaths?|died|killed|fatal\w*)\b", re.I),
                   re.compile(r"\b(?:injur\w*|wounded|hurt)\b", re.I), re.compile(r"\bmissing\b", re.I))


def _one_kind_of_casualty(doc: Document, enum: tuple[Mention, ...], gap: str) -> bool:
    """"killed 9 and injured 33, bringing the number of dead to 20": the
    running total counts one kind of the parts only.  (Round 29) Only the
    words from the summing verb on name the total: the last part's own label
    before it does not ("58 were killed and 213 wounded in the attacks,
    bringing the number of casualties to 261")."""
    summing = _RUNNING_TOTAL_BEFORE.search(gap) or _RUNNING_WIDE.search(gap) or _RUNNING_SUMMED_NOUN.search(gap)
    named = {k for k, kind in enumerate(_CASUALTY_KINDS) if kind.search(gap, summing.start() if summing else 0)}
    listed = {k for k, kind in enumerate(_CASUALTY_KINDS)
              if kind.search(doc.text[doc.sentences[enum[0].sentence].start:enum[-1].end])}
    return bool(named) and not listed <= named


def _running_complete(doc: Document, enum: tuple[Mention, ...], gap: str) -> bool:
    """"41,200 came on Saturday and 38,900 on Sunday, taking the weekend total to
    81,100", "killed 37 and injured 112, bringing the number of casualties to
    149": a running total right after a list of two or more fresh parts is
    their sum; not after "another 31", "47 new cases", nor over a longer span
    ("the total since March", "so far")."""
    first = enum[0]
    sentence = doc.sentences[first.sentence]
    before = doc.text[max(sentence.start, first.start - 25):first.start]
    return len(enum) >= 2 and not _ADDED_BEFORE.search(before) \
        and not _ADDED_AFTER.match(doc.text[first.end:first.end + 25]) \
        and not _LONGER_SPAN.search(doc.text[sentence.start:first.start] + " " + gap)


# "adds 96 beds (64 on wards and 32 in day surgery), taking the total to 740": the list is an aside
# (a bracket, or a pair of dashes) breaking down the figure right before it; a running total after the
# aside holds that figure, not the aside's parts (round 12)
_ASIDE_OPEN = re.compile(r"^\s*(?:[a-z][\w'’-]*\s+){0,3}(?:\(|[-–—]\s)\s*$")
_ASIDE_CLOSE = re.compile(r"^[^.;:()\d]{0,40}?(?:\)|\s[-–—]\s)")


def _first_heads_rest(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """"will create 120 homes, 80 for sale and 40 for rent, bringing the total to 1,450": the first figure
    heads the others (it has a noun, they have none and are not placed like it, or it is their sum) -- no
    fresh part beside them (round 12)."""
    return len(enum) >= 3 and (
        agrees(PartsOfWhole(link="explicit", cue="heads", total=enum[0], parts=enum[1:]))
        or bool(enum[0].noun) and all(_own_noun(p) is None for p in enum[1:]) and enum[0].noun_span is not None
        and re.fullmatch(r"\s*[,:(–—-]\s*", doc.text[enum[0].noun_span.end:enum[1].start]) is not None)


def _aside_of_figure(doc: Document, enum: tuple[Mention, ...], gap: str) -> bool:
    first = enum[0]
    sentence = doc.sentences[first.sentence]
    before = [m for m in doc.mentions_in(first.sentence) if m.end <= first.start]
    return bool(before) and bool(_ASIDE_OPEN.match(doc.text[before[-1].end:first.start])) \
        and bool(_ASIDE_CLOSE.match(gap)) and before[-1].start >= sentence.start


def _names_what_list_did(qualifier: str, listed: str) -> bool:
    """"That brings the number rescued to 48" after "Rescuers pulled 23 ...":
    each word of the running total's qualifier is found (by its stem) in the
    words of the list; "the number of dead" after a count of rescues, "the
    number charged" after arrests, is not."""
    listed = listed.lower()
    return all(w[:5] in listed for w in words(qualifier) if w not in _RUNNING_STOP and len(w) > 2)


# (round 51) the plan a list of sums comes under, then its sum: "under the council's capital programme for next year,
# which totals"
_PLAN_WHICH_TOTALS = re.compile(r"\s+(?:under|in|from)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*['’]s\s+)"
                                r"(?:[a-z'’-]+\s+){0,3}(?:programme|program|budget|plan|package|scheme|fund|settlement)"
                                r"(?:\s+(?:for|in)\s+[\w\s-]{1,20}?)?,\s+which\s+(?:totals|totalled|comes\s+to|came\s+to"
                                r"|amounts\s+to|amounted\s+to|adds\s+up\s+to|added\s+up\s+to)\s+")
# after a longer clause, the words between the last comma and the total sum up, they open no clause
# of their own: ", affecting 355 services in all", not ", and volunteers served 300 meals in all"
_SUMMING_TAIL = re.compile(r"^\s*(?!(?:and|but|while|whereas|as|although|though|when|after|before)\b)"
                           r"(?:[\w'’-]+\s+){0,3}$", re.I)
# "..., seeing 300 patients in all over the week": the total spans a period of its own
_OWN_PERIOD_AFTER = re.compile(r"^\W*(?:in all|in total|altogether|all told|combined)?\W*(?:over|during|since|so far"
                               r"|this|last|throughout|across|for the)\b", re.I)
_SUM_BEFORE_TOTAL = re.compile(r"^[^.;:]{0,90}?(?:\s[-–—]\s|[–—]|,|\bmaking\b|\bfor a total of\b|\btotalling\b"
                               r"|\ba total of\b|\bin all\b)", re.I)


@dataclass(frozen=True)
class PartsOfWhole(Relation):
    """``parts`` claim to break down ``total``: all of it (``complete``) or
    some of it (a partial breakdown may not exceed the total)."""

    total: Mention | None = None
    parts: tuple[Mention, ...] = ()
    complete: bool = True
    # the parts are pieces the text places inside the total ("Of the $212m,
    # $156m came from ...", "X contributed $1.6bn"), none of them a loss, so a
    # partial list of sums of money may not exceed it either
    bounded: bool = False

    def members(self) -> tuple[Mention, ...]:
        return (self.total,) + self.parts

    @property
    def parts_sum(self) -> Interval:
        """What the parts may add up to.  Hedged or open parts add their whole intervals; the
        rounding of plain parts is independent, so it is not added at its worst: the sum of
        their values, give or take the root of their squared half-widths -- never less than two
        half-widths of the coarsest part, never more than all of them ("£1.7bn, £0.8bn and
        £0.2bn" add up to 2.6 to 2.8, not 2.55 to 2.85)."""
        total = Interval(Fraction(0), Fraction(0))
        halves: list[Fraction] = []
        centre = Fraction(0)
        for p in self.parts:
            iv = self.part_interval(p)
            if p.hedge or p.value is None or iv.lo is None or iv.hi is None or iv.lo_open or iv.hi_open \
                    or iv.hi - p.value != p.value - iv.lo:
                total = total + iv
            else:
                halves.append(iv.hi - p.value)
                centre += p.value
        if halves:
            total = total + Interval.around(centre, _rounding_spread(halves))
        return total

    def part_interval(self, p: Mention) -> Interval:
        """What a part can mean beside its total.  Parts and total are rounded
        alike: a plain part rounder than a plain total ("1,200" beside
        "2,450") is read to the total's precision (1,195 to 1,205), not to
        its own (1,150 to 1,250); beside a whole count it is exact.  In a complete
        breakdown a round part beside finer parts is read to theirs too (see ``_finest_part_half_width``).
        Only in a complete breakdown: a partial one may list overlapping, rounded groups
        ("434 had faced a rise and 200 had moved"); sums of money placed inside the total (``bounded``)
        do not overlap, and are read so too ("£10,000" beside "£86,400": round 17)."""
        half = self._total_half_width() if self.complete or self.bounded and self.total.kind == Kind.MONEY else None
        if self.complete:
            finest = self._finest_part_half_width()
            if finest is not None and (half is None or finest < half):
                half = finest
        iv = p.interval
        if half is None or p.hedge or p.value is None or iv.lo is None or iv.hi is None \
                or (iv.hi - iv.lo) / 2 <= half:
            return iv
        return Interval(p.value - half, p.value + half)

    @property
    def parts_read_finer(self) -> bool:
        """Some part is read to the total's or the list's finer precision (see ``part_interval``)."""
        return any(self.part_interval(p) is not p.interval for p in self.parts)

    def _finest_part_half_width(self) -> Fraction | None:
        """The finest rounding among the plain parts of a list: parts listed together are rounded alike, so a
        round part beside finer ones ("52,000 maritime pine, 21,500 Atlas cedar and 9,500 cork oak") is read
        to their precision (round 50)."""
        halves = [(iv.hi - iv.lo) / 2 for p in self.parts for iv in (p.interval,)
                  if not p.hedge and p.value is not None and iv is not None and iv.lo is not None
                  and iv.hi is not None and not iv.lo_open and not iv.hi_open]
        return min(halves) if len(halves) == len(self.parts) else None

    def _total_half_width(self) -> Fraction | None:
        t = self.total
        iv = t.interval
        if t.hedge or iv is None or iv.lo is None or iv.hi is None or iv.lo_open or iv.hi_open:
            return None
        return (iv.hi - iv.lo) / 2

    @property
    def stated_sum(self) -> Fraction:
        return sum((p.value for p in self.parts), Fraction(0))


def _rounding_spread(halves: list[Fraction]) -> Fraction:
    """How far independent roundings of half-widths ``halves`` may carry a sum (see
    ``PartsOfWhole.parts_sum``), rounded up at the sixth decimal."""
    worst = sum(halves, Fraction(0))
    root = Fraction(math.ceil(math.sqrt(float(sum(h * h for h in halves))) * 10**6), 10**6)
    return min(worst, max(2 * max(halves), root))


def agrees(rel: PartsOfWhole) -> bool:
    """The arithmetic of a parts-whole claim: complete parts must add up to
    the total; partial ones may not exceed it."""
    parts = rel.parts_sum
    total = rel.total.interval
    if rel.complete:
        return parts.intersects(total) and not _meet_at_rounding_edge(rel, parts, total)
    if total.hi is None or parts.lo is None:
        return True
    # (rounded half up, the parts' least sum can only reach the total's top edge, never equal it: round 11)
    return parts.lo < total.hi or parts.lo == total.hi and not (
        parts.lo < parts.hi and total.lo < total.hi and not rel.total.hedge and not any(p.hedge for p in rel.parts))


def _meet_at_rounding_edge(rel: PartsOfWhole, parts: Interval, total: Interval) -> bool:
    """The parts' sum and the total touch only at the edge of their roundings (a sum of parts
    reaching 2.85 against a total of "£2.9bn", 2.85-2.95).
    A figure rounded half up is at least v - t and below v + t, so the two
    half-open roundings never meet; only plain (unhedged) rounded figures, at
    least one of them rounded."""
    if parts.lo is None or parts.hi is None or total.lo is None or total.hi is None:
        return False
    if rel.total.hedge or any(p.hedge for p in rel.parts):
        return False
    if parts.lo == parts.hi and total.lo == total.hi:
        return False
    return parts.hi == total.lo and parts.lo < parts.hi or parts.lo == total.hi and total.lo < total.hi


# ---------------------------------------------------------------- finder

def _own_sentence_sum(enum, figures, q: Mention) -> bool:
    """The list adds up to another figure of its own sentence ("The jury of eight - five women and three
    men -") that ``q``, a whole of another sentence, does not restate ("46 workers on site"): the list is
    told of that figure, not of ``q`` ("Around 3,800 civilians" over "a tally of 3,804 ... made up of" is
    the same whole, and stays)."""
    if any(p.value is None for p in enum):
        return False
    total = sum(p.value for p in enum)
    return any(m not in enum and m.value == total and not (q.interval is not None and q.interval.contains(total))
               for m in figures)


# a verb's object after the word read as the total's noun: "Their total of 52 gives them third place"
_OBJECT_AFTER_VERB = re.compile(r"\s+(?:them|him|her|it|us|me|the|a|an|their|its|his|our)\b", re.I)


def _owned_total_fits(doc: Document, q: Mention, enum) -> bool:
    """(round 25) "Their total of 18 ..." may hold the parts: its noun, if any, may contain theirs; a word after
    it that is no plural, or one followed by its object, is the sentence's verb ("Their total of 18 beat a
    record", "gives them third place"), no noun.  Parts set in a time of their own ("on Sunday", "yesterday", "on
    the final day") are a piece of a wider total, not its parts."""
    if _PERIOD_WORDS.search(_outside_list(doc, enum)) or any(
            m.kind in _TIME_KINDS and m not in enum for m in doc.mentions_in(enum[0].sentence)):
        return False
    noun = _own_noun(q, doc)
    if noun and (not noun.lower().endswith("s") or q.noun_span is not None
                                                 and _OBJECT_AFTER_VERB.match(doc.text, q.noun_span.end)):
        noun = None
    whole = replace(q, noun=noun)
    return _nouns_fit(whole, enum) and not _nouns_conflict(whole, enum)


def _whole_of_own_list(doc: Document, q: Mention, figures) -> bool:
    """(round 25) ``q``'s own sentence breaks it down in full, a list there adding up to it exactly ("Wales won
    28 medals, eight of them gold, six silver and 14 bronze"): it is that list's whole, not the whole of a list
    told of another subject in another sentence ("Northern Ireland had seven golds, seven silvers and ...")."""
    if q.value is None:
        return False
    for enum in _enumerations(doc, figures):
        parts = [p for p in enum if p is not q]
        if len(parts) >= 2 and all(p.value is not None and p.kind == q.kind for p in parts) \
                and sum(p.value for p in parts) == q.value:
            return True
    return False


def find_parts_of_whole(doc: Document):
    by_sentence = _pool(doc)
    for sentence_index, items in sorted(by_sentence.items()):
        for enum in _enumerations(doc, items):
            if len(enum) >= 3 and (_totalised(doc, enum[-1]) or _all_of_list(doc, enum[-1])) \
                    and enum[-1].value > max(p.value for p in enum[:-1]):
                # (not the combined sum of a last label's items: "and everything else a combined £1.9m", round 13)
                enum = enum[:-1]  # "2,340 on Monday and 1,870 on Tuesday, some 3,200 in all": the sum, no part
            elif len(enum) == 2 and _totalised(doc, enum[-1]) and enum[-1].value > enum[0].value:
                continue  # (round 33) "including 87 that had flooded before, meaning 505 homes in all": a total, no part
            if _all_restates_whole(doc, enum[-1]) and len(enum := enum[:-1]) < 2:
                continue  # round 24: "Nine of them stayed in, and all 27 had gone home by Friday": the whole, no part
            enum = _past_the_and_part(doc, enum)
            if len(enum) < 2:
                continue
            enum, closed = _with_remainder(doc, enum, by_sentence)
            closed = closed or bool(_CLOSING.search(doc.text[enum[-2].end:enum[-1].start])) \
                or bool(_CLOSING_SUBJECT.search(doc.text[enum[-2].end:enum[-1].start])) \
                or bool(_CATCH_ALL_BEFORE.search(doc.text[enum[-2].end:enum[-1].start])) \
                or _rest_then_one_more(doc, enum) or _rest_group_closes(doc, enum) \
                or bool(_CATCH_ALL.match(doc.text[enum[-1].end:doc.sentences[enum[-1].sentence].end])) \
                and not FURTHER_BEFORE.search(doc.text, max(0, enum[-1].start - 20), enum[-1].start)
            # (not "143 were cancelled and a further 22 were diverted to other airports": one more group, no rest)
            if len(enum) >= 3 and enum[0].value == len(enum) - 1 and _counts_items(enum[0], enum[1:]) \
                    and not _siblings(enum):
                enum = enum[1:]  # "split between two sites, 640 at A and 530 at B": the count is no part
            extra = _with_extra(doc, enum, items) if closed else None
            if extra is not None:
                found = _with_extra_read(doc, enum, [m for m in items if m is not extra], by_sentence, extra)
            else:
                found = _relations_for(doc, enum, items, by_sentence, closed)
            sizes = _values_of_counted_items(doc, enum)  # (round 28) "four century breaks, of 141, 117, 104 and 102"
            # (and a part "for each" player is what each got, not one part: "six century breaks, three for each player")
            if not found and len(enum) >= 3 and (enum[0].noun or enum[0].kind == Kind.MONEY) \
                    and (all(_own_noun(p) is None or _participle_to(doc, p) for p in enum[1:])
                         or _kinds_cover(doc, enum[0], enum[1:]) is not None) \
                    and not _parallel(doc, enum[0], enum[1]) and not _named_place_like_parts(doc, enum[0], enum[1:]):
                # "fed 3,400 families, 2,100 in Leeds and 1,300 in Hull", "sales of $4.2bn in the quarter,
                # $2.9bn from A and ...": the first figure heads the rest (round 27: the rest ends at its "and" part,
                # "71 patients, 37 on the drug and 34 on placebo, dropped out before week 16")
                rest = _up_to_and_part(doc, enum[1:])
                found = _relations_for(doc, rest, items, by_sentence, closed) if len(rest) >= 2 else []
                # (round 27) the first figure heads them, no figure past them: "create 120 homes, 80 for sale and 40
                # for rent, bringing the estate's total to 1,450"
                found = [rel for rel in found if rel.total.start < rest[-1].end]
            if not found and len(enum) >= 3 and _funded_by(enum[0], enum[1:], doc.text[enum[0].end:enum[1].start]):
                found = _relations_for(doc, enum[1:], items, by_sentence, closed)  # "cost €5.9m and was financed by"
            if _in_and_out(doc, enum):
                continue  # "a net gain of 340: 910 joined and 620 left": flows both ways, no parts of one whole
            if found and (_bracket_list_runs_on(doc, enum, items) or _series_runs_on(doc, _read_to(enum, found), items)
                          or _UNFIGURED_REST_AFTER.match(doc.text, enum[-1].end, doc.sentences[enum[-1].sentence].end)):
                found = [replace(rel, complete=False) if rel.complete else rel for rel in found]
            if not found and closed and len(items) == len(enum):
                found = _chained_with_list_before(doc, enum, by_sentence)
            yield from [_told_of_the_total(doc, _breaks_down_the_part(doc, _turnout_then_its_sides(doc, rel)))
                        for rel in found
                        if not _shorter_reading_agrees(doc, rel, enum, items, by_sentence)
                        and not _siblings_of_stated_total(doc, rel) and not _kinds_over_instances(doc, rel)
                        and not _completed_by_another_figure(doc, rel, items) and not _fractions_of_a_tally(rel)
                        and not _numbers_of_named_items(doc, rel) and not _named_numbers_far_below(doc, rel)
                        and not _named_tally_over(doc, rel) and not _with_part_above_total(rel)
                        and not _crossed_predicates(doc, rel)
                        and not _capacity_per_occasion(doc, rel)
                        and rel.total not in sizes
                        and not any(re.match(r"\s+(?:for|to)\s+each\b", doc.text[p.end:p.end + 12]) for p in rel.parts)]


# (round 58) a whole told as a capacity: "the 620-seat auditorium", "a 3,000-capacity hall"
_CAPACITY_COMPOUND = re.compile(r"-(?:seat|seater|capacity|bed|berth|place|room|cover)$", re.I)


def _capacity_per_occasion(doc: Document, rel) -> bool:
    """(round 58) "The 620-seat auditorium was close to full all week: 540 tickets were sold on Tuesday, 590 on
    Wednesday and 611 on Thursday": each part a level of its own day, none above the capacity -- a bound each
    occasion fills, not a whole the parts make up."""
    total = rel.total
    if not total.compound or total.value is None or not _CAPACITY_COMPOUND.search(total.text):
        return False
    if any(p.value is None or p.value > total.value for p in rel.parts):
        return False
    days = [m.start for m in doc.mentions_in(rel.parts[0].sentence) if m.kind in (Kind.WEEKDAY, Kind.DATE)]
    ends = [q.start for q in rel.parts[1:]] + [rel.parts[-1].end + 40]  # each part's day before the next part
    return all(any(p.end <= d < end for d in days) for p, end in zip(rel.parts, ends))


# (round 52) a whole told across a count of places: "across three eastern districts", "across the three sites"
_ACROSS_PLACES = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:across|in|at)\s+(?:the\s+|its\s+|their\s+)?"
                            r"(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z]+\s+)?"
                            r"(districts|sites|towns|cities|regions|provinces|counties|villages|plants|mills|factories|"
                            r"branches|stores|shops|schools|hospitals|depots|islands|states|countries|camps|ports)\b",
                            re.I)
_PLACED_PART = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:in|at)\s+(?:the\s+)?[A-Z]|\s*,\s*(?:at|in)\s+[A-Z]")
_PLACED_BEFORE_PART = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}\s+(?:will\s+\w+\s+)?$")


_BALLOT_TOTALS = frozenset({"votes", "ballots", "ballot papers", "papers"})
_FOR_SIDE = re.compile(r"\s+(?:votes?\s+)?(?:in\s+favour|for)\b", re.I)
_AGAINST_SIDE = re.compile(r"\s+(?:votes?\s+)?against\b", re.I)
_NEITHER_SIDE = re.compile(r"\s+(?:(?:were|was)\s+)?(?:spoil\w*|abstain\w*|abstentions?|blank|invalid|rejected)\b", re.I)


def _ballot_sides(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(round 55) A ballot's votes cast, then those for, those against and those spoiled or abstaining ("cast 1,146
    votes, with 702 in favour, 431 against and 31 spoiled papers"): every vote cast is one of them."""
    if (q.noun or "").lower() not in _BALLOT_TOTALS or len(enum) < 2:
        return False
    sides = [("for" if _FOR_SIDE.match(doc.text, p.end) else "against" if _AGAINST_SIDE.match(doc.text, p.end)
              else "neither" if _NEITHER_SIDE.match(doc.text, p.end) else None) for p in enum]
    return None not in sides and "for" in sides and "against" in sides and len(set(sides)) == len(sides)


def _across_as_many_places(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """The whole is told across as many places as the list has parts, each part placed by a name."""
    end = q.noun_span.end if q.noun_span is not None else q.end
    across = _ACROSS_PLACES.match(doc.text, end, doc.sentences[q.sentence].end)
    if across is None:
        return False
    count = doc.mention_at_or_after(across.start(1))  # "three", "10": the count the grammar read
    return count is not None and count.start == across.start(1) and count.value == len(enum) \
        and not _nouns_conflict(q, enum) and all(
        _PLACED_PART.match(doc.text, p.end) or _PLACED_BEFORE_PART.search(doc.text, max(0, p.start - 40), p.start)
        for p in enum)


# (round 56) a whole drawn from a count of origins: "a field of 30 crews from four nations", "pupils from three schools"
_FROM_ORIGINS = re.compile(r"\s+from\s+(?:the\s+|its\s+|their\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
                           r"\s+(?:[a-z]+\s+)?(countries|nations|regions|provinces|states|counties|towns|cities|villages"
                           r"|schools|clubs|islands|districts)\b", re.I)
_FROM_PLACE_PART = re.compile(r"\s+(?:[a-z]+\s+){0,3}?from\s+(?:the\s+)?[A-Z]")


def _from_as_many_origins(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(round 56) The whole is drawn from as many origins as the list has parts, each part told as coming from a
    name: "A field of 30 crews from four nations will row at Henley. Twelve are coming from Italy, nine from ..."."""
    end = q.noun_span.end if q.noun_span is not None else q.end
    origins = _FROM_ORIGINS.match(doc.text, end, doc.sentences[q.sentence].end)
    if origins is None:
        return False
    count = doc.mention_at_or_after(origins.start(1))
    return count is not None and count.start == origins.start(1) and count.value == len(enum) \
        and not _nouns_conflict(q, enum) and all(_FROM_PLACE_PART.match(doc.text, p.end) for p in enum)


def _with_part_above_total(rel: PartsOfWhole) -> bool:
    """(round 52) "Harker finished on 209, with Liddell on 211 and Orrin ... after a 74": a figure after "with"
    larger than the whole before it is a rival's, no part of it."""
    return rel.cue == "with" and rel.total.value is not None and any(
        p.value is not None and p.value > rel.total.value for p in rel.parts)


# (round 63) the predicate after a part's copula: "740 are cider varieties", "610 are more than 30 years old"
_PART_COPULA = re.compile(r"\s+(?:are|were|is|was|have\s+been|had\s+been)\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
                          r"\s*(?:,|;|\.|$|\s+and\s+$)")
_ATTRIBUTE_PREDICATE = re.compile(r"(?:(?:more|less|fewer)\s+than\s+|over\s+|under\s+|at\s+least\s+|about\s+)?"
                                  r"[\w-]+\s+(?:years?|decades?|centuries)\s+old\b|(?:aged|older|younger)\b", re.I)


_PREPOSITION_WORDS = frozenset("""for to in on at by with of from into onto under over before after since as than
    between among through without within about""".split())


def _predicate_kind(doc: Document, p: Mention, end: int) -> str | None:
    """What the copula after part ``p`` says of it, up to ``end``: "attribute" (a participle with its phrase, an age:
    "were built to Passivhaus standard", "are more than 30 years old"), "class" (a bare noun phrase: "were flats",
    "are cider varieties", "are worked flints") or None (no copula, or neither: "are for patients", "are let to
    tenants")."""
    m = _PART_COPULA.match(doc.text[p.end:end])
    if m is None:
        return None
    phrase = m.group(1)
    said = words(phrase.lower())
    if not said:
        return None
    if _ATTRIBUTE_PREDICATE.match(phrase) or (is_past_form(said[0]) and len(said) > 1 and (
            said[1] in _PREPOSITION_WORDS or said[1].endswith("ly"))):
        return "attribute"
    if any(is_past_form(w) or w.endswith("ing") or w in _PREPOSITION_WORDS or w in ("than", "not", "no", "the")
           for w in said) or not said[-1].endswith("s"):
        return None
    return "class"


def _crossed_predicates(doc: Document, rel: PartsOfWhole) -> bool:
    """(round 63) Two parts adding up to more than their whole, each with its copula, one naming a class and the
    other an attribute: "Of the 1,200 trees, 740 are cider varieties and 610 are more than 30 years old", "410 were
    flats and 380 were built to Passivhaus standard" -- two ways of sorting the same things, which overlap: no
    breakdown. (Not when they add up to it: "1,128 were inpatients and 1,818 were supported at home".)"""
    if len(rel.parts) != 2 or rel.total.value is None or any(p.value is None for p in rel.parts) \
            or sum(p.value for p in rel.parts) <= rel.total.value:
        return False
    a, b = rel.parts
    kinds = {_predicate_kind(doc, a, b.start), _predicate_kind(doc, b, doc.sentences[b.sentence].end)}
    return kinds == {"attribute", "class"}


def _values_of_counted_items(doc: Document, enum: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """A count of things, then ", of" (or "worth", "measuring", "scoring", "at") and as many bare figures: each
    one's own size ("made four century breaks in the match, of 141, 117, 104 and 102"; "three fines, of £2,000,
    £4,500 and £1,200"), none the whole of the others (a total after them may still be theirs)."""
    ms = [m for m in doc.mentions_in(enum[0].sentence) if m.value is not None]
    for k, count in enumerate(ms[:-1]):
        if count.kind != Kind.COUNT or count.end > enum[0].start or not re.fullmatch(
                r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4},?\s+(?:of|worth|measuring|scoring|at)\s+",
                doc.text[count.end:ms[k + 1].start]):
            continue
        run = [ms[k + 1]]
        for p in ms[k + 2:]:
            if not re.fullmatch(r",\s+|,?\s+and\s+", doc.text[run[-1].end:p.start]):
                break
            run.append(p)
        if count.value == len(run) and any(p in run for p in enum):
            return tuple(run)
    return ()


# ", spread across", ", based at", ", housed in": where the things of the list are, not one more of them
_SPREAD_OVER = re.compile(r",\s+(?:[a-z]+\s+){1,2}(?:across|over|between|among|at|in|on|from)\s+(?:the\s+|its\s+|their\s+)?$")


# a list closed by its "and" part, then ", and" with a verb of the subject's own: a new predicate, no further part
_NEW_PREDICATE_AFTER_LIST = re.compile(r",\s*and\s+(?:(?:also|then|has|had|have|later|since|recently)\s+)?"
                                       r"(?:[a-z]+ed|took|won|sold|built|made|shut|cut|lost|spent|paid|bought|sent|set)\s+"
                                       r"(?:(?:a|an|the|another|some|about|around|nearly|almost|over|its|their)\s+)?$")


def _past_the_and_part(doc: Document, enum: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """(round 28) A figure past the list's "and" part and a comma, counting things of its own noun, closes no list:
    "2,400 bikes, of which 1,500 are electric and 900 are standard bikes, spread across 186 docking stations"."""
    for k in range(1, len(enum) - 1):
        if not re.search(r"\band\b", doc.text[enum[k - 1].end:enum[k].start]):
            continue
        tail = enum[k + 1]
        gap = doc.text[enum[k].end:tail.start]
        named = [_own_noun(p, doc) for p in enum[:k + 1]]
        own = _own_noun(tail, doc)
        if _SPREAD_OVER.search(gap) and own \
                and all(n is None or n.rstrip("s") != own.rstrip("s") for n in named):
            return enum[:k + 1]
        if _NEW_PREDICATE_AFTER_LIST.search(gap):
            return enum[:k + 1]  # (round 33) "made up of 318 superstores and 194 corner shops, and opened nine more"
        break
    return enum


def _participle_to(doc: Document, p: Mention) -> bool:
    """(round 44) The word read as a part's noun is a participle saying where it goes: "the remaining EC$530 million
    going to all other ministries"."""
    return p.noun is not None and p.noun.endswith("ing") and p.noun_span is not None \
        and re.match(r"\s+(?:to|towards|into|on|for)\b", doc.text[p.noun_span.end:p.noun_span.end + 10]) is not None


def _up_to_and_part(doc: Document, parts: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """(round 27) The parts up to the first one joined by "and": a figure past it and a comma stands outside the list
    ("37 on the drug and 34 on placebo, dropped out before week 16")."""
    for k in range(1, len(parts)):
        if re.search(r"\band\b", doc.text[parts[k - 1].end:parts[k].start]):
            if k + 1 < len(parts) and _REST_TAIL.search(doc.text[parts[k].end:parts[k + 1].start]) \
                    and _rest_closes(doc, parts[k], parts[k + 1], doc.text[parts[k].end:parts[k + 1].start]):
                return parts[:k + 2]  # (round 44) "..., with the remaining EC$530 million going to ...": the rest
            return parts[:k + 1]
    return parts


def _kinds_over_instances(doc: Document, rel: PartsOfWhole) -> bool:
    """A count of kinds over parts that count things of a kind: "four breeds: a spaniel, two collies, three pugs
    and a whippet" names four breeds, not seven dogs (round 21)."""
    if rel.total is None or not categories.counts_kinds(rel.total.noun):
        return False
    nouns = [_own_noun(p, doc) for p in rel.parts]
    return any(n and not categories.counts_kinds(n) for n in nouns)


def _siblings_of_stated_total(doc: Document, rel: PartsOfWhole) -> bool:
    """"The owner will put in £380m, with £160m coming from a fund and the remaining £100m from a loan" beside
    "a £640m scheme": the sentence's "whole" and its parts add up exactly to a figure the text states, so all
    are parts of that one -- no whole and its breakdown that disagree (round 17)."""
    if rel.total is None or rel.total.value is None or rel.total.sentence != rel.parts[0].sentence \
            or any(p.value is None for p in rel.parts) or agrees(rel):
        return False
    together = rel.total.value + sum(p.value for p in rel.parts)
    sums = [together]
    if len(rel.parts) >= 3 and _SUBSET_AFTER.match(doc.text, rel.parts[0].end):
        # (round 33) "168 won places, 131 of them at their first choice, while 26 began jobs and the other 20 ...":
        # the first part is a subset of the whole; the whole and the later parts may add up to a stated figure
        sums.append(together - rel.parts[0].value)
    by_value = _mentions_by_value(doc)
    return any(m.kind == rel.total.kind and m.unit == rel.total.unit and not m.is_range
               for value in sums for m in by_value.get(value, ()) if m.sentence != rel.total.sentence)


_SUBSET_AFTER = re.compile(r"\s+of\s+(?:them|whom|which|those|these)\b", re.I)


def _mentions_by_value(doc: Document) -> dict:
    """The document's mentions by value, each value's in text order: grouped once per document (a stated total
    looks for its parts' sum anywhere in the text)."""
    found = doc.memo.get("sums: mentions by value")
    if found is None:
        found = doc.memo["sums: mentions by value"] = {}
        for m in doc.mentions:
            found.setdefault(m.value, []).append(m)
    return found


_TO_LEVEL_BEFORE = re.compile(r"\bto\s+(?:a\s+(?:new\s+)?(?:record|high|total)\s+(?:of\s+)?)?$", re.I)
_FROM_LEVEL_BEFORE = re.compile(r"\bfrom\s+$", re.I)


def _level_reached(doc: Document, q: Mention, figures: list[Mention]) -> bool:
    """"..., taking its stock to 14,600 from 14,340. Of those homes, ...": the level the sentence's
    move reached is what "those" are; the others are its old level or the move's size."""
    if not _TO_LEVEL_BEFORE.search(doc.text, max(0, q.start - 30), q.start):
        return False
    others = [m for m in figures if m is not q]
    return sum(1 for m in others if _TO_LEVEL_BEFORE.search(doc.text, max(0, m.start - 30), m.start)) == 0 \
        and any(_FROM_LEVEL_BEFORE.search(doc.text, max(0, m.start - 10), m.start) for m in others)


def _old_level_of_move(doc: Document, q: Mention, figures: list[Mention]) -> bool:
    """Round 23: "rose from 1,840 in June 2022 to 2,900 in May. Of those, ...": q is the level the move left, a
    later figure of its sentence the level reached; "those" are the reached level's."""
    return bool(_FROM_LEVEL_BEFORE.search(doc.text, max(0, q.start - 10), q.start)) and any(
        m.start > q.end and m.kind == q.kind and _TO_LEVEL_BEFORE.search(doc.text, max(q.end, m.start - 30), m.start)
        for m in figures)


# a whole of another period: "last year's crop of", "the previous season's total of"
# a sentence opening on another period: "Last year 55 were excellent", "A year earlier, 40 ..."
_PARTS_OF_ANOTHER_PERIOD = re.compile(r"\W*(?:(?:and|but)\s+)?(?:last|the\s+previous|the\s+prior)\s+(?:year|season|month|week|"
                                      r"quarter|term|summer|winter|spring|autumn)\b|\W*(?:a|one)\s+(?:year|month|week)\s+"
                                      r"(?:earlier|before|ago)\b|\W*in\s+(?:19|20)\d\d\b", re.I)
_ANOTHER_PERIODS = re.compile(r"\b(?:last|previous|the\s+previous|the\s+prior)\s+(?:year|season|month|week|quarter|term)['’]s\s+"
                              r"(?:[a-z]+\s+){0,3}(?:of\s+)?$", re.I)


# a part's own verb right before it that adds things or takes them away: "opened 24 stores during the year and
# closed nine, taking its total to 612" -- the total is a level reached by a net change, no sum (round 16)
_FLOW_HEDGE = r"(?:(?:a\s+further|another|an\s+extra|some|about|around|roughly|nearly|almost|just|only|over|more\s+than)\s+)?$"
_IN_VERB_BEFORE = re.compile(r"\b(?:opened|added|hired|recruited|built|created|acquired|bought|took\s+on|admitted"
                             r"|welcomed|launched|signed)\s+" + _FLOW_HEDGE, re.I)
_OUT_VERB_BEFORE = re.compile(r"\b(?:closed|shut(?:\s+down)?|axed|shed|sold|demolished|laid\s+off|dismissed|fired"
                              r"|scrapped|retired|removed|discharged|disposed\s+of|withdrew|pulled)\s+" + _FLOW_HEDGE, re.I)


def _flow_verb_before(doc: Document, p: Mention) -> bool | None:
    """True for a part after a verb that adds ("opened 24"), False after one that takes away ("closed nine")."""
    before = doc.text[max(doc.sentences[p.sentence].start, p.start - 40):p.start]
    if _IN_VERB_BEFORE.search(before):
        return True
    return False if _OUT_VERB_BEFORE.search(before) else None


def _in_and_out(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """Two parts of one list that flow opposite ways ("910 joined and 620 left", "opened 24 and closed nine")."""
    if len(enum) != 2:
        return False
    flows = []
    for p in enum:
        after = doc.text[p.end:p.end + 40]
        found = _IN_AFTER.match(after) or _OUT_AFTER.match(after)
        if found is None:
            verb = _flow_verb_before(doc, p)
            if verb is None:
                return False
            flows.append(verb)
            continue
        if found.group(0).rstrip().endswith("s") and not found.group(0).rstrip().endswith("ss"):
            return False  # "80 departures and 75 arrivals": kinds of flights, the halves of a pair
        flows.append(bool(_IN_AFTER.match(after)))
    return flows[0] != flows[1]


def _bracket_list_runs_on(doc: Document, enum: tuple[Mention, ...], items: list[Mention]) -> bool:
    """"fees (£980m), grants and contracts (£610m) and other sources, chiefly
    X and Y (£550m)": a bracketed figure of the list's kind after its last
    bracketed part, past a label too long to join; the list read so far may
    be only some of it."""
    last = enum[-1]
    return last.parenthetical and any(m.start > last.end and m.parenthetical and _compatible_kinds(last, m)
                                      for m in items)


# round 25: the tail of a gap that goes on to one more part: ", and ", " and ", " plus "
_ONE_MORE_PART_TAIL = re.compile(r"(?:,\s*|\s+)(?:and|plus)\s+$", re.I)


# (round 31) the list runs on to what is left, no figure given: "61 in the Midlands, 54 in the South West and the rest
# in Yorkshire", "..., and others in Wales": the parts read are only some of the whole
_UNFIGURED_REST_AFTER = re.compile(r"[^.;:\d]{0,50}?(?:,\s*|\s+)and\s+(?:the\s+(?:rest|remainder)|(?:the\s+)?others"
                                   r"|the\s+(?:other|remaining)\s+(?![\d,]+)[a-z]+)\b(?![^.;]*\d)", re.I)


def _read_to(enum: tuple[Mention, ...], found) -> tuple[Mention, ...]:
    """(round 48) The list as its relations read it: a late part they took in ("96 achieved the top band, 88 the
    middle band and 46 the lower band") is no part the series runs on to."""
    last = enum[-1]
    later = [p for rel in found for p in rel.parts if p.sentence == last.sentence and p.start > last.end]
    return enum + (max(later, key=lambda p: p.start),) if later else enum


def _series_runs_on(doc: Document, enum: tuple[Mention, ...], items: list[Mention]) -> bool:
    """Round 25: "four charges: two counts of fraud, one of money laundering under section 327 of the Act 2002,
    and one of perjury": a figure of the list's kind follows its last part after ", and", past a label too
    long to join the run; the list read so far is only some of it."""
    last = enum[-1]
    nxt = next((m for m in items if m.start >= last.end), None)
    if nxt is None or nxt.sentence != last.sentence or not _compatible_kinds(last, nxt):
        return False
    gap = doc.text[last.end:nxt.start]
    return bool(_ONE_MORE_PART_TAIL.search(gap)) and not _BREAKS.search(gap)


# the last part names what is left as all other things: "..., 310 concerned staff and 90 concerned other
# matters", "and 45 were for other reasons" (not where they went: "22 were diverted to other airports")
_CATCH_ALL = re.compile(r"^\s+(?:(?:[a-z]+\s+){1,3}?(?<!\bto\s)(?<!\binto\s)other\s+[a-z]+|(?:[a-z]+\s+){1,3}?the\s+rest(?:\s+of\s+the\s+[a-z]+)?"
                        # "and £1.9m shared among the remaining 30 players" (round 15)
                        r"|(?:[a-z]+\s+){1,3}?(?<!\bto\s)(?<!\binto\s)the\s+(?:other|remaining)\s+(?:\d[\d,]*\s+|[a-z]+\s+)?[a-z]+"
                        r"|(?:[a-z]+\s+){0,2}?(?:elsewhere|f[au]rther\s+afield))\s*(?:[,.;]|$)")
# the last part labelled as all the rest: "... and everything else on release a combined £1.9m", "and all
# other routes 410" (round 13)
_CATCH_ALL_BEFORE = re.compile(r"\b(?:(?:everything|everyone|everybody|all)\s+else|all\s+(?:the\s+)?other\s+[a-z]+"
                               r"|every\s+other\s+[a-z]+"
                               # (round 38) a list of parties closed by the rest of them: "... and smaller parties 12",
                               # "and independents and smaller parties of the coalition 31"
                               r"|(?:independents\s+and\s+)?(?:smaller|minor)\s+parties|independents\s+and\s+others"
                               # (round 40) "and the rest spread across smaller categories totalling $3.9bn" (the
                               # rest told a sum of its own: not "and the rest of the industry 251,000 tonnes")
                               r"|(?<=and\s)the\s+(?:rest|remainder)(?:\s+[\w'’-]+){0,5}?\s+(?:totalling|totaling|amounting\s+to|adding\s+up\s+to|"
                               r"worth))"
                               r"\b(?:\s+[\w'’-]+){0,4}\s*$", re.I)
_PREPOSITION_AFTER = re.compile(r"^\W*(?:[\w'’-]+\s+)?(at|in|on|from|for|by|to|across|inside|outside|with)\b", re.I)


def _parallel(doc: Document, a: Mention, b: Mention) -> bool:
    """"fed 3,400 families in Leeds, 2,100 in York and ...": the first figure
    placed like the next one is one more item, not their total; also past a short
    verb phrase of its own ("with £3.9m to come from A, £2.8m from B and ...").
    (round 26) The same preposition places the two alike only when it opens the same sort of thing: a period
    ("recorded 1,940 offences in the year to March", "in 2023") or what a sum is paid as ("£3.8m in grants")
    is no place, so "... of which 1,120 were in Manchester, 410 in Salford" are its parts, not its siblings."""
    b_at = b.end
    after_b = _PREPOSITION_AFTER.match(doc.text[b_at:b_at + 40])
    if not after_b:
        return False
    a_at = a.noun_span.end if a.noun_span else a.end
    tail = doc.text[a_at:max(a_at, min(a_at + 40, b.start))]  # (round 27) a's own words: not b ("five depots, two in A")
    after_a = _VERB_THEN_PREPOSITION.match(tail) or _PREPOSITION_AFTER.match(tail)
    if not (after_a and after_a.group(1).lower() == after_b.group(1).lower()):
        return False
    sort_a = _placing(doc, a, after_a.group(1), a_at + after_a.end())
    sort_b = _placing(doc, b, after_b.group(1), b_at + after_b.end())
    place_at = a_at + after_a.end() if sort_a == "place" else b_at + after_b.end()
    if {sort_a, sort_b} == {"quarter", "place"} and not _NAMED_OBJECT.match(doc.text, place_at) \
            and not _QUARTER_OF_ANOTHER.match(doc.text, place_at):
        return True  # (round 32) "in the central area, 4,120 in the south": quarters of one place, alike
    return len({sort_a, sort_b} - {"elided"}) <= 1


# (round 32) a named place after a preposition: "in Devon", "across the Highlands"
_NAMED_OBJECT = re.compile(r"\s+(?:the\s+)?[A-Z]")
# (round 32 mend) a compass part of a place named after it: "in the north of the county" -- that place's, not the whole's
_QUARTER_OF_ANOTHER = re.compile(r"\s+the\s+(?:north|south|east|west)[\w-]*\s+of\b")


# round 26: what a preposition after a figure opens, when it is no place: a period ("in the year to March", "during
# the first half", "in the 12 months to June", "on its opening night"), the period's noun ending the phrase (not
# "in the night shelter") ...
_PERIOD_OBJECT = re.compile(r"\s+(?:(?:the|this|that|its|their|his|her|our)\s+)?(?:[\w'’-]+\s+){0,3}?"
                            r"(?:years?|quarters?|half|halves|months?|weeks?|days?|seasons?|terms?|period|fortnight|"
                            r"decade|summer|winter|spring|autumn|weekend|nights?|evenings?|mornings?|afternoons?)"
                            r"(?=\s*(?:[,.;:)]|$)|\s+(?:to|of|ending|before|after|and|when|while|from|in|on|at|for)\b)",
                            re.I)
# (round 26 mend) ... a piece named by its ordinal alone, its noun left out ("1,200 in the first quarter, 900 in the
# second and 700 in the third", "in its second", "in the next", "in the one after"): of the sort of what it parallels
_PIECE_ORDINALS = "|".join(ORDINAL_WORDS) + "|final|last|opening|closing"
_ELIDED_PIECE = re.compile(r"\s+(?:(?:the|this|its|their|his|her|our)\s+)(?:" + _PIECE_ORDINALS
                           + r"|next|following|latter|one\s+after)(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|while|when)\b)",
                           re.I)
# (round 32) ... an accounting year named before its date: "for fiscal 2026", "for the financial year 2024-25",
# "for FY2027", "for FY27"
_ACCOUNTING_YEAR = re.compile(r"\s+(?:(?:the\s+)?(?:fiscal|financial|tax|budget|academic|school)\s+(?:years?\s+)?"
                              r"(?=(?:19|20)\d\d\b)|FY\s?(?:19|20)?\d\d\b)")
# ... or, after a sum and "in", what it is paid or held as: "£3.8m in grants", "$2bn in loans" (a bare plural)
_WHAT_OBJECT = re.compile(r"\s+(?!(?:its|his|hers|this|ours|theirs|yours|less|us)\b)[a-z][a-z-]*s\b(?!\s+(?:of|in|at|on)\b)")


def _placing(doc: Document, m: Mention, preposition: str, at: int) -> str:
    """What ``preposition``, ending at ``at`` after ``m``, opens: "time" (a period or a date), "what" (a bare plural
    after a sum and "in": "£3.8m in grants"), "elided" (an ordinal whose noun is left out: "in the second", of
    the sort of the item it parallels), "quarter" (round 32: a compass quarter, "in the north") or "place" (anything
    else: "in Leeds", "from roads")."""
    if _ELIDED_PIECE.match(doc.text, at):
        return "elided"
    if _PERIOD_OBJECT.match(doc.text, at) or any(
            t.kind in _TIME_KINDS and at <= t.start <= at + 6 for t in doc.mentions_in(m.sentence)):
        return "time"
    if _ACCOUNTING_YEAR.match(doc.text, at):
        return "time"  # (round 32) "for fiscal 2026", "for the financial year 2024-25", "for FY2027"
    if _COMPASS_QUARTER_RX.match(doc.text, at):
        return "quarter"  # (round 32) "21 midwives in Devon, 12 in the east": a quarter of the place, a part of it
    return "what" if m.kind == Kind.MONEY and preposition.lower() == "in" and _WHAT_OBJECT.match(doc.text, at) \
        else "place"


def _siblings_past_aside(doc: Document, q: Mention, enum) -> bool:
    """(round 25) Past the first part, an aside on ``q`` ("made $38.5m on Friday, including $12.1m from
    previews, then $31.4m on Saturday and $26.3m on Sunday"), the list goes on with figures placed like ``q``
    itself: they are its siblings, not more of its parts.  The aside is placed otherwise than ``q`` ("on Friday",
    "from previews"), or closed by a comma ("£4m in the south, including £1m in Bristol, making £9m"); a first part
    placed like ``q`` and joined to the next by a bare "and" opens no aside ("£5m in the north, including £3m in
    Leeds and £4m in York": all its parts)."""
    aside = not _parallel(doc, q, enum[0])
    return any(_parallel(doc, q, p) and (aside or "," in doc.text[prev.end:p.start]) for prev, p in zip(enum, enum[1:]))


# a short verb phrase of the figure before its place: "£3.9m to come from", "£2m is to go to"
_VERB_THEN_PREPOSITION = re.compile(r"^\W*(?:(?:is|are|was|were)\s+)?(?:to\s+)?(?:come|go|be\s+found|be\s+raised|be\s+saved)\s+"
                                    r"(from|to|on|in|at|for|by)\b", re.I)


def _siblings(enum) -> bool:
    """"three goalkeepers, nine defenders, eight midfielders": every figure
    names its own kind, the first is one of them, not a count of the rest."""
    return all(p.noun for p in enum) and len({categories.normalise(p.noun) for p in enum}) == len(enum)


def _shorter_reading_agrees(doc: Document, rel, enum, items, by_sentence) -> bool:
    """"approved 26 and refused nine, with a further four held over - 35 in
    total": the parts added "with a further" may lie outside the total; when
    the list without them agrees with it, stay silent."""
    if agrees(rel):
        return False
    for k in range(1, len(enum)):
        joint = doc.text[enum[k - 1].end:enum[k].start]
        if _WITH_MORE.search(joint) or _SEMI_MORE.search(joint) or (
                _WITH_BARE.search(doc.text[enum[k - 1].end:enum[k].start])
                and re.match(r"^\s+more\b", doc.text[enum[k].end:enum[k].end + 8])):
            head = enum[:k]
            shorter = PartsOfWhole(link=rel.link, cue=rel.cue, total=rel.total, parts=head, complete=rel.complete)
            return len(head) >= 2 and agrees(shorter) or len(head) == 1 and head[0].interval.intersects(
                rel.total.interval)
    return False


def _fractions_of_a_tally(rel: PartsOfWhole) -> bool:
    """(round 28) A whole count of things ("three models", "14 stores") is no sum of bare decimals: "the Kia
    Sportage 1.6, the Hyundai Tucson 1.6 and the Kia Niro 1.6" are engine sizes in names, not 4.8 models (a
    decimal before a scale word, "1.6 million", is a count)."""
    total = rel.total
    if total.kind != Kind.COUNT or total.value is None or total.value.denominator != 1 or total.value > 1000:
        return False
    return any(p.kind == Kind.COUNT and p.value is not None and p.value.denominator != 1
               and not re.search(r"[a-z]", p.text.split()[-1]) for p in rel.parts)


# (round 32) a capitalised name right before a bare number: "FIFA 24", "Halo 3"
_NAME_RIGHT_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+$")
# (round 32) a version number, whole or "2.0", and a capitalised word after it that is the name's own ("2.0 Max")
_VERSION_OR_WHOLE = re.compile(r"\d+(?:\.\d)?")
_NAME_WORD_AFTER = re.compile(r"\s+[A-Z]")
# a count of the things listed, then the colon or dash opening the list: "five games on Saturday:", "three models -"
_COUNT_OPENS_LIST = re.compile(r"^\s*(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*s\b[^.;:\d]{0,40}?(?::|\s[-–—]|[–—])")


def _numbers_of_named_items(doc: Document, rel: PartsOfWhole) -> bool:
    """(round 32) "sold five games: FIFA 24, Madden 25, NBA 2K24, Forza 5 and Halo 3, a total of 40 copies": every part
    a bare number on a capitalised name, in a list a count of things opens with a colon or dash, the numbers not
    falling as the list goes on -- titles' and models' numbers, no parts (a tally under names falls as it goes:
    "three countries: Kenya 5, Ethiopia 4 and Uganda 3")."""
    parts = rel.parts
    start = doc.sentences[parts[0].sentence].start
    if any(p.noun and not _NAME_WORD_AFTER.match(doc.text, p.end) or p.unit or not _VERSION_OR_WHOLE.fullmatch(p.text)
           or p.kind not in (Kind.COUNT, Kind.CODE)
           or not _NAME_RIGHT_BEFORE.search(doc.text, max(start, p.start - 30), p.start) for p in parts):
        return False
    values = [p.value for p in parts]
    if values == sorted(values, reverse=True) and not any(p.text.endswith(".0") for p in parts):
        return False  # (round 32) nobody counts "2.0" of a thing: "the Vantage 2.0, the Vantage 2.0 Max" are versions
    return any(o.kind == Kind.COUNT and o.end <= parts[0].start and o.value is not None and o.value >= len(parts)
               and _COUNT_OPENS_LIST.match(doc.text[o.end:parts[0].start]) is not None
               and len(doc.text[o.end:parts[0].start]) < 60 for o in doc.mentions_in(parts[0].sentence))


def _named_numbers_far_below(doc: Document, rel: PartsOfWhole) -> bool:
    """(round 38) "Three films have crossed 500 crore this year: Stree 2 and Kalki 2898 AD": every part a bare number
    right after a capitalised name, all of them together less than a thousandth of the total -- titles' numbers,
    no parts of it."""
    parts = rel.parts
    start = doc.sentences[parts[0].sentence].start
    if rel.total is None or rel.total.value is None or any(
            p.value is None or p.unit or p.noun and not _NAME_WORD_AFTER.match(doc.text, p.end)
            or not _NAME_RIGHT_BEFORE.search(doc.text, max(start, p.start - 30), p.start) for p in parts):
        return False
    return sum(p.value for p in parts) * 1000 < rel.total.value


def _named_tally_over(doc: Document, rel: PartsOfWhole) -> bool:
    """(round 38) "after all 23 wards declared: SNP 37, Labour 36, Greens 10, Conservatives 2": a tally under names
    more than twice the count before it counts other things (seats, not wards) -- no breakdown of it."""
    parts = rel.parts
    start = doc.sentences[parts[0].sentence].start
    if rel.total is None or rel.total.value is None or len(parts) < 2 or any(
            p.value is None or p.noun or not _NAME_RIGHT_BEFORE.search(doc.text, max(start, p.start - 30), p.start)
            for p in parts):
        return False
    return sum(p.value for p in parts) > 2 * rel.total.value


# "three shots clear", "two points ahead", "four behind": a margin, no part
_MARGIN_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:clear|ahead|behind|short|more|fewer|less|adrift)\b")


# (round 47) a number naming a time or a thing a part is placed in, "two in Game 2", "four at Stage 3": no part
# (but "St Brigid's in Felsham 44": a place, then the part)
_NAME_AFTER_PREPOSITION = re.compile(r"\b(?:in|on|at|of|from|for|during|after|before|by)\s+(?:Game|Match|Round|Stage"
                                     r"|Leg|Heat|Race|Test|Week|Day|Phase|Part|Section|Ward|Platform|Gate|Terminal"
                                     r"|Route|Block|Unit|Level|Floor|Zone|Group|Pool|Division|Court|Room|Lane|Track"
                                     r"|Berth|Pier)\s+$")


def _completed_by_another_figure(doc: Document, rel: PartsOfWhole, items) -> bool:
    """(round 28) Another figure of the same kind and unit, in the list's sentence or the three before, makes the
    arithmetic agree, so the list need not be all of the total, or not the total's at all:

    * the list misses its total by exactly that figure, told apart: "shot 68 for a total of 272 after rounds of 68,
      66 and 70" (the last round's 68 and the three before); "will go up to £1,748.08. ... Once the police precept
      of £291.40 and the fire authority's £88.50 are added, a household will pay £2,127.98 in total";
    * the list adds up to that figure, and the total counts other things or another time: "Across 14 matches they
      won six, drew five and lost three, for a total of 198 points"; "... fallen to 7,130. ... A decade ago there
      were 10,090 dairy farms. England has 4,880 dairy farms, Wales 1,470 and Scotland 780."

    A bare number read as a label in the list's sentence may be the missing part too ("... Marne Valley Hospital 96
    and St Brigid's in Felsham 44, a total of 920").  Nothing is said then."""
    if agrees(rel):
        return False
    if rel.total.kind == Kind.COUNT and rel.total.value is not None and any(
            m.kind == Kind.CODE and m.text.isdigit() and rel.total.value - rel.stated_sum == int(m.text)
            and not _NAME_AFTER_PREPOSITION.search(doc.text, max(0, m.start - 30), m.start)
            for m in doc.mentions_in(rel.parts[-1].sentence) if m.start > rel.parts[0].start):
        return True
    # (the total and the parts by their spans: a part read twice, "Cole and Dunn with one apiece", is one figure)
    spans = {(rel.total.start, rel.total.end), *((p.start, p.end) for p in rel.parts)}
    smallest = min((p.value for p in rel.parts if p.value is not None), default=0)
    first = max(0, rel.parts[0].sentence - 3)
    last = max(rel.total.sentence, rel.parts[-1].sentence)
    near = [m for k in range(first, last + 1) for m in doc.mentions_in(k)]
    for m in list(items) + near:
        if (m.start, m.end) in spans or m.value is None or m.kind != rel.total.kind \
                or _unit_key(m) != _unit_key(rel.total) or m.hedge or m.compound or m.is_range:
            continue
        if m.value >= smallest / 3 and not _is_difference(doc, m) and not _MARGIN_AFTER.match(doc.text, m.end) \
                and not (m.start < rel.parts[0].start and m.value == len(rel.parts)) \
                and agrees(replace(rel, parts=tuple(rel.parts) + (m,))):
            return True  # (a part's size: not "three shots clear of the field", a margin, nor "split three ways",
            # the count of the parts)
        # (the list's own figure, when the total stands in another sentence or counts other things: not "Across 14
        # matches they won six, drew five and lost three, for a total of 15 matches")
        if (m.kind == Kind.COUNT and _other_nouns(m, rel.total) or _total_of_another_time(doc, rel)) \
                and agrees(replace(rel, total=m, complete=True)):
            return True
    return False


def _total_of_another_time(doc: Document, rel: PartsOfWhole) -> bool:
    """A total in another sentence than its parts, told of another time the parts' sentence does not name ("A
    decade ago there were 10,090 dairy farms. England has 4,880 ...")."""
    if rel.total.sentence in {p.sentence for p in rel.parts}:
        return False
    return bool(_OTHER_PERIOD.search(doc.sentence_text(rel.total.sentence))) \
        and not _OTHER_PERIOD.search(doc.sentence_text(rel.parts[0].sentence))


def _other_nouns(a: Mention, b: Mention) -> bool:
    """Two figures whose own nouns differ ("14 matches", "198 points")."""
    return bool(a.noun and b.noun) and a.noun.split()[-1].lower().rstrip("s") != b.noun.split()[-1].lower().rstrip("s")


def _totalised(doc: Document, m: Mention) -> bool:
    """A figure called the total: "a total of 58", "3,200 trains in all"."""
    after = m.noun_span.end if m.noun_span else m.end
    return bool(_TOTALISER_BEFORE.search(doc.text[max(0, m.start - 25):m.start])
                or _TOTALISER_AFTER.match(doc.text[m.end:m.end + 30])
                or _TOTALISER_AFTER.match(doc.text[after:after + 30]))


def _vague(m: Mention) -> bool:
    return m.precision is None


# "aged one or two", "three to four": the second figure of an alternative (not past a comma: "in the decade
# to 2021, to 412,300", round 16)
_ALTERNATIVE_BEFORE = re.compile(r"\b(?:\d(?:[\d,.]*\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                                 r"\s+(?:or|to)\s+$", re.I)


def _alternative_before(lead: str) -> bool:
    """``_ALTERNATIVE_BEFORE.search(lead)`` when the lead ends on "or" or "to" (a cheap test first)."""
    return lead.rstrip()[-2:].lower() in ("or", "to") and bool(_ALTERNATIVE_BEFORE.search(lead))


# "rose from 3,260 at the end of March 2023 to 5,140": the figure before "to" is a date's year, so the
# one after it is the level reached, no alternative (round 23)
def _year_then_to(doc: Document, m: Mention) -> bool:
    return _figure_then_to(doc, m, lambda d: d.kind in (Kind.DATE, Kind.YEAR))


def _level_moved_to(doc: Document, m: Mention) -> bool:
    """(round 29) "rose from 84,300 to 87,900", "rose by 300 to 4,700": the figure after "from X to" or "by X
    to" is the level a move reached, no alternative to X (see ``_old_level_of_move``, ``_level_reached``)."""
    return _figure_then_to(doc, m, lambda p: words(doc.text[max(0, p.start - 8):p.start])[-1:] in (["from"], ["by"]))


def _figure_then_to(doc: Document, m: Mention, fits) -> bool:
    """A figure of m's sentence that ``fits``, then "to", right before m."""
    return any(doc.text[p.end:m.start].strip(" ").lower() == "to" and fits(p)
               for p in doc.mentions_in(m.sentence) if m.start - 8 <= p.end < m.start)


def _pool(doc: Document) -> dict[int, list[Mention]]:
    """The figures that can be parts or totals, by sentence (shared by the
    finders, which only read it)."""
    found = doc.memo.get("sums-pool")
    if found is None:
        found = doc.memo["sums-pool"] = _build_pool(doc)
    return found


# a figure that labels the members of a part, no part itself: "87 were aged 18 to 64", "198 were over
# 65", "45 under five" (an age or other bound said of the figure before it)
_THE_OTHER_GROUP = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.I)
# the count before "other"/"remaining" in the group's noun phrase: "and the three remaining candidates shared 1,163",
# "the four other parties took 2,050" (round 18)
_THE_GROUP_OTHER = re.compile(r"\b(?:the|its|their)\s+$", re.I)
_OTHER_GROUP_NOUN = re.compile(r"\s+(?:other|remaining)\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*s\b", re.I)
_GROUP_THEN_SHARE = re.compile(r"\s+(?:[a-z]{3,}ed|made|took|won|got|hit|shared|drew|had)"
                               r"\s+(?:(?:just|only|a\s+further|another|a\s+combined|a\s+total\s+of)\s+)?[\d£$€]", re.I)


def _count_of_other_group(doc: Document, m: Mention, before: str) -> bool:
    """"and the three remaining candidates shared 1,163", "the four other parties polled 2,050 between them": how
    many made the last part, named before "other"/"remaining" and the group's plural noun, no part itself
    (round 18)."""
    if m.kind != Kind.COUNT or not _THE_GROUP_OTHER.search(before):
        return False
    noun = _OTHER_GROUP_NOUN.match(doc.text, m.end, doc.sentences[m.sentence].end)
    if noun is None:
        return False
    if _AND_THE_GROUP.search(before) and _GAPPED_SHARE.match(doc.text, noun.end(), doc.sentences[m.sentence].end):
        return True  # "..., the runner-up 3,310 and the three other candidates 1,905": the verb left out
    return _GROUP_THEN_SHARE.match(doc.text, noun.end(), doc.sentences[m.sentence].end) is not None


# the last of a gapped list: "and the three other candidates 1,905 (between them)"
_AND_THE_GROUP = re.compile(r"(?:,\s*|\s)and\s+(?:the|its|their)\s+$", re.I)
_GAPPED_SHARE = re.compile(r"\s+(?:(?:just|only|a\s+combined|a\s+total\s+of)\s+)?[\d£$€][\d,.]*\w*\s*(?:between\s+them\s*)?"
                           r"(?:[,;.)]|\s+(?:while|and|with)\b|$)", re.I)


_GROUP_THEN_PART = re.compile(r"\s+(?:[a-z]{3,}ed|made|took|won|got|hit|shared)"
                              r"\s+(?:(?:just|only|a\s+further|another)\s+)?[\d£$€]", re.I)
_AGED_BEFORE = re.compile(r"\baged?\s+(?:(?:between|from|over|under|above|below|at\s+least|up\s+to)\s+)?$"
                          r"|\b(?:older|younger)\s+than\s+$", re.I)
_COPULA_ONLY = re.compile(r"^\s+(?:of\s+(?:them|those|these|whom)\s+)?(?:(?:were|was|are|is|being)\s+)?$", re.I)
_LABEL_HEDGES = frozenset({"over", "under", "above", "below"})
# "the other 482 were 25 or older": a label, open at one end, after the part's copula
_OPEN_END_AFTER = re.compile(r"\s+or\s+(?:older|over|above|more|younger|under|below|less)\b"
                             r"|\s+and\s+(?:older|over|above|younger|under|below)\b", re.I)
_AGE_RANGE_GAP = re.compile(r"^\s*(?:-|–|to|and)\s*$", re.I)


def age_band_end(doc: Document, before: Mention, m: Mention) -> bool:
    """``m`` closes a band of ages the figure ``before`` it opens ("aged 18-59", "people aged 60 to 74"): the
    band's upper end, no count of its own (shares reads it too)."""
    if m.value is not None and (m.value > 125 or before.value is not None and m.value <= before.value):
        return False  # (round 43) "1,977 patients over 65 and 429 children": no age ends a band at 429
    return before.kind == Kind.AGE and _AGE_RANGE_GAP.match(doc.text[before.end:m.start]) is not None


def _last_ended_before(doc: Document, m: Mention) -> list[Mention]:
    """The last figure of ``m``'s sentence ending before it, as a list of one (none: empty): the last of
    ``[x for x in doc.mentions_in(m.sentence) if x.end <= m.start]``, read from the end (round 23, speed: no
    list of all the figures before it for each count of the pool)."""
    for x in reversed(doc.mentions_in(m.sentence)):
        if x.end <= m.start:
            return [x]
    return []


def _label_of_part(doc: Document, m: Mention) -> bool:
    before = doc.text[max(doc.sentences[m.sentence].start, m.start - 24):m.start]
    if m.noun_span is not None and _THE_OTHER_GROUP.search(before) \
            and _GROUP_THEN_PART.match(doc.text, m.noun_span.end, doc.sentences[m.sentence].end):
        return True  # "and the other nine batsmen mustered 39": how many made the part (round 15)
    if _count_of_other_group(doc, m, before):
        return True
    if m.kind == Kind.COUNT and _GROUP_SHARED_REST.match(doc.text, m.end, doc.sentences[m.sentence].end):
        return True  # (round 49) "and the five minor candidates shared the remaining 97,000": how many shared the rest
    if ("age" in before or "er than" in before) and _AGED_BEFORE.search(before):
        return True
    prev = _last_ended_before(doc, m)  # (only the last is read)
    if prev and age_band_end(doc, prev[-1], m):
        return True  # "aged 18-59", "aged forty to fifty-nine": the range's upper end
    after = doc.text[m.end:m.end + 5]
    open_end = m.noun is None and (" or " in after or " and " in after) and _OPEN_END_AFTER.match(doc.text, m.end)
    if (m.hedge or "").lower() not in _LABEL_HEDGES and not open_end or m.noun is not None:
        return False
    if not prev or prev[-1].kind != Kind.COUNT:
        return False
    end = prev[-1].noun_span.end if prev[-1].noun_span else prev[-1].end
    return bool(_COPULA_ONLY.match(doc.text[end:m.start]))


# "340 megawatt-hours": a unit of power read before the "hours" that make it one of energy (round 13)
_POWER_UNITS = {"kilowatt": "kWh", "megawatt": "MWh", "gigawatt": "GWh", "terawatt": "TWh"}
_HOURS_AFTER = re.compile(r"(?:-|\s)hours?\b", re.I)  # (matched at the figure's end)


def _energy(doc: Document, m: Mention) -> Mention:
    unit = _POWER_UNITS.get((m.unit or "").lower().rstrip("s")) if m.kind == Kind.MEASURE else None
    hours = _HOURS_AFTER.match(doc.text, m.end) if unit else None
    return replace(m, unit=unit, end=hours.end(), text=doc.text[m.start:hours.end()]) if hours else m


# "a combined capacity of 480MW - 290MW from A and 140MW from B": power is no additive measure (a peak, a
# reading), but capacities the sentence calls combined or a total add up like energy (round 17)
_POWER_UNIT = re.compile(r"^(?:[kmgt]?w|(?:kilo|mega|giga|tera)?watts?)$", re.I)
_SUMMED_POWER_BEFORE = re.compile(r"\b(?:combined|total|totalling|aggregate)\s+(?:(?:generating|installed|power|"
                                  r"output)\s+)?capacity\s+(?:of\s+|(?:will\s+)?(?:reach|reaches|stand|stands|is|be)\s+(?:at\s+)?)?(?:(?:some|about|around|nearly|almost|over|"
                                  r"more\s+than)\s+)?$"
                                  # (round 49) parks or plants that "add 186 megawatts" to the grid between them
                                  r"|\b(?:parks|farms|plants|stations|projects|schemes|sites|turbines|arrays)\b[^.;:]{0,60}"
                                  r"\b(?:add|adds|added|adding|bring|brings|brought|provide|provides|provided)\s+"
                                  r"(?:(?:some|about|around|nearly|almost|over|a\s+combined|another|a\s+further)\s+)?$", re.I)


# round 22: a power figure of capacity: "Of the 2.6GW of generating capacity connected this year, 1.4GW came from
# wind, ...": capacity added or installed adds up like the combined capacity above
_CAPACITY_AFTER = re.compile(r"\s+(?:of\s+)?(?:(?:new|extra|additional|generating|installed|renewable|power|clean|"
                             r"green|storage|grid|[a-z]+-scale)\s+){0,2}capacity\b", re.I)


def _summed_power(doc: Document, m: Mention) -> bool:
    if not _POWER_UNIT.match(m.unit or ""):
        return False
    if _summed_power_in(doc, m.sentence):
        return True
    # (round 51) the sentence after a combined capacity, its own power figures the pieces: "three solar parks with a
    # combined capacity of 145 megawatts. Kestrel Ridge will generate up to 60MW, Oakham Fields 48MW and ..."
    return m.sentence > 0 and doc.sentences[m.sentence - 1].paragraph == doc.sentences[m.sentence].paragraph \
        and _summed_power_in(doc, m.sentence - 1) \
        and sum(1 for o in doc.mentions_in(m.sentence) if _POWER_UNIT.match(o.unit or "")) >= 2


def _summed_power_in(doc: Document, index: int) -> bool:
    """A power figure of the sentence told as a combined or total capacity, or broken down."""
    sent = doc.sentences[index]
    return any(_POWER_UNIT.match(o.unit or "") and o.kind == Kind.MEASURE
               and (_SUMMED_POWER_BEFORE.search(doc.text, max(sent.start, o.start - 60), o.start)
                    or _CAPACITY_AFTER.match(doc.text, o.end, sent.end) is not None
                    or _POWER_MADE_OF_AFTER.match(doc.text, o.end, sent.end) is not None)
               for o in doc.mentions_in(index))


# (round 46) a power figure the sentence breaks down: "adds 3,450 megawatts by 2028, made up of 1,800 MW of solar, ..."
_POWER_MADE_OF_AFTER = re.compile(r"(?:\s+(?:by|in)\s+\d{4})?\s*,?\s*(?:made\s+up\s+of|compris(?:ing|es)|consisting\s+of)\s",
                                  re.I)


_COUNT_RIGHT_BEFORE = re.compile(r"\d\s+$")
# a figure taken out of a stated whole: "23 of the marina's 240 berths", "23 of its 240"
# a figure told as a part of a whole named by its noun: "402,600 of the fines", "310 of the new homes"
_OF_NAMED_WHOLE_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:the|its|their|these|those)\s+(?:[a-z]+\s+){0,2}?[a-z]+s\b")
_PART_OF_ANOTHER_AFTER = re.compile(r"\s+(?:out\s+)?of\s+(?:the|its|their|our|his|her|[\w'’-]+['’]s)\s+(?:[\w'’-]+['’]s\s+)?"
                                    r"(?:[a-z]+\s+)?[£$€]?\d")


def _base_of_another_kind(doc: Document, q: Mention, enum) -> bool:
    """``q`` is taken out of a whole counted right after it ("23 of the marina's 240 berths") whose noun does
    fits none of the list's parts ("Of the boats destroyed, eight were motor cruisers, ..."); "588 of the
    village's 1,046 registered voters" still fits a part told as people voting."""
    base = next((m for m in doc.mentions_in(q.sentence) if m.start > q.end), None)
    if base is None or base.noun is None:
        return False
    nouns = [p.noun for p in enum if p.noun]
    return bool(nouns) and not any(_nouns_fit(base, (p,)) for p in enum if p.noun)


# "... budget of $684m" (headline) / "Schools get $241m, roads $132m and health $117m. Parks will receive $58m,
# debt $71m and other costs the remaining $85m.": a list closed by what is left, right after a sentence that is
# one list of the same sums and nothing else, goes on from it; together they break down the headline's one
# figure of that unit (inferred; only a sum within a tenth of it, so another whole is never read: round 17)
CHAIN_NEAR = Fraction(1, 10)


def _chained_with_list_before(doc: Document, enum, by_sentence) -> list[PartsOfWhole]:
    sent = enum[0].sentence
    before = by_sentence.get(sent - 1, [])
    if len(before) < 2 or doc.sentences[sent].paragraph - doc.sentences[sent - 1].paragraph not in (0, 1):
        return []
    runs = list(_enumerations(doc, before))
    if len(runs) != 1 or len(runs[0]) != len(before) \
            or any(m.kind != enum[0].kind or m.unit != enum[0].unit for m in before + list(enum)) \
            or any(m.is_quantity and m.kind != Kind.PERCENT and m not in before
                   for m in doc.mentions_in(sent - 1) if m.kind not in _TIME_KINDS):
        return []
    parts = tuple(before) + tuple(enum)
    whole = sum((p.value for p in parts), Fraction(0))
    heads = [k for k in range(sent - 1) if doc.sentences[k].headline]
    if len(heads) != 1:
        return []
    wholes = [q for q in by_sentence.get(heads[0], []) if q.kind == enum[0].kind and q.unit == enum[0].unit]
    if len(wholes) != 1 or wholes[0].compound or wholes[0].value is None or wholes[0].value <= max(p.value for p in parts) \
            or abs(whole - wholes[0].value) > CHAIN_NEAR * wholes[0].value:
        return []
    return [PartsOfWhole(link="inferred", cue="the remaining", total=wholes[0], parts=parts, complete=True,
                         bounded=True)]


# what a scoring rule awards for each result: "four points for a win", "a mark per correct answer" -- and, gapped
# after it, "and two for a draw" (round 25)
_SCORE_NOUNS = frozenset("point points mark marks".split())
_FOR_EACH_RESULT = re.compile(r"\s+(?:bonus\s+)?(?:points?\s+|marks?\s+)?(?:for\s+(?:an?|each|every)|per)\s+(?!of\b)[a-z]",
                              re.I)


# (round 52) "treble 20, treble 20, bull": a bed of the dartboard, its number no part of a score
_MULTIPLIED_BEFORE = re.compile(r"\b(?:double|treble|triple)\s+$", re.I)


def _scoring_tariff(doc: Document, m: Mention) -> bool:
    """A count of points awarded for each result of a kind, the rule of a table ("With four points for a win and
    two for a draw, they earned 58"), no part of the points earned; a figure with no noun is one only after such a
    rule in its sentence (round 25)."""
    end = doc.sentences[m.sentence].end
    if _FOR_EACH_RESULT.match(doc.text, m.end, end) is None:
        return False
    if m.noun in _SCORE_NOUNS:
        return True
    return m.noun is None and any(
        o.end <= m.start and o.noun in _SCORE_NOUNS and o.kind == Kind.COUNT
        and _FOR_EACH_RESULT.match(doc.text, o.end, end) is not None for o in doc.mentions_in(m.sentence))


# (round 29) "one of the best results", "one of the highest rates", "one of the country's worst": a ranking's member
_ONE_OF_THE_MOST = re.compile(r"\s+of\s+(?:the|its|their|our)\s+(?:[\w'’-]+['’]s\s+)?(?:most|least|best|worst|"
                              r"[a-z]{2,}est)\b", re.I)


def _one_of_a_ranking(doc: Document, m: Mention) -> bool:
    """(round 29) "giving it one of the best results": one picked out of a ranking, no part of a list."""
    return m.kind == Kind.COUNT and m.value == 1 and _ONE_OF_THE_MOST.match(doc.text, m.end) is not None


# (round 32) the second modifier of a suspended pair: "one- and two-bedroom flats", "two- or three-year courses"
_AFTER_SUSPENDED_HYPHEN = re.compile(r"\w-\s+(?:or|and|to|&)\s+$", re.I)


# (round 52) a sum joined to its currency's name: "the 4.6bn-dinar budget", "a 500-million-euro deal"
_CURRENCY_JOINED = re.compile(r"\d(?:\s*(?:m|bn|mn|million|billion))?-(?:dinars?|euros?|dollars?|pounds?|kroner|kronor|"
                              r"krona|yuan|yen|rupees?|rand|naira|shillings?|pesos?|francs?|roubles?|rubles?|lira|dirhams?|"
                              r"riyals?|ringgit|baht|manat|som|tenge|kwacha|cedis?)$", re.I)


def _build_pool(doc: Document) -> dict[int, list[Mention]]:
    by_sentence: dict[int, list[Mention]] = {}
    for m in quantities(doc, *SUMMABLE):
        if "watt" in (m.unit or "").lower():
            m = _energy(doc, m)
        if m.compound and m.kind == Kind.MONEY and _CURRENCY_JOINED.search(m.text):
            m = replace(m, compound=False)  # (round 52) "a 4.6bn-dinar budget" is "a 4.6bn dinar budget"
        if m.is_range or m.value is None or m.value.numerator <= 0 or _vague(m) \
                or m.kind == Kind.MEASURE and not _ADDITIVE_UNIT.match(m.unit or "") and not _summed_power(doc, m) \
                or _alternative_before(doc.text[max(0, m.start - 16):m.start]) and not _year_then_to(doc, m) \
                and not _level_moved_to(doc, m) \
                or m.kind == Kind.COUNT and _label_of_part(doc, m) \
                or m.compound and (_COUNT_RIGHT_BEFORE.search(doc.text, max(0, m.start - 4), m.start)
                                   or doc.text.startswith("-", m.end)
                                   or _AFTER_SUSPENDED_HYPHEN.search(doc.text, max(0, m.start - 8), m.start)) \
                or m.kind == Kind.COUNT and _scoring_tariff(doc, m) \
                or m.kind == Kind.COUNT and _MULTIPLIED_BEFORE.search(doc.text, max(0, m.start - 8), m.start):
            continue  # (not "118 two-person kayaks": a compound between a count and its noun describes the noun;
            # round 32: nor "two- or three-year diplomas", a suspended modifier)
        by_sentence.setdefault(m.sentence, []).append(m)
    for m in quantities(doc, Kind.DURATION):
        if _count_of_kind(m):
            by_sentence.setdefault(m.sentence, []).append(_as_count(m))
            by_sentence[m.sentence].sort(key=lambda x: x.start)
    if "the other " in doc.text:
        _add_the_other(doc, by_sentence)
    _add_one_by_article(doc, by_sentence)
    if ", the " in doc.text:
        _add_one_by_definite(doc, by_sentence)
    for idx, items in by_sentence.items():
        units = {m.unit for m in items if m.kind == Kind.MONEY}
        if units and any(money_base(m)[1] != 1 and money_base(m)[0] in units for m in items):  # (no sum: no pence)
            by_sentence[idx] = [_in_main_unit(m) if money_base(m)[1] != 1 else m for m in items]
    for idx, items in by_sentence.items():
        if any(m.kind == Kind.MEASURE for m in items):
            by_sentence[idx] = _gapped_measures(doc, items)
    for idx, items in by_sentence.items():
        if any(m.kind == Kind.COUNT and _no_own_noun(m) for m in items):
            by_sentence[idx] = _scaled_counts_of_measure(items, by_sentence.get(idx - 1, ()))
    for m in doc.mentions:
        if m.kind == Kind.CODE and m.sentence in by_sentence and _gapped_part(doc, m, by_sentence[m.sentence]):
            items = by_sentence[m.sentence]
            items.append(replace(m, kind=Kind.COUNT, interval=Interval(m.value, m.value)))
            items.sort(key=lambda x: x.start)
    return by_sentence


# (round 31) a short label after a list joint, then a bare figure: "152,000 tonnes, herring 78,000, haddock 41,000"
_GAPPED_MEASURE_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Za-z][\w'’-]*\s+){1,3}"
                                   # (round 52) "97,000 hectolitres, followed by cans and bottles at 77,000"
                                   r"|\s*,\s*followed\s+by\s+(?:[A-Za-z][\w'’-]*\s+){1,4}")


def _gapped_measures(doc: Document, items: list[Mention]) -> list[Mention]:
    """(round 31) A bare count with no noun, right after a measure and a list joint with a short label of its own,
    drops the unit it shares: "Mackerel made up 152,000 tonnes, herring 78,000, haddock 41,000 and all other
    species 121,000 tonnes" -- 78,000 and 41,000 are tonnes, parts of one list (each takes the unit of the one
    before it)."""
    out = list(items)
    for k in range(1, len(out)):
        m, prev = out[k], out[k - 1]
        if m.kind == Kind.COUNT and m.noun is None and not m.compound and not m.hedge and prev.kind == Kind.MEASURE \
                and m.sentence == prev.sentence and _GAPPED_MEASURE_JOINT.fullmatch(doc.text, prev.end, m.start) \
                and not any(o.start >= prev.end and o.end <= m.start for o in doc.mentions_in(m.sentence)):
            out[k] = replace(m, kind=Kind.MEASURE, unit=prev.unit)
    return out


_SCALE_END = re.compile(r"\s?(million|billion|thousand|mn|bn|m)\b", re.I)


def _scale_word(m: Mention) -> str | None:
    """The word of scale a figure is told in ("1.6 million" -> "million"), if any."""
    found = _SCALE_END.findall(m.text)
    return found[-1].lower() if found else None


def _no_own_noun(m: Mention) -> bool:
    """No noun of its own: none, or a verb read as one ("1.6 million went ..."; round 56: a present participle,
    "with the remaining 0.4 million coming from ...")."""
    return m.noun is None or m.noun.lower() in IRREGULAR_PAST or is_past_form(m.noun) or m.noun.lower() in _PARTICLES \
        or m.noun.isalpha() and m.noun.islower() and m.noun.endswith("ing") and m.value is not None and m.value > 1


# (round 52) a verb's particle read as a noun: "the remaining 60 million was set aside"
_PARTICLES = frozenset("aside away back off out up down over".split())


def _scaled_counts_of_measure(items: list[Mention], before: list[Mention] | tuple) -> list[Mention]:
    """(round 45) Bare figures told in the scale of a measure's, with no noun of their own, take its unit when
    that measure is the one measure of the sentence or of the one before: "shipped 2.8 million tonnes. About 1.6
    million went by rail, 0.9 million to U.S. customers and the rest -- 0.5 million tonnes -- through Thunder Bay"."""
    measures = [m for m in (*before, *items) if m.kind == Kind.MEASURE]
    if len({m.unit for m in measures}) != 1 or any(m.kind == Kind.MONEY for m in items):
        return items
    scale = {_scale_word(m) for m in measures}
    if len(scale) != 1 or None in scale:
        return items
    largest = max(x.value for x in measures)
    out = list(items)
    for k, m in enumerate(out):
        if m.kind == Kind.COUNT and _no_own_noun(m) and not m.compound and _scale_word(m) in scale \
                and m.value < largest:
            out[k] = replace(m, kind=Kind.MEASURE, unit=measures[0].unit, noun=None, noun_span=None)
    return out


def _in_main_unit(m: Mention) -> Mention:
    """"43p" as £0.43, so a list mixing pounds and pence adds up in one unit (round 17: "£1.28 for food, £1.41
    for wages and 43p for energy")."""
    unit, factor = money_base(m)
    iv = m.interval
    return replace(m, value=m.value * factor, unit=unit,
                   precision=m.precision * factor if m.precision is not None else None,
                   interval=iv.scale(factor) if iv is not None else None)


# "three were struck by trees, two drowned and the other was electrocuted": "the other", singular, closing a
# list of counts is one more part of one (round 11)
_THE_OTHER = re.compile(r"(?:,\s*|\s)(?:and|while|but)\s+the\s+other(?:\s+one)?(?=\s+(?:was|is|has|had|died|drowned|[a-z]+ed)\b)",
                        re.I)


def _add_the_other(doc: Document, by_sentence: dict[int, list[Mention]]) -> None:
    for idx, items in by_sentence.items():
        sent = doc.sentences[idx]
        if len(items) < 2 or items[-1].kind != Kind.COUNT or items[-2].kind != Kind.COUNT:
            continue
        hit = _THE_OTHER.search(doc.text, items[-1].end, sent.end)
        if hit is not None:
            # a zero-width figure right after "the other", so the gap before it closes the list
            items.append(Mention(start=hit.end(), end=hit.end(), text="the other", kind=Kind.COUNT, value=Fraction(1),
                                 precision=Fraction(1), interval=Interval(Fraction(1), Fraction(1)), sentence=idx))


# "three golds, four silvers and a bronze": a thing with an article closing a list of counted things is
# one more part of one -- a single noun, then the clause ends or a preposition follows (round 14)
_AND_ONE = re.compile(r"\s*,?\s+and\s+an?\s+([a-z]+)(?=\s*(?:[.,;:!?)\u2013\u2014]|$)|\s+(?:in|at|on|over|during|for"
                      r"|from|to|by|after|before|across|as|while|when|but)\b)")
_NOT_ONE_THING = frozenset("""few lot lots dozen couple number total further record third quarter half fifth tenth
    host handful pair score string series range mix bit share majority minority fraction rest remainder
    number another other similar new single double treble hat-trick year month week day decade season
    rise fall increase drop cut gain loss""".split())


def _article_one(m: Mention) -> bool:
    ws = m.text.split()
    return len(ws) == 2 and ws[0].lower() in ("a", "an") and m.value == 1 and m.noun == ws[1]


# an article item inside or before the list: "a gold, three silvers and four bronzes", "three golds, a silver
# and ..." (a single noun, then a comma or "and")
_ONE_IN_LIST = re.compile(r"(?:^|[:,–—]|\s-|\band)\s*(an?)\s+([a-z]+)(?=\s*(?:,|\band\b))")
ARTICLE_REACH = 40


def _add_one_by_article(doc: Document, by_sentence: dict[int, list[Mention]]) -> None:
    for idx, items in by_sentence.items():
        counted = [p for p in items if p.kind == Kind.COUNT and p.noun_span is not None and not p.compound]
        if len(counted) < 2 or len(counted) != len(items):
            continue
        found = []
        hit = _AND_ONE.match(doc.text, items[-1].noun_span.end, doc.sentences[idx].end)
        if hit is not None:
            found.append((hit.end() - len(hit.group(1)), hit.end()))
        lo = max(doc.sentences[idx].start, items[0].start - ARTICLE_REACH)
        for hit in _ONE_IN_LIST.finditer(doc.text, lo, items[-1].start) if " a" in doc.text[lo:items[-1].start] else ():
            if not any(p.start <= hit.start(1) < p.end for p in items) and (
                    hit.end() <= items[0].start or _near_part(doc, items, hit.start(1), hit.end())):
                found.append((hit.start(2), hit.end()))
        for start, end in found:
            noun = doc.text[start:end]
            if noun in _NOT_ONE_THING or noun.endswith(("s", "ly")) and not noun.endswith(("ss", "us")):
                continue
            first = doc.text.rindex(" ", 0, start - 1) + 1
            items.append(Mention(start=first, end=end, text=doc.text[first:end], kind=Kind.COUNT,
                                 value=Fraction(1), precision=Fraction(1), interval=Interval(Fraction(1), Fraction(1)),
                                 noun=noun, noun_span=Span(start, end), sentence=idx))
        if found:
            items.sort(key=lambda x: x.start)


# "11 passengers, the driver and five pedestrians": a definite singular noun between two counted parts,
# right after the first part's noun and right before "and" and the next, is one more part of at least one
# (open above, since "the crew" may be many), so the list is never short of the whole by less (round 17)
_THE_ONE_IN_LIST = re.compile(r",\s+the\s+([a-z]+),?\s+and\s+$")


def _add_one_by_definite(doc: Document, by_sentence: dict[int, list[Mention]]) -> None:
    for idx, items in by_sentence.items():
        counted = [p for p in items if p.kind == Kind.COUNT and p.noun_span is not None and not p.compound]
        if len(counted) < 2 or len(counted) != len(items):
            continue
        found = []
        for a, b in zip(items, items[1:]):
            hit = _THE_ONE_IN_LIST.match(doc.text, a.noun_span.end, b.start)
            if hit is None or hit.end() != b.start:
                continue
            noun = hit.group(1)
            if noun in _NOT_ONE_THING or noun.endswith(("s", "ly", "est")) and not noun.endswith(("ss", "us")):
                continue
            start = hit.start(1) - len("the ")
            found.append(Mention(start=start, end=hit.end(1), text=doc.text[start:hit.end(1)], kind=Kind.COUNT,
                                 value=Fraction(1), precision=Fraction(1), interval=Interval(Fraction(1), None),
                                 noun=noun, noun_span=Span(hit.start(1), hit.end(1)), sentence=idx))
        if found:
            items.extend(found)
            items.sort(key=lambda x: x.start)


def _near_part(doc: Document, items: list[Mention], start: int, end: int) -> bool:
    """An article item between two parts, each a few words away: "three golds, a silver and four bronzes"."""
    before = [p for p in items if p.end <= start]
    after = [p for p in items if p.start >= end]
    return bool(before and after) and len(words(doc.text[before[-1].noun_span.end:start])) <= 1 \
        and len(words(doc.text[end:after[0].start])) <= 1


COUNT_OF_KIND_MIN = 100


def _count_of_kind(m: Mention) -> bool:
    """"21,500 day passes", "1,200 week tickets": a singular period word
    between a large count and a plural noun names a kind of the things
    counted, not a length of time (unlike "a 12 month contract")."""
    unit = (m.unit or "").lower()
    return m.noun is not None and m.noun_span is not None and not m.is_range and not m.compound \
        and m.value is not None and m.value >= COUNT_OF_KIND_MIN and m.text.lower().endswith(" " + unit) \
        and categories.normalise(m.noun) == m.noun.lower() and m.noun.lower().endswith("s")


def _as_count(m: Mention) -> Mention:
    number = m.text[:m.text.lower().rfind(" ")].rstrip()
    return replace(m, kind=Kind.COUNT, unit=None, text=number, end=m.start + len(number))


# "Labour won 23 seats, the Conservatives 18 and the Greens nine": a name, then a bare number
# standing for the verb and noun of the part before (read as a code like "Ward 4" elsewhere)
_GAPPED_NAME_BEFORE = re.compile(r"(?:,|\band)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}$")
_GAPPED_AFTER = re.compile(r"^\s*(?:,|\band\b|\.|;|$)")


def _gapped_part(doc: Document, m: Mention, items: list[Mention]) -> bool:
    if m.value is None or m.value != int(m.value) or not m.text.isdigit():
        return False
    names = [words(doc.text[max(0, x.start - 20):x.start])[-1:] for x in doc.mentions_in(m.sentence)
             if x.kind == Kind.CODE]
    if len({tuple(n) for n in names}) < len(names):
        return False  # "Ward 4, Ward 5 and Ward 6": codes of one series
    before = doc.text[max(doc.sentences[m.sentence].start, m.start - 40):m.start]
    # the part before is the model: a count with its noun ("won 23 seats") or another gapped part
    prev = [x for x in items if x.end <= m.start]
    model = prev[-1] if prev else None
    return bool(_GAPPED_NAME_BEFORE.search(before) and _GAPPED_AFTER.match(doc.text[m.end:m.end + 8])
                and model is not None and model.kind == Kind.COUNT and not model.compound
                and (model.noun or _GAPPED_NAME_BEFORE.search(
                    doc.text[max(doc.sentences[m.sentence].start, model.start - 40):model.start])
                     or _FIRST_GAPPED.search(doc.text[doc.sentences[m.sentence].start:model.start]))
                and len(words(doc.text[model.noun_span.end if model.noun_span else model.end:m.start])) <= 4)


# ", with 15 extras" after a list closed by what is left: one more part, or none of the list's
_WITH_EXTRA = re.compile(r"^(?:\s+[a-z]+){0,3}\s*,\s*(?:and\s+)?(?:with|plus)\s+(?:(?:a\s+further|another)\s+)?$", re.I)


def _with_extra(doc: Document, enum, items) -> Mention | None:
    """"Rao made 58, Hale 41 and the rest 39 between them, with 15 extras": the
    last figure of the sentence, added by "with" after a closed list (round 15)."""
    later = [m for m in items if m.start >= enum[-1].end]
    if len(later) != 1 or later[0].kind != enum[-1].kind or later[0].noun is None \
            or not _WITH_EXTRA.match(doc.text[enum[-1].end:later[0].start]):
        return None
    return later[0]


def _with_extra_read(doc: Document, enum, items, by_sentence, extra: Mention) -> list[PartsOfWhole]:
    """The closed list read with and without the part added by "with": the
    parts without it when they agree with the total, else the parts with it."""
    found = []
    for rel in _relations_for(doc, enum, items, by_sentence, True):
        if not rel.complete or agrees(rel):
            found.append(rel)
            continue
        found.append(replace(rel, parts=rel.parts + (extra,)))
    return found


# round 20: a part's own noun (or none), then "from" and the count of the occasions it came from
_FROM_OCCASIONS_GAP = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,2}?from\s+(?:(?:his|her|their|its|the)\s+)?$", re.I)


def _occasions_in_label(doc: Document, part: Mention, m: Mention) -> bool:
    """"96 points from six wins", "40 from five draws": a count of other things after "from", in a part's label,
    each under the part it yields (a tally and its occasions, as ``_yield_from_occasions``)."""
    return m.kind == Kind.COUNT and part.kind == Kind.COUNT and m.noun is not None and not m.compound \
        and m.value is not None and part.value is not None and m.value < part.value \
        and bool(_FROM_OCCASIONS_GAP.fullmatch(doc.text, part.end, m.start))


# (round 32 review) a list closed by "and", then a thing of another noun added beside it: "260 flats and 220 houses,
# together with 40 shops" (the shops are no homes)
_CLOSED_BY_AND = re.compile(r"\band\s+$", re.I)
_BESIDE_AFTER_LIST = re.compile(r"^[^,;:()]*,\s*(?:along\s+with|as\s+well\s+as|plus|together\s+with)\s+$", re.I)


def _beside_a_closed_list(doc: Document, run: list[Mention], m: Mention) -> bool:
    """(round 32 review) ``m`` is added beside a list already closed by "and", its own noun none of the list's ("1,500
    adults and 900 children, together with 300 crew")."""
    if len(run) < 2 or m.noun is None or not _CLOSED_BY_AND.search(doc.text, run[-2].end, run[-1].start) \
            or not _BESIDE_AFTER_LIST.match(doc.text[run[-1].end:m.start]):
        return False
    nouns = [p.noun for p in run if p.noun]
    return bool(nouns) and not any(categories.same_thing(m.noun, n) for n in nouns)


# (round 42) a quantity of a thing, then what it is worth: "3kg of heroin worth ", "400 tonnes of steel valued at "
_VALUED_LABEL = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){1,3}?(?:worth|valued\s+at)\s+(?:(?:about|around|some|an\s+estimated)\s+)?",
                           re.I)


_DASH_OPENS = re.compile(r"(?:—|–|\s-|--)\s*$")
_DASH_IN = re.compile(r"—|–|\s-\s|--")


def _dash_closed(doc: Document, run: list[Mention], m: Mention) -> bool:
    """(round 43) A list opened by a dash is closed by the next: "with 112 winners -- 64 on the flat and 38 over
    jumps -- and more than €1.9 million in prize money" (the money is no part)."""
    start = doc.sentences[run[0].sentence].start
    return bool(_DASH_OPENS.search(doc.text, max(start, run[0].start - 3), run[0].start)) \
        and bool(_DASH_IN.search(doc.text, run[-1].end, m.start))


def _enumerations(doc: Document, items: list[Mention]):
    run: list[Mention] = []
    skip = None
    for k, m in enumerate(items):
        if m is skip:
            continue
        if run and _continues(doc, run[-1], m) and not _beside_a_closed_list(doc, run, m) \
                and not _dash_closed(doc, run, m):
            run.append(m)
            continue
        if run and k + 1 < len(items) and run[-1].kind == items[k + 1].kind == Kind.COUNT \
                and m.kind in (Kind.MONEY, Kind.MEASURE, Kind.AGE) and _continues(doc, run[-1], items[k + 1]):
            # "260 for under £200,000, 190 for ...", "210 within 5 miles, 130 ...": a figure of another kind
            # in a part's label; (round 43) an age, "1,977 patients over 65 and 429 children"
            run.append(items[k + 1])
            skip = items[k + 1]
            continue
        if run and k + 1 < len(items) and m.kind != run[-1].kind and items[k + 1].kind == run[-1].kind \
                and _VALUED_LABEL.fullmatch(doc.text, m.end, items[k + 1].start) and _continues(doc, run[-1], items[k + 1]):
            # (round 42) "cocaine worth £1.2m and 3kg of heroin worth £400,000": the quantity of the next part's thing
            run.append(items[k + 1])
            skip = items[k + 1]
            continue
        if run and k + 1 < len(items) and _compound_in_label(doc, run[-1], m, items[k + 1]):
            # round 25: "2,870 needing a one-bedroom home, 1,640 a two-bedroom home and ...": a modifier of the
            # label's noun, no part
            run.append(items[k + 1])
            skip = items[k + 1]
            continue
        if run and k + 1 < len(items) and run[-1].parenthetical and _count_in_bracket_label(doc, m, (items[k + 1],)) \
                and _continues(doc, run[-1], items[k + 1]):
            # round 20: "new laboratories (£3.1m), 12 extra lecturers (£2.2m) and ...": a count in a bracketed
            # part's label
            run.append(items[k + 1])
            skip = items[k + 1]
            continue
        if run and k + 1 < len(items) and _occasions_in_label(doc, run[-1], m) \
                and _continues(doc, run[-1], items[k + 1]):
            # round 20: "96 points from six wins, 40 from five draws and ...": the occasions a part came from
            run.append(items[k + 1])
            skip = items[k + 1]
            continue
        if run and k + 1 < len(items) and _subset_aside(doc, run[-1], m, items[k + 1]):
            # "won 36 bouts, 24 of them inside the distance, lost three and drew one": a subset of the part
            run.append(items[k + 1])
            skip = items[k + 1]
            continue
        if run and k + 1 < len(items) and _including_aside(doc, run[-1], m, items[k + 1]):
            # round 25: "$38.5m on Friday, including $12.1m from previews, then $31.4m on Saturday": a piece of the part
            run.append(items[k + 1])
            skip = items[k + 1]
            continue
        if run and k + 1 < len(items) and _counts_other_things(m, run[-1], items[k + 1]) \
                and _rest_closes(doc, run[-1], items[k + 1], doc.text[run[-1].end:items[k + 1].start]):
            # (round 32) "..., with the four smaller parties sharing the remaining 1,010": a count of other things
            # in the label of what is left, no part
            run.append(items[k + 1])
            skip = items[k + 1]
            continue
        if run and k + 1 < len(items) and _inside_clause(doc, run[-1], m, items[k + 1]):
            # "38 had received one dose and 35 ...": a figure inside a part's own clause
            run.append(items[k + 1])
            skip = items[k + 1]
            continue
        if len(run) >= 2:
            yield tuple(run)
        run = [m]
    if len(run) >= 2:
        yield tuple(run)


# (round 49) a group's count, then its verb of sharing what is left: "and the five minor candidates shared the remaining
# 97,000" (the count is no part: ``_label_of_part``)
_GROUP_SHARED_REST = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:shared|share|shares|sharing|split|splitting|took|"
                                r"taking|won|winning)\s+(?:the\s+)?(?:remaining|rest|other)\b", re.I)


def _compound_in_label(doc: Document, a: Mention, inner: Mention, b: Mention) -> bool:
    """Round 25: a count written as a modifier after a determiner inside the label of the part before it ("2,870
    needing a one-bedroom home, 1,640 ...", "140 in a two-bedroom house and 85 ..."): it sizes the label's noun, so
    the list runs on past it to the next count (which must continue from the part, as if the modifier were words)."""
    return a.kind == inner.kind == b.kind == Kind.COUNT and inner.compound and not a.compound and not b.compound \
        and _DETERMINER_BEFORE.search(doc.text, max(a.end, inner.start - 6), inner.start) is not None \
        and not any(a.end <= o.start < b.start and o is not inner for o in doc.mentions_in(a.sentence) if o.is_quantity) \
        and _continues(doc, a, b)


# words right after a figure that make it a difference, not a part:
# "four points behind Arsenal", "five more than last year"
# (round 29) the words before the comparative are words, not a dash closing an aside: "37 medals - 16 gold, eight
# silver and 11 bronze - ahead of Germany on 29" (11 is a part, not a margin)
_COMPARATIVE_AFTER = re.compile(r"^(?:(?!\s[-–—]\s)\W)*(?:\w[\w'’-]*[\s,]+){0,2}?(?:behind|ahead|clear|adrift|back|short|more|fewer|less"
                                r"|higher|lower|above|below|up|down|extra|better|worse)\b(?![-‐]\w)", re.I)
# (a comparative joined to a noun by a hyphen is a compound modifier: "780 were short-haul", round 14)


_LEVEL_FROM = re.compile(r"\s+from\b", re.I)
# (round 52: or a place, "10 from the back court")
_THE_COMPARATIVE_END = re.compile(r"\bthe\s+(?:higher|lower|upper|better|worse|back|front)$", re.I)
# "up"/"down" then a definite path: "21 down the internal stairwell", "9 up the fire escape" (not a rank: "up
# the table"; not a size: "up a third")
_PATH_AFTER = re.compile(r"\W*(?:up|down)\s+(?:the|its|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?"
                         r"(?!(?:table|league|rankings?|standings|order|list|charts?|ladder|pecking)\b)[a-z][\w'’-]*"
                         r"(?:\s*[,.;)]|\s+(?:and|to|by|from|on|in|at|of)\b|\s*$)", re.I)
_UP_FRONT = re.compile(r"^\s+up[\s-]?front\b", re.I)
_PHRASAL_VERB = re.compile(r"\b(?:\w+ed|put|set|cut|shut|broken|taken|laid|given|shot|struck|torn|sent|held|kept|adds?|adding"
                           r"|made|makes?|making)"  # ("... and Ward's 19 made up the 74 points": round 21)
                           r"\s+(?:up|down)$", re.I)


# a part's verb and its particle, right after the figure: "318 were referred back to their GP", "85 went ahead as
# planned", "14 were left behind", "9 were cut short" (no difference; round 18)
_VERB_PARTICLE = re.compile(r"\s*(?:(?:were|was|are|is|been|being|be|had|have|has)\s+)?(?:[a-z]+ed|sent|brought|taken|given"
                            r"|held|kept|paid|sold|told|put|set|cut|left|went|gone|came|come|fell|fallen|ran|got|won)"
                            r"\s+(?:back|behind|ahead|short|up|down)"
                            # a verb, then a comparative of its own object or place: "318 needed extra care", "318
                            # scored below the pass mark", "318 got less than they asked for"
                            r"|\s*(?:[a-z]{3,}ed|got|gets|get|gave|give|paid|pay|took|take|came|went|fell|ran|won|made|had"
                            r"|have|has|need|needs|want|wants|earn|earns|score|scores)\s+(?:more|less|fewer|extra|higher"
                            r"|lower|above|below|better|worse)"
                            # "642 were better off", "318 were no worse off"
                            r"|\s*(?:were|was|are|is)\s+(?:no\s+)?(?:better|worse)", re.I)


# a verb and a comparative adverb of how often or how fast, right after the figure: "14 will run less often", "9
# now sail more slowly" (what became of the part, no difference; round 19)
_COMPARATIVE_ADVERB = re.compile(r"^\s+(?:(?:will|would|could|may|might|must|now|to)\s+)?(?:be\s+)?[a-z]{2,}\s+(?:less|more)\s+"
                                 r"(?:often|frequently|regularly|slowly|quickly|rarely)\b", re.I)


_MORE_PLACED = re.compile(r"^\s+more\s+(?:before|after|on|in|at|during|overnight|by|over|were|was|are|had|have"
                          r"|withdrew|fell|went|came|left|ran|quit|took|got|won|lost|\w+ed)\b", re.I)  # "six more deferred", "12 more were hurt": an addition


# a rival placed by a figure of its own, after a comma: "won with 3,105 votes, ahead of the Tory candidate on 2,215":
# two totals ranked, no difference (round 16)
_AHEAD_OF_RIVAL = re.compile(r"^\s*(?:[\w'’-]+\s*)?,\s*(?:(?:just|well|comfortably|narrowly|some\s+way)\s+)?"
                             r"(?:ahead\s+of|in\s+front\s+of|behind)\s+[^,;:.()\d]{1,60}?\b(?:on|with)\s+$", re.I)


def _ranked_rival_after(doc: Document, m: Mention) -> bool:
    nxt = next((x for x in doc.mentions_in(m.sentence) if x.start >= m.end), None)
    return nxt is not None and bool(_AHEAD_OF_RIVAL.match(doc.text[m.end:nxt.start]))


# a comparative after a preposition and before the part's own noun labels the part: "£4.8m in higher drug
# costs", "£15.9m on extra agency staff" (round 16), not "£4.8m higher than" nor "three places higher in"; (round
# 32) also past a participle: "510 moved to higher ground"; (round 33) after "at", the noun may be quoted: "171 at
# the higher \"affordable rent\""
_COMPARATIVE_IN_LABEL = re.compile(r"^\s+(?:[a-z]{2,}(?:ed|en)\s+)?(?:in|on|at|for|from|of|towards?|through|to|into)\s+(?:the\s+)?(?:extra|higher|lower|more"
                                   r"|fewer|less|better|worse|greater|bigger|larger|smaller)\s+(?!than\b)[\"“‘']?[a-z]", re.I)


def _comparative_in_label(doc: Document, m: Mention) -> bool:
    return bool(_COMPARATIVE_IN_LABEL.match(doc.text[m.end:m.end + 40]))


def _is_difference(doc: Document, m: Mention) -> bool:
    found = _COMPARATIVE_AFTER.match(doc.text[m.end:m.end + 40])
    if found and (found.group(0).rstrip().lower().endswith(("ahead", "behind", "front")) and _ranked_rival_after(doc, m)
                  or _comparative_in_label(doc, m)):
        return False
    if found and _UP_FRONT.match(doc.text[m.end:m.end + 20]):
        return False  # "paid £5m up front": how it was paid, no difference (round 12)
    if found and _THE_COMPARATIVE_END.search(found.group(0)):
        return False  # (round 50) "402 receiving the higher dose, 398 the lower dose": one of two named, no difference
    if found and _PATH_AFTER.match(doc.text, m.end + found.start(), m.end + found.end() + 40):
        return False  # "21 down the back stairs", "9 up the fire escape": the way they went, no difference (round 23)
    if found and _LEVEL_FROM.match(doc.text, m.end + found.end(), m.end + found.end() + 8):
        return False  # "and 32 girls' teams, up from 19 a year ago": a new level beside its old one (round 18)
    if found and any(m.end < x.start < m.end + found.end() for x in doc.mentions_in(m.sentence)):
        return False  # "refused 11, with six more deferred": the comparative of the next figure
    # "121 were turned down", "58 were set up": a phrasal verb, no difference; "7 more
    # before dawn", "12 more on Sunday": an addition placed in its period
    return bool(found) and not _PHRASAL_VERB.search(found.group(0)) and not _VERB_PARTICLE.fullmatch(found.group(0)) \
        and not (
        _MORE_PLACED.match(doc.text[m.end:m.end + 40])) and not _COMPARATIVE_ADVERB.match(doc.text[m.end:m.end + 40])


# after "either", "or" joins two bracketed parts: "assigned either the vaccine (1,150) or a dummy jab (1,050)"
# (round 16)
_BRACKETED_OR = re.compile(r"^(\s*\)\s*,?\s*)or(\b[^()\[\];:\"“”]{1,40}\()$", re.I)
_EITHER_THEN_BRACKET = re.compile(r"\beither\b[^;:()\d]{0,60}\($", re.I)
# "donations (£1.4m), grants (£0.7m) and its shops (£0.5m)": bracketed parts after their labels
# a rate closing a bracketed part: "(84 a week)", "(£2m a year)"
_BRACKET_RATE = re.compile(r"^\s+(?:a|per|each)\s+(?:day|night|week|month|year)(?=\s*\))", re.I)
_BRACKETED_NEXT = re.compile(r"^\s*\)\s*(?:,|,?\s*and\b)[^()\[\];:\"“”]{1,40}\($", re.I)
# a word right after a part that labels it, not a break: "1,480 among adults and 950 ...",
# "30 voted for, 21 against and the rest ..."
_OF_THEM_AFTER = re.compile(r"^\s*of (?:them|whom|which|these|those|it|that)\b", re.I)
_OF_THEM_FIRST = re.compile(r"^\s*of (?:them|whom|which|these|it|that)\b", re.I)  # "1,240 homes, 620 of which ..."
_AMONG_AFTER = re.compile(r"^\s*(?:among\b|against(?=\s*(?:,|\band\b)))", re.I)


# "312 voting against the bill, 219 for it", "41 against it and ...": the side of a vote, no comparison
# ("against 40 a year ago")
_VOTE_AGAINST = re.compile(r"(?:^\s*|\b(?:vot(?:ed|ing|es?)|were|was|are|is|came\s+out)\s+)against\b"
                           r"(?!\s*$)(?!\W+(?:[\w'’-]+\W+){0,2}\d)",
                           re.I)


_PARTICIPLE = r"[a-z]{3,}ing"  # a word in -ing: a participle, or a noun of ``_ING_NOUNS``
_PARTICIPLE_GAP = re.compile(r",\s*" + _PARTICIPLE + r"\s+$")
# words in -ing that label a part as a noun: "contributed £4.1m, catering £1.6m and ..." (round 15)
_ING_NOUNS = frozenset("""catering housing funding advertising clothing shipping banking parking lending training
    heating printing marketing licensing ticketing boxing sailing cycling swimming running racing rowing mining
    farming fishing manufacturing engineering publishing broadcasting streaming gaming betting gambling nursing
    policing schooling borrowing spending saving savings building lighting plumbing roofing flooring
    herring whiting sterling ceiling evening morning wedding spring string king wing thing sibling seedling
    duckling yearling pudding stuffing icing filling bedding""".split())  # (round 31: nouns that are no participle)
# a relative clause on a part of a comma series, closed by the series' ", and" before the last part
_RELATIVE_THEN_AND = re.compile(r"^\s+(?:[a-z][\w'’-]*\s+){0,3}(?:[a-z][\w'’-]*,\s+)?(?:who|that)\s+[^;:()\[\]\"“”\d,]{1,60},"
                                r"\s*and\s+$")
_AFTER_COMMA = re.compile(r"(?:,|:|\s[-–—])\s*$")  # (or the colon or dash opening the list: round 15)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our)\s+$", re.I)


def _fractional(m: Mention) -> bool:
    """A count with a fraction of one ("98.7"): an average or a rating, not a number of things."""
    return m.value is not None and m.value.denominator != 1


# "made 9 of 14 shots, five of them three-pointers, and added 8 free throws": more, beyond the whole
_ADDED_END = re.compile(r",?\s+and\s+(?:also\s+)?(?:added|adds)\s+$"
                        # "employs 140 people, 46 of them nurses, and relies on about 600 volunteers": a verb of its
                        # own with the subject left out, another group (round 17)
                        r"|,\s+and\s+(?:also\s+)?(?:relies|relied|depends|depended|draws|drew|counts|counted|calls|called)"
                        r"\s+(?:on|upon)\s+$")


# (round 24, speed) what a gap must hold before ``_continues`` can say yes: a list word ``_LIST_CONNECTOR`` reads, a
# semicolon or "but" its readings of a rest or a clause take, or "or" between two bracketed parts that it reads as
# "and" ("rose to 41 on Monday from 35" holds none: most gaps between two figures of a sentence)
_CONTINUE_MARKS = (",", ";", "and", "while", "plus", "whereas", "along with", "as well as", "together with", "but")


def _no_list_mark(a: Mention, b: Mention, gap: str) -> bool:
    """The gap holds none of ``_CONTINUE_MARKS`` in any case (a gap with a letter other than ASCII is read in full:
    a case-blind pattern may read one as an ASCII letter)."""
    if not gap.isascii():
        return False
    low = gap.lower()
    for mark in _CONTINUE_MARKS:
        if mark in low:
            return False
    return not (a.parenthetical and b.parenthetical and "or" in low)


# (round 32) a suspended hyphen joins two words of one label, no alternative: "drink- or drug-driving", "two- and
# three-bedroom"
_SUSPENDED_HYPHEN = re.compile(r"(?<=\w)-\s+(?:or|and)\s+(?=[a-z]+-[a-z])", re.I)


# (round 32) an aside on a part set off by a pair of dashes, before a list word: "4,100 nurses - almost 45% of the
# workforce - along with 1,350 doctors", "870 teachers — the largest group — plus 640 lecturers"
_DASHED_ASIDE = re.compile(r"(?<=\w)(\s[-–—]\s|\s?—\s?)[^-–—;:()\[\]]{2,70}?\1"
                           r"(?=\s*(?:,\s*)?(?:and|plus|along\s+with|as\s+well\s+as|together\s+with|with)\s+$)", re.I)


def _dashed_aside_dropped(doc: Document, a: Mention, b: Mention, gap: str) -> str:
    """The gap with an aside between dashes on the part before it dropped, when the aside holds no figure of the
    list's kind (a share of it may stand there: "- almost 45% of the workforce -", "- a third of them -")."""
    found = _DASHED_ASIDE.search(gap)
    if found is None or any(a.end + found.start() <= m.start < a.end + found.end() and _compatible_kinds(a, m)
                            for m in doc.mentions_in(a.sentence) if m.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE)):
        return gap
    return gap[:found.start()] + " " + gap[found.end():]


# (round 32 review) a new base opened before the next figure: ", and of 2023's, ", "; of the women, ", "while among the
# rest, "
_NEW_BASE_LEAD = re.compile(r"(?:;\s*|\b(?:and|but|while|whereas)\s+)(?:of|among)\s+(?!which\b|whom\b|them\b|those\b)"
                            r"[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*,\s*$", re.I)

# ... or named right after the figure opening a clause of its own: "..., while 210 of the 880" (not the list's whole
# after its last part: "won 19, drew two and lost eight of their 27 matches")
_CLAUSE_JOINT_END = re.compile(r"\b(?:while|whereas|but)\s+$", re.I)
_OWN_BASE_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[$£€]?\d|(?:19|20)\d\d['’]s\b)", re.I)


# (round 45) a count of things as a subject, then its verb and figures of its own: " new plays sold 11,400"
_ITEMS_COUNTED_AS_SUBJECT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+s\s+(?:[a-z]{3,}ed|sold|won|took|made|drew|brought\s+in"
                                       r"|had|got)\s+(?:a\s+combined\s+|a\s+total\s+of\s+|between\s+them\s+)?[£$€]?\d")
_THE_BEFORE_END = re.compile(r"\b(?:the|its|their|his|her)\s+$", re.I)
# (round 61) a part of "of whom"/"of which", then another holder named with its own count: "540 apprentices, of whom
# 335 finished, while Hillbrook had 310"
_OTHER_HOLDER_GAP = re.compile(r"[^,;.\d]{0,40},\s*(?:while|whereas|but)\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:had|has|have)\s+")
_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:whom|which|them)\s+$")
# (round 45) a part's label of how often, its verb and "every" a period, closed by a comma: " travel every weekday, "
_EVERY_PERIOD_LABEL = re.compile(r"\s+[a-z]+\s+every\s+(?:week)?(?:day|night|week|month|year|morning|evening)\s*,\s*", re.I)
# ... and the next part's label of how often: "610 three or four days a week", "320 less often", "90 once a month"
_FREQUENCY_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:a|per|every)\s+(?:week)?(?:day|week|month|year)\b"
                             r"|\s+(?:once|twice|never|rarely|occasionally|sometimes|(?:less|more)\s+often)\b", re.I)


def _continues(doc: Document, a: Mention, b: Mention) -> bool:
    gap = doc.text[a.end:b.start]
    if "-" in gap:  # (round 34, speed: every suspended hyphen is one)
        gap = _SUSPENDED_HYPHEN.sub("-", gap)
    if "-" in gap or "—" in gap:
        gap = _dashed_aside_dropped(doc, a, b, gap)
    if ("'" in gap or "’" in gap) and _tally_summed_after(doc, a, b, gap):
        return True  # (round 30) "kicked 14 penalties to their rivals' eight, 22 in total": the sides, then their sum
    if "every" in gap and _EVERY_PERIOD_LABEL.fullmatch(gap) and _FREQUENCY_AFTER.match(doc.text, b.end, b.end + 50):
        gap = ", "  # (round 45) "1,150 travel every weekday, 610 three or four days a week": how often, each part's label
    if _no_list_mark(a, b, gap):
        return False  # (round 24, speed: every yes below needs one of the marks; the costlier tests after)
    if _ADDED_END.search(gap):
        return False
    if _THE_BEFORE_END.search(gap) and _ITEMS_COUNTED_AS_SUBJECT.match(doc.text, b.end):
        return False  # (round 45) "29,700 of them, while the two new plays sold 11,400 and 9,100": a count of things
        # that are a sentence's subject, their own figures after their verb, no part
    if _OTHER_HOLDER_GAP.fullmatch(gap) and _PARTITIVE_BEFORE.search(doc.text, max(0, a.start - 12), a.start):
        return False  # (round 61) "of whom 335 finished, while Hillbrook had 310": another holder's own count, no part
    if _NEW_BASE_LEAD.search(gap) or _OWN_BASE_AFTER.match(doc.text, b.end) and _CLAUSE_JOINT_END.search(gap):
        return False  # (round 32 review) "Of last year's total, £1.9m came from donations, and of 2023's, £1.5m did",
        # "..., while 210 of the 880 in the previous year concerned staff": a part of another whole
    if (verb := _NEXT_PREDICATE.search(gap)) and (a.noun is None and b.noun is not None or verb.group("just")) \
            and (is_past_form(verb.group(1)) or verb.group(1) in IRREGULAR_PAST):
        return False  # (round 31) "killed nine people, five in A, three in B and two in C, and left 40,000 homes without
        # power": the subject's next verb and its own things, no part; or its own bare count, "just" or "only" before
        # it ("61 at home and 33 on the road, and conceded just 31")
    if _FURTHER_END.search(gap) and _INTENT.search(gap):
        return False  # "employs 46 people, 29 of them full time, and expects to take on another 20": yet to come
    if _MODAL_CLAUSE.search(gap):
        return False  # (round 37) "winning 28 and losing 17, and will start 2026 ranked inside the top 30": the
        # subject's next clause, yet to come
    if _rival_side_closes(doc, a, gap):
        return False  # (round 30) "scored 31 points to the visitors' 24 and kicked 14": the tally ends at the rival's 24
    if b.noun is not None and _SPAN_PREPOSITION_END.search(gap):
        return False  # "half of them, 32, made the cut after 36 holes": a span or a measure, no part
    if _rest_closes(doc, a, b, gap):
        return True  # "the remaining 40 were judged less urgent": what is left, no difference
    if _is_difference(doc, a) or _is_difference(doc, b):
        return False
    if not _compatible_kinds(a, b) or any(m.compound and _GROUP_SIZE.search(m.text) for m in (a, b)):
        return False  # "..., giving a 48-seat council": the size of the whole, no part
    if a.kind == b.kind == Kind.COUNT and _fractional(a) != _fractional(b):
        return False  # "an average of 101.4 against his rival's 98.7, and hit 14 ...": a rate, then a count
    if b.compound and _DETERMINER_BEFORE.search(gap):
        return False  # "..., a three-game total of 98": a modifier in a noun phrase, no part (round 12)
    if _RELATIVE_THEN_AND.match(gap) and _AFTER_COMMA.search(doc.text, max(0, a.start - 3), a.start):
        return True  # "..., 48,000 former staff who have left, and 41,000 retirees": a part's own clause in a series
    if _shared_series_label(doc, a, gap):
        return True  # round 24: "split between A holding 3,400, a new B with 5,800 and ...": each part's label
    if _PARTICIPLE_GAP.search(gap) and not _PARTICIPLE_BEFORE.search(doc.text[max(0, a.start - 20):a.start]) \
            and words(gap)[-1].lower() not in _ING_NOUNS:
        return False  # "made 51 decisions, approving 38 ...": the head clause, then its participles
    if _ONLY_BEFORE.search(gap):
        return False  # "..., the only two lines hit": a count of the items, no part
    if _heads_of_the(doc, a) or _OF_THEM_AFTER.match(doc.text[b.end:b.end + 12]):
        return False  # "Of the 260 jobs, 150 ...", "arrested 27 people, 19 of them men"
    if "," in gap and _IN_BASE_PHRASE.match(doc.text[doc.sentences[a.sentence].start:a.start]):
        return False  # "Of the 900 staff at the three sites, 500 ...": the comma closes the base

    gap = _OF_THEM_AFTER.sub(" ", gap)  # "19 of them men and 12 women"
    gap = _EXAMPLES_ASIDE.sub("", gap)  # (round 32) "... of pelagic species such as mackerel and herring, 96,000 ..."
    gap = _INCLUDING_ASIDE.sub("", gap)  # (round 33) "£41m on Friday, including previews, £37m on Saturday and ..."
    gap = _PART_OWN_WHICH.sub(" where", gap)  # (round 33) "29 in which the accused admitted it, 11 that ...": "where"
    gap = _WITH_MORE.sub(", and ", gap)  # "refused 11, with a further six deferred"
    if _SEMI_MORE.search(gap) and (_SEMI_MORE.search(gap).group(1) or re.match(r"^\s+more\b", doc.text[b.end:b.end + 8])
                                   # "... and an independent on 651; 19 papers were spoilt" (round 16)
                                   or _SPOILED_AFTER.match(doc.text[b.end:b.end + 40])):
        gap = _SEMI_MORE.sub(", and ", gap)  # "refused 11; six more were deferred": one more part
    gap = _SEMI_REST.sub(", and the other ", gap)  # "include 200 students; the other 120 are ...": the last part
    if _WITH_BARE.search(gap) and (re.match(r"^\s+more\b", doc.text[b.end:b.end + 8]) or _cast_no_vote(doc, b)):
        gap = _WITH_BARE.sub(", and ", gap)  # "refused 11, with six more deferred", "..., with three abstentions"
    if _clause_list(doc, a, b, gap):
        return True
    if a.parenthetical and b.parenthetical and (either := _BRACKETED_OR.match(gap)) \
            and _EITHER_THEN_BRACKET.search(doc.text, max(doc.sentences[a.sentence].start, a.start - 70), a.start):
        gap = either.group(1) + "and" + either.group(2)  # "either the vaccine (1,150) or a dummy jab (1,050)"
    if a.parenthetical and b.parenthetical and _BRACKET_RATE.match(gap):
        gap = gap[_BRACKET_RATE.match(gap).end():]  # "the main line (84 a week) and the branches (24)" (round 18)
    if a.parenthetical and b.parenthetical and _BRACKETED_NEXT.match(gap):
        gap = gap[gap.index(")") + 1:gap.rindex("(")]
    if _no_list_gap(gap) and not _parallel_long_labels(doc, b, gap):
        return False  # (round 21, speed: the two cheap tests of the end first; every test left says no alike)
    # "4,100 litres of fuel on Monday and ...": the material of a measure, no base
    of_base = _PART_OF_BASE.match(gap) and not (a.kind == Kind.MEASURE and _OF_MATERIAL.match(gap)) \
        and not _gapped_of(doc, a, gap) and not _of_phrase_then_list(gap) and not _portion_of_whole_then_gapped(doc, a, gap)
    if _BREAKS.search(_VOTE_AGAINST.sub(" ", _AMONG_AFTER.sub(" ", gap))) \
            or _EDGE_BREAKS.search(gap) and not _named_with_series(doc, a, gap, b) \
            and not _with_labels_in_series(doc, b, gap) or of_base \
            or _COMMA_WITH.search(gap) \
            or any(c.group(0).lower() not in _CAME_FROM for c in _COMPLETE_BEFORE.finditer(gap)):
        return False
    # (a list word and few enough words: ``_no_list_gap`` above)
    gap_words = words(gap)
    last_words = gap_words
    labels = [m for m in doc.mentions_in(a.sentence) if a.end <= m.start and m.end <= b.start]
    if labels and (labels[-1].kind == Kind.AGE or _label_of_part(doc, labels[-1])
                   or a.kind == b.kind == Kind.COUNT and labels[-1].kind in (Kind.MONEY, Kind.MEASURE)):
        label_end = labels[-1].end
        if labels[-1].kind == Kind.AGE and (open_end := _OPEN_END_AFTER.match(doc.text, label_end, b.start)):
            label_end = open_end.end()  # (round 30) an open age band: "1,104 people aged 65 and over, 566 ..."
        last_words = words(doc.text[label_end:b.start])  # past an age that labels a's members: "aged 18 to 34, "
    if _OWN_NOUN_OF.search(gap) and len(last_words) >= 2:
        last_words = last_words[:-1]  # "38,950 home fans plus an away allocation of 3,422": the part's own phrase
    if last_words[-1:] == ["plus"] and len(last_words) >= 2 and last_words[-2] not in _LAST_WORD_BLOCKS:
        last_words = last_words[:-1]  # "a £900,000 fine plus £540,000 costs": a noun, then one more part
    if last_words and last_words[-1] in _LAST_WORD_BLOCKS and not (
            gap_words[-1].endswith("ing") and _PARTICIPLE_BEFORE.search(doc.text[max(0, a.start - 20):a.start])):
        return False  # "rising 40 ...", but "winning 18, drawing seven and losing three": a list of participles
    return True


# (round 51) each part labelled by "with" and words of its own: "charged 37 people: 21 with drug trafficking, 11 with
# money laundering and four with forging documents" (the next part labelled alike; not "20 goals, with 15 assists")
_WITH_LABEL_GAP = re.compile(r"\s+with\s+[a-z][a-z' -]*,\s*(?:and\s+)?", re.I)
_WITH_LABEL_AFTER = re.compile(r"\s+with\s+[a-z]", re.I)


def _with_labels_in_series(doc: Document, b: Mention, gap: str) -> bool:
    return _WITH_LABEL_GAP.fullmatch(gap) is not None and _WITH_LABEL_AFTER.match(doc.text, b.end) is not None


# (round 30) a side's figure, then the rival's: "scored 31 points to the visitors' 24", "kicked 14 penalties against
# Ashby's eight" (the gap from the side's figure to the rival's)
_TO_RIVALS = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:to|against|versus|vs\.?)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
                        r"(?:[\w-]+\s+)?[\w-]+(?:['’]s|s['’])\s+$", re.I)
_ANOTHER_RIVAL = re.compile(r"\s*,?\s*(?:and\s+)?(?:the\s+)?(?:[\w-]+\s+)?[\w-]+(?:['’]s|s['’])\s+", re.I)


def _rival_side_closes(doc: Document, a: Mention, gap: str) -> bool:
    """(round 30) ``a`` is the rival's side of a head-to-head tally ("scored 31 points to the visitors' 24"): the pair ends
    there, and a figure after it opens a tally of its own ("and kicked 14 penalties to their rivals' eight"), no
    further part of a list with 24 (not one more rival: "to Ashby's 24 and Corby's 19")."""
    before = [m for m in doc.mentions_in(a.sentence) if m.kind == a.kind and m.end <= a.start]
    return bool(before) and not _ANOTHER_RIVAL.fullmatch(gap) \
        and bool(_TO_RIVALS.fullmatch(doc.text, before[-1].end, a.start))


def _tally_summed_after(doc: Document, a: Mention, b: Mention, gap: str) -> bool:
    """(round 30) A side's count, the rival's, then their sum called so straight after a comma ("17 aces to his
    rivals' eight, 22 in total"): the two sides are the parts of that sum."""
    if not (a.kind == b.kind == Kind.COUNT and _TO_RIVALS.fullmatch(gap)):
        return False
    after = [m for m in doc.mentions_in(b.sentence) if m.is_quantity and m.start >= b.end]
    if not after or after[0].kind != Kind.COUNT or after[0].compound:
        return False
    between = doc.text[b.end:after[0].start]
    return re.fullmatch(r"\s*,\s*", between) is not None \
        and _TOTALISER_AFTER.match(doc.text[after[0].end:after[0].end + 20]) is not None \
        or _SUM_OF_TALLY_BEFORE.fullmatch(between) is not None  # (round 46) "187 punches to Mbeki's 142, a combined 349"


_SUM_OF_TALLY_BEFORE = re.compile(r"\s*,\s*(?:for\s+)?a\s+(?:combined|total\s+of)\s+", re.I)


def _no_list_gap(gap: str) -> bool:
    """The gap between two figures holds no list word, or more words than one more part's label takes: what
    ``_continues`` tests last, told before its costlier breaks ("rose to 41 on Monday from 35": no list)."""
    if not _LIST_CONNECTOR.search(gap):
        return True
    return len(words(gap)) > (FURTHER_GAP_WORDS if _FURTHER_END.search(gap) or _long_label_in_series(gap) else MAX_GAP_WORDS)


# a part's own label opened by a preposition and closed by the series' bare comma may run longer: "£7.4m for
# covering surgeons and junior doctors through the strikes, £4.8m on drugs and ..." (round 16)
_LONG_LABEL_IN_SERIES = re.compile(r"^\s+(?:for|on|in|towards?|from|at"
                                   # (round 51) the first part's verb of giving out: "R1.45 million will go to the
                                   # children's ward at Moroka General, R500,000 to ..."
                                   r"|(?:will\s+)?(?:go|goes|went|be\s+spent|is\s+spent|was\s+spent)\s+(?:to|on))"
                                   r"\s+[^,;:()\[\]\"“”\d]+,\s+$", re.I)


# (round 32) ... or closed by "and" when the next part's label opens with the same preposition: "£11.2m on free
# places for three- and four-year-olds this year and £5.3m on places for two-year-olds"
_LONG_LABEL_THEN_AND = re.compile(r"^\s+(for|on|towards?|from)\s+[^,;:()\[\]\"“”\d]+\s+and\s+$", re.I)


def _parallel_long_labels(doc: Document, b: Mention, gap: str) -> bool:
    label = _LONG_LABEL_THEN_AND.match(gap)
    return label is not None and len(words(gap)) <= FURTHER_GAP_WORDS \
        and re.match(r"\s+" + label.group(1) + r"\b", doc.text[b.end:b.end + 12], re.I) is not None


def _long_label_in_series(gap: str) -> bool:
    return bool(_LONG_LABEL_IN_SERIES.match(gap))


# "38 of the operator's own craft plus 18 rideshare payloads": an "of" phrase with no figure of its own, then
# a list word before the next figure: the part's own noun phrase, no base (round 11)
_OF_PHRASE_THEN_LIST = re.compile(r"^\s*of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\w'’-]+\s+){0,7}?[\w'’-]+"
                                  r"(?:\s+(?:plus|and|as\s+well\s+as)|\s*,(?:\s*(?:and|plus))?)"
                                  r"\s+(?:(?:a|another|some|about|around|nearly|almost)\s+)?$", re.I)


def _of_phrase_then_list(gap: str) -> bool:
    return bool(_OF_PHRASE_THEN_LIST.match(gap))


# "Rents accounted for £4.1m of the income, fees £1.2m and grants £0.6m", "Sales brought in £2m of revenue,
# fees £1m ...": a part placed inside the whole ("of the income", no figure) by a verb of contribution, then
# the list goes on gapped, a label before each figure (round 17)
_OF_WHOLE_THEN_LABEL = re.compile(r"^\s*of\s+(?!(?:them|those|these|it|that|this|which|whom)\b)(?:(?:the|its|their)\s+)?(?:[a-z][\w'’-]*\s+){0,2}?([a-z][\w'’-]*)\s*,\s*"
                                  r"(?:and\s+)?((?:[a-z][\w'’-]*\s+){1,3})$")


def _whole_named_apart(doc: Document, total: Mention, enum) -> bool:
    """The list names its whole "of the NOUN" ("accounted for 371 of the exclusions, ..."): a figure of
    another sentence is that whole only when its sentence names the noun too ("Exclusions rose to 538"; not
    "Suspensions rose from 8,940": round 17)."""
    if len(enum) < 2 or total.sentence == enum[0].sentence:
        return False
    named = _OF_WHOLE_THEN_LABEL.match(doc.text[enum[0].end:enum[1].start])
    if named is None or named.group(1).lower() in _GENERIC_WHOLES:
        return False  # (round 21: "of the total" names any whole: "Containers accounted for 1.6m tonnes of the total")
    said = {w.lower() for w in words(doc.sentence_text(total.sentence))}
    # or the next part's label names it: "Loans stood at €48m. Personal loans made up €31m of the book, car loans ..."
    label = [w for w in words(named.group(2).lower()) if w not in _LAST_WORD_BLOCKS and w not in ("for", "at", "on", "in")]
    for head in [named.group(1).lower()] + label[-1:]:
        stem = head[:-1] if head.endswith("s") else head
        if {head, stem, stem + "s"} & said:
            return False
    return True


def _portion_of_whole_then_gapped(doc: Document, a: Mention, gap: str) -> bool:
    return bool(_OF_WHOLE_THEN_LABEL.match(gap)) and bool(
        _CONTRIBUTION_BEFORE.search(doc.text, max(doc.sentences[a.sentence].start, a.start - 40), a.start))


# "... plus an away allocation of 3,422", "and a further grant of £2m": a noun phrase whose "of" gives the
# part's own figure; not a total, a change or a share ("a total of", "a rise of", "a third of")
_OWN_NOUN_OF = re.compile(r"\b(?:and|plus|while)\s+(?:a|an)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?!(?:total|sum|combined|rise"
                          r"|increase|fall|drop|decline|decrease|change|gain|loss|jump|cut|reduction|difference|margin"
                          r"|majority|average|maximum|minimum|high|low|peak|record|half|third|quarter|fifth|tenth"
                          r"|share|proportion|fraction|percentage|rate|ratio|range|age|period|term|length|distance"
                          r"|height|depth|weight|value|price|cost|salary|wage|fee|score|tally)\b)"
                          r"[a-z][\w'’-]*\s+of\s+$", re.I)


_OTHER_FIGURES = SUMMABLE + (Kind.PERCENT, Kind.FRACTION, Kind.MULTIPLE, Kind.POINTS)  # not "at the first attempt"


def _rest_closes(doc: Document, a: Mention, b: Mention, gap: str) -> bool:
    """"Of those, 5,100 were urgent; the remaining 3,300 were not", "Adults made
    up 640 of the cases, and the other 210 were children": a figure named as
    what is left ends the list the figure before it opens, past that part's
    own clause (no other break, no figure between, no comparison)."""
    tail = _REST_TAIL.search(gap)
    if tail is None:
        tail = _rest_group_tail(doc, gap, b)  # (round 43) "while the remaining 41 lots brought in $197.3m between them"
    if tail is None or _is_difference(doc, a) or b.compound or a.compound or not _compatible_kinds(a, b):
        return False
    head = gap[:tail.start()]
    # "4.1m of them, with the remaining 2.3m": the first part's own "of them" places it, no break (round 12)
    head = _OF_THEM_AFTER.sub(" ", head, count=1)
    head = _drop_figureless_including(doc, a, head)
    head = _QUOTED_TERM.sub(lambda q: " " * len(q.group(0)), head)
    if len(words(head)) > REST_GAP_WORDS or _HARD_BREAKS.search(head) or _no_link(head, a, doc) \
            or any(a.end <= m.start < b.start and m.kind in _OTHER_FIGURES and not _counts_other_things(m, a, b)
                   for m in doc.mentions_in(a.sentence)):
        return False
    return not re.match(r"^\s*(?:out\s+)?of\s+(?:the|its|their)\s+$", doc.text[b.end:b.end + 12])


# (round 33) a short quoted term naming the part's label, no speech: 'at the higher "affordable rent"'
_QUOTED_TERM = re.compile(r"(?<=\s)[\"“](?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*[\"”](?=\s|,)")


# an aside on the last part's label, set off by commas, with no figure: "and other goods, including timber and
# waste, for the remaining 1.1m tonnes" (round 16) -- what the rest holds, no break of the list
_FIGURELESS_INCLUDING = re.compile(r"(?<=\w),\s*(?:including|such\s+as)\s+[^,;:()\[\]\d]{1,80}(?:,|$)")
_LAST_LABEL_BEFORE = re.compile(r"(?:^|,)\s*and\s+[a-z][^,;:()\[\]\d]{0,40}$")


def _drop_figureless_including(doc: Document, a: Mention, head: str) -> str:
    found = _FIGURELESS_INCLUDING.search(head)
    if found is None or not _LAST_LABEL_BEFORE.search(head[:found.start()]) or any(a.end + found.start() <= m.start < a.end + found.end() for m in doc.mentions_in(a.sentence)):
        return head
    return head[:found.start()] + " " * (found.end() - found.start()) + head[found.end():]


def _counts_other_things(m: Mention, a: Mention, b: Mention) -> bool:
    """"..., with the two regions funding the remaining €2.3bn": a count of
    other things in a part's clause (beside sums of money or measures, or
    with a noun of its own and far below the parts), no figure of the list."""
    if m.kind != Kind.COUNT or m.value is None:
        return False
    return a.kind != Kind.COUNT or m.noun is not None and m.value * FAR_BELOW <= min(a.value, b.value)


# "26 were suspected of drink-driving, 14 of drug-driving and ...": "of" and a bare word after a part
# repeat the words of the clause before it, no base ("nine of the 14", "five of them", "two of six")
_GAPPED_OF = re.compile(r"^\s*of\s+(?!(?:the|its|their|his|her|our|your|my|all|those|these|them|whom|which|it|that"
                        r"|this|each|every|both|many|some|several|a|an|one|two|three|four|five|six|seven|eight|nine"
                        r"|ten|eleven|twelve|\w+teen|\w+ty)\b)[a-z][\w'’-]*\W", re.I)
_OF_MODEL_BEFORE = re.compile(r"\bof\s+[a-z][\w'’-]*\s*,\s*$")


def _gapped_of(doc: Document, a: Mention, gap: str) -> bool:
    before = doc.text[max(doc.sentences[a.sentence].start, a.start - 40):a.start]
    return bool(_GAPPED_OF.match(gap) and _OF_MODEL_BEFORE.search(before))


FURTHER_GAP_WORDS = 12
_SPAN_PREPOSITION_END = re.compile(r"\b(?:after|before|within|during|over|for|per)\s+$", re.I)
# what is yet to come: "expects to take on another 20", "will add a further 300"
_NEXT_PREDICATE = re.compile(r",\s+and\s+(?:also\s+)?([a-z]{3,})\s+(?P<just>(?:just|only|a\s+mere)\s+)?$")
_INTENT = re.compile(r"\b(?:will|would|shall|expects?\s+to|expected\s+to|plans?\s+to|planning\s+to|intends?\s+to|"
                     r"hopes?\s+to|aims?\s+to|wants?\s+to|is\s+to|are\s+to|set\s+to|due\s+to|going\s+to)\b", re.I)
_MODAL_CLAUSE = re.compile(r",\s+and\s+(?:(?:will|would|could|should|may|might|must|can|cannot)\s+[a-z]|"
                           r"(?:expects?|plans?|hopes?|aims?|intends?|wants?)\s+to\b|is\s+(?:set|due|expected)\s+to\b)",
                           re.I)
_FURTHER_END = re.compile(r"\b(?:a\s+further|another|an\s+additional|some\s+more)\s+$", re.I)


# a list of clauses, each part the subject of its own verb: "Of those, 96 were
# offered places, 58 were put on a waiting list and 121 were turned down"
CLAUSE_GAP_WORDS = 16
_CLAUSE_VERBS = frozenset("""were was are is had have has remain remained remains died survived left stayed
    went returned finished crossed dropped fled voted said say says told took take face faces won win lost lose
    got get gave give saw see made make chose went came come fell rose did do does will would could can may
    might must should cannot""".split())
_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:]|\band|\bbut|\bof\s+(?:whom|which))\s*$", re.I)
_NEXT_SUBJECT = re.compile(r"(?:,|,?\s+and|,?\s+while|,?\s+but)\s+(?:the\s+(?:remaining|other|last|final)\s+"
                           r"|another\s+|a\s+further\s+)?$", re.I)
_NEXT_CLOSING = re.compile(r"\b(?:remaining|other|last|final|further|another)\s+$", re.I)
_HARD_BREAKS = re.compile(r"[;:()\[\]\"“”]|\s[-–—]\s|[–—]|\bincluding\b|\bamong\b|\bof (?:whom|which|them|those)\b"
                          r"|\bcompared\b|\bversus\b|\bthan\b|\bout of\b|\bsaid\b|\bsays\b|\baccording\b|\beach\b|\bper\b", re.I)


_ONLY_BEFORE = re.compile(r"\bthe\s+only\s+$", re.I)
# a figure inside the phrase of a leading base, before the comma that closes it
_IN_BASE_PHRASE = re.compile(r"^\W*(?:out\s+)?of\s+(?:the|its|their|his|her|our|those|these|all)\s(?:[^,;:]|,(?=\d))*$",
                            re.I)


_OF_THEM_WORDS = frozenset({"them", "those", "these", "whom"})
_AGE_THAN = re.compile(r"\b(?:older|younger)\s+than\b", re.I)  # "198 were older than 65": a label, no comparison


def _clause_subject(doc: Document, m: Mention) -> bool:
    after = words(doc.text[m.end:m.end + 30])[:3]
    if after[:1] == ["of"] and after[1:2] and after[1] in _OF_THEM_WORDS:
        after = after[2:]  # "198 of them were over 65, 87 were ..."
    return bool(after) and (after[0] in _CLAUSE_VERBS or after[0].endswith("ed"))


def _clause_list(doc: Document, a: Mention, b: Mention, gap: str) -> bool:
    """Each figure opens its own clause (a verb right after it), the next one
    right after a comma or "and" (or "and the remaining 12 with ...")."""
    if not _NEXT_SUBJECT.search(gap) or not _clause_subject(doc, a):  # the cheap test first
        return False
    if not (_clause_subject(doc, b) or _NEXT_CLOSING.search(gap)):
        return False
    lead = doc.text[max(doc.sentences[a.sentence].start, a.start - 12):a.start]
    if a.start - doc.sentences[a.sentence].start > 0 and not _SUBJECT_BEFORE.search(lead):
        return False
    gap_words = words(gap)
    own_verb = gap[gap.lower().index(gap_words[0]) + len(gap_words[0]):] if gap_words else gap
    return len(gap_words) <= CLAUSE_GAP_WORDS and not _HARD_BREAKS.search(
        _AGE_THAN.sub(" ", _HEDGE_IN_GAP.sub(" ", own_verb)))


_ASIDE_NOUN = re.compile(r"^(?:\s+[\w'’-]+){0,2}\s*,\s*$")
_SUBSET_ASIDE = re.compile(r"^\s+of\s+(?:them|those|these|which|whom)\b[^,;:()\d]{0,40},\s*(?:and\s+)?"
                           r"[a-z]+(?:\s+(?:just|only))?\s+$", re.I)


def _subset_aside(doc: Document, a: Mention, inner: Mention, b: Mention) -> bool:
    """"won 36 bouts, 24 of them inside the distance, lost three and drew one": an aside counting some of
    the part before it, then the next clause of the list (round 12)."""
    return a.kind == inner.kind == b.kind == Kind.COUNT and inner.value is not None and a.value is not None \
        and inner.value < a.value and bool(_ASIDE_NOUN.match(doc.text[a.end:inner.start])) \
        and bool(_SUBSET_ASIDE.match(doc.text[inner.end:b.start])) and not _is_difference(doc, b)


# round 25: a part's label, then "including" an aside of it; past the aside's label, the list goes on
_INCLUDING_OPENS = re.compile(r"^(?:\s+[\w'’-]+){0,4}\s*,\s*including\s+$", re.I)
_ASIDE_THEN_NEXT = re.compile(r"^(?:\s+[\w'’-]+){0,4}\s*,\s*(?:and\s+)?(?:then\s+)?$", re.I)


def _including_aside(doc: Document, a: Mention, inner: Mention, b: Mention) -> bool:
    """"made $38.5m on Friday, including $12.1m from Thursday previews, then $31.4m on Saturday": a smaller
    figure "including" in the part ``a`` is a piece of it; the next figure, placed like ``a``, is the next part."""
    return a.kind == inner.kind == b.kind and a.unit == inner.unit == b.unit and inner.value is not None \
        and a.value is not None and inner.value < a.value \
        and bool(_INCLUDING_OPENS.match(doc.text[a.end:inner.start])) \
        and bool(_ASIDE_THEN_NEXT.match(doc.text[inner.end:b.start])) and _parallel(doc, a, b)


def _inside_clause(doc: Document, a: Mention, inner: Mention, b: Mention) -> bool:
    """"Of those, 70 passed, 31 needed one follow-up visit and 25 were closed":
    a list of clauses, each figure the subject of its verb, with a figure
    standing after the verb of one clause (its object), not as a subject."""
    if _clause_subject(doc, inner) or _is_difference(doc, b) or not _compatible_kinds(a, b):
        return False
    if _counts_other_things(inner, a, b) and _rest_closes(doc, a, b, doc.text[a.end:b.start]):
        return True  # "..., with the two regions funding the remaining €2.3bn"
    head = words(doc.text[a.end:inner.start])
    if not head or len(head) > 4:
        return False
    if _clause_subject(doc, a):
        return _clause_list(doc, a, b, doc.text[a.end:b.start])
    # "38 in people with one dose and 35 in ...": a figure counting other things inside a part's label
    return inner.noun is not None and a.noun is None and b.noun is None and _continues(doc, a, b)


def _heads_of_the(doc: Document, m: Mention) -> bool:
    """"Of the 260 jobs to go, ...": the figure is the base a clause divides."""
    start = doc.sentences[m.sentence].start
    lead = doc.text[start:m.start]
    return bool(_OF_THE_BASE.search(lead if len(lead) <= 40 else "x " + lead[-40:]))


def _unit_key(m: Mention) -> str:
    # round 22: "2.6 gigawatts" and "1.4GW", "12 kilometres" and "5km" are one unit (when it reads one way only)
    return unit_key(m.unit)


def _compatible_kinds(a: Mention, b: Mention) -> bool:
    if a.kind == b.kind:
        return a.kind == Kind.COUNT or _unit_key(a) == _unit_key(b)
    # "£1.2bn in 2025, 1.5bn in 2026", "five inches on Monday, 6 on Tuesday": a bare number continues
    # the sum of money or the measure before it
    return Kind.COUNT in (a.kind, b.kind) and ({a.kind, b.kind} - {Kind.COUNT}) <= {Kind.MONEY, Kind.MEASURE} \
        and (a.noun is None or a.kind == Kind.MEASURE or _mass_noun_part(a) and b.kind == Kind.MEASURE) \
        and (b.noun is None or b.kind == Kind.MEASURE or a.kind == Kind.MEASURE and _mass_noun_part(b))
    # (round 56: "5,100 were cod and the rest, 900 tonnes, ..."; round 62: "1,120 hectares were pine plantation, 530
    # native forest and 260 grazing land": a kind of land in the measure's unit)


# capitalised words that name no owner: sentence openers, pronouns, articles
_NOT_OWNERS = frozenset("The A An In On At It They He She Their Its His Her But And Of For With By This That".split())


def _owner_named_in_both(doc: Document, q: Mention, b: int) -> bool:
    """(round 26) A name of the clause before ``q`` is named in sentence ``b`` ("Kenya, Ethiopia and Uganda each won
    11 medals" / "Ethiopia took four golds, ..."): a figure each of several owners got may be the whole of one of
    them (not of "Nigeria" told after it: "..., and Nigeria 9. Nigeria won three golds, ...")."""
    lead = doc.text[doc.sentences[q.sentence].start:q.start]
    lead = re.split(r";|,\s+(?:and|while|but|whereas)\s", lead)[-1]
    owners = set(re.findall(r"\b[A-Z][\w-]*", lead)) - _NOT_OWNERS  # (a possessive's name: "Kenya's" is Kenya)
    return bool(owners & set(re.findall(r"\b[A-Z][\w-]*", doc.sentence_text(b))))


def _total_compatible(total: Mention, parts: tuple[Mention, ...], *, inferred: bool = False) -> bool:
    if total.kind == Kind.MONEY:
        if not all(p.kind == Kind.MONEY and p.unit == total.unit or p.kind == Kind.COUNT and p.noun is None
                   for p in parts):
            return False
    elif total.kind == Kind.COUNT:
        if any(p.kind != Kind.COUNT for p in parts):
            return False
    elif total.kind == Kind.MEASURE:
        if not all(p.kind == Kind.MEASURE and _unit_key(p) == _unit_key(total) or p.kind == Kind.COUNT
                   and (p.noun is None or _mass_noun_part(p)) for p in parts) \
                or not any(p.kind == Kind.MEASURE for p in parts) and (inferred or not _bare_measure_parts(total, parts)):
            return False
    else:
        return False
    if _counts_items(total, parts) or _far_below(total, parts) or _counts_groups(total, parts):
        return False
    if total.value is not None and total.value <= 10 and all(p.value is not None and p.value > total.value for p in parts):
        return False  # "Five routes: the 12, 37 and 51": names of the items, each above the count
    if inferred:
        # without an explicit cue, a figure smaller than one of the parts is
        # not taken for their total
        biggest = max(p.value for p in parts)
        if total.interval.hi is not None and total.interval.hi < biggest:
            return False
    return True


# nouns with no -s in the plural: a count of them is a count of things, no quantity of a stuff
_PLURALS_WITHOUT_S = frozenset("""men women people children staff police cattle sheep fish deer personnel aircraft
    spacecraft crew livestock poultry dead injured wounded missing homeless unemployed""".split())


def _mass_noun_part(p: Mention) -> bool:
    """(round 56) A bare number above one before a singular noun names a kind of stuff, the quantity in the whole's
    unit: "Of the 8,200 tonnes landed, 5,100 were cod and 2,600 haddock" ("5,100 were cod" is no count of cods);
    not a plural ("2,600 boxes") or a plural without -s ("600 sheep"); a verb read as the noun names nothing ("with
    the remaining 500 going to ...")."""
    noun = (p.noun or "").lower()
    if p.kind != Kind.COUNT or p.value is None or p.value <= 1 or not noun.isalpha() or len(noun) <= 2:
        return False
    if noun in _VERBS or noun.endswith("ing"):
        return True
    return not noun.endswith(("s", "ed", "en")) and noun not in _PLURALS_WITHOUT_S


# (round 51) wholes that count groups of what the parts count: "three pairs of animals: two otters, two lemurs and
# two meerkats" (not households or families: "2,870 households - 1,940 needing a flat, ..." counts them by need)
_GROUP_NOUNS = frozenset("pairs couples sets trios litters herds flocks packs broods batches".split())


def _counts_groups(total: Mention, parts: tuple[Mention, ...]) -> bool:
    """A whole counting groups, and parts with nouns of their own: members, not groups."""
    if total.noun is None or total.noun.lower() not in _GROUP_NOUNS:
        return False
    return all(p.noun and p.noun.lower() != total.noun.lower() for p in parts)


def _bare_measure_parts(total: Mention, parts: tuple[Mention, ...]) -> bool:
    """"burnt 14,600 hectares - 9,200 in the park and 6,400 on farmland": bare
    numbers, each below the measure and together of its size, measure in its
    unit (only with an explicit link; round 15)."""
    if total.value is None:
        return False
    whole = sum(p.value for p in parts)
    return all(p.value < total.value for p in parts) and total.value / 2 <= whole <= total.value * 2


FAR_BELOW = 10  # a total at most a tenth of each of its parts counts other things


def _far_below(total: Mention, parts: tuple[Mention, ...]) -> bool:
    """"raced in three finals: the 100, 200, 400 and 800": a figure far smaller
    than each part is a count of the items, not their whole (a dropped digit,
    "114" for "1,140" over 610 and 580, still reads as a total)."""
    return len(parts) >= 2 and total.interval.hi is not None and total.interval.hi > 0 \
        and all(p.value >= FAR_BELOW * total.interval.hi for p in parts)


_PERIOD_WORDS = re.compile(r"\b(?:overnight|morning|afternoon|evening|night|dawn|dusk|day|week|month|hour"
                          r"|today|yesterday|tonight|weekend)s?\b(?![-‐]\w)", re.I)  # not "day-surgery", "night-shift" (round 12)


def _over_periods(doc: Document, parts: tuple[Mention, ...]) -> bool:
    """Each part placed in its own period: "5 inches overnight, 6 on Thursday and 7 more before dawn"."""
    for k, p in enumerate(parts):
        end = parts[k + 1].start if k + 1 < len(parts) else min(p.end + 40, doc.sentences[p.sentence].end)
        if not _PERIOD_WORDS.search(doc.text[p.end:end]) and not any(
                m.kind in _TIME_KINDS and p.end <= m.start < end for m in doc.mentions_in(p.sentence)):
            return False
    return True


# a whole counted over a span ("over the fortnight", "across the two days", "during the festival")
_SPAN_OF_WHOLE = re.compile(r"\b(?:over|across|during|throughout)\s+(?:the|its|their|this|\d+|two|three|four|five|six"
                            r"|seven|eight|nine|ten)\s+(?:[\w'’-]+\s+){0,2}?"
                         r"(?:fortnight|weekend|week|weeks|days|months|season|festival|tournament|series|championships?"
                         r"|games|event|holiday|holidays|period|run|show|fair|campaign)\b", re.I)
# a part set in a piece of that span: "the first week", "in the second", "on the final day", "on Saturday"
_SUB_PERIOD = re.compile(r"\b(?:" + _PIECE_ORDINALS + r")(?:\s+(?:[a-z]+\s+)?"
                         r"(?:(?:day|week|weekend|night|half|month|session|round|leg|quarter|term|stage|period"
                         r"|fortnight|morning|afternoon|evening)s?\b)|\s*(?:[.,;]|$))", re.I)
_OWN_SPAN = re.compile(r"\b(?:last|previous|next|a)\s+(?:year|season|month)\b|\bearlier\b|\bago\b|\bso far\b"
                       r"|\bto date\b", re.I)


def _spans_periods(doc: Document, q: Mention) -> bool:
    return bool(_SPAN_OF_WHOLE.search(doc.sentence_text(q.sentence)))


# (round 33) the whole's span told before the parts: "The fair, which ran from Friday, May 2, to Sunday, May 4,
# drew 8,100 on its first day, ..."
_SPAN_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)
_SPAN_TO = re.compile(r"\s*,?\s*(?:to|until|till|through|and)\s+", re.I)


def _whole_span_before(doc: Document, dated: list[Mention], first: Mention) -> bool:
    """The only dates of the parts' sentence are the two ends of one span before the first part ("from ... to
    ..."): the span of the whole the parts divide, no period of a part's own."""
    if len(dated) != 2 or dated[1].end > first.start:
        return False
    a, b = dated
    return bool(_SPAN_FROM.search(doc.text, max(0, a.start - 10), a.start) and _SPAN_TO.fullmatch(doc.text, a.end, b.start))


def _in_sub_periods(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """Each part in a piece of the whole's span, named around it ("The first
    week drew 309,000, with another 230,000 coming in the second"), and no
    period of its own ("last year", a year)."""
    sentence = doc.sentences[enum[0].sentence]
    dated = [m for m in doc.mentions_in(enum[0].sentence) if m.kind in (Kind.YEAR, Kind.DATE)]
    if _OWN_SPAN.search(doc.sentence_text(enum[0].sentence)) or dated and not _whole_span_before(doc, dated, enum[0]):
        return False
    for k, p in enumerate(enum):
        lo = enum[k - 1].end if k else sentence.start
        hi = enum[k + 1].start if k + 1 < len(enum) else sentence.end
        window = doc.text[lo:hi]
        if not (_SUB_PERIOD.search(window) or _PERIOD_WORDS.search(window) or any(m.kind == Kind.WEEKDAY and lo <= m.start < hi
                                                   for m in doc.mentions_in(p.sentence))):
            return False
    return True


# a depth or a height read at a place (rain, snow, flood water): the readings of one fall do not add
_DEPTH_UNIT = re.compile(r"^(?:mm|cm|m|millimet\w+|centimet\w+|metres?|meters?|inch(?:es)?|in|f(?:ee|oo)?t)$", re.I)


def _measures_add(doc: Document, parts: tuple[Mention, ...]) -> bool:
    """Depths and lengths add up over periods or kinds, not over places:
    "2 inches in Leeds and 3 in York" are two readings of one fall.  Weights,
    volumes, areas, energy and long distances add over places too: "2,910
    tonnes at Peterhead, 1,140 at Fraserburgh" (round 11)."""
    units = {(p.unit or "").lower() for p in parts if p.kind == Kind.MEASURE}
    if units and not any(_DEPTH_UNIT.match(u) for u in units):
        return True
    for p in parts:
        place = _PLACE_AFTER.match(doc.text[p.end:p.end + 40])
        if place and place.group(1)[0].isupper() and not any(
                m.kind in _TIME_KINDS and m.start == p.end + place.start(1) for m in doc.mentions_in(p.sentence)):
            return False
    return True


def _bare_parts_in_unit_that_adds(total: Mention, parts: tuple[Mention, ...]) -> bool:
    """Bare parts take the whole's unit: "held 18.4 billion litres: 7.9 billion at A, 6.2 billion at B and ...";
    volumes, weights and areas add over places, depths do not (round 19)."""
    return total.kind == Kind.MEASURE and _ADDITIVE_UNIT.match(total.unit or "") is not None \
        and not _DEPTH_UNIT.match(total.unit or "") \
        and all(p.kind == Kind.COUNT and p.noun is None for p in parts)


def _counts_items(total: Mention, parts: tuple[Mention, ...]) -> bool:
    """"two developments: 640 homes at A and 390 at B": a count of other
    things, smaller than a part, is not their total."""
    if total.noun is None or total.compound:
        return False
    if total.interval.hi is None or total.interval.hi >= max(p.value for p in parts):
        return False
    if total.value == len(parts) and all(p.noun is None for p in parts):
        return True  # "at two sites: 640 at A and 530 at B"
    # (a verb read as a part's noun names no other things: "Ward's 19 made up the 74 points", round 21)
    return any(p.noun and p.noun.lower() not in _VERBS and not categories.may_contain(total.noun, p.noun)
               and not categories.may_contain(p.noun, total.noun) for p in parts)


def _money_alike(total: Mention, parts: tuple[Mention, ...]) -> bool:
    """"£41,300 on Saturday and £28,900 on Sunday. In total, £72,200 ...": sums of money in
    one currency need no noun to count the same thing (round 15)."""
    return total.kind == Kind.MONEY and all(p.kind == Kind.MONEY and p.unit == total.unit for p in parts)


def _nouns_fit(total: Mention, parts: tuple[Mention, ...]) -> bool:
    if total.noun is None:
        return True
    if total.compound:
        return True
    nouns = [p.noun for p in parts if p.noun]
    return all(categories.may_contain(total.noun, n) or _people_of(total.noun, n) for n in nouns)


_PERSON_NOUN = re.compile(r"^[a-z]{3,}(?:er|or|ist|ant|ent|ee)s$")


def _people_of(whole: str, part: str) -> bool:
    """"3,870 people on licence and 2,260 on community orders. In all, 5,130
    offenders ...": "people" fits a plural of persons the lists do not know
    (not a known word for other things; round 15)."""
    w = whole.lower()
    return categories.normalise(part) in ("people", "persons") and bool(_PERSON_NOUN.match(w)) \
        and (w in categories.PEOPLE or w not in categories.known())


_STATES = frozenset("""missing dead hurt held lost sold taken given seen shot stolen found left kept
    unaccounted unharmed""".split())


_VOTE_PARTICIPLES = frozenset("voting abstaining backing supporting opposing favouring".split())


_SOURCE_AFTER = re.compile(r"^\s*(?:[a-z][\w'’-]*\s+)?[a-z]{2,}ing\s+(?:from|through|via|out\s+of)\b", re.I)


_GAPPED_SOURCE = re.compile(r"^\s+(?:from|through|via)\b", re.I)  # "... and $2.3bn from Asia"
# a part's channel or place right after it, its verb elided after the first: "3,600 at the box office"
# (round 45: "for", the day or event each part was for, "14,200 sold for Friday, 13,100 for Saturday")
_CHANNEL_AFTER = re.compile(r"\s+(?:online|offline|overseas|abroad|(?:at|in|by|from|through|via|over|on|for)\s+"
                            r"(?:the\s+|its\s+|their\s+)?[a-z])", re.I)
# the first part's participle before its channel: "5,100 sold online", "5,100 booked through agents"
_PARTICIPLE_CHANNEL = re.compile(r"\s+[a-z]+(?:ed|ld|ght|ent|one|own|ken|ade)\s+(?:online|offline|overseas|abroad|"
                                 r"(?:at|in|by|from|through|via|over|on|for)\s+(?:the\s+|its\s+|their\s+)?[a-z])", re.I)


# (round 45) an event's length in days: "the three-day festival", "a two-day meeting"
_DAYS_OF_EVENT = re.compile(r"\b(two|three|four|five|six|seven|[2-7])-day\b", re.I)
_DAY_OF_PART = re.compile(r"\s+(?:[a-z]+\s+)?(?:for|on)\s+(?:the\s+)?(" + "|".join(WEEKDAY_NAMES) + r")\b", re.I)


def _each_day_of_event(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """(round 45) One part for each day of an event its sentence says lasts that many days, every day named once:
    "the three-day festival sold 38,500 tickets, with 14,200 sold for Friday, 13,100 for Saturday and 9,700 for the
    Sunday" -- all of the whole."""
    sentence = doc.sentences[enum[0].sentence]
    length = _DAYS_OF_EVENT.search(doc.text, sentence.start, sentence.end)
    if length is None:
        return False
    size = length.group(1)
    days = int(size) if size.isdigit() else int(WORD_VALUES[size.lower()])
    named = [_DAY_OF_PART.match(doc.text, p.end, p.end + 40) for p in enum]
    return len(enum) == days and all(named) and len({n.group(1).lower() for n in named}) == days


# (round 45) where each part came from, the first place near and the last everywhere else
_FROM_LABEL = re.compile(r"\s+(?:(?:are|were|is|was|came|come|travelled|traveled)\s+)?from\s+", re.I)
_FROM_ELSEWHERE_IN = re.compile(r"\s*elsewhere\s+in\s+(?:the|its|their)\s+(?:country|region|province|state|county|"
                                r"nation|city)\b", re.I)
_FROM_ABROAD = re.compile(r"\s*(?:overseas|abroad|outside\s+the\s+country|other\s+countries|elsewhere)\s*(?:[,;.]|$)", re.I)


def _origins_exhaust(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """(round 45) Each part is where some of the whole came from, the first a place near, the next "elsewhere in
    the country" and the last "from overseas": "of whom 2,180 are from the region, 760 from elsewhere in the country
    and 390 from overseas" -- everywhere, so all of the whole."""
    if len(enum) < 3:
        return False
    labels = [_FROM_LABEL.match(doc.text, p.end, p.end + 20) for p in enum]
    if not all(labels):
        return False
    return any(_FROM_ELSEWHERE_IN.match(doc.text, lab.end()) for lab in labels[1:-1]) \
        and _FROM_ABROAD.match(doc.text, labels[-1].end(), labels[-1].end() + 30) is not None


def _elided_channel(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """The parts say how or where each came, the verb given once with the first and elided after it:
    "with 5,100 sold online, 3,600 at the box office and 900 by phone"."""
    return len(enum) >= 2 and bool(_PARTICIPLE_CHANNEL.match(doc.text, enum[0].end, enum[0].end + 60)) \
        and all(_CHANNEL_AFTER.match(doc.text, p.end, p.end + 40) for p in enum[1:])
_SHARED_OUT = frozenset("among amongst between across equally".split())
# "with 2,300 going to adults": a participle of giving out, no noun of other things (round 15; round 29 mend:
# what a spent sum went on, "with €2.1bn going on aircraft")
_GOING_TO = re.compile(r"^\s+(?:(?:going|heading|flowing|passing)\s+(?:to|into|towards?)|going\s+on|coming\s+in"
                       # (round 37) the route each part travelled: "with 870,000 flying on domestic routes and 580,000
                       # travelling internationally"
                       r"|(?:flying|travell?ing|sailing|commuting|journeying)\s+(?:on|to|from|via|between|within|abroad"
                       r"|overseas|internationally|domestically|locally|inland)"
                       r"|(?:coming|arriving)\s+(?:on|over|during)"  # "with £3.8m coming on Friday and Saturday"
                       r"|(?:bound|destined|headed|heading)\s+for"  # (round 42) "with 820,000 tonnes bound for China"
                       # (round 43) the way each part went: "with 268,000 moving through the eastern terminal"
                       r"|(?:moving|passing|going|handled|shipped|routed)\s+(?:through|via|across|over|at)"
                       # (round 47) where each part of a cut falls: "with 1,150 posts going in its branches and 650 ..."
                       r"|(?:going|falling|lost|disappearing)\s+(?:in|from|among|within)"
                       r")\b", re.I)


def _one_of_its_kind(doc: Document, q: Mention) -> bool:
    """A figure told as one part of a whole, so the figures "with" adds are its siblings: "The largest cut,
    £5.2m, falls on care, with £3.9m from schools, ..."; "A will account for 3,100 tonnes of the harvest,
    with B contributing 1,500 tonnes and ... the remaining 800 tonnes"."""
    return bool(_LARGEST_OF_KIND.search(doc.text, max(doc.sentences[q.sentence].start, q.start - 40), q.start)
                or _PORTION_VERB_BEFORE.search(doc.text, max(0, q.start - 30), q.start)
                # "the biggest source of money, providing £4.2m" (round 18)
                or _LARGEST_SOURCE.search(doc.text, max(doc.sentences[q.sentence].start, q.start - 80), q.start)
                # (round 43) "made up the largest share at 4.12 million tonnes"
                or _LARGEST_SHARE_AT.search(doc.text, max(doc.sentences[q.sentence].start, q.start - 40), q.start))


def _largest_of_its_kind(doc: Document, q: Mention) -> bool:
    """(round 44) A figure told as the largest of its kind: "the largest category at 41,200", "The largest cut, £5.2m,"."""
    start = max(doc.sentences[q.sentence].start, q.start - 40)
    return bool(_LARGEST_OF_KIND.search(doc.text, start, q.start) or _LARGEST_SHARE_AT.search(doc.text, start, q.start))


_THE_OTHER_RIGHT_BEFORE = re.compile(r"\b(?:and|or)\s+the\s+(?:other|remaining)\s+$", re.I)


def _other_closes(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(round 51) A count with no noun of its own, its parts after "with" closed by "the other N": "reached a record
    214, with 96 players in the men's draw, 71 in the women's and the other 37 in the doubles" -- the rest of it."""
    return q.kind == Kind.COUNT and q.noun is None and len(enum) >= 2 and all(p.kind == Kind.COUNT for p in enum) \
        and _THE_OTHER_RIGHT_BEFORE.search(doc.text, max(0, enum[-1].start - 20), enum[-1].start) is not None


def _with_parts(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """"with 30 in Leeds and 20 in York" divides the total; "with 40 injured
    and 3 missing" or "with 15 assists" counts something else."""
    whole = categories.normalise(q.noun)
    if _elided_channel(doc, enum):
        return True  # "with 5,100 sold online, 3,600 at the box office and 900 by phone": how each part came
    if _partition_of_whole(doc, q, enum) or _partition_doing(doc, q, enum):
        return True  # (round 30) "with 30,100 men and 19,600 women."; "with 15,710 boys and 3,380 girls sitting it"
    if _SOURCE_AFTER.match(doc.text[enum[0].end:enum[0].end + 40]) and all(
            _SOURCE_AFTER.match(doc.text[p.end:p.end + 40]) or _GAPPED_SOURCE.match(doc.text[p.end:p.end + 12])
            for p in enum[1:]):
        return True  # "with 26,000 homes switching from rivals and 16,000 coming from ...": where it came from
    for p in enum:
        if p.noun and categories.normalise(p.noun) != whole and not categories.same_thing(p.noun, q.noun) \
                and p.noun.lower() not in _VOTE_PARTICIPLES \
                and not (p.noun.lower().endswith("ing") and p.noun.lower() not in _STATES and p is enum[0]
                         and _counted_as_parts(doc, q, enum)) \
                and not _GOING_TO.match(doc.text[p.end:p.end + 40]):
            return False  # but "with 312 voting against": a side of a vote, no noun of other things
        after = words(doc.text[p.end:p.end + 30])
        if after and (after[0] in _STATES or after[0].endswith("ed")) \
                and not (len(after) > 1 and after[1].lower() in _SHARED_OUT):
            return False  # (but "with £1.9m shared among the other 30 players": how a part is given out)
        if _RANKED_BEFORE.search(doc.text[max(0, p.start - 30):p.start]):
            return False  # "won in 44.81, with Ash second in 45.02": a rival's own result
    return True


# (round 30) the list of parts closing its clause: "with 30,100 men and 19,600 women." -- a word after it ("arrested",
# "needing first aid", "on its waiting list") may tell what only some of the whole did
_LIST_CLOSES_CLAUSE = re.compile(r"(?:\s+(?:selected|chosen|picked|named|included|called\s+up))?"  # (round 37)
                                 r"\s*(?:[,;.]|\s[-–—]\s|$)")  # "a squad of 34, with 19 women and 12 men selected,"
# one participle of what the parts did, with up to two words of its object, closing the clause: "... girls sitting
# the subject," (not "voting in the ballot": a place or occasion of only some of them)
_PARTS_DOING = re.compile(r"\s+[a-z]+ing(?!\s+(?:in|on|at|for|from|to|by|with)\b)(?:\s+[a-z]+){0,2}"
                          r"\s*(?:[,;.]|\s[-–—]\s|$)")


def _partition_tail(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> int | None:
    """(round 30) Where the words after a list of people parts begin ("with 30,100 men and 19,600 women"), when their
    nouns split any whole of people (men and women, boys and girls, adults and children) and the whole has no noun
    or one they are kinds of; None for other lists (medals: "four golds, three silvers and two bronzes")."""
    nouns = _part_nouns(doc, enum)
    if not all(nouns) or not categories.is_partition(nouns) or any(p.noun is None for p in enum) \
            or not all(categories.normalise(n) in categories.PEOPLE for n in nouns):
        return None
    if q.noun is not None and _kinds_cover(doc, q, enum) is not True:
        return None
    last = enum[-1]
    word = re.compile(r"\b" + re.escape(nouns[-1]) + r"\b", re.I).search(doc.text, last.end,
                                                                       doc.sentences[last.sentence].end)
    return word.end() if word else None


def _partition_of_whole(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(round 30) "with 30,100 men and 19,600 women.": a partition of people closing its clause is all of the whole
    -- not "with 40 men and 12 women arrested", "with 300 men and 250 women on its waiting list": what only some of
    the whole did (see ``_partition_doing``)."""
    tail = _partition_tail(doc, q, enum)
    return tail is not None and bool(_LIST_CLOSES_CLAUSE.match(doc.text, tail, doc.sentences[enum[-1].sentence].end))


# a verb right after a partition's last noun: what those people did, not what the whole is made of
_PARTS_DID = re.compile(r"\s+(?!(?:aged|named|based|related|registered|employed)\b)"
                        r"(?:were|are|was|have|had|has|will|would|could|did|do|took|came|went|got|sat|said|told|made|won|lost|"
                        r"left|met|paid|ran|saw|gave|chose|felt|spent|became|began|bought|brought|kept|found|held|"
                        r"\w+ed)\b", re.I)


def _partition_did(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(round 33) "Of the 60 volunteers, 30 men and 25 women turned up": the parts are the people who did something,
    maybe all of the whole, maybe some; "Of the 60 volunteers, 30 were men and 25 women" still splits it."""
    tail = _partition_tail(doc, q, enum)
    return tail is not None and bool(_PARTS_DID.match(doc.text, tail, doc.sentences[enum[-1].sentence].end))


def _partition_doing(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(round 30) "reached 18,540, with 15,710 boys and 3,380 girls sitting the subject": a partition of people and
    what they did, after a whole of no noun -- maybe all of the whole, maybe some ("with 1,710 boys and 380 girls
    failing", "600 men and 500 women travelling alone"), so the parts are only bounded by it, never its sum."""
    tail = _partition_tail(doc, q, enum) if q.noun is None else None
    return tail is not None and bool(_PARTS_DOING.match(doc.text, tail, doc.sentences[enum[-1].sentence].end))


# the largest of several things of a kind, named right before the figure: "The largest cut, £5.2m,"
_LARGEST_OF_KIND = re.compile(r"\b(?:largest|biggest|greatest|single\s+largest|single\s+biggest)\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*$", re.I)
_LARGEST_SHARE_AT = re.compile(r"\b(?:largest|biggest|greatest|second[- ]largest|second[- ]biggest)\s+(?:share|part|portion|"
                               r"slice|chunk|proportion|component|contribution|category|group|segment|sector|item|type|"
                               r"class)\s+(?:at|with|of)\s+(?:some\s+|about\s+|"
                               r"around\s+|nearly\s+|almost\s+)?$", re.I)
# a verb making the figure one part of a whole: "accounts for 3,100 tonnes", "made up 40%"
_PORTION_VERB_BEFORE = re.compile(r"\b(?:account(?:s|ed|ing)?\s+for|(?:make|makes|made|making)\s+up)\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
# a place in a ranking right before the figure: "with Ash second in 45.02", "Lind third, on 61"
_RANKED_BEFORE = re.compile(r"\b(?:[Ss]econd|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|runner-up|"
                            r"\d+(?:st|nd|rd|th))(?:\s*,?\s*(?:[A-Z][\w'’-]*\s*){1,3},)?\s*,?\s*(?:(?:in|on|with|at)\s+)?$")


_PP_NOUN = re.compile(r"^\s+(?:(?:among|in|for)\s+(?:the\s+)?|of (?:them|whom|these|those)\s+(?:(?:were|are)\s+)?)"
                      r"([A-Za-z]+)\b")


def _part_nouns(doc: Document, enum: tuple[Mention, ...]) -> list[str | None]:
    """The nouns the parts count, also when named after a preposition
    ("1,480 among adults and 950 among children", "19 of them men")."""
    out = []
    for p in enum:
        m = None if p.noun else _PP_NOUN.match(doc.text[p.end:p.end + 40])
        qualifier = words(doc.text[p.noun_span.start:p.noun_span.end])[:-1] if p.noun_span else []
        if qualifier and qualifier[0].lower() in _PARTITION_WORDS:
            out.append(qualifier[0])  # "four bronze medals" beside "five gold": the kind, not the thing
            continue
        out.append(p.noun or (m.group(1) if m else None))
    return out


_PARTITION_WORDS = frozenset().union(*categories.PARTITIONS)


def _nouns_conflict(total: Mention, parts: tuple[Mention, ...]) -> bool:
    """Parts that plainly name another category: fighters are not civilians."""
    return any(categories.excludes(total.noun, p.noun) for p in parts if p.noun)


_BRACKET_CLOSE = re.compile(r"^[^()\[\];:\d]{0,40}?[)\]]")
# ("from" only before a figure, a value moved from: "(£1.9m from individuals, ...)" names a source, round 23)
_NOT_A_BREAKDOWN = re.compile(r"\b(?:includ\w*|among|such\s+as|e\.g|eg|compar\w*|against|versus|vs|than|from(?=\s+(?:(?!and\b|or\b)[a-z]+\s+){0,3}[\d£$€])|up|down"
                              r"|previous\w*|last|before|earlier|ago|each|per|every|a\s+(?:week|month|year|day))\b", re.I)


def _bracketed_list(doc: Document, q: Mention, enum: tuple[Mention, ...], gap: str) -> bool:
    """"sold 2,410 tickets over the weekend (1,530 adult, 610 child and 270
    family)": a bracket right after the total's clause that holds the list and
    nothing else -- no periods (other years), no comparison, no "including"."""
    if not gap.rstrip().endswith(("(", "[")) or len(words(gap)) > 12 or _no_link(gap, q, doc) \
            or _BREAKS.search(gap.rstrip()[:-1]) or "," in gap:
        return False
    close = _BRACKET_CLOSE.match(doc.text[enum[-1].end:enum[-1].end + 42])
    if close is None and _years_spanned(doc, q, enum):
        close = _YEAR_CLOSE.match(doc.text[enum[-1].end:enum[-1].end + 42])
    if close is None:
        return False
    start, end = enum[0].start, enum[-1].end + close.end()
    inside = doc.text[start:end]
    if re.search(r"[()\[\]]", inside[:-1]):
        return False  # "trails Shearer (250) and Cole (173)": a bracket of each item's own
    if _NOT_A_BREAKDOWN.search(inside):
        return False
    return not _PERIOD_WORDS.search(inside) and not any(
        m.kind in _TIME_KINDS or m.kind == Kind.DURATION for m in doc.mentions_in(q.sentence) if start <= m.start < end) \
        or _years_spanned(doc, q, enum)


# (round 32) a short label before each figure inside a bracket: "(battery-electric 26,900, plug-in hybrid 12,750)",
# "[machinery $4.9bn, chemicals $2.2bn]"; no word of a comparison, a move, a bound or a benchmark as a label ("(high
# 430p, low 398p)", "(target 2,900)")
_LABEL_WORD = (r"(?!(?:up|down|from|to|was|were|vs|versus|against|compared|than|and|or|total|all|each|per|about|some|over"
               r"|under|high|low|peak|average|mean|median|min|max|minimum|maximum|target|forecast|expected|estimated?"
               r"|record|best|worst|previous|previously|prior|last|before|after|now|then|ago|range|consensus|goal|plan"
               r"|planned|actual|budget|was|is|are)\b)[A-Za-z][\w'’-]*")
_LABEL_OPENS_BRACKET = re.compile(r"[(\[]\s*" + _LABEL_WORD + r"(?:\s+" + _LABEL_WORD + r"){0,2}:?\s+$")
_NEXT_LABEL = re.compile(r",\s*(?:and\s+)?" + _LABEL_WORD + r"(?:\s+" + _LABEL_WORD + r"){0,2}:?\s+")


def _labelled_bracket_list(doc: Document, q: Mention, enum: tuple[Mention, ...], gap: str) -> bool:
    """(round 32) "Registrations rose to 38,450 in the first half (battery-electric 26,900, plug-in hybrid 12,750)": a
    bracket right after the total's clause holding only labelled figures, each label before its figure; parts of it
    (the labels may name only the main ones, "(Smith 41, Jones 38)"), so they may not exceed it."""
    opened = _LABEL_OPENS_BRACKET.search(gap)
    if opened is None or len(words(gap[:opened.start()])) > 12 or "," in gap[:opened.start()] \
            or _BREAKS.search(gap[:opened.start()]) or _no_link(gap[:opened.start()], q, doc) \
            or _PERIOD_WORDS.search(gap[opened.start():]):
        return False
    for a, b in zip(enum, enum[1:]):
        between = doc.text[a.end:b.start]
        if not _NEXT_LABEL.fullmatch(between) or _PERIOD_WORDS.search(between):
            return False
    if not re.match(r"\s*[)\]]", doc.text[enum[-1].end:enum[-1].end + 4]):
        return False
    start = q.end + opened.start()
    if _labels_name_rivals(doc, q, enum, gap[opened.start() + 1:]):
        return False
    return not any(m.kind in _TIME_KINDS or m.kind == Kind.DURATION
                   for m in doc.mentions_in(q.sentence) if start <= m.start < enum[-1].end)


# (round 32 mend) a label that names a rival, a rank, a level or a season, not a kind of the total: "(runner-up
# 31,900, third place ...)", "(open 405p, close 412p)", "(winter level 80 million litres, summer level ...)"
_RANK_LABEL_WORDS = frozenset(ORDINAL_WORDS) | frozenset("""winner winners runner runners up place placed champion
    champions leader leaders rival rivals nearest next open opening close closing intraday midday level levels
    capacity limit winter summer spring autumn weekday weekdays weekend weekends""".split())
# a total that is a level of each thing, not a sum: an average, a price, a rate of pay ("Average salaries reached
# £38,000 (nurses £34,000, ...)", "Tickets cost £85 (adults £85, children £40)")
_LEVEL_OF_EACH = re.compile(r"\b(?:average\w*|mean|median|typical|per|each|a\s+head|costs?|costing|priced?|prices|fares?"
                            r"|fees?|charges?|salar(?:y|ies)|wages?|pay|rents?|rates?)\b", re.I)


def _labels_name_rivals(doc: Document, q: Mention, enum: tuple[Mention, ...], first_label: str) -> bool:
    """(round 32 mend) The labels of a bracket after a total name its rivals or siblings, not its kinds: a capitalised
    name ("Smith polled 12,400 votes (Jones 9,800, Brown 4,100)", "Apple sold 62 million (Samsung 58 million, ...)"),
    a rank, a word of the total's own clause ("45,200 at the final (semi-final 38,100, quarter-final 31,400)"), a
    figure alone above the total, or a total that is a level of each thing (an average, a price)."""
    labels = [first_label] + [doc.text[a.end:b.start] for a, b in zip(enum, enum[1:])]
    label_words = [w for label in labels for w in re.findall(r"[A-Za-z][\w'’]*", label) if w.lower() != "and"]
    whole_words = {w.lower() for label in labels for w in re.findall(r"[A-Za-z][\w'’-]*", label)}
    bracket = q.end + len(doc.text[q.end:enum[0].start]) - len(first_label)
    clause = doc.text[doc.sentences[q.sentence].start:bracket]
    # a word of the total's own clause: any piece of a label after the total ("at the final (semi-final ...)"), a
    # whole label word before it ("Men's final attendance was 45,200 (women's final ...)"; not "electric cars rose
    # to 38,450 (battery-electric ...)", a kind of them)
    after = {w.lower() for w in re.findall(r"[A-Za-z][\w'’]*", doc.text[q.end:bracket]) if len(w) > 3}
    before = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", doc.text[doc.sentences[q.sentence].start:q.start])
              if len(w) > 3}
    return any(w[0].isupper() or w.lower() in _RANK_LABEL_WORDS or w.lower() in after for w in label_words) \
        or bool(whole_words & before) \
        or q.interval.hi is not None and any(p.value is not None and p.value > q.interval.hi for p in enum) \
        or _LEVEL_OF_EACH.search(clause) is not None


_YEAR_CLOSE = re.compile(r"^\s+in\s+(?:19|20)\d\d\s*[)\]]")
_IN_YEAR_AFTER = re.compile(r"^\s+in\s+((?:19|20)\d\d)\b")


def _years_spanned(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """"laid 38km over the past three years (14km in 2022, 11km in 2023 and 7km
    in 2024)": the total's clause spans N years and the N parts are each in a
    year of their own (round 11)."""
    span = [m for m in doc.mentions_in(q.sentence) if m.kind == Kind.DURATION and q.end <= m.start < enum[0].start
            and (m.unit or "").startswith("year") and m.value == len(enum)]
    if len(span) != 1 or not re.search(r"\b(?:over|across|during|in|for)\s+(?:the\s+)?(?:past|last)\s+$",
                                       doc.text[max(0, span[0].start - 20):span[0].start]):
        return False
    years = [_IN_YEAR_AFTER.match(doc.text[p.end:p.end + 12]) for p in enum]
    return all(years) and len({y.group(1) for y in years}) == len(enum)


# a list opening its sentence, then a colon or dash, then the whole it makes up: "Two golds, three silvers and
# five bronzes: England head home with ten medals" (round 13)
_LIST_OPENS = re.compile(r"^\W*(?:(?:just|only|some|about|around|nearly|almost)\s+)?$", re.I)
_BUT_OR = re.compile(r"\b(?:but|or|while|whereas|against|instead|since|when|until|before|after)\b", re.I)
_LIST_THEN_COLON = re.compile(r"^[^.;:()\[\]\d]{0,30}?(?::|\s[-–—]\s|[–—])[^.;:()\[\]\d]{0,120}$")


def _kinds_of_whole(q: Mention, enum) -> bool:
    """Every part names a kind of what ``q`` counts, and the kinds cover it."""
    nouns = [p.noun for p in enum]
    return q.noun is not None and all(nouns) and categories.is_partition(nouns) \
        and all(categories.is_hyponym(q.noun, n) for n in nouns)


def _dead_in_places(doc: Document, enum) -> bool:
    """"87 people had died in Pasirjaya and 35 in neighbouring Sukamanah": people (or no noun), each part
    in a named place of its own (round 13)."""
    places = []
    for k, p in enumerate(enum):
        noun = _own_noun(p, doc)
        if noun is not None and categories.normalise(noun) not in categories.PEOPLE and noun.lower() not in _TOLL_NOUNS:
            return False
        nxt = enum[k + 1].start if k + 1 < len(enum) else doc.sentences[p.sentence].end
        places.append(_place_of(doc, p, nxt, False))
    return None not in places and len(set(places)) == len(places)


# an attribution set off by commas between the total and its list is no part of the link (round 15)
_ATTRIBUTION_GAP = re.compile(r",\s*(?:the\s+|a\s+|its\s+|their\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,4}?"
                              r"(?:said|says|reported|announced|confirmed|estimated)\s*(?:on\s+[A-Z][a-z]+\s*)?,\s*$")


# a score built from its instalments right after it: "finished on 281 after rounds of 70, 72, 69 and 70", "made
# 131 in the match with innings of 57 and 74" (round 16); not a net result "after costs of ..."
_INSTALMENTS_GAP = re.compile(r"^,?\s+(?:[a-z]+\s+){0,4}?(?:after|with|from|thanks\s+to)\s+(?:(?:his|her|their|its)\s+)?"
                              r"(?:rounds|scores|innings|cards|legs|stages|heats)\s+of\s+$", re.I)


def _aggregate_of_instalments(q: Mention, enum: tuple[Mention, ...], gap: str) -> bool:
    """The aggregate must outweigh each instalment, so a closing score before earlier ones is no total:
    "shot 66 on Sunday after rounds of 70, 68 and 71"."""
    return q.kind == Kind.COUNT and all(p.kind == Kind.COUNT for p in enum) and not q.compound \
        and bool(_INSTALMENTS_GAP.match(gap)) and q.value * 2 > max(p.value for p in enum) * 3


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
_TO_BETWEEN = re.compile(r"(?:\s+[a-z]+)?\s+to\s+")


def _semicolon_head(doc: Document, enum: tuple[Mention, ...], items: list[Mention]) -> Mention | None:
    """(Round 37) A clause of bare parts after a semicolon, each the subject of its own verb, ending the sentence:
    "The trial enrolled 1,240 patients across 14 countries; 815 were given the drug and 525 received a placebo".
    The whole is the first count with a noun in the clause before, larger than every part; others there (the
    countries) count other things.  Partial, like bare parts in the next sentence: only parts beyond it are read."""
    first, last = enum[0], enum[-1]
    start = doc.sentences[first.sentence].start
    semi = doc.text.rfind(";", start, first.start)
    if semi < 0 or doc.text[semi + 1:first.start].strip() or items[-1] is not last \
            or ";" in doc.text[start:semi] or not all(_own_noun(p, doc) is None and _verb_follows(doc, p) for p in enum):
        return None
    head = [m for m in items if m.end <= semi]
    whole = next((m for m in head if m.kind == Kind.COUNT and m.noun is not None and not m.compound), None)
    if whole is None or whole.value is None or any(p.value is None or p.value >= whole.value for p in enum) \
            or _OF_THEM_AFTER.match(doc.text[first.end:first.end + 12]) \
            or _NO_LINK.search(doc.text[whole.end:semi]):
        return None
    return whole


_BRACKETED_PRICES_COST = re.compile(r"\s*\)\s*(?:now\s+|together\s+|in\s+all\s+)?(?:costs?|came\s+to|comes\s+to|"
                                    r"totall?ed|totals|add(?:s|ed)?\s+up\s+to|amount(?:s|ed)?\s+to)\s+"
                                    r"(?:a\s+total\s+of\s+)?", re.I)


# (round 53) a figure told "in the first" of a series, then the list's first part "in the second": the series' first
# item, no total of the rest
_FIRST_OF_SERIES = re.compile(r"(?:\s+[\w-]+){0,4}?\s+(?:in|during|for|on)\s+the\s+(?:first|opening)\b", re.I)
_NEXT_OF_SERIES = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:in|during|for|on)\s+the\s+(?:second|next)\b", re.I)


# (round 53) a figure's label by a preposition, a participle maybe before it: "£1.1m spent on", "£850,000 on"
_LABEL_PREPOSITION = re.compile(r"\s+(?:(?:spent|going|earmarked|allocated|set\s+aside)\s+)?(on|for|to|towards)\s+(?!the\s+(?:whole|total)\b)")


def _labelled_like_parts(text: str, q: Mention, enum) -> bool:
    """A figure before a list, its clause labelling it by the preposition every part is labelled by, with only a
    comma between it and the first part's figure: one more part, no total."""
    own = _LABEL_PREPOSITION.match(text, q.end)
    if own is None or text[q.end:enum[0].start].count(",") != 1 or not text[q.end:enum[0].start].rstrip().endswith(","):
        return False
    return all((m := _LABEL_PREPOSITION.match(text, p.end)) is not None and m.group(1) == own.group(1) for p in enum)


def _candidates(doc: Document, enum: tuple[Mention, ...], items: list[Mention], by_sentence):
    """Yield (total, complete, link, cue) for every figure the list may break down."""
    first, last = enum[0], enum[-1]
    text = doc.text
    # 1. same sentence, before the list; the cue must stand right before it (not when the list tells what moved a level
    # from one figure to another: round 56)
    before = [m for m in items if m.end <= first.start]
    for q in reversed([] if any(_flows_to_new_level(doc, m, enum) for m in before) else before):
        if q.compound and not _GROUP_SIZE.search(q.text) and not _RECORD_SIZE.search(q.text) \
                and not _measure_size_compound(q, enum) and not _size_in_parts_items(q, enum) \
                or not _total_compatible(q, enum) \
                or _nouns_conflict(q, enum):
            continue
        if _OLD_VALUE_BEFORE.search(text[max(0, q.start - 20):q.start]) and any(m.end <= q.start for m in items) \
                and not _yield_from_occasions(doc, q):
            continue  # "rose to 940 from 870: ...": the figure compared with, not the total
        if _OLD_VALUE_SERIES_BEFORE.search(text, max(0, q.start - 60), q.start):
            continue  # (round 35) "won 37 seats, down from 41 in 2019 and 45 in 2015: 24 ...": another old level
        if _FROM_BEFORE.search(text, max(0, q.start - 6), q.start) and any(
                q.end < m.start and m.end <= first.start and _TO_BETWEEN.fullmatch(text, q.end, m.start)
                for m in doc.mentions_in(q.sentence)):
            continue  # (round 29) "will grow from 53 to 65 trains: 40 ... and 25 ...": the old level, not the total
        gap = text[q.end:first.start]
        if _labelled_like_parts(text, q, enum):
            continue  # (round 53) "will see £1.1m spent on stills, £850,000 on a warehouse and ...": the first part
        if _FIRST_OF_SERIES.match(gap) and _NEXT_OF_SERIES.match(text, first.end):
            continue  # (round 53) "14 shots in the first period, 11 in the second and 13 in the third": the first
        if "," in gap and _ATTRIBUTION_GAP.search(gap):
            gap = _ATTRIBUTION_GAP.sub(",", gap)  # "57 rescues over the two days, the RNLI said, 31 on ..."
        if _origin_of_whole(doc, q, enum, items, gap):
            # "showed 140 films from 30 countries: 90 features, ...": partial, the kinds may be only the main ones
            yield q, False, "explicit", "apposition"
            continue
        if _comes_from(doc, q, enum, gap):
            # round 25: "The project's 1,240 megawatts of capacity will come from 780MW of offshore turbines and 520MW
            # of onshore wind farms": the whole, the subject, and sources that may not exceed it (never all of it:
            # "The charity's £12.5m income came from £7.1m in donations, ..." may leave some out)
            yield q, False, "explicit", "came from"
            continue
        if _no_link(gap, q, doc) or _mark_each_passed(doc, q, enum):
            continue
        if _funded_by(q, enum, gap):
            # round 21: "cost $6.2m and was paid for with a $3.5m grant, ..."; round 22: the sources closed by "and"
            # with no word of a part ("partly", "including", "among others") are all of them: the whole
            yield q, _all_sources(doc, q, enum, gap), "explicit", "funded by"
            continue
        if _SOURCE_SHOWS_GAP.search(gap) and len(words(gap)) <= 16 and not _in_own_years(doc, enum):
            yield q, False, "explicit", "figures show"  # round 21: "fell to 1,046, according to figures which show 618 ..."
            continue
        after_first = text[first.end:first.end + 12]
        complete = _cue_at_end(_COMPLETE_BEFORE, gap, first.parenthetical) or _shared_out(doc, q, enum, items, gap) \
            or (_shared_labelled(gap) if _closed_by_and(doc, q, enum, gap) else None)
        partial = _cue_at_end(_PARTIAL_BEFORE, gap, first.parenthetical)
        if partial and partial.lower() == "with" and (_APPOSITION_BEFORE.search(gap[gap.lower().rfind("with"):])
                                                     or _WITH_OF_NOUN.match(gap) or _TIE_OF_NOUN.match(gap)
                                                     or _named_with_opens_series(doc, gap, enum)):
            partial = None  # "admitted 312 people with flu: 198 ...": the colon links the list, not "with"
        if q.compound and _RECORD_SIZE.search(q.text):
            # "Over a 41-fight career he won 36, lost three and drew one": every contest has one outcome
            if _outcomes_exhaust(doc, enum, q) and len(words(gap)) <= 8:
                yield _exact(q), True, "explicit", "record"
            elif complete:
                # "a 14-match unbeaten run, which ended on Saturday, was made up of 10 wins and five draws"
                yield _exact(q), True, "explicit", complete
            continue
        if q.compound and _size_of_body_held(doc, q):
            if _rest_of_body(doc, q, enum):
                break  # (round 33 mend) "holds 40 seats in the 100-seat parliament - the opposition has 35 and ..."
            continue  # (round 33) "holds 178 seats in the 350-seat chamber - 121 ...": the list is of the 178 held
        if q.compound:
            # "The 26-man squad is made up of ...", "the 40-strong group includes ...": only an explicit cue
            # "a 2,350-tonne harvest" keeps its rounding, as does "the 400-home estate" (round 25)
            size = q if _measure_size_compound(q, enum) or _size_in_parts_items(q, enum) else _exact(q)
            if complete or partial and partial.lower() in _INCLUDING:
                yield size, bool(complete), "explicit", complete or partial
            elif _APPOSITION_BEFORE.search(gap) and _ends_with_apposition(gap) and len(words(gap)) <= 12:
                yield size, True, "explicit", "apposition"
            elif _members_apposed(doc, q, enum, gap):
                yield size, True, "explicit", "apposition"  # (round 28) "The 14-strong squad, eight forwards and ..."
            continue
        if complete:  # (round 30 mend: not "comprising 830 ... and 410 ..., with the rest from Nigeria")
            yield q, not _tells_more_parts(doc, enum) and not _bracketed_part_before(doc, q, enum), "explicit", complete
        elif _OF_THEM_FIRST.match(after_first) and len(words(gap)) <= 12 \
                and _of_them_fit(doc, q, enum):
            yield q, categories.is_partition(_part_nouns(doc, enum)), "explicit", \
                "of which" if "which" in after_first.lower() else "of them"
        elif _aggregate_of_instalments(q, enum, gap) or _periodic_instalments(q, enum, gap):
            yield q, True, "explicit", "rounds of"  # "finished on 281 after rounds of 70, 72, 69 and 70"
        elif partial:
            cue = partial.lower()
            if _siblings_past_aside(doc, q, enum) and not (cue == "with" and _spending_on_purposes(doc, q, enum)):
                continue  # (round 29: not "spent £812,000 on repairs, with £505,000 on the roof, ...": its pieces)
            if cue == "with" and _one_of_its_kind(doc, q):
                break  # the parts after "with" are its siblings; an earlier figure is no whole of them alone
            if cue == "with" and _rest_of_field(doc, enum):
                break  # (round 32) "polled 12,410 votes to Jones's 10,980, with Lee on 2,315 and ...": the rest of the
                # field after a head-to-head, no parts of either side's votes
            ballot = _ballot_sides(doc, q, enum)  # (round 55) for, against and spoiled: all the votes cast
            if cue == "with" and (not _with_parts(doc, q, enum) and not _other_closes(doc, q, enum)
                                  and not ballot or not _COMMA_WITH.search(gap)) \
                    and not _contest_record(doc, q, enum, gap):  # (not "46 games, with 20 wins, 11 draws and 13 defeats")
                # "Italy took 75,000 tonnes followed by Germany with 55,200": another's figure
                continue  # "scored 20 goals, with 15 assists", "killed 12, with 40 injured": other things
            whole = cue in ("of whom", "of which", "of them", "with") and (categories.is_partition(
                _part_nouns(doc, enum)) and not (cue == "with" and _partition_doing(doc, q, enum))
                or _each_day_of_event(doc, enum) or _origins_exhaust(doc, enum) or ballot)
            yield q, whole, "explicit", partial
        elif _WON_KINDS_GAP.search(gap) and len(words(gap)) <= 12 and categories.is_partition(_part_nouns(doc, enum)):
            # (round 38) "ended with nine medals, winning three golds, two silvers and five bronzes": a verb of getting,
            # then one part for each kind of a partition -- all of them
            yield q, True, "explicit", "kinds won"
        elif _APPOSITION_BEFORE.search(gap) and _ends_with_apposition(gap, all(p.parenthetical for p in enum)) and (
                len(words(_SAYER_BEFORE_DASH.sub(",", gap))) <= 12 or _long_apposition(doc, q, enum, items, gap)) \
                and not _unfigured_names_among(doc, enum, gap) \
                and not (_CHANGE_SIZE_BEFORE.search(text[max(0, q.start - 30):q.start]) and _in_own_years(doc, enum)):
            # not "has risen by 1,200 in three years: 2,900 in 2022 and 4,100 last year" (the levels it moved between)
            told = _told_out_of(doc, q, items)
            stated = sum(p.value for p in enum) if all(p.value is not None for p in enum) else None
            if told is None or stated is None:
                yield q, not _partition_runs_on(doc, enum) and not _occasions_untold(doc, q, enum), "explicit", \
                    "apposition"
            elif stated in (told.value, q.value):
                # (round 50) "23 crews finished, out of 31 that started: eleven from Wales, ...": the list may break
                # down either figure; it is read as the one it adds up to, and as neither when it fits neither
                yield told if stated == told.value else q, True, "explicit", "apposition"
        elif _bracketed_list(doc, q, enum, gap):
            yield q, True, "explicit", "apposition"  # "ringed 1,046 birds (688 pipits, 247 wheatears and ...)"
        elif _labelled_bracket_list(doc, q, enum, gap):
            yield q, False, "explicit", "apposition"  # "38,450 in the first half (battery-electric 26,900, ...)"
        elif _TOTALISER_BEFORE.search(text[max(0, q.start - 25):q.start]) and (
                len(words(gap)) <= 12 or _clause_then_comma(gap)) and _nouns_fit(q, enum):
            # (round 27: not "In all, 37,926 valid votes were cast for the seven candidates, and a further 118 ballot
            # papers were rejected": figures of other things after the total)
            yield q, True, "explicit", "total"
        elif _COPULA_END.search(gap) and len(words(gap)) <= 6 \
                and _DEFINITE_BEFORE.search(text[max(0, q.start - 12):q.start]) \
                and categories.is_partition(_part_nouns(doc, enum)):
            yield q, True, "explicit", "were"  # "The 27 people held were 19 men and 12 women"
        elif _heads_of_the(doc, q) and "," in gap and _only_item_counts(q, enum, items) \
                and (len(words(gap)) <= MAX_GAP_WORDS or _base_clause(gap) or _base_clause_then_subject(gap)):
            yield q, categories.is_partition(_part_nouns(doc, enum)) and not _partition_did(doc, q, enum), \
                "explicit", "of the"
        elif _covers_whole(doc, q, enum, items, gap):
            yield q, True, "explicit", "covers"  # "The £12.6m budget covers £5.1m for A, £4.8m for B and ..."
        elif q.kind == Kind.MONEY and (_OWN_SUBJECT_GAP.match(_SUBJECT_PERIOD.sub(r"\1", _subject_aside_dropped(gap)))
                                       or _allocating_clause(doc, q, gap) or _OWN_SUBJECT_FOR_GAP.match(gap)) \
                and not _ADDITION.search(_outside_list(doc, enum)) \
                and _allocates(doc, enum, gap, dated_subject=_subject_aside_dropped(gap) != gap
                               or _SUBJECT_PERIOD.match(gap) is not None
                               or _ALLOCATING_CLAUSE.match(gap) is not None and " for " in gap, bare=True):
            # "The £1.2bn plan sets aside £640m for A, £310m for B, ..."; (round 37) the subject's own period, "The
            # £312m budget for 2027-28 allocates ...", dates the whole, not one part
            yield q, False, "explicit", "contributed"
        elif _participle_list(doc, q, enum, gap):
            # "made 51 decisions on Tuesday, approving 38 applications, refusing 11 and deferring six"
            yield q, False, "explicit", "participles"
        elif (sample := _SAMPLE_BEFORE.search(text[max(0, q.start - 30):q.start])) and _FOUND_GAP.match(gap):
            # "A poll of 1,000 adults found 620 backed the plan, 310 opposed it and 120 were unsure"; (round 45) a
            # sample's size is a count of those asked, not a rounded figure, unless hedged ("a poll of some 2,000")
            yield q if q.hedge or sample.group("hedge") else _exact(q), False, "explicit", "survey of"
        elif _placed_apposition(doc, q, enum, gap):
            # "Nearly 900 people work at its two sites, about 640 at A and roughly 530 at B"
            yield q, _item_count_between(doc, q, enum, items) or _counted_one_by_one(doc, q, enum), "explicit", "apposition"
        elif (kinds := _kinds_apposition(doc, q, enum, gap)) is not None:
            # "cancelled 96 flights on Friday, 58 departures and 48 arrivals"
            yield q, kinds, "explicit", "apposition"
        elif _contest_record(doc, q, enum, gap):
            yield q, True, "explicit", "record"  # "played 46 games, won 20, drew 11 and lost 13"
    # 2. same sentence, after the list: "- 159 people in all -"
    after = [m for m in items if m.start >= last.end]
    for k, q in enumerate(after):
        if q.compound and k + 1 < len(after) and not _BREAKS.search(text[q.end:after[k + 1].start]):
            continue  # "gave her a 72-hole total of 274": a modifier of the total (round 12)
        gap = text[last.end:q.start]
        tail = text[q.end:q.end + 30]
        noun_tail = text[q.noun_span.end:q.noun_span.end + 30] if q.noun_span else tail
        if not _total_compatible(q, enum):
            continue
        if any(m.kind == q.kind and last.end <= m.start and m.end <= q.start and not m.compound
               and _ADDED_AFTER_LIST.search(text, max(last.end, m.start - 24), m.start)
               for m in doc.mentions_in(q.sentence)):
            break  # (round 54) "Nine men and eleven women will travel with four reserves, 23 in all": a figure
            # added between the list and the total may be one more part (not "across three states")
        if _LIST_THEN_COLON.match(gap) and _LIST_OPENS.match(text[doc.sentences[first.sentence].start:first.start]) \
                and _kinds_of_whole(q, enum) and not _no_link(gap, q, doc) and not _OTHER_PERIOD.search(gap) \
                and not _BUT_OR.search(gap):
            # "Two golds, three silvers and five bronzes: the team comes home with nine medals" (round 13)
            yield q, True, "explicit", "apposition"
        elif (_TOTALISER_AFTER.match(tail) or _TOTALISER_AFTER.match(noun_tail)) and _SUM_BEFORE_TOTAL.match(gap) \
                and (len(gap) <= 40 or not _no_link(gap, q, doc) and not _BREAKS.search(gap)
                     and _SUMMING_TAIL.match(gap[gap.rfind(",") + 1:] if "," in gap else "x x x x")
                     and not _OWN_PERIOD_AFTER.match(noun_tail)):
            # "312 were delayed and 89 cancelled after the fault at X, affecting 355 services in all"
            yield q, True, "explicit", "in all"
        elif _OUT_OF_TOTAL.match(gap):
            # "4,612 votes in favour and 3,288 against, out of 9,700 valid ballots", "cut 40 jobs in A and 25 in
            # B, out of a total of 900 staff": the whole the parts are of, all of it only when they exhaust it
            yield q, _outcomes_exhaust(doc, enum, q), "explicit", "out of"
        elif _TOTALISER_BEFORE.search(gap) and (len(words(gap)) <= 8 or len(_event_clause_dropped(gap)) <= 100 and "," in gap
                                                 and not _no_link(gap, q, doc) and not _BREAKS.search(gap)
                                                 and _SUMMING_TAIL.match(_TOTALISER_BEFORE.sub(" ", gap[gap.rfind(",") + 1:]))
                                                 and not _OWN_PERIOD_AFTER.match(noun_tail)):
            # "... after the signal failure, affecting a total of 355 services"
            yield q, True, "explicit", "a total of"
        elif q.kind == Kind.MONEY and _PLAN_WHICH_TOTALS.fullmatch(gap) and all(p.kind == Kind.MONEY for p in enum):
            # (round 51) "A will receive £21.3m, B £14.8m and C £11.2m under the council's capital programme for
            # next year, which totals £48.3m": the plan the shares come under, and its sum
            yield q, True, "explicit", "which totals"
        elif (_RUNNING_TOTAL_BEFORE.search(gap) and len(words(_event_clause_dropped(gap))) <= 10
              or _RUNNING_WIDE.search(gap) and len(words(_event_clause_dropped(gap))) <= RUNNING_GAP_WORDS
              or _RUNNING_SUMMED_NOUN.search(gap) and len(words(gap)) <= 10) and not _no_link(gap, q, doc):
            # a running total: holds the parts, maybe more -- all of them after a list of fresh parts
            if not _one_kind_of_casualty(doc, enum, gap) and not _aside_of_figure(doc, enum, gap) \
                    and not _first_heads_rest(doc, enum):
                yield q, _running_complete(doc, enum, gap), "explicit", "total to"
        elif q.kind == Kind.MONEY and all(p.parenthetical and p.kind == Kind.MONEY for p in enum) and len(enum) >= 2 \
                and _BRACKETED_PRICES_COST.fullmatch(gap):
            # (round 46) "A basket of bread (£1.45), milk (£1.20), eggs (£2.35) and butter (£2.10) now costs £7.40":
            # each item's price in brackets, then what they cost together
            yield q, True, "explicit", "cost together"
        elif _contest_record_after(doc, q, enum, gap):
            yield q, True, "explicit", "record"  # "won 20, drew 11 and lost 13 of their 46 games"
        elif (cue := _after_list_whole(doc, q, enum, gap)) is not None:
            # round 21: "... made up the side's 91 points", "- 6,950 saplings", "all 55 people", "bringing to 48 the"
            yield q, cue != "total to", "explicit", cue
        break
    # 3. nearby sentences
    sent = first.sentence
    para = doc.sentences[sent].paragraph
    named = _named_whole(doc, enum, items)
    split = _split_object(doc, enum, items) if named is None else None
    covered = _covers_named(doc, enum, items) if named is None and split is None else None
    exhaustive = _only_ones(doc, enum, items)
    back = _prev_figured(doc, sent)
    back_far = _back_past_smaller(doc, sent, enum) if _back_lead_then_clause(doc, enum, items) else None
    back_event = _back_to_event(doc, sent, enum, items) if back_far is None else None
    for other in range(max(0, sent - NEARBY_SENTENCES), min(len(doc.sentences), sent + NEARBY_SENTENCES + 1)):
        if other == sent or other not in by_sentence:
            continue
        if abs(doc.sentences[other].paragraph - para) > 2 or doc.sentences[other].chrome:
            continue
        if back_event is not None and other < sent and other != back_event:
            continue  # (round 28) "Of those killed" names its sentence: not the injured of the one between
        for q in by_sentence[other]:
            if other == sent + 1 and q is by_sentence[other][0] and len(items) == len(enum) \
                    and _all_opens_next(doc, q, enum):
                yield q, True, "inferred", "all"  # (round 37) "carrying 141 passengers and six crew ... All 153
                continue  # people on board left the aircraft"
            if not _total_compatible(q, enum, inferred=True) or q.compound:
                continue
            if q.value is not None and all(p.value is not None for p in enum) \
                    and q.value > 20 * sum(p.value for p in enum):
                continue  # "... 241 macro-moths and 146 micro-moths. In all, 18,652 individual moths": another count
            if _yardstick_of_comparison(doc, q):
                continue  # round 24: "still 8% short of the record 3.1 million fans": a mark measured against
            if (for_each(doc, q) or q.noun_span is not None and each_after(doc, q.noun_span.end)) \
                    and not _owner_named_in_both(doc, q, sent):
                continue  # (round 26) "A, B and C each won 11 medals, and D 9. D won three golds, ...": another's whole
            if _ANOTHER_PERIODS.search(text, max(doc.sentences[other].start, q.start - 40), q.start) \
                    and not _ANOTHER_PERIODS.search(doc.sentence_text(sent)):
                continue  # "last year's crop of 166,000 tonnes": another period's whole, not this list's
            if _PARTS_OF_ANOTHER_PERIOD.match(text, doc.sentences[sent].start, first.start) \
                    and not _PARTS_OF_ANOTHER_PERIOD.match(text, doc.sentences[other].start, q.start):
                continue  # (round 27) "Last year 55 were excellent and two were poor. In all, 80 of the 84 ...": the
                # parts of another period, not of this year's whole
            if _PART_OF_ANOTHER_AFTER.match(text, q.end) and _base_of_another_kind(doc, q, enum):
                continue  # "In total 23 of the marina's 240 berths were affected": a part of another whole
            before_q = text[doc.sentences[other].start:q.start]
            if (_SENTENCE_TOTALISER.match(before_q) or abs(other - sent) == 1 and _SENTENCE_TOTAL_CLAUSE.match(before_q)
                    and not _LONGER_SPAN.search(text[q.start:doc.sentences[other].end])
                    and not _OTHER_PERIOD.search(text[q.start:doc.sentences[other].end])) \
                    and (_nouns_fit(q, enum) or _cover_noun_echoed(doc, q, enum)) \
                    and (any(p.noun for p in enum) or _money_alike(q, enum)) or (
                    (_SENTENCE_TOTALISER.match(before_q) or _totalised(doc, q)) and other == sent - 1
                    and (q.noun is not None or q.kind == Kind.MONEY) and _gapped_subjects(doc, enum, q, least=2)
                    and _lone(q, by_sentence[other], enum) and len(items) == len(enum)):
                # "In total 2,640 homes were built. Private developers built 1,720 and councils 820"
                yield q, True, "inferred", "in all"
            elif other == sent - 1 and q.noun is not None and len(items) == len(enum) \
                    and _places_counted(q, by_sentence[other], enum) \
                    and not _TIME_WORDS.search(_outside_list(doc, enum)) \
                    and not any(m.kind in _TIME_KINDS for m in doc.mentions_in(sent)) \
                    and _gapped_subjects(doc, enum, q, least=2, first=_FIRST_GAPPED_PLACE, own_noun=True):
                # "The 3,600 cuts will fall on two regions. North America will lose 2,100 and Europe 1,900"
                yield q, True, "inferred", "places"
            elif other == sent + 1 and (running := _RUNNING_NEXT.match(before_q)) \
                    and _sole_figure(q, by_sentence[other]) and not _nouns_conflict(q, enum) \
                    and _names_what_list_did(running.group(1), doc.sentence_text(sent)):
                # "... and a further 31 on Wednesday. That brings the number rescued to 48": it holds them
                yield q, False, "inferred", "total to"
            elif other == sent + 1 and _OWNED_TOTAL_OPENING.match(before_q) and _owned_total_fits(doc, q, enum):
                # round 25: "... 13 golds, 11 silvers and 27 bronzes. Their total of 51 is ...": the next sentence
                # opens on the list's own total
                yield q, categories.is_partition(_part_nouns(doc, enum)), "inferred", "their total"
            elif _running_next_inverted(doc, q, other, sent, enum) and _sole_figure(q, by_sentence[other]) \
                    and not _nouns_conflict(q, enum):
                yield q, False, "inferred", "total to"  # round 21: "That brings to 24 the number ..."
            elif abs(other - sent) == 1 and (_across_as_many_places(doc, q, enum) or _from_as_many_origins(doc, q, enum)):
                # (round 52) "displaced 23,500 people across three districts. It counted 12,800 in A, 7,300 in B and
                # 2,400 in C"; "... at C 188. Union officials said the 873 redundancies across the three sites"
                yield q, True, "inferred", "across as many places"
            elif _sibling_places(doc, q, enum):
                continue  # "Eight died in A. Four died in B and five in C": one more place, no whole
            elif _unsorted_rest(doc, enum):
                continue  # (round 27) "231 were men, 52 were women and the gender of four people could not be
                # determined": the kinds do not hold them all
            elif categories.is_partition(_part_nouns(doc, enum)) and all(
                    categories.is_hyponym(q.noun, n) for n in _part_nouns(doc, enum)) \
                    and not _own_sentence_sum(enum, by_sentence.get(sent, ()), q) \
                    and not _whole_of_own_list(doc, q, by_sentence[other]):
                yield q, True, "inferred", "categories"
            elif other < sent and _people_whole_by_sex(doc, q, enum, items):
                # round 20: "Marovia's population has grown to 4,862,350. ... with 2,468,910 women and 2,439,440 men"
                yield q, True, "inferred", "categories"
            elif other == back and items[0] is first and _BREAKS_DOWN_LEAD.search(text[doc.sentences[sent].start:first.start]) \
                    and len(items) == len(enum) and not _nouns_conflict(q, enum) and _sole_figure(q, by_sentence[other]):
                # "Around 2,300 homes were flooded. The report breaks the figure down into 1,350 ..." (round 30 mend:
                # not all of it before "the rest in France")
                yield q, not _tells_more_parts(doc, enum), "inferred", "breaks down"
            elif other == back and _refers_back(doc, q, enum, items) and not _nouns_conflict(q, enum) \
                    and not _old_level_of_move(doc, q, by_sentence[other]) \
                    and (_sole_figure(q, by_sentence[other], doc) or _has_anchor(doc, by_sentence[other])
                         or _only_holder(doc, q, by_sentence[other], enum)
                         or _level_reached(doc, q, by_sentence[other])
                         or _sole_of_named_period(doc, q, by_sentence[other], first)):
                # "Inspectors visited 212 farms. Of those, 148 passed, ...", "... took 37 of them to hospital"
                yield q, categories.is_partition(_part_nouns(doc, enum)) and not _partition_runs_on(doc, enum) \
                    or _whole_placed(doc, q, enum), "inferred", "of those"
            elif (other == back_far and (q.kind == Kind.COUNT and _same_thing(q, enum) or _same_unit_measure(q, enum))
                  or other == back_event and q.kind == Kind.COUNT
                  and (_same_thing(q, enum) or categories.normalise(q.noun or "") in categories.PEOPLE)) \
                    and not _nouns_conflict(q, enum) \
                    and (_sole_figure(q, by_sentence[other], doc) or _sole_but_compared(doc, q, by_sentence[other])):
                # round 24: "Crews filled 23,480 potholes. The council spent £6.2m on the work. Of the total, crews in
                # the north filled 7,920 potholes, ...": the back phrase points past sentences of other figures
                yield q, categories.is_partition(_part_nouns(doc, enum)) and not _partition_runs_on(doc, enum), \
                    "inferred", "of those"
            elif other < sent and named is not None and (_names_whole(named, q) or _named_beside(doc, named, q)) \
                    and not _nouns_conflict(q, enum) \
                    and (_sole_figure(q, by_sentence[other], doc) or _sole_but_compared(doc, q, by_sentence[other])) \
                    and not any(k in by_sentence for k in range(other + 1, sent)):
                # "... record 48,000 ticket sales" / "The final tally was made up of 21,500 day passes, ..."
                yield q, True, "inferred", "the total"
            elif other < sent and split is not None and _split_names(doc, split, q) and not _nouns_conflict(q, enum) \
                    and _sole_figure(q, by_sentence[other], doc) \
                    and not any(k in by_sentence for k in range(other + 1, sent)):
                # "Operator adds 140 extra weekly journeys" / "The timetable splits the extra journeys between the
                # city routes (96) and the rural routes (44)" (round 18)
                yield q, True, "inferred", "split between"
            elif other < sent and covered is not None and q.kind == Kind.MONEY \
                    and (covered in _MONEY_WHOLES or _names_whole(covered, q) or _named_beside(doc, covered, q)) \
                    and _sole_figure(q, by_sentence[other], doc) and not _NET_RESULT.search(doc.sentence_text(other)) \
                    and not any(k in by_sentence for k in range(other + 1, sent)):
                # "The council will spend £12.6m on roads. The budget covers £5.1m for A, £4.8m for B and ..." (round 18)
                yield q, True, "inferred", "covers"
            elif other < sent and exhaustive and _counts_alike(q, enum, doc) and _sole_figure(q, by_sentence[other]) \
                    and not any(k in by_sentence for k in range(other + 1, sent)):
                # "Strike strands 9,000 commuters" / "... 5,200 on A and 2,100 on B, the only lines affected"
                yield q, True, "inferred", "the only"
            elif other == sent - 1 and (_contributes(doc, enum) or _takes_of_cost(doc, q, enum)) \
                    and not _nouns_conflict(q, enum) \
                    and (_sole_figure(q, by_sentence[other], doc) or _sole_but_moved_from(doc, q, by_sentence[other])) \
                    and not _whole_in_older_year(doc, q, sent):  # (but the value it moved from: round 17)
                if (whole := _whole_of_share(doc, q, enum, by_sentence)) is not None:
                    # "It collected £1,846,000. Most of the money, £1,124,000, came from the public. Firms gave
                    # £482,000 and a further £240,000 ...": q is one more part of the whole before it (round 13)
                    yield whole, False, "inferred", "share of"
                    continue
                if _one_of_its_kind(doc, q):
                    continue  # "brought in the largest share, £418,000, ... Gifts added £352,000, ...": siblings
                if _CHANGE_FROM_BEFORE.search(doc.text, max(doc.sentences[other].start, q.start - 40), q.start):
                    # "Turnover rose by 17% from £33.1m. Broadcasting brought in £17.9m, ...": the old level; the
                    # parts break down the new one, an earlier figure the change itself points at (round 17)
                    if (level := _new_level_told_before(doc, q)) is not None:
                        yield level, len(items) == len(enum) and _gapped_contributions(doc, enum), "inferred", "contributed"
                    continue
                # "Revenue came in at $2.7bn. North America contributed $1.6bn, Europe $0.7bn and ..."
                yield q, len(items) == len(enum) and (_gapped_contributions(doc, enum) or _catch_all_last(doc, enum)) \
                    and not _NET_RESULT.search(doc.sentence_text(q.sentence)), "inferred", "contributed"
            elif other == back and all(_own_noun(p, doc) is None for p in enum) \
                    and (q.noun is not None or _SIZE_OF_BEFORE.search(doc.text, max(0, q.start - 30), q.start)) \
                    and _lone(q, by_sentence[other], enum) and len(items) == len(enum) \
                    and (_verb_follows(doc, enum[0]) or _counted_in_place(doc, enum[0])) \
                    and not _lead_names_other_harm(doc, q, enum) \
                    and not _time_words_outside(doc, enum) \
                    and not _COMPARED_BASE_BEFORE.search(doc.text, max(0, q.start - 30), q.start) \
                    and all(_verb_follows(doc, p) or _GAPPED_PLACE.match(doc.text[p.end:p.end + 12]) for p in enum[1:]):
                # "31 remained in hospital and 38 went home", "2,900 came on Saturday and 2,100 on Sunday",
                # "Its count found 389 on trolleys and a further 159 on wards"
                yield q, False, "inferred", "bare parts"
            elif other == back and q.kind == Kind.COUNT and q.noun is not None and _lone(q, by_sentence[other], enum) \
                    and len(items) == len(enum) and _gapped_predicates(doc, enum) \
                    and not _lead_names_other_harm(doc, q, enum) \
                    and not _TIME_WORDS.search(_outside_list(doc, enum)) \
                    and not _COMPARED_BASE_BEFORE.search(doc.text, max(0, q.start - 30), q.start):
                # round 21: "Inspectors visited 48 schools. Twelve were rated outstanding, 27 good and nine as
                # inadequate": gapped labels after the first part's verb (partial)
                yield q, False, "inferred", "bare parts"
            elif other == sent - 1 and q.kind == Kind.COUNT and _sole_figure(q, by_sentence[other]) \
                    and len(items) == len(enum) == 2 and _complementary(doc, enum) and _pair_fits(q, enum) \
                    and not _time_anchored(doc, sent, enum):
                # "Fog grounded 96 flights. Officials said 58 departures and 48 arrivals were cancelled"
                yield q, False, "inferred", "pair"
            elif other == sent - 1 and _people_split(doc, q, by_sentence[other], enum, items):
                # "Some 1,840 walkers set off on Sunday. Stewards said 950 men and 1,010 women completed the
                # route": men and women of the people counted before (partial, round 14)
                yield q, False, "inferred", "pair"
            elif other == sent - 1 and q.kind == Kind.COUNT and _lone(q, by_sentence[other], enum) \
                    and len(items) == len(enum) and (_ballots_next(doc, q, enum) or _valid_votes_next(doc, q, enum)):
                # "Turnout was 43,306. A polled 18,942 votes, B 15,118 and C 5,870; a further 376 papers were
                # rejected": every ballot is a candidate's or spoiled
                yield q, True, "inferred", "ballots"
            elif other == sent + 1 and q.kind == Kind.COUNT and len(items) == len(enum) \
                    and _valid_papers_after(doc, q, enum):
                yield q, True, "inferred", "ballots"  # (round 32) "... with C on 611 and D on 287. ..., 4,276 were valid"
            elif other == sent - 1 and q.kind == Kind.COUNT and _lone(q, by_sentence[other], enum) \
                    and len(items) == len(enum) and _spans_periods(doc, q) and _in_sub_periods(doc, enum) \
                    and not _nouns_conflict(q, enum):
                # "512,000 came over the fortnight. The first week drew 309,000, with another 230,000 in the second"
                yield q, False, "inferred", "periods"
            elif other == sent - 1 and q.kind == Kind.MEASURE and not q.compound and not any(
                    p.compound or re.search(r"\b(?:the|a|an|its|their)\s+$", doc.text[max(0, p.start - 8):p.start], re.I)
                    for p in enum) \
                    and sum(1 for m in by_sentence[other] if m.kind == Kind.MEASURE) == 1 \
                    and all(m.kind in (Kind.MEASURE, Kind.MULTIPLE, Kind.FRACTION) for m in by_sentence[other]) \
                    and len(items) == len(enum) and (_over_periods(doc, enum) or _in_sub_periods(doc, enum)):
                # (round 43: also beside a multiple of a norm, and in pieces of the month: "186mm of rain in March,
                # nearly three times the norm. Some 74mm fell in the first week, 41mm in the second and ...")
                yield q, False, "inferred", "same unit"  # "14 inches fell. Five inches fell on Monday, 6 ..."
            elif other == back and q.kind == Kind.COUNT and q.noun is not None and _lone(q, by_sentence[other], enum) \
                    and len(items) == len(enum) and _gapped_subjects(doc, enum, q) \
                    and not _NOT_CLOSED.search(doc.sentence_text(sent)) \
                    and not _TIME_WORDS.search(_outside_list(doc, enum)) and not _time_anchored(doc, sent, enum):
                # "The bloc will hold 91 seats. The People's Party took 58, its partners 22 and the Greens nine"
                # (not ballots or votes cast, which may hold spoiled papers or other candidates)
                yield q, True, "inferred", "gapped"
            elif other == back and q.kind == Kind.MEASURE and _lone(q, by_sentence[other], enum) \
                    and len(items) == len(enum) and not _DEPTH_UNIT.match(q.unit or "") \
                    and _gapped_subjects(doc, enum, q, first=_FIRST_GAPPED_MEASURE) \
                    and not _NOT_CLOSED.search(doc.sentence_text(sent)) \
                    and not _TIME_WORDS.search(_outside_list(doc, enum)) and not _time_anchored(doc, sent, enum):
                # "Output from the three mines totalled 412,000 tonnes. Alta Verde produced 198,000 tonnes, Cerro
                # Blanco 141,000 and ...": gapped sources of the measure before (partial: round 13); (round 51) all
                # of it when the sentence before counted as many sources as the list names ("four wind farms with a
                # combined capacity of 225MW. Hill End will generate 80MW, Crag Moor 64MW, ...")
                yield q, _sources_counted(doc, q, enum), "inferred", "gapped"
            elif other == sent - 1 and q.kind == Kind.COUNT and len(items) == len(enum) \
                    and _same_noun_before(doc, q, by_sentence[other], enum) \
                    and not _time_anchored_past_source(doc, sent, enum) and not _stock_after_change(doc, q, enum):
                yield q, False, "inferred", "same noun"  # "cast 82,400 ballots. Yes won 47,900 votes and ..."
    # 4. the size of the body whose seats the list shares out: "Labour won 23 seats, the Tories 18
    # and the Greens nine, giving a 48-seat council"
    if not any(m.kind in _TIME_KINDS and first.start < m.start < last.end + 20 for m in doc.mentions_in(sent)) \
            and not any(_BASE_OF_BEFORE.search(text, max(0, p.start - 12), p.start) for p in enum):
        # ((round 47) not when a listed figure is a whole of its own: "took 12 of the 45 seats, while the Greens won 8")
        for other in (sent - 1, sent, sent + 1):
            if not 0 <= other < len(doc.sentences) or doc.sentences[other].paragraph != para:
                continue
            for q in doc.mentions_in(other):
                if q.kind == Kind.COUNT and q.compound and q.value and _BODY_SIZE.search(q.text) \
                        and not _NOT_A_BODY.match(text[q.end:q.end + 30]) and (_seat_counts(enum)
                                                                               or other == sent and _BODY_HOLDS.match(
                                                                                   text, q.end, first.start)
                                                                               and _party_members(doc, enum) or all(
                            p.noun is None for p in enum) and _seats_beside(doc, q, enum)):
                    if other == sent and q.end <= first.start and _size_of_body_held(doc, q):
                        continue  # (round 33) "holds 23 seats on the 60-seat assembly: 12 ...": the 23 are broken down
                    yield _exact(q), False, "explicit" if other == sent else "inferred", "seats"
    # 5. a toll in the headline over a body list of people that covers them ("TOLL RISES TO 43" /
    # "the bodies of 29 adults and 18 children"; inferred)
    body = doc.sentence_text(sent)
    if (categories.is_partition(_part_nouns(doc, enum)) and all(
            categories.normalise(n) in categories.PEOPLE for n in _part_nouns(doc, enum))
            or _dead_in_places(doc, enum)) \
            and _DEAD.search(body) and not _NOT_DEAD.search(body):
        for other in range(max(0, sent - HEADLINE_REACH), sent):
            if doc.sentences[other].headline and _TOLL.search(doc.sentence_text(other)):
                for q in by_sentence.get(other, ()):
                    if q.kind == Kind.COUNT and not q.compound and (q.noun is None or q.noun.lower() in _TOLL_NOUNS) \
                            and _TOLL_VALUE_BEFORE.search(text[max(0, q.start - 12):q.start]) \
                            and _total_compatible(q, enum, inferred=True):
                        yield q, False, "inferred", "toll"  # the toll may hold more than this list
    # 6. the headline, when the list says it names every item
    if _lists_every_item(doc, enum, items) or len(items) == len(enum) and _complementary(doc, enum):
        # (or two parts labelled by the halves of a pair, "4.1 million on international routes and another
        # 2.3 million on domestic flights", the only figures of their sentence: round 11)
        for other in range(max(0, sent - HEADLINE_REACH), sent):
            if not doc.sentences[other].headline:
                continue
            for q in by_sentence.get(other, ()):
                if (_same_noun(q, enum) or _echoes_headline(doc, other, enum) and not _nouns_conflict(q, enum)) \
                        and _total_compatible(q, enum, inferred=True) and not q.compound:
                    yield q, True, "inferred", "headline"


# "The People's Party took 58, its partners in the Farmers' Union 22 and the Christian Democrats nine": a
# subject and a verb before the first part, a named subject alone before each of the others
_FIRST_GAPPED = re.compile(r"(?:^|[,;]\s*|\bsaid\s+)(?:the\s+|its\s+|their\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?"
                           r"\s+(?:(?:will|would|could)\s+)?(?:took|take[sn]?|won|wins?|got|gets?|gained|has|have|had|holds?|held"
                           r"|secured|claimed|received|collected|picked\s+up|earned|built|builds?|sold|sells?|made"
                           r"|makes?|scored|scores?|raised|raises?|spent|spends?|owns?|owned|employs?|employed"
                           r"|handled|handles?|recorded|records?|reported|reports?)\s+$")
# measures a named source gives: "Alta Verde produced 198,000 tonnes, Cerro Blanco 141,000 and ..." (round 13)
_FIRST_GAPPED_MEASURE = re.compile(_FIRST_GAPPED.pattern[:-5] + r"|produc(?:e|es|ed|ing)|generat(?:e|es|ed|ing)"
                                   r"|deliver(?:s|ed)?|ship(?:s|ped)|export(?:s|ed)|import(?:s|ed)|mined|landed|harvested"
                                   r"|caught|pumped|stor(?:e|es|ed)|supplie[sd]|suppl(?:y|ied)|emitted|us(?:e|es|ed)|consumed"
                                   r"|laid|dug|drilled|planted|cleared|covers?|covered)\s+$")
# in a split over counted places, the places may also lose, shed or cut their share: "North America will lose
# 2,100, Europe 1,900"
_FIRST_GAPPED_PLACE = re.compile(_FIRST_GAPPED.pattern[:-5] + r"|los(?:e|es|t|ing)|shed(?:s|ding)?|cut(?:s|ting)?"
                                 r"|axe[sd]?|get|gets|receive[sd]?)\s+$")
_NEXT_GAPPED = re.compile(r"^\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)(?:the\s+|its\s+|their\s+)?"
                          r"(?:[\w'’.-]+\s+){0,5}?(?:[A-Z][\w'’.-]*|[a-z]{3,}s)\s+$")
_NO_VERB = re.compile(r"\b(?:[a-z]+ed|took|won|got|has|have|had|was|were|is|are|will|would)\b")
_NAMED_SUBJECT = re.compile(r"^\W*(?!(?:The|A|An|Its|Their|His|Her|Our|This|These|Those|Together|Altogether|In|All|Some"
                            r"|About|Around|Nearly|Almost|Over|More|Just|Only)\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
                            r"\s+(?:has|have|had|holds?|held|won|wins|took|takes|got|gets|secured|controls?|will|would"
                            r"|is|was|now)\b")
_BODY_HOLDER = re.compile(r"\b(?:council|parliament|assembly|chamber|house|senate|congress|legislature|board"
                          r"|committee|cabinet|elect\w*|returned)\b", re.I)
_AND_WORD = re.compile(r"\band\s", re.I)


def _gapped_subjects(doc: Document, enum, q: Mention, least: int = 3, first: re.Pattern = _FIRST_GAPPED,
                     own_noun: bool = False) -> bool:
    """Three or more bare parts sharing the verb and the noun of the first:
    a different named subject before each, no noun of their own (the first
    may repeat the whole's: "took 58 seats, the Greens 22 and ...")."""
    if _TOOK_PART.search(doc.sentence_text(q.sentence)):
        return False  # votes or ballots cast may hold spoiled papers and other candidates
    lead = doc.text[doc.sentences[q.sentence].start:q.start]
    if _NAMED_SUBJECT.match(lead):
        return False  # "Labour has 84 seats. The Tories have 47, ...": a rival named like the parts, no whole
    if categories.normalise(q.noun) in _SEAT_WORDS and _BODY_HOLDER.search(lead):
        return False  # "The council has 84 seats": the size of a body, which others may share
    if len(enum) < least or any(p.noun is not None or p.hedge for p in enum[1:]) or enum[0].hedge \
            or enum[0].noun is not None and not categories.same_thing(q.noun, enum[0].noun) \
            and not (own_noun and not categories.excludes(q.noun, enum[0].noun)):
        # (``own_noun``: over counted places the first part may name its own noun, "the 3,600 cuts ... North
        # America will lose 2,100 roles and Europe 1,900", round 11)
        return False
    lead = doc.text[doc.sentences[enum[0].sentence].start:enum[0].start]
    if not first.search(lead):
        return False
    for a, b in zip(enum, enum[1:]):
        joint = doc.text[a.noun_span.end if a.noun_span and a.noun_span.end <= b.start else a.end:b.start]
        if not _NEXT_GAPPED.match(joint) or _NO_VERB.search(joint):
            return False
    return bool(_AND_WORD.search(doc.text[enum[-2].end:enum[-1].start]))


CLOSED_LIST_MIN = 3
_LAST_JOINT = re.compile(r"^[^;:()\[\]]*\band\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_NOT_CLOSED = re.compile(r"\b(?:rest|remainder|remaining|others?|also|so\s+far|to\s+date|yet|still|includ\w*"
                         r"|among|such\s+as|mainly|mostly|chiefly|largely)\b", re.I)


# cues that divide a whole without saying whether all of it is listed
_CLOSING_CUES = frozenset({"of which"})
_OF_WHOM = re.compile(r"\bof\s+whom\b|\bwho\b", re.I)


def _closed_list(doc: Document, q: Mention, enum, items) -> bool:
    """"1,240 homes, of which 620 would be sold, 310 offered ... and 210 let
    ...", "Of those, 148 ..., 51 ... and 23 ...": three or more parts closed
    by "and", the only figures of their sentence beside the whole, nothing
    said to be left out or included, and no people (who come in open sets of
    kinds: "140 were British, 96 German and 51 French"), are read as all of
    it (inferred: the cue alone allows a part)."""
    if len(enum) < CLOSED_LIST_MIN or len(items) != len(enum) + (q in items) \
            or not _LAST_JOINT.match(doc.text[enum[-2].end:enum[-1].start]):
        return False
    nouns = [n for n in _part_nouns(doc, enum) if n] + [q.noun or ""]
    if any(categories.normalise(n) in categories.PEOPLE for n in nouns) or _OF_WHOM.search(
            doc.text[max(0, enum[0].start - 40):enum[0].start]):
        return False  # people come in open sets of kinds: "140 were British, 96 German and 51 French"
    if q.kind == Kind.MONEY and _NET_RESULT.search(doc.sentence_text(q.sentence)):
        return False  # a profit or other net result may hold losses left unlisted
    start = q.end if q.sentence == enum[0].sentence else doc.sentences[enum[0].sentence].start
    return not _NOT_CLOSED.search(doc.text[start:doc.sentences[enum[0].sentence].end])


# round 20: words that make a ", with" list a selection: "with its biggest units ...", "led by", "notably"
_WITH_SELECTION = re.compile(r"\b(?:biggest|largest|main|major|top|leading|chief|principal|led\s+by|notably|especially"
                             r"|in\s+particular|particularly|for\s+example|for\s+instance|e\.g|half|most|several|some)\b",
                             re.I)


def _with_list_closed(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """Round 20 policy: ", with" right after the whole's phrase, then three or more parts closed by "and" (checked by
    ``_closed_list``), each placed by where it came from or went ("€2.1bn coming from dairy, €1.2bn from bakery and
    €0.4bn from frozen meals"), no word making them a selection, together at least 85% of the whole: writers give
    such a list as the whole breakdown (complete, inferred: a shortfall is a warning)."""
    if q.sentence != enum[0].sentence or q.end > enum[0].start:
        return False
    gap = doc.text[q.end:enum[0].start]
    if not _COMMA_WITH.search(gap) or _WITH_SELECTION.search(doc.text[q.end:doc.sentences[q.sentence].end]):
        return False
    if not all(_SOURCE_AFTER.match(doc.text[p.end:p.end + 40]) or _GAPPED_SOURCE.match(doc.text[p.end:p.end + 12])
               for p in enum):
        return False
    if q.value is None or any(p.value is None for p in enum) or sum(p.value for p in enum) < q.value * WITH_LIST_COVER:
        return False  # "raised £5.2m, with £2.1m from A, £1.2m from B and £0.4m from C": far short, a selection
    # parts above the whole stay the explicit partial reading's error (FC102)
    return agrees(PartsOfWhole(link="explicit", cue="with", total=q, parts=enum, complete=False, bounded=True))


WITH_LIST_COVER = Fraction(17, 20)  # a ", with" list read as all of the whole covers at least 85% of it

# round 23: the ", with" list labelled before each part, a verb of contribution after the first label and the
# others gapped: ", with hardware contributing $388m, services $171m and licensing $43m"
_CONTRIBUTING = r"(?:contributing|bringing\s+in|generating|accounting\s+for|providing|making\s+up|adding|earning|raising)"
_WITH_FIRST_LABEL = re.compile(r",\s*with\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w'’-]*\s+){1,3}" + _CONTRIBUTING
                               + r"\s+(?:(?:some|about|around|nearly|almost|roughly|another)\s+)?$", re.I)
_WITH_LATER_LABEL = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w'’-]*\s+){1,3}"
                               r"(?:" + _CONTRIBUTING + r"\s+)?(?:(?:some|about|around|nearly|almost|roughly|another)\s+)?$", re.I)


def _with_labels_closed(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """Round 23: ``_with_list_closed`` with each part labelled before its figure instead of placed after it
    ("revenue was $612m, with hardware contributing $388m, services $171m and licensing $43m"): the same
    policy (no word of selection, together at least 85% of the whole)."""
    if q.sentence != enum[0].sentence or q.end > enum[0].start:
        return False
    sent_end = doc.sentences[q.sentence].end
    if not _WITH_FIRST_LABEL.search(doc.text, q.end, enum[0].start) \
            or _WITH_SELECTION.search(doc.text[q.end:sent_end]):
        return False
    if not all(_WITH_LATER_LABEL.match(doc.text[a.end:b.start]) for a, b in zip(enum, enum[1:])):
        return False
    if not _LIST_END_AFTER.match(doc.text[enum[-1].end:sent_end]):
        return False  # "... and licensing $43m, while ...": the list may go on past the last part
    if q.value is None or any(p.value is None for p in enum) or sum(p.value for p in enum) < q.value * WITH_LIST_COVER:
        return False
    return agrees(PartsOfWhole(link="explicit", cue="with", total=q, parts=enum, complete=False, bounded=True))


# the list ends its sentence, maybe after an attribution: "... and licensing $43m." / "..., the filing showed."
_LIST_END_AFTER = re.compile(r"^\s*(?:,\s*(?:the\s+|a\s+|its\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,4}?(?:said|says|showed|shows"
                             r"|reported|added|confirmed)\b[^,;:\d]*)?[.!]?[\"”’']?\s*$", re.I)


# round 21: a sentence opened by its base, "Of the 18,406 votes cast", "Of all the 2,400 tonnes landed"
_LEADING_OF_BASE = re.compile(r"^\W*Of\s+(?:all\s+)?(?:the|its|their|these|those|this|that)?\s*"
                              r"(?:(?:some|about|around|nearly|almost|roughly|just\s+over|just\s+under)\s+)?$", re.I)
# a name after a part: "9,716 were for Marsh", "5,870 to Fairley", "2,941 went to the Greens", "600 in Leeds"
_NAME_AFTER_PART = re.compile(r"^\s+(?:[a-z]+\s+){0,2}?(?:for|to|by|in|at)\s+(?:the\s+)?[A-Z]")
# a name before a part, in the words since the list's last joint: "Labour's Priya Mehta received 9,212",
# ", the Liberal Democrats' Tom Fairley 5,870", " and Conservative Ann Rudd 2,941"
_NAME_BEFORE_PART = re.compile(r"(?:^|[\s'’])(?!(?:Of|The|And|While|A|An|Its|Their|Some|About|Around|Nearly|Almost|Just"
                               r"|Only|Over|More|Another|Other|Others|All)\b)[A-Z][\w'’.-]*")
_LEADING_SPOILED_NOUNS = frozenset("ballots papers".split())
# a list of named parts read as all of a leading base covers at least 95% of it: the main parties' votes or
# seats of a national election come to some 90%, the smaller ones left unnamed
LEADING_BASE_COVER = Fraction(19, 20)


def _leading_base_named_parts(doc: Document, q: Mention, enum, items) -> bool:
    """Round 21 policy: a sentence opened by its base ("Of the N <noun phrase, any verb or qualifier>,"), then
    three or more parts closed by "and", each named -- a name before it as the subject of its verb, gapped or
    not ("Labour's Priya Mehta received 9,212, the Liberal Democrats' Tom Fairley 5,870 and ..."), or after it
    ("9,716 were for Marsh, 6,211 for Petrakis", "9,212 went to A, 5,870 to B and 2,941 to C") --, the last
    part may be the spoiled papers (", while 83 were rejected", "and 1,893 were spoilt or left blank"), no
    other figure in the sentence, no word of selection or of more ("including", "the rest", "main",
    "mostly"), the parts together at least 95% of the base (``LEADING_BASE_COVER``): writers give such a list as
    all of the base (complete, inferred: a shortfall is a warning; parts above it stay the partial reading's
    error). Ballots or papers may hold spoiled ones: all of them only with the spoiled part listed."""
    if len(enum) < CLOSED_LIST_MIN or q.sentence != enum[0].sentence or q.end > enum[0].start \
            or len(items) != len(enum) + (q in items) or q.value is None or any(p.value is None for p in enum):
        return False
    sent = doc.sentences[q.sentence]
    if not _LEADING_OF_BASE.match(doc.text[sent.start:q.start]):
        return False
    base = doc.text[q.end:enum[0].start]
    if "," not in base or any(c in base for c in ";:()[]"):
        return False
    tail = doc.text[enum[-1].end:sent.end]
    spoiled = bool(_SPOILED_AFTER.match(tail))
    named = enum[:-1] if spoiled else enum
    if len(named) < 2 or not (_LAST_JOINT.match(doc.text[enum[-2].end:enum[-1].start])
                              or spoiled and re.match(r"^\s*(?:,\s*)?(?:while|whereas|and)\s+(?:[\w'’-]+\s+){0,2}$",
                                                      doc.text[enum[-2].end:enum[-1].start], re.I)):
        return False
    listed = doc.text[base.find(",") + q.end:sent.end]
    if _NOT_CLOSED.search(listed) or _WITH_SELECTION.search(listed):
        return False
    starts = [base.find(",") + q.end] + [p.end for p in named[:-1]]
    for start, p in zip(starts, named):
        label = doc.text[start:p.start]
        if not (_NAME_AFTER_PART.match(doc.text[p.end:p.end + 40]) or len(words(label)) <= 8 and _NAME_BEFORE_PART.search(label)):
            return False
    noun = (q.noun or "").lower().split()
    if not spoiled and noun and noun[-1] in _LEADING_SPOILED_NOUNS:
        return False  # "Of the 18,406 ballots cast, A took 9,212, ...": some papers may have been spoiled
    if noun and categories.normalise(noun[-1]) in _SEAT_WORDS:
        return False  # "Of the 650 seats, Labour won 411, ...": a body's seats, which smaller parties share
    if sum(p.value for p in enum) < q.value * LEADING_BASE_COVER:
        return False  # "Of the 640 jobs, Leeds gets 300, York 200 and Hull 90": short of it, a selection
    return agrees(PartsOfWhole(link="explicit", cue="of the", total=q, parts=enum, complete=False, bounded=True))


# (round 28) the group's noun right before the comma of an apposition: "The 14-strong sevens squad, "
_GROUP_NOUN_COMMA = re.compile(r"(?:\s+[a-z][\w'’-]*){1,3}\s*,\s*")
# what closes the apposition: a comma and the sentence's verb, an auxiliary or a finite form (not its end: "named a
# 12-person jury, seven critics and four directors." may name three things; nor "with", "among others", "so far",
# "mostly from ...": more of the group, or the list hedged)
_APPOSED_MEMBERS_END = re.compile(r"\s*,\s+([a-z]+)\b")
_AUXILIARIES = frozenset("has have had is are was were will would can could may must".split())
# a present form in "-s" ("flies", "meets"), not "plus", "across", "thus" nor an adverb in "-s"
_PRESENT_S = re.compile(r"[a-z]{2,}[^su'’]s")
_ADVERBS_IN_S = frozenset("besides perhaps whereas towards afterwards sometimes always nowadays".split())


def _finite_verb(word: str) -> bool:
    """(round 28 mend) ``word`` (lower case) reads as a finite verb: an auxiliary, a past form ("arrived", "set") or
    a present form in "-s" ("flies")."""
    return word in _AUXILIARIES or is_past_form(word) or word in IRREGULAR_PAST \
        or _PRESENT_S.fullmatch(word) is not None and word not in _ADVERBS_IN_S


# the nouns that split people by sex or age ("men", "women", "girls", "adults"): members so split are one dimension
_SEX_AGE_NOUNS = frozenset().union(*(part for part in categories.PARTITIONS if part & {"men", "boys", "adults"}))


def _members_apposed(doc: Document, q: Mention, enum: tuple[Mention, ...], gap: str) -> bool:
    """(round 28) A group's size, its noun, then its members between commas, each exact with a noun of its own and
    closed by "and", then a comma and the sentence's verb: "The 14-strong squad, eight forwards and five backs, flies ..."; "a
    40-member delegation, 12 ministers and 25 officials, arrived" -- the makeup of the whole group (not "including",
    "with", nor a list going on: "..., and two coaches").  (Mend) The members must come within a tenth of the group
    ("four goalkeepers and nine defenders" of a 26-man squad, "12 Britons and 10 Americans" of a crew of 30 are some
    of it), split people in one way (not "six women and 11 graduates"), and a group of beds holds no members ("a
    40-bed unit, 12 single rooms and two wards,")."""
    if not _GROUP_SIZE.search(q.text) or q.text.lower().endswith("bed") or not _GROUP_NOUN_COMMA.fullmatch(gap) \
            or any(p.hedge is not None or p.kind != Kind.COUNT or _own_noun(p, doc) is None for p in enum) \
            or not _and_before_last(doc, enum) \
            or sum(p.value for p in enum) < q.value * (1 - PEOPLE_BY_SEX_SLACK):
        return False
    nouns = frozenset(categories.normalise(_own_noun(p, doc)) for p in enum)
    if nouns & _SEX_AGE_NOUNS and not categories.is_partition([_own_noun(p, doc) for p in enum]):
        return False
    last_end = enum[-1].noun_span.end if enum[-1].noun_span else enum[-1].end
    end = _APPOSED_MEMBERS_END.match(doc.text, last_end, doc.sentences[q.sentence].end)
    return end is not None and _finite_verb(end.group(1))


# a compound giving the size of a group: "26-man squad", "40-strong crowd", "12-member board"
_GROUP_SIZE = re.compile(r"[- ](?:man|woman|member|strong|person|player|seat|bed)$", re.I)
# (round 48) a group sized by "of": "A field of 34 went to post" (its noun before the figure)
_SIZE_OF_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?(?:field|crowd|crew|group|squad|party|fleet|"
                             r"class|cohort|intake|contingent|convoy|flotilla|herd|flock|pack)\s+of\s+$", re.I)
# round 20: a measure's size as a compound before its noun, the parts in its unit: "a 2,350-tonne harvest was made up
# of 1,400 tonnes of ...", "the 42-mile route comprises 30 miles of road and 12 miles of track" (explicit cues only)
# (round 33) a count of things, then the size of the body they sit in: "178 seats in the 350-seat chamber"
_IN_THE_BODY = re.compile(r"\s+(?:in|on|of)\s+(?:the|a|an|its|their|this|that)\s+(?:new|next|current|incoming|"
                          r"outgoing|enlarged|expanded)?\s*$", re.I)  # (round 38: "in the new 580-member House")
# (round 33) a body's seats are its members: "73 seats on the 150-member council", "40 members of the 90-seat house"
_SEAT_HOLDER = {"member": "seat"}


def _size_of_body_held(doc: Document, q: Mention) -> bool:
    """(round 33) A group size ``q`` right after a plain count of its own things "in"/"on"/"of the" body: "won 26
    seats on the 60-seat council", "has 12 members of the 40-member board". The size is where the count sits; a
    list after them breaks down the count held, not the body."""
    return _count_held_in_body(doc, q) is not None


def _count_held_in_body(doc: Document, q: Mention) -> Mention | None:
    """(round 33) The plain count held right before the body's size ``q``: "26 seats" of "won 26 seats on the 60-seat
    council" (None when there is none)."""
    unit = re.split(r"[- ]", q.text)[-1].lower()
    unit = _SEAT_HOLDER.get(unit, unit)
    for p in doc.mentions_in(q.sentence):
        if p.end > q.start:
            break
        if p.kind == Kind.COUNT and not p.compound and p.noun_span is not None \
                and _SEAT_HOLDER.get(p.noun.lower().rstrip("s"), p.noun.lower().rstrip("s")) == unit \
                and _IN_THE_BODY.fullmatch(doc.text, p.noun_span.end, q.start):
            return p
    return None


def _rest_of_body(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(round 33 mend) The list after a count held in a body is the rest of the body, the others' share, when the count
    and the parts fill the body's size: "holds 40 seats in the 100-seat parliament - the opposition has 35 and
    independents 25" (40 + 35 + 25 = 100)."""
    held = _count_held_in_body(doc, q)
    return held is not None and q.value is not None and all(p.value is not None for p in enum) \
        and held.value + sum(p.value for p in enum) == q.value


def _measure_size_compound(q: Mention, enum: tuple[Mention, ...]) -> bool:
    return q.kind == Kind.MEASURE and q.compound and all(
        p.kind == Kind.MEASURE and _unit_key(p) == _unit_key(q) for p in enum)


def _size_in_parts_items(q: Mention, enum: tuple[Mention, ...]) -> bool:
    """Round 25: a size written as a modifier in the very things the first part counts: "The 412-home development
    will be made up of 180 homes for sale, 150 for social rent and 62 ..." ("412-home" over "180 homes"; read, like a
    group's size, only with an explicit cue)."""
    unit = q.text.rsplit("-", 1)[-1] if q.kind == Kind.COUNT and "-" in q.text else ""
    first = enum[0]
    if not (unit.isalpha() and first.kind == Kind.COUNT and first.noun is not None and not first.compound):
        return False
    # the modifier a singular ("home", changed by the plural form) whose plural is the first part's noun ("homes")
    thing = categories.normalise(unit)
    return thing == categories.normalise(first.noun) and thing != unit.lower() \
        and all(p.kind == Kind.COUNT for p in enum)


# the number of contests a record covers: "a 41-fight career", "a 38-game season" (round 12)
_RECORD_SIZE = re.compile(r"[- ](?:fight|bout|game|match|race|contest|start)$", re.I)

# "the final tally was", "That figure", "The new ministers": a whole named by a definite phrase
_WHOLE_SUBJECT = re.compile(r"(?:^|[^\w'’-])(?:the|this|that|these|those|its|their)\s+(?:[\w'’-]+\s+){0,2}?([a-z]+)\s+"
                            r"(?:(?:was|is|were|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+)?$", re.I)
# "Ticket sales were made up of ...": a bare plural subject opening its clause
_BARE_SUBJECT = re.compile(r"(?:^|,\s*|\bsaid\s+|\bthat\s+)(?:[a-z][\w'’-]*\s+)?([a-z]+s)\s+"
                           r"(?:(?:were|are|have\s+been|had\s+been)\s+)?$", re.I)
_PRONOUN_SUBJECT = re.compile(r"^\W*(it|they|this|these)\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+)?$", re.I)
# words that name the whole of whatever was counted before
_GENERIC_WHOLES = frozenset("total tally figure number sum amount count haul".split())
# collective nouns that name the counted group itself: "counted 312 elephants. The population comprised ...",
# with what each may gather (None: any living things -- people or animals, not places or bodies)
_VEHICLES = frozenset("""aircraft planes jets airliners ships vessels boats buses coaches trains trams lorries trucks
    vans cars taxis cabs vehicles helicopters ferries tankers""".split())
_NOT_LIVING = frozenset("""households homes houses flats properties businesses firms companies schools hospitals
    shops stores sites branches offices routes jobs seats votes""".split())
_COLLECTIVE_WHOLES = {
    "population": None, "herd": None, "flock": None,
    "workforce": categories.PEOPLE | frozenset("jobs staff".split()),
    "membership": categories.PEOPLE, "electorate": categories.PEOPLE | frozenset({"electors"}),
    "cohort": categories.PEOPLE | frozenset("recruits trainees apprentices graduates".split()),
    "intake": categories.PEOPLE | frozenset("recruits trainees apprentices".split()),
    "fleet": _VEHICLES,
}


def _named_whole(doc: Document, enum: tuple[Mention, ...], items: list[Mention]) -> str | None:
    """"The total is made up of £52m for care, £21m for roads and ...": a
    complete cue whose subject is a definite noun with no figure of its own
    points back at a whole counted before; the noun it names (or None)."""
    if items[0] is not enum[0]:
        return None
    lead = doc.text[doc.sentences[enum[0].sentence].start:enum[0].start]
    if _NO_LINK.search(lead):
        return None
    cue = _cue_at_end(_COMPLETE_BEFORE, lead)
    if cue is None or cue.lower() in _CAME_FROM or cue.lower() in ("the dead were", "breakdown"):
        return None
    head = lead[:lead.lower().rindex(cue.lower())]
    pronoun = _PRONOUN_SUBJECT.match(head)
    if pronoun:
        # "Police held 12 people. They comprised ...", "The herd numbered 1,240. It comprised 610 cows, ..."
        return "they" if pronoun.group(1).lower() in ("they", "these") else "it"
    subject = _WHOLE_SUBJECT.search(head) or _BARE_SUBJECT.search(head)
    return subject.group(1).lower() if subject else None


# a verb of sharing out with the whole as its object, then the list: "splits the extra trains between the main line
# (84) and ...", "divides the money among A (£2m), ...", "shares them between ..." (round 18)
_SPLIT_OBJECT = re.compile(r"\b(?:splits?|splitting|divides?|divided|dividing|shares?|shared|sharing|spreads?|spreading)"
                           r"\s+(?:(?:the|its|their|these|those|this|that)\s+((?:[\w'’-]+\s+){0,2}?)([a-z][\w'’-]*)|(them|it))"
                           r"\s+(?:out\s+)?(?:between|among|across|into)\s+"
                           r"(?:(?:the\s+)?(?:[^\s\d,;:()]+\s+){0,6}?[^\s\d,;:()]+\s*\(\s*)?$", re.I)
# nouns that name any sum of money shared out: "divides the money between ..."
_MONEY_WHOLES = frozenset("money cash funding funds fund sum amount budget pot grant windfall award".split())
# words that mark the whole as an addition: "126 extra services" / "the additional trains"
_ADDED_WORDS = re.compile(r"\b(?:extra|additional|new|more|further)\b", re.I)


# the whole shared out right after it (its noun, then a verb of sharing out, its object naming the whole) or
# right before it ("share £3.4m among"), then the list: "adds 150 weekly journeys, which it splits between the city
# routes (96) and ...", "hand out £3.4m, dividing the money between A (£1.2m), ...", "shared between" (round 18)
# (round 54: the total's phrase up to eight words, names in it: "2.4bn kip in flood relief for Sam Khuan province, to be
# shared between")
_SHARED_OUT_GAP = re.compile(r"^(?:\s+[A-Za-z][\w'’-]*){0,8}?\s*,\s*(?:which\s+(?:it|they|we|he|she)\s+(?:will\s+|would\s+)?"
                             r"|which\s+(?:will\s+be|is|are|was|were)\s+|(?:to\s+be\s+))?"
                             r"(?:split|splits|splitting|shared|shares|sharing|divided|divides|dividing|spread|spreads"
                             r"|spreading)(?:\s+out)?(?:\s+(?:the|its|their|this|that)\s+((?:[\w'’-]+\s+){0,2}?)([a-z][\w'’-]*)"
                             r"|\s+(them|it))?\s+(?:evenly\s+)?(?:between|among|across)\s+"
                             r"(?:(?:the\s+)?(?:[^\s\d,;:()]+\s+){0,6}?[^\s\d,;:()]+\s*\(\s*)?$", re.I)
_SHARE_VERB_BEFORE = re.compile(r"\b(?:split|splits|splitting|share|shares|shared|sharing|divide|divides|divided|dividing"
                                r"|spread|spreads|spreading)\s+(?:(?:a|an|the|its|their)\s+)?(?:total\s+of\s+)?$", re.I)
_SHARED_GAP_AFTER_VERB = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:out\s+)?(?:evenly\s+)?(?:between|among|across)\s+"
                                    r"(?:(?:the\s+)?(?:[^\s\d,;:()]+\s+){0,6}?[^\s\d,;:()]+\s*\(\s*)?$", re.I)


# the joint before the last labelled part: "and" and the part's label with its link ("and a converted annex with")
_LAST_LABELLED_JOINT = re.compile(r"^[^;:()\[\]]*\band\s+(?:[\w'’-]+\s+){0,6}$", re.I)


def _closed_by_and(doc: Document, q: Mention, enum: tuple[Mention, ...], gap: str) -> bool:
    """The list closed by "and" before its last part, with no word of more left out after it or in the gap ("...
    and others", "among them"): all the parts of the whole shared out (as ``_shared_out`` requires)."""
    if not _LAST_LABELLED_JOINT.match(doc.text[enum[-2].end:enum[-1].start].replace(")", "", 1).rstrip("( ") + " "):
        return False
    after = _outside_list(doc, enum)[len(doc.text[doc.sentences[q.sentence].start:enum[0].start]):]
    return not (_NOT_CLOSED.search(after) or _NOT_CLOSED.search(re.sub(r"\bamong\b", " ", gap)))


def _shared_out(doc: Document, q: Mention, enum: tuple[Mention, ...], items: list[Mention], gap: str) -> str | None:
    """The whole and a verb of sharing it out right before the list, closed by "and", nothing left out: the cue
    ("split between"), else None."""
    if q.end > enum[0].start or not _LAST_JOINT.match(doc.text[enum[-2].end:enum[-1].start].replace(")", "", 1)
                                                      .rstrip("( ") + " "):
        return None
    found = _SHARED_OUT_GAP.match(gap)
    if found is not None:
        if found.group(2) and not (_split_names(doc, (found.group(2).lower(), bool(_ADDED_WORDS.search(found.group(1) or ""))), q)
                                   or categories.same_thing(found.group(2), q.noun)):
            return None  # "adds 150 journeys, splitting the drivers between ...": another thing shared
    elif not (_SHARE_VERB_BEFORE.search(doc.text, max(doc.sentences[q.sentence].start, q.start - 30), q.start)
              and _SHARED_GAP_AFTER_VERB.match(gap)):
        return None
    if _NOT_CLOSED.search(_outside_list(doc, enum)[len(doc.text[doc.sentences[q.sentence].start:enum[0].start]):]) \
            or _NOT_CLOSED.search(doc.text[doc.sentences[q.sentence].start:q.start]) \
            or _NOT_CLOSED.search(re.sub(r"\bamong\b", " ", gap)) or re.search(r"\blike\b|\bnotably\b", gap, re.I) \
            or any(m not in enum and m is not q and not (enum[0].start < m.start < enum[-1].start and m.kind == Kind.COUNT
                                                        and m.value <= 12) and m.start > q.end for m in items):
        return None
    return "split between"


def _split_object(doc: Document, enum: tuple[Mention, ...], items: list[Mention]) -> tuple[str, bool] | None:
    """"The new timetable splits the additional trains between the main line (84) and the branch lines (24)":
    the object shared out names a whole counted before (its noun, or "they"/"it", and whether it is called an
    addition); the list is the only figures of its sentence."""
    if items[0] is not enum[0] or any(m not in enum and not (enum[0].start < m.start < enum[-1].start and m.kind == Kind.COUNT
                                                             and m.value <= 12) for m in items):
        return None  # (a count of the places in a part's label is no figure of its own: "the three branch lines (24)")
    lead = doc.text[doc.sentences[enum[0].sentence].start:enum[0].start]
    found = _SPLIT_OBJECT.search(lead)
    if found is None or _NO_LINK.search(lead) or _NOT_CLOSED.search(lead[:found.start()]) \
            or _NOT_CLOSED.search(_outside_list(doc, enum)[len(lead):]):
        return None  # (the verb's own "among" leaves nothing out)
    if found.group(3):
        return ("they" if found.group(3).lower() == "them" else "it"), False
    return found.group(2).lower(), bool(_ADDED_WORDS.search(found.group(1) or ""))


def _split_names(doc: Document, split: tuple[str, bool], q: Mention) -> bool:
    """The object shared out names ``q``: its noun, "them", or both called an addition ("the additional trains"
    of "126 extra weekly services")."""
    named, added = split
    if named == "it":
        return False
    if _names_whole(named, q) or _named_beside(doc, named, q) or q.kind == Kind.MONEY and named in _MONEY_WHOLES:
        return True
    phrase = doc.text[q.start:q.noun_span.end] if q.noun_span is not None and q.noun_span.end > q.end else ""
    return added and bool(_ADDED_WORDS.search(phrase))


# "..., the only services affected": the list names every place or kind there was
# a short phrase that ends its clause ("the only two lines hit"), not a clause of its own ("the only
# areas where crews had been")
_ONLY_AFTER = re.compile(r"^[^,;:.()\d]{0,50}(?:,|\s[-–—])\s+(?:(?:which|these|they)\s+(?:were|are)\s+)?the\s+only"
                         r"(?:\s+(?!(?:where|when|that|which|who|whom|to|for|with|since|after|before|as)\b)[\w'’-]+){1,4}"
                         r"\s*(?:[.,;]|\s[-–—]|$)", re.I)


_NO_OTHER = re.compile(r"^\W*(?:no\s+other|none\s+of\s+the\s+other|nowhere\s+else)\b", re.I)


def _only_ones(doc: Document, enum: tuple[Mention, ...], items: list[Mention]) -> bool:
    """A list that says it names all there was: ", the only two lines hit"."""
    last = enum[-1]
    nxt = last.sentence + 1
    if items[-1] is last and nxt < len(doc.sentences) and not doc.sentences[nxt].headline \
            and _NO_OTHER.match(doc.sentence_text(nxt)) and not doc.mentions_in(nxt):
        return True  # "... and 2,100 on B. No other lines were affected."
    found = _ONLY_AFTER.match(doc.text[last.end:last.end + 80])
    # nothing after the list but the count of its items: "the only two lines hit"
    return bool(found) and all(m.start <= last.end + found.end() + 2 and m.value == len(enum)
                               for m in items if m.start >= last.end)


def _sibling_places(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """A figure given in a place of its own, the parts in other places: it is
    one more of them."""
    ms = doc.mentions_in(q.sentence)
    nxt = min((m.start for m in ms if m.start > q.end), default=doc.sentences[q.sentence].end)
    place = _place_of(doc, q, nxt, False)
    if place is None:
        return False
    others = [_place_of(doc, p, enum[k + 1].start if k + 1 < len(enum) else doc.sentences[p.sentence].end, False)
              for k, p in enumerate(enum)]
    return any(others) and place not in others


def _counts_alike(q: Mention, enum: tuple[Mention, ...], doc: Document | None = None) -> bool:
    """The parts count what ``q`` counts: its noun (or a kind of it), or
    people like it; at least one part names its noun."""
    nouns = [n for n in (_own_noun(p, doc) for p in enum) if n]
    people = categories.PEOPLE
    return q.kind != Kind.COUNT or bool(nouns) and q.noun is not None and all(
        categories.may_contain(q.noun, n) or categories.normalise(q.noun) in people
        and categories.normalise(n) in people for n in nouns)


def _named_beside(doc: Document, named: str, q: Mention) -> bool:
    """"BAND D BILL RISES TO £2,140" / "The bill comprises ...": the noun of
    the whole stands in the sentence of the figure (a headline's word order)."""
    if named == "it":  # "The herd numbered 1,240 animals. It ...": only a collective or a total is "it"
        return any(w in _COLLECTIVE_WHOLES and _gathers(w, q) or w in _GENERIC_WHOLES
                   for w in words(doc.sentence_text(q.sentence)))
    return q.noun is None and len(named) > 3 and bool(
        re.search(r"\b" + re.escape(named) + r"s?\b", doc.sentence_text(q.sentence), re.I))


def _names_whole(named: str, q: Mention) -> bool:
    return named in _GENERIC_WHOLES or named == "they" or _gathers(named, q) or categories.same_thing(named, q.noun)


def _gathers(named: str, q: Mention) -> bool:
    """The collective ``named`` ("the fleet") gathers the things ``q`` counts ("84 aircraft")."""
    if named not in _COLLECTIVE_WHOLES or q.kind != Kind.COUNT or q.noun is None:
        return False
    nouns, kinds = {q.noun.lower(), categories.normalise(q.noun)}, _COLLECTIVE_WHOLES[named]
    return not nouns & (_NOT_LIVING | _VEHICLES) if kinds is None else bool(nouns & kinds)


def _exact(m: Mention) -> Mention:
    """A group's size is a count of its members, not a rounded figure."""
    return replace(m, interval=Interval(m.value, m.value), precision=Fraction(1))


_SEAT_WORDS = frozenset("""seats councillors members mps senators representatives deputies lawmakers legislators
    peers delegates""".split())


_SEATS_COUNTED = _SEAT_WORDS - {"members", "delegates"}  # (a union's members may be rounded)


def _seats_counted_exactly(q: Mention) -> Mention:
    """(round 48) A body's seats are counted, never rounded: "54 of the 120 seats ..., with A taking 38 and
    independents the remaining 26" misses the 120 by two (a round count of anything else may be rounded)."""
    if q.kind != Kind.COUNT or q.hedge or q.value is None or q.precision == 1 or q.value >= 10000 or not q.noun \
            or q.noun.lower() not in _SEATS_COUNTED:
        return q
    return replace(q, precision=Fraction(1), interval=Interval(q.value, q.value))


def _seat_counts(parts) -> bool:
    """A list of seats (or of the members holding them): some part names them, none names anything else."""
    nouns = [categories.normalise(p.noun) for p in parts if p.noun]
    return bool(nouns) and all(n in _SEAT_WORDS for n in nouns) and all(p.kind == Kind.COUNT for p in parts)


# (round 29) the body, then its verb of holding, right before its members: "The 650-seat chamber has 326 ...",
# "the 60-member assembly now holds", "the 435-seat House will have"
_BODY_HOLDS = re.compile(r"\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?(?:(?:now|currently|still|will|would)\s+)?"
                         r"(?:has|have|had|holds?|held|seats|seated)\s+$")
_INDEPENDENTS = frozenset({"independents", "independent"})


def _party_members(doc: Document, parts) -> bool:
    """(round 29) "The 100-seat Senate has 53 Republicans, 45 Democrats and 4 independents": members of a body
    named by their party (a capitalised noun), independents or a seat word, at least one by a party; counts
    only."""
    named = False
    for p in parts:
        if p.kind != Kind.COUNT:
            return False
        if p.noun is None or categories.normalise(p.noun) in _SEAT_WORDS or p.noun.lower() in _INDEPENDENTS:
            continue
        head = doc.text[p.noun_span.start:p.noun_span.end] if p.noun_span else ""
        if not head[:1].isupper() or not p.noun.endswith("s"):
            return False
        named = True
    return named


def _seats_beside(doc: Document, body: Mention, enum) -> tuple[Mention, ...]:
    """"The Greens hold 14 seats on the 60-member council. Labour has 27 ...":
    seats counted before the body in its own sentence are one more part."""
    return _counts_before_body(doc, body, enum, lambda m: m.noun_span and _seat_counts((m,))
                               and _SEATS_ON.match(doc.text[m.noun_span.end:body.start]))


def _counts_before_body(doc: Document, body: Mention, enum, fits) -> tuple[Mention, ...]:
    """The counts told before ``body`` in its sentence, none of them in ``enum``, that ``fits`` reads as one
    more part of it, each taken as exact."""
    return tuple(replace(m, interval=Interval(m.value, m.value)) for m in doc.mentions_in(body.sentence)
                 if m.end <= body.start and m.kind == Kind.COUNT and not m.compound and m.value
                 and all(m.start != p.start for p in enum) and fits(m))


_SEATS_ON = re.compile(r"^\s+(?:on|in|of)\s+(?:the|its|their)\s+$", re.I)
# (round 29) the wholes a contest shares out among its sides
_CONTESTED_WHOLES = frozenset("seats votes wards councillors members medals places".split())


def _side_of_a_body(doc: Document, m: Mention) -> bool:
    """(round 29) Is ``m`` a side's count told right before "of the" contested whole ("38 of the 63 seats")?"""
    return m.kind == Kind.COUNT and m.noun is None and any(
        b.start > m.end and b.noun in _CONTESTED_WHOLES and _OF_BASE_GAP.match(doc.text[m.end:b.start])
        for b in doc.mentions_in(m.sentence))


def _side_before_body(doc: Document, body: Mention, enum) -> tuple[Mention, ...]:
    """(round 29) "Labour took 38 of the 63 seats, with the Liberal Democrats winning 14, the Conservatives nine
    and independents five": the first side's count, right before "of the" whole of seats or votes, is one more
    part of the sides listed after "with"."""
    if body.noun not in _CONTESTED_WHOLES:
        return ()
    return _counts_before_body(doc, body, enum,
                               lambda m: m.noun is None and _OF_BASE_GAP.match(doc.text[m.end:body.start]))


_PARTICIPLE_BEFORE = re.compile(r"\b[a-z]{3,}ing\s+(?:another\s+|a\s+further\s+)?$")
# ((round 47) "winning 44, losing 29 in regulation and dropping another 12 in overtime": one more outcome)


# a count of contests, each won, drawn or lost (round 19)
_CONTEST_NOUNS = frozenset("games matches fixtures fights bouts contests ties outings starts"
                           " meetings encounters".split())  # (round 31: "meetings", "encounters")
# the contests' clause, then a comma, colon, dash or bracket and at most a subject or "having"/"with" before the list
_RECORD_GAP = re.compile(r"^\s*(?:[\w'’-]+\s+){0,6}?[\w'’-]*\s*(?:,|:|\s[-—–]|[—–]|\()\s*"
                         r"(?:(?:they|he|she|it|we|having|with|and)\s+)?(?:[a-z]+\s+)?$", re.I)
_PLAYED_BEFORE = re.compile(r"\bplayed\s+$", re.I)
# after the list: "of their 46 games", "from 46 matches", "in 46 fixtures"
# (past the last outcome's own noun: "16 wins, one draw and seven defeats from their 22 matches", round 23)
_RECORD_AFTER_GAP = re.compile(r"^\s+(?:[a-z]+\s+)?(?:of|from|in)\s+(?:(?:his|her|their|its|the|all)\s+)?$", re.I)


def _is_contest_count(doc: Document, q: Mention) -> bool:
    """"46 games", "46 matches", or a bare "played 46"."""
    if q.kind != Kind.COUNT or q.compound or q.is_range or q.hedge:
        return False
    if q.noun is None:
        return bool(_PLAYED_BEFORE.search(doc.text, max(0, q.start - 10), q.start))
    return q.noun.lower() in _CONTEST_NOUNS


_BASE_OF_BEFORE = re.compile(r"\d\s+of\s+(?:the|its|their)\s+$", re.I)


def _contest_record(doc: Document, q: Mention, enum, gap: str) -> bool:
    """A count of contests, then (after a comma, colon, dash or bracket) one part for each outcome: "played
    46 games, won 20, drew 11 and lost 13", "46 matches: they won 20, ...", "46 games, with 20 wins, ..."."""
    return _is_contest_count(doc, q) and bool(_RECORD_GAP.match(gap)) and _outcomes_exhaust(doc, enum, q)


def _contest_record_after(doc: Document, q: Mention, enum, gap: str) -> bool:
    """The same with the contests after the list: "won 20, drew 11 and lost 13 of their 46 games"."""
    return _is_contest_count(doc, q) and q.noun is not None and bool(_RECORD_AFTER_GAP.match(gap)) \
        and _outcomes_exhaust(doc, enum, q)


_WON_OF_BEFORE = re.compile(r"\b(?:won|winning|wins)\s+\S+\s+of\s+(?:their|his|her|its|the)\s+$", re.I)


def _participle_list(doc: Document, q: Mention, enum, gap: str) -> bool:
    """After a comma, each part the object of its own participle: the total's
    clause, then what it was made of."""
    if q.noun is None or not re.search(r",\s*[a-z]{3,}ing\s+$", gap) or len(words(gap)) > 10 \
            or _BREAKS.search(gap) or _OR_WITH.search(gap) \
            or _WON_OF_BEFORE.search(doc.text, max(0, q.start - 30), q.start):
        return False  # (round 42) "won 14 of their 22 games, drawing five ...": the games' other results, read as a
        # record by ``find_won_of_then_draws_and_defeats``
    if not all(_PARTICIPLE_BEFORE.search(doc.text[max(0, p.start - 20):p.start]) for p in enum):
        return False
    nouns = {categories.normalise(p.noun) for p in enum if p.noun}
    return len(nouns) <= 1 and len([p for p in enum if p.noun]) <= 1


# the people a survey asked, and what it found among them
_SAMPLE_BEFORE = re.compile(r"\b(?:survey|poll|study|questionnaire|census|sample|canvass)\s+of\s+"
                            r"(?:(?P<hedge>some|about|around|nearly)\s+|more\s+than\s+)?$", re.I)
_FOUND_GAP = re.compile(r"^\s*(?:[\w'’-]+\s+){0,7}?(?:found|showed|shows|finds|suggested|suggests|revealed|reveals"
                        r"|indicated)\s+(?:that\s+)?$", re.I)


LONG_APPOSITION_WORDS = 24


def _clause_then_comma(gap: str) -> bool:
    """"A total of 1,906 patients waited more than 12 hours at the two
    hospitals last month, 1,147 at A and 959 at B": a longer clause, unbroken,
    then a comma before the list."""
    return gap.rstrip().endswith(",") and len(words(gap)) <= LONG_APPOSITION_WORDS \
        and not _BREAKS.search(_HEDGE_IN_GAP.sub(" ", gap)) and gap.count(",") == 1


# a relative pronoun on the base opens its own clause, not a break: "Of the 1,140 pupils who sat ..."
_BASE_BREAKS = re.compile(r"[;:()\[\]\"“”]|\s[-–—]\s|[–—]|\bincluding\b|\bexcluding\b|\bamong\b|\bsuch as\b"
                          r"|\bof (?:whom|which|them|those)\b|\bthan\b|\bcompared\b|\bversus\b|\bvs\b"
                          r"|\bagainst\b|\bper\b|\beach\b|\bevery\b|\bout of\b", re.I)


def _base_clause(gap: str) -> bool:
    """"Of the 2,350 nurses employed by the three trusts last winter, 1,410
    were women and ...": the base's own longer clause, closed by its one comma."""
    return gap.rstrip().endswith(",") and gap.count(",") == 1 and len(words(gap)) <= LONG_APPOSITION_WORDS \
        and not _BASE_BREAKS.search(gap)


# round 20: after the base's clause and its comma, the first part's own subject and verb: "Of the 8,210 votes cast in
# the ward, Ann Lee received 4,020, ..." (a name or a short noun phrase, then one lower-case verb)
# (round 21: a title or a party before the name, "Green candidate Ruth Okoye took 4,120")
_FIRST_PART_SUBJECT = re.compile(r"^\s*(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+\s+)?$")


def _base_clause_then_subject(gap: str) -> bool:
    """"Of the 8,210 votes cast in the ward, Ann Lee received 4,020, Tom Hart 3,100 and ...": the base's own
    clause closed by its one comma, then the subject and verb of the first part only."""
    if gap.count(",") != 1:
        return False
    head, tail = gap.split(",")
    return _base_clause(head + ",") and bool(_FIRST_PART_SUBJECT.match(tail)) and not _BASE_BREAKS.search(tail)


def _only_item_counts(q: Mention, enum: tuple[Mention, ...], items: list[Mention]) -> bool:
    """No other figure stands between the base and its parts but a count of
    other things: "Of the 90 hired in May and the 60 hired in June, ..." may
    divide either base, or both."""
    return all(_counts_items(m, enum) for m in items if q.end <= m.start and m.end <= enum[0].start)


_NAME_AFTER_BRACKET = re.compile(r"\)\s*(?:,\s*|\s+and\s+)(?:the\s+)?[A-Z]")


def _unfigured_names_among(doc: Document, enum: tuple[Mention, ...], gap: str) -> bool:
    """(round 31) Bracketed figures on some names of a list that names others with none ("10 shelters - Cork (4),
    Galway, Limerick (3), Sligo and Derry"): each bare name is one of the whole, so the bracketed figures are no
    breakdown of it."""
    if not all(p.parenthetical for p in enum):
        return False
    cue = None
    for cue in _APPOSITION_BEFORE.finditer(gap):
        pass
    if cue is not None and "," in gap[cue.end():]:
        return True  # names before the first bracket
    for a, b in zip(enum, enum[1:]):
        if doc.text.count(",", a.end, b.start) >= 2:
            return True  # "), Galway, Limerick (": a name between commas, then the next name's bracket
    return _NAME_AFTER_BRACKET.match(doc.text, enum[-1].end) is not None \
        or _NAME_AFTER_BRACKET.match(doc.text, enum[-1].end + 1) is not None


def _partition_runs_on(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """(round 30 mend) A partition of people ("men and women", "adults and children") with words after it in its clause:
    "- 138 adults and 96 children for over a day", "- 40 men and 25 women slept on the floor", "Of these, 180 men and
    140 women are in arrears": what some of the whole did or were, so not all of it."""
    last = enum[-1]
    return categories.is_partition(_part_nouns(doc, enum)) and last.noun_span is not None \
        and not _LIST_CLOSES_CLAUSE.match(doc.text, last.noun_span.end, doc.sentences[last.sentence].end)


# (round 54) who said so, right before the dash that opens the parts: ", the expedition office in Kathmandu said — "
# (no words of the total's clause: not counted in the gap's length)
_SAYER_BEFORE_DASH = re.compile(r",\s*(?:the\s+|a\s+|its\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,6}?(?:said|says|reported|"
                                r"announced|added|confirmed)\s*(?=[-–—:])", re.I)


def _long_apposition(doc: Document, q: Mention, enum: tuple[Mention, ...], items: list[Mention], gap: str) -> bool:
    """"Some 2,640 residents of three towns spent the night in relief centres
    after the order - 1,120 in A, ...": a longer clause before the dash, when
    no other figure but a count of the items stands in it and the parts count
    what the total counts (or name nothing)."""
    if len(words(gap)) > LONG_APPOSITION_WORDS or q.noun is not None and not all(
            categories.may_contain(q.noun, n) for n in (_own_noun(p, doc) for p in enum) if n) \
            and _kinds_cover(doc, q, enum) is not True:
        return False  # (a verb read as a part's noun names nothing: "11 were taken to hospital", round 13; round 30:
        # "412 patients waited ... - 238 adults and 196 children": a partition of people covers any whole of people)
    if _partition_runs_on(doc, enum):
        return False  # (round 30 mend) "- 138 adults and 96 children for over a day": what some of them did
    between = [m for m in items if q.end <= m.start and m.end <= enum[0].start]
    # (round 56) or a compound counting as many occasions as there are parts: "Some 9,400 fans came to the
    # two-match series at Ashby: 5,100 on Saturday and 4,300 on Sunday" (not "the two-bedroom flats")
    return all(m.value == len(enum) and (_counts_items(m, enum) or m.compound and _OCCASIONS_COMPOUND.search(m.text))
               for m in between)


def _occasions_untold(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(Round 56) "9,400 came to the three-day fair: 5,100 on Saturday and 3,900 on Sunday": the whole counts more
    occasions than there are parts, each part told by its day or date, so the parts may be only some of them (not
    "the 16-game season - 41 in non-conference play and 101 against league opponents": kinds of game, all of them)."""
    dated = any(m.kind in (Kind.WEEKDAY, Kind.DATE) and enum[0].start < m.start <= enum[-1].end + 30
                for m in doc.mentions_in(q.sentence))
    return dated and any(m.compound and m.value is not None and m.value > len(enum) and _OCCASIONS_COMPOUND.search(m.text)
               for m in doc.mentions_in(q.sentence) if q.end <= m.start and m.end <= enum[0].start)


_OCCASIONS_COMPOUND = re.compile(r"-(?:games?|match(?:es)?|tests?|days?|nights?|concerts?|shows?|races?|rounds?"
                                 r"|stages?|legs?|sessions?|fixtures?|dates?|performances?|events?)$", re.I)


# the whole's noun, then where its members came from, then a colon or dash: "showed 140 films from 30 countries:
# 90 features, 35 documentaries and 15 shorts" -- the count of origins is no comparison and no whole (round 17)
_ORIGIN_GAP = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){1,2}from\s+", re.I)
_ORIGIN_TO_LIST = re.compile(r"\s+[a-z][\w'’-]*\s*(?::|\s[-–—]|[–—])\s*", re.I)


def _origin_of_whole(doc: Document, q: Mention, enum: tuple[Mention, ...], items: list[Mention], gap: str) -> bool:
    between = [m for m in items if q.end <= m.start and m.end <= enum[0].start]
    if len(between) != 1 or q.noun is None or q.hedge or len(enum) < 2:
        return False
    origin = between[0]
    if origin.kind != Kind.COUNT or origin.noun is None or origin.noun == q.noun or origin.compound \
            or not _ORIGIN_GAP.fullmatch(doc.text, q.end, origin.start) \
            or not _ORIGIN_TO_LIST.fullmatch(doc.text, origin.end, enum[0].start):
        return False
    if _OLD_VALUE_BEFORE.search(doc.text[max(0, q.start - 20):q.start]) \
            or _NO_LINK.search(doc.text[doc.sentences[q.sentence].start:q.start]):
        return False  # (not a change: "rose to 140 films from 30 countries: ...")
    nouns = [_own_noun(p, doc) for p in enum]
    return all(n is not None and n != origin.noun and n != q.noun for n in nouns) and q.kind == Kind.COUNT \
        and all(p.kind == Kind.COUNT for p in enum)


_SPAN = re.compile(r"\b(?:over|across|during|throughout)\s+(?:the|its|their|a|this|last)\b", re.I)
_OR_WITH = re.compile(r"(?<!along )\b(?:or|with)\b|\ban? (?:week|month|year|day|hour)\b", re.I)
_PLACE_AFTER = re.compile(r"^\s+(?:at|in|on|from|across|inside|outside|by)\s+(?:the\s+|its\s+|their\s+)?([A-Za-z]+)")
_NOT_A_TOTAL_BEFORE = re.compile(r"\b(?:from|to|than|by|of|per)\W*$", re.I)
# (round 32) "from" after a plural noun that opens its phrase: where those counted came from, no old level ("Crews
# from 23 fire stations", "attended by ambulances from 11 depots"; not "the figure rises from 14 to 20")
_ORIGIN_FROM_BEFORE = re.compile(r"(?:^\W*|\b(?:the|by|of|and|with)\s+)(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*s\s+from\s+$",
                                 re.I)
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)


def _origin_from(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(round 32) "Crews from 23 fire stations tackled the blaze, 17 from A and eight from B": the sentence's first
    figure, after "from" of its people's origin, with no "to" figure after it before the list -- the places'
    count, its parts placed by "from"."""
    opening = doc.text[doc.sentences[q.sentence].start:q.start]
    return bool(_ORIGIN_FROM_BEFORE.search(opening)) and not any(
        m.end <= q.start or m.start < enum[0].start and _TO_BEFORE.search(doc.text, max(0, m.start - 6), m.start)
        for m in doc.mentions_in(q.sentence) if m is not q and m.end <= enum[0].start)


# the first figure of a list given in a named place of its own, by the preposition that places the next one:
# "Some 1,200 patients were treated in Hull, 950 in York and ...", "About 4,200 of the jobs are in Leeds,
# 3,900 in ..." -- one more place, not the whole of the rest (round 13)
_OWN_NAMED_PLACE = re.compile(r"^(?:\s+of\s+(?:the|those|these|its|their|our)(?:\s+[a-z][\w'’-]*){1,3})?"
                              r"(?:\s+[a-z][\w'’-]*){0,3}?\s+(at|in|on|from|inside|outside|to|for)\s+(?:the\s+)?[A-Z]")
# (round 32) the part's own place named too: "950 in York" is a sibling, "six in the south" a share of the whole
_PART_PREPOSITION = re.compile(r"^\W*(?:[a-z][\w'’-]*\s+)?(at|in|on|from|inside|outside|to|for)\s+(?:the\s+)?[A-Z]")
# (round 32 mend) or a compass part of a place of its own: "950 in the north of the county" (as "950 in York")
_PART_QUARTER_OF = re.compile(r"^\W*(?:[a-z][\w'’-]*\s+)?(at|in|on|from|inside|outside|to|for)"
                              + _QUARTER_OF_ANOTHER.pattern)


def _named_place_like_parts(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """"Some 1,200 patients were treated in Hull, 950 in York and 870 in
    Leeds": q stands in a named place of its own, placed as the first part
    is, with no count of places beside it -- a sibling, not their total."""
    after = q.noun_span.end if q.noun_span and q.noun_span.end <= enum[0].start else q.end
    own = _OWN_NAMED_PLACE.match(doc.text[after:enum[0].start])
    first = _PART_PREPOSITION.match(doc.text[enum[0].end:enum[0].end + 30]) or next(
        (q_of for p in enum if (q_of := _PART_QUARTER_OF.match(doc.text[p.end:p.end + 40])) is not None), None)
    if own is None or first is None or own.group(1).lower() != first.group(1).lower():
        return False
    return not any(m.kind == Kind.COUNT and m.value == len(enum) for m in doc.mentions_in(q.sentence)
                   if q.end <= m.start and m.end <= enum[0].start)


def _placed_apposition(doc: Document, q: Mention, enum: tuple[Mention, ...], gap: str) -> bool:
    """"Nearly 900 people work at its two sites, about 640 at A and roughly
    530 at B": after a comma, parts without a noun of their own (or the
    total's), each placed by a preposition, none of them bigger than it."""
    if not gap.rstrip().endswith(",") or len(words(gap)) > 12 or _BREAKS.search(_HEDGE_IN_GAP.sub(" ", gap)) \
            or _OR_WITH.search(gap) or _named_place_like_parts(doc, q, enum) \
            or _NOT_A_TOTAL_BEFORE.search(doc.text[max(0, q.start - 12):q.start]) and not _origin_from(doc, q, enum) \
            or _is_difference(doc, q):
        return False
    if q.interval.hi is not None and q.interval.hi < max(p.value for p in enum):
        return False
    whole = categories.normalise(q.noun)
    # "64 arrests over the two nights, 38 on Friday and 31 on Saturday": the
    # total spans the periods its parts are placed in
    spans_periods = bool(_SPAN.search(gap)) or any(
        m.kind in (Kind.COUNT, Kind.DURATION) and m.value == len(enum) for m in doc.mentions_in(q.sentence)
        if q.end <= m.start and m.end <= enum[0].start)
    for k, p in enumerate(enum):
        if _own_noun(p) and categories.normalise(p.noun) != whole:
            return False
        place = _PLACE_AFTER.match(doc.text[p.end:p.end + 40])
        if place is None and p is enum[-1] and k and _PLACE_WORD_AFTER.match(doc.text[p.end:p.end + 20]):
            continue  # "..., 1.9 million in Europe and 1.5 million elsewhere"
        if place is None or place.group(1).lower() in _NOT_PLACES:
            return False
        if spans_periods:
            continue
        label_end = enum[k + 1].start if k + 1 < len(enum) else p.end + 40
        if k + 1 == len(enum):  # (round 28) the last label ends at its clause: "..., were approved on Monday" is not its
            close = re.compile(r"[,;.:]").search(doc.text, p.end + place.end(), label_end)
            label_end = close.start() if close else label_end
        if any(p.end <= m.start < label_end and (m.kind in _TIME_KINDS or m.kind in (Kind.DURATION, Kind.YEAR))
               for m in doc.mentions_in(p.sentence)):
            return False  # "640 in 2019 and 530 in 2020": periods, maybe of another total
    return True


# "312 people with flu, 198 adults and 134 children": "with" in the total's own noun phrase (round 15)
_WITH_OF_NOUN = re.compile(r"^(\s+[a-z]+)\s+with(?:\s+[a-z][\w'’-]*){1,6}(?=\s*,\s*$)", re.I)
# round 21: what ties the counted people or things to a case, between their noun and the list: "charged 14 people
# in connection with the fraud ring, nine men and six women" ("in relation to", "linked to", "as part of")
_TIE_OF_NOUN = re.compile(r"^(\s+[a-z]+)\s+(?:in\s+connection\s+with|in\s+relation\s+to|(?:linked|connected)\s+(?:to|with)"
                          r"|as\s+part\s+of|over|after|following)(?:\s+[a-z][\w'’-]*){1,6}(?=\s*,\s*$)", re.I)
# an age range on every part after the last one: "nine men and six women aged between 19 and 63, police said"
_AGED_AFTER_LAST = re.compile(r"^\s*(?:all\s+)?aged\s+(?:between\s+|from\s+)?[\w-]+(?:\s+(?:and|to)\s+[\w-]+)?(?=\s*(?:,|\.?\s*$))",
                              re.I)


# (round 36) a body of people counted whole: "a team of 52 athletes, 29 men and 27 women" (its "of" is the total's)
_COLLECTIVE_OF_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z]+\s+)?(?:team|squad|group|party|"
                                   r"delegation|contingent|crew|cohort|panel|field|intake|class|workforce)\s+of\s+$",
                                   re.I)


def _kinds_apposition(doc: Document, q: Mention, enum: tuple[Mention, ...], gap: str) -> bool | None:
    """"Police held 40 people on Friday, 12 men and 30 women": after a comma,
    a list that ends its clause, each part naming a kind of what the total
    counts.  Complete (True) when the kinds cover it (men and women, the two
    halves of a pair), partial (False) for other kinds, None for no link."""
    if q.noun is None or not gap.rstrip().endswith(",") or len(words(gap)) > 12 \
            or _BREAKS.search(_HEDGE_IN_GAP.sub(" ", gap)) \
            or _OR_WITH.search(_WITH_OF_NOUN.sub(" ", _TIE_OF_NOUN.sub(r"\1", gap))) \
            or _NOT_A_TOTAL_BEFORE.search(doc.text[max(0, q.start - 12):q.start]) \
            and not _TOTALISER_BEFORE.search(doc.text[max(0, q.start - 25):q.start]) \
            and not _COLLECTIVE_OF_BEFORE.search(doc.text, max(0, q.start - 30), q.start) or _is_difference(doc, q) \
            or any(p.noun is None for p in enum):
        return None  # (round 31: "A total of 3,615 patients ..., 2,980 adults and 735 children": its "of" is the total's)
    last = enum[-1]
    tail_start = last.noun_span.end if last.noun_span else last.end
    tail = doc.text[tail_start:doc.sentences[last.sentence].end]
    if aged := _AGED_AFTER_LAST.match(tail):  # "... and six women aged 19 to 63, police said" (round 21)
        tail, tail_start = tail[aged.end():], tail_start + aged.end()
    clause_end = re.match(r"^\s*(?:,|\s[-–—]\s)", tail)
    if words(tail) and not clause_end:
        return None  # "..., 58 departures and 48 arrivals were delayed": a clause of its own
    if not clause_end and (_PERIOD_WORDS.search(tail) or any(m.start >= tail_start for m in doc.mentions_in(last.sentence))):
        return None  # "..., 12 men and 30 women on Saturday": another period
    return _kinds_cover(doc, q, enum)


def _kinds_cover(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool | None:
    """Parts each naming a kind of what ``q`` counts: True when they cover it,
    False when they may not, None when they name other things."""
    nouns = [p.noun for p in enum]
    if q.noun is None or None in nouns:
        return None
    people = categories.PEOPLE
    if categories.is_partition(nouns) and (all(categories.is_hyponym(q.noun, n) for n in nouns) or (
            categories.normalise(q.noun) in people and all(categories.normalise(n) in people for n in nouns))):
        return True  # "35 fans, 21 men and 12 women"
    if categories.is_partition(nouns) and all(categories.normalise(n) in categories.SEXED_PEOPLE for n in nouns) \
            and categories.names_persons(q.noun) and categories.normalise(q.noun) not in categories.PERSON_GROUPS:
        return True  # (round 32) persons the data does not list: "32 musicians on the tour, 18 men and 12 women"
    if _complementary(doc, enum) and all(categories.may_contain(q.noun, n) for n in nouns):
        return True
    if all(categories.is_hyponym(q.noun, n) for n in nouns) or _kinds_of(doc, q, enum):
        return False
    return None


def _own_noun(p: Mention, doc: Document | None = None) -> str | None:
    """The noun a part counts; not an adverb read as one ("1.5 million
    elsewhere"), nor a predicate after a verb ("460 were still waiting")."""
    if p.noun and _PLACE_WORD_AFTER.match(" " + p.noun):
        return None
    if p.noun and p.noun.lower() in _VERBS:
        return None  # "11 fell or unseated their riders": a verb read as the noun (round 11)
    if p.noun and doc is not None and p.noun_span and _VERB_BETWEEN.search(doc.text[p.end:p.noun_span.start]):
        return None
    if p.noun and doc is not None and p.noun_span and any(
            w in _VERBS for w in words(doc.text[p.end:p.noun_span.end])[:-1]):
        return None  # "296 ran late", "84 went missing"
    return p.noun


_VERB_BETWEEN = re.compile(r"\b(?:were|was|are|is|had|have|has|been|being)\b", re.I)


_PLACE_WORD_AFTER = re.compile(r"^\s+(?:elsewhere|abroad|overseas|online|domestically|internationally)\b", re.I)
_NOT_PLACES = frozenset("""total all addition which turn return cash shares tax costs fees fines rent wages
    interest damages compensation profit profits""".split())


def _sources_counted(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(round 51) The measure's sentence counts its sources before it, as many as the gapped list names, each part
    opening on a capitalised name: "approved four wind farms with a combined capacity of 225MW. Hill End ...,
    Crag Moor 64MW, ..." -- the list is all of them."""
    counts = [m for m in doc.mentions_in(q.sentence) if m.kind == Kind.COUNT and m.end <= q.start and m.noun]
    if len(counts) != 1 or counts[0].value != len(enum) or not counts[0].noun.endswith("s"):
        return False
    joints = [doc.text[a.end:b.start] for a, b in zip(enum, enum[1:])]
    return all(re.fullmatch(r"\s*(?:,|,?\s+and)\s+(?:[A-Z][\w'’-]*\s+){1,3}", g) for g in joints)


def _item_count_between(doc: Document, q: Mention, enum: tuple[Mention, ...], items: list[Mention]) -> bool:
    """"... at the company's two sites, 640 at A and 530 at B": the list names
    every item the sentence counts, so it is the whole; also periods: "over
    the two days, 31 on Sunday and 23 on Monday"."""
    return any(q.end <= m.start and m.end <= enum[0].start and m.value == len(enum) for m in items) or any(
        q.end <= m.start and m.end <= enum[0].start and m.value == len(enum) and m.kind == Kind.DURATION
        for m in doc.mentions_in(q.sentence))


# (round 27) a total small enough to be counted one by one
_ONE_BY_ONE_MAX = 30
# after a part's named place (its preposition and first word read by _PLACE_AFTER): the rest of the name, then the
# next part (a comma, "and") or the end of the clause -- nothing more of the part ("four in Leeds rated outstanding")
_NAMED_PLACE_THEN_NEXT = re.compile(r"^[\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?=\s*(?:,|;|\.|:|\)|\band\b|$))")


def _unsorted_rest(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """After the parts, their sentence counts more people of no kind: "231 were men, 52 were women and the gender of
    four people could not be determined"."""
    return any(m.kind == Kind.COUNT and m.start > enum[-1].end and m.noun in ("people", "persons", "others")
               for m in doc.mentions_in(enum[-1].sentence))


def _counted_one_by_one(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(round 27) "inspected 12 care homes, five in Kent, four in Sussex and two in Surrey": an exact small count
    (no hedge, not rounded) whose apposition places every part in a named place, each part exact too and nothing
    more than its place, is told whole -- a writer giving some of them says "including" or "of them" (not "employs
    400 staff, 120 in Leeds and 90 in York"); the list is closed by "and" (not "24 fouls, seven on A, five on B, six
    by C - ...": some of them). Not a state or a rank ("two in a serious condition", "three in the under-21s",
    "four in Leeds rated outstanding"), nor parts falling short of half the count ("25 players, two ... and three
    ..."), nor a list followed by more of them ("..., and the others in York", "..., while adding three in Italy")."""
    if not (q.hedge is None and q.kind == Kind.COUNT and q.precision == 1 and q.value <= _ONE_BY_ONE_MAX
            and all(p.hedge is None and p.precision == 1 and p.kind == Kind.COUNT for p in enum)
            and _and_before_last(doc, enum)
            and 2 * sum(p.value for p in enum) >= q.value):
        return False
    label_end = enum[-1].end
    for p in enum:
        place = _named_place_after(doc, p.end)
        if place is None:
            return False
        name = _NAMED_PLACE_THEN_NEXT.match(doc.text[p.end + place.end():p.end + place.end() + 60])
        if name is None:
            return False
        label_end = p.end + place.end() + name.end()
    sentence_end = doc.sentences[q.sentence].end
    return not RESTS_TOLD.search(doc.text, label_end, sentence_end) and not any(
        m.kind == Kind.COUNT and m.start >= label_end and not _other_things_counted(doc, q, m)
        for m in doc.mentions_in(q.sentence))


def _other_things_counted(doc: Document, q: Mention, m: Mention) -> bool:
    """(round 28) A count after a placed breakdown that counts other things, with a noun of its own and no place of
    its own ("closing 12 stores, seven in A and three in B, with the loss of about 300 jobs"), tells none of the
    rest (not "..., while adding three in Italy", nor "and two more stores in Wales")."""
    noun = _own_noun(m, doc)
    return noun is not None and q.noun is not None and categories.normalise(noun) != categories.normalise(q.noun) \
        and _named_place_after(doc, m.noun_span.end if m.noun_span else m.end) is None


def _named_place_after(doc: Document, i: int):
    """The preposition and a capitalised place right after ``i`` ("in Kent", "at the Elms"), read by _PLACE_AFTER (its
    match on the text from ``i``), or None."""
    place = _PLACE_AFTER.match(doc.text[i:i + 40])
    if place is not None and not place.group(1)[:1].isupper():
        place = _COMPASS_PART_AFTER.match(doc.text[i:i + 40])  # (round 32) "six in the south and four in the north"
    return place if place is not None and (place.group(1)[:1].isupper() or place.re is _COMPASS_PART_AFTER) else None


# (round 32) a compass part of the whole's place, named by "the": "in the south", "across the north-east"
# (round 32 mend) not with a place of its own after "of": "950 in the north of the county" is no quarter of "in Hull"
_COMPASS_QUARTER = r"\s+the\s+((?:north|south)(?:[ -]?(?:east|west))?|east|west)\b(?![-\w]|\s+of\b)"
_COMPASS_PART_AFTER = re.compile(r"^\s+(?:in|across)" + _COMPASS_QUARTER)
_COMPASS_QUARTER_RX = re.compile(_COMPASS_QUARTER)


def _and_before_last(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """The list closed by "and" right before its last part ("five in A, four in B and two in C")."""
    return re.search(r"\band\s+$", doc.text[enum[-2].end:enum[-1].start]) is not None


# words in the parts' sentence that make them another period or something extra
_TIME_WORDS = re.compile(r"\b(?:last|previous|earlier|ago|before|after|since|compared|each|per|every|also|another"
                         r"|further|additional|separately|meanwhile|in addition|a (?:day|week|month|year))\b", re.I)
_TIME_KINDS = (Kind.YEAR, Kind.DATE, Kind.WEEKDAY, Kind.TIME)
# round 23: "every" as the object of a part's past verb ("1,126 passed every module"), no rate or period
_EVERY_AS_OBJECT = re.compile(r"\b([a-z]+ed)\s+every\b(?!\s+(?:other\s+)?(?:day|week|fortnight|month|year|hour|minute|night"
                              r"|morning|evening|weekend|season|quarter|term|\d|one|two|three|four|five|six|few|couple)\b)", re.I)


def _time_words_outside(doc: Document, enum) -> bool:
    """``_TIME_WORDS`` in the list's sentence outside its figures, "every" after a part's past verb passed over."""
    outside = _COURSE_MARK.sub(" ", _outside_list(doc, enum))
    return bool(_TIME_WORDS.search(_EVERY_AS_OBJECT.sub(r"\1 all", outside)))


# (round 37) a point on a course, no time: "two were pulled up before the last", "fell at the second-last fence"
_COURSE_MARK = re.compile(r"\b(?:before|after|at)\s+the\s+(?:last|final|second[- ]last|first)"
                          r"(?:\s+(?:fence|hurdle|flight|obstacle|bend|corner|furlong|lap))?(?=\s*(?:[.,;]|$))", re.I)


def _time_anchored(doc: Document, sentence: int, enum=()) -> bool:
    """Parts given for their own date or period may be of another total
    ("a further" joining two parts of the list adds nothing to the total)."""
    text = _outside_list(doc, enum) if enum else doc.sentence_text(sentence)
    return bool(_TIME_WORDS.search(text)) or any(
        m.kind in _TIME_KINDS or m.kind == Kind.DURATION for m in doc.mentions_in(sentence))


# (round 27) the source of the figures, dated in an aside, opening the sentence: "The figures, published on Thursday,
# February 22, show that ..." -- the date is the report's, not the parts'
_DATED_SOURCE_LEAD = re.compile(r"\s*(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:figures|data|statistics|report|survey|"
                                r"count|census|review|audit)\s*,\s*(?:published|released|issued|out)\s+[^;:()]{0,40}?,\s*"
                                r"(?:show|shows|showed|reveal|reveals|revealed|found|finds)\s+(?:that\s+)?", re.I)


def _time_anchored_past_source(doc: Document, sentence: int, enum) -> bool:
    """``_time_anchored``, but for the date of a source told in an aside before the first part ("The figures,
    published on Thursday, February 22, show that 61,300 ..."): that date is the report's, not the parts'."""
    lead = _DATED_SOURCE_LEAD.fullmatch(doc.text, doc.sentences[sentence].start, enum[0].start)
    if lead is None:
        return _time_anchored(doc, sentence, enum)
    return bool(_TIME_WORDS.search(_outside_list(doc, enum)[lead.end() - doc.sentences[sentence].start:])) or any(
        (m.kind in _TIME_KINDS or m.kind == Kind.DURATION) and m.start >= enum[0].start
        for m in doc.mentions_in(sentence))


def _same_thing(q: Mention, enum: tuple[Mention, ...]) -> bool:
    """The parts count what the figure before them counts ("ballots", then "votes")."""
    nouns = [_own_noun(p) for p in enum if _own_noun(p)]  # not a verb read as one: "another 1,150 were left"
    return bool(nouns) and q.noun is not None and all(categories.same_thing(q.noun, n) for n in nouns)


def _kinds_of(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """"Nineteen schools will shut. The closures affect 11 primary schools, six
    secondaries and four special schools": a list of kinds of what the figure
    before counts -- some parts name its noun with a qualifier, the others a
    word that names no other known category."""
    kinds = 0
    for p in enum:
        if p.noun and categories.same_thing(q.noun, p.noun):
            if p.noun_span is None or len(words(doc.text[p.noun_span.start:p.noun_span.end])) < 2:
                return False  # "11 schools, six nurseries": other things beside the thing itself
            kinds += 1
        elif p.noun is None or categories.normalise(p.noun) in categories.known() \
                and not categories.siblings(q.noun, p.noun):
            return False  # (not a sibling kind of the figure's own: "52 buses ... 14 double-deckers and 11 coaches")
    return kinds >= 1


# a sentence that divides what the one before counted: "Of those, 148 passed, ...",
# "Among them, ...", "Of that number, ..."; or "37 of them ..." on its first part
# (round 29) the total told as the one reached now: "Of the current total, 82,400 are men ..." (the level a move
# ended on, not the one it came from)
_TOTAL_NOW = r"(?:(?:current|latest|new|present|overall|whole)\s+)?"
_BACK_LEAD = re.compile(r"^\W*(?:and\s+|but\s+)?(?:out\s+)?(?:of|among)\s+((?:those|them|these|that\s+(?:number|total"
                        r"|figure|sum|amount)|that(?=\s*,)|the\s+" + _TOTAL_NOW + r"total|this\s+total"
                        r"|" + r"(?P<period>(?:last|this)\s+(?:year|season|month|week|quarter))['’]s\s+" + _TOTAL_NOW
                        + r"(?:total|figure|tally|number))\b)[^.;:]{0,30}$", re.I)
_BACK_SUBJECT = re.compile(r"^\W*(?:those|these|they)(?:\s+[a-z]+ed|\s+held|\s+taken|\s+seen|\s+hurt)?\s+(?:include[sd]?"
                           r"|comprised|were|are)\s+(?:(?:about|around|some|nearly|roughly|an\s+estimated)\s+)?$", re.I)
# "It breaks the figure down into 1,350 ...", "The total splits into", "That number is made up of": the next
# sentence opens on the breakdown of the figure before
_THE_FIGURE = r"(?:(?:the|that|this|those|these)\s+(?:figures?|totals?|numbers?|tally|sum|count)|it|them|this|that)"
_THE_FIGURE_NOUN = r"(?:the|that|this|those|these)\s+(?:figures?|totals?|numbers?|tally|sum|count|" \
                   r"increase|rise|hike|cut|reduction|" \
                   r"toll)"  # (round 49) "The increase is made up of ..." after "go up by £37"; (round 60) "The toll
# comprised 41,500 sheep, ..." after "lost a total of 86,000 head of livestock"
# a verb saying the parts after it are all of its subject: "is made up of", "was split between", "comprised"
_PARTS_ARE_ALL_VERB = (r"(?:(?:is|was|were|are)\s+(?:made\s+up\s+of|broken\s+down\s+(?:into|as)|split\s+(?:into|between)"
                       r"|divided\s+(?:into|between))|compris(?:es|ed|e)|consist(?:s|ed)?\s+of)")
_BREAKS_DOWN_LEAD = re.compile(
    # "It breaks the figure down into", "The report splits the total between": a verb with the figure as object
    r"^\W*(?:[\w'’-]+\s+){0,4}?(?:(?:br(?:oke|eaks?|eaking)\s+" + _THE_FIGURE + r"\s+down\s+(?:into|as|to)|"
    r"(?:split|splits|splitting|divided|divides|dividing)\s+" + _THE_FIGURE + r"\s+(?:into|between))"
    # "That figure is made up of", "The total breaks down as", "It comprises": the figure as subject
    # (not "It comprises": "it" may be what holds the figure, "The company has 2,300 shareholders")
    r"|^\W*(?:and\s+|but\s+)?" + _THE_FIGURE_NOUN + r"\s+(?:(?:breaks?|broke|split|splits|divides|divided)\s+(?:down\s+)?"
    r"(?:into|as|between)|" + _PARTS_ARE_ALL_VERB + r")"
    # (round 60) any thing named with "the" breaking down, the lone figure before its cost: "... priced at NOK 1.42bn"
    # / "The municipality's plan breaks down into NOK 860m for ..."
    r"|^\W*(?:and\s+|but\s+)?(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,2}?[a-z]+\s+(?:breaks?|broke)\s+down\s+"
    r"(?:into|as)"
    # (round 56) the breakdown itself as subject: "The breakdown she gave was", "The official breakdown is"
    r"|^\W*(?:and\s+|but\s+)?(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?breakdown(?:\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:gave|gives|given|offered|provided|released|published))?\s+(?:was|is|showed|shows)\s*:?)"
    r"\s+(?:(?:some|about|around|roughly|nearly|almost|an\s+estimated|just\s+over|just\s+under)\s+)?$", re.I)
# (round 30) the next sentence opens on a word for the figure before and a verb that says its parts are all of it:
# "They comprised", "These consisted of", "This was made up of", "The sum comprised" (not "They included", "They were")
_WHOLE_SUBJECT_LEAD = re.compile(r"\W*(?:and\s+|but\s+)?(?:they|these|those|this|" + _THE_FIGURE_NOUN + r")\s+"
                                 + _PARTS_ARE_ALL_VERB + r"\s+"
                                 r"(?:(?:some|about|around|roughly|nearly|almost|an\s+estimated)\s+)?$", re.I)


_BACK_AFTER = re.compile(r"^\s*(?:out\s+)?of\s+(?:them|those|these|it|that)\b", re.I)
# round 24: a back phrase closed by a comma, then the sentence's own subject and verb: "Of the total, crews in the
# northern district filled 7,920 ...", "Of that number, nurses in the two city hospitals treated 410 ..."
_BACK_LEAD_CLAUSE = re.compile(r"^\W*(?:and\s+|but\s+)?(?:out\s+)?(?:of|among)\s+(?:those|them|these|the\s+" + _TOTAL_NOW + r"total"
                               r"|this\s+total|that\s+(?:number|total|figure))\s*,\s*[^.;:()\[\]\d]{1,80}$", re.I)


# (round 28) "Of those killed in 2024, 13 were ...", "Among the people who died, ...": a back phrase naming the event
_BACK_EVENT_LEAD = re.compile(r"\W*(?:and\s+|but\s+)?(?:of|among)\s+(?:those|the\s+people|the\s+[a-z]+s)\s+"
                              r"(?:who\s+(?:were\s+|had\s+been\s+)?)?(?P<event>[a-z]{3,}ed|died)\b"
                              r"(?:\s+(?:in|during|on)\s+[^,.;:()]{1,20}|\s+(?:last|this)\s+[a-z]+)?\s*,\s*"
                              r"[^.;:()\[\]\d]{0,80}$", re.I)


def _back_to_event(doc: Document, sent: int, enum: tuple[Mention, ...], items: list[Mention]) -> int | None:
    """(round 28) The sentence a back phrase naming an event points to: the nearest before, within two paragraphs,
    that tells the same event ("Thirty-one people were killed on the county's roads" for "Of those killed in 2024,
    13 were car drivers, ..."), past sentences of other figures ("... seriously injured rose to 412")."""
    if items[0] is not enum[0]:
        return None
    lead = _BACK_EVENT_LEAD.match(doc.text, doc.sentences[sent].start, enum[0].start)
    if lead is None:
        return None
    event = lead.group("event").lower()
    para, biggest = doc.sentences[sent].paragraph, max(p.value for p in enum)
    for other in range(sent - 1, max(-1, sent - NEARBY_SENTENCES - 1), -1):
        if abs(doc.sentences[other].paragraph - para) > 2 or doc.sentences[other].chrome:
            return None
        if re.search(r"\b" + event + r"\b", doc.sentence_text(other), re.I) and any(
                m.kind == enum[0].kind and m.value is not None and m.value > biggest and not m.compound
                for m in doc.mentions_in(other)):
            return other
    return None


def _back_lead_then_clause(doc: Document, enum: tuple[Mention, ...], items: list[Mention]) -> bool:
    """Round 24: "Of the total, crews in the north filled 7,920 potholes, ...": the sentence opens on the back
    phrase and its first figure is the list's."""
    return items[0] is enum[0] and bool(_BACK_LEAD_CLAUSE.match(
        doc.text[doc.sentences[enum[0].sentence].start:enum[0].start]))


def _same_unit_measure(q: Mention, enum: tuple[Mention, ...]) -> bool:
    """Round 24: "removed 3,950 tonnes ... Of the total, teams on the beaches cleared 2,100 tonnes and those in
    the woods 1,850": a measure whose unit the first part repeats (the rest may leave it out)."""
    return q.kind == Kind.MEASURE and q.unit is not None and enum[0].kind == Kind.MEASURE \
        and enum[0].unit == q.unit and all(p.unit in (None, q.unit) for p in enum)


def _back_past_smaller(doc: Document, sent: int, enum: tuple[Mention, ...]) -> int | None:
    """Round 24: the sentence a back phrase points to, past nearby sentences with no figure that could hold the
    parts ("The council spent £6.2m on the work" between "... 23,480 potholes" and "Of the total, ...": money,
    and a count smaller than a part, hold none of them); None past a paragraph or two."""
    para, biggest = doc.sentences[sent].paragraph, max(p.value for p in enum)
    for other in range(sent - 1, max(-1, sent - NEARBY_SENTENCES - 1), -1):
        if abs(doc.sentences[other].paragraph - para) > 2 or doc.sentences[other].chrome:
            return None
        if any(m.kind == enum[0].kind and m.unit == enum[0].unit and m.value is not None and m.value > biggest
               and not m.compound for m in doc.mentions_in(other)):
            return other
    return None


def _of_them_fit(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """"30 residents, 20 of them children and 10 pensioners": every later part
    is "of them" too, names nothing, is what is left ("the other 41 house
    fires") or counts people like the total; not "..., 20 of them children,
    and 15 pets"."""
    people = categories.PEOPLE
    if _CLOSING.search(doc.text[max(0, enum[-1].start - 16):enum[-1].start]):
        return True  # "..., with the other 41 house fires": what is left of them closes the list
    for p in enum[1:]:
        if p.noun is None or _OF_THEM_AFTER.match(doc.text[p.end:p.end + 12]) \
                or categories.may_contain(q.noun, p.noun) or _label_word(p) or _object_of_participle(doc, p, enum[0]) \
                or categories.normalise(q.noun) in people and categories.normalise(p.noun) in people:
            continue
        return False
    return True


_PARTICIPLE_OPENING = re.compile(r"(" + _PARTICIPLE + r")\s")
# "31 of them carrying food": the first part tells what its things do
_OF_THEM_DOING = re.compile(r"\s*of\s+(?:them|whom|which|these|those)\s+(" + _PARTICIPLE + r")\s", re.I)


def _object_of_participle(doc: Document, p: Mention, first: Mention) -> bool:
    """(round 28) "48 lorries, 31 of them carrying food, 12 carrying medical supplies and ...": the part's noun is
    the object of what the part does, reached past a participle (not an -ing noun: "12 housing units"); the part
    still counts the total's things. (review rv28-mixed item 7) Only parts parallel to the first, "N of them" doing
    something too (not "31 of them electric, 10 hybrid and 12 charging points")."""
    if p.noun_span is None:
        return False
    opening = _PARTICIPLE_OPENING.match(doc.text, p.noun_span.start)
    doing = _OF_THEM_DOING.match(doc.text, first.end)
    return opening is not None and opening.group(1) not in _ING_NOUNS \
        and doing is not None and doing.group(1).lower() not in _ING_NOUNS


def _label_word(p: Mention) -> bool:
    """"6,900 hybrid": a singular word after a plural count labels the part
    (like "electric" before it); it names no other things."""
    return bool(p.noun) and p.value > 1 and categories.normalise(p.noun) != p.noun.lower() \
        and p.noun.lower() not in categories.known()


# the base a comparison is made against: "16% more than the 2,980 patients seen a year earlier" (no whole of the
# parts told next)
_COMPARED_BASE_BEFORE = re.compile(r"\b(?:than|compared\s+(?:with|to)|against)\s+(?:the\s+|its\s+|their\s+)?$", re.I)


# round 24: what another figure is measured against in its own clause: "well short of the record", "below the
# 2019 peak of", "still under the", "more than the" (a yardstick, no whole the next sentence breaks down)
_YARDSTICK_BEFORE = re.compile(r"\b(?:short\s+of|shy\s+of|below|beneath|behind|under|above|ahead\s+of|than"
                               r"|compared\s+(?:with|to)|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?"
                               r"|outstrip(?:s|ped|ping)?|match(?:es|ed|ing)?|equal(?:s|led|ling)?)\s+"
                               r"(?:(?:the|its|their|a|an)\s+)?(?:(?:record|peak|previous|all-time|pre-pandemic|target|"
                               r"forecast|high|level|total|year's|[12]\d{3})\s+){0,3}(?:(?:of|at)\s+)?$", re.I)
# a clause that measures something against the figure: "The total is still 10% short of", "Sales remain
# below" -- the comparison's subject or size stands before the yardstick's words
_YARDSTICK_WORDS_REACH = 60
_PLACE_WORD = re.compile(r"(?:under|above|below|beneath|behind)\b", re.I)


def _yardstick_of_comparison(doc: Document, q: Mention) -> bool:
    """Round 24: "The total is still about 10% short of the record 2.05 million passengers of 2019": the figure a
    comparison measures another against is a mark, not the whole of parts told in another sentence (not a
    hedge on the figure itself, "under 500 people", which is part of the mention)."""
    sentence_start = doc.sentences[q.sentence].start
    start = max(sentence_start, q.start - _YARDSTICK_WORDS_REACH)
    found = _YARDSTICK_BEFORE.search(doc.text[start:q.start])
    if found is None:
        return False
    # (a place or regime opening the clause is no comparison: "Under the new plans 400 homes ...")
    opening = doc.text[sentence_start:start + found.start()].rstrip()
    return not (_PLACE_WORD.match(found.group(0)) and (not opening or opening[-1] in ",;:"))


def _lone(q: Mention, figures: list[Mention], enum) -> bool:
    """The one figure of its sentence, but for a count of the items the parts
    are placed in ("3,600 fans watched the two matches"): no other reading."""
    return all(m is q or m.value == len(enum) and _counts_items(m, enum) or _modifier_far_below(m, enum)
               for m in figures)


def _same_noun_before(doc: Document, q: Mention, figures: list[Mention], enum) -> bool:
    """The lone count of the sentence before counts what the parts count ("cast 82,400 ballots. Yes won 47,900 votes
    and ..."); (round 27) or it is the level a move reached, the parts' noun named in its subject. That wider reading
    takes parts told as states of the stock ("were in temporary housing", "were privately owned"), never parts told
    each as an event of its own ("passed maths", "were sold", "were demolished": done to some of the stock or by
    others, overlapping or beside it)."""
    lone = _lone(q, figures, enum)
    if lone and (_same_thing(q, enum) or _kinds_of(doc, q, enum)):
        return True
    return (lone or _lone_level_reached(doc, q, figures)) and (_same_thing(q, enum) or _kinds_of(doc, q, enum)
                                                               or _level_subject_names_parts(doc, q, enum)) \
        and not all(_told_as_event(doc, p) for p in enum)


# (round 32 review) a verb of a stock held, right before the first part: "It holds 3,100 positions in bonds, ...", "It
# has 3,100 open jobs in London, ..."
_STOCK_VERB_BEFORE = re.compile(r"\b(?:has|have|had|holds?|held|employs?|employed|owns?|owned|keeps?|kept)\s+"
                                r"(?:(?:some|about|around|nearly|almost|over|roughly)\s+)?$", re.I)
# a verb of a change to the stock: "will cut 5,200 jobs", "plans to create", "is shedding"
_CHANGE_VERB_BEFORE = re.compile(r"\b(?:cut|cuts|cutting|shed|sheds|shedding|axe[sd]?|axing|scrap\w*|slash\w*|los[et]\w*"
                                 r"|creat\w+|add\w*|hir\w+|fill\w*|remov\w+|reduc\w+|eliminat\w+)\b", re.I)


def _stock_after_change(doc: Document, q: Mention, enum) -> bool:
    """(round 32 review) The count before told as a change ("The bank will cut 5,200 jobs"), the parts as a stock the
    subject holds ("It holds 3,100 positions in bonds, 1,400 in shares ..."): the stock is no breakdown of the
    change; nor are parts whose sentence opens on a period the count's sentence does not name ("This year ...")."""
    sent = doc.sentences[enum[0].sentence]
    before = doc.sentence_text(q.sentence)
    period = _PERIOD_OPENING.match(doc.text, sent.start, enum[0].start)
    if period is not None and not re.search(r"\b" + r"\s+".join(period.group(1).split()) + r"\b", before, re.I):
        return True  # "The council cut 300 jobs last year. This year it will cut 250 posts, 150 in ...": another period
    return _STOCK_VERB_BEFORE.search(doc.text, sent.start, enum[0].start) is not None \
        and _CHANGE_VERB_BEFORE.search(doc.text, doc.sentences[q.sentence].start, q.start) is not None


# a period of its own opening the parts' sentence: "This year it will cut ...", "Next month, ..."
_PERIOD_OPENING = re.compile(r"\W*((?:this|last|next)\s+(?:year|month|week|season|quarter|spring|summer|autumn|winter))\b",
                             re.I)


# a part's own verb straight after it, past a word or two of its noun: an active past ("passed maths") or a passive
# one ("were sold", "were brought back into use"); not a state ("were in ...", "were privately owned", "were renting")
_WORDS_AFTER_PART = re.compile(r"\s+((?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*)", re.I)
_PASSIVE_AUXILIARY = frozenset("were was are is been".split())


def _told_as_event(doc: Document, part: Mention) -> bool:
    """(mend, round 27) The part is told with a verb of an event of its own (see above)."""
    found = _WORDS_AFTER_PART.match(doc.text, part.end)
    after = found.group(1).lower().split() if found else []
    for k, w in enumerate(after[:3]):
        if w in _PASSIVE_AUXILIARY or w in ("have", "has", "had"):
            rest = [v for v in after[k + 1:] if v not in _PASSIVE_AUXILIARY]
            return bool(rest) and (is_past_form(rest[0]) or rest[0] in IRREGULAR_PAST)
        if is_past_form(w) or w in IRREGULAR_PAST:
            return True
    return False


def _lone_level_reached(doc: Document, q: Mention, figures: list[Mention]) -> bool:
    """(round 27) ``q`` is the level a move of its sentence reached, every other figure there the level it moved from
    ("fell by a quarter, to 98,600 at the end of December from 132,400 a year earlier"): the one figure a
    breakdown in the next sentence can divide."""
    return not q.compound and all(m is q or _moved_from(doc, q, m) for m in figures)


def _level_subject_names_parts(doc: Document, q: Mention, enum) -> bool:
    """(round 27) A level reached ("to N") told with no noun, whose sentence names before it what the parts count
    ("The number of asylum cases waiting fell ..., to 98,600" / "61,300 cases were ..."): the first part's noun
    (the others may leave it unsaid) is a word of the level's sentence before it."""
    noun = _own_noun(enum[0])
    if q.noun is not None or noun is None or not _TO_LEVEL_BEFORE.search(doc.text, max(0, q.start - 30), q.start):
        return False  # (a level reached: "... the largest share of calls, with 6,210" is a part, no level)
    return noun.lower() in words(doc.text[doc.sentences[q.sentence].start:q.start].lower())


def _modifier_far_below(m: Mention, enum) -> bool:
    """"In the four-way contest, 61,904 ballots were cast": a figure written
    as a modifier, at most a tenth of every part, counts other things (round 11)."""
    return m.compound and _far_below_parts(m, enum)


def _far_below_parts(m: Mention, enum) -> bool:
    """``m`` is at most a tenth of every part (``FAR_BELOW``): a count of other things."""
    return m.value is not None and all(p.value is not None and m.value * FAR_BELOW <= p.value for p in enum)


def _places_counted(q: Mention, figures: list[Mention], enum) -> bool:
    """"The 3,600 cuts will fall on two regions": beside the one figure of
    its sentence, a count of the places it is split over, as many as the
    parts after it."""
    others = [m for m in figures if m is not q]
    return len(others) == 1 and others[0].start > q.end and others[0].value == len(enum) \
        and _counts_items(others[0], enum) and not q.compound


# round 20: a collective of people named right before its size: "the population has grown to", "a workforce of",
# "membership stood at"
_PEOPLE_WHOLE_BEFORE = re.compile(r"\b(?:population|workforce|membership|electorate)\s+(?:now\s+)?(?:(?:has|have|had)\s+)?"
                                  r"(?:(?:grown|grew|risen|rose|fallen|fell|climbed|reached|totalled|totaled|stands|stood"
                                  r"|is|was|of|now)\s+)?(?:(?:to|at|of)\s+)?$", re.I)
# a clause of another time or a subgroup: "when the population stood at ...", "at the previous census", "among those
# aged over 65"
_OTHER_TIME_OR_GROUP = re.compile(r"\b(?:when|previous|previously|earlier|ago|before|prior|last|then|among|aged|over|"
                                  r"under|of\s+(?:them|those|whom)|who|born|living)\b", re.I)
PEOPLE_BY_SEX_SLACK = Fraction(1, 10)  # the parts within a tenth of the whole: no subgroup of it


def _people_whole_by_sex(doc: Document, q: Mention, enum: tuple[Mention, ...], items: list[Mention]) -> bool:
    """"The population has grown to 4,862,350. ... Women outnumber men, with 2,468,910 women and 2,439,440 men
    recorded.": a count given as the size of a population (workforce, membership, electorate) in an earlier
    sentence, in no clause of another time, and a later sentence whose only figures are its men and women (and
    children): together all of it, when they come within a tenth of it (inferred)."""
    if q.kind != Kind.COUNT or q.value is None or q.compound or q.is_range or len(items) != len(enum) \
            or any(p.value is None for p in enum):
        return False
    nouns = _part_nouns(doc, enum)
    if not categories.is_partition(nouns) or not {categories.normalise(n) for n in nouns} <= {"men", "women", "children"}:
        return False
    start = doc.sentences[q.sentence].start
    clause_start = max(doc.text.rfind(c, start, q.start) for c in (",", ";", ":", " - ", "–", "—"))
    clause_start = start if clause_start < 0 else clause_start  # (a dateline before a dash is no clause of q's)
    clause_end = min([doc.text.find(c, q.end, doc.sentences[q.sentence].end) for c in ",;"
                      if doc.text.find(c, q.end, doc.sentences[q.sentence].end) >= 0] or [doc.sentences[q.sentence].end])
    if not _PEOPLE_WHOLE_BEFORE.search(doc.text, max(start, q.start - 60), q.start) \
            or _OTHER_TIME_OR_GROUP.search(doc.text, clause_start, clause_end) \
            or any(m.kind in (Kind.YEAR, Kind.DATE) for m in doc.mentions_in(q.sentence) if clause_start <= m.start < clause_end):
        return False
    if _OTHER_TIME_OR_GROUP.search(doc.text, doc.sentences[enum[0].sentence].start, doc.sentences[enum[0].sentence].end):
        return False  # "Among those aged over 65, 480,000 were women and 410,000 men": a subgroup
    together = sum(p.value for p in enum)
    return abs(together - q.value) <= q.value * PEOPLE_BY_SEX_SLACK


def _sole_figure(q: Mention, figures: list[Mention], doc: Document | None = None) -> bool:
    """The one figure of its kind in its sentence: "those" can mean no other
    (with ``doc``, but for the value it moved from: "£86m, up from £80m", and a decimal joined to a word by a
    hyphen, a modifier the grammar leaves uncompounded: "The 6.1-magnitude quake damaged 1,260 homes", round 30)."""
    return not q.compound and not any(m is not q and m.kind == q.kind and m.unit == q.unit and not m.compound
                                      and not (doc is not None and (_moved_from(doc, q, m) or _hyphened_decimal(doc, m)))
                                      for m in figures)


def _hyphened_decimal(doc: Document, m: Mention) -> bool:
    """"a 6.1-magnitude quake", "a 2.5-star rating": a decimal count hyphened to the next word modifies a noun."""
    return m.value is not None and m.value.denominator != 1 and _HYPHENED_WORD.match(doc.text, m.end) is not None


_HYPHENED_WORD = re.compile(r"-[a-z]")


# round 20: a rival's figure compared with after the whole: "on 203 points, seven clear of Ashbury on 196"
_COMPARED_AFTER = re.compile(r"\b(?:clear\s+of|ahead\s+of|behind|than|compared\s+(?:with|to)|against|versus|vs"
                             r"|(?:up|down)\s+from)\b", re.I)  # (round 31: "up from", "down from")


def _sole_but_compared(doc: Document, q: Mention, figures: list[Mention]) -> bool:
    """"Wessex end on 203 points, seven clear of Ashbury on 196.": every other figure of q's kind comes after it
    and is a difference or a level compared with it, so "Their total" can only mean q."""
    others = [m for m in figures if m is not q and m.kind == q.kind and m.unit == q.unit and not m.compound]
    return not q.compound and bool(others) and all(
        m.start > q.end and (_is_difference(doc, m) or _COMPARED_AFTER.search(doc.text, q.end, m.start)) for m in others)


def _sole_but_moved_from(doc: Document, q: Mention, figures: list[Mention]) -> bool:
    """(round 31) "Road deaths fell to 1,083 last year from 1,147 in 2022.": every other figure of q's kind comes
    after it and is the level it moved from or one compared with it, so the parts of the next sentence are q's."""
    others = [m for m in figures if m is not q and m.kind == q.kind and m.unit == q.unit and not m.compound]
    return not q.compound and bool(others) and all(
        m.start > q.end and (_moved_from(doc, q, m) or _FROM_AFTER_LEVEL.fullmatch(doc.text, q.end, m.start)
                             or _COMPARED_AFTER.search(doc.text, q.end, m.start)) for m in others)


# (round 31) the level's own time between it and "from": "fell to 1,083 last year from", "reached 412 in May, from"
_FROM_AFTER_LEVEL = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}?\s*,?\s+from\s+(?:(?:about|around|some|nearly)\s+)?", re.I)


def _moved_from(doc: Document, q: Mention, m: Mention) -> bool:
    """"set an £86m budget, up from £80m last year": m is the value q moved from (round 15)."""
    return m.start > q.end and (bool(_CHANGE_FROM_BEFORE.search(doc.text[max(q.end, m.start - 30):m.start]))
                                or _to_level_from(doc, q, m))


# "increased 7% to £4.8bn from £4.5bn": the level reached, then the one it moved from (round 17)
_FROM_RIGHT_AFTER = re.compile(r"\s+from\s+(?:(?:about|around|some|nearly)\s+)?$", re.I)


# (round 27) the level's time (after its noun, in lower case) between it and "from": "to £486.2m in the year to 31
# December, from £441.9m", "to 98,600 cases at the end of December from 132,400"
_TIMED_FROM_AFTER = re.compile(r"(?:\s+(?-i:[a-z])[\w'’-]*){0,2}?\s+(?:in|at|by|on|for|during|over)\s+[^;:()\d£$€%]{0,30}?"
                               r"(?:(?:\d{1,2}\s+[a-z]+|(?:19|20)\d\d)\s*)?,?" + _FROM_RIGHT_AFTER.pattern, re.I)


def _to_level_from(doc: Document, q: Mention, m: Mention) -> bool:
    return bool(_FROM_RIGHT_AFTER.fullmatch(doc.text, q.end, m.start)
                or _TIMED_FROM_AFTER.fullmatch(doc.text, q.end, m.start)) \
        and bool(_TO_LEVEL_BEFORE.search(doc.text, max(0, q.start - 30), q.start))


SENTENCE_END_WORDS = 2


def _ends_sentence(doc: Document, q: Mention) -> bool:
    """"..., bringing the total to 212. Of those, ...": the figure the sentence
    ends on is what "those" points back to."""
    after = q.noun_span.end if q.noun_span else q.end
    end = doc.sentences[q.sentence].end
    before = doc.text[max(doc.sentences[q.sentence].start, q.start - 40):q.start]
    return not q.compound and len(words(doc.text[after:end])) <= SENTENCE_END_WORDS and not any(
        m.start >= q.end and m.kind in SUMMABLE for m in doc.mentions_in(q.sentence)) and (
        _NEW_TOTAL_BEFORE.search(before) or _totalised(doc, q))


_TOTAL_WORD_BEFORE = re.compile(r"\b(?:total|tally|cumulative)\b[^,.;:\d]{0,25}$", re.I)


def _has_anchor(doc: Document, figures: list[Mention]) -> bool:
    """A sentence with a figure "those" can point back to: the total it ends
    on or names.  Its other figures stay candidates too, so a breakdown that
    fits any of them raises nothing."""
    return any(_ends_sentence(doc, q) or _called_total(doc, q) for q in figures)


def _only_holder(doc: Document, q: Mention, figures: list[Mention], enum: tuple[Mention, ...]) -> bool:
    """"There were 412 vacancies across the 64 homes. Of these, 238 ...": of the
    figures "these" may point back to, only ``q`` can hold each part (no part
    of a whole is larger than it), and the others stand in a phrase placing it
    ("across the 64 homes"), not as counts of their own ("and sent out 300
    crews": the sum of both may be meant)."""
    if q.compound or q.value is None:
        return False
    biggest = max(p.value for p in enum)
    if q.value < biggest:
        return False
    for m in figures:
        if m is q or m.kind != q.kind or m.unit != q.unit or m.compound or m.value is None:
            continue
        if m.start > q.end and (m.value < biggest and _PLACING_BEFORE.search(doc.text[max(q.end, m.start - 40):m.start])
                                or _APPOSITION_OF_SIZE.match(doc.text[q.noun_span.end if q.noun_span else q.end:m.start])
                                or _CHANGE_FROM_BEFORE.search(doc.text[max(q.end, m.start - 30):m.start])):
            continue  # "across the 64 homes", "a town of about 9,000", "up from 540 in May"
        if m.end < q.start and m.value < biggest and m.noun and q.noun and _ASIDE_BEFORE.search(
                doc.text[doc.sentences[q.sentence].start:m.start]) and "," in doc.text[m.end:q.start] \
                and not categories.may_contain(q.noun, m.noun) and not categories.may_contain(m.noun, q.noun):
            continue  # "The clinic, which has 14 doctors, saw 580 patients": an aside, too few, other things
        return False
    return True


_ASIDE_BEFORE = re.compile(r",\s*(?:which|who|whose|where)\b[^,;:]*$", re.I)
# the value a figure moved from, no count of its own: "580 patients, up from 540 in May" (round 15)
# (also past the size of the change: "up 6.8% from 9.21m", round 16)
_RISE_WORD = re.compile(r"\b(?:up|rising|rose|increas\w+|grew|climbed)\b", re.I)


def _new_level_told_before(doc: Document, old: Mention) -> Mention | None:
    """"... pushed revenue to £38.6m. ... Turnover rose by 17% from £33.1m.": the one earlier figure, in the old
    level's unit, that the stated change from it reaches (£33.1m up 16.5-17.5% is £38.56m-£38.89m)."""
    pcts = [m for m in doc.mentions_in(old.sentence) if m.kind == Kind.PERCENT and m.end <= old.start
            and m.interval is not None and m.interval.lo is not None and m.interval.hi is not None]
    if len(pcts) != 1 or old.value is None or old.interval is None or old.interval.lo is None or old.interval.hi is None:
        return None
    rise = _RISE_WORD.search(doc.text, doc.sentences[old.sentence].start, old.start) is not None
    step = (lambda p: 1 + p / 100) if rise else (lambda p: 1 - p / 100)
    lo, hi = sorted((old.interval.lo * step(pcts[0].interval.lo), old.interval.hi * step(pcts[0].interval.hi)))
    found = [m for m in doc.mentions_within(0, old.sentence + 1) if m.end <= old.start and m.kind == old.kind
             and m.unit == old.unit
             and m.value is not None and lo <= m.value <= hi and not m.hedge and not m.is_range]
    return found[-1] if found and len({m.value for m in found}) == 1 else None


_CHANGE_FROM_BEFORE = re.compile(r"(?:\b(?:up|down|rising|falling|rose|fell|increas\w+|decreas\w+)"
                                 r"\s+(?:(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent)\s+)?from"
                                 r"|\bcompared\s+(?:with|to)|\bagainst|\bthan)\s+(?:(?:about|around|some|nearly)\s+)?$",
                                 re.I)


# "drew 412 responses, a high number for a village of about 2,300 people": a figure in an aside on
# the count, giving the size of something else (round 15)
_APPOSITION_OF_SIZE = re.compile(r"^\s*,\s+(?:a|an)\s+(?!(?:[\w'’-]+\s+){0,8}?(?:was|were|is|are|has|had|of\s+(?:them|those|whom)"
                                 r"|total|tally|combined)\b)(?:[\w'’-]+\s+){0,8}?(?:a|an)\s+[a-z]+\s+of\s+"
                                 r"(?:(?:about|around|some|roughly|nearly|almost|over|under|just\s+over|just\s+under)\s+)?$",
                                 re.I)


# "across the county's 64 homes", "in its 12 branches": a figure placing the one before it
_PLACING_BEFORE = re.compile(r"\b(?:across|in|at|on|from|among|over|between|within|throughout)\s+(?:(?:the|its|their|a|an|all)\s+)?"
                             r"(?:[\w'’-]+\s+){0,3}$", re.I)


def _called_total(doc: Document, q: Mention) -> bool:
    """"The outbreak total stands at 212 after 47 new cases": the figure named
    a total is what "those" counts, wherever it stands."""
    before = doc.text[max(doc.sentences[q.sentence].start, q.start - 40):q.start]
    return not q.compound and bool(_TOTAL_WORD_BEFORE.search(before) or _totalised(doc, q))


# a figure that sums up what came before it: "bringing the total to 212", "rising to 212"
_NEW_TOTAL_BEFORE = re.compile(r"\b(?:total|tally|overall|cumulative|altogether)\b[^,.;:\d]{0,25}$"
                               r"|\b(?:to|reached|reaching|hit|hitting|totall?ing|totall?ed)\s+$", re.I)


# (round 63) the whole's noun, definite, placed in named places, each part in brackets after its name: "The affected
# homes were in Blyth (612), Cramlington (347) and Bedlington (215)."
_THE_WHOLE_PLACED_IN = re.compile(r"\s*The\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+(?:were|are|was|is)\s+(?:all\s+)?"
                                  r"(?:in|at|on|across|spread\s+across|split\s+between)\s+"
                                  r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*\(\s*$")
_BRACKETED_AFTER_NAME = re.compile(r"[A-Z][\w'’-]*\s*\(\s*$")


def _whole_placed(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(round 63) The next sentence places all of the whole, under its own noun, in named places, each part in
    brackets after its name: "cut to 1,184 homes. The affected homes were in Blyth (612), Cramlington (347) and
    Bedlington (215)." (all of it: complete)."""
    lead = doc.text[doc.sentences[enum[0].sentence].start:enum[0].start]
    placed = _THE_WHOLE_PLACED_IN.match(lead)
    return placed is not None and q.noun is not None \
        and categories.same_thing(placed.group("noun").lower(), q.noun.lower()) \
        and all(_BRACKETED_AFTER_NAME.search(doc.text, max(0, p.start - 40), p.start) for p in enum)


def _refers_back(doc: Document, q: Mention, enum: tuple[Mention, ...], items: list[Mention]) -> bool:
    """"Of those, 148 passed" (or "Of those inspected", "Of those farms"), "took
    37 of them to hospital": the first part opens the sentence's figures."""
    first = enum[0]
    if items[0] is not first:
        return False  # "rescued 30 residents, 20 of them ...": "them" is the 30
    lead = doc.text[doc.sentences[first.sentence].start:first.start]
    if _BACK_SUBJECT.match(lead):
        # "Those held included 26 ...", "Those arrested were 30 men and ..."
        return not _other_casualties(doc, q, words(lead)[1:2])
    if _RATED_LEAD.match(lead):
        return True  # "Inspectors visited 212 homes. They rated 148 good, 41 ...": each one rated once (round 15)
    if _whole_placed(doc, q, enum):
        return True
    the = _BACK_THE_NOUN.match(lead)
    if the:
        # "Road deaths fell to 212. Of the dead, ...", "Of the patients, ...": what the figure counted, or
        # some of it (round 15)
        noun = the.group(1).lower()
        return not _other_casualties(doc, q, [noun]) and (
            categories.same_thing(noun, q.noun) or categories.may_contain(q.noun, noun) and q.noun is not None
            or any(k.search(noun) and k.search(doc.sentence_text(q.sentence)) for k in _CASUALTY_KINDS)
            or _agents_of_sentence(doc, q, noun))
    m = _BACK_LEAD.match(lead)
    if m and m.group("period") and not _told_of_period(doc, q, m.group("period")):
        return False  # (round 32) "Of last year's total, ...": the figure told of last year, no other
    if m:
        rest = words(lead[m.end(1):])
        if m.group(1).lower() == "that" and q.kind in (Kind.MONEY, Kind.MEASURE):
            return True  # (round 52) "Tolls brought in £18.6m. Of that, cars paid £11.2m, ...": of that sum
        if rest and rest[0].lower() in ("were", "are") and len(rest) == 1:
            return True  # "Among them were 1,100 commuter services and ..." (round 11)
        if len(rest) >= 2 and rest[0].lower() in ("who", "that") and rest[1].lower() in _PAST_OF_HARM:
            said = _PAST_OF_HARM[rest[1].lower()]  # "Of those who died", "Of those who were hurt" (round 15)
            rest = [said] if said else rest[2:]
        if rest and _other_casualties(doc, q, [rest[0].lower()]):
            return False  # "The blast injured 30. Of those killed, ...": not even as a noun of people
        if rest and rest[0].lower() == "aged":
            return False  # round 20: "Among those aged over 65, ...": an age band, a subgroup of the whole
        return not rest or rest[0].lower().endswith("ed") \
            or categories.same_thing(rest[0], q.noun) \
            or q.noun is None and len(rest) == 1 and len(rest[0]) >= 4 \
            and rest[0][:4].lower() in doc.sentence_text(q.sentence).lower()  # "its stock ... homes. Of those homes"
    return bool(_BACK_AFTER.match(doc.text[first.end:first.end + 16]))


def _told_of_period(doc: Document, q: Mention, period: str) -> bool:
    """(round 32) ``q`` is told of ``period`` ("last year"), named right after it in its clause."""
    return re.match(r"[^.;:\d]{0,30}?\b" + r"\s+".join(period.split()) + r"\b",
                    doc.text[q.end:doc.sentences[q.sentence].end], re.I) is not None


def _sole_of_named_period(doc: Document, q: Mention, figures: list[Mention], first: Mention) -> bool:
    """(round 32) "... 3.1 million in 2022 and 3.6 million last year. Of last year's figure, ...": the one figure of
    its sentence told of the period the back phrase names."""
    m = _BACK_LEAD.match(doc.text[doc.sentences[first.sentence].start:first.start])
    return m is not None and m.group("period") is not None and _told_of_period(doc, q, m.group("period")) \
        and sum(1 for f in figures if f.kind == q.kind and _told_of_period(doc, f, m.group("period"))) == 1


def _agents_of_sentence(doc: Document, q: Mention, noun: str) -> bool:
    """Round 21: "A record 14,862 runners crossed the finish line. Of the finishers, 8,941 were men, ...": the
    back noun names those who did what the figure's own clause says ("finishers" of "finish", "voters" of "voted",
    "applicants" of "applied" is not read: the stem must stand in the clause as it is in the noun)."""
    if q.noun is None or not noun.endswith("ers") or len(noun) < 6:
        return False
    stem = noun[:-3].lower()
    clause = doc.text[q.start:doc.sentences[q.sentence].end].lower()
    return bool(re.search(r"\b" + re.escape(stem) + r"(?:ed|es|ing|e)?\b", clause))


_BACK_THE_NOUN = re.compile(r"^\W*(?:and\s+|but\s+)?(?:out\s+)?(?:of|among)\s+the\s+([a-z]{3,})\s*(?:,|\s+(?:were|are))\s*$",
                            re.I)
# "Of those who died" is "Of those killed"; "who were" leaves the participle after it
_PAST_OF_HARM = {"died": "killed", "drowned": "killed", "perished": "killed", "were": None, "was": None}


# a pronoun (or the body that did the counting) grading what was counted before, one grade each
_RATED_LEAD = re.compile(r"^\W*(?:they|it|inspectors|assessors|examiners|judges)\s+(?:then\s+|later\s+)?"
                         r"(?:rated|graded|classed|classified|judged|deemed)\s+$", re.I)


def _lead_names_other_harm(doc: Document, q: Mention, enum) -> bool:
    """"The blast injured 64. Of those killed, 31 were ...": the words before the
    list name a harm the figure's sentence does not (round 15)."""
    lead = words(doc.text[doc.sentences[enum[0].sentence].start:enum[0].start].lower())
    return any(_other_casualties(doc, q, [_PAST_OF_HARM.get(w) or w]) for w in lead)


_CASUALTIES = frozenset("killed injured hurt wounded dead missing rescued arrested charged evacuated".split())


def _other_casualties(doc: Document, q: Mention, participle: list[str]) -> bool:
    """"The blast injured 30. Of those killed, ...": the dead are not the injured
    -- a word of harm (or arrest) the sentence of the figure does not use."""
    if not participle or participle[0] not in _CASUALTIES:
        return False
    said = doc.sentence_text(q.sentence).lower()
    if participle[0][:4] in said:
        return False
    # "Road deaths fell to 212. Of those killed, ...": another word of the same harm (round 15)
    return not any(kind.search(participle[0]) and kind.search(said) for kind in _CASUALTY_KINDS)


# a verb that makes a figure a share of something: "X contributed $1.6bn",
# "$1.6bn came from X", "X accounted for 410"
_CONTRIBUTION_BEFORE = re.compile(r"\b(?:contribut(?:ed|es|ing)|accounted\s+for|accounts?\s+for|generat(?:ed|ing)|br(?:ought|ings?|inging)\s+in"
                                  r"|gave|donated"
                                  r"|made\s+up|came\s+from|supplied|provided)\W+(?:\w+\W+){0,2}$", re.I)
_CONTRIBUTION_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:(?:came|come|comes|coming|was|were)\s+from"
                                 r"|(?:was|were)\s+(?:contributed|generated|provided)\s+by)\b", re.I)


_ADDITION = re.compile(r"\b(?:in addition|also|additional(?:ly)?|further|separately|meanwhile|besides|"
                       r"(?<!for\s)(?<!to\s)(?<!on\s)(?<!and\s)(?<!to\sall\s)(?<!for\sall\s)other)\b", re.I)  # (round 42: not a purpose, "for other
# ministries"; round 43: nor a kind and its like, "Oil and other energy products made up ...")


# sums of money a plan or budget sets aside for purposes, each part "for" its own: pieces of its whole
_ALLOCATION_BEFORE = re.compile(r"\b(?:(?:sets?|setting)\s+aside|earmark(?:s|ed|ing)?|allocat(?:e|es|ed|ing)"
                                r"|devot(?:e|es|ed|ing)|ring-?fenc(?:e|es|ed|ing)|spend(?:s|ing)?|spent|invest(?:s|ed|ing)?"
                                r"|provid(?:e|es|ed|ing))\W+(?:\w+\W+){0,2}$", re.I)
_PURPOSE_AFTER = re.compile(r"^\s+(?:as\s+(?:a|an)\s+[\w'’-]+\s+|[\w'’-]+\s+(?:(?:back|aside|away|over)\s+)?)?(?:for|on|in|to(?:wards?)?)\b(?!\W*(?:[\d£$€]|[a-z]+\s+[\d£$€]))",
                            re.I)


# the subject that sets the money aside is the whole itself: "The plan", "The package", "It"
_SPENDING_WHOLE = re.compile(r"^\W*(?:(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:plan|package|budget|fund"
                             r"|funding|money|cash|scheme|programme|program|deal|investment|strategy|settlement|pot"
                             r"|bill|expansion|project|proposals?)\s+(?:(?:will|would|has|have|had|also)\s+)?"
                             r"(?:[a-z]+\s+){0,1}?(?:sets?|setting|earmark|earmarks|earmarked|allocates?|allocated"
                             r"|devotes?|devoted|ring-?fences?|ring-?fenced|spends?|spent|invests?|invested"
                             r"|provides?|provided)"
                             # "It earmarks ...": a pronoun only sets money aside (an owner may spend past its income)
                             r"|it\s+(?:(?:will|would|has|also)\s+)?(?:sets?|earmarks?|earmarked|allocates?|allocated"
                             r"|ring-?fences?|ring-?fenced))\b", re.I)


# "The £55m scheme earmarks ...": the sum is the subject's own, its noun then the verb (not "with £2m in
# reserves spent ...", another's money)
# the plan's own period inside its subject: "The £86m spending plan for 2025/26 sets aside ..." (round 17)
_SUBJECT_PERIOD = re.compile(r"^(\s*(?:[\w'’-]+\s+){1,3}?)(?:for|in)\s+(?:(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?|the\s+(?:coming|"
                             r"next|current)\s+(?:financial\s+|fiscal\s+)?year|next\s+year|this\s+year)\s+(?=[a-z])", re.I)
_OWN_SUBJECT_GAP = re.compile(r"^\s*(?!(?:[\w'’-]+\s+)*?(?:in|of|with|from|at|on|for|by|to)\s)(?:[\w'’-]+\s+){1,3}?"
                              r"(?:(?:will|would|has|have|also)\s+)?(?:[a-z]+\s+)?"
                              r"(?:sets?|setting|earmark\w*|allocat\w+|devot\w+|ring-?fenc\w+|spend\w*|spent|invest\w*"
                              r"|provid\w+)\W+(?:\w+\W+){0,2}$", re.I)


# (round 53) the whole's noun told what it is for, then a verb setting its money aside: "€48.5m plan for Galicia's
# fire-hit forests sets aside"
_OWN_SUBJECT_FOR_GAP = re.compile(r"^\s*(?:[\w'’-]+\s+){0,1}?(?:plan|budget|package|fund|programme|program|scheme|"
                                  r"strategy)\s+for\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:(?:will|would|also)\s+)?"
                                  r"(?:sets?\s+aside|earmarks?|allocates?|devotes?|ring-?fences?)\s+$", re.I)


# the whole's own noun, then a verb saying what it is spent on, right before the list: "The £12.6m roads budget covers
# £5.1m for A, ...", "the £3m grant pays for A (£1.2m), ...", "the £8m fund will be spent on ..." (round 18)
_COVERS_GAP = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?(?:budget|plan|package|fund|funding|grant|allocation|settlement"
                         r"|programme|program|scheme|bill|spending|pot|money|cash|investment|bid|award|deal|contract"
                         r"|cost|costs|spend|outlay)(?:\s*,\s*which)?\s+(?:(?:on|for|of)\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+\s+)?"
                         r"(?:(?:will|would|also)\s+)?(?:(?:be|is|are|was|were)\s+)?"
                         r"(?:covers?|covered|covering|pays?\s+for|paid\s+for|goes\s+on|go\s+on|went\s+on|spent\s+on"
                         r"|splits?\s+into|split\s+into)\s+$", re.I)
# the whole's noun before it: "The roads budget of £12.6m covers ...", "the grant, worth £3m, pays for ..."
_COVERS_NOUN_BEFORE = re.compile(r"\b(budget|plan|package|fund|funding|grant|allocation|settlement|programme|scheme"
                                 r"|investment|award|deal|contract)\s*,?\s+(?:of|worth|totalling|totaling)\s+$", re.I)
# the same with the first part's label after the verb: "goes on repairs (£5.1m), ...", "covers repairs at £5.1m, ..."
_COVERS_LABEL_GAP = re.compile(_COVERS_GAP.pattern[:-1] + r"(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*(?:\(|\s+at\s+)$",
                               re.I)
# a part's purpose after it, or its label before it: "£5.1m for repairs", "£4.8m on resurfacing", "repairs at £5.1m"
_COVERED_PURPOSE_AFTER = re.compile(r"^\s+(?:for|on|to(?:wards?)?|of)\s+[a-z]", re.I)
_COVERED_LABEL_GAP = re.compile(r"^\s*(?:(?:,\s*)?(?:and\s+)?|,\s*)(?:the\s+|its\s+)?(?:[\w'’-]+\s+){1,4}(?:at\s+|\(\s*)$", re.I)


# round 20: a count inside the label of a bracketed part: "will pay for 40 extra beds (£3.1m), ..."
_BRACKET_LABEL_REST = re.compile(r"^\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*\($")


def _count_in_bracket_label(doc: Document, m: Mention, enum: tuple[Mention, ...]) -> bool:
    """A count of other things in the label right before a bracketed part of money is no figure of the list:
    "40 extra beds (£3.1m)", "two new wards (£1.2m)"."""
    return m.kind == Kind.COUNT and m not in enum and any(
        p.parenthetical and p.kind == Kind.MONEY and m.end <= p.start
        and _BRACKET_LABEL_REST.match(doc.text[m.end:p.start]) for p in enum)


def _covers_whole(doc: Document, q: Mention, enum: tuple[Mention, ...], items: list[Mention], gap: str) -> bool:
    """"The district's £12.6m budget covers £5.1m for A, £4.8m for B and £1.9m for C": the whole's own noun and a
    verb of what it pays for, then three or more sums closed by "and", each for a purpose of its own (or bracketed,
    or "at" after its label), the only figures of the sentence, nothing said to be left out, included or chiefly
    so: all of it (round 18; not "includes", "sets aside", which may leave some out)."""
    if q.kind != Kind.MONEY or q.end > enum[0].start \
            or len([m for m in items if not _count_in_bracket_label(doc, m, enum)]) != len(enum) + 1:
        return False
    noun = _COVERS_NOUN_BEFORE.search(doc.text, max(doc.sentences[q.sentence].start, q.start - 40), q.start)
    if noun is not None:
        gap = " " + noun.group(1) + " " + gap.lstrip(" ,")  # "The roads budget of £12.6m covers ...": its noun before it
    return _covered_list(doc, enum, _SUBJECT_PERIOD.sub(r"\1", gap)) \
        and not _NET_RESULT.search(doc.sentence_text(q.sentence)) \
        and not _NOT_CLOSED.search(doc.text[q.end:doc.sentences[q.sentence].end])


# round 20: the last bracketed part's label may run to four words: "... and a new discharge lounge (£0.9m)"
_LAST_BRACKET_JOINT = re.compile(r"\)\s*,?\s+and\s+(?:[\w'’-]+\s+){1,4}\(")


def _covered_list(doc: Document, enum: tuple[Mention, ...], lead: str) -> bool:
    """The list after a covering verb (``lead`` ends with it, or with the first part's label): three or more sums
    closed by "and", each for a purpose or labelled alike, in no period of their own."""
    if len(enum) < CLOSED_LIST_MIN or any(p.kind != Kind.MONEY for p in enum) \
            or not _LAST_JOINT.match(doc.text[enum[-2].end:enum[-1].start].replace(")", "", 1).rstrip("( ") + " ") \
            and not (enum[-1].parenthetical and _LAST_BRACKET_JOINT.match(doc.text, enum[-2].end, enum[-1].start)):
        return False
    labelled = bool(_COVERS_LABEL_GAP.match(lead)) and (enum[0].parenthetical or lead.rstrip().endswith(" at"))
    if not labelled and not _COVERS_GAP.match(lead):
        return False
    if labelled:
        ok = all(_COVERED_LABEL_GAP.match(doc.text[a.end:b.start].replace(")", "", 1) if a.parenthetical
                                          else doc.text[a.end:b.start]) for a, b in zip(enum, enum[1:]))
    else:
        ok = all(_COVERED_PURPOSE_AFTER.match(doc.text[p.end:p.end + 30]) for p in enum)
    return ok and not _PERIOD_PHRASE.search(_outside_list(doc, enum))


# the covering verb's subject names the whole with no figure of its own: "The budget covers ...", "The money will
# be spent on ..." (round 18)
_COVERING_SUBJECT = re.compile(r"^\W*(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}?([a-z]+)\s", re.I)


def _covers_named(doc: Document, enum: tuple[Mention, ...], items: list[Mention]) -> str | None:
    """"The council will spend £12.6m on roads. The budget covers £5.1m for A, £4.8m for B and £1.9m for C": a
    definite subject and a covering verb open the sentence of the list, its only figures, nothing left out: the
    noun of the subject, a whole of the nearest earlier sentence with figures."""
    if items[0] is not enum[0] or len(items) != len(enum):
        return None
    sentence = doc.sentences[enum[0].sentence]
    lead = _SUBJECT_PERIOD.sub(r"\1", doc.text[sentence.start:enum[0].start])
    subject = _COVERING_SUBJECT.match(lead)
    if subject is None or not _covered_list(doc, enum, lead) or _NET_RESULT.search(doc.sentence_text(enum[0].sentence)) \
            or _NOT_CLOSED.search(_outside_list(doc, enum)):
        return None
    return subject.group(1).lower()


# (round 31) the whole's subject qualified by when or by whom it was agreed, before its verb: "The $2.4bn plan approved
# Tuesday sets aside ...", "A €5.2m package, agreed by ministers on Friday, allocates ..." -- the plan's date, no part's
_SUBJECT_ASIDE = re.compile(r"^(\s*(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*(?:,\s*(?:which\s+was\s+)?|\s+)(?:approved|agreed|unveiled"
                            r"|announced|published|passed|adopted|signed|backed|voted\s+through|set\s+out|drawn\s+up"
                            r"|presented|tabled|outlined|released)"  # (round 44) "presented to parliament on Monday"
                            r"(?:\s+(?:by|to)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:on\s+|last\s+|this\s+)?"
                            r"(?:" + "|".join(WEEKDAY_NAMES) + r"|yesterday|today|week|month|night)(?:\s*,)?\s+", re.I)


def _subject_aside_dropped(gap: str) -> str:
    """(round 31) The words between a whole and its list without the dated aside of the whole's subject."""
    return _SUBJECT_ASIDE.sub(lambda m: m.group(1) + " ", gap, count=1)


# (round 42) the whole's noun, a comma and a participle setting its money aside: "approved a $48m budget, allocating
# ...", "a budget of $48m, earmarking ..."
_ALLOCATING_CLAUSE = re.compile(r"^\s*(?:(?:[\w'’-]+\s+){0,2}?(?P<noun>budget|plan|package|fund|funding|grant|allocation"
                                r"|settlement|programme|program|scheme|bill|investment|award))?(?:\s+for\s+(?:19|20)\d\d)?\s*,\s*"
                                r"(?:allocating|earmarking|setting\s+aside|devoting|ring-?fencing)\s+(?:\w+\s+){0,2}$", re.I)


def _allocating_clause(doc: Document, q: Mention, gap: str) -> bool:
    """(round 42) "approved a 48 million cedi budget, allocating 21 million to roads, ...": the whole names a budget (its
    noun after it, or before it: "a budget of $48m, allocating"), then a participle sets its parts aside."""
    found = _ALLOCATING_CLAUSE.match(gap)
    if found is None:
        return False
    return found.group("noun") is not None or _COVERS_NOUN_BEFORE.search(
        doc.text, max(doc.sentences[q.sentence].start, q.start - 40), q.start) is not None


def _allocates(doc: Document, enum: tuple[Mention, ...], lead: str, dated_subject: bool = False,
               bare: bool = False) -> bool:
    """"The plan sets aside £640m for a berth, £310m for cranes and a further
    £450m for a rail link": every part of money, each for a purpose of its own.  (Round 31) With the whole's
    subject dated in an aside ("approved Tuesday"), only the list and what follows it may date the parts.
    (Round 42) With ``bare``, the parts may leave the whole's currency off ("allocates 21 million to roads")."""
    if dated_subject:
        gaps = [_FURTHER_END.sub(" ", doc.text[a.end:b.start]) for a, b in zip(enum, enum[1:])]
        tail = " ".join([*gaps, doc.text[enum[-1].end:doc.sentences[enum[0].sentence].end]])
        if _PERIOD_PHRASE.search(tail) or _TIME_WORDS.search(tail) or any(
                (m.kind in _TIME_KINDS or m.kind == Kind.DURATION) and m.start >= enum[0].start
                for m in doc.mentions_in(enum[0].sentence)):
            return False
    elif _PERIOD_PHRASE.search(_outside_list(doc, enum)) or _time_anchored(doc, enum[0].sentence, enum):
        return False  # "... £450m for roads this year": a period of its own
    return bool(_ALLOCATION_BEFORE.search(lead)) \
        and (enum[0].kind == Kind.MONEY or bare and all(p.kind == Kind.COUNT and p.noun is None for p in enum)) \
        and all(_PURPOSE_AFTER.match(doc.text[p.end:p.end + 30]) for p in enum)


GAPPED_CONTRIBUTIONS_MIN = 3
# an -ed word right after a determiner qualifies the subject, no verb: "the sponsored walk $19,500" (round 23)
_DETERMINED_ED = re.compile(r"\b(?:the|its|their|a|an)\s+[a-z]+ed\b")
_GAPPED_JOINT = re.compile(r"^\s*(?:[a-z]+\s*)?(?:,|,?\s+and)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}$", re.I)
# the list ends its sentence, or only its source follows: ", the company said in a statement"
_PART_END = re.compile(r"^\s*(?:[a-z]+\s*)?(?:[.;]|$|,\s*(?:it|they|(?:the|its|their)(?:\s+[\w'’-]+){1,3}?|[A-Z][\w-]+)\s+"
                       r"(?:said|says|added|reported|announced|show|shows|showed|revealed|reveal)\b)")


def _gapped_contributions(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """"Cloud services contributed 2.61 bln dlrs, devices 1.34 bln and
    advertising 0.58 bln": three or more contributions, one verb before the
    first, each later part after a subject of its own and no verb, each
    ending its phrase -- the segments of the whole, all of them."""
    if len(enum) < GAPPED_CONTRIBUTIONS_MIN or _allocates(doc, enum, doc.text[max(0, enum[0].start - 40):enum[0].start]):
        return False
    lead = doc.text[max(doc.sentences[enum[0].sentence].start, enum[0].start - 40):enum[0].start]
    if not re.search(r"\b(?:contribut(?:ed|es)|br(?:ought|ings?) in|generat(?:ed|es))\W+$", lead, re.I):
        return False
    for a, b in zip(enum, enum[1:]):
        gap = doc.text[a.end:b.start]
        if not _GAPPED_JOINT.match(gap) or _NO_VERB.search(_DETERMINED_ED.sub("the", gap)):
            return False
    last = enum[-1]
    return bool(_PART_END.match(doc.text[last.end:last.end + 30]))


_RATE_OF = re.compile(r"\b(?:a|per|each|every)\s+(?:day|week|month|year|quarter|head|person)\b", re.I)


# (round 43) the last part labelled as all the rest: "... and new cars and other cargo 1.2 million"
_CATCH_ALL_LABEL = re.compile(r"^\s*,?\s*and\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:(?:all\s+)?other|everything\s+else|the\s+rest"
                              r"|miscellaneous)\s+(?:[a-z][\w'’-]*\s+){0,2}$", re.I)


def _catch_all_last(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """(round 43) Gapped parts whose last label, before its figure, names all the rest ("and other cargo")."""
    return len(enum) >= 3 and bool(_CATCH_ALL_LABEL.match(doc.text[enum[-2].end:enum[-1].start]))


def _contributes(doc: Document, enum: tuple[Mention, ...]) -> bool:
    first = enum[0]
    if _ADDITION.search(_outside_list(doc, enum)):
        return False  # "In addition, paper accounts for 5bn": more things, not pieces of the figure before
    if _RATE_OF.search(doc.text, enum[0].start, min(doc.sentences[enum[-1].sentence].end, enum[-1].end + 30)):
        return False  # "... brings in £4.1m and the thriller £6.6m a week": rates, no pieces (round 13)
    lead = doc.text[max(doc.sentences[first.sentence].start, first.start - 40):first.start]
    if _OTHER_PERIOD.search(doc.text[doc.sentences[first.sentence].start:first.start]):
        return False  # "The total last year was made up of ...": another period
    return bool(_CONTRIBUTION_BEFORE.search(lead) or _CONTRIBUTION_AFTER.match(doc.text[first.end:first.end + 40])
                or _later_part_contributes(doc, enum)
                or len(enum) >= 2 and _allocates(doc, enum, lead)
                and bool(_SPENDING_WHOLE.match(doc.text[doc.sentences[first.sentence].start:first.start])))


# (round 56) a cost, then what took pieces of it: "The repairs cost £3.2m. The roof took £1.9m, the windows £0.8m ..."
_COST_WHOLE_BEFORE = re.compile(r"\b(?:cost|costs|costing|spent|spends?|spending|bill\s+of|bill\s+(?:came|comes)\s+to)"
                                r"\s+(?:(?:about|around|some|nearly|almost|roughly|just\s+over|just\s+under)\s+)?$", re.I)
_TOOK_OF_COST_BEFORE = re.compile(r"\b(?:took|takes|absorbed|absorbs|swallowed|used\s+up|ate\s+up|consumed)"
                                  r"\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$", re.I)


def _takes_of_cost(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(round 56) ``q``, a sum of money told as what something cost or spent, then a list of sums of money in the
    next sentence, the first taken by its subject ("Pupils' meals took €2.1m, transport €0.9m and ..."): pieces of
    the cost (not counts: "Police took 12 to hospital")."""
    if q.kind != Kind.MONEY or not _COST_WHOLE_BEFORE.search(doc.text, max(0, q.start - 30), q.start):
        return False
    if not all(p.kind == Kind.MONEY and p.unit == q.unit for p in enum):
        return False
    start = doc.sentences[enum[0].sentence].start
    return bool(_TOOK_OF_COST_BEFORE.search(doc.text, max(start, enum[0].start - 20), enum[0].start)) \
        and not _ADDITION.search(_outside_list(doc, enum))


# the contribution verb told at a later part, the first placed by a phrase of its own: "A was the biggest
# earner, with sales of £2.1bn, while B brought in £1.4bn and C £0.6bn" (round 17)
_WHILE_CONTRIBUTION_GAP = re.compile(r"^\s*,\s+(?:while|and|whereas)\s+(?:[\w'’-]+\s+){1,4}?$", re.I)
# the first part's own phrase after a comma: "..., with sales of", "..., taking", "..., earning"
_FIRST_EARNING_LEAD = re.compile(r",\s+(?:with\s+(?:[a-z]+\s+){1,2}of|taking|earning|making|generating|bringing\s+in)"
                                 r"\s+(?:(?:about|around|some|nearly|almost)\s+)?$", re.I)


def _later_part_contributes(doc: Document, enum: tuple[Mention, ...]) -> bool:
    if len(enum) < 3:
        return False
    if not _FIRST_EARNING_LEAD.search(doc.text, max(doc.sentences[enum[0].sentence].start, enum[0].start - 40), enum[0].start):
        return False  # (not "Its rival had £2.2bn, while A brought in ...": no earning of its own)
    gap = doc.text[enum[0].end:enum[1].start]
    return bool(_CONTRIBUTION_BEFORE.search(gap)) \
        and bool(_WHILE_CONTRIBUTION_GAP.match(_CONTRIBUTION_BEFORE.sub("", gap)))


# a share of a whole named before it, itself a source's part: "Most of the money, £1.1m, came from the public",
# "Some £520,000 of the money came from members", "The bulk of that, $5.1bn, came from A" (round 13)
_SHARE_OF_WHOLE_BEFORE = re.compile(
    r"\b(?:most|much|some|part|half|(?:the\s+)?(?:bulk|majority|lion['’]s\s+share|(?:largest|biggest)\s+(?:share|part|slice))"
    r"|(?:a|one)\s+(?:third|quarter|fifth)|two[- ]thirds|three[- ]quarters)\s+of\s+(?:the|this|that|it|its|their)\b"
    r"[^.;:\d]{0,30}?,\s*(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
_SHARE_OF_WHOLE_AFTER = re.compile(r"^\s+of\s+(?:the|this|that|its|their)(?:\s+[a-z][\w'’-]*){1,2}\s+(?:came|come|comes|was|were)\s",
                                   re.I)
_SOURCE_AFTER_SHARE = re.compile(r"^[\s,)]*(?:(?:came|come|comes|was|were)\s+(?:from|raised|given|donated|contributed)"
                                 r"|(?:of\s+(?:the|this|that|its|their)(?:\s+[a-z][\w'’-]*){1,2}\s+)?(?:came|come|comes)\s+from)\b",
                                 re.I)
# the list after it says it adds to what was named before: "... and a further £240,000 was added"
_ADDS_ON = re.compile(r"\b(?:a\s+further|another|an\s+additional|also|the\s+(?:rest|remaining|remainder|balance))\b", re.I)


def _share_of_whole(doc: Document, q: Mention) -> bool:
    """"Most of the money, £1,124,000, came from donations": q is a share of a whole named before it, and
    comes from a source of its own."""
    start = doc.sentences[q.sentence].start
    after = doc.text[q.end:q.end + 60]
    return bool((_SHARE_OF_WHOLE_BEFORE.search(doc.text, max(start, q.start - 50), q.start)
                 or _SHARE_OF_WHOLE_AFTER.match(after)) and _SOURCE_AFTER_SHARE.match(after))


def _whole_of_share(doc: Document, q: Mention, enum, by_sentence) -> Mention | None:
    """The whole that q and the sources listed after it share: the sole figure of q's kind in the
    sentence before q's, larger than q, when the list says it adds on ("a further", "another")."""
    if not _share_of_whole(doc, q) or not _ADDS_ON.search(doc.sentence_text(enum[0].sentence)):
        return None
    figures = by_sentence.get(_prev_figured(doc, q.sentence), [])
    wholes = [m for m in figures if _compatible_kinds(m, q) and not m.compound]
    if len(wholes) != 1 or wholes[0].value is None or wholes[0].value <= q.value:
        return None
    return wholes[0]


def _share_before_list(doc: Document, total: Mention, enum, items) -> Mention | None:
    """"Sales reached $8.4bn. The bulk of that, $5.1bn, came from A, while B contributed $2.2bn and ...":
    a share of the whole before the list, in its sentence, is one more part."""
    before = [m for m in items if m.end <= enum[0].start and m is not total]
    if len(before) != 1 or not _compatible_kinds(before[0], enum[0]) or not _share_of_whole(doc, before[0]):
        return None
    return before[0]


# cues that place the parts inside the total; a net result (profit, loss) may
# still hold parts that are losses
_CONTAINMENT_CUES = frozenset({"of the", "of those", "of them", "of whom", "of which", "contributed", "share of"})
_NET_RESULT = re.compile(r"\b(?:profit|earnings|(?<!fare )(?<!fares )(?<!ticket )(?<!rental )(?<!advertising )"
                         r"(?<!fee )(?<!subscription )(?<!membership )(?<!tuition )(?<!licence )(?<!trading )"
                         r"income|loss|losses|ebitda|ebit|surplus|deficit|net|margin|balance"
                         r"|change|gain|swing)\w*", re.I)


_INCLUDING = frozenset({"including", "include", "includes", "included"})


def _bounded(doc: Document, total: Mention, cue: str | None, enum=()) -> bool:
    if total.kind in (Kind.COUNT, Kind.MEASURE):
        return True
    cue = (cue or "").lower()
    # "revenue of $4.2bn, including $2.9bn from A", "..., with A contributing $2.9bn and B $1.8bn"
    placed = cue in _CONTAINMENT_CUES or cue in _CAME_FROM or cue in ("apposition", "funded by") or cue in _INCLUDING or (
        cue == "with" and bool(enum) and (_contributes(doc, enum[:1]) or _sums_from_sources(doc, enum)
                                          or _spending_on_purposes(doc, total, enum))) \
        or _allocated_from(doc, total, cue, enum)
    return placed and not _NET_RESULT.search(doc.sentence_text(total.sentence))


_MIN_PIECES = 2  # a sourced or spent list names at least two pieces


def _sums_from_sources(doc: Document, enum) -> bool:
    """(round 29) ", with £820,000 from donations, £410,000 from firms and £240,000 in Gift Aid": sums each
    told where they came from, the first and at least one more, are pieces of the sum gathered before them
    and may not exceed it (a net result may still hold losses: see ``_NET_RESULT``)."""
    sourced = [bool(_GAPPED_SOURCE.match(doc.text[p.end:p.end + 12])) for p in enum]
    if enum and not sourced[0] and _SOURCE_AFTER.match(doc.text[enum[0].end:enum[0].end + 40]):
        sourced[0] = True  # (round 51) "with €1.6bn going through hospital pharmacies and €900m through ..."
    return len(enum) >= _MIN_PIECES and sourced[0] and sum(sourced) >= _MIN_PIECES \
        and not _pieces_in_own_period(doc, enum)


def _spending_on_purposes(doc: Document, total: Mention, enum) -> bool:
    """(round 29) "spent €3.8bn on procurement, with €2.1bn going on aircraft, €0.9bn on ships and ...": a sum
    spent or set aside, then sums each told what they went on, are pieces of it (see ``_allocates``)."""
    lead = doc.text[max(doc.sentences[total.sentence].start, total.start - 40):total.start]
    if len(enum) < _MIN_PIECES or total.end > enum[0].start or not _ALLOCATION_BEFORE.search(lead):
        return False
    ends = [q.start for q in enum[1:]] + [doc.sentences[enum[-1].sentence].end]
    for p, end in zip(enum, ends):
        purpose = _PURPOSE_AFTER.match(doc.text[p.end:min(p.end + 30, end)])
        if purpose is None or not _PLAIN_PURPOSE.match(doc.text[p.end + purpose.end():end]):
            return False
    return not _pieces_in_own_period(doc, enum)


# (round 29 mend) the words after a piece's purpose preposition, up to the next piece: its purpose alone
# ("the roof, ", "new playgrounds and "), no qualifier that sets the sum apart, opened by a preposition or a
# relative ("vehicles ordered in earlier budgets", "buildings from capital budgets")
_PLAIN_PURPOSE = re.compile(r"(?:\s+(?!(?:from|in|at|by|under|over|since|during|through|across|after|before|out|with"
                            r"|which|that|who)\b)[\w'’-]+)+[\s,.;:]*$", re.I)  # (not "armoured vehicles")
# (round 29 mend) a span the pieces were gathered or spent over: "... since it began in 2015", "over the two
# seasons", "over the previous decade", "in the same week", "overnight" (see ``_PERIOD_OBJECT``; a period noun
# that qualifies a source is none: "from day tickets", "weekend passes", "match-day sales")
_SPAN_OF_PIECES = re.compile(r"\b(?:since|today|yesterday|tonight|overnight)\b"
                             r"|\b(?:in|on|at|over|during|across|throughout)(?=" + _PERIOD_OBJECT.pattern + r")", re.I)


def _pieces_in_own_period(doc: Document, enum) -> bool:
    """A period told after the first piece places the pieces in periods of their own, not the whole's (a
    period before the list is the whole's: "spent €3.8bn last year, with ..."): "spent £5m on Friday, with £3m
    on Saturday and £4m on Sunday", "... and £400,000 from events since it began in 2015"."""
    rest = doc.text[enum[0].end:doc.sentences[enum[-1].sentence].end]
    return bool(_PERIOD_PHRASE.search(rest) or _SPAN_OF_PIECES.search(rest)) \
        or any(m.kind in _TIME_KINDS and m.start > enum[0].start for m in doc.mentions_in(enum[0].sentence))


def _allocated_from(doc: Document, total: Mention, cue: str, enum) -> bool:
    """"The £86m plan sets aside £40m for roads, £30m for schools and ...": sums a plan of the same sentence
    allocates, each for a purpose, are pieces of it and may not exceed it (round 17)."""
    return cue == "contributed" and bool(enum) and total.sentence == enum[0].sentence and total.end <= enum[0].start \
        and _allocates(doc, enum, doc.text[max(doc.sentences[enum[0].sentence].start, enum[0].start - 40):enum[0].start])


HEADLINE_REACH = 4  # sentences between a headline and the list it sums
_TOLL = re.compile(r"\b(?:death\s+)?toll\b", re.I)
_TOLL_NOUNS = frozenset("dead deaths killed victims bodies people".split())
_TOLL_VALUE_BEFORE = re.compile(r"\b(?:to|at|hits?|reaches|now)\s+$", re.I)  # not "passes 300", "over 300"
_DEAD = re.compile(r"\b(?:bodies|dead|died|killed|deaths?|victims|fatalities)\b", re.I)
_NOT_DEAD = re.compile(r"\b(?:alive|surviv\w*|injured|hurt|wounded|missing|rescued|also|another|further)\b", re.I)


_DEFINITE_NOUN = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+([a-z]{3,})\b")
_HEAD_STOP = frozenset("the and for with from into over after its their his her says said will has have".split())


# a sum of money named by what it is, not by what it pays for: "The money will be split three ways: £1.4bn
# for ..." under a headline's "£3.2bn rail upgrade" (round 23)
_MONEY_WHOLE_NOUNS = frozenset("money cash funding funds sum amount pot budget investment package".split())


def _money_named(enum: tuple[Mention, ...], named: list[str]) -> bool:
    return all(p.kind == Kind.MONEY for p in enum) and any(n in _MONEY_WHOLE_NOUNS for n in named)


def _echoes_headline(doc: Document, headline: int, enum: tuple[Mention, ...]) -> bool:
    """"Steel firm to cut 1,450 jobs" / "The cuts fall on three sites - 820 posts
    at A, ...": the body names what the headline does or counts ("the cuts",
    "the jobs") before the list, so its parts count it in other words."""
    lead = doc.text[doc.sentences[enum[0].sentence].start:enum[0].start]
    named = _DEFINITE_NOUN.findall(lead)
    heads = [w for w in words(doc.sentence_text(headline).lower()) if len(w) >= 3 and w not in _HEAD_STOP
             and w.isalpha()]
    return any(n.startswith(h) or h.startswith(n) for n in named for h in heads) or _money_named(enum, named)


def _lists_every_item(doc: Document, enum: tuple[Mention, ...], items: list[Mention]) -> bool:
    """"approved two developments: 640 homes at A and 390 at B": a count of
    items, then a dash or colon, then exactly that many parts."""
    for m in items:
        if m.end <= enum[0].start and m.value == len(enum) and _counts_items(m, enum):
            gap = doc.text[m.end:enum[0].start]
            if len(words(gap)) <= 12 and _ends_with_apposition(gap):
                return True
    return False


def _same_noun(q: Mention, enum: tuple[Mention, ...]) -> bool:
    noun = categories.normalise(q.noun)
    nouns = {categories.normalise(p.noun) for p in enum if p.noun}
    return noun is not None and nouns == {noun}


_VERBS = frozenset("""were was are is had have has remain remained remains died survived left stayed
    went returned finished crossed dropped fled voted came got took made saw ran fell stood sat won lost
    paid sold spent found held gave flew drove rode""".split())
_GAPPED_PLACE = re.compile(r"^\s+(?:on|in|at|from|by|during|over|overnight|near|off|inside|outside|for)\b", re.I)
# "Volunteers counted 410 in doorways": a verb of counting before a part placed by a preposition
_COUNT_VERB_BEFORE = re.compile(r"\b(?:found|finds?|counted|counts?|recorded|records?|logged|tallied|registered"
                                r"|identified|listed|show(?:s|ed|n)?|housed|placed|kept|held"
                                r"|there\s+(?:were|are|was|is))\s+"
                                r"(?:(?:about|around|some|roughly"
                                r"|nearly|almost|an\s+estimated|more\s+than|over)\s+)?$", re.I)


# "Firefighters led 150 to safety": a verb moving things already there, then where to
_MOVE_VERB_BEFORE = re.compile(r"\b(?:moved|took|taken|led|carried|evacuated|transferred|ferried|bussed|airlifted"
                               r"|flew|brought|rescued|pulled|sent)\s+(?:(?:about|around|some|roughly|nearly"
                               r"|an\s+estimated)\s+)?$", re.I)
_MOVED_TO = re.compile(r"^\s+(?:to|into|onto|out\s+of|from)\b", re.I)


def _counted_in_place(doc: Document, m: Mention) -> bool:
    """"Its count found 389 on trolleys", "Crews led 150 to safety": the
    things of the count before, found again and placed, or moved -- not
    "plans to hire 389 in Dublin" (new ones), not "recorded 52 in the first
    week" (counts over periods may be of anything)."""
    sentence = doc.sentences[m.sentence]
    before, after = doc.text[max(sentence.start, m.start - 30):m.start], doc.text[m.end:m.end + 12]
    return bool(_COUNT_VERB_BEFORE.search(before) and _GAPPED_PLACE.match(after)
                or _MOVE_VERB_BEFORE.search(before) and _MOVED_TO.match(after)) \
        and not _PERIOD_WORDS.search(doc.text[m.end:sentence.end]) \
        and not any(x.kind in _TIME_KINDS or x.kind == Kind.DURATION for x in doc.mentions_in(m.sentence))


def _outside_list(doc: Document, enum) -> str:
    """The sentence of a list less the words that add one part to the one
    before ("... and a further 159 on wards"): what is left may set the parts
    in another period or make them extra."""
    sentence = doc.sentences[enum[0].sentence]
    gaps = [_FURTHER_END.sub(" ", doc.text[a.end:b.start]) for a, b in zip(enum, enum[1:])]
    return " ".join([doc.text[sentence.start:enum[0].start], *gaps, doc.text[enum[-1].end:sentence.end]])


# (round 31) a part told only as the verb before it denied, closing its clause: "... and 85 did not.", "while 118 failed
# to,", "and 425 had not -"
_DENIED_AFTER = re.compile(r"\s+(?:(?:did|do|does|were|was|are|is|had|have|has|could|would|will)\s*(?:not|n['’]t)"
                           r"(?:\s+(?:do\s+so|so))?|failed\s+to(?:\s+do\s+so)?)\s*(?:[,.;)]|\s[-–—]\s|$)", re.I)


def _part_and_its_denial(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """(round 31) Two parts, the first the subject of its own verb and the second the same verb denied, with no noun
    of its own: "of whom 141 achieved a pass and 85 did not", "212 met the standard while 118 failed to" -- between
    them, all of the whole (not "92 did not vote at all": another thing; not "310 did not and the rest ...")."""
    if len(enum) != 2 or _own_noun(enum[1], doc) is not None:
        return False
    end = doc.sentences[enum[1].sentence].end
    after = words(doc.text[enum[0].end:enum[0].end + 20])  # the first's verb ("212 met" may read "met" as its noun)
    return bool(_DENIED_AFTER.match(doc.text[enum[1].end:end] or " ")) \
        and (_verb_follows(doc, enum[0]) or bool(after) and after[0] in IRREGULAR_PAST) \
        and not _DENIED_AFTER.match(doc.text[enum[0].end:enum[1].start]) \
        and not _LEFT_OUT.search(doc.text, enum[1].end, end)  # (mend 31) "118 did not, the rest being contractors"


def _verb_follows(doc: Document, m: Mention) -> bool:
    """"31 remained in hospital": a bare figure acting as the subject of a verb."""
    after = words(doc.text[m.end:m.end + 24])
    return bool(after) and (after[0] in _VERBS or after[0].endswith("ed")
                            or after[0] in _PRESENT_VERBS and len(after) > 1 and after[1] in _VERB_PREPOSITIONS)


# (round 52) a verb in the present, then its preposition: "eleven play in the seniors' league", "nine compete as
# veterans" (not "four play areas")
_PRESENT_VERBS = frozenset("""play plays compete competes work works live lives train trains study studies serve
    serves sit sits teach teaches commute commutes belong belongs come comes go goes travel travels stay stays""".split())
_VERB_PREPOSITIONS = frozenset("in as at for from on with to abroad locally full part".split())


_REMAINDER = re.compile(r"^\W*(?:the\s+)?(?:remaining|rest|balance|other|final)\b[^.;]{0,40}$", re.I)


def _with_remainder(doc: Document, enum: tuple[Mention, ...], by_sentence) -> tuple[tuple[Mention, ...], bool]:
    """"... £38 million for housing. The remaining £55 million covers the rest":
    a last part in the next sentence closes the list."""
    nxt = enum[-1].sentence + 1
    if enum[-1] != by_sentence.get(enum[-1].sentence, [None])[-1] or nxt not in by_sentence:
        return enum, False
    q = by_sentence[nxt][0]
    lead = doc.text[doc.sentences[nxt].start:q.start]
    if (_REMAINDER.match(lead) or _CLAUSE_THEN_REMAINDER.match(lead) and not _YET_TO_DO.search(lead)) \
            and _compatible_kinds(enum[-1], q) \
            and not _is_difference(doc, q):
        return enum + (q,), True
    if _spoiled_papers_next(doc, enum, q, lead):
        return enum + (q,), True
    return enum, False


def _spoiled_papers_next(doc: Document, enum: tuple[Mention, ...], q: Mention, lead: str) -> bool:
    """(round 33) Candidates' votes, then the next sentence opening on "Another N papers were rejected": the spoiled
    papers are one more part of the ballots ("A won 5,120, B 3,040 and C 990. A further 61 were spoilt.")."""
    return len(enum) >= 3 and q.kind == Kind.COUNT and bool(_ANOTHER_LEAD.match(lead)) \
        and not _valid_votes_told(doc, enum) \
        and bool(_SPOILED_AFTER.match(doc.text[q.end:doc.sentences[q.sentence].end])) \
        and bool(_POLLED.search(doc.text, doc.sentences[enum[0].sentence].start, enum[-1].start))


def _valid_votes_told(doc: Document, enum: tuple[Mention, ...]) -> bool:
    """(round 33 mend) The votes told as the valid ones, in the list's sentence or the one before it ("Of the 9,150
    valid votes, A won ..."): the spoiled papers told next are no part of them."""
    first = enum[0].sentence
    start = doc.sentences[first - 1 if first and doc.sentences[first - 1].paragraph == doc.sentences[first].paragraph
                          else first].start
    return re.search(r"\bvalid\b", doc.text[start:enum[-1].end], re.I) is not None


# (round 33) a short clause whose object is what is left: "Advertising accounted for the remaining $0.5bn", "Exports
# made up the remaining 310" -- the last part, named after its own subject and verb
_CLAUSE_THEN_REMAINDER = re.compile(r"^\W*(?:[A-Za-z][\w'’-]*\s+){1,5}?the\s+remaining\s+$", re.I)
# (round 33 mend) what is left still to be done: "Builders will finish the remaining 25 by June", "Ministers want to
# double the remaining £3bn" -- what is left of something else, not the list's last part
_YET_TO_DO = re.compile(r"\b(?:will|would|shall|wants?|hopes?|plans?|expects?|must|needs?|could|may|might|should"
                        r"|aims?|intends?|to)\b", re.I)


_ECHO = re.compile(r"\b(?:of|for|in|from) the ([a-z]+)\b|\bthe ([a-z]+)(?:'s|’s)", re.I)
ECHO_SENTENCES = 8


def _echo_candidates(doc: Document, enum, by_sentence, closed: bool):
    """"The largest share of the budget went to ..." names the whole the list
    breaks down: the nearest earlier figure counting a budget."""
    sent = enum[0].sentence
    lead = doc.text[doc.sentences[sent].start:enum[0].start]
    named = {categories.normalise(a or b) for a, b in _ECHO.findall(lead)}
    named.discard(None)
    if not named:
        return
    if any(q.kind == enum[0].kind and q.end <= enum[0].start and _ECHO.match(doc.text, q.end + 1, enum[0].start)
           for q in doc.mentions_in(sent)):
        return  # (round 26) "Householders lodged 5,600 of the applications, builders 2,100 and others 700": the whole
        # named is that figure's; the list after it is the rest of the parts
    for other in range(sent - 1, max(-1, sent - ECHO_SENTENCES - 1), -1):
        for q in by_sentence.get(other, ()):
            if categories.normalise(q.noun) in named and _total_compatible(q, enum, inferred=True) \
                    and not q.compound:
                yield q, closed, "inferred", f"the {q.noun}"
                return


# (round 43) the lead's list opened by the headline figure's noun with no figure of its own, then a colon or a dash:
# "Bank to shut 412 branches" / "The bank will close branches in all three of its regions: 188 in the north, ..."
_NOUN_THEN_LIST = re.compile(r"\b([a-z]{3,})\s+(?:(?:in|across|at|from|over)\s+(?:(?:all|each)\s+(?:(?P<count>[a-z]+|\d+)"
                             r"\s+)?(?:of\s+)?)?(?:the|its|their|our)?\s*(?:[a-z]+\s+){0,2}?[a-z]+\s*)?(?::|\s[-–—])\s*$",
                             re.I)


def _number_told(word: str) -> int | None:
    """A small number in digits or words ("three", "3"); None for anything else."""
    return int(word) if word.isdigit() else WORD_VALUES.get(word.lower())


def _headline_total_candidates(doc: Document, enum, by_sentence):
    """(round 43) A list in the body's first sentence opened by the headline figure's noun alone ("will close branches
    in all three of its regions: 188 in the north, 131 ... and 103 ..."): the headline's figure of that noun ("to shut
    412 branches"), the one figure of the headline, is their total (inferred); all of it when the lead says "all"
    of the places the list goes through, or counts them as many as the parts."""
    sent = enum[0].sentence
    first_body = next((k for k, x in enumerate(doc.sentences) if not x.headline and not x.chrome), None)
    if sent != first_body or sent == 0 or not doc.sentences[sent - 1].headline:
        return
    lead = doc.text[doc.sentences[sent].start:enum[0].start]
    told = _NOUN_THEN_LIST.search(lead)
    if told is None:
        return
    count_at = doc.sentences[sent].start + told.start("count") if told.group("count") else -1
    if any(m.is_quantity and m.end <= enum[0].start and m.start != count_at for m in doc.mentions_in(sent)
           if m.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE)):
        return  # a figure of its own before the list: the nearer whole
    heads = [q for q in by_sentence.get(sent - 1, ()) if q.kind in (Kind.COUNT, Kind.MONEY, Kind.MEASURE)]
    if len(heads) != 1:
        return
    q = heads[0]
    if q.compound or q.noun is None or not categories.same_thing(told.group(1).lower(), q.noun) \
            or not _total_compatible(q, enum, inferred=True):
        return
    count = told.group("count")
    closed = bool(re.search(r"\b(?:all|each)\s", told.group(0), re.I)) and (
        count is None or _number_told(count) == len(enum))
    yield q, closed, "inferred", f"the {q.noun} (headline)"


# (round 43) a list told "respectively" of as many things as it has parts: "from three boats carrying 168, 139 and 84
# passengers respectively"
_RESPECTIVELY_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}?respectively\b", re.I)
_COUNTED_THINGS_BEFORE = re.compile(r"\b(?P<n>two|three|four|five|six|\d)\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\s+"
                                    r"(?:[a-z]+\s+){0,2}?$", re.I)


def _respectively_candidates(doc: Document, enum, by_sentence):
    """(round 43) Parts told "respectively" of N things, N the number of parts, named right before the list ("three
    boats carrying 168, 139 and 84 passengers respectively"): the one figure of their kind before the things in the
    sentence, larger than each part, is all of them (inferred)."""
    if not _RESPECTIVELY_AFTER.match(doc.text, enum[-1].end, doc.sentences[enum[-1].sentence].end):
        return
    s = doc.sentences[enum[0].sentence]
    told = _COUNTED_THINGS_BEFORE.search(doc.text, max(s.start, enum[0].start - 60), enum[0].start)
    if told is None:
        q = _owned_things_of_the_sentence_before(doc, enum)
        if q is not None:
            yield q, True, "inferred", "respectively"
        return
    if _number_told(told.group("n")) != len(enum):
        return
    told_at = told.start()
    before = [m for m in by_sentence.get(enum[0].sentence, ()) if m.end <= told_at and not m.compound]
    if len(before) != 1 or not _total_compatible(before[0], enum, inferred=True) \
            or any(p.value is None or p.value >= before[0].value for p in enum):
        return
    q = before[0]
    if _OF_THEM_AFTER.match(doc.text[q.end:q.end + 12]) \
            or _PORTION_VERB_BEFORE.search(doc.text, max(0, q.start - 30), q.start):
        return  # "The revival accounted for 29,700 of them, while the two new plays sold ...": a sibling, no whole
    yield q, True, "inferred", "respectively"


# (round 54) the parts' sentence opening on an owner's things, counted: "Its two ranges -- ... -- sold"
_OWNED_COUNT_OPENING = re.compile(r"\W*(?:Its|Their|His|Her)\s+(?P<n>two|three|four|five|six)\s+[a-z]")
_WORD_BEFORE = re.compile(r"([a-z]{3,})\s+(?:about\s+|some\s+|around\s+)?$", re.I)


def _owned_things_of_the_sentence_before(doc: Document, enum) -> Mention | None:
    """(round 54) "The cidery sold 4.2 million litres in the year to June. Its two ranges -- the Dry and the fruit
    ciders -- sold 2.6 million and 1.9 million litres respectively": the owner's things, as many as the parts, each
    doing what the owner did by the same verb right before its figure -- the one figure of that verb in the sentence
    before (of the same paragraph), larger than each part, is all of them."""
    s = doc.sentences[enum[0].sentence]
    opening = _OWNED_COUNT_OPENING.match(doc.text, s.start, enum[0].start)
    if opening is None or _number_told(opening.group("n")) != len(enum) or s.index == 0:
        return None
    prev = doc.sentences[s.index - 1]
    verb = _WORD_BEFORE.search(doc.text, max(s.start, enum[0].start - 30), enum[0].start)
    if verb is None or prev.paragraph != s.paragraph or prev.headline or prev.chrome:
        return None
    wholes = [m for m in doc.mentions_in(prev.index) if _total_compatible(m, enum, inferred=True) and not m.compound]
    if len(wholes) != 1 or any(p.value is None or wholes[0].value is None or p.value >= wholes[0].value for p in enum):
        return None
    said = _WORD_BEFORE.search(doc.text, max(prev.start, wholes[0].start - 30), wholes[0].start)
    return wholes[0] if said is not None and said.group(1).lower() == verb.group(1).lower() else None


# (round 25) a sentence opening on the whole named back by its noun alone, no figure: "Of the budget,", "Of the
# current total,", "Of the toads rescued,", "Of the patients on the list,"
_OF_THE_NOUN_LEAD = re.compile(r"^\W*(?:out\s+)?of\s+the\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]{3,})"
                               r"(?:\s+[a-z]+ed|\s+(?:on|in)\s+the\s+[a-z]+)?\s*,\s*$", re.I)
# a clause set against the one before it: "..., while 14,000 were awaiting trial"
_CONTRAST_CLAUSE = re.compile(r"\b(?:while|whereas|but)\b", re.I)
# the nouns that name the article's own sum of money: any sum's, and its price ("Of the cost,", "Of the bill,")
_ARTICLE_MONEY_WHOLES = _MONEY_WHOLES | frozenset({"cost", "bill"})
# the nouns that name any whole of the figure's kind
_WHOLE_WORDS = frozenset("total figure number tally".split())


def _article_figure_candidates(doc: Document, enum, by_sentence, closed: bool):
    """(round 25) "Work starts on £1.12bn scheme" / "... on a £1.12 billion project ..." (paragraphs on) "Of the
    budget, £640 million is for ..., £215 million for ...": a list opening on a whole named back by its noun alone,
    with no figure nearer to name (read only when no nearer total was found), breaks down the article's own figure
    -- told in the headline and again in the lead -- when the noun is its noun, a word for any total, or, for a sum
    of money, a word for a sum of money (inferred). The parts must be joined as one list: a clause set against the
    others ("84,000 were men and 4,000 were women, while 14,000 were awaiting trial") may cut across them."""
    sent = enum[0].sentence
    lead = _OF_THE_NOUN_LEAD.match(doc.text[doc.sentences[sent].start:enum[0].start])
    if lead is None or any(_CONTRAST_CLAUSE.search(doc.text, p.end, n.start) for p, n in zip(enum, enum[1:])):
        return
    noun = lead.group(1).lower()
    q = _article_figure_named(doc, noun, enum, by_sentence, sent)
    if q is not None:
        yield q, closed, "inferred", f"the {noun}"


def _article_figure_named(doc: Document, noun: str, parts, by_sentence, sent: int) -> Mention | None:
    """(round 25) The article's own figure (told in the headline and again in the lead) before sentence ``sent``
    that ``noun`` names -- its own noun, a word for any total, or, for a sum of money, a word for a sum of money --
    and ``parts`` may break down."""
    for other in range(sent - 1, -1, -1):
        for q in by_sentence.get(other, ()):
            if not told_in_headline_and_lead(doc, q) or q.compound or not _total_compatible(q, parts, inferred=True):
                continue
            if noun in _WHOLE_WORDS or categories.same_thing(noun, q.noun) \
                    or q.kind == Kind.MONEY and noun in _ARTICLE_MONEY_WHOLES:
                return q
    return None


_OVERLAP = re.compile(r"\b(?:both|at least one|more than one|overlap\w*)\b", re.I)
_OVERLAP_TRIGGER = ("both", "one", "overlap")  # (round 29, speed) what every match of _OVERLAP holds
_SPLIT_CUES = frozenset({"with", "of whom", "of which", "of them", "of the", "of those", "apposition"})


def _past_opening_clause(doc: Document, enum) -> int:
    """Where the sentence's words about a list of measures begin: past an opening clause closed by a comma
    before any figure ("Once both arrays are running, the farm's combined capacity is ...": "both" is no
    overlap of the parts; round 17).  Counted people or things may have both of two features: the whole
    sentence."""
    sent = doc.sentences[enum[0].sentence]
    if any(p.kind != Kind.MEASURE for p in enum):
        return sent.start
    figures = doc.mentions_in(enum[0].sentence)
    head_end = figures[0].start if figures else sent.end
    comma = doc.text.rfind(",", sent.start, head_end)
    return sent.start if comma < 0 else comma + 1


def _pair_fits(q: Mention, enum) -> bool:
    """Parts labelled by the halves of a pair count what the figure before
    counts: its own noun ("full-time staff") or a kind of it ("departures")."""
    return q.noun is not None and all(p.noun is None or categories.same_thing(q.noun, p.noun)
                                      or categories.may_contain(q.noun, p.noun) for p in enum)


_TIME_TAKEN_BEFORE = re.compile(r"\b(?:in|inside|within)\s+$", re.I)


def _people_split(doc: Document, q: Mention, figures: list[Mention], enum, items) -> bool:
    """A partition of people ("men and women", "boys and girls") in the
    sentence after the lone count of people it divides, the only figures of
    their sentence and of no period of their own (a time taken, "in 29
    minutes", is none)."""
    nouns = _part_nouns(doc, enum)
    if q.kind != Kind.COUNT or q.compound or categories.normalise(q.noun) not in categories.PEOPLE \
            or not all(nouns) or not categories.is_partition(nouns) or len(items) != len(enum) \
            or not all(categories.normalise(n) in categories.PEOPLE for n in nouns) \
            or not _lone(q, [m for m in figures if not _few_other_things(m, enum)], enum):
        return False
    sent = enum[0].sentence
    if _TIME_WORDS.search(_outside_list(doc, enum)):
        return False
    return not any(m.kind in _TIME_KINDS or m.kind == Kind.DURATION and not _TIME_TAKEN_BEFORE.search(
        doc.text[max(0, m.start - 8):m.start]) for m in doc.mentions_in(sent))


# (round 50) a figure, then the base it is "out of" or set against: "Twenty-three crews finished, out of 31 that
# started", "The 88 points were scored against 91 last season"
_SET_AGAINST_GAP = re.compile(r"^[^.;:()\d]{0,80}?,?\s+(?:out\s+of|against|compared\s+(?:with|to)|than)\s+"
                              r"(?:the\s+|a\s+total\s+of\s+)?$", re.I)


def _told_out_of(doc: Document, base: Mention, items: list[Mention]) -> Mention | None:
    """The count of base's sentence told "out of" it or set against it (``_SET_AGAINST_GAP``), of its kind and unit;
    else None."""
    for m in items:
        if m.sentence == base.sentence and m.end <= base.start and m.kind == base.kind and m.unit == base.unit \
                and m.value is not None and not m.compound and _SET_AGAINST_GAP.match(doc.text[m.end:base.start]):
            return m
    return None


def _few_other_things(m: Mention, enum) -> bool:
    """(round 50) "brought 386 people ashore after intercepting three boats": a count of things that are not people,
    at most a tenth of every part -- no whole for a split of people."""
    return m.kind == Kind.COUNT and m.noun is not None and categories.normalise(m.noun) not in categories.PEOPLE \
        and _far_below_parts(m, enum)


def _complementary(doc: Document, enum) -> bool:
    """Two parts labelled by the two halves of a pair (offshore/onshore, domestic/international)."""
    if len(enum) != 2:
        return False
    start = max(doc.sentences[enum[0].sentence].start, enum[0].start - 40)
    end = min(doc.sentences[enum[-1].sentence].end, enum[-1].end + 30)
    return categories.complementary(re.findall(r"[A-Za-z][\w-]*", doc.text[start:end]))


def _share_of(doc: Document, total: Mention, enum, items) -> Mention | None:
    """"took 28 of the 57 seats, with the Conservatives winning 19, Labour
    nine ...": the share named "of the" total is one more part, unless the
    list may break that share itself down ("28 of the 57, with 19 women ...")."""
    for k, m in enumerate(items[:-1]):
        if items[k + 1] is total and m.end <= enum[0].start and _OF_BASE_GAP.match(doc.text[m.end:total.start]) \
                and _compatible_kinds(m, total) and m.value <= total.value and not _is_difference(doc, m):
            if _OPENS_BREAKDOWN.fullmatch(doc.text, total.end, enum[0].start):
                return None  # "started in one of the 36 machines - 22 washers and 14 dryers": the whole's own parts
            return m if sum(p.value for p in enum) > m.value else None
    return None


# "41 of the 58 defendants were convicted and 19 were acquitted": a part "of the" whole, its outcome,
# and the other part with the other outcome
_PART_OF_THE = re.compile(r"\s+of\s+(?:the|its|their|all)\s+$", re.I)
_AND_PART = re.compile(r"\s+and\s+$", re.I)
_PART_VERB = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?[a-z]+", re.I)


@needs(Kind.COUNT, count=3)
def find_partitive_outcomes(doc: Document):
    """A part "of the" whole with one outcome, "and" the rest with the other outcome (convicted and
    acquitted, passed and failed): the two parts are all of the whole (complete, explicit)."""
    for ms in doc.mentions_by_sentence().values():
        counts = [m for m in ms if m.kind == Kind.COUNT and m.value is not None and not m.is_range]
        for a, whole, b in zip(counts, counts[1:], counts[2:]):
            if not _PART_OF_THE.fullmatch(doc.text, a.end, whole.start) or a.value > whole.value \
                    or b.value > whole.value:
                continue
            s = doc.sentences[a.sentence]
            first_clause, second_clause = doc.text[whole.end:b.start], doc.text[b.end:s.end]
            if not _AND_PART.search(first_clause) or not _PART_VERB.match(second_clause) \
                    or any(m.start > whole.end and m.end <= b.start and m.kind == Kind.COUNT for m in ms):
                continue
            if not categories.outcomes(words(first_clause) + words(second_clause.split(",")[0])):
                continue
            yield PartsOfWhole(link="explicit", cue="of the", total=whole, parts=(a, b), complete=True)


# "played 79 matches, won 61 of them and lost 16": the whole, one outcome "of them", "and" the other
# outcome's verb before the rest (round 12)
_OF_THEM_THEN_VERB = re.compile(r"\s+of\s+(?:them|those|these)\s*,?\s+and\s+([a-z]+)\s+(?:(?:just|only|a\s+mere)\s+)?$",
                                re.I)
_LEADING_OF = re.compile(r"^\W*(?:out\s+)?of\s+(?:the|its|their|his|her|our)\s+$", re.I)
_OF_POSSESSIVE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our)\s+", re.I)
_OF_WHOLE_THEN_VERB = re.compile(r"(?:\s+[\w'’-]+){0,5}?,?\s+and\s+([a-z]+)\s+(?:(?:just|only|a\s+mere)\s+)?$", re.I)
_THIRD_OUTCOME = re.compile(r"\b(?:drew|drawn|draw\w*|tie[ds]?|tying|abandoned|postponed|pending|undecided|walkovers?"
                            r"|rest|remaining|remainder|others?|withdr\w+|adjourned|deferred"
                            # a league's games may be drawn: "Of their 38 league games, City won 21 and lost six"
                            r"|league|points)\b", re.I)


def _two_outcomes(doc: Document, ms: list[Mention], a: Mention, b: Mention, verb_b: str) -> bool:
    """The verb before ``a`` and ``verb_b`` before ``b`` are the two outcomes of one scheme (won and lost,
    convicted and acquitted), no third outcome is named in the sentence, and no count follows ``b``."""
    s = doc.sentences[a.sentence]
    verb_a = words(doc.text[max(s.start, a.start - 30):a.start])[-1:]
    return bool(categories.outcomes(verb_a + [verb_b])) and not _THIRD_OUTCOME.search(doc.text[s.start:s.end]) \
        and not any(m.start >= b.end and m.kind == Kind.COUNT for m in ms)


@needs(Kind.COUNT, count=3)
def find_outcomes_of_them(doc: Document):
    """"Kovalenko played 79 matches this season, won 61 of them and lost just 16": a count, one part
    "of them" with one outcome, "and" the other outcome's verb before the other part (convicted and
    acquitted, passed and failed, won and lost): the two parts are all of it, unless a third outcome
    is named (drew, tied, pending) -- complete, explicit."""
    for ms in doc.mentions_by_sentence().values():
        counts = [m for m in ms if m.kind == Kind.COUNT and m.value is not None and not m.is_range and not m.compound]
        for whole, a, b in zip(counts, counts[1:], counts[2:]):
            then = _OF_THEM_THEN_VERB.match(doc.text, a.end, b.start)
            if not then or a.value > whole.value or b.value > whole.value \
                    or len(words(doc.text[whole.end:a.start])) > 10 or "," not in doc.text[whole.end:a.start]:
                continue
            if not _two_outcomes(doc, ms, a, b, then.group(1)):
                continue
            yield PartsOfWhole(link="explicit", cue="of them", total=whole, parts=(a, b), complete=True)
        # "The jury convicted 41 of the 58 defendants and acquitted 19", "won 61 of her 79 matches and lost 16"
        for a, whole, b in zip(counts, counts[1:], counts[2:]):
            then = _OF_WHOLE_THEN_VERB.match(doc.text, whole.end, b.start)
            if not then or not _OF_POSSESSIVE.fullmatch(doc.text, a.end, whole.start) or a.value > whole.value \
                    or b.value > whole.value:
                continue
            if not _two_outcomes(doc, ms, a, b, then.group(1)):
                continue
            yield PartsOfWhole(link="explicit", cue="of the", total=whole, parts=(a, b), complete=True)
        # "Of her 79 matches this season, she won 61 and lost 16": a leading base
        for whole, a, b in zip(counts, counts[1:], counts[2:]):
            s = doc.sentences[whole.sentence]
            then = _OF_WHOLE_THEN_VERB.match(doc.text, a.end, b.start)
            if not then or not _LEADING_OF.match(doc.text[s.start:whole.start]) or a.value > whole.value \
                    or b.value > whole.value or "," not in doc.text[whole.end:a.start] \
                    or len(words(doc.text[whole.end:a.start])) > 10:
                continue
            if not _two_outcomes(doc, ms, a, b, then.group(1)):
                continue
            yield PartsOfWhole(link="explicit", cue="of the", total=whole, parts=(a, b), complete=True)


SKIP_EMPTY_SENTENCES = 2  # sentences with no figures ("A spokesman declined to comment.") between


# a sentence naming some of the things, or other things, without a figure: "those" after it may be them
_SUBSET = re.compile(r"\b(?:most|many|some|several|few|half|majority|minority|none|others?|rest|remainder|all"
                     r"|also|another|separately|meanwhile|further|additional)\b", re.I)


def _prev_figured(doc: Document, sent: int) -> int:
    """The sentence "those" points back to: the one before, or past up to
    ``SKIP_EMPTY_SENTENCES`` sentences with no figures but dates, times and
    lengths of time (a quote, a comment), within the paragraphs the nearby
    search reads."""
    para = doc.sentences[sent].paragraph
    for other in range(sent - 1, max(-1, sent - SKIP_EMPTY_SENTENCES - 2), -1):
        if any(m.kind not in _TIME_KINDS and m.kind != Kind.DURATION for m in doc.mentions_in(other)) \
                or _SUBSET.search(doc.sentence_text(other)) \
                or abs(doc.sentences[other].paragraph - para) > 2 or doc.sentences[other].chrome:
            return other
    return sent - 1


_CLAUSE_THEN = re.compile(r"^[^,;:()\[\]\d]{0,40};\s*(?:and\s+|but\s+)?$", re.I)  # "... vehicles; 52 were ..."


_BOUND_HEDGES = frozenset({"under", "over", "above", "below", "aged"})


def _threshold(m: Mention, enum) -> bool:
    """"people over 65", "children under five": a bound in a label, below each part, no part."""
    return m not in enum and (m.hedge or "").lower() in _BOUND_HEDGES and m.noun is None \
        and all(m.value < p.value for p in enum)


_BARE_JOINT = re.compile(r"^\s*(?:,|,?\s+and)\s*$")
_NEXT_CLAUSE = re.compile(r"^\s*(?:[a-z]+\s+[a-z]+\s*)?(?:[,;]|and\s+(?=[a-z]))", re.I)  # "... and 33 between them, ..."


def _counts_own_parts(doc: Document, m: Mention, enum: tuple[Mention, ...]) -> bool:
    """"Their top three made 64, 41 and 38, ...": a count right before the
    list of the subjects that give its first parts, one figure each."""
    if m in enum or m.kind != Kind.COUNT or m.value is None or m.value != int(m.value) \
            or not 2 <= m.value <= len(enum) or m.end > enum[0].start:
        return False
    k = int(m.value)
    gap = doc.text[m.end:enum[0].start]
    if "," in gap or len(words(gap)) > 4 or not all(
            _BARE_JOINT.match(doc.text[a.end:b.start]) for a, b in zip(enum[:k - 1], enum[1:k])):
        return False
    return k == len(enum) or bool(_NEXT_CLAUSE.match(doc.text[enum[k - 1].end:enum[k].start]))


# a period the parts are set in, which the whole before may not share
_PERIOD_PHRASE = re.compile(r"\b(?:so far|to date|(?:this|last|next|the previous|the past) (?:year|month|week|season"
                            r"|quarter|term)|a (?:year|month|week) (?:earlier|ago|before))\b", re.I)


# "The estate covers 2,100 acres. This year 1,200 acres are under grass, ... and the other 300 ...": a whole
# told with no time of its own, in the present, is the current period's ("this year"), not another's (round 17)
_CURRENT_PERIOD = re.compile(r"^this (?:year|month|week|season|quarter|term)$", re.I)
_PAST_OR_TIMED = re.compile(r"\b(?:was|were|had|did|used\s+to|will|would|ago|earlier|previously|once|[a-z]{3,}ed)\b", re.I)


def _current_period_of_timeless_whole(doc: Document, q: Mention, own: set[str]) -> bool:
    if not all(_CURRENT_PERIOD.match(p) for p in own):
        return False
    if any(m.kind in _TIME_KINDS for m in doc.mentions_in(q.sentence)):
        return False
    return not _PAST_OR_TIMED.search(doc.sentence_text(q.sentence))


_SHARE_OF_BEFORE = re.compile(r"\b(?:share|part|portion|slice)\s+of\s+(?:the|its|their|this)\s+[a-z]+\s*,?\s*$"
                             r"|\b(?:largest|biggest|greatest|lion['’]s|largest\s+single)\s+(?:share|part|portion|slice)"
                             r"\s*,?\s*(?:at|with|worth|of)?\s*$", re.I)
_FRACTION_THEN_OF = re.compile(r"\s+of\s+(?:the|its|their|this)\s+(?:total|whole|overall|sum)\b", re.I)


def _itself_a_share(doc: Document, q: Mention) -> bool:
    """A figure called a share of something ("the largest share of the budget, £182.4m", "£182.4m, over a
    third of the total"): a part of that whole, no whole of its own ("52 fans, half of the crowd" may still
    be divided: only a share of "the total" counts)."""
    s = doc.sentences[q.sentence]
    if _SHARE_OF_BEFORE.search(doc.text, max(s.start, q.start - 50), q.start):
        return True
    for m in doc.mentions_in(q.sentence):
        if m.start > q.end and m.kind in (Kind.FRACTION, Kind.PERCENT) and len(words(doc.text[q.end:m.start])) <= 3:
            return bool(_FRACTION_THEN_OF.match(doc.text, m.end, s.end))
    return False


# "..., while the remaining 3,527 were shared among four independents": how many shared the last part
_SHARED_BY_BEFORE = re.compile(r"\b(?:among|amongst|between|by|across|to)\s+(?:the\s+|its\s+|their\s+)?$", re.I)


def _sharers_of_last(doc: Document, m: Mention, enum) -> bool:
    """Round 23: a count in the last part's own clause, after a preposition of sharing, counts who shared it,
    no figure of the list."""
    return m.kind == Kind.COUNT and m.start > enum[-1].end and m.sentence == enum[-1].sentence \
        and not re.search(r"[,;:()\d]", doc.text[enum[-1].end:m.start]) \
        and bool(_SHARED_BY_BEFORE.search(doc.text, max(enum[-1].end, m.start - 20), m.start))


# round 23: the wickets after a side's score, "on 156 for 4", "were 212 for seven" (no figure of its own)
_SCORE_FOR_BEFORE = re.compile(r"\d\s+for\s+$")


def _wickets_of_score(doc: Document, m: Mention) -> bool:
    return m.kind == Kind.COUNT and m.noun is None and m.value is not None and m.value <= 10 \
        and bool(_SCORE_FOR_BEFORE.search(doc.text, max(0, m.start - 8), m.start))


# round 23: one more part after the one told as what is left, a plural subject of another kind and a verb of adding
# (or none): "..., while the rest of the order added 22 and extras contributed nine"
# (round 33) what is left may be told as shared "between them" ("the other nine managed 44 between them and extras ...")
_REST_THEN_KIND = re.compile(r"^(?:\s+(?:between|among)\s+them)?\s*,?\s+and\s+[a-z]+s\s+(?:(?:added|contributed|made|brought|accounted\s+for)\s+)?"
                             r"(?:(?:another|a\s+further)\s+)?$", re.I)


def _rest_then_one_more(doc: Document, enum) -> bool:
    """"Nand made 71 and Reese 48, while the rest of the order added 22 and extras contributed nine": what is left
    closes the list one part before its end, the last part a kind of its own (round 23)."""
    if len(enum) < 3:
        return False
    gap = doc.text[enum[-3].end:enum[-2].start]
    return bool(_CLOSING_SUBJECT.search(gap) or _CLOSING.search(gap)) \
        and bool(_REST_THEN_KIND.match(doc.text[enum[-2].end:enum[-1].start]))


def _closed_back_candidates(doc: Document, enum, items, by_sentence):
    """"charged 43 people. Eighteen face ..., 17 ... and the remaining 12 ...":
    a list that opens its sentence (or the clause after a semicolon) and ends
    with what is left divides the one count of the sentence (clause) before."""
    # "Children under five made up 634 ...": a label; "..., with the two regions funding the remaining
    # €2.3bn": a figure the list passed over inside a part's clause
    items = [m for m in items if not _threshold(m, enum) and not (m not in enum and enum[0].start < m.start < enum[-1].start)
             and not _counts_own_parts(doc, m, enum) and not _sharers_of_last(doc, m, enum)]
    lead = [m for m in items if m.end <= enum[0].start]
    if len(lead) == 1 and len(items) == len(enum) + 1 and _CLAUSE_THEN.match(doc.text[lead[0].end:enum[0].start]):
        before = lead  # "seized 95 vehicles; 52 were returned and the remaining 48 crushed"
    else:
        before = by_sentence.get(_prev_figured(doc, enum[0].sentence), [])
        if items[0] is not enum[0] or len(items) != len(enum):
            return
        # "bought the three-bed semi for £312,000": a modifier is no figure of its own (round 12); nor the wickets
        # of a score ("on 156 for 4", round 23)
        before = [m for m in before if not m.compound and not _wickets_of_score(doc, m)] or before
        if len(before) > 1:  # (round 31) "landed 412,000 tonnes last year, down from 445,000 tonnes in 2022": the
            before = [m for m in before if _sole_but_compared(doc, m, before)] or before  # level compared with is none
    if len(before) != 1:
        return
    if FURTHER_BEFORE.search(doc.text, doc.sentences[enum[0].sentence].start, enum[0].start):
        return  # "..., with 2,910 waiting. A further 1,760 wait for ..., 1,330 for ... and the remaining 840 ...":
        # the list goes on from the figure before, its sibling, not its whole
    q = before[0]
    if _ANOTHER_PERIODS.search(doc.text, max(doc.sentences[q.sentence].start, q.start - 40), q.start):
        return  # "a 12% increase on last year's crop of 166,000 tonnes. The estimate breaks down into ...": not it
    if _yardstick_of_comparison(doc, q):
        return  # round 24: "... still 8% short of the record 3.1 million. A took 1.9 million and the remaining ..."
    if _itself_a_share(doc, q):
        return  # "Care takes the largest share, £182.4m, over a third of the total. Schools get ..., with the
        # remaining £85.7m ...": q is one part of the whole; what is left is left of that whole
    if _largest_of_its_kind(doc, q):
        return  # (round 44) "Violent crime was the largest category at 41,200 offences. Burglary accounted for ...,
        # and all other crimes 6,100": q is a sibling of the list, not its whole
    if _OF_NAMED_WHOLE_AFTER.match(doc.text, q.end):
        return  # (round 27) "Motoring offences accounted for 402,600 of the fines. There were 98,410 ..., 61,200 ...
        # and 122,000 for other offences": q is one part of the fines, the list its siblings
    own = {p.lower() for p in _PERIOD_PHRASE.findall(_outside_list(doc, enum))}
    if own - {p.lower() for p in _PERIOD_PHRASE.findall(doc.sentence_text(q.sentence))} \
            and not _current_period_of_timeless_whole(doc, q, own):
        return  # "sold 9,000 cars last year. So far this year it has sold 4,000 in A and 3,000 elsewhere"
    if not q.compound and _total_compatible(q, enum, inferred=True) \
            and not _nouns_conflict(q, enum):
        yield q, True, "inferred", "the remaining"


# a listed part counted by its article: "..., three secondaries and a special school." (the list's
# last item), "two primaries, an academy and three ..." (an item between parts)
_ARTICLE_ITEM = re.compile(r"(?:,\s*|\s)(?:and|plus)\s+(?:a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
                           r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s*(?:[.;)\u2013\u2014]|-\s|$)"  # "and a team of cleaners"
                           r"|,\s*(?:a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*(?:,|\s+and\b)", re.I)


_ADDED_TO_LIST = re.compile(r"\badd(?:s|ed|ing)?\s+(?:[a-z]+\s+){0,3}[\d£$€][\d,.]*\w*\s+to\s+(?:[a-z]+\s+){0,4}$", re.I)
# one more item, with no figure, right after the last part's noun: "..., two police cars and the air ambulance."
# (round 25 review) one more item told by a vague amount after the last part: "..., plus some for key workers",
# "... and several more"
_VAGUE_ITEM_AFTER = re.compile(r"(?:,\s*|\s)(?:and|plus)\s+(?:some|several|a\s+few|a\s+number\s+of|others|more)\b"
                               r"(?!\s+than\b)", re.I)  # (not "..., a total of 147mm and more than a month's worth")
_THE_ITEM_AFTER = re.compile(r"\s*,?\s*(?:and|plus)\s+(?:the|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*(?:[.;)]|$)",
                             re.I)


_RAISED_TO = re.compile(r"\b(?:rise|rises|rising|rose|risen|increase[sd]?|increasing|grow|grows|grew|growing|climb(?:s|ed)?"
                        r"|go(?:es)?\s+up|went\s+up|jump(?:s|ed)?|swell(?:s|ed)?)\s+to\s+$", re.I)


def _raised_level(doc: Document, total: Mention) -> bool:
    """The total is the level a figure before it rises to: the parts are what is added to it."""
    s = doc.sentences[total.sentence]
    return bool(_RAISED_TO.search(doc.text, max(s.start, total.start - 30), total.start)) and any(
        m.kind == total.kind and m.end <= total.start and m.value is not None and total.value is not None
        and m.value < total.value for m in doc.mentions_in(total.sentence))


_BARE_ITEMS_FIRST = re.compile(r"(?:[:–—]|\s-)\s*(?:[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}"
                               # "seven works: paintings by Turner, two ...": a name after the item's preposition (round 18)
                               r"(?:\s+(?:by|of|from|to|in|at|for|with)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                               r"\s*,\s*)+$"
                               # "four works: a Turner watercolour, two ...": a named item with an article (round 14)
                               r"|(?:[:–—]|\s-)\s*(?:an?|the)\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}\s*,\s*$")
# (round 29, speed) what every match of each pattern holds: a cheap test before its search
_BARE_ITEMS_FIRST_TRIGGER = (":", "–", "—", "-")
_ADDED_TO_LIST_TRIGGER = ("add",)
_VAGUE_ITEM_AFTER_TRIGGER = ("some", "several", "few", "number", "others", "more")


# a whole over the weekend, its two parts on its two days (round 13)
_TOGETHER_BEFORE = re.compile(r"\W*(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*"
                              r"(?:\s+[A-Z][\w'’-]*)?\s+(?:together|between\s+them|combined)\b", re.I)
_OVER_WEEKEND = re.compile(r"\b(?:over|across|during|at|on|through(?:out)?|this|last)\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:opening\s+|first\s+|second\s+)?weekend\b", re.I)


def _weekend_covered(doc: Document, total: Mention, enum) -> bool:
    """"planted 18,500 saplings over the weekend. On Saturday 11,200 ..., and 5,300 on Sunday": two
    parts, one on Saturday and one on Sunday, make up all of a whole counted over the weekend."""
    if len(enum) not in (2, 3) or "weekend" not in doc.sentence_text(total.sentence).lower() \
            or not _OVER_WEEKEND.search(doc.text, total.end, doc.sentences[total.sentence].end):
        return False
    lo = max(doc.sentences[enum[0].sentence].start, total.end if total.sentence == enum[0].sentence else 0)
    hi = doc.sentences[enum[-1].sentence].end
    days = [m.text.lower() for k in range(enum[0].sentence, enum[-1].sentence + 1) for m in doc.mentions_in(k)
            if m.kind == Kind.WEEKDAY and lo <= m.start < hi]
    # (round 37) a film's weekend opens on Friday: "£3.8m on Friday and Saturday combined and £1.7m on Sunday"
    opening = _OPENING_WEEKEND.search(doc.text, total.end, doc.sentences[total.sentence].end) is not None
    # (round 43) three parts, one a day of a film's opening weekend: "$18.6m on Friday, $13.1m on Saturday and ..."
    return (len(enum) == 2 or len(days) == 3) and sorted(days) == (["friday", "saturday", "sunday"] if opening
                                                       else ["saturday", "sunday"])


_OPENING_WEEKEND = re.compile(r"\bopening\s+weekend\b", re.I)


# (round 43) the two arms of a trial: "203 received the antibody and 189 a placebo"
_GIVEN_AFTER = re.compile(r"\s+(?:(?:patients|participants|people|volunteers|children|adults)\s+)?(?:received|were\s+given|"
                          r"got|took|were\s+randomi[sz]ed\s+to|were\s+assigned\s+to|were\s+allocated\s+to)\b", re.I)
_PLACEBO = re.compile(r"\b(?:placebo|dummy\s+(?:pill|drug|treatment|jab|injection)s?|sham\s+\w+)\b", re.I)


def _trial_arms(doc: Document, enum) -> bool:
    """(round 43) Two parts, the first given something and the second a placebo: all of a trial's patients."""
    if len(enum) != 2 or not _GIVEN_AFTER.match(doc.text, enum[0].end):
        return False
    if any(m.kind == Kind.COUNT and m.start > enum[1].end for m in doc.mentions_in(enum[1].sentence)):
        return False  # "...; 20 withdrew before treatment began": a third group told after the arms
    end = min(doc.sentences[enum[1].sentence].end, enum[1].end + 40)
    return bool(_PLACEBO.search(doc.text, enum[1].end, end)) and not _PLACEBO.search(doc.text, enum[0].end, enum[1].start)


# (round 43) the ways of scoring a game's points: "25 came from five tries, 6 from three conversions and 3 from a penalty"
_SCORED_FROM = re.compile(r"\s+(?:points\s+)?(?:(?:came|come|coming)\s+)?from\s+(?:a\s+|an\s+|(?:single|lone)\s+|"
                          r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:single|successful|late)\s+)?"
                          r"(tr(?:y|ies)|conversions?|penalt(?:y|ies)(?:\s+goals?)?|drop(?:ped)?\s+goals?|touchdowns?|field\s+goals?"
                          r"|safet(?:y|ies)|extra\s+points?)\b", re.I)


def _scoring_kinds(doc: Document, enum) -> bool:
    """(round 43) Each part the points of one way of scoring, tries or touchdowns among them: all of the points."""
    kinds = []
    for p in enum:
        m = _SCORED_FROM.match(doc.text, p.end)
        if m is None:
            return False
        kinds.append(m.group(1).lower()[:3])
    return len(enum) >= 2 and len(set(kinds)) == len(kinds) and bool({"try", "tri", "tou"} & set(kinds))


def _not_all_parts(doc: Document, enum) -> bool:
    """The figures listed are not all the parts, or not parts one each: an item with no figure ("six
    schools: two primaries, three secondaries and a special school", "..., two police cars and the air
    ambulance"), items with no figure first ("six charges: murder, attempted murder, two counts of ..."), a
    figure added to the list before it ("added a closing 70 to earlier rounds of 71, 68 and 73"), or a part
    that counts for several ("and Pearce and Ortiz one each")."""
    s = doc.sentences[enum[-1].sentence]
    if any(not any(hit.start() <= p.start < hit.end() for p in enum)
           for hit in _ARTICLE_ITEM.finditer(doc.text, enum[0].start, min(s.end, enum[-1].end + 40))) \
            or holds_any(doc.text[max(s.start, enum[0].start - 80):enum[0].start], _BARE_ITEMS_FIRST_TRIGGER) \
            and _BARE_ITEMS_FIRST.search(doc.text, max(s.start, enum[0].start - 80), enum[0].start) \
            or holds_any(doc.text[max(s.start, enum[0].start - 60):enum[0].start], _ADDED_TO_LIST_TRIGGER) \
            and _ADDED_TO_LIST.search(doc.text, max(s.start, enum[0].start - 60), enum[0].start):
        return True
    if any(each_after(doc, p.end, s.end) or p.noun_span is not None and each_after(doc, p.noun_span.end, s.end)
           for p in enum):
        return True
    last = enum[-1]
    if last.noun_span is not None and _THE_ITEM_AFTER.match(doc.text, last.noun_span.end, s.end):
        return True
    end = next((m.start for m in doc.mentions_in(last.sentence) if m.start >= last.end), s.end)
    return holds_any(doc.text[last.end:end], _VAGUE_ITEM_AFTER_TRIGGER) \
        and _VAGUE_ITEM_AFTER.search(doc.text, last.end, end) is not None


# "..., 12 soldiers from the regiment based in the town and four dog handlers": one more part of the same kind
# closes the series past the reach of the list (a long noun phrase between): it is the list's last part
_LATE_PART_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|plus)\s+(?:(?:a\s+further|another|some|about|around|nearly)\s+)?$",
                               re.I)
_LATE_PART_GAP_WORDS = 20


def _late_part(doc: Document, enum) -> Mention | None:
    last = enum[-1]
    after = next((m for m in doc.mentions_in(last.sentence) if m.start >= last.end), None)
    if after is None or len(enum) < 2 or not _compatible_kinds(last, after) or _one_of_a_ranking(doc, after):
        return None
    gap = doc.text[last.end:after.start]
    if _LATE_PART_BEFORE.search(gap) and not any(c in gap for c in ";:()") and len(words(gap)) <= _LATE_PART_GAP_WORDS:
        return after
    if _ATTRIBUTED_THEN_WHILE.match(gap) and _OUTCOME_AFTER_LATE.match(doc.text, after.noun_span.end if after.noun_span
                                                                       else after.end):
        return after  # "147 passed and 165 failed, the school said, while nine papers were withheld" (round 21)
    return None


# round 21: an attribution between the list and one more part with its own outcome: "..., the school said, while
# nine papers were withheld" (the part's verb in the passive, no other figure after it)
_ATTRIBUTED_THEN_WHILE = re.compile(r"^\s+[a-z]+\s*,\s*(?:the\s+|a\s+|its\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,4}?"
                                    r"(?:said|says|reported|confirmed|added)\s*,\s*(?:while|and|whereas)\s+$")
_OUTCOME_AFTER_LATE = re.compile(r"\s+(?:were|was|had\s+been)\s+[a-z]{3,}\b")


# a place below the first right before a figure: "finished third with", "came second on", "in fourth place with"
_PLACE_THEN_FIGURE = re.compile(r"^\s+(?:place\s+)?(?:with|on)\s+(?:(?:just|only|a\s+mere)\s+)?$", re.I)


def _placed_below_first(doc: Document, first: Mention) -> bool:
    """"Falvey finished third with 4,815 votes, ahead of ...": a list opened by a place below the first leaves
    out those placed above it, told before (round 19)."""
    return any(m.kind == Kind.ORDINAL and m.value is not None and m.value > 1 and m.end <= first.start
               and _PLACE_THEN_FIGURE.match(doc.text[m.end:first.start]) for m in doc.mentions_in(first.sentence))


# (round 48) a figure taken out of the part before it: "the rest, 730, are pedal-only, and 95 of them are out for repair"
_SOME_OF_THE_LAST = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)


# (round 48) what befalls a thing or is seen in it, each part the subject of one of these verbs: a school may both
# report damage and lose power ("Of the 85 schools, 60 reported flood damage and 41 lost power")
_ATTRIBUTE_VERB_AFTER = re.compile(r"\s+(?:(?:have|had|has)\s+)?(reported|lost|suffered|recorded|saw|experienced|"
                                   r"faced|sustained|needed|required|lacked|complained)\s+(?!of\b|about\b)[a-z]", re.I)


# (round 48) a part holding or showing something of its own: "205 were carrying containers", "140 flew a foreign flag"
# (a ship may do both; verbs of having or showing only, never of an outcome or a kind)
_DOING_TO_OBJECT_AFTER = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?(carrying|carried|carry|carries|flying|flew|flown|"
                                    r"flies|fly|wearing|wore|wear|wears|displaying|displayed|using|used|uses|owning|owned|"
                                    r"owns|own|needing|needed|needs|lacking|lacked|lacks)\s+"
                                    r"(?!(?:to|in|at|on|for|from|by|with|into|out|up|off|over)\b)[a-z]+", re.I)


# (round 50) a part holding something by a verb of having or including (group 1), the thing held no figure, no "no"
# and no participle: "52 had school-age children", "41 included someone over 70" (not "41 have already ratified")
_HOLDING_AFTER = re.compile(r"\s+(ha[dsv]e?|includ(?:ed|es|e)|contain(?:ed|s)?)\s+"
                            r"(?!(?:no|not|none|neither|never|one|two|three|four|five|six|seven|eight|nine|ten|more"
                            r"|fewer|less|at|only|just|already|yet|been|since|also|still|ever|to)\b)"
                            r"(?![a-z]+(?:ed|en|ly)\b)[a-z]", re.I)


# (round 49) a part's own predicate right after it: an auxiliary, then its verb (group 1)
_PART_PREDICATE_AFTER = re.compile(r"\s+(?:(?:were|was|are|is|had|have|has)\s+)?(?!(?:not|never|no)\b)"
                                   r"([a-z]{2,}(?:ed|ing)|came|come|comes|went|go|goes|took|won|lost|ran|got|made|had)\b", re.I)


_FIRST_TIME = re.compile(r"\b(?:for\s+the\s+first\s+time|first-time)\b", re.I)
_ORIGIN_PREDICATE = re.compile(r"\s+(?:(?:were|was|had|have)\s+)?(?:came|come|arrived|travelled|traveled|were|was)\s+"
                               r"(?:in\s+)?from\b", re.I)
# where one came from, told by the other part too: "and the other 210 were recruited locally"
_ORIGIN_WORD = re.compile(r"\b(?:from|local\w*|abroad|overseas|domestic\w*|home|nearby|elsewhere)\b", re.I)
_PART_CLAUSE_BREAK = re.compile(r",|;|\s(?:and|while|but)\s")


def _predicates_apart(doc: Document, enum) -> bool:
    """(round 49) Two parts whose predicates tell two different things of them, which may both be true of one: where
    they came from beside another verb ("Fifty-two came from the zoo's own herds, and 41 needed surgery"), or a first
    time beside another verb ("410 were racing for the first time and 280 had travelled from outside the county").
    Two degrees of one thing stay parts ("900 collapsed and 1,600 lost their roofs" is more than the 2,300 houses), and
    so do two origins ("410 have come from abroad ... and the other 210 were recruited locally")."""
    if len(enum) != 2:
        return False
    found = [_PART_PREDICATE_AFTER.match(doc.text, p.end) for p in enum]
    if None in found or found[0].group(1).lower() == found[1].group(1).lower():
        return False
    clauses = [doc.text[p.end:_clause_end(doc, p)] for p in enum]
    if sum(bool(_FIRST_TIME.search(c)) for c in clauses) == 1:
        return True
    origin = [bool(_ORIGIN_PREDICATE.match(c)) for c in clauses]
    return origin.count(True) == 1 and not _ORIGIN_WORD.search(clauses[origin.index(False)])


# (round 50) a part told by what it is: "860 are women", "410 are on temporary contracts" (group 1: the word after)
_COPULA_TRAIT_AFTER = re.compile(r"\s+(?:are|were|is|was)\s+([a-z][\w-]*)", re.I)


def _sex_beside_other_trait(doc: Document, enum) -> bool:
    """(round 50) Two parts, one told as men or women, the other by a trait of another kind ("Of the 1,240 people
    employed, 860 are women and 410 are on temporary contracts"): one person may be both, so no breakdown.  (round
    54) So with more parts, the one told as men or women and the next one told otherwise ("310 are men, 290 are over
    60 and 140 told staff they had slept rough")."""
    if len(enum) < 2:
        return False
    found = [_COPULA_TRAIT_AFTER.match(doc.text, p.end) for p in enum]
    sexed = [f is not None and categories.normalise(f.group(1).lower()) in categories.SEXED_PEOPLE for f in found]
    if sexed.count(True) != 1:
        return False
    other = found[sexed.index(False)]
    if other is None:
        # (round 52) "210 were men under 25 and 190 involved drug offences": the other told by a verb of its own;
        # (round 59) or in the perfect: "30 are women, 14 have taught for more than 20 years and 9 are part-time"
        return _PAST_VERB_AFTER.match(doc.text, enum[sexed.index(False)].end) is not None \
            or _PERFECT_VERB_AFTER.match(doc.text, enum[sexed.index(False)].end) is not None
    return other.group(1).lower() not in _WORDS_OF_PEOPLE_KINDS


_PAST_VERB_AFTER = re.compile(r"\s+[a-z]{3,}ed\b(?!\s+(?:by|to|as)\b)")
_PERFECT_VERB_AFTER = re.compile(r"\s+(?:have|has|had)\s+(?!(?:no|not|never|been|children|a|an|the)\b)"
                                 r"[a-z]+(?:ed|en|ught|one|ung|ade|ood|eld|ept|ent|ost|old|ound)\b")


# (round 57) a part told by its people's age, right after its figure: "61 were under 25", "40 are aged 65 or over",
# "12 were in their teens", "95 are teenagers"
_AGE_AFTER = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?(?:aged\b|(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?"
                        r"(?:\d{1,2}|a\s+year|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
                        r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b"
                        r"|(?:younger|older)\b|in\s+their\s+(?:teens|[a-z]+ties)\b|teenagers?\b)", re.I)
_REST_NEAR = re.compile(r"\b(?:other|others|rest|remaining|remainder)\b", re.I)


def _age_beside_other_trait(doc: Document, enum) -> bool:
    """(round 57) Parts, some told by their people's age and another by a trait or a doing of another kind, no rest
    among them: "Of the 96 starters, 61 were under 25 and 48 were racing in their first World Cup season" -- one
    starter may be both.  Two ages ("61 were under 25 and 35 were older") or an age beside a kind of people of the
    same split ("30 were under 18 and 66 were adults") stay parts."""
    if len(enum) < 2:
        return False
    clauses = _part_clauses(doc, enum)
    if any(_REST_NEAR.search(doc.text, max(0, p.start - 14), p.start) or _REST_NEAR.search(c)
           for p, c in zip(enum, clauses)):
        return False  # "... and the remaining 233 were older": a split
    aged = [_AGE_AFTER.match(doc.text, p.end) is not None for p in enum]
    if not any(aged) or all(aged):
        return False
    for p, is_aged in zip(enum, aged):
        if is_aged:
            continue
        trait = _COPULA_TRAIT_AFTER.match(doc.text, p.end)
        if trait is not None and trait.group(1).lower() in _WORDS_OF_PEOPLE_KINDS:
            return False
        if trait is None and _PART_PREDICATE_AFTER.match(doc.text, p.end) is None:
            return False
    return True


# the words that tell people by age or sex, which a part beside "women" or "men" may be of the same split by
_WORDS_OF_PEOPLE_KINDS = frozenset("men women children adults boys girls male female males females minors "
                                   "juveniles teenagers pensioners elderly".split())


def _clause_end(doc: Document, p: Mention) -> int:
    """Where the clause of a part ends: the next comma, "and", or the sentence's end."""
    end = doc.sentences[p.sentence].end
    m = _PART_CLAUSE_BREAK.search(doc.text, p.end, end)
    return m.start() if m else end


def _attributes_that_overlap(doc: Document, enum) -> bool:
    """(round 48) Parts that are no kinds of their whole but things that befell or mark some of it, and may overlap:
    each told by a verb of what befell it, two verbs at least ("60 reported flood damage and 41 lost power"); or two
    or three parts each holding or showing something of its own by a verb of its own ("205 were carrying containers
    and 140 flew a foreign flag")."""
    verbs = set()
    for p in enum:
        m = _ATTRIBUTE_VERB_AFTER.match(doc.text, p.end)
        if m is None:
            break
        verbs.add(m.group(1).lower())
    else:
        return len(verbs) > 1
    if len(enum) > 3:
        return False
    held = [_HOLDING_AFTER.match(doc.text, p.end) for p in enum]
    if None not in held and len({h.group(1).lower()[:2] for h in held}) == len(held):
        return True  # (round 50) "52 had school-age children and 41 included someone over 70": each its own verb
    if _used_beside_outcome(doc, enum) or _answers_to_other_questions(doc, enum) \
            or _trait_beside_activity(doc, enum) or _holding_other_things(doc, enum) \
            or _stages_of_one_path(doc, enum):
        return True
    verbs = []
    for p in enum:
        m = _DOING_TO_OBJECT_AFTER.match(doc.text, p.end)
        if m is None:
            return False
        verbs.append(m.group(1).lower())
    return len(set(verbs)) == len(verbs)


_DENIED = re.compile(r"\b(?:not|no|none|never|without|neither|nor|instead|rest|others?|remaining|yes|against|un\w+|"
                     r"dis\w+)\b"
                     r"|n't\b", re.I)


def _used_beside_outcome(doc: Document, enum) -> bool:
    """(round 53) Two parts, one told by what it used or carried, the other by a verb of its own with no denial: "71
    reached the summit and 40 used supplementary oxygen" -- a climber may do both."""
    if len(enum) != 2:
        return False
    used = [_USED_AFTER.match(doc.text, p.end) is not None for p in enum]
    if used.count(True) != 1:
        return False
    other = enum[used.index(False)]
    found = _PART_PREDICATE_AFTER.match(doc.text, other.end)
    return found is not None and not any(_DENIED.search(doc.text, max(0, p.start - 16), _clause_end(doc, p))
                                         for p in enum)


# (round 53) a part told by what it used or carried, in the active ("40 used supplementary oxygen"; not "40 were used")
_USED_AFTER = re.compile(r"\s+(?:had\s+)?(?:using|used|uses|carrying|carried|wearing|wore|displaying|displayed)\s+"
                         r"(?!(?:and|or|to|in|at|on|for|from|by|with|into|out|up|off|over|the|them|it)\b)[a-z]+", re.I)


_SAYING_AFTER = re.compile(r"\s+(?:said|say|says|told|reported|felt|feel|thought|think|agreed|agree)\s+", re.I)
_SMALL_WORDS = frozenset("the their they them that this there these those it its was were is are had have has been be "
                         "and or but with for from into onto over under about than then usually always often very "
                         "would could should will can may might of to on in at by an a".split())


def _answers_to_other_questions(doc: Document, enum) -> bool:
    """(round 53) Parts of a survey, each telling what its people said, about different things with no word in
    common and none denied: "840 said their bus usually arrived on time and 610 said it was clean and comfortable"
    -- one person may say both.  "840 said yes and 310 said no", or "... were satisfied ... were dissatisfied",
    stay parts."""
    if len(enum) < 2:
        return False
    verbs = [_SAYING_AFTER.match(doc.text, p.end) for p in enum]
    if None in verbs:
        return False
    clauses = _part_clauses(doc, enum, [m.end() for m in verbs])
    if any(_DENIED.search(c) for c in clauses):
        return False
    said = [_content_words(c) for c in clauses]
    return all(len(w) >= 2 for w in said) and all(not (a & b) for i, a in enumerate(said) for b in said[i + 1:])


# (round 53) a part told by what it is ("131 are family-owned", "1,900 hectares of that is conifer"), or by what it
# does, an adverb before the verb ("96 now sell directly"), or by where it lies ("1,400 hectares lies on"); not an
# outcome's verb ("2,711 arrived on time and 235 were late": one or the other)
_OF_THAT = r"(?:\s+of\s+(?:that|those|it|them|these|which|whom))?"
_TRAIT_AFTER = re.compile(_OF_THAT + r"\s+(?:are|is|were|was)\s+(?!(?:not|no|now|also|still|being|been|to)\b)[a-z]", re.I)
_ACTIVITY_AFTER = re.compile(
    _OF_THAT + r"(?:\s+(?:now|also|already|still|regularly|mostly)\s+(?!(?:are|is|were|was|have|has|had|be)\b)[a-z]{3,}"
    r"|\s+(?:lies|lie|lay|sits|sit|sat|stands|stand|stood)\s+(?:on|in|at|within|beside|along)\b)", re.I)


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)} - _SMALL_WORDS


def _trait_beside_activity(doc: Document, enum) -> bool:
    """(round 53) Two parts, one told by what it is and the other by what it does, with no word in common and none
    denied: "131 are family-owned and 96 now sell directly to customers online" -- a winery may be both.  "25 are
    full-time and 20 work part-time" stay parts (one thing told two ways)."""
    if len(enum) != 2:
        return False
    trait = [_TRAIT_AFTER.match(doc.text, p.end) is not None for p in enum]
    acts = [_ACTIVITY_AFTER.match(doc.text, p.end) is not None for p in enum]
    if trait.count(True) != 1 or acts[trait.index(True)] or not acts[trait.index(False)]:
        return False
    clauses = _part_clauses(doc, enum)
    if any(_DENIED.search(c) for c in clauses):
        return False
    a, b = (_content_words(c.replace("-", " ")) for c in clauses)
    return bool(a) and bool(b) and not a & b


# (round 54) the stages of one path, the later some of the earlier: "388 set foot on the mountain and 301 reached the
# summit", "1,200 started the race and 1,140 finished"
_START_STAGE_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:actually\s+)?(?:set\s+foot|started|start|began|begin|entered|"
                                r"enter|set\s+off|set\s+out|applied|apply|sat|attempted|attempt|tried|took\s+part|"
                                r"turned\s+up|arrived|showed\s+up)\b", re.I)
_END_STAGE_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:reached|reach|finished|finish|completed|complete|passed|pass|"
                              r"made\s+it|got\s+to|qualified|qualify|succeeded|summited|were\s+accepted|"
                              r"were\s+admitted|graduated)\b", re.I)


def _stages_of_one_path(doc: Document, enum) -> bool:
    """(round 54) Two parts, the first told as those who began something and the second, no more of them, as those
    who got to its end: the second are some of the first."""
    if len(enum) != 2 or enum[0].value is None or enum[1].value is None or enum[1].value > enum[0].value:
        return False
    return _START_STAGE_AFTER.match(doc.text, enum[0].end) is not None \
        and _END_STAGE_AFTER.match(doc.text, enum[1].end) is not None


# (round 53) a part holding a thing, the next gapped to its object: "640,000 of whom hold a mortgage and 980,000 a
# savings account" (group 1: the verb)
# (not "have": "1,050 had a stroke, 190 had a bleed" are one diagnosis each)
_HOLDS_A_AFTER = re.compile(r"(?:\s+of\s+(?:whom|them|those))?\s+(hold|holds|held|own|owns|owned|use|uses|"
                            r"used|rent|rents|rented)\s+(?:a|an|one|their\s+own|a\s+second)\s+[a-z]", re.I)
_GAPPED_OBJECT_AFTER = re.compile(r"\s+(?:a|an|one)\s+[a-z]", re.I)


def _holding_other_things(doc: Document, enum) -> bool:
    """(round 53) Parts each holding a thing, the later ones by the same verb or gapped, the things apart and none
    denied: a member may hold a mortgage and a savings account both."""
    if len(enum) < 2:
        return False
    first = _HOLDS_A_AFTER.match(doc.text, enum[0].end)
    if first is None:
        return False
    for p in enum[1:]:
        same = _HOLDS_A_AFTER.match(doc.text, p.end)
        if not (same and same.group(1).lower() == first.group(1).lower() or _GAPPED_OBJECT_AFTER.match(doc.text, p.end)):
            return False
    clauses = _part_clauses(doc, enum)
    if any(_DENIED.search(c) for c in clauses):
        return False
    words = [_content_words(c) - {first.group(1).lower()} for c in clauses]
    return all(words) and all(not (a & b) for i, a in enumerate(words) for b in words[i + 1:])


def _habits_apart(doc: Document, enum) -> bool:
    """(round 59) Three or more parts, each told by a verb of its own in the present right after its figure, each verb
    with words of its own after it, none denied: "Of those, 210 take a hot lunch, 180 walk or cycle to
    school and 45 attend the breakfast club" -- habits, which one pupil may have several of, not kinds of pupil."""
    if len(enum) < 3:
        return False
    verbs = []
    for p in enum:
        found = _BARE_VERB_AFTER.match(doc.text, p.end)
        if found is None or found.group(1).lower() in _SMALL_WORDS or found.group(1).lower() in _NO_HABITS \
                or found.group(1).lower() in IRREGULAR_PAST or _PAST_PARTICIPLE.fullmatch(found.group(1)):
            return False  # (a past act or a participle: "510 driven to higher ground, 330 taken by barge")
        verbs.append(found.group(1).lower())
    if len(set(verbs)) < len(verbs):
        return False
    clauses = _part_clauses(doc, enum)
    if any(_DENIED.search(c) for c in clauses):
        return False
    return all(_content_words(c) - {v} for c, v in zip(clauses, verbs))


# (round 59) a verb in the present right after a part's figure, its object or its complement opening after it:
# "210 take a", "180 walk or", "45 attend the"
# (never a plural noun, a participle or a gerund: "210 pupils", "180 killed", "45 working")
_BARE_VERB_AFTER = re.compile(r"\s+([a-z]{3,}(?<!s)(?<!ed)(?<!ing))\s+"
                              r"(?:a|an|the|their|or|to|in|at|on|for|with|from|by|into|up|out)\s")
_PAST_PARTICIPLE = re.compile(r"[a-z]+(?:en|wn|ne)|" + IRREGULAR_PARTICIPLES)
_NO_HABITS = frozenset("per more less fewer other others people staff percent per cent million billion".split())


def _part_clauses(doc: Document, enum, starts: list[int] | None = None) -> list[str]:
    """(round 53) What each part's clause tells, from ``starts`` (else right after each part): up to its comma or
    "and", the last up to its comma or the sentence's end ("said it was clean and comfortable" is one clause)."""
    out = []
    for i, p in enumerate(enum):
        start = starts[i] if starts else p.end
        if i + 1 < len(enum):
            end = _clause_end(doc, p)
        else:
            end = doc.sentences[p.sentence].end
            comma = doc.text.find(",", p.end, end)
            end = comma if comma >= 0 else end
        out.append(doc.text[start:end])
    return out


# (round 49) a count of the things the whole is told over, after a determiner or an owner: "for the two semi-finals",
# "in the region's three reservoirs" (not "two of the", not "each of the two")
_COUNTED_THINGS = re.compile(r"(?<!of\s)\b(?:the|its|their|[A-Z][\w-]*'s|[a-z]+'s"
                             r"|across|between|over|into)\s+(two|three|four|five|six)\s+"  # (round 50) "across three arms"
                             r"(?!of\b|per\b|times\b|more\b|others?\b)[a-z][\w-]+", re.I)


_SOME_OF_WHOLE_LINK = re.compile(r"\b(?:including|includ\w+|among\s+them|such\s+as)\b", re.I)


def _counted_as_parts(doc: Document, total: Mention, enum) -> bool:
    """(round 49) The whole's sentence counts the things it is told over, as many as the parts listed after it, each
    part a figure of the whole's own kind: "Organisers said 9,870 fans came through the gates for the two semi-finals,
    with 5,210 on Friday and 4,460 on Saturday"; "storage in the region's three reservoirs stood at 61,300 megalitres,
    with A holding 28,400, B 19,700 and C 13,900"."""
    if total.sentence != enum[0].sentence or total.end > enum[0].start or len(enum) < 2:
        return False
    s = doc.sentences[total.sentence]
    found = [m for m in _COUNTED_THINGS.finditer(doc.text, s.start, enum[0].start)]
    if len(found) != 1 or WORD_VALUES.get(found[0].group(1).lower()) != len(enum) \
            or categories.normalise(found[0].group(0).split()[-1]) in categories.PEOPLE:
        return False  # "The clinic's three vets carried out 1,216 procedures": who did it, not what it is told over
    return not _WITH_SELECTION.search(doc.text, total.end, enum[0].start) \
        and not _SOME_OF_WHOLE_LINK.search(doc.text, total.end, enum[0].start)


def _some_of_the_last(doc: Document, p: Mention) -> bool:
    return _SOME_OF_THE_LAST.match(doc.text, p.end) is not None


# (round 53) a number with a letter joined to it among the parts: the name of a route, a line or a gate ("7A", "12B")
_NUMBERED_NAME = re.compile(r"(?:,\s*|\band\s+|\bthe\s+)\d{1,3}[A-Z]\b(?=\s*(?:,|and\b|or\b))")


def _relations_for(doc: Document, enum, items, by_sentence, closed: bool = False) -> list[PartsOfWhole]:
    """The breakdown's best-linked total, plus -- when that one is in the
    same sentence -- the nearest whole that the nouns tie it to elsewhere
    ("3,804 civilian dead were 2,337 men, ..." and, paragraphs earlier,
    "Around 3,800 civilians")."""
    start, end = _past_opening_clause(doc, enum), doc.sentences[enum[0].sentence].end
    if holds_any(doc.text[start:end], _OVERLAP_TRIGGER) and _OVERLAP.search(doc.text, start, end):
        return []  # "41 had damp, 35 faulty wiring and 22 had both": the parts overlap
    if len(enum) > 2 and _one_of_a_ranking(doc, enum[-1]):
        enum = enum[:-1]  # (round 29) "171 passed and 11 failed, giving it one of the best results": no third part
    if _NUMBERED_NAME.search(doc.text, enum[0].start, enum[-1].end):
        return []  # (round 53) "include the 4, 7A and 22": numbers that name routes or lines, no counts
    if _attributes_that_overlap(doc, enum) or _predicates_apart(doc, enum) or _sex_beside_other_trait(doc, enum) \
            or _age_beside_other_trait(doc, enum):
        return []  # (round 48) "60 reported flood damage ... and 41 lost power": things that befell some, not kinds
    if _ALL_BEFORE.search(doc.text, max(0, enum[0].start - 12), enum[0].start):
        return []  # (round 48) "All 14 were taken to hospital, where three remained overnight": all, then some of them
    if len(enum) > 2 and _some_of_the_last(doc, enum[-1]) and not _some_of_the_last(doc, enum[0]):
        enum = enum[:-1]  # (round 48) "..., 730 are pedal-only, and 95 of them are out for repair": some of a part
    late = _late_part(doc, enum)
    if late is not None and _some_of_the_last(doc, late) and not _some_of_the_last(doc, enum[0]):
        late = None
    if late is not None and not _dash_closed(doc, list(enum), late):
        enum = (*enum, late)
    if _habits_apart(doc, enum):
        return []
    shared = _apiece_shared(doc, enum)  # round 23: "..., and C and D with one apiece" counts the one twice
    if _not_all_parts(doc, enum if shared is None else tuple(p for p in enum if not each_after(doc, p.end))) \
            or _named_with_unread(doc, enum):
        return []
    enum = enum if shared is None else shared
    # what is left ("the remaining nine") is left of one whole: not of a total smaller than it, nor of a part
    remains = [p for p in enum if _REMAINING_BEFORE.search(doc.text, max(0, p.start - 16), p.start)]
    same, nearby = [], []
    candidates = list(_candidates(doc, enum, items, by_sentence))
    if not candidates and closed:
        candidates = list(_closed_back_candidates(doc, enum, items, by_sentence))
    if not candidates:
        candidates = list(_echo_candidates(doc, enum, by_sentence, closed))
    if not candidates:
        candidates = list(_article_figure_candidates(doc, enum, by_sentence, closed))
    if not candidates:
        candidates = list(_headline_total_candidates(doc, enum, by_sentence))
    if not candidates:
        candidates = list(_respectively_candidates(doc, enum, by_sentence))
    if not candidates and (head := _semicolon_head(doc, enum, items)) is not None:
        candidates = [(head, False, "inferred", "bare parts")]
    for total, complete, link, cue in candidates:
        if cue == "with" and _side_of_a_body(doc, total):
            continue  # (round 29) "Labour took 38 of the 63 seats, with ...": a side, the body's seats the whole
        if total in enum or total.kind == Kind.MEASURE and not _measures_add(doc, enum) \
                and not _bare_parts_in_unit_that_adds(total, enum) \
                or _whole_named_apart(doc, total, enum) \
                or _score_of_name(doc, total, enum) or _counts_named(doc, total, enum) \
                or _scored_by_plays(total, tuple(p for p in enum if not _points_phrase(doc, p))):
            continue
        if total.value and total.value > 0 and any(p.value is not None and p.value > 10 * total.value for p in enum):
            continue  # "a team of 52, ... 14 assistants, made about 18,600 visits": ten times the whole is no part
        if _more_items_counted(doc, total, enum):
            return []  # "240 homes across four sites: 110 ..., 65 ... (and two more read no further)": not all read
        if total.value is not None and remains and (
                any(p.value is not None and p.value > total.value for p in remains)
                or _inside_outer_whole(doc, total)):
            return []  # "Of the 17 storms, eight were hurricanes, four of them major, while the remaining nine ...":
            # what remains of a whole is never more than it: the list is not read right
        if _raised_level(doc, total):
            return []  # "The £45m fee could rise to £52m with add-ons: £4m ... and £3m ...": what is added
        # "... and the remaining 12", "..., 29 against and six abstained": nothing is left out
        complete = complete or closed or cue not in _NOT_EXHAUSTED and (
            _outcomes_exhaust(doc, enum, total) or _ballots_exhaust(doc, enum, total))
        if not complete and cue == "of the" and _leading_base_named_parts(doc, total, enum, items):
            complete, link = True, "inferred"  # "Of the 18,406 votes cast, A received 9,212, B 5,870 and C 2,941"
        if not complete and _either_outcome(doc, total, enum):
            complete = True  # "killed or injured 314 people. ... 112 died and 190 were hurt"
        if not complete and _part_and_its_denial(doc, enum) and total.interval is not None \
                and total.interval.hi is not None and all(p.value is not None for p in enum) \
                and sum(p.value for p in enum) <= total.interval.hi:  # (more than the whole: FC102 says so)
            complete = True  # (round 31) "of whom 141 passed and 85 did not": the second is all the first is not
        if not complete and cue == "with" and len(enum) == 2 and total.sentence == enum[0].sentence \
                and _TOGETHER_BEFORE.match(doc.text, doc.sentences[total.sentence].start, total.start):
            complete = True  # (round 37) "Labour and the Greens together hold 49 seats, with Labour on 34 and ..."
        if not complete and (cue in ("of the", "of whom", "of them", "of those") and _trial_arms(doc, enum)
                             or _scoring_kinds(doc, enum)):
            complete = True  # (round 43) "203 received the drug and 189 a placebo"; "25 came from five tries, 6 from
            # three conversions and 3 from a penalty"
        if not complete and _counted_as_parts(doc, total, enum):
            complete = True  # (round 49) "9,870 fans ... for the two semi-finals, with 5,210 on Friday and 4,460 ..."
        if not complete and _weekend_covered(doc, total, enum):
            complete = True  # "18,500 saplings over the weekend. On Saturday 11,200 ... and 5,300 on Sunday"
        if not complete and cue in _SPLIT_CUES and _complementary(doc, enum):
            complete = True  # "with offshore sites producing 49.7 TWh and onshore turbines 22.6 TWh"
        elif not complete and (cue in _CLOSING_CUES or cue == "with" and (_with_list_closed(doc, total, enum)
                                                                     or _with_labels_closed(doc, total, enum))) \
                and _closed_list(doc, total, enum, items):
            complete, link = True, "inferred"  # "1,240 homes, of which 620 ..., 310 ... and 210 ..."
        if not complete and link == "inferred" and total.sentence == enum[0].sentence - 1 \
                and _WHOLE_SUBJECT_LEAD.match(doc.text, doc.sentences[enum[0].sentence].start, enum[0].start) \
                and not _tells_more_parts(doc, enum) and not _fits_other_figure(doc, total, enum):
            complete = True  # (round 30) "... placed 1,460 nurses. They comprised 830 ..., 410 ... and 160 ..."
        if complete and _more_periods_than_parts(doc, total, enum):
            complete = False  # "September 118.5mm and October 152.3mm, the total for the three months 512.4mm"
        if complete and total.sentence != enum[0].sentence and _placed_below_first(doc, enum[0]):
            complete = False  # "X finished third with 4,815 votes, ahead of Y on 1,876 ... In all, 32,992 votes": the top
            # places were told before
        share = _share_of(doc, total, enum, items)
        if share is None and cue == "share of":
            share = next((m for m in by_sentence.get(enum[0].sentence - 1, []) if _share_of_whole(doc, m)), None)
        elif share is None and cue == "contributed" and link == "inferred":
            share = _share_before_list(doc, total, enum, items)
        extra = ((share,) if share else ()) + (_seats_beside(doc, total, enum) if cue == "seats" else ())
        if cue == "with":
            extra += _side_before_body(doc, total, enum + extra)
        total = _seats_counted_exactly(total)
        rel = PartsOfWhole(link=link, cue=cue, total=total, parts=extra + enum, complete=complete,
                           bounded=_bounded(doc, total, cue, enum))
        (same if total.sentence == enum[0].sentence else nearby).append(rel)
    chosen = _choose(doc, same) or _choose(doc, nearby)
    if chosen is None or (not agrees(chosen) and not _shared_out_whole(chosen)
                          and _siblings_agree(doc, chosen, by_sentence)):
        return []
    out = [chosen]
    by_nouns = [r for r in nearby if r.cue == "categories" and r.total != chosen.total]
    if by_nouns and chosen.total.sentence == enum[0].sentence:
        out.append(min(by_nouns, key=lambda r: (r.total.sentence > enum[0].sentence,
                                                abs(r.total.sentence - enum[0].sentence))))
    return out


_THE_PERIODS_BEFORE = re.compile(r"\b(?:the|those|these|all)\s+$", re.I)


# the whole's own breakdown opens right after it: "in one of the 36 machines - 22 washers and 14 dryers"
_OPENS_BREAKDOWN = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}[\w'’-]*\s*(?:[:(—–]|\s-)\s*$")


def _more_items_counted(doc: Document, total: Mention, enum) -> bool:
    """The total's own words count its items, right before the list opens ("240 homes across four sites: 110
    on farmland, 65 ..."), and the list read has fewer parts: some parts were not read."""
    if total.end > enum[0].start:
        return False
    if all(p.noun and p.noun_span and not _PLACED_AFTER.match(doc.text, p.noun_span.end) for p in enum):
        return False  # "4,750 cars from four plants: 3,150 saloons and 1,420 estates": kinds, not places (round 15)
    return any(total.end <= m.start and m.end <= enum[0].start and m.kind == Kind.COUNT and m.value is not None
               and m.value.denominator == 1 and len(enum) < m.value <= 12
               and _COUNT_THEN_LIST.match(doc.text, m.end, enum[0].start)
               and _SPREAD_BEFORE.search(doc.text, max(0, m.start - 20), m.start)
               for m in doc.mentions_in(total.sentence))


# the places or groups the total is spread over: "across four sites", "in five wards" (not "chased the 12 trophies")
_SPREAD_BEFORE = re.compile(r"\b(?:across|in|at|over|between|among|from|on)\s+(?:the\s+|its\s+|their\s+)?$", re.I)


_PLACED_AFTER = re.compile(r"\s+(?:at|in|on|from|inside|outside|across|near)\b", re.I)
_COUNT_THEN_LIST = re.compile(r"\s*(?:[\w'’-]+\s*){0,2}[:—–-]\s*$")


# the two fates a whole said "A or B" is made of: "killed or injured", "destroyed or damaged" (round 14)
_FATES = (("kill", "die", "dead", "perish"), ("injur", "hurt", "wound"), ("destroy", "flatten", "razed", "demolish",
          "wreck", "levell"), ("damag",), ("missing",))
_EITHER_BEFORE = re.compile(r"\b([a-z]+)\s+or\s+([a-z]+)\s+(?:(?:some|about|around|nearly|more\s+than|at\s+least)\s+)?$")
_EITHER_AFTER = re.compile(r"^\s+(?:(?:were|was|have\s+been|had\s+been|are)\s+)?([a-z]+)\s+or\s+([a-z]+)\b")


def _fate(word: str) -> int | None:
    return next((k for k, stems in enumerate(_FATES) if word.startswith(stems)), None)


def _either_outcome(doc: Document, total: Mention, enum) -> bool:
    """A whole said to be of two fates ("destroyed or damaged 240 homes",
    "314 people were killed or injured") and two parts, one of each fate in
    its own words ("150 were flattened and another 60 were damaged"), is
    all of it."""
    if len(enum) != 2 or total.kind != Kind.COUNT or " or " not in doc.sentence_text(total.sentence) \
            or any(_own_noun(p, doc) and not categories.same_thing(total.noun, _own_noun(p, doc)) for p in enum):
        return False  # (not "12 children died and 30 children were hurt": some of them only)
    start = doc.sentences[total.sentence].start
    pair = _EITHER_BEFORE.search(doc.text, max(start, total.start - 40), total.start)
    if pair is None:
        end = total.noun_span.end if total.noun_span else total.end
        pair = _EITHER_AFTER.match(doc.text[end:end + 40])
    if pair is None:
        return False
    wanted = {_fate(pair.group(1).lower()), _fate(pair.group(2).lower())}
    if None in wanted or len(wanted) != 2:
        return False
    sentence_end = doc.sentences[enum[-1].sentence].end
    fates = []
    for k, p in enumerate(enum):
        end = enum[k + 1].start if k + 1 < len(enum) else sentence_end
        found = {_fate(w) for w in words(doc.text[p.end:end])[:8]} - {None}
        if len(found) != 1:
            return False
        fates.append(found.pop())
    return set(fates) == wanted


def _scored_by_plays(total: Mention, enum) -> bool:
    """"31 points, made up of nine two-point baskets, three three-pointers and
    four free throws": plays of their own noun, each worth its own number of
    points, are no parts of a points total (round 14)."""
    return categories.normalise(total.noun) == "points" and any(
        p.noun and p.noun.lower() not in _VERBS and categories.normalise(p.noun) != "points" for p in enum)


# round 20: a part's noun phrase that runs on to "points": "31 batting bonus points", "12 bonus points"
_POINTS_RUN_ON = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}?\s+points\b", re.I)


def _points_phrase(doc: Document, p: Mention) -> bool:
    """"31 batting bonus points": the part counts points, whatever word was taken for its noun."""
    return p.noun_span is not None and bool(_POINTS_RUN_ON.match(doc.text, p.noun_span.end))


def _more_periods_than_parts(doc: Document, total: Mention, enum) -> bool:
    """The total spans more periods than the list gives ("the total for the three months" over two
    months' figures): a part was given elsewhere, so the list is only some of it."""
    return any(m.kind == Kind.DURATION and m.value is not None and m.value.denominator == 1
               and len(enum) < m.value <= 12 and not m.compound
               and _THE_PERIODS_BEFORE.search(doc.text, max(0, m.start - 8), m.start)
               for m in doc.mentions_in(total.sentence)) \
        and bool(_PERIOD_NAMED.search(doc.text, _parts_words_open(doc, enum[0]), enum[-1].end + 20))


def _parts_words_open(doc: Document, first: Mention) -> int:
    """Where a list's own words begin: past a comma before its first part, so the total's own period ("carried
    9.4 million in the six months to September, 5.1 million on domestic routes and ...") names no part (round 30)."""
    start = _list_opens(doc, first)
    comma = doc.text.rfind(",", start, first.start)
    return start if comma < 0 else comma + 1


def _list_opens(doc: Document, first: Mention) -> int:
    """Where the words of a list's first part begin: up to 40 characters
    before it, after a colon or dash that opens the list (not the total's
    own "in the 12 months to March:"; round 15)."""
    start = max(doc.sentences[first.sentence].start, first.start - 40)
    lead = doc.text[start:first.start]
    cut = max(lead.rfind(":"), lead.rfind(" - "), lead.rfind("\u2013"), lead.rfind("\u2014"))
    return start + cut + 1 if cut >= 0 else start


# the parts are told by period ("September brought 118.5mm and October 152.3mm"), not by kind ("3,412 voted
# yes, 2,897 voted no" over "the five days of voting": all of it)
_PERIOD_NAMED = re.compile(r"\b(?:" + "|".join(MONTH_NAMES + WEEKDAY_NAMES) + r"|(?:first|second|"
                           r"third|fourth|final|last|opening)\s+(?:day|week|month|quarter|half)|day\s+one|day\s+two"
                           r"|(?:19|20)\d\d)\b")


_REMAINING_BEFORE = re.compile(r"\bthe\s+(?:remaining|other|last)\s+$", re.I)
_OUTER_OF = re.compile(r"\W*(?:Of|Out\s+of)\s+(?:the|its|their|all|these|those)\s+$")


def _inside_outer_whole(doc: Document, total: Mention) -> bool:
    """The total is itself one part of a whole its sentence opens with ("Of the 21 rescues, 12 were at sea,
    five of them ..., while the remaining nine ..."): what remains is left of that whole."""
    s = doc.sentences[total.sentence]
    return any(w.end <= total.start and w.value is not None and total.value is not None and w.value > total.value
               and _OUTER_OF.fullmatch(doc.text, s.start, w.start) for w in doc.mentions_in(total.sentence))


_NAMES_AFTER_COLON = re.compile(r"[^.;]*:\s*[A-Z]")


def _counts_named(doc: Document, total: Mention, enum) -> bool:
    """"Nine medals went to three rowers: Moss won three, Hale three and Kent one": a count as large as the
    list, before a colon opening names with bare figures, counts the names; the figures are theirs."""
    return total.end <= enum[0].start and total.value == len(enum) and all(p.noun is None for p in enum) \
        and bool(_NAMES_AFTER_COLON.match(doc.text, total.end, enum[0].start))


# "Lindqvist's 66", "her 71": a bare figure owned by a person is a score or a time, not a count of the things
# the parts name ("made up of seven birdies, one bogey and 10 pars" counts holes) (round 11)
_OWNER_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*['’]s|\b(?:his|her|their))\s+$")


def _score_of_name(doc: Document, total: Mention, enum) -> bool:
    return total.kind == Kind.COUNT and _own_noun(total, doc) is None and all(p.noun for p in enum) \
        and bool(_OWNER_BEFORE.search(doc.text[max(0, total.start - 30):total.start]))


# outcomes that leave no one out: every side of a vote or a poll with those who took neither (abstained,
# undecided), every result of a season's games
_OUTCOME_SCHEMES = (
    (frozenset("for favour favor backed backing supported supporting favoured favored yes aye ayes".split()),
     frozenset("against opposed opposing rejected no noes nays".split()),
     # (round 29) a spoilt paper takes neither side: "3,402 backed action, 1,287 voted against and 41 ballots were spoilt"
     frozenset("abstained abstain abstaining abstention abstentions undecided unsure know knew opinion"
               " spoiled spoilt spoil spoils void invalid blank blanks".split())),
    # (round 45: a game washed out or abandoned has no winner either, "with three washed out by rain")
    (frozenset("won win wins winning victories".split()),
     frozenset("drew draw draws drawn drawing tied washed abandoned rained".split()),
     frozenset("lost loss losses losing defeats".split())),
    # (round 48) a court's cases decided: each ends in a conviction, an acquittal or is withdrawn ("Of the 560 cases
    # finalised, 312 ended in convictions, 97 in acquittals and 131 were withdrawn")
    (frozenset("convicted conviction convictions".split()),
     frozenset("acquitted acquittal acquittals".split()),
     frozenset("withdrawn discontinued".split())),
    # (round 52) a race's or a cut's starters: each finished (or made the cut), gave up, or was put out ("of the 148
    # riders who rolled out, 121 finished, nineteen abandoned and six more were eliminated")
    (frozenset("finished finish finishers completed made".split()),
     frozenset("abandoned retired withdrew withdrawn quit".split()),
     frozenset("eliminated disqualified missed".split())),
)
# the whole of a vote or a poll is those who took part in it: "the 587 MPs present", "1,240 residents
# took part in the ballot", "a poll of 1,012 voters", "the 154 parents asked"
_TOOK_PART = re.compile(r"\b(?:present|attend\w*|took\s+part|taking\s+part|vot(?:e|es|ed|ing)|ballot\w*|poll\w*"
                        r"|surveyed|survey|asked|questioned|respond\w*|cast|division|split|turn(?:ed)?\s+out"
                        r"|in\s+the\s+(?:chamber|hall|room)|at\s+the\s+(?:meeting|session|sitting))\b", re.I)
# (round 29) the whole after the list, told by who took part: "..., out of 1,610 (tenants) who voted"
_WHO_TOOK_PART = re.compile(r"^\s+(?:[a-z]+\s+)?(?:who|that)\s+(?:had\s+|have\s+)?(?:vot(?:ed|e)|took\s+part|turned\s+out"
                            r"|cast\s+(?:a\s+)?(?:ballots?|votes?))\b", re.I)
_NEGATION = frozenset("not never n't don't didn't doesn't".split())
_LABEL_SPLIT = re.compile(r",|;|\band\b|\bwhile\b|\bbut\b|\bwhereas\b", re.I)
_NOT_EXHAUSTED = frozenset({"seats", "toll", "total to"})  # a body's size, a toll, a running total hold more
OUTCOME_LABEL_CHARS = 40


def _outcome_label(doc: Document, enum, k: int, before_too: bool) -> set[str]:
    """The words that say what one part counts: the head of the words after
    it ("219 voted for it", "47 abstentions") and, for results, the tail of the
    gap before it ("..., drew nine")."""
    p = enum[k]
    sentence = doc.sentences[p.sentence]
    start = enum[k - 1].end if k else max(sentence.start, p.start - OUTCOME_LABEL_CHARS)
    end = enum[k + 1].start if k + 1 < len(enum) else min(sentence.end, p.end + OUTCOME_LABEL_CHARS)
    before = _LABEL_SPLIT.split(doc.text[start:p.start])[-1] if before_too else ""
    after = _LABEL_SPLIT.split(doc.text[p.end:end])[0]
    return set(words(before)[-2:] + words(after)[:4])


# the list leaves some out: "..., while the rest did not vote", "won 12 ... so far"
_LEFT_OUT = re.compile(r"\b(?:rest|remainder|remaining|others?|so\s+far|to\s+date|yet|still|left(?!\s+blank))\b", re.I)


_SO_FAR = re.compile(r"^\s*(?:so\s+far|to\s+date)\b", re.I)


def _outcomes_exhaust(doc: Document, enum, total: Mention | None = None) -> bool:
    """"312 voted against, 219 for and 47 abstained", "won 21, drew nine and
    lost six", "610 said yes, 540 no and 70 were undecided": one part for each
    outcome of one scheme, the last those who took neither side; of votes
    (not voters, not ballots, which may be spoiled), the two sides alone."""
    noun = (total.noun or "").lower() if total is not None else ""
    # votes, or valid ballots (the spoiled ones left out)
    votes = noun == "votes" or noun in _BALLOT_NOUNS and "valid" in words(
        _before_words(doc, total, 20) + " " + doc.text[total.end:total.noun_span.end if total.noun_span else total.end])
    if len(enum) != 3 and not (votes and len(enum) == 2):
        return False
    last = enum[-1]
    took_part = total is not None and bool(_TOOK_PART.search(doc.text[
        doc.sentences[total.sentence].start:enum[0].start if total.sentence == enum[0].sentence
        else doc.sentences[total.sentence].end]) or total.start > enum[-1].end and total.noun_span is not None
        and _TOOK_PART.search(doc.text[total.end:total.noun_span.end])  # "..., out of 9,700 valid ballots"
        or total.start > enum[-1].end and bool(_WHO_TOOK_PART.match(doc.text[total.end:total.end + 40])))
    tail = doc.text[last.end:doc.sentences[last.sentence].end]
    if total is not None and total.start >= last.end and total.sentence == last.sentence \
            and len(words(doc.text[last.end:total.start])) <= 4:
        # (round 38) the contests after the list: "won 11, drawn four and lost four of their 18 league games so far":
        # "so far" tells the games played, not results still to come
        tail = _SO_FAR.sub("", doc.text[total.noun_span.end if total.noun_span else total.end:
                                        doc.sentences[last.sentence].end], count=1)
    if _LEFT_OUT.search(tail) or any(m.start >= last.end and m.kind in SUMMABLE and m is not total
                                     and not _other_tally_after_record(doc, total, last, m)
                                     for m in doc.mentions_in(last.sentence)):
        return False
    for scheme in _OUTCOME_SCHEMES:
        if scheme is _OUTCOME_SCHEMES[0] and not took_part:
            continue  # "The council has 60 members. ... 31 backed the plan": some may have been away
        # a voter is the subject of the vote ("312 voted against"); a result is also won ("won 21")
        labels = [_outcome_label(doc, enum, k, scheme is not _OUTCOME_SCHEMES[0]) for k in range(len(enum))]
        taken = []
        for label in labels:
            kinds = [i for i, outcome in enumerate(scheme) if label & outcome]
            if scheme is _OUTCOME_SCHEMES[0] and label & _NEGATION:
                # "did not know", "were not sure", "had no opinion"; not "did not back"
                kinds = [2] if label & (scheme[2] | {"sure"}) else []
            if kinds == [1, 2] and "no" in label:
                kinds = [2]  # "had no opinion"
            if len(kinds) != 1:
                break
            taken.append(kinds[0])
        else:
            if sorted(taken) == [0, 1, 2] or votes and scheme is _OUTCOME_SCHEMES[0] and sorted(taken) == [0, 1]:
                return True
    return False


_BALLOT_NOUNS = frozenset("ballots votes papers".split())

# the vote itself after a verb of taking part, no side: "turned out for the vote", "were present for the ballot"
_FOR_THE_VOTE = re.compile(r"\bfor\s+the\s+(?:vote|votes|ballot|poll|election|referendum|division)\b", re.I)


def _turnout_then_its_sides(doc: Document, rel: Relation) -> Relation:
    """Round 29: "Of the 1,012 residents eligible, 820 took part, and 590 voted in favour. The remaining 230
    voted against": the first part counts those who took part in the vote, the parts after it the sides they
    took, so those sides break down the first part, not the whole beside it (nested, not siblings).  The sides
    are all of it when the last is what remained ("the remaining 230", "the rest") or every side is there (for,
    against and abstained); else some of it (papers may be spoiled)."""
    if not isinstance(rel, PartsOfWhole) or len(rel.parts) < 3:
        return rel
    turnout, sides = rel.parts[0], rel.parts[1:]
    text = doc.text
    took_part = _LABEL_SPLIT.split(text[turnout.end:sides[0].start])[0]
    outcomes = _OUTCOME_SCHEMES[0]
    if not _TOOK_PART.search(took_part) or set(words(_FOR_THE_VOTE.sub("", took_part))) & frozenset().union(*outcomes):
        return rel  # (a side taken: "420 voted for the plan", not "96 turned out for the vote")
    rest = bool(_CLOSING.search(text[sides[-2].end:sides[-1].start]))
    taken = []
    for k in range(1, len(rel.parts) - rest):
        label = _outcome_label(doc, rel.parts, k, False)
        kinds = [i for i, outcome in enumerate(outcomes) if label & outcome]
        if len(kinds) != 1 or kinds[0] in taken:
            return rel
        taken.append(kinds[0])
    complete = rest or len(taken) == len(outcomes)
    return replace(rel, cue="those who took part", total=turnout, parts=sides, complete=complete)


def _other_tally_after_record(doc: Document, total: Mention | None, last: Mention, m: Mention) -> bool:
    """Round 21: "won 19, drew two and lost eight of their 27 league matches, collecting 36 points": a figure
    past a comma after the contests that close the list counts other things (points), no part left out."""
    if total is None or total.noun is None:
        return False
    if last.end < total.start <= total.end <= m.start:
        start = total.end
    elif total.end <= last.start and last.end <= m.start:
        start = last.end  # (round 31) the contests before the list: "from their 24 games, having won 14, drawn six
        # and lost five, and sit three points clear"
    else:
        return False
    if "," not in doc.text[start:m.start]:
        return False
    # round 23: a figure with no noun, after one counting other things, breaks that one down: "collecting 75
    # points - 66 from results and nine bonus points"
    heads = [m] if m.noun is not None else [x for x in doc.mentions_in(m.sentence) if start <= x.start and x.end <= m.start]
    return any(x.noun is not None and not categories.same_thing(x.noun, total.noun) for x in heads)


def _before_words(doc: Document, m: Mention, chars: int) -> str:
    return doc.text[max(doc.sentences[m.sentence].start, m.start - chars):m.start]
# a word for a spoilt ballot paper
_SPOILT_WORD = r"(?:spoilt|spoiled|rejected|invalid|void|blank)"
_SPOILED_AFTER = re.compile(r"^\W*(?:[\w'’-]+\s+){0,3}?(?:were|was|had\s+been)?\s*(?:declared\s+)?" + _SPOILT_WORD + r"\b",
                            re.I)


def _ballots_exhaust(doc: Document, enum, total: Mention) -> bool:
    """"Of the 32,520 ballots cast, A polled 14,925, B 9,870 and C 5,413, while
    312 papers were spoiled": the votes of each candidate and the spoiled
    papers account for every ballot cast (the list names the spoiled ones, so
    it leaves no one out)."""
    if (total.noun or "").lower() not in _BALLOT_NOUNS or len(enum) < 3 or total.sentence != enum[0].sentence \
            or not re.match(r"^\s*cast\b", doc.text[total.noun_span.end if total.noun_span else total.end:][:10]):
        return False
    last = enum[-1]
    tail = doc.text[last.end:doc.sentences[last.sentence].end]
    return bool(_SPOILED_AFTER.match(tail)) and not _LEFT_OUT.search(tail) and not any(
        m.start >= last.end and m.kind in SUMMABLE for m in doc.mentions_in(last.sentence))


# the ballots cast, named before the figure: "Turnout in the ward was 43,306", "A total of 9,120 votes were cast"
_TURNOUT_WAS = re.compile(r"\bturnout\b[^.;:\d]{0,60}?\b(?:was|of|stood\s+at|reached|at)\s+$", re.I)
_POLLED = re.compile(r"\b(?:polled|won|took|received|secured|got|gained|garnered|votes)\b", re.I)


# "A total of 4,314 valid votes were cast": the valid votes are the candidates' votes, no spoiled paper among them
_VALID_VOTES = re.compile(r"\s*valid\s+votes\b", re.I)


def _valid_votes_next(doc: Document, q: Mention, enum) -> bool:
    """"4,314 valid votes were cast. Nandra won with 1,987, the Liberal Democrat took 1,406 and the Green 741"
    (round 18): the valid votes cast, then three or more candidates' votes closed by "and" with nobody left out
    ("the rest", "others"), are all of them."""
    if len(enum) < 3 or not _VALID_VOTES.match(doc.text, q.end) \
            or not re.search(r"\b(?:cast|counted)\b", doc.text[q.end:doc.sentences[q.sentence].end]):
        return False
    return _every_candidate_polled(doc, enum)


# (round 32) the valid papers told after the candidates' votes: "Of the 4,301 papers counted, 4,276 were valid"
_WERE_VALID = re.compile(r"\s+(?:were|was)\s+(?:(?:declared|judged|found)\s+)?valid\b", re.I)


def _valid_papers_after(doc: Document, q: Mention, enum) -> bool:
    """(round 32) "A polled 1,846 votes to B's 1,532, with C on 611 and D on 287. Of the 4,301 ballot papers counted,
    4,276 were valid and 25 were rejected": three or more candidates' votes closed by "and" with nobody left out, then
    in the next sentence the papers that "were valid" -- every valid paper is a candidate's vote."""
    return len(enum) >= 3 and q.sentence == enum[-1].sentence + 1 and _WERE_VALID.match(doc.text, q.end) is not None \
        and _every_candidate_polled(doc, enum)


def _every_candidate_polled(doc: Document, enum) -> bool:
    """The list's sentence tells candidates' votes ("polled", "took", ...), its last part after "and", nobody left out
    ("the rest", "others") and no spoiled paper after the list."""
    sent = doc.sentences[enum[0].sentence]
    tail = doc.text[enum[-1].end:sent.end]
    head = doc.text[sent.start:enum[-2].end]
    return bool(_POLLED.search(head)) and not _LEFT_OUT.search(doc.text[sent.start:sent.end]) \
        and bool(re.search(r"\band\s+(?:[\w'’-]+\s+){0,4}$", doc.text[enum[-2].end:enum[-1].start])) \
        and not re.search(r"\b(?:spoil\w*|reject\w*|invalid)\b", tail)


# "..., and there were no spoilt ballots", "; no papers were rejected": the candidates' votes are every ballot
_NONE_SPOILED = re.compile(r"\s*[;,]?[^.;:\d]{0,30}?\bno\s+(?:(?:spoil(?:ed|t)|rejected|invalid|void|blank)\s+(?:ballots?|papers?|votes?)"
                           r"|(?:ballots?|papers?|votes?)\s+(?:were|was|had\s+been)\s+(?:spoil(?:ed|t)|rejected|invalid|void))\b",
                           re.I)


def _none_spoiled_after(doc: Document, enum) -> bool:
    """Round 23: "A polled 2,415 votes, B 1,903 and C 644, and there were no spoilt ballots": none spoiled closes the
    list of candidates."""
    return bool(_NONE_SPOILED.match(doc.text, enum[-1].end, doc.sentences[enum[-1].sentence].end))


# another poll than the one told beside it: "at the last election", "two years ago", "the previous contest"
_EARLIER_POLL_WORDS = r"ago|previous(?:ly)?|earlier|last\s+(?:election|contest|poll|vote|time|year)"
_EARLIER_POLL = re.compile(r"\b(?:" + _EARLIER_POLL_WORDS + r")\b", re.I)
# a figure of another contest than a ward's or constituency's own count
_OTHER_CONTEST = re.compile(r"\b(?:" + _EARLIER_POLL_WORDS + r"|by-election|ward|constituency|council\s+elections?)\b", re.I)
# (round 30 mend) the contest, round or year a sentence names: two sentences naming different ones tell two polls
# ("In the first round ... In the run-off, ..."; "In the 2019 election ... This year ...")
_POLL_NAMED = re.compile(r"\b(?:(?:first|second|final)\s+round|run-?offs?|primar(?:y|ies)|mayoral|council|by-elections?"
                         r"|general\s+elections?|(?:this|last)\s+year|(?:19|20)\d\d)\b", re.I)
# a ward or seat filled by several winners, each voter casting several votes: "the two-seat ward", "three seats"
_SEVERAL_SEATS = re.compile(r"\b(?:two|three|four|five|[2-9])[- ]seats?\b|\b(?:two|three|four|five|[2-9])\s+"
                            r"(?:seats|councillors)\s+(?:were|are)?\s*(?:up|elected|contested|filled)\b|\bmulti-member\b",
                            re.I)


def _ballots_next(doc: Document, q: Mention, enum) -> bool:
    """The sentence after the ballots cast lists three or more candidates'
    votes and, last, the spoiled papers: every ballot is in the list."""
    none_spoiled = _none_spoiled_after(doc, enum)
    if len(enum) < (3 if none_spoiled else 4) or q.noun is not None and not (q.noun.lower() in _BALLOT_NOUNS and (
            # (ballots "counted" are all of them too, spoiled papers included: round 16)
            re.match(r"^\s*(?:were\s+|had\s+been\s+)?(?:cast|counted)\b", doc.text[q.noun_span.end if q.noun_span else q.end:][:20])
            or re.search(r"\b(?:cast|counted)\s+$", doc.text[max(0, q.start - 10):q.start]))):
        return False
    if q.noun is None and not _TURNOUT_WAS.search(doc.text[max(0, q.start - 80):q.start]):
        return False
    sent = doc.sentences[q.sentence]
    own_end = min([m.start for m in doc.mentions_in(q.sentence) if m.start >= q.end] + [sent.end])
    if _EARLIER_POLL.search(doc.text, sent.start, own_end):
        return False  # (round 30) "Turnout at the last election was 41,250": another poll's papers (but "Turnout
        # was 41,250, up from 38,000 at the previous election": the earlier poll is the later figure's)
    last = enum[-1]
    tail = doc.text[last.end:doc.sentences[last.sentence].end]
    head = doc.text[doc.sentences[enum[0].sentence].start:enum[-2].end]
    return (none_spoiled or bool(_SPOILED_AFTER.match(tail))) and not _LEFT_OUT.search(tail) and bool(_POLLED.search(head))


SIBLING_SENTENCES = 2


def _siblings_agree(doc: Document, rel: PartsOfWhole, by_sentence) -> bool:
    """The other reading of "X contributed £1.27bn, with Y bringing in £640m
    and Z the remaining £270m": the total and the parts are siblings, and
    together they make a whole stated just before (£2.18bn).  When that
    reading agrees, the breakdown is not reported."""
    parts = (rel.total,) + tuple(rel.parts)
    first = min(p.sentence for p in parts)
    for other in range(first, max(-1, first - SIBLING_SENTENCES - 1), -1):
        for whole in by_sentence.get(other, ()):
            if whole.start >= rel.total.start or whole in parts or not _total_compatible(whole, parts):
                continue
            if agrees(PartsOfWhole(link="inferred", cue="siblings", total=whole, parts=parts, complete=True)):
                return True
    return False


# (round 30 mend) words after a list's first part saying it holds only some parts: "as well as smaller groups from
# Ghana", "the two largest groups" (not "the main span": one part's own label)
_SOME_PARTS_TOLD = re.compile(r"\bas\s+well\s+as\b|\bthe\s+(?:two|three|four|five|six|[2-9])\s+(?:largest|biggest)\b", re.I)


def _bracketed_part_before(doc: Document, total: Mention, enum) -> bool:
    """(round 50) A bracketed figure of the parts' kind between the whole and the first part read, left out of the
    list: "38 points ..., made up of four tries (20 points), three conversions (six) and two penalties (six)" read
    as 6 + 6 -- more parts are told than read."""
    return any(m.parenthetical and m.kind == enum[0].kind and total.end <= m.start < enum[0].start
               for k in range(total.sentence, enum[0].sentence + 1) for m in doc.mentions_in(k))


def _tells_more_parts(doc: Document, enum) -> bool:
    """(round 30 mend) Does the list's sentence, from its first part on, say there are parts it does not count ("with the
    rest from Nigeria", "among others", "the remainder were rabbits", "as well as ...", "the two largest groups")?"""
    rest = _TIME_LEFT.sub(" ", doc.text[enum[0].start:doc.sentences[enum[-1].sentence].end])
    return bool(_LEFT_OUT.search(rest) or _SOME_PARTS_TOLD.search(rest))


# (round 43) time or games still to come, no parts left out: "with four games left", "with two weeks remaining"
_TIME_LEFT = re.compile(r"\b(?:games|matches|fixtures|races|rounds|laps|weeks|days|months|minutes|hours|years|seasons)"
                        r"\s+(?:still\s+)?(?:left|remaining|to\s+go|to\s+play)\b", re.I)


def _fits_other_figure(doc: Document, total: Mention, enum) -> bool:
    """(round 30) The parts add up to another figure of the total's sentence ("5.2 million tonnes in 2023, up from
    4.8 million tonnes in 2022. This was made up of 2.9 million and 1.9 million"): "this" may point at either."""
    return any(m is not total and _total_compatible(m, enum)
               and agrees(PartsOfWhole(link="inferred", cue="other figure", total=m, parts=tuple(enum), complete=True))
               for m in doc.mentions_in(total.sentence) if m.value is not None)


def _shared_out_whole(rel: PartsOfWhole) -> bool:
    """Round 24: "The 12,500 places will be split between A holding 3,400, ...": the total a verb of sharing out
    hands to the parts is their whole, never one sibling among them ("More than 640 letters" before it, an open
    bound, agrees with any larger sum)."""
    return rel.link == "explicit" and bool(_SHARED_BETWEEN.match(rel.cue or ""))


def _choose(doc: Document, rels: list[PartsOfWhole]) -> PartsOfWhole | None:
    """The first candidate the arithmetic agrees with, else the most strongly
    linked one (explicit before inferred; a figure called a total -- "In
    total 73 candidates ..." -- before a count of other things, "the 25
    seats"): ambiguity alone never raises an alarm."""
    fallback = None
    for rel in rels:
        if agrees(rel):
            return rel
        if fallback is None or _strength(doc, rel) > _strength(doc, fallback):
            fallback = rel
    return fallback


def _strength(doc: Document, rel: PartsOfWhole) -> tuple[bool, bool, bool]:
    return rel.link == "explicit", _totalised(doc, rel.total), _same_thing(rel.total, rel.parts)


# ------------------------------------------- "X of the Y ... the remaining Z"

# (round 52: a longer owner, "Twelve of the Crown & Anchor darts club's 30 members")
_OF_BASE_GAP = re.compile(r"^\s*(?:out\s+)?of\s+(?:the|its|their|his|her|our|those|these)\s+"
                          r"(?:(?:[\w&.-]+\s+){0,4}[\w-]+['’]s\s+)?$", re.I)
_REMAINDER_BEFORE = re.compile(r"(?:\bthe\s+(?:remaining|other)|\bthe\s+rest(?:\s+of\s+(?:them|those))?\W*)\s*$", re.I)


def find_remainder_of_base(doc: Document):
    """"convicted on nine of the 14 counts and cleared on the remaining
    seven": the part named "of the" base and what is left add up to it."""
    by_sentence = _pool(doc)
    text = doc.text
    for sentence_index, items in sorted(by_sentence.items()):
        for k in range(len(items) - 1):
            a, base = items[k], items[k + 1]
            if not _OF_BASE_GAP.match(text[a.end:base.start]) or a.value > base.value or base.compound \
                    or not _compatible_kinds(a, base) or _is_difference(doc, a):
                continue
            # the rest of the sentence, and the next sentence (a list there closed by "the remaining")
            later = items[k + 2:] + by_sentence.get(sentence_index + 1, [])
            for j, rest in enumerate(later):
                if not _REMAINDER_BEFORE.search(text[max(0, rest.start - 30):rest.start]):
                    continue
                mids = tuple(m for m in later[:j] if not _threshold_predicate(doc, m))
                parts = (a,) + mids + (rest,)
                if rest.sentence != sentence_index and any(
                        x.start < rest.start and x.kind not in (Kind.YEAR, Kind.DATE, Kind.WEEKDAY, Kind.TIME)
                        and all(x.start != q.start for q in parts) for x in doc.mentions_in(rest.sentence)):
                    break  # a figure of the next sentence's list not read as a part: no sum to check
                if _remainder_fits(doc, base, parts) and not _missing_part_told_before(doc, a, base, parts):
                    link = "explicit" if rest.sentence == base.sentence else "inferred"
                    if _part_broken_down_then_rest(a, base, mids, rest):
                        yield PartsOfWhole(link=link, cue="the remaining", total=base, parts=(a, rest), complete=True)
                        yield PartsOfWhole(link="inferred", cue="the remaining", total=a, parts=mids, complete=True)
                        break
                    yield _breaks_down_the_part(doc, _turnout_then_its_sides(
                        doc, PartsOfWhole(link=link, cue="the remaining", total=_seats_counted_exactly(base),
                                          parts=parts, complete=True)))
                break


def _part_broken_down_then_rest(a: Mention, base: Mention, mids: tuple[Mention, ...], rest: Mention) -> bool:
    """(round 44) "taking 17 of the 24 medals. Kenya won 10 and Ethiopia seven; the other seven went to five
    nations": the figures between the part and the rest break the part down exactly (10 + 7 = 17) and the rest is
    what the part leaves of the base (24 - 17 = 7) -- two sums, both told, not one list of four parts."""
    if not mids or any(m.value is None for m in mids) or None in (a.value, base.value, rest.value):
        return False
    return sum(m.value for m in mids) == a.value and a.value + rest.value == base.value


def _missing_part_told_before(doc: Document, a: Mention, base: Mention, parts: tuple[Mention, ...]) -> bool:
    """(round 39) "Law and Justice won the most seats, 194, but the opposition ... holds 248 of the 460 seats. The
    Confederation took the remaining 18": a figure of the kind told before the part "of" the base is exactly what
    the parts leave of it (194 = 460 - 248 - 18): the remainder is after that one too, and all agree."""
    if base.value is None or any(p.value is None for p in parts):
        return False
    short = base.value - sum(p.value for p in parts)
    return short > 0 and any(m.kind == a.kind and m.value == short and m.end <= a.start and not m.compound
                             for m in doc.mentions_in(a.sentence))


def _told_of_the_total(doc: Document, rel: PartsOfWhole) -> PartsOfWhole:
    """(round 39) "won 176 of the 349 seats in the Riksdag - A 73, B 68, C 19 and D 16 -": the total read is told
    as the whole of a figure right before it ("176 of the 349"), and the parts after it come nearer that figure than
    the total: they break it down (176, not 349)."""
    if not isinstance(rel, PartsOfWhole) or rel.total is None or rel.total.value is None or not rel.parts \
            or any(p.value is None or p.start < rel.total.end for p in rel.parts):
        return rel
    before = [m for m in doc.mentions_in(rel.total.sentence) if m.end <= rel.total.start and m.kind == rel.total.kind
              and m.value is not None and _OF_BASE_GAP.match(doc.text[m.end:rel.total.start])]
    if not before:
        return rel
    first = before[-1]
    told = sum(p.value for p in rel.parts)
    if abs(told - first.value) < abs(told - rel.total.value):
        return replace(rel, total=first)
    return rel


def _breaks_down_the_part(doc: Document, rel: PartsOfWhole) -> PartsOfWhole:
    """(round 38) "Lula's allies won 142 of the 513 seats, with the Workers' Party taking 68, the PSB 14, the PDT 17
    and the rest 31": the first part told "of" the total, then two figures or more that come nearer to it than,
    with it, to the total -- they break down the first part, not the total (130 against 142, not 272 against 513)."""
    parts = rel.parts
    if not isinstance(rel, PartsOfWhole) or rel.total is None or len(parts) < 3 or rel.total.start < parts[0].end \
            or any(p.value is None for p in parts) or rel.total.value is None \
            or not _OF_BASE_GAP.match(doc.text[parts[0].end:rel.total.start]):
        return rel
    first, rest = parts[0], parts[1:]
    told = sum(p.value for p in rest)
    if abs(told - first.value) < abs(first.value + told - rel.total.value):
        return replace(rel, total=first, parts=rest)
    return rel


# (round 34) "a total, a comma, its parts and the remaining one": "discharged sewage 9,140 times last year, 5,230 times
# into rivers and the remaining 2,910 into coastal waters"
_TOTAL_TO_PARTS_GAP = re.compile(r"^[^,;:()\d–—]{0,60},\s*$")
_PARTS_GAP = re.compile(r"^[^;:()]{0,80}$")
_SOME_ONLY = re.compile(r"\b(?:including|among|amongst|such\s+as|up\s+from|down\s+from|compared|than|each|per(?!\s+cent)|a\s+year"
                        r"|a\s+month|a\s+week|a\s+day)\b", re.I)
_PART_LABEL_PREPOSITION = re.compile(r"\b(in|on|at|by|during|from|to|into|for|over|across)\s", re.I)
_TIMED_KINDS = frozenset({Kind.DATE, Kind.WEEKDAY, Kind.YEAR, Kind.TIME})
# a clause's verb or joint among the figures: each its own subject, siblings rather than parts of the first
_CLAUSE_IN_GAP = re.compile(r"\b(?:while|whereas|but|were|was|are|is|had|have|has|will|would)\b", re.I)
_PART_OF_EARLIER = re.compile(r"\W*(?:of|among|amongst|out\s+of)\b", re.I)
_OWNER_BEFORE_PART = re.compile(r"\b[A-Z][\w'’-]*\s+$")


def _label_of(doc: Document, m: Mention, end: int) -> tuple[str, bool]:
    """The first preposition of the words after a figure (up to ``end``; "" for none) and whether a date, day or year
    stands there: a figure's label, "on Monday", "into rivers"."""
    tail = doc.text[m.end:end]
    found = _PART_LABEL_PREPOSITION.search(tail)
    timed = any(o.kind in _TIMED_KINDS and m.end <= o.start < end for o in doc.mentions_in(m.sentence))
    return (found.group(1).lower() if found else "", timed)


def _parallel_labels(doc: Document, total: Mention, gap_end: int, parts: tuple[Mention, ...]) -> bool:
    """The total's own words label it as the parts' are ("4,000 tickets on Monday, 2,500 on Tuesday and the remaining
    1,500 on Wednesday", "40 points in the first half, 25 in the third quarter and the remaining 30 in the fourth"): a
    sibling of the parts, no whole of them.  Labelled so: a date, day or year by the total and by a part, or the
    total's preposition opening every part's label."""
    word, timed = _label_of(doc, total, gap_end)
    ends = [p.start for p in parts[1:]] + [doc.sentences[parts[-1].sentence].end]
    labels = [_label_of(doc, p, e) for p, e in zip(parts, ends)]
    return any(timed and t for _, t in labels) or bool(word) and all(w == word for w, _ in labels)


@needs(words=("remaining", "rest", "other"))
def find_total_then_remainder(doc: Document):
    """(round 34) A figure, a comma, then its parts, the last told as what is left ("the remaining", "the rest",
    "the other"): "The fund received 12,400 bids this round, 7,440 of them from first-time applicants and the
    remaining 5,960 from past winners".  "The remaining" closes the list: the parts are the whole of the figure
    before them (explicit, complete).  The figure must be the first of its sentence, with no other figure and no
    break (a colon, dash, bracket or semicolon: the other finders' lists) before the comma; the parts of its kind,
    each below it, joined in a short run with no word of a partial list ("including", "among") or a rate; and the
    figure no sibling labelled as they are ("on Monday, ... on Tuesday and the remaining ... on Wednesday")."""
    by_sentence = _pool(doc)
    text = doc.text
    for sentence_index, items in sorted(by_sentence.items()):
        if len(items) < 3:
            continue
        total = items[0]
        if any(o.start < total.start and o.is_quantity and o.kind not in _TIMED_KINDS
               for o in doc.mentions_in(sentence_index)):
            continue  # another figure before it: whose parts?
        if total.noun_span is None or _PART_OF_EARLIER.match(text, doc.sentences[sentence_index].start, total.start):
            continue  # "Of those, 148 passed, 41 ... and the remaining 30 failed": a part itself, its whole told before
        if total.compound or _is_difference(doc, total) or not _TOTAL_TO_PARTS_GAP.match(text[total.end:items[1].start]):
            continue
        for j in range(2, len(items)):
            rest = items[j]
            if not _REMAINDER_BEFORE.search(text[max(0, rest.start - 30):rest.start]):
                continue
            parts = tuple(items[1:j + 1])
            gaps = [text[a.end:b.start] for a, b in zip(parts, parts[1:])]
            if not all(_PARTS_GAP.match(g) and not _CLAUSE_IN_GAP.search(g) for g in gaps) \
                    or _CLAUSE_IN_GAP.search(text, total.end, items[1].start) \
                    or _SOME_ONLY.search(text, total.start, rest.start):
                break  # "168 students had secured places, 131 of them ..., while 26 were ...": clauses of their own
            if any(o.is_quantity and parts[0].start < o.start < rest.start and o.kind not in (Kind.PERCENT, Kind.AGE)
                   and all(o.start != p.start for p in parts) for o in doc.mentions_in(sentence_index)):
                break  # a figure of another kind among the parts, no share told beside one ("- 60 per cent -")
            if any(_OWNER_BEFORE_PART.search(text, max(0, p.start - 30), p.start) for p in parts):
                break  # "Ames scored 30 points, Cole 8 and the remaining 12 came off the bench": owners of their own
            if _parallel_labels(doc, total, items[1].start, parts) or not _remainder_fits(doc, total, parts):
                break
            yield PartsOfWhole(link="explicit", cue="the remaining", total=total, parts=parts, complete=True)
            break


# (round 34) people hurt, then how badly, one count each: "Eight people were taken to hospital, five with minor
# injuries and three in a serious condition"
_HURT_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,4}?(?:were|have\s+been|had\s+been|was|are|is)\s+(?:[a-z]+\s+)?"
                       r"(?:injured|hurt|wounded|taken\s+to\s+hospital|treated\s+in\s+hospital|treated|hospitali[sz]ed"
                       r"|admitted\s+to\s+hospital|rescued)\b[^,;:.\d()]{0,40}?(?:,|:|\s[-–—])\s*$", re.I)
_SEVERITY = (r"(?P<sev>minor|serious|critical|severe|life-threatening|non-life-threatening|life-changing|superficial"
             r"|stable|slight)")
_CONDITION_AFTER = re.compile(r"\s+(?:of\s+them\s+)?(?:"
                              r"(?P<adv>seriously|critically|slightly|badly|gravely|severely|lightly)\b"
                              r"|(?:with\s+)?" + _SEVERITY + r"\s+injuries\b"
                              r"|in\s+(?:a\s+)?(?P<state>serious|critical|stable|comfortable|fair|poor|satisfactory)"
                              r"(?:\s+but\s+stable)?\s+condition\b)", re.I)
_CONDITION_JOINT = re.compile(r"^[^,;:.\d()]{0,30}?(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|\s+while\s+)$", re.I)
# severities that are one: "serious" and "seriously", "critical" and "critically"
_SEVERITY_ROOT = {"seriously": "serious", "critically": "critical", "slightly": "slight", "badly": "serious",
                  "gravely": "critical", "severely": "severe", "lightly": "slight", "minor": "slight",
                  "superficial": "slight", "life-threatening": "critical", "life-changing": "serious"}


def _severity(match: re.Match) -> str:
    word = (match.group("adv") or match.group("sev") or match.group("state")).lower()
    return _SEVERITY_ROOT.get(word, word)


@needs(Kind.COUNT, count=3)
def find_hurt_by_severity(doc: Document):
    """(round 34) A count of people hurt or taken to hospital, then (after a comma, colon or dash) counts of them each
    told by how badly ("five with minor injuries", "three seriously", "two in a critical condition"): each person is
    in one condition, so the counts may not add up to more than the people (partial: some may be unhurt or not
    told).  Two conditions at least, each different."""
    text = doc.text
    for sent in doc.sentences:
        if sent.chrome or sent.headline:
            continue
        figures = [m for m in doc.mentions_in(sent.index) if m.is_quantity and m.kind == Kind.COUNT]
        for k, total in enumerate(figures[:-2]):
            if total.value is None or total.hedge is not None and total.interval.hi is None:
                continue
            first = figures[k + 1]
            if not _HURT_GAP.match(text[(total.noun_span.end if total.noun_span else total.end):first.start]):
                continue
            parts, seen = [], set()
            for m in figures[k + 1:]:
                if parts and not _CONDITION_JOINT.match(text[parts[-1][1]:m.start]):
                    break
                cond = _CONDITION_AFTER.match(text, m.end, sent.end)
                if cond is None or m.value is None or m.noun_span is not None and m.noun_span.end > cond.end():
                    break
                severity = _severity(cond)
                if severity in seen:
                    break  # "two seriously and three badly": one condition twice
                seen.add(severity)
                parts.append((m, cond.end()))
            if len(parts) >= 2:
                yield PartsOfWhole(link="explicit", cue="how badly hurt", total=total,
                                   parts=tuple(p for p, _ in parts), complete=False)


def find_back_remainder(doc: Document):
    """"Paramedics answered 9,412 calls. Of those, 5,208 were urgent. The
    remaining 3,704 were routine.": one part of the count before ("Of those"),
    then what is left opening the next sentence, add up to it (inferred)."""
    by_sentence = _pool(doc)
    text = doc.text
    for sent, items in sorted(by_sentence.items()):
        nxt = by_sentence.get(sent + 1, [])
        if len(items) != 1 or not nxt or not _BACK_LEAD.match(text[doc.sentences[sent].start:items[0].start]):
            continue
        a, rest = items[0], nxt[0]
        if not _REMAINDER.match(text[doc.sentences[sent + 1].start:rest.start]) or len(nxt) != 1 \
                or not _compatible_kinds(a, rest) or a.compound or rest.compound or _is_difference(doc, a):
            continue
        before = by_sentence.get(_prev_figured(doc, sent), [])
        if len(before) != 1 or before[0].compound or not _total_compatible(before[0], (a, rest), inferred=True) \
                or _nouns_conflict(before[0], (a, rest)):
            continue
        yield PartsOfWhole(link="inferred", cue="the remaining", total=before[0], parts=(a, rest), complete=True)


def find_article_figure_remainder(doc: Document):
    """(round 25) "Plans for 1,450 homes ..." (headline and lead) ... "Of the homes, 435 will be affordable, split
    between ... The remaining 1,015 will be sold on the open market.": a sentence opening on the whole named back by
    its noun alone, its first figure, and what is left opening the next sentence of the paragraph add up to the
    article's own figure (inferred). The figures after the first must split it ("split between 150 ... and 108") or be
    none: "435 will be for social rent and 200 for shared ownership" names two parts, "435 will be affordable, with
    300 for social rent" leaves the remainder the rest of the 435; and a remainder naming the first part's own thing
    ("120 will be bungalows. The remaining 80 bungalows ...") is the rest of those, not of the whole."""
    by_sentence = _pool(doc)
    text = doc.text
    for sent, items in sorted(by_sentence.items()):
        nxt = by_sentence.get(sent + 1, [])
        if not nxt or doc.sentences[sent + 1].paragraph != doc.sentences[sent].paragraph:
            continue
        lead = _OF_THE_NOUN_LEAD.match(text[doc.sentences[sent].start:items[0].start])
        if lead is None:
            continue
        a, rest = items[0], nxt[0]
        if not _REMAINDER.match(text[doc.sentences[sent + 1].start:rest.start]) or not _compatible_kinds(a, rest) \
                or a.compound or rest.compound or _is_difference(doc, a) or _is_difference(doc, rest):
            continue
        if not _splits_the_first(a, items[1:]) or _rest_of_the_part(doc, lead.group(1), rest):
            continue
        whole = _article_figure_named(doc, lead.group(1).lower(), (a, rest), by_sentence, sent)
        if whole is None or _nouns_conflict(whole, (a, rest)):
            continue
        yield PartsOfWhole(link="inferred", cue="the remaining", total=whole, parts=(a, rest), complete=True)


def _splits_the_first(first: Mention, others: list[Mention]) -> bool:
    """The figures after a sentence's first figure are none, or pieces of it adding up to it exactly."""
    return not others or first.value is not None and all(o.value is not None for o in others) \
        and sum(o.value for o in others) == first.value


def _rest_of_the_part(doc: Document, whole_noun: str, rest: Mention) -> bool:
    """A remainder naming a thing other than the whole, which the sentence before names: "Of the homes, 120 will be
    bungalows. The remaining 80 bungalows ..." (the rest of the bungalows)."""
    noun = categories.normalise(rest.noun)
    return noun is not None and noun != categories.normalise(whole_noun) \
        and re.search(rf"\b{re.escape(rest.noun)}\b", doc.sentence_text(rest.sentence - 1), re.I) is not None


# "Just 1,412 of the 1,972 trains ran on time. Another 296 ran late, while 84 were cancelled"
_ANOTHER_BASE_GAP = re.compile(r"^\s*(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our|those|these|[A-Za-z-]+['’]s?)\s+)?$",
                               re.I)
_ANOTHER_AFTER_COMMA = re.compile(r"^[^;:()\d]{0,60}[,;]\s*(?:and\s+|while\s+|but\s+|with\s+)?(?:another|a\s+further"
                                  r"|an\s+additional)\s+$", re.I)
_ANOTHER_LEAD = re.compile(r"^\W*(?:and\s+|but\s+)?(?:another|a\s+further|an\s+additional|a\s+other)\s+$", re.I)


def find_another_of_base(doc: Document):
    """"1,412 of the 1,972 services arrived on time. Another 296 ran late,
    while 84 were cancelled": "X of the Y", then "Another" opening a list of
    the other outcomes (the next sentence, or the rest of its own after a
    comma), break it down (inferred).  The outcomes named may leave some out,
    so the list is read as all of the Y only when it agrees or misses it by a
    slip of one digit (a digit changed, two swapped, one dropped or added);
    else as a part that may not exceed it."""
    by_sentence = _pool(doc)
    text = doc.text
    for sent, items in sorted(by_sentence.items()):
        if len(items) < 2:
            continue
        a, base = items[:2]
        led = _leading_base(doc, items)
        if led:
            base, a = items  # "Of the 176 riders who started, 158 reached Paris" (round 12)
        if not led and not _ANOTHER_BASE_GAP.match(text[a.end:base.start]) or a.value > base.value or base.compound \
                or not _compatible_kinds(a, base) or _is_difference(doc, a):
            continue
        if len(items) > 2:  # "..., while another 296 ran late and 84 were cancelled"
            rest = items[2:]
            lead = text[base.end:rest[0].start]
            if not _ANOTHER_AFTER_COMMA.search(lead):
                continue
            tail = text[rest[0].start:doc.sentences[sent].end]
        else:
            rest = by_sentence.get(sent + 1, [])
            if not rest or doc.sentences[sent + 1].paragraph != doc.sentences[sent].paragraph \
                    or not (_ANOTHER_LEAD.match(text[doc.sentences[sent + 1].start:rest[0].start])
                            or _more_in_list(doc, rest)):
                continue
            tail = doc.sentence_text(sent + 1)
        enums = list(_enumerations(doc, rest)) if len(rest) > 1 else []
        if len(rest) < 2 or len(enums) != 1 or len(enums[0]) != len(rest):
            continue
        parts = (a,) + enums[0]
        if _OTHER_PERIOD.search(tail) or not _remainder_fits(doc, base, parts):
            continue
        if _NOT_CLOSED.search(_HEDGING_ADVERB.sub(" ", tail)):
            continue
        if _NOT_CLOSED.search(tail):
            # "... while 59 said their vines had escaped largely unharmed": an adverb of degree leaves the
            # list open, not its parts overlapping: they may not exceed the base (round 13)
            yield PartsOfWhole(link="inferred", cue="another", total=base, parts=parts, complete=False)
            continue
        rel = PartsOfWhole(link="inferred", cue="another", total=base, parts=parts, complete=True)
        if not agrees(rel) and not _slip_of_one_digit(rel.stated_sum, base):
            if not (_ANOTHER_LEAD.match(text[doc.sentences[rest[0].sentence].start:rest[0].start])
                    or len(items) > 2 or all(_exits(doc, p) for p in rest)):
                continue  # "Twenty-one crashed and 12 more were hurt": they may have finished too
            rel = replace(rel, complete=False)
        yield rel


_LEADING_BASE = re.compile(r"^\W*(?:out\s+)?of\s+(?:the|its|their|all)\s+$", re.I)
# "A survey found that of the 180 growers who responded, 75, almost a third of them, had lost ...": the base
# after "that", and an aside on the part before its verb (round 13)
_HEDGING_ADVERB = re.compile(r"\b(?:mainly|mostly|chiefly|largely)\b", re.I)
_THAT_BASE = re.compile(r"\bthat\s+(?:out\s+)?of\s+(?:the|its|their|all)\s+$", re.I)
_ASIDE_ON_PART = re.compile(r"^\s*,[^,;:.()\d]{1,40},")
_MORE_AFTER = re.compile(r"^\s+more\b", re.I)


# a verb of leaving the whole's course, no other outcome of it: "abandoned", "were eliminated", "withdrew"
_EXIT_AFTER = re.compile(r"^\s+(?:more\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:abandon|retir|withdr|elimin"
                         r"|disqualif|fail|dropp|dropped\s+out|quit|pull|reject|refus|turned\s+(?:away|down)|dismiss"
                         r"|declin|lost|died|cancel|scrap|sent\s+home|ruled\s+out)", re.I)


def _exits(doc: Document, p: Mention) -> bool:
    return bool(_EXIT_AFTER.match(doc.text[p.end:p.end + 40]))


def _leading_base(doc: Document, items: list[Mention]) -> bool:
    """"Of the 176 riders who set out, 158 reached Paris": a leading base and the one part, the subject of
    its verb, the only figures of the sentence."""
    if len(items) != 2:
        return False
    base, a = items
    s = doc.sentences[base.sentence]
    lead = doc.text[s.start:base.start]
    if _THAT_BASE.search(lead) and len(words(lead)) <= 16 and not any(
            m.kind in _OTHER_FIGURES for m in doc.mentions_in(base.sentence) if m.end <= base.start):
        aside = _ASIDE_ON_PART.match(doc.text[a.end:a.end + 50])
        return "," in doc.text[base.end:a.start] and not base.compound and _verb_follows(
            doc, replace(a, end=a.end + aside.end()) if aside else a)
    return bool(_LEADING_BASE.match(lead)) and "," in doc.text[base.end:a.start] \
        and _verb_follows(doc, a) and not base.compound


def _more_in_list(doc: Document, rest: list[Mention]) -> bool:
    """"Twenty-one abandoned and three more were eliminated": the next sentence opens on a bare count, the
    subject of its verb, and a later part is one "more" (or "another", "a further") -- a tally of other
    outcomes, none "of them" (round 12)."""
    s = doc.sentences[rest[0].sentence]
    if words(doc.text[s.start:rest[0].start]) or not _verb_follows(doc, rest[0]) \
            or re.search(r"\bof\s+(?:them|those|these|whom)\b", doc.text[s.start:s.end], re.I):
        return False
    return any(_MORE_AFTER.match(doc.text[p.end:p.end + 8]) or FURTHER_BEFORE.search(doc.text[s.start:p.start])
               for p in rest[1:])


def _digits(value: Fraction, unit: Fraction) -> str | None:
    scaled = value / unit
    return str(int(scaled)) if scaled == int(scaled) else None


def _slip_of_one_digit(stated_sum: Fraction, total: Mention) -> bool:
    """The sum and the total differ by one digit changed, two adjacent digits
    swapped, or one digit dropped or added (at the total's precision)."""
    unit = Fraction(total.precision) if total.precision else None
    a = _digits(stated_sum, unit) if unit else None
    b = _digits(total.value, unit) if unit else None
    if a is None or b is None or a == b:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 \
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


# (round 31) cues that announce a list of only some of the whole ("including", "among them"), or a whole that holds
# more than its listed parts by nature (a running total, a body's seats, a toll, those who took part)
_OPEN_LIST_CUES = ("includ", "among", "such as", "total to", "seats", "toll", "took part", "present", "members")
# a total of at least this many digits at its own precision ("9,412", "1,960" read to tens, "37,500" to hundreds)
SLIP_DIGITS = 3


def short_by_a_slip(rel: PartsOfWhole, doc: Document) -> bool:
    """(round 31) A list read as only some of its total falls short of it by exactly one digit changed (or two
    adjacent swapped) at the total's precision, and not its last digit: "Of those, 8,103 ..., 1,122 ... and 87 ..."
    under 9,412 (9,312); "4,110 ... and 3,540 ..." under 8,650 (7,650).  What a partial list leaves out is
    any amount; one that is exactly a round hundred or thousand short of a total of three or more digits, parts
    and total all unhedged and no cue announcing some only ("including", "among them"), is a mistyped figure
    far more often than a remainder left unsaid -- of two parts, when the slipped digit stands at least two places
    above the finest figure told (mend 31: two round parts leave a round rest: "1,250 beds, with 600 in the main
    building and 550 in the east wing", "1,130 received a grant and 290 did not qualify" of 1,520 are no slips);
    nor when the parts add up to another figure told ("2,416 calls, up from 2,316").  Not the sides of a vote or poll (some abstain or stay away),
    nor a list that says some are left ("while other lines made up the rest")."""
    total = rel.total
    if rel.complete or len(rel.parts) < 2 or total.value is None or total.hedge or total.is_range \
            or any(p.value is None or p.hedge or p.is_range for p in rel.parts) \
            or any(cue in (rel.cue or "") for cue in _OPEN_LIST_CUES) or not total.precision:
        return False
    last = rel.parts[-1]
    if _TOOK_PART.search(doc.sentence_text(total.sentence)) or _LEFT_OUT.search(
            doc.text[last.end:doc.sentences[last.sentence].end]):
        return False  # a vote or poll (some abstain, stay away); a list that says some are left ("the rest")
    stated = rel.stated_sum
    unit = Fraction(total.precision)
    a, b = _digits(stated, unit), _digits(total.value, unit)
    if a is None or b is None or stated >= total.value or len(a) != len(b) or len(b) < SLIP_DIGITS:
        return False
    diff = [k for k in range(len(b)) if a[k] != b[k]]
    last = len(b) - 1
    if not diff or len(rel.parts) == 2 and unit * 10 ** (last - diff[-1]) < SLIP_ABOVE_FINEST * _finest_precision(rel):
        return False  # (mend 31) two round parts leave a round rest: "1,250 beds, with 600 in ... and 550 in ..."
    if any(m.value == stated and m is not total and m not in rel.parts
           for k in {total.sentence, rel.parts[-1].sentence} for m in doc.mentions_in(k)):
        return False  # (mend 31) the parts add up to another figure told: "2,416 ..., up from 2,316 in 2022"
    return last not in diff and (len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1
                                 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])


# (mend 31) how many times finer than the slipped digit the finest figure of a two-part list must be told: two parts
# read to tens ("Of those, 820 were for theft and 540 for assault") are often the main kinds only and leave a rest in
# tens, so one a round hundred is as likely said nowhere as mistyped; one in thousands, or a hundred under figures
# told to the unit, is not (three parts or more read as the full breakdown)
SLIP_ABOVE_FINEST = 100


def _finest_precision(rel: PartsOfWhole) -> Fraction:
    """The smallest unit of the last stated digit among the total and its parts."""
    return min(Fraction(m.precision) for m in (rel.total, *rel.parts) if m.precision)


def find_one_part_then_rest(doc: Document):
    """"The airline operates 214 aircraft, including 120 Airbus jets. The
    remaining 94 are Boeings.": a whole and one part placed inside it by a cue
    ("including", "of which", "N of them", "with"), then what is left opening
    the next sentence, add up to it (inferred)."""
    by_sentence = _pool(doc)
    text = doc.text
    for sent, items in sorted(by_sentence.items()):
        nxt = by_sentence.get(sent + 1, [])
        if len(items) != 2 or len(nxt) != 1 or doc.sentences[sent + 1].paragraph != doc.sentences[sent].paragraph:
            continue
        q, a = items
        rest = nxt[0]
        gap = text[q.end:a.start]
        if not (_cue_at_end(_PARTIAL_BEFORE, gap) or _OF_THEM_FIRST.match(text[a.end:a.end + 12])) \
                or _no_link(gap, q, doc) or not _REMAINDER.match(text[doc.sentences[sent + 1].start:rest.start]):
            continue
        parts = (a, rest)
        # the cue places the first part inside the whole ("including 11,200 weekend passes"); what is left
        # counts what the whole counts, or what the part does, and is no part of another base
        own = _own_noun(rest, doc)
        predicate = _PREDICATE_AFTER.match(text[rest.end:rest.end + 8])
        if q.compound or any(p.compound or _is_difference(doc, p) or not _compatible_kinds(p, q)
                             or p.value >= q.value for p in parts) \
                or _BASE_AFTER.match(text[rest.end:rest.end + 40]) or not _total_compatible(q, parts) \
                or own and not predicate and q.noun and not categories.may_contain(q.noun, own) \
                and not categories.same_thing(a.noun, own):
            continue
        yield PartsOfWhole(link="inferred", cue="the remaining", total=q, parts=parts, complete=True)


_PREDICATE_AFTER = re.compile(r"^\s+(?:were|was|are|is)\b", re.I)
_BASE_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+)?(?:out\s+)?of\b", re.I)  # "the remaining £1.5m of last year's pledges"


def _remainder_fits(doc: Document, base: Mention, parts: tuple[Mention, ...]) -> bool:
    noun = categories.normalise(base.noun)
    gapped = False  # "accused of speeding, 12 of using a phone and the other 9 of ...": the verb left out
    for p in parts:
        if p.compound or _is_difference(doc, p) or not _compatible_kinds(p, base) or p.value > base.value:
            return False
        if p is not parts[0] and re.match(r"^\s*(?:out\s+)?of\b", doc.text[p.end:p.end + 10]):
            gapped = bool(_GAPPED_OF.match(doc.text[p.end:p.end + 40])) and (
                gapped or _gapped_of(doc, p, doc.text[p.end:p.end + 40]))
            if not gapped:
                return False  # "... and 4,000 of the remaining 9,000": a part of another base
        predicate = re.match(r"^\s+(?:were|was|are|is)\b", doc.text[p.end:p.end + 8])
        own = None if _verb_follows(doc, p) or _exits(doc, p) else _own_noun(p, doc)  # "26 retired": a verb (round 12)
        if own and own.endswith("ing") and len(own) >= 5:
            own = None  # "the remaining 4 going to independents": a participle, no noun
        if own and noun and not predicate and not categories.may_contain(noun, own):
            return False  # "... and the other two teams": other things
    return _total_compatible(base, parts)


# ------------------------------------------- "a surplus of X after taking in Y and spending Z"

_RESULT_BEFORE = re.compile(r"\b(?:a|an|its|the|their|his|her)\s+(?:net\s+)?(surplus|deficit|profit|loss|shortfall)"
                            r"\s+of\s*$", re.I)
_RESULT_AFTER = re.compile(r"^\s*(?:net\s+)?(surplus|deficit|profit|loss|shortfall)\b", re.I)
_INCOME_BEFORE = re.compile(r"\b(?:tak(?:ing|es?)\s+in|took\s+in|br(?:ought|inging|ings?)\s+in|earn(?:ed|ing|s)?|"
                            r"rais(?:ed|ing|es?)|receiv(?:ed|ing|es?)|(?:total\s+)?(?:income|revenues?|receipts|"
                            r"takings|turnover)\s+(?:of|was|were|were\s+worth))\s+(?:a\s+total\s+of\s+)?$", re.I)
_SPENDING_BEFORE = re.compile(r"\b(?:spen(?:t|ding|ds?)|pa(?:id|ying|ys?)\s+out|(?:total\s+)?(?:costs|spending|"
                              r"expenditure|expenses|outgoings)\s+(?:of|was|were))\s+(?:a\s+total\s+of\s+)?$", re.I)
# "spending $2m on marketing", "costs for the site": one item, not the whole outlay
_ONE_ITEM_AFTER = re.compile(r"^\s*(?:on|for|to|in|towards|at)\b", re.I)


@dataclass(frozen=True)
class Balance(Relation):
    """``result`` (a surplus or profit: income - spending; a deficit, loss or
    shortfall: spending - income) and the two amounts it is the gap between."""

    result: Mention | None = None
    income: Mention | None = None
    spending: Mention | None = None
    gain: bool = True  # surplus, profit: income exceeds spending

    def members(self) -> tuple[Mention, ...]:
        return (self.result, self.income, self.spending)

    @property
    def expected(self) -> Interval:
        gap = self.income.interval - self.spending.interval
        return gap if self.gain else self.spending.interval - self.income.interval

    @property
    def stated(self) -> Fraction:
        return (self.income.value - self.spending.value) * (1 if self.gain else -1)


@needs(Kind.MONEY, count=3)
def find_balances(doc: Document):
    """"made a surplus of $312,000 after taking in $4.86 million and spending
    $4.71 million": a surplus, deficit, profit or loss beside the one income
    and the one outlay of the same sentence is the gap between them."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in quantities(doc, Kind.MONEY):
        by_sentence.setdefault(m.sentence, []).append(m)
    text = doc.text
    for ms in by_sentence.values():
        if len(ms) != 3 or len({m.unit for m in ms}) != 1 or any(m.is_range or m.value is None for m in ms):
            continue
        results, incomes, spendings = [], [], []
        for m in ms:
            before, after = text[max(0, m.start - 40):m.start], text[m.end:m.end + 30]
            word = _RESULT_BEFORE.search(before) or _RESULT_AFTER.match(after)
            if word:
                results.append((m, word.group(1).lower() in ("surplus", "profit")))
            elif (flow := _flow(before, after)) == "in":
                incomes.append(m)
            elif flow == "out":
                spendings.append(m)
        if len(results) == len(incomes) == len(spendings) == 1:
            (result, gain), = results
            yield Balance(link="explicit", cue="income - spending", result=result, income=incomes[0],
                          spending=spendings[0], gain=gain)
    yield from _balance_next(doc, by_sentence)


# round 11: "ran a surplus of £3.4m. Income of £11.9m ... was offset by £7.5m spent on ...": the result alone
# in its sentence, the income and the outlay the only two sums of the next
_OFFSET_BEFORE = re.compile(r"\b(?:offset\s+by|outweighed\s+by|set\s+against|against\s+(?:costs|spending|outgoings)"
                            r"\s+of|minus|less)\s+(?:(?:some|about|around|nearly|almost)\s+)?$", re.I)
_SPENDING_AFTER = re.compile(r"^\s*(?:(?:in|of)\s+)?(?:(?:running|operating|total)\s+)?(?:costs|spending|expenses"
                             r"|expenditure|outgoings)\b", re.I)
_INCOME_AFTER = re.compile(r"^\s*(?:(?:in|of)\s+)?(?:(?:total|operating)\s+)?(?:income|revenues?|receipts|takings)\b",
                           re.I)


def _flow(before: str, after: str) -> str | None:
    """"in" for an income ("taking in", "revenue of", "£4m in income"), "out" for the whole outlay ("spending",
    "costs of", "offset by", "£3m in costs"; not "spending £2m on ads", one item)."""
    if _INCOME_BEFORE.search(before) or _INCOME_AFTER.match(after):
        return "in"
    if _OFFSET_BEFORE.search(before) or _SPENDING_AFTER.match(after) \
            or _SPENDING_BEFORE.search(before) and not _ONE_ITEM_AFTER.match(after):
        return "out"
    return None


def _balance_next(doc: Document, by_sentence: dict[int, list[Mention]]):
    text = doc.text
    for k, ms in sorted(by_sentence.items()):
        nxt = by_sentence.get(k + 1)
        if len(ms) != 1 or not nxt or len(nxt) != 2 or doc.sentences[k + 1].headline \
                or doc.sentences[k + 1].paragraph != doc.sentences[k].paragraph:
            continue
        result = ms[0]
        word = _RESULT_BEFORE.search(text[max(0, result.start - 40):result.start]) \
            or _RESULT_AFTER.match(text[result.end:result.end + 30])
        if not word or result.is_range or result.value is None \
                or any(m.unit != result.unit or m.is_range or m.value is None for m in nxt) \
                or _OTHER_PERIOD.search(doc.sentence_text(k + 1)):
            continue
        flows = [_flow(text[max(0, m.start - 40):m.start], text[m.end:m.end + 30]) for m in nxt]
        incomes = [m for m, f in zip(nxt, flows) if f == "in"]
        spendings = [m for m, f in zip(nxt, flows) if f == "out"]
        if len(incomes) == len(spendings) == 1:
            yield Balance(link="inferred", cue="income - spending", result=result, income=incomes[0],
                          spending=spendings[0], gain=word.group(1).lower() in ("surplus", "profit"))


# ------------------------------------------- "net migration reached 412,000 as 1.04 million arrived and 728,000 left"

# the net figure: "net" within a few words before it, "net migration reached", "a net gain of", "net inflows of"
_NET_BEFORE = re.compile(r"\bnet\s+(?:[a-z][\w-]*\s+){0,4}?(?:(?:was|were|is|reached|hit|stood\s+at|came\s+to|totalled"
                         r"|totaled|rose\s+to|fell\s+to|dropped\s+to|climbed\s+to|of|at)\s+)(?:a\s+(?:record\s+)?)?"
                         r"(?:(?:about|around|some|nearly|almost|just\s+over|just\s+under)\s+)?$", re.I)
# what came in and what went out: a verb right after the figure (and its noun), or a noun of the flow
_IN_AFTER = re.compile(r"^\s*(?:[a-z][\w'’-]*\s+){0,2}?(?:arrived|arriving|came(?:\s+in)?|moved\s+(?:in|to|here)|migrated\s+to"
                       r"|relocated\s+to|immigrated|immigrating|joined|joining|entered|entering"
                       r"|signed\s+up|were\s+(?:born|hired|added|recruited)|arrivals|immigrants|inflows?|joiners"
                       r"|starters|births|hires|recruits)\b", re.I)
_OUT_AFTER = re.compile(r"^\s*(?:[a-z][\w'’-]*\s+){0,2}?(?:left|leaving|departed|departing|emigrated|emigrating"
                        r"|moved\s+(?:out|away|abroad)|quit"
                        r"|died|were\s+(?:lost|laid\s+off|cut)|departures|emigrants|outflows?|leavers|deaths"
                        r"|redundancies)\b", re.I)
_NET_KINDS = (Kind.COUNT, Kind.MONEY)


@needs(words="net")
def find_net_flows(doc: Document):
    """"Net migration reached 412,000 ..., as 1.04 million people arrived and
    728,000 left": a net figure beside the one inflow and the one outflow of
    its sentence (or of the next, when it has no other figure) is their gap."""
    text = doc.text
    by_sentence: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        if m.kind in _NET_KINDS and m.value is not None and not m.is_range and not m.compound:
            by_sentence.setdefault(m.sentence, []).append(m)
    for sent, ms in by_sentence.items():
        if "net" not in doc.sentence_text(sent).lower():
            continue
        nets = [m for m in ms if _NET_BEFORE.search(text[max(doc.sentences[sent].start, m.start - 50):m.start])]
        if len(nets) != 1:
            continue
        net = nets[0]
        flows = [m for m in ms if m is not net]
        if not flows and sent + 1 in by_sentence and doc.sentences[sent + 1].paragraph == doc.sentences[sent].paragraph \
                and not _time_anchored(doc, sent + 1) and not _PERIOD_PHRASE.search(doc.sentence_text(sent + 1)):
            flows = by_sentence[sent + 1]  # not "In 2024, 1.04 million arrived ...": another period
        if len(flows) != 2 or not all(_compatible_kinds(net, f) and f.unit == net.unit for f in flows):
            continue
        ins = [f for f in flows if _IN_AFTER.match(text[f.end:f.end + 40]) and not _OUT_AFTER.match(text[f.end:f.end + 40])]
        outs = [f for f in flows if _OUT_AFTER.match(text[f.end:f.end + 40]) and not _IN_AFTER.match(text[f.end:f.end + 40])]
        if len(ins) == len(outs) == 1:
            yield Balance(link="explicit" if flows[0].sentence == sent else "inferred", cue="in - out", result=net,
                          income=ins[0], spending=outs[0], gain=True)


# ------------------------------------------- "passed 58-39 ... the 100-seat chamber"

_BODY_SIZE = re.compile(r"[- ](?:seat|member)$", re.I)
# "its 161-seat majority": a gap, not a body
_NOT_A_BODY = re.compile(r"^\W*(?:[\w'’-]+\s+)?(?:majority|majorities|lead|margin|advantage|swing|gain|loss)\b", re.I)
_VOTE_BEFORE = re.compile(r"\b(?:vot(?:e|ed|es|ing)|passed|approved|rejected|backed|defeated|carried|endorsed"
                          r"|ratified|adopted|overturned|threw out|confirmed)\b(?:\W+[\w'’-]+){0,6}\W+$", re.I)
_TALLY = re.compile(r"^(\d[\d,]*)\s*[-–—]\s*(\d[\d,]*)$")
# members who cast no vote: "with five senators absent", "three abstentions"
_NO_VOTE_AFTER = re.compile(r"^\W*(?:(?:were|was)\s+)?(?:absent|abstain\w*|did\s+not\s+vote|didn[’']t\s+vote|not\s+voting)\b", re.I)
_ABSTENTIONS = re.compile(r"^abstentions?$", re.I)


def _side(score: Mention, start: int, end: int, digits: str) -> Mention:
    value = Fraction(int(digits.replace(",", "")))
    return replace(score, start=score.start + start, end=score.start + end, text=digits, kind=Kind.COUNT,
                   value=value, precision=Fraction(1), interval=Interval(value, value), noun=None, noun_span=None)


_VOTES_TO = re.compile(r"^\s+to\s+$", re.I)
_FOR_AFTER = re.compile(r"^\s+(?:(?:votes?|members|councillors|delegates)\s+)?(?:in\s+favou?r|for)\b", re.I)
_AGAINST_AFTER = re.compile(r"^\s+(?:(?:votes?|members|councillors|delegates)\s+)?against\b", re.I)
# "voted 58 to 39", "voted by 58 to 39", and a verb of deciding a motion with "by": "passed by 312 to 204" (round 23)
_VOTED_BY = re.compile(r"\bvoted\s+(?:by\s+)?$|\b(?:passed|approved|rejected|backed|defeated|carried|endorsed|ratified"
                       r"|adopted|overturned|confirmed)\s+by\s+$", re.I)


def _tallies(doc: Document):
    """Vote tallies: "58-39" (a score) or "by 32 votes to 14"."""
    ms = doc.mentions
    for k, m in enumerate(ms):
        if m.kind == Kind.SCORE and (tally := _TALLY.match(m.text)):
            yield m, (_side(m, *tally.span(1), tally.group(1)), _side(m, *tally.span(2), tally.group(2)))
        elif m.kind == Kind.COUNT and k + 1 < len(ms) and ms[k + 1].kind == Kind.COUNT and ms[k + 1].noun is None \
                and not m.is_range and not ms[k + 1].is_range and (
                    categories.normalise(m.noun) == "votes" and m.noun_span
                    and _VOTES_TO.match(doc.text[m.noun_span.end:ms[k + 1].start])
                    # "voted 58 to 39"
                    or m.noun is None and _VOTED_BY.search(doc.text[max(0, m.start - 16):m.start])
                    and _VOTES_TO.match(doc.text[m.end:ms[k + 1].start])):
            yield m, tuple(replace(x, interval=Interval(x.value, x.value)) for x in (m, ms[k + 1]))  # votes are exact
        elif m.kind == Kind.COUNT and k + 1 < len(ms) and ms[k + 1].kind == Kind.COUNT and not m.is_range \
                and not ms[k + 1].is_range and ms[k + 1].sentence == m.sentence \
                and _FOR_AFTER.match(doc.text[m.end:m.end + 30]) and _AGAINST_AFTER.match(doc.text[ms[k + 1].end:][:30]) \
                and len(words(doc.text[m.end:ms[k + 1].start])) <= 6:
            # "58 in favour and 39 against", "41 votes for and 12 against"
            yield m, tuple(replace(x, interval=Interval(x.value, x.value)) for x in (m, ms[k + 1]))


_BODY_AFTER = re.compile(r"\b(?:in|of|from|on|at|by)\s+(?:the|its|their|a|an)\s+$", re.I)


def _voting_body(doc: Document, body: Mention, score: Mention) -> bool:
    """The body that cast the tally: the subject before it ("The 100-seat
    Senate passed the bill 58-39") or the place of the vote after it ("...
    absent from the 100-seat chamber"), not "now goes to the 100-seat Senate"."""
    if body.end <= score.start:
        between = doc.text[body.end:score.start]
        return len(words(between)) <= 10 and not re.search(
            r"[;:()]|\s[-–—]\s|,\s*(?:and|but|while|whereas|after|before|when|as)\b", between, re.I)
    return bool(_BODY_AFTER.search(doc.text[max(0, body.start - 12):body.start]))


def _cast_no_vote(doc: Document, m: Mention) -> bool:
    """"five senators absent", "four absent", "three abstentions"."""
    if m.kind != Kind.COUNT or m.compound or not m.value or m.is_range or _whole_of_a_part(doc, m):
        return False
    after = doc.text[m.noun_span.end if m.noun_span else m.end:][:30]
    return bool(_ABSTENTIONS.match(m.noun or "") or _NO_VOTE_AFTER.match(doc.text[m.end:m.end + 30])
                or _NO_VOTE_AFTER.match(after)
                or (m.noun or "").lower() in _BALLOT_NOUNS and (
                    _SPOILT_AFTER.match(after) or _SPOILT.search(doc.text, m.end, m.noun_span.start)))


# "Three of the council's 66 members": the words between a part and its whole
_PART_OF_WHOLE_GAP = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’.-]+['’]s?\s+)?(?:[a-z-]+\s+){0,2}")


def _whole_of_a_part(doc: Document, m: Mention) -> bool:
    """(round 30) ``m`` is the whole a count right before it is taken from ("Three of the council's 66 members were
    absent": the three were, not the 66)."""
    before = [o for o in doc.mentions_in(m.sentence) if o.end <= m.start]
    return bool(before) and before[-1].kind == Kind.COUNT \
        and _PART_OF_WHOLE_GAP.fullmatch(doc.text, before[-1].end, m.start) is not None


# "with nine ballot papers rejected as spoilt", "and 12 spoilt ballots": cast, but for no side (of _BALLOT_NOUNS)
_SPOILT = re.compile(r"\b(?:spoilt|spoiled|void|invalid|rejected)\b", re.I)
_SPOILT_AFTER = re.compile(r"^\W*(?:(?:were|was)\s+)?(?:(?:rejected|discounted|ruled)\s+(?:as\s+|out\s+as\s+)?)?"
                           r"(?:spoilt|spoiled|void|invalid|rejected)\b", re.I)


_PRESENT_AFTER = re.compile(r"^\s*(?:present|voting|who\s+(?:voted|attended|were\s+present|took\s+part)"
                            r"|in\s+the\s+(?:chamber|hall|room))\b", re.I)
_ABSENT = re.compile(r"\babsent\b|\bdid\s+not\s+attend|\bstayed\s+away", re.I)
_ABSTAINED = re.compile(r"\babstain\w*|\babstention|\bdid\s+not\s+vote|\bdidn[’']t\s+vote|\bnot\s+voting", re.I)


def _present_body(doc: Document, sent: int, sides) -> list[Mention]:
    """"... by 312 votes to 219, with 47 abstentions, among the 587 MPs
    present": the members there, a count of their own with no size compound."""
    found = []
    for m in doc.mentions_in(sent):
        if m.kind != Kind.COUNT or m.compound or not m.value or m.is_range or m.noun_span is None \
                or any(m.start == x.start for x in sides):
            continue
        phrase = words(doc.text[m.noun_span.start:m.noun_span.end])
        if (m.noun or "").lower() in _SEAT_WORDS and _PRESENT_AFTER.match(doc.text[m.noun_span.end:m.noun_span.end + 30]) \
                or len(phrase) == 2 and phrase[0] in _SEAT_WORDS and phrase[1] in ("present", "voting"):
            found.append(m)  # "587 MPs present" (read as one noun phrase), "64 delegates who attended"
    return found


# "7,816 (of the 11,000 members balloted) had taken part", "7,816 ballots were cast", "a turnout of 7,816"
_TOOK_PART_AFTER = re.compile(r"^(?:\s+(?:of\s+(?:the|its|their)\s+[\d,]+|[a-z][\w'’-]*)){0,6}?\s+(?:had\s+|have\s+|has\s+)?(?:took|taken|take)\s+part"
                              r"|^(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:were|had\s+been)\s+cast\b"
                              r"|^\s+(?:ballots|votes|papers|ballot\s+papers)\s+cast\b"
                              r"|^\s+(?:people\s+|members\s+|voters\s+)?(?:turned|had\s+turned)\s+out\b", re.I)
_SIDE_AFTER = re.compile(r"^\s+(?:in\s+favou?r|for|against|in\s+support|to\s+(?:accept|reject|back|oppose))\b", re.I)
_TURNOUT_BEFORE = re.compile(r"\bturnout\s+(?:of|was|stood\s+at|reached)\s+$", re.I)


def _turnout(doc: Document, sent: int, sides) -> list[Mention]:
    """Those who voted in the tally's sentence or the next: "7,816 members had
    taken part", "8,010 ballots were cast", "a turnout of 7,816" (counts, not
    shares; the first such figure)."""
    text = doc.text
    for k in (sent, sent + 1):
        if k >= len(doc.sentences) or doc.sentences[k].paragraph != doc.sentences[sent].paragraph:
            break
        for m in doc.mentions_in(k):
            if m.kind != Kind.COUNT or m.compound or not m.value or m.is_range or m.hedge \
                    or any(m.start == x.start or m.value == x.value for x in sides) \
                    or k == sent and m.start < sides[-1].end:
                continue  # "The 1,420 votes cast against ...": a side restated
            took = _TOOK_PART_AFTER.match(text[m.end:m.end + 80])
            if took and _SIDE_AFTER.match(text[m.end + took.end():m.end + took.end() + 20]):
                continue  # "the 1,240 votes cast in favour": one side, not all who voted
            if took or _TURNOUT_BEFORE.search(text[max(0, m.start - 25):m.start]):
                between = text[sides[-1].end:m.start] if k == sent else doc.sentence_text(k)
                return [] if _OTHER_PERIOD.search(between) else [m]  # "Last year 5,100 took part": another vote
    return []


# (each tally it reads follows a verb of voting, _VOTE_BEFORE: one of these words)
@needs(words=("vot", "passed", "approved", "rejected", "backed", "defeated", "carried", "endorsed", "ratified",
              "adopted", "overturned", "threw out", "confirmed"))
def find_tally_in_body(doc: Document):
    """"The Senate passed the bill 58-39, with five senators absent from the
    100-seat chamber": the votes cast on each side, with those who did not
    vote, cannot outnumber the members of the body that voted."""
    text = doc.text
    for score, sides in _tallies(doc):
        sent = score.sentence
        if not _VOTE_BEFORE.search(text[max(doc.sentences[sent].start, score.start - 80):score.start]):
            continue
        bodies = [m for m in doc.mentions_in(sent) if m.kind == Kind.COUNT and m.compound and m.value
                  and _BODY_SIZE.search(m.text) and not _NOT_A_BODY.match(text[m.end:m.end + 30])
                  and _voting_body(doc, m, score)]
        nxt = sent + 1
        if not bodies and nxt < len(doc.sentences) and doc.sentences[nxt].paragraph == doc.sentences[sent].paragraph \
                and any(_cast_no_vote(doc, m) for m in doc.mentions_in(nxt)):
            # "The Senate passed the bill 58-39. Five senators were absent from the 100-seat chamber."
            bodies = [m for m in doc.mentions_in(nxt) if m.kind == Kind.COUNT and m.compound and m.value
                      and _BODY_SIZE.search(m.text) and _BODY_AFTER.search(text[max(0, m.start - 12):m.start])]
        present = [] if bodies else _present_body(doc, sent, sides)
        turnout = [] if bodies or present else _turnout(doc, sent, sides)
        if turnout:
            # "... voted by 5,612 to 3,204. The union said 7,816 members had taken part": some ballots
            # may have been spoiled, but no side can hold more votes than were cast
            t = turnout[0]
            yield PartsOfWhole(link="explicit" if t.sentence == sent else "inferred", cue="took part",
                               total=replace(t, interval=Interval(t.value, t.value), precision=Fraction(1)),
                               parts=sides, complete=False, bounded=True)
            continue
        if not bodies and not present:
            continue
        after = [m for k in (sent, sent + 1) if k < len(doc.sentences)
                 and doc.sentences[k].paragraph == doc.sentences[sent].paragraph for m in doc.mentions_in(k)]
        parts = sides + tuple(replace(m, interval=Interval(m.value, m.value)) for m in after
                              if all(m.start != x.start for x in sides) and _cast_no_vote(doc, m))
        rels = [PartsOfWhole(link="explicit" if body.sentence == sent else "inferred", cue="members",
                             total=replace(body, interval=Interval(body.value, body.value), precision=Fraction(1)),
                             parts=parts, complete=False, bounded=True) for body in bodies]
        # "the 587 MPs present": those there voted for, against or abstained, none was absent (round 30: the absent
        # are no part of those present -- "among the 63 present. Three members were absent")
        there = sides + tuple(p for p in parts[len(sides):] if not _ABSENT.search(doc.text, p.start, p.end + 40))
        complete = len(there) > len(sides) and all(_ABSTAINED.search(doc.text[p.start:p.end + 30]) for p in there[2:])
        rels += [PartsOfWhole(link="explicit", cue="present", total=body, parts=there, complete=complete)
                 for body in present]
        # several bodies: one that holds the tally is enough
        yield next((rel for rel in rels if agrees(rel)), rels[0])


# ------------------------------------------- "kill 14 across three states" / "Eight died in A. ..."

_ACROSS_GAP = re.compile(r"^[^,;:()\d]{0,40}?\b(?:across|in|at|on|over|from)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_PLACE_IN = re.compile(r"\b(?:in|at|across|from)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}([A-Z][\w'’-]+)")
_LEAD_PLACE = re.compile(r"^\W*(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}([A-Z][\w'’-]+)[^,;:]{0,20},\s*$")
_OTHER_PERIOD = re.compile(r"\b(?:last|previous|prior)\s+(?:year|month|week|season|quarter)\b|\bearlier\b|\bago\b",
                           re.I)
_KILL_NEAR = re.compile(r"\b(?:kill\w*|dead|deaths?|died|dies|toll|fatalities)\b", re.I)
PLACE_COUNT_MAX = 6
PLACE_LABEL_CHARS = 60


def _place_count(doc: Document, q: Mention) -> int | None:
    """"14 across three states", "320 homes in two counties": how many places the figure spans."""
    for m in doc.mentions_in(q.sentence):
        if m.start >= q.end and m.kind == Kind.COUNT and not m.compound and m.noun and m.value \
                and 2 <= m.value <= PLACE_COUNT_MAX and categories.normalise(m.noun) == m.noun.lower():
            after = q.noun_span.end if q.noun_span and q.noun_span.end <= m.start else q.end
            return int(m.value) if _ACROSS_GAP.match(doc.text[after:m.start]) else None
    return None


# a part right after the name of its place: "Carrbridge General (760 beds)", "Hallam Royal Infirmary, which
# has 670 beds", "Leeds has 800 staff, Hull 600" (round 13)
_NAMED_BEFORE = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?:\s+(?:estate|site|ward|branch|campus|depot|plant"
                           r"|office|store|shop|school|district|county|region|centre|center|park|farm|mine|field|port))?"
                           r"(?:\s*\(|\s*,\s*(?:which|where)\s+[a-z]+\s+|\s*,\s*the\s+[a-z]+\s*,\s*[a-z]+\s+"
                           r"|\s+(?:has|have|had|holds|held|gets|got|takes|took|runs|ran|employs|houses|provides)\s+)?\s*$")


def _place_of(doc: Document, p: Mention, nxt: int, first_in_sentence: bool, prev: int | None = None) -> str | None:
    """The one place a part is given in: "eight deaths in Tennessee", "In Melton, 900 ...", or, with
    ``prev`` (the end of the part before, or the sentence start), a name right before it."""
    label = doc.text[p.end:min(nxt, p.end + PLACE_LABEL_CHARS)]
    places = _PLACE_IN.findall(label)
    if not places and first_in_sentence:
        lead = _LEAD_PLACE.match(doc.text[doc.sentences[p.sentence].start:p.start])
        places = [lead.group(1)] if lead else []
    if not places and prev is not None:
        named = _NAMED_BEFORE.search(doc.text, max(prev, p.start - PLACE_LABEL_CHARS), p.start)
        places = [named.group(1)] if named else []
    return places[0] if len(places) == 1 else None


def _spread_figure(doc: Document, figures: list[Mention]) -> tuple[Mention, int] | None:
    """The figure spread over counted places and the count: the sentence's first figure beside the count
    alone; or, past other figures, one with a noun whose sentence holds no other figure of its kind
    and noun ("with 1,840 beds across three sites and a budget of £1.32bn")."""
    q = figures[0]
    count = _place_count(doc, q)
    if count is not None and len(figures) == 2 and figures[1].value == count:
        return q, count
    for q in figures:
        count = _place_count(doc, q)
        if count is None or q.noun is None or q.kind != Kind.COUNT or q.compound:
            continue
        others = [m for m in figures if m is not q and not (m.start > q.end and m.value == count)]
        if all(m.kind != q.kind or m.value is None or m.value * FAR_BELOW <= q.value
               or m.noun is not None and categories.normalise(m.noun) != categories.normalise(q.noun)
               for m in others):
            return q, count
        return None
    return None


def find_parts_in_places(doc: Document):
    """"Tornadoes kill 14 across three states" / "Eight people died in A. Four
    died in B and five more in C": a figure spread over N places, then, in the
    sentences after it, exactly N figures each given in a place of its own (and
    no other figure), add up to it (inferred)."""
    by_sentence = _pool(doc)
    sentences = sorted(by_sentence)
    for q_sent in sentences:
        spread = _spread_figure(doc, by_sentence[q_sent])
        if spread is None:
            continue
        q, count = spread
        if q.compound or q.kind not in (Kind.COUNT, Kind.MONEY):
            continue
        parts: list[Mention] = []
        places: list[str] = []
        ok = True
        for k in range(q_sent + 1, min(len(doc.sentences), q_sent + HEADLINE_REACH + 1)):
            if len(parts) == count or doc.sentences[k].headline:
                break
            ms = by_sentence.get(k, [])
            if ms and _OTHER_PERIOD.search(doc.sentence_text(k)):
                ok = False
                break
            for j, p in enumerate(ms):
                nxt = ms[j + 1].start if j + 1 < len(ms) else doc.sentences[k].end
                place = _place_of(doc, p, nxt, j == 0, ms[j - 1].end if j else doc.sentences[k].start)
                if len(parts) == count or place is None or place in places or p.compound \
                        or not _compatible_kinds(q, p) or _is_difference(doc, p):
                    ok = False
                    break
                parts.append(p)
                places.append(place)
            if not ok:
                break
        if not ok or len(parts) != count or not _total_compatible(q, tuple(parts), inferred=True) or not _alike_in_places(doc, q, parts):
            continue
        yield PartsOfWhole(link="inferred", cue="places", total=q, parts=tuple(parts), complete=True)


def _alike_in_places(doc: Document, q: Mention, parts: list[Mention]) -> bool:
    """The parts count what the figure counts: its noun (or people like it),
    or, for a toll with no noun ("kill 14"), deaths in every part's sentence."""
    if q.kind == Kind.MONEY:
        return True
    if q.noun is not None:
        # (round 28) two groups of people named apart are not one: "more than 3,000 pupils from the two towns ...
        # 186 members in A and about 140 in B"
        generic = ("people", "person", "persons")
        own = [n for n in (_own_noun(p, doc) for p in parts) if n]
        if q.noun not in generic and any(n not in generic and not categories.may_contain(q.noun, n)
                                         and n.rstrip("s") != q.noun.rstrip("s") for n in own):
            return False
        return _counts_alike(q, tuple(parts), doc)
    if not _KILL_NEAR.search(doc.text[max(doc.sentences[q.sentence].start, q.start - 20):q.end + 20]):
        return False
    people = categories.PEOPLE
    return all(p.noun is None or categories.normalise(p.noun) in people for p in parts) and all(
        _DEAD.search(doc.sentence_text(k)) and not _NOT_DEAD.search(doc.sentence_text(k).replace("more", ""))
        for k in {p.sentence for p in parts})


# a whole shared out among a counted number of recipients: "Three hubs will share £36.5m", "£12m will be
# divided among three former staff", "split £2.4m between four orchestras"
_SHARE_VERB = re.compile(r"\b(?:share[sd]?|sharing|split(?:s|ting)?|divide[sd]?|dividing|carv(?:e|es|ed|ing)\s+up"
                         r"|distribut(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|inherit(?:s|ed|ing)?)\b", re.I)
_AMONG_END = re.compile(r"(?:\b(?:between|among|amongst)|\b(?:shared|split)\s+by)\s+(?:the\s+|its\s+|their\s+)?"
                        r"(?:[\w-]+['’]s?\s+)?$", re.I)
# recipients given a whole: "Three hubs have been awarded £36.5m", "will receive £24m between them",
# "awarded £36.5m to three hubs"
_RECEIVE_VERB = re.compile(r"\b(?:receiv(?:e|es|ed|ing)|awarded|granted|given|get|gets|got|won|win)\b", re.I)
_GIVE_TO_END = re.compile(r"\b(?:award(?:s|ed|ing)?|grant(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave|allocat(?:e|es|ed|ing)"
                          r"|distribut(?:e|es|ed|ing)|pa(?:y|ys|id|ying)\s+out)\b[^,;:()\d]{0,40}\bto\s+"
                          r"(?:the\s+|its\s+|their\s+)?$", re.I)
# a counted group's sum: "The three new releases grossed a combined $61m", "The two plants together employ 2,300",
# "Its four hubs handled a total of 9,800 parcels" (round 11)
_COMBINED_END = re.compile(r"\b(?:(?:a\s+)?combined|together|jointly|between\s+them|a\s+total\s+of|in\s+total|"
                           r"altogether)\s+(?:[a-z]+\s+){0,2}$", re.I)
_COMBINED_ANY = re.compile(r"\b(?:combined|together|jointly|between\s+them|a\s+total\s+of|in\s+total|altogether)\b",
                           re.I)
_SHARE_HINTS = ("combin", "togeth", "jointly", "total", "shar", "split", "divid", "carv", "distribut", "allocat", "inherit", "receiv", "award", "grant",
                "give", "given", "gave", "get", "got", "won", "win", "them", "pay", "paid")
_BETWEEN_THEM = re.compile(r"^\s*(?:between|among|amongst)\s+them\b", re.I)  # "will have 91 seats between them"
_SHARE_GAP_BREAKS = re.compile(r"[,;:()\[\]]|\s[-–—]\s")
# what the recipients did with their shares, not the shares: "One spent £1m on a house"
_USED = re.compile(r"\b(?:spen[dt]\w*|invest\w*|used|uses|lost|loses|bought|buys|cost\w*|owe[sd]?|repa(?:id|ys?)"
                   r"|donat\w*|gave\s+away|saved|saves)\b", re.I)
_EACH = re.compile(r"\b(?:each|apiece|every|per)\b", re.I)
SHARE_COUNT_MAX = 8
SHARE_GAP_WORDS = 6
SHARE_SENTENCES = 2


def _recipients(doc: Document, q: Mention, figures: list[Mention]) -> Mention | None:
    """The count of recipients that share ``q``, linked by a verb of sharing."""
    sentence_start = doc.sentences[q.sentence].start
    for n in figures:
        if n is q or n.kind != Kind.COUNT or n.compound or not n.noun or n.value is None \
                or n.value != int(n.value) or not 2 <= n.value <= SHARE_COUNT_MAX:
            continue
        if n.end <= q.start:  # "Three hubs will share £36.5m", "... have been awarded £36.5m"
            gap = doc.text[n.noun_span.end if n.noun_span else n.end:q.start]
            after = doc.text[q.noun_span.end if q.noun_span else q.end:][:24]
            linked = bool(_SHARE_VERB.search(gap) or _RECEIVE_VERB.search(gap) or _BETWEEN_THEM.match(after)
                          or _COMBINED_END.search(gap))
        else:  # "£36.5m will be shared among three hubs", "split £36.5m between three hubs"
            gap = doc.text[q.noun_span.end if q.noun_span and q.noun_span.end <= n.start else q.end:n.start]
            lead = doc.text[max(sentence_start, q.start - 30):q.start]
            linked = bool(_AMONG_END.search(gap)) and bool(
                _SHARE_VERB.search(doc.text[q.end:n.start]) or _SHARE_VERB.search(_SHARE_GAP_BREAKS.split(lead)[-1])) \
                or bool(_GIVE_TO_END.search(_SHARE_GAP_BREAKS.split(lead)[-1] + " it " + doc.text[q.end:n.start]))
        if linked and len(words(gap)) <= SHARE_GAP_WORDS and not _SHARE_GAP_BREAKS.search(gap):
            return n
    return None


def find_shared_among(doc: Document):
    """"Three hubs will share £36.5m. Edinburgh gets £14.2m, Leeds £11.8m and
    Cardiff £8.5m": a whole shared out among N counted recipients, then
    exactly N figures of its kind after it (in its sentence or the next two,
    no other figure there) add up to it (inferred across sentences)."""
    by_sentence = _pool(doc)
    for q_sent, figures in sorted(by_sentence.items()):
        if len(figures) < 2:
            continue
        sentence = doc.sentence_text(q_sent)
        low = sentence.lower()
        if not any(hint in low for hint in _SHARE_HINTS) or not (
                "them" in low or _SHARE_VERB.search(sentence) or _RECEIVE_VERB.search(sentence)
                or _COMBINED_ANY.search(sentence)
                or " to " in low and _GIVE_TO_END.search(sentence[:-1] + " to ")):
            continue
        wholes = [m for m in figures if m.kind in (Kind.COUNT, Kind.MONEY) and not m.compound
                  and (m.kind == Kind.MONEY or m.value > SHARE_COUNT_MAX)]
        if not wholes:
            continue
        q = wholes[0]
        count = _recipients(doc, q, figures)
        if count is None or any(r.total is q and r.complete for r in parts_of_whole(doc)):
            continue
        def alike(ms):  # "Edinburgh gets £14.2m and 40 new posts": a count of other things beside a sum
            return [m for m in ms if not (q.kind == Kind.MONEY and m.kind == Kind.COUNT and m.noun)]
        parts = alike(m for m in figures if m.start > max(q.end, count.end))
        k = q_sent
        while len(parts) < count.value and k < q_sent + SHARE_SENTENCES and k + 1 < len(doc.sentences) \
                and not doc.sentences[k + 1].headline:
            k += 1
            parts += alike(by_sentence.get(k, []))
        sentences = {p.sentence for p in parts} | {q_sent}
        if parts and parts[0].sentence == q_sent and _SOME_OF_WHOLE_LINK.search(doc.text, q.end, parts[0].start):
            continue  # (round 49) "30,000 fans between them this season, among them 12,000 at ...": some of it
        if len(parts) != count.value or any(
                _EACH.search(doc.sentence_text(j)) or _OTHER_PERIOD.search(doc.sentence_text(j))
                or j != q_sent and _USED.search(doc.sentence_text(j)) for j in sentences) \
                or any(p.compound or p.kind != q.kind or _is_difference(doc, p) or p.value >= q.value
                       or _MULTIPLE_OF_BEFORE.search(doc.text, max(doc.sentences[p.sentence].start, p.start - 40), p.start)
                       for p in parts) \
                or not _total_compatible(q, tuple(parts), inferred=True):
            continue
        yield PartsOfWhole(link="inferred" if sentences - {q_sent} else "explicit", cue="shared among", total=q,
                           parts=tuple(parts), complete=True)


# (round 28) "sold for £8.9m, twice its low estimate of £4.45m": what another figure is a multiple of, no part
_MULTIPLE_OF_BEFORE = re.compile(r"\b(?:twice|double|treble|triple|half|(?:three|four|five|ten|\d+)\s+times)\s+"
                                 r"(?:the|its|their|his|her)\b[^,;:]{0,30}$", re.I)


# ------------------------------------------- "Eastmere's population ... to 412,300" / "... of Eastmere's four districts"

# the subdivisions a named place or body is made of, counted after its possessive: "Eastmere's four districts",
# "the group's three divisions" (round 16)
_SUBDIVISIONS = frozenset("""districts boroughs counties regions wards provinces states territories parishes
    constituencies divisions zones islands""".split())
_PLACE_OWNER_BEFORE = re.compile(r"\b([A-Z][\w-]+)['’]s\s+(?:[a-z]+\s+)?$")
# the whole of the same owner: "Eastmere's population grew by 6.4% ... to 412,300"
_PEOPLE_WHOLES = frozenset("population residents people inhabitants workforce".split())
_NOT_A_NAME = frozenset("the a an in at on of its their with and but by for from this that these those".split())
SUBDIVISION_MAX = 8
NAMED_WHOLE_REACH = 6


def _each_named(doc: Document, parts: list[Mention], owner: str) -> bool:
    """Every part has a name of its own before it, since the part before (or the sentence start):
    "Harwick ..., with 148,200 residents, followed by Saltney with 112,600, ... and Lowmoor with 55,100"."""
    start = doc.sentences[parts[0].sentence].start
    for p in parts:
        names = [w for w in re.findall(r"\b[A-Z][\w'’-]*", doc.text[start:p.start])
                 if w.lower() not in _NOT_A_NAME and not w.startswith(owner)]
        if not names:
            return False
        start = p.end
    return True


def _owner_whole(doc: Document, owner: str, sent: int, parts: list[Mention], by_sentence) -> Mention | None:
    """The lone figure of the nearest earlier sentence naming the owner's whole ("Eastmere's population ...
    412,300"), no other period's; the whole's word names what the parts count (the population of residents)."""
    owned = re.compile(r"\b" + re.escape(owner) + r"['’]s\s+([a-z-]+)(?:\s+([a-z]+))?\b")
    noun = categories.normalise(parts[0].noun) if parts[0].noun else None
    for k in range(sent - 1, max(-1, sent - NAMED_WHOLE_REACH - 1), -1):
        if doc.sentences[k].headline:
            continue
        named = owned.search(doc.sentence_text(k))
        if named is None:
            continue
        figures = [m for m in by_sentence.get(k, []) if _compatible_kinds(m, parts[0])]
        if len(figures) != 1 or _OTHER_PERIOD.search(doc.sentence_text(k)):
            return None
        q, owned_words = figures[0], [w.lower() for w in named.groups() if w]
        if q.start < doc.sentences[k].start + named.end() or q.compound:
            return None
        fits = any(w in _PEOPLE_WHOLES for w in owned_words) and (noun is None or noun in categories.PEOPLE) \
            or noun is not None and (any(categories.normalise(w) == noun for w in owned_words)
                                     or q.noun is not None and categories.normalise(q.noun) == noun)
        return q if fits else None
    return None


def find_places_of_named_whole(doc: Document):
    """"Eastmere's population grew ... to 412,300" / "Harwick ... remains the largest of Eastmere's four
    districts, with 148,200 residents, followed by Saltney with 112,600, ... and Lowmoor with 55,100":
    as many figures as the owner's counted subdivisions, each after a name of its own and the only figures
    of their sentence, are all of the owner's whole told in an earlier sentence (complete, inferred)."""
    if "'s " not in doc.text and "’s " not in doc.text:
        return
    by_sentence = _pool(doc)
    for c in doc.mentions:
        if c.kind != Kind.COUNT or c.compound or not c.noun or c.noun.lower() not in _SUBDIVISIONS \
                or c.value is None or not 2 <= c.value <= SUBDIVISION_MAX or c.value != int(c.value):
            continue
        owner = _PLACE_OWNER_BEFORE.search(doc.text, max(doc.sentences[c.sentence].start, c.start - 30), c.start)
        if owner is None:
            continue
        parts = [m for m in by_sentence.get(c.sentence, []) if m.start != c.start]
        if len(parts) != c.value or not all(_compatible_kinds(parts[0], p) and p.unit == parts[0].unit for p in parts) \
                or any(_is_difference(doc, p) or p.compound or p.hedge for p in parts) \
                or any(m.kind in (Kind.YEAR, Kind.DATE) for m in doc.mentions_in(c.sentence)) \
                or _OTHER_PERIOD.search(doc.sentence_text(c.sentence)) \
                or not _each_named(doc, parts, owner.group(1)):
            continue
        total = _owner_whole(doc, owner.group(1), c.sentence, parts, by_sentence)
        if total is not None and _total_compatible(total, tuple(parts), inferred=True):
            yield PartsOfWhole(link="inferred", cue="subdivisions", total=total, parts=tuple(parts), complete=True)


# ------------------------------------------- "The three sites carried 1.42m journeys. A ... 612,000, followed by B ..."

# the owner's outlets a whole may be spread over: "The three sites", "Its four depots" (round 17)
_OUTLETS = frozenset("""sites branches stores shops schools hospitals plants factories depots offices campuses venues
    centres centers mills mines ports airports stations car-parks""".split()) | _SUBDIVISIONS
_COUNTED_SUBJECT_OPENS = re.compile(r"\W*(?:the|its|their|our|all)\s+(?:[a-z]+\s+)?", re.I)
_SUBJECT_TO_WHOLE = re.compile(r"\s+(?:[a-z]+\s+){1,3}?", re.I)
_NOT_THE_SUM = re.compile(r"\b(?:each|average|per|of|than|more|fewer|up|down|from|only|just)\b", re.I)


def find_outlets_then_named_parts(doc: Document):
    """"The three sites carried 1.42 million journeys in the year. Northfield was the busiest with 612,000
    journeys, followed by Eastgate with 489,000 and Riverside with 379,000": a sentence opened by a count of
    the owner's outlets with one other figure, then a sentence of as many figures, each after a name of its
    own and the only figures there, in no period of their own: all of that figure (complete, inferred)."""
    by_sentence = _pool(doc)
    for c in doc.mentions:
        if c.kind != Kind.COUNT or c.compound or not c.noun or c.noun.lower() not in _OUTLETS \
                or c.value is None or not 2 <= c.value <= SUBDIVISION_MAX or c.value != int(c.value) \
                or not _COUNTED_SUBJECT_OPENS.fullmatch(doc.text, doc.sentences[c.sentence].start, c.start):
            continue
        sent = c.sentence
        figures = [m for m in by_sentence.get(sent, []) if m.start != c.start]
        if len(figures) != 1 or _OTHER_PERIOD.search(doc.sentence_text(sent)):
            continue
        q = figures[0]
        end = c.noun_span.end if c.noun_span else c.end
        if q.start < end or q.noun is None or q.compound or q.is_range \
                or not _SUBJECT_TO_WHOLE.fullmatch(doc.text, end, q.start) \
                or _NOT_THE_SUM.search(doc.text, end, q.start):
            continue
        parts = by_sentence.get(sent + 1, [])
        if len(parts) != c.value or len(doc.mentions_in(sent + 1)) != len(parts) \
                or not all(_compatible_kinds(q, p) and p.unit == q.unit for p in parts) \
                or any(_is_difference(doc, p) or p.compound or p.hedge or p.is_range for p in parts) \
                or not _each_named(doc, parts, "\x00") \
                or any(p.noun is not None and categories.normalise(p.noun) != categories.normalise(q.noun)
                       for p in parts):
            continue
        own = {p.lower() for p in _PERIOD_PHRASE.findall(doc.sentence_text(sent + 1))}
        if own - {p.lower() for p in _PERIOD_PHRASE.findall(doc.sentence_text(sent))}:
            continue  # "... last year. So far this year A has carried ...": another period
        if _total_compatible(q, tuple(parts), inferred=True):
            yield PartsOfWhole(link="inferred", cue="subdivisions", total=q, parts=tuple(parts), complete=True)


# ------------------------------------------- "European flights were the biggest part, carrying 19.2m. Long-haul carried 7.5m ..."

# a figure told as the biggest piece of a whole: "remained by far the biggest part of the business, carrying"
# (round 16)
_BIGGEST_PART = re.compile(r"\b(?:the\s+)?(?:biggest|largest|greatest|main|single\s+largest)\s+(?:part|share|slice|chunk"
                           r"|portion|source|segment)\b(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[a-z]+)?", re.I)
_VERB_RIGHT_BEFORE = re.compile(r"\b([a-z]{4,})\s+$")
# round 22: "accounted for the largest number of repairs, at 6,210": the biggest part, its figure set after its noun
_LARGEST_NUMBER_AT = re.compile(r"\b(?:accounted|accounts|accounting)\s+for\s+the\s+(?:biggest|largest|greatest|"
                                r"highest)\s+(?:number|share|proportion|part)\s+of\s+(?:the\s+)?[a-z]+\s*,?\s*"
                                r"(?:at|with|on)\s+$", re.I)
BIGGEST_PART_REACH = 3
_THIS_PERIOD = re.compile(r"\bthis\s+(?:year|month|season|quarter|week)\b|\bso\s+far\b|\bto\s+date\b", re.I)


def _verb_stem(doc: Document, m: Mention) -> str | None:
    """The stem of the word right before a figure: "carrying 19.2m" and "carried 7.5m" share "carr"."""
    found = _VERB_RIGHT_BEFORE.search(doc.text, max(doc.sentences[m.sentence].start, m.start - 20), m.start)
    return found.group(1).lower()[:4] if found else None


def _years_in(doc: Document, sent: int) -> list[int]:
    """The years stated in a sentence: "in 2019", "in April 2022" (a dateline's "Jan 17" has none)."""
    out = []
    for m in doc.mentions_in(sent):
        if m.kind == Kind.YEAR and m.value is not None:
            out.append(int(m.value))
        elif m.kind == Kind.DATE and m.date is not None and m.date.year is not None:
            out.append(m.date.year)
    return out


def _whole_in_older_year(doc: Document, q: Mention, parts_sentence: int) -> bool:
    """Round 21: "... carried 21.12 million vehicles in 2024. ... The previous record, 20.6 million, was set in
    2019. Cars accounted for 18.37 million, ...": the figure before sits in a year older than one the text told
    earlier and the parts name no year, so they are the text's current period, not pieces of the old figure."""
    own = _years_in(doc, q.sentence)
    if not own or _years_in(doc, parts_sentence):
        return False
    earlier = [y for k in range(q.sentence) for y in _years_in(doc, k)]
    return bool(earlier) and max(own) < max(earlier)


def _year_of_its_own(doc: Document, sent: int) -> bool:
    """A year stated in the sentence ("in 2019", "on March 3, 2019"); a dateline's "Jan 17" is none."""
    return any(m.kind == Kind.YEAR or m.kind == Kind.DATE and re.search(r"\d{4}", m.text) for m in doc.mentions_in(sent))


def find_biggest_part_then_rest(doc: Document):
    """"The airport handled 28.6 million passengers" / "European flights remained the biggest part of the
    business, carrying 19.2 million passengers. Long-haul services carried 7.5 million, and domestic routes
    3.9 million": the lone figure told as the biggest part, then, in the next sentence, the other parts by the
    same verb (the later ones gapped), are pieces of the nearest earlier figure counting the same things in
    a sentence of no other year (partial, inferred: they may not exceed it)."""
    by_sentence = _pool(doc)
    for k, ms in by_sentence.items():
        if len(ms) != 1 or k + 1 not in by_sentence:
            continue
        first = ms[0]
        lead = doc.text[doc.sentences[k].start:first.start]
        if first.noun is None and not _LARGEST_NUMBER_AT.search(lead):
            continue
        if not (_BIGGEST_PART.search(lead) or _LARGEST_NUMBER_AT.search(lead)) \
                or _OTHER_PERIOD.search(doc.sentence_text(k)) or _year_of_its_own(doc, k):
            continue
        nxt = by_sentence[k + 1]
        rest = next((e for e in _enumerations(doc, nxt) if e[0] is nxt[0]), None)
        stem = _verb_stem(doc, first)
        # round 22: "... accounted for the largest number of repairs at 6,210. Crews fixed 4,985 potholes in A,
        # 4,720 in B and 3,325 in C": no verb shared, the next list's first noun names the whole
        by_noun = rest is not None and first.noun is None and rest[0].noun is not None
        if rest is None or not by_noun and (stem is None or _verb_stem(doc, rest[0]) != stem) \
                or any(p.noun is not None or p.hedge for p in rest[1:]) or rest[0].hedge or first.hedge \
                or not all(_compatible_kinds(first, p) and p.unit == first.unit for p in rest) \
                or _year_of_its_own(doc, k + 1) or _OTHER_PERIOD.search(doc.sentence_text(k + 1)):
            continue
        parts = (first,) + tuple(rest)
        for j in range(k - 1, max(-1, k - BIGGEST_PART_REACH - 1), -1):
            if doc.sentences[j].headline or _year_of_its_own(doc, j) or j not in by_sentence:
                continue
            if _OTHER_PERIOD.search(doc.sentence_text(j)) and any(_THIS_PERIOD.search(doc.sentence_text(i)) for i in (k, k + 1)):
                break  # "... 25m passengers last year" / "This year European flights were the biggest part, ..."
            same = [q for q in by_sentence.get(j, []) if q.noun and categories.same_thing(
                q.noun, rest[0].noun if by_noun else first.noun)]
            if len(same) == 1 and not same[0].hedge and _total_compatible(same[0], parts, inferred=True) \
                    and same[0].value > max(p.value for p in parts):
                yield PartsOfWhole(link="inferred", cue="biggest part", total=same[0], parts=parts, complete=False)
            break


def parts_of_whole(doc: Document) -> list[PartsOfWhole]:
    """The relations of ``find_parts_of_whole``, found once per document (the
    share finder reads them too)."""
    found = doc.memo.get("parts-of-whole")
    if found is None:
        found = doc.memo["parts-of-whole"] = list(find_parts_of_whole(doc))
    return found


def find_headline_over_periods(doc: Document):
    """"Rail chaos: 1,248 trains axed" / "Operators cancelled 712 services on Saturday and a further 436
    on Sunday": the lone count of a headline and, in the first body sentence, its only figures, each in a
    period of its own, joined by "a further", "another" or "N more".  The headline may count a longer span, so the list is read as all of it only when
    it agrees or misses by a slip of one digit (a digit changed, two swapped, one dropped or added);
    else nothing is said (round 12)."""
    for h, heads, q, items, enum in _headline_over_body_list(doc, 2):
        body = h + 1
        if len(enum) != len(items):
            continue
        if not any(_MORE_AFTER.match(doc.text[p.end:p.end + 8])
                   or FURTHER_BEFORE.search(doc.text[max(doc.sentences[body].start, p.start - 20):p.start])
                   for p in enum[1:]):
            continue  # a tally of one event day by day ("a further 436 on Sunday"), not "restored 2,140 on Monday and ..."
        if not (_over_periods(doc, enum) and _in_sub_periods(doc, enum)) or not _total_compatible(q, enum, inferred=True) \
                or _nouns_conflict(q, enum) or _OWN_SPAN.search(doc.sentence_text(h)):
            continue
        if not _same_event(doc, q, enum):
            continue
        rel = _headline_sum_if_close(q, enum)
        if rel is not None:
            yield rel


def _headline_over_body_list(doc: Document, least: int):
    """The headline's lone count (no compound), the headline index, its pool figures, the first body sentence's
    pool figures (``least`` of them at least) and their one list not read already as parts of a whole: what the
    headline-over-periods and headline-over-places readers start from."""
    by_sentence = _pool(doc)
    done = {tuple(r.parts) for r in parts_of_whole(doc)}
    for h, heads in by_sentence.items():
        body = h + 1
        if not doc.sentences[h].headline or body >= len(doc.sentences) or doc.sentences[body].headline:
            continue
        counts = [m for m in heads if not m.compound]
        items = by_sentence.get(body, [])
        if len(counts) != 1 or len(items) < least:
            continue
        enums = list(_enumerations(doc, items))
        if len(enums) != 1 or enums[0] in done:
            continue
        yield h, heads, counts[0], items, enums[0]


def _headline_sum_if_close(q: Mention, enum) -> PartsOfWhole | None:
    """The list as all of the headline's count, kept only when it agrees or misses by a slip of one digit (the
    list may cover less than the headline: a longer span, some of the places)."""
    rel = PartsOfWhole(link="inferred", cue="headline", total=q, parts=enum, complete=True)
    return rel if agrees(rel) or _slip_of_one_digit(rel.stated_sum, q) else None


# a clause with no figure, then a dash or colon opening the list: "scrapped services across the network on
# Monday - 87 on ..." (round 23)
_FIGURELESS_OPENING = re.compile(r"[^\d;()\[\]]{3,140}?(?::|\s[-–—]|[–—])\s*$")
# each part placed by a preposition right after its figure: "87 on the coastal line", "68 at Leeds"
_PLACE_LABEL_AFTER = re.compile(r"\s+(?:on|in|at|from|across|along|for|between|to)\s+(?:the\s+|its\s+|their\s+)?[A-Za-z]")


def find_headline_over_places(doc: Document):
    """"Signal failure: 214 trains cancelled" / "The operator scrapped services across the network on Monday - 87
    on the coastal line, 68 on the valley route and 49 on the airport shuttle - after ...": the lone count of a
    headline and, in the first body sentence, its only figures, a list opened by a dash or colon after a clause
    with no figure of its own, each part placed by a preposition, the same fate or noun as the headline's.  The
    places may be only some of them, so the list is read as all of the headline only when it agrees or misses by
    a slip of one digit, as over periods (round 23; inferred)."""
    for h, heads, q, items, enum in _headline_over_body_list(doc, 3):
        body = h + 1
        if len(heads) != 1:
            continue
        # (but the count of the places before the list: "will shed posts at three depots: 87 at A, ...")
        places = [m for m in items if m not in enum and m.end <= enum[0].start and m.value == len(enum)]
        start = places[-1].end if places else doc.sentences[body].start
        if len(items) != len(enum) + len(places) or len(places) > 1 \
                or any(m.kind in SUMMABLE and start <= m.start < enum[0].start for m in doc.mentions_in(body)) \
                or not _FIGURELESS_OPENING.match(doc.text, start, enum[0].start) \
                or not all(_PLACE_LABEL_AFTER.match(doc.text, p.end) for p in enum) \
                or any(p.noun is not None or p.hedge for p in enum):
            continue
        if not _total_compatible(q, enum, inferred=True) or _nouns_conflict(q, enum) \
                or _OWN_SPAN.search(doc.sentence_text(h)) or not _same_event(doc, q, enum):
            continue
        rel = _headline_sum_if_close(q, enum)
        if rel is not None:
            yield rel


def _same_event(doc: Document, q: Mention, enum) -> bool:
    """The headline and the list count the same things (one noun) or say the same thing happened to them
    ("1,248 trains axed" / "cancelled 712 services")."""
    from .shares import _fates  # (shares reads this module: imported late)
    head, lead = categories.normalise(q.noun), categories.normalise(_own_noun(enum[0], doc))
    if head and lead and (head == lead or categories.may_contain(head, lead)):
        return True
    body = doc.sentences[enum[0].sentence]
    return bool(_fates(_with_past_forms(doc.sentence_text(q.sentence))) & _fates(doc.text[body.start:enum[-1].end]))


def _with_past_forms(text: str) -> str:
    """A headline's present verbs with their past forms added: "Council approves 224 applications" also says
    "approved", "Storm shuts 214 schools" "shut" (round 23)."""
    return text + " " + " ".join(w[:-1] + " " + w[:-1] + "d" for w in words(text) if len(w) > 3 and w.endswith("s"))


_COPULA_AFTER = re.compile(r"\s+(?:were|was|are|is)\b", re.I)


def _plain_exact(m: Mention) -> bool:
    """An exact count stated to the unit, not a round one: "9,412", "3,106" (not "9,400", "about 3,100")."""
    return m.kind == Kind.COUNT and m.hedge is None and not m.compound and not m.is_range and m.value is not None \
        and m.precision == 1 and m.value.denominator == 1 and m.value % 10 != 0


def find_kinds_next_sentence(doc: Document):
    """"The service attended 9,412 incidents in the year. Crews were sent to 3,106 fires, 2,871 special
    services and 3,435 false alarms" (round 16): the exact counts of the next sentence (three at least, each
    with its own noun, its only figures but dates) break down the one exact count before when they add up to
    it -- or miss it by a slip of one digit worth under a tenth of it, which no chance list of other things
    would (inferred, complete; silent otherwise: kinds may be left out)."""
    by_sentence = _pool(doc)
    for sent, figures in sorted(by_sentence.items()):
        if len(by_sentence.get(sent + 1, ())) < 3:
            continue  # (round 23, speed: the parts, three of the next sentence's figures at least, counted first)
        wholes = [q for q in figures if _sole_figure(q, figures, doc)]
        if len(wholes) != 1 or not _plain_exact(wholes[0]) or wholes[0].noun is None \
                or sent + 1 >= len(doc.sentences) \
                or doc.sentences[sent + 1].paragraph - doc.sentences[sent].paragraph > 1:
            continue
        whole = wholes[0]
        quantities = [m for m in doc.mentions_in(sent + 1) if m.is_quantity and m.kind not in _TIME_KINDS]
        parts = tuple(by_sentence.get(sent + 1, []))
        if len(parts) < 3 or len(quantities) != len(parts) or any(
                not _plain_exact(p) or p.noun is None or p.noun_span is None or p.value >= whole.value
                or _is_difference(doc, p) or _verb_follows(doc, p) or _COPULA_AFTER.match(doc.text, p.end)
                for p in parts) or len({categories.normalise(p.noun) for p in parts}) != len(parts) \
                or _SUBSET.search(doc.sentence_text(sent + 1)):
            continue  # "Of those killed, 31 were residents, ...": not kinds of the whole
        rel = PartsOfWhole(link="inferred", cue="kinds", total=whole, parts=parts, complete=True)
        # (a slip of under a tenth: a list short by a large round amount may just leave a kind out)
        if agrees(rel) or whole.value >= 1000 and _slip_of_one_digit(rel.stated_sum, whole) \
                and abs(rel.stated_sum - whole.value) * 10 < whole.value:
            yield rel


def _stated_share_fits(doc: Document, share: Mention, whole: Mention) -> bool:
    """The share says how much "of the total" it is ("4.1m tonnes, or about 42% of the total"), and the whole
    before it gives that much: the total it means, not a figure of another period (round 16)."""
    s = doc.sentences[share.sentence]
    for m in doc.mentions_in(share.sentence):
        if m.start > share.end and m.kind in (Kind.FRACTION, Kind.PERCENT) and m.interval is not None \
                and len(words(doc.text[share.end:m.start])) <= 3 and _FRACTION_THEN_OF.match(doc.text, m.end, s.end):
            ratio = Interval.point(share.value).divide(whole.interval) if whole.interval else None
            if ratio is None:
                return False
            return ratio.scale(Fraction(100) if m.kind == Kind.PERCENT else Fraction(1)).intersects(m.interval)
    return False


# (round 29, speed) the words one of which a sentence closing a list by what is left holds ("the remaining ...")
_THE_REST_TRIGGER = ("remaining", "other", "last")


@needs(words=_THE_REST_TRIGGER)
def find_share_then_rest(doc: Document):
    """"The mill ground 8.4m tonnes of grain. Wheat made up the largest share, at 4.1m tonnes. Barley took
    2.6m tonnes and other grains the remaining 1.7m tonnes" (round 16): a lone whole, then the one figure of
    the next sentence told as a share of it, then a list opening its sentence and closed by what is left:
    the share and the list are all of the whole (inferred, complete)."""
    by_sentence = _pool(doc)
    text = doc.text
    for sent, items in sorted(by_sentence.items()):
        if len(items) < 2 or not holds_any(doc.sentence_text(sent), _THE_REST_TRIGGER) \
                or not re.search(r"\bthe\s+(?:remaining|other|last)\b", doc.sentence_text(sent), re.I):
            continue  # (a cheap look first: most sentences close no list by what is left)
        for enum in _enumerations(doc, items):
            if items[0] is not enum[0] or len(items) != len(enum) \
                    or not _REMAINING_BEFORE.search(text, max(0, enum[-1].start - 16), enum[-1].start):
                continue
            mid = _prev_figured(doc, sent)
            shares = [m for m in by_sentence.get(mid, []) if not m.compound]
            if mid < 0 or len(shares) != 1 or not _itself_a_share(doc, shares[0]) \
                    or doc.sentences[sent].paragraph - doc.sentences[mid].paragraph > 1:
                continue
            share = shares[0]
            back = _prev_figured(doc, mid)
            figures = by_sentence.get(back, []) if back >= 0 else []
            wholes = [q for q in figures if _sole_figure(q, figures, doc)]
            if len(wholes) != 1 or doc.sentences[mid].paragraph - doc.sentences[back].paragraph > 1:
                continue
            whole, parts = wholes[0], (share,) + enum
            if not _stated_share_fits(doc, share, whole) or _CHANGE_FROM_BEFORE.search(
                    text, max(doc.sentences[back].start, whole.start - 30), whole.start):
                continue  # "... compared with 28.4m in February. Some 19.3m, or 64% of the total, ...": whose total?
            if any(p.compound or _is_difference(doc, p) or not _compatible_kinds(p, whole) or p.value >= whole.value
                   for p in parts) or _itself_a_share(doc, whole) \
                    or not _total_compatible(whole, parts, inferred=True) or _nouns_conflict(whole, parts):
                continue
            own = {p.lower() for p in _PERIOD_PHRASE.findall(doc.sentence_text(sent) + " " + doc.sentence_text(mid))}
            if own - {p.lower() for p in _PERIOD_PHRASE.findall(doc.sentence_text(back))}:
                continue  # "sold 9,000 cars last year. ... So far this year ...": another period
            yield PartsOfWhole(link="inferred", cue="the remaining", total=whole, parts=parts, complete=True)


# ------------------------------------------- "Donations were the largest source at £6.3m, followed by £4.1m ..."

# a sum told as the largest of several sources of money, and the words up to its figure (round 18)
_LARGEST_SOURCE = re.compile(r"\b(?:biggest|largest|main|greatest|principal)\s+(?:single\s+)?(?:source|contributor"
                             r"|funder|donor|provider|earner|group|contingent)(?:\s+of\s+(?:[a-z]+\s+){0,2}?[a-z]+)?"
                             # "The largest single source was ticket sales, at £4.2m"
                             r"(?:\s+(?:was|were|is|are|remained|remains)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s*,))?"
                             r"(?:\s*,?\s+(?:at|with|on)\s+|\s*,\s*(?:providing|contributing|giving"
                             r"|supplying|bringing\s+in|worth|with)\s+|\s*,\s*)(?:about\s+|some\s+|around\s+|nearly\s+)?$", re.I)
# the other sources after it in its sentence: "..., followed by £4.1m in grants, £3.2m ..."
_FOLLOWED_BY = re.compile(r"\s*(?:[\w'’-]+\s+){0,4}?,?\s*(?:and\s+)?(?:closely\s+|then\s+)?followed\s+by\s+"
                          r"(?:about\s+|some\s+|around\s+|nearly\s+|(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*\(\s*)?$", re.I)
# an earlier level the new one is compared with: "up from £12.9m", "£12.9m the year before"
_OLD_LEVEL_AFTER = re.compile(r"\s*(?:(?:in|for)\s+)?(?:the\s+(?:year|month|season|quarter)\s+before|a\s+year\s+"
                              r"(?:earlier|before|ago)|the\s+(?:previous|prior)\s+year)\b", re.I)
_LABEL_OTHER = re.compile(r"\b(?:and|or)\s+other\s+(?=[a-z])", re.I)
# a net result, which may hold losses ("income" is gross here: it has sources)
_NET_ONLY = re.compile(r"\b(?:profit|loss|losses|ebitda|ebit|surplus|deficit|net|margin|balance)\b", re.I)
LARGEST_SOURCE_REACH = 3  # sentences back from the largest source to its whole


def _whole_before(doc: Document, sent: int, first: Mention, by_sentence) -> Mention | None:
    """The one sum of ``first``'s unit in the nearest earlier body sentence that has any, not an old level
    ("up from £12.9m", "£12.9m the year before") and larger than ``first``."""
    para = doc.sentences[sent].paragraph
    for j in range(sent - 1, max(-1, sent - LARGEST_SOURCE_REACH - 1), -1):
        if doc.sentences[j].headline or para - doc.sentences[j].paragraph > 1:
            return None
        sums = [m for m in by_sentence.get(j, []) if m.kind == first.kind and m.unit == first.unit]
        if not sums:
            continue
        new = [m for m in sums if not m.compound and not m.is_range
               and not _OLD_VALUE_BEFORE.search(doc.text, max(0, m.start - 12), m.start)
               and not _OLD_LEVEL_AFTER.match(doc.text, m.end, doc.sentences[j].end)]
        if len(new) != 1 or new[0].value is None or new[0].value <= first.value \
                or _NET_ONLY.search(doc.sentence_text(j)) or _itself_a_share(doc, new[0]):
            return None
        return new[0]
    return None


# (_LARGEST_SOURCE, which every relation here needs, opens on one of the first words and names one of the others)
@needs(words=("biggest", "largest", "main", "greatest", "principal"))
@needs(words=("source", "contributor", "funder", "donor", "provider", "earner", "group", "contingent"))
def find_largest_source_then_rest(doc: Document):
    """"The charity took in £14.8m, up from £12.9m" / "Donations remained its largest source of money at £6.3m,
    followed by £4.1m in grants, £3.2m in legacies and £1.8m from its shops" (or "... the largest single source,
    providing £118.2m. Charities contributed £64.7m, industry £41.9m and ..."): a sum told as the largest source,
    then the other sources listed after "followed by" in its sentence or given in the next one, are pieces of
    the one new sum of their unit in the nearest earlier sentence with any (partial, bounded: they may not
    exceed it; round 18)."""
    by_sentence = _pool(doc)
    done = None
    for k, items in sorted(by_sentence.items()):
        for i, first in enumerate(items):
            if first.kind not in (Kind.MONEY, Kind.COUNT) or first.hedge or first.compound or first.value is None \
                    or not _LARGEST_SOURCE.search(doc.text, max(doc.sentences[k].start, first.start - 80), first.start):
                continue
            if _year_of_its_own(doc, k) or _OTHER_PERIOD.search(doc.sentence_text(k)):
                continue  # "... the largest source at £4.2m in 2019": the parts of another time
            later = [m for m in items[i + 1:] if m.kind == first.kind and m.unit == first.unit]
            if later:  # "..., followed by £4.1m in grants, £3.2m in legacies and £1.8m from ..."
                if not _FOLLOWED_BY.match(doc.text, first.end, later[0].start):
                    continue
                rest = next((e for e in _enumerations(doc, items) if e[0] is later[0]), None)
                if rest is None or any(m not in rest for m in later):
                    continue
            else:  # the next sentence: "Charities contributed £64.7m, industry £41.9m and ..."
                nxt = by_sentence.get(k + 1, [])
                if any(m.end <= first.start and m.kind == first.kind for m in items) or not nxt:
                    continue
                rest = next((e for e in _enumerations(doc, nxt) if e[0] is nxt[0]), None)
                if rest is None or len(rest) != len(nxt) or doc.sentences[k + 1].paragraph != doc.sentences[k].paragraph \
                        or not _CONTRIBUTION_BEFORE.search(doc.text, max(doc.sentences[k + 1].start, rest[0].start - 40),
                                                           rest[0].start) \
                        or _RATE_OF.search(doc.text, rest[0].start, min(doc.sentences[k + 1].end, rest[-1].end + 30)) \
                        or _OTHER_PERIOD.search(doc.sentence_text(k + 1)):
                    continue
            parts = (first,) + tuple(rest)
            # (a label's own "and other": "Medical and other charities contributed ..." adds no other things)
            if any(p.kind != first.kind or p.unit != first.unit or p.value is None or _is_difference(doc, p)
                   for p in parts) or _ADDITION.search(_LABEL_OTHER.sub(" ", _outside_list(doc, rest))):
                continue
            whole = _whole_before(doc, k, first, by_sentence)
            if whole is None or not _total_compatible(whole, parts, inferred=True) or _nouns_conflict(whole, parts) \
                    or whole.kind == Kind.COUNT and not all(categories.may_contain(whole.noun, _own_noun(p, doc)) for p in parts):
                continue  # (counts of other things: "7,600 ships" / "... 2,100 ferry passengers")
            if done is None:
                done = {p.start for r in parts_of_whole(doc) for p in r.parts}
            if any(p.start in done for p in rest):
                continue  # the list is read already
            yield PartsOfWhole(link="inferred", cue="largest source", total=whole, parts=parts, complete=False,
                               bounded=True)


# ------------------------------------------- candidates' votes told sentence by sentence, then all votes cast

# the sum of all votes cast, opening its sentence: "In all, 32,992 valid votes were cast", "A total of 9,100 votes
# were counted", "Overall, 9,100 ballots were cast" (round 19)
_ALL_CAST_BEFORE = re.compile(r"^\W*(?:(?:in\s+all|in\s+total|altogether|all\s+told|overall)\s*,?\s*(?:a\s+total\s+of\s+)?"
                              r"|a\s+total\s+of\s+)(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.I)
_ALL_CAST_AFTER = re.compile(r"^\s+(?:valid\s+)?(?:votes|ballots|ballot\s+papers)\s+(?:were|had\s+been)\s+(?:cast|counted)\b"
                             r"|^\s+valid\s+(?:votes|ballots)\b", re.I)
# a candidate's own votes: "won 14,382 votes", "came second with 11,907", "on 1,876", "polled 612"
_CANDIDATE_VOTES_BEFORE = re.compile(r"\b(?:won|polled|received|took|got|secured|gained|attracted|garnered|with|on)\s+"
                                     r"(?:(?:just|only|a\s+mere)\s+)?$", re.I)
# a tally of another contest or time: "four years ago", "at the last election", "in 2018"
VOTE_SENTENCES_BACK = 4


def _candidate_votes(doc: Document, idx: int) -> list[Mention]:
    """The candidates' own vote counts of one sentence: each after "won", "polled", "with", "on" ..., either
    "votes" or no noun, not a share, not hedged."""
    out = []
    start = doc.sentences[idx].start
    for m in doc.mentions_in(idx):
        if m.kind != Kind.COUNT or m.compound or m.is_range or m.hedge or m.value is None \
                or m.noun is not None and m.noun.lower() != "votes":
            continue
        if _CANDIDATE_VOTES_BEFORE.search(doc.text, max(start, m.start - 20), m.start) \
                and not re.match(r"\s*(?:%|per\s*cent|more|fewer|ahead|behind)", doc.text[m.end:m.end + 12], re.I):
            out.append(m)
    return out


@needs(words=tuple(sorted(_BALLOT_NOUNS)))  # (round 29, speed) a total's noun: a count of ballots
def find_votes_within_all_cast(doc: Document):
    """Round 19: "Nandakumar won 14,382 votes, or 43.6%. Lusk came second with 11,907. Falvey finished third
    with 4,215 votes, ahead of Redfern on 1,876 and Sully on 612. In all, 32,992 valid votes were cast.": the
    candidates' votes, told sentence by sentence right before the sentence opening on all the votes cast
    (up to four sentences, one paragraph up), may not add up to more than them (some candidates may be left
    out: partial, bounded; inferred).  Not with a tally of another contest or time among them, nor with a
    figure told twice."""
    # (round 23, speed) the sentences with a count of ballots (a total's first tests), found in one pass
    ballots = {m.sentence for m in doc.mentions if m.kind == Kind.COUNT and (m.noun or "").lower() in _BALLOT_NOUNS}
    for k, sentence in enumerate(doc.sentences):
        if k not in ballots or sentence.headline or sentence.chrome:
            continue
        totals = [m for m in doc.mentions_in(k) if m.kind == Kind.COUNT and not m.compound and m.value
                  and (m.noun or "").lower() in _BALLOT_NOUNS and _ALL_CAST_BEFORE.match(doc.text[sentence.start:m.start]) and _ALL_CAST_AFTER.match(doc.text[m.end:m.end + 40])]
        if len(totals) != 1:
            continue
        total, parts, sentences = totals[0], [], 0
        for j in range(k - 1, max(-1, k - VOTE_SENTENCES_BACK - 1), -1):
            s = doc.sentences[j]
            if s.headline or s.chrome or sentence.paragraph - s.paragraph > 1:
                break
            found = _candidate_votes(doc, j)
            if not found:
                break
            if _OTHER_CONTEST.search(doc.sentence_text(j)):
                parts = []
                break
            parts[:0] = found
            sentences += 1
        if len(parts) < 3 or sentences < 2 or not any(p.noun for p in parts) \
                or len({p.value for p in parts}) != len(parts) or any(p.value >= total.value for p in parts):
            continue
        yield PartsOfWhole(link="inferred", cue="votes cast", total=total, parts=tuple(parts), complete=False,
                           bounded=True)


# ------------------------------------------- round 30: the candidates' votes and the spoilt papers beside all the papers

# all the papers of a poll: "Turnout in the by-election was 18,422" (before), "18,439 papers were counted", "a total of
# 9,120 ballots were cast" (after)
_PAPERS_NOUN = r"(?:ballot\s+)?(?:papers|ballots|votes)"
# (round 32, speed) what ``_all_papers`` reads a count of all the papers by: "turnout" (``_TURNOUT_WAS``) or a noun of
# ``_PAPERS_NOUN`` (``_ALL_PAPERS_AFTER``)
_ALL_PAPERS_TRIGGER = ("turnout", "papers", "ballots", "votes")
_ALL_PAPERS_AFTER = re.compile(r"\s+" + _PAPERS_NOUN + r"\s+(?:in\s+all\s+)?(?:were|had\s+been)\s+"
                               r"(?:cast|counted|returned|issued)\b", re.I)
# a spoilt paper: "88 spoilt ballots", "345 ballots were rejected", "41 papers were void"
_SPOILT_BEFORE_NOUN = re.compile(r"\s+" + _SPOILT_WORD + r"\s+" + _PAPERS_NOUN + r"\b", re.I)
_SPOILT_PAPERS_AFTER = re.compile(r"\s+" + _PAPERS_NOUN + r"?\s*(?:were|was|had\s+been)\s+(?:(?:ruled|declared)\s+)?"
                                  + _SPOILT_WORD + r"\b", re.I)


def _all_papers(doc: Document, k: int) -> Mention | None:
    """The one count of all the papers of sentence ``k``: after "Turnout ... was", or a count of papers (ballots,
    votes) that were cast or counted."""
    sent = doc.sentences[k]
    found = [m for m in doc.mentions_in(k) if m.kind == Kind.COUNT and not m.compound and not m.hedge and m.value
             and (_TURNOUT_WAS.search(doc.text, sent.start, m.start) and m.noun is None
                  or _ALL_PAPERS_AFTER.match(doc.text, m.end, sent.end)
                  or _OF_THE_BEFORE.fullmatch(doc.text, sent.start, m.start)
                  and _PAPERS_COUNTED_AFTER.match(doc.text, m.end, sent.end))]
    return found[0] if len(found) == 1 else None


# (round 32) "Of the 4,301 ballot papers counted in the ward, 4,276 were valid": all the papers, named as a base
_OF_THE_BEFORE = re.compile(r"\W*(?:[\w'’-]+\s+){0,3}?(?:of|out\s+of)\s+(?:the|all|all\s+the)\s+", re.I)
_PAPERS_COUNTED_AFTER = re.compile(r"\s+" + _PAPERS_NOUN + r"\s+(?:cast|counted|returned|issued)\b", re.I)


def _spoilt_papers(doc: Document, k: int) -> list[Mention]:
    """The counts of spoilt (rejected, void) papers of sentence ``k``."""
    end = doc.sentences[k].end
    return [m for m in doc.mentions_in(k) if m.kind == Kind.COUNT and not m.compound and m.value is not None
            and (_SPOILT_BEFORE_NOUN.match(doc.text, m.end, end) or _SPOILT_PAPERS_AFTER.match(doc.text, m.end, end))]


def _sides_of_poll(doc: Document, j: int) -> tuple[Mention, ...]:
    """The candidates' votes of sentence ``j``: a list whose first figure a verb of polling ("polled", "received",
    "won") gives to a candidate, the others gapped ("Dev Patel 7,806 and Gareth Jones 1,233"), or each with its
    verb -- as the sums finder reads lists; one list only."""
    runs = [enum for enum in _enumerations(doc, _pool(doc).get(j, []))
            if _CANDIDATE_VOTES_BEFORE.search(doc.text, max(doc.sentences[j].start, enum[0].start - 20), enum[0].start)
            and (enum[0].noun or "votes").lower() == "votes"
            and all(p.kind == Kind.COUNT and not p.hedge and (p.noun is None or p.noun.lower() in _BALLOT_NOUNS)
                    for p in enum)]
    if len(runs) != 1:
        return ()
    run = runs[0]
    earlier = [m for m in _pool(doc).get(j, []) if m.end <= run[0].start and m.kind == Kind.COUNT]
    if not earlier:
        return run
    head = _head_to_head_before(doc, earlier, run)
    return head + run if head else ()


# (round 32) after a head-to-head, the rest of the field: ", with Labour's Asif Rahman on "
_REST_OF_FIELD = re.compile(r"\s*,\s*(?:with|while)\s+[^,;:.()\d]*(?:,[^,;:.()\d]*,)?[^,;:.()\d]*?\bon\s+$", re.I)


def _rest_of_field(doc: Document, enum) -> bool:
    """(round 32) The run follows a head-to-head's rival side and ", with NAME on": the other candidates' votes."""
    before = [m for m in doc.mentions_in(enum[0].sentence) if m.end <= enum[0].start and m.kind == enum[0].kind]
    return bool(before) and _rival_side_closes(doc, before[-1], "") \
        and _REST_OF_FIELD.fullmatch(doc.text, before[-1].end, enum[0].start) is not None


def _head_to_head_before(doc: Document, earlier: list[Mention], run) -> tuple[Mention, ...]:
    """(round 32) The two leading candidates told head to head before the run of the others' votes ("Cole polled 1,846
    votes to Mr Pike's 1,532, with Labour's Rahman on 911 and ..."): they are sides too, read with the run; ``()``
    for any other figure before the run (the run is then only some of the candidates: no sides of the whole poll)."""
    if len(earlier) != 2:
        return ()
    a, b = earlier
    if b.noun is not None or b.hedge or a.hedge or (a.noun or "votes").lower() != "votes" \
            or not _CANDIDATE_VOTES_BEFORE.search(doc.text, max(doc.sentences[a.sentence].start, a.start - 20), a.start) \
            or not _TO_RIVALS.fullmatch(doc.text, a.end, b.start) \
            or not _REST_OF_FIELD.fullmatch(doc.text, b.end, run[0].start):
        return ()
    return a, b


@needs(Kind.COUNT, count=4)
@needs(words=_ALL_PAPERS_TRIGGER)  # (round 32, speed: every reading starts from ``_all_papers``)
def find_sides_beside_all_papers(doc: Document):
    """(round 30) "In the by-election A polled 9,412 votes, B 7,806 and C 1,233. With 88 spoilt ballots, 18,439
    papers were counted."; "Turnout in the by-election was 18,422. A received 9,874 votes and B 7,903, and there were
    345 spoilt ballots.": all the papers of a poll (turnout, the papers counted or cast) in the sentence next to the
    candidates' votes, with the spoilt papers in either, are the votes and the spoilt papers together (complete,
    inferred).  Without a count of spoilt papers the votes may only not exceed them (partial).  Not beside another
    poll's figure ("at the last election"; the two sentences naming another round, race or year: "In the first
    round ..." beside "In the run-off, ..."), nor in a ward of several seats (each voter casts several votes), nor
    when the text leaves candidates out ("the rest", "others")."""
    for k, sentence in enumerate(doc.sentences):
        if sentence.headline or sentence.chrome:
            continue
        total = _all_papers(doc, k)
        if total is None:
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(doc.sentences) or doc.sentences[j].paragraph != sentence.paragraph:
                continue
            sides = _sides_of_poll(doc, j)
            if len(sides) < 2 or total in sides:
                continue
            words_of_both = doc.sentence_text(k) + " " + doc.sentence_text(j)
            if _EARLIER_POLL.search(words_of_both) or _LEFT_OUT.search(words_of_both) \
                    or _SEVERAL_SEATS.search(words_of_both) or _names_other_poll(doc, k, j) \
                    or any(p.value >= total.value for p in sides):
                break
            spoilt = [m for m in _spoilt_papers(doc, k) + _spoilt_papers(doc, j) if m is not total]
            extra = tuple(m for m in spoilt if m not in sides)
            if len(spoilt) > 1:
                break
            yield PartsOfWhole(link="inferred", cue="votes and spoilt papers", total=total, parts=sides + extra,
                               complete=bool(spoilt), bounded=True)
            break


def _names_other_poll(doc: Document, k: int, j: int) -> bool:
    """(round 30 mend) Do sentences ``k`` and ``j`` each name a contest, round or year, and not the same ones ("In
    the first round ..." beside "In the run-off, ...", "In the 2019 election ..." beside "This year ...")?"""
    named_k, named_j = ({re.sub(r"\W+", " ", w.lower()) for w in _POLL_NAMED.findall(doc.sentence_text(i))} for i in (k, j))
    return bool(named_k and named_j and named_k != named_j)


# ------------------------------------------- a count of contests, then its results in the next sentence

# the results' own span or place, not all the contests: "at home", "away", "in the league", "since March"
_RECORD_SUBSET = re.compile(r"\b(?:at\s+home|away|on\s+the\s+road|since|in\s+the\s+(?:league|cup)|of\s+(?:them|those|these)"
                            r"|rest|remaining|so\s+far|to\s+date)\b", re.I)


# (round 31) words between the contests and their three outcomes that end the record's clause: another clause or period
_RECORD_BREAK = re.compile(r"[;:()]|\b(?:but|while|whereas|than|last|previous|before|after|earlier|later|including)\b"
                           r"|\b(?:19|20)\d\d\b", re.I)
RECORD_GAP_WORDS = 8


def find_record_in_sentence(doc: Document):
    """(round 31) The lone count of contests of a sentence and the next three figures after it, each labelled by one
    outcome (won, drawn or tied, lost), told in any order and any wording the list readers miss: "From 30 fixtures
    the club has won 17, drawn eight and lost six", "In 26 outings this term the Hawks have lost four, tied three and
    won 18", "from their 24 games, having won 14, drawn six and lost five" -- all of them (complete).  Not past a
    clause break or another period ("but", "last season", a year), nor results of only some ("at home", "since
    March", "of them")."""
    by_sentence = _pool(doc)
    done = {tuple(r.parts) for r in parts_of_whole(doc)}
    for j, items in by_sentence.items():
        contests = [m for m in items if m.kind == Kind.COUNT and not m.compound and _is_contest_count(doc, m)
                    and m.noun is not None]
        if len(contests) != 1 or doc.sentences[j].headline:
            continue
        q = contests[0]
        after = [m for m in items if m.start >= q.end]
        parts = tuple(after[:3])
        if len(parts) != 3 or parts in done or any(p.kind != Kind.COUNT or p.value is None or p.hedge for p in parts):
            continue
        between = doc.text[q.end:parts[-1].start]
        if len(words(doc.text[q.end:parts[0].start])) > RECORD_GAP_WORDS or _RECORD_BREAK.search(between) \
                or _RECORD_SUBSET.search(doc.text[q.end:doc.sentences[j].end]) \
                or any(m.kind in (Kind.YEAR, Kind.DATE, Kind.WEEKDAY) for m in doc.mentions_in(j)):
            continue
        if any(m.kind == Kind.COUNT and not _counts_other_thing(doc, m) for m in items if m.start >= parts[-1].end):
            continue  # (mend 31) "won seven, drew two and lost one in regulation, with two going to penalties"
        if _outcomes_exhaust(doc, parts, q):
            yield PartsOfWhole(link="explicit", cue="record", total=q, parts=parts, complete=True)


# (round 38) two outcomes, then the contests they are of: "won nine and lost six of their 14 league matches"; or the
# contests first: "played 21 matches on clay, winning 17 and losing three"
_WON_THEN = re.compile(r"\b(?:won|winning|wins)\s+$", re.I)
_LOST_BETWEEN = re.compile(r"\s+(?:and\s+)?(?:lost|losing)\s+$", re.I)
_OF_CONTESTS = re.compile(r"\s+of\s+(?:their|his|her|its|the)\s+$", re.I)
_PLAYED_THEN = re.compile(r"^[^,;:.]{0,40},\s*winning\s+$", re.I)
_DRAWN = re.compile(r"\b(?:dr[ae]w|drawn|drawing|draws|tied|ties|tying|no\s+result|abandoned)\b", re.I)


@needs(Kind.COUNT, count=3, words=("lost", "losing"))  # (round 41, speed) three counts, and ``_LOST_BETWEEN``'s word
def find_two_outcome_record(doc: Document):
    """(round 38) Games won and lost against the games played, told in one sentence with no draw: "won nine and lost
    six of their 14 league matches", "played 21 matches on clay, winning 17 and losing three".  The two may leave
    draws or other results out, so they are some of the games (partial): never more than them (FC102)."""
    text = doc.text
    for s, ms in body_sentences(doc):
        counts = [m for m in ms if m.kind == Kind.COUNT and m.value is not None and not m.is_range and not m.hedge]
        # (round 41, speed) three counts first, then the sentence's words
        if len(counts) < 3 or _DRAWN.search(text, s.start, s.end) or _RECORD_SUBSET.search(text, s.start, s.end):
            continue
        for k in range(len(counts) - 2):
            a, b, c = counts[k:k + 3]
            if _WON_THEN.search(text, max(s.start, a.start - 10), a.start) \
                    and _LOST_BETWEEN.fullmatch(text, a.end, b.start) and _OF_CONTESTS.fullmatch(text, b.end, c.start) \
                    and _is_contest_count(doc, c):
                yield PartsOfWhole(link="explicit", cue="record", total=c, parts=(a, b), complete=False, bounded=True)
            elif _is_contest_count(doc, a) and _PLAYED_BEFORE.search(text, max(s.start, a.start - 10), a.start) \
                    and _PLAYED_THEN.match(text[a.end:b.start]) and _LOST_BETWEEN.fullmatch(text, b.end, c.start):
                yield PartsOfWhole(link="explicit", cue="record", total=a, parts=(b, c), complete=False, bounded=True)


# (round 42) the games won, the games, then the draws and defeats as participles or verbs: "won 14 of their 22 games,
# drawing five and losing four"
_DRAW_OR_LOSS_AFTER_CONTESTS = re.compile(r"(?:\s+[a-z-]+){0,3}?\s*,\s*(?:and\s+)?(drawing|drew|tying|tied|losing|lost)\s+",
                                          re.I)
_DRAW_OR_LOSS_JOINT = re.compile(r"\s*,?\s*(?:and\s+)?(drawing|drew|tying|tied|losing|lost)\s+", re.I)
_DRAW_VERBS = frozenset("drawing drew tying tied".split())


@needs(Kind.COUNT, count=4, words=("won", "winning"))
def find_won_of_then_draws_and_defeats(doc: Document):
    """(round 42) "won 14 of their 22 games, drawing five and losing four": the wins, the contests, then one draw and
    one defeat count (either order); win, draw and defeat are every result, so the three are all of the contests
    (complete, explicit).  Not where the sentence names a subset of the games ("at home", "so far")."""
    text = doc.text
    for s, ms in body_sentences(doc):
        counts = [m for m in ms if m.kind == Kind.COUNT and m.value is not None and not m.is_range and not m.hedge]
        if len(counts) < 4 or _RECORD_SUBSET.search(text, s.start, s.end):
            continue
        for k in range(len(counts) - 3):
            won, games, x, y = counts[k:k + 4]
            if not _WON_THEN.search(text, max(s.start, won.start - 10), won.start) \
                    or not _OF_CONTESTS.fullmatch(text, won.end, games.start) or not _is_contest_count(doc, games):
                continue
            first = _DRAW_OR_LOSS_AFTER_CONTESTS.fullmatch(text, games.end, x.start)
            second = _DRAW_OR_LOSS_JOINT.fullmatch(text, x.end, y.start)
            if first is None or second is None:
                continue
            if (first.group(1).lower() in _DRAW_VERBS) == (second.group(1).lower() in _DRAW_VERBS):
                continue  # one draw count and one defeat count
            yield PartsOfWhole(link="explicit", cue="record", total=games, parts=(won, x, y), complete=True)


# (round 32) a record with no defeats: "the unbeaten cruiserweight", "undefeated", "has never lost", "is yet to lose"
_UNBEATEN = re.compile(r"\b(?:unbeaten|undefeated|(?:has|have|is|are)\s+(?:yet\s+to\s+(?:lose|be\s+beaten)|never\s+(?:been\s+)?"
                       r"(?:lost|beaten)))\b", re.I)
# the two parts told together, then the contests they are of: "won 19 and drawn three (of his) 24 fights"
_PAIR_JOINT = re.compile(r"\s*(?:,\s*)?(?:and|,)\s+(?:[a-z]+\s+){0,2}")
_PAIR_OF_CONTESTS = re.compile(r"\s+of\s+(?:his|her|their|its|the)\s+(?:[a-z]+\s+)?")


# (round 34, speed) every match of ``_UNBEATEN`` holds one of these: "unbeaten" and "yet to be beaten" hold "beaten",
# "yet to lose" "lose", "never (been) lost" "lost", "never (been) beaten" "beaten"
_UNBEATEN_TRIGGER = ("beaten", "undefeated", "lose", "lost")


@needs(words=_UNBEATEN_TRIGGER)  # (round 34, speed) it yields only in a sentence ``_UNBEATEN`` matches
def find_unbeaten_record(doc: Document):
    """(round 32) An unbeaten record told by its wins and draws alone: "The unbeaten cruiserweight has won 19 and drawn
    three of his 24 fights", "In 40 bouts the undefeated Texan has won 36 and drawn two": with no defeats the two are
    all of the contests (complete, inferred).  Only with one count of contests and the two results beside each other,
    one won and one drawn, no loss word beyond the unbeaten phrase and no subset or break ("at home", "so far", a year)."""
    by_sentence = _pool(doc)
    done = {tuple(r.parts) for r in parts_of_whole(doc)}
    wins, draws, losses = _OUTCOME_SCHEMES[1]
    for j, items in by_sentence.items():
        sent_text = doc.sentence_text(j)
        unbeaten = _UNBEATEN.search(sent_text)
        if unbeaten is None or doc.sentences[j].headline:
            continue
        contests = [m for m in items if m.kind == Kind.COUNT and _is_contest_count(doc, m) and m.noun is not None]
        others = [m for m in items if m not in contests]
        if len(contests) != 1 or len(others) != 2 or any(p.kind != Kind.COUNT or p.value is None or p.hedge
                                                         or p.compound for p in others):
            continue
        q, parts = contests[0], tuple(others)
        if parts in done or not _PAIR_JOINT.fullmatch(doc.text, parts[0].end, parts[1].start):
            continue
        if q.start > parts[1].end:
            if not _PAIR_OF_CONTESTS.fullmatch(doc.text, parts[1].end, q.start):
                continue
        elif len(words(doc.text[q.end:parts[0].start])) > RECORD_GAP_WORDS or _RECORD_BREAK.search(
                doc.text[q.end:parts[0].start]):
            continue
        rest = sent_text[:unbeaten.start()] + sent_text[unbeaten.end():]
        if _RECORD_SUBSET.search(rest) or _RECORD_BREAK.search(rest) or set(words(rest.lower())) & losses \
                or any(m.kind in (Kind.YEAR, Kind.DATE, Kind.WEEKDAY) for m in doc.mentions_in(j)):
            continue
        labels = [_outcome_label(doc, parts, k, True) for k in (0, 1)]
        if not (labels[0] & wins and labels[1] & draws or labels[0] & draws and labels[1] & wins):
            continue
        yield PartsOfWhole(link="inferred", cue="unbeaten record", total=q, parts=parts, complete=True)


def _counts_other_thing(doc: Document, m: Mention) -> bool:
    """(mend 31) A figure after a record that counts a thing of its own, not more contests: "scoring 64 goals",
    "collecting 36 points"; not "with two going to penalties" (a participle read as its noun), "two more games"."""
    noun = (_own_noun(m, doc) or "").lower()
    return bool(noun) and noun not in _CONTEST_NOUNS and not (noun.endswith("ing") and noun not in _ING_NOUNS)


# (round 31) the running total's own words of a span longer than the two parts, or of more than they hold
_RUNNING_BEYOND = re.compile(r"\b(?:so\s+far|to\s+date|since|overall|cumulative|all[- ]time|record|year|season|campaign"
                             r"|week|month|fortnight|outbreak|appeal|now|running)\b", re.I)


# the running total confined to what the two sentences tell: "the weekend's total", "the two-day total", "the combined
# tally", "the day's count", "between them"
_SCOPE_OF_TWO = re.compile(r"\b(?:weekend|(?:day|night|evening|morning|afternoon)['’]s|(?:two|2)-(?:day|night|match|game)"
                           r"|combined|joint|both|between\s+them)\b", re.I)
_SPAN_OF_TOTAL = re.compile(r"[\s-]*(?:total|tally|count|haul)\b", re.I)


def find_running_total_across(doc: Document):
    """(round 31) A lone count, then a sentence opening on "a further N" / "another N" / "N more" of the same kind and
    closing on a running total after it: "Volunteers planted 3,750 trees on Saturday. A further 2,480 went in on
    Sunday, bringing the weekend's total to 6,130" -- the two are all of the total (complete, inferred) when the
    total is confined to them ("the weekend's", "the two-day", "the combined"; a bare "the total" may count earlier
    ones too), unless the total or the first sentence tells of a longer span ("so far", "since March", "this year",
    a date) or more figures stand in either sentence."""
    by_sentence = _pool(doc)
    done = {tuple(r.parts) for r in parts_of_whole(doc)}
    text = doc.text
    for j, items in by_sentence.items():
        prev = by_sentence.get(j - 1)
        if not prev or len(prev) != 1 or len(items) != 2 or doc.sentences[j - 1].paragraph != doc.sentences[j].paragraph \
                or doc.sentences[j - 1].headline:
            continue
        first, (added, total) = prev[0], items
        start = doc.sentences[j].start
        if not (FURTHER_BEFORE.search(text, start, added.start) and not text[start:added.start].strip(" \"'“‘").lower()
                [:-len(FURTHER_BEFORE.search(text, start, added.start).group(0))].strip(" ,")
                or _MORE_AFTER.match(text[added.end:added.end + 8]) and not text[start:added.start].strip(" \"'“‘")):
            continue  # the sentence opens on the added part
        gap = text[added.end:total.start]
        if not (_RUNNING_TOTAL_BEFORE.search(gap) or _RUNNING_WIDE.search(gap) or _RUNNING_SUMMED_NOUN.search(gap)) \
                or len(words(gap)) > RUNNING_GAP_WORDS or _BREAKS.search(gap):
            continue
        parts = (first, added)
        if parts in done or any(m.kind is not first.kind or m.unit != first.unit or m.value is None or m.hedge
                                or m.compound for m in (first, added, total)) \
                or first.value is None or total.value <= max(first.value, added.value):
            continue
        if not _SCOPE_OF_TWO.search(gap):
            continue  # "bringing the total to 41" may count earlier ones too: only a total confined to the two
        if not _LIST_END_AFTER.match(text[total.end:doc.sentences[j].end]):
            continue  # (mend 31) "taking the combined total to £25,000 with gift aid": more than the two
        if _RUNNING_BEYOND.search(gap + " " + text[total.end:doc.sentences[j].end]) \
                or _LONGER_SPAN.search(doc.sentence_text(j - 1)) or _ADDED_BEFORE.search(text, max(0, first.start - 20), first.start) \
                or any(m.kind in (Kind.YEAR, Kind.DATE) or m.kind == Kind.DURATION and not _SPAN_OF_TOTAL.match(text, m.end)
                       for s in (j - 1, j) for m in doc.mentions_in(s)):
            continue  # (a span naming the running total is its own: "the two-day total")
        if _own_noun(first, doc) and _own_noun(added, doc) \
                and not categories.same_thing(_own_noun(first, doc), _own_noun(added, doc)):
            continue
        yield PartsOfWhole(link="inferred", cue="total to", total=total, parts=parts, complete=True)


def find_record_next_sentence(doc: Document):
    """Round 19: "Harlow played 46 matches last season. They won 20, drew 11 and lost 13.": the lone count of
    contests of a sentence, and in the next one (same paragraph) its only figures, one for each of won, drawn
    and lost: all of them (complete, inferred).  Not when the results name a span or place of their own ("at
    home", "since March", "in the league")."""
    by_sentence = _pool(doc)
    done = {tuple(r.parts) for r in parts_of_whole(doc)}
    for j, items in by_sentence.items():
        nxt = j + 1
        if doc.sentences[j].headline or nxt not in by_sentence or doc.sentences[nxt].paragraph != doc.sentences[j].paragraph:
            continue
        counts = [m for m in items if m.kind == Kind.COUNT]
        if len(counts) != 1 or not _is_contest_count(doc, counts[0]) or counts[0].noun is None:
            continue
        parts = tuple(by_sentence[nxt])
        if len(parts) != 3 or parts in done or any(p.kind != Kind.COUNT or p.noun is not None or p.value is None
                                                   for p in parts) \
                or _RECORD_SUBSET.search(doc.sentence_text(nxt)) \
                or any(m.kind in (Kind.YEAR, Kind.DATE, Kind.WEEKDAY) for m in doc.mentions_in(nxt)):
            continue
        if _outcomes_exhaust(doc, parts, counts[0]):
            yield PartsOfWhole(link="inferred", cue="record", total=counts[0], parts=parts, complete=True)


# ------------------------------------------- round 21: wholes named after their parts, and other cues

# "Okafor's 31, Dell's 24 and another 21 from the bench made up the Wildcats' 91 points": the list is the subject
# of a verb of making up, the whole its object after a determiner or a name's possessive (not "the rest of")
_MADE_UP_THE = re.compile(r"\b(?:(?:together|between\s+them|combined)\s+)?(?:(?:made|make|makes|making)\s+up"
                          r"|account(?:s|ed|ing)?\s+for|add(?:s|ed|ing)?\s+up\s+to|went\s+into)\s+(?:all\s+(?:of\s+)?)?"
                          r"(?:the|its|their|his|her|[A-Z][\w'’-]*['’]s?)\s+(?!(?:rest|remainder|bulk|most|majority|half"
                          r"|share|part|portion|balance)\b)(?:[\w'’-]+\s+){0,2}$")
# (round 56) the group the parts made up, sized after "of": "the entire field of", "the whole squad of"
_GROUP_OF_END = re.compile(r"\s*(?:(?:entire|whole|full|complete)\s+)?(?:field|squad|team|crew|group|party|delegation"
                           r"|contingent|entry|entries|intake|roll|list|crowd|fleet|total)\s+of\s+$", re.I)
# "3,400 oaks, 2,150 birches and 1,900 rowans along the valley - 6,950 saplings": the last part's label, then a
# dash or colon and the whole
_DASH_THEN_WHOLE = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,6}?\s*(?:\s[-–—]\s|[–—]|:)\s*(?:(?:some|about|around|nearly"
                              r"|almost|roughly|a\s+total\s+of)\s+)?$", re.I)
# after the whole: a comparison or another share of it, no sum ("- 200 more trees than ...", "- 60 of them ...")
_NOT_SUMMED_AFTER = re.compile(r"^\W*(?:more|fewer|less|than|up|down|from|per|each|every|a\s+(?:day|week|month|year)"
                               r"|of\s+(?:them|which|whom|those)|short|below|above|over|under|compared|against)\b", re.I)
# "..., adding that all 55 people had been brought ashore": "all N" as the subject of its own clause
_SAID_IN_GAP = re.compile(r",\s*(?:the\s+|a\s+|its\s+|their\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,4}?(?:said|says|reported"
                          r"|announced|added)\b", re.I)
_ALL_BEFORE = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+)?$", re.I)
_AUXILIARY_AFTER = re.compile(r"^\s+(?:(?:on\s+board|aboard|involved)\s+)?(?:had|have|has|were|was|are|is|would|will"
                              r"|could|got|made\s+it)\b", re.I)
def _all_restates_whole(doc: Document, m: Mention) -> bool:
    """Round 24: a bare "all N" (its verb right after it: no noun, no "of the ...") as the subject of its own clause
    points back to the whole named before, never one more part: "Nine of them stayed in, and all 27 had gone home"."""
    return m.kind == Kind.COUNT and _all_then_verb(doc, m, m.end)


# "..., bringing to 48 the number rescued", "That brings to 24 the number of people found alive": the inverted
# running total, the figure before its noun phrase


def _all_of_list(doc: Document, m: Mention) -> bool:
    """"Four adults and nine children were stuck, and all 13 people were freed": "all N NOUN" and its verb, a
    whole after the parts joined to them by "and", no more part (round 21)."""
    return m.noun is not None and m.noun_span is not None and _all_then_verb(doc, m, m.noun_span.end)


def _all_opens_next(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """(Round 37) "All N NOUN [on board] VERB" opening the sentence after a list of people, its noun covering theirs:
    "The jet was carrying 141 passengers and six crew ... All 153 people on board left the aircraft"."""
    if q.kind != Kind.COUNT or q.noun is None or q.noun_span is None or q.hedge or q.is_range \
            or not _ALL_OPENS.fullmatch(doc.text, doc.sentences[q.sentence].start, q.start) \
            or not _VERB_AFTER_ALL.match(doc.text, q.noun_span.end):
        return False
    nouns = [_own_noun(p, doc) for p in enum]
    whole = categories.normalise(q.noun)
    return all(nouns) and len({n.lower() for n in nouns}) == len(nouns) \
        and all(categories.normalise(n) != whole for n in nouns) and _cover_noun(q, enum, doc)


_ALL_OPENS = re.compile(r"\W*All\s+(?:of\s+the\s+)?")
_VERB_AFTER_ALL = re.compile(r"\s+(?:(?:on\s+board|aboard|involved)\s+)?(?:had|have|has|were|was|are|is|would|will|could"
                             r"|got|made\s+it|[a-z]+ed|left|survived|escaped)\b", re.I)


def _all_then_verb(doc: Document, m: Mention, end: int) -> bool:
    """"all" right before the figure and a verb right after ``end`` (the figure's or its noun's end)."""
    return bool(_ALL_BEFORE.search(doc.text, max(0, m.start - 12), m.start)) \
        and bool(_AUXILIARY_AFTER.match(doc.text[end:end + 30]))


# "23 of the 61 patients were over 75, 22 were ...": a figure after "were over" is the threshold a part passed,
# no part of its own
_THRESHOLD_BEFORE = re.compile(r"\b(?:were|was|are|is|being|aged)\s+(?:(?:all|still)\s+)?(?:over|under|above|below"
                               r"|older\s+than|younger\s+than|more\s+than|less\s+than|at\s+least)\s+$", re.I)


def _threshold_predicate(doc: Document, m: Mention) -> bool:
    """Round 21: the figure is the object of a copula and a bound ("were over 75"), a part's label."""
    return m.kind == Kind.COUNT and bool(_THRESHOLD_BEFORE.search(doc.text, max(0, m.start - 30), m.start)) \
        or m.kind == Kind.COUNT and m.hedge is not None and bool(
            re.search(r"\b(?:were|was|are|is|aged)\s+$", doc.text[max(0, m.start - 12):m.start], re.I))


# "four batters passed 1,000 runs: A (1,312), B (1,104) and C (1,058)": the figure is the mark each part passed,
# no total of them (round 22)
_MARK_VERB_BEFORE = re.compile(r"\b(?:pass(?:ed|es|ing)?|reach(?:ed|es|ing)?|top(?:ped|s|ping)?|surpass(?:ed|es|ing)?"
                               r"|exceed(?:ed|s|ing)?|cross(?:ed|es|ing)?|broke|break(?:s|ing)?|hit(?:s|ting)?"
                               r"|clear(?:ed|s|ing)?)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?$", re.I)


def _mark_each_passed(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """Round 22: a figure after "passed"/"reached"/"topped" that every part is at least: a mark, no whole."""
    return q.value is not None and all(p.value is not None and p.value >= q.value for p in enum) \
        and bool(_MARK_VERB_BEFORE.search(doc.text, max(0, q.start - 30), q.start))


# "The hall cost $6.2m and was paid for with a $3.5m grant, $2.1m from the district and $0.9m from parents": the
# sources that paid for a cost are pieces of it (partial: the list may leave a source out; bounded); round 22: the
# cost's noun may run to seven words ("The £12.6m refurbishment of the old town library will be paid for with")
_FUNDED_GAP = re.compile(r"^[\s,]*(?:[a-z][\w'’-]*\s+){0,7}?(?:and\s+|,\s*)?(?:(?:was|were|is|are|will\s+be|has\s+been"
                         r"|have\s+been|being)\s+)?(?:paid\s+for|funded|financed|bankrolled|met|covered)\s+"
                         r"(?:(?:entirely|wholly|jointly|in\s+full)\s+)?(?:with|by|through|from|out\s+of)\s+"
                         r"(?:(?:a|an|the)\s+)?$", re.I)


# round 25: the whole's own "of" phrase, then a verb of coming from right before the first source
_COMES_FROM_GAP = re.compile(r"^\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:of\s+(?:[a-z][\w'’-]*\s+){1,3}?)?(?:(?:will|would|should|must|is\s+to|are\s+to"
                             r"|(?:is|are)\s+(?:set|expected|due|likely)\s+to)\s+)?(?:come|comes|came)\s+from\s+"
                             r"(?:(?:a|an|the)\s+)?$", re.I)


# a source named right after its figure: "£1.8m of council reserves", "£0.9m from a grant", "48 in the league"
_SOURCE_NAMED_AFTER = re.compile(r"\s+(?:of|from|in)\s", re.I)


def _comes_from(doc: Document, q: Mention, enum: tuple[Mention, ...], gap: str) -> bool:
    """Round 25: the whole opens its clause as the subject, no other figure before it, and two or more sources of its
    kind and unit, each below it, come right after "come(s)/came from" (a partial breakdown: they may not exceed it).
    Each source names where it comes from ("of"/"from"/"in" right after it): "600 on brownfield land and 500 built by
    housing associations" or "150 recruits this year and 150 next year" may overlap or be gross figures."""
    return len(enum) >= 2 and not q.compound and q.value is not None and bool(_COMES_FROM_GAP.match(gap)) \
        and all(p.kind == q.kind and _compatible_kinds(q, p) and p.value is not None and p.value < q.value
                and _SOURCE_NAMED_AFTER.match(doc.text, p.end) for p in enum) \
        and not any(o.is_quantity and o.end <= q.start for o in doc.mentions_in(q.sentence))


# a word that makes the sources that paid for a cost only some of them: "partly paid for with", "including a £2m
# grant", "among others", "and other donors"
_SOME_SOURCES = re.compile(r"\b(?:part(?:ly|ially)?|mostly|mainly|largely|chiefly|principally|in\s+part|including"
                           r"|among|such\s+as|others?|rest|remainder|remaining|balance|so\s+far|to\s+date|yet|still"
                           r"|initial|first)\b", re.I)


def _all_sources(doc: Document, q: Mention, enum: tuple[Mention, ...], gap: str) -> bool:
    """Round 22: the sources that paid for a cost are all of them when "and" closes their list and no word says they
    are some ("The £12.6m refurbishment will be paid for with a £7.4m grant, £3.1m from the council and £1.6m from
    donors": 12.1 against 12.6)."""
    text = doc.text
    index = enum[-1].sentence
    # what follows the list, to the end of the next sentence: "..., with a bank loan covering the rest" / "A loan
    # will cover the shortfall."
    tail = text[enum[-1].end:doc.sentences[min(index + 1, len(doc.sentences) - 1)].end]
    return re.search(r"\band\s+(?:\S+\s+){0,3}?$", text[enum[-2].end:enum[-1].start]) is not None \
        and not _SOME_SOURCES.search(gap) and not _SOME_SOURCES.search(text[enum[0].start:enum[-1].start]) \
        and not _REST_OF_COST.search(tail) \
        and not _SOME_SOURCES.search(text[max(doc.sentences[index].start, q.start - 40):q.start])


_REST_OF_COST = re.compile(r"\b(?:rest|remainder|balance|shortfall|others?|loans?|borrow\w*|gap)\b", re.I)


def _funded_by(q: Mention, enum: tuple[Mention, ...], gap: str) -> bool:
    """Round 21: a sum of money, then a verb of paying for it and two or more sums of its currency."""
    return q.kind == Kind.MONEY and not q.compound and len(enum) >= 2 \
        and bool(_FUNDED_GAP.match(_SAID_IN_GAP.sub(",", gap))) \
        and all(p.kind == Kind.MONEY and p.unit == q.unit for p in enum) \
        and q.value is not None and all(p.value is not None and p.value < q.value for p in enum)


# "Burglaries fell to 1,046 last year, according to police figures, which show 618 at homes and 482 at shops": the
# source of the figure, then what it shows, right before the list (partial)
_SOURCE_SHOWS_GAP = re.compile(r",\s*(?:according\s+to\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:figures"
                               r"|data|statistics|numbers|records|report|returns)\s*,?\s*(?:which|that)\s+(?:show|shows"
                               r"|showed|break\s+down|breaks\s+down|split|splits)\s+(?:(?:a|an|the)\s+)?$", re.I)


_RUNNING_TO_FIRST = re.compile(r"\b(?:bring\w*|brought|tak(?:e|es|ing)|took|push\w*|rais\w*|lift\w*)\s+to\W*$", re.I)
_RUNNING_NEXT_FIRST = re.compile(r"^\W*(?:that|this|it|which|these|they)\s+(?:\w+\s+)?(?:bring\w*|brought"
                                 r"|tak(?:e|es|ing)|took|push\w*|rais\w*|lift\w*)\s+to\W*$", re.I)
_THE_NUMBER_AFTER = re.compile(r"^\s+(?:the|its|their)\s+(?:[\w'’-]+\s+)?(?:total|tally|number|count)\b([^,.;:\d]{0,60})", re.I)
_STATE_WORDS = frozenset("killed injured hurt wounded dead died deaths fatalities missing arrested arrests charged "
                         "detained jailed convicted".split())


def _cover_noun(q: Mention, enum: tuple[Mention, ...], doc: Document | None = None) -> bool:
    """"3,400 oaks, 2,150 birches ... - 6,950 saplings", "four engines ... 11 appliances": a whole named by a
    noun of its own may cover parts named by others when nothing says they differ in kind: no known
    exclusion, and people are counted on both sides or on neither."""
    if q.noun is None:
        return False
    nouns = [n for n in (_own_noun(p, doc) for p in enum) if n]
    if not nouns:
        return False
    whole = categories.normalise(q.noun)
    people = whole in categories.PEOPLE or bool(_PERSON_NOUN.match(whole or ""))
    for n in nouns:
        part = categories.normalise(n)
        if part == whole or categories.may_contain(whole, part):
            continue
        if categories.excludes(whole, part) or categories.excludes(part, whole) \
                or (part in categories.PEOPLE or bool(_PERSON_NOUN.match(part or ""))) != people:
            return False
    return True


# (round 54) a figure added to a list after it: "with four reserves", "plus two coaches", "along with six staff"
_ADDED_AFTER_LIST = re.compile(r"\b(?:with|plus|and|along\s+with|as\s+well\s+as|besides|together\s+with)\s+"
                            r"(?:a\s+further\s+|another\s+|an\s+extra\s+)?$", re.I)
# (round 54) the group the parts make, told right after them: ", making a squad of 24", ", forming a team of 11"
_MAKING_GROUP_OF = re.compile(r",\s*(?:making|forming|giving\s+(?:it|them|the\s+\w+))\s+(?:a|an|the)\s+(?:[a-z]+\s+)?"
                              r"(?:squad|team|party|group|crew|delegation|contingent|side|roster|field|line-up|"
                              r"cast|panel|board|committee|workforce|total)\s+of\s+$", re.I)


def _after_list_whole(doc: Document, q: Mention, enum: tuple[Mention, ...], gap: str) -> str | None:
    """Round 21: the whole told right after its parts in one sentence, by a cue the other readings miss:
    "A's 31, B's 24 and C's 19 made up the side's 74 points" ("made up", "accounted for", "went into";
    complete), "planted 3,400 oaks, 2,150 birches and 1,900 rowans - 6,950 saplings" (a dash or colon, then a
    whole whose own noun covers the parts' nouns; complete), "Twelve crew and forty passengers were aboard,
    ..., adding that all fifty-five people had been rescued" ("all N" the subject of its clause, its noun a
    whole of the parts' nouns; complete) and "..., bringing to 48 the number rescued" (a running total,
    partial).  Each only with a whole above every part and no comparison in the gap."""
    if q.value is None or any(p.value is None for p in enum) or q.value <= max(p.value for p in enum) \
            or _no_link(gap, q, doc) or q.compound \
            or any(enum[-1].end <= m.start and m.end <= q.start and m.kind in SUMMABLE
                   for m in doc.mentions_in(q.sentence)):
        return None  # (not past another figure: "..., the east stand's 900 and the family area's 650 made up ...")
    text = doc.text
    tail = text[(q.noun_span.end if q.noun_span else q.end):doc.sentences[q.sentence].end]
    if _MADE_UP_THE.search(gap) and len(words(gap)) <= 14 and not _BREAKS.search(re.sub(r"^\s*\)", " ", gap)) \
            and (q.noun is not None or q.kind == Kind.MONEY) and not _NOT_SUMMED_AFTER.match(tail):
        return "made up"
    if (group := _GROUP_OF_END.search(gap)) is not None and _MADE_UP_THE.search(gap[:group.start()] + " ") \
            and len(words(gap)) <= 14 \
            and not _BREAKS.search(re.sub(r"^\s*\)", " ", gap)) and not _NOT_SUMMED_AFTER.match(tail):
        return "made up"  # (round 56) "A (40), B (31) and C (12) made up the whole field of 83": a group's size
    if _DASH_THEN_WHOLE.match(gap) and q.noun is not None and len([p for p in enum if _own_noun(p, doc)]) >= 2 \
            and len({categories.normalise(_own_noun(p, doc)) for p in enum if _own_noun(p, doc)}) >= 2 \
            and _cover_noun(q, enum, doc) and not _NOT_SUMMED_AFTER.match(tail) \
            and not _NOT_SUMMED_AFTER.match(text[q.end:q.end + 20]):
        return "apposition"
    if _ALL_BEFORE.search(text, max(0, q.start - 12), q.start) and q.noun is not None and q.noun_span is not None \
            and _AUXILIARY_AFTER.match(text[q.noun_span.end:q.noun_span.end + 30]) \
            and not _BREAKS.search(_SAID_IN_GAP.sub(",", gap)):
        nouns = [_own_noun(p, doc) for p in enum]
        if nouns[0] and all(categories.may_contain(q.noun, n) for n in nouns if n):
            return "all"
    if _MAKING_GROUP_OF.search(gap) and len(words(gap)) <= 14 and not _BREAKS.search(gap):
        return "making"  # (round 54) "Nine men and eleven women will go, with four reserves, making a squad of 24"
    if _together_after_list(gap, text[q.end:q.end + 30]):
        return "together"  # round 23: "A with 2,140 tonnes, B with 1,760 and C with 985 - together handled 4,885"
    if _RUNNING_TO_FIRST.search(gap) and len(words(gap)) <= 10 \
            and (number := _THE_NUMBER_AFTER.match(text[q.end:q.end + 80])) is not None \
            and _running_names_list(number.group(1), text[doc.sentences[enum[0].sentence].start:enum[-1].end]) \
            and not _aside_of_figure(doc, enum, gap):
        return "total to"
    return None


# round 23: the list closed by a dash, bracket or comma, then "together" (or "between them") with the verb of its
# subject: "- Northgate with 2,140 tonnes, ... and Quarry Lane with 985 tonnes - together handled 4,885 tonnes"
_TOGETHER_GAP = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,3}?\s*(?:\)|\s[-–—]|[-–—]|,)\s*(?:(?:have|had|has|will)\s+)?"
                           r"(?:together|between\s+them|jointly)\s+(?:[a-z]+ed|[a-z]+s|made|took|had|sold|drew|held|won|brought\s+in"
                           r"|took\s+in|came\s+to|amounted\s+to)\s+(?:(?:some|about|around|nearly|almost|roughly|a\s+total\s+of)\s+)?$",
                           re.I)
_THEM_AFTER = re.compile(r"^\W*(?:[a-z]+\s+)?(?:between\s+them|together|combined)\b", re.I)
_VERB_GAP = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,3}?\s*(?:\)|\s[-–—]|[-–—])\s*(?!(?:its|this|plus|is|was|has|as|us)\b)(?:[a-z]+ed|[a-z]+s|made|took|had|sold|drew|held|won)\s+$",
                       re.I)


def _together_after_list(gap: str, tail: str) -> bool:
    """Round 23: the list's items told "together" as the subject of the whole's verb, after the dash or bracket that
    closes it ("... and C with 985 tonnes - together handled 4,885 tonnes"), or the whole "between them" after its
    verb ("... - handled 4,885 tonnes between them"): their sum (complete)."""
    return bool(_TOGETHER_GAP.match(gap)) or bool(_VERB_GAP.match(gap) and _THEM_AFTER.match(tail))


def _running_names_list(qualifier: str, listed: str) -> bool:
    """"the number of people found alive" after a list of survivors: the running total's qualifier names no
    state (dead, injured, arrested, ...) that the list does not (not "the number of dead" after rescues)."""
    listed = listed.lower()
    return not any(w in _STATE_WORDS and w[:5] not in listed for w in words(qualifier.lower()))


def _running_next_inverted(doc: Document, q: Mention, other: int, sent: int, enum) -> bool:
    """Round 21: "Rescuers pulled 17 from the rubble on Monday and another nine on Tuesday. That brings to 24
    the number of people found alive": the next sentence opens on the inverted running total, its one figure;
    it holds the parts (partial)."""
    if other != sent + 1:
        return False
    before = doc.text[doc.sentences[other].start:q.start]
    number = _THE_NUMBER_AFTER.match(doc.text[q.end:q.end + 80])
    return bool(_RUNNING_NEXT_FIRST.match(before)) and number is not None \
        and _running_names_list(number.group(1), doc.sentence_text(sent))


_VERB_ECHO_STOP = frozenset("were was are is been being had have has will would could that this with from into "
                            "their there them they said says".split())


def _cover_noun_echoed(doc: Document, q: Mention, enum: tuple[Mention, ...]) -> bool:
    """"Crossfield sent four engines, Millbrook three and a further five came from Hanley Green. In total, 11
    appliances were sent to the fire": a totaliser's whole named by a noun of its own covers the parts when
    its clause repeats the list's verb ("sent") -- not "In total, 30 officers were deployed" after arrests."""
    if not _cover_noun(q, enum, doc) or q.noun_span is None:
        return False
    listed = {w[:4] for w in words(doc.sentence_text(enum[0].sentence).lower()) if len(w) >= 4}
    clause = re.split(r"[,;:.()\d]", doc.text[q.noun_span.end:q.noun_span.end + 40].lower())[0]
    after = [w for w in words(clause)[:4] if len(w) >= 4 and w not in _VERB_ECHO_STOP]
    return any(w[:4] in listed for w in after)


# "Revenue came to 412 million francs, the company said, after quarterly sales of 98 million, 104 million, ...":
# a year's total after one figure for each of its periods, as many as the period word says
_PERIODIC_GAP = re.compile(r"^(?:\s+[\w'’-]+){0,3}?(?:\s*,\s*(?:the\s+|a\s+|its\s+)?(?:[A-Za-z][\w'’.-]*\s+){0,4}?"
                           r"(?:said|says|reported|announced|added))?\s*,?\s+(?:[a-z]+\s+){0,3}?(?:after|with|from|on|thanks\s+to)\s+"
                           r"(?:(?:its|their|his|her|the)\s+)?(?:(?:two|four|twelve)\s+)?"
                           r"(quarterly|monthly|half-yearly|six-monthly)\s+(?:[a-z]+\s+){1,2}?of\s+$", re.I)
_PERIODS_IN_YEAR = {"quarterly": 4, "monthly": 12, "half-yearly": 2, "six-monthly": 2}


def _periodic_instalments(q: Mention, enum: tuple[Mention, ...], gap: str) -> bool:
    """Round 21: a total for the year after its quarterly (monthly, half-yearly) figures, one for each period."""
    m = _PERIODIC_GAP.match(gap)
    return m is not None and not q.compound and len(enum) == _PERIODS_IN_YEAR[m.group(1).lower()] \
        and q.kind in (Kind.COUNT, Kind.MONEY) and all(p.kind in (Kind.COUNT, q.kind) for p in enum) \
        and q.value is not None and all(p.value is not None for p in enum) and q.value > max(p.value for p in enum)


# "Twelve were rated outstanding, 27 good, eight as requiring improvement and four as inadequate": after a
# first part with its verb, each other part keeps only a short label of its own
_GAPPED_LABEL = re.compile(r"^\s+(?:as\s+)?(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_GAPPED_LAST_LABEL = re.compile(r"^\s+(?:as\s+)?(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*\s*(?:[.!?]?\s*$|,\s*(?:the\s+|a\s+)?"
                                r"(?:[A-Za-z][\w'’.-]*\s+){0,4}?(?:said|says|reported|added|found|showed)\b)", re.I)


def _gapped_predicates(doc: Document, enum: tuple[Mention, ...]) -> bool:
    if len(enum) < 3 or not _verb_follows(doc, enum[0]) or _own_noun(enum[0], doc) is not None:
        return False
    text = doc.text
    for p, nxt in zip(enum[1:], enum[2:] + (None,)):
        label = text[p.end:nxt.start] if nxt is not None else text[p.end:doc.sentences[p.sentence].end]
        if not (_GAPPED_LABEL if nxt is not None else _GAPPED_LAST_LABEL).match(label) \
                or any(w in _VERBS or w in ("more", "fewer", "less", "than") for w in words(label.lower())):
            return False
    return True


_RESPECTIVELY = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?respectively\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*")


@needs(words="respectively")  # (round 29, speed) its sentence's word
def find_headline_over_respectively(doc: Document):
    """Round 21: "Library network lends 1.2 million books" / "Branches in A, B and C lent 540,000, 410,000 and
    390,000 titles respectively": figures told "respectively" for named items, the only figures of their
    sentence, are pieces of the headline's lone figure (partial, bounded, inferred) -- not when the headline
    names one of the items (it is then that item's own figure)."""
    by_sentence = _pool(doc)
    done = {tuple(r.parts) for r in parts_of_whole(doc)}
    for k, items in by_sentence.items():
        sentence = doc.sentences[k]
        if sentence.headline or "respectively" not in doc.sentence_text(k).lower():
            continue
        heads = [h for h in range(max(0, k - HEADLINE_REACH), k) if doc.sentences[h].headline]
        if not heads or any(j in by_sentence for j in range(heads[-1] + 1, k)):
            continue
        h = heads[-1]
        figures = [m for m in doc.mentions_in(h) if m.kind not in _TIME_KINDS]
        if len(figures) != 1 or figures[0] not in by_sentence.get(h, ()):
            continue
        q = figures[0]
        for enum in _enumerations(doc, items):
            end = enum[-1].end
            if len(enum) < 2 or len(enum) != len(items) or tuple(enum) in done \
                    or not _RESPECTIVELY.match(doc.text[end:end + 40]) or q.compound \
                    or not _total_compatible(q, enum, inferred=True) or _nouns_conflict(q, enum):
                continue
            named = set(_CAPITALISED.findall(doc.sentence_text(h)))
            if named & set(_CAPITALISED.findall(doc.sentence_text(k))[1:]):
                continue
            yield PartsOfWhole(link="inferred", cue="headline", total=q, parts=tuple(enum), complete=False,
                               bounded=True)


# (round 58) a whole told as a total over an event of so many days, then one part for each day in the next sentence:
# "The three-day festival closed with a total attendance of 21,010. Thursday's card drew 5,940, Friday's 6,870 and
# Saturday's 8,290."
_TOTAL_OF_BEFORE = re.compile(r"\b(?:a\s+)?total(?:\s+[a-z]+)?\s+of\s+$|\b(?:in\s+total|in\s+all|altogether)\W*$", re.I)
_TOTAL_AFTER = re.compile(r"\s+(?:in\s+total|in\s+all|altogether)\b", re.I)
_DAY_OWNS_PART = re.compile(r"\b(" + "|".join(WEEKDAY_NAMES) + r")['’]s\b[^,;.\d]{0,40}$", re.I)


def find_days_of_event_next(doc: Document):
    """(round 58) A total told for an event of N days (a count after "a total (attendance) of" or before "in total"),
    then, in the next sentence of its paragraph, exactly N counts, each owned by or told on a day of the week, every
    day once: all of the total, one part a day (inferred: the next sentence may count something else)."""
    by_sentence = _pool(doc)
    for idx, items in by_sentence.items():
        if idx + 1 >= len(doc.sentences) or doc.sentences[idx].headline:
            continue
        sentence, nxt = doc.sentences[idx], doc.sentences[idx + 1]
        if nxt.paragraph != sentence.paragraph or nxt.headline or nxt.chrome:
            continue
        length = _DAYS_OF_EVENT.search(doc.text, sentence.start, sentence.end)
        if length is None:
            continue
        totals = [q for q in items if q.kind == Kind.COUNT and not q.compound and q.value
                  and (_TOTAL_OF_BEFORE.search(doc.text, max(sentence.start, q.start - 30), q.start)
                       or _TOTAL_AFTER.match(doc.text, q.end))]
        if len(totals) != 1:
            continue
        size = length.group(1)
        days = int(size) if size.isdigit() else int(WORD_VALUES[size.lower()])
        parts = [m for m in doc.mentions_in(nxt.index) if m.kind.is_quantity]
        if len(parts) != days or any(m.kind != Kind.COUNT or m.compound or m.is_range or not m.value for m in parts):
            continue
        named = []
        for k, p in enumerate(parts):
            lo = parts[k - 1].end if k else nxt.start
            owner = _DAY_OWNS_PART.search(doc.text, lo, p.start)
            told = _DAY_OF_PART.match(doc.text, p.end, parts[k + 1].start if k + 1 < days else nxt.end)
            day = owner or told
            named.append(day.group(1).lower() if day else None)
        if None in named or len(set(named)) != days:
            continue
        yield PartsOfWhole(link="inferred", cue="each day of the event, next sentence", total=totals[0],
                           parts=tuple(parts), complete=True)


FINDERS = (parts_of_whole, find_headline_over_periods, find_remainder_of_base, find_total_then_remainder, find_hurt_by_severity, find_back_remainder, find_article_figure_remainder, find_balances, find_net_flows, find_tally_in_body,
           find_parts_in_places, find_shared_among, find_another_of_base, find_one_part_then_rest,
           find_partitive_outcomes, find_outcomes_of_them, find_places_of_named_whole, find_outlets_then_named_parts,
           find_biggest_part_then_rest, find_share_then_rest, find_kinds_next_sentence, find_largest_source_then_rest,
           find_votes_within_all_cast, find_record_next_sentence, find_record_in_sentence, find_unbeaten_record, find_running_total_across,
           find_two_outcome_record, find_won_of_then_draws_and_defeats,
           find_headline_over_respectively,
           find_headline_over_places, find_sides_beside_all_papers, find_days_of_event_next)

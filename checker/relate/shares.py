"""A share and the counts it relates: "one in five of the 1,500 workers,
about 450 people", "31 of the 118 seats, or 36%".

Shapes recognised (one sentence each, explicit links):

* SHARE of [the|its ...] BASE ..., PART      "a third of the 96 schools, 47 in total" (past another
  figure when the part is summed up: "... were aged over 75 - 920 people in all")
* Of [the] BASE ..., SHARE - PART             "Of the 1,500 workers, one in five - about 450 -"
* PART of [the|its ...] BASE ..., SHARE       "340 of its 1,700 branches ..., one in five"
* Of [the] BASE ..., PART - SHARE             "Of the 380 homes inspected, 57 - 15% -"
* SHARE, with PART of [the] BASE              "Turnout reached 71.4%, with 3.06 million of the 4.29 million"
* PART, [or] SHARE of [the] BASE              "some 480 members, or three-quarters of the 640 polled"
* PART (SHARE) of [the] BASE                  "just 290 (48%) of the 600 applicants"
* SHARE (PART) of [the] BASE                  "Nearly a quarter (290) of the 1,200 patients" (or "- 290 -")
* SHARE: PART of the BASE                     "The proportion waiting was 23%: 276 of the 1,200 seen"
* Of the BASE, SHARE VERB ..., a total of PART  "Of the 1,200 seen, 23% waited, a total of 276"
* N out of M [NOUN] (SHARE)                    "rated 45 out of 310 restaurants (15%) as poor": a
  fraction of two counts in digits restated as a percentage
* PART [NOUN] VERB out of [the] BASE ..., SHARE  "Just 1,900 households have applied out of 7,600
  eligible, or 25 per cent" (not "moved out of", "priced out of": a place or a state); also set apart,
  "1,900 households, out of 7,600 eligible, have applied - 25 per cent"
* PART [NOUN] out of|towards [the] BASE ..., SHARE  "failed 45 restaurants out of the 310 visited, or
  15%"; "raised £3.1m towards its £4m target - over three-quarters -"
* BASE NOUN, of whom|of which|with|including SHARE - PART   "150 drivers, of whom a quarter - 38 -"
* BASE NOUN, of whom ... PART (SHARE)         "72 people, of whom 30 (two-fifths)"
* SHARE of them|those|whom, PART              "9,800 mortgages. More than half of them, about 5,100,"
* Of those|them, PART - SHARE (or SHARE - PART)  "4,200 patients. Of those, 1,400 - about a third -"
  ("them" is a count before it in the sentence, or in the one before; if
  any such count, or their sum, agrees, nothing is reported)
* PART of [the|its] BASE ..., SHARE of the total  "28 of its 40 branches by March, a quarter of the total"
* BASE ... PART, SHARE of the total           "6,500 trees included 900 oaks, about a tenth of the total"
  (not one item of another sentence's list: "Drinks brought in £340m and snacks £120m. Exports reached
  £150m, almost a third of the total" names no total; round 13)
* SHARE [of NOUN], or PART of the BASE        "made up 38% of delegates, or 115 of the 250 present"
* SHARE [of the] NOUN PARTICIPLE [in PLACE] (PART of the BASE [PARTICIPLE])  "Nearly a third of the bridges
  checked in the county (48 of the 150 examined)": the share's noun, what was done to it and where, then
  the part and its whole in brackets or dashes (the whole's own noun, if any, is the share's; a whole
  with none closes the bracket: "(1,150 of the 2,400)", or a short relative clause: "(212 of the 640 that
  replied)"; the share's noun may have a modifier: "of council homes", "of hospital beds in the region")
* SHARE of the BASE ... made up / amounted to: "made up 42% of the 1,300 staff ..., or 690 people"
  ("made up", "amounted to" state a level, not a change)
* PART of [the|its] BASE ..., meaning|so|leaving ... SHARE  "missed 1,820 of the 6,400 deadlines, meaning
  58% were met" (also "That means ...", "That is ...", "This represents ...", "That works out
  at ..." opening the next sentence: "filled 310 of its 1,200 vacancies. That is about a
  quarter."): the share
  may be of the part or of the rest of the whole; the negation is not
  parsed, so either reading agreeing keeps it silent, and the link is inferred; also "BASE NOUN, PART of
  them ..., meaning NOUN made up SHARE of the total" ("412,000 visitors, 96,000 of them from abroad,
  meaning foreign visitors made up 23% of the total")
* PART of those who VERBed, or SHARE  "Of the 900 applicants, 450 were interviewed. Just 90 of those
  interviewed, or 20%, were hired" (also "Of those who VERBed, PART - SHARE", "SHARE of the NOUN who
  VERBed - PART"): the whole is the figure the same verb follows (450, not 900); a negation is left
  alone, and when several figures did it, any agreeing keeps it silent
* PART ... . That was|This represents SHARE of the BASE  "closed 96 schools on Tuesday. That represents 6% of
  the 1,600 in the county" (the part is the one figure of the whole's kind in the sentence before; also
  "shut 45 branches last year, which was a twentieth of the 900 it ran"; "It was", "Those were", and "The
  NOUN represented" when the noun names the part or what was done to it: "The closures were ...";
  after an attribution, "The council said that was ..."; in one sentence "; that was", ", a figure that
  represented")
* round 17: the lead's share of a named whole, the headline giving the same share, then the next sentence
  (another paragraph too) "Of the BASE [planned between DATE and DATE], PART ...", its only two counts, the
  part's clause naming the measure by a word of the headline or lead ("Only 78% of buses ran on time" /
  "Of the 9,400 journeys planned ..., 7,330 arrived within five minutes ... punctuality"; inferred, either
  the part or the rest; ``_lead_share_then_whole``)
* round 17: BASE NOUN, PART of whom|of which VERB ... - SHARE.: "The club has 62 pupils, 40 of whom are boys -
  about two-thirds." (the part's own short clause, the share closing the sentence; ``_relative_clause_part``)
* round 17: Of those, PART VERB ..., SHARE of the NOUN: "Of those, 1,200 have waited over five years, about a
  quarter of the register" (the share names the whole again in one word; ``_of_those_whole_renamed``)
* round 17: PART, SHARE of the [NAME's] NOUN, a money part, the whole the level a sentence or two before gives
  that noun: "Revenue rose 4% to £600m. Web sales came to £90m, about 15% of the firm's revenue" (one such
  level; not a part of another period; inferred; ``_share_of_named_level``); or the noun names a figure of the
  headline ("Market takings top £38m") that the first body sentence restates more finely ("was worth £38.2m"),
  that one ``_headline_level``)
* round 17: PART ..., SHARE of all those VERBed: "186 patients had surgery, 15% of all those admitted" (the whole
  the one earlier count of the part's own noun, as for "of all NOUN"; ``_of_all_named_earlier``)
* round 17: SHARE of the BASE - PART of them - ...: "About a fifth of the 600 staff - 120 of them - will move"
  (a spaced dash after "of them" closes the part, as a comma does)
* BASE NOUN ..., PART of whom|of which - SHARE -   "checked 640 lorries, 210 of which - a third -"
  (also "PART of them, or SHARE" with the whole in the sentence before)
* Of the BASE ..., PART VERB, a [NOUN] rate of SHARE  "Of the 820 who sat it, 574 passed, a pass rate
  of 70%" ("a success rate of", "representing", "- a 70% pass rate"; inferred, like "meaning")
* Of|Out of|Among the BASE, SUBJECT VERB PART, or SHARE  "Of the 36 bills, MPs passed 27, or 75%"
* A survey|poll|study of BASE found PART, or SHARE (or SHARE - PART)  "A poll of 900 adults found 300,
  or a third, ..."
* VERB to SHARE ..., with PART of the BASE    "Vacancies climbed to 9%, with 270 of the 3,000 posts empty"
  (the level a change reaches is a share; "rose by 9%" is not)
* PART of the BASE, SHARE of the NOUN         "Four of the 16 judges, a quarter of the bench," (the
  share names the same whole again, set right after the base's noun; or closing the part's clause,
  the whole named by a word for the whole: "Only 18 of the 72 boats ... caught their quota - two in
  five of the fleet", "of the network", "of the men he has faced")
* PART [NOUN ...] accounts for|makes up|represents|is [equal|equivalent to] SHARE of [the] BASE  "Rents of £3m make up 40%
  of the charity's £7.5m income"; also as a clause set after the part by a comma or dash: "sold 38,000
  in the year, accounting for|representing|which is SHARE of the BASE" (not when another figure of
  the part's kind stands in its clause: "rose by 3,000 to 38,900, accounting for ...")
* the base may be named by its noun, then its amount: "of a total of 880", "of its capacity of 700
  megalitres", "of the charity's income, which totalled £5.5m"; and the part may keep its "of" noun and its period before the share: "260 megalitres
  of water in March, just 37% of ..."; "340 flights on Monday - about a fifth of the 1,700 ..."; two
  such phrases: "84,600 barrels in Ireland in the quarter, 31% of its global total of 224,000"; "388 of
  them at Westgate - 32% of the total" (a place after "of them", the share closing or of the total)
* measures take part when part and base have one unit: "18.2 TWh of the 61 TWh ..., a share of 30%"
* With BASE NOUN VERBed ..., SUBJECT VERB PART, or SHARE  "With 1,240 replies received, the council said
  830 backed it - about two-thirds -" (also after "Of the BASE ..."; a number naming the subject,
  "Terminal 5", is no figure of it)
* SHARE of the BASE NOUN VERBed ..., with PART [NOUN] VERBed  "a third of the 900 trains were cancelled,
  with 410 services axed": the two verbs say the same thing happened (cancelled, scrapped, axed;
  closed, shut; ...); the part may be only some of them ("with 180 shut all week"), so only a
  part larger than the share contradicts it
* PART, or SHARE, with BASE NOUN counted|cast|in  "the mayor polled 6,210 votes, or 52%, with all 11,900
  ballots in" (the whole counted so far, counting the same things; not "with 1,460 cast for her rival")
* BASE NOUN ..., PART of whom: a part hung by "of whom" after a name ("412 patients in March, 87 of
  whom") is a count, not an age in apposition
* a part and its whole are rounded alike, never by more than 5%: "£3.1m of its £4m" is £3.95m to
  £4.05m, so "- more than 90 per cent -" is contradicted
* A votes to B, [or] SHARE                     "carried by 74 votes to 52 (59%)": one side's share of
  the two together (either side may be meant); also "2,019 yes votes to 1,793 no votes", "2,019
  votes in favour and 1,793 against"
* words outside a figure's span may stand before it ("of which just 5%", "- barely half -", "a mere
  40"), a dash may be doubled ("--"), the base may follow a possessive of several words ("of the
  water board's 900 staff"), and "half" takes its whole without "of" ("half the 1,200 students")
* PART of them, a RATE of SHARE (or "a SHARE NOUN rate"), the whole a count before: "checked 480 meters
  and passed 300 of them, a pass rate of about 60%" (inferred, like "meaning")
* SHARE NOUN [in PLACE] VERB ..., with PART [NOUN] out of|of BASE [cast|so far]: "Three in five members
  across the 31 branches backed the offer, with 2,100 votes out of 6,050 cast" (a word of the share's
  noun comes back beside the part or whole; nothing said of them but the share's verb or how the whole
  was counted; not a whole with its own place, "900 of the 1,200 in the city"; inferred)
* a margin is profit over sales: "The operating margin rose to 15%, on operating profit of $1.2bn and
  sales of $10bn" (the profit of the margin's kind, operating, net, gross, pre-tax, EBITDA; one profit
  and one sales figure in its sentence, or the one before or after; inferred)
* SHARE [NOUN] - N out of M - and N out of M [NOUN], SHARE (a share in words too): "Two-fifths of the club's
  members - 128 out of 320 - voted"; "stood at 19% (57 out of 300 flats)"; "260 out of 780 flights, a third,"
* a whole written as a modifier, the part beside the share: "won 60 seats in the 120-seat assembly, half
  of them"; "The 900-strong workforce will lose 280 jobs, almost a third" (the whole opens the clause, a
  verb, then the part; inferred); "half the NOUN (PART of BASE)"; "PART amount to SHARE of the BASE"
* In a survey|poll of BASE [NOUN by X], PART, or SHARE: "In a poll of 1,500 parents, 600, or 40%, backed it";
  SHARE, or PART, of the BASE: "Some 30 per cent, or 360, of the 1,200 flats"
* the rest of a whole and its share: "Of the 640 pupils, 400 walk and the remaining 240 - nearly 40% -"
  ("the other", "the rest,"); the next sentence opening on the rest of a share's whole: "Three-quarters of
  the 2,000 volunteers are retired. The other 500 are students" (the part or the rest; inferred)
* SHARE of NOUN VERB ... - PART out of|of BASE: "Nearly 40 per cent of claims were refused - 1,500 out of
  4,000." (one clause, then the counts set apart, closing the sentence; inferred)
* BASE NOUN and VERB PART, a RATE of SHARE (the sentence's two counts): "The panel heard 480 appeals and
  upheld 100, a success rate of one in five"; "- a 30% conversion rate" (inferred)
* wire style: the whole's currency left off ("6.3 billion dlrs, or 26 pct of total exports of 24 billion",
  both scaled), and "of total NOUN of" naming the whole before its amount
* BASE NOUN include PART ... - SHARE.: "The 40 new homes include 12 for social rent, or 30%." (the share
  closing the sentence; inferred)
* a hyphenated fraction is one fraction (checker/extract.py): "of whom one-in-four - 150 -", "1-in-3 adults";
  a noun inside "N in M" is one fraction too: "on 22 of the 61 match days, or nearly one
  day in three"; "Two households in five, 180 of the 620 asked, ..." (not "12 goals in 20 games")
* a whole of days counted after "of": "on 19 of the year's 52 weeks"; two whole durations in one unit are
  measures in it: "on 14 days from May to July, or 40% of the 92-day season"
* a longer clause (up to twenty words, no figure) before a part in brackets or dashes: "A quarter of the
  212 pupils who sat the test in the county's schools this summer (88) passed"
* SHARE of the BASE ..., which amounts to|equal to|making|which is PART: "A third of the 270 staff will
  move, equal to 120 jobs"
* a period "between X and Y" or "from X to Y" after the part: "61 calls between April and September, or
  a third of its 183 call-outs"
* "a majority", "most" (more than half) and "a minority" (less than half)
  take a share's place in these shapes: "Most of the club's 75 players, 30 in all"

* PART of the BASE ..., or SHARE of the NOUN.: "Just 17 of the 240 applicants were offered a place, or 7% of
  the intake." (after ", or" the share restates the part, one noun closing the sentence naming the whole
  again; not "of the population", "of the country", "of the national total")
* BASE NOUN, PART (SHARE) of them|whom: "employs 9,800 staff, 2,450 (a quarter) of them nurses" (or "- SHARE -";
  the whole found as for "PART of whom - SHARE -")
* BASE ... . PART, SHARE, VERB: "The festival drew 64,000 visitors. About 16,000, or a quarter, came from
  abroad" (the next sentence opening on the part, the share set apart, then its verb; the whole the one
  figure of the part's kind before; inferred)
* A to B [to VERB ...], a majority|yes vote of SHARE [of those who voted]: "backed the offer by 5,140 votes
  to 2,760, a majority of 65 per cent", "..., a 65% majority" (one side's share of the two; not "a margin of",
  "a 64% turnout")
* a rate named for one outcome (success, pass, approval ...) or the other (rejection, failure, refusal ...)
  beside a part whose verb names an outcome: the same outcome is the part's share, the other the rest's:
  "Of the 400 appeals heard, 100 were rejected, a success rate of 75%" (a negation keeps both readings)
* a school year named by a number after the whole is no figure and no length of time: "45 of the 120 Year 6
  children, more than a third," (the whole counts the nouns after the name)
* a dateline may stand before a lead clause: "NAIROBI — Of the 318 clinics inspected, 52 (16.4%) ..."
* a lead clause or the part's clause may run up to twenty words when it is one clause with no
  figure: "Of the 60 nurses who applied for the new posts at the hospital last spring, two-thirds -
  40 -"; "9,300 of the 15,000 memberships offered this summer had been taken up by Friday, or 62%"
* an attribution may stand before "with": "Occupancy hit 67%, the association said, with 5,200 of
  its 7,800 rooms booked"
* PART of them COMPLEMENT - SHARE, the whole earlier in the sentence: "checked 1,500 flats over the
  winter and found 310 of them unsafe, or about 20%" (the nearest count that agrees is taken)
* SHARE NOUN [in the PLACE] - PART of [its] BASE -: "One in three pupils at the school, 370 of its
  1,100 pupils," (the share's noun names the whole's)
* "14 of the 20 players were born abroad, 40% of them in France": a share "of them" with more words
  after it is a share of the part, not of the whole, and is left alone

* A votes (SHARE) and|while the other side B [, and the third C]: "Ms Ortiz polled 41,200 votes (57%)
  while her rival polled 30,900"; also the side with its share last ("The No campaign won 1,530,000 votes
  and the Yes campaign 1,412,000 (48%)"): other sides may hold votes, so only a share above what that
  side has of the sides named contradicts (not "in the first round", "last time": another count); the
  sides may be named by how they voted: "1,412 members voted in favour (48%) and 1,530 against", or as a
  rival: "8,912 ballots (55.6%), ahead of Mr Bell on 7,118", or "by 1,412 votes (48%) to 1,530"; the share
  is that side's, not the other's; the share may come first: "won 48 per cent with 1.41 million votes,
  while the No side took 1.53 million" (not a turnout, nor a side of another year)
* SHARE of the vote ..., taking A votes to B: "won 51% of the votes cast, polling 18,240 votes to
  15,902 for the sitting member" (other sides may hold votes, so only a share above what either side
  has of the two contradicts)
* The BASE NOUN VERB PART, or SHARE, on ...: "The council's £80m budget allocates £20m (25%) to
  libraries" (spend, allocate, earmark, set aside, include ...; the subject's amount is the whole; with
  a longer gap when the share is "of the total": "includes $96m for rural bridges, about 15% of the total")
* A survey of BASE found PART VERB ... - SHARE [of those who took part|questioned|of respondents]:
  "A poll of 1,500 commuters found 390 had missed a connection this month, or about a quarter of
  those questioned" (the part's clause, one clause, then the share of those asked)
* a unit of energy spelled out is the short one: "410 megawatt-hours of the 2,100 MWh"
* PART of the BASE ..., giving|for|securing ... a SHARE majority (or "secured a SHARE majority,
  winning PART of the BASE"): "took 240 of the 350 seats, enough for a two-thirds majority" (at
  least that share; a majority "needed", "short of", "no party near" it is a threshold, left alone);
  likewise "..., handing them a one-third share [of the chamber]" (that share of the same whole; not
  "of the vote", another whole, nor after "with")

* round 10: a part's noun phrase the grammar left unread (up to three words), a passive verb and a year,
  before the share: "axed 380 rural bus services in 2024, about 12% of the 950 it ran"; "660 homes were
  flooded, or 12% of the 2,200"; a possessive before "total NOUN of": "40% of the club's
  total income of £9m"; "VERB to SHARE ..., with just PART of the BASE"; after "made up", "accounted for",
  the share's own longer whole: "made up a fifth of all reported crime in the borough, with 6,300 of the
  12,600 offences"; a part alone in dashes or brackets past another figure, or after a dash closing the
  sentence: "a third of the 1,800 members are over 65 - some 900 people -"; "2,400 megawatts" beside
  "600 MW"; "BASE NOUN but has|can ... PART of them - SHARE" (one subject); "PART of her BASE NOUN in
  X, SHARE of her NOUN"; "SHARE of the BASE ...; the other REST ..." (either reading, inferred);
  "BASE NOUN and PART VERB ..., or SHARE." (the two counts, the share closing the sentence; also ", and",
  "but", ";", or the whole the one count of the sentence before: "Testers visited 900 cafes. Some 45 failed,
  or 5%"; the part's own verb right after it; inferred); "Of the OUTER ..., INNER VERBed. PART of them
  ..., SHARE of all NOUN": the share of the widest whole, not of "them" (unless the noun names those:
  "of all passes"; inferred)

* round 11: PART [NOUN] ...its clause..., SHARE of the BASE: "Some 8,600 bikes crossed the river on weekdays in
  May - 12% of the 48,000 trips" (the one figure of the whole's kind before the share, no other figure,
  clause or move between; a rate's period, "a day", is skipped; inferred)

* round 11: "of that" and "of it" name an amount before, as "of them" a count (money and measures only):
  "The appeal raised £640,000. About a quarter of that, £160,000, ..."; "with $3bn of it - 40% - from ..."

* round 11: PART of her BASE for|giving|with a RATE of SHARE, no comma needed, the rate a ratio noun
  (rate, accuracy, success, occupancy, uptake, completion, conversion): "landing 27 of his 29 kicks for
  an accuracy of 93 per cent" (inferred, either reading)

* round 11: NOUN made up|accounted for|represented SHARE of the BASE, with PART VERBing: "Girls accounted for a
  fifth of the 650 pupils, with 120 joining this year" (a verb of joining or taking part right after the
  count and nothing more said of them; the part may be only some of the share's members, so only a larger
  one contradicts it; inferred)

* round 11: BASE NOUN ... VERB ... in PART of them[, meaning | . That meant] SHARE: "sampled 400 invoices and
  spotted errors in 40 of them. That means about one in ten was wrong" ("them" the count earlier in the
  clause, no comma or clause break between; either reading, inferred)

* round 11: SUBJECT, at PART, VERB SHARE of the BASE: "Its debt, some £40m, accounts for a quarter of the £160m
  budget" (the part set apart in commas right after the subject that opens the sentence)

* round 11: PART ... from|out of [a] NOUN of BASE, equivalent to|meaning SHARE: "paid out £3.3bn in prizes
  from ticket sales of £6.6bn, equivalent to 50 per cent" (a whole named by its noun, then its amount; not
  after a move, "rose to £2.1m from ..."; inferred, either reading); also with the share set apart right
  after the whole: "spent £2.1m on fundraising from an income of £8.4m - one in every four pounds"

* round 11: PART [set apart] made up|accounted for SHARE of the total, the whole the count before: "The fund
  received 1,600 bids. Bids from schools, at 400, accounted for 25% of the total."

* round 11: BASE ...; SHARE, PART, VERB: "treated 860 patients last week; about a third, 290, were children"
  (the clause after a semicolon opening on the share, the whole the one count before it; inferred)

* round 11: SHARE ..., with PART VERBed out of [a NOUN of] BASE: "took a third of new sales, with 41,000 sold out
  of a total market of 120,000"

* round 11: a unit's plural is folded, so a whole written as a modifier ("the boat's 2,000-tonne haul, or about
  200 tonnes") is in its part's unit

* round 11: SHARE full|occupied ..., holding|with PART against|out of a capacity of BASE: "The dam was two-thirds
  full, holding 60,000 megalitres against a capacity of 90,000" (inferred)

* round 11: A and B together make up|account for SHARE of the BASE: "Rent of £900 and bills of £300 together
  account for 60% of her £2,000 monthly pay" (the part is their sum, one figure spanning both)

and inferred shapes across sentences:

* round 11: SHARE [NOUN] VERB ... . Of the BASE ..., PART said they did so: "Nearly half of drivers now use a
  dashcam. A survey of 1,600 motorists found 760 said they did so" (the share alone in its sentence, the two
  counts alone in the next, whose part's clause says it again, "did so", or shares a word's stem, "storage" and
  "stores"; not in another year; the share may be of the part or of the rest: either reading)

* SHARE of the BASE ... . That means|That is|That amounts to PART ...: "About a third of the library's 4,500 books are on loan.
  That means 1,500 are out" (the part, or the rest: either reading; one share and one whole before)

* Of the BASE ..., PART VERBed. ... the VERB rate of SHARE: "Of the 4,800 patients offered the jab,
  3,100 were vaccinated. The vaccination rate of 65% ..." (the rate's words name the verb of the
  sentence before; no other figure, and not "the national", "last year's" or "than" another rate;
  "Turnout was 51%" after a count of votes or ballots)

* BASE in the sentence before (its one count). SHARE[ of them], PART, ...: "There were 640 entries. Around a
  quarter, 250, came from abroad"; "About a third need repair - 900 in all" (the part's noun, if any, the
  whole's)

* HEADLINE SHARE [of] NOUN ... body: PART of [its|the] BASE, in one of the
  first two body sentences sharing a word with the headline (a warning; also "Of the BASE ..., PART" and
  "A survey of BASE found PART" as the sentence's only two counts, sharing two words besides the survey's;
  the headline's fraction word may drop its article: "Quarter of homes flooded"):
  "Two in five nurses plan to quit" ... "230 of the 1,100 nurses questioned" (any word of the
  headline will do: "Nuclear plants met a fifth of demand" ... "Nuclear reactors produced 61 TWh of
  the 290 TWh"; not when another part of the same whole follows the pair, nor when the two name
  different years or months)
* TOTAL NOUN, SHARE of them PART-NOUN          "Around 3,800 civilians, almost a quarter of them children"
  ... later ... "906 children" as one part of a breakdown of that total.
* round 12: "Of those" after a share or part cut out of the whole before ("Two-thirds of the 900 letters
  were about parking. Of those, a third (200) ..."): the share may be of that sub-group (600), so when
  that reading agrees nothing is reported.
* round 12: PART NOUN from BASE NOUN [PERIOD], a RATE of SHARE: "has scored nine goals from 45 shots, a
  conversion rate of 20%" (two nouns, no change before; not a rate of losses: "a miss rate"); a rate
  named for hits ("connect", "strike", "conversion", "save" ...) after "X of the Y" is the part's share
  unless a verb of the other outcome or a negation stands with the part ("landed 150 of the 600 punches,
  a connect rate of 25%").
* round 12: BASE ... included PART with a short label, SHARE of the total ("The 8,400 applications
  included 2,100 from overseas students, a quarter of the total"); PART of NOUN VERB in PERIOD at PLACE,
  SHARE of the BASE ("23mm of rain fell at the Heathrow gauge in April, 45% of the 51mm average");
  BASE, SHARE of them LABEL - PART closing the sentence ("9,600 patients, a quarter of them in its
  emergency wing, or some 2,400."); SHARE NOUN in the N-strong GROUP ... . That amounted to PART ("one in
  four riders in the 160-strong field ... That amounted to 40"; a rank bound, "the top 40", is no whole);
  the label after "of them"/"of whom" may be any few words ("a fifth of whom work part-time, around
  1,040"; not a change, "up from"); "giving him a strike rate of"; a rate named after the share
  ("a 60% success rate") takes sides like "a success rate of 60%".
* round 13: a lead "Of the BASE ..." reported after "found that", "said that" opens its clause as a sentence does:
  "A poll showed that of the 420 members who replied, 150, nearly a third, ..."
* round 13: the whole named again by its noun, its count stated in an earlier sentence: "The charity delivered
  2,400 parcels ... Of the parcels, 900, almost a third, ..."; "Nearly half of the passengers - about 6,100 -"
  (the share opening its sentence); "of this year's runners" (a count of "this year"); by "those": "Of those
  homes, 210 failed the standard, or 22%" (a count of the sentence before); any agreeing count keeps it silent.
* round 13: PART ..., making up|representing SHARE of the NOUN. (or the share set apart: "About 2,900 are nurses -
  31% of the staff"), the whole stated before as a count of the noun or
  as its level: "The town's population grew to 52,000 ... Some 9,900 residents were children, making up 15% of the
  population" (not after a place of its own, "In the town,"; not when the part's ratio is three times off the
  share: another whole; inferred)
* round 13: PART NOUN from BASE NOUN and a period of up to five words before the rate: "14 goals from 70 shots in
  the league this term, a conversion rate of 30%"
* round 13: a school year in words is a name too: "Of the 850 year six pupils tested, 187 - 22% - ..."
* round 13: BASE NOUN, of which|with PART VERB ... [to PLACE], or SHARE [of the total]: "shipped 96 million tonnes,
  of which 72 million went to China, or 75 per cent" (the part's own short clause, no move, before ", or")
* round 15 (lead): a whole told of an earlier period ("4,950 patients were seen in the previous year") is no
  "total" for a later "PART, or about a third of the total" (``_EARLIER_PERIOD_AFTER``);
* round 13: "found 3,420 of them unsafe to enter, or 35%" (an adjective and its infinitive after "of them");
  "830 voted to strike, a yes vote of 66%" (a vote's share, only after a side taken: "830 voted, a yes vote
  of 72%" is of those voting); "One in five savers - 3.2 million of the 11 million people with a pension -"
  (a whole of "people" beside a share of a named group)
* round 14 (lead): a share in apposition after the last part of a series ("96 primary schools, 31 secondary
  schools and 13 special schools, nearly one in five of the county's 742 schools") may speak of the whole
  series: silent when that reading agrees and the last part's alone does not (``_whole_list_agrees``)
* round 14: a time or an age in the part's clause (its hedge too) is no figure of the gap: "About 41,000 patients
  have waited more than 18 weeks, nearly half of the 130,000 on the list"; a rounded part alone between commas,
  or after a dash and closed by a comma, past another figure: "Nearly a fifth of the 12,500 runners who started in
  the heat, roughly 1,100 people, failed to finish"; "... are over 15 years old - about 1,200 vehicles, the agency
  said" (not a sub-group with its own place or label, "some 600 in Leeds alone", "300 of them new", nor an old
  level, "up from 30,000")
* round 14: "Of those, PART VERB ... - SHARE", the part's own short clause, a time or age in it: "Police made 320
  arrests. Of those, 96 were men aged under 25 - about 40%"; "SHARE of the vote ..., winning|taking|securing PART
  of the BASE" (a participle of getting for "with"; the whole counting what the share is of: votes and ballots,
  not seats)
* round 14: PART ..., filling|occupying|taking up SHARE of the BASE, the whole written as a size and a measure of
  another kind in the part's clause skipped: "A crowd of 31,000 watched the men's 400m final, filling 94 per cent
  of the 40,000-capacity stadium" (-capacity, -seat, -bed, -strong ...; inferred)
* round 14: made and tried joined by hyphens, then the share set apart (a short "from the field" between):
  "The Hawks went 21-of-60 (35%)", "was 7-for-12, or 58 per cent, from three-point range"
* round 15 (robustness of the core readings; perturbation table in tests/test_round15_sp.py):
  a count naming the span the figures were counted over, or a score against par, is no figure of a share
  ("saved 9 of 30 penalties over the two seasons (30%)"; "made the cut at 3-under, about a third of the field");
  "N out of M NOUN" keeps its share past a period or place ("passed 45 out of 310 kitchens in March (15%)");
  a participle clause is no contrast ("were hurt while riding to work, nearly half of the 2,100 casualties"),
  and "-person" writes a whole as a size ("- 79% of its 520-person capacity"); a time, date or span count
  between a part and its share reads as one word ("spend £20m on libraries in the 12 months to April, or 25%
  of its £80m budget"); "sets aside £20m for libraries, or 25%" (what the part goes to)
* round 15: "Of those NOUN|PARTICIPLE," names the count before when its sentence names it again ("Of those
  patients", "Of those killed" after "road deaths"); "Of those, PART VERB ..., SHARE of the total"; "PART of
  the NOUN, or SHARE" with the noun's count stated earlier ("They upheld 630 of the complaints, or 45%");
  "Figures show PART of the BASE ..." after a share alone in the sentence before; "PART of the club's BASE ...,
  SHARE of the side's total"; a share of the market with its counts set apart, the whole's noun the one the
  subject names ("Hybrid vans held a tenth of the market (2,200 of the 22,000 vans sold)")
* round 15 (precision): a figure the text gives as a share of another whole is no "total" for a later
  "SHARE of the total" ("£58.2m, more than a quarter of the group's revenue. ... £48.6m, or 23% of the
  total"); "..., most of them in the north" after a part's share is a share of the part
* round 15: "SHARE NOUN at PLACE in PLACE - PART of its BASE NOUN2 -", two words for one whole ("One in five
  workers at the plant in Derby - 300 of its 1,500 staff -": workers, staff, employees; homes, houses, properties)
* round 15: a count of the places counted over is no figure of a share ("Of the 1,250 drivers balloted in the two
  depots, 900 voted to strike - a yes vote of 72%"; in|across|at the depots, sites, branches, regions, wards ...)
* round 15: "PART of them COMPLEMENT" may take a time before its share ("found 1,150 of them unsafe after the
  floods of 2021, or about 25%")
* round 16: a survey named by who answered it is "a survey of" them: "In a survey completed by 400 tenants, 120
  said ..., or 30%" (completed, answered, returned, filled in|out, taken by; "among"; "a questionnaire"; also
  the share first as the survey leads: "..., 30% - 120 - said ...")
* round 16: "The council will close 18 of its 60 libraries. ... The closures amount to 30% of its network.": a
  sentence whose one figure is a share of a word for the whole (network, fleet, workforce, or the whole's noun),
  its subject naming what was done to the part ("closures", "withdrawals", "job cuts"; not the whole's own
  noun, not "the remaining"; "The 18 closures", "The closures, which ..., amount to"; or "That amounts to" after
  the pair), the "PART of its BASE" pair in an earlier sentence of the paragraph or the one before; a count
  stated between them agreeing keeps it silent (``_subject_share``; inferred)
* round 16: "The airport handled 12.5 million passengers in 2024. ... carried 5 million of the year's
  travellers, or 40% of the total" (or "5 million travellers in the year, or 40% of the total"): the whole of
  "the year's|season's NOUN" is the one earlier count of the
  part's kind whose sentence names the period (not an old level, not a figure of something named by a number,
  "Terminal 1 took ..."); several, none agreeing: silent (``_period_total``; inferred)
* round 16: "Of those [on the NOUN], PART VERB ..., meaning SHARE of NOUN2": the whole a count up to three
  sentences back whose sentence names NOUN2 again ("The number of patients waiting fell to 61,400. ... Of those
  on the list, 38,200 had waited under 18 weeks, meaning 62.2% of patients ..."); with no noun after the share,
  a bare "Of those," takes the counts of the sentence before (``_of_those_so``; inferred, either reading)
* round 16: "The force recorded 84,310 crimes ... . Suspects were charged in 7,420 cases, a charge rate of
  8.8%": a rate named by the verb of its sentence's one count, against a whole up to three sentences back told
  as taken in (recorded, received, handled, heard, ...; not "made 1,200 arrests") (``_outcome_rate_of_intake``;
  inferred, either reading)
* round 17: "The ward's 2,100 electors cast 1,260 votes, a turnout of 60%" (or "- a 60% turnout"): the
  sentence's two counts, the whole, its verb, the part, then the turnout (``_turnout_of_two``; inferred)
* round 17: "PART [NOUN] [VERB], or SHARE of all NOUN2." closing its clause: the whole is the one earlier count
  of NOUN2 in the lead paragraph or the share's own ("The lab tested 12,400 samples. ... Some 1,120 results
  were positive, or 9% of all samples."); several: silent (``_of_all_named_earlier``; inferred)
* round 17: "NOUN made up|accounted for SHARE of the total." opening a sentence after one listing two counts
  joined by "and", a word of the subject back beside one of them: that one is the part, the two together
  the whole, which may hold others, so only a share above the part's share of the two contradicts
  (``_share_of_two_listed``; inferred)
* round 19: "Revenue for the year to June 30, 2023 increased 9% to £212.4m. ... Wages climbed 13% to £148.7m
  from £131.6m, equal to 61% of revenue.": a money level (the new one when its clause moved from an old one),
  "equal to|or|representing|which was SHARE of [the] NOUN" closing the clause, the whole the one level an
  earlier sentence (up to four back, two paragraphs up) states opening on NOUN, a period or a date allowed
  between ("for the year to ...", never a place) (``_new_level_share_of_named``; inferred)
* round 19: "A total of 286 students sat, up from 263 in 2023, and 214 of them - about three in four -": "them" is
  the whole before the old level it is compared with ("up from", "compared with"), never that old level
  (``_whole_past_old_level``)
* round 20: "It sold 51,700 in North America, 28,900 in China and ... . ... 47,900 deliveries, or 26% of the
  total": an item of another sentence's list is no "total", also with a place word before its comma
  (``_LIST_JOINT``; not "last year, down from": a level compared)
* round 20: "Electric models made up 806 of the orders, or 65% of the total.": the share may name "the total"
  after it (``_named_pair``), a verb's particle is no change ("made up", "dealt with"), and the whole is an
  earlier count named by the noun beside it ("took orders for a record 1,240 buses", "its list of 6,800
  patients", "1.27 billion litres of milk": ``_named_beside``), by the words of the lead ("Of the kits
  returned" / "28,900 returned a completed kit": ``_named_by_clause``), or "of last month's NOUN" by the
  month before publication (``_names_last_period``); "Of the kits returned, 612 showed traces of blood, an
  abnormal rate of 2.1%" (a rate set apart: either reading; inferred)
* round 20: "Of those, 1,296 were born by caesarean section, or 31% of all births" ("of all NOUN" closing the
  clause; not three times off); "Of those still waiting, 1,476 ..., or 30% of the list" (the count before whose
  sentence says "waiting") (``_of_those_whole_renamed``)
* round 20: "412 members voted in favour and 137 against, a majority of 75%", "22,040 voted in favour of strike
  action and 5,860 voted against, a yes vote of 79%", "612 backed the merger and 204 opposed it", "voted yes
  and ... voted no", "..., giving a yes vote of" (``_TALLY_TO``: one side's share of the two)
* round 20: "Of those, 6,426 were waiting for X, 4,998 for Y and 2,856 for Z - 45%, 35% and 20% of the list
  respectively" (or "Of the 14,280 on the list, ..."): the i-th share of the i-th part (``_respectively``)
* round 20: "Of last year's operations, 62 used living donors, or 42% of the total. The other 86 ...": the whole
  is the part and the rest the next sentence opens on (``_part_then_rest``; inferred); "Subscription revenue grew
  to $412m and made up 78% of the total. Services brought in the remaining $116m." (``_share_of_total_then_remaining``)
* round 20: "The department treated 3,460 patients ... (paragraphs on) A total of 1,038 patients, or 30%, waited
  ...": the one count of the part's noun in the lead paragraph, no other between (``_part_opens_lead_total``;
  inferred)
* round 21: "Some 64% of staff walk to work, the survey found - equivalent to about 5,100 of the 8,000 employees": a
  word of equivalence after the share's own clause restates it as a part of a whole, whatever their nouns
  (``_equivalent_part``; inferred)
* round 22: the share's whole named again past a day's possessive, as the base's two complementary halves or with
  "there" after it ("110 of the 640 flights ..., one in four of the day's departures and arrivals"; "740 of the
  1,850 jobs at its plant, three in ten of the workforce there": ``_whole_renamed_qualified``); the share first,
  then "of the total, at PART", the total the one earlier figure counting the subject's noun ("Overseas visitors
  made up a quarter of the total, at 103,000": ``_share_of_total_at_part``, inferred).
* round 23: "SHARE of the total" two sentences after its whole, the one between without figures ("lent 1.28 million
  items ... Much of the growth was digital. E-books made up 398,000, or 31% of the total": ``_past_figureless``,
  the first count of that sentence, not in a clause or period of its own); the lead's share beside the level it
  rose from ("65% ..., up from 61% last year": ``_old_share_level``) and a count inside the whole's own qualifier
  ("Of the 1,845 pupils at its six schools, 1,199 ...": ``_whole_qualifier_counts``) in ``_lead_share_then_whole``.
* round 24: a share after "by" in the passive is who did it, not the size of a change, when its own "of" whole
  follows ("The motion was backed by three in five of the 145 delegates, 58 in all": ``_passive_agent_share``;
  not after a verb of change, "cut by a third"); "SUBJECT made up SHARE of the total, or PART NOUN": the part's own
  noun names what the total counts, and a level compared against ("short of the record 2.05 million passengers")
  is no rival total (``_share_of_total_at_part``, ``_compared_level``); a measure held against a capacity written
  without its unit ("holding 148,000 megalitres against a capacity of 322,000": ``_capacity``).
* round 25: the share's clause before its counts set apart may run to 14 words, and the whole may be named by how
  it was counted, a plain word for people at most beside it ("Just 71% of toddlers in the borough have had both
  doses of the vaccine - 2,914 of the 3,620 children eligible -": ``_clause_then_counts``, ``_whole_named_as_said``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from .. import hedges
from ..interval import Interval
from ..model import Document, Kind, Mention, Relation, Span
from . import categories
from .changes import CHANGE_WORDS
from .context import FURTHER_BEFORE, MARGIN_WORDS, PREPOSITION_BEFORE, for_each, lead_sentence, quantities, words
from .dates import MONTH_NAMES, WEEKDAY_NAMES
from .sums import PartsOfWhole, age_band_end, parts_of_whole
from .needs import needs

SHARE_KINDS = (Kind.FRACTION, Kind.PERCENT)
# measures ("41mm", "46.3 TWh") take part only with a whole in the same unit
COUNT_KINDS = (Kind.COUNT, Kind.MONEY, Kind.MEASURE)

# the words that may stand before a figure without belonging to its span: "of which just 5.6%",
# "- barely half", "a mere 40" (hedges the grammar reads are inside the span already)
_EMPH = r"(?:(?:just|only|barely|merely|a\s+mere|fully|scarcely|exactly|precisely|still|all)\s+)*"
# a separator setting a figure apart: a comma, a spaced dash (or "--"), a bracket or a colon
_SEP = r"(?:,|\s[-–—]+|[–—(]|:)"
# "of the 96", "of its 1,700", "of the health board's 12,400" ("towards its £4m target": part of it)
# (also "of the monthly average of 97mm", "of a total of 970", "of the club's total income of £9m": the whole's
# noun, then its amount)
_OF_BASE = re.compile(r"^\s*(?:(?:out\s+)?of|towards?)\s+(?:(?:a|an|the|its|their|his|her|our)\s+"
                      r"(?:(?:[\w-]+\s+)?[\w-]+(?:'s|’s|s'|s’)\s+)?(?:[\w-]+\s+)?[\w-]*[^\Ws]\s+of\s+|"
                      r"(?:(?:the|its|their)\s+)?total\s+(?:[a-z]+\s+){0,3}of\s+)?"
                      r"(?:(?:the|its|their|his|her|our|all|those|these|this|that)\s+)?"
                      r"(?:(?:[\w'’-]+\.?\s+){0,3}[\w'’-]+(?:'s|’s|s’|s')\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# (round 45: an abbreviation in the owner's name, "of St. Aubin's 112,000 residents")
# "half the 1,200 students": "half" takes its whole without "of"
_HALF_THE = re.compile(r"^\s+(?:the|its|their|his|her|our|all|those|these)\s+"
                       r"(?:(?:[\w'’-]+\s+){0,3}[\w'’-]+(?:'s|’s|s’|s')\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# a dateline opening the first sentence: "JOHANNESBURG — ", "LAGOS, March 3 (Reuters) - "
_DATELINE = (r"^(?-i:[A-Z][A-Z.'’ -]{1,40}[A-Z.])(?:,\s*[^,;:—–()]{1,40})?\s*(?:\([^)]{1,30}\)\s*)?"
             r"(?:[—–]+|\s-+)\s*")
# a clause reported after "that" opens as a sentence does: "A survey found that of the 180 growers who replied, 57,
# almost a third, ..." (round 13)
_REPORTED_THAT = (r"\b(?:said|says|found|finds|showed|shows|show|revealed|reveals|reported|reports|estimated|estimates|"
                  r"concluded|concludes|suggested|suggests|indicated|indicates|noted|notes|added|calculated|discovered|"
                  r"confirmed|confirms|announced|announces|disclosed|discloses)\s+that\s+")
# "Of the 1,500 workers ..." at the start of the sentence or clause
_OF_LEAD = re.compile(r"(?:^|[,;:]\s*|" + _DATELINE + r"|" + _REPORTED_THAT + r")(?:out\s+of|of|among)\s+(?:(?:the|its|their|all)\s+)?"
                      r"(?:(?:[\w'’-]+\s+){0,3}[\w'’-]+(?:'s|’s|s’|s')\s+)?$", re.I)
# (round 42) the share named as the majority it is: "of which 8,900 - a narrow majority of 52 per cent -"
_MAJORITY_OF = r"(?:a\s+(?:(?:narrow|slim|clear|small|large|big|comfortable|bare|solid|thin)\s+)?majority\s+of\s+)?"
# the gap before an apposed figure ends with a comma, dash, bracket or colon
_APPOSITION = re.compile(r"^[^;.]*?" + _SEP + r"\s*(?:or\s+|at\s+)?" + _MAJORITY_OF + _EMPH + "$", re.I)
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|rose|rise|risen|fell|fall|fallen|jumped|climbed|gained|lost|dropped"
                            r"|declined|increased|decreased|grew|cut|to|by|from|stake|interest)\s*$", re.I)
# "made up 38% of", "amounted to 38% of": a level, not a change
_LEVEL_VERB = re.compile(r"\b(?:made|make|makes|making|amount|amounted|amounts|amounting|equal|equivalent|came|comes|"
                         r"equating|equates"
                         # (round 56) what something occupies: "Oats take up a quarter of the 900 hectares"
                         r"|take|takes|took|taken|taking|use|uses|used|using)\s+$", re.I)


# (round 49) a verb that takes a share away as its object, then "of" a counted whole: "cut 12% of its 850 posts"
_CUT_VERB_BEFORE = re.compile(r"\b(?:cut|cuts|cutting|axe|axes|axed|axing|shed|sheds|shedding|slash\w*|trim\w*|lose|"
                              r"loses|losing|lost)\s+(?:(?:about|around|some|nearly|almost|roughly|just\s+over|"
                              r"just\s+under|up\s+to)\s+)?$", re.I)
_OF_COUNTED_BASE = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|[\w'’-]+['’]s)\s+(?:[a-z-]+\s+)?\d", re.I)


def _change_before(text: str) -> bool:
    """The words before a share make it a change: "up 78.4 pct", "cut to 30 pct"."""
    # the pattern closes the text (a word of at most 9 letters, then blanks): searched from its last word on
    m = _CHANGE_BEFORE.search(text, max(0, len(text.rstrip()) - 12))
    return bool(m) and not _LEVEL_VERB.search(text, max(0, m.start() - 20), m.start()) \
        and not _HOME_TO.search(text)  # (round 37) "is home to roughly half of": where they live, no move


_HOME_TO = re.compile(r"\bhome\s+to\s+(?:(?:about|around|roughly|some|nearly|almost|just|over|more\s+than)\s+)?$", re.I)


# round 24: "The motion was backed by three in five of the 145 delegates": "by" after a participle that names no
# change is the passive's agent, and a share with its own "of" whole after it is a level, not the size of a move
_AGENT_BY = re.compile(r"\b([a-z]{2,}ed|chosen|taken|given|seen|driven|written|held|known)\s+by\s*$", re.I)
_NOT_AGENT = frozenset("""exceeded outnumbered outpaced outstripped outperformed topped trailed lagged missed overshot
    undershot beaten revised adjusted inflated deflated discounted devalued marked offset skewed overstated
    understated""".split())
_OF_AFTER = re.compile(r"\s+of\s|\s*\([^()]{1,20}\)\s+of\s")  # "of the 145", "(330) of the 800"


def _passive_agent_share(lead: str, after: str) -> bool:
    """"was backed by three in five of the 145 delegates": the share after "by" is who did it, not a change."""
    m = _AGENT_BY.search(lead, max(0, len(lead) - 30))
    return bool(m) and _OF_AFTER.match(after) is not None and m.group(1).lower() not in CHANGE_WORDS \
        and m.group(1).lower() not in _NOT_AGENT


_OF_THEM = re.compile(r"^\s*of\s+(?:them|the total|those|these|whom|the dead|the victims)\b\s*(\w+)?", re.I)
# ", the commission said, with": the attribution of the share may stand between it and "with"
_ATTRIBUTION = (r"(?:\s*,\s*(?:(?:the|a|its)\s+)?(?:[\w'’-]+\s+){0,4}?(?:said|says|reported|reports|announced|confirmed|"
                r"estimated|estimates|found|showed|shows)|\s*,\s*(?:said|according\s+to)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)")
# (", with just 126 of its 900")
_WITH_PART = re.compile(r"^(?:[^;.]{0,30}?|" + _ATTRIBUTION + r"\s*)?,\s*with\s+" + _EMPH + "$", re.I)
# "(made up) a quarter of all recorded crime in the district last year, with 4,120 of the 11,900": after a
# verb stating a share, the share's own whole (a longer phrase, no figure), then "with" its counts
_WITH_PART_LONG = re.compile(r"^\s+of\s+[^;.,:()\d%]{0,60}?,\s*with\s+" + _EMPH + "$", re.I)
_STATES_SHARE_BEFORE = re.compile(r"\b(?:made\s+up|makes?\s+up|making\s+up|accounts?\s+for|accounted\s+for|"
                                  r"accounting\s+for|represents?|represented|representing|comprised?|comprises|"
                                  r"constitutes?|constituted)\s+$", re.I)
_BAD_LINK = re.compile(r"\b(?:and|or|while|but|than|from|to|by)\s*$", re.I)
# "61% backed the plan and a majority - 520 -": another clause, another share
_CLAUSE = re.compile(r"\b(?:and|but|while|whereas)\s+\w+\s+\w", re.I)
_PUNCT_OR = re.compile(r"(?:,|[-–—(])\s*or\s*$", re.I)
# (round 29) "640 sheep and beef farms, around 300": two modifiers of one noun right after the figure, no clause
# (round 63) or two plural nouns, then a participle's phrase, closed by a dash or bracket: "the 64 breweries and
# distilleries licensed in the Volta Region — 29 in total —"
_PAIRED_NOUN = re.compile(r"\s+(?!(?:a|an|the|its|their|his|her|our|some|most|many)\s)[a-z][\w'’-]*\s+and\s+"
                          r"(?!(?:a|an|the|its|their|his|her|our|some|most|many)\s)(?:[a-z][\w'’-]*\s+[a-z][\w'’-]*\s*,|"
                          r"[a-z][\w'’-]*s\s+[a-z]+ed(?:\s+(?:in|at|on|by|across|for)\s+(?:the\s+)?"
                          r"(?:[A-Za-z][\w'’-]*\s+){1,3})?\s*(?:[–—(]|\s-))")
# "72 people after the match, of whom": a clause hanging its share on the count
_LINK_AFTER_BASE = re.compile(r"^[^;.:]*?,\s*(?:of\s+(?:whom|which)|with|including|among\s+(?:them|whom|which))\s+"
                              + _EMPH + "$", re.I)
# "a fifth of them", "most of those": the whole is a count named before
_OF_REF = re.compile(r"^\s*of\s+(?:them|those|these|whom|which|the\s+field)\b", re.I)  # (round 62) "a record 640
# fencers entered ..., and women made up 58 percent of the field, or 317": the field is the count of entrants before
# "Roughly half of that, $103m,", "£1.1bn of it - 26% -": "that" and "it" name an amount before (round 11)
_OF_AMOUNT_REF = re.compile(r"^\s*of\s+(?:that|it)\b(?!\s+(?:is|was|has|had|will|would|[a-z]+s)\b)", re.I)
_AMOUNT_REFS = frozenset({"that", "it"})
# "Of those, ...": the sentence (or clause) opens on a reference to a count named before
_OF_REF_LEAD = re.compile(r"(?:^|[,;:]\s*|" + _DATELINE + r"|" + _REPORTED_THAT + r")(?:(?:and|but)\s+)?of\s+(?:them|those|these|whom|which)\s*,?\s*$", re.I)
# round 15: "Of those patients, ...", "Of those killed, ...": the reference with one word naming the whole again
# (its noun, or what was done to it); the count it names must say so in its own sentence
_OF_NAMED_REF_LEAD = re.compile(r"(?:^|[,;:]\s*|" + _DATELINE + r"|" + _REPORTED_THAT + r")(?:(?:and|but)\s+)?of\s+(?:those|these)\s+"
                                r"(?!(?:who|that|which|aged|over|under|with|in|at|from|on|for|not|still|now)\b)"
                                r"(?P<word>[a-z][\w'’-]+)\s*,\s*$", re.I)
_SAME_GROUP = (frozenset("killed died dead deaths fatalities".split()), frozenset("injured hurt injuries".split()))


def _named_again(doc: Document, word: str, whole: Mention) -> bool:
    """"those killed" names "212 road deaths"; "those patients" names "1,500 patients"."""
    word = word.lower()
    said = set(words(doc.text[doc.sentences[whole.sentence].start:doc.sentences[whole.sentence].end].lower()))
    stems = {w[:5] for w in said if len(w) >= 4} | {(whole.noun or "").lower()[:5]}
    return word[:5] in stems or any(word in g and said & g for g in _SAME_GROUP)


def _ref_lead(lead: str, doc: Document, wholes: list[Mention]):
    """The "Of those" lead of ``lead`` and the wholes it may name (all of ``wholes``, or those named again)."""
    m = _OF_REF_LEAD.search(lead)
    if m:
        return m, wholes
    m = _OF_NAMED_REF_LEAD.search(lead)
    if m:
        near = [w for w in wholes if _named_again(doc, m.group("word"), w)]
        if not near:
            return m, near
        # (an earlier count of the noun may be the one meant: put first, it is only read for agreement)
        first = min(w.sentence for w in near)
        earlier = [w for w in doc.mentions_within(0, first) if w.kind in COUNT_KINDS
                   and _names(w.noun, m.group("word"))]
        return m, earlier + near
    return None, wholes


# "of the team's total", "of England's total": a total named by whose it is
_OF_OWN_TOTAL = re.compile(r"^\s*of\s+(?:the\s+|its\s+|their\s+)?[\w-]+(?:'s|’s|s'|s’)\s+total\b\s*(?:[,;:.)–—]|\s-\s|$)", re.I)


def _of_ref_lead(lead: str):
    """``_OF_REF_LEAD.search(lead)`` when the lead ends on one of its words (a cheap test first; "ı", "İ", "ſ" match "i", "s")."""
    ends = lead.rstrip().rstrip(",").rstrip().lower().endswith(("them", "those", "these", "whom", "which"))
    return _OF_REF_LEAD.search(lead) if ends or any(c in lead for c in "\u0130\u0131\u017f") else None


def _of_named_ref_lead(lead: str):
    """``_OF_NAMED_REF_LEAD.search(lead)`` when the lead ends on a comma, as the pattern's end needs ("Of those
    killed, "): a cheap test first (round 23, speed: the search over the sentence's lead was a third of
    ``_referenced``)."""
    return _OF_NAMED_REF_LEAD.search(lead) if lead.rstrip().endswith(",") else None


# "half of the total": the whole of the "X of the Y" pair before it
# "of the total", "of the whole", "of all" -- and "of the total pot / budget" (one noun after "total"
# or "whole" naming the whole again)
_OF_TOTAL = re.compile(r"^\s*of\s+(?:the\s+|that\s+)?(?:(?:total|whole)(?:\s+[a-z]+)?|all)\b\s*(?:[,;:.)–—]|\s-\s|$)",
                       re.I)
# "610 (45%) of the 1,350", "45, or 15%, of the 310": the share set apart between part and whole
_CLOSE_OF_BASE = re.compile(r"^\s*[)\]–—,-]\s*(?:" + _OF_BASE.pattern[4:] + ")", re.I)
# "a majority", "a minority", "most": shares without digits
_QUANTIFIER = re.compile(
    r"\b(?:(?:an?|the)\s+(?:(?:vast|large|overwhelming|clear|big|slim|narrow|bare|small|tiny|substantial"
    r"|significant)\s+)?(majority|minority)|(?<!the\s)(?<!at\s)(most))\b"
    r"(?=\s+of\s+(?![\d£$€])|\s*(?:,|\s[-–—]|[–—(]))", re.I)
_TIGHT = re.compile(r"^\s*(?:,|\(|[-–—]+|:)\s*(?:or\s+)?" + _EMPH + "$", re.I)
_BESIDE = re.compile(r"^((?:\s*[A-Za-z'’-]+){0,2})\s*(?:,|\(|[-–—]+|:)\s*(?:or\s+|a\s+turnout\s+of\s+)?" + _EMPH + "$", re.I)
_LINK_WORDS = frozenset("and or but while than from to by of in on at for".split())
MAX_GAP_WORDS = 10
MAX_TOTAL_GAP_WORDS = 20


@dataclass(frozen=True)
class ShareOf(Relation):
    """``share`` claims that ``part`` is that fraction of ``base``."""

    share: Mention | None = None
    part: Mention | None = None
    base: Mention | None = None
    base_sum: tuple[Mention, ...] = ()  # when the base is the sum of listed parts
    # "failed to see 3,410 of the 9,870 patients, meaning 55% were seen": the
    # share may be of the part or of the rest of the whole; either reading will do
    either: bool = False
    # "a quarter of the 1,200 flights were cancelled, with 510 scrapped": the part may be only some of
    # those the share speaks of, so only a part larger than the share contradicts it
    at_most: bool = False
    # "won 58% of the vote, taking 1,204,330 votes to 1,067,118": the whole may hold other sides (other
    # candidates), so the share may be less than a side's part of the two, never more
    within_two: bool = False
    # "won 41 of the 87 seats, giving it a two-thirds majority": the part is at least that share
    at_least: bool = False
    # "130 were successful, a rejection rate of 20%": the rate names the rest of the whole, not the part
    of_rest: bool = False
    # (round 30) "Women made up 58% of the 1,450 graduates, and 340 of them - nearly a quarter of the women -": the
    # whole is that share of the base (a share of a share), not the base itself
    base_share: Mention | None = None

    def members(self) -> tuple[Mention, ...]:
        return (self.share, self.part) + ((self.base,) if self.base else ()) + self.base_sum \
            + ((self.base_share,) if self.base_share else ())

    @property
    def base_interval(self) -> Interval:
        if self.base_sum:
            total = Interval(Fraction(0), Fraction(0))
            for m in self.base_sum:
                total = total + m.interval
            return total
        if self.base_share is not None:
            return self.base.interval.times(share_interval(self.base_share))
        return self.base.interval

    @property
    def base_value(self) -> Fraction:
        if self.base_sum:
            return sum((m.value for m in self.base_sum), Fraction(0))
        if self.base_share is not None:
            return self.base.value * share_value(self.base_share)
        return self.base.value


def share_interval(share: Mention) -> Interval:
    """The share as a ratio (0..1)."""
    if share.kind == Kind.PERCENT:
        return share.interval.scale(Fraction(1, 100))
    return share.interval


def share_value(share: Mention) -> Fraction:
    """The share's value as a ratio (0..1)."""
    return share.value / 100 if share.kind == Kind.PERCENT else share.value


# a figure rounded by more than this share of itself would be hedged ("about £4m")
ROUND_SHARE = Fraction(5, 100)


def paired_interval(m: Mention, other: Mention) -> Interval | None:
    """What ``m`` can mean beside ``other``, the other of a part and its
    whole: rounded no more coarsely than ``other`` when that is stated more
    finely in the same unit ("£3.1m of its £4m": £3.95m to £4.05m; writers
    round both alike), and never by more than 5% of itself ("£4m" alone is
    £3.8m to £4.2m, not £3.5m to £4.5m).  Hedged figures keep their hedge."""
    iv = m.interval
    if iv is None or m.hedge or m.precision is None or m.value is None or m.is_range or iv.lo is None \
            or iv.hi is None or iv.lo == iv.hi or m.kind not in COUNT_KINDS:
        return iv
    half = m.precision / 2
    if other.precision is not None and not other.hedge and other.kind == m.kind and other.unit == m.unit \
            and 0 < other.precision < m.precision:
        half = other.precision / 2
    half = min(half, abs(m.value) * ROUND_SHARE)
    if half * 2 >= iv.hi - iv.lo:
        return iv
    return Interval(m.value - half, m.value + half)


def fraction_word_share(share: Mention) -> bool:
    """(round 43) An unhedged fraction in words ("a third", "three-fifths", "one in five"): its own ±10% band is the
    rounding of the whole comparison, so the counts beside it are read as stated, not widened by their own rounding
    as well ("a third of its 2,700 staff, some 1,100 people": 37.0% to 44.4%, not from 36.4%; "three-fifths of the
    1,800 tonnes, or 900 tonnes": 50%, not up to 54.3%)."""
    return share.kind == Kind.FRACTION and not share.hedge and not is_quantifier(share)


def counts_read_as_stated(rel: ShareOf) -> bool:
    """(round 43) A share of one named whole by an unhedged fraction word: its part and whole are read as stated."""
    return rel.base is not None and not rel.base_sum and rel.base_share is None and fraction_word_share(rel.share)


def _as_stated(m: Mention) -> Interval | None:
    """A count at its stated value: its hedge kept, its rounding dropped."""
    if m.hedge or m.is_range or m.value is None or m.kind not in COUNT_KINDS or m.interval is None:
        return m.interval
    return Interval(m.value, m.value)


def ratio_interval(rel: ShareOf) -> Interval | None:
    if counts_read_as_stated(rel):
        part, base = _as_stated(rel.part), _as_stated(rel.base)
        return None if part is None or base is None else part.divide(base)
    if rel.base_sum or rel.base is None:
        return rel.part.interval.divide(rel.base_interval)
    if rel.base_share is not None:  # a share of a share: the counts are not rounded alike
        whole = rel.base_interval
        return None if whole is None else rel.part.interval.divide(whole)
    return paired_interval(rel.part, rel.base).divide(paired_interval(rel.base, rel.part))


def rest_interval(rel: ShareOf) -> Interval | None:
    """The rest of the whole as a ratio: 1 - part / base."""
    ratio = ratio_interval(rel)
    return None if ratio is None else Interval(Fraction(1), Fraction(1)) - ratio


def nearest_count(rel: ShareOf) -> bool:
    """(round 43) A hedged fraction word beside two whole counts of a small whole, the part the nearest count on the
    hedge's side: "just under a third of the 27 candidates -- eight --" (8/27 = 29.6%; nine would be a third, no
    longer under it), "just over half of the 15 members, eight"."""
    share, part, base = rel.share, rel.part, rel.base
    if base is None or rel.base_sum or rel.base_share is not None or share.kind != Kind.FRACTION \
            or share.value is None or is_quantifier(share):
        return False
    way = hedges.family(share.hedge)
    if way not in (hedges.JUST_BELOW, hedges.JUST_ABOVE, hedges.CLOSE_TO):
        return False
    if any(m.value is None or m.hedge or m.is_range or m.value.denominator != 1 or m.kind != Kind.COUNT
           for m in (part, base)) or not 0 < part.value < base.value <= 200:
        return False
    v = share.value
    if way in (hedges.JUST_BELOW, hedges.CLOSE_TO):
        return part.value / base.value < v <= (part.value + 1) / base.value
    return (part.value - 1) / base.value <= v < part.value / base.value


def agrees(rel: ShareOf) -> bool:
    if nearest_count(rel):
        return True
    if rel.of_rest:
        rest = rest_interval(rel)
        return rest is None or rest.intersects(share_interval(rel.share))
    ratio = ratio_interval(rel)
    if ratio is None or ratio.intersects(share_interval(rel.share)):
        return True
    if rel.at_most:
        iv = share_interval(rel.share)
        return iv.hi is None or ratio.lo is None or ratio.lo <= iv.hi
    if rel.at_least:
        iv = share_interval(rel.share)
        return iv.lo is None or ratio.hi is None or ratio.hi >= iv.lo
    if rel.within_two:
        iv = share_interval(rel.share)
        readings = (ratio, rest_interval(rel)) if rel.either else (ratio,)  # either side, or the one it is set by
        return any(r is None or r.hi is None or iv.lo is None or iv.lo <= r.hi for r in readings)
    return rel.either and rest_interval(rel).intersects(share_interval(rel.share))


# ---------------------------------------------------------------- finder

# "412 patients in March, 87 of whom": a count hung on a whole, never an age in apposition
_OF_WHOM_AFTER = re.compile(r"\s+(?:of|among)\s+(?:whom|which|them|those|these)\b", re.I)


def _counts_not_ages(doc: Document) -> list[Mention]:
    """Figures read as ages in apposition ("Okafor, 24,") that "of whom"
    follows: "..., 87 of whom" is a part of a whole, an exact count."""
    out = []
    for m in doc.mentions:
        if m.kind == Kind.AGE and m.value is not None and not m.is_range and m.value.denominator == 1 \
                and not doc.sentences[m.sentence].chrome and _OF_WHOM_AFTER.match(doc.text, m.end):
            out.append(replace(m, kind=Kind.COUNT, unit=None, interval=Interval(m.value, m.value)))
    return out


_CALENDAR_UNITS = frozenset("hour day night week month year".split())


_OF_THE_LEAD_BEFORE = re.compile(r"\W*(?:of|out\s+of)\s+(?:the|its|their|this\s+year['’]s|last\s+year['’]s)\s+", re.I)


def _durations(doc: Document, pool: list[Mention]) -> list[Mention]:
    """A whole count of days (weeks ...) right after a part or a share and
    "of": "on 19 of the month's 31 days", "a third of its 52 weeks": a count
    of them, the whole of the figure before; other whole numbers of hours,
    days, weeks, months or years are measures in that unit when a sentence
    holds two in one unit ("14 days ..., or 40% of the 92-day winter")."""
    out, measures = [], []
    ends = {m.end: m for m in pool if m.kind in SHARE_KINDS or m.kind == Kind.COUNT and m.noun is None}
    for m in doc.mentions:
        if m.kind != Kind.DURATION or m.value is None or m.is_range or m.value.denominator != 1 \
                or m.interval is None or doc.sentences[m.sentence].chrome:
            continue
        k = m.start
        gap_start = doc.text.rfind(" of ", max(0, k - 60), k)
        prev = None
        if gap_start >= 0:
            j = gap_start
            while j > 0 and doc.text[j - 1].isspace():
                j -= 1
            prev = ends.get(j)
        unit = m.unit or ""
        if prev is not None and prev.sentence == m.sentence and not m.hedge and not m.compound \
                and _OF_BASE.match(doc.text[prev.end:m.start]):
            out.append(replace(m, kind=Kind.COUNT, unit=None, noun=unit.lower() + ("s" if m.value != 1 else ""),
                               interval=Interval(m.value, m.value), precision=Fraction(1)))
        elif not m.hedge and not m.compound and _OF_THE_LEAD_BEFORE.fullmatch(
                doc.text, doc.sentences[m.sentence].start, m.start):
            # (round 45) "Of the 150 hours of drama commissioned, 90 - or 45 per cent - ...": a lead's whole counted
            # in hours, the part a bare count of them
            out.append(replace(m, kind=Kind.COUNT, unit=None, noun=unit.lower() + ("s" if m.value != 1 else ""),
                               interval=Interval(m.value, m.value), precision=Fraction(1)))
        elif unit in _CALENDAR_UNITS:  # "on 14 days ..., or 40% of the 92-day winter": a measure in days
            measures.append(m)
    # only two or more in one unit in a sentence: one alone is when something happened, not a part or whole
    # (counted before any is copied as a measure: most stand alone)
    seen: dict[tuple[int, str], int] = {}
    for m in measures:
        seen[(m.sentence, m.unit)] = seen.get((m.sentence, m.unit), 0) + 1
    return out + [replace(m, kind=Kind.MEASURE) for m in measures if seen[(m.sentence, m.unit)] > 1]


# "96 terawatt-hours of the 268 TWh": a unit of power spelled out is read as a count's noun
_SI_PREFIX = {"kilo": "k", "mega": "M", "giga": "G", "tera": "T"}
_HOURS_AFTER = re.compile(r"[- ]?hours?\b", re.I)
_SPELLED_UNIT = re.compile(r"(kilo|mega|giga|tera)watt(?:[- ]?(hour))?s?", re.I)


# (round 37) "..., 516 said they would vote yes - more than half of those polled - while ...": the share of a sample
_OF_THOSE_POLLED = re.compile(r"\s+of\s+those\s+(?:polled|surveyed|asked|questioned|interviewed|sampled|who\s+(?:took\s+part|"
                              r"responded|answered|voted))\b", re.I)
_SAMPLE_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:polled|surveyed|asked|questioned|interviewed|sampled|who\s+took\s+part)\b",
                           re.I)


def _share_of_those_asked(doc: Document, by_sentence: dict, used: set):
    """(Round 37) A share "of those polled" (surveyed, asked ...) in its sentence: the base is the sentence's one
    sample count told as polled ("Of the 1,200 voters surveyed", "a poll of 1,000 adults"), the part the count right
    before the share in its clause, with no other count between them."""
    for idx, items in by_sentence.items():
        for k, share in enumerate(items):
            if share.kind not in SHARE_KINDS or share.start in used \
                    or not _OF_THOSE_POLLED.match(doc.text, share.end):
                continue
            samples = [m for m in items if m.kind in COUNT_KINDS and m.end <= share.start and m.value
                       and (_SAMPLE_AFTER.match(doc.text, m.end) or _POLL_OF.search(doc.text, max(0, m.start - 12),
                                                                                     m.start))]
            before = [m for m in items[:k] if m.kind in COUNT_KINDS and m.value is not None]
            if len(samples) != 1 or len(before) < 2 or before[-1] is samples[0] \
                    or re.search(r"[;:]", doc.text[before[-1].end:share.start]):
                continue
            part, base = before[-1], samples[0]
            if part.value > base.value:
                continue
            yield ShareOf(link="explicit", cue="of those polled", share=share, part=part, base=base)


_POLL_OF = re.compile(r"\b(?:poll|survey|sample)\s+of\s+$", re.I)


_PARTITIVE_OF = re.compile(r"\s+of\s+(?:the|its|their)\s+"
                           # (round 47) or an owner's: "1.2 million of Norrvik county's 2 million hectares"
                           r"|\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?[A-Za-z][\w-]*['’]s\s+")


def _partitive_units(doc: Document, pool: list[Mention]) -> list[Mention]:
    """(Round 37) A bare count right before "of the" and a measure is in the measure's unit: "generated 1,150 of the
    1,800 TWh" (1,150 TWh)."""
    out = list(pool)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.kind == Kind.COUNT and b.kind == Kind.MEASURE and a.noun is None and not a.compound and b.unit \
                and a.sentence == b.sentence and _PARTITIVE_OF.fullmatch(doc.text, a.end, b.start):
            out[k] = replace(a, kind=Kind.MEASURE, unit=b.unit)
    return out


# (round 56) a sports record's share written as a decimal of one: "a .617 winning percentage"
_DECIMAL_PERCENTAGE = re.compile(r"\.\d{3}")
_PERCENTAGE_NOUN_AFTER = re.compile(r"\s+(?:(?:winning|win|save|success|completion)\s+)?percentage\b", re.I)


def _decimal_percentages(doc: Document, pool: list[Mention]) -> list[Mention]:
    """(round 56) ".617" before "winning percentage" is 61.7%: a share of one written as three decimals, read as the
    percentage it names ("won 58 of their 94 games for a .617 winning percentage")."""
    out = []
    for m in pool:
        if m.kind == Kind.COUNT and _DECIMAL_PERCENTAGE.fullmatch(m.text) and _PERCENTAGE_NOUN_AFTER.match(doc.text, m.end) \
                and m.interval is not None and m.interval.lo is not None and m.interval.hi is not None:
            iv = m.interval
            m = replace(m, kind=Kind.PERCENT, value=m.value * 100, unit="%", noun=None, noun_span=None,
                        precision=m.precision * 100 if m.precision is not None else None,
                        interval=Interval(iv.lo * 100, iv.hi * 100, iv.lo_open, iv.hi_open))
        out.append(m)
    return out


def _spelled_units(doc: Document, pool: list[Mention]) -> list[Mention]:
    """Counts whose noun spells out a unit ("96 terawatt-hours") as measures
    in it (TWh), and measures in a spelled unit ("2,400 megawatts") in its
    symbol (MW), so that they meet a whole stated in the short form."""
    out = []
    for m in pool:
        span = m.noun_span
        found = _SPELLED_UNIT.fullmatch(doc.text[span.start:span.end]) if m.kind == Kind.COUNT and span \
            and span.start >= m.end and "watt" in doc.text[span.start:span.end].lower() else None
        if found:
            unit = _SI_PREFIX[found.group(1).lower()] + ("Wh" if found.group(2) else "W")
            m = replace(m, kind=Kind.MEASURE, unit=unit, noun=None)
        elif m.kind == Kind.MEASURE and m.unit and m.unit.lower().rstrip("s") in ("kilowatt", "megawatt", "gigawatt") \
                and _HOURS_AFTER.match(doc.text, m.end):  # "410 megawatt-hours": the grammar stops at "megawatt"
            hours = _HOURS_AFTER.match(doc.text, m.end)
            m = replace(m, unit=_SI_PREFIX[m.unit.lower()[:4]] + "Wh", noun_span=Span(m.end, hours.end()))
        elif m.kind == Kind.MEASURE and m.unit and m.unit.lower().rstrip("s") in ("kilowatt", "megawatt", "gigawatt"):
            m = replace(m, unit=_SI_PREFIX[m.unit.lower()[:4]] + "W")  # "2,400 megawatts" beside "600 MW"
        out.append(m)
    return out


# "the 180 Year 11 pupils": a school year named by a number after the count, no length of time
_YEAR_NAME = re.compile(r"\s+(?:Year\s+(\d{1,2})\b|[Yy]ear\s+((?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                        r"twelve|thirteen)\b))")  # (round 13: "the 850 year six pupils tested")


def _year_names(doc: Document, pool: list[Mention]) -> list[Mention]:
    """"54 of the 180 Year 11 pupils": the count before a school year's name
    ("Year 11") counts the nouns after it; the year's number is no figure."""
    out, names = [], set()
    for m in doc.mentions:
        if m.kind != Kind.DURATION or m.value is None or m.is_range or m.value.denominator != 1:
            continue
        number = m.text[:m.text.rfind(" ")].rstrip() if " " in m.text.strip() else ""
        found = _YEAR_NAME.match(doc.text, m.start + len(number)) if number else None
        if not found:
            continue
        group = 1 if found.group(1) else 2
        code = next((x for x in pool if x.start == found.start(group)), None)
        if code is None or group == 2 and not code.noun:
            continue
        names.add(code.start)
        out.append(replace(m, kind=Kind.COUNT, unit=None, text=number, end=m.start + len(number), noun=code.noun,
                           noun_span=code.noun_span, interval=Interval(m.value, m.value), precision=Fraction(1)))
    return [x for x in pool if x.start not in names] + out


# (every share relation holds a percentage or a fraction: a mention, a quantifier "most" / "a majority" /
# "a minority" (_quantifier_shares) or a headline's bare "Third of ..." (_bare_fraction))
@needs(Kind.PERCENT, Kind.FRACTION, or_words=("most", "ority", "third", "quarter", "fifth", "sixth", "tenth",
                                              "percentage"))  # (round 56: ".617 winning percentage")
def find_shares(doc: Document):
    """Every share relation, less those whose part is what each of several gets ("each received £3,000, half
    of the £12,000 prize fund between them": the two together are half)."""
    found = doc.memo["shares: found"] = []  # (round 48) read by find_share_then_part_of_base, which runs after
    for rel in _find_shares(doc):
        if isinstance(rel, ShareOf) and rel.part is not None and (
                for_each(doc, rel.part) or _whole_list_agrees(doc, rel)):
            continue
        if isinstance(rel, ShareOf) and rel.part is not None:
            rel = _share_of_the_share(doc, rel) or rel
        found.append(rel)
        yield rel


# (round 30) the share's whole named as the group an earlier share of the base picked out: "of those", "Of those,"
# right before the share or part, or "SHARE of those -" (not "of those who ...", "of those surveyed": all of them);
# or the share followed by "of the NOUN" (``_SO_SHARE_NOUN``), a noun of the outer share's sentence not the base's
_THOSE_BEFORE = re.compile(r"\b(?:of|among)\s+(?:those|these)\s*,?\s*" + _EMPH + "$", re.I)
_THOSE_AFTER = re.compile(r"\s+(?:of|among)\s+(?:those|these)\b(?!\s+(?:who|which|that|[a-z]+ed)\b)", re.I)


# the share's own "of" phrase naming the whole base (with ``_OF_ALL``): "a fifth of the total"
_BASE_AS_WHOLE = frozenset("total whole overall".split())


def _share_of_the_share(doc: Document, rel: ShareOf) -> ShareOf | None:
    """Round 30: a share of a share.  "About 60% of the 5,000 staff work from home, and of those, a third - 1,600 -
    do so full time"; "Women made up 58% of the 1,450 graduates, and 340 of them - nearly a quarter of the women -":
    the share and its part come after an outer share of the base ("SHARE of the BASE", digits or a fraction in
    words), and the share's whole is named as the group that outer share picked out ("of those" or "Of those,"
    before them, "SHARE of those", "SHARE of the NOUN" for a noun of the outer share's sentence other than the
    base's): the whole is the outer share of the base."""
    base, share, part = rel.base, rel.share, rel.part
    if base is None or rel.base_sum or rel.base_share is not None or rel.within_two or rel.of_rest \
            or share.start < base.end or part.start < base.end or base.kind not in COUNT_KINDS:
        return None
    text = doc.text
    first = min(share.start, part.start)
    lead = _OF_LEAD.search(text[doc.sentences[base.sentence].start:base.start])
    outers = [m for m in doc.mentions_in(base.sentence)
              if m is not share and m is not part and m.kind in (Kind.PERCENT, Kind.FRACTION)
              and m.value is not None and not m.is_range and m.interval is not None and 0 < share_value(m) < 1
              and (m.end <= base.start and _OF_BASE.match(text[m.end:base.start])
                   or lead and base.end <= m.start < first and _lead_part(doc, base, m))]  # "Of the BASE ..., SHARE"
    if len(outers) != 1:
        return None
    outer = outers[0]
    sent = doc.sentences[min(share, part, key=lambda m: m.start).sentence]
    before = text[max(sent.start, first - 40):first]
    noun = _SO_SHARE_NOUN.match(text, share.end, min(sent.end, share.end + 60))
    said = noun.group(1).lower() if noun else ""
    if noun and (_OF_ALL.match(noun.group(0)) or said in _BASE_AS_WHOLE
                 or base.noun and categories.same_thing(base.noun.lower(), said)):
        return None  # "of these, 1,200 - a tenth of all cars tested -": the share names the base as its whole
    named = _THOSE_BEFORE.search(before) or _THOSE_AFTER.match(text, share.end)
    if not named:
        osent = doc.sentences[outer.sentence]
        others = set(words(text[osent.start:base.start])) | set(words(text[_noun_end(base):min(osent.end, first)]))
        if said not in others or said in ("those", "these", "them", "rest", "group", "sample"):
            return None
    return replace(rel, base_share=outer, either=False, at_most=False, at_least=False)


def _whole_list_agrees(doc: Document, rel: ShareOf) -> bool:
    """"... 96 primary schools, 31 secondary schools and 13 special schools, nearly one in five of the
    county's 742 schools": a share set after the last part of a series may speak of the whole series; when
    that reading agrees and the last part's alone does not, stay silent (round 14, from a clean article)."""
    part, share = rel.part, rel.share
    if rel.base is None or rel.base_sum or share.start < part.end or agrees(rel) \
            or not _APPOSED_SHARE_GAP.fullmatch(doc.text, part.end, share.start):
        return False
    listed = _listed_before(doc, part, doc.mentions_in(part.sentence))
    if not listed or any(m.kind != part.kind or m.unit != part.unit or m.interval is None for m in listed):
        return False
    total = part.interval
    for m in listed:
        total = total + m.interval
    ratio = total.divide(rel.base.interval)
    return ratio is not None and ratio.intersects(share_interval(share))


# the part's own noun, then a comma: the share is in apposition to what came before
_APPOSED_SHARE_GAP = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?[\w'’-]*\s*,\s*", re.I)


def _find_shares(doc: Document):
    pool = [m for m in quantities(doc, *(SHARE_KINDS + COUNT_KINDS)) if m.value is not None and not m.is_range]
    if " Year " in doc.text or " year " in doc.text:
        pool = sorted(_year_names(doc, pool), key=lambda m: m.start)
    if "watt" in doc.text:
        pool = _spelled_units(doc, pool)
    if "percentage" in doc.text:
        pool = _decimal_percentages(doc, pool)
    if " of the " in doc.text or " of its " in doc.text or "'s " in doc.text or "’s " in doc.text:
        pool = _partitive_units(doc, pool)
    ages = _counts_not_ages(doc) + (_durations(doc, pool) if any(m.kind == Kind.DURATION for m in doc.mentions) else [])
    if ages:
        taken = {m.start for m in pool}  # "the 180 Year 11 pupils": read as a count already
        pool = sorted(pool + [m for m in ages if m.start not in taken], key=lambda m: m.start)
    by_sentence: dict[int, list[Mention]] = {}
    for m in pool:
        by_sentence.setdefault(m.sentence, []).append(m)
    for idx, items in by_sentence.items():
        words_shares = _quantifier_shares(doc, idx, items)
        if words_shares:
            items.extend(words_shares)
            items.sort(key=lambda m: m.start)
    used_shares = set()
    for idx, items in by_sentence.items():
        prev = by_sentence.get(idx - 1, []) if idx > 0 and not doc.sentences[idx - 1].headline else []
        for rel in _same_sentence(doc, items, prev):
            if _bracketed_for_another(doc, rel, items):
                continue
            if rel.share.start not in used_shares:
                used_shares.add(rel.share.start)
                yield rel
    wholes = None
    for share in pool:
        if share.kind not in SHARE_KINDS or share.start in used_shares:
            continue
        if wholes is None:
            wholes = parts_of_whole(doc)
        rel = _through_breakdown(doc, share, by_sentence.get(share.sentence, []), wholes)
        if rel is not None:
            used_shares.add(share.start)
            yield rel
    for rel in _part_next(doc, by_sentence, used_shares):
        used_shares.add(rel.share.start)
        yield rel
    if " of those " in doc.text:
        for rel in _share_of_those_asked(doc, by_sentence, used_shares):
            used_shares.add(rel.share.start)
            yield rel
    for rel in _rest_next(doc, by_sentence, used_shares):
        used_shares.add(rel.share.start)
        yield rel
    for rel in _share_opens(doc, by_sentence, used_shares):
        used_shares.add(rel.share.start)
        yield rel
    if ";" in doc.text:
        for rel in _share_opens_clause(doc, by_sentence, used_shares):
            used_shares.add(rel.share.start)
            yield rel
    if "margin" in doc.text:
        for rel in _margins(doc, by_sentence, used_shares):
            used_shares.add(rel.share.start)
            yield rel
    for rel in _share_then_whole(doc, by_sentence, used_shares):
        used_shares.add(rel.share.start)
        yield rel
    for rel in _lead_share_then_whole(doc, by_sentence, used_shares):
        used_shares.add(rel.share.start)
        yield rel
    if " with " in doc.text:
        for rel in _rate_then_its_counts(doc, by_sentence, used_shares):
            used_shares.add(rel.share.start)
            yield rel
    yield from _subject_share(doc, by_sentence, used_shares)
    if "respectively" in doc.text:
        yield from _respectively(doc, by_sentence, used_shares)
    yield from _part_then_rest(doc, by_sentence, used_shares)
    yield from _part_opens_lead_total(doc, by_sentence, used_shares)
    if "remaining" in doc.text or "other" in doc.text:
        yield from _share_of_total_then_remaining(doc, by_sentence, used_shares)
    yield from _period_total(doc, by_sentence, used_shares)
    yield from _named_whole(doc, by_sentence, used_shares)
    yield from _headline_shares(doc, by_sentence, used_shares)
    if "-of-" in doc.text or "-for-" in doc.text:
        yield from _made_of_tried(doc, used_shares)


# round 14: "went 18-of-45 (40%)", "was 7-for-12, or 58%": made and tried, joined by hyphens (the grammar reads
# the second number as a code), then the share set apart
_MADE_OF_TRIED = re.compile(r"(?<![\w.,-])(\d{1,4})[-‐](?:of|for)[-‐](\d{1,4})(?![\w.,]\d|-)")
_FROM_THE_FIELD = re.compile(r"^\s+(?:from|on|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*(?:\(|,\s*(?:or\s+)?|\s[-–—]+\s*)$",
                             re.I)


# the joint every match of ``_MADE_OF_TRIED`` holds
_MADE_OF_TRIED_JOINT = re.compile(r"[-‐](?:of|for)[-‐]")


def _made_of_tried_matches(text: str):
    """``_MADE_OF_TRIED.finditer(text)``, each run of characters between blanks that holds a joint ("-of-",
    "-for-") matched alone, as if the text ended at its end.  (Speed: the pattern opens with a look-behind, tried
    at every character of the text; the joints are found at once.)  The same matches: a match holds no blank, and
    a blank next to a run is none of what the look-arounds look for (a word character, ".", "," or "-")."""
    done = 0
    n = len(text)
    for joint in _MADE_OF_TRIED_JOINT.finditer(text):
        start = joint.start()
        if start < done:
            continue  # (a joint of the run matched already)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = joint.end()
        while end < n and not text[end].isspace():
            end += 1
        yield from _MADE_OF_TRIED.finditer(text, start, end)
        done = end


def _made_of_tried(doc: Document, used: set):
    for mt in _made_of_tried_matches(doc.text):
        made, tried = int(mt.group(1)), int(mt.group(2))
        if not 0 < tried or made > tried:
            continue
        at = doc.mention_at_or_after(mt.start())
        if at is None or at.start != mt.start():
            continue
        share = next((m for m in doc.mentions_in(at.sentence) if m.start >= mt.end() and m.kind == Kind.PERCENT), None)
        if share is None or share.kind != Kind.PERCENT or share.start in used or share.is_range \
                or share.value is None or not (_TIGHT.match(doc.text[mt.end():share.start])
                                               or _FROM_THE_FIELD.match(doc.text[mt.end():share.start])):
            continue
        part = replace(at, end=mt.start(1) + len(mt.group(1)), text=mt.group(1), kind=Kind.COUNT, value=Fraction(made),
                       precision=Fraction(1), interval=Interval(Fraction(made), Fraction(made)), unit=None, noun=None,
                       compound=False, hedge=None, noun_span=None, is_range=False, range_hi=None)
        base = replace(part, start=mt.start(2), end=mt.end(2), text=mt.group(2), value=Fraction(tried),
                       interval=Interval(Fraction(tried), Fraction(tried)))
        used.add(share.start)
        yield ShareOf(link="explicit", cue="made of tried", share=share, part=part, base=base)


def _opens_bracket(text: str, at: int) -> bool:
    """Whether the last character before ``at`` that is not a blank is "(" (read backwards: no copy of
    the text before it)."""
    i = at
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] == "("


_TALLY_SIDES = re.compile(r"\s+(?:[a-z]+\s+)?(?:to|against|-)\s+|-", re.I)


def _bracketed_for_another(doc: Document, rel: "ShareOf", items: list[Mention]) -> bool:
    """"41% (21,800 tonnes) was recycled, 33% (17,600 tonnes) ...": a part in
    brackets right after another share is that share's count, never this one's; (round 49) and a share in brackets
    right after another count is that count's share ("46 (55%), the Union 23 (27%)")."""
    part = rel.part
    if part is not None and rel.share.parenthetical and _opens_bracket(doc.text, rel.share.start):
        # (round 49) "46 (55%), the Union 23 (27%)": a share in brackets right after a count is that count's share
        # (any figure: "the Union 23" may be read as a code, "Ward 4")
        right_before = [m for m in doc.mentions_in(rel.share.sentence) if m.end <= rel.share.start]
        other = right_before[-1] if right_before else None
        if other is not None and other.start != part.start and other.kind in (Kind.COUNT, Kind.CODE) \
                and (rel.base is None or other.start != rel.base.start) and not other.compound \
                and not _TALLY_SIDES.fullmatch(doc.text, part.end, other.start):  # "carried 74 votes to 52 (65%)"
            # the count right before the bracket, bare or with the part's own noun ("the Union 23 seats (27%)")
            rest = doc.text[other.end:rel.share.start].strip(" (").lower()
            if not rest or part.noun and rest == part.noun.lower():
                return True
    if part is None or not part.parenthetical or not _opens_bracket(doc.text, part.start):
        return False
    before = [m for m in items if m.end <= part.start]
    return bool(before) and before[-1].kind in SHARE_KINDS and before[-1] is not rel.share \
        and before[-1].start != rel.share.start


# "That means just 1,200 objects are on view": the part a share of the sentence before comes to
_MEANS_PART = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:that|this)(?:\s+(?:means|meant|would\s+mean|will\s+mean|could\s+mean)"
                         r"\s+(?:that\s+)?|['’]s\s+|\s+(?:is|was|would\s+be|will\s+be|"
                         r"amounts\s+to|amounted\s+to|works\s+out\s+(?:at|to)|worked\s+out\s+(?:at|to)|equates\s+to|"
                         r"comes\s+to|came\s+to)\s+)(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?"
                         + _EMPH + "$", re.I)
_MEANS_CUE = re.compile(r"\b(?:that|this)\b", re.I)
_RANK_BOUND = re.compile(r"\b(?:top|bottom)\s+$", re.I)
# "one in five players in the 96-strong draw": a share of a noun in a group whose size is a modifier (round 12)
_IN_GROUP_GAP = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,2}\s+(?:in|of|on|among|across)\s+(?:the|its|their|this|that)\s+$",
                           re.I)
_GROUP_SIZE_WORD = re.compile(r"-(?:strong|member|man|woman|person|player|seat|team)\b", re.I)


def _share_in_group(share: Mention, base: Mention, text: str) -> bool:
    return base.compound and bool(_GROUP_SIZE_WORD.search(base.text)) \
        and bool(_IN_GROUP_GAP.match(text[share.end:base.start]))


def _part_next(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """"Only a quarter of the museum's 12,000 pieces can be shown at once. That
    means just 1,200 objects are on view": the next sentence opens on the part
    the share comes to (or the rest of it: inferred, either reading)."""
    text = doc.text
    for idx, items in by_sentence.items():
        prev = by_sentence.get(idx - 1)
        sent = doc.sentences[idx]
        if not prev or sent.headline or doc.sentences[idx - 1].headline \
                or not _MEANS_CUE.search(text[sent.start:sent.start + 12]):
            continue
        part = next((m for m in items if m.kind in COUNT_KINDS), None)
        if part is None or items[0] is not part or not _MEANS_PART.match(text[sent.start:part.start]):
            continue
        shares = [m for m in prev if m.kind in SHARE_KINDS and m.start not in used]
        # not "at any one time", nor a rank bound ("ranked inside the top 150": round 12)
        counts = [m for m in prev if m.kind in COUNT_KINDS and m.value != 1
                  and not _RANK_BOUND.search(text[max(0, m.start - 12):m.start])]
        if len(shares) != 1 or len(counts) != 1 or counts[0].start < shares[0].end:
            continue
        share, base = shares[0], counts[0]
        if not (_share_of(share, text[share.end:base.start]) or _share_in_group(share, base, text)) \
                or not _plausible(part, base) \
                or _CHANGE_AFTER.match(text[part.end:part.end + 40]):
            continue
        yield ShareOf(link="inferred", cue="that means", share=share, part=part, base=base, either=True)


# a margin and the profit and sales it is struck on: "an operating margin of 14.2%", "a 9% net margin"
_QUALIFIER = r"(?P<q>operating|net|gross|pre-?tax|ebitda|ebit|underlying|adjusted|core|trading)?"
_MARGIN_BEFORE = re.compile(_QUALIFIER + r"[\s-]*(?:profit\s+)?margins?\s+(?:of|was|were|is|at|to|stood\s+at|"
                            r"came\s+in\s+at|(?:rose|fell|widened|narrowed|improved|slipped|climbed|increased|"
                            r"decreased|grew|shrank|expanded|contracted|edged\s+up|edged\s+down)\s+to)\s+$", re.I)
_MARGIN_AFTER = re.compile(r"^\s*" + _QUALIFIER + r"[\s-]*(?:profit\s+)?margin\b", re.I)
_LEVEL = (r"\s+(?:of|was|were|at|to|totall?ed|reached|came\s+in\s+at|stood\s+at|"
          r"(?:rose|fell|climbed|dropped|increased|decreased|grew|jumped|slipped|slid)\s+to)\s+$")
_PROFIT_BEFORE = re.compile(r"(?:\b" + _QUALIFIER + r"[\s-]*(?:profits?|earnings)|\b(?P<q2>operating|net)\s+income|"
                            r"\b(?P<q3>ebitda|ebit)\b)" + _LEVEL, re.I)
_SALES_BEFORE = re.compile(r"\b(?:sales|revenues?|turnover)" + _LEVEL, re.I)
_PROFIT_AFTER = re.compile(r"^\s+(?:in|of)\s+(?:" + _QUALIFIER + r"[\s-]*(?:profits?|earnings)|(?P<q2>operating|net)\s+"
                           r"income|(?P<q3>ebitda|ebit))\b", re.I)
_SALES_AFTER = re.compile(r"^\s+(?:in|of)\s+(?:sales|revenues?|turnover)\b", re.I)


def _qualifier(m: re.Match) -> str:
    q = next((g for g in (m.groupdict().get(k) for k in ("q", "q2", "q3")) if g), "") or ""
    return q.lower().replace("-", "")


def _margins(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """"The operating margin widened to 14.2%, on operating profit of EUR1.07bn
    and sales of EUR9.51bn": a margin is profit over sales (revenue,
    turnover), the profit of the margin's own kind (operating, net, gross,
    pre-tax; any for a bare "margin"), the two figures in the margin's
    sentence or the one before or after it, one of each, in one currency.
    Inferred."""
    text = doc.text
    for idx, items in by_sentence.items():
        sent = doc.sentences[idx]
        if sent.headline or "margin" not in text[sent.start:sent.end].lower():
            continue
        for share in items:
            if share.kind != Kind.PERCENT or share.start in used or share.unit != "%":
                continue
            found = _MARGIN_BEFORE.search(text[max(sent.start, share.start - 60):share.start]) \
                or _MARGIN_AFTER.match(text[share.end:share.end + 40])
            if not found:
                continue
            kind = _qualifier(found)
            for near in ((idx,), (idx, idx - 1), (idx, idx + 1)):
                figures = _profit_and_sales(doc, by_sentence, near, kind)
                if figures is None or figures != ([], []):
                    break
            if figures is None:
                continue
            profits, sales = figures
            if len(profits) == 1 and len(sales) == 1 and profits[0].unit == sales[0].unit \
                    and 0 < profits[0].value < sales[0].value:
                yield ShareOf(link="inferred", cue="margin", share=share, part=profits[0], base=sales[0])


# which profit a margin of each kind may be struck on ("operating margin ... on profit of": the profit named)
_SAME_PROFIT = {"": ("", "operating", "ebit", "trading"), "operating": ("", "operating", "ebit"),
                "ebit": ("", "operating", "ebit"), "trading": ("", "trading")}


def _profit_and_sales(doc: Document, by_sentence: dict[int, list[Mention]], near: tuple[int, ...], kind: str):
    """The profit figures of the margin's kind and the sales figures in those
    sentences; None when a profit of another kind stands there."""
    text = doc.text
    profits: list[Mention] = []
    sales: list[Mention] = []
    others: set[str] = set()  # the kinds of profit a bare margin was read on, beside its own ("net", "gross")
    for idx in near:
        if idx not in by_sentence or doc.sentences[idx].headline:
            continue
        start = doc.sentences[idx].start
        for m in by_sentence[idx]:
            if m.kind != Kind.MONEY or m.is_range:
                continue
            before = text[max(start, m.start - 40):m.start]
            after = text[m.end:m.end + 30]
            p = _PROFIT_BEFORE.search(before) or _PROFIT_AFTER.match(after)
            if p and (_qualifier(p) in _SAME_PROFIT.get(kind, (kind, "")) or not kind and not others):
                profits.append(m)
                if _qualifier(p) not in _SAME_PROFIT[""]:
                    others.add(_qualifier(p))  # (round 38) a bare margin on the one profit told: "net profit of ..."
            elif p:
                return None  # a profit of another kind: which one the margin is on is unclear
            elif _SALES_BEFORE.search(before) or _SALES_AFTER.match(after):
                sales.append(m)
    return profits, sales


def is_quantifier(share: Mention) -> bool:
    """"a majority", "most", "a minority": a share stated without a figure."""
    return share.kind == Kind.FRACTION and share.precision is None and share.unit == "quantifier"


def _quantifier_shares(doc: Document, idx: int, items: list[Mention]) -> list[Mention]:
    """"A majority of the 29 members", "most - 150 -": more than half; "a
    minority": less than half.  Only in sentences that hold a count."""
    if not any(m.kind in COUNT_KINDS for m in items):
        return []
    sent = doc.sentences[idx]
    low = doc.text[sent.start:sent.end].lower()
    if "most" not in low and "ority" not in low:
        return []
    out = []
    for q in _QUANTIFIER.finditer(doc.text, sent.start, sent.end):
        start, end = q.span()
        if any(m.start < end and start < m.end for m in items):
            continue
        if q.group(1) and q.group(1).lower() == "minority":
            iv = Interval(Fraction(0), Fraction(1, 2), lo_open=True, hi_open=True)
        else:
            iv = Interval(Fraction(1, 2), Fraction(1), lo_open=True)
        out.append(Mention(start, end, q.group(0), Kind.FRACTION, value=Fraction(1, 2), interval=iv,
                           unit="quantifier", sentence=idx))
    return out


def _counts(items):
    return [m for m in items if m.kind in COUNT_KINDS and not m.compound or m.kind == Kind.COUNT and m.compound]


# round 15: "over the four rounds", "across its 12 sites", "in the past three seasons": a count naming the span
# the figures were counted over is no figure of the share ("hit 41 of 56 fairways over the four rounds (82%)")
_SPAN_BEFORE = re.compile(r"\b(?:over|across|during|throughout|within|in)\s+(?:the|its|their|his|her|all|those|these)\s+"
                          r"(?:(?:first|last|past|next|final|previous|opening|same)\s+)?$", re.I)
_SPAN_NOUNS = frozenset("rounds seasons games matches races stages legs sessions days weeks months years quarters "
                        "nights weekends innings laps sets events tournaments meetings tests terms semesters "
                        "hours minutes".split())


# "in the two depots", "across its 14 branches": the places counted over
_SCOPE_BEFORE = re.compile(r"\b(?:in|across|at|from)\s+(?:the|its|their|all)\s+$", re.I)
_SCOPE_NOUNS = frozenset("""depots sites branches regions wards areas districts counties countries states cities
    towns boroughs zones campuses stores plants factories offices centres centers locations""".split())
# a score against par: "made the cut at 2-over", "finished 5 under par"
_PAR_AFTER = re.compile(r"(?:[-‐](?:over|under)\b|\s+(?:over|under)\s+par\b)", re.I)


def _span_count(doc: Document, m: Mention) -> bool:
    """A count naming the span or the places the figures were counted over ("in the two depots"), or a score
    against par: no figure of a share."""
    if m.kind != Kind.COUNT:
        return False
    if not m.noun and _AGE_BAND_GAP.search(doc.text, max(0, m.start - 6), m.start):  # (a cheap test first)
        prev = [x for x in doc.mentions_in(m.sentence) if x.end <= m.start]
        if prev and age_band_end(doc, prev[-1], m):
            return True  # "people aged 60 to 74": the band's upper end, no count (round 17)
    noun = (m.noun or "").lower()
    if noun in _SPAN_NOUNS and _SPAN_BEFORE.search(doc.text, max(0, m.start - 40), m.start) \
            or noun in _SCOPE_NOUNS and _SCOPE_BEFORE.search(doc.text, max(0, m.start - 40), m.start):
        return True
    return not m.noun and bool(_PAR_AFTER.match(doc.text, m.end))


_AGE_BAND_GAP = re.compile(r"\s*(?:-|–|to|and)\s*$", re.I)


def _same_sentence(doc: Document, items: list[Mention], prev: list[Mention] = ()):
    text = doc.text
    shares = [m for m in items if m.kind in SHARE_KINDS]
    if not shares:
        return  # every reading starts from a share of this sentence (most hold none): its counts go unread
    counts = [m for m in items if m.kind in COUNT_KINDS and not _span_count(doc, m)]
    for share in shares:
        rel = _fraction_restated(doc, share, shares)
        if rel is not None:
            yield rel
            continue
        if _CHANGE_AFTER.match(text[share.end:share.end + 40]):
            continue  # "18 backed it, 60% up on the last meeting", "a third more than": a change, not a share
        after = [c for c in counts if c.start >= share.end]
        lead = text[doc.sentences[share.sentence].start:share.start]
        if _change_before(lead) and not _passive_agent_share(lead, text[share.end:share.end + 30]) \
                and not (_CUT_VERB_BEFORE.search(lead) and _OF_COUNTED_BASE.match(text, share.end)):
            # ((round 49) not "will cut 12% of its 850 posts": a verb taking a share of a counted whole)
            # "fell to 4.1%, with 6,150 of its 98,000 workers ...": the level reached, and its counts after it
            if _level_to(lead) and len(after) >= 2:
                rel = _with_part(doc, share, after) or _or_part(doc, share, after) or _level_restated(doc, share, after)
                if rel is not None:
                    yield rel
            continue  # "up 78.4 pct", "cut to 30 pct": a change, not a share
        before = [c for c in counts if c.end <= share.start]
        # SHARE of the BASE ..., PART
        if after and _share_of(share, text[share.end:after[0].start]):
            base = after[0]
            # "..., half of whom - 300 -": a count past another share of its own whole is that share's part (round 12)
            rest = [c for c in after[1:] if not any(base.end <= o.start < c.start and _OF_REF.match(text[o.end:o.end + 20])
                                                    for o in shares if o is not share)]
            part = _apposed(doc, base, rest) or _apposed_past_relative(doc, base, rest) or _turnout_with(doc, share, base, rest)
            if part is not None and _plausible(part, base) and not _CHANGE_AFTER.match(text[part.end:part.end + 40]) \
                    and not _listed_after(doc, part, after) and not _own_qualifier(doc, part):
                yield ShareOf(link="explicit", cue="of", share=share, part=part, base=base)
                continue
            part = _restated_part(doc, base, rest)
            if part is not None and _plausible(part, base):
                yield ShareOf(link="explicit", cue="which amounts to", share=share, part=part, base=base)
                continue
            part = _amount_of_money_whole(doc, share, base, rest)
            if part is not None:
                yield ShareOf(link="explicit", cue="worth", share=share, part=part, base=base)
                continue
            part = _with_restated(doc, base, rest)
            if part is not None and _plausible(part, base):
                yield ShareOf(link="explicit", cue="with", share=share, part=part, base=base, at_most=True)
                continue
            part = _with_members(doc, share, base, rest)
            if part is not None and _plausible(part, base):
                yield ShareOf(link="inferred", cue="with", share=share, part=part, base=base, at_most=True)
                continue
            part = _in_all_after(doc, base, rest)
            if part is not None:
                yield ShareOf(link="explicit", cue="in all", share=share, part=part, base=base)
                continue
            part = _rest_clause(doc, base, rest)
            if part is not None:
                yield ShareOf(link="inferred", cue="the rest", share=share, part=part, base=base, either=True)
                continue
        # SHARE (PART) of the BASE: "Nearly a quarter (290) of the 1,200 patients"
        if len(after) >= 2 and _OPEN_PART.match(text[share.end:after[0].start]) \
                and _CLOSE_OF_BASE.match(text[after[0].end:after[1].start]) and _plausible(after[0], after[1]):
            yield ShareOf(link="explicit", cue="of", share=share, part=after[0], base=after[1])
            continue
        # PART ... . That was SHARE of the BASE  /  PART ..., which was SHARE of the BASE
        if after and _share_of(share, text[share.end:after[0].start]):
            rel = _that_share_of(doc, share, before, after[0], prev)
            if rel is not None:
                yield rel
                continue
        # PART ... accounts for SHARE of the BASE
        if before and after and _share_of(share, text[share.end:after[0].start]) \
                and (_states_share(text[before[-1].end:share.start]) or _apart_states_share(doc, before[-1], share)
                     or _subject_states_share(doc, before[-1], share)) \
                and _plausible(before[-1], after[0]) \
                and not _step_before(doc, before):
            yield ShareOf(link="explicit", cue="accounts for", share=share, part=before[-1], base=after[0])
            continue
        # A votes to B, or SHARE: the share of one side in the two together
        if len(before) >= 2 and _tally(doc, before[-2], before[-1], share):
            yield ShareOf(link="explicit", cue="votes to", share=share, part=before[-2],
                          base_sum=(before[-2], before[-1]), either=True)
            continue
        # A votes (SHARE) and the other side B: the share of one side in the sides together
        rel = _sides(doc, share, before, after)
        if rel is not None:
            yield rel
            continue
        # SHARE of the vote ..., taking A votes to B: the share of one side, at most its part of the two
        rel = _tally_after(doc, share, after)
        if rel is not None:
            yield rel
            continue
        if before:
            near = before[-1]
            gap = text[near.end:share.start]
            # PART of the BASE ..., SHARE  /  Of the BASE, PART - SHARE
            if len(before) >= 2 and _APPOSITION.match(gap) and _one_clause(gap, doc.text, share):
                a, b = before[-2], before[-1]
                if _OF_BASE.match(text[_noun_end(a):b.start]):
                    a = _unit_from_base(a, b)  # (round 43) "14 of the grid's 40 gigawatts": 14 gigawatts
                if (_OF_BASE.match(text[_noun_end(a):b.start]) or _verb_out_of(text[_noun_end(a):b.start])
                    or _from_whole(doc, a, b)) \
                        and _plausible(a, b) and (not _own_whole(doc, share) or _restates_whole(doc, b, share)
                                                  or _whole_renamed(doc, b, share) or _or_restates_whole(doc, gap, share)) \
                        and not _OF_THEM_MORE.match(text, share.end) \
                        and not _CHANGE_AFTER.match(text[share.end:share.end + 40]) \
                        and not _share_told_before_pair(doc, a):
                    yield ShareOf(link="explicit", cue="of", share=share, part=a, base=b)
                    continue
                lead = text[doc.sentences[share.sentence].start:a.start]
                if _OF_LEAD.search(lead) and _lead_part(doc, a, b, share) and _plausible(b, a) \
                        and not _OF_THEM_MORE.match(text, share.end):
                    # (not "Of the 412 schools, 140 were closed, most of them small primaries": of the part)
                    yield ShareOf(link="explicit", cue="of", share=share, part=b, base=a)
                    continue
            # With BASE NOUN counted, SUBJECT had PART, or SHARE  /  Of the BASE, Measure 4 had PART, or SHARE
            # /  The BASE fund will spend PART, or SHARE, on ...
            rel = _lead_whole(doc, share, before) or _trailing_whole(doc, share, before, after) \
                or _subject_whole(doc, share, before)
            if rel is not None:
                yield rel
                continue
            # Of the BASE ..., SHARE - PART
            lead = text[doc.sentences[share.sentence].start:near.start]
            # (round 29) or after a short subject and verb: "Of the £1.2bn budget, adult care will take 42%, some £380m"
            set_beside = _APPOSITION.match(gap) and _one_clause(gap)
            if _OF_LEAD.search(lead) and (set_beside or _lead_clause(gap, 6)) and not _own_whole(doc, share):
                part = _apposed(doc, share, after)
                # (review rv29-percent item 1) after a subject and verb, only a part that ends its clause:
                # not a change (", 90 more than in 2022"), a part of it (", 40 of them on Friday") or a group
                # (", 180 from abroad")
                if part is not None and not set_beside and not _part_closes_clause(doc, part):
                    part = None
                if part is not None and _plausible(part, near):
                    yield ShareOf(link="explicit", cue="of", share=share, part=part, base=near)
                    continue
        # SHARE, with PART of the BASE  /  SHARE [of NOUN], or PART of the BASE  /  ..., equivalent to PART of the BASE
        rel = _with_part(doc, share, after) or _or_part(doc, share, after) or _equivalent_part(doc, share, after)
        if rel is not None:
            yield rel
            continue
        rel = _of_all(doc, share, before, prev) \
            or _majority(doc, share, before, after) or _compound_whole(doc, share, before) or _rest(doc, share, before) \
            or _includes(doc, share, before) or _rate_of_two(doc, share, before) or _turnout_of_two(doc, share, before) \
            or _referenced(doc, share, before, after, prev) or _consequence(doc, share, before, prev) \
            or _of_those_so(doc, share, before, prev) or _outcome_rate_of_intake(doc, share, before) \
            or _with_part_later(doc, share, after) or _clause_then_counts(doc, share, after) \
            or _and_part_or(doc, share, before, after, prev) or _clause_then_share_of(doc, share, before, after) \
            or _capacity(doc, share, after) or _together_part(doc, share, before, after) \
            or _of_all_named_earlier(doc, share, before) or _share_of_two_listed(doc, share, before, prev) \
            or _share_of_named_level(doc, share, before) or _new_level_share_of_named(doc, share, before) \
            or _over_its_whole(doc, share, before, after)
        if rel is not None:
            yield rel


# round 17: "Home sales made up 40% of the total.": a short subject, a verb stating a share, then "of the total"
_SUBJECT_MADE_UP = re.compile(r"^\W*((?:[A-Za-z][\w'’-]*\s+){1,4}?)(?:made|make|makes|making)\s+up\s+|"
                              r"^\W*((?:[A-Za-z][\w'’-]*\s+){1,4}?)(?:accounted|accounts?|accounting)\s+for\s+", re.I)
_HEDGE_ONLY = re.compile(r"(?:(?:about|around|nearly|almost|some|roughly|just|over|under)\s+)?", re.I)
_OF_THE_TOTAL_CLOSED = re.compile(r"^\s+of\s+the\s+total\s*(?:[.,;]|$)", re.I)
_TWO_LISTED = re.compile(r"^[^;:.()]*?\band\s+(?:[a-z][\w'’-]*\s+){0,3}$", re.I)
_CLAUSE_END = re.compile(r"[,;:.()]|\s[-–—]")


def _share_of_two_listed(doc: Document, share: Mention, before: list[Mention], prev: list[Mention]) -> ShareOf | None:
    """"Of the new homes, 140 were sold to buyers and 60 went to housing groups. Housing groups made up 40%
    of the total.": a sentence opening on a short subject, "made up" or "accounted for" SHARE "of the
    total", no figure before it; the sentence before holds two counts joined by "and", and a word of the
    subject (four letters or more) comes back in the clause of one of them only: that one is the part, the
    two together the whole.  The list may leave others out, so the share may be less than the part's
    share of the two, never more (``within_two``).  Inferred."""
    if before or not prev or share.kind not in SHARE_KINDS:
        return None
    text = doc.text
    sent = doc.sentences[share.sentence]
    head = _SUBJECT_MADE_UP.match(text[sent.start:share.start])
    if not head or not _OF_THE_TOTAL_CLOSED.match(text[share.end:share.end + 30]) \
            or not _HEDGE_ONLY.fullmatch(text[sent.start + head.end():share.start]):
        return None
    counts = [c for c in prev if c.kind in COUNT_KINDS]
    if len(counts) != 2:
        return None
    a, b = counts
    psent = doc.sentences[a.sentence]
    if a.kind != Kind.COUNT or b.kind != Kind.COUNT or a.is_range or b.is_range or not a.value or not b.value \
            or not _TWO_LISTED.match(text[a.end:b.start]) or set(words(text[psent.start:psent.end])) & CHANGE_WORDS:
        return None
    tail = text[b.end:psent.end]
    stop = _CLAUSE_END.search(tail)
    clauses = (words(text[a.end:b.start])[:-1], words(tail[:stop.start() if stop else len(tail)]))
    subject = [w for w in words(head.group(1) or head.group(2)) if len(w) >= 4 and w not in _STOP]
    hits = [i for i, clause in enumerate(clauses) if set(subject) & set(clause)]
    if len(hits) != 1:
        return None
    part = (a, b)[hits[0]]
    return ShareOf(link="inferred", cue="of the total", share=share, part=part, base_sum=(a, b), within_two=True)


# "Fuel duty of 52.95p and VAT of 22.8p together make up 64% of the 136.9p price": two parts summed (round 11)
_AND_BETWEEN = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+and\s+(?:[\w'’-]+\s+){0,3}?(?:of\s+|at\s+)?$", re.I)
_TOGETHER_VERB = re.compile(r"^\s*,?\s*(?:together|combined|between\s+them)\s*,?\s+(?:make\s+up|made\s+up|account\s+for|"
                            r"accounted\s+for|represent|represented|are|were|amount\s+to|amounted\s+to|come\s+to|"
                            r"came\s+to|comprise|comprised|form|formed|equal|equalled)\s+" + _EMPH + "$", re.I)


def _together_part(doc: Document, share: Mention, before: list[Mention], after: list[Mention]) -> ShareOf | None:
    if len(before) < 2 or not after:
        return None
    a, b = before[-2], before[-1]
    text = doc.text
    base = after[0]
    if a.kind != b.kind or a.unit != b.unit or a.value is None or b.value is None or a.hedge or b.hedge \
            or not _AND_BETWEEN.match(text[a.end:b.start]) or not _TOGETHER_VERB.match(text[b.end:share.start]) \
            or not _OF_BASE.match(text[share.end:base.start]):
        return None
    precision = max(a.precision, b.precision) if a.precision is not None and b.precision is not None else None
    part = replace(a, end=b.end, text=f"{a.text} + {b.text}", value=a.value + b.value, precision=precision,
                   interval=a.interval + b.interval, noun=None, noun_span=None)
    if not _plausible(part, base):
        return None
    return ShareOf(link="explicit", cue="together", share=share, part=part, base=base)


# "reservoirs were 61% full, holding 148,000 megalitres against a capacity of 322,000" (round 11)
_FULL_AFTER = re.compile(r"^\s+(?:full|occupied|booked|taken|filled|utili[sz]ed)\b", re.I)
_AGAINST_CAPACITY = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:against|of|out\s+of|from|in)\s+(?:(?:a|an|the|its|their)\s+)?"
                               r"(?:(?:total|maximum|full|combined)\s+)?capacity\s+(?:of\s+)?(?:(?:about|some|around)\s+)?$",
                               re.I)


def _capacity(doc: Document, share: Mention, after: list[Mention]) -> ShareOf | None:
    """"The reservoirs were 61% full, holding 148,000 megalitres against a capacity of 322,000": a share of
    how full something is, then what it holds against its capacity (inferred)."""
    if len(after) < 2 or not _FULL_AFTER.match(doc.text[share.end:share.end + 20]):
        return None
    part, base = after[0], after[1]
    if part.kind == Kind.MEASURE and base.kind == Kind.COUNT and base.noun is None and not base.compound:
        base = replace(base, kind=part.kind, unit=part.unit)  # round 24: "148,000 megalitres against a capacity of 322,000"
    gap = doc.text[share.end:part.start]
    if len(words(gap)) > MAX_GAP_WORDS or re.search(r"[;:()]", gap) or _CLAUSE.search(gap) \
            or not _AGAINST_CAPACITY.match(doc.text[part.end:base.start]) or not _plausible(part, base):
        return None
    return ShareOf(link="inferred", cue="capacity", share=share, part=part, base=base)


# "About 2.1 million savers have deals ending this year - one in four of the bank's 6.3 million": the part,
# the rest of its clause (no figure, no second clause), then the share of a whole of the same kind set apart
CLAUSE_SHARE_WORDS = 16
# "rose by 340", "up to 340": a move, not a count of part of the whole ("lost 570 litres" is one)
_CLAUSE_PART_MOVE = re.compile(r"\b(?:rose|risen|rises?|rising|fell|fallen|falls?|falling|up|down|by|from|to|increased|"
                               r"decreased|grew|grown|jumped|climbed|dropped|declined|dipped|slipped|soared|surged)\s+"
                               r"(?:(?:some|about|around|roughly|nearly|almost|just|only)\s+)?$", re.I)
_A_RATE = re.compile(r"^(?:a|an|per|each)\s+[a-z]+$", re.I)
_CLAUSE_SHARE_GAP = re.compile(r"^[^;:()\[\]\d%.!?]*?(?:,|\s[-–—]+|[–—])\s*(?:(?:filling|occupying|taking\s+up|using\s+up)"
                               r"\s+)?" + _EMPH + "$", re.I)  # round 14: "..., filling 94% of the 60,000 seats"
# round 14: a whole written as a size: "of the 60,000-capacity stadium", "of the 650-seat chamber"
# a count of occasions or things other than what a size compound holds ("62 performances", "nine matches")
_SIZED_OTHER = re.compile(r"(?:performance|show|night|match|matche|game|fixture|event|concert|screening|day|week|"
                          r"sitting|session|race|round|visit|trip|flight|sailing|service)s?$")
# a headline that counts what did not happen: "Health visitors miss one in five checks", "fail", "without"
_NEGATED_HEADLINE = re.compile(r"\b(?:miss(?:es|ed|ing)?|fail(?:s|ed|ing)?|without|lack(?:s|ed|ing)?|not|never|no|"
                               r"reject(?:s|ed)?|refus(?:e|es|ed)|skip(?:s|ped)?|late)\b", re.I)
_SIZE_COMPOUND = re.compile(r"[-‐](?:capacity|seat|seater|strong|member|bed|place|berth|space|person|passenger|pupil)\b",
                            re.I)
_CLAUSE_SHARE_STOP = re.compile(r"\b(?:but|while(?!\s+[a-z]+ing\b)|whereas|than|compared|against|versus|of\s+(?:the|its|their|his|her|"
                                r"them|those|these|whom|which|all)|out\s+of|or|and\s+\w+\s+(?:were|was|had|have|has)|"
                                r"rose|fell|up|down|each|per|every|average|median)\b", re.I)


# figures of another kind, and their hedges, say when or how long, not what part: "waited more than a year"
_OTHER_KINDS = frozenset({Kind.DURATION, Kind.AGE, Kind.DATE, Kind.WEEKDAY, Kind.TIME, Kind.YEAR})


def _masked(doc: Document, sentence: int, lo: int, hi: int, also: list[Mention] = ()) -> str:
    """``doc.text[lo:hi]`` with each mention of a time or an age in it (hedge and all: "more than a year")
    read as one plain word, so that a clause's own time is no figure, comparison or digit of the gap."""
    gap = doc.text[lo:hi]
    for m in reversed(doc.mentions_in(sentence)):
        if (m.kind in _OTHER_KINDS or m in also) and lo <= m.start and m.end <= hi:
            gap = gap[:m.start - lo] + "then" + gap[m.end - lo:]
    return gap


def _clause_then_share_of(doc: Document, share: Mention, before: list[Mention], after: list[Mention]) -> ShareOf | None:
    """"Some 8,600 bikes crossed the river on weekdays in May - 12% of the 48,000 trips": the one figure before
    the share, its clause, then "SHARE of the BASE" naming a whole of the same kind (inferred)."""
    if not before or not after:
        return None
    text = doc.text
    base = after[0]
    k = len(before) - 1
    while k > 0 and _A_RATE.match(before[k].text) and before[k].kind != base.kind:
        k -= 1  # "570 million litres a day ...": a rate's period is no figure of the clause
    skipped = []
    while k > 0 and before[k].kind == Kind.MEASURE and (before[k].kind, before[k].unit) != (base.kind, base.unit):
        skipped.append(before[k])  # round 14: "watched the women's 1500m final, ...": a measure of another kind
        k -= 1
    part, before = before[k], before[:k + 1]
    gap = _masked(doc, share.sentence, part.end, share.start, skipped)
    if "," not in gap and "-" not in gap and "–" not in gap and "—" not in gap:
        return None
    if len(words(gap)) > CLAUSE_SHARE_WORDS or not _CLAUSE_SHARE_GAP.match(gap) or _CLAUSE_SHARE_STOP.search(gap):
        return None
    if not _OF_BASE.match(text[share.end:base.start]) or part.compound or part.is_range \
            or base.compound and not _SIZE_COMPOUND.search(base.text):
        return None
    if base.compound and part.noun and _SIZED_OTHER.match(part.noun):
        return None  # "ran for 62 performances ..., filling 96% of the 820-seat auditorium": times, not seats
    if any(c.kind == part.kind and c.unit == part.unit for c in before[:-1]):
        return None  # "rose from 300 to 340, ...": which figure the share speaks of is unclear
    sent = doc.sentences[share.sentence]
    if _CLAUSE_PART_MOVE.search(text[sent.start:part.start]) or _CHANGE_AFTER.match(text[_noun_end(part):_noun_end(part) + 40]):
        return None
    if part.kind != base.kind or not _plausible(part, base) or categories.excludes(base.noun, part.noun) \
            or re.match(r"\s*[\w-]*(?:'s|’s)\b", text[_noun_end(base):_noun_end(base) + 30]):
        return None
    return ShareOf(link="inferred", cue="clause, share of", share=share, part=part, base=base)


# "1,900 households have applied out of 7,600 eligible": the part's verb, then "out of" the whole
_VERB_OUT_OF = re.compile(r"^\s*((?:[a-z]+\s+){1,3}|[,(]\s*)out\s+of\s+(?:(?:the|its|their|all|a\s+total\s+of)\s+)?$",
                          re.I)
_NOT_OUT_OF = frozenset("""moved move moves moving pulled pull came come comes ran run runs got get gets priced kept keep
    locked carried take taken took went go goes made make sold sell bought""".split())


def _verb_out_of(gap: str) -> bool:
    """"(1,900 households) have applied out of (7,600)": a short verb phrase, then "out of" the whole
    (not "moved out of", "priced out of": a place or state, not a whole)."""
    m = _VERB_OUT_OF.match(gap)
    return bool(m) and not set(words(m.group(1))) & (_LINK_WORDS | CHANGE_WORDS | _NOT_OUT_OF)


# "Nearly a quarter (290) of the 1,200": the part set in brackets or dashes between the share and "of"
_OPEN_PART = re.compile(r"^\s*(?:\(|\s-+|[–—]|,)\s*(?:or\s+)?" + _EMPH + "$", re.I)

# "14 of the 20 players were born abroad, 40% of them in France": a share of the part, not of the whole
_OF_THEM_MORE = re.compile(r"\s*of\s+(?:them|those|these)\s+(?!all\b)[a-z]", re.I)
# the separator ending a gap before a share: ", or", " - ", "("
_GAP_END = re.compile(_SEP + r"\s*(?:or\s+)?" + _EMPH + "$", re.I)
# the share closes its clause, or is set apart as "or SHARE" / "(SHARE)"
_CLOSED_AFTER = re.compile(r"\s*(?:[.;,)!?]|\s[-–—]|[–—]|$)")


def _one_clause(gap: str, text: str = "", share: Mention | None = None) -> bool:
    """A gap short enough to link a figure to the share after it: up to ten
    words, or up to twenty that run as one clause to the separator before the
    share ("Of the 48 players named in the squad for the autumn tests, a third
    - 21 -"), with no figure in it; given ``share``, a long gap must also end
    in "or" or a bracket, or the share close its clause ("..., had been sold
    within a week, or 62 per cent")."""
    n = len(words(gap))
    if n <= MAX_GAP_WORDS:
        return True
    end = _GAP_END.search(gap)
    # (a digit inside a word, "under-30s", "Covid-19", is no figure)
    # (round 33) nor is a span of time, "15 months after finishing", which no count or share can be
    # ((round 60) nor the number of a school year or grade: "who sat this year's Year 6 reading tests")
    if n > MAX_TOTAL_GAP_WORDS or not end or re.search(r"[,;:()–—%]|(?<![\w-])(?<!Year\s)(?<!Grade\s)(?<!Stage\s)"
                                                         r"(?!(?:1[89]|20)\d\d\b)"
                                                         r"(?!\d+\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|later|on)\b)"
                                                         r"\d|\s-+\s|"
                                                         r"\b(?:but|while|whereas)\b", gap[:end.start()]):
        return False
    return share is None or bool(_PUNCT_OR.search(gap) or gap.rstrip().endswith("(")
                                 or _CLOSED_AFTER.match(text, share.end) or _WHOLE_RENAMED.match(text, share.end))


# "fell to 4.1%", "has risen to a third": the level reached is a share
_LEVEL_TO = re.compile(r"\b(?:rose|risen|rises|rise|rising|fell|fallen|falls|fall|falling|climbed|climbs|dropped|drops|"
                       r"declined|declines|increased|increases|decreased|decreases|grew|grown|grows|jumped|jumps|"
                       r"edged\s+(?:up|down)|slipped|slips|surged|soared|sank|slumped|plunged|eased|crept)\s+to\s+$",
                       re.I)


def _level_restated(doc: Document, share: Mention, after: list[Mention]) -> ShareOf | None:
    """(round 30) The level reached is a share of a whole restated as its count: "The jobless rate rose to 4.1% of a
    labour force of 14.6 million, meaning about 420,000 people were out of work"."""
    base = after[0]
    if not _share_of(share, doc.text[share.end:base.start]):
        return None
    part = _restated_part(doc, base, after[1:])
    if part is None or not _plausible(part, base):
        return None
    return ShareOf(link="explicit", cue="which amounts to", share=share, part=part, base=base)


def _level_to(lead: str) -> bool:
    """``_LEVEL_TO.search(lead)``, run only when the lead ends on "to" (a cheap test first)."""
    return lead.rstrip().lower().endswith("to") and bool(_LEVEL_TO.search(lead))


# "£62m ... accounts for 48% of the £103m": a verb stating what share of the whole the part is
_SHARE_VERB = re.compile(r"^(?P<pre>(?:\s+[\w'’-]+){0,5}?)\s+(?:accounts?\s+for|accounted\s+for|accounting\s+for|"
                         r"makes?\s+up|made\s+up|making\s+up|represents?|represented|representing|comprises?|"
                         r"amounts?\s+to|amounted\s+to|amounting\s+to|"
                         r"comprised|constitutes?|constituted|(?:is|are|was|were)(?:\s+(?:equal|equivalent)\s+to)?|equals?|equalled|"
                         r"equaled)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?" + _EMPH + "$", re.I)
_NOT_IN_SHARE_SUBJECT = frozenset("and or but while than from to by with".split())
# "(reached 38,900) in the quarter, accounting for", "(spent £2.4m on grants) - equivalent to": a clause
# set after the part, stating what share of the whole it is
_SHARE_CLAUSE = re.compile(r"^(?P<pre>(?:\s+[\w'’-]+){0,5}?)\s*(?:,|\s[-–—]+|[–—])\s*(?:accounting\s+for|representing|"
                           r"making\s+up|comprising|constituting|equivalent\s+to|equal\s+to|equating\s+to|amounting\s+to|"
                           r"which\s+(?:is|was|are|were|represents?|represented|accounts?\s+for|accounted\s+for|"
                           r"makes?\s+up|made\s+up|equals?|equalled))\s+(?:about\s+|around\s+|roughly\s+|some\s+)?"
                           + _EMPH + "$", re.I)


def _states_share(gap: str) -> bool:
    """The words between a part and its share are a short rest of the part's
    noun phrase and a verb stating a share: "(staff costs of £62m) account
    for", "(9,000 tonnes) of waste were"; or a clause set after the part
    with a comma or dash: "(38,900) in the quarter, accounting for"."""
    m = _SHARE_VERB.match(gap)
    if m and not re.search(r"[,;:()–—]", gap):
        return _subject_words(m)
    m = _SHARE_CLAUSE.match(gap)
    return bool(m) and _subject_words(m)


def _subject_words(m: re.Match) -> bool:
    """The words a share pattern read before its verb ("pre") are the rest of the part's subject: no joining word,
    comparison or word of change."""
    return not set(words(m.group("pre"))) & (_NOT_IN_SHARE_SUBJECT | CHANGE_WORDS)


# round 11: "Wages, at £212m, were equivalent to 91% of ...": the part set apart in commas after its subject,
# then the verb stating its share
_APART_BEFORE = re.compile(r"^[A-Z]?[\w'’ -]{0,40}?[a-z]\s*,\s*(?:(?:at|of|some|about|around|roughly|nearly|almost|just|"
                           r"with|home\s+to|worth|valued\s+at|totalling|totaling)\s+)*$")  # (round 37) "Auckland, with 1.7
# million residents, is home to"; (round 42) "Exports to China, worth £2.1bn, made up"
_APART_VERB = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,2}?\s*,\s*(?:(?:is|are|was|were)(?:\s+(?:equal|equivalent)\s+to|"
                         r"\s+home\s+to)?|accounts?\s+for|accounted\s+for|"
                         r"makes?\s+up|made\s+up|represents?|represented|amounts?\s+to|amounted\s+to|equals?|equalled)"
                         r"\s+(?:about\s+|around\s+|roughly\s+|some\s+)?" + _EMPH + "$", re.I)


# "The museum's attendance of 612,000 included 147,000 schoolchildren on organised visits, 42% of the total":
# the whole, a verb that places the part inside it, the part with a short label, then "SHARE of the total"
# (round 12)
_INCLUDED_GAP = re.compile(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:included|includes|include|including|comprised|comprises"
                           r"|contained|contains)\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|just)\s+)?$",
                           re.I)
_LABEL_THEN_SHARE = re.compile(r"^(?:\s+[\w'’-]+){0,6}?\s*(?:,|\s[-–—]+|[–—(])\s*(?:or\s+)?"
                               r"(?:(?:about|around|nearly|almost|roughly|some|just|only|over|under|more\s+than)\s+)*$",
                               re.I)


def _included_label(doc: Document, before: list[Mention], share: Mention) -> bool:
    if len(before) != 2:
        return False
    base, part = before
    gap = doc.text[part.end:share.start]
    return bool(_INCLUDED_GAP.match(doc.text[_noun_end(base):part.start])) and bool(_LABEL_THEN_SHARE.match(gap)) \
        and not _CLAUSE_BREAK.search(gap) and _plausible(part, base)


_SHARE_VERB_LONG = re.compile(_SHARE_VERB.pattern.replace("{0,5}?", "{0,9}?", 1), re.I)
_THE_OPENS = re.compile(r"\W*the\s+$", re.I)


def _subject_states_share(doc: Document, part: Mention, share: Mention) -> bool:
    """(Round 37) The part opens its sentence as a definite subject whose noun phrase runs up to nine words, then the
    verb stating its share: "The 412 flights cancelled at Wellington Airport during the storm accounted for 9% of"."""
    if not _THE_OPENS.match(doc.text, doc.sentences[part.sentence].start, part.start):
        return False
    gap = doc.text[part.end:share.start]
    m = _SHARE_VERB_LONG.match(gap)
    return m is not None and not re.search(r"[,;:()–—]", gap) and _subject_words(m)


def _apart_states_share(doc: Document, part: Mention, share: Mention) -> bool:
    """"Wages, at £212m, were equivalent to": the subject opens the sentence, the part follows it in commas."""
    lead = doc.text[doc.sentences[part.sentence].start:part.start]
    return bool(_APART_BEFORE.match(lead)) and bool(_APART_VERB.match(doc.text[part.end:share.start]))


def _step_before(doc: Document, before: list[Mention]) -> bool:
    """"rose by 3,000 to 38,900, accounting for ...": another figure of the
    part's kind in its clause, and which of them is meant is unclear."""
    part = before[-1]
    if len(before) < 2 or before[-2].kind != part.kind:
        return False
    return not re.search(r"[;:]|,\s*(?:and|but|while)\b|\.\s", doc.text[before[-2].end:part.start])


# "That was about 4% of the 1,700 ...", "This amounted to nearly a third of the 4,000", ", which was a tenth of
# the 900": the share of a whole, its part the figure "that" or "which" stands for
_THAT_VERB = (r"(?:['’]s|\s+(?:is|was|are|were|means|meant|represents|represent|represented|amounts\s+to|amounted\s+to|accounts\s+for|accounted\s+for|"
              r"makes\s+up|made\s+up|equates\s+to|equated\s+to|works\s+out\s+(?:at|to)|worked\s+out\s+(?:at|to)|"
              r"comes\s+to|came\s+to|(?:is|was)\s+(?:equal|equivalent)\s+to|equals|equalled))\s+" + _EMPH + "$")
_THAT_LEAD = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:according\s+to\s+[\w'’ .-]{1,40},\s*|"
                        r"(?:[\w'’.-]+\s+){1,4}(?:said|says|added|noted|estimated|estimates|reported|reports)\s+)?(?:(?:that|this|it|they|these|those)(?:\s+(?:figure|number|total|tally|count|figures|numbers))?|"
                        r"(?:these|those|the|such)\s+(?P<noun>[a-z'’-]+(?:\s+[a-z'’-]+)?))" + _THAT_VERB, re.I)
_WHICH_CLAUSE = re.compile(r"^(?P<pre>(?:\s+[\w'’-]+){0,10}?)\s*(?:,\s*(?:a\s+(?:figure|number|total|tally)\s+)?"
                           r"(?:which|that)|[;:]\s*(?:that|this|which)|"
                           r"\s[-–—]+\s*(?:that|this|which))" + _THAT_VERB, re.I)


def _names_part(doc: Document, part: Mention, said: list[str]) -> bool:
    """The words of a subject name the part: its noun, or the verb its clause says was done to it."""
    sent = doc.sentences[part.sentence]
    near = words(doc.text[max(sent.start, part.start - 40):min(sent.end, part.end + 40)])
    return any(_same_verb(w, n) for w in said if len(w) >= 4 for n in near if len(n) >= 4)


def _that_share_of(doc: Document, share: Mention, before: list[Mention], base: Mention,
                   prev: list[Mention]) -> ShareOf | None:
    """"The airline cancelled 340 flights on Monday. That was about 20% of the
    1,700 it had scheduled" (or "..., which was about 20% of the 1,700"): the
    part is what "that" stands for, the one figure of the whole's kind in the
    sentence before (or the figure the "which" clause hangs on)."""
    text = doc.text
    sent = doc.sentences[share.sentence]
    if before:
        part = before[-1]
        m = _WHICH_CLAUSE.match(text[_noun_end(part):share.start])
        if not m or set(words(m.group("pre"))) & (_LINK_WORDS - {"in", "on", "at", "of", "for"} | CHANGE_WORDS):
            return None
        if any(c.kind == part.kind and c.unit == part.unit for c in before[:-1]):
            return None  # "rose by 3,000 to 38,900, which was ...": which of them is meant is unclear
    else:
        lead = _THAT_LEAD.match(text[sent.start:share.start]) if prev else None
        if not lead:
            return None
        same = [c for c in prev if c.kind == base.kind and c.unit == base.unit and not c.compound]
        if len(same) != 1 or re.search(r"[;:]", text[same[0].end:doc.sentences[same[0].sentence].end]):
            return None
        part = same[0]
        # "The cancellations represented ...", "Those schools were ...": the subject names the part
        # (its noun, or what was done to it: cancelled, cancellations)
        if lead.group("noun") and not _names_part(doc, part, words(lead.group("noun"))):
            return None
    psent = doc.sentences[part.sentence]
    if _change_before(text[psent.start:part.start]) or _CHANGE_AFTER.match(text[_noun_end(part):_noun_end(part) + 40]):
        return None  # "Unemployment rose by 34,000. It is 4% of ...": "it" is the level, not the change
    if part.kind != base.kind or not _plausible(part, base) or categories.excludes(base.noun, part.noun) \
            or base.compound or re.match(r"\s*[\w-]*(?:'s|’s)\b", text[_noun_end(base):_noun_end(base) + 30]):
        return None  # "of its 1,700-strong fleet's flights": the figure names another thing
    said = text[max(sent.start, part.end):share.start]
    if re.search(r"\b(?:means|meant)\b", said, re.I):  # "That means 80% of its 1,700 went ahead": the part or the rest
        return ShareOf(link="inferred", cue="that is", share=share, part=part, base=base, either=True)
    return ShareOf(link="explicit", cue="that is", share=share, part=part, base=base)


# "passed 1,842 votes to 1,558", "by 61 votes to 39 against"
_TALLY_TO = re.compile(r"^\s*(?:[a-z]+\s+)?(?:to|against|versus|vs\.?)\s+$|"
                       # "2,019 yes votes to 1,793", "2,019 votes in favour and 1,793 against"
                       r"^\s*(?:yes\s+|no\s+)?(?:votes?|ballots?)\s+(?:to|against|versus|vs\.?)\s+$|"
                       r"^\s*(?:(?:votes?|ballots?)\s+)?(?:in\s+favou?r|for)\s*,?\s+(?:and|with|to)\s+$|"
                       # round 20: "412 members voted in favour and 157 against", "22,040 voted in favour of strike
                       # action and 5,860 voted against": the side's noun and its verb
                       r"^\s*(?:[a-z]+\s+)?(?:voted\s+(?:in\s+favou?r(?:\s+of(?:\s+[a-z][\w'’-]*){1,3}?)?|for|yes)|"
                       # "612 members backed the merger and 204 opposed it"
                       r"(?:backed|supported)(?:\s+[a-z][\w'’-]*){1,3}?)\s*,?\s+(?:and|with|to|while)\s+$", re.I)
_TALLY_SHARE = re.compile(r"^(?:\s+(?:voted|votes?|ballots?|against|in\s+favou?r|for|yes|no|ayes|noes|opposed|rejected|"
                          r"it|them)){0,2}"
                          # "by 8,912 to 3,204 to walk out, a majority of 64%": what was voted for, and the share
                          # named as the winning side's
                          r"(?:\s+(?:to|in\s+favou?r\s+of|for|against)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,5}?)?\s*"
                          + _SEP + r"\s*(?:or\s+)?(?:giving\s+)?(?:(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:majority|share|vote|backing|"
                          r"support|mandate)\s+of\s+)?" + _EMPH + "$", re.I)
_TALLY_VOTE = re.compile(r"\b(?:vot\w*|ballot\w*|passed|carried|won|lost|defeated|approved|rejected|backed|"
                         r"referendum|motion|tally|ayes)\b", re.I)
_SIDE_SHARE_AFTER = re.compile(r"\s*(?:-\s*)?(?:majority|(?:yes\s+|no\s+)?vote|backing|support|mandate)\b", re.I)
# the share's own whole, if it names one, is the vote: "59% of the votes cast", not "59% of voters"
_OF_THE_VOTE = re.compile(r"^\s+of\s+(?:the\s+|all\s+)?(?:votes?|ballots?)\b|^(?!\s+of\b)|"
                          r"^\s+of\s+(?:all\s+)?(?:those|members|voters)\s+(?:who\s+(?:cast|voted|took\s+part)|voting|"
                          r"casting|taking\s+part)\b", re.I)


def _tally(doc: Document, a: Mention, b: Mention, share: Mention) -> bool:
    """"The measure passed 1,842 votes to 1,558, or 54% support": the share is
    one side's part of the two sides together (either side, since which one
    is meant is not parsed)."""
    text = doc.text
    sent = doc.sentences[share.sentence]
    if a.kind != Kind.COUNT or b.kind != Kind.COUNT or a.compound or b.compound:
        return False
    gap = text[b.end:share.start]
    if gap.endswith(("a ", "an ")) and _SIDE_SHARE_AFTER.match(text, share.end):
        gap = gap[:-2] if gap.endswith("a ") else gap[:-3]  # "..., a 64% majority": the winning side's share
    if not _TALLY_TO.match(text[a.end:b.start]) or not _TALLY_SHARE.match(gap):
        return False
    lead = text[sent.start:a.start]
    if re.search(r"\b(?:from|between)\s+(?:[a-z]+\s+)?$", lead, re.I) or set(words(lead)) & CHANGE_WORDS:
        return False  # "rose from 1,558 to 1,842": a change
    return bool(_TALLY_VOTE.search(text[sent.start:sent.end])) and bool(_OF_THE_VOTE.match(text[share.end:share.end + 40]))


# "1,412,000 votes (48%) and the No side 1,530,000", "41,200 votes (57%) while her rival polled 30,900": the
# next side, named by a short subject (and its verb) set after the one before
_SIDE_NEXT = re.compile(r"^\s*\)?\s*(?:,\s*(?:and\s+|while\s+|whereas\s+)?|\s(?:and|while|whereas)\s+|\s(?P<to>to|against)\s+)"
                        r"(?:(?:the|her|his|their|its)\s+)?(?P<subj>(?:[\w'’-]+\s+){0,4}?)"
                        r"(?:(?:had|has|got|gets|received|receives|polled|polls|took|takes|won|wins|secured|secures|"
                        r"garnered|drew|attracted|on|with)\s+)?" + _EMPH + "$", re.I)
# "8,912 ballots (60.2%), ahead of Mr Bell on 7,118": a rival named, then the side's count
_SIDE_RIVAL = re.compile(r"^\s*\)?\s*,?\s*(?:ahead\s+of|behind|followed\s+by|beating|against)\s+"
                         r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:on|with|who\s+(?:took|had|got|won|polled))\s+"
                         + _EMPH + "$", re.I)
_VOTE_NOUN = re.compile(r"^(?:votes?|ballots?)$", re.I)
# "1,412 members voted in favour (58%) and 1,530 against": the side named by how it voted
_VOTED = r"(?:voted|backed|supported|opposed|rejected|against|for|in\s+favou?r)"
_VOTED_GAP = re.compile(r"^(?:\s+[a-z]+)?\s+(?:voted\s+)?" + _VOTED + r"(?:\s+(?!and\b|or\b|but\b)[\w'’-]+){0,2}\s*"
                        + _SEP + r"\s*(?:or\s+)?" + _EMPH + "$", re.I)
_VOTED_AFTER = re.compile(r"^(?:\s+[a-z]+)?\s+" + _VOTED + r"\b", re.I)
_OTHER_COUNT_WORDS = frozenset("""round year years time times election elections previous last earlier first second
    poll polls ago before since in of with including among out all total""".split())


# "took 51.2% of the vote, with 1.41 million votes, while No ...": the share first, then its side's votes
_SHARE_WITH = re.compile(r"^\s*(?:of\s+(?:the\s+|all\s+)?(?:votes?|ballots?)(?:\s+cast)?\s*)?,?\s*(?:with|on)\s+$", re.I)


def _side_end(doc: Document, c: Mention, shares: list[Mention]) -> int:
    """Where a side ends: after its noun, and its own share set in brackets or commas."""
    end = _noun_end(c)
    own = next((s for s in shares if s.start >= end), None)
    if own is not None and _TALLY_SHARE.match(doc.text[end:own.start]) and len(doc.text[end:own.start]) < 12:
        close = re.match(r"\s*\)", doc.text[own.end:])
        return own.end + (close.end() if close else 0)
    return end


def _sides(doc: Document, share: Mention, before: list[Mention], after: list[Mention]) -> ShareOf | None:
    """"In the referendum the Yes side received 1,412,000 votes (58%) and the
    No side 1,530,000": a side's share of the votes is at most its part of
    the sides named together (others may hold votes too)."""
    text = doc.text
    sent = doc.sentences[share.sentence]
    if share.kind not in SHARE_KINDS or is_quantifier(share):
        return None
    first = bool(after) and bool(_SHARE_WITH.match(text[share.end:after[0].start]))  # "took 48% with 1,412 votes"
    if first:
        part, before = after[0], before + [after[0]]
        noun_gap, voted, after = "", False, after[1:]
        if part.kind != Kind.COUNT or part.compound or not part.noun or not _VOTE_NOUN.match(part.noun):
            return None
    elif not before:
        return None
    else:
        part = before[-1]
        noun_gap = text[part.end:share.start]
        voted = bool(_VOTED_GAP.match(noun_gap))  # "1,412 members voted in favour (58%)"
        if part.kind != Kind.COUNT or part.compound or not (voted or _TALLY_SHARE.match(noun_gap)) \
                or part.noun and not voted and not _VOTE_NOUN.match(part.noun):
            return None
        if re.match(r"\s*\)?\s*of\b", text[share.end:share.end + 20]):
            return None
    if not _TALLY_VOTE.search(text[sent.start:sent.end]) or re.search(r"\bturnout\b", text[sent.start:sent.end], re.I):
        return None  # "Turnout was 58%, with 1,412,000 votes": the share of the electorate
    lead = text[sent.start:part.start]
    if set(words(lead)) & CHANGE_WORDS or re.search(r"\b(?:from|between)\s+(?:[a-z]+\s+)?$", lead, re.I):
        return None
    shares = [m for m in doc.mentions_in(share.sentence) if m.kind in SHARE_KINDS]

    def side(c: Mention, gap: str) -> bool:
        if _SIDE_RIVAL.match(gap):
            return c.kind == Kind.COUNT and not c.compound and (not c.noun or bool(_VOTE_NOUN.match(c.noun)))
        m = _SIDE_NEXT.match(gap)
        if not m or c.kind != Kind.COUNT or c.compound or set(words(m.group("subj"))) & (
                _LINK_WORDS | CHANGE_WORDS | _OTHER_COUNT_WORDS) or re.search(r"\d", m.group("subj")):
            return False  # "while the 2019 vote drew 1,530,000": another count
        if m.group("to"):  # "by 1,412,000 votes (48%) to 1,530,000"
            return not m.group("subj") and (not c.noun or bool(_VOTE_NOUN.match(c.noun)))
        if not m.group("subj"):  # "... and 1,530 against": the side named by how it voted
            return voted and bool(_VOTED_AFTER.match(text[_noun_end(c):_noun_end(c) + 30])) \
                and (not c.noun or c.noun == part.noun)
        return not c.noun or bool(_VOTE_NOUN.match(c.noun))

    sides = [part]
    pos = _noun_end(part) if first else share.end + (re.match(r"\s*\)?", text[share.end:]).end())
    for c in after:
        if not side(c, text[pos:c.start]):
            break
        sides.append(c)
        pos = _side_end(doc, c, shares)
    for c in ([] if first else reversed(before[:-1])):
        if not side(c, text[_side_end(doc, c, shares):sides[0].start]):
            break
        sides.insert(0, c)
    if len(sides) < 2 or not (voted or any(c.noun for c in sides) or re.search(r"\b(?:votes?|ballots?)\b", noun_gap, re.I)):
        return None  # the sides count votes: "1,412,000 votes (58%) and the No side 1,530,000"
    last = max(sides, key=lambda c: c.start)
    tail = text[_side_end(doc, last, shares):sent.end]
    if re.match(r"\s*(?:(?:votes?|against|for|in\s+favou?r|voted\s+\w+)\s+)?(?:(?:in|at|during)\s+(?:the\s+)?(?:last|previous|first|earlier|\d{4})\b|"
                r"(?:last|this|that|next)\s+time\b|(?:[\w-]+\s+)?years?\s+ago\b|previously\b|then\b)", tail, re.I):
        return None
    return ShareOf(link="explicit", cue="the sides", share=share, part=part, base_sum=tuple(sides), within_two=True)


# "58% of the vote in the run-off, taking 1,204,330 votes to ...": the share of the vote, then its tally
_SHARE_THEN_TALLY = re.compile(r"^\s+of\s+(?:the\s+|all\s+)?(?:votes?|ballots?)(?:\s+cast)?\b[^;.:()\d%]{0,60}?"
                               r"(?:,|\s[-–—]+|[–—(])\s*(?:(?:after\s+)?(?:taking|winning|polling|receiving|securing|"
                               r"getting|garnering|gaining|with|on)\s+)?$", re.I)


def _tally_after(doc: Document, share: Mention, after: list[Mention]) -> ShareOf | None:
    """"Mayor Ortiz won 58% of the vote in the run-off, taking 1,204,330 votes
    to 1,067,118 for her rival": the share is a side's part of all the votes,
    which may hold other sides, so it may be less than that side's part of
    the two, never more than the larger (either side may be meant)."""
    text = doc.text
    counts = [c for c in after if not c.compound]
    if len(counts) < 2 or share.kind != Kind.PERCENT:
        return None
    a = next((c for c in counts if _SHARE_THEN_TALLY.match(text[share.end:c.start])), None)
    if a is None or counts.index(a) + 1 >= len(counts):
        return None
    b = counts[counts.index(a) + 1]
    if a.kind != Kind.COUNT or b.kind != Kind.COUNT or not _TALLY_TO.match(text[_noun_end(a) if a.noun_span and
                                                                                  a.noun_span.start >= a.end else a.end:b.start]) \
            and not _TALLY_TO.match(text[a.end:b.start]):
        return None
    lead = text[doc.sentences[share.sentence].start:share.start]
    if set(words(lead)) & CHANGE_WORDS or re.search(r"\b(?:from|between)\s+(?:[a-z]+\s+)?$", lead, re.I):
        return None
    tail = text[b.end:doc.sentences[share.sentence].end]
    if re.match(r"\s*(?:votes?\s+)?(?:(?:in|at|during)\s+(?:the\s+)?(?:last|previous|first|earlier|\d{4})\b|"
                r"(?:last|this|that|next)\s+time\b|(?:[\w-]+\s+)?years?\s+ago\b|previously\b|then\b)", tail, re.I):
        return None  # "to 1,067,118 in the first round", "in 2019", "last time": another count
    return ShareOf(link="explicit", cue="votes to", share=share, part=a, base_sum=(a, b), either=True,
                   within_two=True)


_SHARE_OF_NOUN = re.compile(r"\s+of\s+(?:the\s+|all\s+)?([a-z]+)", re.I)
_VOTE_WORDS = frozenset("vote votes ballot ballots".split())


def _same_counted(doc: Document, share: Mention, base: Mention) -> bool:
    """A share "of the NOUN" and a whole counting the same things ("52% of the vote ..., winning 1,905 of the
    4,420 ballots"; not "35% of the vote, winning 400 of the 650 seats")."""
    of = _SHARE_OF_NOUN.match(doc.text, share.end)
    if not of:
        return True
    noun = (base.noun or "").lower()
    if not noun:
        return True  # "92 of the 225 on offer": the whole takes the share's noun
    said = of.group(1).lower()
    return noun.rstrip("s") == said.rstrip("s") or noun in _VOTE_WORDS and said in _VOTE_WORDS


# (round 51) a share with a noun of its own ("Two in five candidates"), a longer clause of what they did (no figure, no
# second clause), then "with" its counts: "... achieved an A or A* in chemistry, with 31 of the 118 who sat the paper"
_OWN_NOUN_CLAUSE_WITH = re.compile(r"^\s+[a-z][^;.,:()\d%]{0,80}?,\s*with\s+" + _EMPH + "$", re.I)


def _own_noun_long_with(doc: Document, share: Mention, gap: str, base: Mention) -> bool:
    """The share names its noun and the base is told by who they are ("118 who sat the paper"; not "of the 300
    stopped arrested", a part of another state)."""
    if share.kind != Kind.FRACTION or not share.noun or not _OWN_NOUN_CLAUSE_WITH.match(gap) or _CLAUSE.search(gap):
        return False
    return base.noun is None and _BASE_WHO_AFTER.match(doc.text, base.end) is not None


_BASE_WHO_AFTER = re.compile(r"\s+(?:who|that)\s+[a-z]", re.I)


def _with_part(doc: Document, share: Mention, after: list[Mention]) -> ShareOf | None:
    """"Turnout reached 71%, with 3.06 million of the 4.29 million ..."."""
    text = doc.text
    gap = text[share.end:after[0].start] if after else ""
    if len(after) >= 2 and (_WITH_PART.match(gap) or _WINNING_PART.match(gap) and _same_counted(doc, share, after[1])
                            or _SUCCESS_PART.match(gap)
                            or _WITH_PART_LONG.match(gap) and _STATES_SHARE_BEFORE.search(
            text[max(doc.sentences[share.sentence].start, share.start - 30):share.start])
                            or _own_noun_long_with(doc, share, gap, after[1])) \
            and (_OF_BASE.match(text[after[0].end:after[1].start])
                 or _OF_BASE.match(_PARTICIPLE_LEAD.sub("", text[after[0].end:after[1].start], count=1))
                 and "out" in text[after[0].end:after[1].start]) and _plausible(after[0], after[1]) \
            and not _part_kept_out(doc, share, after[1]) \
            and not (re.search(r"\bwith\b", gap) and _units_reporting(doc, share, after[1])):
        return ShareOf(link="explicit", cue="with", share=share, part=after[0], base=after[1])
    return None


# (round 25) the part after "with" said to be kept out of what the share counts: "Three out of four pupils passed
# the test, with 40 of the 300 enrolled absent on the day" (the 40 are no part of the passes)
_KEPT_OUT_WORDS = frozenset("absent missing excluded exempt ineligible unable unaccounted off away sick ill".split())


def _part_kept_out(doc: Document, share: Mention, base: Mention) -> bool:
    """Does a word of absence follow the whole ("of the 300 enrolled absent") that the share's own clause lacks?"""
    end = _noun_end(base)
    end += len(_COUNTED_AFTER_BASE.match(doc.text, end).group())
    told = words(doc.text[base.end:end]) + words(doc.text[end:end + 20])[:1]  # the whole's noun may be the word
    kept_out = [w for w in told if w in _KEPT_OUT_WORDS]
    return bool(kept_out) and kept_out[0] not in words(doc.text[doc.sentences[share.sentence].start:share.end + 40])


# round 14: "took 52.4% of the vote in the by-election, winning 1,905 of the 4,420 ballots cast": a participle
# of getting in place of "with" (the share of something, or bare: not "a two-thirds majority, winning ...")
_WINNING_PART = re.compile(r"^(?:\s+of\b[^;.\d%]{0,40}?)?,\s*(?:winning|taking|securing|polling|getting|receiving|capturing|"
                           r"gaining|attracting)\s+" + _EMPH + "$", re.I)

# (round 30) "shot 48% from the field, hitting 11 of 29 attempts", "saved 75% of shots faced, stopping 14 of 25":
# a success rate, then a participle of succeeding at attempts and its counts
_SUCCESS_PART = re.compile(r"^(?:\s+(?:of|from|on|at|in)\b[^;.\d%]{0,40}?)?,\s*(?:hitting|converting|sinking|"
                           r"landing|completing|scoring|saving|stopping|connecting\s+on|going)\s+" + _EMPH + "$", re.I)


# "..., with 18,400 sold out of a total market of 153,000": after "with", the part's participle before "out of"
# its whole (round 11)
_PARTICIPLE_LEAD = re.compile(r"^\s+[a-z]+(?:ed|en|ld|ght|t)\b(?=\s+out\s+of\b)", re.I)


# "received 1,150 applications and approved 230, a success rate of 20%": a whole, a verb on some of them, the rate
_AND_VERB = re.compile(r"^\s+and\s+(?:[a-z][\w'’-]*\s+){1,3}$", re.I)
_RATE_OF = re.compile(r"^\s*(?:,|\s[-–—]+|[–—])\s*(?:(?:giving|for)\s+(?:(?:him|her|them|it|us)\s+)?)?(?:(?P<of>(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?"
                      r"(?:rate|ratio|proportion|percentage)\s+of\s+)|(?P<art>an?\s+))" + _EMPH + "$", re.I)


def _rate_of_two(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """"The council received 1,150 applications and approved 230, a success rate
    of 20%": the sentence's two counts, a whole and, after "and" and a verb, the
    part, then the rate they give.  Inferred."""
    if len(before) != 2:
        return None
    text = doc.text
    rel = _rate_from(doc, share, before)
    if rel is not None:
        return rel
    base, part = before
    m = _RATE_OF.match(text[_noun_end(part):share.start])
    if not m or not _AND_VERB.match(text[_noun_end(base):part.start]) or not _plausible(part, base) \
            or not base.noun or not _same_noun(doc, part, base) or _CHANGE_AFTER.match(text[share.end:share.end + 40]) \
            or m.group("art") and not _RATE_AFTER.match(text[share.end:share.end + 40]) \
            or set(words(text[_noun_end(base):part.start])) & (CHANGE_WORDS - {"and"}):
        return None
    return _rate_sides(doc, ShareOf(link="inferred", cue="rate", share=share, part=part, base=base))


# "38 winners from 114 runners this season, a strike rate of 33%", "nine goals from 27 shots - a conversion
# rate of a third": the part's noun, "from", the whole's other noun, then the rate they give (round 12)
_FROM_GAP = re.compile(r"^\s+from\s+(?:(?:his|her|their|its|the|just|only)\s+)?$", re.I)
# (round 13: a period of up to five words, "over the jumps season", "in the Premier League this term")
_RATE_OF_LATER = re.compile(r"^(?:\s+(?!(?:and|but|while|whereas|than|or)\b)[a-z][\w'’-]*){0,5}?" + _RATE_OF.pattern[1:],
                            re.I)
_RATE_LOST = ("loss", "lost", "fail", "miss", "rejec", "refus", "drop", "error", "defea", "absen")


def _rate_from(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    text = doc.text
    part, base = before
    if part.kind != Kind.COUNT or base.kind != Kind.COUNT or not part.noun or not base.noun \
            or part.noun.lower() == base.noun.lower() or not _FROM_GAP.match(text[_noun_end(part):base.start]) \
            or not _plausible(part, base) or _CHANGE_AFTER.match(text[share.end:share.end + 40]):
        return None
    m = _RATE_OF_LATER.match(text[_noun_end(base):share.start])
    lead = words(text[doc.sentences[share.sentence].start:part.start])
    if not m or m.group("art") and not _RATE_AFTER.match(text[share.end:share.end + 40]) \
            or set(lead[-3:]) & CHANGE_WORDS or any(w.startswith(_RATE_LOST) for w in words(m.group(0))):
        return None
    return ShareOf(link="inferred", cue="rate", share=share, part=part, base=base)


# round 17: "The ward's 2,100 electors cast 1,260 votes, a turnout of 60%": the sentence's two counts, the whole
# and then, after its verb, the part, the turnout they give (a turnout is always the part's share of the whole)
_TURNOUT_VERB_GAP = re.compile(r"^\s+(?:[a-z][\w'’-]*\s+){1,3}$", re.I)
_TURNOUT_OF = re.compile(r"^(?:\s+(?!(?:and|but|while|whereas|than|or|of|from)\b)[a-z][\w'’-]*){0,5}?\s*(?:,|\s[-–—]+|[–—])\s*"
                         r"(?:(?P<of>(?:a|an|the)\s+(?:[a-z-]+\s+)?turnout\s+of\s+)|(?P<art>an?\s+))" + _EMPH + "$", re.I)
_TURNOUT_AFTER = re.compile(r"^\s+turnout\b", re.I)
_TURNOUT_CLOSED = re.compile(r"^\s*(?:[.,;:)!?]|\s[-–—]|[–—]|$)")


def _turnout_of_two(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """"The ward's 2,100 electors cast 1,260 votes, a turnout of 60%" (or "- a 60% turnout"): the
    sentence's only two counts, the whole with its noun, its verb (up to three words, no change), then the
    part and the turnout closing its clause.  Inferred."""
    if len(before) != 2:
        return None
    text = doc.text
    base, part = before
    m = _TURNOUT_OF.match(text[_noun_end(part):share.start])
    after = _TURNOUT_AFTER.match(text[share.end:share.end + 20]) if m and m.group("art") else None
    # the turnout closes its clause: not "a turnout of 38% among those registered" (another whole)
    if not m or m.group("art") and not after or share.kind != Kind.PERCENT \
            or not _TURNOUT_CLOSED.match(text[share.end + (after.end() if after else 0):share.end + 30]) \
            or base.kind != Kind.COUNT or part.kind != Kind.COUNT or not base.noun \
            or not _TURNOUT_VERB_GAP.match(text[_noun_end(base):part.start]) \
            or set(words(text[_noun_end(base):part.start])) & (CHANGE_WORDS | {"and", "or", "of", "to", "from"}) \
            or set(words(text[doc.sentences[share.sentence].start:base.start])) & CHANGE_WORDS \
            or not _plausible(part, base) or part.value > base.value:
        return None
    return ShareOf(link="inferred", cue="turnout", share=share, part=part, base=base)


# "The school's 600 pupils include 180 who ...": a whole, "include", then its part
_INCLUDE = re.compile(r"^(?:\s+[\w'’-]+){0,3}?\s+(?:include|includes|included|including)\s+(?:(?:some|about|around|nearly|"
                      r"almost|more\s+than|over|just)\s+)?$", re.I)
_INCLUDE_TAIL = re.compile(r"^(?:\s+[\w'’-]+){0,10}?\s*(?:,|\s[-–—]+|[–—(])\s*(?:or\s+)?" + _EMPH + "$", re.I)


def _includes(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """"The school's 600 pupils include 180 who qualify for free meals - one in
    five": a whole, "include", its part and what sets it apart, then the
    share closing the sentence.  Inferred."""
    if len(before) < 2:
        return None
    text = doc.text
    base, part = before[-2], before[-1]
    if not _INCLUDE.match(text[_noun_end(base):part.start]) or not _INCLUDE_TAIL.match(text[part.end:share.start]) \
            or _CLAUSE_BREAK.search(text[part.end:share.start]) or not _plausible(part, base) \
            or not re.match(r"\s*(?:[.;!?]|$)", text[share.end:share.end + 5]) \
            or _change_before(text[part.end:share.start]):
        return None
    return ShareOf(link="inferred", cue="include", share=share, part=part, base=base)


# "the remaining 300", "the other 120", "the rest, 45": the part left of a whole
_REST_BEFORE = re.compile(r"\b(?:the\s+)?(?:remaining|other|last)\s+(?:(?:some|about|around|roughly|nearly|almost)\s+)?$|"
                          r"\bthe\s+rest\s*(?:,|\s[-–—]+)\s*$", re.I)
_REST_LEAD = re.compile(r"^\W*(?:(?:and|but|while)\s+)?(?:the\s+)?(?:other|remaining)\s+$|^\W*(?:(?:and|but)\s+)?the\s+rest"
                        r"\s*(?:,|\s[-–—]+)\s*$", re.I)


def _rest(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """"Of the 900 staff, 600 are full-time and the remaining 300 - a third -
    part-time": the rest of a whole named before it in the sentence (as
    "Of the BASE" or "PART of the BASE"), and its share beside it.  Inferred."""
    if len(before) < 2:
        return None
    text = doc.text
    part = before[-1]
    if not _beside(doc, part, share) or not _REST_BEFORE.search(text[max(0, part.start - 30):part.start]) \
            or re.match(r"\s*of\b", text[share.end:share.end + 10]):
        return None
    sent = doc.sentences[share.sentence]
    first = before[0]
    if _OF_LEAD.search(text[sent.start:first.start]):
        base = first
    else:
        base = next((b for a, b in zip(before, before[1:-1]) if _OF_BASE.match(text[_noun_end(a):b.start])), None)
    if base is None or base is part or not _plausible(part, base) or not _same_noun(doc, part, base):
        return None
    return ShareOf(link="inferred", cue="the rest", share=share, part=part, base=base)


# "...; the other 62 received fines", ", while the remaining 40": the rest, opening the next clause
_REST_CLAUSE = re.compile(r"^[^;.:()]*?(?:;|,\s*(?:and|but|while|whereas)|\s(?:while|whereas))\s+(?:the\s+)?(?:other|remaining)\s+"
                          r"(?:(?:some|about|around|roughly|nearly|almost)\s+)?$", re.I)


def _listed_after(doc: Document, part: Mention, items: list[Mention]) -> bool:
    """"- 120 boys and 180 girls": the figure opens a list of its kind, and
    the part is their sum, not the first of them."""
    nxt = next((c for c in items if c.start >= part.end), None)
    return nxt is not None and nxt.kind == part.kind and bool(_LIST_NEXT.match(doc.text[part.end:nxt.start]))


_LIST_NEXT = re.compile(r"^\s*(?:[A-Za-z'’]+)?\s*(?:,\s*(?:and\s+)?|\band\s+)$")


def _rest_clause(doc: Document, base: Mention, following: list[Mention]) -> Mention | None:
    """"Two in five of the 85 people convicted were jailed; the other 62 were
    fined": the next clause opens on the rest of the share's whole (the part
    or the rest: either reading; inferred)."""
    if not following:
        return None
    part = following[0]
    gap = doc.text[base.end:part.start]
    if not _REST_CLAUSE.match(gap) or len(words(gap)) > MAX_TOTAL_GAP_WORDS or not _plausible(part, base) \
            or not _same_noun(doc, part, base) or _CHANGE_AFTER.match(doc.text[part.end:part.end + 40]):
        return None
    return part


def _rest_next(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """"Two-thirds of the firm's 900 staff are in London. The other 450 work
    abroad": the next sentence opens on the rest of the whole a share of it
    names (inferred; the part or the rest, either reading)."""
    text = doc.text
    for idx, items in by_sentence.items():
        prev = by_sentence.get(idx - 1)
        sent = doc.sentences[idx]
        if not prev or sent.headline or doc.sentences[idx - 1].headline or not items \
                or items[0].kind not in COUNT_KINDS or not _REST_LEAD.match(text[sent.start:items[0].start]):
            continue
        part = items[0]
        shares = [m for m in prev if m.kind in SHARE_KINDS and m.start not in used]
        counts = [m for m in prev if m.kind in COUNT_KINDS and m.value != 1]
        if len(shares) != 1 or len(counts) != 1 or counts[0].start < shares[0].end:
            continue
        share, base = shares[0], counts[0]
        if not _share_of(share, text[share.end:base.start]) or not _plausible(part, base) \
                or not _same_noun(doc, part, base) or _CHANGE_AFTER.match(text[part.end:part.end + 40]):
            continue
        yield ShareOf(link="inferred", cue="the rest", share=share, part=part, base=base, either=True)


# the words a sentence may open on before its share: "Around a quarter", "But only a third", "Of these, half"
_OPENING = re.compile(r"^\W*(?:(?:and|but|yet|so)\s+)?(?:(?:just|only|nearly|almost|around|about|some|roughly|well)\s+)*$",
                      re.I)
# "About a third need new roofs - 600 in all": the share's clause, then the part and "in all"
_CLAUSE_THEN_PART = re.compile(r"^(?:\s+(?:of\s+(?:them|those|these)\b))?(?:\s+[\w'’-]+){0,8}?\s*(?:,|\s[-–—]+|[–—(:])\s*"
                               r"(?:or\s+)?" + _EMPH + "$", re.I)


def _share_opens(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """"There were 800 entries this year. Around a quarter, 300, came from
    abroad": a sentence opening on a share with no whole of its own (bare,
    or "of them"), its part set beside it, and one count in the sentence
    before, the whole (also "About a third need new roofs - 600 in all").
    Inferred."""
    text = doc.text
    for idx, items in by_sentence.items():
        prev = by_sentence.get(idx - 1)
        sent = doc.sentences[idx]
        if not prev or sent.headline or doc.sentences[idx - 1].headline or len(items) < 2:
            continue
        share, part = items[0], items[1]
        if share.kind in COUNT_KINDS and part.kind in SHARE_KINDS:
            rel = _part_opens(doc, prev, share, part, used)
            if rel is not None:
                yield rel
            continue
        if share.kind not in SHARE_KINDS or share.start in used or part.kind not in COUNT_KINDS \
                or not _OPENING.match(text[sent.start:share.start]) \
                or re.match(r"\s+of\s+(?!them\b|those\b|these\b)", text[share.end:share.end + 12]) \
                or _CHANGE_AFTER.match(text[share.end:share.end + 40]) or _counted(share):
            continue
        gap = text[share.end:part.start]
        tight = _TIGHT.match(gap)
        if not tight and not (_CLAUSE_THEN_PART.match(gap) and _IN_ALL_AFTER.match(text[_noun_end(part):_noun_end(part) + 30])):
            continue
        if not _closed_after(text, _noun_end(part)):
            continue
        counts = [m for m in prev if m.kind in COUNT_KINDS and m.value != 1 and not m.compound]
        if len(counts) != 1 or not _plausible(part, counts[0]) or part.noun and not _same_noun(doc, part, counts[0]):
            continue
        if _given_as_part(doc, prev, counts[0]):
            continue
        yield ShareOf(link="inferred", cue="the whole before", share=share, part=part, base=counts[0])


# a figure given with its own share in apposition: a part of some whole ("13.2 million, or 44%,")
_OWN_SHARE_AFTER = re.compile(r"\s*(?:,|\()\s*(?:or\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?\d[\d.]*\s*(?:%|per\s*cent|pct)",
                              re.I)


def _given_as_part(doc: Document, prev: list[Mention], count: Mention) -> bool:
    """The one count of the sentence before is set beside a share of its own, so it is a part of some whole
    itself, not the whole of the next sentence's share: after it ("About 13.2 million appointments, or 44%,
    ...") or after the share's short clause (round 29: "41% of those on the streets, or 137 people, had been
    there for a year. About one in five, 68, were women": the 68 may as well be of the streets' whole as of
    the 137)."""
    text = doc.text
    if _OWN_SHARE_AFTER.match(text, _noun_end(count)):
        return True
    own = [m for m in prev if m.kind in SHARE_KINDS and m.end <= count.start]
    if not own:
        return False
    gap = text[own[-1].end:count.start]
    return bool(_SHARE_SET_APART.match(gap) or _PART_CLAUSE.match(gap))


def _share_opens_clause(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """"dealt with 1,240 cases over the fortnight; roughly a quarter, 310, were
    motoring offences": as ``_share_opens``, the share opening the clause after
    a semicolon, the whole the one count of the clause before it (round 11)."""
    text = doc.text
    for idx, items in by_sentence.items():
        sent = doc.sentences[idx]
        if sent.headline or len(items) < 3:
            continue
        for k, share in enumerate(items[1:-1], start=1):
            part = items[k + 1]
            if share.kind not in SHARE_KINDS or share.start in used or part.kind not in COUNT_KINDS:
                continue
            semi = text.rfind(";", sent.start, share.start)
            if semi < 0 or not _OPENING.match(text[semi + 1:share.start]) \
                    or re.match(r"\s+of\s+(?!them\b|those\b|these\b)", text[share.end:share.end + 12]) \
                    or _CHANGE_AFTER.match(text[share.end:share.end + 40]) or _counted(share) \
                    or not _TIGHT.match(text[share.end:part.start]) or not _closed_after(text, _noun_end(part)):
                continue
            counts = [m for m in items[:k] if m.kind in COUNT_KINDS and m.value != 1 and not m.compound]
            if len(counts) != 1 or any(m.kind in SHARE_KINDS for m in items[:k]) or ";" in text[counts[0].end:semi] \
                    or not _plausible(part, counts[0]) or part.noun and not _same_noun(doc, part, counts[0]):
                continue
            yield ShareOf(link="inferred", cue="the whole before", share=share, part=part, base=counts[0])


# "Some 7,200 tonnes, nearly 25 per cent, were imported": the share set apart, then the clause's verb
_SHARE_SET_APART = re.compile(r"^\s*(?:,|\s[-–—]+|[–—(])\s*(?:or\s+)?" + _EMPH + "$", re.I)
_SHARE_CLOSED = re.compile(r"^\s*(?:,|\s[-–—]+|[–—)])\s*(?:[a-z]+\s+)?(?:were|was|are|is|had|have|has|came|went|"
                           r"will|would|could|may|might|must|did|do|does|[a-z]{3,}ed)\b", re.I)


def _part_opens(doc: Document, prev: list[Mention], part: Mention, share: Mention, used: set) -> ShareOf | None:
    """"The chain sold 48,000 tonnes of potatoes last season. Some 7,200
    tonnes, nearly 25 per cent, were imported": a sentence opening on a part
    with the share set apart beside it, then its verb; one figure of the
    part's kind in the sentence before is the whole.  Inferred."""
    text = doc.text
    sent = doc.sentences[part.sentence]
    if share.start in used or not _OPENING.match(text[sent.start:part.start]) \
            or not _SHARE_SET_APART.match(text[_noun_end(part):share.start]) \
            or not _SHARE_CLOSED.match(text[share.end:share.end + 40]) or _counted(share) \
            or _CHANGE_AFTER.match(text[share.end:share.end + 40]):
        return None
    counts = [m for m in prev if m.kind in COUNT_KINDS and m.value != 1 and not m.compound]
    if len(counts) != 1 or not _plausible(part, counts[0]) or part.noun and not _same_noun(doc, part, counts[0]) \
            or _given_as_part(doc, prev, counts[0]):
        return None
    return ShareOf(link="inferred", cue="the whole before", share=share, part=part, base=counts[0])


def _same_noun(doc: Document, part: Mention, base: Mention) -> bool:
    """The part counts nothing of its own ("the other 450 work abroad") or the whole's things."""
    noun = (part.noun or "").lower()
    if not noun or not noun.endswith("s") and noun not in _PLURALS:  # "450 work abroad": a verb after a plural count
        return True
    if part.noun_span is not None and part.noun_span.start > part.end \
            and re.match(r"\s+(?:are|were|is|was)\b", doc.text[part.end:part.noun_span.start]):
        return True  # "the other 900 are students": what they are, not what they count
    return bool(base.noun) and noun[:4] == base.noun.lower()[:4]


_PLURALS = frozenset("people men women children staff police personnel cattle sheep".split())


# "180 seats in the 400-seat chamber, a third": the part, then "in|of the" a whole written as a modifier
_IN_COMPOUND = re.compile(r"^\s+(?:(?:in|on|of|from|across|at|for|within)\s+)(?:the|its|their|a|an|this|that)\s+$", re.I)
# "The 400-strong workforce will lose 180 jobs": the whole as the subject, a verb, then the part
_COMPOUND_SUBJECT = re.compile(r"^(?:\s+[\w'’-]+){1,4}?\s+(?:will|would|is|are|was|were|has|have|had|to|could|may|"
                               r"must)?\s*(?:[a-z]+\s+){0,2}$", re.I)


def _compound_whole(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """A whole written as a modifier ("the 400-seat chamber", "its 1,200-strong
    staff"), its part set beside the share: "won 130 seats in the 400-seat
    chamber, a third of them"; "The 900-strong workforce will lose 240 jobs,
    almost a third" (the whole opening the clause, one verb between).  Inferred."""
    if not before or re.match(r"\s*of\b", doc.text[share.end:share.end + 20]) \
            and not _OF_TOTAL.match(doc.text[share.end:share.end + 40]) \
            and not re.match(r"\s*of\s+(?:them|those)\b(?!\s+[a-z])", doc.text[share.end:share.end + 30]):
        return None
    text = doc.text
    last = before[-1]
    if last.kind == Kind.COUNT and last.compound and len(before) >= 2:
        part = before[-2]
        if part.compound or not _IN_COMPOUND.match(text[_noun_end(part):last.start]) \
                or not _TIGHT.match(text[_noun_end(last):share.start]) or not _plausible(part, last):
            return None
        return ShareOf(link="inferred", cue="of the whole", share=share, part=part, base=last)
    if len(before) >= 2 and before[-2].kind == Kind.COUNT and before[-2].compound and not last.compound:
        whole = before[-2]
        lead = text[doc.sentences[share.sentence].start:whole.start]
        if re.search(r"[,;:]", text[_noun_end(whole):last.start]) or not re.fullmatch(r"\W*(?:the|its|their|his|her|our)\s+", lead, re.I) \
                or not _COMPOUND_SUBJECT.match(text[_noun_end(whole):last.start]) \
                or not _TIGHT.match(text[_noun_end(last):share.start]) or not _plausible(last, whole):
            return None
        return ShareOf(link="inferred", cue="of the whole", share=share, part=last, base=whole)
    return None


# "..., with 412,000 Yes votes out of 731,000 cast": the share's clause, then a part and its whole after "with"
_WITH_LATER = re.compile(r"^([^;:()%]{0,120}?),\s*with\s+$", re.I)
_PART_OUT_OF = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}(?:out\s+of|of)\s+(?:(?:the|its|their|all)\s+)?$", re.I)
# the whole's own place or group after it: a subgroup, not the share's whole ("52,000 in the city")
_SUBGROUP_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+)?(?:in|among|at|from|across|outside|inside)\b", re.I)
_SHARE_NOUN_STOP = frozenset("of the a an its their all in at on and or but with who that which were was are is".split())


def _with_part_later(doc: Document, share: Mention, after: list[Mention]) -> ShareOf | None:
    """"Three in four voters in the 23 rural districts backed the proposal, with
    412,000 Yes votes out of 731,000 cast there": the share's clause, then
    ", with" a part and its whole counting the same things (a word of the
    share's noun comes back beside them); not a whole of its own place or
    group ("52,000 in the city"), which may be a subgroup.  Inferred."""
    text = doc.text
    for k in range(len(after) - 1):
        part, base = after[k], after[k + 1]
        m = _WITH_LATER.match(text[share.end:part.start])
        if not m:
            continue
        if len(words(m.group(1))) > MAX_TOTAL_GAP_WORDS or _CLAUSE_BREAK.search(m.group(1)) \
                or not _PART_OUT_OF.match(text[part.end:base.start]) or not _plausible(part, base) \
                or _SUBGROUP_AFTER.match(text[_noun_end(base):_noun_end(base) + 40]) \
                or any(o.kind in SHARE_KINDS and share.end <= o.start < part.start
                       for o in doc.mentions_in(share.sentence)):
            return None
        own = {w[:4] for w in words(text[share.end:share.end + 40])[:3] if w not in _SHARE_NOUN_STOP and len(w) >= 4}
        if share.noun:
            own.add(share.noun.lower()[:4])
        said = {w[:4] for w in words(m.group(1)) if len(w) >= 4}  # the share's clause: "backed", "signed"
        close = _WINDOW_END.search(text, _noun_end(base), doc.sentences[base.sentence].end)
        trailing = words(text[_noun_end(base):close.start() if close else doc.sentences[base.sentence].end])
        inner = words(text[part.end:base.start])[:-1]  # "Yes votes out (of)"
        # nothing said of the part or whole but what the share's clause says ("12 of the 300 stopped
        # arrested": another fate, a subgroup) or how the whole was counted ("cast there", "so far")
        if len(trailing) > 3 or any(w not in _COUNTED_WORDS and w[:4] not in said for w in trailing) \
                or any(w.endswith("ed") and w not in _COUNTED_WORDS and w[:4] not in said for w in inner):
            return None
        beside = {w[:4] for w in words(text[part.end:_noun_end(base)]) + trailing if len(w) >= 4}
        # or the share's clause voted, and the part and whole are its votes ("backed ..., with 2,100 votes")
        if own & beside or beside & {"vote", "ball"} and said & _VOTE_VERBS:
            return ShareOf(link="inferred", cue="with", share=share, part=part, base=base)
        return None
    return None


_COUNTED_WORDS = frozenset("""there so far in total all overall altogether cast counted returned polled surveyed
    questioned asked eligible registered present votes ballots voters yes no out""".split())


# "Nearly 40% of applicants were rejected - 1,200 out of 4,000.": the share's clause, then its counts set apart
# (round 25: up to 14 words, the share's noun with its place and the verb with its object: "of two-year-olds in the
# borough have had both doses of the vaccine")
_CLAUSE_THEN = re.compile(r"^((?:\s+[\w'’-]+){1,14}?)\s*(?:\s[-–—]+|[–—(:]|,)\s*(?:or\s+)?" + _EMPH + "$", re.I)
_VOTE_VERBS = frozenset({"back", "vote", "supp", "oppo", "reje", "appr"})
# (round 25: how the whole was tallied: "6,100 of the 8,900 reported", "of the 640 recorded"; or who counts in it:
# "of the 3,620 children eligible")
_COUNTED_AFTER_BASE = re.compile(r"(?:\s+(?:cast|counted|returned|polled|surveyed|questioned|asked|there|reported|recorded"
                                 r"|logged|received|registered|lodged|filed|submitted|made|eligible|enrolled|present))?", re.I)


def _clause_then_counts(doc: Document, share: Mention, after: list[Mention]) -> ShareOf | None:
    """"Nearly 40% of applicants were rejected - 1,200 out of 4,000": the
    share's clause (its noun and verb, one clause, no figure), then the part
    and its whole set apart, closing the sentence or the aside; the whole's
    noun, if any, is the share's.  Inferred."""
    if len(after) < 2:
        return None
    text = doc.text
    part, base = after[0], after[1]
    m = _CLAUSE_THEN.match(text[share.end:part.start])
    if not m or not _PART_OUT_OF.match(text[_noun_end(part):base.start]) or not _plausible(part, base) \
            or set(words(m.group(1))) & (_LINK_WORDS - {"of", "in", "to", "by", "at", "on"} | CHANGE_WORDS) \
            or _CLAUSE_BREAK.search(m.group(1)) \
            or not _closed_after(text, _noun_end(base) + len(_COUNTED_AFTER_BASE.match(text, _noun_end(base)).group())) \
            or not (re.match(r"\s+of\b", text[share.end:share.end + 5])
                    or share.kind == Kind.FRACTION and (" in " in share.text or " out of " in share.text)):
        # "Three in four voters ...", "Nine out of 10 burglaries ..." (round 25)
        return None
    said = {w[:4] for w in words(m.group(1))[:4]}
    if said & _VOTE_VERBS:  # "backed the deal: 5,100 of the 9,800 ballots cast"
        said |= {"vote", "ball"}
    inner = [w for w in words(text[part.end:base.start]) if w not in ("of", "out", "the", "its", "their", "all")]
    if not _whole_named_as_said(doc, base, said) or part.noun and part.noun.lower()[:4] not in said \
            or any(w[:4] not in said and w not in _COUNTED_WORDS for w in inner):
        return None  # the counts name the share's own things ("voters ... 412,000 Yes votes")
    return ShareOf(link="inferred", cue="the counts set apart", share=share, part=part, base=base)


def _whole_named_as_said(doc: Document, base: Mention, said: set[str]) -> bool:
    """The whole's noun, if any, names the share's things: a word of the share's clause ("of the 3,620 toddlers"),
    or (round 25) how the whole was counted, a plain word for people at most beside it ("of the 3,620 eligible",
    "of the 3,620 children eligible"; not "of the 3,620 dogs", "of the 560 teachers eligible" after pupils)."""
    if not base.noun or base.noun.lower()[:4] in said:
        return True
    if base.noun.lower() not in _COUNTED_WORDS or base.noun_span is None:
        return False
    return all(w[:4] in said or w in _COUNTED_WORDS or w in _ANYONE or w in _PLAIN_PEOPLE
               for w in words(doc.text[base.noun_span.start:base.noun_span.end]))


# words for people that may name any group of them again: "two-year-olds ... of the 3,620 children eligible"
_PLAIN_PEOPLE = frozenset("children adults residents".split())


def _or_part(doc: Document, share: Mention, after: list[Mention]) -> ShareOf | None:
    """"made up 38% of delegates, or 115 of the 250 present" (not when the pair tells its own share right after:
    "On a turnout of 74%, 799 of the 918 who voted, or 87%, backed ...", round 31)."""
    if len(after) >= 2 and _or_part_of_base(doc, share, after[0], after[1]) \
            and not _not_the_pairs_share(doc, share, after[0], after[1]):
        return ShareOf(link="explicit", cue="or", share=share, part=after[0], base=after[1])
    return None


# "38% of delegates, or 115 of the 250 ...": the share's own noun, then the part and its whole
# ("One in five adults in the state - some 3.1 million of its 8.4 million adult residents -": the
# share's noun, and where they are, then the part and its whole)
# ("One in four homes inspected in the county (1,150 of the 2,400 visited)": the noun's participle, then where)
# (round 31) the pair's own share, right after its whole: "799 of the 918 who voted, or 87%", "... (87%)"
_PAIRS_OWN_SHARE = re.compile(r"[^.;,()]{0,40}?(?:,\s*or\s+|\s*\()")
# (round 31) a turnout told before the pair, and the pair's whole the voters themselves: "On a turnout of 74%, 799 of
# the 918 who voted backed ..." (the turnout is the 918 of an electorate, not 799 of the 918)
_TURNOUT_BEFORE = re.compile(r"\bturnout\s+(?:of|was|at|stood\s+at|reached)\s+(?:just\s+|only\s+)?(?:over\s+|under\s+)?$",
                             re.I)
_THE_VOTERS = re.compile(r"\s*(?:who\s+(?:voted|took\s+part|cast\s+(?:a\s+)?ballots?)|voters|votes\s+cast|ballots"
                         r"|(?:valid\s+)?votes|voting)\b", re.I)


_SHARE_THEN_OR = re.compile(r"\s*,\s*or\s+")


def _share_told_before_pair(doc: Document, part: Mention) -> bool:
    """(round 31) "On a turnout of 74%, or 918 of the 1,240 members, 87% backed ...": the pair is the share's told
    before it, so the share after it is another's (of those who voted)."""
    before = [m for m in doc.mentions_in(part.sentence) if m.end <= part.start]
    return bool(before) and before[-1].kind in (Kind.PERCENT, Kind.FRACTION) \
        and bool(_SHARE_THEN_OR.fullmatch(doc.text, before[-1].end, part.start))


def _not_the_pairs_share(doc: Document, share: Mention, part: Mention, base: Mention) -> bool:
    """Is the share before "PART of the BASE" another's (round 31): the pair tells its own share right after its
    whole ("..., or 87%"), or the share is a turnout and the whole the voters who turned out?"""
    later = [m for m in doc.mentions_in(base.sentence) if m.start >= base.end]
    if later and later[0].kind in (Kind.PERCENT, Kind.FRACTION) \
            and _PAIRS_OWN_SHARE.fullmatch(doc.text, _noun_end(base), later[0].start):
        return True
    return bool(_TURNOUT_BEFORE.search(doc.text, max(0, share.start - 40), share.start)
                and _THE_VOTERS.match(doc.text, base.end))


_SHARE_OR = re.compile(r"^(?:\s+(?:of\s+(?:all\s+)?(?:the\s+|its\s+|their\s+)?(?:[a-z]+ed\s+)?)?"
                       r"(?:(?!and\b|or\b|in\b|at\b|on\b|by\b|across\b)(?P<mod>[a-z][\w'’-]*)\s+(?=[a-z]))?([a-z][\w'’-]*)"
                       r"(?:\s+(?!and\b|or\b)[a-z]+(?:ed|en))?(?:\s+(?:in|across|at|on|by)\s+(?:the\s+|its\s+|their\s+)?"
                       r"[\w'’-]+(?:\s+[\w'’-]+)?){0,2}(?:\s+(?:last|this)\s+(?:year|week|month|season|quarter|spring|summer"
                       r"|autumn|winter|weekend))?)?\s*(?:,|\s[-–—]|[–—(:])\s*(?:or\s+)?(?:(?:just|only|some|about|"
                       r"around|roughly|nearly|almost)\s+)?$", re.I)
_BASE_PARTICIPLE = re.compile(r"^\s*(?:present|polled|surveyed|questioned|asked|attending|eligible|registered|"
                              r"there|in\s+(?:all|total))\b|^\s*(?:[a-z]+(?:ed|en)\s*|(?:that|who|which)\s+[a-z]+\s*)?(?:[)\],;:–—]|\s-\s)",
                              re.I)


# "62% of the festival's income for 2025, which totalled $24m": the whole named, then its amount
_WHOLE_THEN_AMOUNT = re.compile(r"^\s+of\s+(?:the|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
                                r"(?:\s+(?:for|in)\s+(?:the\s+)?[\w'’-]+)?\s*,\s*which\s+(?:totall?ed|totals|came\s+to|"
                                r"comes\s+to|was|is|stood\s+at|amounted\s+to|reached)\s+$", re.I)


# round 21: "71% of those asked came by car, the park said - equivalent to about 3.1 million of the 4.3 million
# visits": the share's own clause (no figure), then a word of equivalence, then the part and the whole it is of
_EQUIVALENT_PART = re.compile(r"(?:,|\s[-–—]|[–—(:])\s*(?:(?:which|that|this)\s+(?:is|was|would\s+be|equates\s+to|"
                              r"works\s+out\s+at)\s+|or\s+)?(?:(?:the\s+)?equivalent\s+(?:to|of)\s+|equating\s+to\s+|"
                              r"(?:roughly\s+|about\s+|around\s+)?the\s+equivalent\s+of\s+)?"
                              r"(?:(?:just|only|some|about|around|roughly|nearly|almost|approximately)\s+)?$", re.I)


def _equivalent_part(doc: Document, share: Mention, after: list[Mention]) -> ShareOf | None:
    """SHARE [of NOUN] VERB ..., [ATTRIBUTION] - equivalent to [about] PART of the BASE: "Some 64% of those polled
    walk to work, the survey found - equivalent to about 5,100 of the 8,000 staff" (one clause, no other figure
    between; the word of equivalence says the part and its whole restate the share, whatever their noun)."""
    if len(after) < 2 or after[0].sentence != share.sentence or after[1].sentence != share.sentence:
        return None
    part, base = after[0], after[1]
    gap = doc.text[share.end:part.start]
    cue = _EQUIVALENT_PART.search(gap)
    if cue is None or "equivalent" not in cue.group(0).lower() and "equat" not in cue.group(0).lower() \
            and "works out" not in cue.group(0).lower() or len(gap) > 160 or ";" in gap:
        return None
    if any(share.end <= m.start < part.start and m.kind not in (Kind.YEAR, Kind.DATE)
           for m in doc.mentions_in(share.sentence)):
        return None  # another figure between (a year or a date is only when): whose equivalent?
    if not (_OF_BASE.match(doc.text[part.end:base.start]) or _OF_BASE.match(doc.text[_noun_end(part):base.start])) \
            or not _plausible(part, base) or _CHANGE_AFTER.match(doc.text[base.end:base.end + 40]):
        return None
    return ShareOf(link="inferred", cue="equivalent to", share=share, part=part, base=base)


def _share_of(share: Mention, gap: str) -> bool:
    """The share takes the figure after it as its whole: "a third of the 96",
    "half the 1,200", "62% of its income, which totalled $24m"."""
    held = _HELD_SHARE.match(gap)  # (round 30) "its 10.2% share of the £160bn market", "a 15% stake in the $40bn"
    if held:
        return bool(_OF_BASE.match(" of " + gap[held.end():]))
    return bool(_OF_BASE.match(gap)) or (share.text.lower().endswith("half") and bool(_HALF_THE.match(gap))) \
        or bool(_WHOLE_THEN_AMOUNT.match(gap))


# a share held of a whole, named by its noun: "a 10.2% share of", "its 15% stake in"
_HELD_SHARE = re.compile(r"^\s+(?:(?:market|equity|ownership|controlling|minority)\s+)?(?:share|stake|holding)\s+(?:of|in)\s+",
                         re.I)


# "checked 1,460 athletes and 73 tested positive, or 5%": the whole's clause, "and", the part opening its own
_AND_PART = re.compile(r"^[^;:.,()]{0,80}?(?:,?\s(?:and|but)\s+|;\s*)" + _EMPH + "$", re.I)
_PART_VERB_OR = re.compile(r"^((?:\s+[a-z][\w'’-]*){1,6}?)\s*,\s*or\s+" + _EMPH + "$", re.I)
_NOT_IN_PART_VERB = frozenset("than more fewer less and or but while of".split())
_PART_VERBS = frozenset("""were was are is had have has did do got get won took went came left made sold saw found
    held ran met gave chose became stayed kept paid lost""".split())


_OF_ALL = re.compile(r"\s+of\s+all\s+(?:the\s+)?([a-z]+)\b(?!\s+(?:who|that|which)\b)", re.I)
_PART_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b")


def _of_all(doc: Document, share: Mention, before: list[Mention], prev: list[Mention]) -> ShareOf | None:
    """"Of the 840 pupils who sat the exam, 630 passed. Some 210 of them got a
    top grade, 25% of all candidates": "of all NOUN" is the share of the
    widest whole, the one the sentence before opens on, not of "them" (the
    630), unless its noun names those (their noun or what they did: "of all
    passes").  Inferred."""
    found = _OF_ALL.match(doc.text, share.end)
    if not found or not before or len(prev) < 2:
        return None
    text = doc.text
    part = before[-1]
    gap = text[part.end:share.start]
    counts = [c for c in prev if c.kind in COUNT_KINDS]
    if not _PART_OF_THEM.match(gap) or not _APPOSITION.match(gap) or not _one_clause(gap) or len(counts) != 2:
        return None
    outer, inner = counts
    psent = doc.sentences[outer.sentence]
    if not _OF_LEAD.search(text[psent.start:outer.start]) or not _lead_part(doc, outer, inner) \
            or not _plausible(inner, outer) or not _plausible(part, inner) or part.kind != outer.kind:
        return None
    noun = found.group(1).lower()
    said = words(text[inner.start:psent.end]) + ([inner.noun.lower()] if inner.noun else [])
    if any(_same_verb(noun, w) or noun[:4] == w[:4] for w in said if len(w) >= 4):
        return None  # "of all passes": the share of those who passed, named before
    return ShareOf(link="inferred", cue="of all", share=share, part=part, base=outer)


def _and_part_or(doc: Document, share: Mention, before: list[Mention], after: list[Mention],
                 prev: list[Mention] = ()) -> ShareOf | None:
    """"Doctors screened 3,000 women and 45 were referred, or 1.5%": the
    sentence's two counts, a whole with its noun, then after "and" (", and",
    "but", ";") the part opening its own clause with a verb, and the share
    after ", or" closing the sentence; or the whole the one count of the
    sentence before ("... screened 3,000 women. Some 45 were referred, or
    1.5%": the part opening its sentence).  Inferred."""
    if any(c.kind in COUNT_KINDS for c in after):
        return None
    text = doc.text
    sent = doc.sentences[share.sentence]
    if len(before) == 2:
        base, part = before
        if not _AND_PART.match(text[_noun_end(base):part.start]):
            return None
    elif len(before) == 1 and prev and len([c for c in prev if c.kind in COUNT_KINDS]) == 1 \
            and not any(c.kind in SHARE_KINDS for c in prev):
        base, part = next(c for c in prev if c.kind in COUNT_KINDS), before[0]
        if not _OPENING.match(text[sent.start:part.start]) \
                or set(words(text[doc.sentences[base.sentence].start:base.start])) & CHANGE_WORDS \
                or _CHANGE_AFTER.match(text[_noun_end(base):_noun_end(base) + 40]):
            return None
    else:
        return None
    m = _PART_VERB_OR.match(text[part.end:share.start])
    # "45 were referred", "300 got places": a noun read after a verb is no noun of the part
    own_noun = part.noun_span is not None and bool(part.noun) and part.noun_span.start <= part.end + 1 \
        and text[part.noun_span.start:part.noun_span.end].lower().startswith(part.noun.lower())
    said = words(m.group(1)) if m else []
    # the part's own verb right after it: "73 tested positive", "45 were referred", "300 got places"
    if not said or not (said[0].endswith("ed") or said[0] in _PART_VERBS):
        return None
    if not base.noun or set(said) & (_NOT_IN_PART_VERB | CHANGE_WORDS) \
            or set(words(text[sent.start:share.start])) & CHANGE_WORDS \
            or not re.match(r"\s*[.!?]?\s*$", text[share.end:sent.end]) \
            or not _plausible(part, base) or part.value >= base.value or own_noun and not _same_noun(doc, part, base):
        return None
    return ShareOf(link="inferred", cue="and", share=share, part=part, base=base)


# "Of 20 games played, the team has won 14": a short subject and verb between the whole and the part
_LEAD_CLAUSE = re.compile(r"^[^;.:,]*,\s*((?:[a-z'’-]+\s+){1,6})" + _EMPH + "$", re.I)
_NOT_IN_LEAD_CLAUSE = frozenset("and or but while than from to by of in on at for with".split())


def _lead_clause(gap: str, most: int) -> bool:
    """The gap after the whole of "Of the BASE ..." ends with a short subject and verb of at most ``most``
    words: "Of the 20 games, the team has won (14)"."""
    m = _LEAD_CLAUSE.match(gap)
    said = words(m.group(1)) if m else []
    return bool(m) and len(said) <= most and len(words(gap)) <= MAX_GAP_WORDS \
        and not set(said) & (_NOT_IN_LEAD_CLAUSE | CHANGE_WORDS)


def _part_closes_clause(doc: Document, part: Mention) -> bool:
    """The part ends its clause, neither a change ("90 more than in 2022") nor a part of it ("40 of them
    on Friday") nor a group ("180 from abroad"): "adult care will take 42%, some £380m."."""
    text = doc.text
    return not _CHANGE_AFTER.match(text[part.end:part.end + 40]) and not _OF_THEM_MORE.match(text, part.end) \
        and _closed_after(text, _noun_end(part))


def _lead_part(doc: Document, base: Mention, part: Mention, share: Mention | None = None) -> bool:
    """After "Of the BASE ...,", the part: set beside it ("Of the 380 homes
    inspected, 57") or after a short subject and verb ("Of the 20 games, the
    team has won 14")."""
    if _apposed(doc, base, [part]) is part:
        return True
    # (round 30) a longer description of the whole that runs as one clause to its comma, no figure in it: "Of the
    # 640 pupils who sat the maths exam at the academy this summer, 512"; (review rm30-percent) the share said
    # after them must close its clause (not "a take-up rate of 60% across the region": of another whole)
    gap = doc.text[base.end:part.start]
    if _APPOSITION.match(gap) and gap.rstrip().endswith(",") and _one_clause(gap):
        return share is None or _closed_after(doc.text, _noun_end(share))
    return _lead_clause(gap, 4)


# "With 3,812 ballots counted", "With 1,200 replies received so far": the whole, named in a lead clause
_WITH_LEAD = re.compile(r"(?:^|" + _DATELINE + r")\s*(?:(?:and|but|so)\s+)?with\s+(?:(?:the|its|their|all)\s+)?$", re.I)
_WITH_PARTICIPLE = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:[a-z]+ed|cast|in|done|sent|seen|held|sold|taken|made|"
                              r"given|run|known|drawn|shown|back|out|now\s+in)\b[^,;:]*,", re.I)
# the subject and verb between the lead clause and the part: "Measure 4 had", "the council approved"
_LEAD_SUBJECT = re.compile(r"^\s*((?:[\w'’-]+\s+){0,5})" + _EMPH + "$", re.I)


def _name_number(doc: Document, m: Mention) -> bool:
    """"Measure 4", "Terminal 5": a small number naming the capitalised word before it."""
    if m.kind != Kind.COUNT or m.noun or m.hedge or m.value is None or m.value >= 1000 or not m.text.strip().isdigit():
        return False
    prev = re.search(r"([A-Za-z]+)\s+$", doc.text[max(0, m.start - 30):m.start])
    return bool(prev) and prev.group(1)[:1].isupper() and m.start - len(prev.group(0)) > doc.sentences[m.sentence].start


def _noun_end(m: Mention) -> int:
    """Where a figure ends with the noun after it: "2,019 votes (out of 3,812)"."""
    return m.noun_span.end if m.noun_span and m.noun_span.start >= m.end else m.end


# ", with 3,812 ballots counted": the whole counted so far, after the part and its share
_WITH_TRAILING = re.compile(r"^\s*,\s*with\s+(?:(?:all|the|some|about|around|nearly|almost|just\s+over|over)\s+)?$", re.I)
_COUNTED_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,2}?(?:counted|tallied|cast|returned|processed|received|declared|"
                            r"verified|reported|submitted|in)\b\s*(?:$|[,.;]|so\s+far\b|as\s+of\b|by\s+\w+day\b|"
                            r"(?:by|on|at|overnight|last|this)\b(?!\s+(?:the\s+)?(?:her|his|its|their|rival|opponent)))",
                            re.I)


def _trailing_whole(doc: Document, share: Mention, before: list[Mention], after: list[Mention]) -> ShareOf | None:
    """"Measure 4 had 2,019 yes votes, or 53%, with 3,812 ballots counted":
    the part, its share set beside it, then the whole counted so far."""
    if not after:
        return None
    text = doc.text
    part, base = before[-1], after[0]
    gap = text[part.end:share.start]
    if not _APPOSITION.match(gap) or len(words(gap)) > MAX_GAP_WORDS or _BAD_LINK.search(gap) \
            and not _PUNCT_OR.search(gap) or _own_whole(doc, share):
        return None
    if not _WITH_TRAILING.match(text[share.end:base.start]) or not _COUNTED_AFTER.match(text[base.end:base.end + 60]):
        return None
    if not _plausible(part, base) or not _same_things(part, base):
        return None
    return ShareOf(link="explicit", cue="with", share=share, part=part, base=base)


def _same_things(part: Mention, base: Mention) -> bool:
    """Part and whole count the same things, where both name them ("ballots"
    and "votes"; "children" of "people")."""
    if not part.noun or not base.noun:
        return True
    return categories.same_thing(base.noun, part.noun) or categories.may_contain(base.noun, part.noun)


# "45 out of 310", "14 of 20": a fraction stated as two counts in digits
_COUNTED_FRACTION = re.compile(r"^(\d[\d,]*)\s+(?:out\s+of|of|in)\s+(?:(?:the|its|their)\s+)?(\d[\d,]*)$")
# "45 out of 310 restaurants (25%)", "14 of 20 games, or 70%": the same share as a percentage
_FRACTION_TO_PERCENT = re.compile(r"^(?P<noun>(?:\s+[a-z][\w'’-]*){0,3}?)"
                                  # round 15: a period or place after the noun ("in March", "over the two days")
                                  r"(?:\s+(?:in|on|at|over|during|across|since|throughout)(?:\s+[\w'’-]+){1,4}?)?"
                                  r"\s*(?:,\s*(?:or\s+)?|\(\s*|\s[-–—]+\s*)" + _EMPH + "$", re.I)


# "45% (120 out of 400)", "A third of the firm's staff - 180 out of 400 -": a share, then the counts it stands for
_SHARE_TO_FRACTION = re.compile(r"^(?P<noun>(?:\s+[\w'’-]+){0,5}?)\s*(?:,\s*(?:or\s+)?|\(\s*|\s[-–—]+\s*|[–—]\s*|:\s*)"
                                + _EMPH + "$", re.I)


def _counted(m: Mention) -> re.Match | None:
    """"120 out of 400", "9 in 20": a fraction of two counts in digits."""
    return _COUNTED_FRACTION.match(m.text.strip()) if m.kind == Kind.FRACTION else None


def _fraction_restated(doc: Document, share: Mention, shares: list[Mention]) -> ShareOf | None:
    """"Inspectors rated 45 out of 310 restaurants (25%) as poor": a fraction
    of two counts in digits, then the same share as a percentage or in words
    ("180 out of 400 bridges, a third,"); or the share first, the counts set
    after it ("stood at 45% (120 out of 400)"; "A third of the firm's staff -
    180 out of 400 -")."""
    if _counted(share):
        return None
    prev = [m for m in shares if m.end <= share.start]
    m = _counted(prev[-1]) if prev else None
    frac = prev[-1] if m else None
    g = _FRACTION_TO_PERCENT.match(doc.text[frac.end:share.start]) if frac else None
    if frac is None or not g:
        nxt = next((x for x in shares if x.start >= share.end), None)
        m = _counted(nxt) if nxt else None
        lead = doc.text[doc.sentences[share.sentence].start:share.start]
        if not m or _change_before(lead) and not _level_to(lead) \
                or not _CLOSED_AFTER.match(doc.text, _noun_end(nxt)):
            return None
        frac, g = nxt, _SHARE_TO_FRACTION.match(doc.text[share.end:nxt.start])
    if not m or not g or set(words(g.group("noun"))) & (_LINK_WORDS - {"of"} | CHANGE_WORDS) \
            or frac.start < share.start and "of" in words(g.group("noun")) \
            or frac.start < share.start and _own_whole(doc, share) or _CHANGE_AFTER.match(doc.text[share.end:share.end + 40]):
        return None
    offset = frac.start + (len(frac.text) - len(frac.text.lstrip()))
    part, base = (_count_at(frac, offset + m.start(k), m.group(k)) for k in (1, 2))
    if not base.value or not 0 < part.value <= base.value:
        return None
    return ShareOf(link="explicit", cue="out of", share=share, part=part, base=base)


def _count_at(frac: Mention, start: int, digits: str) -> Mention:
    value = Fraction(int(digits.replace(",", "")))
    return Mention(start, start + len(digits), digits, Kind.COUNT, value=value, precision=Fraction(1),
                   interval=Interval(value, value), noun=frac.noun, sentence=frac.sentence)


# verbs that say the same thing happened: "were cancelled ..., with 510 scrapped"
_SAME_FATE = (
    frozenset("cancelled canceled scrapped axed grounded abandoned off".split()),
    frozenset("closed shut".split()),
    frozenset("cut axed lost shed".split()),
    frozenset("killed died dead".split()),
    frozenset("approved passed accepted granted upheld backed".split()),
    frozenset("rejected refused dismissed declined".split()),
)
_WITH_CLAUSE = re.compile(r"^(?P<clause>[^;:()]*?),\s*with\s+(?:(?:some|about|around|roughly|nearly|almost|more\s+than|"
                          r"over)\s+)?" + _EMPH + "$", re.I)
# "..., with 400 shut by Wednesday": another time, perhaps more of them
_OTHER_TIME = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
                         r"june|july|august|september|october|november|december|later|since|so\s+far|now|next|weekend|yesterday|"
                         r"tomorrow|overnight|earlier|afterwards|previously|"
                         r"previous|last|earlier|this\s+(?:week|month|year)|in\s+(?:total|all)|altogether|overall)\b",
                         re.I)
_ALSO = re.compile(r"\b(?:also|too|as\s+well|further|more|another|additional|other|others)\b", re.I)


def _fates(text: str) -> set[int]:
    ws = set(words(text))
    return {k for k, group in enumerate(_SAME_FATE) if ws & group}


# "... were aged over 75 - 612 people in all": the count the share comes to, set apart and summed up
_IN_ALL_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?(?:in\s+all|in\s+total|altogether)\b", re.I)


def _in_all_after(doc: Document, base: Mention, following: list[Mention]) -> Mention | None:
    """"Two-thirds of the 1,380 patients who waited ... were aged over 75 - 920
    people in all": later in the clause, set apart by a dash, comma or bracket,
    the part the share comes to, summed up by "in all" (other figures, an age
    limit, may stand between)."""
    text = doc.text
    for c in following:
        gap = text[base.end:c.start]
        if len(words(gap)) > MAX_TOTAL_GAP_WORDS or re.search(r"[;:]|\b(?:and|but|while|whereas)\b", gap):
            return None
        if _GAP_END.search(gap) and (_IN_ALL_AFTER.match(text[c.end:c.end + 30]) or _set_apart(doc, gap, c)) \
                and _plausible(c, base) and c.kind == base.kind and not categories.excludes(base.noun, c.noun):
            return c
    return None


# "- some 800 people -", "(around 160 people)", "- about 1.9 million people.": a part alone in its dashes
_DASH_OPEN = re.compile(r"(?:\s[-–—]+|[–—(])\s*" + _EMPH + "$")
_SET_APART_CLOSE = re.compile(r"\s*(?:\)|\s[-–—]+\s|[–—]|[.;!?]?\s*$)")


_COMMA_OPEN = re.compile(r",\s*" + _EMPH + "$", re.I)
_ROUGHLY = frozenset("some about around roughly approximately nearly almost".split())


def _set_apart(doc: Document, gap: str, c: Mention) -> bool:
    """``c`` (and its noun) stands alone between dashes or brackets, or
    after a dash closing the sentence: "are aged over 70 - some 800 people
    -"; "flew with low-cost carriers - around 1.9 million people." (not "-
    300 in Spain alone -", nor "- 200 more than in 2010")."""
    dash = _DASH_OPEN.search(gap)
    if not dash and not (c.hedge in _ROUGHLY and _COMMA_OPEN.search(gap)) \
            or _CHANGE_AFTER.match(doc.text[c.end:c.end + 40]):
        return False
    end = _noun_end(c)
    if not c.noun:  # "800 people": a noun the grammar left off
        people = re.match(r"\s+(?:people|persons|individuals)\b", doc.text[end:end + 20])
        end += people.end() if people else 0
    tail = doc.text[end:doc.sentences[c.sentence].end]
    # round 14: or closed by a comma: "- some 600 boats, mostly ..."; ", some 940 people, were ..." (a rounded
    # part alone between commas)
    return bool(_SET_APART_CLOSE.match(tail) or tail.startswith(","))


def _with_restated(doc: Document, base: Mention, following: list[Mention]) -> Mention | None:
    """"A quarter of the 1,200 flights were cancelled on Thursday as staff
    walked out, with 510 departures and arrivals scrapped": later in the
    sentence a "with" clause counts those the same thing happened to (its
    verb says the same: cancelled and scrapped, closed and shut).  They may be
    only some of them, so the relation is "at most" (see ``ShareOf.at_most``)."""
    if not following:
        return None
    part = following[0]
    text = doc.text
    gap = text[base.end:part.start]
    m = _WITH_CLAUSE.match(gap)
    if part.kind != base.kind or not m or len(words(gap)) > MAX_TOTAL_GAP_WORDS:
        return None
    said = _fates(m.group("clause"))
    # the part's noun (one or two, "departures and arrivals") and its participle, within five words
    stop = following[1].start if len(following) > 1 else part.end + 80
    after = re.split(r"[,;.]|\b(?:but|while|as|after|when|because)\b", text[part.end:min(stop, part.end + 80)])[0]
    ws = words(after)[:5]
    verb = next((w for w in ws if _fates(w) or w.endswith("ed")), None)  # the first participle
    if not said or verb is None or not said & _fates(verb) or _ALSO.search(" ".join(ws)) \
            or _OTHER_TIME.search(text[part.end:min(stop, part.end + 80)].split(".")[0]):
        return None
    if part.noun and categories.excludes(base.noun, part.noun):
        return None
    return part


# round 11: "Women made up a quarter of this year's 2,480 entrants, with 920 signing up": after a verb of
# make-up, a "with" clause counts the share's members doing something (a participle right after the count)
_MAKE_UP_BEFORE = re.compile(r"\b(?:made|make|makes|making)\s+up\s+$|\b(?:accounted|accounts?|accounting)\s+for\s+$"
                             r"|\b(?:represented|represents?|representing|comprised|comprises?|formed|forms?)\s+$", re.I)
# (a participle right after the count: no noun of its own, "920 signing up", "1,900 taking part")
# -- a verb of joining or taking part, which says again what made them members of the whole; not "with 1,100
# receiving a booster", which may count others too)
_MEMBERS_AFTER = re.compile(r"^\s+(?:of\s+(?:them|whom|those)\s+)?(?:sign(?:ing|ed)\s+up|register(?:ing|ed)|enrol(?:l?ing|l?ed)"
                            r"|enter(?:ing|ed)|join(?:ing|ed)|tak(?:ing|en)\s+part|attend(?:ing|ed)|compet(?:ing|ed)"
                            r"|participat(?:ing|ed)|turn(?:ing|ed)\s+out|apply(?:ing)|applied|stand(?:ing)|stood"
                            r"|volunteer(?:ing|ed)|vot(?:ing|ed))\b"
                            # and nothing more said of them ("attending for the first time" may count others)
                            r"(?:\s+(?:in\s+all|in\s+total|this\s+year|so\s+far))?\s*(?:[,.;:!?)]|\s[-–—]|$)", re.I)


def _with_members(doc: Document, share: Mention, base: Mention, following: list[Mention]) -> Mention | None:
    """"Women made up a quarter of the 2,480 entrants, with 920 signing up":
    the count of the share's members (or of some of them: at most)."""
    if not following:
        return None
    text = doc.text
    part = following[0]
    lead = text[max(doc.sentences[share.sentence].start, share.start - 30):share.start]
    gap = text[base.end:part.start]
    if not _MAKE_UP_BEFORE.search(lead) or not _WITH_CLAUSE.match(gap) or len(words(gap)) > MAX_GAP_WORDS \
            or part.kind != base.kind or not _MEMBERS_AFTER.match(text[part.end:part.end + 30]) \
            or _CHANGE_AFTER.match(text[part.end:part.end + 40]) or _OTHER_TIME.search(text[part.end:part.end + 60]):
        return None
    return part


def _lead_whole(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """"With 3,812 ballots counted, Measure 4 had 2,019 yes votes, or 58%":
    a lead clause names the whole ("With N NOUN counted", "Of the N NOUN"),
    then a short subject and verb, the part and the share set beside it.
    A number naming the subject ("Measure 4") is no figure of it."""
    text = doc.text
    sent = doc.sentences[share.sentence]
    part = before[-1]
    gap = text[part.end:share.start]
    if not _APPOSITION.match(gap) or len(words(gap)) > MAX_GAP_WORDS or _BAD_LINK.search(gap) \
            and not _PUNCT_OR.search(gap) or _own_whole(doc, share) or _CHANGE_AFTER.match(text[share.end:share.end + 40]) \
            or _OF_THEM_MORE.match(text, share.end):
        return None  # (not "Of the 412 schools, 140 were closed, most of them small primaries": a share of the part)
    inner = [m for m in before[:-1] if not _name_number(doc, m)]
    if len(inner) != 1:
        return None
    base = inner[0]
    lead = text[sent.start:base.start]
    clause = text[base.end:part.start]
    if _WITH_LEAD.match(lead):
        m = _WITH_PARTICIPLE.match(clause)
    elif _OF_LEAD.search(lead):
        m = re.match(r"^[^,;:]*,", clause)
    else:
        return None
    if not m:
        return None
    subject = _LEAD_SUBJECT.match(text[base.end + m.end():part.start])
    if not subject or set(words(subject.group(1))) & (_NOT_IN_LEAD_CLAUSE | CHANGE_WORDS) \
            or not _plausible(part, base) or not _same_things(part, base):
        return None
    return ShareOf(link="explicit", cue="of", share=share, part=part, base=base)


# "The £4.2bn fund | will spend |": the whole opens the clause as its subject's amount, and a verb hands
# a part of it out
_SUBJECT_LEAD = re.compile(r"(?:^|[,;:]\s*|" + _DATELINE + r")(?:(?:the|its|their|his|her|our|this|that|a|an)\s+)?"
                           r"(?:[\w-]+(?:\s+[\w-]+)?(?:'s|’s|s'|s’)\s+)?$", re.I)
_HANDS_OUT = re.compile(r"^(?P<noun>(?:\s+[a-z][\w'’-]*){1,4}?)\s+(?:(?:will|would|is\s+to|are\s+to|plans?\s+to|"
                        r"aims?\s+to|is\s+set\s+to|has|have|had)\s+)?(?:be\s+)?(?:spend|spends|spent|spending|"
                        r"allocat\w+|earmark\w*|devot\w+|sets?\s+aside|put|puts|invest\w*|channel\w*|reserv\w+|"
                        r"direct\w*|commit\w*|includ\w+)\s+" + _EMPH + "$", re.I)


# round 15: "sets aside £20m for libraries, or 25%": what the part goes to, then the share set apart
_FOR_WHAT = re.compile(r"^\s+(?:for|on|to|towards)\s+(?:the\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*(?:,\s*or|\()\s*"
                       + _EMPH + "$", re.I)


def _subject_whole(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """"The 4.2 bln euro recovery fund will spend 1.1 bln, or 36 pct, on flood
    defences": the whole is the amount of the clause's subject, a verb hands
    a part of it out, and the share is set beside the part."""
    if len(before) < 2 or _own_whole(doc, share) or _CHANGE_AFTER.match(doc.text[share.end:share.end + 40]) \
            or _OF_THEM_MORE.match(doc.text, share.end):
        return None  # "will include 120 boxes, a third of them in the balcony": a share of the part
    text = doc.text
    base, part = before[-2], before[-1]
    gap = text[part.end:share.start]
    # "includes £41m for pupils with special needs, about 12 pct of the total": a longer gap when the share
    # names the whole as the total
    limit = MAX_GAP_WORDS if _OF_TOTAL.match(text[share.end:share.end + 40]) \
        or _FOR_WHAT.match(gap) and "includ" not in text[base.end:part.start].lower() else 2
    if not _APPOSITION.match(gap) or len(words(gap)) > limit or _BAD_LINK.search(gap) and not _PUNCT_OR.search(gap):
        return None
    m = _HANDS_OUT.match(text[base.end:part.start])
    if not m or set(words(m.group("noun"))) & (_LINK_WORDS | CHANGE_WORDS | _NOT_COMPLEMENT) \
            or not _SUBJECT_LEAD.search(text[doc.sentences[share.sentence].start:base.start]):
        return None
    if not _plausible(part, base) or part.value >= base.value:
        return None
    return ShareOf(link="explicit", cue="spends", share=share, part=part, base=base)


def _or_part_of_base(doc: Document, share: Mention, part: Mention, base: Mention) -> bool:
    """"Women made up 38% of delegates, or 115 of the 250 present": the share's
    noun (if any) names the base's."""
    text = doc.text
    m = _SHARE_OR.match(text[share.end:part.start])
    if not m or not (_OF_BASE.match(text[part.end:base.start]) or _OF_BASE.match(text[_noun_end(part):base.start])) \
            or not _plausible(part, base):
        return False
    own = (m.group(2) or "").lower()
    if not own:
        return True
    owns = {own[:5], (m.group("mod") or own).lower()[:5]}  # "council homes", "patients treated"
    if not re.match(r"\s+of\b", text[share.end:part.start]) and not (share.kind == Kind.FRACTION
                                                                    and " in " in share.text) \
            and not (share.text.lower().endswith("half") and re.match(r"\s+the\b", text[share.end:part.start])):
        return False  # "38% delegates": only "one in five adults" names its noun without "of"
    if base.noun and (base.noun.lower()[:5] in owns or base.noun.lower() in _ANYONE
                      or any(base.noun.lower()[:5] in g and owns & g for g in _SAME_NOUN_STEMS)):
        return True  # (round 13: "One in five savers - 3.2 million of the 11 million people with a pension -")
    # "of its 8.4 million adult residents": the share's noun among the words naming the whole
    if any(w[:5] in owns for w in words(text[base.end:base.end + 40])[:3]):
        return True
    return bool(_BASE_PARTICIPLE.match(text[base.end:base.end + 30])) \
        or own in _MARKET_WORDS and _counted_whole(doc, share, base)


def _counted_whole(doc: Document, share: Mention, base: Mention) -> bool:
    """The colon's whole of the things sold, its noun (or the words before how it was counted) the one the
    share's subject names ("Electric cars took a fifth of the market ...: ... of the 148,000 new cars [registered]")."""
    m = _COUNTED_WHOLE.match(doc.text, base.end)
    where = m and _PLACE_AFTER.match(doc.text, m.end())
    if where:
        said = _PLACE_AFTER.search(doc.text, share.end, base.start)
        if said and said.group(1) != where.group(1):
            return False  # "a fifth of the market in London: ... cars registered in Kent": a whole of another place
    named = {w[:5] for w in (words(m.group(0))[:-1] if m else []) + [(base.noun or "").lower()] if len(w) >= 3}
    subject = {w[:5] for w in words(doc.text[doc.sentences[share.sentence].start:share.start].lower())}
    return bool(named & subject)


_PLACE_AFTER = re.compile(r"\s+(?:in|across|at|from)\s+(?:the\s+)?(?!(?:" + "|".join(MONTH_NAMES + WEEKDAY_NAMES)
                          + r")\b)([A-Z][\w'’-]*)")
# round 15: two nouns for one whole ("One in five workers at the plant - 450 of its 1,500 staff -")
_SAME_NOUN_STEMS = (frozenset("worke staff emplo".split()), frozenset("homes house prope dwell".split()))
# a share of all that was sold: the whole a count of the things sold
_MARKET_WORDS = frozenset("market sector industry trade".split())
# round 15: after a colon (dash, bracket), a whole counted in full: "took a fifth of the market in September: 44,500 of the 148,000
# new cars registered ran on batteries" (a word or two of the whole's noun, then how it was counted)
_COUNTED_WHOLE = re.compile(r"\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:registered|sold|surveyed|polled|questioned|asked|checked"
                            r"|inspected|tested|recorded|issued|counted|examined|screened|eligible)\b", re.I)


# round 14: a count set apart with a qualifier of its own is a sub-group, not the share's part: "some 600 in
# Leeds alone", "300 of them new", "400 of them from Poland"; nor is an old level, "up from 30,000"
# (round 17: a spaced dash after "of them" closes the apposition, no qualifier: "a fifth of the 600 staff - 120 of
# them - ...")
_OWN_QUALIFIER = re.compile(r"\s+(?:of\s+(?:them|whom)\s+(?!all\b)(?![-–—]+\s)[\w'’-]|(?:in|at|from)\s+(?-i:[A-Z])|alone\b|"
                            r"(?:in|at|from)\s+[\w'’-]+\s+alone\b|(?:in|at)\s+(?:the|a)\s+(?!whole\b|end\b)[a-z]|"
                            r"among\s+them\b)", re.I)  # ("some 120 in the village", "some 40 managers among them")
_FROM_BEFORE = re.compile(r"\b(?:up|down)\s+from\s+$", re.I)


def _old_level(doc: Document, part: Mention) -> bool:
    return bool(_FROM_BEFORE.search(doc.text, max(doc.sentences[part.sentence].start, part.start - 20), part.start))


def _own_qualifier(doc: Document, part: Mention) -> bool:
    sent = doc.sentences[part.sentence]
    return bool(_OWN_QUALIFIER.match(doc.text, _noun_end(part), sent.end)) or _old_level(doc, part)


def _apposed(doc: Document, anchor: Mention, following: list[Mention]) -> Mention | None:
    """The first figure set beside ``anchor`` by a comma, dash, bracket or
    colon, a few words on: "of the 96 schools they visited, 47"."""
    return _apposed_at(doc, anchor.end, following)


# "equal to", "amounting to": the words restating a share as its part
_EQUAL_TO = r"(?:equal|equivalent|equating|amounting)\s+to"
# "(35% of the 450 flats) will be affordable, which amounts to (117 homes)": the share's part, restated
_RESTATED_LINK = re.compile(r"^(?P<clause>[^;:.()]*?)(?:,|\s[-–—]+|[–—])\s*(?:(?:which|that|this)\s+(?:amounts?\s+to|amounted\s+to|"
                            r"comes?\s+to|came\s+to|works?\s+out\s+(?:at|to)|worked\s+out\s+(?:at|to)|equates\s+to|"
                            r"equated\s+to|means|meant|is|was|would\s+be|will\s+be|would\s+mean|will\s+mean)|"
                            + _EQUAL_TO + r"|making|meaning|or)\s+"
                            r"(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?" + _EMPH + "$", re.I)


def _restated_part(doc: Document, base: Mention, following: list[Mention]) -> Mention | None:
    """The part a share of the base comes to, set after the share's clause by
    a comma and "which amounts to", "equal to", "making" or "or": "a third of
    the 240 staff will move, which amounts to 80 people"."""
    # (round 44) a figure joined to its noun on the way, of another kind, is a label: "62% of the 3,400 entrants
    # finished the 15-kilometre race, or 2,690 runners"
    following = [c for c in following if not (c.compound and c.kind != base.kind and c.end <= following[-1].start)]
    if not following:
        return None
    cand = following[0]
    m = _RESTATED_LINK.match(doc.text[base.end:cand.start])
    if not m or len(words(m.group("clause"))) > MAX_GAP_WORDS or _CLAUSE.search(m.group("clause")) \
            or _CHANGE_AFTER.match(doc.text[cand.end:cand.end + 40]) or cand.kind != base.kind \
            or not (_closed_after(doc.text, _noun_end(cand)) or _opens_its_clause(doc, m, base, cand)):
        return None
    return cand


# (round 30) after "meaning", the part as the subject of its own clause, a verb of state after its noun: "4.1% of a
# labour force of 14.6 million, meaning about 420,000 Australians were out of work"
_MEANING_LINK = re.compile(r"(?:meaning|(?:which|that|this)\s+(?:means|meant))\s", re.I)
_STATE_VERB_AFTER = re.compile(r"\s*(?:[a-z][\w'’-]*\s+){0,2}?(?P<verb>were|was|are|is|had|have|stood|remained|lived|"
                               r"lacked|missed|went|faced|sat|lay|live|lack|miss|go|face)\s+(?P<rest>[^;:.!?]*)", re.I)


def _opens_its_clause(doc: Document, link: re.Match, base: Mention, part: Mention) -> bool:
    """The part after "meaning" opens a clause of state ("meaning about 420,000 Australians were out of work"),
    not a change ("were lost", "more people were"), nor some of them ("22,000 of them were"), nor an event told
    in the passive ("2,000 homes were repossessed"); and its noun names the base's things (``_names_the_base``:
    not "20% of the 1,000 beds are empty, meaning 120 nurses are idle")."""
    if not _MEANING_LINK.search(link.group(0)) or not _names_the_base(doc, base, part):
        return False
    said = _STATE_VERB_AFTER.match(doc.text, part.end)
    if said is None:
        return False
    head, rest = set(words(doc.text[part.end:said.start("rest")])), set(words(said.group("rest")))
    passive = _PASSIVE_EVENT.match(doc.text, said.start("rest") - 1) if said.group("verb").lower() in _BE_FORMS else None
    # (round 30) a share with a state of its own says what the part must say again: "5% of the 2 million workers are
    # jobless, meaning 40,000 Britons are on benefits" speaks of another state
    own = _SHARE_STATE.match(doc.text[base.end:part.start])
    if own is not None and not set(w for w in words(own.group("state")) if len(w) > 3) & rest:
        return False
    return not head & (CHANGE_WORDS | _NOT_IN_RATE_CLAUSE | _NOT_ALL_OF_THEM) \
        and not rest & (CHANGE_WORDS | _EVENT_PARTICIPLES) and passive is None


# the share's own state before the link: "(of the 2 million workers) are jobless, meaning"
_SHARE_STATE = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:are|is|were|was|remain|remained|stood|stand)\s+(?P<state>[^,;]+?)"
                          r"\s*,\s*(?:meaning|which\s+means|that\s+means)\b", re.I)


_BE_FORMS = frozenset("were was are is".split())
# "were repossessed", "are being evicted": an event told in the passive; a state is told by an adjective
# ("were out of work", "are offline"), and a few participles of state stay ("were unemployed")
_PASSIVE_EVENT = re.compile(r"\s+(?:being\s+|now\s+|still\s+)?(?!(?:unemployed|employed|retired|married|disabled|"
                            r"registered|enrolled|insured|uninsured|housed|vaccinated|infected|affected|involved|"
                            r"owned|occupied|unoccupied|overcrowded|qualified|unqualified)\b)[a-z]+ed\b", re.I)
# things the part after "meaning" may count besides the base's own noun: people, when the base counts people or
# a people's whole; homes, when it counts homes
_PEOPLE_WHOLES = frozenset("population populations workforce electorate households families".split())
_DWELLINGS = frozenset("homes houses dwellings flats apartments properties households".split())
_PEOPLE_NAME = re.compile(r"\b[A-Z][a-z]+s\b")  # a capitalised plural: "Australians", "Londoners"


def _names_the_base(doc: Document, base: Mention, part: Mention) -> bool:
    """The part's noun counts the base's things: none said, the same noun, people of a people's whole (a people
    named by a capitalised plural too: "a labour force of 14.6 million, meaning 420,000 Australians"), or homes of
    a housing stock."""
    said, whole = categories.normalise(part.noun), categories.normalise(base.noun)
    if said is None or categories.same_thing(said, whole):
        return True
    people = said in categories.PEOPLE or bool(_PEOPLE_NAME.search(doc.text, part.end, _noun_end(part)))
    if people and (whole is None or whole in categories.PEOPLE or whole in _PEOPLE_WHOLES):
        return True
    return said in _DWELLINGS and whole in _DWELLINGS


# words after a part that make it other than the share's members: some of them, or others beside them
_NOT_ALL_OF_THEM = frozenset("of more fewer less extra new additional another further other".split())
# "meaning 30,000 jobs were lost": what happened to some, an event, not the state the share measures
_EVENT_PARTICIPLES = frozenset("""lost created axed shed hired recruited laid made moved forced pushed taken given
    brought sent put dragged lifted freed saved evicted sacked dismissed""".split())


# (round 29) the amount a share of a sum of money comes to, set after the whole's noun phrase by a comma or dash
# and, perhaps, a word naming its worth: "38% of the £21.6bn food market, worth about £6.2bn", "84% of the £1.4bn
# music market, bringing in £1.03bn", "12% of its $4.5bn revenue, or about $540m"
_AMOUNT_LINK = re.compile(r"^(?P<phrase>[^;:.,()\d%]{0,80}?)(?:(?:,|\s[-–—]+|[–—])\s*(?P<link>(?:or|worth|valued\s+at|"
                          r"bringing\s+in|generating|earning|raising|representing|" + _EQUAL_TO + r")\s+)?|"
                          # (round 30) or the share as the subject of a verb of worth: "(its 10.2% share of the £160bn
                          # market) is now worth (£24bn)", "brings in"
                          r"\s+(?P<verb>(?:(?:is|was|are|were|has\s+been|would\s+be)\s+(?:now\s+|currently\s+|still\s+)?"
                          r"(?:worth|valued\s+at))|brings\s+in|brought\s+in|generates|generated|earns|earned)\s+)"
                          + _EMPH + "$", re.I)
# "and" inside the whole's noun phrase ("chilled and frozen food market"), not opening a clause ("and the council")
_PHRASE_CLAUSE = re.compile(r"\b(?:but|while|whereas)\b|\band\s+(?:the|a|an|its|their|it|they|he|she|we|this|that|"
                            r"those|these|his|her|our|has|have|had|is|was|were|are|will|would|said|says)\b", re.I)
# a rate closing the amount's clause ("worth £6.2bn a year"); (review rv29-percent item 2) not another time ("valued at
# £2.6bn in 2021", "worth £6bn last year"), which is often the whole's own worth then
_RATE_TAIL = re.compile(r"\s+(?:(?:a|per|each|every)\s+(?:year|month|week|quarter)|annually)\b", re.I)
# or, after a word of income, the year the income came in ("bringing in £1.03bn last year"): the whole's year too
_INCOME_YEAR_TAIL = re.compile(r"\s+(?:last|this)\s+year\b", re.I)
# (round 30) what the amount is of, closing its clause: "in sales", "in annual revenue"
_SALES_TAIL = re.compile(r"\s+in\s+(?:annual\s+|yearly\s+)?(?:sales|revenues?|takings|turnover|income)\b", re.I)
# (round 30) the verb of worth, not of income: "is worth", "was valued at"
_WORTH_VERB = re.compile(r"\b(?:worth|valued)\b", re.I)
_INCOME_LINK = re.compile(r"(?:bringing\s+in|generating|earning|raising)\s", re.I)
# an amount this many times below the share of the whole is of each one, not the share's ("or about £25 a year")
FAR_BELOW_SHARE = 10_000
_NOT_IN_WHOLE_PHRASE = frozenset("than from to by with against versus compared or".split())


def _amount_of_money_whole(doc: Document, share: Mention, base: Mention, following: list[Mention]) -> Mention | None:
    """The amount that a share of a sum of money comes to, set after the whole's noun phrase: "38% of the
    £21.6bn market, worth about £6.2bn".  Same currency, a share below the whole, and a part that ends its
    clause.  After "or" or a bare hedge, a part larger than its whole is a slip of scale, not another thing: "12% of
    its $4.5bn revenue, or $540bn"."""
    if not following or base.kind != Kind.MONEY:
        return None
    cand = following[0]
    if cand.kind != Kind.MONEY or not cand.unit or cand.unit != base.unit or not cand.value or cand.value <= 0:
        return None
    # (the whole's noun read may run into the verb: "the €30bn coffee market brings in")
    m = _AMOUNT_LINK.match(doc.text[_noun_end(base):cand.start]) or _AMOUNT_LINK.match(doc.text[base.end:cand.start])
    if not m or len(words(m.group("phrase"))) > MAX_GAP_WORDS or _PHRASE_CLAUSE.search(m.group("phrase")) \
            or set(words(m.group("phrase"))) & (_NOT_IN_WHOLE_PHRASE | CHANGE_WORDS):
        return None
    end = _noun_end(cand)
    link = (m.group("link") or m.group("verb") or "").strip().lower()
    rate = _RATE_TAIL.match(doc.text, end)  # "worth £6.2bn a year"
    if rate is None and _INCOME_LINK.match(link + " "):
        rate = _INCOME_YEAR_TAIL.match(doc.text, end)
    end = rate.end() if rate else end
    sales = _SALES_TAIL.match(doc.text, end)  # (round 30) "worth £24bn a year in sales"
    end = sales.end() if sales else end
    if m.group("verb") and not _WORTH_VERB.search(m.group("verb")) and sales is None:
        return None  # "its 30% share of the $10bn market generates $300m": perhaps its profit, not its sales
    if _CHANGE_AFTER.match(doc.text[end:end + 40]) or not _closed_after(doc.text, end):
        return None
    share_iv = share_interval(share)
    if share_iv.hi is None or share_iv.hi >= 1 or share_iv.lo is None \
            or cand.value * FAR_BELOW_SHARE < share_iv.lo * base.value:
        return None
    # a slip of scale only after "or" or a bare hedge ("or roughly £224bn"); "worth £2.6bn" past the whole is
    # the whole's own worth
    if cand.value > base.value * Fraction(11, 10) and not (link == "or" or not link and cand.hedge):
        return None
    return cand


def _closed_after(text: str, pos: int) -> bool:
    """The figure ends its clause at ``pos``, perhaps after "in all": "making 480 places in all."."""
    in_all = _IN_ALL_AFTER.match(text[pos:pos + 40])
    return bool(_CLOSED_AFTER.match(text, pos + (in_all.end() if in_all else 0)))


_BRACKETED = re.compile(r"\s*(?:\)|\s[-–—]+\s|[–—])")
# (round 28) or a record said of the part: ", a record 263", ", an all-time high of 190"; (review rv28-mixed item 5)
# only a part that closes its clause (a total or a record is often of a group of them: ", a record 90 by women,")
_TOTAL_OF = re.compile(r"(" + _SEP + r"\s*)(?:a\s+total\s+of|in\s+all|altogether|a\s+record(?:\s+high\s+of)?|"
                       r"an\s+all-time\s+high\s+of|a\s+new\s+(?:high|record)\s+of)\s+$", re.I)


# (round 32) the base's own relative clause, closed by a comma before the part: "of the 1,240 patients who came in
# by ambulance at the city's two hospitals last month, 496 people,"
_RELATIVE_THEN_COMMA = re.compile(r"\s+(?:[\w'’-]+\s+){1,2}?(?:who|that|which)\s+[^;:.()\d,]*,\s*"
                                  r"(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?", re.I)


def _apposed_past_relative(doc: Document, base: Mention, following: list[Mention]) -> Mention | None:
    """The part set beside the base past a relative clause of the base's own longer than ``_apposed`` allows, the
    part a count of the base's kind with a noun that closes its clause: "A quarter of the 1,240 patients who arrived
    by ambulance at the emergency department last month, 496 people, waited ..." (round 32)."""
    if not following:
        return None
    cand = following[0]
    gap = doc.text[base.end:cand.start]
    if not _RELATIVE_THEN_COMMA.fullmatch(gap) or len(words(gap)) > MAX_TOTAL_GAP_WORDS or _CLAUSE.search(gap) \
            or cand.kind != base.kind or not cand.noun or not _closed_after(doc.text, _noun_end(cand)):
        return None
    return cand


def _apposed_at(doc: Document, pos: int, following: list[Mention]) -> Mention | None:
    if not following:
        return None
    cand = following[0]
    gap, totals = _TOTAL_OF.subn(r"\1", doc.text[pos:cand.start])  # ", a total of 584": the part set apart all the same
    if totals and not _closed_after(doc.text, _noun_end(cand)):
        return None  # ", a record 90 from overseas,": a group of them
    if not _APPOSITION.match(gap):
        return None
    if len(words(gap)) > MAX_GAP_WORDS and not (_BRACKETED.match(doc.text, cand.end) and _one_clause(gap)
                                                 and gap.rstrip()[-1:] in "(–—-"):
        return None  # a longer clause only before a part in brackets or dashes: "... last year (38)"
    if _BAD_LINK.search(gap) and not _PUNCT_OR.search(gap) or _CLAUSE.search(gap) and not _PAIRED_NOUN.match(gap):
        return None
    return cand


def _one_of_a_phrase(doc: Document, m: Mention) -> bool:
    """(round 28) "one" after a preposition or "just"/"only" counts one thing per item ("given to just one
    baby", "in only one ward"), no part of a whole."""
    return m.text.strip().lower() == "one" and bool(
        re.search(r"\b(?:to|in|on|at|for|by|with|from|just|only|than)\s+(?:just\s+|only\s+)?$",
                  doc.text[max(0, m.start - 20):m.start], re.I))


# (round 61) a bare share's verb and a few words (no digit; a number word such as "at any one time" may stand), then
# ", or" and the part: "About 9% are on display at any one time, or roughly 1,900 objects"
_BARE_SHARE_OR = re.compile(r"\s+(?:are|were|is|was|have|had|has)\s+[^,;:.()\d%]{1,60},\s*or\s+", re.I)
# the part's own noun, a word or two, closing the sentence or clause: "roughly 1,900 objects."
_PART_NOUN_CLOSES = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}\s*(?:[.;)]|$)", re.I)


def _referenced(doc: Document, share: Mention, before: list[Mention], after: list[Mention],
                prev: list[Mention]) -> ShareOf | None:
    """The shapes where the whole is named away from the share: "610 people,
    or two-thirds of the 1,350"; "72 people, of whom a fifth - 30 -"; "a fifth
    of them, 30,"; "Of those, 30 - a fifth -"; "45 of the 60 ..., half of the
    total".  A share with a whole of its own ("12% of stocks") is left alone."""
    text = doc.text
    sent = doc.sentences[share.sentence]
    tail = text[share.end:sent.end]
    if len(before) >= 2 and _one_of_a_phrase(doc, before[-1]):
        before = before[:-1]  # (round 28) "3,227 were given to just one baby, more than half of the total"
    beside = bool(before) and _beside(doc, before[-1], share)
    # PART, SHARE of the BASE  /  PART (SHARE) of the BASE  /  PART of NOUN in PERIOD, SHARE of the BASE
    if (beside or before and _beside_of(doc, before[-1], share)) and after:
        gap = text[share.end:after[0].start]
        if (_OF_BASE.match(gap) or _CLOSE_OF_BASE.match(gap)) \
                and _plausible(before[-1], after[0]) \
                and not _old_level(doc, before[-1]):
            return ShareOf(link="explicit", cue="of", share=share, part=before[-1], base=after[0])
    # A survey of BASE NOUN found PART, or SHARE  /  ... found SHARE - PART
    rel = _survey(doc, share, before, after)
    if rel is not None:
        return rel
    # PART of those who VERBed, or SHARE  /  SHARE of those who VERBed - PART  /  Of those who VERBed, PART - SHARE
    rel = _those_who(doc, share, before, after, prev)
    if rel is not None:
        return rel
    # BASE NOUN ..., PART of whom - SHARE  /  PART of them - SHARE: the part hangs on the whole before it
    rel = _relative_part(doc, share, before, prev) or _bracketed_relative(doc, share, before, prev) \
        or _rate_of_those(doc, share, before, prev) \
        or _relative_clause_part(doc, share, before)
    if rel is not None:
        return rel
    # (round 61) SHARE VERB ..., or PART, opening its sentence (or the clause after a colon): the whole is the one
    # count of the sentence before (of the sentence's opening clause)
    opens = not before and not text[sent.start:share.start].strip(" \"'‘“")
    earlier = [m for m in doc.mentions_in(share.sentence) if m.end <= share.start]
    after_colon = bool(earlier) and re.search(r":\s*$", text[earlier[-1].end:share.start]) is not None
    told = _BARE_SHARE_OR.match(text, share.end, sent.end) if (opens and prev or after_colon) else None
    part = next((m for m in after if m.start == told.end()), None) if told is not None else None
    if part is not None and _PART_NOUN_CLOSES.match(text, part.end, sent.end):
        wholes = [w for w in (earlier if after_colon else prev) if w.kind == part.kind and w.kind in COUNT_KINDS]
        found = _nearest_whole(doc, share, part, wholes, "of them") if len(wholes) == 1 else None
        if found is not None:
            return replace(found, link="inferred", cue="a bare share, its part set apart")
    # SHARE of them, PART: the whole is a count named before
    ref = _OF_REF.match(tail[:30]) or _OF_AMOUNT_REF.match(tail[:30])
    if ref:
        part = _tight(doc, share.end + ref.end(), after) or _labelled_last(doc, share.end + ref.end(), after)
        if part is not None and ref.re is _OF_AMOUNT_REF and part.kind not in (Kind.MONEY, Kind.MEASURE):
            return None  # "half of it, 40 ...": "it" names an amount, not a count
        return _nearest_whole(doc, share, part, before or prev, "of them") if part else None
    # BASE NOUN, of which PART VERB ... [to PLACE], or SHARE [of the total] (round 13)
    if len(before) >= 2 and _linked(doc, before[-2], before[-1].start) and _plausible(before[-1], before[-2]) \
            and _clause_or(doc, before[-1], share):
        return ShareOf(link="explicit", cue="of which", share=share, part=before[-1], base=before[-2])
    # round 15: PART of the BASE ..., SHARE of the team's total (the pair in the sentence only)
    if len(before) >= 2 and not _OF_TOTAL.match(tail) and _OF_OWN_TOTAL.match(tail):
        a, b = before[-2], before[-1]
        gap = text[b.end:share.start]
        if _OF_BASE.match(text[a.end:b.start]) and _APPOSITION.match(gap) and not _BAD_LINK.search(gap) \
                and len(words(gap)) <= MAX_TOTAL_GAP_WORDS and _plausible(a, b):
            return ShareOf(link="explicit", cue="of the total", share=share, part=a, base=b)
        return None
    # round 22: SUBJECT NOUN made up SHARE of the total, at PART
    if not before and after:
        rel = _share_of_total_at_part(doc, share, after[0])
        if rel is not None:
            return rel
    # PART of the BASE ..., SHARE of the total
    if before and _OF_TOTAL.match(tail):
        a, b = before[-2] if len(before) >= 2 else before[-1], before[-1]
        gap = text[b.end:share.start]
        if a is not b and _OF_BASE.match(text[a.end:b.start]) and _APPOSITION.match(gap) and not _BAD_LINK.search(gap) \
                and len(words(gap)) <= MAX_TOTAL_GAP_WORDS and _plausible(a, b):
            return ShareOf(link="explicit", cue="of the total", share=share, part=a, base=b)
        if beside or _apart_states_share(doc, before[-1], share) \
                or _states_share(text[before[-1].end:share.start]) and not before[:-1] \
                or _included_label(doc, before, share):
            # "6,500 trees included 640 oaks, about a tenth of the total"; "Visitors from Germany, at 600,000,
            # made up 25% of the total" (round 11)
            return _nearest_whole(doc, share, before[-1], before[:-1] or prev or _past_figureless(doc, share.sentence),
                                  "of the total") \
                or _unless_measure_agrees(doc, share, before, _total_named_earlier(doc, share, before[-1]))
        # round 15: "Of those, 2,370 went to families with children, about 38% of the total": the lead names the whole
        head = text[sent.start:before[-1].start]
        lead = (_OF_REF_LEAD.search(head) or _of_named_ref_lead(head)) if len(before) == 1 else None
        if lead and _part_clause(doc, before[-1], share, closed=False):
            _, wholes = _ref_lead(head, doc, prev)
            return _nearest_whole(doc, share, before[-1], wholes, "of the total")
        return None
    if re.match(r"\s*of\b", tail):
        return _of_those_whole_renamed(doc, share, before, prev)
    # BASE NOUN, of whom SHARE - PART  /  BASE NOUN, of whom PART - SHARE
    part = _tight(doc, share.end, after)
    if before and part is not None and _linked(doc, before[-1], share.start) and _plausible(part, before[-1]):
        return ShareOf(link="explicit", cue="of whom", share=share, part=part, base=before[-1])
    if beside and len(before) >= 2 and _linked(doc, before[-2], before[-1].start) \
            and _plausible(before[-1], before[-2]):
        return ShareOf(link="explicit", cue="of whom", share=share, part=before[-1], base=before[-2])
    # Of those, SHARE - PART  /  Of those, PART - SHARE
    lead = _of_ref_lead(text[sent.start:share.start]) or _of_named_ref_lead(text[sent.start:share.start])
    if lead and part is not None:
        cut = sent.start + lead.start()
        _, wholes = _ref_lead(text[sent.start:share.start], doc, [b for b in before if b.end <= cut] or prev)
        return _nearest_whole(doc, share, part, wholes, "of those")
    if beside or before and _part_clause(doc, before[-1], share):
        head = text[sent.start:before[-1].start]
        lead = _of_ref_lead(head) or _of_named_ref_lead(head)
        if lead:
            cut = sent.start + lead.start()
            if not beside and any(b.start >= cut for b in before[:-1]):
                return None  # the part's clause holds the first figure after "Of those" only
            _, wholes = _ref_lead(head, doc, [b for b in before[:-1] if b.end <= cut] or prev)
            return _nearest_whole(doc, share, before[-1], wholes, "of those")
    if beside and len(before) >= 2:
        return _of_those_joined_part(doc, share, before, prev)
    return None


# (round 27) between parts told one after the other in their clauses: "17,600 pay for their lunches and 13,700";
# a few words, then "and" or a comma, no stronger break
_JOINED_PARTS_GAP = re.compile(r"[^;:.()\d]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)


def _of_those_joined_part(doc: Document, share: Mention, before: list[Mention], prev: list[Mention]) -> ShareOf | None:
    """(round 27) "Of those, 17,600 pay for their lunches and 13,700, or 23%, receive free meals": the sentence
    opens on "Of those", its parts follow in joined clauses, and the share set beside the last one is of the whole
    of the sentence before (not of the part before it). Every figure before the share is a part of the part's kind.
    (mend) When the share also fits the last part cut from an earlier, larger one ("Of those, 8,000 were shortlisted
    and 2,000, or 25%, were hired": 2,000 of the 8,000), the clauses may tell a funnel, not disjoint parts: no reading."""
    text = doc.text
    sent = doc.sentences[share.sentence]
    part = before[-1]
    lead = _of_ref_lead(text[sent.start:before[0].start])
    if lead is None or any(b.kind != part.kind or b.unit != part.unit or b.is_range for b in before) \
            or not all(_JOINED_PARTS_GAP.match(text, a.end, b.start) for a, b in zip(before, before[1:])):
        return None
    if any(_plausible(part, b) and agrees(ShareOf(link="inferred", cue="of those", share=share, part=part, base=b))
           for b in before[:-1]):
        return None
    _, wholes = _ref_lead(text[sent.start:before[0].start], doc, prev)
    return _nearest_whole(doc, share, part, wholes, "of those")


def _part_clause(doc: Document, part: Mention, share: Mention, closed: bool = True) -> bool:
    """Round 14: "Of those, 146 were people aged over 75 - about 58 per cent.": the part's own short clause
    (a time or an age in it is no figure), then the share set apart, closing its clause (unless not ``closed``:
    "..., about 38% of the total")."""
    gap = _masked(doc, share.sentence, part.end, share.start)
    return bool(_APPOSITION.match(gap)) and len(words(gap)) <= MAX_GAP_WORDS and not _CLAUSE.search(gap) \
        and not (_BAD_LINK.search(gap) and not _PUNCT_OR.search(gap)) \
        and (not closed or bool(_CLOSED_AFTER.match(doc.text, share.end))) \
        and not _CHANGE_AFTER.match(doc.text[share.end:share.end + 40])


# round 17: "62 pupils, 40 of whom were boys - about two-thirds.": "of whom|of which", the part's own short
# clause, then the share closing the sentence
_OF_WHOM_CLAUSE = re.compile(r"\s+of\s+(?:whom|which)\s+(?=[a-z])", re.I)


def _relative_clause_part(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """Round 17: "The club has 62 pupils, 40 of whom were boys - about two-thirds.": a part hung by "of whom"
    on the whole just before it, the part's own short clause (no move, no second clause), then the share set
    apart and closing the sentence (as "Of those, PART VERB ... - SHARE")."""
    if len(before) < 2:
        return None
    base, part = before[-2], before[-1]
    ref = _OF_WHOM_CLAUSE.match(doc.text, part.end, share.start)
    if ref is None or not _part_clause(doc, part, share) \
            or set(words(doc.text[ref.end():share.start])) & (CHANGE_WORDS | {"than", "per", "each", "every"}):
        return None
    gap = doc.text[base.end:part.start]
    if _BEFORE_RELATIVE.match(gap) and len(words(gap)) <= MAX_GAP_WORDS and not _OF_WHOM_AFTER.search(gap) \
            and _plausible(part, base):
        return ShareOf(link="explicit", cue="of whom", share=share, part=part, base=base)
    return None  # not "40 of whom are boys and 22 of whom ...": the second part is not of the first


def _of_those_whole_renamed(doc: Document, share: Mention, before: list[Mention], prev: list[Mention]) -> ShareOf | None:
    """Round 17: "Of those, 430 had waited over a year, about a fifth of the list.": after "Of those", the
    part's own short clause, then the share naming the whole again in one word (the list, the group, the
    whole's own noun) instead of closing the sentence."""
    if len(before) != 1 or not _part_clause(doc, before[-1], share, closed=False):
        return None
    sent = doc.sentences[share.sentence]
    head = doc.text[sent.start:before[-1].start]
    still = _OF_THOSE_STILL_LEAD.search(head)
    if not (_of_ref_lead(head) or _of_named_ref_lead(head) or still):
        return None
    _, wholes = _ref_lead(head, doc, prev)
    if still:  # "Of those still waiting": the count before whose own sentence says they wait
        wholes = [w for w in wholes if _named_again(doc, still.group("word"), w)]
    rel = _nearest_whole(doc, share, before[-1], wholes, "of those")
    if rel is None or rel.base is None:
        return None
    if _whole_renamed(doc, rel.base, share):
        return rel
    # round 20: "Of those, 1,296 were born by caesarean section, or 36% of all births": "of all NOUN" closing the
    # clause names the whole "those" stands for (not a whole three times off the share)
    if not still and _OF_ALL_CLOSED.match(doc.text[share.end:share.end + 40]) \
            and not _far_beyond(ratio_interval(rel), share_interval(share)):
        return rel
    return None


# round 20: "Of those still waiting, 1,476 ...": "those" with what they still do, a word of the whole's own sentence
_OF_THOSE_STILL_LEAD = re.compile(r"(?:^|[,;:]\s*)(?:(?:and|but)\s+)?of\s+(?:those|these)\s+still\s+"
                                  r"(?P<word>[a-z][\w'’-]+)\s*,\s*$", re.I)


# "(of which 72 million tonnes) went to China, or (65%)": the part's own clause, then ", or" and the share
_CLAUSE_OR = re.compile(r"^[^;:.()\d%]*?(?:,|\s[-–—]+)\s*or\s+" + _EMPH + "$", re.I)


def _clause_or(doc: Document, part: Mention, share: Mention) -> bool:
    """The part's clause, one short clause with no move, then ", or SHARE" closing the sentence or "of the
    total": "of which 72 million tonnes went to China, or 75 per cent of the total"."""
    gap = doc.text[_noun_end(part):share.start]
    said = words(gap)
    tail = doc.text[share.end:share.end + 40]
    return bool(_CLAUSE_OR.match(gap)) and len(said) <= MAX_GAP_WORDS and not _CLAUSE.search(gap) \
        and not set(said) & (CHANGE_WORDS | {"than", "compared", "against", "versus", "per", "each", "every"}) \
        and not _CHANGE_AFTER.match(tail) and bool(_CLOSED_AFTER.match(tail) or _OF_TOTAL.match(tail))


# "128 of those who passed", "90 of those interviewed", "of the pupils who sat it": a whole named by what its
# members did; the whole is the figure the same verb follows
_DID = (r"(?:(?:who|that)\s+(?P<clause>[a-z][\w'’ -]{0,50}?)|(?P<participle>[a-z]+(?:ed|en|ing)))")
_THOSE = r"(?:of|among)\s+(?:those|the\s+ones|the\s+(?P<noun>[a-z]+))\s+" + _DID
_THOSE_WHO = re.compile(r"^\s*" + _THOSE + r"\s*" + _SEP + r"\s*(?:or\s+)?" + _EMPH + "$", re.I)
_THOSE_WHO_LEAD = re.compile(r"(?:^|[,;:]\s*|" + _DATELINE + r"|" + _REPORTED_THAT + r")(?:(?:and|but)\s+)?" + _THOSE + r"\s*,\s*" + _EMPH + "$", re.I)
_AUX_WORDS = frozenset("""who that were was had have has been be being are is did do does then also eventually actually
    later finally went on to go gone since subsequently""".split())
_GAPPED = re.compile(r"^[^;:.()]{0,60}?(?:\band\b|\bwhile\b|\bbut\b)\s*(?:[\w'’-]+\s+){0,3}$", re.I)
_NEGATION = frozenset("not never no failed fail didn't didn’t hadn't weren't wasn't".split())
_WINDOW_END = re.compile(r"[,;:.()–—]|\s-\s")


def _stem(w: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[:-len(suffix)]
    return w


def _same_verb(a: str, b: str) -> bool:
    a, b = _stem(a), _stem(b)
    return min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))


def _did_the_same(doc: Document, c: Mention, verb: str) -> bool:
    """The words after figure ``c`` (to the next figure or break) hold ``verb``: "512 passed"; in "512
    of the 640 candidates passed" the verb is the part's (512), not the whole's."""
    sent = doc.sentences[c.sentence]
    ms = doc.mentions_in(c.sentence)
    k = next((i for i, m in enumerate(ms) if m.start >= c.end), len(ms))
    if k < len(ms) and _OF_BASE.match(doc.text[_noun_end(c):ms[k].start]):
        c, k = ms[k], k + 1  # "512 of the 640 candidates passed": read on after the whole
    elif 0 < k - 1 < len(ms) and ms[k - 1] is c and _OF_BASE.match(doc.text[_noun_end(ms[k - 2]):c.start]):
        return False  # the whole of an "X of the Y" pair: what follows is said of X
    nxt = ms[k].start if k < len(ms) else sent.end
    window = _WINDOW_END.split(doc.text[c.end:min(nxt, sent.end)])[0]
    # "The school tested 640 pupils": the verb right before the figure
    lead = re.search(r"([a-z]+)\s+$", doc.text[max(sent.start, c.start - 25):c.start])
    said = words(window)[:6]
    # (round 25) "196,200 members were eligible to vote": what they might do, not what they did
    done = [w for k, w in enumerate(said) if not (k and said[k - 1] == "to")]
    return any(_same_verb(w, verb) for w in ([lead.group(1).lower()] if lead else []) + done)


# "and 82,600 did so", "only 300 did": the verb of the figure before, said again by "do"
_DID_SO = re.compile(r"\s+(?:of\s+them\s+)?(?:did|had|have|has)(?:\s+(?:so|done\s+so|too))?\s*(?:[,;.)]|$)", re.I)


def _did_so(doc: Document, c: Mention, verb: str, pool: list[Mention]) -> bool:
    """"196,200 members were eligible to vote and 82,600 did so": figure ``c`` did what a figure before it in its
    sentence was said to do, or might do (round 25)."""
    sent = doc.sentences[c.sentence]
    if _DID_SO.match(doc.text, c.end, sent.end) is None:
        return False
    return any(d.sentence == c.sentence and d.end <= c.start
               and any(_same_verb(w, verb) for w in words(doc.text[d.end:c.start])[:6]) for d in pool)


def _own_verb(doc: Document, c: Mention) -> bool:
    """A verb of its own after figure ``c`` ("300 passed"), not a gapped one ("and 300 this year")."""
    sent = doc.sentences[c.sentence]
    window = _WINDOW_END.split(doc.text[c.end:min(sent.end, c.end + 60)])[0]
    return any(w.endswith("ed") or w in _AUX_WORDS for w in words(window)[:4])


def _those_who(doc: Document, share: Mention, before: list[Mention], after: list[Mention],
               prev: list[Mention]) -> ShareOf | None:
    """"Of the 640 who sat the paper, 512 passed. Some 128 of those who passed,
    or 25%, earned a top grade": a whole named by what its members did is the
    figure that the same verb follows (here 512, not 640); when several do,
    any of them agreeing keeps it silent."""
    text = doc.text
    sent = doc.sentences[share.sentence]
    m = part = None
    if before:
        m = _THOSE_WHO.match(text[before[-1].end:share.start])
        part = before[-1] if m else None
    if m is None and after:
        m = _THOSE_WHO.match(text[share.end:after[0].start])
        part = after[0] if m else None
    if m is None:
        first = before[-1] if before and _beside(doc, before[-1], share) else share
        if first is share and not after:
            return None
        m = _THOSE_WHO_LEAD.search(text[sent.start:first.start])
        if m is None:
            return None
        part = first if first is not share else _tight(doc, share.end, after)
        if part is None:
            return None
    said = words(m.group("clause") or m.group("participle"))
    if set(said) & _NEGATION:
        return None
    verb = next((w for w in said if w not in _AUX_WORDS), None)
    if verb is None:
        return None
    pool = [c for c in reversed(before) if c.end <= min(part.start, share.start)] + list(reversed(prev))
    noun = (m.group("noun") or "").lower()  # "of the women who applied": not the men who did
    cands = [c for c in pool if c is not part and _plausible(part, c)
             and (_did_the_same(doc, c, verb) or _did_so(doc, c, verb, pool))
             and (not noun or not c.noun or c.noun.lower()[:5] == noun[:5] or _same_verb(c.noun.lower(), verb))]
    # "450 were interviewed last year and 300 this year": a figure gapped after one that did it did it too
    cands += [d for c in list(cands) for d in pool if d.sentence == c.sentence and d.start > c.end and d is not part
              and d not in cands and _plausible(part, d) and _GAPPED.match(doc.text[c.end:d.start])
              and not _own_verb(doc, d)]
    if not cands:
        return None
    link = "explicit" if len(cands) == 1 else "inferred"
    rels = [ShareOf(link=link, cue="of those who", share=share, part=part, base=c) for c in cands]
    return next((r for r in rels if agrees(r)), rels[0])


# round 16: the people asked named by how they took part: "a survey completed by 300 tenants", "a poll
# answered by 900 members", "a survey among 1,200 farmers" (as "of": the whole is who answered)
_ANSWERED_BY = r"(?:of|among|(?:completed|answered|returned|filled\s+(?:in|out)|taken)\s+by)"
# "a survey of 1,200 adults", "a poll of some 900 voters": the people asked are the whole
_SURVEY_OF = re.compile(r"\b(?:survey|poll|study|census|audit|review|analysis|sample|test|tests|check|checks|"
                        r"inspection|inspections|questionnaire)\s+" + _ANSWERED_BY + r"\s+(?:(?:the|its|their|some|about|around|nearly|almost|"
                        r"more\s+than|over)\s+)?$", re.I)
# (round 56: up to eight words of who was asked, "of 1,800 pupils starting secondary school in Ayr found that")
_FOUND = re.compile(r"^\s*(?:[\w'’-]+\s+){0,8}?(?:found|finds|find|showed|shows|show|revealed|reveals|suggested|"
                    r"suggests|indicated|indicates)\s+(?:that\s+)?" + _EMPH + "$", re.I)


# "found 434 had faced a rise - nine in ten of those who took part": what the part did, then its share
_PART_CLAUSE = re.compile(r"^((?:\s+[\w'’-]+){1,12}?)\s*(?:,|\s[-–—]+|[–—(])\s*(?:or\s+)?" + _EMPH + "$", re.I)
# the share closes its clause, or names the people asked as its whole
ASKED_IN_A_POLL = r"(?:questioned|polled|surveyed|asked|interviewed)"  # "those questioned", "people polled"
_OF_THOSE_ASKED = re.compile(r"\s*(?:[.;,)!?]|\s[-–—]|[–—]|$|of\s+(?:all\s+)?(?:those|them|the\s+[\w-]+|[\w-]+)\s+"
                             r"(?:who\s+(?:took\s+part|responded|replied|answered|were\s+" + ASKED_IN_A_POLL + r")|"
                             + ASKED_IN_A_POLL + r"|responding|taking\s+part)\b|of\s+(?:all\s+)?respondents\b)", re.I)


def _after_clause(doc: Document, part: Mention, share: Mention) -> bool:
    """"(found) 434 had faced a rent rise in the past year - nine in ten of
    those who took part": the part's clause, a separator, and the share of
    those asked (or closing its clause)."""
    m = _PART_CLAUSE.match(doc.text[part.end:share.start])
    return bool(m) and not set(words(m.group(1))) & (_LINK_WORDS - {"in", "on", "at", "for", "of", "by", "to"}
                                                     | {"but", "while", "whereas", "than"}) \
        and not re.search(r"\b(?:and|but)\s+\w+\s+\w", m.group(1)) and bool(_OF_THOSE_ASKED.match(doc.text, share.end))


def _survey(doc: Document, share: Mention, before: list[Mention], after: list[Mention]) -> ShareOf | None:
    """"A survey of 1,200 adults found 420, or a fifth, would move": the
    people asked are the whole; the share is set beside the part, before or
    after it."""
    text = doc.text
    sent = doc.sentences[share.sentence]
    if _CHANGE_AFTER.match(text[share.end:share.end + 40]):
        return None  # "found 420 would move, 30% more than in 2019"
    if len(before) >= 2 and (_beside(doc, before[-1], share) or _after_clause(doc, before[-1], share)):
        base, part = before[-2], before[-1]  # found PART, or SHARE  /  found PART had X - SHARE of those asked
    elif before and after and _tight(doc, share.end, after) is not None:  # found SHARE - PART
        base, part = before[-1], after[0]
        # round 16: "In a survey completed by 214 inmates, 65% - 139 - said ...": the survey as the lead
        led = _SURVEY_LEAD.search(text[sent.start:base.start]) and _SURVEY_LEAD_GAP.match(text[base.end:share.start])
        if not (_FOUND.match(text[base.end:share.start]) or led):
            return None
        return (ShareOf(link="explicit", cue="survey of", share=share, part=part, base=base)
                if (led or _SURVEY_OF.search(text[sent.start:base.start])) and _plausible(part, base) else None)
    else:
        return None
    lead = text[sent.start:base.start]
    if not (_SURVEY_OF.search(lead) and _FOUND.match(text[base.end:part.start])
            or _SURVEY_LEAD.search(lead) and _SURVEY_LEAD_GAP.match(text[base.end:part.start])) \
            or not _plausible(part, base):
        return None
    return ShareOf(link="explicit", cue="survey of", share=share, part=part, base=base)


# "In a poll of 1,200 voters by Ipsos, 300 ...": the survey as the sentence's lead, then the part
_SURVEY_LEAD = re.compile(r"(?:^|" + _DATELINE + r")\W*(?:in|from)\s+(?:a|an|the|its|their|this|one|last\s+[a-z]+['’]s)\s+"
                          r"(?:[\w'’-]+\s+){0,2}?(?:survey|poll|study|census|audit|sample|ballot|questionnaire)\s+" + _ANSWERED_BY + r"\s+"
                          r"(?:(?:the|its|their|some|about|around|nearly|almost|more\s+than|over)\s+)?$", re.I)
_SURVEY_LEAD_GAP = re.compile(r"^(?:\s+(?!and\b|or\b|but\b|while\b)[\w'’-]+){0,6}?\s*,\s*" + _EMPH + "$", re.I)


# "93 of whom - 17.5% -", "318 of which (35%)", "93 of them, or 17.5%"
_RELATIVE_PART = re.compile(r"^\s*(?:of|among)\s+(whom|which|them|these|those|that|it)(?P<compl>(?:\s+(?:as\s+)?[a-z][\w'’-]*){0,3}?)"
                            # round 15: a time after the complement ("unsafe after the floods of 2021", "over the
                            # three days")
                            r"(?:\s+(?:after|over|during|in|since|last|this)\s+(?:the\s+)?(?:[\w'’-]+\s*){1,4}?)?\s*"
                            + _SEP + r"\s*(?:or\s+)?"
                            # ", a success rate of", ", an approval rate of", or ", a (33% success rate)"
                            r"(?:(?P<rate>(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:rate|share|proportion|percentage|ratio)"
                            r"\s+of\s+)|(?P<art>an?\s+))?"
                            + _EMPH + "$", re.I)
_NOT_COMPLEMENT = frozenset("were was are is had have has been being who which that".split())
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|while|whereas|although|though|because)\b", re.I)
# "owns 5,600 works but has room to show only 280 of them": "but" and a verb of the same subject
_SAME_SUBJECT = re.compile(r"\b(?:but|yet)\s+(?=(?:(?:only|just|also|still|now|so\s+far)\s+)?(?:has|have|had|can|could|"
                           r"will|would|may|might|is|are|was|were|does|did|do|must)\b)", re.I)
# "stopped 1,240 drivers during the campaign, 93 of whom": the whole, its noun and a comma
_BEFORE_RELATIVE = re.compile(r"^[^;.:]*?(?:[,;]\s*(?:and\s+)?|\s(?:and|but)\s+)" + _EMPH + "$", re.I)


# "312,000 (62%) of them from overseas", "93 - 7.5% - of whom": the share set between the part and its "of them"
_OPEN_BEFORE_SHARE = re.compile(r"^\s*(?:\(|\s[-–—]+|[–—])\s*" + _EMPH + "$", re.I)
_OF_REF_AFTER_SHARE = re.compile(r"^\s*(?:\)|[-–—]+)\s*(?:of|among)\s+(whom|which|them|these|those)\b"
                                 r"(?!\s*(?:,|and|or|\(|[-–—]))", re.I)


def _bracketed_relative(doc: Document, share: Mention, before: list[Mention], prev: list[Mention]) -> ShareOf | None:
    """"welcomed 1.2 million visitors, 312,000 (62%) of them from overseas":
    the share in brackets or dashes between the part and its "of them"; the
    whole is found as for "93 of whom - 7.5% -"."""
    if not before:
        return None
    text = doc.text
    part = before[-1]
    if not _OPEN_BEFORE_SHARE.match(text[part.end:share.start]):
        return None
    ref = _OF_REF_AFTER_SHARE.match(text[share.end:share.end + 30])
    if not ref or _CHANGE_AFTER.match(text[share.end:share.end + 40]):
        return None
    them = ref.group(1).lower() in ("them", "these", "those")
    if len(before) >= 2:
        base = before[-2]
        gap = text[base.end:part.start]
        if _BEFORE_RELATIVE.match(gap) and len(words(gap)) <= MAX_GAP_WORDS and _plausible(part, base):
            return ShareOf(link="explicit", cue="of whom", share=share, part=part, base=base)
        return None
    if them and prev:
        return _nearest_whole(doc, share, part, prev, "of them")
    return None


def _relative_part(doc: Document, share: Mention, before: list[Mention], prev: list[Mention]) -> ShareOf | None:
    """"Police stopped 1,240 drivers, 93 of whom - 7.5% - were over the limit":
    a part hung by "of whom", "of which" on the whole before it (in the
    sentence; "of them", "of those" may also reach the sentence before), the
    share set beside the part."""
    if not before:
        return None
    part = before[-1]
    ref = _RELATIVE_PART.match(doc.text[part.end:share.start])
    if not ref or _CHANGE_AFTER.match(doc.text[share.end:share.end + 40]) \
            or ref.group("art") and not _RATE_AFTER.match(doc.text[share.end:share.end + 40]):
        return None
    rel = _relative_whole(doc, share, before, prev, part, ref)
    # "funded 230 of them, a success rate of one in three": a rate read off the counts, inferred
    return _rate_sides(doc, replace(rel, link="inferred", cue="rate")) \
        if rel is not None and (ref.group("rate") or ref.group("art")) else rel


# round 18: "By March, 2,710 of those colonies had died or were too weak to survive, a loss rate of 17%": a part
# cut out of a whole named before ("of them", "of those NOUN"), a clause of what became of it, then its rate
_RATE_OF_THOSE = re.compile(r"^\s+of\s+(?:them|(?:those|these)(?:\s+(?P<noun>[a-z][\w'’-]*))?)\b"
                            r"(?P<clause>[^;:.,()\d%]{0,100}?),\s*(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?"
                            r"(?:rate|share|proportion|percentage)\s+of\s+" + _EMPH + "$", re.I)


_NOT_IN_RATE_CLAUSE = frozenset("than but while whereas although".split())


def _rate_of_those(doc: Document, share: Mention, before: list[Mention], prev: list[Mention]) -> ShareOf | None:
    """PART of them|those NOUN VERB ..., a RATE of SHARE: the share is the
    part's rate in the whole "them" or "those NOUN" names (the nearest count
    before that can hold it, of that noun when one is named).  Explicit when
    one whole fits."""
    if not before or share.kind is not Kind.PERCENT and share.kind is not Kind.FRACTION:
        return None
    part = before[-1]
    found = _RATE_OF_THOSE.match(doc.text[part.end:share.start])
    if not found or _CHANGE_AFTER.match(doc.text[share.end:share.end + 40]) \
            or set(words(found.group("clause"))) & (CHANGE_WORDS | _NOT_IN_RATE_CLAUSE):
        return None
    wholes = before[:-1] or prev
    noun = found.group("noun")
    if noun:
        wholes = [w for w in wholes if w.noun and categories.same_thing(w.noun.lower(), noun.lower())]
    return _nearest_whole(doc, share, part, wholes, "of them") if wholes else None


# an old level beside the whole: "286 students sat, up from 263 in 2023, and 214 of them ..." (round 19)
_OLD_LEVEL_OF_BASE = re.compile(r"(?:\b(?:up|down|rising|falling|rose|fell)\s+from|\bcompared\s+with|\bthan)\s+$", re.I)
_THEN_OLD_LEVEL = re.compile(r"^[^;:.()\d]{0,80}?,\s*(?:up|down|rising|falling|compared)\s+(?:from|with)\s+$", re.I)


def _whole_past_old_level(doc: Document, share: Mention, before: list[Mention], part: Mention) -> ShareOf | None:
    """"A total of 286 students sat exams, up from 263 in 2023, and 214 of them - about three in four -": "them"
    are the whole before the old level it is compared with, never the old level (round 19)."""
    if len(before) < 3:
        return None
    base, old = before[-3], before[-2]
    gap = doc.text[old.end:part.start]
    if _THEN_OLD_LEVEL.match(doc.text[base.end:old.start]) and _BEFORE_RELATIVE.match(gap) \
            and len(words(gap)) <= MAX_GAP_WORDS and _plausible(part, base):
        return ShareOf(link="explicit", cue="of whom", share=share, part=part, base=base)
    return None


def _relative_whole(doc: Document, share: Mention, before: list[Mention], prev: list[Mention], part: Mention,
                    ref: re.Match) -> ShareOf | None:
    # "rated 61 of them inadequate - almost half -": a short complement after "of them", no link word
    # ("388 of them in Marlbury - 24% of the total": a place, with the share closing or of the total)
    compl = ref.group("compl")
    place = re.match(r"\s+(?:in|at|from|across)\s+(?=[A-Z])", compl) and (
        _OF_TOTAL.match(doc.text[share.end:share.end + 40]) or _CLOSED_AFTER.match(doc.text, share.end))
    if place:
        compl = compl[place.end():]
    said = words(compl)
    if len(said) == 3 and said[1] == "to" and said[0] not in _LINK_WORDS:
        said = [said[0], said[2]]  # "found 3,420 of them unsafe to enter": an adjective and its infinitive (round 13)
    if set(said) & (_LINK_WORDS - {"as"} | CHANGE_WORDS | _NOT_COMPLEMENT):
        return None
    them = ref.group(1).lower() in ("them", "these", "those")
    if ref.group(1).lower() in _AMOUNT_REFS:
        if part.kind not in (Kind.MONEY, Kind.MEASURE):
            return None  # "of it", "of that" name an amount, not a count of things
        them = True
    if len(before) >= 2 and _OLD_LEVEL_OF_BASE.search(doc.text, max(0, before[-2].start - 20), before[-2].start):
        return _whole_past_old_level(doc, share, before, part)  # "286 students, up from 263 in 2023, and 214 of them"
    if len(before) >= 2:
        base = before[-2]
        gap = doc.text[base.end:part.start]
        if _BEFORE_RELATIVE.match(gap) and len(words(gap)) <= MAX_GAP_WORDS and _plausible(part, base) \
                and not (ref.group(1).lower() != "which" and _count_of_amount(part, base)):
            return ShareOf(link="explicit", cue="of whom", share=share, part=part, base=base)
        # "inspected 240 schools during the year and rated 61 of them ...": "them" names a count before
        if them and len(words(gap)) <= MAX_TOTAL_GAP_WORDS and not _CLAUSE_BREAK.search(_SAME_SUBJECT.sub(" ", gap)):
            return _nearest_whole(doc, share, part, before[:-1], "of them")
        return None
    if them and prev:
        return _nearest_whole(doc, share, part, prev, "of them")
    return None


# ", meaning just", ", which means that", ", so only", ", leaving": the share follows from the counts
_SO = (r"(?:meaning|which\s+means|which\s+meant|that\s+means|this\s+means|so|so\s+that|that\s+is|i\.e\.|"
       r"in\s+other\s+words|leaving|giving|implying|equivalent\s+to|representing|"
       r"which\s+(?:is|was)|making\s+up|equal\s+to|amounting\s+to|which\s+(?:amounts|amounted)\s+to|"
       # "a pass rate of", "a success rate of", "a turnout of", "a share of", "giving a punctuality rate of"
       r"(?:(?:giving|with|for)\s+)?(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:rate|share|proportion|percentage|ratio"
       r"|turnout|accuracy|success|occupancy|uptake|completion|conversion|vote)\s+of)")
_CONSEQUENCE = re.compile(r"^[^;.:()]*?(?:,|\s[-–—]+|[–—])\s*" + _SO + r"\s+(?:that\s+)?((?:[a-z’'-]+\s+){0,3})$",
                          re.I)
# "converting 48 of her 52 attempts for an accuracy of 92 per cent", "..., giving a hit rate of": a rate named
# by "for" or "giving" without a comma, or by a noun of a ratio (accuracy, success, occupancy) (round 11)
_RATE_NOUNS = r"(?:rate|ratio|accuracy|success|occupancy|uptake|completion|conversion)"
_FOR_RATE = re.compile(r"^[^;.:()]*?(?:\s|,\s*)(?:for|giving|with)\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?" + _RATE_NOUNS
                       + r"\s+of\s+((?:[a-z’'-]+\s+){0,3})$", re.I)
# "won 14 of its 20 games, a 70% win rate": the share inside its rate's noun phrase
_RATE_BEFORE = re.compile(r"^[^;.:()]*?(?:,|\s[-–—]+|[–—]|\s(?:for|giving))\s*(?:a|an|the)\s+(" + _EMPH + ")$", re.I)
_RATE_AFTER = re.compile(r"^[\s-]+(?:[a-z]+\s+){0,2}?(?:rate|share|turnout|proportion|vote|percentage)\b", re.I)
# "830 voted to strike, a yes vote of 72%": a vote's share only after a side taken ("830 voted, a yes vote of
# 72%" is a share of those voting, not of those balloted) (round 13)
_VOTE_NAMED = re.compile(r"\bvote\s+of\s+$|^[\s-]+(?:[a-z]+\s+){0,2}?vote\b", re.I)
_SIDE_TAKEN = re.compile(r"\b(?:vot\w*\s+(?:to|for|in\s+favou?r|yes|no|against)|backed|supported|approved|accepted|"
                         r"endorsed|rejected|opposed|said\s+(?:yes|no))\b", re.I)
_CONSEQUENCE_LEAD = re.compile(r"^\s*(?:that|this|which)\s+(?:means|meant)\s+(?:that\s+)?((?:[a-z’'-]+\s+){0,3})$|"
                               r"^\s*(?:in\s+other\s+words|put\s+another\s+way|that\s+is),\s*((?:[a-z’'-]+\s+){0,3})$|"
                               # "That is about half.", "This represents 25%", "That equates to a third"
                               r"^\s*(?:that|this)(?:['’]s|\s+is|\s+was|\s+represents|\s+represented|\s+equates\s+to|"
                               r"\s+equated\s+to|\s+amounts\s+to|\s+amounted\s+to|\s+works\s+out\s+(?:at|to)|"
                               r"\s+comes\s+to|\s+came\s+to)\s+((?:[a-z’'-]+\s+){0,3})$",
                               re.I)
# the only words between the connector and the share: the share is the subject ("meaning just 55% were
# seen"), not a figure of another measure ("meaning the ground was 60% full", "so growth was 5%")
_HEDGE_WORDS = frozenset("""just only about around some nearly almost roughly barely a mere that fewer less
    more than over under well still approximately close to precisely exactly slightly not quite""".split())
# "meaning 55% more": a change, not a share
_CHANGE_AFTER = re.compile(r"^\s*(?:more|fewer|less|higher|lower|up|down|rise|increase|decrease|drop|fall|jump|gain|"
                           r"growth|a\s+year|annually|per\s+annum|above|below|"
                           # "60% on the last meeting", "up 5% on the year": against another time
                           r"on\s+(?:the\s+)?(?:last|previous|prior|same|year|month|week|quarter|day))\b", re.I)


# "meaning foreign visitors made up": the subject and a verb stating a share, before "SHARE of the total"
_SUBJECT_STATES = re.compile(r"^[^;.:()]*?(?:,|\s[-–—]+|[–—])\s*(?:meaning|which\s+means|so)\s+(?:that\s+)?"
                             r"(?:[a-z'’-]+\s+){1,3}?(?:made\s+up|make\s+up|accounted\s+for|account\s+for|were|was|"
                             r"represented|comprised)\s+(?P<hedge>(?:[a-z]+\s+){0,3})$", re.I)


# "£4.7bn in prizes from ticket sales of £8.1bn", "£2.1m out of an income of £8.4m": the part taken from a
# whole named by its noun, then its amount (round 11)
_FROM_WHOLE = re.compile(r"^(?:\s+[\w'’-]+){0,4}?\s+(?:from|out\s+of)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
                         r"(?:total\s+)?(?:[a-z][\w'’-]*\s+){0,2}?[a-z]+\s+of\s+$", re.I)


def _from_whole(doc: Document, a: Mention, b: Mention) -> bool:
    """"spent £2.1m on fundraising from an income of £8.4m": the part taken from a whole named by its noun
    (not after a move: "rose to £2.1m from revenue of ...")."""
    gap = doc.text[_noun_end(a):b.start]
    return bool(_FROM_WHOLE.match(gap)) and not set(words(gap)) & CHANGE_WORDS \
        and not _CLAUSE_PART_MOVE.search(doc.text[doc.sentences[a.sentence].start:a.start])


# (round 59) outcomes of a race or a test told of the part and of the share, one each way
_MADE_IT = re.compile(r"\b(?:reached|crossed|finished|completed|passed|survived|made\s+it|qualified)\b", re.I)
_FELL_OUT = re.compile(r"\b(?:retired|failed|dropped\s+out|withdrew|pulled\s+out|abandoned|did\s+not\s+(?:finish|make|"
                       r"pass|complete)|didn['’]t\s+(?:finish|make|pass|complete))\b", re.I)


def _opposite_outcomes(doc: Document, part: Mention, share: Mention) -> bool:
    """(round 59) The part's clause tells one outcome and the share's the other: "Only 27 of the 46 boats ...
    reached the finish line, meaning more than half of the fleet retired"."""
    between = doc.text[part.end:share.start]
    after = doc.text[share.end:min(doc.sentences[share.sentence].end, share.end + 60)]
    return bool(_MADE_IT.search(between) and _FELL_OUT.search(after) and not _FELL_OUT.search(between)
                or _FELL_OUT.search(between) and _MADE_IT.search(after) and not _MADE_IT.search(between))


# (round 59) a whole named by what gathers its things: "18 of the 48 boats ..., meaning three-quarters of the fleet"
_GATHERED_WHOLES = frozenset("fleet field group squad class cohort intake sample herd flock crew whole".split())


def _consequence(doc: Document, share: Mention, before: list[Mention], prev: list[Mention]) -> ShareOf | None:
    """"failed to see 3,410 of the 9,870 patients ..., meaning just 55% were
    seen in time": a share drawn from an "X of the Y" before it, in the same
    sentence or, opening on "That means", the one after.  The share may be of
    the X or of the rest of the Y (the negation decides, and is not parsed):
    the relation holds if either reading agrees, and is inferred (a warning)."""
    text = doc.text
    sent = doc.sentences[share.sentence]
    counts = [c for c in before if c.kind in COUNT_KINDS]
    if len(counts) >= 2:
        a, b = counts[-2], counts[-1]
        gap = text[b.end:share.start]
        link = (_FOR_RATE.match(gap) or _CONSEQUENCE.match(gap) or (_RATE_AFTER.match(text[share.end:share.end + 40])
                                             and _RATE_BEFORE.match(gap))
                or (_OF_TOTAL.match(text[share.end:share.end + 40]) and _SUBJECT_STATES.match(gap))) \
            if len(gap) < 250 else None
        if not link or len(words(gap)) > MAX_TOTAL_GAP_WORDS:
            return None
        if (_VOTE_NAMED.search(gap) or _VOTE_NAMED.match(text[share.end:share.end + 40])) and not _SIDE_TAKEN.search(gap):
            return None
    elif not before and prev:
        link = _CONSEQUENCE_LEAD.match(text[sent.start:share.start]) or _rate_lead(doc, share, prev)
        counts = [c for c in prev if c.kind in COUNT_KINDS]
        if len(counts) < 2 or not link:
            return None
        a, b = counts[-2], counts[-1]
        if re.search(r"[;:]", text[b.end:doc.sentences[b.sentence].end]):
            return None
    else:
        return None
    said = link.group("hedge") if "hedge" in link.re.groupindex else "".join(g for g in link.groups() if g)
    if set(words(said or "")) - _HEDGE_WORDS \
            or _CHANGE_AFTER.match(text[share.end:share.end + 40]):
        return None
    if a.kind != b.kind:
        return None
    if _OF_BASE.match(text[_noun_end(a):b.start]) and _plausible(a, b):
        pass  # "missed 1,820 of the 6,400 deadlines, ..."
    elif _OF_REF.match(text[_noun_end(b):_noun_end(b) + 20]) and _BEFORE_RELATIVE.match(text[_noun_end(a):b.start]) \
            and _plausible(b, a):
        a, b = b, a  # "welcomed 412,000 visitors, 96,000 of them from abroad, meaning ..."
    elif _OF_REF.match(text[_noun_end(b):_noun_end(b) + 20]) and _plausible(b, a) \
            and len(words(text[_noun_end(a):b.start])) <= MAX_TOTAL_GAP_WORDS \
            and not _CLAUSE_BREAK.search(_SAME_SUBJECT.sub(" ", text[_noun_end(a):b.start])) \
            and not re.search(r"[,;:()]|\s[-–—]\s", text[_noun_end(a):b.start]):
        a, b = b, a  # "checked 240 bins and found the wrong items in 96 of them. That meant ..." (round 11)
    elif _FROM_WHOLE.match(text[_noun_end(a):b.start]) and _plausible(a, b) \
            and not set(words(text[_noun_end(a):b.start])) & CHANGE_WORDS \
            and not _CLAUSE_PART_MOVE.search(text[doc.sentences[a.sentence].start:a.start]):
        pass  # "paid out £4.7bn in prizes from ticket sales of £8.1bn, equivalent to ..." (round 11)
    elif _OF_LEAD.search(text[doc.sentences[a.sentence].start:a.start]) and _lead_part(doc, a, b, share) \
            and _plausible(b, a):
        a, b = b, a  # "Of the 820 pupils who sat, 574 passed, ..."
    else:
        return None
    own = re.match(r"\s*of\s+(?:(?:the|all|all\s+the)\s+)?([a-z’'-]+)", text[share.end:share.end + 60], re.I)
    if own and own.group(1).lower() not in ("them", "those", "total", "these", (b.noun or "").lower()) \
            and own.group(1).lower() not in _GATHERED_WHOLES:
        return None  # "meaning 55% of nurses ...": a whole of its own (round 59: not "of the fleet", the boats')
    # another "X of the Y" pair before this one: which the share speaks of is unclear
    pairs = [c for c in (prev if a.sentence != share.sentence else before) if c.end <= min(a.start, b.start)]
    if any(_OF_BASE.match(text[c.end:d.start]) for c, d in zip(pairs, pairs[1:])):
        return None
    rel = ShareOf(link="inferred", cue="so", share=share, part=a, base=b, either=True)
    if _opposite_outcomes(doc, a, share):
        rel = replace(rel, either=False, of_rest=True)  # (round 59) "27 ... reached the finish line, meaning more
        # than half of the fleet retired": the share is of those who did not
    if _turnout_of_those_voting(doc, rel):
        return replace(rel, either=False)
    return _rate_sides(doc, rel) if "rate" in text[a.end:share.start] or _RATE_WORD_AFTER.match(text, share.end) else rel


# (round 40) "a turnout of 60 per cent" right before the share, or "a 60% turnout"
_TURNOUT_NAMED = re.compile(r"\bturnout\s+(?:of|was|at|stood\s+at|reached)\s+(?:just\s+|only\s+|about\s+|around\s+|some\s+)?$",
                            re.I)
_NOT_VOTING = re.compile(r"\b(?:not|no|never|n't|stayed|abstain\w*|spoil\w*|away|home|boycott\w*|failed)\b", re.I)


def _turnout_of_those_voting(doc: Document, rel: ShareOf) -> bool:
    """(round 40) "52,000 of the 130,000 eligible voters cast ballots, a turnout of 60 per cent": a turnout is the
    share of those who voted, the part told by its verb -- never the rest (not when the part stayed away)."""
    text = doc.text
    share = rel.share
    named = _TURNOUT_NAMED.search(text, max(0, share.start - 40), share.start) or _TURNOUT_AFTER.match(text, share.end)
    return bool(named) and not _NOT_VOTING.search(text, rel.part.start, share.start)


# round 16: "Of those,", "Of those on the list,", "Among those on its books,": the sentence opens on the members
# of a whole named before, perhaps placed by a short phrase
_THOSE_PLACED_LEAD = re.compile(r"^\W*(?:(?:and|but)\s+)?(?:of|among)\s+(?:those|them|these)(?P<placed>\s+(?:on|in|at|under|with)\s+"
                                r"(?:the|its|their|this|that|our|his|her)\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*)?\s*,\s*$",
                                re.I)
# "meaning 62% of patients", "so 62% of those waiting": the share's own noun after "of"
_SO_SHARE_NOUN = re.compile(r"\s*of\s+(?:(?:the|all|all\s+the)\s+)?([a-z][\w'’-]+)", re.I)
THOSE_SO_SENTENCES = 3  # how far back the whole named by the share's noun may stand


def _of_those_so(doc: Document, share: Mention, before: list[Mention], prev: list[Mention]) -> ShareOf | None:
    """Round 16: "Of those on the list, 38,200 had waited under 18 weeks, meaning 62.2% of patients were seen
    in time": the part opens its sentence after a lead naming the members of a whole told before, then the
    share follows from it.  The whole is a count of a sentence up to three back (no headline) that names the
    share's noun again ("The number of patients waiting ... fell to 61,400"); with no noun after the share,
    only a bare "Of those," takes the counts of the sentence before.  Either reading (the part or the rest)
    agreeing keeps it silent (inferred, like "meaning")."""
    text = doc.text
    sent = doc.sentences[share.sentence]
    counts = [c for c in before if c.kind in COUNT_KINDS]
    if len(counts) != 1 or any(b.kind in SHARE_KINDS for b in before):
        return None
    part = counts[0]
    lead = _THOSE_PLACED_LEAD.match(text[sent.start:part.start])
    if lead is None:
        return None
    gap = text[part.end:share.start]
    link = _CONSEQUENCE.match(gap) if len(gap) < 250 else None
    if not link or len(words(gap)) > MAX_TOTAL_GAP_WORDS or _CHANGE_AFTER.match(text[share.end:share.end + 40]) \
            or set(words("".join(g for g in link.groups() if g))) - _HEDGE_WORDS:
        return None
    own = _SO_SHARE_NOUN.match(text, share.end, min(sent.end, share.end + 60))
    if own is not None and own.group(1).lower() in ("them", "those", "these", "the", "all"):
        own = None
    if own is None:
        if lead.group("placed"):
            return None  # "Of those on the list, ..., meaning 62% were ...": which whole is unclear
        wholes = [w for w in prev if w.kind in COUNT_KINDS]
    else:
        noun = own.group(1).lower()
        wholes = []
        for k in range(sent.index - 1, max(-1, sent.index - 1 - THOSE_SO_SENTENCES), -1):
            other = doc.sentences[k]
            if other.headline or other.chrome:
                break
            stext = text[other.start:other.end].lower()
            ms = [w for w in doc.mentions_in(k) if w.kind in COUNT_KINDS and w.value is not None
                  and w.interval is not None and not w.is_range]
            if ms and (noun[:5] in {x[:5] for x in words(stext) if len(x) >= 4} or any(_names(w.noun, noun) for w in ms)):
                wholes = ms + wholes
    wholes = [w for w in wholes if w is not part and _plausible(part, w) and w.value > part.value
              and not _old_share_level(doc, w)
              and not re.search(r"\bfrom\s+$", text[max(0, w.start - 8):w.start], re.I)]
    if not wholes:
        return None
    rels = [ShareOf(link="inferred", cue="of those, so", share=share, part=part, base=w, either=True)
            for w in reversed(wholes)]
    return next((r for r in rels if agrees(r)), None) or rels[0]


# round 16: ", a charge rate of 8.8%", " - a conviction rate of": a rate set apart, named by one word
_NAMED_RATE_AFTER = re.compile(r"^[^;:()]*?(?:,|\s[-–—]+|[–—])\s*(?:giving\s+|for\s+|with\s+)?(?:a|an|the)\s+(?P<word>[a-z][a-z-]+)"
                               r"\s+rate\s+of\s+(?P<hedge>(?:[a-z]+\s+){0,3})$", re.I)
# "The force recorded 84,310 crimes", "received 3,200 applications": a whole of things taken in to be dealt with
_INTAKE_BEFORE = re.compile(r"\b(?:recorded|received|handled|processed|heard|logged|registered|lodged|filed|"
                            r"dealt\s+with|investigated|reviewed|assessed|considered)\s+(?:(?:a\s+total\s+of|some|about|"
                            r"around|nearly|almost|more\s+than|over|just|only)\s+)*$", re.I)
_INTAKE_AFTER = re.compile(r"^\s+(?:[a-z-]+\s+){0,2}?(?:were|was|had\s+been|have\s+been)\s+(?:recorded|received|handled|"
                           r"processed|heard|logged|registered|lodged|filed|reported)\b", re.I)
INTAKE_SENTENCES = 3  # how far back the whole taken in may stand


def _outcome_rate_of_intake(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """Round 16: "The force recorded 84,310 crimes ... . Suspects were charged in 7,420 cases, a charge rate
    of 8.8%": a rate named by the verb of its sentence's one count (charge, charged; conviction, convicted)
    is that count's share of a whole taken in before -- a count up to three sentences back told as recorded,
    received, handled, heard (not "made 1,200 arrests": a count of another step).  Either reading (the part
    or the rest) agreeing, or any such whole, keeps it silent (inferred)."""
    text = doc.text
    sent = doc.sentences[share.sentence]
    counts = [c for c in before if c.kind in COUNT_KINDS]
    if len(counts) != 1 or any(b.kind in SHARE_KINDS for b in before) or counts[0].kind != Kind.COUNT:
        return None
    part = counts[0]
    named = _NAMED_RATE_AFTER.match(text[part.end:share.start])
    if named is None or set(words(named.group("hedge"))) - _HEDGE_WORDS \
            or _OTHER_RATE.search(text, sent.start, sent.end) or _RATE_ELSEWHERE.match(text, share.end) \
            or _CHANGE_AFTER.match(text[share.end:share.end + 40]):
        return None
    rate = named.group("word").lower()
    clause = words(text[sent.start:part.end].lower())
    if len(rate) < 4 or not any(_same_verb(rate, w) for w in clause if len(w) >= 4):
        return None  # "Surgeons operated on 400, a success rate of 98%": the rate is of the operations
    wholes = []
    for k in range(sent.index - 1, max(-1, sent.index - 1 - INTAKE_SENTENCES), -1):
        other = doc.sentences[k]
        if other.headline or other.chrome:
            break
        for w in doc.mentions_in(k):
            if w.kind == Kind.COUNT and w.value is not None and w.interval is not None and not w.is_range \
                    and w.value > part.value and _plausible(part, w) \
                    and (_INTAKE_BEFORE.search(text, max(other.start, w.start - 40), w.start)
                         or _INTAKE_AFTER.match(text[_noun_end(w):other.end])):
                wholes.append(w)
    if not wholes:
        return None
    rels = [ShareOf(link="inferred", cue="a rate of the whole taken in", share=share, part=part, base=w, either=True)
            for w in wholes]
    return next((r for r in rels if agrees(r)), None) or rels[0]


# "130 were successful, a rejection rate of 20%": the part's verb and the rate's noun on one side of an
# outcome (success, pass, approval ...) or the other (rejection, failure, refusal ...)
_GRANTED = ("succe", "pass", "appro", "accep", "uphel", "grant", "admit", "survi", "compl")
_REFUSED = ("rejec", "refus", "fail", "decli", "turne", "dropp", "dismi", "denie", "deny")
_RATE_NOUN = re.compile(r"\b(?:a|an|the)\s+([a-z-]+)\s+(?:rate|ratio)\s+of\s+(?:[a-z]+\s+){0,2}$", re.I)
_ART_END = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_RATE_WORD_AFTER = re.compile(r"\s*(?:-\s*)?([a-z-]+)\s+(?:rate|ratio)\b", re.I)
# a rate named for hits (no verb of the other outcome before it): the part's share, not the rest's (round 12)
_HIT_RATES = frozenset("connect strike hit success conversion completion pass win save scoring".split())


def _side(ws: list[str]) -> int:
    granted = any(w.startswith(_GRANTED) for w in ws)
    refused = any(w.startswith(_REFUSED) for w in ws)
    return 0 if granted == refused else (1 if granted else -1)


def _rate_sides(doc: Document, rel: ShareOf) -> ShareOf:
    """"Of 650 applicants, 130 were successful, a rejection rate of 20%": a
    rate named for the outcome the part's verb has is the part's share; one
    named for the other outcome is the rest's.  Anything else (no such verb,
    a negation) keeps both readings."""
    text = doc.text
    if rel.base is None:
        return rel
    gap = text[min(rel.base.end, rel.part.end):rel.share.start]
    rate = _RATE_NOUN.search(gap)
    if rate:
        named, cut = rate.group(1).lower(), rate.start()
    else:  # "a 60% success rate": the rate's noun after the share (round 12)
        art, after = _ART_END.search(gap), _RATE_WORD_AFTER.match(text, rel.share.end)
        if not art or not after:
            return rel
        named, cut = after.group(1).lower(), art.start()
    if ";" in gap:
        return rel
    said = [w.lower() for w in words(gap[:cut])]
    inner = [m for m in doc.mentions_in(rel.share.sentence) if rel.base.end <= m.start < rel.share.start
             or rel.part.end <= m.start < rel.share.start]
    if set(said) & {"not", "no", "never", "nt", "without", "yet", "only"} or "n't" in gap or len(said) > 14:
        return rel
    verb = said + words(text[doc.sentences[rel.part.sentence].start:rel.part.start])[-4:]
    if named in _HIT_RATES and not _side(verb) and not any(w.startswith(_RATE_LOST) for w in verb) \
            and not set(verb) & {"not", "no", "never", "nt", "without"} and all(m is rel.part or m is rel.base for m in inner):
        return replace(rel, either=False, of_rest=False)  # "landed 212 of the 530 punches, a connect rate of 40%"
    lost = named in _HIT_RATES and any(w.startswith(_RATE_LOST) for w in verb)
    if any(m.start != rel.part.start for m in inner):
        return replace(rel, either=True) if lost else rel
    verb, noun = _side(said), _side([named])
    if not verb or not noun:
        # "318 of them missed, a connect rate of 40%": the rest's, maybe (round 12)
        return replace(rel, either=True) if lost else rel
    return replace(rel, either=False, of_rest=verb != noun)


# "a two-thirds majority", "a 60% majority": a share the part reaches at least
_MAJORITY_AFTER = re.compile(r"\s*(?:-\s*)?(?:super\s*)?majority\b", re.I)
# "won 41 of the 87 seats, giving Premier Lee a two-thirds majority"
_GIVES = re.compile(r"^[^;:()]*?(?:,|\s[-–—]+)\s*(?:giving|handing|securing|delivering|ensuring|enough\s+for|for|"
                    r"with|meaning|to\s+(?:secure|win|form|give|hold|keep|retain))\s+(?:[\w'’-]+\s+){0,4}?"
                    r"(?:a|an|its|their|his|her|the)\s+(?:clear\s+|comfortable\s+|narrow\s+|bare\s+)?$", re.I)
# "with no party near a two-thirds majority", "short of the majority needed": a threshold, not reached
_NOT_REACHED = re.compile(r"\b(?:no|not|none|short|shy|near|nearly|far|without|less|fewer|than|needed|need|needs|"
                          r"required|requires|require|lack\w*|miss\w*|fail\w*|lost|lose|loses|deny|denies|denied|"
                          r"deprive\w*|strip\w*|cost|costs)\b", re.I)
_NEEDED = re.compile(r"\s*(?:-\s*)?(?:super\s*)?majority\s+(?:[a-z]+\s+)?(?:needed|required|necessary|threshold|"
                     r"it\s+(?:needed|needs|required|requires|sought|wanted)|to\s+(?:pass|change|amend|override))\b", re.I)
# "secured a two-thirds majority, winning 41 of the 87 seats"
_MAJORITY_WITH = re.compile(r"^\s*(?:-\s*)?(?:super\s*)?majority\b[^;:()\d%]{0,40}?(?:,\s*|\s)(?:with|after\s+winning|by\s+"
                            r"winning|winning|taking|holding)\s+$", re.I)


def _majority(doc: Document, share: Mention, before: list[Mention], after: list[Mention]) -> ShareOf | None:
    """"The party won 41 of the 87 seats, giving it a two-thirds majority" (or
    "secured a two-thirds majority, winning 41 of the 87 seats"): a majority
    of that share needs at least that share of the whole."""
    text = doc.text
    if is_quantifier(share):
        return None
    if not _MAJORITY_AFTER.match(text, share.end):
        return _share_noun(doc, share, before)
    if len(before) >= 2:
        a, b = before[-2], before[-1]
        gap = text[b.end:share.start]
        if _OF_BASE.match(text[_noun_end(a):b.start]) and _plausible(a, b) and _GIVES.match(gap) \
                and len(words(gap)) <= MAX_TOTAL_GAP_WORDS and not _NOT_REACHED.search(gap) \
                and not _NEEDED.match(text, share.end):
            return ShareOf(link="explicit", cue="majority", share=share, part=a, base=b, at_least=True)
    if len(after) >= 2:
        a, b = after[0], after[1]
        if _MAJORITY_WITH.match(text[share.end:a.start]) and _OF_BASE.match(text[_noun_end(a):b.start]) \
                and _plausible(a, b):
            return ShareOf(link="explicit", cue="majority", share=share, part=a, base=b, at_least=True)
    return None


# "a one-third share of the chamber", "a 20% share": the share named as such, of the same whole
_SHARE_NOUN = re.compile(r"\s*(?:-\s*)?(?:share|slice|portion|proportion)\b(?:\s+of\s+(?:the\s+|its\s+|their\s+)?"
                         r"([a-z]+))?", re.I)
_WHOLE_WORDS = frozenset("chamber assembly house legislature parliament council board total seats places".split())


def _share_noun(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """"The Greens won 12 of the council's 60 seats, handing them a one-third
    share of the chamber": the share of the same whole (not "of the vote",
    another whole; not after "with", which may add another measure)."""
    text = doc.text
    m = _SHARE_NOUN.match(text, share.end)
    if not m or len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    whole = (m.group(1) or "").lower()
    if whole and whole not in _WHOLE_WORDS and whole[:5] != (b.noun or "").lower()[:5]:
        return None
    gap = text[b.end:share.start]
    if not (_OF_BASE.match(text[_noun_end(a):b.start]) and _plausible(a, b) and _GIVES.match(gap)) \
            or re.search(r"\bwith\b", gap, re.I) or len(words(gap)) > MAX_TOTAL_GAP_WORDS or _NOT_REACHED.search(gap):
        return None
    return ShareOf(link="explicit", cue="a share of", share=share, part=a, base=b)


# "Officials hailed the pass rate of 81.5%": a rate named by what the sentence before counted ("9,200 passed")
_RATE_LEAD = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+(?P<q>(?:[a-z-]+\s+){1,2}?)(?:rate|share|proportion|"
                        r"percentage|ratio)\s+(?:of|was|is|stood\s+at|came\s+to|reached|hit|at)\s+"
                        r"(?P<hedge>(?:[a-z]+\s+){0,3})$", re.I)
# "Turnout was 62%": the share of a vote counted in the sentence before
_TURNOUT_LEAD = re.compile(r"(?:\b(?:the|a|its|their)\s+)?\bturnout\s+(?:of|was|is|stood\s+at|came\s+to|reached|hit|at)\s+"
                           r"(?P<hedge>(?:[a-z]+\s+){0,3})$", re.I)
# another rate than this count's: "the national pass rate", "above last year's 70%"
_OTHER_RATE = re.compile(r"\b(?:than|compared|against|versus|national|nationally|average|overall|up\s+from|down\s+from|"
                         r"last\s+year|a\s+year\s+(?:earlier|ago|before)|previous|target|expected|forecast)\b", re.I)


# "the treatment rate of 10% among adults": a rate of another group
_RATE_ELSEWHERE = re.compile(r"\s+(?:among|across|for|elsewhere|outside|nationally|in\s+(?:other|the\s+rest|[A-Z]))", re.I)


def _rate_lead(doc: Document, share: Mention, prev: list[Mention]):
    """"Of the 12,600 candidates who sat, 9,200 passed. Officials hailed the
    pass rate of 73%": the next sentence names the rate by the verb of the
    count before it (pass rate, passed; vaccination rate, vaccinated), and
    holds no other figure; another rate ("the national pass rate", "than
    last year's") is left alone."""
    sent = doc.sentences[share.sentence]
    m = _RATE_LEAD.search(doc.text, sent.start, share.start) or _TURNOUT_LEAD.search(doc.text, sent.start, share.start)
    if not m or m.end() != share.start or _OTHER_RATE.search(doc.text, sent.start, sent.end) \
            or _RATE_ELSEWHERE.match(doc.text, share.end):
        return None
    if any(c.kind in COUNT_KINDS + SHARE_KINDS and c.start != share.start for c in doc.mentions_in(share.sentence)):
        return None
    said = {w[:4] for w in words(doc.sentence_text(prev[-1].sentence)) if len(w) >= 4}
    if m.re is _TURNOUT_LEAD:  # "Turnout was 62%" after "1.84 million of the 3.6 million voters cast a ballot"
        return m if said & {"vote", "voti", "ball", "poll"} else None
    qual = [w for w in words(m.group("q")) if w not in ("overall", "total")]
    return m if qual and all(w[:4] in said for w in qual) else None


def _own_whole(doc: Document, share: Mention) -> bool:
    """"around a quarter of the company's dancers": the share names a whole
    of its own (not "of the total", "of them")."""
    tail = doc.text[share.end:share.end + 60]
    return bool(re.match(r"\s*of\s+(?!them\b|those\b|these\b|whom\b|which\b)", tail, re.I)) \
        and not _OF_TOTAL.match(tail)


# "nine of the 60 seats, a quarter of the chamber,": the share's whole, one or two words, then a break
_WHOLE_NAMED = re.compile(r"^\s*of\s+(?:the|its|their|this|that|his|her|our)\s+[a-z-]+(?:\s+[a-z-]+)?\s*(?:[,;.)–—]|\s-\s|$)")
_BASE_NOUN_GAP = re.compile(r"^\s*[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s*" + _SEP + r"\s*(?:or\s+)?" + _EMPH + "$", re.I)


def _restates_whole(doc: Document, base: Mention, share: Mention) -> bool:
    """"Four of the 12 jurors, a quarter of the panel, ...": the share, set
    right after the base's noun, names the same whole in other words."""
    gap = doc.text[base.end:share.start]
    # (round 42) the base's place after its noun is no link: "132 of the 200 laps at Dunmore - three quarters of the race"
    unplaced = _AT_PLACE.sub(" ", gap)
    return bool(_BASE_NOUN_GAP.match(gap)) and not set(words(unplaced)) & (_LINK_WORDS - {"in", "on", "of"}) \
        and bool(_WHOLE_NAMED.match(doc.text[share.end:share.end + 40]))


_AT_PLACE = re.compile(r"\bat\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


# "- roughly two in five of the fleet.": the share closing the sentence names the whole again
_WHOLE_RENAMED = re.compile(r"\s*of\s+(?:the|its|their|his|her|our)\s+(?:(?!national|global|overall|entire|whole|wider|"
                            r"regional|local|world)[a-z-]+\s+)?([a-z-]+)"
                            r"(?:\s+(?:who|that)?\s*(?:he|she|they|it|we)\s+(?:has|have|had)\s+[a-z]+)?"
                            r"\s*(?:[.;)–—]|\s-\s|,|$)")
_WHOLE_RENAMINGS = _WHOLE_WORDS | frozenset("""fleet network field group workforce squad intake class cohort
    sample panel membership register list stock portfolio collection estate roll people men women ones order batch
    consignment shipment delivery haul timetable schedule""".split())  # (round 32) "18% of its timetable"


def _whole_renamed(doc: Document, base: Mention, share: Mention) -> bool:
    """"Only 18 of the 72 boats ... caught their quota - roughly two in five of the fleet": a share
    set at the end of the part's clause whose own whole is a word for the base as a whole (the
    fleet, the network, the field) or the base's own noun."""
    m = _WHOLE_RENAMED.match(doc.text, share.end, min(len(doc.text), share.end + 50))
    if m is None:
        return _whole_renamed_qualified(doc, base, share)
    noun = m.group(1).lower()
    return noun in _WHOLE_RENAMINGS or bool(base.noun) and categories.same_thing(base.noun, noun) \
        or _whole_renamed_qualified(doc, base, share)


# round 22: the same whole named with a day's possessive, as its two complementary halves, or with "there" after it:
# "110 of the 640 flights ..., one in four of the day's departures and arrivals", "740 of the 1,850 jobs at its
# plant, three in ten of the workforce there"
_WHOLE_RENAMED_QUALIFIED = re.compile(
    r"\s*of\s+(?:the|its|their|his|her|our)\s+(?:(?:day|night|week|weekend|month|year|season|morning|afternoon|evening"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s+)?([a-z-]+)(?:\s+and\s+([a-z-]+))?"
    r"(?:\s+(?:there|then))?\s*(?:[.;)–—]|\s-\s|,|$)", re.I)


def _whole_renamed_qualified(doc: Document, base: Mention, share: Mention) -> bool:
    """Round 22: ``_whole_renamed`` past a day's possessive, two complementary halves of the base's things, or a
    trailing "there"."""
    m = _WHOLE_RENAMED_QUALIFIED.match(doc.text, share.end, min(len(doc.text), share.end + 70))
    if m is None:
        return False
    noun, other = m.group(1).lower(), (m.group(2) or "").lower()
    if other:
        return bool(base.noun) and categories.complementary([noun, other]) \
            and categories.is_hyponym(base.noun, noun) and categories.is_hyponym(base.noun, other)
    return noun in _WHOLE_RENAMINGS or bool(base.noun) and categories.same_thing(base.noun, noun)


# "or 42 per cent of the field.": one noun, closing the sentence, naming the whole again; not a people or
# place of its own ("of the population", "of the country")
_WHOLE_AGAIN = re.compile(r"^\s*of\s+(?:the|its|their|this|that)\s+(?!(?:population|public|country|nation|"
                          r"region|county|city|state|world|market|economy|electorate|total|national|global|"
                          r"overall|entire|whole|wider|uk|us|eu)\b)[a-z-]+\s*(?:[.;!?]"
                          # (round 47) or before who told it: "or about 40 per cent of the land, the county board said."
                          r"|,\s+(?:[A-Za-z][\w'’-]*\s+){1,5}(?:said|says|reported|reports|estimated|estimates|found|"
                          r"showed|shows)\s*[.;!?])", re.I)


def _or_restates_whole(doc: Document, gap: str, share: Mention) -> bool:
    """"Only 38 of the 156 starters finished ..., or 42 per cent of the
    field.": after ", or" the share restates the part, naming its whole
    again in one word."""
    return bool(_PUNCT_OR.search(gap)) and bool(_WHOLE_AGAIN.match(doc.text[share.end:share.end + 40]))


def _tight(doc: Document, pos: int, following: list[Mention]) -> Mention | None:
    """The figure right after ``pos`` behind a comma, dash, bracket or colon
    only: "a fifth - 30 -", "half of them, about 4,500"."""
    if following and _TIGHT.match(doc.text[pos:following[0].start]):
        return following[0]
    return None


# "38% of them on routes to Spain - about 1.6 million people.": after "of them", a short label set off by a
# preposition, a comma or dash, then the part closing the sentence (round 12)
_LABEL_THEN_PART = re.compile(r"^\s+(?:[a-z][\w'’-]*\s+){0,6}[a-z][\w'’-]*\w\s*(?:,|[-–—]+)\s*(?:or\s+)?" + _EMPH + "$", re.I)
_PART_CLOSES = re.compile(r"^\s*(?:in\s+all|in\s+total|all\s+told|altogether|(?!(?:in|at|on|from|to|for|of|with|by"
                          r"|across|over|under|more|fewer|less|than|up|down)\b)(?:[a-z][\w'’-]*\s*){0,2})[.!?]?\s*$", re.I)


def _labelled_last(doc: Document, pos: int, following: list[Mention]) -> Mention | None:
    gap = doc.text[pos:following[0].start] if len(following) == 1 else ""
    if not _LABEL_THEN_PART.match(gap) or set(words(gap)) & (CHANGE_WORDS | {"than", "compared", "against", "versus"}):
        return None
    part = following[0]
    end = doc.sentences[part.sentence].end
    return part if _PART_CLOSES.match(doc.text[_noun_end(part):end]) else None


# "41mm of rain in July, only 14% of ...": the part's noun and its period before the share
# ("1,540 operations were cancelled in December, or 14% of ...": a passive verb of the part before its period)
# (round 12: an intransitive verb of the part, "11mm of rain fell in July at the Wisley gauge - 8% of the ...",
# and a place of up to three words)
_BESIDE_OF = re.compile(r"^\s*(?:of\s+(?:(?:its|their|the|his|her|our)\s+)?[a-z'’-]+\s*)?"
                        r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+[a-z]+(?:ed|en|t)\s*"
                        r"|(?:fell|came|arrived|landed|flowed|poured)\s+)?"
                        r"(?:(?:in|during|over|last|this|next|across|on|at|from|between)\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){0,2}[A-Za-z'’-]+|\d{4})"
                        r"(?:\s+(?:and|to)\s+(?:the\s+)?[A-Za-z'’-]+)?\s*){0,2}"
                        r"(?:,|\s[-–—]+|[–—(])\s*(?:or\s+|a\s+turnout\s+of\s+)?" + _EMPH + "$")  # (round 43: turnout)


# "1,540 planned operations (in December, 14% of ...)": a noun phrase the grammar did not read as the part's noun
_NOUN_WORDS = re.compile(r"^\s*((?:[a-z][a-z'’-]*\s+){1,3}?)(?=(?:of|in|during|over|last|this|across|on|at|from|between)\s|"
                         r"[a-z'’-]*\s*(?:,|\s[-–—]|[–—(]))", re.I)
_NOT_NOUN_WORDS = frozenset("more fewer less than per a an the".split())


def _beside_of(doc: Document, part: Mention, share: Mention) -> bool:
    """"41mm of rain in July, only 14%", "310 tonnes of grain last year, 61%":
    the part's own noun, its "of" complement and its period, then the share
    (a noun phrase of two words the grammar left unread is the part's noun:
    "1,540 planned operations in December, 14%")."""
    start = part.noun_span.end if part.noun_span and part.noun_span.start >= part.end else part.end
    # round 15: a time, a date or a span count in the gap is one plain word ("in the 12 months to April")
    spans = [m for m in doc.mentions_in(share.sentence) if start <= m.start and m.end <= share.start and _span_count(doc, m)]
    gap = _masked(doc, share.sentence, start, share.start, spans)
    if not (part.noun_span and part.noun_span.start >= part.end) and part.kind == Kind.COUNT and not part.noun:
        m = _NOUN_WORDS.match(gap)
        if m and not set(words(m.group(1))) & (_LINK_WORDS | CHANGE_WORDS | _NOT_NOUN_WORDS):
            gap = gap[m.end():]
    # "21.6 terawatt hours (TWh), or ...": the unit's abbreviation in brackets
    return bool(_BESIDE_OF.match(re.sub(r"^\s*\([A-Za-z]{1,6}\)", "", gap)))


def _beside(doc: Document, part: Mention, share: Mention) -> bool:
    """``share`` set right after ``part`` and its noun: "18,600 - nearly
    40%", "610 people, or two-thirds"."""
    m = _BESIDE.match(doc.text[part.end:share.start])
    return bool(m) and not (set(words(m.group(1))) & _LINK_WORDS)


def _linked(doc: Document, base: Mention, pos: int) -> bool:
    """"72 people after the match, of whom" runs from ``base`` to ``pos``."""
    gap = doc.text[base.end:pos]
    return bool(_LINK_AFTER_BASE.match(gap)) and len(words(gap)) <= MAX_GAP_WORDS


_LIST_GAP = re.compile(r"^\s*(?:[\w'’-]+\s*){0,2}?(?:,\s*(?:and\s+)?|and\s+)$", re.I)


def _listed_before(doc: Document, part: Mention, figures: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The figures listed right before ``part`` with it: "19 men, 16 women and 11"."""
    run: list[Mention] = []
    nxt = part
    for m in reversed([f for f in figures if f.sentence == part.sentence and f.end <= part.start]):
        if not _LIST_GAP.match(doc.text[m.end:nxt.start]):
            break
        run.insert(0, m)
        nxt = m
    return tuple(run)


# an old level: "up from 2.41 million last year" is what the whole was, not what it is
_OLD_LEVEL_BEFORE = re.compile(r"\b(?:up|down)\s+(?:by\s+)?(?:[\d.,]+\s*(?:%|per\s*cent)\s+)?from\s+$|"
                               r"\bcompared\s+with\s+$", re.I)  # "up 35% from 71 million" too (round 17)


# round 23: "The library lent 1.2 million items. Most of the growth was digital. E-books made up 400,000, or a
# third of the total": one sentence without figures between the total and the share's sentence
def _past_figureless(doc: Document, idx: int) -> list[Mention]:
    """The first count of the sentence two back when the one between holds no figure (neither a headline nor
    chrome), not set in a clause or period of its own: the whole a later "SHARE of the total" may name."""
    if idx < 2 or doc.mentions_in(idx - 1) or any(doc.sentences[i].headline or doc.sentences[i].chrome
                                                  for i in (idx - 1, idx - 2)):
        return []
    if doc.sentences[idx - 2].paragraph != doc.sentences[idx].paragraph:
        return []  # another paragraph's figure may be a detail or another scope's whole ("Spain was the biggest
        # source with 410,000, ..." / "In Eastgate, ... 38% of the total": not the borough's 28,940)
    counts = [m for m in doc.mentions_in(idx - 2) if m.kind in COUNT_KINDS and m.value is not None and not m.is_range]
    if not counts or _NOT_MAIN_WHOLE.search(doc.text, doc.sentences[idx - 2].start, counts[0].start):
        return []  # "beat last year's show, which sold 41,200 seats": another period's, in a clause of its own
    return counts[:1]


# the words before a whole that set it in a clause or period of its own ("last year's show, which sold 41,200")
_NOT_MAIN_WHOLE = re.compile(r"\b(?:which|who|whose|that|when|while|whereas|compared|"
                             r"last\s+(?:year|season|month|week)[’']s|previous|earlier|ago|before)\b", re.I)


def _unless_measure_agrees(doc: Document, share: Mention, before: list[Mention], rel: ShareOf | None) -> ShareOf | None:
    """(round 28) "Offshore wind took 4.9GW from nine projects, or 51% of the total" after "9.6GW was awarded across
    131 projects": the share may be of the measure before the count, and that reading agreeing, nothing is said."""
    if rel is None or agrees(rel) or len(before) < 2:
        return rel
    measure = before[-2]
    if measure.kind != Kind.MEASURE or not measure.unit:
        return rel
    totals = [m for m in doc.mentions_within(0, measure.sentence) if m.kind == measure.kind
              and m.unit == measure.unit and m.value and measure.value and m.value > measure.value]
    return None if any(agrees(ShareOf(link="inferred", cue="of the total", share=share, part=measure, base=t))
                       for t in totals) else rel


def _total_named_earlier(doc: Document, share: Mention, part: Mention) -> ShareOf | None:
    """"GP practices delivered 30.1 million appointments ... Some 19.3 million appointments, or 46% of the
    total, ...": no whole in the sentence or the one before, the total is the one earlier figure counting the
    part's own noun (inferred)."""
    if not part.noun:
        return None
    named = [m for m in doc.mentions_within(0, part.sentence) if m.end <= part.start and m.kind == part.kind
             and m.unit == part.unit and m.noun == part.noun and m.value and part.value and m.value > part.value
             and not doc.sentences[m.sentence].chrome]
    values = {m.value for m in named}
    if len(values) > 1:
        named = [m for m in named if not _compared_level(doc, m)]  # round 24: not "short of the record 2.05 million"
        values = {m.value for m in named}
    if len(values) != 1 or not _plausible(part, named[-1]):
        return None  # none, or several totals of that noun: which one?
    if _first_of_a_list(doc, named[-1]):
        return None  # "Europe ... with 612,000 sales, followed by China with 388,000, ...": one item, no total
    rel = ShareOf(link="inferred", cue="of the total", share=share, part=part, base=named[-1])
    if doc.sentences[named[-1].sentence].paragraph != doc.sentences[part.sentence].paragraph \
            and _far_beyond(ratio_interval(rel), share_interval(share)):
        return None  # "... 41,870 votes cast" / paragraphs on: "won Riverside with 1,318 votes, 41% of the
        # total" (3.1% of the far total): the total of a smaller whole the text leaves unstated (round 17)
    return rel


# round 24: a level another is measured against ("still 10% short of the record 2.05 million", "up from", "more
# than the 1.9 million of 2019"): the comparison's base, not the total a later "SHARE of the total" names
_COMPARED_BEFORE = re.compile(r"\b(?:than|from|below|above|against|compared\s+with|compared\s+to|short\s+of|ahead\s+of|"
                              r"behind|beat|beating|surpass\w*|exceed\w*)\s+(?:of\s+)?(?:(?:the|its|their|a|"
                              r"this|that|last\s+year's|previous|record|peak|high|low|all-time|pre-pandemic)\s+){0,3}"
                              r"(?:of\s+)?(?:(?:about|around|nearly|almost|some|roughly|just)\s+)?$", re.I)


def _compared_level(doc: Document, m: Mention) -> bool:
    return bool(_COMPARED_BEFORE.search(doc.text, max(doc.sentences[m.sentence].start, m.start - 50), m.start))


# round 22: "Overseas visitors made up almost exactly a quarter of the total, at 134,000": the share first, its
# subject's noun opening the sentence, the part set after "of the total"
_SUBJECT_STATES_SHARE = re.compile(r"^\W*(?:[A-Za-z][\w'’-]*\s+){0,2}?([a-z]{3,}s)\s+(?:made\s+up|make\s+up|"
                                   r"accounted\s+for|account\s+for|represented|represent|comprised|were|are)\s+"
                                   r"(?:(?:almost|nearly|roughly|about|around|some|just|only|exactly|precisely|"
                                   r"more\s+than|less\s+than|under|over)\s+)*$")
# round 24: when the part names its own noun, the subject need not be a plural noun ("Exports made up", "Over-75s")
_SUBJECT_STATES_SHARE_ANY = re.compile(_SUBJECT_STATES_SHARE.pattern.replace("([a-z]{3,}s)", "([A-Za-z][\\w'’-]+)", 1))
_TOTAL_THEN_PART = re.compile(r"\s*of\s+(?:the|their|its)\s+(?:total|whole)\s*,\s*(?:at|with|or|some|about|"
                              r"around|nearly|almost|roughly)?\s*$", re.I)


def _share_of_total_at_part(doc: Document, share: Mention, part: Mention) -> ShareOf | None:
    """Round 22: "NOUN made up SHARE of the total, at PART": the total is the one earlier figure counting the
    subject's noun (as ``_total_named_earlier``; inferred)."""
    if part.kind not in COUNT_KINDS or not _TOTAL_THEN_PART.match(doc.text, share.end, part.start):
        return None
    subject = (_SUBJECT_STATES_SHARE_ANY if part.noun else _SUBJECT_STATES_SHARE).match(
        doc.text[doc.sentences[share.sentence].start:share.start])
    if subject is None:
        return None
    # round 24: the part's own noun, when it has one, names what the total counts ("International travellers made
    # up 65% of the total, or 1,196,000 passengers")
    rel = _total_named_earlier(doc, share, part if part.noun else replace(part, noun=subject.group(1).lower()))
    return replace(rel, part=part) if rel is not None else None


def _first_of_a_list(doc: Document, w: Mention) -> bool:
    """Two or more figures of ``w``'s kind and unit follow it in its sentence and together outweigh it: ``w``
    is one item of a list, never the total of the others (round 17)."""
    later = [m for m in doc.mentions_in(w.sentence) if m.start >= w.end and m.kind == w.kind and m.unit == w.unit
             and m.value is not None and not m.is_range]
    return len(later) >= 2 and sum(m.value for m in later) > w.value


# round 17: "1,090 were positive, or 9% of all samples.": "of all NOUN" closing the clause names the whole by its noun
_OF_ALL_CLOSED = re.compile(r"^\s+of\s+all\s+(?:the\s+)?([a-z]+)\s*(?:[.;,)!?]|\s[-–—]|$)", re.I)
# round 17: "186 patients had surgery, 15% of all those admitted": the whole counts the part's own noun
_OF_ALL_THOSE_CLOSED = re.compile(r"^\s+of\s+all\s+those\s+([a-z]+ed)\s*(?:[.;,)!?]|\s[-–—]|$)", re.I)


def _of_all_named_earlier(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """"The lab ran 12,400 samples last year. ... Some 1,090 were positive, or 9% of all samples.": the share
    set right after the part, "of all NOUN" closing its clause, the whole the one earlier figure counting
    that noun in the lead paragraph or the share's own paragraph (several such figures: which one? none
    taken).  Inferred."""
    found = _OF_ALL_CLOSED.match(doc.text[share.end:share.end + 40]) \
        or _OF_ALL_THOSE_CLOSED.match(doc.text[share.end:share.end + 40])
    if not found or not before or share.kind not in SHARE_KINDS:
        return None
    part = before[-1]
    after_noun = _BESIDE.match(doc.text[_noun_end(part):share.start])  # "1,120 results were positive, or 9%"
    if part.kind != Kind.COUNT or not (_beside(doc, part, share) or _beside_of(doc, part, share) or after_noun
                                       and not set(words(after_noun.group(1))) & (_LINK_WORDS | CHANGE_WORDS)):
        return None
    noun = found.group(1).lower() if found.re is _OF_ALL_CLOSED else (part.noun or "").lower()
    if not noun:
        return None
    here = doc.sentences[share.sentence].paragraph
    lead = next((s.paragraph for s in doc.sentences if not s.headline and not s.chrome), here)
    named = []
    for idx in range(share.sentence):
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or sent.paragraph not in (lead, here):
            continue
        named.extend(m for m in doc.mentions_in(idx) if m.kind == Kind.COUNT and (m.noun or "").lower() == noun
                     and not m.is_range and m.value and m.value > part.value)
    if len({m.value for m in named}) != 1 or not _plausible(part, named[-1]):
        return None
    # "In January 300 results were positive, or 9% of all samples": a time the whole's sentence does not name
    # makes it a whole of that time, left unstated
    times = {m.text.lower() for m in doc.mentions_in(named[-1].sentence) if m.kind in (Kind.YEAR, Kind.DATE)}
    if any(m.kind in (Kind.YEAR, Kind.DATE) and m.text.lower() not in times for m in doc.mentions_in(share.sentence)):
        return None
    rel = ShareOf(link="inferred", cue="of all", share=share, part=part, base=named[-1])
    if _far_beyond(ratio_interval(rel), share_interval(share)):
        return None
    return rel


# round 17: "Web sales came to £90m, about 15% of the firm's revenue.": the share beside the part, then "of the
# [NAME's] NOUN" closing the clause, the whole the level a sentence before gives that noun ("Revenue rose 4% to £600m")
_OF_POSSESSED_NOUN = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)(?:[\w-]+(?:'s|’s|s'|s’)\s+)?(?:(?:total|annual|"
                                r"overall)\s+)?([a-z]+)\s*(?:[.;,)]|\s[-–—]|$)", re.I)
# "Revenue climbed 5.4% to", "Sales in 2023 rose by 3% to", "Turnover was": the noun opening its clause, its level
# stated (a period may follow the noun, never a place: "Revenue in Britain" is a part)
_NOUN_LEVEL = re.compile(r"^(?:(?:the|its|their|total|group|annual|overall)\s+)*([a-z]+)\s+(?:(?:in|for|over)\s+(?:the\s+)?(?:\d{4}(?:/\d{2,4})?|(?:financial\s+|full\s+)?year|period|\d+\s+weeks)\s+)?(?:(?:rose|grew|fell|increased|"
                         r"climbed|jumped|dropped|edged\s+up|slipped)\s+(?:by\s+)?(?:about\s+|almost\s+|nearly\s+)?"
                         r"\d[\d.,]*\s*(?:%|per\s*cent|pc)\s+to|(?:rose|grew|fell|increased|climbed|reached|was|totall?ed|"
                         r"came\s+to|stood\s+at|hit)(?:\s+to)?)\s*$", re.I)
# a part of another period than the year's whole: "in the fourth quarter", "over Christmas"
_OTHER_PERIOD_WORDS = frozenset("quarter quarters month months week weeks half christmas season weekend".split())


def _share_of_named_level(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """Round 17: "Revenue rose 4% to £600m from £577m. Web sales came to £90m, about 15% of the firm's
    revenue.": a money part, the share set right beside it, then "of the [NAME's] NOUN" closing the clause;
    the whole is the one figure of the part's kind and unit in the one or two sentences before (same
    paragraph, no headline) whose clause opens on that noun and states its level ("NOUN rose 4% to", "NOUN
    was"); a part of another period (a date or year, or "quarter", "month", ... not in the whole's sentence)
    is left alone.  Inferred."""
    if not before or share.kind not in SHARE_KINDS:
        return None
    part = before[-1]
    found = _OF_POSSESSED_NOUN.match(doc.text, share.end, min(len(doc.text), share.end + 60))
    if part.kind != Kind.MONEY or not found or not _beside(doc, part, share) or part.sentence != share.sentence:
        return None
    if any(w.kind == part.kind and w.unit == part.unit and _plausible(part, w) for w in before[:-1]):
        return None  # (round 27) "Deadline day accounted for £155m of that, with the four biggest deals making up
        # £106.5m, more than two-thirds of the day's spending": a larger sum before the part in its sentence may be the whole
    noun = _stem(found.group(1).lower())
    here = doc.sentences[share.sentence]
    named = []
    for idx in range(max(0, share.sentence - 2), share.sentence):
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or sent.paragraph not in (here.paragraph, here.paragraph - 1):
            continue
        for w in doc.mentions_in(idx):
            if w.kind != part.kind or w.unit != part.unit or w.value is None or w.is_range:
                continue
            clause = re.split(r"[,;:()]|\s[-–—]\s", doc.text[sent.start:w.start])[-1].strip()
            level = _NOUN_LEVEL.match(clause)
            if level and _stem(level.group(1).lower()) == noun:
                named.append(w)
    if not named:
        named = _headline_level(doc, noun, part)
    if len(named) != 1 or not _plausible(part, named[0]):
        return None
    whole_words = set(words(doc.sentence_text(named[0].sentence).lower()))
    own = set(words(doc.text[here.start:share.start].lower()))
    if own & _OTHER_PERIOD_WORDS - whole_words:
        return None
    times = {m.text.lower() for m in doc.mentions_in(named[0].sentence) if m.kind in (Kind.YEAR, Kind.DATE)}
    if any(m.kind in (Kind.YEAR, Kind.DATE) and m.text.lower() not in times for m in doc.mentions_in(share.sentence)):
        return None
    rel = ShareOf(link="inferred", cue="of the " + found.group(1).lower(), share=share, part=part, base=named[0])
    return None if _far_beyond(ratio_interval(rel), share_interval(share)) else rel


def _headline_level(doc: Document, noun: str, part: Mention) -> list[Mention]:
    """Round 17: "Market takings top £38m" (headline) / "Fish sold at the auction was worth £38.2m ..." (the
    first body sentence): the headline names the whole by ``noun`` (stemmed) within three words before a figure
    of the part's kind and unit, and the first body sentence restates it more finely; the one figure there that
    the headline's rounds (none or several: none taken)."""
    heads = [m for s in doc.sentences if s.headline and not s.chrome for m in doc.mentions_in(s.index)
             if m.kind == part.kind and m.unit == part.unit and m.interval is not None and not m.is_range
             and noun in {_stem(w) for w in words(doc.text[doc.sentences[m.sentence].start:m.start].lower())[-3:]}]
    first = next((s for s in doc.sentences if not s.headline and not s.chrome), None)
    if len(heads) != 1 or first is None or first.index >= part.sentence:
        return []
    return [w for w in doc.mentions_in(first.index) if w.kind == part.kind and w.unit == part.unit
            and w.interval is not None and not w.is_range and w.interval.intersects(heads[0].interval)]


# round 19: a share of a whole named by its noun alone, closing the clause: "of revenue", "of the club's turnover"
_OF_NAMED_NOUN = re.compile(r"\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w-]+(?:'s|’s|s'|s’)\s+)?(?:(?:total|annual|overall|"
                            r"group)\s+)?([a-z]+)\s*(?:[.;,)]|\s[-–—]|$)", re.I)
# the part, then the share set beside it: ", equal to", ", or", ", representing", " - "; an old level the part
# rose from may stand between ("to £148.7m from £131.6m, equal to 61%"), masked as OLD
_LEVEL_THEN_SHARE = re.compile(r"^(?:\s+from\s+OLD)?\s*(?:,|\s[-–—])\s*(?:(?:equal|equivalent|amounting)\s+to\s+|or\s+|"
                               r"representing\s+|which\s+(?:is|was|represents|represented)\s+)?"
                               r"(?:(?:some|about|around|nearly|almost|roughly|just|over|under|more\s+than)\s+)?$", re.I)
# an earlier sentence opening on the whole's noun and stating its level, a period of the whole between (dates
# masked as DATE): "Revenue for the year to DATE increased 9% to", "Turnover was", "Income in DATE rose to"
_NAMED_LEVEL_OPENING = re.compile(
    r"^\W*(?:(?:the|its|their|total|group|annual|overall)\s+)*([a-z]+)\s+(?:(?:in|for|over|during)\s+"
    r"(?:(?:the|financial|fiscal|full|year|twelve|\d+|months|weeks|to|ended|ending|period|DATE)\s+){1,7})?"
    r"(?:rose|grew|fell|increased|climbed|jumped|dropped|edged\s+up|slipped|was|were|totall?ed|reached|hit|"
    r"came\s+to|stood\s+at)\s+(?:by\s+)?(?:(?:about|almost|nearly)\s+)?(?:\d[\d.,]*\s*(?:%|per\s*cent|pc)\s+)?"
    r"(?:to\s+)?$", re.I)
NAMED_LEVEL_SENTENCES = 4  # how far back the whole's level may be stated (within two paragraphs)


def _new_level_share_of_named(doc: Document, share: Mention, before: list[Mention]) -> ShareOf | None:
    """Round 19: "Revenue for the year to June 30 increased 9% to £212.4m. ... Wages climbed 13% to £148.7m
    from £131.6m, equal to 61% of revenue.": a money part (the new level when the clause moved from an old
    one), the share beside it, then "of [the] NOUN" closing the clause; the whole is the one level stated for
    that noun by an earlier sentence opening on it, up to four sentences back and two paragraphs up (no
    headline).  A part of another period than the whole is left alone.  Inferred."""
    if share.kind not in SHARE_KINDS:
        return None
    own = [m for m in before if m.sentence == share.sentence and m.kind == Kind.MONEY]
    found = _OF_NAMED_NOUN.match(doc.text, share.end, min(len(doc.text), share.end + 60))
    if not own or not found:
        return None
    part, gap = own[-1], doc.text[own[-1].end:share.start]
    if len(own) >= 2 and re.match(r"\s+from\s+$", doc.text[own[-2].end:own[-1].start]) \
            and re.search(r"\bto\s+$", doc.text[max(0, own[-2].start - 6):own[-2].start]):
        part, gap = own[-2], " from OLD" + doc.text[own[-1].end:share.start]  # "to £148.7m from £131.6m, equal to"
    if part.value is None or part.is_range or not _LEVEL_THEN_SHARE.match(gap):
        return None
    noun = _stem(found.group(1).lower())
    here = doc.sentences[share.sentence]
    named = []
    for idx in range(max(0, share.sentence - NAMED_LEVEL_SENTENCES), share.sentence):
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or not 0 <= here.paragraph - sent.paragraph <= 2:
            continue
        times = [m for m in doc.mentions_in(idx) if m.kind in (Kind.YEAR, Kind.DATE)]
        for w in doc.mentions_in(idx):
            if w.kind != part.kind or w.unit != part.unit or w.value is None or w.is_range:
                continue
            lead = doc.text[sent.start:w.start]
            for t in sorted((t for t in times if t.end <= w.start), key=lambda t: -t.start):
                lead = lead[:t.start - sent.start] + "DATE" + lead[t.end - sent.start:]
            level = _NAMED_LEVEL_OPENING.match(lead)
            if level and _stem(level.group(1).lower()) == noun:
                named.append(w)
    if len({w.value for w in named}) != 1 or not _plausible(part, named[-1]):
        return None
    whole = named[-1]
    whole_words = set(words(doc.sentence_text(whole.sentence).lower()))
    if set(words(doc.text[here.start:share.start].lower())) & _OTHER_PERIOD_WORDS - whole_words:
        return None
    times = {m.text.lower() for m in doc.mentions_in(whole.sentence) if m.kind in (Kind.YEAR, Kind.DATE)}
    if any(m.kind in (Kind.YEAR, Kind.DATE) and m.text.lower() not in times for m in doc.mentions_in(share.sentence)):
        return None
    rel = ShareOf(link="inferred", cue="of " + found.group(1).lower(), share=share, part=part, base=whole)
    return None if _far_beyond(ratio_interval(rel), share_interval(share)) else rel


def _far_beyond(ratio: Interval | None, share: Interval) -> bool:
    """The ratio and the stated share lie more than three times apart: no slip of a share, another whole."""
    if ratio is None or ratio.hi is None or share.lo is None or share.hi is None or ratio.lo is None:
        return False
    return ratio.hi * 3 < share.lo or share.hi * 3 < ratio.lo


_SHARE_OF_AFTER = re.compile(r"\s*of\b", re.I)


def _cut_from_those(doc: Document, whole: Mention) -> bool:
    """(round 32) "Only 21,185 of those patients were seen within four hours": a count cut out of a whole named
    before it ("of them", "of those") is a part, not the total a later sentence's "SHARE of the total" names."""
    return bool(_OF_REF.match(doc.text[whole.end:whole.end + 30]))


def _stated_part(doc: Document, whole: Mention) -> bool:
    """"Games brought in £58.2m, more than a quarter of the group's revenue.": a figure the text itself gives as
    a share of another whole is a part, not the total a later "SHARE of the total" names (round 15, from a
    clean article)."""
    nxt = next((m for m in doc.mentions_in(whole.sentence) if m.start >= whole.end and m.kind != Kind.AGE), None)
    if nxt is None or nxt.kind not in SHARE_KINDS or not _SHARE_OF_AFTER.match(doc.text, nxt.end):
        return False
    if _beside(doc, whole, nxt):
        return True
    # (round 27) past the group's age, its share after a comma: "91,200 residents aged 65 and over, a little over one
    # in five of the population"
    aged = [m for m in doc.mentions_in(whole.sentence) if whole.end <= m.start and m.end <= nxt.start]
    return bool(aged) and all(m.kind == Kind.AGE for m in aged) and len(words(doc.text[whole.end:nxt.start])) <= 10 \
        and doc.text.rfind(",", whole.end, nxt.start) > aged[-1].end


# two items of one list: "£560m and equipment £150m", "£560m, equipment £150m", "41,200 in Wales, 18,700 in ..."
# (round 20: a place word may stand right before the comma, not before a level compared: "last year, down from";
# round 26 mend: the next item's label may be hyphenated: "and long-haul routes for 8 million")
_LIST_JOINT = re.compile(r"\s*(?:[a-z]+\s+){0,3}?(?:and|,|[a-z]+,(?!\s+(?:[a-z]+\s+){0,3}?(?:from|than|compared|against"
                         r"|versus|vs|since|up|down)\b))\s+(?:[A-Za-z]+(?:-[A-Za-z]+)*\s+){0,3}", re.I)


# the second of two items told with the first's verb left out: "3,020 parcels were given out in November and 3,220"
_GAPPED_AND = re.compile(r"[^\d;:()]*?\band\s+(?:[a-z]+\s+){0,2}", re.I)


def _joined(doc: Document, a: Mention, b: Mention) -> bool:
    """Two figures of one sentence listed together (``_LIST_JOINT``, or ``_GAPPED_AND`` with no clause break)."""
    return bool(_LIST_JOINT.fullmatch(doc.text, a.end, b.start)) or bool(
        _GAPPED_AND.fullmatch(doc.text, a.end, b.start)) and not _CLAUSE.search(doc.text[a.end:b.start])


def _list_of(doc: Document, w: Mention) -> tuple[Mention, ...]:
    """``w`` with the figures of its sentence listed beside it, one kind and unit, each joined to the next
    (``_joined``): "3,020 parcels were given out in November and 3,220 in December" (round 26: a whole named by
    its noun may be the list's sum)."""
    same = [m for m in doc.mentions_in(w.sentence) if m.kind == w.kind and m.unit == w.unit and m.value is not None
            and not m.is_range]
    k = same.index(w) if w in same else None
    if k is None:
        return (w,)
    lo = hi = k
    while lo > 0 and _joined(doc, same[lo - 1], same[lo]):
        lo -= 1
    while hi + 1 < len(same) and _joined(doc, same[hi], same[hi + 1]):
        hi += 1
    return tuple(same[lo:hi + 1])


# a part set beside the figure before it, not within it: "£158.2m, with exports the remaining £54.4m"
_SIBLING_GAP = re.compile(r"\b(?:remaining|rest|other|others|while|whereas|with)\b", re.I)
_WITHIN_GAP = re.compile(r"\b(?:includ\w*|of\s+whom|of\s+which|among|comprising|made\s+up)\b", re.I)


def _sibling_of(doc: Document, before: Mention, part: Mention) -> bool:
    """``part`` is set beside ``before``, not within it: "£158.2m, with exports the remaining £54.4m"; or (round
    26) two items joined by "and", each with its label: "international passengers accounted for 11.38 million
    and domestic passengers for 3.24 million" (``_LIST_JOINT``)."""
    if _WITHIN_GAP.search(doc.text, before.end, part.start):
        return False
    return bool(_SIBLING_GAP.search(doc.text, before.end, part.start)) or _and_sibling(doc, before, part)


def _and_sibling(doc: Document, before: Mention, part: Mention) -> bool:
    """``before`` and ``part`` are two items of one sentence listed together (``_LIST_JOINT``) by "and": "accounted
    for 11.38 million and domestic passengers for 3.24 million", "£6.45m and parking charges £1.55m".  The callers
    have made sure neither is inside the other (``_WITHIN_GAP``)."""
    return before.sentence == part.sentence and bool(_LIST_JOINT.fullmatch(doc.text, before.end, part.start)) \
        and bool(re.search(r"\band\b", doc.text[before.end:part.start]))


def _one_more_part(doc: Document, before: Mention, part: Mention) -> bool:
    """(round 27) The part is told as one more beside the figure before it in its sentence: "Ticket sales brought in
    $3.21bn and onboard spending ... a further $1.65bn, about a third of the total" -- "a further" adds a part, so
    the figure before is its sibling, never the whole it is cut from."""
    return before.sentence == part.sentence and bool(
        FURTHER_BEFORE.search(doc.text, max(before.end, part.start - 20), part.start)
        # (round 28) a ranking: "Europe ... with 3.91 million units, followed by Asia-Pacific with 2.87 million"
        or re.search(r"\bfollowed\s+by\b", doc.text[before.end:part.start], re.I)
        and not re.search(r"[;:()]", doc.text[before.end:part.start]))


def _same_frame(doc: Document, before: Mention, part: Mention) -> bool:
    """(round 26 mend) The two items each told in the same frame, one preposition before each figure ("Exports
    accounted for 3.1 million and imports for 1.1 million"): siblings for sure.  Without it the first may as well be
    the whole and the second a part of it ("won 412 seats and its Scottish wing 103", "recorded 1,240 cases and
    the city 310")."""
    sent = doc.sentences[before.sentence]
    first = PREPOSITION_BEFORE.search(doc.text, max(sent.start, before.start - 12), before.start)
    second = PREPOSITION_BEFORE.search(doc.text, max(before.end, part.start - 12), part.start)
    return bool(first and second and first.group(1).lower() == second.group(1).lower())


# a whole told of an earlier period: "4,950 patients were seen in the previous year" is no "total" of this one
# (not "last year", which is as often the period of the whole report)
_EARLIER_PERIOD_AFTER = re.compile(r"\b(?:in\s+the\s+(?:previous|prior)\s+(?:year|season|month|week|quarter)|"
                                   r"(?:the\s+|a\s+)?(?:year|season|month|week|quarter)\s+(?:before|earlier)|"
                                   r"(?:the\s+previous|the\s+prior)\s+(?:year|season|month|week|quarter))\b", re.I)


# a figure named as a gap: "a Conservative majority of 17,560", "its 17,560 majority", "a 4,767-vote lead"
_MARGIN_NAMED_BEFORE = re.compile(r"\b" + MARGIN_WORDS + r"\s+of\s+(?:just\s+|only\s+|some\s+|about\s+|around\s+)?$", re.I)
_MARGIN_NAMED_AFTER = re.compile(r"(?:[\s-]+(?:vote|point|seat|run|goal|stroke)s?)?(?:\s+[A-Z][\w'’-]*)?[\s-]+" + MARGIN_WORDS
                                 + r"\b", re.I)


def _margin_figure(doc: Document, w: Mention) -> bool:
    """A figure said to be the gap between two others (a majority, a lead, a margin), no whole a share of "the
    total" in another sentence can be of (round 25: "overturning a Conservative majority of 17,560 ... took 14,872
    votes, or 46.9% of the total")."""
    sent = doc.sentences[w.sentence]
    return bool(_MARGIN_NAMED_BEFORE.search(doc.text, max(sent.start, w.start - 30), w.start)
                or _MARGIN_NAMED_AFTER.match(doc.text, w.end, sent.end))


def _count_of_amount(part: Mention, whole: Mention) -> bool:
    """A bare count as a part of a sum of money: "1,420 of them" (or "of whom") counts things or people, so an
    amount is no whole it can be cut from ("3,640 research staff brought in about £134,000 each, and 1,420 of
    them, or 39%, ..."; round 26).  Only "of which" may take an amount with its currency left off the part."""
    return part.kind == Kind.COUNT and whole.kind == Kind.MONEY


def _whole_of_other_things(doc: Document, whole: Mention, part: Mention) -> bool:
    """(round 28) A whole of an earlier sentence that counts things the part's sentence never names is not "the
    total" it speaks of: "Visitors spent 18.6 million nights in its hotels. Spanish visitors remained the largest
    group, at 3.21 million, or 41% of the total" (the visitors' total, told before, not the nights)."""
    if whole.sentence == part.sentence or not whole.noun or not whole.noun.isalpha():
        return False
    stem = whole.noun.lower().rstrip("s")
    told = {w.lower().rstrip("s") for w in words(doc.sentence_text(part.sentence))}
    if len(stem) < 3 or stem in told:
        return False
    # the part's people or things are the whole's subject: it counts something they have or do, not them
    subject = {w.lower().rstrip("s") for w in words(doc.text[doc.sentences[whole.sentence].start:whole.start])
               if len(w) > 3 and w.endswith("s")}
    return bool(subject & told)


_MOVED_FROM = re.compile(r"\bfrom\s+$", re.I)  # "rose to £2.84bn from £2.715bn": the level it moved from


def _own_tail_end(doc: Document, w: Mention) -> int:
    """Where the words after ``w`` stop being its own: 60 characters on, its sentence's end, or the next figure of
    its kind (round 30: "rose to £2.84bn from £2.715bn a year earlier": the earlier year is the old level's)."""
    end = min(w.end + 60, doc.sentences[w.sentence].end)
    nxt = next((m.start for m in doc.mentions_in(w.sentence) if m.start >= w.end and m.kind == w.kind), end)
    return min(end, nxt)


def _nearest_whole(doc: Document, share: Mention, part: Mention, wholes: list[Mention], cue: str) -> ShareOf | None:
    """"of them" names the nearest count before it that can hold the part;
    when another count before it, their sum, or their sum with the part (a
    list and "a quarter of the total") agrees, that may be the one meant,
    and the relation is not reported as a contradiction."""
    cands = [w for w in reversed(wholes) if w is not part and w.end <= part.start and _plausible(part, w)
             and not (cue == "of them" and _count_of_amount(part, w))
             and not _old_share_level(doc, w)
             and not (cue == "of the total" and w.sentence != part.sentence
                      and (_stated_part(doc, w) or _cut_from_those(doc, w)))
             and not (cue == "of the total" and w.sentence != part.sentence
                      and (_EARLIER_PERIOD_AFTER.search(doc.text, w.end, _own_tail_end(doc, w))
                           or _MOVED_FROM.search(doc.text, max(0, w.start - 12), w.start)))
             and not (cue == "of the total" and w.sentence != part.sentence and _margin_figure(doc, w))
             and not (cue == "of the total" and _whole_of_other_things(doc, w, part))
             and not (cue == "of the total" and w.sentence != part.sentence
                      and re.search(r"\b(?:remaining|other|rest\s+of\s+the)\s+$", doc.text[max(0, w.start - 20):w.start], re.I))]
    # round 26: "international passengers accounted for 11.38 million and domestic passengers for 3.24 million, or
    # just over a fifth of the total": the item joined to the part by "and" is its sibling, not its whole
    # (round 26 mend) unless the two are told in one frame ("... and domestic passengers for 3.24 million"), the
    # item may as well be the whole the part is cut from ("won 412 seats and its Scottish wing 103"): a reading too
    sibling = cands[0] if cands and cue == "of the total" and (
        _one_more_part(doc, cands[0], part)
        or not _WITHIN_GAP.search(doc.text, cands[0].end, part.start) and _and_sibling(doc, cands[0], part)) else None
    if sibling is not None and (_same_frame(doc, sibling, part) or _one_more_part(doc, sibling, part)):
        cands = cands[1:]
    if not cands and sibling is None:
        return None
    own = [w for w in cands if w is not sibling]
    if own and _subgroup_agrees(doc, share, part, own[0]):
        return None  # "Two-thirds of the 600 were late. Of those, a quarter (100) ...": of the 400 (round 12)
    link = "explicit" if len(cands) == 1 and sibling is None else "inferred"
    rels = [ShareOf(link=link, cue=cue, share=share, part=part, base=w) for w in cands]
    same = tuple(w for w in wholes if w.kind == part.kind and w.end <= part.start and w.unit == part.unit)
    if len(same) >= 2:
        rels.append(ShareOf(link=link, cue=cue, share=share, part=part, base_sum=same))
    listed = _listed_before(doc, part, same)
    if listed:  # "19 men, 16 women and 11 children - almost a quarter of the total": the list's own total
        rels.append(ShareOf(link=link, cue=cue, share=share, part=part, base_sum=listed + (part,)))
    beside = tuple(w for w in same if w.sentence == part.sentence)
    if cue == "of the total" and beside and not listed and _sibling_of(doc, beside[-1], part):
        # "UK sales brought in £158.2m, with exports the remaining £54.4m, about a quarter of the total": the
        # sentence's figures with the part may be the total meant (agreeing, it keeps the share silent)
        rels.append(ShareOf(link=link, cue=cue, share=share, part=part, base_sum=beside + (part,)))
    if sibling is not None:  # the items together are the whole first meant, the message's reading
        rels.sort(key=lambda r: sibling not in r.base_sum)
        # (round 28) the whole list, the items after the part too ("3.91 million, followed by Asia-Pacific with
        # 2.87 million, or 34% of the total, and the Americas with 1.64 million"): a reading that may agree
        whole_list = tuple(w for w in doc.mentions_in(part.sentence) if w.kind == part.kind and w.unit == part.unit
                           and w.value and not w.compound and w is not share)
        if len(whole_list) >= 3 and whole_list[-1].start > share.start:
            rels.append(ShareOf(link=link, cue=cue, share=share, part=part, base_sum=whole_list))
    if not rels:
        return None
    agreeing = next((r for r in rels if agrees(r)), None)
    if agreeing is None and cue == "of the total" and own and own[0].sentence != part.sentence and any(
            w is not own[0] and w.kind == own[0].kind and w.unit == own[0].unit
            and _LIST_JOINT.fullmatch(doc.text, min(w.end, own[0].end), max(w.start, own[0].start))
            for w in doc.mentions_in(own[0].sentence)):
        return None  # "Clothing brought in £560m and equipment £150m. Online sales reached £470m, nearly 30%
        # of the total": one item of another sentence's list is no total
    return agreeing or rels[0]


# "Two-thirds of the 600 complaints", "450 of the 600", "Of the 600 complaints, two-thirds ...": a share or
# part cuts a sub-group out of the whole it names; "of those" after it may mean that sub-group (round 12)
_CUT_OF = re.compile(r"^\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our|all|these|those)\s+)?"
                     r"(?:[\w'’-]+(?:'s|’s|s'|s’)\s+)?$", re.I)
_LEAD_OF = re.compile(r"^\W*(?:of|among|out\s+of)\s+(?:the|its|their|his|her|our|all|these|those)\s+$", re.I)


def _subgroups(doc: Document, whole: Mention) -> list[Interval]:
    """What a share or part cut out of ``whole`` in its own sentence may be."""
    sent = doc.sentences[whole.sentence]
    lead = bool(_LEAD_OF.match(doc.text[sent.start:whole.start]))
    following = [x for x in doc.mentions_in(whole.sentence) if x.start > whole.end]
    out = []
    for m in doc.mentions_in(whole.sentence):
        if m is whole or m.interval is None:
            continue
        cut = m.end <= whole.start and _CUT_OF.match(doc.text[m.end:whole.start]) \
            or lead and following and m is following[0] and "," in doc.text[whole.end:m.start]
        if not cut:
            continue
        if m.kind in (Kind.PERCENT, Kind.FRACTION):
            sub = share_interval(m).times(whole.interval)
        elif m.kind == whole.kind and m.unit == whole.unit and m.value is not None and m.value < whole.value:
            sub = m.interval
        else:
            continue
        if sub is not None:
            out.append(sub)
    return out


def _subgroup_agrees(doc: Document, share: Mention, part: Mention, whole: Mention) -> bool:
    for sub in _subgroups(doc, whole):
        ratio = part.interval.divide(sub) if part.interval is not None else None
        if ratio is None or ratio.intersects(share_interval(share)):
            return True
    return False


_STOP = frozenset("that this with from have were will said more than over into about after their there "
                  "which what when where while been also they them".split())


def _stems(text: str) -> set[str]:
    return {w[:5] for w in words(text) if len(w) >= 4 and w not in _STOP}


def _periods_named(doc: Document, idx: int) -> set[str]:
    """The years and dates a sentence names ("2023", "July")."""
    return {m.text.strip(" .,").lower() for m in doc.mentions_in(idx) if m.kind in (Kind.YEAR, Kind.DATE)}


# headlines drop the article: "Quarter of homes flooded", "Third of bridges in poor repair"
_BARE_FRACTION = re.compile(r"(?:^|:\s*)(third|quarter|fifth|sixth|tenth)\s+of\s+(?=(?-i:[a-z]))", re.I)
_FRACTION_WORDS = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "tenth": 10}


def _bare_fraction(doc: Document, head, items: list[Mention]) -> list[Mention]:
    """A headline's fraction word without its article, opening the headline or a clause after a colon."""
    if items:
        return []
    m = _BARE_FRACTION.search(doc.text[head.start:head.end])
    if not m:
        return []
    value = Fraction(1, _FRACTION_WORDS[m.group(1).lower()])
    return [Mention(head.start + m.start(1), head.start + m.end(1), m.group(1), Kind.FRACTION, value=value,
                    sentence=head.index,
                    interval=hedges.interval_for(value, None, None, fraction_word=True))]


_PLACED_AFTER = re.compile(r"\s+(?:in|across|outside)\s+(?:the\s+)?([A-Z][\w'’-]+)")


def _placed_apart(doc: Document, base: Mention, head) -> bool:
    """(round 46) The body's whole is of one place the headline does not name: "61 of its 180 branches in Wales"
    under "Bank to close a quarter of its branches" (a narrower whole)."""
    place = _PLACED_AFTER.match(doc.text, _noun_end(base)) if base.noun else None
    return place is not None and place.group(1) not in doc.text[head.start:head.end]


_HEAD_OF_NOUN = re.compile(r"\s+of\s+(?:(?:the|all|its|their)\s+)?([a-z][\w-]+)")


def _headline_shares(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """A headline share ("A third of rail services cancelled") against an
    "X of its Y" pair in the first two body sentences that shares a word with
    it ("cancelled 118 of its 820 trains").  Inferred: a warning at most."""
    text = doc.text
    body = [s.index for s in doc.sentences if not s.headline and not s.chrome][:2]
    for head in doc.sentences:
        if not head.headline or head.chrome:
            continue
        items = by_sentence.get(head.index, [])
        shares = [m for m in items if m.kind in SHARE_KINDS and m.start not in used] or _bare_fraction(doc, head, items)
        if len(shares) != 1 or any(m.kind in COUNT_KINDS for m in items):
            continue
        share = shares[0]
        if share.hedge is None and any(m.kind == share.kind and m.value == share.value and m.hedge for idx in body
               for m in by_sentence.get(idx, [])):
            continue  # (round 46) "a third of sites" over the lead's "more than a third of the city's sites": the
            # headline shortens the lead's hedged share, which the lead's own counts are read against
        rest = text[share.end:head.end]
        one_in = share.kind == Kind.FRACTION and " in " in share.text  # "Two in five nurses ..."
        if not re.match(r"\s+of\s+[A-Za-z]" if not one_in else r"\s+(?:of\s+)?[A-Za-z]", rest) \
                or _change_before(text[head.start:share.start]):
            continue
        # the words of the whole headline tie it to the body: "Wind and solar supplied 45% of power"
        stems = _stems(rest) | _stems(text[head.start:share.start])
        rels = []
        when = _periods_named(doc, head.index)
        of_noun = _HEAD_OF_NOUN.match(rest)
        lead_shares = any(m.kind in SHARE_KINDS for idx in body for m in by_sentence.get(idx, []))
        for idx in body:
            counts = [m for m in by_sentence.get(idx, []) if m.kind in COUNT_KINDS]
            if not stems & _stems(doc.sentence_text(idx)) and not (
                    of_noun and any(c.noun and categories.same_thing(of_noun.group(1).lower(), c.noun.lower())
                                    for c in counts)):
                continue  # (round 46: or the noun after "of" counted under another name, "stores" / "540 shops")
            if when and _periods_named(doc, idx) and not when & _periods_named(doc, idx):
                continue  # "in July" against "in 2023": another period
            for a, b in zip(counts, counts[1:]):
                # "96 TWh of the 268 TWh, and solar another 25 TWh": another part of the same whole after it
                others = any(c not in (a, b) and c.start > b.start and c.kind == a.kind and c.unit == a.unit
                             # (round 46: not a count of other things, "putting 2,300 jobs at risk", when the lead
                             # states no share of its own the headline may gloss)
                             and not (not lead_shares and c.noun and b.noun
                                      and not categories.same_thing(c.noun.lower(), b.noun.lower()))
                             for c in counts)
                if _OF_BASE.match(text[_noun_end(a):b.start]) and _plausible(a, b) and not others \
                        and not _placed_apart(doc, b, head):
                    rels.append(ShareOf(link="inferred", cue="headline", share=share, part=a, base=b))
                elif _linked(doc, a, b.start) and _plausible(b, a):
                    rels.append(ShareOf(link="inferred", cue="headline", share=share, part=b, base=a))
            # "Of the 317 councils in England, 61 say ..."; "A survey of 2,400 nurses found 780 ...": the only two
            # (the headline's claim too, not only its noun: two words in common, besides the survey's own)
            if len(counts) == 2 and _plausible(counts[1], counts[0]) and _whole_first(doc, idx, *counts) \
                    and len(stems & _stems(doc.sentence_text(idx)) - _SURVEY_STEMS) >= 2:
                rels.append(ShareOf(link="inferred", cue="headline", share=share, part=counts[1], base=counts[0]))
        if rels:
            if _NEGATED_HEADLINE.search(doc.sentence_text(head.index)):
                # told of the other side: "miss one in five checks" above "saw 2,184 of the 2,730 babies on time"
                rels = [replace(r, either=True) for r in rels]
            yield next((r for r in rels if agrees(r)), rels[0])


# "... did so", "said they do": the part's clause says the claim of the share again
_SAYS_SO = re.compile(r"\b(?:did|do|does|had\s+done|have\s+done|has\s+done)\s+so\b|\bsaid\s+they\s+(?:did|do|had|were)\b",
                      re.I)


_SHORT_STOP = frozenset("that this with from have were will said more than over into about after their there which what "
                        "when where while been also they them some most half third quarter fifth tenth nearly almost "
                        "just only rest other others remaining".split())


def _short_stems(text: str) -> set[str]:
    """Four-letter stems of the content words: "storage" and "stores" share "stor"."""
    return {w[:4] for w in words(text) if len(w) >= 5 and w not in _SHORT_STOP}


def _share_then_whole(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """"One in four students now works more than 15 hours a week. Of the 2,150
    surveyed, 860 said they did so": a share alone in its sentence, then "Of the
    BASE ..., PART" (or "A survey of BASE found PART") as the next sentence's
    only two counts, the part's clause saying the same again ("did so") or
    sharing two words with the share's sentence.  Inferred (round 11)."""
    text = doc.text
    for idx, items in by_sentence.items():
        prev = by_sentence.get(idx - 1)
        if not prev or doc.sentences[idx].headline or doc.sentences[idx - 1].headline \
                or doc.sentences[idx].paragraph != doc.sentences[idx - 1].paragraph:
            continue
        shares = [m for m in prev if m.kind in SHARE_KINDS]
        counts = [m for m in items if m.kind in COUNT_KINDS]
        if len(shares) != 1 or len(prev) != 1 or shares[0].start in used or len(counts) != 2 or len(items) != 2:
            continue
        share = shares[0]
        base, part = counts
        if _part_of_base_found(doc, idx, base, part):
            base, part = part, base  # round 15: "A survey found 860 of the 2,150 students questioned did so"
        if re.match(r"\s+of\s+(?:the|its|their|all)?\s*\d", text[share.end:share.end + 20]) \
                or _change_before(text[doc.sentences[share.sentence].start:share.start]) \
                or _CHANGE_AFTER.match(text[share.end:share.end + 40]) \
                or not _plausible(part, base) or not _whole_first(doc, idx, base, part):
            continue
        when, now = _periods_named(doc, idx - 1), _periods_named(doc, idx)
        if now and now != when:
            continue  # "... were flooded in 2007": another time
        said = text[part.end:doc.sentences[idx].end]
        if not (_SAYS_SO.search(said) or len(_stems(doc.sentence_text(idx - 1)) & _stems(said) - _SURVEY_STEMS) >= 2
                or _short_stems(doc.sentence_text(idx - 1)) & _short_stems(said)):
            continue
        # (the share may be of the part or of the rest: "2,900 are in the stores and the rest are on display")
        yield ShareOf(link="inferred", cue="the sentence before", share=share, part=part, base=base, either=True)


# (round 45) a rate, a few words of its own, then ", with" and the counts it is read off
_RATE_THEN_WITH = re.compile(r"(?:\s+(?!(?:of|than|and|or|by|from)\b)[a-z][\w'’-]*){0,5}?\s*,\s*with\s+$", re.I)
# ... "4,120 of its 6,300 departures", "52 winners from his 190 runners"
_PART_OF_BASE_GAP = re.compile(r"\s+(?:[a-z][\w'’-]*\s+)?(?:of|from|out\s+of)\s+(?:(?:its|the|his|her|their)\s+)?$",
                               re.I)
_NOT_A_RATE_BEFORE = re.compile(r"\b(?:by|of|than|over|from|down|up)\s+(?:" + _EMPH + r")?$", re.I)


def _rate_then_its_counts(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """(Round 45) A percentage told as a level or rate, then ", with" the counts it is read off: "On-time
    performance improved to 71% in July, with 4,120 of its 6,300 flights leaving on time"; "has a 21% strike
    rate this season, with 52 winners from his 190 runners".  The sentence's one percentage, not a change's size
    ("rose by 12%") nor a share of something named ("71% of flights"); the part and its whole the next two
    counts, both with nouns, joined by "of" or "from".  Inferred: the counts may be of a narrower group."""
    text = doc.text
    for idx, items in by_sentence.items():
        shares = [m for m in items if m.kind == Kind.PERCENT]
        if len(shares) != 1 or shares[0].start in used or doc.sentences[idx].headline:
            continue
        share = shares[0]
        after = [m for m in items if m.start > share.end]
        if len(after) < 2 or _NOT_A_RATE_BEFORE.search(text, max(0, share.start - 12), share.start) \
                or not _RATE_THEN_WITH.fullmatch(text, share.end, after[0].start):
            continue
        part, base = after[0], after[1]
        if part.kind not in COUNT_KINDS or base.kind not in COUNT_KINDS or base.noun is None \
                or not _PART_OF_BASE_GAP.fullmatch(text, _noun_end(part), base.start) or not _plausible(part, base) \
                or len(after) > 2 and after[2].sentence == idx and not _clause_ends(doc, base, after[2]) \
                or _units_reporting(doc, share, base):
            continue
        yield ShareOf(link="inferred", cue="rate, with its counts", share=share, part=part, base=base)


# places and bodies whose count tells how far a tally has gone or how widely something is felt, not a rate's counts
_UNITS_REPORTING = frozenset("""wards districts precincts constituencies states regions provinces counties
    councils authorities areas countries cities towns boroughs branches stores shops sites""".split())
_REPORTING_AFTER = re.compile(r"\s+(?:reporting|reported|declared|counted|declaring|surveyed|polled)\b", re.I)


def _units_reporting(doc: Document, share: Mention, base: Mention) -> bool:
    """(Round 45) The counts after a share are of places or bodies, or of those reporting or declared: "Turnout
    was 64%, with 310 of the 480 wards declared", "Unemployment hit 7%, with 40 of the 52 districts reporting
    increases" -- how far a tally has gone or how widely a thing is felt, not the counts the share is read off
    (unless the share names them: "67% of its branches, with 40 of its 60 branches ...")."""
    noun = (base.noun or "").lower()
    if noun in _UNITS_REPORTING and not re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+)?" + re.escape(noun),
                                                 doc.text[share.end:share.end + 40], re.I):
        return True
    return bool(_REPORTING_AFTER.match(doc.text, _noun_end(base)))


def _clause_ends(doc: Document, base: Mention, later: Mention) -> bool:
    """A figure after the base stands past the end of its clause or inside the counts' own label ("leaving within
    15 minutes")."""
    gap = doc.text[base.end:later.start]
    return "," in gap or ";" in gap or _LABEL_PREPOSITION_END.search(gap) is not None


_LABEL_PREPOSITION_END = re.compile(r"\b(?:within|in|after|before|under|over)\s+$")


def _lead_share_then_whole(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """"Only 78% of buses ran on time in the spring" as the lead, the headline giving the same share ("Bus
    punctuality falls to 78%"), then the next sentence "Of the 9,400 journeys planned between April 1 and June
    30, 7,330 arrived within five minutes" (the whole first, its only two counts; dates between the whole and
    the part are its period): the part's clause names the measure by a word of the headline or the lead, in
    another paragraph too.  Inferred, either the part or the rest (round 17)."""
    text = doc.text
    body = [s for s in doc.sentences if not s.headline and not s.chrome]
    if len(body) < 2 or body[1].index != body[0].index + 1:
        return
    lead, nxt = body[0], body[1]
    heads = [s for s in doc.sentences if s.headline and not s.chrome and s.index < lead.index]
    prev = [m for m in by_sentence.get(lead.index, []) if m.kind in SHARE_KINDS and not _old_share_level(doc, m)]
    if len(prev) != 1 or prev[0].start in used or prev[0].value is None:
        return
    share = prev[0]
    told = [h for h in heads if any(m.kind == share.kind and m.value == share.value
                                    for m in by_sentence.get(h.index, []))]
    if not told or not re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+)?[A-Za-z]", text[share.end:share.end + 20]) \
            or _change_before(text[lead.start:share.start]) or _CHANGE_AFTER.match(text[share.end:share.end + 40]):
        return
    counts = [m for m in by_sentence.get(nxt.index, []) if m.kind in COUNT_KINDS]
    inner = _whole_qualifier_counts(doc, counts)
    counts = [m for m in counts if m not in inner]
    if len(counts) != 2 or any(m.kind in SHARE_KINDS for m in by_sentence.get(nxt.index, [])):
        return
    base, part = counts
    if not _OF_LEAD.search(text[nxt.start:base.start]) or not _plausible(part, base):
        return
    gap = list(text[_noun_end(base):part.start])
    for m in doc.mentions_in(nxt.index):  # "between April 1 and June 30": the whole's period, no figure
        if (m.kind in (Kind.DATE, Kind.YEAR) or m in inner) and _noun_end(base) <= m.start and m.end <= part.start:
            gap[m.start - _noun_end(base):m.end - _noun_end(base)] = "x" * (m.end - m.start)
    if not _LEAD_COMMA.match("".join(gap)):
        return
    years = [{m.value for m in doc.mentions_in(i) if m.kind == Kind.YEAR} for i in (lead.index, nxt.index)]
    if years[0] and years[1] and not years[0] & years[1]:
        return  # another period
    said = text[part.end:nxt.end]
    named = _short_stems(text[lead.start:lead.end]) | {w for h in told for w in _short_stems(text[h.start:h.end])}
    if not named & _short_stems(said):
        return
    yield ShareOf(link="inferred", cue="the lead", share=share, part=part, base=base, either=True)


# round 23: "65% of its pupils passed, up from 61% last year": the level the share rose from is no second share
def _old_share_level(doc: Document, m: Mention) -> bool:
    """The level a share rose or fell from, told just before it ("up from 61%", "compared with 22%")."""
    return bool(_OLD_LEVEL_BEFORE.search(doc.text, max(0, m.start - 30), m.start))


# round 23: "Of the 1,845 pupils at its six schools, 1,299 passed": a count inside the whole's own qualifier
# (before the comma that sets off the part) tells of the whole, it is no third count of the sentence
def _whole_qualifier_counts(doc: Document, counts: list[Mention]) -> list[Mention]:
    if len(counts) < 3:
        return []
    base = counts[0]
    found = _CLAUSE_COMMA.search(doc.text, _noun_end(base), doc.sentences[base.sentence].end)
    return [m for m in counts[1:] if found is not None and m.end <= found.start()]


_CLAUSE_COMMA = re.compile(r",(?!\d)")  # a comma between words, not inside a figure ("1,020 classes")


_SURVEY_STEMS = frozenset("surve poll study found finds showe shows revea sugge"
                          " indic".split())
_LEAD_COMMA = re.compile(r"^[^,;:.()\d]{0,60},\s*" + _EMPH + "$", re.I)


def _whole_first(doc: Document, idx: int, base: Mention, part: Mention) -> bool:
    """"Of the 317 councils in England, 61 ..." or "A survey of 2,400 nurses
    found 780 ...": the whole, then its part (or "found 780 of the 2,400 nurses asked")."""
    text = doc.text
    lead = text[doc.sentences[idx].start:base.start]
    gap = text[_noun_end(base):part.start]
    return bool(_OF_LEAD.search(lead) and _LEAD_COMMA.match(gap)
                or _SURVEY_OF.search(lead) and _FOUND.match(text[base.end:part.start])) \
        or part.end <= base.start and _part_of_base_found(doc, idx, part, base)


# round 15: "Figures show 860 of the 2,150 ...", "A survey found 860 of the 2,150": a verb of finding, then the part
# and its whole
_FOUND_BEFORE = re.compile(r"\b(?:show|shows|showed|found|finds|find|reveal|reveals|revealed|suggest|suggests|"
                           r"suggested|indicate|indicates|indicated)\s+(?:that\s+)?(?:(?:some|about|around|nearly|"
                           r"almost|just|only)\s+)?$", re.I)


def _part_of_base_found(doc: Document, idx: int, first: Mention, second: Mention) -> bool:
    text = doc.text
    return first.end <= second.start and bool(_OF_BASE.match(text[first.end:second.start])) \
        and bool(_FOUND_BEFORE.search(text[doc.sentences[idx].start:first.start]))


def _plausible(part: Mention, base: Mention) -> bool:
    return _same_measure(part, base) and 0 < part.value <= base.value * Fraction(11, 10)


def _plausible_wholes(part: Mention, bases) -> list[Mention]:
    """``[w for w in bases if _plausible(part, w)]`` (round 55, speed: a long text holds tens of thousands of
    earlier counts, each tried as the whole): a base of a kind ``_same_measure`` never takes is passed over at once,
    and ``part.value <= w.value * 11/10`` is read as ``w.value >= part.value * 10/11``, the bound worked out once."""
    if not 0 < part.value:
        return []
    if part.kind == Kind.COUNT and part.noun is None:
        kinds = (Kind.COUNT, Kind.MONEY)
    elif part.kind == Kind.MONEY:
        kinds = (Kind.MONEY, Kind.COUNT)  # (a count: the whole's currency left off, ``_unit_left_off``)
    else:
        kinds = (part.kind,)
    least = part.value * Fraction(10, 11)
    return [w for w in bases if w.kind in kinds and _same_measure(part, w) and w.value >= least]


def _same_measure(part: Mention, base: Mention) -> bool:
    """A part and a whole of one kind and unit (a bare count of money; wire style's whole without its currency)."""
    if part.kind != base.kind and not (part.kind == Kind.COUNT and base.kind == Kind.MONEY and part.noun is None) \
            and not _unit_left_off(part, base):
        return False
    return not (part.kind in (Kind.MONEY, Kind.MEASURE) and (_unit_name(part) != _unit_name(base) or not part.unit)
                and not _unit_left_off(part, base))


_OF_PRONOUN = re.compile(r"\W*(?:out\s+)?of\s+(?:them|it|those|these|whom|which)\b", re.I)


def _over_its_whole(doc: Document, share: Mention, before: list[Mention], after: list[Mention]) -> ShareOf | None:
    """(round 30) "143.6mm of rain fell, 85% of the long-term average of 112mm", "spent £4.2m, 85% of its £3.1m
    budget": a part set right beside its share ("PART, SHARE of the BASE"), in the whole's measure, larger than
    the whole the share (under all of it) names -- the share is wrong, not the link.  The last reading tried:
    the "PART, SHARE of the BASE" of ``_referenced`` without ``_plausible``'s ceiling."""
    if not before or not after or share.interval is None or share.interval.hi is None \
            or share.interval.hi >= (1 if share.kind == Kind.FRACTION else 100):
        return None
    part, base = before[-1], after[0]
    gap = doc.text[share.end:base.start]
    if not (_beside(doc, part, share) or _beside_of(doc, part, share)) \
            or not (_OF_BASE.match(gap) or _CLOSE_OF_BASE.match(gap)) \
            or _OF_PRONOUN.match(gap) or not _same_measure(part, base) or not part.value > base.value > 0 \
            or part.noun and base.noun and part.noun != base.noun or _old_level(doc, part):
        return None  # (not "318,400 calls, 87% of them within 10 seconds": a share of the part itself)
    return ShareOf(link="explicit", cue="of", share=share, part=part, base=base)


def _unit_name(m: Mention) -> str | None:
    """A unit with its plural folded: "3,500-tonne" and "940 tonnes" are in one unit (round 11)."""
    unit = m.unit
    if m.kind == Kind.MEASURE and unit and len(unit) > 3 and unit.endswith("s") and not unit.endswith("ss"):
        return unit[:-1]
    return unit


_SCALED = re.compile(r"\d\s*(?:million|billion|mln|bln|bn|m)\b", re.I)


# (round 43) a turnout, its electorate, then the votes cast after "with": "Turnout reached 64% of the 2.5 million
# eligible voters, with 1.8 million ballots cast"
_TURNOUT_VERB_BEFORE = re.compile(r"\bturnout\s+(?:was|is|reached|rose\s+to|fell\s+to|stood\s+at|of|hit)\s+$", re.I)
_WITH_GAP = re.compile(r"^[^,;:.()\d]{0,40}?,\s*with\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+over\s+)?$",
                       re.I)
_VOTES_CAST_AFTER = re.compile(r"\s+(?:(?:valid\s+)?(?:ballots|votes|ballot\s+papers)\s+(?:were\s+|being\s+)?"
                               r"(?:cast|counted|returned|submitted)|(?:people\s+|voters\s+)?(?:voting|turning\s+out)"
                               r"|(?:people\s+|voters\s+)?who\s+(?:voted|turned\s+out))\b", re.I)


def _turnout_with(doc: Document, share: Mention, base: Mention, rest: list[Mention]) -> Mention | None:
    """(round 43) "Turnout reached 64% of the 2.5 million eligible voters, with 1.8 million ballots cast": the votes
    cast are the turnout's part of the electorate."""
    if not rest or not _TURNOUT_VERB_BEFORE.search(doc.text, max(0, share.start - 30), share.start):
        return None
    part = rest[0]
    if not _WITH_GAP.match(doc.text[base.end:part.start]) or not _VOTES_CAST_AFTER.match(doc.text, part.end):
        return None
    return part


def _unit_from_base(part: Mention, base: Mention) -> Mention:
    """(round 43) A bare count right before "of the" a whole in a unit is in that unit: "14 of the grid's 40
    gigawatts" is 14 gigawatts."""
    if part.kind == Kind.COUNT and part.noun is None and not part.compound and base.kind in (Kind.MEASURE, Kind.MONEY) \
            and base.unit:
        return replace(part, kind=base.kind, unit=base.unit)
    return part


def _unit_left_off(part: Mention, base: Mention) -> bool:
    """Wire style leaves the currency off the whole: "4.2 billion dlrs, or 31 pct of total exports of 12 billion"."""
    return part.kind == Kind.MONEY and base.kind == Kind.COUNT and base.noun is None and not base.compound \
        and bool(_SCALED.search(base.text)) and bool(_SCALED.search(part.text))


def _through_breakdown(doc: Document, share: Mention, items: list[Mention], wholes: list[PartsOfWhole]):
    """"Around 3,800 civilians, almost a quarter of them children": the part
    is the breakdown's item counting children; the base is its whole."""
    text = doc.text
    m = _OF_THEM.match(text[share.end:share.end + 40])
    if not m:
        return None
    noun = categories.normalise(m.group(1)) if m.group(1) else None
    before = [c for c in items if c.end <= share.start and c.kind in COUNT_KINDS]
    # the whole named right before the share comes first
    ordered = sorted(wholes, key=lambda r: not (before and before[-1] == r.total))
    for rel in ordered:
        if not rel.complete:
            continue
        base = rel.total
        in_breakdown = any(p.sentence == share.sentence and p.end <= share.start for p in rel.parts)
        refers_to_total = before and before[-1] == base
        if not (refers_to_total or in_breakdown):
            continue
        if noun:
            part = next((p for p in rel.parts if categories.normalise(p.noun) == noun), None)
        elif in_breakdown:
            part = max((p for p in rel.parts if p.end <= share.start), key=lambda p: p.start)
        else:
            part = None
        if part is None:
            continue
        return ShareOf(link="inferred", cue="of them", share=share, part=part, base=base,
                       base_sum=rel.parts if rel.link == "inferred" else ())
    return None


# ---------------------------------------------------------------- round 13: a whole named again by its noun

_NAMED_DET = r"(?P<det>the|those|these|its|their|(?:last|this)\s+(?:year|season|month|week|term)['’]s)"
# "Of the new students, 1,380, almost a quarter, ...", "Of those patients, 7,085 were seen ..., or 72%": the lead
# names the whole by its noun (or by "those"), its count stated before
_NAMED_LEAD = re.compile(r"(?:^|" + _DATELINE + r"|" + _REPORTED_THAT + r")\W*(?:(?:and|but)\s+)?(?:of|among|out\s+of)\s+"
                         + _NAMED_DET + r"(?P<np>(?:\s+[a-z][\w-]*){0,3})\s*,\s*" + _EMPH + "$", re.I)
# "Almost a third of last year's visitors, some 402,000 people, ...": a share opening its sentence, of a whole
# named by its noun, then the part set apart
_NAMED_OF = re.compile(r"^\s+of\s+" + _NAMED_DET + r"(?P<np>(?:\s+[a-z][\w-]*){1,3})\s*(?:,|\s[-–—]+|[–—(])\s*"
                       + _EMPH + "$", re.I)
_SHARE_OPENS = re.compile(r"(?:^|" + _DATELINE + r"|" + _REPORTED_THAT + r")\W*(?:(?:and|but|yet|so|only|just|still)\s+)?$",
                          re.I)
_NOT_WHOLE_NOUNS = frozenset("total whole rest remainder others other figure figures number numbers amount sum time "
                             "them those these which whom".split())
_DEMONSTRATIVES = frozenset(("those", "these"))
_RELATIVE_WORDS = frozenset("who whom which that whose where".split())


def _names(noun: str | None, head: str) -> bool:
    """A count's noun names the whole the text refers to: "students" and "the new students"."""
    if not noun:
        return False
    n, h = noun.lower(), head.lower()
    return n == h or _stem(n) == _stem(h) or categories.same_thing(n, h)


_ANYONE = frozenset("people persons individuals".split())


def _part_of_named(doc: Document, part: Mention, head: str) -> bool:
    """The part counts nothing of its own, "people", or the whole's things: "some 402,000 people" of the visitors
    ("7,985 were seen": what they were, not what they count)."""
    noun = (part.noun or "").lower()
    if part.noun_span is not None and re.match(r"\s+(?:are|were|is|was|had|have|has)\b", doc.text[part.end:part.noun_span.start]):
        noun = ""
    return not noun or not head or noun in _ANYONE or _names(noun, head) or categories.may_contain(head, noun) \
        or head.lower() in _WHOLE_RENAMINGS or head.lower() == "population"  # "residents" of "the population"


def _named_pair(doc: Document, items: list[Mention]):
    """(share, part, det, noun phrase, whether the share takes "of" the phrase) of a sentence naming its whole by a noun: the lead "Of the NOUN, PART, SHARE"
    (or "PART VERB ..., or SHARE"; or "SHARE - PART -"), or "SHARE of the NOUN, PART" opening the sentence."""
    text = doc.text
    sent = doc.sentences[items[0].sentence]
    first = items[0]
    second = items[1] if len(items) > 1 else None
    head = text[sent.start:first.start]
    lead = _NAMED_LEAD.search(head) if "," in head else None  # it ends on a comma: a cheap test before the pattern
    if lead and second is not None:
        gap = text[first.end:second.start]
        if first.kind in COUNT_KINDS and second.kind in SHARE_KINDS \
                and (_TIGHT.match(gap) or _PUNCT_OR.search(gap) and _APPOSITION.match(gap) and _one_clause(gap, text, second)
                     and not _CLAUSE.search(gap)):
            return second, first, lead.group("det").lower(), lead.group("np"), False
        if first.kind in SHARE_KINDS and second.kind in COUNT_KINDS and _TIGHT.match(gap):
            return first, second, lead.group("det").lower(), lead.group("np"), False
        # round 20: "Of the kits returned, 612 showed traces of blood, an abnormal rate of 3.1%": the part's own short
        # clause, then a rate set apart (either reading)
        if first.kind in COUNT_KINDS and second.kind == Kind.PERCENT and _NAMED_RATE_AFTER.match(gap) \
                and len(words(gap)) <= MAX_GAP_WORDS + 4 and not _CLAUSE.search(gap) \
                and not set(words(gap)) & (CHANGE_WORDS | {"than", "per", "each", "every", "compared"}):
            return second, first, lead.group("det").lower(), lead.group("np"), False
        return None
    if first.kind in SHARE_KINDS and second is not None and second.kind in COUNT_KINDS \
            and _SHARE_OPENS.search(text[sent.start:first.start]):
        named = _NAMED_OF.match(text[first.end:second.start])
        if named:
            return first, second, named.group("det").lower(), named.group("np"), True
    # round 15: "Teams were sent to 869 of the incidents, or 56%.": the part, the whole named by its noun, then the
    # share set apart, closing its clause
    for k, part in enumerate(items[:-1]):
        share = items[k + 1]
        if part.kind in COUNT_KINDS and share.kind in SHARE_KINDS and not is_quantifier(share):
            named = _PART_OF_NAMED.match(text[part.end:share.start])
            if named and (_CLOSED_AFTER.match(text, share.end) or _OF_TOTAL.match(text[share.end:share.end + 30])) \
                    and not (_PART_MOVED.search(text[sent.start:part.start])
                             and not _PARTICLE_VERB_BEFORE.search(text[sent.start:part.start])):
                return share, part, named.group("det").lower(), named.group("np"), False
    # "There were 41,500 people aged 65 and over, making up 14.5% of the population": the part, a verb stating
    # its share, and the whole named by its noun closing the clause
    counts = [m for m in items if m.kind in COUNT_KINDS]
    if counts and second is not None:
        part = counts[0]
        k = items.index(part)
        share = items[k + 1] if k + 1 < len(items) else None
        if share is None or share.kind not in SHARE_KINDS or is_quantifier(share):
            return None
        gap = text[part.end:share.start]
        named = _NAMED_TAIL.match(text, share.end)
        if named and (_SHARE_CLAUSE.match(gap) or _SHARE_VERB.match(gap) or _APART.match(gap) and len(words(gap)) <= 8
                      and not set(words(gap)) & (CHANGE_WORDS | _LINK_WORDS - {"of", "in", "at", "on", "or"})) \
                and not _PART_MOVED.search(text[sent.start:part.start]) \
                and not _OTHER_SCOPE.search(text[sent.start:part.start]) \
                and not any(m.start > share.end and m.start < named.end() for m in items):
            return share, part, named.group("det").lower(), named.group("np"), True
    return None


# "In the town, 9,900 residents ...": a place (or group) of its own, whose whole may be another
_OTHER_SCOPE = re.compile(r"^\W*(?:in|at|across|among|within|outside|for)\b|\b(?:in|at|across|within|outside)\s+(?:the\s+)?"
                          r"(?-i:[A-Z])|\b(?:in|at|across|within|outside)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:town|city|village|"
                          r"county|region|district|borough|area|state|country|capital|north|south|east|west)\b", re.I)
# "(4,100 residents) were over seventy, (14% of the population)": the part's short clause, then the share set apart
_APART = re.compile(r"^[^;:.()\d%]*?(?:,|\s[-–—]+|[–—])\s*(?:or\s+)?" + _EMPH + "$", re.I)
# (round 19: also set apart by a comma or a dash alone: "71 of the cases - about 64% - had not been vaccinated")
_PART_OF_NAMED = re.compile(r"^\s+of\s+(?P<det>the|those|these|its|their|last\s+(?:year|month|week)['’]s)(?P<np>(?:\s+[a-z][\w-]*){1,2})\s*(?:,\s*or|\(|,|"
                            r"\s[-–—]+|[–—])\s*" + _EMPH + "$", re.I)
_NAMED_TAIL = re.compile(r"\s+of\s+(?P<det>the|its|their)(?P<np>(?:\s+[a-z][\w-]*){1,2})\s*(?:[.;,)!?]|\s[-–—]|$)", re.I)
# round 20: "made up 806 of the orders", "dealt with 4,386 of the patients": a verb's own particle, no change
_PARTICLE_VERB_BEFORE = re.compile(r"\b(?:made|make|makes|making|took|take|takes|taking)\s+up\s+$|"
                                   r"\b(?:dealt|deal|deals|dealing)\s+with\s+$", re.I)
# "rose by 3,000, making up ...", "compared with 33,900, making up ...": a change or an old level, not the part
_PART_MOVED = re.compile(r"\b(?:by|up|down|from|with|against|versus|than)\s+$", re.I)


def _near_scale(rel: ShareOf) -> bool:
    """The part's ratio to a whole named only by its noun is within a factor of three of the share: far off,
    the noun more likely names another whole (the nation's population, not the town's)."""
    ratio, stated = ratio_interval(rel), share_interval(rel.share)
    if ratio is None or ratio.lo is None or ratio.hi is None or stated.lo is None or stated.hi is None:
        return False
    return ratio.hi * 3 >= stated.lo and ratio.lo <= stated.hi * 3


def _named_subject(doc: Document, w: Mention, head: str) -> bool:
    """A count of no noun stated as the level of the whole named: "The population of the county rose to
    286,400" (the noun in the count's own clause, before it)."""
    if w.noun:
        return False
    sent = doc.sentences[w.sentence]
    before = doc.text[sent.start:w.start]
    clause = re.split(r"[,;:()]|\s[-–—]\s", before)[-1]
    said = words(clause)
    h = _stem(head.lower())
    at = next((i for i, x in enumerate(said[:4]) if _stem(x) == h), None)
    if at is None or len(said) - at > 8 or set(said[at:]) & _NOT_SUBJECT_LEVEL:
        return False
    return bool(_LEVEL_VERB_BEFORE.search(clause))


def _names_last_period(doc: Document, idx: int, which: str, unit: str) -> bool:
    """Round 20: "4,860 of last month's appointments" in a text published on November 7, the whole's sentence
    naming October (or, for "last year's", the year before publication): the period named by its date."""
    pub = doc.published
    if pub is None or which.lower() != "last" or unit.lower() not in ("month", "year"):
        return False
    if unit.lower() == "year":
        return any(m.kind == Kind.YEAR and m.value == pub.year - 1 for m in doc.mentions_in(idx))
    month = MONTH_NAMES[(pub.month - 2) % 12].lower()
    return any(m.kind == Kind.DATE and re.fullmatch(month + r"(?:\s+\d{4})?", m.text.strip(" .,;").lower())
               for m in doc.mentions_in(idx))


def _named_by_clause(doc: Document, w: Mention, said: list[str]) -> bool:
    """Round 20: "Of the kits returned" names "28,900 returned a completed kit" ("Of the claims sampled": "sampled
    2,400 claims"): every word (of three letters or more) of a whole named by two or more words comes back, by its
    stem, within the five words after the count or the three before it in its clause (no other figure between; not
    a count cut out of another, "15,500 of the returned kits")."""
    said = [x for x in said if len(x) >= 3]
    if len(said) < 2:
        return False
    tail = doc.text[w.end:_next_figure(doc, w)]
    if re.match(r"\s+of\b", tail, re.I):
        return False
    sent = doc.sentences[w.sentence]
    clause = re.split(r"[,;:()]|\s[-–—]\s|\d", doc.text[max(sent.start, w.start - 40):w.start])[-1]
    near = {_stem(x) for x in words(tail.lower())[:5] + words(clause.lower())[-3:]}
    return all(_stem(x.lower()) in near for x in said)


def _named_with_modifiers(doc: Document, w: Mention, said: list[str]) -> bool:
    """Round 25: "Home insurance accounted for 11,920 of the claims ... 3,270 of the home claims, or just over 27%":
    a whole named by its noun and modifiers before it ("home claims") is a count of that noun -- its own ("11,920
    home claims") or the one it is cut out of ("11,920 of the claims") -- whose clause tells every modifier (by its
    stem, within six words before the count or between it and its noun), not the plain total of the noun ("18,640
    claims")."""
    modifiers = [x.lower() for x in said[:-1] if len(x) >= 3]
    if not modifiers:
        return False
    head = said[-1]
    cut = _OF_NAMED_NOUN.match(doc.text, w.end, min(len(doc.text), w.end + 60))
    if not (_names(w.noun, head) or cut and _names(cut.group(1), head)):
        return False
    sent = doc.sentences[w.sentence]
    clause = re.split(r"[,;:()]|\s[-–—]\s|\d", doc.text[sent.start:w.start])[-1]
    near = {_stem(x) for x in words(clause.lower())[-6:] + words(doc.text[w.end:_noun_end(w)].lower())}
    return all(_stem(x) in near for x in modifiers)


def _named_beside(doc: Document, w: Mention, head: str) -> bool:
    """Round 20: a count whose own words name the whole by ``head`` right beside it: "took orders for a record 1,240
    buses" (the orders), "a list of 6,800 patients" (the list), "1.27 billion litres of milk" (the milk)."""
    h = _stem(head.lower())
    if len(h) < 3:
        return False
    before = _NOUN_FOR_COUNT.search(doc.text, max(doc.sentences[w.sentence].start, w.start - 40), w.start)
    if before and _stem(before.group(1).lower()) == h:
        return True
    after = _OF_NOUN_AFTER.match(doc.text, _noun_end(w) if w.noun else w.end, min(len(doc.text), w.end + 40))
    return bool(after) and _stem(after.group(1).lower()) == h


# "orders for a record 1,240", "a list of 6,800", "its full list of 6,800": the whole's noun, then its count
_NOUN_FOR_COUNT = re.compile(r"\b([a-z]+)\s+(?:for|of)\s+(?:(?:a|an)\s+)?(?:(?:record|total\s+of|some|about|around|"
                             r"nearly|almost|roughly|over|more\s+than)\s+)?$", re.I)
# "1.27 billion litres of milk": a measure's own noun after its unit
_OF_NOUN_AFTER = re.compile(r"\s+of\s+([a-z]+)\b", re.I)


# "(The population of the county) rose to", "stood at", "was", "totalled": the whole's level stated by its verb
_LEVEL_VERB_BEFORE = re.compile(r"\b(?:rose|grew|fell|increased|climbed|reached|was|is|stood\s+at|stands\s+at|totall?ed|"
                                r"hit|came\s+to|numbered)\s+(?:to\s+)?(?:a\s+(?:record\s+)?)?$", re.I)
_NOT_SUBJECT_LEVEL = frozenset("as while when and but which that who where number".split())


def _named_whole(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """"The university took 5,640 students ... Of the new students, 1,380, almost a quarter, come from ...":
    a share and its part set together, the whole named only by its noun ("the new students", "last year's
    visitors") or by "those" ("Of those patients, 7,085 were seen within four hours, or 72%"), its count
    stated in an earlier sentence: for "those", a count of the sentence before (as "Of those,"); for a noun,
    any earlier count of that noun.  When any of them, or any count of the sentence before, agrees, nothing
    is reported; a noun's whole is inferred (round 13)."""
    text = doc.text
    earlier: list[Mention] = []
    for idx in sorted(by_sentence):
        items = by_sentence[idx]
        sent = doc.sentences[idx]
        # (_named_pair pairs a share with a count: a sentence without a share holds no pair, told before its patterns)
        pair = None if sent.headline or sent.chrome or len(items) < 2 or idx == 0 \
            or not any(m.kind in SHARE_KINDS for m in items) else _named_pair(doc, items)
        if pair is not None:
            share, part, det, np, named_of = pair
            words_np = words(np)
            head = words_np[-1] if words_np else ""
            tail = text[share.end:sent.end]
            if share.start in used or head in _NOT_WHOLE_NOUNS or set(words_np) & _RELATIVE_WORDS \
                    or _CHANGE_AFTER.match(tail[:40]) \
                    or not named_of and re.match(r"\s*of\b", tail) and not (_OF_REF.match(tail[:30]) or _OF_TOTAL.match(tail)) \
                    or _CHANGE_AFTER.match(text[part.end:part.end + 40]) or not _part_of_named(doc, part, head):
                pair = None
        if pair is not None:
            prev = [m for m in by_sentence.get(idx - 1, []) if m.kind in COUNT_KINDS] \
                if not doc.sentences[idx - 1].headline else []
            # (any count of the two sentences before may be the whole meant: agreeing, it keeps the pair silent)
            near = [m for m in by_sentence.get(idx - 2, []) if m.kind in COUNT_KINDS] + prev \
                if idx >= 2 and not doc.sentences[idx - 2].headline else prev
            if det in _DEMONSTRATIVES:
                # ("Of those patients": an earlier count of patients may be the one meant, agreeing)
                named = [w for w in earlier if head and w not in prev and _names(w.noun, head)]
                rel = _nearest_whole(doc, share, part, named + prev, "of those") if prev else None
            else:
                period = re.match(r"(last|this)\s+(\w+)", det)  # "last year's visitors": counted "last year"
                # (the cheap tests of the figures first: a long text holds many earlier counts)
                named = [w for w in (_plausible_wholes(part, reversed(earlier)) if head else ())
                         if w.value != part.value  # (round 28) the part told before ("needed 142 marks out of 240")
                         and (_names(w.noun, head) or _named_subject(doc, w, head)
                              or _named_beside(doc, w, head)
                              or _named_by_clause(doc, w, words_np)
                              or _named_with_modifiers(doc, w, words_np))
                         and not _old_share_level(doc, w)
                         and (not period or f"{period.group(1)} {period.group(2)}" in doc.sentence_text(w.sentence).lower()
                              or _names_last_period(doc, w.sentence, period.group(1), period.group(2)))]
                # (round 25) "the home claims": a count told with the whole's own modifiers is the whole meant
                named = [w for w in named if _named_with_modifiers(doc, w, words_np)] or named
                rel = None
                if named and not _subgroup_agrees(doc, share, part, named[0]):
                    rels = [ShareOf(link="inferred", cue="of the " + head, share=share, part=part, base=w)
                            for w in named + [w for w in near if w not in named and _plausible(part, w)]]
                    listed = _list_of(doc, named[0])
                    if len(listed) >= 2:  # "3,020 parcels in November and 3,220 in December ... of the parcels"
                        rels.append(ShareOf(link="inferred", cue="of the " + head, share=share, part=part,
                                            base_sum=listed))
                    rel = next((r for r in rels if agrees(r)), rels[0])
                    if not agrees(rel) and not _near_scale(rel) and len(named) > 1:
                        # (round 59) the nearest count of the noun is a part of a larger one told before it ("1,652
                        # pups were born at A, 871 at B ..." after "a record 2,914 pups"): "the pups" are all of them
                        rel = max(rels[:len(named)], key=lambda r: r.base.value)
                    if not agrees(rel) and not _near_scale(rel):
                        rel = None  # "15% of the population" against a count thirty times the share: another whole
            if rel is not None:
                used.add(share.start)
                if _NAMED_RATE_AFTER.match(text[_noun_end(part):share.start]):
                    rel = replace(rel, either=True)  # "an abnormal rate of": the part's or the rest's
                yield rel
        if not sent.chrome:
            earlier.extend([m for m in items if m.kind in COUNT_KINDS])



# round 16: "The closures amount to 24% of its network.": a sentence whose subject names what was done to a part,
# its one figure a share of a word for the whole ("network", "fleet", "workforce", or the whole's own noun); the
# subject may restate the part ("The 36 withdrawals"), carry a clause in commas, or be "That" (the pair right before)
_SUBJECT_VERB = (r"(?:(?:will|would|could|now)\s+)?(?:amount\s+to|amounts\s+to|amounted\s+to|"
                 r"make\s+up|makes\s+up|made\s+up|account\s+for|accounts\s+for|accounted\s+for|"
                 r"represent|represents|represented|equal|equals|equalled|come\s+to|comes\s+to|came\s+to|"
                 r"(?:are|were|is|was)(?:\s+(?:equal|equivalent)\s+to)?)\s+" + _EMPH + "$")
_SUBJECT_SHARE_LEAD = re.compile(r"^\W*(?:(?:and|but|so|in\s+all|overall|together|altogether),?\s+)?"
                                 r"(?:(?:the|these|those|such|its|their)\s+(?P<count>\d[\d,.]*\s+)?"
                                 r"(?P<noun>(?:[a-z'’-]+\s+)?[a-z'’-]+)(?:\s*,[^,.;:()\d%]{1,60},)?|(?P<that>that|this))\s+"
                                 + _SUBJECT_VERB, re.I)
# "of its network.", "of the council's network,", "of all its libraries": the whole named again, closing the clause
_SUBJECT_WHOLE = re.compile(r"\s*of\s+(?:all\s+)?(?:the|its|their|his|her|our)\s+(?:[A-Za-z-]+['’]s\s+)?"
                            r"(?:(?!national|global|overall|entire|whole|wider|regional|local|world)[a-z-]+\s+)?([a-z-]+)"
                            r"\s*(?:[.;)–—!?]|\s-\s|,|$)")
# "The remaining routes ...", "The other services ...": the rest of the whole, not the part
_REST_SUBJECT = frozenset("remaining other others rest surviving kept retained left".split())
_VAGUE_WHOLE_WORDS = frozenset("total people men women ones".split())
_SUBJECT_SHARE_BACK = 4  # sentences back, within the share's paragraph and the one before


def _names_deed(doc: Document, part: Mention, base: Mention, said: list[str]) -> bool:
    """The words of a subject name what the part's clause says was done to it, a noun of the verb too: "closures"
    of "close", "withdrawals" of "withdraw" (as ``_names_part``, a final "e" left off); not the whole's own noun."""
    sent = doc.sentences[part.sentence]
    near = [w for w in words(doc.text[max(sent.start, part.start - 40):min(sent.end, part.end + 40)]) if len(w) >= 3
            and not (base.noun and _names(base.noun, w))]
    if not said or base.noun and _names(base.noun, said[-1]):
        return False  # "The libraries make up ...": the whole's own things, not what was done to some of them
    for w in said:
        a = _stem(w).rstrip("e")
        if len(w) >= 3 and any(_same_verb(w, n) or len(a) >= 4 and len(b := _stem(n).rstrip("e")) >= 4
                               and (a.startswith(b) or b.startswith(a)) for n in near):
            return True
    return False


def _subject_share(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """"Marshway is to withdraw 36 of its 150 routes ... The withdrawals amount to 24% of its network.": a
    sentence whose only figure is a share of a word for the whole (or the part again in its subject, "The 36
    withdrawals"), its subject naming what the part's clause says was done to it, and "PART of its BASE" in an
    earlier sentence of the paragraph or the one before (the nearest such pair; for "That amounts to", the last
    pair of the sentence right before).  A count stated between them may be the part meant: agreeing, it keeps
    the share silent; inferred (round 16)."""
    text = doc.text
    for idx, items in by_sentence.items():
        sent = doc.sentences[idx]
        if not 1 <= len(items) <= 2 or sent.headline or sent.chrome or idx == 0:
            continue
        share = items[-1]
        if share.kind not in SHARE_KINDS or share.start in used or is_quantifier(share):
            continue
        lead = _SUBJECT_SHARE_LEAD.match(text[sent.start:share.start])
        if not lead or _CHANGE_AFTER.match(text[share.end:share.end + 40]):
            continue
        said = words(lead.group("noun") or "")
        if set(said) & (_REST_SUBJECT | _LINK_WORDS):
            continue
        # "The 36 withdrawals amount to ...": the part again, in the subject (the sentence's one other figure)
        restated = items[0] if len(items) == 2 else None
        if restated is not None and not (lead.group("count") and restated.kind in COUNT_KINDS
                                         and restated.start == sent.start + lead.start("count")):
            continue
        pair, between = None, []
        back = 1 if lead.group("that") else _SUBJECT_SHARE_BACK
        for j in range(idx - 1, max(-1, idx - 1 - back), -1):
            if doc.sentences[j].headline or doc.sentences[j].paragraph < sent.paragraph - 1:
                break
            counts = [m for m in by_sentence.get(j, []) if m.kind in COUNT_KINDS]
            for a, b in reversed(list(zip(counts, counts[1:]))):
                if _OF_BASE.match(text[_noun_end(a):b.start]) and _plausible(a, b) \
                        and (lead.group("that") and not [m for m in counts if m.start > b.end]
                             or _names_deed(doc, a, b, said)):
                    pair = (a, b)
                    break
                if lead.group("that"):
                    break  # "That" stands for the last figures said
            if pair is not None:
                between = [m for m in counts if m.start > pair[1].end] + between
                break
            between = counts + between
        if pair is None:
            continue
        part, base = pair
        m = _SUBJECT_WHOLE.match(text, share.end, min(len(text), share.end + 60))
        noun = m.group(1).lower() if m else ""
        if not noun or noun in _VAGUE_WHOLE_WORDS \
                or not (noun in _WHOLE_RENAMINGS or base.noun and categories.same_thing(base.noun, noun)) \
                or _CHANGE_AFTER.match(text[_noun_end(part):_noun_end(part) + 40]):
            continue
        rels = [ShareOf(link="inferred", cue="the part named", share=share, part=c, base=base)
                for c in ([restated] if restated else []) + [part] + between
                if c.kind == part.kind and c.unit == part.unit and _plausible(c, base)]
        used.add(share.start)
        yield next((r for r in rels if agrees(r)), rels[0])


# round 16: "9.2 million of the year's journeys, or 22% of the total": the part of a period's whole named by its
# noun, the share set apart (of the total, or closing its clause)
_OF_PERIODS = re.compile(r"^\s+of\s+(?:(?:the|this|last)\s+(?P<period>year|season|month|week|quarter|day|decade)|"
                         r"(?P<year>\d{4}))['’]s\s+(?:[a-z-]+\s+)?(?P<noun>[a-z-]+)\s*(?:,|\s[-–—]+|[–—(])\s*(?:or\s+)?"
                         + _EMPH + "$", re.I)
# "9.2 million journeys in the year, or 22% of the total": the period after the part's noun (the share of the total)
_IN_PERIOD = re.compile(r"^\s*(?:in|during|over|across)\s+(?:the|that)\s+(?P<period>year|season|month|week|quarter)"
                        r"\s*(?:,|\s[-–—]+|[–—(])\s*(?:or\s+)?" + _EMPH + "$", re.I)
_OLD_LEVEL_FROM = re.compile(r"\bfrom\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)


# round 20: "6,426 were waiting for X, 4,998 for Y and 2,856 for Z - 45%, 53% and 20% of the list respectively":
# the parts, each with its own short label, then as many shares in one list, "of the NOUN" and "respectively"
_PART_LIST_GAP = re.compile(r"^[^;:.()\d%]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_SHARE_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)
_PARTS_THEN_SHARES = re.compile(r"^[^;:.()\d%]{0,60}?(?:,|\s[-–—]+|[–—(]|:)\s*(?:or\s+)?$", re.I)
_RESPECTIVELY_TAIL = re.compile(r"\s*(?:of\s+(?:the|its|their|all)\s+(?P<noun>[a-z-]+)\s+)?respectively\b", re.I)


def _respectively(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """Round 20: "In all, 14,280 people were on the list. Of those, 6,426 were waiting for cataract surgery, 4,998
    for glaucoma care and 2,856 for retinal services - 45%, 53% and 20% of the list respectively.": as many
    counts as shares, each list unbroken, the shares set apart after the last part and closed by
    "respectively" (after "of the NOUN" or none); the i-th share is the i-th part's, of the whole "Of those"
    names in the sentence before (the whole as for "Of those, PART - SHARE").  Any agreeing reading of a pair
    keeps it silent."""
    text = doc.text
    for idx, items in by_sentence.items():
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or "respectively" not in text[sent.start:sent.end]:
            continue
        shares = [m for m in items if m.kind == Kind.PERCENT]
        if len(shares) < 2:
            continue
        run = [shares[0]]
        for a, b in zip(shares, shares[1:]):
            if not _SHARE_LIST_GAP.match(text[a.end:b.start]):
                break
            run.append(b)
        if not _RESPECTIVELY_TAIL.match(text, run[-1].end) or any(m.start in used for m in run):
            continue
        parts = [m for m in items if m.end <= run[0].start and m.kind in COUNT_KINDS]
        parts = parts[-len(run):]
        if len(parts) != len(run) or any(p.kind != parts[0].kind or p.unit != parts[0].unit or p.value is None
                                         or p.is_range for p in parts) \
                or not all(_PART_LIST_GAP.match(text[_noun_end(a):b.start]) for a, b in zip(parts, parts[1:])) \
                or not _PARTS_THEN_SHARES.match(text[_noun_end(parts[-1]):run[0].start]) \
                or any(m.start < run[0].start and m.end > parts[0].start and m not in parts and m.kind in COUNT_KINDS
                       for m in items):
            continue
        head = text[sent.start:parts[0].start]
        first = [m for m in items if m.end <= parts[0].start]
        if len(first) == 1 and first[0].kind == parts[0].kind and first[0].unit == parts[0].unit \
                and _LEAD_OF.match(text[sent.start:first[0].start]) and "," in text[first[0].end:parts[0].start] \
                and len(words(text[first[0].end:parts[0].start])) <= MAX_GAP_WORDS:
            # "Of the 14,280 people on the list, 6,426 ..., 4,998 ... and 2,856 ... - 45%, 35% and 20% respectively"
            rels = [ShareOf(link="explicit", cue="respectively", share=share, part=part, base=first[0])
                    if _plausible(part, first[0]) else None for part, share in zip(parts, run)]
        else:
            lead = _of_ref_lead(head) if idx > 0 and not doc.sentences[idx - 1].headline else None
            if not lead or first:
                continue
            prev = [m for m in by_sentence.get(idx - 1, []) if m.kind in COUNT_KINDS]
            rels = [_nearest_whole(doc, share, part, prev, "of those") for part, share in zip(parts, run)]
        if any(r is None or r.base is None for r in rels) or len({r.base.start for r in rels}) != 1:
            continue  # each part of one whole
        for share in run:
            used.add(share.start)
        yield from rels


def _part_then_rest(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """Round 20: "Of last year's operations, 62 used kidneys from living donors, or 52% of the total. The other 86
    came from deceased donors.": a lead naming the whole ("Of the NOUN", "Of those"), the part, its own short clause
    and its share (closing the clause, or "of the total"), the sentence's only two figures; the next sentence
    opens on "The other|remaining REST": the whole is the part and the rest together.  Inferred."""
    text = doc.text
    for idx, items in by_sentence.items():
        nxt = by_sentence.get(idx + 1)
        sent = doc.sentences[idx]
        if not nxt or sent.headline or sent.chrome or len(items) != 2:
            continue
        part, share = items
        rest = nxt[0]
        nsent = doc.sentences[idx + 1]
        if part.kind not in COUNT_KINDS or share.kind != Kind.PERCENT or share.start in used \
                or rest.kind != part.kind or rest.unit != part.unit or rest.value is None or part.value is None \
                or part.is_range or rest.is_range or nsent.paragraph != sent.paragraph \
                or not _REST_LEAD.match(text[nsent.start:rest.start]):
            continue
        head = text[sent.start:part.start]
        if not ("," in head and (_NAMED_LEAD.search(head) or _of_ref_lead(head))):
            continue
        tail = text[share.end:share.end + 40]
        if not (_TIGHT.match(text[_noun_end(part):share.start]) or _clause_or(doc, part, share)) \
                or not (_CLOSED_AFTER.match(tail) or _OF_TOTAL.match(tail)) \
                or _CHANGE_AFTER.match(text[rest.end:rest.end + 40]):
            continue
        used.add(share.start)
        yield ShareOf(link="inferred", cue="the other", share=share, part=part, base_sum=(part, rest))


# round 20: "(grew 24% to $412 million) and made up (78% of the total)": a verb stating the part's share of the total
_SHARE_OF_TOTAL_VERB = re.compile(r"^\s*(?:and\s+|,\s*)?(?:made\s+up|makes\s+up|make\s+up|accounted\s+for|accounts\s+for|"
                                  r"account\s+for|represented|represents|accounting\s+for|representing|making\s+up)\s+"
                                  r"(?:(?:about|around|nearly|almost|roughly|some|just|over|under|more\s+than)\s+)?"
                                  + _EMPH + "$", re.I)
# "brought in the remaining $116 million", "the other 86": the rest of the same whole
_REMAINING_BEFORE = re.compile(r"\bthe\s+(?:remaining|other)\s+(?:(?:some|about|around|roughly|nearly|almost)\s+)?$", re.I)


def _share_of_total_then_remaining(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """Round 20: "Subscription revenue grew 24% to $412 million and made up 78% of the total. Services brought in
    the remaining $116 million.": the part, a verb stating its share "of the total" (the last figure of its
    sentence), and in the next sentence of the paragraph the one figure of the part's kind named "the remaining"
    or "the other": the whole is the two together.  Inferred."""
    text = doc.text
    for idx, items in by_sentence.items():
        nxt = by_sentence.get(idx + 1)
        sent = doc.sentences[idx]
        if not nxt or sent.headline or sent.chrome or len(items) < 2 \
                or doc.sentences[idx + 1].paragraph != sent.paragraph:
            continue
        share, part = items[-1], items[-2]
        if share.kind != Kind.PERCENT or share.start in used or part.kind not in COUNT_KINDS or part.value is None \
                or part.is_range or not _OF_TOTAL.match(text[share.end:share.end + 30]) \
                or not _SHARE_OF_TOTAL_VERB.match(text[_noun_end(part):share.start]):
            continue
        same = [m for m in nxt if m.kind == part.kind and m.unit == part.unit]
        if len(same) != 1 or same[0].value is None or same[0].is_range \
                or not _REMAINING_BEFORE.search(text, max(doc.sentences[idx + 1].start, same[0].start - 30), same[0].start) \
                or _CHANGE_AFTER.match(text[same[0].end:same[0].end + 40]):
            continue
        used.add(share.start)
        yield ShareOf(link="inferred", cue="the remaining", share=share, part=part, base_sum=(part, same[0]))


# round 20: "A total of 1,038 patients, or 30%, waited ...": the part opening its sentence
_TOTAL_OPENING = re.compile(r"^\W*(?:(?:and|but|yet|so)\s+)?(?:(?:a\s+total\s+of|just|only|nearly|almost|around|about|some|"
                            r"roughly|well)\s+)*$", re.I)


def _part_opens_lead_total(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """Round 20: "The department treated 3,460 patients in the week ... (paragraphs on) A total of 1,038 patients, or
    30%, waited more than four hours": a sentence after the lead paragraph opening on a count with its noun, the
    share set apart beside it, then its verb; the whole is the one count of that noun the lead paragraph states
    (not an old level, another period, a stated part or the first of a list), with no other such count between
    (another whole may be meant) and no date of the share's own; not three times off.  Inferred."""
    text = doc.text
    first = lead_sentence(doc)
    if first is None:
        return
    lead = first.paragraph
    for idx, items in by_sentence.items():
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or len(items) < 2 or sent.paragraph == lead:
            continue
        part, share = items[0], items[1]
        if part.kind != Kind.COUNT or not part.noun or part.value is None or part.is_range \
                or share.kind not in SHARE_KINDS or share.start in used or is_quantifier(share) \
                or not _TOTAL_OPENING.match(text[sent.start:part.start]) \
                or not _SHARE_SET_APART.match(text[_noun_end(part):share.start]) \
                or not _SHARE_CLOSED.match(text[share.end:share.end + 40]) or _counted(share) \
                or _CHANGE_AFTER.match(text[share.end:share.end + 40]):
            continue
        named, between = [], []
        for w in doc.mentions:
            if w.start >= part.start:
                break
            ws = doc.sentences[w.sentence]
            if ws.headline or ws.chrome or w.kind != Kind.COUNT or not _names(w.noun, part.noun) or w.is_range \
                    or w.value is None or w.value <= part.value or ws.paragraph > sent.paragraph \
                    or _old_share_level(doc, w) \
                    or _EARLIER_PERIOD_AFTER.search(text, w.end, _next_figure(doc, w)) \
                    or re.search(r"\bthan\s+(?:the\s+)?$", text[max(0, w.start - 12):w.start], re.I):
                continue
            (named if ws.paragraph == lead else between).append(w)
        if len({w.value for w in named}) != 1 or between or _stated_part(doc, named[-1]) \
                or _first_of_a_list(doc, named[-1]) or not _plausible(part, named[-1]):
            continue
        times = {m.text.strip(" .,").lower() for m in doc.mentions_in(named[-1].sentence)
                 if m.kind in (Kind.YEAR, Kind.DATE)}
        if any(m.kind in (Kind.YEAR, Kind.DATE) and m.text.strip(" .,").lower() not in times
               for m in doc.mentions_in(idx)):
            continue
        rel = ShareOf(link="inferred", cue="the lead's total", share=share, part=part, base=named[-1])
        if _far_beyond(ratio_interval(rel), share_interval(share)):
            continue
        used.add(share.start)
        yield rel


def _next_figure(doc: Document, w: Mention) -> int:
    """Where the words said of ``w`` end: the next figure of its sentence, or 60 characters on."""
    nxt = next((m for m in doc.mentions_in(w.sentence) if m.start >= w.end), None)
    return min(w.end + 60, doc.sentences[w.sentence].end, nxt.start if nxt is not None else len(doc.text))


_NOT_NAMING_KINDS = (Kind.YEAR, Kind.DATE, Kind.WEEKDAY)


def _figure_named_before(doc: Document, w: Mention) -> bool:
    """"Terminal 1 took 7.1 million ...", "Line 2 carried 11.3 million": a figure before ``w`` in its clause names
    what it counts, one part of a larger whole, not the period's total (a date or year there is its time)."""
    sent = doc.sentences[w.sentence]
    clause = max([sent.start] + [i.end() + sent.start for i in re.finditer(r"[;:,]|\s[-–—]\s", doc.text[sent.start:w.start])])
    return any(clause <= m.start and m.end <= w.start and m.kind not in _NOT_NAMING_KINDS for m in doc.mentions_in(w.sentence))


def _period_total(doc: Document, by_sentence: dict[int, list[Mention]], used: set):
    """"Trams carried 41.6 million passengers in 2024 ... Card holders made 9.2 million of the year's journeys,
    or 22% of the total": the whole is the period's total stated earlier, a count of the part's kind whose
    sentence names the period (a year: "in 2024"; its noun may be another word, "passengers"), not an old level ("up from",
    "the year before") nor a figure given as a share of another whole.  Any such count agreeing keeps it
    silent; one value only is reported against (several: which total?); inferred (round 16)."""
    text = doc.text
    for idx, items in by_sentence.items():
        sent = doc.sentences[idx]
        if sent.headline or sent.chrome or idx == 0 or len(items) < 2:
            continue
        for part, share in zip(items, items[1:]):
            if share.kind not in SHARE_KINDS or share.start in used or part.kind not in COUNT_KINDS \
                    or is_quantifier(share) or part.compound:
                continue
            tail = text[share.end:sent.end]
            named = _OF_PERIODS.match(text[_noun_end(part):share.start]) \
                or part.noun and _OF_TOTAL.match(tail) and _IN_PERIOD.match(text[_noun_end(part):share.start])
            if not named or not (_OF_TOTAL.match(tail) or _CLOSED_AFTER.match(tail)) \
                    or _PART_MOVED.search(text[sent.start:part.start]):
                continue
            period = (named.group("period") or "year").lower()
            cands = []
            for j in range(idx - 1, -1, -1):
                if doc.sentences[j].headline or doc.sentences[j].chrome:
                    continue
                said = doc.sentence_text(j).lower()
                dated = period in said or period == "year" and any(m.kind == Kind.YEAR for m in doc.mentions_in(j))
                for w in by_sentence.get(j, []):
                    if w.kind == part.kind and w.unit == part.unit and not w.compound and w.value > part.value \
                            and _plausible(part, w) and dated \
                            and not _old_share_level(doc, w) \
                            and not _OLD_LEVEL_FROM.search(text, max(0, w.start - 30), w.start) \
                            and not _EARLIER_PERIOD_AFTER.search(text, w.end, _next_figure(doc, w)) \
                            and not _stated_part(doc, w) and not _figure_named_before(doc, w):
                        cands.append(w)
            if not cands:
                continue
            rels = [ShareOf(link="inferred", cue="of the period's total", share=share, part=part, base=w) for w in cands]
            agreeing = next((r for r in rels if agrees(r)), None)
            if agreeing is None and len({w.value for w in cands}) != 1:
                continue  # several totals, none agreeing: which one is meant?
            used.add(share.start)
            yield agreeing or rels[0]

# (round 48) a rate set apart after "made X of Y": "made 9 of his 21 shots from the field, a 57 per cent clip", "saved 5
# of 7 penalties, an 71% success rate"
_A_RATE_BEFORE = re.compile(r",\s*(?:a|an)\s+$", re.I)
_RATE_NOUN_AFTER = re.compile(r"\s+(?:(?:shooting|success|conversion|strike|completion|hit|pass|passing|save|"
                              r"scoring|accuracy|free-throw|kick(?:ing)?)\s+)?(?:clip|rate|mark|percentage|return)\b", re.I)
_RATE_PART_OF_BASE_GAP = re.compile(r"^\s+of\s+(?:(?:his|her|their|its|the|our)\s+)?$", re.I)


@needs(Kind.PERCENT)
def find_rate_appositions(doc: Document):
    """(round 48) "made 9 of his 21 shots from the field, a 57 per cent clip": the rate set apart by ", a" and named
    by a rate noun after it is the share the part is of the base: the last "X of Y" of two counts before it in its
    clause, no other figure between the base and the rate, nothing but the base's own words (no clause) between."""
    text = doc.text
    for share in doc.mentions:
        if share.kind != Kind.PERCENT or share.value is None or share.is_range or share.hedge \
                or not _A_RATE_BEFORE.search(text, max(0, share.start - 6), share.start) \
                or not _RATE_NOUN_AFTER.match(text, share.end):
            continue
        before = [m for m in doc.mentions_in(share.sentence) if m.end <= share.start]
        if len(before) < 2:
            continue
        base, part = before[-1], before[-2]
        if not (base.kind == part.kind == Kind.COUNT) or base.value is None or part.value is None \
                or not 0 < part.value <= base.value or not _RATE_PART_OF_BASE_GAP.match(text[part.end:base.start]):
            continue
        gap = text[base.end:share.start]
        if len(words(gap)) > 8 or re.search(r"[;:()]|\b(?:and|but|while|which|who)\b", gap):
            continue
        yield ShareOf(link="explicit", cue="a rate set apart", share=share, part=part, base=base)


# (round 48) a share of a thing, then the part and its base set apart after it: "made up more than 40 per cent of the
# canal's traffic last quarter: 2,150 of the 5,800 vessels", "40 per cent of the traffic - 2,150 of the 5,800 vessels"
_SHARE_THEN_APPOSED = re.compile(r"\s+of\s+(?:(?:the|its|their|this|that)\s+)?(?:[A-Z]?[\w'’-]+\s+){0,5}?[\w'’-]+"
                                 r"\s*(?::|\s[-–—]+|[–—]|,\s*or|\()\s*$", re.I)
_PART_OF_BASE_AFTER = re.compile(r"^\s+of\s+(?:(?:the|its|their)\s+)?$", re.I)
# the head of the share's own "of" phrase, past its determiner or owner: "of the canal's traffic" -> traffic
_SHARE_OF_HEAD = re.compile(r"\s+of\s+(?:(?:the|its|their|this|that|all)\s+)?(?:[A-Z]?[\w-]+['’]s\s+)?(?:new\s+)?([a-z][\w-]*)")
# wholes told as a flow of the things the base counts: "40 per cent of the traffic: 2,150 of the 5,800 vessels"
_FLOW_WHOLES = frozenset("traffic sales calls arrivals departures registrations admissions transits visits output "
                         "production shipments deliveries sailings flights journeys trips".split())
# (round 51) instances of whatever the base counts, not of people: "in 68% of cases -- about 8,900 of the 14,250 calls"
_INSTANCE_WHOLES = frozenset("cases instances occasions".split())


def find_share_then_part_of_base(doc: Document):
    """(round 48) "SHARE of THING: PART of the BASE ...": the part and base set apart after the share's own "of"
    phrase by a colon, a dash, ", or" or a bracket, the first two figures after the share, in its sentence; the
    share read by ``find_shares`` already is left alone."""
    if not any(c in doc.text for c in (":", " -", "–", "—", ", or", "(")):
        return
    read = {r.share.start for r in doc.memo.get("shares: found", ()) if isinstance(r, ShareOf) and r.share is not None}
    text = doc.text
    for share in doc.mentions:
        if share.kind not in (Kind.PERCENT, Kind.FRACTION) or share.value is None or share.is_range \
                or share.start in read or share.interval is None or not 0 < share_value(share) < 1:
            continue
        after = [m for m in doc.mentions_in(share.sentence) if m.start >= share.end
                 and m.kind not in (Kind.DATE, Kind.YEAR, Kind.WEEKDAY, Kind.DURATION)]  # ("of new sales in May - ...";
        # (round 51) "of calls within ten minutes in May -- ...")
        if len(after) < 2:
            continue
        part, base = after[0], after[1]
        if not (part.kind == base.kind == Kind.COUNT) or part.value is None or base.value is None \
                or not 0 < part.value <= base.value or base.noun is None:
            continue
        if not _SHARE_THEN_APPOSED.match(text, share.end, part.start) \
                or not _PART_OF_BASE_AFTER.match(text[part.end:base.start]):
            continue
        head = _SHARE_OF_HEAD.match(text, share.end)
        said = head.group(1).lower() if head else ""
        if not (said in _FLOW_WHOLES or categories.same_thing(base.noun.lower(), said)
                or said in _INSTANCE_WHOLES and not categories.names_persons(base.noun)):
            continue  # "a third of the vote: 61 of the 120 candidates", "A quarter of teachers - 4,000 of the 9,000
            # schools": the part and base count another thing
        yield ShareOf(link="explicit", cue="share, then its part of the base", share=share, part=part, base=base)


FINDERS = (find_shares, find_rate_appositions, find_share_then_part_of_base)

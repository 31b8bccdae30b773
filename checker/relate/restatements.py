"""Relations: one quantity stated twice.

A draft often gives a figure twice: in the headline and in the lead, or
once in full and once more with a definite article ("nine people were
killed ... the nine victims").  When the two statements describe the same
thing they must agree once rounding and hedges are allowed for.

Deciding that two mentions describe the same thing is the whole difficulty:
numbers with the same noun very often differ legitimately (other years,
other places, a sub-group).  So every finder here asks for three things:

* the same kind and unit (a count of homes and a count of homes);
* the same or a synonymous noun, by the groups in ``SYNONYMS`` below, or
  for a generic noun ("people") the verb that says what happened to them;
* a signal of co-reference: the headline against the first body mention,
  or a definite "the"/"all"/"its" before the second figure with no new
  qualifier ("the 34 Scottish branches" needs Scotland in the first
  mention; "the 12 other victims" names a different set).

and refuses when anything suggests two different things: a year that
differs, an earlier mention that does agree with the restatement, several
candidate antecedents, a partitive ("two of the 12 victims"), a comparison
("than the 10%"), a count that is one part of a larger set ("Acme and
three other firms ... the four firms").

Shapes beyond the plain "the N NOUN":

* a duration tied to its event by the event's own verb: "the depot will
  shut for nine months ... the six-month shutdown" (also "lasted", "ran");
* a whole given with "all" and restated, in the next sentence, as "the N
  [participle] people/men/...": "All 14 crew were winched to safety. The 16
  rescued men ..." (only a larger N contradicts: fewer may be some of them);
* (round 33) a count told as done to by a verb, restated as "the N PARTICIPLE men/people": "Eleven miners were
  trapped ... all 13 trapped men" (only a larger N contradicts: fewer may be some of them);
* (silent) what remains after the first is no restatement of it: "sold 640 tickets ... the 680 tickets
  left", "freed 14 miners ... the 41 miners still trapped";
* a headline against a lead that adds a quantity under another verb: "Gale
  flattens 60 barns" / "41 barns were flattened and dozens more damaged"
  compares 60 with 41, not with "dozens" (unless the two may sum to it);
* a sum named by the noun before it and restated with a synonym: "signed an
  agreement worth $2.1bn ... the $1.2bn contract" (also "a penalty of £16m ...
  the £61m fine"; never a rate, "£80,000 a week", against a total);
* the one price in a headline against the one price in the opening sentence,
  both the price of a transaction under any noun: "Forward seals £32m switch" /
  "has moved from Ajax for a fee thought to be £23m";
* "the 31-year-old" for the one person whose age was given a sentence or two
  before, when nobody else (a person noun, a name, a pronoun of the other sex)
  has come in between: "a 29-year-old man ... he was charged ... the 31-year-old";
  (round 17) a bare surname's age ("said Hale, 42,") is no restatement when another first name on that
  surname was written since the first age ("Ben Hale, 11, ... his mother, Ann Hale,": ``_surname_of_another``);
* a headline figure tied to a record ("Okafor sets world record of 43.18",
  "breaks record with 43.18") against the one figure stated to the same digits
  (the unit the headline dropped put back) in the opening sentence naming the
  same subject and the record: "Okafor ran 43.81 seconds to take the record";
* a tenure given once ("who has led the party for 11 years", "became mayor seven
  years ago", "took over four years ago", "a nine-year reign") and again with a
  possessive: "his 14 years in charge", "her five years in office/at the helm";
* a verb standing as the headline's noun: "Six hurt as bus hits wall" / "Four people
  were injured ..." (also "dead", "evacuated", "arrested");
* a possessive owner as the determiner, when the owner is named at the first mention or
  is "the N-year-old": "Lang's 19 league goals ... Lang's 21 goals";
* a compound count restated with the same unit and a synonymous noun: "a 64-page report ...
  the 46-page report", "a 22-storey block ... the 28-storey tower";
* a sum introduced with "a"/"an" before its own noun and restated with "the" and that noun:
  "faces a £12m deficit ... plugging the £21m deficit"; any price restated as "the deal"/
  "the agreement": "a $1.4bn payout ... under the $4.1bn agreement"; a price after "for"
  with the buying verb further back: "agreed to acquire the chain for $640m";
* a size given as a count of its units and restated as a modifier of the thing it sizes,
  or the other way round: "The prison, which holds 840 inmates ... the 480-inmate prison",
  "the 650-pupil academy ... its 560 pupils", "burned 3,200 acres ... the 2,300-acre fire";
* a rate given as a level twice, the second time of a definite subject (fronted or not):
  "Turnout in the by-election was 43% ... At 37%, the turnout was the lowest"; a
  percentage restated as "the N% X figure" ("91% effective ... the 81% efficacy figure");
* a modifier that picks no sub-group passes ("9,000 homes ... all 12,000 affected homes");
  an unbacked "in the NOUN" after the restatement is a new qualifier ("... in the city");
* the one age in a headline against the first age of the opening sentences when it is the
  only age there: "Grandmother, 94, finishes marathon" / "Edna Croft, 91, crossed the line".
* "all N"/"the N" with no noun, before a verb, as a pronoun for the one set counted in the
  sentence before: "Eleven climbers were rescued ... all 12 had been treated for cold";
* "the N-year-old" doing what only the accused does (appear in court, bailed) past a victim
  brought in with "a": "A 27-year-old was charged after a cyclist was hit ... the 72-year-old
  is due in court" (a body's name, "Avon Police said", is no other person).
* an event's length brought in with "a" and restated under a synonym of the event, hours against
  days: "a 24-hour walkout ... the two-day strike" (events in ``EVENTS``; units a step apart);
* a count of what a definite event did ("the blaze, which gutted N flats", "the crash hurt N") against
  the one count of that thing in a passage naming the event, any verb unless the two say different
  things (destroyed/damaged): "Flames swept through 22 flats ... the fire, which gutted 12 flats";
* a reading on a scale for an event restated for "the" event under any of its names, unless a
  revision or an aftershock comes between: "A 5.8-magnitude quake hit ... The 5.3-magnitude earthquake";
* a price given as where prices start and restated as "the" lowest: "Seats are priced from £40 ...
  the £45 starting price" (only one starting price given, nothing priced in between);
* a sum given by the verb of an award and restated as what the ruling awards: "judges awarded her £86,000
  ... the £68,000 ruling" (also "ordered the firm to pay £9,000 ... the £6,000 award"; never "to each");
  likewise a sum won, stolen or given: "won £3.4m on the lottery ... the £4.3m jackpot", "stole £60,000 ...
  the £6,000 haul", "donated £20,000 ... the £2,000 gift" (not with "other"/"another" or "last month");
* an event's length in a clause describing it and restated as a modifier: "The inquest, which is due to run
  for three weeks, ... the two-week inquest" (also "The strike, expected to last 10 days");
* a length restated under the tail of its compound or a route noun: "a 64-metre footbridge ... the 46-metre
  bridge", "the 18-mile bypass ... the 81-mile route" (not "the 30-mile route to Hull", nor one joined to it);
* the headline's one sum against the body's first sum in that currency when the body's thing is named in the
  headline's phrase: "Hospital to get $12m cancer unit" / "A new $21m cancer unit will be built" (not parts);
* "the N-year-old" spoken to or of by a named official ("Recorder James Hill told the 92-year-old") after the
  one person whose age was given; a street ("of Elm Street") is no other person;
* a side of a vote tally given again: "backed the merger by 412 votes to 138 ... Opponents, who mustered 183
  votes", "The 13 councillors who voted against", "by 58% to 42% ... the 48% who voted against"; a tally's
  margin: "by 31 votes to 22 ... a majority of 19"
  (silent on the other side's figure, another ballot, place or year); a candidate's side of a contest:
  "Ann Price beat Tom Hale by 12,480 votes to 9,310 ... Hale, who polled 9,130 votes";
* an event's length as a modifier and then in a clause about "the" event: "The six-week trial began ...
  The trial, which is expected to last four weeks," (silent on "now", "extended" and the like);
* a headline term against the lead's one term of that kind: "Man jailed for 12 years" / "was jailed
  for 21 years" (not "six years each");
* (round 33) a term in two parts against "the N-year term": "jailed for four years and six months ... the
  four-and-a-half-year sentence" agree; one person's age told after "NAME, who was" when the passage tells of
  their death, or by the speaker in a quote ("'I'm 82 ...,' said Doris Penhale, 85,"); a tally told as a score
  after a verb deciding a measure ("cleared the Senate 58-41 ... the 57 senators who voted for it"); "Since
  forming in 1981 they" after "who formed in Dundee in 1979"; a deal acted on later keeps its restatement ("agreed
  to buy ... for $2.7 billion ... will vote on the $2.1bn takeover in September");
* a term restated after "the/his sentence of", a length in two parts read as one: "banned for two
  years and one month ... His ban of one year and two months" (silent when the two sentences hold
  other lengths or the term was cut, reduced, appealed or is a total);
* one goal's minute given twice for the same scorer, the second in a relative clause: "Okoro's 64th-minute
  header ... Okoro, who scored in the 46th minute," (silent when anyone may have scored more than once);
* (checked by the rules) of two plain figures restated the coarser is the finer one rounded, a half
  away from zero: "Brewery to cut 300 jobs" / "will shed 350 posts" disagree, "... 349 posts" agree;
* a level reached ("reached", "hit", "peaked at", "rose to") restated as "the/that N peak/high" or "the
  peak of N" a sentence or two later: "The Wye reached 5.7 metres ... That 5.1-metre peak";
* a winning margin told with "by" restated as "the N-unit victory/win/defeat" (strokes are shots):
  "won the Open by three shots ... Her five-stroke victory" (the one "by N" in those sentences);
* a runner's odds ("a 40-1 outsider", "won at 22-1") restated as "the N-M winner/shot" (ordered odds), or
  the headline's one odds against the lead's ("40-1 outsider wins Lincoln" / "Copper Kettle, a 14-1 shot");
* the headline's one measure against the lead's one measure in its unit told by the same verb or measuring the
  same thing ("90mph gusts" / "Gusts of 80mph"; not a forecast): "UK
  records 40.3C" / "A temperature of 40.8C was recorded at ..." (a digit swap is left to the slip finder);
* the headline's own noun for a person after the body's age ("Debutant, 19, ..." / "The 17-year-old
  debutant"); a term restated after two terms, one with its unit left out ("for 12 years and Hale for
  nine ... The nine-year sentence"), is left alone;
* a score given again as "the N-M win/defeat/draw/vote" when it and one earlier score are the text's
  only two: "Leeds beat Hull 2-0 ... in the 3-0 victory" (either order agrees; silent on half-time,
  legs, aggregates, sets, and a result naming another match: "the 3-0 win over Bath last week"), or
  a headline's score against a lead sentence's naming a side of the headline's ("Celtic sink Hibs 3-1"
  / "Celtic beat Hibs 4-1 at Parkhead"), also in a report giving other scores further down: "Lions beat
  Eastbury 31-24" / "..., beating Eastbury 31-21 in a bruising final" (not when either speaks of half-time;
  both told as a result: not "reached 352-7 at stumps", nor "Celtic, who lost 3-0 to Rangers in the final,",
  nor "City had beaten Rovers 4-0 in the reverse fixture");
* a streak restated in the next sentence as "that/this run (streak, sequence) of N", "in a row" backing
  "straight"/"consecutive": "won seven frames in a row. That run of eight consecutive frames ..." (not with a
  time, a record, a name or a verb of the run growing or ending in that sentence);
* (silent) the whole a share is taken from is another quantity than the part: "recalling 41,300 vans ...
  about 36% of the 114,000 vans it has built" (also "3.1 per cent of its", "a third of the");
* (silent) a headline figure the lead states first leaves the lead's other sums alone: "... €142,000 prize" /
  "The title is worth €142,000, double the €71,500 she took home from Rome";
* (silent) a figure its own clause tells as another occasion's: "her previous best, a £4,000 prize", "the
  €71,500 she earned last July", "It beats the £800,000 won by ... in 2019", "breaking the record of £3.1m";
* a headline's winning margin ("Greens take Hillside by 212 votes", "by 38 runs") is no tally; it is
  held against the one margin of the opening sentences ("212 ahead of", "a majority of 212", "won by
  38 runs"); "The 29-year-old" points back at no one when others' ages were given beside the one matched
  (round 13, from clean articles); a majority stated beside the two tallies it separates is their
  difference: "held the seat with 2,310 votes, 416 ahead of Ben Cole on 1,894", "won 9,120 of the 15,800
  ballots cast, against 6,680 for Remain, a majority of 2,440" (``find_stated_majorities``; not with the
  runner-up's figure unsaid: "..., with Labour on 690").
* (silent, round 14 lead) an item of a list of figures is no whole a later "the N NOUN" restates: "1,240
  claims: 870 for damaged cars, 310 for homes ... the 180 cars on the forecourt" (``_part_of_more``);
  nor a stretch of a longer run: "won five of the next seven legs ... over the 19 legs" (``_SEQUENCE_BEFORE``),
  nor some of the things: "885 of its members backed ... Of the 1,640 members eligible" (``_SOME_OF_AFTER``);
  a word of origin earlier in the sentence picks a sub-group: "crews from 11 countries" / "Overseas crews ...
  from 10 countries" (``_ORIGIN``, in ``new_qualifier``).
* (silent, round 15 lead) one side of a score is no count of all the things played: "... in five games" /
  "trailed by two games to one" (``_one_side_of_tally``); two counts whose gap the text states (ten or more)
  are two counts of one event: "6,842 runners crossed the line ... Of the 7,215 who started, 373 did not
  finish" (``_gap_stated``); a headline count restates the lead's later bare count of the same value
  ("... as 27 crews drop out" / "A total of 214 crews set off. Of those, 187 reached the finish, while 27
  retired"), not the lead's first count of the noun.
* a measure of a thing brought in as "NOUN of N unit" or "a N-unit NOUN" and restated as "the N-unit NOUN" in the
  next sentence or the one after (``find_named_measure_restatements``): "Hailstones of 5cm fell ... The 3cm
  hailstones broke windows" (the one such measure of the unit there; silent on "the previous", a place or day
  the first lacks, a forecast);
* a headline that is a result line, each side with its score, against the first score of the opening two
  sentences told as a result (``_result_line_score``): "Leicester 24 Bath 18" / "... Their 24-13 win keeps them
  top" (a side named or "their"/"the" before it; silent on half-time, legs, another match or time).
* (round 15) a sum a winner "took home" or "pocketed" is the prize, and "his £N cheque"/"purse" restates it:
  "Ng took home £300,000 ... her £30,000 cheque"; people "forced from their homes", made "to flee" or counted
  in "the evacuation of N" are evacuees ("Floods force 3,500 from their homes" / "Police said 5,300 people
  had been evacuated"); an aside after a generic noun is read past to its verb, the count inside it no other
  part ("Ten people, including two children, died"); "all N of those killed were" is a pronoun for the set;
  a verb in the irregular past ends a noun phrase ("The 9cm hailstones broke roof tiles"); (silent) people cut
  are some of an owner's whole: "will lay off 1,300 workers ... Its 3,600 employees" (``_CUT_BEFORE``/``_CUT_AFTER``).
* (round 16) a sum its clause's verb says was awarded is what "the award" restates, whatever its own noun: "was
  awarded a £13m lottery grant ... The £31m award" (``_awarded_thing``); "Forecasters said the 83mph gust ..."
  is who speaks, no forecast (``_PEAK_FORESEEN``); a thing sized by a unit under its proper name is what "the
  N-unit NOUN" of that unit restates, when it is the one such figure back: "the 12-storey Harrow Court ... the
  18-storey block" (``_named_sized_alike``); a jury's time is its deliberation, and a hedged first term is read
  by its interval: "The jury took just over four hours ... the seven-hour deliberation" (``_EVENT_DOERS``);
  a thing's level given as a percentage and restated with "the", no rate word naming it, at the same time and
  of the same measure: "Thornby reservoir is at 38% of capacity ... With the reservoir at 47%" (``_level_head``;
  a level's subject begins after "that"/"with": ``_SUBJECT_OPENERS``); a measure's thing may be told by its verb
  at the opening of a clause: "Gusts reached 93mph ... the 83mph gust" (``_MEASURE_NOUN_REACHED``).
* (round 17) an event's verb spelt as one of its nouns ties its length: "will strike for 48 hours ... the 72-hour
  walkout" (``_event_verb``); a trial, inquest or inquiry is what "the N-week hearing" restates, unless another
  hearing is named between ("The trial, expected to last six weeks, ... the eight-week hearing", ``_HEARD_AS``);
  a course or route brought in with "a" and sized by the one length of the sentences up to "the N-unit
  route/course": "will tackle a 26km course ... the 21km route" (``_course_sized_alone``); these three only when
  the second is told plainly: nothing before it but who says so, no phrase after its noun or time the first's
  sentence lacks ("Cleaners began the 48-hour walkout yesterday" is another, ``_restated_plainly``).
* (round 18) a title and a surname never written before, opening its sentence (after who says so), name the one
  person whose age was given without a name a sentence or two back: "A 46-year-old teacher ... Mr Hart, 64, will
  be sentenced" (``_titled_after_unnamed``; not a title of the other sex, nor past anyone else brought in, a group
  aside: "Firefighters freed him"), and so do "the defendant"/"the accused" after the one person whose age was
  given as charged or convicted ("... has been found guilty of fraud. The defendant, 64,", ``_in_the_dock``); a contract, sentence or ban term pointed back at by its owner ("Okoro's
  three-year deal", "the striker's") or entered again under "a" by a verb of signing whose doer points back
  ("the striker's willingness to commit to a three-year deal", ``_term_pointed_back``; only after a signing, not
  an offer or a wish); the headline's length of an event told by its verb against the lead's ("Landslide shuts
  road for 11 days" / "would stay closed for nine days", ``_event_of_duration``); what a thing being built is
  said to cost is what "the £N scheme/project" restates ("The bypass is now expected to cost £310m ... the £130m
  scheme", ``_built_cost``; silent when another sum of the first's sentence agrees with the second); a thing's
  length, not a structure's, restated as "the N-unit NOUN" of the same thing or a synonym ("a 6.5-metre mirror
  ... the 8.5m mirror", "The asteroid, about 140 metres wide, ... the 410-metre rock",
  ``find_sized_thing_restatements``; not a change, a gap or a race: ``_NOT_SIZED_THINGS``).
* (round 19) "the N-year-old, who ...," then what only the accused does ("will be sentenced") points back at the one
  person whose age was given as charged or convicted ("Amy Hale, 34, was found guilty ... The 43-year-old, who ran
  a shop, will be sentenced", ``_dock_relative``); a trail is a course ("a 40km trail ... the 44km route"), all who
  take part may cover it ("Organisers said runners must complete the 58km course", ``_COURSE_DOERS_BEFORE``) and a
  climb beside it is no other course ("climbing 2,000 metres", ``_course_part``); a way's length told by its clause
  is what "the N-unit route" restates ("The cycle path runs for 14km ... the 11km route from next spring",
  ``_route_of_way``; "from" a time is no journey: ``_FROM_TIME``); an event's length restated under another noun of
  that event ("after a nine-hour operation ... the six-hour effort", "The pilot, ..., ran for 18 months ... by the
  end of the 15-month trial": ``_event_alike_lasting``, ``_ALIKE_EVENTS``, ``_DURING_BEFORE``); the whole of a part
  given again in the next sentence ("Fourteen people were arrested ... Nine of the 16 people detained have since
  been charged": ``_whole_of_part``; not a running total, one more, nor a digit swap); "the N-year-old" spoken of by
  others ("Neighbours described the 47-year-old as", ``_SPEECH``).
* (round 20) "to" after "the N-unit route" opens what the route is to do, no journey, after "expect/allow/want the"
  or before "be" ("Rangers expect the 21km route to attract walkers", ``_infinitive_after``), and a way's length
  told after an aside is its subject's ("The bypass, opened in 2024, is 6 miles long", ``_VERB_ONLY``); those a
  clause sends to hospital are what "the/all N patients" restates ("Eleven people were taken to hospital ... all 13
  patients", ``_taken_to_hospital``); a venue's capacity given by a holding verb and restated as "the N-capacity/
  N-seat VENUE", or the other way round ("The stadium, which holds 32,500, ... the 35,200-capacity ground",
  ``find_capacity_restatements``; silent on another venue, a capacity changed or to come).
* (round 21) "the N NOUN" whose very value was given earlier, the headline included and any distance back, for its
  thing, to three significant digits or more and under any noun, restates that figure, not a nearer one of its noun
  ("Backlog climbs to 7,260 jobs" / "About 1,500 jobs will go to contractors ... clearing the 7,260 jobs",
  ``_given_before_as_is``); "further" as an adverb names no other sum ("declined to comment further",
  ``_ADVERB_FURTHER``); a ship's people, swimmers, pupils and visitors under another name ("All 23 crew ... the 23
  sailors", "940 pupils ... all 940 students", ``SYNONYMS``); the noun before "of" counts a figure whose noun
  phrase is not right after it, an owner's name as its determiner ("The Morven Star's crew of 11 were rescued",
  ``_NOUN_OF``); the headline's participle told in the body by another verb of the same event ("14 swimmers
  rescued" / "Lifeguards pulled 14 swimmers from the water", ``_event_told_alike``); "all N of the/its (owner's)
  NOUN" restates as "all N NOUN" ("17 stations ... all 19 of the line's stations", ``_all_of_phrase``); a side of a
  vote told by its verb after "who" ("by 312 votes to 198 ... The 321 members who backed it", ``_VOTED_SIDE``; MPs
  are voters, ``_ACRONYM_PLURAL``); a count after a ban verb and "for" sizes the ban ("suspended for six matches ...
  the eight-match ban", ``_verb_holds``); "at the scene" picks no sub-group of a smaller count ("Nearly 500
  firefighters ... the 620 firefighters at the scene", ``_larger_at_scene``).
* (round 22) the noun relation widened: sheep/ewes/rams, police/officers, councillors and "members of the council"
  (a jury's jurors, a board's directors) are one set ("Fourteen sheep were killed ... the 17 ewes", ``SYNONYMS``,
  ``_member_of_body``); a noun naming many kinds restates the one kind the passage names ("seized 57 dogs ... all 75
  animals", ``HYPERNYMS``, ``_one_kind_named``); a generic noun's verb is read past its place ("About 800 residents of
  the Brookside estate were evacuated", ``_WHERE_FROM_THEN_VERB``); "a crowd of N watched Rovers" counts the crowd
  (``_verb_opens``); the headline's one sum against the lead's one sum told by the same verb ("Delays add £14m to
  cost" / "have added £41m to the bill", ``_headline_verb_sum``); a count restated with no determiner in a quotation
  in the next sentence ("said 47 of his officers had been injured. \"To see 44 officers hurt ...\"",
  ``find_quoted_restatements``); (silent) the base a gap is measured from ("15% below the 167 megalitres a day",
  ``_GAP_FROM_BEFORE`` in ``compares``).
* (round 22) a proper name opening its sentence with its size in an aside is the holder "the N-unit NOUN" restates
  ("Kelmarsh General -- which has 620 beds -- ... the 460-bed hospital", ``_name_holds``; not past another name or
  with a place after the second: ``_PLACED_APART``); a run counted in matches is one in games ("run to 17 matches ...
  The 19-game streak", ``_run_units``; a streak is a run: ``SYNONYMS``); an event referred to
  by a preposition of time or cause after any clause ("Hospitals were told to prepare for the 72-hour walkout by
  ...", "throughout the", "amid the": ``_referred_to``, ``_HOW_AFTER``); "the N-day event" restates any event's
  length ("will run for ten days ... the nine-day event", ``_lasting_subject``); a rate's level restated as "the
  N% rate" in the next sentence or the one after, the one percentage from the first's sentence on
  (``find_rate_modifier_restatements``); a result ranked "of the season" names no other match (``_RANKED_TIME``);
  a stated majority read past a count of other things after it ("a majority of 3,462, after two recounts",
  ``_count_after_margin``) and against the runner-up's tally "to the Green candidate's 15,980" (``_AGAINST_GAP``);
  "found guilty" makes the accused, whose plural victims are no other person ("of defrauding neighbours ... the
  43-year-old will be sentenced", ``another_person``); the year a thing opened or was founded told again by the same
  verb after "the" and its noun ("Riverside Zoo, which opened in 2009, ... since the zoo opened in 2006",
  ``find_year_restatements``).
* (round 23) requirements relaxed, not phrasings added: a way's length told in a relative clause after its subject
  ("The tram line, which will run for 14km between ...,", ``_RELATIVE_VERB_ONLY``) and a route sized with a word
  after it ("cover the 13-mile route end to end", ``_WAY_HEADS``); an event's length past an aside between it and
  its verb ("The trial, which opened on Monday, is expected to last six weeks", ``_LASTING_VERB_ONLY``) or a place
  after its noun ("the standoff at the farm lasted 14 hours", ``_LASTING_OPENING``), restated "for the whole of the"
  or "throughout the" event under another name (``_REFERRED_BEFORE``); aircraft and vessels over their kinds ("all
  14 of its turboprops ... the 12 grounded aircraft", ``HYPERNYMS``); seats won are the newly elected members ("won
  27 seats ... the 29 newly elected councillors", ``_seats_won``, ``_adverb_then_participle``); people through a
  place's doors are its visitors (``_THROUGH_DOORS``) and a headline's "record year" takes the lead's one year
  (``_year_unnamed``); a level reached past the verb's object restated as "the new N% rate" ("lifts rate to 4.25%",
  ``_reached_past_object``, ``_NEW_LEVEL_AFTER``); a count told again "At that same briefing" (a death toll counts
  victims: ``find_same_occasion_restatements``, ``_toll_before``).
* (round 24) a part in digits before "of the" makes what follows a whole, as a number word does ("512 of the 740
  places", ``_FIGURE_OF_BEFORE`` in ``definite``), and a headline figure the lead tells as such a part leaves the
  whole alone ("sells 38,500 tickets" / "38,500 of the 42,000 tickets", ``_part_before_whole``); the article's own
  figure (headline and opening sentence) restated up to 40 sentences on when named by its own verb ("lent £2.36 billion in
  2024 ... the £2.36bn lent last year", ``context.told_in_headline_and_lead``, ``_retold_by_its_verb``), a time naming the
  first's year being no other occasion (``_when_is_first_year``); a margin in time "N seconds clear of" or "by N
  seconds" restated as "the N-second margin of victory" (``_time_clear``, ``_SECONDS_JOINED``); "all N of the
  trust's primaries" after "N primary schools", an adjective made a noun, figures within a factor of two
  (``_clipped_to``, ``_CLIPPED_ADJECTIVES``).
* (round 24, r24-rep2) going without a supply for a time is an outage's length ("were without electricity for 11
  hours ... the 17-hour outage", ``_without_supply_for``; a blackout is an outage); a change told "from N to M" reaches
  M, N being no other figure in play, and a measure's level is restated as "the new N limit" ("cut from 60mph to
  40mph ... the new 30mph limit", ``_old_level_before``); "all N children" with its verb right after it restates the
  one kind of child the passage names ("carrying 48 pupils ... all 46 children had been checked", ``HYPERNYMS``); a
  month after the noun that both sentences name is one time, no place ("... passengers at Dover in August" / "carried
  860,000 passengers in August", ``_same_month_named`` in ``new_qualifier``).
* (round 25, r25-repeat) a relative clause after the noun tells its event as a verb right after it does ("the seven
  people who died ... the eight victims", ``_VERB_AFTER_NP``); a club's name is no other person between an age and "the
  N-year-old" ("Sam Doyle, 31, ... with Hartley Town after leaving Ashgate Rovers. The 35-year-old", ``_BODIES``); a
  bare duration told by another verb beside an event brought in under "a" is no rival term ("deliberated for two days
  at the end of a six-week trial ... the four-week trial", ``_other_verb_for``); a year after "of the" dates the
  restatement ("the 40 victims of the 1998 fire", ``new_qualifier``); a weight seized, found or stolen restated as
  "the N-unit haul" in any unit of mass ("seized 1.4 tonnes of cocaine ... the 400kg haul", masses compared in
  kilograms: ``find_haul_restatements``, ``in_kilograms``); one share of a group told twice by the side its verb
  takes, a fraction in words read as its percentage ("Almost three-quarters of residents who responded ... opposed
  ... 58% of the 1,940 respondents had objected", ``find_share_restatements``; silent on another question, group,
  degree, place or time).
* (round 33, open-b) a length told in a clause about a kind and restated under a general noun over it, the passage
  naming no other kind ("The new ferry, which is 118 metres long ... The 112-metre vessel", ``_names_subject``; a
  place told by its own verb, "was built in Gdansk", picks out no part of one thing: ``new_qualifier(single=)``); a
  size as the modifier of a kind and again in a relative clause about "the" general noun ("A 14-metre whale ... the
  animal, which measured 17 metres", ``_told_in_its_clause``, ``_sizes_one_kind``); a player signed "for [a
  club-record] £N" sets the transfer fee ("... the £5.5m fee", ``_bought_for``).  A margin won by N votes restated as
  the winner's majority, and a race margin against its two finishing times: ``restated_margins``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from ..hedges import interval_for
from ..interval import Interval
from ..model import Document, Kind, Mention, Relation, Span
from .needs import case_blind_lower, holds_any, needs
from ..units import resolve as resolve_unit
from . import categories
from .categories import PEOPLE
from .converted_terms import converted_off_by_half
from .changes import lost_or_gained, move_to
from .comparisons import SUPERLATIVE_WORDS
from .context import (IRREGULAR_PARTICIPLES, IRREGULAR_PAST, in_sentences, is_past_form, noun_end, quantities,
                      told_in_headline_and_lead, words)
from .dates import MONTH_NAMES, month_from_publication
from .digits import DIGITS, same_significant_digits
from .shares import _LIST_JOINT

# ==========================================================================
# Data: the vocabulary of co-reference, in one place.
# ==========================================================================

# Nouns that name the same set or thing when a figure is restated (singular forms).
SYNONYMS: dict[str, frozenset[str]] = {
    "victim": frozenset({"victim", "dead", "death", "fatality", "body"}),
    "injured": frozenset({"injured", "wounded", "injury"}),
    # (round 46) "displaced 34,000 people ... the 43,000 displaced"; (round 48) one set with those evacuated or forced
    # from their homes: "forced 2,300 families from their homes ... the 3,200 displaced families"
    "evacuee": frozenset({"evacuee", "evacuated", "displaced"}),
    "arrested": frozenset({"suspect", "detainee", "arrested", "arrest"}),
    "store": frozenset({"store", "shop", "branch", "outlet"}),
    "home": frozenset({"home", "house", "household", "property"}),
    "job": frozenset({"job", "post", "position", "role", "redundancy", "job-cut", "job-loss"}),
    "worker": frozenset({"worker", "employee", "staff", "staffer",
                         "striker"}),  # (round 62) "2,350 workers walked out ... all 2,530 strikers"
    "bridge": frozenset({"bridge", "crossing", "span", "viaduct"}),
    "canal": frozenset({"canal", "waterway"}),
    "stadium": frozenset({"stadium", "ground"}),
    "plant": frozenset({"plant", "station"}),
    "trail": frozenset({"trail", "path", "footpath", "towpath", "cycleway", "greenway", "walkway"}),
    "road": frozenset({"road", "bypass", "highway", "motorway"}),
    "sentence": frozenset({"sentence", "term", "jail-term", "prison-term"}),
    "ban": frozenset({"ban", "suspension"}),
    "lease": frozenset({"lease", "tenancy"}),  # (round 55) "a 25-year lease ... the 20-year lease"
    "contract": frozenset({"contract", "deal", "agreement", "takeover", "acquisition", "purchase",
                           "buyout", "merger", "sale", "order"}),
    "bid": frozenset({"bid", "offer"}),
    "soldier": frozenset({"soldier", "troop", "serviceman"}),
    "company": frozenset({"firm", "company", "business"}),
    "country": frozenset({"country", "nation"}),
    "aircraft": frozenset({"plane", "aircraft", "jet", "airliner"}),
    "vehicle": frozenset({"car", "vehicle"}),
    "passenger": frozenset({"passenger", "traveller"}),
    "container": frozenset({"container", "box", "teu"}),  # (round 45) "handled 2.4 million containers ... moving 2.9 million boxes"
    # (round 21) a ship's people named again: "All 23 crew were airlifted ... the 23 sailors"; those in the sea
    "crew": frozenset({"crew", "crewman", "crewmen", "crewmember", "sailor", "seafarer", "mariner", "seaman",
                       "seamen",
                       # (round 47) a spacecraft's crew: "A crew of four lifted off ... The three astronauts"
                       "astronaut", "cosmonaut", "taikonaut"}),
    # (round 47) a race's starters named again: "cut the handicap to 11 runners ... the 13-strong field"
    "runner": frozenset({"runner", "starter", "field"}),
    "swimmer": frozenset({"swimmer", "bather"}),
    # (round 59) "Eleven canoeists were pulled from the loch ... all 13 rescued paddlers"
    "paddler": frozenset({"paddler", "canoeist", "kayaker"}),
    # (round 60) "A peloton of 176 riders rolled out ... Of the 167 cyclists who started the stage"
    "cyclist": frozenset({"cyclist", "rider"}),
    # (round 60) "A dozen researchers ... have been evacuated ... the 14 scientists were flown out"
    "scientist": frozenset({"scientist", "researcher"}),
    # (round 60) people named two ways in the same story, each pair one role: "2,300 growers ... all 3,200 farmers"
    "farmer": frozenset({"farmer", "grower"}),
    "protester": frozenset({"protester", "demonstrator", "marcher"}),
    "firefighter": frozenset({"firefighter", "fireman", "firemen"}),
    "climber": frozenset({"climber", "mountaineer"}),
    "hiker": frozenset({"hiker", "rambler"}),
    "competitor": frozenset({"competitor", "entrant"}),
    "team": frozenset({"team", "squad"}),  # (round 62) "Thirty-four teams have entered ... The 36 squads will each"
    "apartment": frozenset({"apartment", "flat"}),
    # (round 48) "caught 18,450 drivers ... The 14,850 motorists"; "Fourteen candidates ... the 15 hopefuls"
    "driver": frozenset({"driver", "motorist"}),
    "candidate": frozenset({"candidate", "hopeful"}),
    # (round 49) "food for the island's 1,400 residents ... all 1,700 inhabitants"; "this year's rice crop ... the
    # 1.4 million-tonne harvest"; "the 1,200-nautical-mile race ... the 2,100-nautical-mile course"
    "resident": frozenset({"resident", "inhabitant"}),
    # (round 53) "held 1,140 prisoners ... a jail of 1,410 inmates"
    "prisoner": frozenset({"prisoner", "inmate", "convict"}),
    # (round 50) "A convoy of 32 trucks ... the 23 lorries"; "All 640 stevedores ... the port's 604 dockers"
    "truck": frozenset({"truck", "lorry", "hgv"}),
    # (round 63) a fire service's engines are its appliances: "Nine fire engines were sent ... all seven appliances"
    "engine": frozenset({"engine", "appliance"}),
    # (round 54) "Seventeen musicians from the orchestra were stranded ... the nineteen stranded players"
    "player": frozenset({"player", "musician", "instrumentalist"}),  # (a squad's players keep their concept)
    # (round 54) "a 1,240km canoe journey ... The 1,420-kilometre trip"
    "journey": frozenset({"journey", "trip", "voyage", "expedition", "trek"}),
    # (round 54) "suspended seven boxers ... all six suspended fighters"
    "boxer": frozenset({"boxer", "fighter"}),
    "seedling": frozenset({"seedling", "sapling"}),  # "planted 1.2 million seedlings ... the 12 million saplings"
    "docker": frozenset({"docker", "stevedore", "dockworker", "longshoreman", "longshoremen"}),
    "crop": frozenset({"crop", "harvest"}),
    "race": frozenset({"race", "course"}),
    # (round 22) one flock, one force, one council named again: "Fourteen sheep were killed ... the 17 ewes"
    # (not lambs: a ewe's lambs are other animals), "47 police were hurt ... the 44 officers", "the 26 councillors"
    "sheep": frozenset({"sheep", "ewe", "ram", "tup"}),
    "officer": frozenset({"officer", "police", "policeman", "policemen", "policewoman", "policewomen", "constable"}),
    "councillor": frozenset({"councillor", "councilor", "alderman", "aldermen"}),
    "pupil": frozenset({"pupil", "student", "schoolchild", "schoolchildren"}),
    "visitor": frozenset({"visitor", "festivalgoer", "festival-goer", "concertgoer", "concert-goer", "reveller"}),
    "migrant": frozenset({"migrant", "refugee"}),
    "vote": frozenset({"vote", "voter", "result", "majority", "margin", "ballot", "backing", "support", "yes"}),
    "unemployment": frozenset({"unemployment", "jobless", "joblessness", "unemployed"}),
    "inflation": frozenset({"inflation", "cpi"}),
    "fine": frozenset({"fine", "penalty"}),
    "fee": frozenset({"fee", "transfer", "move", "switch", "signing"}),
    "settlement": frozenset({"settlement", "payout", "compensation"}),
    "project": frozenset({"project", "scheme", "plan", "programme", "program", "development",
                          "redevelopment", "refurbishment", "renovation", "revamp", "overhaul", "upgrade",
                          "regeneration", "makeover", "refit", "restoration"}),
    "award": frozenset({"award", "damages"}),
    "prize": frozenset({"prize", "jackpot", "winnings", "cheque", "purse",
                        "pool", "pot"}),  # (round 47) "a $1 million pool ... the tournament's $1.5 million prize pool"
    "theft": frozenset({"theft", "haul", "raid", "robbery", "heist", "fraud", "swindle", "scam"}),
    "donation": frozenset({"donation", "gift", "bequest", "legacy"}),
    # round 18: a sum told by its verb and restated under the verb's noun: "to save £1.35m a year ... the £1.35m
    # saving" (not "cap": two owners' caps are told apart too often, "The regulator's cap ... Ofwat's cap")
    "saving": frozenset({"saving", "savings"}),
    # (round 19) a budget's hole named again: "a £1.3 million shortfall ... the £1.3 million gap"
    "shortfall": frozenset({"shortfall", "gap", "deficit"}),
    # (round 30) a sum put into something named again: "will plough £40m into the hospital ... the £14m investment"
    "investment": frozenset({"investment", "outlay", "spend", "spending", "injection"}),
    "ruling": frozenset({"ruling", "judgment", "judgement", "decision", "verdict"}),
    "building": frozenset({"building", "tower", "block", "skyscraper", "high-rise"}),
    "fire": frozenset({"fire", "blaze", "wildfire", "bushfire", "inferno", "flame"}),
    "efficacy": frozenset({"efficacy", "effective", "effectiveness"}),
    # events, named again by another noun: "a 48-hour blockade ... the three-day protest"
    "protest": frozenset({"protest", "blockade", "demonstration", "rally", "march", "sit-in", "picket",
                          "occupation"}),
    "strike": frozenset({"strike", "walkout", "stoppage"}),
    "earthquake": frozenset({"earthquake", "quake", "tremor", "temblor",
                             "shock", "mainshock"}),  # (round 47) "the magnitude 5.4 main shock"
    "crash": frozenset({"crash", "collision", "accident", "smash", "pile-up"}),
    "closure": frozenset({"closure", "shutdown"}),
    # (round 42) an exhibition's pictures named again: "70 photographs ... The 75 images"
    "photograph": frozenset({"photograph", "photo", "image", "picture"}),
    "outage": frozenset({"outage", "blackout"}),  # (round 24) "the 17-hour blackout"
    "ceasefire": frozenset({"ceasefire", "truce"}),
    # (round 22) a side's run told again: "extended their unbeaten run to 17 matches ... The 19-game streak" (games
    # and matches are alike only as a run's unit: ``_run_units``; a tennis match has games)
    "run": frozenset({"run", "streak"}),
    "storm": frozenset({"storm", "hurricane", "typhoon", "cyclone"}),
    # who came to watch: "a crowd of 52,318 ... the 52,318 supporters"
    "spectator": frozenset({"spectator", "crowd", "attendance", "gate", "audience", "supporter", "fan",
                            "attendee", "onlooker",
                            "cinemagoer", "moviegoer", "filmgoer", "theatregoer",  # (round 47) a film's audience
                            "viewer"}),  # (round 48) "drew 5.7 million viewers ... the audience of 7.5 million"
    # (round 18) a body in space named again: "The asteroid, about 140 metres wide, ... the 410-metre rock"
    "asteroid": frozenset({"asteroid", "rock", "space-rock", "meteor", "meteorite"}),
    # (round 48) "Mount Ostrova, the 4,810-metre peak ... the summit of the 14,780ft mountain"
    "mountain": frozenset({"mountain", "peak", "volcano"}),
}
# (round 22) nouns naming any of several kinds ("the 75 animals"), and the kinds (as synonym groups) they may
# restate when the passage names no other kind: "Inspectors seized 57 dogs ... Vets examined all 75 animals"
HYPERNYMS: dict[str, frozenset[str]] = {
    "animal": frozenset({"dog", "puppy", "cat", "kitten", "horse", "pony", "donkey", "sheep", "cow", "cattle", "pig",
                         "goat", "rabbit", "bird", "chicken", "hen", "deer", "ferret", "reptile", "snake", "parrot",
                         # (round 33) "A 14-metre whale ... the animal, which measured 17 metres"
                         "whale", "dolphin", "porpoise", "shark", "seal", "crocodile", "alligator", "python",
                         # (round 54) "a 2.4-tonne southern white rhino ... the 4,200kg animal"
                         "rhino", "rhinoceros", "elephant", "giraffe", "hippo", "hippopotamus", "bear", "lion",
                         "tiger", "gorilla", "bison", "moose", "camel", "walrus", "orca"}),
    "livestock": frozenset({"sheep", "cow", "cattle", "pig", "goat"}),
    # (round 59) "suspended nine players ... the seven athletes": sportspeople of the one kind the passage names
    "athlete": frozenset({"player", "runner", "swimmer", "skier", "rower", "cyclist", "gymnast", "sprinter", "skater",
                          "paddler", "jumper", "thrower"}),
    # (round 23) "grounded all 14 of its turboprops ... the 12 grounded aircraft", "14 trawlers ... the 12 vessels"
    "aircraft": frozenset({"turboprop", "helicopter", "chopper", "drone", "glider", "seaplane", "airship", "biplane",
                           "warplane", "jetliner"}),
    # (round 24) "carrying 48 pupils ... all 46 children": children of the one kind the passage names
    "child": frozenset({"pupil"}),
    "vessel": frozenset({"ship", "boat", "trawler", "yacht", "ferry", "tanker", "barge", "dinghy", "lifeboat", "tug",
                         "freighter", "warship", "frigate", "destroyer", "submarine", "canoe", "kayak",
                         # (round 46) "The 220-metre bulk carrier ... the 240-metre vessel"
                         "carrier", "bulker", "liner", "catamaran", "schooner", "dredger", "trimaran"}),
    # (round 47) "rounding up 11 penguins ... all 13 birds"; "a 4.2-metre crocodile ... The reptile, measuring 17 feet"
    "bird": frozenset({"penguin", "parrot", "eagle", "owl", "hen", "chicken", "duck", "goose", "swan", "flamingo",
                       "falcon", "hawk", "ostrich", "pelican", "stork", "crane", "heron", "gull", "puffin"}),
    "reptile": frozenset({"crocodile", "alligator", "snake", "python", "lizard", "tortoise", "turtle", "cobra",
                          "iguana", "komodo"}),
    # (round 47) "carried 22 small satellites ... all 24 spacecraft"; "Nearly 300 prints ... The 360 works"
    "spacecraft": frozenset({"satellite", "cubesat", "probe", "lander", "rover", "capsule"}),
    "work": frozenset({"print", "painting", "drawing", "sculpture", "etching", "lithograph", "woodcut", "watercolour",
                       "watercolor", "canvas", "portrait", "engraving"}),
    # (round 47) "The bulk carrier Orient Falcon, 190 metres long, ... the 520-foot ship": a ship of one kind
    # (round 54) "Forty-two vessels were trapped ... freed all 44 ships": vessels of the one kind the passage names
    "ship": frozenset({"vessel", "carrier", "bulker", "tanker", "freighter", "liner", "ferry", "warship", "frigate", "destroyer",
                       "trawler", "dredger"}),
    # (round 50) "runs 212 bakeries ... The chain's 221 shops"; "48 battery-electric buses ... The 60 vehicles"
    "store": frozenset({"bakery", "cafe", "café", "pub", "restaurant", "supermarket", "pharmacy", "boutique"}),
    "vehicle": frozenset({"bus", "coach", "truck", "lorry", "van", "tram", "minibus", "taxi", "cab"}),
    # (round 31) "seized 41kg of cocaine ... \"14 kilos of class A drugs\""
    # (round 53) "warnings for 17 villages ... all 15 communities"; "27 universities ... The 29 signatory institutions"
    "community": frozenset({"village", "town", "hamlet", "settlement"}),
    "institution": frozenset({"university", "college", "school", "hospital", "museum", "library", "academy"}),
    # (round 62) "the nine fishermen lost ... all eight men" (not "school" over "academy": "Holt Park Academy ... the
    # 900-pupil school down the road" is another school)
    "man": frozenset({"fisherman", "crewman", "seaman", "fireman", "policeman", "serviceman", "lifeboatman"}),
    # (round 54) "Mine collapse traps 14 workers" / "the 12 miners trapped": workers of one trade
    "worker": frozenset({"miner", "labourer", "laborer", "builder", "welder", "electrician", "technician", "mechanic",
                         "engineer", "shipbuilder", "steelworker", "dockworker", "farmhand"}),
    # (round 55) "The viaduct, which is 412 metres long, ... the 421-metre structure"
    "structure": frozenset({"bridge", "viaduct", "tower", "dam", "mast", "lighthouse", "tunnel", "aqueduct",
                            "footbridge", "skyscraper", "chimney", "spire", "barrier"}),  # (not "pier", "wall": parts too)
    "drug": frozenset({"cocaine", "heroin", "cannabis", "amphetamine", "methamphetamine", "ketamine", "ecstasy",
                       "crack", "fentanyl", "opium", "marijuana", "skunk", "mdma", "spice"}),
}
# Events that last once: a duration given as "a 48-hour blockade" and restated as "the
# three-day protest" is the same event's length.
EVENTS = frozenset({"protest", "strike", "siege", "closure", "ceasefire", "lockdown", "outage", "search",
                    "earthquake", "fire", "crash", "storm", "festival", "hearing", "trial", "inquest",
                    "visit", "tour", "operation", "inquiry", "investigation", "consultation", "review",
                    # (round 51) journeys: "after an 11-day crossing ... Their 13-day crossing"
                    "crossing", "voyage", "expedition", "trek"})
# Nouns that may restate the price of any transaction: "a $2bn settlement ... the $2bn deal".
GENERIC_DEAL_NOUNS = frozenset({"deal", "agreement", "package"})

# Concepts a percentage or a sum of money may be restated under: "the 61% vote",
# "the $3.6bn deal".  Other nouns after a percentage ("the 10% rise") are too
# often a different figure.
PERCENT_CONCEPTS = frozenset({"vote", "turnout", "stake", "unemployment", "inflation", "efficacy"})
MONEY_CONCEPTS = frozenset({"contract", "bid", "fine", "grant", "fee", "loan", "bill", "settlement", "bonus",
                            "project", "award", "prize", "theft", "donation", "saving", "shortfall", "investment"})
# A sum of money named by a ruling is what the ruling awards: "the $7.4m verdict".
_MONEY_GROUPS = {"ruling": "award"}

# A generic noun (or a figure with no noun) takes its meaning from the verb beside
# it: "killed nine people" -> victims; "2,000 people were evacuated" -> evacuees.
GENERIC_NOUNS = frozenset({"people", "person", "men", "man", "women", "woman", "children", "child",
                           "resident", "civilian", "adult"})
VERB_CONCEPTS: dict[str, str] = {}
for _concept, _verbs in {
    "victim": "kill kills killed killing die dies died dead drowned murdered massacred perished",
    "injured": "injure injures injured injuring hurt wounded wounding wounds",
    "arrested": "arrest arrests arrested detained",
    "rescued": "rescue rescues rescued",
    "evacuee": "evacuate evacuates evacuated evacuating evacuation evacuations flee flees fled fleeing "
               "displace displaces displaced displacing",
    "missing": "missing",
    "affected": "affect affects affected",  # (round 48) "500,000 people have been affected ... the 50,000 people affected"
    "worker": "employ employs employed employing",
    "visitor": "visit visits visited visiting",  # (round 23) "1.4 million people visited the museum"
    # (round 26) "brought 4,260 people to Britain" ... "the 4,620 people who arrived": people moved to a place
    "arrival": "arrive arrives arrived arriving brought bringing ferried flew flown resettle resettled resettling landed",
    "passenger": "carrying carried",  # (round 37) "The boat, carrying 47 people, ... 39 of the 52 passengers"
}.items():
    for _verb in _verbs.split():
        VERB_CONCEPTS[_verb] = _concept
# Verbs before a sum of money that make it the price of a deal: "agreed to buy X for $3.2bn".
MONEY_VERBS: dict[str, str] = {v: "contract" for v in
                               "buy buys bought buying acquire acquires acquired acquiring purchase "
                               "purchased takeover sell sells sold selling".split()}
MONEY_VERBS.update({v: "fine" for v in "fined fines fine".split()})
MONEY_VERBS.update({v: "award" for v in "award awards awarded awarding".split()})
MONEY_VERBS.update({v: "settlement" for v in "settle settles settled settling".split()})
# "won £1.2m on the lottery ... the £2.1m jackpot", "stole £40,000 ... the £400,000 haul"
MONEY_VERBS.update({v: "prize" for v in "win wins won winning scooped scoops pocketed pockets".split()})
# "took home £500,000 after beating ...": the sum a winner takes home is the prize
_TOOK_HOME = re.compile(r"\b(?:took|takes|take|taking|taken)\s+home\s+$", re.I)
MONEY_VERBS.update({v: "theft" for v in "steal steals stole stolen stealing swindled embezzled defrauded "
                                       "conned".split()})
MONEY_VERBS.update({v: "loan" for v in "borrow borrows borrowed borrowing lend lends lent lending".split()})
MONEY_VERBS.update({v: "donation" for v in "donate donates donated donating bequeathed".split()})
MONEY_VERBS.update({v: "saving" for v in "save saves saved saving".split()})
# (round 30) a sum put into something: "to invest £1.2bn in", "will spend $18m on", "plough £40m into"
MONEY_VERBS.update({v: "investment" for v in "invest invests invested investing spend spends spent spending plough "
                                             "ploughs ploughed ploughing pour pours poured pouring inject injects "
                                             "injected injecting".split()})

# (round 30) "to spend most of the $48 million on": a sum some of which is put into something is no investment
_SOME_OF_SUM = re.compile(r"\b(?:of|all)\s+(?:the|its|their|this|that)\s+$", re.I)
_NOT_INVESTING = {v: c for v, c in MONEY_VERBS.items() if c != "investment"}


def _money_verbs(doc: Document, m: Mention) -> dict[str, str]:
    """The verbs that tell what a sum is: all of ``MONEY_VERBS``, less those of investing for a sum told as a whole
    some of which is put into something ("most of the $48 million")."""
    if _SOME_OF_SUM.search(doc.text, max(0, m.start - 12), m.start):
        return _NOT_INVESTING
    return MONEY_VERBS


_ORDERED_TO_PAY = re.compile(r"\bordered\s+(?:[\w'’-]+\s+){0,3}?to\s+pay\s+(?:(?:him|her|them|the\s+\w+)\s+)?$", re.I)
# Verbs before a percentage that make it a share of a vote: "backed by 52%".
PERCENT_VERBS: dict[str, str] = {v: "vote" for v in
                                 "backed voted won win wins polled secured supported approved".split()}

# Verbs before a bare duration that say which term it is: "jailed for eight years".
DURATION_VERBS: dict[str, str] = {
    "jailed": "sentence", "sentenced": "sentence", "imprisoned": "sentence", "gaoled": "sentence",
    "jail": "sentence", "prison": "sentence",
    "banned": "ban", "suspended": "ban", "barred": "ban", "disqualified": "ban",
}
DURATION_AFTER = {"in prison": "sentence", "in jail": "sentence", "behind bars": "sentence",
                  "imprisonment": "sentence", "jail": "sentence", "prison": "sentence"}

# Words after (or verbs before) a length that make it a dimension of the clause's subject.
DIMENSIONS = {"long": "length", "wide": "width", "high": "height", "tall": "height", "deep": "depth",
              "across": "width", "in length": "length", "in diameter": "width", "in height": "height"}
LENGTH_VERBS = frozenset({"stretches", "stretch", "stretched", "runs", "run", "spans", "span", "measures",
                          "measuring", "extends", "extend", "length", "height", "stands", "rises", "towers"})

# Things with one fixed length or height (a race has a distance, but "the 4km race"
# and "the 6km race" are two races).
STRUCTURES = frozenset(
    """bridge crossing span viaduct tunnel road wall runway pipeline fence coastline canal waterway railway
    motorway bypass highway tower building cliff trail path beach border dam barrier cable line
    ship vessel tanker yacht aircraft plane wingspan statue sculpture monument mast spire
    skyscraper pier jetty corridor embankment levee dyke seawall ramp reservoir crater sinkhole
    trench crack fissure link structure dock quay wharf
    peak mountain volcano""".split()  # (round 47) "the 212km rail link ... the 198km line"; (round 48) a mountain's height
)

# Nouns that name a person whose age is given: "The driver, 21,".
PERSON_NOUNS = frozenset(
    """man woman boy girl driver victim teenager youth suspect defendant pilot passenger mother father
    son daughter student pupil pedestrian cyclist motorcyclist rider officer constable soldier child
    baby toddler girlfriend boyfriend wife husband partner player striker midfielder defender
    goalkeeper actor actress singer teacher nurse doctor worker footballer teen gunman attacker
    killer robber burglar thief climber walker swimmer runner farmer mum dad grandmother grandfather
    brother sister nephew niece cousin schoolboy schoolgirl employee owner landlord tenant
    patient resident neighbour motorist survivor prisoner inmate accused pensioner customer shopper jogger
    guard shopkeeper stranger friend colleague
    captain skipper manager chairman chairwoman director hiker sailor fisherman firefighter cricketer priest vicar
    surgeon""".split()
)

# Modifiers of a restatement that always name a different set: "the 12 other victims".
OTHER_SET = frozenset("other remaining additional further extra rest surviving".split())
# Modifiers that pick a sub-group out of a whole: "350 full-time jobs".
SUBGROUP = frozenset("""full-time part-time permanent temporary seasonal agency senior junior frontline
    female male adult child teenage elderly""".split())
# Words of origin earlier in the sentence that pick a sub-group out of the whole: "Overseas crews ... 10 countries".
# (round 39: not the name of an office or a field: "A foreign ministry spokesman said all 21 fishermen ...")
_ORIGIN = re.compile(r"\b(?:overseas|foreign|domestic|visiting|abroad)\b(?!\s+(?:ministry|minister|ministers|office|"
                     r"secretary|affairs|policy|correspondent|editor|desk|exchange|aid|investment|trade)\b)", re.I)
# Modifiers that pick out no sub-group: "12,000 homes ... all 12,000 affected homes".
NEUTRAL = frozenset("affected estimated total combined reported entire whole stricken named listed".split())
# Words before "the N" that make it partitive or a comparison: "two of the 12", "than the 10%".
PARTITIVE = frozenset(
    """than many some most none few several half one two three four five six seven eight nine ten
    each any all either neither majority rest remainder""".split()
)

# Place adjectives whose stem differs from the place ("Welsh" ~ "Wales"); others match by stem.
DEMONYMS = {
    "welsh": "wales", "french": "france", "dutch": "netherlands", "british": "britain",
    "english": "england", "irish": "ireland", "spanish": "spain", "swiss": "switzerland",
    "greek": "greece", "danish": "denmark", "swedish": "sweden", "finnish": "finland",
    "norwegian": "norway", "polish": "poland", "turkish": "turkey", "chinese": "china",
    "japanese": "japan", "portuguese": "portugal", "cypriot": "cyprus", "belgian": "belgium",
    "iraqi": "iraq", "thai": "thailand", "filipino": "philippines", "peruvian": "peru",
    "scots": "scotland", "cornish": "cornwall",
}

_LENGTH_TO_M = {
    "mile": Fraction(1609344, 1000), "miles": Fraction(1609344, 1000), "mi": Fraction(1609344, 1000),
    "km": Fraction(1000), "kilometre": Fraction(1000), "kilometres": Fraction(1000),
    "kilometer": Fraction(1000), "kilometers": Fraction(1000),
    "m": Fraction(1), "metre": Fraction(1), "metres": Fraction(1), "meter": Fraction(1), "meters": Fraction(1),
    "ft": Fraction(3048, 10000), "feet": Fraction(3048, 10000), "foot": Fraction(3048, 10000),
    "yard": Fraction(9144, 10000), "yards": Fraction(9144, 10000),
    "in": Fraction(254, 10000), "inch": Fraction(254, 10000), "inches": Fraction(254, 10000),
    "cm": Fraction(1, 100), "mm": Fraction(1, 1000),
}
# (round 25) masses in kilograms, for a weight restated in another unit ("seized 1.4 tonnes ... the 400kg haul"; no
# "ton": a short and a long ton differ)
_MASS_TO_KG = {
    "kg": Fraction(1), "kgs": Fraction(1), "kilo": Fraction(1), "kilos": Fraction(1), "kilogram": Fraction(1),
    "kilograms": Fraction(1), "kilogramme": Fraction(1), "kilogrammes": Fraction(1),
    "g": Fraction(1, 1000), "gram": Fraction(1, 1000), "grams": Fraction(1, 1000), "gramme": Fraction(1, 1000),
    "grammes": Fraction(1, 1000),
    "tonne": Fraction(1000), "tonnes": Fraction(1000), "t": Fraction(1000),
    "lb": Fraction(45359237, 100000000), "lbs": Fraction(45359237, 100000000),
    "oz": Fraction(45359237, 1600000000), "ounce": Fraction(45359237, 1600000000),
    "ounces": Fraction(45359237, 1600000000),
}
# Time units by what they convert into exactly: years and months, weeks and days, hours.
# Hours, days and weeks convert exactly ("a 48-hour strike ... the two-day walkout"); months do not.
_TIME_UNITS = {"day": ("hour", 24), "week": ("hour", 168), "month": ("month", 1), "year": ("month", 12),
               "decade": ("month", 120), "hour": ("hour", 1), "minute": ("hour", Fraction(1, 60))}


def _time_unit(m: Mention):
    return _TIME_UNITS.get(singular((m.unit or "").lower()) or "")

_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "people",
              "persons": "people", "person": "people", "dead": "dead", "staff": "staff", "series": "series",
              "news": "news", "bodies": "body", "injured": "injured", "wounded": "wounded",
              "police": "police", "aircraft": "aircraft", "crew": "crew", "sheep": "sheep", "spacecraft": "spacecraft"}
# (round 50) singular nouns ending in -us whose plurals take -es
_SINGULAR_IN_US = frozenset("""bus minibus trolleybus virus campus bonus census circus chorus surplus syllabus status
    genius walrus octopus cactus prospectus stimulus""".split())
# (round 32) singular nouns ending in -men (plurals in -men take -man: "fishermen")
_SINGULAR_IN_MEN = frozenset("""specimen abdomen regimen acumen stamen cyclamen albumen bitumen foramen tegmen
    bremen carmen""".split())
_UNCOUNTED_PLURALS = frozenset({"staff", "people", "dead", "injured", "wounded", "police", "cattle", "sheep",
                                "fish", "deer", "personnel", "aircraft", "spacecraft", "crew", "livestock", "poultry",
                                "arrested", "missing", "evacuated", "rescued", "unemployed", "homeless"})
# (round 56) animals whose plural is the singular: "lost 4,100 reindeer ... the 1,400 reindeer lost" counts them
_SAME_PLURAL_ANIMALS = frozenset({"reindeer", "bison", "elk", "moose", "salmon", "trout", "grouse",
                                  "caribou", "swine"})
_SCALE_WORDS = frozenset({"mln", "bln", "billion", "million", "thousand", "trillion", "pct", "percent",
                          "point", "points", "dlrs", "dlr", "stg", "cts", "mn", "bn"})
# Words that end the noun phrase after a figure.
_NP_STOP = frozenset(
    """of in for to from were was are is be been being have has had and or but nor the a an on at by
    with who whom whose which that said says say since as than this these those its their his her
    our into onto over under about after before during while when where per each more less also only
    just some all both other another such not no it they he she we you him them will would could
    should may might can must do does did then there here so if because across against among around
    between through within without according including could ago earlier later last next near outside
    inside beside behind beyond toward towards via alongside amid until""".split()
)
_CLAUSE_END = frozenset({"and", "but", "while", "who", "which", "as", "when", "after", "because", "although"})
# (round 25) a participle after a comma opens the next clause, with its own object: "killing 37 people, injuring 312"
# (the 37 were killed, not injured)
# (not a preposition or a noun in -ing: ", during the night", ", including 12 children", ", morning and evening")
_NEXT_PARTICIPLE = re.compile(r",\s*(?!(?:dur|includ|accord|morn|even|noth|someth|anyth|everyth)ing\b)[a-z]+ing\b")


def singular(noun: str | None) -> str | None:
    if not noun:
        return None
    n = noun.lower().strip("'’")
    if n in _IRREGULAR:
        return _IRREGULAR[n]
    if n.endswith("men") and len(n) > 5 and n not in _SINGULAR_IN_MEN:
        return n[:-3] + "man"  # (round 32) "fishermen", "crewmen", "policewomen"
    if n.endswith("ies") and len(n) > 4:
        return n[:-3] + "y"
    if n.endswith(("ches", "shes", "sses", "xes")) or n.endswith("uses") and n[:-2] in _SINGULAR_IN_US:
        return n[:-2]  # (round 50) "buses", "viruses", "campuses": not "buse"
    if n.endswith("s") and not n.endswith(("ss", "us", "is")) and len(n) > 3:
        return n[:-1]
    return n


def _plural(word: str) -> bool:
    w = word.lower()
    if w == "overseas" or w.endswith("ous"):
        return False  # (round 31) adjectives ending in s: "the 2,530 overseas students", "numerous"
    return w in _UNCOUNTED_PLURALS or w in _SAME_PLURAL_ANIMALS or singular(w) != w


def group_of(noun: str | None) -> str | None:
    """The name of a noun's synonym group, or the noun itself (singular)."""
    n = singular(noun)
    if n is None:
        return None
    return _GROUP_OF.get(n, n)


# each member's group: the first group that lists it, as a loop over SYNONYMS would find
_GROUP_OF: dict[str, str] = {}
for _name, _members in SYNONYMS.items():
    for _member in _members:
        _GROUP_OF.setdefault(_member, _name)

_KNOWN_NOUNS = frozenset().union(*SYNONYMS.values(), STRUCTURES, PERSON_NOUNS, GENERIC_NOUNS)
# (round 23) a way a compound length sizes is its head before any word after it: "cover the 13-mile route end to end"
_WAY_HEADS = frozenset({"route", "course"})


# ==========================================================================
# Relations
# ==========================================================================


@dataclass(frozen=True)
class Restatement(Relation):
    """``second`` states again the quantity ``first`` stated."""

    first: Mention | None = None
    second: Mention | None = None
    subject: str = ""  # what both describe, for messages: "homes", "the driver"

    def members(self) -> tuple[Mention, ...]:
        return (self.first, self.second)


@dataclass(frozen=True)
class HeadlineRestatement(Restatement):
    """A headline figure and the body's first figure for the same noun."""


@dataclass(frozen=True)
class DefiniteRestatement(Restatement):
    """A count, percentage or sum restated with a definite article: "the nine victims"."""


@dataclass(frozen=True)
class AgeRestatement(Restatement):
    """One person's age given twice."""


@dataclass(frozen=True)
class MeasureRestatement(Restatement):
    """A length (or width, height) of one thing given twice."""


@dataclass(frozen=True)
class TermRestatement(Restatement):
    """A sentence, ban or contract length given twice."""


# ==========================================================================
# Reading the words around a figure
# ==========================================================================

_UNREAD = object()  # (``_memo``) no reading kept yet: a reading may itself be None


def _memo(fn):
    """Cache a per-mention reading in the document's memo (finders call the
    same readings many times; a 10 MB draft must stay linear)."""
    def wrapper(doc, m, *args):
        key = ("restatements", fn.__name__, m.start, m.end, m.kind, args)
        values = doc.memo
        found = values.get(key, _UNREAD)  # (round 32, speed: one look-up when read before)
        if found is _UNREAD:
            found = values[key] = fn(doc, m, *args)
        return found
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper

def _sentence(doc: Document, m: Mention) -> str:
    s = doc.sentences[m.sentence]
    return doc.text[s.start:s.end]


def _before(doc: Document, m: Mention, chars: int = 60) -> str:
    s = doc.sentences[m.sentence]
    return doc.text[max(s.start, m.start - chars):m.start]


def _after(doc: Document, m: Mention, chars: int = 60) -> str:
    s = doc.sentences[m.sentence]
    return doc.text[m.end:min(s.end, m.end + chars)]


@dataclass(frozen=True)
class NounPhrase:
    head: str | None  # as written, lower case
    modifiers: tuple[str, ...]  # words between the figure and the head
    span: Span | None
    adjacent: bool  # the noun follows the figure directly ("the $3.6bn deal")


# (round 60: letters of any script, "Sigrún Hallsdóttir" is two words, not "Sigr" cut short at its accent)
_WORD_RUN = re.compile(r"(?:[ \t]+|-)([^\W\d_](?:[^\W\d_]|['’])*(?:-[^\W\d_]+)*)")


def _adverb_then_participle(run: list) -> bool:
    """(round 23) "the 29 newly elected councillors": an adverb right after the figure makes the participle a
    modifier, not the verb that ends the noun phrase."""
    if len(run) != 1:
        return False
    low = run[0][0].lower()
    # (round 45) any adverb in -ly: "2.3 tonnes of illegally harvested abalone"
    return low in _PARTICIPLE_ADVERBS or len(low) > 5 and low.endswith("ly") and low not in _NOUNS_IN_LY


def _way_head(run: list, i: int) -> bool:
    """(round 23) "the 13-mile route end to end": the way noun is the head unless a verb in -s follows it ("The
    10-mile route starts at the pier" keeps its old reading)."""
    return i + 1 >= len(run) or not run[i + 1][0].lower().endswith("s")


# (round 45) an adverb and its participle before a noun, read past: "tonnes of illegally harvested abalone"
ADVERB_PARTICIPLE = r"(?:[a-z]{3,}ly\s+[a-z]+(?:ed|en|wn|lt|ing)\s+)?"
_NOUNS_IN_LY = frozenset("family supply assembly rally italy july daily weekly monthly yearly quarterly anomaly".split())
_PARTICIPLE_ADVERBS = frozenset("newly recently freshly specially badly seriously critically fatally".split())


# (round 48) what remains, after the head noun, is no part of its phrase: "with 20 km of the 178 km stage remaining"
# (before it, "the two remaining charges", it is a modifier)
_REST_AFTER_HEAD = frozenset({"remaining", "left"})


@_memo
def noun_phrase(doc: Document, m: Mention) -> NounPhrase:
    """The head noun after a figure, read from the text: the first known noun, else the
    first plural word for counts, else the last word of the run ("the nine creditor
    banks have" -> banks; "the four-year deal keeps him" -> deal)."""
    s = doc.sentences[m.sentence]
    pos, end = m.end, min(s.end, m.end + 80)
    run: list[tuple[str, int, int]] = []
    while pos < end and len(run) < 4:
        match = _WORD_RUN.match(doc.text, pos, end)
        if not match:
            break
        w = match.group(1)
        low = w.lower().strip("'’")
        if not run and m.kind == Kind.PERCENT and (low.endswith("ed") and len(low) > 4 or low in IRREGULAR_PAST):
            break  # (round 45) "keeping the rate at 4.5% reflected stubborn inflation": a verb, no noun phrase
        if low in _NP_STOP or run and low in _REST_AFTER_HEAD or (run and (low.endswith("ed") and low not in ("bed", "shed", "red")
                                        and not _adverb_then_participle(run)
                                        or low in IRREGULAR_PAST)):
            break
        run.append((w, match.start(1), match.end(1)))
        pos = match.end()
    if not run:
        return NounPhrase(m.noun, (), m.noun_span, False)
    k = None
    if m.compound and m.noun and run[0][0].lower() == m.noun.lower():
        k = 0  # "the 24,000-seat stadium sold out": the noun the compound modifies
    elif m.kind == Kind.COUNT and m.value is not None and m.value > 1:
        k = next((i for i, (w, _, _) in enumerate(run) if _plural(w)), None)  # "1,500 job cuts"
    if k is None:
        k = next((i for i, (w, _, _) in enumerate(run)
                  if singular(w) in _KNOWN_NOUNS or w.lower() in _KNOWN_NOUNS
                  or m.kind == Kind.AGE and w.lower() in _LIFE_NOUNS  # (round 54) "the 18-year-old left-hander meets"
                  or m.compound and singular(w) in EVENTS  # "the four-week trial continues"
                  or m.compound and singular(w) in _WAY_HEADS and _way_head(run, i)), None)  # (round 23)
    if k is None:
        k = len(run) - 1
    head = run[k][0]
    mods = tuple(w.lower() for w, _, _ in run[:k])
    return NounPhrase(head.lower().strip("'’"), mods, Span(run[0][1], run[k][2]), run[0][1] - m.end <= 1)


def _of_noun(doc: Document, m: Mention, determiner: bool) -> str | None:
    """"all 40 of its stores", "58.4% of voters": the noun after "of"."""
    det = r"(?:its|the|their|his|her|our)\s+" if determiner else r"(?:(?:its|the|their|his|her|our)\s+)?"
    det += r"(?:[A-Za-z][\w-]*['’]s\s+)?"  # (round 21) "all 19 of the line's stations": the owner's noun read past
    det += ADVERB_PARTICIPLE  # (round 45) "tonnes of illegally harvested abalone"
    after = _after(doc, m)
    match = re.match(r"\s+of\s+" + det + r"([A-Za-z][A-Za-z-]*)", after)
    if match is None:
        return None
    past = _past_hyphened(after, match)
    return (past.group(1) if past else match.group(1)).lower()


# (round 53) a plural noun after a hyphened modifier: "all 16 of the station's on-call firefighters"
_NOUN_PAST_HYPHENED = re.compile(r"\s+([a-z]{3,}s)\b")


def _past_hyphened(text: str, match: re.Match) -> re.Match | None:
    """The plural noun right after the hyphened word ``match`` read, when there is one."""
    return _NOUN_PAST_HYPHENED.match(text, match.end(1)) if "-" in match.group(1) else None


_OF_PERSONAL_OWNER = re.compile(r"\s+of\s+(?:their|his|her)\b", re.I)
_ALL_OF = re.compile(r"\s+of\s+(?:its|the|their|his|her|our)\s+(?:[A-Za-z][\w-]*['’]s\s+)?([A-Za-z][A-Za-z-]*)")


def _all_of_phrase(doc: Document, m: Mention) -> NounPhrase | None:
    """(round 21) "all 19 of the line's stations": the noun after "of" as the figure's noun phrase, no modifier."""
    match = _ALL_OF.match(doc.text, m.end, doc.sentences[m.sentence].end)
    if match is None:
        return None
    past = _past_hyphened(doc.text, match)
    if past is not None:
        return NounPhrase(past.group(1).lower(), (match.group(1).lower(),), Span(match.start(1), past.end(1)), False)
    return NounPhrase(match.group(1).lower(), (), Span(match.start(1), match.end(1)), False)


def _verb_concept(doc: Document, m: Mention, end: int, table: dict[str, str], clause: bool = False) -> str | None:
    """The concept of the verb beside a figure; with ``clause``, only a verb in the figure's own clause
    ("Acme, which made $120m last year, bought ..." does not price the purchase)."""
    s = doc.sentences[m.sentence]
    after_text, before_text = doc.text[end:min(s.end, end + 40)], _before(doc, m, 40)
    if clause:
        after_text, before_text = re.split(r"[,;:()]", after_text)[0], re.split(r"[,;:()]", before_text)[-1]
    else:
        after_text = _NEXT_PARTICIPLE.split(after_text, 1)[0]
    after = words(after_text)[:4]
    before = words(before_text)[-4:]
    for w in after:
        if w in _CLAUSE_END:
            break
        if w in table:
            return table[w]
    for w in reversed(before):
        if w in table:
            return table[w]
    return None


# (round 45) a rate named right before its level: "the rate at 4.5%", "its base rate unchanged at 4.25%"
_RATE_AT_BEFORE = re.compile(r"\b(rate)s?\s+(?:(?:unchanged|steady|on\s+hold|fixed)\s+)?(?:at|of)\s+$", re.I)


_TIME_MARGIN_NOUNS = frozenset({"lead", "gap", "margin", "advantage", "deficit", "cushion"})
_MARGIN_TO = re.compile(r"\s+(?:to|over|on|behind|ahead\s+of|from)\b", re.I)
_OTHERS_POSSESSIVE = re.compile(r"\b(?:team-?mate|rival|partner|brother|sister|colleague)['’]s\s+$", re.I)


@_memo
def concept(doc: Document, m: Mention) -> str | None:
    """What a figure counts, as a synonym group; a generic noun or a figure with no
    noun takes the meaning of the verb beside it."""
    np = noun_phrase(doc, m)
    head = np.head
    if m.kind == Kind.COUNT:
        of = _of_noun(doc, m, determiner=True)
    else:
        of = _of_noun(doc, m, determiner=False)
    if of and (head is None or not np.adjacent or m.kind != Kind.COUNT):
        head = of
    elif m.kind == Kind.COUNT and (head is None or not _plural(head) and singular(head) not in _KNOWN_NOUNS
                                   or not np.adjacent or _verb_opens(doc, m, np)):
        # "a crowd of 52,318 saw": saw is no noun; (round 21) "a crew of 14 were rescued": the noun before "of"
        head = _count_noun_before(doc, m) or head
    if m.kind == Kind.MONEY:
        g = _MONEY_GROUPS.get(group_of(head), group_of(head))
        if head and np.adjacent and g in MONEY_CONCEPTS:
            return g
        if _ORDERED_TO_PAY.search(_before(doc, m, 60)):
            return "award"  # "ordered the council to pay £48,000"
        if _TOOK_HOME.search(_before(doc, m, 20)):
            return "prize"
        return (_money_noun_before(doc, m) or _verb_concept(doc, m, m.end, _money_verbs(doc, m), clause=True)
                or _bought_for(doc, m) or _spent_on(doc, m))
    if m.kind == Kind.PERCENT:
        if _RATE_AT_BEFORE.search(doc.text, max(0, m.start - 40), m.start) is not None:
            return group_of("rate")  # (round 45) "keeping the rate at 4.5% reflected ...": the rate's level
        if head and group_of(head) in PERCENT_CONCEPTS:
            return group_of(head)
        return _verb_concept(doc, m, m.end, PERCENT_VERBS) or subject_concept(doc, m)
    if m.kind == Kind.DURATION and head in _TIME_MARGIN_NOUNS and np.adjacent and np.span is not None \
            and not _MARGIN_TO.match(doc.text, np.span.end) \
            and not _OTHERS_POSSESSIVE.search(doc.text, max(0, m.start - 24), m.start):
        return "margin"  # (round 48) "a 42-second lead ... the 24-second gap": one margin in time (not "her team-mate's
        # 24-second gap to third place": another's, to another)
    if head in ("cuts", "losses", "cut", "loss") and np.modifiers[-1:] == ("job",):
        return "job"  # "the 1,500 job cuts"
    if "displaced" in np.modifiers and np.adjacent:
        return "evacuee"  # (round 46) "the 2,400 displaced villagers": those the act displaced, whoever they are
    if m.kind == Kind.COUNT and head and np.adjacent and np.span is not None and _FROM_HOMES.match(doc.text, np.span.end):
        return "evacuee"  # (round 48) "forced 2,300 families from their homes": displaced, whoever they are
    if m.kind == Kind.COUNT and head and np.adjacent and np.span is not None and _IN_THE_FINAL.match(doc.text, np.span.end):
        return "finalist"  # (round 60) "Nine divers will contest the final ... The 10 finalists": those in the final
    if m.kind == Kind.COUNT and _BODIES_OF.search(doc.text, max(0, m.start - 16), m.start):
        return "victim"  # (round 37) "the bodies of 17 miners had been recovered": the dead
    if head in VERB_CONCEPTS and np.adjacent and not np.modifiers:
        if m.kind == Kind.COUNT and (before := _count_noun_before(doc, m)) is not None:
            return group_of(before) or before  # (round 37) "Crew of 11 rescued": the crew, not the rescued
        return VERB_CONCEPTS[head]  # "Nine killed as ...": the verb, read as the noun of the run
    if head is None or singular(head) in GENERIC_NOUNS or head in GENERIC_NOUNS:
        end = np.span.end if (np.span and head) else m.end
        aside = _ASIDE.match(doc.text, end)
        if aside:
            end = aside.end()  # "Eleven people, including a six-year-old, were killed": the verb after the aside
        if _FROM_HOMES.match(doc.text, end):
            return "evacuee"  # "forces 8,000 (people) from their homes": the people moved out
        if _THROUGH_DOORS.match(doc.text, end):
            return "visitor"  # (round 23) "1.4 million people passed through its doors": its visitors
        found = _verb_concept(doc, m, end, VERB_CONCEPTS)
        if found:
            return found
        where = _WHERE_FROM_THEN_VERB.match(doc.text, end, doc.sentences[m.sentence].end) if head else None
        found = _verb_concept(doc, m, where.end(), VERB_CONCEPTS) if where else None
        if found:
            return found  # (round 22) "About 800 residents of the Brookside estate were evacuated": read past "of ..."
        if head is None:
            return _toll_before(doc, m) or subject_concept(doc, m)
        return "people"
    if "-" in head and singular(head) not in _KNOWN_NOUNS and singular(head.rsplit("-", 1)[1]) == "member":
        head = head.rsplit("-", 1)[1]  # (round 60) "all 3,200 farmer-members": members of a kind
    if singular(head) == "member":
        return _member_of_body(doc, m, np) or group_of(head)
    return group_of(head)


# (round 22) members of a body are its members' own noun: "All 28 members of Kilbride district council ... the 26
# councillors", "the 12 members of the jury ... the 12 jurors" (the body named within four words after "of")
_MEMBERS_OF_BODY = {"council": "councillor", "parliament": "mp", "jury": "juror", "board": "director"}
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:(?!(?:of|on|in|at|for|to|from|with)\b)[\w'’-]+\s+){0,3}?"
                      r"(council|parliament|jury|board)\b",
                      re.I)


def _member_of_body(doc: Document, m: Mention, np: NounPhrase) -> str | None:
    """The group of "members of the N council/jury/board": councillors, jurors, directors."""
    if np.span is None:
        return None
    body = _OF_BODY.match(doc.text, np.span.end, doc.sentences[m.sentence].end)
    return group_of(_MEMBERS_OF_BODY[body.group(1).lower()]) if body else None


def _verb_opens(doc: Document, m: Mention, np: NounPhrase) -> bool:
    """(round 22) The run after the figure opens with a verb: "A crowd of 41,286 watched Ashford Rovers lift the cup"
    counts the crowd, not Rovers (read only when a known noun stands before "of"); not an adjective in "-ed" before
    people ("A crowd of 300 masked protesters")."""
    return bool(np.modifiers) and (np.modifiers[0] in IRREGULAR_PAST or np.modifiers[0].endswith("ed")
                                   and np.modifiers[0] not in ("bed", "shed", "red")) \
        and not _ADJECTIVE_BEFORE_PEOPLE.match(doc.text, m.end)  # "masked protesters": an adjective


# an "-ed" word and a plural noun in lower case right after the figure: "300 masked protesters", "200 invited guests"
_ADJECTIVE_BEFORE_PEOPLE = re.compile(r"\s+[a-z]+ed\s+[a-z]+s\b")


def _in_aside(doc: Document, m: Mention, other: Mention) -> bool:
    """``other`` stands in an aside right after ``m``'s noun phrase: "Ten people, including two children,"."""
    np = noun_phrase(doc, m)
    aside = _ASIDE.match(doc.text, np.span.end if np.span is not None else m.end)
    return aside is not None and aside.start() <= other.start < aside.end()


# (round 22) a generic noun's place or origin before its verb: "residents of the Brookside estate were evacuated",
# "people from three villages near Sintra were evacuated" (up to four words, then an auxiliary)
_WHERE_FROM_THEN_VERB = re.compile(r"\s+(?:of|from|in|on|at|near|around)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}?"
                                   r"(?=(?:were|was|had|have|has|are|is)\s)", re.I)
_ASIDE = re.compile(r"\s*,\s+(?:including|among\s+them|(?:many|most|some|all|several)\s+of\s+them|aged|mostly|"
                    r"mainly|among\s+whom"
                    # (round 62) "injuring 19 passengers, two of them seriously,"
                    r"|(?:[a-z]+|\d[\d,]*)\s+of\s+them(?=\s+(?:seriously|critically|badly|slightly)\b))"
                    r"\b[^,.;:()]{0,60},", re.I)
# (round 23) people who came in, told by the way in: "had passed through its doors", "came through the turnstiles"
_THROUGH_DOORS = re.compile(r"(?:\s+(?:(?:have|has|had)\s+)?(?:passed|came|come|walked|went|gone|poured|streamed|flocked))?"
                            r"\s+through\s+(?:its|the|their|our)\s+(?:[\w'’-]+\s+)?(?:doors|gates|turnstiles)\b", re.I)
_FROM_HOMES = re.compile(r"\s+(?:(?:out\s+)?from|to\s+(?:leave|flee|abandon))\s+(?:their\s+|his\s+|her\s+)?homes\b", re.I)
_WORTH = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*)\s*,?\s+"
                    r"(?:worth|valued\s+at|of|totall?ing|amounting\s+to|priced\s+at|estimated\s+at|put\s+at|"
                    r"in\s+the\s+region\s+of|(?:believed|thought|reported|understood|said|expected)\s+to\s+"
                    r"(?:be|total)(?:\s+worth)?)\s+$", re.I)


def _bought_for(doc: Document, m: Mention) -> str | None:
    """"agreed to buy snack maker Pennant for $7.4bn": the price after "for", the verb further back."""
    before = words(re.split(r"[,;:()]", _before(doc, m, 80))[-1])
    if before[-1:] in (["paid"], ["pays"], ["pay"], ["paying"]) and _FOR_AFTER.match(doc.text, m.end):
        return "contract"  # "paid £2.57m for the house"
    if len(before) >= 3 and before[-3] == "for" and before[-2] in ("a", "an") and _PRICE_LABEL.fullmatch(before[-1]):
        before = before[:-2]  # (round 33) "for a club-record £4.5m", "for a reported $30m": the price all the same
    if before[-1:] != ["for"]:
        return None
    return next((MONEY_VERBS.get(w) or _SIGNING_VERBS.get(w) for w in reversed(before[-8:-1])
                 if w in MONEY_VERBS or w in _SIGNING_VERBS), None)


# (round 33) a word labelling a price after "for a": "for a club-record £4.5m", "for a reported $30m"
_PRICE_LABEL = re.compile(r"(?:[a-z]+-)?record|reported|rumoured|reputed|undisclosed|estimated")
# (round 33) a player signed for a sum: the sum is the transfer fee ("signed the striker for £4.5m ... the £5.5m fee")
_SIGNING_VERBS = {v: "fee" for v in "sign signs signed signing".split()}


def _spent_on(doc: Document, m: Mention) -> str | None:
    """"set aside £4.5m for the scheme", "will spend $2bn on the project": what the sum is for."""
    match = _FOR_THE.match(doc.text, m.end, doc.sentences[m.sentence].end)
    if match and group_of(match.group(1)) in MONEY_CONCEPTS:
        return group_of(match.group(1))
    return None


_FOR_THE = re.compile(r"\s+(?:for|on|towards|to\s+fund)\s+(?:the|a|an|its|their|this)\s+(?:[a-z-]+\s+)?([a-z]+)\b", re.I)
# (round 30) what a sum is put into, after its noun: "the $1.6bn investment in roads", "the €230m outlay on cranes"
_PUT_INTO = re.compile(r"\s+(?:in|into|on|for)\s+(?:(?:the|a|an|its|their|new)\s+)*([a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\b",
                       re.I)


def invested_apart(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 30) Are two sums put into things told apart: the second names what it is put into with a word the
    first's sentence lacks ("will pour $2.1bn into broadband ... the $1.6bn investment in roads"), or a year the
    first's lacks ("the €230m outlay was agreed in 2021"), or either is of another time ("five years ago", "now
    planning", "would")?"""
    np = noun_phrase(doc, second)
    into = _PUT_INTO.match(doc.text, np.span.end if np.span is not None else second.end)
    told = _sentence(doc, first).lower()
    if into is not None and not any(w in told for w in words(into.group(1)) if len(w) > 2) \
            and not _mention_starts_at(doc, into.start(1)):  # "on Thursday", "in May": a time
        return True  # (none of its words: "in an all-weather pitch" after "in new pitch" is the same pitch)
    return _other_year(doc, first, second) or any(_ANOTHER_SUM.search(_sentence(doc, m)) for m in (first, second))


# (round 30) a sum put in years ago, or one now planned or hoped for, is another sum: "invested £25m in the plant five
# years ago ... the £40m investment it is now planning would double output"
_ANOTHER_SUM = re.compile(r"\b(?:ago|now|would|plann\w*|plans?|previously|earlier)\b", re.I)
_FOR_AFTER = re.compile(r"\s+for\s+(?:the|a|an|his|her|its|their)\b", re.I)
# (round 21) an owner's name as the determiner too: "The trawler Morven Star's crew of 11"
_NOUN_OF = re.compile(r"\b(?:a|an|the|its|their|his|her|[\w-]+['’]s)\s+(?:[a-z-]+\s+)?([a-z]+)\s+of\s+$", re.I)


# (round 23) a bare count given as a death toll: "gave the death toll from the landslide as 212", "the death toll
# stood at 41", "put the death toll at 19" (no other figure between)
_DEATH_TOLL_BEFORE = re.compile(r"\bdeath\s+toll\b[^.;:\d]{0,60}?\b(?:as|at|of|to|was|is|reached|hit)\s+"
                                r"(?:about\s+|some\s+|at\s+least\s+|nearly\s+|almost\s+|more\s+than\s+)?$", re.I)


def _toll_before(doc: Document, m: Mention) -> str | None:
    """(round 23) A count with no noun told as a death toll counts the victims."""
    return "victim" if _DEATH_TOLL_BEFORE.search(_before(doc, m, 90)) else None


def _count_noun_before(doc: Document, m: Mention) -> str | None:
    """"a crowd of 52,318", "a record attendance of 41,200": a known noun the count is the size of."""
    match = _NOUN_OF.search(_before(doc, m, 40))
    if match is None and doc.sentences[m.sentence].headline:
        # (round 37) a headline drops its article: "Crew of 11 rescued after yacht capsizes"
        match = _HEAD_NOUN_OF.match(doc.text[doc.sentences[m.sentence].start:m.start])
    if match and match.group(1).lower() in _KNOWN_NOUNS:
        return match.group(1).lower()
    return None


_HEAD_NOUN_OF = re.compile(r"\W*(?:[A-Za-z-]+\s+)?([A-Za-z]+)\s+of\s+$")


def _money_noun_before(doc: Document, m: Mention) -> str | None:
    """"a contract worth $3.4bn", "a fee of £54m", "the deal, valued at $2bn": the noun the sum is the size of."""
    match = _WORTH.search(_before(doc, m, 60))
    if match and group_of(match.group(1)) in MONEY_CONCEPTS:
        return group_of(match.group(1))
    return None


_CHANGE_VERBS = frozenset(
    """rise rises rose risen fall falls fell fallen up down increase increases increased decrease decreases
    decreased grew grow grows jump jumps jumped climb climbs climbed drop drops dropped decline declines
    declined gain gains gained lose loses slip slips slipped surge surges surged soar soars soared plunge
    plunges plunged""".split()
)


_LEVEL_VERBS = frozenset("was is were are stood stands hit hits reached reaches at".split())


def change_role(doc: Document, m: Mention) -> str | None:
    """How a figure stands in a change: "rose to X" -> "to", "from X" -> "from", "rose X" /
    "by X" -> "by"; None outside a change.  ("cut power to 230,000 homes" is no change.)"""
    before = words(_before(doc, m, 30))[-2:]
    if not before:
        return None
    last = before[-1]
    if last in ("to", "from"):
        return last if len(before) == 2 and before[0] in _CHANGE_VERBS else None
    if last == "by" and len(before) == 2 and before[0] in _CHANGE_VERBS:
        return "by"
    if last in _LEVEL_VERBS:
        return "to"
    return "by" if last in _CHANGE_VERBS else None


_SUBJECT_PREPOSITIONS = frozenset("in at on for from across among within outside".split())


# (round 44) the words between a subject and its verb of change that say when or how sure: "is expected to", "could"
_MODAL_CHAIN = frozenset("""to is are was were be been being expected forecast predicted projected likely set due poised
    could would will may might should must""".split())


_TRANSITIVE_CHANGE_VERBS = frozenset("cut cuts reduce reduces reduced slash slashes slashed raise raises raised boost boosts "
                                     "boosted lift lifts lifted".split())


def _object_before_by(before: list[str]) -> str | None:
    """(round 44) "Drought to cut sorghum harvest by 40%": the object of a verb of change right before "by" (the words
    of the clause before a percentage), or None."""
    if before[-1:] != ["by"]:
        return None
    verb = next((i for i in range(len(before) - 2, max(-1, len(before) - 6), -1)
                 if before[i] in _CHANGE_VERBS or before[i] in _TRANSITIVE_CHANGE_VERBS), None)
    obj = [w for w in before[verb + 1:-1] if w not in _NP_STOP and len(w) > 2] if verb is not None else []
    return obj[-1] if obj else None


def _told_as_object(doc: Document, m: Mention) -> bool:
    return _object_before_by(words(re.split(r"[,;:()]", _before(doc, m, 80))[-1])) is not None


def subject_concept(doc: Document, m: Mention) -> str | None:
    """For a figure in a change with no noun: the subject of the verb ("Unemployment
    falls to 5.2%", "the jobless rate fell to 5.6%")."""
    clause = re.split(r"[,;:()]", _before(doc, m, 80))[-1]
    before = words(clause)
    obj = _object_before_by(before) if m.kind == Kind.PERCENT else None
    if obj:
        return group_of(obj)
    idx = None
    for i in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if before[i] in _CHANGE_VERBS or before[i] in _LEVEL_VERBS:
            idx = i
            break
    if idx is None:
        return None
    while idx > 0 and before[idx - 1] in _MODAL_CHAIN:
        idx -= 1  # (round 44) "The sorghum harvest ... is expected to fall by 30%": the subject before the chain
    opening = [w for w in before[:idx] if w not in _NP_STOP]
    if m.kind == Kind.PERCENT and opening and opening[0] in PERCENT_CONCEPTS:
        return group_of(opening[0])  # (round 50) "Turnout in Sunday's municipal elections in Sormland reached 71.4%"
    window = before[max(0, idx - 5):idx]
    cut = next((k for k, w in enumerate(window) if w in _SUBJECT_PREPOSITIONS
                and any(x not in _NP_STOP and len(x) > 2 for x in window[:k])), None)
    if cut is not None:
        window = window[:cut]  # "the waiting list in England has risen": the list, not England
    subject = [w for w in window if w not in _NP_STOP and len(w) > 2]
    for w in subject:
        if group_of(w) in SYNONYMS or w in PERCENT_CONCEPTS:
            return group_of(w)
    return group_of(subject[-1]) if subject else None


_DEFINITE = re.compile(
    r"(?:^|[\s(\"“]|['‘](?=(?:this|all)\b))((?:all\s+(?:of\s+)?)?(?:the|its|their|his|her|these|those|both|this|our)|all)"
    r"(?:\s+(?:full|whole|entire|same|complete|combined))?(?:\s+[a-z]+(?:-[a-z]+)+,)?\s+$", re.I)
# "the full 24km route", "the eight-year, £69m deal"; (round 30) a single quotation mark only before "this"
# ("'This $8 million investment"; (round 58) "'All eight of the tourists are safe'"): "'The 12 patients we saw first"
# quotes a part or another occasion as often


# (round 31) the owner named, then "whose": "Pell, whose 124 came off 211 balls" is Pell's 124
_POSSESSIVE = re.compile(r"(?:^|[\s(\"“])((?:the\s+)?\w[\w-]*)(?:['’]s?|\s*,\s+whose)\s+$")
_DETERMINER_ENDS = ("the", "its", "their", "his", "her", "these", "those", "both", "this", "all", "our", "full", "whole", "entire",
                    "same", "complete", "combined", ",", "'", "'s", "’", "’s", "whose")


def _may_end_on_determiner(before: str) -> bool:
    """A cheap first test for ``definite``: both its patterns end on blanks after a determiner, an adjective of
    _DEFINITE, a comma or an apostrophe (a text not in ASCII, where re.I folds a few other letters, is let through)."""
    if not before[-1:].isspace():
        return False
    if not before.isascii():
        return True
    last = before.split()
    return bool(last) and last[-1].lower().endswith(_DETERMINER_ENDS)


def definite(doc: Document, m: Mention, partitive_ok: bool = False, possessive: bool = False,
             than_ok: bool = False) -> str | None:
    """The determiner right before a figure ("the", "all the", "its"), if any; with
    ``possessive``, also a possessive ("Dawson's", "the 24-year-old's"), returned with
    its apostrophe so a finder can ask whom it names; with ``than_ok``, also the far
    side of a comparison ("than the 10%")."""
    before = _before(doc, m, 60)
    if not _may_end_on_determiner(before):
        return None
    match = _DEFINITE.search(before)
    if not match and possessive:
        owner = _POSSESSIVE.search(before)
        if owner and "whose" in owner.group(0) and not (owner.group(1)[:1].isupper() and " " not in owner.group(1)):
            return None  # (round 31) only a name owns "whose": "Pell, whose 124" (not "The club, whose £4.2m debt")
        if owner and owner.group(1).lower() not in ("it", "that", "there", "here", "what", "who", "let"):
            return owner.group(1) + "'s"
        return None
    if not match:
        return None
    det = " ".join(match.group(1).lower().split())
    prior = words(before[:match.start(1)])
    if prior and prior[-1] == "than" and not than_ok:
        return None  # "than the 10%"
    if not partitive_ok and prior and not (m.compound and _GROUP_SIZE.search(m.text)):
        # ((round 47) a group's size joined to its noun is the whole's, whatever part is taken of it: "beat the rest
        # of the 13-strong field")
        if prior[-1] == "of" and len(prior) >= 2 and prior[-2] in PARTITIVE and prior[-2] != "each" \
                and not (prior[-2] in _SOME_OF_ALL and det == "the"):
            return None  # "two of the 12 victims" (not "each of its 400 beds": every one of them; (round 46) nor
            # "most of the 21 injured", "all of the 41,000 displaced": the whole, taken up again)
        if prior[-1] in PARTITIVE:
            return None
        if prior[-1] == "of" and det not in _OWNERS and _FIGURE_OF_BEFORE.search(before, 0, match.start(1)):
            return None  # (round 24) "512 of the 740 places": a part in digits, as "five of the 740 places" (not
            # "won 6 of his 9 games": the owner's whole, told as his)
    return det


_SOME_OF_ALL = frozenset({"most", "half", "all"})
_GROUP_SIZE = re.compile(r"-(?:strong|member|man|woman|seat)$", re.I)
_OWNERS = frozenset({"his", "her", "its", "their"})  # (round 24) determiners naming an owner
# (round 24) a figure in digits right before "of": "512 of", "38,500 of", "£5m of", "40% of"
_FIGURE_OF_BEFORE = re.compile(r"\d[\d,.]*(?:\s*%|[mk]|bn|\s+(?:million|billion|per\s*cent|percent))?\s+of\s+$", re.I)


# a streak restated: "That run of 12 straight legs", "her winning sequence of nine matches"
# (round 59) a gathered whole named before "of" its figure: "the collection of", "its fleet of", "the herd of"
_GATHERED_OF = re.compile(r"\b(?:the|its|their)\s+(?:whole\s+|entire\s+)?(?:collection|cache|hoard|trove|archive|fleet|"
                          r"herd|flock|stock|stockpile)\s+of\s+(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.I)
# (round 59) an amount named before "of" its figure: "its annual exports of 1.8 million bottles"
_AMOUNT_OF = re.compile(r"\b(?:the|its|their)\s+(?:annual\s+|yearly\s+|current\s+)?(?:exports|imports|output|production|"
                        r"turnover|revenue)\s+of\s+"
                        r"(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.I)
_RUN_OF = re.compile(r"\b(?:that|this)\s+(?:(?:winning|unbeaten|losing|scoring)\s+)?"
                     r"(?:run|streak|sequence)\s+of\s+$", re.I)  # not "their record run of 17": another streak
# a streak's sentence telling of another streak or of this one grown: "in last year's final", "by Lee in 2022",
# "ended in March", "stretching that run"
_RUN_APART = re.compile(r"\b(?:last|previous|earlier|ago|record|ended|ends|snapped|extend\w*|stretch\w*|lengthen\w*|"
                        r"continu\w*|now|since|season|year|month|week|(?:19|20)\d\d|by\s+[A-Z]\w+)\b")
# what says a count is of things in a row: "11 legs in a row" ... "12 straight legs"
_IN_A_ROW = frozenset("straight consecutive successive".split())
_IN_A_ROW_TEXT = re.compile(r"\bin\s+a\s+row\b|\b(?:straight|consecutive|successive|running)\b", re.I)


def _stem(w: str) -> str:
    return w.lower()[:4]


# (round 31) qualifiers that pick the same group under another word
_SAME_QUALIFIER = {w: group for group in (frozenset({"overseas", "international", "foreign"}),
                                           # (round 37) "an outbreak has affected 23 patients ... the 19 patients infected"
                                           frozenset({"infected", "affected", "outbreak", "sickened"}),
                                           frozenset({"injured", "hurt", "wounded"}),
                                           # (round 42) "32 schools were shut ... the 23 closed schools"
                                           frozenset({"closed", "shut", "shuttered"}),
                                           # (round 43) "advised a 23% cut ... the proposed 32% cut"
                                           frozenset({"proposed", "advised", "recommended", "suggested", "proposal",
                                                      "recommendation", "advice", "proposes", "recommends",
                                                      "advises"}),
                                           # (round 47) an owner called again by another word for it: "the planned
                                           # railway will serve 12 stations ... the line's 11 stations"
                                           frozenset({"railway", "line", "railroad", "rail"}),
                                           frozenset({"airline", "carrier"}), frozenset({"lender", "bank"}),
                                           frozenset({"firm", "company"}), frozenset({"club", "team", "side"}))
                   for w in group}
# (round 42) a qualifier the first mention's words imply, one way only: those taken to hospital were hurt
_IMPLIED_BY = {w: frozenset({"hospital", "hospitalised", "hospitalized"}) for w in ("injured", "hurt", "wounded")}
# (round 60) "The winner ... will take home $50,000 ... the $15,000 first prize": the first prize is the winner's
_IMPLIED_BY["first"] = frozenset({"winner", "winners", "champion"})


def backed(word: str, context: str) -> bool:
    """Is a qualifier of the restatement found near the first mention?  "Scottish" ~ "Scotland"."""
    word = word.lower()
    if word in _IN_A_ROW and _IN_A_ROW_TEXT.search(context):
        return True  # "11 legs in a row" ... "12 straight legs"
    ctx = words(context)
    if word in ctx or singular(word) in {singular(w) for w in ctx}:
        return True
    place = DEMONYMS.get(word)
    if place and place in ctx:
        return True
    if any(DEMONYMS.get(w) == word for w in ctx):
        return True
    if _SAME_QUALIFIER.get(word, frozenset()) & set(ctx):
        return True  # (round 31) "2,350 international students ... the 2,530 overseas students"
    if _IMPLIED_BY.get(word, frozenset()) & set(ctx):
        return True  # (round 42) "17 riders were taken to hospital ... all 19 injured riders"
    stem = _stem(word)
    return len(word) >= 4 and any(_stem(w) == stem for w in ctx if len(w) >= 4)


def _near(doc: Document, m: Mention) -> str:
    """The words around a figure's noun phrase, where its qualifiers stand."""
    s = doc.sentences[m.sentence]
    np = noun_phrase(doc, m)
    end = np.span.end if np.span else m.end
    return doc.text[max(s.start, m.start - 60):min(s.end, end + 60)]


_WHERE_AFTER = re.compile(r"\s*(?:in|across|at|throughout)\s+(the\s+[a-z]+)\b(?!\s+of\b)")
_NOT_WHERE = PARTITIVE | frozenset("""first last past next same end wake aftermath meantime morning afternoon
    evening night week month year day time moment""".split())
_PLACE_AFTER = re.compile(r"\s*(?:in|at|across|from|on)\s+<?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
                          r"((?:(?:outside|beyond|within|inside)\s+)?(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")
# "on Monday" is no place; (round 32) "from outside Europe" is one, "outside" its own word


# (round 27) an adverb a participle after a noun may carry: "urgently referred", "newly elected"
_ADVERB_BEFORE_PARTICIPLE = r"(?:[a-z]+ly\s+)?"
# (round 27) a plural noun in -men or "children" is no participle, and a weekday after it no place: "the 12 dead men
# on Tuesday" (but "the five dead men in Zermatt"), nor after a verb (round 32: "the stoppage began on Monday"); an adverb may come before the participle ("urgently referred")
_VERB_PLACE_AFTER = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
                               r"(?:(?:[a-z]*men|children)\s+(?:in|at|across|on)\s+<?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
                               r"|" + _ADVERB_BEFORE_PARTICIPLE + r"(?![a-z]*men\b|children\b)[a-z]+(?:ed|t|n)\s+(?:in|at|across|on)\s+"
                               r"<?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"  # (round 32) "began on Monday"
                               r"((?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)")


def _larger_at_scene(m: Mention, other: Mention, where: str) -> bool:
    """(round 21) "at the scene" picks out no sub-group of a smaller count: "Nearly 500 firefighters were battling the
    blaze ... the 620 firefighters at the scene" (those at the scene cannot outnumber all of them; "the 40 officers at
    the scene" after "300 officers" may be some)."""
    return words(where)[-1] == "scene" and m.value is not None and other.interval is not None \
        and other.interval.hi is not None and m.value > other.interval.hi


def _proper_place_unnamed_by_headline(doc: Document, place: str, head: Mention) -> bool:
    """(round 61) The place is a name ("Little Marden", not "the city") and ``head``'s sentence, a headline, names
    nothing with a capital past its first word."""
    hs = doc.sentences[head.sentence]
    named = [w for w in place.split() if w.lower() != "the"]
    if any(_MONTHS.fullmatch(w) for w in named):
        return False  # "in August": a time, no place
    return hs.headline and bool(named) and all(w[:1].isupper() for w in named) \
        and not any(w[:1].isupper() for w in doc.text[hs.start:hs.end].split()[1:])


def new_qualifier(doc: Document, m: Mention, other: Mention, lenient: bool = False, added: bool = False,
                  act_later: bool = False, single: bool = False) -> bool:
    """Does ``m`` carry a modifier or a place not found around the other mention?
    ``lenient`` (a headline against its lead): plain adjectives ("350 new jobs") pass,
    places and sub-groups do not; ``added`` (round 32): "extra", "additional", "further" pass (``_told_as_added``);
    ``act_later`` (round 33): a month after the noun is when the sentence's act falls (``_deal_acted_on_later``);
    ``single`` (round 33): ``m`` sizes one thing, so a place told by its own verb ("the 112-metre vessel was built in
    Gdansk") says where it was, and picks out no part (a participle alone still may: "the 90-metre vessel moored in Hull")."""
    context = _near(doc, other)
    np = noun_phrase(doc, m)
    s = doc.sentences[m.sentence]
    for w in np.modifiers:
        if added and w in _ADDED_WORDS:
            continue
        if w in OTHER_SET or w in SUBGROUP:
            return True
        if w in NEUTRAL or backed(w, context):
            continue
        if w in _GROUP_OF and _GROUP_OF[w] == concept(doc, other):
            continue  # (round 47) "shed 42 posts ... the 46 job losses": the modifier names what the other counts
        if w in ("newly", "elected") and _seats_won(doc, other):
            continue  # (round 23) "won 27 seats ... the 29 newly elected councillors": those the seats elected
        written = re.search(r"\b" + re.escape(w) + r"\b", doc.text[m.end:s.end], re.I)
        if not lenient or (written and written.group(0)[:1].isupper()):
            return True
    origin = _ORIGIN.search(doc.text, s.start, m.start)
    if origin and not re.search(r"\b" + origin.group(0) + r"\b", _sentence(doc, other), re.I):
        return True  # "crews from 11 countries" / "Overseas crews ..., with 241 boats from 10 countries": some of them
    end = np.span.end if np.span else m.end
    s = doc.sentences[m.sentence]
    dated = re.match(r"\s*(?:in|of|from|since|during|for)\s+(?:the\s+)?((?:19|20)\d\d)\b", doc.text[end:s.end])
    if dated and dated.group(1) not in _sentence(doc, other) and not (
            lenient and not years(doc, other.sentence) and len(years(doc, m.sentence)) == 1
            and not any(o.kind in (Kind.DURATION, Kind.DATE) for o in doc.mentions_in(other.sentence))):
        # (round 52: not a lead's year against a headline naming none: "Zoo sets record with 612,000 visitors" /
        # "welcomed 621,000 visitors in 2024")
        return True  # "the 10-day strike in 2019", (round 25) "the 40 victims of the 1998 fire"
    match = _PLACE_AFTER.match(doc.text[end:s.end])
    where = None if lenient else _WHERE_AFTER.match(doc.text[end:s.end])
    if where and words(where.group(1))[-1] not in _NOT_WHERE and not _larger_at_scene(m, other, where.group(1)):
        match = match or where  # "all 12,000 homes in the city" after "9,000 homes in Hull"
    if match and (_same_month_named(doc, match.group(1), other) or _headline_of_body_month(doc, m, match.group(1), other)
                  or act_later and re.fullmatch(_MONTHS.pattern, match.group(1).strip())
                  or _start_month_of_headline_act(doc, match, other)):
        match = None  # (round 24) "... passengers in August" / "3.8 million passengers in August": one time, no place
    if match and lenient and _proper_place_unnamed_by_headline(doc, match.group(1), other) \
            and not any(o is not m and o.kind == m.kind for o in doc.mentions_in(m.sentence)):
        match = None  # (round 61) "Canal breach floods 40 homes" / "flooded 34 homes in Little Marden": where it
        # happened, told by the lead of a headline that names no place (no other figure of its kind beside it: "640
        # homes at Kingswood Farm and 390 at Pannal Green" are parts)
    if match:
        own = _own_phrase(doc, other)
        if own is not None and {w for w in words(match.group(1)) if w != "the"} != own:
            return True  # "three days in March ... the four-day strike in May"
        for w in words(match.group(1)):
            if w != "the" and not backed(w, context):
                return True
    placed = _VERB_PLACE_AFTER.match(doc.text[end:s.end])
    if single and placed and words(placed.group(0))[0] in ("was", "were", "have", "had"):
        placed = None
    if placed and not all(backed(w, context) for w in words(placed.group(1)) if w != "the"):
        return True  # "320 homes" / "190 homes burned in Lake County": a part placed by its clause
    following = words(doc.text[end:s.end])[:3]
    if following[:1] and following[0] in _ELSEWHERE:
        return True  # "the 5-mile crossing upstream"
    if len(following) == 3 and following[0] == "of" and following[1] in _OWNERS and not backed(following[2], context):
        return True  # (review) "the eight-week trial of his brother": an owner the other's words lack
    made = _MADE_TO.match(doc.text[end:s.end])
    if made and not all(backed(w, _sentence(doc, other)) for w in words(made.group(1)) if w not in _NP_STOP):
        return True  # "the £40,000 award made to his colleague"
    bare = _BARE_PARTICIPLE_AFTER.match(doc.text, end, s.end)
    if bare and _SUBJECT_OPENING.fullmatch(doc.text, s.start, m.start):
        bare = None  # (round 50) "All 12 apprentices passed, the manager said": the subject's own verb, no participle
    bare = bare or _PICKED_THEN_VERB.match(doc.text, end, s.end)
    return bool(bare and not backed(bare.group(1).lower(), _sentence(doc, other))
                and not _act_told(bare.group(1).lower(), _sentence(doc, other)))


def _act_told(participle: str, sentence: str) -> bool:
    """(round 48) The participle names the act the other's sentence told by another verb: "arrested 27 people ...
    Of the 23 people detained" (both verbs of one concept)."""
    act = VERB_CONCEPTS.get(participle)
    return act is not None and any(VERB_CONCEPTS.get(w) == act for w in words(sentence.lower()))


# (round 50) the words opening a sentence before its subject's figure: "All", "The", "All the"
_SUBJECT_OPENING = re.compile(r"\W*(?:(?:all|the|all\s+the|its|their)\s+)?", re.I)
# (round 37) a participle picking some out, then the clause's verb: "The 12 passengers hurt were taken to hospital"
_PICKED_THEN_VERB = re.compile(r"\s+(hurt|injured|wounded|killed|trapped|stranded|rescued|evacuated)\s+(?:were|was|are|is|"
                               r"had|have|has|remain|remained|would|will)\b")


def _same_month_named(doc: Document, phrase: str, other: Mention) -> bool:
    """(round 24) The phrase after the figure is a month alone, the one month the other's sentence names: one time
    told twice, no place ("4.2 million passengers ... in August" / "handled 3.8 million passengers in August"; not
    "three days in March, ... another in May. The four-day strike in May")."""
    return bool(re.fullmatch(_MONTHS.pattern, phrase.strip())) \
        and set(_MONTHS.findall(_sentence(doc, other))) == {phrase.strip()}


# (review rv29-percent item 5) the body's figure is an earlier one ("fell to 4.1% in March ... and has since
# dropped further") or the sentence looks ahead ("economists expect it to ease further")
_BODY_NOT_LATEST = re.compile(r"\b(?:since|before|earlier|further|previously|expect\w*|forecast\w*|predict\w*)\b", re.I)
# the headline's figure told as the level reached ("falls to", "at", "hits"), not a mark passed ("passes 80m")
_BEFORE_HEAD_FIGURE = re.compile(r"\s*\b(?:to|at|hits?)\s*$", re.I)


def _start_month_of_headline_act(doc: Document, match: re.Match, other: Mention) -> bool:
    """(round 42) "from September" after the body's figure is when the act starts, no place, where ``other`` is in a
    headline naming no time: "Academy to axe 14 teaching posts" / "... will cut 12 teaching posts from September"."""
    return match.group(0).lstrip().lower().startswith("from") and bool(re.fullmatch(_MONTHS.pattern, match.group(1).strip())) \
        and doc.sentences[other.sentence].headline and not _MONTHS.search(_sentence(doc, other)) \
        and not _YEAR_DIGITS.search(_sentence(doc, other))


def _headline_of_body_month(doc: Document, m: Mention, phrase: str, other: Mention) -> bool:
    """(round 29) ``other`` is in a headline that names no time, of the month named after ``m`` in the body:
    "Jobless rate falls to 3.9%" / "The jobless rate fell to 4.1% in March".  Only a level the headline tells as
    reached, not a mark passed ("Heathrow passes 80m passengers") nor one foreseen ("Jobless rate expected to
    fall to 3.9%"); not a body sentence telling a figure since passed or to come; and with a publication date,
    only that month or the one before."""
    month = phrase.strip()
    head = doc.sentences[other.sentence]
    if not re.fullmatch(_MONTHS.pattern, month) or not head.headline or _MONTHS.search(_sentence(doc, other)) \
            or _YEAR_DIGITS.search(_sentence(doc, other)):
        return False
    level = _BEFORE_HEAD_FIGURE.search(doc.text, head.start, other.start)
    if level is None or _HEAD_FORESEEN.search(doc.text[head.start:level.start()]) \
            or _BODY_NOT_LATEST.search(_sentence(doc, m)):
        return False
    if doc.published is not None:
        number = MONTH_NAMES.index(month) + 1
        return (doc.published.month - number) % 12 in (0, 1)
    return True


# a part or share taken from the figure after it: "112 of the plant's 460", "about 39% of the 742,000 cars",
# "3.1 per cent of its 96,000 customers", "a third of the 9,600 pupils"
_PART_OF_WHOLE_BEFORE = re.compile(r"(?:\d[\d,.]*(?:\s*%|\s+per\s*cent|\s+percent|\s+pct)?|\b(?:half|thirds?|quarters?|"
                                   r"fifths?|tenths?))\s+(?:[a-z]+\s+)?(?:out\s+)?of\s+"
                                   r"(?:(?:the|its|their|all|[a-z]+['’]s)\s+)*$", re.I)


# a figure summed over several owners or parts: "thrown between them", "in all", "combined"
_SUMMED_AFTER = re.compile(r"(?:\s+[a-z]+ed|\s+[a-z]+n)?\s+(?:between\s+them|among\s+them|in\s+all|in\s+total|altogether|"
                           r"combined|together)\b", re.I)
# a possessive naming a period: "last season's 27 cases", "next year's £4m budget"
_TIME_POSSESSIVE = re.compile(r"\b((?:last|next|this|previous|the\s+previous|the\s+following)\s+(?:year|season|month|week|"
                              r"quarter|term|weekend|spring|summer|autumn|winter|decade|century|night))['’]s\s*$", re.I)
_PARTITIVE_OPENING = re.compile(r"\b(?:of|among)\s+(?:the|these|those|its|their|all)\s*$", re.I)


def _base_over_its_part(doc: Document, first: Mention, m: Mention) -> bool:
    """"Two seafarers were taken to hospital ... Of the 45 seafarers, two were airlifted": the
    definite figure is the whole a partition opens with, and the smaller earlier figure comes
    back as its part right after the comma."""
    if first.value is None or m.value is None or first.value >= m.value:
        return False
    if _PART_OF_WHOLE_BEFORE.search(_before(doc, m, 40)):
        return True  # "when 112 of the plant's 460 employees were on site": the whole a part is taken from
    if not _PARTITIVE_OPENING.search(_before(doc, m, 20)):
        return False
    np = noun_phrase(doc, m)
    end = np.span.end if np.span else m.end
    if _AMONG_OPENING.fullmatch(doc.text, doc.sentences[m.sentence].start, m.start):
        # "Among the 124,000 vans built since 2022, only ...": a larger whole the sentence picks from (round 40: not
        # "Among the eight instruments are a seismometer and ...": the set itself, some of its members named)
        return not _MEMBERS_NAMED_AFTER.match(doc.text, end)
    if not doc.text[end:end + 2].lstrip(" ").startswith(","):
        return False
    part = next((x for x in doc.mentions_in(m.sentence) if x.start > end), None)
    return part is not None and part.value == first.value


def _part_not_first(doc: Document, first: Mention, whole: Mention) -> bool:
    """(Round 37) The part right before "of the" ``whole`` is another figure than ``first``: "carrying 47 passengers
    ... rescued 39 of the 52 passengers" restates the whole, it does not take the first as its part."""
    part = next((o for o in doc.mentions_in(whole.sentence) if o.kind == Kind.COUNT and o.end <= whole.start
                 and re.fullmatch(r"\s+of\s+the\s+", doc.text[o.end:whole.start], re.I)), None)
    return part is not None and part.value != first.value \
        and _PAST_VERB_BEFORE.search(doc.text, max(0, part.start - 24), part.start) is not None


_MEMBERS_NAMED_AFTER = re.compile(r"\s+(?:are|were|is|was)\s+(?:a|an|the|two|three|four|five|six)\b", re.I)
_AMONG_OPENING = re.compile(r"\s*(?:[\"“‘']\s*)?(?:Among|Amongst)\s+(?:the|its|their|all)\s+", re.I)


def _subset_of_split_whole(doc: Document, first: Mention, m: Mention) -> bool:
    """"won in 14 of the town's 17 districts ... The three districts that voted no": the first figure is some
    of a larger set -- the whole a part is cut out of in its sentence, or (round 25) one item of a list of
    figures ("surgery, with 1,420 patients, medicine with 1,200, ...") -- and the definite figure picks its own
    group by a clause of its own ("Of the 1,380 patients who attended the walk-in centre"): another group."""
    if not (_PART_OF_WHOLE_BEFORE.search(_before(doc, first, 40)) or _listed_item(doc, first)):
        return False
    return _picked_by_own_clause(doc, first, m)


def _listed_item(doc: Document, m: Mention) -> bool:
    """(round 25) ``m`` is one item of a list of figures of its kind in its sentence: a figure next to it, the
    two joined as list items are ("surgery, with 1,420 patients, medicine with 1,200"; ``_LIST_JOINT``)."""
    items = [o for o in doc.mentions_in(m.sentence) if o.kind == m.kind]
    at = items.index(m)
    return any(_LIST_JOINT.fullmatch(doc.text, min(o.end, m.end), max(o.start, m.start))
               for o in items[max(0, at - 1):at] + items[at + 1:at + 2])


def _picked_by_own_clause(doc: Document, first: Mention, m: Mention) -> bool:
    """The definite figure picks its group by a restrictive clause whose verb the first's sentence never tells:
    "The three districts that voted no", "the 1,380 patients who attended the walk-in centre"."""
    np = noun_phrase(doc, m)
    end = np.span.end if np.span else m.end
    restricted = _RESTRICTIVE_CLAUSE.match(doc.text, end, doc.sentences[m.sentence].end)
    return bool(restricted and not backed(restricted.group(1), _sentence(doc, first)))


def some_picked_by_clause(doc: Document, first: Mention, m: Mention) -> bool:
    """(round 26) A smaller definite figure picked by a restrictive clause whose verb the first's sentence never tells
    ("Inspectors checked 268 restaurants. The 26 restaurants that failed were named"; "surveyed 356 children ... the
    35 children who developed asthma"): some of the first's group, whatever its digits -- when at most half of it (not
    "A crowd of 38,412 ... the 34,000 fans who made the trip": near the whole, told again)."""
    return first.value is not None and m.value is not None and 2 * m.value <= first.value \
        and _picked_by_own_clause(doc, first, m)


_REST_NAMED = re.compile(r"\b(?:the\s+(?:rest|remainder|others)|those\s+who\s+(?:did\s+)?not)\b", re.I)


def subgroup_picked_by_clause(doc: Document, first: Mention, m: Mention) -> bool:
    """(round 34) The figure opens a subgroup of its own, whatever its size: "Among the 12,400 who completed the
    study (the rest dropped out)" -- picked by a restrictive clause whose verb the first's sentence never tells,
    and framed as a part, by "Among the" before it or a remainder named in its sentence ("the rest", "the
    others"). ("Of the 7.8 million people who passed through, half ..." alone is not: it may be all of them.)"""
    if not _picked_by_own_clause(doc, first, m):
        return False
    s = doc.sentences[m.sentence]
    return bool(_AMONG_OPENING.fullmatch(doc.text, s.start, m.start)
                or re.search(r"\b(?:among|amongst)\s+(?:the|its|their|all)\s+$", doc.text[max(s.start, m.start - 20):m.start], re.I)
                or _REST_NAMED.search(doc.text, s.start, s.end))


_ELSEWHERE = frozenset("""upstream downstream nearby north south east west northwards southwards elsewhere
    further""".split())
# a restrictive relative clause after the noun (no comma) and its verb, past an auxiliary
_RESTRICTIVE_CLAUSE = re.compile(r"\s+(?:that|who|which)\s+(?:(?:were|was|are|is|had|have|has|did|do|had\s+been|have\s+been)"
                                 r"\s+)?(?:not\s+)?([a-z]{3,})\b")
# (round 27) an adverb may come first: "the 286,000 patients urgently referred for suspected cancer"
# nouns of one sex: fewer of them than of "people" may be some of those people
SEXED_NOUNS = frozenset({"men", "women", "boys", "girls"})
# a figure told as a margin by the word after its noun: "put her seven votes ahead", "left them two points clear"
_MARGIN_COMPLEMENT = re.compile(r"\s+(?:ahead|behind|clear|adrift)\b", re.I)
# (round 27) a participle alone closing the noun phrase: "Of the 19,480 members balloted, ..." (after "11,180 members
# voted in favour": the members asked, not those who said yes)
_BARE_PARTICIPLE_AFTER = re.compile(r"\s+" + _ADVERB_BEFORE_PARTICIPLE + r"([a-z]{3,}ed)\s*[,;:)]")
_MADE_TO = re.compile(r"\s+" + _ADVERB_BEFORE_PARTICIPLE
                      + r"(?:[a-z]+ed|made|given|paid|won|lost|sold|held)\s+(?:to|for|by)\s+"
                      r"((?:[\w'’-]+\s*){1,3})")


def _own_phrase(doc: Document, m: Mention) -> set[str] | None:
    """The words of a place or time phrase right after a figure and its noun ("in March"), if any."""
    np = noun_phrase(doc, m)
    end = np.span.end if np.span else m.end
    match = _PLACE_AFTER.match(doc.text[end:doc.sentences[m.sentence].end])
    return {w for w in words(match.group(1)) if w != "the"} if match else None


def years(doc: Document, sentence: int) -> set:
    table = doc.memo.get("restatements: years")
    if table is None:
        table = doc.memo["restatements: years"] = {}
        for m in doc.mentions:
            if m.kind == Kind.YEAR and m.value is not None and not _RANKED_SINCE_BEFORE.search(
                    doc.text, max(doc.sentences[m.sentence].start, m.start - 100), m.start):
                table.setdefault(m.sentence, set()).add(m.value)
    return table.get(sentence, set())


# (round 48) a year that ranks a figure dates nothing of it: "the most since the birds returned to the reserve in 2001"
_RANKED_SINCE_BEFORE = re.compile(r"\b(?:most|fewest|least|highest|lowest|largest|biggest|smallest|best|worst|first)\b"
                                  r"[^,;.]{0,30}\bsince\b[^,;.]{0,60}$", re.I)


TIME_MARKERS = re.compile(r"\b(?:now|today|currently|this year|last year|next year|previously|originally|"
                          r"initially|at the time|at first|a year ago|by then|since then|so far|to date)\b", re.I)


# (round 30) time words TIME_MARKERS, weekdays and months leave out: "since January", "over five years", "each month",
# "on the first day", "this summer" (round 54: "per", not "per cent")
_SENTENCE_TIME = re.compile(r"\b(?:since|ago|earlier|previous|next|last|yesterday|tomorrow|over|each|per(?![\s-]*cent)|every|ahead|"
                            r"a\s+(?:day|week|month|year|night)|(?:first|second|third|final|opening)\s+(?:day|night|week|leg|stage)|"
                            r"this\s+(?:summer|spring|autumn|winter|month|week|season))\b", re.I)


def time_words(doc: Document, sentence: int) -> set[str]:
    """(round 30) The times a sentence names, lower case: its years, weekdays, months, "now", "since", "each month"."""
    s = doc.sentences[sentence]
    return times_in(doc.text[s.start:s.end]) | {str(m.value) for m in doc.mentions_in(sentence) if m.kind == Kind.YEAR}


def times_in(text: str) -> set[str]:
    """(round 31) The times a stretch of text names, lower case, years left out (``time_words`` adds a sentence's)."""
    return {w.lower() for p in (TIME_MARKERS, _WEEKDAY, _MONTHS, _SENTENCE_TIME) for w in p.findall(text)}


_YEAR_STEP = {"this year": 0, "last year": -1, "next year": 1}
YEAR_MARKERS = frozenset(_YEAR_STEP)


def named_years(doc: Document, markers: set[str]) -> set:
    """The years "this year", "last year" and "next year" name, from the publication date
    (the markers themselves when it is unknown: still a time, of an unknown year)."""
    if doc.published is None:
        return {m for m in markers if m in YEAR_MARKERS}
    return {doc.published.year + _YEAR_STEP[t] for t in markers if t in _YEAR_STEP}


# (round 48) a scope opening the second's sentence, set off by a comma: "In 2019, the ...", "In the capital, the
# ...", "Across the country, the ..." (its words, not in the first's sentence, set the second apart)
_OPENING_SCOPE = re.compile(r"\W*(?:In|At|Across|Outside|Within|Among|Throughout|Beyond|For)\s+((?:[\w'’-]+\s+){0,4}?"
                            r"[\w'’-]+)\s*,\s+")
_SCOPE_FILLERS = frozenset("the a an of its their this that all".split())


def opened_by_another_scope(doc: Document, first: Mention, second: Mention) -> bool:
    """The second's sentence opens with a place or time of its own ("In 2019, the 14,850 motorists ...", "In the
    capital, the 64.1% turnout ...") that the first's sentence does not name."""
    sent = doc.sentences[second.sentence]
    opened = _OPENING_SCOPE.match(doc.text, sent.start, second.start)
    if opened is None or first.sentence == second.sentence:
        return False
    phrase = opened.group(1).split()
    if phrase[0].lower() in ("a", "an", "his", "her", "their", "its", "our", "my", "your"):
        return False  # "In a statement,", "In his report,": who tells it, no scope
    if not any(re.fullmatch(r"(?:19|20)\d\d", w) or w[:1].isupper() or w.lower() in _SCOPE_PLACES for w in phrase):
        return False  # "At that rate,", "Outside court,": no place or time of the figure's own
    told = _sentence(doc, first).lower()
    own = [w for w in (w.lower() for w in phrase) if w not in _SCOPE_FILLERS]
    return bool(own) and not all(re.search(r"\b" + re.escape(w) + r"\b", told) for w in own)


_SCOPE_PLACES = frozenset("""capital city country nation region province state county district town village suburbs
    countryside north south east west north-east north-west south-east south-west provinces regions states""".split())


# (round 60) markers of the present, one time: "this year's breeding season had produced 14 chicks ... All 16 chicks
# have now been weighed"
_PRESENT_MARKERS = {"now": "now", "today": "now", "currently": "now", "this year": "now"}


def years_differ(doc: Document, a: Mention, b: Mention) -> bool:
    """Are the two figures dated differently: other years, or a year against "now"?"""
    ya, yb = years(doc, a.sentence), years(doc, b.sentence)
    if ya and yb:
        return not (ya & yb)
    ta = set(_PRESENT_MARKERS.get(m.lower(), m.lower()) for m in TIME_MARKERS.findall(_sentence(doc, a)))
    tb = set(_PRESENT_MARKERS.get(m.lower(), m.lower()) for m in TIME_MARKERS.findall(_sentence(doc, b)))
    if doc.published is not None and (ya and named_years(doc, tb) or yb and named_years(doc, ta)):
        # "last year" is the year before publication: "rose to 41,200 last year ... in 2025"
        return not ((ya | named_years(doc, ta)) & (yb | named_years(doc, tb)))
    if (ya or ta) and (yb or tb):
        return ta != tb or ya != yb
    return bool((ya and tb) or (yb and ta))


def _deadline_only(doc: Document, second: Mention) -> bool:
    """(round 59) The second's sentence dated only by a deadline for what is done to all of them, after the figure:
    "Curators plan to digitise all 2,100 letters by the end of next year" -- the letters are no other year's."""
    s = doc.sentences[second.sentence]
    deadline = _BY_DEADLINE.search(doc.text, second.end, s.end)
    if deadline is None or years(doc, second.sentence) - ({int(deadline.group(1))} if deadline.group(1) else set()):
        return False
    rest = doc.text[s.start:deadline.start()] + doc.text[deadline.end():s.end]
    return not TIME_MARKERS.search(rest)


_BY_DEADLINE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?(?:((?:19|20)\d\d)|next\s+year|this\s+year)\b", re.I)


_MONTH_WORDS = re.compile(r"\b(?:(" + "|".join(MONTH_NAMES) + r")|(last|this|next)\s+month)\b")


def _months_told(doc: Document, figure: Mention) -> set:
    """(round 29) The months a figure's sentence is set in: month names, and "this/last/next month" (the
    month it names once the publication date is known, else the words themselves)."""
    told = set()
    for m in _MONTH_WORDS.finditer(_sentence(doc, figure)):
        if m.group(1):
            told.add(m.group(1))
        elif doc.published is not None:
            told.add(month_from_publication(doc.published, m.group(2)))
        else:
            told.add(m.group(2) + " month")
    return told


def months_differ(doc: Document, a: Mention, b: Mention) -> bool:
    """(round 29) Are the two figures set in other months: "took in 1,240 dogs in August ... the 1,420
    dogs it took in this month" (published in October, or with no date to tell)?"""
    ma, mb = _months_told(doc, a), _months_told(doc, b)
    return bool(ma and mb and not (ma & mb))


def counts_things(doc: Document, m: Mention) -> bool:
    """A count of things, not a label or a misread: "the 800m title" names one thing
    (singular noun), "the Six Nations" is a name, "7.7 MLN BALES" in a capitals
    headline was not read in full."""
    np = noun_phrase(doc, m)
    if np.head is None:
        return True
    if any(w in _SCALE_WORDS for w in np.modifiers):
        return False
    if np.span is not None and not doc.sentences[m.sentence].headline:
        written = doc.text[np.span.start:np.span.end].split()[-1]
        if written[:1].isupper():
            return False
    if m.kind == Kind.COUNT and m.value is not None and m.value > 1 and not m.compound:  # "the 1,342-vote margin"
        return _plural(np.head) or (np.head in VERB_CONCEPTS and np.adjacent)  # "Nine killed"
    return True


def same_dimension(a: Mention, b: Mention) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == Kind.MEASURE:
        return (a.unit or "").lower() in _LENGTH_TO_M and (b.unit or "").lower() in _LENGTH_TO_M
    if a.kind in (Kind.DURATION, Kind.AGE):
        ta, tb = _time_unit(a), _time_unit(b)
        # neighbouring units only: "48-hour" ~ "three-day", but "two hours" and "six-week" are two things
        return (ta is not None and tb is not None and ta[0] == tb[0]
                and max(ta[1], tb[1]) <= 60 * min(ta[1], tb[1]))
    if a.kind == Kind.PERCENT:
        return True
    return a.unit == b.unit


def in_metres(m: Mention):
    """The interval of a length mention in metres."""
    factor = _LENGTH_TO_M.get((m.unit or "").lower())
    if factor is None or m.interval is None:
        return None
    return m.interval.scale(factor)


def in_kilograms(m: Mention):
    """(round 25) The interval of a mass mention in kilograms."""
    factor = _MASS_TO_KG.get((m.unit or "").lower())
    if factor is None or m.interval is None:
        return None
    return m.interval.scale(factor)


def in_base_units(m: Mention):
    """(interval, unit) in the unit two restated figures are compared in: metres for
    lengths, kilograms for masses, months / days / minutes for times; ``None`` when no conversion applies."""
    if m.kind == Kind.MEASURE:
        iv = in_metres(m)
        if iv is not None:
            return iv, "m"
        kg = in_kilograms(m)
        return (kg, "kg") if kg is not None else None
    if m.kind in (Kind.DURATION, Kind.AGE) and _time_unit(m) and m.interval is not None:
        base, factor = _time_unit(m)
        return m.interval.scale(Fraction(factor)), base + "s"
    return None


def agrees(a: Mention, b: Mention) -> bool:
    """Can the two statements mean the same value?  Rounding intervals that only
    touch ("six years" 5.5-6.5, "five-year" 4.5-5.5) do not agree; the same number
    under another hedge ("over 100 hospitals ... the 100 hospitals") does."""
    if a.value is not None and a.value == b.value and (a.unit or "").lower() == (b.unit or "").lower():
        return True
    if a.kind == Kind.MEASURE:
        ia, ib = in_metres(a), in_metres(b)
        if (ia is None or ib is None) and in_kilograms(a) is not None and in_kilograms(b) is not None:
            ia, ib = in_kilograms(a), in_kilograms(b)  # (round 25) "1.4 tonnes" and "the 1,400kg haul"
        if ia is None or ib is None:
            ia, ib = _in_one_unit(a, b)  # (round 43) "12 billion cubic metres ... 15 bcm"
        if ia is None or ib is None:
            if _unit_singular(a) != _unit_singular(b) and b.unit and not _one_unit(a, b) \
                    or a.interval is None or b.interval is None:
                return True  # other units: no conversion here
            # one unit ("litres", "tonnes"), or the unit dropped ("4.85 metres ... her jump of 4.58"):
            # compared as they stand
            ia, ib = a.interval, b.interval
    elif a.kind in (Kind.DURATION, Kind.AGE) and _time_unit(a) and _time_unit(b):
        ia, ib = a.interval.scale(Fraction(_time_unit(a)[1])), b.interval.scale(Fraction(_time_unit(b)[1]))
    else:
        ia, ib = a.interval, b.interval
    if not ia.intersects(ib):
        return False
    lo = max((x for x in (ia.lo, ib.lo) if x is not None), default=None)
    hi = min((x for x in (ia.hi, ib.hi) if x is not None), default=None)
    if lo is None or hi is None or lo < hi:
        return True
    return ia.lo == ia.hi or ib.lo == ib.hi  # an exact value inside the other's range


def _in_one_unit(a: Mention, b: Mention) -> tuple[Interval | None, Interval | None]:
    """(round 43) Two measures in units of one reading each, no temperatures, as intervals in ``a``'s unit: "15 bcm"
    beside "12 billion cubic metres"; (None, None) when no such conversion applies."""
    from ..units import conversion
    ua, ub = resolve_unit(a.unit), resolve_unit(b.unit)
    if len(ua) != 1 or len(ub) != 1 or ua == ub or ua[0].is_temperature or a.interval is None or b.interval is None:
        return None, None
    f = conversion(ub[0], ua[0])
    if f is None or f.b:
        return None, None
    return a.interval, b.interval.scale(f.a)


def _one_unit(a: Mention, b: Mention) -> bool:
    """One unit written two ways: "640MW" and "the 460-megawatt scheme"."""
    ua = resolve_unit(a.unit)
    return len(ua) == 1 and ua == resolve_unit(b.unit)


def _unit_singular(m: Mention) -> str:
    """The unit, lower case and singular: "tonnes" and "tonne" are one."""
    u = (m.unit or "").lower()
    return u[:-1] if len(u) > 3 and u.endswith("s") else u


def rounds_apart(a: Mention, b: Mention) -> bool:
    """Of two plain figures for one quantity the coarser is the finer one rounded: "300" and "350"
    are not (350 rounds to 400, half away from zero), though their rounding intervals touch."""
    head, body = (a, b) if (a.precision or 0) >= (b.precision or 0) else (b, a)
    if head.hedge or body.hedge or head.is_range or body.is_range or head.value is None or body.value is None \
            or not head.precision or not body.precision or head.precision <= body.precision \
            or head.kind != body.kind or head.kind in (Kind.FRACTION, Kind.MULTIPLE) \
            or (head.unit or "").lower() != (body.unit or "").lower():
        return False
    half = head.precision / 2
    away = body.value - head.value if head.value > 0 else head.value - body.value
    return away >= half  # 250 rounds to 300, 350 to 400


_OPPOSING = frozenset("appeal appeals appealed appealing protest protested campaign fight fought".split())


# (round 22) a gap measured from the figure: "Leakage was 15% below the 167 megalitres a day it lost in 2019",
# "a third above the 40 homes planned", "12 short of the 90 needed" -- the figure is the base, not a restatement
_GAP_FROM_BEFORE = re.compile(r"(?:\d\s*%|\d|\bper\s*cent|\bpercent|\b(?:half|thirds?|quarters?|fifths?|tenths?|times))"
                              r"\s+(?:below|above|under|over|beyond|short\s+of|shy\s+of|lower\s+than|higher\s+than)"
                              r"\s+(?:the|its|their|his|her|our|this|that)\s+$", re.I)


def compares(doc: Document, m: Mention) -> bool:
    """Is the figure the far side of a comparison ("than the 10%", "compared with 40")?"""
    if _GAP_FROM_BEFORE.search(doc.text, max(0, m.start - 40), m.start):
        return True  # (round 22) "15% below the 167 megalitres ...": the base a gap is measured from
    before = words(_before(doc, m, 40))[-4:]
    return any((w in ("than", "compared", "versus", "vs") or w == "against" and not (i and before[i - 1] in _OPPOSING))
               and "of" not in before[i + 1:]  # (round 49) "fewer than half of the 68,000": the share is compared
               for i, w in enumerate(before))  # "appeal against the $2m award" compares nothing


_CLAUSE_SPLIT = re.compile(r"[,;:()\u2014\u2013]")
_OCCASION = re.compile(r"\b(?:previous(?:ly)?|earlier|former(?:ly)?|prior|ago|(?:last|a\s+year|the\s+year|a\s+season)\s+"
                       r"(?:year|season|month|week|summer|spring|autumn|winter|January|February|March|April|May|June|"
                       r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday|earlier|before))\b", re.I)
# what a figure is beaten by: "It beats the £800,000 ...", "eclipsing the club's £3.1m fee"
_SURPASS_VERBS = (r"(?:beat|beats|beating|broke|breaks|breaking|eclips\w+|surpass\w*|exceed\w*|dwarf\w*|"
                  r"outstrip\w*|overshadow\w*|outdo\w*|outdid|overtak\w*|overtook|"
                  r"top|tops|topped|topping|double|doubles|doubled|doubling|triple\w*)")
_SURPASSED = re.compile(r"\b" + _SURPASS_VERBS + r"\s+(?!the\s+rest\s+of\b)(?:[a-z'’-]+\s+){0,4}$", re.I)
# (round 47: not "beat the rest of the 13-strong field": the others of the race's own field)
_PREVIOUS = re.compile(r"\b(?:previous(?:ly)?|former(?:ly)?|prior)\b", re.I)
_SHORT_LEAD = frozenset("a an the its his her their some about nearly almost around roughly".split())


def _other_occasion(doc: Document, m: Mention, other: Mention, year_unnamed: bool = False) -> bool:
    """Is ``m`` told, in its own clause, as another occasion's figure than ``other``: "the €71,500 she
    earned in Palermo last July", "Her previous best, a £4,000 prize", "breaking the record of £3.1m set in
    2021", "It beats the £800,000 won by ..." (a year counts when ``other``'s sentence does not name it)?"""
    s = doc.sentences[m.sentence]
    pieces = _CLAUSE_SPLIT.split(doc.text[s.start:m.start])
    before = pieces[-1]
    if len(pieces) > 1 and set(words(before)) <= _SHORT_LEAD:
        before = pieces[-2] + " " + before  # an apposition: "her previous best, a £4,000 prize"
    np = noun_phrase(doc, m)
    end = np.span.end if np.span is not None and np.adjacent else m.end
    after = _CLAUSE_SPLIT.split(doc.text[end:s.end])[0]
    verb = _MODIFIER_CLAUSE.match(after)
    if verb is None or not (verb.group(1).lower() in _MODIFIER_VERBS or len(verb.group(1)) > 4
                            and verb.group(1).lower().endswith(("ed", "en"))):
        after = ""  # the sentence's predicate ("The R12m deal is expected to ... by 2027") dates no figure
    if _PREVIOUS_OBJECT.match(after):
        after = ""  # (round 32) "The 57,000 fans broke the previous record": the verb's object is the earlier one
    if _PREVIOUS.search(before) or _OCCASION.search(after) or _SURPASSED.search(before):
        return True
    own = set(_YEAR_DIGITS.findall(_sentence(doc, other)))
    told = {y.group(1) for y in _IN_YEAR.finditer(after)}
    if year_unnamed and len(told) == 1:
        return False  # (round 23) "... 1.1m visitors in record year" / "1.4 million people came in 2023": its year
    return bool(told - own)


# a clause that says which figure this is: "the £800,000 won by ...", "the €71,500 she earned",
# "£3.1m set in 2021" (a time after the noun alone, "1.4 million visitors last year", tells the main verb's)
_MODIFIER_CLAUSE = re.compile(r"\s+(?:(?:that|which|who|she|he|they|it|we|i|you)\s+)?(?:had\s+|has\s+|have\s+|"
                              r"was\s+|were\s+|had\s+been\s+)?([a-z]+)\b", re.I)
_MODIFIER_VERBS = IRREGULAR_PAST | frozenset("cut put set hit shut sent lent raised".split())
# (round 32) a verb of surpassing whose object is an earlier record ("broke the previous record", "topped the venue's
# earlier best"), not a time ("beat the previous week's") nor an earlier event ("attended the previous final")
_EARLIER_WORDS = frozenset("previous earlier former prior".split())
_PREVIOUS_OBJECT = re.compile(r"\s+(?:(?:had|has|have)\s+)?" + _SURPASS_VERBS + r"\s+(?:the|its|their|his|her)\s+"
                              r"(?:[\w'’-]+['’]s?\s+)?(?:previous|earlier|former|prior)\s+(?:[a-z-]+\s+){0,2}?"
                              r"(?:record|best|high|highest|peak|mark|tally|total|worst|benchmark)\b", re.I)
# a year as the time of the figure ("set in 2021", "in March 2019"), not an attribute ("a 1931 painting")
_IN_YEAR = re.compile(r"\b(?:in|during)\s+(?:[A-Z][a-z]+\s+)?((?:1[89]|20)\d\d)\b")


# a word between "and" and the figure that leaves it one of the things joined: "and the 12", "and some 40"
_AND_THEN_DETERMINER = frozenset("""the its their his her our a an some about around nearly almost over another
    other all""".split())


def _part_of_more(doc: Document, m: Mention) -> bool:
    """"Acme and three other firms": the count is one part of a larger set."""
    before = words(_before(doc, m, 30))[-2:]
    if {"plus", "including", "other", "another", "also", "more"} & set(before):
        return True
    if "and" in before and (before[-1] == "and" or before[-1].lower() in _AND_THEN_DETERMINER):
        return True  # (round 47: not "will be 38 miles long and serve 12 stations": "and" joins two verbs)
    after = _after(doc, m, 40)
    return bool(re.match(r"\s*(?:[\w-]+\s+){0,2}(?:and|plus)\s+(?:\d|[A-Z]|(?:a|an|another|other|one|two|"
                         r"three|four|five|six|seven|eight|nine|ten|its|their|the)\s)", after)
                or _LISTED_NEXT.match(after))


# (round 29) "one of six in the county to change hands", "one of 12 schools that failed": a figure counting those a
# clause picks out, after "one of"
_ONE_OF_BEFORE = re.compile(r"\bone\s+of\s+(?:the\s+)?$", re.I)
_PICKING_CLAUSE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:to\s+[a-z]{3,}|(?:that|which|who)\s+[a-z]{3,})\b")


def _one_of_those_that(doc: Document, m: Mention) -> bool:
    """(round 29) Is ``m`` the size of a set picked by a clause, told as "one of N ... to VERB / that VERB"?"""
    return bool(_ONE_OF_BEFORE.search(doc.text, max(0, m.start - 12), m.start)
                and _PICKING_CLAUSE_AFTER.match(doc.text, m.end, doc.sentences[m.sentence].end))


def _own_group_beside_another(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 29) "carrying 2,800 passengers and 1,100 crew ... the ship's 3,200 passengers": the first figure
    counts its own noun, the one restated, and the figure after "and" another noun -- two groups side by side,
    not one part of a larger set."""
    if first.noun is None or first.noun != second.noun or first.noun_span is None:
        return False
    joined = re.match(r"\s*(?:and|plus)\s+", doc.text[first.noun_span.end:first.noun_span.end + 8])
    if joined is None:
        return False
    other = next((m for m in doc.mentions_in(first.sentence) if m.start == first.noun_span.end + joined.end()), None)
    return other is not None and other.noun is not None and other.noun != first.noun


# "1,240 claims: 870 for damaged vehicles, 310 for homes and ...": the figure is one item of a list of figures
_LISTED_NEXT = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s*[£$€]?\d")


# ==========================================================================
# Finders
# ==========================================================================

_HEADLINE_KINDS = (Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.DURATION)
_LEAD_SENTENCES = 3


# a headline count told as a gap: "nine officers short", "12 staff fewer", "three points behind"
_SHORTFALL_AFTER = re.compile(r"(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:short|fewer|behind|adrift|down|up|more|less|too\s+few|too\s+many)\b",
                              re.I)


def find_headline_restatements(doc: Document):
    """A headline figure against the body's first mention of the same noun."""
    qs = [m for m in quantities(doc, *_HEADLINE_KINDS) if not m.is_range]
    heads = [m for m in qs if doc.sentences[m.sentence].headline]
    measures = [m for m in doc.mentions if m.kind == Kind.MEASURE and doc.sentences[m.sentence].headline]
    if not heads and not measures:
        return
    body = [m for m in qs if not doc.sentences[m.sentence].headline]
    heads = [_headline_sum_unwritten(doc, h, body) for h in heads]
    lead = [s.index for s in doc.sentences if not s.headline and not s.chrome][:_LEAD_SENTENCES]
    if len(measures) == 1 and lead:
        found = _headline_measure(doc, measures[0], lead)
        if found is not None:
            yield found
    for h in heads:
        if _SHORTFALL_AFTER.match(doc.text, h.end, doc.sentences[h.sentence].end):
            # (round 32: within the headline, not the body's opening "More than 1,800 ...")
            continue  # "night shift was nine officers short": a gap between two counts, no count restated
        if _BY_BEFORE.search(doc.text, max(0, h.start - 12), h.start) and _HEADLINE_MARGIN.match(doc.text, h.end):
            # "Greens take Hillside by 143 votes": the margin, not a tally; against the lead's one margin
            found = _headline_margin(doc, h, lead)
            if found is not None:
                yield found
            continue
        found = _headline_pair(doc, h, body, lead)
        if found is None and h.kind == Kind.MONEY:
            found = _headline_deal(doc, h, heads, body, lead)
        if found is None and h.kind == Kind.MONEY:
            found = _headline_phrase(doc, h, heads, body, lead)
        if found is None and h.kind == Kind.MONEY:
            found = _headline_verb_sum(doc, h, heads, body, lead)
        if found is None and h.kind == Kind.DURATION:
            found = _headline_term(doc, h, heads, body, lead)
        if found is None and h.kind == Kind.DURATION:
            found = _headline_duration(doc, h, heads, lead)
        if found is None and h.kind == Kind.PERCENT:
            found = _headline_move(doc, h, heads, lead)
        if found is None:
            found = _headline_record(doc, h, heads, lead)
        if found is None:
            found = _headline_bare_object(doc, h, body, lead)
        if found is not None and found.second.kind == Kind.MONEY and concept(doc, found.second) == "investment" \
                and invested_apart(doc, found.first, found.second):
            continue  # (round 30) "Port to spend €300m on quay" / "The €230m outlay on cranes was agreed in 2021"
        if found is not None:
            yield found


# (round 42) the nouns a sum of money in millions may stand before with its currency left off in a headline
_SUM_NOUNS = frozenset("budget deal contract package fund bill plan bid offer fine loan grant settlement".split())


def _headline_sum_unwritten(doc: Document, h: Mention, body: list[Mention]) -> Mention:
    """(round 42) "Senate approves 14.2 billion budget": a headline's bare count in millions or more before a noun of
    money, where the body tells a sum in one currency before that noun ("the 12.4 billion dollar budget"), is a sum in
    that currency; any other figure as it is."""
    if h.kind != Kind.COUNT or h.unit is not None or not h.noun or h.value is None or h.value < 1_000_000 \
            or singular(h.noun.lower()) not in _SUM_NOUNS:
        return h
    currencies = {b.unit for b in body if b.kind == Kind.MONEY and b.unit
                  and noun_phrase(doc, b).head in (h.noun.lower(), singular(h.noun.lower()))}
    return replace(h, kind=Kind.MONEY, unit=currencies.pop()) if len(currencies) == 1 else h


_HEAD_FORESEEN = re.compile(r"\b(?:forecast\w*|expect\w*|predict\w*|warn\w*|could|may|might|to|likely|"
                            r"possible|up\s+to)\b", re.I)
_MEASURED_OF = re.compile(r"\b([a-z]{4,})\s+of\s+$", re.I)


def _measured(doc: Document, m: Mention) -> str | None:
    """What a measure measures, as its own word: "90mph gusts" and "Gusts of 80mph" -> gust."""
    of = _MEASURED_OF.search(doc.text, max(0, m.start - 20), m.start)
    if of:
        return singular(of.group(1).lower())
    after = _WORD_AFTER_MEASURE.match(doc.text, m.end)
    if after is None or after.group(1).lower() in _NP_STOP:
        return None
    return singular(after.group(1).lower())


_WORD_AFTER_MEASURE = re.compile(r"\s+([A-Za-z]{4,})\b")


def _headline_measure(doc: Document, h: Mention, lead: list[int]):
    """"UK records 40.3C" / "A temperature of 40.8C was recorded at ...": the headline's one measure
    against the one measure in its unit in the opening sentences, when the two are told by the same
    verb (not a change against a level, not other years)."""
    if h.hedge or h.is_range or h.value is None or len(resolve_unit(h.unit)) != 1:
        return None
    unit = resolve_unit(h.unit)
    same = [m for i in lead for m in doc.mentions_in(i) if m.kind == Kind.MEASURE and resolve_unit(m.unit) == unit]
    if len(same) != 1:
        return None
    first = same[0]
    if first.hedge or first.is_range or first.value is None or first.sentence != lead[0] and first.sentence not in lead[:2]:
        return None
    if change_role(doc, h) or change_role(doc, first) or compares(doc, first) or years_differ(doc, h, first):
        return None
    if _ANOTHER_TIME.search(_sentence(doc, first)) or _PEAK_APART.search(
            doc.text, max(doc.sentences[first.sentence].start, first.start - 40), first.start):
        return None  # "The previous record, a 7.1-metre wave,", "... measured last year"
    if _other_year(doc, h, first):
        return None
    told = _same_verb(_content_words(doc, h), _content_words(doc, first))
    named = _measured(doc, h)
    if not told and not (named and named == _measured(doc, first)):
        return None  # "UK records 40.3C" / "40.8C was recorded"; "90mph gusts" / "Gusts of 80mph"
    head = doc.sentences[h.sentence]
    if _HEAD_FORESEEN.search(doc.text, head.start, head.end):
        return None  # "Gusts of 90mph forecast": what was expected, not what was measured
    if sorted(c for c in h.text if c.isdigit()) == sorted(c for c in first.text if c.isdigit()):
        return None  # "64,000-tonne" / "46,000 tonnes": digits swapped, told as such by the slip finder
    return HeadlineRestatement(link="inferred", cue="headline", first=h, second=first,
                               subject="reading")


# a winning margin: "by 143 votes", "by six wickets", "by two lengths"
_HEADLINE_MARGIN = re.compile(r"\s+(?:votes?|points?|runs?|wickets?|seats?|goals?|strokes?|shots?|lengths?|tries)\b", re.I)


# a margin in the body: "by 143 votes", "143 ahead of", "a majority of 143", "a 143-vote majority"
_MARGIN_OF = r"(?:majority|margin|lead)\s+of"  # "a majority of 143": the stated margin
_MARGIN_BEFORE = re.compile(r"\b(?:by|" + _MARGIN_OF + r")\s+$", re.I)
_MARGIN_AFTER = re.compile(r"\s*(?:[a-z]+\s+)?(?:ahead|clear)\b|-?(?:vote|run|point|seat|goal|wicket|shot|stroke)s?"
                           r"\s+(?:majority|margin|lead|win|victory)\b", re.I)


def _headline_margin(doc: Document, h: Mention, lead: list[int]):
    """A headline's winning margin against the one margin of the opening sentences: "Greens take
    Hillside by 143 votes" / "won with 1,486 votes, 134 ahead of the Labour candidate"."""
    margins = [m for k in lead for m in doc.mentions_in(k)
               if m.kind == Kind.COUNT and m.value is not None and not m.is_range
               and (_MARGIN_BEFORE.search(doc.text, max(0, m.start - 12), m.start)
                    or _MARGIN_AFTER.match(doc.text, m.end))]
    if len(margins) != 1 or margins[0].hedge or h.hedge or years_differ(doc, h, margins[0]):
        return None
    told = next((m for k in lead for m in doc.mentions_in(k) if m.kind == Kind.COUNT and m.noun == h.noun
                 and agrees(h, m)), None)
    # (round 27) "... hold Harrowfield by three votes" / "held ... by just three votes ... The first count had put her
    # seven votes ahead": the headline's margin is told again as it is; the other is an earlier count's
    return HeadlineRestatement(link="inferred", cue="headline", first=h, second=told or margins[0], subject="margin")


# the count's group listed with one more beside it: "eight men and a woman", "Ann Roe and her two children"
_AND_ONE_MORE_AFTER = re.compile(r"\s+and\s+(?:a|an|one|another)\s+[a-z]", re.I)
_WITH_OWNER_BEFORE = re.compile(r"\b(?:and|with)\s+(?:his|her|their)\s+$", re.I)


def _one_of_a_listed_group(doc: Document, m: Mention) -> bool:
    """A count told as one item of a list of people or things: a lone one joined after it ("eight men and a woman")
    or an owner before it ("Ann Roe and her two children")."""
    end = m.noun_span.end if m.noun_span is not None else m.end
    return bool(_AND_ONE_MORE_AFTER.match(doc.text, end)
                or _WITH_OWNER_BEFORE.search(doc.text, max(0, m.start - 12), m.start))


_DEAD_AFTER = re.compile(r"\s+(?:dead|killed)\b", re.I)


def _same_head(doc: Document, a: Mention, b: Mention) -> bool:
    """Do two figures count things of the one noun ("12 inmates dead" / "the bodies of 14 inmates")?"""
    ha, hb = noun_phrase(doc, a).head, noun_phrase(doc, b).head
    return bool(ha) and bool(hb) and singular(ha) == singular(hb)


def _headline_move(doc: Document, h: Mention, heads: list[Mention], lead: list[int]):
    """(round 54) The headline's one percentage, sizing a move ("Food bank demand up 38% in a year"), against the
    opening sentence's one percentage sizing a move the same way ("requests for emergency parcels rose 36% in the year
    to March"), whatever each calls the thing: the story's one move told twice (``_one_move_sized``)."""
    if sum(1 for m in heads if m.kind == Kind.PERCENT) != 1 or not lead or h.hedge:
        return None
    opening = [m for m in doc.mentions_in(lead[0]) if m.kind == Kind.PERCENT]
    if len(opening) != 1 or opening[0].hedge or not _one_move_sized(doc, h, opening[0]):
        return None
    first = opening[0]
    if years_differ(doc, h, first) or _UPDATED.search(_clause_of(doc, first)):
        return None
    return HeadlineRestatement(link="inferred", cue="headline", first=h, second=first,
                               subject=concept(doc, h) or concept(doc, first) or "change")


def _headline_dead(doc: Document, h: Mention) -> bool:
    """(round 46) A headline's count of people left dead ("leaves 12 inmates dead"): victims, whatever its noun."""
    np = noun_phrase(doc, h)
    return np.span is not None and _DEAD_AFTER.match(doc.text, np.span.end) is not None


# (round 59) people told as hurt by the verb right after their noun: "Six workers were injured", "two were hurt"
_INJURED_AFTER = re.compile(r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:seriously\s+|slightly\s+|badly\s+)?"
                            r"(?:injured|hurt|wounded)\b", re.I)


# (round 62) or as the object of a verb of hurting: "came off the rails ..., injuring 19 passengers"
_INJURING_BEFORE = re.compile(r"\b(?:injuring|hurting|wounding)\s+$", re.I)


def _told_injured(doc: Document, m: Mention) -> bool:
    if m.kind != Kind.COUNT:
        return False  # (the cheap test before the noun phrase is read)
    if _INJURING_BEFORE.search(doc.text, max(0, m.start - 12), m.start):
        return True
    np = noun_phrase(doc, m)
    return _INJURED_AFTER.match(doc.text, np.span.end if np.span is not None else m.end) is not None


# (round 55) a headline's verb of making or adding things: the body's "new" ones are the same ("Wind farm to add 48
# turbines" / "The 46 new turbines ...")
_ADDING_VERB = re.compile(r"\b(?:adds?|adding|builds?|building|opens?|opening|hires?|hiring|creates?|creating|orders?|"
                          r"ordering|plants?|planting|recruits?|recruiting)\s+$", re.I)


def _adds_new(doc: Document, h: Mention) -> bool:
    return _ADDING_VERB.search(doc.text, max(doc.sentences[h.sentence].start, h.start - 20), h.start) is not None


def _headline_pair(doc: Document, h: Mention, body: list[Mention], lead: list[int]):
    c = concept(doc, h)
    if c is None or c == "people" or not counts_things(doc, h):
        return None
    dead = _headline_dead(doc, h)
    same = [b for b in body if same_dimension(h, b) and (concept(doc, b) == c or dead and concept(doc, b) == "victim"
                                                         and _same_head(doc, h, b)
                                                         # (round 59) "Seven hurt" / "Six workers were injured"
                                                         or c == "injured" and _told_injured(doc, b)
                                                         # (round 54) "traps 14 workers" / "the 12 miners trapped"
                                                         or concept(doc, b) in HYPERNYMS.get(c, ())
                                                         and _told_by_one_verb(doc, h, b))]
    if not same:
        return None
    same = _drop_additional(doc, h, same)
    first = same[0]
    if first.sentence not in lead or not counts_things(doc, first):
        return None
    told_alike = _told_by_one_verb(doc, h, first)
    some = _part_before_whole(doc, first)
    if some is not None and some.kind == h.kind and _lost_as_closed(doc, h, first):
        first = some  # (round 59) "to lose seven branches" / "nine of the region's 31 branches will close": the nine
    roles = {change_role(doc, h) or "to", change_role(doc, first) or "to"}
    if len(roles) > 1 and not told_alike and not _one_move_sized(doc, h, first):
        return None  # a change against a level (not "Farmer loses 800 sheep" / "... lost 580 ewes": one verb's object)
    if any(agrees(h, b) for b in same):
        # the one that rounds to the headline's, if any ("300" over "350 ... 310": the 310)
        agreeing = next((b for b in same if agrees(h, b) and not rounds_apart(h, b)),
                        next(b for b in same if agrees(h, b)))
        return HeadlineRestatement(link="inferred", cue="headline", first=h, second=agreeing,
                                   subject=_subject(doc, agreeing, c))
    if _lead_sum(h, body, first.sentence):
        return None  # "£90m stadium deal" / "a £60m naming deal, on top of a £30m loan": parts
    if _one_of_a_listed_group(doc, first):
        return None  # (round 27) "Nine arrested" / "Those detained, eight men and a woman, ..."; "Three killed" /
        # "Ann Roe and her two children died": the count is one item of the group the lead lists
    part = _part_before_whole(doc, first)
    if part is not None and part.kind == h.kind and agrees(h, part):
        return None  # (round 24) "... sells 38,500 tickets" / "Some 38,500 of the 42,000 tickets": the part, told
    if any(b.kind == h.kind and b.unit == h.unit and b.sentence in lead and b.start <= first.start
           and same_dimension(h, b) and agrees(h, b) and not b.hedge for b in body):
        return None  # "... €142,000 prize" / "The title is worth €142,000, ... the €71,500 she won in May":
        # the headline's figure is stated first, under a noun not read; the other figure is another thing's
    near = [b for i in sorted(set(lead) | {first.sentence + 1}) for b in doc.mentions_in(i)]
    if any(b.kind == h.kind and (b.noun is None or b.noun.lower().endswith("ed")) and agrees(h, b)
           and not b.hedge and b.start > first.start and b.value == h.value and not b.is_range for b in near):
        return None  # "... as 27 crews drop out" / "A total of 214 crews set off. Of those, 187 reached the
        # finish, while 27 retired": the headline's figure is the lead's later bare count, not the first one
    if change_role(doc, h) in ("by", "from") and not told_alike and not _one_move_sized(doc, h, first):
        return None  # sizes of a change: real or nominal, monthly or yearly, adjusted or not
    if _headline_told_later(doc, h, first, body):
        return None
    # several figures for the noun in the lead sentence: parts, not a restatement
    if sum(1 for b in same if b.sentence == first.sentence and not _in_aside(doc, first, b)) > 1:
        return None  # (not "Ten people, including two children, died": some of the first, set aside)
    if years_differ(doc, h, first) or new_qualifier(doc, first, h, lenient=first.sentence == lead[0] or _adds_new(doc, h)):
        return None
    if _headline_event_unsaid(doc, h, first) and not (
            h.value is not None and first.value is not None and h.value > first.value
            and _ALL_BEFORE.search(doc.text, max(0, first.start - 8), first.start)):
        return None  # "Two crew injured" / "The ship had 21 crew on board": those hurt, not all aboard; but (round
        # 51) "38 passengers stranded" / "All 36 passengers were brought down": more picked out than all there were
    if _one_side_of_tally(doc, first):
        return None  # "... in five games" / "trailed by two games to one": a score, not the games played
    if _BODY_TOTAL.search(_sentence(doc, first)):
        return None  # "In all, 41 people were killed or hurt": a total over more than the headline counts
    if _additional(doc, first):
        return None  # (round 32) "Three arrested" / "Officers made one more arrest on Sunday": some added to them
    if _ANOTHER_BEFORE.search(_before(doc, first, 30)) \
            or _other_occasion(doc, first, h, year_unnamed=_year_unnamed(doc, h)):
        return None  # "A rival plan for 2,500 flats", "her previous best, a £4,000 prize": another thing's figure
    return HeadlineRestatement(link="inferred", cue="headline", first=h, second=first,
                               subject=_subject(doc, first, c))


# (round 31) a verb after a count's noun that tells what was done to them: "the 1,400 staff the carrier shed",
# "11 musicians were lost"
_VERB_AFTER_NOUN = re.compile(r"(?:\s+(?:the\s+)?[a-z][\w'’-]*)?\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
                              r"([a-z]{3,})\b")
_SHORT_PAST = frozenset("shed cut set put hit".split())
_PARTICIPLE_AFTER_NOUN = re.compile(r"\s+([a-z]{3,}ed)\b")


def _verb_stems(doc: Document, m: Mention) -> set[str]:
    """(round 31) The stems of the verb whose object a count is: right before it ("loses 800 sheep" -> los), or a past
    form after its noun ("the 1,400 staff the carrier shed" -> shed)."""
    stems = {_sum_verb(doc, m)} - {None}
    np = noun_phrase(doc, m)
    at = np.span.end if np.span is not None and np.adjacent else m.end
    # (round 54) a participle right after the noun first: "the 12 miners trapped when ..."
    after = _PARTICIPLE_AFTER_NOUN.match(doc.text, at, doc.sentences[m.sentence].end) \
        or _VERB_AFTER_NOUN.match(doc.text, at, doc.sentences[m.sentence].end)
    if after and (after.group(1).endswith("ed") or after.group(1) in IRREGULAR_PAST or after.group(1) in _SHORT_PAST):
        stems.add(re.sub(r"(?:ing|ed|es|s|e)$", "", after.group(1)))
    return stems


# (round 43) the way a change goes, from the words before its size in its clause
_UP_WORDS = re.compile(r"\b(?:up|rise|rises|rose|risen|rising|increase[sd]?|increasing|grow|grows|grew|grown|growing|gain"
                       r"|gains|gained|jump|jumps|jumped|climb|climbs|climbed|soar|soars|soared|surge|surges|surged|"
                       r"boost|boosts|boosted|hike|hikes|hiked|go\s+up|went\s+up)\b", re.I)
_DOWN_WORDS = re.compile(r"\b(?:down|fall|falls|fell|fallen|falling|drop|drops|dropped|cut|cuts|decline[sd]?|declining|"
                         r"decrease[sd]?|slump|slumps|slumped|lose|loses|lost|shrink|shrinks|shrank|plunge[sd]?|slide|"
                         r"slid|slides|go\s+down|went\s+down)\b", re.I)
# what sets two sizes of one change apart: real or nominal, adjusted, another period's or another measure's
_SIZED_APART = re.compile(r"\b(?:real|nominal|adjust\w*|inflation|underlying|like-for-like|annual\w*|monthly|quarterly|"
                          # ((round 60) "a month" a rate, not "jump 18% in a month": the change over one month)
                          r"weekly|(?<!\bin\s)a\s+(?:month|week|quarter)|per\s+(?:month|week)|year-on-year|month-on-month|"
                          r"compound\w*|cumulative\w*|total|overall|so\s+far)\b", re.I)


_CHANGE_NOUN_AFTER_SHARE = re.compile(r"\s+(increase|rise|fall|drop|decline|jump|gain|cut|hike|reduction)\s+in\s+"
                                      r"(?:(?:the|its|their)\s+)?([a-z]+)", re.I)
_UP_NOUNS = {"increase": 1, "rise": 1, "jump": 1, "gain": 1, "hike": 1}  # (the others of that pattern go down)
_CHANGE_NOUN_OF = re.compile(r"\b(?:an?\s+)?(?:increase|rise|fall|drop|decline|jump|gain|cut)\s+of\s+$", re.I)


def _way_of(doc: Document, m: Mention) -> int:
    clause = re.split(r"[,;:()\"“”]", _before(doc, m, 50))[-1]
    up, down = bool(_UP_WORDS.search(clause)), bool(_DOWN_WORDS.search(clause))
    return 1 if up and not down else -1 if down and not up else 0


def _one_move_sized(doc: Document, h: Mention, first: Mention) -> bool:
    """(round 43) A headline percentage sizing a change ("Rents up almost 12% in a year") against the lead's first
    percentage of the same thing sizing a change the same way ("rose by 9.2% in the year to May"), neither told as
    real or nominal, adjusted, monthly, a total or from a point: one move told twice."""
    moved = _CHANGE_NOUN_AFTER_SHARE.match(doc.text, first.end)
    if moved is not None and singular(moved.group(2).lower()) not in {singular(w) for w in words(_clause_of(doc, h))}:
        moved = None  # (round 60) the thing that moved after "in" must be the headline's: not "a 50% increase in the
        # dividend" under "average premium climbs 11%"
    if h.kind != Kind.PERCENT or first.kind != Kind.PERCENT or change_role(doc, first) != "by" \
            and not _CHANGE_NOUN_OF.search(doc.text, max(0, first.start - 20), first.start) and moved is None:
        return False  # (round 54: or "an increase of 16 per cent"; round 60: or "an 8 per cent increase in fares")
    way = _way_of(doc, h)
    if way == 0 or way != (_way_of(doc, first) or (_UP_NOUNS.get(moved.group(1).lower(), -1) if moved else 0)):
        return False
    if sum(1 for m in doc.mentions_in(first.sentence) if m.kind == Kind.PERCENT) > 1:
        return False  # "House prices in London rose by 2.1%, while prices across the country rose 5.2%": which one?
    ch, cf = _clause_of(doc, h), _clause_of(doc, first)
    if _told_as_object(doc, h) and _unsaid_modifier(doc, first, ch):
        return False  # (round 44) "Firm to cut prices by 40%" / "The firm's share price is expected to fall by 30%"
    qh, qf = set(w.lower() for w in _MEASURE_QUALIFIERS.findall(ch)), set(w.lower() for w in _MEASURE_QUALIFIERS.findall(cf))
    if qh and qf and qh != qf:
        return False  # "average premium climbs 11%" / "Gross written premiums rose 18%": two measures
    return _sized_alike(ch, cf)


# (round 57) a year's change told as "on year", "on the year", "year-on-year" or "annual": one period, however said
_ON_YEAR = re.compile(r"\bon\s+(?:the\s+)?year\b(?!\s+(?:before|earlier|ago))", re.I)  # (not "on the year before")


def _sizings(clause: str) -> set[str]:
    found = {" ".join(w.lower().split()) for w in _SIZED_APART.findall(clause)}
    if _ON_YEAR.search(clause):
        found.add("year-on-year")
    return {"year-on-year" if w.startswith("annual") else w for w in found}


def _sized_alike(ch: str, cf: str) -> bool:
    """Two clauses sizing one change the same way: neither told as real, adjusted, another period's or another
    measure's, or both told of the same period ("up 8% on year" / "climbed 6 per cent year-on-year")."""
    a, b = _sizings(ch), _sizings(cf)
    return not a and not b or a == b == {"year-on-year"}


def _unsaid_modifier(doc: Document, m: Mention, other_clause: str) -> bool:
    """(round 44) The noun before the head of ``m``'s subject ("share" in "the firm's share price") is not in the other
    clause: two measures, not one."""
    c = concept(doc, m)
    if not c:
        return False
    s = doc.sentences[m.sentence]
    found = None
    for found in re.finditer(r"\b([a-z][\w-]*)\s+" + re.escape(c[:4]) + r"\w*", doc.text[s.start:m.start], re.I):
        pass
    if found is None:
        return False
    word = found.group(1).lower()
    return not _MEASURE_QUALIFIERS.fullmatch(word) and word not in _NP_STOP and word not in _MODAL_CHAIN and len(word) > 2 and not word.endswith(("ern", "ly")) \
        and word not in other_clause.lower()


_MEASURE_QUALIFIERS = re.compile(r"\b(?:average|mean|median|gross|net|underlying|core|headline|basic|operating|pre-tax|"
                                 r"written|total)\b", re.I)


def _clause_of(doc: Document, m: Mention) -> str:
    """The words of a figure's clause: from the last comma (semicolon, colon) before it to the next after it."""
    s = doc.sentences[m.sentence]
    before = re.split(r"[,;:]", doc.text[s.start:m.start])[-1]
    after = re.split(r"[,;:]", doc.text[m.end:s.end])[0]
    return before + m.text + after


def _told_by_one_verb(doc: Document, h: Mention, first: Mention) -> bool:
    """(round 31) Are a headline count and the lead's told as the object of one verb ("loses" / "lost", "sheds" /
    "shed"): then both are the same figure, whether a level or a change's size?"""
    return any(len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a))
               for a in _verb_stems(doc, h) for b in _verb_stems(doc, first)) or _lost_as_closed(doc, h, first)


# (round 59) a loss told in the headline, the lead telling what goes: "Libraries to lose seven branches" / "nine of
# the region's 31 library branches will close", "Firm to lose 400 jobs" / "450 jobs will go"
_LOSE_BEFORE = re.compile(r"\b(?:lose|loses|losing|lost|shed|sheds|shedding|axe|axes|axing|cut|cuts|cutting)\s+$", re.I)
_GOES_AFTER = re.compile(r"\s+(?:will|would|are\s+to|are\s+set\s+to|could)\s+(?:be\s+)?(?:close|closed|shut|go|"
                         r"be\s+lost|lost|axed|cut)\b", re.I)


# (round 62) or the lead's count the object of a verb of closing: "Branch to lose three stations" / "Rail Anglia will
# close two stations"
_CLOSE_BEFORE = re.compile(r"\b(?:will|would|is\s+to|are\s+to|plans\s+to|to)\s+(?:close|shut|axe|scrap)\s+$", re.I)


def _lost_as_closed(doc: Document, h: Mention, first: Mention) -> bool:
    if not _LOSE_BEFORE.search(doc.text, max(0, h.start - 12), h.start):
        return False
    if _CLOSE_BEFORE.search(doc.text, max(0, first.start - 20), first.start):
        return True
    np = noun_phrase(doc, first)
    return bool(_GOES_AFTER.match(doc.text, np.span.end if np.span is not None else first.end))


_MORE_OF_IT_BEFORE = re.compile(r"\b(?:another|a\s+further|plus|an\s+additional|and\s+(?:some|about|around))\s+$", re.I)
_RATIO_AFTER = re.compile(r"\s*(?:to|-|–|of|in|out)\b", re.I)
_PRESENT_VERB = re.compile(r"[a-z]{2,}[^s]s")


def _word_before(doc: Document, m: Mention) -> str | None:
    """The lower-case word right before a figure in its clause, if any."""
    before = words(re.split(r"[,;:()\"“”]", _before(doc, m, 30))[-1])
    return before[-1] if before else None


# (round 37) verbs of one act told either way: a court "jails nine" / "sentenced eight ... to prison terms"
_ONE_ACT_STEMS = (frozenset({"jail", "imprison", "sentenc", "lock"}),)


def _headline_bare_object(doc: Document, h: Mention, body: list[Mention], lead: list[int]):
    """(Round 37) A headline's bare count, the object of its verb ("Court jails nine over ..."), against the one count
    of the opening sentences told as the object of the same verb or one of its act ("sentenced eight engineers and
    contractors to prison terms"): the same people counted twice.  The lead's count may have a noun of its own; no
    other count of the lead is told by that act, and nothing sets it apart (another, further, a year of its own)."""
    if h.kind != Kind.COUNT or h.noun is not None or h.hedge or h.is_range or h.value is None or not lead \
            or _RATIO_AFTER.match(doc.text, h.end):
        return None  # (not "Rail workers vote nine to one": a ratio)
    verb = _word_before(doc, h)
    if verb is None or not _PRESENT_VERB.fullmatch(verb):
        return None  # the headline's verb right before its count: "jails nine" (not "TV drama 24")
    stem = _sum_verb(doc, h)

    def same_act(b: Mention) -> bool:
        w = _word_before(doc, b)
        if w is None or not (is_past_form(w) or w in IRREGULAR_PAST):
            return False  # the lead's past verb right before its count: "sentenced eight engineers"
        theirs = _sum_verb(doc, b)
        return stem is not None and theirs is not None and (
            len(stem) >= 3 and len(theirs) >= 3 and (stem.startswith(theirs) or theirs.startswith(stem))
            or any(stem in g and theirs in g for g in _ONE_ACT_STEMS))
    told = [b for b in body if b.sentence in lead[:1] and b.kind == Kind.COUNT and not b.is_range
            and b.value is not None and same_act(b)]
    if len(told) != 1:
        return None
    first = told[0]
    if _lead_sum(h, body, first.sentence) or any(
            o is not first and o.kind == Kind.COUNT and _MORE_OF_IT_BEFORE.search(doc.text, max(0, o.start - 20), o.start)
            for o in doc.mentions_in(first.sentence)):
        return None  # "CARRIES 49 MILLION" / "carried 38 million ... and another 11 million": parts of it
    if not agrees(h, first) and (
            first.hedge or _one_of_a_listed_group(doc, first) or _additional(doc, first)
            or _ANOTHER_BEFORE.search(_before(doc, first, 30)) or years_differ(doc, h, first)
            or _other_occasion(doc, first, h, year_unnamed=_year_unnamed(doc, h))):
        return None  # (a figure that agrees is told alike whatever sets it apart)
    return HeadlineRestatement(link="inferred", cue="headline", first=h, second=first, subject=first.noun or "count")


def _part_before_whole(doc: Document, whole: Mention) -> Mention | None:
    """(round 24) The part of a partitive whose whole is ``whole``: "Some 38,500 of the 42,000 tickets" -> 38,500."""
    before = doc.text[max(doc.sentences[whole.sentence].start, whole.start - 30):whole.start]
    if not _OF_THE_BEFORE.search(before):
        return None
    return next((o for o in doc.mentions_in(whole.sentence) if o.end < whole.start and o.value is not None
                 and _OF_THE_GAP.fullmatch(doc.text, o.end, whole.start)), None)


# (round 24) the whole of "N of the M" (round 59: or "of the region's M")
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|its|their)(?:\s+[a-z]+['’]s)?\s+$", re.I)
_OF_THE_GAP = re.compile(r"\s+(?:out\s+)?of\s+(?:the|its|their)(?:\s+[a-z]+['’]s)?\s+", re.I)


# (round 23) a headline's figure for a year it does not name: "draws 1.1m visitors in record year"
_YEAR_UNNAMED = re.compile(r"\b(?:record|best|busiest|worst|bumper|this|first|full)\s+year\b", re.I)


def _year_unnamed(doc: Document, h: Mention) -> bool:
    """(round 23) The headline tells its figure's year only by the word: "in record year", "this year" (no digits)."""
    said = _sentence(doc, h)
    return bool(_YEAR_UNNAMED.search(said)) and not _YEAR_DIGITS.search(said)


def _headline_told_later(doc: Document, h: Mention, first: Mention, body: list[Mention]) -> bool:
    """"Storm leaves 76,000 homes without power" / "cut power to more than 200,000 homes ... leaving 76,000
    still without electricity": the body states the headline's own figure, to the unit, after a lead figure
    of the same noun far from it (half or twice it, beyond any slip): two quantities (those cut off, those
    still cut off), the headline's told in the body, no restatement of the lead's."""
    if h.value is None or first.value is None or h.value < 100 or h.hedge:
        return False
    if not (first.value > 2 * h.value or h.value > 2 * first.value):
        return False
    return any(b.start > first.start and b.kind == h.kind and b.value == h.value and not b.hedge
               and not b.is_range and b.unit == h.unit for b in body)


# the other side of a score after the figure's noun: "two games to one", "by 14 votes to nine"
_TALLY_AFTER = re.compile(r"\s+to\s+(?:\d+|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)


def _one_side_of_tally(doc: Document, m: Mention) -> bool:
    """A figure in a score, "N NOUN to M": one side's share of a contest, no count of all the NOUN."""
    np = noun_phrase(doc, m)
    end = np.span.end if np.span is not None else m.end
    return bool(_TALLY_AFTER.match(doc.text, end))


def _gap_stated(doc: Document, first: Mention, second: Mention) -> bool:
    """The text gives the gap between the two figures as a count of its own, in either's sentence: "6,842
    runners crossed the line ... Of the 7,215 who started, 373 did not finish" -- two counts of one event,
    told apart by the writer, no restatement (a gap of ten or more, which no small count hits by chance)."""
    if first.value is None or second.value is None or first.kind != Kind.COUNT or second.kind != Kind.COUNT:
        return False
    gap = abs(first.value - second.value)
    if gap < 10:
        return False  # a small count matches a small gap by chance: "rescued 14 ... Of the 17 rescued, three ..."
    return any(m.kind == Kind.COUNT and m.value == gap and m is not first and m is not second and not m.is_range
               for i in {first.sentence, second.sentence} for m in doc.mentions_in(i))


# a body figure summing kinds: "In all, 41 people were killed or hurt", "dead or injured"
_BODY_TOTAL = re.compile(r"^\W*(?:in\s+all|in\s+total|altogether|all\s+told)\b|\b(?:killed|dead|died)\s+or\s+(?:hurt|injured|"
                         r"wounded|missing)\b|\b(?:hurt|injured|wounded)\s+or\s+(?:killed|dead)\b", re.I)
# a headline's noun, then a participle telling what befell them: "Two crew injured", "40 jobs axed"
_HEADLINE_PARTICIPLE = re.compile(r"\s+(?:were\s+|are\s+)?([a-z]{3,}(?:ed|en|lt|wn|ne)|hurt|hit|shot|held|lost|left|"
                                  r"found|freed|cut|sent|kept|caught|stuck|struck|led|fled|slain|sold|paid|won)\b")


def _headline_event_unsaid(doc: Document, h: Mention, first: Mention) -> bool:
    """The headline's count is of those a participle picks out ("Two crew injured"), and the body's
    sentence tells no such event of its figure."""
    np = noun_phrase(doc, h)
    if np.span is None:
        return False
    told = _HEADLINE_PARTICIPLE.match(doc.text, np.span.end, doc.sentences[h.sentence].end)
    return bool(told) and not backed(told.group(1), _sentence(doc, first)) \
        and not _event_told_alike(told.group(1), _sentence(doc, first)) \
        and not _object_told_again(doc, h, told.end(), first) \
        and not _object_of_one_verb(doc, h, first)


_WORD_BEFORE = re.compile(r"([a-z]+)\s+$", re.I)


def _object_of_one_verb(doc: Document, h: Mention, first: Mention) -> bool:
    """(round 40) Both counts are the object of the same word before them ("Rocket carrying 23 satellites lost after
    launch" / "A rocket carrying 21 satellites failed ..."): the participle after the headline's is its subject's
    ("lost" is the rocket's), so the count is no group it picks out."""
    a = _WORD_BEFORE.search(doc.text, max(0, h.start - 20), h.start)
    b = _WORD_BEFORE.search(doc.text, max(0, first.start - 20), first.start)
    return a is not None and b is not None and a.group(1).lower() == b.group(1).lower() \
        and a.group(1).lower().endswith("ing")


# the headline verb's object right after it, a preposition allowed: "waited 12 hours", "delayed by 30 minutes",
# "delayed 30 minutes by" (the "by" of the agent after it is not read here)
_VERB_TO_OBJECT = re.compile(r"\s+(?:(?:for|by|over|after|of)\s+)?")


def _object_told_again(doc: Document, h: Mention, verb_end: int, first: Mention) -> bool:
    """(round 27) The headline's verb takes, right after it, a figure of another kind that the body's sentence tells
    again to the same value: one event under two verbs ("2,000 patients waited 12 hours" / "1,640 patients spent
    more than 12 hours").  Not when a frame set off by a comma opens the body's sentence before its count ("At
    Heathrow, 240 flights", "Last year, 3,100 pupils"): a part or another time."""
    obj = next((o for o in doc.mentions_in(h.sentence) if o.start >= verb_end), None)
    if obj is None or obj.kind == h.kind or obj.value is None or not _VERB_TO_OBJECT.fullmatch(doc.text, verb_end, obj.start):
        return False
    if "," in doc.text[doc.sentences[first.sentence].start:first.start]:
        return False
    return any(o.kind == obj.kind and o.value == obj.value and (o.unit or "") == (obj.unit or "")
               for o in doc.mentions_in(first.sentence))


# (round 21) the headline's participle told in the body by another verb of the same event: "14 swimmers rescued" /
# "Lifeguards pulled 14 swimmers from the water", "Two climbers hurt" / "suffered injuries", "Six held" / "arrested"
_EVENT_ALIKE = (
    (re.compile(r"(?:rescu|sav|freed|pluck|winch|airlift|haul|pull)", re.I),
     re.compile(r"\b(?:rescu\w*|saved|saving|freed|plucked|winched|airlifted|hauled|pulled|lifted|brought\s+"
                r"(?:ashore|out|back|to\s+(?:safety|shore|land))|to\s+safety|from\s+the\s+(?:water|sea|river|surf|waves))\b",
                re.I)),
    (re.compile(r"(?:hurt|injur|wound)", re.I),
     re.compile(r"\b(?:hurt|injur\w*|wound\w*)\b", re.I)),
    (re.compile(r"(?:killed|died|dead|slain)", re.I),
     re.compile(r"\b(?:killed|died|dead|death|deaths|perished|drowned|lost\s+(?:their|his|her)\s+li(?:fe|ves)"
                r"|bod(?:y|ies)\s+of)\b", re.I)),  # (round 46) "recovered the bodies of 14 inmates"
    (re.compile(r"(?:held|arrested|detained|caught)", re.I),
     re.compile(r"\b(?:held|arrest\w*|detain\w*|custody|caught)\b", re.I)),
    (re.compile(r"(?:evacuated|moved|forced)", re.I),
     re.compile(r"\b(?:evacuat\w*|moved\s+out|forced\s+(?:from|out|to\s+leave)|fled|told\s+to\s+leave|"
                r"ordered\s+(?:out|to\s+leave))\b", re.I)),
)


def _event_told_alike(participle: str, sentence: str) -> bool:
    """(round 21) Does ``sentence`` tell the event of the headline's ``participle`` under another verb of it?"""
    return any(head.match(participle) and body.search(sentence) for head, body in _EVENT_ALIKE)


_ANOTHER_BEFORE = re.compile(r"\b(?:another|rival|separate|competing|alternative|earlier|previous|second)\b"
                             r"(?:\s+[a-z-]+){0,3}\s+(?:of|for|with|at)?\s*$", re.I)
_DEALS = frozenset({"contract", "bid", "fee"})
_DEAL_VERBS = frozenset("""buy buys bought buying acquire acquires acquired acquiring sell sells sold selling
    sign signs signed signing join joins joined joining seal seals sealed agree agrees agreed complete completes
    completed land lands landed snap snaps snapped""".split())


_RATE = re.compile(r"(?:\s+|-)(?:a|an|per|each|every)[\s-]+(?:week|year|month|day|hour|annum|season|game|match)\b")


def _rate(doc: Document, m: Mention) -> bool:
    """"£80,000 a week", "the £2m-a-year deal": a rate, not the price of a deal."""
    return bool(_RATE.match(doc.text, m.end, doc.sentences[m.sentence].end))


def _deal_noun(doc: Document, m: Mention) -> str | None:
    """The noun a price is given for, singular: "a £45m move" -> move; "a contract worth $3bn" -> contract."""
    np = noun_phrase(doc, m)
    if np.head and np.adjacent and group_of(np.head) in _DEALS:
        return singular(np.head)
    match = _WORTH.search(_before(doc, m, 60))
    return singular(match.group(1)) if match and group_of(match.group(1)) in _DEALS else None


def _deal_money(doc: Document, m: Mention) -> bool:
    """The price of a transaction: "a £45m move", "a fee of £54m", "joined Porto for £30m"."""
    if _rate(doc, m):
        return False
    if concept(doc, m) in _DEALS:
        return True
    before = words(re.split(r"[,;:()]", _before(doc, m, 60))[-1])
    return bool(before) and before[-1] == "for" and any(w in _DEAL_VERBS for w in before[-7:-1])


def _headline_deal(doc: Document, h: Mention, heads: list[Mention], body: list[Mention], lead: list[int]):
    """"Winger completes £45m move" / "... has joined for £54m": the one price in the
    headline against the one price in the opening sentence, when both are the price of
    a transaction (the nouns may differ: move, fee, deal)."""
    if not lead or sum(1 for m in heads if m.kind == Kind.MONEY) != 1 or not _deal_money(doc, h):
        return None
    money = [b for b in body if b.kind == Kind.MONEY and b.sentence == lead[0]]
    if len(money) != 1 or money[0].unit != h.unit or not _deal_money(doc, money[0]):
        return None
    first = money[0]
    nouns = {group_of(n) if n != "deal" else None for n in (_deal_noun(doc, h), _deal_noun(doc, first))} - {None}
    if len(nouns) > 1:
        return None  # "a £20m switch" and "a contract worth £200m": a fee and the player's wages
    if change_role(doc, h) or change_role(doc, first) or compares(doc, first):
        return None
    if years_differ(doc, h, first) or new_qualifier(doc, first, h, lenient=True) or _other_occasion(doc, first, h):
        return None
    return HeadlineRestatement(link="inferred", cue="headline", first=h, second=first,
                               subject=_deal_noun(doc, first) or _deal_noun(doc, h) or "deal")


# Words of a noun phrase that name nothing by themselves: "a new £20m scheme".
_BARE_MODIFIERS = frozenset("""new major proposed planned extra further possible total first second final
    next last latest huge massive multi-million""".split())


_NAMED_BEFORE = re.compile(r"((?:[A-Za-z][\w-]*\s+){1,3})(?:worth|valued\s+at|costing|of|for\s+an?)\s+$")
_FOR_WHAT = re.compile(r"\s+(?:for|on)\s+(?:(?:a|an|the|its|new)\s+)*((?:[a-z][\w-]*\s*){1,2})")


def _phrase_words(doc: Document, m: Mention) -> set[str]:
    """The nouns a sum is the cost of: the phrase after it ("£36m leisure centre plan"), what that is
    for ("£2.5m plan for new wing"), and a noun it is the worth of ("Cinema plan worth £8m")."""
    np = noun_phrase(doc, m)
    ws = list(np.modifiers + ((np.head,) if np.head else ()))
    if np.adjacent and np.span is not None:
        more = _FOR_WHAT.match(doc.text, np.span.end, doc.sentences[m.sentence].end)
        ws += words(more.group(1)) if more else []
    else:
        ws = []
    named = _NAMED_BEFORE.search(_before(doc, m, 40))
    ws += words(named.group(1)) if named else []
    return {singular(w) for w in ws if len(w) >= 3 and w not in _BARE_MODIFIERS and w not in _NP_STOP}


def _headline_term(doc: Document, h: Mention, heads: list[Mention], body: list[Mention], lead: list[int]):
    """"Man jailed for 12 years for robbery" / "... has been jailed for 21 years": the headline's one term
    against the first term of that kind in the opening sentences, when it is the only one there."""
    term = _term_of(doc, h)
    of = _term_of
    if term not in _TERMS and _event_of_duration(doc, h) is not None:
        term, of = _event_of_duration(doc, h), _event_of_duration  # "Landslide shuts road for 11 days"
    if term is None or of is _term_of and term not in _TERMS or h.hedge \
            or sum(1 for m in heads if m.kind == Kind.DURATION) != 1:
        return None
    terms = [b for b in body if b.kind == Kind.DURATION and b.sentence in lead and not b.is_range
             and same_dimension(h, b)]
    same = [b for b in terms if of(doc, b) == term
            or of is _event_of_duration and _lasting_subject(doc, b, term)]  # "The closure will last nine days"
    if of is _event_of_duration and same and (_LENGTH_UPDATED.search(_sentence(doc, same[0]))
                                              or _EVENT_OTHER_TIME.search(_sentence(doc, same[0]))):
        return None  # "... has now been extended to 14 days", "was shut for nine days last year": another length
    if not same or any(agrees(h, b) for b in terms):
        return None
    first = same[0]
    if sum(1 for b in terms if b.sentence == first.sentence and not b.text.lower().endswith("-old")) > 1 \
            or first.hedge:
        return None  # "jailed for 12 years and his brother for eight": whose term is the headline's? (round 32: an
        # age is no term: "left his 18-month-old son ... has been jailed for 13 years")
    if {"each", "total", "combined", "between", "apiece", "altogether"} & set(words(_sentence(doc, first))):
        return None  # "Two brothers were jailed for six years each": a total in the headline
    if years_differ(doc, h, first):
        return None
    return HeadlineRestatement(link="inferred", cue="headline", first=h, second=first, subject=term)


def _headline_duration(doc: Document, h: Mention, heads: list[Mention], lead: list[int]):
    """(round 38) "Grandmother waited 19 hours for ambulance" / "A woman lay on the floor for 16 hours, waiting for an
    ambulance": the headline's one length of time against the one length in the first sentence of the body, in the
    same unit, each a stated number (not "a year"), neither a window ("in a decade", "over two years"), an age, a
    change or of another time, and told by the same verb near each (a shared stem: "waited" / "waiting")."""
    if h.hedge or h.value is None or h.text.lower().endswith("old") or not lead \
            or sum(1 for m in heads if m.kind == Kind.DURATION and m.sentence == h.sentence) != 1:
        return None
    lengths = [m for m in doc.mentions_in(lead[0]) if m.kind == Kind.DURATION and not m.text.lower().endswith("old")]
    if len(lengths) != 1:
        return None
    first = lengths[0]
    if first.is_range or first.value is None or first.unit != h.unit or agrees(h, first) \
            or any(_WINDOW_BEFORE.search(doc.text, max(0, m.start - 12), m.start) or _ARTICLE_LENGTH.match(m.text)
                   for m in (h, first)) \
            or change_role(doc, h) or change_role(doc, first) or years_differ(doc, h, first) \
            or _EVENT_OTHER_TIME.search(_sentence(doc, first)) or _HEAD_FORESEEN.search(_sentence(doc, h)) \
            or {"each", "total", "combined", "between", "apiece", "altogether"} & set(words(_sentence(doc, first))):
        return None  # ("Brothers jailed for 12 years" / "... jailed for six years each": a total in the headline)
    told = [w for w in _content_words(doc, h, before=3, after=3) if len(w) >= 4]
    said = [w for w in _content_words(doc, first, before=4, after=6) if len(w) >= 4]
    if not any(_verb_of(x, y) and x[:4] == y[:4] and x not in _GENERIC_VERBS for x in told for y in said):
        return None
    return HeadlineRestatement(link="inferred", cue="headline", first=h, second=first, subject="length of time")


# a length told as a window of time, not an event's own length: "in a decade", "over two years", "the past month"
_WINDOW_BEFORE = re.compile(r"\b(?:in|over|within|past|last|next|than|every|per|after|since|first|under|nearly|"
                            r"almost)\s+(?:the\s+)?$", re.I)
_ARTICLE_LENGTH = re.compile(r"(?:an?|one)\s", re.I)


# round 18: verbs that tell an event's length after "for" ("shuts ... for 11 days", "would stay closed for nine
# days", "will walk out for two days"), by the event they tell
_EVENT_VERB_GROUPS = {v: "closure" for v in "close closes closed closing shut shuts shutting".split()}
_EVENT_VERB_GROUPS.update({v: "strike" for v in "strike strikes striking struck walk walks walked walking".split()})
_EVENT_VERB_GROUPS.update({v: "lockdown" for v in "lock locks locked locking".split()})


# another occasion of the event ("was shut for nine days last year", "in 2019"; not the verb "will last")
_EVENT_OTHER_TIME = re.compile(r"\b(?:(?:last|next|previous)\s+(?:week|month|year|time|spring|summer|autumn|winter|"
                               r"weekend)|previous(?:ly)?|earlier|ago|former|another|(?:19|20)\d\d)\b", re.I)


@_memo
def _event_of_duration(doc: Document, m: Mention) -> str | None:
    """The event a duration is the length of, read from the verb before "for" in its clause ("Landslide shuts
    road for 11 days", "the road would stay closed for nine days") or from its own noun ("a nine-day closure")."""
    if m.compound:
        np = noun_phrase(doc, m)
        c = group_of(np.head) if np.adjacent and np.head else None
        return c if c in EVENTS else None
    s = doc.sentences[m.sentence]
    clause = words(re.split(r"[,;:]", doc.text[s.start:m.start])[-1])
    if not clause or clause[-1] != "for":
        return None
    found = [_EVENT_VERB_GROUPS[w] for w in clause[-7:-1] if w in _EVENT_VERB_GROUPS]
    return found[-1] if found else None


def _lead_sum(h: Mention, body: list[Mention], sentence: int) -> bool:
    """Do the figures of one body sentence, of the headline's kind and unit, add up to the headline's?"""
    parts = [b for b in body if b.sentence == sentence and b.kind == h.kind and b.unit == h.unit and not _vague(b)]
    if len(parts) < 2:
        return False
    total = parts[0].interval
    for b in parts[1:]:
        total = total + b.interval
    return h.interval.intersects(total)


_NOT_HEADS = frozenset("next near outside inside beside opposite behind alongside".split())


def _headline_phrase(doc: Document, h: Mention, heads: list[Mention], body: list[Mention], lead: list[int]):
    """"Council backs £36m leisure centre plan" / "... gave the go-ahead for a £63m leisure centre": the
    headline's one sum against the body's first sum in that currency, in the opening sentences, when the
    noun phrases right after the two sums share a noun."""
    if sum(1 for m in heads if m.kind == Kind.MONEY) != 1 or not lead:
        return None
    money = [b for b in body if b.kind == Kind.MONEY and b.unit == h.unit]
    if not money or money[0].sentence not in lead or any(agrees(h, b) for b in money if b.sentence in lead):
        return None
    first = money[0]
    shared = _phrase_words(doc, h) & _phrase_words(doc, first)
    np = noun_phrase(doc, first)
    run = [w for w in np.modifiers + ((np.head,) if np.head else ())]
    while run and run[-1] in _NOT_HEADS:
        run.pop()
    costing = _NOUN_COSTING_BEFORE.search(_before(doc, first, 50))
    if costing is not None and singular(costing.group(1).lower()) in shared:
        pass  # (round 59) "after £4.2m restoration" / "after an 18-month restoration costing £4.7m": its cost told
    elif not shared or not np.adjacent or not run or singular(run[-1]) not in shared:
        return None  # the body's sum must be the cost of the headline's thing, not of a part named after it
    if _lead_sum(h, body, first.sentence) or re.search(r"\b(?:includ\w*|part|towards|of\s+which)\W+(?:\w+\W+){0,2}$",
                                                       _before(doc, first, 40), re.I):
        return None
    if sum(1 for b in money if b.sentence == first.sentence and _phrase_words(doc, b) & shared) > 1:
        return None  # "a £20m pool and a £5m pool refit": parts
    if change_role(doc, h) or change_role(doc, first) or compares(doc, first) or _rate(doc, h) != _rate(doc, first):
        return None
    if years_differ(doc, h, first) or any(w in OTHER_SET or w in SUBGROUP for w in np.modifiers) \
            or _other_occasion(doc, first, h):
        return None  # (a place after the body's sum only says where the headline's thing is)
    subject = " ".join(w for w in noun_phrase(doc, first).modifiers + (noun_phrase(doc, first).head,)
                       if w and singular(w) in shared)
    return HeadlineRestatement(link="inferred", cue="headline", first=h, second=first,
                               subject=subject or (costing.group(1).lower() if costing is not None else "sum"))


# (round 59) a noun, then the word that prices it, right before a sum: "a restoration costing £4.7m"
_NOUN_COSTING_BEFORE = re.compile(r"\b([a-z]{4,})\s+(?:costing|worth|at\s+a\s+cost\s+of)\s+(?:about\s+|around\s+|some\s+)?$",
                                  re.I)


# (round 22) words before a sum that are no verb of it: "worth £14m", "for £14m", "of £14m"
_NOT_SUM_VERBS = frozenset("""of for to the a an by at from about than with worth and or in on over under up down
    only just least more less its their his her some another extra further additional new total""".split())


def _sum_verb(doc: Document, m: Mention) -> str | None:
    """The verb right before a sum, as a bare stem ("add", "added" -> add; "raised" -> rais), if it is one."""
    w = _word_before(doc, m)
    if w is None or w in _NOT_SUM_VERBS or len(w) < 3:
        return None
    return re.sub(r"(?:ing|ed|es|s|e)$", "", w)


def _headline_verb_sum(doc: Document, h: Mention, heads: list[Mention], body: list[Mention], lead: list[int]):
    """(round 22) "Bypass delays add £14m to cost" / "Setbacks ... have added £41m to the scheme's final bill": the
    headline's one sum against the opening sentence's one sum in that currency when the same verb stands right
    before both (silent on a change's sizes, a rate against a total, another year or occasion)."""
    if sum(1 for m in heads if m.kind == Kind.MONEY) != 1 or not lead:
        return None
    verb = _sum_verb(doc, h)
    money = [b for b in body if b.kind == Kind.MONEY and b.unit == h.unit and b.sentence == lead[0]]
    if verb is None or len(money) != 1 or _sum_verb(doc, money[0]) != verb:
        return None
    first = money[0]
    if agrees(h, first) or same_significant_digits(h, first) or change_role(doc, h) or change_role(doc, first) \
            or compares(doc, first) or _rate(doc, h) != _rate(doc, first):
        return None  # (the same digits a power of ten apart, "£6.5m" / "£65m", are FC409's: transpositions)
    if years_differ(doc, h, first) or _other_occasion(doc, first, h) or _ANOTHER_BEFORE.search(_before(doc, first, 30)):
        return None
    return HeadlineRestatement(link="inferred", cue="headline", first=h, second=first, subject="sum")


# Nouns that make a headline figure one achievement the lead restates: "sets national record of 9.79".
_RECORD_NOUNS = frozenset({"record", "best", "high", "low"})
_BREAK_VERBS = frozenset("breaks break broke beats beat smashes smash shatters shatter betters eclipses erases "
                         "lowers".split())


def _digits_value(h: Mention, b: Mention):
    """The headline's bare figure in the body figure's unit: "8.95m" in a headline next to "8.59 metres"
    is metres, not millions.  None when the two cannot be set side by side."""
    if h.kind == b.kind and (h.unit or "").lower() == (b.unit or "").lower():
        return h
    if h.kind != Kind.COUNT or h.unit or b.kind not in (Kind.DURATION, Kind.MEASURE, Kind.COUNT):
        return None
    if b.kind == Kind.MEASURE and (b.unit or "").lower() in ("m", "metre", "metres", "meter", "meters") \
            and re.fullmatch(r"[\d,.]+m", h.text.strip()):
        scale = Fraction(10**6)
        return replace(h, value=h.value / scale, precision=(h.precision or 1) / scale,
                       interval=h.interval.scale(1 / scale))
    return h if re.fullmatch(r"[\d,.]+", h.text.strip()) else None


def _side_by_side(h: Mention, m: Mention) -> bool:
    """May ``m`` be the headline's figure: the same kind and unit, or the same digits with the unit
    the headline dropped ("9.79" / "9.86 seconds")?"""
    if h.kind == m.kind and (h.unit or "").lower() == (m.unit or "").lower():
        return True
    digits = _digits_value(h, m)
    return digits is not None and digits.precision == m.precision


def _headline_record(doc: Document, h: Mention, heads: list[Mention], lead: list[int]):
    """"Adeyemi sets national record of 9.79" / "Adeyemi crossed the line in 9.86 seconds to
    take the national 100m record": the headline's one figure against the one figure stated to
    the same digits in the opening sentence that names the same subject and the same record."""
    if len(heads) != 1 or not lead or h.hedge or h.value is None:
        return None
    head_s = doc.sentences[h.sentence]
    head_words = words(doc.text[head_s.start:head_s.end])
    keys = _RECORD_NOUNS & set(head_words)
    if not keys or not head_words or head_words[0] in _NP_STOP or head_words[0] in keys:
        return None
    before = words(doc.text[head_s.start:h.start])
    if _BREAK_VERBS & set(head_words) and before[-1:] != ["with"] and before[-1:] != ["in"]:
        return None  # "breaks record of 9.79": perhaps the old record
    body_s = doc.sentences[lead[0]]
    text = doc.text[body_s.start:body_s.end]
    if not keys & set(words(text)) or not backed(head_words[0], text):
        return None
    figures = [m for m in doc.mentions_in(lead[0]) if m.is_quantity and not m.is_range
               and m.interval is not None and _side_by_side(h, m)
               and not (m.kind == Kind.COUNT and not counts_things(doc, m))]  # "the 100m record": a label
    if len(figures) != 1:
        return None
    first = figures[0]
    if change_role(doc, first) in ("by", "from") or compares(doc, first) or years_differ(doc, h, first) \
            or _other_occasion(doc, first, h):
        return None  # "... breaking the club record of £3.1m set in 2021": the old record
    return HeadlineRestatement(link="inferred", cue="headline", first=_digits_value(h, first), second=first,
                               subject=sorted(keys)[0])


_ADDED_BEFORE = frozenset({"another", "further", "additional", "extra"})
# (round 32) what a count added is called when told again: "will add 120 beds ... the 210 extra beds"
_ADDED_WORDS = _ADDED_BEFORE - {"another"}
# a verb of adding to a whole right before a count: "will add 120 beds", "is hiring 35 wardens", "took on 50 nurses"
_ADDING_BEFORE = re.compile(r"\b(?:add|adds|added|adding|hire|hires|hired|hiring|recruit|recruits|recruited|recruiting|"
                            r"(?:take|takes|took|taking)\s+on)\s+(?:(?:about|around|nearly|some|up\s+to)\s+)?$", re.I)


# (round 32) a clause with its own subject after a noun: "the 25 additional engineers it needs"
_PRONOUN_CLAUSE_AFTER = re.compile(r"\s+(?:it|they|we|he|she|i|you)\b", re.I)
# (round 32 review) what picks out the extra ones of "the N extra NOUN" as a set of their own: a phrase ("for
# children", "to the stand"), a clause with a subject of its own ("the union wants", "Boeing owes"), a participle
# with its own phrase ("sent to Leeds in the summer", "drafted in from")
_EXTRA_OWN_AFTER = re.compile(r"\s+(?:(?i:for|to|by|under|across|during|after|before|since|the|a|an|its|their|his|"
                              r"her|our|this|these|those)\b|[A-Z]|(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST))
                              + r")\s+(?:[a-z]+\s+)?(?:to|in|at|on|by|from|for|with|during|after|last|this|next)\b)")
# one that never was: "The 300 extra spaces would have been needed"
_UNREAL = re.compile(r"\b(?:would|could|might|should)(?:\s+not|n['’]t)?\s+have\b", re.I)


def _rate_after_noun(doc: Document, m: Mention) -> bool:
    """(round 32) A count told per period after its noun: "adding 30 flights a week"."""
    np = noun_phrase(doc, m)
    return _RATE.match(doc.text, np.span.end if np.span else m.end, doc.sentences[m.sentence].end) is not None


def _told_as_added(doc: Document, first: Mention) -> bool:
    """(round 32) Is ``first`` a count added to a whole, which "the N extra/additional NOUN" may restate: by its verb
    ("will add 120 beds", "is hiring 35 wardens"), "more" after it ("300 more officers") or a word of adding before
    or among its modifiers ("an extra 250 places", "2,000 additional places")?  (Not a whole: "The wing has 480
    beds ... the 120 extra beds" are some more than those.)"""
    return _additional(doc, first) or any(w in _ADDED_WORDS for w in noun_phrase(doc, first).modifiers) \
        or _ADDING_BEFORE.search(_before(doc, first, 30)) is not None


# (round 43) a place's whole population: "The 1,200 people of Nukulae", "the island's 1,500 residents", "the village
# has 300 inhabitants", "home to 4,000 people"
_RESIDENT_NOUNS = frozenset("people residents inhabitants islanders villagers townspeople townsfolk".split())
_PLACE_OWNERS = frozenset("""island town village city region province state country nation atoll archipelago
    district county parish community settlement valley capital camp township""".split())  # (round 50: camp, township)
_OF_PLACE_AFTER = re.compile(r"\s+(?:of|on|in)\s+(?:[A-Z][\w'’-]*|the\s+(?:" + "|".join(sorted(_PLACE_OWNERS))
                             + r"))\b")
_HOME_TO_BEFORE = re.compile(r"\b(?:(?:is|are|was|were)\s+home\s+to|ha[sd]|have|population\s+of"
                             r"|(?:now\s+)?(?:hosts|hosted|houses|housed|shelters|sheltered))\s+"  # (round 50) "now hosts"
                             r"(?:(?:some|about|around|roughly|nearly|almost|just\s+over|just\s+under)\s+)?$", re.I)


def _population_named(det: str, np) -> bool:
    """(round 43) "the island's 1,500 residents", "all 1,500 islanders": a place's people, all of them."""
    owner = det[:-2].split()[-1].lower() if det.endswith("'s") and det[:-2].split() else ""
    if (np.head or "").lower() == "people" and np.adjacent and not np.modifiers and owner in _PLACE_OWNERS:
        return True  # (round 56) "the town's roughly 4,800 people": the place's own people, all of them
    if (np.head or "").lower() not in _RESIDENT_NOUNS - {"people"} or not np.adjacent or np.modifiers:
        return False
    return det == "all" or owner in _PLACE_OWNERS


def _population_told(doc: Document, m: Mention, c: str) -> bool:
    """(round 43) A place's whole population told before: "The 1,200 people of Nukulae", "the village has 300
    residents", "home to 4,000 people"."""
    np = noun_phrase(doc, m)
    if _population_given(doc, m):
        return True  # (round 56) "Sorvik, population 2,310, is ..."
    if m.kind != Kind.COUNT or not np.adjacent or np.span is None or (np.head or "").lower() not in _RESIDENT_NOUNS \
            or np.modifiers:
        return False
    s = doc.sentences[m.sentence]
    if re.search(r"\b[Tt]he\s+$", doc.text[max(s.start, m.start - 5):m.start]) \
            and _OF_PLACE_AFTER.match(doc.text, np.span.end, s.end):
        return True
    return bool(_HOME_TO_BEFORE.search(doc.text, max(s.start, m.start - 40), m.start)) \
        and not re.match(r"\s+(?:who|that|aged|living|over|under|from)\b", doc.text[np.span.end:s.end])


# (round 56) a place's population given bare, in apposition or after "a population of": "Sorvik, population 2,310,"
_POPULATION_BEFORE = re.compile(r",\s+(?:(?:a\s+)?population\s+(?:of\s+)?|pop\.?\s+)$", re.I)


def _population_given(doc: Document, m: Mention) -> bool:
    """(round 56) A bare count given in apposition as a place's population, closed by a comma or the sentence's end
    ("Sorvik, population 2,310, is the first ..."): the whole of the place's people."""
    return m.kind == Kind.COUNT and not m.hedge and not m.compound \
        and _POPULATION_BEFORE.search(doc.text, max(0, m.start - 20), m.start) is not None \
        and re.match(r"\s*[,;.)]", doc.text[m.end:m.end + 2]) is not None


def _more_told_between(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 43) A count added to the first between it and the second ("two more", "a further 20", "another
    three"): the second may be their sum."""
    return any(o.kind == Kind.COUNT and first.end <= o.start and o.end <= second.start and _additional(doc, o)
               for k in range(first.sentence, second.sentence + 1) for o in doc.mentions_in(k))


def _additional(doc: Document, m: Mention) -> bool:
    """"dozens more", "20 others", "a further 20": a quantity added to one just given."""
    if re.match(r"\s+(?:more|others?)\b", _after(doc, m, 12)):
        return True
    before = words(_before(doc, m, 20))[-1:]
    return bool(before) and before[0] in _ADDED_BEFORE


def _content_words(doc: Document, m: Mention, before: int = 3, after: int = 3) -> list[str]:
    """Words around a figure and its noun, function words dropped: where its verb stands."""
    np = noun_phrase(doc, m)
    end = np.span.end if np.span else m.end
    s = doc.sentences[m.sentence]
    near = [w for w in words(_before(doc, m, 40)) if w not in _NP_STOP][-before:] if before else []
    return near + [w for w in words(doc.text[end:min(s.end, end + 60)]) if w not in _NP_STOP][:after]


def _same_verb(a: list[str], b: list[str]) -> bool:
    return any(_verb_of(x, y) for x in a for y in b if x not in _GENERIC_VERBS)


_GENERIC_VERBS = frozenset({"officials", "police", "people", "state", "media", "reported", "according"})


def _vague(m: Mention) -> bool:
    """"dozens", "hundreds": a range too wide to test a sum against."""
    iv = m.interval
    return iv.lo is None or iv.hi is None or (m.value and iv.hi - iv.lo > m.value / 5)


def _drop_additional(doc: Document, h: Mention, same: list[Mention]) -> list[Mention]:
    """"Tornado destroys 85 homes" / "58 homes were destroyed and dozens more damaged":
    when the first body figure shares the headline's verb, a quantity added to it
    under another verb ("dozens more damaged") is a different set, not a restatement."""
    first = same[0]
    hv = _content_words(doc, h, before=1, after=1)
    if not _same_verb(hv, _content_words(doc, first, before=1, after=1)):
        return same
    added = [b for b in same if b is not first and b.sentence == first.sentence and _additional(doc, b)
             and not _same_verb(hv, _content_words(doc, b, before=0, after=1))]
    if any(h.interval.intersects(first.interval + b.interval) for b in added if not _vague(b)):
        return same  # "25 destroyed and 15 more lost": together they may be the headline's 40
    return [b for b in same if b not in added]


def _subject(doc: Document, m: Mention, c: str) -> str:
    """What a restated figure describes, for messages: the noun as written, else the concept."""
    head = noun_phrase(doc, m).head
    if head and group_of(head) == c:
        return " ".join(noun_phrase(doc, m).modifiers[-1:] + (head,)) if m.kind == Kind.COUNT else head
    return c


_MAX_SENTENCE_GAP = 3
_LOOKBACK = 40  # sentences searched for an older mention that agrees (keeps long drafts linear)


def _window(items: list, j: int, sentence_of, lookback: int = _LOOKBACK) -> list:
    """The items before ``j`` whose sentence lies within ``lookback`` sentences of item ``j``."""
    floor = sentence_of(items[j]) - lookback
    k = j
    while k > 0 and sentence_of(items[k - 1]) >= floor:
        k -= 1
    return items[k:j]
_DEFINITE_KINDS = (Kind.COUNT, Kind.PERCENT, Kind.MONEY)


def _sentence_of(m: Mention) -> int:
    return m.sentence


def _near_before(items: list, j: int, sentence_of=_sentence_of) -> bool:
    """Is there an item before ``items[j]`` in one of the ``_MAX_SENTENCE_GAP``
    sentences before its own?  The finders that restate only such a figure
    test this first, before reading the words around the figure."""
    s = sentence_of(items[j])
    return any(s - _MAX_SENTENCE_GAP <= sentence_of(x) < s for x in _window(items, j, sentence_of))


def _recent_alike(qs: list[Mention], j: int) -> bool:
    """Is there a figure of ``qs[j]``'s dimension before it, at most
    ``_MAX_SENTENCE_GAP`` sentences back?  Every antecedent of a definite
    restatement is one, so the finder tests this first."""
    second = qs[j]
    # the figures are in text order: walk back only over those recent enough
    # (not the whole ``_window`` of ``_LOOKBACK`` sentences)
    floor = second.sentence - _MAX_SENTENCE_GAP
    k = j
    while k > 0 and qs[k - 1].sentence >= floor:
        k -= 1
        if same_dimension(qs[k], second):
            return True
    return False


def _refers(doc: Document, m: Mention, c: str) -> bool:
    """Does a figure name the concept ``c``, as its noun or within the next three
    words ("the three newly named directors"), or as the event its verb tells ("Eleven
    animals died ... the 12 deaths", "Police arrested 14 fans ... the 41 arrests")?"""
    if concept(doc, m) == c:
        return True
    if m.kind == Kind.MONEY and c == "award":
        return _awarded_thing(doc, m) or _award_by_its_noun(doc, m)
    if m.kind == Kind.MONEY and c == "project":
        return _built_cost(doc, m)  # "The bypass is expected to cost £310m ... the £130m scheme"
    if m.kind != Kind.COUNT:
        return False
    if c in HYPERNYMS and concept(doc, m) in HYPERNYMS[c] and (_one_kind_named(doc, m, c)
                                                                or _all_kinds_listed(doc, m, c)):
        return True  # (round 22) "seized 57 dogs ... all 75 animals": the one kind of animal the passage names
    if _event_of_verb(doc, m, c):
        return True
    if c in _ELECTED_MEMBERS and _seats_won(doc, m):
        return True  # (round 23) "The Greens won 27 seats ... the 29 newly elected Green councillors"
    if c == "patient" and _taken_to_hospital(doc, m):
        return True  # (round 20) "Eleven people were taken to hospital ... all 13 patients"
    if c in _HURT_CONCEPTS and _taken_to_hospital(doc, m):
        return True  # (round 42) "Seventeen riders were taken to hospital ... all 19 injured riders"
    if c == "finalist" and _QUALIFIED_FOR_FINAL.match(doc.text, noun_end(m), doc.sentences[m.sentence].end):
        return True  # (round 54) "Eight swimmers qualified for the 400m final ... Of the nine finalists"
    if _doer_of_verb(doc, m, c):
        return True  # (round 56) "signed by 38 beekeepers ... The 36 signatories"
    if c in _DEFENDANT_CONCEPTS and _put_on_trial(doc, m):
        return True  # (round 43) "Twelve men went on trial ... all 14 defendants"
    if c in _ROLE_TOLD_BY and _people_count(doc, m) and _ROLE_TOLD_BY[c].search(_sentence(doc, m)):
        return True  # (round 45) "stole £80,000 from seven pensioners ... The eight victims": the role the act gave them
    after = re.match(r"(?:\s+[A-Za-z][\w'-]*){1,3}", _after(doc, m, 40))
    return bool(after) and any(group_of(w) == c for w in words(after.group(0)))


# (round 56) a count told as the agent of a passive verb ("signed by 38 beekeepers"), or as the subject of a verb in
# the past, past where they come from ("Eight players from the academy have qualified")
_AGENT_BEFORE = re.compile(r"\b([a-z]{4,}ed)\s+by\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|just)\s+)?$",
                           re.I)
_DOER_VERB_AFTER = re.compile(r"\s+((?:from|of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)(?:(?:have|has|had)\s+)?"
                              r"([a-z]{4,}ed)\b")


def _owner_of_doers(det: str) -> bool:
    """(round 56) The restatement's determiner is an owner's possessive: "the school's eight qualifiers"."""
    return det.endswith(("'s", "’s"))


def _doer_noun_of(verb: str, noun: str) -> bool:
    """(round 56) Is ``noun`` the doer's noun of ``verb`` in the past: "signed" -> "signer", "signatory"; "qualified"
    -> "qualifier"; "voted" -> "voter"; "survived" -> "survivor"?"""
    if not verb.endswith("ed") or len(verb) < 5:
        return False
    base = verb[:-2]
    return noun in (base + "er", base + "or", base + "atory")


def _doer_of_verb(doc: Document, m: Mention, c: str, owner: str | None = None) -> bool:
    """(round 56) A count of people told as those who did what ``c``, a doer's noun, names: the agent of a passive
    ("A letter signed by 38 beekeepers" -> the signatories) or, given the restatement's ``owner`` ("the club's"), the
    subject of the verb past where they come from, that owner ("Nine riders from the club have qualified" -> the
    club's qualifiers: never "the 64 qualifiers", who may be all of them, nor "the championships' 64 qualifiers");
    not the object ("visited 40 homes" are no visitors)."""
    if m.kind != Kind.COUNT or not c:
        return False
    np = noun_phrase(doc, m)
    if not np.adjacent or np.span is None:
        return False
    s = doc.sentences[m.sentence]
    verbs = []
    by = _AGENT_BEFORE.search(doc.text, max(s.start, m.start - 40), m.start)
    if by is not None:
        verbs.append(by.group(1).lower())
    after = _DOER_VERB_AFTER.match(doc.text, np.span.end, s.end) if owner else None
    if after is not None and after.group(1) and re.search(r"\b" + re.escape(re.sub(r"['’]s?$", "", owner.split()[-1])) + r"\b",
                                                          after.group(1), re.I):
        verbs.append(after.group(2).lower())
    return any(_doer_noun_of(v, c) for v in verbs)


# (round 54) those who got into a final: "Eight swimmers qualified for the 400m individual medley final"
_QUALIFIED_FOR_FINAL = re.compile(r"\s+(?:have\s+|had\s+|all\s+)?(?:qualified\s+for|reached|made|booked\s+(?:their\s+)?"
                                  r"places?\s+in)\s+the\s+(?:[\w'’-]+\s+){0,4}?finals?\b", re.I)


# (round 45) a role a sentence's act gives the people it counts: those robbed or hurt are victims, those flown out
# evacuees, a group of workers colleagues
_ROLE_TOLD_BY = {
    "victim": re.compile(r"\b(?:stole|stolen|robbed|defrauded|conned|scammed|swindled|cheated|attacked|assaulted|"
                         r"abused|targeted|murdered|killed|poisoned|stabbed|shot)\b", re.I),
    "evacuee": re.compile(r"\b(?:evacuat\w*|airlift\w*|repatriat\w*|flown\s+out|brought\s+\S+\s+home|"
                          r"brought\s+home|fled|forced\s+to\s+flee|moved\s+out)\b", re.I),
    "colleague": re.compile(r"\b(?:syndicate|team|staff|workers?|porters?|nurses?|cleaners?|drivers?|colleagues?)\b",
                            re.I),
}


def _people_count(doc: Document, m: Mention) -> bool:
    """A count of people by their noun (pensioners, nationals, porters)."""
    head = (noun_phrase(doc, m).head or m.noun or "").lower()
    return m.kind == Kind.COUNT and bool(head) and (categories.names_persons(head) or categories.normalise(head) in PEOPLE
                                                   or head.endswith(("ees", "nals")))


# (round 43) a restrictive clause picking some out, or more people joined to them
_SOME_OR_MORE_AFTER = re.compile(r"\s+(?:who|whom|that)\b|\s+(?:and|or|plus)\s+(?!were\b|are\b|was\b|had\b|have\b)"
                                 r"[a-z]+s\b", re.I)
# (round 43) those on trial: "went on trial", "stood trial", "were charged", or "charged 12 men"
_DEFENDANT_CONCEPTS = frozenset({"defendant", "accused"})
_ON_TRIAL_AFTER = re.compile(r"\s+(?:(?:have|has|had|who)\s+)?(?:(?:went|gone|go|goes|are|were|was|been)\s+on\s+trial"
                             r"|(?:stood|stand|standing)\s+trial|(?:were|have\s+been|had\s+been|are)\s+"
                             r"(?:tried|charged|indicted|prosecuted|put\s+on\s+trial|in\s+the\s+dock))\b", re.I)
_TRIED_BEFORE = re.compile(r"\b(?:tried|charged|prosecuted|indicted|put)\s+(?:all\s+)?$", re.I)


def _put_on_trial(doc: Document, m: Mention) -> bool:
    """(round 43) The figure's people are those on trial: "Twelve men went on trial", "14 people were charged",
    "prosecutors charged 12 men" (what "the N defendants" names again)."""
    np = noun_phrase(doc, m)
    end = np.span.end if np.span is not None and np.adjacent else m.end
    s = doc.sentences[m.sentence]
    return bool(_ON_TRIAL_AFTER.match(doc.text, end, s.end)
                or _TRIED_BEFORE.search(doc.text, max(s.start, m.start - 20), m.start))


# (round 42) the concepts of those hurt, whom being taken to hospital names too
_HURT_CONCEPTS = frozenset({"injured", "hurt", "wounded"})  # (not "casualties": some treated at the scene)
# (round 23) those a seat won puts in office, and what a party's seats are called when told by winning them
_ELECTED_MEMBERS = frozenset({"councillor", "mp", "mps", "senator", "representative", "lawmaker", "legislator", "deputy",
                              "mep", "msp", "assemblyman", "assemblymember"})
_WON_SEATS_BEFORE = re.compile(r"\b(?:won|wins|win|winning|took|take|takes|taking|gained|gains|gaining|secured|secures|"
                               r"captured|claimed|picked\s+up)\s+(?:a\s+total\s+of\s+|just\s+|some\s+)?$", re.I)


def _seats_won(doc: Document, m: Mention) -> bool:
    """(round 23) Seats a party won are the members it got elected, when the restatement says they were elected:
    "won 27 seats on the council ... the 29 newly elected Green councillors" (not "the party's 29 councillors":
    some may not have stood this time)."""
    if concept(doc, m) != "seat" or not _WON_SEATS_BEFORE.search(_before(doc, m, 30)):
        return False
    return True


_KINDS_LISTED_AFTER = re.compile(r"((?:\s*,\s*[a-z]+)*)\s*,?\s+(?:and|or)\s+([a-z]+)\b")


def _all_kinds_listed(doc: Document, m: Mention, c: str) -> bool:
    """(round 47) The count's noun is the first of a list of kinds under the hypernym ``c``, and the passage names no
    other: "a collection of 310 paintings, prints and drawings ... all 340 works" (the count covers them all)."""
    if m.noun_span is None:
        return False
    listed = _KINDS_LISTED_AFTER.match(doc.text, m.noun_span.end)
    if listed is None:
        return False
    kinds = [concept(doc, m)] + [group_of(w) for w in re.findall(r"[a-z]+", listed.group(1))] + [group_of(listed.group(2))]
    if not all(k in HYPERNYMS[c] for k in kinds):
        return False
    first, last = max(0, m.sentence - _MAX_SENTENCE_GAP), min(m.sentence + _MAX_SENTENCE_GAP, len(doc.sentences) - 1)
    named = {group_of(w) for w in words(doc.text[doc.sentences[first].start:doc.sentences[last].end])} & HYPERNYMS[c]
    return named == set(kinds)


def _one_kind_named(doc: Document, m: Mention, c: str) -> bool:
    """(round 22) Within a restatement's reach of ``m`` either way, no kind under the hypernym ``c`` is named but
    ``m``'s ("57 dogs and some cats ... all 75 animals" names two: the animals may be both)."""
    first, last = max(0, m.sentence - _MAX_SENTENCE_GAP), min(m.sentence + _MAX_SENTENCE_GAP, len(doc.sentences) - 1)
    text = doc.text[doc.sentences[first].start:doc.sentences[last].end]
    kinds = {group_of(w) for w in words(text)} & HYPERNYMS[c]
    if any(group_of(w) == c and singular(w) != c for w in words(text)):
        return False  # (round 23) "14 turboprops and two jets ... the 16 aircraft": a kind in the hypernym's own group
    return kinds == {concept(doc, m)}


# (round 20) those a clause sends to hospital are its patients: "Nine passengers were rushed to hospital", "were
# treated at the Royal Infirmary", "needed hospital treatment", "were hospitalised"; "took six people to hospital"
_HOSPITAL = (r"(?:(?:a|the|local|nearby|two|three|several|different)\s+)?(?:[A-Z][\w'’&-]*\s+){0,3}"
             r"(?:[Hh]ospitals?|[Ii]nfirmary|A&E|accident\s+and\s+emergency|[Cc]linic|trauma\s+cent(?:re|er)|"
             r"medical\s+cent(?:re|er))\b")
_TO_HOSPITAL_AFTER = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:(?:been|were|was|are|is|being)\s+)?(?:(?:later|also|all|then|subsequently)\s+)?"
    r"(?:(?:taken|rushed|airlifted|flown|admitted|treated|ferried|transferred|sent|brought|kept|detained|"
    r"receiving|received|being\s+treated)\s+(?:to|in|at|into)\s+" + _HOSPITAL
    + r"|(?:needed|need|needing|required|require|requiring|received|receiving|given)\s+hospital\s+treatment"
    r"|hospitali[sz]ed)")
_TOOK_BEFORE = re.compile(r"\b(?:took|taken|rushed|airlifted|flew|ferried|sent|admitted|treated)\s+(?:about\s+|some\s+)?$",
                          re.I)
_TO_HOSPITAL = re.compile(r"\s+(?:to|in|at|into)\s+" + _HOSPITAL)


def _taken_to_hospital(doc: Document, m: Mention) -> bool:
    """(round 20) The figure's clause sends its things to hospital, after the noun phrase ("Eleven people were
    taken to hospital", "Four workers needed hospital treatment") or around the figure ("Crews took six people to
    hospital"): they are the patients a later "the N patients" names again."""
    np = noun_phrase(doc, m)
    end = np.span.end if np.span is not None and np.adjacent else m.end
    s = doc.sentences[m.sentence]
    if _TO_HOSPITAL_AFTER.match(doc.text, end, s.end):
        return True
    return bool(_TOOK_BEFORE.search(doc.text, max(s.start, m.start - 30), m.start)) \
        and bool(_TO_HOSPITAL.match(doc.text, end, s.end))


# (round 42) those on a vessel or aircraft: "58 people on board", "62 passengers and crew"
_ABOARD_AFTER = re.compile(r"\s+(?:on\s+board|aboard)\b", re.I)
_AND_CREW_AFTER = re.compile(r"\s+and\s+crew(?:\s+members)?\b", re.I)


def _aboard(doc: Document, m: Mention) -> bool:
    """(round 42) A count of everyone on a vessel or aircraft: people or passengers "on board" or "aboard", or
    "passengers and crew"."""
    np = noun_phrase(doc, m)
    if m.kind != Kind.COUNT or np.head is None or not np.adjacent:
        return False
    end = np.span.end if np.span is not None else m.end
    head = singular(np.head)
    return head in ("people", "person", "passenger") and bool(_ABOARD_AFTER.match(doc.text, end)) \
        or head == "passenger" and bool(_AND_CREW_AFTER.match(doc.text, end))


def _crew_told_with(doc: Document, m: Mention, second: Mention) -> bool:
    """(round 42) One count is of "passengers and crew", the other of passengers alone, or of passengers listed beside
    another count ("The 174 passengers and six crew"): not the same people."""
    def after(x: Mention) -> int:
        np = noun_phrase(doc, x)
        return np.span.end if np.span is not None and np.adjacent else x.end
    crew_m = bool(_AND_CREW_AFTER.match(doc.text, after(m)))
    crew_s = bool(_AND_CREW_AFTER.match(doc.text, after(second)))
    return crew_m != crew_s or bool(_AND_ANOTHER_COUNT.match(doc.text, after(second)))


_AND_ANOTHER_COUNT = re.compile(r"\s+and\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                                r"\s+[a-z]", re.I)


def _told_aboard(doc: Document, m: Mention, c: str) -> bool:
    return _aboard(doc, m)


def _sent_to_hospital(doc: Document, m: Mention, c: str) -> bool:
    """(round 32) Casualties told as sent to hospital are those an earlier count sent there: "Crews took 17 people to
    hospital ... The 19 casualties were taken to the city's hospital" (casualties alone may count the hurt treated
    at the scene, or the dead: the caller asks the second to go to hospital too)."""
    return _refers(doc, m, c) or _taken_to_hospital(doc, m)


# (round 32) those a study is made of, whatever kind of people it took in
_STUDY_PEOPLE = frozenset({"participant", "volunteer", "respondent"})
_STUDY_NOUN = re.compile(r"\b(?:trials?|study|studies|survey|poll|experiment|research)\b", re.I)
# a verb taking people into a study, right before their count ("involved more than", "recruited")
_ENROLLED_BEFORE = re.compile(r"\b(?:involved|involving|involves|enrolled|enrolling|enrols|enrolls|recruited|"
                              r"recruiting|recruits|included|including|includes|followed|following|follows|tracked|"
                              r"tracking|questioned|surveyed|polled|interviewed|tested)\s+"
                              r"(?:(?:more\s+than|over|about|around|almost|nearly|some|just\s+under|a\s+total\s+of)\s+)?$",
                              re.I)

# (round 32) the study's people told whole: their verb or the clause's end right after them ("the 3,100 participants
# showed", "The 710 participants will be"; not "the 300 participants given the drug": some picked out)
_STUDY_TOLD_NEXT = re.compile(r"\s*[,.;:!?)]|\s+(?:were|are|was|is|had|have|has|will|would|could|can|may|might|said|"
                              r"say|says|told|showed|show|shows|suggest|suggests|suggested|reported|report)\b")


def _enrolled_in_study(doc: Document, m: Mention, c: str) -> bool:
    """(round 32) People a study's verb took in are its participants, volunteers or respondents: "The trial involved
    2,400 patients at 60 hospitals ... Results from the 3,100 participants" -- the one count of people in a sentence
    naming the study (not "2,400 patients and 700 healthy volunteers": the participants are both)."""
    if _refers(doc, m, c):
        return True
    if m.kind != Kind.COUNT or not _ENROLLED_BEFORE.search(_before(doc, m, 40)) \
            or not _STUDY_NOUN.search(_sentence(doc, m)):
        return False
    return not any(o is not m and o.kind == Kind.COUNT and _people_counted(doc, o)
                   for o in doc.mentions_in(m.sentence))


def _people_counted(doc: Document, m: Mention) -> bool:
    """(round 32) Does a count count people ("700 healthy volunteers", "1,200 men")?"""
    np = noun_phrase(doc, m)
    return concept(doc, m) in _STUDY_PEOPLE | {"people"} or np.head is not None and (
        singular(np.head) in PERSON_NOUNS or singular(np.head) in PEOPLE or np.head in PEOPLE)


# round 18: a sum told by "cost" right before it (fillers aside) in a sentence about a thing being built: "The
# bypass is now expected to cost £310m", "the new wing will cost an estimated £12m"
_COST_VERB = frozenset({"cost", "costs", "costing"})
_COST_FILLERS = frozenset({"a", "an", "estimated", "projected", "expected", "total", "of", "further"})
_COST_PAYERS = frozenset({"taxpayers", "ratepayers", "residents", "us", "them", "it", "council", "government",
                          "state", "city", "county", "trust", "club", "university"})
_BUILT = frozenset("""project scheme plan development extension wing hospital school library museum centre center
    terminal depot station academy prison estate campus arena stadium theatre theater unit upgrade tram""".split())


def _built_noun(noun: str) -> bool:
    """(Round 37) A structure or a built thing, or a compound ending in a structure ("footbridge", "flyover road")."""
    return noun in STRUCTURES or noun in _BUILT or any(noun.endswith(w) for w in _STRUCTURE_ENDINGS)


_STRUCTURE_ENDINGS = tuple(w for w in STRUCTURES if len(w) >= 5)
_DEFINITE_OR_A_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.I)


def _built_cost(doc: Document, m: Mention) -> bool:
    """Is ``m`` what a thing being built costs: "cost" right before it, and a structure or a built thing named
    earlier in its sentence ("The 14-mile bypass ... is now expected to cost £310m")?"""
    np = noun_phrase(doc, m)
    if np.adjacent and np.head is not None and _built_noun(singular(np.head.lower())) \
            and _DEFINITE_OR_A_BEFORE.search(_before(doc, m, 8)) and not np.head.lower() == "project":
        return True  # (round 37) priced as its modifier: "The 3.2bn-yuan light rail line opened ... the 3.8bn-yuan project"
    before = words(_before(doc, m, 40))
    while before and before[-1] in _COST_FILLERS:
        before.pop()
    if len(before) > 1 and before[-1] in _COST_PAYERS and (
            before[-2] in _COST_VERB or len(before) > 2 and before[-2] == "the" and before[-3] in _COST_VERB):
        del before[-2 if before[-2] == "the" else -1:]  # "will cost taxpayers $1.2bn", "cost the council £45m"
    if not before or before[-1] not in _COST_VERB:
        return False
    s = doc.sentences[m.sentence]
    return any(singular(w) in STRUCTURES or singular(w) in _BUILT or group_of(w) == "project"
               for w in words(doc.text[s.start:m.start]))


def _named_sized_alike(doc: Document, m: Mention, second: Mention, window: list[Mention]) -> bool:
    """A thing sized by a unit and called by its proper name, restated as "the N-unit NOUN" under the same
    unit: "the 14-storey Marlow House ... the 16-storey block" (the one figure of that unit in the window)."""
    if not (m.compound and second.compound and m.kind == second.kind == Kind.COUNT):
        return False
    unit = _unit_word(doc, m)
    if unit is None or unit != _unit_word(doc, second):
        return False
    if _PROPER_NAME_AFTER.match(doc.text, m.end, doc.sentences[m.sentence].end) is None:
        return False  # "the 14-storey block": a common noun, the synonym groups decide
    return not any(o is not m and o.compound and _unit_word(doc, o) == unit for o in window)


_PROPER_NAME_AFTER = re.compile(r"[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*(?=[\s,.;:)]|$)")


def _awarded_thing(doc: Document, m: Mention) -> bool:
    """A sum the verb of its own clause says was awarded, whatever it is called: "was awarded a £12m
    lottery grant" is what "the £12m award" restates (also "awarded a £3m contract")."""
    return _verb_concept(doc, m, m.end, MONEY_VERBS, clause=True) == "award"


# (round 56) sums that are awards by their own noun, whatever verb brings them in
_AWARD_NOUNS = frozenset("grant grants prize bursary scholarship".split())


# what a thing came from or is for, right after its noun phrase: "from the county arts fund", "for the lido"
_FROM_SOURCE = re.compile(r"\s+(from|for)\s+(?:the\s+|a\s+|an\s+|its\s+)?((?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
                          r"(?=\s*(?:[,.;:)]|$|\s(?:would|will|was|is|to|had|has|and|for)\b))", re.I)


def _from_other_sources(doc: Document, first: Mention, second: Mention) -> bool:
    """(Round 56) Each figure told with where it came from, or what it is for, the two differing: two things, not one
    told twice ("a €36,000 grant from the county arts fund ... the €63,000 award from the lottery"; "a £2.4m grant for
    the lido ... The £4.2m award for the museum")."""
    a = _FROM_SOURCE.match(doc.text, noun_end(first), doc.sentences[first.sentence].end)
    b = _FROM_SOURCE.match(doc.text, noun_end(second), doc.sentences[second.sentence].end)
    return a is not None and b is not None and a.group(1).lower() == b.group(1).lower() \
        and a.group(2).lower().split()[-1] != b.group(2).lower().split()[-1]


def _award_by_its_noun(doc: Document, m: Mention) -> bool:
    """(round 56) A sum whose own noun, right after it, names an award: "has won a £1.6m heritage grant" is what "the
    £160,000 award" restates, as "was awarded a £1.6m grant" is."""
    np = noun_phrase(doc, m)
    return np.adjacent and (np.head or "").lower() in _AWARD_NOUNS


# (round 54) the words that may stand between a verb and its counted object: "arrested some 14 fans"
_WORDS_BEFORE_OBJECT = frozenset("""some about around nearly almost roughly over at least more than up to a an the
    another all its their his her our a further just only""".split())


def _event_of_verb(doc: Document, m: Mention, c: str) -> bool:
    """The verb of the figure's clause, right before it ("arrested 14 fans") or after its
    noun phrase ("11 animals died", "400 staff were recruited"), names the event ``c``."""
    s = doc.sentences[m.sentence]
    before = doc.text[max(s.start, m.start - 20):m.start].lower().split()[-2:]
    if len(before) == 2 and before[1] not in _WORDS_BEFORE_OBJECT:
        before = before[1:]  # (round 54) "were injured when two trams collided": the verb of another clause
    np = noun_phrase(doc, m)
    after = _VERB_AFTER_NP.match(doc.text, np.span.end if np.span is not None else m.end, s.end)
    verbs = [v for v in before if v.endswith("ed") or v in _EVENT_NOUNS] + ([after.group(1).lower()] if after else [])
    # (round 59) a participle in "-ing" right before it, as its past: "overturned, injuring 12 passengers"
    verbs += [v[:-3] + "ed" for v in before[-1:] if v.endswith("ing") and len(v) > 6]
    # (round 28) a thing, not a person, may be the object of the event more than once: "screened 214 films" is no
    # count of "its 1,126 screenings" (a person is arrested, recruited or evacuated once)
    things = bool(m.noun) and not _personal(m.noun) and c.endswith("ing")
    return any(_EVENT_NOUNS.get(v) == c or group_of(v) == c or _noun_of_verb(v, c) and not things for v in verbs)


# (round 60) people told as the field of a final by the verb after them: "Nine divers will contest the women's 3m
# springboard final", "the eight swimmers who reached the final"
_IN_THE_FINAL = re.compile(r"\s+(?:who\s+)?(?:will\s+|have\s+|had\s+)?(?:contest|contested|contests|reach|reached|reaches|"
                           r"made|make|qualified\s+for|qualify\s+for|line\s+up\s+in|lined\s+up\s+in)\s+"
                           r"(?:the|this|Saturday's|Sunday's|tomorrow's|today's)\s+(?:[\w'’-]+\s+){0,5}?finals?\b")
_BODIES_OF = re.compile(r"\bbod(?:y|ies)\s+of\s+(?:all\s+|the\s+)?$", re.I)
_FEE_WHOLE_NOUNS = frozenset("package deal".split())  # (not "fee": the sum before add-ons)
_RISING_TO = re.compile(r"\b(?:rising|rise|rises|up|potentially)\s+to\s+(?:a\s+(?:potential|possible|maximum)\s+(?:of\s+)?)?$",
                        re.I)
_WITH_ADD_ONS = re.compile(r"\s+(?:with|including|in)\s+(?:add-?ons|bonuses|performance[- ]related\s+\w+|"
                           r"(?:potential\s+)?add-?on\s+payments)\b", re.I)


def _fee_with_add_ons(doc: Document, second: Mention) -> Mention | None:
    """(Round 37) The one fee told "rising to X with add-ons" in the two sentences before ``second`` (or its own
    before it): the whole of the deal that "the €80m package" restates."""
    found = [m for m in doc.mentions_within(max(0, second.sentence - 2), second.sentence + 1)
             if m.kind == Kind.MONEY and m.unit == second.unit and m.end <= second.start
             and _RISING_TO.search(doc.text, max(0, m.start - 30), m.start) and _WITH_ADD_ONS.match(doc.text, m.end)]
    return found[0] if len(found) == 1 else None


def _by_noun_after_participle(doc: Document, second: Mention, np, earlier: list[Mention]) -> list[Mention]:
    """(Round 37) The antecedents whose own noun is the one right after the second's participle head: "The 21 injured
    passengers" after "Twenty-three passengers and two flight attendants were hurt" restates the passengers."""
    if np.span is None or not np.adjacent:
        return earlier
    after = re.match(r"\s+([a-z]{3,})\b", doc.text[np.span.end:np.span.end + 30])
    if after is None:
        return earlier
    noun = after.group(1)
    return [m for m in earlier if (m.noun or "").lower() == noun] or earlier


def _participle_of_people(np) -> str | None:
    """(round 33) The one past participle before a generic noun for people: "trapped" in "all 13 trapped men", "the
    40 stranded people" (a word such as "injured" has a concept of its own and is read by it)."""
    if not np.adjacent or len(np.modifiers) != 1 or singular(np.head or "") not in GENERIC_NOUNS:
        return None
    w = np.modifiers[0]
    return w if is_past_form(w) and w not in VERB_CONCEPTS else None


def _participle_after_people(doc: Document, np) -> str | None:
    """(Round 37) The past participle right after a bare generic noun for people, then its clause's verb: "charged"
    in "the 13 people charged would appear in court" (read like "the 13 charged people")."""
    if not np.adjacent or np.modifiers or np.span is None or singular(np.head or "") not in GENERIC_NOUNS:
        return None
    after = _PARTICIPLE_THEN_VERB.match(doc.text, np.span.end)
    w = after.group(1).lower() if after else None
    return w if w is not None and is_past_form(w) and w not in VERB_CONCEPTS else None


_PARTICIPLE_THEN_VERB = re.compile(r"\s+([a-z]+ed)\s+(?:would|will|were|are|have|had|appeared|appear|face|faced|remain"
                                   r"|remained|included|include|could|can|must|should)\b")


def _generic_head(np) -> str | None:
    """(Round 37) The bare generic noun for people right after a figure ("men" in "all 16 men"), lower-cased."""
    head = (np.head or "").lower()
    return head if np.adjacent and not np.modifiers and singular(head) in GENERIC_NOUNS else None


# (round 52) the dead named again by their death: "the four men who died", and the count told dead right after it
_WHO_DIED_AFTER = re.compile(r"\s+who\s+(?:had\s+|have\s+|were\s+|was\s+)?(?:died|drowned|perished|been\s+killed|killed)\b",
                             re.I)
# ("Three crew members died": the noun phrase read as "crew")
_DIED_RIGHT_AFTER = re.compile(r"(?:\s+members)?\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?"
                               r"(?:died|drowned|perished|killed)\b", re.I)


def _died_told(doc: Document, m: Mention, c: str) -> bool:
    """(round 52) A count of people told dead right after its noun: "Three crew members died", "Two men drowned"."""
    np = noun_phrase(doc, m)
    return m.kind == Kind.COUNT and np.adjacent and np.span is not None \
        and _DIED_RIGHT_AFTER.match(doc.text, np.span.end) is not None


def _more_died_between(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 52) Between the dead and "the N who died", more told dead ("Two more died in hospital"); others told
    safe ("Two others were winched to safety") are none of them."""
    return _MORE_DIED.search(doc.text, first.end, second.start) is not None or any(
        m.start > first.end and m.end < second.start and m.kind == Kind.COUNT and _died_told(doc, m, "")
        for s in range(first.sentence, second.sentence + 1) for m in doc.mentions_in(s))


_MORE_DIED = re.compile(r"\b(?:a\s+(?:second|third|fourth|fifth|sixth)|another|more|others?)\b[^.;]{0,30}?"
                        r"\b(?:died|drowned|perished|(?:was|were|been)\s+killed)\b", re.I)


def _counted_by_head(doc: Document, m: Mention, head: str) -> bool:
    """(Round 37) A count whose bare noun is ``head``: "14 men" for "all 16 men"; (round 42) or workers told by their
    work for "all N men": "Eleven fishermen ... all 12 men"."""
    return m.kind == Kind.COUNT and (_generic_head(noun_phrase(doc, m)) == head
                                     or head == "men" and _crew_counted(doc, m, head) and not _befallen_some(doc, m))


# (round 42) what befalls some of a crew, told right after its count: "Two fishermen drowned", "three miners were killed"
_BEFALLEN_AFTER = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:drowned|died|killed|perished|injured|hurt|"
                             r"wounded|lost|hospitali[sz]ed|taken\s+to\s+hospital)\b", re.I)


def _befallen_some(doc: Document, m: Mention) -> bool:
    """(round 42) The count is of those something befell ("Two fishermen drowned ... All five men had been wearing
    lifejackets"): some of the men, not all of them."""
    np = noun_phrase(doc, m)
    return bool(_BEFALLEN_AFTER.match(doc.text, np.span.end if np.span is not None else m.end))


# (round 38) "the 12 men" set apart or straight on to its verb: ", all contract workers," / " were" (not "the 12 men and
# two women", "the 12 men who ...", "the 12 men on the night shift")
_SET_APART_AFTER_MEN = re.compile(r"\s*(?:,|\s(?:were|was|are|had|have|remain\w*|all)\b)")
# workers told by their work, whom "the men" may name again: miners, fishermen, crew (not passengers, residents)
_CREW_NOUNS = frozenset("""miners workers fishermen crew crewmen sailors seamen soldiers troops firefighters labourers
    laborers climbers divers engineers drillers loggers builders welders contractors rescuers""".split())


def _crew_counted(doc: Document, m: Mention, head: str) -> bool:
    """(round 38) A count of workers by their work ("14 miners") that "the 12 men" names again."""
    np = noun_phrase(doc, m)
    return m.kind == Kind.COUNT and np.adjacent and (np.head or "").lower() in _CREW_NOUNS


def _told_as_participle(doc: Document, m: Mention, verb: str) -> bool:
    """(round 33) A count of people told right after as done to by ``verb``: "Eleven miners were trapped", "40
    passengers had been stranded" (what "the 13 trapped men" restates)."""
    np = noun_phrase(doc, m)
    if m.kind != Kind.COUNT or not np.adjacent or np.span is None:
        return False
    told = re.match(r"\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been|remain(?:ed|s)?)\s+(?:still\s+)?"
                    r"([a-z]+)\b(\s+to\s+hospital\b)?", doc.text[np.span.end:doc.sentences[m.sentence].end])
    if told is not None and told.group(1) in ("taken", "rushed", "airlifted", "admitted") and told.group(2) \
            or told is not None and told.group(1) in ("hospitalised", "hospitalized"):
        return verb in _IMPLIED_BY  # (round 42) "17 riders were taken to hospital ... all 19 injured riders"
    return told is not None and told.group(1) == verb


# (round 33 review) what sets "the N PARTICIPLE men" in another time, place or scope than the count told before:
# "Last year, the 12 trapped men", "Nationally, the 2,000 displaced people", "By Wednesday, after a second collapse,"
_APART_BEFORE = frozenset("""last next previous earlier later since by after until another other second third more
    further similar nationally nationwide elsewhere across nearby overall total altogether so far now""".split())
# ... and in its clause after: "the 7 stranded people on the other ridge" (not "by noon")
_APART_AFTER = frozenset("last previous earlier another other second third similar elsewhere".split())


# (round 37) the time of the report itself, no other time: "all 16 men remained in custody last night"
_NOW_TIME = re.compile(r"\b(?:last\s+night|overnight|this\s+morning|tonight)\b", re.I)


def _participle_told_apart(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 33 review) The sentence of "the N PARTICIPLE men", before it or in its clause after, names a time, a
    place or a scope the first's sentence does not ("Six workers were trapped ... Last year, the 12 trapped men in a
    similar collapse", "the 7 stranded people on the other ridge"): another group, or the first's grown."""
    said = set(words(_sentence(doc, first)))
    s = doc.sentences[second.sentence]
    before = doc.text[s.start:second.start]
    after = _NOW_TIME.sub(" ", re.split(r"[,;:()]", doc.text[second.end:s.end])[0])
    return any(w not in said for w in words(before) if w in _APART_BEFORE) \
        or any(w not in said for w in words(after) if w in _APART_AFTER) \
        or any(w.lower() not in said for p in (_WEEKDAY, _MONTHS) for w in p.findall(before)) \
        or any(m.kind == Kind.YEAR and m.end <= second.start for m in doc.mentions_in(second.sentence))


def _participle_then_noun(doc: Document, np, c: str, m: Mention) -> bool:
    """(round 55) The second's participle and then the first's own noun ("Eleven passengers were injured ... all 13
    injured passengers"): the set named whole, so a count of the noun by another verb between ("carrying 214
    passengers") is no other reading of it."""
    if np.head != c or np.span is None or not m.noun or not is_past_form(c):
        return False
    return re.match(r"\s+" + re.escape(m.noun.split()[-1]) + r"\b", doc.text[np.span.end:np.span.end + 40]) is not None


def _other_group_between(doc: Document, m: Mention, second: Mention, c: str) -> bool:
    """(review) ``m`` is ``c`` only by its verb ("Seven people who died"), and a count of its noun told by another
    verb stands between it and ``second`` ("Three people who were injured ... The 10 victims"): ``c`` may be both."""
    return bool(m.noun) and concept(doc, m) != c and any(
        o.kind == Kind.COUNT and o.noun == m.noun and not _event_of_verb(doc, o, c)
        for o in doc.mentions_within(m.sentence, second.sentence + 1) if m.end <= o.start and o.end <= second.start)


# (round 30) a place or part right after a noun: "the 12 registrations from overseas", "the 9 closures in Leeds" (not
# "in a joint letter")
_PART_AFTER = re.compile(r"\s+(?:(?:in|at|from|among|across|outside|inside|within)\s+(?!an?\b)|(?:abroad|overseas|alone)\b)",
                         re.I)


def _event_noun_apart(doc: Document, first: Mention, second: Mention, c: str) -> bool:
    """(round 30) A count tied to a verb's noun in -ation, -ure or -ement ("cancelled 120 flights ... the 85
    cancellations") is another day's, period's or place's when the second's sentence names a time the first's does
    not ("on Tuesday", "so far this year", "over the past decade") or a place or part follows its noun ("from
    overseas")."""
    if not c.endswith(("ation", "ure", "ement")):
        return False
    np = noun_phrase(doc, second)
    return bool(time_words(doc, second.sentence) - time_words(doc, first.sentence)) \
        or _PART_AFTER.match(doc.text, np.span.end if np.span is not None else second.end) is not None


def _told_at_another_time(doc: Document, first: Mention) -> bool:
    """(round 30) "This" sets its figure against one told with a time of its own (a weekday of the telling aside):
    "fined £2m in 2019 ... 'This £8m penalty'", "given a £6m contract in March ... This £4m contract"."""
    return bool(time_words(doc, first.sentence) - {d.lower() for d in _WEEKDAYS_TEXT.split()})


def _noun_of_verb(verb: str, noun: str) -> bool:
    """Is ``noun`` the regular noun of the event ``verb`` tells: "recruited" -> "recruit",
    "hired" -> "hire", "evacuated" -> "evacuation", "treated" -> "treatment"; (round 30) and the nouns in
    -ation, -ure and -ement: "cancelled" -> "cancellation", "deported" -> "deportation", "closed" -> "closure",
    "postponed" -> "postponement", "registered" -> "registration"?"""
    if not verb.endswith("ed") or len(verb) < 5:
        return False
    base = verb[:-2]
    return noun in (base, base + "e", base + "ion", base + "ment", base + "al", base + "ing",
                    base + "ation", base + "ure", base + "ement", base + "ee") \
        or base.endswith("er") and noun == base[:-2] + "ration" \
        or base.endswith("at") and noun == base[:-2] + "ee"  # "registered" -> "registration"; (round 42) "escaped" ->
    # "escapee", "detained" -> "detainee", "evacuated" -> "evacuee"


# the verb after a noun phrase: "died", "were recruited", "have been arrested"
_VERB_AFTER_NP = re.compile(r"\s+(?:members\s+)?"  # (round 53) "Eleven crew members were rescued": read past "members"
                            r"(?:and\s+(?:\w[\w-]*\s+){1,4}?(?=(?:have|has|had|been|were|are)\s))?"
                            # (round 38) a participle of travel and its place: "pilgrims returning from Vaishno Devi were"
                            r"(?:(?:returning|travelling|traveling|heading|coming|going|bound)\s+(?:from|to|for)\s+"
                            r"(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?=(?:have|has|had|been|were|was|are|is)\s))?"
                            # (round 60) a place they belong to: "nine residents of the Birchwood care home died"
                            r"(?:of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){1,4}?(?=(?:(?:who|that|have|has|had|been|were|was|"
                            r"are|is)\s+|[a-z]{4,}ed\b|died\b)))?"
                            r"(?:(?:who|that)\s+)?(?:(?:have|has|had)\s+)?(?:(?:been|were|was|are|is)\s+)?([a-z]{4,}ed|died|sold|lost|hurt)\b")
# verbs whose event noun is another word: "died" ... "the deaths" (a victim's concept); (round 37) "were hurt" ...
# "the 21 injured passengers"
_EVENT_NOUNS = {"died": "victim", "killed": "victim", "sold": "contract", "lost": "loss", "hurt": "injured"}


# "the four wards with the highest rates", "the three schools with the most pupils": some picked out by a superlative
# ((round 47) a noun in -est is no superlative: "all 340 works in the bequest")
_NOT_SUPERLATIVE_EST = ("bequest|request|forest|interest|contest|harvest|conquest|protest|inquest|quest|test|nest|chest|"
                        "west|guest|rest|crest|arrest")
_PICKED_BY_SUPERLATIVE = re.compile(r"\s+(?:with|in|on|at|by)\s+the\s+(?:(?!(?:" + _NOT_SUPERLATIVE_EST + r")\b)"
                                    r"[a-z]+est|most|fewest|least|biggest|worst|best)\b")
# (round 56) a superlative among the restated figure's own modifiers ("The eight oldest bells"); no noun in -est,
# nor "honest", "modest", "earnest"
_SUPERLATIVE_WORD = re.compile(r"(?!(?:" + _NOT_SUPERLATIVE_EST + r"|honest|modest|earnest)$)[a-z]{2,}est$|"
                               r"most|fewest|least|best|worst")


def _picked_by_own_superlative(second_modifiers, first_modifiers) -> bool:
    """(Round 56) "a ring of 12 bells ... The eight oldest bells": a superlative in the second's own phrase that the
    first's lacks picks some out."""
    return any(_SUPERLATIVE_WORD.fullmatch(w.lower()) and w.lower() not in {v.lower() for v in first_modifiers}
               for w in second_modifiers)


# a person named by first and last name before "his"/"her" in the second's clause: its owner
_NAMED_OWNER = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+[a-z][^.;:,A-Z]{0,30}?\b(?:his|her)\s+$")

# (round 31) a name opening a sentence as its subject, before a comma or a word in lower case: "Ethiopia, second,
# won ...", "Harwood Rovers finished with ..."; not an adverb or a determiner written with a capital
_OPENING_NAME = re.compile(r"\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)(?=\s*,|\s+[a-z])")
_NOT_OPENING_NAMES = frozenset("""the a an this that these those its their his her our it they he she we there all each both
    but and so yet or in at on by for with from of after before since during under over among as when while if
    yesterday today tonight tomorrow meanwhile however now then instead still also again separately elsewhere
    earlier later overall previously currently initially finally ultimately similarly likewise together
    altogether combined jointly besides moreover nevertheless last next this only some most many""".split())


def _owned_by_another_name(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 31) "its"/"their" before the second figure owned by a name that opens the second's sentence and is not
    in the first's: "The Netherlands won 14 medals: ... Ethiopia, second, won six golds among its 11 medals" are
    Ethiopia's, not the Netherlands' told again."""
    start = doc.sentences[second.sentence].start
    if _ANOTHER_OPENS.match(doc.text, start, second.start):
        return True  # (round 59) "A second service, Flight 618, was cancelled, and its 42 passengers": another's own
    placed = _PLACED_AT_NAME.match(doc.text, start, second.start)
    if placed is not None:  # (round 51) "At the largest firm, Norvane Aqua, ... its 900 employees": the firm's
        return placed.group(1).split()[-1] not in _sentence(doc, first)
    opening = _OPENING_NAME.match(doc.text, start, second.start)
    if opening is None or opening.group(1).split()[0].lower() in _NOT_OPENING_NAMES:
        return False
    return opening.group(1).split()[-1] not in _sentence(doc, first)


# (round 59) a sentence opening at another of the kind told before: "A second service ...", "Another plant ..."
_ANOTHER_OPENS = re.compile(r"\s*(?:An?\s+(?:second|third|fourth|fifth|separate|different)|Another|The\s+other)\s+[a-z]")
# (round 51) a sentence opening at a named body: "At Norvane Aqua, ...", "At the largest firm, Norvane Aqua, ..."
_PLACED_AT_NAME = re.compile(r"\s*(?:At|In|Within)\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,3}[a-z]+,\s+)?"
                             r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\s*,")


def _heads_differ(doc: Document, first: Mention, second: Mention, np) -> bool:
    """The phrase read for both figures heads on the same word, which in both stands before a noun of its own, and
    those nouns differ: "6,214 livestock entries ... the six livestock sections" share a modifier, not a thing."""
    np1 = noun_phrase(doc, first)
    if not (np.head and np1.head and singular(np.head) == singular(np1.head)):
        return False
    after = []
    for m in (first, second):
        found = re.match(r"(?:[\s-]+[a-z][\w-]*){0,2}?[\s-]+" + re.escape(np.head) + r"\s+([a-z]{3,})\b",
                         doc.text[m.end:m.end + 60])
        if found is None or found.group(1) in _NP_STOP or not m.noun \
                or singular(m.noun.split()[-1]) != singular(found.group(1)):
            return False  # (the word after the head is the figure's own noun, not a verb)
        after.append(singular(found.group(1)))
    return after[0] != after[1]


_AGE_OWNER = re.compile(r"(?:the\s+)?\d+-year-old", re.I)


def _owner_known(det: str, first_context: str) -> bool:
    """A possessive before a restatement names the first mention's owner: "Dawson's" after
    "Dawson won ...", "the 24-year-old's" after a named person."""
    if not det.endswith("'s"):
        return True
    owner = det[:-2]
    if _AGE_OWNER.fullmatch(owner):
        return True
    if words(owner)[-1:] and words(owner)[-1].lower() in _PLACE_OWNER_NOUNS and _NAMED_SUBJECT.match(first_context):
        return True  # (round 43) "The Cliffs of Dunmore drew 1.6 million visitors ... the site's 1.9 million visitors"
    return backed(words(owner)[-1], first_context) and words(owner)[-1] not in _NP_STOP


_THAN = re.compile(r"\bthan\b")


def _owner_only_compared(doc: Document, det: str, first: Mention) -> bool:
    """(round 55) The possessive's owner named in the first figure's sentence only after it, past a "than": the one
    it is compared with ("Brennan has 17 goals, one more than his partner Lewis Oyelaran. Oyelaran's 16 goals")."""
    if not det.endswith("'s") or not (owner := words(det[:-2])[-1:]):
        return False
    sentence = doc.sentences[first.sentence]
    text = doc.text[sentence.start:sentence.end].lower()  # (words() are lower-cased)
    at = text.find(owner[0])
    return at >= first.end - sentence.start and _THAN.search(text, first.end - sentence.start, at) is not None


# (round 43) common nouns a place named before may be called by in a possessive: "the site's", "the attraction's"
_PLACE_OWNER_NOUNS = frozenset("""site attraction venue museum gallery park zoo airport port harbour resort castle
    cathedral festival centre center stadium arena hotel
    side team club squad
    school college university library charity company firm farm carrier airline council trust hospital mill plant
    factory estate theatre orchestra choir church co-op cooperative""".split())  # (round 54) a team named before:
# "Ashby scored five tries ... the side's"; (round 63) an institution named before: "Sgoil Tharsaigh, the island's
# primary, has a roll of 17 pupils ... the school's 19 pupils"
# a sentence opening on a name: "The Cliffs of Dunmore drew ...", "Kew Gardens welcomed ..." (round 63: or with an
# aside after the name, "Sgoil Tharsaigh, the island's primary, has ...")
_NAMED_SUBJECT = re.compile(r"\s*(?:The\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’-]+)*(?:,[^,.;]{1,60},)?\s+[a-z]")


# a person in a sentence of another paragraph, whose figure "his"/"her" may restate: a pronoun, a title or a full
# name ("the squad contested 44 games" / next paragraph: "his 10 games" is one player's share; round 17)
_PERSON_TOLD = re.compile(r"\b(?i:he|she|his|her|him)\b|\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lady|Lord)\b|"
                          r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\b|-year-old\b")
_PRICED = frozenset({"contract", "settlement", "bid", "fee"})
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:(?:estimated|projected|expected|reported|total|whopping|record)\s+)?$",
                         re.I)


def _priced(doc: Document, m: Mention, c: str) -> bool:
    """The price of some transaction, which "the $3.2bn deal" may restate."""
    return m.kind == Kind.MONEY and concept(doc, m) in _PRICED


def _introduced_as(doc: Document, m: Mention, head: str) -> bool:
    """A sum brought in with "a"/"an" right before its own noun ``head``: "a £28m funding gap"."""
    np = noun_phrase(doc, m)
    return (m.kind == Kind.MONEY and np.adjacent and singular(np.head) == head
            and bool(_INDEFINITE.search(_before(doc, m, 30)) or re.match(r"an?\s", m.text, re.I)))


def _said_before(doc: Document, phrase: str, end: int) -> bool:
    """Whether ``phrase`` (its words, any case, any spacing) occurs in the text before ``end``: one
    search of the text, no copy of it (a lower-cased copy per figure was quadratic on long files)."""
    words = phrase.split()
    return re.compile(r"\s+".join(map(re.escape, words)), re.I).search(doc.text, 0, end) is not None


# (round 30) "two men sharing cells built for one": a word, a present participle, then the noun read as the head
_WORD_THEN_PARTICIPLE = re.compile(r"\s+[A-Za-z'’-]+\s+[a-z]+ing\s+")


def _counts_before_participle(doc: Document, m: Mention) -> bool:
    """The figure counts the word before a participle ("two men sharing cells": men), not the noun after it."""
    return m.noun_span is not None and _WORD_THEN_PARTICIPLE.match(doc.text, m.end, m.noun_span.end) is not None


_AND_BETWEEN_FIGURES = re.compile(r"[^.;:]*\band\b[^.;:]*$")


def _names_the_listed(doc: Document, second: Mention) -> bool:
    """(round 30) "Chelsea paid £201m, followed by Villa on £165m and Arsenal on £104m. Between them the three
    clubs ...": "the N NOUN" right after N figures of one kind listed (the last two joined by "and", in its
    sentence or the one before) names those N, not a figure told before them."""
    n = second.value
    if second.kind != Kind.COUNT or n is None or not 2 <= n <= 12 or n != int(n):
        return False
    for k in (second.sentence, second.sentence - 1):
        listed = [m for m in doc.mentions_in(k) if m.end <= second.start and m.kind != Kind.YEAR and m is not second]
        for kind in {m.kind for m in listed}:
            same = [m for m in listed if m.kind == kind]
            if len(same) == n and _AND_BETWEEN_FIGURES.match(doc.text, same[-2].end, same[-1].start):
                return True
    return False


# (round 35) a named place the restated noun phrase is put in, right after it or after a participle: "The 12
# branches in Cardiff", "The 12 branches facing closure in Cardiff" (not a verb's place: "gathered at the harbour in X")
_PLACED_IN = re.compile(r"(?:\s+[a-z]+ing(?:\s+[a-z]+){0,2}?)?\s+in\s+((?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+)?)")
_NOT_PLACES = frozenset("January February March April May June July August September October November December "
                        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That".split())
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|could|can|may|might|shall|should)\b")


# (round 55) the things of one part of the whole: "the 38,000 bottles of last year's reserve"
_OF_A_PART = re.compile(r"\s+of\s+(?:(?:last|this|next)\s+year['’]s|the|its|their)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\b(?!['’])")


def _owned_by_a_part(doc: Document, second: Mention, np, first: Mention) -> bool:
    """(round 55) The second figure's things owned by a part the first figure's sentence never names ("produces
    about 420,000 bottles a year ... Of the 38,000 bottles of last year's reserve"): some of them, not all."""
    part = _OF_A_PART.match(doc.text, np.span.end if np.span is not None else second.end)
    if part is None:
        return False
    stem = singular(part.group(1))
    return re.search(r"\b" + re.escape(stem), _sentence(doc, first), re.I) is None


def _placed_elsewhere(doc: Document, second: Mention, np, first: Mention) -> bool:
    """The second figure's noun phrase is put in a named place the first figure's sentence never names:
    a subset of the first ("40 branches across Wales ... the 12 branches facing closure in Cardiff")."""
    placed = _PLACED_IN.match(doc.text, np.span.end if np.span is not None else second.end)
    if placed is None or placed.group(1).split()[0] in _NOT_PLACES or _FINITE_VERB.search(placed.group(0)):
        return False  # ("The 11 victims were named by police in Stafford": the place of what was done to them)
    return placed.group(1) not in _sentence(doc, first)


# (round 58) "Of the 46 species in its conservation breeding programmes, ...": a phrase of its own closing the noun
_OF_THE_OPENING = re.compile(r"\W*of\s+(?:the|its|their)\s+$", re.I)
_OWN_PHRASE_TO_COMMA = re.compile(r"\s+(?:in|on|under|within|at|from|for)\s+(?:its|their|the|his|her)\s+"
                                  r"((?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*)\s*,")


def _opened_as_a_part(doc: Document, second: Mention, np, first: Mention) -> bool:
    """A second figure at most half the first, opening its sentence ("Of the 46 species in its conservation breeding programmes,
    21 are mammals") picked out by a phrase whose words the first figure's never tells ("180 species"): a part of
    the first, broken down on its own."""
    if second.value is None or first.value is None or not 2 * second.value <= first.value:
        return False  # (at most half of it: "180 species ... Of the 168 species in its collection" stays a restatement)
    if not _OF_THE_OPENING.fullmatch(doc.text, doc.sentences[second.sentence].start, second.start):
        return False
    phrase = _OWN_PHRASE_TO_COMMA.match(doc.text, np.span.end if np.span is not None else second.end)
    if phrase is None:
        return False
    context = _near(doc, first)
    return any(len(w) > 3 and not backed(w, context) for w in words(phrase.group(1)))


_SHARE_OF_GAP = re.compile(r"\s+of\s+[^,;:.!?()]{0,50}$")


def _share_of_it_told(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 55) A share of the first figure told in its own sentence ("A fifth of the company's 3,000 employees"),
    and the second figure that share of it: the part, not the whole again (a part off the share, "More than a third
    of its 14,200 students ... The 3,900 international students", stays a contradiction)."""
    ratio = Fraction(second.value) / Fraction(first.value)
    return any(m.kind in (Kind.FRACTION, Kind.PERCENT) and m.end < first.start and m.interval is not None
               and _SHARE_OF_GAP.match(doc.text[m.end:first.start]) is not None
               and m.interval.contains(ratio * 100 if m.kind == Kind.PERCENT else ratio)
               for m in doc.mentions_in(first.sentence))


# (round 48) a winning margin after its win: "won the Kelby seat by just 19 votes" (no tally of the winner's)
_WON_BY_BEFORE = re.compile(r"\b(?:won|wins|win|winning|beat|beats|beating|carried|passed|lost|loses|losing|leads?|led|"
                            r"leading)\b[^.;:!?]{0,60}\bby\s+(?:(?:just|only|a\s+mere|some|about|around|nearly)\s+)?$",
                            re.I)


_DEGREE_PARTICIPLE_AFTER = re.compile(r"\s+(?:worst|most|hardest|badly|severely|seriously|directly|critically|"
                                      r"least)\s+(?:[a-z]+ed|hit)\b", re.I)


def find_definite_restatements(doc: Document):
    """"nine people were killed ... the nine victims": a definite restatement."""
    qs = [m for m in quantities(doc, *_DEFINITE_KINDS)
          if not m.is_range and not doc.sentences[m.sentence].headline]
    told_first = [m for m in qs[:8] if told_in_headline_and_lead(doc, m)]  # (round 24) the article's own figures
    for j, second in enumerate(qs):
        if not _recent_alike(qs, j) and not any(m.start < second.start and same_dimension(m, second) for m in told_first):
            continue  # no figure it could restate: a cheap test before the words around it are read
        det = definite(doc, second, possessive=True)
        before = _before(doc, second, 40) if det is None else ""
        if det is None and _RUN_OF.search(before) and not _RESTRICTIVE_CLAUSE.match(
                doc.text, noun_phrase(doc, second).span.end if noun_phrase(doc, second).span else second.end):
            det = "the run"  # "That run of 12 straight legs": a streak told just before (not "the run of 17 that ...")
        if det is None and (_GATHERED_OF.search(before) or _AMOUNT_OF.search(before)):
            det = "the"  # (round 59) "to house the collection of 3.2 million documents": the whole gathered, told again
        whole_of_part = det is None and _whole_of_part(doc, second)
        if whole_of_part:
            det = "the"  # (round 19) "Nine of the 16 people detained have since been charged": the whole, restated
        if det is None or det == "both":
            continue
        timed = _TIME_POSSESSIVE.search(_before(doc, second, 40)) if det.endswith("'s") else None
        if timed and not _said_before(doc, timed.group(1), doc.sentences[second.sentence].start):
            continue  # "14 cases this season ... last season's 27 cases": another period's figure
        np = noun_phrase(doc, second)
        all_of = np.head is None and det == "all" and _all_of_phrase(doc, second)
        if all_of:
            np = all_of  # (round 21) "all 19 of the line's stations": the noun after "of"
        if np.head is None or not counts_things(doc, second):
            continue
        if np.span is not None and _DEGREE_PARTICIPLE_AFTER.match(doc.text, np.span.end):
            continue  # (round 48) "the 50,000 people worst affected": the worst hit among them
        if second.kind != Kind.COUNT and not np.adjacent:
            continue  # "the 61% vote", "the $3.6bn deal": the noun right after the figure
        c = concept(doc, second)
        refers = _refers
        if second.kind == Kind.MONEY and c not in MONEY_CONCEPTS:
            refers = _introduced_as  # "a £28m funding gap ... the £18m gap": the same noun, introduced
            c = singular(np.head)
        kind_of_people = False
        if c == "people" and singular(np.head) in HYPERNYMS and np.adjacent and np.span is not None \
                and _BARE_VERB.match(doc.text, np.span.end) \
                and (singular(np.head) != "man" or _man_of_a_trade_before(doc, second)):
            # (round 24) "all 46 children had been": its verb right after it, the one kind of child the passage names
            c = singular(np.head)
            kind_of_people = True
        told_by = (_participle_of_people(np) or _participle_after_people(doc, np)) if c == "people" else None
        if told_by is not None:
            c, refers = told_by, _told_as_participle  # (round 33) "Eleven miners were trapped ... all 13 trapped men"
        elif det == "all" and (head := _generic_head(np)) is not None and (
                c == "people" or head == "men" and c in ("arrival", "rescued", "evacuee")
                and any(_crew_counted(doc, m, head) and m.sentence < second.sentence for m in _window(qs, j, _sentence_of))):
            # (round 45: also when a verb would name it, "All 16 men were brought to the surface" after "14 miners")
            # (round 37) "questioning 14 men ... all 16 men remained in custody": all of them, by the same noun
            told_by = c = head
            refers = _counted_by_head
        elif c == "people" and det == "the" and (head := _generic_head(np)) in ("men", "women") \
                and np.span is not None and _SET_APART_AFTER_MEN.match(doc.text, np.span.end):
            # (round 38) "All 14 miners ... The company said the 12 men, all contract workers, were ...": the men of a
            # crew told before by their work, set apart or straight on to their verb
            c = head
            refers = _crew_counted
        elif c == "people" and det == "the" and (head := _generic_head(np)) in ("men", "women", "people") \
                and np.span is not None and _WHO_DIED_AFTER.match(doc.text, np.span.end):
            # (round 52) "Three crew members died ... The four men who died": the dead, told again by the same death
            c, refers = "people who died", _died_told
        if c in ("people", "passenger") and told_by is None and _aboard(doc, second):
            c, refers = "people on board", _told_aboard  # (round 42) "58 people on board ... 49 of the 62 passengers and crew"
        if c in _DEFENDANT_CONCEPTS | {"people"} | _ROLE_TOLD_BY.keys() and np.span is not None \
                and _SOME_OR_MORE_AFTER.match(doc.text, np.span.end, doc.sentences[second.sentence].end) \
                and refers is _refers:
            continue  # (round 43) "all 12 defendants who were convicted", "the island's 1,500 residents and visitors"
        if c == "people" and told_by is None and _population_named(det, np):
            c, refers = "residents", _population_told  # (round 43) "The 1,200 people of Nukulae ... the island's 1,500
            # residents"
        if c is None or c == "people":
            continue
        if second.kind == Kind.PERCENT and c not in PERCENT_CONCEPTS:
            continue
        if second.kind == Kind.MONEY and np.head in GENERIC_DEAL_NOUNS:
            refers = _priced  # "a $2.8bn settlement ... the $3.2bn deal"
        if c == "casualty" and _taken_to_hospital(doc, second):
            refers = _sent_to_hospital  # (round 32) "took 17 people to hospital ... The 19 casualties were taken to"
        if c in _STUDY_PEOPLE and _STUDY_TOLD_NEXT.match(doc.text, np.span.end if np.span is not None else second.end):
            refers = _enrolled_in_study  # (round 32) "The trial involved 2,400 patients ... the 3,100 participants"
        extra = any(w in _ADDED_WORDS for w in np.modifiers)  # (round 32) "the 210 extra beds": see _told_as_added
        if any(w in OTHER_SET and not (extra and w in _ADDED_WORDS) for w in np.modifiers):
            continue
        if REST_AFTER.match(doc.text, np.span.end if np.span is not None else second.end):
            continue  # "the 680 tickets left", "the 12 still missing": what remains of the first, not it
        if _MARGIN_COMPLEMENT.match(doc.text, np.span.end if np.span is not None else second.end):
            continue  # (round 27) "The first count had put her seven votes ahead": a margin, "her" its object
        tallies = _tallies(doc)
        window = _window(qs, j, _sentence_of)
        candidates = [m for m in window if same_dimension(m, second) and (refers(doc, m, c)
                                                                          or _named_sized_alike(doc, m, second, window)
                                                                          or _squad_of(doc, m, c)
                                                                          or all_of and _clipped_to(doc, m, second, c)
                                                                          or all_of and _done_past_origin(doc, m, second, c)
                                                                          or _owner_of_doers(det) and _doer_of_verb(
                                                                              doc, m, c, owner=det)
                                                                          or m in told_first
                                                                          and _retold_by_its_participle(doc, m, np))
                      and m not in tallies]  # a side of a tally: find_tally_restatements
        if singular(np.head) not in _MARGINS:  # (round 48) "won the seat by just 19 votes ... Farrant's 1,640 votes"
            candidates = [m for m in candidates if not _WON_BY_BEFORE.search(doc.text, max(0, m.start - 80), m.start)]
        candidates = [m for m in candidates if (refers is _died_told or _participle_then_noun(doc, np, c, m)
                                                or not _other_group_between(doc, m, second, c))
                      and not _DIFFERENCE_AFTER.match(doc.text, m.end)  # (round 49) "took 312 votes more than"
                      and not _counts_before_participle(doc, m)
                      and not (refers is not _told_aboard and _crew_told_with(doc, m, second))]
        if any(m.value != second.value for m in candidates) and _names_the_listed(doc, second):
            candidates = [m for m in candidates if m.value == second.value]  # (an equal count may still restate it)
        if told_by is not None:  # (round 33) "Twelve were trapped ... the nine trapped men in the east wing": some of them
            candidates = [m for m in candidates if m.value is not None and second.value is not None
                          and (second.value >= m.value or det == "all" and refers is _told_as_participle
                               or whole_of_part and m.sentence == second.sentence - 1)
                          # (round 38) "all 21 trapped men": all of them; (round 48) "Of the 23 people detained, 15
                          # have been charged" after "arrested 27 people": the whole the part is of
                          and not _participle_told_apart(doc, m, second)]
        if c == "evacuee" and "displaced" in np.modifiers:
            # (round 46) as "the 2,000 displaced people" read by its participle: no other scope
            candidates = [m for m in candidates if not _participle_told_apart(doc, m, second)]
        if kind_of_people:  # (review) "480 pupils ... all 46 children": a class is no school roll; within a factor of two
            candidates = [m for m in candidates if m.value and second.value and m.value / 2 <= second.value <= 2 * m.value]
        # (round 54) the general word told first ("Forty-two vessels ... all 44 ships"): within a factor of two too
        # (not "some 400 commercial vessels a day ... The two ships")
        candidates = [m for m in candidates if c not in HYPERNYMS.get(concept(doc, m), ())
                      or m.value and second.value and m.value / 2 <= second.value <= 2 * m.value]
        if all_of:
            candidates = [m for m in candidates if concept(doc, m) == c  # its own noun: not "131 nested in boxes"
                          or _clipped_to(doc, m, second, c)
                          # (round 53) "injured 12 crew members ... all 14 of the injured": those its verb told
                          or is_past_form(c) and m.kind == Kind.COUNT and _event_of_verb(doc, m, c)
                          or _done_past_origin(doc, m, second, c)]
            if _OF_PERSONAL_OWNER.match(doc.text, second.end):  # (round 33) "Independents held all three of their
                # seats" after "the council's 63 seats": a group's own, no restatement of a whole many times larger
                candidates = [m for m in candidates if m.value and second.value and m.value <= 2 * second.value]
        if c in _ELECTED_MEMBERS and "elected" not in np.modifiers:
            candidates = [m for m in candidates if not _seats_won(doc, m)]  # (round 23) "the party's 29 councillors"
        earlier = [m for m in candidates if (m.sentence >= second.sentence - _MAX_SENTENCE_GAP
                                             or told_in_headline_and_lead(doc, m)
                                             and (_retold_by_its_verb(doc, m, np) or _event_retold(doc, m, second, c, np)))
                   and not _SEQUENCE_BEFORE.search(doc.text, max(0, m.start - 12), m.start)
                   and not (_SOME_OF_AFTER.match(doc.text, m.end)
                            and not _ALL_BEFORE.search(doc.text, max(0, m.start - 8), m.start))]
        if second.kind == Kind.MONEY and (np.head or "").lower() in _FEE_WHOLE_NOUNS and np.adjacent:
            top = _fee_with_add_ons(doc, second)
            if top is not None:
                earlier = [top]  # (round 37) "€65m, rising to €75m with add-ons ... The €80m package": the whole fee
        if not earlier:
            continue
        earlier = [m for m in earlier if (_owner_known(det, _sentence(doc, m)) or refers is _population_told)
                   and not _owner_only_compared(doc, det, m)]
        # (round 43: "the island's" after "The 1,200 people of Nukulae": the place named, not called an island)
        if det in ("its", "their"):
            earlier = [m for m in earlier if not _owned_by_another_name(doc, m, second)]
        if det in ("his", "her"):
            earlier = [m for m in earlier if _PERSON_TOLD.search(_sentence(doc, m)) or doc.sentences[
                m.sentence].paragraph == doc.sentences[second.sentence].paragraph]
            owner = _NAMED_OWNER.search(doc.text, doc.sentences[second.sentence].start, second.start)
            if owner is not None:  # (round 28) "Megan Price converted 15 of her 19 attempts": her own, not another's
                earlier = [m for m in earlier if owner.group(2) in _sentence(doc, m)]
        if not earlier:
            continue
        agreeing = [m for m in earlier if agrees(m, second)]
        if agreeing:
            yield DefiniteRestatement(link="inferred", cue=det, first=agreeing[-1], second=second,
                                      subject=_subject(doc, second, c))
            continue
        if any(agrees(m, second) for m in candidates):
            continue  # restates an older mention
        if _given_before_as_is(doc, second):
            continue  # (round 21) "... backlog climbs to 7,260 jobs" / "About 1,500 jobs ... Clearing the 7,260 jobs"
        if any(not agrees(m, earlier[-1]) for m in earlier):
            earlier = _by_noun_after_participle(doc, second, np, earlier)  # (round 37) "the 21 injured passengers"
        if len(earlier) > 1:
            earlier = _wholes_not_their_parts(doc, earlier)
        first = earlier[-1] if earlier else None
        if first is None or any(not agrees(m, first) for m in earlier):
            continue  # several different antecedents: which one?
        if _placed_elsewhere(doc, second, np, first) or _owned_by_a_part(doc, second, np, first) \
                or _opened_as_a_part(doc, second, np, first):
            continue  # (round 35) "40 branches across Wales ... The 12 branches facing closure in Cardiff": some, placed
        if second.value is not None and first.value is not None and second.value < first.value \
                and _share_of_it_told(doc, first, second):
            continue  # (round 55) "A fifth of the 3,000 employees are based in Ghana. Of those 600 ...": the part told
        if second.value is not None and first.value is not None and second.value > first.value \
                and (_more_told_between(doc, first, second) if refers is not _died_told
                     else _more_died_between(doc, first, second)):
            continue  # (round 43) "Police charged 12 men. Two more were charged on Friday. ... all 14 defendants"
        if second.kind == Kind.MONEY and any(o.kind == Kind.MONEY and o.unit == second.unit and agrees(o, second)
                                             for o in doc.mentions_in(first.sentence)):
            continue  # (round 18) "cost £310m, up from an original estimate of £240m ... the £240m scheme"
        if whole_of_part and (first.sentence != second.sentence - 1 or first.kind != Kind.COUNT
                              or any(o is not first and o.kind == Kind.COUNT and concept(doc, o) == c
                                     for o in doc.mentions_in(first.sentence))
                              or re.match(r"\s+(?:more|further|other|others|additional|new)\b", doc.text[first.end:])
                              or re.search(r"\b(?:another|further|more|additional)\s+$", _before(doc, first, 20), re.I)
                              or any(VERB_CONCEPTS.get(w) == c for w in words(doc.text[second.end:doc.sentences[
                                  second.sentence].end])[2:])
                              or _digits_swapped(first, second)):
            continue  # the whole of a part restates only the one count of its set in the sentence before, not
            # one more, nor when the part does what the set is counted by ("Four people died at the scene. Two of the
            # six victims died later in hospital": the first is some of them); a digit swap is the slip finder's
        if det == "the run" and (first.sentence != second.sentence - 1 or _RUN_APART.search(_sentence(doc, second))):
            continue  # a streak restated only in the next sentence, nothing telling of another or a longer one
        if any(m.noun is None and m.kind == second.kind and agrees(m, second) and not _coarser(m, second)
               for m in in_sentences(qs, first.sentence, second.sentence)):
            continue  # "saved 27 homes and lost 72. The 72 homes ...": the figure whose noun was left out
        if _part_of_more(doc, first) and not _own_group_beside_another(doc, first, second) \
                or compares(doc, second) or change_role(doc, second):
            continue
        if _one_of_those_that(doc, first) and second.value is not None and first.value is not None \
                and second.value > first.value:
            continue  # (round 29) "The seat was one of six in the county to change hands ... all seven seats": those that did
        if second.noun in SEXED_NOUNS and first.noun in ("people", "persons") \
                and first.value is not None and second.value is not None and second.value < first.value:
            continue  # (round 27) "Eleven people were killed ... the nine dead men": the men among them
        if det in ("its", "their") and (_CUT_BEFORE.search(_before(doc, first, 30)) or _CUT_AFTER.match(
                doc.text, noun_phrase(doc, first).span.end if noun_phrase(doc, first).span else first.end)):
            continue  # "will lay off 1,200 workers. Its 2,300 employees ...": those cut are some of its whole
        if first.sentence == second.sentence:
            continue
        if extra and (not _told_as_added(doc, first) or _rate_after_noun(doc, first) != _rate_after_noun(doc, second)
                      or _SET_OF_ITS_OWN_AFTER.match(doc.text, np.span.end if np.span else second.end)
                      or _PRONOUN_CLAUSE_AFTER.match(doc.text, np.span.end if np.span else second.end)
                      or _EXTRA_OWN_AFTER.match(doc.text, np.span.end if np.span else second.end)
                      or _UNREAL.search(_sentence(doc, second))
                      or _times_added(doc, first, second)):
            continue  # "The wing has 480 beds ... the 120 extra beds": some more than those told; "the 210 extra beds
            # in its plan", "the 25 additional engineers it needs": more wanted, not those added; "30 flights a week";
            # (round 32 review) "the 60 extra beds for children", "the 45 extra pupils" last year, "would have been"
        if _some_of_holdings(doc, first, second, det, np.head):
            continue  # (round 30) "The trust runs six hospitals ... beds at the two hospitals": the ones hit
        if _heads_differ(doc, first, second, np):
            continue  # (round 28) "6,214 livestock entries ... the six livestock sections": a shared modifier only
        if _from_other_sources(doc, first, second):
            continue  # (round 56) "a €36,000 grant from the county arts fund ... the €63,000 award from the lottery"
        if _PICKED_BY_SUPERLATIVE.match(doc.text, np.span.end if np.span is not None else second.end) \
                or _picked_by_own_superlative(np.modifiers, noun_phrase(doc, first).modifiers) \
                or any(w in OTHER_SET and not (extra and w in _ADDED_WORDS) for w in noun_phrase(doc, first).modifiers) \
                or not extra and re.match(r"\s+(?:other|more|remaining|further|additional)\b", doc.text[first.end:first.end + 15]):
            continue  # (round 28) "the borough's 21 wards ... The four wards with the highest rates": some picked out;
            # "The two other candidates ... All seven candidates": the first some of the whole
        if _counts_other_unit(first, second):
            continue  # "won 17 of their 22 league matches ... the 12-team league": teams, not matches
        act_later = second.kind == Kind.MONEY and _deal_acted_on_later(doc, second, np, first)
        if years_differ(doc, first, second) and not (det == "all" and _deadline_only(doc, second)) \
                or months_differ(doc, first, second) \
                or opened_by_another_scope(doc, first, second) \
                or new_qualifier(doc, second, first, added=extra, act_later=act_later) \
                or first.kind == Kind.COUNT and _event_of_verb(doc, first, c) and (_other_year(doc, first, second) or _UPDATED.search(
                    doc.text, doc.sentences[second.sentence].start, second.start) or _event_noun_apart(doc, first, second, c)) \
                or c == "investment" and invested_apart(doc, first, second) \
                or det == "this" and _told_at_another_time(doc, first) \
                or _subset_of_split_whole(doc, first, second) \
                or _base_over_its_part(doc, first, second) and not (whole_of_part and _part_not_first(doc, first, second)) \
                or some_picked_by_clause(doc, first, second):
            continue
        if _other_occasion(doc, second, first) or _part_of_period(doc, first, second):
            continue  # "claimed a £1.2m jackpot. It beats the £800,000 won by ... in 2019"
        if _gap_stated(doc, first, second):
            continue  # "6,842 runners crossed the line ... Of the 7,215 who started, 373 did not finish"
        if _SUMMED_AFTER.match(doc.text, np.span.end if np.span else second.end, doc.sentences[second.sentence].end):
            continue  # "14 maximums to his rival's nine. The 23 maximums thrown between them": their sum
        if second.kind == Kind.MONEY and (_rate(doc, first) != _rate(doc, second) or _picked_by_date(doc, second)
                                          or _EACH.match(doc.text, first.end, doc.sentences[first.sentence].end)):
            continue  # "$1.2m to each of the six plaintiffs ... the $7.2m verdict"
        if second.kind == Kind.MONEY and (
                set(words(_ADVERB_FURTHER.sub(" ", _paired_ordinals_dropped(doc, second)))) & _ANOTHER
                - (_EARLIER_WORDS if _PREVIOUS_OBJECT.match(doc.text, np.span.end) else frozenset())
                or _WHEN_AFTER.match(doc.text, np.span.end, doc.sentences[second.sentence].end) and not act_later
                and not _when_is_first_year(doc, _WHEN_AFTER.match(doc.text, np.span.end).group(0), first)):
            continue  # "the £3m jackpot was shared by two other clubs", "the £2.1m jackpot last month"
        when = None if act_later else _WHEN_AFTER.match(doc.text, np.span.end, doc.sentences[second.sentence].end)
        if when and " ".join(when.group(0).lower().split()) not in " ".join(_sentence(doc, first).lower().split()) \
                and not _when_is_first_year(doc, when.group(0), first):
            continue  # "arrested 12 men ... The 40 arrests this season": counted over another time
        yield DefiniteRestatement(link="inferred", cue=det, first=first, second=second,
                                  subject=_subject(doc, second, c))


# (round 33) a deal named after a verb still to come that acts on it: "will vote on the", "is expected to approve the",
# "are due to rule on the"; then a time to come: "next month", "in September", "later this year"
_ACT_TO_COME = re.compile(r"\b(?:will|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\s+(?:[a-z]+\s+){1,2}?"
                          r"(?:on\s+|over\s+)?(?:the|its|their)\s+$")
_TIME_TO_COME = re.compile(r"\s+(?:next\s+(?:week|month|year|spring|summer|autumn|winter)|later\s+this\s+"
                           r"(?:week|month|year)|in\s+(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December))\b")
_DEAL_NOUNS = frozenset("deal takeover acquisition merger purchase sale buyout bid offer".split())
_AGREED_BEFORE = re.compile(r"\b(?:agreed|agrees|agreeing|offered|offers|bid|bids|buy|buying|bought|acquire|acquiring|"
                            r"acquired|sell|selling|sold)\b", re.I)


# (round 33 review) a part of the firm priced, not the whole: "agreed to buy 51% of Kappa for $600m", "a stake in"
_PART_BOUGHT = re.compile(r"%|\b(?:stake|half|part|portion|minority|majority)\b", re.I)


def _deal_acted_on_later(doc: Document, second: Mention, np, first: Mention) -> bool:
    """(round 33) "the $2.1bn takeover" named by a verb still to come, then a time to come ("Shareholders will vote on
    the $2.1bn takeover in September") after a price told with a verb of buying or agreeing ("agreed to buy its rival
    for $2.7 billion"): the time is the vote's, the deal the one agreed."""
    if np.span is None or singular(np.head or "") not in _DEAL_NOUNS:
        return False
    return _ACT_TO_COME.search(doc.text, max(doc.sentences[second.sentence].start, second.start - 50), second.start) \
        is not None and _TIME_TO_COME.match(doc.text, np.span.end, doc.sentences[second.sentence].end) is not None \
        and _AGREED_BEFORE.search(doc.text, max(doc.sentences[first.sentence].start, first.start - 60), first.start) \
        is not None and not _PART_BOUGHT.search(doc.text, max(doc.sentences[first.sentence].start, first.start - 60),
                                                first.start)


# (round 30) a count of all that an owner holds: "its three farms", "runs 12 stores", "operates nine depots"
# (not the whole a part is taken from: "winning 31 of its 57 seats")
_HOLDINGS_BEFORE = re.compile(r"(?<!\bof\s)\b(?:its|their|(?:runs?|running|operates?|operating|owns?|owning|manages?|"
                              r"managing|has|have)\s+(?:(?:some|about|around|roughly|nearly|almost|more\s+than)\s+)?)\s*$",
                              re.I)


def _some_of_holdings(doc: Document, first: Mention, second: Mention, det: str, head: str | None) -> bool:
    """(round 30) The first count is all an owner holds ("employs 40 people across its three farms", "The trust runs
    six hospitals") and a later, smaller "the N" of the same things is those of them the story is about ("beds at
    the two hospitals"): some of the whole, often named one by one before, no restatement of it (not "all 14
    stores" nor "its two sites": the whole again; nor a larger "the N": no subset; nor people: "affecting its 312
    students ... the 231 students would be offered places" restates them all)."""
    return det == "the" and first.kind == second.kind == Kind.COUNT and first.value is not None \
        and second.value is not None and 0 < second.value < first.value \
        and (head or "").lower() not in PEOPLE and (first.noun or "").lower() not in PEOPLE \
        and _HOLDINGS_BEFORE.search(doc.text, max(0, first.start - 30), first.start) is not None


def _coarser(m: Mention, second: Mention) -> bool:
    """(round 25) ``m`` is stated to a coarser unit than ``second`` ("£1.5 million" beside "£1.48 million"): it may
    agree with ``second`` by its rounding, but ``second`` is not it told again."""
    return m.precision is not None and second.precision is not None and m.precision > second.precision


def _clipped_to(doc: Document, m: Mention, second: Mention, c: str) -> bool:
    """(round 24) A count of "MODIFIER NOUNs" whose modifier, made a noun, is the restatement's noun: "runs 17 primary
    schools ... all 19 of the trust's primaries" (only after "all N of the ...", the whole told as such; a tie this
    loose holds only between figures within a factor of two: "400 hospital beds ... all 3 of its hospitals" is none)."""
    if m.kind != Kind.COUNT or not m.value or not second.value or not m.value / 2 <= second.value <= 2 * m.value:
        return False
    np = noun_phrase(doc, m)
    return bool(np.head and np.adjacent and np.modifiers and _plural(np.head)) and singular(np.modifiers[-1]) == c \
        and singular(np.head) != c and np.modifiers[-1].lower() in _CLIPPED_ADJECTIVES


# (round 56) a count's noun, where its people come from, then what was done to them: "Nine climbers from the Graz
# alpine club were hurt"
_ORIGIN_THEN_PARTICIPLE = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:(?:have|has|had)\s+)?"
                                     r"(?:been|were|was)\s+([a-z]{4,}ed|hurt)\b")


def _done_past_origin(doc: Document, m: Mention, second: Mention, c: str) -> bool:
    """(round 56) "all N of the PARTICIPLE NOUN" after a count of the same noun told, past where they come from, as done
    to by that participle: "Nine climbers from the Graz alpine club were hurt ... all 11 of the hurt climbers" (the
    noun after the participle, when there is one, is the count's own)."""
    np = noun_phrase(doc, m)
    if m.kind != Kind.COUNT or not np.adjacent or np.span is None or not is_past_form(c):
        return False
    told = _ORIGIN_THEN_PARTICIPLE.match(doc.text, np.span.end, doc.sentences[m.sentence].end)
    if told is None or c not in (told.group(1), _EVENT_NOUNS.get(told.group(1))):
        return False
    after = re.match(r"\s+of\s+the\s+[a-z]+\s+([a-z]+)", doc.text[second.end:doc.sentences[second.sentence].end])
    return after is None or singular(after.group(1)) == singular(np.head) or after.group(1) in _NP_STOP


# (round 24) endings of an adjective a writer turns into a noun ("primary schools" -> "primaries", "national
# newspapers" -> "nationals"); a noun modifier does not clip so ("school buses" are no "schools")
_CLIPPED_ADJECTIVES = frozenset("""primary secondary national regional local international junior senior
    independent comprehensive private domestic electric original classic digital hybrid""".split())


# (round 24) a qualifier after a restating participle picks out a part: "lent to first-time buyers", "won by ..."
# what makes "the £1.2bn lent ..." a part or another sum, not the whole: whom or where ("to first-time buyers", "by a
# rival appeal", past "so far"), or a time set apart from the first's ("before the pandemic", "then"; "in March" may
# be the first's own time: ``_when_is_first_year`` and the dated readings judge it)
_PART_QUALIFIER_AFTER = re.compile(r"(?:\s+(?:so\s+far|to\s+date))?\s+(?:to|for|by|on|under|through|from|towards|into"
                                   r"|via|with|at|among|outside|before|after|until|during|then)\b",
                                   re.I)


def _retold_by_its_verb(doc: Document, first: Mention, np: NounPhrase) -> bool:
    """(round 24) The restatement is named by the first figure's own verb, as a participle right after it: "lent a
    record £2.36 billion ... the £2.36bn lent last year", "fined the bank £31m ... the £31m fine"."""
    if np.head is None or not np.adjacent or len(np.head) < 3 or _PART_QUALIFIER_AFTER.match(doc.text, np.span.end):
        return False  # "the £1.2bn lent to first-time buyers": a part of it, qualified
    head, stem = np.head.lower(), _stem(np.head)
    return any(w == head or len(w) >= 4 and len(head) >= 4 and _stem(w) == stem
               for w in words(_before(doc, first, 40))[-4:])  # "won £3.5m ... the £4.5m won"


_EVENT_CONCEPTS = frozenset(VERB_CONCEPTS.values())
# (round 25) what makes a restatement another set: "the 46 sites where no signs were found", "the 12 killed in ..."
_SET_OF_ITS_OWN_AFTER = re.compile(r"\s*(?:,\s*)?(?:that|who|whom|which|where|when|whose|in|at|on|from|of|with|without|"
                                   r"under|over|aged|[a-z]+ed)\b", re.I)


def _event_retold(doc: Document, first: Mention, second: Mention, c: str, np: NounPhrase) -> bool:
    """(round 25) The restatement names the event the first figure's verb tells, bare: "killing 37 people" ...
    (thirteen sentences on) "Of the 37 victims, nine were children" (not "the 46 sites where no signs were found":
    a set of its own; only the concepts a verb gives, victims, evacuees, arrests: a thing's own noun may count
    another set of it; nor right after a sentence telling of another year: "The same road saw a worse crash in 2019.
    The 14 victims were ...")."""
    if c not in _EVENT_CONCEPTS or concept(doc, first) != c or np.modifiers or np.span is None:
        return False
    told = years(doc, first.sentence)
    return not _SET_OF_ITS_OWN_AFTER.match(doc.text, np.span.end) \
        and not any(years(doc, k) - told for k in range(max(first.sentence + 1, second.sentence - 1), second.sentence + 1))


def _retold_by_its_participle(doc: Document, first: Mention, np: NounPhrase) -> bool:
    """(round 25) The restatement is named by the very past participle of the first figure's verb: "has raised £1.84
    million ... the £1.84 million raised so far" (not "Volunteers counted 18,640 birds ... The 42 counters", nor
    "with volunteers counting 412 pairs ... the group's 57 volunteers": a noun is no participle)."""
    head = (np.head or "").lower()
    if not (head.endswith("ed") or head in IRREGULAR_PAST) or not np.adjacent or len(head) < 3 \
            or _PART_QUALIFIER_AFTER.match(doc.text, np.span.end):
        return False  # (the checks of ``_retold_by_its_verb``, which may match a stem; here the very word)
    return head in words(_before(doc, first, 40))[-4:]


def _given_before_as_is(doc: Document, second: Mention) -> bool:
    """(round 21) The restatement's very value, of three significant digits or more, was given earlier, the headline
    included, any distance back and under any noun: "Repairs backlog climbs to 7,260 jobs" /
    "had 7,260 outstanding repairs ... About 1,500 jobs will go to contractors ... Clearing the 7,260 jobs will take":
    it restates that figure, not the nearer one of its noun (read only once a restatement would disagree)."""
    unit = (second.unit or "").lower()
    for m in _quantities_by_value(doc, second.kind).get(second.value, ()):
        if m.start >= second.start:
            break
        if m.is_range or (m.unit or "").lower() != unit:
            continue
        if len(re.sub(r"\D", "", m.text).strip("0")) >= 3:
            return True  # (a short figure may be the one mistyped: "Five towns ..." / "Six towns ... the five towns")
    return False


def _mention_starts_at(doc: Document, pos: int) -> bool:
    """A mention starts at ``pos`` (the first at or after it, by bisection)."""
    m = doc.mention_at_or_after(pos)
    return m is not None and m.start == pos


def _quantities_by_value(doc: Document, kind: Kind) -> dict:
    """``quantities(doc, kind)`` by value, each value's in text order: grouped once per document (a restatement
    looks for its value any distance back)."""
    key = ("restatements: quantities by value", kind)
    found = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = {}
        for m in quantities(doc, kind):
            found.setdefault(m.value, []).append(m)
    return found


# (round 19) the whole of a part, then the part's own verb: "Nine of the 16 people detained have since been charged"
_WHOLE_THEN_VERB = re.compile(r"(?:\s+[a-z]+ed)?\s+(?:have|has|had|were|was|are|is|will|would|remain\w*|appear\w*|"
                              r"face[sd]?|facing)\b")
# a count over a time that may be longer than the first's: "so far", "in total", "since the riot began"
_CUMULATIVE = re.compile(r"\b(?:so\s+far|in\s+total|altogether|in\s+all|to\s+date|overall|since\s+(?!been\b)|"
                         r"over\s+the|during\s+the|this\s+(?:year|season|month|week)|across|nationwide|nationally|in\s+recent|"
                         r"in\s+connection|in\s+relation)\b",
                         re.I)


def _digits_swapped(a: Mention, b: Mention) -> bool:
    """"Fourteen ... Nine of the 41 hurt": the same digits in another order, left to the slip finder (FC406)."""
    return a.value != b.value and a.value is not None and b.value is not None \
        and sorted(str(a.value)) == sorted(str(b.value))


def _whole_of_part(doc: Document, second: Mention) -> bool:
    """(round 19) "Nine of the 16 people detained have since been charged": a count of the part right before "of the"
    and the whole given whole again, its noun (and a participle) then the part's verb, no time that may make it a
    running total ("so far", "since the riot began", "this season")."""
    if second.kind != Kind.COUNT or not re.search(r"\bof\s+the\s+$", _before(doc, second, 10), re.I):
        return False
    part = next((o for o in doc.mentions_in(second.sentence) if o.kind == Kind.COUNT and o.value is not None
                 and re.fullmatch(r"\s+of\s+the\s+", doc.text[o.end:second.start], re.I)), None)
    if part is None or second.value is None or part.value >= second.value or part.hedge:
        return False
    np = noun_phrase(doc, second)
    end = np.span.end if np.span is not None else second.end
    # (round 37) or the object of a past verb, closing its clause: "The coast guard rescued 39 of the 52 passengers;"
    object_of = _PAST_VERB_BEFORE.search(doc.text, max(0, part.start - 24), part.start) is not None \
        and _CLAUSE_CLOSES.match(doc.text, end) is not None
    return bool(_WHOLE_THEN_VERB.match(doc.text, end) or object_of) and not _CUMULATIVE.search(_sentence(doc, second))


_PAST_VERB_BEFORE = re.compile(r"\b(?:rescued|saved|freed|evacuated|released|recovered|found|identified|treated|"
                               r"pulled|airlifted|winched|accounted\s+for|traced|located)\s+$", re.I)
# (round 42: "accounted for 49 of the 62 passengers and crew.")
_CLAUSE_CLOSES = re.compile(r"(?:\s+and\s+crew(?:\s+members)?)?(?:\s+(?:on\s+board|aboard|inside|alive))?"
                            r"\s*(?:[;.]|,\s+(?:and|but|while)\b|$)", re.I)


def _counts_other_unit(first: Mention, second: Mention) -> bool:
    """The second is a size written as a modifier ("the 12-team league") whose unit is not what the first
    counts ("22 league matches")."""
    if not second.compound or "-" not in second.text or not first.noun:
        return False
    unit = second.text.rsplit("-", 1)[1].lower()
    if first.compound and "-" in first.text:
        return first.text.rsplit("-", 1)[1].lower() != unit  # "the 64-page report ... the 46-page report": one unit
    counted = first.noun.split()[-1].lower()
    if unit in _MEMBERS_UNITS:
        return False  # (round 27) "28 volunteer crew ... the 24-strong crew": a count of the noun's own members
    return unit.isalpha() and singular(counted) != unit and counted != unit


# (round 27) a modifier's unit that counts the members of the noun it sizes: "the 24-strong crew", "a 40-member board"
_MEMBERS_UNITS = frozenset({"strong", "member", "man", "woman", "person"})


_SQUAD_NOUNS = frozenset("squad team party crew delegation contingent panel side group".split())
_SQUAD_MEMBERS = frozenset("player member athlete rider cyclist runner swimmer competitor".split())
_SQUAD_OF_BEFORE = re.compile(r"\b(?:a|an|the|its|their)\s+(?:" + "|".join(sorted(_SQUAD_NOUNS)) + r")\s+of\s+$", re.I)


def _squad_of(doc: Document, m: Mention, c: str) -> bool:
    """(Round 37) A group sized by its members, "a 23-man squad", restated by the members: "all 25 players";
    (round 38) or "a team of 14 volunteers" / "a crew of 14", restated by "all 12 members of the team"."""
    if c not in _SQUAD_MEMBERS or m.kind != Kind.COUNT:
        return False
    if _SQUAD_OF_BEFORE.search(doc.text, max(0, m.start - 30), m.start):
        return True
    if not m.compound or "-" not in m.text:
        return False
    np = noun_phrase(doc, m)
    return m.text.rsplit("-", 1)[1].lower() in _MEMBERS_UNITS and np.adjacent \
        and singular((np.head or "").lower()) in _SQUAD_NOUNS


_CUT_BEFORE = re.compile(r"\b(?:lay(?:s|ing)?\s+off|laid\s+off|cut(?:s|ting)?|axe[sd]?|axing|shed(?:s|ding)?|"
                         r"los(?:e|es|t|ing)|mak(?:e|es|ing)\s+redundant|made\s+redundant|sack(?:s|ed|ing)?|"
                         r"furlough(?:s|ed|ing)?)\s+(?:(?:about|around|some|up\s+to|nearly|almost|another|a\s+further)\s+)?$",
                         re.I)
_CUT_AFTER = re.compile(r"\s+(?:(?:will|would|could|may|are\s+to|were|are|have\s+been|had\s+been)\s+)?(?:be\s+)?"
                        r"(?:lose|lost|losing)\s+(?:their|his|her)\s+jobs|\s+(?:(?:will|would|could|may|are\s+to|were|are|have"
                        r"\s+been|had\s+been)\s+)?(?:be\s+)?(?:laid\s+off|made\s+redundant|axed|sacked|furloughed)\b|"
                        r"\s+(?:will\s+|could\s+|now\s+)?face\s+(?:redundancy|the\s+sack)\b", re.I)
# "won five of the next seven legs", "the last three games": a stretch of a longer run, no whole to restate
_SEQUENCE_BEFORE = re.compile(r"\b(?:next|last|first|final|opening|closing)\s+$", re.I)
# "885 of its members backed strikes": some of the noun's things, not their number
_SOME_OF_AFTER = re.compile(r"\s+of\s+(?:its|their|his|her|our|the|those|these|all)\s", re.I)
_ALL_BEFORE = re.compile(r"\b(?:all|every|both)\s+$", re.I)  # "all 40 of its stores": the whole
# ((round 51) not "left" with an object or a time: "the 23 witnesses left the stand")
# ("left" with an object is a verb: "the $8,142 close left prices where ...", "left them short" -- round 60)
REST_AFTER = re.compile(r"\s+(?:left(?!\s+(?:the|a|an|his|her|their|its|after|behind|him|them|it|us|me)\b)"
                        r"(?!\s+(?!(?:as|is|was|has|across|towards|plus|less|unless|thus)\b)[a-z]+s\b)|remaining|unsold|outstanding|"
                        r"yet\s+to|still\s+(?:missing|trapped|unaccounted|"
                        r"unsold|unclaimed|outstanding|stranded|waiting|awaiting|held|detained|open|unpaid|left|"
                        r"available|in|on|to|at|inside|without|being|cut\s+off|off|down|closed|shut|flooded|"
                        # (round 50) "The 2,430 homes still cut off": what remains of those the first counted
                        r"blocked|homeless|displaced|evacuated|offline|dark|empty))\b", re.I)
_ANOTHER = OTHER_SET | frozenset("another separate second different rival previous earlier".split())
# (round 21) "further" as an adverb names no other sum: "confirmed the £45.7m deal but declined to comment further."
_ADVERB_FURTHER = re.compile(r"\bfurther(?=\s*(?:[.,;:!?)\"”]|$|than\b|afield\b))", re.I)
# (round 25) "the first in January and the second in April" after the figure: its parts in order, no other sum
# parts named in turn, each with its own article: "the first in January and the second in April" (not "the first and
# second plots together": one set of both)
_FIRST_THEN_SECOND = re.compile(r"(\bthe\s+first\b[^.;]*?\bthe\s+)second\b", re.I)


def _paired_ordinals_dropped(doc: Document, m: Mention) -> str:
    """(round 25) ``m``'s sentence with the "second" of a "first ... second" pair after ``m`` left out: "the £1.84
    million raised so far would be paid out in two rounds, the first in January and the second in April" names the
    parts of that sum in turn, not a second sum."""
    s = doc.sentences[m.sentence]
    return doc.text[s.start:m.end] + _FIRST_THEN_SECOND.sub(r"\1", doc.text[m.end:s.end])


_WHEN_AFTER = re.compile(r"\s+(?:(?:last|this|next|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend|spring|"
                         r"summer|autumn|winter|season|quarter|term)|earlier|previously|in\s+(?:19|20)\d\d)\b", re.I)
_EACH = re.compile(r"[^.;]{0,40}?\b(?:each|apiece|per\s+(?:person|head|claimant|plaintiff|victim|family))\b", re.I)
_DATED_PARTICIPLE = re.compile(r"\s+[a-z]+ed\s+(?:on|in|last|this|earlier|yesterday|today)\b")


def _when_is_first_year(doc: Document, when: str, first: Mention) -> bool:
    """(round 24) A time after a restated sum names the very year the first figure's sentence gives: "lent £2.4bn in 2024
    ... the £2.4bn lent last year" (published in 2025), "... the £2.4bn lent in 2024"."""
    given = years(doc, first.sentence)
    phrase = " ".join(when.lower().split())
    if not given:
        return False
    digits = re.search(r"(?:19|20)\d\d", phrase)
    if digits:
        return int(digits.group(0)) in given
    return doc.published is not None and phrase in _YEAR_STEP and doc.published.year + _YEAR_STEP[phrase] in given


# (round 26) a participle, a short phrase and a part of a year ("lent to small firms in the last quarter", "paid out
# during the second half", "sold in December"): a piece of a period
_PARTICIPLE_IN_PERIOD = re.compile(
    r"(?:\s+(?:of|in)\s+[a-z]+)?\s+(?:(?:it|they|we|he|she)\s+)?(?:[a-z]{2,}(?:ed|en)|lent|paid|" + IRREGULAR_PARTICIPLES + r")"
    r"(?:\s+(?!(?:in|during|over)\b)[a-z]+){0,3}?\s+(?:in|during|over)\s+(?P<when>(?:the\s+)?(?:first|second|third|"
    r"fourth|final|last|closing|opening)\s+(?:(?:two|three|four|six|few)\s+)?(?:quarter|half|months?|weeks?)|"
    + "|".join(MONTH_NAMES) + r")\b")


def _part_of_period(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 26) ``second`` is picked by a participle and a part of a year its sentence names and ``first``'s does
    not ("The bank lent £2.4bn to small firms last year. The £900m lent to them in the last quarter ..."): a part of
    the year's figure, not it told again."""
    when = _PARTICIPLE_IN_PERIOD.match(doc.text, second.end, doc.sentences[second.sentence].end)
    return when is not None and " ".join(when.group("when").lower().split()) not in " ".join(
        _sentence(doc, first).lower().split())


def _picked_by_date(doc: Document, m: Mention) -> bool:
    """"the £50m order announced on Monday": a participle and a date pick out one of several."""
    np = noun_phrase(doc, m)
    end = np.span.end if np.span else m.end
    return bool(_DATED_PARTICIPLE.match(doc.text, end, doc.sentences[m.sentence].end))


# ---- the sides of a vote tally ---------------------------------------------

_FOR_VERBS = frozenset("""approved approve approves backed back backs passed pass passes carried endorsed endorse
    endorses supported adopted adopt accepted accept accepts ratified ratify agreed agree won""".split())
_AGAINST_VERBS = frozenset("""rejected reject rejects defeated defeat threw thrown blocked block opposed oppose
    vetoed veto overturned overturn scrap scrapped""".split())
_FOR_NOUNS = frozenset("supporters supporter backers proponents advocates yes favour".split())
_AGAINST_NOUNS = frozenset("opponents opponent objectors critics detractors no against opposed".split())
_TALLY_GAP = re.compile(r"\s+(?:votes?\s+)?to\s+$")
_SIDE_AFTER = re.compile(r"\s*(?:votes?\s+)?(?:(?:were\s+)?cast\s+)?(in\s+favou?r|for|against|backing|supporting|"
                         r"opposing)\b", re.I)
_MARGINS = frozenset({"margin", "majority"})
# (round 37) who the voters on a side included: a description of them, no other place or ballot
_MEMBERS_NAMED = re.compile(r"\b(?:included|include|includes|including|among\s+them|were\s+mostly|were\s+all)\b", re.I)
_OTHER_BALLOT = frozenset("rival another second separate previous earlier other last new fresh among".split())


def _side_of_verb(ws: list[str]) -> str | None:
    """"rejected the plan by": which side the first figure of the tally counts."""
    for i in range(len(ws) - 1, -1, -1):
        w = ws[i]
        if w in _AGAINST_VERBS or w in ("down", "out") and i and ws[i - 1] in ("voted", "turned", "threw", "thrown"):
            return "against"
        if w == "against" and i and ws[i - 1] == "voted":
            return "against"
        if w in _FOR_VERBS or w in ("for", "favour") and i and ws[i - 1] in ("voted", "in"):
            return "for"
        if w == "voted" and ws[i + 1:i + 2] == ["to"]:
            return "for"  # "voted to strike by 1,420 votes to 380"
    return None


def _tallies(doc: Document) -> dict:
    """Vote tallies "by 2,814 votes to 2,106": {first mention: (side, other mention)}, both ways."""
    found = doc.memo.get("restatements: tallies")
    if found is not None:
        return found
    found = doc.memo["restatements: tallies"] = {}
    qs = quantities(doc, Kind.COUNT, Kind.PERCENT)
    for a, b in zip(qs, qs[1:]):
        if a.sentence != b.sentence or a.kind != b.kind or not _TALLY_GAP.match(doc.text[a.end:b.start]):
            continue
        clause = re.split(r"[;:]", _before(doc, a, 100))[-1]
        if concept(doc, a) != "vote" and not (noun_phrase(doc, a).head is None and words(clause)[-1:] == ["by"]
                                              and _BALLOT_WORDS & set(words(clause))):
            continue  # "voted against the plan by 612 to 489"
        later = words(re.split(r"[,;:]", _after(doc, b, 40))[0])[:3]  # "voted by 28 votes to 17 to approve"
        contest = _CONTEST.search(clause)  # "Smith beat Jones by 2,814 votes to 2,106"
        if contest:
            winner, loser = (contest.group(1).split()[-1].lower(), contest.group(2).split()[-1].lower())
            if winner != loser:
                found[a] = ("name:" + winner, b)
                found[b] = ("name:" + loser, a)
            continue
        side = _side_of_verb(words(clause)[-8:])
        if side is None and (later[:1] in (["to"], ["against"]) or later[:2] == ["in", "favour"]):
            side = _side_of_verb(later[:3])
        if side:
            found[a] = (side, b)
            found[b] = ("for" if side == "against" else "against", a)
    for a, b, side in _decided_scores(doc):
        found[a] = (side, b)
        found[b] = ("for" if side == "against" else "against", a)
    return found


# (round 33) a measure decided by a body, its tally told as a score: "The bill cleared the Senate 58-41", "The board
# approved the plan 7-2" (not "won 3-1": a match)
_MEASURE_DECIDED = re.compile(r"\b(?:passed|approved|backed|cleared|carried|adopted|ratified|endorsed|rejected|"
                              r"defeated|blocked|vetoed)\s+(?:[\w'’$£€.,-]+\s+){0,5}?(?:by\s+)?$", re.I)  # (round 37) a sum
_DECIDED_AS = {"cleared": "passed", "vetoed": "blocked"}


def _decided_scores(doc: Document):
    """(round 33) The two sides of a score that tallies a vote on a measure, with the side of the first:
    "The bill cleared the Senate 58-41" -> (58, 41, "for"); "Councillors rejected the scheme 9-4" -> (9, 4,
    "against") (the verb of deciding in the score's clause, just before it)."""
    from .sums import _TALLY, _side
    for m in doc.mentions:
        tally = _TALLY.match(m.text) if m.kind == Kind.SCORE else None
        if tally is None:
            continue
        decided = _MEASURE_DECIDED.search(doc.text, max(doc.sentences[m.sentence].start, m.start - 60), m.start)
        if decided is None:
            continue
        verb = words(decided.group(0))[0]
        side = _side_of_verb([_DECIDED_AS.get(verb, verb)])
        if side is not None:
            yield _side(m, *tally.span(1), tally.group(1)), _side(m, *tally.span(2), tally.group(2)), side


_BALLOT_WORDS = frozenset({"voted", "vote", "voters", "ballot", "referendum"})
_CONTEST = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+"
                      r"(?:beat|beats|defeated|defeats|edged|ousted|unseated|"
                      r"held\s+off|saw\s+off)\s+(?:[a-z]+\s+){0,3}([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
                      r"(?:[^.;]{0,60}?)\s+by\s+$")
_POLLED = re.compile(r"\b([A-Z][\w'’-]+)(?:['’]s\s+|\s*,\s*who\s+(?:had\s+)?(?:polled|won|received|got|took|"
                     r"secured|gained)\s+|\s+(?:polled|won|received|got|took|secured|gained)\s+)$")


# (round 21) also a side told by its verb after "who": "The 321 members who backed it", "the 40 who opposed the bill"
_VOTED_SIDE = re.compile(r"\s+(?:who\s+|that\s+)?(?:had\s+)?voted\s+(in\s+favou?r|for|against|no|yes)\b|"
                         r"\s+(?:who|that)\s+(?:had\s+)?(backed|supported|opposed|rejected)\s+(?:it|the\s+[a-z]+)\b"
                         r"(?!\s+(?:from|in|on|among|of|at|across)\b)", re.I)  # not "... who backed it from the left"


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # (round 21) "The 241 MPs who supported it": a plural of voters


def _voters_side(doc: Document, m: Mention) -> str | None:
    """"13 councillors who voted against", "180 MPs in favour": a count of voters and their side."""
    np = noun_phrase(doc, m)
    end = doc.sentences[m.sentence].end
    if np.head is None or not np.adjacent:
        after = _VOTED_SIDE.match(doc.text, m.end, end)  # "The 2,010 who voted in favour"
        if not after or not re.match(r"\s+(?:who|that)\b", doc.text[m.end:end]):
            return None
    elif np.span is None or not (_plural(np.head or "") or _ACRONYM_PLURAL.fullmatch(doc.text, np.span.start, np.span.end)) \
            or any(w not in NEUTRAL for w in np.modifiers):
        return None
    else:
        after = _VOTED_SIDE.match(doc.text, np.span.end, end) or _SIDE_AFTER.match(doc.text, np.span.end, end)
    if not after:
        return None
    side = (after.group(1) or after.group(2) or "").lower()
    return "against" if side.startswith(("against", "oppos", "no", "reject")) else "for"


def _restated_side(doc: Document, m: Mention) -> str | None:
    """"votes cast in favour", "Opponents, who mustered 183 votes": the side a vote count is given for;
    "name:jones" for "Jones, who polled 2,601 votes"."""
    if concept(doc, m) != "vote":
        return _voters_side(doc, m)
    polled = _POLLED.search(_before(doc, m, 40))
    if polled and polled.group(1).lower() not in _FOR_NOUNS | _AGAINST_NOUNS | _NP_STOP:
        return "name:" + polled.group(1).lower()
    after = _SIDE_AFTER.match(doc.text, m.end, doc.sentences[m.sentence].end)
    if after:
        return "against" if after.group(1).lower().startswith(("against", "oppos")) else "for"
    before = words(_before(doc, m, 80))
    sides = {"for" for w in before if w in _FOR_NOUNS} | {"against" for w in before if w in _AGAINST_NOUNS}
    return sides.pop() if len(sides) == 1 else None


_STATED_MARGIN_BEFORE = re.compile(r"\b" + _MARGIN_OF + r"\s+$", re.I)
# (round 28) "won by 312 votes", "beat Jones by 312", "Smith's lead of"... the margin after a verb of winning and "by"
_WON_BY = re.compile(r"\b(?:won|wins|win|beat|beats|beating|defeated|defeating|edged|edging|pipped|ousted|lost|lose|"
                     r"losing|held|holds|hold)\b[^,;.:]{0,40}?\bby\s+(?:a\s+margin\s+of\s+|just\s+|only\s+)?$", re.I)
_WON_BY_TRIGGER = ("by",)  # (round 29, speed) what every match of _WON_BY holds
_STATED_MARGIN_AFTER = re.compile(r"\s+(?:votes?\s+)?(?:ahead\s+of|clear\s+of)\b", re.I)
_BASE_BEFORE = re.compile(r"\b(?:of|from)\s+(?:the|all|a\s+total\s+of)\s+$", re.I)
_VOTING = re.compile(r"\b(?:votes?|voted|ballots?|polled|poll)\b", re.I)
_AGAINST_GAP = re.compile(r"\b(?:against|to|versus|vs)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:['’]s)?\s+)*"
                          r"(?:[a-z]+['’]s\s+)?$")
# round 22: "to the Green candidate's 15,980": "the", the side's name, then a possessive common noun


def _wholes_not_their_parts(doc: Document, earlier: list[Mention]) -> list[Mention]:
    """(round 56) Of the candidate antecedents, those not told as some of another in its aside: "Twelve ponies,
    including three foals, were rehomed ... all ten ponies": the three are some of the twelve, not another set."""
    return [m for m in earlier if not any(o is not m and _in_aside(doc, o, m) for o in earlier)]


def _count_after_margin(doc: Document, margin: Mention, o: Mention) -> bool:
    """``o`` counts other things after the stated margin: "a majority of 3,462, after two recounts" (round 22)."""
    return o.start > margin.end and o.noun is not None and concept(doc, o) not in ("vote", None)


# (round 34, speed) the stated margin and the two tallies it separates are three counts, and the sentence holding
# them must name a vote: every match of ``_VOTING`` holds "vote", "ballot" or "poll" (195 of the 2,116 corpus
# articles do)
@needs(Kind.COUNT, count=3)
@needs(words=("vote", "ballot", "poll"))
def find_stated_majorities(doc: Document):
    """A winner's majority stated beside the two tallies it separates, in one sentence: "won with 1,027
    votes, 143 ahead of Peter Grant on 884", "won 15,442 of the 28,548 valid votes, against 10,106 for
    No, a majority of 5,336" (the base after "of the" is no tally); silent with a third tally or a hedge."""
    if "ahead" not in doc.text and "majority" not in doc.text and "margin" not in doc.text and " by " not in doc.text:
        return
    for m in doc.mentions:
        if m.kind != Kind.COUNT or m.value is None or m.hedge or m.is_range or m.compound:
            continue
        s = doc.sentences[m.sentence]
        lead = max(s.start, m.start - 60)
        won_by = _WON_BY.search(doc.text, lead, m.start) if holds_any(doc.text[lead:m.start], _WON_BY_TRIGGER) else None
        if not (_STATED_MARGIN_BEFORE.search(doc.text, max(s.start, m.start - 14), m.start)
                or _STATED_MARGIN_AFTER.match(doc.text, m.end, s.end) or won_by):
            continue
        tallies = [o for o in doc.mentions_in(m.sentence) if o is not m and o.kind == Kind.COUNT
                   and not _BASE_BEFORE.search(doc.text, max(s.start, o.start - 14), o.start)
                   and not _count_after_margin(doc, m, o)]
        if len(tallies) != 2 or any(o.value is None or o.hedge or o.is_range or o.compound for o in tallies) \
                or not all(concept(doc, o) == "vote" or concept(doc, o) is None for o in tallies) \
                or not _VOTING.search(doc.sentence_text(m.sentence)):
            continue
        a, b = sorted(tallies, key=lambda o: -o.value)
        if b.value >= a.value or m.value >= a.value:
            continue  # the majority is smaller than the winner's tally
        pair_after = won_by is not None and m.end < a.start < b.start and _AGAINST_GAP.search(doc.text, a.end, b.start)
        if not pair_after and (b.start > m.end and re.search(r"[,;]", doc.text[m.end:b.start]) or b.start < m.start and not (
                a.end <= b.start and _AGAINST_GAP.search(doc.text, a.end, b.start))):
            continue  # the runner-up's figure told with the margin ("143 ahead of Grant on 884") or set
            # against the winner's ("..., against 10,106 for No"); not "..., with Labour on 412" (round 28: "beat
            # Jones by 312 votes, 4,210 to 3,798", the pair right after a won-by margin)
        if won_by is not None and not pair_after and not (a.end <= b.start < m.start
                                                          and _AGAINST_GAP.search(doc.text, a.end, b.start)):
            continue  # (round 28) a won-by margin needs its two tallies set against each other
        gap = replace(a, text=f"{a.text} - {b.text}", value=a.value - b.value, interval=a.interval - b.interval)
        yield DefiniteRestatement(link="inferred", cue="margin", first=gap, second=m, subject="margin")


def _tally_set_beside_another(doc: Document, last: Mention) -> bool:
    """(round 34) The rest of the tally's sentence compares it with another ballot ("51-49, a narrower margin
    than the 54-46 vote that approved an earlier version"): a side told later may belong to either."""
    rest = set(words(doc.text[last.end:doc.sentences[last.sentence].end]))
    return bool(rest & _OTHER_BALLOT) and bool(rest & {"than", "after", "before", "unlike", "compared"})


def find_tally_restatements(doc: Document):
    """A side of a tally given again: "rejected the plan by 2,814 votes to 2,106 ... Supporters, who won
    2,601 votes"; silent when the figure is the other side's, or another ballot is named."""
    tallies = _tallies(doc)
    if not tallies:
        return
    firsts = sorted({min(a, b, key=lambda x: x.start): None for a, (_, b) in tallies.items()}, key=lambda x: x.start)
    for second in quantities(doc, Kind.COUNT, Kind.PERCENT):
        # the one tally told just before, found first: most figures of a long text stand near none
        previous = [a for a in in_sentences(firsts, second.sentence - _MAX_SENTENCE_GAP, second.sentence + 1)
                    if tallies[a][1].end < second.start]
        if len(previous) != 1 or second in tallies or second.hedge or _part_of_more(doc, second):
            continue
        np = noun_phrase(doc, second)
        margin = (np.head in _MARGINS and concept(doc, second) == "vote"
                  or bool(re.search(r"\b(?:majority|margin)\s+of\s+$", _before(doc, second, 20), re.I))
                  and (np.head is None or not np.adjacent or singular(np.head) == "vote"))  # "a majority of nine"
        side = "margin" if margin else _restated_side(doc, second)
        if side is None:
            continue
        a = previous[0]
        if a.kind != second.kind:
            continue
        if margin:
            b = tallies[a][1]
            gap = replace(a, text=f"{a.text} - {b.text}", value=a.value - b.value, interval=a.interval - b.interval)
            if not (set(words(_before(doc, second, 30))[-3:]) & _OTHER_BALLOT) and not years_differ(doc, a, second):
                yield DefiniteRestatement(link="inferred", cue="margin", first=gap, second=second, subject="margin")
            continue
        if side not in (tallies[a][0], tallies[tallies[a][1]][0]):
            continue  # a candidate the tally did not name
        one, other = (a, tallies[a][1]) if tallies[a][0] == side else (tallies[a][1], a)
        s = doc.sentences[second.sentence]
        start = tallies[a][1].end if a.sentence == second.sentence else s.start
        clause_after = re.split(r"[,;:()]", doc.text[second.end:s.end])[0]
        if set(words(doc.text[start:second.start]) + words(clause_after)) & _OTHER_BALLOT:
            continue  # "Opponents won 2,601 votes at the last referendum"
        clause_after = _MEMBERS_NAMED.split(clause_after)[0]  # (round 37) "... who voted yes included three Republicans"
        if second.sentence > a.sentence and _tally_set_beside_another(doc, tallies[a][1]):
            continue  # (round 34) "51-49, a narrower margin than the 54-46 vote on an earlier version. Three ..."
        if years_differ(doc, a, second) or years(doc, second.sentence) - years(doc, a.sentence):
            continue
        tally_words = set(words(_sentence(doc, a)))
        if any(w[:1].isupper() and w.lower() not in tally_words and not _ACRONYM_PLURAL.fullmatch(w)
               for w in re.findall(r"[A-Za-z][\w'’-]*", doc.text[start:second.start])[1:]
               + re.findall(r"[A-Za-z][\w'’-]*", clause_after)):
            continue  # "In neighbouring Wexham, supporters won 1,900 votes": another place
        if agrees(other, second) and not agrees(one, second):
            continue  # the other side's figure: a slip of sides, or our misreading
        what = side[5:].capitalize() + "'s votes" if side.startswith("name:") else (
            "votes " + ("in favour" if side == "for" else "against"))
        yield DefiniteRestatement(link="inferred", cue="votes " + side, first=one, second=second, subject=what)


# ---- the minute of one goal ------------------------------------------------

_GOALS = frozenset("""goal strike winner equaliser equalizer header effort penalty spot-kick free-kick opener
    leveller volley shot try""".split())
_SCORING = frozenset("scored scores netted nets headed heads struck converted fired slotted curled".split())
_WHICH_GOAL = frozenset("opener equaliser equalizer leveller".split())
_MINUTE_AFTER = re.compile(r"-minute\s+([a-z-]+)")
_IN_MINUTE = re.compile(r"\s+minute\b")
_OWNER = re.compile(r"\b([A-Z][a-z]*(?:['’-][A-Z][a-z]+)?)(?:['’]s\s+|\s*,\s*(?:whose|who)\s+|\s+)"
                    r"(?:[a-z-]+\s+){0,4}$")
_SEVERAL_GOALS = re.compile(r"\b(?:brace|twice|again|another|hat-?trick|doubled|both\s+goals|second\s+goal|goals|"
                            r"(?:his|her|their)\s+second|(?:two|three|four)\s+(?:goals|times))\b", re.I)


def _goal_minute(doc: Document, m: Mention) -> str | None:
    """"Ndlovu's 87th-minute strike", "Ndlovu, whose goal in the 78th minute": the scorer of the goal
    whose minute an ordinal gives (a capitalised name right before, in the same clause)."""
    if m.kind != Kind.ORDINAL or m.value is None:
        return None
    s = doc.sentences[m.sentence]
    after = _MINUTE_AFTER.match(doc.text, m.end, s.end)
    before = _before(doc, m, 60)
    if after:
        if singular(after.group(1)) not in _GOALS:
            return None
        if singular(after.group(1)) in _WHICH_GOAL:
            return None  # "the 30th-minute opener ... the 78th-minute winner": two goals by their names
    elif _IN_MINUTE.match(doc.text, m.end, s.end) and re.search(r"\bin\s+the\s+$", before):
        clause = words(re.split(r"[;:]|,(?!\s*whose)", before)[-1])
        if not any(singular(w) in _GOALS or w in _SCORING for w in clause):
            return None
    else:
        return None
    owner = _OWNER.search(re.split(r"[;:()]", before)[-1])
    if not owner or owner.group(1).lower() in _NP_STOP:
        return None
    if re.match(r"\s+minute\s+of\b", doc.text[m.end:s.end]):
        return None  # "in the 70th minute of the last meeting": another match
    return owner.group(1).lower()


def _background(doc: Document, m: Mention) -> bool:
    """"Ndlovu, whose goal in the 78th minute ...": a minute given again in a relative clause."""
    return bool(re.search(r",\s*(?:whose|who)\b[^,;]*$", _before(doc, m, 60)))


@needs(Kind.ORDINAL, count=2)
def find_goal_minutes(doc: Document):
    """One goal's minute given twice: "Ndlovu's 87th-minute strike ... Ndlovu, whose goal in the 78th
    minute, ..."; silent when anyone may have scored more than once."""
    minutes = [(m, _goal_minute(doc, m)) for m in doc.mentions if m.kind == Kind.ORDINAL]
    minutes = [(m, who) for m, who in minutes if who]
    if len(minutes) < 2 or _SEVERAL_GOALS.search(doc.text):
        return
    per_owner: dict[str, list[Mention]] = {}
    for m, who in minutes:
        per_owner.setdefault(who, []).append(m)
    for who, found in per_owner.items():
        if len(found) != 2:
            continue
        first, second = found
        if first.sentence >= second.sentence or not _background(doc, second):
            continue
        if first.sentence < second.sentence - _MAX_SENTENCE_GAP:
            continue
        exact = lambda x: replace(x, interval=Interval.point(x.value), unit="minute")  # noqa: E731
        yield DefiniteRestatement(link="inferred", cue=who, first=exact(first), second=exact(second),
                                  subject="goal by " + who.capitalize())


@dataclass(frozen=True)
class ScoreRestatement(Restatement):
    """One match's (or vote's) score given twice: "beat Hull 3-1 ... in the 4-1 win"."""


_SCORE_TEXT = re.compile(r"(\d{1,3})\s*[-–]\s*(\d{1,3})")
# "the 4-1 win", "Saturday's 2-0 defeat", "their 1-1 draw", "the 7-2 vote"
_SCORE_ANAPHOR = re.compile(r"(?:\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Oo]ur)|['’]s?)\s+(?:[a-z]+\s+)?$")
# "the 4-1 win", "the 4-1 home win", "the 2-0 FA Cup defeat"
_SCORE_RESULT = re.compile(r"\s+(?:(?!(?:lead|advantage|deficit|margin)\b)[A-Za-z][\w'’-]*\s+){0,2}?"
                           r"(win|victory|defeat|loss|draw|result|triumph|thrashing|success|reverse|scoreline|"
                           r"drubbing|rout|hammering|upset|stalemate|vote|ruling|decision|verdict)\b")
# (round 36) the match's result sealed by its last act, told with "a": "Carr's second wrapped up a 3-2 win"
_SEALED_BEFORE = re.compile(r"\b(?:wrap(?:ped|s)?\s+up|seal(?:ed|s)?|secur(?:ed|es)|clinch(?:ed|es)?|complet(?:ed|es)|"
                            r"capp?(?:ed|s)?\s+off|round(?:ed|s)?\s+off)\s+an?\s+$", re.I)
# the result names another match: "the 3-0 win over Bath", "the 2-1 defeat last week"
_OTHER_MATCH = re.compile(r"\s*(?:over|against|at|in|on|to|by|for|from|with|last|earlier|previous|this|next|"
                          r"of|two|three|four|a|\d)\b", re.I)
# another match before this one: "a week after the 4-1 win", "since the 2-0 defeat" (not "speaking after the
# 4-1 win", "following the 4-1 win": the same match's aftermath)
_BEFORE_OTHER = re.compile(r"\b(?:(?:days?|weeks?|months?|years?|nights?|hours?|season)\s+(?:after|before)|before|since|"
                           r"than|like|repeat|repeating|revenge|avenge|avenged|avenging|reversed?|echo|echoed|unlike|"
                           r"recalled?|remember|previous|last|earlier)\b[^,;.]*$", re.I)
# ... or after it: "the 3-1 win over Hibs in August", "the 2-0 defeat last season"
_OTHER_TIME = re.compile(r"\b(?:last(?!\s+(?:16|32|eight|four|sixteen)\b)|earlier|previous|ago|season|seasons|week|month|year|January|February|March|"
                         r"April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b")
# (round 38: "sends the hosts into the last 16" is a round of the tournament, no other time)
# (round 60) the first of its kind since a time: "was her first on the tour since 2021"
_FIRST_SINCE = re.compile(r"\b(?:first|only)\b[^,;.]{0,40}?\bsince\s+(?:(?:19|20)\d\d|last\s+[a-z]+)\b")
# (round 22) a time that ranks the result, not another match's: "the best performance of the season", "our biggest
# win this year"
_RANKED_TIME = re.compile(r"\b(?:(?i:most|best|worst|biggest|finest|greatest)|[a-z]{3,}est)\b"
                          r"(?:(?!\b(?i:earlier|last|previous|ago|before|when)\b)[^,;.]){0,50}?"
                          r"\b(?i:of\s+the|this|all)\s+(?i:season|year|campaign|month|week)\b")
# more than one score in play: part-time scores, legs, aggregates, sets, penalties
# (round 38: one set in tennis is "a set" or "the first set"; "set up two of the goals" is no set)
_SEVERAL_SCORES = re.compile(r"half[- ]time|\bthe break\b|\binterval\b|\baggregate\b|\bleg\b|\bon penalties|"
                             r"shoot-?out|extra[- ]time|\bsets\b|\b(?:first|second|third|fourth|fifth|final|deciding|"
                             r"opening|each|a)\s+set\b|\bframes?\b|\binnings\b|\bseries\b|"
                             r"\b(?:led|leading|trailed|trailing|level at|pegged back)\s+(?:[a-z]+\s+){0,3}?\d+\s*[-–]\s*\d|"
                             r"\d\s*[-–]\s*\d+\s+(?:lead|advantage|deficit)", re.I)


@dataclass(frozen=True)
class OddsRestatement(ScoreRestatement):
    """One runner's odds given twice: "a 33-1 shot ... the 25-1 winner" (ordered: 1-4 is not 4-1)."""


# odds told as odds: "a 33-1 shot", "the 11-4 favourite", "at 9-2", "odds of 100-30"
_ODDS_AFTER = re.compile(r"\s+(?:shot|outsider|chance|favourite|favorite|joint-favourite|co-favourite|winner|"
                         r"long-shot|longshot)\b", re.I)
_ODDS_NOUNS = r"(?:shot|outsider|winner|long-shot|longshot)"  # not "the favourite": another race's
_ODDS_RESTATED = re.compile(r"\s+" + _ODDS_NOUNS + r"\b", re.I)
_ODDS_RESTATED_NAMED = re.compile(r"\s+(?i:" + _ODDS_NOUNS + r")\s+[A-Z]")  # "the 25-1 outsider Marsh Wren"
_ODDS_BEFORE = re.compile(r"\b(?:at|odds\s+of|priced\s+at|backed\s+at|from)\s+$", re.I)
# another occasion named in the restating sentence: "last year", "the next race", "in 2019"
_ANOTHER_TIME = re.compile(r"\b(?:last|previous|earlier|ago|former|next|another|following|(?:19|20)\d\d)\b", re.I)
_ODDS_OTHER = re.compile(r"\b(?:previous|last|earlier|another|other|second|each-way)\s+$", re.I)


def _odds(doc: Document, m: Mention) -> bool:
    if m.kind != Kind.SCORE or score_pair(m) is None:
        return False
    return bool(_ODDS_AFTER.match(doc.text, m.end) or _ODDS_BEFORE.search(doc.text, max(0, m.start - 14), m.start))


@needs(Kind.SCORE, count=2)
def find_odds_restatements(doc: Document):
    """A runner's odds given, then restated as "the N-M winner/shot/favourite" in the next sentence or the
    one after, when they are the only odds in those sentences: "Blue Comet, a 20-1 shot, won ... The 12-1
    winner" (silent on "the previous", "another")."""
    if "-" not in doc.text:
        return
    odds = [m for m in doc.mentions if _odds(doc, m)]
    heads = [m for m in odds if doc.sentences[m.sentence].headline]
    lead = [s.index for s in doc.sentences if not s.headline and not s.chrome][:1]
    if len(heads) == 1 and lead:
        # "40-1 outsider wins Lincoln" / "Copper Kettle, a 14-1 shot, won ...": the one odds of each
        body = [m for m in doc.mentions_in(lead[0]) if m.kind == Kind.SCORE]
        if len(body) == 1 and body[0] in odds and not _ODDS_OTHER.search(
                doc.text, max(0, body[0].start - 20), body[0].start) and not _ANOTHER_TIME.search(
                _sentence(doc, body[0])):
            yield OddsRestatement(link="inferred", cue="headline", first=heads[0], second=body[0], subject="odds")
    for second in odds:
        start = doc.sentences[second.sentence].start
        if not _ODDS_RESTATED.match(doc.text, second.end) \
                or not re.search(r"\b(?:the|that|this|its|their)\s+$", doc.text[max(start, second.start - 8):second.start],
                                 re.I) or _ODDS_OTHER.search(doc.text, max(start, second.start - 20), second.start):
            continue
        if _ANOTHER_TIME.search(_sentence(doc, second)):
            continue  # "Last year the 25-1 winner was ...", "In the next race the 25-1 winner"
        if _ODDS_RESTATED_NAMED.match(doc.text, second.end) or any(
                m is not second and m.sentence == second.sentence and m.end <= second.start for m in odds):
            continue  # (round 27) "Copper Lane, who started at 7-4, finished third behind the 25-1 outsider Marsh
            # Wren": another runner, named, among other runners' odds
        earlier = [m for m in doc.mentions_within(second.sentence - 2, second.sentence)
                   if m.kind == Kind.SCORE and m.end <= second.start]
        if len(earlier) != 1 or earlier[0] not in odds:
            continue
        yield OddsRestatement(link="inferred", cue="the odds", first=earlier[0], second=second, subject="odds")


# (round 36) a vote's tally told in words: "27 to 14", "27 votes to 14" (``restated_tallies``; no mention the grammar
# makes reads so: "N to M" is a range or two figures)
_TALLY_TEXT = re.compile(r"(\d{1,3})\s+(?:votes?\s+)?to\s+(\d{1,3})", re.I)


def score_pair(m: Mention) -> tuple[int, int] | None:
    rx = _SCORE_TEXT.fullmatch(m.text.strip()) or _RESULT_PAIR.fullmatch(m.text.strip()) \
        or _TALLY_TEXT.fullmatch(m.text.strip())
    return (int(rx.group(1)), int(rx.group(2))) if rx else None


# a headline that is a result line, two sides each with its score: "Northampton 38 Sale 17"
_SIDE_WORDS = r"[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|&))*?"
_RESULT_LINE = re.compile(r"\s*" + _SIDE_WORDS + r"\s+(\d{1,3})\s*,?\s+" + _SIDE_WORDS + r"\s+(\d{1,3})\s*")
_RESULT_PAIR = re.compile(r"(\d{1,3})\s*,?\s+" + _SIDE_WORDS + r"\s+(\d{1,3})")


def _result_line_score(doc: Document, scores: list[Mention]):
    """"Northampton 38 Sale 17" over "... Their 38-12 victory lifts them": a headline that is a result line
    against the first score of the opening two sentences, told as a result, naming a side of the line's or
    pointing back ("their", "the"); silent on part-time scores, legs, sets, another match or time."""
    head = doc.sentences[0] if doc.sentences else None
    # (round 32, speed: the line's pattern needs a digit, looked for in C rather than character by character)
    if head is None or not head.headline or not DIGITS.search(doc.text, head.start, head.end):
        return None
    line = _RESULT_LINE.fullmatch(doc.text, head.start, head.end)
    if line is None:
        return None
    lead = [x.index for x in doc.sentences[1:] if not x.headline and not x.chrome][:2]
    in_lead = [m for m in scores if m.sentence in lead]
    if not in_lead or in_lead[0].kind is not Kind.SCORE:
        return None
    second = in_lead[0]
    s = doc.sentences[second.sentence]
    if sum(1 for m in in_lead if m.sentence == second.sentence) != 1 or not _result_score(doc, second):
        return None
    if _SEVERAL_SCORES.search(doc.text, s.start, s.end) or _EARLIER_GAME.search(doc.text, s.start, s.end) \
            or _BEFORE_OTHER.search(doc.text[s.start:second.start]):
        return None
    rest = re.match(r"[^,;.]*", doc.text[second.end:s.end]).group(0)
    if _OTHER_TIME.search(rest) or years(doc, second.sentence):
        return None
    text = doc.text[s.start:second.start]
    named = set(_SIDE_NAME.findall(text)) & set(_SIDE_NAME.findall(doc.text[head.start:head.end]))
    if not named and not _SCORE_ANAPHOR.search(doc.text[max(s.start, second.start - 30):second.start]):
        return None
    first = Mention(start=line.start(1), end=line.end(2), text=doc.text[line.start(1):line.end(2)], kind=Kind.SCORE,
                    sentence=head.index)
    return ScoreRestatement(link="inferred", cue="result line", first=first, second=second, subject="match")


_OPPONENT = re.compile(r"\s*(?:over|against|to|by|at|with|for)\s+(?:the\s+)?([A-Z][\w'’-]+)")


def _same_opponent(doc: Document, first: Mention, pos: int) -> bool:
    """"... the 3-1 win over Hull" names a side (or ground) the first score's sentence names."""
    rx = _OPPONENT.match(doc.text, pos)
    s = doc.sentences[first.sentence]
    return rx is not None and re.search(r"\b" + re.escape(rx.group(1)) + r"\b", doc.text[s.start:s.end]) is not None


_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _other_weekday(doc: Document, first: Mention, rest: str) -> bool:
    """"... on Tuesday" after a first score on Saturday (a first score without a day says nothing)."""
    s = doc.sentences[first.sentence]
    named = set(_WEEKDAY.findall(doc.text[s.start:s.end]))
    return bool(named) and any(d not in named for d in _WEEKDAY.findall(rest))


def find_score_restatements(doc: Document):
    """A score given again as "the N-M win/defeat/draw/vote" later in the text, when it and
    one earlier score are the text's only two: silent when anything speaks of part-time
    scores, legs or sets, or the restated result names another match or time ("over Bath", "last
    week", "in August", "a week after the 2-0 win"; "speaking after the 4-1 win" is this match)."""
    scores = [m for m in doc.mentions
              if (m.kind is Kind.SCORE or m.kind is Kind.COUNT and m.is_range and ("-" in m.text or "–" in m.text))
              and not doc.sentences[m.sentence].chrome and score_pair(m)]
    if not scores:
        return  # (round 34, speed) every reading below restates one of them (both readers need one in the lead)
    found = _headline_lead_score(doc, scores) or _result_line_score(doc, scores)
    if found is not None:
        yield found
        return
    if len(scores) != 2:
        return
    first, second = scores
    if _odds(doc, first) and _odds(doc, second):
        return  # a runner's odds: ``find_odds_restatements`` (ordered, not a match's score)
    if first.kind != Kind.SCORE or first.sentence >= second.sentence \
            or second.sentence - first.sentence > _MAX_SENTENCE_GAP:
        return
    s = doc.sentences[second.sentence]
    result = _SCORE_RESULT.match(doc.text, second.end, s.end)
    if result is not None and (_SCORE_ANAPHOR.search(doc.text[max(s.start, second.start - 30):second.start])
                               or _SEALED_BEFORE.search(doc.text, max(s.start, second.start - 30), second.start)):
        other = _OTHER_MATCH.match(doc.text, result.end(), s.end)
        if other and not _same_opponent(doc, first, result.end()) or _BEFORE_OTHER.search(doc.text[s.start:second.start]):
            return
        owner = re.search(r"([A-Z][\w-]+)['’]s?\s+(?:[a-z]+\s+)?$", doc.text[max(s.start, second.start - 30):second.start])
        fs = doc.sentences[first.sentence]
        if owner and owner.group(1) not in doc.text[fs.start:fs.end] and owner.group(1) not in _WEEKDAYS_TEXT:
            return  # "Real Madrid's 4-0 win": a side the first score's sentence does not name
        after, cue = result.end(), f"the {result.group(1)}"
    elif _headline_score(doc, first, second):
        after, cue = second.end, "headline"
    else:
        return
    rest = re.match(r"[^,;.]*", doc.text[after:s.end]).group(0)
    rest = _RANKED_TIME.sub(" ", rest)  # (round 22) "was the most complete performance of the season": ranks it
    if _OTHER_TIME.search(rest) or _other_weekday(doc, first, rest):
        return  # "the 3-1 win over Hibs in August", "... on Tuesday" (the first was on Saturday)
    if years(doc, first.sentence) != years(doc, second.sentence) or _SEVERAL_SCORES.search(doc.text):
        return  # "the 4-1 win in 2019"; half-time scores, legs, sets
    vote = result is not None and result.group(1) in ("vote", "ruling", "decision", "verdict")
    yield ScoreRestatement(link="inferred", cue=cue, first=first, second=second, subject="vote" if vote else "match")


_EARLIER_GAME = re.compile(r"\b(?:reverse|return|first|previous|last)\s+(?:fixture|leg|meeting|game|match|tie)\b|"
                           r"\bhad\s+(?:beaten|lost|won|drawn|thrashed|hammered|edged)\b", re.I)
_SINCE_WHEN = re.compile(r"\bsince\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")  # "for the first time since 2011": this match


def _headline_lead_score(doc: Document, scores: list[Mention]):
    """"Lions beat Eastbury 31-24 to end wait" / "..., beating Eastbury 31-21 in a bruising final": the
    headline's one score against the one score of the first lead sentence that gives one, when that
    sentence names a side of the headline's, whatever other scores (half-time, later goals) the report
    gives further down; silent when the headline or that sentence speaks of part-time scores, legs,
    sets or another match or time."""
    heads = [m for m in scores if doc.sentences[m.sentence].headline]
    if len(heads) != 1 or heads[0].kind is not Kind.SCORE:
        return None
    first = heads[0]
    lead = [x.index for x in doc.sentences[first.sentence + 1:] if not x.headline and not x.chrome][:2]
    in_lead = [m for m in scores if m.sentence in lead]
    if not in_lead:
        return None
    second = in_lead[0]
    s, head = doc.sentences[second.sentence], doc.sentences[first.sentence]
    if sum(1 for m in in_lead if m.sentence == second.sentence) != 1 or second.kind is not Kind.SCORE:
        return None
    if _odds(doc, first) or _odds(doc, second) or not _headline_score(doc, first, second):
        return None
    if _SEVERAL_SCORES.search(doc.text, head.start, head.end) or _SEVERAL_SCORES.search(doc.text, s.start, s.end):
        return None  # "through 5-3 on aggregate", "led 17-10 at half-time"
    rest = _SINCE_WHEN.sub(" ", re.match(r"[^,;.]*", doc.text[second.end:s.end]).group(0))
    if _OTHER_TIME.search(rest) or _other_weekday(doc, first, rest) \
            or _BEFORE_OTHER.search(doc.text[s.start:second.start]):
        return None  # "beat them 3-1 in August", "avenged a 20-17 defeat"
    dated = {y.value for y in doc.mentions_in(s.index) if y.kind == Kind.YEAR
             and not re.search(r"\bsince\s+$", doc.text[max(s.start, y.start - 8):y.start], re.I)}
    if dated - years(doc, head.index):
        return None  # "... beat Hull 3-0 in 2019": another season's result
    return ScoreRestatement(link="inferred", cue="headline", first=first, second=second, subject="match")


_WEEKDAYS_TEXT = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
_SIDE_NAME = re.compile(r"\b[A-Z][\w'’-]{2,}")


_RESULT_VERBS = frozenset("""beat beats beating beaten won win wins winning defeat defeats defeated defeating lost lose
    loses losing drew draw draws drawing sink sinks sank sinking edge edges edged edging thrash thrashes thrashed
    thrashing hammer hammers hammered hammering rout routs routed crush crushes crushed stun stuns stunned see sees
    saw down downs downed overcome overcomes overcame claim claims claimed clinch clinches clinched seal seals
    sealed secure secures secured record records recorded triumph triumphs triumphed ease eases eased cruise
    cruises cruised hold holds held holding trounce trounces trounced batter batters battered humble humbles humbled
    shock shocks shocked upset upsets topple topples toppled oust ousts ousted dump dumps dumped knock knocks
    knocked fall falls fell slump slumps slumped outclass outclassed overpower overpowered dispatch dispatched""".split())
_RELATIVE_OPEN = re.compile(r"(?:,|\()\s*(?:who|which|whose|after|having)\b[^,)]*$", re.I)
_SIDES_AROUND = re.compile(r"[A-Z][\w'’-]*\s+$")


def _result_score(doc: Document, m: Mention) -> bool:
    """A score told as a match's result: after a verb of winning or losing in its clause ("beating Eastbury
    31-21", "Celtic sink Hibs 3-1"), before a result noun ("the 3-1 win"), or between the sides ("Wales 24-31
    England"); not a running total ("reached 352-7 at stumps") nor one in a clause about another match
    ("Celtic, who lost 3-0 to Rangers in the final, ...")."""
    s = doc.sentences[m.sentence]
    before = doc.text[s.start:m.start]
    if _RELATIVE_OPEN.search(before):
        return False
    clause = re.split(r"[,;:]", before)[-1]
    if any(w in _RESULT_VERBS for w in words(clause)[-6:]):
        return True
    if _SCORE_RESULT.match(doc.text, m.end, s.end):
        return True
    return bool(_SIDES_AROUND.search(before) and re.match(r"\s+[A-Z]", doc.text[m.end:s.end]))


def _headline_score(doc: Document, first: Mention, second: Mention) -> bool:
    """"Celtic sink Hibs 3-1" over "Celtic beat Hibernian 4-1 at Parkhead": the headline's score and
    a score in one of the body's first two sentences that names a side (a capitalised word) of the
    headline's, both told as a result."""
    head, body = doc.sentences[first.sentence], doc.sentences[second.sentence]
    if not head.headline or body.headline or second.kind is not Kind.SCORE:
        return False
    if not _result_score(doc, first) or not _result_score(doc, second):
        return False
    if _EARLIER_GAME.search(doc.text, body.start, body.end):
        return False  # "City had beaten Rovers 4-0 in the reverse fixture": another meeting
    lead = [x.index for x in doc.sentences[first.sentence + 1:] if not x.headline and not x.chrome][:2]
    if body.index not in lead:
        return False
    text = doc.text[body.start:body.end]
    names = set(_SIDE_NAME.findall(text)) - set(_SIDE_NAME.findall(text[:text.find(" ") + 1])[:1])  # not its first word
    return bool(names & set(_SIDE_NAME.findall(doc.text[head.start:head.end])))


# ---- a quantity that describes a thing ------------------------------------

# ("later" of when a thing was said is no update: "a spokesman said later that all 12 ...", round 53)
_UPDATED = re.compile(r"\b(?:now|(?<!said\s)(?<!told\s)later(?!\s+(?:said|told|added|confirmed)\b)|(?:has|have|had) since|since then|revised|updated|risen|grown|increased|spread|expanded|further|"
                      r"another|latest|new total|so far|to date)\b", re.I)


def _unit_word(doc: Document, m: Mention) -> str | None:
    """What a figure counts, singular: "pupil" for "the 1,800-pupil school" and for "1,300
    pupils", "hectare" for "14,000 hectares"."""
    if m.kind == Kind.MEASURE:
        if m.unit and len(m.unit) <= 2 and m.unit != "m" and len(resolve_unit(m.unit)) == 1:
            return m.unit  # (round 59) "28km", "40ha": a short unit of one reading, matched by ``_one_unit``
        return singular(m.unit) if m.unit and len(m.unit) > 2 else None
    if m.kind != Kind.COUNT:
        return None
    if m.compound:
        tail = m.text.rsplit("-", 1)[-1].lower()
        return singular(tail) if tail.isalpha() else None
    np = noun_phrase(doc, m)
    return singular(np.head) if np.head and np.adjacent and not np.modifiers else None


def _as_count(m: Mention) -> Mention:
    """An area or other non-length measure compared as a plain count of its unit."""
    return m if m.kind == Kind.COUNT else replace(m, kind=Kind.COUNT, unit=None)


def _holds(doc: Document, m: Mention, holder: str) -> bool:
    """Does ``m``'s clause name the thing ``holder`` before it: "The hospital, which has 620 beds"? Plans for the
    figure are the project only when their sentence does not turn them down ("Plans for 1,200 homes were rejected":
    a later scheme may be another)."""
    s = doc.sentences[m.sentence]
    before = words(doc.text[s.start:m.start])
    return any(group_of(w) == holder and not _plural(w) for w in before) \
        or _one_kind_holds(doc, s, before, holder) \
        or holder == "project" and _PLANS_FOR.search(doc.text, max(s.start, m.start - 20), m.start) is not None \
        and _PLANS_TURNED_DOWN.search(doc.text, m.end, s.end) is None


def _one_kind_holds(doc: Document, s, before: list[str], holder: str) -> bool:
    """(round 58) One kind of the holder named before the figure, and no other kind in the sentence: "The new ferry
    can carry 540 passengers" is what "the 550-passenger vessel" sizes (not "The tug ... towed the barge")."""
    kinds = HYPERNYMS.get(holder)
    if not kinds:
        return False
    named = {singular(w) for w in words(doc.sentence_text(s.index)) if singular(w) in kinds}
    return len(named) == 1 and any(singular(w) in named and not _plural(w) for w in before)


# (round 25) "Plans for 1,200 homes ... the 1,500-home scheme": the plural of one proposal, right before its figure
_PLANS_FOR = re.compile(r"\b(?:plans|proposals)\s+for\s+$", re.I)
_PLANS_TURNED_DOWN = re.compile(r"\b(?:rejected|refused|turned\s+down|thrown\s+out|withdrawn|scrapped|dropped"
                                r"|abandoned|shelved|blocked)\b", re.I)


_VERB_FOR_BEFORE = re.compile(r"\b([a-z]+)\s+for\s+$", re.I)


def _verb_holds(doc: Document, m: Mention, holder: str) -> bool:
    """(round 21) The verb of the term ``holder`` right before "for" the figure: "was suspended for six matches" (a
    ban), "banned for 12 games", "jailed for 30 months" -- what "the eight-match ban" restates."""
    verb = _VERB_FOR_BEFORE.search(_before(doc, m, 30))
    return verb is not None and DURATION_VERBS.get(verb.group(1).lower()) == holder


_RUN_UNIT = frozenset({"match", "game", "fixture", "outing"})


def _run_units(a: str | None, b: str | None, holder: str | None) -> bool:
    """(round 22) A side's run counted in matches and restated in games, or the other way round: "extended their
    unbeaten run to 17 matches ... The 19-game streak" (only for a run: a tennis match is made of games)."""
    return holder == "run" and a in _RUN_UNIT and b in _RUN_UNIT


# (round 22) a proper name opening its sentence, then an aside whose verb has the figure: "Kelmarsh General --
# which has 620 beds --", "St Mary's, which holds 410 pupils,", "Hallam Royal (which has 620 beds)"
_NAME_THEN_HOLDS = re.compile(r"^\s*(?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’&.-]*\s*(?:,|\(|-{1,2}|[–—])\s*"
                              r"(?:which|that)\s+(?:now\s+|currently\s+|still\s+)?"
                              r"(?:has|had|holds|held|houses|housed|employs|employed|runs|ran|operates|operated)\s+"
                              r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$")


def _name_holds(doc: Document, m: Mention, second: Mention) -> bool:
    """(round 22) The figure stands in an aside on the proper name that opens its sentence ("Kelmarsh General --
    which has 620 beds -- declared ..."): the named place is the holder "the 460-bed hospital" restates, though its
    kind is not said (``_holds`` wants the kind named); not past another name ("will take patients from Dunford
    General. Staff at the 460-bed hospital"), nor a restatement placed apart ("the 900-pupil school down the road")."""
    s = doc.sentences[m.sentence]
    opening = _NAME_THEN_HOLDS.match(doc.text[s.start:m.start])
    if opening is None:
        return False
    named = set(re.findall(r"[A-Z][\w'’&-]*", opening.group(0)))
    for k in range(m.sentence, second.sentence + 1):
        t = doc.sentences[k]
        text = doc.text[max(t.start, m.end):min(t.end, second.start)]
        if any(w not in named and not _NO_PLACE_NAME.fullmatch(w) for w in _LATER_NAME.findall(text)):
            return False
    np = noun_phrase(doc, second)
    return _PLACED_APART.match(doc.text, np.span.end if np.span is not None else second.end) is None


_LATER_NAME = re.compile(r"(?<=[\w,;:)’'\"”]\s)[A-Z][\w'’&-]*")  # a capitalised word not opening its sentence
# a day, a month or an acronym names no other place ("on Friday", "A&E queues", "NHS managers")
_NO_PLACE_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                            r"August|September|October|November|December|[A-Z&]{2,}s?")
_PLACED_APART = re.compile(r"\s+(?:down|up|across|along|next|nearby|near|opposite|round|around|over|beside|in|at)\b", re.I)


# a part given as a share of the thing first: "About 70% of the crop, or 40,600 tonnes,"
_SHARE_THEN_PART = re.compile(r"(?:%|\bper\s*cent|\bpercent|\bpct|\b(?:half|thirds?|quarters?|fifths?|tenths?))\s+of\s+"
                              r"(?:the|its|their|this)\s+(?:[a-z'’-]+\s+){0,2}[a-z'’-]+\s*,?\s*"
                              r"(?:or|some|about|roughly|around|nearly|almost|just\s+over|just\s+under)?\s*$", re.I)


# (round 49) a figure told as a difference, no level: "Labour took 312 votes more than last time"
_DIFFERENCE_AFTER = re.compile(r"\s+(?:(?!(?:in|for|at|of|by|within|over|after|under|on)\b)[a-z]+\s+)?"
                               r"(?:more|fewer|less)\s+than\b", re.I)


# (round 49) a collective noun sized by its members: "the 16-runner field", "the 40-ship fleet"
_COLLECTIVE_HEADS = frozenset({"field", "fleet", "flotilla", "squad", "crew", "flock", "herd", "convoy"})
_COLLECTIVE_AFTER = re.compile(r"\s+([A-Za-z]+)\b")


@needs(Kind.COUNT, Kind.MEASURE, compound=True)
def find_attribute_restatements(doc: Document):
    """A size given as a count of units and restated as a modifier of the thing it sizes, or
    the other way round: "The hospital, which has 620 beds ... the 540-bed hospital"; "the
    1,800-pupil school ... its 1,300 pupils"; "burned through 14,000 hectares ... the
    41,000-hectare blaze"."""
    qs = [m for m in quantities(doc, Kind.COUNT, Kind.MEASURE)
          if not m.is_range and not doc.sentences[m.sentence].headline and _unit_word(doc, m)]
    for j, second in enumerate(qs):
        if not any(second.sentence - _MAX_SENTENCE_GAP <= m.sentence != second.sentence
                   and (m.compound or second.compound) for m in _window(qs, j, _sentence_of)):
            continue  # no earlier figure it could restate (one of the two a modifier): a cheap test first
        det = definite(doc, second, possessive=True)
        if det is None or det == "both" or second.hedge or _UPDATED.search(_sentence(doc, second)):
            continue
        unit = _unit_word(doc, second)
        np = noun_phrase(doc, second)
        if any(w in OTHER_SET or w in SUBGROUP for w in np.modifiers) or not np.adjacent:
            continue
        collective = None
        if second.compound:
            holder = group_of(np.head)
            after = _COLLECTIVE_AFTER.match(doc.text, second.end)
            collective = after.group(1).lower() if after and after.group(1).lower() in _COLLECTIVE_HEADS else None
            earlier = [m for m in _window(qs, j, _sentence_of) if (_unit_word(doc, m) == unit
                                                                   or _run_units(_unit_word(doc, m), unit, holder)) and (
                not m.compound and (_holds(doc, m, holder) or _verb_holds(doc, m, holder)
                                    or _name_holds(doc, m, second)
                                    # (round 49) "Eighteen runners ... The 16-runner field": the field is its runners
                                    or collective is not None and group_of(unit) == group_of(collective))
                or m.compound and m.kind == Kind.MEASURE and group_of(noun_phrase(doc, m).head) == holder)]
        else:
            earlier = [m for m in _window(qs, j, _sentence_of) if m.compound and (
                _unit_word(doc, m) == unit or _teams_as_owners_clubs(doc, m, unit, det)
                or m.kind == second.kind == Kind.MEASURE and _one_unit(m, second))
                and (len(unit) > 2 or _names_noun(noun_phrase(doc, m), np.head))]
            # (round 59) "a 38-kilometre rail spur ... The 28km spur": one unit spelt two ways; a short unit's
            # figure on the same noun only (not "The 43-km link ... Colombia's 11 km segment")
        earlier = [m for m in earlier if m.sentence >= second.sentence - _MAX_SENTENCE_GAP
                   and m.sentence != second.sentence and _owner_known(det, _sentence(doc, m))
                   and not _SHARE_THEN_PART.search(_before(doc, m, 60))]  # "70% of the crop, or 40,600 tonnes"
        if not earlier:
            continue
        a_second = _as_count(second)
        agreeing = [m for m in earlier if agrees(_as_count(m), a_second)]
        # (round 49: "the 2,100-nautical-mile course", not "the same nautical mile"; "the 16-runner field")
        subject = (collective if second.compound else None) or np.head or unit
        if agreeing:
            yield DefiniteRestatement(link="inferred", cue=det, first=_as_count(agreeing[-1]), second=a_second,
                                      subject=subject)
            continue
        if len({m.value for m in earlier}) > 1:
            continue
        first = earlier[-1]
        if compares(doc, second) or change_role(doc, second) or _additional(doc, second):
            continue
        # (round 58) a modifier on one thing ("the 550-passenger vessel was built in Gdansk"): where it was, no part
        single = second.compound and np.head is not None and not _plural(np.head)
        if years_differ(doc, first, second) or new_qualifier(doc, second, first, single=single):
            continue
        yield DefiniteRestatement(link="inferred", cue=det, first=_as_count(first), second=a_second,
                                  subject=subject)


def _names_noun(np, head: str | None) -> bool:
    """(round 59) The noun phrase holds the head named ("38-kilometre rail spur linking ..." holds "spur")."""
    return head is not None and group_of(head) in {group_of(w) for w in (np.head, *np.modifiers) if w}


_SIDES = frozenset({"team", "club", "side"})


def _teams_as_owners_clubs(doc: Document, m: Mention, unit: str | None, det: str) -> bool:
    """(round 56) A competition sized by its teams, restated under its own name as its clubs: "The 16-team Borders
    League ... the league's 18 clubs" (the owner before "'s" the noun the size is a modifier of)."""
    if unit not in _SIDES or _unit_word(doc, m) not in _SIDES or not det.endswith(("'s", "’s")):
        return False
    owner = singular(det[:-2].lower().split()[-1])
    after = _SIZED_NAME_AFTER.match(doc.text, m.end)  # "the 16-team Borders League": the name's last word
    return after is not None and singular(after.group(1).lower()) == owner


_SIZED_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}?\s+([A-Za-z]+)\b(?!\s+[A-Z])")


# ---- a venue's capacity stated twice (round 20) ----------------------------

# the places whose size is told as how many they hold, and those that may name the same place again
_VENUES = frozenset("""stadium ground arena venue hall theatre theater auditorium cinema church cathedral chapel pavilion
    amphitheatre amphitheater bowl dome ballroom marquee concourse""".split())
_SPORTS_VENUES = frozenset({"stadium", "ground"})
# a holding verb right before the figure: "which holds 32,500", "can seat 1,200", "with room for 800", "a capacity of"
_CAPACITY_BEFORE = re.compile(r"\b(?:holds|hold|held|holding|seats|seated|seating|accommodates?|accommodated|"
                              r"(?:can|could|will)\s+(?:hold|seat|accommodate|take)|"
                              r"(?:has|had|have|with)\s+(?:room|space|seating|seats)\s+for|"
                              r"(?:a|its|the|total|full)\s+capacity\s+of|capacity\s+for)\s+(?:up\s+to\s+)?$", re.I)
# (round 29, speed) the words one of which every match of _CAPACITY_BEFORE holds
_CAPACITY_BEFORE_TRIGGER = ("hold", "held", "seat", "accommodat", "take", "room", "space", "capacity")
# who or what a holding verb's figure counts: the people a place takes, or its seats
_CAPACITY_NOUNS = frozenset("""people fans spectators supporters seats guests visitors worshippers concertgoers
    racegoers diners patrons audience""".split())
_CAPACITY_WORDS = frozenset({"capacity", "seat", "seater"})
# the capacity told as changed or as another time's: "after the expansion", "will hold", "when the new stand opens"
_CAPACITY_CHANGED = re.compile(r"\b(?:expan\w*|extend\w*|extension|redevelop\w*|rebuil\w*|increas\w*|rais\w*|"
                               r"reduc\w*|cut|cuts|lower\w*|boost\w*|upgrad\w*|new\s+stands?|now|"
                               r"temporar\w*|originally|once|previously|formerly|until|"
                               # (round 26) "former" of the venue, not of the site it is built on ("on the former
                               # gasworks site")
                               r"former(?=\s+(?:[a-z-]+\s+)?(?:home|capacity|" + "|".join(sorted(_VENUES)) + r")\b)|"
                               r"then|before|after|was\s+built)\b", re.I)
# what is to come: both sentences or neither ("will hold 32,000 when it opens ... the 23,000-seat venue will cost")
_CAPACITY_FUTURE = re.compile(r"\b(?:will|would|plans?|planned|propos\w*|(?:expected|due|set)\s+to)\b", re.I)
# (round 26) a venue not yet built has one capacity, the planned one: "The new arena will seat 18,500 ... Promoters
# have already booked the 16,000-seat arena" (the tense may differ; the same noun) ...
_PLANNED_VENUE = re.compile(r"\b(?:planned|proposed|new|future|would-be)\s+(?:[a-z-]+\s+){0,2}$", re.I)
# ... which has no past: "the ground the club has used since 1923", "has been its home" tell of another
_VENUE_HISTORY = re.compile(r"\bsince\b|\b(?:has|have|had)\s+(?:long\s+)?(?:been|used|played|stood|housed|hosted)\b", re.I)
# ... unless the later sentence tells of another one: the old ground, the one it replaces, one next door
_OTHER_VENUE_TOLD = re.compile(r"\b(?:old|existing|current(?:ly)?|replac\w*|demolish\w*|next\s+door|next\s+to|nearby|"
                               r"neighbouring|neighboring|adjacent|beside|alongside|goodbye|farewell|leav(?:e|es|ing)|"
                               r"across\s+(?:town|the\s+(?:road|street|city|river))|down\s+the\s+road)\b", re.I)
# (round 26 mend) ... and, told in another tense, says what can only be done to a venue still to be built: plans,
# drawings, approval, a booking ("Promoters have already booked the 16,000-seat arena"; not "Fans packed the 40,000-seat
# stadium for the last time on Saturday", "The team currently plays in the 12,000-seat arena": the one in use now).
# Such words beside a venue first told as one in use make the later one another: "The city's stadium holds 30,000.
# Planners approved the 45,000-seat stadium on Tuesday."
_UNBUILT_VENUE_TOLD = re.compile(r"\b(?:plans?|planned|planning|drawings?|designs?|designed|blueprints?|approv\w*|"
                                 r"permission|go-ahead|booked|bookings?|propos\w*|construction|unveil\w*|architects?|"
                                 r"decide|decision|consultation|objections?|to\s+be\s+built)\b", re.I)
# the venue's kind, one word before it ("a 4,000-seat concert hall"); the venue after a figure and a comma
_VENUE_KIND_THEN = re.compile(r"\s+[a-z][a-z-]+\s+(" + "|".join(sorted(_VENUES)) + r")s?\b")
_VENUE_AFTER = re.compile(r",\s+(the|its|their)\s+(?:[a-z-]+\s+)?(" + "|".join(sorted(_VENUES)) + r")\b", re.I)


def _capacity_of(doc: Document, m: Mention) -> tuple[str, str, int] | None:
    """(round 20) A count that is a venue's capacity: (the venue noun, how it is told, where the venue is named):
    a holding verb's figure after the venue named in its sentence ("The stadium, which holds 32,500,", "the hall
    can seat 1,200 people", "a theatre with a capacity of 1,450") -- "given"; or the figure joined to "capacity"/
    "seat"/"seater" before the venue ("the 35,200-capacity ground", "a 21,000-seat arena") -- "modifier"."""
    if m.kind != Kind.COUNT or m.is_range or m.value is None:
        return None
    s = doc.sentences[m.sentence]
    if m.compound:
        if _unit_word(doc, m) not in _CAPACITY_WORDS:
            return None
        nxt = re.compile(r"\s+([a-z]+)\b").match(doc.text, m.end, s.end)
        if nxt is not None and singular(nxt.group(1)) not in _VENUES:
            # (round 26) one word of the venue's kind before a venue that is no ground of sport: "a 4,000-seat concert
            # hall", "the 900-seat parish church" (not "the 3,500-capacity training ground", another ground)
            kind = _VENUE_KIND_THEN.match(doc.text, m.end, s.end)
            nxt = kind if kind is not None and singular(kind.group(1)) not in _SPORTS_VENUES else None
        if nxt is None or singular(nxt.group(1)) not in _VENUES:
            return None  # "the 52,000-capacity Etihad Stadium": a named one; "the 3,500-capacity training ground"
        return singular(nxt.group(1)), "modifier", nxt.start(1)
    lead = max(s.start, m.start - 30)
    if not holds_any(doc.text[lead:m.start], _CAPACITY_BEFORE_TRIGGER) \
            or not _CAPACITY_BEFORE.search(doc.text, lead, m.start):
        return None
    np = noun_phrase(doc, m)
    if np.adjacent and np.head and np.head not in _CAPACITY_NOUNS:
        return None  # "holds 3,200 shares", "held 320 seats" is a count of seats won only before a venue (below)
    found = None
    for match in re.finditer(r"[A-Za-z]+", doc.text[s.start:m.start]):
        if singular(match.group(0).lower()) in _VENUES:
            found = match
    if found is None:
        end = np.span.end if np.adjacent and np.span is not None else m.end
        after = _VENUE_AFTER.match(doc.text, end, s.end)  # "With room for 18,000 spectators, the arena is"
        if after is None:
            return None
        return singular(after.group(2).lower()), "given", after.start(2)
    return singular(found.group(0).lower()), "given", s.start + found.start()


def _same_venue(a: str, b: str) -> bool:
    return a == b or a == "venue" or b == "venue" or a in _SPORTS_VENUES and b in _SPORTS_VENUES


@needs(Kind.COUNT)
def find_capacity_restatements(doc: Document):
    """(round 20) A venue's capacity given once and again in the next sentences, either way round: "The stadium,
    which holds 32,500, ... the 35,200-capacity ground", "a 21,000-seat arena ... The arena, which can seat
    12,000,".  The second is definite ("the"/"its" before the modifier, or the venue named with "the" before the
    holding verb), the two venues the same noun or both grounds of sport ("stadium", "ground") or one a "venue";
    silent when another capacity or another venue stands between, or either sentence tells of a change or another
    time, or the second's of a comparison or a new qualifier."""
    qs = [m for m in quantities(doc, Kind.COUNT) if not doc.sentences[m.sentence].headline]
    held = [(m, c) for m, c in ((m, _capacity_of(doc, m)) for m in qs) if c is not None]
    for j, (second, (venue, how, at)) in enumerate(held):
        if how == "modifier":
            det = definite(doc, second, possessive=True)
            if det is None or det == "both":
                continue
        else:
            det = re.search(r"\b(the|its|their)\s+(?:[a-z-]+\s+)?$", doc.text[max(0, at - 30):at], re.I)
            if det is None:
                continue
            det = det.group(1).lower()
        earlier = [(m, c) for m, c in held[:j] if second.sentence - _MAX_SENTENCE_GAP <= m.sentence < second.sentence]
        if not earlier:
            continue
        first, (v1, how1, _) = earlier[-1]
        if how1 == how and how == "given" or not _same_venue(v1, venue) \
                or len({m.value for m, _ in earlier}) > 1:
            continue  # two holding verbs are two tellings of what each holds; several capacities: which one?
        between = doc.text[first.end:second.start]
        if any(singular(w) in _VENUES and not _same_venue(singular(w), v1) for w in words(between)):
            continue  # another place named between
        said, said_first = _sentence(doc, second), _sentence(doc, first)
        if _CAPACITY_CHANGED.search(said) or _CAPACITY_CHANGED.search(said_first):
            continue
        planned_first = _planned_venue_restated(doc, first, v1)
        if _OTHER_VENUE_TOLD.search(said):
            continue  # (round 26) "... the 18,000-seat arena next door", "the 9,000-seat arena it replaces": another
        if _VENUE_HISTORY.search(said) and planned_first:
            continue  # (round 26) "The new stadium will hold 62,000. The 41,000-seat ground the club has used since
            # 1923 ...": a venue with a past is not the one still to be built
        if bool(_CAPACITY_FUTURE.search(said)) != bool(_CAPACITY_FUTURE.search(said_first)) \
                and not (v1 == venue and planned_first and _UNBUILT_VENUE_TOLD.search(said)) \
                and not _only_hosting_to_come(said_first if _CAPACITY_FUTURE.search(said_first) else said):
            continue
        if _UNBUILT_VENUE_TOLD.search(said) and not planned_first and not _CAPACITY_FUTURE.search(said_first):
            continue  # (round 26 mend) the venue in use, then one approved or planned: another
        if any(w in OTHER_SET for w in noun_phrase(doc, second).modifiers):
            continue
        if agrees(first, second):
            yield DefiniteRestatement(link="inferred", cue=det, first=first, second=second, subject="capacity")
            continue
        if years_differ(doc, first, second) or compares(doc, second) \
                or new_qualifier(doc, second, first) and not _month_dates_the_verb(doc, second):
            continue
        yield DefiniteRestatement(link="inferred", cue=det, first=first, second=second, subject="capacity")


# (round 56) what a venue will host: "will host its first county fixture", "will stage the final"
_HOSTING_TO_COME = re.compile(r"\bwill\s+(?:host|stage|welcome)\s+(?:its|their|the|a|an)\b", re.I)


def _only_hosting_to_come(said: str) -> bool:
    """(round 56) The one word of what is to come in a venue's sentence is what it will host ("The new 7,500-capacity
    ground will host its first county fixture in June"): an event to come there, not a capacity still to be built,
    so the venue's size told in the past ("the stadium, with room for 5,700 spectators, cost £4.1m") is the same."""
    future = list(_CAPACITY_FUTURE.finditer(said))
    return bool(future) and all(_HOSTING_TO_COME.match(said, f.start()) for f in future)


def _month_dates_the_verb(doc: Document, m: Mention) -> bool:
    """(round 26) "Planners will decide on the 1,540-seat theatre in June": a month or a weekday right after the venue
    dates what is done to it, no qualifier of the venue (a year may be another time's: ``years_differ``)."""
    np = noun_phrase(doc, m)
    end = np.span.end if np.span is not None else m.end
    return not np.modifiers and _MONTH_AFTER_VENUE.match(doc.text, end) is not None


def _planned_venue_restated(doc: Document, first: Mention, venue: str) -> bool:
    """(round 26) The first capacity is told of a venue called planned, proposed or new in its own sentence: the
    unbuilt venue's one capacity, whatever the tense of the sentence restating it under the same noun (which tells
    of no other venue: ``_OTHER_VENUE_TOLD``, checked before; "The planned stadium ... The club's 41,000-seat
    ground has been its home" is another)."""
    s = doc.sentences[first.sentence]
    for match in re.finditer(r"[A-Za-z]+", doc.text[s.start:s.end]):
        if singular(match.group(0).lower()) == venue:
            at = s.start + match.start()
            if _PLANNED_VENUE.search(doc.text, max(s.start, at - 40), at):
                return True
    return False


# ---- a rate stated as a level twice ---------------------------------------

_STATE_VERBS = frozenset("is was stands stood remains remained sits sat at".split())


_QUALIFIED_AFTER = re.compile(r"\s+(?:for|among|in|of|across|outside)\s", re.I)


def _level_subject(doc: Document, m: Mention) -> tuple[list[str], bool] | None:
    """The subject a percentage is the level of, and whether it is definite: "Unemployment
    in the county stands at 6.8%" -> (unemployment in the county, False); "At 8.6%, the
    county's jobless rate is ..." -> (the county's jobless rate, True); the level a change
    reached, "Unemployment fell to 4.2%" -> (unemployment, False); the rate given as known,
    "The jobless rate of 4.5% is ..." -> (the jobless rate, True).  None for the size of a change."""
    s = doc.sentences[m.sentence]
    before = words(re.split(r"[,;:()]", doc.text[s.start:m.start])[-1])
    if before == ["at"] and doc.text[m.end:m.end + 1] == ",":  # fronted: "At 8.6%, the rate is ..."
        after = words(doc.text[m.end:s.end])
        cut = next((i for i, w in enumerate(after) if w in _STATE_VERBS or w in _CHANGE_VERBS), None)
        subject = after[:cut] if cut is not None and cut <= 7 else None
    elif before and before[-1] in _STATE_VERBS and not _CHANGE_VERBS & set(before):
        verb = max(i for i, w in enumerate(before) if w in _STATE_VERBS)
        subject = before[max(0, verb - 7):verb]
        if 7 < verb <= 12 and _level_concept(before[:1]) not in (None, _level_concept(subject)):
            subject = before[:verb]  # (round 62) the concept opens a long subject: "Turnout in the students' union
            # referendum on the rent strike was 61%"
        opener = max((i for i, w in enumerate(subject) if w in _SUBJECT_OPENERS), default=None)
        if opener is not None and opener + 1 < len(subject):
            subject = subject[opener + 1:]  # "said that with the reservoir at 47%": the reservoir
    elif len(before) >= 2 and before[-1] == "to" and before[-2] in _CHANGE_VERBS \
            and len(_CHANGE_VERBS & set(before)) == 1:
        subject = before[max(0, len(before) - 9):-2]  # "Unemployment fell to 4.2%": the level it reached
    elif len(before) >= 3 and before[-1] == "of" and before[0] in ("the", "its", "their") and len(before) <= 6 \
            and before[-2] in ("rate", "level", "figure") and s.start <= m.start \
            and doc.text[s.start:m.start].lstrip()[:1].isupper() \
            and not _QUALIFIED_AFTER.match(doc.text, m.end):
        subject = before[:-1]  # "The jobless rate of 4.5% is ...": the rate given as known (not "... for women")
    else:
        return None
    if not subject:
        return None
    owned = any(w.endswith(("'s", "’s")) for w in subject)
    subject = [re.sub(r"['’]s$", "", w) for w in subject]
    return subject, subject[0] in ("the", "its", "their") or owned


# words after which a level's subject begins: "Officials said that turnout was", "with the reservoir at"
_SUBJECT_OPENERS = frozenset({"that", "with", "said", "says", "while", "whereas"})


def _level_concept(subject: list[str]) -> str | None:
    return next((group_of(w) for w in subject if group_of(w) in PERCENT_CONCEPTS), None)


# heads that name no thing of their own: "the rate is at 4%", "it was at 40%"
_NO_LEVEL_HEAD = frozenset("""rate level figure share total number proportion percentage it this that which what
    there here one some most all others""".split())


def _level_head(subject: list[str]) -> str | None:
    """The thing a level is of when no rate concept names it, its head noun: "Kingsmoor reservoir is at
    41%" -> reservoir (to be restated as "the reservoir at 47%")."""
    ws = list(subject)
    while ws and (ws[-1] in _STATE_VERBS or ws[-1] in ("are", "were")):
        ws.pop()  # "Stocks at Ashcombe reservoir are at 41%": the reservoir
    if not ws or len(ws[-1]) < 4 or not ws[-1].isalpha() or ws[-1] in _NP_STOP or ws[-1] in _NO_LEVEL_HEAD:
        return None
    return singular(ws[-1])


_MONTHS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
# (round 26) a month or a weekday after a figure's noun phrase, no day or year after it: "... theatre in June"
_MONTH_AFTER_VENUE = re.compile(r"\s+(?:in|on|by|from|until|next|this|last)\s+(?:" + _MONTHS.pattern + "|"
                                + _WEEKDAY.pattern + r")(?![\s,]*\d)")
_PAST_STATE = frozenset("was were stood remained sat".split())
_PRESENT_STATE = frozenset("is are stands remains sits".split())


def _level_times_differ(doc: Document, first: Mention, second: Mention) -> bool:
    """Two levels of a thing told at two times: a day or month one sentence names and the other does not,
    or a past state against a present one ("was at 41% in May ... is at 47%")."""
    a, b = _sentence(doc, first), _sentence(doc, second)
    if {w.lower() for w in _DAY_NAMED.findall(a)} != {w.lower() for w in _DAY_NAMED.findall(b)} \
            or set(_MONTHS.findall(a)) != set(_MONTHS.findall(b)):
        return True
    va, vb = (set(words(_before(doc, m, 30))[-3:]) for m in (first, second))
    return bool(va & _PAST_STATE and vb & _PRESENT_STATE or va & _PRESENT_STATE and vb & _PAST_STATE)


@needs(Kind.PERCENT, count=2)
def find_level_restatements(doc: Document):
    """A rate stated as a level and stated again, with a definite subject, in a sentence or two:
    "Unemployment in the county stands at 6.8% ... At 8.6%, the county's jobless rate is the
    highest", "Inflation fell to 3.1% ... The inflation rate of 3.6% is" (never across a change,
    a date or a new qualifier of the subject: "The jobless rate of 4.5% for women")."""
    qs = [m for m in quantities(doc, Kind.PERCENT) if not m.is_range and not doc.sentences[m.sentence].headline]
    for j, second in enumerate(qs):
        if not _near_before(qs, j):
            continue
        found = _level_subject(doc, second)
        if found is None or not (found[1] or _bare_turnout(doc, second)) or _UPDATED.search(_sentence(doc, second)):
            continue
        subject, _ = found
        c = _level_concept(subject)
        head = None if c is not None else _level_head(subject)
        if c is None and head is None:
            continue
        earlier = []
        for m in _window(qs, j, _sentence_of):
            given = _level_subject(doc, m)
            if (given and (_level_concept(given[0]) == c if head is None
                           else _level_concept(given[0]) is None and _level_head(given[0]) == head)
                    and m.sentence != second.sentence
                    and m.sentence >= second.sentence - _MAX_SENTENCE_GAP):
                earlier.append((m, given[0]))
        if not earlier:
            continue
        agreeing = [m for m, _ in earlier if agrees(m, second)]
        if agreeing:
            yield DefiniteRestatement(link="inferred", cue="the", first=agreeing[-1], second=second, subject=c)
            continue
        if len({m.value for m, _ in earlier}) > 1:
            continue
        first, first_subject = earlier[-1]
        context = " ".join(first_subject)
        qualifiers = [w for w in subject if w not in _NP_STOP and w not in ("rate", "level", "figure", "s")
                      and group_of(w) != c]
        if any(not backed(w, context) for w in qualifiers):
            continue  # "the jobless rate for women"
        if compares(doc, second) or years_differ(doc, first, second):
            continue
        if head is not None and (_level_times_differ(doc, first, second) or _level_qualified(doc, first, second)):
            continue  # a thing's level, not a rate: the same time and measure only ("41% of capacity" / "47%")
        yield DefiniteRestatement(link="inferred", cue="the", first=first, second=second, subject=c or head)


# (round 62) "With turnout at 67%, ...": the sentence opens on the vote's one turnout, told again without "the" (not
# "Across the district, turnout was 34.9%": another scope)
_WITH_TURNOUT_AT = re.compile(r"\s*With\s+turnout\s+(?:at|of)\s+")


def _bare_turnout(doc: Document, m: Mention) -> bool:
    return _WITH_TURNOUT_AT.fullmatch(doc.text, doc.sentences[m.sentence].start, m.start) is not None


def _level_qualified(doc: Document, first: Mention, second: Mention) -> bool:
    """A phrase after the second level that the first's sentence does not back: "the reservoir at 47% of its
    winter average", "the party at 30% in Wales"."""
    q = _QUALIFIED_AFTER.match(doc.text, second.end)
    if q is None:
        return False
    tail = words(re.split(r"[,;:()]", _after(doc, second, 40))[0])[1:4]
    return any(w not in _NP_STOP and not backed(w, _sentence(doc, first)) for w in tail)


def find_new_level_restatements(doc: Document):
    """The level a change reached, restated as "the new rate/level/figure/price of N" in the next
    sentence or the one after: "Interest will be cut to 4.3% from September. The new rate of 3.4%
    applies to ..." (the one level reached in those sentences, of the same kind and unit)."""
    if "new" not in doc.text or not _names_new(doc.text):
        return  # (round 34, speed: no "the/its/their new", no level named new; 318 of the 2,116 corpus articles)
    for second in doc.mentions:
        if second.value is None or second.is_range \
                or second.kind not in (Kind.PERCENT, Kind.MONEY, Kind.COUNT, Kind.MEASURE):  # (round 24) "40mph"
            continue
        named = _NEW_LEVEL.search(doc.text, max(doc.sentences[second.sentence].start, second.start - 40), second.start)
        if named is None and _NEW_BEFORE.search(doc.text, max(0, second.start - 12), second.start):
            named = _NEW_LEVEL_AFTER.match(doc.text, second.end)  # (round 23) "the new 4.5% rate"
        if named is None:
            continue
        reached = [m for m in doc.mentions_within(second.sentence - 2, second.sentence)
                   if m.kind == second.kind and (m.unit or "") == (second.unit or "") and not m.is_range
                   and m.value is not None and (_reached(doc, m) or _reached_past_object(doc, m)
                                                or _old_level_before(doc, m) is not None)]
        # (round 24) not "from 60mph" of "to 40mph"
        others = [m for m in doc.mentions_within(reached[0].sentence, second.sentence + 1)
                  if m is not second and m.kind == second.kind and m not in reached
                  and m is not _old_level_before(doc, reached[0])] if reached else []
        if len(reached) != 1 or others:
            continue  # which level? or another figure of the kind in play
        first = reached[0]
        if years_differ(doc, first, second) or new_qualifier(doc, second, first) \
                or _NEW_LEVEL_QUALIFIED.match(doc.text, max(second.end, named.end())):  # (round 23) "rate for savers"
            continue  # "The new fare of £2.40 for children": a level of something else
        yield DefiniteRestatement(link="inferred", cue="the new", first=first, second=second, subject=named.group(1))


# (round 22) the year a thing opened or was founded, told twice by the same verb: "Riverside Zoo, which opened in
# 2009, ... since the zoo opened in 2006"
_YEAR_VERBS = r"(opened|founded|established|built|completed|launched|formed|created|started|began|set\s+up)"
# (round 33) the place of the act, between the verb and its year: "who formed in Dundee in 1979"
_PLACE_BEFORE_YEAR = r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
# (round 33) the act again as a gerund opening its sentence, the thing the subject after the year: "Since forming in
# 1981 they have", "Since opening in 2006, it has"; the gerund's verb in the past, as the first tells it
_SINCE_GERUND = re.compile(r"\W*Since\s+(?:being\s+)?(forming|formed|opening|founding|founded|launching|"
                           r"established|starting)\s+in\s+$")
_SINCE_GERUND_TRIGGER = ("since",)
_GERUND_VERB = {"forming": "formed", "opening": "opened", "founding": "founded", "launching": "launched",
                "starting": "started"}
_SUBJECT_AFTER_YEAR = re.compile(r"\s*,?\s*(?:they|it|the\s+([a-z][\w-]*))\s+(?:have|has|had|were|was|is|are)\b")
_YEAR_FIRST = re.compile(r"\b([A-Za-z][\w'’-]*)\s*(?:(?:,|\(|\s[-–—])\s*(?:which|that|who)\s+)?(?:was\s+|were\s+)?" + _YEAR_VERBS
                         + _PLACE_BEFORE_YEAR + r"\s+in\s+$")
_YEAR_AGAIN = re.compile(r"\b(?i:the|its|their)\s+([a-z][\w-]*)\s+(?:was\s+|were\s+)?" + _YEAR_VERBS + r"\s+in\s+$")
# (round 29, speed) the verbs of _YEAR_VERBS: every match of _YEAR_FIRST and _YEAR_AGAIN holds one
_YEAR_VERBS_TRIGGER = ("opened", "founded", "established", "built", "completed", "launched", "formed", "created",
                       "started", "began", "set")


# (round 33 review) another thing brought in between that "it" or "they" may stand for: "has a new wing", "a sister
# studio in Tokyo", "its youth arm"
_NEWER_THING = re.compile(r"\b(?:new|newer|another|second|sister|rival|spin-?off|offshoot|branch|wing|arm|annexe?|"
                          r"extension|subsidiary|division|successor|edition|version|sequel|outpost)\b", re.I)


def _since_gerund(doc: Document, m: Mention) -> tuple[str | None, str] | None:
    """(round 33) A year after "Since forming in" opening its sentence, with "they", "it" or "the NOUN" the subject
    right after: (the noun or None, the verb in the past): "Since forming in 1981 they have released 14 albums" ->
    (None, "formed")."""
    s = doc.sentences[m.sentence]
    if not holds_any(doc.text[s.start:m.start], _SINCE_GERUND_TRIGGER):
        return None
    gerund = _SINCE_GERUND.match(doc.text, s.start, m.start)
    subject = _SUBJECT_AFTER_YEAR.match(doc.text, m.end, s.end) if gerund else None
    if subject is None:
        return None
    verb = gerund.group(1).lower()
    return (singular(subject.group(1)) if subject.group(1) else None), _GERUND_VERB.get(verb, verb)


@needs(Kind.YEAR, count=2)
def find_year_restatements(doc: Document):
    """(round 22) The year a thing opened, was founded or built, told by its verb right after the thing or in an aside
    on it ("Riverside Zoo, which opened in 2009,", "The bridge was built in 1880"), told again in the next sentence or
    the one after by the same verb after "the" and the thing's own noun ("since the zoo opened in 2006"): nothing
    between "the" and the noun ("the old zoo", "the first zoo" are others), and no other year of that verb between."""
    ys = [m for m in doc.mentions if m.kind == Kind.YEAR and m.value is not None and not m.is_range]
    told = {}
    for m in ys:
        s = doc.sentences[m.sentence]
        before = doc.text[max(s.start, m.start - 60):m.start]
        if not holds_any(before, _YEAR_VERBS_TRIGGER):
            told[id(m)] = (None, None)
            continue
        first = _YEAR_FIRST.search(before)
        again = _YEAR_AGAIN.search(before)
        told[id(m)] = (first, again)
    for j, second in enumerate(ys):
        again = told[id(second)][1]
        since = _since_gerund(doc, second) if again is None else None
        if since is not None:
            thing, verb = since
        elif again is None:
            continue
        else:
            thing, verb = singular(again.group(1).lower()), " ".join(again.group(2).lower().split())
        firsts = [m for m in in_sentences(ys, second.sentence - 2, second.sentence) if told[id(m)][0] is not None]
        firsts = [m for m in firsts if " ".join(told[id(m)][0].group(2).lower().split()) == verb]
        if len(firsts) != 1:
            continue
        first = firsts[0]
        if thing is None and _NEWER_THING.search(doc.text, first.end, second.start):
            continue  # (round 33 review) "The museum, which opened in 1998, has a new wing. Since opening in 2012, it"
        if thing is None:
            thing = singular(told[id(first)][0].group(1).lower())  # "they", "it": the one thing told before
        elif singular(told[id(first)][0].group(1).lower()) != thing:
            continue
        if any(m is not first and m is not second and first.sentence <= m.sentence <= second.sentence for m in ys):
            continue  # another year in play
        a, b = (replace(m, interval=Interval(m.value, m.value), precision=Fraction(1)) for m in (first, second))
        yield DefiniteRestatement(link="inferred", cue="the " + thing, first=a, second=b, subject=thing)


# (round 22) "the 4.2% rate", "its 3.5% rate": a percentage as the modifier of a bare rate word, nothing after it naming
# whose rate it is ("the 4.2% rate for women", "the 5% rate of VAT", "the 2% rate target" are others)
_RATE_MODIFIED = re.compile(r"\s+(?:rate|level)\b(?!\s+(?:of|for|in|on|among|amongst|at|across|outside|to|from|"
                            r"target|forecast|cap|ceiling|floor|limit|band|threshold|cut|rise|hike|increase|"
                            r"reduction|change|tier)\b|-)", re.I)
_THE_BEFORE_RATE = re.compile(r"\b(?:the|its|their)\s+$", re.I)
# a rate the sentence names by its own noun, another than the first's: "Borrowers on fixed mortgages ... the 4.5% rate"
_OTHER_RATE_WORDS = frozenset("""mortgage mortgages loan loans savings saver savers borrowers borrower tax taxes vat
    deal deals bond bonds fixed variable card cards pension pensions tariff duty bank banks lender lenders account
    accounts""".split())


@needs(Kind.PERCENT, count=2)
def find_rate_modifier_restatements(doc: Document):
    """(round 22) A rate given as a level and restated in the next sentence or the one after as "the N% rate":
    "Unemployment fell to 4.6% in the quarter ... The 4.2% rate is the lowest since 1992", "held its benchmark rate
    at 3.75% ... leaving the 3.5% rate unchanged".  Only when the first is the one percentage from its sentence to
    the second's (no change told beside it, no second rate), its subject is a rate (a rate word or a rate concept:
    unemployment, inflation), nothing after "rate" says whose, no other rate's noun stands in the second's clause,
    and nothing says time has passed."""
    qs = [m for m in quantities(doc, Kind.PERCENT) if not doc.sentences[m.sentence].headline]
    for j, second in enumerate(qs):
        if j == 0 or second.is_range or second.hedge or _RATE_MODIFIED.match(doc.text, second.end) is None \
                or not _THE_BEFORE_RATE.search(doc.text, max(0, second.start - 8), second.start):
            continue
        first = qs[j - 1]
        if not 1 <= second.sentence - first.sentence <= 2 or first.is_range \
                or any(m.kind == Kind.PERCENT and m is not first
                       for m in doc.mentions_in(first.sentence)):
            continue  # the one percentage of its sentence, and none between (qs[j - 1] is the nearest)
        given = _level_subject(doc, first)
        if given is None or not ("rate" in given[0] or _level_concept(given[0]) in ("unemployment", "inflation")):
            continue
        s = doc.sentences[second.sentence]
        clause = words(re.split(r"[,;:()]", doc.text[s.start:second.start])[-1])
        said = _sentence(doc, first)
        if any(w in _OTHER_RATE_WORDS and not backed(w, said) for w in clause):
            continue  # "Borrowers on fixed deals face the 4.5% rate": another rate
        if _UPDATED.search(_sentence(doc, second)) or compares(doc, second) or years_differ(doc, first, second) \
                or _ANOTHER_RATE.search(doc.text, max(s.start, second.start - 40), second.start) \
                or sorted(re.sub(r"\D", "", first.text)) == sorted(re.sub(r"\D", "", second.text)):
            continue  # (a digit swap, "stands at 5.9% ... The 9.5% rate", is left to the slip reader)
        yield DefiniteRestatement(link="inferred", cue="the", first=first, second=second,
                                  subject=_level_concept(given[0]) or "rate")


_ANOTHER_RATE = re.compile(r"\b(?:previous|former|old|new|next|last|earlier|another|other|original|target|expected|"
                           r"forecast|predicted)\b[^.;:]*$", re.I)


def _reached(doc: Document, m: Mention) -> bool:
    """The level a change reaches: "rose to 4.3%", "will be cut to £310", "raised to 5.25%"."""
    before = words(_before(doc, m, 30))[-2:]
    return len(before) == 2 and before[1] == "to" and (before[0] in _CHANGE_VERBS or before[0] in _SET_VERBS)


# (round 23) the level a change of a named thing reaches: "lifts rate to 4.25%", "raised its main rate to 5%", "cut
# interest rates to 3.5%"
_REACHED_PAST_OBJECT = re.compile(r"\b(?:lift|lifts|lifted|raise|raises|raised|cut|cuts|lower|lowers|lowered|hike|"
                                  r"hikes|hiked|increase|increases|increased|reduce|reduces|reduced|put|puts)\s+"
                                  r"(?:its\s+|the\s+|their\s+|his\s+|her\s+)?(?:[a-z]+\s+){0,2}?"
                                  r"(?:rates?|fares?|fees?|prices?|charges?|caps?|limits?|thresholds?|tariffs?)"
                                  r"\s+to\s+$",
                                  re.I)
# (round 23) "the new 4.5% rate": a new level as the modifier of its noun
_NEW_BEFORE = re.compile(r"\b(?:the|its|their)\s+new\s+$", re.I)
_NEW_OWNERS = ("the", "its", "their")


def _names_new(text: str) -> bool:
    r"""(round 34, speed) Whether ``text`` holds "the", "its" or "their", blanks, "new" and a blank, in any case: what
    every match of ``_NEW_LEVEL`` and of ``_NEW_BEFORE`` holds (their leading ``\b`` left out: a window's edge may
    meet it mid-word).  Read in the text as a case-blind pattern reads it (``case_blind_lower``), by "new" and the
    blanks before it (``str.isspace`` is ``\s``): a case-blind search over the whole text costs a hundred times
    more than the finder."""
    lower = case_blind_lower(text)
    at = lower.find("new")
    while at >= 0:
        if lower[at + 3:at + 4].isspace():
            k = at
            while k > 0 and lower[k - 1].isspace():
                k -= 1
            if k < at and lower.endswith(_NEW_OWNERS, 0, k):
                return True
        at = lower.find("new", at + 3)
    return False


_NEW_LEVEL_AFTER = re.compile(r"\s*(rate|level|price|fee|fare|cap|limit|charge|threshold|tariff|wage)\b", re.I)


def _reached_past_object(doc: Document, m: Mention) -> bool:
    """(round 23) A level reached after its verb's object: "Central bank lifts rate to 4.25%"."""
    return bool(_REACHED_PAST_OBJECT.search(doc.text, max(0, m.start - 50), m.start))


# (round 24) a change told from its old level to its new one: "will be cut from 60mph to 40mph", "raised its rate
# from 4% to 4.25%" (the verb right before "from", or its object between)
_FROM_LEVEL_TO = re.compile(r"^\s+to\s+$")


def _old_level_before(doc: Document, m: Mention) -> Mention | None:
    """(round 24) The old level of the change whose new level ``m`` is, "from N to": "will be cut from 60mph to
    40mph" gives 60mph for 40mph (same kind and unit; the change's verb before "from", as ``_reached`` reads it)."""
    if m.value is None or m.is_range:
        return None
    prev = [p for p in doc.mentions_in(m.sentence) if p.end <= m.start]
    if not prev or prev[-1].kind != m.kind or (prev[-1].unit or "") != (m.unit or "") \
            or not _FROM_LEVEL_TO.match(doc.text[prev[-1].end:m.start]):
        return None
    before = words(_before(doc, prev[-1], 30))[-2:]
    text = _before(doc, prev[-1], 50)
    if len(before) == 2 and before[1] == "from" and (before[0] in _CHANGE_VERBS or before[0] in _SET_VERBS) \
            or _REACHED_PAST_OBJECT.search(re.sub(r"\s+from\s+$", " to ", text)):
        return prev[-1]
    return None


_SET_VERBS = frozenset("cut cuts raised raises lowered lowers reduced reduces increased hiked slashed trimmed".split())
# a phrase after the figure naming whose level it is: "for children", "among women"
_NEW_LEVEL_QUALIFIED = re.compile(r"\s+(?:for|among|in|on|at|near|outside|around|along|beside|by)\s+"
                                  r"(?!(?:the\s+)?(?:year|month|week)\b)"
                                  # (round 42) how long something went on is no qualifier: "campaigned for the new
                                  # 20mph limit for more than a decade"
                                  r"(?!(?:(?:more|less)\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+|some\s+)?(?:(?:a|an|\d+|"
                                  r"two|three|four|five|six|seven|eight|nine|ten|several|many)\s+)?(?:years?|decades?|"
                                  r"months?|weeks?)\b)",
                                  re.I)
# "The new rate of 3.4%", "the new fee, £9,535,": the level just reached, named again
_NEW_LEVEL = re.compile(r"\b(?:the|its|their)\s+new\s+(rate|level|figure|price|fee|fare|cap|limit|charge|threshold|"
                        r"minimum|maximum|total|tariff|wage)(?:\s+of|,)\s+$", re.I)


def find_peak_restatements(doc: Document):
    """The highest level a figure reached, restated as "the/that N peak" (or "the peak of N") in the next
    sentence or the one after: "The river reached 5.3 metres at Bewdley ... That 3.5-metre peak was ..."
    (the one level reached in those sentences, of the same kind and unit; silent on a comparison, "the
    previous 5.3-metre peak", other years, a new qualifier, or another figure of the kind between)."""
    if "peak" not in doc.text and "high" not in doc.text:
        return
    for second in doc.mentions:
        if second.value is None or second.is_range or second.hedge or second.kind not in _PEAK_KINDS:
            continue
        near = doc.text[max(0, second.start - 20):second.end + 24].lower()
        if not any(w in near for w in _PEAK_WORDS):
            continue  # a cheap test before reading the noun phrase
        start = doc.sentences[second.sentence].start
        np = noun_phrase(doc, second)
        named = _PEAK_OF.search(doc.text, max(start, second.start - 40), second.start)
        if named is None and not (np.adjacent and not np.modifiers
                                  and singular(np.head) in _PEAK_NOUNS
                                  and _PEAK_DET.search(doc.text, max(start, second.start - 8), second.start)):
            continue
        if _PEAK_APART.search(doc.text, max(start, second.start - 40), second.start):
            continue  # "beating the 4.2-metre peak", "the previous peak of 4.2 metres"
        reached = [m for m in doc.mentions_within(second.sentence - 2, second.sentence)
                   if m.kind == second.kind and _same_unit(m, second) and not m.is_range
                   and m.value is not None and _peaked(doc, m)]
        others = [m for m in doc.mentions_within(reached[0].sentence, second.sentence + 1)
                  if m is not second and m.kind == second.kind and m not in reached] if reached else []
        if len(reached) != 1 or others:
            continue  # which level? or another figure of the kind in play
        first = reached[0]
        if years_differ(doc, first, second) or new_qualifier(doc, second, first) or compares(doc, second):
            continue
        if _PEAK_FORESEEN.search(_sentence(doc, first)) or _PEAK_FORESEEN.search(_sentence(doc, second)):
            continue  # "The 5.2-metre peak is expected on Tuesday": a peak to come, not the level reached
        if _other_year(doc, first, second):
            continue  # "In 1960 the 6.1-metre peak ...", "The 11.1% peak came in October 2022"
        yield DefiniteRestatement(link="inferred", cue="the peak", first=first, second=second, subject="peak")


_DAY_NAMED = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|"
                        r"(?:last|next)\s+(?:week|month|year|season|night|weekend))\b", re.I)
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
_NAMED_MEASURE_DET = re.compile(r"\b(?:the|that|this)\s+$", re.I)
_MEASURE_NOUN_OF = re.compile(r"\b([a-z]{3,})\s+of\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+)?$", re.I)
# the thing whose measure a verb tells: "Gusts reached 92mph", "Waves hit 9 metres" (not "at", "of" before it)
_MEASURE_NOUN_REACHED = re.compile(r"\b([a-z]{3,})\s+(?:reached|hit|topped|peaked\s+at)\s+$", re.I)
_MEASURE_APART = re.compile(r"\b(?:previous|earlier|former|old|last|record|average|usual|normal|typical|"
                            r"forecast|expected|predicted)\s+$", re.I)


def _measure_noun(doc: Document, m: Mention) -> str | None:
    """The thing a measure is of, singular: "Gusts of 94mph" and "a 94mph gust" are gusts."""
    start = doc.sentences[m.sentence].start
    of = _MEASURE_NOUN_OF.search(doc.text, max(start, m.start - 30), m.start)
    if of is None:
        of = _MEASURE_NOUN_REACHED.search(doc.text, max(start, m.start - 30), m.start)
        lead = words(doc.text[start:of.start(1)])[-1:] if of is not None else None
        if of is not None and lead and lead[0] not in ("the", "a", "an") \
                and not re.search(r"[,;:(\u2014\u2013-]\s*$", doc.text[start:of.start(1)]):
            of = None  # the noun opens its clause: "Gusts reached", "the waves hit" (not "winds at sea hit")
    if of is not None:
        return singular(of.group(1).lower())
    if not _A_BEFORE.search(doc.text, max(start, m.start - 4), m.start):
        return None  # brought in with "a": not "won the 200 metres freestyle", an event's name
    np = noun_phrase(doc, m)
    return singular(np.head) if np.adjacent and not np.modifiers and np.head else None


@needs(Kind.MEASURE, count=2)
def find_named_measure_restatements(doc: Document):
    """A measure of a thing restated as "the N-unit thing" in the next sentence or the one after: "Gusts of
    94mph were recorded ... The 84mph gust was the strongest" (also "a 19-metre wave ... the 17-metre wave";
    the one measure of that thing and unit in those sentences, none of the unit between; silent on "the
    previous ...", a comparison, other years, a new qualifier or a forecast)."""
    measures = [m for m in doc.mentions if m.kind == Kind.MEASURE]
    if len(measures) < 2:
        return
    for second in measures:
        if second.value is None or second.is_range or second.hedge or second.compound:
            continue  # (a compound, "the 17-metre wave", is the attribute finder's)
        start = doc.sentences[second.sentence].start
        if not _NAMED_MEASURE_DET.search(doc.text, max(start, second.start - 6), second.start):
            continue
        np = noun_phrase(doc, second)
        if not np.adjacent or np.modifiers or not np.head or singular(np.head) in STRUCTURES:
            continue  # a structure's size is the length finder's
        noun = singular(np.head)
        if noun in _PEAK_NOUNS or _MEASURE_APART.search(doc.text, max(start, second.start - 30), second.start - 4):
            continue
        alike = [m for m in measures if second.sentence - 2 <= m.sentence < second.sentence
                 and _same_unit(m, second) and not m.is_range and m.value is not None]
        named = [m for m in alike if _measure_noun(doc, m) == noun]
        if len(named) != 1 or any(m.start > named[0].start for m in alike if m is not named[0]):
            continue  # which one? or another of the unit in between
        first = named[0]
        if any(m is not second and m.sentence == second.sentence and m.start < second.start
               and _same_unit(m, second) for m in measures):
            continue
        if years_differ(doc, first, second) or new_qualifier(doc, second, first) or compares(doc, second):
            continue
        if noun in _NOT_SIZED_THINGS and any(_FOR_A_GROUP.match(doc.text, noun_phrase(doc, m).span.end)
                                             for m in (first, second) if noun_phrase(doc, m).span is not None):
            continue  # (round 53) "a 750m swim for novices ... The 1500m swim is for the elite field": two races
        if _PEAK_FORESEEN.search(_sentence(doc, first)) or _PEAK_FORESEEN.search(_sentence(doc, second)):
            continue  # "Gusts of 90mph are forecast ... the 70mph gust that hit"
        if set(_DAY_NAMED.findall(_sentence(doc, second))) - set(_DAY_NAMED.findall(_sentence(doc, first))):
            continue  # "won the 164km race ... the 155km race on Sunday": another day's
        yield DefiniteRestatement(link="inferred", cue="the " + noun, first=first, second=second, subject=noun)


# (round 53) a race told as one group's: "a 750m swim for novices", "the 1500m swim is for the elite field"
_FOR_A_GROUP = re.compile(r"\s+(?:is\s+|are\s+|was\s+)?(?:reserved\s+|open\s+|meant\s+)?for\s+(?:the\s+)?(?:[a-z]+\s+)?"
                          r"(?:novices|beginners|juniors|elites?|women|men|children|kids|veterans|amateurs|field|"
                          r"entrants|age-groupers|professionals|pros|teams|relay\s+teams|under-\d+s?)\b", re.I)


# (not "forecasters", who speak of what was measured too: "Forecasters said the 82mph gust at ... was")
_PEAK_FORESEEN = re.compile(r"\b(?:expect\w*|forecast(?!ers?\b)\w*|predict\w*|project\w*|could|would|will|may|might|likely|"
                            r"due|set\s+to|fear\w*|warn\w*|until|before)\b", re.I)
def _other_year(doc: Document, first: Mention, second: Mention) -> bool:
    """A year in the second's sentence that the first's does not name, other than one the figure is
    measured against ("the highest since the floods of 2000")."""
    s = doc.sentences[second.sentence]
    own = set(_YEAR_DIGITS.findall(_sentence(doc, first)))
    return any(y.kind in (Kind.YEAR, Kind.DATE) and set(_YEAR_DIGITS.findall(y.text)) - own
               and not re.search(r"\bsince\b[^,;]*$", doc.text[s.start:y.start], re.I)
               for y in doc.mentions_in(second.sentence))


_YEAR_DIGITS = re.compile(r"\b(?:1[89]|20)\d\d\b")


_PEAK_KINDS = (Kind.MEASURE, Kind.PERCENT, Kind.MONEY, Kind.COUNT)
_PEAK_NOUNS = frozenset({"peak", "high", "maximum", "crest", "high-water"})
_PEAK_WORDS = ("peak", "high", "maximum", "crest")
_PEAK_DET = re.compile(r"\b(?:the|that|this|its|their)\s+$", re.I)
_PEAK_OF = re.compile(r"\b(?:the|that|this|its|their)\s+(?:peak|high|maximum)\s+of\s+$", re.I)
# ((round 53) not a fire or a war that "broke out")
_PEAK_APART = re.compile(r"\b(?:beat\w*|broke(?!\s+out\b)|break\w*(?!\s+out\b)|surpass\w*|exceed\w*|topp\w*|above|below|under|over|than|"
                         r"previous|(?<!-)old|former|last|earlier|record|another|compared|versus)\b[^.;:]*$", re.I)
_PEAK_VERBS = frozenset("reach reaches reached reaching hit hits hitting top tops topped topping".split())


def _peaked(doc: Document, m: Mention) -> bool:
    """A level reached on the way up: "reached 4.6 metres", "hit 41C", "peaked at 8.2%", "rose to 412"."""
    before = words(_before(doc, m, 30))[-2:]
    if not before:
        return False
    if before[-1] in _PEAK_VERBS or before[-2:] in (["peaked", "at"], ["peaking", "at"]):
        return True
    return len(before) == 2 and before[1] == "to" and before[0] in _RISE_VERBS


_RISE_VERBS = frozenset("rise rises rose risen climb climbs climbed surge surges surged soar soars soared jump jumps "
                        "jumped".split())


def _same_unit(a: Mention, b: Mention) -> bool:
    """One unit, however written: "4.6 metres" and "4.2-metre", "640MW" and "460-megawatt"."""
    if (a.unit or "").lower() == (b.unit or "").lower():
        return True
    ua = resolve_unit(a.unit)
    return len(ua) == 1 and ua == resolve_unit(b.unit)


# (round 29, speed) the restated margin's noun, read by _MARGIN_NOUN after its figure
@needs(words=("victory", "win", "defeat", "loss", "margin", "triumph", "success"))
def find_margin_restatements(doc: Document):
    """A winning margin given with "by" and restated as "the N-unit victory/win/defeat" in the next
    sentence or the one after: "Okafor won the Scottish Open by three shots ... Her five-stroke victory"
    (strokes for shots; the one margin in those sentences; silent on "the previous", a record, another
    year)."""
    if " by " not in doc.text and " clear" not in doc.text and " ahead" not in doc.text:
        return
    # every "by N" (a margin whose verb is left out too: "and England by four wickets"); (round 24) a time "clear"
    margins = [m for m in doc.mentions if (m.kind == Kind.COUNT or m.kind == Kind.DURATION and _margin_unit(doc, m))
               and not m.compound and m.value is not None
               and not m.is_range and _BY_BEFORE.search(doc.text, max(0, m.start - 4), m.start)
               or _time_clear(doc, m)]  # a time only after a verb of winning: not "delayed by 20 minutes"
    if not margins:
        return
    for second in doc.mentions:
        if second.value is None or second.hedge or not (
                second.kind == Kind.COUNT and second.compound
                or second.kind == Kind.DURATION and second.compound  # (round 48) "His 23-second margin", one length
                or second.kind == Kind.POINTS and second.text.lower().endswith("-point")  # "the 12-point win"
                or _SECONDS_JOINED.match(doc.text, second.end) and second.kind == Kind.COUNT):
            continue  # (round 24) "His 23-second margin": "second" read as the ordinal, the figure left bare
        start = doc.sentences[second.sentence].start
        joined_seconds = None if second.compound else _SECONDS_JOINED.match(doc.text, second.end)
        end = joined_seconds.end() if joined_seconds else second.end
        if not _MARGIN_NOUN.match(doc.text, end) \
                or not _MARGIN_DET.search(doc.text, max(start, second.start - 8), second.start) \
                or _PEAK_APART.search(doc.text, max(start, second.start - 40), second.start):
            continue
        joined = _HYPHENED.search(doc.text[second.start:end])
        if joined is None:
            continue
        unit = _MARGIN_UNITS.get(singular(joined.group(1).lower()), singular(joined.group(1).lower()))
        earlier = [m for m in margins if second.sentence - 2 <= m.sentence < second.sentence]
        if len(earlier) != 1 or earlier[0].hedge or _margin_unit(doc, earlier[0]) != unit:
            continue  # which margin? or one in other units
        first = earlier[0]
        if years_differ(doc, first, second) or _whose_other(doc, first, second):
            continue
        noun = _MARGIN_NOUN.match(doc.text, end)
        if ((noun.group(2) or noun.group(1)).lower() in _LOSS_NOUNS) != _lost(doc, first):
            continue  # "won by two goals ... Their three-goal defeat": another match, or the other side's
        s = doc.sentences[second.sentence]
        other = _OTHER_MATCH.match(doc.text, noun.end(), s.end)
        rest = re.match(r"[^,;.]*", doc.text[noun.end():s.end]).group(0)
        rest = _RANKED_TIME.sub(" ", rest)  # (round 24) "... margin was the largest of the season": ranks it
        rest = _FIRST_SINCE.sub(" ", rest)  # (round 60) "... was her first on the tour since 2021": ranks it too
        rest = re.sub(r"\b[\w-]+-(?:year|month|week)-olds?\b", " ", rest)  # (round 48) "lifts the 29-year-old": an age
        if other and not _same_opponent(doc, first, noun.end()) or _OTHER_TIME.search(rest) \
                or _other_weekday(doc, first, rest) or _BEFORE_OTHER.search(doc.text[s.start:second.start]) \
                or _PEAK_FORESEEN.search(doc.text, s.start, s.end) or _other_year(doc, first, second):
            continue  # "the three-goal victory over Hull last season", "a week earlier", "would have been"
        yield DefiniteRestatement(link="inferred", cue="the margin", first=first, second=second, subject="margin")


def _whose_other(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 44) "Claes, whose 47-second winning margin": the name before "whose" must be named before the first
    margin in its sentence (the winner), not another rider's ("The Belgian, whose": the subject named again)."""
    return named_elsewhere(doc, first, named_before_whose(doc, doc.sentences[second.sentence].start, second.start))


def named_before_whose(doc: Document, start: int, end: int) -> str | None:
    """(round 44) The name right before ", whose" ending at ``end`` ("Claes, whose"), not after "the" ("The Belgian,
    whose": the subject named again by a noun); None if there is none."""
    whose = _WHOSE_NAME.search(doc.text, start, end)
    if whose is None or re.search(r"\bthe\s+$", doc.text[max(0, whose.start() - 5):whose.start()], re.I):
        return None
    return whose.group(1)


def named_elsewhere(doc: Document, first: Mention, name: str | None) -> bool:
    """(round 44) A name said of a second figure ("Botha's time of", "Maes, whose margin") that the first figure's
    sentence does not name before it, as its subject, or names after it ("ahead of Botha"): another person's figure."""
    if not name:
        return False
    s1 = doc.sentences[first.sentence]
    return name not in doc.text[s1.start:first.start] or name in doc.text[first.end:s1.end]


_WHOSE_NAME = re.compile(r"\b([A-Z][\w'’-]+),?\s+whose\s+$")
_SECONDS_JOINED = re.compile(r"-seconds?\b", re.I)  # (round 24) "23-second": the grammar reads "second" as an ordinal
_MARGIN_DET = re.compile(r"\b(?:the|that|this|its|their|his|her|whose)\s+$", re.I)  # (round 44) "Claes, whose 47-second winning margin"
_MARGIN_NOUN = re.compile(r"\s+(?:winning\s+)?(victory|win|defeat|loss|margin|triumph|success)\b(?:\s+of\s+(victory|defeat)\b)?", re.I)
# (round 24) "margin of victory" is one noun: "His 23-second margin of victory" (its "of" names no other match)
_LOSS_NOUNS = frozenset({"defeat", "loss"})
_LOSS_VERBS = frozenset("lost lose loses losing beaten".split())
_HYPHENED = re.compile(r"-([A-Za-z]+)$")
_MARGIN_UNITS = {"stroke": "shot"}
_WIN_VERBS = frozenset("""won win wins winning beat beats beaten beating lost lose loses losing defeated defeats
    triumphed edged clinched took take takes taking claimed sealed secured""".split())  # (round 44) "took the stage by"


def _margin_unit(doc: Document, m: Mention) -> str | None:
    """The unit of a margin told with "by" after a verb of winning or losing: "won the Open by four shots"
    -> shot (strokes are shots)."""
    if _time_clear(doc, m):
        return m.unit  # (round 24) "crossed the line 28 seconds clear": a margin in time
    if not _BY_BEFORE.search(doc.text, max(0, m.start - 4), m.start):
        return None
    if m.kind != Kind.DURATION and (  # (round 24) "won by 28 seconds": a time's unit is its own
            not m.noun or not re.match(r"\s*" + re.escape(m.noun), doc.text[m.end:m.end + len(m.noun) + 2])):
        return None  # the unit straight after the figure
    s = doc.sentences[m.sentence]
    clause = re.split(r"[,;:]", doc.text[s.start:m.start])[-1]
    if not _WIN_VERBS & set(words(clause)[-8:]):
        return None
    noun = m.unit if m.kind == Kind.DURATION else singular(m.noun.lower())
    return _MARGIN_UNITS.get(noun, noun)


_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
# (round 24) a lead in time told after its figure: "28 seconds clear of", "finished 1.4 seconds ahead of"
_CLEAR_AFTER = re.compile(r"\s+(?:clear|ahead)\s+of\b", re.I)


def _time_clear(doc: Document, m: Mention) -> bool:
    """(round 24) A winning margin in time told as a lead over a rival: "crossed the line 28 seconds clear of Moreau"."""
    return m.kind == Kind.DURATION and not m.compound and not m.is_range and m.value is not None \
        and m.unit in ("second", "minute", "hour") and bool(_CLEAR_AFTER.match(doc.text, m.end))


def _lost(doc: Document, m: Mention) -> bool:
    """Was the margin a loss ("lost by 12 runs", "were beaten by two goals")?"""
    s = doc.sentences[m.sentence]
    clause = re.split(r"[,;:]", doc.text[s.start:m.start])[-1]
    return bool(_LOSS_VERBS & set(words(clause)[-8:]))


# ---- a whole stated with "all" ------------------------------------------

_PERSON_GROUPS = frozenset({"victim", "injured", "evacuee", "arrested", "worker", "soldier", "passenger",
                            "migrant"})
_PERSON_PLURALS = frozenset({"crew", "hostages", "tourists", "pilgrims", "fans", "members", "staff"})
_PERSON_ENDINGS = ("ers", "ors", "ists", "ians")


def _personal(noun: str | None) -> bool:
    """Does a plural noun name people ("miners", "passengers", "crew")?"""
    if not noun:
        return False
    n = singular(noun)
    return (n in PERSON_NOUNS or n in GENERIC_NOUNS or noun in _PERSON_PLURALS or group_of(noun) in _PERSON_GROUPS
            or (noun.endswith(_PERSON_ENDINGS) and len(noun) > 5)
            or noun.endswith("men") and n != noun.lower())  # (round 32) "crewmen", "doormen" (not "specimen")


_WHOLE_RESTATED = re.compile(r"(?:\s+[a-z][a-z-]*){1,4}")


def find_whole_restatements(doc: Document):
    """"All 23 miners ... were brought to the surface. The 27 rescued men ...": a set
    given whole with "all" and, in the next sentence, "the N" people of no new kind
    (a participle is allowed: "rescued", "freed").  The restatement may repeat the
    whole or name fewer, never more."""
    qs = [m for m in quantities(doc, Kind.COUNT) if not m.is_range and not doc.sentences[m.sentence].headline]
    by_sent: dict[int, list[Mention]] = {}
    for m in qs:
        by_sent.setdefault(m.sentence, []).append(m)
    for second in qs:
        prior = by_sent.get(second.sentence - 1, [])
        if len(prior) != 1 or second.hedge or definite(doc, second) != "the":
            continue
        first = prior[0]
        if first.hedge or not (definite(doc, first) or "").startswith("all") or not _personal(
                noun_phrase(doc, first).head):
            continue
        if by_sent[second.sentence][0] is not second or second.value is None or first.value is None:
            continue  # another count stands between them
        match = _WHOLE_RESTATED.match(doc.text, second.end, doc.sentences[second.sentence].end)
        if not match:
            continue
        run = match.group(0).split()  # "rescued men were", "men who led"
        whole_head = noun_phrase(doc, first).head
        # (round 18) "all 17 people on board ... the 19 crew members": any people of the whole's "people" are some
        # of them, so never more
        k = next((i for i, w in enumerate(run[:3])
                  if w in GENERIC_NOUNS or group_of(w) == group_of(whole_head)
                  or whole_head in ("people", "persons") and _personal(w)), None)
        if k is None or run[k + 1:k + 2] in (["who"], ["that"], ["which"], ["whom"]):
            continue  # "the 40 men who led the rescue": a set of its own
        mods, head = run[:k], run[k]
        context = _sentence(doc, first)
        if any(w in OTHER_SET or w in SUBGROUP or not (w.endswith(("ed", "en")) or backed(w, context))
               for w in mods):
            continue
        if second.value < first.value or compares(doc, second) or change_role(doc, second):
            continue  # fewer: perhaps some of them
        if years_differ(doc, first, second):
            continue
        yield DefiniteRestatement(link="inferred", cue="all ... the", first=first, second=second,
                                  subject=" ".join(mods + [head]))


_BARE_ALL = re.compile(r"\b(?:all|the)\s+$", re.I)
_BARE_VERB = re.compile(r"\s+(?:of\s+(?:them|those(?:\s+[a-z]+(?:ed|en|urt)|\s+(?P<there>on\s+board|aboard|onboard|inside))?)\s+)?"
                        r"(?:were|are|was|is|had|have|remain|remained|remains|"
                        r"will|would|could|can|died|survived|escaped|suffered|needed|received|"
                        r"required|walked|went"
                        # (round 47) or the object of a rescue, where it took them: "bringing all 15 to safety"
                        r"|to\s+safety|to\s+hospital|to\s+shore|ashore|out\s+alive)\b")


def find_bare_restatements(doc: Document):
    """"Eleven people were hurt ... Medics said all nine were ...": "all N"/"the N" with no noun,
    standing as a pronoun for the one counted set just before (the only count in the sentence
    before, nothing counted in between).  A figure that agrees with any earlier count is silent.
    (round 30) "all N of those on board/aboard/inside" is all who were there: only fewer than the set
    counted from there contradicts it ("rescued 23 people ... All 19 of those on board were brought ashore")."""
    qs = [m for m in quantities(doc, Kind.COUNT) if not doc.sentences[m.sentence].headline]
    for j, second in enumerate(qs):
        if j == 0 or second.hedge or second.is_range or second.value is None or m_compound(second):
            continue
        bare = _BARE_VERB.match(doc.text, second.end)
        if not _BARE_ALL.search(_before(doc, second, 12)) or not bare:
            continue
        first = qs[j - 1]
        if first.sentence == second.sentence or first.sentence < second.sentence - 2:
            continue
        if first.is_range or first.value is None or len(in_sentences(qs, first.sentence, first.sentence + 1)) != 1:
            continue
        head = noun_phrase(doc, first).head
        if not head or not counts_things(doc, first) or _part_of_more(doc, first) or _additional(doc, first):
            continue
        if any(agrees(m, second) for m in qs[:j]) or years_differ(doc, first, second):
            continue
        if second.value < 2 or first.value < 2:
            continue
        if not first.value / 2 <= second.value <= 2 * first.value:
            continue  # (round 47) "Fourteen pupils were evacuated ... All 300 were sent home": everyone, no restatement
        if bare.group("there") and second.value >= first.value:
            continue  # (round 30) "rescued 14 ... all 16 of those on board": more were there than were counted
        yield DefiniteRestatement(link="inferred", cue="all", first=first, second=second,
                                  subject=_subject(doc, first, concept(doc, first) or singular(head)))


def m_compound(m: Mention) -> bool:
    return bool(m.compound)


_BY_EVENT = re.compile(r"\bthe\s+([a-z-]+)\s*(?:,\s*)?(?:which\s+|that\s+)?(?:has\s+|had\s+|have\s+)?"
                       r"((?:[a-z]+\s+){1,2}?)(?:about\s+|some\s+|nearly\s+|almost\s+|at\s+least\s+)?$")
# Verbs that say different things happened to a set: "destroyed 14 homes ... damaged 19 homes"
# are two sets; a verb in no class ("tore through") may go with any.
_VERB_CLASSES = {
    "destroy": "destroyed destroying destroys razed razing gutted flattened levelled leveled demolished "
               "wrecked torched burned burnt consumed engulfed",
    "damage": "damaged damaging damages hit affected",
    "threaten": "threatened threatening endangered",
    "evacuate": "evacuated evacuating forced",
    "kill": "killed killing claimed",
    "injure": "injured injuring hurt wounded",
}
_VERB_CLASS = {v: c for c, vs in _VERB_CLASSES.items() for v in vs.split()}


def _verb_classes(ws: list[str]) -> set[str]:
    return {_VERB_CLASS[w] for w in ws if w in _VERB_CLASS}


# Before "the blaze" in its sentence: nothing, or who said so ("Fire crews believe", "Police said that").
_FRAME = re.compile(r"^\s*(?:(?:[A-Za-z][\w'-]*\s+){1,4}(?:said|say|says|believe|believes|believed|added|"
                    r"confirmed|reported|estimated|estimate|estimates|think|thinks)\s+(?:that\s+)?|"
                    r"(?:but|and)\s+)?$", re.I)
_EVENT_UPDATED = re.compile(r"\b(?:now|so\s+far|by\s+(?:then|now|the\s+time|\w+day|nightfall|morning|evening)|"
                      r"since|later|in\s+total|in\s+all|altogether|overall|total|risen|rose|climbed|another|"
                      r"more|further)\b", re.I)


def find_event_restatements(doc: Document):
    """"Fire tore through 14 homes ... the blaze, which razed 19 homes": a count of what a
    definite event ("the blaze", "the quake", "the collision") did, against the one count
    of the same thing stated before in a passage naming that event.  The verbs need not
    match, unless they say different things happened ("destroyed" against "damaged")."""
    qs = [m for m in quantities(doc, Kind.COUNT) if not m.is_range and not doc.sentences[m.sentence].headline]
    for j, second in enumerate(qs):
        s = doc.sentences[second.sentence]
        match = _BY_EVENT.search(doc.text[max(s.start, second.start - 60):second.start])
        if not match or group_of(match.group(1)) not in EVENTS:
            continue
        lead_in = doc.text[s.start:max(s.start, second.start - 60) + match.start()]
        if not _FRAME.match(lead_in) or _EVENT_UPDATED.search(_sentence(doc, second)) or _UPDATED.search(
                _sentence(doc, second)):
            continue  # "In Essex, the storm ...", "By Wednesday the blaze had ...": another place or time
        event = group_of(match.group(1))
        c = concept(doc, second)
        if c is None or c == "people" or not noun_phrase(doc, second).adjacent or _additional(doc, second):
            continue
        before = [m for m in _window(qs, j, _sentence_of) if concept(doc, m) == c]
        if any(agrees(m, second) for m in before):
            continue
        earlier = [m for m in before if second.sentence - _MAX_SENTENCE_GAP <= m.sentence < second.sentence]
        if not earlier or len({m.value for m in earlier}) > 1:
            continue
        first = earlier[-1]
        passage = doc.text[doc.sentences[max(0, first.sentence - 1)].start:s.start + match.start()]
        members = SYNONYMS.get(event, frozenset({event}))
        if not any(group_of(w) == event or any(_verb_of(w, n) for n in members) for w in words(passage)):
            continue  # the event named before: "the blaze" after "fire", "the collision" after "collided"
        first_verbs = _verb_classes(words(_before(doc, first, 40))[-3:])
        second_verbs = _verb_classes(words(match.group(2)))
        if first_verbs and second_verbs and not first_verbs & second_verbs:
            continue
        if (first.hedge and _vague(first)) or _part_of_more(doc, first) or _additional(doc, first):
            continue
        if compares(doc, second) or change_role(doc, second) or new_qualifier(doc, second, first):
            continue
        if years_differ(doc, first, second):
            continue
        yield DefiniteRestatement(link="inferred", cue="the " + match.group(1), first=first, second=second,
                                  subject=_subject(doc, second, c))


# Words that make a number a reading on a scale: "magnitude 6.4", "a category 4 hurricane".
_SCALES = {"magnitude": "magnitude", "richter": "magnitude", "category": "category", "force": "force",
           "level": "level", "grade": "grade", "stage": "stage", "tier": "tier"}
_SCALE_BEFORE = re.compile(r"\b(magnitude|category|force|level|grade|stage|tier)[\s-]*$", re.I)
_SCALE_AFTER = re.compile(r"[\s-]*(magnitude|on\s+the\s+(richter))\b", re.I)
_SCALE_EVENT = re.compile(r"\b(?:the|a|an)\s+([a-z-]+)\s+(?:of\s+|measuring\s+|registering\s+|with\s+a\s+)?"
                          r"(?:(?:preliminary|estimated)\s+)?(?:magnitude|category|force|level|grade|stage|tier)?"
                          r"[\s-]*$", re.I)


_REVISED = re.compile(r"\b(?:revis\w*|upgrad\w*|downgrad\w*|weaken\w*|strengthen\w*|intensif\w*|initial\w*|"
                      r"original\w*|preliminary|first\s+reported|now|later|aftershocks?|foreshocks?)\b", re.I)


def _scale(doc: Document, m: Mention) -> str | None:
    """The scale a number is read on: "magnitude 6.4", "6.4-magnitude", "6.4 on the Richter scale"."""
    before = _SCALE_BEFORE.search(_before(doc, m, 14))
    if before:
        return _SCALES[before.group(1).lower()]
    after = _SCALE_AFTER.match(doc.text, m.end)
    if after:
        return _SCALES[(after.group(2) or after.group(1)).lower()]
    return None


def _scale_event(doc: Document, m: Mention) -> tuple[str | None, bool]:
    """The event a scale reading belongs to, and whether it is definite: "An earthquake of
    magnitude 6.4" -> (earthquake, False); "the magnitude 6.9 tremor" -> (earthquake, True)."""
    np = noun_phrase(doc, m)
    before = _SCALE_EVENT.search(_before(doc, m, 50))
    definite_ = bool(re.search(r"\bthe\s+(?:magnitude|category|force|level|grade|stage|tier)?[\s-]*$",
                               _before(doc, m, 20), re.I))
    if np.adjacent and group_of(np.head) in EVENTS | {"storm"}:
        return group_of(np.head), definite_
    if before and group_of(before.group(1)) in EVENTS:
        return group_of(before.group(1)), before.group(0).lower().startswith("the")
    words_before = words(re.split(r"[,;:]", doc.text[doc.sentences[m.sentence].start:m.start])[-1])
    event = next((group_of(w) for w in reversed(words_before) if group_of(w) in EVENTS), None)
    return event, False


def _code_as_reading(m: Mention) -> Mention:
    """(round 38) A code on a scale ("magnitude-7.1") as the reading it is, rounded at its last digit."""
    digits = m.text.split(".")[1] if "." in m.text else ""
    half = Fraction(1, 2 * 10 ** len(digits))
    return replace(m, kind=Kind.COUNT, precision=2 * half, interval=Interval(m.value - half, m.value + half))


# (round 29, speed) a reading needs its scale word: _SCALE_BEFORE's or _SCALE_AFTER's ("on the Richter scale")
@needs(words=("magnitude", "category", "force", "level", "grade", "stage", "tier", "richter"))
def find_scale_restatements(doc: Document):
    """A reading on a scale given for an event and again for "the" same event under any of its
    names: "An earthquake of magnitude 6.4 struck ... The magnitude 6.9 tremor was felt", "a
    category 3 hurricane ... the category 4 storm".  An aftershock or another storm is another event."""
    qs = [m for m in quantities(doc, Kind.COUNT) if not m.is_range and not doc.sentences[m.sentence].headline]
    # (round 38) "The magnitude-7.1 quake": the hyphen makes the grammar read a code, a reading all the same
    qs = sorted(qs + [_code_as_reading(m) for m in doc.mentions if m.kind == Kind.CODE and m.value is not None
                      and not m.is_range and doc.text[m.start - 1:m.start] == "-"
                      and _SCALE_BEFORE.search(_before(doc, m, 14))
                      and not doc.sentences[m.sentence].headline and not doc.sentences[m.sentence].chrome],
                key=lambda m: m.start)
    readings = [(m, _scale(doc, m)) for m in qs]
    readings = [(m, sc) for m, sc in readings if sc]
    for j, (second, sc) in enumerate(readings):
        event, definite_ = _scale_event(doc, second)
        if event is None or not definite_ or second.hedge:
            continue
        before = [m for m, sc1 in _window(readings, j, lambda r: r[0].sentence) if sc1 == sc]
        if any(agrees(m, second) for m in qs if m.sentence <= second.sentence and m.start < second.start
               and not (m.interval is not None and (m.interval.lo is None or m.interval.hi is None))):
            continue  # "later revised to 6.7": the figure was given before, scale word or not (round 61: not a bound
            # open at one end, "at least four villages")
        earlier = [m for m in before if second.sentence - _MAX_SENTENCE_GAP <= m.sentence < second.sentence]
        if not earlier or len({m.value for m in earlier}) > 1:
            continue
        first = earlier[-1]
        np = noun_phrase(doc, second)
        # (round 47: up to the second's noun, not the rest of its sentence: "the magnitude 5.4 main shock had been
        # followed by more than 60 aftershocks" is the main shock)
        between = doc.text[doc.sentences[first.sentence].start:np.span.end if np.span is not None else second.end]
        if _scale_event(doc, first)[0] != event or _REVISED.search(between):
            continue  # "upgraded to a category 4 storm", "a preliminary magnitude of 6.9"
        if _UPDATED.search(_sentence(doc, second)) or compares(doc, second) or years_differ(doc, first, second):
            continue
        yield DefiniteRestatement(link="inferred", cue="the " + event, first=first, second=second,
                                  subject=event + "'s " + sc)
    found = _headline_scale(doc)
    if found is not None:
        yield found


def _headline_scale(doc: Document):
    """(round 38) "Magnitude 7.1 quake strikes off Miyazaki" / "A magnitude-6.9 earthquake struck off ...": the
    headline's one reading on a scale against the first body sentence's one reading on that scale, of the same event
    (no revision, aftershock or other time in between)."""
    heads = [m for m in doc.mentions if doc.sentences[m.sentence].headline and m.kind in (Kind.COUNT, Kind.CODE)
             and m.value is not None and not m.is_range and _scale(doc, m)]
    lead = next((x.index for x in doc.sentences if not x.headline and not x.chrome), None)
    if len(heads) != 1 or lead is None or heads[0].sentence >= lead:
        return None
    h = heads[0] if heads[0].kind == Kind.COUNT else _code_as_reading(heads[0])
    body = [m if m.kind == Kind.COUNT else _code_as_reading(m) for m in doc.mentions_in(lead)
            if m.kind in (Kind.COUNT, Kind.CODE) and m.value is not None and not m.is_range
            and _scale(doc, m) == _scale(doc, heads[0])]
    if len(body) != 1 or h.hedge or body[0].hedge or agrees(h, body[0]):
        return None
    event = _scale_event(doc, body[0])[0]
    told = {group_of(w) for w in words(_sentence(doc, h))}  # ("quake strikes": the headline's words, any order)
    if event is None or event not in told \
            or _REVISED.search(doc.text, doc.sentences[h.sentence].start, doc.sentences[lead].end):
        return None
    return HeadlineRestatement(link="inferred", cue="headline", first=h, second=body[0],
                               subject=event + "'s " + _scale(doc, heads[0]))


_STARTS_AT = re.compile(r"\b(?:start(?:s|ed|ing)?\s+(?:at|from)|priced\s+from|as\s+(?:little|low)\s+as)\s+$", re.I)
_LOWEST = frozenset("minimum lowest cheapest starting base entry-level entry".split())
_PRICE_NOUNS = frozenset("price fare rate ticket cost fee charge tariff seat".split())


@needs(Kind.MONEY, count=2)
def find_floor_restatements(doc: Document):
    """A lowest price given as where prices start ("Tickets start at $89", "priced from £40")
    and restated as "the" lowest price: "the $98 minimum price", "the £45 starting fare"."""
    qs = [m for m in quantities(doc, Kind.MONEY) if not m.is_range and not doc.sentences[m.sentence].headline]
    floors = [m for m in qs if _STARTS_AT.search(_before(doc, m, 30))]
    if not floors:
        return
    for j, second in enumerate(qs):
        np = noun_phrase(doc, second)
        if (definite(doc, second) != "the" or not np.adjacent or not _LOWEST & set(np.modifiers) or second.hedge
                or singular(np.head) not in _PRICE_NOUNS):
            continue
        if any(agrees(m, second) for m in qs[:j]):
            continue
        earlier = [m for m in floors if second.sentence - _MAX_SENTENCE_GAP <= m.sentence < second.sentence]
        if len(earlier) != 1 or _rate(doc, earlier[0]) != _rate(doc, second):
            continue
        first = earlier[0]
        others = [m for m in qs if m is not first and m is not second and first.start < m.start < second.start]
        if others or years_differ(doc, first, second) or compares(doc, second):
            continue
        yield DefiniteRestatement(link="inferred", cue="the lowest", first=first, second=second,
                                  subject="lowest price")


# ---- ages ----------------------------------------------------------------

_NAME_TEXT = (r"((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+)?[A-Z][\w'’-]+"
              r"(?:\s+(?:[A-Z][\w'’-]+|de|van|von|al|bin|da|le))*)")
_NAME = re.compile(_NAME_TEXT + r"\s*,\s*(?:aged\s+|who\s+is\s+|now\s+)?$")
_NAME_BRACKET = re.compile(_NAME_TEXT + r"\s*\(\s*(?:aged\s+)?$")  # "Tom Hart (34)"
_NAME_APPOSITION = re.compile(_NAME_TEXT + r"\s*,\s*(?:a|an)\s+$")
_NAME_THE_APPOSITION = re.compile(_NAME_TEXT + r"\s*,\s*the\s+$")
_NOUN_HOLDER = re.compile(r"\b(the|a|an|this|that)\s+((?:[a-z][\w-]*\s+){0,2}?)([a-z][\w-]*)\s*,\s*"
                          r"(?:aged\s+|who\s+is\s+|now\s+)?$",
                          re.I)
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord"})
_NOT_NAMES = frozenset({"the", "a", "an", "police", "officers", "he", "she", "they", "but", "and",
                        "in", "on", "at", "meanwhile", "however", "yesterday", "today"})


@dataclass(frozen=True)
class Holder:
    kind: str  # "name" | "noun"
    key: tuple[str, ...]  # name tokens, or (noun,)
    definite: bool
    modifiers: tuple[str, ...] = ()


_SAID_THE = re.compile(r"\b(?:said|says|added|adds|explained|admitted|recalled)\s+the\s+$", re.I)
# round 19: "The 43-year-old, who ran a travel agency in the city, will be sentenced next month": a relative clause
# of background, then what only the one in the dock does (read by ``_dock_relative``)
_RELATIVE_THEN = re.compile(r",\s*who\s+(?![^,.;()]*\b(?:also|too|other|another|second|driving|driver)\b)"
                            r"[^,.;()]{3,80},\s*")


def _dock_relative(doc: Document, m: Mention) -> bool:
    """"the N-year-old, who ..., will be sentenced/appear in court/was remanded": the relative clause tells of the
    one pointed back at, not of someone brought in, when what follows it is what only the accused does (not "also",
    "too", "another" or a driver in the clause: "The 43-year-old, who was driving, was charged" is another)."""
    clause = _RELATIVE_THEN.match(doc.text, m.end)
    return clause is not None and _COURT.match(doc.text[clause.end():clause.end() + 80]) is not None \
        and re.match(r"(?:has|have|had|was|were|is|will|would|is\s+due|is\s+expected|is\s+set)\b",
                     doc.text[clause.end():clause.end() + 20]) is not None


# (round 30) a verb right after "the N-year-old" ("was later discharged", "still lives in Bala"): the age stands
# for the person, whatever noun the words after it hold (no word in -ed or -ly: "the 29-year-old family friend",
# "the 28-year-old Italy striker", "the 26-year-old Red Bull driver", "the 21-year-old admitted" may be another)
_VERB_RIGHT_AFTER = re.compile(r"\s+(?:still|also|later|now|was|is|had|has|will|would|could"
                               # (round 60) an adverb of time before the verb: "The 58-year-old first went to sea"
                               r"|first|once|then|previously|recently|already|never"
                               # (round 50) a present verb of taking up a post: "The 47-year-old takes over from"
                               r"|takes|joins|replaces|succeeds|becomes|leads|returns|moves|retires"
                               # (round 54) a present verb of the next match: "The 18-year-old meets Pim next"
                               r"|meets|faces|plays"
                               # (round 62) a past verb of the race and its particle: "The 29-year-old pulled clear",
                               # "won", "led", "broke away" (not "the 29-year-old armed robber")
                               r"|won|led|ran|beat|broke|took|came|went|[a-z]{3,}ed\s+(?:clear|away|ahead|off|out|up|"
                               r"down|back|into|through|past|home))\s")
# (round 35) a name in apposition right after "the N-year-old": "The 45-year-old, Mark Dent, came second"
_NAME_AFTER_AGE = re.compile(r",\s*((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+),")


# (round 34) "The 43-year-old, from Dunstable, will appear ...": an aside of where the person is from, then the verb
# of the sentence; told of the one just named when "The N-year-old" opens the sentence
_FROM_ASIDE = re.compile(r",\s*from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,\s*")
# (round 35) a relative clause of background (", who joined from ...,") is not read so: as often it brings someone
# new in ("Tom Ince, 21, ... The 12-year-old, who was mascot for the day,", round 13's tests)
# the word after the aside: the sentence's verb, any lowercase word but one that carries the noun phrase on
_VERB_OF_SENTENCE = re.compile(r"(?!(?:and|or|but|the|a|an|of|in|at|on|for|to|with|who|whose|which|and|aged|now|"
                               r"said|says)\b)[a-z]+\b")


def _opening_aside_then_verb(doc: Document, m: Mention, det) -> bool:
    """(round 34) "The N-year-old" opening its sentence, then an aside of origin (", from Inverness,") and the
    sentence's verb: the age stands for the one person just named, as "The N-year-old will ..." does."""
    sentence = doc.sentences[m.sentence]
    if det.group(1) != "The" or doc.text[sentence.start:m.start - len(det.group(0))].strip(" \n'‘\"“"):
        return False
    aside = _FROM_ASIDE.match(doc.text, m.end)
    return aside is not None and _VERB_OF_SENTENCE.match(doc.text, aside.end()) is not None


# (round 38) a relative clause of background after "The N-year-old" opening its sentence, then the sentence's verb:
# "Dylan Evans, 19, reached a semi-final. The 21-year-old, who turned professional last year, beat ...".  The age
# stands for the one just named unless the passage tells of two parties (one hurt or accused, another who did it or
# saw it) or the clause names a role of its own ("who was mascot for the day", "who was driving")
_BACKGROUND_RELATIVE = re.compile(r",\s*who\s+(?![^,.;()]*\b(?:also|too|other|another|second|driving|driver|mascot|"
                                  r"fan|supporter|spectator|passenger|pedestrian|neighbou?r|witness|friend|partner|"
                                  r"wife|husband|son|daughter|mother|father|brother|sister|victim|owner|"
                                  r"nearby|next\s+door)\b)[^,.;()]{3,80},\s*(?=[a-z])")
_TWO_PARTIES = re.compile(r"\b(?:hit|hurt|injur\w*|struck|knocked|attack\w*|assault\w*|stabb\w*|shot|victims?|"
                          r"charged|arrest\w*|accused|crash\w*|collided|collision|robb\w*|killed|died|dead|death|"
                          r"rescued|found|missing|murder\w*|abus\w*|fraud|theft|stole|guilty|court|jailed|"
                          r"sentenced|convicted|police|bail\w*)\b", re.I)


# (round 62) a clause of the one just named's career, then what they said: "The 38-year-old, who won 29 of his 33
# professional fights, said ..." (the one the story is about speaking, no witness)
_CAREER_CLAUSE = re.compile(r",\s*who\s+(?:has\s+|had\s+)?(?:won|played|scored|fought|made|earned|lost|boxed|raced|"
                            r"competed)\b", re.I)
_SAID_NEXT = re.compile(r"(?:said|says)\b")


def _background_relative(doc: Document, m: Mention, det) -> bool:
    """(round 38) "The N-year-old, who ..., VERB" opening its sentence, in a passage of one party (no harm, no
    charge: ``_TWO_PARTIES`` in neither this sentence nor the one before): the age stands for the one just named."""
    sentence = doc.sentences[m.sentence]
    if det.group(1) != "The" or m.sentence == 0 \
            or doc.text[sentence.start:m.start - len(det.group(0))].strip(" \n'‘\"“"):
        return False
    clause = _BACKGROUND_RELATIVE.match(doc.text, m.end)
    if clause is None or _VERB_OF_SENTENCE.match(doc.text, clause.end()) is None and not (
            _CAREER_CLAUSE.match(clause.group(0)) and _SAID_NEXT.match(doc.text, clause.end())):
        return False
    previous = doc.sentences[m.sentence - 1]
    return not _TWO_PARTIES.search(doc.text, previous.start, sentence.end)


# (round 37) animals whose age news tells like a person's: "The seven-year-old gelding ... the six-year-old's third win"
_AGED_ANIMALS = frozenset("""gelding mare colt filly stallion horse chaser hurdler greyhound""".split())


def age_holder(doc: Document, m: Mention) -> Holder | None:
    """Whose age a mention gives: "the 19-year-old driver", "Jo Bloggs, 24,", "The driver, 21,"."""
    before = _before(doc, m, 80)
    if m.compound:
        np = noun_phrase(doc, m)
        det = re.search(r"\b(the|a|an)\s+$", before, re.I)
        if det and det.group(1).lower() == "the" and doc.text[m.end:m.end + 2] in ("'s", "’s") \
                and m.kind == Kind.AGE:
            return Holder("anon", (), True)  # (round 37) "the six-year-old's third win": the one whose age was given
        named_the = _NAME_THE_APPOSITION.search(before) if m.kind == Kind.AGE else None
        if named_the and _name_tokens(named_the.group(1)):
            # (round 51) "Ahmed Hassan, the 24-year-old world No 7,": the name's age, whatever the noun after it
            return Holder("name", _name_tokens(named_the.group(1)), True)
        if (np.head is None or not np.adjacent or not np.modifiers and (
                np.head.endswith(("ly", "ed")) or np.head in IRREGULAR_PAST) or _VERB_RIGHT_AFTER.match(doc.text, m.end)):
            # "The 36-year-old had worked there" ("previously ran"): the age stands for the person
            if det and (re.match(r"\s+[a-z]", doc.text[m.end:m.end + 3])
                        or det.group(1).lower() == "the" and doc.text[m.end:m.end + 1] in (",", ".", ";", ":")
                        and (not re.match(r",\s*(?:who|whose|from|of|named|a|an|now)\b", doc.text[m.end:m.end + 12])
                             or _SAID_THE.search(before) or _dock_relative(doc, m)
                             or _opening_aside_then_verb(doc, m, det) or _background_relative(doc, m, det))):
                # ("the 43-year-old, who was driving,": someone brought in, not pointed back at; but
                # '"...," said the 48-year-old, who ...' is the speaker, pointed back at)
                if det.group(1).lower() == "the":
                    named = _NAME_AFTER_AGE.match(doc.text, m.end)
                    if named:  # (round 35) "The 45-year-old, Mark Dent, came second": someone named, not pointed back at
                        return Holder("name", _name_tokens(named.group(1)), True) if _name_tokens(named.group(1)) else None
                    return Holder("anon", (), True)
                # "A 19-year-old was stabbed": someone whose age is all we know
                return Holder("noun", ("person",), False)
            return None
        noun = singular(np.head.split("-of-")[0])  # "the 43-year-old father-of-two"
        if noun not in PERSON_NOUNS and noun not in _AGED_ANIMALS and noun not in _ROLE_WORDS \
                and noun not in _LIFE_NOUNS and not _people_noun(doc, np):
            # (round 50: "the 43-year-old Chilean" is a person; round 54: so is "the 18-year-old left-hander")
            # (round 24) "43-year-old Maria Costa"; (round 32) "the 52-year-old former union leader"
            return _aged_name(doc, m, np) or (Holder("noun", (noun,), True, np.modifiers)
                                              if det and det.group(1).lower() == "the" and _past_role(np) else None)
        named = _NAME_APPOSITION.search(before)
        if named:  # "Sarah Jones, a 34-year-old teacher,"
            tokens = _name_tokens(named.group(1))
            if tokens:
                return Holder("name", tokens, True)
        return Holder("noun", (noun,), bool(det and det.group(1).lower() == "the"), np.modifiers)
    told = _dead_named_age(doc, m) or _spoken_own_age(doc, m)
    if told is not None:
        return told
    after = doc.text[m.end:m.end + 3]
    if after[:1] not in (",", ";", ")", ".") and not after.startswith(" of"):
        return None
    match = _NAME.search(before) or (_NAME_BRACKET.search(before) if after[:1] == ")" else None)
    if match and not re.search(r"\b(the|a|an)\s+[A-Z]?[\w'-]+\s*[,(]\s*(?:aged\s+)?$", before, re.I):
        tokens = _name_tokens(match.group(1))
        if not tokens:
            return None
        return Holder("name", tokens, True)
    match = _NOUN_HOLDER.search(before)
    if match:
        noun = singular(match.group(3))
        if noun not in PERSON_NOUNS and noun not in _ROLE_WORDS:
            return None
        return Holder("noun", (noun,), match.group(1).lower() == "the", tuple(words(match.group(2))))
    return None


def _aged_name(doc: Document, m: Mention, np) -> Holder | None:
    """(round 24) A compound age right before a person's full name: "The victim, 43-year-old Maria Costa, was found"
    holds Maria Costa's age, as "Maria Costa, 43," does.  The name is the whole noun phrase, two capitalised words
    or more (a first name and a surname, or a title and one), not a place or body before a noun ("the 29-year-old
    Glasgow University graduate": the head is no name)."""
    if np.span is None or not np.adjacent or not re.fullmatch(r"\s+", doc.text[m.end:np.span.start]):
        return None
    name = re.fullmatch(_NAME_TEXT, doc.text[np.span.start:np.span.end])
    tokens = _name_tokens(name.group(1)) if name else ()
    return Holder("name", tokens, True) if len(tokens) >= 2 and tokens[-1] == np.head else None


def _name_tokens(name: str) -> tuple[str, ...]:
    tokens = tuple(t.rstrip(".").lower() for t in re.split(r"\s+", name) if t)
    while tokens and tokens[0] in _NOT_NAMES:
        tokens = tokens[1:]
    return tokens


# (round 33) "Tributes were paid to Mr Dunn, who was 58 and ...": a bare number after a name and "who was", ending
# its clause; told of someone who died (``_dead_named_age``)
_WHO_WAS_NAME = re.compile(_NAME_TEXT + r"\s*,\s*who\s+was\s+$")
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[,;.)]|\s+and\s)")
_DEATH_TOLD = re.compile(r"\b(?:died|dies|dead|death|killed|passed\s+away|funeral|tributes?)\b", re.I)
# (round 33 review) the rest of the "who was N" sentence tells a time or a step of the dead person's life: the age is
# that time's ("Mr Dunn, who was 17, joined the firm in 1982", "Mrs Price, who was 20, worked ... during the war")
_AGE_OF_ANOTHER_TIME = re.compile(r"\b(?:(?:1[89]|20)\d\d|\d0s|during|at\s+the\s+time|back\s+then|then|when|while)\b",
                                  re.I)
# ... or its clause goes on with a step in their life: "Ola, who was 16, was the youngest player to sign", "Wynn, who
# was 19, served in Iraq" (not "who was 85 and had farmed ...", "who was 81, lived alone")
_LIFE_STEP_AFTER = re.compile(r"\s*,\s*(?:joined|became|began|started|enlisted|emigrated|married|moved|won|served|"
                              r"signed|fought|studied|trained|graduated|left|went|took|turned|made|founded|bought|"
                              r"wrote|recorded|played|competed|survived|escaped|arrived|came|met|qualified|debuted|"
                              r"scored|"
                              r"was\s+(?:then\s+)?(?:the\s+)?(?:youngest|oldest|first|last|only))\b", re.I)


def _dead_named_age(doc: Document, m: Mention) -> Holder | None:
    """(round 33) The age of someone whose death the passage tells, after their name and "who was": "Ann Cole, 81,
    died on Friday. Her family paid tribute to Mrs Cole, who was 81 and ..." (a past "who was" of the living is
    their age back then: "Hale, who was 12, was abused" is left alone)."""
    if m.kind != Kind.COUNT or m.hedge or m.compound or not doc.text.endswith("was ", 0, m.start) \
            or not m.text.strip().isdigit() or m.value is None or not 1 <= m.value <= 110 \
            or not _CLAUSE_ENDS_AFTER.match(doc.text, m.end):
        return None  # ("was " right before it: a cheap test first)
    named = _WHO_WAS_NAME.search(_before(doc, m, 80))
    start = doc.sentences[max(0, m.sentence - 1)].start
    if named is None or not _DEATH_TOLD.search(doc.text, start, doc.sentences[m.sentence].end) \
            or _AGE_OF_ANOTHER_TIME.search(doc.text, m.end, doc.sentences[m.sentence].end) \
            or _LIFE_STEP_AFTER.match(doc.text, m.end):
        return None  # (round 33 review) "Mr Dunn, who was 17, joined the firm in 1982": his age back then
    tokens = _name_tokens(named.group(1))
    return Holder("name", tokens, True) if tokens else None


# (round 33) "'I'm 82 and ...,' said Doris Penhale, 85,": a speaker's own age in the quote, and the speaker named with
# an age in the attribution right after it, or before it ("Penhale, 85, said: 'I'm 82 ...'")
_OWN_AGE_BEFORE = re.compile(r"\bI(?:['’]m|\s+am)\s+(?:now\s+|only\s+)?$")
_OWN_AGE_AFTER = re.compile(r"(?:\s+years?\s+old)?(?:\s+now)?(?:[,.;!?]|\s+and\s)")
_IN_QUOTE = r"(?:[^'‘’\"“”]|(?<=\w)['’](?=\w))*"  # (an apostrophe inside a word: "I've")
_SAID_NAME_AFTER = re.compile(_IN_QUOTE + r"[,.!?]?['’\"”]\s*,?\s*(?:said|says|added|adds)\s+"
                              r"(?:[a-z][\w-]*\s+){0,3}" + _NAME_TEXT + r"\s*,\s*(?:aged\s+)?\d+\s*[,.;]")
_NAME_SAID_BEFORE = re.compile(_NAME_TEXT + r"\s*,\s*(?:aged\s+)?\d+\s*,\s*(?:said|says|added|adds)\s*[:,]?\s*['‘\"“]"
                               + _IN_QUOTE + "$")
# (round 33 review) "I'm" opening the quote or a sentence of it: the speaker's age now, in their own words
_OWN_AGE_OPENS = re.compile(r"(?:[‘“\"]|(?<!\w)['’]|[.!?]\s)\s*I(?:['’]m|\s+am)\s+(?:now\s+|only\s+)?$")
# "..., said Doris Penhale, 85,": the speaker's age in the attribution
_SAID_NAME = re.compile(r"\b(?:said|says|added|adds)\s+(?:[a-z][\w-]*\s+){0,3}" + _NAME_TEXT + r"\s*,\s*$")


def _spoken_own_age(doc: Document, m: Mention) -> Holder | None:
    """(round 33) A speaker's own age in their words ("I'm 82", "I am 82 years old"), held by the speaker named with
    an age of their own right after the quote or right before it: "'I'm 82 and I've seen nothing like it,' said
    Doris Penhale, 85," (one quote, no other in between)."""
    if m.kind not in (Kind.COUNT, Kind.AGE) or m.hedge or m.compound or m.value is None or not 1 <= m.value <= 110 \
            or not _OWN_AGE_BEFORE.search(doc.text, max(0, m.start - 12), m.start) \
            or not _OWN_AGE_AFTER.match(doc.text, m.end):
        return None
    s = doc.sentences[m.sentence]
    if not _OWN_AGE_OPENS.search(doc.text, s.start, m.start):
        return None  # (round 33 review) "'I thought: I'm 50, who will hire me?'", "'The doctor said I'm 60'": back
        # then, or in someone's words
    named = _SAID_NAME_AFTER.match(doc.text, m.end, s.end) or _NAME_SAID_BEFORE.search(doc.text, s.start, m.start)
    tokens = _name_tokens(named.group(1)) if named else ()
    return Holder("name", tokens, True) if tokens else None


def _age_like(doc: Document, m: Mention) -> bool:
    """An AGE mention, or a bare count in apposition after a person noun ("The driver, 21,")."""
    if m.kind == Kind.AGE:
        return True
    if m.kind != Kind.COUNT or m.hedge or m.value is None or m.value.denominator != 1:
        return False
    if not (1 <= m.value.numerator <= 110) or not m.text.strip().isdigit():  # (a whole value: its numerator)
        return False
    if _dead_named_age(doc, m) is not None or _spoken_own_age(doc, m) is not None:
        return True
    if doc.text[m.end:m.end + 1] not in (",", ";", ")"):
        return False  # (round 34, speed: tested before the holder's patterns are read, not after)
    before = _before(doc, m, 80)
    holder = _NOUN_HOLDER.search(before) or (re.search(r",\s*(?:who\s+is|now)\s+$", before) and _NAME.search(before)) \
        or _SAID_NAME.search(before)
    if not holder and doc.text[m.end:m.end + 1] == ")":
        named = _NAME_BRACKET.search(before)  # "Tom Hart (34)"
        holder = named if named and _name_tokens(named.group(1)) else None
    return bool(holder)


# words that open a surname of more than one word: "de Graaf", "van der Berg", "al-" aside
_SURNAME_PARTICLES = frozenset("de van von der den da di du la le del della dos das ter ten st".split())


def _same_person(a: Holder, b: Holder) -> str | None:
    """'name' when full names match, 'surname' or 'noun' for weaker matches, else None."""
    if a.kind == "name" and b.kind == "name":
        ka = tuple(t for t in a.key if t not in _TITLES)
        kb = tuple(t for t in b.key if t not in _TITLES)
        if not ka or not kb:
            return None
        if ka == kb:
            return "name" if len(ka) > 1 else "surname"
        if len(kb) == 1 and ka[-1] == kb[0]:
            return "surname"
        if 1 < len(kb) < len(ka) and kb[0] in _SURNAME_PARTICLES and ka[-len(kb):] == kb:
            return "surname"  # (round 46) "Pieter de Graaf, 54, ... De Graaf, 45,"
        return None
    if a.kind == "noun" and b.kind == "noun" and (a.key == b.key or _same_young(a.key, b.key)
                                                  or _same_role(a.key, b.key)) and b.definite:
        return "noun"  # "A 17-year-old boy ... The teenager, 18,": a young person named again
    if b.kind == "anon" and a.kind != "anon":
        return "anon"
    return None


# (round 37) one player's role in other words: "The 34-year-old fast bowler ... The paceman, 36,"
_ROLE_GROUPS = (frozenset("bowler paceman seamer quick".split()),
                frozenset("batsman batter opener".split()),
                frozenset("goalkeeper keeper goalie stopper".split()),
                frozenset("striker forward frontman".split()),
                frozenset("jockey rider".split()),
                frozenset("defender centre-back fullback full-back".split()))


_ROLE_WORDS = frozenset().union(*_ROLE_GROUPS)


def _same_role(a: tuple, b: tuple) -> bool:
    """(Round 37) Two holder keys naming one sports role in other words ("bowler" and "paceman")."""
    return any(set(a) & g and set(b) & g for g in _ROLE_GROUPS)


def _same_young(a: tuple, b: tuple) -> bool:
    """Two holder keys naming one person of one stage of life in other words ("boy" and "teenager",
    "man" and "pensioner"; not "boy" and "girl", "man" and "widow")."""
    for stage in _LIFE_STAGES:
        words_a, words_b = set(a) & stage, set(b) & stage
        if words_a and words_b and len({_STAGE_SEX[w] for w in words_a | words_b} - {""}) < 2:
            return True
    return False


# the sex a stage-of-life noun says, if any
_STAGE_SEX = {"boy": "m", "schoolboy": "m", "man": "m", "grandfather": "m", "widower": "m",
              "girl": "f", "schoolgirl": "f", "woman": "f", "grandmother": "f", "widow": "f",
              "teenager": "", "teen": "", "youth": "", "adolescent": "", "pensioner": ""}


_LIFE_NOUNS = frozenset("pensioner grandfather grandmother great-grandfather great-grandmother "
                        "left-hander right-hander veteran debutant".split())  # (round 54: a player's hand, years)
# (round 32) words that make a noun a role once held, told of the person rather than of their part in events: "the
# 52-year-old former union leader", "the 44-year-old ex-international", "the 67-year-old retired headteacher"
_PAST_ROLE_WORDS = frozenset("former ex retired one-time onetime erstwhile".split())


def _past_role(np) -> bool:
    """(round 32) A noun phrase telling a role once held: "former ..." first ("the 58-year-old former army surgeon")
    or a head in "ex-" ("the 50-year-old ex-Marine")."""
    return bool(np.modifiers and np.modifiers[0] in _PAST_ROLE_WORDS
                or np.head and np.head.lower().startswith("ex-"))


def _life_noun(doc: Document, m: Mention) -> bool:
    """"the 43-year-old father-of-two", "the 80-year-old pensioner": a noun that describes the person just
    named rather than bringing in someone by their part in events (driver, victim), with nothing after it
    that picks someone out ("the 43-year-old woman driving the van")."""
    np = noun_phrase(doc, m)
    if np.head is None or np.span is None or not ("-of-" in np.head or singular(np.head) in _LIFE_NOUNS
                                                  or _past_role(np) or _people_noun(doc, np)):
        return False
    rest = doc.text[np.span.end:doc.sentences[m.sentence].end]
    if re.match(r"\s*[,(]\s*" + _NAME_TEXT, rest):
        return False  # (round 32) "The 44-year-old former international, Jo Bell,": another, named
    nxt = words(rest)[:1]
    return not nxt or not (nxt[0].endswith("ing") or nxt[0] in ("who", "from", "in", "at", "of", "whose"))


# (round 50) a person told by their people: "the 43-year-old Chilean", "the 55-year-old Swede"
_PEOPLE_NOUN = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)|Swede|Scot|Dane|Finn|Pole|Turk|Czech|Greek|Thai|Swiss"
                          r"|Briton|Kiwi|Aussie|Welshman|Welshwoman|Scotsman|Scotswoman|Irishman|Irishwoman|Dutchman")


def _people_noun(doc: Document, np) -> bool:
    """(round 50) The head of the noun phrase, as written, names the person's people (``_PEOPLE_NOUN``)."""
    head = doc.text[np.span.start:np.span.end].split()[-1] if np.span is not None else ""
    return _PEOPLE_NOUN.fullmatch(head) is not None


def find_age_restatements(doc: Document):
    """One person's age given twice: "the 19-year-old driver ... The driver, 21,"."""
    ages = []
    for m in doc.mentions:
        if doc.sentences[m.sentence].chrome or m.interval is None:
            continue
        if _age_like(doc, m):
            holder = age_holder(doc, m)
            if holder is not None:
                ages.append((m, holder))
    for j, (second, h2) in enumerate(ages):
        if h2.kind == "noun" and (not h2.definite or any(w in OTHER_SET for w in h2.modifiers)):
            continue
        window = _window(ages, j, lambda a: a[0].sentence)
        matches = [(m, h, _same_person(h, h2)) for m, h in window]
        matches = [(m, h, how) for m, h, how in matches if how]
        if (not matches and h2.kind == "noun" and h2.definite and second.compound
                and (not h2.modifiers or _past_role(noun_phrase(doc, second))) and _life_noun(doc, second)):
            # "Elsa Grant, 71, ... the 17-year-old pensioner": a noun for the one person just named
            h2 = Holder("anon", (), True, (h2.key[0],))
            matches = [(m, h, how) for m, h in window if h.kind == "name" and (how := _same_person(h, h2))]
            if len(matches) != len([1 for m, h in window if m.sentence >= second.sentence - _ANON_GAP]):
                continue  # someone else's age was given too: "a 23-year-old man ... the 43-year-old woman"
        if not matches and h2.kind == "name":
            matches = _titled_after_unnamed(doc, second, h2, window)  # "A 46-year-old teacher ... Mr Hart, 64,"
        if not matches and h2.kind == "name":
            matches = _anon_after_name(doc, second, h2, window)  # "Tom Haldane ... said the 67-year-old. Haldane, 76,"
        if not matches and h2.kind == "noun" and h2.definite and h2.key[0] in _DOCK_NOUNS and not h2.modifiers:
            matches = _in_the_dock(doc, second, window)  # "A 46-year-old teacher was convicted ... The defendant, 64,"
        if not matches:
            continue
        if h2.kind == "anon":
            # "The 36-year-old" can only point back at the one person whose age was given,
            # in the sentence before
            recent = [(m, h, how) for m, h, how in matches if m.sentence >= second.sentence - _ANON_GAP]
            if len(recent) != 1 or len({(h.kind, h.key) for m, h, how in matches}) != 1:
                continue
            if any(m is not recent[0][0] and m.end <= second.start and _age_like(doc, m)
                   for k in range(max(0, second.sentence - _ANON_GAP), second.sentence + 1) for m in doc.mentions_in(k)):
                continue  # "a 34-year-old operator, a 51-year-old fitter and a 27-year-old driver ... The
                # 51-year-old": other ages were given, whoever holds them
            if another_person(doc, recent[0][0], second, recent[0][1], groups_ok=_names_one_past_groups(doc, recent[0],
                                                                                                     second)):
                continue
            if _dock_relative(doc, second) and not _CHARGED.search(_sentence(doc, recent[0][0])):
                continue  # "the 43-year-old, who ..., will be sentenced": only after the one told as charged
            matches = recent
            h2 = matches[0][1]
        if h2.kind == "name":
            # a surname shared by two people ("Jo Smith, 34, and her husband Tom Smith, 36")
            full = {h.key for m, h, how in matches if len(h.key) > 1}
            if len(full) > 1:
                continue
            if len(h2.key) == 1 and _surname_of_another(doc, matches[-1][0], second, h2.key[0], full):
                continue
        agreeing = [m for m, h, how in matches if agrees(m, second)]
        if agreeing:
            yield AgeRestatement(link="inferred", cue="same person", first=agreeing[-1], second=second,
                                 subject=_who(h2))
            continue
        if len({m.value for m, h, how in matches}) > 1:
            continue
        first, h1, how = matches[-1]
        if h2.kind == "noun" and any(w not in h1.modifiers and not backed(w, _sentence(doc, first))
                                     for w in h2.modifiers):
            continue
        if how == "noun" and any(first.end <= m.start < second.start and m.kind == Kind.AGE
                                 for m in doc.mentions_within(first.sentence, second.sentence + 1)):
            continue  # "A 72-year-old woman and her husband, 75, ... The pensioner, 75,": someone else's age between
        link = "explicit" if how == "name" else "inferred"
        yield AgeRestatement(link=link, cue=how, first=first, second=second, subject=_who(h2))


def _anon_after_name(doc: Document, second: Mention, h2: Holder, window: list) -> list:
    """(round 51) The one age in the window is "the N-year-old" pointed back at a person the text named, by this
    surname, before it and no one else by a capitalised name: "Skipper Tom Haldane was named ... said the
    67-year-old. Haldane, 76, is ..." -- the same person."""
    anon = [(m, h) for m, h in window if m is not second and m.end <= second.start]
    if len(anon) != 1 or anon[0][1].kind != "anon" or not h2.key:
        return []
    m, h = anon[0]
    if second.sentence - m.sentence > 1:
        return []
    start = doc.sentences[max(0, m.sentence - 1)].start
    told = doc.text[start:m.start]
    names = {run.split()[-1] for run in re.findall(r"\b(?:[A-Z][a-z]+\s+)+[A-Z][a-z]+\b", told)}  # full names
    if names != {h2.key[-1].capitalize()} and names != {h2.key[-1]}:
        return []
    return [(m, h, "anon")]


# round 18: who may stand before a title and surname that names again the one person whose age was given: nothing
# (the sentence opens on it) or who says so ("Police said", "The court heard that")
_TITLED_OPENING = re.compile(r"^\W*(?:[A-Z][\w'’-]*\s+(?:[\w'’-]+\s+){0,3}(?:said|says|heard|added|confirmed|"
                             r"told(?:\s+(?:the\s+)?[a-z]+)?)(?:\s+that)?\s+)?$")
_TITLE_SEX = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}


def _titled_after_unnamed(doc: Document, second: Mention, h2: Holder, window: list) -> list:
    """A title and a surname never written before ("Mr Hart, 64,") opening its sentence, after the one person whose
    age was given a sentence or two back with no name ("A 46-year-old teacher from Whitby was found guilty ... Mr
    Hart, 64, will be sentenced"): the same person (not a title of the other sex, nor with anyone else brought in
    between, nor after a name on that surname)."""
    if not (len(h2.key) == 2 and h2.key[0] in _TITLES or len(h2.key) == 1 and h2.key[0] not in _TITLES):
        return []  # "Mr Hart", or a bare surname ("Hart, 64, will be sentenced")
    s = doc.sentences[second.sentence]
    named = _NAME.search(doc.text, s.start, second.start) or _NAME_BRACKET.search(doc.text, s.start, second.start)
    if named is None or not _TITLED_OPENING.match(doc.text[s.start:named.start()]):
        return []
    recent = [(m, h) for m, h in window if second.sentence - _ANON_GAP <= m.sentence < second.sentence]
    if len(recent) != 1 or recent[0][1].kind != "noun":
        return []
    back = doc.sentences[max(0, second.sentence - _LOOKBACK)].start
    if re.search(r"\b" + re.escape(named.group(1).split()[-1]) + r"\b", doc.text[back:named.start()]):
        return []  # the surname written before: someone named (the name finder's), or another of that family
    first, h1 = recent[0]
    if any(m is not first and first.start < m.start < second.start and _age_like(doc, m)
           for k in range(first.sentence, second.sentence + 1) for m in doc.mentions_in(k)):
        return []  # another age between, whoever holds it
    sex = _TITLE_SEX.get(h2.key[0])
    if sex and _pronoun(h1) not in (None, sex):
        return []  # "a 46-year-old woman ... Mr Hart, 64,": someone else
    if another_person(doc, first, replace(second, start=named.start(), end=named.start()), h1, groups_ok=True):
        return []
    return [(first, h1, "titled")]


# round 18: the nouns of the one on trial, which point back at the one person whose age was given as accused
_DOCK_NOUNS = frozenset({"defendant", "accused"})
_CHARGED = re.compile(r"\b(?:charged|convicted|guilty|accused|pleaded|pleads|admitted|admits|denied|denies|"
                      r"on\s+trial|jailed|sentenced|remanded|appeared|appears)\b", re.I)


def _in_the_dock(doc: Document, second: Mention, window: list) -> list:
    """"The defendant, 64," / "the 64-year-old defendant" after the one person whose age was given a sentence or two
    back, told as charged or convicted in that sentence ("A 46-year-old teacher has been found guilty of fraud"),
    with no other age and no one else brought in between."""
    recent = [(m, h) for m, h in window if second.sentence - _ANON_GAP <= m.sentence < second.sentence]
    if len(recent) != 1 or recent[0][1].kind not in ("noun", "name"):
        return []
    first, h1 = recent[0]
    if not _CHARGED.search(_sentence(doc, first)):
        return []
    if any(m is not first and first.start < m.start < second.start and _age_like(doc, m)
           for k in range(first.sentence, second.sentence + 1) for m in doc.mentions_in(k)):
        return []
    s = doc.sentences[second.sentence]
    if another_person(doc, first, replace(second, start=s.start, end=s.start), h1, groups_ok=True):
        return []
    return [(first, h1, "in the dock")]


def _surname_of_another(doc: Document, first: Mention, second: Mention, surname: str, full: set) -> bool:
    """A bare surname with an age ("said Hale, 42,") after another first name on that surname was written
    without an age ("Ben Hale, 11, ... his mother, Ann Hale, said ..."): either may hold the age."""
    given = {key[-2] for key in full if len(key) > 1 and key[-1] == surname}
    text = doc.text[doc.sentences[first.sentence].start:second.start]
    for found in re.finditer(r"\b([A-Z][\w'’-]+)\s+" + re.escape(surname) + r"\b", text, re.I):
        word = found.group(1).lower()
        if found.group(1)[0].isupper() and word not in _TITLES and word not in _NOT_NAMES and word not in given:
            return True
    return False


_HEADLINE_AGE = re.compile(r"([A-Za-z][\w'’-]*)\s*,\s*(?:aged\s+)?$")


def _headline_age(doc: Document, m: Mention) -> str | None:
    """"Harrow councillor, 29, becomes mayor": an age in apposition in a headline; the word before it."""
    if m.kind not in (Kind.COUNT, Kind.AGE) or m.hedge or m.value is None or not 1 <= m.value <= 110:
        return None
    if m.kind == Kind.COUNT and not m.text.strip().isdigit():
        return None
    before = _HEADLINE_AGE.search(_before(doc, m, 40))
    return before.group(1).lower() if before and doc.text[m.end:m.end + 1] == "," else None


def find_headline_ages(doc: Document):
    """The one age in a headline against the first age in the opening sentences, when that is the
    only age there: "Councillor, 29, becomes mayor" / "Priya Shah, 27, was sworn in ...", or a noun
    for the same kind of person: "Teen, 15, missing" / "a 14-year-old girl ..."."""
    heads = [m for m in doc.mentions if doc.sentences[m.sentence].headline and m.interval is not None]
    ages = [(m, _headline_age(doc, m)) for m in heads]
    ages = [(m, w) for m, w in ages if w]
    lead = [s.index for s in doc.sentences if not s.headline and not s.chrome][:2]
    if len(ages) != 1 or not lead:
        return
    h, word = ages[0]
    body = [(m, age_holder(doc, m) or _headline_noun_holder(doc, m, word)) for m in doc.mentions
            if not doc.sentences[m.sentence].headline and m.interval is not None and _age_like(doc, m)]
    body = [(m, holder) for m, holder in body if holder is not None]
    if not body or body[0][0].sentence not in lead:
        return
    first, holder = body[0]
    if sum(1 for m, _ in body if m.sentence == first.sentence) > 1:
        return  # "Jo Hale, 34, and her brother, 37,": whose age is the headline's?
    if holder.kind == "noun" and holder.key[0] != singular(word) and singular(word) in PERSON_NOUNS \
            and not _same_kind_of_person(doc, h, singular(word), holder.key[0]):
        return  # "Boy, 12, ..." / "His mother, 38, said": another person
    if holder.kind == "noun" and holder.key[0] != singular(word) and holder.key[0] in _IN_CHARGE:
        return  # (round 27) "Debutant, 19, scores twice" / "The 33-year-old manager said": one in charge of him
    if years_differ(doc, h, first):
        return
    yield AgeRestatement(link="inferred", cue="headline", first=replace(h, kind=first.kind, unit=first.unit),
                         second=first, subject=_who(holder) if holder.kind != "anon" else "the " + word)


def _headline_noun_holder(doc: Document, m: Mention, word: str) -> Holder | None:
    """"the 24-year-old qualifier" under "Qualifier, 21, ...": the headline's own noun for the person
    (whatever noun it is) restated after the age."""
    if not m.compound:
        return None
    np = noun_phrase(doc, m)
    if not np.adjacent or np.modifiers or not np.head or singular(np.head) != singular(word):
        return None
    return Holder("noun", (singular(word),), True)


# (round 27) people in charge of others, who speak of the one a headline names: another person than its noun
_IN_CHARGE = frozenset("manager captain skipper chairman chairwoman director coach boss".split())
# nouns for one stage of life: "Teenager, 17," may be "a 16-year-old boy", not "a 17-year-old pensioner"
_LIFE_STAGES = (frozenset("teenager teen youth adolescent boy girl schoolboy schoolgirl".split()),
                frozenset("pensioner man woman grandfather grandmother widow widower".split()))


def _same_kind_of_person(doc: Document, h: Mention, head_noun: str, body_noun: str) -> bool:
    """The headline's noun and the lead's may name one person: the same stage of life, the
    headline's noun saying no sex, and no other person named in the headline ("... for attack
    on girl", "... killed friend")."""
    if not any(head_noun in g and body_noun in g for g in _LIFE_STAGES):
        return False
    if _pronoun(Holder("noun", (head_noun,), True)):
        return False  # "Man, 30, jailed ... An 85-year-old pensioner": the headline's noun says more

    headline = doc.sentences[h.sentence]
    others = {singular(w) for w in words(doc.text[headline.start:headline.end])} - {head_noun}
    return not others & (PERSON_NOUNS | {body_noun})  # "Teen, 17, hurt in crash that killed friend"


_SPEECH = frozenset("said say says told added confirmed explained".split()
                    # (round 19) who speaks of the one pointed back at: "Neighbours described the 47-year-old as ..."
                    + "described describe describes remembered remember remembers praised hailed".split())
_ANON_GAP = 2  # sentences back that "the 47-year-old" may point
_MALE = frozenset("man boy father son husband boyfriend brother nephew grandfather dad schoolboy mr sir lord".split())
_FEMALE = frozenset("""woman girl mother daughter wife girlfriend sister niece grandmother mum schoolgirl actress
    mrs ms miss lady""".split())


def _pronoun(holder: Holder) -> str | None:
    """The pronoun that stands for the holder, when its noun or title says: "a 42-year-old man" -> he."""
    keys = set(holder.key[:1])
    if keys & _MALE:
        return "he"
    if keys & _FEMALE:
        return "she"
    return None


_PLACE_POSSESSIVE_BEFORE = re.compile(r"\b(?:of|in|at|from|near)\s+[A-Z][\w-]*['’]s\s+$")


# (round 30) words counting a group of people between two ages: "two teenagers", "a gang of youths"
_GROUP_COUNT_WORDS = frozenset("two three four five six seven eight nine ten dozen dozens both several couple pair "
                               "gang group".split())


def _names_one_past_groups(doc: Document, first: tuple, second: Mention) -> bool:
    """(round 30) "The N-year-old" opening its sentence after a named person's age, with only groups nobody counted
    between ("was found by neighbours", "honoured by former pupils"): a group is no one person the singular points
    back at; a counted one ("two teenagers") may hold them.  Not when the second's sentence charges its holder or
    names the first by a pronoun ("The 19-year-old accused of attacking him")."""
    m, holder = first[0], first[1]
    if holder.kind != "name" or second.sentence != m.sentence + 1:
        return False
    start = doc.sentences[second.sentence].start
    if not re.fullmatch(r"\W*the\s+", doc.text[start:second.start], re.I) \
            or _CHARGED.search(doc.text, second.end, doc.sentences[second.sentence].end) \
            or re.search(r"\b(?:him|her|them)\b", doc.text[second.end:doc.sentences[second.sentence].end], re.I):
        return False  # "The 19-year-old accused of attacking him": the named person's assailant
    between = words(doc.text[m.end:second.start])
    return not any((w in _GROUP_COUNT_WORDS or w[:1].isdigit()) and any(singular(x) in PERSON_NOUNS for x in between[i + 1:i + 3])
                   for i, w in enumerate(between))  # "two teenagers" (not "two nights")


def another_person(doc: Document, a: Mention, b: Mention, holder: Holder, groups_ok: bool = False) -> bool:
    """Is someone else named between two mentions ("Jo Smith, 34, was attacked by a man.
    The 41-year-old ...")?  The holder's own noun ("a 42-year-old man ... the man") and
    its own pronoun ("he" after a man) are not someone else."""
    start = a.end
    if a.compound:
        np = noun_phrase(doc, a)
        if np.span is not None and np.adjacent:
            start = np.span.end
    between = words(doc.text[start:b.start])
    own_noun = holder.key[0] if holder.kind == "noun" else None
    own_pronoun = _pronoun(holder)
    accused = _accused(doc, a, b)
    described = _appositive_head(doc.text[start:b.start])
    for i, w in enumerate(between):
        if w in ("he", "she") and w != own_pronoun or w == "someone":
            return True
        if i == 1 and between[0] in ("a", "an") and re.match(r"\s*,\s*an?\s", doc.text[start:b.start]):
            continue  # "Priya Nair, 52, a teacher from Slough,": the holder described
        if i == described or i >= 3 and between[i - 1] == "the" and between[i - 2] == "as" \
                and _NAMED_AS & set(between[max(0, i - 6):i - 2]):
            continue  # (round 23) "Nnamdi Eze, 36, a tram driver from Salford, was named as the man ...": the holder
        if singular(w) in PERSON_NOUNS and not (singular(w) == own_noun and i and between[i - 1] == "the"):
            if _predicate_noun(between, i):
                continue  # (round 38) "Dylan Evans, 19, became the youngest Welsh player to ...": the holder described
            if (groups_ok or accused and not _WITH_OTHERS.search(doc.text, start, b.start)) and _plural(w) \
                    and singular(w) != w:
                continue  # (round 18) "Firefighters spent two hours freeing him": a group, not one person
                # (round 22) nor the group the accused wronged: "was found guilty of defrauding neighbours ...
                # the 43-year-old will be sentenced"
            if between[i + 1:i + 2] and between[i + 1] in _SPEECH:
                continue  # "doctors said the 46-year-old ...": the one speaking is not the one spoken of
            wronged = _wronged_by_holder(between, i) \
                and not _PRONOUN_AFTER.search(doc.text, b.end, doc.sentences[b.sentence].end)
            if accused and i and (between[i - 1] in ("a", "an") or wronged) \
                    and not _ACCUSED.search(" ".join(between[i:i + 6])) \
                    and not _IN_COURT_OTHERWISE.search(doc.text, b.end, doc.sentences[b.sentence].end):
                continue  # "a 34-year-old man was charged after a woman was found dead ... the 43-year-old
                # will appear in court": only the accused goes to court; (round 31) nor one the accused
                # wronged, named by the accused's possessive: "charged with the murder of his neighbour"
            return True
    text = doc.text[start:b.start]
    own = set(holder.key)
    for found in re.finditer(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+", text):
        n = found.group(0)
        if {t.lower() for t in n.split()} <= own | _TITLES or n.split()[-1].lower() in _BODIES | _STREETS:
            continue
        if words(text[:found.start()])[-1:] in (["of"], ["in"], ["at"], ["from"], ["near"], ["climb"], ["climbed"],
                                                 ["climbing"], ["scale"], ["scaled"], ["summit"], ["cross"],
                                                 ["crossed"], ["visit"], ["visited"]) \
                or _PLACE_POSSESSIVE_BEFORE.search(text, 0, found.start()):
            continue  # "Jo Hale, 34, of Mill Lane": a place; (round 29) "a stabbing in Winnipeg's West End"
        if words(text[:found.start()])[-2:] == ["of", "the"]:
            continue  # (round 50) "named head coach of the Nordic Lakers": a body, no person
        if n.split()[0].lower() in DEMONYMS and re.match(r"\s+[a-z]+s?\b", text[found.end():]):
            continue  # "showing Welsh Black cattle": a people's name before a common noun (a breed, a dish)
        if (words(text[found.end():])[:1] and words(text[found.end():])[0] in _SPEECH
                and (accused or n.split()[0].lower() in _OFFICIALS
                     or words(text[:found.start()])[-1:] and words(text[:found.start()])[-1] in _OFFICIALS)):
            continue  # "Judge Ann Cole told the 43-year-old ...": an official speaking of the one in court
        return True
    return False


# (round 38) a verb of being before a person noun: the noun describes the subject ("became the youngest player")
_COPULAS = frozenset("became becomes become is was remains remained".split())


def _predicate_noun(between: list[str], i: int) -> bool:
    """Is the person noun ``between[i]`` what the holder is or became: a verb of being, "the" / "a" / "an", then at
    most three words (no noun of a person among them) before it?"""
    for k in range(i - 1, max(-1, i - 6), -1):
        if between[k] in ("the", "a", "an"):
            return k > 0 and between[k - 1] in _COPULAS \
                and not any(singular(w) in PERSON_NOUNS for w in between[k + 1:i])
    return False


# (round 31 mend) in court for another part than the accused's: "The 38-year-old will appear at the trial as a
# witness", "is due to appear in court on a separate matter"
_IN_COURT_OTHERWISE = re.compile(r"\b(?:witness\w*|evidence|testif\w+|separate|unrelated|different|another|other)\b",
                                 re.I)
# (round 31) a person told of after "the N-year-old", who may be the one it is not: "The 58-year-old told the court she
# had forgiven him"
_PRONOUN_AFTER = re.compile(r"\b(?:he|she|him|her|they|them)\b", re.I)


def _wronged_by_holder(between: list[str], i: int) -> bool:
    """(round 31) Is the person noun ``between[i]`` named by the holder's possessive, one alone ("his neighbour",
    "her husband"; not "along with his brother", "his father and his brother": others who may be the one meant)?"""
    if between[i - 1] not in ("his", "her", "their"):
        return False
    near = between[max(0, i - 4):i - 1] + between[i + 1:i + 3]
    return "and" not in near and "alongside" not in near \
        and between[max(0, i - 3):i - 2] not in (["along"], ["together"])


# (round 23) the holder identified: "was named as the man pulled from the canal", "was named on Sunday as the woman"
_NAMED_AS = frozenset("named identified described confirmed".split())


def _appositive_head(text: str) -> int | None:
    """(round 23) The index, in ``words(text)``, of the person noun heading an aside right after an age that
    describes its holder: ", a tram driver from Salford," -> 2 ("driver"); not a person after "of", "for", "to" or
    "with" in it (", a friend of the victim,": the victim is someone else)."""
    aside = re.match(r"\s*,\s*(an?\s[^,.;:()]*),", text)
    if aside is None:
        return None
    for k, w in enumerate(words(aside.group(1))):
        if w in ("of", "for", "to", "with", "and"):
            return None
        if k and singular(w) in PERSON_NOUNS:
            return k
    return None


_OFFICIALS = frozenset("""judge recorder magistrate prosecutor coroner sheriff detective inspector sergeant constable
    superintendent officer spokesman spokeswoman spokesperson lawyer barrister solicitor counsel dc ds di dci pc
    insp supt sgt""".split())
_STREETS = frozenset("road street avenue lane drive close way place crescent terrace square grove gardens hill".split())


# Last words of names that are bodies, not people: "West Yorkshire Police said ...".
_BODIES = frozenset("""police constabulary service council court hospital ambulance fire rescue
    coastguard office department ministry agency trust authority""".split()) | frozenset(
    # (round 25) a club's name: "signed a deal with Hartley Town after leaving Ashgate Rovers"
    "town city united rovers rangers athletic wanderers albion county fc".split()) | frozenset(
    # (round 31) a competition's name: "won the Victorian Open by three shots ... The 25-year-old"
    """open classic masters cup trophy championship championships games marathon prix derby stakes invitational
    tour rally festival prize awards final finals league series""".split()) | frozenset(
    # (round 62) a race's name: "won the Great Addis Run"
    "run race relay sportive triathlon regatta".split()) | frozenset(
    # (round 48) a body speaking: "the German Alpine Club said"
    "club association federation society institute union committee commission foundation".split()) | frozenset(
    # (round 55) a venue's name: "returns to the Tallis Theatre stage ... The 61-year-old"
    """theatre theater stadium arena hall centre center gallery museum park gardens school college university
    academy cathedral church abbey station airport bridge""".split())


_ACCUSED = re.compile(r"\b(?:charged|arrested|held|detained|remanded|accused|convicted|sentenced|jailed|guilty|"
                      r"bailed|suspected|questioned|pleaded|pleads|denied|denies)\b")
_COURT = re.compile(r"^[^.;]{0,40}?\b(?:appear|appeared|appears|appearing|remanded|bailed|pleaded|pleads|denied|"
                    r"denies|admitted|admits|court|magistrates|trial|custody|bail|charged|sentenced|jailed|convicted)\b")


# others accused beside the first: "was charged along with two other men", "alongside two brothers"
_WITH_OTHERS = re.compile(r"\b(?:along\s+with|alongside|together\s+with|with|and|other|co-?accused|co-?defendants?)\b",
                          re.I)


def _accused(doc: Document, a: Mention, b: Mention) -> bool:
    """Is the first holder the one accused ("A 34-year-old man has been charged ...") and the
    restatement what only the accused does ("the 43-year-old will appear before magistrates")?"""
    first = doc.text[a.end:doc.sentences[a.sentence].end]
    told = _ACCUSED.search(" ".join(words(first)[:8])) or _ACCUSED_OBJECT.search(_before(doc, a, 30))
    return bool(told) and bool(_COURT.search(doc.text[b.end:b.end + 80]))


# (round 31) the holder the object of the verb that accuses: "Police have charged a 19-year-old with ..."
_ACCUSED_OBJECT = re.compile(r"\b(?:charged|arrested|detained|convicted|jailed|sentenced|bailed|questioned)"
                             r"\s+(?:an?\s+)$")


def _who(h: Holder) -> str:
    if h.kind == "anon":
        return "the person named before"
    if h.kind == "name":
        return " ".join(t.capitalize() for t in h.key)
    return "the " + h.key[0]


# ---- lengths -------------------------------------------------------------

def _subject_groups(doc: Document, m: Mention) -> set[str]:
    """Groups of the words in the clause before a measure: "The bridge ... is 1.2 miles long"."""
    s = doc.sentences[m.sentence]
    return {group_of(w) for w in words(doc.text[s.start:m.start])}


def _dimension(doc: Document, m: Mention) -> str | None:
    after = " ".join(words(_after(doc, m, 20))[:2])
    for phrase, dim in DIMENSIONS.items():
        if after == phrase or after.startswith(phrase + " "):
            return dim
    before = words(_before(doc, m, 30))[-3:]
    if any(w in LENGTH_VERBS for w in before):
        return "length"
    return None


# Things that run from one place to another, and the nouns that may restate any of them:
# "the 240-mile pipeline ... the 420-mile line", "the 18-mile bypass ... the 81-mile route".
_LINEAR = frozenset("""pipeline line road bypass motorway highway railway canal waterway trail path footpath towpath
    cycleway greenway walkway tunnel cable fence
    wall border corridor link route""".split())
_ROUTE_NOUNS = frozenset({"route", "line", "link"})
_JOURNEY = re.compile(r"\s+(?:(?:running|leading|heading|going)\s+)?(?:to|from|between|via|into|through|towards)\b",
                      re.I)
_JOINING = frozenset("""connect connects connected connecting join joins joined joining link links linked linking meet
    meets feed feeds fed branch branches cross crosses crossed parallel extend extends existing""".split()) \
    | frozenset("replace replaces replaced replacing supersede supersedes superseded succeed succeeds".split())
    # (round 60) "will be 146 metres long and will replace the 164-metre Victorian structure": the old one
# (round 60) the side or part of a thing that names one of a pair: "The eastern span ... than the western span"
_PART_SIDES = frozenset("""north south east west northern southern eastern western upper lower inner outer left right
    front rear first second""".split())


def _structure(noun: str | None) -> str | None:
    """The structure a noun names, itself or the tail of a compound ("footbridge" -> bridge)."""
    n = singular(noun)
    if not n:
        return None
    if n in STRUCTURES:
        return n
    return next((t for t in STRUCTURES if len(t) >= 4 and len(n) >= len(t) + 3 and n.endswith(t)), None)


def _same_structure(first: str | None, second: str | None) -> bool:
    """May ``second`` name again the structure ``first`` named: the same group, the tail of the compound
    ("pipeline" / "line", "footbridge" / "bridge"), or a route noun for a thing that runs somewhere."""
    a, b = singular(first), singular(second)
    if not a or not b:
        return False
    if group_of(a) == group_of(b) or (len(b) >= 4 and a.endswith(b)) or (len(a) >= 4 and b.endswith(a)):
        return True
    if a in HYPERNYMS.get(b, ()) or b in HYPERNYMS.get(a, ()):
        return True  # (round 46) "the 220-metre bulk carrier ... the 240-metre vessel"
    if b == "crossing" and _structure(a) in ("tunnel", "bridge"):
        return True  # "the 3.2-mile tunnel ... the 2.3-mile crossing"
    if b == "barrier" and _structure(a) in ("wall", "fence", "seawall", "levee", "dyke", "embankment", "dam"):
        return True  # "the border wall ... the barrier"
    return (b in _ROUTE_NOUNS and (_structure(a) in _LINEAR or a in _RUNNING_ADDITIONS)) \
        or (a in _ROUTE_NOUNS and (_structure(b) in _LINEAR or b in _RUNNING_ADDITIONS))


# (round 43) what is added to a line, which a route noun may name again: "the 14-mile tram extension ... the 11-mile
# route"
_RUNNING_ADDITIONS = frozenset({"extension", "spur"})


def _structure_words(doc: Document, m: Mention) -> list[str]:
    """The noun after a length and, when it is itself a modifier, the structure noun after it: "the
    1,200-mile border wall" -> border, wall."""
    np = noun_phrase(doc, m)
    found = [np.head] if np.head else []
    if np.head and _structure(np.head) is None:
        # (round 46) a name after the structure's noun: "the 220-metre bulk carrier Ocean Meridian"
        found += [w for w in np.modifiers if _sized_thing(w)][:1]
    if np.span is not None:
        nxt = words(doc.text[np.span.end:min(doc.sentences[m.sentence].end, np.span.end + 20)])[:1]
        if nxt and _structure(nxt[0]):
            found.append(nxt[0])
    return found


def _named_structure(doc: Document, m: Mention, np) -> bool:
    """(round 46) A structure's noun, then its capitalised name: "the 220-metre bulk carrier Ocean Meridian"."""
    return np.span is not None and bool(_STRUCTURE_THEN_NAME.search(doc.text, m.end, np.span.end)) \
        and any(_sized_thing(w) for w in np.modifiers)


def _kind_then_thing(doc: Document, m: Mention, np) -> bool:
    """(round 46) A kind before a vessel's noun, then its name: "the 180-metre container ship Baltic Dawn"."""
    if np.span is None:
        return False
    after = _KIND_THING_NAME.match(doc.text, np.span.end)
    return after is not None and singular(after.group(1).lower()) in _VESSEL_NOUNS


_KIND_THING_NAME = re.compile(r"\s+([a-z]+)\s+[A-Z]")
_VESSEL_NOUNS = HYPERNYMS["vessel"] | {"vessel"}


def _sized_thing(word: str) -> bool:
    """A structure's noun, or a kind of vessel ("carrier", "ferry"), whose length a later mention may give again."""
    return _structure(word) is not None or singular(word) in _VESSEL_NOUNS


_STRUCTURE_THEN_NAME = re.compile(r"\b[a-z]+\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+$")


def _modifies_noun(doc: Document, m: Mention, generic: bool = False) -> bool:
    """Written as a modifier: "the 1.6-mile crossing", "the 2km tunnel" (with ``generic``, "the 5-mile
    route" too)."""
    np = noun_phrase(doc, m)
    if np.head is None or not (m.compound or np.adjacent):
        return False
    return _structure(np.head) is not None or _named_structure(doc, m, np) or _kind_then_thing(doc, m, np) \
        or singular(np.head) in _SIZED_ANIMALS \
        or generic and singular(np.head) in _ROUTE_NOUNS \
        or singular(np.head) in _RUNNING_ADDITIONS and np.span is not None \
        and bool(_LINE_KIND_THEN_ADDITION.search(doc.text, m.end, np.span.end))


# (round 43) the kind of line an extension is added to, right before it: "the 14-mile tram extension"
_LINE_KIND_THEN_ADDITION = re.compile(r"\b(?:tram|rail|railway|metro|subway|tube|light-rail|road|motorway|line|"
                                      r"pipeline|cycleway|busway)\s+(?:extension|spur)s?\b", re.I)


_BARE_M = re.compile(r"[\d,.]+m")


def _as_length(doc: Document, m: Mention) -> Mention | None:
    """Length mentions, with "the 330m tower" (read as 330 million) taken as metres."""
    if m.kind == Kind.MEASURE and (m.unit or "").lower() in _LENGTH_TO_M:
        return m
    if m.kind == Kind.COUNT and _BARE_M.fullmatch(m.text.strip()) and m.interval is not None:
        np = noun_phrase(doc, m)
        if np.adjacent and not _plural(np.head or "s") and singular(np.head) in STRUCTURES:
            scale = Fraction(10**6)
            return replace(m, kind=Kind.MEASURE, unit="m", value=m.value / scale,
                           precision=(m.precision or 1) / scale, interval=m.interval.scale(1 / scale))
    return None


_SIZED_KINDS = frozenset({"animal", "reptile", "bird"})
# ((round 47) an animal of one kind sized by a modifier: "a 4.2-metre saltwater crocodile")
_SIZED_ANIMALS = frozenset().union(*(HYPERNYMS[k] for k in _SIZED_KINDS))


def _definite_subject(doc: Document, m: Mention) -> str | None:
    """"the tunnel, which is 3 miles long": a dimension of a structure named with "the"
    just before it in the sentence (and no other structure in between)."""
    if m.compound or _dimension(doc, m) is None:
        return None
    s = doc.sentences[m.sentence]
    clause = doc.text[s.start:m.start]
    found = None
    for match in re.finditer(r"\b(the|a|an|its)\s+(?:[a-z-]+\s+)?([a-z]+)\b", clause, re.I):
        if singular(match.group(2)) in STRUCTURES or singular(match.group(2)) in _SIZED_KINDS:
            found = match  # ((round 47) or a word for a kind of animal: "The reptile, measuring nearly 17 feet")
    if found is None or found.group(1).lower() != "the":
        return None
    between = words(clause[found.end():])
    if any(singular(w) in STRUCTURES for w in between) or len(between) > 8:
        return None
    return found.group(2).lower()


# The nouns of a way a race or a walk takes, sized by a length: "a 26km course ... the 21km route".
_COURSE_NOUNS = frozenset({"course", "route", "trail",  # (round 19) "a 52km trail ... the 58km course"
                           "loop", "circuit"})  # (round 54) "a 42-kilometre loop ... the 32-mile route"


def _sizes_course(doc: Document, m: Mention) -> bool:
    """A length written as the modifier of a course or route: "the 21km course"."""
    np = noun_phrase(doc, m)
    return (m.compound or np.adjacent) and singular(np.head) in _COURSE_NOUNS


def _course_sized_alone(doc: Document, m: Mention, second: Mention, noun: str, qs: list[Mention]) -> bool:
    """A course or route brought in with "a" and sized by the one length of the sentences up to "the N-unit
    route/course" that names it again: "will tackle a 26km course through the hills ... the 21km route" (not
    with another length in the window or either sentence: "a 10km course and a 5km fun run")."""
    if singular(noun) not in _COURSE_NOUNS or not _sizes_course(doc, m) \
            or not _A_BEFORE.search(_before(doc, m, 10)) or not _restated_plainly(doc, m, second, doers=True):
        return False
    return all(x is m or x is second or _course_part(doc, x, m) for x in qs
               if m.sentence <= x.sentence <= second.sentence)


def _metres(m: Mention) -> Fraction | None:
    per = _LENGTH_TO_M.get((m.unit or "").lower())
    return m.value * per if per is not None and m.value is not None else None


def _course_part(doc: Document, x: Mention, course: Mention) -> bool:
    """(round 19) A bare length in a finer unit than the course's and under a fifth of it is a climb or a stretch of
    it, no other course: "a 52km route ..., climbing more than 2,000 metres" (not "a 10km course and a 5km fun
    run", nor "a 26km route; walkers cover 16 miles")."""
    if x.compound or noun_phrase(doc, x).adjacent and singular(noun_phrase(doc, x).head) in _COURSE_NOUNS:
        return False
    if re.search(r"\bevery\s+$", doc.text[max(0, x.start - 8):x.start], re.I):
        return True  # (round 47) a spacing along it: "water stations every 5 km along the 24.2-mile route"
    a, b = _metres(x), _metres(course)
    return a is not None and b is not None and _LENGTH_TO_M.get((x.unit or "").lower(), 0) < \
        _LENGTH_TO_M.get((course.unit or "").lower(), 0) and a * 5 < b



# (round 19) "from" opening a time, not a place a journey starts: "the 11km route from next spring"
_FROM_TIME = re.compile(r"\s+from\s+(?:next|this|early|late|mid|the\s+(?:end|start|beginning|middle)|"
                        r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"spring|summer|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d)",
                        re.I)


# (round 20) "to" opening what the route is to do, not where it goes: "Rangers expect the 21km route to attract
# walkers", "will allow the 9-mile line to reopen", "the 12km route to be finished in May"
_TO_BE_AFTER = re.compile(r"\s+to\s+be\b", re.I)
_TO_VERB_AFTER = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|and|or)\b)[a-z]+\b")
_WANTS_OBJECT_BEFORE = re.compile(r"\b(?:expects?|expected|expecting|wants?|wanted|allows?|allowed|allowing|enables?|"
                                  r"enabled|enabling|helps?|helped|helping|forecasts?|predicts?|predicted|believes?|"
                                  r"believed|needs?|needed|urges?|urged|encourages?|encouraged|hopes?\s+for|"
                                  r"hoped\s+for|would\s+like|want)\s+(?:the|its|their|this|that)\s+$", re.I)


def _infinitive_after(doc: Document, second: Mention, end: int) -> bool:
    """(round 20) The "to" right after the second's noun phrase opens an infinitive of which the route is the
    subject (``_TO_BE_AFTER``; or a verb after "expect/allow/want the"), not a journey: "Rangers expect the 21km
    route to attract 40,000 walkers" (not "the 21km route to Hull", "the route to town")."""
    stop = doc.sentences[second.sentence].end
    if _TO_BE_AFTER.match(doc.text, end, stop):
        return True
    return bool(_TO_VERB_AFTER.match(doc.text, end, stop)) and bool(
        _WANTS_OBJECT_BEFORE.search(doc.text, max(doc.sentences[second.sentence].start, second.start - 40), second.start))


def _route_of_way(doc: Document, m: Mention, second: Mention, noun: str) -> bool:
    """(round 19) A length told of a way by its clause ("The new cycle path runs for 14km along ...", "The road is
    9 miles long") restated under a route noun: "the 11km route" (not a journey: "the 11km route to Hull")."""
    if m.compound or singular(noun) not in _ROUTE_NOUNS | _COURSE_NOUNS or _dimension(doc, m) != "length":
        return False
    np = noun_phrase(doc, second)
    end = np.span.end if np.span is not None else second.end
    if _JOURNEY.match(doc.text, end, doc.sentences[second.sentence].end) \
            and not _FROM_TIME.match(doc.text, end, doc.sentences[second.sentence].end) \
            and not _infinitive_after(doc, second, end):
        return False
    parts = re.split(r"[,;:]", doc.text[doc.sentences[m.sentence].start:m.start])
    clause = parts[-1]
    if len(parts) > 1 and _VERB_ONLY.fullmatch(clause):
        clause = parts[0]  # (round 20) "The bypass, opened in 2024, is 6 miles long": the subject before the aside
    elif len(parts) > 1 and _RELATIVE_VERB_ONLY.fullmatch(clause):
        clause = parts[-2]  # (round 23) "The tram line, which will run for 14km between ...": the clause's subject
    return any(singular(w) in _LINEAR or _structure(w) in _LINEAR for w in words(clause))


# (round 20) a clause that is only the verb telling a length, its subject before an aside
_VERB_ONLY = re.compile(r"\s*(?:is|was|will\s+be|would\s+be|runs?(?:\s+for)?|ran(?:\s+for)?|stretch(?:es)?(?:\s+for)?|"
                        r"measures?|extends?(?:\s+for)?)\s*(?:about|around|some|nearly|almost|roughly|just\s+over|"
                        r"just\s+under|more\s+than|less\s+than)?\s*", re.I)


# (round 23) a relative clause that is only the verb telling a length, its subject just before the comma
_RELATIVE_VERB_ONLY = re.compile(r"\s*(?:which|that)\s+(?:(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to|"
                                 r"is\s+expected\s+to|is\s+planned\s+to|could|should|now)\s+)?"
                                 + _VERB_ONLY.pattern[3:], re.I)


def find_measure_restatements(doc: Document):
    """A length given twice: "1.2 miles long ... the 1.6-mile crossing"."""
    qs = [x for x in (_as_length(doc, m) for m in quantities(doc, Kind.MEASURE, Kind.COUNT)) if x and not x.is_range]
    for j, second in enumerate(qs):
        np = noun_phrase(doc, second)
        if (_modifies_noun(doc, second, generic=True) or _sizes_course(doc, second)) \
                and definite(doc, second) is not None:
            noun = np.head  # "the 1.6-mile crossing"
            if any(w in OTHER_SET for w in np.modifiers):
                continue
            end = doc.sentences[second.sentence].end
            if singular(noun) in _ROUTE_NOUNS and _JOURNEY.match(doc.text, np.span.end, end) \
                    and not _FROM_TIME.match(doc.text, np.span.end, end) \
                    and not _infinitive_after(doc, second, np.span.end):
                continue  # "the 30-mile route to Hull": a journey, not the road (not "the route from May")
            if set(words(_before(doc, second, 40))[-4:]) & _JOINING:
                continue  # "will connect to the 420-mile line": another one
        else:
            noun = _definite_subject(doc, second)  # "the tunnel, which is 3 miles long"
            if noun is None:
                continue
        c = group_of(noun)
        journey = np.span is not None and _JOURNEY.match(doc.text, np.span.end, doc.sentences[second.sentence].end)
        earlier = []
        for m in _window(qs, j, _sentence_of):
            if _modifies_noun(doc, m) and any(_same_structure(w, noun) for w in _structure_words(doc, m)):
                if group_of(noun_phrase(doc, m).head) != c and journey:
                    continue  # "the 12-mile line ... the 21-mile railway to the north": perhaps another
                if c in HYPERNYMS and not _names_one_kind(doc, m, second, c):
                    continue  # (round 46) "the 220-metre bulk carrier ... A tug towed the 40-metre vessel"
                earlier.append(m)
            elif not m.compound and _dimension(doc, m) and _names_subject(doc, c, m, second):
                earlier.append(m)  # (round 33) "The new ferry, which is 118 metres long ... the 112-metre vessel"
            elif _route_of_way(doc, m, second, noun):
                earlier.append(m)  # "The new cycle path runs for 14km ... the 11km route"
            elif _course_sized_alone(doc, m, second, noun, qs):
                earlier.append(m)  # "a 26km course through the hills ... the 21km route"
        if not earlier:
            continue
        if _dimension(doc, second) is None and any(_dimension(doc, m) == "length" for m in earlier):
            # (round 55) "410 metres long and 300 metres wide ... the 350-metre dock": a modifier sizes its length
            earlier = [m for m in earlier if _dimension(doc, m) in (None, "length")]
        agreeing = [m for m in earlier if agrees(m, second)]
        if agreeing:
            yield MeasureRestatement(link="inferred", cue="the " + noun, first=agreeing[-1],
                                     second=second, subject=noun)
            continue
        if len({(m.value, m.unit) for m in earlier}) > 1:
            earlier = _one_length_near(doc, earlier, second)
            if not earlier:
                continue
        first = earlier[-1]
        if years_differ(doc, first, second) or compares(doc, second) \
                or new_qualifier(doc, second, first, single=not _plural(noun)):
            continue
        dimensions = (_dimension(doc, first), _dimension(doc, second))
        if None not in dimensions and dimensions[0] != dimensions[1]:
            continue  # (round 52) "the dam is 142 metres high and 1.1km long": two dimensions of one thing
        if np.span is not None and _PLACED_ELSEWHERE_AFTER.match(doc.text, np.span.end, doc.sentences[second.sentence].end):
            continue  # (round 48) "The 4,400ft mountain to the north": another, placed by where it stands
        if _named_apart(doc, first, second) or _sides_apart(doc, first, second, noun):
            continue
        if _length_changed_between(doc, first, second, qs):
            continue  # (round 55) "The 240-km line will be extended by 95 km ... the 335-km route": the new length
        yield MeasureRestatement(link="inferred", cue="the " + noun, first=first, second=second,
                                 subject=noun)


def _one_length_near(doc: Document, earlier: list[Mention], second: Mention) -> list[Mention]:
    """(round 55) Two dimensions of one thing told in one sentence ("is 410 metres long and 70 metres wide"), then
    "the 401-metre dock" with no dimension of its own: the length, when it is the one of them within a factor of
    1.5 of the second (a slip, not another dimension); else none."""
    if len({m.sentence for m in earlier}) != 1 or second.value is None:
        return []
    metres = {id(m): _LENGTH_TO_M.get((m.unit or "").lower()) for m in earlier + [second]}
    if None in metres.values() or any(m.value is None for m in earlier):
        return []
    size = second.value * metres[id(second)]
    near = [m for m in earlier if _dimension(doc, m) in (None, "length")
            and Fraction(2, 3) <= m.value * metres[id(m)] / size <= Fraction(3, 2)]
    return near if len({(m.value, m.unit) for m in near}) == 1 and _dimension(doc, second) is None else []


_LENGTH_CHANGE = re.compile(r"\b(?:extend\w*|extension|lengthen\w*|shorten\w*|expand\w*|cut|trimmed|added|adding|"
                            r"grow\w*|grew)\b", re.I)


def _length_changed_between(doc: Document, first: Mention, second: Mention, lengths: list) -> bool:
    """(round 55) A change of length, sized by a length of its own, told between the two lengths."""
    return any(first.end <= m.start and m.end <= second.start and m.unit is not None
               and _LENGTH_CHANGE.search(doc.text, first.end, m.start) is not None for m in lengths)


def _names_subject(doc: Document, c: str | None, m: Mention, second: Mention) -> bool:
    """Does the noun of group ``c`` name again the subject of the clause telling ``m``: the same group, or (round 33)
    a general noun over the subject's kind ("The new ferry, which is 118 metres long ... the 112-metre vessel"), when
    the passage up to ``second`` names no other of its kinds ("The tug ... towed the barge ... the 80-metre vessel")."""
    subject = _subject_groups(doc, m)
    if c in subject:
        return True
    if c not in HYPERNYMS or not subject & HYPERNYMS[c]:
        return False
    passage = doc.text[doc.sentences[m.sentence].start:second.start]
    return len({group_of(w) for w in words(passage)} & HYPERNYMS[c]) == 1


def _man_of_a_trade_before(doc: Document, second: Mention) -> bool:
    """(round 62) "men" names the men of a trade only after the passage names that trade ("the nine fishermen lost ...
    all eight men"); else men are people, told by their participle ("Seventeen prisoners were transferred ... all 19
    transferred men")."""
    start = doc.sentences[max(0, second.sentence - 2)].start
    return bool({singular(w) for w in words(doc.text[start:second.start])} & HYPERNYMS["man"])


def _names_one_kind(doc: Document, m: Mention, second: Mention, c: str) -> bool:
    """The passage from ``m``'s sentence up to ``second`` names one kind of the general noun ``c`` at most."""
    passage = doc.text[doc.sentences[m.sentence].start:second.start]
    return len({group_of(w) for w in words(passage)} & HYPERNYMS[c]) <= 1


_NAME_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# (round 48) a thing placed by where it stands from the one told before: "to the north", "next door", "nearby"
_PLACED_ELSEWHERE_AFTER = re.compile(r"\s*,?\s+(?:(?:to|on)\s+the\s+(?:north|south|east|west|other\s+side|left|right)|"
                                     r"(?:just\s+)?(?:north|south|east|west)\s+of|next\s+door|nearby|opposite|"
                                     r"downstream|upstream|further\s+(?:up|down|along|north|south|east|west)|beyond|"
                                     # (round 49) "the 300-foot tower in the next town"
                                     r"(?:in|at|near|on|outside|across)\s+(?:the\s+)?(?:next|other|neighbouring|"
                                     r"neighboring|nearby|adjoining)\b)\b",
                                     re.I)


def _sides_apart(doc: Document, first: Mention, second: Mention, noun: str) -> bool:
    """(round 60) Each size told of its own side of a thing, by the word before the noun in its sentence: "The
    eastern span ... is 412 metres long, ... longer than the western span, which measures 316 metres"."""
    def side(m: Mention) -> str | None:
        s = doc.sentences[m.sentence]
        told = words(doc.text[s.start:m.start])
        sides = [w0 for w0, w1 in zip(told, told[1:]) if w0 in _PART_SIDES and singular(w1) == noun]
        return sides[-1] if sides else None
    a, b = side(first), side(second)
    return a is not None and b is not None and a != b


def _named_apart(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 31) Each size names its thing, by other names: "the 6.1km Serra tunnel and the 5.3km Bravo tunnel"
    are two tunnels, not one told twice."""
    def name(m: Mention) -> set[str]:
        np = noun_phrase(doc, m)
        return set(_NAME_WORD.findall(doc.text, m.end, np.span.end)) if np.span is not None else set()
    a, b = name(first), name(second)
    return bool(a) and bool(b) and not a & b


# (round 25) what a weight taken is restated as, and the verbs that take it: "seized 1.4 tonnes of cocaine ... the
# 400kg haul", "Thieves stole 300kg of copper ... the 30kg haul", "recovered 12kg of heroin ... the 21kg seizure"
_HAUL_NOUNS = frozenset("haul seizure stash cache".split())
# the haul told again goes straight on to its verb ("the 400kg haul had a street value of", "the 400kg haul of cocaine
# was"); a participle or a clause of its own after the noun ("found in a car", "recovered nearby", "they expected")
# makes it a haul of its own
_HAUL_THEN_VERB = re.compile(r"(?:\s+of\s+[a-z]+)?\s+(?:is|was|has|had|will|would|could|may|might|carried|weighed|"
                             r"contained|came|went)\b", re.I)
_TAKEN_BEFORE = re.compile(r"\b(?:seiz(?:e|es|ed|ing)|recover(?:s|ed|ing)?|found|discover(?:s|ed|ing)?|"
                           r"intercept(?:s|ed|ing)?|confiscat(?:e|es|ed|ing)|impound(?:s|ed|ing)?|st(?:ole|olen|eal|"
                           r"eals|ealing)|smuggl(?:e|es|ed|ing)|uncover(?:s|ed|ing)?)\s+"
                           r"(?:(?:a\s+(?:total|record)\s+of|a\s+record|what\s+(?:was|is)\s+thought\s+to\s+be)\s+)?$", re.I)


# a haul placed in one of several places or occasions: "the 300kg haul found in one flat", "... seized in a single raid"
_IN_ONE_PLACE = re.compile(r"\s+(?:[a-z]+ed\s+|found\s+)?(?:in|at|on|from|during)\s+(?:one|a\s+single)\b", re.I)
# ranked the top of the hauls just told: "... was the largest" (not "one of the largest in the county", "the largest
# ever": all hauls)
_TOP_OF_THEM = re.compile(r"\b(?:was|is)\s+(?:by\s+far\s+)?the\s+(?:single\s+)?(?:" + "|".join(sorted(SUPERLATIVE_WORDS))
                          + r")\b(?!\s+(?:ever|on\s+record|of\s+all)\b)", re.I)


def _weight_taken(doc: Document, m: Mention) -> bool:
    """(round 25) A mass told as what a verb of seizing, finding or stealing took: "seized 1.4 tonnes"."""
    return in_kilograms(m) is not None and bool(_TAKEN_BEFORE.search(_before(doc, m, 60)))


@needs(Kind.MEASURE, count=2, words=("haul", "seizure", "stash", "cache"))
def find_haul_restatements(doc: Document):
    """(round 25) A weight seized, found or stolen, restated a sentence or two later as "the N-unit haul" (seizure,
    stash, cache), in any unit of mass: "Border officers seized 1.4 tonnes of cocaine ... the 400kg haul had a street
    value of". The one weight so taken in those sentences; silent when another weight stands between or agrees, when
    the haul is another's ("another", "last year's", a year or qualifier the first lacks), is compared, or is one of
    several ("the 300kg haul found in one flat was the largest")."""
    qs = [m for m in quantities(doc, Kind.MEASURE) if not m.is_range and in_kilograms(m) is not None]
    for j, second in enumerate(qs):
        np = noun_phrase(doc, second)
        if np.head is None or not np.adjacent or singular(np.head) not in _HAUL_NOUNS \
                or definite(doc, second) not in ("the", "this", "that") or any(w in OTHER_SET for w in np.modifiers):
            continue
        earlier = list(in_sentences(qs, second.sentence - 2, second.sentence))
        taken = [m for m in earlier if _weight_taken(doc, m)]
        if len(taken) != 1 or any(m is not taken[0] and agrees(m, second) for m in earlier):
            continue  # two weights taken ("1.4 tonnes of cocaine and 400kg of heroin"): which is the haul?
        first = taken[0]
        if any(m.start > first.end for m in earlier):
            continue  # a weight between: the haul may be that one
        if years_differ(doc, first, second) or compares(doc, second) or new_qualifier(doc, second, first) \
                or _TIME_POSSESSIVE.search(_before(doc, second, 40)) or _other_occasion(doc, second, first) \
                or years(doc, second.sentence) - years(doc, first.sentence):
            continue
        said = _sentence(doc, first)
        clause = _CLAUSE_SPLIT.split(doc.text[np.span.end:doc.sentences[second.sentence].end])[0]
        if any(not backed(w, said) for w in re.findall(r"\b[A-Z][\w'’-]+", clause)):
            continue  # "the 400kg haul found at Felixstowe": another place's
        if _TOP_OF_THEM.search(doc.text, np.span.end, doc.sentences[second.sentence].end) \
                or _IN_ONE_PLACE.match(doc.text, np.span.end):
            continue  # "the 300kg haul found in one flat was the largest": one of the hauls the first adds up
        if not _HAUL_THEN_VERB.match(doc.text, np.span.end):
            continue  # "the 2kg haul found in a car", "the 50kg haul they expected": a haul of its own clause
        yield DefiniteRestatement(link="inferred", cue="the " + np.head, first=first, second=second,
                                  subject=singular(np.head))


# (round 18) what a length may size that no other reading of a thing's size takes: changes, gaps and the ways a
# race or a move goes are not one fixed size ("a 2m rise ... the 3m rise" may be two)
_NOT_SIZED_THINGS = frozenset("""rise fall drop increase decrease surge jump climb gain loss lead gap margin cut
    reduction extension race run swim walk ride leg stage event final relay dash sprint throw dive shot putt
    queue tailback journey trip flight drive distance stretch section limit swell tide level""".split())


def _converted_once(doc: Document, window, second: Mention, noun: str) -> bool:
    """(round 53) The one earlier size of ``noun`` in the window ("a 3.8km swim") is in another unit than the
    second ("the 1.4-mile swim"), both lengths: the same thing told in another unit, not a second of its kind."""
    earlier = [m for m in window if m.sentence < second.sentence and m.kind == Kind.MEASURE
               and noun_phrase(doc, m).adjacent and singular(noun_phrase(doc, m).head or "") == noun]
    return len(earlier) == 1 and second.kind == Kind.MEASURE and resolve_unit(earlier[0].unit) != resolve_unit(second.unit) \
        and _A_BEFORE.search(doc.text, max(0, earlier[0].start - 4), earlier[0].start) is not None


def _sizes_thing(doc: Document, m: Mention, c: str) -> bool:
    """Is ``m`` the size of a thing of group ``c`` brought in with "a"/"an" as its modifier ("a 6.5-metre primary
    mirror"), or told of the thing its clause is about ("The asteroid, about 140 metres wide,")?"""
    np = noun_phrase(doc, m)
    if (m.compound or np.adjacent) and np.head and group_of(np.head) == c:
        return _A_BEFORE.search(doc.text, max(0, m.start - 4), m.start) is not None
    return not m.compound and _dimension(doc, m) is not None and c in _subject_groups(doc, m)


# (round 33) a size told in a clause about "the" thing just before it: "the animal, which measured 17 metres"
_THE_THING_WHICH = re.compile(r"\bthe\s+([a-z]+)\s*,\s*(?:which|that)\s+(?:is|was|measures|measured|measuring)\s+"
                              r"(?:about|around|some|nearly|almost|roughly|over|under|more\s+than|less\s+than)?\s*$",
                              re.I)


def _told_in_its_clause(doc: Document, m: Mention) -> str | None:
    """(round 33) The thing a size is told of by the relative clause it stands in: "Marine biologists said the animal,
    which measured 17 metres from head to tail," -> animal (singular; not a structure, the length finder's)."""
    s = doc.sentences[m.sentence]
    match = _THE_THING_WHICH.search(doc.text, max(s.start, m.start - 60), m.start)
    if match is None or _plural(match.group(1)):
        return None
    return singular(match.group(1))


def _sizes_one_kind(doc: Document, m: Mention, c: str, second: Mention) -> bool:
    """(round 33) Is ``m`` the size of a thing brought in with "a" as its modifier ("A 14-metre fin whale") whose kind
    the general noun of group ``c`` names ("the animal"), when the passage up to ``second`` names no other kind of it."""
    if c not in HYPERNYMS or not m.compound or not _A_BEFORE.search(doc.text, max(0, m.start - 4), m.start):
        return False
    after = words(doc.text[m.end:min(doc.sentences[m.sentence].end, m.end + 30)])[:3]
    if not any(group_of(w) in HYPERNYMS[c] for w in after):
        return False
    passage = doc.text[doc.sentences[m.sentence].start:second.start]
    return len({group_of(w) for w in words(passage)} & HYPERNYMS[c]) == 1


def find_sized_thing_restatements(doc: Document):
    """A thing's length given once and restated as "the N-unit NOUN" of the same thing (or a synonym) in the next
    sentence or the one after: "a 6.5-metre primary mirror ... the 8.5m mirror", "The asteroid, about 140 metres
    wide, ... the 410-metre rock" (round 18; not a structure, the length finder's; not a change, a gap or a
    race; the one such length of that thing there; silent on a comparison, another year or a new qualifier)."""
    qs = [x for x in (_as_length(doc, m) for m in quantities(doc, Kind.MEASURE, Kind.COUNT))
          if x and not x.is_range and x.value is not None]
    for j, second in enumerate(qs):
        k = j  # the lengths of the two sentences before and of its own, walked back (keeps long drafts linear)
        while k > 0 and qs[k - 1].sentence >= second.sentence - 2:
            k -= 1
        if second.hedge or not any(m.sentence < second.sentence for m in qs[k:j]):
            continue  # no length just before it could restate: a cheap test first
        np = noun_phrase(doc, second)
        clause_told = None if second.compound else _told_in_its_clause(doc, second)
        if clause_told is not None:
            noun = clause_told  # (round 33) "the animal, which measured 17 metres"
        elif (second.compound or np.adjacent) and np.head and not _plural(np.head) \
                and definite(doc, second) in ("the", "its", "their", "this", "that"):
            noun = singular(np.head)
        else:
            continue
        c = group_of(noun)
        if noun in STRUCTURES or _structure(noun) or c in EVENTS \
                or noun in _COURSE_NOUNS or any(w in OTHER_SET for w in np.modifiers):
            continue
        window = qs[k:j]
        if noun in _NOT_SIZED_THINGS and not _converted_once(doc, window, second, noun):
            continue  # (round 53: but "a 3.8km swim ... the 1.4-mile swim", one swim told in another unit)
        earlier = [m for m in window if m.sentence < second.sentence
                   and (_sizes_thing(doc, m, c) or _sizes_one_kind(doc, m, c, second))]
        if len(earlier) != 1 or any(m.sentence == second.sentence and _sizes_thing(doc, m, c) for m in window):
            continue  # which one? or another of that thing in the second's sentence
        first = earlier[0]
        if second.compound and not first.compound and _unit_word(doc, first) == _unit_word(doc, second) \
                and _holds(doc, first, c):
            continue  # "The asteroid ... 140 metres wide ... the 410-metre rock": the attribute finder's pair
        if agrees(first, second):
            yield MeasureRestatement(link="inferred", cue="the " + noun, first=first, second=second, subject=noun)
            continue
        if years_differ(doc, first, second) or compares(doc, second) or new_qualifier(doc, second, first) \
                or clause_told is None and change_role(doc, second):
            continue  # ("the animal, which is 4 metres long": a level verb of its clause, no change)
        yield MeasureRestatement(link="inferred", cue="the " + noun, first=first, second=second, subject=noun)


# ---- terms ---------------------------------------------------------------

@_memo
def _term_of(doc: Document, m: Mention) -> str | None:
    """Which term a duration gives: "jailed for eight years" -> sentence; "a five-year deal" -> contract."""
    if m.compound:
        np = noun_phrase(doc, m)
        if np.head is None:  # (round 27) "a five-year, $60 million contract": the head past a second modifier
            past = _SECOND_MODIFIER.match(doc.text, m.end, doc.sentences[m.sentence].end)
            return group_of(past.group(1)) if past and group_of(past.group(1)) in _TERMS else None
        return group_of(np.head)
    before = words(_before(doc, m, 50))[-4:]
    for w in reversed(before):
        if w in DURATION_VERBS:
            return DURATION_VERBS[w]
    banned = _VERB_OBJECT_FROM_FOR.search(_before(doc, m, 80))
    if banned and banned.group(1).lower() in DURATION_VERBS:
        return DURATION_VERBS[banned.group(1).lower()]  # (round 34) "banned the footballer from driving for 18 months"
    after = " ".join(words(_after(doc, m, 20))[:2])
    for phrase, c in DURATION_AFTER.items():
        if after == phrase or after.startswith(phrase + " "):
            return c
    return None


_TERMS = frozenset({"sentence", "ban", "contract", "lease"})
# (round 34) a term's verb, its object and what the object is barred from, then "for": "banned the footballer from
# driving for", "disqualified him from driving for", "barred the club's owner from football for"
_VERB_OBJECT_FROM_FOR = re.compile(r"\b([a-z]+)\s+(?:(?:him|her|them)|(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?"
                                   r"[\w'’-]+)\s+from\s+[a-z]+(?:\s+[\w'’-]+){0,3}?\s+for\s+$", re.I)
# (round 27) a second modifier, a sum or a rate, between a term and its noun: "a five-year, $60 million contract",
# "a four-year, £40,000-a-week deal"
_SECOND_MODIFIER = re.compile(r",\s*[£$€]?\d[\d.,]*\s*(?:m|bn|k|million|billion)?(?:-[a-z]+)*"
                              r"(?:\s+(?:a|per)\s+(?:week|year|season|month))?\s+([a-z]+)\b", re.I)
# (round 27) "is taking nine months": one job's length; the plain present "take(s)" is left out, as it tells what a
# thing usually takes ("The crossing takes four hours ... Friday's seven-hour crossing"), and "has taken" may be a
# part of it ("has taken eight weeks so far ... the 12-week survey"; review rv27)
_LASTING = frozenset({"lasted", "lasting", "lasts", "last", "took", "taking", "after", "spanning", "spanned",
                      "ran", "running", "went", "run", "runs"})
# An event told by who does it, the event unnamed: "The jury took four hours to convict" / "the four-hour deliberation".
_EVENT_DOERS = {"deliberation": frozenset({"jury", "jurors", "jury's", "jury’s"})}
# Openings of a clause that describes the noun before its comma: "The trial, (which is) expected to last ...".
_DESCRIBING = frozenset("which that expected due set scheduled likely planned".split())


def _lasting_subject(doc: Document, m: Mention, c: str, heard_as: bool = False) -> bool:
    """"The siege lasted 14 hours": a bare duration tied to the noun its clause is about (with ``heard_as``, or a
    kind of it: "The trial, expected to last six weeks" for "hearing")."""
    def _event_as(w: str, c: str) -> bool:
        return group_of(w) == c or heard_as and group_of(w) in _HEARD_AS.get(c, ()) \
            or c == "event" and group_of(w) in EVENTS  # (round 22) "The festival will run for ten days ... the nine-day event"

    if m.compound:
        return False
    before = words(_before(doc, m, 30))[-2:]
    if not before or not (before[-1] in _LASTING or before[-2:-1] and before[-2] in _LASTING and before[-1] in
                          ("for", "about", "nearly", "almost", "more", "some", "around")):
        return False
    s = doc.sentences[m.sentence]
    clauses = re.split(r"[,;:]", doc.text[s.start:m.start])
    if any(_event_as(w, c) for w in words(clauses[-1])):
        return True
    if any(w in _EVENT_DOERS.get(c, ()) for w in words(clauses[-1])):
        return True  # "The jury took just over four hours": the jury's time is its deliberation
    # "The inquest, which is due to run for three weeks": the noun the clause describes
    opening = words(clauses[-1])[:1]
    if len(clauses) > 2 and set(words(clauses[-1])) <= _LASTING_VERB_ONLY \
            and any(_event_as(w, c) for w in words(clauses[0])[-3:]):
        return True  # (round 23) "The trial, which opened on Monday, is expected to last six weeks": past the aside
    return (len(clauses) > 1 and bool(opening) and opening[0] in _DESCRIBING
            and any(_event_as(w, c) for w in words(clauses[-2])[-3:]))


# (round 23) a clause that is only the verb telling an event's length, its subject before an aside: "The trial,
# which opened on Monday, is expected to last"
_LASTING_VERB_ONLY = _LASTING | frozenset("""is was are were will would could may might has have had been be
    expected due set likely scheduled planned thought now still to for about nearly almost around some more than
    just over under up continue continues go on""".split())


# The kind an event is restated as: "The trial, expected to last six weeks, ..." / "the eight-week hearing".
_HEARD_AS = {"hearing": frozenset({"trial", "inquest", "inquiry", "tribunal"})}
# what may stand before a plain restatement in its sentence: nothing, or who says so ("Union leaders said the")
_SAID_BEFORE = re.compile(r"^\s*(?:[^.;:!?]{0,60}?\b(?:said|says|say|told|heard|warned|added|insisted|confirmed|"
                          r"claimed|explained|stressed)(?:\s+that)?\s+)?(?:the|its|their)\s+$", re.I)
# (round 19) all who take part, covering the course: "Organisers said runners must complete the", "Entrants will
# tackle the", "Competitors have 11 hours to finish the" (not a group of them: "Children will run the 5km route")
_COURSE_DOERS_BEFORE = re.compile(
    r"^\s*(?:[^.;:!?]{0,60}?\b(?:said|says|say|told|warned|added|explained|stressed|"
    r"expect|expects|expected)(?:\s+that)?\s+)?"  # (round 54: "Rangers expect most walkers to take two days to")
    r"(?:the\s+|all\s+|every\s+|most\s+|many\s+)?(?:runners?|entrants?|competitors?|participants?|riders?|racers?|"
    r"athletes?|walkers?|hikers?|cyclists?|those\s+taking\s+part|they|everyone)\s+"
    r"(?:(?:must|will|would|can|could|should|have\s+to|had\s+to|need\s+to|are\s+to|were\s+to|(?:have|has|had)\s+\S+\s+hours?\s+to|"
    r"to|take\s+\S+\s+(?:days?|hours?|weeks?)\s+to|be\s+able\s+to|then|all|also)\s+)*"
    r"(?:complete[sd]?|completing|finish(?:es|ed)?|run|runs|ran|tackle[sd]?|cover(?:s|ed)?|face[sd]?|follow(?:s|ed)?|"
    r"walk(?:s|ed)?|ride|rides|rode|race[sd]?|use[sd]?|navigate[sd]?|negotiate[sd]?|take\s+on|took\s+on)\s+the\s+$"
    # (round 47) or what is set along it: "Organisers said water stations would be placed every 5 km along the"
    r"|^[^.;:!?]{0,90}?\b(?:placed|set\s+up|positioned|spaced|dotted|stationed|posted|lined)\b[^.;:!?]{0,30}?"
    r"\b(?:along|around|on)\s+the\s+$",
    re.I)
# (round 19) who found or said so, then a time within the event: "Researchers found that by the end of the",
# "During the", "Officials said that throughout the"
_DURING_BEFORE = re.compile(
    r"^\s*(?:[^.;:!?]{0,60}?\b(?:said|says|say|told|heard|warned|added|insisted|confirmed|claimed|explained|stressed|"
    r"found|finds|reported|concluded|showed|shows)(?:\s+that)?\s+)?"
    r"(?:(?:by|at|towards|near)\s+the\s+end\s+of\s+|during\s+|throughout\s+|over\s+(?:the\s+course\s+of\s+)?|"
    r"(?:half|mid)way\s+through\s+)?(?:the|its|their)\s+$", re.I)
# (round 19) nouns that name one event and may name it again, for its length: an operation is a rescue or a mission,
# an effort is any of them or a search; a pilot is a trial, a study or an experiment (not a scheme or a programme:
# a pilot may come before a scheme)
_ALIKE_EVENTS = (frozenset({"operation", "rescue", "mission", "effort"}), frozenset({"search", "effort"}),
                 frozenset({"pilot", "trial", "study", "experiment"}), frozenset({"siege", "stand-off", "standoff"}))
_IN_COURT = re.compile(r"\b(?:court|jury|jurors?|judge|defendants?|accused|guilty|prosecut\w*|verdict|magistrates?)\b",
                       re.I)
_SURGERY = re.compile(r"\b(?:surgeons?|surgery|surgical|underwent|undergo\w*|theatre|transplant|doctors?|hospital)\b",
                      re.I)
# "The pilot, in which 200 families took part, ran for 18 months", "The rescue took nine hours", "after an operation
# that lasted nine hours": the noun whose length the clause tells
_LASTING_OPENING = re.compile(
    r"(?:^|[\s(])(?:the|this|that|its|their|his|her|a|an)\s+(?:[\w'’-]+\s+){0,2}?([a-z]+(?:-[a-z]+)?)\s*"
    r"(?:,\s*(?:which|that|in\s+which|under\s+which|involving|run|launched|funded|led|backed|set\s+up)\b[^,;:()]*,\s*|"
    r"\([^()]*\)\s*|\s+[-–—]\s[^-–—]*\s[-–—]\s+|,?\s+(?:which|that)\s+|"
    r"(?<=\s)(?:at|in|on|near|outside|inside|off)\s+(?:(?!\b(?:which|that|who|where)\b)[^,;:()]){1,50}?\s+)?"  # (round 23)
    # "the standoff at the farm lasted" (not "the twins in an operation which lasted": the operation's)
    r"(?:(?:had|has|have)\s+)?(?:lasted|took|ran|runs|run|continued|went\s+on)\s+(?:for\s+)?"
    r"(?:(?:about|nearly|almost|around|some|more\s+than|just\s+over|over|just\s+under|under)\s+)?$", re.I)


def _event_sized_before(doc: Document, m: Mention, second: Mention, c: str) -> bool:
    """(round 34) An event's length given as the modifier of its name ("The four-day folk festival", "a 48-hour
    strike") and restated as the modifier of the same name or of "event" in a later sentence, nothing before the
    restatement in its clause telling another time or another of them ("Next year's five-day event")."""
    if not m.compound or m.sentence >= second.sentence:
        return False
    np = noun_phrase(doc, m)
    first = group_of(np.head) if np.adjacent else None
    if first not in EVENTS and singular(np.head) not in EVENTS or not (c == first or c == "event") \
            or any(w in OTHER_SET for w in np.modifiers):
        return False  # (round 51: an event's own word read before its group's: "crossing", not "bridge")
    s = doc.sentences[second.sentence]
    np2 = noun_phrase(doc, second)
    if doc.text.startswith(",", np2.span.end if np2.span is not None else second.end):
        return False  # (round 35) "The two-day event, meant for schools,": an aside telling which event, perhaps another
    end = min(s.end, (np2.span.end if np2.span is not None else second.end) + 30)
    record = _RECORD_VERB.search(doc.text, second.end, end)
    if record is not None:
        end = record.start()  # (round 51) "The 13-day crossing beat the previous record": the record's time, not its
    return not _OTHER_IN_CLAUSE.search(doc.text, s.start, second.start) \
        and not _TIME_IN.search(doc.text, s.start, end)  # ("the five-day event in March": perhaps another)


_RECORD_VERB = re.compile(r"\s(?:beat|broke|bettered|equalled|set)\s+(?:the|a|its|their)\b", re.I)


def _project_sized_before(doc: Document, m: Mention, second: Mention) -> bool:
    """(round 56) A piece of work's length given as the modifier of its name ("after a two-year refurbishment") and
    restated in the next sentence or the one after as the modifier of a name of its group ("the 18-month project",
    "the two-year revamp"), with nothing in the second's clause telling another time or another of them."""
    if not m.compound or not 0 < second.sentence - m.sentence <= 2:
        return False
    np = noun_phrase(doc, m)
    if not np.adjacent or group_of(np.head) != "project" or any(w in OTHER_SET for w in np.modifiers):
        return False
    s = doc.sentences[second.sentence]
    np2 = noun_phrase(doc, second)
    if any(w in OTHER_SET or w in _PROJECT_PHASES for w in np2.modifiers):
        return False
    end = min(s.end, (np2.span.end if np2.span is not None else second.end) + 30)
    return not _OTHER_IN_CLAUSE.search(doc.text, s.start, second.start) and not _TIME_IN.search(doc.text, s.start, end) \
        and not _PROJECT_PHASES_RE.search(_sentence(doc, m)) and not _PROJECT_PHASES_RE.search(_sentence(doc, second))


_PROJECT_PHASES = frozenset("first second third final next last earlier previous later initial".split())
_PROJECT_PHASES_RE = re.compile(r"\b(?:phase|stage|part)s?\b", re.I)


def _alike_events(a: str | None, b: str | None) -> bool:
    a, b = singular(a), singular(b)
    return bool(a and b) and any(a in g and b in g for g in _ALIKE_EVENTS)


def _event_alike_lasting(doc: Document, m: Mention, second: Mention, head: str) -> bool:
    """(round 19) A duration of an event brought in with "a" ("after a nine-hour operation") or told by its clause
    ("The pilot, in which 200 families took part, ran for 18 months", "The rescue took nine hours") restated under a
    noun of the same event: "the six-hour effort", "the 15-month trial" (``_ALIKE_EVENTS``; a trial not in court)."""
    if m.compound:
        np = noun_phrase(doc, m)
        first = np.head if np.adjacent and _A_BEFORE.search(_before(doc, m, 10)) else None
    else:
        s = doc.sentences[m.sentence]
        opening = _LASTING_OPENING.search(doc.text[s.start:m.start])
        first = opening.group(1) if opening else None
    if not _alike_events(first, head):
        return False
    np2 = noun_phrase(doc, second)
    if _RESTRICTIVE_CLAUSE.match(doc.text, np2.span.end if np2.span is not None else second.end):
        return False  # "The six-hour rescue that had freed him": picked out by its clause, perhaps another
    if "operation" in (singular(first), singular(head)) and "effort" not in (singular(first), singular(head)) \
            and singular(first) != singular(head) \
            and (_SURGERY.search(_sentence(doc, m)) or _SURGERY.search(_sentence(doc, second))):
        return False  # "A surgeon performed a nine-hour operation ... the six-hour rescue": two events
    if "trial" in (singular(first), singular(head)) and (_IN_COURT.search(_sentence(doc, m))
                                                          or _IN_COURT.search(_sentence(doc, second))):
        return False  # "The trial ran for 18 months": in court, another kind of trial
    return True


_TIME_IN = re.compile(r"\b(?:(?:last|next|this)\s+(?:week|month|year|season|spring|summer|autumn|winter)|yesterday|"
                      r"ago|previous|earlier|in\s+(?:19|20)\d\d|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                      r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                      r"December))\b", re.I)


# (round 32) a week the first's sentence names holds the day the second's names: "will strike for three days next
# week ... The four-day walkout will begin on Tuesday" (not another day told against a day: "on Monday" / "on Friday")
_WEEK_NAMED = re.compile(r"\b(?:last|next|this)\s+week\b", re.I)
_ON_WEEKDAY = re.compile(r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day")


def _times_added(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 32 review) Does the second's sentence name a time the first's does not ("Last year, the 45 extra
    pupils", "in March")?  (A rate, "£15m a year", is no time; nor a weekday, most often the day of the telling:
    "the minister, who visited on Friday, said the 210 extra beds".)"""
    said = {t.lower() for t in _TIME_IN.findall(_sentence(doc, first))}
    return any(t.lower() not in said and not _ON_WEEKDAY.fullmatch(t.lower())
               for t in _TIME_IN.findall(_sentence(doc, second)))


# (round 32 review) a verb telling the event as past: "The three-day strike began on Monday"
_PAST_EVENT_VERB = re.compile(r"\b(?:began|started|ended|finished|was|were|took\s+place|happened)\b", re.I)


def _weekday_in_week(said: str, told: str) -> bool:
    """(round 32 review) May the weekday of the sentence ``told`` fall in the week the sentence ``said`` names?  Not
    with a year the first lacks ("began on Monday in 2022") nor a weekday told with a past verb against "next week"
    ("will strike next week ... The three-day strike began on Monday"; not "Passengers were warned that the three-day
    stoppage would ...", a sentence without a weekday)."""
    if set(_YEAR_DIGITS.findall(told)) - set(_YEAR_DIGITS.findall(said)):
        return False
    return not (re.search(r"\bnext\s+week\b", said, re.I) and _WEEKDAY.search(told) and _PAST_EVENT_VERB.search(told))


def _restated_plainly(doc: Document, first: Mention, second: Mention, doers: bool = False,
                      during: bool = False, referred: bool = False) -> bool:
    """The second is told plainly as the first's thing, for a tie read from another name: nothing before it in its
    sentence but who says so ("Union leaders said the 72-hour walkout"), no phrase after its noun whose first word
    the first's sentence lacks ("the 5km route for children"), no time the first's sentence lacks ("Last year the
    21km route", "the two-day hearing in March"); with ``doers``, also all who take part covering it ("Organisers
    said runners must complete the 58km course", ``_COURSE_DOERS_BEFORE``); with ``during``, also a time within the
    event ("Researchers found that by the end of the 15-month trial", ``_DURING_BEFORE``)."""
    s = doc.sentences[second.sentence]
    if not _SAID_BEFORE.match(doc.text[s.start:second.start]) \
            and not (doers and _COURSE_DOERS_BEFORE.match(doc.text[s.start:second.start])) \
            and not (during and _DURING_BEFORE.match(doc.text[s.start:second.start])) \
            and not (referred and _referred_to(doc, first, second)):
        return False
    said = _sentence(doc, first)
    times = {t.lower() for t in _TIME_IN.findall(_sentence(doc, second))} - {t.lower() for t in _TIME_IN.findall(said)}
    if _WEEK_NAMED.search(said) and _weekday_in_week(said, _sentence(doc, second)):
        times = {t for t in times if not _ON_WEEKDAY.fullmatch(t)}  # (round 32) a day of the week the first names
    if times:
        return False
    np = noun_phrase(doc, second)
    after = re.match(r"\s+(?:of|from|at|in|for|on|by|with|among|to)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                     r"([A-Za-z][\w'’-]*)", doc.text[np.span.end if np.span is not None else second.end:s.end])
    return after is None or backed(after.group(1), said) \
        or referred and _HOW_AFTER.match(doc.text, np.span.end if np.span is not None else second.end, s.end) is not None \
        or referred and _blamed_on(doc, second)  # (round 32) blamed the delay on a fault


_BLAMED_BEFORE = re.compile(r"\bblam(?:e|es|ed|ing)\s+(?:the|its|their)\s+$", re.I)


def _blamed_on(doc: Document, second: Mention) -> bool:
    """(round 32) "The airport blamed the seven-hour delay on a software fault": the second the object of "blame",
    its cause told by "on" right after its noun and no other "on" phrase in the sentence (round 32 review: not
    "blamed the 45-minute delay on its TransPennine service on a fault": which service's delay) nor another phrase
    first ("the one-hour delay before take-off on a late crew")."""
    s = doc.sentences[second.sentence]
    np = noun_phrase(doc, second)
    rest = doc.text[np.span.end if np.span is not None else second.end:s.end]
    return _BLAMED_BEFORE.search(doc.text, s.start, second.start) is not None \
        and re.match(r"\s+on\s", rest) is not None and len(re.findall(r"\bon\b", rest, re.I)) == 1


# (round 22) how the clause's doer acts, no qualifier of the event: "prepare for the walkout by rescheduling
# operations" (not "the walkout by nursing staff")
_HOW_AFTER = re.compile(r"\s+by\s+[a-z]+ing\s+(?!staff\b|workers?\b|nurses?\b|homes?\b|teams?\b)[a-z]", re.I)


# (round 22) a clause that speaks of the event as known, by a preposition of time or cause right before it:
# "Hospitals have been told to prepare for the", "Negotiators worked in shifts throughout the", "ahead of the"
_REFERRED_BEFORE = re.compile(r"^[^.;:!?]{0,90}?\b(?:prepare\w*\s+for|apologi[sz]\w*\s+for|"
                              # (round 32) a verb judging the event as known: "blamed the", "criticised the"
                              r"blam(?:e|es|ed|ing)|criticis\w+|criticiz\w+|condemn\w*|"
                              r"ready\s+for|braced?\s+for|bracing\s+for|"
                              r"ahead\s+of|in\s+the\s+run-up\s+to|before|during|throughout|through|over|despite|"
                              r"because\s+of|amid|for\s+the\s+duration\s+of|"
                              r"for\s+(?:the\s+whole|all|the\s+length|the\s+rest)\s+of)\s+(?:the|its|their)\s+$", re.I)
_OTHER_IN_CLAUSE = re.compile(r"\b(?:another|other|rival|separate|second|previous|earlier|next|last|further)\b", re.I)
# a capitalised word not opening its sentence: someone or somewhere the first's sentence may not name


def _referred_to(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 22) The second is the object of a preposition of time or cause that speaks of the event as known
    ("Hospitals have been told to prepare for the 72-hour walkout", ``_REFERRED_BEFORE``), with no name before it
    in its sentence that the first's sentence lacks (not "Nurses at Leeds General will join the ... during the")
    and no "other"/"another" in that clause."""
    s = doc.sentences[second.sentence]
    before = doc.text[s.start:second.start]
    if _REFERRED_BEFORE.match(before) is None or _OTHER_IN_CLAUSE.search(before):
        return False
    said = _sentence(doc, first)
    return all(backed(w, said) or _NO_PLACE_NAME.fullmatch(w) for w in _LATER_NAME.findall(before))


def _verb_of(verb: str, noun: str) -> bool:
    """Is ``verb`` a form of the verb that ``noun`` names ("closed" ~ "closure", "shut" ~
    "shutdown", "suspended" ~ "suspension")?  A shared stem of four letters or more that
    leaves at most three letters of the shorter word."""
    k = 0
    for x, y in zip(verb, noun):
        if x != y:
            break
        k += 1
    return k >= 4 and k >= min(len(verb), len(noun)) - 3


# (round 31) verbs of being kept waiting, whose noun is the delay: "were stranded on the tarmac for three hours"
_KEPT_WAITING = frozenset("stuck stranded held".split())
# (round 32) a delay told by a phrasal verb and "by": "held up by", "pushed back by"
_PUT_BACK = frozenset({("held", "up"), ("pushed", "back"), ("put", "back"), ("set", "back")})
_WAIT_NOUNS = frozenset("wait delay queue".split())
# a wait told of many ("waited 14 hours on average") or as a goal ("the four-hour wait was met for half")
_WAIT_OF_MANY = re.compile(r"\b(?:average|median|typical(?:ly)?|usual(?:ly)?|mean)\b|"
                           r"^\W*(?:most|many|several|some\s+of|others)\b", re.I)  # (round 32 review) "Most flights"
_WAIT_AIMED = re.compile(r"\b(?:met|meet|meets|missed|miss|target\w*|aim\w*|promis\w*|pledge\w*|goal|"
                         r"guarantee\w*|supposed|breach\w*)\b|"
                         r"\b(?:is|was|are|were|be|as)\s+(?:the\s+|a\s+)?(?:[\w&-]+\s+){0,2}?"
                         r"(?:standard|benchmark|limit|maximum|norm)\b", re.I)
# (round 31 mend) a norm is a wait aimed at: "The four-hour wait is the NHS standard", "is the maximum" (not "the
# nine-hour wait fell below the standard": the wait measured against one)
# nothing after the wait's noun but its verb or the clause's end: "the nine-hour wait fell below", "apologised for the
# five-hour delay and offered" (not "the four-hour wait they were promised", "the wait target")
_WAIT_TOLD_NEXT = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:and|is|was|are|were|will|would|has|had|could|may|might|"
                             r"[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b")


def _waited(doc: Document, m: Mention, head: str) -> bool:
    """(round 31) A bare duration told as a wait by its verb: right after it ("waited 14 hours", "queued four
    hours") or after "for" in its clause ("were held up for 40 minutes": a delay), ``head`` the wait's noun."""
    if m.compound or group_of(head) not in _WAIT_NOUNS or _WAIT_OF_MANY.search(_sentence(doc, m)):
        return False
    clause = words(re.split(r"[,;:]", doc.text[doc.sentences[m.sentence].start:m.start])[-1])
    if not clause:
        return False
    if clause[-1] == "by" and len(clause) > 2:
        # (round 32) the amount a delay put something back: "were delayed by nine hours", "held up by 40 minutes"
        return _verb_of(clause[-2], head) or group_of(head) == "delay" and tuple(clause[-3:-1]) in _PUT_BACK
    if clause[-1] != "for":
        return _verb_of(clause[-1], head)
    return any(_verb_of(w, head) or group_of(head) == "delay" and w in _KEPT_WAITING for w in clause[-8:-1])


def _event_for(doc: Document, m: Mention, head: str, verb_as_noun: bool = False) -> bool:
    """"will close to traffic for 18 months": a bare duration after "for", in a clause
    whose verb is the verb of the restatement's noun ("the six-month closure")."""
    if m.compound:
        return False
    s = doc.sentences[m.sentence]
    clause = re.split(r"[,;:]", doc.text[s.start:m.start])[-1]
    before = _phrasal_events(words(clause))
    if not before or before[-1] != "for":
        return False
    # (round 36: up to eight words back, "will close between Rugby and Milton Keynes for nine days")
    return any((_event_verb if verb_as_noun else _verb_of)(w, head) for w in before[-9:-1] if w not in _NP_STOP)


# (round 32) a strike told by the phrasal verb its noun spells: "will walk out for four days" ~ "the walkout"
_WALK_FORMS = frozenset("walk walks walked walking".split())


def _phrasal_events(clause: list[str]) -> list[str]:
    """A clause's words with "walk out" read as one word, the noun "walkout" ("will walk out for four days ... the
    five-day stoppage"); "walk" alone ("will walk for four days") stays a walk."""
    out: list[str] = []
    for w in clause:
        if w == "out" and out and out[-1] in _WALK_FORMS:
            out[-1] = "walkout"
            continue
        out.append(w)
    return out


# (round 24) going without what an outage cuts off, in the duration's clause: "were without electricity for", "left
# with no power for", "lost water for", "off supply for", "cut off for"
_WITHOUT_SUPPLY = re.compile(r"\b(?:without|with\s+no|no|lost|losing|lose|loses)\s+(?:any\s+|mains\s+|running\s+)?"
                             r"(?:power|electricity|water|gas|heating|heat|supply|supplies|internet|broadband|phones?)\b"
                             r"|\boff\s+(?:supply|the\s+grid)\b|\bcut\s+off\b"
                             r"|\b(?:power|electricity|supply|supplies)\s+(?:was|were|had\s+been|has\s+been|went)\s+"
                             r"(?:cut|off|out|down)\b", re.I)


def _without_supply_for(doc: Document, m: Mention) -> bool:
    """(round 24) A bare duration after "for" in a clause that goes without a supply is an outage's length: "8,000
    homes were without electricity for 11 hours ... the 17-hour outage" (``_WITHOUT_SUPPLY``)."""
    if m.compound:
        return False
    s = doc.sentences[m.sentence]
    clause = re.split(r"[,;:]", doc.text[s.start:m.start])[-1]
    before = words(clause)
    return bool(before) and before[-1] == "for" and bool(_WITHOUT_SUPPLY.search(clause))


def _event_verb(verb: str, noun: str) -> bool:
    """An event's verb spelt as one of its nouns: "will strike for 48 hours" ... "the 72-hour walkout" (the
    strike's group), "protest for three days" ... "the three-day demonstration"."""
    c = group_of(noun)
    return c in EVENTS and group_of(verb) == c


def _event_named(doc: Document, m: Mention, c: str) -> bool:
    """"a 48-hour blockade": a duration brought in with "a"/"an" before its own event noun; (round 28) or with
    "The" opening its sentence, the event the sentence is about ("The five-day strike at the port ended")."""
    np = noun_phrase(doc, m)
    return (m.compound and np.adjacent and group_of(np.head) == c
            and bool(re.search(r"\b(?:a|an)\s+$", _before(doc, m, 10), re.I)
                     or _THE_OPENING.fullmatch(doc.text, doc.sentences[m.sentence].start, m.start)))


_THE_OPENING = re.compile(r"\s*The\s+")
# (round 28) the phrases after an event's noun, read up to its verb: "of a pipeline", "by drivers in Leeds", "(by
# nurses)", "over pensions"; the stretch ends at a verb or a clause's comma ("The two-week strike by porters ended",
# "the four-day stoppage left 200 vessels waiting at anchor")
_EVENT_PHRASE = re.compile(r"\b(of|at|in|by|over)\s+(?:(an?)\s+|(?:the\s+|its\s+|their\s+)?([A-Za-z][\w'’-]*))"
                           r"(?=(?:\s+([a-z][\w'’-]*))?)")
_EVENT_PHRASES_END = re.compile(r"[,;:.!?]|\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|"
                                r"goes|go|ends|starts|begins|[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")\b")
# a word that tells the second event is another: "The one-week strike over pensions, a separate dispute"
_ANOTHER_OF_THE_KIND = re.compile(r"\bseparate\b", re.I)


def _event_phrases(doc: Document, second: Mention) -> list[re.Match]:
    """The prepositional phrases after the second event's noun, up to its verb, brackets read through."""
    np = noun_phrase(doc, second)
    start = np.span.end if np.span is not None else second.end
    stretch = doc.text[start:doc.sentences[second.sentence].end].replace("(", " ").replace(")", " ")
    end = _EVENT_PHRASES_END.search(stretch)
    return list(_EVENT_PHRASE.finditer(stretch[:end.start() if end else len(stretch)]))


def _manner(phrase: re.Match, event: str) -> bool:
    """"by working from home": a gerund after "by", a noun or preposition after it, is how the event is met, not
    who holds it; not a place ("by Reading"), nor the event's own verb ("by striking staff": the strikers)."""
    word, after = phrase.group(3), phrase.group(4)
    return phrase.group(1) == "by" and word is not None and word.islower() and word.endswith("ing") \
        and after is not None and not group_of(word[:-3]) == event and not group_of(word[:-3] + "e") == event


def _event_told_apart(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 28) The second event's length told of another: a time the first's sentence does not name ("Last
    year the two-week strike"), a word such as "separate" the first's lacks, or a phrase after its noun, up to its
    verb, naming another ("by midwives" after "by nurses", "by drivers in Leeds" after "by drivers", "of a
    pipeline": brought in with "a")."""
    first_text = _sentence(doc, first).lower()
    second_text = _sentence(doc, second)
    if {t.lower() for t in TIME_MARKERS.findall(second_text)} - {"now"} \
            - {t.lower() for t in TIME_MARKERS.findall(first_text)}:
        return True
    if not _weekday_in_week(first_text, second_text):
        return True  # (round 32 review) "began on Monday in 2022", "will strike next week ... began on Monday"
    if _ANOTHER_OF_THE_KIND.search(second_text) and not _ANOTHER_OF_THE_KIND.search(first_text):
        return True
    event = group_of(noun_phrase(doc, second).head or "")
    return any(phrase.group(2) is not None or not _manner(phrase, event) and not backed(phrase.group(3), first_text)
               for phrase in _event_phrases(doc, second))


# (round 36) a length told by a participle some words after the restated term: the length of what those words name
_LASTING_OTHER = re.compile(r"\s(?:\S+\s+){3,}(?:lasting|spanning|that\s+lasted|which\s+lasted)\s+"
                            r"(?:almost|nearly|about|around|more\s+than|over|some|just\s+over|just\s+under)?\s*$",
                            re.I)


# the part of a prison term served before release may be considered: "a minimum non-parole period of", "must serve
# at least", "with a minimum term of"
_PART_OF_SENTENCE_BEFORE = re.compile(r"\b(?:non-parole\s+period|minimum\s+(?:term|period)|tariff|must\s+serve(?:\s+at\s+"
                                      r"least)?|eligible\s+for\s+parole\s+after|serve\s+at\s+least)\s+(?:of\s+)?$",
                                      re.I)


_SPAN_OF_ACT_BEFORE = re.compile(r"\b(?:over|across|during|throughout)\s+(?:the\s+(?:past\s+|last\s+)?)?$", re.I)


def _span_of_act(doc: Document, m: Mention) -> bool:
    """(round 51) A length told as the span an act ran over ("embezzling €2.3m over a decade", "across six years"):
    no term served."""
    if m.compound:
        return False
    if m.hedge and m.hedge.lower() == "over" and m.text.lower().startswith("over"):
        return not re.search(r"\b(?:for|to|of|serve|served|serving)\s+$", doc.text[max(0, m.start - 10):m.start], re.I)
    return _SPAN_OF_ACT_BEFORE.search(doc.text, max(0, m.start - 12), m.start) is not None


_MARGIN_BY = re.compile(r"\b(?:beat|beating|beats|broke|breaking|bettered|missed|outlasted)\s+(?:[\w'’-]+\s+){0,4}?by\s+"
                        r"(?:(?:almost|nearly|just|about|around|some|over|more\s+than|less\s+than)\s+)?$", re.I)


def _rival_term(doc: Document, m: Mention, second: Mention, c: str, first: Mention | None = None) -> bool:
    """Could ``m`` be another term of the kind restated?  Not a duration of another
    noun ("a two-day hearing"), nor one in a later clause of the restatement's
    sentence ("At the end of the nine-week trial, the jury took two days"), nor (round 25)
    one told by another verb in the sentence bringing the event in under "a": "The jury
    deliberated for two days at the end of a six-week trial" (``_other_verb_for``)."""
    if m.compound:
        head = noun_phrase(doc, m).head
        return head is None or group_of(head) == c
    if c == "sentence" and _PART_OF_SENTENCE_BEFORE.search(doc.text, max(0, m.start - 50), m.start):
        return False  # (round 47) "to eight years, with a minimum non-parole period of four years": part of the term
    if c in _TERMS and _span_of_act(doc, m):
        return False  # (round 51) "jailed for 11 years for embezzling €2.3m over a decade": how long the crime ran
    if m.sentence == second.sentence and m.start > second.end:
        if _LASTING_OTHER.search(doc.text, second.end, m.start):
            return False  # (round 36) "the seven-year term reflected a breach of trust lasting almost a decade"
        if _MARGIN_BY.search(doc.text, max(second.end, m.start - 40), m.start):
            return False  # (round 51) "The 13-day crossing beat the record by almost two days": a margin, no term
        return not re.search(r"[,;:]", doc.text[second.end:m.start])
    if first is not None and c in EVENTS and m.sentence == first.sentence and _event_named(doc, first, c) \
            and _other_verb_for(doc, m, noun_phrase(doc, second).head):
        return False
    return True


def _other_verb_for(doc: Document, m: Mention, head: str) -> bool:
    """(round 25) A bare duration right after "VERBed for" whose verb neither lasts nor is the event's own
    ("deliberated for two days", "was detained for 12 hours"): the length of that act, not of the event."""
    if m.compound:
        return False
    clause = words(re.split(r"[,;:]", doc.text[doc.sentences[m.sentence].start:m.start])[-1])
    if len(clause) < 2 or clause[-1] != "for":
        return False
    verb = clause[-2]
    return verb.endswith("ed") and verb not in _LASTING_VERB_ONLY and not verb.startswith("continu") \
        and not _verb_of(verb, head) \
        and not _event_verb(verb, head)


def _days_apart(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 31) Do the two sentences each name a weekday or a month, and none the same?"""
    named = [{w.lower() for p in (_WEEKDAY, _MONTHS) for w in p.findall(_sentence(doc, m))} for m in (first, second)]
    return all(named) and not named[0] & named[1]


def _agrees_exactly(a: Mention, b: Mention) -> bool:
    """(round 27) Two terms agree as the restatement rule judges them: a length converted to a coarser unit is
    told exactly ("30 months" is no "three-year" sentence; ``converted_terms.converted_off_by_half``)."""
    return agrees(a, b) and not converted_off_by_half(a, b)


@needs(Kind.DURATION, compound=True)
def find_term_restatements(doc: Document):
    """A term given twice: "jailed for eight years ... the nine-year term"."""
    # (a hedged first is read by its interval: "took just over four hours" ... "the six-hour deliberation")
    # (round 33) a length in two parts is one length: "four years and six months ... the four-and-a-half-year term"
    qs = _duration_spans(doc, [m for m in quantities(doc, Kind.DURATION) if not m.is_range])
    for j, second in enumerate(qs):
        if second.hedge or not second.compound or definite(doc, second, partitive_ok=True) is None \
                and not _WHOSE.search(doc.text, max(0, second.start - 8), second.start) \
                and not _term_pointed_back(doc, second, qs[:j]):
            continue
        np = noun_phrase(doc, second)
        c = group_of(np.head)
        if c is None or not np.adjacent or any(w in OTHER_SET for w in np.modifiers):
            continue
        before = _window(qs, j, _sentence_of)
        earlier = [m for m in before if same_dimension(m, second)
                   and (_term_of(doc, m) == c if c in _TERMS
                        else _lasting_subject(doc, m, c) or _event_for(doc, m, np.head)
                        or c in EVENTS and _event_named(doc, m, c)
                        or c == "outage" and _without_supply_for(doc, m)  # (round 24) "without power for 11 hours"
                        # "will strike for 48 hours ... the 72-hour walkout", "The trial, expected to last six
                        # weeks, ... the eight-week hearing": told plainly
                        or (_event_for(doc, m, np.head, verb_as_noun=True)
                            or c in _HEARD_AS and _lasting_subject(doc, m, c, heard_as=True))
                        and _restated_plainly(doc, m, second, referred=True)
                        # (round 19) "after a nine-hour operation ... the six-hour effort", "The pilot, ..., ran for
                        # 18 months ... by the end of the 15-month trial": told plainly
                        or _event_alike_lasting(doc, m, second, np.head)
                        and _restated_plainly(doc, m, second, during=True, referred=True)
                        # (round 31) "waited 14 hours ... the 20-hour wait", "were stranded for three hours ... the
                        # five-hour delay": told plainly, in the next sentence
                        # (round 34) "The four-day folk festival ... at the five-day event": an event told with
                        # its length as a modifier, then again under its name or as "the event"
                        or _event_sized_before(doc, m, second, c)
                        or c == "project" and _project_sized_before(doc, m, second)
                        # (round 36) "took off five hours late ... the seven-hour delay": lateness is a delay
                        or c == "delay" and _LATE_AFTER.match(doc.text, m.end) is not None
                        and m.sentence == second.sentence - 1 and _restated_plainly(doc, m, second, referred=True)
                        or _waited(doc, m, np.head) and m.sentence == second.sentence - 1
                        and _restated_plainly(doc, m, second, referred=True)
                        and (_WAIT_TOLD_NEXT.match(doc.text, np.span.end if np.span else second.end)
                             or _blamed_on(doc, second))
                        and not _WAIT_AIMED.search(_sentence(doc, second))
                        and not _UPDATED.search(_sentence(doc, second)))]  # (round 32 review) "now blames the"
        # (two modifiers for other nouns -- "the 10-year bond ... the 30-year bond" -- name two things)
        if not earlier:
            continue
        # (round 27) agreeing as the rule judges it: a term converted to a coarser unit is told exactly, so
        # "18 months" agrees with "the 18-month ban" and "two years" goes through the guards below
        agreeing = [m for m in earlier if _agrees_exactly(m, second)]
        if agreeing:
            yield TermRestatement(link="inferred", cue="the " + np.head, first=agreeing[-1],
                                  second=second, subject=np.head)
            continue
        if any(_agrees_exactly(m, second) for m in before if same_dimension(m, second)
               and not (c in _TERMS and _span_of_act(doc, m))):
            continue  # another term of that length was mentioned
        if any(m.kind == Kind.COUNT and not m.noun and (m.value == second.value or _FOR_BEFORE.search(
                doc.text, max(0, m.start - 5), m.start)) for m in doc.mentions_in(earlier[-1].sentence)):
            continue  # a second term, its unit left out: "jailed for 12 years and his co-accused for nine"
        if len({m.value for m in earlier}) > 1:
            continue
        first = earlier[-1]
        # more than one term in play ("eight years ... and his brother six years")
        others = [m for m in before + qs[j + 1:j + 4] if m is not first and m is not second and same_dimension(m, second)
                  and m.sentence in (first.sentence, second.sentence) and _rival_term(doc, m, second, c, first)]
        if others or new_qualifier(doc, second, first) or _object_unsaid(doc, second, first) \
                or years_differ(doc, first, second) or _ADDED_BETWEEN.search(doc.text, first.end, second.start) \
                or c in _TERMS and (_received_by_another(doc, first, second) or _reason_unsaid(doc, second, first)):
            continue  # (round 27) "jailed for 30 months in 2021 ... in 2014"; (round 33 review) "Her co-defendant got"
        if c in EVENTS and _event_told_apart(doc, first, second):
            continue  # (round 28) "Last year the two-week strike by midwives", "the eight-day closure of a pipeline"
        if c not in _TERMS and _days_apart(doc, first, second):
            continue  # (round 31) "queued for four hours on Saturday. The six-hour queue on Sunday": another day's
        if c in _HEARD_AS and group_of(np.head) in {group_of(w) for w in words(doc.text[first.end:second.start])}:
            continue  # "The trial ... A sentencing hearing ... the two-day hearing": another hearing named between
        yield TermRestatement(link="inferred", cue="the " + np.head, first=first, second=second,
                              subject=np.head)


# (round 36) more of it told between the two: "jailed for six years. He must serve a further year: the seven-year
# term"
# (round 59) or an option to lengthen it: "signed a two-year contract, with the option of a third year ... the
# three-year deal would"
_ADDED_BETWEEN = re.compile(r"\b(?:a\s+further|an\s+(?:extra|additional)|extended|lengthened|plus|(?:the|an)\s+option|"
                            r"optional)\b", re.I)
_LATE_AFTER = re.compile(r"\s+(?:behind\s+schedule|late)\b", re.I)


# (round 33 review) a term received by a subject: "Her co-defendant received the five-year sentence", "Bell was
# handed the three-year ban"
_RECEIVED_BEFORE = re.compile(r"(.*?)\b(?:received|receives|got|gets|was\s+given|were\s+given|was\s+handed|"
                              r"were\s+handed|is\s+serving|are\s+serving|was\s+serving|serves|served|faces|faced)\s+"
                              r"(?:a|an|the)\s+$", re.I | re.S)
# ... or after the term's noun: "the two-year ban her coach received"
_RECEIVED_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:his|her|their|its|the)\s+([a-z][\w-]*)\s+(?:had\s+)?"
                             r"(?:received|got|was\s+given|were\s+given|was\s+handed|is\s+serving|was\s+serving|"
                             r"served|faced|faces)\b", re.I)


def _received_by_another(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 33 review) "the N-year sentence" received by a subject with a word the first's sentence lacks:
    "Cole was jailed for five years and nine months. Her co-defendant received the five-year sentence ...", "the
    two-year ban her coach received" (another person's term; "He received the four-year ban" and "Cole received ..."
    still restate it)."""
    said = _sentence(doc, first)
    np = noun_phrase(doc, second)
    after = _RECEIVED_AFTER.match(doc.text, np.span.end if np.span is not None else second.end,
                                  doc.sentences[second.sentence].end)
    if after is not None:  # "the two-year ban her coach received"
        return not backed(after.group(1), said)
    got = _RECEIVED_BEFORE.match(doc.text, doc.sentences[second.sentence].start, second.start)
    return got is not None and any(not backed(w, said) for w in words(got.group(1)) if w not in _NP_STOP)


# (round 27) what a restated event is done to, after its noun: "the ten-week repairs to the chapel"
# (not "on a", "for the": "blamed the 8-hour outage on a fallen tree" is the verb's, not the outage's)
_OBJECT_AFTER = re.compile(r"\s+(?:to|of)\s+(?:the|its|their|his|her)\s+([a-z][\w'’-]*)")


# (round 33 review) what a term was given for, after its noun: "the one-year ban for speeding"
_REASON_AFTER = re.compile(r"\s+for\s+(?:(?:a|an|the|his|her|their)\s+)?([a-z][\w'’-]*)")


def _reason_unsaid(doc: Document, second: Mention, first: Mention) -> bool:
    """(round 33 review) A sentence, ban or contract "for" something the first's sentence does not name: "banned from
    driving for one year and eleven months ... The one-year ban for speeding came first" (another term)."""
    np = noun_phrase(doc, second)
    found = _REASON_AFTER.match(doc.text, np.span.end if np.span is not None else second.end,
                                doc.sentences[second.sentence].end)
    return found is not None and found.group(1) not in _NP_STOP and not backed(found.group(1), _sentence(doc, first))


def _object_unsaid(doc: Document, second: Mention, first: Mention) -> bool:
    """(round 27) The restatement's noun is followed by what it is done to, and the first's sentence does not name
    it: "Repairs to the roof will take six weeks ... the ten-week repairs to the chapel" (another job)."""
    np = noun_phrase(doc, second)
    found = _OBJECT_AFTER.match(doc.text, np.span.end if np.span is not None else second.end,
                                doc.sentences[second.sentence].end)
    return found is not None and not backed(found.group(1), _sentence(doc, first))


# round 18: a term pointed back at by its owner ("Okoro's three-year deal", "the striker's three-year contract") or
# entered again under "a" by a verb of signing whose doer points back ("the striker's willingness to commit to a
# three-year deal"); who says so may stand before ("Manager Ian Doyle said")
_SIGNED_A = re.compile(r"\b(?:commit\w*|agree\w*|sign\w*|penn?\w*|accept\w*)\s+(?:to\s+|on\s+)?(?:a|an)\s+$", re.I)
# the first entered ("signed a four-year contract", "has agreed a two-year deal", "was handed a five-year contract")
_SIGNED_BEFORE = re.compile(r"\b(?:signed|agreed|penned|committed|accepted|handed|inked|sealed|completed)\s+"
                            r"(?:[\w'’-]+\s+){0,4}?(?:a|an|his|her|their|the)\s+(?:new\s+)?$", re.I)
_NOT_DONE = re.compile(r"\b(?:would|could|might|may|only|wants?|wanted|hop\w+|offer\w*|refus\w*|reject\w*|instead|"
                       r"rather|not|never|n['’]t|rival|another|other|previous|old)\b", re.I)
_SPOKEN = re.compile(r"^.*\b(?:said|says|told|added|insisted|explained|believes|believed)\s+(?:that\s+)?", re.I)
_POINTER = re.compile(r"\b(?:his|her|their)\b|\bthe\s+([a-z][\w-]*)['’]s?\b|^\s*([A-Z][\w'’-]+)['’]s?\b")


def _term_pointed_back(doc: Document, second: Mention, before: list[Mention]) -> bool:
    """A contract, sentence or ban term "the N-unit NOUN" may restate though it has no "the": its owner's
    possessive names the first's owner ("Okoro's", "the striker's" after "Okoro signed a four-year contract"), or
    it is entered again, under "a", by a verb of signing whose doer points back ("the striker's willingness to
    commit to a three-year deal"); no name the first's sentence lacks in the clause (after who says so)."""
    np = noun_phrase(doc, second)
    if not np.adjacent or group_of(np.head) not in _TERMS:
        return False
    firsts = [m for m in in_sentences(before, second.sentence - _MAX_SENTENCE_GAP, second.sentence)
              if same_dimension(m, second) and _term_of(doc, m) == group_of(np.head)]
    if not firsts or group_of(np.head) == "contract" and not _SIGNED_BEFORE.search(_before(doc, firsts[-1], 60)):
        return False  # "The club offered him a four-year contract": no deal yet that a later one restates
    said = _sentence(doc, firsts[-1])
    s = doc.sentences[second.sentence]
    text = doc.text[s.start:second.start]
    spoken = _SPOKEN.match(text)
    clause = text[spoken.end():] if spoken else text
    if any(not backed(w, said) for w in re.findall(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’-]+", clause)):
        return False  # "Teammate Lee agreed to a three-year deal": someone the first's sentence does not name
    after = re.match(r"\s+(?:of|from|at|in|for|on|by|with|among|to)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                     r"([A-Za-z][\w'’-]*)", doc.text[np.span.end if np.span is not None else second.end:s.end])
    if after is not None and not backed(after.group(1), said) \
            or {t.lower() for t in _TIME_IN.findall(_sentence(doc, second))} - {t.lower() for t in _TIME_IN.findall(said)}:
        return False  # "Okoro's three-year deal with Hull", "... last year": another one
    det = definite(doc, second, possessive=True)
    if det is not None and det.endswith("'s"):
        owner = words(det[:-2])[-1:]
        return bool(owner) and (singular(owner[0]) in PERSON_NOUNS or backed(owner[0], said))
    if det is not None or not _SIGNED_A.search(clause) or _NOT_DONE.search(clause):
        return False  # ("his agent said he would only agree to a three-year deal": a wish, not the deal)
    for found in _POINTER.finditer(clause):
        owner = found.group(1) or found.group(2)
        if owner is None or singular(owner.lower()) in PERSON_NOUNS or backed(owner, said):
            return True
    return False


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)
# "Holt, whose three-year contract ...": the term of the one just named
_WHOSE = re.compile(r"\bwhose\s+$", re.I)
# "his sentence of four years and six months": a term named, then its length after "of"
_TERM_OF = re.compile(r"\b(?:the|his|her|their|its)\s+(?:(?:jail|prison|playing|driving|racing)\s+)?"
                      r"(sentence|term|ban|suspension|contract|deal)\s+of\s+$", re.I)
_PARTS_JOIN = re.compile(r"\s*(?:,|and|,\s*and)\s*")
_TERM_CHANGED = re.compile(r"\b(?:reduc\w*|increas\w*|appeal\w*|origin\w*|would\s+have|could\s+have|starting\s+point|"
                           r"maximum|minimum|discount\w*|total|combined|concurrent\w*|consecutive\w*|each|quashed|"
                           r"extended|cut|shortened|lengthened|halved|doubled|now|instead|previously|initially)\b", re.I)


def _duration_spans(doc: Document, qs: list[Mention]) -> list[Mention]:
    """The durations of a text, each length in two parts ("six years and four months") read as
    one length in the smaller unit (76 months)."""
    out: list[Mention] = []
    i = 0
    while i < len(qs):
        a = qs[i]
        b = qs[i + 1] if i + 1 < len(qs) else None
        ua, ub = _time_unit(a), _time_unit(b) if b is not None else None
        if (b is not None and ua and ub and ua[0] == ub[0] and ua[1] > ub[1] and not a.compound and not b.compound
                and a.sentence == b.sentence and _PARTS_JOIN.fullmatch(doc.text[a.end:b.start])
                and a.value is not None and b.value is not None):
            ratio = Fraction(ua[1]) / Fraction(ub[1])
            total = a.value * ratio + b.value
            out.append(replace(b, start=a.start, text=doc.text[a.start:b.end], value=total,
                               interval=Interval.around(total, Fraction(1, 2))))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


@needs(Kind.DURATION)
def find_term_of_restatements(doc: Document):
    """A term given twice, the second after "the/his sentence of": "jailed for six years and four
    months ... his sentence of four years and six months" (a length in two parts read as one)."""
    spans = _duration_spans(doc, [m for m in quantities(doc, Kind.DURATION) if not m.is_range and not m.hedge])
    for j, second in enumerate(spans):
        head = _TERM_OF.search(_before(doc, second, 40))
        if head is None or _TERM_CHANGED.search(_sentence(doc, second)) \
                or _ANOTHER & set(words(_sentence(doc, second))):
            continue  # "His sentence of four years was for a separate offence"
        c = group_of(head.group(1).lower())
        before = [m for m in spans[:j] if second.sentence - _MAX_SENTENCE_GAP <= m.sentence < second.sentence
                  and same_dimension(m, second)]
        earlier = [m for m in before if _term_of(doc, m) == c]
        if len(earlier) != 1 or len(before) != 1 or any(
                m.sentence in (earlier[0].sentence, second.sentence) and same_dimension(m, second)
                for m in spans[j + 1:]):
            continue  # more than one length in play ("six years, and his brother four")
        first = earlier[0]
        if _TERM_CHANGED.search(_sentence(doc, first)) or years_differ(doc, first, second):
            continue
        yield TermRestatement(link="inferred", cue=f"the {head.group(1).lower()} of", first=first, second=second,
                              subject=c)


_LENGTH_UPDATED = re.compile(r"\b(?:now|extended|extend|longer|shorter|originally|initially|instead|another|further|"
                             r"more|revised|overran|cut|shortened|previously|had\s+been)\b", re.I)


def _lasting_event(doc: Document, m: Mention) -> str | None:
    """The event a bare duration is the length of: "The trial, which is expected to last four weeks"."""
    s = doc.sentences[m.sentence]
    ws = words(doc.text[s.start:m.start])[-12:]
    found = {group_of(w) for w in ws} & EVENTS
    if len(found) != 1:
        return None
    c = found.pop()
    named = [i for i, w in enumerate(ws) if group_of(w) == c]
    if not all(i and ws[i - 1] in ("the", "this", "its", "their") for i in named):
        return None  # "A second strike will last 24 hours": another one
    return c if _lasting_subject(doc, m, c) else None


@needs(Kind.DURATION, compound=True)
def find_lasting_restatements(doc: Document):
    """An event's length given as a modifier and then in a clause about it: "The six-week trial began ...
    The trial, which is expected to last four weeks, ..." (silent on any sign of a change of plan)."""
    qs = [m for m in quantities(doc, Kind.DURATION) if not m.is_range]
    for j, second in enumerate(qs):
        if second.compound or second.hedge or not any(
                m.sentence >= second.sentence - _MAX_SENTENCE_GAP for m in _window(qs, j, _sentence_of)):
            continue  # no length before it to restate: a cheap test first
        c = _lasting_event(doc, second)
        if c is None or _LENGTH_UPDATED.search(_sentence(doc, second)):
            continue
        before = [m for m in _window(qs, j, _sentence_of) if same_dimension(m, second)]
        earlier = [m for m in before if m.compound and noun_phrase(doc, m).adjacent
                   and group_of(noun_phrase(doc, m).head) == c and m.sentence >= second.sentence - _MAX_SENTENCE_GAP]
        if not earlier or len({m.value for m in earlier}) > 1:
            continue
        first = earlier[-1]
        if agrees(first, second):
            yield TermRestatement(link="inferred", cue="the " + c, first=first, second=second, subject=c)
            continue
        if any(agrees(m, second) for m in before) or len(before) > len(earlier) or first.sentence == second.sentence:
            continue  # another length in play
        if any(w in OTHER_SET for w in noun_phrase(doc, first).modifiers) or years_differ(doc, first, second):
            continue
        yield TermRestatement(link="inferred", cue="the " + c, first=first, second=second, subject=c)


# ---- tenures -------------------------------------------------------------

# Words that name a post someone holds ("has been chief executive for nine years").
ROLE_WORDS = frozenset(
    """chief executive ceo chairman chairwoman chair president minister premier manager coach director
    editor governor leader mayor head boss captain principal headteacher headmaster headmistress secretary
    commissioner chancellor bishop archbishop king queen monarch ambassador mp senator conductor
    superintendent commander general chief officer owner founder partner presenter host skipper""".split())
# Verbs that say someone held a post ("has led the party for nine years").
_LEAD_VERBS = frozenset("""led run ran headed chaired managed coached ruled governed presided captained edited
    helmed steered served""".split())
_TAKE_OVER = frozenset("took became appointed named elected installed promoted succeeded".split())
_TAKEN = frozenset("over charge office helm reins job post power".split())
_TENURE_NOUNS = frozenset("tenure reign stint spell presidency premiership chairmanship leadership".split())
# "in charge", "at the helm": a tenure in the words after a duration.
_TENURE_AFTER = re.compile(r"\s+(?:at\s+the\s+(?:helm|top)|on\s+the\s+throne|in\s+the\s+chair|in\s+(?:charge|office|power|post|"
                           r"the\s+(?:job|role|post|top\s+job|hot\s+seat)))\b", re.I)
_TENURE_AS = re.compile(r"\s+as\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?((?:[A-Za-z][\w'-]*\s*){1,3})")


def _tenure_role(doc: Document, m: Mention) -> tuple[str, ...] | None:
    """The post of a tenure given after its duration: () for "in charge", ("chief", "executive") for
    "as chief executive"; None when the words after are no tenure."""
    end = doc.sentences[m.sentence].end
    if _TENURE_AFTER.match(doc.text, m.end, end):
        return ()
    match = _TENURE_AS.match(doc.text, m.end, end)
    if match:
        role = tuple(w for w in words(match.group(1)) if w not in _NP_STOP)
        if any(w in ROLE_WORDS for w in role):
            return role
    return None


def _tenure_restated(doc: Document, m: Mention) -> tuple[str, ...] | None:
    """"her six years at the helm", "his 12 years as manager", "her nine-year tenure": a tenure
    given with a possessive; the role, () when none is named."""
    before = words(_before(doc, m, 20))
    if not before or before[-1] not in ("his", "her", "their"):
        return None
    if m.compound:
        head = noun_phrase(doc, m).head
        return () if head in _TENURE_NOUNS and noun_phrase(doc, m).adjacent else None
    return _tenure_role(doc, m)


def _tenure_given(doc: Document, m: Mention) -> tuple[str, ...] | None:
    """A tenure as first stated: "who has been chief executive for nine years", "has led the party
    for six years", "became manager five years ago", "after eight years in charge", "a nine-year
    reign"; the words that name the role (() when none).  None when ``m`` is no tenure."""
    if m.compound:
        head = noun_phrase(doc, m).head
        return () if head in _TENURE_NOUNS and noun_phrase(doc, m).adjacent else None
    role = _tenure_role(doc, m)
    if role is not None:
        return role
    clause = words(re.split(r"[,;:()]", _before(doc, m, 80))[-1])
    after = words(_after(doc, m, 8))[:1]
    if after == ["ago"]:
        # "became chief executive nine years ago", "took over six years ago"
        verbs = [i for i, w in enumerate(clause) if w in _TAKE_OVER]
        if not verbs:
            return None
        rest = clause[verbs[-1] + 1:]
        role = tuple(w for w in rest if w in ROLE_WORDS)
        took = clause[verbs[-1]] == "succeeded" or clause[verbs[-1]] == "took" and bool(_TAKEN & set(rest[:3]))
        return role if role or took else None
    if clause[-3:-1] in (["for", "the"], ["for", "its"]) and clause[-1] in ("past", "last"):
        clause = clause[:-2]  # "for the past eight years"
    if not clause or clause[-1] != "for":
        return None
    near = clause[-8:-1]
    if set(clause[-4:-1]) & ROLE_WORDS:  # "Ms Ruiz, chief executive for eight years,"
        return tuple(w for w in near if w in ROLE_WORDS)
    if any(w in _LEAD_VERBS for w in near):
        role = tuple(w for w in near if w in ROLE_WORDS)
        return role if role or "served" not in near else None  # "served in the army for nine years"
    if "been" in near:
        tail = near[near.index("been") + 1:]
        role = tuple(w for w in tail if w in ROLE_WORDS)
        if role or {"charge", "helm", "office", "post", "power"} & set(tail):
            return role
    return None


def _unhedge_took_over(doc: Document, m: Mention) -> Mention:
    """"took over four years ago" is read as the hedge "over four years": the particle is the verb's."""
    if m.hedge and m.text.lower().startswith("over ") and words(_before(doc, m, 20))[-1:] in (["took"], ["taken"],
                                                                                             ["taking"]):
        return replace(m, start=m.start + 5, text=m.text[5:], hedge=None,
                       interval=interval_for(m.value, m.precision, None))
    return m


_FUTURE = re.compile(r"\b(?:will|by the time|would have)\b", re.I)


@needs(Kind.DURATION)
def find_tenure_restatements(doc: Document):
    """A tenure given twice: "who has been chief executive for nine years ... her six years at
    the helm"."""
    qs = [_unhedge_took_over(doc, m) for m in quantities(doc, Kind.DURATION)
          if not m.is_range and not doc.sentences[m.sentence].headline]
    for j, second in enumerate(qs):
        role2 = _tenure_restated(doc, second)
        if role2 is None or second.hedge or _FUTURE.search(_sentence(doc, second)):
            continue
        before = [m for m in _window(qs, j, _sentence_of) if same_dimension(m, second)]
        earlier = [(m, r) for m, r in ((m, _tenure_given(doc, m)) for m in before
                                       if m.sentence >= second.sentence - _MAX_SENTENCE_GAP) if r is not None]
        if role2:  # "his 12 years as manager": the same post
            earlier = [(m, r) for m, r in earlier if any(backed(w, _sentence(doc, m)) for w in role2 if w in ROLE_WORDS)]
        if not earlier:
            continue
        agreeing = [m for m, r in earlier if agrees(m, second)]
        if agreeing:
            yield TermRestatement(link="inferred", cue="tenure", first=agreeing[-1], second=second, subject="tenure")
            continue
        if any(agrees(m, second) for m in before):
            continue  # another span of that length was mentioned
        if len({m.value for m, r in earlier}) > 1:
            continue
        first = earlier[-1][0]
        if first.sentence == second.sentence or years_differ(doc, first, second):
            continue
        yield TermRestatement(link="inferred", cue="tenure", first=first, second=second, subject="tenure")


# (round 22) what sets a quoted figure apart from the one just given: another time, an aim, a total, more of them
_QUOTE_APART = re.compile(r"\b(?:last|next|previous(?:ly)?|earlier|ago|every|each|per|average|usually|normally|typical(?:ly)?|"
                          r"record|target|aim\w*|want\w*|need\w*|hop(?:e|es|ed|ing)|wish\w*|dream\w*|tr(?:y|ies|ied|ying)|could|would|will|should|might|may|expect\w*|"
                          r"plan\w*|by\s+(?:19|20)\d\d|since|so\s+far|in\s+total|altogether|overall|more|another|other|"
                          r"others|further|extra|additional|than|nearly\s+all|almost\s+all|most|some|of\s+(?:the|them|those|"
                          r"these|our|its|their)|years?|months?|weeks?|seasons?|decades?|times)\b", re.I)
_QUOTE_MARKS = re.compile(r"[\"“”]")
# (round 31) a period a quotation names: the same one as the sentence before when that names a period of its length and
# the quote points at one ("620 parcels in December. \"Nearly 500 parcels in a single month\"", "in 2023 ... during
# the year"); any other ("in a single day" after a week's sales, "in one hour", "two months") tells a part or a time
_PERIODS = ("hour", "day", "night", "afternoon", "morning", "evening", "weekend", "week", "fortnight", "month", "year",
            "season", "decade")
_QUOTED_PERIOD = re.compile(r"(\bof\s+|\b(?:first|second|third|opening|final|closing|early|late)\s+)?"
                            r"\b(?:(the|that|the\s+same|the\s+whole|a\s+whole|a\s+single|one)\s+)?(?:("
                            + "|".join(_PERIODS) + r")s?)\b", re.I)
_PERIOD_NAMED = {
    "year": re.compile(r"\b(?:(?:19|20)\d\d|year)\b", re.I),
    "month": re.compile(r"\b(?:month|" + "|".join(MONTH_NAMES) + r")\b", re.I),
    "week": re.compile(r"\bweek\b", re.I),
    "day": re.compile(r"\b(?:day|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.I),
}


_MODAL_AFTER = re.compile(r"\b(?:will|would|could|should|might|may)\b", re.I)


def _period_named(length: str) -> re.Pattern:
    """What names a period of that length in a sentence: "in December" a month, "in 2023" a year, "on Tuesday" a day."""
    return _PERIOD_NAMED.get(length) or re.compile(r"\b" + length + r"s?\b", re.I)


def _quote_apart(doc: Document, first: Mention, second: Mention, predicate_ok: bool = False) -> bool:
    """Does the quotation holding ``second`` tell another time, an aim, a part, more of them or a total
    (``_QUOTE_APART``, the figure's own hedge read past: "\"More than 200 complaints\""), or a period other than
    the one the sentence of ``first`` names (``_QUOTED_PERIOD``; "the first half of the year", "in the first hour"
    are parts; when it names none, the quote's is how long the thing took)? With ``predicate_ok``, a modal after the
    figure is its predicate's, no aim for the figure ("\"These 5.9 miles of path will change how we travel\"")."""
    s = doc.sentences[second.sentence]
    after = doc.text[second.end:s.end]
    if predicate_ok:
        after = _MODAL_AFTER.sub(lambda w: " " * len(w.group(0)), after)
    text = doc.text[s.start:second.start] + " " + after
    said = _sentence(doc, first)
    lengths = {length for length in _PERIODS if _period_named(length).search(said)}
    for period in _QUOTED_PERIOD.finditer(text):
        if not lengths and not period.group(1):
            continue  # the lead names no period: the quote's is how long it took ("\"We rescued 27 in six hours\"")
        if period.group(1) or period.group(2) is None or period.group(3).lower() not in lengths:
            return True
        text = text[:period.start()] + " " * (period.end() - period.start()) + text[period.end():]
    told = time_words(doc, first.sentence)
    opening, closing = _quotation_span(doc, second)
    if times_in(doc.text[opening:closing]) - told or any(
            m.kind == Kind.YEAR and opening <= m.start < closing and str(m.value) not in told
            for m in doc.mentions_in(second.sentence)):
        return True  # "\"We welcomed 450,000 passengers in December\"" after a year's 4.5 million; (round 31 mend)
        # "\"These 5.9 miles of railway were closed in 1965\"": a year the lead does not name
    place = _PLACE_ALONE.search(doc.text, opening, second.start)
    if place and place.group(1) not in _NOT_PLACES and place.group(1) not in said:
        return True  # (round 35) "'In Leeds alone we gave out 4,600 parcels'": one place's part
    return _QUOTE_APART.search(text) is not None or _TIME_CLAUSE.search(after) is not None \
        or _placed_apart(doc, first, second) or _told_by_another(doc, first, second, opening)


# (round 35) a named place picked out by "alone" in a quotation ("In Leeds alone"; "In December alone" is a time)
_PLACE_ALONE = re.compile(r"\b[Ii]n\s+([A-Z][a-z'’-]+)\s+alone\b")


# (round 31 mend) a clause or phrase of time after a quoted figure picks a part of the lead's time: "\"We raised
# £2,000 before lunch\"", "\"He stole £15,000 while I was on holiday\"", "\"1,100 dogs during the year before\""
# (not "\"never seen before\"": nothing after it)
_TIME_CLAUSE = re.compile(r"\b(?:before|after|until|till|while|whilst|when|once)\b(?=\s+[\w£$€])|"
                          r"\b(?:" + "|".join(_PERIODS) + r")s?\s+(?:before|after|later|earlier)\b", re.I)
# words before a quoted figure that name no one: pronouns, auxiliaries, adverbs, hedges
_NO_SUBJECT = frozenset("""i we you he she it they our my your their his her its us them me have has had was were is
are been be will would could should may might can did do does also only just already still actually finally now then
nearly almost about around some over under more than less fewer least at up to just roughly approximately""".split())


def _told_by_another(doc: Document, first: Mention, second: Mention, opening: int) -> bool:
    """(round 31 mend) Does the quotation name, before ``second`` and its verb, someone or something the sentence of
    ``first`` does not ("\"Hotels earned £400,000\"" after the festival's £1.3m, "\"Our Leeds branch rehomed 400
    dogs\"", "\"Officers in Dover seized 14kg\"")? The word right before the figure is its verb, read past."""
    clause = words(re.split(r"[,;:]", doc.text[opening:second.start])[-1])
    if _SUBJECT_PRONOUNS & set(clause):
        return False  # "\"In December alone we gave out 2,360 parcels\"": the speaker's own, the rest adverbs
    told = [w for w in clause if w not in _NO_SUBJECT]
    said = _sentence(doc, first)
    return any(not backed(w, said) for w in told[:-1] if w not in _PHRASE_FILLERS and len(w) > 2
               and w not in IRREGULAR_PAST and not w.endswith("ed") and not _ALONE.match(w) and not times_in(w))


_SUBJECT_PRONOUNS = frozenset("i we you he she it they".split())


# (round 31) a phrase after a quoted figure (or after its noun or "of" phrase) that picks a part: "\"These 4 miles
# along the ridge\"", "\"3kg of heroin in one lorry\"", "\"410 parcels to families with children\"", "\"£1.9m of that\""
_PHRASE_AFTER = re.compile(r"\s+(in|on|at|along|across|around|from|for|towards?|to|into|inside|near|between|among|of|"
                           r"under|beneath|below|over|above|beyond|past|behind|outside|within|up|down|"
                           r"(?!(?:during|including|bring|thing|something|nothing|everything|anything)\b)[a-z]{2,}ing)"
                           r"\s+((?:[\w'’-]+[ \t]*){1,3})", re.I)
_PHRASE_FILLERS = frozenset("the a an this that these those our their its his her my your one every".split())


def _placed_apart(doc: Document, first: Mention, second: Mention) -> bool:
    """Does a phrase after ``second`` (past its noun or "of" phrase) pick a part ("of that") or name a place, a
    source or a group the sentence of ``first`` does not ("along the ridge", "from the auction")?"""
    end = second.end
    if second.kind == Kind.COUNT:
        np = noun_phrase(doc, second)
        end = np.span.end if np.span is not None and np.adjacent else end
    else:
        of = _OF_WORDS.match(doc.text, end, doc.sentences[second.sentence].end)
        end = of.start(1) + len(of.group(1).rstrip()) if of else end
    phrase = _PHRASE_AFTER.match(doc.text, end, doc.sentences[second.sentence].end)
    if phrase is None or _THROUGH_DOORS.match(doc.text, end) \
            or _QUOTED_PERIOD.match(doc.text, phrase.start(2)) and _QUOTED_PERIOD.match(doc.text, phrase.start(2)).group(3):
        return False  # a period is ``_quote_apart``'s; "through our doors" is how visitors are counted
    if phrase.group(1).lower() == "of":
        return True
    said = _sentence(doc, first)
    told = words(phrase.group(2)) + ([phrase.group(1).lower()] if phrase.group(1).lower().endswith("ing") else [])
    # (round 31 mend) a gerund tells what the sum went on: "\"We spent £1.2m fixing potholes\""
    if any(times_in(w) or singular(w) in _PERIODS for w in told):
        return False  # a time or a period ("in six hours", "in January alone") is ``_quote_apart``'s
    return any(not backed(w, said) for w in told if w not in _PHRASE_FILLERS and len(w) > 2 and not _ALONE.match(w))


def _quotation_span(doc: Document, m: Mention) -> tuple[int, int]:
    """The quotation holding ``m`` (``_inside_quote``), from past its opening mark to its closing one or the sentence's
    end."""
    s = doc.sentences[m.sentence]
    if not _inside_double_quote(doc, m):
        single = _single_quote_span(doc, m)
        if single is not None:
            return single
    opening = max(doc.text.rfind(mark, s.start, m.start) for mark in '"“')
    closing = min((i for i in (doc.text.find(mark, m.end, s.end) for mark in '"”') if i >= 0), default=s.end)
    return max(opening + 1, s.start), closing


# (round 32, speed) what a quotation needs: one of its opening marks (``_inside_quote``), in the text; (round 34) and
# the single marks of British style ('All 186 passengers got off safely,' he said)
_QUOTE_OPENERS = ('"', "“", "'", "‘")
# (round 34) a single mark opening a quotation: at the sentence's start or after a space or a bracket, before a letter,
# a currency sign or a figure (not "the '90s": a decade); one closing it: after a word's last letter or a stop and
# not before a letter (not "we've", "it’s")
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–]))['‘](?=[A-Za-z£$€]|\d(?!\d?s\b))")
_SINGLE_CLOSING = re.compile(r"(?<=[^\s'‘’])['’](?![A-Za-z])")


def _single_quote_span(doc: Document, m: Mention) -> tuple[int, int] | None:
    """(round 34) The quotation in single marks holding ``m``: opened earlier in its sentence and not closed before
    it, closed after it in its sentence or the next (a mark closing a plural's possessive -- "the parents' homes" --
    reads as closing: the figure after it is left out); None when there is none."""
    s = doc.sentences[m.sentence]
    opening = None
    for opening in _SINGLE_OPENING.finditer(doc.text, s.start, m.start):
        pass
    if opening is None or _SINGLE_CLOSING.search(doc.text, opening.end(), m.start):
        return None
    end = doc.sentences[m.sentence + 1].end if m.sentence + 1 < len(doc.sentences) else s.end
    closing = _SINGLE_CLOSING.search(doc.text, m.end, end)
    if closing is None:
        return None
    return opening.end(), min(closing.start(), s.end)


def _inside_double_quote(doc: Document, m: Mention) -> bool:
    s = doc.sentences[m.sentence]
    marks = _QUOTE_MARKS.findall(doc.text, s.start, m.start)
    return bool(marks) and (marks[-1] == "“" or marks[-1] == '"' and len(marks) % 2 == 1)


def _inside_quote(doc: Document, m: Mention) -> bool:
    """Does the figure stand inside a quotation opened earlier in its sentence ("\"To see 44 officers hurt ...,\"",
    (round 34) "'All 186 passengers got off safely,' he said")?"""
    return _inside_double_quote(doc, m) or _single_quote_span(doc, m) is not None


# (round 35) a determiner other than "this" right before a figure (see the round-30 rule for single quotation marks)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|these|those|our|its|their|all)\s+$", re.I)


@needs(words=_QUOTE_OPENERS)  # (round 32, speed: every reading stands inside a quotation)
def find_quoted_restatements(doc: Document):
    """(round 22) A count given in one sentence and restated, with no determiner, in a quotation in the next:
    "The chief constable said 47 of his officers had been injured. \"To see 44 officers hurt ...,\" he said",
    "The food bank handed out 3,260 parcels in December. \"In December alone we gave out 2,360 parcels,\"". Each the
    one count of its thing (noun group, or the verb told of generic people) in its sentence, the same event when both
    tell one; silent when the quote tells another time, an aim, a part, more of them or a total, and when the quoted
    figure agrees with any earlier count."""
    qs = [m for m in quantities(doc, Kind.COUNT) if not m.is_range and m.value is not None
          and not doc.sentences[m.sentence].headline]
    for j, second in enumerate(qs):
        if j == 0 or second.sentence == 0 or doc.sentences[second.sentence - 1].headline \
                or not _inside_quote(doc, second):
            continue
        if _DETERMINER_BEFORE.search(doc.text, max(0, second.start - 8), second.start) \
                and not _inside_double_quote(doc, second):
            continue  # (round 35) "'The 15 patients we treated first ...,'": in single marks, only "this" points back
        found = _restated_in_next(doc, qs, j, second)
        if found is None or _quote_apart(doc, found[0], second) or change_role(doc, found[0]):
            continue
        yield DefiniteRestatement(link="inferred", cue="quote", first=found[0], second=second,
                                  subject=_subject(doc, second, found[1]))
    yield from _quoted_measures_and_sums(doc)


# (round 31) a part told as the whole of what the quote is about: "\"We spent £1.2m on potholes alone\""
_ALONE = re.compile(r"\b(?:alone|only|just|ourselves|themselves|myself|himself|herself|itself)\b", re.I)
# (round 31 mend) "\"We raised £4,000 ourselves\"": the speaker's own share
_OF_WORDS = re.compile(r"\s+of\s+(?:(?:the|this|that|their|its|our)\s+)?((?:(?!(?:in|on|at|from|off|to|for|with|by|into|"
                       r"near|and|or|that|which|who|is|are|was|were|will|would|has|have|had|the)\b)[\w'’-]+[ \t]*)"
                       r"{1,4})", re.I)


# (round 31 mend) a part of the sum or measure just given: "\"We raised £4,000 of it online\"", "\"2kg of that\""
_OF_THAT = re.compile(r"\s+of\s+(?:it|that|this|them)\b", re.I)


def _of_groups(doc: Document, m: Mention) -> set[str]:
    """The groups of the words of the "of" phrase after a measure, up to four ("41kg of class A drugs")."""
    of = _OF_WORDS.match(doc.text, m.end, doc.sentences[m.sentence].end)
    return {group_of(v) for w in words(of.group(1)) if len(w) > 2 for v in (w, singular(w))} if of else set()


def _measured_alike(doc: Document, first: Mention, second: Mention) -> bool:
    """Does the quoted measure ``second`` measure the thing of ``first``: "of" the same thing or its kind ("41kg of
    cocaine ... 14 kilos of class A drugs"), the thing named by the phrase's last word (round 31 mend: "\"900 tonnes
    of copper ore\"" is ore, not the copper of "3,000 tonnes of copper")? A measure of nothing named is silent (round
    31 mend: "\"These 2 kilometres are often flooded\"" may be any stretch the speaker points at, a part as often as
    the whole)."""
    of = _OF_WORDS.match(doc.text, second.end, doc.sentences[second.sentence].end)
    if of is None or not words(of.group(1)):
        return False
    a = _of_groups(doc, first)
    kinds = {h for h, members in HYPERNYMS.items() if a & members}
    head = words(of.group(1))[-1]
    return bool({group_of(head), group_of(singular(head))} & (a | kinds))


def _quoted_measures_and_sums(doc: Document):
    """(round 31) A measure or a sum given in one sentence and told again, with no determiner or a pointing one, in a
    quotation in the next: "seized 41 kilograms of cocaine. \"Taking 14 kilos of class A drugs off the streets
    ...\"", "raised £48,200. \"To raise nearly
    £40,000 ...\"". Each the one figure of its unit (a measure: of its dimension) in its sentence; a measure of the
    same thing ("of" the same noun or its kind), a sum after the same verb; silent as
    the counts are (another time, an aim, a part, more of them, a change, a comparison, a rate)."""
    qs = [m for m in doc.mentions if m.kind in (Kind.MEASURE, Kind.MONEY) and not m.is_range and m.value is not None
          and not doc.sentences[m.sentence].headline]

    def alike(a: Mention, b: Mention) -> bool:
        if a.kind != b.kind:
            return False
        if a.kind == Kind.MONEY:
            return a.unit == b.unit
        return any(f(a) is not None and f(b) is not None for f in (in_metres, in_kilograms))

    for second in qs:
        if second.sentence == 0 or doc.sentences[second.sentence - 1].headline or not _inside_quote(doc, second):
            continue
        # (round 33, speed: the two sentences' figures found by bisection, not a walk of the document's)
        firsts = [m for m in in_sentences(qs, second.sentence - 1, second.sentence) if alike(m, second)]
        if len(firsts) != 1 or any(m is not second and alike(m, second)
                                   for m in in_sentences(qs, second.sentence, second.sentence + 1)):
            continue
        first = firsts[0]
        if first.kind == Kind.MONEY:
            tied = _sum_verb(doc, first) is not None and _sum_verb(doc, first) == _sum_verb(doc, second)
        else:
            tied = _measured_alike(doc, first, second)
        # (round 62) else the quote's figure the first's digits in another order, in its unit: a slip of the keys
        # ("sold 620 tonnes of carrots in March. 'Shifting 260 tonnes in a single month ...'"), told as one
        swapped = not tied and first.unit == second.unit and _digits_swapped(first, second) \
            and not (_OF_WORDS.match(doc.text, first.end) and _OF_WORDS.match(doc.text, second.end))
        # (not where each names its own stuff: "41,000 tonnes of waste ... 'These 14,000 tonnes of plastic'")
        tied = tied or swapped
        if not tied or agrees(first, second) or any(agrees(m, second) for m in qs if m.start < second.start):
            continue
        if _quote_apart(doc, first, second, predicate_ok=first.kind == Kind.MEASURE) or _rate(doc, first) \
                or _ALONE.search(_sentence(doc, second)) \
                or _rate(doc, second) or first.compound \
                or second.compound or _additional(doc, second) or compares(doc, second) or compares(doc, first) \
                or change_role(doc, first) or change_role(doc, second) or _part_of_more(doc, first) \
                or _SOME_OF_AFTER.match(doc.text, second.end) or _OF_THAT.match(doc.text, second.end) \
                or years_differ(doc, first, second) \
                or _other_occasion(doc, second, first):
            continue
        made = DefiniteRestatement
        if swapped:
            from .transpositions import TransposedRestatement as made  # (it imports this module)
        yield made(link="inferred", cue="quote", first=first, second=second,
                   subject="sum" if first.kind == Kind.MONEY else "measure")


def _restated_in_next(doc: Document, qs: list[Mention], j: int, second: Mention) -> tuple[Mention, str] | None:
    """The count of the sentence before that ``second`` (``qs[j]``) tells again, and their concept: each the one
    count of its thing (noun group, or the verb told of generic people) in its sentence, neither agreeing with the
    second, nor more of them, a part, a change, a comparison, another set, year, qualifier or occasion (the common
    test of ``find_quoted_restatements`` and ``find_same_occasion_restatements``); None when there is none."""
    c = concept(doc, second)
    if c is None or c == "people" or second.value < 2 or not counts_things(doc, second):
        return None  # (one of a thing is no count a writer restates: "hoping to win one match")
    # (qs in sentence order: the sentence before's all stand before ``second``)
    firsts = [m for m in in_sentences(qs, second.sentence - 1, second.sentence)
              if concept(doc, m) == c and m.value >= 2]
    if len(firsts) != 1 or any(m is not second and concept(doc, m) == c
                               for m in in_sentences(qs, second.sentence, second.sentence + 1)):
        return None
    first = firsts[0]
    if agrees(first, second) or any(agrees(m, second) for m in qs[:j]):
        return None
    if _size_of_its_move(doc, first, second):
        return None
    if _additional(doc, second) or _additional(doc, first) or compares(doc, second) or change_role(doc, second) \
            or _part_of_more(doc, first) or _part_of_more(doc, second) or _SOME_OF_AFTER.match(doc.text, second.end):
        return None
    told = (_verb_classes(words(_sentence(doc, first))), _verb_classes(words(_sentence(doc, second))))
    if all(told) and not told[0] & told[1]:
        return None  # "47 homes were destroyed. \"We saw 74 homes damaged\"": two sets
    if years_differ(doc, first, second) or new_qualifier(doc, second, first) or _other_occasion(doc, second, first):
        return None
    return first, c


def _size_of_its_move(doc: Document, first: Mention, second: Mention) -> bool:
    """(round 29) "rebuilt with 1,640 seats, down from 1,820 ... \"We lost 180 seats\"": the second is told as what was
    lost or gained and the first is where a move ended, so the second is the move's size (``changes``), no level."""
    return lost_or_gained(doc, second) is not None and move_to(doc, first) is not None


# (round 23) a sentence told as the same occasion as the one before: "At that same briefing,", "In the same
# statement, the ministry said", "Later at the same news conference"
_SAME_OCCASION = re.compile(r"\W*(?:(?:later|earlier|also)\s+)?(?:at|in|during)\s+(?:that|the|this)\s+same\s+"
                            r"(briefing|press\s+conference|news\s+conference|conference|meeting|statement|update|"
                            r"announcement|interview|session|speech|address|report|bulletin)\b", re.I)


@needs(words="same")  # (round 29, speed) _SAME_OCCASION's "that same briefing"
def find_same_occasion_restatements(doc: Document):
    """(round 23) A count given in one sentence and again in the next, which says it was told on the same occasion:
    "Officials gave the death toll as 212 at a Monday evening briefing. At that same briefing, the governor said 221
    people were confirmed dead". The occasion named in the first's sentence, each the one count of its thing (noun
    group, or the verb told of generic people) in its sentence; silent when the second agrees with any earlier count,
    is more of them, a part, a change or a comparison."""
    qs = [m for m in quantities(doc, Kind.COUNT) if not m.is_range and m.value is not None
          and not doc.sentences[m.sentence].headline]
    for j, second in enumerate(qs):
        if second.sentence == 0:
            continue
        s = doc.sentences[second.sentence]
        same = _SAME_OCCASION.match(doc.text, s.start, s.end)
        before = doc.sentences[second.sentence - 1]
        if same is None or not backed(words(same.group(1))[-1], doc.text[before.start:before.end]):
            continue  # the occasion named in the sentence before: "at a Monday evening briefing"
        found = _restated_in_next(doc, qs, j, second)
        if found is None or _SOME_OF_AFTER.match(doc.text, found[0].end):
            continue
        first, c = found
        yield DefiniteRestatement(link="inferred", cue="same occasion", first=first, second=second,
                                  subject=_subject(doc, second, c))


# (round 25) a share of a group and the side its verb takes: "58% of the 1,940 respondents had objected", "Almost
# three-quarters of residents who responded ... opposed"; the group after "of" (its count may stand before it)
_SHARE_OF_GROUP = re.compile(r"\s+of\s+(?:(?:the|all|those)\s+)?(?:\d[\d,]*\s+)?([a-z][a-z-]+)\b")
# a group told by what its people did: "residents who responded" are the respondents
_RESPONDED = re.compile(r"\s+(?:who|that)\s+(?:had\s+|have\s+)?(?:responded|replied|took\s+part)\b", re.I)
_SHARE_AGAINST = _AGAINST_VERBS | frozenset("objected object objects".split())
_SHARE_SIDE_WORDS = _FOR_VERBS | _SHARE_AGAINST
# what a side verb took a side on: "objected to the parking charges", "backed the plan"
_SIDE_OBJECT = re.compile(r"\s+(?:to\s+)?(?:(?:the|a|an|its|their)\s+)?((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)", re.I)


_SHARE_DEGREE = frozenset("""strongly very totally fully completely partly partially somewhat firmly vehemently
    outright mildly slightly tended tend broadly largely mostly""".split())


def _share_told(doc: Document, m: Mention) -> tuple[str, str, str] | None:
    """(round 25) A share of a group told by the side its verb takes: "58% of the 1,940 respondents had objected" ->
    ("respondent", "against", what it objected to or ""); a group told by its people's answering is "respondent"
    ("residents who responded to the consultation opposed"). None when no side verb follows in the clause."""
    s = doc.sentences[m.sentence]
    group = _SHARE_OF_GROUP.match(doc.text, m.end, s.end)
    if group is None:
        return None
    rest = _CLAUSE_SPLIT.split(doc.text[group.end():s.end])[0]
    noun = singular(group.group(1).lower())
    if _RESPONDED.match(rest):
        noun = "respondent"
    ws = words(rest)
    side = next((i for i, w in enumerate(ws) if w in _SHARE_SIDE_WORDS and not (
        i and ws[i - 1] == "not" or i > 1 and ws[i - 1] == "to" and ws[i - 2] != "voted")), None)  # "voted to reject"
    if side is None or ws[side] in ("pass", "passes", "passed", "carried", "won", "block", "threw", "thrown") \
            or _SHARE_DEGREE & set(ws):
        return None  # (a degree picks out some of the side: "58% strongly opposed it")
    told = re.search(r"\b" + ws[side] + r"\b", rest, re.I)
    what = _SIDE_OBJECT.match(rest, told.end()) if told else None
    return noun, "against" if ws[side] in _SHARE_AGAINST else "for", what.group(1).lower() if what else ""


# (round 25) a share's sentence that tells of a subgroup, another time or another set
_SHARE_APART = re.compile(r"\b(?:among|last|previous|earlier|before|ago|another|other|separate|compared|whereas|while)\b",
                          re.I)


def _as_percent(m: Mention) -> Mention:
    """A fraction in words read as the percentage it is ("almost three-quarters": 66.75% to 75%)."""
    if m.kind == Kind.PERCENT:
        return m
    return replace(m, kind=Kind.PERCENT, value=m.value * 100, interval=m.interval.scale(Fraction(100)), unit="%",
                   precision=m.precision * 100 if m.precision else m.precision)


@needs(Kind.PERCENT, Kind.FRACTION, count=2)
def find_share_restatements(doc: Document):
    """(round 25) One share of a group told twice, in a percentage or a fraction in words, by the side its verb takes:
    "Almost three-quarters of residents who responded to the consultation opposed the new one-way system. Council
    officers said 58% of the 1,940 respondents had objected" (oppose, object, reject; back, support, approve). The
    second a sentence or two after the first, each the one share of its sentence, one group ("residents who responded"
    are the respondents) and one side; silent when the second took its side on something the first's sentence does
    not name ("objected to the parking charges"), or names a group, time, year or place of its own, or opens on a
    phrase telling of an occasion the first does not name ("In the run-off, 52% of voters backed it")."""
    qs = [m for m in quantities(doc, Kind.PERCENT, Kind.FRACTION)
          if not m.is_range and m.value is not None and m.interval is not None and not doc.sentences[m.sentence].headline]
    for j, second in enumerate(qs):
        told = _share_told(doc, second)
        if told is None or j == 0:
            continue
        first = qs[j - 1]
        if not 1 <= second.sentence - first.sentence <= 2 or _share_told(doc, first) is None \
                or _share_told(doc, first)[:2] != told[:2]:
            continue
        if any(m is not first and m.sentence == first.sentence or m is not second and m.sentence == second.sentence
               for m in qs):
            continue  # another share in either sentence: which one does the second restate?
        said = _sentence(doc, first)
        if told[2] and not all(backed(w, said) for w in words(told[2]) if w not in _NP_STOP):
            continue  # "58% of respondents objected to the parking charges": another question
        s = doc.sentences[second.sentence]
        before = doc.text[s.start:second.start]
        spoken = _SPOKEN.match(before)
        clause = before[spoken.end():] if spoken else before
        group = _SHARE_OF_GROUP.match(doc.text, second.end, s.end)
        between = doc.text[second.end:group.start(1)]
        if any(not backed(w, said) for w in re.findall(r"(?<!^)\b[A-Z][\w'’-]+", clause.strip()) + words(between)
               if w.lower() not in _NP_STOP and not w[:1].isdigit() and w.lower() not in ("of", "the", "all", "those")):
            continue  # "Among over-65s, ...", "58% of women respondents": a group or a place of its own
        opening = clause.rpartition(",")[0]
        if any(not backed(w, said) for w in words(opening) if w not in _NP_STOP):
            continue  # "In the run-off, ...", "After the union improved the offer, ...": an occasion of its own
        if years_differ(doc, first, second) or years(doc, second.sentence) - years(doc, first.sentence) \
                or _TIME_POSSESSIVE.search(before) or _SHARE_APART.search(doc.text, s.start, s.end):
            continue
        yield DefiniteRestatement(link="inferred", cue="the share of " + told[0] + "s", first=_as_percent(first),
                                  second=_as_percent(second), subject=f"share of {told[0]}s " + ("opposed" if told[1] == "against" else "in favour"))


# ---- closures ------------------------------------------------------------

# (round 34) a closure told with its count as a part of the whole: "will close 23 of its 61 stores", "is to shut 27 of
# its shops", "closing 12 branches"; group 1 the count's start (the verb right before it)
_CLOSING_VERB_BEFORE = re.compile(r"\b(?:close|closes|closing|shut|shuts|shutting)\s+$", re.I)
# ... and the same closure pointed back at: "the 27 stores earmarked for closure", "the 31 shops facing closure", "the
# 12 branches due to close", "the 9 sites set to shut"
_CLOSURE_AFTER = re.compile(r"\s+(?:(?:that\s+are\s+|which\s+are\s+)?(?:facing|earmarked\s+for|marked\s+for|"
                            r"set\s+for|due\s+for|slated\s+for|scheduled\s+for|listed\s+for|threatened\s+with|"
                            r"under\s+threat\s+of)\s+closure|(?:due|set|earmarked|scheduled|slated|expected)\s+to\s+"
                            r"(?:close|shut)|(?:that|which)\s+will\s+(?:close|shut))\b", re.I)
# a phrase after the closure that picks some of them: a place, a time, a group ("facing closure in Wales")
_CLOSURE_QUALIFIED_AFTER = re.compile(r"\s+(?:in|at|across|on|by|from|within|outside|under|over|among|this|next|last)\s", re.I)
# what makes a closure count another one: more of them, some of them, another time
_OTHER_CLOSURE = re.compile(r"\b(?:another|further|more|other|remaining|rest|already|last|previous|earlier|next|"
                            r"original(?:ly)?|initial(?:ly)?|first|second|total|overall|in\s+all|so\s+far)\b", re.I)


def _closure_count(doc: Document, m: Mention) -> str | None:
    """(round 34) The group of the premises a count of closures counts, its verb right before it: "close 23 of its 61
    stores" -> store, "shut 27 shops" -> store; None when it is none, or more, another or a total."""
    if m.kind != Kind.COUNT or m.hedge or m.is_range or m.value is None \
            or not _CLOSING_VERB_BEFORE.search(doc.text, max(0, m.start - 12), m.start):
        return None
    s = doc.sentences[m.sentence]
    if _OTHER_CLOSURE.search(doc.text, s.start, m.start):
        return None
    of = re.match(r"\s+of\s+(?:its|their|the)\s+(?:\d[\d,]*\s+)?(?:remaining\s+)?([a-z]+)\b", doc.text[m.end:s.end])
    noun = of.group(1) if of else (m.noun if m.noun_span is not None and m.noun_span.start - m.end <= 1 else None)
    return group_of(noun) if noun else None


@needs(Kind.COUNT, count=2, words=("clos", "shut"))
def find_closure_restatements(doc: Document):
    """(round 34) One closure's count given twice: "will close 23 of its 61 stores ... Staff at the 27 stores
    earmarked for closure" -- a part told with the verb of closing, then "the N NOUN" of the same premises with a
    phrase naming that closure (``_CLOSURE_AFTER``), within the next two sentences; the one closure count of those
    premises before it, nothing telling more, another or a total, and no time the first's sentence lacks."""
    firsts = [(m, c) for m in doc.mentions if (c := _closure_count(doc, m)) is not None]
    if not firsts:
        return
    for second in doc.mentions:
        if second.kind != Kind.COUNT or second.hedge or second.is_range or second.value is None \
                or not re.search(r"\bthe\s+$", doc.text[max(0, second.start - 5):second.start], re.I):
            continue
        np = noun_phrase(doc, second)
        closure = _CLOSURE_AFTER.match(doc.text, np.span.end) if np.head and np.adjacent and np.span else None
        if closure is None or np.modifiers or _CLOSURE_QUALIFIED_AFTER.match(doc.text, closure.end()):
            continue  # ("the 12 branches facing closure in Cardiff": some of them)
        c = group_of(np.head)
        before = [m for m, g in firsts if g == c and second.sentence - 2 <= m.sentence < second.sentence]
        if len(before) != 1 or any(m.sentence < second.sentence - 2 for m, g in firsts if g == c):
            continue
        first = before[0]
        s = doc.sentences[second.sentence]
        if agrees(first, second) or _OTHER_CLOSURE.search(doc.text, s.start, s.end) \
                or _TIME_IN.search(doc.text, s.start, second.start) \
                or years_differ(doc, first, second):
            continue
        yield DefiniteRestatement(link="inferred", cue="the", first=first, second=second, subject=np.head)


FINDERS = (
    find_headline_restatements,
    find_closure_restatements,
    find_stated_majorities,
    find_definite_restatements,
    find_whole_restatements,
    find_tally_restatements,
    find_goal_minutes,
    find_score_restatements,
    find_bare_restatements,
    find_quoted_restatements,
    find_same_occasion_restatements,
    find_share_restatements,
    find_event_restatements,
    find_scale_restatements,
    find_floor_restatements,
    find_attribute_restatements,
    find_capacity_restatements,
    find_level_restatements,
    find_new_level_restatements,
    find_rate_modifier_restatements,
    find_year_restatements,
    find_peak_restatements,
    find_named_measure_restatements,
    find_margin_restatements,
    find_odds_restatements,
    find_age_restatements,
    find_headline_ages,
    find_measure_restatements,
    find_haul_restatements,
    find_sized_thing_restatements,
    find_term_restatements,
    find_term_of_restatements,
    find_lasting_restatements,
    find_tenure_restatements,
)
